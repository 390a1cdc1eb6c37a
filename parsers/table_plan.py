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
by the rule table parsers/row_kinds.ROW_KINDS; an action is made of its row
in parsers/table_action.py. A table that yields no action at all is refused:
it looks like a plan, so passing it as empty would hide a misreading.
"""

from __future__ import annotations

from council_actions.ingest import ACTION_ROLES
from council_actions.ingest.model import Document, Line, Rendering, Span
from council_actions.parsers.action_plan import document_vocabulary
from council_actions.parsers.columns_printed import column_headings, column_roles
from council_actions.parsers.findings import page_findings
from council_actions.parsers.marked_rows import key_rows
from council_actions.parsers.part_column import part_column
from council_actions.parsers.progress import PERCENT_HEADING
from council_actions.parsers.records import Action, Boilerplate, ParsedDocument
from council_actions.parsers.row_kinds import ROW_KINDS
from council_actions.parsers.sections import with_sections
from council_actions.parsers.table_action import TableReading
from council_actions.parsers.table_rows import (
    Row,
    group_rows,
    unsure_breaks,
    value_sets,
    with_row_notes,
)

from council_actions.fiscal import FiscalCalendar
from council_actions.issues import Issue, StageError, warning
from council_actions.profile import Profile

# Renderings whose cells keep their own line breaks (web tables saved as text).
HARD_BREAKS: frozenset[Rendering] = frozenset({"pipe", "pipe_cell_lines", "cell_lines", "spaced_header", "slash"})
# Renderings whose line breaks are told from character counts, which can tie.
MEASURED_BY_CHARACTERS: frozenset[Rendering] = frozenset({"fixed_width"})


def has_plan_table(document: Document, profile: Profile) -> bool:
    """Whether the text reader found a table whose headings the profile reads as having an action column: the
    test that picks this reader for a council's own layout."""
    return bool(ACTION_ROLES & set(column_roles(document, profile)))


def parse_table_plan(document: Document, profile: Profile) -> ParsedDocument:
    """Any council's plan table as actions, a row (or a bulleted item) each (ROW_KINDS); raises a StageError
    where the table yields no action, since a table that looks like a plan and reads empty is a misreading."""
    headings = column_headings(document)
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


def _unverified(marker: tuple[str, Span]) -> Issue:
    code, span = marker
    return warning("element_id_unverified", "parse", f"row keyed by '{code}' as printed: the profile lists no ids to "
                   "check it against, so an OCR slip in it is not repaired", code, span, code, "element_id")
