"""`read-table action_lineage --revision '*'` reads each document's files a fixed number of times, however many
revisions the folder holds: the lineage checks (diff/lineage_state.py) once read every revision's documents for
their dates per revision they asked about, so a national folder's cost grew with the square of its revisions
(benchmarks/lineage.py measures it). Now the dates and source names come from each revision's index
(output/sources.py), and no documents file is opened at all.

Real revisions: Maidstone's governance action plan 2013/14, 2014-15 and 2015-16, then the 2015-16 page published
again in two later revisions (a council republishing its plan unchanged), each pair diffed in order.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

from council_actions.cli import main
from tests.diff.real_sources import ingest_by_cli

SERIES = {"2013-12": "maidstone_ags_2013_14.txt", "2014-11": "maidstone_ags_2014_15.txt",
          "2015-12": "maidstone_ags_2015_16.txt", "2016-06": "maidstone_ags_2015_16.txt",
          "2016-12": "maidstone_ags_2015_16.txt"}


def _reads(out: Path, monkeypatch, capsys) -> Counter[str]:
    """How often each table file is opened while the lineage of every revision is read, with its notes."""
    opened: Counter[str] = Counter()
    real = pq.ParquetFile

    def counting(source, *args, **kwargs):
        opened[str(source)] += 1
        return real(source, *args, **kwargs)

    monkeypatch.setattr(pq, "ParquetFile", counting)
    assert main(["read-table", str(out), "action_lineage", "--revision", "*", "--csv"]) == 0
    monkeypatch.undo()
    assert capsys.readouterr().err == ""  # a whole chain: no note
    return Counter({path.removeprefix(f"{out}/"): n for path, n in opened.items() if path.startswith(f"{out}/")})


def test_each_document_is_read_as_often_with_five_revisions_as_with_three(tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    counts = []
    for number, (revision, name) in enumerate(SERIES.items()):
        ingest_by_cli(out, name, revision)
        if number:
            assert main(["diff", str(out), "--to", revision, "--profile", "maidstone"]) == 0
        if number + 1 in (3, 5):
            counts.append(_reads(out, monkeypatch, capsys))
    three, five = counts
    # before: 8 reads of each documents file with three revisions, 12 with five; then 2 (their source names)
    assert not any(path.startswith("documents/") for path in [*three, *five])
    actions = [Counter({p: n for p, n in reads.items() if p.startswith("actions/")}) for reads in counts]
    assert len(actions[0]) == 3 and len(actions[1]) == 5
    assert max(actions[1].values()) == max(actions[0].values())
