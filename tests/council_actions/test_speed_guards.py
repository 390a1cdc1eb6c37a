"""Speed guards: a stage that gets twice as slow fails here, not only in a benchmark someone has to run.

A stage's time means nothing alone on a shared 2-core machine running the rest of the suite beside it, so each
guard times the stage against a peer doing comparable work on the same input in the same test: in turns (ours,
peer, ours, peer ...), the CPU time of this thread (`time.thread_time`: what other processes take from the core
does not count, as it does on the wall clock), the best of a few rounds each. The ratio of the two bests is what is
asserted, with a margin (LIMITS) over its spread under load: the round-by-round figures and how the limits were set
are in the commit that added them. Where a count that does not depend on the clock catches the regression (a page
loaded twice, a phrase read twice, a fall back to pdfminer) the guard asserts the count instead.

Where the work comes in many small items (timeline phrases, owner cells), `item_ratio` times ours and the peer on
each item back to back, keeps each item's best over the rounds, and divides the sums: a machine that runs slower for
a while (a busy sibling core, caches another process filled) slows both sides of an item alike, and a best of a few
milliseconds' work is seldom interrupted. Timed whole (`ratio`), the peer of the timeline normaliser drifted from 72
to 178 ms a call within one run under load, and the best ratios over 10 rounds spread 1.86x between runs.

benchmarks/ prints the whole-process ratios the speed targets are stated in (issue 15); these only catch a stage
falling behind its peer, at 1.5x its speed. Each ratio is printed (`pytest -s` shows them).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

import pdfplumber
import pypdfium2 as pdfium
import pytest
from council_actions.ingest import read_document
from council_actions.ingest.pdf import read_page, read_pdf
from council_actions.ingest.pdf_pdfium import read_layouts as pdfium_layouts
from council_actions.ingest.pdf_plumber import read_layouts as plumber_layouts
from council_actions.normalise import fiscal_calendar, glossary_for, normalise_document
from council_actions.normalise.allocation import split_allocation
from council_actions.parsers import parse_document
from pdfminer.pdfinterp import PDFPageInterpreter

from benchmarks.timelines import DATEPARSER_SETTINGS, generated
from council_actions.dating.day_dates import parse_full_date
from council_actions.dating.timelines import ends_owners, read_timeline
from council_actions.pipeline import process, write
from tests.conftest import FIXTURES, GIVEN, PLAN, REFERENCE

T = TypeVar("T")

PDF = FIXTURES / "pdf" / "runnymede_plan_libreoffice.pdf"  # a real producer's plan: ruled tables, shaded cells
PAGES = slice(1, 2)  # its second page of 13, of the ruled plan: pdfplumber reads it in about 0.15 s of CPU
# Our time over the peer's, and the most it may be: set between the highest ratio seen under load (12, then 20 runs
# of this file at once beside other helpers' tests and the merge train, load average 17-25 on 2 cores) and 1.5x the
# lowest, with about as much room each side, so that a stage 1.5x as slow fails. Figures: the commit that set them.
LIMITS = {"pdfium engine / pdfplumber engine": 0.135,  # 0.097-0.125 under load
          "table rebuild / pdfplumber words": 1.02,  # 0.766-0.897; 0.82-0.87 after 2ce2316's fix (it failed CI at 1.03)
          "timeline normaliser / dateparser.parse": 0.125,  # 0.092-0.113
          "owner matcher / spaCy tokeniser per cell": 1.3,  # 0.951-1.117
          "text seed in-process / spacy.blank('en')": 2.2}  # 1.687-1.877


def cpu_seconds(work: Callable[[], object], times: int) -> float:
    """This thread's CPU seconds for `times` calls, the collector off meanwhile (as `timeit` has it): a full
    collection's cost depends on everything the test process holds, not on the work timed."""
    gc.disable()
    try:
        start = time.thread_time()
        for _ in range(times):
            work()
        return time.thread_time() - start
    finally:
        gc.enable()


