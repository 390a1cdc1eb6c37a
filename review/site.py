"""Render the pages through Jinja2 with autoescaping: no string from a source document can become markup."""

from __future__ import annotations

import os
import tempfile
from importlib import resources
from pathlib import Path

from council_actions.review.page import DocumentPage
from jinja2 import Environment, PackageLoader, StrictUndefined

from council_actions import __version__

ASSETS = ("review.css", "review.js")


def environment() -> Environment:
    """StrictUndefined: a template naming a field a row lacks fails the build, not shows a blank."""
    return Environment(loader=PackageLoader("council_actions.review", "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def write_pages(site_dir: Path, revision: str, out_dir: Path, pages: list[DocumentPage]) -> Path:
    """The site: assets, a page per document (its scores and themes named by its own profile), then the index, each
    written atomically."""
    env = environment()
    common = {"version": __version__, "revision": revision}
    templates = resources.files("council_actions.review") / "templates"
    for asset in ASSETS:
        _write(site_dir / "assets" / asset, (templates / asset).read_text(encoding="utf-8"))
    for page in pages:
        scores = {s.key: s for s in page.profile.scores}
        present = {row.theme_no for row in page.rows}
        themes = [{"no": t.no, "name": t.name} for t in page.profile.themes if t.no in present]
        _write(site_dir / page.file_name,
               env.get_template("document.html.j2").render(page=page, scores=scores, themes=themes, **common))
    index = site_dir / "index.html"
    _write(index, env.get_template("index.html.j2").render(pages=pages, out_dir=out_dir, **common))
    return index


def _write(path: Path, text: str) -> None:
    """Atomically, so a browser open on the old page never reads half a new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)
    os.replace(temporary, path)
