"""A theme heading and the introduction printed under it, as one `Theme` record.

Introductions are plain paragraphs, but the converter also writes some of
their lines as table cells, sometimes as a garbled second copy of the
paragraph above ("All-out as oppos | All-out as opposed ... origining").
Copies and debris are reported; other table-cell lines are kept in the
description and flagged, because their word order may be scrambled.
"""

from __future__ import annotations

from council_actions.ingest.model import Line, Span
from council_actions.parsers.cleaning import clean, join_wrapped
from council_actions.parsers.dropped import copy_dropped, debris_dropped
from council_actions.parsers.quality import NEIGHBOUR_RULES, Vocabulary, find_duplicate_rule, find_noise
from council_actions.parsers.records import Theme

from council_actions.issues import Issue, warning
from council_actions.profile import ThemeDef

DESCRIPTION_ROLE = "characteristic"  # introduction prose is judged as the characteristic column's prose is


def read_theme(theme: ThemeDef, lines: list[Line], vocabulary: Vocabulary) -> tuple[Theme, list[Issue]]:
    """A theme page's heading and introduction; lines that are converter noise or a garbled copy of the line
    above are dropped from the description and reported, so the description is readable and nothing goes silently."""
    heading, body = lines[0], lines[1:]
    paragraphs: list[str] = []
    issues: list[Issue] = []
    for line in body:
        text = join_wrapped(c.text for c in line.cells)
        noise = find_noise(text, DESCRIPTION_ROLE, vocabulary)
        if noise is not None:
            issues.append(debris_dropped(noise, line.text, line.span, None, "description"))
            continue
        duplicate = find_duplicate_rule(text, paragraphs[-1], vocabulary, NEIGHBOUR_RULES) if paragraphs else None
        if duplicate is not None:
            issues.append(copy_dropped(line.text, line.span, "above", duplicate.name, None, "description",
                                       better_read=False))
            continue
        if len([c for c in line.cells if clean(c.text)]) > 1:
            issues.append(warning("description_from_table_cells", "parse", "introduction text printed as table "
                                  "cells; kept in the description, word order may be scrambled", line.text,
                                  line.span, None, "description"))
        if paragraphs and text[:1].islower():
            paragraphs[-1] = join_wrapped([paragraphs[-1], text])
        else:
            paragraphs.append(text)
    printed = clean(heading.cells[0].text).lstrip("# ").strip()
    record = Theme(theme_no=theme.no, theme_name=theme.name, printed_name=printed,
                   description="\n\n".join(paragraphs), span=Span.union(line.span for line in lines))
    return record, issues
