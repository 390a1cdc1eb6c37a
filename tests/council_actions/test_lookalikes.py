"""The look-alike letters table (council_actions/latin_lookalikes.json) is Unicode's confusables data as the pinned
confusable-homoglyphs package gives it, reduced to what `latin_lookalikes` asks: each character of another
script that the package names as a look-alike of one Latin letter, and that letter.

The package decides per character (`is_confusable` with `greedy=True` reads each character alone), so the table
is derived one character at a time here, in the package's own words, and must equal the committed file. After a
new version of the package is pinned, rewrite the file: `python -m tests.council_actions.test_lookalikes`.
"""

import json
from pathlib import Path

import pytest
from confusable_homoglyphs import confusables

from council_actions.lookalikes import latin_lookalikes, lookalikes_folded

TABLE = Path(__file__).resolve().parents[2] / "council_actions" / "latin_lookalikes.json"


def latin_letter_for(character: str) -> str | None:
    """The Latin letter the package names as a look-alike of `character` (the last it lists, if several), or
    None."""
    found = confusables.is_confusable(character, greedy=True, preferred_aliases=["latin"]) or []
    letters = [glyph["c"] for item in found for glyph in item["homoglyphs"]
               if not character.isascii() and len(glyph["c"]) == 1 and glyph["c"].isascii() and glyph["c"].isalpha()]
    return letters[-1] if letters else None


def derived_table() -> dict[str, str]:
    table = {character: latin_letter_for(character) for character in confusables.confusables_data
             if len(character) == 1}
    return {character: letter for character, letter in sorted(table.items()) if letter is not None}


def test_the_committed_table_is_the_packages_data():
    committed = json.loads(TABLE.read_text("utf-8"))
    assert committed == derived_table(), "rewrite it: python -m tests.council_actions.test_lookalikes"


# `СНоҒ` is the seed plan's own (Cyrillic С, Н, о); the others are made up: Cyrillic, Greek and mathematical letters
# of the kinds a PDF's text layer or a copied heading gives.
CASES = [
    ("СНоҒ", "CHoҒ"),  # Cyrillic С, Н, о; Ғ (U+0492) has no Latin look-alike in the data and is kept
    ("АСЕ (S151)", "ACE (S151)"),
    ("Rеsponsible", "Responsible"),  # Cyrillic е
    ("ΑΒΕ", "ABE"),  # Greek capitals
    ("𝐀ction", "Action"),  # MATHEMATICAL BOLD CAPITAL A
    ("Chief Executive", "Chief Executive"),
    ("Café × 2", "Café x 2"),  # é has no entry; the multiplication sign is named a look-alike of x
]


@pytest.mark.parametrize(("printed", "read"), CASES)
def test_lookalikes_read_as_latin_letters(printed, read):
    assert latin_lookalikes(printed) == read


def test_a_heading_is_folded_only_where_it_holds_greek_or_cyrillic():
    assert lookalikes_folded("Rеsponsible Officer") == "Responsible Officer"
    assert lookalikes_folded("𝐀ction") == "𝐀ction"


if __name__ == "__main__":
    TABLE.write_text(json.dumps(derived_table(), ensure_ascii=False, sort_keys=True, indent=0) + "\n", "utf-8")
