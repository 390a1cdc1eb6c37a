"""Which profile `upgrade` (council_actions/upgrade.py) reads each recorded document again with, and a note where
that profile's text is not the one the document was ingested with.

A question of the recorded names and digests alone, answered for every document before anything is read, so that a
profile that cannot be found stops the upgrade with the folder untouched; kept apart from the reading and swapping.
"""

from __future__ import annotations

from dataclasses import dataclass

from council_actions.counted import counted
from council_actions.profile import DEFAULT_PROFILE, Profile, built_in_names, load_profile
from council_actions.recorded import Recorded

DEFAULT = DEFAULT_PROFILE.removesuffix(".toml")


@dataclass(frozen=True)
class Chosen:
    """The profile a document is read again with (a file's path, a built-in name, or None: the default), whether its
    text is the one the document was ingested with, and the problem where no profile of its name is known."""

    profile: str | None
    same_text: bool = True
    problem: str | None = None


def profile_for(document: Recorded, given: tuple[Profile, ...]) -> Chosen:
    """A file given of the recorded text, else one of the recorded name, else the built-in one of that name as this
    version ships it (a new version's built-in profile may have new words: read with them, as a new ingest would)."""
    for profile in given:
        if document.profile_sha256 and profile.digest == document.profile_sha256:
            return Chosen(profile.source)
    for profile in given:
        if profile.name == document.profile:
            return Chosen(profile.source)
    if document.profile not in built_in_names():
        return Chosen(None, problem=f"{document.name}: ingested with profile {document.profile!r}, which is not built "
                      "in: give its file with --profile")
    # the default profile claims its council only for its own layout: read so again unless it was given by name
    chosen = None if document.profile == DEFAULT and document.council_from != "profile" else document.profile
    return Chosen(chosen, document.profile_sha256 in (None, load_profile(document.profile).digest))


def profile_notes(documents: list[Recorded], chosen: dict[tuple[str, str], Chosen]) -> list[str]:
    """One note per built-in profile whose text differs from the one some documents were ingested with."""
    changed: dict[str, int] = {}
    for document in documents:
        if not chosen[document.revision, document.document_id].same_text:
            changed[document.profile] = changed.get(document.profile, 0) + 1
    return [f"{counted(number, 'document')} ingested with another text of the built-in profile {name}: read with "
            "this version's (give --profile FILE for the text they were ingested with)"
            for name, number in sorted(changed.items())]
