"""One key for an owner a plan prints more than one way, where the profile's glossary knows none of its spellings.

An owner the glossary does not know keeps its printed text as its key (`unknown`, reported). A plan may print one
such owner several ways: in other case or spacing (Newton St Cyres' `Clerk & Councillors`, then `Clerk and
councillors`), or by the abbreviation it printed in brackets after the name (Tower Hamlets' `Head of Information
Governance (IG) / Data Protection Office (DPO)`, then `Head of IG/DPO`). As case and spacing never tell the
glossary's owners apart (council_actions/owner_spellings.squash), they do not tell these apart either: each later
spelling takes the key the plan first printed, and its owner row names how it differs (KEY_RULES). The match stays
`unknown`, and each spelling is still reported, since the glossary knows neither; owner_raw stays as printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from council_actions.normalise.records import OwnerMention

from council_actions.owner_spellings import squash

DEFINED = re.compile(r"(?P<name>.*\S)\s*\((?P<short>[A-Z][A-Za-z]{1,9})\)")  # `Data Protection Office (DPO)`


@dataclass(frozen=True)
class KeyRule:
    """A row of the rule table: how a later spelling differs from the key it takes (the repair its owner row
    names), the test that says so (given the spelling and the key; rows tried in order, the first that holds
    names it), and an example (the key first printed, the later spelling) the tests read."""

    name: str
    description: str
    differs: Callable[[str, str], bool]
    example: tuple[str, str]


KEY_RULES = (
    KeyRule("abbreviation", "the abbreviation a name was printed with in brackets, in place of the words it stands "
            "for (the initials of the name's last words)", lambda spelling, key: squash(spelling) != squash(key),
            ("Head of Information Governance (IG)", "Head of IG")),
    KeyRule("case", "the same letters in another case, spacing aside",
            lambda spelling, key: "".join(spelling.split()) != "".join(key.split()), ("Councillors", "councillors")),
    KeyRule("spacing", "the same letters in the same case, spaced otherwise", lambda spelling, key: True,
            ("Development Group", "Development  Group")),
)


def one_key_each(owners: list[OwnerMention]) -> list[OwnerMention]:
    """The document's owner rows, in order, each unknown owner keyed by the spelling of it the plan printed first
    (KEY_RULES). An action already holding that key keeps the row as it was: no action names one key twice."""
    unknown = [o.owner_key for o in owners if o.match == "unknown"]
    stands_for = _abbreviations(unknown)
    first: dict[str, str] = {}  # an owner's comparable form -> the key first printed with it
    held = {(o.action_id, o.owner_key) for o in owners}
    keyed: list[OwnerMention] = []
    for owner in owners:
        if owner.match != "unknown":
            keyed.append(owner)
            continue
        key = first.setdefault(_form(owner.owner_key, stands_for), owner.owner_key)
        if key == owner.owner_key or (owner.action_id, key) in held:
            keyed.append(owner)
            continue
        held.add((owner.action_id, key))
        how = _rule(owner.owner_key, key)
        keyed.append(replace(owner, owner_key=key, repair="; ".join(filter(None, [owner.repair, how]))))
    return keyed


def abbreviations_defined(owners: Iterable[OwnerMention]) -> frozenset[str]:
    """The abbreviations the plan's unknown owners define (`Data Protection Office (DPO)`: DPO), which one_key_each
    writes out: the key a plan prints of its initials that is read (normalise/reported.with_reasons)."""
    return frozenset(_abbreviations(o.owner_key for o in owners if o.match == "unknown"))


def _abbreviations(keys: Iterable[str]) -> dict[str, str]:
    """Each abbreviation the keys define (`Data Protection Office (DPO)`: DPO) and the words it stands for, where its
    letters are the initials of the name's last words (so `ACE (Place)` defines nothing); one defined twice
    otherwise stands for nothing."""
    found: dict[str, set[str]] = {}
    for key in keys:
        defined = DEFINED.fullmatch(key)
        if defined is None:
            continue
        words = defined["name"].split()[-len(defined["short"]):]
        if "".join(w[0] for w in words).lower() == defined["short"].lower():
            found.setdefault(defined["short"], set()).add(" ".join(words))
    return {short: next(iter(meant)) for short, meant in found.items() if len(meant) == 1}


def _form(key: str, stands_for: dict[str, str]) -> str:
    """What two spellings of one owner share: its name less a defined abbreviation in brackets, every defined
    abbreviation written out, case and spacing aside."""
    defined = DEFINED.fullmatch(key)
    if defined is not None and defined["short"] in stands_for:
        key = defined["name"]
    for short, meant in stands_for.items():
        key = re.sub(rf"\b{re.escape(short)}\b", meant, key)
    return squash(key)


def _rule(spelling: str, key: str) -> str:
    """The first KEY_RULES row by which a spelling differs from the key with the same form it takes."""
    return next(rule.name for rule in KEY_RULES if rule.differs(spelling, key))
