"""A heading printed with Greek or Cyrillic letters that look like Latin ones plays its role (lookalikes.lookalikes_folded),
the folding recorded as an issue at the header's line (`heading_lookalikes_folded`), the cells kept as printed.

The seed plan already prints look-alikes in its cells (its owner `СНоҒ`, Cyrillic and one Ukrainian letter, which
council_actions/owner_spellings.py folds to match `CHoF`); a heading typed or given by a font so (`Rеsponsible`, its `е` Cyrillic)
must match its heading rule too: unfolded, Rotherham's plan with `Аctivity` (Cyrillic `А`) is refused whole ("no plan
column headings"), and the seed plan, its headings printed again on each page, reads its repeated headers as actions.
The headings are the samples' own, as printed; only the look-alike letters are put in.
"""

from __future__ import annotations

import pytest

from council_actions.pipeline import process
from council_actions.profile import load_profile
from council_actions.roles import heading_key
from tests.conftest import SAMPLES

ROTHERHAM = SAMPLES / "other_councils" / "rotherham_year_ahead_delivery_plan_2024_25.txt"
HEADER = "Ref | Activity | Timescales for completion (Quarter and month) | Lead Officer | Lead Directorate |"
SEED = SAMPLES / "004_d0d661fda207b69c.txt"
CYRILLIC_A, CYRILLIC_E, CYRILLIC_O, GREEK_O = "\u0410", "\u0435", "\u043e", "\u039f"


@pytest.mark.parametrize(("printed", "plain"), [
    (f"R{CYRILLIC_E}sponsible", "Responsible"), (f"{CYRILLIC_A}ctivity", "Activity"),
    (f"{GREEK_O}wner", "Owner"), (f"L{CYRILLIC_E}ad Offic{CYRILLIC_E}r", "Lead Officer")])
def test_a_heading_key_reads_lookalike_letters_as_latin(printed, plain):
    assert heading_key(printed) == heading_key(plain)


def _with(path, tmp_path, plain: str, printed: str):
    text = path.read_text(encoding="utf-8")
    assert plain in text
    copy = tmp_path / path.name
    copy.write_text(text.replace(plain, printed), encoding="utf-8")
    return copy


def test_rotherhams_plan_with_lookalikes_in_its_headings_reads_as_printed_plainly(tmp_path):
    printed = HEADER.replace("Activity", f"{CYRILLIC_A}ctivity").replace("Lead Officer", f"L{CYRILLIC_E}ad Officer")
    generic = load_profile("generic")
    plain = process(ROTHERHAM, generic)
    folded = process(_with(ROTHERHAM, tmp_path, HEADER, printed), generic)  # unfolded: refused, no plan headings
    assert [(a.action, a.owner_raw, a.timeline_raw, a.element_id) for a in folded.parsed.actions] == \
        [(a.action, a.owner_raw, a.timeline_raw, a.element_id) for a in plain.parsed.actions]
    assert [a.owner_raw for a in folded.parsed.actions][:1] == ["Assistant Director of Community Safety and Street Scene"]
    issues = [i for i in folded.document.issues if i.code == "heading_lookalikes_folded"]
    line = f"{printed} Lead Cabinet Member |"  # the header's line, as printed
    assert [(i.span.line_start, i.raw_text, i.severity, i.stage) for i in issues] == [(3, line, "warning", "ingest")] * 2
    assert [i.message for i in issues] == [
        f"column heading '{CYRILLIC_A}ctivity' holds letters of another script that look like Latin ones "
        "(U+0410 as 'A'): read as 'Activity' for its role; kept as printed",
        f"column heading 'L{CYRILLIC_E}ad Officer' holds letters of another script that look like Latin ones "
        "(U+0435 as 'e'): read as 'Lead Officer' for its role; kept as printed"]
    assert [c.heading for c in folded.document.columns][1] == f"{CYRILLIC_A}ctivity"  # the heading as printed
    assert not [i for i in plain.document.issues if i.code == "heading_lookalikes_folded"]


def test_the_seed_plan_with_lookalikes_in_its_headings_on_every_page(tmp_path):
    """The seed plan prints its header five times (each page); every copy with the look-alikes, as a font would."""
    default = load_profile()
    text = SEED.read_text(encoding="utf-8")
    assert text.count("Recommendations and action plan") == text.count("Allocated to and") == 5
    copy = tmp_path / SEED.name
    copy.write_text(text.replace("Recommendations and action plan", f"R{CYRILLIC_E}commendations and action plan")
                    .replace("Allocated to and", f"All{CYRILLIC_O}cated to and"), encoding="utf-8")
    plain, folded = process(SEED, default), process(copy, default)
    # unfolded: 96 actions, the header printed again on a page read as an action twice and glued to two others
    assert [(a.element_id, a.action, a.allocated_raw) for a in folded.parsed.actions] == \
        [(a.element_id, a.action, a.allocated_raw) for a in plain.parsed.actions]
    assert len(folded.parsed.actions) == 94
    assert "СНоҒ" in [a.allocated_raw for a in folded.parsed.actions if a.element_id == "G008"]  # as printed
    issues = [i for i in folded.document.issues if i.code == "heading_lookalikes_folded"]
    assert [(i.span.line_start, i.message.split(" holds")[0]) for i in issues] == [
        (26, f"column heading 'R{CYRILLIC_E}commendations and action plan'"),
        (26, f"column heading 'All{CYRILLIC_O}cated to and indicative timeline to deliver action'")]  # all 4 lines
