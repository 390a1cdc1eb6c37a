"""What other councils' plans print that must come out right (issue 11), checked where a user meets it.

Real samples (samples/other_councils/) where one prints the form; made-up text only where none does, and said so.
The end-to-end test runs `council-actions ingest` and reads the Parquet with DuckDB, as a data team would.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest

from council_actions.cli import main
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

SAMPLES = ROOT / "samples" / "other_councils"


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.mark.parametrize("sample, percents", [
    ("bracknell_caring_2023_24_q3.txt", [80, 98, 90]),  # `Percentage complete: 80%` records
    ("bracknell_environment_2023_24_q3.txt", [100, 85, 70, 90]),
    # its first comment quotes "over 90%" and "95%" (timeliness targets): no percentage of the action's own
    ("tower_hamlets_foi_action_plan_2023.txt", [None, None]),
])
def test_percent_complete_is_the_actions_own_not_a_quoted_figure(generic, sample, percents):
    processed = process(SAMPLES / sample, generic, None)
    assert [a.percent_complete for a in processed.parsed.actions] == percents


def _profile_knowing(tmp_path: Path, alias: str):
    path = tmp_path / "council.toml"
    path.write_text('[council]\nname = "Maidstone Borough Council"\n\n[[owners]]\nkey = "HoPC"\n'
                    f'title = "Head of Policy and Communications"\nkind = "person"\naliases = ["{alias}"]\n',
                    encoding="utf-8")
    return load_profile(path)


@pytest.mark.parametrize("alias, match, repair", [
    ("Angela Woodhouse", "repaired", "alias; person_with_post"),
    # the post is the owner's own title in the glossary: it resolves by that, exactly, before any alias
    ("Head of Policy and Communications", "exact", "person_with_post"),
])
def test_person_with_post_resolves_by_the_name_or_the_post_the_glossary_knows(tmp_path, alias, match, repair):
    """Maidstone's AGS update prints 'Angela Woodhouse, Head of Policy and Communications': one owner. A glossary
    that knows the name alone (or the post alone) resolves it, not as two owners (the name, and the post as an
    unknown owner), and not left unresolved."""
    processed = process(SAMPLES / "maidstone_ags_2014_15.txt", _profile_knowing(tmp_path, alias), None)
    owners = [(o.owner_key, o.owner_raw, o.match, o.repair) for o in processed.normalised.owners]
    printed = "Angela Woodhouse, Head of Policy and Communications"
    assert owners == [("HoPC", printed, match, repair)] * 2
    assert not [i for i in processed.normalised.issues if i.code == "unknown_owner"]


def test_worked_profile_resolves_the_person_with_post_without_listing_it():
    """council_actions/profiles/maidstone.toml lists the name and the post, not their combination."""
    profile = load_profile(ROOT / "council_actions" / "profiles" / "maidstone.toml")
    processed = process(SAMPLES / "maidstone_ags_2014_15.txt", profile, None)
    assert {(o.owner_key, o.repair) for o in processed.normalised.owners} == {("HoPC", "alias; person_with_post")}


@pytest.mark.parametrize("printed, status", [
    # made-up: no sample prints a two-colour rating or a glossed colour (Bracknell prints 'Green', 'Complete')
    ("Amber/Green", "at_risk"), ("Green / Amber", "at_risk"), ("Red/Amber", "off_track"), ("Amber-Red", "off_track"),
    ("Green - on track", "on_track"), ("Complete (Blue)", "complete"), ("Red – off track", "off_track"),
    ("Overdue", "off_track"), ("Delayed", "at_risk"),
    ("Green - delayed", None),  # two statuses that disagree: none, reported as unknown_status
    ("Update to follow", None),  # Croydon's real 'Current status:'
])
def test_status_words_and_rag_colours(generic, printed, status):
    assert generic.roles.status_of(printed) == status


RECORDS = """Corporate plan actions 2024/25

1.01 Review the constitution
Lead officer: A. Smith, Head of Legal
Due date: 2025/26
Status: Amber/Green
% complete: 40%

1.02 Refresh the risk register
Lead officer: As above
Due date: 31 March 2025 extended from 31 March 2024
Status: Red/Amber
% complete: 75%

