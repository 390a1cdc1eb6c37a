"""Rows of a plan table keyed by a printed code, and the actions inside each.

Some plans have no reference column: each row is one characteristic, its
cell opening with a code (`CI001: An organisational-wide approach ...`), and
the row holds several actions, one a paragraph of the action column with its
own allocation beside it. A converter's text cuts such a row at every
physical line, so the table reader opens a row at each line of action text.
Where the profile gives a `row_marker` and the characteristic column opens
with it as a rule of KEYED_BY asks (on at least MIN_MARKED_ROWS lines, or on
the table's first line), the lines are grouped again: a row
from one code to the next (a code OCR misprinted past the marker is read by
its place among the others, `row_codes`), then split into actions
(ACTION_STARTS). The
characteristic, element and score cells of the whole row go with its first
action; the others with the action whose lines they are on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from council_actions.ingest.model import Cell, Line, Span
from council_actions.parsers.cleaning import clean
from council_actions.parsers.keyed_opportunities import answered_paragraphs, cut_at, unpaired_issues
from council_actions.parsers.paragraphs import (
    PARAGRAPH_MARK,
    SENTENCE_BREAK,
    new_sentence_follows,
)
from council_actions.parsers.quality import Vocabulary
from council_actions.parsers.row_bleed import cut_to, hand_back
from council_actions.parsers.row_codes import Opening, codes_by_place, opens_row
from council_actions.parsers.row_debris import drop_debris
from council_actions.parsers.stacked_rows import stacked_at_top
from council_actions.parsers.table_rows import Row
from council_actions.parsers.unplaced import unplaced_text
from council_actions.parsers.update_notes import opens_with_update_note

from council_actions.issues import Issue
from council_actions.roles import ColumnRole

MIN_MARKED_ROWS = 2  # one code alone inside a table may be a heading or a cross-reference, not its key
ROW_ROLES = frozenset({"element", "score", "characteristic"})  # printed once per row, whatever its actions
BESIDE_THE_ACTION = frozenset({"owner", "allocation", "timeline"})
BLEEDS = frozenset({"opportunity", "action"})  # text columns whose paragraphs a converter runs into the next row


@dataclass(frozen=True)
class _Line:
    """What ACTION_STARTS look at: the action cell of a line, the action text above it in the row, whether an
    owner, allocation or timeline cell opens on the line (None: the table has no such column), and whether an
    opportunity opens on it."""

    action: Cell
    above: str
    beside: bool | None
    answers: bool = False  # a new opportunity opens beside the line: an action answering a finding of its own


@dataclass(frozen=True)
class ActionStart:
    """A line of a keyed row that opens another action: a row of a rule table; any rule that takes the line
    opens an action there. The paragraph rules read a PDF's layout, the sentence rules text without it."""

    name: str
    description: str
    decide: Callable[[_Line], bool]


def _paragraph(line: _Line) -> bool:
    return bool(line.action.paragraph_start) and line.beside is not False


def _paragraph_answering(line: _Line) -> bool:
    return bool(line.action.paragraph_start) and _answers_own(line)


def _sentence(line: _Line) -> bool:
    return line.action.paragraph_start is None and new_sentence_follows(line.above, line.action.text) \
        and line.beside is not False


def _sentence_answering(line: _Line) -> bool:
    return line.action.paragraph_start is None and new_sentence_follows(line.above, line.action.text) \
        and _answers_own(line)


def _answers_own(line: _Line) -> bool:
    """A new opportunity beside the line, and the line is no update note (`Update: 10/9/24 - ...` reports on the
    action above, whatever opens beside it)."""
    return line.answers and not opens_with_update_note(line.action.text)


@dataclass(frozen=True)
class KeyedBy:
    """What shows a table is keyed by its codes: a row of a rule table, given each line's opening (None where no
    code opens its characteristic cell); where any rule takes the lines, they are grouped again by code."""

    name: str
    description: str
    decide: Callable[[list[Opening | None]], bool]


KEYED_BY = (
    KeyedBy("codes", f"at least {MIN_MARKED_ROWS} lines open their characteristic cell with a code",
            lambda opened: sum(o is not None for o in opened) >= MIN_MARKED_ROWS),
    KeyedBy("first_row", "the table's first line opens with a code: every row lies under it (one characteristic's "
            "row), so no line of it is a row of its own; a code further down alone is no key",
            lambda opened: bool(opened) and opened[0] is not None),
)


