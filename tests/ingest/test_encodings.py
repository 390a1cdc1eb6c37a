"""Text as councils' tools save it: UTF-16 without a byte-order mark, CR-only and mixed line endings, stray
control characters. Each must read as the UTF-8 original does, or say what it removed."""

from __future__ import annotations

import pytest
from council_actions.ingest import read_document
from council_actions.parsers import parse_document

from council_actions.issues import StageError
from tests.conftest import PLAN, THEME_7


def records(path, profile, encoding=None):
    parsed = parse_document(read_document(path, encoding), profile)
    return ([(t.theme_no, t.theme_name) for t in parsed.themes], [(c.element_id, c.score) for c in parsed.heatmap],
            [s.text for s in parsed.statements], [(a.element_id, a.action) for a in parsed.actions])


@pytest.fixture(scope="module")
def original(profile):
    return records(THEME_7, profile)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_reads_as_the_utf8_original(tmp_path, profile, original, encoding):
    path = tmp_path / "theme.txt"
    path.write_bytes(THEME_7.read_text(encoding="utf-8").encode(encoding))
    assert records(path, profile) == original
    assert original[2], "the sample has statements to compare"


def test_encoding_option_rescues_utf16_the_sniffer_cannot_see(tmp_path):
    path = tmp_path / "cyrillic.txt"
    path.write_bytes("Тема 1 — Культура\n".encode("utf-16-le"))  # no Latin letters: no NUL pattern to see
    with pytest.raises(StageError, match="binary file"):
        read_document(path)
    assert read_document(path, "utf-16-le").text == "Тема 1 — Культура\n"


@pytest.mark.parametrize("ending", [b"\r", b"\r\n"])
def test_cr_only_and_windows_line_endings_read_as_newlines(tmp_path, profile, original, ending):
    path = tmp_path / "theme.txt"
    path.write_bytes(THEME_7.read_bytes().replace(b"\n", ending))
    assert records(path, profile) == original


def test_mixed_line_endings(tmp_path, profile, original):
    lines = THEME_7.read_bytes().split(b"\n")
    path = tmp_path / "theme.txt"
    path.write_bytes(b"".join(line + (b"\r", b"\r\n", b"\n")[i % 3] for i, line in enumerate(lines))[:-1])
    assert records(path, profile) == original


def test_control_characters_are_removed_from_values_and_reported(tmp_path, profile):
    data = PLAN.read_bytes()
    at = data.index(b"\n", 9000) + 1  # past the binary sniff's 8 KiB: the start of a line
    line_no = data[:at].count(b"\n") + 1
    end = data.index(b"\n", at)
    dirty = data[:at + 3] + b"\x00\x1b" + data[at + 3:]
    path = tmp_path / "plan.txt"
    path.write_bytes(dirty)
    document = read_document(path)
    assert "\x00" not in document.text and "\x1b" not in document.text
    assert document.text == read_document(PLAN).text
    [issue] = document.issues
    assert (issue.code, issue.span.line_start) == ("control_characters", line_no)
    assert issue.message == f"removed 2 characters that print nothing or control the terminal (U+0000, U+001B) from line {line_no}"
    assert issue.raw_text == dirty[at:end + 2].decode().replace("\x00", "\\x00").replace("\x1b", "\\x1b")
    assert records(path, profile) == records(PLAN, profile)
