"""What one set of a table row's values is (ROW_KINDS): a heading over the rows under it (a group's, a part's), an
action, a finding the actions under it answer, or a row that holds no action and is reported, never dropped
unsaid. A rule table, tried in order by parsers/table_plan.py, which reads the table; an action is made of its row
in parsers/table_action.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from council_actions.ingest import heading_text
from council_actions.ingest.model import Cell
from council_actions.parsers.actions import bare_allocation
from council_actions.parsers.findings import answering, finding_of, is_finding
from council_actions.parsers.group_names import names_group
from council_actions.parsers.lettered import lettered_on
from council_actions.parsers.listed_rows import add_listed, lists_under
from council_actions.parsers.printed_across import across_part, printed_across
from council_actions.parsers.progress import with_percent_column
from council_actions.parsers.records import Boilerplate
from council_actions.parsers.section_lines import UnplacedLine, form_of
from council_actions.parsers.table_action import TableReading, text_of, to_action
from council_actions.parsers.table_rows import Row, Values

from council_actions.issues import warning
from council_actions.roles import TARGET, ColumnRole

# What a row may say about an action: beside no action, reported.
ABOUT_THE_ACTION = ("owner", "allocation", "timeline", "start", "revised", "status", "progress", TARGET)
OWNED = ("allocation", "owner")  # in a keyed row with no action text, kept as an action with empty text
LEADING_NUMBER = re.compile(r"(\d+(?:\.\d+)+)\s+\S")  # a numbered paragraph's number of two levels or more


@dataclass(frozen=True)
class RowKind:
    """What one set of a row's values is: a row of a rule table, tried in order (the first whose `applies` takes
    the values reads them)."""

    name: str
    description: str
    applies: Callable[[Values, Row, list[Row], TableReading], bool]
    read: Callable[[Values, Row, TableReading], None]


def _group_heading(values: Values, row: Row, reading: TableReading) -> None:
    reading.group = (" ".join(filter(None, [text_of(values, "element"), values["action"][0]])), row.span)
    reading.boilerplate.append(Boilerplate("group_heading", row.text, row.span))


def _heads_part(values: Values, row: Row, reading: TableReading) -> bool:
    """A row of only its action cell whose first line the section rules read as a heading (a web table's row
    spanning every column, saved with its other cells empty: Waverley's `TARGET 1: Service Aims, Objectives and
    Standards That:` over the bullets saying what they are), that is a group's name in capitals (`GOVERNANCE
    ARRANGEMENTS`: parsers/group_names.py), or whose words a PDF prints across the other columns
    (parsers/printed_across.py): the part the rows under it are in, not an action."""
    cells = row.cells(reading.roles.index("action")) if "action" in reading.roles else []
    if not cells or any(values.get(role) for role in (*ABOUT_THE_ACTION, "element", "opportunity", "notes")):
        return False
    return _heading_by_its_words(cells[0], reading) or printed_across(cells[0], reading.headings)


def _heading_by_its_words(first: Cell, reading: TableReading) -> bool:
    words, status_of = reading.profile.document_words, reading.profile.roles.status_of
    text = heading_text(first.text)
    return form_of(UnplacedLine(text, "row", words, status_of=status_of)) is not None or names_group(text, reading)


def _part_heading(values: Values, row: Row, reading: TableReading) -> None:
    """The part a heading row opens: its first line where its words make it a heading, its whole cell where it is
    printed across the table, which is no heading but the prose introducing the part where it holds sentences
    (across_part). An introduction no action has answered yet introduces the headed parts under it too."""
    cells = row.cells(reading.roles.index("action"))
    heading, finding = ((heading_text(cells[0].text), cells[0].span), None) if _heading_by_its_words(
        cells[0], reading) else across_part(cells, row)
    unanswered = reading.finding if reading.finding is not None and reading.finding.lines else None
    reading.section, reading.group, reading.carried, reading.finding = heading, None, None, finding or unanswered
    if heading is not None:
        reading.boilerplate.append(Boilerplate("section_heading", row.text, row.span))


def _a_finding(values: Values, row: Row, reading: TableReading) -> None:
    reading.finding = finding_of(values, row, reading.roles)


def _an_action(values: Values, row: Row, reading: TableReading) -> None:
    row, values, reading.finding = answering(reading.finding, row, values)
    values = lettered_on(values, reading)
    if values.get("element"):
        reading.carried = values["element"]  # printed once for the rows under it ("Area": Financial Reporting)
    elif reading.carried is not None:
        values = {**values, "element": reading.carried}
    action = to_action(row, values, reading)
    reading.add(with_percent_column(action, row, reading.percent_columns))


def _is_bare_allocation(values: Values, row: Row, below: list[Row], reading: TableReading) -> bool:
    return row.marker is not None and any(values.get(role) for role in OWNED)


def _bare_allocation(values: Values, row: Row, reading: TableReading) -> None:
    text, span = next(values[role] for role in OWNED if values.get(role))
    reading.issues.append(bare_allocation(text, span, row.marker[0] if row.marker else None, "action"))
    _an_action({**values, "action": ("", span)}, row, reading)


def _without_action(values: Values, row: Row, reading: TableReading) -> None:
    reading.issues.append(warning("row_without_action", "parse", "a table row with no text in the action column",
                                  row.text, row.span, None, "action"))


def _keyed_without_action(values: Values, row: Row, reading: TableReading) -> None:
    reading.issues.append(warning("keyed_row_without_action", "parse", "a row keyed by a printed code with no "
                                  "action, owner or allocation (its characteristic, its findings): no action holds "
                                  "its text, so it is kept here", row.text, row.span,
                                  row.marker[0] if row.marker else None, "action"))


def _opportunity_without_action(values: Values, row: Row, reading: TableReading) -> None:
    """A recommendation with no action beside it: keyed by its printed reference where it has one (kept like a
    characteristic the plan gives no action, no doubt about the row), else a row without its action."""
    if not values.get("element"):
        _without_action(values, row, reading)
        return
    key = values["element"][0]
    reading.issues.append(warning("keyed_row_without_action", "parse", f"row {key} prints a recommendation and no "
                                  "action of its own: no action holds its text, so it is kept here", row.text,
                                  row.span, key, "action"))


ROW_KINDS = (
    RowKind("group_heading", "a row of only a reference and a title, whose reference the next row's extends "
            "(`2` above `2.1`): it heads the rows under it", lambda v, r, below, reading: _heads_group(
                v, below, reading.roles), _group_heading),
    RowKind("part_heading", "a row of only its action cell opening with a section heading (`TARGET 1: ...`, every "
            "other cell empty) or printing a group's name in capitals: the part the rows under it are in",
            lambda v, r, below, reading: _heads_part(v, r, reading), _part_heading),
    RowKind("listed_item", "a row of action text alone right under an action closing on a colon (`Services involved "
            "in this activity include:`): an item of its list, in that action's notes and span (parsers/listed_rows)",
            lambda v, r, below, reading: lists_under(v, r, ABOUT_THE_ACTION, reading), add_listed),
    RowKind("action", "a row with text in the action column: an action", lambda v, r, below, reading:
            bool(v.get("action")), _an_action),
    RowKind("finding", "a section heading's row with a finding under it and no action (the recommendation above a "
            "list's `Action Required`): every action under the heading answers it", lambda v, r, below, reading:
            is_finding(v), _a_finding),
    RowKind("bare_allocation", "a row keyed by a printed code with an owner or allocation but no action text: an "
            "action with empty text, so that its owners are kept", _is_bare_allocation, _bare_allocation),
    RowKind("row_without_action", "any other row with an owner, timeline, status, progress or target: reported",
            lambda v, r, below, reading: any(v.get(role) for role in ABOUT_THE_ACTION), _without_action),
    RowKind("keyed_without_action", "any other row keyed by a printed code (a characteristic the plan gives no "
            "action, `No gaps identified.`): its text reported, which no action holds", lambda v, r, below, reading:
            r.marker is not None, _keyed_without_action),
    RowKind("opportunity_without_action", "any other row printing what an action would answer (a recommendation) "
            "and no action: its text reported, never dropped unsaid (the LGA's `R3:Tighten ... To be addressed "
            "through 2, above.`: a recommendation the actions of another answer, on its reference's line)",
            lambda v, r, below, reading: bool(v.get("opportunity")), _opportunity_without_action),
    RowKind("row_of_other_text", "any other row holding text, in columns no heading rule knows (a note under "
            "`Savings`): reported as a row without its action, never dropped unsaid",
            lambda v, r, below, reading: not v.get("section") and any(c.text.strip() for line in r.lines
                                                                     for c in line.cells), _without_action),
    RowKind("empty_row", "a row every cell of which is empty (a spreadsheet's blank row saved as bare `|` cells, the "
            "Isle of Wight's design award sheet): boilerplate `rule`, a table's ruling holding no word, so the "
            "lines are accounted for", lambda v, r, below, reading: not any(ch.isalnum() for ch in r.text),
            lambda v, r, reading: reading.boilerplate.append(Boilerplate("rule", r.text, r.span))),
)


def _heads_group(values: Values, below: list[Row], roles: list[ColumnRole | None]) -> bool:
    """A row of only a reference and a title, whose reference the next row's extends (`2` above `2.1`, a theme's
    `1.0` above `1.1`). Where the table has no reference column, the reference is the number opening the action
    cell, alone on its line (`1.0` / `Transport` above `1.1` / `Draft Local Plan to: ...`) or not."""
    if not values.get("action") or any(values.get(role) for role in ABOUT_THE_ACTION):
        return False
    column = roles.index("element") if "element" in roles else roles.index("action")
    printed = text_of(values, "element")
    ref = printed if printed is not None else _leading_number(values["action"][0], "element" in roles)
    following = next((" ".join(c.text for c in r.cells(column)) for r in below if r.cells(column)), "")
    return ref is not None and (following.startswith(f"{ref}.")
                                or (ref.endswith(".0") and following.startswith(ref[:-1])))


def _leading_number(text: str, has_reference: bool) -> str | None:
    """The number opening an action cell (`1.0` of `1.0 Transport`, LEADING_NUMBER), in a table with no
    reference column; None otherwise."""
    found = None if has_reference else LEADING_NUMBER.match(text)
    return found.group(1) if found else None
