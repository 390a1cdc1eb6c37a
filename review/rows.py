"""A document's rows in source order, each with what the auditor needs beside it.

Themes, elements, actions and statements are rows; owners and timelines go
with their action; every extraction issue goes with the smallest row whose
span holds it, or stands as a row of its own where no row does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from council_actions.output import TableRow
from council_actions.review.load import DocumentTables
from council_actions.review.source import Excerpt, SourceText

RowKind = Literal["theme", "element", "action", "statement", "issue"]
KIND_ORDER: dict[str, int] = {"theme": 0, "element": 1, "action": 2, "statement": 3, "issue": 4}
BBox = tuple[float, float, float, float]


@dataclass(frozen=True)
class Piece:
    """The row's box on one page; `crop` is the image's path in the site, None where text is shown instead."""

    page: int
    bbox: BBox
    crop: str | None = None
    width: float = 100.0  # percent of the source column: a row's pieces are shown at one scale


@dataclass(frozen=True)
class ReviewRow:
    """One extracted row as the auditor checks it: with its owners, timelines, issues and changes beside it,
    the source excerpt, and a key that keeps a verdict on it across revisions."""

    kind: RowKind
    key: str  # verdict key, stable across revisions while the row's identity holds: "action:CI001-3b5f65c1f499"
    row: TableRow
    theme_no: int | None
    owners: tuple[TableRow, ...]
    timelines: tuple[TableRow, ...]
    issues: tuple[TableRow, ...]
    excerpt: Excerpt | None
    pieces: tuple[Piece, ...]
    digest: str | None
    changes: tuple[TableRow, ...] = ()  # from `council-actions diff`: what changed here since the earlier revision

    @property
    def anchor(self) -> str:
        """The row's key made safe as an HTML id, so the page can link to the row and a verdict find it."""
        return "row-" + "".join(c if c.isalnum() or c in "-_" else "-" for c in self.key)


def build_rows(doc: DocumentTables, text: SourceText | None) -> list[ReviewRow]:
    """Every row an auditor checks, from every table, each with the source excerpt it came from."""
    tables = doc.tables
    themes_of = {e["element_id"]: e["theme_no"] for e in tables["elements"]}
    owners, timelines = _by_action(tables["action_owners"]), _by_action(tables["action_timelines"])
    parts = _parts(tables["span_pages"])
    candidates: list[tuple[RowKind, str, TableRow, int | None]] = [
        *(("theme", f"theme:{t['theme_no']}", t, t["theme_no"]) for t in tables["themes"]),
        *(("element", f"element:{e['element_id']}", e, e["theme_no"]) for e in tables["elements"]),
        *(("action", f"action:{a['action_id']}", a, themes_of.get(a["element_id"])) for a in tables["actions"]),
        *(("statement", f"statement:{s['theme_no']}.{s['section']}.{s['seq']}", s, s["theme_no"])
          for s in tables["statements"]),
    ]
    homes = _issue_homes(candidates, tables["extraction_issues"])
    for issue in tables["extraction_issues"]:
        if id(issue) not in homes:  # before any issue row is added, so issues never home on each other
            key = f"issue:{issue['code']}@{issue['line_start']}:{issue['char_start']}"
            candidates.append(("issue", key, issue, themes_of.get(issue["element_id"] or "")))
    rows = []
    order = sorted(range(len(candidates)), key=lambda i: (candidates[i][2]["char_start"], KIND_ORDER[candidates[i][0]]))
    for index in order:
        kind, key, row, theme_no = candidates[index]
        action_id = row.get("action_id") if kind == "action" else None
        rows.append(ReviewRow(
            kind, key, row, theme_no,
            tuple(owners.get(action_id, ())) if action_id else (),
            tuple(timelines.get(action_id, ())) if action_id else (),
            tuple(i for i in tables["extraction_issues"] if homes.get(id(i)) == index),
            text.excerpt(row["line_start"], row["line_end"], row["char_start"], row["char_end"]) if text else None,
            _pieces(row, parts),
            text.digest(row["char_start"], row["char_end"]) if text else None,
        ))
    return _unique_keys(_with_changes(rows, tables.get("changes", [])))


def _with_changes(rows: list[ReviewRow], changes: list[TableRow]) -> list[ReviewRow]:
    """An action's changes go with it; an element's own changes, and actions removed from it, with the element."""
    by_key: dict[str, list[TableRow]] = {}
    for change in changes:
        key = f"action:{change['action_id']}" if change["action_id"] else f"element:{change['element_id']}"
        by_key.setdefault(key, []).append(change)
    return [replace(row, changes=tuple(by_key.get(row.key, ()))) if row.key in by_key else row for row in rows]


def _by_action(rows: list[TableRow]) -> dict[str, list[TableRow]]:
    grouped: dict[str, list[TableRow]] = {}
    for row in sorted(rows, key=lambda r: r["seq"]):
        grouped.setdefault(row["action_id"], []).append(row)
    return grouped


def _parts(rows: list[TableRow]) -> dict[tuple[int, int], list[Piece]]:
    pieces: dict[tuple[int, int], list[Piece]] = {}
    for row in sorted(rows, key=lambda r: r["source_page"]):
        pieces.setdefault((row["span_char_start"], row["span_char_end"]), []).append(
            Piece(row["source_page"], (row["x0"], row["top"], row["x1"], row["bottom"])))
    return pieces


def _pieces(row: TableRow, parts: dict[tuple[int, int], list[Piece]]) -> tuple[Piece, ...]:
    """Every page's box of the row: from the bridge table when it crosses a page break, else its own bbox."""
    if row["source_page"] is None or row["x0"] is None:
        return ()
    found = parts.get((row["char_start"], row["char_end"]))
    return tuple(found) if found else (Piece(row["source_page"], (row["x0"], row["top"], row["x1"], row["bottom"])),)


def _issue_homes(candidates: list[tuple[RowKind, str, TableRow, int | None]],
                 issues: list[TableRow]) -> dict[int, int]:
    """Each issue's row (index into `candidates`): the smallest span that holds the issue's characters."""
    homes = {}
    for issue in issues:
        holding = [(row["char_end"] - row["char_start"], KIND_ORDER[kind], index)
                   for index, (kind, _, row, _) in enumerate(candidates)
                   if row["char_start"] <= issue["char_start"] and issue["char_end"] <= row["char_end"]]
        if holding:
            homes[id(issue)] = min(holding)[2]
    return homes


def _unique_keys(rows: list[ReviewRow]) -> list[ReviewRow]:
    """Two rows with one key (an id printed twice) get `#2`, `#3` in source order, so each verdict has one row."""
    seen: dict[str, int] = {}
    unique = []
    for row in rows:
        seen[row.key] = seen.get(row.key, 0) + 1
        unique.append(row if seen[row.key] == 1 else replace(row, key=f"{row.key}#{seen[row.key]}"))
    return unique
