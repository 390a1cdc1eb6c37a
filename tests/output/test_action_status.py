"""Whether an action is done, from `actions` alone: its `status` whichever way the plan says it, and `status_from`
where it was read (docs/output.md, "What is overdue? What is done?"). Real rows of the samples, each checked by hand
against the line quoted beside it. Before status_from, the seed plan's four actions done by their timelines had a
null status, so `status IS DISTINCT FROM 'complete'` listed G003, finished in March 2024, as overdue."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from council_actions.profile import load_profile
from council_actions.profile_fields import ProfileError

STATUS_ROWS = """
    SELECT d.source_name, a.element_id, a.line_start, a.status, a.status_raw, a.status_from
    FROM read_parquet('{out}/actions/*/*.parquet') a JOIN read_parquet('{out}/documents/*/*.parquet') d
      USING (revision, document_id)
    WHERE d.source_name = '{name}' AND a.status IS NOT NULL
    ORDER BY a.line_start
"""


def _statuses(out, name):
    return duckdb.sql(STATUS_ROWS.format(out=out, name=name)).fetchall()


@pytest.mark.parametrize("name, rows", [
    # the seed plan's allocation cells, each its owner then its timeline: `CHoHROD, Phase 1 implementation complete`
    # (line 74), `CHoHROD, complete.` (178), `HoBPPP, complete. This has been addressed in the latest Cttee report
    # template v4 issued in March 2024.` (225), `CHoCSDCS, complete.` (498); no status column, so nothing printed
    ("004_d0d661fda207b69c.txt", [("CI005", 74, "complete", None, "timeline"), ("L006", 178, "complete", None, "timeline"),
                                  ("G003", 225, "complete", None, "timeline"),
                                  ("SD003", 498, "complete", None, "timeline")]),
    # Maidstone's climate action plan's 2022 status appendix: action 1.1 rated `Green` in its RAG column
    ("maidstone_bccap_status_rag_2022.txt", [("1.1", 25, "on_track", "Green", "status")]),
    # Southend's FOI plan: the sentence under each bullet is its progress, nothing but a status (lines 29 and 33:
    # `This action has been completed.`, `This action is continuing.`)
    ("southend_foi_practice_recommendation_2024.txt", [
        ("Section A", 21, "complete", "This action has been completed.", "progress"),
        ("Section A", 31, "on_track", "This action is continuing.", "progress")]),
    # Copeland's plan prints no status column, its table headed `Table 1: Fully Completed Tasks` (line 6): line 1's By
    # When cell says it is done itself (`Completed by officers in August 2008 and approved by Council in September
    # 2008.`, lines 9-12), the nearer word; line 2's (`Reported to Strategic Housing Panel in April 2009.
    # Recommended to Executive in July`, lines 13-16) does not, so the heading over it does
    ("copeland_strategic_housing_improvement_plan_completed_2009.txt", [("1", 9, "complete", None, "timeline"),
                                                                         ("2", 13, "complete", None, "title")]),
])
def test_status_and_where_it_was_read(every_sample, name, rows):
    out, _ = every_sample
    assert [row[1:] for row in _statuses(out, name)] == rows


def test_waverley_when_cell_saying_done_is_the_status(every_sample):
    """Waverley's CPA improvement plan 2004, a table with no status column, its When? lines one per How? bullet:
    the bullet of line 3 is `Measures in place` (line 7), that of line 11 `Done (March 2004)` (line 15), each done
    by its timeline, the cell's words in action_timelines, none in status_raw. The bullet of line 13, `Focus on a
    performance culture in Benefits`, takes the last two When? lines, `Benefits backlog cleared July 2004` (line 17,
    work done) and `See also progress against the Benefits Best Value Improvement Plan attached as Annexe 3` (line
    18, progress reported elsewhere): not every milestone of it is done, so it is not (normalise/done.py), as its
    expected rows, checked by hand, say (status null). Before, one timeline reading complete made it complete."""
    out, _ = every_sample
    rows = _statuses(out, "waverley_cpa_improvement_plan_2004.txt")
    assert [(r[1], r[2], r[3], r[5]) for r in rows] == [("1.", 3, "complete", "timeline"),
                                                         ("3.", 11, "complete", "timeline")]
    assert all(r[4] is None for r in rows)


def test_overdue_from_actions_alone_leaves_out_what_is_done(every_sample):
    """The seed plan due before 1 October 2024 and not complete: the 13 docs/output.md names, from `actions` alone,
    the same as through action_timelines' kind (the query before status held it); G003, due 31 March 2024, not
    among them."""
    out, _ = every_sample
    where = f"""FROM read_parquet('{out}/actions/*/*.parquet') a JOIN read_parquet('{out}/documents/*/*.parquet') d
                USING (revision, document_id)
                WHERE d.source_name = '004_d0d661fda207b69c.txt' AND a.due_date < DATE '2024-10-01'"""
    alone = duckdb.sql(f"SELECT a.element_id {where} AND a.status IS DISTINCT FROM 'complete' ORDER BY ALL").fetchall()
    joined = duckdb.sql(f"""SELECT a.element_id {where} AND a.status IS DISTINCT FROM 'complete'
        AND NOT EXISTS (SELECT 1 FROM read_parquet('{out}/action_timelines/*/*.parquet') t
                        WHERE t.document_id = a.document_id AND t.action_id = a.action_id AND t.kind = 'complete')
        ORDER BY ALL""").fetchall()
    assert alone == joined and len(alone) == 13 and ("G003",) not in alone


def test_a_status_key_outside_the_vocabulary_stops_the_profile(tmp_path):
    """A status rule's key is one of the six every reader of actions.status may count on (roles.STATUS_KEYS): a
    council's own word is a pattern of one of them, and a key of its own stops the load in one line."""
    path = tmp_path / "ours.toml"
    path.write_text('[council]\nname = "ours"\n[[statuses]]\nkey = "finished"\npatterns = ["finished"]\n', encoding="utf-8")
    with pytest.raises(ProfileError, match=r"statuses\[1\] needs a key \(one of complete, on_track, at_risk, "
                                           r"off_track, not_started, suspended\)"):
        load_profile(path)


def test_whether_a_plan_says_how_its_actions_stand(every_sample):
    """documents.action_status_printed, checked against each page: Lisburn & Castlereagh's objectives for 2024/25
    set out 8 projects (lettered `a.`-`d.` under Objectives 1 and 2) and print nothing of how any stands, nor does
    Maidstone's climate action plan as adopted in 2020 (its records print a timescale, no rating): false, so their
    null statuses say nothing of whether an action is done. The seed plan prints `complete` in four allocation cells
    (line 225: `HoBPPP, complete. ...`), Maidstone's 2022 appendix rates 1.1 `Green` (line 51), Copeland's table is
    headed `Table 1: Fully Completed Tasks` (line 6): true."""
    out, _ = every_sample
    printed = dict(duckdb.sql(f"""SELECT source_name, action_status_printed
                                  FROM read_parquet('{out}/documents/*/*.parquet')""").fetchall())
    assert {name: printed[name] for name in (
        "lisburn_castlereagh_performance_improvement_objectives_2024_25.txt", "maidstone_bccap_2020_transport_records.txt",
        "004_d0d661fda207b69c.txt", "maidstone_bccap_status_rag_2022.txt",
        "copeland_strategic_housing_improvement_plan_completed_2009.txt")} == {
        "lisburn_castlereagh_performance_improvement_objectives_2024_25.txt": False,
        "maidstone_bccap_2020_transport_records.txt": False, "004_d0d661fda207b69c.txt": True,
        "maidstone_bccap_status_rag_2022.txt": True, "copeland_strategic_housing_improvement_plan_completed_2009.txt": True}
    lisburn = duckdb.sql(f"""SELECT count(*), max(a.due_date), count(a.status) FROM read_parquet('{out}/actions/*/*.parquet') a
        JOIN read_parquet('{out}/documents/*/*.parquet') d USING (revision, document_id)
        WHERE d.source_name = 'lisburn_castlereagh_performance_improvement_objectives_2024_25.txt'""").fetchall()
    assert lisburn == [(8, dt.date(2025, 3, 31), 0)]  # all 8 past due on 1 April 2025, none said done or not
