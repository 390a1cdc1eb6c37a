"""A heading printed in a compatibility form of its letters plays its role (council_actions/roles.folded): a PDF's
text layer may give a ligature as one character (`Lead Oﬃcer`, U+FB03 for `ffi`) and a fullwidth font its own
letters (`Ｒｅｆ`). Matching no rule, Rotherham's `Lead Oﬃcer` column would play no role and its officers be no
action's owner (the directorate beside it taken instead)."""

from __future__ import annotations

import pytest

from council_actions.pipeline import process
from council_actions.profile import load_profile
from council_actions.roles import heading_key
from tests.conftest import SAMPLES

ROTHERHAM = SAMPLES / "other_councils" / "rotherham_year_ahead_delivery_plan_2024_25.txt"
HEADER = "Ref | Activity | Timescales for completion (Quarter and month) | Lead Officer | Lead Directorate |"


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


@pytest.mark.parametrize(("printed", "plain"), [
    ("Lead Oﬃcer", "Lead Officer"), ("Responsible Oﬀicer", "Responsible Officer"), ("ﬁnish date", "finish date"),
    (_fullwidth("Ref"), "Ref")])
def test_a_heading_key_folds_compatibility_forms(printed, plain):
    assert heading_key(printed) == heading_key(plain)


def test_rotherhams_lead_officer_printed_with_a_ligature_is_the_owner_column(tmp_path):
    text = ROTHERHAM.read_text(encoding="utf-8")
    assert HEADER in text
    printed = tmp_path / ROTHERHAM.name
    printed.write_text(text.replace(HEADER, HEADER.replace("Officer", "Oﬃcer").replace("Ref", _fullwidth("Ref"))),
                       encoding="utf-8")
    generic = load_profile("generic")
    plain, folded = process(ROTHERHAM, generic).parsed.actions, process(printed, generic).parsed.actions
    owners = [a.owner_raw for a in plain]
    assert owners[:2] == ["Assistant Director of Community Safety and Street Scene"] * 2
    assert [a.owner_raw for a in folded] == owners
    assert [(a.action, a.element_id, a.timeline_raw, a.notes) for a in folded] == \
        [(a.action, a.element_id, a.timeline_raw, a.notes) for a in plain]
