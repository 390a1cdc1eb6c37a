"""`revisions` shows the date it orders each revision by, so an order that surprises says why.

Maidstone's governance action plan as a data team labels it (samples/other_councils/): 2013/14's page as `2014-03`
(the label's date), 2014-15's as `2014-15` with `--revision-date 2014-11-01` (a financial year's label is no one day),
and 2015-16's as `2015-16` with no date given. The last is listed first, undated, though it is the newest page: before,
the labels alone gave no hint why, and `diff` without `--from` compared the wrong pair.
"""

from __future__ import annotations

import json

from council_actions.cli import main
from tests.diff.real_sources import OTHER

INGESTS = [("maidstone_ags_2013_14.txt", "2014-03", ()), ("maidstone_ags_2014_15.txt", "2014-15",
                                                           ("--revision-date", "2014-11-01")),
           ("maidstone_ags_2015_16.txt", "2015-16", ())]


def _folder(tmp_path):
    out = tmp_path / "out"
    for name, label, dated in INGESTS:
        assert main(["ingest", str(OTHER / name), "--out", str(out), "--revision", label, *dated, "--jobs", "1",
                     "-q"]) == 0
    return out


def test_each_revision_is_listed_with_the_date_it_is_ordered_by(tmp_path, capsys):
    out = _folder(tmp_path)
    capsys.readouterr()
    assert main(["revisions", str(out)]) == 0
    assert capsys.readouterr().out.splitlines() == ["revision  revision_date  diffed_from",
                                                    "2015-16   undated",
                                                    "2014-03   2014-03-01",
                                                    "2014-15   2014-11-01"]
    assert main(["revisions", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "revisions": ["2015-16", "2014-03", "2014-15"], "latest": "2014-15",
        "revision_dates": {"2015-16": None, "2014-03": "2014-03-01", "2014-15": "2014-11-01"},
        "diffed_from": {"2015-16": None, "2014-03": None, "2014-15": None}}
