"""The seed action plan against hand-checked rows (checked line by line against samples/004_*.txt)."""

import pytest
from council_actions.parsers.action_ids import make_action_id

# (element_id, printed_id, score, no_gaps, allocation text of each action in order)
THEME_1 = [
    ("CI001", "CI001", "light_green", False, ["CLT, Q2 2024.", "All CHoS, ongoing Qly basis", "Head of Procurement",
                                              "Head of Procurement", "Head of Procurement"]),
    ("CI002", "Cl002", "light_green", False, ["CHoCSDCS, during 2024/25 on approval of the Strategy.",
                                              "ACE (S151), CLT, SLT, all staff, this work is ongoing for 2024/25, 2025/26."]),
    ("CI003", "Cl003", "light_green", False, ["HoBPPP, Q2 24/25 ahead of CPC in Oct 2024.", "HoBPP, Q1 25/26"]),
    ("CI004", "C1004", "light_green", True, [None]),
    ("CI005", "cl005", "light_green", False, ["CHoHROD, Phase 1 implementation complete", "CH 0 HROD",
                                              "CHoHROD, Q3-Q4 24/25"]),
    ("CI006", "CI006", "yellow", False, ["ACE (S151), Q4 2024/5"]),
    ("CI007", "CI007", "yellow", False, ["ACE (S151), HoBPPP by Dec 2024", "SLT, Project Managers, ongoing."]),
    ("CI008", "cloos", "dark_green", True, ["CHoHROD"]),
    ("CI009", "Cl009", "light_green", False, ["ACE(S151), CHoF, HoBPPP, Jan 2025"]),
    ("CI010", "Cl010", "amber", False, ["CEX, when advised by Oflog."]),
    ("CI011", "CI011", "yellow", False, ["ACE(Place), CHoCS", "CHoCS, Q4 2024", "CHoHROD, HoBPPP by end March 2025."]),
    ("CI012", "Cl012", "light_green", False, ["HoBPPP, by end Sept 2024 for Q2 progress data.", "CLT"]),
]
THEME_7 = [
    ("PCE001", "PCE001", "light_green", True, []),
    ("PCE002", "PCE002", "light_green", True, ["ACE(Place), CHoHROD by Sept 2024 for initial assessment outcome."]),
    ("PCE003", "PCE003", "light_green", False, ["SLT"]),
    ("PCE004", "PCE004", "light_green", False, ["ACE(Place), CHoCS."]),
    ("PCE005", "PCE005", "yellow", False, ["ACE(Place), CHoCS, ongoing."]),
    ("PCE006", "PCE006", "light_green", False, ["Head of Procurement"]),
    ("PCE007", "PCE007", "light_green", False, ["CHoCS, Q4 2024"]),
]


@pytest.mark.parametrize("theme_no, expected", [(1, THEME_1), (7, THEME_7)])
def test_whole_themes_match_hand_checked_rows(plan, theme_no, expected):
    elements = [e for e in plan.elements if e.theme_no == theme_no]
    got = [(e.element_id, e.printed_id, e.score, e.no_gaps,
            [a.allocated_raw for a in plan.actions if a.element_id == e.element_id]) for e in elements]
    assert got == expected


def test_document_counts(plan):
    assert len(plan.elements) == 74
    assert len(plan.actions) == 94
    assert len(plan.themes) == 7
    assert [t.theme_no for t in plan.themes] == list(range(1, 8))
    by_theme = [sum(e.theme_no == n for e in plan.elements) for n in range(1, 8)]
    assert by_theme == [12, 11, 11, 11, 12, 10, 7]


def test_every_heatmap_id_with_a_row_is_found_exactly_once(plan):
    heatmap_ids = [c.element_id for c in plan.heatmap]
    assert len(heatmap_ids) == 74 and len(set(heatmap_ids)) == 74
    rows = [e.element_id for e in plan.elements]
    assert sorted(rows) == sorted(heatmap_ids)
    assert rows == heatmap_ids  # and in the heatmap's order


def test_ocr_damaged_ids_become_canonical(plan):
    printed = {e.printed_id: (e.element_id, e.id_method) for e in plan.elements}
    assert printed["C1004"] == ("CI004", "repaired")
    assert printed["cl005"] == ("CI005", "repaired")
    assert printed["cloos"] == ("CI008", "order")
    assert printed["3009"] == ("G009", "number")
    assert printed["3010"] == ("G010", "number")
    assert printed["sD003"] == ("SD003", "repaired")
    order_warnings = [i for i in plan.issues if i.code == "element_id_from_order"]
    assert [(i.element_id, i.raw_text) for i in order_warnings] == [("CI008", "cloos")]


