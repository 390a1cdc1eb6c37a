"""`documents.council_from`: where the council on a documents row came from, in the Parquet itself.

Why: an auditor checking `documents.council` against the source must tell from the tables whether the name is
printed in the document or assumed. The seed's theme page and plan print no council, and read with the default
profile their rows say `Runnymede Borough Council` exactly as Forest of Dean's row does, whose title lines print
its name; the ingest summary's `assumed from the default profile` is gone once the run is over. The row says which
rule gave the name (parsers/council.COUNCIL_RULES), as `reference_from` says where `reference_date` came from, and
the summary and the row agree.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from council_actions import api
from council_actions.cli import main
from tests.conftest import SAMPLES, THEME_6

FOREST = SAMPLES / "other_councils" / "forest_of_dean_improvement_plan_2004.txt"  # prints its name over the plan
WARWICK = SAMPLES / "other_councils" / "warwick_housing_improvement_plan_2024_complaints.txt"  # prints none


@pytest.mark.parametrize("path, profile, council, council_from", [
    (THEME_6, None, "Runnymede Borough Council", "default_profile"),  # the seed's theme page: no name printed
    (THEME_6, "runnymede", "Runnymede Borough Council", "profile"),  # the council's own profile, given
    (FOREST, "generic", "Forest of Dean District Council", "document"),  # line 5: FOREST OF DEAN DISTRICT COUNCIL
    (WARWICK, "generic", None, "none"),  # reported as council_not_printed too
], ids=["default_profile", "own_profile", "printed", "none"])
def test_the_documents_row_says_where_its_council_came_from(tmp_path, capsys, path, profile, council, council_from):
    out = tmp_path / "out"
    args = ["ingest", str(path), "--out", str(out), "--revision", "2024-06", "--json"]
    assert main([*args, "--profile", profile] if profile else args) == 0
    summary = json.loads(capsys.readouterr().out)["documents"][0]
    row = api.read_table(str(out), "documents").iloc[0]
    assert (None if pd.isna(row["council"]) else row["council"], row["council_from"]) == (council, council_from)
    assert summary["council_from"] == council_from  # the summary and the table say the same
    described = {c["name"]: c for c in json.loads((out / "_schema.json").read_text())["tables"]["documents"]}
    assert described["council_from"]["values"] == ["document", "manifest", "profile", "default_profile", "document_key",
                                                   "none"]
    assert not described["council_from"]["nullable"]
