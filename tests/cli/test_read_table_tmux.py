"""`read-table` on a real terminal, not a mocked one: the command run in a tmux pane (Debian's tmux) 80 and 200
columns wide, and the screen read back as a person sees it (`capture-pane`), joined where tmux wrapped a line.

Maidstone's governance action plan 2013/14, 2014-15 and 2015-16 (samples/other_councils/maidstone_ags_*.txt), each
its own revision, diffed in order, checked by hand against the pages: 2014-15 keeps `Embedding Corporate Governance
and Ensuring Best Practice is identified` word for word (same) and drops 2013/14's `Corporate Leadership Team have
identified a need to Review the Council's approach to Information Management` (removed); 2015-16 prints both of
2014-15's issues again and adds `Communication and Engagement of the New Strategic Plan`, owned by the Head of
Policy and Communications and the Learning and Development Manager (line 61), due `Action plan covers 2015-16`
(31 March 2016). None of the three prints an element id or a section.

Before: at 80 columns `action_lineage` showed ids only, not `match`, and `actions` its ids only, not one word of an
action; at 200, `actions` spent columns on element_id, section and section_path, empty in every row.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid

import pytest

from council_actions.cli import main
from tests.diff.real_sources import ingest_by_cli

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (Debian: apt-get install tmux)")
SERIES = {"2013-12": "maidstone_ags_2013_14.txt", "2014-11": "maidstone_ags_2014_15.txt",
          "2015-12": "maidstone_ags_2015_16.txt"}
DONE = "read-table-finished"


@pytest.fixture(scope="module")
def series(tmp_path_factory):
    out = tmp_path_factory.mktemp("tmux") / "out"
    for number, (revision, name) in enumerate(SERIES.items()):
        ingest_by_cli(out, name, revision)
        if number:
            assert main(["diff", str(out), "--to", revision, "--profile", "maidstone"]) == 0
    return out


def _screen(width: int, *args: str) -> list[str]:
    """The pane's lines once `council-actions read-table ARGS` has run in a tmux pane `width` columns wide (stdout
    and stderr, as a person sees them), each line tmux wrapped joined again."""
    socket = f"council-actions-test-{uuid.uuid4().hex}"  # a server of its own, never a person's tmux
    command = shlex.join([sys.executable, "-m", "council_actions.cli", "read-table", *args])
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TMUX")}  # the pane's own size
    tmux = [str(TMUX), "-L", socket, "-f", "/dev/null"]
    subprocess.run([*tmux, "new-session", "-d", "-x", str(width), "-y", "60", "sh", "-c",
                    f"{command}; echo {DONE}; sleep 600"], check=True, env=env)
    try:
        deadline = time.monotonic() + 300  # a loaded machine: the command's start-up can take long
        while time.monotonic() < deadline:
            shown = subprocess.run([*tmux, "capture-pane", "-p", "-J"], check=True, capture_output=True,
                                   text=True).stdout.splitlines()
            if DONE in shown:
                return [line.rstrip() for line in shown[:shown.index(DONE)]]
            time.sleep(0.5)
        raise AssertionError(f"read-table did not finish in the pane: {shown}")
    finally:
        subprocess.run([*tmux, "kill-server"], check=False)


def _rows(lines: list[str]) -> list[list[str]]:
    return [line.split() for line in lines if not line.startswith("council-actions: ")]


def test_lineage_at_80_columns_shows_each_match(series):
    lines = _screen(80, str(series), "action_lineage", "--revision", "*")
    rows = _rows(lines)
    assert rows[0] == ["revision", "document_id", "action_id", "match", "previous_action_id"]
    assert [row[0] for row in rows[1:]] == ["2014-11"] * 3 + ["2015-12"] * 3
    at = lines[0].index("match")
    assert [line[at:].split()[0] for line in lines[1:7]] == ["added", "same", "removed", "same", "same", "added"]
    assert lines[3].split()[-2:] == ["removed", "action-b1f36e236305"]  # 2013/14's review: what it was
    assert max(len(line) for line in lines if not line.startswith("council-actions: ")) <= 80
    assert lines[-1].startswith("council-actions: note: 5 of 25 columns shown, to fit the terminal")


def test_actions_at_80_columns_show_their_first_words(series):
    lines = _screen(80, str(series), "actions", "--revision", "2015-12")
    assert lines[0].split() == ["revision", "document_id", "action_id", "action"]
    at = lines[0].rindex("action")  # the words, cut to the 35 characters left of the 80
    assert [line[at:] for line in lines[1:4]] == ["Implementation of the Information …",
                                                  "Embedding Corporate Governance and…",
                                                  "Communication and Engagement of th…"]
    assert at == 45 and all(len(line) == 80 for line in lines[1:4])


def test_actions_at_200_columns_leave_out_the_empty_columns(series):
    lines = _screen(200, str(series), "actions", "--revision", "2015-12")
    header = lines[0].split()
    assert header[:7] == ["revision", "document_id", "action_id", "action", "owners", "due_date", "status"]
    assert not {"element_id", "section", "section_path"} & set(header)
    assert "HoPC; Learning and Development Manager  2016-03-31" in lines[3]
    assert max(len(line) for line in lines[:4]) <= 200
    note = next(line for line in lines if line.startswith("council-actions: note: "))
    assert "; empty in every row: element_id, section, section_path, section_line, opportunity and " in note
