"""A document holding lines of another layout than its table's, parsed as if they were not printed.

The text reader leaves such a line out of its reading and marks it `other_layout` (ingest/other_layouts.py): a line of
tab cells in a plan of fixed-width columns, one cell a line, records or a list, or of more pipe-separated columns than
the plan's table has. Every reading of the document as a whole would still meet it: the section headings and captions
found among the lines no row holds, the title, date and council read from the opening lines, totals and ratings read
from the text. So the parse reads the document without those lines (the others numbered and counted as they would then
be), puts every span it read back where it stands, and reports each such line whole where it stands: one stray line
changes nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass, replace
from typing import TypeVar, cast

from council_actions.ingest import document_without, find_running_lines, marking
from council_actions.ingest.model import Document, Span
from council_actions.parsers.records import ParsedDocument, ReaderKind
from council_actions.parsers.unplaced import other_layout_text

T = TypeVar("T")


def parsed_around(document: Document, parse: Callable[[Document], ParsedDocument],
                  reader_kind: Callable[[Document], ReaderKind | None]) -> ParsedDocument:
    """`parse` of the document without its `other_layout` lines, its spans put back, and each such line reported
    (`unplaced_text`: situation other_layout, or where the line is of the table's own separator past its columns, as
    the reader of the plan says such a line, by its kind: `reader_kind`; printed at the edge of every page, a running
    footer or header: ingest/running_lines.py) before the first issue standing after it; a
    line of the table's own separator before an issue around it too, where its reader says one among its rows
    (before the document-wide issues, which a parse adds after the rows')."""
    found = document_without(document)
    if found is None:
        return parse(document)
    shown, view = found
    parsed = moved(parse(shown), view.gaps.span)
    kind = reader_kind(shown)
    issues = list(parsed.issues)
    running = {line.number for line in find_running_lines(list(document.iter_lines()), document.text)}
    for line in view.left_out:
        rule = marking(line.text, shown.rendering, len(shown.columns))
        around = rule is not None and rule.own  # said where its reader says one among its rows
        issues.insert(next((k for k, issue in enumerate(issues) if issue.span.char_start > line.span.char_start
                            or (around and issue.span.char_end > line.span.char_end)), len(issues)),
                      other_layout_text(line.text, line.span, rule, kind, line.number in running))
    return replace(parsed, issues=tuple(issues))


def moved(value: T, move: Callable[[Span], Span]) -> T:
    """The records with every span in them moved (`move`), whatever record holds it: a reading of the document
    without some lines, in the document with them."""
    return cast(T, _moved(value, move))


def _moved(value: object, move: Callable[[Span], Span]) -> object:
    if isinstance(value, Span):
        return move(value)
    if isinstance(value, tuple):  # a named tuple (a printed period's PlanYears) stays one
        items = tuple(_moved(item, move) for item in value)
        return value._make(items) if hasattr(value, "_make") else items
    if is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: _moved(getattr(value, f.name), move) for f in fields(value) if f.init})
    return value