ACTION_STARTS = (
    ActionStart("paragraph", "the reader saw a paragraph open in the action cell (a PDF's gap), with an owner, "
                "allocation or timeline opening beside it", _paragraph),
    ActionStart("paragraph_answering", "the reader saw a paragraph open in the action cell, with a new opportunity "
                "opening beside it: an action with no allocation of its own answers its own finding",
                _paragraph_answering),
    ActionStart("sentence", "text only: the action text above ended a sentence, this line does not go on in lower "
                "case, and an owner, allocation or timeline opens beside it", _sentence),
    ActionStart("sentence_answering", "text only: the action text above ended a sentence, this line does not go on "
                "in lower case, and the opportunity beside it starts a new sentence too", _sentence_answering),
)


def key_rows(rows: list[Row], roles: list[ColumnRole | None], marker: re.Pattern[str] | None,
             vocabulary: Vocabulary) -> tuple[list[Row], list[Issue]]:
    """The rows regrouped by the profile's row marker, cleared of converter debris (`row_debris`) and split into
    actions, with the debris reported; unchanged where the table is not keyed by the marker."""
    column = next((c for c, role in enumerate(roles) if role == "characteristic"), None)
    if marker is None or column is None or "action" not in roles:
        return rows, []
    lines = [line for row in rows for line in row.lines]
    opened = [opens_row(line, column, marker) for line in lines]
    if not any(rule.decide(opened) for rule in KEYED_BY):
        return rows, []
    opened, issues = codes_by_place(lines, opened, column)
    bleeding = {c for c, role in enumerate(roles) if role in BLEEDS}
    groups: list[tuple[list[Line], tuple[str, Span] | None]] = [([], None)]
    for line, opening in zip(lines, opened, strict=True):
        if opening is None:
            groups[-1][0].append(line)
            continue
        before, rest, code = opening
        handed, opening_line = hand_back(cut_to(line, rest), groups[-1][0], before, bleeding)
        if handed:
            groups[-1][0].append(replace(line, cells=tuple(handed)))
        groups.append(([opening_line], code))
    keyed: list[Row] = []
    for group, key in groups:
        kept, debris = drop_debris(group, roles, vocabulary, key[0] if key else None)
        split, unpaired = _split(kept, key, roles) if kept else ([], [])
        keyed += split if key is not None else [row for row in split if row.cells(roles.index("action"))]
        issues += debris + unpaired + ([] if key is not None else _above_the_first_code(split, roles))
    return keyed, issues


def _above_the_first_code(rows: list[Row], roles: list[ColumnRole | None]) -> list[Issue]:
    """The rows above a keyed table's first code that print no action: text the converter set in the table's
    columns (the introduction's last line, a theme's heading), no row of the table; reported, never dropped."""
    return [unplaced_text("above_first_code", row.text, row.span)
            for row in rows if not row.cells(roles.index("action"))]


def _split(lines: list[Line], code: tuple[str, Span] | None, roles: list[ColumnRole | None]
           ) -> tuple[list[Row], list[Issue]]:
    """One row per action (ACTION_STARTS; allocations stacked at the top of the row, `stacked_rows`, in order): the
    row's own cells (ROW_ROLES) with the first, each opportunity paragraph with the action it answers
    (`keyed_opportunities`); with the findings of a stacked row that the counts leave unpaired, reported."""
    action = roles.index("action")
    beside = [c for c, role in enumerate(roles) if role in BESIDE_THE_ACTION]
    answered = [c for c, role in enumerate(roles) if role == "opportunity"]
    pieces = [piece for printed in lines for piece in _side_by_side(printed, action, beside)]
    stacked = stacked_at_top(pieces, action, beside)
    starts = [0, *stacked.starts[1:]] if stacked else _starts(pieces, action, beside, answered)
    bounds = list(zip(starts, [*starts[1:], len(pieces)], strict=True))
    pairing = answered_paragraphs(pieces, answered, [(_first_own(pieces, [action, *beside]), bounds[0][1]),
                                                     *bounds[1:]], in_order=stacked is not None)
    own = {c for c, role in enumerate(roles) if role in ROW_ROLES}
    held = own | set(answered) | set(beside if stacked else ())
    rows = []
    for k, (start, end) in enumerate(bounds):
        kept = [kept for line in pieces[start:end] if (kept := _only(line, lambda c: c not in held))]
        mine, shared = pairing.answered(k)
        rows.append(Row(_merge(mine, kept + (stacked.allocations[k] if stacked else [])), shared=shared))
    first = [kept for line in lines if (kept := _only(line, lambda c: c in own))]
    rows[0] = Row(_merge(first, rows[0].lines), code, rows[0].shared, pairing.lines(pairing.notes))
    return [row for row in rows if row.lines], unpaired_issues(pairing, code[0] if code else None)


