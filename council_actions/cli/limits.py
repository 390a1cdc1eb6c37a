"""`ingest`'s per-document limits and workers as options (council_actions.limits, council_actions.batch).

Each option is checked by the rule the library's Limits checks its field by, and refused in the same words: 0 or
less is no limit of either kind, neither the default nor none (council_actions.limits.LIMIT_RULES)."""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Callable

from council_actions.limits import LIMIT_RULES, MB, LimitName, Limits, checked_jobs, checked_limit, size_words

SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([KMG]?)B?", re.IGNORECASE)
UNITS = {"": MB, "K": 1 << 10, "M": MB, "G": 1 << 30}


def add_limit_options(parser: argparse.ArgumentParser) -> None:
    default = Limits()
    parser.add_argument("--timeout", type=_limit("timeout"), default=default.timeout, metavar="SECONDS",
                        help=f"stop a document that takes longer: more than 0 (default: {default.timeout:g})")
    parser.add_argument("--max-memory", type=_size("max_memory"), default=default.max_memory, metavar="SIZE",
                        help=f"stop a document that needs more memory, e.g. 512M, 2G: more than 0 (default: "
                             f"{size_words(default.max_memory)})")
    parser.add_argument("--max-pages", type=_limit("max_pages"), default=default.max_pages, metavar="N",
                        help=f"refuse PDFs with more pages, counted before any is read: 1 or more (default: "
                             f"{default.max_pages})")
    parser.add_argument("--max-bytes", type=_size("max_bytes"), default=default.max_bytes, metavar="SIZE",
                        help=f"refuse larger input files: more than 0 (default: {size_words(default.max_bytes)})")
    add_jobs_option(parser)


def add_jobs_option(parser: argparse.ArgumentParser) -> None:
    """--jobs, for every command that reads documents (ingest, and upgrade, which reads them again)."""
    parser.add_argument("--jobs", "-j", type=_jobs, default=os.cpu_count() or 1, metavar="N",
                        help="documents read at once, each in its own process: 1 or more (default: the machine's "
                        "cores)")


def limits_from(args: argparse.Namespace) -> Limits:
    return Limits(args.timeout, args.max_memory, args.max_pages, args.max_bytes)


def _limit(name: LimitName) -> Callable[[str], float]:
    """The option of the limit `name` read as a number of its rule's type, then checked by the rule Limits checks it
    by in the API (council_actions.limits.checked_limit), refused in the same words."""
    kind = LIMIT_RULES[name].kind

    def convert(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a {'whole ' if kind is int else ''}number") from None
        return _checked(name, value)
    return convert


def _checked(name: LimitName, value: float) -> float:
    try:
        return checked_limit(name, value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _jobs(text: str) -> int:
    """--jobs as the API's `jobs` is checked (council_actions.limits.checked_jobs), in the same words."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    try:
        return checked_jobs(number)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _size(name: LimitName) -> Callable[[str], int]:
    """A size option (`512M`), then checked as `_limit` checks a number: `0M` and `0.0000001` (0 bytes) refused."""
    def convert(text: str) -> int:
        try:
            size = parse_size(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
        return int(_checked(name, size))
    return convert


def parse_size(text: str) -> int:
    """`1G`, `512MB`, `800k`; a bare number is megabytes. Whether the size is one a limit takes is checked_limit's."""
    match = SIZE.fullmatch(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a size (e.g. 512M, 2G)")
    return int(float(match[1]) * UNITS[match[2].upper()])
