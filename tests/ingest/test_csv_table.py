"""A plan exported from a spreadsheet as CSV or TSV (ingest/csv_table.py) reads as the real plan it was saved from.

The fixtures are two real plans in samples/other_councils/ saved as CSV and as TSV the way a spreadsheet saves them
(tests/fixtures/pdf/producers/make_csv.py; tests/fixtures/other_councils/SOURCES.md): each must give the same
actions, owners, timelines and statuses as its sample, with every span on its field's own characters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from council_actions.ingest import read_document

from council_actions.api import ingest, read_table
from council_actions.document_files import find_documents
from council_actions.issues import StageError
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, SAMPLES

CSV = FIXTURES / "other_councils" / "csv"
PAIRS = {  # the CSV and the TSV saved from each real sample
    "maidstone_ags_2014_15_spreadsheet.csv": "maidstone_ags_2014_15.txt",
    "maidstone_ags_2014_15_spreadsheet.tsv": "maidstone_ags_2014_15.txt",
    "waverley_cpa_improvement_plan_2004_spreadsheet.csv": "waverley_cpa_improvement_plan_2004.txt",
    "waverley_cpa_improvement_plan_2004_spreadsheet.tsv": "waverley_cpa_improvement_plan_2004.txt",
}
READ = ["action", "opportunity", "allocated_raw", "owners", "owner_raw", "due_date", "timeline_kind", "timeline_raw",
        "status", "status_raw", "status_from", "progress", "percent_complete", "notes", "section"]


def _read(tmp_path: Path, path: Path, table: str) -> list[dict[str, object]]:
    out = tmp_path / f"out_{path.name}_{table}"
    ingest([path], out, revision="r")
    return read_table(out, table).to_dict("records")  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_csv_reads_as_its_sample(tmp_path, name):
    """Same actions, owners, timelines and statuses as the sample it was saved from, field by field."""
    saved, sample = CSV / name, SAMPLES / "other_councils" / PAIRS[name]
    for table, fields in (("actions", READ), ("action_owners", ["owner_key", "owner_raw", "match"]),
                          ("action_timelines", ["timeline_raw", "kind", "start_date", "end_date", "precision"])):
        read = [{f: row[f] for f in fields} for row in _read(tmp_path, saved, table)]
        assert read == [{f: row[f] for f in fields} for row in _read(tmp_path / "sample", sample, table)], table
        assert read


def test_counts_and_values_as_printed(tmp_path):
    """Checked by hand against the CSV: Maidstone's two rows, the owner field quoted for its comma."""
    actions = _read(tmp_path, CSV / "maidstone_ags_2014_15_spreadsheet.csv", "actions")
    assert [a["action"] for a in actions] == [
        "Implementation of the Information Management Action Plan",
        "Embedding Corporate Governance and Ensuring Best Practice is identified"]
    assert [a["owner_raw"] for a in actions] == ["Angela Woodhouse, Head of Policy and Communications"] * 2
    assert [a["timeline_raw"] for a in actions] == [
        "The action plan has targets for the next eighteen months.",
        "Quarterly meetings with updates to Audit Committee and CLT every six months."]
    assert len(_read(tmp_path, CSV / "waverley_cpa_improvement_plan_2004_spreadsheet.csv", "actions")) == 8


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_every_span_points_at_its_field(tmp_path, name):
    """Each cell's span holds its text, quotes excluded; the owners' and timelines' spans in the tables too."""
    path = CSV / name
    text = read_document(path).text
    document = read_document(path, role_of=load_profile().roles.role_of)
    assert document.rendering == path.suffix[1:]
    cells = [c for line in document.iter_lines() for c in line.cells]
    assert cells
    for cell in cells:
        assert text[cell.span.char_start:cell.span.char_end] == cell.text
        assert not text[cell.span.char_start:cell.span.char_end].startswith('"')
    for table, field in (("action_owners", "owner_raw"), ("action_timelines", "timeline_raw")):
        for row in _read(tmp_path / table, path, table):
            assert text[row["char_start"]:row["char_end"]] == row[field]
    owner = next(c for c in cells if c.text == "Angela Woodhouse, Head of Policy and Communications") \
        if name.startswith("maidstone") else None
    if owner is not None:  # quoted in the CSV for its comma; the TSV needs no quotes for a comma
        quotes = '"' if path.suffix == ".csv" else ""
        assert text[owner.span.char_start - len(quotes):owner.span.char_start] == quotes
        assert text[owner.span.char_end:owner.span.char_end + len(quotes)] == quotes


@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_quoted_cell_with_line_breaks_is_one_cell_of_its_row(suffix):
    """Maidstone's Action Update: one quoted field over 11 lines, one cell of the first row, its lines going on."""
    document = read_document(CSV / f"maidstone_ags_2014_15_spreadsheet{suffix}", role_of=load_profile().roles.role_of)
    lines = {line.number: line for line in document.iter_lines()}
    assert [lines[n].layout for n in range(4, 16)] == ["row_start", *["row"] * 10, "row_start"]
    assert all([c.column for c in lines[n].cells] == [1] for n in range(5, 14))
    assert all(lines[n].cells[0].line_break for n in range(5, 15))
    assert [c.column for c in lines[14].cells] == [1, 2, 3]
    assert lines[1].text == "Updated Actions for 2014-15" and not lines[1].tabular  # the title: a plain line


