"""Invisible characters (zero-width, bidi, controls, a stray byte-order mark): one table (ingest/invisible.py) for
text and PDF input, removed where each reader makes its words, each line that held some reported.

The PDFs are real: Waverley's CPA improvement plan printed by Chromium and by LibreOffice with an invisible
character in each longer word (tests/fixtures/pdf/producers/make_invisible.py says how and what each producer made
of them); their clean prints are tests/fixtures/other_councils/pdf/waverley_cpa_improvement_plan_2004_chromium.pdf
and `_libreoffice.pdf`, whose actions the golden file what_how_who_when_without_profile.json holds.
"""

from __future__ import annotations

import json
import re

import pdfplumber
import pytest
from council_actions.ingest import invisible, read_document
from council_actions.ingest.pdf_words import read_glyphs, without_invisible

from council_actions.nonprinting import CHARACTERS
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES
from tests.fixtures.pdf.producers.make_invisible import out, seeded
from tests.fixtures.pdf.producers.make_other_layouts import waverley

PRODUCERS = ("chromium", "libreoffice")
CLEAN = {producer: FIXTURES / "other_councils" / "pdf" / f"waverley_cpa_improvement_plan_2004_{producer}.pdf"
         for producer in PRODUCERS}
GOLDEN = FIXTURES / "other_councils" / "expected" / "what_how_who_when_without_profile.json"
BBOX_TOLERANCE = 2.0  # points: a word's box takes in its invisible characters' boxes before they are removed
EVERY = sorted(CHARACTERS)
# (producer, engine): what the text layer gave for the characters seeded into the print (make_invisible.seeded), how
# many of them were removed and from how many lines. Chromium, pdfplumber: each of the 275, as a space of no
# advance (read as U+200B); pdfium: its text page drops those spaces but hands the 14 zero-width joiners over as
# U+200D. LibreOffice: one glyph, mapped to U+200C, for its spaces and the seeded characters that print one (the
# non-joiners, each isolate and its pop: 213 of no advance); pdfplumber reads each space as the space it advances
# as and removes the 213; pdfium's text page drops the glyphs that advance and most of the others, keeping 31.
SEEN = {("chromium", "pdfplumber"): ("U+200B", 275, 38), ("chromium", "pdfium"): ("U+200D", 14, 14),
        ("libreoffice", "pdfplumber"): ("U+200C", 213, 34), ("libreoffice", "pdfium"): ("U+200C", 31, 22)}
ENGINES = ("pdfplumber", "pdfium")


# A vertical tab between two letters is read as a space (Word's manual line break: tests/hostile/test_vertical_tabs.py)
@pytest.mark.parametrize("char", [c for c in EVERY if c != "\x0b"], ids=lambda c: f"U+{ord(c):04X}")
def test_every_character_of_the_table_is_removed_inside_a_word(char):
    assert invisible.clean(f"CI{char}001 He{char}ad of Finance") == ("CI001 Head of Finance", char * 2)
    escape = f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
    assert invisible.escaped(f"CI{char}001") == f"CI{escape}001"


def test_a_soft_hyphen_ending_a_word_is_the_hyphen_its_break_printed():
    """Inside a word a soft hyphen printed nothing; at a word's end (a line broke at it) it printed `-`, as pdfium
    reads it: read so, and not reported (nothing was lost)."""
    assert invisible.clean("Improve\u00adment") == ("Improvement", "\u00ad")
    assert invisible.clean("Improve\u00ad") == ("Improve-", "")
    assert invisible.clean("Improve\u00ad ment") == ("Improve- ment", "")


def test_text_input_reads_the_same_table(tmp_path):
    """The text reader's report for a line, from the same table and function as a PDF line's."""
    path = tmp_path / "plan.txt"
    path.write_text("Action Plan\nCI\u2060001\tLead: Head\u00ad of Fi\u200bnance\n", encoding="utf-8")
    document = read_document(path)
    assert document.text == "Action Plan\nCI001\tLead: Head- of Finance\n"
    [issue] = document.issues
    assert (issue.code, issue.span.line_start, issue.raw_text) == (
        "control_characters", 2, "CI\\u2060001\tLead: Head\\xad of Fi\\u200bnance")
    assert issue.message == "removed 2 characters that print nothing or control the terminal (U+200B, U+2060) from line 2"


