"""The owner glossary and words a revision's owners are compared with: those of the profile it was ingested with.

A revision's `actions.owners` holds its owners as ingest keyed them: the glossary's key for an owner the profile
knows (`HoPC`), the text as printed for one it does not. Two revisions of one plan may be keyed under different
profiles: Maidstone's 2014-15 governance plan ingested in a national run under the generic profile keeps `Angela
Woodhouse, Head of Policy and Communications` as printed, its 2015-16 plan, ingested under Maidstone's profile once
the council's team wrote one, keys the same post `HoPC`. Read with the generic profile's words alone, the two were an
owner change; read with the profile that knows `HoPC`, they are one owner (diff/rules.py's OWNER_MATCHES).

`documents.profile` names the profile (profile.Profile.name, a file's stem) and `documents.profile_sha256` says which
text it was. The profile read again is the one of that text: a file given to `diff --profile`, else the built-in one.
Where none is, a name alone cannot be trusted (a council's own `runnymede.toml` is not the built-in one, and a file
outside the package is found by no name): the revision's owners are read with the profile of that name (given, else
built-in), else with the generic words, and `ReadWith.note` says so, for diff's report to name the revision. A folder
written before the text was recorded is read by the name alone: a profile given by that name, silently (the user
said which), else the built-in one, noted.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from council_actions.normalise import OwnerGlossary, glossary_for

from council_actions.profile import Profile, built_in_names, load_profile

GENERIC = "generic"  # the profile a document of no profile found is read with
ASK = "give diff --profile with its file"
# A folder written before documents.profile_sha256 (a built-in name, no profile given): the text is not known, and a
# profile given by that name is the user's answer.
UNRECORDED = ("read with the built-in profile {0} as it is now, by its name alone: ingested before the profile's text "
              "was recorded (give diff --profile with the file they were ingested with, or --profile {0} to take "
              "the built-in one)")


@dataclass(frozen=True)
class ReadWith:
    """The profile a document's owners are read with (`glossary_of` loads it: a built-in name or a file's path), and
    why it is not the one the document was ingested with, or None where it is (or nothing recorded says otherwise)."""

    profile: str
    note: str | None = None


@lru_cache(maxsize=16)
def glossary_of(profile: str) -> OwnerGlossary:
    """The owner glossary (and its owner words) of `profile` (ReadWith.profile, as `profile_of` loads it)."""
    return glossary_for(profile_of(profile))


@lru_cache(maxsize=16)
def profile_of(profile: str) -> Profile:
    """The profile ReadWith.profile names: a built-in profile's name or a profile file's path; any other name (a bare
    stem, as documents.profile holds one) is the generic profile. The review reads scores and themes with it."""
    known = profile in built_in_names() or Path(profile).suffix == ".toml"
    return load_profile(profile if known else GENERIC)


def key_of(profile: Profile) -> str:
    """How `glossary_of` finds a profile again: a built-in one by its name, a file by its path."""
    return profile.name if profile.source == f"{profile.name}.toml" else str(Path(profile.source).resolve())


def given_profiles(given: tuple[str | Path, ...]) -> tuple[Profile, ...]:
    """The profiles given to `diff --profile`, loaded as ingest loads them (a file, or a built-in name); a file by its
    whole path, which `key_of` tells from a built-in name (a user's own `runnymede.toml` given as a relative path)."""
    return tuple(load_profile(p if str(p) in built_in_names() else Path(p).resolve()) for p in given)


@lru_cache(maxsize=16)
def _built_in_digest(name: str) -> str:
    return load_profile(name).digest


@lru_cache(maxsize=64)
def read_with(name: str, digest: str | None, given: tuple[Profile, ...] = ()) -> ReadWith:
    """The profile to read the owners of a document ingested with profile `name` of text `digest` (None: a folder
    written before the digest was recorded, which is read by the name alone), from the files given and the
    built-in ones: the one of that text; else the one of that name, noted; else the generic words, noted."""
    built_in = name in built_in_names()
    if digest is not None:
        same = [p for p in given if p.digest == digest]
        if same:
            return ReadWith(key_of(same[0]))
        if built_in and _built_in_digest(name) == digest:
            return ReadWith(name)
    named = [p for p in given if p.name == name]
    if named or built_in:
        found = key_of(named[0]) if named else name
        which = f"profile {found}" if named else f"the built-in profile {found}"
        if digest is None:  # written before the text was recorded: a profile given by the name is the user's answer
            return ReadWith(found, None if named else UNRECORDED.format(found))
        return ReadWith(found, f"read with {which}, whose text is not that of the {name!r} they were ingested with "
                               f"({ASK})")
    missing = f"read with the generic profile's words: profile {name!r}, which they were ingested with, was not found"
    return ReadWith(GENERIC, None if name == GENERIC else f"{missing} ({ASK})")
