"""Which opportunity each action of a keyed plan row answers.

A keyed row (`marked_rows`) prints its findings in the opportunity column and its actions beside them; a
finding may answer several actions, run on below the next action's first line, or share a printed line with
the next finding (`...meetings.  Link between ...`). The pairing follows the template reader's (parsers/actions.py,
`opportunity_paragraphs_pair`, `orphan_opportunity_continues`): an action answers the paragraphs that open
beside it; several opening beside one action with as many actions below it and none beside them are dealt out
one each; an action beside which none opens answers the nearest one above.
"""

from __future__ import annotations

from dataclasses import replace

from council_actions.ingest.model import Cell, Line
from council_actions.parsers.paragraphs import PARAGRAPH_MARK, BreakRule, new_sentence_follows
from council_actions.parsers.update_notes import opens_with_update_note


def answered_paragraphs(pieces: list[Line], columns: list[int], bounds: list[tuple[int, int]]
              ) -> list[tuple[list[Line], list[Line]]]:
    """Per action (its pieces from `start` to `end`), the opportunity it answers, as the template reader pairs
    them: the paragraphs opening beside it, wherever their lines run on (a paragraph goes on below the next
    action's first line); where several open beside one action and as many actions below it have none, one
    each, in order; an action with none answers the nearest one above, with the action above it (`shared`:
    read for its values, not part of its span)."""
    paragraphs = _paragraphs(pieces, columns)
    opened = [[cells for at, cells in paragraphs if start <= at < end] for start, end in bounds]
    dealt: dict[int, list[Line]] = {}  # a paragraph printed beside the action above, answering this one
    for k, mine in enumerate(opened):
        bare = next((n for n, found in enumerate(opened[k + 1:]) if found), len(opened) - k - 1)
        if len(mine) > 1 and bare == len(mine) - 1:
            dealt.update({k + j: cells for j, cells in enumerate(mine[1:], 1)})
            opened[k] = mine[:1]
    answers = []
    for k, ((start, _), mine) in enumerate(zip(bounds, opened, strict=True)):
        above = [cells for at, cells in paragraphs if at < start]
        shared = dealt.get(k) or ([] if mine or not above else above[-1])
        answers.append(([line for cells in mine for line in cells], shared))
    return answers


def _paragraphs(pieces: list[Line], columns: list[int]) -> list[tuple[int, list[Line]]]:
    """The opportunity paragraphs of a keyed row: (the piece each opens on, its cells, one a line). One opens at
    a paragraph the reader saw (PDF), at a new sentence after a finished one (text), and at a paragraph mark
    inside a printed line."""
    paragraphs: list[tuple[int, list[Line]]] = []
    for column in columns:
        last: Cell | None = None
        for index, piece in enumerate(pieces):
            cell = piece.cell(column)
            for part in _parts(cell):
                if last is None or part.paragraph_start or (part.paragraph_start is None
                                                            and new_sentence_follows(last.text, part.text)):
                    paragraphs.append((index, []))
                paragraphs[-1][1].append(replace(piece, cells=(part,)))
                last = part
    return sorted(paragraphs, key=lambda paragraph: paragraph[0])


def _parts(cell: Cell | None) -> list[Cell]:
    """The cell's paragraphs within its printed line (most cells hold one: left whole)."""
    if cell is None:
        return []
    return cut_at(cell, PARAGRAPH_MARK) if PARAGRAPH_MARK.pattern.search(cell.text) else [cell]


def cut_at(cell: Cell, rule: BreakRule) -> list[Cell]:
    """The cell cut at each mark of `rule` inside its printed line; a piece opening with an update note
    (`Update 10/9/24: ...`, `Update Q4 2026`) stays with the piece before it, on which it reports."""
    marks = list(rule.pattern.finditer(cell.text))
    ranges = list(zip([0, *(m.end() for m in marks)], [*(m.start() for m in marks), len(cell.text)], strict=True))
    joined: list[tuple[int, int]] = []
    for start, end in ranges:
        if joined and opens_with_update_note(cell.text[start:end]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return [part for start, end in joined if (part := cell.part(start, end)).text]
