"""The repair and damage rules, one table row per case."""

import pytest
from council_actions.ingest import read_document
from council_actions.output.contract import VOCABULARIES
from council_actions.parsers.action_plan import document_vocabulary
from council_actions.parsers.cleaning import join_wrapped
from council_actions.parsers.ids import ID_RULES, resolve_id
from council_actions.parsers.labels import (
    NUMBERED_FORMS,
    THEME_LABEL,
    WORD_RULES,
    Words,
    numbered_theme,
    read_scores,
    word_rule,
)
from council_actions.parsers.quality import find_duplicate_rule, find_noise
from council_actions.parsers.records import OWN_RATINGS

from council_actions.profile import load_profile
from tests.conftest import FIXTURES

CI = tuple(f"CI{i:03d}" for i in range(1, 13))
G = tuple(f"G{i:03d}" for i in range(1, 12))


ID_CASES = [
    ("CI001", "CI", CI, None, set(), ("CI001", "exact")),
    ("C1002", "CI", CI, "CI001", {"CI001"}, ("CI002", "repaired")),
    ("Cl003", "CI", CI, "CI002", set(), ("CI003", "repaired")),
    ("cl005", "CI", CI, "CI004", set(), ("CI005", "repaired")),
    ("cloos", "CI", CI, "CI007", {"CI005"}, ("CI008", "order")),
    ("<b>L002:</b>", "L", ("L001", "L002"), "L001", set(), ("L002", "exact")),
    ("3009", "G", G, "G008", set(), ("G009", "number")),
    ("sD003", "SD", ("SD001", "SD002", "SD003"), "SD002", set(), ("SD003", "repaired")),
    ("L0010", "L", (), None, set(), ("L010", "unlisted")),
    ("CI003", "CI", ("CI001", "CI002"), "CI002", set(), ("CI003", "unlisted")),
]


def test_every_id_rule_has_a_case_and_is_in_the_contract():
    methods = [method for method, _ in ID_RULES]
    assert {case[-1][1] for case in ID_CASES} == set(methods)
    # `heading` and `rating_table` last, no id rule's: a part the document rates itself, known by its heading
    # (parsers/part_ratings.py), and an aspect of it a table of its ratings rates (parsers/rating_tables.py)
    assert (*methods, *OWN_RATINGS) == VOCABULARIES[("elements", "id_method")]


@pytest.mark.parametrize("printed, prefix, candidates, previous, used, expected", ID_CASES)
def test_id_repairs(printed, prefix, candidates, previous, used, expected):
    resolved = resolve_id(printed, prefix, candidates, used, previous)
    assert (resolved.element_id, resolved.method) == expected


@pytest.mark.parametrize("fragments, theme, score, leftovers", [
    (["1,", "Continuous", "Improvement", "LIGHT", "GREEN"], 1, "light_green", ()),
    (["1. Continuous Improvement DARK GREEN"], 1, "dark_green", ()),
    (["1.", "LICUT", "LIGHT", "GREEN"], 1, "light_green", (1,)),
    (["Governance m", "LIGHT in GREEN et m"], 3, "light_green", (0, 1)),
    (["4. Culture", "4. Oditaro", "VELLOW/", "YELLOW"], 4, "yellow", (1,)),
    (["2. Leadership", "GREY", "ONE."], 2, "grey", (2,)),
    (["AMBER"], 1, "amber", ()),
    (["-", "e'", "p p"], 3, None, (1, 2)),
])
def test_score_fragments(profile, fragments, theme, score, leftovers):
    reading = read_scores(fragments, profile.theme(theme), profile)
    assert (reading.score, reading.leftovers) == (score, leftovers)



# rule: (the element's theme, a word the seed's first column prints there, read by that rule and no earlier one)
WORD_CASES = {
    "theme_number": (1, "1"),
    "other_number": (5, "1"),  # `1` under theme 5: another theme's number, no theme word
    "theme_word": (7, "Partnerships"),
    "score_word": (4, "YELLOW"),
    "garbled_score_word": (4, "VELLOW"),
    "garbled_theme_word": (4, "Cultule"),
}


def test_every_word_rule_has_a_case():
    assert sorted(WORD_CASES) == sorted(rule.name for rule in WORD_RULES)


@pytest.mark.parametrize("rule", WORD_RULES, ids=lambda rule: rule.name)
def test_first_column_word_rules(profile, rule):
    theme, word = WORD_CASES[rule.name]
    assert word_rule(word, Words.of(profile.theme(theme), profile)) == rule


def test_a_word_no_rule_takes_is_a_leftover(profile):
    assert word_rule("Oditaro", Words.of(profile.theme(4), profile)) is None


@pytest.fixture(scope="module")
def vocabulary(plan_document, profile):
    """Rules are judged against the document's own words, so the tables use the seed's."""
    return document_vocabulary(plan_document, profile)


@pytest.mark.parametrize("text, above, duplicate", [
    ("with contract riight information.", "update the Staff Home pages specifically with contract mgmt information.", True),
    ("CLI", "CLT", True),
    ("No gaps identified.", "No gaps identified.", True),
    ("2020.", "2025.", True),
    ("CHoHROD, Q4 2024/25.", "CHoHROD, CHoLG, Q4 2024/25.", False),
    ("the organisational culture assessment.", "being delivered as part of organisational development and", False),
    ("and effectively, with", "managed efficiently", False),
])
def test_duplicate_rules(vocabulary, text, above, duplicate):
    assert (find_duplicate_rule(text, above, vocabulary) is not None) == duplicate


