"""documents.council: the name printed in the title lines, else the profile's claim, else empty and reported.

The name shapes are checked on made-up title lines; the real samples check what is assumed when no name is
printed, and that a council named inside a row (Maidstone's SCRAIP: "the appropriate Maidstone Borough Council
departments") is not taken for the title. Each of COUNCIL_RULES is shown on a real sample (Forest of Dean's plan
prints its council), but one: no sample prints the council of a profile shipped with the tool.
"""

from __future__ import annotations

import pytest
from council_actions.ingest.model import Document
from council_actions.ingest.text import read_text
from council_actions.parsers.council import COUNCIL_RULES, name_council, printed_council

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

OTHER = ROOT / "samples" / "other_councils"


def _document(*title: str) -> Document:
    text = "\n".join(title)
    return read_text(text.encode(), "x.txt", text, None)


@pytest.mark.parametrize("title, council", [
    ("Isle of Wight Council", "Isle of Wight Council"),
    ("MAIDSTONE BOROUGH COUNCIL", "Maidstone Borough Council"),
    ("Appendix A Maidstone Borough Council", "Maidstone Borough Council"),
    ("Bracknell Forest Council - Council Plan overview report", "Bracknell Forest Council"),
    ("Royal Borough of Kingston upon Thames", "Royal Borough of Kingston upon Thames"),
    ("STRATFORD-ON-AVON DISTRICT COUNCIL ACTION PLAN", "Stratford-On-Avon District Council"),
    ("North Norfolk District Council: Corporate Plan Action Plan 2024-25", "North Norfolk District Council"),
    ("Contact your Parish Council", None),
    ("Report to Full Council", None),
    ("The Council's improvement plan", None),
    # Mid and East Antrim's Self-Assessment Report 2024-25, p4 (tests/fixtures/other_councils/known_miss/), an aim of
    # its pillar Place: the council's business, no council called `Conduct`.
    ("- Conduct Council business in a way that encourages economic prosperity within the borough.", None),
])
def test_council_name_shapes_in_a_title_line(title, council):
    found = printed_council(_document("", title, "Action plan 2024/25"))
    assert (found[0] if found else None) == council


def test_no_profile_run_of_another_council_claims_no_council():
    """Real samples: nothing printed, so the default (Runnymede) profile claims nothing and says so."""
    default = load_profile()
    for name in ("maidstone_scraip_2014.txt", "maidstone_scraip_waste_2011.txt", "waverley_cpa_improvement_plan_2004.txt",
                 "bracknell_caring_2023_24_q3.txt"):
        parsed = process(OTHER / name, default).parsed
        assert (parsed.council, parsed.council_from) == (None, "none"), name
        assert [i.code for i in parsed.issues if i.code.startswith("council")] == ["council_not_printed"]


def test_runnymede_keeps_its_council_and_a_council_profile_names_its_own():
    default = load_profile()
    parsed = process(ROOT / "samples" / "000_b44a3e1025d3f301.txt", default).parsed
    assert (parsed.council, parsed.council_from) == ("Runnymede Borough Council", "default_profile")
    assert not [i for i in parsed.issues if i.code.startswith("council")]
    explicit = process(ROOT / "samples" / "004_d0d661fda207b69c.txt", load_profile("runnymede")).parsed
    assert (explicit.council, explicit.council_from) == ("Runnymede Borough Council", "profile")
    maidstone = load_profile(ROOT / "council_actions" / "profiles" / "maidstone.toml")
    parsed = process(OTHER / "maidstone_scraip_2014.txt", maidstone).parsed
    assert (parsed.council, parsed.council_from) == ("Maidstone Borough Council", "profile")
    generic = process(ROOT / "samples" / "000_b44a3e1025d3f301.txt", load_profile("generic")).parsed
    assert (generic.council, generic.council_from) == (None, "none")


# rule: (the sample or made-up title lines, the profile, what is read: council, council_from, issue codes)
RULE_CASES = {
    "own_profile_printed": (("MAIDSTONE BOROUGH COUNCIL", "Action plan 2014"), "maidstone.toml",
                            ("Maidstone Borough Council", "document", [])),
    "own_profile": ("forest_of_dean_improvement_plan_2004.txt", "maidstone.toml",
                    ("Maidstone Borough Council", "profile", ["council_differs"])),
    "printed": ("forest_of_dean_improvement_plan_2004.txt", None, ("Forest of Dean District Council", "document", [])),
    "default_profile": ("../000_b44a3e1025d3f301.txt", None, ("Runnymede Borough Council", "default_profile", [])),
    "none": ("maidstone_scraip_2014.txt", None, (None, "none", ["council_not_printed"])),
}


def test_every_council_rule_has_a_case():
    assert sorted(RULE_CASES) == sorted(rule.name for rule in COUNCIL_RULES)


@pytest.mark.parametrize("rule", COUNCIL_RULES, ids=lambda rule: rule.name)
def test_each_council_rule(rule):
    source, profile_file, expected = RULE_CASES[rule.name]
    profile = load_profile(ROOT / "council_actions" / "profiles" / profile_file if profile_file else None)
    if isinstance(source, tuple):  # no real sample prints its own council's name in a title line
        named = name_council(_document("", *source), profile, own_layout=False)
        found = (named.council, named.council_from, [i.code for i in named.issues])
    else:
        parsed = process(OTHER / source, profile).parsed
        found = (parsed.council, parsed.council_from, [i.code for i in parsed.issues if i.code.startswith("council")])
    assert found == expected
