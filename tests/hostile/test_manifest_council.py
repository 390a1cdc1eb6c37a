"""A manifest's council holding characters that print nothing: refused with the row's line, before anything is
written, as every other problem of a manifest is (council_actions/manifest.py)."""

from __future__ import annotations

import pytest

from council_actions.cli import main
from tests.conftest import THEME_7

UNSEEN = [("escape_and_nul", "Bad\x1b[31mCouncil\x00X", "'Bad\\x1b[31mCouncil\\x00X'", "U+0000, U+001B"),
          ("quoted_line_break", '"Runnymede\nBorough Council"', "'Runnymede\\nBorough Council'", "U+000A"),
          ("zero_width_space", "Runnymede\u200b Borough Council", "'Runnymede\\u200b Borough Council'", "U+200B")]


@pytest.mark.parametrize("name, council, shown, codes", UNSEEN, ids=[case[0] for case in UNSEEN])
def test_a_council_with_characters_that_print_nothing_is_a_manifest_problem(tmp_path, capfd, name, council, shown,
                                                                             codes):
    """Written as given, `documents.council` held the escape and the NUL (or the line break, the zero-width
    space): a key a BI tool groups by, where two councils that print alike are two. Now the row is refused."""
    (tmp_path / "plan.txt").write_bytes(THEME_7.read_bytes())
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(f"path,council\nplan.txt,{council}\n", encoding="utf-8")
    out = tmp_path / "out"
    capfd.readouterr()
    assert main(["ingest", "--manifest", str(manifest), "--out", str(out), "--revision", "r1", "--jobs", "1"]) == 2
    assert capfd.readouterr().err.splitlines() == [
        f"council-actions: error: {manifest} line 2: council {shown} holds characters that print nothing ({codes}): "
        "type it again"]
    assert not out.exists()
