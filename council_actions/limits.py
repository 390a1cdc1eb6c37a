"""Per-document limits: what one document may cost (time, memory, pages, bytes, read processes), each checked
where it is given, by the API and the command alike (LIMIT_RULES), and a byte count in the options' words.

A document is read under them in a child process that cannot outlive its deadline or outgrow its memory: forking,
waiting and killing it is council_actions.limited_step, the child's side council_actions.child.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from council_actions.counted import counted

MB = 1 << 20
SIZE_UNITS = ((1 << 30, "GB"), (MB, "MB"), (1 << 10, "KB"))  # largest first: size_words


@dataclass(frozen=True)
class Limits:
    """What one document may cost. Defaults (docs/limits.md) fit a 100-page plan with room to spare; each is
    checked on making (LIMIT_RULES): 0 or less raises ValueError, as the command refuses its option."""

    timeout: float = 60.0            # seconds of wall clock, read to parse to normalise
    max_memory: int = 1024 * MB      # bytes of address space the document may add to the process
    max_pages: int = 1000            # pages, counted from the PDF's page tree before any page is parsed
    max_bytes: int = 100 * MB        # bytes of input file
    read_processes: int = 2          # processes its read may use: a long PDF's second half in a second

    def __post_init__(self) -> None:
        for name in LIMIT_RULES:
            checked_limit(name, getattr(self, name))

    def memory_words(self) -> str:
        """The memory limit as --max-memory spells it, for the one-line error of a child that ran out."""
        return size_words(self.max_memory)


LimitName = Literal["timeout", "max_memory", "max_pages", "max_bytes", "read_processes"]  # the fields of Limits
# The limits a document's source record keeps where they were raised past the defaults (raised_limits): what it took
# to read that document, which `upgrade` gives it again. Not read_processes: how a read is shared out changes no value.
RECORDED_LIMITS: tuple[LimitName, ...] = ("timeout", "max_memory", "max_pages", "max_bytes")


@dataclass(frozen=True)
class LimitRule:
    """One limit's rule, the API's (Limits, `ingest(max_pages=...)`) and the command's (--timeout, --max-memory,
    --max-pages, --max-bytes): what it bounds, the type it is, the most it may be (None: no most) and the rule in
    words. 0 or less is no limit of either kind: refused, as `jobs` under 1 is, never read as the default nor as no
    limit, which would lift the guard on a hostile file for a typo or an unset variable. The most is what the system
    calls take: select's timeout is a time_t, and a byte count past 2**63 overflows the resource limits."""

    bounds: str
    kind: type[int] | type[float]
    most: float | None
    words: str


LIMIT_RULES: dict[LimitName, LimitRule] = {
    "timeout": LimitRule("seconds a document may take", float, 365 * 24 * 3600.0,
                         "a number more than 0, at most 31536000 (a year)"),
    "max_memory": LimitRule("bytes of memory a document may add", int, 1 << 60,
                            "a whole number, 1 or more, at most 2**60"),
    "max_pages": LimitRule("pages a PDF may have", int, None, "a whole number, 1 or more"),
    "max_bytes": LimitRule("bytes an input file may have", int, 1 << 60, "a whole number, 1 or more, at most 2**60"),
    "read_processes": LimitRule("processes a document's read may use", int, None, "a whole number, 1 or more"),
}


def checked_limit(name: LimitName, value: float) -> float:
    """`value` for the limit `name` (a field of Limits) if it is one (LIMIT_RULES), else ValueError in one line,
    the same words where the command refuses its option. Checked at run time: a script or a notebook passes any
    object (True, "60", 2.0 pages)."""
    rule = LIMIT_RULES[name]
    kinds = (int, float) if rule.kind is float else (int,)
    if not isinstance(value, bool) and isinstance(value, kinds) and 0 < value <= (rule.most or float("inf")):
        return value  # NaN is neither more than 0 nor at most anything
    shown = f"{value:g}" if isinstance(value, float) and rule.kind is float else repr(value)  # --timeout 0 is 0.0
    raise ValueError(f"{name} {shown}: {rule.bounds} must be {rule.words}")


def raised_limits(limits: Limits) -> tuple[tuple[LimitName, float], ...]:
    """(name, value) of each RECORDED_LIMITS limit above its default: a 300-page PDF read with --max-pages 2000, a
    slow one with --timeout 600. A limit at or under its default took nothing more to read the document under."""
    default = Limits()
    return tuple((name, getattr(limits, name)) for name in RECORDED_LIMITS
                 if getattr(limits, name) > getattr(default, name))


def checked_jobs(jobs: int) -> int:
    """`jobs` (`--jobs`: documents read at once, each in its own process) if it is a whole number, 1 or more. The
    one rule of the API and the command: 0 or less is a slip, refused, never quietly read as one at a time."""
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs {jobs!r}: documents read at once must be a whole number, 1 or more")
    return jobs


def size_words(size: int) -> str:
    """A byte count as the limit options spell it (512 MB, 2 GB, 800 KB), for one-line errors."""
    for unit, name in SIZE_UNITS:
        if size >= unit:
            return f"{size / unit:g} {name}"
    return counted(size, "byte")
