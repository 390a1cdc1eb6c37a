"""A batch's start-up on one machine: the first documents read while this process loads spaCy.

Loading spaCy and the later stages takes this process a second or so of one core before any document can be
normalised; the cores it leaves are put to reading documents meanwhile, in forked children, so that the load is
not the batch's serial start. Which documents, in what order, and how many a spare core reads in turns
(council_actions.relay) is decided here; council_actions.batch runs the batch around it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import Executor, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from council_actions.preload import load_normalisers, looks_like_pdf, prepare, prepare_readers, started_up
from council_actions.relay import Relay

if TYPE_CHECKING:  # the batch's job, which imports this module to start up
    from council_actions.batch import DocumentJob
    from council_actions.pipeline import Reading

READ_AHEAD = 8  # at most, read in turns on each spare core while spaCy loads: 6 text plans fit (see `reading_ahead`)


@contextmanager
def reading_ahead(job: DocumentJob, paths: list[Path], executor: Executor | None,
                  jobs: int) -> Iterator[list[Reading | None]]:
    """The start-up, where the workers are this process's threads and fork exists. Before anything loads spaCy,
    reading children are forked (`_read_ahead_order` says for which documents); this process then loads spaCy
    and the later stages (a second or so of one core) while they read. One reader per worker starts at once;
    more text documents are read in turns (council_actions.relay) on the cores the load leaves, one fewer than
    the workers, so those stay busy as long as it lasts without slowing it (a PDF's read outlasts it by itself).
    Readers still waiting their turn when the load is done are stopped, their documents go the usual way
    (READ_AHEAD a core is only an upper bound). The workers (if more than one) find everything loaded: each
    document read ahead is normalised and made into tables in one more child. Each read is finished by its
    document's worker; any left when the batch ends early is stopped."""
    ahead: list[Reading | None] = [None] * len(paths)
    if hasattr(os, "fork") and not started_up() and (executor is None or isinstance(executor, ThreadPoolExecutor)):
        relays = [Relay() for _ in range(jobs - 1)]
        started: list[int] = []  # in the order the readers were forked: their turns
        try:
            for turn, i in enumerate(_read_ahead_order(len(paths), jobs, len(relays))):
                if turn >= jobs and looks_like_pdf(paths[i]):
                    break
                document = job.for_document(paths[i])
                if turn == 1:  # while the first reader builds them for itself, the rest will inherit them
                    prepare_readers(document.profile, paths[i])
                ahead[i] = document.start_reading(paths[i], relays[turn % len(relays)] if turn > 0 and relays else None)
                started.append(i)
        finally:
            for relay in relays:
                relay.close()
        if relays:  # one worker alone overlaps its first normalising child with the writer's load instead
            prepare(job.for_document(paths[0]).profile)  # the workers' first document's: they go in input order
            load_normalisers()
        for i in reversed(started):  # last first: each stopped one passes its turn on
            reading = ahead[i]
            if reading is not None and not reading.stages.began():  # still waiting its turn, and no core is idle
                reading.stop()
                ahead[i] = None
    try:
        yield ahead
    finally:
        for reading in ahead:
            if reading is not None:
                reading.stop()


def _read_ahead_order(count: int, jobs: int, relays: int) -> list[int]:
    """Which of `count` documents to read while spaCy loads, in the order their readers start. One worker alone
    waits for its first document's read, so that is the one. Several take the documents in input order once the
    load is done, so the last ones are read ahead, last first: what is left of them (normalising, the tables)
    is then the batch's last and smallest work, shared out so that the workers finish nearly together, where a
    whole document taken last keeps one core busy while the other waits (about half a document's time)."""
    if relays == 0:
        return list(range(min(count, 1)))
    return list(range(count - 1, -1, -1))[:jobs + READ_AHEAD * relays]