@pytest.mark.parametrize("text, role, code", [
    ("1 1 2 2 1 1 2 2 2 2 2 2", "action", "no_words"),
    ("j , , , , , , ,", "owner", "no_tokens"),
    ("1 1 2 3 apr 1 2 a a a a a a", "opportunity", "fragments"),
    ("The gape rachimous", "opportunity", "garbled_words"),
    ("пападенен.", "characteristic", "foreign_script"),
    ("011000, Q12021", "owner", "unknown_tokens"),
    ("CLT to consider", "action", None),
    ("CH 0 HROD", "owner", None),
    ("2025.", "owner", None),
])
def test_noise_rules(vocabulary, text, role, code):
    rule = find_noise(text, role, vocabulary)
    assert (rule.code if rule else None) == code


@pytest.mark.parametrize(("extract", "text", "code"), [
    ("similar_with_ocr_word", "CLT, Q2 2024.", None),
    ("lowercase_continuation_bleeds_back", "HoBPPP, by end Q2 2024. CLT, ongoing.", None),
    ("orphan_opportunity_continues", "CHoF, HoBPPP, Q1", None),
    ("similar_with_ocr_word", "011000, Q12021", "unknown_tokens"),
])
def test_an_allocation_naming_a_time_is_no_number_salad(extract, text, code):
    """Read with no glossary, a seed extract prints `CLT` and `Q2 2024` on one line only, as OCR prints its inventions:
    every word of `CLT, Q2 2024.` is found nowhere else, yet it is not dropped as debris (`unknown_tokens`), its
    action left with no allocation: a piece that reads as a time makes it an allocation; salad names none."""
    document = read_document(FIXTURES / "plan_rows" / f"{extract}.txt")
    rule = find_noise(text, "owner", document_vocabulary(document, load_profile("generic")))
    assert (rule.code if rule else None) == code


@pytest.mark.parametrize(("extract", "text", "code"), [
    ("allocation_without_recommendation", "ACE (S151), HoBPPP, SLT, 24.", None),
    ("allocation_without_recommendation", "CEX, CHoLG", None),
    ("similar_with_ocr_word", "011000, Q12021", "unknown_tokens"),
    ("similar_with_ocr_word", "011 11505 00", "unknown_tokens"),  # salad the seed prints on its line 476
])
def test_a_list_of_post_codes_is_no_number_salad(extract, text, code):
    """Read with no glossary, the seed's L005 allocation `ACE (S151), HoBPPP, SLT, 24.` prints each word on that line
    only, `S151` and `24` numbers, and names no time (`24.` is cut short), yet it is not dropped as debris
    (`unknown_tokens`), L005 left with no owner: a comma list of post codes opening the cell is an allocation; its
    `24` is read as the unresolved timeline it is, and reported. Salad lists no post code."""
    document = read_document(FIXTURES / "plan_rows" / f"{extract}.txt")
    rule = find_noise(text, "owner", document_vocabulary(document, load_profile("generic")))
    assert (rule.code if rule else None) == code


@pytest.mark.parametrize("lines, joined", [
    (["drop-", "in session"], "drop-in session"),  # a word wrapped at its hyphen
    (["12-", "month plan"], "12-month plan"),
    (["day- ", "to-day work"], "day- to-day work"),  # a PDF line that printed the space it wrapped at
    (["day-  ", "to-day"], "day-to-day"),  # two trailing spaces are no PDF's reading: the hyphen rule holds
    (["a <b>list</b> -", "item"], "a list - item"),
    (["10.7% (-", "1.9p.p.)"], "10.7% (-1.9p.p.)"),  # a sign after an opening bracket: no dash follows one (Kent p. 17)
    (["[-", "x]"], "[-x]"),
    (["(- ", "see below)"], "(- see below)"),  # a PDF line that printed the space it wrapped at
    (["Officers:-", "Heads"], "Officers:- Heads"),  # a lead-in's `:-`, and `Update: 10/9/24 -`: maybe dashes
    (["Update: 10/9/24 -", "done"], "Update: 10/9/24 - done"),
])
def test_wrapped_lines_join(lines, joined):
    assert join_wrapped(lines) == joined


@pytest.mark.parametrize("form", NUMBERED_FORMS, ids=lambda form: form.example)
def test_a_numbered_theme_form_reads_its_sample_line_only_where_number_and_name_agree(form, profile):
    """Each form's line as a sample prints it (results_plain.txt's overview; the plan's first cell, line 537 of
    004_…) names theme 7; with another theme's number it names none; a name cut by wrapping only in the plan."""
    found = numbered_theme(form.example, profile, form)
    assert found is not None and (found[0]["no"], found[1].no) == ("7", 7)
    assert numbered_theme("6" + form.example[1:], profile, form) is None
    assert (numbered_theme(THEME_LABEL.example, profile, form) is not None) == form.wrapped
