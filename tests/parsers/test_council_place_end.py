"""Where a council's place ends (parsers/council_shapes._place, `_place_ends`): real title lines with the council a reader
names, the profile's `document_kinds` each proven by a line or listed unseen, and real lines any place rule reads
right, read the same.

The lines are lines of pages in the search store (corpus `pages`, 5 December 2026), each with its address and the
query that found it. The place must not run on over the capitalised words after it that are not `Council` (the
value such a reading names is each line's `Misread:`): a document's name printed after the place (`Corporate
Plan`), another council's name (`London Borough of Hounslow London Borough of Hounslow ...`), a possessive; `&`
joins a place's words, and no place opens inside a word (`BCP Council` is not `P Council`).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from council_actions.ingest.model import Document
from council_actions.ingest.text import read_text
from council_actions.parsers.council import name_council, printed_council

from council_actions.document_words import DocumentWords
from council_actions.profile import load_profile

WORDS = load_profile("generic").document_words


def _named(line: str, words: DocumentWords = WORDS) -> str | None:
    text = "\n".join(("", line, "Action plan 2024/25"))
    document: Document = read_text(text.encode(), "x.txt", text, None)
    found = printed_council(document, words)
    return found[0] if found else None


# Lines a place running on misreads, and the council each names (the misreading: the comment's `Misread:`).
ENDS = [
    # vdocument.in/london-borough-of-hounslow-corporate-london-borough-of-hounslow-corporate-plan.html, the London
    # Borough of Hounslow's Corporate Plan 2019-2024, its cover (query `London Borough of Hounslow Corporate Plan title
    # page`). Misread: `London Borough of Hounslow Corporate Plan`.
    ("2019-2024 LONDON BOROUGH OF HOUNSLOW CORPORATE PLAN", "London Borough of Hounslow"),
    # docslib.org/doc/8140225/making-kingston-better-together, the Royal Borough of Kingston's Corporate Plan 2019 -
    # 2023, its first line (query `Royal Borough of Kingston upon Thames Corporate Strategy 2023`). Misread: `Royal
    # Borough of Kingston Corporate Plan`.
    ("The Royal Borough of Kingston Corporate Plan 2019 - 2023", "Royal Borough of Kingston"),
    # docslib.org/doc/879621/regeneration-and-ed-strategy-2016, the London Borough of Hounslow's Regeneration and
    # Economic Development Strategy 2016-20, its opening text (same query as Hounslow's cover): another council's name
    # opens after the place. Misread: `London Borough of Hounslow London Borough of Hounslow Regeneration`.
    ("Regeneration and ED Strategy 2016 Draft for adoption Ss1234 1 London Borough of Hounslow London Borough of "
     "Hounslow Regeneration and Economic Development Strategy 2016 - 20 Contents 1. Executive Summary",
     "London Borough of Hounslow"),
    # www.rbwm.gov.uk/news/we-welcome-your-feedback-develop-corporate-plan, the Royal Borough of Windsor & Maidenhead's
    # news of 2 August 2021 (query `Royal Borough of Windsor and Maidenhead Corporate Plan 2021-2026 pdf`): `&` joins
    # the place, the possessive is no part of it. Misread: `Royal Borough of Windsor`.
    ("Public consultation on the Royal Borough of Windsor & Maidenhead’s new draft Corporate Plan starts today "
     "(2 August).", "Royal Borough of Windsor & Maidenhead"),
    # democracy.brighton-hove.gov.uk/mgAi.aspx?ID=97012, Brighton & Hove City Council's agenda item of its Council Plan
    # 2023-27, the page's foot (query `Brighton & Hove City Council Plan 2023 to 2027`). Misread: `Hove City Council`.
    ("Brighton & Hove City Council | Hove Town Hall | Hove | BN3 3BQ | Tel: (01273) 290000 | Mail: | how to find us "
     "| comments & complaints", "Brighton & Hove City Council"),
    # docslib.org/doc/6977692/bournemouth-christchurch-poole-council-council-size-submission, the shadow BCP
    # Council's council size submission of January 2018, its first line (query `"Bournemouth, Christchurch and Poole
    # Council" annual report plan`): a list of places closed by `&`. Misread: `Poole Council`.
    ("Bournemouth, Christchurch & Poole Council Council Size Submission Ministry for Housing, Communities and Local "
     "Government & Local Government Boundary Commission for England", "Bournemouth, Christchurch & Poole Council"),
    # www.bcpcouncil.gov.uk/About-the-council/Strategies-plans-and-policies/Strategies-plans-and-policies.aspx, BCP
    # Council's list of its strategies (query `Bournemouth, Christchurch and Poole Council Corporate Strategy delivery
    # plan`): `BCP` is no capitalised word a place holds, and no place opens inside it. Misread: `P Council`.
    ("BCP Council Corporate Peer Challenge Action Plan", None),
]

# Real lines that read right by any place rule: they must read the same.
STAYS = [
    # www.hounslow.gov.uk/info/20112/strategies_plans_and_performance/1388/corporate_plan, its contact block (query
    # `London Borough of Hounslow Corporate Plan title page`)
    ("London Borough of Hounslow", "London Borough of Hounslow"),
    # the cover of Hounslow's Corporate Plan (as above), its running head: `CORPORATE` is no capitalised word
    ("London Borough of Hounslow CORPORATE PLAN 201-202 3 Leader’s introduction Local government touches the lives of "
     "everyone. The London Borough", "London Borough of Hounslow"),
    # www.greenwichappp.co.uk/plans-strategies-and-charters, a contents line (query `"Royal Borough of Greenwich"
    # Corporate Plan 2022-2026 Our Greenwich`): a document's name before the council's
    ("3. Coronavirus Outbreak Control Plan Royal Borough of Greenwich", "Royal Borough of Greenwich"),
    # www.kingstongrowth.co.uk/copy-of-our-ambition, its foot (query `Royal Borough of Kingston upon Thames Corporate
    # Strategy 2023`): `Upon` printed capitalised is a word of the place
    ("© 2020 Royal Borough of Kingston Upon Thames", "Royal Borough of Kingston Upon Thames"),
    # www.mile-end-residents.co.uk/local-news/refresh-of-the-community-plan-you-decide-we-cut/ (query `"London Borough
    # of Tower Hamlets Strategic Plan"`)
    ("London Borough of Tower Hamlets  says the Community Plan sets out what local residents, businesses and "
     "organisations want Tower Hamlets to be like and how they intend to improve the borough.",
     "London Borough of Tower Hamlets"),
    # www.readkong.com/page/action-plan-capital-strategy-corporate-asset-management-9081875, Bournemouth Borough
    # Council's asset management action plan, its page title (query as BCP's above): no `Council` printed
    ("Action Plan Capital Strategy & Corporate Asset Management Plan 2018 2021 - Bournemouth Borough ...", None),
    # docslib.org/doc/3330472/annual-report-2018-19, Runnymede Borough Council's Annual Report 2018/19, a running
    # head (query `Royal Borough Annual Report 2023/24 council title`)
    ("2 Runnymede Borough Council Annual Report 2018/19 FOREWORDS | ABOUT RUNNYMEDE | WHAT WE DO | STRATEGIC "
     "FRAMEWORK | ACHIEVEMENTS | ACCOUNTS | THE NEXT YEAR", "Runnymede Borough Council"),
]


@pytest.mark.parametrize(("line", "council"), ENDS + STAYS)
def test_a_place_ends_where_it_ends(line, council):
    assert _named(line) == council


# Each of `document_kinds`: a real line, the council it names, and what it names without the phrase (the place runs
# on to the document's noun, a word of `names`, and ends there).
KIND_LINES = {
    "corporate plan": ("2019-2024 LONDON BOROUGH OF HOUNSLOW CORPORATE PLAN", "London Borough of Hounslow",
                       "London Borough of Hounslow Corporate"),
}
# No real line yet printing these after a council's place with no `Council` between: the councils' own pages name
# their documents so (`Strategic Plan 2021-24`, www.towerhamlets.gov.uk; `BCP Council's Corporate Strategy`;
# `Business Plan Our Future Council, Our Future City`, The City of Edinburgh Council's; `Runnymede Borough Council
# Annual Report 2018/19`, where `Council` ends the name), but after `Council` or alone. Searches: the queries above
# and `"London Borough of Barnet Corporate Plan"`, `"London Borough of Tower Hamlets Strategic Plan"`, `LONDON BOROUGH
# OF STRATEGIC PLAN 2021-24 delivery`, `"London Borough of" "Annual Report" title page council`, `London Borough of
# Bromley Annual Report pdf cover`, `"City of Edinburgh Council" OR "City of London" Business Plan 2023-26 title`.
KINDS_UNSEEN = {"corporate strategy", "strategic plan", "business plan", "annual report"}


def test_every_kind_has_its_line_or_is_unseen():
    assert set(KIND_LINES) | KINDS_UNSEEN == set(WORDS.document_kinds)
    assert not set(KIND_LINES) & KINDS_UNSEEN


@pytest.mark.parametrize("kind", list(KIND_LINES))
def test_a_document_kind_ends_the_place_and_without_it_the_place_runs_on(kind):
    line, named, without_it = KIND_LINES[kind]
    assert _named(line) == named
    others = tuple(other for other in WORDS.document_kinds if other != kind)
    assert _named(line, replace(WORDS, document_kinds=others)) == without_it


def test_a_document_noun_ends_the_place():
    """Without the kinds, the place ends at the document's noun (a word of `names`, `Plan`); without that word too,
    it runs on over the whole title (Kingston's line above, its `Misread:`)."""
    line = "The Royal Borough of Kingston Corporate Plan 2019 - 2023"
    no_kinds = replace(WORDS, document_kinds=())
    assert _named(line, no_kinds) == "Royal Borough of Kingston Corporate"
    no_plan = replace(no_kinds, names=tuple(name for name in WORDS.names if name != "plan"))
    assert _named(line, no_plan) == "Royal Borough of Kingston Corporate Plan"


def test_a_join_is_no_list_closer_where_the_profile_lacks_it():
    """A comma joins a list's places only where the profile's `place_joins` hold the join closing it: without `&`,
    BCP's line names the last place alone."""
    line = ("Bournemouth, Christchurch & Poole Council Council Size Submission Ministry for Housing, Communities and "
            "Local Government & Local Government Boundary Commission for England")
    without = replace(WORDS, place_joins=tuple(join for join in WORDS.place_joins if join != "&"))
    assert _named(line, without) == "Poole Council"



def test_a_post_opens_no_place():
    """mta-sts.brighton-hove.gov.uk/news/2023/vision-agreed-better-brighton-hove-all, Brighton & Hove City Council's
    news of 20 July 2023 (query `Brighton & Hove City Council Plan 2023 to 2027`): the post before the council's name
    (`Leader of`, a word of the profile's `[owner_words] posts`) is taken off the place's front, as the words of
    `not_a_name` are. Without the posts the place runs back over it; with no `&` joining a place the line would name
    `Hove City Council`."""
    line = ("After the bold new vision for the city was agreed, Councillor Bella Sankey, Leader of Brighton & Hove City "
            "Council said: “I’m delighted that our 2023 to 2027 plan has been agreed and we can continue to get on with "
            "the job at hand – working towards a better Brighton & Hove for all.")
    text = "\n".join(("", line, "Action plan 2024/25"))
    document: Document = read_text(text.encode(), "x.txt", text, None)
    assert name_council(document, load_profile("generic"), own_layout=False).council == "Brighton & Hove City Council"
    assert _named(line) == "Leader of Brighton & Hove City Council"
