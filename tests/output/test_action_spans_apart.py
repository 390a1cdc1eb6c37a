"""Values printed apart from an action's row have pieces too: a start printed apart from the timeline, and a finding
printed once above several actions.

A start in a column or label of its own (`Start date: August 2023`) has no column of `actions`: the normaliser
gives its date to the timeline it starts (normalise/starts.py), and an auditor checking that `start_date` needs the
words it was read from. A finding printed once over several actions (a list above a table, a heading's prose, a row
printed across the table, an opportunity a lettered action goes on answering) is every one's opportunity, but only
the first action's row held its lines, so the others had no opportunity piece (and where the finding was prose
above the table, not even the first had one).

Each expected piece is checked by hand against the source line quoted beside it: the line number, where on the line
the piece starts (0-based column), and its characters.
"""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES, SAMPLES
from tests.output.test_action_spans import _tables

OTHER = SAMPLES / "other_councils"
KENT_ASC = FIXTURES / "other_councils" / "published" / "kent_ics_priorities_2025_procurement_asc_get.pdf"
Rows = list[dict[str, object]]


def _pieces(text: str, spans: Rows, action_id: object, field: str) -> list[tuple[int, int, str]]:
    """The field's pieces of the action, in order: (line, column on the line, characters printed)."""
    out = []
    for s in sorted((s for s in spans if s["action_id"] == action_id and s["field"] == field),
                    key=lambda s: int(s["seq"])):  # type: ignore[call-overload]
        start, end = int(s["char_start"]), int(s["char_end"])  # type: ignore[call-overload]
        out.append((int(s["line_start"]), start - (text.rfind("\n", 0, start) + 1), text[start:end]))  # type: ignore
    return out


def _by(actions: Rows, **key: object) -> Rows:
    return [a for a in actions if all(a[k] == v for k, v in key.items())]


def test_croydons_start_dates_printed_apart_are_pieces_of_their_own():
    # line 9: `Start date: August 2023` (line 10 `End date: September 2023`); line 17: `Start date: July 2023`
    # (line 18 `End date: Ongoing`)
    text, actions, spans = _tables(OTHER / "croydon_foi_improvement_plan_2023.txt")
    first, second = sorted(actions, key=lambda a: int(a["char_start"]))  # type: ignore[call-overload]
    assert _pieces(text, spans, first["action_id"], "start_raw") == [(9, 12, "August 2023")]
    assert _pieces(text, spans, first["action_id"], "timeline_raw") == [(10, 10, "September 2023")]
    assert _pieces(text, spans, second["action_id"], "start_raw") == [(17, 12, "July 2023")]
    piece = next(s for s in spans if s["action_id"] == first["action_id"] and s["field"] == "start_raw")
    assert (piece["seq"], piece["value_start"], piece["value_end"]) == (1, 0, len("August 2023"))


def test_the_isle_of_wights_start_by_column_is_a_piece_of_each_row():
    # line 6: `| 1.1 | Show explicit links between Community Plan, Corporate Plan and LTP:APR | Chris |  | V | S |
    # Mid May | End May | ...`: Start by at column 100, Finish by at 110
    text, actions, spans = _tables(OTHER / "iow_bv_schedule_2002.txt")
    row = _by(actions, element_id="1.1")[0]
    assert _pieces(text, spans, row["action_id"], "start_raw") == [(6, 100, "Mid May")]
    assert _pieces(text, spans, row["action_id"], "timeline_raw") == [(6, 110, "End May")]
    assert sum(s["field"] == "start_raw" for s in spans) == 12  # every row printing a Start by


# Newham's lines 1-6, the inspection's failings listed above the table's header (line 13), one a line
NEWHAM_FAILINGS = [
    (1, 0, "- We do not have up to date stock condition information on the majority of its homes as only around 40% "
           "have been surveyed within the last five years"),
    (2, 0, "- Stock condition surveys have not all included an assessment of hazards using the Housing Health and "
           "Safety Rating System"),
    (3, 0, "- Around 20% of homes do not meet the requirements of the Decent Homes Standard"),
    (4, 0, "- Only 67% of non-emergency repairs were completed within target timescales"),
    (5, 0, "- 5,400 open repairs, of which 49% were outside of target dates, some of which were from earlier than 2024"),
    (6, 0, "- Lack of evidence that the council had been transparent with its tenants about the health and safety "
           "issues identified and keeping tenants informed when things go wrong"),
]


