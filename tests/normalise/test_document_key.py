"""Owners expanded by the key a document prints to its abbreviations (normalise/document_key.py).

No real plan stored prints owners as initials in its owner cells and their key apart from its rows (Stratford-on-
Avon's key, tests/fixtures/owner_key, expands no owner cell: its table is not read), so these plans are made up: a
pipe table whose Lead cells print initials, and a key under `Key:` or `Abbreviations` below it. Each value below was
read from the plan's text by hand.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from council_actions.pipeline import process, run
from council_actions.profile import load_profile

TABLE = """Housing Improvement Action Plan 2024/25

| Action | Lead | By when |
|---|---|---|
| Review the allocations policy | {0} | March 2025 |
| Publish the tenancy strategy | {1} | June 2025 |
| Train staff in complaints handling | {2} | Q3 2024/25 |

"""
# lines 10-12 under `Key:` (line 9); `SDC` in row 2 is printed in no key
UNKEYED = TABLE.format("HoH", "SDC, CE", "HR") + """Key:
HoH – Head of Housing
CE – Community Engagement Manager
HR – Human Resources
"""
# under the default profile's glossary: CHoF (Corporate Head of Finance) and CEX (Chief Executive) are its keys
KEYED = TABLE.format("CHoF", "CEX", "HoH") + """Abbreviations
CHoF: Corporate Head of Finance
CEX: Community Engagement Executive
HoH: Chief Executive
"""


def _plan(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _owners(tmp_path: Path, text: str, profile: str) -> list[tuple[object, ...]]:
    normalised = process(_plan(tmp_path, text), load_profile(None if profile == "default" else profile)).normalised
    return [(o.owner_raw, o.owner_key, o.owner_title, o.match, o.key.span.line_start if o.key else None)
            for o in normalised.owners]


@pytest.mark.parametrize("profile", ["generic", "default"])
def test_initials_the_key_names_are_expanded(tmp_path, profile):
    assert _owners(tmp_path, UNKEYED, profile) == [
        ("HoH", "HoH", "Head of Housing", "document_key", 10),
        ("SDC", "SDC", None, "unknown", None),
        ("CE", "CE", "Community Engagement Manager", "document_key", 11),
        ("HR", "HR", "Human Resources", "document_key", 12),
    ]
    issues = process(_plan(tmp_path, UNKEYED), load_profile("generic")).normalised.issues
    assert [i.raw_text for i in issues if i.code == "unknown_owner"] == ["SDC"]  # HoH, CE and HR were unknown before
    assert "the document prints no key to them" in next(i.message for i in issues if i.code == "unknown_owner")


def test_the_glossary_stands_where_the_key_agrees_and_the_key_is_taken_where_not(tmp_path):
    """CHoF: the key says what the glossary says, and the glossary's match stands. CEX: the glossary's Chief
    Executive, the key's Community Engagement Executive: the key is taken, keyed by its words (CEX names the
    glossary's owner), and warned of. HoH: unknown to the glossary, its key's words are the glossary's CEX."""
    processed = process(_plan(tmp_path, KEYED), load_profile(None))
    assert _owners(tmp_path, KEYED, "default") == [
        ("CHoF", "CHoF", "Corporate Head of Finance", "exact", None),
        ("CEX", "Community Engagement Executive", "Community Engagement Executive", "document_key", 11),
        ("HoH", "CEX", "Chief Executive", "document_key", 12),
    ]
    assert [(i.code, i.raw_text, i.span.line_start, i.message) for i in processed.normalised.issues
            if i.stage == "normalise"] == [
        ("owner_key_disagrees", "CEX", 6, "owner 'CEX' is CEX (Chief Executive) in the profile's glossary, but the "
         "document's key at line 11 ('CEX: Community Engagement Executive') says 'Community Engagement Executive': "
         "read by the document's key; correct the glossary if the key is right")]


def test_the_owner_row_names_the_key_line(tmp_path):
    run(_plan(tmp_path, UNKEYED), tmp_path / "out", load_profile("generic"), "2024-10")
    rows = pq.read_table(tmp_path / "out" / "action_owners").to_pylist()
    assert [(r["owner_raw"], r["match"], r["key_text"], r["key_page"], r["key_line"]) for r in rows] == [
        ("HoH", "document_key", "HoH – Head of Housing", None, 10),
        ("SDC", "unknown", None, None, None),
        ("CE", "document_key", "CE – Community Engagement Manager", None, 11),
        ("HR", "document_key", "HR – Human Resources", None, 12),
    ]
    key = pq.read_table(tmp_path / "out" / "boilerplate").to_pylist()
    assert [(b["text"], b["line_start"]) for b in key if b["kind"] == "owner_key"] == [
        ("Key:", 9), ("HoH – Head of Housing", 10), ("CE – Community Engagement Manager", 11),
        ("HR – Human Resources", 12)]
