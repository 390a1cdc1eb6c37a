"""Section headings over actions (parsers/sections.py): every rule of SECTION_LINES (parsers/section_lines.py) on its
own example, real plans' actions under the headings their pages print (checked against the source by hand), the
headings placed as `section_heading` boilerplate, and a plan that prints none giving none."""

from __future__ import annotations

import re

import pytest
from council_actions.parsers.section_lines import SECTION_LINES, UnplacedLine, form_of

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, SAMPLES

OTHERS = SAMPLES / "other_councils"
# What follows a rule's example where the rule asks (a heading over a heading, over the table's column headings).
FOLLOWING = {"over_a_section": "section", "over_a_table": "header", "numbering_rows": "header",
             "over_a_lead_in": "lead_in", "numbered_over_a_table": "header"}
# The first row's reference under a rule's example where the rule asks (a heading numbering the rows under it).
REFS = {"numbering_rows": "1.1"}
# The section word a line under a rule's example calls its part by, where the rule asks (`Under this pillar:`).
CALLED = {"named_part": "pillar"}
# The rules that know a line as no section: a status key's entry, a title, a minute on an item.
NO_SECTION = {"status_key", "title", "agenda_item"}
WORDS = load_profile("generic").document_words
STATUS = load_profile("generic").roles.status_of  # the status rules, which a status key's line is read by


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.mark.parametrize("rule", SECTION_LINES, ids=lambda rule: rule.name)
def test_each_rule_is_the_first_to_take_its_own_example(rule):
    line = UnplacedLine(rule.example.strip("| "), FOLLOWING.get(rule.name, "other"), WORDS, REFS.get(rule.name, ""),
                        CALLED.get(rule.name, ""), STATUS)
    taking = next(r for r in SECTION_LINES if r.form(line) is not None)
    assert taking.name == rule.name
    assert (form_of(line) is None) == (rule.name in NO_SECTION)  # a title or a minute is never a section


def test_a_plain_heading_is_a_section_only_over_a_section_or_a_table():
    assert form_of(UnplacedLine("Places are thriving, safe and clean", "other", WORDS)) is None  # alone, it is any short line


@pytest.mark.parametrize(("line", "section"), [("1 Transport", True), ("1 Marketing", True), ("1 Maybe later", True),
                                              ("2 September 2004", False), ("3 Sept", False), ("1 May", False)])
def test_a_numbered_heading_is_no_date(line, section):
    """A number and a month's name is a date, never a numbered heading; a word opening with a month's letters
    ('Marketing', 'Maybe') is no month (council_actions.period_words.MONTH_WORD, the one spelling of month names)."""
    assert (form_of(UnplacedLine(line, "other", WORDS)) is not None) == section


def _sections(path, profile):
    processed = process(path, profile, None)
    return processed.parsed, [(a.element_id, [(h.text, h.span.line_start) for h in a.sections])
                              for a in processed.parsed.actions]


def test_a_plain_heading_over_prose_is_a_section_only_over_a_lead_in():
    """Belfast's `Our services` over its paragraph and `..., in 2024-2025 we will:`; Mid and East Antrim's `Our
    ambition:` is a label (its colon), and a heading over prose leading into nothing is any short line."""
    assert form_of(UnplacedLine("Our services", "lead_in", WORDS)) == "plain"
    assert form_of(UnplacedLine("Our ambition:", "lead_in", WORDS)) is None
    assert form_of(UnplacedLine("Our services", "other", WORDS)) is None


def test_belfast_actions_are_under_the_theme_over_its_lead_in(generic):
    parsed, sections = _sections(OTHERS / "belfast_annual_delivery_plan_2024_25_our_services.txt", generic)
    theme = ("Our services", 6)  # over its paragraph (line 8) and the lead-in (line 10), the list's headings under it
    assert sections == [*((str(n), [theme, ("Planning and building control", 12)]) for n in range(1, 8)),
                        ("1", [theme, ("Bereavement services", 23)])]
    headings = [(b.text, b.span.line_start) for b in parsed.boilerplate if b.kind == "section_heading"]
    assert headings == [theme, ("Planning and building control", 12), ("Bereavement services", 23)]
    assert [i.span.line_start for i in parsed.issues if i.code == "unplaced_text"] == [1, 2, 8, 10]