def test_words_lose_them_and_keep_their_printed_text():
    words = [{"text": "CI\u200d001"}, {"text": "\u200e"}, {"text": "Finance"}]
    assert without_invisible(words) == [{"text": "CI001", "invisible": "CI\u200d001"}, {"text": "Finance"}]


def _char(text: str, x0: float, x1: float, top: float) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "width": x1 - x0}


# Each rule of invisible.GLYPHS with the real glyphs it reads (pdfminer's characters, from the fixtures): the glyph
# the rule reads (second) among its neighbours, and what the rule reads them as.
GLYPH_CASES = {
    # Chromium's print of `s\u2060peed`: a space glyph the next letter starts on; a real space advances
    " ": ([_char("s", 129.19, 133.69, 94.9), _char(" ", 133.69, 136.19, 94.9), _char("p", 133.70, 138.70, 94.9),
           _char(" ", 138.70, 141.20, 94.9), _char("e", 141.20, 146.20, 94.9)], ["s", "\u200b", "p", " ", "e"]),
    # LibreOffice's print of `I\u200cmprove speed with` and the line after: the space glyph, mapped to U+200C,
    # advances the type where the text had a space (and ends the line), not where it had the non-joiner
    invisible.INVISIBLE_MAPPED: (
        [_char("I", 124.8, 127.29, 77.4), _char("\u200c", 127.29, 129.79, 77.4), _char("m", 127.29, 134.79, 77.4),
         _char("e", 152.29, 157.3, 77.4), _char("\u200c", 157.3, 159.79, 77.4), _char("s", 159.8, 164.3, 77.4),
         _char("h", 197.79, 202.8, 77.4), _char("\u200c", 202.8, 205.29, 77.4), _char("w", 124.8, 131.3, 87.8)],
        ["I", "\u200c", "m", "e", " ", "s", "h", " ", "w"]),
}


@pytest.mark.parametrize("glyph", invisible.GLYPHS, ids=lambda g: g.mapped)
def test_each_glyph_rule_reads_a_real_print(glyph):
    chars, expected = GLYPH_CASES[glyph.mapped]
    read = read_glyphs(chars)
    assert [c["text"] for c in read] == expected
    assert glyph.read_as in expected
    for before, after in zip(chars, read, strict=True):  # one read as zero-width is put where the next starts
        moved = after["text"] in CHARACTERS and before["text"] == " "
        assert (after["x0"], after["x1"]) == ((133.70, 133.70) if moved else (before["x0"], before["x1"]))


def test_a_glyph_between_rules_stays_as_mapped():
    """Neither advancing (the next starts within half its width) nor standing still: not read otherwise; nor one
    of no width, whose place tells nothing."""
    chars = [_char("\u200c", 10.0, 12.5, 50.0), _char("a", 11.0, 16.0, 50.0), _char(" ", 16.0, 16.05, 50.0),
             _char("b", 16.0, 21.0, 50.0)]
    assert read_glyphs(chars) == chars


def test_a_font_without_widths_keeps_its_spaces():
    """tests/fixtures/regressions/pdfium_page_in_tree_fails_to_load.pdf names a font it does not hold: pdfminer
    puts every character at x 72 with no width. Its spaces are spaces: `Theme 1 Action Plan`, not reported."""
    document = read_document(FIXTURES / "regressions" / "pdfium_page_in_tree_fails_to_load.pdf",
                             pdf_engine="pdfplumber")
    assert document.text == "Theme 1 Action Plan\n\f\nTheme 1 Action Plan\n"
    assert document.issues == ()


@pytest.mark.parametrize("producer, seeded_characters", [("chromium", 275), ("libreoffice", 275),
                                                          ("libreoffice_all", 275)])
def test_the_fixture_is_the_seeded_plan(producer, seeded_characters):
    """Every seeded character is one the table removes; the plan's cells come back from the seeded ones."""
    plan = seeded(waverley(), producer)
    assert [tuple(invisible.clean(cell)[0] for cell in row) for row in plan.rows] == list(waverley().rows)
    assert sum(len(invisible.clean(cell)[1]) for row in plan.rows for cell in row) == seeded_characters


def _glyphs(path):
    """Every printed glyph but spaces and the table's characters: (text, x0, top)."""
    with pdfplumber.open(path) as pdf:
        return [(c["text"], c["x0"], c["top"]) for page in pdf.pages for c in page.chars
                if c["text"] != " " and c["text"] not in CHARACTERS]


