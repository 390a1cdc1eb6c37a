
import pytest
from council_actions.ingest import read_document

from council_actions.document_files import find_documents
from council_actions.issues import StageError
from council_actions.profile import load_profile
from tests.conftest import SAMPLES


@pytest.mark.parametrize("path", find_documents([SAMPLES]), ids=lambda p: p.name)
def test_every_cell_span_points_at_its_text(path):
    """Every reader's cells, the other renderings' (pipe, records, one cell per line, ...) included."""
    document = read_document(path, role_of=load_profile().roles.role_of)
    cells = [c for line in document.iter_lines() for c in line.cells]
    assert cells
    for cell in cells:
        assert document.text[cell.span.char_start:cell.span.char_end] == cell.text
        line = document.text.split("\n")[cell.span.line_start - 1]
        assert cell.text in line


def test_plan_keeps_table_columns(plan_document):
    line = next(ln for ln in plan_document.iter_lines() if ln.number == 44)
    assert [(c.column, c.text) for c in line.cells] == [
        (0, "1,"), (1, "CI001: An"), (2, "Service KPIs and progress against planned activity is not"),
        (3, "CLT to consider implementing service area reporting on"), (4, "CLT, Q2 2024.")]
    assert line.tabular


def test_document_id_is_sha256_of_bytes(plan_document):
    import hashlib

    assert plan_document.document_id == hashlib.sha256((SAMPLES / plan_document.source_name).read_bytes()).hexdigest()
    assert plan_document.media_type == "text"


def test_crlf_and_form_feed_offsets(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"a\tb\r\n\x0cc\td\r\n")
    document = read_document(path)
    assert len(document.pages) == 2
    cells = [c for line in document.iter_lines() for c in line.cells]
    assert [document.text[c.span.char_start:c.span.char_end] for c in cells] == ["a", "b", "c", "d"]


@pytest.mark.parametrize("content, problem", [
    (b"", "file is empty"),
    (b"  \n\n", "file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("Caf\u00e9 \u2013 plan".encode("cp1252"), "not valid utf-8 text: byte 0xe9 at offset 3"),
])
def test_unreadable_input_is_one_clear_error(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(StageError) as caught:
        read_document(path)
    assert caught.value.stage == "ingest"
    assert problem in str(caught.value)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_declared_encoding_is_honoured(tmp_path):
    path = tmp_path / "cp.txt"
    path.write_bytes("Caf\u00e9".encode("cp1252"))
    assert read_document(path, encoding="cp1252").text == "Caf\u00e9"
