"""A long PDF's pages read in two processes: the same document as read in one, and the fork's failures named."""

import os
import signal
import time
from pathlib import Path

import pytest
from council_actions.ingest import pdf_split
from council_actions.ingest.pdf import read_pdf
from council_actions.ingest.pdf_layout import EngineCannotRead

from council_actions.issues import StageError
from council_actions.limited_step import Running, StageTracker
from council_actions.limits import MB, Limits
from council_actions.stages import run_stage
from tests.conftest import hold_all_memory_then_raise

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "pdf"
PAGES = 13

pytestmark = pytest.mark.skipif(not pdf_split._can_fork_bound(), reason="needs fork, Linux and two cores")


def pages_by_process(pages: slice) -> list[tuple[int, int]]:
    return [(index, os.getpid()) for index in range(PAGES)[pages]]


def own_children() -> set[int]:
    """This process's children, running or not yet reaped (Linux). Not `waitpid(-1)`: a child that other tests
    leave for the life of the process (multiprocessing's resource tracker, after a Dask LocalCluster) is no leak of
    the reader's."""
    return {int(pid) for task in Path("/proc/self/task").iterdir()
            for pid in (task / "children").read_text().split()}


@pytest.fixture
def split_from_two_pages(monkeypatch):
    monkeypatch.setattr(pdf_split, "SPLIT_PAGES", 2)


def test_a_short_document_is_read_in_one_process():
    assert PAGES < pdf_split.SPLIT_PAGES
    assert pdf_split.read_in_halves(pages_by_process, PAGES, "doc.pdf") == pages_by_process(slice(None))


def test_a_long_document_whose_read_may_use_one_process_is_read_in_one(split_from_two_pages):
    assert pdf_split.read_in_halves(pages_by_process, PAGES, "doc.pdf", processes=1) == pages_by_process(slice(None))


def test_pages_come_back_in_order_from_two_processes(split_from_two_pages):
    read = pdf_split.read_in_halves(pages_by_process, PAGES, "doc.pdf")
    assert [index for index, _ in read] == list(range(PAGES))
    readers = [pid for _, pid in read]
    assert readers[:PAGES // 2] == [os.getpid()] * (PAGES // 2)
    assert len(set(readers[PAGES // 2:])) == 1 and readers[-1] != os.getpid()


@pytest.mark.parametrize("name", ["runnymede_plan_libreoffice", "runnymede_plan_chromium"])
def test_a_document_read_in_halves_is_the_document_read_in_one(name, monkeypatch):
    data = (FIXTURES / f"{name}.pdf").read_bytes()
    whole = read_pdf(data, name, name, 100)
    monkeypatch.setattr(pdf_split, "SPLIT_PAGES", 2)
    assert read_pdf(data, name, name, 100) == whole


def test_an_error_in_the_second_half_is_raised_by_the_reader(split_from_two_pages):
    def read(pages: slice) -> list[int]:
        if pages.start:
            raise StageError("ingest", "doc.pdf", f"corrupt or truncated PDF (page {pages.start + 1}: broken)")
        return [1]

    with pytest.raises(StageError, match=r"page 7: broken"):
        pdf_split.read_in_halves(read, PAGES, "doc.pdf")


@pytest.mark.parametrize("error", [
    EngineCannotRead("page 9: rotated, cropped or offset media box"),  # read_pdf reads again with pdfplumber
    MemoryError(),  # the memory cap's, named as such by the stage boundary (council_actions.stages.run_stage)
    KeyError("x0"),  # a bug or an input nobody foresaw: the stage boundary names it as in one process
], ids=lambda error: type(error).__name__)
def test_whatever_the_second_half_raises_comes_back_as_itself(error, split_from_two_pages):
    """Why the fork catches Exception, not a list: each caller up the stack tells these apart, so each must
    arrive as if the reader had read those pages itself; a narrower catch would turn the one it left out into
    'stopped unexpectedly', for a long document only."""
    def read(pages: slice) -> list[int]:
        if pages.start:
            raise error
        return [1]

    with pytest.raises(type(error)) as raised:
        pdf_split.read_in_halves(read, PAGES, "doc.pdf")
    assert raised.value.args == error.args


def test_a_second_reader_that_dies_is_named_with_its_pages(split_from_two_pages):
    def read(pages: slice) -> list[int]:
        if pages.start:
            os._exit(9)
        return [1]

    with pytest.raises(StageError, match=r"the reader of pages 7-13 stopped unexpectedly \(exit status 9\)"):
        pdf_split.read_in_halves(read, PAGES, "doc.pdf")


def test_a_second_reader_that_runs_out_and_raises_holding_it_all_is_named_by_the_limit(split_from_two_pages):
    """The second reader inherits the limited child's memory cap, and the room it set aside to report a failure
    in (council_actions.child.set_aside_room). A read that fills the cap and raises its own error while its frames
    still hold it all left the fork no memory to say so: it crashed, 'the reader of pages 7-13 stopped
    unexpectedly (exit status 70)', the limit unnamed."""
    def read(pages: slice) -> list[int]:
        if pages.start:
            hold_all_memory_then_raise()
        return [1]

    def step(stages: StageTracker) -> list[int]:
        return run_stage("ingest", "doc.pdf", pdf_split.read_in_halves, read, PAGES, "doc.pdf")

    outcome = Running(step, "doc.pdf", Limits(max_memory=8 * MB)).finish()
    assert outcome.error is not None
    assert outcome.error.problem.startswith("needed more than 8 MB of memory (--max-memory): it came within ")
    assert outcome.error.problem.endswith("of that, then failed (ValueError: corrupt PDF)")


def test_an_error_in_the_first_half_stops_the_second_reader(split_from_two_pages):
    def read(pages: slice) -> list[int]:
        if pages.start:
            while True:  # would read for ever: it must be stopped, not waited for
                pass
        raise ValueError("first half")

    before = own_children()
    with pytest.raises(ValueError, match="first half"):
        pdf_split.read_in_halves(read, PAGES, "doc.pdf")
    assert own_children() == before  # no child left behind, running or unreaped


def test_the_second_reader_ends_with_the_reader(tmp_path):
    """The deadline kills the reader (council_actions.limited_step): its second reader must not read on, orphaned."""
    noted = tmp_path / "second_reader"
    reader = os.fork()
    if reader == 0:
        def read(pages: slice) -> list[int]:
            if pages.start:
                noted.write_text(str(os.getpid()))
            time.sleep(60)
            return []

        pdf_split.SPLIT_PAGES = 2
        pdf_split.read_in_halves(read, PAGES, "doc.pdf")
        os._exit(0)
    try:
        for _ in range(200):
            if noted.exists() and noted.read_text():
                break
            time.sleep(0.05)
        second = int(noted.read_text())
    finally:
        os.kill(reader, signal.SIGKILL)
        os.waitpid(reader, 0)
    for _ in range(100):
        status = Path(f"/proc/{second}/status")
        if not status.exists() or "State:\tZ" in status.read_text():
            return  # killed (a zombie until init reaps it) or already gone
        time.sleep(0.05)
    pytest.fail("the second reader outlived the reader")
