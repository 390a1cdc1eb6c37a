"""The contract as a new user and an auditor check it: on every sample (not only the seeds) each table has the
first columns and types every schema version keeps (docs/output.md), and every line is accounted for by a row other than the
document's own; and what feeding the CLI what users feed it found, each test named after what it pins."""

from __future__ import annotations

import json
import re

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from council_actions.normalise.owners import OwnerGlossary
from council_actions.output.schema import TABLES
from council_actions.output.tables import arrow_table

from council_actions.cli import main
from tests.conftest import ROOT, THEME_7
from tests.output.test_contract import check_contract

# Each table's first columns, which every schema version keeps (docs/output.md names this list); every table also
# has the provenance columns.
MINIMUM_COLUMNS = {
    "documents": "document_id source_name media_type kind council pages pipeline_version revision_date",
    "themes": "theme_no theme_name description",
    "heatmap": "theme_no position element_id printed_id alias_of score score_rank",
    "elements": "element_id printed_id theme_no score score_rank characteristic status_note no_gaps",
    "actions": "action_id element_id seq opportunity action allocated_raw owners due_date timeline_kind",
    "action_owners": "action_id owner_key owner_title owner_raw match",
    "action_timelines": "action_id seq timeline_raw kind start_date end_date precision fiscal_year condition "
                        "assumptions",
    "statements": "theme_no section seq text",
    "extraction_issues": "severity code message raw_text",
}
PROVENANCE = "revision document_id source_page line_start line_end char_start char_end x0 top x1 bottom"
CONTRACT_TYPES = {pa.string(), pa.date32(), pa.int32(), pa.bool_(), pa.float64()}


@pytest.mark.parametrize("table", sorted(MINIMUM_COLUMNS))
def test_every_sample_has_the_minimum_columns_and_types(every_sample, table):
    out, results = every_sample
    files = sorted((out / table / "2024-06").glob("*.parquet"))
    assert len(files) == len(results)
    for file in files:
        found = pq.read_schema(file)
        assert set(MINIMUM_COLUMNS[table].split() + PROVENANCE.split()) <= set(found.names), file
        assert {field.type for field in found} <= CONTRACT_TYPES, file


@pytest.mark.parametrize("table", list(TABLES))
def test_every_sample_keeps_the_declared_keys_and_vocabularies(every_sample, table):
    out, _ = every_sample
    check_contract(out, json.loads((out / "_schema.json").read_text(encoding="utf-8")), table)


def test_no_sample_line_is_accounted_for_by_the_documents_row_alone(every_sample):
    """The documents row spans the whole text, so a coverage check that counts it proves nothing: every non-blank
    line must be inside another row, known boilerplate or an extraction issue (the `---|---|` rules of the
    pipe-rendered results page too)."""
    out, results = every_sample
    spans: dict[str, list[tuple[int, int]]] = {}  # every document's, read in one pass over the tables
    for document_id, start, end in duckdb.sql(f"select document_id, line_start, line_end from read_parquet("
                                              f"'{out}/*/*/*.parquet', union_by_name=true, filename=true) "
                                              f"where filename not like '%/documents/%'").fetchall():
        spans.setdefault(document_id, []).append((start, end))
    for result in results:
        text = json.loads((out / "_sources" / "2024-06" / f"{result.document_id}.json").read_text(encoding="utf-8"))
        wanted = {n for n, line in enumerate(text["text"].split("\n"), 1) if line.strip()}
        covered = {n for start, end in spans.get(result.document_id, []) for n in range(start, end + 1)}
        assert sorted(wanted - covered) == [], result.source


def test_pipe_table_rule_of_the_results_page_is_boilerplate(every_sample):
    out, _ = every_sample
    rules = duckdb.sql(f"select b.line_start, b.text from read_parquet('{out}/boilerplate/*/*.parquet') b join "
                       f"read_parquet('{out}/documents/*/*.parquet') d using (document_id) "
                       f"where d.source_name = 'results_pipe.txt' and b.kind = 'rule' order by 1").fetchall()
    assert [n for n, _ in rules] == [3, 7, 11, 15, 19, 23, 27]
    assert {text for _, text in rules} == {"---|---|---|---|---|---|---|---|---|---|"}


def test_cell_longer_than_arrow_json_block_is_written():
    """A value over 1 MiB goes through the output stage, not pyarrow's "straddling object straddles two block
    boundaries"."""
    long = "word " * 300_000
    table = arrow_table([{"text": long}, {"text": "short"}], pa.schema([("text", pa.string())]), "statements",
                        "long.txt")
    assert table.column("text").to_pylist() == [long, "short"]


def test_owner_cell_over_a_million_characters_is_matched_not_a_crash(profile):
    """spaCy's 1M-character guard (E088, meant for its parser's memory) does not fail normalise on a long cell."""
    text = "CHoHROD " + "word " * 220_000
    assert OwnerGlossary(profile).mentions(text) == [(0, 7)]


