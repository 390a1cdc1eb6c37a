"""A limit at 0 or below is refused by the API and the command alike, in the same one line, before anything is
written: never read as the default, nor as no limit (council_actions.limits.LIMIT_RULES), as `jobs` under 1 is.

The cases pinned: `ingest(max_pages=0)` (and -3) is refused as `--max-pages 0` is, not read as 1000 pages, the
default; `Limits(timeout=0)`, `Limits(max_bytes=0)` and `Limits(max_memory=0)` are refused, not every document
failed ("took longer than 0 s"); `--max-bytes 0.0000001` is not 0 bytes; `--timeout inf` (or 1e12) is no
traceback."""

from dataclasses import fields

import pytest

import council_actions
from council_actions.cli import main
from council_actions.limits import LIMIT_RULES, Limits
from tests.conftest import THEME_6

WHOLE = "must be a whole number, 1 or more"
SIZE = f"{WHOLE}, at most 2**60"
SECONDS = "must be a number more than 0, at most 31536000 (a year)"

# option, its text -> the API's keyword arguments, the one line both give
REFUSED = [
    ("--max-pages", "0", {"max_pages": 0}, f"max_pages 0: pages a PDF may have {WHOLE}"),
    ("--max-pages", "-3", {"max_pages": -3}, f"max_pages -3: pages a PDF may have {WHOLE}"),
    ("--timeout", "0", {"timeout": 0}, f"timeout 0: seconds a document may take {SECONDS}"),
    ("--timeout", "inf", {"timeout": float("inf")}, f"timeout inf: seconds a document may take {SECONDS}"),
    ("--timeout", "1e12", {"timeout": 1e12}, f"timeout 1e+12: seconds a document may take {SECONDS}"),
    ("--max-memory", "0", {"max_memory": 0}, f"max_memory 0: bytes of memory a document may add {SIZE}"),
    ("--max-bytes", "0M", {"max_bytes": 0}, f"max_bytes 0: bytes an input file may have {SIZE}"),
    ("--max-bytes", "0.0000001", {"max_bytes": 0}, f"max_bytes 0: bytes an input file may have {SIZE}"),
]


def _api(tmp_path, keywords):
    """`max_pages` is a keyword of `ingest` itself; the others are Limits' fields."""
    if "max_pages" in keywords:
        return council_actions.ingest(THEME_6, tmp_path / "out", jobs=1, **keywords)
    return council_actions.ingest(THEME_6, tmp_path / "out", jobs=1, limits=Limits(**keywords))


@pytest.mark.parametrize(("option", "text", "keywords", "problem"), REFUSED)
def test_a_limit_at_zero_is_refused_by_the_api_and_the_command_in_the_same_words(tmp_path, capsys, option, text,
                                                                                 keywords, problem):
    with pytest.raises(ValueError) as raised:
        _api(tmp_path, keywords)
    assert str(raised.value) == problem
    with pytest.raises(SystemExit) as exited:
        main(["ingest", str(THEME_6), "--out", str(tmp_path / "out"), f"{option}={text}"])
    assert exited.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1].endswith(f"argument {option}: {problem}")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("value", [True, 2.0, "1000"])
def test_max_pages_is_a_whole_number_not_a_flag_or_a_text(tmp_path, value):
    with pytest.raises(ValueError, match=f"^max_pages {value!r}: pages a PDF may have {WHOLE}$"):
        council_actions.ingest(THEME_6, tmp_path / "out", max_pages=value, jobs=1)


def test_no_limit_given_is_the_default_and_one_given_replaces_it(tmp_path):
    assert Limits().max_pages == 1000
    with pytest.raises(ValueError, match=r"^read_processes 0: processes a document.s read may use"):
        Limits(read_processes=0)
    report = council_actions.ingest(THEME_6, tmp_path / "out", max_pages=None, limits=Limits(timeout=30), jobs=1)
    assert report.ok and len(report.documents) == 1


@pytest.mark.parametrize("option", ["--timeout", "--max-memory", "--max-pages", "--max-bytes"])
def test_the_help_says_what_a_limit_may_be(capsys, option):
    with pytest.raises(SystemExit):
        main(["ingest", "--help"])
    text = " ".join(capsys.readouterr().out.split("\noptions:", 1)[1].split())
    said = text[text.index(option):].split(" --", 1)[0]
    assert ": 1 or more (default: " in said or ": more than 0 (default: " in said, said


def test_a_byte_limit_past_the_memory_limit_still_reads_a_small_file(tmp_path, capsys):
    """A file is not read with one read of --max-bytes and a byte more, which takes that much memory first:
    `--max-bytes 2G` under the default 1 GB --max-memory reads a small file, not 'needed more than 1 GB of
    memory'."""
    assert main(["ingest", str(THEME_6), "--out", str(tmp_path / "out"), "--max-bytes", "2G", "--jobs", "1",
                 "--revision", "r1"]) == 0
    assert "1 document written, 0 failed" in capsys.readouterr().out


def test_each_field_of_limits_has_its_rule():
    """LIMIT_RULES is the one table: a limit added to Limits without a rule would be checked by none."""
    assert list(LIMIT_RULES) == [field.name for field in fields(Limits)]


@pytest.mark.parametrize("name", LIMIT_RULES)
def test_every_rule_refuses_0_and_past_its_most_in_its_own_words(name):
    rule = LIMIT_RULES[name]
    for value in (0, *([rule.kind(rule.most * 2)] if rule.most is not None else [])):
        with pytest.raises(ValueError) as raised:
            Limits(**{name: value})
        assert str(raised.value).endswith(f": {rule.bounds} must be {rule.words}")
    assert getattr(Limits(**{name: 1}), name) == 1
