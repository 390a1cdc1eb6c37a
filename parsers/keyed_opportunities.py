"""Which opportunity each action of a keyed row answers.

A keyed row (`marked_rows`) prints its findings in the opportunity column and its actions beside them; a
finding may answer several actions, run on below the next action's first line, or share a printed line with
the next finding (`...meetings.  Link between ...`). The pairing follows the template reader's (parsers/actions.py,
`opportunity_paragraphs_pair`, `orphan_opportunity_continues`), rule by rule (PAIRINGS, applied in order, each
to what the ones before it left): an action answers the paragraphs that open beside it; several opening beside
one action with as many actions below it and none beside them are dealt out one each; a paragraph printed in the
row above its first action's lines, where another opens beside that action, is the row's note (the template
reader's element note: `No gaps identified.` above the finding the action answers); an action beside which none
opens answers the nearest one above.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from council_actions.ingest.model import Cell, Line, Span
from council_actions.parsers.actions import opportunity_unpaired
from council_actions.parsers.cleaning import join_wrapped
from council_actions.parsers.paragraphs import PARAGRAPH_MARK, BreakRule, new_sentence_follows
from council_actions.parsers.update_notes import opens_with_update_note

from council_actions.issues import Issue

Paragraph = list[Line]  # one opportunity paragraph's cells, one a line


@dataclass
class Pairing:
    """A keyed row's opportunity paragraphs as the PAIRINGS so far leave them: (the piece each opens on, its
    lines); per action, its own pieces (`bounds`: from its first action, owner, allocation or timeline cell to
    the next action's), the paragraphs it answers, and the one it shares from above (read for its values, not
    part of its span); the row's notes, which no action answers. Paragraphs are named by their index."""

    paragraphs: list[tuple[int, Paragraph]]
    bounds: list[tuple[int, int]]
    answers: list[list[int]]
    shared: dict[int, int] = field(default_factory=dict)
    notes: list[int] = field(default_factory=list)
    in_order: bool = False  # the row's allocations are stacked at the top of its cell (`stacked_rows`)
    unpaired: int = 0  # actions of a stacked row its findings leave without one (`stacked_in_order`)
    untaken: list[int] = field(default_factory=list)  # those findings no action of a stacked row takes

    def lines(self, indices: list[int]) -> list[Line]:
        """The paragraphs named as one list of lines, in order: a Row reads its values and its span from lines."""
        return [line for index in indices for line in self.paragraphs[index][1]]

    def answered(self, action: int) -> tuple[list[Line], list[Line]]:
        """The lines of the paragraphs the action answers, and of the one it shares from above."""
        shared = self.shared.get(action)
        return self.lines(self.answers[action]), self.lines([] if shared is None else [shared])


@dataclass(frozen=True)
class PairingRule:
    """A step of how a keyed row's opportunity paragraphs go to its actions: a row of a rule table, applied in
    order to what the steps before it left."""

    name: str
    description: str
    apply: Callable[[Pairing], None]


def _opens_beside(pairing: Pairing) -> None:
    pairing.answers = [[i for i, (at, _) in enumerate(pairing.paragraphs) if start <= at < end]
                       for start, end in pairing.bounds]


def _stacked_in_order(pairing: Pairing) -> None:
    """Action k may answer paragraph max(0, k - extra) to min(k, found - 1) (each answering a run of actions in
    order): it takes one where those are the same; the first action taking a paragraph holds it, the others share
    it (its values, not its span); a paragraph no action takes is the row's note."""
    found, count = len(pairing.paragraphs), len(pairing.bounds)
    extra = count - found
    if not pairing.in_order or not found or extra < 0:
        return
    chosen = [min(k, found - 1) if max(0, k - extra) == min(k, found - 1) else None for k in range(count)]
    pairing.answers = [[index] if index is not None and index not in chosen[:k] else [] for k, index in
                       enumerate(chosen)]
    pairing.shared.update({k: index for k, index in enumerate(chosen) if index is not None and index in chosen[:k]})
    pairing.untaken = [index for index in range(found) if index not in chosen]
    pairing.notes += pairing.untaken
    pairing.unpaired = chosen.count(None)