def test_output_folder_of_an_older_version_is_refused_whole(tmp_path, capfd):
    """A folder an older council-actions wrote is not ingested into as it is: files with new columns beside its
    own would be read by pandas or read-table with the older file's columns, the new ones dropped silently."""
    out = tmp_path / "out"
    assert main(["ingest", str(THEME_7), "--out", str(out), "--revision", "2024-06", "--jobs", "1", "-q"]) == 0
    older = next((out / "action_owners" / "2024-06").glob("*.parquet"))
    table = pq.read_table(older)
    pq.write_table(table.drop_columns(["owner_title_confirmed"]), older)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != ".lock"}
    capfd.readouterr()
    assert main(["ingest", str(THEME_7), "--out", str(out), "--revision", "2024-09", "--jobs", "1", "-q"]) == 1
    err = capfd.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"council-actions: error: {THEME_7}: output: {out} holds another "
                                               f"council-actions version's tables: run `council-actions upgrade {out}`")
    assert "lacks owner_title_confirmed" in err[0] and "Traceback" not in err[0]
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != ".lock"} == before


@pytest.mark.parametrize("command", [["read-table", "OUT", "actions"], ["owners", "OUT"], ["revisions", "OUT"]])
def test_table_file_that_is_not_parquet_is_named_in_one_line(tmp_path, capfd, command):
    """read-table and owners name a table file cut short (a disk that filled) in one line, not pyarrow's
    traceback; so does `revisions` where it reads the documents files for their dates (a folder whose index,
    output/sources.py, holds none: with it, `revisions` opens no documents file)."""
    out = tmp_path / "out"
    assert main(["ingest", str(THEME_7), "--out", str(out), "--revision", "r1", "--jobs", "1", "-q"]) == 0
    table = "documents" if command[0] == "revisions" else "actions"
    if command[0] == "revisions":
        (out / "_sources" / "r1" / "_index.json").unlink()
    cut = next((out / table / "r1").glob("*.parquet"))
    cut.write_bytes(cut.read_bytes()[:100])
    capfd.readouterr()
    assert main([str(out) if word == "OUT" else word for word in command]) == 1
    err = capfd.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"council-actions: error: {cut}: cannot read table ("), err


