"""The check of a plan's printed status totals against the statuses of the actions read (parsers/status_totals.py
reads the totals; this says whether they agree, and what the warning names where they do not).

Why apart: the reading is the layouts and clauses totals are printed in, the check is what counts as agreeing (a
share within a point, a status no row carries standing for the rows with none, a count out of all the rows); each
is read and tested on its own. The totals' types are here, where both readers (parsers/status_totals.py, and
parsers/totals_tables.py for tables of totals) find them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from council_actions.ingest.model import Span

from council_actions.counted import counted
from council_actions.issues import Issue, warning


@dataclass(frozen=True)
class Total:
    """One printed count: the status word as printed, the profile's status key it means, and the number; or the
    share of the rows under it, where a percentage is printed with no count (parsers/count_totals.py)."""

    word: str
    status: str
    count: int | None
    share: float | None = None
    also: tuple[str, ...] = ()  # the other status keys counted together with `status` (`achieved or on target`)


@dataclass(frozen=True)
class Summary:
    """The totals a document prints, the lines they were read from (a label above them included) and where; the
    number of rows they count out of where one is printed (`65 out of 99 actions complete`), and whether they can
    be checked: not where a line beside them prints a count-first total whose status the profile does not know."""

    totals: tuple[Total, ...]
    lines: tuple[tuple[str, Span], ...]
    of: int | None = None
    checked: bool = True
    # Once the plan is read (status_totals.placed_by_totals): the ids of the actions the totals count, and their
    # lines' text as printed, so the check can wait for every action's status (normalise/done.py)
    counts: tuple[str, ...] = ()
    raw_text: str = ""

    @property
    def span(self) -> Span:
        """Where the warning of a summary that disagrees points: its label and every count, blank lines between."""
        return Span.union(span for _, span in self.lines)


def mismatch(summary: Summary, statuses: Sequence[str | None]) -> Issue | None:
    """The warning for totals that disagree with the statuses of the actions they count (`statuses`, each action's
    as the tables hold it: printed, or done by its timelines or a heading, normalise/done.py, as a plan counts its
    actions done however it says so), each count printed beside the one read
    (the words of one status key counted together) and each share beside the share read, and what the difference
    in rows means; None where they agree. A status printed that no row carries may be the rows printed with no
    status the profile reads (a word of their own, or none), so it is checked against those rows, not warned.
    Statuses a total counts together (`achieved or on target`) are one status here, and so are the others printed
    under either (`under control`, on track too, beside it)."""
    group = _together(summary.totals)
    read, rows = Counter(group.get(status or "", status) for status in statuses), len(statuses)
    printed, shares = _by_status((t for t in summary.totals if t.count is not None), group), _by_status(
        (t for t in summary.totals if t.count is None), group)
    others = sorted((status or "", n) for status, n in read.items() if status not in printed | shares)
    if not summary.checked or _agree(summary, read, printed, shares):
        return None
    pairs = [f"{'/'.join(words)} {count:g} printed, {read[status]} read" for status, (words, count) in printed.items()]
    pairs += [f"{'/'.join(words)} {share:g}% printed, {100 * read[status] / rows if rows else 0:.0f}% read"
              for status, (words, share) in shares.items()]
    pairs += [f"{n} read {status}, which the totals do not print" if status else f"{n} read with no status"
              for status, n in others]
    counts = [t.count for t in summary.totals if t.count is not None]
    total = summary.of if summary.of is not None else sum(counts)
    gap = (f"{counted(total - rows, 'fewer row')} read than printed (a copy cut short, or rows not read)"
           if rows < total else f"{counted(rows - total, 'more row')} read than printed" if rows > total else
           "as many rows as printed, with other statuses")
    return warning("status_counts_mismatch", "normalise", f"the plan's printed status totals disagree with its "
                   f"actions: {'; '.join(pairs)}; all actions " + (f"{total} printed, {rows} read: {gap}"
                                                                   if len(counts) > 1 or summary.of is not None
                                                                   else f"{rows} read"),
                   summary.raw_text, summary.span, field="status")


def _agree(summary: Summary, read: Counter[str | None], printed: dict[str, tuple[list[str], float]],
           shares: dict[str, tuple[list[str], float]]) -> bool:
    """Each status the rows carry counted as printed, each share as printed, the number counted out of as the rows;
    a printed status no row carries stands for rows with no status (as many where the counts claim every row, no
    more than there are otherwise), and where they claim every row, no row carries a status they do not print."""
    rows = sum(read.values())
    whole = summary.of is None and not shares and len(summary.totals) > 1
    unused = sum(count for status, (_, count) in printed.items() if not read[status])
    unprinted = any(status is not None and status not in printed | shares for status in read)
    return (all(read[status] == count for status, (_, count) in printed.items() if read[status])
            and all(_same_share(read[status], rows, share) or (not read[status] and read[None] > 0)
                    for status, (_, share) in shares.items())
            and summary.of in (None, rows) and (unused == read[None] if whole else unused <= read[None])
            and not (whole and unprinted))


def _together(totals: Iterable[Total]) -> dict[str, str]:
    """Each status key printed, and the first of those counted together with it, through any chain of totals
    counting two together; a key printed alone stands for itself."""
    group: dict[str, str] = {}
    for each in totals:
        keys = [group.get(key, key) for key in (each.status, *each.also)]
        for key in [k for k, first in group.items() if first in keys] + keys:
            group[key] = keys[0]
    return group


def _by_status(totals: Iterable[Total], group: dict[str, str]) -> dict[str, tuple[list[str], float]]:
    """The totals' status words and counts (or shares), added up per status key (the first of those counted
    together), in the order printed."""
    grouped: dict[str, tuple[list[str], float]] = {}
    for each in totals:
        words, sum_ = grouped.get(group[each.status], ([], 0))
        grouped[group[each.status]] = ([*words, each.word],
                                       sum_ + (each.count if each.count is not None else each.share or 0))
    return grouped


def _same_share(read: int, rows: int, share: float) -> bool:
    """A printed percentage agrees with the rows' where it is within one point of it (printed shares are rounded
    either way)."""
    return bool(rows) and abs(100 * read / rows - share) < 1
