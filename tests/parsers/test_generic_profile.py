"""Issue 11: the seed plan read with `--profile generic` crashed ("parse failed unexpectedly (ProfileError: ...)"),
because the template reader was chosen for a profile without the template's `[action_plan]` headings.

Now a reader is chosen only when the profile has what it needs: the seed plan goes to the role-based table reader
(owners as printed), and a document only the template reader recognises fails in one line naming the profile and
what it lacks, with a non-zero exit code.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from council_actions.cli import main
from council_actions.issues import StageError
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, PLAN
from tests.golden.compare import load_golden


@pytest.fixture(scope="module")
def generic_read():
    return process(PLAN, load_profile("generic"), None)


def test_seed_plan_with_generic_profile_is_read_by_its_headings_not_crashed(generic_read):
    actions = {a.action: a for a in generic_read.parsed.actions}
    assert generic_read.document.rendering == "tab"
    assert generic_read.parsed.kind == "action_plan"
    seek = actions["Seek sector guidance and examples of best practice how other Local Authorities 'stress test' "
                   "development of the Annual Governance Statement from the Surrey Treasurers Group, Southern "
                   "Internal Audit Partnership group and review the AGS process in light of this for 24/25."]
    assert seek.allocated_raw == "ACE (S151), Q4 2024/5"  # as printed: owners and timeline in one cell
    assert seek.opportunity is not None and seek.opportunity.startswith("Whilst the development of the Annual")


def test_seed_plan_heading_printed_on_each_page_is_not_an_action(generic_read):
    assert not [a for a in generic_read.parsed.actions if a.action == "Recommendations and action plan"]
    headings = [b for b in generic_read.parsed.boilerplate if b.kind == "column_header"]
    # the first heading wrapped over lines 26-29 (issue 11: recognised wrapped), then printed again on one line
    assert [h.span.line_start for h in headings] == [26, 27, 28, 29, 70, 77, 83, 91]


def test_template_only_document_with_generic_profile_fails_in_one_line(tmp_path: Path, capsys):
    heatmap_only = tmp_path / "heatmap_only.txt"  # the seed plan's heatmap and key, before its column headings
    heatmap_only.write_text("\n".join(PLAN.read_text(encoding="utf-8").splitlines()[:22]) + "\n", encoding="utf-8")
    with pytest.raises(StageError) as caught:
        process(heatmap_only, load_profile("generic"), None)
    assert caught.value.stage == "parse"
    assert ("looks like an action plan in the self-assessment template (it prints its heatmap or column headings), "
            "but the profile generic.toml lacks what its reader needs: no [action_plan] column heading has the role "
            "'score' (headings: none)") in caught.value.problem
    assert main(["ingest", str(heatmap_only), "--profile", "generic", "--out", str(tmp_path / "out")]) != 0
    err = capsys.readouterr().err
    assert "heatmap_only.txt" in err and "generic.toml lacks" in err and "unexpectedly" not in err


def test_seed_plan_allocation_column_is_split_into_owners_and_timeline(generic_read):
    """The heading "Allocated to and indicative timeline to deliver action" has the generic role `allocation`. A
    post printed before its time with no comma between (`HoBPPP by Dec 2024`) is an owner with no glossary to know
    it, and the time is the rest (normalise/allocation.LEADING_ACRONYMS), not one timeline phrase."""
    by_id = {a.action_id: a for a in generic_read.parsed.actions}
    found = {(by_id[t.action_id].allocated_raw, t.timeline_raw) for t in generic_read.normalised.timelines}
    assert ("ACE (S151), Q4 2024/5", "Q4 2024/5") in found
    assert ("CHoHROD, Q3-Q4 24/25", "Q3-Q4 24/25") in found
    assert ("ACE (S151), HoBPPP by Dec 2024", "by Dec 2024") in found
    owners = {(by_id[o.action_id].allocated_raw, o.owner_raw) for o in generic_read.normalised.owners}
    assert ("ACE (S151), HoBPPP by Dec 2024", "ACE (S151)") in owners
    assert ("ACE (S151), HoBPPP by Dec 2024", "HoBPPP") in owners
    assert not [o for o in generic_read.normalised.owners if o.owner_raw.startswith("Q")]  # no quarter as an owner


def _golden_actions_found(path: Path) -> tuple[int, int, int]:
    """(rows read, golden actions matched by text and allocation as printed, rows keyed by a printed code) of the
    plan read with the generic profile; each golden action (tests/golden/runnymede_plan.json) matches one row."""
    golden = load_golden("runnymede_plan.json")["actions"]
    read = process(path, load_profile("generic"), None).parsed.actions
    expected = Counter((" ".join(a["action"].split()), " ".join((a["allocated_raw"] or "").split())) for a in golden)
    found = Counter((" ".join(a.action.split()), " ".join((a.allocated_raw or "").split())) for a in read)
    return len(read), sum((found & expected).values()), sum(1 for a in read if a.element_id)


@pytest.mark.parametrize(("path", "counts"), [
    # before issue 11's reading of keyed rows: 179 rows, 44 matched, none keyed (text); both PDFs refused; then
    # 93/88 (text) and 92/91 (PDFs) before an action answering its own opportunity and a bare allocation were read,
    # then 96/93 (text: two run-in lines read as rows, a garbled copy of a line kept)
    (PLAN, (94, 94, 94)),
    (FIXTURES / "pdf" / "runnymede_plan_libreoffice.pdf", (94, 94, 94)),
    (FIXTURES / "pdf" / "runnymede_plan_chromium.pdf", (94, 94, 94)),
], ids=["text", "libreoffice", "chromium"])
def test_seed_plan_with_generic_profile_finds_the_golden_actions(path, counts):
    """Runnymede's plan (94 actions) read with no council profile: its four-line heading is found, its rows are
    keyed by the code opening the characteristic cell (the generic `row_marker`), and each row is split into its
    actions (ACTION_STARTS), a code OCR misprinted read by its place among the others, and the converter's damage
    cleared (garbled copies of lines, paragraphs run across the columns). Every golden action is found, by its
    text and allocation as printed; the codes stay as printed and unverified (a council profile's ids repair them)."""
    assert _golden_actions_found(path) == counts


def test_seed_plan_codes_are_kept_as_printed_and_reported_unverified(generic_read):
    unverified = [i for i in generic_read.parsed.issues if i.code == "element_id_unverified"]
    assert len(unverified) == 74  # every row; `cloos`, `3009` and `3010` by their place (test_row_codes.py)
    assert {a.element_id for a in generic_read.parsed.actions} >= {"CI001", "Cl002", "C1004", "cl005"}  # as printed


def test_seed_plan_actions_printed_side_by_side_on_one_line_are_two(generic_read):
    """Line 72 prints CI003's two recommendations in one cell (`... of the CPC.  Plan and prepare ...`) beside its
    two allocations (`... Oct 2024. HoBPP, Q1 25/26`)."""
    cl003 = [(a.action[:30], a.allocated_raw) for a in generic_read.parsed.actions if a.element_id == "Cl003"]
    assert cl003 == [("Develop a communications plan ", "HoBPPP, Q2 24/25 ahead of CPC in Oct 2024."),
                     ("Plan and prepare for follow-up", "HoBPP, Q1 25/26")]


def test_seed_plan_garbled_copy_of_a_line_is_reported_not_read(generic_read):
    """Line 54 repeats line 53 garbled (`with contract riight information.` under `... contract mgmt information.`)."""
    copies = [i for i in generic_read.parsed.issues if i.code == "garbled_duplicate" and "riight" in i.raw_text]
    assert [(i.span.line_start, i.element_id) for i in copies] == [(54, "CI001")]
    assert not [a for a in generic_read.parsed.actions if "riight" in a.action]


def test_seed_plan_update_notes_stay_with_the_action_they_report_on(generic_read):
    """Line 231 prints G006's three recommendations (the third with `Update 10/9/24: ...` after it) beside three
    allocations (the second with `Update Q4 2026` after it): three actions, each note with its own."""
    g006 = [(a.action[:20], a.allocated_raw) for a in generic_read.parsed.actions if a.element_id == "G006"]
    assert g006 == [("Continue to promote ", "CHoLG, HoDemocratic Services, Q4 2024."),
                    ("Consider implementat", "CHoLG, HoDemocratic Services, Q4 2024. Update Q4 2026"),
                    ("Review and amend the", "CHoLG, HoDemocratic Services, Q4 2024.")]
    third = next(a.action for a in generic_read.parsed.actions if a.action.startswith("Review and amend the Member"))
    assert "requirements. Update 10/9/24: Review the requirements through the CMWP" in third


@pytest.mark.parametrize("path", [PLAN, FIXTURES / "pdf" / "runnymede_plan_libreoffice.pdf"], ids=["text", "pdf"])
def test_seed_plan_action_with_no_allocation_answering_its_own_opportunity_is_an_action(path):
    """R002 prints a second recommendation with no allocation beside it (`Development of workforce planning is in
    the HR & OD SAP for delivery in 24/25.`), beside an opportunity of its own (`Workforce plans are not in place
    ...`): an action of its own, not read into the action above it (ACTION_STARTS `paragraph_answering`,
    `sentence_answering`)."""
    read = process(path, load_profile("generic"), None).parsed.actions
    r002 = [(" ".join(a.action.split())[:41], a.allocated_raw) for a in read if a.element_id == "R002"]
    assert r002 == [("The development of departmental workforce", "CHoHROD, end of Q4 24/25."),
                    ("Development of workforce planning is in t", None)]
    second = [a.opportunity for a in read if a.element_id == "R002"][1]
    assert second is not None and second.startswith("Workforce plans are not in place for all service areas")


def test_seed_plan_allocation_without_recommendation_is_an_action_with_empty_text(generic_read):
    """L003 prints `CEX, CHoLG` and no recommendation: an action with empty text keeps its owners (ROW_KINDS
    `bare_allocation`), as the template reader does, not reported `row_without_action` and lost."""
    l003 = [(a.action, a.allocated_raw) for a in generic_read.parsed.actions if a.element_id == "L003"]
    assert l003 == [("", "CEX, CHoLG")]
    assert [(i.code, i.span.line_start) for i in generic_read.parsed.issues if i.element_id == "L003"
            and i.code in ("allocation_without_recommendation", "row_without_action")] == \
        [("allocation_without_recommendation", 155)]
    owners = {o.owner_raw for o in generic_read.normalised.owners
              if o.action_id == next(a.action_id for a in generic_read.parsed.actions if a.element_id == "L003")}
    assert owners == {"CEX", "CHoLG"}


@pytest.mark.parametrize("path", [PLAN, FIXTURES / "pdf" / "runnymede_plan_libreoffice.pdf",
                                  FIXTURES / "pdf" / "runnymede_plan_chromium.pdf"], ids=["text", "libreoffice",
                                                                                          "chromium"])
def test_seed_plan_rows_without_an_action_are_reported_not_lost(path):
    """17 characteristics of the plan have no action (`No gaps identified.`, the golden file's elements with none):
    each row is reported `keyed_row_without_action` with its text and lines (ROW_KINDS `keyed_without_action`), so
    their characteristic and findings are not lost (L007's lines 182-183, in no row, are held by its issue)."""
    golden = load_golden("runnymede_plan.json")
    answered = {a["element_id"] for a in golden["actions"]}
    without = sorted(e["printed_id"] for e in golden["elements"] if e["element_id"] not in answered)
    reported = [i for i in process(path, load_profile("generic"), None).parsed.issues
                if i.code == "keyed_row_without_action"]
    assert sorted(i.element_id for i in reported) == without
    l007 = next(i for i in reported if i.element_id == "L007")
    assert "No gaps identified." in l007.raw_text and "wider local" in l007.raw_text
    if path == PLAN:  # the text prints its finding too (the PDFs, made from the golden file, only the note)
        assert (l007.span.line_start, l007.span.line_end) == (182, 183)
        # its two lines as printed (not their cells joined by ` | `, text the source never prints)
        assert l007.raw_text == "\n".join(PLAN.read_text(encoding="utf-8").split("\n")[181:183])
        assert l007.raw_text.rstrip().endswith("\tStrong evidence to support a comprehensive narrative.")


def _lines_held(processed) -> set[int]:
    """The lines some action, boilerplate record or issue holds (not the document-wide `council_not_printed`)."""
    spans = [s for a in processed.parsed.actions for s in (a.span, a.allocated_span) if s is not None]
    spans += [b.span for b in processed.parsed.boilerplate]
    spans += [i.span for i in processed.parsed.issues if i.span is not None and i.code != "council_not_printed"]
    return {n for span in spans for part in (span.parts or (span,)) for n in range(part.line_start, part.line_end + 1)}


@pytest.mark.parametrize("path", [PLAN, FIXTURES / "pdf" / "runnymede_plan_libreoffice.pdf",
                                  FIXTURES / "pdf" / "runnymede_plan_chromium.pdf",
                                  FIXTURES / "pdftotext" / "squeezed_drifting_columns_chromium.txt"],
                         ids=["text", "libreoffice", "chromium", "pdftotext"])
def test_seed_plan_every_line_is_held_by_a_row_or_reported(path):
    """Nothing is lost with no profile: every non-blank line of the plan is in an action's span, a boilerplate
    record or an issue: the 17 rows without an action (89 lines) included, and the line the converter set in the
    table's columns above CI001 (`with the Centre for Governance and Scrutiny ...`, line 43; `1. CONTINUOUS
    IMPROVEMENT:` in the PDFs), which is `unplaced_text`."""
    processed = process(path, load_profile("generic"), None)
    held = _lines_held(processed)
    assert [line.number for line in processed.document.iter_lines() if line.text.strip() and line.number not in held] \
        == []
    above = [i for i in processed.parsed.issues if i.code == "unplaced_text" and "first code" in i.message]
    assert [(i.raw_text.strip()[:26], i.span.line_start) for i in above] == [ABOVE_THE_FIRST_CODE[path.name]]


ABOVE_THE_FIRST_CODE = {PLAN.name: ("with the Centre for Govern", 43),
                        "runnymede_plan_libreoffice.pdf": ("1. CONTINUOUS IMPROVEMENT:", 21),
                        "runnymede_plan_chromium.pdf": ("1. CONTINUOUS IMPROVEMENT:", 22),
                        "squeezed_drifting_columns_chromium.txt": ("1. CONTINUOUS IMPROVEMENT:", 28)}

