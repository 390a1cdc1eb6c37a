"""Word's Symbol-font bullet in a PDF whose font maps no Unicode to it comes out of the text layer as its code in the
private-use area, U+F0B7 (`` where `•` was printed). A plan whose items are so bulleted read as no plan at all:
"not a council action plan or self-assessment" for a headed list (East Cambridgeshire's timeline) and for records
whose labels open with a bullet (Buckinghamshire's priority 3). U+F0B7 is now a bullet wherever `•` is one
(ingest/bullets.SYMBOL_BULLET): each sample below, its bullets made U+F0B7, reads as it does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

OTHERS = SAMPLES / "other_councils"
SYMBOL_BULLET = "\uf0b7"
# a sample bulleted with `•`, and the reader its bullets matter to
BULLETED = [
    (OTHERS / "east_cambridgeshire_lgr_timeline_bullets.txt", "a list under headings"),
    (OTHERS / "buckinghamshire_homelessness_2022_25_priority_3.txt", "records, each label opening with a bullet"),
    (OTHERS / "lga_corporate_peer_challenge_action_plan_2023.txt", "a table, a cell's items bulleted"),
]


def actions(path: Path) -> list[tuple[object, ...]]:
    """Each action as read: its id, lines, text, owner and timeline as printed (a bullet in them as `•`)."""
    parsed = process(path, load_profile(), None).parsed
    return [(a.action_id, a.span.line_start, a.span.line_end, a.action.replace(SYMBOL_BULLET, "•"),
             a.owner_raw, a.timeline_raw) for a in parsed.actions]


@pytest.mark.parametrize("sample, reader", BULLETED, ids=[sample.stem for sample, _ in BULLETED])
def test_a_plan_bulleted_with_the_private_use_symbol_bullet_reads_as_its_sample(tmp_path, sample, reader):
    text = sample.read_text(encoding="utf-8")
    assert "•" in text
    mutant = tmp_path / sample.name
    mutant.write_text(text.replace("•", SYMBOL_BULLET), encoding="utf-8")
    read = actions(sample)
    assert read and actions(mutant) == read
