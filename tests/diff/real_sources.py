"""Real successive publications of councils' plans (samples/other_councils/), each ingested as its own revision the
way a data team reads them, and the words of the actions a diff pairs: what the tests of real revisions share."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
from council_actions.normalise import ReferenceDates

from council_actions.batch import run_batch
from council_actions.cli import main
from council_actions.profile import load_profile
from tests.conftest import ROOT

OTHER = ROOT / "samples" / "other_councils"


def ingest(out: Path, profile_name: str, sources: dict[str, str]) -> Path:
    """Each source its own revision, with no reference date: these pages print none."""
    profile = load_profile(profile_name if profile_name == "generic" else ROOT / profile_name)
    for revision, name in sources.items():
        results, failures = run_batch([OTHER / name], out, profile, revision, ReferenceDates())
        assert failures == 0 and len(results) == 1
    return out


def texts_of(result) -> dict[str, str]:
    """action_id -> the action's words, from either revision."""
    return {a.action_id: a.text for d in result.documents for side in (d.earlier, d.later) if side
            for a in side.actions}


def ingest_by_cli(out: Path, name: str, revision: str) -> None:
    """One of Maidstone's pages ingested as the data team runs it, with Maidstone's profile."""
    assert main(["ingest", str(OTHER / name), "--out", str(out), "--revision", revision, "--profile", "maidstone",
                 "--jobs", "1", "-q"]) == 0


def action_ids(out: Path, revision: str) -> list[str]:
    """The revision's action ids in the order their rows are printed."""
    rows = pq.read_table(out / "actions" / revision).to_pylist()
    return [r["action_id"] for r in sorted(rows, key=lambda r: r["line_start"])]
