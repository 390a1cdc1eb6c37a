"""Whether a title says the list under it is a plan: a phrase of the profile's `plan_titles` (`Action Plan`, `Key
actions`), which lets ingest/headed_list.py read a bare list of numbered or bulleted lines as a plan's actions.

The phrases are the profile's, as every council's wording is (a council titling its plans otherwise adds its own);
what is kept here is how a title holds one: as whole words, case aside.
"""

from __future__ import annotations

import re
from functools import lru_cache

from council_actions.document_words import DocumentWords, generic_document_words


@lru_cache(maxsize=8)
def plan_title(words: DocumentWords | None = None) -> re.Pattern[str]:
    """A phrase of the profile's `plan_titles` (None: the generic profile's) as whole words, case aside, its words
    parted by one space as the phrase is. Built once per profile's words, kept for the last 8."""
    phrases = (words if words is not None else generic_document_words()).plan_titles
    return re.compile(rf"\b(?:{'|'.join(re.escape(phrase) for phrase in phrases)})\b" if phrases else "(?!)",
                      re.IGNORECASE)
