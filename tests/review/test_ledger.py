"""The review's ledger, the auditor's check that nothing was silently dropped: which source lines a row, a
boilerplate row or an issue holds, and which none does."""

from __future__ import annotations

import re

from council_actions.review import build_review
from council_actions.review.load import load_documents
from council_actions.review.source import SourceText

from council_actions.batch import run_batch
from council_actions.profile import load_profile
from tests.conftest import ROOT

DOCUMENT = "Action Plan\nReview the register\nCLT, Q2 2024\nPage 1 of 1\n"


def _issue(line_start: int, line_end: int, raw_text: str) -> dict[str, object]:
    return {"line_start": line_start, "line_end": line_end, "raw_text": raw_text}


def test_an_issue_about_the_whole_document_accounts_for_no_line():
    """`council_not_printed` spans every line and reports no text: the lines no row holds stay in nothing."""
    ledger = SourceText(DOCUMENT).ledger({
        "actions": [{"line_start": 2, "line_end": 3}],
        "extraction_issues": [_issue(1, 4, "")],
    })
    assert ledger.uncovered == ((1, "Action Plan"), (4, "Page 1 of 1")) and ledger.covered["issues"] == 0


def test_an_issue_reporting_its_text_accounts_for_its_lines():
    ledger = SourceText(DOCUMENT).ledger({
        "actions": [{"line_start": 2, "line_end": 3}],
        "boilerplate": [{"line_start": 4, "line_end": 4}],
        "extraction_issues": [_issue(1, 1, "Action Plan"), _issue(1, 4, "")],
    })
    assert ledger.uncovered == () and ledger.covered == {"rows": 2, "boilerplate": 1, "issues": 1}


def test_a_real_plan_with_no_council_printed_is_still_wholly_accounted_for(tmp_path):
    """Maidstone's 2015-16 governance plan read without a profile names no council (an issue over all 28 lines):
    its lines are still each in a row, a boilerplate row or an issue of their own, and the page says so, with the
    issues' true share, not 100%."""
    sample = ROOT / "samples" / "other_councils" / "maidstone_ags_2015_16.txt"
    _, failures = run_batch([sample], tmp_path / "out", load_profile("generic"), "r1")
    assert failures == 0
    (document,) = load_documents(tmp_path / "out", "r1")
    assert any(i["code"] == "council_not_printed" for i in document.tables["extraction_issues"])
    assert document.source is not None
    ledger = SourceText(document.source.text).ledger(document.tables)
    assert ledger.uncovered == () and ledger.content_lines == 28 and ledger.share("issues") < 0.2
    build_review(tmp_path / "out", tmp_path / "site")
    page = next((tmp_path / "site").glob("maidstone_ags_2015_16-*.html")).read_text(encoding="utf-8")
    assert "Every non-blank line is inside a row, boilerplate or an issue." in page
    assert "100.0% in extraction issues" not in page


LEDGER_BAR = re.compile(r'</span></span> (\d+\.\d)% (.+?) \((\d+)\)</li>')


def test_each_line_is_counted_once_so_the_bars_add_up_to_the_whole(tmp_path):
    """Maidstone's 2011 report of its improvement plan's completed actions: each of its six actions carries a
    `status_from_title` and an `unknown_owner` issue over its own lines. Each line is counted once, in the first
    group holding it: the document's 27 lines, 22 in rows and 5 boilerplate, and the page says how many lines an
    issue spans too. Counted in every group holding it, a line would be in rows and in issues at once, and the
    page's bars would read 81.5% + 18.5% + 81.5% = 181.5%."""
    sample = ROOT / "samples" / "other_councils" / "maidstone_corporate_improvement_plan_2011_completed.txt"
    _, failures = run_batch([sample], tmp_path / "out", load_profile(), "r1")
    assert failures == 0
    build_review(tmp_path / "out", tmp_path / "site")
    page = next((tmp_path / "site").glob("maidstone_corporate_improvement_plan_2011_completed-*.html"))
    bars = [(float(share), words.strip(), int(lines))
            for share, words, lines in LEDGER_BAR.findall(page.read_text(encoding="utf-8"))]
    assert bars == [(81.5, "in extracted rows", 22),
                    (18.5, "in boilerplate (titles, repeated headings, colour key), in no row", 5),
                    (0.0, "in an extraction issue alone, in no row or boilerplate", 0)]
    text = page.read_text(encoding="utf-8")
    assert "27 non-blank lines of extracted text, each counted once, in the first of these that holds it (22 of " \
        "those in a row or boilerplate are in an extraction issue too)." in text
    assert "Every non-blank line is inside a row, boilerplate or an issue." in text
