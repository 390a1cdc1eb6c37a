"""`_schema.json` alone says where the text a row's lines count in is kept: an analyst or an auditor reading
`line_start` there finds `_sources/<revision>/<id>.json`, and its `text` holds the row at that line.

Maidstone's climate action plan's status page of 2022 (samples/other_councils/): one action, 1.1 (`Draft Local Plan
to: ...`), whose span begins at its id `1.1`, printed on a line of its own above the action (checked by hand against
the file: its line 25).
"""

from __future__ import annotations

import json
import re

import council_actions
from tests.diff.real_sources import OTHER


def test_line_start_names_the_file_holding_the_text_it_counts_in(tmp_path):
    out = tmp_path / "out"
    council_actions.ingest([OTHER / "maidstone_bccap_status_rag_2022.txt"], out, revision="2022-02",
                           profile="generic")
    schema = json.loads((out / "_schema.json").read_text(encoding="utf-8"))
    [described] = [c["description"] for c in schema["tables"]["actions"] if c["name"] == "line_start"]
    [pattern] = re.findall(r"_sources/<revision>/<id>\.json", described)
    [row] = council_actions.read_table(out, "actions").itertuples()
    named = out / pattern.replace("<revision>", row.revision).replace("<id>", row.document_id)
    text = json.loads(named.read_text(encoding="utf-8"))["text"]
    assert row.action.startswith("Draft Local Plan to:") and row.line_start == 25
    assert text.splitlines()[row.line_start - 1].startswith("1.1")
    assert text[row.char_start:row.char_end].startswith("1.1")
