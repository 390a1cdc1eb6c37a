"""The ingest summary's totals say `1 action` and `1 warning`, as every other count of the summary does
(council_actions/counted.py).

Maidstone's Biodiversity and Climate Change Action Plan status appendix of 2022 (samples/other_councils/): one
action, 1.1, whole in the stored copy; its SCRAIP of 2014: four actions and one warning. Checked by hand against
the files and `council-actions issues`.
"""

from __future__ import annotations

import pytest

from council_actions.cli import main
from tests.diff.real_sources import OTHER


@pytest.mark.parametrize("name, revision, total, issues", [
    ("maidstone_bccap_status_rag_2022.txt", "2022-02", "total: 1 action, 0 elements, 0 heatmap cells, 0 statements",
     "extraction issues: 0 errors, 3 warnings"),
    # Maidstone's SCRAIP of 2014: one Cabinet response, `Agreed dates have been circulated` (lines 45-57), prints no
    # status (progress_without_status); the governance statement of 2015-16 used here before now warns its three
    ("maidstone_scraip_2014.txt", "2014-01", "total: 4 actions, 0 elements, 0 heatmap cells, 0 statements",
     "extraction issues: 0 errors, 1 warning"),
])
def test_a_total_of_one_is_one_row(tmp_path, capsys, name, revision, total, issues):
    assert main(["ingest", str(OTHER / name), "--out", str(tmp_path), "--revision", revision, "--profile",
                 "maidstone", "--jobs", "1"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert total in printed
    assert f"{issues}; list them: council-actions issues {tmp_path} --revision {revision}" in printed
