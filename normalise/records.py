"""Records the normalisers add to a parsed document (owners and timelines of actions), and the dates the caller
offers them to read relative timelines against."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from council_actions.ingest.model import Span
from council_actions.parsers.records import KeyEntry, StatusFrom

from council_actions.dating.period_types import TimelineReading
from council_actions.issues import Issue
from council_actions.owner_roles import OwnerRole
from council_actions.owner_spellings import MatchKind

# The closed vocabularies of the records' text fields; output/contract.py writes them into _schema.json (a timeline's
# kind, precision and cadence are the period rules' own: council_actions/dating/period_types.py).
ReferenceFrom = Literal["given", "printed", "revision_label"]  # normalise/reference.REFERENCE_SOURCES, in rank order


@dataclass(frozen=True)
class ReferenceDates:
    """The dates a run offers as the reference for relative timelines ("Up to six months", "by Q4"), each named by
    its source: the user's own (`--reference-date`) and the one the revision label starts with (`2024-06`). The
    normaliser ranks them with the plan's printed date (REFERENCE_SOURCES in normalise/reference.py); a field,
    not a type, says where a date came from, so pickling, copying or `date.replace` keep it."""

    given: dt.date | None = None
    revision_label: dt.date | None = None


@dataclass(frozen=True)
class OwnerMention:
    """One owner of an action as resolved, beside the text as printed and its span (`action_owners` row): an
    action with several owners has several mentions, in printed order, each spanning its own text in the cell
    (Action.allocated_at, owner_at), so an auditor can mark that owner alone."""

    action_id: str
    seq: int
    owner_key: str
    owner_title: str | None
    owner_raw: str
    match: MatchKind
    repair: str | None
    score: float | None
    span: Span
    title_confirmed: bool | None = None
    key: KeyEntry | None = None  # the entry of the document's own key it was expanded by (normalise/document_key.py)
    role: OwnerRole | None = None  # its part, where the cell's words say it (`LA with support from health`)


@dataclass(frozen=True)
class Timeline:
    """One timeline phrase of an action and how it was read (`action_timelines` row), with its span; an
    action can print several milestones."""

    action_id: str
    seq: int
    timeline_raw: str
    reading: TimelineReading
    span: Span


@dataclass(frozen=True)
class DerivedStatus:
    """The status of an action whose row prints none, where its timelines or the heading or title over it say it
    (normalise/done.py): `actions.status`, `status_from` timeline or title."""

    action_id: str
    status: str  # a status key (roles.STATUS_KEYS)
    status_from: StatusFrom


@dataclass(frozen=True)
class NormalisedDocument:
    """What the normalise stage adds to a parsed document: owners, timelines, the issues met, the
    reference date relative phrases were read against with where it came from (normalise/reference.py), which
    are recorded with them, and the statuses of the actions whose rows print none but whose timelines or headings
    say one."""

    owners: tuple[OwnerMention, ...]
    timelines: tuple[Timeline, ...]
    issues: tuple[Issue, ...]
    reference_date: dt.date | None
    reference_from: ReferenceFrom | None = None  # None with no reference date
    statuses: tuple[DerivedStatus, ...] = ()  # of the actions whose rows print no status (normalise/done.py)
