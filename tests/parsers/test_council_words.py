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
    # opengovernment.network/meetings/78763, Newcastle-under-Lyme Council's Economy and Place Scrutiny Committee of
    # 11 September 2025 (query `Newcastle under Lyme Borough Council plan`)
    "borough": (None, "The Borough Council submitted the Local Plan for examination on 20 December 2024, and Inspector "
                "Anne Jordan was appointed to examine it.", "Borough Council"),
    # democracy.witney-tc.gov.uk/mgAi.aspx?ID=5459, Witney Town Council's minute on property and legal matters (query
    # `"the District Council" minutes resolved town council report`)
    "district": (None, "Members were advised a number of assets, due to be transferred to the Town Council from the "
                 "District Council, were being delayed due to a lack of District Council resources.", "District Council"),
    # docslib.org/doc/3482712/community-strategy-2004-2014, Stoke-on-Trent's Community Strategy 2004-2014, its
    # foreword (query `Stoke on Trent City Council action plan`)
    "city": (None, "The City Council and Local Strategic Partnership - a range of organisations from businesses and "
             "community organisations to the police, health and local colleges - have come together to design a plan "
             "for Stoke-on- Trent.", "City Council"),
}
# No real line yet. Searches (corpus `pages`): `"the County Council" action plan responsible officer`, `"the Borough
# Council" action plan improvement`, `"Town Council" action plan meeting minutes`, `Metropolitan Borough Council
# corporate plan actions`, `"County Council Plan" actions`, `"Borough Council Plan" priorities`, `"District Council
# Plan" corporate priorities`, `"Metropolitan District Council" plan`, `"City Council Plan" 2024 priorities actions`,
# and on 5 December `"the Metropolitan Borough Council" OR "the County Borough Council" cabinet`,
# `new Unitary Council local government reorganisation proposal`: the councils named (`Redcar and Cleveland Borough
# Council`, `Conwy County Borough Council`) read the same without these kinds (the place takes their first word,
# `Borough` is a kind too), no line prints them alone before `Council`, and `unitary` is printed in lower case only
# (`two new unitary councils`). `metropolitan district` had its line, www.thetelegraphandargus.co.uk/news/17807012.public-
# urged-say-plan-sets-future-development-bradford/ (`... write to City of Bradford Metropolitan District Council, ...`,
# which names `Bradford Metropolitan District Council` by the kind alone, and its opening's name without it); as an
# opening is read before a kind's place too (test_council_place_start.py), the line names `City of Bradford
# Metropolitan District Council` either way, and no line read prints the kind alone before `Council`.
KINDS_UNSEEN = {"metropolitan district", "metropolitan borough", "county borough", "unitary"}

# Each of `not_places`: a real line, and the council it names without the word.
NOT_PLACE_LINES = {
    "full": ("tests/fixtures/revisions/plan_r2.txt", "Report benefits realised to Full Council twice a year.",
             "Full Council"),  # an action's cell
    # democracy.kirklees.gov.uk/ieListMeetings.aspx?CId=534&Year=0 (query `"Extraordinary Council" meeting agenda`)
    "extraordinary": (None, "Extraordinary Council", "Extraordinary Council"),
    # www.maribyrnong.vic.gov.au/About-us/Our-plans-and-performance/Annual-Council-Action-Plan, Maribyrnong City
    # Council's page, its title (query `"Appendix A" Borough Council action plan title page`)
    "annual": (None, "Annual Council Action Plan", "Annual Council"),
    # www.markjpylepics.com/council-meetings/special-council-meeting, a copy of a council's meetings page, its first
    # line (query `"Special Council" held on agenda extraordinary meeting town council`): `Meetings`, a plural, is
    # no council noun
    "special": (None, "Special Council Meetings Special Council Meeting Dates There are no scheduled meetings.",
                "Special Council"),
}
# No real line yet: the searches above, and in samples and fixtures `Report`, `Cabinet`, `Appendix`, `Annex`,
# `Annexe`, `Item` and `Agenda` never stand right before `Council`; searched again on 5 December:
# `"Annual Council" May mayor elected council minutes` (Falmouth's `Annual Council Meeting & Mayor Making`: a
# council noun follows) and `"Appendix A" Borough Council action plan title page` (none prints an appendix's letter
# before a council's name).
NOT_PLACES_UNSEEN = {"report", "cabinet", "appendix", "annex", "annexe", "item", "agenda"}

