"""A RoleMap's memos of headings and status cells (council_actions/roles.py): bounded by MEMO_SIZE texts each however
many documents one process reads, the same answers as the plain lookups, and never part of a map's pickle, equality
or hash."""

from __future__ import annotations

import copy
import pickle
from dataclasses import dataclass

import pytest

from council_actions import pipeline, roles
from council_actions.profile import load_profile
from council_actions.roles import MEMO_LONGEST, MEMO_SIZE, RoleMap, heading_key
from tests.conftest import PLAN, SAMPLES

BELFAST = SAMPLES / "other_councils" / "belfast_improvement_self_assessment_2023_24_objective_4.txt"
RESULTS_PIPE = SAMPLES / "runnymede_web" / "results_pipe.txt"
# The documents of samples/ asking the most distinct headings (results_pipe.txt, then the seed plan) and status cells
# (Belfast's objective 4).
ASKING_MOST = (PLAN, RESULTS_PIPE, BELFAST)


@dataclass(frozen=True)
class Run:
    """One document processed with the memos: what the readers asked the map, what the rules were tried on (asks
    the memo did not answer), and what came out."""

    asked: tuple[list[str], list[str]]  # headings, status cells
    read: tuple[list[str], list[str]]
    processed: pipeline.Processed


@pytest.fixture(scope="module")
def runs() -> dict[str, Run]:
    """ASKING_MOST processed once each, every ask and every plain lookup recorded in order."""
    found = {}
    rule_of, status, first_rule, first_status = RoleMap.rule_of, RoleMap._status, roles._first_rule, roles._first_status
    for path in ASKING_MOST:
        asked: tuple[list[str], list[str]] = ([], [])
        read: tuple[list[str], list[str]] = ([], [])
        with pytest.MonkeyPatch.context() as patched:
            patched.setattr(RoleMap, "rule_of", lambda self, text, seen=asked[0]: seen.append(text) or rule_of(self, text))
            patched.setattr(RoleMap, "_status", lambda self, text, seen=asked[1]: seen.append(text) or status(self, text))
            patched.setattr(roles, "_first_rule", lambda rules, text, seen=read[0]: seen.append(text) or first_rule(rules, text))
            patched.setattr(roles, "_first_status", lambda rules, text, seen=read[1]: seen.append(text) or first_status(rules, text))
            found[path.name] = Run(asked, read, pipeline.process(path, load_profile()))
    return found


def plain_rule(role_map: RoleMap, heading: str) -> roles.Rule | None:
    """The lookup without a memo, to compare with: the first rule whose pattern the heading's key matches."""
    key = heading_key(heading)
    return next((rule for rule in role_map.headings if key and rule.matches(key)), None)


def plain_status(role_map: RoleMap, text: str) -> str | None:
    """The status lookup without its memo, to compare with: the first status rule the cell's key matches."""
    key = " ".join(text.lower().strip(" .;:()").split())
    return next((rule.key for rule in role_map.statuses if key and rule.matches(key)), None)


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


def test_a_document_reads_each_short_heading_and_status_once(runs):
    """The CPU the memos save: the rules are tried once per distinct heading or status cell of a document, not
    once per ask. The counts move with the readers (the seed plan asks hundreds of headings, over a third of them
    again), so only what they must keep is asserted: MEMO_SIZE has room for twice the most any of these documents
    asks, so nothing is forgotten and read again within one."""
    for run in runs.values():
        for asked, read in zip(run.asked, run.read, strict=True):
            short = [text for text in read if len(text) <= MEMO_LONGEST]
            assert len(short) == len(set(short)) and set(read) <= set(asked)
            assert len(set(asked)) < MEMO_SIZE // 2
    plan, belfast = runs[PLAN.name], runs[BELFAST.name]
    assert len(plan.asked[0]) > 1.5 * len(plan.read[0]) > 300
    assert len(belfast.asked[1]) > 1.5 * len(belfast.read[1]) > 150


@pytest.mark.parametrize("size", [MEMO_SIZE, 16])
def test_the_memos_answer_as_the_plain_lookups_on_real_headings(runs, monkeypatch, size):
    """Every heading and status cell the readers ask on the documents asking most, asked of one map in order and
    again in reverse, against the lookups without a memo; with 16 places the memo forgets and reads again all
    along, and the answers still agree."""
    headings = [text for run in runs.values() for text in run.asked[0]]
    statuses = [text for run in runs.values() for text in run.asked[1]]
    assert len(set(headings)) > 600 and len(set(statuses)) > 150
    monkeypatch.setattr(roles, "MEMO_SIZE", size)
    role_map = load_profile().roles
    for text in headings + headings[::-1]:
        assert role_map.rule_of(text) is plain_rule(role_map, text), text
    for text in statuses + statuses[::-1]:
        assert role_map._status(text) == plain_status(role_map, text), text
    assert role_map._known.cache_info().currsize == min(size, len({h for h in headings if len(h) <= MEMO_LONGEST}))


def test_a_document_reads_the_same_with_the_memos_or_without(runs, monkeypatch):
    """The whole pipeline on the documents asking most, with the memos and with none (maxsize 0 keeps nothing)."""
    monkeypatch.setattr(roles, "MEMO_SIZE", 0)
    without = [pipeline.process(path, load_profile()) for path in ASKING_MOST]
    assert load_profile().roles._known.cache_info().maxsize == 0
    for memo, plain in zip((run.processed for run in runs.values()), without, strict=True):
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
