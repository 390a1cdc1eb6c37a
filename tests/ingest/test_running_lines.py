"""A running footer a PDF's producer prints on every page, between a table's last row on one page and the table going
on at the next (ingest/running_lines.py): the plan reads as without it, with both engines and both profiles, and each
footer is reported whole where it stands.

`tests/fixtures/pdf/running_footer_runnymede_chromium.pdf` is the seed plan's real-producer PDF
(`runnymede_plan_chromium.pdf`) printed by Chromium again with the plan's own title line as a running footer in each
page's bottom margin (a CSS page-margin box; tests/fixtures/pdf/producers/make_running_footer.py). Read as a line
of text between two tables, the footer cuts the table at every page: with the runnymede profile 91 actions of 94
(the rows the page breaks cut read as two, and their second parts as the next element's), with either engine.
"""

from __future__ import annotations

from dataclasses import fields, replace

import pytest
from council_actions.ingest import DEFAULT_PDF_ENGINE
from council_actions.parsers import parse_document
from council_actions.parsers.read_around import moved

from council_actions.pipeline import read
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, PLAN
from tests.hostile.test_stray_runs import _back

CLEAN = FIXTURES / "pdf" / "runnymede_plan_chromium.pdf"
FOOTED = FIXTURES / "pdf" / "running_footer_runnymede_chromium.pdf"
FOOTER = "Appendix A: Action Plan arising from the self-assessment against the statutory Best Value Duty guidance."
MESSAGE = "text outside the plan table: printed at the edge of every page"
# the pages whose footer stands where the table goes on over the page break or ends (checked against the PDF by hand):
# the last page's, under the table's end, is the same furniture (not a note after the plan)
FOOTED_PAGES = list(range(1, 15))


# The engine's read of a PDF (`read_pdf`: some 3 s of CPU a file with pdfplumber, most of a case's time) is the same
# whatever the profile: each file is read once per engine (tests/conftest.py, shared with test_pdf_engines.py),
# not once per case; the profile's layout and the parse still run in every case, through `pipeline.read`.
pytestmark = pytest.mark.usefixtures("pdf_read_once_per_run")


def _parsed(path, profile, engine=DEFAULT_PDF_ENGINE):
    """What `pipeline.process` reads and parses, without the normalise stage (spaCy) that no check here looks at."""
    loaded = load_profile(profile)
    return parse_document(read(path, loaded, pdf_engine=engine), loaded)


def _values(path, profile, engine):
    parsed = _parsed(path, profile, engine)
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


# A tab-separated text of pages (form feeds, as a converter parts a PDF's pages): the seed plan with a page break
# before three lines inside its rows (from 0), and the footer Runnymede's committee papers print at each page's foot,
# its number between dashes (`- 1 -`: the Corporate Management Committee agenda of 21 September 2017,
# https://docslib.org/doc/6274168/corporate-management-committee-agenda-21-september-2017, corpus `pages`), before
# each break. Read as the page's text, each footer puts words in the theme/score column with the runnymede profile
# (unrecognised_score_text), and text beside the table, no why, with the generic profile.
BREAKS = (200, 250, 305)


def _paged(with_footers: bool) -> str:
    lines = PLAN.read_text(encoding="utf-8").split("\n")
    for page, index in reversed(list(enumerate(BREAKS, 1))):
        lines[index] = "\f" + lines[index]
        if with_footers:
            lines.insert(index, f"- {page} -")
    return "\n".join(lines)


@pytest.mark.parametrize("profile", [None, "generic"])
def test_a_page_number_footer_in_tab_text_is_read_around(tmp_path, profile):
    clean_path, footed_path = tmp_path / "paged.txt", tmp_path / "footed.txt"
    clean_path.write_text(_paged(False), encoding="utf-8")
    footed_path.write_text(_paged(True), encoding="utf-8")
    clean = _parsed(clean_path, profile)
    footed = _parsed(footed_path, profile)
    numbers = [index + k + 1 for k, index in enumerate(BREAKS)]  # each footer's line, from 1
    on = [i for i in footed.issues if i.raw_text.startswith("- ")]
    assert [(i.code, i.message, i.raw_text, i.span.line_start) for i in on] == [
        ("unplaced_text", MESSAGE, f"- {page} -", number) for page, number in enumerate(numbers, 1)]
    starts = [len("\n".join(_paged(True).split("\n")[:n - 1])) + 1 for n in numbers]
    move = _back([(n, f"- {page} -", start, len(f"- {page} -") + 1)
                  for page, (n, start) in enumerate(zip(numbers, starts, strict=True), 1)])
    kept = replace(footed, issues=tuple(i for i in footed.issues if i not in on))
    for field in fields(kept):
        assert moved(getattr(kept, field.name), move) == getattr(clean, field.name), field.name
