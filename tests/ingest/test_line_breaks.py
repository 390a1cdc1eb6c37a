"""Which line breaks in fixed-width text are the writer's (ingest/line_breaks.py), over a whole real table: the
Waverley CPA improvement plan as pdftotext prints it from Chromium's PDF. The verdicts on single lines are in
tests/golden/test_other_layouts.py; the actions they give are compared with the hand-checked rows there."""

from __future__ import annotations

from collections import Counter

from council_actions.ingest import fixed_width, line_breaks, read_document

from council_actions.profile import load_profile
from tests.conftest import FIXTURES

WAVERLEY = FIXTURES / "other_councils" / "pdf" / "waverley_cpa_improvement_plan_2004_chromium.txt"


def test_line_breaks_over_waverleys_table(monkeypatch):
    """The writer's own breaks found: three bullets of the Action column (column 3), and in the When? column (5)
    a line the line above had room for ('Measures in place' after 'Annexe 2).', 'NB see first quarter' after
    'Committee') or one after a line closing on a date ('By end 2005/06', 'See also progress', 'Phase 2
    provisional'). Every other line that goes on a cell wrapped or is a tie (None), and a row's first line has no
    line above it in its row."""
    marked = []

    def keep(lines):
        marked.extend(line_breaks.mark_line_breaks(lines))
        return marked

    monkeypatch.setattr(fixed_width, "mark_line_breaks", keep)
    read_document(WAVERLEY, role_of=load_profile("generic").roles.role_of)
    cells = [(line, cell) for line in marked for cell in line.cells]
    assert [(line.number, cell.column, cell.text) for line, cell in cells if cell.line_break] == [
        (9, 3, "· Address the measures required to"), (10, 5, "Measures in place"),
        (12, 3, "· Develop a more formal approach to"), (15, 5, "NB see first quarter"),
        (21, 3, "· Move BVPIs back to Upper Quartile"), (21, 5, "By end 2005/06"), (24, 5, "See also progress"),
        (34, 5, "Phase 2 provisional")]
    assert Counter(cell.line_break for _, cell in cells) == {None: 30, False: 52, True: 8}
    assert {cell.line_break for line, cell in cells if line.layout == "row_start"} == {None}
