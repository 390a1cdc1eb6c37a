"""A plan printed wholly in Cyrillic look-alikes of Latin letters (each Latin letter that has a Cyrillic twin printed
as the twin, as a PDF converter or a font's map can give) reads as the Latin text it is (ingest/lookalike_text.py).

Before, Runnymede's plan so printed failed as "looks like an action plan (its column headings are printed) but no
actions could be read": its headings were compared as Latin, its ids (`СІ001`), owners and dates were not, and
nothing said why. A Russian or Greek text, and a plan with a look-alike here and there, keep their characters.
"""

from __future__ import annotations

import pytest
from council_actions.ingest import read_document
from council_actions.ingest.lookalike_text import could_be_disguised, letters_of

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, PLAN, SAMPLES
from tests.hostile import pdfs

# The converter's swaps: each Latin letter with a Cyrillic letter drawn alike (А В С Е Н І Ј К М О Р Ѕ Т Х У, а с е
# і ј о р ѕ х у), by code point, as they do not show
TWINS = {"A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "I": "\u0406", "J": "\u0408",
         "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420", "S": "\u0405", "T": "\u0422", "X": "\u0425",
         "Y": "\u0423", "a": "\u0430", "c": "\u0441", "e": "\u0435", "i": "\u0456", "j": "\u0458", "o": "\u043e",
         "p": "\u0440", "s": "\u0455", "x": "\u0445", "y": "\u0443"}
DISGUISED = str.maketrans(TWINS)


def test_the_seed_plan_printed_in_cyrillic_lookalikes_reads_as_printed_in_latin(tmp_path):
    text = PLAN.read_text(encoding="utf-8")
    disguised = tmp_path / "plan_in_lookalikes.txt"
    disguised.write_text(text.translate(DISGUISED), encoding="utf-8")
    profile = load_profile()
    plain, read = process(PLAN, profile), process(disguised, profile)
    assert len(read.parsed.actions) == len(plain.parsed.actions) == 94
    assert [(a.element_id, a.action, a.opportunity, a.timeline_raw) for a in read.parsed.actions] == \
        [(a.element_id, a.action, a.opportunity, a.timeline_raw) for a in plain.parsed.actions]
    assert [(o.owner_key, o.match) for o in read.normalised.owners] == \
        [(o.owner_key, o.match) for o in plain.normalised.owners]
    assert read.parsed.actions[0].element_id == "CI001"  # printed `СІ001`, its С and І Cyrillic
    [issue] = [i for i in read.document.issues if i.code == "text_lookalikes_folded"]
    assert (issue.severity, issue.stage, issue.span.line_start, issue.span.char_start) == ("warning", "ingest", 1, 0)
    assert issue.message.startswith("the text is printed in look-alikes of Latin letters: ")
    assert "read as the Latin letters they look like ('#' as '#')" not in issue.message
    assert f"({'Appendix'.translate(DISGUISED)!r} as 'Appendix')" in issue.message
    assert not [i for i in plain.document.issues if i.code == "text_lookalikes_folded"]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_pdf_whose_font_maps_latin_letters_to_cyrillic_twins_reads_as_latin(tmp_path, engine):
    lines = ["Theme 1: Continuous Improvement", "Action Plan: Responsible Officer CHoHROD, Q3-Q4 24/25"]
    path = tmp_path / "lookalike_map.pdf"
    path.write_bytes(pdfs.mapped_text(lines, TWINS))
    document = read_document(path, pdf_engine=engine)
    assert document.text.split("\n")[0] == " ".join(lines)  # one paragraph: no table rules
    assert [i.code for i in document.issues] == ["text_lookalikes_folded"]
    plain = tmp_path / "plain_map.pdf"
    plain.write_bytes(pdfs.mapped_text(lines, {}))
    assert read_document(plain, pdf_engine=engine).text == document.text
    assert not read_document(plain, pdf_engine=engine).issues


@pytest.mark.parametrize("text", [
    "План действий совета по улучшению услуг и работе с жителями района",  # Russian: most letters have no twin
    "Σχέδιο δράσης του δήμου για τη βελτίωση των υπηρεσιών",  # Greek
    "Тема 1 — Культура",  # a short Russian heading: 8 of its 12 letters have a Latin twin
    "Owner: \u0421\u041d\u043e\u0492 (Corporate Head of Finance), by end of Q4 2024/25",  # the seed's one owner so
])
def test_a_greek_or_cyrillic_text_or_a_stray_lookalike_keeps_its_characters(tmp_path, text):
    path = tmp_path / "other_script.txt"
    path.write_text(text + "\n", encoding="utf-8")
    document = read_document(path)
    assert document.text == text + "\n"
    assert not [i for i in document.issues if i.code == "text_lookalikes_folded"]


def test_the_cheap_first_count_rules_out_only_texts_the_full_count_would():
    """`could_be_disguised` spares a plan with a Cyrillic letter here and there the count of every character; it may
    never rule out a text `letters_of` would find disguised. Over every sample and text fixture, and the seed plan
    disguised, the seed with only `e`, `a`, `o` and `i` swapped (a third of its letters: disguised, with `t`, `n`,
    `s` and `r` still Latin, near the bound) and a Russian heading."""
    texts = [path.read_text(encoding="utf-8", errors="replace")
             for folder in (SAMPLES, FIXTURES) for path in sorted(folder.rglob("*.txt"))]
    plan = PLAN.read_text(encoding="utf-8")
    fewest = plan.translate(str.maketrans({letter: TWINS[letter] for letter in "eaoi"}))
    texts += [plan.translate(DISGUISED), fewest, "Тема 1 — Культура"]
    for text in texts:
        assert could_be_disguised(text) or not letters_of(text).disguised()
    assert all(could_be_disguised(text) and letters_of(text).disguised() for text in texts[-3:-1])
    assert not could_be_disguised(plan)  # the seed's few look-alikes: ruled out by the cheap count
