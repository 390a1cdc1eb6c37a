"""A date the user gives: `--reference-date`, `--revision-date`, a manifest's `published`. One form, YYYY-MM-DD,
as every message asking for one says: `date.fromisoformat` (Python 3.11) also takes `20240729` and week dates
(`2024-W30-1`), forms no message offers, so a slip of the keyboard could be read as another day without a word."""

from __future__ import annotations

import datetime as dt
import re

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # fullmatch: the digits' places, then the calendar's check


def given_date(text: str) -> dt.date:
    """`text` as a day (YYYY-MM-DD, a real one), else ValueError naming the form."""
    if ISO_DAY.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass  # 2023-02-30: the form, but no day
    raise ValueError(f"{text!r} is not a date (YYYY-MM-DD)")