# Each of `place_joins`: a real title line, and the council it names without the word (a capitals line's join is
# printed in lower case only where it is one).
JOIN_LINES = {
    "of": (f"{OTHER}/forest_of_dean_improvement_plan_2004.txt", "FOREST OF DEAN DISTRICT COUNCIL",
           "Forest of Dean District Council", "Forest Of Dean District Council"),
    # www.local.gov.uk/corporate-peer-challenge-redcar-and-cleveland-borough-council (query `Redcar and Cleveland
    # Borough Council action plan`)
    "and": (None, "Corporate Peer Challenge: Redcar and Cleveland Borough Council",
            "Redcar and Cleveland Borough Council", "Cleveland Borough Council"),
    # docslib.org/doc/7849552/the-mayor-councillor-david-berry-the-deputy-mayor-councillor-rohan-yoganathan, the Royal
    # Borough of Kingston upon Thames' minutes of 15 July 2008, a page's running head (query `Royal Borough of Kingston
    # upon Thames annual governance statement action plan`)
    "upon": (None, "23 COUNCIL ROYAL BOROUGH OF KINGSTON UPON THAMES 15 JULY 2008",
             "Royal Borough of Kingston upon Thames", "Royal Borough of Kingston Upon Thames"),
    # bdtuc.co.uk/2021/02/22/trades-council-responds-to-local-plan-review/ (query `Blackburn with Darwen Borough Council
    # plan`)
    "with": (None, "Our February Trades Council meeting finalised our “response” to the consultation being conducted "
             "by Blackburn with Darwen Borough Council on its “Local Plan”.", "Blackburn with Darwen Borough Council",
             "Darwen Borough Council"),
    # readkong.com/page/our-plan-2020-to-2023-a-fairer-city-a-sustainable-future-7293597, Brighton & Hove City
    # Council's plan 2020 to 2023, a page's running head (query `Brighton & Hove City Council Plan 2023 to 2027`)
    "&": (None, "Our plan 2020 to 2023 - A fairer city, a sustainable future Brighton & Hove City Council - Our plan "
          "2020 to2023", "Brighton & Hove City Council", "Hove City Council"),
}
# No real line yet printing these between the words of a council's name with spaces (samples and fixtures print
# `Stratford-on-Avon`, hyphenated, a word of its own; searches: the above and `Newcastle upon Tyne City Council
# plan`, whose pages print `Newcastle City Council`; on 5 December `Stoke on Trent City Council action
# plan`, `Newcastle under Lyme Borough Council plan`, `Wells next the Sea Town Council minutes`, `Southend on Sea City
# Council corporate plan`, `Barrow in Furness Borough Council plan`, `Chester le Street District Council`: every page
# prints `Stoke-on-Trent`, `Newcastle-under-Lyme`, `Wells-next-the-Sea`, `Southend-on-Sea`, `Barrow-in-Furness` and
# `Chester-le-Street` hyphenated, or the place with no council after it, `Barrow in Furness, Cumbria`).
JOINS_UNSEEN = {"on", "under", "in", "the", "le", "by", "next"}


def _document(line: str) -> Document:
    text = "\n".join(("", line, "Action plan 2024/25"))
    return read_text(text.encode(), "x.txt", text, None)


def _named(line: str, words: DocumentWords) -> str | None:
    found = printed_council(_document(line), words)
    return found[0] if found else None


def _without_kind(kind: str) -> DocumentWords:
    """The generic words without the kind, every kind holding one of its words and every opening holding one."""
    kinds, openings = ([other for other in words if not set(kind.split()) & set(other.split())]
                       for words in (WORDS.council_kinds, WORDS.name_openings))
    return replace(WORDS, council_kinds=tuple(kinds), name_openings=tuple(openings))


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
    assert _named(line, _without_kind(kind)) == named


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
