"""`_schema.json` describes the whole folder: where its revisions were read under profiles of other score scales, its
score columns' vocabulary holds every one of them (each profile's best first, in the order the profiles came), so a
BI tool checking a row against it never finds an earlier revision's score outside it; `upgrade`, which reads every
revision again, writes the same.

Real texts: Maidstone's Annual Governance Statement actions for 2013/14 and 2014/15 (samples/other_councils), the
first read under the default profile (scores dark_green ... grey), the second under a council's own profile whose
scale is green, amber, red (tests/fixtures/profiles/elmbridge_example.toml)."""

import json
from pathlib import Path

import council_actions

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "other_councils"
OWN = ROOT / "tests" / "fixtures" / "profiles" / "elmbridge_example.toml"
DEFAULT = ["dark_green", "light_green", "yellow", "amber", "red", "grey"]


def vocabulary(out: Path) -> dict[str, list[str]]:
    tables = json.loads((out / "_schema.json").read_text(encoding="utf-8"))["tables"]
    return {table: next(c["values"] for c in tables[table] if c["name"] == "score") for table in ("elements", "heatmap")}


def two_profiles(out: Path) -> None:
    council_actions.ingest([SAMPLES / "maidstone_ags_2013_14.txt"], out, revision="2014-03")
    council_actions.ingest([SAMPLES / "maidstone_ags_2014_15.txt"], out, revision="2014-11", profile=OWN)


def test_a_second_profiles_scores_join_the_first_ones(tmp_path):
    out = tmp_path / "out"
    two_profiles(out)
    # on the code before: ["green", "amber", "red"] alone, the 2014-03 revision's scale gone from the file
    assert vocabulary(out) == {"elements": [*DEFAULT, "green"], "heatmap": [*DEFAULT, "green"]}
    council_actions.ingest([SAMPLES / "maidstone_ags_2015_16.txt"], out, revision="2015-06")
    assert vocabulary(out)["elements"] == [*DEFAULT, "green"]  # a profile seen before adds nothing


def test_upgrade_writes_every_revisions_scores(tmp_path):
    out = tmp_path / "out"
    two_profiles(out)
    before = (out / "_schema.json").read_bytes()
    council_actions.upgrade(out, profiles=[OWN])
    assert (out / "_schema.json").read_bytes() == before


def test_a_file_that_is_not_a_schema_lists_no_scores(tmp_path):
    out = tmp_path / "out"
    council_actions.ingest([SAMPLES / "maidstone_ags_2013_14.txt"], out, revision="2014-03")
    (out / "_schema.json").write_text('{"tables": []}\n', encoding="utf-8")  # damaged by hand
    council_actions.ingest([SAMPLES / "maidstone_ags_2014_15.txt"], out, revision="2014-11", profile=OWN)
    assert vocabulary(out)["elements"] == ["green", "amber", "red"]
