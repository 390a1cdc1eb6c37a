"""Records the parsers hand to the normalisers and output: small, frozen, with their spans."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from council_actions.ingest.model import DocumentKind as DocumentKind  # the documents table's: read here too
from council_actions.ingest.model import Placement, Span

from council_actions.issues import Issue

if TYPE_CHECKING:  # the normaliser's package imports these records: at run time the import would go round
    from council_actions.parsers.totals_check import Summary

    from council_actions.dating.period_types import Precision
    from council_actions.fiscal import PlanYears

# The reader that reads a document (parsers.readers): the template's plan, its theme pages, or another council's plan
# table. A closed set, which the parse's choices by reader compare with (`reader.kind != "plan_table"`); what the
# documents table records is the kind of document it reads (DocumentKind), two readers giving `action_plan`.
ReaderKind = Literal["action_plan", "self_assessment", "plan_table"]

# The closed vocabularies of the records' text fields; output/contract.py writes them into _schema.json.
# elements.id_method (parsers/ids.py; `heading`: a part the document rates, by its heading: parsers/part_ratings.py;
# `rating_table`: a row of a table of the document's ratings of itself, by the heading over it and the thing rated:
# parsers/rating_tables.py)
IdMethod = Literal["exact", "repaired", "number", "order", "unlisted", "heading", "rating_table"]
OWN_RATINGS: tuple[IdMethod, ...] = ("heading", "rating_table")  # a document's ratings of itself, no table row
StatementSection = Literal["guidance", "council"]  # the guidance's description or the council's own findings
BoilerplateKind = Literal["title", "note", "heading", "heatmap_header", "heatmap_label", "column_header", "colour_key",
                          "rule", "group_heading", "section_heading", "printed_date", "plan_period",
                          "status_summary", "front_matter", "form_instruction", "web_furniture", "council_name",
                          "sign_off", "caption", "owner_key"]
# where documents.council was learnt
CouncilFrom = Literal["document", "manifest", "profile", "default_profile", "document_key", "none"]
# parsers/plan_date.DATE_LINES, then HEADING_DATES
DateRule = Literal["labelled_date", "as_at", "version", "quarter_report", "meeting", "progress_heading"]
PeriodRule = Literal["plan_then_period", "period_then_plan", "plan_then_months"]  # parsers/plan_date.PERIOD_LINES
OwnerRepair = Literal["ditto"]  # Action.owner_repair: how an owner cell was read through what it prints
TimelineFrom = Literal["lead_in"]  # Action.timeline_from: where a timeline not printed on its row was carried from
# Action.status_from (actions.status_from): where its status key was read. `status`: its status or RAG cell; `progress`:
# its progress note, a status alone or opening it (`Ongoing – ...`); `timeline`: its timeline saying it is done
# (`complete`, `Done (March 2004)`); `title`: the document's title or a heading over its row (`... completed actions`).
StatusFrom = Literal["status", "progress", "timeline", "title"]


@dataclass(frozen=True)
class Theme:
    """A theme as its page introduces it. The profile's name and the printed one are both kept, so a
    misprinted heading is visible; the key actions the page's Next Steps names are checked against the plan
    (crosscheck.py)."""

    theme_no: int
    theme_name: str
    printed_name: str
    description: str
    span: Span
    key_actions: int | None = None
    action_plan_pages: str | None = None


@dataclass(frozen=True)
class HeatmapCell:
    """One cell of a heatmap grid, in printed position, with its score (None where none could be read); a
    cell that points elsewhere (`See CI012`) keeps the element its position stands for, with `alias_of` set."""

    theme_no: int
    position: int
    element_id: str
    printed_id: str
    alias_of: str | None
    score: str | None
    span: Span


@dataclass(frozen=True)
class Element:
    """One characteristic's row of the plan: its score, text and notes, with how its id was found (an auditor
    must see an inferred id) and whether the plan says no gaps were identified (why it may have no actions). Also a
    part a document rates itself (an improvement objective, parsers/part_ratings.py): no theme of the profile's, its
    rating a status in words (`status`, `status_raw`), never a score colour; and an aspect a table of the document's
    ratings of itself rates (parsers/rating_tables.py), under the heading of the part it is an aspect of
    (`section`)."""

    element_id: str
    printed_id: str
    theme_no: int | None
    score: str | None
    characteristic: str
    status_note: str | None
    no_gaps: bool
    alias_of: str | None
    id_method: IdMethod
    notes: str | None
    span: Span
    status: str | None = None  # the profile's status key for a rating printed in words (`complete`)
    status_raw: str | None = None  # that rating as printed (`Achieved`)
    section: str | None = None  # the heading an aspect's rating stands under (`Objective 4: Our environment`)
    # Where each run of each printed value was printed (output/element_spans): the row's span holds the theme, the
    # score and the opportunities beside them, so it points at no value's own characters. None where the value was
    # printed nowhere the reader can point at.
    printed_id_at: Placement | None = None
    characteristic_at: Placement | None = None
    status_note_at: Placement | None = None
    notes_at: Placement | None = None
    status_raw_at: Placement | None = None

    @property
    def in_table(self) -> bool:
        """Whether the row is one of the plan table's rows (a characteristic's), not a part or an aspect the document
        rates above its table (parsers/part_ratings.py, parsers/rating_tables.py)."""
        return self.id_method not in OWN_RATINGS


@dataclass(frozen=True)
class SectionHeading:
    """A heading the plan prints over actions (a priority, a theme, a numbered part), as printed with its markup
    cleaned, and its own line, which a boilerplate row holds (`section_heading`, or `group_heading` for a table's
    row heading the rows under it) or, for a template plan's theme heading, its themes row."""

    text: str
    span: Span


