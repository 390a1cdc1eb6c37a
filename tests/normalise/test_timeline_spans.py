"""Each timeline phrase, and each unknown owner's warning, carries its own span, not the whole cell's.

The bug it pins: an `action_timelines` row read from an allocation cell (`CHoHROD, Q3-Q4 24/25`) carried the
cell's whole span, owner and timeline together, and a timeline column's cell of one phrase a line (`Milestones`)
gave every phrase all its lines; an `unknown_owner` warning pointed at its whole cell, the other owners and the
timeline too. An auditor could not mark the text a row was read from. Now each points at its own characters, as
the owner rows do (test_owner_spans.py). The lines and texts below were read off the sources by hand (the seed
plan, other councils' plans, and the seed drawn as PDFs by LibreOffice and Chromium): for each row, its lines and
the source text at its characters.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, PLAN, SAMPLES


def printed_at(path: Path, code: str | None = None) -> list[tuple[str, int, int, str]]:
    """Each timeline row of the document (or, given an issue `code`, each issue of that code) as (text as read,
    first line, last line, the document's text at the row's characters), in row order."""
    processed = process(path, load_profile())
    rows = [(t.timeline_raw, t.span) for t in processed.normalised.timelines] if code is None else \
        [(i.raw_text, i.span) for i in processed.normalised.issues if i.code == code]
    return [(raw, span.line_start, span.line_end, processed.document.text[span.char_start:span.char_end])
            for raw, span in rows]


@pytest.fixture(scope="module")
def seed() -> list[tuple[str, int, int, str]]:
    return printed_at(PLAN)


def test_the_timeline_of_an_allocation_cell_points_at_its_own_text(seed):
    # line 78: `CHoHROD, Q3-Q4 24/25`; line 71: `ACE (S151), CLT, SLT, all staff, this work is ongoing for 2024/25, ...`
    assert [row for row in seed if row[1] in (71, 78)] == [
        ("this work is ongoing for 2024/25, 2025/26", 71, 71, "this work is ongoing for 2024/25, 2025/26"),
        ("Q3-Q4 24/25", 78, 78, "Q3-Q4 24/25")]


def test_two_allocations_on_one_line_point_at_their_own_timeline(seed):
    # line 72: `HoBPPP, Q2 24/25 ahead of CPC in Oct 2024. HoBPP, Q1 25/26`, two actions' allocations
    assert [row for row in seed if row[1] == 72] == [
        ("Q2 24/25 ahead of CPC in Oct 2024", 72, 72, "Q2 24/25 ahead of CPC in Oct 2024"),
        ("Q1 25/26", 72, 72, "Q1 25/26")]


def test_a_timeline_wrapped_over_two_lines_spans_both(seed):
    # lines 48-49 print `All CHoS, ongoing Qly` / `basis` in the allocation column; the cells of the other columns
    # of line 49 lie between, as for any wrapped cell
    (row,) = [row for row in seed if row[0] == "ongoing Qly basis"]
    assert row[1:3] == (48, 49)
    assert row[3].startswith("ongoing Qly\t\n") and row[3].endswith("\tbasis")


def test_every_timeline_of_the_seed_points_at_its_own_text(seed):
    assert len(seed) == 69
    assert all(" ".join(text.split()).startswith(printed.split()[0]) and text.endswith(printed.split()[-1])
               for printed, _, _, text in seed)


def test_each_line_of_a_milestones_cell_points_at_its_own_line():
    # Maidstone's strategic plan prints a phrase a line in its `Milestones` cell, the last with a doubled space
    rows = printed_at(SAMPLES / "other_councils" / "maidstone_strategic_plan_2016_17.txt")
    assert [row for row in rows if row[1] in (47, 51, 55, 59)] == [
        ("Complete review of uptake of food waste challenge – April 2016", 47, 47,
         "Complete review of uptake of food waste challenge – April 2016"),
        ("Development of the Action Plan for the short and medium term – April 2016", 51, 51,
         "Development of the Action Plan for the short and medium term – April 2016"),
        ("Review household waste collection services including freighter and bulky service – April 16", 55, 55,
         "Review household waste collection services including freighter and bulky service – April 16"),
        ("Implementation of action plan June 2016 – April 2017", 59, 59,
         "Implementation of action plan June  2016 – April 2017")]


@pytest.mark.parametrize("sample, line, owners", [
    # Croydon's `Information Team Manager / Information Governance Legal Specialist`: two unknown posts on a line
    ("croydon_foi_improvement_plan_2023.txt", 8, ["Information Team Manager",
                                                 "Information Governance Legal Specialist"]),
    # a fixed-width table's `MT/Leaders`
    ("forest_of_dean_improvement_plan_2004.txt", 12, ["MT", "Leaders"]),
])
def test_an_unknown_owner_warning_points_at_that_owner_alone(sample, line, owners):
    rows = [row for row in printed_at(SAMPLES / "other_councils" / sample, "unknown_owner") if row[1] == line]
    assert rows == [(owner, line, line, owner) for owner in owners]


def test_an_unknown_owner_of_an_allocation_cell_points_at_its_own_text(tmp_path):
    # the seed's line 78 with its owner misspelt past the glossary's reach: the warning marks `CHoXYZ`, not the time
    lines = PLAN.read_text(encoding="utf-8").split("\n")
    assert "CHoHROD, Q3-Q4 24/25" in lines[77]
    lines[77] = lines[77].replace("CHoHROD, Q3-Q4 24/25", "CHoXYZ, Q3-Q4 24/25")
    copy = tmp_path / "plan.txt"
    copy.write_text("\n".join(lines), encoding="utf-8")
    assert [row for row in printed_at(copy, "unknown_owner") if row[1] == 78] == [("CHoXYZ", 78, 78, "CHoXYZ")]


@pytest.mark.parametrize("name", ["runnymede_plan_libreoffice.pdf", "runnymede_plan_chromium.pdf"])
def test_a_pdf_timeline_has_its_own_words_box(name):
    processed = process(FIXTURES / "pdf" / name, load_profile())
    (timeline,) = [t for t in processed.normalised.timelines if t.timeline_raw == "Q3-Q4 24/25"]
    (owner,) = [o for o in processed.normalised.owners if o.action_id == timeline.action_id]
    assert processed.document.text[timeline.span.char_start:timeline.span.char_end] == "Q3-Q4 24/25"
    assert owner.owner_raw == "CHoHROD" and timeline.span.line_start == owner.span.line_start
    assert timeline.span.bbox and owner.span.bbox and owner.span.bbox[2] < timeline.span.bbox[0]
    with pdfplumber.open(FIXTURES / "pdf" / name) as pdf:  # cropped out of the page, the box holds the words alone
        x0, top, x1, bottom = timeline.span.bbox
        page = pdf.pages[timeline.span.page - 1]
        words = page.within_bbox((x0 - 0.5, top - 0.5, x1 + 0.5, bottom + 0.5)).extract_words()
    assert [w["text"] for w in words] == ["Q3-Q4", "24/25"]
