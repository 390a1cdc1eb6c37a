"""Each owner of a cell that names several carries its own span, not the whole cell's.

The bug it pins: every `action_owners` row of an allocation cell (`ACE (S151), CLT, SLT, all staff, this work is
ongoing ...`) carried the cell's whole span, owners and timeline together, so an auditor could not mark which
characters a row was read from. Now each owner points at its own characters, over every line it wraps onto.
The lines and texts below were read off the sources by hand (the seed plan, two other councils' plans, and the
seed drawn as PDFs by LibreOffice and Chromium): for each owner row, its lines and the source text at its
characters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from council_actions.normalise.owner_shapes import OWNER_SHAPES
from council_actions.normalise.owner_split import owner_pieces

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, PLAN, SAMPLES

OTHERS = SAMPLES / "other_councils"
PDFS = FIXTURES / "pdf"


def owner_rows(path: Path) -> list[tuple[str, int, int, str]]:
    """(owner as printed, first line, last line, the document's text at the row's characters), in row order."""
    processed = process(path, load_profile())
    text = processed.document.text
    return [(o.owner_raw, o.span.line_start, o.span.line_end, text[o.span.char_start:o.span.char_end])
            for o in processed.normalised.owners]


@pytest.fixture(scope="module")
def seed() -> list[tuple[str, int, int, str]]:
    return owner_rows(PLAN)


def test_owners_of_one_allocation_cell_each_point_at_their_own_text(seed):
    # line 71: `ACE (S151), CLT, SLT, all staff, this work is ongoing for 2024/25, 2025/26.`
    assert [row for row in seed if row[1] == 71] == [
        ("ACE (S151)", 71, 71, "ACE (S151)"), ("CLT", 71, 71, "CLT"), ("SLT", 71, 71, "SLT"),
        ("all staff", 71, 71, "all staff")]


def test_two_allocations_printed_on_one_line_point_at_their_own_owner(seed):
    # line 72: `HoBPPP, Q2 24/25 ahead of CPC in Oct 2024. HoBPP, Q1 25/26`, two actions' allocations
    assert [row for row in seed if row[1] == 72] == [("HoBPPP", 72, 72, "HoBPPP"), ("HoBPP", 72, 72, "HoBPP")]


def test_an_owner_printed_with_markup_points_at_the_printed_characters(seed):
    # line 75 prints `CH <sub>0</sub> HROD`: the value drops the tag, the span keeps what is printed
    assert [row for row in seed if row[1] == 75] == [("CH 0 HROD", 75, 75, "CH <sub>0</sub> HROD")]


def test_every_owner_of_the_seed_points_at_its_own_text_and_no_timeline(seed):
    assert len(seed) == 130
    assert all(" ".join(text.replace("<sub>", "").replace("</sub>", "").split()) == printed
               for printed, _, _, text in seed)


@pytest.mark.parametrize("sample, line, owners", [
    # a pipe table's owner cell: `Head of Information Governance (IG) / Data Protection Office (DPO)`
    ("tower_hamlets_foi_action_plan_2023.txt", 19, ["Head of Information Governance (IG)",
                                                    "Data Protection Office (DPO)"]),
    # a fixed-width table's `MT/Leaders`
    ("forest_of_dean_improvement_plan_2004.txt", 12, ["MT", "Leaders"]),
])
def test_owners_of_other_councils_plans_point_at_their_own_text(sample, line, owners):
    rows = [row for row in owner_rows(OTHERS / sample) if row[1] == line]
    assert rows == [(owner, line, line, owner) for owner in owners]


def test_an_owner_on_lines_of_its_own_in_one_cell_points_at_its_own_line():
    # Maidstone's RAG table prints one owner a line in the cell: Claire Weeks, Mark Egerton, Helen Garnett
    rows = owner_rows(OTHERS / "maidstone_bccap_status_rag_2022.txt")
    assert [row for row in rows if row[1] in (37, 43, 45)] == [
        ("Claire Weeks", 37, 37, "Claire Weeks"), ("Mark Egerton", 43, 43, "Mark Egerton"),
        ("Helen Garnett", 45, 45, "Helen Garnett")]


@pytest.fixture(scope="module", params=["runnymede_plan_libreoffice.pdf", "runnymede_plan_chromium.pdf"])
def pdf_owners(request):
    processed = process(PDFS / request.param, load_profile())
    owners = processed.normalised.owners
    return [(o, processed.document.text[o.span.char_start:o.span.char_end]) for o in owners]


def cell_of(owners, printed):
    """The owner rows of the action one of whose owners is printed so."""
    action = next(o.action_id for o, _ in owners if o.owner_raw == printed)
    return [(o, text) for o, text in owners if o.action_id == action]


def test_pdf_owners_of_one_cell_each_point_at_their_own_text(pdf_owners):
    cell = cell_of(pdf_owners, "ACE (S151)")[:3]  # `ACE (S151), CLT, SLT, all staff, ...` opens a cell's first line
    assert [text for _, text in cell] == ["ACE (S151)", "CLT", "SLT"]
    assert len({(o.span.line_start, o.span.line_end) for o, _ in cell}) == 1
    # each box is its own words' (the PDF's word boxes), left to right on the line, none over another's
    boxes = [o.span.bbox for o, _ in cell]
    assert all(box is not None for box in boxes)
    assert boxes[0][2] < boxes[1][0] and boxes[1][2] < boxes[2][0]


def test_a_pdf_owner_wrapped_over_two_lines_spans_both(pdf_owners):
    # `CHoLG, HoDemocatic Services, Q4 2024/25.`: both producers wrap the cell after `HoDemocatic`
    (first, first_text), (wrapped, text) = cell_of(pdf_owners, "HoDemocatic Services")
    assert first_text == "CHoLG" and first.span.line_start == first.span.line_end == wrapped.span.line_start
    assert wrapped.span.line_end == wrapped.span.line_start + 1
    assert text.startswith("HoDemocatic\n") and text.endswith("\tServices")  # other columns' cells lie between
    assert wrapped.span.page == first.span.page and wrapped.span.bbox and first.span.bbox
    assert wrapped.span.bbox[1] == first.span.bbox[1] and wrapped.span.bbox[3] > first.span.bbox[3]  # both lines' box
    assert first.span.bbox[2] < wrapped.span.bbox[2]  # CHoLG's box is its word's, not the line's


KNOWN = {"glossary": "place, planning and regeneration", "named_alone": "mike malcolm sarah"}  # as test_reader_weaknesses


@pytest.mark.parametrize("shape", OWNER_SHAPES, ids=lambda s: s.name)
def test_every_owner_shape_example_knows_where_each_owner_is_printed(shape):
    """Each piece's offsets hold the piece as printed (these examples print it with single spaces)."""
    for cell, _ in shape.examples:
        pieces = owner_pieces(cell, lambda text: text.lower() == KNOWN.get(shape.name),
                              lambda text: text.lower() in KNOWN.get(shape.name, "").split())
        assert [cell[p.start:p.end] for p in pieces] == [p.text for p in pieces], cell
