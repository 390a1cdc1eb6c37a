"""The profile's words a council's printed name is read by (generic.toml `[document_words]`: `council_kinds`,
`not_places`, `place_joins`; parsers/council.py): each word on a real line that reads one way with it and another
without it, or listed as unseen with the searches made, so that a list kept in code again would fail these tests.

The real lines: samples and fixtures (found in their files here), and lines of pages in the search store (corpus
`pages`, 5 December 2026), each with its address. Samples and fixtures were searched by reading every line of every
.txt printing `Council` as a title line with each word of the three lists taken out in turn: only `parish`, `full`
and `of` changed a reading."""

from __future__ import annotations

from dataclasses import replace

import pytest
from council_actions.ingest.model import Document
from council_actions.ingest.text import read_text
from council_actions.parsers.council import printed_council

from council_actions.document_words import DocumentWords
from council_actions.profile import load_profile
from tests.conftest import ROOT

WORDS = load_profile("generic").document_words
OTHER = "samples/other_councils"

# Each kind: a real line where the kind's words open no place, and the council the line names without them.
KIND_LINES = {
    "parish": (f"{OTHER}/maidstone_scraip_waste_2011.txt", "Contact your Parish Council", "Parish Council"),
    # halewoodtowncouncil.gov.uk/meetings/minutes/ (query `"Borough Council Meeting" minutes UK`)
    "town": (None, "Town Council Minutes 2016-17", "Town Council"),
    # committeemeetings.flintshire.gov.uk/ieIssueDetails.aspx?IId=35073&Opt=3&LLL=0, Flintshire County Council's
    # Cabinet of 12 July 2022 (query `"County Council Plan" UK shire priorities 2022`)
    "county": (None, "Councillor Roberts introduced the item and explained that the Council Plan for 2017-23 was "
               "adopted by County Council to show the key priorities of the Council for the five-year term of the new "
               "administration.", "County Council"),
}
# No real line yet. Searches (corpus `pages`): `"the County Council" action plan responsible officer`, `"the Borough
# Council" action plan improvement`, `"Town Council" action plan meeting minutes`, `Metropolitan Borough Council
# corporate plan actions`, `"County Council Plan" actions`, `"Borough Council Plan" priorities`, `"District Council
# Plan" corporate priorities`, `"Metropolitan District Council" plan`, `"City Council Plan" 2024 priorities actions`:
# the councils named (`Redcar and Cleveland Borough Council`, `Leeds City Council`) read the same without their kind
# (a place and `Council`), and no line prints these kinds alone before `Council` or before a noun of its own.
KINDS_UNSEEN = {"metropolitan borough", "metropolitan district", "county borough", "borough", "district", "city",
                "unitary"}

# Each of `not_places`: a real line, and the council it names without the word.
NOT_PLACE_LINES = {
    "full": ("tests/fixtures/revisions/plan_r2.txt", "Report benefits realised to Full Council twice a year.",
             "Full Council"),  # an action's cell
    # democracy.kirklees.gov.uk/ieListMeetings.aspx?CId=534&Year=0 (query `"Extraordinary Council" meeting agenda`)
    "extraordinary": (None, "Extraordinary Council", "Extraordinary Council"),
}
# No real line yet: the searches above, and in samples and fixtures `Special`, `Annual`, `Report`, `Cabinet`,
# `Appendix`, `Annex`, `Annexe`, `Item` and `Agenda` never stand right before `Council` (the pages found print
# `Special Council Meeting`, where `Meeting`, a council noun, already keeps the line from naming a council).
NOT_PLACES_UNSEEN = {"special", "annual", "report", "cabinet", "appendix", "annex", "annexe", "item", "agenda"}

# Each of `place_joins`: a real title line, and the council it names without the word (a capitals line's join is
# printed in lower case only where it is one).
JOIN_LINES = {
    "of": (f"{OTHER}/forest_of_dean_improvement_plan_2004.txt", "FOREST OF DEAN DISTRICT COUNCIL",
           "Forest of Dean District Council", "Forest Of Dean District Council"),
    # www.local.gov.uk/corporate-peer-challenge-redcar-and-cleveland-borough-council (query `Redcar and Cleveland
    # Borough Council action plan`)
    "and": (None, "Corporate Peer Challenge: Redcar and Cleveland Borough Council",
            "Redcar and Cleveland Borough Council", "Cleveland Borough Council"),
}
# No real line yet printing these between the words of a council's name with spaces (samples and fixtures print
# `Stratford-on-Avon`, hyphenated, a word of its own; searches: the above and `Newcastle upon Tyne City Council
# plan`, whose pages print `Newcastle City Council`).
JOINS_UNSEEN = {"on", "upon", "under", "in", "the", "le", "by", "with", "next"}


