"""Every revision a command of the README or a docs/ page writes is dated, so a new user copying them meets no
`has no date` note and their revisions sort by date: `--revision-date`, or a label starting with a date
(council_actions/revision.py reads it as the ingest does). The first command, which writes every sample, shows
`--revision-date`."""

from __future__ import annotations

import shlex

from council_actions.revision import label_date
from tests.test_readme import FENCES

WRITES_NOTHING = {  # a page's command -> why no revision is written, so none needs a date
    "council-actions ingest --manifest typos.csv --out national": "the manifest's mistakes are refused first",
}


def ingest_commands() -> list[str]:
    """Each `council-actions ingest` command of the pages' fences as a user copies it (the synopsis aside)."""
    found = []
    for fence in FENCES:
        for line in fence.text.splitlines():
            for part in line.removeprefix("$ ").split("&&"):
                command = part.strip().removeprefix(".venv/bin/")
                if command.startswith("council-actions ingest") and "[" not in command:
                    found.append(command)
    return found


def _dated(command: str) -> bool:
    words = shlex.split(command)
    given = {word: words[i + 1] for i, word in enumerate(words[:-1]) if word.startswith("--revision")}
    return "--revision-date" in given or label_date(given.get("--revision", "")).date is not None


def test_every_readme_ingest_dates_its_revision():
    commands = ingest_commands()
    assert len(commands) >= 10 and set(WRITES_NOTHING) <= set(commands)
    assert [c for c in commands if c not in WRITES_NOTHING and not _dated(c)] == []


def test_the_first_command_shows_the_revision_date_option():
    assert ingest_commands()[0] == "council-actions ingest samples --out out --revision-date 2026-12-06"
