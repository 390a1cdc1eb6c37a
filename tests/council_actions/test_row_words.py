"""Nothing lost inside a row: every word printed in an action row is in a value read from that row.

The line accounting (tests/output/test_tables.py) asks only that each line fall inside some row's span, so a value
dropped from the middle of a row it spans goes unnoticed: Croydon's `Start date: August 2023` was inside its
record and in no table. Here every word of an action row's source text (the document's text at the row's
char_start:char_end, without the converter's markup that the cleaning strips: `<b>`, `<sub>`) must be found, as
many times as it is printed, in the row's values (action, opportunity, owners, timeline and start, status,
progress, notes, reference), in an issue or boilerplate record inside the span, or among the words of the headings
and labels the layout read (`Document.columns`, each heading once: a record prints its labels inside its rows). A
lettered list's mark (`a.` before an item) is the list's mark, as a bullet is, no word.
Actions whose spans overlap (two read from one cell, a merged cell read into one of them, the items of one row's
bulleted cell where one's timeline runs beside the next) are checked together, each row to the end of what was
read into it. A template row also prints its element's cells
(the theme label and score, the characteristic, wrapped down the element's rows): those words are the element's,
in the elements table, each printed once among the element's rows. The seed plan and its copies (the real-producer
PDFs and their one-damage extracts, the pdftotext renderings, the revisions, the row-repair extracts; the PDFs
tests/pdf_factory draws of it in each producer style) and every sample of samples/other_councils and
tests/fixtures/other_councils, with the default profile and the generic one; a page refused as no plan has no row
to check.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest
from council_actions.ingest.bullets import LETTERED_ITEM
from council_actions.ingest.markup import strip_html
from council_actions.ingest.model import Document
from council_actions.output.tables import build_tables
from council_actions.parsers.records import Action, Element, ParsedDocument
from council_actions.review.source import SourceText

from council_actions.issues import StageError
from council_actions.pipeline import Processed, process
from council_actions.profile import Profile, load_profile
from tests.conftest import FIXTURES, GIVEN, PLAN, SAMPLES
from tests.pdf_factory import BROWSER, FULL_WIDTH, Producer
from tests.pdf_factory import WORD as WORD_PRODUCER

WORD = re.compile(r"[^\W_]+")
SEED_COPIES = [*(FIXTURES / "pdf").rglob("*.pdf"), *(FIXTURES / "pdftotext").glob("*.txt"),
               *(FIXTURES / "revisions").glob("*.txt"), *(FIXTURES / "plan_rows").glob("*.txt")]
DOCUMENTS = sorted([PLAN, *SEED_COPIES, *(SAMPLES / "other_councils").glob("*.txt"),
                    *(FIXTURES / "other_councils").rglob("*.txt"), *(FIXTURES / "other_councils").rglob("*.pdf"),
                    *(FIXTURES / "other_councils").rglob("*.csv"), *(FIXTURES / "other_councils").rglob("*.tsv")])
PROFILES = ("default", "generic")
# A PDF's read by an engine is made once a run (tests/conftest.py): each PDF here is read once for both profiles
# (the read takes no profile), and the committed and drawn plans' reads are shared with ingest/test_pdf_engines.py.
pytestmark = pytest.mark.usefixtures("pdf_read_once_per_run")


def _words(*texts: str | None) -> Counter[str]:
    return Counter(word.lower() for text in texts for word in WORD.findall(text or ""))


def _reach(action: Action) -> int:
    """Where the last text read into the action ends: its span's end, or its owner's, timeline's, start's or revision's where
    printed further down (a bulleted row's last item takes the When? lines below its own bullet)."""
    spans = (action.span, action.allocated_span, action.owner_span, action.timeline_span, action.start_span,
             action.revised_span)
    return max(span.char_end for span in spans if span is not None)


def _rows(actions: Iterable[Action]) -> list[tuple[int, int, list[Action]]]:
    """Actions grouped into rows by their spans: those sharing a span or overlapping one another (two actions read
    from one cell, a merged cell read into one of them) are one row, and so are the items of one row's bulleted
    cell, each spanning its own bullet, where one's owner or timeline is printed beside the next (fixed-width text:
    `Annexe 2).` on the second bullet's line ends the first bullet's timeline). A row runs to the end of what was
    read into it."""
    rows: list[tuple[int, int, list[Action]]] = []
    for action in sorted(actions, key=lambda a: (a.span.char_start, a.span.char_end)):
        if rows and action.span.char_start < rows[-1][1]:
            start, end, group = rows.pop()
            rows.append((start, max(end, _reach(action)), [*group, action]))
        else:
            rows.append((action.span.char_start, _reach(action), [action]))
    return rows


def _element_words(element: Element, parsed: ParsedDocument, profile: Profile) -> Counter[str]:
    """What an element's own cells print (its id, theme and score, characteristic, status note), once."""
    theme = next((t.theme_name for t in parsed.themes if t.theme_no == element.theme_no), None)
    score = next((s.label for s in profile.scores if s.key == element.score), None)
    return _words(element.printed_id, str(element.theme_no), theme, score, element.characteristic,
                  element.status_note, element.notes)


def _without_letters(text: str, actions: list[Action]) -> str:
    """The row's text with a lettered list's mark taken off each line it opens an item of the row on (`a. improve
    the customer’s experience ...`, ingest/lettered_items): the list's mark, as a bullet is, no word of the row. Only
    where an action of the row opens with the line's text after the letter, so a letter printed in a row is still
    counted."""
    def unmarked(line: str) -> str:
        found = LETTERED_ITEM.pattern.match(line)
        opens = found is not None and any((a.action or "").startswith(found["text"].strip()[:40]) for a in actions)
        return found["text"] if found is not None and opens else line

    return "\n".join(unmarked(line) for line in text.split("\n"))


def _broken_words(document: Document) -> list[tuple[int, str, str]]:
    """Each word the reader joined over two lines of a cell (Cell.in_word: Kent's `3,SO4,SO5,S` / `O6`, a word too
    long for its column broken by letters): where its second half is printed, and its two halves, lower-cased."""
    found = []
    for above, line in pairwise(document.iter_lines()):
        for cell in line.cells:
            top = above.cell(cell.column) if cell.in_word else None
            before, after = WORD.findall(top.text)[-1:] if top else [], WORD.findall(cell.text)[:1]
            if before and after:
                found.append((cell.span.char_start, before[0].lower(), after[0].lower()))
    return found


def lost_words(processed: Processed, profile: Profile) -> dict[tuple[int, int], Counter[str]]:
    """Per action row (its first and last line), the words printed in it that no value, record or heading of the
    layout holds; empty where nothing is lost. Markup the cleaning strips (`<b>`, `<sub>`) is no printed word.
    A template row prints its element's cells (theme and score, characteristic) beside its actions: those words
    are the element's (the elements table), each printed once among the element's rows, so the element's values
    and the records inside its span are drawn on, row by row, for what the rows' own values do not hold."""
    document, parsed = processed.document, processed.parsed
    records = [(i.span, i.raw_text) for i in (*document.issues, *parsed.issues, *processed.normalised.issues)]
    records += [(b.span, b.text) for b in parsed.boilerplate]
    headings = _words(*(column.heading for column in document.columns))
    rows = _rows(parsed.actions)
    broken = _broken_words(document)
    in_rows = {r for r in records if any(start <= r[0].char_start and r[0].char_end <= end for start, end, _ in rows)}
    budgets = {e.element_id: _element_words(e, parsed, profile) + _words(*(
        text for span, text in records if (span, text) not in in_rows
        and e.span.char_start <= span.char_start and span.char_end <= e.span.char_end)) for e in parsed.elements}
    lost = {}
    for start, end, actions in rows:
        held = _words(*(value for a in actions for value in (
            a.element_id, a.opportunity, a.action, a.allocated_raw, a.owner_raw, a.timeline_raw, a.start_raw,
            a.revised_raw, a.status_raw, a.progress, a.notes)))
        held += _words(*(text for span, text in records if start <= span.char_start and span.char_end <= end))
        missing = _words(_without_letters(strip_html(document.text[start:end]), actions)) - held - headings
        missing -= Counter(half for at, first, second in broken if start <= at < end and held[first + second]
                           for half in (first, second))  # printed, but held as the one word they are
        for budget in (budgets[i] for i in dict.fromkeys(a.element_id for a in actions) if i in budgets):
            drawn = missing & budget
            missing -= drawn
            budget -= drawn  # in place: what this row drew is not there for the element's other rows
        if missing:
            lost[(actions[0].span.line_start, max(a.span.line_end for a in actions))] = missing
    return lost


def unaccounted_lines(processed: Processed, profile: Profile) -> list[int]:
    """The non-blank lines of the document's text in no row's span, no boilerplate and no issue quoting its text,
    as the tables written show them (the review's ledger, the documents row left out: it spans the whole text)."""
    tables = build_tables(processed.document, processed.parsed, processed.normalised, "r", profile).tables
    rows = {name: table.to_pylist() for name, table in tables.items() if name != "documents"}
    return [number for number, _ in SourceText(processed.document.text).ledger(rows).uncovered]


@pytest.mark.parametrize("profile_name", PROFILES)
@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_word_of_a_row_is_in_its_values(path: Path, profile_name: str):
    """And every line of the document is in a row, boilerplate or an issue (the same reading, checked for both):
    the spreadsheet exports' blank records (`,,,`, line 2 of Maidstone's and Waverley's) were in none."""
    profile = load_profile(None if profile_name == "default" else profile_name)
    try:
        processed = process(path, profile, GIVEN)
    except StageError:
        return  # refused as no plan: no row to check (tests/golden/test_other_councils.py pins the refusal)
    assert lost_words(processed, profile) == {}
    assert unaccounted_lines(processed, profile) == []


@pytest.mark.parametrize("producer", [WORD_PRODUCER, BROWSER, FULL_WIDTH], ids=lambda p: p.name)
def test_every_word_of_a_drawn_seed_plan_row_is_in_its_values(producer: Producer, drawn_seed_plan):
    """The seed plan as tests/pdf_factory draws it (every theme), read back with either profile."""
    path = drawn_seed_plan(producer)
    for name in PROFILES:
        reading = load_profile(None if name == "default" else name)
        assert lost_words(process(path, reading, GIVEN), reading) == {}, name


def test_the_check_finds_a_value_dropped_from_a_row(tmp_path):
    """Made-up records (not a sample): read whole, nothing is lost; with the first record's due date dropped from
    its action (as a reader that ignored the label would), the check names that row and those words."""
    plan = tmp_path / "records.txt"
    plan.write_text("Action: Publish the register\nLead officer: Head of Policy\nDue date: March 2025\n"
                    "Action: Train the staff\nLead officer: Head of HR\nDue date: June 2025\n", encoding="utf-8")
    profile = load_profile("generic")
    processed = process(plan, profile, GIVEN)
    assert lost_words(processed, profile) == {}
    first, *others = processed.parsed.actions
    dropped = replace(processed, parsed=replace(processed.parsed, actions=(replace(first, timeline_raw=None), *others)))
    assert lost_words(dropped, profile) == {(1, 3): Counter({"march": 1, "2025": 1})}


def test_the_check_finds_a_characteristic_cut_short():
    """The seed plan read whole loses nothing; with CI001's characteristic cut after its first printed line (as a
    reader that lost the cell's wrapped lines would), the check names the rows its other lines are printed beside
    (seed lines 48-50 and 52-53)."""
    profile = load_profile()
    processed = process(PLAN, profile, GIVEN)
    assert lost_words(processed, profile) == {}
    first, *others = processed.parsed.elements
    cut = replace(first, characteristic="An organisational-wide approach to continuous improvement, driven by")
    dropped = replace(processed, parsed=replace(processed.parsed, elements=(cut, *others)))
    assert lost_words(dropped, profile) == {
        (48, 50): Counter({"transformation": 1, "function": 1, "or": 1, "programme": 1}),
        (52, 53): Counter({"of": 1, "updating": 1, "corporate": 1})}
