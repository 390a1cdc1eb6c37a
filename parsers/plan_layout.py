"""Sort the lines of an action plan into blocks before reading any values.

One pass over the physical lines decides what each line is: boilerplate, a
heatmap row, the colour key, the repeated column header, a theme heading or
its introduction, part of an element row, or stray text. A new element row
starts where the characteristic column opens with an element id. Text the
converter ran into a row's first line from the row above is handed back to
the element it belongs to, by the rules of LAYOUT_RULES.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from council_actions.ingest.model import Cell, Document, Line
from council_actions.parsers.cleaning import clean
from council_actions.parsers.ids import repair_id
from council_actions.parsers.labels import find_theme_heading, find_theme_label
from council_actions.parsers.paragraphs import PARAGRAPH_MARK, SENTENCE_END, RepairRule
from council_actions.parsers.plan_columns import PlanColumns, plan_columns

from council_actions.profile import Profile, ThemeDef

ELEMENT_START = re.compile(r"^(?:(?P<before>.*?[.;)])\s+)?(?P<token>[A-Za-z0-9|!]{3,8})\s*:(?:\s+|$)")


LAYOUT_RULES = (
    RepairRule("id_bleeds_back", "text printed before an element id in the characteristic cell "
               "(`direction. <b>L002:</b> The`) ends the row above"),
    RepairRule("lowercase_continuation_bleeds_back", "a row's first line whose cell starts in lower case, under a "
               "paragraph of the row above that did not end a sentence, ends that paragraph up to the first "
               "paragraph mark (`and confidence that it will work.  Annual achievements ...`)"),
)


@dataclass
class Block:
    kind: str  # boilerplate kinds, "heatmap", "theme", "element", "stray"
    lines: list[Line] = field(default_factory=list)
    theme: ThemeDef | None = None
    printed_id: str | None = None

    def in_theme(self) -> ThemeDef:
        """Heatmap, theme and element blocks are opened only inside a theme: the segmenter guarantees it."""
        if self.theme is None:
            raise ValueError(f"a {self.kind} block outside any theme")
        return self.theme


def segment_plan(document: Document, profile: Profile) -> list[Block]:
    columns = plan_columns(profile)
    blocks: list[Block] = []
    theme: ThemeDef | None = None
    current: Block | None = None  # the theme or element block that continuation lines extend
    mode = "top"
    for line in document.iter_lines():
        first = line.cells[0].text if line.cells else ""
        heading = find_theme_heading(first, profile) if line.cells and line.cells[0].column == 0 else None
        start = _element_start(line, theme, columns) if theme else None
        if any(p.match(clean(line.text)) for p in profile.boilerplate):
            blocks.append(Block("title" if not blocks else "note", [line]))
            mode = "top"
        elif profile.heatmap_header.match(clean(line.text)):
            blocks.append(Block("heatmap_header", [line]))
            mode = "heatmap"
        elif profile.key_heading.match(clean(line.text)):
            blocks.append(Block("colour_key", [line]))
            mode = "key"
        elif _is_column_header(line, profile, blocks):
            blocks.append(Block("column_header", [line]))
        elif heading is not None:
            theme, mode = heading, "theme"
            current = Block("theme", [line], theme)
            blocks.append(current)
        elif mode == "heatmap" and line.tabular and find_theme_label(first, profile):
            blocks.append(Block("heatmap", [line], find_theme_label(first, profile)))
        elif mode == "heatmap" and blocks[-1].kind == "heatmap" and line.tabular and line.cells:
            blocks[-1].lines.append(line)  # a wrapped theme label, or ids wrapped onto a second line
        elif mode == "key" and line.tabular:
            _append(blocks, "colour_key", line)
        elif start is not None:
            before, printed, rest = start
            opening = _replace_cell(line, rest)
            if current is not None and current.kind == "element":
                handed, opening = _bleed_back(opening, current, before, columns)
                if handed:
                    current.lines.append(replace(line, cells=handed))
            current = Block("element", [opening], theme, printed)
            blocks.append(current)
            mode = "element"
        elif mode in ("theme", "element") and current is not None:
            current.lines.append(line)
        else:
            blocks.append(Block("stray", [line], theme))
    return blocks


def _append(blocks: list[Block], kind: str, line: Line) -> None:
    if blocks and blocks[-1].kind == kind:
        blocks[-1].lines.append(line)
    else:
        blocks.append(Block(kind, [line]))


def is_plan_header(line: Line, profile: Profile) -> bool:
    """A line that only an action plan prints: its heatmap header or a full column-heading row."""
    return bool(profile.heatmap_header.match(clean(line.text))) or _is_column_header(line, profile, [])


def _is_column_header(line: Line, profile: Profile, blocks: list[Block]) -> bool:
    """Every cell is part of its column's printed heading; one line alone needs three such cells."""
    if not line.tabular or not line.cells or not profile.columns:
        return False
    headings = [" ".join(h.lower().split()) for h in profile.columns]
    for cell in line.cells:
        text = " ".join(clean(cell.text).lower().split())
        if cell.column >= len(headings) or not text or text not in headings[cell.column]:
            return False
    continues = bool(blocks) and blocks[-1].kind == "column_header" and blocks[-1].lines[-1].number == line.number - 1
    return len(line.cells) >= 3 or continues


def _element_start(line: Line, theme: ThemeDef, columns: PlanColumns) -> tuple[Cell | None, str, Cell] | None:
    """(text bled in before the id, the printed id, the characteristic after it) for a row start."""
    cell = line.cell(columns.characteristic)
    if not line.tabular or cell is None:
        return None
    match = ELEMENT_START.match(clean(cell.text))
    if not match:
        return None
    repaired = repair_id(match["token"], theme.prefix)
    has_label = line.cell(columns.score) is not None
    if repaired is None or not (repaired[1] or has_label):
        return None
    raw_at = cell.text.find(match["token"])
    before = None
    if match["before"]:
        before = cell.part(0, raw_at)
    after_raw = cell.text[raw_at:]
    colon = after_raw.find(":")
    rest = cell.part(raw_at + colon + 1, len(cell.text))
    return before, match["token"], rest


def _bleed_back(line: Line, above: Block, before: Cell | None,
                columns: PlanColumns) -> tuple[tuple[Cell, ...], Line]:
    """(cells handed back to the row above, the new row's first line without them): LAYOUT_RULES."""
    handed = [before] if before is not None else []
    kept = []
    for cell in line.cells:
        last = _last_cell(above, cell.column) if cell.column in columns.content_columns else None
        if last is None or not clean(cell.text)[:1].islower() or SENTENCE_END.search(clean(last.text)):
            kept.append(cell)
            continue
        mark = PARAGRAPH_MARK.pattern.search(cell.text)
        handed.append(cell.part(0, mark.start() if mark else len(cell.text)))
        if mark:
            kept.append(cell.part(mark.end(), len(cell.text)))
    return tuple(handed), replace(line, cells=tuple(kept))


def _last_cell(block: Block, column: int) -> Cell | None:
    return next((c for line in reversed(block.lines) if (c := line.cell(column)) is not None and clean(c.text)),
                None)


def _replace_cell(line: Line, new: Cell) -> Line:
    """The line with its characteristic cell cut down to the text after the id (none if nothing follows)."""
    cells = tuple(new if c.column == new.column else c for c in line.cells if c.column != new.column or new.text)
    return replace(line, cells=cells)
