"""Read an action plan: heatmap, themes, element rows and their actions.

Element ids are resolved in row order against the heatmap's ids for the
theme, so that an id printed past recognition (`cloos`) still gets the one
id its position allows, reported as a warning.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from council_actions.ingest.model import Cell, Document, Line, Span
from council_actions.parsers.cleaning import join_wrapped
from council_actions.parsers.colours import ColourKey
from council_actions.parsers.elements import build_element
from council_actions.parsers.heatmap import read_heatmap_row
from council_actions.parsers.ids import resolve_id
from council_actions.parsers.labels import find_score_label
from council_actions.parsers.plan_layout import Block, BlockKind, segment_plan
from council_actions.parsers.quality import Vocabulary
from council_actions.parsers.records import (
    Action,
    Boilerplate,
    BoilerplateKind,
    Element,
    HeatmapCell,
    ParsedDocument,
    SectionHeading,
    Theme,
)
from council_actions.parsers.sections import with_sections
from council_actions.parsers.themes import read_theme
from council_actions.parsers.unplaced import unplaced_text

from council_actions.issues import Issue, warning
from council_actions.profile import Profile


def document_vocabulary(document: Document, profile: Profile) -> Vocabulary:
    """The document's words and the profile's names: a word on one line only, in no name, is likely OCR damage. A
    line printing past the table's columns (`past_columns`, ingest/layout.runs_past) is left out: it runs other
    lines' words together, and counted would make each OCR invention it copies look like a word found on two
    lines."""
    known = [o.key for o in profile.owners] + [t.name for t in profile.themes] + [s.label for s in profile.scores]
    return Vocabulary((line.text for line in document.iter_lines() if line.layout != "past_columns"), known)


@dataclass
class _PlanReading:
    """What the blocks have given so far, and what reading an element needs: the heatmap's ids by theme."""

    profile: Profile
    vocabulary: Vocabulary
    colours: ColourKey
    known_ids: set[str]
    candidates: dict[int, tuple[str, ...]]
    issues: list[Issue]
    themes: list[Theme] = field(default_factory=list)
    elements: list[Element] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    headings: dict[int, SectionHeading] = field(default_factory=dict)  # each theme's heading, on its own line


def parse_action_plan(document: Document, profile: Profile) -> ParsedDocument:
    """The plan's lines filed into blocks (SEGMENT_RULES), then each block read by its kind (BLOCK_READERS)."""
    vocabulary = document_vocabulary(document, profile)
    blocks = segment_plan(document, profile)
    colours = ColourKey.build(_printed_key(blocks, profile), profile)
    heatmap, issues = _read_heatmap(blocks, profile, colours)
    candidates: dict[int, tuple[str, ...]] = {}
    for cell in heatmap:
        candidates[cell.theme_no] = (*candidates.get(cell.theme_no, ()), cell.element_id)
    reading = _PlanReading(profile, vocabulary, colours, {c.element_id for c in heatmap}, candidates, issues)
    for block in blocks:
        BLOCK_READERS[block.kind](block, reading)
    return with_sections(ParsedDocument("action_plan", tuple(reading.themes), tuple(heatmap), tuple(reading.elements),
                                        tuple(reading.actions), (), tuple(reading.boilerplate), tuple(reading.issues)),
                         profile.document_words, profile.roles.status_of)


def _boilerplate(block: Block, reading: _PlanReading) -> None:
    reading.boilerplate.append(Boilerplate(LAYOUT_BLOCKS[block.kind], block.lines[0].text,
                                           Span.union(ln.span for ln in block.lines)))


def _heatmap_label(block: Block, reading: _PlanReading) -> None:
    """The theme's name as the heatmap prints it, over the lines it wraps onto (its cells are read before)."""
    labels = _label_cells(block)
    if labels:
        reading.boilerplate.append(Boilerplate("heatmap_label", join_wrapped(c.text for c in labels),
                                               Span.union(c.span for c in labels)))


def _colour_key(block: Block, reading: _PlanReading) -> None:
    records, issues = _read_key(block, reading.profile)
    reading.boilerplate += records
    reading.issues += issues


def _theme(block: Block, reading: _PlanReading) -> None:
    theme, issues = read_theme(block.in_theme(), block.lines, reading.vocabulary)
    reading.themes.append(theme)
    reading.headings[theme.theme_no] = SectionHeading(theme.printed_name, block.lines[0].span)
    reading.issues += issues


