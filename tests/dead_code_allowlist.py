"""Names vulture cannot see used (tests/test_dead_code.py): each is called by a library or a template, not by our
code. vulture counts a name used where it appears here."""

from council_actions.ingest.markup import _TextOnly
from council_actions.review.source import Ledger

USED_OUTSIDE_OUR_CODE = (
    _TextOnly.handle_data,  # html.parser.HTMLParser calls it for the text between tags
    Ledger.bars,  # review/templates/document.html.j2 draws a bar for each
)
