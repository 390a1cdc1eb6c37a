"""documents.status (output/status.py): each rule on an example, and the status of real documents.

A rule table that tests iterate over: every rule must break on its example and hold on a clean reading. On the
samples, every hand-checked one is `complete` and Runnymede's plan read with no council profile is not.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from council_actions.normalise import ReferenceDates
from council_actions.output.status import DOUBTS, STATUS_RULES, Reading, document_status, read_counts

from council_actions.issue_codes import ISSUE_CODES
from council_actions.issues import StageError, warning
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, PLAN, ROOT

CLEAN = Reading(errors=0, rows=100, doubtful=10, table_lines=200, unplaced_in_table=20)  # at the thresholds
BREAKS = {
    "error": Reading(errors=1, rows=100, doubtful=0, table_lines=200, unplaced_in_table=0),
    "unplaced_in_table": Reading(errors=0, rows=100, doubtful=0, table_lines=200, unplaced_in_table=21),
    "doubtful_rows": Reading(errors=0, rows=100, doubtful=11, table_lines=200, unplaced_in_table=0),
}
EXPECTED = sorted((FIXTURES / "other_councils" / "expected").glob("*.json"))


@pytest.mark.parametrize("rule", STATUS_RULES, ids=lambda r: r.name)
def test_each_rule_breaks_on_its_example_only(rule):
    assert rule.breaks(BREAKS[rule.name])
    assert not rule.breaks(CLEAN)
    assert [r.name for r in STATUS_RULES if r.breaks(BREAKS[rule.name])] == [rule.name]


def _status(path, profile, reference=None):
    processed = process(path, profile, ReferenceDates(given=reference))
    return document_status(processed.document, processed.parsed,
                           processed.document.issues + processed.parsed.issues + processed.normalised.issues)


@pytest.mark.parametrize("path", [PLAN, FIXTURES / "pdf" / "runnymede_plan_libreoffice.pdf",
                                  FIXTURES / "pdf" / "runnymede_plan_chromium.pdf"], ids=lambda p: p.stem)
def test_seed_plan_is_complete_with_its_profile_and_not_without(path):
    assert _status(path, load_profile()) == ("complete", None)
    # read with the generic profile: every row keyed by an unverified code, and the text's garbled lines misread
    assert _status(path, load_profile("generic")) == ("incomplete", "doubtful_rows")


@pytest.mark.parametrize("expected_file", EXPECTED, ids=lambda p: p.stem)
def test_hand_checked_samples_are_complete(expected_file):
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    profile = load_profile(expected["profile"] if expected["profile"] == "generic" else ROOT / expected["profile"])
    reference = dt.date.fromisoformat(expected["reference_date"]) if expected["reference_date"] else None
    if expected.get("refused_today"):  # a real plan no reader takes yet (known_miss says what is missing)
        with pytest.raises(StageError):
            _status(ROOT / expected["sample"], profile, reference)
        return
    if expected.get("known_miss"):  # read with doubts, and said so: the document is not complete
        assert _status(ROOT / expected["sample"], profile, reference) == ("incomplete", "doubtful_rows")
        return
    assert _status(ROOT / expected["sample"], profile, reference) == ("complete", None)


OTHER = ROOT / "samples" / "other_councils"


@pytest.fixture(scope="module")
def two_rows():
    """A real plan of two rows (RBKC's Fairer deliverables), read with the generic profile."""
    return process(OTHER / "rbkc_council_plan_action_plan_2025_27_fairer.txt", load_profile("generic"), None)


@pytest.mark.parametrize("code", ISSUE_CODES)
def test_a_code_doubts_a_row_by_its_kind_in_the_catalogue(two_rows, code):
    """Every code of the catalogue, on the first action's text: a doubt about the row exactly where the catalogue
    says its kind is row_doubt, so a code added without deciding cannot count by accident (or fail to)."""
    issue = warning(code, "parse", "made up", "made up", two_rows.parsed.actions[0].span)
    reading = read_counts(two_rows.document, two_rows.parsed, (issue,))
    assert reading.doubtful == (ISSUE_CODES[code].kind == "row_doubt")
    assert (code in DOUBTS) == (ISSUE_CODES[code].kind == "row_doubt")


# Codes decided on the samples they fire on: the rows they concern are read right (each sample is hand-checked,
# tests/fixtures/other_councils/expected), so they are no doubt about a row and the samples stay complete.
NO_ROW_DOUBTED = [
    ("columns_run_together", "gravesham_peer_challenge_action_plan_2020", 1),  # one a table, on its header line
    ("columns_run_together", "lga_corporate_peer_challenge_action_plan_2023", 1),
    ("columns_run_together", "rbkc_council_plan_action_plan_2025_27_caring", 1),
    ("columns_run_together", "rbkc_council_plan_action_plan_2025_27_fairer", 1),
    ("list_heading_lost", "kingston_ags_action_plan_2012_13", 4),  # 4 of its 14 items: their heading is lost
]


@pytest.mark.parametrize(("code", "sample", "issues"), NO_ROW_DOUBTED, ids=lambda v: str(v))
def test_a_sure_row_with_a_value_to_check_is_no_doubt(code, sample, issues):
    processed = process(OTHER / f"{sample}.txt", load_profile("generic"), None)
    found = processed.document.issues + processed.parsed.issues + processed.normalised.issues
    assert sum(1 for i in found if i.code == code) == issues
    assert ISSUE_CODES[code].kind != "row_doubt"
    assert document_status(processed.document, processed.parsed, found) == ("complete", None)


def test_a_code_read_by_its_place_is_one_doubt_with_the_code_left_unchecked():
    """Runnymede's plan read with no profile: 'cloos' (CI008), '3009' and '3010' open rows by their place, and their
    rows are keyed by codes no list checks: two doubts on one text, one doubtful row each."""
    processed = process(PLAN, load_profile("generic"), None)
    found = processed.document.issues + processed.parsed.issues + processed.normalised.issues
    placed = {(i.raw_text, i.span.line_start): (i.span.char_start, i.span.char_end) for i in found
              if i.code == "row_code_by_place"}
    assert list(placed) == [("cloos", 84), ("3009", 246), ("3010", 252)]
    unverified = {(i.span.char_start, i.span.char_end) for i in found if i.code == "element_id_unverified"}
    assert "row_code_by_place" in DOUBTS and set(placed.values()) <= unverified
    assert read_counts(processed.document, processed.parsed, found).doubtful == len(unverified) + 1 == 75  # and
    # one allocation without its recommendation (line 155)


def test_a_copied_line_that_could_open_the_next_row_is_a_doubt(tmp_path):
    """Made-up text (tests/golden/test_other_council_readings.py's): a browser's copy of two rows with a line that
    is the first row's last cell or the second row's first: one doubt in two rows, more than the rule allows."""
    plan = tmp_path / "copied.txt"
    plan.write_text("Action\tLead officer\tTarget date\n"
                    "Review the contract register\tHead of Procurement\t31 March 2026\nthen yearly\n"
                    "Refresh the risk strategy\tHead of Risk\nHead of Audit\tQ2 2025/26\n", encoding="utf-8")
    assert _status(plan, load_profile("generic"), dt.date(2025, 6, 1)) == ("incomplete", "doubtful_rows")


def test_the_readme_names_every_code_that_doubts_a_row():
    """The rule table (docs/output.md) lists the row_doubt codes by name, in the catalogue's order: a code classed a
    doubt, or taken out of the class, must be said there too, or the page's list drifts from the rule."""
    row = next(line for line in (ROOT / "docs" / "output.md").read_text(encoding="utf-8").splitlines()
               if line.startswith("| `doubtful_rows` |"))
    assert re.findall(r"`(\w+)`", row.split("):", 1)[1]) == [code for code in ISSUE_CODES if code in DOUBTS]
