"""An action's values are each at pieces of their own text (`action_spans`), where its one range holds a neighbour's.

An action's provenance columns run from its first character to its last. The seed plan prints two or three
recommendations in one line's cell, their allocations side by side in the next (lines 72, 223 and 231): the first
action's range runs through the second's text, the second's through the first's allocation, and nothing in the
actions table tells the auditor which words are whose. The pieces do: each value of an action (its text,
opportunity, allocation, owner, timeline) at the characters it was read from, a piece a line.

Checked here: the seed's rows on those lines, piece by piece, against the source's words (golden, by hand: the
cells of sample lines 72, 223-224 and 231 quoted below); the real-producer PDF extracts of paragraphs in one cell,
with both engines, whose 15 actions' ranges each hold a neighbour's words; and every sample's action_spans rows as
the command line writes them (lines agree with characters, the value's part printed at its piece, no piece holding
another action's unless both share it: two actions answering one opportunity).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from council_actions.ingest.markup import strip_html
from council_actions.output.tables import build_tables

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, GIVEN, PLAN
from tests.output.test_values_at_their_spans import _in_order, _texts

WORD = re.compile(r"[^\W_]+")
PARAGRAPHS_IN_ONE_CELL = sorted((FIXTURES / "pdf" / "extracts").glob("paragraphs_in_one_cell_*.pdf"))
# Sample line 72's cells: opportunity, recommendation (two paragraphs), allocation (two)
CPC_DELAY = "Delay in reporting against the action plan to close-out the LGA CPC in 2019, although with valid " \
            "reasons, was a reputational issue."
COMMS_PLAN = "Develop a communications plan that not only raises awareness and prepares for the CPC in 2024 but " \
             "also covers communications of actions and outcomes as a result of the CPC."
# Line 223's opportunity cell after the line above's last words (`and confidence that it will work.  `)
SAPS_REPORTED = "Annual achievements in delivery of planned activity in Service Area Plans is not consistently " \
                "reported by all service areas to their respective Service Committees."
# Line 231's three opportunity and three recommendation paragraphs, and its three allocations
INDUCTION_PACK = "The information for newly elected Members is presented in RBC's Member Induction Pack, an 80-page " \
                 "document that includes wide-ranging relevant information that they need to know. We also direct " \
                 "Members to the series of additional training and learning opportunities available and links to " \
                 "all the useful LGA pages and any other important information."
MENTOR = "While learning on the job can be positive this can also be overwhelming. Newly elected Members may " \
         "benefit from being paired with an experienced Member as a Mentor."
TRAINING_RULE = "The Member code of conduct or other document does not make clear what happens if a Member does " \
                "not attend mandatory training, required as a prerequisite for sitting on a Committee."
PROMOTE = "Continue to promote additional learning opportunities, training, conferences and useful materials " \
          "that will help Members continuously improve the skills they need to provide effective local " \
          "leadership in Runnymede."
CODE_OF_CONDUCT = "Review and amend the Member code of conduct and Constitution to include policy and clarity on " \
                  "pre-requisite requirements."
UPDATE_NOTE = "Update 10/9/24: Review the requirements through the CMWP as part of the annual review cycle."
G006_OWNERS = "CHoLG, HoDemocratic Services, Q4 2024."
SEED_ROWS = {
    ("CI003", 1): {"action": [(72, COMMS_PLAN)], "opportunity": [(72, CPC_DELAY)],
                   "allocated_raw": [(72, "HoBPPP, Q2 24/25 ahead of CPC in Oct 2024.")]},
    ("CI003", 2): {"action": [(72, "Plan and prepare for follow-up CPC visit in Q2 2025/26.")],
                   "opportunity": [(72, CPC_DELAY)], "allocated_raw": [(72, "HoBPP, Q1 25/26")]},
    ("G002", 1): {"action": [(223, "Now that data is captured in the business planning tool, dashboards could be "
                                   "produced to demonstrate Service Area delivery.")],
                  "opportunity": [(223, SAPS_REPORTED)], "allocated_raw": [(223, "HoBPPP, by end Q2 2024.")]},
    ("G002", 2): {"action": [(223, "CLT to consider as part of the O&S work programme bringing forward an annual "
                                   "summary of service"), (224, "performance against the approved SAPs.")],
                  "opportunity": [(223, SAPS_REPORTED)], "allocated_raw": [(223, "CLT, ongoing.")]},
    ("G006", 1): {"action": [(231, PROMOTE)], "opportunity": [(231, INDUCTION_PACK)],
                  "allocated_raw": [(231, G006_OWNERS)]},
    ("G006", 2): {"action": [(231, "Consider implementation of an improved mentor scheme for new Members.")],
                  "opportunity": [(231, MENTOR)], "allocated_raw": [(231, f"{G006_OWNERS} Update Q4 2026")]},
    ("G006", 3): {"action": [(231, CODE_OF_CONDUCT), (231, UPDATE_NOTE)], "opportunity": [(231, TRAINING_RULE)],
                  "allocated_raw": [(231, G006_OWNERS)]},
}


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(strip_html(text))]


def _tables(path: Path, engine: str = "pdfium") -> tuple[str, list[dict[str, object]], list[dict[str, object]]]:
    """The document's text, its actions and its action_spans rows as the tables hold them."""
    profile = load_profile()
    processed = process(path, profile, GIVEN, pdf_engine=engine)  # type: ignore[arg-type]
    tables = build_tables(processed.document, processed.parsed, processed.normalised, "r", profile).tables
    return processed.document.text, tables["actions"].to_pylist(), tables["action_spans"].to_pylist()


