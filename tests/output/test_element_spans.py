"""An element's printed values are each at pieces of their own text (`element_spans`), as an action's are.

An element's provenance columns run over its whole row: the theme and score column, the characteristic and the
opportunities beside it, line by line. Its printed id and characteristic were only somewhere in that range, and a
characteristic with a status note printed inside it (`or programme. (Merged` / `with Cl001 in Statutory` /
`guidance)`) is no one range of it at all. The pieces give each printed value (printed_id, characteristic,
status_note, notes, status_raw) at the characters it was read from, a piece a line.

Checked here: the seed's elements whose characteristic prints a status note (CI002, CI012, G002 and PCE001: the
sample's lines 63-68, 92-96, 223-224 and 537-547, quoted below) and L011's notes, piece by piece against the source's
lines (golden, by hand); Belfast's objective rated under its heading and the aspects its table rates; both
real-producer PDFs of the seed plan, with both engines; and every sample as the command line writes it: each piece's
characters, cut from the document's text, are the value's part (the spaces of a wrapped line aside), and every
element has its printed id and characteristic in pieces. A repaired id (`Cl002` read as `CI002`) is no exception:
the piece prints `printed_id`, `Cl002`, and the row's `id_method` says its element_id was repaired.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from council_actions.output.tables import build_tables

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, GIVEN, PLAN, SAMPLES
from tests.output.test_values_at_their_spans import _rows, _texts

Pieces = dict[str, list[tuple[int, str]]]  # field -> (line, the piece's characters, spaces of a wrapped line as one)
# The seed's elements with a status note printed inside the characteristic, and one with notes (an opportunity no
# action answers): each piece's line and characters, read from the sample's lines by hand
SEED: dict[str, Pieces] = {
    "CI002": {"printed_id": [(63, "Cl002")],
              "characteristic": [(63, "There is some"), (64, "form of established"), (65, "transformation function"),
                                 (66, "or programme.")],
              "status_note": [(66, "Merged"), (67, "with Cl001 in Statutory"), (68, "guidance")]},
    "CI012": {"printed_id": [(92, "Cl012")],
              "characteristic": [(92, "The authority's scrutiny function is"),
                                 (93, "challenging, robust and contributes to the"),
                                 (94, "efficient delivery of services")],
              "status_note": [(95, "Previously G002 in"), (96, "the draft guidance")]},
    "G002": {"printed_id": [(223, "G002")],
             "characteristic": [(223, "The authority's scrutiny function is"),
                                (224, "challenging, robust and contributes to the efficient delivery of services.")],
             "status_note": [(223, "Now in 1. Continuous Improvement theme (Cl012)")]},
    "L011": {"printed_id": [(202, "L011")],
             "characteristic": [(202, "Effective and"), (203, "timely responses to"), (204, "issues with"),
                                (205, "acceptance of the need to make"), (206, "changes and"),
                                (207, "without a culture of"), (208, "blame.")],
             "notes": [(202, "No gaps identified.")]},
    "PCE001": {"printed_id": [(537, "PCE001")],
               "characteristic": [(537, "The authority provides"), (538, "effective leadership"),
                                  (539, "of place through its"), (540, "elected members,"), (541, "officers and"),
                                  (542, "constructive"), (543, "relationships with external"), (544, "stakeholders.")],
               "status_note": [(545, "Removed from"), (546, "statutory"), (547, "guidance")],
               "notes": [(537, "This has subsequently been removed from the statutory guidance."),
                         (539, "No gaps identified.")]},
}
BELFAST = SAMPLES / "other_councils" / "belfast_improvement_self_assessment_2023_24_objective_4.txt"
OBJECTIVE = "Objective 4: Our environment"
# Belfast's objective 4: its heading (line 1), its rating under the label `Self-assessment` (line 6: `Achieved – we
# helped tackle ...`), and an aspect its table rates (`Fairness |` over `Achieved |`, lines 16-17)
BELFAST_ROWS: dict[str, Pieces] = {
    OBJECTIVE: {"printed_id": [(1, OBJECTIVE)],
                "characteristic": [(6, "we helped tackle climate change, protect our environment, and improve the "
                                       "sustainability of Belfast.")],
                "status_raw": [(6, "Achieved")]},
    f"{OBJECTIVE} > Fairness": {"printed_id": [(16, "Fairness")], "characteristic": [(16, "Fairness")],
                                "status_raw": [(17, "Achieved")]},
}
PRODUCER_PDFS = [FIXTURES / "pdf" / "runnymede_plan_libreoffice.pdf", FIXTURES / "pdf" / "runnymede_plan_chromium.pdf"]


def _tables(path: Path, engine: str = "pdfium") -> tuple[str, list[dict[str, object]], list[dict[str, object]]]:
    """The document's text, its elements and its element_spans rows as the tables hold them."""
    profile = load_profile()
    processed = process(path, profile, GIVEN, pdf_engine=engine)  # type: ignore[arg-type]
    tables = build_tables(processed.document, processed.parsed, processed.normalised, "r", profile).tables
    return processed.document.text, tables["elements"].to_pylist(), tables["element_spans"].to_pylist()


