"""Rows of a plan table and the values of each role in them.

A row is the lines from one `row_start` to the next (the text reader marked
them). A row whose action cell lists several bulleted items, with the owner
and timeline cells printing one line per item (`John Anderson` / `ditto` /
`ditto`), is several actions: item i takes line i of every column that has
a line per item, the last item takes what is left, and a column with one
line (the row's reference, its objective) is shared by all items.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from council_actions.ingest import NUMBER_ALONE, ROW_NUMBER
from council_actions.ingest.model import Cell, Document, Line, Placement, Span
from council_actions.parsers.cell_items import action_items, line_units, listed_text
from council_actions.parsers.cleaning import join_cells, placement
from council_actions.parsers.free_text import FREE_TEXT_ROLES, free_text
from council_actions.parsers.records import Boilerplate, BoilerplateKind
from council_actions.parsers.unplaced import unplaced_text

from council_actions.issues import Issue, warning
from council_actions.roles import FOOTNOTE, PERIOD, TARGET, ColumnRole

Values = dict[str, tuple[str, Span]]
# The key of a row's value sets that numbers its items where its action cell lists several (`1`, `2`, ...), with
# the item's own span: each item is an action printed on its own lines (parsers/table_action.py `_span`).
ITEM = "item"
# Where a cell's lines are its own line breaks (a web table saved as text), each owner (or supporting owner) and
# timeline line is one owner or one milestone (unless it runs on: `Meeting held by` / `28 February 2014`); elsewhere
# (fixed-width, converter text) lines are wrapping.
LISTED_ROLES = frozenset({"owner", "support", "timeline"})
# Roles that may gather the values of several columns of a row: where a table has more than one such column, each
# value keeps its heading (`Impact: ...; Priority: High`), in every row, since a value parted from its heading
# ("High") means nothing to a reader; a table's one notes column needs no heading to be told from another.
LABELLED_ROLES = frozenset({"notes"})
# Columns read into no field of the action: a heading no rule knows, or one a rule names `ignore`. Their cells are
# still the row's text, so they are kept in its notes under their heading (`Import-ance: HD`), never dropped.
UNREAD = (None, "ignore")
Headings = dict[int, tuple[str, Span]]  # per column: its heading as printed and where (columns_printed.column_headings)


@dataclass
class Row:
    """The lines of one table row, from one `row_start` to the next: a cell of a row wraps over several lines,
    and its values are read per column over all of them."""

    lines: list[Line] = field(default_factory=list)
    marker: tuple[str, Span] | None = None  # the printed code the row is keyed by (`marked_rows`), where it is
    shared: list[Line] = field(default_factory=list)  # cells printed above it that it shares: values, not span
    notes: list[Line] = field(default_factory=list)  # opportunity cells no action answers: the row's notes

    def cells(self, column: int) -> list[Cell]:
        """The row's cells in one column, top to bottom, those it shares from above first: a value is read over
        every line its cell wraps on."""
        return [c for line in [*self.shared, *self.lines] for c in line.cells if c.column == column]

    @property
    def span(self) -> Span:
        """Where the row is printed, its notes included: the provenance of the action read from it (not the cells
        it shares from above, which the row above holds)."""
        return Span.union(ln.span for ln in [*self.lines, *self.notes])

    @property
    def text(self) -> str:
        """The row's lines as printed, one a line (blank lines between them left out): what an issue or a boilerplate
        record about the whole row quotes, the source's own characters for an auditor to find (its cells joined by
        ` | ` were text the source never prints)."""
        return "\n".join(line.text for line in self.lines)


def group_rows(document: Document) -> tuple[list[Row], list[Boilerplate], list[Issue]]:
    """The document's lines grouped into table rows; header and rule lines go to boilerplate, and text outside
    the table is reported (`unplaced_text`), never dropped."""
    rows: list[Row] = []
    boilerplate: list[Boilerplate] = []
    issues: list[Issue] = []
    for line in document.iter_lines():
        if line.layout in ("header", "rule"):
            kind: BoilerplateKind = "column_header" if line.layout == "header" else "rule"
            boilerplate.append(Boilerplate(kind, line.text, line.span))
        elif line.layout in ("row_start", "row_unheaded") or (line.layout == "row" and not rows):
            rows.append(Row([line]))
        elif line.layout == "row":
            rows[-1].lines.append(line)
        elif line.layout == "past_columns":  # among the table's lines, printing past its columns (layout.runs_past)
            issues.append(unplaced_text("past_headings", line.text, line.span))
        else:
            issues.append(unplaced_text("beside_table", line.text, line.span))
    return rows, boilerplate, issues


def value_sets(row: Row, roles: list[ColumnRole | None], headings: Headings, hard_breaks: bool,
               opens_item: Callable[[str], bool]) -> list[Values]:
    """The row's value sets: one per cell under a period heading where the table is a grid of periods
    (`period_values`), else one per action item (`row_values`); each with the row's targets (`target_values`)."""
    sets = period_values(row, roles, headings) if PERIOD in roles else row_values(row, roles, headings, hard_breaks,
                                                                                  opens_item)
    targets = target_values(row, roles, headings)
    return [{**values, **targets} for values in sets]


