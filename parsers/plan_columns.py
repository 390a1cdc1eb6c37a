"""Where each role's column is in a plan printed in the statutory self-assessment template.

The template's table has a theme/score column, the characteristic, the
opportunity, the recommendation and the allocation (owners and timeline in
one cell). Which printed column is which comes from the profile: its
`[action_plan] columns` list the headings left to right, and its heading
rules give each heading a role. The parsers ask for a role's column, never a
position, so a council printing the columns in another order needs a profile,
not a code change.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from council_actions.profile import Profile
from council_actions.profile_fields import ProfileError
from council_actions.roles import Role

# The record field each role's text goes to
FIELDS: dict[Role, str] = {"score": "score", "characteristic": "characteristic", "opportunity": "opportunity",
                           "action": "action", "owner": "allocated_raw"}
# Owners and timeline in one cell: the template's allocation (`owner`) column
SAME_COLUMN: dict[Role, Role] = {"allocation": "owner"}


@dataclass(frozen=True)
class PlanColumns:
    """Where each role's column sits in this profile's plan template, so the parsers ask for a role and
    never assume a position."""

    score: int
    characteristic: int
    opportunity: int
    action: int
    allocation: int  # the `owner` column: the template prints owners and timeline together

    @property
    def text_columns(self) -> tuple[int, ...]:
        """The columns read as paragraphs, in printed order."""
        return tuple(sorted((self.characteristic, self.opportunity, self.action, self.allocation)))

    @property
    def content_columns(self) -> tuple[int, ...]:
        """The columns a row's text can bleed from into the next row's first line: all but the characteristic."""
        return tuple(sorted((self.opportunity, self.action, self.allocation)))

    def role(self, column: int) -> Role | None:
        """The role the template's column plays (`action`, `owner`, ...); None for a column it does not read."""
        return next((r for r, c in self._by_role().items() if c == column), None)

    def field(self, column: int) -> str | None:
        """The record field a column's text goes to (FIELDS: the owner column's to `allocated_raw`), which an
        issue found in that column names."""
        role = self.role(column)
        return FIELDS[role] if role else None

    def _by_role(self) -> dict[Role, int]:
        return {"score": self.score, "characteristic": self.characteristic, "opportunity": self.opportunity,
                "action": self.action, "owner": self.allocation}


def lacks_columns(profile: Profile) -> str | None:
    """What the profile lacks for the template's columns (a role no `[action_plan] columns` heading has), or None.
    The template's reader is chosen only for a profile that lacks nothing (parsers.readers)."""
    roles = _template_roles(profile)
    missing = next((role for role in FIELDS if role not in roles), None)
    if missing is None:
        return None
    return (f"no [action_plan] column heading has the role '{missing}' "
            f"(headings: {', '.join(profile.columns) or 'none'})")


@lru_cache(maxsize=16)
def plan_columns(profile: Profile) -> PlanColumns:
    """The template's columns by role, from the profile's printed headings; a missing role is a profile error."""
    lacking = lacks_columns(profile)
    if lacking is not None:
        raise ProfileError(f"{profile.source}: {lacking}")
    roles = _template_roles(profile)
    found = {role: roles.index(role) for role in FIELDS}
    return PlanColumns(found["score"], found["characteristic"], found["opportunity"], found["action"],
                       found["owner"])


def _template_roles(profile: Profile) -> list[Role | None]:
    roles = [profile.roles.role_of(heading) for heading in profile.columns]
    return [SAME_COLUMN.get(role, role) if role else None for role in roles]