def test_rotherham_actions_are_under_their_outcome_and_priority(generic):
    parsed, sections = _sections(OTHERS / "rotherham_year_ahead_delivery_plan_2024_25.txt", generic)
    outcome, priority = ("Places are thriving, safe and clean", 1), (
        "Priority: Helping people to feel safe in their community", 2)
    assert sections == [(f"P{n}", [outcome, priority]) for n in range(1, 7)]
    headings = [(b.text, b.span.line_start) for b in parsed.boilerplate if b.kind == "section_heading"]
    # the next priority, printed under the last row with its table cut from the copy, is a heading too
    assert headings == [outcome, priority, ("Priority: Creating vibrant communities", 11)]
    assert not [i for i in parsed.issues if i.code == "unplaced_text"]


def test_maidstone_records_are_under_their_numbered_theme(generic):
    parsed, sections = _sections(OTHERS / "maidstone_bccap_2020_transport_records.txt", generic)
    assert sections == [("1.1", [("1 Transport", 3)]), ("1.2", [("1 Transport", 3)])]
    unplaced = [i.span.line_start for i in parsed.issues if i.code == "unplaced_text"]
    assert unplaced[-2:] == [5, 7] and 3 not in unplaced  # the aim and the prose under the heading stay reported


def test_a_counted_heading_and_its_name_are_two_levels(generic):
    _, sections = _sections(OTHERS / "buckinghamshire_homelessness_2022_25_cross_cutting_2.txt", generic)
    assert sections == [(ref, [("Cross cutting theme 2", 3), ("Make best use of resources", 5)])
                        for ref in ("7.1", "7.2")]


def test_a_lists_own_headings_stay_innermost_and_a_lost_heading_is_not_the_one_above(generic):
    _, sections = _sections(OTHERS / "kingston_ags_action_plan_2012_13.txt", generic)
    caption = ("Improvement areas and actions", 5)
    assert sections[0] == ("Commissioning and procurement", [caption, ("Commissioning and procurement", 7)])
    assert sections[6] == ("", [caption])  # line 26: the list's heading lost in the copy (list_heading_lost)


def test_a_template_plans_actions_are_under_their_theme_heading(plan):
    assert [(h.text, h.span.line_start) for h in plan.actions[0].sections] == [("1. CONTINUOUS IMPROVEMENT:", 31)]
    assert {a.sections[0].text for a in plan.actions if a.element_id.startswith("L")} == {"2. LEADERSHIP:"}


def test_a_plan_printing_no_heading_over_its_actions_gives_none(generic):
    parsed, sections = _sections(OTHERS / "brighton_hove_tree_action_plan_2022_27.txt", generic)
    assert sections and all(not over for _, over in sections)
    # its one line above the table, `TREE ACTION PLAN`, names a document kind: a title, no section
    assert not [b for b in parsed.boilerplate if b.kind == "section_heading"]


# A dotted number numbers a part within its parent's. After a section word it is the section's (Manningham's goals
# under its themes, tests/fixtures/sections/SOURCES.md); opening the line, an action's (the Isle of Wight's and
# Boroondara's actions under their numbered and `Horizon N:` headings). Each line as the source prints it.
DOTTED_HEADINGS = ["Goal 1.1: A Healthy, Resilient and Safe Community", "Goal 1.2: A Connected and Inclusive Community",
                   "Goal: 2.1 Inviting places and spaces"]  # the same page's later goals: the number after the colon
DOTTED_ACTIONS = {"iow_bv_action_plan_2002.txt": ["2.1 Summarise pertinent views from the Stakeholders\u2019 Workshop",
                                                  "2.3 Agree common method of presenting office procedures/processes"],
                  "boroondara_cx_timeline_for_action_2014.txt": [
                      "1.1 Website redesign (continues through all remaining horizons)",
                      "4.1 Improved touchpoints (continues through all remaining horizons)"]}
DOTTED = re.compile(r"^[\s-]*(\d{1,2}\.\d{1,2})\.?\s", re.MULTILINE)
BULLET = re.compile(r"^\s*-\s+")


