"""Turn printed cell text into values: drop converter HTML, join wrapped lines, and say where each run of a
value was printed (`placement`).

The converter leaves HTML fragments (`<b>`, `<sub>`, `<del>`, `<u>`,
`<ol><li>`) in cells; values must not carry them, but the raw text stays in
provenance. Python's own HTML parser does the stripping (ingest/markup.py) so
that entities and odd tags are handled the way browsers would, not by a hand-made regex.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from functools import lru_cache

from council_actions.ingest import strip_html
from council_actions.ingest.model import Cell, Placement, Span, Stretch
from council_actions.parsers.respaced import respaced_runs

SPACES = re.compile(r"\s+")
# A line's final hyphen that joins the next line with no space: a word's (`drop-` / `in`), or a sign right after an
# opening bracket, which no dash follows (Kent's HROD slide wraps `10.7% (-` / `1.9p.p.)`, printing no space after it).
# A hyphen after a space or other punctuation may be a dash (`Update: 10/9/24 -`, `Officers:-`): it keeps the space.
JOINING_HYPHEN = r"[\w([{]-"
WORD_HYPHEN_END = re.compile(JOINING_HYPHEN + "$")
SPACED_HYPHEN_END = re.compile(JOINING_HYPHEN + " $")  # a PDF line printed a space after its final hyphen (`day- `)
# The steps past which a cell's runs are not left to difflib where they need not be, some 0.3 s of CPU: a cell of
# 4,800 characters of six English words repeated takes 3.6 x 10^6 (0.35 s); a 77k-character cell repeating
# `Q3-Q4 24/25` (fuzzing case 10-11) 10^10, minutes.
DIFFLIB_STEPS = 3_000_000


@lru_cache(maxsize=8192)
def clean(text: str) -> str:
    """Cell text as a value: no markup, single spaces, trimmed. Memoised: parsers clean each cell several
    times (a pure function of the text)."""
    return SPACES.sub(" ", strip_html(text)).strip()


def join_wrapped(parts: Iterable[str]) -> str:
    """Join the physical lines of one wrapped cell: `drop-` + `in` gives `drop-in`, `(-` + `1.9p.p.)` `(-1.9p.p.)`
    (JOINING_HYPHEN); but where the line printed a space after the hyphen (a PDF reader keeps it: `day- ` + `to-day`),
    the line wrapped at the space, so `day- to-day` (text readers trim their cells, so this is PDF evidence only)."""
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


def join_cells(cells: Iterable[Cell]) -> str:
    """A wrapped cell's lines joined as `join_wrapped` joins them, its runs of spaces as one, where a line going on
    inside the word above it (Cell.in_word: `SO1,SO3,SO4,S` / `O5`, `Performance/P` / `H Consultant`) joins that
    word with no space."""
    parts: list[str] = []
    for cell in cells:
        text = " ".join(cell.text.split())
        if cell.in_word and parts:
            parts[-1] += text
        else:
            parts.append(text)
    return join_wrapped(parts)


def placement(value: str, cells: Iterable[Cell]) -> Placement:
    """Where each run of `value` was printed, for a value made of these cells' cleaned texts in order (however
    they were joined: spaces, wrapped hyphens, `; `, a line each): each cell's text is found in the value after
    the one before; a cell the value does not hold as cleaned (the parser rewrote it) places nothing."""
    return _placed(value, cells, _aligned)


def cell_runs(value: str, cells: Iterable[Cell]) -> Placement:
    """Where each cell's cleaned text is in `value`, found as `placement` finds it, but a run a cell at the cell's
    own characters (trimmed), not cut into the blocks difflib matches: the pieces of an action's paragraph, a line's
    cell each (output/action_spans.py), are found without difflib's cost on text that long. A cell the value does
    not hold as cleaned places nothing."""
    return _placed(value, cells, _whole_run)


def printed_runs(value: str, cells: Iterable[Cell]) -> Placement:
    """Where each cell's cleaned text is in `value`, found as `placement` finds it: a cell printing its cleaned text
    as it is (spaces around it aside) one run at its own characters, as `cell_runs` makes it, without `placement`'s
    cost for each of a long column's cells; a cell cleaning changed (markup, doubled spaces) `placement`'s runs, so
    that markup at a wrapped line's end (`direction. <b>`, the next row's id opening) is in no run."""
    return _placed(value, cells, _printed_run)


def _printed_run(text: str, cell: Cell, at: int) -> list[Stretch]:
    return _whole_run(text, cell, at) if cell.text.strip() == text else _aligned(text, cell, at)


def _placed(value: str, cells: Iterable[Cell], runs: Callable[[str, Cell, int], list[Stretch]]) -> Placement:
    """Each cell's cleaned text found in `value` after the one before, and made into runs by `runs`."""
    stretches: list[Stretch] = []
    position = 0
    for cell in cells:
        text = clean(cell.text)
        at = value.find(text, position) if text else -1
        if at >= 0:
            stretches += runs(text, cell, at)
            position = at + len(text)
    return Placement(tuple(stretches))


