"""`ingest`'s per-document limits and workers as options (council_actions.limits, council_actions.batch)."""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Callable
from typing import Any

from council_actions.limits import MB, Limits, checked_jobs, size_words

SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([KMG]?)B?", re.IGNORECASE)
UNITS = {"": MB, "K": 1 << 10, "M": MB, "G": 1 << 30}


def add_limit_options(parser: argparse.ArgumentParser) -> None:
    default = Limits()
    parser.add_argument("--timeout", type=_positive(float), default=default.timeout, metavar="SECONDS",
                        help=f"stop a document that takes longer (default: {default.timeout:g})")
    parser.add_argument("--max-memory", type=_size, default=default.max_memory, metavar="SIZE",
                        help=f"stop a document that needs more memory, e.g. 512M, 2G (default: "
                             f"{size_words(default.max_memory)})")
    parser.add_argument("--max-pages", type=_positive(int), default=default.max_pages,
                        help=f"refuse PDFs with more pages, counted before any is read (default: {default.max_pages})")
    parser.add_argument("--max-bytes", type=_size, default=default.max_bytes, metavar="SIZE",
                        help=f"refuse larger input files (default: {size_words(default.max_bytes)})")
    parser.add_argument("--jobs", "-j", type=_jobs, default=os.cpu_count() or 1, metavar="N",
                        help="documents read at once, each in its own process: 1 or more (default: the machine's "
                        "cores)")


def limits_from(args: argparse.Namespace) -> Limits:
    return Limits(args.timeout, args.max_memory, args.max_pages, args.max_bytes)


def _positive(kind: type) -> Callable[[str], Any]:
    def convert(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"{text!r} must be more than 0")
        return value
    return convert


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


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def parse_size(text: str) -> int:
    """`1G`, `512MB`, `800k`; a bare number is megabytes."""
    match = SIZE.fullmatch(text.strip())
    if not match or float(match[1]) <= 0:
        raise ValueError(f"{text!r} is not a size (e.g. 512M, 2G)")
    return int(float(match[1]) * UNITS[match[2].upper()])
