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


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def strip_html(text: str) -> str:
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
    """Join the physical lines of one wrapped cell: `drop-` + `in` gives `drop-in`."""
    out = ""
    for part in parts:
        part = clean(part)
        if not part:
            continue
        if not out:
            out = part
        elif WORD_HYPHEN_END.search(out):
            out += part
        else:
            out += " " + part
    return out
