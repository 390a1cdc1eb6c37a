"""documents.council: the name printed in the title lines, else the profile's claim, else empty and reported.

The name shapes are checked on made-up title lines; the real samples check what is assumed when no name is
printed, and that a council named inside a row (Maidstone's SCRAIP: "the appropriate Maidstone Borough Council
departments") is not taken for the title. Each of COUNCIL_RULES is shown on a real sample (Forest of Dean's plan
prints its council), but one: no sample prints the council of a profile shipped with the tool.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from council_actions.ingest import read_document
from council_actions.ingest.model import Document, GivenCouncil
from council_actions.ingest.text import read_text
from council_actions.parsers.council import COUNCIL_RULES, name_council, printed_council

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

OTHER = ROOT / "samples" / "other_councils"
WORDS = load_profile("generic").document_words


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
])
def test_council_name_shapes_in_a_title_line(title, council):
    found = printed_council(_document("", title, "Action plan 2024/25"), WORDS)
    assert (found[0] if found else None) == council


# Each of the profile's `council_nouns` (generic.toml [document_words]): a real line where `Council` stands before it
# as a word of its own, and the council the line would name without the word. Mid and East Antrim's is a sample's;
# the others are title lines of pages in the search store (corpus `pages`, 5 December 2026): Devon County Council's
# cabinet report SC/14/26 of 9 July 2014 (a copy without its address, query `"Council Tax" action plan owner due date
# improvement actions`), the Isle of Anglesey County Council's Executive item of 24 January 2023
# (democracy.anglesey.gov.uk/ieIssueDetails.aspx?IId=16101&Opt=3&LLL=0, query `"Draft Council Plan" consultation`),
# City of Parramatta Council's minutes of 6 November 2023
# (businesspapers.parracity.nsw.gov.au/Open/2023/11/OC_06112023_MIN_859.htm, under `Minutes`; query `"Ordinary
# Council Meeting" minutes action`).
COUNCIL_NOUN_LINES = {
    "tax": ("Maximising Council Tax Income", "Maximising Council"),
    "plan": ("7 Engagement & Consultation Report: Draft Council Plan (2023-2028) pdf icon PDF 3 MB", "Draft Council"),
    "meeting": ("Ordinary Council Meeting", "Ordinary Council"),
    "business": ("- Conduct Council business in a way that encourages economic prosperity within the borough.",
                 "Conduct Council"),
}
MID_EAST_ANTRIM_PLACE = OTHER / "mid_east_antrim_self_assessment_2024_25_place.txt"


def test_every_council_noun_has_its_line():
    assert list(COUNCIL_NOUN_LINES) == list(WORDS.council_nouns)
    assert f"{COUNCIL_NOUN_LINES['business'][0]}\n" in MID_EAST_ANTRIM_PLACE.read_text(encoding="utf-8")


@pytest.mark.parametrize("noun", list(COUNCIL_NOUN_LINES))
def test_a_council_noun_keeps_its_line_from_naming_a_council_and_without_it_the_line_names_one(noun):
    line, named = COUNCIL_NOUN_LINES[noun]
    document = _document("", line, "Action plan 2024/25")
    assert printed_council(document, WORDS) is None
    without = replace(WORDS, council_nouns=tuple(word for word in WORDS.council_nouns if word != noun))
    found = printed_council(document, without)
    assert found is not None and found[0] == named


def test_a_council_noun_is_a_whole_word_in_any_case():
    """`Plan` or `PLAN` after `Council` keeps the word before from being a place; `Planning` is no noun of the
    list, so the place before `Council` names it (the price of the list: `Shropshire Council Plan` names none)."""
    for line, council in [("DRAFT COUNCIL PLAN 2023-2028", None), ("Draft Council plan 2023-2028", None),
                          ("Shropshire Council Plan 2022-2025", None),
                          ("Shropshire Council Planning Committee", "Shropshire Council"),
                          ("Leeds City Council Plan", "Leeds City Council")]:
        found = printed_council(_document("", line, "Action plan 2024/25"), WORDS)
        assert (found[0] if found else None) == council, line


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
    "given_printed": ("forest_of_dean_improvement_plan_2004.txt", None, ("Forest of Dean District Council", "document",
                                                                         [])),
    "given": ("croydon_foi_improvement_plan_2023.txt", None, ("London Borough of Croydon", "manifest", ["council_given"])),
    "own_profile_printed": (("MAIDSTONE BOROUGH COUNCIL", "Action plan 2014"), "maidstone.toml",
                            ("Maidstone Borough Council", "document", [])),
    "own_profile": ("forest_of_dean_improvement_plan_2004.txt", "maidstone.toml",
                    ("Maidstone Borough Council", "profile", ["council_differs"])),
    "printed": ("forest_of_dean_improvement_plan_2004.txt", None, ("Forest of Dean District Council", "document", [])),
    "default_profile": ("../000_b44a3e1025d3f301.txt", None, ("Runnymede Borough Council", "default_profile", [])),
    # Stratford-on-Avon's plan prints no council in its title lines; its key, line 7, `SDC = Stratford-on-Avon District
    # Council.` (read by hand from the fixture)
    "document_key": ("../../tests/fixtures/owner_key/stratford_housing_strategy_action_plan_2015_20.txt", None,
                     ("Stratford-on-Avon District Council", "document_key", ["council_from_key"])),
    "none": ("maidstone_scraip_2014.txt", None, (None, "none", ["council_not_printed"])),
}


# the council a manifest gives for the file (ingest --manifest), for the rules that take it
GIVEN = {"given_printed": "Forest of Dean District Council", "given": "London Borough of Croydon"}


def test_every_council_rule_has_a_case():
    assert sorted(RULE_CASES) == sorted(rule.name for rule in COUNCIL_RULES)


@pytest.mark.parametrize("rule", COUNCIL_RULES, ids=lambda rule: rule.name)
def test_each_council_rule(rule):
    source, profile_file, expected = RULE_CASES[rule.name]
    profile = load_profile(ROOT / "council_actions" / "profiles" / profile_file if profile_file else None)
    if rule.name in GIVEN:
        document = replace(read_document(OTHER / source), council_given=GivenCouncil(GIVEN[rule.name], "m.csv line 2"))
        named = name_council(document, profile, own_layout=False)
        found = (named.council, named.council_from, [i.code for i in named.issues])
    elif isinstance(source, tuple):  # no real sample prints its own council's name in a title line
        named = name_council(_document("", *source), profile, own_layout=False)
        found = (named.council, named.council_from, [i.code for i in named.issues])
    else:
        parsed = process(OTHER / source, profile).parsed
        found = (parsed.council, parsed.council_from, [i.code for i in parsed.issues if i.code.startswith("council")])
    assert found == expected


def test_a_key_naming_two_councils_names_the_document_none():
    """Made up: a key naming the council and a partner council (`WCC`) says neither is the document's own."""
    from council_actions.parsers.owner_key import printed_key

    profile = load_profile("generic")
    key, _ = printed_key(_document("SDC = Stratford-on-Avon District Council.", "WCC = Warwickshire County Council."),
                         profile.document_words)
    assert [e.short for e in key] == ["SDC", "WCC"]
    plan = _document("Housing action plan")  # the plan's title lines name no council
    named = name_council(plan, profile, False, key)
    assert (named.council, named.council_from) == (None, "none")
    one = name_council(plan, profile, False, key[:1])
    assert (one.council, one.council_from, one.issues[0].span.line_start) == (
        "Stratford-on-Avon District Council", "document_key", 1)
