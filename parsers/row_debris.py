"""Converter debris in the rows of a keyed plan table: garbled copies of a line, noise cells, and paragraphs
run across the columns.

A PDF-to-text converter sometimes writes a line twice, the second copy garbled (`with contract riight
information.` under `... contract mgmt information.`), and leaves OCR debris in cells (`CLI` under `CLT`,
`011 11505 00`). The rules that recognise them are those of `quality.py`, which the template reader applies to
the same damage; here they judge each cell against the cell above it in its column, within one row, and a line
whose cells repeat the line above in several columns is judged whole (the worse-read line is the copy, as the
template reader judges it). It also cuts a paragraph printed across the table (a theme's introduction) at the
column edges, words and all (`processes s` | `hould be`): such a line is no row (`runs_across`). A dropped cell or
line is reported (`garbled_duplicate`, `noise_*`, `unplaced_text`), never lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import pairwise

from council_actions.ingest.model import Cell, Line
from council_actions.parsers.cleaning import clean
from council_actions.parsers.dropped import copy_dropped, debris_dropped
from council_actions.parsers.paragraphs import new_sentence_follows
from council_actions.parsers.quality import Vocabulary, find_duplicate_rule, find_noise, keep_lower
from council_actions.parsers.unplaced import unplaced_text

from council_actions.issues import Issue
from council_actions.roles import ColumnRole

# The quality rules' name for each role they judge: owners and an allocation are judged as owner cells.
JUDGED_AS = {"characteristic": "characteristic", "opportunity": "opportunity", "action": "action", "owner": "owner",
             "allocation": "owner"}
# The letters a cell ends with, taken from the first letter of their run only: tried from each letter of a long run,
# each try read the rest of the run (a 20k-letter cell ending in a full stop: 4 s).
WORD_TAIL = re.compile(r"(?<![^\W\d_])([^\W\d_]++)$")
WORD_HEAD = re.compile(r"^([a-z][^\W\d_]*)")  # the lower-case letters a cell opens with
ONE_LETTER_WORDS = frozenset({"a", "i"})


@dataclass(frozen=True)
class _Row:
    """A keyed row being cleaned: its lines, each line's cells by column (a dropped cell is deleted from these, so
    the next cell down is judged against the cell kept above it), its columns' roles, and the verdicts on line pairs
    judged whole (`_judged`), judged once for all the columns."""

    lines: list[Line]
    cells: list[dict[int, Cell]]
    roles: list[ColumnRole | None]
    vocabulary: Vocabulary
    code: str | None
    verdicts: dict[int, bool | None] = field(default_factory=dict)


def drop_debris(lines: list[Line], roles: list[ColumnRole | None], vocabulary: Vocabulary,
                code: str | None) -> tuple[list[Line], list[Issue]]:
    """The row's lines without its debris cells, and an issue for each dropped. The characteristic text right
    after the row's code opens the row and is never debris."""
    lines, issues = _without_runs_across(lines, vocabulary, code)
    row = _Row(lines, [{c.column: c for c in line.cells} for line in lines], roles, vocabulary, code)
    for column, role in enumerate(roles):
        if role is not None and role in JUDGED_AS:
            issues.extend(_drop_in_column(row, column, role))
    kept_lines = [replace(line, cells=tuple(cells[c.column] for c in line.cells if c.column in cells))
                  for line, cells in zip(lines, row.cells, strict=True)]
    return [line for line in kept_lines if line.cells], issues


def _drop_in_column(row: _Row, column: int, role: ColumnRole) -> list[Issue]:
    """One column's debris cells dropped, top to bottom, each cell judged against the cell kept above it (on line
    `above`); the characteristic text opening a keyed row is kept unjudged."""
    issues: list[Issue] = []
    above: int | None = None
    for i, cells in enumerate(row.cells):
        if column not in cells:
            continue
        opening = i == 0 and row.code is not None and role == "characteristic"
        dropped = None if opening else _debris(row, column, role, i, above)
        if dropped is not None:
            del row.cells[dropped[0]][column]
            issues.append(dropped[1])
        if dropped is None or dropped[0] != i:
            above = i
    return issues


