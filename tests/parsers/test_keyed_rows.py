"""The role-based table reader's rule tables, each rule shown on an example it must take: where a keyed row opens
another action (marked_rows.ACTION_STARTS), when a table is keyed by its codes at all (marked_rows.KEYED_BY), and what a set of a row's values is (row_kinds.ROW_KINDS). A rule
without an example here, or an example its rule does not take, fails.

The ACTION_STARTS examples are lines of Runnymede's plan as printed (tests/golden/runnymede_plan.json pairs them),
with the layout evidence the reader has: a PDF's paragraph gaps (`paragraph_start`), none for text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from council_actions.ingest.model import Cell, Span
from council_actions.parsers.marked_rows import ACTION_STARTS, KEYED_BY, _Line
from council_actions.parsers.row_kinds import ROW_KINDS

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, PLAN, SAMPLES

OTHER_COUNCILS = SAMPLES / "other_councils"
WHERE = Span(None, 1, 1, 0, 1)


def _line(text: str, above: str, beside: bool | None, answers: bool, gap: bool | None = None) -> _Line:
    return _Line(Cell(3, text, WHERE, paragraph_start=gap), above, beside, answers)


ACTION_START_EXAMPLES = {
    # CI003 (PDF): a paragraph gap, and `HoBPP, Q1 25/26` opening beside it
    "paragraph": _line("Plan and prepare for follow-up CPC visit in Q2 2025/26.", "ahead of the CPC in 2024.", True,
                       False, gap=True),
    # R002 (PDF): a paragraph gap, no allocation beside it, but its own opportunity (`Workforce plans are not ...`)
    "paragraph_answering": _line("Development of workforce planning is in the HR & OD SAP", "outcomes required.",
                                 False, True, gap=True),
    # R001 (text): `areas.` ended the action above, and `CHoF, HoBPPP, Q1` opens beside
    "sentence": _line("Build budget challenge into the annual Business and", "service areas.", True, True),
    # R002 (text): no allocation beside, the opportunity beside starts a new sentence
    "sentence_answering": _line("Development of workforce planning is in the HR & OD SAP", "outcomes required.",
                                False, True),
}
NO_ACTION_STARTS = {
    # L009: an update note reports on the action above, whatever opens beside it
    "update_note": _line("Update: 10/9/24 - survey to be reissued.", "analysed in Q2 2024.", False, True),
    # a PDF's line that goes on in its paragraph, though text alone would read a new sentence
    "no_gap": _line("Check consistency across all other", "service areas.", True, True, gap=False),
    # text: the sentence goes on in lower case
    "goes_on": _line("for delivery in 24/25.", "the HR & OD SAP", True, True),
}


def test_every_action_start_has_an_example():
    assert list(ACTION_START_EXAMPLES) == [rule.name for rule in ACTION_STARTS]


@pytest.mark.parametrize("rule", ACTION_STARTS, ids=lambda rule: rule.name)
def test_action_start_takes_its_example(rule):
    assert rule.decide(ACTION_START_EXAMPLES[rule.name])


@pytest.mark.parametrize("example", NO_ACTION_STARTS)
def test_no_action_start_takes_a_line_that_goes_on(example):
    assert not [rule.name for rule in ACTION_STARTS if rule.decide(NO_ACTION_STARTS[example])]


CODE = (None, Cell(1, "Appropriate processes are in place", WHERE), ("C007", WHERE))  # a line opening with a code
KEYED_EXAMPLES = {
    # the seed plan: a code on many lines, the first line of the table (the introduction's last) none
    "codes": [None, CODE, None, None, CODE],
    # plan_rows/near_identical.txt: one characteristic's row, its code on the table's first line
    "first_row": [CODE, None, None],
}
# one code further down, the first line none: a heading or a cross-reference, not the table's key
NOT_KEYED = [None, None, CODE, None]


def test_every_keyed_rule_has_an_example():
    assert list(KEYED_EXAMPLES) == [rule.name for rule in KEYED_BY]


@pytest.mark.parametrize("rule", KEYED_BY, ids=lambda rule: rule.name)
def test_keyed_rule_takes_its_example(rule):
    assert rule.decide(KEYED_EXAMPLES[rule.name])
    assert [other.name for other in KEYED_BY if other.decide(KEYED_EXAMPLES[rule.name])] == [rule.name]


def test_one_code_below_the_first_line_keys_no_table():
    assert not [rule.name for rule in KEYED_BY if rule.decide(NOT_KEYED)]


OTHER_TEXT_ONLY = """Action plan
Action | Lead officer | Target date | Budget | Savings |
Publish the register of interests. | Head of Legal | March 2025 | Within budget | 0 |
 |  |  |  | See the appendix |