def _document(line: str) -> Document:
    text = "\n".join(("", line, "Action plan 2024/25"))
    return read_text(text.encode(), "x.txt", text, None)


def _named(line: str, words: DocumentWords) -> str | None:
    found = printed_council(_document(line), words)
    return found[0] if found else None


def _in_file(path: str | None, line: str) -> bool:
    """The line is printed in the file (a cell of a table row: the line's text within the file's line)."""
    return path is None or line in (ROOT / path).read_text(encoding="utf-8")


def test_every_word_has_its_line_or_is_unseen():
    for lines, unseen, words in [(KIND_LINES, KINDS_UNSEEN, WORDS.council_kinds),
                                 (NOT_PLACE_LINES, NOT_PLACES_UNSEEN, WORDS.not_places),
                                 (JOIN_LINES, JOINS_UNSEEN, WORDS.place_joins)]:
        assert set(lines) | unseen == set(words)
        assert not set(lines) & unseen
        assert all(_in_file(line[0], line[1]) for line in lines.values())


@pytest.mark.parametrize("kind", list(KIND_LINES))
def test_a_kind_opens_no_place_and_without_it_the_line_names_one(kind):
    """Without the kind (and every kind or opening holding one of its words: `county` is in `county borough` and in
    the opening `county of` too, whose words open no place either), its words are read as a place."""
    _, line, named = KIND_LINES[kind]
    assert _named(line, WORDS) is None
    kinds, openings = ([other for other in words if not set(kind.split()) & set(other.split())]
                       for words in (WORDS.council_kinds, WORDS.name_openings))
    assert _named(line, replace(WORDS, council_kinds=tuple(kinds), name_openings=tuple(openings))) == named


@pytest.mark.parametrize("word", list(NOT_PLACE_LINES))
def test_a_word_of_meetings_opens_no_place_and_without_it_the_line_names_one(word):
    _, line, named = NOT_PLACE_LINES[word]
    assert _named(line, WORDS) is None
    without = tuple(other for other in WORDS.not_places if other != word)
    assert _named(line, replace(WORDS, not_places=without)) == named


@pytest.mark.parametrize("word", list(JOIN_LINES))
def test_a_join_runs_a_place_name_on_and_without_it_the_name_is_cut(word):
    _, line, named, cut = JOIN_LINES[word]
    assert _named(line, WORDS) == named
    without = tuple(other for other in WORDS.place_joins if other != word)
    assert _named(line, replace(WORDS, place_joins=without)) == cut


def test_a_kind_states_a_council_a_noun_follows():
    """A place and its kind name a council even where a council noun follows `Council` (`Leeds City Council Plan`):
    the kind's shape asks no noun; without the kind, a place and `Council` before a noun is no name (made-up lines,
    the shape's reading)."""
    assert _named("Leeds City Council Plan", WORDS) == "Leeds City Council"
    without = tuple(kind for kind in WORDS.council_kinds if kind != "city")
    assert _named("Leeds City Council Plan", replace(WORDS, council_kinds=without)) is None


def test_a_council_profile_adds_a_kind(tmp_path):
    """A council's profile adds its own kinds in front of the generic ones (`community`, the councils of Welsh
    communities): `Community Council` alone then opens no place; the generic kinds stay."""
    path = tmp_path / "wales.toml"
    path.write_text("[document_words]\ncouncil_kinds = ['community']\n", encoding="utf-8")
    words = load_profile(str(path)).document_words
    assert words.council_kinds[0] == "community" and set(WORDS.council_kinds) < set(words.council_kinds)
    assert _named("Contact your Community Council", WORDS) == "Community Council"
    assert _named("Contact your Community Council", words) is None


def test_a_join_left_in_front_of_a_place_opens_no_name():
    """Stokesley Town Council's minutes page (www.stokesleytowncouncil.gov.uk/town-council/town-council-meetings/
    minutes; query `"Borough Council Meeting" minutes UK`): the words before the second `Council` are `Town Council
    and Town`; the kind's and the shape's words taken off their front left `and Town`, read as the council `and Town
    Council`. A join joins two words of a name and opens none, so it is taken off too, and then `Town`: no council."""
    line = ("Minutes of the Town Council and Town Council Committee meetings are intended to be a formal record of "
            "the acts and decisions of the council.")
    assert _named(line, WORDS) is None
    assert _named("Hinckley and Bosworth Borough Council", WORDS) == "Hinckley and Bosworth Borough Council"
