"""A ditto row's `action_owners.owner_raw` is what the plan prints at that row ("ditto"), not the owner above
("John Anderson"): an auditor checks owner_raw against the source at the row's span, which holds "ditto". owner_key
and owner_title are the owner above's, and match says a repair was made: `repaired` where the owner above resolved,
`unknown` where it did not.

Waverley's real plan (samples/other_councils/), both renderings, read through the CLI and back with duckdb.
"""

from __future__ import annotations

import duckdb
import pytest

from council_actions.cli import main
from tests.conftest import ROOT

SAMPLES = ROOT / "samples" / "other_councils"
PLANS = ["waverley_cpa_improvement_plan_2004.txt", "waverley_cpa_improvement_plan_2004_browser_copy.txt"]
# Who by? prints "John Anderson / ditto / ditto" in row 1 and "Paul Wenham / ditto / ditto" in row 3 (checked by hand).
PRINTED = ["John Anderson", "ditto", "ditto", "John Swanton", "Paul Wenham", "ditto", "ditto", "Peter Maudsley"]
KEYS = ["John Anderson"] * 3 + ["John Swanton"] + ["Paul Wenham"] * 3 + ["Peter Maudsley"]
DITTO = [printed == "ditto" for printed in PRINTED]


@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("profile, resolved", [("council_actions/profiles/waverley.toml", True), ("generic", False)],
                         ids=["waverley_profile", "no_profile"])
def test_ditto_owner_is_printed_as_ditto_and_matched_as_a_repair(tmp_path, capsys, plan, profile, resolved):
    out = tmp_path / "out"
    chosen = profile if profile == "generic" else str(ROOT / profile)
    assert main(["ingest", str(SAMPLES / plan), "--profile", chosen, "--out", str(out), "-q"]) == 0
    capsys.readouterr()
    con = duckdb.connect()
    owners = con.sql(f"select owner_raw, owner_key, owner_title, match, repair, char_start, char_end "
                     f"from read_parquet('{out}/action_owners/*/*.parquet') order by char_start").fetchall()
    text = (SAMPLES / plan).read_text(encoding="utf-8")
    assert [o[0] for o in owners] == PRINTED
    assert [text[start:end] for *_, start, end in owners] == PRINTED  # what an auditor finds at each row's span
    assert [o[1] for o in owners] == KEYS
    assert [o[2] for o in owners] == (KEYS if resolved else [None] * 8)  # the profile's titles are the names
    assert [o[3] for o in owners] == [("repaired" if ditto else "exact") if resolved else "unknown" for ditto in DITTO]
    assert [o[4] for o in owners] == ["ditto" if ditto else None for ditto in DITTO]
    actions = con.sql(f"select owner_raw, owners from read_parquet('{out}/actions/*/*.parquet') "
                      "order by line_start").fetchall()
    assert actions == list(zip(PRINTED, KEYS, strict=True))  # owners: the keys, unchanged by a ditto
    issues = con.sql(f"select raw_text, message from read_parquet('{out}/extraction_issues/*/*.parquet') "
                     "where code = 'owner_ditto' order by line_start").fetchall()
    assert issues == [("ditto", f"owner printed as 'ditto'; took the owner above ({key})")
                      for key, ditto in zip(KEYS, DITTO, strict=True) if ditto]


def test_owners_report_lists_the_spelling_a_ditto_took_not_ditto(tmp_path, capsys):
    """`council-actions owners` lists unknown spellings to add to the glossary: a ditto row counts as the owner
    above it took ("ditto" is no one's spelling), at the ditto's own lines."""
    out = tmp_path / "out"
    assert main(["ingest", str(SAMPLES / PLANS[0]), "--profile", "generic", "--out", str(out), "-q"]) == 0
    capsys.readouterr()
    assert main(["owners", str(out)]) == 0
    listed = [line.split() for line in capsys.readouterr().out.splitlines()[3:]]  # two-word names, then ...the line
    assert [(" ".join(words[:2]), words[-1]) for words in listed] == [
        ("John Anderson", "4"), ("John Anderson", "5"), ("John Anderson", "6"), ("John Swanton", "10"),
        ("Paul Wenham", "13"), ("Paul Wenham", "14"), ("Paul Wenham", "15"), ("Peter Maudsley", "19")]
