"""Read self-assessment theme pages: theme, heatmap grid, narrative statements, next steps.

The page follows the statutory guidance: a theme title, the heatmap of
element ids, the guidance's description of best value (`guidance`), the
council's own findings (`council`), and a "Next Steps" sentence naming how
many key actions the plan holds and on which pages. Bullets are statements;
on pages without bullets a paragraph is. The two narrative sections are told
apart by a heading where the page prints one, else by the blank line between
bullet groups. An overview page may hold several themes, each under its title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from council_actions.ingest.model import Cell, Document, Line, Span
from council_actions.parsers.cleaning import clean
from council_actions.parsers.heatmap import read_heatmap_row
from council_actions.parsers.ids import canonical_reference
from council_actions.parsers.labels import THEME_NAME_MIN
from council_actions.parsers.records import Boilerplate, HeatmapCell, ParsedDocument, Statement, Theme
from rapidfuzz import fuzz, process

from council_actions.issues import Issue, StageError, error, warning
from council_actions.profile import Profile, ThemeDef

THEME_TITLE = re.compile(r"^#*\s*Theme\s+(?P<no>\d{1,2})\s*[:\-–—.]\s*(?P<name>.+?)\s*$", re.IGNORECASE)
# An overview page numbers its themes ("1. Continuous Improvement"); so does any numbered list, so a numbered
# line is a title only where number and name both agree with one profile theme.
NUMBERED_TITLE = re.compile(r"^#*\s*(?P<no>\d{1,2})\s*[.)]\s*(?P<name>[^\d|].*?)\s*$")
HEADINGS = (  # (what the line opens, pattern); the guidance's own wording, the same for every council
    ("heatmap", re.compile(r"^#*\s*Self[- ]Assessment (?:Heatmap|Results)\b", re.IGNORECASE)),
    ("guidance", re.compile(r"^#*\s*Best Value Duty\s*[-–—:]\s*Description\b", re.IGNORECASE)),
    ("council", re.compile(r"^#*\s*(?:The Council'?s?|Our|Council)\s+(?:self[- ]assessment|findings|response)\b",
                           re.IGNORECASE)),
    ("next_steps", re.compile(r"^#*\s*Next Steps\b", re.IGNORECASE)),
    ("title", re.compile(r"^#*\s*Best Value Duty\s*$", re.IGNORECASE)),
)
BULLET = re.compile(r"^\s*(?:[•·▪◦●\-*]|\d+[.)])\s+")
PIPE_RULE = re.compile(r"^\|?\s*:?-{3,}")
CELL_BREAKS = re.compile(r"\s*\|\s*|\t|\s{2,}")  # pipes, tabs, or a run of spaces (padding, no-break spaces)
# Within a cell, words are ids, except that a cross-reference ("See CI012") stands in one cell for its element.
CELL_TOKENS = re.compile(r"(?i:see)\s+\S+|\S+")
ROW_LIKE_SHARE = 0.5  # a line half or more of whose tokens are element ids was meant as a heatmap row
KEY_ACTIONS = re.compile(r"identified\s+(?P<count>\w+)\s+key actions", re.IGNORECASE)
PAGES = re.compile(r"pages?\s+(?P<pages>\d+(?:\s*[-–]\s*\d+)?)", re.IGNORECASE)
NUMBER_WORDS = {w: n for n, w in enumerate(("zero one two three four five six seven eight nine ten eleven twelve "
                                            "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty")
                                           .split())}


@dataclass
class _Page:
    theme: ThemeDef
    title: Line
    printed: str
    section: str | None = None
    lines: list[Line] = field(default_factory=list)
    key_actions: int | None = None
    pages: str | None = None


def is_self_assessment(document: Document) -> bool:
    texts = (_title_text(ln.text) for ln in document.iter_lines())
    return any(THEME_TITLE.match(text) or HEADINGS[0][1].match(text) for text in texts)


def _title_text(printed: str) -> str:
    """A heading as a table rendering prints it, trailing empty pipe cells (`2. Leadership | |||`) dropped."""
    return clean(printed).strip("| ")


def parse_self_assessment(document: Document, profile: Profile) -> ParsedDocument:
    pages: list[_Page] = []
    heatmap: list[HeatmapCell] = []
    statements: list[Statement] = []
    boilerplate: list[Boilerplate] = []
    issues: list[Issue] = []
    previous: Line | None = None
    heatmap_heading: Line | None = None  # a heatmap heading seen before any theme title
    for line in document.iter_lines():
        text = _title_text(line.text)
        title = THEME_TITLE.match(text) or _numbered_title(text, profile)
        heading = next((kind for kind, pattern in HEADINGS if pattern.match(text)), None)
        page = pages[-1] if pages else None
        tokens = _heatmap_cells(line, profile)
        if title:
            theme, title_issues = _theme_for(title, line, profile, document.source_name)
            pages.append(_Page(theme, line, text.lstrip("# ")))
            issues += title_issues
        elif heading:
            boilerplate.append(Boilerplate("heading", line.text, line.span))
            heatmap_heading = line if page is None and heading == "heatmap" else heatmap_heading
            if page is not None and heading != "title":
                page.section = heading
        elif page is None and heatmap_heading is not None and tokens:
            page = _untitled_page([clean(c.text) for c in tokens], profile, heatmap_heading, document.source_name)
            pages.append(page)
            issues.append(warning("missing_theme_title", "parse", f"heatmap with no theme title; theme "
                                  f"{page.theme.no} read from its element ids", line.text, line.span))
            cells, row_issues = _heatmap_row(tokens, page, profile, heatmap)
            heatmap += cells
            issues += row_issues
        elif page is not None and page.section in (None, "heatmap") and tokens is not None:
            cells, row_issues = _heatmap_row(tokens, page, profile, heatmap)
            heatmap += cells
            issues += row_issues
        elif page is not None and page.section in ("guidance", "council"):
            if (page.section == "guidance" and _starts_second_group(line, previous, page, statements)):
                page.section = "council"
            statements = _add_statement(statements, page, page.section, line, previous)
        elif page is not None and page.section == "next_steps":
            page.lines.append(line)
            _read_next_steps(page, text)
        elif page is not None and page.section in (None, "heatmap") and _looks_like_heatmap_row(text, profile):
            issues.append(error("heatmap_row_unread", "parse", "a heatmap row whose cells could not all be read as "
                                "element ids; its cells are missing from the heatmap", line.text, line.span))
        else:
            issues.append(warning("unplaced_text", "parse", "text outside any theme section", line.text, line.span))
        previous = line
    themes = [Theme(p.theme.no, p.theme.name, p.printed, "", Span.union([p.title.span] + [ln.span for ln in p.lines]),
                    p.key_actions, p.pages) for p in pages]
    return ParsedDocument("self_assessment", tuple(themes), tuple(heatmap), (), (), tuple(statements),
                          tuple(boilerplate), tuple(issues))


def _theme_for(title: re.Match[str], line: Line, profile: Profile, source: str) -> tuple[ThemeDef, list[Issue]]:
    """The profile theme a title names; number and name must agree, or the name decides with a warning."""
    by_number = profile.theme(int(title["no"]))
    names = {t.name.lower(): t for t in profile.themes}
    best = process.extractOne(title["name"].lower(), list(names), scorer=fuzz.ratio)
    by_name = names[best[0]] if best and best[1] >= THEME_NAME_MIN else None
    if by_number is not None and (by_name is None or by_name == by_number):
        return by_number, []
    if by_name is not None:
        return by_name, [warning("theme_number_mismatch", "parse", f"title numbers theme {title['no']} but names "
                                 f"theme {by_name.no} ({by_name.name}); read as theme {by_name.no}", line.text,
                                 line.span)]
    raise StageError("parse", source, f"line {line.number}: theme title {clean(line.text)!r} names no theme of "
                     f"profile {profile.name}")


def _numbered_title(text: str, profile: Profile) -> re.Match[str] | None:
    match = NUMBERED_TITLE.match(text)
    if match is None:
        return None
    theme = profile.theme(int(match["no"]))
    named = theme is not None and fuzz.ratio(match["name"].lower(), theme.name.lower()) >= THEME_NAME_MIN
    return match if named else None


def _untitled_page(tokens: list[str], profile: Profile, heading: Line, source: str) -> _Page:
    """A heatmap with no theme title: the theme its ids' prefix names, if exactly one."""
    themes = {t for tok in tokens for t in profile.themes if _prefix_of(tok, profile) == t.prefix}
    if len(themes) != 1:
        raise StageError("parse", source, f"line {heading.number}: heatmap has no theme title and its element ids "
                         "do not tell one theme")
    return _Page(themes.pop(), heading, "", "heatmap")


