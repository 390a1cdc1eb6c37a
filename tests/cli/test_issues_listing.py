"""The `issues` command's text listing as a data team reads it each day: every row says where (document, page and
lines), which code, and what the message says, shortened as the text is; --json keeps every field whole.

The message is what a row is for: a repaired heatmap id's row says what `C1002` was read as, and the codes that
quote no text (council_given, council_not_printed: the whole document) say what was done or what to do, not only a
document, a line range and a code.
"""

from __future__ import annotations

import json
import re

import pytest

from council_actions.cli import issues as listing
from council_actions.cli import main
from council_actions.issue_codes import ISSUE_CODES
from tests.conftest import SAMPLES

GRAVESHAM = SAMPLES / "other_councils" / "gravesham_peer_challenge_action_plan_2020.txt"


def _row(code: str, message: str) -> dict[str, object]:
    """An issue as bare as the ledger writes one: no element, no text quoted, the whole document's lines."""
    return {"revision": "r1", "source_name": "gravesham_peer_challenge_action_plan_2020.txt", "document_id": "ed59",
            "severity": "warning", "code": code, "stage": "parse", "element_id": None, "field": None,
            "source_page": None, "line_start": 1, "line_end": 22, "message": message, "raw_text": ""}


@pytest.mark.parametrize("code", ISSUE_CODES)
def test_every_code_gives_a_row_with_where_code_and_message(code, capsys, monkeypatch):
    """Each code of the catalogue, its issue quoting no text: the row still names the document, its lines, the code
    and the message (here the code's description, as long as the longest messages: shortened with an ellipsis)."""
    message = ISSUE_CODES[code].description
    monkeypatch.setattr(listing.api, "latest_revision", lambda out, revision: "r1")
    monkeypatch.setattr(listing.api, "issues", lambda *args: [_row(code, message)])
    assert main(["issues", "out"]) == 0
    header, row, *under = capsys.readouterr().out.splitlines()[1:]
    shown = message if len(message) <= listing.MESSAGE_WIDTH else message[: listing.MESSAGE_WIDTH - 1] + "…"
    assert header.split() == ["document", "where", "severity", "code", "element", "message", "text"]
    assert row.split("  ")[1:4] == ["gravesham_peer_challenge_action_plan_2020.txt", "lines 1-22", "warning"]
    assert f"  {code}  " in row and row.rstrip().endswith(f"  {' '.join(shown.split())}")
    # a message its column cuts is printed whole on a line of its own under the row
    assert under == ([] if shown == message else [f"      message: {' '.join(message.split())}"])


@pytest.fixture(scope="module")
def council_given(tmp_path_factory):
    """Gravesham's plan prints no council name: a manifest gives it, and says so in a council_given issue."""
    out = tmp_path_factory.mktemp("given")
    manifest = out / "manifest.csv"
    manifest.write_text(f"path,council\n{GRAVESHAM},Gravesham Borough Council\n", encoding="utf-8")
    assert main(["ingest", "--manifest", str(manifest), "--out", str(out / "out"), "--revision", "r1", "--jobs", "1",
                 "-q"]) == 0
    return out / "out"


def test_a_council_given_row_says_whose_council_and_from_where(council_given, capsys):
    capsys.readouterr()
    assert main(["issues", str(council_given), "--code", "council_given"]) == 0
    rows = capsys.readouterr().out.splitlines()[2:]
    assert len(rows) == 2 and rows[0].split("  ")[1:3] == ["gravesham_peer_challenge_action_plan_2020.txt",
                                                            "lines 1-22"]
    assert rows[0].rstrip().endswith("  council_given           documents.council 'Gravesham Borough Council' is "
                                     "given by m…")
    assert main(["issues", str(council_given), "--code", "council_given", "--json"]) == 0
    whole = json.loads(capsys.readouterr().out)["issues"][0]["message"]
    assert whole == ("documents.council 'Gravesham Borough Council' is given by manifest.csv line 2; no council name "
                     "is printed in the document's title lines")
    assert rows[1] == f"      message: {whole}"  # the row cuts it at the manifest's name: whole under it


def test_a_row_gives_the_message_beside_the_text_it_quotes(council_given, capsys):
    """Gravesham's web page's line 7, outside the plan's table: the row says so, then quotes it."""
    capsys.readouterr()
    assert main(["issues", str(council_given), "--code", "unplaced_text"]) == 0
    row = next(r for r in capsys.readouterr().out.splitlines() if "  line 7  " in r)
    assert re.split(r"\s{2,}", row)[-2:] == ["text outside the plan table", "Last updated on: 09-Apr-2021"]


def test_the_advice_ending_a_long_message_is_printed(tmp_path, capsys):
    """Gravesham's plan read with the generic profile and no manifest: no council is printed or given, and the
    council_not_printed message ends with what to do, which the message column (MESSAGE_WIDTH) cuts off: the
    listing gives that advice whole, not `no council name is printed in the document's title lines an…`."""
    out = str(tmp_path / "out")
    assert main(["ingest", str(GRAVESHAM), "--profile", "generic", "--out", out, "--revision", "r1", "--jobs", "1",
                 "-q"]) == 0
    capsys.readouterr()
    assert main(["issues", out, "--code", "council_not_printed"]) == 0
    row, under = capsys.readouterr().out.splitlines()[2:]
    assert row.split("  ")[1:3] == ["gravesham_peer_challenge_action_plan_2020.txt", "lines 1-22"]
    assert row.rstrip().endswith("no council name is printed in the document's title lines an…")
    assert under.startswith("      message: no council name is printed in the document's title lines and the ")
    assert under.endswith("documents.council is left empty (give --profile, or the file's council in --manifest)")


def test_every_revision_names_each_rows_revision(tmp_path, capsys):
    """`--revision '*'` over Maidstone's governance plans of 2013/14 and 2015-16: each row says its revision (a data
    team's folder holds one plan under the same name revision after revision), and the count line says every
    revision, not `revision *`. Their unknown owners, checked by hand: 2013/14's `Anna Collier, Project Manager`
    (line 17) and `David Edwards Project Sponsor` (line 19); 2015-16's `Learning and Development Manager` (line
    61); and four actions printing a progress note and no status (2013/14's second at lines 23-29, `A corporate
    governance working group has been set up ...`, and each of 2015-16's three). Before: the rows named no
    revision, under `3 extraction issues in revision *`."""
    from tests.diff.real_sources import ingest_by_cli

    out = tmp_path / "out"
    ingest_by_cli(out, "maidstone_ags_2013_14.txt", "2013-12")
    ingest_by_cli(out, "maidstone_ags_2015_16.txt", "2015-12")
    capsys.readouterr()
    assert main(["issues", str(out), "--revision", "*"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "7 extraction issues in every revision; 4 progress_without_status; 3 unknown_owner"
    assert lines[1].split()[:3] == ["revision", "document", "where"]
    assert [line.split()[:4] for line in lines[2::2]] == [
        ["2013-12", "maidstone_ags_2013_14.txt", "line", "17"], ["2013-12", "maidstone_ags_2013_14.txt", "line", "19"],
        ["2013-12", "maidstone_ags_2013_14.txt", "lines", "23-29"],
        ["2015-12", "maidstone_ags_2015_16.txt", "lines", "11-23"], ["2015-12", "maidstone_ags_2015_16.txt", "lines", "25-34"],
        ["2015-12", "maidstone_ags_2015_16.txt", "lines", "36-61"], ["2015-12", "maidstone_ags_2015_16.txt", "line", "61"]]
