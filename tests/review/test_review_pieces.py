"""The review shows each value of an action at its pieces (action_spans): the exact characters, marked by value.

Marking an action's whole range showed the auditor a neighbour's words as the row's own: the sample plan's line 72
prints two recommendations in one cell and both allocations beside them (quoted below from the source line), so
the first action's range runs through the second's text. Each piece is now marked with its field, and what the range
holds outside every piece is shown as such; a value printed on lines apart from the row (Newham's failings listed
above its table, which every action answers) gets an excerpt of its own, and a start printed apart from the timeline
(Croydon's `Start date: August 2023`, line 9) is shown as a value with its piece. An element's values are marked at
their pieces too (element_spans): its row is the whole table row, theme, score and opportunities with it.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from council_actions.review import build_review

from council_actions.batch import run_batch
from tests.conftest import GIVEN, PLAN, SAMPLES
from tests.output.test_action_spans import COMMS_PLAN, CPC_DELAY
from tests.output.test_action_spans_apart import NEWHAM_FAILINGS
from tests.review.test_review import page_of

NEWHAM = SAMPLES / "other_councils" / "newham_housing_improvement_plan_2025_stock_condition.txt"
CROYDON = SAMPLES / "other_councils" / "croydon_foi_improvement_plan_2023.txt"
PIECE = re.compile(r'<mark class="piece" data-field="([a-z_]+)" data-fields="[a-z_ ]+" title="[^"]*">(.*?)</mark>',
                   re.S)
ENVELOPE = re.compile(r'<span class="envelope"[^>]*>(.*?)</span>', re.S)


def _row(html: str, action_text: str) -> str:
    """The article of the action row whose action value starts with `action_text`."""
    at = html.index(f'<dd data-show-field="action">{action_text}')
    return html[html.rindex("<article", 0, at):html.index("</article>", at)]


def _pieces(row: str) -> list[tuple[str, str]]:
    return [(field, unescape(text)) for field, text in PIECE.findall(row)]


@pytest.fixture(scope="module")
def other_site(tmp_path_factory, profile) -> Path:
    folder = tmp_path_factory.mktemp("pieces")
    results, failures = run_batch([NEWHAM, CROYDON], folder / "out", profile, "r1", GIVEN)
    assert failures == 0, results
    build_review(folder / "out", folder / "site", profiles=(profile,))
    return folder / "site"


def test_line_72s_first_action_marks_its_own_words_not_its_neighbours(site):
    # line 72's cells: ... `Delay in reporting ... was a reputational issue.` | `Develop a communications plan ... as
    # a result of the CPC.  Plan and prepare for follow-up CPC visit in Q2 2025/26.` | `HoBPPP, Q2 24/25 ahead of
    # CPC in Oct 2024. HoBPP, Q1 25/26`
    row = _row(page_of(site, PLAN.name), "Develop a communications plan")
    assert _pieces(row) == [("opportunity", CPC_DELAY), ("action", COMMS_PLAN),
                            ("allocated_raw", "HoBPPP, Q2 24/25 ahead of CPC in Oct 2024.")]
    assert [unescape(t) for t in ENVELOPE.findall(row)] == ["  Plan and prepare for follow-up CPC visit in Q2 "
                                                            "2025/26.\t"]
    assert re.findall(r'class="field-chip" data-show-field="([a-z_]+)"', row) == ["action", "opportunity",
                                                                                  "allocated_raw"]


def test_line_72s_second_action_marks_its_words_and_the_opportunity_both_answer(site):
    row = _row(page_of(site, PLAN.name), "Plan and prepare for follow-up CPC visit")
    assert _pieces(row) == [("opportunity", CPC_DELAY),
                            ("action", "Plan and prepare for follow-up CPC visit in Q2 2025/26."),
                            ("allocated_raw", "HoBPP, Q1 25/26")]
    assert "HoBPPP, Q2 24/25 ahead of CPC in Oct 2024." in "".join(ENVELOPE.findall(row))  # the first's, unmarked


def test_newhams_last_action_shows_the_failings_above_the_table_apart(other_site):
    row = _row(page_of(other_site, NEWHAM.name), "Put new contracts in place")
    assert 'data-apart="opportunity">opportunity printed on lines apart from the row' in row
    assert "lines 1–6" in row
    assert [text for field, text in _pieces(row) if field == "opportunity"] == [t for _, _, t in NEWHAM_FAILINGS]
    assert _pieces(row)[:2] == [("action", "Put new contracts in place to carry out stock condition surveys"),
                                ("timeline_raw", "September 2025")]


def test_croydons_start_printed_apart_is_a_value_with_its_piece(other_site):
    # line 9: `Start date: August 2023`; line 10: `End date: September 2023`
    row = _row(page_of(other_site, CROYDON.name), "New Freedom of Information training")
    assert re.search(r'<dt>start</dt><dd class="raw" data-show-field="start_raw"[^>]*>August 2023</dd>', row)
    assert ("start_raw", "August 2023") in _pieces(row) and ("timeline_raw", "September 2023") in _pieces(row)


def test_an_elements_values_are_marked_at_their_pieces_the_status_note_apart(site):
    # lines 63-68's characteristic column: `Cl002: There is some` / `form of established` / `transformation function`
    # / `or programme. (Merged` / `with Cl001 in Statutory` / `guidance)`
    html = page_of(site, PLAN.name)
    at = html.index('data-element-id="CI002"')
    row = html[html.rindex("<article", 0, at):html.index("</article>", at)]
    assert _pieces(row) == [("printed_id", "Cl002"), ("characteristic", "There is some"),
                            ("characteristic", "form of established"), ("characteristic", "transformation function"),
                            ("characteristic", "or programme."), ("status_note", "Merged"),
                            ("status_note", "with Cl001 in Statutory"), ("status_note", "guidance")]
    assert re.findall(r'class="field-chip" data-show-field="([a-z_]+)"', row) == ["printed_id", "characteristic",
                                                                                  "status_note"]
    assert "LICUT" in "".join(ENVELOPE.findall(row))  # the theme and score column's words, in no value's piece
    assert '<dt>printed id</dt><dd class="raw" data-show-field="printed_id">Cl002</dd>' in row


def test_rows_without_pieces_mark_their_range_as_before(site):
    html = page_of(site, PLAN.name)
    assert '<mark>C1002</mark>' in html  # the heatmap's printed id, an element's own characters
    assert 'class="envelope"' not in html[:html.index('data-kind="element"')]
