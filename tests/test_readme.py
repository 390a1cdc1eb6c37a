"""Every example in README.md and in each page of docs/, read from the page itself and run, so none can drift from
what the code does.

Each code fence is an example: a `$ council-actions ...` session (run in-process; the output it shows compared with
what the command prints, `…` standing for the rest of a line or, alone on a line, for any lines), `sh` commands,
a `python` block (executed; a value shown in a comment beside an expression compared), a `sql` block (each query
run by tests/diff/test_analyst_queries.py on the revisions it names, its answer checked against the prose's), a `toml`
excerpt (the profile it quotes holds it). A fence that is deliberately not run says so in an HTML comment right
above it (`<!-- not run: why -->`), which a reader of the source sees too. The fences of one `#` or `##` section of
a page run in order in one folder holding `samples/`, each reading what the ones before it wrote, as a reader
following the section would. A page of docs/ is a README section moved out whole (its `##` heading made the page's
`#`), so its fences run as they did in the README.
"""

from __future__ import annotations

import ast
import contextlib
import io
import itertools
import re
import shlex
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from council_actions.cli import main
from tests.conftest import ROOT, SAMPLES

NOT_RUN = re.compile(r"<!-- not run: (.+?) -->\s*$", re.S)
TIMINGS = re.compile(r"\(\d+(\.\d+)? s\)|\"(?:seconds|read|parse|normalise|write)\": \d+(\.\d+)?")


PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@dataclass(frozen=True)
class Fence:
    """One code fence of a page: where it is (page, section, heading, line), its language and text, and the reason a
    comment right above it gives for not running it."""

    page: str
    section: str
    heading: str
    line: int
    info: str
    text: str
    not_run: str | None

    @property
    def id(self) -> str:
        return f"{self.page}:{self.heading}:L{self.line}"


def fences(page: Path = ROOT / "README.md") -> list[Fence]:
    found, section, heading, previous = [], "", "", None
    tokens = MarkdownIt("commonmark").parse(page.read_text(encoding="utf-8"))
    for token, following in zip(tokens, [*tokens[1:], tokens[-1]], strict=True):
        if token.type == "heading_open":
            heading = following.content
            section = heading if token.tag in ("h1", "h2") else section
        if token.type == "fence":
            marker = NOT_RUN.search(previous.content) if previous and previous.type == "html_block" else None
            found.append(Fence(page.relative_to(ROOT).as_posix(), section, heading, token.map[0] + 1, token.info.strip(), token.content,
                               marker.group(1) if marker else None))
        previous = token
    return found


FENCES = [fence for page in PAGES for fence in fences(page)]


def sql_queries() -> list[tuple[str, str, str]]:
    """Each query of the pages' SQL fences: its id (page, heading and line), the comment line naming it, the query."""
    queries = []
    for fence in (f for f in FENCES if f.info == "sql"):
        line = fence.line + 1
        for block in fence.text.strip().split("\n\n"):
            title, _, query = block.partition("\n")
            queries.append((f"{fence.page}:{fence.heading}:L{line} {title.removeprefix('-- ')}", title.removeprefix("-- "), query))
            line += block.count("\n") + 2
    return queries


def runnable(fence: Fence) -> bool:
    """Shell sessions and commands and Python, run as a reader would."""
    return fence.not_run is None and (fence.info in ("sh", "python") or fence.text.startswith("$ "))


def output_of(fence: Fence) -> Fence | None:
    """The `sh` fence whose commands' output this fence shows (the fence right before it on its page), if it is one."""
    before = FENCES[FENCES.index(fence) - 1]
    shows = before.page == fence.page and fence.line > before.line and fence.info == "" and not runnable(fence)
    return before if shows and before.info == "sh" else None


def test_every_page_of_docs_is_read():
    """The pages are found where the README's contents point, so an empty glob is no silent pass: each page the
    README links to is read, and the moved sections' examples are among the fences."""
    linked = set(re.findall(r"\]\((docs/[\w-]+\.md)\)", (ROOT / "README.md").read_text(encoding="utf-8")))
    assert linked and linked <= {page.relative_to(ROOT).as_posix() for page in PAGES}
    assert {"docs/cli.md", "docs/api.md", "docs/manifest.md", "docs/revisions.md"} <= {f.page for f in FENCES}


def test_every_fence_is_run_or_says_why_not():
    checked = [f for f in FENCES if runnable(f) or output_of(f) or f.info in ("sql", "toml")]
    assert [f.id for f in FENCES if f not in checked and f.not_run is None] == []
    assert {f.info for f in FENCES} <= {"", "sh", "python", "sql", "toml"}
    assert all("$ " not in f.text for f in FENCES if f.not_run)  # no shown output goes unchecked


def matches(shown: str, printed: str) -> bool:
    """`…` alone on a line stands for any lines, inside a line for any text; timings are left out."""
    if shown.startswith("{"):  # one JSON object a line, shown wrapped
        shown, printed = " ".join(shown.split()), " ".join(printed.split())
    pattern = "\n".join(r"(?:.*\n)*?.*" if line.strip() == "…" else ".*?".join(map(re.escape, line.split("…")))
                        for line in TIMINGS.sub("", shown).rstrip("\n").split("\n"))
    return re.fullmatch(pattern + r"(?:\n(?:.*\n?)*)?", TIMINGS.sub("", printed).rstrip("\n")) is not None


