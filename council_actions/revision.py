"""A revision's label: checked as the folder name it becomes, made from the documents when none is given, and
read for the date it may start with."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from calendar import month_name, monthrange
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from council_actions.document_files import is_file

REVISION_LABEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")  # fullmatch: `$` alone lets a final newline in
ISO_DATE_PREFIX = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")
# A label starting with a quarter and its year, either way round (`Q1-2024`, `2024-Q1`, `q1_2024`): the year four
# figures, as an ISO date's; a label so shaped names no date (`_quarter_problem`)
QUARTER_LABEL = re.compile(r"^(?:[Qq](?P<q>\d{1,2})[-_.]?(?P<y>\d{4})|(?P<y2>\d{4})[-_.]?[Qq](?P<q2>\d{1,2}))(?!\d)")


def revision_label(given: str | None, documents: Iterable[Path]) -> str:
    """The label a run writes under: the one given, checked, else one made from the documents."""
    return check_revision(given) if given is not None else default_revision(documents)


def check_revision(label: str) -> str:
    """A revision label names a folder under every table: letters, digits, '-', '_', '.' and nothing else."""
    if not REVISION_LABEL.fullmatch(label) or label in {".", ".."}:
        raise ValueError(f"revision label {label!r} is not a safe folder name (use letters, digits, '-', '_', '.')")
    return label


def default_revision(paths: Iterable[Path]) -> str:
    """Stable for the same input: a digest of the documents' bytes, never a date."""
    digest = hashlib.sha256()
    for content in sorted(_file_digest(p) for p in paths if is_file(p)):
        digest.update(content.encode("ascii"))
    return f"rev-{digest.hexdigest()[:12]}"


def _file_digest(path: Path) -> str:
    """Read in chunks: a file too large to ingest must still not be held whole in memory to be named."""
    try:
        with path.open("rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest()
    except OSError:  # unreadable: its own run reports it
        return ""


def reference_from_revision(revision: str) -> dt.date | None:
    """A revision labelled with its date (`2024-06`, `2024-06-30-draft`) dates its quarters without a year."""
    return label_date(revision).date


@dataclass(frozen=True)
class LabelDate:
    """What a label's beginning says of its date: the date, or why a beginning shaped like one (`2024-13`) is no
    date, or neither (a label that does not start with a date)."""

    date: dt.date | None = None
    problem: str | None = None


# What makes a label shaped like a date (ISO_DATE_PREFIX) no date, in the order its parts are read: the part's
# rule -> what the summary says of it (`ingest`'s note that the revision has no date). year, month, day as printed.
# A UK council labels a revision by its financial year as often as by a month (`2024-25`): read as a month, its
# second part is the year after's last two figures; it names a year, not a day, so it stays undated like a quarter.
NOT_A_DATE: tuple[tuple[Callable[[int, int, int], bool], str], ...] = (
    (lambda year, month, day: year < dt.MINYEAR, "year {year:04d} is before year 1"),
    (lambda year, month, day: month > 12 and month == (year + 1) % 100,
     "{year:04d}-{month:02d} reads as the financial year {year}/{month:02d}, which names no one day"),
    (lambda year, month, day: not 1 <= month <= 12, "a year has no month {month:02d}"),
    (lambda year, month, day: not 1 <= day <= monthrange(year, month)[1], "{month_name} {year} has no day {day:02d}"),
)


def label_date(revision: str) -> LabelDate:
    """The date a revision's label starts with (`2024-06` is 1 June 2024), or, where it starts with what looks
    like one but is none (`2024-13`, `2024-02-30`, a quarter: `Q1-2024`, `Q5-2024`), what is wrong with it, so the
    note that the revision has no date says why rather than leave a typo for a label no rule reads. One reading for
    both: the same match."""
    match = ISO_DATE_PREFIX.match(revision)
    if not match:
        quarter = QUARTER_LABEL.match(revision)
        return LabelDate(problem=_quarter_problem(quarter)) if quarter else LabelDate()
    year, month, day = int(match[1]), int(match[2]), int(match[3] or 1)
    for broken, words in NOT_A_DATE:
        if broken(year, month, day):
            return LabelDate(problem=words.format(year=year, month=month, day=day,
                                                  month_name=month_name[month if 1 <= month <= 12 else 0]))
    return LabelDate(dt.date(year, month, day))


def _quarter_problem(match: re.Match[str]) -> str:
    """Why a label naming a quarter (QUARTER_LABEL) gives its revision no date: a quarter no year has (`Q5-2024`),
    else that a quarter is no one day. The label does not say which year it is a quarter of (the financial year
    starting in its year, or the calendar year) nor which day, its first as a month's label (`2024-06`) or its last;
    and the revision's date orders the revisions and dates every plan's quarters printed without a year in the run
    (api.ingest), where no reading names a guess. `--revision-date` gives the day."""
    quarter, year = int(match["q"] or match["q2"]), match["y"] or match["y2"]
    if not 1 <= quarter <= 4:
        return f"a year has no quarter {quarter}"
    return f"quarter {quarter} of {year} names no one day, its first or last, of the financial or the calendar year"
