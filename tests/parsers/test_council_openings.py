"""The profile's words opening a council's name before its place (generic.toml `[document_words] name_openings`;
parsers/council_shapes.name_shapes): each on a real line read as the council's name with it and otherwise without it, so
that a shape's words kept in code again would fail these tests; `council of`, which the code read so, is none; and
a council's own profile adds its own (`Comhairle nan Eilean Siar`).

The real lines are lines of pages in the search store (corpus `pages`, 5 December 2026), each with its address and
the query that found it. No sample or fixture prints a council's name in these shapes (every line of samples/ and
tests/fixtures printing `London Borough of`, `Royal Borough of`, `City of`, `County of` or `Council of` before a
capitalised word was looked for: none; `City and County of` and `Borough Council of` added 5 December 2026, none
either), so none reads otherwise for these words.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from council_actions.ingest.model import Document
from council_actions.ingest.text import read_text
from council_actions.parsers.council import printed_council

from council_actions.document_words import DocumentWords
from council_actions.profile import load_profile

WORDS = load_profile("generic").document_words

# Each opening: a real line, and the council it names; then what the line names without the opening.
OPENING_LINES = {
    # docslib.org/doc/3472167/minutes-template, the London Borough of Tower Hamlets' decisions of the Council of 17
    # March 2021, its second line (query `"London Borough of Tower Hamlets" action plan`)
    "london borough of": ("LONDON BOROUGH OF TOWER HAMLETS", "London Borough of Tower Hamlets", None),
    # docslib.org/doc/7849552/the-mayor-councillor-david-berry-the-deputy-mayor-councillor-rohan-yoganathan, the
    # Royal Borough of Kingston upon Thames' minutes of its Council of 15 July 2008, a page's running head (query
    # `Royal Borough of Kingston upon Thames annual governance statement action plan`)
    "royal borough of": ("23 COUNCIL ROYAL BOROUGH OF KINGSTON UPON THAMES 15 JULY 2008",
                         "Royal Borough of Kingston upon Thames", None),
    # democracy.swansea.gov.uk/mgAi.aspx?ID=18206&LLL=0, the City and County of Swansea's constitution, Article 1
    # (query `City and County of Swansea council corporate plan`): the whole opening, up to the place's end (the full
    # stop is the sentence's); without it `county of` reads the name's tail (`County of Swansea`, as before 5 December
    # 2026, when this opening was no profile word)
    "city and county of": ("This document is the Constitution of the City and County of Swansea.",
                           "City and County of Swansea", "County of Swansea"),
    # www.west-norfolk.gov.uk/news/article/1561/council_adopts_corporate_strategy_setting_out_four-year_plan, the
    # Borough Council of King's Lynn & West Norfolk's news of 6 December 2023 (query `Borough Council of King's Lynn
    # and West Norfolk corporate plan`): none before 5 December 2026
    "borough council of": ("A new corporate strategy, setting out the council's ambitions and priorities up to May "
                           "2027, has been adopted by the Borough Council of King's Lynn & West Norfolk.",
                           "Borough Council of King's Lynn & West Norfolk", None),
    # democracy.york.gov.uk/(S(er5fig3cbkjmjx55ekdxrgfc))/documents/s169726/Council%20Plan%20Report.html?CT=2, City of
    # York Council's report to its Executive of 14 September 2023, its first line (query `City of York Council action
    # plan`): without the opening, `City` (a kind) and `of` (a join) open no place, leaving `York Council`
    "city of": ("City of York Council (Logo)", "City of York Council", "York Council"),
    # wikimili.com/en/Herefordshire_Council, its history (query `County of Herefordshire District Council`): the
    # council's formal name, an opening before a place and its kind
    "county of": ("The council's formal name is therefore \"County of Herefordshire District Council\", [8] but it "
                  "styles itself \"Herefordshire Council\".", "County of Herefordshire District Council",
                  "Herefordshire District Council"),
}
# Why `council of` is no opening: a line printing it before a capitalised word names no council, but another body.
# vl3.iranbookmail.ir/news/search?form=YFNR&q=County+Council+Map+of+NSW&qft=sortbydate%3D%221%22, a page of news
# (query `"Council of" borough council name title page plan Europe`)
COUNCIL_OF_EUROPE = ("Following the adoption of the Resolution CM/Res(2022)2 on the cessation of the membership of the "
                     "Russian Federation to the Council of Europe, the Committee of Ministers decided, in the context "
                     "of the ...")


def _named(line: str, words: DocumentWords) -> str | None:
    text = "\n".join(("", line, "Action plan 2024/25"))
    document: Document = read_text(text.encode(), "x.txt", text, None)
    found = printed_council(document, words)
    return found[0] if found else None


def test_every_opening_has_its_line():
    assert list(OPENING_LINES) == list(WORDS.name_openings)


@pytest.mark.parametrize("opening", list(OPENING_LINES))
def test_an_opening_names_the_council_and_without_it_the_line_names_another_or_none(opening):
    line, named, without_it = OPENING_LINES[opening]
    assert _named(line, WORDS) == named
    without = tuple(other for other in WORDS.name_openings if other != opening)
    assert _named(line, replace(WORDS, name_openings=without)) == without_it


def test_a_name_ends_at_its_place_and_a_council_after_it():
    """Every opening's name ends at the place's last word, or at a `Council` printed after it, never taking a
    sentence's full stop: `London Borough of` and `Royal Borough of` were a shape of their own that took it
    (`London Borough of Sutton.`), `City of` and `County of` one that did not (made-up lines, the shape's reading)."""
    assert _named("Services provided by the London Borough of Sutton.", WORDS) == "London Borough of Sutton"
    assert _named("Services provided by the City of York Council.", WORDS) == "City of York Council"


def test_council_of_is_no_opening():
    """With `council of` an opening, the line would name the council `Council of Europe`; as the generic profile's
    openings list it not, none."""
    assert _named(COUNCIL_OF_EUROPE, WORDS) is None
    with_it = replace(WORDS, name_openings=(*WORDS.name_openings, "council of"))
    assert _named(COUNCIL_OF_EUROPE, with_it) == "Council of Europe"


def test_a_council_profile_adds_an_opening(tmp_path):
    """Comhairle nan Eilean Siar names itself in Gaelic, no English shape: its contact block on
    cne-siar.gov.uk/have-your-say/consultations/2017/corporate-strategy-2017-21/ prints the name alone on a line
    (query `Comhairle nan Eilean Siar corporate strategy action plan`). A council's profile adding the opening, and
    `nan` to its joins (printed in lower case, as `of`), reads it, in capitals too; the generic profile reads none."""
    path = tmp_path / "western_isles.toml"
    path.write_text("[document_words]\nname_openings = ['comhairle nan']\nplace_joins = ['nan']\n", encoding="utf-8")
    words = load_profile(str(path)).document_words
    assert words.name_openings[0] == "comhairle nan" and set(WORDS.name_openings) < set(words.name_openings)
    assert _named("Comhairle nan Eilean Siar", WORDS) is None
    assert _named("Comhairle nan Eilean Siar", words) == "Comhairle nan Eilean Siar"
    assert _named("COMHAIRLE NAN EILEAN SIAR", words) == "Comhairle nan Eilean Siar"


@pytest.mark.parametrize(("line", "named"), [
    # democracy.york.gov.uk/documents/s149830/Annex%201%20-%20Council%20Plan%20update%202021.html?CT=2, City of York
    # Council's Council Plan 2019-2023 as updated in 2021, its title line (query `"City of York Council Plan
    # 2019-2023"`): the place ran on over `Council Plan` before (`City of York Council Plan`)
    ("City of York Council Plan 2019-2023", "City of York Council"),
    # made-up, the same shape: a council noun after the name ran into the place too (`... Sutton Council Tax`)
    ("London Borough of Sutton Council Tax Support Scheme", "London Borough of Sutton Council"),
])
def test_council_ends_a_place(line, named):
    """A place never holds the word `Council` (parsers/council_shapes._place): it ends the name, and what follows it is
    the document's words, not the council's."""
    assert _named(line, WORDS) == named


@pytest.mark.parametrize(("line", "named"), [
    # www.royalwoottonbassett.gov.uk/news/, Royal Wootton Bassett Town Council's news page, the name alone on a line
    # under its logo (pages corpus, 5 December 2026, query `Royal Wootton Bassett Town Council action plan`): `Royal`,
    # a word of the opening `royal borough of`, was taken off the place's front (`Wootton Bassett Town Council`)
    ("Royal Wootton Bassett Town Council", "Royal Wootton Bassett Town Council"),
    ("ROYAL WOOTTON BASSETT TOWN COUNCIL", "Royal Wootton Bassett Town Council"),
    # made-up: an opening's words alone are no place, as before
    ("The Royal Borough Council", None),
    ("London Council", None),
])
def test_a_place_may_open_with_an_openings_word_but_is_never_one_alone(line, named):
    """An opening's words open a name only as the whole phrase (parsers/council_place.opening_words): a place may open with
    one of them, and only a place made of nothing else is none."""
    assert _named(line, WORDS) == named
