"""The council's name read from real title lines where a word before the place is no place's (a verb opening the
title, the subject of a post, a body's name) or an indefinite article makes the phrase an aim (parsers/council_place:
`name_verbs`, `post_subjects`, `[owner_words] bodies`, ARTICLES); and real title lines of councils of every kind
(county, district, unitary, metropolitan, London borough, Welsh, Scottish, Northern Irish, town and parish), which
these rules must leave as they read.

The lines are lines of pages in the search store (corpus `pages`, 5 December 2026), each with its address and the
query that found it; each line of EASILY_MISREAD names, in its comment's `Misread:`, what a reader without these
word lists takes for the council.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from council_actions.ingest.model import Document
from council_actions.ingest.text import read_text
from council_actions.parsers.council import printed_council

from council_actions.document_words import DocumentWords
from council_actions.profile import load_profile

GENERIC = load_profile("generic")
WORDS = GENERIC.document_words
NOT_PLACES = (*GENERIC.owner_words.posts, *GENERIC.owner_words.bodies)  # what name_council passes


def _document(line: str) -> Document:
    text = "\n".join(("", line, "Action plan 2024/25"))
    return read_text(text.encode(), "x.txt", text, None)


def _named(line: str, words: DocumentWords = WORDS, posts: tuple[str, ...] = NOT_PLACES) -> str | None:
    found = printed_council(_document(line), words, posts)
    return found[0] if found else None


SLOUGH = ("The revised plan will cover what the council is doing and will do next to be a Best Value Council, it is "
          "the practical approach that supports the corporate vision and priorities. ")
BRADFORD = "Leave Bradford Metropolitan District Council"
RBKC = "Action Plan for a Competent and Caring Council"

# Lines easily misread, and the council each names (the misreading: the comment's `Misread:`).
EASILY_MISREAD = [
    # slough.gov.uk/council/council-improvement/2, Slough's improvement page, its plan's aim (query `becoming a Best
    # Value Council Slough improvement and recovery plan`; tests/fixtures/other_councils/refused holds the page): an
    # aim after `a`, the page prints its council's name nowhere. Misread: `Best Value Council`.
    (SLOUGH, None),
    # webtest.rbkc.gov.uk/council-councillors-and-democracy/how-council-works/council-plan-action-plan-2023-2025/
    # action-plan-competent-and-caring-council, Kensington and Chelsea's action plan, its title (query `London Borough
    # of improvement plan action plan 2023 title page`). Misread: `Competent and Caring Council`.
    (RBKC, None),
    # kirkleestalk.org/our-new-council/our-new-council-2/, Kirklees' page on its change programme (query `to become a
    # modern, efficient council ambition "an Efficient Council"`). Misread: `New Council`.
    ("Over the next few years we’re going to become a very different council – a New Council…", None),
    # www.farsouthcoast.com.au/newcouncil.php, a candidate's page on a council's change, its heading (same query): a
    # verb opening the title. Misread: `Transforming Council`.
    ("Transforming Council to a Service Organisation", None),
    # mytown.communities.gov.uk/leave-bradford-metropolitan-district-council/, a suggestion's title, and
    # www.philip-davies.org.uk/campaigns/leave-bradford-metropolitan-district-council, the petition's (query `Leave
    # Bradford Metropolitan District Council petition`): a verb opening the title. Misread: `Leave Bradford
    # Metropolitan District Council`.
    (BRADFORD, "Bradford Metropolitan District Council"),
    # armaghbanbridgecraigavon.citizenspace.com/performance-audit/proposedperformanceobjectives2024-25/ (query `Armagh
    # City, Banbridge and Craigavon Borough Council performance improvement plan`): a Northern Irish council named by
    # a list of places, the first of two words (parsers/council_shapes._place). Misread: `City, Banbridge & Craigavon Borough
    # Council`.
    ("Armagh City, Banbridge & Craigavon Borough Council is keen to ensure performance objectives have a positive "
     "impact on the quality of life for stakeholders across our Borough.",
     "Armagh City, Banbridge & Craigavon Borough Council"),
    # www.armaghbanbridgecraigavon.gov.uk/council/performance-improvement/ (same query). Misread: `City, Banbridge and
    # Craigavon Borough Council`.
    ("Armagh City, Banbridge and Craigavon Borough Council are committed to establishing processes to ensure that it "
     "effectively manages performance and is focused on delivering continuous improvement.",
     "Armagh City, Banbridge and Craigavon Borough Council"),
    # www.audit.wales/publication/city-and-county-swansea-annual-improvement-report-2014, its title (query `City and
    # County of Swansea corporate improvement plan`): a Welsh council's opening (`city and county of`). Misread:
    # `County of Swansea`.
    ("City and County of Swansea - Annual Improvement report 2014", "City and County of Swansea"),
    # www.west-norfolk.gov.uk/news/article/1561/... (query `Borough Council of King's Lynn and West Norfolk corporate
    # plan`): a district's opening (`borough council of`). Misread: none.
    ("Cllr Terry Parish, Leader of the Borough Council of King's Lynn & West Norfolk, explained:",
     "Borough Council of King's Lynn & West Norfolk"),
    # pdfslide.net/documents/local-autumn-2014.html, Tunbridge Wells' magazine, its masthead run into the next line by
    # the PDF's text (query `Lee Colyer Director of Finance Policy and Development Tunbridge Wells Borough Council`):
    # the place opens glued to the capitals before it (parsers/council_shapes.GLUED). Misread: `Wells Borough Council`.
    ("LOCALTunbridge Wells Borough Council magazine", "Tunbridge Wells Borough Council"),
]

# Lines where a word of no place opens the name, the council each names, and the misreading (`Misread:`).
NAMES_AFTER_A_WORD_OF_NO_PLACE = [
    # navms.com/angus-council-leaders-deny-top-issues-for-parking-fees (query `an Angus Council report found council
    # officer`): a name modifying the noun after it (`spokesman`, a word of `modified_nouns`), the article the noun's.
    # Misread: none (the article read as making the name an aim).
    ('An Angus Council spokesman said: "At no stage did the letter', "Angus Council"),
    # ssat.khub.net/web/guest/public-blogs ... `A warm welcome in Wiltshire` (query `How Wiltshire Council Works guide
    # for residents`): a question word opening the sentence (GRAMMAR_WORDS). Misread: `What Wiltshire Council`.
    ("What Wiltshire Council is doing, seemingly successfully, flies in the face of such stereotypes.",
     "Wiltshire Council"),
    # docslib.org/doc/2940581/tenants-handbook, Wiltshire's tenant's handbook, its contents (same query): a section
    # titled `About ...`. Misread: `About Wiltshire Council`.
    ("Section 1 – About Wiltshire Council Housing 1 Contacting us", "Wiltshire Council"),
]

# `The` opening a Scottish council's name: The Highland Council and The Moray Council print `The` with a capital inside
# a sentence, but print the same council without it too, in the same document: `THE HIGHLAND COUNCIL Committee:
# Highland Council` heads Highland's report HC/44/20 (docslib.org/doc/7072653, query `"a County Council report"
# published council action plan`), and Moray's pages say `Moray Council's previous Corporate Plan`
# (moray.gov.uk/moray_standard/page_41074.html). So `The` is left off (a word of GRAMMAR_WORDS), as for any council
# (`The London Borough of Tower Hamlets` above): one council reads as one `documents.council` whichever way a document
# prints it. Real lines (query `The Moray Council official name Moray Council corporate plan`, and
# caithness-business.co.uk/article/8836 for Highland's).
THE_IN_THE_NAME = [
    ("THE HIGHLAND COUNCIL Committee: Highland Council Date: 17th December 2020", "Highland Council"),
    ("10 December 2025 Career opportunities with The Highland Council", "Highland Council"),
    # docslib.org/doc/517002/hopeman-moray, a Moray area profile's front page
    ("© Crown Copyright 2016 Corporate Policy Unit The Moray Council August 2016", "Moray Council"),
    # tomorrow.paperai.life ... scribd.com/document/6581199, Moray's Corporate Development Plan 2004-2007
    ("The Moray Council’s ambition is to progress in partnership with communities and other public bodies",
     "Moray Council"),
]

# A made-up line, a post's subject before the place (no store line prints a post and the council on one line, by the
# searches made for it): the post is of `Finance`, a word of `post_subjects`.
# Misread: `Finance Tunbridge Wells Borough Council`.
POST_BEFORE_PLACE = "Director of Finance Tunbridge Wells Borough Council"

# Real title lines of councils of every kind, which read right by any of these rules: they must read the same.
STAYS = [
    # www.gov.uk/government/publications/slough-borough-council-letter-to-acting-head-of-paid-service (query `Yours
    # sincerely Director of Finance Borough Council letter signature`): a post of a council before its name
    ("A copy of the letter to acting Head of Paid Service of Slough Borough Council, regarding the Secretary of "
     "State’s decision to appoint Commissioners.", "Slough Borough Council"),
    # www.asianstandard.co.uk/slough-borough-council-set-for-two-year-improvement-and-recovery-plan, its title (query
    # `becoming a Best Value Council Slough improvement and recovery plan`): a unitary council
    ("Slough Borough Council set for two-year ‘improvement and recovery plan’", "Slough Borough Council"),
    # democracy.slough.gov.uk/mgAi.aspx?ID=44718, the agenda item's title (same query)
    ("Slough Borough Council First Stage Recovery Plan", "Slough Borough Council"),
    # www.local.gov.uk/our-support/transformation/transformation-network (query `Becoming a modern council
    # transformation programme`): a post and its subject before a county council
    ("Chair: Clare Rowley, Head of Transformation at Lincolnshire County Council", "Lincolnshire County Council"),
    ("Vice chair: Adrian Stockbridge, Assistant Director Transformation, Surrey County Council",
     "Surrey County Council"),
    # vdocuments.site/pages-558499fab9947.html, Tunbridge Wells' Statement of Accounts 2007/08, its first page (query
    # `statement of accounts signed Director of Finance Tunbridge Wells Borough Council responsible financial officer`)
    ("Statement of Accounts 2007/08 Tunbridge Wells Borough Council: Statement of Accounts for 2007/08 1",
     "Tunbridge Wells Borough Council"),
    # scribd.com/document/106795971/Local-Autumn-2012, the council's magazine (query `Director of Finance, Tunbridge
    # Wells Borough Council, Town Hall, Royal Tunbridge Wells TN1 1RS`): a post and a team before the council
    ("Lizzie Goodwin, Communications and Engagement Team Leader, Tunbridge Wells Borough Council, Town Hall, Royal "
     "Tunbridge Wells, Kent TN1 1RS", "Tunbridge Wells Borough Council"),
    # docslib.org/doc/7936970/public-document-pack-tonbridge-malling-borough-council (query `Head of Financial and
    # Property Services Tunbridge Wells Borough Council statement of responsibilities signed date`): a district's
    # name in capitals with a join
    ("TONBRIDGE AND MALLING BOROUGH COUNCIL", "Tonbridge and Malling Borough Council"),
    # www.bradford.gov.uk/your-council/epetitions/epetitions/ (query `Leave Bradford Metropolitan District Council
    # petition`): a metropolitan district's address line
    ("City of Bradford Metropolitan District Council", "City of Bradford Metropolitan District Council"),
    # democracy.towerhamlets.gov.uk/ieDecisionDetails.aspx?ID=7809 (query `London Borough of improvement plan action
    # plan 2023 title page`): a London borough
    ("The London Borough of Tower Hamlets has made", "London Borough of Tower Hamlets"),
    # www.valeofglamorgan.gov.uk, a Cabinet report of 22 September 2014 (query `Head of Legal Services Borough
    # Council improvement plan report author contact`): a Welsh council
    ("VALE OF GLAMORGAN COUNCIL", "Vale of Glamorgan Council"),
    # scottishborders.moderngov.co.uk/mgAi.aspx?ID=40999 (query `Scottish council best value improvement action plan
    # Council`): a Scottish council
    ("Scottish Borders Council", "Scottish Borders Council"),
    # www.highland.gov.uk/info/20009/performance/687/best_value_audit (same query)
    ("Visit Audit Scotland to view The Highland Council Best Value and Community Planning reports.",
     "Highland Council"),
    # docsbay.net/Statement-of-Accounts-2004-05, Clackmannanshire's accounts (query `Statement of Accounts 2007/08
    # Statement of Responsibilities Head of Financial and Property Services certify`)
    ("CLACKMANNANSHIRE COUNCIL", "Clackmannanshire Council"),
    # docslib.org/doc/1569467/statement-of-accounts-2008, Suffolk's accounts (same query): a county council
    ("Suffolk County Council Statement of Accounts 2008 - 2009 We will on request produce this document, or "
     "particular parts of it, into larger print or other languages and formats, in order that everyone can use and "
     "comment upon its content.", "Suffolk County Council"),
    # vdocuments.mx/performance-improvement-plan-mid-ulster-council-our-performance-improvement-plan.html (query
    # `Northern Ireland District Council performance improvement plan`): a Northern Irish district council
    ("Performance Improvement Plan Mid Ulster District Council www.midulstercouncil.org 2017-18 and 2018-2019",
     "Mid Ulster District Council"),
    # www.belfastcity.gov.uk/documents/performance-improvement-plan-2024-2025/introduction (same query)
    ("Aligned to our city’s refreshed community plan, the Belfast Agenda 2024-28, Belfast City Council draft "
     "Corporate Plan 2024-28 and the annual Corporate Delivery Plan 2024-25, our Performance Improvement Plan 2024-25 "
     "sets out a number of priority areas where we intend to deliver improvements for our residents and stakeholders "
     "across the city.", "Belfast City Council"),
    # www.brightlingseatowncouncil.co.uk/annual-return-for-the-year-ended-31-march-2012/ (query `Yours sincerely
    # Director of Finance Borough Council letter signature`): a town council's address
    ("Brightlingsea Town Council, The parish Hall, Victoria Place, Brightlingsea CO7 0BP",
     "Brightlingsea Town Council"),
    # democracy.derbyshiredales.gov.uk/ieListDocuments.aspx?CId=137&MId=800 (test_council_place_start.py): a parish
    ("Cllr Victoria Friend (Chair of Rowsley Parish Council) made a statement on the report and presented a petition "
     "on behalf of Rowsley Parish Council.", "Rowsley Parish Council"),
    # yorkmix.com/york-city-leader-clashes-with-his-own-parish-council (query `"a County Council spokesperson said"
    # council plan`): a post of a parish council before its name
    ("Cllr Keith Aspden, who is vice-chair of Fulford Parish Council, has distanced himself from comments made by the "
     "parish council’s representative, Micahel Courcier, who repeatedly criticised the Local Plan as it underwent "
     "inspection by independent examiners.", "Fulford Parish Council"),
    # nuthurstparishcouncil.co.uk/parish-design-statement (query `Parish Council action plan 2023 village
    # priorities`): a verb before a kind and `Council`, no place
    ("Improving the Parish Council’s website so that residents can more easily report problems such as potholes, "
     "overgrown hedges, floods, fallen trees and so on…and also find information about all the clubs and facilities "
     "in the Parish.", None),
    # www.rbwm.gov.uk/home/council-and-democracy/strategies-and-policies/corporate-plan-2021-2026 (query
    # `Metropolitan Borough Council corporate plan action plan title`): an aim, no place
    ("A Council trusted to deliver its promises.", None),
]


@pytest.mark.parametrize(("line", "council"), EASILY_MISREAD + STAYS + NAMES_AFTER_A_WORD_OF_NO_PLACE + THE_IN_THE_NAME)
def test_a_council_is_read_from_a_real_title_line(line, council):
    assert _named(line) == council


def test_a_name_after_an_article_stands_only_before_a_modified_noun():
    """Without the profile's `modified_nouns` the Angus line's name after `An` is read as an aim, none; Slough's
    aim (`to be a Best Value Council, it is ...`) stays none with them."""
    assert _named(NAMES_AFTER_A_WORD_OF_NO_PLACE[0][0], replace(WORDS, modified_nouns=())) is None
    assert _named(SLOUGH) is None


def test_a_post_subject_before_the_place_and_without_the_list_the_place_runs_on():
    """`Finance` is no place's word from the profile's `post_subjects`: without them the post's subject runs into
    the place."""
    assert _named(POST_BEFORE_PLACE) == "Tunbridge Wells Borough Council"
    assert _named(POST_BEFORE_PLACE, replace(WORDS, post_subjects=())) == "Finance Tunbridge Wells Borough Council"


def test_a_verb_opening_a_title_and_without_the_list_it_is_read_as_a_place():
    """`Leave` is no place's word from the profile's `name_verbs`: without them the petition's title names `Leave
    Bradford ...`."""
    assert _named(BRADFORD, replace(WORDS, name_verbs=())) == BRADFORD


def test_a_body_before_the_place_is_no_place():
    """A body's last word (`[owner_words] bodies`: `Committee`, `Services`) is no place's word: name_council passes
    the bodies with the posts, so that without them `Services` is read as the place's (`Legal` and `Democratic` are
    `post_subjects`). A post and its service before a council on one line, as the magazine's contact line prints
    them with commas (STAYS); the closing note's kind, no store line found."""
    line = "Head of Legal and Democratic Services Tunbridge Wells Borough Council"
    assert _named(line) == "Tunbridge Wells Borough Council"
    assert _named(line, posts=GENERIC.owner_words.posts) == "Services Tunbridge Wells Borough Council"
