"""Long documents cost in proportion to their lines: what the sweep of line shapes (4 December 2026: many short,
blank, bullet, heading and numbered lines, many columns on one line, one long line; 1,000 to 80,000 lines; both
profiles) found growing faster, each pinned by the work it does rather than the time it takes, so that it cannot
flake on a loaded machine.

The document is a real one made long: Brighton's tree plan (a table printed one cell a line, its rows without
markers, its empty cells as paragraphs holding a space) five and twenty times over (`damage.repeated`). Four times
the lines must cost about four times the work, not sixteen.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from council_actions.ingest import cell_lines, cell_rows
from council_actions.parsers import parse_document
from council_actions.parsers.records import Action
from council_actions.parsers.table_action import TableReading

from council_actions.pipeline import read
from council_actions.profile import load_profile
from tests.conftest import SAMPLES
from tests.hostile import damage

BRIGHTON = SAMPLES / "other_councils" / "brighton_hove_tree_action_plan_2022_27.txt"
TIMES = (5, 20)


class Looked(list):  # type: ignore[type-arg]
    """A list that counts the items read from it, one by one or by walking it."""

    reads = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        Looked.reads += 1
        return super().__getitem__(index)

    def __iter__(self):  # type: ignore[no-untyped-def]
        Looked.reads += len(self)
        return super().__iter__()

    def __reversed__(self):  # type: ignore[no-untyped-def]
        Looked.reads += len(self)
        return super().__reversed__()


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> dict[int, dict[str, int]]:
    """Per copies of the plan: its lines, actions, and the work each fixed path did reading and parsing it."""
    folder = tmp_path_factory.mktemp("long")
    profile = load_profile()
    found: dict[int, dict[str, int]] = {}
    with pytest.MonkeyPatch.context() as patch:
        walked: list[int] = []
        lengths = cell_rows.Reading.lengths.fget
        patch.setattr(cell_rows.Reading, "lengths", property(lambda r: walked.append(len(lengths(r))) or lengths(r)))
        rows = cell_lines._rows
        patch.setattr(cell_lines, "_rows", lambda lines, width, roles, empties, shapes: rows(
            lines, width, roles, Looked(empties), shapes))
        add = TableReading.add

        def looked_add(reading: TableReading, action: Action) -> None:
            if not isinstance(reading.actions, Looked):
                reading.actions = Looked(reading.actions)
            add(reading, action)

        patch.setattr(TableReading, "add", looked_add)
        for times in TIMES:
            path = Path(folder) / f"brighton_{times}.txt"
            path.write_text(damage.repeated(BRIGHTON.read_text(encoding="utf-8"), times), encoding="utf-8")
            walked.clear()
            Looked.reads = 0
            document = read(path, profile)
            empties_read = Looked.reads
            Looked.reads = 0
            actions = parse_document(document, profile).actions
            found[times] = {"lines": len(list(document.iter_lines())), "actions": len(actions),
                            "cells walked": sum(walked), "empties read": empties_read, "actions read": Looked.reads}
    return found


def test_the_long_plan_reads_as_its_sample_does_each_time(work):
    assert [work[t]["actions"] for t in TIMES] == [10 * t for t in TIMES]
    assert [work[t]["lines"] for t in TIMES] == [61 * t for t in TIMES]


def test_a_reading_of_rows_grows_by_a_cell_without_copying_its_cells(work):
    """The search for the best rows of a table printed without row markers (`cell_rows`) grows in the table's
    lines, not their square: a reading holds its last cell and the reading it grew from, its cells listed only when
    asked, for the best reading and the doubts' pairs of rows, about once a line. Each reading's cells kept as a
    tuple and copied to add one would square the lines (a table of 4,000 lines, most of the 7 s of its reading)."""
    for times in TIMES:
        assert work[times]["cells walked"] <= 2 * work[times]["lines"]


def test_empty_cells_between_units_are_counted_by_bisection(work):
    """The empty-cell paragraphs between two units of a one-cell-a-line table are counted by bisection: n log n, so
    twenty copies look at most 8 times as often as five (4 times the lines). Looking at every such paragraph between
    every two units is units times paragraphs (forty copies: 1,110,480 looks, 16 times ten copies' 68,820)."""
    small, large = (work[t]["empties read"] for t in TIMES)
    assert large <= 8 * small


def test_an_action_asks_the_counts_kept_not_every_action_before_it(work):
    """Each action of a plan table counted the actions before it for its seq, looked through them for its id and,
    a ditto owner, for the owner above: the actions squared (5,800 numbered actions took 17 million looks, most of
    the parse). The reading keeps those counts as actions are added; the actions are read once, when the parse
    hands them on."""
    for times in TIMES:
        assert work[times]["actions read"] <= work[times]["actions"]
