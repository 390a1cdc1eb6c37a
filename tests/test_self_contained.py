"""What the repository tells a reader it tells in its own files: a user who clones it has only it, so no README
line, docstring, comment, profile or test points to a file outside it (a sibling folder of the checkout, a
machine's path). The contract is output/schema.py (docs/output.md) and the timeline rules docs/assumptions.md,
Timelines; a pointer elsewhere would send the reader to nothing."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SKIPPED = {".git", ".venv", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".hypothesis"}
WRITTEN = {".py", ".md", ".toml", ".json", ".j2"}  # what the project writes; samples are published text, as printed
# the checkout's sibling folder, a machine's path (spelt so that this line is none of them)
OUTSIDE = re.compile(r"\.\./shared\b|\bshared[/]spec\b|/wor[k]/")
OUTPUT = {"_sources", "_journal"}  # an ingest's folder left in the checkout: its records name the machine's paths


def written_files() -> list[Path]:
    return sorted(path for path in ROOT.rglob("*") if path.suffix in WRITTEN and path.is_file()
                  and not (SKIPPED | OUTPUT) & set(path.relative_to(ROOT).parts) and path.name != "_schema.json"
                  and not any(part.endswith(".egg-info") for part in path.relative_to(ROOT).parts))


def test_the_project_s_files_point_to_none_outside_the_repository():
    pointers = {f"{path.relative_to(ROOT)}:{n}": found[0]
                for path in written_files()
                for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                if (found := OUTSIDE.search(line))}
    assert pointers == {}


def test_the_check_reads_the_readme_and_the_schema():
    """The scan reaches the files a user reads first, so an empty answer above is not an empty walk."""
    assert {ROOT / "README.md", ROOT / "output" / "schema.py"} <= set(written_files())
