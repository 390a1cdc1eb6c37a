"""Turn printed cell text into values: drop converter HTML, join wrapped lines.

The converter leaves HTML fragments (`<b>`, `<sub>`, `<del>`, `<u>`,
`<ol><li>`) in cells; values must not carry them, but the raw text stays in
provenance. Python's own HTML parser does the stripping so that entities and
odd tags are handled the way browsers would, not by a hand-made regex.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from html.parser import HTMLParser

SPACES = re.compile(r"\s+")
WORD_HYPHEN_END = re.compile(r"\w-$")
SPACED_HYPHEN_END = re.compile(r"\w- $")  # a PDF line that printed a space after its final hyphen (`day- `)


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def strip_html(text: str) -> str:
    """Converters leave tags and entities in cells (`<b>L002:</b>`): the text alone, and no parse when none."""
    if "<" not in text and "&" not in text:
        return text
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)


@lru_cache(maxsize=8192)
def clean(text: str) -> str:
    """Cell text as a value: no markup, single spaces, trimmed. Memoised: parsers clean each cell several
    times (a pure function of the text)."""
    return SPACES.sub(" ", strip_html(text)).strip()


def join_wrapped(parts: Iterable[str]) -> str:
    """Join the physical lines of one wrapped cell: `drop-` + `in` gives `drop-in`; but where the line printed a
    space after the hyphen (a PDF reader keeps it: `day- ` + `to-day`), the line wrapped at the space, so
    `day- to-day` (text readers trim their cells, so this is PDF evidence only)."""
    out, spaced = "", False
    for part in parts:
        text = clean(part)
        if not text:
            continue
        if not out:
            out = text
        elif WORD_HYPHEN_END.search(out) and not spaced:
            out += text
        else:
            out += " " + text
        spaced = bool(SPACED_HYPHEN_END.search(part))
    return out
