"""Owners and timelines of a plan that prints them in columns of their own.

The owner cell is split into people, posts and bodies by the shapes of
`owner_shapes.OWNER_SHAPES` ("A. Smith, Head of Policy" is one owner, "Place,
Planning and Regeneration" one body, reported as read so). Each owner resolves through
the profile's glossary as an allocation cell's owners do; one the glossary
does not know is kept as printed and reported. The timeline cell is one
phrase, or one per line where the cell's lines are its own (a web table), and
"31 March 2025 extended from 31 March 2024" two: the deadline, and the date
it was moved from (kind `superseded`, kept, never the due date). A revised
timeline column's cell (`Revised timetable`) is read the same way, after it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from council_actions.ingest.model import Placement, Span
from council_actions.normalise.allocation import MOVED_FROM
from council_actions.normalise.owner_shapes import OwnerPiece
from council_actions.normalise.owner_split import owner_pieces
from council_actions.normalise.owners import OwnerGlossary
from council_actions.normalise.records import OwnerMention, Timeline
from council_actions.normalise.reported import timeline_issues, unknown_owner
from council_actions.normalise.revisions import revised
from council_actions.normalise.starts import with_start
from council_actions.parsers.records import Action, PrintedPeriod, TimelineFrom

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar
from council_actions.issues import Issue, warning
from council_actions.owner_spellings import MatchKind, OwnerMatch
from council_actions.period_words import MONTH_WORD

MILESTONES = re.compile(r"\n|" + MOVED_FROM.pattern, re.IGNORECASE)  # a line of its own, or a date it was moved from
# A month alone on its line over a year alone on the next: one date that wrapped in a narrow column, never two
# milestones, a month of no year and a whole year. The PDF reader tells such a wrap where the producer printed the
# space it wrapped at (Kent's ICS priorities: `Mar ` / `2026`, ingest/pdf_table.WRAP_ROOM); a producer that prints
# none (Chromium) and a text rendering leave a break the reader cannot tell from one the writer typed.
WRAPPED_DATE = re.compile(rf"^[ \t]*{MONTH_WORD}\.?[ \t]*\n(?=[ \t]*(?:19|20)\d{{2}}[ \t]*$)",
                          re.IGNORECASE | re.MULTILINE)


def normalise_columns(action: Action, glossary: OwnerGlossary, calendar: FiscalCalendar,
                      reference: dt.date | None, is_ditto: Callable[[str], bool] = lambda text: False,
                      alone: frozenset[str] = frozenset(), plan: PrintedPeriod | None = None
                      ) -> tuple[list[OwnerMention], list[Timeline], list[Issue]]:
    """Owners and timelines of a plan that prints them in columns of their own (Who by?, When?). `alone`: the
    names the plan prints as owners of their own (`owner_split.names_alone`); `plan`: the period the plan states
    as its own, which its `Year 1` counts. A start printed in a column of its own starts the timeline it can
    (normalise/starts.py), after a revised timeline printed in a column of its own replaced the timeline it revises
    (normalise/revisions.py)."""
    owners, owner_issues = _owners(action, glossary, is_ditto, alone)
    timelines, timeline_issues = _timelines(action, _timeline_cell(action), calendar, reference, plan)
    revisions, revision_issues = _timelines(action, _revised_cell(action), calendar, reference, plan, len(timelines))
    started, start_issues = with_start(action, revised(timelines, revisions), calendar, reference, plan)
    return owners, started, owner_issues + timeline_issues + revision_issues + start_issues


def _owners(action: Action, glossary: OwnerGlossary, is_ditto: Callable[[str], bool], alone: frozenset[str]
            ) -> tuple[list[OwnerMention], list[Issue]]:
    """The owner cell's owners, each once in printed order (a name printed twice in the cell is one owner, one
    issue), and what the reading guessed at or could not resolve. A ditto's cell is read as the owner above it
    (`owner_named`); a ditto on a line of its own under a name (one owner line per bullet) is that name again."""
    owners: dict[str, OwnerMention] = {}
    issues: list[Issue] = []
    span = action.owner_span or action.span
    cell = action.owner_named or ""
    pieces = owner_pieces(cell, glossary.knows, lambda name: name.lower() in alone, glossary.words, glossary.is_group)
    for piece in [p for k, p in enumerate(pieces) if not (k and is_ditto(p.text))]:
        printed, own = piece.text, _own_span(action, piece) or span
        if piece.shape == "body_list":
            issues.append(read_as_one(printed, own, action.element_id))
        match = glossary.resolve(piece.known_as or printed, cell)
        if match.key in owners:
            continue
        owners[match.key] = _mention(action, piece, match, len(owners) + 1, own)
        if match.match == "unknown":
            ditto = action.owner_raw if action.owner_repair == "ditto" else None
            issues.append(unknown_owner(printed, match, own, action.element_id, ditto))
    return list(owners.values()), issues


def read_as_one(printed: str, span: Span, element_id: str) -> Issue:
    """The warning for capitalised words listed with commas and 'and' read as one owner (OWNER_SHAPES' body_list):
    a guess from the shape, which the profile's glossary settles."""
    return warning("owner_list_read_as_one", "normalise", f"owner '{printed}' read as one name (capitalised words "
                   "listed with commas and 'and', none a post); if they are separate owners, list them in the "
                   "profile's glossary", printed, span, element_id, "owners")


def shape_repair(piece: OwnerPiece) -> str | None:
    """A piece resolved by the name (or post) it prints beside a person's name is marked `person_with_post`, and one
    resolved by one of the two posts a person holds `two_posts`; None for any other."""
    return piece.shape if piece.known_as and piece.shape in ("person_with_post", "two_posts") else None


def _mention(action: Action, piece: OwnerPiece, match: OwnerMatch, seq: int, span: Span) -> OwnerMention:
    """One owner row, its repairs those of the action's owner cell (a ditto), of the match itself and of the piece's
    shape (`shape_repair`)."""
    repair = "; ".join(filter(None, [action.owner_repair, match.repair, shape_repair(piece)])) or None
    return OwnerMention(action.action_id, seq, match.key, match.title, *_at_this_row(action, piece.text, match.match),
                        repair, match.score, span, match.title_confirmed, role=piece.role)


def _own_span(action: Action, piece: OwnerPiece) -> Span | None:
    """Where this owner is printed in the owner cell (its lines and characters), so an auditor can mark it alone,
    its row and its warnings alike. A ditto's owner is printed above: at this row it is the ditto word, as its
    `owner_raw` says, so it spans that word (the owner above has its own row and warning where it is printed)."""
    if action.owner_at is None:
        return None
    if action.owner_repair == "ditto":
        return action.owner_at.span(0, len(action.owner_raw or ""))
    return action.owner_at.span(piece.start, piece.end)


@dataclass(frozen=True)
class _Cell:
    """A cell of time phrases as the action prints it: its text, where each run of it was printed, its span, and
    where it was carried from where it was not printed on the row (Action.timeline_from)."""

    raw: str
    at: Placement | None
    span: Span | None
    carried: TimelineFrom | None = None


def _timeline_cell(action: Action) -> _Cell:
    """The action's timeline column's cell (When?, By when, Target date)."""
    return _Cell(action.timeline_raw or "", action.timeline_at, action.timeline_span, action.timeline_from)


def _revised_cell(action: Action) -> _Cell:
    """The action's revised timeline column's cell (Revised timetable, New target date)."""
    return _Cell(action.revised_raw or "", action.revised_at, action.revised_span)


def _timelines(action: Action, cell: _Cell, calendar: FiscalCalendar, reference: dt.date | None,
               plan: PrintedPeriod | None, before: int = 0) -> tuple[list[Timeline], list[Issue]]:
    """The cell's phrases (one per line where its lines are its own, and a date it was moved from), each read
    under the fiscal calendar and spanning its own text in the cell (its lines and characters, its words' box in
    a PDF), as its issue does, numbered after the `before` timelines read from the action's other cells; one left
    without dates is reported (unreadable, or relative to a date not given). A cell printing no letter or digit
    (`-`: the Isle of Wight's date for a recommendation not agreed) names no time: it stays the action's timeline
    as printed, with no phrase to read."""
    timelines: list[Timeline] = []
    issues: list[Issue] = []
    span = cell.span or action.span
    raw, position = _unwrapped(cell.raw), 0
    for phrase in (p.strip() for p in MILESTONES.split(raw) if any(c.isalnum() for c in p)):
        position = raw.index(phrase, position)
        own = cell.at.span(position, position + len(phrase)) if cell.at else None
        reading = read_timeline(phrase, calendar, reference, plan.years if plan else None)
        if cell.carried:  # printed above the row, not on it: the reading says so
            reading = reading._replace(assumptions=(*reading.assumptions, f"carried_from_{cell.carried}"))
        timelines.append(Timeline(action.action_id, before + len(timelines) + 1, phrase, reading, own or span))
        issues += timeline_issues(phrase, reading, own or span, action.element_id, plan)
        position += len(phrase)
    return timelines, issues


def _at_this_row(action: Action, printed: str, match: MatchKind) -> tuple[str, MatchKind]:
    """An owner's `owner_raw` and `match`. A ditto's owner is printed as the ditto word at this row (what an auditor
    finds at its span), its key and title are the owner above's, and it is `repaired` where the owner above
    resolved (exact, repaired or fuzzy); an owner above the glossary does not know stays `unknown`."""
    if action.owner_repair != "ditto" or not action.owner_raw:
        return printed, match
    return action.owner_raw, match if match == "unknown" else "repaired"


def _unwrapped(raw: str) -> str:
    """The timeline cell with each WRAPPED_DATE's line break read as the space it stands for: the same length, so
    each phrase's characters are still the cell's."""
    return WRAPPED_DATE.sub(lambda found: found.group()[:-1] + " ", raw)
