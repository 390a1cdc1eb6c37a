"""The `unplaced_text` issue, worded once for each situation in which a reader leaves a line in no row.

Five readers meet text no row holds and keep it as this one issue, with its location. Worded by each reader, the
place would come first in some and last in others ("... : text outside the plan table", "text above ...: outside
the plan table"), and an auditor reading the issues table would meet one code in as many shapes as there are
readers. Here each situation is a row of SITUATIONS: when it happens, and the message, which always says where the
text stood first ("text outside <place>") and then, where the reader knows more, why no row took it. The catalogue
(council_actions/issue_codes/) describes the code as a whole.

A line the document's own date or period is read from (parsers/plan_date.py) is no row's either, but the reading
uses it: USES says how much of such a line is placed (kept as boilerplate) and what stays reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from council_actions.ingest import OtherLayout, parted
from council_actions.ingest.model import Span
from council_actions.parsers.records import Boilerplate, PrintedDate, PrintedPeriod, ReaderKind

from council_actions.issues import Issue, warning

Situation = Literal["theme_page", "plan_page", "beside_table", "past_headings", "past_plan_columns", "other_layout",
                    "across_columns", "every_page", "run_across", "above_first_code", "title_of_period"]


@dataclass(frozen=True)
class Unplaced:
    """One situation: its key (what a reader names), when it happens (`description`), the place the text stood
    outside and why no row took it (empty where the place says all; `{cut}` where the reader names the word cut)."""

    situation: Situation
    description: str
    outside: str
    why: str = ""

    def message(self, cut: str | None = None) -> str:
        """The issue's message: the place, then the reason, with the cut word where the reason names one."""
        why = self.why.format(cut=cut) if cut is not None else self.why
        return f"text outside {self.outside}" + (f": {why}" if why else "")


SITUATIONS = (
    Unplaced("theme_page", "a self-assessment's line no other line rule places (parsers/self_assessment.py): the "
             "results' summary before the first theme, a web page's footer after its Next Steps", "any theme section"),
    Unplaced("plan_page", "a line of a template plan outside its themes, tables and headings: the segmenter's "
             "stray block (parsers/action_plan.py)", "any theme, table or heading"),
    Unplaced("beside_table", "a line of a plan that is neither a heading, a rule nor a row of its table, as the "
             "converter laid it out (parsers/table_rows.py)", "the plan table"),
    Unplaced("past_headings", "a line of a tab- or pipe-separated plan printing text past the last column of its "
             "table (ingest/layout.PAST_LAST_COLUMN): lines run together or a dump, no row (parsers/table_rows.py)",
             "the plan table", "more columns than the table has"),
    Unplaced("past_plan_columns", "a line of a template plan printing text past the last of its columns "
             "(ingest/layout.PAST_LAST_COLUMN), where an element's row would go on: no line of the row "
             "(parsers/action_plan.py)", "any theme, table or heading", "more columns than the plan has"),
    Unplaced("other_layout", "a line cut into a layout its plan's table is not printed in (ingest/other_layouts.py): "
             "tab-separated cells in a plan of another layout, or more pipe-separated columns than the table has; the "
             "plan is read as if the line were not printed (parsers/table_rows.py, parsers/action_plan.py)",
             "the plan table", "its cells parted by {cut}, a layout the table is not printed in"),
    Unplaced("across_columns", "a line of a plan in fixed-width columns whose words, one space apart, run across "
             "its columns (ingest/fixed_width: a footer, running header or note a converter wrote through the table); "
             "the plan is read as if the line were not printed (parsers/read_around.py)", "the plan table",
             "a line run across its columns"),
    Unplaced("every_page", "a line printed at the foot or head of every page among a plan's tables, a running "
             "footer or header a PDF's producer draws (ingest/running_lines.py); the plan is read as if the line were "
             "not printed (parsers/read_around.py)", "the plan table", "printed at the edge of every page"),
    Unplaced("run_across", "a line inside a row that is a paragraph cut at the column edges, a word split across "
             "two cells (parsers/row_debris.py)", "the plan table",
             "a paragraph run across the columns, a word cut at a cell's edge ('{cut}')"),
    Unplaced("above_first_code", "a row above a keyed table's first code printing no action: the introduction's "
             "last line or a theme's heading set in the table's columns (parsers/marked_rows.py)", "the plan table",
             "above the first code of a table keyed by codes, with no action beside it"),
    Unplaced("title_of_period", "the words of a title line besides the plan's period read from it "
             "(parsers/plan_date.PERIOD_LINES; USES below): 'Homelessness and Rough Sleeping Strategy', its period "
             "'2022 to 2025' kept as boilerplate plan_period", "any row", "a title, the plan's period ('{cut}') read "
             "from it"),
)
BY_SITUATION = {rule.situation: rule for rule in SITUATIONS}


