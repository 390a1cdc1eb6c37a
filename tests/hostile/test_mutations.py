"""The fuzzing sweep's mutations (tests/hostile/mutations.py): a case is its seed, so a failure the sweep prints
replays as the same bytes; and each PDF mutation breaks what it says it breaks, or the sweep tests less than it
claims."""

from __future__ import annotations

import random
import zlib

import pytest

from tests.conftest import FIXTURES, SAMPLES
from tests.hostile import mutations

PDF = FIXTURES / "other_councils" / "pdf" / "maidstone_ags_2014_15_chromium.pdf"
TEXT = SAMPLES / "000_b44a3e1025d3f301.txt"


@pytest.mark.parametrize("path", [PDF, TEXT], ids=["pdf", "text"])
def test_a_case_is_its_seed(path):
    data = path.read_bytes()
    first = [mutations.mutate(data, path.suffix == ".pdf", random.Random(f"1-{index}")) for index in range(20)]
    again = [mutations.mutate(data, path.suffix == ".pdf", random.Random(f"1-{index}")) for index in range(20)]
    assert first == again
    assert all(out != data for out, _ in first)


def test_content_edit_changes_an_inflated_stream_and_tells_its_length():
    data = PDF.read_bytes()
    out = mutations.content_edit(data, random.Random(3))
    before = {match.group(1) for match in mutations.STREAM.finditer(data)}
    changed = [match for match in mutations.STREAM.finditer(out) if match.group(1) not in before]
    assert len(changed) == 1
    body = changed[0].group(1)
    assert zlib.decompressobj().decompress(body)  # deflated whole again
    told = list(mutations.LENGTH.finditer(out[:changed[0].start()]))[-1]
    assert int(told.group(1)) == len(body.rstrip(b"\n"))


def test_unicode_text_keeps_the_rest_of_the_text_as_it_was():
    data = TEXT.read_bytes()
    for index in range(10):
        out = mutations.unicode_text(data, random.Random(index))
        text = out.decode("utf-8", "surrogatepass")
        assert [line for line in data.decode().splitlines() if line in text]  # inserted between, never over
        assert len(out) > len(data)


def test_strip_xref_leaves_no_table_or_a_wrong_pointer():
    data = PDF.read_bytes()
    for index in range(6):
        out = mutations.strip_xref(data, random.Random(index))
        assert b"\nxref" not in out or out.split(b"startxref")[-1] != data.split(b"startxref")[-1]
