"""Any council's plan table, read by the roles of its columns.

The text reader found the table's columns (`Document.columns`); the profile
says what each heading means. Each table row becomes one action: its text
from the `action` column, its owner, timeline, status, progress and notes
from theirs, whatever their positions (an `allocation` column prints owner
and timeline in one cell; the normaliser splits them). A row with only a reference and a
title (`2 | Department's Working Style`) heads the rows under it; a section
heading of a list heads its items, and where it reads as a time ("Up to six
months") it is their timeline. An owner cell saying "ditto" or "as above"
takes the owner above (`Action.owner_above`), reported as a repair; the
cell stays as printed in `owner_raw`. Which kind of row a row is, is decided
here (ROW_KINDS); an action is made of its row in parsers/table_action.py. A table that yields no action
at all is refused: it looks like a plan, so passing it as empty would hide
a misreading.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from council_actions.ingest import ACTION_ROLES, heading_text
from council_actions.ingest.model import Cell, Document, Line, Rendering, Span
from council_actions.parsers.action_plan import document_vocabulary
from council_actions.parsers.actions import bare_allocation
from council_actions.parsers.findings import answering, finding_of, is_finding, page_findings
from council_actions.parsers.group_names import names_group
from council_actions.parsers.lettered import lettered_on
from council_actions.parsers.marked_rows import key_rows
from council_actions.parsers.part_column import part_column
from council_actions.parsers.printed_across import across_part, printed_across
from council_actions.parsers.progress import PERCENT_HEADING, with_percent_column
from council_actions.parsers.records import Action, Boilerplate, ParsedDocument
from council_actions.parsers.section_lines import UnplacedLine, form_of
from council_actions.parsers.sections import with_sections
from council_actions.parsers.table_action import TableReading, text_of, to_action
from council_actions.parsers.table_rows import (
    Row,
    Values,
    group_rows,
    unsure_breaks,
    value_sets,
    with_row_notes,
)

from council_actions.fiscal import FiscalCalendar
from council_actions.issues import Issue, StageError, warning
from council_actions.profile import Profile
from council_actions.roles import TARGET, ColumnRole

# Renderings whose cells keep their own line breaks (web tables saved as text).
HARD_BREAKS: frozenset[Rendering] = frozenset({"pipe", "pipe_cell_lines", "cell_lines", "spaced_header", "slash"})
# Renderings whose line breaks are told from character counts, which can tie.
MEASURED_BY_CHARACTERS: frozenset[Rendering] = frozenset({"fixed_width"})
# What a row may say about an action: beside no action, reported.
ABOUT_THE_ACTION = ("owner", "allocation", "timeline", "start", "status", "progress", TARGET)
OWNED = ("allocation", "owner")  # in a keyed row with no action text, kept as an action with empty text
LEADING_NUMBER = re.compile(r"(\d+(?:\.\d+)+)\s+\S")  # a numbered paragraph's number of two levels or more


def has_plan_table(document: Document, profile: Profile) -> bool:
    """Whether the text reader found a table whose headings the profile reads as having an action column: the
    test that picks this reader for a council's own layout."""
    return bool(ACTION_ROLES & set(column_roles(document, profile)))


def column_roles(document: Document, profile: Profile) -> list[ColumnRole | None]:
    """The role of each column the text reader found: the role the reader itself gave it where it did (a list's
    section and items, a record's title), else what the profile's heading rules make of its heading."""
    return profile.roles.roles_of([c.heading for c in document.columns], [c.role for c in document.columns])


@dataclass(frozen=True)
class RowKind:
    """What one set of a row's values is: a row of a rule table, tried in order (the first whose `applies` takes
    the values reads them)."""

    name: str
    description: str
    applies: Callable[[Values, Row, list[Row], TableReading], bool]
    read: Callable[[Values, Row, TableReading], None]