def test_g002_kept_with_note_and_alias(plan):
    g002 = next(e for e in plan.elements if e.element_id == "G002")
    assert g002.alias_of == "CI012"
    assert g002.status_note == "Now in 1. Continuous Improvement theme (Cl012)"
    assert g002.characteristic.startswith("The authority's scrutiny function is challenging")
    cell = next(c for c in plan.heatmap if c.element_id == "G002")
    assert (cell.printed_id, cell.alias_of, cell.position) == ("See CI012", "CI012", 2)


def test_scores_read_through_garbling(plan):
    scores = {e.element_id: e.score for e in plan.elements}
    assert scores["CI002"] == "light_green"   # LICUT / LIGHT / GREEN
    assert scores["G008"] == "light_green"    # "LIGHT in GREEN et m"
    assert scores["C008"] == "yellow"         # VELLOW/ / YELLOW
    assert scores["L009"] == "grey"
    assert scores["G010"] is None             # no score printed in the text
    assert sum(s is None for s in scores.values()) == 2  # G002 (moved) and G010


def test_html_is_removed_from_values(plan):
    values = [e.characteristic for e in plan.elements] + [a.action for a in plan.actions]
    values += [a.allocated_raw or "" for a in plan.actions] + [e.printed_id for e in plan.elements]
    assert not [v for v in values if "<" in v or ">" in v]


def test_garbled_duplicates_are_reported_not_glued(plan):
    action = next(a for a in plan.actions if a.element_id == "CI001" and a.seq == 3)
    assert action.action == ("Provide briefing to all officers with contract management responsibility, update the "
                             "Staff Home pages specifically with contract mgmt information.")
    duplicates = {i.raw_text for i in plan.issues if i.code == "garbled_duplicate"}
    assert {"with contract riight information.", "in the production team in 20/24).", "CLI",
            "No new gane identified", "Tull the local spend analysis for full-year 25/24."} <= duplicates
    text = " ".join(a.action + " " + (a.opportunity or "") for a in plan.actions)
    assert "riight" not in text and "gane" not in text


def test_recommendations_line_up_with_allocations_and_opportunities(plan):
    l004 = [a for a in plan.actions if a.element_id == "L004"]
    assert [a.allocated_raw for a in l004] == ["CHoF, review Jan 2025.", "CHoHROD, ongoing.", "CHoF, March 2025."]
    assert l004[1].opportunity.startswith("Improve establishment controls")
    l009 = next(a for a in plan.actions if a.element_id == "L009")
    assert l009.action.endswith("Update: 10/9/24 - survey to be reissued.")  # an update note, not an action
    l002 = next(a for a in plan.actions if a.element_id == "L002")
    assert l002.opportunity == ("Inconsistent reporting of service KPIs at Service Cttees. "
                                "See Cl001 above as same recommendation and action to address.")


def test_no_gaps_elements_keep_their_row(plan):
    """L003 has no gaps and no recommendation, but its allocation names owners: an action with empty text."""
    l003 = next(e for e in plan.elements if e.element_id == "L003")
    actions = [a for a in plan.actions if a.element_id == "L003"]
    assert l003.no_gaps and [(a.action, a.allocated_raw) for a in actions] == [("", "CEX, CHoLG")]
    assert actions[0].opportunity.startswith("Given that RBC has appointed people to these posts")
    bare = [i for i in plan.issues if i.code == "allocation_without_recommendation"]
    assert [(i.element_id, i.raw_text) for i in bare] == [("L003", "CEX, CHoLG")]


def test_action_ids_are_stable_and_unique(plan):
    ids = [a.action_id for a in plan.actions]
    assert len(ids) == len(set(ids))
    first = plan.actions[0]
    assert first.action_id == make_action_id("CI001", first.action.upper() + "  ")


def test_nothing_lost(plan, plan_document):
    """Every non-blank line is inside a record's span, known boilerplate, or an issue."""
    spans = [r.span for r in plan.themes + plan.heatmap + plan.elements + plan.actions + plan.boilerplate]
    spans += [i.span for i in plan.issues]
    covered = set()
    for span in spans:
        covered.update(range(span.line_start, span.line_end + 1))
    lines = [ln.number for ln in plan_document.iter_lines()]
    assert [n for n in lines if n not in covered] == []
