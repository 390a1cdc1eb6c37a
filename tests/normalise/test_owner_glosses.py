"""An owner printed with a gloss on what they do for the action (normalise/owner_glosses.GLOSSES) is the owner named
before it. Real: Maidstone's governance statement 2013/14 (samples/other_councils/maidstone_ags_2013_14.txt) prints
`Angela Woodhouse – responsible officer for Information Management` in row 1's By Whom cell and `Angela Woodhouse`
in row 2's: one owner, not the first read as one unknown owner keyed by the whole line, making the one officer two
owners."""

from __future__ import annotations

import pytest
from council_actions.normalise.owner_glosses import GLOSSES, gloss_start
from council_actions.normalise.owner_split import owner_pieces

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "other_councils" / "maidstone_ags_2013_14.txt"
GLOSSED = "Angela Woodhouse – responsible officer for Information Management"


@pytest.mark.parametrize("rule", GLOSSES, ids=lambda r: r.name)
def test_gloss_rules(rule):
    """Each rule's example: the owner is the words before the gloss, printed with it."""
    text, owner = rule.example
    assert text[:gloss_start(text)] == owner
    [piece] = owner_pieces(text)
    assert (piece.text, piece.shape, piece.known_as) == (text, "glossed", owner)


@pytest.mark.parametrize("text", [
    "Specialist Consultant - Leadership and Organisational Development",  # South Ribble's forward plan: the post's own
    "Anglo-Saxon Heritage Officer",  # a hyphen within a word parts nothing
])
def test_a_capital_or_an_unspaced_hyphen_after_the_dash_is_no_gloss(text):
    assert gloss_start(text) is None


def test_the_officer_with_a_gloss_is_the_officer_alone_of_the_next_row():
    processed = process(SAMPLE, load_profile("generic"), None)
    owners = [(o.owner_raw, o.owner_key, o.match) for o in processed.normalised.owners]
    assert owners == [("Anna Collier, Project Manager", "Anna Collier, Project Manager", "unknown"),
                      ("David Edwards Project Sponsor", "David Edwards Project Sponsor", "unknown"),
                      (GLOSSED, "Angela Woodhouse", "unknown"),
                      ("Angela Woodhouse", "Angela Woodhouse", "unknown")]
    assert [i.raw_text for i in processed.normalised.issues if i.code == "unknown_owner"][2] == GLOSSED


def test_a_glossary_knowing_the_name_resolves_the_glossed_owner():
    """Maidstone's own profile lists Angela Woodhouse as an alias of the Head of Policy and Communications."""
    profile = load_profile(ROOT / "council_actions" / "profiles" / "maidstone.toml")
    processed = process(SAMPLE, profile, None)
    glossed = [(o.owner_key, o.match, o.repair) for o in processed.normalised.owners if o.owner_raw == GLOSSED]
    assert glossed == [("HoPC", "repaired", "alias")]


@pytest.mark.parametrize(("text", "owners"), [
    # real, South Ribble's forward plan (a decision maker): the words after the dash are what the post is of
    ("Specialist Consultant - Leadership and Organisational Development",
     ["Specialist Consultant - Leadership and Organisational Development"]),
    # real, Chesterfield's cabinet minutes: a post and its service, no 'and' to part
    ("Service Director – Corporate", ["Service Director – Corporate"]),
])
def test_an_and_after_a_dash_and_a_capital_parts_no_owners(text, owners):
    """A capital after the dash opens what the post is of, as brackets do (`Director (Planning & Regeneration)`);
    before, South Ribble's post was two owners, `Specialist Consultant - Leadership` and `Organisational
    Development`."""
    assert [p.text for p in owner_pieces(text)] == owners
