"""One action made of one value set of a plan table's row, and what reading the table carries from row to row.

parsers/row_kinds.py decides what each row is (ROW_KINDS); a row that is an action comes here to be made one:
its fields from the columns by their roles, its element from what it prints or the group or section heading over
it (`TableReading`), its seq counted among the actions before it, an owner printed as a ditto read from the owner
above, and a section heading that reads as a time as its timeline where the row prints none, else a deadline the
action's own sentence closes on (`... by 31/3/26.`: parsers/own_deadlines.py), else the period a lead-in line
over the list names (`..., in 2024-2025 we will:`: ingest/lead_ins.py), marked as carried.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from council_actions.ingest import CELL_ITEM
from council_actions.ingest.model import Cell, Document, Placement, Span, Stretch
from council_actions.parsers.action_ids import make_action_id
from council_actions.parsers.cleaning import cell_runs
from council_actions.parsers.findings import Finding
from council_actions.parsers.own_deadlines import own_deadline
from council_actions.parsers.progress import percent_complete, read_status
from council_actions.parsers.records import (
    Action,
    Boilerplate,
    OwnerRepair,
    SectionHeading,
    StatusFrom,
    TimelineFrom,
)
from council_actions.parsers.table_rows import ITEM, Row, Values, placed

from council_actions.dating.is_a_time import RESOLVED_KINDS, is_timeline
from council_actions.fiscal import FiscalCalendar
from council_actions.issues import Issue, warning
from council_actions.profile import Profile
from council_actions.roles import PERIOD, TARGET, ColumnRole

NOTED = ("characteristic", "score", "notes", TARGET)  # the roles an action's notes gather, in this order


@dataclass
class TableReading:
    """What reading a table's rows carries from row to row: the actions so far, the heading over a list's items
    (where it was printed), the group a row of only a reference and a title opened, and the reference printed
    once for the rows under it."""

    document: Document
    profile: Profile
    roles: list[ColumnRole | None]
    calendar: FiscalCalendar
    percent_columns: list[int]
    boilerplate: list[Boilerplate]
    issues: list[Issue]
    actions: list[Action] = field(default_factory=list)
    headings: dict[int, tuple[str, Span]] = field(default_factory=dict)  # per column, as printed: `_headings`
    section: tuple[str, Span] | None = None
    group: tuple[str, Span] | None = None  # the title of a row heading the rows under it, and the row's span
    carried: tuple[str, Span] | None = None
    finding: Finding | None = None  # what the items under the section heading answer (parsers/findings.py)
    # The last action's letter and the opportunity it answered, which the next letter answers too (parsers/lettered.py)
    lettered: tuple[str, tuple[str, Span]] | None = None
    # What every new action asks of the actions so far, kept as they are added (`add`): how many each element id
    # has (its seq), the action ids taken and the last owner named (a ditto's owner above). Counting through the
    # actions for each new one cost their number squared: 5,800 actions took 17 million looks, most of a parse.
    per_element: Counter[str] = field(default_factory=Counter)
    action_ids: set[str] = field(default_factory=set)
    owner_above: str | None = None
    last: Action | None = None  # the action read last, which a row listing what it leads into joins (listed_rows)
    # The words the document prints in lower case, gathered on the first row of capitals (parsers/group_names.py)
    lower_words: frozenset[str] | None = None
    # Where each opportunity an action placed was printed, by its text and span: the actions after it that share the
    # value (a finding over several, a letter going on from the one above) share its pieces (`_opportunity_runs`)
    opportunities_at: dict[tuple[str, int, int], Placement] = field(default_factory=dict)

    def add(self, action: Action) -> None:
        """An action read: kept, and counted for the actions after it."""
        self.actions.append(action)
        self.per_element[action.element_id] += 1
        self.action_ids.add(action.action_id)
        self.owner_above = action.owner_named or self.owner_above
        self.last = action

    def amend_last(self, action: Action) -> None:
        """The last action read, grown by a row under it (an item of the list it leads into): kept in its
        place, its id and owner counted as they were."""
        self.actions[-1] = self.last = action


def to_action(row: Row, values: Values, reading: TableReading) -> Action:
    """The action one value set of a row gives, under the heading or group the reading has reached: its element
    (printed, else the group's or the section heading's), its seq within that element, a ditto owner read from the
    actions above, and its timeline (`_timeline`)."""
    values = _timeline_under_owner(row, values, reading.roles)
    text, span = values["action"]
    heading = _heading(reading.section[0]) if reading.section else None
    printed = text_of(values, "element")
    element = printed if printed is not None else (reading.group[0] if reading.group else heading)
    owner, owner_span = values.get("owner") or (None, None)
    repair, above = _ditto(owner, owner_span or span, element, reading)
    timeline, timeline_span, carried = _timeline(row, values, reading, heading)
    allocated, allocated_span = values.get("allocation") or (None, None)  # owners and timeline: the normaliser splits
    start, start_span = values.get("start") or (None, None)
    revised, revised_span = values.get("revised") or (None, None)
    support, support_span = values.get("support") or (None, None)
    progress = text_of(values, "progress")
    status, status_raw = _status(values, progress, reading, element)
    action_id, seq = _numbered(element or "", text, reading)
    return Action(
        action_id=action_id, element_id=element or "", seq=seq,
        opportunity=text_of(values, "opportunity"),
        action=text, allocated_raw=allocated, allocated_printed=allocated,
        span=_span(row, values, reading),
        allocated_span=allocated_span, allocated_at=placed(row, reading.roles, "allocation", values),
        action_at=_runs(row, values, reading.roles, "action") or Placement((Stretch(0, len(text), span),)),
        opportunity_at=_opportunity_runs(row, values, reading),
        owner_raw=owner, owner_repair=repair, owner_above=above, owner_span=owner_span,
        owner_at=placed(row, reading.roles, "owner", values),
        support_raw=support, support_span=support_span, support_at=placed(row, reading.roles, "support", values),
        timeline_raw=timeline, timeline_span=timeline_span, timeline_at=placed(row, reading.roles, "timeline", values),
        timeline_from=carried,
        start_raw=start, start_span=start_span, start_at=placed(row, reading.roles, "start", values),
        revised_raw=revised, revised_span=revised_span, revised_at=placed(row, reading.roles, "revised", values),
        status=status, status_raw=status_raw, status_from=_status_from(values, status),
        progress=progress, percent_complete=percent_complete(progress),
        notes="; ".join(values[role][0] for role in NOTED if values.get(role)) or None,
        sections=_sections(reading),
    )


def _status_from(values: Values, status: str | None) -> StatusFrom | None:
    """Where read_status found the status: the row's status cell, else its progress note. A row printing none may
    still be done by its timelines, or named so by a heading (normalise/done.py)."""
    if status:
        return "status" if values.get("status") else "progress"
    return None


def text_of(values: Values, role: str) -> str | None:
    """The text of a row's value of the role, as printed; None where the row has none."""
    return values[role][0] if values.get(role) else None


