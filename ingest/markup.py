"""The HTML a converter leaves in a cell's text (`<b>L002:</b>`, `&amp;`), taken out where a line is read as words.

Read by Python's own HTML parser, so that entities and odd tags are handled the way browsers would, not by a
hand-made regex. Here, in the first stage, because a reader asks what a heading says as the parsers do
(ingest/part_headings.py); the parsers clean every value by it (parsers/cleaning.py), the raw text staying in
provenance.
"""

from __future__ import annotations

from html.parser import HTMLParser


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def without_markup(text: str) -> str:
    """The text less the Markdown and table marks at its ends: white space, `#` and `|` before it, white space and
    `|` after it (`## Action Plan |`). Found by walking in from each end: a pattern for the marks after the text
    was tried from each place of a run of spaces or bars inside it, reading the rest of the run each time (a line of
    100k spaces: minutes)."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or text[start] in "#|"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "|"):
        end -= 1
    return text[start:end]


def strip_html(text: str) -> str:
    """Converters leave tags and entities in cells (`<b>L002:</b>`): the text alone, and no parse when none."""
    if "<" not in text and "&" not in text:
        return text
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)
