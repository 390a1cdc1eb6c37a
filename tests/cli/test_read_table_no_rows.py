"""`read-table` of a diff's table where no diff wrote it says so, and which diff writes it, instead of printing nothing.

East Cambridgeshire's local government reorganisation timeline, two stored revisions of one page
(samples/other_councils/east_cambridgeshire_lgr_timeline_bullets.txt, then ..._dashes.txt), ingested as a data team
reads them. Checked by hand against both pages: the later one adds the Full Council meeting under 2025 and dates the
final proposal "(28 November 2025)" where the earlier printed "(November 2025)": two changes, nothing else. Before,
`read-table OUT changes` ahead of any diff was the bare `no changes table`, and the lineage of the first revision
(which no diff writes into) or of a revision not yet diffed printed nothing at all, exit 0.
"""

from __future__ import annotations

import csv

from council_actions.cli import main
from tests.diff.real_sources import OTHER


def _ingest(out, name, revision):
    assert main(["ingest", str(OTHER / name), "--out", str(out), "--revision", revision, "--jobs", "1", "-q"]) == 0


def test_a_diff_table_without_rows_names_the_diff_that_writes_them(tmp_path, capsys):
    out = tmp_path / "out"
    _ingest(out, "east_cambridgeshire_lgr_timeline_bullets.txt", "2025-06")
    _ingest(out, "east_cambridgeshire_lgr_timeline_dashes.txt", "2025-12")
    capsys.readouterr()
    assert main(["read-table", str(out), "changes"]) == 1
    assert capsys.readouterr().err == (f"council-actions: error: {out}: no changes table (a diff writes its rows under "
                                       f"the later of the two revisions it compares: council-actions diff {out})\n")
    assert main(["diff", str(out)]) == 0
    capsys.readouterr()
    assert main(["read-table", str(out), "changes", "--csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert [(r["change"], r["before"], r["after"]) for r in rows] == [
        ("deadline_moved", "2025-11-30", "2025-11-28"),
        ("action_added", "", "Full Council meeting to finalise which proposal will be submitted to national "
                             "government")]
    assert main(["read-table", str(out), "action_lineage", "--revision", "2025-06"]) == 0
    printed = capsys.readouterr()
    assert printed.out == "" and printed.err == (
        "council-actions: note: no action_lineage rows in revision 2025-06 (a diff writes its rows under the later of "
        "the two revisions it compares; 2025-06 is the first revision, compared with none)\n")
    _ingest(out, "east_cambridgeshire_lgr_timeline_dashes.txt", "2026-01")
    capsys.readouterr()
    assert main(["read-table", str(out), "changes", "--csv"]) == 0
    printed = capsys.readouterr()
    assert printed.out.count("\n") == 1 and printed.err == (  # the header alone
        "council-actions: note: no changes rows in revision 2026-01 (a diff writes its rows under the later of the two "
        f"revisions it compares: council-actions diff {out} --to 2026-01)\n")
