"""A sentence broken off at `to` for the list under it to finish is no heading (ingest/list_headings._leads_in): City
of York Council's FOI and EIR improvement plan page (tests/fixtures/other_councils/refused/), whose two such lines
headed the notice's requirements and the plan's objectives as a plan of 4 actions, all wrong, against real headings
closing on a colon that stay headings."""

from __future__ import annotations

import pytest
from council_actions.ingest.list_headings import is_heading

from council_actions.issues import StageError
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, ROOT

YORK = FIXTURES / "other_councils" / "refused" / "york_foi_eir_improvement_plan_2023.txt"
BOROONDARA = ROOT / "samples" / "other_councils" / "boroondara_cx_timeline_for_action_2014.txt"
ANTRIM = ROOT / "samples" / "other_councils" / "mid_east_antrim_self_assessment_2024_25_place.txt"

BROKEN = [  # the York page's lines 8 and 21, as stored
    "The Enforcement Notice (reference: ENF0988350) required us to:",
    "The main objectives of our improvement plan are to:",
]
HEADINGS = [  # real headings closing on a colon, each over items of its page
    (BOROONDARA, "3 months in:"),
    (ANTRIM, "Our ambition:"),
]


@pytest.mark.parametrize("text", BROKEN)
def test_a_sentence_broken_at_to_is_no_heading(text):
    assert text in YORK.read_text(encoding="utf-8").splitlines()
    assert not is_heading(text)


@pytest.mark.parametrize(("path", "text"), HEADINGS)
def test_a_heading_closing_on_a_colon_stays_one(path, text):
    assert text in [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    assert is_heading(text)


def test_the_page_is_refused_in_one_line_with_either_profile():
    """Read before as 4 actions under the two broken sentences (`publish an improvement plan within 35 calendar days`
    ...); the plan's own table prints its cells run together with two columns of running text first, which no reader
    cuts, so nothing of the page is read."""
    for profile in (load_profile("generic"), load_profile()):  # the default profile, runnymede
        with pytest.raises(StageError) as refused:
            process(YORK, profile)
        assert "\n" not in str(refused.value) and refused.value.stage == "parse"


def test_the_refusal_names_the_table_printed_run_together():
    """The page's line 29 is its table's header, ten headings run together (parsers/run_together.py): the failure
    says so and where, not that no plan headings were found, so the user can get the table in another rendering."""
    assert YORK.read_text(encoding="utf-8").splitlines()[28].startswith("Statement Actions Priority Owner Start date")
    with pytest.raises(StageError) as refused:
        process(YORK, load_profile("generic"))
    assert str(refused.value) == (
        f"{YORK}: parse: looks like a plan table, but line 29 prints its column headings run together ('Statement "
        "Actions Priority Owner Start date Target ...') and no reader could tell its rows' cells apart: give the "
        "table with its cells parted (tabs, pipes or a cell a line)")


@pytest.mark.parametrize("path", [p for p in sorted(YORK.parent.glob("*.txt")) if p != YORK], ids=lambda p: p.stem)
def test_no_other_refused_page_is_said_to_print_a_table_run_together(path):
    """Minutes, news, timelines and Orkney's annex (its headings one word a line, or run into sentences) print no
    line of plan headings alone: their failures stay as they were."""
    with pytest.raises(StageError) as refused:
        process(path, load_profile("generic"))
    assert "run together" not in str(refused.value)
