"""Every link of the README and of the docs/ pages leads somewhere: a file link to a file of the repository, an
anchor to a heading of the page it names, and each page of docs/ is in the README's contents.

The handbook is one README and a page a topic, joined by relative links (`docs/revisions.md`, `cli.md#ingest`): a
page renamed, a heading reworded or a section moved to another page would leave a reader on GitHub at a 404 or at
the top of the wrong page, and nothing else reads the links. Anchors are the ones GitHub gives a heading: its text
in lower case, every character but letters, digits, spaces, `-` and `_` left out, spaces as `-`.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from tests.test_readme import PAGES, ROOT


def _tokens(page: Path) -> list[Token]:
    """The page's tokens with each inline's children after it, so links and images inside paragraphs, lists and
    table cells are met as headings are."""
    found = []
    for token in MarkdownIt("commonmark").enable("table").parse(page.read_text(encoding="utf-8")):
        found.append(token)
        found.extend(token.children or [])
    return found


def anchors(page: Path) -> set[str]:
    """GitHub's anchor of each heading of the page (a repeated heading's later ones get `-1`, `-2`, ...)."""
    tokens = _tokens(page)
    seen: dict[str, int] = {}
    for token, following in itertools.pairwise(tokens):
        if token.type == "heading_open":
            slug = re.sub(r"[^\w\- ]", "", following.content.lower()).replace(" ", "-")
            seen[slug] = seen.get(slug, -1) + 1
    return {slug + (f"-{i}" if i else "") for slug, n in seen.items() for i in range(n + 1)}


def links(page: Path) -> list[str]:
    """Every link and image target of the page but those to another site or an e-mail address."""
    targets = [token.attrs.get("href") or token.attrs.get("src") for token in _tokens(page)
               if token.type in ("link_open", "image")]
    return [str(target) for target in targets if target and not urlsplit(str(target)).scheme]


def test_the_pages_hold_links():
    """The walk reaches the README's contents and the pages' cross-references, so an empty answer below is no
    empty walk."""
    assert {"docs/revisions.md", "docs/cli.md"} <= set(links(ROOT / "README.md"))
    assert "cli.md#ingest" in links(ROOT / "docs" / "output.md")


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.relative_to(ROOT).as_posix())
def test_every_link_leads_to_a_file_and_a_heading(page):
    broken = []
    for target in links(page):
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        if not file.is_relative_to(ROOT) or not file.exists():
            broken.append(f"{target}: no such file")
        elif anchor and (file.suffix != ".md" or anchor not in anchors(file)):
            broken.append(f"{target}: no heading #{anchor} in {file.relative_to(ROOT)}")
    assert broken == []


def test_the_readme_s_contents_name_every_page():
    listed = {target.partition("#")[0] for target in links(ROOT / "README.md")}
    assert {page.relative_to(ROOT).as_posix() for page in PAGES[1:]} <= listed


QUOTED = re.compile(r'\b(?:see|See|under|in) "([A-Z][^"]*)"')


def named_parts(page: Path) -> set[str]:
    """What a quoted reference may name on its own page: a heading, or a paragraph's or item's bold lead-in."""
    text = page.read_text(encoding="utf-8")
    parts = re.findall(r"^#+ (.+)$", text, re.M) + re.findall(r"^(?:- )?\*\*([^*]+)\*\*", text, re.M)
    return {part.strip().rstrip(".") for part in parts}


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.relative_to(ROOT).as_posix())
def test_a_quoted_reference_names_a_part_of_its_page_or_links_to_its_page(page):
    """`see "Revisions"` written on the page Revisions was moved off sends the reader looking for nothing: a quoted
    section name is one of the page's own headings or lead-ins, or a link to the page holding it follows it."""
    text, parts = page.read_text(encoding="utf-8"), named_parts(page)
    dangling = [found.group(0) for found in QUOTED.finditer(text)
                if found.group(1).rstrip(".") not in parts and "](" not in text[found.end():found.end() + 60]]
    assert dangling == []
