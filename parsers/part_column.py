"""A table whose reference column is headed by the part of the plan its rows are in.

Maidstone's homelessness and rough sleeping action plan (2024-2029) prints each priority as a table of its own and
heads the column of its rows' numbers with the priority (`Priority 1- Prevention` over `1.1`, `1.2`, ...), where
another plan prints `Ref` there and the priority above the table. No heading rule knows such a heading (it names a
part, not what the column holds), so the column's cells were kept as notes under it and the rows had no reference.
A column no rule gives a role, whose heading the section rules read as opening a part of the plan (a section word,
its number and a name: parsers/section_lines.opens_part) and whose every cell is a row's number, is the rows'
reference, and its heading the section they are under, with the heading's own span.
"""

from __future__ import annotations

from council_actions.ingest import NUMBER_CELL, opens_part
from council_actions.ingest.model import Document, Span

from council_actions.document_words import DocumentWords
from council_actions.roles import ColumnRole

ROWS = ("row_start", "row")


def part_column(document: Document, roles: list[ColumnRole | None], headings: dict[int, tuple[str, Span]],
                words: DocumentWords) -> tuple[list[ColumnRole | None], tuple[str, Span] | None]:
    """The table's roles, the reference (`element`) given to a column headed by the part its numbered rows are in,
    and that heading as printed with its span (the section over the rows); the roles as they are and None where no
    column is one (module docstring). Only where the table has no reference column already."""
    if "element" in roles:
        return roles, None
    found = next((k for k, role in enumerate(roles) if role is None and k in headings
                  and opens_part(headings[k][0], words) and _numbers(document, k)), None)
    if found is None:
        return roles, None
    return [*roles[:found], "element", *roles[found + 1:]], headings[found]


def _numbers(document: Document, column: int) -> bool:
    """Whether the column holds a cell in some row and every cell it holds is a row's number (`1.1`)."""
    cells = [cell.text.strip() for line in document.iter_lines() if line.layout in ROWS
             for cell in line.cells if cell.column == column and cell.text.strip()]
    return bool(cells) and all(NUMBER_CELL.fullmatch(text) for text in cells)