@dataclass(frozen=True)
class Action:
    """One action of the plan, with everything printed about it kept raw beside its span; the normalisers read
    owners and timelines from the raw cells, so a reading can always be checked against what was printed."""

    action_id: str
    element_id: str
    seq: int
    opportunity: str | None
    action: str
    allocated_raw: str | None
    allocated_printed: str | None  # as printed, markup included, for the owner repairs
    span: Span
    allocated_span: Span | None
    # Where each run of allocated_raw, owner_raw and timeline_raw was printed (parsers/cleaning.placement), so each
    # owner and timeline phrase a cell names gets its own span: None where the value was not read from cells of its
    # own (a timeline taken from a section heading).
    allocated_at: Placement | None = None
    # The action's and its opportunity's runs likewise: a cell can hold two actions' words (`... of the CPC.  Plan and
    # prepare ...`), so one span from an action's first word to its last may hold a neighbour's (output/action_spans)
    action_at: Placement | None = None
    opportunity_at: Placement | None = None
    owner_at: Placement | None = None
    timeline_at: Placement | None = None
    # Plans that print owner, timeline and status in columns of their own (read by role, `table_plan.py`):
    owner_raw: str | None = None  # as printed at this row: a ditto word ("ditto", '"', "as above") stays one
    owner_repair: OwnerRepair | None = None  # "ditto": the owner cell repeated the owner above
    owner_above: str | None = None  # a ditto's owner: the owner the rows above name (None where none does)
    owner_span: Span | None = None
    # owners who support the lead, in a column of their own (`Assisted by`), as printed, where and its runs' places
    support_raw: str | None = None
    support_span: Span | None = None
    support_at: Placement | None = None
    timeline_raw: str | None = None
    timeline_span: Span | None = None
    # Where the timeline was carried from, not printed on the row: "lead_in", a lead-in line's period over a list
    # (ingest/lead_ins.py), named in each of its readings' assumptions (`carried_from_lead_in`)
    timeline_from: TimelineFrom | None = None
    # The action's start as printed apart from its timeline (a `Start date` column or label): the normaliser gives
    # the timeline it starts that start date (normalise/starts.py).
    start_raw: str | None = None
    start_span: Span | None = None
    start_at: Placement | None = None
    # When the action is due now, printed beside the date it was first due (a `Revised timetable` column): the
    # normaliser reads it as the action's current timeline and the timeline column's as the one it replaced
    # (normalise/revisions.py).
    revised_raw: str | None = None
    revised_span: Span | None = None
    revised_at: Placement | None = None
    status: str | None = None  # a key of the profile's status rules (roles.STATUS_KEYS)
    status_raw: str | None = None
    status_from: StatusFrom | None = None  # where status was read; None with no status
    progress: str | None = None
    percent_complete: int | None = None
    notes: str | None = None
    # The headings over the action, outermost first (parsers/sections.py): the reader's own (a list's heading, a
    # group row, a template's theme) innermost, the headings found among the lines no row holds outside them.
    sections: tuple[SectionHeading, ...] = ()

    @property
    def owner_named(self) -> str | None:
        """The owner text the normaliser reads: the owner above for a ditto, else the cell as printed."""
        return self.owner_above if self.owner_repair == "ditto" else self.owner_raw


