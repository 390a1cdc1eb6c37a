"""The seed plan and a PDF drawn from it, ingested into one output folder and reviewed once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from council_actions.review import build_review

from council_actions.batch import run_batch
from tests.conftest import GIVEN, PLAN
from tests.pdf_factory import WORD, draw_plan, require_fonts


@pytest.fixture(scope="session")
def plan_pdf(tmp_path_factory, plan, profile) -> Path:
    """Theme 1 as a Word export: its first element's row runs from page 1 onto page 2."""
    require_fonts()
    path = tmp_path_factory.mktemp("pdf") / "plan_theme1.pdf"
    draw_plan(path, plan, profile, (1,), WORD)
    return path


@pytest.fixture(scope="session")
def review_out(tmp_path_factory, plan_pdf, profile) -> Path:
    out = tmp_path_factory.mktemp("review-out")
    results, failures = run_batch([PLAN, plan_pdf], out, profile, "r1", GIVEN)
    assert failures == 0, results
    return out


@pytest.fixture(scope="session")
def site(tmp_path_factory, review_out, profile) -> Path:
    site = tmp_path_factory.mktemp("site")
    build_review(review_out, site, profiles=(profile,))
    return site


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory, profile) -> tuple[Path, str]:
    """The seed with a script tag typed into a recommendation, reviewed: (site folder, source name)."""
    folder = tmp_path_factory.mktemp("hostile")
    hostile = folder / "hostile_plan.txt"
    hostile.write_text(PLAN.read_text(encoding="utf-8").replace(
        "CLT to consider implementing service area",
        "<script>window.pwned = 1</script> CLT to consider implementing service area", 1), encoding="utf-8")
    run_batch([hostile], folder / "out", profile, "r1", GIVEN)
    build_review(folder / "out", folder / "site")
    return folder / "site", hostile.name