def _starts(pieces: list[Line], action: int, beside: list[int], answered: list[int]) -> list[int]:
    """The pieces each action opens on, by ACTION_STARTS (the first action at the row's first piece)."""
    starts = [0]
    above = ""
    findings: dict[int, str] = {}  # the opportunity text above, by column
    for index, line in enumerate(pieces):
        cell = line.cell(action)
        if cell is not None and above and _starts_action(_Line(cell, above, _beside(pieces[index:index + 2], action,
                                                                                     beside),
                                                               _answers(line, answered, findings))):
            starts.append(index)
        above = cell.text if cell is not None else above
        findings.update({c.column: c.text for c in line.cells if c.column in answered})
    return starts


def _first_own(pieces: list[Line], columns: list[int]) -> int:
    """The piece the row's first action's own lines open on: its first action, owner, allocation or timeline
    cell (the row opens with its code, which may stand above them); 0 where it has none."""
    return next((i for i, line in enumerate(pieces) if any(line.cell(c) is not None for c in columns)), 0)


def _side_by_side(line: Line, action: int, beside: list[int]) -> list[Line]:
    """A line printing several actions side by side, as many paragraphs in the action cell as in an owner,
    allocation or timeline cell has sentences (`... of the CPC.  Plan and prepare ...` beside `... Oct 2024. HoBPP,
    Q1 25/26`): one line per action, each column's pieces dealt out where it has as many, else left with the first."""
    pieces = {cell.column: cut_at(cell, SENTENCE_BREAK if cell.column in beside else PARAGRAPH_MARK)
              for cell in line.cells}
    count = len(pieces.get(action, ()))
    if count < 2 or not any(len(pieces.get(column, ())) == count for column in beside):
        return [line]
    return [replace(line, cells=tuple(parts[k] if len(parts) == count else cell for cell in line.cells
                                      if (parts := pieces[cell.column]) and (len(parts) == count or k == 0)))
            for k in range(count)]


def _starts_action(line: _Line) -> bool:
    return any(rule.decide(line) for rule in ACTION_STARTS)


def _answers(line: Line, columns: list[int], above: dict[int, str]) -> bool:
    """Whether a new opportunity opens on the line: a paragraph the reader saw open (PDF), else a new sentence
    after a finished one in the same column of the row."""
    cells = [c for column in columns if (c := line.cell(column)) is not None]
    return any(c.paragraph_start if c.paragraph_start is not None
               else c.column in above and new_sentence_follows(above[c.column], c.text) for c in cells)


def _beside(lines: list[Line], action: int, columns: list[int]) -> bool | None:
    """Whether an owner, allocation or timeline opens beside the first line, or on the line below where the action
    text goes on there in lower case (a converter printed the allocation a line lower); None: no such column."""
    if not columns:
        return None
    opens = [any((c := line.cell(column)) is not None and c.paragraph_start is not False for column in columns)
             for line in lines]
    below = lines[1].cell(action) if len(lines) > 1 else None
    goes_on = below is not None and clean(below.text)[:1].islower()
    return opens[0] or (len(opens) > 1 and opens[1] and goes_on)


def _only(line: Line, keep: Callable[[int], bool]) -> Line | None:
    cells = tuple(c for c in line.cells if keep(c.column))
    return replace(line, cells=cells) if cells else None


def _merge(own: list[Line], first: list[Line]) -> list[Line]:
    """The row's own cells and its first action's, line by line in the printed order."""
    by_number: dict[int, Line] = {}
    for line in [*own, *first]:
        held = by_number.get(line.number)
        by_number[line.number] = replace(held, cells=tuple(sorted(held.cells + line.cells, key=lambda c: c.column))) \
            if held else line
    return [by_number[n] for n in sorted(by_number)]