@dataclass(frozen=True)
class Statement:
    """A bullet (or, on pages without bullets, a paragraph) of a theme page's narrative, under its section
    (the guidance's description or the council's own findings), in printed order, so no prose of the page is lost."""

    theme_no: int
    section: StatementSection
    seq: int
    text: str
    span: Span


@dataclass(frozen=True)
class Boilerplate:
    """Text recognised as layout rather than content (headers, titles, the colour key)."""

    kind: BoilerplateKind
    text: str
    span: Span


@dataclass(frozen=True)
class KeyEntry:
    """One entry of the key a document prints to its own abbreviations (`SDC = Stratford-on-Avon District
    Council.`, parsers/owner_key.py): the abbreviation and what it stands for as printed, the line, and its span."""

    short: str
    meaning: str
    line: str
    span: Span


@dataclass(frozen=True)
class PrintedDate:
    """The date the document prints as its own (parsers/plan_date.py): the day taken, the line as printed, the
    rule of DATE_LINES that read it, the period it printed (`day`, `month`, `quarter`) and where."""

    day: dt.date
    text: str
    rule: DateRule
    precision: Precision
    span: Span


@dataclass(frozen=True)
class PrintedPeriod:
    """The period the document states as its own in its opening lines (parsers/plan_date.py: `Homelessness and
    Rough Sleeping Strategy 2022 to 2025`): its financial years, the line as printed, the rule of PERIOD_LINES that
    read it and where, so a `Year 1` dated by it can name the line."""

    years: PlanYears
    text: str
    rule: PeriodRule
    span: Span
    at: tuple[int, int] | None = None  # the period's own characters, as offsets into the line's text (span)


@dataclass(frozen=True)
class ParsedDocument:
    """Everything the parse stage read from one document, and what it could not read (`issues`); the one
    record the normalisers and the writer take, so parsing can run in another process."""

    kind: DocumentKind
    themes: tuple[Theme, ...]
    heatmap: tuple[HeatmapCell, ...]
    elements: tuple[Element, ...]
    actions: tuple[Action, ...]
    statements: tuple[Statement, ...]
    boilerplate: tuple[Boilerplate, ...]
    issues: tuple[Issue, ...]
    council: str | None = None  # the council the document is from (parsers/council.py), None if unknown
    council_from: CouncilFrom = "none"  # what was assumed
    printed_date: PrintedDate | None = None  # the document's own date, if its opening lines print one
    printed_period: PrintedPeriod | None = None  # the period it states as its own (`Strategy 2022 to 2025`), if any
    title: str | None = None  # its own title as printed (parsers/furniture.py), if its opening lines print one
    owner_key: tuple[KeyEntry, ...] = ()  # the key it prints to its abbreviations (parsers/owner_key.py)
    # the status totals it prints over its actions, each with the actions it counts (parsers/status_totals.py),
    # checked once every action's status is known (normalise/done.py)
    status_totals: tuple[Summary, ...] = ()
