"""`&` and 'and' in an owner cell: inside one body's or post's name they part nothing, between two owners they part them
(normalise/owner_split.py: `&` joins as 'and' does, read by the same rules; OWNER_SHAPES' `and_joined` and `post`).

`&` is no hard separator: as one, it would part Maidstone's `Planning & Environment Directorate Change; Sue
Whiteside` into three owners (`Planning`, `Environment Directorate Change`, Sue Whiteside), and every `&` inside a
name likewise. The
cells are real, each with where it is printed: a sample's path and line, or the address of the published page
(the search store's `pages`). The few made up, from the task's own examples, say so.
"""

from __future__ import annotations

import pytest
from council_actions.normalise.owner_split import owner_pieces

MAIDSTONE_2012 = "samples/other_councils/maidstone_strategic_plan_action_plan_2012_objective_1.txt"
NEWTON = "samples/other_councils/newton_st_cyres_parish_action_plan_2018_20.txt"
EAST_HERTS = "https://democracy.eastherts.gov.uk/ieIssueDetails.aspx?IId=15723&J=1&Opt=3&PlanId=0"

# One owner: the join stands between two words of one name (no post or initialism opens after it; a body's word comes
# after it, or a post's 'of' before it).
ONE_OWNER = [
    # `&`
    ("Planning & Environment Directorate Change", f"{MAIDSTONE_2012}:17 and :26"),
    ("Director (Planning & Regeneration)", "samples/other_councils/gravesham_peer_challenge_action_plan_2020.txt"),
    ("Legal & Democratic Services",
     "https://www.eastdunbarton.gov.uk/legal-and-democratic-services-business-and-improvement-plan"),
    ("Director of Strategic Infrastructure & Climate Change",
     "https://democracy.warwickshire.gov.uk/mgIssueHistoryHome.aspx?IId=11633&PlanId=212&RPID=0"),
    ("Head of Planning & Development", "made up: the task's example"),
    ("Housing & Communities Team", "made up: the task's example"),
    ("Planning and Building Control", "made up: the task's example (a service ending in `control`, a body word)"),
    # 'and'
    ("Head of Housing and Community Services", "samples/other_councils/maidstone_strategic_plan_2016_17.txt:31"),
    ("Head of Environment and Public Realm", "samples/other_councils/maidstone_strategic_plan_2016_17.txt:63"),
    ("Assistant Director of Community Safety and Street Scene",
     "samples/other_councils/rotherham_year_ahead_delivery_plan_2024_25.txt:6"),
    ("Assistant Director of Planning, Regeneration and Transport",
     "samples/other_councils/rotherham_year_ahead_delivery_plan_2024_25.txt:7"),
    ("Training and Development Manager", "samples/other_councils/iow_select_committee_process_action_plan_2002.txt:35"),
    ("Councillors and Development Group", f"{NEWTON}:19"),
    ("Angela Woodhouse, Head of Policy and Communications",
     "samples/other_councils/maidstone_ags_2014_15_browser_copy.txt:14"),
    ("Director of Finance and Support Services", EAST_HERTS),
    ("Head of Governance and Risk Management", EAST_HERTS),
    ("Head of Internal Audit, Anti-Fraud and Assurance", "https://barnsleymbc.moderngov.co.uk/mgAi.aspx?ID=54262"),
    ("Director of Finance and Resources", "made up: the task's example"),
    # capitalised words naming what the post is of (`Commercial`, a post subject), then 'and' and a post: the post's
    # word governs both sides, printed wrapped `Commercial` / `Ethics and` / `Sustainability` / `Lead`
    ("Commercial Ethics and Sustainability Lead",
     "tests/fixtures/other_councils/published/kent_ics_priorities_2025_procurement_asc_get.pdf page 1 (Kent's page 19)"),
    ("Housing Strategy and Enabling Manager", "made up: a post of two subjects, the first two words"),
]

