"""A national run's manifest: which council each file is from, and when it was published, stated, not guessed.

A body ingesting hundreds of files of many councils in one call cannot give one `--profile` for them all, and most
plans print no council name. The manifest is a CSV file (the csv module reads it; Excel's UTF-8 byte-order mark
is allowed) with a header row: `path` and `council`, `published` (YYYY-MM-DD) where known, `kind` (a
`documents.kind`: parsers/given_kind.py) where the content does not tell it or tells it wrongly, and `profile` (a
built-in profile's name or a profile file) for a council with a profile of its own, so that one run reads each
council's files with its own glossary and headings (the run's --profile reads the rest); a relative path is read from
the manifest's folder. Every problem with it (a column missing or unknown, an empty council, a file not there, a
file listed twice, two files of the same bytes, a date that is no date, a kind not known, a profile that cannot be
read, a row of more cells than columns, a document given that it does not list) is one line of one ManifestError,
raised before anything is written, so the earlier output stays whole and the user fixes them all at once.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import get_args

from council_actions.given_dates import given_date
from council_actions.given_files import read_within
from council_actions.ingest.model import DocumentKind, GivenCouncil, GivenKind
from council_actions.limits import size_words
from council_actions.not_read import same_bytes
from council_actions.profile import Profile, built_in_names, load_profile
from council_actions.profile_fields import ProfileError

REQUIRED = ("path", "council")
OPTIONAL = ("published", "kind", "profile")
# what the `kind` column may say: the documents table's kinds, each as the closed vocabulary's own value
KINDS: dict[str, DocumentKind] = {kind: kind for kind in get_args(DocumentKind)}
# What a row's path names when it is no file to read, in the order tried (else it is not there): the test -> the
# words, so that a folder is not called "no such file", which would send the user looking for a missing file.
NOT_A_FILE: tuple[tuple[Callable[[Path], bool], str], ...] = (
    (Path.is_dir, "a folder, not a file: list each of its files"),
    (Path.exists, "not a regular file (a pipe, socket or device): list a file"),
    (Path.is_symlink, "a symbolic link to nothing"),
)


class ManifestError(ValueError):
    """What is wrong with a manifest (or the files given beside it): one line a problem."""

    def __init__(self, problems: Iterable[str]) -> None:
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Entry:
    """One file of the manifest: its council as given (with the line it is on), its publication date, its kind and
    the profile to read it with, where given."""

    path: Path
    council: GivenCouncil
    published: dt.date | None
    kind: GivenKind | None = None
    line: int = 0  # the manifest's line listing it
    profile: Profile | None = None  # None: the run's


@dataclass(frozen=True)
class Manifest:
    """The files of a manifest in its order, each once, every one of them there."""

    source: Path
    entries: tuple[Entry, ...]

    def paths(self) -> list[Path]:
        """The files listed, as the documents of a run given no other path."""
        return [entry.path for entry in self.entries]

    def for_documents(self, documents: Iterable[Path]) -> dict[Path, Entry]:
        """Each document's entry; a document given that the manifest does not list is a problem (its council would
        be guessed again), so all of them are named in one ManifestError."""
        listed = {entry.path.resolve(): entry for entry in self.entries}
        found = {path: listed.get(path.resolve()) for path in documents}
        missing = [f"{path}: not listed in the manifest {self.source}" for path, entry in found.items()
                   if entry is None]
        if missing:
            raise ManifestError(missing)
        return {path: entry for path, entry in found.items() if entry is not None}


def read_manifest(path: Path, max_bytes: int) -> Manifest:
    """The manifest at `path`, checked whole; raises ManifestError naming every problem, one a line. It is an input
    file like the documents, so no larger than `max_bytes` (--max-bytes): read whole before anything else, a
    manifest with no end (`--manifest /dev/zero`, a pipe that never stops) would otherwise grow without bound."""
    try:
        rows = list(csv.reader(io.StringIO(_bytes_within(path, max_bytes).decode("utf-8-sig"), newline="")))
    except OSError as exc:
        raise ManifestError([f"{path}: cannot read the manifest ({exc.strerror or exc})"]) from None
    except UnicodeDecodeError:
        raise ManifestError([f"{path}: the manifest is not UTF-8 text (save it as CSV UTF-8)"]) from None
    except csv.Error as exc:
        raise ManifestError([f"{path}: not a CSV file ({exc})"]) from None
    header = [name.strip().lower() for name in rows[0]] if rows else []
    problems = _header_problems(path, header)
    if problems:
        raise ManifestError(problems)
    entries, problems = _entries(path, header, rows[1:])
    problems += _same_bytes(path, entries)
    if problems or not entries:
        raise ManifestError(problems or [f"{path}: the manifest lists no file"])
    return Manifest(path, tuple(entries))


def _bytes_within(path: Path, max_bytes: int) -> bytes:
    """The manifest's bytes (council_actions.given_files.read_within), or refused once past `max_bytes`."""
    data = read_within(path, max_bytes)
    if data is None:
        raise ManifestError([f"{path}: the manifest is larger than the limit of {size_words(max_bytes)} "
                             "(--max-bytes)"])
    return data


def _header_problems(path: Path, header: list[str]) -> list[str]:
    """A column missing or one not known (a misspelt `published` would be dropped without a word)."""
    problems = [f"{path} line 1: no column '{name}' (the header row names {', '.join(REQUIRED + OPTIONAL)})"
                for name in REQUIRED if name not in header]
    problems += [f"{path} line 1: column '{name}' is not known (columns: {', '.join(REQUIRED + OPTIONAL)})"
                 for name in header if name not in REQUIRED + OPTIONAL]
    problems += [f"{path} line 1: column '{name}' is named twice" for name in sorted(set(header))
                 if header.count(name) > 1]
    return problems


