"""An owner's `kind` in the profile's glossary (`person` or `group`, profile.OWNER_KINDS) tells a group from one
person where a cell joins a post to a designation (normalise/owner_holders.one_holder). A post and a designation
joined are one person holding both (`Chief Executive and Monitoring Officer`), but a group holds no designation: a
group the glossary knows joined to one is two owners, the group and the officer. Runnymede's glossary (real, from
its published plans: council_actions/profiles/runnymede.toml) keys `Corporate Leadership Team` as CLT and `Senior
Leadership Team` as SLT, each of kind group, and the Chief Executive as CEX, a person. The cells are made up: no
sample or stored page joins a group to a designation. Before, `Corporate Leadership Team and Section 151 Officer`
read as one owner, CLT, and the Section 151 Officer was lost without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
from council_actions.normalise.owner_split import owner_pieces
from council_actions.normalise.owners import OwnerGlossary

from council_actions.profile import load_profile
from council_actions.profile_fields import ProfileError


def _resolved(cell: str) -> list[tuple[str, str, str]]:
    """Each owner of the cell as the column reader reads it under Runnymede's profile: printed, key, match."""
    glossary = OwnerGlossary(load_profile("runnymede"))
    return [(p.text, (m := glossary.resolve(p.known_as or p.text, cell)).key, m.match)
            for p in owner_pieces(cell, glossary.knows, words=glossary.words, group=glossary.is_group)]


@pytest.mark.parametrize("cell, owners", [
    ("Corporate Leadership Team and Section 151 Officer",
     [("Corporate Leadership Team", "CLT", "exact"), ("Section 151 Officer", "Section 151 Officer", "unknown")]),
    ("Senior Leadership Team & Monitoring Officer",
     [("Senior Leadership Team", "SLT", "exact"), ("Monitoring Officer", "Monitoring Officer", "unknown")]),
    # a person of the glossary holds the designation beside their post: one owner, as before
    ("Chief Executive and Monitoring Officer", [("Chief Executive and Monitoring Officer", "CEX", "exact")]),
])
def test_a_group_joined_to_a_designation_is_two_owners(cell, owners):
    assert _resolved(cell) == owners


def test_the_shipped_kinds_are_read():
    kinds = {owner.key: owner.kind for owner in load_profile("runnymede").owners}
    assert (kinds["CLT"], kinds["SLT"], kinds["CEX"], kinds["Members"]) == ("group", "group", "person", "group")


def test_a_kind_the_profile_does_not_know_is_refused_at_its_entry(tmp_path: Path):
    path = tmp_path / "council.toml"
    path.write_text('[council]\nname = "Runnymede Borough Council"\n\n[[owners]]\nkey = "CLT"\nkind = "team"\n',
                    encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value) == f"{path}:4: owners[1].kind must be one of person, group"
