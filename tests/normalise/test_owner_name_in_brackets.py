"""A person's name and their post, one in brackets after the other (normalise/owner_brackets.py), is one owner known
by the name or the post the glossary knows. Real: the Royal Borough of Windsor and Maidenhead's development control
Best Value outcome improvement plan of 11 December 2004 (`050208_dc_oip.xls`, found in the search tool's `pages`
corpus as http://www.docstoc.com/docs/82725520/050208_dc_oipxls---Royal-Borough-of-Windsor-and-Maidenhead) assigns
action 1.1 to the cell below (its words as printed, the cell's wrapped lines joined by a space): two officers. It was
one owner keyed by the whole cell, which no profile could resolve."""

from __future__ import annotations

from pathlib import Path

import pytest
from council_actions.normalise.owner_split import owner_pieces
from council_actions.normalise.owners import OwnerGlossary

from council_actions.profile import load_profile

CELL = "Sheila Holden (Director of Planning and Environment) and David Trigwell (Head of Planning)"
HOLDEN = "Sheila Holden (Director of Planning and Environment)"
TRIGWELL = "David Trigwell (Head of Planning)"


def _glossary(tmp_path: Path, owners: str) -> OwnerGlossary:
    path = tmp_path / "council.toml"
    path.write_text(f'[council]\nname = "Royal Borough of Windsor and Maidenhead"\n\n{owners}', encoding="utf-8")
    return OwnerGlossary(load_profile(path))


def _resolved(glossary: OwnerGlossary, cell: str) -> list[tuple[str, str, str]]:
    """Each owner of the cell as the column reader resolves it: printed, key, match."""
    return [(p.text, (m := glossary.resolve(p.known_as or p.text, cell)).key, m.match)
            for p in owner_pieces(cell, glossary.knows, words=glossary.words)]


def test_two_officers_each_with_a_post_in_brackets_are_two_owners():
    assert [(p.text, p.shape) for p in owner_pieces(CELL)] == [(HOLDEN, "person_with_post"),
                                                               (TRIGWELL, "person_with_post")]


@pytest.mark.parametrize("owners, expected", [
    # the glossary knows the post: the officer resolves by it, the other is kept whole and unknown
    ('[[owners]]\nkey = "HoP"\ntitle = "Head of Planning"\n',
     [(HOLDEN, HOLDEN, "unknown"), (TRIGWELL, "HoP", "exact")]),
    # the glossary knows the name (an alias): she resolves by it
    ('[[owners]]\nkey = "DPE"\ntitle = "Director of Planning and Environment"\naliases = ["Sheila Holden"]\n',
     [(HOLDEN, "DPE", "repaired"), (TRIGWELL, TRIGWELL, "unknown")]),
])
def test_the_name_or_the_post_the_glossary_knows_resolves_the_officer(tmp_path, owners, expected):
    assert _resolved(_glossary(tmp_path, owners), CELL) == expected


@pytest.mark.parametrize("cell", [
    "Head of Planning (David Trigwell)",  # made up from the same officer: the post first, the name in brackets
    "David Trigwell (Head of Planning)",
])
def test_the_post_and_the_name_either_way_round(tmp_path, cell):
    glossary = _glossary(tmp_path, '[[owners]]\nkey = "HoP"\ntitle = "Head of Planning"\n')
    assert _resolved(glossary, cell) == [(cell, "HoP", "exact")]


@pytest.mark.parametrize("cell", [
    "Director (Planning & Regeneration)",  # Gravesham's peer challenge action plan: what the post is of
    "ACE (Place)",  # Runnymede's key, read under no profile
    "Data Protection Office (DPO)",
])
def test_a_post_with_what_it_is_of_in_brackets_is_no_person(cell):
    assert [p.shape for p in owner_pieces(cell)] != ["person_with_post"]
