"""The readers' rule tables, each rule shown on an example it must take: which reader a document goes to (readers()),
and the lines of the self-assessment page (LINE_RULES) and of the action plan (SEGMENT_RULES). A rule without an
example here, or an example its rule does not take (a rule above it takes it), fails."""

from pathlib import Path
from typing import get_args

import pytest
from council_actions.ingest import read_document
from council_actions.parsers import detect_kind, readers
from council_actions.parsers.action_plan import BLOCK_READERS
from council_actions.parsers.plan_layout import SEGMENT_RULES, BlockKind, segment_lines
from council_actions.parsers.self_assessment import LINE_RULES, read_lines

from council_actions.profile import load_profile
from tests.conftest import PLAN, SAMPLES, THEME_7
from tests.hostile import damage

THEME_PAGE = """Text before any theme.
Theme 1: Continuous Improvement
Self-Assessment Heatmap
CI001 | CI002 | CI003
CI004 CI005 unreadable
Best Value Duty - Description of a Local Authority Whose Service Delivery Delivers Best Value:
- Making arrangements to secure continuous improvement.
Next Steps Identified in Action Plan:
Through self-assessment, we identified twelve key actions, laid out in page 1-6 of the action plan.
"""
UNTITLED = """Self-Assessment Heatmap
CI001 | CI002 | CI003
"""
LINE_EXAMPLES = {  # rule: (page, the line it takes)
    "theme_title": (THEME_PAGE, "Theme 1: Continuous Improvement"),
    "section_heading": (THEME_PAGE, "Self-Assessment Heatmap"),
    "untitled_heatmap": (UNTITLED, "CI001 | CI002 | CI003"),
    "heatmap_row": (THEME_PAGE, "CI001 | CI002 | CI003"),
    "statement": (THEME_PAGE, "- Making arrangements to secure continuous improvement."),
    "next_steps": (THEME_PAGE, "Through self-assessment, we identified twelve key actions, laid out in page 1-6 of "
                   "the action plan."),
    "unread_heatmap_row": (THEME_PAGE, "CI004 CI005 unreadable"),
    "unplaced_text": (THEME_PAGE, "Text before any theme."),
}


def rule_of(applied, document, text):
    numbers = [line.number for line in document.iter_lines() if line.text.strip() == text]
    assert len(numbers) == 1, f"{text!r} is not one line of the example"
    return dict(applied)[numbers[0]]


def test_every_line_rule_has_an_example():
    assert list(LINE_EXAMPLES) == [rule.name for rule in LINE_RULES]


@pytest.mark.parametrize("rule", LINE_EXAMPLES)
def test_line_rule_takes_its_example(tmp_path, profile, rule):
    page, text = LINE_EXAMPLES[rule]
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    document = read_document(Path(path))
    assert rule_of(read_lines(document, profile).applied, document, text) == rule


SEGMENT_EXAMPLES = {  # rule: how the first line it takes in the seed plan (with three lines added) starts
    # added: a line of 200 words a tab apart in CI001's row, a page break inside it (a line past the columns, alone or
    # in a run, is read around before the segmenter, ingest/other_layouts.py, but one a page break parts shares its
    # number with its other part and is never left out: it stays the segmenter's; the text shown is the part after
    # the break, whose words run on from the 100th)
    "past_columns": "briefing\tto\tall\tofficers",
    "boilerplate": "# Appendix A: Action Plan arising",
    "heatmap_header": "Theme\t\tElement ID",
    "key_heading": "# Key:",
    "column_header": "Theme/\tCharacteristic\tOpportunity for Improvement",
    "theme_heading": "# 1. CONTINUOUS IMPROVEMENT:",
    "heatmap_row": "1. Continuous Improvement\tCI001\tC1002",
    "heatmap_row_wrapped": "\tCI013",  # added: ids wrapped onto a second line
    "key_row": "Daul, susan\tCTRONIC ENTREMENT",
    "element_row": "1,\tCI001: An\tService KPIs",
    "continuation": "Making arrangements to secure continuous",
    "stray": "Printed by the converter.",  # added: a line after the title that is no heading or table
}


@pytest.fixture(scope="module")
def seed_plan_segments(tmp_path_factory, profile):
    lines = PLAN.read_text(encoding="utf-8").splitlines()
    row = next(n for n, line in enumerate(lines) if line.startswith("1. Continuous Improvement\t"))
    lines[row + 1:row + 1] = ["\tCI013"]
    lines[1:1] = ["Printed by the converter."]
    element = next(n for n, line in enumerate(lines) if line.startswith("1,\tCI001: An"))
    path = tmp_path_factory.mktemp("plan") / "plan.txt"
    wide = damage.wide_line("\n".join(lines), element + 1, 200, "\t").split("\n")
    words = wide[element + 1].split("\t")
    wide[element + 1] = "\t".join(words[:100]) + "\f" + "\t".join(words[100:])
    path.write_text("\n".join(wide) + "\n", encoding="utf-8")
    document = read_document(path, role_of=profile.roles.role_of)
    texts = {line.number: line.text for line in document.iter_lines()}
    first: dict[str, str] = {}
    for number, rule in segment_lines(document, profile).applied:
        first.setdefault(rule, texts[number])
    return first


def test_every_segment_rule_has_an_example():
    assert list(SEGMENT_EXAMPLES) == [rule.name for rule in SEGMENT_RULES]


@pytest.mark.parametrize("rule", SEGMENT_EXAMPLES)
def test_segment_rule_takes_its_example(seed_plan_segments, rule):
    assert seed_plan_segments[rule].startswith(SEGMENT_EXAMPLES[rule])


def test_every_block_kind_has_a_reader():
    assert sorted(BLOCK_READERS) == sorted(get_args(BlockKind))


READER_EXAMPLES = {  # kind: (a sample of it, the profile it is read with)
    "action_plan": (PLAN, None),
    "self_assessment": (THEME_7, None),
    "plan_table": (SAMPLES / "other_councils" / "croydon_foi_improvement_plan_2023.txt", "generic"),
}


def test_every_reader_has_an_example():
    assert list(READER_EXAMPLES) == [reader.kind for reader in readers()]


@pytest.mark.parametrize("kind", READER_EXAMPLES)
def test_reader_recognises_its_example(kind):
    path, name = READER_EXAMPLES[kind]
    profile = load_profile(name)
    assert detect_kind(read_document(path, role_of=profile.roles.role_of), profile) == kind
