"""Councils' own published PDFs (tests/fixtures/other_councils/published/, SOURCES.md there), read with both PDF
engines: the rows their golden files give, checked by hand against the pages (test_other_councils.py compares the
whole rows with the default engine; here each engine alone), and what each page taught the reader.

Kent County Council's ICS priorities (PowerPoint slides exported by Acrobat): a table's header starting its last
column at another edge than its cells do, a row merged across every column heading the rows under it (or, holding
sentences, introducing them), and `Mar` / `2026` wrapped in a narrow Timescale column; three more of its slides
(Procurement, Adult Social Care, GET): a merged heading whose words end inside the first column, under an
introduction that the rows of the heading answer; and GET's social prescribing slide: an action cell of two
paragraphs in one ruled cell, its last closing on a colon over rows listing services, no owner or time beside them;
and Public Health's second slide: words too long for their narrow columns, broken by letters over two lines; and
HROD's first slide: word spaces left unprinted, the next letter moved on by a space's width (`KPI 1:` / `%`);
Public Health's third slide: a bold merged heading over seven rows, timescales as years, ranges and spans of years;
HROD's second slide: lines that end in a sign's hyphen (`(-` / `1.9p.p.)`) and on a printed space where the next word
would only just have fitted (`Development & ` / `Staff Engagement`), both wrapped.
"""

from __future__ import annotations

import json

import pytest
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, ROOT

KENT = FIXTURES / "other_councils" / "expected" / "kent_ics_priorities_2025_cype_public_health.json"
MORE = FIXTURES / "other_councils" / "expected" / "kent_ics_priorities_2025_procurement_asc_get.json"
LISTED = FIXTURES / "other_councils" / "expected" / "kent_ics_priorities_2025_get_social_prescribing.json"
NARROW = FIXTURES / "other_councils" / "expected" / "kent_ics_priorities_2025_public_health_narrow_columns.json"
HROD = FIXTURES / "other_councils" / "expected" / "kent_ics_priorities_2025_hrod_unprinted_spaces.json"
PREVENTION = FIXTURES / "other_councils" / "expected" / "kent_ics_priorities_2025_public_health_prevention.json"
LINE_ENDS = FIXTURES / "other_councils" / "expected" / "kent_ics_priorities_2025_hrod_line_ends.json"


@pytest.fixture(scope="module")
def kent():
    return json.loads(KENT.read_text(encoding="utf-8"))


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("expected", [KENT, MORE, LISTED, NARROW, HROD, PREVENTION, LINE_ENDS],
                         ids=lambda path: path.stem)
def test_both_engines_read_the_hand_checked_rows(expected, engine):
    """The golden file's values; its notes too where it gives them (HROD's measures, where the spaces were lost)."""
    golden = json.loads(expected.read_text(encoding="utf-8"))
    processed = process(ROOT / golden["sample"], load_profile("generic"), ReferenceDates(), pdf_engine=engine)
    noted = "notes" in golden["actions"][0]
    found = [(a.element_id, a.opportunity, a.action, a.owner_raw, a.timeline_raw,
              " > ".join(h.text for h in a.sections), a.notes if noted else None) for a in processed.parsed.actions]
    assert found == [(a["ref"], a["opportunity"], a["action"], a["owner"], a["timeline"], a["section_path"],
                      a.get("notes")) for a in golden["actions"]]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_an_introduction_printed_across_is_what_the_rows_answer(kent, engine):
    """CYPE's merged row of four sentences (`CYPE recognise ... Key priorities include:-`) is no heading: each CYPE
    row answers it, under the slide's title alone, and the first row's span holds its lines; Public Health's merged
    row, one aim with no sentence's end, heads its rows (parsers/printed_across.py)."""
    processed = process(ROOT / kent["sample"], load_profile("generic"), ReferenceDates(), pdf_engine=engine)
    intro = [line for line in processed.document.iter_lines() if line.text.startswith("CYPE recognise")]
    assert len(intro) == 1 and all(cell.across_table for cell in intro[0].cells)
    first = processed.parsed.actions[0]
    assert first.span.line_start == intro[0].number and first.opportunity.startswith("CYPE recognise")
    assert [h.text for h in first.sections] == ["Proposed Priorities to Improve Health and Wellbeing ~ CYPE"]
    assert {a.element_id for a in processed.parsed.actions[8:]} == {
        "Develop a system wide approach to reduce poor outcomes and reduce health inequalities through the Kent Joint "
        "Health and Wellbeing Strategy /Integrated care strategy"}


