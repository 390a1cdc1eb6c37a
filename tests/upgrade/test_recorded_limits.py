"""A source its ingest needed raised limits for (`--max-pages`, `--timeout`, `--max-memory`, `--max-bytes`) is read
again by `upgrade` under them: its source record keeps those raised past the defaults (`read_with`'s `limits`),
where before it kept none and `upgrade` read it under the defaults, which stopped it.

Real PDF: three of Kent County Council's own slides (tests/fixtures/other_councils/SOURCES.md). A plan
long enough to pass the real default (1,000 pages) is no fixture, so the default is one page here, as if this
version's were: the three pages need `max_pages=3`, as a 1,500-page national bundle needs `--max-pages 2000`."""

import hashlib
import json
from pathlib import Path

import pytest

import council_actions
from council_actions.limits import Limits

ROOT = Path(__file__).resolve().parents[2]
KENT = ROOT / "tests" / "fixtures" / "other_councils" / "published" / "kent_ics_priorities_2025_procurement_asc_get.pdf"
FIELDS = ("timeout", "max_memory", "max_pages", "max_bytes", "read_processes")  # Limits' fields, in order


@pytest.fixture
def one_page_default(monkeypatch):
    """Limits() of one page, every other default as it is: what the ingest and the upgrade read under unless given."""
    defaults = dict(zip(FIELDS, Limits.__init__.__defaults__, strict=True))
    monkeypatch.setattr(Limits.__init__, "__defaults__", tuple({**defaults, "max_pages": 1}.values()))
    assert Limits().max_pages == 1


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != ".lock"}


def record(out: Path, revision: str) -> dict[str, object]:
    return json.loads(next((out / "_sources" / revision).glob("[0-9a-f]*.json")).read_text(encoding="utf-8"))


def test_upgrade_reads_again_under_the_limits_raised_to_read_it(tmp_path, one_page_default):
    out = tmp_path / "out"
    refused = council_actions.ingest([KENT], tmp_path / "refused", revision="2025-01")
    assert "more than the limit" in refused.failures[0].problem  # three pages, more than one
    assert not council_actions.ingest([KENT], out, revision="2025-01", limits=Limits(timeout=600.0),
                                      max_pages=3).failures
    assert record(out, "2025-01")["read_with"] == {"pdf_engine": "pdfium", "limits": {"max_pages": 3, "timeout": 600.0}}
    before = snapshot(out)
    done = council_actions.upgrade(out)  # fails on the code before: read again under one page, and refused
    assert (done.documents, done.notes) == (1, ())
    assert snapshot(out) == before