1.03 Train every councillor
Lead officer: "
Due date: Up to six months
Status: Completed
% complete: 100%
"""


def test_records_through_the_cli_read_back_with_duckdb(tmp_path, capsys):
    """Made-up records (no sample prints these forms together), ingested with no profile and read from Parquet:
    'As above' and '"' take the owner above, reported; a person with a post is one owner; two-colour ratings and
    'Completed' are statuses; '% complete'; a financial year; an extended deadline (the old date kept, never
    due); 'Up to six months' from the plan's date."""
    plan = tmp_path / "records.txt"
    plan.write_text(RECORDS, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["ingest", str(plan), "--out", str(out), "--reference-date", "2024-09-01", "-q"]) == 0
    capsys.readouterr()
    con = duckdb.connect()

    def rows(table: str, columns: str, order: str) -> list[tuple]:
        return con.sql(f"select {columns} from read_parquet('{out}/{table}/*/*.parquet') order by {order}").fetchall()

    assert rows("actions", "element_id, owner_raw, status, status_raw, percent_complete, due_date", "line_start") == [
        ("1.01", "A. Smith, Head of Legal", "at_risk", "Amber/Green", 40, dt.date(2026, 3, 31)),
        ("1.02", "As above", "off_track", "Red/Amber", 75, dt.date(2025, 3, 31)),
        ("1.03", '"', "complete", "Completed", 100, dt.date(2025, 2, 28))]
    assert rows("action_owners", "owner_key, owner_raw, match, repair, line_start", "line_start") == [
        ("A. Smith, Head of Legal", "A. Smith, Head of Legal", "unknown", None, 4),
        ("A. Smith, Head of Legal", "As above", "unknown", "ditto", 10),  # the owner above is unknown: no repair
        ("A. Smith, Head of Legal", '"', "unknown", "ditto", 16)]
    assert rows("action_timelines", "timeline_raw, kind, end_date, assumptions", "line_start, seq") == [
        ("2025/26", "deadline", dt.date(2026, 3, 31), None),
        ("31 March 2025", "deadline", dt.date(2025, 3, 31), None),
        ("extended from 31 March 2024", "superseded", dt.date(2024, 3, 31), None),
        ("Up to six months", "deadline", dt.date(2025, 2, 28), "relative_to_document_date")]
    assert rows("boilerplate", "kind, text", "char_start") == [("title", "Corporate plan actions"),
                                                                ("plan_period", "2024/25")]  # its title, its period
    assert rows("documents", "title", "title") == [("Corporate plan actions",)]
    assert rows("extraction_issues", "code, raw_text", "line_start, code") == [
        ("council_not_printed", ""),
        ("unknown_owner", "A. Smith, Head of Legal"),
        ("owner_ditto", "As above"), ("unknown_owner", "As above"),  # a ditto's warning quotes what its span holds
        ("owner_ditto", '"'), ("unknown_owner", '"')]


