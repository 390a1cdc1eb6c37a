"""A RoleMap's memos of headings and status cells (council_actions/roles.py): bounded by MEMO_SIZE texts each however
many documents one process reads, the same answers as the plain lookups, and never part of a map's pickle, equality
or hash."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest

from council_actions import pipeline, roles
from council_actions.profile import load_profile
from council_actions.roles import MEMO_LONGEST, MEMO_SIZE, RoleMap, heading_key
from tests.conftest import PLAN, SAMPLES

BELFAST = SAMPLES / "other_councils" / "belfast_improvement_self_assessment_2023_24_objective_4.txt"
RESULTS_PIPE = SAMPLES / "runnymede_web" / "results_pipe.txt"
# The documents of samples/ asking the most distinct headings (results_pipe.txt: 448, the seed plan: 324) and status
# cells (Belfast's objective 4: 177).
ASKING_MOST = (PLAN, RESULTS_PIPE, BELFAST)


def asked(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    """Every heading and status cell the readers ask a RoleMap while the documents of ASKING_MOST are processed."""
    headings: list[str] = []
    statuses: list[str] = []
    rule_of, status = RoleMap.rule_of, RoleMap._status

    def recorded_rule_of(self: RoleMap, heading: str) -> roles.Rule | None:
        headings.append(heading)
        return rule_of(self, heading)

    def recorded_status(self: RoleMap, text: str) -> str | None:
        statuses.append(text)
        return status(self, text)

    with monkeypatch.context() as patched:
        patched.setattr(RoleMap, "rule_of", recorded_rule_of)
        patched.setattr(RoleMap, "_status", recorded_status)
        for path in ASKING_MOST:
            pipeline.process(path, load_profile())
    return headings, statuses


def plain_rule(role_map: RoleMap, heading: str) -> roles.Rule | None:
    """The lookup as it was before any memo (fb72768^): the first rule whose pattern the heading's key matches."""
    key = heading_key(heading)
    return next((rule for rule in role_map.headings if key and rule.matches(key)), None)


def plain_status(role_map: RoleMap, text: str) -> str | None:
    """The status lookup as it was before its memo (efc79ed^)."""
    key = " ".join(text.lower().strip(" .;:()").split())
    return next((rule.key for rule in role_map.statuses if key and rule.matches(key)), None)


def read_afresh(path: Path) -> tuple[list[str], list[str]]:
    """The headings and status cells the rules are tried on (not found in a memo) while the document is processed."""
    headings: list[str] = []
    statuses: list[str] = []
    first_rule, first_status = roles._first_rule, roles._first_status
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(roles, "_first_rule", lambda rules, text: headings.append(text) or first_rule(rules, text))
        patched.setattr(roles, "_first_status", lambda rules, text: statuses.append(text) or first_status(rules, text))
        pipeline.process(path, load_profile())
    return headings, statuses


def test_the_memos_never_hold_more_than_memo_size_texts():
    """A long-lived process (the library, a notebook, a Dask worker) asks one map every line ever tried as a
    heading: three times MEMO_SIZE distinct ones fill each memo to MEMO_SIZE and no further."""
    role_map = load_profile().roles
    for number in range(3 * MEMO_SIZE):
        role_map.role_of(f"Heading {number} of a long-lived process")
        role_map.status_of(f"Status {number}")
        assert role_map._known.cache_info().currsize <= MEMO_SIZE
        assert role_map._statuses_known.cache_info().currsize <= MEMO_SIZE
    assert role_map._known.cache_info().currsize == MEMO_SIZE
    assert role_map._statuses_known.cache_info().currsize == MEMO_SIZE
    assert role_map._known.cache_info().maxsize == MEMO_SIZE


def test_a_text_longer_than_memo_longest_is_read_but_never_remembered():
    role_map = load_profile().roles
    prose = "Action " + "x" * MEMO_LONGEST
    assert role_map.rule_of(prose) is plain_rule(role_map, prose) and role_map.status_of(prose) is None
    assert role_map._known.cache_info().currsize == 0 and role_map._statuses_known.cache_info().currsize == 0
    assert role_map.role_of("Action") == "action" and role_map._known.cache_info().currsize == 1


