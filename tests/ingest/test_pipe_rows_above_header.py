"""A table saved a cell a line, each row opened by a line holding only `|`, whose header is not its first such row
(ingest/pipe_tables._read_pipe_cell_lines): the Isle of Wight's benefit fraud action plan, a spreadsheet saved as a
web page, prints eighteen empty rows and a title row (`Counter-fraud |`) above its headings. The header is the row
holding the headings: the first row a bare `|` opens holds none, and taken for the header it refuses the page as no
plan."""

from __future__ import annotations

from council_actions.ingest.model import Line, Span
from council_actions.ingest.pipe_tables import read_pipe_tables
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "other_councils" / "iow_benefit_fraud_action_plan_2004_counter_fraud.txt"
GENERIC = load_profile("generic")
HEADINGS = ["BFI REF", "REPORT RECOMMENDATION", "ACTIONS", "BY WHEN", "OUTCOME", "PROGRESS"]


def _lines(text: str) -> list[Line]:
    out, at = [], 0
    for number, line in enumerate(text.splitlines(), start=1):
        out.append(Line(number, line, Span(None, number, number, at, at + len(line)), (), False))
        at += len(line) + 1
    return out


def test_the_header_is_the_first_row_reading_as_headings_under_empty_rows_and_a_title():
    """The sample's lines 1-18 and 20 are bare `|` (empty rows, markup: `rule`), line 19 the title's cell (text beside
    the table), lines 21-27 the header's opener and its six headings, and every row after it six cells."""
    text = SAMPLE.read_text(encoding="utf-8")
    layout = read_pipe_tables(_lines(text), text, GENERIC.roles.role_of)
    assert layout is not None and [c.heading for c in layout.columns] == HEADINGS
    by_number = {line.number: line for line in layout.lines}
    assert [n for n, line in by_number.items() if line.layout == "rule"] == [*range(1, 19), 20]
    assert by_number[19].layout is None and by_number[19].text == "Counter-fraud |"
    assert [n for n, line in by_number.items() if line.layout == "header"] == list(range(21, 28))
    assert [n for n, line in by_number.items() if line.layout == "row_start"] == [28, 41, 52, 63, 74, 87, 100]
    assert [c.text for line in layout.lines[27:40] for c in line.cells] == [  # row 1, a cell of each column a line
        "7.17", "Maintains", "a formal audit trail of why decisions are made to prosecute, offer a caution",
        "or an administrative penalty, or not apply a sanction.", "These", "are recorded", "Apr-04", "- quarterly",
        "Management", "checks to monitor", "This", "is already in place"]
    assert [c.column for line in layout.lines[27:40] for c in line.cells] == [0, 1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]


def test_made_up_rows_above_the_header_stay_outside_the_table():
    """Made-up text: an empty row and a row of one cell above the header; the first row that reads as a plan's
    headings is the header, and a bare `|` above it is markup. A first row that is the header is read as before."""
    above = ("|\n|\nHousing renewal |\n|\nAction |\nLead officer |\nTarget date |\n"
             "|\nReview the policy |\nHead of Housing |\nMarch 2004 |\n")
    layout = read_pipe_tables(_lines(above), above, GENERIC.roles.role_of)
    assert layout is not None and [c.heading for c in layout.columns] == ["Action", "Lead officer", "Target date"]
    assert [line.layout for line in layout.lines] == [
        "rule", "rule", None, "header", "header", "header", "header", "row_start", "row", "row", "row"]
    first = "|\nAction |\nLead officer |\nTarget date |\n|\nReview the policy |\nHead of Housing |\nMarch 2004 |\n"
    layout = read_pipe_tables(_lines(first), first, GENERIC.roles.role_of)
    assert layout is not None and [line.layout for line in layout.lines][:5] == [
        "header", "header", "header", "header", "row_start"]
    none = "|\nHousing renewal |\n|\nThe council reviewed |\nits policy |\n"  # no row reads as headings
    assert read_pipe_tables(_lines(none), none, GENERIC.roles.role_of) is None


def test_the_sample_reads_seven_actions_under_its_title():
    """The seven rows read whole, each under the title `Counter-fraud` (its section heading: a bare `|` between it and
    the headings is markup, no line between them); the hand-checked values are in the golden file."""
    parsed = process(SAMPLE, GENERIC, ReferenceDates()).parsed
    assert [(a.element_id, a.action, a.status) for a in parsed.actions] == [
        ("7.17", "These are recorded", "complete"), ("7.17", "Policy has been circulated", "complete"),
        ("7.17", "Link to overall benefits plan", "complete"), ("7.17", "Procedure required", "complete"),
        ("7.38", "Process amended to meet this requirement", "complete"),
        ("7.38", "Process amended to meet this requirement", "complete"),
        ("7.38", "Dealt with via team meetings", "on_track")]
    assert {" > ".join(h.text for h in a.sections) for a in parsed.actions} == {"Counter-fraud"}
    assert not [i for i in parsed.issues if i.code == "unplaced_text"]


def test_the_generic_rules_read_its_reference_recommendation_and_progress():
    """generic.toml, both profiles: a reference heading named by the report's initials (`BFI REF`, the Benefit Fraud
    Inspectorate's paragraph) is the element; a recommendation headed by the report making it (`REPORT
    RECOMMENDATION`) is the action, else, beside `ACTIONS`, the opportunity it answers; and a status sentence saying
    the thing is already in place (`This is already in place`, row 1's PROGRESS) means complete: not no role, no
    role and no status (the first two kept in the notes as `BFI REF: 7.17; REPORT RECOMMENDATION: ...`)."""
    for profile in (GENERIC, load_profile()):
        roles = profile.roles
        assert [roles.role_of(h) for h in HEADINGS] == ["element", "action", "action", "timeline", "notes", "progress"]
        assert roles.rule_of("REPORT RECOMMENDATION").or_else == "opportunity"  # type: ignore[union-attr]
        assert roles.status_of("This is already in place") == "complete"
        assert roles.status_of("The action is in place") == "complete"
        assert roles.role_of("Recommendation for the report") is None  # a heading matched whole, not a phrase in it
