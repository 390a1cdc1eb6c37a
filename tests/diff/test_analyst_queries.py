"""The questions an analyst asks of the revisions, as the DuckDB SQL the handbook shows (docs/output.md and
docs/revisions.md), read from the pages themselves (tests/test_readme.py finds their fences) and run on the Parquet:
a query a page changes is the query tested."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil

import duckdb
import pytest
from council_actions.diff import diff

from council_actions.batch import run_batch
from tests.conftest import GIVEN, ROOT
from tests.diff.conftest import R2, R3, SOURCES
from tests.diff.test_real_progress_pages import STARTED
from tests.test_readme import FENCES, run_command, sql_queries

ANSWERS = {  # what the prose says each query answers, checked by hand against the revision script's edits
    # the sample plan (2024-08), due before 1 October 2024 and not complete: 13 actions, none of them G003, due
    # 31 March 2024 but complete by its timeline (the query without its completion test lists it first). R011 alone
    # fell due before the plan's date (revision 2024-08: 1 August 2024), so it alone is overdue by the plan's word.
    # First, Tower Hamlets' FOI action plan (2023-10; samples/other_councils/tower_hamlets_foi_action_plan_2023.txt,
    # checked by hand): its first action prints `Status` / `Completed` (lines 25-27), its second `Deadline` / ` 7
    # August 2023 (to initiate campaign)` (lines 51-53) and only `Comments` / `Head of IG attended CLT/CMT ...` (55-57)
    "actions due before a day and not complete, and what their plan can say of each": [
        ("FOI Timescales - Service Engagement", dt.date(2023, 8, 7), "Head of Information Governance (IG); Data "
         "Protection Office (DPO)", "IG Service to create an enagement campaign", "progress noted, no status"),
        ("R011", dt.date(2024, 7, 31), "CHoAR; ACE (S151)", "The company business plan", "overdue"),
        ("CI001", dt.date(2024, 9, 30), "CLT", "CLT to consider implementing",
         "due since the plan"),
        ("CI003", dt.date(2024, 9, 30), "HoBPPP", "Develop a communications plan",
         "due since the plan"),
        ("CI012", dt.date(2024, 9, 30), "HoBPPP", "Now that data is captured",
         "due since the plan"),
        ("G002", dt.date(2024, 9, 30), "HoBPPP", "Now that data is captured",
         "due since the plan"),
        ("G005", dt.date(2024, 9, 30), "CEX; HoBPPP", "When appropriate and necessary",
         "due since the plan"),
        ("G007", dt.date(2024, 9, 30), "ACE (S151); CHoAR", "This has been picked up separately",
         "due since the plan"),
        ("G008", dt.date(2024, 9, 30), "HoBPPP", "Update the guidance in the Service Discovery",
         "due since the plan"),
        ("L006", dt.date(2024, 9, 30), "CHoHROD", "My View Phase 2 system implementation",
         "due since the plan"),
        ("L009", dt.date(2024, 9, 30), "CHoLG", "Members have been consulted",
         "due since the plan"),
        ("PCE002", dt.date(2024, 9, 30), "ACE (Place); CHoHROD", "Organisational culture and leadership",
         "due since the plan"),
        ("SD004", dt.date(2024, 9, 30), "HoBPPP", "It was recognised in 2023/24",
         "due since the plan"),
        ("SD008", dt.date(2024, 9, 30), "HoBPPP", "Complaints data analysis",
         "due since the plan")],
    # the sample plan's four actions done, each by its allocation cell's timeline (no status column): lines 74
    # `CHoHROD, Phase 1 implementation complete`, 178 `CHoHROD, complete.`, 225 `HoBPPP, complete. This has been
    # addressed in the latest Cttee report template v4 issued in March 2024.` and 498 `CHoCSDCS, complete.`
    "actions done, where the plan says so, and what it printed there": [
        ("CI005", "timeline", None, "Phase 1 implementation complete", 74),
        ("L006", "timeline", None, "complete", 178),
        ("G003", "timeline", None, "complete; This has been addressed in the latest Cttee report template v4", 225),
        ("SD003", "timeline", None, "complete", 498)],
    # checked against pandas on the same folder: past due, the 13 above in 2024-08, 5 of the later plans' (CI003,
    # CI012, G002, PCE002 and R011, whose deadlines were not moved), and Maidstone's 1.1 and 1.2, due in 2022
    # (council null: its pages print none and the generic profile names none). Overdue by the plan's word: R011 alone
    # in 2024-08 (due before 1 August 2024), the five in 2025-01 and 2025-06 (before 1 January and 1 June 2025);
    # none of Maidstone's: its 2020 page prints no status (action_status_printed false), its 2022 page rates 1.1
    # `Green`, due 31 December 2022, after its revision's date (2022-02, read as 1 February 2022; the meeting it went to sat on 9 February).
    # Tower Hamlets 2023 (council null with the generic profile: the page prints none): 2 actions, the second past
    # due (7 August 2023), not overdue but noted (its Comments, no Status); the first complete, due 10 October 2023
    "per revision and council: documents, actions, and actions past due on a day, overdue by the plan's word, and with a progress note and no status": [
        ("2020-10", None, 1, 2, 0, 2, 0), ("2022-02", None, 1, 1, 0, 1, 0), ("2023-10", None, 1, 2, 0, 1, 1),
        ("2024-08", "Runnymede Borough Council", 1, 94, 1, 13, 0),
        ("2025-01", "Runnymede Borough Council", 1, 101, 5, 5, 0),
        ("2025-06", "Runnymede Borough Council", 1, 100, 5, 5, 0)],
    # Maidstone's 2022 page: action 1.1's owner cell names three officers, no glossary holds them
    "owner spellings the profile does not resolve, per council, with the actions printing each": [
        (None, "Claire Weeks", 1), (None, "Helen Garnett", 1), (None, "Mark Egerton", 1)],
    # the sample plan (2024-08) as `owners` counts it: CHoHROD printed 23 times and once as `CH <sub>0</sub> HROD`
    # (line 75), HoBPPP 18 times (17 as printed, once as `HoBPP`, line 72), ACE (S151) 7 times and 4 as
    # `ACE(S151)`; CLT 9; the rest fewer
    "actions per owner in one revision, as the `owners` command counts them": [
        ("CHoHROD", "Corporate Head of Human Resources and Organisational Development", 24),
        ("HoBPPP", "Head of Business Planning, Projects and Performance", 18),
        ("ACE (S151)", "Assistant Chief Executive (Section 151 Officer)", 11),
        ("CHoLG", "Corporate Head of Law and Governance", 10), ("CLT", "Corporate Leadership Team", 9), ...],
    "score changes per theme": [(1, 3, 4), (2, 1, 1), (3, 3, 2), (4, 1, 1)],  # the script's 16 score edits
    # by hand from the script's 15 deadline edits, e.g. CHoHROD: 4 x Q4 24/25 -> Q2 25/26 (183 days),
    # Q2 -> Q3 2024/25 (92), Q4 24/25 -> Q1 25/26 (91), end of Q4 24/25 -> end of Q4 25/26 (365); the first rows
    "slipped deadlines by owner, with days slipped": [("CHoHROD", 7, 1280), ("HoBPPP", 5, 697),
                                                      ("ACE (S151)", 5, 695), ...],
    "actions completed since the last revision": [("L006", "The development of departmental workforce plans")],
    # on a real progress report: Maidstone's climate action plan as adopted in 2020, then rated in February 2022
    "actions whose printed status (a RAG or status column) changed, with the progress the later revision prints":
        [("1.1", None, "on_track", STARTED)],
    "one action's history across revisions (the first revision's actions are their own keys)": [
        ("2024-08", "first", "Briefing session on the Risk"), ("2025-01", "edited", "Briefing sessions on the Risk"),
        ("2025-06", "edited", "Briefing sessions about the Risk")],
    "where both sides of a change are printed": [(None, 241, 241, None, 233, 233, "CLT", "SLT")],
}


def folder_commands() -> list[str]:
    """The handbook's commands that write the folder its queries read: the `sh` fence right before its first SQL, on
    the same page."""
    first = next(i for i, f in enumerate(FENCES) if f.info == "sql")
    fence = FENCES[first - 1]
    assert fence.info == "sh" and fence.not_run is None and fence.page == FENCES[first].page, fence.id
    return fence.text.strip().splitlines()


@pytest.fixture(scope="module")
def analyst_out(tmp_path_factory):
    """The seed plan's three revisions and Maidstone's 2020 and 2022 pages, every revision the handbook's queries
    name, in one folder written by the handbook's own commands from a clone's top folder, as an analyst copying them
    writes it: a query that answers only on a folder the tests build otherwise is no recipe."""
    folder = tmp_path_factory.mktemp("analyst")
    for name in ("samples", "tests"):
        (folder / name).symlink_to(ROOT / name)
    with contextlib.chdir(folder):
        for command in folder_commands():
            code, printed = run_command(command)
            assert code == 0, (command, printed)
    return folder / "out"


def test_every_readme_query_has_its_answer():
    assert [title for _, title, _ in sql_queries()] == list(ANSWERS)


@pytest.mark.parametrize(("title", "query"), [(title, query) for _, title, query in sql_queries()],
                         ids=[example for example, _, _ in sql_queries()])
def test_readme_query_answers_what_its_prose_says(title, query, analyst_out):
    rows = duckdb.connect().execute(query.replace("'out/", f"'{analyst_out}/")).fetchall()
    expected = ANSWERS[title]
    more = expected[-1] is ...
    expected = expected[:-1] if more else expected
    assert (len(rows) >= len(expected)) if more else (len(rows) == len(expected)), rows
    assert all(agrees(value, want) for row, wanted in zip(rows, expected, strict=False)
               for value, want in zip(row, wanted, strict=True)), rows


def agrees(value: object, want: object) -> bool:
    """A text the answer gives only the start of agrees with a text that starts so."""
    return value.startswith(want) if isinstance(value, str) and isinstance(want, str) else value == want


@pytest.fixture(scope="module")
def copied_out(analyst_out, tmp_path_factory, profile):
    """The same folder with the latest plan ingested twice into its revision, the second time as another file of
    other bytes (saved from the browser too, as samples/other_councils holds Maidstone's governance statement and
    its browser copy): two documents of one revision printing the same actions, so with the same action_ids."""
    folder = tmp_path_factory.mktemp("copied")
    shutil.copytree(analyst_out, folder / "out")
    copy = folder / "plan_r3_browser_copy.txt"
    copy.write_bytes(SOURCES[R3].read_bytes() + b"\n")
    results, failures = run_batch([copy], folder / "out", profile, R3, GIVEN, revision_date=dt.date(2025, 6, 1))
    assert failures == 0 and len(results) == 1
    diff(folder / "out", R2, R3)
    return folder / "out"


@pytest.mark.parametrize(("title", "query"), [(title, query) for _, title, query in sql_queries()
                                              if title.startswith(("actions completed", "one action's history"))])
def test_readme_query_counts_an_action_printed_by_two_documents_of_a_revision_once(title, query, copied_out):
    """docs/revisions.md's join takes actions' whole key, revision, document_id and action_id: joined on revision and
    action_id alone, L006's completion is listed twice, once for each document of 2025-06 printing it, and the
    history of the briefing session names 2025-06 twice."""
    rows = duckdb.connect().execute(query.replace("'out/", f"'{copied_out}/")).fetchall()
    assert len(rows) == len(ANSWERS[title]), rows
    assert all(agrees(value, want) for row, wanted in zip(rows, ANSWERS[title], strict=True)
               for value, want in zip(row, wanted, strict=True)), rows