# Two owners or more: the join stands before a new post's opening word, an initialism, or after a name that is whole.
OWNERS = [
    # `&`
    ("Clerk & Councillors", ("Clerk", "Councillors"), f"{NEWTON}:13"),
    ("Director (Place) & Head of Finance", ("Director (Place)", "Head of Finance"), "made up (test_owner_brackets)"),
    ("Head of Finance & Head of HR", ("Head of Finance", "Head of HR"), "made up: the task's example"),
    ("CHoHROD & HoBPPP", ("CHoHROD", "HoBPPP"), "made up: the task's example, the seed's initialisms"),
    ("Planning & Environment Directorate Change; Sue Whiteside",
     ("Planning & Environment Directorate Change", "Sue Whiteside"), f"{MAIDSTONE_2012}:17"),
    # 'and'
    ("Clerk and councillors", ("Clerk", "councillors"), f"{NEWTON}:27"),
    ("The Portfolio Holder for Tourism and Leisure and the Head of Community Development",
     ("The Portfolio Holder for Tourism and Leisure", "the Head of Community Development"),
     "samples/other_councils/iow_select_committee_recommendations_2004.txt:83"),
    ("Transport and Development Team and Strategic Planning.", ("Transport and Development Team", "Strategic Planning"),
     "samples/other_councils/maidstone_bccap_2020_transport_records.txt:50"),
    # capitalised words holding no post subject are a person's name, whole, before a post; a body's word ends a body
    ("Jane Smith and Finance Lead", ("Jane Smith", "Finance Lead"), "made up: a person and a post"),
    ("Customer Services and Housing Lead", ("Customer Services", "Housing Lead"), "made up: a body and a post"),
    ("Chief Executive and Director of Customer and Community Services",
     ("Chief Executive", "Director of Customer and Community Services"),
     "http://democracy.eastherts.gov.uk/ieIssueDetails.aspx?IId=9403&J=131&Opt=3"),
]


@pytest.mark.parametrize(("cell", "source"), ONE_OWNER)
def test_a_join_inside_one_name_keeps_one_owner(cell, source):
    assert [piece.text for piece in owner_pieces(cell)] == [cell], source


@pytest.mark.parametrize(("cell", "owners", "source"), OWNERS)
def test_a_join_between_two_owners_parts_them(cell, owners, source):
    assert tuple(piece.text for piece in owner_pieces(cell)) == owners, source


def test_a_list_of_words_joined_by_ampersand_is_read_as_one_with_and():
    """Barnet's `Assets, Regeneration & Growth Committee`
    (https://estatedocbox.com/amp/100528573-Buying_and_Selling_Homes/Appendix-d-a-tenant-empowerment-strategy-agreed-with-tenant-representatives-and-chtf.html):
    one body, read as the list `Place, Planning and Regeneration` is (a guess from its shape, reported), where before
    the `&` parted it into `Assets, Regeneration` and `Growth Committee`."""
    pieces = owner_pieces("Assets, Regeneration & Growth Committee")
    assert [(p.text, p.shape) for p in pieces] == [("Assets, Regeneration & Growth Committee", "body_list")]
    assert [(p.text, p.shape) for p in owner_pieces("Place, Planning & Regeneration")] == \
        [(p.text.replace("and", "&"), p.shape) for p in owner_pieces("Place, Planning and Regeneration")]


def test_the_ampersand_keeps_its_place_in_the_cell():
    """Each owner's span is where it is printed (the audit trail): the directorate from its first letter to its last."""
    cell = "Planning & Environment Directorate Change; Sue Whiteside"
    first, second = owner_pieces(cell)
    assert (first.start, first.end, second.start, second.end) == (0, 41, 43, 56)
    assert cell[first.start:first.end] == first.text


# A post's words run on over a join, but not over a name the council's glossary lists (made up, the task's rule, with
# the seed's initialisms): the known name after the join is an owner of its own.
SEED_KEYS = frozenset({"CLT", "SLT", "CEX", "CHoHROD", "HoBPPP"})
BEFORE_KNOWN = [
    ("Head of Finance & CLT", ("Head of Finance", "CLT")),
    ("Director of Place and CEX", ("Director of Place", "CEX")),
    ("Head of Finance & CLT & SLT", ("Head of Finance", "CLT", "SLT")),
    ("Head of Finance & HR", ("Head of Finance & HR",)),  # HR: no key, the post's own subject
]


@pytest.mark.parametrize(("cell", "owners"), BEFORE_KNOWN)
def test_a_post_runs_on_over_a_join_but_not_over_a_known_name(cell, owners):
    pieces = owner_pieces(cell, known=SEED_KEYS.__contains__)
    assert tuple(piece.text for piece in pieces) == owners
    assert [cell[p.start:p.end] for p in pieces] == [p.text for p in pieces]


