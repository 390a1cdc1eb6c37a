"""The finding a list's heading prints above its actions: what every action under the heading answers.

Southend's FOI plan prints, under `Section A`, the ICO's recommendation the actions answer, then that
recommendation's own status ("This action has been completed."), then `Action Required` and the actions. The list
reader (ingest/headed_list.py) keeps that prose in the heading's row: its first paragraph in the opportunity column,
the paragraphs under it in the notes column. Every action under the heading answers it, as a template's action
answers the opportunity printed beside it: its opportunity and notes are each action's, where the action's own cells
print none. The status sentence is the recommendation's, not any action's (the second action is still continuing),
so it is kept in the actions' notes, as a keyed row's note on its finding is (`No gaps identified.`), never as their
status. The first action under the heading holds the finding's lines in its span, so nothing printed is lost; the
others share its values, not its span, as a keyed row's actions share a finding printed above them
(parsers/keyed_opportunities.py).

A page may print its findings above the table instead (`page_findings`): Newham's housing improvement plan lists
the inspection's failings, what residents said, and what the failings showed it must do, one a line, right above
its table of what it will do. Every row of that table answers them, as every item under Southend's heading
answers its recommendation: the first paragraph is each action's opportunity, the paragraphs under it its notes,
and the first action's span holds their lines. Which prose is a finding is told by its shape and the profile's
words: a list the lines right above the table's header hold, under a line (no item) that names what they are
by one of the profile's `[document_words].findings` ("We have looked into why these failings happened ..."). A
key to the table's colours, or an introduction, names none, and stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from council_actions.ingest import CELL_ITEM
from council_actions.ingest.model import Cell, Line, Placement, Span
from council_actions.parsers.cleaning import cell_runs
from council_actions.parsers.free_text import free_text
from council_actions.parsers.table_rows import Row, Values

from council_actions.document_words import any_of
from council_actions.roles import ColumnRole

FINDING_ROLES = ("opportunity", "notes")  # what a heading's row prints of its finding
PROSE = (None, "text")  # the layouts of lines no reader put in a table: what a page prints around it


@dataclass(frozen=True)
class Finding:
    """A heading's finding: its values by role (FINDING_ROLES), the lines printing it until an action holds
    them (then none: the actions after it share the values only), and where its opportunity's runs were printed
    where the lines it keeps have no cells left to find them in (prose above a table: `page_findings`)."""

    values: Values
    lines: tuple[Line, ...]
    opportunity_at: Placement | None = None


def is_finding(values: Values) -> bool:
    """A heading's row that prints a finding and no action (the prose above a list's `Action Required`)."""
    return bool(values.get("section") and values.get("opportunity") and not values.get("action"))


def finding_of(values: Values, row: Row, roles: list[ColumnRole | None]) -> Finding:
    """The finding of a heading's row: its values in FINDING_ROLES, and the row's lines that print them (not the
    heading's own line, which is the section heading's)."""
    columns = {column for column, role in enumerate(roles) if role in FINDING_ROLES}
    return Finding({role: values[role] for role in FINDING_ROLES if values.get(role)},
                   tuple(line for line in row.lines if any(cell.column in columns for cell in line.cells)))


def answering(finding: Finding | None, row: Row, values: Values) -> tuple[Row, Values, Finding | None]:
    """An action's row and values with the finding it answers (its own values first), and the finding as the next
    action meets it: the first action's row takes the finding's lines, so its span holds them."""
    if finding is None:
        return row, values, None
    held = Row([*finding.lines, *row.lines], row.marker, row.shared, row.notes)
    return held, {**finding.values, **values}, replace(finding, lines=())


@dataclass(frozen=True)
class Opening:
    """A rule of where a paragraph of the prose above a table opens (OPENINGS: where any applies), given the line
    above, the line, and the line below it in the prose (None at its end)."""

    name: str
    description: str
    opens: Callable[[Line, Line, Line | None], bool]


def _is_item(line: Line) -> bool:
    return CELL_ITEM.pattern.match(line.text.lstrip()) is not None


def _leads_in(line: Line, below: Line | None) -> bool:
    return line.text.rstrip().endswith(":") and below is not None and _is_item(below)


OPENINGS = (
    Opening("gap", "a line that is no item under a blank line (a list spaced out, or parted from its lead-in, is "
            "one paragraph)", lambda above, line, below: line.number > above.number + 1 and not _is_item(line)),
    Opening("lead_in", "a line ending in a colon above a list item: the list's own first line (`... we found that "
            "we need to:`)", lambda above, line, below: _leads_in(line, below)),
    Opening("list", "a list item under a line that is no item and does not lead into it",
            lambda above, line, below: _is_item(line) and not _is_item(above) and not _leads_in(above, line)),
    Opening("after_list", "a line that is no item under a list item", lambda above, line, below:
            _is_item(above) and not _is_item(line)),
)


def page_findings(lines: Sequence[Line], words: tuple[str, ...], own_breaks: bool) -> dict[int, Finding]:
    """The findings printed right above a table's header, by the number of the header's first line: the prose
    lines (no reader's) from the first list above the header down to it, where a line of them that is no item
    names them by one of `words` (the profile's `[document_words].findings`). Each line its own where
    `own_breaks` (a web page saved as text), else wrapped lines are joined (parsers/free_text.py)."""
    names = re.compile(rf"\b{any_of(words)}\b", re.IGNORECASE)
    found: dict[int, Finding] = {}
    for k, line in enumerate(lines):
        if line.layout == "header" and k and lines[k - 1].layout != "header":
            finding = _finding_above(_prose_above(lines, k), names, own_breaks) if words else None
            if finding is not None:
                found[line.number] = finding
    return found


def _prose_above(lines: Sequence[Line], k: int) -> list[Line]:
    """The prose lines right above line k, up to the nearest line a reader placed."""
    start = k
    while start and lines[start - 1].layout in PROSE:
        start -= 1
    return list(lines[start:k])


def _finding_above(prose: list[Line], names: re.Pattern[str], own_breaks: bool) -> Finding | None:
    """The finding of the prose above a header, from its first list (or that list's lead-in) down; None where no
    line of it but an item names findings."""
    first = next((i for i, line in enumerate(prose) if _is_item(line)), None)
    if first is None:
        return None
    if first and _leads_in(prose[first - 1], prose[first]):
        first -= 1
    lines = prose[first:]
    if not any(names.search(line.text) for line in lines if not _is_item(line)):
        return None
    paragraphs: list[list[Line]] = []
    for i, line in enumerate(lines):
        below = lines[i + 1] if i + 1 < len(lines) else None
        if not paragraphs or any(rule.opens(lines[i - 1], line, below) for rule in OPENINGS):
            paragraphs.append([])
        paragraphs[-1].append(line)
    texts = [(free_text([c for line in p for c in line.cells], own_breaks), Span.union(ln.span for ln in p))
             for p in paragraphs]
    values: Values = {"opportunity": texts[0]}
    if texts[1:]:
        values["notes"] = ("\n".join(text for text, _ in texts[1:]), Span.union(span for _, span in texts[1:]))
    return Finding(values, tuple(replace(line, cells=()) for line in lines),
                   printed_at(texts[0][0], [c for line in paragraphs[0] for c in line.cells]))


def printed_at(opportunity: str, cells: list[Cell]) -> Placement | None:
    """Where a finding's opportunity was printed, a run a cell (cleaning.cell_runs) of the cells it was read from,
    for every action answering it to have its pieces (output/action_spans.py); None where no cell is found in it."""
    runs = cell_runs(opportunity, cells)
    return runs if runs.stretches else None
