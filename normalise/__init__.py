"""Stage 3, normalise: allocation cells to owner rows and dated timeline rows.

One splitter cuts each allocation into owners and timeline phrases; owners
resolve against the profile's glossary, phrases against the financial
calendar. Anything unreadable stays, as printed, and is reported.

The normalisers are imported when a document is normalised, not with the package: a process that only loads
the owner matcher for its children (council_actions.pipeline) needs the glossary, not the timeline rules.
"""

from __future__ import annotations

import datetime as dt

from council_actions.normalise.done import done_by_timelines
from council_actions.normalise.owner_brackets import person_and_post
from council_actions.normalise.owner_holders import held_posts
from council_actions.normalise.owner_keys import abbreviations_defined, one_key_each
from council_actions.normalise.owner_split import names_alone, owner_pieces
from council_actions.normalise.owners import OwnerGlossary, glossary_for
from council_actions.normalise.records import NormalisedDocument, OwnerMention, ReferenceDates, Timeline
from council_actions.parsers.records import Action, ParsedDocument, PrintedPeriod

from council_actions.fiscal import FiscalCalendar, fiscal_calendar
from council_actions.issues import Issue
from council_actions.profile import Profile

# what the diff compares two revisions' owners by (diff/rules.py, diff/glossaries.py), loaded with the stage already;
# done_by_timelines: which actions their timelines say are done, as the diff reads a folder's completions
__all__ = ["NormalisedDocument", "OwnerGlossary", "ReferenceDates", "done_by_timelines", "fiscal_calendar",
           "glossary_for", "held_posts", "normalise_document", "owner_pieces", "person_and_post"]


def normalise_document(parsed: ParsedDocument, profile: Profile, offered: ReferenceDates | None) -> NormalisedDocument:
    """Each action's owners and timelines, from its allocation cell or its own owner and date columns; relative
    timelines read against the first of the `offered` dates and the plan's printed one (normalise/reference.py),
    a plan's `Year 1` against the period it states as its own (parsers/plan_date.py). An owner the glossary does not
    know, printed more than one way, is keyed by its first spelling (normalise/owner_keys.py); where its shape says
    why it is unknown (initials the plan gives no key to), its warning says so (normalise/reported.with_reasons). An
    owner printed as an abbreviation of the key the document prints is expanded by it (normalise/document_key.py).
    Owners printed in a column of supporting owners follow the action's others (normalise/support.py). An action
    whose row prints no status has the one its timelines or a heading over it say (normalise/done.py)."""
    from council_actions.normalise.document_key import keyed_by_document
    from council_actions.normalise.done import derived_statuses
    from council_actions.normalise.reference import choose_reference, from_revision_label
    from council_actions.normalise.reported import with_reasons

    glossary = glossary_for(profile)
    reference, reference_from = choose_reference(offered, parsed.printed_date)
    owners, timelines, issues = _actions_normalised(parsed, profile, glossary, reference)
    elements: dict[str, str | None] = {a.action_id: a.element_id for a in parsed.actions}
    owners, issues = keyed_by_document(owners, issues, parsed.owner_key, glossary, elements)
    timelines, issues = from_revision_label(timelines, issues, reference, reference_from, elements)
    statuses, given = derived_statuses(parsed, timelines, profile.roles)
    return NormalisedDocument(tuple(one_key_each(owners)), tuple(timelines),
                              tuple(with_reasons(issues, abbreviations_defined(owners))) + given, reference,
                              reference_from, statuses)


def _actions_normalised(parsed: ParsedDocument, profile: Profile, glossary: OwnerGlossary, reference: dt.date | None
                        ) -> tuple[list[OwnerMention], list[Timeline], list[Issue]]:
    """Each action's owner and timeline mentions, in the actions' order: from its allocation cell where it prints
    one, else from its own owner, support, timeline, start and revised timeline columns; the names the plan's owner
    cells print as owners of their own (`names_alone`) make a list of such names a list of owners, not one body."""
    from council_actions.normalise.columns import normalise_columns
    from council_actions.normalise.support import with_support

    calendar = fiscal_calendar(profile)
    owners: list[OwnerMention] = []
    timelines: list[Timeline] = []
    issues: list[Issue] = []
    alone = names_alone((a.owner_named for a in parsed.actions if a.owner_named and not a.allocated_raw),
                        profile.owner_words)
    for action in parsed.actions:
        found = None
        if action.allocated_raw:
            found = normalise_allocation(action, glossary, calendar, reference, parsed.printed_period)
        elif any((action.owner_raw, action.support_raw, action.timeline_raw, action.start_raw, action.revised_raw)):
            found = normalise_columns(action, glossary, calendar, reference, profile.roles.is_ditto, alone,
                                      parsed.printed_period)
        if found is not None:
            supported, support_issues = with_support(action, found[0], glossary, alone)
            owners += supported
            timelines += found[1]
            issues += found[2] + support_issues
    return owners, timelines, issues


def normalise_allocation(action: Action, glossary: OwnerGlossary, calendar: FiscalCalendar,
                         reference: dt.date | None, plan: PrintedPeriod | None = None
                         ) -> tuple[list[OwnerMention], list[Timeline], list[Issue]]:
    """One allocation cell (`CHoHROD, Q3-Q4 24/25`) split into owner and timeline mentions; `plan`: the period
    the plan states as its own, which its `Year 1` counts."""
    from council_actions.normalise.allocation import split_allocation
    from council_actions.normalise.reported import timeline_issues, unknown_owner
    from council_actions.normalise.starts import with_start

    from council_actions.dating.timelines import ends_owners, read_timeline

    span = action.allocated_span or action.span
    owners: dict[str, OwnerMention] = {}
    timelines: list[Timeline] = []
    issues: list[Issue] = []
    for segment in split_allocation(action.allocated_raw or "", glossary, ends_owners):
        # each owner and timeline phrase (and its issue) spans its own text in the cell, the cell's where not found
        own = action.allocated_at.span(segment.start, segment.end) if action.allocated_at else None
        if segment.kind == "owner":
            match = glossary.resolve(segment.text, action.allocated_printed or "")
            if match.key in owners:  # printed twice in the cell: one owner, one issue
                continue
            owners[match.key] = OwnerMention(action.action_id, len(owners) + 1, match.key, match.title,
                                             segment.text, match.match, match.repair, match.score, own or span,
                                             match.title_confirmed)
            if match.match == "unknown":
                issues.append(unknown_owner(segment.text, match, own or span, action.element_id))
            continue
        reading = read_timeline(segment.text, calendar, reference, plan.years if plan else None)
        timelines.append(Timeline(action.action_id, len(timelines) + 1, segment.text, reading, own or span))
        issues += timeline_issues(segment.text, reading, own or span, action.element_id, plan)
    started, start_issues = with_start(action, timelines, calendar, reference, plan)  # a start column beside the cell
    return list(owners.values()), started, issues + start_issues
