"""The opportunity each action of a keyed row answers (parsers/keyed_opportunities.py), on Runnymede's plan read
with `--profile generic`, against the golden file the template reader is held to (tests/golden/runnymede_plan.json,
checked by hand against the source). Before: 77/94 right from the text, 75/94 and 76/94 from the PDFs."""

from __future__ import annotations

from collections import defaultdict

import pytest

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, PLAN
from tests.golden.compare import load_golden

INPUTS = [PLAN, FIXTURES / "pdf" / "runnymede_plan_libreoffice.pdf", FIXTURES / "pdf" / "runnymede_plan_chromium.pdf"]


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


@pytest.fixture(scope="module", params=INPUTS, ids=["text", "libreoffice", "chromium"])
def generic_read(request):
    return process(request.param, load_profile("generic"), None).parsed


def test_seed_plan_opportunities_against_the_golden_file(generic_read):
    """Each action found (by text and allocation, in order) is given the golden opportunity, but where the row
    prints `No gaps identified.` above the finding its action answers: the template reader keeps that line as the
    element's note, the generic reader (which makes no elements) leaves it at the head of the opportunity."""
    golden: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for expected in load_golden("runnymede_plan.json")["actions"]:
        golden[(_words(expected["action"]), _words(expected["allocated_raw"]))].append(expected)
    right, wrong = 0, []
    for action in generic_read.actions:
        expected = golden[(_words(action.action), _words(action.allocated_raw))].pop(0)
        if _words(expected["opportunity"]) == _words(action.opportunity):
            right += 1
        else:
            wrong.append((expected["element_id"], _words(action.opportunity).split(". ")[0]))
    assert right == 90
    assert [element for element, _ in wrong] == ["L003", "L005", "R002", "R008"]
    assert {lead for _, lead in wrong} <= {"No gaps identified", "No new gaps identified", "No new gap identified"}


def _opportunities(parsed, element: str) -> list[str]:
    return [_words(a.opportunity)[:28] for a in parsed.actions if a.element_id == element]


def test_findings_printed_on_one_line_answer_the_actions_in_order(generic_read):
    """G003 prints two findings on one line (`... management team meetings.  Link between ...`) beside the second
    of its three actions, none beside the third: one each, in order."""
    assert _opportunities(generic_read, "G003") == ["Whilst risks are identified ", "Whilst the updated risk mana",
                                                    "Link between service managem"]


def test_an_action_with_no_finding_beside_it_answers_the_one_above(generic_read):
    """CI003's second action (printed on the same line as the first) and SD003's second and third (no finding
    beside them) answer the finding above; CI001's fifth shares the fourth's, which runs on beside it in the PDFs."""
    assert _opportunities(generic_read, "Cl003") == ["Delay in reporting against t"] * 2
    assert _opportunities(generic_read, "sD003") == ["No new gaps identified."] * 3
    ci001 = [_words(a.opportunity) for a in generic_read.actions if a.element_id == "CI001"]
    assert ci001[3] == ci001[4] and ci001[3].startswith("Online Contract management foundation level training")


def test_a_finding_run_into_the_next_row_is_handed_back(generic_read):
    """The text prints G001's last finding's end on G002's first line (`and confidence that it will work.  Annual
    achievements ...`): handed back to G001, as the template reader's `lowercase_continuation_bleeds_back` does."""
    assert _words([a for a in generic_read.actions if a.element_id == "G001"][-1].opportunity).endswith(
        "of which there is wide awareness and confidence that it will work.")
    assert _opportunities(generic_read, "G002") == ["Annual achievements in deliv"] * 2
