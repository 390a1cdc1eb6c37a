"""issues.printable: text shown on one terminal line (a file name in an error, a path in the documents table). The
characters it escapes are those of the one table of characters that print nothing (council_actions/nonprinting.INVISIBLE, the
same that values lose), and the breaks and undecodable bytes a name may hold besides."""

from __future__ import annotations

import pytest

from council_actions.issues import printable
from council_actions.nonprinting import INVISIBLE


@pytest.mark.parametrize("row", INVISIBLE, ids=lambda row: f"U+{ord(row.first):04X}")
def test_every_character_of_the_invisible_table_is_escaped(row):
    for code in range(ord(row.first), ord(row.last) + 1):
        shown = printable(f"plan{chr(code)}.txt")
        assert chr(code) not in shown and shown.startswith("plan\\") and shown.endswith(".txt")


@pytest.mark.parametrize("name, shown", [
    ("evil\nname\x1b[31m.txt", "evil\\x0aname\\x1b[31m.txt"),  # a newline and an escape sequence
    ("a\tb\rc\x0cd.txt", "a\\x09b\\x0dc\\x0cd.txt"),  # the tab and breaks a value keeps
    ("plan \udce9\udcff.txt", "plan \\xe9\\xff.txt"),  # bytes that were not UTF-8, as os.fsdecode gives them
    ("plan\u061c.txt", "plan\\u061c.txt"),  # the Arabic letter mark, a bidi mark: printed raw before
    ("\ufeffplan\u2060\u00ad.txt", "\\ufeffplan\\u2060\\xad.txt"),  # a byte-order mark, word joiner, soft hyphen
    ("Plan d\u2019action \u00e9t\u00e9 2024.txt", "Plan d\u2019action \u00e9t\u00e9 2024.txt"),  # printable as it is
])
def test_a_name_is_shown_with_what_prints_nothing_escaped(name, shown):
    assert printable(name) == shown
