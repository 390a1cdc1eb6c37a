"""The issues for converter damage dropped from a plan's rows, each worded once.

Keyed rows (row_debris.py) and element rows (paragraphs.py) drop the same damage that parsers/quality.py
recognises: a cell of debris and a garbled copy of a neighbouring line. Both report it with the same message,
as the catalogue (council_actions/issues.py) describes the `noise_*` and `garbled_duplicate` codes, so an
auditor's filter on the issues table does not depend on the plan's layout.
"""

from __future__ import annotations

from council_actions.ingest.model import Cell
from council_actions.parsers.quality import NoiseRule

from council_actions.issues import Issue, warning


def debris_dropped(noise: NoiseRule, cell: Cell, element_id: str | None, field: str | None) -> Issue:
    """The issue for a cell dropped as debris, worded once for the keyed rows (row_debris.py) and the element
    rows (paragraphs.py) that both drop it, as the catalogue's `noise_*` descriptions say it."""
    return warning(f"noise_{noise.code}", "parse", f"dropped converter debris ({noise.description})", cell.text,
                   cell.span, element_id, field)


def copy_dropped(cell: Cell, kept: str, rule: str | None, element_id: str | None, field: str | None) -> Issue:
    """The issue for a cell dropped as a converter's garbled copy of its neighbour (`kept`: "above" or "below",
    the better-read copy kept), naming the DUPLICATE_RULES row that found it where the caller knows it."""
    found_by = f" ({rule})" if rule else ""
    return warning("garbled_duplicate", "parse", f"line repeats the one {kept} it{found_by}; kept the better-read "
                   "copy", cell.text, cell.span, element_id, field)
