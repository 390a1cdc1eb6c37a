"""A seeded mutation loop over the seed text and small PDFs: whatever the bytes, exit 0 or 1, at most one line
on stderr for each file, no traceback, and every document within its time limit.

Seeded, so a failure reproduces; short (tens of mutants, one batch call each), so it runs in CI every time.
An input that ever failed here is kept in tests/fixtures/regressions/, named after what it tests.
"""

from __future__ import annotations

import random
import time

import pytest

from council_actions.cli import main
from tests.conftest import THEME_7
from tests.hostile import pdfs

SEED = 20261202
TIMEOUT = 20  # seconds a mutant may take; the batch as a whole is bounded by it times the mutants
INSERTS = [b"\x00", b"\r", b"\r\n", b"\t", b"\x1b[2J", b"\xff\xfe", b"\xe9", b"%PDF-", b"endobj", b"0 R", b"<<", b">>",
           b"CI001", b"Q3-Q4 24/25", "\u0421".encode(), b"\n\n\n", b"\f"]


def mutate(data: bytes, rng: random.Random, edits: int) -> bytes:
    """Byte flips, inserts of hostile tokens, deletions, duplications and truncation, `edits` of them."""
    out = bytearray(data)
    for _ in range(edits):
        at = rng.randrange(len(out) or 1)
        kind = rng.randrange(5)
        if kind == 0 and out:
            out[at] = rng.randrange(256)
        elif kind == 1:
            out[at:at] = rng.choice(INSERTS)
        elif kind == 2:
            del out[at:at + rng.randrange(1, 64)]
        elif kind == 3:
            out[at:at] = out[at:at + rng.randrange(1, 256)]
        elif out:
            del out[rng.randrange(len(out) // 2, len(out)):]
    return bytes(out)


def mutate_lines(data: bytes, rng: random.Random, edits: int) -> bytes:
    """Valid UTF-8 kept, structure broken: lines dropped, repeated, swapped, cut or given hostile tokens, so
    the parsers, not only the decoder, meet the damage."""
    lines = data.decode("utf-8").split("\n")
    for _ in range(edits):
        at = rng.randrange(len(lines))
        kind = rng.randrange(4)
        if kind == 0 and len(lines) > 1:
            del lines[at]
        elif kind == 1:
            lines.insert(at, lines[rng.randrange(len(lines))])
        elif kind == 2:
            lines[at] = lines[at][:rng.randrange(len(lines[at]) + 1)]
        else:
            token = rng.choice(INSERTS).decode("utf-8", "replace")
            cut = rng.randrange(len(lines[at]) + 1)
            lines[at] = lines[at][:cut] + token + lines[at][cut:]
    return "\n".join(lines).encode("utf-8")


def seeds() -> list[tuple[str, bytes]]:
    return [("text", THEME_7.read_bytes()), ("pdf_text", pdfs.one_page()),
            ("pdf_loop", pdfs.contents_reference_loop()), ("pdf_pages", pdfs.many_pages(3))]


@pytest.mark.parametrize("edits", [1, 8])
def test_mutants_fail_in_one_line_or_go_through(tmp_path, capfd, edits):
    rng = random.Random(SEED + edits)
    folder = tmp_path / "mutants"
    folder.mkdir()
    names = []
    for kind, data in seeds():
        for index in range(6):
            suffix = ".txt" if kind == "text" else ".pdf"
            path = folder / f"{kind}_{index:02d}{suffix}"
            path.write_bytes(mutate(data, rng, edits))
            names.append(path)
    for index in range(6):
        path = folder / f"text_lines_{index:02d}.txt"
        path.write_bytes(mutate_lines(THEME_7.read_bytes(), rng, edits * 3))
        names.append(path)
    capfd.readouterr()
    started = time.monotonic()
    code = main(["ingest", str(folder), "--out", str(tmp_path / "out"), "--revision", "fuzz", "--jobs", "2",
                 "--timeout", str(TIMEOUT), "--max-memory", "600M"])
    elapsed = time.monotonic() - started
    err = capfd.readouterr().err
    assert code in (0, 1)
    assert "Traceback" not in err
    lines = err.splitlines()
    for line in lines:
        assert line.startswith("council-actions: error: ") and "failed unexpectedly" not in line, line
    for path in names:
        assert sum(f"{path}:" in line for line in lines) <= 1, path
    assert len(lines) <= len(names)
    assert elapsed < TIMEOUT * len(names) / 2 + 30


def test_mutation_is_reproducible():
    data = THEME_7.read_bytes()
    assert mutate(data, random.Random(1), 5) == mutate(data, random.Random(1), 5)
    assert mutate(data, random.Random(1), 5) != data