def _status(values: Values, progress: str | None, reading: TableReading, element: str | None
            ) -> tuple[str | None, str | None]:
    """The row's status key and status as printed (parsers/progress.read_status); a status the profile does not know
    is reported."""
    status, status_raw, unknown = read_status(values, progress, reading.profile, _heading_of(reading, "status"),
                                              element)
    reading.issues += unknown
    return status, status_raw


def _timeline(row: Row, values: Values,
              reading: TableReading, heading: str | None) -> tuple[str | None, Span | None, TimelineFrom | None]:
    """The action's timeline, its span and where it was carried from, first found of: its timeline cell; the section
    heading over it where that reads as a time (its span the heading's); where the row prints no allocation either,
    the deadline its own sentence closes on, else the period a lead-in over its list names (`lead_in`: its span
    the period's words)."""
    if values.get("timeline"):
        text, span = values["timeline"]
        return text, span, None
    if reading.section and heading and is_timeline(heading, RESOLVED_KINDS, reading.calendar):
        return heading, reading.section[1], None
    if values.get("allocation"):  # owners and timeline in one cell: the normaliser finds the timeline in it
        return None, None, None
    if (deadline := _own_deadline(row, values, reading)) is not None:
        return *deadline, None
    if values.get("lead_in"):
        return *values["lead_in"], "lead_in"
    return None, None, None


def _numbered(element: str, text: str, reading: TableReading) -> tuple[str, int]:
    """The action's id and its seq within its element (one more than the actions read under it so far); an id
    another action of the document has already is made unique by the seq."""
    seq = 1 + reading.per_element[element]
    action_id = make_action_id(element, text)
    return (f"{action_id}-{seq}" if action_id in reading.action_ids else action_id), seq


def _timeline_under_owner(row: Row, values: Values, roles: list[ColumnRole | None]) -> Values:
    """The values with the time printed under the owner as the row's timeline, in a row printing nothing under the
    timeline's heading: its owner cell's last lines, each a line of its own that reads as a time, below a line that
    does not (Maidstone's homelessness action plan: `Housing Advice Manager MBC Housing Advice Team` / `June-December
    2024` in one cell, the row a cell short of its `Timescale`: ingest/pipe_counted.py). Each keeps its own span;
    the values as they are where the row prints a timeline, the table has no timeline column, or no such line."""
    if values.get("timeline") or not values.get("owner") or "timeline" not in roles:
        return values
    owner, span = values["owner"]
    cells = [c for column, role in enumerate(roles) if role == "owner" for c in row.cells(column)
             if span.char_start <= c.span.char_start and c.span.char_end <= span.char_end]
    printed = owner.split("\n")
    if len(printed) != len(cells) or [" ".join(c.text.split()) for c in cells] != printed:
        return values  # the owner's lines are not its cells' one for one (a name run on over two): left whole
    last = len(printed)
    while last > 1 and is_timeline(printed[last - 1]):
        last -= 1
    if last == len(printed):
        return values
    return {**values, "owner": ("\n".join(printed[:last]), Span.union(c.span for c in cells[:last])),
            "timeline": ("\n".join(printed[last:]), Span.union(c.span for c in cells[last:]))}


