"""One line of another layout than its plan's table (ingest/other_layouts.py): a line of tab cells in a plan printed
in fixed-width columns, one cell a line, records, a list under headings, spaced headings or pipes, or a line of
more pipe-separated columns than the table has in a plan of another layout.

Why it matters: one line of two or more tab cells taken as the text's layout sends the whole text to the tab
reader, which finds no headings and refuses it ('not a council action plan or self-assessment', every plan below).
A wide pipe line read as the plan's text goes into the action of the row it stands in, or makes a row of its own (an
action more), or a heading, or changes the reading of the lines around it (a caption over the first row).

The plan reads exactly as without the line: the whole parse (every record, value, issue and span, the spans of
the lines below moved back one line; the normalisers read only these records) is the clean sample's, and the line is
one `unplaced_text`, all of its characters, where it stands. Both profiles where the line stands inside a row.

A line of the table's own separator past its columns (60 pipe-separated columns in a pipe table, 60 tab fields in a
tab table) is read around too, wherever it stands, and reported as the reader reports a line past its columns. Not
read around, above the headings it is reported as bare text beside the table (no why) or taken for the headings
(its own words name the roles: Runnymede's plan with the generic profile and Waverley's browser copy refused,
Maidstone's browser copy misread); between the headings and the first row of North Tyneside's and Newham's tables
saved a cell a line it breaks the cells the pipes mark and the plan is refused; inside North Tyneside's row it is read
into the row; after the last row it lengthens the document-wide spans.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from functools import cache
from pathlib import Path

import pytest
from council_actions.ingest.layout import MAX_COLUMNS
from council_actions.ingest.model import Document, Line, Span
from council_actions.ingest.other_layouts import OTHER_LAYOUTS, marking, other_layout_lines
from council_actions.parsers import ParsedDocument, parse_document
from council_actions.parsers.read_around import moved

from council_actions.pipeline import read
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, PLAN, SAMPLES
from tests.hostile import damage

OTHERS = SAMPLES / "other_councils"
TAB, PIPE = "\t", " | "
# a line of three tab cells; of sixty pipe-separated columns; in a table of its own separator, sixty columns (past the
# widest real table's 17, short of the 100 no table's headings may pass: layout.MAX_COLUMNS)
WORDS = {TAB: 3, PIPE: 60}
OWN_WORDS = 60
MESSAGE = {TAB: "text outside the plan table: its cells parted by tabs, a layout the table is not printed in",
           PIPE: "text outside the plan table: its cells parted by pipes, a layout the table is not printed in"}
# a line of the table's own separator: as its reader says a line past its columns, the template or a plan table
OWN_MESSAGE = {"template": "text outside any theme, table or heading: more columns than the plan has",
               "table": "text outside the plan table: more columns than the table has"}
# sample, its rendering (the reader the line stands in), the separators of the lines put in
CASES = [
    (FIXTURES / "other_councils" / "pdf" / "waverley_cpa_improvement_plan_2004_chromium.txt", "fixed_width",
     (TAB, PIPE)),
    (OTHERS / "maidstone_ags_2014_15.txt", "cell_lines", (TAB, PIPE)),
    (OTHERS / "bracknell_environment_2023_24_q3.txt", "records", (TAB, PIPE)),
    (OTHERS / "boroondara_cx_timeline_for_action_2014.txt", "headed_list", (TAB, PIPE)),  # prints a one-cell tab line
    (OTHERS / "lga_corporate_peer_challenge_action_plan_2023.txt", "spaced_header", (TAB, PIPE)),
    (OTHERS / "waverley_cpa_improvement_plan_2004.txt", "pipe", (TAB,)),
    (OTHERS / "north_tyneside_waste_plan_2025_30.txt", "pipe_cell_lines", (TAB,)),
    (PLAN, "tab", (PIPE,)),
]
PLACES = {"first": "before the first row", "inside": "inside a row", "end": "at the end",
          "headings": "before the headings"}
# sample, its rendering, the places a line of its own separator is put in and the profiles: those where the line,
# not read around, changes the reading of the clean sample or is reported without saying why
BOTH = (None, "generic")
OWN = [
    (OTHERS / "north_tyneside_waste_plan_2025_30.txt", "pipe_cell_lines", ("headings", "first", "inside", "end"), BOTH),
    (OTHERS / "newham_housing_improvement_plan_2025_stock_condition.txt", "pipe", ("headings", "first", "end"), BOTH),
    (OTHERS / "waverley_cpa_improvement_plan_2004.txt", "pipe", ("headings", "end"), BOTH),  # ` | `-joined rows
    (OTHERS / "iow_bv_schedule_2002.txt", "pipe", ("headings", "end"), BOTH),  # Markdown, 17 columns
    (OTHERS / "rotherham_year_ahead_delivery_plan_2024_25.txt", "pipe", ("headings", "end"), BOTH),  # Markdown
    (OTHERS / "newton_st_cyres_parish_action_plan_2018_20.txt", "pipe", ("headings",), BOTH),  # under a ruling
    (OTHERS / "maidstone_strategic_plan_2016_17_appendix_i.txt", "pipe", ("headings", "end"), BOTH),  # header cells
    (FIXTURES / "sections" / "iow_housing_renewal_action_plan_2003_annexe_b.txt", "pipe", ("headings", "end"), BOTH),
    (PLAN, "tab", ("headings", "first"), (None,)),  # the template
    (PLAN, "tab", ("headings", "end"), ("generic",)),  # a plan table
    (OTHERS / "maidstone_ags_2014_15_browser_copy.txt", "tab", ("headings", "first", "end"), BOTH),
    (OTHERS / "waverley_cpa_improvement_plan_2004_browser_copy.txt", "tab", ("headings", "end"), BOTH),
]


def _parsed(path: Path, profile: str | None) -> tuple[Document, ParsedDocument]:
    """The document as read and parsed (the normalisers read only the parsed records: the same records, the same
    owners and timelines)."""
    document = read(path, load_profile(profile))
    return document, parse_document(document, load_profile(profile))


_clean = cache(_parsed)


def _place(path: Path, profile: str | None, place: str) -> int:
    """Where the line is put in (from 0): before the line opening the first row, before the first line that goes on
    with a row (inside its wrapped cell), after the last line, or before the first line of the headings."""
    lines = list(read(path, load_profile(profile)).iter_lines())
    if place == "at the end":
        return len(path.read_text(encoding="utf-8").rstrip("\n").split("\n"))
    layouts = {"before the first row": ("row_start", "row_unheaded"), "inside a row": ("row",),
               "before the headings": ("header",)}[place]
    return next(line.number for line in lines if line.layout in layouts) - 1


def _stray(tmp_path: Path, sample: Path, index: int, separator: str, words: int) -> tuple[Path, str, int]:
    """The sample with a line of `words` words put in before line `index`, the line, and how many characters it took
    (its line break too)."""
    text = damage.stray_line(sample.read_text(encoding="utf-8"), index, words, separator)
    path = tmp_path / sample.name
    path.write_text(text, encoding="utf-8")
    line = text.split("\n")[index]
    return path, line, len(line) + 1


def _back(line: int, at: int, length: int) -> Callable[[Span], Span]:
    """A span of the damaged text as it stands in the sample: lines below the put-in line (`line`, opening at
    character `at`) one up, characters after it `length` back (the test's own arithmetic, not the reader's)."""
    def move(span: Span) -> Span:
        return replace(span, line_start=span.line_start - (span.line_start > line),
                       line_end=span.line_end - (span.line_end > line),
                       char_start=span.char_start - length * (span.char_start > at),
                       char_end=span.char_end - length * (span.char_end > at),
                       parts=tuple(move(part) for part in span.parts))
    return move


LINES = [(sample, rendering, separator, place, profile, WORDS[separator], MESSAGE[separator])
         for sample, rendering, separators in CASES for separator in separators for place in PLACES.values()
         if place != PLACES["headings"] for profile in ((None, "generic") if place == "inside a row" else (None,))]
LINES += [(sample, rendering, PIPE if rendering.startswith("pipe") else TAB, PLACES[place], profile, OWN_WORDS,
           OWN_MESSAGE["template" if sample == PLAN and profile is None else "table"])
          for sample, rendering, places, profiles in OWN for place in places for profile in profiles]
SHORT = {place: short for short, place in PLACES.items()}


@pytest.mark.parametrize("sample, rendering, separator, place, profile, words, message", LINES,
                         ids=[f"{s.stem}-{'tab' if sep == TAB else 'pipe'}{w}-{SHORT[pl]}-{pr}"
                              for s, _, sep, pl, pr, w, _ in LINES])
def test_a_line_of_another_layout_is_read_around_and_reported_whole(tmp_path, sample, rendering, separator, place,
                                                                    profile, words, message):
    clean_document, clean = _clean(sample, profile)
    assert clean_document.rendering == rendering
    index = _place(sample, profile, place)
    path, line, length = _stray(tmp_path, sample, index, separator, words)
    at = len("\n".join(sample.read_text(encoding="utf-8").split("\n")[:index])) + (1 if index else 0)
    document, damaged = _parsed(path, profile)
    assert document.rendering == rendering
    on = [i for i in damaged.issues if i.span.line_start <= index + 1 <= i.span.line_end
          and i.code != "council_not_printed"]  # the document-wide issue aside
    assert [(i.code, i.message, i.raw_text, i.span.line_start, i.span.line_end) for i in on] == [
        ("unplaced_text", message, line, index + 1, index + 1)]
    move = _back(index + 1, at, length)
    parsed = replace(damaged, issues=tuple(i for i in damaged.issues if i not in on))
    for field in fields(parsed):
        assert moved(getattr(parsed, field.name), move) == getattr(clean, field.name), field.name
    assert clean.actions


# Real documents printing a tab or a pipe in a plan of another layout (checked by hand against the source): the
# line, and the rendering the document is read in. Each is the plan's own and no line of another layout.
REAL = [
    (OTHERS / "forest_of_dean_improvement_plan_2004.txt", 5, "fixed_width"),  # `\t\t\t\t\t   FOREST OF DEAN ...`
    (OTHERS / "boroondara_cx_timeline_for_action_2014.txt", 17, "headed_list"),  # `\t1.1 Website redesign ...`
    (OTHERS / "belfast_improvement_self_assessment_2023_24_objective_4.txt", 8, "headed_list"),  # a ratings table
    (OTHERS / "mid_east_antrim_self_assessment_2024_25_place.txt", 19, "records"),  # `Measure |`
    (FIXTURES / "sections" / "housing_service_improvement_plan_2006_09_docstoc.txt", 1, "fixed_width"),
    (OTHERS / "north_tyneside_waste_plan_2025_30.txt", 1, "pipe_cell_lines"),
    # Runnymede's heatmap above its plan: 8 to 13 tab fields a line over the table's 5 columns, a table of its own
    # (line 6 prints 13), and the same plan revised, whose line 6 alone prints 14
    (PLAN, 6, "tab"),
    (FIXTURES / "revisions" / "plan_r3.txt", 6, "tab"),
]


@pytest.mark.parametrize("path, number, rendering", REAL, ids=[f"{r[0].stem}-{r[1]}" for r in REAL])
def test_a_real_tab_or_pipe_in_another_layout_stays_the_plans(path, number, rendering):
    """OTHER_LAYOUTS's thresholds leave every real line where it was read: tabs before one cell, a small pipe table
    beside the plan, a cell's closing pipe, a heatmap's run of lines past the table's columns (outs.sh over samples/
    and tests/fixtures: byte-identical)."""
    document = read(path, load_profile(None))
    assert document.rendering == rendering
    (line,) = [ln for ln in document.iter_lines() if ln.number == number]
    assert "\t" in line.text or "|" in line.text
    lines = list(document.iter_lines())
    assert not other_layout_lines(lines, document.rendering, len(document.columns), headings(lines))
    assert not any(ln.layout == "other_layout" for ln in document.iter_lines())


def test_every_other_layout_rule_says_why():
    assert [(rule.separator, rule.own, rule.apart) for rule in OTHER_LAYOUTS] == [
        ("tab", False, False), ("pipe", False, False), (None, True, True)]
    assert all(len(rule.why.split()) > 20 for rule in OTHER_LAYOUTS)


def headings(lines: list[Line]) -> int | None:
    """The number of the line opening the table's headings, as read."""
    return next((line.number for line in lines if line.layout == "header"), None)


