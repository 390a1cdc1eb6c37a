"""The review pages in a real browser: Debian's chromium driven by Playwright (no browser download).

Every test fails on any console error or uncaught exception. Screenshots of each
page go to the test's folder, or to $REVIEW_SCREENSHOTS when set, for a person to look at.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.conftest import PLAN

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, tmp_path):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == []


def screenshot(page, tmp_path: Path, name: str) -> None:
    folder = Path(os.environ.get("REVIEW_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"))


def document_url(site: Path, source_name: str) -> str:
    return next(site.glob(f"{Path(source_name).stem}-*.html")).as_uri()


def visible(page, selector: str) -> int:
    return page.locator(f"{selector}:visible").count()


def test_index_lists_both_documents(page, site, tmp_path):
    page.goto((site / "index.html").as_uri())
    assert page.locator("table.documents tbody tr").count() == 2
    page.get_by_role("link", name=PLAN.name).click()
    assert page.locator("h1").inner_text() == PLAN.name
    page.goto((site / "index.html").as_uri())
    screenshot(page, tmp_path, "index")


def test_seed_page_rows_filters_marks_and_export(page, site, review_out, tmp_path):
    actions = [a for a in pq.read_table(review_out / "actions").to_pylist() if a["source_page"] is None]
    themes = {e["element_id"]: e["theme_no"] for e in pq.read_table(review_out / "elements").to_pylist()}
    owners = {(o["action_id"], o["owner_key"]) for o in pq.read_table(review_out / "action_owners").to_pylist()}
    page.goto(document_url(site, PLAN.name))
    ids = page.locator("[data-action-id]").evaluate_all("rows => rows.map(r => r.dataset.actionId)")
    assert sorted(ids) == sorted(a["action_id"] for a in actions) and len(ids) == 94
    screenshot(page, tmp_path, "seed")

    page.select_option("#f-theme", "6")
    in_theme = [a for a in actions if themes[a["element_id"]] == 6]
    assert visible(page, "[data-action-id]") == len(in_theme) > 0
    assert visible(page, "[data-element-id]") == sum(t == 6 for t in themes.values())
    page.select_option("#f-owner", "CHoHROD")
    wanted = {a["action_id"] for a in in_theme if (a["action_id"], "CHoHROD") in owners}
    shown = page.locator("[data-action-id]:visible").evaluate_all("rows => rows.map(r => r.dataset.actionId)")
    assert set(shown) == wanted and wanted
    screenshot(page, tmp_path, "seed-filtered")

    row = page.locator(f'[data-action-id="{shown[0]}"]')
    row.locator(".comment").fill('owner should be "CHoF", not CHoHROD, per p.3')
    row.locator(".mark-wrong").click()
    page.reload()
    row = page.locator(f'[data-action-id="{shown[0]}"]')
    assert "verdict-wrong" in row.get_attribute("class")
    assert row.locator(".comment").input_value() == 'owner should be "CHoF", not CHoHROD, per p.3'
    assert "0 checked · 1 wrong" in page.locator("#tally").inner_text()
    with page.expect_download() as download:
        page.click("#export")
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    records = list(csv.DictReader(io.StringIO(exported)))
    assert len(records) == 1
    record = records[0]
    assert (record["row_key"], record["verdict"], record["comment"], record["document"]) == (
        f"action:{shown[0]}", "wrong", 'owner should be "CHoF", not CHoHROD, per p.3', PLAN.name)
    assert record["time"].endswith("Z") and record["source_digest"] == row.get_attribute("data-digest")


def test_keyboard_moves_between_visible_rows(page, site):
    page.goto(document_url(site, PLAN.name))
    page.check("#f-issues")
    page.keyboard.press("j")
    page.keyboard.press("j")
    current = page.locator("article.current")
    assert current.count() == 1 and current.get_attribute("data-has-issues") != "0"
    first_two = page.locator("article.row:visible").evaluate_all("rows => rows.slice(0, 2).map(r => r.dataset.key)")
    assert current.get_attribute("data-key") == first_two[1]
    page.keyboard.press("k")
    page.keyboard.press("c")
    assert "verdict-checked" in page.locator(f'[data-key="{first_two[0]}"]').get_attribute("class")


def test_pdf_page_shows_every_crop(page, site, plan_pdf, review_out, tmp_path):
    page.goto(document_url(site, plan_pdf.name))
    document_id = next(d["document_id"] for d in pq.read_table(review_out / "documents").to_pylist()
                       if d["source_name"] == plan_pdf.name)
    actions = [a["action_id"] for a in pq.read_table(review_out / "actions").to_pylist()
               if a["document_id"] == document_id]
    rows = page.locator("[data-action-id]")
    assert sorted(rows.evaluate_all("rows => rows.map(r => r.dataset.actionId)")) == sorted(actions)
    loaded = page.locator("figure.crop img").evaluate_all("images => images.map(i => i.complete && i.naturalWidth)")
    assert len(loaded) >= len(actions) and all(loaded)
    assert all(n >= 1 for n in rows.evaluate_all("rows => rows.map(r => r.querySelectorAll('figure.crop img').length)"))
    assert page.locator('[data-element-id="CI001"] figure.crop').count() == 2
    page.locator('[data-element-id="CI001"]').scroll_into_view_if_needed()
    screenshot(page, tmp_path, "pdf")
    page.select_option("#f-match", "repaired")
    assert 0 < visible(page, "[data-action-id]") < len(actions)


def test_source_script_shows_as_text(page, hostile_site, tmp_path):
    site, source_name = hostile_site
    page.goto(document_url(site, source_name))
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator("script").count() == 2
    assert page.get_by_text("<script>window.pwned = 1</script>", exact=False).count() >= 1


def test_pointing_at_a_value_shows_its_own_characters(page, site, tmp_path):
    """The seed's line 72: the first action's recommendation `Develop a communications plan ... as a result of the
    CPC.` is followed in its cell by the second's, `Plan and prepare for follow-up CPC visit in Q2 2025/26.`, and
    its allocation `HoBPPP, Q2 24/25 ahead of CPC in Oct 2024.` by the second's `HoBPP, Q1 25/26`. Pointing at the
    first action's allocated value (or its chip) singles out its one piece; the second's recommendation, inside
    the first's range, is shown as range only, no piece."""
    page.goto(document_url(site, PLAN.name))
    row = page.locator("article.kind-action").filter(
        has=page.locator('dd[data-show-field="action"]', has_text="Develop a communications plan"))
    assert row.count() == 1
    row.scroll_into_view_if_needed()
    row.locator('dd[data-show-field="allocated_raw"]').hover()
    shown = row.locator("mark.piece.shown")
    assert shown.all_inner_texts() == ["HoBPPP, Q2 24/25 ahead of CPC in Oct 2024."]
    assert row.locator("mark.piece:not(.shown)").evaluate_all(
        "marks => marks.map(m => getComputedStyle(m).opacity)") == ["0.35", "0.35"]
    assert row.locator("span.envelope").all_inner_texts() == ["  Plan and prepare for follow-up CPC visit in Q2 "
                                                              "2025/26.\t"]
    screenshot(page, tmp_path, "pieces-allocation")
    row.locator('button.field-chip[data-show-field="action"]').focus()
    assert row.locator("mark.piece.shown").all_inner_texts() == [
        "Develop a communications plan that not only raises awareness and prepares for the CPC in 2024 but also "
        "covers communications of actions and outcomes as a result of the CPC."]
    page.locator("h1").hover()
    page.locator("h1").click()
    assert row.locator("mark.piece.shown").count() == 0 and "showing-field" not in row.get_attribute("class")
