"""A vertical tab between words, as Word's manual line break (Shift+Enter) reaches some plain-text exports. The
invisible characters' rule removed it, running the words either side together: East Cambridgeshire's `data teams set
up to support ...` with a manual break after `teams` read `data teamsset up ...`, a value the page never printed.
Between words it is now read as a space (ingest/invisible.VERTICAL_TAB_BETWEEN); it is still reported
(`control_characters`), and the action reads as its sample's.
"""

from __future__ import annotations

from council_actions.ingest import invisible

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

EAST_CAMBS = SAMPLES / "other_councils" / "east_cambridgeshire_lgr_timeline_bullets.txt"
PRINTED = "data teams set up to support development of proposals"


def test_a_manual_line_break_between_words_reads_as_a_space(tmp_path):
    text = EAST_CAMBS.read_text(encoding="utf-8")
    assert text.count(PRINTED) == 1
    broken = tmp_path / EAST_CAMBS.name
    broken.write_text(text.replace(PRINTED, PRINTED.replace("teams set", "teams\x0bset")), encoding="utf-8")
    sample, read = process(EAST_CAMBS, load_profile(), None), process(broken, load_profile(), None)
    assert [a.action for a in read.parsed.actions] == [a.action for a in sample.parsed.actions]
    assert PRINTED in [a.action for a in read.parsed.actions]
    assert invisible.clean("CI\x0b001\x0b") == ("CI 001", "\x0b\x0b")  # at a line's end, still removed
    assert [(i.code, i.raw_text) for i in read.document.issues] == [
        ("control_characters", "  • data teams\\x0bset up to support development of proposals")]
