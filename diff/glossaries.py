"""The owner glossary and words a revision's owners are compared with: those of the profile it was ingested with.

A revision's `actions.owners` holds its owners as ingest keyed them: the glossary's key for an owner the profile
knows (`HoPC`), the text as printed for one it does not. Two revisions of one plan may be keyed under different
profiles: Maidstone's 2014-15 governance plan ingested in a national run under the generic profile keeps `Angela
Woodhouse, Head of Policy and Communications` as printed, its 2015-16 plan, ingested under Maidstone's profile once
the council's team wrote one, keys the same post `HoPC`. Read with the generic profile's words alone, the two were an
owner change; read with the profile that knows `HoPC`, they are one owner (diff/rules.py's OWNER_MATCHES).

`documents.profile` names the profile by its name (profile.Profile.name): a built-in profile's (`maidstone`,
`runnymede` for the default one, `generic`) is loaded again by it. A profile file of the user's own is named by its
file's stem alone, which finds no file again: its revision's owners are read with the generic profile, as every
revision's were before.
"""

from __future__ import annotations

from functools import lru_cache

from council_actions.normalise import glossary_for
from council_actions.normalise.owners import OwnerGlossary

from council_actions.profile import built_in_names, load_profile

GENERIC = "generic"  # the profile a document of no built-in profile's name is read with


@lru_cache(maxsize=16)
def glossary_of(profile: str) -> OwnerGlossary:
    """The owner glossary (and its owner words) of the profile named `profile` in `documents.profile`."""
    return glossary_for(load_profile(profile if profile in built_in_names() else GENERIC))