def unplaced_text(situation: Situation, text: str, span: Span, cut: str | None = None) -> Issue:
    """The warning for a line no row holds, kept with its location and worded as its situation's row says."""
    return warning("unplaced_text", "parse", BY_SITUATION[situation].message(cut), text, span)


# Where a line read around is of the table's own separator, past its columns (OTHER_LAYOUTS' `own` rules): said as
# the reader of the plan says a line past its columns among its rows, the template's (parsers/action_plan.py) or a
# plan table's (parsers/table_rows.py).
PAST_COLUMNS: dict[ReaderKind | None, Situation] = {"action_plan": "past_plan_columns"}


def other_layout_text(text: str, span: Span, rule: OtherLayout | None, kind: ReaderKind | None,
                      running: bool = False) -> Issue:
    """The warning for a line read around (ingest/other_layouts.py): where its rule is of another separator than the
    table's, naming it; where of the table's own, more columns than the table of the plan's reader (`kind`) has; where
    no separator cuts it (a line run across fixed-width columns), so; where `running` (printed at the edge of every
    page: ingest/running_lines.py), so."""
    if running:
        return unplaced_text("every_page", text, span)
    if rule is not None and rule.own:
        return unplaced_text(PAST_COLUMNS.get(kind, "past_headings"), text, span)
    cut = rule.parted if rule is not None else parted(text)
    if cut is None:
        return unplaced_text("across_columns", text, span)
    return unplaced_text("other_layout", text, span, cut)


# What a reading of the whole document takes from a line no row holds, and how much of it; the line is then no
# longer unplaced. The characters used are kept as boilerplate of the use's kind with their own span (the documents
# row spans the whole text, so its `printed_date_line` alone places nothing); the words the reading does not use
# stay reported (`title_of_period`).
UseKind = Literal["printed_date", "plan_period", "council_name"]


@dataclass(frozen=True)
class Use:
    """One use: the boilerplate kind of the characters used, when it happens, a real line it places (`used | rest`:
    what is used, and what stays reported) and whether all of the line is used (else its other words stay
    reported)."""

    kind: UseKind
    description: str
    example: str
    whole: bool


USES = (
    Use("printed_date", "the line the document's own date is read from (parsers/plan_date.DATE_LINES, "
        "documents.printed_date_raw): that table reads a line only where all of it is a label and one date, so "
        "all of it is used", "Meeting Date:           7 January 2014 |", whole=True),
    Use("plan_period", "a title line the plan's period is read from (parsers/plan_date.PERIOD_LINES): the period, "
        "and the punctuation parting it from the title, is used; the title's words, which no table holds, stay "
        "reported (those before it and those after it each on their own), unless they are the document's own title "
        "(parsers/furniture.py, boilerplate title)", "- 2012/13 | Action plan summary", whole=False),
    Use("council_name", "the line the document's council is read from (parsers/council.printed_council, "
        "documents.council) where it prints the name and nothing else, a letterhead: all of it is used (a name in a "
        "title line, 'Isle of Wight Council Best Value Plan', leaves the line to the title's rules)",
        "FOREST OF DEAN DISTRICT COUNCIL |", whole=True),
)
BY_USE = {use.kind: use for use in USES}
WORD = re.compile(r"\w")
OPENS = re.compile(r"[^\s\-\u2013\u2014:,|]")  # where the words after a read period begin: not at a separator