# One person holding two posts: a post joined by 'and' or '&' to a designation the profile's `[owner_words]
# designations` name (the statutory officers, the deputy chief executive), in either order, is one owner (OWNER_SHAPES'
# `two_posts`), as the seed's glossary keeps `ACE (S151)`, the Assistant Chief Executive who is the Section 151
# Officer, one owner. Two of these cells read as two owners by their words alone; the pages show one person: West
# Oxfordshire's minutes say the Director of Governance and Regulatory Services and Monitoring Officer "introduced the
# report", and Winchester's Strategic Director holds the Section 151 duty (the Strategic Director introduced the
# budget options, https://democracy.winchester.gov.uk/ieIssueDetails.aspx?IId=9331&Opt=3).
TWO_POSTS = [
    ("Director of Governance and Regulatory Services and Monitoring Officer",
     "https://meetings.westoxon.gov.uk/ieIssueDetails.aspx?IId=6215&Opt=3"),
    ("Strategic Director & Section 151 Officer",
     "https://democracy.winchester.gov.uk/ieIssueDetails.aspx?IId=10508&Opt=3&PlanId=0"),
    ("Assistant Director: Finance and Section 151 Officer", "https://democracy.wirral.gov.uk/mgAi.aspx?ID=38048"),
    ("Head of Finance and Deputy Section 151 Officer", "http://committee.nottinghamcity.gov.uk/mgAi.aspx?ID=54143"),
    ("Director of Governance and Monitoring Officer",
     "https://southribble.moderngov.co.uk/ieIssueDetails.aspx?IId=10229&Opt=3"),
    ("Chief Legal Officer and Monitoring Officer", "https://docest.com/doc/151754/oxfordshire-county-council"),
    # a slash, which parts two owners elsewhere (`Phil/Nick`), parts no posts of one holder
    ("Director of Governance/Monitoring Officer", "https://southribble.moderngov.co.uk/mgAi.aspx?ID=7759"),
    ("Head of Finance & S151 Officer", "made up: the task's example"),
    ("Monitoring Officer & Head of Legal", "made up: the task's example"),
    ("Director of Place & Deputy Chief Executive", "made up: the task's example"),
]


@pytest.mark.parametrize(("cell", "source"), TWO_POSTS)
def test_a_post_joined_to_a_designation_is_one_holder(cell, source):
    assert [(piece.text, piece.shape) for piece in owner_pieces(cell)] == [(cell, "two_posts")], source


# Two designations are two people (the law keeps the Monitoring Officer apart from the Section 151 Officer: the seed's
# self-assessment lists "the Head of Paid Service, Section 151 and Monitoring Officer" as three posts), and so are a
# post and its deputy; a post and another post stay two as before.
STILL_TWO = [
    ("Monitoring Officer & Section 151 Officer", ("Monitoring Officer", "Section 151 Officer")),
    ("Chief Executive & Deputy Chief Executive", ("Chief Executive", "Deputy Chief Executive")),
    ("CLT & Monitoring Officer", ("CLT", "Monitoring Officer")),
    ("Councillor Moss/ The Leader", ("Councillor Moss", "The Leader")),  # no designation: the slash parts them
]


@pytest.mark.parametrize(("cell", "owners"), STILL_TWO)
def test_two_designations_or_a_post_and_its_deputy_stay_two(cell, owners):
    assert tuple(piece.text for piece in owner_pieces(cell)) == owners


# One post under two names: the Section 151 Officer is the council's chief finance officer (the Local Government
# Finance Act 1988 calls the same officer so), and papers print the two names joined; both are designations, which
# alone would keep them two people, but the profile's `[owner_words] post_names` lists them as names of one post: one
# owner. Hambleton's cabinet named "the Section 151 Officer/Chief Finance Officer (the Director of Finance and
# Commercial)" among its three statutory officers; Brentwood's council report appointed "its Chief Finance Officer/
# Section 151 Officer".
HAMBLETON = "https://democracy.hambleton.gov.uk/ieIssueDetails.aspx?IId=13061&PlanId=0&Opt=3"
BRENTWOOD = "https://abcdocz.com/doc/965745/report-template---brentwood-borough-council"
ONE_POST = [
    ("Section 151 Officer/Chief Finance Officer", HAMBLETON),
    ("Chief Finance Officer/ Section 151 Officer", BRENTWOOD),
    ("Chief Finance Officer and Section 151 Officer", "made up: the same names joined by 'and'"),
    ("S151 Officer / Chief Finance Officer", "made up: the short form of the first"),
]