def test_the_libreoffice_print_keeps_the_clean_page():
    """The kinds seeded into LibreOffice's print (damage.LIBREOFFICE_KEEPS) leave its page as it was: every other
    glyph where the clean print has it (within a fifth of a point), so the print can be held to the clean one's
    reading."""
    dirty, clean = _glyphs(out("libreoffice")), _glyphs(CLEAN["libreoffice"])
    assert [g[0] for g in dirty] == [g[0] for g in clean] and len(clean) == 1393
    assert max(max(abs(a[1] - b[1]), abs(a[2] - b[2])) for a, b in zip(dirty, clean, strict=True)) < 0.2


def _cell(cell):
    span = cell.span
    return (cell.column, cell.text, cell.fill, cell.paragraph_start, cell.space_below, cell.line_break, span.page,
            span.line_start, span.line_end, span.char_start, span.char_end)


@pytest.mark.parametrize("producer, engine", sorted(SEEN))
def test_a_pdf_with_invisible_characters_reads_as_its_clean_print(producer, engine):
    """Same text, lines and cells (boxes within a tolerance) as the clean print, and each line that held some
    reported with its page and line. Read as the engines give them, pdfplumber breaks Chromium's words at them
    (`J` `ohn`) and runs LibreOffice's together (`Improvespeedwith`: every space read as U+200C), and pdfium keeps
    U+200D inside words (`I\u200dmprovement`)."""
    clean, dirty = (read_document(path, pdf_engine=engine) for path in (CLEAN[producer], out(producer)))
    assert dirty.text == clean.text
    assert [[_cell(c) for c in line.cells] for line in dirty.iter_lines()] == \
        [[_cell(c) for c in line.cells] for line in clean.iter_lines()]
    for ours, theirs in zip(dirty.iter_lines(), clean.iter_lines(), strict=True):
        for a, b in zip(ours.cells, theirs.cells, strict=True):
            assert a.span.bbox == pytest.approx(b.span.bbox, abs=BBOX_TOLERANCE)
    assert clean.issues == ()
    kind, characters, lines = SEEN[producer, engine]
    lines_of = {line.number: line for line in dirty.iter_lines()}
    found = 0
    for issue in dirty.issues:
        match = re.fullmatch(rf"removed (\d+) characters? that print nothing or control the terminal "
                             rf"\({re.escape(kind)}\) from page 1 line (\d+)", issue.message)
        assert match and issue.code == "control_characters", issue.message
        line = lines_of[int(match.group(2))]
        assert (issue.span.page, issue.span.line_start, issue.span.char_start, issue.span.char_end) == (
            1, line.number, line.span.char_start, line.span.char_end)
        assert issue.raw_text.count("\\u" + kind[2:].lower()) == int(match.group(1))
        found += int(match.group(1))
    assert (found, len(dirty.issues)) == (characters, lines)


@pytest.mark.parametrize("producer, engine", sorted(SEEN))
def test_the_seeded_print_gives_the_clean_prints_actions(producer, engine):
    """Both prints give the golden file's actions (what, owner, when, ref), with either engine."""
    generic = load_profile("generic")
    golden = [(a["action"], a["owner"], a["timeline"], a["ref"])
              for a in json.loads(GOLDEN.read_text(encoding="utf-8"))["actions"]]
    read = [[(a.action, a.owner_raw, a.timeline_raw, a.element_id) for a in process(path, generic, None,
                                                                                    pdf_engine=engine).parsed.actions]
            for path in (CLEAN[producer], out(producer))]
    assert read[1] == read[0] == golden and len(golden) == 8


@pytest.mark.parametrize("producer", PRODUCERS)
def test_both_engines_read_the_seeded_print_alike(producer):
    """The fast engine held to the reference on this print as tests/ingest/test_pdf_engines.py holds it on the
    fixtures under tests/fixtures/pdf: same text, cells and spans, boxes within its tolerance."""
    reference, fast = (read_document(out(producer), pdf_engine=engine) for engine in ENGINES)
    assert fast.text == reference.text
    assert [[_cell(c) for c in line.cells] for line in fast.iter_lines()] == \
        [[_cell(c) for c in line.cells] for line in reference.iter_lines()]
    for ours, theirs in zip(fast.iter_lines(), reference.iter_lines(), strict=True):
        assert ours.span.bbox == pytest.approx(theirs.span.bbox, abs=BBOX_TOLERANCE)
