"""An action reworded near its end (the seed plan's CI001 `Service Cttee` written out as `Service Committee` in
the next revision) must show the words that changed in `diff`'s summary, not two identical cut beginnings."""

from __future__ import annotations

from council_actions.diff.records import NOWHERE, Change
from council_actions.diff.report import describe

from tests.conftest import ROOT

SEED_PLAN = ROOT / "samples" / "004_d0d661fda207b69c.txt"
BEFORE = ("CLT to consider implementing service area reporting on KPI performance and progress against service "
          "area plans to the relevant Service Cttee on a quarterly basis.")
AFTER = BEFORE.replace("Service Cttee", "Service Committee")


def _edit(before: str, after: str) -> Change:
    return Change("action_edited", 1, "CI001", "CI001-f706ea7f08e1", "CI001-f706ea7f08e1", "action",
                  before, after, NOWHERE, NOWHERE)


def test_the_seed_plans_action_is_printed_in_it_as_these_lines_give_it():
    text = " ".join(SEED_PLAN.read_text(encoding="utf-8").split())
    assert "to the relevant Service Cttee on a quarterly basis." in text  # the wording the edit below rewords


def test_an_edit_late_in_a_long_action_prints_the_words_either_side_of_it():
    line = describe(_edit(BEFORE, AFTER))
    before, after = line.split("action: ", 1)[1].split(" -> ")
    assert "Service Cttee" in before and "Service Committee" in after
    assert before.startswith("…") and after.startswith("…")  # cut from the same place on both sides
    assert before != after


def test_an_edit_near_the_start_keeps_the_beginning_of_both_values():
    line = describe(_edit(BEFORE, BEFORE.replace("CLT to consider", "CLT to implement")))
    assert "action: CLT to consider implementing" in line and "-> CLT to implement" in line
