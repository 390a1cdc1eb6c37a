"""A running footer a PDF's producer prints on every page, between a table's last row on one page and the table going
on at the next (ingest/running_lines.py): the plan reads as without it, with both engines and both profiles, and each
footer is reported whole where it stands.

`tests/fixtures/pdf/running_footer_runnymede_chromium.pdf` is the seed plan's real-producer PDF
(`runnymede_plan_chromium.pdf`) printed by Chromium again with the plan's own title line as a running footer in each
page's bottom margin (a CSS page-margin box; tests/fixtures/pdf/producers/make_running_footer.py). Before (main at
a8627d4) the footer, read as a line of text between two tables, cut the table at every page: with the runnymede
profile 91 actions of 94 (the rows the page breaks cut read as two, and their second parts as the next element's),
with either engine.
"""

from __future__ import annotations

import pytest

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES

CLEAN = FIXTURES / "pdf" / "runnymede_plan_chromium.pdf"
FOOTED = FIXTURES / "pdf" / "running_footer_runnymede_chromium.pdf"
FOOTER = "Appendix A: Action Plan arising from the self-assessment against the statutory Best Value Duty guidance."
MESSAGE = "text outside the plan table: printed at the edge of every page"
# the pages whose footer stands where the table goes on over the page break (checked against the PDF by hand): the
# last page's, under the table's end, is the text after the plan it always was
FOOTED_PAGES = list(range(1, 14))


def _values(path, profile, engine):
    parsed = process(path, load_profile(profile), None, pdf_engine=engine).parsed
    actions = [(a.action_id, a.element_id, a.action, a.allocated_raw, a.opportunity, a.owner_raw, a.timeline_raw,
                a.status_raw, a.notes) for a in parsed.actions]
    elements = [(e.element_id, e.characteristic, e.score, e.notes) for e in parsed.elements]
    return parsed, actions, elements


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("profile", ["runnymede", "generic"])
def test_a_running_footer_is_read_around_and_reported_on_each_page(engine, profile):
    _, actions, elements = _values(CLEAN, profile, engine)
    parsed, footed_actions, footed_elements = _values(FOOTED, profile, engine)
    assert len(actions) == 94
    assert (footed_actions, footed_elements) == (actions, elements)
    assert [(i.code, i.message, i.span.page, i.span.line_start == i.span.line_end) for i in parsed.issues
            if i.raw_text == FOOTER] == [("unplaced_text", MESSAGE, page, True) for page in FOOTED_PAGES]
