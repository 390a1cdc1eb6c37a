"""The extracted text beside each row: its lines with the exact character range marked, and the ledger.

Offsets and line numbers in every table point into the document's extracted
text (kept in the `_sources/` record), so the text view is exact for text and
PDF input alike.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from council_actions.output.report import TableRow

NOT_ROWS = {"boilerplate", "extraction_issues", "span_pages", "changes"}  # changes point at rows
MAX_EXCERPT_LINES = 60  # a theme's span can be a whole page; more than this is cut, with a count


@dataclass(frozen=True)
class Segment:
    """A piece of an excerpt line, marked when it is the text the row was read from."""

    text: str
    marked: bool


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
    """Share of the source's non-blank lines inside some row's span, boilerplate or an issue; and what is in none."""

    content_lines: int
    covered: dict[str, int]
    uncovered: tuple[tuple[int, str], ...]

    def share(self, group: str) -> float:
        """The share of the source's non-blank lines in a group (`rows`, `boilerplate`, `issues`); all of an empty
        source's, so a blank file is not flagged."""
        return self.covered[group] / self.content_lines if self.content_lines else 1.0


class SourceText:
    """The extracted text split into lines, each with its offset, for excerpts by line and char range."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.split("\n")
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line) + 1)

    def excerpt(self, line_start: int, line_end: int, char_start: int, char_end: int) -> Excerpt:
        """The lines of a row's span with its characters marked, at most MAX_EXCERPT_LINES, the rest counted."""
        last = min(line_end, line_start + MAX_EXCERPT_LINES - 1, len(self.lines))
        lines = tuple(self._line(n, char_start, char_end) for n in range(max(line_start, 1), last + 1))
        return Excerpt(lines, max(0, min(line_end, len(self.lines)) - last))

    def _line(self, number: int, char_start: int, char_end: int) -> ExcerptLine:
        text, offset = self.lines[number - 1].replace("\f", ""), self.starts[number - 1]
        begin = min(max(char_start - offset, 0), len(text))
        end = min(max(char_end - offset, 0), len(text))
        parts = (Segment(text[:begin], False), Segment(text[begin:end], True), Segment(text[end:], False))
        return ExcerptLine(number, tuple(p for p in parts if p.text))

    def digest(self, char_start: int, char_end: int) -> str:
        """Fingerprint of a row's source text: a verdict given on other text is flagged as out of date."""
        return hashlib.sha256(self.text[char_start:char_end].encode("utf-8")).hexdigest()[:16]

    def ledger(self, tables: dict[str, list[TableRow]]) -> Ledger:
        """Which of the source's non-blank lines some row, boilerplate row or issue covers, and which none does:
        the auditor's check that nothing was silently dropped. An issue about the whole document that reports no
        text of it (`council_not_printed` spans every line) covers none: counted, it made every line "in an
        issue" and the check empty."""
        content = {n for n, line in enumerate(self.lines, 1) if line.strip()}
        groups = {
            "rows": _lines(row for name, rows in tables.items() if name not in NOT_ROWS for row in rows),
            "boilerplate": _lines(tables.get("boilerplate", [])),
            "issues": _lines(issue for issue in tables.get("extraction_issues", []) if issue["raw_text"]),
        }
        anywhere = set().union(*groups.values())
        uncovered = tuple((n, self.lines[n - 1]) for n in sorted(content - anywhere))
        return Ledger(len(content), {g: len(content & lines) for g, lines in groups.items()}, uncovered)


def _lines(rows: Iterable[TableRow]) -> set[int]:
    return {n for row in rows for n in range(row["line_start"], row["line_end"] + 1)}