def _debris(row: _Row, column: int, role: ColumnRole, i: int, above: int | None) -> tuple[int, Issue] | None:
    """The line whose cell in this column is debris, line i's or the line's above (`above`), with the issue saying
    so: noise, or a converter's garbled copy of the cell above; None where line i's cell stands."""
    cell = row.cells[i][column]
    upper = row.cells[above][column] if above is not None else None
    continuation = cell.paragraph_start is False or (upper is not None
                                                     and not new_sentence_follows(upper.text, cell.text))
    noise = find_noise(clean(cell.text), JUDGED_AS[role], row.vocabulary, continuation)
    if noise is not None:
        return i, debris_dropped(noise, cell.text, cell.span, row.code, role)
    if upper is None or above is None or cell.paragraph_start \
            or row.lines[above].number != row.lines[i].number - 1:  # a converter's copy follows its line
        return None
    dropped = _copy(upper, cell, row.vocabulary, partial(_judged, row, i))
    if dropped is None:
        return None
    kept = "below" if dropped is upper else "above"
    return (above if dropped is upper else i), copy_dropped(dropped.text, dropped.span, kept, None, row.code, role)


def _without_runs_across(lines: list[Line], vocabulary: Vocabulary, code: str | None
                         ) -> tuple[list[Line], list[Issue]]:
    """The row's lines but those of a paragraph run across the columns (`runs_across`), each reported as text
    outside the table; the line opening a keyed row (its code) is the row's, whatever it prints."""
    across = [(i, cut) for i, line in enumerate(lines)
              if (i or code is None) and (cut := runs_across(line, vocabulary))]
    issues = [unplaced_text("run_across", lines[i].text, lines[i].span, cut) for i, cut in across]
    return [line for i, line in enumerate(lines) if i not in dict(across)], issues


def _copy(upper: Cell, lower: Cell, vocabulary: Vocabulary, whole_line: Callable[[], bool | None]) -> Cell | None:
    """Where `lower` repeats `upper` (a converter's garbled second copy), the worse-read of the two; else None.
    `whole_line`: the verdict on the two lines judged whole, where they repeat each other in several columns."""
    rule = find_duplicate_rule(clean(lower.text), clean(upper.text), vocabulary)
    if rule is None:
        return None
    verdict = whole_line()
    lower_wins = rule.copies == "head_below" or keep_lower(clean(lower.text), clean(upper.text), vocabulary)
    return upper if (lower_wins if verdict is None else verdict) else lower


def _judged(row: _Row, i: int) -> bool | None:
    """`_whole_line` for line i and the one above it, judged once for all its columns."""
    if i not in row.verdicts:
        row.verdicts[i] = _whole_line(row.lines[i - 1], row.lines[i], row.roles, row.vocabulary)
    return row.verdicts[i]


def _whole_line(upper: Line, lower: Line, roles: list[ColumnRole | None], vocabulary: Vocabulary) -> bool | None:
    """Where the lower line repeats the upper in two or more columns, whether it is the better-read copy: the two
    judged over all the repeated cells together, as the template reader judges them; else None."""
    pairs = [(clean(up.text), clean(low.text)) for column, role in enumerate(roles) if role in JUDGED_AS
             and (up := upper.cell(column)) is not None and (low := lower.cell(column)) is not None
             and not low.paragraph_start]
    hits = [(pair, rule) for pair in pairs if (rule := find_duplicate_rule(pair[1], pair[0], vocabulary))]
    if len(hits) < 2:
        return None
    return any(rule.copies == "head_below" for _, rule in hits) or keep_lower(
        " ".join(low for (_, low), _ in hits), " ".join(up for (up, _), _ in hits), vocabulary)


def runs_across(line: Line, vocabulary: Vocabulary) -> str | None:
    """Where the line is a paragraph cut at the column edges rather than a table row, the word it cut (`s|hould`):
    a cell ends in letters and the next column's cell opens with lower-case letters that are no word of the
    document (a letter alone, or a word found on no other line), and the two make a word the document prints
    elsewhere."""
    cells = sorted(line.cells, key=lambda c: c.column)
    for left, right in pairwise(cells):
        tail, head = WORD_TAIL.search(clean(left.text)), WORD_HEAD.match(clean(right.text))
        if right.column != left.column + 1 or tail is None or head is None:
            continue
        piece = head[1]
        fragment = piece not in ONE_LETTER_WORDS if len(piece) == 1 else vocabulary.is_unknown(piece)
        if fragment and vocabulary.counts[(tail[1] + piece).lower()] >= 1:
            return f"{tail[1]}|{piece}"
    return None
