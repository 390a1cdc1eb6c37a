"""One person holding two posts, printed in an owner column, is one owner row resolved by the post the glossary knows
(normalise/columns._mention: repair `two_posts`), not two rows, each an unknown owner or one of them resolved and
the other reported. The plan and profile are made up (no sample prints such a cell); the cells are the
task's examples, of the forms pinned in tests/normalise/test_owner_joins.py from real pages."""

from __future__ import annotations

from council_actions.pipeline import process
from council_actions.profile import load_profile

PLAN = """Annual Governance Statement Action Plan,,,
Governance Issue,Action,By When,By Whom
Financial resilience,Refresh the Medium Term Financial Strategy,March 2025,Head of Finance & S151 Officer
Member scrutiny,Review the scrutiny work programme,June 2025,Overview & Scrutiny
Code of conduct,Deliver member training on the code of conduct,September 2025,Monitoring Officer & Head of Legal
"""
PROFILE = '[council]\nname = "Example Council"\n\n[[owners]]\nkey = "HoF"\ntitle = "Head of Finance"\nkind = "person"\n'


def test_two_posts_of_one_holder_are_one_owner_row(tmp_path):
    (tmp_path / "plan.csv").write_text(PLAN, encoding="utf-8")
    (tmp_path / "council.toml").write_text(PROFILE, encoding="utf-8")
    processed = process(tmp_path / "plan.csv", load_profile(tmp_path / "council.toml"), None)
    owners = [(o.owner_key, o.owner_raw, o.match, o.repair) for o in processed.normalised.owners]
    assert owners == [("HoF", "Head of Finance & S151 Officer", "exact", "two_posts"),
                      ("Overview & Scrutiny", "Overview & Scrutiny", "unknown", None),
                      ("Monitoring Officer & Head of Legal", "Monitoring Officer & Head of Legal", "unknown", None)]
    unknown = [i.message for i in processed.normalised.issues if i.code == "unknown_owner"]
    assert [m.split("'")[1] for m in unknown] == ["Overview & Scrutiny", "Monitoring Officer & Head of Legal"]