def test_newhams_findings_above_its_table_are_each_actions_opportunity_pieces():
    text, actions, spans = _tables(OTHER / "newham_housing_improvement_plan_2025_stock_condition.txt")
    assert len(actions) == 3
    for action in actions:
        assert _pieces(text, spans, action["action_id"], "opportunity") == NEWHAM_FAILINGS


def test_southends_recommendation_under_its_heading_is_both_actions_piece():
    # line 21: `The Council should use the Commissioner's FOIA self-assessment toolkit to improve its timeliness
    # compliance.`, under `Section A` (line 19); the actions are the bullets of lines 27 and 31
    text, actions, spans = _tables(OTHER / "southend_foi_practice_recommendation_2024.txt")
    recommendation = (21, 0, "The Council should use the Commissioner's FOIA self-assessment toolkit to improve its "
                             "timeliness compliance.")
    assert [_pieces(text, spans, a["action_id"], "opportunity") for a in _by(actions, element_id="Section A")] == [
        [recommendation], [recommendation]]


def test_lisburns_objective_is_each_projects_opportunity_piece():
    # line 3: `We will continue to improve our citizen engagement methods and ensure accessible processes for
    # contacting us.`, under `Objective 1` (line 2), over the projects a. to d. (lines 5-8)
    text, actions, spans = _tables(OTHER / "lisburn_castlereagh_performance_improvement_objectives_2024_25.txt")
    objective = (3, 0, "We will continue to improve our citizen engagement methods and ensure accessible processes for "
                       "contacting us.")
    projects = _by(actions, element_id="Objective 1")
    assert len(projects) == 4
    assert [_pieces(text, spans, a["action_id"], "opportunity") for a in projects] == [[objective]] * 4


def test_copelands_lettered_action_shares_the_recommendation_above_it():
    # lines 9-11: ` 1     1) Develop CBC-specific policies &        a) Carry out ...` / `       plans to implement
    # sub-regional           Homelessness Review ...` / `       strategies and meet local need            & Strategy
    # ...`; line 13's `b) Review allocations` prints no recommendation and answers 1)'s
    text, actions, spans = _tables(OTHER / "copeland_strategic_housing_improvement_plan_completed_2009.txt")
    recommendation = [(9, 7, "1) Develop CBC-specific policies &"), (10, 7, "plans to implement sub-regional"),
                      (11, 7, "strategies and meet local need")]
    lettered = _by(actions, element_id="2")[0]
    assert lettered["action"].startswith("b) Review allocations")  # type: ignore[union-attr]
    assert _pieces(text, spans, lettered["action_id"], "opportunity") == recommendation
    assert _pieces(text, spans, _by(actions, element_id="1")[0]["action_id"], "opportunity") == recommendation


@pytest.mark.usefixtures("pdf_read_once_per_run")
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_kents_finding_printed_across_the_table_is_each_actions_piece_in_its_box(engine):
    """Page 2 of Kent's Adult Social Care priorities prints three lines across the table under its header (the
    text as pdfplumber's extract_text gives it, quoted below), over the two commitments of `Creating community
    capacity for wellbeing and prevention`; both have the finding's pieces, on page 2, in the lines' boxes."""
    text, actions, spans = _tables(KENT_ASC, engine)
    finding = [(30, 0, "Adult Social Care face increasing challenges around rising need and demand against a "
                       "challenging resource position. A heightened emphasis on prevention is required both to "
                       "improve"),
               (31, 0, "health and wellbeing and to prevent, reduce and delay the need for social care."),
               (32, 0, "The priorities below were developed following workshops between Adult Social Care and "
                       "Public Health Officers:-")]
    answering = [a for a in actions if str(a["opportunity"] or "").startswith("Adult Social Care face")]
    assert [_pieces(text, spans, a["action_id"], "opportunity") for a in answering] == [finding, finding]
    tops = sorted({round(float(s["top"]), 1) for s in spans  # type: ignore[arg-type]
                   if s["field"] == "opportunity" and s["action_id"] == answering[1]["action_id"]})
    assert tops == [71.4, 85.8, 100.2]
    assert {s["source_page"] for s in spans if s["field"] == "opportunity" and s["action_id"] in
            {a["action_id"] for a in answering}} == {2}