def _element(block: Block, reading: _PlanReading) -> None:
    theme_def = block.in_theme()
    previous = next((e.element_id for e in reversed(reading.elements) if e.theme_no == theme_def.no), None)
    resolved = resolve_id(block.printed_id or "", theme_def.prefix, reading.candidates.get(theme_def.no, ()),
                          reading.used, previous)
    if resolved is None:  # the segmenter opened the row on a readable id, so this is a reader bug, not input
        raise ValueError(f"element id {block.printed_id!r} became unreadable after segmenting")
    reading.used.add(resolved.element_id)
    element, actions, issues = build_element(block, resolved, reading.profile, reading.vocabulary, reading.known_ids,
                                             reading.colours)
    reading.elements.append(element)
    heading = reading.headings.get(theme_def.no)  # the theme's heading is the section every action of it is under
    reading.actions += [replace(a, sections=(heading,)) for a in actions] if heading else actions
    reading.issues += issues + _id_issues(element, resolved.method)


def _past_columns(block: Block, reading: _PlanReading) -> None:
    line = block.lines[0]
    reading.issues.append(unplaced_text("past_plan_columns", line.text, line.span))


def _stray(block: Block, reading: _PlanReading) -> None:
    line = block.lines[0]
    reading.issues.append(unplaced_text("plan_page", line.text, line.span))


# The blocks that are layout, not content: each is kept as a boilerplate row of that kind.
LAYOUT_BLOCKS: dict[BlockKind, BoilerplateKind] = {"title": "title", "note": "note", "heatmap_header": "heatmap_header",
                                                  "column_header": "column_header"}
# How each kind of block the segmenter files (plan_layout.SEGMENT_RULES) is read; tests check every kind has one.
BLOCK_READERS: dict[BlockKind, Callable[[Block, _PlanReading], None]] = {
    "title": _boilerplate, "note": _boilerplate, "heatmap_header": _boilerplate, "column_header": _boilerplate,
    "heatmap": _heatmap_label, "colour_key": _colour_key, "theme": _theme, "element": _element, "stray": _stray,
    "past_columns": _past_columns,
}


def _printed_key(blocks: list[Block], profile: Profile) -> list[tuple[str, str]]:
    """(score, fill) for each row of the document's colour key whose label cell is shaded."""
    rows = [line.cell(0) for b in blocks if b.kind == "colour_key" for line in b.lines if line.tabular]
    labelled = [(find_score_label(c.text, profile), c.fill) for c in rows if c is not None and c.fill]
    return [(score.key, fill) for score, fill in labelled if score is not None]


def _read_heatmap(blocks: list[Block], profile: Profile, colours: ColourKey) -> tuple[list[HeatmapCell], list[Issue]]:
    cells: list[HeatmapCell] = []
    issues: list[Issue] = []
    for block in (b for b in blocks if b.kind == "heatmap"):
        ids = _join_columns(block.lines)
        row, row_issues = read_heatmap_row(block.in_theme(), ids, profile, {c.element_id for c in cells}, 0, colours)
        cells += row
        issues += row_issues
    return cells, issues


def _label_cells(block: Block) -> list[Cell]:
    return [c for line in block.lines for c in line.cells if c.column == 0]


def _join_columns(lines: Iterable[Line]) -> list[Cell]:
    """One cell per column of a heatmap row, its text joined over the lines it wraps onto ("See" / "CI012")."""
    by_column: dict[int, list[Cell]] = {}
    for cell in (c for line in lines for c in line.cells if c.column > 0):
        by_column.setdefault(cell.column, []).append(cell)
    return [Cell(column, join_wrapped(c.text for c in cells), Span.union(c.span for c in cells),
                 next((c.fill for c in cells if c.fill), None)) for column, cells in sorted(by_column.items())]


def _read_key(block: Block, profile: Profile) -> tuple[list[Boilerplate], list[Issue]]:
    records, issues = [], []
    for line in block.lines:
        first = line.cell(0)
        if line.tabular and first is not None and find_score_label(first.text, profile) is None:
            issues.append(warning("unrecognised_key_row", "parse", "colour key row naming no known score",
                                  line.text, line.span, None, "score"))
        else:
            records.append(Boilerplate("colour_key", line.text, line.span))
    return records, issues


def _id_issues(element: Element, method: str) -> list[Issue]:
    if method == "order":
        return [warning("element_id_from_order", "parse", f"printed id '{element.printed_id}' is unreadable; "
                        f"{element.element_id} is the next id of the heatmap in row order", element.printed_id,
                        element.span, element.element_id, "element_id")]
    if method == "unlisted":
        return [warning("element_id_not_in_heatmap", "parse", f"{element.element_id} is not in the heatmap",
                        element.printed_id, element.span, element.element_id, "element_id")]
    return []
