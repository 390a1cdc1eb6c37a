"""The same two revisions drawn as PDFs (by the test factory) give the same changes as the text pair."""

from __future__ import annotations

from collections import Counter

import pyarrow.parquet as pq
import pytest
from council_actions.diff import diff
from council_actions.ingest import read_document
from council_actions.parsers import parse_document

from tests.diff.conftest import R1, R2, SOURCES, ingest_revisions
from tests.pdf_factory import WORD, draw_plan, require_fonts

ALL_THEMES = (1, 2, 3, 4, 5, 6, 7)
SAME = ("change", "element_id", "action_id", "previous_action_id", "field", "before", "after")


@pytest.fixture(scope="module")
def pdf_out(tmp_path_factory, profile):
    require_fonts()
    folder = tmp_path_factory.mktemp("pdf_revisions")
    pdfs = {}
    for revision in (R1, R2):
        pdfs[revision] = folder / f"plan_{revision}.pdf"
        draw_plan(pdfs[revision], parse_document(read_document(SOURCES[revision]), profile), profile, ALL_THEMES, WORD)
    out = folder / "out"
    ingest_revisions(out, profile, pdfs)
    diff(out, R1, R2)
    return out


def rows(out, name: str) -> list[dict]:
    return pq.read_table(out / name / R2).to_pylist()


def test_pdf_pair_gives_the_text_pair_changes(pdf_out, revisions_out):
    text_out, _, _ = revisions_out
    from_pdf = Counter(tuple(r[c] for c in SAME) for r in rows(pdf_out, "changes"))
    from_text = Counter(tuple(r[c] for c in SAME) for r in rows(text_out, "changes"))
    assert from_pdf == from_text


def test_pdf_changes_point_at_pages_on_both_sides(pdf_out):
    changes = rows(pdf_out, "changes")
    paired = [r for r in changes if r["change"] == "owners_changed"]
    assert paired and all(r["source_page"] and r["previous_source_page"] and r["x0"] is not None for r in paired)
    assert all(r["previous_source_page"] is None for r in changes if r["change"] == "action_added")
