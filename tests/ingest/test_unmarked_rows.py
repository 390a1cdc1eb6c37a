"""The rules of a one-cell-per-line table without row markers that count lines, pinned on real documents: how
many lines a one-line cell may stack (cell_shapes.stack), the rows the cells' shapes read (cell_rows), and whether
the blank lines decide a row boundary the shapes leave in doubt (cell_gaps._gaps_decide), or which of two cells a
line is in (cell_gaps._paragraph_gaps_decide).

The stacks are every run of more than one line the reader may give one owner or timeline cell, over the whole of
Brighton & Hove's tree action plan and Maidstone's strategic plan (line numbers of the samples, each checked
against the text: a blank line between paragraphs, a paragraph of one space where a cell is empty). The gaps are
the Isle of Wight's select committee page and the cell_lines fixture, then that fixture with its blank lines
changed, so that the gaps are as long (the doubt is reported) or an empty cell's paragraph stands in the gap (it
is a cell, not a longer gap). The cells' gaps are Maidstone's AGS 2015-16 action plan, then that page with its
blank lines changed, so that a gap is found both before cells and within them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from council_actions.ingest import cell_gaps, cell_lines, cell_scores, read_document
from council_actions.ingest.cell_rows import read_unmarked_rows
from council_actions.ingest.cell_shapes import shape_of

from council_actions.profile import load_profile
from tests.conftest import FIXTURES, ROOT

OTHER = ROOT / "samples" / "other_councils"
OWNER_NOT_LAST = FIXTURES / "cell_lines" / "owner_not_last_no_row_markers.txt"


@pytest.fixture(scope="module")
def role_of():
    return load_profile("generic").roles.role_of


def _stacks(path: Path, role_of, monkeypatch) -> dict[int, tuple[str, list[int | None]]]:
    """Every stack of more than one line over the whole table: its first line -> (column kind, the line of each
    slot it takes, None for an empty cell's paragraph)."""
    found: dict[int, tuple[str, list[int | None]]] = {}
    table: dict[str, list] = {}
    with_empty_cells, stack = cell_lines._with_empty_cells, cell_scores.stack

    def keep_slots(units, lines, empties):
        table["slots"], table["lines"] = with_empty_cells(units, lines, empties), lines
        return table["slots"]

    def spy(shapes, i, kind, any_spacing=False):
        taken = stack(shapes, i, kind, any_spacing)
        slots, lines = table["slots"], table["lines"]
        if taken > 1 and len(shapes) == len(slots):  # the whole table (not a pair of rows re-read for doubts)
            found[lines[slots[i][0]].number] = (kind, [lines[s[0]].number if s else None for s in
                                                       slots[i:i + taken]])
        return taken

    monkeypatch.setattr(cell_lines, "_with_empty_cells", keep_slots)
    monkeypatch.setattr(cell_scores, "stack", spy)
    read_document(path, role_of=role_of)
    return found


def test_stacks_on_brighton_and_hoves_plan(role_of, monkeypatch):
    """Two target dates a paragraph each ('Felling completed within next three years' / 'Replanting completed within
    the next five years[1]'), and before them 'Plan delivered by December 2030', an empty cell's paragraph and
    'Felling ...': spaced alike, so a stack of three slots; 'Replanting ...' follows with no empty paragraph, so it
    is not in that stack. Two posts a paragraph each ('Arboriculture Manager' / 'Communications Officer')."""
    assert _stacks(OTHER / "brighton_hove_tree_action_plan_2022_27.txt", role_of, monkeypatch) == {
        17: ("timeline", [17, None, 21]),
        21: ("timeline", [21, 23]),
        27: ("owner", [27, 29]),  # 'Recruit Tree Enforcement Officer' reads as a post too
        83: ("owner", [83, 85]),
        99: ("owner", [99, 101]),
    }


def test_stacks_on_maidstones_strategic_plan(role_of, monkeypatch):
    """Milestones ('Complete review of uptake of food waste challenge – April 2016') each after an empty cell's
    paragraph: the run from each milestone to the last, the empty paragraphs between them counted in."""
    assert _stacks(OTHER / "maidstone_strategic_plan_2016_17.txt", role_of, monkeypatch) == {
        47: ("timeline", [47, None, 51, None, 55, None, 59]),
        51: ("timeline", [51, None, 55, None, 59]),
        55: ("timeline", [55, None, 59]),
        71: ("timeline", [71, None, 75]),
    }


def _gap_decisions(path: Path, role_of, monkeypatch) -> tuple[list[tuple[list[int], list[int], bool]], list[str]]:
    """Each row-boundary doubt as (the rows' first lines as read, as the other reading has them, whether the gaps
    decided it), and the doubts reported."""
    decisions = []
    gaps_decide = cell_gaps._gaps_decide

    def spy(doubt, slots, lines):
        decided = gaps_decide(doubt, slots, lines)
        if doubt.kind == "row_boundary":
            decisions.append(([lines[slots[int(k)][0]].number for k in doubt.chosen],
                              [lines[slots[int(k)][0]].number for k in doubt.other], decided))
        return decided

    monkeypatch.setattr(cell_gaps, "_gaps_decide", spy)
    document = read_document(path, role_of=role_of)
    return decisions, [i.message for i in document.issues if i.code == "cell_lines_ambiguous_rows"]


def test_longer_gaps_decide_the_isle_of_wights_rows(role_of, monkeypatch):
    """More blank lines open a row (two before line 38, three before 77) than separate its cells (one): the rows open
    at 'Economic Development, ...' (38, 77), not at the responses 'To be renegotiated' (35) and 'To be incorporated
    in Q2.' (73), which the shapes allow as well."""
    decisions, reported = _gap_decisions(OTHER / "iow_select_committee_recommendations_2004.txt", role_of, monkeypatch)
    assert decisions == [([25, 38], [25, 35], True), ([63, 77], [63, 73], True)]
    assert reported == []


FIXTURE_TEXT = OWNER_NOT_LAST.read_text(encoding="utf-8")
ABOVE_REVIEW, ABOVE_RECRUITMENT = "years.\n\nReview", "July.\nRecruitment"


@pytest.mark.parametrize("text, decision", [
    # the fixture: a blank line before 'Review the constitution ...' (23), none before 'Recruitment data ...' (21)
    (FIXTURE_TEXT, ([17, 23], [17, 21], True)),
    # no blank line before either: the gaps are as long, the doubt stays
    (FIXTURE_TEXT.replace(ABOVE_REVIEW, "years.\nReview"), ([17, 22], [17, 21], False)),
    (FIXTURE_TEXT.replace(ABOVE_RECRUITMENT, "July.\n\nRecruitment"), ([17, 24], [17, 22], False)),
    (FIXTURE_TEXT.replace(ABOVE_REVIEW, "years.\n\n\nReview"), ([17, 24], [17, 21], True)),
    # an empty cell's paragraph and its blank lines before 'Review': a cell, the gap one line (more than none) ...
    (FIXTURE_TEXT.replace(ABOVE_REVIEW, "years.\n\n \n\nReview"), ([17, 25], [17, 21], True)),
    # ... and less than two blank lines, which three lines counted as a gap would have beaten
    (FIXTURE_TEXT.replace(ABOVE_REVIEW, "years.\n\n \n\nReview").replace(ABOVE_RECRUITMENT, "July.\n\n\nRecruitment"),
     ([17, 27], [17, 23], False)),
])
def test_a_row_boundary_is_decided_only_by_a_longer_gap(text, decision, role_of, monkeypatch, tmp_path):
    path = tmp_path / OWNER_NOT_LAST.name
    path.write_text(text, encoding="utf-8")
    decisions, reported = _gap_decisions(path, role_of, monkeypatch)
    assert decisions == [decision]
    chosen, other, decided = decision
    assert reported == ([] if decided else [
        f"no row markers: rows read as starting at lines {chosen[0]}, {chosen[1]} by the cells' shapes, but starting "
        f"at lines {other[0]}, {other[1]} reads about as well"])


AGS_2015 = OTHER / "maidstone_ags_2015_16.txt"
AGS_TEXT = AGS_2015.read_text(encoding="utf-8")
CONTINUE = "will continue.\n\n\nThe Corporate"  # row 2's update: two paragraphs, two blank lines between them


def _role_decisions(path: Path, role_of, monkeypatch) -> tuple[list[tuple[int, bool]], list[str]]:
    """Each cell-role doubt as (its line, whether the paragraph gaps decided it), and the doubts reported."""
    decisions = []
    decide = cell_gaps._paragraph_gaps_decide

    def spy(doubt, spacing, slots, lines):
        decided = decide(doubt, spacing, slots, lines)
        decisions.append((lines[slots[doubt.line][0]].number, decided))
        return decided

    monkeypatch.setattr(cell_gaps, "_paragraph_gaps_decide", spy)
    document = read_document(path, role_of=role_of)
    return decisions, [i.message for i in document.issues if i.code == "cell_lines_ambiguous_rows"]


@pytest.mark.parametrize("text, decisions", [
    # as published: one blank line before every cell, two between a cell's paragraphs; the shapes read 'The
    # Corporate Governance Working Group will continue.' (27) and 'Strategy and Annual Action Plan approved ...'
    # (38) as the issue's second paragraph as well as the update's first, the gaps put them in the update
    (AGS_TEXT, [(27, True), (38, True)]),
    # one blank line between row 2's update paragraphs: the other reading's cell would open after a gap the table
    # leaves before cells too, so it says nothing there
    (AGS_TEXT.replace(CONTINUE, "will continue.\n\nThe Corporate"), [(27, False), (37, True)]),
    # two blank lines before a cell (row 1's owner, lines below it one further down): two blank lines are not kept
    # for a cell's paragraphs alone, so they say nothing
    (AGS_TEXT.replace("2015-16\n\nHead", "2015-16\n\n\nHead", 1), [(28, False), (39, False)]),
])
def test_a_cell_role_is_decided_only_by_gaps_the_table_keeps_within_cells(text, decisions, role_of, monkeypatch,
                                                                          tmp_path):
    path = tmp_path / AGS_2015.name
    path.write_text(text, encoding="utf-8")
    found, reported = _role_decisions(path, role_of, monkeypatch)
    assert found == decisions
    assert len(reported) == sum(1 for _, decided in decisions if not decided)
    assert all(message.endswith("line read as the progress cell by the cells' shapes, but as the action cell reads "
                                "about as well") for message in reported)


def test_rows_by_shape_on_the_cell_lines_fixture():
    """The fixture's 16 lines under Action / Lead Officer / Target Date / Progress, no row markers: four rows, the
    second with no progress, the third's progress two lines ('Workshops ...' / 'Recruitment data ...'); the fourth
    row's boundary is the doubt the blank lines decide (test_a_row_boundary_is_decided_only_by_a_longer_gap)."""
    lines = [line for line in FIXTURE_TEXT.split("\n")[7:] if line.strip()]
    rows, doubts = read_unmarked_rows([shape_of(line) for line in lines], ["action", "owner", "timeline", "progress"])
    assert rows == [((0,), (1,), (2,), (3,)), ((4,), (5,), (6,), ()), ((7,), (8,), (9,), (10, 11)),
                    ((12,), (13,), (14,), (15,))]
    assert [lines[i] for i in rows[2][3]] == ["Workshops with every service held in July.",
                                              "Recruitment data gathered for the last three years."]
    assert [(d.kind, d.chosen, d.other) for d in doubts] == [("row_boundary", (7, 12), (7, 11))]
