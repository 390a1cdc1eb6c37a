"""Values of several columns or labels joined into an action's notes each keep their heading (parsers/table_rows
LABELLED_ROLES): Croydon's `Priority: High` was joined as a bare `High`, which means nothing to a reader."""

from __future__ import annotations

import pytest
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

CROYDON = SAMPLES / "other_councils" / "croydon_foi_improvement_plan_2023.txt"


@pytest.mark.parametrize("profile", [None, "generic"])
def test_croydon_impact_and_priority_keep_their_labels(profile):
    processed = process(CROYDON, load_profile(profile), ReferenceDates())
    assert [a.notes for a in processed.parsed.actions] == [
        "Impact: Time taken to recognise and refer requests, and to respond to internal consultations will be "
        "improved.; Priority: High",
        "Impact: An appreciation of the implications of failing to comply, and the causes of non-compliance, can help "
        "to focus senior staff on adequately resourcing request handling. Provide stronger insight to FOI performance "
        "across the organisation and ensure the organisations maturity is increased.; Priority: High"]


def test_one_notes_column_is_kept_as_printed(tmp_path):
    """Made-up tables (not samples): beside another notes column, a value keeps its heading in every row, one
    alone in its row too; a heading's footnote marker (`Notes[i]`) is no part of it. A notes column alone needs no
    heading to be told from another."""
    plan = tmp_path / "table.txt"
    plan.write_text("| Action | Lead officer | Target date | Notes[i] | Cabinet Member |\n|---|---|---|---|---|\n"
                    "| Publish the register | Head of Policy | March 2025 | Agreed |  |\n"
                    "| Train the staff | Head of HR | June 2025 | Agreed | Cllr Smith |\n", encoding="utf-8")
    processed = process(plan, load_profile("generic"), ReferenceDates())
    assert [a.notes for a in processed.parsed.actions] == ["Notes: Agreed", "Notes: Agreed; Cabinet Member: Cllr Smith"]
    plan.write_text("| Action | Lead officer | Target date | Notes[i] |\n|---|---|---|---|\n"
                    "| Publish the register | Head of Policy | March 2025 | Agreed |\n", encoding="utf-8")
    assert [a.notes for a in process(plan, load_profile("generic"), ReferenceDates()).parsed.actions] == ["Agreed"]


def test_columns_read_into_no_field_are_kept_in_the_notes():
    """The Isle of Wight's schedule: `Import-ance` and `Work involved` (role ignore) were dropped; they are the row's
    text, kept in its notes under their headings (its `Assisted by` column names supporting owners, no notes:
    tests/normalise/test_support_column.py)."""
    processed = process(SAMPLES / "other_councils" / "iow_bv_schedule_2002.txt", load_profile("generic"),
                        ReferenceDates())
    notes = {a.element_id: a.notes for a in processed.parsed.actions}
    assert (notes["1.1"], notes["2.3"], notes["2.9"]) == (
        "Import-ance: V; Work involved: S", "Import-ance: HD; Work involved: S", "Import-ance: HD; Work involved: L")
