"""What `timeline_needs_reference` tells a data team to give, and that giving it works: Boroondara's plan, listed in
a manifest, counts its timelines from its adoption (`Upon adoption:`) and prints no date of its own. The message
names the manifest's `published` column beside --reference-date: --reference-date is one date for a whole run,
where a national run's manifest gives each file its own.
"""

from __future__ import annotations

import json

from council_actions.cli import main
from tests.conftest import SAMPLES

BOROONDARA = SAMPLES / "other_councils" / "boroondara_cx_timeline_for_action_2014.txt"


def _needs_reference(tmp_path, capsys, published: str) -> list[dict[str, object]]:
    manifest = tmp_path / f"manifest{published}.csv"
    manifest.write_text(f"path,council,published\n{BOROONDARA},City of Boroondara,{published}\n", encoding="utf-8")
    out = tmp_path / f"out{published}"
    assert main(["ingest", "--manifest", str(manifest), "--profile", "generic", "--out", str(out), "--revision", "r1",
                 "--jobs", "1", "-q"]) == 0
    capsys.readouterr()
    assert main(["issues", str(out), "--code", "timeline_needs_reference", "--json"]) == 0
    issues: list[dict[str, object]] = json.loads(capsys.readouterr().out)["issues"]
    return issues


def test_the_message_names_the_manifests_published_date_which_dates_the_timelines(tmp_path, capsys):
    issues = _needs_reference(tmp_path, capsys, "")
    assert len(issues) == 18
    first = next(i for i in issues if i["line_start"] == 3)
    assert first["message"] == "timeline 'Upon adoption:' is relative to the plan's date and no reference date was given (--reference-date, or the file's published date in --manifest)"
    assert all(str(i["message"]).endswith("(--reference-date, or the file's published date in --manifest)")
               for i in issues)
    assert _needs_reference(tmp_path, capsys, "2014-06-01") == []
