"""Notes and progress cells keep their separate items apart, one a line, and join a wrapped sentence
(parsers/free_text.py): the rule table BREAKS, each rule pinned by a pair of real lines, and the bug it fixes."""

from __future__ import annotations

import pytest
from council_actions.ingest.model import Cell, Span
from council_actions.normalise import ReferenceDates
from council_actions.parsers.cleaning import clean
from council_actions.parsers.free_text import BREAKS, apart, free_text

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

OTHER = ROOT / "samples" / "other_councils"


def _cell(text: str, line: int, line_break: bool | None = None, paragraph_start: bool | None = None) -> Cell:
    return Cell(0, text, Span(1, line, line, 0, len(text)), line_break=line_break, paragraph_start=paragraph_start)


# (rule that decides, line above, line, whether the rendering keeps its cells' own breaks, apart?): real pairs of lines
# from the samples and their PDF copies (Maidstone's AGS 2014-15 progress, Brighton & Hove's success measures).
CASES = [
    ("bullet", _cell("completed:", 7), _cell("· New Freedom of Information and Data Protection", 8, False), False, True),
    ("runs_on", _cell("Meeting held by", 4), _cell("28 February 2014", 5), True, False),
    ("carried_sentence", _cell("September. A number of actions have been", 6), _cell("completed:", 7), True, False),
    ("new_paragraph", _cell("Workshops with every service held in July.", 20),
     _cell("Recruitment data gathered for the last three years.", 21, False, True), False, True),
    ("wrapped", _cell("Produced guidance for staff on information", 15), _cell("Sharing", 16, False), False, False),
    ("broken", _cell("management have been agreed", 4), _cell("An information management officer was", 5, True),
     False, True),
    ("own_line", _cell("Signage prepared", 87), _cell("Signage installed in relevant locations", 89), True, True),
]


@pytest.mark.parametrize(("rule", "above", "cell", "own_breaks", "parted"), CASES, ids=[c[0] for c in CASES])
def test_each_break_rule_decides_its_case(rule, above, cell, own_breaks, parted):
    deciding = next(r for r in BREAKS if r.applies(clean(above.text), cell, own_breaks))
    assert deciding.name == rule
    assert deciding.apart is parted
    assert apart(above, cell, own_breaks) is parted


def test_every_break_rule_has_a_case():
    assert [rule.name for rule in BREAKS] == [case[0] for case in CASES]


def test_no_rule_joins_a_line_of_converter_text():
    """Fixed-width text and a PDF line whose break could not be measured: the lines are wrapping, joined."""
    lines = [_cell("Produced guidance for staff on information", 15), _cell("Sharing", 16)]
    assert free_text(lines, own_breaks=False) == "Produced guidance for staff on information Sharing"


def test_brighton_signage_notes_are_two_items():
    """Brighton & Hove's tree action plan prints 'Signage prepared' and 'Signage installed in relevant locations' as
    two paragraphs of one success-measure cell (lines 87 and 89), and its progress as two sentences (lines 121 and
    123): two items each, never joined by a space into a sentence the page never printed."""
    processed = process(OTHER / "brighton_hove_tree_action_plan_2022_27.txt", load_profile("generic"),
                        ReferenceDates())
    actions = {a.action: a for a in processed.parsed.actions}
    assert actions["Design and install elm disease signage"].notes == (
        "Signage prepared\nSignage installed in relevant locations")
    surveying = actions["Develop and deliver a programme of tree surveying"]
    assert surveying.notes == "All trees identified\nAll trees surveyed"
    assert surveying.progress == ("Tender for surveying of trees in parks to be issued in 2022\n"
                                  "This action is linked to the procurement of a new tree management system")
