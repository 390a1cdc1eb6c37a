"""A status word opening a progress or status sentence is the row's status (parsers/opening_status.py).

Waverley's 2003 progress plans print the status in the PROGRESS cell's first words (`Ongoing – series of workshops
held ...`, `Done although reletting standard ...`); their hand-checked rows are in
tests/fixtures/other_councils/expected/, and this checks what those files do not: the rule's two sides on real
lines, every separator of its table, and that the reading adds no issue.
"""

from __future__ import annotations

import pytest
from council_actions.ingest.model import Span
from council_actions.normalise import ReferenceDates
from council_actions.parsers.opening_status import SEPARATORS, opening_status
from council_actions.parsers.progress import read_status

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

GENERIC = load_profile("generic")
RUNNYMEDE = load_profile()  # the default profile: its status rules first, then the generic ones
WAVERLEY = SAMPLES / "other_councils"
WHERE = Span(None, 1, 1, 0, 1)

# Real lines opening with a status word, the words read and the status they mean.
OPENING = [
    # samples/other_councils/waverley_voids_improvement_plan_progress_2003.txt, lines 15 and 18 (PROGRESS)
    ("Ongoing – series of workshops held on repairs/maintenance held with Tenants’ Panel during 2002. Further work "
     "to be done as part of allocations policy review", "Ongoing", "on_track"),
    ("Done although reletting standard would not necessarily meet Decent Homes standard", "Done", "complete"),
    # samples/other_councils/waverley_programmed_maintenance_improvement_plan_progress_2003.txt, line 11
    ("Ongoing – first priority has been code of practice for repairs contractors", "Ongoing", "on_track"),
    # samples/other_councils/belfast_improvement_self_assessment_2023_24_objective_4.txt, line 40 (a milestone)
    ("Partially achieved - The Climate Investment Plan has been postponed pending results of the energy audits",
     "Partially achieved", "on_track"),
    # samples/other_councils/waverley_cpa_improvement_plan_2004.txt, line 15 (its timeline cell)
    ("Done (March 2004)", "Done", "complete"),
    # A status run on into a phrase saying how it stands, no separator between them (the run-on phrase row):
    # samples/other_councils/waverley_day_to_day_repairs_improvement_plan_progress_2003.txt, line 8 (PROGRESS; its
    # revised timetable April 2003: under way)
    ("Ongoing as part of discussions with Tenants’ Panel and contractors", "Ongoing", "on_track"),
    # Maidstone's Biodiversity and Climate Change Action Plan Status, September 2024 (Appendix 1 to Cabinet, 23
    # October 2024, corpus `pages`; samples/other_councils/SOURCES.md): a status of its key
    ("Complete and being monitored", "Complete", "complete"),
    # a public project tracker's table on GitHub (find_string `| Ongoing through `): its timing cell
    ("Ongoing through Q2 2026", "Ongoing", "on_track"),
    # The month the status was reached run on after it (the date row), the spreadsheet's text mark `'` before it:
    # samples/other_councils/iow_benefit_fraud_action_plan_2004_counter_fraud.txt, lines 51, 85-86 and 99
    # (PROGRESS), the second wrapped after its first word as the page's cells are
    ("Completed 'October 2003", "Completed", "complete"),
    ("Completed\n'December 2003", "Completed", "complete"),
    ("Completed 'November 2003", "Completed", "complete"),
]

# Real lines that hold a status word but open with no status: a verb or noun opening a sentence, a status word with
# no separator after it or inside the sentence, a status glossed by one that disagrees, a letter that is an initial.
NO_STATUS = [
    "Implemented as appropriate",  # Waverley programmed maintenance, line 12: no separator after the word
    "Introduced in 2001/02 and now repeated each year",  # the same, line 10
    # samples/other_councils/waverley_day_to_day_repairs_improvement_plan_progress_2003.txt, line 10
    "Improvements implemented with new MTC. Ongoing in terms of improving contractors’ performance",
    # samples/other_councils/north_tyneside_waste_plan_2025_30.txt, line 56: `Ongoing` qualifying the noun it opens
    "Ongoing actions will include targeted campaign work, promotion of the waste hierarchy, action plans on circular "
    "economy and emission trading scheme, and further resident engagement activities.",
    # samples/other_councils/maidstone_bccap_status_rag_2022.txt, line 49: `as part of` after no status word
    "Started – Incorporated as part of local Plan review POLICY LPRSP14(C) – CLIMATE CHANGE includes prioritising "
    "active travel",
    # Georges River Council's status key ("How we rate the status", its 2021 progress report, corpus `pages`):
    # a status word's definition, the word running on into its sentence
    "Not started due to budget or other constraints.",
    "Ongoing deliverables.",
    # Flintshire County Council, Council Plan 2022/23 timeline review (minutes, 27/10/2022, corpus `pages`)
    "Core Business – activity is ongoing",
    # Fire Services Implementation Monitor (Victoria), FY 2022-23 annual report (corpus `pages`): two statuses
    "in progress - minor delays",
    # Isle of Man Programme for Government, Q1 2019/20 actions report (corpus `pages`): a status word inside
    "This action was withdrawn for Y3 and is no longer reported on",
    # North Devon Council's Governance Committee, 23/09/2024 (corpus `pages`)
    "Works were pending action by Devon County Council.",
    # the verbs opening an action the rule must not read
    "Ongoing monitoring of the contract",
    "Complete the review by March",
    "Done by the team in house",
    "Complete and submit the annual return",  # `and` alone: an action's second verb, not how a status stands
    "Ongoing monitoring through quarterly meetings",  # a run-on phrase after a noun, not after the status word
    "A. Smith to lead the review",  # a letter alone is an initial, though `A` alone in a RAG cell is amber
]