def _own_deadline(row: Row, values: Values, reading: TableReading) -> tuple[str, Span] | None:
    """The deadline the action's sentence closes on (`by 31/3/26`: parsers/own_deadlines.py), for an action
    nothing else times: its words as printed and their own characters in the action's cell (the cell's span where
    the parser rewrote the cell), so an auditor is shown the date, not the whole measure."""
    text, span = values["action"]
    found = own_deadline(text)
    if found is None:
        return None
    at = placed(row, reading.roles, "action", values)
    return text[found[0]:found[1]], (at.span(*found) if at else None) or span


def _span(row: Row, values: Values, reading: TableReading) -> Span:
    """Where the action is printed, what an auditor is shown for it: a grid's cell under a period heading; an item
    of a row listing several its own lines (`ITEM`), the first item also the row's lines above it (a reference or
    recommendation printed over the bullets, a finding the row answers), which the items share as values, as
    actions share a finding; else the whole row."""
    if PERIOD in reading.roles:
        return values["action"][1]
    if not values.get(ITEM):
        return row.span
    number, own = values[ITEM]
    above = [line.span for line in [*row.lines, *row.notes] if number == "1" and line.number < own.line_start]
    return Span.union([*above, own])


def _runs(row: Row, values: Values, roles: list[ColumnRole | None], role: str) -> Placement | None:
    """Where the row's value in the role was printed, a run a cell (cleaning.cell_runs): its cells under the role's
    heading (an action's, a period's too) inside its span, a bullet taken off as the item's text has it taken off
    (parsers/cell_items.py); None where the row has no such value or none of those cells is found in it as
    printed (a cell the reader rewrote; a finding printed above the rows)."""
    if not values.get(role):
        return None
    text, span = values[role]
    wanted = (role, PERIOD) if role == "action" else (role,)
    cells = [_unbulleted(c) for line in [*row.shared, *row.lines] for c in line.cells
             if c.column < len(roles) and roles[c.column] in wanted
             and span.char_start <= c.span.char_start and c.span.char_end <= span.char_end]
    runs = cell_runs(text, cells)
    return runs if runs.stretches else None


def _opportunity_runs(row: Row, values: Values, reading: TableReading) -> Placement | None:
    """Where the row's opportunity was printed: its runs in the row's cells (`_runs`), else those of the action above
    that printed the same value at the same place, which this one shares (a finding printed once over several
    actions, the opportunity a letter going on from the one above answers: parsers/findings.py, lettered.py), else
    the finding's own where it was printed as prose above the table, kept for the actions after it."""
    if not values.get("opportunity"):
        return None
    text, span = values["opportunity"]
    key = (text, span.char_start, span.char_end)
    finding = reading.finding
    printed_above = finding.opportunity_at if finding and finding.values.get("opportunity") == (text, span) else None
    runs = _runs(row, values, reading.roles, "opportunity") or reading.opportunities_at.get(key) or printed_above
    if runs is not None:
        reading.opportunities_at[key] = runs
    return runs


def _unbulleted(cell: Cell) -> Cell:
    bullet = CELL_ITEM.pattern.match(cell.text)
    return cell.part(bullet.end(), len(cell.text)) if bullet else cell


def _sections(reading: TableReading) -> tuple[SectionHeading, ...]:
    """The headings the reading is under, outermost first: the list's section heading, then the group row under
    it (a group's title is its reference and title joined, `1.0 Transport`)."""
    over = [heading for heading in (reading.section, reading.group) if heading is not None]
    return tuple(SectionHeading(" ".join(text.split()), span) for text, span in over if text.strip())


def _ditto(owner: str | None, span: Span, element: str | None,
           reading: TableReading) -> tuple[OwnerRepair | None, str | None]:
    """(repair, the owner above) of an owner cell: one printed as a ditto ("ditto", "as above") stays as printed
    and the owner above is read (none where no action above names one), reported as the `ditto` repair."""
    if not owner or not reading.profile.roles.is_ditto(owner):
        return None, None
    above = reading.owner_above
    reading.issues.append(warning("owner_ditto", "parse", f"owner printed as '{owner}'; took the owner above"
                                  + (f" ({above})" if above else " (none found)"), owner, span, element, "owner"))
    return "ditto", above


def _heading_of(reading: TableReading, role: str) -> str | None:
    """The printed heading of the (first) column playing a role, if any does."""
    return reading.document.columns[reading.roles.index(role)].heading if role in reading.roles else None


def _heading(section: str) -> str | None:
    return " ".join(section.split()) or None