def item_ratio(name: str, items: Sequence[T], ours: Callable[[T], object], peer: Callable[[T], object], rounds: int,
               start: Callable[[], object] = lambda: None) -> float:
    """Ours over the peer on the same items: each round (after `start`) times ours then the peer on each item in
    turn, and the sums of each side's best per item are divided (see the module). The guard fails past
    LIMITS[name]."""
    best_ours, best_peer = [float("inf")] * len(items), [float("inf")] * len(items)
    totals = []
    for _ in range(rounds + 1):  # the first a warm-up, its times kept only if none is better
        start()
        gc.disable()
        try:
            for k, item in enumerate(items):
                began = time.thread_time()
                ours(item)
                middle = time.thread_time()
                peer(item)
                best_ours[k], best_peer[k] = min(best_ours[k], middle - began), min(best_peer[k], time.thread_time() - middle)
        finally:
            gc.enable()
        totals.append(sum(best_ours) / sum(best_peer))
    print(f"speed guard {name}: {totals[-1]:.4f} (limit {LIMITS[name]}); sum of bests {sum(best_ours) * 1000:.2f} / "
          f"{sum(best_peer) * 1000:.2f} ms over {len(items)} items; after each round " + ", ".join(f"{t:.4f}" for t in totals))
    return totals[-1]


def ratio(name: str, ours: Callable[[], object], peer: Callable[[], object], rounds: int,
          times: tuple[int, int] = (1, 1)) -> float:
    """Ours over the peer, each side's best of `rounds` per call, timed in turns after one warm-up call each;
    a round calls ours `times[0]` times and the peer `times[1]` times, chosen so that both sides take about as
    long: a short run is less often interrupted, and each interruption leaves the caches colder. The guard fails
    past LIMITS[name]."""
    ours(), peer()
    runs = [(cpu_seconds(ours, times[0]), cpu_seconds(peer, times[1])) for _ in range(rounds)]
    best = min(o for o, _ in runs) / times[0] / (min(p for _, p in runs) / times[1])
    print(f"speed guard {name}: {best:.4f} (limit {LIMITS[name]}); best per call "
          f"{min(o for o, _ in runs) / times[0] * 1000:.2f} / {min(p for _, p in runs) / times[1] * 1000:.2f} ms; rounds "
          + ", ".join(f"{o / times[0] / (p / times[1]):.4f}" for o, p in runs))
    return best


def test_the_pdfium_engine_keeps_well_ahead_of_pdfplumbers_engine():
    """A page of a real plan: pdfium's words, edges and fills (about a ninth of pdfplumber's time for the same
    layouts) against pdfplumber's engine reading the same page."""
    data = PDF.read_bytes()
    name = "pdfium engine / pdfplumber engine"
    assert ratio(name, lambda: list(pdfium_layouts(data, PDF.name, 100, PAGES)),
                 lambda: list(plumber_layouts(data, PDF.name, 100, PAGES)), 7, (8, 1)) < LIMITS[name]


def test_the_table_rebuild_keeps_near_pdfplumbers_word_finder():
    """The page's tables and lines rebuilt from pdfium's layout (pdfplumber's table finder on its edges, then each
    word placed in its cell and line) against pdfplumber finding the words of the same page, its characters read
    already: pure Python geometry over the same page's objects both, as near in kind as a peer gets, and about as
    long (a pdfplumber engine's read, the peer before, took thirty times as long and swung more)."""
    data = PDF.read_bytes()
    layouts = list(pdfium_layouts(data, PDF.name, 100, PAGES))
    with pdfplumber.open(PDF) as pdf:
        page = pdf.pages[PAGES.start]
        name = "table rebuild / pdfplumber words"
        assert ratio(name, lambda: [read_page(layout) for layout in layouts], page.extract_words, 30) < LIMITS[name]