def test_a_document_reads_each_short_heading_and_status_once():
    """The CPU the memos save (fb72768, efc79ed): the rules are tried once per distinct heading or status cell of a
    document, not once per ask. MEMO_SIZE has room for the most any document of samples/ asks (the numbers in
    roles.py's comment), so nothing is forgotten and read again within one."""
    reads = {path.name: read_afresh(path) for path in ASKING_MOST}
    for texts in (listed for pair in reads.values() for listed in pair):
        short = [text for text in texts if len(text) <= MEMO_LONGEST]
        assert len(short) == len(set(short))
    distinct = {name: (len(set(headings)), len(set(statuses))) for name, (headings, statuses) in reads.items()}
    assert distinct == {PLAN.name: (324, 0), RESULTS_PIPE.name: (448, 24), BELFAST.name: (189, 177)}
    assert max(max(pair) for pair in distinct.values()) < MEMO_SIZE // 2


@pytest.mark.parametrize("size", [MEMO_SIZE, 16])
def test_the_memos_answer_as_the_plain_lookups_on_real_headings(monkeypatch, size):
    """Every heading and status cell the readers ask on the documents asking most, asked of one map in order and
    again in reverse, against the lookups without a memo; with 16 places the memo forgets and reads again all
    along, and the answers still agree."""
    headings, statuses = asked(monkeypatch)
    assert len(set(headings)) > 600 and len(set(statuses)) > 150
    monkeypatch.setattr(roles, "MEMO_SIZE", size)
    role_map = load_profile().roles
    for text in headings + headings[::-1]:
        assert role_map.rule_of(text) is plain_rule(role_map, text), text
    for text in statuses + statuses[::-1]:
        assert role_map._status(text) == plain_status(role_map, text), text
    assert role_map._known.cache_info().currsize == min(size, len({h for h in headings if len(h) <= MEMO_LONGEST}))


def test_a_document_reads_the_same_with_the_memos_or_without(monkeypatch):
    """The whole pipeline on the documents asking most, with the memos and with none (maxsize 0 keeps nothing)."""
    with_memo = [pipeline.process(path, load_profile()) for path in ASKING_MOST]
    monkeypatch.setattr(roles, "MEMO_SIZE", 0)
    without = [pipeline.process(path, load_profile()) for path in ASKING_MOST]
    assert load_profile().roles._known.cache_info().maxsize == 0
    for memo, plain in zip(with_memo, without, strict=True):
        assert (memo.document, memo.parsed, memo.normalised) == (plain.document, plain.parsed, plain.normalised)
        assert memo.parsed.themes or memo.parsed.actions


def test_a_role_map_pickles_copies_and_compares_equal_memo_or_not():
    """A profile goes to workers pickled (DocumentJob): its map arrives equal, with the same hash and answers, and
    with empty memos of its own, so the pickle is the same size however much this process has asked it."""
    fresh = load_profile().roles
    used = load_profile().roles
    for text in ("Action", "Owner", "Lead officer", "Timescale", "Green", "Complete (Blue)", "not a heading"):
        used.role_of(text)
        used.status_of(text)
    assert used._known.cache_info().currsize == 7 and fresh._known.cache_info().currsize == 0
    assert used == fresh and hash(used) == hash(fresh)
    assert len(pickle.dumps(used)) == len(pickle.dumps(fresh))
    for copied in (pickle.loads(pickle.dumps(used)), copy.copy(used), copy.deepcopy(used)):
        assert copied == used and hash(copied) == hash(used) and copied is not used
        assert copied._known.cache_info().currsize == 0 and copied._known is not used._known
        assert copied.role_of("Lead officer") == used.role_of("Lead officer") == "owner"
        assert copied.status_of("Complete (Blue)") == used.status_of("Complete (Blue)") == "complete"
    profile = load_profile()
    profile.roles.role_of("Action")
    assert pickle.loads(pickle.dumps(profile)) == profile
