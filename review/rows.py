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
from council_actions.review.pieces import Pieces, by_row, marks, value_pieces
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
class Apart:
    """An owner or timeline of an action printed outside the action's span (a bulleted cell's items share the Who
    by? and When? lines beside them: Waverley's second bullet's owner is a `ditto` two lines below it): its row
    and its own lines, shown beside the action's so the auditor sees where each value the row claims is printed."""

    what: Literal["owner", "timeline"]
    row: TableRow
    excerpt: Excerpt | None


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
    apart: tuple[Apart, ...] = ()  # an action's owners and timelines printed outside its span
    values_at: Pieces | None = None  # its values at their pieces (action_spans, element_spans), marked in the excerpt

    @property
    def anchor(self) -> str:
        """The row's key made safe as an HTML id, so the page can link to the row and a verdict find it."""
        return "row-" + "".join(c if c.isalnum() or c in "-_" else "-" for c in self.key)


Candidate = tuple[RowKind, str, TableRow, int | None]  # a row before it is built: its kind, key, row and theme


def build_rows(doc: DocumentTables, text: SourceText | None) -> list[ReviewRow]:
    """Every row an auditor checks, from every table, each with the source excerpt it came from."""
    tables = doc.tables
    themes_of = {e["element_id"]: e["theme_no"] for e in tables["elements"]}
    candidates = _candidates(tables, themes_of)
    owners, timelines = _by_action(tables["action_owners"]), _by_action(tables["action_timelines"])
    spans = by_row(tables.get("action_spans", []), "action_id")
    apart = {a["action_id"]: _apart(a, owners.get(a["action_id"], []), timelines.get(a["action_id"], []), text,
                                    spans.get(a["action_id"], [])) for a in tables["actions"]}
    homes = _issue_homes(candidates, tables["extraction_issues"], apart)
    candidates += _homeless_issues(tables["extraction_issues"], homes, themes_of)
    beside = _Beside(owners, timelines, _by_home(tables["extraction_issues"], homes), _parts(tables["span_pages"]),
                     text, apart, spans, by_row(tables.get("element_spans", []), "element_id"))
    order = sorted(range(len(candidates)), key=lambda i: (candidates[i][2]["char_start"], KIND_ORDER[candidates[i][0]]))
    rows = [_review_row(candidates[index], index, beside) for index in order]
    return _unique_keys(_with_changes(rows, tables.get("changes", [])))


@dataclass(frozen=True)
class _Beside:
    """What goes beside a document's rows: owners and timelines by action, issues by their row's index among the
    candidates, each span's pieces on its pages, and the source text for excerpts (None where it is not kept)."""

    owners: dict[str, list[TableRow]]
    timelines: dict[str, list[TableRow]]
    issues: dict[int, list[TableRow]]
    parts: dict[tuple[int, int], list[Piece]]
    text: SourceText | None
    apart: dict[str, tuple[Apart, ...]]
    spans: dict[str, list[TableRow]]  # action_spans' rows by action
    element_spans: dict[str, list[TableRow]]  # element_spans' rows by element


def _candidates(tables: dict[str, list[TableRow]], themes_of: dict[str, int | None]) -> list[Candidate]:
    """The themes, elements, actions and statements as rows to check, each with its key and theme."""
    return [
        *(("theme", f"theme:{t['theme_no']}", t, t["theme_no"]) for t in tables["themes"]),
        *(("element", f"element:{e['element_id']}", e, e["theme_no"]) for e in tables["elements"]),
        *(("action", f"action:{a['action_id']}", a, themes_of.get(a["element_id"])) for a in tables["actions"]),
        *(("statement", f"statement:{s['theme_no']}.{s['section']}.{s['seq']}", s, s["theme_no"])
          for s in tables["statements"]),
    ]


def _homeless_issues(issues: list[TableRow], homes: dict[int, int], themes_of: dict[str, int | None]
                     ) -> list[Candidate]:
    """The issues no row's span holds, each a row of its own; found before any issue is a row, so issues never
    home on each other."""
    return [("issue", f"issue:{issue['code']}@{issue['line_start']}:{issue['char_start']}", issue,
             themes_of.get(issue["element_id"] or "")) for issue in issues if id(issue) not in homes]


def _by_home(issues: list[TableRow], homes: dict[int, int]) -> dict[int, list[TableRow]]:
    """The issues by their row's index among the candidates (`_issue_homes`), each row's in the table's order."""
    grouped: dict[int, list[TableRow]] = {}
    for issue in issues:
        if id(issue) in homes:
            grouped.setdefault(homes[id(issue)], []).append(issue)
    return grouped


def _review_row(candidate: Candidate, index: int, beside: _Beside) -> ReviewRow:
    """One row with what goes beside it: an action's owners and timelines, the issues its span holds, its source
    excerpt and digest, its pieces on the pages, an action's owners and timelines printed apart from it, and an
    action's or element's values' pieces, marked in the excerpt."""
    kind, key, row, theme_no = candidate
    action_id = row.get("action_id") if kind == "action" else None
    text = beside.text
    pieces = beside.spans.get(action_id, []) if action_id else \
        beside.element_spans.get(row["element_id"], []) if kind == "element" else []
    apart = beside.apart.get(action_id, ()) if action_id else ()
    return ReviewRow(
        kind, key, row, theme_no,
        tuple(beside.owners.get(action_id, ())) if action_id else (),
        tuple(beside.timelines.get(action_id, ())) if action_id else (),
        tuple(beside.issues.get(index, ())),
        text.excerpt(row["line_start"], row["line_end"], row["char_start"], row["char_end"], marks(pieces))
        if text else None,
        _pieces(row, beside.parts),
        text.digest(row["char_start"], row["char_end"]) if text else None,
        apart=apart,
        values_at=value_pieces(row, pieces, text, {n for a in apart for n in
                                                    range(a.row["line_start"], a.row["line_end"] + 1)})
        if pieces else None,
    )


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


def _apart(action: TableRow, owners: list[TableRow], timelines: list[TableRow],
           text: SourceText | None, pieces: list[TableRow]) -> tuple[Apart, ...]:
    """The action's owners and timelines whose characters are not inside its span, each with its own excerpt, the
    action's pieces marked in it."""
    pairs: tuple[tuple[Literal["owner", "timeline"], list[TableRow]], ...] = (("owner", owners),
                                                                              ("timeline", timelines))
    return tuple(Apart(what, row, text.excerpt(row["line_start"], row["line_end"], row["char_start"],
                                               row["char_end"], marks(pieces)) if text else None)
                 for what, rows in pairs for row in rows if not _holds(action, row))


def _holds(row: TableRow, inner: TableRow) -> bool:
    return bool(row["char_start"] <= inner["char_start"] and inner["char_end"] <= row["char_end"])


def _issue_homes(candidates: list[Candidate], issues: list[TableRow],
                 apart: dict[str, tuple[Apart, ...]]) -> dict[int, int]:
    """Each issue's row (index into `candidates`): the smallest span that holds the issue's characters, an
    action's owner or timeline printed apart from it counted as the action's (a ditto's warnings go with the action
    whose owner it is)."""
    spans = [(row, kind, index) for index, (kind, _, row, _) in enumerate(candidates)]
    spans += [(a.row, kind, index) for index, (kind, _, row, _) in enumerate(candidates) if kind == "action"
              for a in apart.get(row["action_id"], ())]
    homes = {}
    for issue in issues:
        holding = [(row["char_end"] - row["char_start"], KIND_ORDER[kind], index)
                   for row, kind, index in spans if _holds(row, issue)]
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
