"""`diff` reads each revision's owners with the very profile it was ingested with, or says why not.

Maidstone's governance action plan, 2014-15 then 2015-16 (samples/other_councils/), as in test_revision_profiles: the
2014-15 plan ingested in a national run under the generic profile keeps its owner as printed (`Angela Woodhouse,
Head of Policy and Communications`), the 2015-16 plan, ingested under the council's own profile, keys the post its
glossary knows (`HoPC`). Here the council's profile is a file of the team's own, not the built-in one:

- outside the package (`our_council.toml`): documents.profile holds its stem alone, which finds no file again;
- named as a built-in one is (`runnymede.toml`): its stem finds the built-in Runnymede profile, another glossary.

Neither may be read silently with other words than at ingest (two owners_changed, and nothing said):
documents.profile_sha256 records the text ingested with, `diff --profile FILE` gives the file again, and without it
the report names the revision whose owners are read with other words, in text and --json.
"""

from __future__ import annotations

import hashlib
import json
import shutil

import pyarrow.parquet as pq
import pytest
from council_actions.diff.glossaries import ReadWith, read_with

from council_actions.cli import main
from council_actions.profile import load_profile
from tests.conftest import ROOT
from tests.diff.real_sources import OTHER

MAIDSTONE = ROOT / "council_actions" / "profiles" / "maidstone.toml"


def _two_revisions(tmp_path, profile_file):
    """2014-15 under the generic profile (council from a manifest), 2015-16 under the council's own profile file."""
    manifest = tmp_path / "national.csv"
    manifest.write_text(f"path,council\n{OTHER / 'maidstone_ags_2014_15.txt'},Maidstone Borough Council\n",
                        encoding="utf-8")
    out = tmp_path / "out"
    assert main(["ingest", "--manifest", str(manifest), "--profile", "generic", "--out", str(out), "--revision",
                 "2015-03", "--jobs", "1", "-q"]) == 0
    assert main(["ingest", str(OTHER / "maidstone_ags_2015_16.txt"), "--profile", str(profile_file), "--out",
                 str(out), "--revision", "2016-03", "--jobs", "1", "-q"]) == 0
    return out


def _diff(capsys, out, *options):
    capsys.readouterr()
    assert main(["diff", str(out), *options]) == 0
    text = capsys.readouterr().out
    assert main(["diff", str(out), "--json", *options]) == 0
    return text.splitlines(), json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module")
def own_file(tmp_path_factory):
    """Maidstone's profile as the council's team keeps it, outside the package, with a line of their own."""
    folder = tmp_path_factory.mktemp("own")
    profile = folder / "our_council.toml"
    profile.write_text("# Maidstone's own copy\n" + MAIDSTONE.read_text(encoding="utf-8"), encoding="utf-8")
    return profile


def test_the_text_of_the_profile_is_recorded_on_the_documents_row(tmp_path, own_file):
    out = _two_revisions(tmp_path, own_file)
    rows = pq.read_table(out / "documents" / "2016-03").to_pylist()
    assert [(r["profile"], r["profile_sha256"]) for r in rows] == \
        [("our_council", hashlib.sha256(own_file.read_bytes()).hexdigest())]
    earlier = pq.read_table(out / "documents" / "2015-03").to_pylist()
    assert [r["profile_sha256"] for r in earlier] == [load_profile("generic").digest]


def test_a_profile_file_outside_the_package_is_given_again_or_named(tmp_path, own_file, capsys):
    out = _two_revisions(tmp_path, own_file)
    lines, report = _diff(capsys, out)
    note = ("revision 2016-03, 1 of its documents: owners read with the generic profile's words: profile 'our_council', "
            "which they were ingested with, was not found (give diff --profile with its file)")
    assert lines[1] == f"note: {note}" and report["owners_notes"] == [note]
    assert report["counts"]["owners_changed"] == 2  # HoPC unknown to the generic words: said, not silent
    lines, report = _diff(capsys, out, "--profile", str(own_file))
    assert report["owners_notes"] == [] and not any(line.startswith("note:") for line in lines)
    assert report["counts"]["owners_changed"] == 0 and report["lineage"]["same"] == 2


