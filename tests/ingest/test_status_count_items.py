"""List items that are only a status and its count (ingest/headed_list.py, by ingest/status_counts.STATUS_COUNT):
Epping Forest District Council's overview and scrutiny minutes on its Corporate Plan Key Action Plan 2017/18,
quarter 4 outturn (tests/fixtures/other_councils/refused/epping_forest_minutes_2018_q4_outturn.txt, the stored page
as kept) print under `At the end of the year:` four bulleted counts (`·         Achieved:    28 (56%)` ...). Under
the agenda item's title (`Corporate Plan Key Action Plan 2017/18 - Quarter 4 Outturn`, a plan's name) they were read
as four actions; they count the plan's actions, which the minutes do not print, so the page is no plan and is
refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from council_actions.ingest import read_document
from council_actions.ingest.headed_list import read_headed_list
from council_actions.ingest.model import Line

from council_actions.profile import load_profile
from tests.conftest import FIXTURES
from tests.parsers.test_status_totals import EPPING_OUTTURN, EPPING_Q3

EPPING = FIXTURES / "other_councils" / "refused" / "epping_forest_minutes_2018_q4_outturn.txt"
PROFILES = {"generic": load_profile("generic"), "default": load_profile(None)}


@pytest.fixture(scope="module")
def lines():
    return list(read_document(EPPING).iter_lines())


def _items(layout):
    """The action cell of each row the list reads."""
    return [cell.text for line in layout.lines for cell in line.cells if cell.column == 2]


def test_the_counts_are_the_pages_own_lines(lines):
    assert [line.text for line in lines if line.text.startswith("·")] == EPPING_OUTTURN[:4]


@pytest.mark.parametrize("name", list(PROFILES))
def test_a_list_of_status_counts_is_no_plan(lines, name):
    """With either profile's status rules each count is a remark, no item: no heading has items, no list is read."""
    roles = PROFILES[name].roles
    assert read_headed_list(lines, roles.role_of, roles.status_of) is None


def test_without_the_status_rules_the_counts_are_read_as_actions(lines):
    """What the list reader makes of them without the status rules: four actions under `At the end of the year:`."""
    layout = read_headed_list(lines, PROFILES["generic"].roles.role_of)
    assert layout is not None
    assert _items(layout) == [line[1:].strip() for line in EPPING_OUTTURN[:4]]


MADE_UP = ["·         Deliver the new waste contract", "·         Review the car parking strategy"]


def _list(tmp_path: Path, items: list[str]) -> list[Line]:
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(["Corporate Plan Key Action Plan", "At the end of the year:", *items]) + "\n",
                    encoding="utf-8")
    return list(read_document(path).iter_lines())


@pytest.mark.parametrize("count", [*EPPING_OUTTURN[:4], *EPPING_Q3])
def test_each_real_count_is_no_item(tmp_path, count):
    """Each real line under the same heading above two made-up items: the count is no row, the items are.
    `Achieved or On-Target` (the Epping Forest quarter 3 minutes) counts two
    statuses together, each read by the status rules."""
    roles = PROFILES["generic"].roles
    layout = read_headed_list(_list(tmp_path, [count, *MADE_UP]), roles.role_of, roles.status_of)
    assert layout is not None and _items(layout) == [item[1:].strip() for item in MADE_UP]


@pytest.mark.parametrize("item", ["·         Budget:       28 (56%)",  # no status word: made up, as the next
                                  "·         Achieved or postponed: 2",  # `postponed` is no generic status
                                  "·         Achieved: 28 homes built against a target of 30"])  # more than a count
def test_an_item_that_is_more_than_a_status_count_stays_an_item(tmp_path, item):
    roles = PROFILES["generic"].roles
    layout = read_headed_list(_list(tmp_path, [item, *MADE_UP]), roles.role_of, roles.status_of)
    assert layout is not None and _items(layout) == [line[1:].strip() for line in (item, *MADE_UP)]
