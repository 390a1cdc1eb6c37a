"""The profile's phrases of a title under which a bare list is a plan (generic.toml `[document_words] plan_titles`;
ingest/plan_title.py, asked by ingest/headed_list.py): each printed on a real title line, and where a sample's list
is read only for its title, the list read with the phrase and refused without it, so that the phrases kept in code
again would fail these tests; and a council's own profile adds its own (`Corporate Plan`).

Samples and fixtures were searched by reading every .txt with each phrase taken out of the list in turn: only
`action plan` (Kingston's, the Isle of Wight's and Southend's plans) and `delivery plan` (Belfast's) changed a
reading; the other samples' lists are read by another reader first or under headings that are all times
(Boroondara's). The other phrases' lines are their titles' lines in samples, fixtures and pages of the search store
(corpus `pages`, 5 December 2026).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from council_actions.ingest import read_document
from council_actions.ingest.headed_list import read_headed_list
from council_actions.ingest.plan_title import plan_title

from council_actions.profile import load_profile
from tests.conftest import ROOT

GENERIC = load_profile("generic")
WORDS = GENERIC.document_words
OTHER = "samples/other_councils"

# Each phrase: a file printing it (None: a page of the search store) and its title line printing it.
TITLE_LINES = {
    "action plan": (f"{OTHER}/kingston_ags_action_plan_2012_13.txt", "Action plan summary - 2012/13"),
    "improvement plan": (f"{OTHER}/forest_of_dean_improvement_plan_2004.txt", "IMPROVEMENT PLAN"),
    "delivery plan": (f"{OTHER}/belfast_annual_delivery_plan_2024_25_our_services.txt",
                      "Annual Delivery Plan 2024 - 2025"),
    # democracy.warwickshire.gov.uk/ieDecisionDetails.aspx?ID=368, Warwickshire County Council's Cabinet decision of
    # 28 January 2021, its title (query `Recovery Plan actions council covid-19 recovery plan priorities`)
    "recovery plan": (None, "Council's COVID-19 Recovery Plan"),
    # City of York Council's decision of 21 July 2009 (tests/fixtures/two_columns/SOURCES.md): the phrase is printed
    # in no title without another (`Improvement Plan` here; searches of the pages corpus: `Key actions 2024/25
    # council bullet list heading "Key actions"` found it only in sentences)
    "key actions": ("tests/fixtures/two_columns/york_improvement_plan_key_actions_decision_2009.txt",
                    "Improvement Plan Key Actions and Milestones"),
    "timeline for action": (f"{OTHER}/boroondara_cx_timeline_for_action_2014.txt",
                            "We developed a high-level timeline for action based on our prioritisation of initiatives"),
    "change plan": (f"{OTHER}/iow_change_plan_timeline_2005_06_paragraphs.txt",
                    "Change Plan Timeline September 2005 to April 2006"),
    "priorities and actions": (f"{OTHER}/north_tyneside_domestic_abuse_strategy_2024_27_priorities.txt",
                               "Strategic Priorities and Actions 2024 - 2027"),
    # a Northern Ireland council's statutory objectives and the projects under them (newplan25)
    "improvement objectives": (f"{OTHER}/lisburn_castlereagh_performance_improvement_objectives_2025_26.txt",
                               "The proposed Performance Improvement Objectives & projects for 2025/26 are:"),
}
# Each sample whose list reads as a plan only for the phrase in its title.
DECIDING = {
    "action plan": ("kingston_ags_action_plan_2012_13.txt", "iow_bv_action_plan_2002.txt",
                    "southend_foi_practice_recommendation_2024.txt"),
    "delivery plan": ("belfast_annual_delivery_plan_2024_25_our_services.txt",),
    "priorities and actions": ("north_tyneside_domestic_abuse_strategy_2024_27_priorities.txt",),
    "improvement objectives": ("lisburn_castlereagh_performance_improvement_objectives_2025_26.txt",),
}


def test_every_phrase_has_its_title_line():
    assert list(TITLE_LINES) == list(WORDS.plan_titles)
    for path, line in TITLE_LINES.values():
        assert path is None or line in (ROOT / path).read_text(encoding="utf-8")


@pytest.mark.parametrize("phrase", list(TITLE_LINES))
def test_the_phrase_titles_a_plan_and_the_line_holds_no_other(phrase):
    """The phrase alone reads its line as a plan's title; the other phrases read it so only where it prints one of
    them too (York's, named above)."""
    line = TITLE_LINES[phrase][1]
    assert plan_title(replace(WORDS, plan_titles=(phrase,))).search(line)
    others = replace(WORDS, plan_titles=tuple(other for other in WORDS.plan_titles if other != phrase))
    assert bool(plan_title(others).search(line)) == (phrase == "key actions")


@pytest.mark.parametrize("phrase, name", [(phrase, name) for phrase, names in DECIDING.items() for name in names])
def test_a_list_under_the_phrase_is_a_plan_and_without_it_none(phrase, name):
    lines = list(read_document(ROOT / OTHER / name).iter_lines())
    role_of, status_of = GENERIC.roles.role_of, GENERIC.roles.status_of
    assert read_headed_list(lines, role_of, status_of, WORDS) is not None
    without = replace(WORDS, plan_titles=tuple(other for other in WORDS.plan_titles if other != phrase))
    assert read_headed_list(lines, role_of, status_of, without) is None


def test_no_words_is_the_generic_profiles():
    assert plan_title(None) is plan_title(WORDS)


def test_a_council_profile_adds_a_title(tmp_path):
    """A council titling its plans otherwise adds the phrase (`Corporate Plan 2018-22`, the City and County of
    Swansea's page www.swansea.gov.uk/corporateplan2018-22?lang=en, query `City and County of Swansea council
    corporate plan`): the generic profile reads no plan title there."""
    path = tmp_path / "swansea.toml"
    path.write_text("[document_words]\nplan_titles = ['corporate plan']\n", encoding="utf-8")
    words = load_profile(str(path)).document_words
    assert words.plan_titles[0] == "corporate plan" and set(WORDS.plan_titles) < set(words.plan_titles)
    assert plan_title(WORDS).search("Corporate Plan 2018-22") is None
    assert plan_title(words).search("Corporate Plan 2018-22")
