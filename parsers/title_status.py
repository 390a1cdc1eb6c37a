"""A status every row of a document has because its title says so: Maidstone's Corporate Improvement Plan reported
its completed actions apart, as "Appendix B-Corporate Improvement Plan completed actions", and prints no status on
any row, since the title has said it for all of them.

Which titles name a state, and which, is the profile's (its status rules' `titles`: RoleMap.title_status). A row
that prints a status of its own keeps it; a row printing none is given the title's, its status_raw left null (nothing
was printed on it), and one `status_from_title` issue on each such row (spanning the row, its text the title's, its
message naming the title's line) says where it came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from council_actions.parsers.records import Action, Boilerplate

from council_actions.issues import Issue, line_of, warning
from council_actions.roles import RoleMap


def statused_by_title(actions: tuple[Action, ...], boilerplate: Sequence[Boilerplate],
                      roles: RoleMap) -> tuple[tuple[Action, ...], tuple[Issue, ...]]:
    """The actions, those printing no status given the one the document's title (its `title` boilerplate) names,
    and an issue for each so given, on its row: one issue per row and place, as extraction_issues' key wants."""
    title = next((b for b in boilerplate if b.kind == "title"), None)
    key = roles.title_status(title.text) if title is not None else None
    if title is None or key is None:
        return actions, ()
    given = [replace(a, status=key) if a.status is None and a.status_raw is None else a for a in actions]
    issues = [warning("status_from_title", "parse", f"status {key} taken from the document's title '{title.text}' "
                      f"({line_of(title.span)}), which names every row so; the row prints none",
                      title.text, new.span, new.element_id, "status")
              for old, new in zip(actions, given, strict=True) if old is not new]
    return tuple(given), tuple(issues)
