"""An action's id: the element it is under and a digest of its words, so the same action keeps its id across
revisions wherever it moves in the plan (records.Action.action_id; the diff pairs actions by it).

Kept apart from the records, which hold an id and never make one: the parsers make ids (`make_action_id`), and
the diff and the review read ids an earlier version wrote (`current_action_id`) through the parsers' entry.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

from council_actions.parsers.update_notes import split_update_notes

ACTION_TEXT_NOISE = re.compile(r"[^a-z0-9]+")  # between an action's words, lower-cased: what its id leaves out
# What stands for the element id in the id of an action under none (most plans print no element ids): an id opening
# with `-` was read as an option by every command line it was given to (`grep -2dec3e71d7f5 ...`) and as a formula
# by a spreadsheet opening `read-table --csv`, and the diff's summary lines looked like a diff's removed lines.
NO_ELEMENT = "action"
# How an element id stands in its actions' ids, rule by rule: an id is given on command lines and opened in
# spreadsheets, and an element id as printed may hold spaces (Maidstone's `CIP 002.01`), punctuation (`2,3,4`,
# `TARGET 1: Service Aims, ...`) or be a whole heading. Every run of characters but letters, digits, `_` and `.`
# becomes one `_` (a full stop before it goes), none at either end (`CIP_002.01`; `1. Climate change`,
# `1_Climate_change`); the digest is still of the element id as printed.
ELEMENT_IN_ID = ((re.compile(r"[^\w.]+"), "_"), (re.compile(r"\.+_"), "_"), (re.compile(r"\A[_.]+|[_.]+\Z"), ""))
ELEMENT_IN_ID_LENGTH = 32  # past it, cut at the last `_` within it: a heading's first words, the digest tells apart
ID_DIGEST = r"-[0-9a-f]{12}(?:-\d+)?\Z"  # an action id's end: the digest, and a repeat's number (`-2`)


def element_in_id(element_id: str) -> str:
    """The element's part of its actions' ids (ELEMENT_IN_ID); NO_ELEMENT where nothing of it is left."""
    for pattern, replacement in ELEMENT_IN_ID:
        element_id = pattern.sub(replacement, element_id)
    if len(element_id) > ELEMENT_IN_ID_LENGTH:
        cut = element_id.rfind("_", 0, ELEMENT_IN_ID_LENGTH + 1)
        element_id = element_id[:cut if cut > 0 else ELEMENT_IN_ID_LENGTH].rstrip("_.")
    return element_id or NO_ELEMENT


# The ids earlier versions wrote, each with the id the same action has now (its digest unchanged): an output folder
# or a review's verdicts file written then keeps them. Before NO_ELEMENT: `-2dec3e71d7f5`, now `action-2dec3e71d7f5`;
# before ELEMENT_IN_ID: the element id as printed, `CIP 002.01-1163f4d02a1f`, now `CIP_002.01-1163f4d02a1f`.
PAST_ACTION_IDS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"\A-(?=[0-9a-f]{12}\b)"), f"{NO_ELEMENT}-"),
    (re.compile(rf"\A.+?(?={ID_DIGEST})"), lambda found: element_in_id(found[0])),
)


def make_action_id(element_id: str, action_text: str) -> str:
    """Stable across revisions: the element and the action's words, not its position, nor its update notes."""
    words = ACTION_TEXT_NOISE.sub(" ", split_update_notes(action_text)[0].lower()).strip()
    digest = hashlib.sha256(f"{element_id}\n{words}".encode()).hexdigest()[:12]
    return f"{element_in_id(element_id)}-{digest}"


def current_action_id(action_id: str) -> str:
    """The id an action of an earlier version's output has now (PAST_ACTION_IDS), so a verdict given on it still
    finds it; an id of the current form is itself."""
    for past, now in PAST_ACTION_IDS:
        action_id = past.sub(now, action_id, count=1)
    return action_id
