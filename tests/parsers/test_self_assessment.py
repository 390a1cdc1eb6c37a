from dataclasses import replace
from pathlib import Path

import pytest
from council_actions.ingest import read_document
from council_actions.parsers import parse_document
from council_actions.parsers.crosscheck import check_records, cross_check

from council_actions.issues import StageError
from tests.conftest import FIXTURES, THEME_6, THEME_7

PAGES = FIXTURES / "self_assessment"


def parse(path, profile):
    return parse_document(read_document(Path(path)), profile)


def sections(parsed, theme_no, section):
    return [s.text for s in parsed.statements if s.theme_no == theme_no and s.section == section]


def test_theme_7_seed(profile):
    page = parse(THEME_7, profile)
    assert page.kind == "self_assessment"
    (theme,) = page.themes
    assert (theme.theme_no, theme.theme_name, theme.key_actions, theme.action_plan_pages) == (
        7, "Partnerships and Community Engagement", 6, "21-24")
    assert [c.element_id for c in page.heatmap] == [f"PCE{i:03d}" for i in range(1, 8)]
    guidance, council = sections(page, 7, "guidance"), sections(page, 7, "council")
    assert (len(guidance), len(council)) == (3, 11)
    assert guidance[0].startswith("Driving local economic growth, promoting social cohesion and pride in place")
    assert guidance[-1].endswith("An inclusive approach that accepts challenge is an indicator of a confident organisation.")
    assert council[0].startswith("The Council was able to show that considerable importance is placed")
    assert council[-1] == (
        "The Council identified that they must strengthen the organisational culture so that that the value of "
        "working with public sector systems and local partners is better recognised. An organisational culture and "
        "leadership review will be assessed in in Summer 2024, this will be followed by a series of events to "
        "communicate the feedback and results of the survey to build trust, confidence, and transparency. An action "
        "plan will subsequently be developed to address gaps identified to be implemented.")
    assert page.issues == ()


def test_theme_6_seed(profile):
    page = parse(THEME_6, profile)
    (theme,) = page.themes
    assert (theme.theme_no, theme.printed_name, theme.key_actions, theme.action_plan_pages) == (
        6, "Theme 6 - Service delivery", 5, "19-21")
    assert [c.element_id for c in page.heatmap] == [f"SD{i:03d}" for i in range(1, 11)]
    guidance, council = sections(page, 6, "guidance"), sections(page, 6, "council")
    assert (len(guidance), len(council)) == (6, 16)
    assert guidance[0].startswith("Well-run local services are customer- and citizen-focused")
    assert guidance[-1] == ("Authorities should benchmark service provision with comparable authorities, for example "
                            "by using the metrics available on Oflog’s Local Authority Data Explorer.")
    assert council[0].startswith("The Council’s Corporate Business Plan is our top tier strategic document")
    assert council[-1].startswith("A savings methodology will be devised")


def test_pipe_table_heatmap_with_extra_zero_ids(profile):
    page = parse(PAGES / "pipe_table_l0010.txt", profile)
    cells = [(c.position, c.element_id, c.printed_id) for c in page.heatmap]
    assert cells[9] == (10, "L010", "L0010")
    assert [c[1] for c in cells] == [f"L{i:03d}" for i in range(1, 12)]
    assert [i.code for i in page.issues] == ["heatmap_id_repaired"]
    assert (page.themes[0].key_actions, page.themes[0].action_plan_pages) == (4, "5-7")
    assert (len(sections(page, 2, "guidance")), len(sections(page, 2, "council"))) == (2, 3)


def test_overview_page_with_paragraphs(profile):
    page = parse(PAGES / "overview_paragraphs.txt", profile)
    assert [t.theme_no for t in page.themes] == [3, 4]
    assert [c.element_id for c in page.heatmap if c.theme_no == 3][9] == "G010"
    assert len([c for c in page.heatmap if c.theme_no == 4]) == 11
    assert sections(page, 3, "guidance") == [
        "In a well-run council officers and members will have a clear understanding of the democratic mandate.",
        "There will be clear and robust governance and scrutiny arrangements in place that are fit for purpose."]
    assert sections(page, 3, "council") == [
        "The Council adopted the LGA model code of conduct for Members.",
        "Risk discussion is not yet a standing item in every management team."]
    assert len(sections(page, 4, "council")) == 1


def test_heatmap_without_title_warns_and_reads_theme_from_ids(tmp_path, profile):
    path = tmp_path / "untitled.txt"
    path.write_text("Self-Assessment Heatmap\nSD001 SD002 SD003\n", encoding="utf-8")
    page = parse(path, profile)
    assert page.themes[0].theme_no == 6
    assert [i.code for i in page.issues] == ["missing_theme_title"]