def placed_by_readings(issues: tuple[Issue, ...], boilerplate: tuple[Boilerplate, ...], date: PrintedDate | None,
                       period: PrintedPeriod | None, letterhead: Span | None,
                       ) -> tuple[tuple[Issue, ...], tuple[Boilerplate, ...]]:
    """The issues and boilerplate once the lines the document's date, period and council (a line of its name alone,
    `letterhead`) were read from are placed (USES):
    such a line's `unplaced_text` (the whole line, as the readers report it) becomes boilerplate of the use's kind
    for the characters used, and the words left are reported as `title_of_period`. A line a row or boilerplate
    already holds is left as it is."""
    kept, placed = list(issues), list(boilerplate)
    used: list[tuple[UseKind, Span, tuple[int, int] | None]] = []
    if date is not None:
        used.append(("printed_date", date.span, None))
    if period is not None and period.at is not None:
        used.append(("plan_period", period.span, period.at))
    if letterhead is not None:
        used.append(("council_name", letterhead, None))
    for kind, line, read in used:
        at = next((k for k, issue in enumerate(kept) if _reports_line(issue, line)), None)
        if at is None:
            continue
        issue = kept.pop(at)
        part, rests = _parts(issue.raw_text, None if BY_USE[kind].whole else read)
        record = Boilerplate(kind, issue.raw_text[part[0]:part[1]], _within(issue.span, part))
        placed.insert(next((k for k, b in enumerate(placed) if b.span.char_start > record.span.char_start),
                           len(placed)), record)
        cut = issue.raw_text[read[0]:read[1]] if read is not None else None  # rests are only where a period was read
        for k, rest in enumerate(rests):
            kept.insert(at + k, unplaced_text("title_of_period", issue.raw_text[rest[0]:rest[1]],
                                              _within(issue.span, rest), cut))
    return tuple(kept), tuple(placed)


def _reports_line(issue: Issue, line: Span) -> bool:
    """The issue reports that line, all of it as printed (offsets into its text are offsets into the line)."""
    return issue.code == "unplaced_text" and len(issue.raw_text) == line.char_end - line.char_start and (
        issue.span.line_start, issue.span.line_end, issue.span.char_start, issue.span.char_end) == (
        line.line_start, line.line_end, line.char_start, line.char_end)


def _parts(text: str, read: tuple[int, int] | None) -> tuple[tuple[int, int], tuple[tuple[int, int], ...]]:
    """The characters used and the rests', as offsets into the line: all of it where nothing in particular was read
    (`read` None) or no word is left beside it; else the words before the read characters (`Strategy 2022 to 2025`)
    and those after them (`2022-25 Housing Strategy`, a remark in brackets) are the rests, and the read characters
    with the punctuation between them and the rests are used (`Action plan summary` | `- 2012/13`); spaces at
    either end are neither's."""
    if read is None:
        return (0, len(text)), ()
    first, last = len(text) - len(text.lstrip()), len(text.rstrip())
    start, end = read
    before = [word.end() for word in WORD.finditer(text, first, start)]
    word_after = WORD.search(text, end, last)
    after = OPENS.search(text, end, word_after.start() + 1) if word_after else None
    used = (len(text) - len(text[before[-1]:].lstrip()) if before else first,
            len(text[:after.start()].rstrip()) if after else last)
    return used, (*([(first, before[-1])] if before else []), *([(after.start(), last)] if after else []))


def _within(span: Span, part: tuple[int, int]) -> Span:
    """The span of `part` of the one line `span` covers; a PDF line's box is kept whole, its words not being
    known here."""
    return replace(span, char_start=span.char_start + part[0], char_end=span.char_start + part[1], parts=())
