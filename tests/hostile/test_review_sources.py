"""A `_sources` record's path that holds something else by review time: a pipe, a device, a folder. `review` reads
the PDF at the path to see that it is the one ingest read (its bytes' digest is the document's id). It read whatever
stood there: a pipe with no writer hung the review for ever, and a link to /dev/zero filled its memory until the
system killed it. Only a regular file is read now (opened without waiting, hashed as it streams); anything else is
said to stand there, and the page shows the extracted text, as for a PDF moved away.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import threading
from pathlib import Path

from council_actions.cli import main
from tests.conftest import FIXTURES

PLAN_EXTRACT = FIXTURES / "pdf" / "extracts" / "paragraphs_in_one_cell_libreoffice.pdf"
DOCUMENT_ID = hashlib.sha256(PLAN_EXTRACT.read_bytes()).hexdigest()
CROPS = importlib.import_module("council_actions.review.crops")  # `council_actions.review` is also the API's function


def problem_within(path: Path, seconds: float) -> list[str | None]:
    """pdf_problem of the path, asked in a thread given `seconds`: [] if it has not answered by then (a hang)."""
    said: list[str | None] = []
    asking = threading.Thread(target=lambda: said.append(CROPS.pdf_problem(path, DOCUMENT_ID)), daemon=True)
    asking.start()
    asking.join(seconds)
    return said


def test_a_pipe_where_the_pdf_was_is_said_not_waited_on(tmp_path):
    pipe = tmp_path / "plan.pdf"
    os.mkfifo(pipe)
    assert problem_within(pipe, 20) == [
        f"the source PDF is no longer at {pipe} (a folder, pipe or device stands there): it moved since ingest"]


def test_a_folder_where_the_pdf_was_is_said(tmp_path):
    folder = tmp_path / "plan.pdf"
    folder.mkdir()
    assert problem_within(folder, 20) == [
        f"the source PDF is no longer at {folder} (a folder, pipe or device stands there): it moved since ingest"]


def test_the_pdf_itself_and_a_changed_copy_are_told_apart(tmp_path):
    same, changed = tmp_path / "same.pdf", tmp_path / "changed.pdf"
    same.write_bytes(PLAN_EXTRACT.read_bytes())
    changed.write_bytes(PLAN_EXTRACT.read_bytes()[:2000])
    assert problem_within(same, 20) == [None]
    assert problem_within(changed, 20) == [f"the PDF at {changed} has changed since ingest (its bytes differ)"]


def test_a_review_whose_pdf_became_a_link_to_a_device_shows_the_text(tmp_path, capfd):
    """/dev/null, which ends (a link to /dev/zero, which does not, filled the old review's memory)."""
    source = tmp_path / "plan.pdf"
    source.write_bytes(PLAN_EXTRACT.read_bytes())
    out, site = tmp_path / "out", tmp_path / "site"
    assert main(["ingest", str(source), "--out", str(out), "--revision", "r1", "--jobs", "1", "-q"]) == 0
    source.unlink()
    source.symlink_to("/dev/null")
    capfd.readouterr()
    assert main(["review", str(out), "--out", str(site)]) == 0
    assert (f"council-actions: note: plan.pdf: the source PDF is no longer at {source} (a folder, pipe or device "
            "stands there): it moved since ingest; showing the extracted text instead of crops"
            ) in capfd.readouterr().err.splitlines()
    assert not list((site / "crops").iterdir())
