"""Three revisions of the seed plan (the sample, then revisions 2 and 3 made by the committed script),
ingested into one output folder and diffed in order, once per test session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from council_actions.diff import diff

from council_actions.batch import run_batch
from tests.conftest import GIVEN, PLAN

REVISIONS_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "revisions"
R1, R2, R3 = "2024-08", "2025-01", "2025-06"
SOURCES = {R1: PLAN, R2: REVISIONS_DIR / "plan_r2.txt", R3: REVISIONS_DIR / "plan_r3.txt"}


def ingest_revisions(out: Path, profile, sources: dict[str, Path]) -> None:
    for revision, path in sources.items():
        results, failures = run_batch([path], out, profile, revision, GIVEN,
                                      revision_date=dt.date.fromisoformat(f"{revision}-01"))
        assert failures == 0 and len(results) == 1


@pytest.fixture(scope="session")
def revisions_out(tmp_path_factory, profile):
    out = tmp_path_factory.mktemp("revisions")
    ingest_revisions(out, profile, SOURCES)
    first, second = diff(out, R1, R2), diff(out, R2, R3)
    return out, first, second