@pytest.mark.parametrize(("cell", "source"), ONE_POST)
def test_two_names_of_one_post_are_one_owner(cell, source):
    assert [(piece.text, piece.shape) for piece in owner_pieces(cell)] == [(cell, "two_posts")], source


def test_one_post_under_two_names_is_known_by_the_name_the_glossary_lists():
    """Resolved by the name the council lists, as a post and a designation are; a third post after them is its own."""
    (piece,) = owner_pieces("Section 151 Officer/Chief Finance Officer", known={"Chief Finance Officer"}.__contains__)
    assert piece.known_as == "Chief Finance Officer"
    cell = "Section 151 Officer/Chief Finance Officer; Monitoring Officer"
    assert [p.text for p in owner_pieces(cell)] == ["Section 151 Officer/Chief Finance Officer", "Monitoring Officer"]


def test_the_holder_is_known_by_the_first_post_the_glossary_knows():
    """Resolved by the post the council lists, the other printed beside it (columns._mention marks `two_posts`)."""
    (piece,) = owner_pieces("Monitoring Officer & Head of Legal", known={"Head of Legal"}.__contains__)
    assert (piece.text, piece.shape, piece.known_as) == ("Monitoring Officer & Head of Legal", "two_posts",
                                                         "Head of Legal")
    (piece,) = owner_pieces("Head of Finance & S151 Officer", known=SEED_KEYS.__contains__)
    assert piece.known_as is None


def test_a_person_with_two_posts_stays_one_owner():
    """Nottingham's `Shabana Kausar, Head of Finance and Deputy Section 151 Officer` (the committee page above)."""
    cell = "Shabana Kausar, Head of Finance and Deputy Section 151 Officer"
    assert [(p.text, p.shape) for p in owner_pieces(cell)] == [(cell, "person_with_post")]


# A body the profile's `[owner_words] body_names` lists, printed with '&' or 'and' and no body word, is one owner, alone
# or inside a longer name, not two owners ('Overview', 'Scrutiny').
BODY_NAMES = [
    ("Overview & Scrutiny", "made up: the task's example"),
    ("Policy and Resources", "made up, less its body word: Maidstone's Policy and Resources Committee (the search "
     "store's maidstone.gov.uk page of the Strategic Plan 2015-20, 2018-19 Update)"),
    ("Policy & Resources", "made up: the task's example"),
    ("Social & Health Care Overview & Scrutiny Committee",
     "https://committeemeetings.flintshire.gov.uk/ieIssueDetails.aspx?IId=35639&Opt=3&LLL=0"),
    ("Overview & Scrutiny Facilitator",
     "https://committeemeetings.flintshire.gov.uk/ieIssueDetails.aspx?IId=35639&Opt=3&LLL=0 (a Facilitator of it)"),
    ("Audit & Standards", "made up: the task's example, less its body word"),
]


@pytest.mark.parametrize(("cell", "source"), BODY_NAMES)
def test_a_body_named_with_a_join_is_one_owner(cell, source):
    assert [piece.text for piece in owner_pieces(cell)] == [cell], source


def test_a_body_name_ends_a_list_as_an_owner_of_its_own():
    """A comma list closed by a body's name is no one body (body_list) but its owners."""
    assert [p.text for p in owner_pieces("Council, Overview & Scrutiny")] == ["Council", "Overview & Scrutiny"]


# An '&' between two single letters, unspaced, is a letter of one initialism: the seed's self-assessment prints the
# Standards and Audit Committee as `S&A` ("approved at S&A Cttee in May 2023", samples/004_d0d661fda207b69c.txt:229)
# and `O&S` is the same form: one owner each, not two ('S', 'A Cttee').
INITIALISMS = [
    ("S&A Cttee", ("S&A Cttee",)),
    ("O&S", ("O&S",)),
    ("O&S, CLT", ("O&S", "CLT")),
    ("HoS&HoF", ("HoS", "HoF")),  # longer initialisms: two owners, as before
]


@pytest.mark.parametrize(("cell", "owners"), INITIALISMS)
def test_an_ampersand_between_single_letters_is_part_of_one_initialism(cell, owners):
    assert tuple(piece.text for piece in owner_pieces(cell)) == owners