def _entries(path: Path, header: list[str], rows: list[list[str]]) -> tuple[list[Entry], list[str]]:
    """The rows as entries (a blank row skipped), and every problem of a row, each on its line."""
    entries: list[Entry] = []
    problems: list[str] = []
    first_line: dict[Path, int] = {}
    profiles = _Profiles(path.parent)
    for line, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(header)}
        where = f"{path} line {line}"
        found = [f"{where}: {problem}" for problem in _row_problems(path.parent / cells["path"], cells)
                 + profiles.problems(cells.get("profile", "")) + _left_over(row, header)]
        listed = (path.parent / cells["path"]).resolve()
        if cells["path"] and listed in first_line:
            found.append(f"{where}: {cells['path']} is listed twice (first on line {first_line[listed]})")
        first_line.setdefault(listed, line)
        problems += found
        if not found:
            stated = f"{path.name} line {line}"  # the file's name, never a machine's path: it is written in issues
            kind = GivenKind(KINDS[cells["kind"]], stated) if cells.get("kind") else None
            entries.append(Entry(path.parent / cells["path"], GivenCouncil(cells["council"], stated),
                                 _date(cells.get("published", "")), kind, line, profiles.get(cells.get("profile", ""))))
    return entries, problems


class _Profiles:
    """The profiles a manifest names, each read once however many files name it: a built-in one by its name, else a
    file, a relative path read from the manifest's folder as the files' paths are."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.read: dict[str, Profile | str] = {}  # by the cell's text: the profile, or why it cannot be read

    def get(self, named: str) -> Profile | None:
        found = self._load(named) if named else None
        return found if isinstance(found, Profile) else None

    def problems(self, named: str) -> list[str]:
        found = self._load(named) if named else None
        return [found] if isinstance(found, str) else []

    def _load(self, named: str) -> Profile | str:
        if named not in self.read:
            self.read[named] = self._loaded(named)
        return self.read[named]

    def _loaded(self, named: str) -> Profile | str:
        if named in built_in_names():
            return load_profile(named)
        file = self.folder / named
        if not file.exists():  # a name misspelt is told as one, not as a file not found
            missing = "no such file" if file.suffix == ".toml" else (
                f"no built-in profile ({', '.join(built_in_names())}) and no file")
            return f"profile {named!r}: {missing} ({file})"
        try:
            return load_profile(file)
        except ProfileError as exc:
            return f"profile {named!r}: {exc}"


def _same_bytes(path: Path, entries: list[Entry]) -> list[str]:
    """Two files of the same bytes: one document of a revision (its id is their digest, and names its tables'
    files), so the later would replace the earlier's tables without a word, and with them the other council's plan
    (a plan two neighbouring councils publish, saved from each one's site). Only files of one size are read."""
    line = {entry.path: entry.line for entry in entries}
    repeated = sorted((line[file], line[first]) for file, first in same_bytes(list(line)).items())
    return [f"{path} line {at}: the same bytes as line {earlier}'s file, one document of a revision: list it once "
            "(a plan councils publish together: once, its council naming them all)" for at, earlier in repeated]


def _row_problems(file: Path, cells: dict[str, str]) -> list[str]:
    """What is wrong with one row: no path, a file that is not there, no council, a date that is no date, a kind
    that is none of the documents table's."""
    problems = []
    if not cells["path"]:
        problems.append("no path")
    elif not file.is_file():
        problem = next((words for test, words in NOT_A_FILE if test(file)), "no such file")
        problems.append(f"{cells['path']}: {problem}" + ("" if file == Path(cells["path"]) else f" ({file})"))
    if not cells["council"]:
        problems.append("no council")
    elif unseen := _unseen(cells["council"]):
        problems.append(f"council {cells['council']!r} holds characters that print nothing ({unseen}): type it "
                        "again")
    published = cells.get("published", "")
    if published and _date(published) is None:
        problems.append(f"published {published!r} is not a date (YYYY-MM-DD)")
    kind = cells.get("kind", "")
    if kind and kind not in KINDS:
        problems.append(f"kind {kind!r} is not known (kinds: {', '.join(KINDS)})")
    return problems


def _unseen(council: str) -> str:
    """The characters of `council` that print nothing (council_actions/nonprinting.py's, a tab or a line break),
    as code points: written as given, they went into `documents.council`, a key a BI tool groups by, where
    `Bad<ESC>Council` and `BadCouncil` look one and are two."""
    from council_actions.nonprinting import PATTERN  # loaded by every read already; a manifest is read first

    return ", ".join(f"U+{ord(c):04X}" for c in sorted({c for c in council if c in "\t\n\r" or PATTERN.match(c)}))


def _left_over(row: list[str], header: list[str]) -> list[str]:
    """A row of more cells than the header has columns, the cells past it holding text: a council's name with a
    comma not quoted (`Borough Council of King's Lynn, West Norfolk`), which the csv module parts there; the cells past
    the header would be dropped without a word and the council cut at the comma."""
    extra = [cell.strip() for cell in row[len(header):] if cell.strip()]
    if not extra:
        return []
    return [f"{len(row)} cells where the header row names {len(header)} columns: {', '.join(map(repr, extra))} "
            "would be lost (put a value holding a comma in double quotes)"]


def _date(text: str) -> dt.date | None:
    try:
        return given_date(text) if text else None
    except ValueError:
        return None
