"""The codes that open the rows of a keyed plan table: the profile's `row_marker`, and codes it misses, read by
their place among the codes around them.

A keyed table's codes run in order (`CI007`, `CI008`, `Cl009`). Where OCR printed one so badly that the row
marker cannot take it (`cloos:` for CI008 with no digit left, `3009:` for G009 with no letter), the line still
opens its characteristic cell with a short token and a colon, where a code is missing from the run around it.
Such a token opens a row when it is as long as the missing code and, once the characters OCR reads for one
another are folded together (the look-alike tables the template reader repairs ids by, `ids.NUMBER_REPAIRS` and
`ids.PREFIX_REPAIRS`), differs from it in at most MAX_UNEXPLAINED characters. The code stays
as printed, like every code the generic profile reads (unverified), and the reading is reported
(`row_code_by_place`, naming the code its place calls for).
"""

from __future__ import annotations

import re

from council_actions.ingest.model import Cell, Line, Span
from council_actions.parsers.cleaning import clean
from council_actions.parsers.ids import NUMBER_REPAIRS, PREFIX_REPAIRS
from rapidfuzz.distance import Hamming

from council_actions.issues import Issue, warning

# A token of letters, digits and OCR's strokes, and a colon, opening the cell: the shape any printed code has.
CANDIDATE = re.compile(r"^(?:(?P<before>.*?[.;)])\s+)?(?P<marker>[a-z0-9|!]{3,8})\s*:(?:\s|$)", re.IGNORECASE)
TRAILING_NUMBER = re.compile(r"^(?P<prefix>.*?)(?P<number>[0-9]+)$")
MAX_UNEXPLAINED = 1  # characters of a printed token neither equal to the missing code's nor a look-alike of it
MAX_GAP = 20  # codes missing between two neighbours, at most, for the run between them to be listed


Opening = tuple[Cell | None, Cell, tuple[str, Span]]  # (text run in before the code, the cell after it, the code)


def opens_row(line: Line, column: int, pattern: re.Pattern[str]) -> Opening | None:
    """(text run in before the code, the cell after it, the code and where it is printed) where the line's cell in
    `column` opens with a code of `pattern` (groups `marker`, `before`)."""
    cell = line.cell(column)
    match = pattern.match(clean(cell.text)) if cell is not None else None
    if cell is None or match is None:
        return None
    at = cell.text.find(match["marker"])
    if at < 0:  # the code is spelled across markup: not where the raw text can be cut
        return None
    code = cell.part(at, at + len(match["marker"]))
    colon = cell.text.find(":", at + len(match["marker"]))
    before = cell.part(0, at) if at and cell.text[:at].strip() else None
    return before, cell.part(colon + 1, len(cell.text)), (code.text, code.span)


def codes_by_place(lines: list[Line], opened: list[Opening | None], column: int
                   ) -> tuple[list[Opening | None], list[Issue]]:
    """`opened` (the row marker's openings) with the lines whose token is the code missing at their place."""
    found = list(opened)
    codes = [o[2][0] if o is not None else None for o in opened]  # a slip counts as the code it stands for
    issues: list[Issue] = []
    for i, line in enumerate(lines):
        candidate = opens_row(line, column, CANDIDATE) if found[i] is None else None
        if candidate is None:
            continue
        before = next((c for c in reversed(codes[:i]) if c is not None), None)
        after = next((c for c in codes[i + 1:] if c is not None), None)
        printed, span = candidate[2]
        code = next((c for c in missing_codes(before, after) if reads_as(printed, c)), None)
        if code is None:
            continue
        found[i], codes[i] = candidate, code
        issues.append(warning("row_code_by_place", "parse", f"'{printed}' opens a row as the code missing at its "
                              f"place: {code}, between {before or 'the start'} and {after or 'the end'}; kept as "
                              "printed", printed, span, printed, "element_id"))
    return found, issues


def missing_codes(before: str | None, after: str | None) -> list[str]:
    """The codes a run calls for between two codes: the numbers between them where both have the same letters
    (OCR's look-alikes folded; none where they follow on), else the one after `before` and the one before
    `after`."""
    low, high = _numbered(before), _numbered(after)
    if low and high and fold(low[0]) == fold(high[0]) and 0 <= int(high[1]) - int(low[1]) - 1 <= MAX_GAP:
        return [_code(low, n) for n in range(int(low[1]) + 1, int(high[1]))]
    return [code for code in (_code(low, int(low[1]) + 1) if low else None,
                              _code(high, int(high[1]) - 1) if high and int(high[1]) > 0 else None) if code]


def reads_as(printed: str, code: str) -> bool:
    """A printed token read as `code`: as long, and differing in at most MAX_UNEXPLAINED characters once
    look-alikes are folded."""
    return len(printed) == len(code) and Hamming.distance(fold(printed), fold(code)) <= MAX_UNEXPLAINED


def fold(text: str) -> str:
    """The text with each look-alike folded into the digit OCR takes it for (`l`, `I`, `|`, `!` and `1` all `1`;
    `o`, `O`, `D` and `0` all `0`), other letters in lower case."""
    return "".join(NUMBER_REPAIRS.get(PREFIX_REPAIRS.get(char, char), char.lower()) for char in text)


def _numbered(code: str | None) -> tuple[str, str] | None:
    match = TRAILING_NUMBER.match(code) if code else None
    return (match["prefix"], match["number"]) if match else None


def _code(numbered: tuple[str, str], number: int) -> str:
    return f"{numbered[0]}{number:0{len(numbered[1])}d}"
