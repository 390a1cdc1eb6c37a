"""Letters of other scripts that look like Latin ones (a Cyrillic `е` in `Rеsponsible`), read as the Latin letter.

A heading or an owner typed so, or given so by a font, is compared as the Latin text it looks like: the heading rules
(council_actions/roles.py) and the owner glossary's spellings (council_actions/owner_spellings.py,
normalise/owners.py) read it so, while every value keeps its characters as printed. The letters come from a table
derived from Unicode's confusables data (`latin_lookalikes.json`), not the package that holds all of it.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files

# Letters of the scripts whose look-alikes of Latin letters a heading may be typed with (Greek and Coptic, Cyrillic
# and its supplement): only a heading holding one is looked up in Unicode's confusables data (`latin_lookalikes`).
OTHER_SCRIPT = re.compile(r"[\u0370-\u052f]")


def lookalikes_folded(text: str) -> str:
    """A heading with the Greek or Cyrillic letters that look like Latin ones read as those (`Rеsponsible`, its `е`
    Cyrillic, is `Responsible`): a heading typed so, or given so by a font, would match no rule, and a plan whose
    only action heading it is be refused. Only the text compared; the heading and the cells keep their characters as
    printed, and the reader records the folding (ingest/renderings.py)."""
    return latin_lookalikes(text) if OTHER_SCRIPT.search(text) else text


@lru_cache(maxsize=64)
def latin_lookalikes(text: str) -> str:
    """Map letters of other scripts to the Latin letter Unicode's confusables data names, one for one: owners'
    spellings (council_actions/owner_spellings.py) and headings (`lookalikes_folded`) are compared so."""
    return text if text.isascii() else text.translate(_lookalike_table())


@lru_cache(maxsize=1)
def _lookalike_table() -> dict[int, str]:
    """Each character Unicode's confusables data (as the pinned confusable-homoglyphs package gives it) names as
    a look-alike of one Latin letter, and that letter: 1,138 of its 9,619 entries, read from
    `latin_lookalikes.json`, which tests/council_actions/test_lookalikes.py derives from the package and holds
    equal to it. The package itself loads its whole table (900 KB of JSON) and, for its updater, urllib and ssl:
    some 40 ms under `python -X importtime`, of a PDF reader's start on the critical path, for a plan printed with
    one Cyrillic letter."""
    table: dict[str, str] = json.loads(files("council_actions").joinpath("latin_lookalikes.json").read_text("utf-8"))
    return {ord(character): letter for character, letter in table.items()}


@lru_cache(maxsize=1)
def script_lookalikes() -> dict[int, str]:
    """The look-alikes of Latin letters among the Greek and Cyrillic letters (OTHER_SCRIPT): what a font or a
    converter that prints a whole text in look-alikes puts for its letters (ingest/lookalike_text.py), and so what
    is read back as Latin there. Not the mathematical letters or other scripts' signs a Latin text may hold. A
    capital the data names a twin of `l` (the Ukrainian `І`, Greek `Ι`) is read as `I`: the two Latin letters are
    drawn alike, and a capital stands for the capital (`СІ001` is `CI001`)."""
    return {code: "I" if letter == "l" and chr(code).isupper() else letter
            for code, letter in _lookalike_table().items() if OTHER_SCRIPT.fullmatch(chr(code))}
