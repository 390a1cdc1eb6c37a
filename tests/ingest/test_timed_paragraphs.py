"""Plain paragraphs under headings that are each a period, under a plan's title (ingest/timed_paragraphs.py): the Isle
of Wight's Change Plan Timeline as the store's second copy prints it (months over milestones, no bullets, no table),
read as a list's rows; the same shape without the title, with a milestone run over two lines, or under dates of
single days (Warwick's timeline of events, refused) read as no list.

The sample's reading is pinned value by value in
tests/fixtures/other_councils/expected/iow_change_plan_timeline_2005_06_paragraphs.json; here only the shape's rules.
"""

from __future__ import annotations

from dataclasses import replace

from council_actions.ingest import read_document
from council_actions.ingest.model import Line
from council_actions.ingest.timed_paragraphs import read_timed_paragraphs

from council_actions.profile import load_profile
from tests.conftest import FIXTURES, ROOT

WORDS = load_profile("generic").document_words
PARAGRAPHS = ROOT / "samples" / "other_councils" / "iow_change_plan_timeline_2005_06_paragraphs.txt"
WARWICK = FIXTURES / "other_councils" / "refused" / "warwick_lgr_timeline_2025_date_headings.txt"


def _lines(path) -> list[Line]:
    return list(read_document(path).iter_lines())


def _rows(layout) -> dict[str, list[str]]:
    """Each row's text by the column it is cut into: section (0) or action (2)."""
    cells = [line.cells[0] for line in layout.lines if line.layout == "row_start"]
    return {name: [c.text for c in cells if c.column == column] for name, column in (("section", 0), ("action", 2))}


def test_months_over_plain_milestones_are_the_rows():
    rows = _rows(read_timed_paragraphs(_lines(PARAGRAPHS), WORDS))
    assert rows["section"] == ["September 2005", "October 2005", "November 2005", "December 2005", "January 2006"]
    assert len(rows["action"]) == 28
    assert rows["action"][0] == "Have identified and published our expectations of individual schools’ performance " \
                                "for 2005/06"
    assert rows["action"][-1] == "All Corporate Objective Groups to commence monthly progress reports to Directors’ Group"


def test_without_a_plan_title_no_list():
    """The title's `Change Plan` is what says the paragraphs are a plan (generic.toml plan_titles)."""
    without = replace(WORDS, plan_titles=tuple(p for p in WORDS.plan_titles if p != "change plan"))
    assert read_timed_paragraphs(_lines(PARAGRAPHS), without) is None


def test_a_paragraph_run_over_lines_is_prose_and_no_list(tmp_path):
    text = PARAGRAPHS.read_text(encoding="utf-8").replace(
        "Staff Focus group commences", "Staff Focus group\ncommences")
    (tmp_path / "wrapped.txt").write_text(text, encoding="utf-8")
    assert read_timed_paragraphs(_lines(tmp_path / "wrapped.txt"), WORDS) is None


def test_a_timeline_of_events_under_days_is_no_list(tmp_path):
    """Warwick's `The timeline`: days (`16 December 2024`) over what happened, no plan's title: no list, and with a
    plan's title above it still none, since a single day is an event's date, not a period milestones are due in."""
    assert read_timed_paragraphs(_lines(WARWICK), WORDS) is None
    (tmp_path / "titled.txt").write_text("Change Plan\n\n" + WARWICK.read_text(encoding="utf-8"), encoding="utf-8")
    assert read_timed_paragraphs(_lines(tmp_path / "titled.txt"), WORDS) is None
