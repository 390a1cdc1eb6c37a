"""A group's name in capitals on a plan table's row of its own heads the rows under it (parsers/group_names.py).

Waverley's Day-to-Day Repairs plan (2003, a pipe table) heads its rows by `TARGET 2: ...` over three bullets; here
that heading (lines 3-6) is replaced by real lines in capitals that other real tables print in that place or
that are no group's name: each stands on a row of its own, every cell but the action's empty, as the Isle of
Wight's CPA housing improvement plan (2004, corpus `pages`: `IMPROVE ACCESS TO SERVICES AND HELP FOR HOMELESS
APPLICANTS`, a row inside its table over action 1) prints its group's name.
"""

from __future__ import annotations

import pytest
from council_actions.normalise import ReferenceDates
from council_actions.parsers.group_names import NOT_A_GROUP, names_group
from council_actions.parsers.table_action import TableReading

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

GENERIC = load_profile("generic")
REPAIRS = ROOT / "samples" / "other_councils" / "waverley_day_to_day_repairs_improvement_plan_progress_2003.txt"
TARGET_2 = slice(2, 6)  # lines 3-6: `TARGET 2: ...` and its three bullets, one row
ROW_TAIL = " |  |  |  |  |  |  |"

# Names in capitals heading the rows under them, whatever their number of words.
GROUPS = [
    # the Isle of Wight's CPA housing improvement plan (Paper F, appendix 1, 19 February 2004), its first group
    "IMPROVE ACCESS TO SERVICES AND HELP FOR HOMELESS APPLICANTS",
    # the name Waverley's report prints in capitals for this plan (`... HOUSING: DAY-TO-DAY REPAIRS IMPROVEMENT
    # PLAN`, samples/other_councils/SOURCES.md): two words, `repairs` printed in lower case in the rows
    "DAY-TO-DAY REPAIRS",
]
# Lines in capitals that are no group's name: each stays what it is (an action's row).
NOT_GROUPS = [
    ("NOT STARTED", "status"),  # a status word in capitals (Maidstone's key to its statuses prints `Not Started`)
    ("HEAD OF PAID SERVICE", "owner"),  # the Isle of Wight's district audit letter (2002), line 45: a post
    ("HR TEAM", "owner"),  # a body: `team`, a word of the profile's owner words
    ("ALAN KAYE", "proper_name"),  # the same letter, line 43: a person's name in capitals
    ("SEBASTIAN DUNCAN", "proper_name"),  # the Use of Resources action plan 2005/06: an officer in capitals
    ("TREE ACTION PLAN", "title"),  # Brighton & Hove's tree action plan, line 1: a document's title
]


def _read(tmp_path, heading: str):
    lines = REPAIRS.read_text(encoding="utf-8").split("\n")
    lines[TARGET_2] = [heading + ROW_TAIL]
    path = tmp_path / REPAIRS.name
    path.write_text("\n".join(lines), encoding="utf-8")
    return process(path, GENERIC, ReferenceDates())


def _reading(processed) -> TableReading:
    """A table's reading of the document, for the rules' own look at it (the words it prints in lower case)."""
    return TableReading(processed.document, GENERIC, [], None, [], [], [])  # type: ignore[arg-type]


@pytest.mark.parametrize("heading", GROUPS)
def test_a_name_in_capitals_on_a_row_of_its_own_heads_the_rows_under_it(tmp_path, heading):
    parsed = _read(tmp_path, heading).parsed
    assert [a.action[:30] for a in parsed.actions] == [
        "Identify customer profile and ", "Investigate feasibility of dev", "Develop code of practice for s",
        "Develop and enhance appointmen", "Introduce systems for paying c"]  # the heading is no sixth
    assert {tuple(s.text for s in a.sections) for a in parsed.actions} == {(heading,)}
    assert [(b.kind, b.span.line_start) for b in parsed.boilerplate if b.kind == "section_heading"] == [
        ("section_heading", 3)]


@pytest.mark.parametrize(("heading", "rule"), NOT_GROUPS)
def test_a_status_an_owner_a_name_or_a_title_in_capitals_heads_nothing(tmp_path, heading, rule):
    processed = _read(tmp_path, heading)
    assert [a.action for a in processed.parsed.actions][:1] == [heading]  # an action's row, as before
    assert not any(a.sections for a in processed.parsed.actions)
    assert [r.name for r in NOT_A_GROUP if r.is_one(heading, _reading(processed))][:1] == [rule]


@pytest.mark.parametrize("rule", NOT_A_GROUP, ids=lambda r: r.name)
def test_each_rule_tells_its_example(rule, tmp_path):
    assert not names_group(rule.example, _reading(_read(tmp_path, rule.example)))