def run_command(line: str) -> tuple[int, str]:
    """One `council-actions ...` line in-process, with the `printf ... |` before it and the `| head -N` after it a
    shell would run; stderr then stdout, as a terminal shows a command's error before its summary."""
    stages = [shlex.split(stage) for stage in line.split(" | ")]
    feed = stages.pop(0)[1].replace("\\n", "\n") if stages[0][0] == "printf" else ""
    head = int(stages.pop()[1].lstrip("-n")) if stages[-1][0] == "head" else None
    assert len(stages) == 1 and stages[0][0] == "council-actions", line
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), _stdin(feed):
        code = main(stages[0][1:])
    printed = out.getvalue() if head is None else "".join(out.getvalue().splitlines(keepends=True)[:head])
    return code, err.getvalue() + printed


@contextlib.contextmanager
def _stdin(text: str):
    """What `printf ... |` pipes into the command (nothing for a command that is not piped into)."""
    saved, sys.stdin = sys.stdin, io.StringIO(text)
    try:
        yield
    finally:
        sys.stdin = saved


def run_session(fence: Fence, shown_after: str | None) -> None:
    """`$ command` lines followed by what they print (a `sh` fence: commands alone, its output in the next fence)."""
    lines = fence.text.rstrip("\n").split("\n")
    if fence.info == "sh":
        lines = [f"$ {line}" for line in lines]
    starts = [*(i for i, line in enumerate(lines) if line.startswith("$ ")), len(lines)]
    assert starts[0] == 0, fence.id
    for begin, end in itertools.pairwise(starts):
        code, printed = run_command(lines[begin][2:])
        shown = "\n".join(lines[begin + 1:end]) or (shown_after if end == len(lines) else None)
        assert code == 0 or "error" in (shown or ""), (lines[begin], printed)
        if shown:
            assert matches(shown, printed), f"{lines[begin]}\n--- the page shows:\n{shown}\n--- prints:\n{printed}"


def run_python(fence: Fence) -> None:
    """Executed statement by statement; an expression with a literal (or a parenthesised repr) in the comment beside
    it or on the line below it must give that value."""
    namespace: dict[str, object] = {}
    lines = fence.text.split("\n")
    for statement in ast.parse(fence.text).body:
        if not isinstance(statement, ast.Expr):
            exec(compile(ast.Module([statement], []), fence.id, "exec"), namespace)
            continue
        value = eval(compile(ast.Expression(statement.value), fence.id, "eval"), namespace)
        end = statement.end_lineno or statement.lineno
        below = lines[end] if end < len(lines) else ""
        beside = lines[end - 1].partition("  # ")[2] or (below.removeprefix("# ") if below.startswith("# (") else "")
        if beside.startswith("("):
            assert repr(value) == beside, (lines[end - 1], value)
        elif beside:
            with contextlib.suppress(ValueError, SyntaxError):
                assert value == ast.literal_eval(beside), (lines[end - 1], value)


@pytest.fixture(scope="module")
def sections(tmp_path_factory):
    """Each page's `#` and `##` sections' folder, with `samples/` in it, and the fences of it already run (a
    failure's reason kept, so a later fence of the section names what it depends on)."""
    folders: dict[tuple[str, str], Path] = {}
    done: dict[Fence, BaseException | None] = {}

    def run_up_to(fence: Fence) -> None:
        folder = folders.get((fence.page, fence.section))
        if folder is None:
            folder = folders[fence.page, fence.section] = tmp_path_factory.mktemp("readme")
            (folder / "samples").symlink_to(SAMPLES)  # a clone's top folder, as the commands' examples assume
            (folder / "council_actions").symlink_to(ROOT / "council_actions")
            (folder / "tests").symlink_to(ROOT / "tests")  # the revisions the analyst's queries read
            (folder / "broken").mkdir()  # the empty file the first ingest example fails on
            (folder / "broken" / "empty.txt").touch()
        ordered = [f for f in FENCES if (f.page, f.section) == (fence.page, fence.section) and f.line <= fence.line
                   and runnable(f)]
        for before in (f for f in ordered if f not in done):
            after = FENCES[(FENCES.index(before) + 1) % len(FENCES)]
            try:
                with contextlib.chdir(folder):
                    if before.info == "python":
                        run_python(before)
                    else:
                        run_session(before, after.text if output_of(after) else None)
                done[before] = None
            except Exception as failure:  # kept for the test of this fence to raise
                done[before] = failure
        if (failure := done.get(fence)) is not None:
            raise failure
    return run_up_to


@pytest.mark.parametrize("fence", [f for f in FENCES if runnable(f)], ids=lambda f: f.id)
def test_readme_example_runs_and_prints_what_it_shows(fence, sections):
    sections(fence)


def test_readme_profile_excerpt_is_in_the_profile_it_quotes():
    profile = tomllib.loads((ROOT / "council_actions/profiles/maidstone.toml").read_text(encoding="utf-8"))
    for fence in (f for f in FENCES if f.info == "toml"):
        for table, entries in tomllib.loads(fence.text).items():
            for entry in entries:
                assert any(entry.items() <= held.items() for held in profile[table]), (fence.id, entry)
