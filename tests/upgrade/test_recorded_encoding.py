"""A source that needed `--encoding` is read again by `upgrade` in the encoding its ingest was given, which its source
record keeps (`read_with`), from its file or, the file gone, from the record's text in that encoding.

Real text: Maidstone's Annual Governance Statement actions for 2013/14 (samples/other_councils/
maidstone_ags_2013_14.txt, its `Council’s` and `30 September 2013 – Review Completed`), saved in Windows-1252 as a
council's older office software saves text (tests/fixtures/upgrade/legacy_encoding/SOURCES.md); its next revision,
2014/15, stays UTF-8, so one folder holds both encodings as a data team's would."""

import hashlib
import json
import shutil
from pathlib import Path

import pytest

import council_actions
from council_actions.upgrade import UpgradeError

ROOT = Path(__file__).resolve().parents[2]
LEGACY = ROOT / "tests" / "fixtures" / "upgrade" / "legacy_encoding" / "maidstone_ags_2013_14_cp1252.txt"
NEXT = ROOT / "samples" / "other_councils" / "maidstone_ags_2014_15.txt"
NAME = "maidstone_ags.txt"  # both revisions under one source name, as docs/revisions.md advises for a renamed plan


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != ".lock"}


def series(tmp_path: Path) -> tuple[Path, Path]:
    """The two revisions ingested and diffed, the legacy file read from a copy that a test may delete."""
    copy = tmp_path / "plans" / LEGACY.name
    copy.parent.mkdir()
    shutil.copy(LEGACY, copy)
    out = tmp_path / "out"
    first = council_actions.ingest([copy], out, revision="2014-03", encoding="cp1252", source_name=NAME)
    assert not first.failures
    council_actions.ingest([NEXT], out, revision="2014-11", source_name=NAME)
    council_actions.diff(out, "2014-03", "2014-11")
    return out, copy


def record(out: Path, revision: str) -> dict[str, object]:
    return json.loads(next((out / "_sources" / revision).glob("[0-9a-f]*.json")).read_text(encoding="utf-8"))


def test_the_source_record_keeps_the_encoding_given(tmp_path):
    out, _ = series(tmp_path)
    legacy, utf8 = record(out, "2014-03"), record(out, "2014-11")
    assert (legacy["read_with"], utf8["read_with"]) == ({"encoding": "cp1252"}, {"encoding": None})
    assert "Council’s approach" in str(legacy["text"])  # read right: byte 0x92 is a right quote in cp1252


def test_upgrade_reads_it_again_in_that_encoding(tmp_path):
    out, _ = series(tmp_path)
    before = snapshot(out)
    done = council_actions.upgrade(out)  # fails on the code before: the cp1252 file read as UTF-8
    assert (done.revisions, done.documents, done.diffs, done.notes) == (("2014-03", "2014-11"), 2,
                                                                        (("2014-03", "2014-11"),), ())
    assert snapshot(out) == before  # this version's folder, read again as it was read: the same bytes


def test_the_file_gone_it_is_read_from_its_record_in_that_encoding(tmp_path):
    out, copy = series(tmp_path)
    before = snapshot(out)
    copy.unlink()
    done = council_actions.upgrade(out)
    assert done.notes == (f"2014-03/{NAME}: read from the text its record holds ({copy} is gone)",)
    assert snapshot(out) == before
    assert record(out, "2014-03")["path"] == str(copy)


def test_a_record_whose_encoding_does_not_give_the_bytes_is_named(tmp_path):
    out, copy = series(tmp_path)
    copy.unlink()
    path = next((out / "_sources" / "2014-03").glob("[0-9a-f]*.json"))
    fields = json.loads(path.read_text(encoding="utf-8"))
    fields["read_with"] = {"encoding": None}  # as an earlier version recorded it: its text in UTF-8 is other bytes
    path.write_text(json.dumps(fields, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    with pytest.raises(UpgradeError) as raised:
        council_actions.upgrade(out)
    assert str(raised.value).startswith(f"2014-03/{NAME}: its source {copy} is gone (document ")
