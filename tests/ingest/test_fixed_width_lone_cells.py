"""A line standing alone left of a bulleted fixed-width table's bullets: a heading of the rows under it, or a cell of
its column set lower than its row's first line (ingest/fixed_width.cell_alone).

Forest of Dean's Improvement Plan (2004, samples/other_councils/, address in SOURCES.md) prints its actions as
bullets in its first column and heads them with capitals lines left of the bullets (`VISION AND AMBITION`), so
a line of one run printed left of the bullets may be such a heading. Where a plan prints its lead and status
columns left of a bulleted action column, a lead or status cell set lower than its row's first line stands alone
there too: it is its row's cell, not a heading over every row below (the owner and the status lost to the row). The
table below is Forest of Dean's first rows (actions, leads and target dates as printed) with a status column
holding the words of Maidstone's key to its action statuses (maidstone_corporate_improvement_plan_2010.txt, lines
14, 16 and 18: `Not Started`, `In Progress`, `Completed`); the lone lead `HR TEAM` and the lone `NOT STARTED` are the
examples of the shape: no real plan of that shape was found in samples/ or by searches of the
`pages` corpus (bulleted action plans with lead and status columns).
"""

from __future__ import annotations

import pytest
from council_actions.ingest.fixed_width import cell_alone
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

FOREST = SAMPLES / "other_councils" / "forest_of_dean_improvement_plan_2004.txt"
TABLE = """\
                                     IMPROVEMENT PLAN

Lead Officer(s)   Status          Action                                                       Target Date
VISION AND AMBITION
MT/Leaders        In Progress     • Develop a long term vision for the District with Member    Sept 04
                                    leadership
                                  • Ensure vision is universally owned by staff and Members    Dec 04
HR TEAM
                  NOT STARTED
CMG               Completed       • Encourage involvement at regional and national meetings    Ongoing
                                  • Promote national and regional recognition of achievements  Ongoing
"""
PROFILES = ["default", "generic"]


def _profile(name: str):
    return load_profile(None if name == "default" else name)


@pytest.mark.parametrize("profile", PROFILES)
def test_a_lone_owner_or_status_is_its_rows_cell_not_a_heading(tmp_path, profile):
    path = tmp_path / "lone_cells.txt"
    path.write_text(TABLE, encoding="utf-8")
    actions = process(path, _profile(profile), ReferenceDates()).parsed.actions
    assert [(a.action[:28], [s.text for s in a.sections], a.owner_raw, a.status) for a in actions] == [
        ("Develop a long term vision f", ["VISION AND AMBITION"], "MT/Leaders", "on_track"),
        # its owner and status set lower than its first line: its own, not headings of the rows below them
        ("Ensure vision is universally", ["VISION AND AMBITION"], "HR TEAM", "not_started"),
        ("Encourage involvement at reg", ["VISION AND AMBITION"], "CMG", "complete"),
        ("Promote national and regiona", ["VISION AND AMBITION"], None, None),
    ]


@pytest.mark.parametrize("profile", PROFILES)
def test_forest_of_deans_capitals_lines_still_head_their_rows(profile):
    actions = process(FOREST, _profile(profile), ReferenceDates()).parsed.actions
    assert [(a.action[:24], [s.text for s in a.sections]) for a in actions] == [
        ("Develop a long term visi", ["VISION AND AMBITION"]),
        ("Ensure vision is univers", ["VISION AND AMBITION"]),
        ("Encourage involvement at", ["VISION AND AMBITION"]),
        ("Promote national and reg", ["VISION AND AMBITION"]),
        ("Identify priorities/non-", ["CORPORATE PLAN - BUILDING BLOCKS"]),
        ("Review commitment to Cus", ["CORPORATE PLAN - BUILDING BLOCKS"]),
        ("Conduct capacity plannin", ["CORPORATE PLAN - BUILDING BLOCKS"]),
    ]


@pytest.mark.parametrize(("text", "is_cell"), [
    ("HR TEAM", True),  # a body: `team`, an owner word of both profiles
    ("NOT STARTED", True),  # a status by both profiles' rules
    ("Not Started", True),  # Maidstone's key, as printed
    ("VISION AND AMBITION", False),  # Forest of Dean's headings, lines 11 and 16
    ("CORPORATE PLAN - BUILDING BLOCKS", False),
])
@pytest.mark.parametrize("profile", PROFILES)
def test_what_a_cell_holds_alone_by_the_profiles_words(profile, text, is_cell):
    words = _profile(profile)
    assert cell_alone(words.owner_words, words.roles.status_of)(text) is is_cell