def test_a_profile_of_a_built_in_ones_name_is_not_taken_for_it(tmp_path, own_file, capsys):
    """The team's file named runnymede.toml: its stem finds the built-in Runnymede profile, whose text differs."""
    clash = tmp_path / "council" / "runnymede.toml"
    clash.parent.mkdir()
    shutil.copy(own_file, clash)
    out = _two_revisions(tmp_path, clash)
    lines, report = _diff(capsys, out)
    note = ("revision 2016-03, 1 of its documents: owners read with the built-in profile runnymede, whose text is not "
            "that of the 'runnymede' they were ingested with (give diff --profile with its file)")
    assert lines[1] == f"note: {note}" and report["owners_notes"] == [note]
    assert report["counts"]["owners_changed"] == 2
    _, report = _diff(capsys, out, "--profile", str(clash))
    assert report["owners_notes"] == [] and report["counts"]["owners_changed"] == 0


def test_the_profile_of_the_same_text_is_read_whatever_its_name():
    """A file found by its text: a copy of a built-in profile, or a built-in one given by its path or its name."""
    maidstone = load_profile("maidstone")
    assert read_with("maidstone", maidstone.digest) == ReadWith("maidstone")
    assert read_with("our_council", maidstone.digest, (maidstone,)) == ReadWith("maidstone")
    assert read_with("maidstone", "0" * 64).note is not None  # recorded text of another file: said
    # a folder written before the text was recorded: by its name where one is found, said unless given by that name
    assert read_with("maidstone", None).profile == "maidstone" and read_with("maidstone", None).note is not None
    assert read_with("maidstone", None, (maidstone,)) == ReadWith("maidstone")
    assert read_with("our_council", None).profile == "generic" and read_with("our_council", None).note is not None
    assert read_with("generic", None).profile == "generic" and read_with("generic", None).note is not None


def _written_before_the_text_was_recorded(out):
    """The folder as versions before documents.profile_sha256 wrote it: its documents rows without the column."""
    for path in (out / "documents").glob("*/*.parquet"):
        table = pq.read_table(path)
        pq.write_table(table.drop_columns(["profile_sha256"]), path)


def test_a_folder_written_before_the_text_was_recorded_says_so_and_takes_the_file(tmp_path, own_file, capsys):
    """The team's Maidstone file named runnymede.toml, in a folder an earlier version wrote: read by the name alone,
    the built-in Runnymede glossary makes the council's post `HoPC` two owner changes, so the report says how each
    revision's owners were read, and given the file the changes go."""
    clash = tmp_path / "council" / "runnymede.toml"
    clash.parent.mkdir()
    shutil.copy(own_file, clash)
    out = _two_revisions(tmp_path, clash)
    _written_before_the_text_was_recorded(out)
    lines, report = _diff(capsys, out)
    unrecorded = ("read with the built-in profile {0} as it is now, by its name alone: ingested before the profile's "
                  "text was recorded (give diff --profile with the file they were ingested with, or --profile {0} to "
                  "take the built-in one)")
    notes = [f"revision 2015-03, 1 of its documents: owners {unrecorded.format('generic')}",
             f"revision 2016-03, 1 of its documents: owners {unrecorded.format('runnymede')}"]
    assert lines[1:3] == [f"note: {note}" for note in notes] and report["owners_notes"] == notes
    assert report["counts"]["owners_changed"] == 2
    lines, report = _diff(capsys, out, "--profile", str(clash), "--profile", "generic")
    assert report["owners_notes"] == [] and not any(line.startswith("note:") for line in lines)
    assert report["counts"]["owners_changed"] == 0 and report["lineage"]["same"] == 2
