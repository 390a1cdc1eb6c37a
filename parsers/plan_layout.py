"""Sort the lines of an action plan into blocks before reading any values.

One pass over the physical lines decides what each line is: boilerplate, a
heatmap row, the colour key, the repeated column header, a theme heading or
its introduction, part of an element row, or stray text. A new element row
starts where the characteristic column opens with an element id. Text the
converter ran into a row's first line from the row above is handed back to
the element it belongs to (parsers/row_bleed.py, LAYOUT_RULES).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

from council_actions.ingest.model import Cell, Document, Line, Span
from council_actions.parsers.cleaning import clean
from council_actions.parsers.ids import repair_id
from council_actions.parsers.labels import find_theme_heading, find_theme_label
from council_actions.parsers.plan_columns import PlanColumns, plan_columns
from council_actions.parsers.row_bleed import cut_to, hand_back

from council_actions.lookalikes import lookalikes_folded
from council_actions.profile import Profile, ThemeDef

ELEMENT_START = re.compile(r"^(?:(?P<before>.*?[.;)])\s+)?(?P<token>[A-Za-z0-9|!]{3,8})\s*:(?:\s+|$)")


BlockKind = Literal["title", "note", "heatmap_header", "column_header", "colour_key", "heatmap", "theme", "element",
                   "stray", "past_columns"]
Mode = Literal["top", "heatmap", "key", "theme", "element"]  # what the lines below a heading belong to


@dataclass
class Block:
    """A run of the plan's lines that belong together (title, heatmap, theme, element, ...), with the theme it is
    under: the segmenter hands each block to its own reader."""

    kind: BlockKind
    lines: list[Line] = field(default_factory=list)
    theme: ThemeDef | None = None
    printed_id: str | None = None
    id_span: Span | None = None  # where an element block's id is printed: its row's span starts there

    def in_theme(self) -> ThemeDef:
        """Heatmap, theme and element blocks are opened only inside a theme: the segmenter guarantees it."""
        if self.theme is None:
            raise ValueError(f"a {self.kind} block outside any theme")
        return self.theme


@dataclass
class _Segmenting:
    """The blocks so far, the theme and mode the lines are in, and the block continuation lines extend."""

    profile: Profile
    columns: PlanColumns
    blocks: list[Block] = field(default_factory=list)
    theme: ThemeDef | None = None
    current: Block | None = None  # the theme or element block that continuation lines extend
    mode: Mode = "top"
    applied: list[tuple[int, str]] = field(default_factory=list)  # (line number, rule), what the rule tests read


@dataclass(frozen=True)
class _Seen:
    line: Line
    text: str   # the line cleaned
    first: str  # its first cell's text


@dataclass(frozen=True)
class SegmentRule:
    """One kind of action-plan line. `take` files the line and says True if it is of this kind; the first rule of
    SEGMENT_RULES that takes a line files it."""

    name: str
    description: str
    take: Callable[[_Seen, _Segmenting], bool]


def segment_plan(document: Document, profile: Profile) -> list[Block]:
    """The blocks alone, what the reader needs; `segment_lines` also says which rule filed each line."""
    return segment_lines(document, profile).blocks


def segment_lines(document: Document, profile: Profile) -> _Segmenting:
    """Every line filed by the first rule of SEGMENT_RULES that takes it, in order."""
    state = _Segmenting(profile, plan_columns(profile))
    for line in document.iter_lines():
        seen = _Seen(line, clean(line.text), line.cells[0].text if line.cells else "")
        rule = next(rule for rule in SEGMENT_RULES if rule.take(seen, state))
        state.applied.append((line.number, rule.name))
    return state


def _open(state: _Segmenting, block: Block, mode: Mode | None = None) -> bool:
    state.blocks.append(block)
    state.mode = mode or state.mode
    return True


def _past_columns(seen: _Seen, state: _Segmenting) -> bool:
    """A line the text reader found printing past the plan's columns (ingest/layout.runs_past) is a block of its own,
    so the row it stands in goes on under it."""
    return seen.line.layout == "past_columns" and _open(state, Block("past_columns", [seen.line], state.theme))


def _boilerplate(seen: _Seen, state: _Segmenting) -> bool:
    if not any(p.match(seen.text) for p in state.profile.boilerplate):
        return False
    return _open(state, Block("title" if not state.blocks else "note", [seen.line]), "top")


def _heatmap_header(seen: _Seen, state: _Segmenting) -> bool:
    return bool(state.profile.heatmap_header.match(seen.text)) and \
        _open(state, Block("heatmap_header", [seen.line]), "heatmap")


def _key_heading(seen: _Seen, state: _Segmenting) -> bool:
    return bool(state.profile.key_heading.match(seen.text)) and _open(state, Block("colour_key", [seen.line]), "key")


def _column_header(seen: _Seen, state: _Segmenting) -> bool:
    return _is_column_header(seen.line, state.profile, state.blocks) and \
        _open(state, Block("column_header", [seen.line]))


def _theme_heading(seen: _Seen, state: _Segmenting) -> bool:
    line = seen.line
    heading = find_theme_heading(seen.first, state.profile) if line.cells and line.cells[0].column == 0 else None
    if heading is None:
        return False
    state.theme, state.current = heading, Block("theme", [line], heading)
    return _open(state, state.current, "theme")


def _heatmap_row(seen: _Seen, state: _Segmenting) -> bool:
    label = find_theme_label(seen.first, state.profile) if state.mode == "heatmap" and seen.line.tabular else None
    return label is not None and _open(state, Block("heatmap", [seen.line], label))


def _heatmap_row_wrapped(seen: _Seen, state: _Segmenting) -> bool:
    if state.mode != "heatmap" or state.blocks[-1].kind != "heatmap" or not seen.line.tabular or not seen.line.cells:
        return False
    state.blocks[-1].lines.append(seen.line)
    return True


def _key_row(seen: _Seen, state: _Segmenting) -> bool:
    if state.mode != "key" or not seen.line.tabular:
        return False
    _append(state.blocks, "colour_key", seen.line)
    return True


def _element_row(seen: _Seen, state: _Segmenting) -> bool:
    start = _element_start(seen.line, state.theme, state.columns) if state.theme else None
    if start is None:
        return False
    before, printed, printed_at, rest = start
    opening = cut_to(seen.line, rest)
    current = state.current
    if current is not None and current.kind == "element":
        handed, opening = hand_back(opening, current.lines, before, state.columns.content_columns)
        if handed:
            current.lines.append(replace(seen.line, cells=handed))
    state.current = Block("element", [opening], state.theme, printed, printed_at)
    return _open(state, state.current, "element")


def _continuation(seen: _Seen, state: _Segmenting) -> bool:
    if state.mode not in ("theme", "element") or state.current is None:
        return False
    state.current.lines.append(seen.line)
    return True


def _stray(seen: _Seen, state: _Segmenting) -> bool:
    return _open(state, Block("stray", [seen.line], state.theme))


SEGMENT_RULES = (
    SegmentRule("past_columns", "a line the text reader found printing past the plan's columns (ingest/layout."
                "PAST_LAST_COLUMN): lines run together or a dump, no row's; reported whole", _past_columns),
    SegmentRule("boilerplate", "a line a profile boilerplate pattern matches: the title, then notes", _boilerplate),
    SegmentRule("heatmap_header", "the profile's heatmap header: heatmap rows follow", _heatmap_header),
    SegmentRule("key_heading", "the profile's colour-key heading: key rows follow", _key_heading),
    SegmentRule("column_header", "the plan's column headings, printed again on each page", _column_header),
    SegmentRule("theme_heading", "a first cell naming a profile theme: a theme block, its introduction follows",
                _theme_heading),
    SegmentRule("heatmap_row", "under the heatmap header, a row whose first cell names a theme", _heatmap_row),
    SegmentRule("heatmap_row_wrapped", "a table line under a heatmap row: its theme label or its ids wrapped",
                _heatmap_row_wrapped),
    SegmentRule("key_row", "a table line under the colour-key heading: a row of the key", _key_row),
    SegmentRule("element_row", "the characteristic cell opens with an element id: a new element row; text run into "
                "it from the row above is handed back (LAYOUT_RULES)", _element_row),
    SegmentRule("continuation", "any other line inside a theme or element: part of it", _continuation),
    SegmentRule("stray", "anything else: reported as unplaced text", _stray),
)


def _append(blocks: list[Block], kind: BlockKind, line: Line) -> None:
    if blocks and blocks[-1].kind == kind:
        blocks[-1].lines.append(line)
    else:
        blocks.append(Block(kind, [line]))


def is_plan_header(line: Line, profile: Profile) -> bool:
    """A line that only an action plan prints: its heatmap header or a full column-heading row."""
    return bool(profile.heatmap_header.match(clean(line.text))) or _is_column_header(line, profile, [])


def _is_column_header(line: Line, profile: Profile, blocks: list[Block]) -> bool:
    """Every cell is part of its column's printed heading; one line alone needs three such cells. Look-alike
    letters of other scripts are read as the Latin ones, as the heading rules read them (`lookalikes_folded`)."""
    if not line.tabular or not line.cells or not profile.columns:
        return False
    headings = [" ".join(h.lower().split()) for h in profile.columns]
    for cell in line.cells:
        text = " ".join(lookalikes_folded(clean(cell.text)).lower().split())
        if cell.column >= len(headings) or not text or text not in headings[cell.column]:
            return False
    continues = bool(blocks) and blocks[-1].kind == "column_header" and blocks[-1].lines[-1].number == line.number - 1
    return len(line.cells) >= 3 or continues


def _element_start(line: Line, theme: ThemeDef,
                   columns: PlanColumns) -> tuple[Cell | None, str, Span, Cell] | None:
    """(text bled in before the id, the printed id, where it is printed, the characteristic after it) for a row
    start. The id's span is kept apart: the characteristic's cell is cut after it, and the row's span, made of its
    cells, would otherwise start past the id where no theme or score is printed on the id's line."""
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
    return before, match["token"], cell.part(raw_at, raw_at + len(match["token"])).span, rest
