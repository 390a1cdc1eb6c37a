"""Where a cell's cleaned text is its printed text with only its white space made single spaces and trimmed (no
markup dropped), the runs both share, found in time linear in the text: what parsers/cleaning.py asks where
difflib's SequenceMatcher would cost too much (DIFFLIB_STEPS).

difflib's search tries each character of one text at every place the other holds it: the product of the two lengths
on a long cell that repeats itself (fuzzing case 10-11: `Q3-Q4 24/25` printed 7,000 times in one 77k-character
cell, a wide space in it, took minutes). Here the printed text is cut into pieces at each white-space run that is
not one space: a piece is the same characters in both texts, and each cleaned space between two pieces goes with a
piece beside it whose run it begins or ends with a space, or else alone onto the first space of its run. A space
both pieces could take goes where difflib puts it: to the longer run, the earlier on a tie (difflib finds the
longest run first). On 2,124 lines and cells of samples/ and tests/fixtures/ that cleaning respaces the runs are
difflib's on all but 18, each a run of `|  |  |` that difflib matched a place further on; on random strings of
repeated words and spaces, 90% agree, the rest where difflib matched a character to another place printing the
same one across a wide space (`24/25\t\na  ab24/25`: difflib reads the cleaned space after `24/25` as the one after
`a`, and leaves the `a` unread; here the `a` is read, and that space, which no printed space stands for, is not).
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass

WORDS = re.compile(r"\S+")  # the runs cleaning keeps as printed (cleaning.SPACES makes the rest one space)


@dataclass
class _Piece:
    """One piece: where it starts in the cleaned text (`at`) and the printed one (`printed`), its length, and
    whether it may take the cleaned space before it (`left`) and after it (`right`): its wide run begins or ends with
    a space, and no piece took it first."""

    at: int
    printed: int
    size: int
    left: bool
    right: bool

    def run(self) -> tuple[int, int, int]:
        """The run as difflib gives a block: its start in the cleaned text, in the printed one, and its length."""
        return self.at - self.left, self.printed - self.left, self.size + self.left + self.right


def respaced_runs(text: str, printed: str) -> list[tuple[int, int, int]] | None:
    """The runs (start in `text`, start in `printed`, length) `text` shares with `printed`, in order, where `text`
    is `printed` with its white space made single spaces and trimmed; None where it is not."""
    words = [(m.start(), m.end()) for m in WORDS.finditer(printed)]
    if " ".join(printed[a:b] for a, b in words) != text:
        return None
    pieces: list[_Piece] = []
    alone: dict[int, int] = {}  # a cleaned space neither piece beside it may take: its run's first printed space
    at = 0  # where the word starts in `text`
    for index, (start, end) in enumerate(words):
        before = printed[words[index - 1][1]:start] if index else ""
        if before == " ":
            pieces[-1].size += end - start + 1
        else:
            pieces.append(_Piece(at, start, end - start, before.endswith(" "), False))
        after = printed[end:words[index + 1][0]] if index + 1 < len(words) else ""
        pieces[-1].right = after != " " and after.startswith(" ")
        if " " in after and not after.startswith(" ") and not after.endswith(" "):
            alone[at + end - start] = end + after.index(" ")
        at += end - start + 1
    return _chosen(pieces, alone)


def _chosen(pieces: list[_Piece], alone: dict[int, int]) -> list[tuple[int, int, int]]:
    """Each piece's run, longest first and earliest on a tie (difflib's order), a space both pieces beside it may
    take going to the one taken first; and each space no piece may take, alone."""
    queue = [(-piece.size - piece.left - piece.right, piece.at - piece.left, i) for i, piece in enumerate(pieces)]
    heapq.heapify(queue)
    taken = [False] * len(pieces)
    while queue:
        key, _, i = heapq.heappop(queue)
        piece = pieces[i]
        if taken[i] or -key != piece.size + piece.left + piece.right:
            continue  # stale: a neighbour took a space since
        taken[i] = True
        if piece.left and i > 0 and not taken[i - 1] and pieces[i - 1].right:
            pieces[i - 1].right = False
            _queue(queue, pieces[i - 1], i - 1)
        if piece.right and i + 1 < len(pieces) and not taken[i + 1] and pieces[i + 1].left:
            pieces[i + 1].left = False
            _queue(queue, pieces[i + 1], i + 1)
    return sorted([piece.run() for piece in pieces] + [(at, printed, 1) for at, printed in alone.items()])


def _queue(queue: list[tuple[int, int, int]], piece: _Piece, i: int) -> None:
    """A piece queued (again) at its run's length, then its start: the order difflib finds runs in."""
    heapq.heappush(queue, (-piece.size - piece.left - piece.right, piece.at - piece.left, i))
