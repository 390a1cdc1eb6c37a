"""Benchmark: how many hand-checked actions each extractor gives back whole, from the same real-producer PDFs.

The mission says "more accurate than general PDF extractors": this measures it on the PDFs whose right answers
are hand-checked golden files. The seed plan as LibreOffice and Chromium print it (tests/fixtures/pdf/, golden
file tests/golden/runnymede_plan.json: 94 actions), Waverley's and Maidstone's plans printed by the same two
producers (tests/fixtures/other_councils/pdf/, expected files beside them: 8 and 2 actions), and a council's own
PDF, printed by no one here: ten pages of Kent County Council's ICS priorities, PowerPoint slides exported by
Acrobat, in seven files (tests/fixtures/other_councils/published/, 16, 13, 5, 6, 2, 7 and 2 actions).

A general extractor gives tables of cells, not actions, so it is given every chance: an action counts as found
when some row of its tables holds the action's printed words, exactly (spaces and line breaks counted as one
space), as one cell (`cell`), or anywhere inside one cell, as a bullet of a list is (`in a cell`); and `whole`
when that row also holds each other value the golden file gives as printed (the seed's `Allocated to and
indicative timeline` cell; the others' owner and timeline cells), the same way. council-actions is scored on the
actions it reads (action, allocation, owner and timeline as printed), with each PDF engine; it is told no
profile for the other councils, as the golden test reads them. Peers: pdfplumber's `extract_tables()` on every
page, and Camelot and tabula-py (lattice: these tables are ruled) when installed
(`pip install -c constraints.txt '.[bench]'`).

Run: .venv/bin/python benchmarks/accuracy.py
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from council_actions.ingest import PdfEngine  # noqa: E402
from council_actions.normalise import ReferenceDates  # noqa: E402

from council_actions.pipeline import process  # noqa: E402
from council_actions.profile import load_profile  # noqa: E402
from tests.conftest import GIVEN  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
PRODUCERS = ("libreoffice", "chromium")
# Other councils' plans printed as PDFs, and the expected file (read without a profile) each must give.
OTHER = {"waverley_cpa_improvement_plan_2004": "what_how_who_when_without_profile",
         "maidstone_ags_2014_15": "maidstone_ags_2014_15"}
# Councils' own PDFs, each read as published (tests/fixtures/other_councils/published/), and its expected file.
PUBLISHED = {"kent_ics_priorities_2025_cype_public_health": "kent_ics_priorities_2025_cype_public_health",
             "kent_ics_priorities_2025_procurement_asc_get": "kent_ics_priorities_2025_procurement_asc_get",
             "kent_ics_priorities_2025_get_social_prescribing": "kent_ics_priorities_2025_get_social_prescribing",
             "kent_ics_priorities_2025_public_health_narrow_columns":
                 "kent_ics_priorities_2025_public_health_narrow_columns",
             "kent_ics_priorities_2025_hrod_unprinted_spaces": "kent_ics_priorities_2025_hrod_unprinted_spaces",
             "kent_ics_priorities_2025_public_health_prevention": "kent_ics_priorities_2025_public_health_prevention",
             "kent_ics_priorities_2025_hrod_line_ends": "kent_ics_priorities_2025_hrod_line_ends"}
Row = tuple[str, ...]  # the printed values of one row of a table (or of one action read), spaces flattened


@dataclass(frozen=True)
class Case:
    """A PDF and its hand-checked actions, each as the values its table's row prints (the action's words first)."""

    name: str
    pdf: Path
    profile: str | None  # a built-in profile's name; None: the default (Runnymede's)
    actions: tuple[Row, ...]


def flat(text: object) -> str:
    """A printed value with its line breaks and runs of spaces as one space: wrapping is the page's, not the text's."""
    return " ".join(str(text).split()) if text is not None and text == text else ""  # NaN (pandas) is no text


def printed(*values: object) -> Row:
    return tuple(v for v in map(flat, values) if v)


def cases() -> list[Case]:
    """The seed plan from both producers against the golden file; each other plan against its expected file."""
    golden = json.loads((ROOT / "tests" / "golden" / "runnymede_plan.json").read_text(encoding="utf-8"))
    seed = tuple(printed(a["action"], a["allocated_raw"]) for a in golden["actions"])
    found = [Case(f"seed plan ({p})", FIXTURES / "pdf" / f"runnymede_plan_{p}.pdf", None, seed) for p in PRODUCERS]
    for plan, expected in OTHER.items():
        rows = _expected_rows(expected)
        found += [Case(f"{plan} ({p})", FIXTURES / "other_councils" / "pdf" / f"{plan}_{p}.pdf", "generic", rows)
                  for p in PRODUCERS]
    for plan, expected in PUBLISHED.items():
        found.append(Case(f"{plan} (own PDF)", FIXTURES / "other_councils" / "published" / f"{plan}.pdf", "generic",
                          _expected_rows(expected)))
    return found


def _expected_rows(expected: str) -> tuple[Row, ...]:
    """An expected file's actions, each as the values its row prints: the action, its owner and its timeline."""
    data = json.loads((FIXTURES / "other_councils" / "expected" / f"{expected}.json").read_text(encoding="utf-8"))
    return tuple(printed(a["action"], a["owner"], a["timeline"]) for a in data["actions"])


