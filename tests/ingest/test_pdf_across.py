"""A line of text a PDF's producer draws through a ruled table, across its cells (ingest/pdf_cells.runs_across): the
plan reads as without it, with both engines, and the line is reported whole where it stands.

The plan is drawn from the seed's own records (tests/pdf_factory.py, both producers' styles), with one real line drawn
across the whole table in a blank band of CI001's row (between two of its recommendations, where no cell prints
text): Runnymede's own note on this plan, `The output from the self-assessment was reported to Standards & Audit
Committee in July 2024.` (https://runnymede.gov.uk/performance/best-value-duty/3, corpus `pages`; as in
tests/hostile/test_stray_text.py). Its words must not go into the cells it crosses, where they would be read into
CI001's opportunity, recommendation and allocation.
"""

from __future__ import annotations

import pytest
from council_actions.ingest import read_document
from council_actions.parsers import parse_document

from tests.pdf_factory import BROWSER, MARGIN, PAGE_H, WORD, Drawing, draw_plan

NOTE = "The output from the self-assessment was reported to Standards & Audit Committee in July 2024."
MESSAGE = "text outside the plan table: a line run across its columns"
THEMES = (1,)


def _draw_note_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Draw NOTE across the first blank band of a plan table's row (five columns, every cell empty on that line)."""
    segment = Drawing._segment
    drawn: list[bool] = []

    def with_note(self: Drawing, widths, slots, fills, closed) -> None:
        top = self.y
        segment(self, widths, slots, fills, closed)
        blank = next((i for i, slot in enumerate(slots) if not slot), None) if len(widths) == 5 else None
        if blank is not None and not drawn and blank > 0:
            self.c.setFillColorRGB(0, 0, 0)
            self.c.drawString(MARGIN + 3, PAGE_H - top - 2 - blank * self.lead - self.p.size, NOTE)
            drawn.append(True)

    monkeypatch.setattr(Drawing, "_segment", with_note)


def _values(path, profile, engine):
    parsed = parse_document(read_document(path, pdf_engine=engine), profile)
    return (parsed, [(a.action_id, a.opportunity, a.action, a.allocated_raw) for a in parsed.actions],
            [(e.element_id, e.characteristic, e.notes) for e in parsed.elements])


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("producer", [WORD, BROWSER], ids=lambda p: p.name)
def test_a_line_across_a_tables_cells_is_read_around(tmp_path, monkeypatch, plan, profile, producer, engine):
    clean_path, noted_path = tmp_path / "clean.pdf", tmp_path / "noted.pdf"
    draw_plan(clean_path, plan, profile, THEMES, producer)
    _draw_note_once(monkeypatch)
    draw_plan(noted_path, plan, profile, THEMES, producer)
    _, actions, elements = _values(clean_path, profile, engine)
    parsed, noted_actions, noted_elements = _values(noted_path, profile, engine)
    assert actions
    assert (noted_actions, noted_elements) == (actions, elements)
    assert [(i.code, i.message) for i in parsed.issues if i.raw_text == NOTE] == [("unplaced_text", MESSAGE)]
