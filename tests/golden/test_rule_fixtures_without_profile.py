"""The seed extracts of tests/fixtures/plan_rows read with no council profile (`--profile generic`), each compared
with a hand-checked `<rule>_without_profile.json` beside it; adding such a file adds a test.

The generic profile knows none of the glossary's owner codes, ids, themes or scores, so it reads the extracts by
their column headings (parsers/table_plan.py) and their rows by the code opening the characteristic cell
(parsers/marked_rows.py), not by the template reader. An extract keyed by a single code is keyed too: taken as
unkeyed, every printed line is an action (13 actions for allocations_stacked_at_top's 3, 11 for near_identical's
1). The rows a document prints are the same whatever the
profile, so each file gives the default profile's actions (opportunity, action, allocation); what the profile
adds (an element with its theme and score, owner keys from the glossary) it cannot give, and the file says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, GIVEN
from tests.golden.compare import compare, report, to_golden
from tests.golden.producer_pdfs import PRODUCERS
from tests.golden.test_pdf_classes import STACKED_OPPORTUNITY_LOSSES

RULE_FIXTURES = FIXTURES / "plan_rows"
EXPECTED = sorted(RULE_FIXTURES.glob("*_without_profile.json"))
SAME_ROWS = ("seq", "opportunity", "action", "allocated_raw")  # what a document prints, whatever the profile


def _source(expected_file: Path) -> Path:
    return RULE_FIXTURES / f"{json.loads(expected_file.read_text(encoding='utf-8'))['rule']}.txt"


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.mark.parametrize("expected_file", EXPECTED, ids=lambda p: p.stem)
def test_extract_without_profile_gives_its_hand_checked_rows(expected_file, generic):
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    processed = process(_source(expected_file), generic, GIVEN)
    differences = compare(expected, to_golden(processed.parsed, processed.normalised, expected["rule"]))
    assert not differences, report(differences)
    assert [{"lines": [a.span.line_start, a.span.line_end], "notes": a.notes} for a in processed.parsed.actions] == \
        [{"lines": a["lines"], "notes": a["notes"]} for a in expected["actions"]]


@pytest.mark.parametrize("expected_file", EXPECTED, ids=lambda p: p.stem)
def test_extract_reads_the_same_rows_with_and_without_profile(expected_file):
    """The default profile's expected rows (`<rule>.json`, checked by hand against the seed) are the same rows."""
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    with_profile = json.loads(_source(expected_file).with_suffix(".json").read_text(encoding="utf-8"))
    assert [{k: a[k] for k in SAME_ROWS} for a in expected["actions"]] == \
        [{k: a[k] for k in SAME_ROWS} for a in with_profile["actions"]]


# The rule fixtures the generic profile does not read as the default profile does, and why; every other one gives
# the default's rows (opportunity, action and allocation as printed). None: allocation_without_recommendation's
# L005 allocation `ACE (S151), HoBPPP, SLT, 24.`, a comma list of post codes, is read as an allocation
# (parsers/quality._lists_posts), not dropped as converter debris (noise_unknown_tokens).
READ_OTHERWISE: dict[str, str] = {}


def _rows(actions: list[dict]) -> list[tuple[str, str, str]]:
    """The actions' printed values, in order of their text (the template reader orders an extract's rows by theme)."""
    return sorted((a["action"], a["opportunity"] or "", a["allocated_raw"] or "") for a in actions)


@pytest.mark.parametrize("rule", sorted(p.stem for p in RULE_FIXTURES.glob("*.txt")))
def test_rule_fixture_reads_the_default_profiles_rows_without_profile(rule, generic):
    """Each extract of the seed plan (tests/parsers/test_repair_rules.py holds the default profile to `<rule>.json`)
    read with --profile generic: the same rows, or a reason in READ_OTHERWISE."""
    expected = json.loads((RULE_FIXTURES / f"{rule}.json").read_text(encoding="utf-8"))
    processed = process(RULE_FIXTURES / f"{rule}.txt", generic, GIVEN)
    got = to_golden(processed.parsed, processed.normalised, rule)
    assert (_rows(got["actions"]) == _rows(expected["actions"])) == (rule not in READ_OTHERWISE)


@pytest.mark.parametrize("producer", PRODUCERS)
def test_one_row_per_element_pdf_reads_the_golden_actions_without_profile(producer, golden):
    """The seed's CI001, L006, G001 and SD003 drawn one row per element, every cell filled from the top
    (tests/fixtures/pdf/extracts/paragraphs_in_one_cell_*.pdf), read with --profile generic: every golden action
    with its golden allocation (not CI001 2 actions for 5, L006 2 for 4, G001 2 for 3, SD003 1 for 3). The
    opportunities the counts cannot settle (CI001 prints 4 findings for 5 actions, L006 2 for 4) are left
    without, as the template reader leaves them (test_pdf_classes.STACKED_OPPORTUNITY_LOSSES) and reports them
    (`opportunity_unpaired`, CI001 and L006); the others are the golden ones."""
    processed = process(FIXTURES / "pdf" / "extracts" / f"paragraphs_in_one_cell_{producer}.pdf",
                        load_profile("generic"), GIVEN)
    got = {(a.element_id.upper(), a.seq): a for a in processed.parsed.actions}
    expected = {(a["element_id"], a["seq"]): a for a in golden["actions"]
                if a["element_id"] in ("CI001", "L006", "G001", "SD003")}
    assert sorted(got) == sorted(expected)
    assert all(_words(got[key].action) == _words(a["action"]) and got[key].allocated_raw == a["allocated_raw"]
               for key, a in expected.items())
    assert {f"{e}#{seq}" for (e, seq), a in expected.items() if _words(got[(e, seq)].opportunity) !=
            _words(a["opportunity"])} == {row for row, _ in STACKED_OPPORTUNITY_LOSSES}
    assert not [a for a in processed.parsed.actions if a.opportunity is not None and
                f"{a.element_id.upper()}#{a.seq}" in {row for row, _ in STACKED_OPPORTUNITY_LOSSES}]
    assert [i.element_id for i in processed.parsed.issues if i.code == "opportunity_unpaired"] == ["CI001", "L006"]


def _words(text: str | None) -> str:
    return " ".join((text or "").split())
