"""Two to five stray lines next to each other, and two stray lines apart, in a plan (ingest/other_layouts.py).

A block of lines of more columns than the table has, at the table's own separator (60, 45, 75, 52 and 66 of the
sample's own words, a ` | ` or a tab between each: `damage.stray_lines`), put in before the headings, between them and
the first row, inside a row's wrapped cell or after the last line; a block of lines of another layout than the
plan's (three tab cells, sixty pipe-separated columns) in the plans tabline covered and in two PDFs' text
(`pdftotext -layout`); and two such lines of the table's own separator apart, one right above the headings and one
after the last line.

Why each place matters, where a reader reads around a line alone only: a block of two right above the headings is
taken for them (Runnymede's plan read with sixty columns, one action of 94 with the generic profile; Maidstone's
browser copy sixty columns, one action of two; the Isle of Wight annexe one action of four; Maidstone's appendix I
and Waverley's browser copy refused), left with no issue (Newham) or reported as bare text beside the table, no why
(North Tyneside, the Isle of Wight schedule, Rotherham, Waverley, Newton St Cyres). Between the headings and the
first row it breaks the cells the pipes mark of North Tyneside's and Newham's tables saved a cell a line (refused),
reads as the headings' second line and a row in Maidstone's browser copy, and in Runnymede's template the column
headings lose their boilerplate; inside North Tyneside's row it is read into the row; after the last line it
lengthens the document-wide spans (or North Tyneside's is bare text), and where the text ends with no line break
(Runnymede's plan, Waverley's PDF text) the text read without a block keeps one line break too many. Two lines apart,
tied as the widest line of the text, are neither taken out where a reader takes one for the headings. A block of
two or five lines of tab cells in a plan of another layout is taken by the tab reader for a table of its own where
its words name a plan's roles (right above North Tyneside's and the LGA's headings, at Waverley's ends, after the
last line of Maidstone's governance statement and of its PDFs' text, inside Bracknell's records): refused, or read
as a tab table.

Each plan reads exactly as without the lines (the whole parse, every record, value, issue and span, the spans
below moved back), and each line is one `unplaced_text`, all of its characters, on its own line (one issue a line,
as a line alone is reported), said as the plan's reader says a line past its columns or naming the separator.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from pathlib import Path

import pytest
from council_actions.ingest.model import Span
from council_actions.parsers.read_around import moved
from council_actions.parsers.records import ParsedDocument

from council_actions.issues import Issue
from tests.conftest import FIXTURES
from tests.hostile import damage
from tests.hostile.test_other_layouts import (
    MESSAGE,
    OTHERS,
    OWN,
    OWN_MESSAGE,
    PIPE,
    PLACES,
    PLAN,
    SHORT,
    TAB,
    WORDS,
    _clean,
    _parsed,
    _place,
)

# the widths of the lines of a block of the table's own separator, in turn: past the widest real table's 17 columns,
# unlike each other (lines run together), and each more than twice as wide as any line of the plan's
OWN_WIDTHS = (60, 45, 75, 52, 66)


def _own(sample: Path, profile: str | None) -> str:
    return OWN_MESSAGE["template" if sample == PLAN and profile is None else "table"]


def _block(sample: Path, profile: str | None, separator: str, own: bool, count: int) -> tuple[tuple[int, ...], str]:
    widths = OWN_WIDTHS[:count] if own else (WORDS[separator],) * count
    return widths, _own(sample, profile) if own else MESSAGE[separator]


def _damaged(tmp_path: Path, sample: Path, profile: str | None, separator: str,
             blocks: list[tuple[int, tuple[int, ...]]]) -> tuple[Path, list[tuple[int, str, int, int]]]:
    """The sample with each block of lines (`widths`, put in before line `index` of the sample, from 0), and each line
    put in: its number (from 1), text, first character and length with its line break, in the damaged text."""
    text = sample.read_text(encoding="utf-8")
    for index, widths in sorted(blocks, reverse=True):  # the last first: the indexes stay the sample's
        text = damage.stray_lines(text, index, widths, separator)
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    put: list[tuple[int, str, int, int]] = []
    before = 0
    for index, widths in sorted(blocks):
        for k in range(len(widths)):
            at = index + before + k
            put.append((at + 1, lines[at], starts[at], len(lines[at]) + 1))
        before += len(widths)
    path = tmp_path / sample.name
    path.write_text(text, encoding="utf-8")
    return path, put


def _back(put: list[tuple[int, str, int, int]]) -> Callable[[Span], Span]:
    """A span of the damaged text as it stands in the sample: each line below a put-in line one up, each character
    after one its length back (the test's own arithmetic, not the reader's)."""
    def line(number: int) -> int:
        return number - sum(1 for at, _, _, _ in put if number > at)

    def char(offset: int) -> int:
        return offset - sum(length for _, _, start, length in put if offset > start)

    def move(span: Span) -> Span:
        return replace(span, line_start=line(span.line_start), line_end=line(span.line_end),
                       char_start=char(span.char_start), char_end=char(span.char_end),
                       parts=tuple(move(part) for part in span.parts))
    return move


def _check(tmp_path: Path, sample: Path, rendering: str, profile: str | None, separator: str, message: str,
           blocks: list[tuple[int, tuple[int, ...]]]) -> None:
    clean_document, clean = _clean(sample, profile)
    assert clean_document.rendering == rendering
    path, put = _damaged(tmp_path, sample, profile, separator, blocks)
    document, damaged = _parsed(path, profile)
    assert document.rendering == rendering
    numbers = {number for number, _, _, _ in put}
    on = [i for i in damaged.issues if any(i.span.line_start <= n <= i.span.line_end for n in numbers)
          and i.code != "council_not_printed"]  # the document-wide issue aside
    read_around_as_clean(clean, damaged, put, message, on)


def read_around_as_clean(clean: ParsedDocument, damaged: ParsedDocument, put: list[tuple[int, str, int, int]],
                         message: str, on: list[Issue]) -> None:
    """Each line put in is one issue of its own (`on`: the damaged parse's issues on those lines), unplaced_text
    with `message`, all its text, on its line; and the rest of the damaged parse, every span moved back over the
    lines put in (`_back`), is the clean parse, record for record."""
    assert [(i.code, i.message, i.raw_text, i.span.line_start, i.span.line_end) for i in on] == [
        ("unplaced_text", message, text, number, number) for number, text, _, _ in put]
    move = _back(put)
    parsed = replace(damaged, issues=tuple(i for i in damaged.issues if i not in on))
    for field in fields(parsed):
        assert moved(getattr(parsed, field.name), move) == getattr(clean, field.name), field.name
    assert clean.actions


# A block of two and of five lines of the table's own separator, at every place where a reader reading around a line
# alone only reads it otherwise than the clean sample (the places test_other_layouts.py puts a line alone)
BLOCKS = [(sample, rendering, PLACES[place], profile, count) for sample, rendering, places, profiles in OWN
          for place in places for profile in profiles for count in (2, 5)]


@pytest.mark.parametrize("sample, rendering, place, profile, count", BLOCKS,
                         ids=[f"{s.stem}-{SHORT[p]}-{n}-{pr}" for s, _, p, pr, n in BLOCKS])
def test_a_block_of_stray_lines_is_read_around_and_each_reported_whole(tmp_path, sample, rendering, place, profile,
                                                                       count):
    separator = PIPE if rendering.startswith("pipe") else TAB
    widths, message = _block(sample, profile, separator, True, count)
    _check(tmp_path, sample, rendering, profile, separator, message, [(_place(sample, profile, place), widths)])


# A block of lines of another layout than the plan's, at the places where it is easy to misread. Of tab cells, right
# above the headings or elsewhere: the tab reader may take it for a table of its own where its words name a plan's
# roles (refused, or read as a tab table); of tabs or pipes after the last line of a text with no line break after it,
# the text read without the block may keep one line break too many, so every span of the document as a whole moves.
# At the other places of test_other_layouts.py's plans a block of two or five reads right too.
PDF = FIXTURES / "other_councils" / "pdf"
WAVERLEY_PDF = PDF / "waverley_cpa_improvement_plan_2004_chromium.txt"
OTHER_BLOCKS = [
    (OTHERS / "north_tyneside_waste_plan_2025_30.txt", "pipe_cell_lines", TAB, "headings", (2, 5)),
    (OTHERS / "lga_corporate_peer_challenge_action_plan_2023.txt", "spaced_header", TAB, "headings", (2, 5)),
    (OTHERS / "waverley_cpa_improvement_plan_2004.txt", "pipe", TAB, "headings", (5,)),
    (OTHERS / "waverley_cpa_improvement_plan_2004.txt", "pipe", TAB, "end", (5,)),
    (OTHERS / "maidstone_ags_2014_15.txt", "cell_lines", TAB, "end", (5,)),
    (OTHERS / "bracknell_environment_2023_24_q3.txt", "records", TAB, "inside", (5,)),
    (PDF / "maidstone_ags_2014_15_chromium.txt", "fixed_width", TAB, "end", (2, 5)),
    (PDF / "maidstone_ags_2014_15_libreoffice.txt", "fixed_width", TAB, "end", (2, 5)),
    (WAVERLEY_PDF, "fixed_width", TAB, "end", (2, 5)),
    (WAVERLEY_PDF, "fixed_width", PIPE, "end", (2, 5)),
    (PLAN, "tab", PIPE, "end", (2, 5)),
]
OTHER = [(sample, rendering, separator, PLACES[place], profile, count)
         for sample, rendering, separator, place, counts in OTHER_BLOCKS for profile in (None, "generic")
         for count in counts if not (sample == PLAN and profile is None)]


@pytest.mark.parametrize("sample, rendering, separator, place, profile, count", OTHER,
                         ids=[f"{s.stem}-{'tab' if sep == TAB else 'pipe'}-{SHORT[p]}-{n}-{pr}"
                              for s, _, sep, p, pr, n in OTHER])
def test_a_block_of_lines_of_another_layout_is_read_around(tmp_path, sample, rendering, separator, place, profile,
                                                           count):
    widths, message = _block(sample, profile, separator, False, count)
    _check(tmp_path, sample, rendering, profile, separator, message, [(_place(sample, profile, place), widths)])


# Two lines of the table's own separator, sixty columns each, one right above the headings and one after the last
# line, in the plans where main read them otherwise
APART = [(sample, rendering, profile)
         for sample, rendering in ((PLAN, "tab"), (OTHERS / "maidstone_ags_2014_15_browser_copy.txt", "tab"),
                                   (OTHERS / "maidstone_strategic_plan_2016_17_appendix_i.txt", "pipe"),
                                   (OTHERS / "waverley_cpa_improvement_plan_2004_browser_copy.txt", "tab"))
         for profile in (None, "generic")]


@pytest.mark.parametrize("sample, rendering, profile", APART, ids=[f"{s.stem}-{pr}" for s, _, pr in APART])
def test_two_stray_lines_apart_are_each_read_around(tmp_path, sample, rendering, profile):
    separator = PIPE if rendering.startswith("pipe") else TAB
    places = [_place(sample, profile, PLACES[place]) for place in ("headings", "end")]
    _check(tmp_path, sample, rendering, profile, separator, _own(sample, profile),
           [(index, (60,)) for index in places])