def parse_table_plan(document: Document, profile: Profile) -> ParsedDocument:
    """Any council's plan table as actions, a row (or a bulleted item) each (ROW_KINDS); raises a StageError
    where the table yields no action, since a table that looks like a plan and reads empty is a misreading."""
    headings = _headings(document)
    roles, part = part_column(document, column_roles(document, profile), headings, profile.document_words)
    rows, boilerplate, issues = group_rows(document)
    if profile.row_marker is not None:  # a table keyed by printed codes: its rows again, cleared of debris
        rows, debris = key_rows(rows, roles, profile.row_marker, document_vocabulary(document, profile))
        issues += debris
    percent_columns = [i for i, (role, column) in enumerate(zip(roles, document.columns, strict=True))
                       if role == "progress" and PERCENT_HEADING.search(column.heading)]
    findings = page_findings(list(document.iter_lines()), profile.document_words.findings,
                             document.rendering in HARD_BREAKS)
    above = [line for finding in findings.values() for line in finding.lines]
    reading = TableReading(document, profile, roles, FiscalCalendar(profile.fiscal_year_start_month,
                       profile.single_year_quarter), percent_columns, boilerplate, issues,
                       headings=headings, section=part)
    for index, row in enumerate(rows):
        reading.finding = next((findings.pop(at) for at in list(findings) if at < row.lines[0].number),
                               reading.finding)  # a table's findings printed above its header (page_findings)
        _read_row(row, rows[index + 1:], reading)
    issues = _held_by_findings(issues, above, reading.actions)
    if not reading.actions:
        printed = ", ".join(c.heading for c in document.columns) or "no column headings"
        lost = next((f"; {i.message}" for i in document.issues if i.severity == "error"), "")  # why, if the read says
        raise StageError("parse", document.source_name, f"looks like a plan table ({document.rendering}: "
                         f"{printed}) but no row has an action{lost}")
    return with_sections(ParsedDocument("action_plan", (), (), (), tuple(reading.actions), (), tuple(boilerplate),
                                        tuple(issues)), profile.document_words, profile.roles.status_of)


def _read_row(row: Row, below: list[Row], reading: TableReading) -> None:
    """A row's value sets (one per bulleted item), each read by the first ROW_KINDS rule that takes it."""
    document, profile = reading.document, reading.profile
    if document.rendering in MEASURED_BY_CHARACTERS:
        reading.issues += unsure_breaks(row, reading.roles)
    if row.marker is not None:
        reading.issues.append(_unverified(row.marker))
    if row.lines[0].layout == "row_unheaded":  # the heading above is not this row's (headed_list)
        reading.section, reading.group, reading.carried, reading.finding = None, None, None, None
    for values in value_sets(row, reading.roles, reading.headings, document.rendering in HARD_BREAKS,
                             profile.roles.is_ditto):
        if row.marker is not None:
            values = {**with_row_notes(values, row), "element": row.marker}
        if values.get("section"):
            reading.section, reading.group, reading.carried, reading.finding = values["section"], None, None, None
            reading.boilerplate.append(Boilerplate("section_heading", values["section"][0], values["section"][1]))
        kind = next((kind for kind in ROW_KINDS if kind.applies(values, row, below, reading)), None)
        if kind is not None:
            kind.read(values, row, reading)


def _held_by_findings(issues: list[Issue], lines: list[Line], actions: list[Action]) -> list[Issue]:
    """The issues but the unplaced lines of a finding above a table that an action's span holds (the first
    answering it); a finding no action took (a section heading came first) stays reported, never lost."""
    held = {line.number for line in lines if any(a.span.line_start <= line.number <= a.span.line_end
                                                for a in actions)}
    return [issue for issue in issues if issue.code != "unplaced_text" or issue.span.line_start not in held]


def _headings(document: Document) -> dict[int, tuple[str, Span]]:
    """Each column's heading as printed and where: its cell in the header lines, else the header lines' span (a
    reader that keeps a header without cells), else the first line's; a period heading is its cells' timeline."""
    header = [line for line in document.iter_lines() if line.layout == "header"]
    whole = Span.union(line.span for line in header or list(document.iter_lines())[:1])
    cells = {cell.column: cell.span for line in header for cell in line.cells}
    return {k: (column.heading, cells.get(k, whole)) for k, column in enumerate(document.columns)}


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


def _unverified(marker: tuple[str, Span]) -> Issue:
    code, span = marker
    return warning("element_id_unverified", "parse", f"row keyed by '{code}' as printed: the profile lists no ids to "
                   "check it against, so an OCR slip in it is not repaired", code, span, code, "element_id")
