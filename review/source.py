"""The extracted text beside each row: its lines with the exact character range marked, and the ledger.

Offsets and line numbers in every table point into the document's extracted
text (kept in the `_sources/` record), so the text view is exact for text and
PDF input alike.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from council_actions.output import TableRow

# changes point at rows; an action's pieces are inside its own span or another action's, as rows are counted
NOT_ROWS = {"boilerplate", "extraction_issues", "span_pages", "changes", "action_spans", "element_spans"}
# The ledger's groups in the order a line is counted in, each with the words the page gives its bar. A line is
# counted once, in the first group holding it: an issue about a row (an unknown owner, a score word repaired) or a
# column heading on a row's line spans lines a row holds too, so counted in each group a page's shares would add up
# past 100% (the theme 7 page's 22 lines: 21 in rows, 4 in boilerplate, 21 in issues).
LEDGER_GROUPS: tuple[tuple[str, str], ...] = (
    ("rows", "in extracted rows"),
    ("boilerplate", "in boilerplate (titles, repeated headings, colour key), in no row"),
    ("issues", "in an extraction issue alone, in no row or boilerplate"),
)
MAX_EXCERPT_LINES = 60  # a theme's span can be a whole page; more than this is cut, with a count


Marked = tuple[int, int, str]  # characters of a value's piece and its field (review/pieces.py)


@dataclass(frozen=True)
class Segment:
    """A piece of an excerpt line, marked when it is the text the row was read from, with the fields of the values
    whose pieces print it (the innermost first: an action's own deadline is a timeline inside its text)."""

    text: str
    marked: bool
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExcerptLine:
    """A source line by number, cut into marked and unmarked pieces, so the page can highlight the exact
    characters."""

    number: int
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Excerpt:
    """The source lines around a row, and how many were left out, so a long span does not flood the page and
    the cut is said."""

    lines: tuple[ExcerptLine, ...]
    omitted: int


@dataclass(frozen=True)
class Ledger:
    """Share of the source's non-blank lines inside some row's span, else boilerplate, else an issue; and what is
    in none: each line in one group (LEDGER_GROUPS), so the shares and the lines in none add up to the whole."""

    content_lines: int
    covered: dict[str, int]
    uncovered: tuple[tuple[int, str], ...]
    also_in_issues: int = 0  # lines counted in rows or boilerplate that an issue spans as well

    def share(self, group: str) -> float:
        """The share of the source's non-blank lines counted in a group (`rows`, `boilerplate`, `issues`); all of
        an empty source's, so a blank file is not flagged."""
        return self.covered[group] / self.content_lines if self.content_lines else 1.0

    @property
    def bars(self) -> list[tuple[str, float, int]]:
        """Each group's words, share and line count, in LEDGER_GROUPS' order: what the page draws a bar for."""
        return [(words, self.share(group), self.covered[group]) for group, words in LEDGER_GROUPS]


class SourceText:
    """The extracted text split into lines, each with its offset, for excerpts by line and char range."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.split("\n")
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line) + 1)

    def excerpt(self, line_start: int, line_end: int, char_start: int, char_end: int,
                pieces: Sequence[Marked] = ()) -> Excerpt:
        """The lines of a row's span with its characters marked, and each of its values' pieces with its field, at
        most MAX_EXCERPT_LINES, the rest counted."""
        last = min(line_end, line_start + MAX_EXCERPT_LINES - 1, len(self.lines))
        inner = sorted(pieces, key=lambda p: p[1] - p[0])
        lines = tuple(self._line(n, char_start, char_end, inner) for n in range(max(line_start, 1), last + 1))
        return Excerpt(lines, max(0, min(line_end, len(self.lines)) - last))

    def _line(self, number: int, char_start: int, char_end: int, pieces: Sequence[Marked]) -> ExcerptLine:
        """The line cut wherever the row's range or a piece begins or ends, each part with what holds it."""
        text, offset = self.lines[number - 1], self.starts[number - 1]  # offsets count a form feed: cut out after
        here = [(start - offset, end - offset, field) for start, end, field in pieces
                if start < offset + len(text) and end > offset]
        cuts = sorted({0, len(text), *(min(max(c - offset, 0), len(text)) for c in (char_start, char_end)),
                       *(min(max(c, 0), len(text)) for start, end, _ in here for c in (start, end))})
        parts = (Segment(text[a:b].replace("\f", ""), char_start - offset <= a and b <= char_end - offset,
                         tuple(dict.fromkeys(field for start, end, field in here if start <= a and b <= end)))
                 for a, b in pairwise(cuts))
        return ExcerptLine(number, tuple(p for p in parts if p.text))

    def digest(self, char_start: int, char_end: int) -> str:
        """Fingerprint of a row's source text: a verdict given on other text is flagged as out of date."""
        return hashlib.sha256(self.text[char_start:char_end].encode("utf-8")).hexdigest()[:16]

    def ledger(self, tables: dict[str, list[TableRow]]) -> Ledger:
        """Which of the source's non-blank lines some row, else a boilerplate row, else an issue covers, and which
        none does: the auditor's check that nothing was silently dropped. An issue about the whole document that
        reports no text of it (`council_not_printed` spans every line) covers none: counted, it made every line
        "in an issue" and the check empty."""
        content = {n for n, line in enumerate(self.lines, 1) if line.strip()}
        groups = {
            "rows": _lines(row for name, rows in tables.items() if name not in NOT_ROWS for row in rows),
            "boilerplate": _lines(tables.get("boilerplate", [])),
            "issues": _lines(issue for issue in tables.get("extraction_issues", []) if issue["raw_text"]),
        }
        counted: set[int] = set()
        covered = {}
        for group, _ in LEDGER_GROUPS:
            mine = (content & groups[group]) - counted
            covered[group] = len(mine)
            counted |= mine
        uncovered = tuple((n, self.lines[n - 1]) for n in sorted(content - counted))
        also = len(content & groups["issues"] & (groups["rows"] | groups["boilerplate"]))
        return Ledger(len(content), covered, uncovered, also)


def _lines(rows: Iterable[TableRow]) -> set[int]:
    return {n for row in rows for n in range(row["line_start"], row["line_end"] + 1)}
