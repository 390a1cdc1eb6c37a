"""A count and its noun (council_actions/counted.py): the one spelling every message that counts uses, so that no
message says `1 documents` again, and no module spells the plural itself."""

from __future__ import annotations

import re

import pytest

from council_actions.counted import counted
from tests.conftest import ROOT

HOME = ROOT / "council_actions" / "counted.py"
PACKAGE = ("council_actions", "ingest", "parsers", "normalise", "output", "diff", "review")
# a count's plural spelt by hand: `{'' if n == 1 else 's'}`, `("" if n == 1 else "s")`, `{'s' if n > 1 else ''}`
OWN_PLURAL = re.compile(r"""if [^:\n]*(?:== 1|> 1) else ['"]s?['"]""")

COUNTS = [  # (number, noun, as a message prints it)
    (0, "row", "0 rows"),
    (1, "document", "1 document"),
    (2, "document", "2 documents"),
    (1, "broken symbolic link", "1 broken symbolic link"),
    (3, "paired document", "3 paired documents"),
    (1, "fewer row", "1 fewer row"),
]


@pytest.mark.parametrize(("number", "noun", "printed"), COUNTS)
def test_a_count_agrees_with_its_noun(number, noun, printed):
    assert counted(number, noun) == printed


def test_no_module_spells_a_counts_plural_itself():
    own = [f"{path.relative_to(ROOT)}:{n}" for folder in PACKAGE for path in sorted((ROOT / folder).rglob("*.py"))
           if path != HOME for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
           if OWN_PLURAL.search(line)]
    assert own == []
