"""A page of one record of two fields, the action and its status, as Mid and East Antrim Borough Council's
Self-Assessment Report 2024-25 prints each Corporate Plan pillar's measure (samples/other_councils/, p4 `Place` as a
web table saved a cell a line, p5 `Planet` with a blank line before each value; the actions and issues are pinned in
tests/fixtures/other_councils/expected/). Two labels are fewer than a one-record page's MIN_COLUMNS, so the status
word under its label is what tells the record from two headings over prose: these check that it must be there, and
what the golden files do not hold (the pipes kept as markup, the roles of the labels)."""

from __future__ import annotations

import pytest
from council_actions.normalise import ReferenceDates

from council_actions.issues import StageError
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

OTHERS = ROOT / "samples" / "other_councils"
PLACE = OTHERS / "mid_east_antrim_self_assessment_2024_25_place.txt"
PLANET = OTHERS / "mid_east_antrim_self_assessment_2024_25_planet.txt"


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


def test_labels_are_the_action_and_the_status(generic):
    """`Measure` is what the self-assessment measures its year by, the action; `Status` its status."""
    assert generic.roles.roles_of(["Measure", "Status"]) == ["action", "status"]


@pytest.mark.parametrize("path, span, rules", [
    (PLACE, (19, 24), [21, 23]),  # `---|---|` under the first row, the bare `|` closing `Status: Achieved`
    (PLANET, (28, 40), []),
])
def test_one_record_each_the_pipes_markup(generic, path, span, rules):
    """One action a page; the web table's ruling and bare closer hold no words, so they are its markup (boilerplate
    rule), neither text reported nor a break in the record between the measure and its status."""
    processed = process(path, generic, ReferenceDates(given=None))
    assert processed.document.rendering == "records"
    assert [(a.span.line_start, a.span.line_end) for a in processed.parsed.actions] == [span]
    assert [b.span.line_start for b in processed.parsed.boilerplate if b.kind == "rule"] == rules


@pytest.mark.parametrize("path, left_out, why", [
    (PLANET, [34], "`Status:` over the commentary, no status word: two headings over prose"),
    (PLACE, [22, 23], "the measure's label alone, no status: a heading over a sentence"),
    (PLANET, [28, 30], "a status with no action label"),
])
def test_without_the_status_word_or_the_action_label_the_page_is_refused(tmp_path, generic, path, left_out, why):
    """The page's own lines, some left out: two labels printed once make a record only as an action's label over its
    value and a status's over a status word (or run on into it)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    part = tmp_path / "part.txt"
    part.write_text("".join(line + "\n" for n, line in enumerate(lines, 1) if n not in left_out), encoding="utf-8")
    with pytest.raises(StageError) as refused:
        process(part, generic, ReferenceDates(given=None))
    assert refused.value.stage == "parse" and "\n" not in str(refused.value), why
