"""Owners expanded by the key the document prints to its own abbreviations (parsers/owner_key.py).

A plan that names owners by initials (`SDC`, `CE`, `HoF`) and prints what they stand for says whom they name: an
owner its cells print as an abbreviation of its key is that owner, for this document only. Its row's `match` is
`document_key` and it names the key's line (`key_text`, `key_page`, `key_line`), as a glossary hit names the profile's
entry by its key, so an auditor can check the expansion where it is printed. Where what the key says resolves to an
owner of the profile's glossary (`Chief Executive`), the owner is that owner, keyed and titled as the glossary has it;
otherwise it is keyed by the abbreviation as the key prints it and titled by the key's words (confirmed: the
document's own), or keyed by those words where the glossary keys another owner by that abbreviation, so that one key
never names two owners.

Where both speak: a key agreeing with the glossary (what it says resolves to the owner the glossary reads the
abbreviation as) leaves the glossary's reading as it was. A key saying otherwise is taken, since the document is
what an auditor checks each row against and a council's profile serves all its documents, and warned of
(`owner_key_disagrees`, naming both), so the data team corrects the glossary or learns of the plan's own usage. A
fuzzy match of the glossary is a guess the printed key outranks, without a warning.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from council_actions.normalise.owners import OwnerGlossary
from council_actions.normalise.records import OwnerMention
from council_actions.parsers.records import KeyEntry

from council_actions.issues import Issue, line_of, warning
from council_actions.owner_spellings import OwnerMatch, squash

CERTAIN = ("exact", "repaired")  # glossary matches that speak for the profile; a fuzzy one is a guess


def keyed_by_document(owners: list[OwnerMention], issues: list[Issue], key: Iterable[KeyEntry],
                      glossary: OwnerGlossary, elements: dict[str, str | None]
                      ) -> tuple[list[OwnerMention], list[Issue]]:
    """The document's owner rows with each owner printed as an abbreviation of its key expanded by it (see the
    module), and its issues without the unknown owners so expanded and with a warning where the key and the glossary
    disagree; `elements`: each action's element, which its warnings name."""
    entries: dict[str, KeyEntry] = {}
    for printed in key:  # the first entry for an abbreviation printed twice
        entries.setdefault(squash(printed.short), printed)
    if not entries:
        return owners, issues
    held = {(o.action_id, o.owner_key) for o in owners}
    expanded: list[OwnerMention] = []
    resolved: set[tuple[str, int]] = set()  # (action, seq) of unknown owners the key expanded
    warned: list[Issue] = []
    for owner in owners:
        entry = entries.get(squash(owner.owner_key if owner.match == "unknown" else owner.owner_raw))
        meaning = glossary.resolve(entry.meaning, entry.meaning) if entry is not None else None
        if entry is None or meaning is None or _agrees(owner, meaning):
            expanded.append(owner)
            continue
        row = _expanded(owner, entry, meaning)
        if row.owner_key != owner.owner_key and (owner.action_id, row.owner_key) in held:
            expanded.append(owner)  # the action names that owner already: this spelling keeps its own row
            continue
        held.add((owner.action_id, row.owner_key))
        expanded.append(row)
        if owner.match in CERTAIN:
            warned.append(_disagrees(owner, entry, elements.get(owner.action_id)))
        else:
            resolved.add((owner.action_id, owner.seq))
    gone = {(o.span, raw) for o in owners if (o.action_id, o.seq) in resolved for raw in (o.owner_raw, o.owner_key)}
    kept = [i for i in issues if not (i.code == "unknown_owner" and (i.span, i.raw_text) in gone)]
    return expanded, kept + warned


def _agrees(owner: OwnerMention, meaning: OwnerMatch) -> bool:
    """The glossary read the owner for certain, and the key's words name the same owner of it."""
    return owner.match in CERTAIN and meaning.match in CERTAIN and meaning.key == owner.owner_key


def _expanded(owner: OwnerMention, entry: KeyEntry, meaning: OwnerMatch) -> OwnerMention:
    """The owner as the key reads it: the glossary's owner its words name, else the abbreviation titled by them."""
    repair = owner.repair if owner.match not in CERTAIN else None  # the glossary's own repairs no longer apply
    if meaning.match in CERTAIN:
        return replace(owner, owner_key=meaning.key, owner_title=meaning.title, match="document_key", repair=repair,
                       score=None, title_confirmed=meaning.title_confirmed, key=entry)
    # keyed by the abbreviation, unless the glossary keys another owner so (a disagreement): then by the key's words
    key = entry.meaning if owner.match in CERTAIN else entry.short
    return replace(owner, owner_key=key, owner_title=entry.meaning, match="document_key", repair=repair,
                   score=None, title_confirmed=True, key=entry)


def _disagrees(owner: OwnerMention, entry: KeyEntry, element_id: str | None) -> Issue:
    """The warning of an owner the glossary reads one way and the document's key another."""
    title = f" ({owner.owner_title})" if owner.owner_title else ""
    return warning("owner_key_disagrees", "normalise", f"owner '{owner.owner_raw}' is {owner.owner_key}{title} in "
                   f"the profile's glossary, but the document's key at {line_of(entry.span)} ('{entry.line}') says "
                   f"'{entry.meaning}': read by the document's key; correct the glossary if the key is right",
                   owner.owner_raw, owner.span, element_id, "owners")
