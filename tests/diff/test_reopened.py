"""An action done in one revision and not in the next reads `status_reopened` (diff/rules.py), not as a status
changed from complete to nothing and a deadline moved from none.

No pair of real publications in the samples reopens an action (checked: the nine pairs docs/revisions.md shows,
each diffed; their change kinds are unchanged by the rule). Maidstone's Corporate Improvement Plan read the other
way round stands in, its rows real: "Appendix B-Corporate Improvement Plan completed actions" of 2011 first (line 5:
every row complete by its title, no due date printed), then Appendix A of 2010, its ongoing actions with their Due
Dates (CIP 002.01 31 Aug 2010, 003.01 31 Jan 2011, 003.02 30 Apr 2010, 003.03 30 Jun 2011; 2010 lines 73, 117, 127,
137), none with a status: the four actions both print are done, then not, as a plan taking them up again reads.
Before, each gave `status_changed` complete -> null and `deadline_moved` null -> its 2010 due date (checked on the
code before this rule)."""

from __future__ import annotations

import pytest
from council_actions.diff import compare_revisions
from council_actions.diff.report import counts

from tests.diff.conftest import R1, R2, SOURCES, ingest_revisions
from tests.diff.real_sources import ingest, texts_of
from tests.diff.test_real_completions import CHILD, FRAUD, LEARNING, TRANSGENDER


@pytest.fixture(scope="module")
def reopened(tmp_path_factory):
    out = ingest(tmp_path_factory.mktemp("cip"), "generic",
                 {"cip-2011": "maidstone_corporate_improvement_plan_2011_completed.txt",
                  "cip-2010": "maidstone_corporate_improvement_plan_2010.txt"})
    return compare_revisions(out, "cip-2011", "cip-2010")


def test_done_then_not_is_reopened_not_a_status_changed_to_nothing(reopened):
    (document,) = reopened.documents
    texts = texts_of(reopened)
    status = sorted((c.change, texts[c.action_id], c.field, c.before, c.after) for c in document.changes
                    if c.field in ("status", "due_date"))
    assert status == sorted(("status_reopened", text, "status", "complete", "open")
                             for text in (FRAUD, LEARNING, CHILD, TRANSGENDER))
    assert counts(reopened)["status_reopened"] == 4
    assert counts(reopened)["status_changed"] == counts(reopened)["deadline_moved"] == 0


def test_the_seed_revision_read_back_reopens_each_completion(seed_reopened):
    """Revision 2 of the seed plan (make_revisions.py) completes 15 actions, each a dated timeline replaced by
    `complete.`; diffed back into the seed, each is reopened, its date no deadline move."""
    assert counts(seed_reopened)["status_reopened"] == 15
    assert counts(seed_reopened)["status_completed"] == 0


@pytest.fixture(scope="module")
def seed_reopened(tmp_path_factory, profile):
    out = tmp_path_factory.mktemp("seed")
    ingest_revisions(out, profile, {"2025-07": SOURCES[R2], "2025-08": SOURCES[R1]})  # revision 2, then the seed
    return compare_revisions(out, "2025-07", "2025-08")
