"""Rows of a one-cell-a-line table printed in groups, each group under a heading of its own and the header printed
again (`cell_lines.py`).

Performance systems' reports print their actions so: a heading (`Objective 003 Addressing the outstanding learning
and development issues ...`), the table's header (`Code` / `Title` / `Due Date` / `Assigned To` / `Latest Note`),
the group's rows, then the next heading and the header again (Maidstone's Corporate Improvement Plan, 2010). The
header printed again is the header, not a row, and the heading above it names the rows below it: it is no cell of
the row above, though it follows that row's last cell as the next cell would.

A paragraph is such a heading where the rows are marked (each opens with its code, `CIP 003.01`), it stands right
above the header printed again, paragraphs holding only whitespace (the report's empty cells) part it from the row
above, and that row has a cell for every column without it. Why all three: a header printed again at a page break
(the Isle of Wight's select committee plan) has the last row's own last cell above it, and that row needs it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Groups:
    """What the groups leave out of the rows: each header printed again, and each heading over a group, by their
    indexes into the table's units (`groups`) or, once `by_line`, into its lines."""

    headers: frozenset[int]
    headings: frozenset[int]

    def by_line(self, units: list[list[int]]) -> Groups:
        """The same parts by the lines of their units: what the reader lays out again, line by line."""
        return Groups(*(frozenset(i for k in part for i in units[k]) for part in (self.headers, self.headings)))


def groups(units: list[list[int]], texts: list[str], headings: list[str], marked: list[int],
           parted: list[bool]) -> Groups:
    """The units of each header printed again below the first (its headings a line each, in order, as printed) and
    of the heading over each such group. `texts`: each line's text, stripped; `marked`: the units opening a row;
    `parted`: per unit, whether an empty-cell paragraph stands between it and the unit above. The header is found by
    its lines, not its units: a heading ending in a word that runs on (`Assigned To`) is joined to the next in a
    unit, as a cell's wrapped line would be."""
    width = len(headings)
    again = [i for i in range(len(texts) - width + 1) if texts[i:i + width] == headings]
    printed = {i + offset for i in again for offset in range(width)}
    headers = frozenset(k for k, unit in enumerate(units) if set(unit) <= printed)
    firsts = [k for k, unit in enumerate(units) if unit[0] in again]
    over = frozenset(k - 1 for k in firsts if _heads_group(k - 1, marked, parted, width))
    return Groups(headers, over)


def _heads_group(k: int, marked: list[int], parted: list[bool], width: int) -> bool:
    """Whether unit `k`, right above a header printed again, heads the group below it: empty cells part it from the
    unit above, and the marked row it would end has a cell for every column without it."""
    opening = max((m for m in marked if m <= k), default=None)
    return opening is not None and opening < k and parted[k] and k - opening >= width
