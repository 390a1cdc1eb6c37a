"""The search for the rows of a one-cell-per-line table (ingest/row_search.py) keeps the readings that trying every
cell from every state keeps, on the real tables that have no row markers.

The search gathers a state's readings at the state they reach and orders the readings a text cell carries by a
lead that rounding may blur (`row_search.ROUNDING`); the reference here is the search as it stood before (each
reading sent on with every cell its column may take, kept at the state reached if among the two best there, of
equal scores the first found). Both must give the same two readings, to the last bit of the score, for every
table and for every pair of its rows re-read for doubts (`cell_rows.read_unmarked_rows`), and Brighton & Hove's
plan made five times as long. A second test counts the readings scored: a few per state, where the reference
scored every cell of every reading (`test_line_shapes.py` counts the other paths on the same long plan).
"""

from __future__ import annotations

import pytest
from council_actions.ingest import cell_lines, row_search
from council_actions.ingest.cell_rows import read_unmarked_rows
from council_actions.ingest.cell_scores import cells, scored_lines
from council_actions.ingest.cell_shapes import kind_of
from council_actions.ingest.row_search import LEFTOVER, Cut, Reading, State, readings

from council_actions.pipeline import read
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, SAMPLES
from tests.hostile import damage

OTHER = SAMPLES / "other_councils"
TABLES = [  # every real text whose table is read without row markers (samples and fixtures, 5 December 2026)
    OTHER / "brighton_hove_tree_action_plan_2022_27.txt",
    OTHER / "iow_select_committee_recommendations_2004.txt",
    OTHER / "maidstone_ags_2013_14.txt",
    OTHER / "maidstone_ags_2014_15.txt",
    OTHER / "maidstone_ags_2015_16.txt",
    OTHER / "maidstone_scraip_kpi_2012.txt",
    OTHER / "maidstone_scraip_waste_2011.txt",
    OTHER / "maidstone_strategic_plan_2016_17.txt",
    FIXTURES / "cell_lines" / "notes_after_text_column_last.txt",
    FIXTURES / "cell_lines" / "owner_not_last_no_row_markers.txt",
]


def sent_on(shapes: list[str], roles: list[str | None], whole: bool) -> list[tuple[float, tuple[int, ...]]]:
    """The reference: every reading of every state, in line order, sent on with every cell its column may take."""
    kinds = [kind_of(r) for r in roles]
    table = scored_lines(shapes, kinds, roles)
    best: dict[State, list[Reading]] = {(0, 0, True): [Reading(0.0)]}
    for i in range(len(shapes) + 1):
        for j in [*range(1, len(kinds)), 0]:
            last = j == len(kinds) - 1
            arriving = [(proven, r) for proven in (False, True) for r in best.get((i, j, proven), [])]
            for proven, reading in arriving:
                for cell in cells(table, i, j) if arriving else []:
                    row_proven = (proven and j != 0) or cell.proves
                    if last and table.proof and not row_proven:
                        continue
                    kept = best.setdefault((i + cell.lines, (j + 1) % len(kinds), row_proven or last), [])
                    kept.append(Reading(reading.score + cell.gain, Cut(cell.lines, reading.cut)))
                    kept.sort(key=lambda r: -r.score)
                    del kept[2:]
    m = len(shapes)
    if whole:
        ends = [r for r in best.get((m, 0, True), []) if r.cut is not None]
    else:
        ends = sorted((Reading(r.score + LEFTOVER * (m - i), r.cut) for i in range(1, m + 1)
                       for r in best.get((i, 0, True), [])), key=lambda r: -r.score)[:2]
    return [(r.score, r.lengths) for r in ends]


@pytest.fixture(scope="module")
def searched(tmp_path_factory) -> dict[str, tuple[list[str], list[str | None], list[tuple[int, int]]]]:
    """Per table: its lines' shapes, its columns' roles and the pairs of rows re-read (first line, line after)."""
    long_plan = tmp_path_factory.mktemp("long") / "brighton_5.txt"
    long_plan.write_text(damage.repeated(TABLES[0].read_text(encoding="utf-8"), 5), encoding="utf-8")
    found: dict[str, tuple[list[str], list[str | None], list[tuple[int, int]]]] = {}
    profile = load_profile()
    with pytest.MonkeyPatch.context() as patch:
        def kept(shapes: list[str], roles: list[str | None]):  # type: ignore[no-untyped-def]
            rows, doubts = read_unmarked_rows(shapes, roles)
            pairs = [(min(i for c in rows[k] for i in c), max(i for c in rows[k:k + 2][-1] for i in c) + 1)
                     for k in range(len(rows))]
            found[path.name] = shapes, roles, pairs
            return rows, doubts

        patch.setattr(cell_lines, "read_unmarked_rows", kept)
        for path in [*TABLES, long_plan]:
            read(path, profile)
    return found


def test_every_real_table_without_row_markers_is_searched(searched):
    assert sorted(searched) == sorted([p.name for p in TABLES] + ["brighton_5.txt"])
    assert [len(searched[name][2]) for name in (TABLES[0].name, "brighton_5.txt")] == [10, 50]  # rows


@pytest.mark.parametrize("name", [p.name for p in TABLES] + ["brighton_5.txt"])
def test_the_search_keeps_the_readings_sending_every_cell_on_keeps(searched, name):
    shapes, roles, pairs = searched[name]
    kinds = [kind_of(r) for r in roles]
    assert [(r.score, r.lengths) for r in readings(shapes, kinds, roles, whole=False)] == sent_on(shapes, roles, False)
    for start, end in pairs:
        local = shapes[start:end]
        assert [(r.score, r.lengths) for r in readings(local, kinds, roles, whole=True)] == sent_on(local, roles, True)


def test_a_state_scores_a_few_readings_not_every_cell_of_every_reading(searched, monkeypatch):
    """Brighton & Hove's plan five times over (314 slots, 50 rows, five columns, three of them text), the whole
    table and its 50 pairs of rows: sending every reading on with every cell scored 360 readings a slot (112,961),
    most of them for a text cell of up to forty lines. Gathered, 67 a slot (20,969): the cells of no lines, the
    one-line columns' few cells, and the text cells of the readings of the best leads."""
    shapes, roles, pairs = searched["brighton_5.txt"]
    kinds = [kind_of(r) for r in roles]
    scored = []
    keep = row_search._keep
    monkeypatch.setattr(row_search, "_keep", lambda found: scored.append(
        sum(len(tried) for tried in found.values())) or keep(found))
    readings(shapes, kinds, roles, whole=False)
    for start, end in pairs:
        readings(shapes[start:end], kinds, roles, whole=True)
    assert sum(scored) <= 100 * len(shapes)
