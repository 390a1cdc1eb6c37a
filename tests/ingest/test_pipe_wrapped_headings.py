"""A table saved a cell a line, each cell ended by a `|`, whose headings break over lines as its cells do
(ingest/pipe_wrapped.py): the Isle of Wight's Planning Services business plan, 2005, its sheet `Introduction of a
design award` (samples/other_councils/SOURCES.md), checked against its text by hand."""

from __future__ import annotations

from council_actions.ingest.pipe_wrapped import cell_lines, read_wrapped_header_cells

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT
from tests.ingest.test_pipe_header import lines_of

SAMPLE = ROOT / "samples" / "other_councils" / "iow_planning_business_plan_2005_design_award.txt"
HEADINGS = ["Action", "Resp.", "Implementation Date", "Budget £ (000)", "Outcome Measure", "Monitored By",
            "How outcome is to be achieved and measured", "Benefits & Risks", "Local PI", "PDP", "Training Requirement"]


def test_the_headings_broken_over_lines_are_the_header_and_the_title_above_them_a_section():
    """Lines 3-18 are the eleven headings, five of them over two lines (`Outcome` / `Measure |`); lines 1-2 the
    sheet's title in a cell of its own, no heading but the section over the rows; each row is eleven cells (lines
    19-39, 40-61, 62-80) and the eleven bare `|` under them an empty row, no action."""
    processed = process(SAMPLE, load_profile("generic"), None)
    document = processed.document
    assert document.rendering == "pipe"
    assert [c.heading for c in document.columns] == HEADINGS
    layouts = {line.number: line.layout for line in document.iter_lines()}
    assert [layouts[n] for n in (1, 2)] == [None, None]
    assert all(layouts[n] == "header" for n in range(3, 19))
    assert [(a.action, a.owner_raw, a.timeline_raw, a.span.line_start, a.span.line_end)
            for a in processed.parsed.actions] == [
        ("Establish an annual design award scheme", "CDTL", "Apr-05 to Jun-06", 19, 39),
        ("Arrange training for staff and elected members in design / sustainability issues", "AC, CDTL", "Oct-05",
         40, 61),
        ("Establish goals and priorities for the Conservation team.", "AC, AA", "Aug-05", 62, 80)]
    assert {h.text for a in processed.parsed.actions for h in a.sections} == {"Introduction of a design award"}
    assert [(b.text, b.span.line_start, b.span.line_end) for b in processed.parsed.boilerplate
            if b.kind == "section_heading"] == [("Introduction of a design\naward |", 1, 2)]  # parsers/heading_runs.py
    assert not [i for i in processed.parsed.issues if i.code == "unplaced_text"]


def test_a_cell_is_the_lines_up_to_the_one_its_pipe_closes():
    lines = lines_of("Introduction of a design", "award |", "Action |", "Outcome", "Measure |", "|", "Ref | Item |")
    assert cell_lines(lines) == [range(0, 2), range(2, 3), range(3, 5), range(5, 6)]  # a row the pipes mark ends them


def test_a_heading_no_rule_knows_ends_the_header_so_the_table_is_left_to_the_other_readers():
    """Made-up text: the rules know `Action`, `Lead officer` and `Target date` but not `Frobnication Index`, printed
    over two lines between them: the run of known headings before it is too short, the run after it holds no action,
    and nothing is guessed."""
    role_of = load_profile("generic").roles.role_of
    known = lines_of("Action |", "Lead", "officer |", "Target date |", "Review the register |", "Head of Audit |",
                   "March 2026 |")
    layout = read_wrapped_header_cells(known, role_of)
    assert layout is not None and [c.heading for c in layout.columns] == ["Action", "Lead officer", "Target date"]
    unknown = lines_of("Action |", "Frobnication", "Index |", "Lead", "officer |", "Target date |",
                     "Review the register |", "Head of Audit |", "Nil |", "March 2026 |")
    assert read_wrapped_header_cells(unknown, role_of) is None


def test_a_header_of_one_line_cells_is_left_to_the_one_line_readers():
    """No heading broken over lines: the readers of one-line headings read the table (they tolerate a heading no
    rule knows), so this one reads nothing and no table they read is read twice."""
    role_of = load_profile("generic").roles.role_of
    lines = lines_of("Action |", "Lead officer |", "Target date |", "Review the register |", "Head of Audit |",
                   "March 2026 |")
    assert read_wrapped_header_cells(lines, role_of) is None
