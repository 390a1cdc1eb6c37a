"""List items that by their words can be no action of a plan, whatever list they stand in (ingest/headed_list.py
counts them as remarks: no row holds them, and each is reported as text outside the plan).

Why: a web page saved as text keeps its controls as a list (Derry City & Strabane's `Have Your Say 2023/24` page:
`  • Text Colour:`, four `  • C`, `  • Text Size: A A A` under its title), and a consultation page asks its readers
questions as a list (`  • You agree that the draft performance improvement objectives are appropriate`,
`  • What alternative improvement objectives would you like to see considered ...`). Read as items, the controls
and questions were six and two of the page's nine wrong actions, and kept the page a plan of three. Neither is what
anyone is to do: a control prints no word of two letters beyond its label, and a question is put to `you`, the
reader, whom no plan's action is given to.

The rules are English and print, not a council's wording, as ingest/list_headings.LEAD_IN is.
"""

from __future__ import annotations

import re

from council_actions.ingest.list_headings import Items

# A label opening an item, up to its colon (`Text Size:`), and what an item says after it: a word of two letters or
# more, or a number (`Achieved: 28` counts something; ingest/headed_list._counts reads those).
LABEL = re.compile(r"^[^:]{1,40}:\s*")
SAYS = re.compile(r"[^\W\d_]{2}|\d")
# The reader addressed, as the subject opening the item (`You agree that ...`) or of a question (`... would you like
# ...`): an action is given to the council, its officers or its partners, never to whoever reads it. `you` elsewhere
# (`tell residents what you said`) may be quoted in an action, so it alone is not enough.
READER = re.compile(r"^you\b|\b(?:would|do|did|can|could|should|will|are|have|were)\s+you\b", re.IGNORECASE)


def idle_items(items: Items) -> frozenset[int]:
    """The items, by line, that say nothing beyond a label (`_says_nothing`) or are put to the reader
    (`_asks_reader`)."""
    return frozenset(i for i, match in items.items() if match is not None
                     and (_says_nothing(match["text"]) or _asks_reader(match["text"])))


def _says_nothing(text: str) -> bool:
    """A page's control: no word of two letters and no number after its label, if any (`C`, `Text Colour:`,
    `Text Size: A A A`)."""
    return SAYS.search(LABEL.sub("", text.strip(), count=1)) is None


def _asks_reader(text: str) -> bool:
    """A question or a statement put to the reader: `you` its subject (READER)."""
    return READER.search(text) is not None
