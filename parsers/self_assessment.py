"""Read self-assessment theme pages: theme, heatmap grid, narrative statements, next steps.

The page follows the statutory guidance: a theme title, the heatmap of
element ids, the guidance's description of best value (`guidance`), the
council's own findings (`council`), and a "Next Steps" sentence naming how
many key actions the plan holds and on which pages. Bullets are statements;
on pages without bullets a paragraph is. The two narrative sections are told
apart by a heading where the page prints one, else by the blank line between
bullet groups. An overview page may hold several themes, each under its title. Which theme a title (or an
untitled heatmap) names is read in `theme_titles.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from council_actions.ingest import POINT
from council_actions.ingest.model import Cell, Document, Line, Span
from council_actions.parsers.cleaning import clean
from council_actions.parsers.count_totals import NUMBER_WORDS
from council_actions.parsers.heatmap import heatmap_cells, looks_like_heatmap_row, read_heatmap_row
from council_actions.parsers.records import Boilerplate, HeatmapCell, ParsedDocument, Statement, StatementSection, Theme
from council_actions.parsers.scored_parts import prints_score_key, read_scored_parts
from council_actions.parsers.theme_titles import THEME_TITLE, find_title, theme_of_ids, theme_of_title, title_text
from council_actions.parsers.unplaced import unplaced_text

from council_actions.issues import Issue, error, warning
from council_actions.profile import Profile, ThemeDef

Section = Literal["heatmap", "guidance", "council", "next_steps", "title"]  # what a heading opens on a theme page
# (what the line opens, pattern); the guidance's own wording, the same for every council
HEADINGS: tuple[tuple[Section, re.Pattern[str]], ...] = (
    ("heatmap", re.compile(r"^#*\s*Self[- ]Assessment (?:Heatmap|Results)\b", re.IGNORECASE)),
    ("guidance", re.compile(r"^#*\s*Best Value Duty\s*[-–—:]\s*Description\b", re.IGNORECASE)),
    ("council", re.compile(r"^#*\s*(?:The Council'?s?|Our|Council)\s+(?:self[- ]assessment|findings|response)\b",
                           re.IGNORECASE)),
    ("next_steps", re.compile(r"^#*\s*Next Steps\b", re.IGNORECASE)),
    ("title", re.compile(r"^#*\s*Best Value Duty\s*$", re.IGNORECASE)),
)
KEY_ACTIONS = re.compile(r"identified\s+(?P<count>\w+)\s+key actions", re.IGNORECASE)
PAGES = re.compile(r"pages?\s+(?P<pages>\d+(?:\s*[-–]\s*\d+)?)", re.IGNORECASE)


@dataclass
class _Page:
    theme: ThemeDef
    title: Line
    printed: str
    section: Section | None = None
    lines: list[Line] = field(default_factory=list)
    key_actions: int | None = None
    pages: str | None = None


def is_self_assessment(document: Document, profile: Profile) -> bool:
    """A theme title or a heatmap heading anywhere: what every theme page prints, whatever the council; or a key to
    a numbered scale and a part scored on it (parsers/scored_parts.py)."""
    texts = (title_text(ln.text) for ln in document.iter_lines())
    return any(THEME_TITLE.match(text) or HEADINGS[0][1].match(text) for text in texts) or \
        prints_score_key(document, profile)


@dataclass(frozen=True)
class _Seen:
    """One line as the rules see it: its text as a title would print, the theme title or section heading it is,
    its heatmap cells (None: not a heatmap row; []: a table's rule line), and its page (None: before any title)."""

    line: Line
    text: str
    title: re.Match[str] | None
    heading: Section | None
    cells: list[Cell] | None
    page: _Page | None


@dataclass
class _Reading:
    """What the lines have given so far; each rule adds to it."""

    document: Document
    profile: Profile
    pages: list[_Page] = field(default_factory=list)
    heatmap: list[HeatmapCell] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    previous: Line | None = None
    heatmap_heading: Line | None = None  # a heatmap heading seen before any theme title
    applied: list[tuple[int, str]] = field(default_factory=list)  # (line number, rule), what the rule tests read


@dataclass(frozen=True)
class LineRule:
    """One kind of line on a theme page. `take` reads the line and says True if it is of this kind; the first
    rule of LINE_RULES that takes a line reads it."""

    name: str
    description: str
    take: Callable[[_Seen, _Reading], bool]


def parse_self_assessment(document: Document, profile: Profile) -> ParsedDocument:
    """The page's lines read by LINE_RULES, gathered into themes, heatmap cells and statements."""
    reading = read_lines(document, profile)
    themes = [Theme(p.theme.no, p.theme.name, p.printed, "", Span.union([p.title.span] + [ln.span for ln in p.lines]),
                    p.key_actions, p.pages) for p in reading.pages]
    scored = read_scored_parts(document, profile)  # parts scored on a key the page prints: rows, no unplaced text
    issues = [i for i in reading.issues if not (i.code == "unplaced_text" and i.span.line_start in scored.taken)]
    return ParsedDocument("self_assessment", tuple(themes), tuple(reading.heatmap), scored.elements, (),
                          tuple(reading.statements), tuple(reading.boilerplate) + scored.boilerplate,
                          tuple(issues) + scored.issues)


def read_lines(document: Document, profile: Profile) -> _Reading:
    """Every line read by the first rule of LINE_RULES that takes it, in order."""
    reading = _Reading(document, profile)
    for line in document.iter_lines():
        text = title_text(line.text)
        seen = _Seen(line, text, find_title(text, profile),
                     next((kind for kind, pattern in HEADINGS if pattern.match(text)), None),
                     heatmap_cells(line, profile), reading.pages[-1] if reading.pages else None)
        rule = next(rule for rule in LINE_RULES if rule.take(seen, reading))
        reading.applied.append((line.number, rule.name))
        reading.previous = line
    return reading


def _theme_title(seen: _Seen, reading: _Reading) -> bool:
    if seen.title is None:
        return False
    theme, issues = theme_of_title(seen.title, seen.line, reading.profile, reading.document.source_name)
    reading.pages.append(_Page(theme, seen.line, seen.text.lstrip("# ")))
    reading.issues += issues
    return True


def _section_heading(seen: _Seen, reading: _Reading) -> bool:
    if seen.heading is None:
        return False
    reading.boilerplate.append(Boilerplate("heading", seen.line.text, seen.line.span))
    if seen.page is None and seen.heading == "heatmap":
        reading.heatmap_heading = seen.line
    if seen.page is not None and seen.heading != "title":
        seen.page.section = seen.heading
    return True


def _untitled_heatmap(seen: _Seen, reading: _Reading) -> bool:
    if seen.page is not None or reading.heatmap_heading is None or not seen.cells:
        return False
    theme = theme_of_ids([clean(c.text) for c in seen.cells], reading.profile, reading.heatmap_heading,
                         reading.document.source_name)
    page = _Page(theme, reading.heatmap_heading, "", "heatmap")
    reading.pages.append(page)
    reading.issues.append(warning("missing_theme_title", "parse", f"heatmap with no theme title; theme "
                                  f"{page.theme.no} read from its element ids", seen.line.text, seen.line.span))
    _heatmap_row(seen.cells, page, reading)
    return True


def _heatmap_row_rule(seen: _Seen, reading: _Reading) -> bool:
    if seen.page is None or seen.page.section not in (None, "heatmap") or seen.cells is None:
        return False
    if not seen.cells:  # a pipe table's `---|---|` rule: no cells, kept as boilerplate so no line goes unaccounted
        reading.boilerplate.append(Boilerplate("rule", seen.line.text, seen.line.span))
    _heatmap_row(seen.cells, seen.page, reading)
    return True


def _statement(seen: _Seen, reading: _Reading) -> bool:
    page = seen.page
    if page is None or page.section not in ("guidance", "council"):
        return False
    if page.section == "guidance" and _starts_second_group(seen.line, reading.previous, page, reading.statements):
        page.section = "council"
    reading.statements = _add_statement(reading.statements, page, page.section, seen.line, reading.previous)
    return True


def _next_steps(seen: _Seen, reading: _Reading) -> bool:
    """Its first line, and later ones naming key actions or pages; a web page's footer goes on to unplaced_text."""
    if seen.page is None or seen.page.section != "next_steps":
        return False
    if seen.page.lines and not (KEY_ACTIONS.search(seen.text) or PAGES.search(seen.text)):
        return False
    seen.page.lines.append(seen.line)
    _read_next_steps(seen.page, seen.text)
    return True


def _unread_heatmap_row(seen: _Seen, reading: _Reading) -> bool:
    if seen.page is None or seen.page.section not in (None, "heatmap") or \
            not looks_like_heatmap_row(seen.text, reading.profile):
        return False
    reading.issues.append(error("heatmap_row_unread", "parse", "a heatmap row whose cells could not all be read as "
                                "element ids; its cells are missing from the heatmap", seen.line.text, seen.line.span))
    return True


def _unplaced(seen: _Seen, reading: _Reading) -> bool:
    reading.issues.append(unplaced_text("theme_page", seen.line.text, seen.line.span))
    return True


LINE_RULES = (
    LineRule("theme_title", "`Theme 1: Continuous Improvement`, or a numbered line naming a profile theme: opens a "
             "page", _theme_title),
    LineRule("section_heading", "one of HEADINGS (heatmap, guidance, council, next steps): the page's section "
             "from here on", _section_heading),
    LineRule("untitled_heatmap", "ids after a heatmap heading before any theme title: a page of the theme the ids' "
             "prefix names (missing_theme_title)", _untitled_heatmap),
    LineRule("heatmap_row", "a line of element ids before the narrative sections: heatmap cells", _heatmap_row_rule),
    LineRule("statement", "a line in the guidance or council section: a statement, or part of the one above",
             _statement),
    LineRule("next_steps", "a line of the Next Steps section: the key actions' count and pages", _next_steps),
    LineRule("unread_heatmap_row", "a line mostly of ids where the heatmap is, not all read: an error, never "
             "dropped quietly (heatmap_row_unread)", _unread_heatmap_row),
    LineRule("unplaced_text", "anything else: kept as a warning with its location", _unplaced),
)


def _heatmap_row(cells: list[Cell], page: _Page, reading: _Reading) -> None:
    offset = len([c for c in reading.heatmap if c.theme_no == page.theme.no])
    row, issues = read_heatmap_row(page.theme, cells, reading.profile, {c.element_id for c in reading.heatmap},
                                   offset)
    reading.heatmap += row
    reading.issues += issues


def _starts_second_group(line: Line, previous: Line | None, page: _Page, statements: list[Statement]) -> bool:
    """Without a council heading, a blank line between bullet groups starts the council's findings."""
    has_bullets = bool(POINT.pattern.match(line.text))
    started = any(s.theme_no == page.theme.no and s.section == "guidance" for s in statements)
    return has_bullets and started and previous is not None and line.number - previous.number > 1


def _add_statement(statements: list[Statement], page: _Page, section: StatementSection, line: Line,
                   previous: Line | None) -> list[Statement]:
    text = clean(POINT.pattern.sub("", line.text))
    last = statements[-1] if statements else None
    continues = (last is not None and last.theme_no == page.theme.no and last.section == section
                 and not POINT.pattern.match(line.text) and previous is not None and line.number == previous.number + 1)
    if continues and last is not None:
        joined = Statement(last.theme_no, last.section, last.seq, f"{last.text} {text}", last.span.merge(line.span))
        return [*statements[:-1], joined]
    seq = 1 + sum(1 for s in statements if s.theme_no == page.theme.no and s.section == section)
    return [*statements, Statement(page.theme.no, section, seq, text, line.span)]


def _read_next_steps(page: _Page, text: str) -> None:
    count, pages = KEY_ACTIONS.search(text), PAGES.search(text)
    if count:
        word = count["count"].lower()
        page.key_actions = int(word) if word.isdigit() else NUMBER_WORDS.get(word, page.key_actions)
    if pages:
        page.pages = re.sub(r"\s*[-–]\s*", "-", pages["pages"])
