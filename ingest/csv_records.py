"""A spreadsheet export's records, each field placed in the text, read by Python's `csv` module.

csv gives a record's values; the document model wants where each one is printed, so each field is found again in
the text from where its record starts (its quotes excluded, a quote written twice inside a quoted field), and a
record csv cannot parse stops the read there, the records before it kept (csv_table.py reports the rest). The text
is fed to csv a line at a time, as it asks for them, so a read of the first records goes no further.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass

QUOTED_FOR = ("\n", "\r", '"')  # what a spreadsheet quotes a field for, besides its delimiter


@dataclass(frozen=True)
class CsvBreak:
    """Where csv stopped parsing a text it had read records from: the first character of the record it could not
    parse, and why (csv's own words, `unexpected end of data` for a quoted field never closed)."""

    start: int
    reason: str


@dataclass(frozen=True)
class CsvRecord:
    """A record's field values, where each field's characters are in the text (start, end; quotes excluded), and
    whether a field of it is quoted because it must be (it holds the delimiter, a quote or a line break)."""

    fields: tuple[tuple[int, int], ...]
    values: tuple[str, ...]
    must_quote: bool


def csv_records(text: str, delimiter: str, limit: int | None = None) -> tuple[list[CsvRecord], CsvBreak | None] | None:
    """The text's records (its first `limit` of them; None: all), blank ones left out, each field placed in the text,
    and where csv (strict) stopped, if it stopped before the end (the records before are kept); None where a field's
    characters are not where its value says. The lines are fed to csv as it asks for them, so a limited read goes no
    further into the text than its records."""
    starts = [0]  # where each physical line fed so far starts

    def fed() -> Iterator[str]:  # text.split("\n"), one line at a time
        while starts[-1] <= len(text):
            start, end = starts[-1], text.find("\n", starts[-1])
            end = len(text) if end < 0 else end
            starts.append(end + 1)
            yield text[start:end] + "\n"

    reader = csv.reader(fed(), delimiter=delimiter, strict=True)
    records: list[CsvRecord] = []
    first = 0  # index of the next record's first physical line
    try:
        for values in reader:
            placed = _placed(text, starts[first], values, delimiter)
            if placed is None:
                return None
            fields, must_quote = placed
            if any(v.strip() for v in values):
                records.append(CsvRecord(fields, tuple(values), must_quote))
                if len(records) == limit:
                    break
            first = reader.line_num
    except csv.Error as exc:
        return records, CsvBreak(starts[first], str(exc))
    return records, None


def _placed(text: str, position: int, values: list[str],
            delimiter: str) -> tuple[tuple[tuple[int, int], ...], bool] | None:
    """Each value's characters found from `position` on, its quotes excluded (a quote inside a quoted field is
    written twice, and its span covers both), and whether a quoted one holds what it must be quoted for; None where
    the text does not hold them there."""
    fields: list[tuple[int, int]] = []
    must_quote = False
    for column, value in enumerate(values):
        if column:
            if not text.startswith(delimiter, position):
                return None
            position += 1
        quoted = text.startswith('"', position)
        must_quote = must_quote or (quoted and any(c in value for c in (delimiter, *QUOTED_FOR)))
        written = value.replace('"', '""') if quoted else value
        start = position + quoted
        if not text.startswith(written, start):
            return None
        fields.append((start, start + len(written)))
        position = start + len(written) + quoted
    return tuple(fields), must_quote
