"""An owner's `confirmed` in a profile is true or false, never text read by its truth.

Runnymede's profile marks one title as the council's usual expansion, not confirmed by the documents
(`CHoCSDCS`, `confirmed = false`): its owners' rows carry `title_confirmed` false, so an auditor checks the title.
Written `confirmed = "false"` (quoted, as a CSV-minded editor writes it), Python's truth made the text true and the
title was written as confirmed without a word. Such a profile is refused, naming its line, as its other fields are.
"""

from __future__ import annotations

import pytest

from council_actions.cli import main
from council_actions.profile import load_profile
from council_actions.profile_fields import ProfileError
from tests.conftest import ROOT

RUNNYMEDE = ROOT / "council_actions" / "profiles" / "runnymede.toml"
UNCONFIRMED = 'key = "CHoCSDCS"\ntitle = "Corporate Head of Customer, Digital and Collection Services"\n' \
              'kind = "person"\nconfirmed = false\n'


def _quoted(tmp_path):
    text = RUNNYMEDE.read_text(encoding="utf-8")
    assert UNCONFIRMED in text
    path = tmp_path / "our_council.toml"
    path.write_text(text.replace(UNCONFIRMED, UNCONFIRMED.replace("confirmed = false", 'confirmed = "false"')),
                    encoding="utf-8")
    before = text[:text.index(UNCONFIRMED)]
    return path, before.count("[[owners]]"), before.count("\n")  # the entry's number and its [[owners]] line


def test_the_shipped_false_is_read_as_false():
    owners = {owner.key: owner for owner in load_profile("runnymede").owners}
    assert owners["CHoCSDCS"].confirmed is False
    assert owners["CHoHROD"].confirmed is True  # left out: confirmed


def test_a_quoted_false_is_refused_naming_its_line(tmp_path):
    path, entry, line = _quoted(tmp_path)
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value) == f"{path}:{line}: owners[{entry}].confirmed must be true or false (no quotes)"


def test_ingest_with_such_a_profile_is_wrong_usage(tmp_path, capsys):
    path, _, _ = _quoted(tmp_path)
    plan = ROOT / "samples" / "004_d0d661fda207b69c.txt"
    assert main(["ingest", str(plan), "--profile", str(path), "--out", str(tmp_path / "out"), "-q"]) == 2
    assert ".confirmed must be true or false" in capsys.readouterr().err
    assert not (tmp_path / "out" / "actions").exists()
