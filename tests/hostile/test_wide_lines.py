"""One line of thousands of tab- or pipe-separated words among a plan table's lines (the line-shape sweep of 4
December 2026). Read as a row, or as a row's line, by a reader of a tab- or pipe-separated table, it adds actions
(an action of one of its words), splits a row's action in two or loses rows, and drops its cells past the table's
last column unseen. A line printing text past its table's columns is no row (ingest/layout.runs_past,
PAST_LAST_COLUMN), the row it stands in goes on under it, and it is reported whole where it stands.

The mutants are real samples with such a line put in among their rows (`damage.wide_line`: 2,000 of the sample's own
words from that line on), one for each reader; three are kept as fixtures (tests/fixtures/damaged/SOURCES.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from council_actions.ingest.layout import CUTS, MAX_COLUMNS, PAST_LAST_COLUMN, printed_columns

from council_actions.issues import Issue
from council_actions.pipeline import process, read
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, PLAN, SAMPLES
from tests.hostile import damage

OTHERS = SAMPLES / "other_councils"
DAMAGED = FIXTURES / "damaged"
WORDS = 2000
TAB, PIPE = "\t", " | "
# fixture: (sample, the line the wide line is put before, from 0, separator)
WIDE = {
    "wide_tab_line_maidstone_ags_browser_copy.txt": (OTHERS / "maidstone_ags_2014_15_browser_copy.txt", 8, TAB),
    "wide_pipe_line_rotherham_delivery_plan.txt": (OTHERS / "rotherham_year_ahead_delivery_plan_2024_25.txt", 6, PIPE),
    "wide_tab_line_runnymede_plan.txt": (PLAN, 305, TAB),
}
# sample, line (from 0), separator, the reader whose table it stands in, its actions (the sample's), the actions read
# with the line taken as a row (both profiles unless two counts are given: default, generic)
CASES = [
    (OTHERS / "maidstone_ags_2014_15_browser_copy.txt", 8, TAB, "tab, copied from a web page", 2, 4),
    (PLAN, 305, TAB, "tab, the converter's columns; the template reader with the default profile", 94, (95, 96)),
    (OTHERS / "rotherham_year_ahead_delivery_plan_2024_25.txt", 6, PIPE, "pipe, Markdown", 6, 7),
    (OTHERS / "waverley_cpa_improvement_plan_2004.txt", 11, PIPE, "pipe, Markdown, a row's cell wrapped", 8, 6),
    (OTHERS / "iow_bv_schedule_2002.txt", 9, PIPE, "pipe, Markdown, 17 columns", 12, 13),
    (OTHERS / "newton_st_cyres_parish_action_plan_2018_20.txt", 30, PIPE, "pipe, cells counted under a ruling", 4, 4),
    (OTHERS / "maidstone_strategic_plan_2016_17_appendix_i.txt", 25, PIPE, "pipe, header cells a line each", 4, 4),
]
MESSAGES = {  # the reader that reports the line: the template (default profile, Runnymede's plan) or a plan table's
    "template": "text outside any theme, table or heading: more columns than the plan has",
    "table": "text outside the plan table: more columns than the table has",
}


def _read(path: Path, profile: str | None, wide_at: int | None = None) -> tuple[list[tuple[object, ...]], list[Issue]]:
    """Each action as read: its id, the lines it spans (those under the wide line counted as in the sample), its
    text and the raw values beside it; and the issues on the wide line."""
    def back(line: int) -> int:
        return line - 1 if wide_at is not None and line > wide_at else line

    parsed = process(path, load_profile(profile), None).parsed
    return ([(a.action_id, back(a.span.line_start), back(a.span.line_end), a.action, a.owner_raw, a.timeline_raw,
              a.status_raw, a.notes) for a in parsed.actions],
            [i for i in parsed.issues if wide_at is not None and i.span.line_start <= wide_at <= i.span.line_end
             and i.code != "council_not_printed"])


def test_every_wide_fixture_is_one_of_the_cases():
    assert {(sample, index, separator) for sample, index, separator in WIDE.values()} <= {
        (sample, index, separator) for sample, index, separator, *_ in CASES}


@pytest.mark.parametrize("profile", [None, "generic"])
@pytest.mark.parametrize("sample, index, separator, reader, count, as_a_row", CASES,
                         ids=[f"{c[0].stem}-{'tab' if c[2] == TAB else 'pipe'}" for c in CASES])
def test_a_wide_line_is_no_row_and_is_reported_whole(tmp_path, sample, index, separator, reader, count, as_a_row,
                                                     profile):
    """The plan reads exactly as its sample does (ids, spans, values), and the line is one `unplaced_text` of all
    its characters where it stands. `as_a_row` is how many actions a reader taking the line as a row reads."""
    text = damage.wide_line(sample.read_text(encoding="utf-8"), index, WORDS, separator)
    path = tmp_path / sample.name
    path.write_text(text, encoding="utf-8")
    wide = text.split("\n")[index]
    actions, issues = _read(path, profile, index + 1)
    assert len(actions) == count
    assert actions == _read(sample, profile)[0]
    template = sample == PLAN and profile is None
    assert [(i.code, i.message, i.raw_text, i.span.line_start, i.span.line_end) for i in issues] == [
        ("unplaced_text", MESSAGES["template" if template else "table"], wide, index + 1, index + 1)]
    assert printed_columns(wide, "tab" if separator == TAB else "pipe") == WORDS


# sample, profile, the actions read with the line taken for the headings: the wide line (the sample's own words from
# its first, its headings' words among them) put in above the table's headings reads as headings of 2,000 columns,
# the rows under it read against them
ABOVE = [
    (OTHERS / "maidstone_ags_2014_15_browser_copy.txt", None, 1),
    (OTHERS / "maidstone_ags_2014_15_browser_copy.txt", "generic", 1),
    (PLAN, "generic", 1),
]


@pytest.mark.parametrize("sample, profile, as_headings", ABOVE, ids=[f"{a[0].stem}-{a[1]}" for a in ABOVE])
def test_a_wide_line_above_the_headings_is_not_the_headings(tmp_path, sample, profile, as_headings):
    """A line of more columns than MAX_COLUMNS is no table's headings: the headings under it are found, the plan
    reads as its sample does, and the line, alone past the table's columns, is read around and reported whole as a
    line past them (ingest/other_layouts.py; tests/hostile/test_other_layouts.py for a line of 60)."""
    text = damage.wide_line(sample.read_text(encoding="utf-8"), 0, WORDS, TAB)
    path = tmp_path / sample.name
    path.write_text(text, encoding="utf-8")
    actions, issues = _read(path, profile, 1)
    assert actions == _read(sample, profile)[0]
    assert [(i.code, i.message, i.raw_text) for i in issues] == [
        ("unplaced_text", MESSAGES["table"], text.split("\n")[0])]
    assert printed_columns(text.split("\n")[0], "tab") == WORDS > MAX_COLUMNS


@pytest.mark.parametrize("name", sorted(WIDE))
def test_each_wide_fixture_reads_as_its_sample(name):
    """The kept fixtures, as the cases above make them (test_damaged checks they are made so)."""
    sample, index, _ = WIDE[name]
    for profile in (None, "generic"):
        assert _read(DAMAGED / name, profile, index + 1)[0] == _read(sample, profile)[0]


# The widest tab- and pipe-separated tables among the real documents: (document, profile, rendering, its headings,
# the most columns a line of the table prints text in, the most fields a line of it has, empty ones too, and the most
# fields any line of the document has), checked by hand against the source.
WIDEST = [
    # Runnymede's plan: rows of up to 7 tab fields under 5 headings, text in the first 5; its heatmap above the
    # table prints 13 fields a line (`1. Continuous Improvement<tab>CI001<tab>...<tab>CI012`), a table of its own
    (PLAN, None, "tab", 5, 5, 7, 13),
    (FIXTURES / "revisions" / "plan_r3.txt", None, "tab", 5, 5, 7, 14),  # the same plan revised
    (OTHERS / "waverley_cpa_improvement_plan_2004_browser_copy.txt", "generic", "tab", 6, 6, 6, 6),
    (OTHERS / "iow_bv_schedule_2002.txt", "generic", "pipe", 17, 17, 17, 17),  # 17 columns, 9 of them weeks
    (OTHERS / "waverley_cpa_improvement_plan_2004.txt", "generic", "pipe", 6, 6, 6, 6),
    (OTHERS / "rotherham_year_ahead_delivery_plan_2024_25.txt", "generic", "pipe", 6, 6, 6, 6),
]


@pytest.mark.parametrize("path, profile, rendering, headings, printed, fields, widest", WIDEST,
                         ids=[w[0].stem for w in WIDEST])
def test_no_real_table_prints_past_its_columns(path, profile, rendering, headings, printed, fields, widest):
    """PAST_LAST_COLUMN is none because no real table's line prints text past its headings, however many fields it
    has, and a wider table above it (a heatmap) is no line of it: every line stays where it was read (outs.sh over
    samples/ and tests/fixtures: byte-identical)."""
    document = read(path, load_profile(profile))
    lines = [ln for ln in document.iter_lines() if ln.layout in ("header", "row_start", "row")]
    assert (document.rendering, len(document.columns)) == (rendering, headings)
    assert headings <= MAX_COLUMNS
    assert max(printed_columns(ln.text, rendering) for ln in lines) == printed <= headings + PAST_LAST_COLUMN
    ends = "|" if rendering == "pipe" else ""

    def fields_of(text: str) -> int:
        return len(CUTS[rendering].split(text.strip(" ").removeprefix(ends).removesuffix(ends)))

    assert max(fields_of(ln.text) for ln in lines) == fields
    assert max(fields_of(ln.text) for ln in document.iter_lines()) == widest
    assert not any(ln.layout == "past_columns" for ln in document.iter_lines())


def test_a_line_is_cut_at_its_renderings_separator():
    """CUTS, one rendering a row, on a real line: a tab line's empty fields after its text count for nothing, and
    a pipe line's opening pipe opens no column; an escaped pipe is a cell's own character."""
    runnymede = next(line for line in PLAN.read_text(encoding="utf-8").split("\n") if line.startswith("4. Culture\tC008"))
    iow = next(line for line in (OTHERS / "iow_bv_schedule_2002.txt").read_text(encoding="utf-8").split("\n")
               if line.startswith("| 1.1 |"))
    assert [printed_columns(runnymede, "tab"), printed_columns(iow, "pipe")] == [5, 8]
    assert printed_columns(iow.replace(" | Chris", " \\| Chris"), "pipe") == 7
    assert sorted(CUTS) == ["pipe", "tab"]
