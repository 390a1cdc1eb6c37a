"""Six questions an analyst asks of the revisions, as the DuckDB SQL the README shows, run on the Parquet."""

from __future__ import annotations

import duckdb
import pytest
from council_actions.diff import diff

from tests.diff.conftest import R1, R2, R3
from tests.diff.real_sources import ingest
from tests.diff.test_real_progress_pages import STARTED


@pytest.fixture(scope="module")
def sql(revisions_out):
    out, _, _ = revisions_out
    connection = duckdb.connect()
    for table in ("documents", "elements", "actions", "changes", "action_lineage"):
        connection.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{out}/{table}/*/*.parquet')")
    return lambda query, *params: connection.execute(query, list(params)).fetchall()


def test_score_changes_per_theme(sql):
    rows = sql("""
        SELECT theme_no,
               count(*) FILTER (WHERE score_rank < previous_score_rank) AS improved,
               count(*) FILTER (WHERE score_rank > previous_score_rank) AS dropped
        FROM changes WHERE change = 'score_changed' AND revision = ?
        GROUP BY theme_no ORDER BY theme_no""", R2)
    assert rows == [(1, 3, 4), (2, 1, 1), (3, 3, 2), (4, 1, 1)]  # from the script's 16 score edits


def test_slipped_deadlines_by_owner_with_days_slipped(sql):
    rows = sql("""
        SELECT o.owner, count(*) AS slipped, sum(CAST(c.after AS DATE) - CAST(c.before AS DATE)) AS days
        FROM changes c
        JOIN (SELECT DISTINCT revision, action_id, unnest(string_split(owners, '; ')) AS owner FROM actions) o
          ON o.revision = c.revision AND o.action_id = c.action_id
        WHERE c.change = 'deadline_moved' AND c.revision = ? AND CAST(c.after AS DATE) > CAST(c.before AS DATE)
        GROUP BY o.owner ORDER BY days DESC, o.owner""", R2)
    # by hand from the script's 15 deadline edits, e.g. CHoHROD: 4 x Q4 24/25 -> Q2 25/26 (183 days),
    # Q2 -> Q3 2024/25 (92), Q4 24/25 -> Q1 25/26 (91), end of Q4 24/25 -> end of Q4 25/26 (365)
    assert rows[:3] == [("CHoHROD", 7, 1280), ("HoBPPP", 5, 697), ("ACE (S151)", 5, 695)]


def test_actions_completed_since_the_last_revision(sql):
    rows = sql("""
        SELECT c.element_id, a.action
        FROM changes c JOIN actions a ON a.revision = c.revision AND a.action_id = c.action_id
        WHERE c.change = 'status_completed'
          AND c.revision = (SELECT revision FROM documents ORDER BY revision_date DESC LIMIT 1)""")
    assert [element for element, _ in rows] == ["L006"]
    assert rows[0][1].startswith("The development of departmental workforce plans")


def test_one_action_history_across_three_revisions(sql):
    rows = sql("""
        WITH keyed AS (
            SELECT revision, action_id, action_key, match FROM action_lineage
            UNION ALL  -- the first revision has no lineage of its own: its actions are their own keys
            SELECT revision, action_id, action_id, 'first' FROM actions
            WHERE revision = (SELECT min(revision) FROM documents))
        SELECT k.revision, k.match, a.action
        FROM keyed k JOIN actions a USING (revision, action_id)
        JOIN documents d ON d.revision = k.revision
        WHERE k.action_key = (SELECT action_id FROM actions WHERE revision = ? AND action LIKE 'Briefing session on%')
        ORDER BY d.revision_date""", R1)
    assert [(revision, match) for revision, match, _ in rows] == [(R1, "first"), (R2, "edited"), (R3, "edited")]
    assert [text.split(" the Risk")[0] for _, _, text in rows] == [
        "Briefing session on", "Briefing sessions on", "Briefing sessions about"]


def test_source_lines_of_both_sides_of_a_change(sql):
    rows = sql("""
        SELECT c.previous_line_start, c.previous_line_end, c.line_start, c.line_end, c.before, c.after
        FROM changes c
        WHERE c.revision = ? AND c.change = 'owners_changed' AND c.element_id = 'G008'""", R2)
    assert rows == [(241, 241, 233, 233, "CLT", "SLT")]


def test_actions_whose_printed_status_changed_with_their_progress(tmp_path):
    """On a real progress report: Maidstone's climate action plan as adopted in 2020, then rated in February 2022."""
    out = ingest(tmp_path, "generic", {"2020-10": "maidstone_bccap_2020_transport_records.txt",
                                       "2022-02": "maidstone_bccap_status_rag_2022.txt"})
    diff(out, "2020-10", "2022-02")
    rows = duckdb.connect().execute(f"""
        SELECT c.element_id, c.before, c.after, a.progress
        FROM read_parquet('{out}/changes/*/*.parquet') c
        JOIN read_parquet('{out}/actions/*/*.parquet') a ON a.revision = c.revision AND a.action_id = c.action_id
        WHERE c.change = 'status_changed' AND c.revision = ?""", ["2022-02"]).fetchall()
    assert rows == [("1.1", None, "on_track", STARTED)]