def test_a_run_of_lines_past_the_columns_is_a_table_of_its_own():
    """Runnymede's heatmap lines each print past the plan's 5 columns (`marking`: the line alone marked by the tab
    table's own rule), but stand in a run set apart above the plan's headings (line 26; `# Key:` after it), no wider
    than a table may be: no line of it is read around. Right above the headings, or with a line past any table's
    columns, the same run is lines run together."""
    lines = list(read(PLAN, load_profile(None)).iter_lines())
    heatmap = [ln for ln in lines if 6 <= ln.number <= 12]
    assert all(marking(ln.text, "tab", 5) == OTHER_LAYOUTS[2] for ln in heatmap)
    assert headings(lines) == 26
    assert not other_layout_lines(lines, "tab", 5, 26)
    assert other_layout_lines(lines, "tab", 5, None) == []  # the headings not known: a run is left
    assert other_layout_lines(lines, "tab", 5, 12) == heatmap  # headings said to open at line 12, the run's last: not set apart, read around
    table = [ln for ln in lines if ln.number >= 26]
    assert other_layout_lines([*heatmap, *table], "tab", 5, 26) == heatmap  # right above them
    wide = replace(heatmap[0], text="\t".join(["CI001"] * (MAX_COLUMNS + 1)))
    assert other_layout_lines([wide if ln == heatmap[0] else ln for ln in lines], "tab", 5, 26) == [
        wide, *heatmap[1:]]
