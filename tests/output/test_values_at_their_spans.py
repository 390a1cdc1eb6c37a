"""An auditor follows a row's provenance columns to the extracted text and finds its value there.

Every row of every sample (samples/, read by the command line once a run: `every_sample_by_the_cli`) is checked
against `_sources/<revision>/<document_id>.json`'s text, as docs/reviewing.md tells an auditor to check it:

- `line_start` and `line_end` are the lines (counted by line feeds: a PDF's or pdftotext's form feed is no line
  break, though Python's `str.splitlines` takes it for one) where `char_start` and `char_end - 1` fall;
- an element's printed id, an owner's `owner_raw`, a timeline's `timeline_raw`, an action's `action` and an issue's
  `raw_text` are printed inside `char_start:char_end`: each word of the value in order among the span's words
  (a cell wrapped over lines beside other columns puts their words between).

Issues whose `raw_text` is by definition not the text at their span are left out, each with its reason (OTHER_TEXT).
Every element is checked, whatever its `id_method`: a part a page rates by its heading (Belfast's objectives,
parsers/part_ratings.py) spanned its rating alone, its id the heading lines above.
The seed plan's copies under tests/fixtures (its revisions, damaged and row-repair extracts, pdftotext renderings and
PDFs) are checked likewise for their elements, owners, timelines and issues, from the records (`process`).
Found by auditing 60 rows drawn at random: the seed plan's G002, G011 and `3010` rows, whose id stands alone on its
line's first cell, spanned from past the id (the characteristic's cell cut after it), and a ditto row's unknown
owner quoted the name above where its span holds 'ditto'.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES

WORD = re.compile(r"[^\W_]+")
# Codes whose raw_text is, as docs/columns.md describes each, not the text at the issue's span.
OTHER_TEXT = {
    "status_from_title": "the title or heading that gives the status; the issue spans the row",
    "heatmap_mismatch": "an id the other document's heatmap has and this one lacks, spanned at its theme's row",
    "key_actions_mismatch": "the theme the key actions are counted for, spanned at the page",
    "control_characters": "the words holding the characters removed, each escaped (\\u200b) to be seen",
    "council_not_printed": "nothing: no council is printed",
}
VALUES = {"action_owners": "owner_raw", "action_timelines": "timeline_raw", "actions": "action",
          "extraction_issues": "raw_text", "elements": "printed_id"}


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _in_order(value: str, span: str) -> bool:
    words = iter(_words(span))
    return all(word in words for word in _words(value))


def _texts(out: Path) -> dict[str, str]:
    return {json.loads(p.read_text(encoding="utf-8"))["document_id"]: json.loads(p.read_text(encoding="utf-8"))["text"]
            for p in out.glob("_sources/*/*.json") if p.name != "_index.json"}


def _rows(out: Path, table: str) -> Iterator[dict[str, object]]:
    relation = duckdb.sql(f"select * from read_parquet('{out}/{table}/*/*.parquet')")
    for values in relation.fetchall():
        yield dict(zip(relation.columns, values, strict=True))


SEED_COPIES = sorted([*(FIXTURES / "revisions").glob("*.txt"), *(FIXTURES / "plan_rows").glob("*.txt"),
                      *(FIXTURES / "pdftotext").glob("*.txt"), *(FIXTURES / "damaged").glob("*runnymede*.txt"),
                      *(FIXTURES / "pdf").glob("*.pdf")])


@pytest.fixture(scope="module")
def sources(every_sample_by_the_cli) -> tuple[Path, dict[str, str]]:
    out = every_sample_by_the_cli[0]
    return out, _texts(out)


@pytest.mark.parametrize("table", sorted(VALUES))
def test_lines_are_where_the_characters_are(sources, table):
    out, texts = sources
    wrong = []
    for row in _rows(out, table):
        text = texts[str(row["document_id"])]
        starts = [0, *(m.end() for m in re.finditer("\n", text))]
        start, end = int(row["char_start"]), int(row["char_end"])  # type: ignore[call-overload]
        lines = (bisect.bisect_right(starts, start), bisect.bisect_right(starts, max(start, end - 1)))
        if lines != (row["line_start"], row["line_end"]):
            wrong.append((row["document_id"], row["line_start"], row["line_end"], lines))
    assert not wrong


@pytest.mark.parametrize("table", sorted(VALUES))
def test_each_value_is_printed_at_its_span(sources, table):
    out, texts = sources
    wrong = []
    for row in _rows(out, table):
        value = row[VALUES[table]]
        if value is None or row.get("code") in OTHER_TEXT:
            continue
        span = texts[str(row["document_id"])][int(row["char_start"]):int(row["char_end"])]  # type: ignore[call-overload]
        if not _in_order(str(value), span):
            wrong.append((row.get("code"), row["line_start"], value, span[:80]))
    assert not wrong


def test_the_seed_plans_ids_alone_on_their_lines_are_inside_their_rows(sources):
    """Runnymede's plan prints G002, G011 and G010 (as `<b>3010:</b>`) at the start of the characteristic cell of
    a line whose theme and score cells are empty (sample lines 223, 252 and 260): each row spans from its id."""
    out, texts = sources
    rows = duckdb.sql(f"select e.element_id, e.char_start, e.char_end, e.line_start from "
                      f"read_parquet('{out}/elements/*/*.parquet') e join read_parquet('{out}/documents/*/*.parquet')"
                      " d using (document_id) where d.source_name = '004_d0d661fda207b69c.txt' and e.element_id in "
                      "('G002', 'G010', 'G011') order by 1").fetchall()
    text = next(t for t in texts.values() if "G002: Now in 1. Continuous Improvement theme" in t)
    assert [(i, line, text[start:end][:10]) for i, start, end, line in rows] == [
        ("G002", 223, "G002: Now "), ("G010", 252, "3010:</b> "), ("G011", 260, "G011: Publ")]


def test_a_ditto_rows_unknown_owner_quotes_the_ditto_and_names_the_owner(sources):
    """Waverley's CPA plan prints 'John Anderson' then 'ditto' twice in Who by? (browser copy, lines 6-8): the
    ditto rows' unknown_owner issues quote 'ditto', what their span holds, as their owner rows' owner_raw does."""
    out, texts = sources
    issues = duckdb.sql(f"select i.line_start, i.raw_text, i.message, i.char_start, i.char_end, i.document_id from "
                        f"read_parquet('{out}/extraction_issues/*/*.parquet') i join read_parquet('{out}/documents/*/*"
                        ".parquet') d using (document_id) where d.source_name = "
                        "'waverley_cpa_improvement_plan_2004_browser_copy.txt' and i.code = 'unknown_owner' "
                        "and i.line_start <= 8 order by 1").fetchall()
    assert [(line, raw, texts[doc][start:end]) for line, raw, _, start, end, doc in issues] == [
        (6, "John Anderson", "John Anderson"), (7, "ditto", "ditto"), (8, "ditto", "ditto")]
    assert issues[1][2].startswith("owner 'John Anderson' (the owner above, printed here as 'ditto') is not in ")


@pytest.mark.usefixtures("pdf_read_once_per_run")
@pytest.mark.parametrize("path", SEED_COPIES, ids=lambda p: p.name)
def test_each_value_of_a_seed_copy_is_printed_at_its_span(path):
    processed = process(path, load_profile())
    text, normalised = processed.document.text, processed.normalised
    values = [*((e.printed_id, e.span) for e in processed.parsed.elements),
              *((o.owner_raw, o.span) for o in normalised.owners),
              *((t.timeline_raw, t.span) for t in normalised.timelines),
              *((i.raw_text, i.span) for i in (*processed.document.issues, *processed.parsed.issues,
                                              *normalised.issues) if i.code not in OTHER_TEXT)]
    assert [(value, span.line_start) for value, span in values
            if not _in_order(value, text[span.char_start:span.char_end])] == []
