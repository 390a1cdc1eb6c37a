"""The status of an action whose row prints none: done by its timelines, else what the heading or title over it says.

One place for both, after the timelines of every layout are read (an allocation cell's, a timeline column's, a
record's `Due date:`), so that one rule decides and the second only fills what the first left:

- **Timelines.** A plan says an action is done in its timeline as often as in a status column: the seed's allocation
  cell `HoBPPP, complete.`, Waverley's When? `Done (March 2004)`. An action is done so when a timeline of it reads
  complete and every other milestone it prints does too. Waverley's `Focus on a performance culture in Benefits`
  prints `Benefits backlog cleared July 2004` over `See also progress against the Benefits Best Value Improvement
  Plan attached as Annexe 3`: a milestone pointing to progress reported elsewhere, not one done, so not done (its
  expected rows, checked by hand, say so); a milestone still due beside one done leaves the action open too. An
  update note or a timeline a later one struck out (kinds `update`, `superseded`) is no milestone of its own. A
  revised timeline column reading done (Waverley's 2003 REVISED TIMETABLE `Done`, beside the BY WHEN date the action
  was due by) makes the action done whatever that date: the revision is how it stands now (normalise/revisions.py).
- **Title or heading** (parsers/title_status.py): a row that prints no status and is not done by its timelines takes
  the state the innermost heading over it, else the document's title, names (`... completed actions`), with one
  `status_from_title` issue on the row. Copeland's row 1 says `Completed by officers in August 2008 ...` itself, so
  only its row 2 takes the heading's.
- **A progress note and no status.** A row printing a progress note (a `Progress`, `Comments` or `Latest Note`
  cell) whose words give no status the profile reads, and neither its timelines nor a heading over it, keeps its
  status null with one `progress_without_status` warning: Waverley's 2003 repairs plan prints `Dealt with under new
  MTC ...` under PROGRESS for an action due April 2002, which a reader may take for done and a query of overdue
  actions would count as overdue. Guessing from prose is neither; the note stays in actions.progress, and the
  warning says why the status is null.
- **The plan's own totals.** Where a plan prints how many of its actions stand so (`Complete: 12`, parsers/
  status_totals.py), it counts an action done however it says so, in a status cell or its timeline: the totals are
  checked here, against the statuses above, one `status_counts_mismatch` warning for a summary that disagrees.

output/record_rows.py writes them (`actions.status`, `status_from`); diff reads a folder's completions by the same
timeline rule (diff/read.py), so a folder written before `status_from` counts them alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from council_actions.normalise.records import DerivedStatus, Timeline
from council_actions.normalise.revisions import done_by_revision
from council_actions.parsers import statused_by_title, totals_mismatch
from council_actions.parsers.records import Action, ParsedDocument

from council_actions.issues import Issue, warning
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


def derived_statuses(parsed: ParsedDocument, timelines: list[Timeline], roles: RoleMap
                     ) -> tuple[tuple[DerivedStatus, ...], tuple[Issue, ...]]:
    """The status of each action whose row prints no status key, where its timelines (or its revised timeline
    alone) or a heading say one, and the issues the headings' give. A row printing a status word the profile does
    not know (status_raw, no key) may still be done by its timelines, but takes no heading's state over what it
    prints."""
    done = done_by_timelines((t.action_id, t.reading.kind) for t in timelines) | done_by_revision(timelines)
    actions = tuple(replace(a, status=COMPLETE, status_from="timeline") if a.status is None and a.action_id in done
                    else a for a in parsed.actions)
    given, issues = statused_by_title(actions, parsed.boilerplate, roles)
    return tuple(DerivedStatus(a.action_id, a.status, a.status_from) for a in given
                 if a.status is not None and a.status_from in ("timeline", "title")), issues + tuple(
        _progress_without_status(a) for a in given if a.status is None and a.status_raw is None and a.progress
    ) + _totals_checked(parsed, {a.action_id: a.status for a in given})


def _totals_checked(parsed: ParsedDocument, statuses: dict[str, str | None]) -> tuple[Issue, ...]:
    """The warnings for the status totals the plan prints that disagree with the statuses of the actions they
    count, each action's status as the tables hold it (printed, or given here)."""
    return tuple(issue for summary in parsed.status_totals
                 if (issue := totals_mismatch(summary, [statuses[i] for i in summary.counts])) is not None)


def _progress_without_status(action: Action) -> Issue:
    """Why an action printing a progress note has no status: the note gives none the profile reads, and no
    timeline or heading does; its text is the note's, its span the row's (the note's own place is not kept)."""
    note = action.progress or ""
    opening = note.split("\n", 1)[0]
    return warning("progress_without_status", "normalise", "the action prints a progress note and no status the "
                   f"profile reads ('{opening[:60]}{'...' if len(opening) > 60 else ''}'): status left null, not "
                   "guessed from the note, which actions.progress keeps; read the note before counting the action "
                   "overdue or open", note, action.span, action.element_id, "status")
