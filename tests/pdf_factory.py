"""Test-only: draw action plans as PDFs the way councils' producers do, from the sample's own content.

The content comes from the text parser's records for the sample, so the rows a
PDF must give back are known. Producers differ, and so do these styles: a
Word/LibreOffice export draws ruling lines and fills shaded cells (twice); a
browser printing to PDF draws borders as thin filled rectangles and leaves no
bottom border where a page break cuts a row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONTS = {"DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"}
PAGE_W, PAGE_H = landscape(A4)
MARGIN = 36.0
SCORE_WORDS = {"dark_green": "DARK GREEN", "light_green": "LIGHT GREEN", "yellow": "YELLOW", "amber": "AMBER",
               "red": "RED", "grey": "GREY"}
KEY_TEXT = {"dark_green": "STRONG EVIDENCE to support a comprehensive narrative.",
            "light_green": "EVIDENCE to support narrative but with gaps in evidence.",
            "yellow": "SOME EVIDENCE to support narrative provided but with gaps in narrative.",
            "amber": "A narrative can be provided but this CANNOT BE EVIDENCED.",
            "red": "NO EVIDENCE OF SUCCESS.", "grey": "Not in the control of Officers to influence this aspect."}


@dataclass(frozen=True)
class Producer:
    name: str
    font: str
    size: float
    widths: tuple[float, ...]
    borders: str  # "lines" or "rects"
    bottom_margin: float
    fill_twice: bool
    key_colours: dict[str, str] = field(default_factory=dict)
    headings_in_table: bool = False  # theme heading and introduction as full-width rows of the table


WORD = Producer("word", "DejaVuSans", 8.0, (95, 170, 170, 205, 130), "lines", 40.0, True,
                {"dark_green": "#00B050", "light_green": "#92D050", "yellow": "#FFFF00", "amber": "#FFC000",
                 "red": "#FF0000", "grey": "#A6A6A6"})
# Another producer: another font, other widths and page breaks, and its own shades in its own key.
BROWSER = Producer("browser", "DejaVuSerif", 7.5, (80, 200, 150, 230, 110), "rects", 95.0, False,
                   {"dark_green": "#2E8B3E", "light_green": "#A8DA6A", "yellow": "#F2E205", "amber": "#F5A623",
                    "red": "#D0021B", "grey": "#9B9B9B"})
FULL_WIDTH = Producer("full_width", "DejaVuSans", 8.5, (100, 180, 165, 200, 125), "lines", 60.0, False,
                      WORD.key_colours, headings_in_table=True)


def require_fonts() -> None:
    for name, path in FONTS.items():
        if not Path(path).is_file():
            pytest.skip(f"font {path} (Debian fonts-dejavu-core) is needed to draw test PDFs")
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


class Drawing:
    def __init__(self, path: Path, producer: Producer) -> None:
        require_fonts()
        self.c = Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
        self.p = producer
        self.lead = producer.size * 1.35
        self.y = MARGIN
        self.c.setFont(producer.font, producer.size)

    def new_page(self) -> None:
        self.c.showPage()
        self.c.setFont(self.p.font, self.p.size)
        self.y = MARGIN

    def room(self, height: float) -> bool:
        return self.y + height <= PAGE_H - self.p.bottom_margin

    def text(self, text: str, x: float) -> None:
        self.c.setFillColorRGB(0, 0, 0)
        self.c.drawString(x, PAGE_H - self.y - self.p.size, text)

    def paragraph(self, text: str, gap: float = 6.0) -> None:
        for line in simpleSplit(text, self.p.font, self.p.size, PAGE_W - 2 * MARGIN):
            if not self.room(self.lead):
                self.new_page()
            self.text(line, MARGIN)
            self.y += self.lead
        self.y += gap

    def wrap(self, text: str, width: float) -> list[str]:
        return simpleSplit(text, self.p.font, self.p.size, width - 6)

    def table(self, widths: tuple[float, ...], header: list[str] | None, rows: list[tuple[list[dict], dict]],
              header_widths: tuple[float, ...] | None = None) -> None:
        """Rows are (slots, fills) or (slots, fills, row widths): slots are physical lines {column: text};
        fills {column: '#RRGGBB'}. `header_widths` merges header cells across columns (the heatmap's "Element ID")."""
        head = (header_widths or widths, header) if header else None
        if head:
            self._row(head[0], self._slots(*head), {}, None)
        for slots, fills, *own in rows:
            self._row(own[0] if own else widths, slots, fills, head)
        self.y += 10

    def _slots(self, widths, texts: list[str]) -> list[dict]:
        wrapped = [self.wrap(t, w) for t, w in zip(texts, widths, strict=False)]  # heatmap rows may be short
        return [{c: w[i] for c, w in enumerate(wrapped) if i < len(w)} for i in range(max(map(len, wrapped)))]

    def _row(self, widths, slots: list[dict], fills: dict, header: tuple | None) -> None:
        start = 0
        while start < len(slots):
            fit = int((PAGE_H - self.p.bottom_margin - self.y - 4) // self.lead)
            if fit < 1:
                self.new_page()
                if header:
                    self._row(header[0], self._slots(*header), {}, None)
                continue
            end = min(len(slots), start + fit)
            self._segment(widths, slots[start:end], fills, closed=end == len(slots))
            start = end

    def _segment(self, widths, slots: list[dict], fills: dict, closed: bool) -> None:
        top, height = self.y, len(slots) * self.lead + 4
        xs = [MARGIN]
        for w in widths:
            xs.append(xs[-1] + w)
        for column, colour in fills.items():
            for _ in range(2 if self.p.fill_twice else 1):
                self.c.setFillColor(colour)
                self.c.rect(xs[column], PAGE_H - top - height, widths[column], height, stroke=0, fill=1)
        for i, slot in enumerate(slots):
            for column, text in slot.items():
                self.c.setFillColorRGB(0, 0, 0)
                self.c.drawString(xs[column] + 3, PAGE_H - top - 2 - i * self.lead - self.p.size, text)
        self._border(xs[0], top, xs[-1], top)
        for x in xs:
            self._border(x, top, x, top + height)
        if closed or self.p.borders == "lines":
            self._border(xs[0], top + height, xs[-1], top + height)
        self.y = top + height

    def _border(self, x0: float, top: float, x1: float, bottom: float) -> None:
        if self.p.borders == "lines":
            self.c.setStrokeColorRGB(0, 0, 0)
            self.c.setLineWidth(0.5)
            self.c.line(x0, PAGE_H - top, x1, PAGE_H - bottom)
        else:
            self.c.setFillColorRGB(0, 0, 0)
            self.c.rect(x0 - 0.3, PAGE_H - bottom - 0.3, x1 - x0 + 0.6, bottom - top + 0.6, stroke=0, fill=1)

    def save(self) -> None:
        self.c.save()


def element_slots(drawing: Drawing, widths, element, actions, theme) -> list[dict]:
    """An element row as physical lines: theme and score, characteristic, then each action group side by side."""
    head = [f"{theme.theme_no}. {theme.theme_name}"] + ([SCORE_WORDS[element.score]] if element.score else [])
    col0 = [line for part in head for line in drawing.wrap(part, widths[0])]
    note = element.status_note
    if note and note.startswith("Now in"):
        characteristic = f"{element.printed_id}: {note} {element.characteristic}"
    else:
        characteristic = f"{element.printed_id}: {element.characteristic}" + (f" ({note})" if note else "")
    col1 = drawing.wrap(characteristic, widths[1])
    groups: list[dict] = []
    for note_text in (element.notes or "").split("\n") if element.notes else []:
        groups += [{2: line} for line in drawing.wrap(note_text, widths[2])] + [{}]
    previous = None
    for action in actions:
        parts = {3: drawing.wrap(action.action, widths[3]),
                 4: drawing.wrap(action.allocated_raw, widths[4]) if action.allocated_raw else [],
                 2: drawing.wrap(action.opportunity, widths[2]) if action.opportunity and action.opportunity != previous else []}
        previous = action.opportunity
        groups += [{c: lines[i] for c, lines in parts.items() if i < len(lines)}
                   for i in range(max(map(len, parts.values())))] + [{}]
    groups = groups[:-1] if groups and groups[-1] == {} else groups
    height = max(len(col0), len(col1), len(groups))
    slots = [dict(groups[i]) if i < len(groups) else {} for i in range(height)]
    for i, line in enumerate(col0):
        slots[i][0] = line
    for i, line in enumerate(col1):
        slots[i][1] = line
    return slots


def heatmap_score(cell, scores: dict) -> str:
    """The colour a heatmap cell is shaded with: its element's score, grey where none was printed."""
    return scores.get(cell.element_id) or "grey"


def draw_plan(path: Path, parsed, profile, theme_nos: tuple[int, ...], producer: Producer,
              shade_as: dict[str, str] | None = None) -> None:
    """The plan's heatmap, colour key, and the tables of the chosen themes, with text between them.
    `shade_as` shades some elements' score cells with another score's colour than their printed word."""
    drawing = Drawing(path, producer)
    colours = producer.key_colours
    drawing.paragraph("Appendix A: Action Plan arising from the self-assessment against the statutory Best Value "
                      "Duty guidance.")
    rows = []
    scores = {e.element_id: e.score for e in parsed.elements}
    per_theme = max([12] + [sum(c.theme_no == t.no for c in parsed.heatmap) for t in profile.themes])
    widths = (150,) + (576 / per_theme,) * per_theme  # the grid keeps its width; a longer row has narrower cells
    for theme in profile.themes:
        cells = [c for c in parsed.heatmap if c.theme_no == theme.no]
        fills = {i + 1: colours[heatmap_score(c, scores)] for i, c in enumerate(cells)}
        rows.append((drawing._slots(widths, [f"{theme.no}. {theme.name}"] + [c.printed_id for c in cells]), fills))
    drawing.table(widths, ["Theme", "Element ID"], rows, header_widths=(150, 576))
    drawing.paragraph("Key:")
    drawing.table((100, 560), None, [([{0: s.label, 1: KEY_TEXT[s.key]}], {0: colours[s.key]}) for s in profile.scores])
    for theme in (t for t in parsed.themes if t.theme_no in theme_nos):
        heading, intro = f"{theme.theme_no}. {theme.theme_name.upper()}:", theme.description.split("\n\n")[0]
        rows = []
        if producer.headings_in_table:
            full = (sum(producer.widths),)
            rows += [(drawing._slots(full, [heading]), {}, full), (drawing._slots(full, [intro]), {}, full)]
        else:
            drawing.paragraph(heading)
            drawing.paragraph(intro)
        for element in (e for e in parsed.elements if e.theme_no == theme.theme_no):
            actions = [a for a in parsed.actions if a.element_id == element.element_id]
            shade = (shade_as or {}).get(element.element_id, element.score)
            fills = {0: colours[shade]} if shade else {}
            rows.append((element_slots(drawing, producer.widths, element, actions, theme), fills))
        drawing.table(producer.widths, list(profile.columns), rows)
    drawing.save()