@pytest.mark.parametrize("path", sorted((FIXTURES / "pdf").glob("*.pdf")), ids=lambda path: path.name)
def test_the_pdfium_path_loads_each_page_once_and_never_runs_pdfminer(path, monkeypatch):
    """A page loaded or its text read twice doubles the engine's cost; pdfminer's interpreter running at all means
    the document fell back to pdfplumber (ingest/pdf.py, EngineCannotRead), five to ten times slower. The table
    finder imports pdfplumber and pdfminer, so that they are imported proves nothing (test_startup.py)."""
    loaded: list[int] = []
    texts: list[int] = []
    interpreted: list[object] = []
    get_page, get_textpage = pdfium.PdfDocument.get_page, pdfium.PdfPage.get_textpage

    def counted_page(document: pdfium.PdfDocument, index: int) -> pdfium.PdfPage:
        loaded.append(index)
        return get_page(document, index)

    def counted_text(page: pdfium.PdfPage) -> pdfium.PdfTextPage:
        texts.append(1)
        return get_textpage(page)

    monkeypatch.setattr(pdfium.PdfDocument, "get_page", counted_page)
    monkeypatch.setattr(pdfium.PdfPage, "get_textpage", counted_text)
    monkeypatch.setattr(PDFPageInterpreter, "process_page", lambda _, page: interpreted.append(page))
    data = path.read_bytes()
    document = read_pdf(data, path.name, path.name, 100, "pdfium", processes=1)
    pages = len(pdfium.PdfDocument(data))
    assert sorted(loaded) == list(range(pages)) and len(texts) == pages and interpreted == []
    assert document.text  # read, not refused


def test_the_timeline_normaliser_keeps_well_ahead_of_dateparser(profile):
    """Uncached, as benchmarks/timelines.py measures it (issue 15: at least 20x dateparser.parse), on the seed's
    phrases and a fifth of the benchmark's generated ones."""
    calendar = fiscal_calendar(profile)
    seed = [t.timeline_raw for t in normalise_document(parse_document(read_document(PLAN), profile), profile,
                                                       GIVEN).timelines]
    phrases = seed + generated()[::20]

    import dateparser

    name = "timeline normaliser / dateparser.parse"
    assert item_ratio(name, phrases, lambda phrase: read_timeline.__wrapped__(phrase, calendar, REFERENCE),
                      lambda phrase: dateparser.parse(phrase, languages=["en"], settings=DATEPARSER_SETTINGS), 12,
                      parse_full_date.cache_clear) < LIMITS[name]  # its memo of dates in words starts empty, as the
    # benchmark's does: a phrase's best is its time after the round's first date in words, or with it


def test_normalising_a_plan_reads_each_distinct_timeline_once(plan, profile):
    """The memo (read_timeline) is the normaliser's speed on real plans, which repeat their phrases: the seed's 69
    timelines are 44 phrases. A key that varied from cell to cell would read every one afresh."""
    read_timeline.cache_clear()
    timelines = normalise_document(plan, profile, GIVEN).timelines
    assert read_timeline.cache_info().misses == len({t.timeline_raw for t in timelines}) < len(timelines)


def test_the_owner_matcher_keeps_near_spacys_tokeniser_per_cell(plan, profile):
    """Every allocation cell of the seed split into owners and timelines, and each owner resolved (spaCy's matcher,
    then the profile's spellings), against a plain loop handing each cell to spaCy's tokeniser, which the matcher
    needs first, ten times a cell: about as long. A plain loop asking each cell for each spelling (`in`) was no
    steady peer: the matcher's ratio to it swung from 16x to 32x between runs."""
    glossary = glossary_for(profile)
    cells = [(a.allocated_raw, a.allocated_printed or "") for a in plan.actions if a.allocated_raw]
    nlp, _ = glossary.load()

    def matcher(cell: tuple[str, str]) -> None:
        raw, printed = cell
        for segment in split_allocation(raw, glossary, ends_owners):
            if segment.kind == "owner":
                glossary.resolve(segment.text, printed)

    name = "owner matcher / spaCy tokeniser per cell"
    def tokeniser(cell: tuple[str, str]) -> None:
        for _ in range(10):
            nlp.make_doc(cell[0])

    assert item_ratio(name, cells, matcher, tokeniser, 30) < LIMITS[name]


def test_the_text_seeds_ingest_keeps_near_spacys_blank_pipeline(profile, tmp_path):
    """The seed plan read, parsed, normalised and written in this process (spaCy and the writer already loaded,
    as for a batch's later document) against building `spacy.blank("en")`, the floor issue 15 measures start-up
    against: about 1.8x it."""
    import spacy

    outs = iter(range(1000))

    def ingest() -> None:
        write(process(PLAN, profile, GIVEN), tmp_path / str(next(outs)), profile, "r1")

    name = "text seed in-process / spacy.blank('en')"
    assert ratio(name, ingest, lambda: spacy.blank("en"), 9, (1, 2)) < LIMITS[name]

