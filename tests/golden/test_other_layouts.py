"""Other councils' real plans as PDFs (Chromium and LibreOffice) and as `pdftotext -layout` text of those PDFs.

The PDFs are the real samples' cells printed as councils print them (tests/fixtures/pdf/producers/
make_other_layouts.py, which also ran pdftotext 22.12); each must give the actions hand-checked against the text
sample (tests/fixtures/other_councils/expected/), with no profile. What they pin: rows with no blank line between
them in fixed-width text (a row opens where the key column starts again), a PDF cell's wrapped line not opening
a row, and which line breaks in a cell are the writer's (one owner, one milestone a line: `Cell.line_break`, from
the words' widths in a PDF, from character counts in fixed-width text).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from council_actions.normalise import ReferenceDates

from council_actions.profile import load_profile
from tests.conftest import FIXTURES
from tests.golden.test_other_councils import ANSWERED, _found

LAYOUTS = FIXTURES / "other_councils" / "pdf"
EXPECTED = FIXTURES / "other_councils" / "expected"
PLANS = {"waverley_cpa_improvement_plan_2004": "what_how_who_when_without_profile",
         "maidstone_ags_2014_15": "maidstone_ags_2014_15"}
CASES = [(plan, producer, suffix) for plan in PLANS for producer in ("chromium", "libreoffice")
         for suffix in (".pdf", ".txt")]
RENDERING = {".pdf": "pdf_table", ".txt": "fixed_width"}


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.mark.parametrize("plan, producer, suffix", CASES, ids=lambda v: str(v).strip("."))
def test_pdf_and_pdftotext_give_the_text_samples_actions(generic, plan, producer, suffix):
    expected = json.loads((EXPECTED / f"{PLANS[plan]}.json").read_text(encoding="utf-8"))
    path = LAYOUTS / f"{plan}_{producer}{suffix}"
    reference = dt.date.fromisoformat(expected["reference_date"]) if expected["reference_date"] else None
    rendering, _, found = _found(path, generic, reference, ("section_path",))  # the same headings over each
    assert rendering == RENDERING[suffix]
    # the text sample's values but its lines, owners and timelines (each with its line: a PDF's lines are its own)
    assert found == [{field: value for field, value in action.items() if field not in ANSWERED or field == "section_path"}
                     for action in expected["actions"]]


@pytest.mark.parametrize("producer", ["chromium", "libreoffice"])
def test_a_tie_in_fixed_width_text_is_reported(generic, producer):
    """Waverley's When? cell: 'September' / 'Development Control' fit in as many characters as the column's widest
    line, but are wider in the letters' widths: wrapped, one milestone (not two), reported. 'Measures in place' /
    'See report to' is a tie in the letters' widths too: read as a milestone of its own (right here), reported."""
    from council_actions.pipeline import process

    processed = process(LAYOUTS / f"waverley_cpa_improvement_plan_2004_{producer}.txt", generic, ReferenceDates(given=dt.date(2005, 3, 1)))
    unsure = [(i.raw_text, i.field) for i in processed.parsed.issues if i.code == "line_break_unsure"]
    assert unsure == [("See report to", "timeline")]


@pytest.mark.parametrize("above, text, width, verdict", [
    ("Annexe 2).", "Measures in place", 21, True),  # 19 of 21 characters: room to spare
    ("See report to", "September", 21, False),  # 23: would not fit
    ("September", "Development Control", 21, None),  # 21: only just, opening with a capital
    ("Measures in place", "See report to", 21, None),  # 21 as well
    ("Audit Committee", "and CLT every six months.", 20, False),  # only just, going on in lower case
    ("cleared July 2004", "See also progress", 21, True),  # only just, but a line closing on a date
])
def test_line_break_evidence_from_characters(above, text, width, verdict):
    from council_actions.ingest.line_breaks import broken

    assert broken(above, text, width) is verdict


WIDEST_WHEN = "MBT considered; Joint"  # the widest line of Waverley's When? column, in characters and letters


@pytest.mark.parametrize("above, text, verdict", [
    ("September", "Development Control", False),  # a tie by characters; 6.5% wider in letters: wrapped
    ("Measures in place", "See report to", None),  # a tie by both
    ("Annexe 2).", "Measures in place", True),  # room to spare by characters already
])
def test_line_break_evidence_from_letter_widths(above, text, verdict):
    """Within the characters' tie, a line whose letters are clearly wider than the column's widest line wrapped;
    clearly narrower decides nothing (a column's cells may be printed in other types)."""
    from council_actions.ingest.line_breaks import advance, broken

    assert broken(above, text, len(WIDEST_WHEN), advance(WIDEST_WHEN)) is verdict


@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("producer", ["chromium", "libreoffice"])
def test_both_pdf_engines_read_the_same_actions(generic, plan, producer):
    """Which line breaks are the writer's is measured on the words' boxes, where pdfium and pdfplumber differ by up
    to about a point: on these PDFs both engines give the same actions, owners and timelines."""
    from council_actions.pipeline import process

    path = LAYOUTS / f"{plan}_{producer}.pdf"
    read = [[(a.action, a.owner_raw, a.timeline_raw) for a in process(path, generic, None, pdf_engine=engine)
             .parsed.actions] for engine in ("pdfium", "pdfplumber")]
    assert read[0] == read[1]
