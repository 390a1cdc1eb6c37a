"""Runnymede's own self-assessment web pages, each compared with a golden file written by hand from the page.

The pages (samples/runnymede_web/, sources in SOURCES.md there) print what the plan's converter output does
not: all seven heatmaps on one results page under "1. Continuous Improvement"-style headings, a cross-reference
standing in a heatmap cell ("G001 See CI012 G003"), four-digit ids (`L0010` for L010), and the same page as
plain text and as a pipe table with empty padded cells.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from council_actions.ingest import read_document
from council_actions.parsers import parse_document

from tests.conftest import SAMPLES

WEB = SAMPLES / "runnymede_web"
GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "runnymede_web"


def parse(path: Path, profile):
    return parse_document(read_document(path), profile)


@pytest.mark.parametrize("golden", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.stem)
def test_web_page_matches_golden(profile, golden):
    expected = json.loads(golden.read_text(encoding="utf-8"))
    parsed = parse(WEB / f"{golden.stem}.txt", profile)
    assert parsed.kind == "self_assessment"
    got_cells = [{"theme_no": c.theme_no, "position": c.position, "element_id": c.element_id,
                  "printed_id": c.printed_id, "alias_of": c.alias_of} for c in parsed.heatmap]
    assert got_cells == expected["heatmap"]
    got_themes = [{"theme_no": t.theme_no, "theme_name": t.theme_name} for t in parsed.themes]
    assert got_themes == [{k: t[k] for k in ("theme_no", "theme_name")} for t in expected["themes"]]
    for theme, want in zip(parsed.themes, expected["themes"], strict=True):
        assert (theme.key_actions, theme.action_plan_pages) == (want.get("key_actions"), want.get("action_plan_pages"))
    assert len(parsed.statements) == expected["statements"]
    got_issues = [(i.severity, i.code, i.raw_text) for i in parsed.issues]
    want_issues = [(i["severity"], i["code"], i.get("raw_text")) for i in expected["issues"]]
    assert [g if w[2] is not None else (g[0], g[1], None) for g, w in zip(got_issues, want_issues, strict=True)] == [
        w if w[2] is not None else (w[0], w[1], None) for w in want_issues]
    for got, want in zip(parsed.issues, expected["issues"], strict=True):
        assert got.raw_text.startswith(want.get("raw_text_starts", ""))


@pytest.mark.parametrize("golden", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.stem)
def test_every_heatmap_cell_points_at_its_own_printed_text(profile, golden):
    document = read_document(WEB / f"{golden.stem}.txt")
    for cell in parse_document(document, profile).heatmap:
        assert document.text[cell.span.char_start:cell.span.char_end] == cell.printed_id


def test_plain_and_pipe_renderings_agree_but_for_the_cell_the_plain_one_lost(profile):
    plain = {c.element_id for c in parse(WEB / "results_plain.txt", profile).heatmap}
    pipe = {c.element_id for c in parse(WEB / "results_pipe.txt", profile).heatmap}
    assert pipe - plain == {"PCE007"} and plain <= pipe


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_heatmap_row_that_cannot_be_read_is_an_error_not_a_silent_loss(tmp_path, profile):
    """A theme 3 page whose heatmap row holds one cell that is not an id: an error, not 6 of its 11 cells lost with
    exit 0."""
    page = write(tmp_path, "Theme 3: Governance\n\nSelf-Assessment Heatmap\nG001 G002 ?? G004 G005\nG006 G007\n")
    parsed = parse(page, profile)
    assert [c.element_id for c in parsed.heatmap] == ["G006", "G007"]
    errors = [i for i in parsed.issues if i.severity == "error"]
    assert [(e.code, e.raw_text, e.span.line_start) for e in errors] == [
        ("heatmap_row_unread", "G001 G002 ?? G004 G005", 4)]


def test_numbered_list_is_not_a_theme_title(tmp_path, profile):
    """Only a numbered line whose number and name both agree with one profile theme opens a theme."""
    page = write(tmp_path, "Theme 2: Leadership\n\nSelf-Assessment Heatmap\nL001 L002\n\n"
                 "Best Value Duty - Description of a Local Authority Whose Service Delivery Delivers Best Value:\n"
                 "1. Leadership behaviours matter at every level of the organisation.\n"
                 "3. Governance\n")
    parsed = parse(page, profile)
    assert [t.theme_no for t in parsed.themes] == [2, 3]
    assert [s.text for s in parsed.statements] == ["Leadership behaviours matter at every level of the organisation."]


def test_summary_says_a_page_with_an_unread_heatmap_row_is_incomplete(tmp_path, capsys):
    from council_actions.cli import main

    page = write(tmp_path, "Theme 3: Governance\n\nSelf-Assessment Heatmap\nG001 G002 ?? G004 G005\nG006 G007\n")
    main(["ingest", str(page), "--out", str(tmp_path / "out"), "--revision", "r1"])
    assert "incomplete" in capsys.readouterr().out
