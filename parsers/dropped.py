"""The issues for converter damage dropped from a document, each worded once.

Keyed rows (row_debris.py), element rows (paragraphs.py) and a theme page's introduction (themes.py) drop the
same damage that parsers/quality.py recognises: debris and a garbled copy of a neighbouring line. All report it
with the same message, as the catalogue (council_actions/issue_codes/) describes the `noise_*` and
`garbled_duplicate` codes, so an auditor's filter on the issues table does not depend on where the text stood.
"""

from __future__ import annotations

from council_actions.ingest.model import Span
from council_actions.parsers.quality import NoiseRule

from council_actions.issues import Issue, warning


def debris_dropped(noise: NoiseRule, text: str, span: Span, element_id: str | None, field: str | None) -> Issue:
    """The issue for a cell or line dropped as debris, as the catalogue's `noise_*` descriptions say it."""
    return warning(f"noise_{noise.code}", "parse", f"dropped converter debris ({noise.description})", text, span,
                   element_id, field)


def copy_dropped(text: str, span: Span, kept: str, rule: str | None, element_id: str | None, field: str | None,
                 better_read: bool = True) -> Issue:
    """The issue for a cell or line dropped as a converter's garbled copy of its neighbour (`kept`: "above" or
    "below"), naming the DUPLICATE_RULES row that found it where the caller knows it. `better_read`: the copy
    kept was judged the better read (a plan's rows); a theme page keeps the paragraph above whatever it reads."""
    found_by = f" ({rule})" if rule else ""
    which = "the better-read copy" if better_read else f"the one {kept}"
    return warning("garbled_duplicate", "parse", f"line repeats the one {kept} it{found_by}; kept {which}", text,
                   span, element_id, field)
