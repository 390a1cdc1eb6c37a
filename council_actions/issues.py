"""The issues ledger: row-level problems recorded as data, never raised or dropped.

Every stage returns the `Issue`s it found alongside its records; the pipeline
concatenates them into the `extraction_issues` table. Only a document that
cannot be read at all raises (`StageError`), so one bad row never costs the
rest of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:  # annotation only: ingest raises StageError, so it cannot be imported here
    from council_actions.ingest.model import Span


Severity = Literal["error", "warning"]  # an error: source text the tool could not place (the tables are incomplete)
IssueStage = Literal["ingest", "parse", "normalise", "output"]
# The stage a whole document failed in (StageError, ingest_report.Failure): a pipeline stage, or the batch's own
# where the document never reached one (the worker running it failed, no result came back)
FailureStage = Literal[IssueStage, "batch"]
SEVERITIES: tuple[Severity, ...] = get_args(Severity)
MAX_PROBLEM = 400  # characters of a failure's problem; longer ones lose their middle (`clipped`)
PROBLEM_HEAD, PROBLEM_TAIL = 240, 120
ISSUE_STAGES: tuple[IssueStage, ...] = get_args(IssueStage)
FAILURE_STAGES: tuple[FailureStage, ...] = get_args(FailureStage)


@dataclass(frozen=True)
class Issue:
    """One problem with one piece of source text (`extraction_issues` row): the text as printed and its
    span, so an auditor can find what was not read, and a catalogue code, so a data team can count and filter them."""

    severity: Severity
    code: str              # a code of ISSUE_CODES, e.g. "garbled_duplicate"
    stage: IssueStage
    message: str
    raw_text: str
    span: Span
    element_id: str | None = None  # None where no element is concerned, never '' (see `warning`)
    field: str | None = None


# The catalogue of issue codes (as frictionless keeps its errors): every code an `Issue` can carry, with what it
# means for the rows and what was done. `_schema.json` lists them as the `extraction_issues.code` vocabulary with
# these descriptions; tests/council_actions/test_issue_codes.py fails for a code emitted anywhere that is not here,
# or listed here and emitted nowhere.
ISSUE_CODES: dict[str, str] = {
    # ingest
    "control_characters": "A line of text input, or of a PDF's text layer, held control characters (NUL, escape, "
                          "...) or invisible format characters (zero-width spaces, bidi marks and overrides, a "
                          "byte-order mark past the start, a soft hyphen inside a word; in a PDF also a space that "
                          "does not advance, read as a zero-width space): they were removed from the values; the "
                          "line is quoted with them escaped (a PDF line: the words that held them).",
    "cell_lines_ambiguous_rows": "A plan printed one cell a line with no row markers, where the cells' shapes read "
                                 "about as well another way (a row boundary or a cell's column): the better "
                                 "reading was taken; check the row.",
    "copied_row_line_unsure": "A table copied from a web page (tab-separated, a cell's own line breaks kept) where "
                              "a line with no tab stands between two rows and the first column is not a reference: "
                              "read as the next line of the row above's last cell; it could be the first line of "
                              "the next row's first cell. Check the two rows.",
    "columns_run_together": "A web table saved as text whose header's cells are joined by spaces and whose rows "
                            "print their cells one after another with nothing between columns: each numbered "
                            "line was read as the first column's cell (an action, or the recommendation an "
                            "action column answers), the lines under it naming a time as its timeline, the "
                            "rest as that action column's items or else as notes. Check which column each line "
                            "came from.",
    "list_heading_lost": "A list under headings where an item follows more blank lines than the list leaves "
                         "under a heading and between items, as where a heading line was lost in the copy: the "
                         "item is read as an action under no heading (empty element_id), not filed under the "
                         "heading above; check the source for its heading.",
    # parse: where text stands
    "line_break_unsure": "Fixed-width text where a line's first word would only just have fitted at the end of "
                         "the line above in an owner or timeline column: neither the characters nor the letters' "
                         "widths tell a new owner or milestone from a wrapped line; read as one of its own.",
    "unplaced_text": "Text outside any theme section, plan table or heading: no row holds it, so it is kept here.",
    "missing_theme_title": "A self-assessment heatmap with no theme title above it: the theme was read from its "
                           "element ids.",
    "theme_number_mismatch": "A theme title's number names another theme than its words do: the words were "
                             "followed.",
    "description_from_table_cells": "A theme introduction printed partly as table cells: the text is kept in the "
                                    "description, but its word order may be scrambled.",
    "council_differs": "The document prints another council's name than the profile gives: the profile's name is "
                       "used in documents.council.",
    "council_not_printed": "No council name in the document's title lines and none in the profile for its layout: "
                           "documents.council is left empty (give --profile).",
    # parse: heatmaps and element ids
    "heatmap_row_unread": "A heatmap row whose cells could not all be read as element ids: its cells are missing "
                          "from the heatmap table.",
    "heatmap_cells_run_together": "A heatmap cell holding two cells' ids run together (a converter that squeezes "
                                  "columns): read apart into one cell each.",
    "unreadable_heatmap_id": "A heatmap cell whose text is not an element id: no heatmap row was made for it.",
    "heatmap_id_repaired": "A heatmap cell's id read through OCR damage (C1002 as CI002, look-alike letters).",
    "heatmap_id_from_position": "A heatmap cell printed with the id of another element (an alias): read as the "
                                "element its position in the theme's row holds.",
    "element_id_from_order": "An element whose printed id is unreadable: given the next id of the heatmap in row "
                             "order.",
    "element_id_unverified": "A plan table row keyed by a printed code (the profile's `row_marker`, `CI001:`) where "
                             "the profile lists no ids: the code is kept as printed in element_id, unchecked, and an "
                             "OCR slip in it (C1002 for CI002) is not repaired.",
    "row_code_by_place": "A keyed plan row whose code OCR printed past the profile's `row_marker` (`cloos:` for "
                         "CI008): read as a row's code by its place, where the codes around it leave that code "
                         "missing; kept as printed, the message names the code its place calls for.",
    "element_id_not_in_heatmap": "An element of the plan whose id is not in the plan's heatmap.",
    "heatmap_mismatch": "An element in the heatmap of one document of the revision (self-assessment or action "
                        "plan) but not in the other's.",
    "key_actions_mismatch": "The number of key actions a self-assessment names for a theme differs from the number "
                            "of the theme's elements that carry actions in the plan.",
    "cross_check_unpaired": "A self-assessment not checked against some plans of the revision: the council of the "
                            "page or of the plan is unknown and the revision names several councils, so whether they "
                            "are one council cannot be told; the message names each plan and its council. Two known "
                            "councils are paired by key (parsers/council_key.py); a revision naming at most one "
                            "council checks every page against every plan.",
    "status_counts_mismatch": "The status totals a plan prints (`Green 7 / Amber 3`, `21 actions are green`, "
                              "`24% (21) complete`, boilerplate status_summary) differ from the statuses of the "
                              "actions read: the message names each count (or share) printed and read, and how many "
                              "rows fewer or more were read (a copy cut short, a row misread, or the council's own "
                              "slip).",
    "rating_not_tabled": "A row of a table of the document's ratings of itself (an aspect and its status under a "
                         "status heading: Belfast's `Aspect of improvement | Achievement status`) that no elements "
                         "row holds because its id (the heading over the table and the aspect, as printed) is "
                         "another's: the aspect is rated twice under one heading (the message names the other "
                         "lines), or an element read from the plan's rows has that id. The message names the thing "
                         "rated, its status as printed and the profile's key for it; the issue spans its two lines "
                         "(parsers/rating_tables.py).",
    # parse: scores
    "missing_score": "No score could be read for an element: neither a score word nor a known shading.",
    "score_word_repaired": "A score word read through OCR damage; the message names each reading.",
    "conflicting_scores": "Several scores printed for one element: the first was kept.",
    "score_colour_mismatch": "An element's printed score word and its cell's shading disagree: the word was kept.",
    "unrecognised_score_text": "Words in the theme/score column that are neither a theme nor a score.",
    "unrecognised_key_row": "A row of the plan's colour key that names no score of the profile.",
    # parse: actions and their columns
    "missing_allocation": "A recommendation with no allocation (owner and timeline) beside it: the action has no "
                          "owners or timelines.",
    "allocation_without_recommendation": "An allocation with no recommendation beside or above it: kept as an "
                                         "action with empty text.",
    "allocations_not_paired": "An allocation cell holding a different number of allocations than the "
                              "recommendation beside it has paragraphs: kept as one action with all of them.",
    "allocation_unpaired": "Allocations stacked at the top of one plan row's cell beside a different number of "
                           "recommendations: which goes with which is not printed, so no action takes one.",
    "opportunity_unpaired": "Fewer opportunities stacked at the top of one plan row's cell than recommendations "
                            "beside them: actions whose opportunity is not certain are left without one, and the "
                            "opportunities no action takes stay in the element's notes.",
    "row_without_action": "A row of a plan table with no text in its action column: no action was made of it.",
    "keyed_row_without_action": "A row of a plan table keyed by a printed code with no action, owner or "
                                "allocation (a characteristic the plan gives no action): its text is kept here, "
                                "since no action holds it.",
    "owner_ditto": "An owner printed as a ditto ('as above'): the owner of the row above was taken.",
    "unknown_status": "A status that is not one of the profile's status words: kept as printed.",
    "status_from_title": "A row printing no status of its own, given the status the document's title names for "
                         "every row under it (`... completed actions`: complete, by the profile's status rules' "
                         "`titles`): status_raw stays null; the issue spans the row, its text is the title and its "
                         "message names the title's line, where the status can be checked.",
    # parse: converter debris, dropped (the raw text is kept here)
    "garbled_duplicate": "A line that repeats a neighbouring line in garbled form (the converter printed it twice): "
                         "the better-read copy was kept (on a theme page, the paragraph above), this one dropped.",
    "noise_no_words": "A cell dropped as converter debris: no word of three letters.",
    "noise_no_tokens": "A cell dropped as converter debris: no run of two letters or digits.",
    "noise_fragments": "A cell dropped as converter debris: mostly one-character fragments.",
    "noise_garbled_words": "A cell dropped as converter debris: mostly words found nowhere else in the document.",
    "noise_foreign_script": "A cell dropped as converter debris: letters of another script than the document's.",
    "noise_unknown_tokens": "An owner cell dropped as converter debris: only numbers and words found nowhere else "
                            "in the document, naming no time and listing no post codes.",
    # normalise
    "unknown_owner": "An owner not in the profile's glossary: kept as printed, with match `unknown` (add it to the "
                     "profile and ingest again).",
    "owner_list_read_as_one": "An owner cell of capitalised words listed with commas and 'and', none of them a "
                              "post, read as one name: if they are separate owners, list them in the profile's "
                              "glossary.",
    "timeline_from_plan_period": "A timeline counted in the plan's own years (`Year 1`, `year 2`) dated as that "
                                 "UK financial year of the period the plan states in its opening lines (`Strategy "
                                 "2022 to 2025`: year 1 is 2022/23); the message names the line the period was "
                                 "read from. Without a stated period such a timeline stays unresolved. A quarter "
                                 "or month printed with no year (`Quarter 2`, `End May`) in a plan whose stated "
                                 "period is one financial year (`Delivery Plan 2024-2025`) is dated in that year "
                                 "the same way.",
    "unresolved_timeline": "A timeline phrase that could not be read as dates: its dates are left empty.",
    "timeline_part_unread": "A timeline read as dates with a word naming a time (a month, season, quarter or year) "
                            "left outside every period read (`Mar 25/Jan 25`: January read, March not): the dates "
                            "are those of the parts read, assumption `period_words_not_read`; the message names the "
                            "words not read, as printed ('Mar 25').",
    "timeline_gloss_disagrees": "A timeline whose period is glossed by another that disagrees with it (`Quarter 2 "
                                "(October 2023 - December 2023)`, `Mar 2026 (Q3)`): dated by the months printed, "
                                "the message names the part they overrode (the quarter's number or year).",
    "timeline_needs_reference": "A timeline without a year (or relative to the plan's date) and no reference date "
                                "(--reference-date, a date the plan prints as its own, a dated revision label): "
                                "its dates are left empty.",
    "start_unused": "An action's start printed apart from its timeline (a `Start date` column or label) that starts "
                    "none of its timelines (it falls after their end, or they are complete, conditional or ongoing "
                    "from a start of their own): kept here, in no row's start_date.",
}


def warning(code: str, stage: IssueStage, message: str, raw_text: str, span: Span,
            element_id: str | None = None, field: str | None = None) -> Issue:
    """A warning: the row was written, with an assumption or a repair the auditor should see. An action under no
    element (a plan printing no ids: its element_id '') concerns no element, so its issues' element_id is null, as
    every other issue's that concerns none: one test (`element_id IS NULL`) finds them all."""
    return Issue("warning", code, stage, message, raw_text, span, element_id or None, field)


