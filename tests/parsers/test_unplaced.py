"""`unplaced_text`, one wording per situation (parsers/unplaced.py): each situation a reader meets, on a real
document that meets it, and each worded only there."""

from __future__ import annotations

import re

import pytest
from council_actions.parsers.unplaced import SITUATIONS

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, PLAN, ROOT, SAMPLES

# situation, document, profile, line, how its text opens (checked against the source by hand), the message as worded
REAL = [
    ("theme_page", SAMPLES / "runnymede_web" / "results_pipe.txt", "runnymede", 32, "Action Plan",
     "text outside any theme section"),
    ("plan_page", FIXTURES / "pdftotext" / "squeezed_drifting_columns_chromium.txt", "runnymede", 13, " Engagement",
     "text outside any theme, table or heading"),
    ("beside_table", PLAN, "generic", 1, "# Appendix A: Action Plan arising from the self-assessment",
     "text outside the plan table"),
    ("run_across", PLAN, "generic", 219, "Codes of condu",
     "text outside the plan table: a paragraph run across the columns, a word cut at a cell's edge ('s|hould')"),
    ("above_first_code", PLAN, "generic", 43, "with the Centre for Governance and Scrutiny and Localis Governance",
     "text outside the plan table: above the first code of a table keyed by codes, with no action beside it"),
]


def test_every_situation_has_a_real_example_and_a_description():
    assert [rule.situation for rule in SITUATIONS] == [situation for situation, *_ in REAL]
    assert all(len(rule.description.split()) > 8 for rule in SITUATIONS)


@pytest.mark.parametrize("situation, path, profile, line, text, message", REAL, ids=[r[0] for r in REAL])
def test_a_real_line_no_row_holds_is_worded_as_its_situation(situation, path, profile, line, text, message):
    issues = process(path, load_profile(profile), None).parsed.issues
    (found,) = [i for i in issues if i.code == "unplaced_text" and i.span.line_start == line]
    assert found.message == message
    assert found.raw_text.startswith(text)


def test_each_situation_is_worded_in_one_place_and_named_by_one_reader():
    """No reader words `unplaced_text` itself; each situation is named by the one reader that meets it."""
    sources = {path: path.read_text(encoding="utf-8") for path in (ROOT / "parsers").glob("*.py")}
    worded = [path.name for path, text in sources.items() if '"unplaced_text", "parse"' in text]
    assert worded == ["unplaced.py"]
    for rule in SITUATIONS:
        named = [path.name for path, text in sources.items() if re.search(rf'unplaced_text\("{rule.situation}"', text)]
        assert len(named) == 1, (rule.situation, named)