def test_quoted_key_with_line_break_opens_one_row(tmp_path):
    """A key field (the action) broken inside its quotes: its next line goes on with its row, opening none."""
    path = tmp_path / "plan.csv"
    path.write_text('Action,Owner,Deadline\r\n"Review the\r\nconstitution",Head of Legal,March 2025\r\n'
                    "Adopt a new complaints policy,Head of Customer Services,June 2025\r\n", encoding="utf-8")
    actions = _read(tmp_path, path, "actions")
    assert [(a["action"], a["owner_raw"]) for a in actions] == [
        ("Review the constitution", "Head of Legal"),  # the action column joins its lines
        ("Adopt a new complaints policy", "Head of Customer Services")]


def test_record_past_the_headings_keeps_its_row_and_is_reported(tmp_path):
    """A field added to Maidstone's first record, past its four headings: both rows still read, the field reported
    at its own characters."""
    text = (CSV / "maidstone_ags_2014_15_spreadsheet.csv").read_bytes()
    ragged = text.replace(b'Communications"\r\n', b'Communications",Extra field past the headings\r\n', 1)
    assert ragged != text
    path = tmp_path / "ragged.csv"
    path.write_bytes(ragged)
    assert len(_read(tmp_path, path, "actions")) == 2
    issues = [i for i in _read(tmp_path / "i", path, "extraction_issues") if i["code"] == "unplaced_text"]
    assert [(i["raw_text"], i["line_start"]) for i in issues] == [("Extra field past the headings", 14)]
    assert ragged.decode().replace("\r\n", "\n")[issues[0]["char_start"]:issues[0]["char_end"]] == issues[0]["raw_text"]


def test_a_file_cut_short_keeps_its_records_and_reports_the_rest(tmp_path):
    """Maidstone's CSV cut inside its last record's quoted owner field (as a download stopped short): the first row
    is still read, and the cut record, from its first line to the end, is one warning naming csv's reason: csv's
    error does not make the whole file text, read as a list whose bullets would be nine actions."""
    text = (CSV / "maidstone_ags_2014_15_spreadsheet.csv").read_bytes()
    cut = text[:text.rindex(b'"Angela Woodhouse') + len(b'"Angela Wood')]
    path = tmp_path / "cut.csv"
    path.write_bytes(cut)
    assert [a["action"][:40] for a in _read(tmp_path, path, "actions")] == [
        "Implementation of the Information Manage"]
    issues = [i for i in _read(tmp_path / "i", path, "extraction_issues") if i["code"] == "unplaced_text"]
    assert [(i["line_start"], i["line_end"], i["stage"]) for i in issues] == [(15, 15, "ingest")]
    assert issues[0]["raw_text"].startswith("Embedding Corporate Governance") and issues[0]["raw_text"].endswith(
        '"Angela Wood')
    assert "record opening at line 15 (a quoted field is never closed: the file may be cut short)" in issues[0][
        "message"]
    assert cut.decode().replace("\r\n", "\n")[issues[0]["char_start"]:issues[0]["char_end"]] == issues[0]["raw_text"]


def test_prose_with_commas_is_no_plan(tmp_path):
    """Sentences with commas, named .csv or not: no plan's headings, so no table (and no plan)."""
    prose = ("We will, as the council agreed, review the plan.\nOfficers, members and partners met in May, June and "
             "July.\nThe plan, once agreed, will be published.\nIt sets out, for each service, what will change.\n")
    for name in ("prose.csv", "prose.txt"):
        path = tmp_path / name
        path.write_text(prose, encoding="utf-8")
        assert read_document(path, role_of=load_profile().roles.role_of).rendering == "lines"
        with pytest.raises(StageError, match="not a council action plan"):
            ingest([path], tmp_path / f"out_{name}", revision="r", on_error=_raise)


def _raise(error: StageError) -> None:
    raise error


def test_csv_content_without_the_name_is_read_as_csv(tmp_path):
    """The same records saved as .txt: csv.Sniffer's commas and records of one width make it CSV."""
    path = tmp_path / "maidstone.txt"
    path.write_bytes((CSV / "maidstone_ags_2014_15_spreadsheet.csv").read_bytes())
    assert read_document(path, role_of=load_profile().roles.role_of).rendering == "csv"


def test_tsv_content_without_the_name_is_read_as_tsv(tmp_path):
    """The TSV saved as .txt: records of one width, a field quoted as a spreadsheet quotes it (its line breaks)."""
    path = tmp_path / "waverley.txt"
    path.write_bytes((CSV / "waverley_cpa_improvement_plan_2004_spreadsheet.tsv").read_bytes())
    assert read_document(path, role_of=load_profile().roles.role_of).rendering == "tsv"
    assert len(_read(tmp_path, path, "actions")) == 8


def test_quotes_a_converter_prints_are_text_in_tab_text(tmp_path):
    """A converter's tab text quoting a name, as a whole cell or within one: no field quoted as a spreadsheet must
    quote it (no tab, quote or line break inside), so it is the tab reader's, and the quotes stay in the text."""
    path = tmp_path / "plan.txt"
    path.write_text('Action\tOwner\tBy when\n"Customer First"\tHead of Customer Services\tJune 2025\n'
                    'Relaunch the "Customer First" programme\tHead of Customer Services\tMarch 2026\n'
                    'Review the complaints policy\tHead of Legal\tMay 2026\n', encoding="utf-8")
    assert read_document(path, role_of=load_profile().roles.role_of).rendering == "tab"
    assert [a["action"] for a in _read(tmp_path, path, "actions")] == [
        '"Customer First"', 'Relaunch the "Customer First" programme', "Review the complaints policy"]


@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_a_folder_gives_its_exports(suffix):
    assert CSV / f"maidstone_ags_2014_15_spreadsheet{suffix}" in find_documents([CSV])
