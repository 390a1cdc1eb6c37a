"""The review site without a browser: pages, rows, crops, ledger, verdicts read back, and bad input."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from council_actions.ingest.model import Span
from council_actions.review import ReviewError, build_review
from markupsafe import escape

from tests.conftest import PLAN, ROOT

REVIEW_DATA = re.compile(r'<script type="application/json" id="review-data">(.*?)</script>', re.S)


def cli(*args):
    return subprocess.run([sys.executable, "-m", "council_actions.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT)


def page_of(site: Path, source_name: str) -> str:
    return next(site.glob(f"{Path(source_name).stem}-*.html")).read_text(encoding="utf-8")


def test_union_over_a_page_break_keeps_every_page_box():
    first = Span(1, 10, 12, 100, 180, (40.0, 500.0, 300.0, 560.0))
    second = Span(2, 14, 15, 200, 260, (40.0, 60.0, 280.0, 90.0))
    whole = Span.union([first, second])
    assert (whole.page, whole.bbox, whole.line_start, whole.line_end) == (1, first.bbox, 10, 15)
    assert [(p.page, p.bbox, p.line_start, p.line_end, p.char_start, p.char_end) for p in whole.parts] == [
        (1, first.bbox, 10, 12, 100, 180), (2, second.bbox, 14, 15, 200, 260)]
    assert Span.union([whole, Span(2, 16, 16, 261, 270, (40.0, 95.0, 200.0, 105.0))]).parts[1].bbox == (
        40.0, 60.0, 280.0, 105.0)
    assert Span.union([first]).parts == ()


def test_span_pages_table_holds_both_pieces_of_a_row_cut_by_a_page_break(review_out):
    elements = [r for r in pq.read_table(review_out / "elements").to_pylist() if r["source_page"] is not None]
    first = next(e for e in elements if e["element_id"] == "CI001")
    pieces = [p for p in pq.read_table(review_out / "span_pages").to_pylist()
              if (p["span_char_start"], p["span_char_end"]) == (first["char_start"], first["char_end"])]
    assert [p["source_page"] for p in pieces] == [1, 2]
    assert (pieces[0]["x0"], pieces[0]["top"]) == (first["x0"], first["top"])
    assert pieces[1]["line_start"] > pieces[0]["line_end"] and pieces[1]["bottom"] > pieces[1]["top"]


def test_every_row_of_the_seed_is_on_its_page_with_its_source(site, review_out):
    html = page_of(site, PLAN.name)
    actions = [a for a in pq.read_table(review_out / "actions").to_pylist() if a["source_page"] is None]
    assert len(actions) == 94  # the golden file's count
    assert set(re.findall(r'data-action-id="([^"]+)"', html)) == {a["action_id"] for a in actions}
    assert len(set(re.findall(r'data-element-id="([^"]+)"', html))) == 74
    # the converter's Cl002 and cloos are shown as printed, beside the ids read; the heatmap's C1002 is marked
    assert "<code>CI002</code> <span class=\"raw\" title=\"as printed\">printed <code>Cl002</code>" in html
    assert "printed <code>cloos</code>" in html
    assert '<mark>C1002</mark>' in html
    assert "Every non-blank line is inside a row, boilerplate or an issue." in html


def test_an_excerpt_shows_each_source_line_on_its_own_line(site):
    """Each line of a row's source is a line of its excerpt, numbered as in the source: a row wrapped over several
    lines must not show them run together (the template once lost the line breaks between them)."""
    html = page_of(site, PLAN.name)
    source = PLAN.read_text(encoding="utf-8").split("\n")
    excerpts = re.findall(r'<pre class="src">(.*?)</pre>', html, re.S)
    assert sum(block.count('<span class="ln">') > 1 for block in excerpts) > 100  # wrapped rows, the seed's most
    for block in excerpts:
        block = re.sub(r'<span class="omitted">.*?</span>', "", block)
        lines = [re.sub(r"<[^>]+>", "", line) for line in block.rstrip("\n").split("\n")]
        numbered = [re.fullmatch(r'<span class="ln">(\d+)</span>(.*)', line, re.S) for line in
                    block.rstrip("\n").split("\n")]
        assert all(numbered) and len(numbered) == block.count('<span class="ln">')
        for match, line in zip(numbered, lines, strict=True):
            assert unescape(line[len(match[1]):]) == source[int(match[1]) - 1].replace("\f", "")


def test_pdf_page_has_a_crop_per_row_and_two_for_the_row_over_the_page_break(site, plan_pdf):
    html = page_of(site, plan_pdf.name)
    crops = re.findall(r'<img src="(crops/[^"]+\.png)"', html)
    assert crops and all((site / c).stat().st_size > 200 for c in crops)
    first = html[html.index('data-element-id="CI001"'):]
    first = first[:first.index("</article>")]
    assert re.findall(r"<figcaption>page (\d+)</figcaption>", first) == ["1", "2"]
    assert "crosses a page break (2 pieces)" in first


def test_verdicts_read_back_flag_changed_sources_and_rows_gone(tmp_path, review_out, site):
    data = json.loads(REVIEW_DATA.search(page_of(site, PLAN.name))[1])
    html = page_of(site, PLAN.name)
    key, digest = re.search(r'data-key="(action:[^"]+)" [^>]*data-digest="([0-9a-f]+)"', html).groups()
    verdicts = tmp_path / "verdicts.csv"
    with verdicts.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["row_key", "verdict", "comment", "time", "document", "source_digest"])
        writer.writerow([key, "checked", "matches the PDF", "2024-07-01T10:00:00.000Z", PLAN.name, digest])
        writer.writerow(["element:CI002", "wrong", "score", "2024-07-01T10:01:00.000Z", PLAN.name, "0" * 16])
        writer.writerow(["action:XX001-000000000000", "checked", "", "2024-07-01T10:02:00.000Z", PLAN.name, ""])
    again = tmp_path / "site"
    build_review(review_out, again, document=PLAN.name, verdicts=verdicts)
    html = page_of(again, PLAN.name)
    data = json.loads(REVIEW_DATA.search(html)[1])
    assert data["imported"][key] == {"verdict": "checked", "comment": "matches the PDF", "changed": False,
                                     "time": "2024-07-01T10:00:00.000Z", "digest": digest, "imported": True}
    assert data["imported"]["element:CI002"]["changed"] is True
    assert "<code>action:XX001-000000000000</code>" in html


def test_source_strings_are_escaped(hostile_site):
    html = page_of(*hostile_site)
    assert "<script>window.pwned" not in html
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in html
    assert html.count("<script") == 2  # the page's own data block and script, nothing else


@pytest.mark.parametrize("args, problem", [
    (["--revision", "nope"], "no revision 'nope' (revisions: r1)"),
    (["--document", "nothing.pdf"], "no document 'nothing.pdf' in revision 'r1' (give its source name, or its id "
                                    "or the first 12 characters of it)"),
])
def test_unknown_revision_or_document(review_out, tmp_path, args, problem):
    done = cli("review", review_out, "--out", tmp_path / "site", *args)
    assert done.returncode == 1 and done.stderr.strip().splitlines() == [f"council-actions: error: {review_out}: {problem}"]


def test_document_prefix_follows_the_rule_of_issues(review_out, tmp_path):
    """One rule for `review --document` and `issues --document`, in the same words: a 6-character id prefix is
    refused by both (an id is printed with 12), and the 12 characters the summary prints are taken by both."""
    ids = {d["source_name"]: d["document_id"] for d in pq.read_table(review_out / "documents").to_pylist()}
    plan_id = ids[PLAN.name]
    review = cli("review", review_out, "--out", tmp_path / "short", "--document", plan_id[:6])
    issues = cli("issues", review_out, "--document", plan_id[:6])
    assert review.returncode == issues.returncode == 1 and review.stderr == issues.stderr
    assert review.stderr.strip() == (f"council-actions: error: {review_out}: document id prefix {plan_id[:6]!r} is "
                                     "shorter than the 12 characters of an id the commands print; in revision 'r1' "
                                     f"it matches {plan_id[:12]} {PLAN.name}")
    assert not (tmp_path / "short").exists()
    printed = cli("review", review_out, "--out", tmp_path / "site", "--document", plan_id[:12], "--json")
    assert printed.returncode == 0 and json.loads(printed.stdout)["documents"] == 1


def test_folder_without_tables(tmp_path):
    done = cli("review", tmp_path, "--out", tmp_path / "site")
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1 and "no output here" in done.stderr
    assert not (tmp_path / "site").exists()


def test_out_that_cannot_be_written(review_out, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    done = cli("review", review_out, "--out", blocker, "--document", PLAN.name)
    assert done.returncode == 1 and done.stderr.strip().splitlines() == [
        f"council-actions: error: {blocker}: not a folder"]
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.docx").write_text("keep me")
    done = cli("review", review_out, "--out", tmp_path / "mine", "--document", PLAN.name)
    assert done.returncode == 1 and "folder is not empty" in done.stderr
    assert (tmp_path / "mine" / "thesis.docx").read_text() == "keep me"


def test_bad_verdicts_file(review_out, tmp_path):
    bad = tmp_path / "verdicts.csv"
    bad.write_text("row_key,verdict,comment,time\naction:x,maybe,,\n", encoding="utf-8")
    with pytest.raises(ReviewError, match=r"verdicts.csv: line 2: verdict 'maybe' is not one of checked, wrong"):
        build_review(review_out, tmp_path / "site", verdicts=bad)


def test_pdf_moved_since_ingest_shows_text_instead_of_crops(tmp_path, plan_pdf, profile):
    from council_actions.batch import run_batch
    from tests.conftest import GIVEN

    moved = tmp_path / "moving.pdf"
    moved.write_bytes(plan_pdf.read_bytes())
    run_batch([moved], tmp_path / "out", profile, "r1", GIVEN)
    moved.rename(tmp_path / "elsewhere.pdf")
    done = cli("review", tmp_path / "out", "--out", tmp_path / "site")
    assert done.returncode == 0, done.stderr
    assert f"moving.pdf: the source PDF is no longer at {moved}" in done.stderr
    html = page_of(tmp_path / "site", "moving.pdf")
    assert "showing the extracted text instead of crops" in html
    assert "<img src=" not in html and html.count("<article") > 30
    # each row's text, and each value printed apart from its row's lines (an opportunity two actions share) its own
    assert html.count('<pre class="src">') == html.count("<article") + html.count('<p class="where apart"')


def test_changes_since_the_earlier_revision_are_shown_beside_their_rows(tmp_path, profile):
    from council_actions.diff import diff

    from council_actions.batch import run_batch
    from tests.conftest import GIVEN

    out = tmp_path / "out"
    for revision, path in (("2024-08", PLAN), ("2025-01", ROOT / "tests" / "fixtures" / "revisions" / "plan_r2.txt")):
        run_batch([path], out, profile, revision, GIVEN)
    diff(out, "2024-08", "2025-01")
    changes = pq.read_table(out / "changes").to_pylist()
    build_review(out, tmp_path / "site", revision="2025-01")
    html = page_of(tmp_path / "site", "plan_r2.txt")
    shown = html.count("<li><span class=\"change\">")
    rows = set(re.findall(r'data-key="([^"]+)"', html))
    attached = [c for c in changes
                if (f"action:{c['action_id']}" if c["action_id"] else f"element:{c['element_id']}") in rows]
    removed = {c["element_id"] for c in changes if c["change"] == "element_removed"}
    assert shown == len(attached) == len([c for c in changes if c["element_id"] not in removed]) > 0.7 * len(changes)
    scored = next(c for c in changes if c["change"] == "score_changed")
    row = html[html.index(f'data-element-id="{scored["element_id"]}"'):]
    assert "score changed</span> since <code>2024-08</code>: score" in row[:row.index("</article>")]


def test_a_page_and_the_index_give_the_documents_own_title_and_no_council_it_does_not_name(tmp_path):
    """Tower Hamlets' FOI plan read without a profile: its printed title under the file's name, and no council in
    the line below (the generic profile names none for it), rather than the word "None"."""
    from council_actions.batch import run_batch
    from council_actions.profile import load_profile

    sample = ROOT / "samples" / "other_councils" / "tower_hamlets_foi_action_plan_2023.txt"
    _, failures = run_batch([sample], tmp_path / "out", load_profile("generic"), "r1")
    assert failures == 0
    (document,) = pq.read_table(tmp_path / "out" / "documents").to_pylist()
    build_review(tmp_path / "out", tmp_path / "site")
    html = page_of(tmp_path / "site", sample.name)
    header = html[html.index("<header>"):html.index("</header>")]
    assert f'<p class="doc-title">{escape(document["title"])}</p>' in header and document["title"]
    meta = re.search(r'<p class="meta">(.*?)</p>', header, re.S)[1]
    assert meta.startswith("action plan · text · 1 page · document ") and "None" not in header
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert f'{sample.name}</a><br><span class="doc-title">{escape(document["title"])}</span>' in index


def test_an_actions_owner_and_timeline_printed_apart_are_shown_where_printed(tmp_path):
    """Waverley's CPA plan (browser copy) prints its first row's three bullets on lines 4-6 and their Who by? and
    When? cells on the lines below them: the second bullet's owner is the `ditto` on line 7 and its timeline
    `Measures in place` line 9 (checked by hand). Its action spans its own bullet, line 5; the page shows the ditto
    and the timeline on their own lines beside it, and the ditto's warnings under the action, not as rows of their
    own, so an auditor sees where each value the row claims is printed."""
    from council_actions.batch import run_batch
    from council_actions.profile import load_profile

    sample = ROOT / "samples" / "other_councils" / "waverley_cpa_improvement_plan_2004_browser_copy.txt"
    _, failures = run_batch([sample], tmp_path / "out", load_profile("generic"), "r1")
    assert failures == 0
    build_review(tmp_path / "out", tmp_path / "site")
    html = page_of(tmp_path / "site", sample.name)
    start = html.index('data-action-id="1-fda0d27176fa"')
    row = html[start:html.index("</article>", start)]
    assert '<p class="where">line 5, chars 269–354</p>' in row
    apart = re.findall(r'<p class="where apart" data-apart="(\w+)">.*?</p>\s*<pre class="src">(.*?)</pre>', row, re.S)
    # and its opportunity, the What? cell of line 4 its first bullet is printed beside, its piece marked there
    assert [(what, unescape(re.sub("<.*?>", "|", pre))) for what, pre in apart] == [
        ("owner", "|7||ditto|\n"), ("timeline", "|9||Measures in place|\n"),
        ("opportunity", "|4|1.\t78/91/104\t|Improve speed with which planning applications are dealt|\t· Address "
                        "undelivered items in the Planning Best Value Improvement Plan (e.g. role of Committees and "
                        "level of delegation)\n")]
    assert re.findall(r'<li class="issue [^"]*" data-issue="(\w+)"', row) == ["owner_ditto", "unknown_owner"]
    assert 'data-key="issue:owner_ditto@7' not in html  # not a row of its own
