"""Which of a table's columns `read-table` prints as text, and how wide: a terminal's width, or everything.

Every table has 15 to 40 columns, and a terminal shows about 120 characters: printed whole, one row of `actions` runs
over several screen lines. On a terminal the text view is the table's FIRST columns (where the row is and what it
holds), then its other columns in the contract's order (provenance last), as many as fit its width, each value cut
to CELL_WIDTH, a document id to the characters `ingest -v` prints (still accepted by `issues --document`); a note on
stderr names what was left out and how to see it. `--columns` chooses the columns, in every format; `--columns all`,
`--csv`, `--json` and a piped run (not a terminal: a script or a log) print every column uncut, as before.
A column that does not fit ends the row, so the columns shown are always the first of that order; a column of words
(an action, a message) that does not fit whole is shown cut to the width left where at least MIN_CUT characters are,
so an 80-column terminal shows each action's first words, not its ids alone; an id is never cut (a cut id names no
row). A column empty in every row is left out and named as such, so a plan printing no element ids or sections spends
no width on them; a FIRST column stays, empty or not (no status printed is worth seeing where status is looked for).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from council_actions.ingest.model import SHORT_ID

ALL_COLUMNS = "all"
CELL_WIDTH = 40  # characters of a value shown on a terminal, the last of them `…` where it is cut
GAP = 2  # spaces between two columns (common.print_rows)
MIN_CUT = 20  # characters of a column of words worth showing cut to fit the width left, its last one `…`
NAMED = 5  # columns left out that the note names, before `and N more`
# columns whose values are digests: shown as their first characters, as `ingest -v` names a document
SHORTENED = {"document_id": SHORT_ID, "previous_document_id": SHORT_ID}
# table -> the columns a terminal shows first, in order: the row's place (revision, document, its id) and what it
# holds; the table's other columns follow in the contract's order (its key columns among them, provenance last)
FIRST: dict[str, tuple[str, ...]] = {
    "documents": ("revision", "document_id", "source_name", "kind", "council", "status", "revision_date", "title"),
    "themes": ("revision", "document_id", "theme_no", "theme_name"),
    "heatmap": ("revision", "document_id", "theme_no", "position", "element_id", "score"),
    "elements": ("revision", "document_id", "element_id", "score", "status", "characteristic"),
    "actions": ("revision", "document_id", "action_id", "action", "owners", "due_date", "status"),
    "action_owners": ("revision", "document_id", "action_id", "seq", "owner_raw", "owner_key", "match"),
    "action_timelines": ("revision", "document_id", "action_id", "seq", "timeline_raw", "kind", "end_date"),
    "action_spans": ("revision", "document_id", "action_id", "field", "seq", "line_start", "char_start", "char_end"),
    "element_spans": ("revision", "document_id", "element_id", "field", "seq", "line_start", "char_start",
                      "char_end"),
    "statements": ("revision", "document_id", "theme_no", "section", "seq", "text"),
    "extraction_issues": ("revision", "document_id", "line_start", "severity", "code", "message", "raw_text"),
    "boilerplate": ("revision", "document_id", "line_start", "kind", "text"),
    "span_pages": ("revision", "document_id", "span_char_start", "span_char_end", "source_page"),
    "changes": ("revision", "document_id", "change", "element_id", "action_id", "field", "before", "after"),
    "action_lineage": ("revision", "document_id", "action_id", "match", "previous_action_id", "action_key"),
}


@dataclass(frozen=True)
class View:
    """The columns a terminal shows, in order, each with the characters its values are cut to; those left out to
    fit it; and those left out as empty in every row."""

    columns: tuple[str, ...]
    left_out: tuple[str, ...]
    widths: tuple[int, ...] = ()
    empty: tuple[str, ...] = ()

    def note(self, of: int) -> str:
        """What the note on stderr says of the columns not shown: a few of those left out by name, then how many
        more, and the empty ones (an 80-column terminal would otherwise print a paragraph of names)."""
        parts = ([f"not shown: {_some(self.left_out)}"] if self.left_out else []) + \
            ([f"empty in every row: {_some(self.empty)}"] if self.empty else [])
        return (f"{len(self.columns)} of {of} columns shown, to fit the terminal, values cut to {CELL_WIDTH} "
                f"characters; --columns {ALL_COLUMNS} prints every column whole, --columns a,b,... those named "
                f"({'; '.join(parts)})")


def _some(names: tuple[str, ...]) -> str:
    """The first NAMED names, then how many more."""
    more = len(names) - NAMED
    return ", ".join(names[:NAMED]) + (f" and {more} more" if more > 0 else "")


def chosen(given: str | None, table: str, columns: Sequence[str]) -> tuple[str, ...] | None:
    """The columns `--columns` names, in its order (None: not given, or `all`). A name that is no column of the
    table raises ValueError naming the ones it is close to and every column."""
    from difflib import get_close_matches  # only for a name given

    if given is None or given == ALL_COLUMNS:
        return None
    names = tuple(name.strip() for name in given.split(",") if name.strip())
    unknown = [name for name in names if name not in columns]
    if unknown or not names:
        close = get_close_matches(unknown[0], columns, n=3) if unknown else []
        raise ValueError(f"{unknown[0] if unknown else given!r} is not a column of {table}"
                         + (f" (did you mean {', '.join(close)}?)" if close else "")
                         + f"; its columns: {', '.join(columns)}, or {ALL_COLUMNS}")
    return names


def fitted(table: str, columns: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> View:
    """The table's FIRST columns, then the rest in order, leaving out the rest empty in every row: as many as fit
    `width` with their values cut, the last a column of words cut to the width left (MIN_CUT at least)."""
    first = [c for c in FIRST.get(table, ()) if c in columns]
    empty = [c for c in columns if c not in first and rows and all(row[list(columns).index(c)] == "" for row in rows)]
    order = [c for c in first + [c for c in columns if c not in first] if c not in empty]
    shown: list[str] = []
    widths: list[int] = []
    used = -GAP
    for name in order:
        at = list(columns).index(name)
        needed = max([len(name)] + [len(shorten(name, row[at])) for row in rows])
        left = width - used - GAP
        if shown and needed > left:
            if _words(name) and left >= max(MIN_CUT, len(name)):
                shown.append(name)
                widths.append(left)
            break
        shown.append(name)
        widths.append(CELL_WIDTH)
        used += GAP + needed
    return View(tuple(shown), tuple(c for c in order if c not in shown), tuple(widths), tuple(empty))


def _words(column: str) -> bool:
    """A column of words, worth its first words: not a digest nor an id, which cut would name no row."""
    return column not in SHORTENED and not column.endswith(("_id", "_key"))


def shorten(column: str, text: str, width: int = CELL_WIDTH) -> str:
    """A value as a terminal shows it: a digest's first characters, anything else at most `width` long."""
    if column in SHORTENED:
        return text[:SHORTENED[column]]
    return text if len(text) <= width else text[:width - 1] + "…"
