"""Read one revision of an output folder back into `DocumentSide`s, checking it is there first."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pyarrow.parquet as pq
from council_actions.diff.glossaries import GENERIC, read_with
from council_actions.diff.records import ActionSide, DiffError, DocumentSide, Provenance, ScoredElement
from council_actions.normalise import done_by_timelines
from council_actions.output import TableRow, holds_revision
from council_actions.output import revisions as ordered_revisions
from council_actions.parsers import ACTION_TEXT_NOISE, current_action_id, split_update_notes

from council_actions.profile import Profile

# A list number opening the action's cell (`1.1 Draft Local Plan to:`): the row's number, printed there where the
# table has no column for it (Maidstone's 2022 status appendix), as its reference where it has one (the 2020 plan
# it reports on: `1.1` above `Action`). Two levels or more, as ingest/cell_lines.NUMBER_ALONE: no action's wording
# opens so, while a plain `1` or a year may. Left out of the words compared, so the two print one action.
LIST_NUMBER = re.compile(r"\A\d+(?:\.\d+)+\s+")
PROVENANCE_FIELDS = ("source_page", "line_start", "line_end", "char_start", "char_end", "x0", "top", "x1", "bottom")
# The status key of a done action: the one its timelines give (normalise/done.py), and the one a status column's or
# the document's title's word for done reads as (Maidstone's `... completed actions`, 2011).
COMPLETE_STATUS = "complete"


def check_output_folder(out_dir: Path) -> None:
    """A folder ingest did not write fails here in one line, not later as a missing table."""
    if not (out_dir / "_schema.json").is_file() or not (out_dir / "documents").is_dir():
        raise DiffError(f"{out_dir}: not an output folder of council-actions (no _schema.json or documents table)")


def read_revision(out_dir: Path, revision: str, profiles: tuple[Profile, ...] = ()) -> list[DocumentSide]:
    """Every document of the revision, in document_id order, with its elements, actions and their scores; each
    action with the profile its owners are read with (glossaries.read_with: of the profile files given, or built in)."""
    if not holds_revision(out_dir, revision):
        known = ", ".join(ordered_revisions(out_dir)) or "none"
        raise DiffError(f"{out_dir}: no revision {revision!r} (revisions there: {known})")
    tables = {name: table_rows(out_dir, name, revision)
              for name in ("documents", "elements", "heatmap", "actions", "action_timelines", "action_lineage")}
    by_document: dict[str, dict[str, list[TableRow]]] = defaultdict(lambda: defaultdict(list))
    for name, rows in tables.items():
        for row in rows:
            if row["document_id"] is not None:  # lineage of a document the revision no longer holds has none
                by_document[row["document_id"]][name].append(row)
    diffed = next((r.get("previous_revision") for r in tables["action_lineage"]), None)  # the diff into it, if any
    return [_document(revision, rows, profiles, diffed) for _, rows in sorted(by_document.items())
            if rows["documents"]]


def table_rows(out_dir: Path, table: str, revision: str, columns: list[str] | None = None) -> list[TableRow]:
    """Every row of one table of one revision (none where the revision has no such table), read without pandas;
    `columns`: those alone (a check of every revision of a national folder reads a few of each table's)."""
    folder = out_dir / table / revision
    if not folder.is_dir():
        return []
    try:
        return [row for path in sorted(folder.glob("*.parquet")) for row in _read(path, columns)]
    except (OSError, ValueError) as exc:
        raise DiffError(f"{folder}: cannot read the {table} table ({exc})") from None


def _read(path: Path, columns: list[str] | None) -> list[TableRow]:
    with pq.ParquetFile(path) as stored:  # not pq.read_table: its dataset layer imports pandas, never needed here
        rows: list[TableRow] = stored.read(columns=columns).to_pylist()
        return rows


def where(row: TableRow) -> Provenance:
    """A row's provenance columns, so a change can point at the printed row on its side."""
    return Provenance(*(row.get(name) for name in PROVENANCE_FIELDS))


def _document(revision: str, rows: dict[str, list[TableRow]], profiles: tuple[Profile, ...],
              diffed: str | None) -> DocumentSide:
    document = rows["documents"][0]
    owners_read = read_with(document["profile"] or GENERIC, document.get("profile_sha256"), profiles)
    themes = {e["element_id"]: e["theme_no"] for e in rows["heatmap"] + rows["elements"]}
    # actions.status holds a completion by the timelines since status_from was written; a folder written before
    # holds it in action_timelines alone, read by the same rule
    completed = (done_by_timelines((t["action_id"], t["kind"]) for t in rows["action_timelines"])
                 | {a["action_id"] for a in rows["actions"] if a["status"] == COMPLETE_STATUS})
    timelines = _timelines(rows["action_timelines"])
    return DocumentSide(
        revision=revision, document_id=document["document_id"], source_name=document["source_name"],
        council=document["council"], kind=document["kind"],
        elements=_scores(rows["elements"], rows["heatmap"]),
        actions=tuple(_action(a, order, themes.get(a["element_id"]), a["action_id"] in completed,
                              timelines.get(a["action_id"]), owners_read.profile)
                      for order, a in enumerate(sorted(rows["actions"], key=_reading_order))),
        # by the id's current form: a revision ingested again by a later version after its diff keeps its keys
        action_keys={current_action_id(r["action_id"]): r["action_key"] for r in rows["action_lineage"]
                     if r["action_id"]},
        owners_note=owners_read.note,
        lineage_from=diffed,
    )


def _reading_order(row: TableRow) -> tuple[int, int, int]:
    return (row["line_start"] or 0, row.get("seq") or 0, row.get("position") or 0)


def _scores(elements: list[TableRow], heatmap: list[TableRow]) -> tuple[ScoredElement, ...]:
    """The element rows; heatmap cells add the elements (and the scores) a document has no row for."""
    found: dict[str, ScoredElement] = {}
    for row in sorted(elements, key=_reading_order) + sorted(heatmap, key=_reading_order):
        known = found.get(row["element_id"])
        is_cell = "position" in row
        if (is_cell and row["alias_of"]) or (known is not None and (known.score is not None or row["score"] is None)):
            continue
        order = known.order if known is not None else len(found)
        found[row["element_id"]] = ScoredElement(row["element_id"], row["theme_no"], row["score"],
                                                 row.get("score_rank"), order, where(row), row.get("status"))
    return tuple(found.values())


def _timelines(rows: list[TableRow]) -> dict[str, str]:
    """Each action's timeline phrases as printed, in their order: what a rewording with the same due date shows."""
    phrases: dict[str, list[str]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: (r["action_id"], r["seq"])):
        phrases[row["action_id"]].append(row["timeline_raw"])
    return {action_id: "; ".join(found) for action_id, found in phrases.items()}


def _action(row: TableRow, order: int, theme_no: int | None, completed: bool, timeline: str | None,
            profile: str) -> ActionSide:
    text, notes = split_update_notes(row["action"])
    return ActionSide(
        action_id=row["action_id"], element_id=row["element_id"], theme_no=theme_no, order=order, text=text,
        words=compared_words(text), notes=notes, owners=row["owners"], due_date=row["due_date"],
        completed=completed, where=where(row), progress=row["progress"], timeline=timeline, status=row["status"],
        profile=profile,
    )


def compared_words(text: str) -> str:
    """The action's words as two revisions are compared: lower case, punctuation and layout left out, and a list
    number opening it (LIST_NUMBER) too."""
    return ACTION_TEXT_NOISE.sub(" ", LIST_NUMBER.sub("", text.strip(), count=1).lower()).strip()
