"""The cross-check checks a self-assessment only against its own council's plans (parsers/crosscheck.py's
PAIRING_RULES), two councils compared by their keys (parsers/council_key.py), on Runnymede's real pages and plan.

No other council's plan in the statutory template (a heatmap, elements numbered by theme) is in samples: other
councils' real plans (Forest of Dean, Belfast) have nothing the check compares, whatever the pairing. So
another council's plan in that template is Runnymede's plan read under the Example Elmbridge profile
(tests/fixtures/profiles/elmbridge_example.toml, a made-up second council), which names its council: the same
text, another council, as a revision mixing two councils' documents would hold it.
"""

from dataclasses import replace

import pytest
from council_actions.parsers import parse_document
from council_actions.parsers.council_key import council_key
from council_actions.parsers.crosscheck import Pairing, check_records, cross_check, pairing_rule

from council_actions.batch import run_batch
from council_actions.pipeline import read
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, GIVEN, PLAN, SAMPLES, THEME_6, THEME_7

OTHER_COUNCILS = SAMPLES / "other_councils"
FOREST_OF_DEAN = OTHER_COUNCILS / "forest_of_dean_improvement_plan_2004.txt"  # prints its council in its title
BELFAST = OTHER_COUNCILS / "belfast_annual_delivery_plan_2024_25_our_place.txt"  # prints none: council unknown
NINE = "SD001, SD002, SD003, SD004, SD005, SD007, SD008, SD009, SD010"
THEME_6_VS_PLAN = ("key_actions_mismatch", f"theme6.txt names 5 key actions for theme 6; in plan.txt 9 elements of "
                   f"the theme carry actions ({NINE})")

# A council's name as documents print it, and its key: the forms of one council share one key.
KEYS = (
    ("Runnymede Borough Council", "runnymede"),
    ("Runnymede BC", "runnymede"),
    ("Runnymede", "runnymede"),
    ("RBC", "rbc"),  # an acronym names several councils: kept, so it matches no other form
    ("Borough Council of King's Lynn & West Norfolk", "kings lynn west norfolk"),
    ("King’s Lynn and West Norfolk Borough Council", "kings lynn west norfolk"),
    ("London Borough of Sutton", "sutton"),
    ("Sutton Council", "sutton"),
    ("City of York Council", "york"),
    ("Forest of Dean District Council", "forest dean"),
    ("Stockton-on-Tees Borough Council", "stockton on tees"),
    # Look-alikes a PDF or a word processor prints: each is the same council as the plain form, never another.
    ("King\u2018s Lynn and West Norfolk BC", "kings lynn west norfolk"),  # a left curly quote as the apostrophe
    ("King\u02bcs Lynn & West Norfolk", "kings lynn west norfolk"),  # the modifier letter apostrophe
    ("King\u00b4s Lynn and West Norfolk Borough Council", "kings lynn west norfolk"),  # an acute accent
    ("\uff32\uff55\uff4e\uff4e\uff59\uff4d\uff45\uff44\uff45 Borough Council", "runnymede"),  # fullwidth
    ("Mans\ufb01eld District Council", "mansfield"),  # the `fi` ligature
    ("Council", None),
    (None, None),
)

# (the page's council key, the plan's, the councils the revision names) and the pairing rule that applies.
PAIRINGS = (
    (("runnymede", "runnymede", {"runnymede", "example elmbridge"}), "same_council"),
    (("runnymede", "example elmbridge", {"runnymede", "example elmbridge"}), "other_council"),
    (("runnymede", None, {"runnymede"}), "one_council"),
    ((None, "runnymede", {"runnymede"}), "one_council"),
    ((None, None, set()), "one_council"),
    (("runnymede", None, {"runnymede", "forest dean"}), "in_doubt"),
    ((None, "runnymede", {"runnymede", "example elmbridge"}), "in_doubt"),
)


def records(path, profile):
    return check_records(parse_document(read(path, profile), profile), profile.document_words)


@pytest.fixture(scope="module")
def revision(profile):
    """Runnymede's theme 7 and 6 pages and plan (default profile: Runnymede's), its plan read as another council's
    (Elmbridge), theme 6 read under the generic profile (no council named: unknown), and two other councils' plans."""
    elmbridge, generic = load_profile(str(FIXTURES / "profiles" / "elmbridge_example.toml")), load_profile("generic")
    return {"p7": ("theme7.txt", records(THEME_7, profile)), "p6": ("theme6.txt", records(THEME_6, profile)),
            "plan": ("plan.txt", records(PLAN, profile)), "elmbridge": ("elmbridge.txt", records(PLAN, elmbridge)),
            "unknown_p6": ("theme6.txt", records(THEME_6, generic)),
            "forest": (FOREST_OF_DEAN.name, records(FOREST_OF_DEAN, profile)),
            "belfast": (BELFAST.name, records(BELFAST, profile))}


def pick(revision, *keys):
    return {key: revision[key] for key in keys}


