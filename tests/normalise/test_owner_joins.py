"""`&` and 'and' in an owner cell: inside one body's or post's name they part nothing, between two owners they part them
(normalise/owner_split.py: `&` joins as 'and' does, read by the same rules; OWNER_SHAPES' `and_joined` and `post`).

Before, `&` was a hard separator, so Maidstone's `Planning & Environment Directorate Change; Sue Whiteside` came out
as three owners (`Planning`, `Environment Directorate Change`, Sue Whiteside), as did every `&` inside a name. The
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
]

# Two owners or more: the join stands before a new post's opening word, an initialism, or after a name that is whole.
OWNERS = [
    # `&`
    ("Clerk & Councillors", ("Clerk", "Councillors"), f"{NEWTON}:13"),
    ("Strategic Director & Section 151 Officer", ("Strategic Director", "Section 151 Officer"),
     "https://democracy.winchester.gov.uk/ieIssueDetails.aspx?IId=10508&Opt=3&PlanId=0"),
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
    ("Chief Executive and Director of Customer and Community Services",
     ("Chief Executive", "Director of Customer and Community Services"),
     "http://democracy.eastherts.gov.uk/ieIssueDetails.aspx?IId=9403&J=131&Opt=3"),
    ("Director of Governance and Regulatory Services and Monitoring Officer",
     ("Director of Governance and Regulatory Services", "Monitoring Officer"),
     "https://meetings.westoxon.gov.uk/ieIssueDetails.aspx?IId=6215&Opt=3"),
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