Review the scheme of delegation. | Head of Legal | June 2025 | Within budget | 0 |
"""

HEAD_AND_BARE = """Improvement plan

Ref\tAction\tLead officer\tDue date
1\tPublish the register of interests.\tHead of Legal\tMarch 2025
2\t\tHead of Finance\tJune 2025
"""


def _read(path: Path):
    return process(path, load_profile("generic"), None).parsed


def _kind_taken(name: str, tmp_path: Path) -> list[int]:
    """The first lines of the rows the ROW_KINDS rule `name` read in its example, by what it leaves behind."""
    if name == "group_heading":  # `2 | Department's Working Style` over `2.1 | ...`
        parsed = _read(OTHER_COUNCILS / "iow_bv_schedule_2002.txt")
        return [b.span.line_start for b in parsed.boilerplate if b.kind == "group_heading"]
    if name == "part_heading":  # Waverley's `TARGET 1: ...` row over its bullets, every other cell empty
        parsed = _read(OTHER_COUNCILS / "waverley_voids_improvement_plan_progress_2003.txt")
        return [b.span.line_start for b in parsed.boilerplate if b.kind == "section_heading"]
    if name == "listed_item":  # Kent's seven services under `... include:`, in that action's span to the last one
        parsed = _read(FIXTURES / "other_councils" / "published" / "kent_ics_priorities_2025_get_social_prescribing.pdf")
        return [a.span.line_end for a in parsed.actions if a.action.endswith(":")]
    if name == "row_of_other_text":  # made-up: a note under `Savings` alone on its row (kept, not lost unsaid)
        path = tmp_path / "plan.txt"
        path.write_text(OTHER_TEXT_ONLY, encoding="utf-8")
        return [i.span.line_start for i in _read(path).issues if i.code == "row_without_action"]
    if name == "action":
        return sorted({a.span.line_start for a in _read(OTHER_COUNCILS / "iow_bv_schedule_2002.txt").actions})[:1]
    if name == "finding":  # Southend: the recommendation under `Section A`, held by the first action under it
        actions = _read(OTHER_COUNCILS / "southend_foi_practice_recommendation_2024.txt").actions
        return [a.span.line_start for a in actions if a.opportunity][:1]
    if name == "bare_allocation":  # L003: `CEX, CHoLG` and no recommendation
        return [i.span.line_start for i in _read(PLAN).issues if i.code == "allocation_without_recommendation"]
    if name == "keyed_without_action":  # theme 2's: L007, L010, L011 print `No gaps identified.` and no action
        return [i.span.line_start for i in _read(PLAN).issues if i.code == "keyed_row_without_action"
                and i.element_id.startswith("L")]
    if name == "opportunity_without_action":  # the LGA's R3 runs its action into its recommendation's line
        parsed = _read(OTHER_COUNCILS / "lga_corporate_peer_challenge_action_plan_2023.txt")
        return [i.span.line_start for i in parsed.issues if i.code == "keyed_row_without_action"]
    if name == "empty_row":  # the Isle of Wight's design award sheet ends on a row of eleven bare `|` (lines 81-91)
        parsed = _read(OTHER_COUNCILS / "iow_planning_business_plan_2005_design_award.txt")
        return [(b.span.line_start, b.span.line_end) for b in parsed.boilerplate if b.kind == "rule"]
    path = tmp_path / "plan.txt"  # row_without_action: a row of an unkeyed table with an owner and no action
    path.write_text(HEAD_AND_BARE, encoding="utf-8")
    return [i.span.line_start for i in _read(path).issues if i.code == "row_without_action"]


KIND_EXAMPLES = {"group_heading": [5, 9], "part_heading": [4], "listed_item": [25], "action": [6], "finding": [21],
                 "bare_allocation": [155], "row_without_action": [5], "keyed_without_action": [182, 194, 202],
                 "opportunity_without_action": [22], "row_of_other_text": [4], "empty_row": [(81, 91)]}


def test_every_row_kind_has_an_example():
    assert list(KIND_EXAMPLES) == [kind.name for kind in ROW_KINDS]


@pytest.mark.parametrize("kind", ROW_KINDS, ids=lambda kind: kind.name)
def test_row_kind_takes_its_example(kind, tmp_path):
    assert _kind_taken(kind.name, tmp_path) == KIND_EXAMPLES[kind.name]