def test_readme_another_councils_plan_both_routes(tmp_path, capsys, monkeypatch):
    """docs/other-councils.md ("Another council's plan"), run as printed from a clone's top folder: no profile (every owner
    unknown, listed), then the worked profile (every owner resolved) into the same folder and revision."""
    monkeypatch.chdir(ROOT)
    out = str(tmp_path / "out")
    sample = "samples/other_councils/maidstone_scraip_2014.txt"
    assert main(["ingest", sample, "--out", out, "-q"]) == 0
    capsys.readouterr()
    assert main(["owners", out]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("no owner in revision rev-") and lines[0].endswith(" is in the profile's glossary")
    assert lines[1] == "unknown owner spellings (4 places, 1 spelling; add each to the profile's glossary, an [[owners]] entry with key, title and aliases, and re-ingest):"
    assert [line.split()[0:2] for line in lines[3:]] == [["Angela", "Woodhouse"]] * 4
    assert main(["ingest", sample, "--profile", "council_actions/profiles/maidstone.toml", "--out", out, "-q"]) == 0
    capsys.readouterr()
    assert main(["owners", out]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split() for line in lines[1:3]] == [["owner_key", "owner_title", "actions"],
                                                      ["HoPC", "Head", "of", "Policy", "and", "Communications", "4"]]
    assert lines[3] == "no unknown owner spellings"


REFUSED = ROOT / "tests" / "fixtures" / "other_councils" / "refused"


@pytest.mark.parametrize("page, problem", [
    ("maidstone_committee_minutes_2019.txt", "not a council action plan or self-assessment"),
    # its status counts under `At the end of the year:` are no four actions (tests/ingest/test_status_count_items.py)
    ("epping_forest_minutes_2018_q4_outturn.txt", "not a council action plan or self-assessment"),
    ("cheshire_warrington_news_improvement_plan_2026.txt", "not a council action plan or self-assessment"),
    ("warwick_lgr_timeline_2025_date_headings.txt", "not a council action plan or self-assessment"),
    ("bracknell_economic_resilience_2024_25_q3.txt", "looks like a plan table (records: "),
])
def test_not_a_plan_or_no_action_fails_in_one_line_through_the_cli(tmp_path, capsys, page, problem):
    """Real pages: minutes, news and a council's timeline of past events refused, a plan-shaped page with no action to
    read a failure, not an empty success: exit 1, one error line naming the file, `failed` in --json, nothing
    written."""
    out = tmp_path / "out"
    assert main(["ingest", str(REFUSED / page), "--out", str(out), "--profile", "generic", "--json"]) == 1
    printed = capsys.readouterr()
    errors = printed.err.strip().splitlines()
    assert len(errors) == 1 and page in errors[0] and problem in errors[0]
    report = json.loads(printed.out)
    assert not report["ok"] and [(d["status"], d["stage"]) for d in report["documents"]] == [("failed", "parse")]
    assert not out.exists()
    assert main(["ingest", str(REFUSED / page), "--out", str(out), "--profile", "generic"]) == 1
    assert "has no date" not in capsys.readouterr().out  # no revision was made: nothing to sort


@pytest.mark.parametrize("sample, owners", [
    ("forest_of_dean_improvement_plan_2004.txt", [["MT", "Leaders"], ["MT", "Leaders"], ["CMG"], ["CMG", "CPT"],
                                                  ["MT", "Leaders"], ["CMG", "Exe"], ["CMG"]]),
    # row 2 prints `Head of IG/DPO`: the abbreviations row 1 defined, so the same two owners (normalise/owner_keys.py)
    ("tower_hamlets_foi_action_plan_2023.txt", [["Head of Information Governance (IG)", "Data Protection Office (DPO)"],
                                                ["Head of Information Governance (IG)", "Data Protection Office (DPO)"]]),
    ("croydon_foi_improvement_plan_2023.txt", [["Information Team Manager", "Information Governance Legal Specialist"],
                                               ["Chief Digital Officer"]]),
])
def test_unknown_owners_kept_as_printed_but_split(generic, sample, owners):
    """Real: with no profile every owner is `unknown`, kept as printed (keyed by the plan's first spelling of it),
    yet one row per person, post or body."""
    processed = process(SAMPLES / sample, generic, None)
    found = [[o.owner_key for o in processed.normalised.owners if o.action_id == a.action_id]
             for a in processed.parsed.actions]
    assert found == owners
    assert {o.match for o in processed.normalised.owners} == {"unknown"}


def test_bare_numbers_under_a_percent_heading(tmp_path, generic):
    """Made-up (Bracknell's real records print '80%'; no sample prints bare numbers): a column headed '% Complete'
    that prints '75' gives 75; a word there ('tbc') gives none, and is still kept as the progress."""
    plan = tmp_path / "percent.txt"
    plan.write_text("| Ref | Action | Lead officer | Target date | % Complete | RAG |\n|---|---|---|---|---|---|\n"
                    "| 1 | Publish the register | Head of Policy | March 2025 | 75 | Green |\n"
                    "| 2 | Train the staff | Head of Policy | March 2025 | 100% | Complete |\n"
                    "| 3 | Close the old system | Head of IT | March 2025 | 12.5 | Amber |\n"
                    "| 4 | Review the scheme | Head of IT | March 2025 | tbc | Red |\n", encoding="utf-8")
    actions = process(plan, generic, None).parsed.actions
    assert [(a.percent_complete, a.progress, a.status) for a in actions] == [
        (75, "75", "on_track"), (100, "100%", "complete"), (12, "12.5", "at_risk"), (None, "tbc", "off_track")]


@pytest.mark.parametrize("cell, ditto", [
    ("ditto", True), ("DITTO", True), ('"', True), ("As above", True), ("do.", True), ("Do", True),
    ("DO", False), ("DO.", False),  # an owner's acronym (a Democratic Officer), not the abbreviation of ditto
    ("Head of IT", False)])
def test_ditto_words(generic, cell, ditto):
    assert generic.roles.is_ditto(cell) is ditto