def _pieces(text: str, spans: list[dict[str, object]], element_id: str) -> Pieces:
    """An element's pieces by field, in order, each its line and its characters (spaces as one)."""
    found: Pieces = {}
    for s in sorted((s for s in spans if s["element_id"] == element_id), key=lambda s: int(s["seq"])):  # type: ignore
        piece = " ".join(text[s["char_start"]:s["char_end"]].split())  # type: ignore[misc]
        found.setdefault(str(s["field"]), []).append((int(s["line_start"]), piece))  # type: ignore[call-overload]
    return found


def _misprinted(text: str, elements: list[dict[str, object]], spans: list[dict[str, object]]) -> list[tuple[object, ...]]:
    """The pieces whose characters are not the value's part they say they print (value_start to value_end), the
    spaces of a wrapped line aside."""
    by_id = {e["element_id"]: e for e in elements}
    wrong = []
    for s in spans:
        value = str(by_id[s["element_id"]][str(s["field"])])[int(s["value_start"]):int(s["value_end"])]  # type: ignore
        printed = text[s["char_start"]:s["char_end"]]  # type: ignore[misc]
        if value.split() != printed.split():
            wrong.append((s["element_id"], s["field"], s["line_start"], value, printed))
    return wrong


def _unplaced(elements: list[dict[str, object]], spans: list[dict[str, object]]) -> list[tuple[object, str]]:
    """The printed values of elements with no piece."""
    placed = {(s["element_id"], s["field"]) for s in spans}
    return [(e["element_id"], field) for e in elements
            for field in ("printed_id", "characteristic", "status_note", "notes", "status_raw")
            if e[field] and (e["element_id"], field) not in placed]


def test_the_seed_plans_status_notes_and_characteristics_are_each_at_their_own_words():
    text, elements, spans = _tables(PLAN)
    assert {element_id: _pieces(text, spans, element_id) for element_id in SEED} == SEED
    methods = {e["element_id"]: (e["printed_id"], e["id_method"]) for e in elements}
    # the repaired ids: the piece prints the id as printed, and the row says it was repaired
    assert methods["CI002"] == ("Cl002", "repaired") and methods["CI012"] == ("Cl012", "repaired")
    assert _misprinted(text, elements, spans) == [] and _unplaced(elements, spans) == []
    assert len(elements) == 74 and len(spans) == 526


def test_a_part_rated_under_its_heading_and_the_aspects_its_table_rates_are_at_their_words():
    text, elements, spans = _tables(BELFAST)
    assert {element_id: _pieces(text, spans, element_id) for element_id in BELFAST_ROWS} == BELFAST_ROWS
    assert _misprinted(text, elements, spans) == [] and _unplaced(elements, spans) == []
    assert len(elements) == 8


@pytest.mark.usefixtures("pdf_read_once_per_run")
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("path", PRODUCER_PDFS, ids=lambda p: p.name)
def test_a_real_producers_pdf_gives_each_element_value_its_words_and_boxes(path, engine):
    """The seed plan drawn by LibreOffice and by Chromium: every piece prints its part of the value, in a box on its
    page, and every element has its id and characteristic in pieces."""
    text, elements, spans = _tables(path, engine)
    assert len(elements) == 74
    assert _misprinted(text, elements, spans) == [] and _unplaced(elements, spans) == []
    assert all(s["source_page"] is not None and s["x0"] < s["x1"] for s in spans)  # type: ignore[operator]
    assert _pieces(text, spans, "CI002")["status_note"][0][1].startswith("Merged")


def test_every_samples_element_pieces_print_their_values(every_sample_by_the_cli):
    """Every sample as the command line writes it: each piece's characters are its part of the value, and every
    printed value of every element has its pieces."""
    out = every_sample_by_the_cli[0]
    texts = _texts(out)
    elements = list(_rows(out, "elements"))
    spans = list(_rows(out, "element_spans"))
    for document_id, text in texts.items():
        mine = [e for e in elements if e["document_id"] == document_id]
        own = [s for s in spans if s["document_id"] == document_id]
        assert _misprinted(text, mine, own) == [] and _unplaced(mine, own) == [], document_id
    assert len(spans) > len(elements) > 74
