"""The bullet table (ingest/bullets.BULLETS): each variant takes its real line and refuses its other, both lines of
a real sample, and no other module writes its own class of bullet glyphs.

A variant widened or narrowed past what its readers need fails here on a line a council printed: `cell_item`
refuses an indented bullet (it reads a cell's text at its margin), `unplaced_item` and `headed_item` a mark with
no text after it, `bare_mark` a mark with text, `column_mark` a hyphen (typed marks are no printed column's
bullets), `point` takes a number (`2.`) as well as a bullet.
"""

import re

import pytest
from council_actions.ingest.bullets import BULLETS, HEADED_ITEM, ORDERED_ITEM, Bullet

from tests.conftest import ROOT, SAMPLES

# Every line of the real documents in samples/, as printed (indent and trailing spaces kept).
LINES = frozenset(line for path in sorted(SAMPLES.rglob("*.txt"))
                  for line in path.read_text(encoding="utf-8").splitlines())
PRODUCT = ("council_actions", "ingest", "parsers", "normalise", "output", "diff", "review")
# A regular expression's character class holding a bullet glyph, written out or as an escape.
GLYPH_CLASS = re.compile(r"\[[^\]\n]*(?:•|▪|\\u2022|\\u25aa)[^\]\n]*\]")


def takes(bullet: Bullet, line: str) -> bool:
    """Whether the variant finds a mark at the line's start: its pattern matches and takes more than space (a
    variant whose mark is optional matches every line, taking only the indent of a line without one)."""
    found = bullet.pattern.match(line)
    return found is not None and found.group().strip() != ""


@pytest.mark.parametrize("bullet", BULLETS, ids=lambda bullet: bullet.name)
def test_each_variant_takes_its_line_and_refuses_the_other(bullet):
    assert takes(bullet, bullet.accepts)
    assert not takes(bullet, bullet.refuses)


@pytest.mark.parametrize("bullet", BULLETS, ids=lambda bullet: bullet.name)
def test_each_variants_lines_are_printed_in_a_sample(bullet):
    assert bullet.accepts in LINES
    assert bullet.refuses in LINES


def test_variants_are_named_once():
    assert len({bullet.name for bullet in BULLETS}) == len(BULLETS)


def test_headed_item_reads_the_reference_and_the_text_after_the_mark():
    found = HEADED_ITEM.pattern.match(HEADED_ITEM.accepts)
    assert found is not None
    assert (found["ref"], found["text"]) == ("2.1", "Review of channels (continues through all remaining horizons)")


def test_no_other_module_writes_a_class_of_bullet_glyphs():
    written = [str(path.relative_to(ROOT)) for folder in PRODUCT for path in sorted((ROOT / folder).rglob("*.py"))
               if GLYPH_CLASS.search(path.read_text(encoding="utf-8"))]
    assert written == []


def test_ordered_item_reads_the_number_and_the_text_after_it():
    found = ORDERED_ITEM.pattern.match(ORDERED_ITEM.accepts)
    assert found is not None
    assert (found["ref"], found["text"]) == ("2", "Deliver the revised Dual Language Street Sign Policy.")