def row_values(row: Row, roles: list[ColumnRole | None], headings: Headings, hard_breaks: bool = False,
               opens_item: Callable[[str], bool] = lambda text: False) -> list[Values]:
    """The row's values by role: one set per action item (usually one). `opens_item`: a line that is always an
    item of its own (a ditto under a name); `headings`: what a value of LABELLED_ROLES is kept under."""
    columns = {column: row.cells(column) for column in range(len(roles))}
    action = next((c for c, r in enumerate(roles) if r == "action"), None)
    number = _row_number(columns[action], roles) if action is not None else None
    if number is not None and action is not None:
        columns[action] = columns[action][1:]
    ref: Values = {"element": (number.text, number.span)} if number is not None else {}
    items = action_items(columns.get(action, [])) if action is not None else []
    if len(items) == 1 and action is not None:
        columns[action] = items[0]
    if len(items) < 2:
        return [{**_values(columns, roles, hard_breaks, opens_item, headings), **ref}]
    units = {column: line_units(cells, hard_breaks, opens_item) for column, cells in columns.items()}
    out = []
    for i, item in enumerate(items):
        share: dict[int, list[Cell]] = {}
        for column, cells in units.items():
            if column == action:
                share[column] = item
            elif len(cells) <= 1:
                share[column] = [c for unit in cells for c in unit]
            else:
                share[column] = [c for unit in (cells[i:i + 1] if i < len(items) - 1 else cells[i:]) for c in unit]
        out.append({**_values(share, roles, hard_breaks, opens_item, headings), **ref,
                    ITEM: (str(i + 1), Span.union(c.span for c in item))})
    return out


def _row_number(cells: list[Cell], roles: list[ColumnRole | None]) -> Cell | None:
    """The row's number printed alone on the first line of its action cell (`1` / `Ensure that ...`, a numbered
    paragraph's `1.1` / `Draft Local Plan to:`), in a table with no reference column: the row's reference, not the
    action's text; None otherwise."""
    first = cells[0].text.strip() if cells else ""
    if "element" in roles or len(cells) < 2 or not (ROW_NUMBER.fullmatch(first) or NUMBER_ALONE.fullmatch(first)):
        return None
    return cells[0]


def with_row_notes(values: Values, row: Row) -> Values:
    """The values with the row's notes (`Row.notes`: opportunity text that no action answers) after any printed
    in a notes column: kept as the action's notes, as the template reader keeps them as its element's."""
    if not row.notes:
        return values
    cells = [c for line in row.notes for c in line.cells]
    noted = [*([values["notes"]] if values.get("notes") else []),
             (join_cells(cells), Span.union(c.span for c in cells))]
    return {**values, "notes": ("; ".join(text for text, _ in noted), Span.union(span for _, span in noted))}


