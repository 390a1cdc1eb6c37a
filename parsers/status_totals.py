"""The status totals a plan prints over its own rows (Bracknell's `Green 7 / Amber 3 / Red 0 / Completed 4`), read
and checked against the statuses of the actions read.

Why: the totals are the first thing an auditor checks, do the document's own counts match its rows? A mismatch
means a copy cut short, a row misread, or the council's own slip; before, the lines were reported as unplaced text
one by one, and nothing compared them. A status word counts under the profile's status rules (`[[statuses]]` in
the profiles: `Completed` is `complete`, `Green` is `on_track`), the same rules that read each action's status, so
the two sides are counted in one vocabulary.

Only lines no row holds are read (the readers' `unplaced_text`), so no row, heading or other boilerplate changes.
LAYOUTS are the shapes totals are printed in; a summary is a run of lines read by them, with nothing but blank
lines between, two counts at least; a label just above it that the profile's heading rules read as `status`
(`Status`) is its own. Its lines become boilerplate `status_summary`; a summary that disagrees with the actions it
counts is one warning `status_counts_mismatch` naming each count printed and read; one that agrees says nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from council_actions.ingest.model import Span
from council_actions.parsers.records import Action, Boilerplate

from council_actions.issues import Issue, warning
from council_actions.roles import RoleMap

# Cells of a line of totals: a pipe row's cells, `/` or `;` between totals, a comma with a space after it (`Red, 7,
# 14%`; `1,220` is one number).
CELL_BREAK = re.compile(r"\s*(?:[|/;]|,(?=\s))\s*")
PERCENT = r"\d{1,3}(?:\.\d+)?%"
SHARE_CELL = re.compile(rf"\(?{PERCENT}\)?")  # a percentage printed beside a count: not counted
COUNT = re.compile(rf"(?P<count>\d{{1,4}})(?:\s*\({PERCENT}\)|\s+{PERCENT})?")
WORD_COUNT = re.compile(rf"(?P<word>[^\W\d][^\d:=]*?)\s*(?:[:=]|\s[-–])?\s*{COUNT.pattern}")
Shape = Literal["word_with_count", "words_over_counts"]
Cell = tuple[str, str | None, int | None]  # (as printed, status key, count): a status word, a count, or both


@dataclass(frozen=True)
class Total:
    """One printed count: the status word as printed, the profile's status key it means, and the number."""

    word: str
    status: str
    count: int


@dataclass(frozen=True)
class Summary:
    """The totals a document prints, the lines they were read from (a label above them included) and where."""

    totals: tuple[Total, ...]
    lines: tuple[tuple[str, Span], ...]

    @property
    def span(self) -> Span:
        """Where the warning of a summary that disagrees points: its label and every count, blank lines between."""
        return Span.union(span for _, span in self.lines)


def _word_with_count(row: list[Cell], under: list[Cell] | None) -> list[Total] | None:
    """Each status word with its count, in one cell or the word's cell then the count's; None otherwise."""
    totals: list[Total] = []
    k = 0
    while k < len(row):
        word, status, count = row[k]
        if status is not None and count is None and k + 1 < len(row) and row[k + 1][1] is None:
            count = row[k + 1][2]
            k += 1
        if status is None or count is None:
            return None
        totals.append(Total(word, status, count))
        k += 1
    return totals


def _words_over_counts(row: list[Cell], under: list[Cell] | None) -> list[Total] | None:
    """A line of status words and a line of counts under it, as many of each; None otherwise."""
    if under is None or len(row) != len(under):
        return None
    pairs = [(word, status, count) for (word, status, none), (_, no_status, count) in zip(row, under, strict=True)
             if none is None and no_status is None]
    return [Total(word, status, count) for word, status, count in pairs
            if status is not None and count is not None] if len(pairs) == len(row) else None


@dataclass(frozen=True)
class Layout:
    """One shape of printed totals: how it is read from a line's cells and those of the line under it (None where
    no line is next to it), how many lines it takes, what it looks like, and a real example (lines parted by ` / `
    where it takes two)."""

    shape: Shape
    read: Callable[[list[Cell], list[Cell] | None], list[Total] | None]
    lines: int
    description: str
    example: str


LAYOUTS = (
    Layout("word_with_count", _word_with_count, 1, "each status word and its count on one line, after a space, a "
           "colon or a comma, with a percentage beside it or not (Bracknell Forest's overview chart)",
           "Red, 7, 14%; Green, 21, 43%; Amber, 21, 43%"),
    Layout("words_over_counts", _words_over_counts, 2, "status words on a line (a row of a table, or one word: a "
           "web page's tiles saved as text, Bracknell Forest's performance pages) and their counts on the next",
           "Green / 7 / Amber / 3"),
)


def printed_totals(lines: Sequence[tuple[str, Span]], text: str, roles: RoleMap) -> list[Summary]:
    """The summaries among these lines (in order; `text` the document's, to see that only blank lines part two of
    them), each run of lines LAYOUTS reads, with its label."""
    cells = [_cells(line, roles) for line, _ in lines]
    summaries: list[Summary] = []
    i = 0
    while i < len(lines):
        totals, j = _run(lines, cells, text, i)
        if len(totals) < 2:
            i += 1
            continue
        label = i > 0 and _next_to(lines[i - 1][1], lines[i][1], text) and roles.role_of(lines[i - 1][0]) == \
            "status" and not (summaries and summaries[-1].lines[-1] == lines[i - 1])
        summaries.append(Summary(tuple(totals), tuple(lines[i - 1 if label else i:j])))
        i = j
    return summaries