def _whole_run(text: str, cell: Cell, at: int) -> list[Stretch]:
    """The cell's cleaned text (at `at` in the value) as one run at the cell's own characters, trimmed."""
    return [Stretch(at, at + len(text), _trimmed(cell))]


def _trimmed(cell: Cell) -> Span:
    """The span of the cell's text without the spaces around it; the cell's own where its span is not its text's."""
    span, text = cell.span, cell.text
    if span.char_end - span.char_start != len(text) or not (text[:1].isspace() or text[-1:].isspace()):
        return span
    start = span.char_start + len(text) - len(text.lstrip())
    return Span(span.page, span.line_start, span.line_end, start, start + len(text.strip()), span.bbox)


def _aligned(text: str, cell: Cell, at: int) -> list[Stretch]:
    """The runs of a cell's cleaned text (at `at` in the value) that are printed character for character in the
    cell: the whole text where cleaning only trimmed it, else the blocks difflib matches (markup and doubled
    spaces dropped, an entity turned into its character), each with its own characters' span."""
    inside = cell.text.find(text)
    blocks = [(0, inside, len(text))] if inside >= 0 else _shared_runs(text, cell.text)
    return [Stretch(at + a + lo - b, at + a + hi - b, _printed(cell, lo, hi))
            for a, b, size in blocks if size for lo, hi in _by_word(cell, b, b + size)]


def _shared_runs(text: str, printed: str) -> list[tuple[int, int, int]]:
    """The runs a cell's cleaned text shares with its printed text, as difflib matches them; where difflib's first
    pass alone would take more than DIFFLIB_STEPS steps (a long cell that repeats itself) and cleaning only made its
    white space single spaces, the pieces parsers/respaced.py finds in linear time instead."""
    if _first_pass_steps(text, printed) > DIFFLIB_STEPS and (runs := respaced_runs(text, printed)) is not None:
        return runs
    return [(b.a, b.b, b.size) for b in SequenceMatcher(None, text, printed, autojunk=False).get_matching_blocks()]


def _first_pass_steps(text: str, printed: str) -> int:
    """The pairs of equal characters, one from each text: the steps SequenceMatcher's first search for the longest
    run takes (each character of `text` is tried at every place `printed` holds it)."""
    counts = Counter(printed)
    return sum(n * counts[c] for c, n in Counter(text).items())


def _by_word(cell: Cell, start: int, end: int) -> list[tuple[int, int]]:
    """`cell.text[start:end]` cut into the words whose boxes the cell knows (PDF), so each run has its own box;
    whole where it knows none (text input)."""
    if not cell.words:
        return [(start, end)]
    return [(max(start, a), min(end, b)) for a, b, _ in cell.words if a < end and start < b]


def _printed(cell: Cell, start: int, end: int) -> Span:
    """The span of `cell.text[start:end]`; the cell's own where its span is not its text's (a cell rewritten)."""
    if cell.span.char_end - cell.span.char_start != len(cell.text):
        return cell.span
    span = cell.span
    box = next((box for a, b, box in cell.words if a <= start and end <= b), span.bbox)
    # not dataclasses.replace: a tenth of the cost, on every run of every value placed
    return Span(span.page, span.line_start, span.line_end, span.char_start + start, span.char_start + end, box,
                span.parts)
