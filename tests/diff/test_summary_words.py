"""`diff`'s summary says what each number counts, so its counts read as consistent without the handbook: the lineage
line counts actions by their words (`action_lineage.match`), and `action_edited` shows its fields apart, its
`action` count being the lineage's `edited`. Otherwise "actions followed: 1 same, 0 edited" sits under
"action_edited 1" (Maidstone's By When reworded, the action's words the same) with nothing to say why."""

from __future__ import annotations

from council_actions.diff import compare_revisions
from council_actions.diff.report import field_counts, lineage_counts, summary_lines

from tests.diff.real_sources import ingest


def test_a_timeline_reworded_is_an_action_edited_the_lineage_calls_same(tmp_path):
    """Maidstone's governance plan 2013/14 then 2014-15: the issue both print keeps its words, its By When is
    reworded with no date either side (tests/diff/test_real_revisions.py checks the change by hand)."""
    out = ingest(tmp_path, "generic", {"ags-2013-14": "maidstone_ags_2013_14.txt",
                                       "ags-2014-15": "maidstone_ags_2014_15.txt"})
    result = compare_revisions(out, "ags-2013-14", "ags-2014-15")
    lines = summary_lines(result)
    assert "  action_edited     1 (action 0, timeline 1)" in lines
    assert "actions followed by their words (action_lineage.match): 1 same, 0 edited, 1 added, 1 removed" in lines
    assert field_counts(result)["action_edited"]["action"] == lineage_counts(result)["edited"] == 0


def test_the_seeds_rewordings_are_the_lineages_edited(revisions_out):
    """The seed's 16 rewordings (make_revisions.py): action_edited all of the action's words, edited 16."""
    _, first, _ = revisions_out
    lines = summary_lines(first)
    assert "  action_edited     16 (action 16, timeline 0)" in lines
    assert "actions followed by their words (action_lineage.match): 55 same, 16 edited, 30 added, 23 removed" in lines
    assert "  update_added      16" in lines  # one field, however many rules find it: nothing to tell apart


def test_each_change_of_an_actions_field_names_the_action_by_its_words(tmp_path):
    """Maidstone's governance plan 2014-15 then 2015-16 prints no element ids: an action's id is a digest
    (`action-2dec3e71d7f5`), so a line saying only that its deadline moved would not say which issue's. Each line
    gives the action's first words (checked by hand: the first issue's By When and update, the second's update)."""
    out = ingest(tmp_path, "generic", {"ags-2014-15": "maidstone_ags_2014_15.txt",
                                       "ags-2015-16": "maidstone_ags_2015_16.txt"})
    lines = summary_lines(compare_revisions(out, "ags-2014-15", "ags-2015-16"))
    changes = lines[lines.index("maidstone_ags_2014_15.txt -> maidstone_ags_2015_16.txt") + 1:]
    named = [(line.split()[0], line.split("  ")[-2].strip()) for line in changes]
    assert named == [("deadline_moved", "Implementation of the Information Manag…"),
                     ("update_added", "Implementation of the Information Manag…"),
                     ("update_added", "Embedding Corporate Governance and Ensu…"),
                     ("action_added", "action-6b5ae5c654a1")]  # an added action's line is its words already
    assert changes[-1].endswith("Communication and Engagement of the New Strategic Plan")
