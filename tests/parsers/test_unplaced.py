"""`unplaced_text`, one wording per situation (parsers/unplaced.py): each situation a reader meets, on a real
document that meets it, and each worded only there."""

from __future__ import annotations

import re

import pytest
from council_actions.parsers.unplaced import SITUATIONS, USES

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, PLAN, ROOT, SAMPLES

OTHERS = SAMPLES / "other_councils"

# situation, document, profile, line, how its text opens (checked against the source by hand), the message as worded
REAL = [
    ("theme_page", SAMPLES / "runnymede_web" / "results_pipe.txt", "runnymede", 32, "Action Plan",
     "text outside any theme section"),
    ("plan_page", FIXTURES / "pdftotext" / "squeezed_drifting_columns_chromium.txt", "runnymede", 13, " Engagement",
     "text outside any theme, table or heading"),
    ("beside_table", OTHERS / "lga_corporate_peer_challenge_action_plan_2023.txt", "generic", 3,
     "The Corporate Peer Challenge report includes a number of recommendations", "text outside the plan table"),
    ("past_headings", FIXTURES / "damaged" / "wide_pipe_line_rotherham_delivery_plan.txt", "generic", 7,
     "P3 | Develop | and | consult", "text outside the plan table: more columns than the table has"),
    ("past_plan_columns", FIXTURES / "damaged" / "wide_tab_line_runnymede_plan.txt", "runnymede", 306,
     "Equality\tAct\tand\tPublic", "text outside any theme, table or heading: more columns than the plan has"),
    ("other_layout", FIXTURES / "damaged" / "tab_line_maidstone_ags.txt", "runnymede", 17, "The\tvision\tand",
     "text outside the plan table: its cells parted by tabs, a layout the table is not printed in"),
    ("across_columns", FIXTURES / "damaged" / "note_across_columns_maidstone_ags_chromium.txt", "generic", 11,
     "1.2.1 That the update", "text outside the plan table: a line run across its columns"),
    ("every_page", FIXTURES / "pdf" / "running_footer_runnymede_chromium.pdf", "runnymede", 39,
     "Appendix A: Action Plan", "text outside the plan table: printed at the edge of every page"),
    ("run_across", PLAN, "generic", 219, "Codes of condu",
     "text outside the plan table: a paragraph run across the columns, a word cut at a cell's edge ('s|hould')"),
    ("above_first_code", PLAN, "generic", 43, "with the Centre for Governance and Scrutiny and Localis Governance",
     "text outside the plan table: above the first code of a table keyed by codes, with no action beside it"),
    ("title_of_period", OTHERS / "kingston_ags_action_plan_2012_13.txt", "generic", 3, "Action plan summary",
     "text outside any row: a title, the plan's period ('2012/13') read from it"),
]


def test_every_situation_has_a_real_example_and_a_description():
    assert [rule.situation for rule in SITUATIONS] == [situation for situation, *_ in REAL]
    assert all(len(rule.description.split()) > 8 for rule in SITUATIONS)


@pytest.mark.parametrize("situation, path, profile, line, text, message", REAL, ids=[r[0] for r in REAL])
def test_a_real_line_no_row_holds_is_worded_as_its_situation(situation, path, profile, line, text, message):
    issues = process(path, load_profile(profile), None).parsed.issues
    (found,) = [i for i in issues if i.code == "unplaced_text" and i.span.line_start == line]
    assert found.message == message
    assert found.raw_text.startswith(text)


def test_each_situation_is_worded_in_one_place_and_named_by_one_reader():
    """No reader words `unplaced_text` itself; each situation is named by the one reader that meets it."""
    sources = {path: path.read_text(encoding="utf-8") for path in (ROOT / "parsers").glob("*.py")}
    worded = [path.name for path, text in sources.items() if '"unplaced_text", "parse"' in text]
    assert worded == ["unplaced.py"]
    for rule in SITUATIONS:
        named = [path.name for path, text in sources.items() if re.search(rf'unplaced_text\("{rule.situation}"', text)]
        assert len(named) == 1, (rule.situation, named)