def _prefix_of(token: str, profile: Profile) -> str | None:
    """The longest theme prefix a printed id starts with (`PCE` before `C`)."""
    matches = [t.prefix for t in profile.themes if token.upper().startswith(t.prefix)]
    return max(matches, key=len) if matches else None


def _heatmap_cells(line: Line, profile: Profile) -> list[Cell] | None:
    """The cells of a heatmap row (spaces, tabs or pipes between them), or None if it is not one."""
    if PIPE_RULE.match(clean(line.text)):
        return []
    cells = _cell_tokens(line)
    ok = cells and all(clean(c.text).lower().startswith("see ") or _is_id(clean(c.text), profile) for c in cells)
    return cells if ok else None


def _cell_tokens(line: Line) -> list[Cell]:
    """Each cell's words as cells of their own, each with its own character range in the line and the shading
    of the printed cell it lies in (a PDF's heatmap: the element's score; text input has none)."""
    text, start = line.text, 0
    cells: list[Cell] = []
    for gap in [*CELL_BREAKS.finditer(line.text), None]:
        end = gap.start() if gap else len(text)
        for word in CELL_TOKENS.finditer(text, start, end):
            span = replace(line.span, char_start=line.span.char_start + word.start(),
                           char_end=line.span.char_start + word.end())
            cells.append(Cell(len(cells), word.group(0), span, _fill_at(line, span.char_start)))
        start = gap.end() if gap else end
    return cells


