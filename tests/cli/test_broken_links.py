"""A symbolic link with nothing where it points, in a folder given to `ingest`, matched by a pattern or given by
name: named on one line with where it points, never a traceback, never a silent skip (council_actions.not_read).

Each way in is pinned: alone in a folder the link is named (not "no documents found"); beside documents it is
named, not skipped without a word; matched by a pattern it is named, not a failed document ("cannot read file",
exit 1); given by name it is named with its target, not "no such file or folder" for a name `ls` lists."""

import json

import pytest

import council_actions
from council_actions.cli import main
from tests.conftest import THEME_6

NO_DOCUMENTS = "no documents (.txt, .text, .pdf, .csv or .tsv) found"


@pytest.fixture
def plans(tmp_path):
    """A folder as a shared drive leaves it: one plan, and a link to a plan since moved away."""
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / THEME_6.name).write_bytes(THEME_6.read_bytes())
    (folder / "q2_plan.txt").symlink_to("../archive/q2_plan.txt")
    return folder


def test_a_folder_holding_only_a_broken_link_names_it(tmp_path, capfd):
    folder = tmp_path / "moved"
    folder.mkdir()
    (folder / "plan.pdf").symlink_to("/mnt/share/plan.pdf")
    problem = (f"{folder}: {NO_DOCUMENTS}; 1 broken symbolic link (nothing where it points): "
               f"{folder / 'plan.pdf'} -> /mnt/share/plan.pdf")
    with pytest.raises(FileNotFoundError) as raised:
        council_actions.ingest(folder, tmp_path / "out")
    assert str(raised.value) == problem
    assert main(["ingest", str(folder), "--out", str(tmp_path / "out")]) == 1
    assert capfd.readouterr().err.splitlines() == [f"council-actions: error: {problem}"]
    assert not (tmp_path / "out").exists()


def test_a_broken_link_given_by_name_is_refused_with_where_it_points(tmp_path, plans, capfd):
    """As a missing file given by name is: nothing read, exit 1, but saying it is a link and to what."""
    link = plans / "q2_plan.txt"
    assert main(["ingest", str(plans / THEME_6.name), str(link), "--out", str(tmp_path / "out")]) == 1
    assert capfd.readouterr().err.splitlines() == [
        f"council-actions: error: {link}: a broken symbolic link to ../archive/q2_plan.txt (nothing is there)"]
    assert not (tmp_path / "out").exists()


def test_a_broken_link_beside_documents_is_named_in_the_not_read_report(tmp_path, plans, capsys):
    out = tmp_path / "out"
    assert main(["ingest", str(plans), "--out", str(out), "--revision", "r1", "--jobs", "1"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("revision r1 -> ") and "1 document written, 0 failed" in printed[0]
    assert (f"not read: 1 broken symbolic link (nothing where it points): {plans / 'q2_plan.txt'} -> "
            "../archive/q2_plan.txt") in printed
    assert main(["ingest", str(plans), "--out", str(out), "--revision", "r1", "--jobs", "1", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["broken_links"], report["skipped"], report["failures"]) == (
        [{"path": str(plans / "q2_plan.txt"), "target": "../archive/q2_plan.txt"}], [], [])


def test_a_pattern_matching_a_broken_link_names_it_and_reads_the_rest(tmp_path, plans):
    """glob lists a broken link as it lists a file: the link is named, not read and failed as a document."""
    report = council_actions.ingest(str(plans / "*.txt"), tmp_path / "out", revision="r1", jobs=1)
    assert [link.path.name for link in report.broken_links] == ["q2_plan.txt"]
    assert (report.failures, len(report.documents), report.ok) == ((), 1, True)


def test_a_loop_of_links_is_a_broken_link_not_a_traceback(tmp_path, plans, capsys):
    """Path.resolve raises RuntimeError on a loop (Python 3.11): the output-folder check must not."""
    (plans / "a.txt").symlink_to("b.txt")
    (plans / "b.txt").symlink_to("a.txt")
    report = council_actions.ingest(plans, tmp_path / "out", revision="r1", jobs=1)
    assert [str(link) for link in report.broken_links] == [
        f"{plans / 'a.txt'} -> b.txt", f"{plans / 'b.txt'} -> a.txt", f"{plans / 'q2_plan.txt'} -> ../archive/q2_plan.txt"]
    assert len(report.documents) == 1
