"""The warnings of a plan that prints its owners and dates in columns of their own (normalise/columns.py), each
shown on a real sample with the message the issues table carries: what was read by a guess, not resolved or left
undated, named with the text as printed (checked against the sample's lines)."""

from __future__ import annotations

import pytest

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

OTHER = SAMPLES / "other_councils"
# code: (sample, profile, the text reported, its line, the message)
SHOWN = {
    "owner_list_read_as_one": (
        "bracknell_caring_2023_24_q3.txt", "runnymede", "Place, Planning and Regeneration", 40,
        "owner 'Place, Planning and Regeneration' read as one name (capitalised words listed with commas and 'and', "
        "none a post); if they are separate owners, list them in the profile's glossary"),
    "unknown_owner": ("newton_st_cyres_parish_action_plan_2018_20.txt", "runnymede", "Clerk", 13,
                      "owner 'Clerk' is not in the profile's glossary; kept as printed"),
    # the Isle of Wight's target date column prints a status where a date belongs: said so, not read as a time
    "unresolved_timeline": ("iow_district_audit_letter_recommendations_2002.txt", "runnymede", "In hand", 132,
                            "timeline 'In hand' could not be read (it is a status, work under way, not a time); dates "
                            "left empty"),
    "timeline_needs_reference": ("boroondara_cx_timeline_for_action_2014.txt", "generic", "Upon adoption:", 3,
                                 "timeline 'Upon adoption:' is relative to the plan's date and no reference date was given (--reference-date, or the file's published date in --manifest)"),
}


@pytest.mark.parametrize("code", sorted(SHOWN))
def test_each_warning_names_the_text_as_printed(code):
    sample, profile, printed, line, message = SHOWN[code]
    processed = process(OTHER / sample, load_profile(profile), None)
    found = [i for i in processed.normalised.issues if i.code == code and i.raw_text == printed]
    assert [(i.message, i.span.line_start) for i in found[:1]] == [(message, line)]