def _printed_lines(path):
    """The file's lines, spacing and a list's leading dash aside."""
    return {" ".join(BULLET.sub("", line).split()) for line in path.read_text(encoding="utf-8").splitlines()}


def test_a_section_words_dotted_number_labels_a_section():
    printed = _printed_lines(FIXTURES / "sections" / "manningham_council_plan_2017_21_goals.txt")
    for heading in DOTTED_HEADINGS:
        assert heading in printed
        assert form_of(UnplacedLine(heading, "other", WORDS)) == "labelled goal"


@pytest.mark.parametrize(("name", "line"), [(n, line) for n, lines in DOTTED_ACTIONS.items() for line in lines])
def test_a_dotted_number_opening_a_line_makes_no_section(name, line):
    assert line in _printed_lines(OTHERS / name)
    assert form_of(UnplacedLine(line, "other", WORDS)) is None


@pytest.mark.parametrize("name", list(DOTTED_ACTIONS))
def test_every_dotted_line_of_a_real_plan_stays_an_action(generic, name):
    """Every line a real plan opens with a dotted number is an action with that number, under the headings above
    it, and no heading of the plan is one of them."""
    parsed, sections = _sections(OTHERS / name, generic)
    numbers = DOTTED.findall((OTHERS / name).read_text(encoding="utf-8"))
    assert [ref for ref, _ in sections] == numbers and len(numbers) >= 18
    assert all(over for _, over in sections)
    assert not [b for b in parsed.boilerplate if b.kind == "section_heading" and DOTTED.match(b.text)]
    assert not [h for _, over in sections for h, _ in over if DOTTED.match(h)]


# A section word's number and a full stop: Manningham's themes over its goals (tests/fixtures/sections/SOURCES.md),
# each line as the source prints it.
FULL_STOP_HEADINGS = ["Theme 1. Healthy Community", "Theme 2. Liveable Places and Spaces"]
# A number and a full stop opening a line numbers an action (Kensington and Chelsea's deliverables), whatever the
# words after it. After a section word, a number, a full stop and a sentence (prose wrapped at its full stop) label no
# section either.
FULL_STOP_ACTIONS = {"rbkc_council_plan_action_plan_2025_27_caring.txt": ["24", "25", "26"],
                     "rbkc_council_plan_action_plan_2025_27_fairer.txt": ["16", "17"]}
NUMBER_STOP = re.compile(r"^(\d{1,2})\.\s", re.MULTILINE)


def test_a_section_words_number_and_a_full_stop_label_a_section():
    printed = _printed_lines(FIXTURES / "sections" / "manningham_council_plan_2017_21_goals.txt")
    for heading in FULL_STOP_HEADINGS:
        assert heading in printed
        assert form_of(UnplacedLine(heading, "other", WORDS)) == "labelled theme"


@pytest.mark.parametrize("line", ["Theme 1. the council will work with partners to deliver", "Theme 1. Healthy "
                                  "Community, working with partners to deliver the services our residents need most",
                                  "Theme 1. Healthy Community."])
def test_a_full_stop_after_a_section_words_number_labels_no_sentence(line):
    """The name after the full stop is a few words opening with a capital and ending no sentence (Manningham's
    theme, then the same line made prose: lower case, more words than a heading, a full stop)."""
    assert form_of(UnplacedLine(line, "other", WORDS)) is None


@pytest.mark.parametrize("name", list(FULL_STOP_ACTIONS))
def test_every_line_a_real_plan_numbers_with_a_full_stop_stays_an_action(generic, name):
    parsed, sections = _sections(OTHERS / name, generic)
    text = (OTHERS / name).read_text(encoding="utf-8")
    assert NUMBER_STOP.findall(text) == FULL_STOP_ACTIONS[name] == [ref for ref, _ in sections]
    for line in (line for line in text.splitlines() if NUMBER_STOP.match(line)):
        assert form_of(UnplacedLine(" ".join(line.split()), "other", WORDS)) is None
    assert not [b for b in parsed.boilerplate if b.kind == "section_heading" and NUMBER_STOP.match(b.text)]
