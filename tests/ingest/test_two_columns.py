"""The two-column fixed-width reader (ingest/two_columns.py): the docstoc housing service improvement plan is read in
its two columns and its cells' labelled fields; real prose under a header that meets the heading rule is not.

Each rule of EVIDENCE is asserted on real lines, where it holds and where it refuses: on the plan, every rule holds
(one line of fifteen crosses the gap, the objective printed over the page's width); on York's decision page (prose
lines with a wide gap after their labels, `REASON:      To establish ...`, under the plan's header line) the gap and
the plan refuse. Maidstone's AGS action plan 2015-16 prints `Action  Update`, headings the rules know, two spaces
apart: no header.
"""

from __future__ import annotations

import pytest
from council_actions.ingest.model import Line
from council_actions.ingest.text import read_text
from council_actions.ingest.two_column_gap import EVIDENCE, Candidate, candidate, headings_known
from council_actions.ingest.two_columns import read_two_columns

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, SAMPLES

PLAN = FIXTURES / "sections" / "housing_service_improvement_plan_2006_09_docstoc.txt"
AGS = SAMPLES / "other_councils" / "maidstone_ags_2015_16.txt"
YORK = FIXTURES / "two_columns" / "york_improvement_plan_key_actions_decision_2009.txt"
PROFILES = ("generic", "runnymede")


def _lines(text: str) -> list[Line]:
    return list(read_text(text.encode(), "t.txt", text).iter_lines())


def _verdicts(table: Candidate, profile: str) -> dict[str, bool]:
    role_of = load_profile(profile).roles.role_of
    return {rule.name: rule.holds(table, role_of) for rule in EVIDENCE}


@pytest.mark.parametrize("profile", PROFILES)
def test_plan_meets_every_rule(profile):
    role_of = load_profile(profile).roles.role_of
    table = candidate(_lines(PLAN.read_text(encoding="utf-8")), role_of)
    assert table is not None
    assert (table.headings, table.roles) == (("Action & Milestones", "Success Measures & Targets"), ("action", "notes"))
    assert (table.below, len(table.crossing), table.beside, table.rows, table.opened_by_action) == (15, 1, 13, 2, 2)
    assert table.labels == ("Success Measures", "Milestones", "Targets")
    assert _verdicts(table, profile) == {"gap": True, "plan": True, "rows": True}


def test_plan_cells_go_to_their_columns_and_label_fields():
    layout = read_two_columns(_lines(PLAN.read_text(encoding="utf-8")), load_profile("generic").roles.role_of)
    assert layout is not None and layout.rendering == "fixed_width"
    assert [c.heading for c in layout.columns] == ["Action & Milestones", "Success Measures & Targets", "(ref)",
                                                   "Success Measures", "Milestones", "Targets"]
    by_number = {line.number: line for line in layout.lines}
    assert [by_number[n].layout for n in (5, 7, 8, 15, 16, 18, 20)] == [
        "header", "row_start", "row", None, None, "header", "row_start"]  # the theme and objective: no row's
    assert [(c.column, c.text) for c in by_number[20].cells] == [
        (2, "2.1"), (0, "Offer new financial packages for property owners i.e. loans")]  # its number the reference
    # `Success Measures:` (line 7) and `Milestones:` (line 9) move each column's lines below to their fields, each
    # item's `o` taken off (a writer's break), a line under an item its wrap
    assert [(c.column, c.text, c.line_break) for c in by_number[8].cells] == [
        (0, "partner Tees Valley Local Authorities.", False),
        (3, "Partnership working with planning colleagues and private", True)]
    assert [(c.column, c.text, c.line_break) for c in by_number[10].cells] == [
        (4, "Monthly progress meetings with Local Authority partners and", True), (3, "levels in the Borough.", False)]
    assert [(c.column, c.text, c.line_break) for c in by_number[11].cells] == [(4, "appointed consultant.", False)]
    assert by_number[22].cells == ()  # `Milestones:` beside `Targets:`: both labels, no cell


def test_headings_two_spaces_apart_over_prose_are_no_header():
    """Maidstone's `Action  Update` (its headings printed one cell a line, two of them on one line): both headings
    known, one the action, but two spaces part them, not GAP: no column's gap runs under them."""
    role_of = load_profile("generic").roles.role_of
    lines = _lines(AGS.read_text(encoding="utf-8"))
    assert lines[2].text == "Action  Update" and headings_known((role_of("Action"), role_of("Update")))
    assert candidate(lines, role_of) is None
    assert read_two_columns(lines, role_of) is None
    assert process(AGS, load_profile("generic"), None).document.rendering == "cell_lines"  # as before


@pytest.mark.parametrize("profile", PROFILES)
def test_prose_with_a_wide_gap_under_a_two_column_header_is_no_table(profile):
    """York's decision page as stored, under the plan's own header line (both real, neither edited): the header meets
    the heading rule, and its prose lines, a wide gap after each label (`REASON:      To establish ...`), are no
    rows. Alone, the page has no header at all."""
    role_of = load_profile(profile).roles.role_of
    york = YORK.read_text(encoding="utf-8")
    header = PLAN.read_text(encoding="utf-8").splitlines()[4]
    assert candidate(_lines(york), role_of) is None
    lines = _lines(f"{header}\n\n{york}")
    table = candidate(lines, role_of)
    assert table is not None
    # half the lines cross the gap; the four that do not (the page's title lines, `Back to the top of the page`) are
    # rows of one column, opening on the left as rows do, but no label makes a plan of them
    assert (table.below, len(table.crossing), table.beside, table.rows) == (8, 4, 0, 4)
    assert _verdicts(table, profile) == {"gap": False, "plan": False, "rows": True}
    assert read_two_columns(lines, role_of) is None