def _run(lines: Sequence[tuple[str, Span]], cells: list[list[Cell] | None], text: str,
         i: int) -> tuple[list[Total], int]:
    """The totals read from line i on, while a layout reads the next lines and only blank lines part them from the
    line before; and the line after the last read."""
    totals: list[Total] = []
    while i < len(lines) and (not totals or _next_to(lines[i - 1][1], lines[i][1], text)):
        row = cells[i]
        under = cells[i + 1] if i + 1 < len(lines) and _next_to(lines[i][1], lines[i + 1][1], text) else None
        read = next(((layout, got) for layout in LAYOUTS if row and (got := layout.read(row, under))), None)
        if read is None:
            break
        totals.extend(read[1])
        i += read[0].lines
    return totals, i


def _cells(line: str, roles: RoleMap) -> list[Cell] | None:
    """The line's cells as status words, counts or both (a percentage dropped); None where any other cell is
    printed."""
    cells: list[Cell] = []
    for cell in filter(None, CELL_BREAK.split(line.strip(" |"))):
        count, both = COUNT.fullmatch(cell), WORD_COUNT.fullmatch(cell)
        if SHARE_CELL.fullmatch(cell):
            continue
        if count:
            cells.append((cell, None, int(count["count"])))
        elif both and (status := roles.status_of(both["word"])):
            cells.append((both["word"], status, int(both["count"])))
        elif status := roles.status_of(cell):
            cells.append((cell, status, None))
        else:
            return None
    return cells or None


def _next_to(above: Span, below: Span, text: str) -> bool:
    """Only blank lines part the two."""
    return above.char_end <= below.char_start and not text[above.char_end:below.char_start].strip()


def placed_by_totals(issues: tuple[Issue, ...], boilerplate: tuple[Boilerplate, ...], actions: tuple[Action, ...],
                     text: str, roles: RoleMap) -> tuple[tuple[Issue, ...], tuple[Boilerplate, ...]]:
    """The issues and boilerplate once the plan's printed totals are read: their lines' `unplaced_text` becomes
    boilerplate `status_summary`, and a summary that disagrees with the statuses of the actions it counts (all of
    them where the plan prints one summary; those below each, up to the next, where it prints several) is reported
    in their place."""
    unplaced = {issue.span: k for k, issue in enumerate(issues)
                if issue.code == "unplaced_text" and issue.span.line_start == issue.span.line_end}
    lines = sorted(((issues[k].raw_text, span) for span, k in unplaced.items()), key=lambda line: line[1].char_start)
    summaries = printed_totals(lines, text, roles)
    found: dict[int, Issue | None] = {}
    placed = list(boilerplate)
    for n, summary in enumerate(summaries):
        ends = summaries[n + 1].span.char_start if n + 1 < len(summaries) else len(text)
        counted = actions if len(summaries) == 1 else tuple(
            a for a in actions if summary.span.char_end <= a.span.char_start < ends)
        found.update({unplaced[span]: None for _, span in summary.lines})
        found[unplaced[summary.lines[0][1]]] = _mismatch(summary, counted, text)
        placed.extend(Boilerplate("status_summary", line, span) for line, span in summary.lines)
    if not summaries:
        return issues, boilerplate
    kept = (found.get(k, issue) for k, issue in enumerate(issues))
    return tuple(issue for issue in kept if issue is not None), tuple(sorted(placed, key=lambda b: b.span.char_start))


def _mismatch(summary: Summary, actions: tuple[Action, ...], text: str) -> Issue | None:
    """The warning for totals that disagree with the actions' statuses, each count printed beside the one read
    (the words of one status key counted together), and what the difference in rows means; None where they
    agree."""
    read = Counter(a.status for a in actions)
    printed: dict[str, tuple[list[str], int]] = {}
    for each in summary.totals:
        words, count = printed.get(each.status, ([], 0))
        printed[each.status] = ([*words, each.word], count + each.count)
    others = sorted((status or "", n) for status, n in read.items() if status not in printed)
    if all(read[status] == count for status, (_, count) in printed.items()) and not others:
        return None
    pairs = [f"{'/'.join(words)} {count} printed, {read[status]} read" for status, (words, count) in printed.items()]
    pairs += [f"{n} read {status}, which the totals do not print" if status else f"{n} read with no status"
              for status, n in others]
    total, rows = sum(t.count for t in summary.totals), len(actions)
    gap = (f"{_rows(total - rows, 'fewer')} read than printed (a copy cut short, or rows not read)" if rows < total
           else f"{_rows(rows - total, 'more')} read than printed" if rows > total else
           "as many rows as printed, with other statuses")
    span = summary.span
    return warning("status_counts_mismatch", "parse", f"the plan's printed status totals disagree with its "
                   f"actions: {'; '.join(pairs)}; {total} printed, {rows} read: {gap}",
                   text[span.char_start:span.char_end], span, field="status")


def _rows(n: int, than: str) -> str:
    return f"{n} {than} row" + ("" if n == 1 else "s")