def test_unknown_theme_title_is_an_error(tmp_path, profile):
    path = tmp_path / "unknown.txt"
    path.write_text("Theme 9: Digital Futures\n\nSelf-Assessment Heatmap\nDF001 DF002\n", encoding="utf-8")
    with pytest.raises(StageError, match="names no theme of profile runnymede"):
        parse(path, profile)


def test_number_and_name_disagree(tmp_path, profile):
    path = tmp_path / "mismatch.txt"
    path.write_text("Theme 6: Leadership\n\nSelf-Assessment Heatmap\nL001 L002\n", encoding="utf-8")
    page = parse(path, profile)
    assert page.themes[0].theme_no == 2
    assert page.issues[0].code == "theme_number_mismatch"


def test_cross_check_reports_exactly_the_true_disagreements(profile, plan):
    words = profile.document_words
    documents = {"p7": ("theme7.txt", check_records(parse(THEME_7, profile), words)),
                 "p6": ("theme6.txt", check_records(parse(THEME_6, profile), words)),
                 "plan": ("plan.txt", check_records(plan, words))}
    found = cross_check(documents)
    assert found["p7"] == []  # six key actions; PCE002-PCE007 carry actions; heatmaps agree
    assert [(i.code, i.message) for i in found["p6"]] == [(
        "key_actions_mismatch", "theme6.txt names 5 key actions for theme 6; in plan.txt 9 elements of the theme "
        "carry actions (SD001, SD002, SD003, SD004, SD005, SD007, SD008, SD009, SD010)")]
    assert "plan" not in found


def test_cross_check_against_several_plans_is_one_warning_naming_them(profile, plan):
    """A revision holding the plan twice (as text and as PDF) and a third plan lacking SD010 (the plan's records
    with it taken out): each disagreement is one warning naming every plan it holds for, so no two rows share the
    extraction_issues key (code, span, text), as one warning per plan would (the key_actions_mismatch three times
    over the same span and text)."""
    records = check_records(plan, profile.document_words)
    other = replace(records, heatmap=tuple(c for c in records.heatmap if c.element_id != "SD010"),
                    action_elements=records.action_elements - {"SD010"})
    page = check_records(parse(THEME_6, profile), profile.document_words)
    documents = {"p6": ("theme6.txt", page), "plan": ("plan.txt", records),
                 "copy": ("plan.pdf", records), "other": ("other.txt", other)}
    found = cross_check(documents)["p6"]
    nine = "SD001, SD002, SD003, SD004, SD005, SD007, SD008, SD009, SD010"
    assert [(i.code, i.message) for i in found] == [
        ("heatmap_mismatch", "SD010 is in the heatmap of theme6.txt but not in the heatmap of other.txt"),
        ("key_actions_mismatch", f"theme6.txt names 5 key actions for theme 6; in plan.txt, plan.pdf 9 elements of the "
         f"theme carry actions ({nine}); in other.txt 8 elements of the theme carry actions ({nine[:-7]})")]
    assert len({(i.code, i.span, i.raw_text) for i in found}) == len(found)



def test_key_actions_mismatch_counts_one_element_and_none_in_words(profile, plan):
    """Theme 6's page against the plan cut down to one of the theme's elements carrying actions, and to none: the
    message says `1 element ... carries actions (SD003)` and `no element of the theme carries actions`, never
    `1 elements of the theme carry actions (SD003)` or `0 elements of the theme carry actions ()`, as Runnymede's
    pages read against the plan fixtures of tests/fixtures would otherwise put in extraction_issues."""
    records = check_records(plan, profile.document_words)
    page = check_records(parse(THEME_6, profile), profile.document_words)
    one = replace(records, action_elements=frozenset({"SD003"}))
    none = replace(records, action_elements=records.action_elements - {e for e, _ in records.element_themes})
    found = cross_check({"p6": ("theme6.txt", page), "one": ("one.txt", one), "none": ("none.txt", none)})["p6"]
    assert [(i.code, i.message) for i in found] == [
        ("key_actions_mismatch", "theme6.txt names 5 key actions for theme 6; in one.txt 1 element of the theme "
         "carries actions (SD003); in none.txt no element of the theme carries actions")]

def test_a_heatmap_no_theme_tells_names_its_line_and_page(profile):
    """A heatmap with no theme title whose ids name two themes, on page 2 of a PDF: the one-line failure names the
    page of its line (not `line 40:` alone, a line of the extracted text, not findable in the PDF)."""
    from council_actions.ingest.model import Line, Span
    from council_actions.parsers.theme_titles import theme_of_ids

    heading = Line(40, "Self-Assessment Heatmap", Span(2, 40, 40, 900, 923), (), False)
    with pytest.raises(StageError, match="line 40 of page 2: heatmap has no theme title and its element ids do not"):
        theme_of_ids(["L001", "SD001"], profile, heading, "plan.pdf")
