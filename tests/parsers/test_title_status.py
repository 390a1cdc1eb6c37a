"""A status every row has because the document's title, or the heading over it, names it (parsers/title_status.py, by
the status rules' `titles`: council_actions/roles.RoleMap.title_status): Maidstone's "Appendix B-Corporate Improvement
Plan completed actions" (2011), which prints no status on any row; Copeland's Strategic Housing Improvement Plan's
"Table 1: Fully Completed Tasks", over rows with no status column."""

from __future__ import annotations

from dataclasses import replace

import pytest
from council_actions.normalise import ReferenceDates
from council_actions.parsers.records import SectionHeading
from council_actions.parsers.title_status import statused_by_title

from council_actions.pipeline import process
from council_actions.profile import built_in_names, load_profile
from council_actions.role_rules import read_rules
from council_actions.roles import RoleError
from tests.conftest import SAMPLES, status_of

GENERIC = load_profile("generic")
CIP_2010 = SAMPLES / "other_councils" / "maidstone_corporate_improvement_plan_2010.txt"
CIP_2011 = SAMPLES / "other_councils" / "maidstone_corporate_improvement_plan_2011_completed.txt"
TITLE_2011 = "Appendix B-Corporate Improvement Plan completed actions"  # line 5
COPELAND = SAMPLES / "other_councils" / "copeland_strategic_housing_improvement_plan_completed_2009.txt"
CAPTION = "Table 1: Fully Completed Tasks"  # line 6, over the table


@pytest.fixture(scope="module")
def processed():
    return process(CIP_2011, GENERIC, ReferenceDates())


def test_every_row_of_the_completed_actions_is_complete_and_says_where_from(processed):
    assert processed.parsed.title == TITLE_2011
    assert [(a.element_id, status_of(a, processed.normalised), a.status_raw) for a in processed.parsed.actions] == [
        (code, "complete", None) for code in ("CIP 001.01", "CIP 001.02", "CIP 002.01", "CIP 003.01", "CIP 003.02",
                                              "CIP 003.03")]
    assert {s.status_from for s in processed.normalised.statuses} == {"title"}
    given = [i for i in processed.normalised.issues if i.code == "status_from_title"]
    assert [(i.element_id, i.field, i.raw_text, i.span) for i in given] == [
        (a.element_id, "status", TITLE_2011, a.span) for a in processed.parsed.actions]  # each on its row
    assert all("'Appendix B-Corporate Improvement Plan completed actions' (line 5)" in i.message for i in given)


def test_a_row_printing_its_own_status_keeps_it(processed):
    actions = list(processed.parsed.actions)  # as read, before the title's is given
    own = (replace(actions[0], status="on_track", status_raw="Green"), *actions[1:])
    given, issues = statused_by_title(own, processed.parsed.boilerplate, GENERIC.roles)
    assert given[0] is own[0]
    assert [i.element_id for i in issues] == [a.element_id for a in actions[1:]]


def test_in_a_pdf_the_message_names_the_title_line_s_page(processed):
    """The title read from a PDF (its span on page 1, as the PDF reader gives it): the message names the page of
    the title's line, which is not the row's own (not `(line 5)` alone, a line number of the extracted text an
    auditor cannot find in the PDF without its page)."""
    actions = list(processed.parsed.actions)
    on_page = tuple(replace(b, span=replace(b.span, page=1)) if b.kind == "title" else b
                    for b in processed.parsed.boilerplate)
    _, issues = statused_by_title(tuple(actions), on_page, GENERIC.roles)
    assert issues and all(f"'{TITLE_2011}' (line 5 of page 1)" in i.message for i in issues)


def test_a_title_naming_the_plan_gives_no_status():
    """The 2010 appendix of the same plan, titled `Appendix A Corporate Improvement Plan`: its rows print no status
    (icons), and none is given."""
    processed = process(CIP_2010, GENERIC, ReferenceDates())
    parsed = processed.parsed
    assert parsed.title == "Appendix A Corporate Improvement Plan"
    assert GENERIC.roles.title_status(parsed.title) is None
    assert {status_of(a, processed.normalised) for a in parsed.actions} == {None}
    assert not [i for i in parsed.issues + processed.normalised.issues if i.code == "status_from_title"]


def test_a_heading_over_the_rows_names_their_status():
    """Copeland's rows print no status column; the heading over the table names them all complete. Row 1's By When
    cell says so itself (`Completed by officers in August 2008 ...`, read as a completed timeline), so only row 2 is
    given the heading's, with its issue naming the heading's line; row 2 is not left with no status. Row 2's
    timeline reads as two: `Reported to Strategic Housing Panel in April 2009. Recommended` (a period, April
    2009) and `to Executive in July` (lines 13-16; unresolved, no year), so it is not done by its timelines (normalise/done.py:
    every milestone must read done) and the heading's state is its own."""
    processed = process(COPELAND, GENERIC, ReferenceDates())
    parsed = processed.parsed
    assert parsed.title != CAPTION  # a heading over the rows, not the document's title
    assert [(a.element_id, status_of(a, processed.normalised), a.status_raw, [h.text for h in a.sections])
            for a in parsed.actions] == [("1", "complete", None, [CAPTION]), ("2", "complete", None, [CAPTION])]
    assert [(s.status, s.status_from) for s in processed.normalised.statuses] == [("complete", "timeline"),
                                                                                    ("complete", "title")]
    given = [i for i in processed.normalised.issues if i.code == "status_from_title"]
    assert [(i.element_id, i.raw_text, i.span) for i in given] == [("2", CAPTION, parsed.actions[1].span)]
    assert f"the heading '{CAPTION}' over the row (line 6)" in given[0].message


def test_the_innermost_naming_heading_wins_over_the_title(processed):
    """A heading over a row says more of it than the document's title: where both name a state, the heading's is
    given (both name complete here; the issue says which was read)."""
    actions = tuple(replace(a, sections=(*a.sections, SectionHeading(CAPTION, a.span)))
                    for a in processed.parsed.actions)
    _, issues = statused_by_title(actions, processed.parsed.boilerplate, GENERIC.roles)
    assert issues and all(i.raw_text == CAPTION for i in issues)


@pytest.mark.parametrize("name", built_in_names())
def test_every_title_phrase_of_a_built_in_profile_is_printed_in_a_real_title(name):
    """Each `titles` pattern of a status rule is read in a sample's title or heading line: words proven by real
    documents, as the profile's other words are."""
    titles = {TITLE_2011: CIP_2011, CAPTION: COPELAND}
    for rule in load_profile(name).roles.statuses:
        for pattern in rule.titles:
            assert any(pattern.search(title) and title in _stripped_lines(path)
                       for title, path in titles.items()), pattern.pattern


def _stripped_lines(path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(("entries", "allowed", "message"), [
    ([{"role": "action", "patterns": ["action"], "titles": ["completed actions"]}], ("action",),
     "headings[1].titles must be a status rule's list of strings"),
    ([{"key": "complete", "patterns": ["done"], "titles": "completed actions"}], None,
     "statuses[1].titles must be a status rule's list of strings"),
])
def test_titles_are_a_status_rules_list(entries, allowed, message):
    with pytest.raises(RoleError, match=message.replace("[", r"\[").replace("]", r"\]")):
        read_rules(entries, "headings" if allowed else "statuses", allowed, "profile.toml")
