"""The status totals a plan prints over its own rows (Bracknell's `Green 7 / Amber 3 / Red 0 / Completed 4`), read
and checked against the statuses of the actions read.

Why: the totals are the first thing an auditor checks, do the document's own counts match its rows? A mismatch
means a copy cut short, a row misread, or the council's own slip; reported as unplaced text one by one, the
lines would be compared by nothing. A status word counts under the profile's status rules (`[[statuses]]` in
the profiles: `Completed` is `complete`, `Green` is `on_track`), the same rules that read each action's status, so
the two sides are counted in one vocabulary.

Only lines no row holds are read (the readers' `unplaced_text`), so no row, heading or other boilerplate changes.
LAYOUTS are the shapes totals are printed in label first; parsers/count_totals.py reads those printed count first
(`21 actions are green`). A summary is a run of lines read by them, with nothing but blank lines between, two counts
at least (or one that names what it counts: `65 out of 99 actions complete`); a label just above it that the
profile's heading rules read as `status` (`Status`) is its own. Its lines become boilerplate `status_summary`; a
summary that disagrees with the actions it counts is one warning `status_counts_mismatch` naming each count printed
and read (parsers/totals_check.py), given once every action's status is known (normalise/done.py: a plan counts an
action done by its timeline as done); one that agrees says nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from council_actions.ingest import COUNT, COUNT_MARKS, PERCENT, STATUS_COUNT
from council_actions.ingest.model import Document, Span
from council_actions.parsers.count_totals import (
    broken_down,
    heading_count,
    label_statuses,
    looks_counted,
    sentence_totals,
)
from council_actions.parsers.records import Action, Boilerplate
from council_actions.parsers.totals_check import Summary, Total
from council_actions.parsers.totals_tables import totals_tables, without_tables

from council_actions.issues import Issue
from council_actions.roles import RoleMap

# Cells of a line of totals: a pipe row's cells, `/` or `;` between totals, a comma with a space after it (`Red, 7,
# 14%`; `1,220` is one number). Never tried from inside a run of white space (`(?!(?<=\s)\s)`): a break found from
# there is found from the run's start, and each try read the rest of the run, its square on a long run (case 9-67).
CELL_BREAK = re.compile(r"(?!(?<=\s)\s)\s*(?:[|/;]|,(?=\s))\s*")
SHARE_CELL = re.compile(rf"\(?{PERCENT}\)?")  # a percentage printed beside a count: not counted
# A line after the totals printing all they count ("Total    50 (100%)", Epping Forest's minutes): the number of rows.
TOTAL_LINE = re.compile(rf"(?:grand\s+)?total\s*[:=]?\s*(?P<count>\d{{1,4}})(?:\s*\({PERCENT}\))?", re.IGNORECASE)
Shape = Literal["word_with_count", "words_over_counts"]
# (as printed, status keys, count): a status word, a count, or both; the keys of the statuses a word names, two where
# it counts two together (`Achieved or On-Target`), empty for a count alone
Cell = tuple[str, tuple[str, ...], int | None]


def _word_with_count(row: list[Cell], under: list[Cell] | None) -> list[Total] | None:
    """Each status word with its count, in one cell or the word's cell then the count's; None otherwise."""
    totals: list[Total] = []
    k = 0
    while k < len(row):
        word, status, count = row[k]
        if status and count is None and k + 1 < len(row) and not row[k + 1][1]:
            count = row[k + 1][2]
            k += 1
        if not status or count is None:
            return None
        totals.append(Total(word, status[0], count, also=status[1:]))
        k += 1
    return totals


def _words_over_counts(row: list[Cell], under: list[Cell] | None) -> list[Total] | None:
    """A line of status words and a line of counts under it, as many of each; None otherwise."""
    if under is None or len(row) != len(under):
        return None
    pairs = [(word, status, count) for (word, status, none), (_, no_status, count) in zip(row, under, strict=True)
             if none is None and not no_status]
    return [Total(word, status[0], count, also=status[1:]) for word, status, count in pairs
            if status and count is not None] if len(pairs) == len(row) else None


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
        totals, j, of, named = _run(lines, cells, text, i, roles)
        if len(totals) < 2 and not (totals and named):
            i += 1
            continue
        above = i > 0 and next_to(lines[i - 1][1], lines[i][1], text)
        label = above and roles.role_of(lines[i - 1][0]) == "status" and not (
            summaries and summaries[-1].lines[-1] == lines[i - 1])
        unread = (above and looks_counted(lines[i - 1][0], roles)) or (
            j < len(lines) and next_to(lines[j - 1][1], lines[j][1], text) and looks_counted(lines[j][0], roles))
        of = of if of is not None else heading_count(_line_above(text, lines[i - 1 if label else i][1]), roles)
        summary = Summary(tuple(totals), tuple(lines[i - 1 if label else i:j]), of, not unread)
        summaries[-1:] = _merged(summaries[-1:], summary, lines, i, text, roles)
        i = j
    return summaries


def _merged(above: list[Summary], summary: Summary, lines: Sequence[tuple[str, Span]], i: int, text: str,
            roles: RoleMap) -> list[Summary]:
    """The summary above and this one, or one summary where the line between them says this one breaks a total of
    the one above down by other status words (parsers/count_totals.BREAKDOWN): that total in its place, the line
    among the summary's."""
    whole = above and i > 1 and above[0].lines[-1] == lines[i - 2] and next_to(lines[i - 2][1], lines[i - 1][1],
                                                                                text)
    broken = broken_down(lines[i - 1][0], roles) if whole else None
    parts = [t for t in above[0].totals if (t.count, t.status) == broken] if above and broken else []
    if not parts:
        return [*above, summary]
    kept = list(above[0].totals)
    kept.remove(parts[0])
    return [Summary((*kept, *summary.totals), (*above[0].lines, lines[i - 1], *summary.lines), above[0].of,
                    above[0].checked and summary.checked)]


