"""Stage 1, ingest: read a PDF or text file into the one `Document` model."""

from __future__ import annotations

from pathlib import Path

from council_actions.ingest.model import Cell, Document, Line, Page, Span
from council_actions.ingest.sniff import decode_text, sniff_media_type
from council_actions.ingest.text import read_text
from council_actions.issues import StageError

__all__ = ["Cell", "Document", "Line", "Page", "Span", "read_document"]


def read_document(path: Path, encoding: str | None = None) -> Document:
    """Read one file; raise StageError with a one-line reason if it cannot be read at all."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StageError("ingest", str(path), f"cannot read file ({exc.strerror or exc})") from None
    media_type = sniff_media_type(data, str(path))
    if media_type == "pdf":
        raise StageError("ingest", str(path), "PDF input is not supported by this version; convert it to text first")
    return read_text(data, path.name, decode_text(data, str(path), encoding))