# use, document, line, what is used (boilerplate of the use's kind), the title's other words (None: nothing) and
# what they are: reported, or the document's own title (parsers/furniture.py: Buckinghamshire's first line names
# the strategy; Kingston's names a summary under the title above it), all checked against the source by hand
PLACED = [
    ("printed_date", OTHERS / "maidstone_scraip_2014.txt", 15, "Meeting Date:           7 January 2014", None, ""),
    ("printed_date", OTHERS / "bracknell_caring_2023_24_q3.txt", 7, "Quarter 3 2023 to 2024", None, ""),
    ("plan_period", OTHERS / "buckinghamshire_homelessness_2022_25_cross_cutting_2.txt", 1, "2022 to 2025",
     "Homelessness and Rough Sleeping Strategy", "title"),
    ("plan_period", OTHERS / "kingston_ags_action_plan_2012_13.txt", 3, "- 2012/13", "Action plan summary",
     "unplaced_text"),
    ("plan_period", OTHERS / "newton_st_cyres_parish_action_plan_2018_20.txt", 2, "\u2013 Dec 2018 to April 2020",
     ("Development Plan", "(review deferred to May 2021 due to Covid)"), "unplaced_text"),  # the title's words
    ("council_name", OTHERS / "forest_of_dean_improvement_plan_2004.txt", 5,  # under docstoc's banner, a letterhead
     "\t\t\t\t\t" + " " * 74 + "FOREST OF DEAN DISTRICT COUNCIL", None, ""),
]


def test_every_use_has_a_real_example_as_its_row_gives_it():
    examples = {(kind, used.strip(), rest or "") for kind, _, _, used, rest, _ in PLACED}
    assert all((use.kind, *(part.strip() for part in use.example.split("|"))) in examples for use in USES)
    assert [use.kind for use in USES] == list(dict.fromkeys(kind for kind, *_ in PLACED))


@pytest.mark.parametrize("kind, path, line, used, rest, rest_as", PLACED,
                         ids=[f"{r[0]}-{r[1].stem}" for r in PLACED])
def test_a_line_a_date_or_period_is_read_from_is_placed_its_other_words_reported(kind, path, line, used, rest,
                                                                                 rest_as):
    """The characters read are boilerplate of the use's kind, with their own span; the title's other words stay
    `unplaced_text`, unless they are the document's title (boilerplate `title`); between them the line's every
    word is held (nothing in the source is lost)."""
    processed = process(path, load_profile("generic"), None)
    text = processed.document.text
    placed = [b for b in processed.parsed.boilerplate if b.span.line_start == line]
    assert [(b.kind, b.text, text[b.span.char_start:b.span.char_end]) for b in placed if b.kind == kind] == [
        (kind, used, used)]
    found = [(i.code, i.raw_text, text[i.span.char_start:i.span.char_end]) for i in processed.parsed.issues
             if i.code == "unplaced_text" and i.span.line_start == line]
    found += [(b.kind, b.text, text[b.span.char_start:b.span.char_end]) for b in placed if b.kind == "title"]
    rests = rest if isinstance(rest, tuple) else (rest,) if rest else ()
    assert found == [(rest_as, r, r) for r in rests]
    printed = processed.document.text.splitlines()[line - 1]
    assert sorted(printed.split()) == sorted([*used.split(), *" ".join(rests).split()])


def test_a_title_after_its_period_is_the_rest_the_title(tmp_path):
    """Made-up title, a period before the plan's name (`period_then_plan`), over Buckinghamshire's real records: the
    period is used, the words after it are the document's title (parsers/furniture.py), not reported."""
    lines = (OTHERS / "buckinghamshire_homelessness_2022_25_cross_cutting_2.txt").read_text(encoding="utf-8")
    plan = tmp_path / "plan.txt"
    plan.write_text("2022-25 Housing Strategy" + lines[lines.index("\n"):], encoding="utf-8")
    processed = process(plan, load_profile("generic"), None)
    assert [(b.kind, b.text) for b in processed.parsed.boilerplate if b.span.line_start == 1] == [
        ("plan_period", "2022-25"), ("title", "Housing Strategy")]
    assert not [i for i in processed.parsed.issues if i.span.line_start == 1 and i.code == "unplaced_text"]
    assert processed.parsed.title == "Housing Strategy"


def test_a_council_named_in_a_sentence_leaves_the_line_reported():
    """Newton St Cyres' council is read from its introduction's first words ("Newton St Cyres Parish Council will
    seek to develop ..."): the line says more than the name, so it is no letterhead and stays reported whole."""
    processed = process(OTHERS / "newton_st_cyres_parish_action_plan_2018_20.txt", load_profile("generic"), None)
    assert processed.parsed.council == "Newton St Cyres Parish Council"
    assert [i.raw_text[:45] for i in processed.parsed.issues if i.code == "unplaced_text" and i.span.line_start == 3
            ] == ["Newton St Cyres Parish Council will seek to d"]
    assert not [b for b in processed.parsed.boilerplate if b.kind == "council_name"]
