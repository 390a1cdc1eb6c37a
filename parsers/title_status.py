"""A status every row of a document, or of a part of it, has because its title or the heading over it says so:
Maidstone's Corporate Improvement Plan reported its completed actions apart, as "Appendix B-Corporate Improvement
Plan completed actions", and prints no status on any row, since the title has said it for all of them; Copeland's
Strategic Housing Improvement Plan heads its table "Table 1: Fully Completed Tasks" and prints no status column.

Which titles and headings name a state, and which, is the profile's (its status rules' `titles`:
RoleMap.title_status). A row that prints a status of its own keeps it; a row printing none is given the one the
innermost heading over it names (the nearest says most of its rows), else the title's, its status_raw left null
(nothing was printed on it), and one `status_from_title` issue on each such row (spanning the row, its text the
title's or heading's, its message naming that line) says where it came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from council_actions.parsers.records import Action, Boilerplate

from council_actions.issues import Issue, line_of, warning
from council_actions.roles import RoleMap


def statused_by_title(actions: tuple[Action, ...], boilerplate: Sequence[Boilerplate],
                      roles: RoleMap) -> tuple[tuple[Action, ...], tuple[Issue, ...]]:
    """The actions, those printing no status given the one the innermost heading over them names, else the one the
    document's title (its `title` boilerplate) names, and an issue for each so given, on its row: one issue per
    row and place, as extraction_issues' key wants. Each heading is looked up once, however many rows it heads."""
    title = next((b for b in boilerplate if b.kind == "title"), None)
    keys: dict[str, str | None] = {}
    given: list[Action] = []
    issues: list[Issue] = []
    for action in actions:
        if action.status is not None or action.status_raw is not None:
            given.append(action)
            continue
        named = [(f"the heading '{h.text}' over the row", h.text, h.span) for h in reversed(action.sections)]
        named += [(f"the document's title '{title.text}'", title.text, title.span)] if title is not None else []
        source = next(((said, text, span, key) for said, text, span in named
                       if (key := _key(text, keys, roles)) is not None), None)
        if source is None:
            given.append(action)
            continue
        said, text, span, key = source
        new = replace(action, status=key, status_from="title")
        given.append(new)
        issues.append(warning("status_from_title", "parse", f"status {key} taken from {said} ({line_of(span)}), "
                              f"which names every row so; the row prints none", text, new.span, new.element_id,
                              "status"))
    return tuple(given), tuple(issues)


def _key(text: str, keys: dict[str, str | None], roles: RoleMap) -> str | None:
    """The status a title or heading names (RoleMap.title_status), each text looked up once."""
    if text not in keys:
        keys[text] = roles.title_status(text)
    return keys[text]
