"""A profile's heading and status rules and its word lists, read from its TOML data into a RoleMap, each entry
checked as it is read so that a bad one stops the load with one line naming it (`headings[3].or_else must be a
role`).

Kept apart from council_actions/roles.py, which answers what a heading or a cell means: reading a profile happens
once, asking it thousands of times a document.
"""

from __future__ import annotations

import re
from typing import Any, overload

from council_actions.roles import ROLES, STATUS_KEYS, Role, RoleError, RoleMap, Rule


@overload
def read_rules(entries: object, key_name: str, allowed: tuple[Role, ...], source: str) -> tuple[Rule[Role], ...]:
    """Heading rules, each keyed by a role of `allowed`: typed so, role_of gives a Role."""


@overload
def read_rules(entries: object, key_name: str, allowed: None, source: str) -> tuple[Rule[str], ...]:
    """Status rules, each keyed by a status key (roles.STATUS_KEYS)."""


def read_rules(entries: object, key_name: str, allowed: tuple[Role, ...] | None, source: str) -> tuple[Rule[Any], ...]:
    """`[[headings]]` / `[[statuses]]` tables of a profile into rules, keyed by a role of `allowed` (heading rules)
    or by a status key (`allowed` None: roles.STATUS_KEYS); a bad entry names itself."""
    if entries is None:
        return ()
    if not isinstance(entries, list):
        raise RoleError(f"{source}: [[{key_name}]] must be a list of tables")
    return tuple(_rule(entry if isinstance(entry, dict) else {}, f"{source}: {key_name}[{index}]", allowed)
                 for index, entry in enumerate(entries, 1))


def _rule(entry: dict[str, Any], named: str, allowed: tuple[Role, ...] | None) -> Rule[Any]:
    """One entry as a rule, once its fields are checked (`_check_entry`) and its patterns compile; `named` is the
    file and the entry, as the message names it."""
    _check_entry(entry, named, allowed)
    try:
        return Rule(entry["role" if allowed else "key"],
                    tuple(re.compile(p, re.IGNORECASE) for p in entry["patterns"]), entry.get("or_else"),
                    entry.get("or_else_beside_headings") is True, entry.get("yes"),
                    tuple(re.compile(rf"\b(?:{t})\b", re.IGNORECASE) for t in entry.get("titles", [])))
    except re.error as exc:
        raise RoleError(f"{named}: bad pattern: {exc}") from None


def _check_entry(entry: dict[str, Any], named: str, allowed: tuple[Role, ...] | None) -> None:
    """Each field of a rule's entry of the type it must be, in this order, the first one wrong raised (RoleError):
    titles (a status rule's only), yes, or_else (a heading rule's only), the key, the patterns."""
    key, patterns, or_else = entry.get("role" if allowed else "key"), entry.get("patterns"), entry.get("or_else")
    titles, yes = entry.get("titles", []), entry.get("yes")
    if (allowed and titles) or not isinstance(titles, list) or not all(isinstance(t, str) for t in titles):
        raise RoleError(f"{named}.titles must be a status rule's list of strings")
    if yes is not None and not isinstance(yes, str):
        raise RoleError(f"{named}.yes must be a status key")
    if or_else is not None and (not allowed or or_else not in allowed):
        raise RoleError(f"{named}.or_else must be a role (one of {', '.join(allowed or ())})")
    keys: tuple[str, ...] = allowed or STATUS_KEYS
    if not isinstance(key, str) or key not in keys:
        raise RoleError(f"{named} needs a {'role' if allowed else 'key'} (one of {', '.join(keys)})")
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise RoleError(f"{named}.patterns must be a list of strings")


def read_role_map(data: dict[str, object], source: str) -> RoleMap:
    """The profile's heading and status rules, ditto, percent and counted words, checked as they are read."""
    plan = data.get("action_plan", {})

    def words(name: str) -> tuple[str, ...]:
        """A word list, lower-cased and spaced once. A string in its place would be read as its letters and a blank
        word matches everywhere (`percent = [' ']` turns every number's end into a sign), so either stops the load."""
        listed = plan.get(name, []) if isinstance(plan, dict) else []
        if not isinstance(listed, list) or not all(isinstance(d, str) and d.strip() for d in listed):
            raise RoleError(f"{source}: action_plan.{name} must be a list of words, none blank")
        return tuple(" ".join(d.lower().split()) for d in listed)

    return RoleMap(read_rules(data.get("headings"), "headings", ROLES, source),
                   read_rules(data.get("statuses"), "statuses", None, source),
                   words("ditto"), words("percent"), words("counted"))