def _fill_at(line: Line, offset: int) -> str | None:
    return next((c.fill for c in line.cells if c.span.char_start <= offset < c.span.char_end), None)


def _is_id(token: str, profile: Profile) -> bool:
    return canonical_reference(token, tuple(t.prefix for t in profile.themes), set()) is not None


def _looks_like_heatmap_row(text: str, profile: Profile) -> bool:
    """Never drop a heatmap row quietly: a line mostly of ids that did not read whole is an error, not prose."""
    words = text.replace("|", " ").split()
    ids = sum(_is_id(w, profile) for w in words)
    return ids >= 2 and ids >= ROW_LIKE_SHARE * len(words)


def _heatmap_row(cells: list[Cell], page: _Page, profile: Profile,
                 earlier: list[HeatmapCell]) -> tuple[list[HeatmapCell], list[Issue]]:
    offset = len([c for c in earlier if c.theme_no == page.theme.no])
    row, issues = read_heatmap_row(page.theme, cells, profile, {c.element_id for c in earlier}, offset)
    return row, issues


def _starts_second_group(line: Line, previous: Line | None, page: _Page, statements: list[Statement]) -> bool:
    """Without a council heading, a blank line between bullet groups starts the council's findings."""
    has_bullets = bool(BULLET.match(line.text))
    started = any(s.theme_no == page.theme.no and s.section == "guidance" for s in statements)
    return has_bullets and started and previous is not None and line.number - previous.number > 1


def _add_statement(statements: list[Statement], page: _Page, section: str, line: Line,
                   previous: Line | None) -> list[Statement]:
    text = clean(BULLET.sub("", line.text))
    last = statements[-1] if statements else None
    continues = (last is not None and last.theme_no == page.theme.no and last.section == section
                 and not BULLET.match(line.text) and previous is not None and line.number == previous.number + 1)
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
