"""The status of an action whose row prints none: done by its timelines, else what the heading or title over it says.

One place for both, after the timelines of every layout are read (an allocation cell's, a timeline column's, a
record's `Due date:`), so that one rule decides and the second only fills what the first left:

- **Timelines.** A plan says an action is done in its timeline as often as in a status column: the seed's allocation
  cell `HoBPPP, complete.`, Waverley's When? `Done (March 2004)`. An action is done so when a timeline of it reads
  complete and every other milestone it prints does too. Waverley's `Focus on a performance culture in Benefits`
  prints `Benefits backlog cleared July 2004` over `See also progress against the Benefits Best Value Improvement
  Plan attached as Annexe 3`: a milestone pointing to progress reported elsewhere, not one done, so not done (its
  expected rows, checked by hand, say so); a milestone still due beside one done leaves the action open too. An
  update note or a timeline a later one struck out (kinds `update`, `superseded`) is no milestone of its own.
- **Title or heading** (parsers/title_status.py): a row that prints no status and is not done by its timelines takes
  the state the innermost heading over it, else the document's title, names (`... completed actions`), with one
  `status_from_title` issue on the row. Copeland's row 1 says `Completed by officers in August 2008 ...` itself, so
  only its row 2 takes the heading's.

output/record_rows.py writes them (`actions.status`, `status_from`); diff reads a folder's completions by the same
timeline rule (diff/read.py), so a folder written before `status_from` counts them alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from council_actions.normalise.records import DerivedStatus, Timeline
from council_actions.parsers import statused_by_title
from council_actions.parsers.records import ParsedDocument

from council_actions.issues import Issue
from council_actions.roles import RoleMap

COMPLETE = "complete"  # the timeline kind (TimelineKind) and the status key (roles.STATUS_KEYS) of a done action
NO_MILESTONE = frozenset({"update", "superseded"})


def done_by_timelines(kinds: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The ids of the actions done by their timelines, from each timeline's (action id, kind)."""
    seen: dict[str, bool] = {}
    for action_id, kind in kinds:
        if kind not in NO_MILESTONE:
            seen[action_id] = seen.get(action_id, True) and kind == COMPLETE
    return frozenset(action_id for action_id, done in seen.items() if done)


def derived_statuses(parsed: ParsedDocument, timelines: Iterable[Timeline], roles: RoleMap
                     ) -> tuple[tuple[DerivedStatus, ...], tuple[Issue, ...]]:
    """The status of each action whose row prints no status key, where its timelines or a heading say one, and the
    issues the headings' give. A row printing a status word the profile does not know (status_raw, no key) may
    still be done by its timelines, but takes no heading's state over what it prints."""
    done = done_by_timelines((t.action_id, t.reading.kind) for t in timelines)
    actions = tuple(replace(a, status=COMPLETE, status_from="timeline") if a.status is None and a.action_id in done
                    else a for a in parsed.actions)
    given, issues = statused_by_title(actions, parsed.boilerplate, roles)
    return tuple(DerivedStatus(a.action_id, a.status, a.status_from) for a in given
                 if a.status is not None and a.status_from in ("timeline", "title")), issues
