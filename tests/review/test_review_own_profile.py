"""`review` names each document's scores and themes by the profile it was ingested with, as `diff` reads its owners.

A data team's folder of the sample plan (Runnymede's, samples/004_...): revision 2024-06 ingested with the default
profile, whose scale runs Dark green, Light green, Yellow, Amber, Red, Grey; 2024-09 ingested with a council's own
profile file (tests/fixtures/profiles/elmbridge_example.toml: Green #00B050, Amber, Red). Before, the review named
every revision's scores with the default profile, or with the one `--profile` gave, whichever revision it was: 2024-09's
CI001 `green` showed as the bare key on a white swatch, and 2024-06 reviewed with the council's file given showed
`light_green` the same way.
"""

from __future__ import annotations

import re

import pyarrow.parquet as pq
import pytest

from council_actions.cli import main
from tests.conftest import FIXTURES, PLAN

OWN = FIXTURES / "profiles" / "elmbridge_example.toml"


def _score_of(site, element_id):
    html = next(site.glob(f"{PLAN.stem}-*.html")).read_text(encoding="utf-8")
    row = html.split(f'data-element-id="{element_id}"', 1)[1]
    found = re.search(r'<dt>score</dt><dd><span class="score"><span class="swatch" style="background: ([^"]+)">'
                      r'</span>([^<]+)</span>', row)
    assert found
    return found[2], found[1]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    out = tmp_path_factory.mktemp("own_profile") / "out"
    assert main(["ingest", str(PLAN), "--out", str(out), "--revision", "2024-06", "--jobs", "1", "-q"]) == 0
    assert main(["ingest", str(PLAN), "--out", str(out), "--revision", "2024-09", "--profile", str(OWN), "--jobs",
                 "1", "-q"]) == 0
    return out


def _element_score(out, revision, element_id):
    return next(r["score"] for r in pq.read_table(out / "elements" / revision).to_pylist()
                if r["element_id"] == element_id)


def test_each_revision_is_named_by_its_own_profile(folder, tmp_path, capsys):
    assert (_element_score(folder, "2024-06", "CI001"), _element_score(folder, "2024-09", "CI001")) == (
        "light_green", "green")
    for revision in ("2024-06", "2024-09"):
        assert main(["review", str(folder), "--out", str(tmp_path / revision), "--revision", revision,
                     "--profile", str(OWN)]) == 0
    assert capsys.readouterr().err == ""  # each document's own profile was found: nothing to note
    assert _score_of(tmp_path / "2024-06", "CI001") == ("Light green", "#92D050")  # the default's, not the file's
    assert _score_of(tmp_path / "2024-09", "CI001") == ("Green", "#00B050")


def test_a_profile_file_not_given_is_named_in_a_note(folder, tmp_path, capsys):
    assert main(["review", str(folder), "--out", str(tmp_path / "site")]) == 0
    err = capsys.readouterr().err
    assert err == (f"council-actions: note: {PLAN.name}: scores and themes read with the generic profile's words: "
                   "profile 'elmbridge_example', which they were ingested with, was not found (give review "
                   "--profile with its file)\n")
