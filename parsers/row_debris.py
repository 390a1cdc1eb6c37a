"""Converter debris in the rows of a keyed plan table: garbled copies of a line, and noise cells.

A PDF-to-text converter sometimes writes a line twice, the second copy garbled (`with contract riight
information.` under `... contract mgmt information.`), and leaves OCR debris in cells (`CLI` under `CLT`,
`011 11505 00`). The rules that recognise them are those of `quality.py`, which the template reader applies to
the same damage; here they judge each cell against the cell above it in its column, within one row. A dropped
cell is reported (`garbled_duplicate`, `noise_*`), never lost.
"""

from __future__ import annotations

from dataclasses import replace

from council_actions.ingest.model import Cell, Line
from council_actions.parsers.cleaning import clean
from council_actions.parsers.paragraphs import new_sentence_follows
from council_actions.parsers.quality import Vocabulary, find_duplicate_rule, find_noise, keep_lower

from council_actions.issues import Issue, warning

# The quality rules' name for each role they judge: owners and an allocation are judged as owner cells.
JUDGED_AS = {"characteristic": "characteristic", "opportunity": "opportunity", "action": "action", "owner": "owner",
             "allocation": "owner"}


def drop_debris(lines: list[Line], roles: list[str | None], vocabulary: Vocabulary,
                code: str | None) -> tuple[list[Line], list[Issue]]:
    """The row's lines without its debris cells, and an issue for each dropped. The characteristic text right
    after the row's code opens the row and is never debris."""
    rows = [{c.column: c for c in line.cells} for line in lines]
    issues: list[Issue] = []
    for column, role in enumerate(roles):
        judged = JUDGED_AS.get(role or "")
        if judged is None:
            continue
        above: int | None = None  # the line of the last cell kept in this column
        for i, row in enumerate(rows):
            cell = row.get(column)
            if cell is None or (i == 0 and code is not None and role == "characteristic"):
                above = i if cell is not None else above
                continue
            upper = rows[above][column] if above is not None else None
            continuation = cell.paragraph_start is False or (upper is not None
                                                             and not new_sentence_follows(upper.text, cell.text))
            noise = find_noise(clean(cell.text), judged, vocabulary, continuation)
            if noise is not None:
                del row[column]
                issues.append(warning(f"noise_{noise.code}", "parse", f"dropped converter debris ({noise.description})",
                                      cell.text, cell.span, code, role))
                continue
            if upper is not None and above is not None and not cell.paragraph_start \
                    and lines[above].number == lines[i].number - 1:  # a converter's copy follows its line
                dropped = _copy(upper, cell, vocabulary)
                if dropped is not None:
                    del rows[above if dropped is upper else i][column]
                    issues.append(warning("garbled_duplicate", "parse", f"line repeats the one "
                                          f"{'below' if dropped is upper else 'above'} it; kept the better-read copy",
                                          dropped.text, dropped.span, code, role))
                    if dropped is cell:
                        continue
            above = i
    kept_lines = [replace(line, cells=tuple(row[c.column] for c in line.cells if c.column in row))
                  for line, row in zip(lines, rows, strict=True)]
    return [line for line in kept_lines if line.cells], issues


def _copy(upper: Cell, lower: Cell, vocabulary: Vocabulary) -> Cell | None:
    """Where `lower` repeats `upper` (a converter's garbled second copy), the worse-read of the two; else None."""
    rule = find_duplicate_rule(clean(lower.text), clean(upper.text), vocabulary)
    if rule is None:
        return None
    lower_wins = rule.copies == "head_below" or keep_lower(clean(lower.text), clean(upper.text), vocabulary)
    return upper if lower_wins else lower
