"""Real stray lines a PDF-to-text converter writes through a table of fixed-width columns (`pdftotext -layout`):
a note set wider than the table inside a row, a running footer at the foot of every page (ingest/fixed_columns.py,
`runs_across`).

The lines are real, each from a real document of the plan's own council, put into the plans' real `pdftotext
-layout` text where a converter writes such a line:

- Runnymede's note: `The output from the self-assessment was reported to Standards & Audit Committee in July 2024.`,
  the council's own page on this plan (https://runnymede.gov.uk/performance/best-value-duty/3, corpus `pages`, query
  `Runnymede Borough Council Best Value self-assessment action plan heatmap CI001 continuous improvement`), inside
  CI001's first row.
- Runnymede's running footer: the plan's own title line (`Appendix A: Action Plan arising from the self-assessment
  against the statutory Best Value Duty guidance.`, the first line of the fixtures), at the foot of every page: before
  each form feed that opens the next page with the headings printed again.
- Maidstone's note: `1.2.1 That the update on the annual governance action plan be noted and the Committee recommend
  further action if required.`, the recommendation of the Audit Committee report of 24 November 2014 whose Appendix
  A the fixtures print (https://maidstone.gov.uk/home/primary-services/council-and-democracy/primary-areas/your-councillors?sq_content_src=%2BdXJsPWh0dHBzJTNBJTJGJTJGbWVldGluZ3MubWFpZHN0b25lLmdvdi51ayUyRmRvY3VtZW50cyUyRnMzOTI4NiUyRkFubnVhbCUyMEdvdmVybmFuY2UlMjBTdGF0ZW1lbnQlMjBBY3Rpb24lMjBQbGFuJTIwVXBkYXRlLmh0bWwlM0ZDVCUzRDImYWxsPTE%3D,
  corpus `pages`, query `Maidstone Audit Committee 24 November 2014 Annual Governance Statement Action Plan Update`),
  inside the first row's bullets and at the foot of the page.

Why it matters: cut at its column starts like a row's line, such a line's words go into the cells of the row it
stands in (CI001's action reads `... against service area Appendix A, the action plan arising from the
self-assessment. plans to the relevant ...`, its characteristic `... driven by an was reported to Standards & Audit
established ...`, with the generic profile), a running footer's words into the notes of the last row of its page
(R008's characteristic `... regularly review financial risk. Plan arising from the self-assessment against`), and
Maidstone's footer after the last row is no issue of its own. Each plan reads exactly as without the lines (the
whole parse, every record, value, issue and span, the spans below moved
back), and each line is one `unplaced_text`, all its characters, on its own line: a line run across the columns, or
where it stands at the foot of two pages or more, printed at the edge of every page (ingest/running_lines.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.hostile import damage
from tests.hostile.test_other_layouts import _clean, _parsed
from tests.hostile.test_stray_runs import read_around_as_clean

PDFTOTEXT = FIXTURES / "pdftotext"
PDF_TEXT = FIXTURES / "other_councils" / "pdf"
RUNNYMEDE_NOTE = "The output from the self-assessment was reported to Standards & Audit Committee in July 2024."
RUNNYMEDE_FOOTER = ("Appendix A: Action Plan arising from the self-assessment against the statutory Best Value Duty "
                    "guidance.")
MAIDSTONE_NOTE = ("1.2.1 That the update on the annual governance action plan be noted and the Committee recommend "
                  "further action if required.")
MESSAGE = "text outside the plan table: a line run across its columns"
# a footer at the foot of two pages or more is furniture first (ingest/running_lines.py, footercol): the Runnymede
# texts' 14 and 13 pages; Maidstone's text breaks one page, its footer stands once
EVERY_PAGE = "text outside the plan table: printed at the edge of every page"
FEED = "\f"
# tests/fixtures/damaged's fixture of a note run across the columns (test_damaged makes it again; test_unplaced reads
# its issue as the situation's real example): Maidstone's note before line 11 of the Chromium PDF's text
NOTE_FIXTURE = ("note_across_columns_maidstone_ags_chromium.txt", PDF_TEXT / "maidstone_ags_2014_15_chromium.txt",
                10, MAIDSTONE_NOTE)
# fixture, the line a note is put before (its text, the first line that starts so), the note, the running footer and
# how it is reported
CASES = [
    (PDFTOTEXT / "squeezed_drifting_columns_chromium.txt", "                       corporate and improvement plans.",
     RUNNYMEDE_NOTE, RUNNYMEDE_FOOTER, EVERY_PAGE),
    (PDFTOTEXT / "squeezed_drifting_columns_libreoffice.txt", "                      corporate and improvement plans.",
     RUNNYMEDE_NOTE, RUNNYMEDE_FOOTER, EVERY_PAGE),
    (PDF_TEXT / "maidstone_ags_2014_15_chromium.txt", "                               · Training Programme",
     MAIDSTONE_NOTE, MAIDSTONE_NOTE, MESSAGE),
    (PDF_TEXT / "maidstone_ags_2014_15_libreoffice.txt", "                            · Training Programme",
     MAIDSTONE_NOTE, MAIDSTONE_NOTE, MESSAGE),
]
PUT = [(fixture, before, note, footer, footed, where, profile) for fixture, before, note, footer, footed in CASES
       for where in ("inside a row", "at each page's foot") for profile in (None, "generic")]


def _damaged(tmp_path: Path, sample: Path, put_in: dict[int, str]) -> tuple[Path, list[tuple[int, str, int, int]]]:
    """The sample with each line of `put_in` put before its line (from 0), and each line put in: its number (from 1),
    text, first character and length with its line break, in the damaged text."""
    lines = damage.lines_put_in(sample.read_text(encoding="utf-8"), put_in).split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    numbers = [index + k for k, index in enumerate(sorted(put_in))]
    path = tmp_path / sample.name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path, [(at + 1, lines[at], starts[at], len(lines[at]) + 1) for at in numbers]


@pytest.mark.parametrize("fixture, before, note, footer, footed, where, profile", PUT,
                         ids=[f"{f.stem}-{w.split()[-1].strip('.')}-{p}" for f, _, _, _, _, w, p in PUT])
def test_a_line_run_across_fixed_width_columns_is_read_around(tmp_path, fixture, before, note, footer, footed, where,
                                                              profile):
    clean_document, clean = _clean(fixture, profile)
    assert clean_document.rendering == "fixed_width"
    lines = fixture.read_text(encoding="utf-8").split("\n")
    if where == "inside a row":
        put_in = {next(k for k, line in enumerate(lines) if line.startswith(before)): note}
    else:
        put_in = {k: footer for k, line in enumerate(lines) if line.startswith(FEED)}
    assert put_in
    path, put = _damaged(tmp_path, fixture, put_in)
    document, damaged = _parsed(path, profile)
    assert document.rendering == "fixed_width"
    numbers = {number for number, _, _, _ in put}
    on = [i for i in damaged.issues if i.span.line_start == i.span.line_end in numbers]  # a row's issue spans rows
    read_around_as_clean(clean, damaged, put, MESSAGE if where == "inside a row" else footed, on)
