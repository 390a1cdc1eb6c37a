"""A caption over a plan's rows: the line printed right above its table, or above its first record, that names what
the rows are ('Updated Actions for 2014-15', 'Objective details'), no row's and no lost content.

Why: the readers report such a line as unplaced_text, and no other rule takes it. The section rules refuse a line
stating a year as a section (parsers/section_lines.py: 'Updated Actions for 2014-15' is the period the plan covers, not
a part of it), and a page's records print no column headings for a caption to stand over; so Maidstone's three
Annual Governance Statement action plans and Bracknell Forest's two performance pages reported their caption among
the lines a reader lost.

A caption (`is_caption`) is a heading's few words (a lead-in's colon allowed: 'Actions for 2013/14 as identified in
the last Annual Governance Statement:'), naming the rows by a word the profile's heading rules read as the action
column (`Actions`, `Objective`, `Recommendations`: the rules each table's headings are read by, so no plan word is
kept here) with no article or pronoun before it (ingest/document_names.DETERMINERS: 'We support this improvement
action plan' refers to a plan, 'The practice recommendations are addressed in the following action plan:' is a
sentence), and naming no document (`Action plan summary` is a title's, ingest/document_names.py). It stands
above the first row read with nothing between but blank lines and boilerplate (the table's column headings, a web
page's prompt): the first line up from that row that no boilerplate holds is the only one looked at, so a line with
reported text under it, or anywhere else, stays reported. It becomes boilerplate `caption` with its own span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from council_actions.ingest import DETERMINERS, heading_text, names_document
from council_actions.ingest.model import Document, Line
from council_actions.parsers.records import Boilerplate
from council_actions.parsers.section_lines import is_heading

from council_actions.document_words import DocumentWords
from council_actions.issues import Issue
from council_actions.roles import RoleMap

WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
EXAMPLE = "Updated Actions for 2014-15"  # Maidstone's Annual Governance Statement action plan update 2014-15, line 5


def is_caption(text: str, roles: RoleMap, words: DocumentWords) -> bool:
    """The line is a heading of a few words (a closing colon aside), one of them read by the profile's heading
    rules as the action column with no article or pronoun before it, naming no document."""
    bare = heading_text(text).rstrip(":").rstrip()
    if not is_heading(bare) or names_document(bare, words):
        return False
    for word in WORD.findall(bare):
        if word.lower() in DETERMINERS:
            return False
        if roles.role_of(word) == "action":
            return True
    return False


def placed_as_captions(document: Document, issues: tuple[Issue, ...], boilerplate: tuple[Boilerplate, ...],
                       first_at: int | None, roles: RoleMap, words: DocumentWords,
                       ) -> tuple[tuple[Issue, ...], tuple[Boilerplate, ...]]:
    """The issues and boilerplate once the caption over the first row read (which starts at character `first_at`
    of the document's text) is placed: the first line with text up from that row that no boilerplate holds, where
    an `unplaced_text` reports it whole and it is a caption (`is_caption`), becomes boilerplate `caption`."""
    line = _over_first_row(document, boilerplate, first_at)
    found = next((k for k, issue in enumerate(issues) if line is not None and _reports(issue, line)), None)
    if line is None or found is None or not is_caption(line.text, roles, words):
        return issues, boilerplate
    issue = issues[found]
    record = Boilerplate("caption", issue.raw_text, issue.span)
    placed = list(boilerplate)
    placed.insert(next((k for k, b in enumerate(placed) if b.span.char_start > record.span.char_start), len(placed)),
                  record)
    return issues[:found] + issues[found + 1:], tuple(placed)


def _over_first_row(document: Document, boilerplate: Sequence[Boilerplate], first_at: int | None) -> Line | None:
    """The last line with text above the first row that no boilerplate holds; None where there is none."""
    if first_at is None:
        return None
    held = [(b.span.char_start, b.span.char_end) for b in boilerplate]
    above = [line for line in document.iter_lines() if line.text.strip() and line.span.char_end <= first_at]
    return next((line for line in reversed(above)
                 if not any(start <= line.span.char_start < end for start, end in held)), None)


def _reports(issue: Issue, line: Line) -> bool:
    """The issue is the readers' unplaced_text for all of that line."""
    return issue.code == "unplaced_text" and (issue.span.char_start, issue.span.char_end) == (
        line.span.char_start, line.span.char_end)
