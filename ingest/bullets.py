"""Whether a line is a list item: the bullet glyphs and the shapes of a bulleted line, one table for every reader
and parser.

A line opens a list item by how it is printed (a mark at its start), before anything knows what the list is of, so
the rule belongs to the stage that reads lines: ingest. Its readers ask it first (headed lists, records, fixed-width
and spaced tables, the shapes of a cell's lines), and the parsers ask the same table (free-text cells, findings,
sections, document titles, counts, self-assessments).

The readers do not all ask the same question, and each keeps its own answer: a cell's
item is read at the cell text's margin, a list's unplaced line may be indented; some take an en dash or Word's `o`
as a mark, a printed table's column takes only a printed glyph, a self-assessment a number too (`1.`). So the
table holds one named variant per need (BULLETS), each a set of glyphs in a shape, with a real line it takes and a
real line it refuses (tests/ingest/test_bullets.py reads both); a reader that needs another rule adds a row, never
widens or narrows one another reader asks. No council's words: glyphs are print.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

# The marks, by where they come from.
# Word's Symbol-font bullet from a PDF whose font maps no Unicode to it: its code in the private-use area, U+F0B7.
# A bullet wherever `•` is one.
SYMBOL_BULLET = "\uf0b7"
# A word processor's bullets: a bullet, a middle dot (a Symbol-font bullet as text), a small square, the Symbol bullet
PRINTED = "•·▪" + SYMBOL_BULLET
TYPED = "-*"  # plain text's and Markdown's marks: a hyphen, an asterisk
EN_DASH = "–"  # a dash printed as a bullet
LIST = PRINTED + TYPED + EN_DASH  # the marks most readers take
WORD_O = "o"  # Word's second-level bullet (a Courier `o`) extracted as a letter
GLYPHS = "{g}"  # in a shape: where the variant's glyphs stand, inside a character class


@dataclass(frozen=True)
class Bullet:
    """A variant of the rule: the glyphs it takes as a mark, the shape of a line around the mark (a regular
    expression, GLYPHS standing for the glyphs), and a real line it takes and one it refuses, which the tests
    check it against and find in the samples."""

    name: str
    glyphs: str
    shape: str
    accepts: str
    refuses: str

    @cached_property
    def source(self) -> str:
        """The shape with the glyphs in it, for a reader whose own pattern opens with the mark (records' labels)."""
        return self.shape.replace(GLYPHS, re.escape(self.glyphs))

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled shape, compiled on first use: a process compiles only the variants its readers ask."""
        return re.compile(self.source)


# A cell's text opening at its margin with a mark and a space: an item of a free-text cell, a row's bulleted action
# (parsers/free_text, table_rows, findings), a bullet line's shape (ingest/cell_shapes).
CELL_ITEM = Bullet("cell_item", LIST, r"^[{g}]\s+", "· Move BVPIs back to Upper Quartile", "  • December 2023")
# A list's item left unplaced, indented perhaps, a mark and then its text (parsers/sections: a heading over it).
UNPLACED_ITEM = Bullet("unplaced_item", LIST, r"^\s*[{g}]\s+\S", "- 13 (76 per cent) milestones were achieved.", "- ")
# A line that opens with a mark, space after it or none, is no document title (parsers/furniture); no en dash.
TITLE_MARK = Bullet("title_mark", PRINTED + TYPED, r"^\s*[{g}]", "-", "LGA Corporate Peer Challenge action plan")
# What stands before a count or a total line: marks and spaces, any number, or Word's `o` before the count's number
# (parsers/count_totals, status_totals); the hollow bullet and the triangle too.
COUNT_MARKS = Bullet("count_marks", LIST + "◦‣", rf"^(?:[\s{GLYPHS}]+|\s*{WORD_O}\s+(?=\d))",
                     "- 13 (76 per cent) milestones were achieved.", "17 Milestones")
# A bullet a record's label may open, taken off where printed (ingest/records: `• year - ongoing`), and an entry of a
# plan's key to its abbreviations (parsers/owner_key: `  • SDC = Stratford-on-Avon District Council.`); no en dash, no
# square.
LABEL_MARK = Bullet("label_mark", "•·" + SYMBOL_BULLET + TYPED, r"^\s*(?:[{g}]\s+)?", "  • year - ongoing", "June 2023")
# A bullet a spaced table's row line may open, taken off where printed (ingest/spaced_header).
ROW_MARK = Bullet("row_mark", LIST, r"^\s*(?:[{g}]\s+)?", "  • Ongoing", "June 2023")
# A self-assessment's point: a bullet (the hollow and the filled circle too, no en dash) or a number and a full stop
# or bracket, then space (parsers/self_assessment).
POINT = Bullet("point", PRINTED + "◦●" + TYPED, r"^\s*(?:[{g}]|\d+[.)])\s+", " 2. Leadership", "Best Value Duty")
# A headed list's item: a mark, a dotted number (`2.3`) or both, then its text (ingest/headed_list); Word's `o`
# too.
HEADED_ITEM = Bullet("headed_item", LIST + WORD_O,
                     r"^\s*(?:(?:[{g}]\s+)?(?P<ref>\d+(?:\.\d+)+)\.?|[{g}])\s+(?P<text>\S.*)$",
                     "- 2.1 Review of channels (continues through all remaining horizons)", "- ")
# A numbered list's item as a web page's ordered list is saved: indented, a whole number and a full stop, then its
# text (`  2. Deliver the revised Dual Language Street Sign Policy.`: ingest/headed_list). The number is the item's
# reference as printed, as a table row's `16.` is; it starts again at 1 under the next heading, so the heading and
# the number together name one action. A number at the margin is a report's numbered paragraph, a numbered heading
# (Belfast's `1. Climate change` over its milestones) or a table cell's own number, which other readers take. No
# glyph: the number is the mark.
ORDERED_ITEM = Bullet("ordered_item", "", r"^\s+(?P<ref>\d{1,3})\.\s+(?P<text>\S.*)$",
                      "  2. Deliver the revised Dual Language Street Sign Policy.", "1. Climate change")
# A lettered list's item, a letter and a full stop at the margin, then its text (`a. improve the customer’s ...`:
# Lisburn & Castlereagh's projects under `To achieve this we will:`). The letter is the list's mark, as a bullet is,
# no reference: it starts again at `a` under each heading, and the council printed the same list with `- ` bullets
# the next year. A letter and a stop open other lines too (an initial, a roman `i.`), so ingest/lettered_items takes
# it only in a run a, b, c, ...
LETTERED_ITEM = Bullet("lettered_item", "", r"^\s*(?P<letter>[a-z])\.\s+(?P<text>\S.*)$",
                       "c. enable our citizens to influence decision making through community conversations in "
                       "specific council locations.", "ii. physical activity programmes")
# A lettered item of a table cell, its letter in brackets at the cell's margin, its text after it with or without a
# space (`(a)Continue to give ...`: the Isle of Wight's District Audit table, several actions in one row). The
# letter names the item (`2 (a)` is quoted), so the parsers keep it, where a bullet is only typography; the cell
# readers take a first cell listing such items as the row's items (ingest/cell_lines).
CELL_LETTER = Bullet("cell_letter", "", r"^\([a-z]\)\s*(?=\S)",
                     "(a)Continue to give high priority to developing the Council’s performance management framework",
                     "(Section 4.1 of the Code highlights the ‘clear’ requirement that public authorities respond to "
                     "requests for information promptly, and within 20 working days of receipt in accordance with "
                     "section 10(1) of FOIA.)")
# A part of the item above, numbered in roman numerals under an item closing on a colon (`a. ... programmes to
# include:` / `ii. physical activity programmes`): ingest/lettered_items reads it as the item's words, no item.
ITEM_PART = Bullet("item_part", "", r"^\s*(?P<numeral>[ivx]{1,4})\.\s+(?P<text>\S.*)$",
                   "ii. physical activity programmes",
                   "c. enable our citizens to influence decision making through community conversations in specific "
                   "council locations.")
# A mark alone on its line, the item's text on the next (`- ` then `\t1.1 Website redesign`: ingest/headed_list).
BARE_MARK = Bullet("bare_mark", LIST, r"^\s*[{g}]\s*$", "- ",
                   "- 2.1 Review of channels (continues through all remaining horizons)")
# A printed glyph alone as a fixed-width line's first word, before an item's text in its column
# (ingest/fixed_width); a typed mark is no column's bullet.
COLUMN_MARK = Bullet("column_mark", PRINTED, r"^\s*[{g}](?!\S)", "  • Complete", "-")

BULLETS = (CELL_ITEM, UNPLACED_ITEM, TITLE_MARK, COUNT_MARKS, LABEL_MARK, ROW_MARK, POINT, HEADED_ITEM, ORDERED_ITEM,
           LETTERED_ITEM, CELL_LETTER, ITEM_PART, BARE_MARK, COLUMN_MARK)
