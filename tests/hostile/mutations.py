"""Test-only: mutations of real input for the fuzzing sweep (benchmarks/fuzz.py) and the tests that replay it.

Each mutation is a function of the bytes and a seeded `random.Random`, so a case is its seed and nothing else:
the sweep prints the seed of every failure and `benchmarks/fuzz.py --replay SEED` makes the same file again.
Byte mutations break any file (a flip, a cut, a range copied or lost); PDF mutations break the structure a PDF
reader walks (streams swapped between objects, the cross-reference table or its pointer gone, a stream's
/Length lying); text mutations keep the file decodable and put in what a converter or a hostile author leaves
(combining marks stacked on a letter, right-to-left text and overrides, zero-width characters, lone surrogates,
NUL, form feeds, one token of tens of thousands of characters) so the parsers, not the decoder, meet it.
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable

Mutation = Callable[[bytes, random.Random], bytes]

STREAM = re.compile(rb"(?<!end)stream\r?\n(.*?)endstream", re.S)
XREF = re.compile(rb"xref\r?\n.*?(?=trailer)", re.S)
STARTXREF = re.compile(rb"startxref\s*\d+")
LENGTH = re.compile(rb"/Length (\d+)")


def _at(data: bytes | bytearray, rng: random.Random) -> int:
    return rng.randrange(len(data) + 1)


def flip(data: bytes, rng: random.Random) -> bytes:
    """One to eight bytes each set to a random value."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    """The file cut anywhere: a download that stopped."""
    return data[:_at(data, rng)]


def duplicate_range(data: bytes, rng: random.Random) -> bytes:
    """A range of up to 4 KB put in again right after itself."""
    at = _at(data, rng)
    return data[:at] + data[at:at + rng.randint(1, 4096)] + data[at:]


def delete_range(data: bytes, rng: random.Random) -> bytes:
    """A range of up to 4 KB taken out."""
    at = _at(data, rng)
    return data[:at] + data[at + rng.randint(1, 4096):]


def splice_streams(data: bytes, rng: random.Random) -> bytes:
    """One stream's body put in place of another's (a font program as a page's contents, an image as a font)."""
    found = list(STREAM.finditer(data))
    if len(found) < 2:
        return duplicate_range(data, rng)
    into, source = rng.sample(found, 2)
    return data[:into.start(1)] + source.group(1) + data[into.end(1):]


def strip_xref(data: bytes, rng: random.Random) -> bytes:
    """The cross-reference table, its pointer or both gone: the reader must rebuild the object map or give up."""
    choice = rng.randrange(3)
    if choice != 1:
        data = XREF.sub(b"", data)
    if choice != 0:
        data = STARTXREF.sub(b"startxref\n" + str(rng.randrange(len(data) + 1)).encode(), data)
    return data


def lie_about_length(data: bytes, rng: random.Random) -> bytes:
    """A stream's /Length made 0, smaller, larger or huge."""
    found = list(LENGTH.finditer(data))
    if not found:
        return flip(data, rng)
    match = rng.choice(found)
    size = int(match.group(1))
    told = rng.choice([0, size // 2, size + rng.randint(1, 512), 2**31 + 7, 10**18])
    return data[:match.start(1)] + str(told).encode() + data[match.end(1):]


COMBINING = [chr(code) for code in range(0x300, 0x370)]
RTL = ["\u05d0\u05d1\u05d2", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\u202e", "\u202b", "\u2067", "\u200f",
       "\u061c", "\u202c", "\u2069"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"]
SURROGATES = ["\ud800", "\udfff", "\udc80", "\ud83d"]
CONTROLS = ["\f", "\f", "\x00", "\v", "\x1b[2J", "\r", "\x85", "\u2028", "\u2029", "\x7f"]


def _token(rng: random.Random, family: int) -> str:
    """A hostile piece of text of one family: stacked combining marks, right-to-left text or controls, zero-width
    characters, a lone surrogate, control characters (NUL among them), or one very long token."""
    if family == 0:
        return "".join(rng.choice(COMBINING) for _ in range(rng.randint(1, 300)))
    if family == 1:
        return rng.choice(RTL)
    if family == 2:
        return rng.choice(ZERO_WIDTH) * rng.randint(1, 50)
    if family == 3:
        return rng.choice(SURROGATES)
    if family == 4:
        return rng.choice(CONTROLS) * rng.randint(1, 20)
    unit = rng.choice(["x", "CI001", "Q3-Q4 24/25", "CHoHROD/", "\u00e9", "|", "\t", "-", "."])
    return unit * (rng.randint(10_000, 120_000) // len(unit))


def unicode_text(data: bytes, rng: random.Random) -> bytes:
    """Hostile characters put into the decoded text at one to twenty places (between characters, never inside
    one); lone surrogates written as the (invalid) UTF-8 bytes a careless encoder writes for them."""
    text = data.decode("utf-8", "surrogateescape")  # bytes that are no UTF-8 kept as they were
    places = sorted(_at(text, rng) for _ in range(rng.randint(1, 20)))
    # one family a call, a decoder's refusals (surrogates, NUL) rarer than the rest: the parsers meet the others
    family = rng.choice((0, 0, 1, 1, 2, 2, 3, 4, 5, 5))
    pieces = [text[start:end].encode("utf-8", "surrogateescape")
              for start, end in zip([0, *places], [*places, len(text)], strict=True)]
    tokens = [_token(rng, family).encode("utf-8", "surrogatepass") for _ in places]
    return b"".join(piece + token for piece, token in zip(pieces, [*tokens, b""], strict=True))


def content_edit(data: bytes, rng: random.Random) -> bytes:
    """A Flate stream (a page's contents, a font's ToUnicode map) inflated, given a text or byte mutation, deflated
    again with its /Length told right: damage a reader meets only after it has inflated the stream."""
    found = [match for match in STREAM.finditer(data) if b"/FlateDecode" in data[max(0, match.start() - 300):match.start()]]
    rng.shuffle(found)
    for match in found:
        try:
            body = zlib.decompressobj().decompress(match.group(1), 1 << 24)
        except zlib.error:
            continue
        body = rng.choice((flip, delete_range, duplicate_range, unicode_text))(body, rng)
        packed = zlib.compress(body)
        head = data[:match.start(1)]
        length = list(re.finditer(rb"/Length \d+( 0 R)?", head[-300:]))
        if length:
            cut = len(head) - 300 if len(head) > 300 else 0
            told = length[-1]
            head = head[:cut + told.start()] + b"/Length %d" % len(packed) + head[cut + told.end():]
        return head + packed + b"\nendstream" + data[match.end():]
    return flip(data, rng)


def shuffle_lines(data: bytes, rng: random.Random) -> bytes:
    """Lines dropped, copied elsewhere or cut, so a table's rows lose their order and their cells."""
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 20)):
        at = rng.randrange(len(lines))
        kind = rng.randrange(3)
        if kind == 0 and len(lines) > 1:
            del lines[at]
        elif kind == 1:
            lines.insert(at, lines[rng.randrange(len(lines))])
        else:
            lines[at] = lines[at][:_at(lines[at], rng)]
    return b"\n".join(lines)


BYTES: tuple[Mutation, ...] = (flip, truncate, duplicate_range, delete_range)
PDF: tuple[Mutation, ...] = (*BYTES, splice_streams, strip_xref, lie_about_length, unicode_text, content_edit,
                              content_edit, content_edit)
TEXT: tuple[Mutation, ...] = (*BYTES, unicode_text, unicode_text, shuffle_lines)


def mutate(data: bytes, is_pdf: bool, rng: random.Random) -> tuple[bytes, list[str]]:
    """One to four mutations of the kinds that fit the file, applied in turn; returns the bytes and their names."""
    names = []
    for _ in range(rng.randint(1, 4)):
        mutation = rng.choice(PDF if is_pdf else TEXT)
        data = mutation(data, rng)
        names.append(mutation.__name__)
    return data, names
