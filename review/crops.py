"""Crops of the source PDF around each row, the row's box outlined: what the auditor compares values against.

Each page is rendered once with pypdfium2 (installed with pdfplumber) and every
crop on it cut from that image, so the cost is one render per page.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
from PIL import Image, ImageDraw

BBox = tuple[float, float, float, float]
SCALE = 1.5  # pixels per PDF point: 108 dpi, small print still readable
MARGIN = 10.0  # points of context around the row's box
MIN_SIZE = (260.0, 40.0)  # a small box (one owner, one id) is shown with its neighbours for context
ROW_OUTLINE, ISSUE_OUTLINE = (220, 30, 30), (245, 140, 0)
PALETTE_COLOURS = 64  # crops are text on white: a small palette keeps them small


@dataclass(frozen=True)
class Crop:
    """One piece of a row on one page; `issues` are boxes of extraction issues inside it, outlined in orange."""

    name: str
    page: int
    bbox: BBox
    issues: tuple[BBox, ...] = ()


def pdf_problem(path: Path, document_id: str) -> str | None:
    """Why crops cannot be cut from the PDF ingest read, or None when it is there unchanged. Only a regular file is
    read, and hashed as it streams: a pipe put at the path (opened without waiting for a writer) or a device (a link
    to /dev/zero) hung the review, or filled its memory until the system killed it."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        return f"the source PDF is no longer at {path} ({exc.strerror or exc}): it moved since ingest"
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        return f"the source PDF is no longer at {path} (a folder, pipe or device stands there): it moved since ingest"
    with open(descriptor, "rb") as stream:
        try:
            digest = hashlib.file_digest(stream, "sha256").hexdigest()
        except OSError as exc:
            return f"the source PDF at {path} cannot be read ({exc.strerror or exc})"
    if digest != document_id:
        return f"the PDF at {path} has changed since ingest (its bytes differ)"
    return None


def render_crops(path: Path, crops: Iterable[Crop], folder: Path) -> None:
    """Write each crop as `folder/<name>.png`, rendering every page concerned once."""
    by_page: dict[int, list[Crop]] = {}
    for crop in crops:
        by_page.setdefault(crop.page, []).append(crop)
    folder.mkdir(parents=True, exist_ok=True)
    pdf = pypdfium2.PdfDocument(path)
    try:
        for page_no, page_crops in sorted(by_page.items()):
            page = pdf[page_no - 1]
            image = page.render(scale=SCALE).to_pil().convert("RGB")
            for crop in page_crops:
                _cut(image, crop).save(folder / f"{crop.name}.png", optimize=True)
            page.close()
    finally:
        pdf.close()


def crop_width(box: BBox) -> float:
    """Width in points of the crop cut for `box`: lets a page show a row's pieces at one scale."""
    x0, _, x1, _ = _context(box)
    return x1 - x0 + 2 * MARGIN


def _context(box: BBox) -> BBox:
    """The box widened to at least MIN_SIZE around its centre."""
    x0, top, x1, bottom = box
    grow_x, grow_y = max(0.0, MIN_SIZE[0] - (x1 - x0)) / 2, max(0.0, MIN_SIZE[1] - (bottom - top)) / 2
    return x0 - grow_x, top - grow_y, x1 + grow_x, bottom + grow_y


def _cut(image: Image.Image, crop: Crop) -> Image.Image:
    width, height = image.size
    x0, top, x1, bottom = _context(crop.bbox)
    left, upper = max(0, int((x0 - MARGIN) * SCALE)), max(0, int((top - MARGIN) * SCALE))
    right, lower = min(width, int((x1 + MARGIN) * SCALE) + 1), min(height, int((bottom + MARGIN) * SCALE) + 1)
    piece = image.crop((left, upper, max(right, left + 1), max(lower, upper + 1)))
    draw = ImageDraw.Draw(piece)
    for box, colour in [(b, ISSUE_OUTLINE) for b in crop.issues] + [(crop.bbox, ROW_OUTLINE)]:
        draw.rectangle(((box[0] - 2) * SCALE - left, (box[1] - 2) * SCALE - upper,
                        (box[2] + 2) * SCALE - left, (box[3] + 2) * SCALE - upper), outline=colour, width=2)
    return piece.quantize(PALETTE_COLOURS)