def _run(lines: Sequence[tuple[str, Span]], cells: list[list[Cell] | None], text: str, i: int,
         roles: RoleMap) -> tuple[list[Total], int, int | None, bool]:
    """The totals read from line i on, while a layout or the count-first clauses read the next lines and only blank
    lines part them from the line before, and a total line after them (TOTAL_LINE); the line after the last read;
    the number counted out of, if printed; whether a count-first total names what it counts."""
    totals: list[Total] = []
    of: int | None = None
    named = False
    while i < len(lines) and (not totals or next_to(lines[i - 1][1], lines[i][1], text)):
        row = cells[i]
        under = cells[i + 1] if i + 1 < len(lines) and next_to(lines[i][1], lines[i + 1][1], text) else None
        read = next(((layout.lines, got) for layout in LAYOUTS if row and (got := layout.read(row, under))), None)
        said = None if read else sentence_totals(lines[i][0], roles)
        if said:
            read = (1, [Total(each.word, each.status, each.count, each.share, each.also) for each in said])
            of = next((each.of for each in said if each.of is not None), of)
            named = named or any(each.named for each in said)
        if read is None:
            break
        if not _repeated(read[1], totals):
            totals.extend(read[1])
        i += read[0]
    if totals and i < len(lines) and next_to(lines[i - 1][1], lines[i][1], text) and (
            total := TOTAL_LINE.fullmatch(COUNT_MARKS.pattern.sub("", lines[i][0]).strip())):
        of, i = int(total["count"]), i + 1
    return totals, i, of, named


def _repeated(read: list[Total], totals: list[Total]) -> bool:
    """The same counts of the same statuses as the last totals read, in any order: a chart's text printed under
    the list it draws (Bracknell's overview: `Red, 7, 14%; Green, 21, 43%; Amber, 21, 43%` under `21 actions are
    green (43%)` ...), counted once. Two at least: one count may well recur."""
    def counted(these: list[Total]) -> Counter[tuple[str, int | None]]:
        return Counter((t.status, t.count) for t in these)
    return len(read) > 1 and len(totals) >= len(read) and counted(read) == counted(totals[-len(read):])