# One line per row of SEPARATORS (the colon, full stop and bracket rows' shapes as the task names them: `In
# progress: consultation closes ...`, `Completed. Report went to Cabinet ...`, `Not started (awaiting funding)`).
BY_SEPARATOR = {
    "dash": ("Complete - new policy adopted in May", "complete"),
    "colon": ("In progress: consultation closes in June", "on_track"),
    "full stop": ("Completed. Report went to Cabinet in March", "complete"),
    "bracket": ("Not started (awaiting funding)", "not_started"),
    "conjunction": ("Done although reletting standard would not necessarily meet Decent Homes standard", "complete"),
    "run-on phrase": ("Ongoing as part of discussions with Tenants’ Panel and contractors", "on_track"),
    "date": ("Completed 'October 2003", "complete"),
}


@pytest.mark.parametrize("profile", [GENERIC, RUNNYMEDE], ids=["generic", "default"])
@pytest.mark.parametrize(("text", "words", "key"), OPENING, ids=[t[:30] for t, _, _ in OPENING])
def test_a_status_word_opening_a_sentence_is_the_status(text, words, key, profile):
    found = opening_status(text, profile.roles.status_of)
    assert found is not None and (found.key, found.words) == (key, words)


@pytest.mark.parametrize("profile", [GENERIC, RUNNYMEDE], ids=["generic", "default"])
@pytest.mark.parametrize("text", NO_STATUS, ids=[t[:30] for t in NO_STATUS])
def test_a_status_word_not_opening_before_a_separator_is_none(text, profile):
    assert opening_status(text, profile.roles.status_of) is None


@pytest.mark.parametrize(("name", "pattern"), SEPARATORS, ids=[name for name, _ in SEPARATORS])
def test_every_separator_parts_a_status_from_its_sentence(name, pattern):
    text, key = BY_SEPARATOR[name]
    found = opening_status(text, GENERIC.roles.status_of)
    assert found is not None and found.key == key
    assert BY_SEPARATOR.keys() == {n for n, _ in SEPARATORS}  # every row has its line here


def test_waverley_progress_rows_get_the_status_their_progress_opens_with():
    voids = process(WAVERLEY / "waverley_voids_improvement_plan_progress_2003.txt", GENERIC, ReferenceDates())
    assert [(a.span.line_start, a.status, a.status_raw, a.progress[:25]) for a in voids.parsed.actions] == [
        (14, "complete", "Done", "Done"),
        (15, "on_track", "Ongoing", "Ongoing – series of works"),  # the progress opens with its status
        (16, "complete", "Done", "Done although reletting s"),  # the same, with more after it
    ]
    assert not [i for i in voids.parsed.issues if i.field == "status"]  # printed on the row: no issue


def test_a_status_cell_opening_with_a_status_is_read_and_kept_whole():
    """A status cell is read as its opening words where the whole is no status, and kept whole as printed; one whose
    opening and rest disagree stays unknown, as before."""
    values = {"status": ("Complete - new policy adopted in May", WHERE)}
    assert read_status(values, None, GENERIC, "Status", "1") == ("complete", "Complete - new policy adopted in May", [])
    values = {"status": ("in progress - minor delays", WHERE)}
    status, raw, issues = read_status(values, None, GENERIC, "Status", "1")
    assert (status, raw, [i.code for i in issues]) == (None, "in progress - minor delays", ["unknown_status"])


def test_a_progress_note_that_is_a_status_whole_is_kept_whole():
    """`This action has been completed.` is the status as printed whole; with more after it, the status
    is the opening sentence and the progress the note whole."""
    assert read_status({}, "This action has been completed.", GENERIC, None, "1") == (
        "complete", "This action has been completed.", [])
    assert read_status({}, "This action has been completed. Report went to Cabinet", GENERIC, None, "1") == (
        "complete", "This action has been completed", [])
