"""The key a document prints to its own abbreviations (parsers/owner_key.py): every shape of KEY_SHAPES read from
its example, Stratford-on-Avon's real `SDC = ...` note read as a key and kept out of the plan's actions, and a colour
key's `Key:` heading left to the colour key. The Stratford lines were read from the fixture by hand."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from council_actions.ingest.model import Document
from council_actions.ingest.text import read_text
from council_actions.parsers.owner_key import KEY_SHAPES, _bare, printed_key
from council_actions.parsers.records import ParsedDocument
from hypothesis import given
from hypothesis import strategies as st

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES

STRATFORD = FIXTURES / "owner_key" / "stratford_housing_strategy_action_plan_2015_20.txt"
# line 7 of the fixture, as printed (two spaces, a bullet, a space before the entry)
SDC_LINE = "  \u2022 SDC = Stratford-on-Avon District Council."
# a key to the ratings' colours under `Key:` (lines 15-22): no abbreviation, so no key of owners
COLOUR_KEY = FIXTURES / "pdftotext" / "page_number_centred_chromium.txt"


@cache
def _parsed(path: Path, profile: str) -> ParsedDocument:
    return process(path, load_profile(None if profile == "default" else profile), None).parsed


@pytest.mark.parametrize("shape", KEY_SHAPES, ids=lambda s: s.name)
def test_each_shape_reads_its_example(shape):
    """Under a key's heading (the profile's `owner_keys`), each shape's example is one entry, the heading and it
    boilerplate; a shape that needs the heading reads nothing without it."""
    words = load_profile("generic").document_words
    line, short, meaning = shape.example
    entries, lines = printed_key(_document(f"Abbreviations\n{line}\n"), words)
    assert [(e.short, e.meaning, e.line) for e in entries] == [(short, meaning, line.strip())]
    assert [b.span.line_start for b in lines] == [1, 2]
    bare, _ = printed_key(_document(f"{line}\n"), words)
    assert len(bare) == (0 if shape.headed else 1)


def _document(text: str) -> Document:
    return read_text(text.encode(), "key.txt", text)


@pytest.mark.parametrize("profile", ["generic", "default"])
def test_stratford_key_is_read_and_no_action(profile):
    parsed = _parsed(STRATFORD, profile)
    assert [(e.short, e.meaning, e.line, e.span.line_start) for e in parsed.owner_key] == [
        ("SDC", "Stratford-on-Avon District Council", SDC_LINE.strip(), 7)]
    assert [(b.kind, b.text, b.span.line_start) for b in parsed.boilerplate if b.kind == "owner_key"] == [
        ("owner_key", SDC_LINE, 7)]
    assert not [a for a in parsed.actions if "SDC" in a.action]  # read as an action before
    assert not [i for i in parsed.issues if i.code == "unplaced_text" and i.span.line_start <= 7 <= i.span.line_end]
    # the other notes under the heading are no actions (they were the list reader's, 7 of them less one): the plan's
    # table is read (ingest/slash_rows.py), and they are kept as text outside it, line by line
    assert not [a for a in parsed.actions if a.span.line_start <= 13]
    assert [i.span.line_start for i in parsed.issues if i.code == "unplaced_text" and 8 <= i.span.line_start <= 13] \
        == [8, 9, 10, 11, 12, 13]


def test_a_colour_key_is_no_key_of_owners():
    parsed = _parsed(COLOUR_KEY, "default")
    assert parsed.owner_key == ()
    assert "owner_key" not in {b.kind for b in parsed.boilerplate}


# The heading's markup as one substitution took it off before `_bare` (the same text, looked for at every character).
ONE_SUB = re.compile(r"^[#*_\s]+|[*_:\s]+$")


@given(st.text(alphabet="#*_: \t\u00a0\u2003Ky|", max_size=12))
def test_a_lines_bare_words_are_what_one_substitution_of_its_markup_leaves(text):
    """`_bare` matches the end's markup at the start of the reversed line, for speed; it must leave exactly what
    one `sub` of the start's and the end's markup did, where the two overlap (`*:`, `_ _`) too."""
    assert _bare(text) == ONE_SUB.sub("", text)
