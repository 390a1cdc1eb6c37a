"""The section headings a plan prints over its actions, found among the lines no row holds, and each action's section.

A reader knows the headings of its own layout (a list's headings, a table's group rows, a template plan's themes)
and gives them to the actions it reads (`Action.sections`). Headings printed outside the rows (Rotherham's outcome
and its `Priority: ...` above each table, Maidstone's `1 Transport` above its records, a grid's caption row) are met
by no reader: each reports the line as unplaced_text. Once a document is read, parsers/section_lines.SECTION_LINES
says which of those lines are section headings by what the line is (a section word and its number, a section word as
a label, a numbered title, a caption naming the actions ...), never by which sample it is in; each becomes
`section_heading` boilerplate with its own span, and the actions below it are under it. A heading wrapped over lines
(`1.` / `Publication of Policies,` / ...) is read whole first (parsers/heading_runs.py).

Two levels and more: headings printed one under the other with no action between stack, outermost first
(Rotherham's outcome, then its priority), but a heading over a list of its own that no reader read (bulleted lines
left unplaced: Belfast's `17 Milestones` over `- 13 (76 per cent) milestones were achieved.`) heads that list, not
the headings after it: the next heading takes its place. A heading printed after actions takes the place of the
level printed in the same form (`Priority: Creating vibrant communities` replaces the priority above, under the same
outcome), and where no level has its form, of the innermost. A heading over the prose that introduces a list, down to
the lead-in line over it (Belfast's `Our services`, its paragraph, then `..., in 2024-2025 we will:`), is the part
the list is in: the level over the list's own headings. The output gives the innermost heading as `section`
and the whole path joined by ' > ' as `section_path`, so a BI tool groups on either without parsing.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from council_actions.ingest import UNPLACED_ITEM, StatusOf, closes_on_commitment, heading_text
from council_actions.parsers import heading_runs
from council_actions.parsers.records import Action, Boilerplate, ParsedDocument, SectionHeading
from council_actions.parsers.section_lines import UnplacedLine, calls_its_part, form_of

from council_actions.document_words import DocumentWords
from council_actions.issues import Issue


def with_sections(parsed: ParsedDocument, words: DocumentWords, status_of: StatusOf | None = None) -> ParsedDocument:
    """The document with its unplaced section heading lines as `section_heading` boilerplate and every action under
    the headings above it (module docstring), read by the profile's `[document_words]` and status rules
    (`status_of`: a status is no heading); a document with no action is left as it is."""
    if not parsed.actions:
        return parsed
    forms = _forms(parsed, words, status_of)
    if not forms:
        return parsed
    headings = sorted({id(heading): (heading, form) for form, heading in forms.values()}.values(),
                      key=lambda found: found[0].span.char_start)
    boilerplate = list(parsed.boilerplate)
    for issue, _ in headings:  # each before the first row printed after it, the others' order kept
        record = Boilerplate("section_heading", issue.raw_text, issue.span)
        boilerplate.insert(next((k for k, b in enumerate(boilerplate) if b.span.char_start > issue.span.char_start),
                                len(boilerplate)), record)
    listed = [issue.span.char_start for issue in parsed.issues
              if issue.code == "unplaced_text" and id(issue) not in forms
              and UNPLACED_ITEM.pattern.match(issue.raw_text)]
    return replace(parsed, issues=tuple(i for i in parsed.issues if id(i) not in forms), boilerplate=tuple(boilerplate),
                   actions=_under_headings(parsed.actions, headings, listed))


def _forms(parsed: ParsedDocument, words: DocumentWords, status_of: StatusOf | None) -> dict[int, tuple[str, Issue]]:
    """The form of each unplaced line that is (part of) a section heading (SECTION_LINES), and the heading, by the
    issue's id: a heading printed over several lines is one heading (parsers/heading_runs.py). Read from the last
    line up, so that a line knows what follows it; then down, so that the line under a counted heading (`Cross
    cutting theme 2` / `Make best use of resources`) is its name, a level of its own."""
    unplaced = [issue for issue in parsed.issues if issue.code == "unplaced_text" and _whole_line(issue)]
    marks = sorted([*((run[0].span.line_start, "unplaced", run, "") for run in heading_runs.runs(unplaced)),
                    *((b.span.line_start, "header" if b.kind == "column_header" else "other", (), "")
                      for b in parsed.boilerplate if b.kind != "rule"),
                    *((a.span.line_start, "row", (), a.element_id or "") for a in parsed.actions)],
                   key=lambda m: m[0])
    read: list[tuple[Issue, str | None, tuple[Issue, ...]] | None] = []  # bottom up; None for a row or boilerplate
    following, ref, called = "other", "", ""
    for _, kind, run, row_ref in reversed(marks):
        if not run:
            read.append(None)
            following, ref = kind, row_ref if kind == "row" else ref
            called = "" if kind == "row" else called
            continue
        whole = heading_runs.joined(run)
        form = form_of(UnplacedLine(heading_text(whole.raw_text), following, words, ref, called, status_of)) \
            if len(run) > 1 else None
        for issue, members in [(whole, run)] if form else [(issue, (issue,)) for issue in reversed(run)]:
            form = form or form_of(UnplacedLine(heading_text(issue.raw_text), following, words, ref, called,
                                                status_of))
            read.append((issue, form, members))
            called = "" if form else calls_its_part(issue.raw_text, words) or called
            following, form = "section" if form else _introducing(issue.raw_text, following), None
    forms = {id(member): (form, heading) for heading, form, members in filter(None, read) if form
             for member in members}
    for above, under in pairwise(reversed(read)):
        if above is not None and under is not None and forms.get(id(above[2][0]), ("",))[0].startswith("counted"):
            forms.setdefault(id(under[2][0]), ("named", under[0]))  # by a line of it: a heading's own form stands
    return forms


def _introducing(text: str, following: str) -> str:
    """What a line that is no section heading is to the line above it: "lead_in" where it leads into the list
    under it (`..., in 2024-2025 we will:`, ingest/lead_ins.closes_on_commitment) or is a sentence of prose over
    such a line (the paragraph that introduces the list), so a heading above them is the part the list is in; else
    "other"."""
    if closes_on_commitment(text):
        return "lead_in"
    prose = text.strip().endswith(".") and UNPLACED_ITEM.pattern.match(text) is None
    return "lead_in" if prose and following == "lead_in" else "other"


def _whole_line(issue: Issue) -> bool:
    """The issue reports one line whole, as the readers report a line no row holds (not the words of a title
    left beside its period, parsers/unplaced.USES)."""
    span = issue.span
    return span.line_start == span.line_end and len(issue.raw_text) == span.char_end - span.char_start


def _under_headings(actions: tuple[Action, ...], headings: list[tuple[Issue, str]],
                    listed: list[int]) -> tuple[Action, ...]:
    """Each action under the stack of headings printed above it (outermost first), the reader's own inside them;
    `listed`: where unplaced list items start, each making the heading above it, with no action yet, the heading
    of that list alone (module docstring)."""
    events: list[tuple[int, Action | tuple[Issue, str] | None]] = sorted(
        [*((issue.span.char_start, (issue, form)) for issue, form in headings),
         *((a.span.char_start, a) for a in actions), *((start, None) for start in listed)], key=lambda event: event[0])
    stack: list[tuple[str, SectionHeading]] = []
    placed: dict[int, Action] = {}
    run_open = False  # the last heading met has no action under it yet: the next one stands under it
    spent = False  # the last heading met heads a list of its own: the next one takes its place
    for _, item in events:
        if item is None:
            spent = spent or (run_open and bool(stack))
            continue
        if isinstance(item, Action):
            placed[id(item)] = replace(item, sections=tuple(h for _, h in stack) + item.sections)
            run_open = spent = False
            continue
        issue, form = item
        if spent:
            stack, spent = stack[:-1], False
        if not run_open:
            stack = stack[:_level(stack, form)]
        stack.append((form, SectionHeading(heading_text(issue.raw_text), issue.span)))
        run_open = True
    return tuple(placed[id(a)] for a in actions)


def _level(stack: list[tuple[str, SectionHeading]], form: str) -> int:
    """Where a heading printed after actions goes: at the level of the same form, else in the innermost's place."""
    same = next((k for k, (level_form, _) in enumerate(stack) if level_form == form), None)
    return same if same is not None else max(len(stack) - 1, 0)

