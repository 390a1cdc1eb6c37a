"""One document's review page as data: rows with their source, crops cut, ledger, filters, verdicts."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from council_actions.review.crops import Crop, crop_width, pdf_problem, render_crops
from council_actions.review.load import DocumentTables
from council_actions.review.rows import ReviewRow, build_rows
from council_actions.review.source import Ledger, SourceText
from council_actions.review.verdicts import Mark, current_key, marks_for

from council_actions.profile import Profile

UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True)
class DocumentPage:
    """Everything one document's review page shows, gathered before rendering so the template only lays it
    out."""

    doc: DocumentTables
    file_name: str
    rows: tuple[ReviewRow, ...]
    ledger: Ledger | None
    notes: tuple[str, ...]  # what the auditor must know: a PDF that moved, a missing source record
    verdicts: dict[str, dict[str, object]]  # imported verdicts by row key, for the page's script
    orphans: tuple[Mark, ...]  # imported verdicts whose row is not in this document any more
    profile: Profile  # the one the document was ingested with: its score names and colours, its themes

    @property
    def counts(self) -> dict[str, int]:
        """Rows per kind, issues per severity and crops, as the index and the document page print them."""
        tables = self.doc.tables
        issues = tables["extraction_issues"]
        return {"themes": len(tables["themes"]), "elements": len(tables["elements"]),
                "actions": len(tables["actions"]), "statements": len(tables["statements"]),
                "errors": sum(i["severity"] == "error" for i in issues),
                "warnings": sum(i["severity"] == "warning" for i in issues),
                "crops": sum(p.crop is not None for r in self.rows for p in r.pieces)}

    def options(self, field: str) -> list[str]:
        """The values a filter offers: every owner key, timeline kind or match type on the page."""
        source = {"owner": ("owners", "owner_key"), "kind": ("timelines", "kind"), "match": ("owners", "match")}[field]
        return sorted({str(item[source[1]]) for r in self.rows for item in getattr(r, source[0]) if item[source[1]]})


def build_page(doc: DocumentTables, site_dir: Path, marks: list[Mark], profile: Profile,
               profile_note: str | None = None) -> DocumentPage:
    """One document's page: its rows beside their source (PDF crops where it can), and its verdicts; its scores and
    themes named by `profile` (`profile_note`: why it is not the one the document was ingested with)."""
    file_name = f"{UNSAFE.sub('-', Path(doc.info['source_name']).stem)[:60]}-{doc.document_id[:8]}.html"
    text = SourceText(doc.source.text) if doc.source else None
    rows = build_rows(doc, text)
    notes: list[str] = [f"scores and themes {profile_note}"] if profile_note else []
    if doc.source is None:
        notes.append("no source record for this document (written before the review existed?): re-ingest it to see "
                     "the source beside each row")
    elif doc.info["media_type"] == "pdf":
        problem = pdf_problem(doc.source.path, doc.document_id)
        if problem:
            notes.append(f"{problem}; showing the extracted text instead of crops")
        else:
            rows = _with_crops(rows, doc.source.path, doc.document_id, site_dir)
    keyed = {current_key(r.key): r for r in rows}  # a verdict given on an earlier version's id finds its row
    own = marks_for(marks, doc.info["source_name"])
    found = [(m, keyed.get(current_key(m.row_key))) for m in own]
    verdicts = {row.key: m.as_json(row.digest) for m, row in found if row is not None}
    orphans = tuple(m for m, row in found if row is None)
    return DocumentPage(doc, file_name, tuple(rows), text.ledger(doc.tables) if text else None, tuple(notes),
                        verdicts, orphans, profile)


def _with_crops(rows: list[ReviewRow], pdf: Path, document_id: str, site_dir: Path) -> list[ReviewRow]:
    """Cut one crop per page piece of every row; issues inside a piece are outlined in it too."""
    folder = f"crops/{document_id[:16]}"
    crops, result = [], []
    for index, row in enumerate(rows):
        pieces = []
        widest = max((crop_width(p.bbox) for p in row.pieces), default=1.0)
        for piece in row.pieces:
            name = f"{index:04d}-p{piece.page}"
            issues = tuple((i["x0"], i["top"], i["x1"], i["bottom"]) for i in row.issues
                           if i["source_page"] == piece.page and i["x0"] is not None)
            crops.append(Crop(name, piece.page, piece.bbox, issues))
            pieces.append(replace(piece, crop=f"{folder}/{name}.png", width=100 * crop_width(piece.bbox) / widest))
        result.append(replace(row, pieces=tuple(pieces)))
    render_crops(pdf, crops, site_dir / folder)
    return result
