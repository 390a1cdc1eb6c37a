"""The lines of a free-text cell (notes, progress) as one value: separate items kept apart, one a line, wrapped
sentences joined.

A notes or progress cell often lists what it reports as separate paragraphs (`Signage prepared` / `Signage
installed in relevant locations`); joined by a space they read as a sentence the page never printed. A line
the converter or the cell's width wrapped (`... was appointed in` / `September.`) is still one sentence. Which
of the two a line break is, is decided by the rule table BREAKS, first rule that applies; where none does, the
lines are joined as a wrapped line (fixed-width text, whose lines are the converter's wrapping, and a PDF line whose
break the reader could not measure).

The action's own text is not read this way: a row is one action (bulleted items are already actions of their
own, `cell_items.action_items`), its paragraphs are that action's description, and its text is what revisions are
matched and diffed by. Owner and timeline cells are lists read by `cell_items.listed_text`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from council_actions.ingest import CARRIES_ON, CELL_ITEM, runs_on
from council_actions.ingest.model import Cell
from council_actions.parsers.cleaning import clean, join_cells
from council_actions.parsers.paragraphs import SENTENCE_END

# Roles whose cells are free text that may list separate items: read by `free_text`.
FREE_TEXT_ROLES = frozenset({"notes", "progress"})


@dataclass(frozen=True)
class Break:
    """One row of the rule table BREAKS: what a line of a free-text cell and the line above it show (`applies`,
    given the line above, the line and whether the rendering keeps its cells' own line breaks) and whether the
    two are then separate items (`apart`) or one text wrapped."""

    name: str
    applies: Callable[[str, Cell, bool], bool]
    apart: bool


def _bullet(above: str, cell: Cell, own_breaks: bool) -> bool:
    return bool(CELL_ITEM.pattern.match(cell.text))


def _runs_on(above: str, cell: Cell, own_breaks: bool) -> bool:
    return runs_on(above) or bool(CARRIES_ON.match(clean(cell.text)))


def _carried_sentence(above: str, cell: Cell, own_breaks: bool) -> bool:
    return clean(cell.text)[:1].islower()


def _new_paragraph(above: str, cell: Cell, own_breaks: bool) -> bool:
    return cell.paragraph_start is True and bool(SENTENCE_END.search(above)) and clean(cell.text)[:1].isupper()


def _wrapped(above: str, cell: Cell, own_breaks: bool) -> bool:
    return cell.line_break is False


def _broken(above: str, cell: Cell, own_breaks: bool) -> bool:
    return cell.line_break is True


def _own_line(above: str, cell: Cell, own_breaks: bool) -> bool:
    return own_breaks


# First rule that applies decides; none: joined (a wrapped line).
BREAKS: tuple[Break, ...] = (
    Break("bullet", _bullet, True),  # a list item opens
    Break("runs_on", _runs_on, False),  # `... held by` / `28 February`; `... agreed` / `and published`
    Break("carried_sentence", _carried_sentence, False),  # a sentence carried on in lower case
    Break("new_paragraph", _new_paragraph, True),  # a gap above, a sentence ended and a new one opened
    Break("wrapped", _wrapped, False),  # the reader measured a wrap: the word would not have fitted above
    Break("broken", _broken, True),  # the reader measured a writer's break: the word would have fitted above
    Break("own_line", _own_line, True),  # a web table saved as text: each line is a paragraph of the cell
)


def apart(above: Cell, cell: Cell, own_breaks: bool) -> bool:
    """Whether `cell` opens an item of its own under `above` in a free-text cell (BREAKS, first rule that
    applies); False (wrapped) where none does."""
    text = clean(above.text)
    return next((rule.apart for rule in BREAKS if rule.applies(text, cell, own_breaks)), False)


def free_text(cells: Sequence[Cell], own_breaks: bool) -> str:
    """A free-text cell's value: its items one a line, each item's wrapped lines joined (`join_cells`)."""
    items: list[list[Cell]] = []
    for i, cell in enumerate(cells):
        if items and not apart(cells[i - 1], cell, own_breaks):
            items[-1].append(cell)
        else:
            items.append([cell])
    joined = (join_cells(item) for item in items)
    return "\n".join(text for text in joined if text)