def _neighbours_inside(actions: list[dict[str, object]], spans: list[dict[str, object]]) -> dict[str, list[str]]:
    """Per action whose one range holds pieces of another action it does not share, those pieces' fields."""
    own = {(s["action_id"], s["char_start"], s["char_end"]) for s in spans}
    found: dict[str, list[str]] = {}
    for a in actions:
        start, end = int(a["char_start"]), int(a["char_end"])  # type: ignore[call-overload]
        for s in spans:
            shared = (a["action_id"], s["char_start"], s["char_end"]) in own
            if s["action_id"] != a["action_id"] and not shared and \
                    start < int(s["char_end"]) and int(s["char_start"]) < end:  # type: ignore[call-overload]
                found.setdefault(str(a["action_id"]), []).append(str(s["field"]))
    return found


def _overlapping(spans: list[dict[str, object]]) -> list[tuple[object, object]]:
    """Pairs of pieces of two actions that overlap, a piece both actions have (a shared opportunity) left out."""
    ranges: dict[tuple[int, int], set[object]] = {}
    for s in spans:
        ranges.setdefault((int(s["char_start"]), int(s["char_end"])), set()).add(s["action_id"])  # type: ignore
    ordered = sorted(ranges)
    return [(first, second) for i, first in enumerate(ordered) for second in ordered[i + 1:]
            if second[0] < first[1] and ranges[first] != ranges[second]]


def test_the_seed_plans_actions_sharing_a_line_have_each_value_at_its_own_words():
    text, actions, spans = _tables(PLAN)
    ids = {(a["element_id"], a["seq"]): a["action_id"] for a in actions}
    read: dict[tuple[object, object], dict[str, list[tuple[int, str]]]] = {key: {} for key in SEED_ROWS}
    for s in sorted(spans, key=lambda s: (s["field"], s["seq"])):  # type: ignore[arg-type, return-value]
        for key in SEED_ROWS:
            if s["action_id"] == ids[key]:
                read[key].setdefault(str(s["field"]), []).append(
                    (int(s["line_start"]), " ".join(text[s["char_start"]:s["char_end"]].split())))  # type: ignore
    assert read == {key: {f: [(line, " ".join(t.split())) for line, t in pieces] for f, pieces in fields.items()}
                    for key, fields in SEED_ROWS.items()}
    # what the one range gave: each of the seven holds words of another action of its line
    assert sorted(_neighbours_inside([a for a in actions if a["action_id"] in {ids[k] for k in SEED_ROWS}],
                                     spans)) == sorted(ids[key] for key in SEED_ROWS)


@pytest.mark.usefixtures("pdf_read_once_per_run")
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("path", PARAGRAPHS_IN_ONE_CELL, ids=lambda p: p.name)
def test_paragraphs_in_one_pdf_cell_are_each_their_own_actions_pieces(path, engine):
    """Each of the 15 actions' ranges holds a neighbour's words; no piece of one holds another's, and each piece
    prints its part of the value, in its box on its page."""
    text, actions, spans = _tables(path, engine)
    assert len(actions) == 15 and len(_neighbours_inside(actions, spans)) == 15
    assert _overlapping(spans) == []
    by_id = {a["action_id"]: a for a in actions}
    for s in spans:
        value = str(by_id[s["action_id"]][str(s["field"])])[int(s["value_start"]):int(s["value_end"])]  # type: ignore
        assert _words(value) == _words(text[s["char_start"]:s["char_end"]]), s  # type: ignore[misc]
        assert s["source_page"] is not None and s["x0"] is not None and s["x0"] < s["x1"]  # type: ignore[operator]
    assert {a["action_id"] for a in actions} == {s["action_id"] for s in spans if s["field"] == "action"}


def _rows(out: Path, table: str) -> Iterator[dict[str, object]]:
    relation = duckdb.sql(f"select * from read_parquet('{out}/{table}/*/*.parquet')")
    for values in relation.fetchall():
        yield dict(zip(relation.columns, values, strict=True))


def test_every_samples_pieces_are_their_values_and_no_neighbours(every_sample_by_the_cli):
    """Every sample as the command line writes it: each piece's lines are where its characters are, its part of
    the value is printed there (word by word, in order), and it holds no piece of another action it does not
    share; every action with text has a piece of it."""
    out = every_sample_by_the_cli[0]
    texts = _texts(out)
    actions = {(a["document_id"], a["action_id"]): a for a in _rows(out, "actions")}
    spans = list(_rows(out, "action_spans"))
    wrong = []
    for s in spans:
        text = texts[str(s["document_id"])]
        start, end = int(s["char_start"]), int(s["char_end"])  # type: ignore[call-overload]
        starts = [0, *(m.end() for m in re.finditer("\n", text))]
        lines = (bisect.bisect_right(starts, start), bisect.bisect_right(starts, max(start, end - 1)))
        action = actions[(s["document_id"], s["action_id"])]
        whole = text[start:end] if s["field"] == "start_raw" else action[str(s["field"])]  # a start: no column
        value = str(whole)[int(s["value_start"]):int(s["value_end"])]  # type: ignore[call-overload]
        if lines != (s["line_start"], s["line_end"]) or not _in_order(value, text[start:end]):
            wrong.append((action["element_id"], s["field"], s["line_start"], value[:40], text[start:end][:40]))
    assert wrong == []
    for document_id in texts:
        assert _overlapping([s for s in spans if s["document_id"] == document_id]) == [], document_id
    placed = {(s["document_id"], s["action_id"]) for s in spans if s["field"] == "action"}
    assert [key for key, a in actions.items() if a["action"] and key not in placed] == []