def _deal_out(pairing: Pairing) -> None:
    answers = pairing.answers
    for k, mine in enumerate(answers):
        bare = next((n for n, found in enumerate(answers[k + 1:]) if found), len(answers) - k - 1)
        if len(mine) > 1 and bare == len(mine) - 1:
            answers[k:k + len(mine)] = [[index] for index in mine]


def _row_note(pairing: Pairing) -> None:
    above = [i for i, (at, _) in enumerate(pairing.paragraphs) if at < pairing.bounds[0][0]]
    if above and not pairing.answers[0]:
        pairing.answers[0], above = above[-1:], above[:-1]
    pairing.notes += above


def _nearest_above(pairing: Pairing) -> None:
    for k, (start, _) in enumerate(pairing.bounds):
        above = [i for i, (at, _) in enumerate(pairing.paragraphs) if at < start and i not in pairing.notes]
        if not pairing.answers[k] and k not in pairing.shared and above and not pairing.in_order:
            pairing.shared[k] = above[-1]


PAIRINGS = (
    PairingRule("opens_beside", "an action answers the paragraphs that open beside its own lines, wherever they run "
                "on (a paragraph goes on below the next action's first line)", _opens_beside),
    PairingRule("stacked_in_order", "in a row whose allocations are stacked at the top of their cell and pair with "
                "its actions in order (`stacked_rows`), wherever the paragraphs open, each answers a run of actions in "
                "order: as many pair one to one, one answers all; with fewer, an action takes one only where every "
                "such reading agrees, and a paragraph none takes is the row's note, never guessed by what stands "
                "beside it (the template reader's `opportunities_stacked_at_top`)", _stacked_in_order),
    PairingRule("dealt_out", "several paragraphs opening beside one action, with as many actions below it beside "
                "which none opens: one each, in order (the template reader's `opportunity_paragraphs_pair`), each "
                "its action's own, so part of its span where it is printed (`...meetings.  Link between ...` on the "
                "line above the action it answers)", _deal_out),
    PairingRule("row_note", "paragraphs printed in the row above its first action's lines are the row's notes (the "
                "template reader's element notes: `No gaps identified.` above the finding the action answers), but "
                "for the last of them where none opens beside that action: that one it answers", _row_note),
    PairingRule("nearest_above", "an action with none answers the nearest one above, with the action above it "
                "(shared: read for its values, not part of its span); not in a stacked row, where nothing printed "
                "says which", _nearest_above),
)


def answered_paragraphs(pieces: list[Line], columns: list[int], bounds: list[tuple[int, int]],
                        in_order: bool = False) -> Pairing:
    """The opportunity paragraphs of a keyed row's pieces in `columns`, given by PAIRINGS to its actions (each
    action's own pieces from `start` to `end` in `bounds`; at least one action; `in_order`: a stacked row's)."""
    pairing = Pairing(_paragraphs(pieces, columns), bounds, [], in_order=in_order)
    for rule in PAIRINGS:
        rule.apply(pairing)
    return pairing


def unpaired_issues(pairing: Pairing, element_id: str | None) -> list[Issue]:
    """`opportunity_unpaired` where a stacked row's findings leave an action without one, as the template reader
    reports it: the untaken findings' text and cells (else all the row's findings)."""
    if not pairing.unpaired:
        return []
    found, left = ([(join_wrapped(c.text for line in lines for c in line.cells),
                     Span.union(c.span for line in lines for c in line.cells)) for lines in chosen]
                   for chosen in ([lines for _, lines in pairing.paragraphs],
                                  [pairing.paragraphs[index][1] for index in pairing.untaken]))
    return [opportunity_unpaired(element_id, len(pairing.bounds), pairing.unpaired, found, left)]


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