def test_files_of_a_folder_that_are_not_documents_are_named(tmp_path, capsys):
    """`ingest plans/` names a plan saved as .docx (and any other file it cannot read), never skips it without a
    word, exit 0."""
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / THEME_7.name).write_bytes(THEME_7.read_bytes())
    (plans / "plan.docx").write_bytes(b"PK\x03\x04")
    assert main(["ingest", str(plans), "--out", str(tmp_path / "out"), "--revision", "r1", "--jobs", "1"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert f"not read (1 in the folders given, not .txt, .text, .pdf, .csv or .tsv): {plans / 'plan.docx'}" in printed
    assert ("a Word document is not read: save it as PDF (or Text, .txt) from its application and ingest that"
            in printed)  # the next step, not only the refusal
    assert main(["ingest", str(plans), "--out", str(tmp_path / "out"), "--revision", "r1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["skipped"] == [str(plans / "plan.docx")]


def test_diff_refused_by_the_writer_is_one_line_not_a_traceback(tmp_path, capfd):
    """A write the diff's writer refuses (StageError) reaches the user as one line, not a traceback."""
    out = tmp_path / "out"
    for revision in ("2024-06", "2024-09"):
        assert main(["ingest", str(THEME_7), "--out", str(out), "--revision", revision, "--jobs", "1", "-q"]) == 0
    assert main(["diff", str(out), "--json"]) == 0
    lineage = next((out / "action_lineage" / "2024-09").glob("*.parquet"))
    pq.write_table(pq.read_table(lineage).drop_columns(["similarity"]), lineage)
    capfd.readouterr()
    assert main(["diff", str(out)]) == 1
    err = capfd.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"council-actions: error: {out}: output: {out} holds another "
                                               f"council-actions version's tables: run `council-actions upgrade {out}`"), err
    assert "action_lineage/2024-09/" in err[0] or "characters cut" in err[0]


def test_unknown_encoding_is_wrong_usage_before_any_file_is_read(tmp_path, capfd):
    """`--encoding nonsense` is a usage error before any file is read, not every document failed one by one
    (exit 1)."""
    with pytest.raises(SystemExit) as stopped:
        main(["ingest", str(THEME_7), "--out", str(tmp_path / "out"), "--encoding", "nonsense"])
    assert stopped.value.code == 2 and not (tmp_path / "out").exists()
    assert "argument --encoding: 'nonsense' is not an encoding (e.g. cp1252" in capfd.readouterr().err


def test_theme_page_without_an_introduction_has_a_null_description(every_sample):
    """A theme page's description is null (none printed), not '' (an empty introduction)."""
    out, _ = every_sample
    rows = duckdb.sql(f"select d.kind, count(*) filter (where t.description = ''), count(*) filter (where "
                      f"t.description is null) from read_parquet('{out}/themes/*/*.parquet') t join read_parquet("
                      f"'{out}/documents/*/*.parquet') d using (document_id) group by all order by 1").fetchall()
    assert rows == [("action_plan", 0, 0), ("self_assessment", 0, 19)]


def test_web_page_footer_after_next_steps_is_placed_not_part_of_the_theme(every_sample):
    """"Did you find this page useful?" and the rest of the web page's footer are boilerplate of their own kind
    (web_furniture), each with its span: read as Next Steps lines inside the theme row's span, no auditor would be
    pointed at them, and reported as issues they would be noise."""
    out, _ = every_sample
    where = (f"from read_parquet('{out}/TABLE/*/*.parquet') t join read_parquet('{out}/documents/*/*.parquet') d "
             f"using (document_id) where d.source_name = 'theme1_pipe.txt'")
    assert duckdb.sql(f"select t.line_start, t.line_end {where.replace('TABLE', 'themes')}").fetchall() == [(1, 13)]
    footer = duckdb.sql(f"select t.line_start, t.kind {where.replace('TABLE', 'boilerplate')} "
                        f"and t.line_start > 13 order by 1").fetchall()
    assert footer == [(14, "web_furniture"), (15, "web_furniture"), (16, "web_furniture")]
    assert not duckdb.sql(f"select * {where.replace('TABLE', 'extraction_issues')} and t.line_start > 13").fetchall()


def test_a_council_left_unknown_is_said_once_a_document_and_how_to_name_it_once_a_run(tmp_path, capsys):
    """A national run of samples/other_councils with the generic profile: each of the documents that print no
    council says `council unknown (not printed in the document)`, and the hint comes once with the count, naming a
    manifest, the fix for a run over many councils (tests/council_actions/test_manifest.py), not a 150-character
    hint on each. A two-line profile names Warwick's council and reads its plan as the generic profile does."""
    plans = [ROOT / "samples" / "other_councils" / name for name in
             ("warwick_housing_improvement_plan_2024_complaints.txt", "bracknell_caring_2023_24_q3.txt")]
    out = tmp_path / "out"
    assert main(["ingest", *map(str, plans), "--out", str(out), "--revision", "2026-01", "--jobs", "1",
                 "--profile", "generic"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert [line for line in printed if "council unknown" in line or "no council" in line] == [
        f"{plans[0].name}: council unknown (not printed in the document)",
        f"{plans[1].name}: council unknown (not printed in the document)",
        "2 documents with no council (documents.council left empty): name each file's council in a manifest, "
        "--manifest FILE.csv with the columns path,council (one run for every council), or give its council's "
        "profile, --profile FILE or a built-in NAME (council-actions ingest --help lists them)"]
    profile = tmp_path / "warwick.toml"
    profile.write_text('[council]\nname = "Warwick District Council"\n', encoding="utf-8")
    assert main(["ingest", str(plans[0]), "--out", str(out), "--revision", "2026-01", "--jobs", "1",
                 "--profile", str(profile)]) == 0
    assert f"{plans[0].name}: council Warwick District Council (from the profile; not printed in the document)" in (
        capsys.readouterr().out.splitlines())
    councils = duckdb.sql(f"select d.source_name, d.council, count(a.action_id) from '{out}/documents/*/*.parquet' d "
                          f"left join '{out}/actions/*/*.parquet' a using (revision, document_id) group by all "
                          "order by 1").fetchall()
    assert councils == [(plans[1].name, None, 3), (plans[0].name, "Warwick District Council", 1)]


def test_readme_pandas_reading_keeps_dates_dates_and_nullable_counts_integers(every_sample):
    """The call docs/output.md shows for reading a table is run here as printed, on every sample, and keeps the types:
    plain `pandas.read_parquet("out/actions")`, as a BI notebook calls it, gives `due_date` as objects and
    `section_line` / `source_page` (null where no page or heading) as floats."""
    import pandas

    page = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    call = re.search(r'`(pandas\.read_parquet\("out/actions"[^`]*\))`', page)
    assert call is not None
    actions = eval(call.group(1).replace('"out/', f'"{every_sample[0]}/'), {"pandas": pandas})
    assert {column: str(actions.dtypes[column]) for column in ("due_date", "section_line", "source_page", "seq")} == {
        "due_date": "date32[day][pyarrow]", "section_line": "int32[pyarrow]", "source_page": "int32[pyarrow]",
        "seq": "int32[pyarrow]"}
    assert actions.section_line.isna().any() and actions.due_date.notna().any()
