"""A plan table's columns as its reader found them: each one's heading as printed and where, and the role the
profile's heading rules (or the reader itself) give it.

Apart from parsers/table_plan.py, which reads the table's rows, because the passes after every reader ask it too
(parsers/placed_lines.py: the date a progress column's heading names) and must not import the table readers for a
document another reader read (tests/council_actions/test_startup.py).
"""

from __future__ import annotations

from council_actions.ingest.model import Document, Span

from council_actions.profile import Profile
from council_actions.roles import ColumnRole


def column_roles(document: Document, profile: Profile) -> list[ColumnRole | None]:
    """The role of each column the text reader found: the role the reader itself gave it where it did (a list's
    section and items, a record's title), else what the profile's heading rules make of its heading."""
    return profile.roles.roles_of([c.heading for c in document.columns], [c.role for c in document.columns])


def column_headings(document: Document) -> dict[int, tuple[str, Span]]:
    """Each column's heading as printed and where: its cell in the header lines, else the header lines' span (a
    reader that keeps a header without cells), else the first line's; a period heading is its cells' timeline."""
    header = [line for line in document.iter_lines() if line.layout == "header"]
    whole = Span.union(line.span for line in header or list(document.iter_lines())[:1])
    cells = {cell.column: cell.span for line in header for cell in line.cells}
    return {k: (column.heading, cells.get(k, whole)) for k, column in enumerate(document.columns)}