def _cells(line: str, roles: RoleMap) -> list[Cell] | None:
    """The line's cells as status words, counts or both (a percentage dropped); None where any other cell is
    printed. A status word may name two statuses counted together (count_totals.label_statuses)."""
    cells: list[Cell] = []
    for cell in filter(None, CELL_BREAK.split(COUNT_MARKS.pattern.sub("", line).strip(" |"))):
        count, both = COUNT.fullmatch(cell), STATUS_COUNT.fullmatch(cell)
        if SHARE_CELL.fullmatch(cell):
            continue
        if count:
            cells.append((cell, (), int(count["count"])))
        elif both and (status := label_statuses(both["word"], roles)):
            cells.append((both["word"], status, int(both["count"])))
        elif status := label_statuses(cell, roles):
            cells.append((cell, status, None))
        else:
            return None
    return cells or None


def _line_above(text: str, span: Span) -> str:
    """The last line above the span that is not blank ('' at the top): a heading over the totals, where no issue holds
    it (a section heading's boilerplate)."""
    return text[:span.char_start].rstrip().rpartition("\n")[2]


def next_to(above: Span, below: Span, text: str) -> bool:
    """Only blank lines part the two (the lines of a table no reader read, here and in parsers/rating_tables.py)."""
    return above.char_end <= below.char_start and not text[above.char_end:below.char_start].strip()


def kept_from_reader(document: Document, roles: RoleMap) -> tuple[Document, tuple[Summary, ...]]:
    """The document as its plan's reader is to see it, without the totals tables it prints
    (parsers/totals_tables.py), and those tables, to be placed and checked once the plan is read
    (`placed_by_totals`)."""
    tables = tuple(totals_tables(document, roles))
    return without_tables(document, tables), tables


def placed_by_totals(issues: tuple[Issue, ...], boilerplate: tuple[Boilerplate, ...], actions: tuple[Action, ...],
                     text: str, roles: RoleMap, tables: Sequence[Summary] = ()
                     ) -> tuple[tuple[Issue, ...], tuple[Boilerplate, ...], tuple[Summary, ...]]:
    """The issues and boilerplate once the plan's printed totals are read: their lines' `unplaced_text` becomes
    boilerplate `status_summary`; and the summaries, each with the actions it counts (all of them where the plan
    prints one summary; those below each, up to the next, where it prints several) and its text, to be checked
    once every action's status is known (normalise/done.py: an action done by its timelines counts as done).
    `tables` are the totals tables kept from the plan's reader (parsers/totals_tables.py)."""
    unplaced = {issue.span: k for k, issue in enumerate(issues)
                if issue.code == "unplaced_text" and issue.span.line_start == issue.span.line_end}
    lines = sorted(((issues[k].raw_text, span) for span, k in unplaced.items()), key=lambda line: line[1].char_start)
    summaries = sorted([*printed_totals(lines, text, roles), *tables], key=lambda summary: summary.span.char_start)
    if not summaries:
        return issues, boilerplate, ()
    held = {unplaced[span] for summary in summaries for _, span in summary.lines if span in unplaced}
    counted: list[Summary] = []
    for n, summary in enumerate(summaries):
        ends = summaries[n + 1].span.char_start if n + 1 < len(summaries) else len(text)
        counts = actions if len(summaries) == 1 else tuple(
            a for a in actions if summary.span.char_end <= a.span.char_start < ends)
        span = summary.span
        counted.append(replace(summary, counts=tuple(a.action_id for a in counts),
                               raw_text=text[span.char_start:span.char_end]))
    placed = [*boilerplate, *(Boilerplate("status_summary", line, span) for summary in summaries
                              for line, span in summary.lines)]
    return (tuple(issue for k, issue in enumerate(issues) if k not in held),
            tuple(sorted(placed, key=lambda b: b.span.char_start)), tuple(counted))
