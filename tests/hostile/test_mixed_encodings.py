"""A UTF-8 file holding lines of another encoding (a paragraph pasted from a cp1252 document): no one encoding reads
it. The refusal advised `--encoding cp1252`, which reads the theme page without a complaint and turns each of its
UTF-8 apostrophes and bullets into three wrong characters (`â€™`, `â€¢`) in the tables. Now the refusal says the file
mixes encodings and names the lines to save again; a file wholly in another encoding keeps the advice."""

from __future__ import annotations

import pytest

from council_actions.cli import main
from tests.conftest import THEME_6, THEME_7


def pasted_in_cp1252(lines: list[int]) -> bytes:
    """Theme 7's page (UTF-8: its apostrophes and bullets are past ASCII) with `(café)` in cp1252 at the end of each
    of `lines` (from 1)."""
    text = THEME_7.read_bytes().split(b"\n")
    for number in lines:
        text[number - 1] += " (café)".encode("cp1252")
    return b"\n".join(text)


MIXED = [("one_line", [12], "save line 12 as UTF-8"),
         ("seven_lines", [5, 7, 9, 11, 12, 13, 15], "save lines 5, 7, 9, 11, 12, ... as UTF-8")]


@pytest.mark.parametrize("lines, save", [case[1:] for case in MIXED], ids=[case[0] for case in MIXED])
def test_a_utf8_file_with_lines_of_cp1252_is_named_as_mixed(tmp_path, capfd, lines, save):
    out = tmp_path / "out"
    assert main(["ingest", str(THEME_6), "--out", str(out), "--revision", "r0", "--jobs", "1", "-q"]) == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and "_journal" not in p.parts}
    plans = tmp_path / "plans"
    plans.mkdir()
    data = pasted_in_cp1252(lines)
    (plans / "mixed.txt").write_bytes(data)
    (plans / "theme.txt").write_bytes(THEME_6.read_bytes())
    capfd.readouterr()
    assert main(["ingest", str(plans), "--out", str(out), "--revision", "r1", "--jobs", "1", "-q"]) == 1
    assert capfd.readouterr().err.splitlines() == [
        f"council-actions: error: {plans / 'mixed.txt'}: ingest: not valid utf-8 text: byte 0xe9 at offset "
        f"{data.index(b'caf') + 3}; the rest is UTF-8, so the file mixes encodings: {save} (no --encoding reads both)"]
    assert sorted(p.name for p in (out / "documents" / "r1").iterdir()) == sorted(
        p.name for p in (out / "documents" / "r0").iterdir())  # the good page landed
    assert {p: p.read_bytes() for p in before} == before


def test_a_file_wholly_in_cp1252_keeps_the_advice_to_name_it(tmp_path, capfd):
    """Text with no UTF-8 character past ASCII: --encoding reads it, as the message says."""
    cp1252 = tmp_path / "cp1252.txt"
    cp1252.write_bytes(THEME_7.read_text(encoding="utf-8").encode("cp1252"))
    capfd.readouterr()
    assert main(["ingest", str(cp1252), "--out", str(tmp_path / "out"), "--revision", "r1", "--jobs", "1"]) == 1
    assert capfd.readouterr().err.splitlines()[0].endswith(
        "(pass --encoding, e.g. --encoding cp1252, if you know the file's encoding)")
