"""Where a council's place starts (parsers/council_shapes.name_shapes, `_place_start`): real lines where a word before the
place may run into it or an opening be cut off it, with the council a reader names; and every council the samples
and fixtures name, read the same.

The lines are lines of pages in the search store (corpus `pages`, 5 December 2026), each with its address and the
query that found it. What each guards against (the comment's `Misread:`): a council's name read by its kind
(`PLACE KIND Council`) losing an opening printed before its place (`City of Bradford Metropolitan District Council`
named `Bradford Metropolitan District Council`: the opening's shape reads no kind, and the kind's shape no opening);
a word no place holds taken off a place's front only, so a heading's word before `Council` read as a place (`KEY
COUNCIL POLICIES:` named `Key Council`), and after an opening the place running on over a post's word (`THE CITY OF
SALFORD CORPORATE HOUSING STRATEGY` named `City of Salford Corporate Housing`); `One`, a numeral before a
programme's name, read as a place (`One Council, One Kingston` named `One Council`).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from council_actions.ingest.model import Document
from council_actions.ingest.text import read_text
from council_actions.parsers.council import name_council, printed_council

from council_actions.document_words import DocumentWords
from council_actions.pipeline import read
from council_actions.profile import load_profile
from tests.conftest import ROOT

GENERIC = load_profile("generic")
WORDS = GENERIC.document_words


def _document(line: str) -> Document:
    text = "\n".join(("", line, "Action plan 2024/25"))
    return read_text(text.encode(), "x.txt", text, None)


def _named(line: str, words: DocumentWords = WORDS) -> str | None:
    found = printed_council(_document(line), words, GENERIC.owner_words.posts)
    return found[0] if found else None


BRADFORD = "City of Bradford Metropolitan District Council"

# Lines easily misread, and the council each names (the misreading: the comment's `Misread:`).
STARTS = [
    # www.bradford.gov.uk/your-council/epetitions/epetitions/, the council's e-petitions page, its address for paper
    # petitions, a line of its own (query `Leave Bradford Metropolitan District Council petition`). Misread: `Bradford
    # Metropolitan District Council`.
    (BRADFORD, BRADFORD),
    # the same page, its disclaimer. Misread: `Bradford Metropolitan District Council`.
    ("The views expressed in the e-petitions do not necessarily reflect those of City of Bradford Metropolitan "
     "District Council.", BRADFORD),
    # www.thetelegraphandargus.co.uk/news/17807012.public-urged-say-plan-sets-future-development-bradford/ (query
    # `City of Bradford Metropolitan District Council plan`; test_council_words had it as the kind's line). Misread:
    # `Bradford Metropolitan District Council`.
    ("People can email, (include Core Strategy Preferred Options Consultation in the subject) or write to City of "
     "Bradford Metropolitan District Council, Local Plan Team, 4th Floor, Britannia House, Hall Ings, Bradford, BD1 "
     "1HX.", BRADFORD),
    # studylib.net/doc/16026540/part-1--open-to-the-public--item-no., a report of the Lead Member for Chief Executive
    # to a council's Cabinet of 8 March 2005 on its CPA corporate improvement plan, a label of its front sheet (query
    # `Corporate Director of Resources City Council improvement plan foreword signed`): `Key` heads a key (the
    # profile's `keys`), no place. Misread: `Key Council`.
    ("KEY COUNCIL POLICIES:", None),
    # studylib.net/doc/16028159/the-city-of-salford--corporate-housing-strategy-2002---2005, the City of Salford's
    # Corporate Housing Strategy 2002 - 2005, its first line (query `Head of Housing Borough Council Housing
    # Improvement Plan foreword contact details`): after an opening the place ends before `Corporate`, a post's word
    # opening the document's name. Misread: `City of Salford Corporate Housing`.
    ("APPENDIX 1 THE CITY OF SALFORD CORPORATE HOUSING STRATEGY 2002 - 2005", "City of Salford"),
]
# Lines of samples (a row's cell, not a title line, so no document's council changes), read as a title line: `One`
# opens a programme's name (`One Council, One Kingston`: the Royal Borough of Kingston's), no place (GRAMMAR_WORDS).
# Misread: `One Council`.
SAMPLE_LINES = [
    ("samples/other_councils/kingston_ags_action_plan_2012_13.txt",
     "  • review schemes of delegation and update to reflect new structures and responsibilities following One "
     "Council, One Kingston and new shared services and partnership arrangements"),
    ("samples/other_councils/maidstone_ags_2015_16.txt",
     "One Council and Staff Engagement– team game on the priorities has been rolled out, briefing managers at Unit "
     "Managers including on tools such as Visual Management Boards – which include purpose and performance information "
     "for teams"),
]

# Real lines that read right by any place rule: they must read the same.
STAYS = [
    # democracy.derbyshiredales.gov.uk/ieListDocuments.aspx?CId=137&MId=800, Derbyshire Dales District Council's
    # minutes (query `Date: 2023 District Council report to cabinet title page`): a post right before the place
    ("Cllr Victoria Friend (Chair of Rowsley Parish Council) made a statement on the report and presented a petition "
     "on behalf of Rowsley Parish Council.", "Rowsley Parish Council"),
    # www.fight4whitby.com/2017/05/04/open-reminder-leader-scarborough-borough-council/, its title (query `Yours
    # sincerely Chief Executive Borough Council letter signature block`)
    ("Open Reminder to The Leader of Scarborough Borough Council", "Scarborough Borough Council"),
    # www.gov.uk/government/publications/slough-borough-council-letter-to-acting-head-of-paid-service (same query)
    ("Slough Borough Council: Letter to acting Head of Paid Service", "Slough Borough Council"),
    # abcdocz.com/doc/965745/report-template---brentwood-borough-council (query `"Director of Finance" "Borough
    # Council" contact officer report author`)
    ("Report Template - Brentwood Borough Council", "Brentwood Borough Council"),
    # colchester.cmis.uk.com, Colchester's Council of 21 February 2018 (query `Contact Officer: Head of Democratic
    # Services Borough Council Town Hall tel email report agenda item`): a post after the name
    ("In 2013 Essex County Council Portfolio Holder had cancelled a scheme to reduce traffic in the town centre, "
     "which suggested he was unaware of the health risk posed by air pollution.", "Essex County Council"),
    # www.e-lindsey.gov.uk/article/5649/Chairman-of-the-District-Council, its title (same query): no place
    ("Chairman of the District Council", None),
    # readkong.com/page/leeds-city-region-statement-of-common-ground-march-2020-5151949, its list of parties (query
    # `"Metropolitan District Council" Council Plan Wakefield Calderdale Kirklees`): a kind's first word stands
    # inside the capitalised words before its last
    ("Barnsley Metropolitan Borough Council", "Barnsley Metropolitan Borough Council"),
    ("Royal Borough of Kingston upon Thames", "Royal Borough of Kingston upon Thames"),
]


@pytest.mark.parametrize(("line", "council"), STARTS + STAYS)
def test_a_place_starts_where_it_starts(line, council):
    assert _named(line) == council


@pytest.mark.parametrize(("path", "line"), SAMPLE_LINES)
def test_a_programme_of_one_council_names_none(path, line):
    assert line in (ROOT / path).read_text(encoding="utf-8").splitlines()
    assert _named(line) is None


def test_an_opening_before_a_kind_and_without_it_the_kind_alone():
    """The opening is read before a kind's place from the profile's `name_openings`: without `city of`, Bradford's
    address line names the place and its kind alone."""
    without = replace(WORDS, name_openings=tuple(phrase for phrase in WORDS.name_openings if phrase != "city of"))
    assert _named(BRADFORD, without) == "Bradford Metropolitan District Council"


def test_a_key_word_and_without_it_the_line_names_a_council():
    """`Key` is no place's word from the profile's `keys`: without the keys holding the word (`key`, `colour key`,
    `rag key`, ...), the front sheet's label names `Key Council`."""
    without = replace(WORDS, keys=tuple(key for key in WORDS.keys if "key" not in key.split()))
    assert _named("KEY COUNCIL POLICIES:", without) == "Key Council"