def error(code: str, stage: IssueStage, message: str, raw_text: str, span: Span,
          element_id: str | None = None, field: str | None = None) -> Issue:
    """An error: text that should have given values did not; what it would have given is missing (element_id as
    `warning`'s)."""
    return Issue("error", code, stage, message, raw_text, span, element_id or None, field)


def line_of(span: Span) -> str:
    """The first line of a span as a message names it: `line 18`, and in a PDF `line 18 of page 2` (lines are
    numbered through the document's extracted text; the page is where an auditor opens the PDF). For a place other
    than the issue's own, which its row's provenance columns give already."""
    return f"line {span.line_start}" + (f" of page {span.page}" if span.page is not None else "")


class StageError(Exception):
    """A whole document failed in one stage; the message is one line for the user, naming file, stage and problem.

    It crosses process boundaries (a pool or a limited child sends it back), so it pickles as its three parts.
    """

    def __init__(self, stage: str, source: str, problem: str) -> None:
        problem = clipped(problem)
        super().__init__(f"{printable(source)}: {stage}: {printable(problem)}")
        self.stage: FailureStage = failure_stage(stage)
        self.source, self.problem = source, problem

    def __reduce__(self) -> tuple[type[StageError], tuple[str, str, str]]:
        return StageError, (self.stage, self.source, self.problem)


