"""The page-tree check (ingest/pdf_tree.py) costs the bytes it reads, once: it is there to stop what would cost a
reader too much, so it must not be the step that does."""

from __future__ import annotations

import time

from council_actions.ingest import pdf_tree

from tests.hostile import pdfs


def test_a_map_every_page_shares_is_inflated_once(monkeypatch):
    """300 pages in one font: its ToUnicode map and the one content stream are inflated once each, not once a
    page (600 inflations before, 2 now; a 6 MB map on 400 pages took 30 s)."""
    inflated: list[int | None] = []
    check = pdf_tree._check_inflated

    def counted(stream, max_inflated, keep=False):
        inflated.append(stream.objid)
        return check(stream, max_inflated, keep)

    monkeypatch.setattr(pdf_tree, "_check_inflated", counted)
    pdf_tree.check_page_tree(pdfs.pages_sharing_a_map(300, 100_000), "shared.pdf", 1000, 64 << 20)
    assert sorted(inflated) == [3, 5]


def test_a_map_shared_by_many_pages_read_in_time_linear_in_pages():
    """2,000 pages sharing a 1.4 MB map: checked in well under a second (each page inflated it, ~6 s before)."""
    data = pdfs.pages_sharing_a_map(2000, 100_000)
    started = time.process_time()
    pdf_tree.check_page_tree(data, "shared.pdf", 5000, 64 << 20)
    assert time.process_time() - started < 3