def council_actions(engine: PdfEngine) -> Callable[[Case], list[Row]]:
    """The actions council-actions reads, each as a row of its printed values."""
    def extract(case: Case) -> list[Row]:
        profile = load_profile(case.profile) if case.profile else load_profile()
        parsed = process(case.pdf, profile, GIVEN if case.profile is None else ReferenceDates(),
                         pdf_engine=engine).parsed
        return [printed(a.action, a.allocated_raw, a.owner_raw, a.timeline_raw) for a in parsed.actions]
    return extract


def pdfplumber_tables(case: Case) -> list[Row]:
    import pdfplumber

    with pdfplumber.open(case.pdf) as pdf:
        return [tuple(map(flat, row)) for page in pdf.pages for table in page.extract_tables() for row in table]


def camelot_tables(case: Case) -> list[Row]:
    import camelot

    return [tuple(map(flat, row)) for table in camelot.read_pdf(str(case.pdf), pages="all", flavor="lattice")
            for row in table.df.values.tolist()]


def tabula_tables(case: Case) -> list[Row]:
    import tabula

    frames = tabula.read_pdf(str(case.pdf), pages="all", lattice=True, silent=True, pandas_options={"header": None})
    return [tuple(map(flat, row)) for frame in frames for row in frame.values.tolist()]


def extractors() -> dict[str, Callable[[Case], list[Row]]]:
    """Each extractor measured, by the name printed: the peers only where installed."""
    found: dict[str, Callable[[Case], list[Row]]] = {
        "council-actions (pdfium)": council_actions("pdfium"),
        "council-actions (pdfplumber)": council_actions("pdfplumber"),
        "pdfplumber extract_tables()": pdfplumber_tables}
    if importlib.util.find_spec("camelot"):
        found["Camelot lattice"] = camelot_tables
    if importlib.util.find_spec("tabula"):
        found["tabula-py lattice"] = tabula_tables
    return found


@dataclass(frozen=True)
class Score:
    """Of a case's hand-checked actions, how many an extractor gives back: the action's words as one cell, inside
    one cell, and inside one row with each other value it prints (each inside a cell of that row)."""

    cell: int
    inside: int
    whole: int


def score(actions: tuple[Row, ...], rows: list[Row]) -> Score:
    def inside(value: str, row: Row) -> bool:
        return any(value in cell for cell in row)

    return Score(sum(any(a[0] in row for row in rows) for a in actions),
                 sum(any(inside(a[0], row) for row in rows) for a in actions),
                 sum(any(all(inside(v, row) for v in a) for row in rows) for a in actions))


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    found = extractors()
    totals = {name: [0, 0, 0] for name in found}
    print("hand-checked actions given back, as  cell exact / inside a cell / whole row  (see the docstring)")
    print(f"  {'input':<52}{'actions':>8}  " + "  ".join(f"{name:>28}" for name in found))
    every = 0
    for case in cases():
        every += len(case.actions)
        cells = []
        for name, extract in found.items():
            got = score(case.actions, extract(case))
            totals[name] = [t + g for t, g in zip(totals[name], (got.cell, got.inside, got.whole), strict=True)]
            cells.append(f"{got.cell}/{got.inside}/{got.whole}")
        print(f"  {case.name:<52}{len(case.actions):>8}  " + "  ".join(f"{c:>28}" for c in cells))
    print(f"  {'all':<52}{every:>8}  " + "  ".join(f"{'/'.join(map(str, t)):>28}" for t in totals.values()))
    print("  whole rows as a share: " + ", ".join(f"{name} {t[2] / every:.0%}" for name, t in totals.items()))


if __name__ == "__main__":
    main()
