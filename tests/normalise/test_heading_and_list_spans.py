"""Owner and timeline rows, and the warnings about them, point at their own words, not at a whole cell or heading.

What it pins: an `owner_list_read_as_one` warning points where its owner row does, at its own words, not at its
whole owner cell's span, whatever else the cell names. A timeline taken
from a list's heading (Boroondara's `Upon adoption:` above its items, East Cambridgeshire's year headings) points
at the heading's words, and a ditto's owner row and warning at the ditto word printed at that row. And, over every
sample and the PDF copies of other councils' plans: each owner and timeline row, and each warning about one,
points at text that begins with its first word and ends with its last. The lines and texts were read off the
sources by hand.
"""

from __future__ import annotations

import re

import pytest
from council_actions.ingest.model import Span

from council_actions.pipeline import Processed, process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, SAMPLES

OTHERS = SAMPLES / "other_councils"
BRACKNELL = OTHERS / "bracknell_caring_2023_24_q3.txt"
SPANNED_CODES = frozenset({"unknown_owner", "owner_list_read_as_one", "unresolved_timeline",
                           "timeline_needs_reference"})


def at(processed: Processed, rows: list[tuple[str, Span]]) -> list[tuple[str, int, int, str]]:
    """(text as read, first line, last line, the document's text at the row's characters) for (text, span) pairs."""
    text = processed.document.text
    return [(raw, span.line_start, span.line_end, text[span.char_start:span.char_end]) for raw, span in rows]


def issues_at(processed: Processed, code: str) -> list[tuple[str, int, int, str]]:
    return at(processed, [(i.raw_text, i.span) for i in processed.normalised.issues if i.code == code])


def timelines_at(processed: Processed) -> list[tuple[str, int, int, str]]:
    return at(processed, [(t.timeline_raw, t.span) for t in processed.normalised.timelines])


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def from_first_to_last_word(printed: str, text: str) -> bool:
    """Whether `text` (the document at a row's characters) begins with `printed`'s first word and ends with its
    last, nothing around them: a wrapped value has other columns' cells between its lines, never before or after."""
    return text == text.strip() and bool(words(printed)) and words(text)[:1] == words(printed)[:1] \
        and words(text)[-1:] == words(printed)[-1:]


def test_a_body_list_warning_points_at_the_list():
    # Bracknell's records, line 40: `Directorate: Place, Planning and Regeneration`
    assert issues_at(process(BRACKNELL, load_profile()), "owner_list_read_as_one") == [
        ("Place, Planning and Regeneration", 40, 40, "Place, Planning and Regeneration")]


def test_a_body_list_warning_points_at_the_list_alone_in_a_cell_naming_two(tmp_path):
    # the same record naming a second owner in its cell: the warning marks the list, as the list's row does
    text = BRACKNELL.read_text(encoding="utf-8")
    cell = "Directorate: Place, Planning and Regeneration\n"
    assert text.count(cell) == 1
    copy = tmp_path / BRACKNELL.name
    copy.write_text(text.replace(cell, "Directorate: Chief Executive's Office; Place, Planning and Regeneration\n"),
                    encoding="utf-8")
    processed = process(copy, load_profile())
    listed = ("Place, Planning and Regeneration", 40, 40, "Place, Planning and Regeneration")
    assert issues_at(processed, "owner_list_read_as_one") == [listed]
    assert listed in at(processed, [(o.owner_raw, o.span) for o in processed.normalised.owners])


@pytest.mark.parametrize("sample, rows", [
    ("boroondara_cx_timeline_for_action_2014.txt", [("Upon adoption:", 3), ("3 months in:", 9), ("5 months in:", 11),
                                                    ("6 months in:", 15), ("9 months in:", 22),
                                                    ("12 months in:", 28)]),
    # the dashes' copy: its headings, and two items' own dates in brackets (`... (28 November 2025)`)
    ("east_cambridgeshire_lgr_timeline_dashes.txt", [("2025", 2), ("28 November 2025", 8), ("2026", 9),
                                                      ("July 2026", 11), ("2027", 14), ("2028 onwards", 18),
                                                      ("1 April 2028", 19)]),
])
def test_a_timeline_a_heading_gives_points_at_the_heading(sample, rows):
    found = timelines_at(process(OTHERS / sample, load_profile()))
    assert sorted(set(found), key=lambda row: row[1]) == [(raw, line, line, raw) for raw, line in rows]


def test_a_heading_timeline_warning_points_at_the_heading():
    # with no reference date, Boroondara's `Upon adoption:` (line 3) waits for one: its warning marks the heading
    processed = process(OTHERS / "boroondara_cx_timeline_for_action_2014.txt", load_profile("generic"))
    assert set(issues_at(processed, "timeline_needs_reference")) >= {
        ("Upon adoption:", 3, 3, "Upon adoption:"), ("12 months in:", 28, 28, "12 months in:")}


@pytest.mark.parametrize("path", [OTHERS / "waverley_cpa_improvement_plan_2004.txt",
                                  FIXTURES / "other_councils" / "pdf" / "waverley_cpa_improvement_plan_2004_chromium.pdf"],
                         ids=["text", "pdf"])
def test_a_ditto_row_and_its_warning_point_at_the_ditto_word(path):
    # Waverley prints `John Anderson` once, then `ditto` on the next two rows: each ditto row, and its warning about
    # the unknown owner it repeats, marks and quotes the ditto word printed at that row (the warning quoted the name
    # where it pointed at `ditto`: provaudit); the name keeps its own row and warning
    processed = process(path, load_profile())
    owners = at(processed, [(o.owner_raw, o.span) for o in processed.normalised.owners])
    named = next(k for k, row in enumerate(owners) if row[0] == "John Anderson")
    assert [row[0] for row in owners[named:named + 3]] == ["John Anderson", "ditto", "ditto"]
    assert [row[3] for row in owners[named + 1:named + 3]] == ["ditto", "ditto"]
    assert from_first_to_last_word("John Anderson", owners[named][3])  # the PDF wraps it: `John` / `Anderson`
    warned = [row for row in issues_at(processed, "unknown_owner") if row[1:] in [o[1:] for o in owners[named:named + 3]]]
    assert warned == owners[named:named + 3]


EVERY = sorted(SAMPLES.rglob("*.txt")) + sorted((FIXTURES / "other_councils" / "pdf").glob("*.pdf"))


@pytest.mark.parametrize("path", EVERY, ids=[p.name for p in EVERY])
def test_every_owner_and_timeline_row_and_warning_points_at_its_own_words(path):
    processed = process(path, load_profile())
    rows = at(processed, [(o.owner_raw, o.span) for o in processed.normalised.owners]) + timelines_at(processed)
    warnings = [row for code in sorted(SPANNED_CODES) for row in issues_at(processed, code)]
    assert [row for row in rows if not from_first_to_last_word(row[0], row[3])] == []
    # a ditto's warning, too, quotes the ditto word it marks (its message names the owner it repeats)
    assert [row for row in warnings if not from_first_to_last_word(row[0], row[3])] == []
