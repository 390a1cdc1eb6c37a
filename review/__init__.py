"""The auditor's review: every extracted row beside its source, as a static site.

`build_review` reads an output folder (the Parquet tables and the `_sources/`
records beside them) and writes `index.html` and one page per document, with
PDF crops, under a folder that opens from disk in any browser, offline.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from council_actions.diff import GENERIC, profile_of, read_with
from council_actions.output import exchange
from council_actions.review.building import staging
from council_actions.review.load import DocumentTables, ReviewError, choose_revision, load_documents
from council_actions.review.page import build_page
from council_actions.review.site import write_pages
from council_actions.review.verdicts import read_marks

from council_actions.profile import Profile

__all__ = ["ReviewError", "ReviewResult", "build_review"]

MARKER = ".council-actions-review"  # marks a folder as a review site this tool may refresh


@dataclass(frozen=True)
class ReviewResult:
    """What `build_review` made: where the index is, the counts the CLI prints in its one line, and notes the
    user must read (printed one a line)."""

    index: Path
    revision: str
    documents: int
    rows: int
    crops: int
    notes: tuple[str, ...]


def build_review(out_dir: Path, site_dir: Path, revision: str | None = None, document: str | None = None,
                 verdicts: Path | None = None, profiles: tuple[Profile, ...] = ()) -> ReviewResult:
    """Read the revision's tables (every document, or one), write the site; ReviewError says why not. Each document's
    scores and themes are named by the profile it was ingested with (`_profile_of`), of `profiles` or built in."""
    revision = choose_revision(out_dir, revision)
    docs = load_documents(out_dir, revision, document)
    marks = read_marks(verdicts) if verdicts else []
    _prepare(site_dir)
    try:
        with staging(site_dir, site_dir / MARKER) as staged:
            pages = [build_page(doc, staged, marks, *_profile_of(doc, profiles)) for doc in docs]
            write_pages(staged, revision, out_dir, pages)
            _put_in_place(staged, site_dir)
    except OSError as exc:
        raise ReviewError(f"{site_dir}: cannot write the review ({exc.strerror or exc})") from None
    return ReviewResult(site_dir / "index.html", revision, len(pages), sum(len(p.rows) for p in pages),
                        sum(p.counts["crops"] for p in pages),
                        tuple(f"{p.doc.info['source_name']}: {n}" for p in pages for n in p.notes))


def _profile_of(doc: DocumentTables, given: tuple[Profile, ...]) -> tuple[Profile, str | None]:
    """The profile the document was ingested with (`documents.profile` and `profile_sha256`), found as `diff` finds it
    to read owners (diff/glossaries.read_with), and a note where it is not that text."""
    read = read_with(doc.info["profile"] or GENERIC, doc.info.get("profile_sha256"), given)
    return profile_of(read.profile), read.note and read.note.replace("diff --profile", "review --profile")


def _prepare(site_dir: Path) -> None:
    """A new or empty folder, or an earlier review; never someone else's folder."""
    try:
        if site_dir.exists() and not site_dir.is_dir():
            raise ReviewError(f"{site_dir}: not a folder")
        if site_dir.is_dir() and any(site_dir.iterdir()) and not (site_dir / MARKER).exists():
            raise ReviewError(f"{site_dir}: folder is not empty and holds no earlier review; choose another --out")
        site_dir.mkdir(parents=True, exist_ok=True)
        (site_dir / MARKER).write_text("council-actions review site\n", encoding="utf-8")
    except OSError as exc:
        raise ReviewError(f"{site_dir}: cannot write the review ({exc.strerror or exc})") from None


def _put_in_place(staged: Path, site_dir: Path) -> None:
    """The review written whole in `staged` put in place: its crops for the earlier ones in one step (the earlier
    go with the staging folder), then each asset and page in one step (os.replace), the index last. A review
    that fails or is killed before this (a full disk, Ctrl-C) leaves the earlier one whole, its crops with it."""
    _swap(staged / "crops", site_dir / "crops")
    written = [p for p in staged.rglob("*") if p.is_file() and p.relative_to(staged).parts[0] != "crops"]
    for path in sorted(written, key=lambda p: p.name == "index.html"):
        target = site_dir / path.relative_to(staged)
        target.parent.mkdir(exist_ok=True)
        os.replace(path, target)


def _swap(new: Path, old: Path) -> None:
    """`new` where `old` was, and the earlier folder, if any, where `new` was (output/swap.py; else two renames)."""
    new.mkdir(exist_ok=True)  # a review of text documents cuts none: the earlier crops go all the same
    if old.is_dir() and exchange(new, old):
        return
    if old.exists():
        old.rename(new.with_name(f"{new.name}.earlier"))
    new.rename(old)
