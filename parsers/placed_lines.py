"""The lines a document's reader left (its issues) placed where they belong, pass by pass, each taking what it
knows from the issues into boilerplate or records: the printed date and period, the council's letterhead, the
plan's totals, the ratings of its aspects and parts, its title and furniture, the captions over its rows.

Apart from the readers (parsers/__init__.py chooses one and calls this after it) because these passes are the same
for every reader: each asks only where the records read stand and what is left.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from council_actions.ingest.model import Document, Span
from council_actions.parsers.records import ParsedDocument, PrintedDate, PrintedPeriod

from council_actions.fiscal import fiscal_calendar
from council_actions.issues import Issue
from council_actions.profile import Profile

if TYPE_CHECKING:
    from council_actions.parsers.council import CouncilName
    from council_actions.parsers.totals_check import Summary


def placed(document: Document, profile: Profile, parsed: ParsedDocument, named: CouncilName,
           tables: tuple[Summary, ...], kind_issues: tuple[Issue, ...]) -> ParsedDocument:
    """The parsed document with the lines its reader left (issues) placed where they belong, each pass taking what
    it knows from the issues into boilerplate or records: the printed date and period, the council's letterhead,
    the plan's totals (`tables`; checked against the actions' statuses in normalise/done.py, once their timelines
    are read), the ratings of its aspects and parts, its title and furniture and the caption over its rows (a title
    naming every row's state gives it to the rows printing none in normalise/done.py likewise). `kind_issues`:
    where the user gave the document's kind, what its content says against it (parsers/given_kind.py), placed as
    the reader's issues are."""
    from council_actions.parsers.captions import placed_as_captions
    from council_actions.parsers.furniture import placed_as_furniture
    from council_actions.parsers.part_ratings import placed_as_part_ratings
    from council_actions.parsers.rating_tables import placed_as_ratings
    from council_actions.parsers.status_totals import placed_by_totals
    from council_actions.parsers.unplaced import placed_by_readings

    spans = _read_spans(parsed)  # where the records read stand: the opening lines, title and captions are above
    date, period = _printed_date(document, profile, spans), _printed_period(document, profile, spans)
    issues, boilerplate = placed_by_readings(parsed.issues + named.issues + kind_issues,
                                             parsed.boilerplate, date, period,
                                             named.letterhead)
    totals: tuple[Summary, ...] = ()
    if parsed.kind == "action_plan":
        issues, boilerplate, totals = placed_by_totals(issues, boilerplate, parsed.actions, document.text,
                                                       profile.roles, tables)
    issues, boilerplate, aspects = placed_as_ratings(issues, boilerplate, document.text, profile.roles,
                                                     frozenset(e.element_id for e in parsed.elements))
    first_row = min((span.line_start for span in spans), default=None)
    issues, boilerplate, title = placed_as_furniture(document, profile.document_words, issues, boilerplate, first_row,
                                                     profile.owner_words)
    issues, boilerplate = placed_as_captions(document, issues, boilerplate,
                                             min((span.char_start for span in spans), default=None),
                                             profile.roles, profile.document_words)
    issues, rated = placed_as_part_ratings(issues, boilerplate, document.text, profile.roles,
                                           frozenset(e.element_id for e in parsed.elements + aspects))
    return replace(parsed, council=named.council, council_from=named.council_from, issues=issues,
                   boilerplate=boilerplate, printed_date=date, printed_period=period, title=title, status_totals=totals,
                   elements=parsed.elements + tuple(sorted(rated + aspects, key=lambda e: e.span.char_start)))


def _printed_date(document: Document, profile: Profile, spans: list[Span]) -> PrintedDate | None:
    """The date the document prints as its own, looked for above the first row read, else in its progress columns'
    headings (parsers/plan_date.py)."""
    from council_actions.parsers.plan_date import heading_date, printed_date

    calendar = fiscal_calendar(profile)
    return printed_date(document, calendar, spans) or heading_date(_progress_headings(document, profile), calendar)


def _progress_headings(document: Document, profile: Profile) -> list[tuple[str, Span]]:
    """The heading of each column of the plan's table the profile reads as progress, as printed and where (its
    header cell)."""
    if not document.columns:
        return []
    from council_actions.parsers.columns_printed import column_headings, column_roles

    headings = column_headings(document)
    return [headings[k] for k, role in enumerate(column_roles(document, profile)) if role == "progress"]


def _printed_period(document: Document, profile: Profile, spans: list[Span]) -> PrintedPeriod | None:
    """The period the document states as its own, looked for above the first row read (parsers/plan_date.py)."""
    from council_actions.parsers.plan_date import printed_period

    return printed_period(document, fiscal_calendar(profile), spans)


def _read_spans(parsed: ParsedDocument) -> list[Span]:
    """Where each record the parser read stands: the opening lines end above the first of them."""
    return [*(c.span for c in parsed.heatmap), *(e.span for e in parsed.elements), *(a.span for a in parsed.actions),
            *(s.span for s in parsed.statements)]