def test_a_post_ends_an_openings_place_and_without_the_posts_the_place_runs_on():
    """Salford's line through printed_council without the profile's posts and post subjects (`Housing`, a word of
    `post_subjects`): the place runs on over `Corporate Housing` to the document's noun (`Strategy`, a word of
    `names`)."""
    found = printed_council(_document("APPENDIX 1 THE CITY OF SALFORD CORPORATE HOUSING STRATEGY 2002 - 2005"),
                            replace(WORDS, post_subjects=()))
    assert found is not None and found[0] == "City of Salford Corporate Housing"


# Every council the samples and fixtures name from their title lines today (the generic profile; each read against
# its text): the document, and the council.
SAMPLE_COUNCILS = {
    "samples/other_councils/forest_of_dean_improvement_plan_2004.txt": "Forest of Dean District Council",
    "samples/other_councils/newton_st_cyres_parish_action_plan_2018_20.txt": "Newton St Cyres Parish Council",
    "tests/fixtures/other_councils/refused/norfolk_devolution_story_so_far_2025.txt": "Norfolk County Council",
    # The page is Slough Borough Council's, whose text says it will `be a Best Value Council`: an aim after an
    # indefinite article, no council's name (test_council_aims.py), and the page prints its council nowhere, so none
    # is read (not `Best Value Council`; the document is refused, so no table holds it).
    "tests/fixtures/other_councils/refused/slough_council_improvement_narrative.txt": None,
}


@pytest.mark.parametrize("path", list(SAMPLE_COUNCILS))
def test_every_council_a_sample_names_stays(path):
    document = read(ROOT / path, GENERIC)
    assert name_council(document, GENERIC, own_layout=False).council == SAMPLE_COUNCILS[path]


def test_a_council_profile_adds_council_of_the(tmp_path):
    """The Council of the Isles of Scilly names itself by an opening no other council prints (`council of` is no
    generic opening: test_council_openings.py), so the generic profile reads none of its lines; its own profile adding
    `council of the` reads it, and the Council of Europe's line still names none (no `the` after `of`). Lines of
    scilly.gov.uk (query `Council of the Isles of Scilly corporate plan`): its page
    council-democracy/about-council-isles-scilly-our-corporate-narrative, the title, and its news of the narrative
    (news/telling-story-council-isles-scilly-read-our-corporate-narrative-and-let-your-councillors-know), the
    Chairman's words: a post and `the` before the opening."""
    path = tmp_path / "scilly.toml"
    path.write_text("[document_words]\nname_openings = ['council of the']\n", encoding="utf-8")
    words = load_profile(str(path)).document_words
    title = "About the Council of the Isles of Scilly: our corporate narrative"
    chairman = "Cllr Robert Francis, Chairman of the Council of the Isles of Scilly said:"
    europe = ("Following the adoption of the Resolution CM/Res(2022)2 on the cessation of the membership of the "
              "Russian Federation to the Council of Europe, the Committee of Ministers decided, in the context of the ...")
    assert [_named(line) for line in (title, chairman, europe)] == [None, None, None]
    assert [_named(line, words) for line in (title, chairman, europe)] == ["Council of the Isles of Scilly"] * 2 + [None]
