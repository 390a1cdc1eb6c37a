"""Stage 1, ingest: read a PDF or text file into the one `Document` model."""

from __future__ import annotations

from pathlib import Path

from council_actions.ingest.layout import RoleOf
from council_actions.ingest.model import Cell, Document, Line, Page, Span
from council_actions.ingest.pdf_layout import DEFAULT_PDF_ENGINE, PDF_ENGINES, PdfEngine
from council_actions.ingest.renderings import apply_layout
from council_actions.ingest.sniff import decode_text, sniff_media_type
from council_actions.ingest.text import read_text

from council_actions.issues import StageError

__all__ = ["DEFAULT_MAX_PAGES", "DEFAULT_PDF_ENGINE", "PDF_ENGINES", "Cell", "Document", "Line", "Page", "PdfEngine",
           "Span", "read_document"]


DEFAULT_MAX_PAGES = 1000


def read_document(path: Path, encoding: str | None = None, max_pages: int = DEFAULT_MAX_PAGES,
                  pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE, role_of: RoleOf | None = None) -> Document:
    """Read one file; raise StageError with a one-line reason if it cannot be read at all. `role_of` (the
    profile's heading rules) lets text in other renderings than tab-separated be read as tables."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StageError("ingest", str(path), f"cannot read file ({exc.strerror or exc})") from None
    media_type = sniff_media_type(data, str(path))
    if media_type == "pdf":
        from council_actions.ingest.pdf import read_pdf  # PDF libraries load only when a PDF comes

        document = read_pdf(data, path.name, str(path), max_pages, pdf_engine)
        return apply_layout(document, role_of) if role_of is not None else document
    if path.suffix.lower() == ".pdf":
        raise StageError("ingest", str(path), f"named .pdf but not a PDF (it starts {data[:16]!r})")
    return read_text(data, path.name, decode_text(data, str(path), encoding), role_of)