def test_measure_and_shared_outcome_are_notes_beside_what_is_committed(kent):
    """`Measure` is what the action is measured by where `What we have committed to` says the action; the cells of
    `Shared Outcome` (852.7 points in the header, 872.1 in the rows) stand under that heading, not under none."""
    processed = process(ROOT / kent["sample"], load_profile("generic"), ReferenceDates())
    first = processed.parsed.actions[0]
    assert first.notes == "Measure: Agreed metrics on core plus and MOU with PH; Shared Outcome: SO1"
    assert processed.parsed.actions[-1].notes.endswith("Shared Outcome: SO3,SO4,SO5")


def test_a_month_over_a_year_is_one_date(kent):
    """CYPE's `Mar` / `2026`: one timeline, March 2026, not a March of the document's year and the whole of 2026."""
    processed = process(ROOT / kent["sample"], load_profile("generic"), ReferenceDates())
    cype = [t for t in processed.normalised.timelines if t.timeline_raw.startswith("Mar ")]
    assert len(cype) == 8
    assert {(t.timeline_raw, str(t.reading.start_date), str(t.reading.end_date)) for t in cype} == {
        ("Mar 2026", "2026-03-01", "2026-03-31")}
    assert len(processed.normalised.timelines) == 16  # one a row


@pytest.mark.parametrize(("headings", "roles"), [
    (["What we have committed to", "Led by", "Timescale", "Measure", "Shared Outcome"],
     ["action", "owner", "timeline", "notes", None]),
    (["Measure", "Status"], ["action", "status"]),  # Mid and East Antrim's self-assessment: the measure is the action
])
def test_measure_is_the_action_only_where_nothing_else_is(headings, roles):
    assert load_profile("generic").roles.roles_of(headings) == roles


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_merged_heading_ending_inside_the_first_column_heads_its_rows(engine):
    """GET's `Climate Change Adaptation` and Adult Social Care's `Creating community capacity ...` print their words
    inside the first column, in a cell merged across every column (ingest/pdf_cells.spans_table): each heads the rows
    under it, no action with no owner; the introduction over Adult Social Care's heading is what its rows answer."""
    golden = json.loads(MORE.read_text(encoding="utf-8"))
    processed = process(ROOT / golden["sample"], load_profile("generic"), ReferenceDates(), pdf_engine=engine)
    merged = [line.text for line in processed.document.iter_lines() if any(c.across_table for c in line.cells)]
    assert merged[-2:] == ["Creating community capacity for wellbeing and prevention", "Climate Change Adaptation"]
    assert all(a.owner_raw for a in processed.parsed.actions)
    social = [a for a in processed.parsed.actions if a.element_id.startswith("Creating community")]
    assert len(social) == 2 and all(a.opportunity.endswith("Public Health Officers:-") for a in social)


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_ruled_cells_paragraphs_are_one_row_and_the_rows_it_lists_are_its_own(engine):
    """GET's fifth row prints `... propose a KPI.`, a blank line, then `Services involved in this activity include:`
    in one ruled cell (Cell.in_box): one action, not a second with no owner; the seven rows of a service's name and a
    Shared Outcome under it are the list its colon opens, in its notes and span, not seven actions."""
    golden = json.loads(LISTED.read_text(encoding="utf-8"))
    processed = process(ROOT / golden["sample"], load_profile("generic"), ReferenceDates(), pdf_engine=engine)
    lines = {line.text.split("\t")[0]: line for line in processed.document.iter_lines()}
    assert lines["Services involved in this activity include:"].cells[0].in_box
    assert not lines["Green social prescribing network"].cells[0].in_box
    last = processed.parsed.actions[-1]
    assert len(processed.parsed.actions) == 5 and last.action.endswith("Services involved in this activity include:")
    assert last.span.line_end == lines["Public Transport"].number


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_word_too_long_for_its_column_is_one_word_over_its_lines(engine):
    """Public Health's second slide prints `Timescal` / `e` in its header, `SO1,SO3,SO4,S` / `O5` and `Performance/P`
    / `H Consultant` in its cells: PowerPoint broke each word where its letters stopped fitting (Cell.in_word). The
    heading is `Timescale`, the timeline column (before, none was: each timescale a note); the Shared Outcome and the
    owner are one word each again. `March` / `2026`, wrapped between words, stays two words."""
    golden = json.loads(NARROW.read_text(encoding="utf-8"))
    processed = process(ROOT / golden["sample"], load_profile("generic"), ReferenceDates(), pdf_engine=engine)
    assert [c.heading for c in processed.document.columns] == [
        "What we have committed to", "Led by", "Timescale", "Measure", "Shared Outcome"]
    assert [c.text for line in processed.document.iter_lines() for c in line.cells if c.in_word] == [
        "e", "O5", "H Consultant"]
    actions = processed.parsed.actions
    assert actions[1].notes.endswith("Shared Outcome: SO1,SO3,SO4,SO5") and actions[1].timeline_raw == "March 2026"


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_post_word_after_and_governs_both_sides(engine):
    """Procurement's owner cell prints `Commercial` / `Ethics and` / `Sustainability` / `Lead`, one post (its page
    names one lead for each row): `Commercial Ethics` holds a post subject (`commercial`) and ends in no post word, so
    `Lead` is the post of both sides and the owners table has one owner a row, where it had `Commercial Ethics` and
    `Sustainability Lead` (normalise/owner_names._no_owner_alone)."""
    golden = json.loads(MORE.read_text(encoding="utf-8"))
    processed = process(ROOT / golden["sample"], load_profile("generic"), ReferenceDates(), pdf_engine=engine)
    procurement = {a.action_id for a in processed.parsed.actions if a.owner_raw.startswith("Commercial")}
    owners = [o.owner_raw for o in processed.normalised.owners if o.action_id in procurement]
    assert len(procurement) == 5 and owners == ["Commercial Ethics and Sustainability Lead"] * 5


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_an_owner_cells_paragraphs_are_its_writers_lines(engine):
    """Page 8's fourth row prints `PH Consultant` beside its first measure, two blank lines, then `Performance/P` /
    `H Consultant` beside its second: a wrap leaves no blank line, so the writer broke the line (ingest/pdf_table's
    `_lines_of_cell`: `line_break` True) and the cell lists an owner a line, `PH Consultant`, `Performance` and
    `PH Consultant`, where the reader had joined the paragraphs as a wrapped line (`PH Consultant Performance`)."""
    golden = json.loads(NARROW.read_text(encoding="utf-8"))
    processed = process(ROOT / golden["sample"], load_profile("generic"), ReferenceDates(), pdf_engine=engine)
    fourth = processed.parsed.actions[3]
    assert fourth.owner_raw == "PH Consultant\nPerformance/PH Consultant"
    assert [o.owner_raw for o in processed.normalised.owners if o.action_id == fourth.action_id] == [
        "PH Consultant", "Performance"]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_letter_that_would_just_not_fit_is_broken_off_its_word(engine):
    """Page 7's Shared Outcome column prints `SO1,SO2,SO` / `3,SO4,SO5,S` / `O6`, `SO1,SO2,SO` / `3,SO5`,
    `SO2,SO3,SO` / `4,SO5,` and three times `SO3,SO4,SO` / `5`: each `SO` ends at 937.87 points, and the digit after
    it (6.08 points wide) would have ended at 943.95, past the cell's text edge at 943.90 (its right padding taken
    equal to its left, 7.20). Measured by the digit's own width (`first_width`), not an average letter of its word
    (5.43 for `3,SO4,SO5,S`) less half a point, each is one word again (Cell.in_word): `SO3`, not `SO 3`."""
    kent = json.loads(KENT.read_text(encoding="utf-8"))
    processed = process(ROOT / kent["sample"], load_profile("generic"), ReferenceDates(), pdf_engine=engine)
    outcomes = [a.notes.split("Shared Outcome: ")[-1] for a in processed.parsed.actions[8:]]
    assert outcomes == ["SO1,SO2,SO3,SO4,SO5,SO6", "SO2,SO3", "SO1,SO2,SO3,SO5", "SO2,SO3,SO4,SO5,", "SO1,SO5",
                        "SO3,SO4,SO5", "SO3,SO4,SO5", "SO3,SO4,SO5"]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_line_that_printed_the_space_it_ended_on_wrapped(engine):
    """HROD's second slide prints `Development & ` over `Staff Engagement`, a space after `&`: PowerPoint wrapped there.
    By the measure `Staff` would have overrun the cell's text edge by only 0.2 points, within the half point the reader
    allows a word that would still have fitted, so the owner was read as two lines its writer broke; after a printed
    space the next word must have had room to spare (ingest/pdf_table.WRAP_ROOM). A KPI opening its own line is its
    writer's break; `(-` / `1.9p.p.)` wrapped at the hyphen and joins it with no space (parsers/cleaning)."""
    golden = json.loads(LINE_ENDS.read_text(encoding="utf-8"))
    processed = process(ROOT / golden["sample"], load_profile("generic"), ReferenceDates(), pdf_engine=engine)
    breaks = {c.text: c.line_break for line in processed.document.iter_lines() for c in line.cells}
    assert (breaks["Staff Engagement"], breaks["1.9p.p.)"], breaks["KPI 7: % of employees who are satisfied"]) == (
        False, False, True)
    assert processed.parsed.actions[1].owner_raw == "Organisation Development & Staff Engagement"
    assert "10.7% (-1.9p.p.)" in processed.parsed.actions[1].notes
