"""A column naming who supports the owner that leads (normalise/support.py; heading role `support` in generic.toml):
the Isle of Wight's Best Value action plan schedule (2002, samples/other_councils/iow_bv_schedule_2002.txt) prints
`Led by` / `Assisted by`. Each value below is read off the sample's lines by eye (line 3 the headings, lines 12-18 the
rows under `2 Department's Working Style`); the golden file
tests/fixtures/other_councils/expected/iow_bv_schedule_2002.json holds every row.
"""

from __future__ import annotations

import duckdb
import pytest

from council_actions.api import ingest
from council_actions.profile import load_profile
from tests.conftest import ROOT

SCHEDULE = ROOT / "samples" / "other_councils" / "iow_bv_schedule_2002.txt"


@pytest.mark.parametrize("heading", ["Assisted by", "Supported by"])
def test_a_supporting_owners_heading_plays_the_support_role(heading):
    assert load_profile("generic").roles.role_of(heading) == "support"


@pytest.fixture(scope="module", params=["generic", "runnymede"])
def written(tmp_path_factory, request):
    out = tmp_path_factory.mktemp(request.param)
    ingest([SCHEDULE], out, revision="2002-06", profile=request.param)
    return out


def test_assisted_by_owners_support_and_the_led_by_owner_leads(written):
    rows = duckdb.sql(f"SELECT o.line_start, o.seq, o.owner_raw, o.role FROM read_parquet('{written}/action_owners/*/*')"
                      " o WHERE o.line_start BETWEEN 12 AND 18 ORDER BY ALL").fetchall()
    assert rows == [
        (12, 1, "Mike", "lead"), (12, 2, "Malcolm", "support"),  # 2.3: Mike | Malcolm
        (13, 1, "Malcolm", "lead"), (13, 2, "Sarah", "support"),  # 2.4: Malcolm | Sarah
        (14, 1, "Steve", "lead"), (14, 2, "Corp initiative", "support"),  # 2.5: Steve | Corp initiative
        (15, 1, "Steve", None),  # 2.6: Steve | (empty): no one supports, so the Led by cell says no more than a name
        (16, 1, "Peter", "lead"), (16, 2, "Phil", "support"), (16, 3, "Nick", "support"),  # 2.7: Peter | Phil/Nick
        (17, 1, "Malcolm", None),  # 2.8: Malcolm | (empty)
        (18, 1, "Malcolm", None),  # 2.9: Malcolm | ? : nobody named
    ]


def test_the_supporting_cell_is_kept_as_printed_and_no_longer_in_the_notes(written):
    rows = duckdb.sql(f"SELECT line_start, support_raw, notes FROM read_parquet('{written}/actions/*/*') "
                      "WHERE line_start IN (12, 15, 16, 18) ORDER BY 1").fetchall()
    assert rows == [(12, "Malcolm", "Import-ance: HD; Work involved: S"), (15, None, "Import-ance: V; Work involved: S"),
                    (16, "Phil/Nick", "Import-ance: HD; Work involved: M"),
                    (18, "?", "Import-ance: HD; Work involved: L")]


def test_each_supporting_owner_spans_its_own_text(written):
    text = SCHEDULE.read_text(encoding="utf-8")
    rows = duckdb.sql(f"SELECT owner_raw, char_start, char_end FROM read_parquet('{written}/action_owners/*/*') "
                      "WHERE role = 'support'").fetchall()
    assert len(rows) == 5 and all(text[start:end] == raw for raw, start, end in rows)
