"""A review that fails or is killed half-way leaves the earlier review whole: `review` removed the earlier crops
before cutting the new ones, so a full disk or a kill on the way left the earlier pages pointing at crops gone.
Now the review is written whole in a staging folder inside the site, and put in place only then."""

from __future__ import annotations

import errno
import importlib
import os
import signal
from pathlib import Path

import pytest

from council_actions.cli import main
from tests.conftest import FIXTURES

PLAN_EXTRACT = FIXTURES / "pdf" / "extracts" / "paragraphs_in_one_cell_libreoffice.pdf"  # 27 crops
PAGE = importlib.import_module("council_actions.review.page")  # `council_actions.review` is also the API's function
BUILDING = importlib.import_module("council_actions.review.building")


def files(site: Path) -> dict[Path, bytes]:
    return {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory) -> tuple[Path, Path, dict[Path, bytes]]:
    """An output folder holding the PDF extract and its review: (out, site, the site's files); each test leaves
    the site as it found it, or fails."""
    folder = tmp_path_factory.mktemp("reviewed")
    out, site = folder / "out", folder / "site"
    assert main(["ingest", str(PLAN_EXTRACT), "--out", str(out), "--revision", "r1", "--jobs", "1", "-q"]) == 0
    assert main(["review", str(out), "--out", str(site)]) == 0
    before = files(site)
    assert sum(1 for p in before if p.parts[0] == "crops") == 27
    return out, site, before


def no_space(*args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_review_failing_on_a_full_disk_leaves_the_earlier_one_whole(reviewed, capfd, monkeypatch):
    out, site, before = reviewed
    monkeypatch.setattr(PAGE, "render_crops", no_space)
    capfd.readouterr()
    assert main(["review", str(out), "--out", str(site)]) == 1
    assert capfd.readouterr().err == f"council-actions: error: {site}: cannot write the review (No space left on device)\n"
    assert files(site) == before


def test_a_review_killed_half_way_leaves_the_earlier_one_and_the_next_tidies_up(reviewed, monkeypatch):
    out, site, before = reviewed
    render = PAGE.render_crops

    def killed(*args: object) -> None:
        render(*args)  # this document's crops cut, then the process is gone: no handler runs
        os.kill(os.getpid(), signal.SIGKILL)

    child = os.fork()
    if child == 0:  # pragma: no cover - the child never returns
        monkeypatch.setattr(PAGE, "render_crops", killed)
        main(["review", str(out), "--out", str(site)])
        os._exit(0)
    _, status = os.waitpid(child, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    left = files(site)
    assert {p for p in left if p.parts[0].startswith(".building-")}  # the half-written review, in its folder
    assert {p: data for p, data in left.items() if not p.parts[0].startswith(".building-")} == before
    assert main(["review", str(out), "--out", str(site)]) == 0
    assert files(site) == before  # the same review again, and nothing of the killed one left


def test_a_review_into_the_same_site_leaves_a_staging_folder_being_written(reviewed):
    """The next review removed every `.building-*` folder in the site, one another review was writing meanwhile
    too (that review then failed, or put half a review in place). Each review now holds its staging folder with an
    advisory lock (review/building.py), and a folder held is left: here one held by this process, as another
    review's would be (flock locks of two opens conflict within a process as between two)."""
    out, site, before = reviewed
    with BUILDING.staging(site, site / ".council-actions-review") as live:
        (live / "half.html").write_text("half a review", encoding="utf-8")
        assert main(["review", str(out), "--out", str(site)]) == 0
        assert (live / "half.html").read_text(encoding="utf-8") == "half a review"
    assert not live.exists()
    assert files(site) == before