def clipped(problem: str) -> str:
    """A problem short enough to read on one line. A problem may quote the document (the headings a plan table
    was taken from), and a damaged file can make that one cell of a megabyte: its middle is cut, the start (what was
    seen) and the end (the verdict) kept, and how much was cut said."""
    if len(problem) <= MAX_PROBLEM:
        return problem
    cut = len(problem) - PROBLEM_HEAD - PROBLEM_TAIL
    return f"{problem[:PROBLEM_HEAD]} [... {cut} characters cut ...] {problem[-PROBLEM_TAIL:]}"


def failure_stage(name: str) -> FailureStage:
    """The FAILURE_STAGES word a stage is named by. A StageError is raised with a plain str because a stopped
    child's stage is read back as text from memory the parent shares (limits.StageTracker); every stage entered is
    a word of the vocabulary, so a name outside it is a bug, said at once rather than written into a report."""
    for stage in FAILURE_STAGES:
        if stage == name:
            return stage
    raise ValueError(f"{name!r} is not a stage a document can fail in ({', '.join(FAILURE_STAGES)})")


class OutputError(ValueError):
    """An output folder, table or revision asked for that is not there; the message is one line for the user."""


# What a terminal line must not print raw besides the invisible characters every value loses (ingest/invisible.py's
# table): the tab and the line and page breaks a value keeps, which split the one-line message, and the surrogates a
# file name that is not UTF-8 arrives with (os.fsdecode).
BREAKS_OR_UNDECODABLE = r"[\t\n\x0c\r\ud800-\udfff]"


def printable(text: str) -> str:
    """Text safe to print on one terminal line: control, escape, bidi, invisible and undecodable characters as
    escapes.

    A file name may hold a newline or an escape sequence (any byte but / and NUL is allowed), and a name
    that is not UTF-8 arrives with surrogate escapes; printed raw, they split the one-line message or
    drive the user's terminal. A character that prints nothing (a zero-width space, a word joiner, a soft hyphen)
    or reorders what follows (a bidi mark) is escaped too, so the name shown is the name to type.
    """
    return _unprintable().sub(lambda m: escape(m.group()), text)


@cache
def _unprintable() -> re.Pattern[str]:
    """The characters `printable` escapes: those of ingest/invisible.py's table, the one list of characters that
    print nothing, and BREAKS_OR_UNDECODABLE. Imported when first asked, as ingest imports this module."""
    from council_actions.ingest.invisible import PATTERN

    return re.compile(f"{PATTERN.pattern}|{BREAKS_OR_UNDECODABLE}")


def escape(char: str) -> str:
    """One character written as its escape (`\\x0a`, `\\u200b`), as Python writes it; a surrogate standing for a
    byte that was not UTF-8 as that byte."""
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