def placed(row: Row, roles: list[ColumnRole | None], role: ColumnRole, values: Values) -> Placement | None:
    """Where each run of the row's value in `role` was printed (`cleaning.placement`), from the row's cells in
    that role's columns, in the order the value joins them, that lie within the value's span (an item of a
    bulleted row reads only its own lines); None where the row has no such value."""
    if not values.get(role):
        return None
    text, span = values[role]
    cells = [c for column, r in enumerate(roles) if r == role for c in row.cells(column)
             if span.char_start <= c.span.char_start and c.span.char_end <= span.char_end]
    return placement(text, cells)


def period_values(row: Row, roles: list[ColumnRole | None], headings: Headings) -> list[Values]:
    """A row of a grid whose columns are headed by periods (roles.PERIOD): one set per cell under such a heading
    that holds text, that cell the action and the heading its timeline as printed, with the heading's span; the
    row's other columns are shared by all. An empty cell is no action."""
    shared = _values({c: row.cells(c) for c, r in enumerate(roles) if r != PERIOD}, roles, False, lambda t: False,
                     headings)
    out = []
    for column in (c for c, r in enumerate(roles) if r == PERIOD):
        cells = row.cells(column)
        if cells:
            text = join_cells(cells)
            out.append({**shared, "action": (text, Span.union(c.span for c in cells)), "timeline": headings[column]})
    return out


def target_values(row: Row, roles: list[ColumnRole | None], headings: Headings) -> Values:
    """The row's cells under target columns (roles.TARGET), each as `heading: cell` so a target keeps the period
    it is for (`2025: 45%; 2026: 50%`), with their spans; nothing where the row has none."""
    found = [(headings[c][0], row.cells(c)) for c, role in enumerate(roles) if role == TARGET and row.cells(c)]
    if not found:
        return {}
    text = "; ".join(f"{heading}: {join_cells(cells)}" for heading, cells in found)
    return {TARGET: (text, Span.union(c.span for _, cells in found for c in cells))}


def unsure_breaks(row: Row, roles: list[ColumnRole | None]) -> list[Issue]:
    """Lines of an owner or timeline column whose break the reader measured and found a tie (`line_break` None
    under a line of the same cell): read as items of their own, and reported."""
    issues = []
    for column, role in enumerate(roles):
        cells = row.cells(column) if role in LISTED_ROLES else []
        for above, cell in pairwise(cells):
            if cell.line_break is None and above.span.line_end == cell.span.line_start - 1:
                issues.append(warning("line_break_unsure", "parse", f"'{cell.text}' would only just have fitted at "
                                      f"the end of the line above ('{above.text}'): neither characters nor letter "
                                      f"widths tell a {role} of its own from a wrapped line; read as one of its own",
                                      cell.text, cell.span, None, role))
    return issues


def _values(columns: dict[int, list[Cell]], printed_roles: list[ColumnRole | None], hard_breaks: bool,
            opens_item: Callable[[str], bool], headings: Headings) -> Values:
    """The row's value of each role, over its columns of that role; an UNREAD column's cells are notes, and then
    every notes value keeps its heading, as beside another notes column."""
    roles = ["notes" if role in UNREAD else role for role in printed_roles]
    unread = roles != printed_roles
    values: Values = {}
    for role in dict.fromkeys(r for r in roles if r):
        groups = {column: cells for column, cells in columns.items() if roles[column] == role and cells}
        if groups:
            measured = any(c.line_break is not None for cells in groups.values() for c in cells)
            listed = role in LISTED_ROLES and (hard_breaks or measured)
            texts = {column: listed_text(cells, hard_breaks, opens_item) if listed
                     else free_text(cells, hard_breaks) if role in FREE_TEXT_ROLES
                     else join_cells(cells) for column, cells in groups.items()}
            if role in LABELLED_ROLES and (roles.count(role) > 1 or unread):
                texts = {column: _labelled(headings, column, text) for column, text in texts.items()}
            values[role] = ("; ".join(texts.values()), Span.union(c.span for cells in groups.values() for c in cells))
    return values


def _labelled(headings: Headings, column: int, text: str) -> str:
    """A value under its column's heading as printed, footnote markers and a closing colon dropped (`Impact: ...`);
    the value alone where the column has no heading."""
    heading = " ".join(FOOTNOTE.sub("", headings[column][0]).split()).rstrip(" :") if column in headings else ""
    return f"{heading}: {text}" if heading else text