def said(found):
    return [(issue.code, issue.message) for issue in found]


@pytest.mark.parametrize(("name", "key"), KEYS)
def test_a_councils_forms_of_its_name_share_its_key(profile, name, key):
    assert council_key(name, profile.document_words) == key


@pytest.mark.parametrize(("pairing", "rule"), PAIRINGS)
def test_pairing_rules(pairing, rule):
    page, plan, councils = pairing
    assert pairing_rule(Pairing(page, plan, frozenset(councils))).name == rule


def test_the_revisions_councils_as_read(revision):
    assert {key: (records.council, records.council_key, records.checkable) for key, (_, records) in
            revision.items()} == {
        "p7": ("Runnymede Borough Council", "runnymede", True), "p6": ("Runnymede Borough Council", "runnymede", True),
        "plan": ("Runnymede Borough Council", "runnymede", True),
        "elmbridge": ("Example Elmbridge Council", "example elmbridge", True), "unknown_p6": (None, None, True),
        "forest": ("Forest of Dean District Council", "forest dean", False), "belfast": (None, None, False)}


def test_pages_are_checked_only_against_their_own_councils_plan(revision):
    """Another council's plan in the revision adds no warning: theme 6's one disagreement names Runnymede's plan
    alone, as with Runnymede's documents alone (not `in plan.txt, elmbridge.txt 9 elements ...`)."""
    alone = cross_check(pick(revision, "p7", "p6", "plan"))
    mixed = cross_check(pick(revision, "p7", "p6", "plan", "elmbridge", "forest", "belfast"))
    assert said(mixed["p6"]) == said(alone["p6"]) == [THEME_6_VS_PLAN]
    assert mixed["p7"] == alone["p7"] == []
    assert mixed.keys() == {"p7", "p6"}


def test_a_page_of_unknown_council_is_checked_where_the_revision_names_one_council(revision):
    """Theme 6 read under the generic profile names no council; the revision names Runnymede's alone (Belfast's plan
    names none): the page is checked as Runnymede's own is."""
    found = cross_check(pick(revision, "unknown_p6", "plan", "belfast"))
    assert said(found["unknown_p6"]) == [THEME_6_VS_PLAN]


def test_a_page_of_unknown_council_among_two_councils_plans_is_reported_not_checked(revision):
    """Whose page it is cannot be told: neither plan's disagreements are put on it (no key_actions_mismatch naming
    both plans), and one warning names each plan it was not checked against, with its council."""
    (issue,) = cross_check(pick(revision, "unknown_p6", "plan", "elmbridge", "belfast"))["unknown_p6"]
    assert (issue.severity, issue.code, issue.raw_text) == ("warning", "cross_check_unpaired", "")
    assert issue.message == (
        "theme6.txt (council unknown) was not checked against plan.txt (Runnymede Borough Council), elmbridge.txt "
        "(Example Elmbridge Council): one of the two councils is unknown and the revision names 2 councils (Example "
        "Elmbridge Council; Runnymede Borough Council), so whether they are one council cannot be told; ingest each "
        "council's documents as a revision of its own, or name the council with --profile")
    # said of the page's theme: its title (line 3, `Theme 6 - Service delivery`) to its key actions (the last line)
    assert (issue.span.line_start, issue.span.line_end) == (3, 37)


def test_a_known_page_with_a_plan_of_unknown_council_among_two_councils_is_reported(revision):
    """Runnymede's page, a plan naming no council (Runnymede's plan as the generic profile would name it) and Forest
    of Dean's plan: the revision names two councils, so the plan of unknown council is not checked, and said so."""
    plan_name, plan = revision["plan"]
    unnamed = (plan_name, replace(plan, council=None, council_key=None))
    (issue,) = cross_check({**pick(revision, "p6", "forest"), "plan": unnamed})["p6"]
    assert issue.code == "cross_check_unpaired"
    assert issue.message.startswith("theme6.txt (Runnymede Borough Council) was not checked against plan.txt "
                                    "(council unknown): ")


def test_runnymede_tables_byte_identical_with_other_councils_plans_in_the_revision(tmp_path, ingested, profile):
    """samples/ alone (Runnymede's two theme pages and its plan, the `ingested` fixture) and with two other councils'
    real plans in the same revision: every table file of Runnymede's documents is the same, byte for byte."""
    out, results = ingested
    paths = sorted(p for p in SAMPLES.iterdir() if p.is_file())
    mixed, failures = run_batch([*paths, FOREST_OF_DEAN, BELFAST], tmp_path, profile, "r1", GIVEN)
    assert failures == 0 and len(mixed) == len(results) + 2
    runnymede = sorted(f.relative_to(out) for f in out.glob("*/r1/*.parquet"))
    assert len(runnymede) > 3 * 3
    assert [(tmp_path / f).read_bytes() for f in runnymede] == [(out / f).read_bytes() for f in runnymede]
