"""A label over prose between a list's heading and the role heading it names (ingest/list_headings.named_by,
ingest/headed_list.py): North Tyneside's strategic priorities print `Prioritise prevention`, then `Aim` over the aim,
then `Actions` over the bulleted actions. The priority names the actions and the aim is what they answer; `Aim` (a
word the profile's heading rules read as a role) labels the aim and names nothing; the lead-in's period above
(`for 2024-27 ... will:`) times every action, across the aims.

The sample's reading is pinned value by value in
tests/fixtures/other_councils/expected/north_tyneside_domestic_abuse_strategy_2024_27_priorities.json.
"""

from __future__ import annotations

from council_actions.ingest import read_document
from council_actions.ingest.headed_list import FINDING, LEAD_IN_COLUMN, read_headed_list
from council_actions.ingest.list_headings import named_by

from council_actions.profile import load_profile
from tests.conftest import ROOT

GENERIC = load_profile("generic")
SAMPLE = ROOT / "samples" / "other_councils" / "north_tyneside_domestic_abuse_strategy_2024_27_priorities.txt"
LINES = list(read_document(SAMPLE).iter_lines())


def test_the_label_names_nothing_the_heading_above_it_does():
    actions = [line.text for line in LINES].index("Actions")  # index 5: `Prioritise prevention` is 2, `Aim` 3
    items = {i: None for i in range(len(LINES))}
    assert named_by(LINES, items, actions) == 3
    assert named_by(LINES, items, actions, frozenset({3})) == 2


def test_priorities_are_the_sections_aims_the_findings_and_the_lead_in_times_every_action():
    layout = read_headed_list(LINES, GENERIC.roles.role_of, GENERIC.roles.status_of, GENERIC.document_words)
    rows = [line for line in layout.lines if line.layout == "row_start"]
    assert [line.cells[0].text for line in rows if line.cells[0].column == 0] == ["Prioritise prevention",
                                                                                "Support victims"]
    assert [line.text for line in layout.lines if line.layout == "header"] == ["Aim", "Actions"] * 2
    findings = [cell.text for line in layout.lines for cell in line.cells if cell.column == FINDING]
    assert [text[:20] for text in findings] == ["To reduce the preval", "Help all domestic ab"]
    lead_in = layout.columns.index(LEAD_IN_COLUMN)
    timed = [cell.text for line in layout.lines for cell in line.cells if cell.column == lead_in]
    assert timed == ["2024-27"] * 6
