"""Write a document's tables as one commit (output/journal.py): staged whole, decided by one record, applied by
steps that the next command finishes if this one is killed.

Within a revision a document is its source (council, kind and source name), not its bytes: writing a corrected
file of a source replaces the earlier version's files in every table (the diff tables and its `_sources/`
record too) in the same commit, and touches nothing else.

What a reader sees, at every instant and after a kill at any step:
- the tool's own commands (every one recovers first, then reads under a shared lock): the old version whole
  until the commit record exists, the new version whole from then on; never both, never a mix of tables;
- a BI tool globbing `OUT/<table>/<revision>/*.parquet`, with no lock: in each table, exactly one version at
  every instant where folders can be swapped (Linux); without the swap, both versions in at most one table,
  between that table's rename and its delete (also after a kill there, until any command runs). Across
  tables, while the commit is applied (or after a kill during it, until any command runs), some tables may
  already hold the new version and others still the old: the on-disk layout allows no atomic change of several
  folders. A kill before the record leaves the old version whole for everyone; staged files sit under
  `_journal/`, outside every table's folder.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pyarrow.parquet as pq
from council_actions.ingest.model import Document
from council_actions.output.journal import Step, abandon, finish, open_transaction, recover_locked, seal
from council_actions.output.lock import JOURNAL, locked
from council_actions.output.schema import DIFF_TABLES, TABLES, describe
from council_actions.output.sources import SOURCES, earlier_versions, identity, index_text, read_index
from council_actions.output.swap import can_exchange
from council_actions.output.tables import TableSet

from council_actions.issues import OutputError, StageError, printable

LINK_REFUSED = frozenset({errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP})
Index = dict[str, list[str | None]]


def write_tables(table_set: TableSet, out_dir: Path, source: str,
                 record: str | None = None) -> tuple[list[Path], list[str]]:
    """The document's files, and the ids of earlier versions of the same source it replaced (found and
    replaced under one lock, so no other writer slips a version in between)."""
    with _writing(out_dir, source):
        try:
            index = read_index(out_dir, table_set.revision)
        except OSError as exc:
            raise StageError("output", source, f"cannot read {out_dir} ({exc.strerror or exc})") from None
        replaced = earlier_versions(index, table_set.document_id, identity(table_set))
        kept = {key: value for key, value in index.items() if key not in replaced}
        updated = {**kept, table_set.document_id: identity(table_set)}
        return write_files(table_set, out_dir, source, replaced, record, updated), replaced


def write_files(table_set: TableSet, out_dir: Path, source: str, remove: list[str] | tuple[str, ...] = (),
                record: str | None = None, index: Index | None = None) -> list[Path]:
    """Every table staged, then committed in one step with the `remove`d documents' files of the same revision
    (every table, the diff's too). `record` (see `source_record`) and the revision's source `index` go under
    `_sources/` in the same commit. Returns the table files written."""
    _commit(out_dir, source, table_set.scores,
            lambda transaction: _stage(table_set, out_dir, transaction, tuple(remove), record, index))
    return _files(table_set, out_dir)


def write_table_sets(table_sets: list[TableSet], out_dir: Path, source: str, revision: str,
                     clear: tuple[str, ...] = ()) -> list[Path]:
    """Several documents' tables of one revision (a diff) in one commit, which also deletes every other file of
    the `clear` tables in that revision: after a kill, the folder holds the earlier files or the new ones."""
    def stage(transaction: Path) -> list[Step]:
        steps = [step for table_set in table_sets for step in _stage(table_set, out_dir, transaction, (), None, None)]
        kept = {f"{table_set.document_id}.parquet" for table_set in table_sets}
        for name in clear:
            live = out_dir / name / revision
            stale = tuple(sorted(p.name for p in live.glob("*.parquet") if p.name not in kept))
            steps += [Step(_relative(live, out_dir), drop=stale)] if stale else []
        return steps

    _commit(out_dir, source, None, stage)  # the diff knows no profile: `_schema.json` keeps ingest's score names
    return [path for table_set in table_sets for path in _files(table_set, out_dir)]


def _commit(out_dir: Path, source: str, scores: tuple[str, ...] | None, stage: Callable[[Path], list[Step]]) -> None:
    """Stage in a fresh transaction, seal, apply; a failure before the seal leaves the folder as it was.
    `_schema.json` is written for the profile's `scores`, or left as it is (None)."""
    with _writing(out_dir, source):
        transaction = open_transaction(out_dir)
        try:
            steps = stage(transaction) + (_stage_schema(out_dir, transaction, scores) if scores is not None else [])
            sealed = seal(out_dir, transaction, steps)
        except OSError as exc:
            abandon(transaction)
            raise StageError("output", source, f"cannot write to {out_dir} ({exc.strerror or exc})") from None
        try:
            finish(out_dir, sealed)
        except OSError as exc:
            raise StageError("output", source, f"written, but not yet in place in {out_dir} ({exc.strerror or exc}); "
                             "the next council-actions command on that folder puts it in place") from None


def _files(table_set: TableSet, out_dir: Path) -> list[Path]:
    return [out_dir / name / table_set.revision / f"{table_set.document_id}.parquet" for name in table_set.tables]


@contextmanager
def _writing(out_dir: Path, source: str) -> Iterator[None]:
    """The folder's exclusive lock, with whatever a killed writer left finished or undone first."""
    try:
        (out_dir / JOURNAL).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StageError("output", source, f"cannot write to {out_dir} ({exc.strerror or exc})") from None
    with locked(out_dir, exclusive=True, create=True):
        try:
            recover_locked(out_dir)
        except OutputError as exc:
            raise StageError("output", source, str(exc)) from None
        yield


def _stage(table_set: TableSet, out_dir: Path, transaction: Path, remove: tuple[str, ...], record: str | None,
           index: Index | None) -> list[Step]:
    """One step per live folder touched: each table written, the removed documents' other tables, `_sources/`."""
    steps = [_stage_table(table_set, name, out_dir, transaction, remove) for name in table_set.tables]
    for name in [*TABLES, *DIFF_TABLES]:
        live = f"{name}/{table_set.revision}"
        drop = _present(out_dir / live, remove, ".parquet")
        if name not in table_set.tables and drop:
            steps.append(Step(live, drop=drop))
    if record is not None or index is not None or remove:
        steps.append(_stage_sources(table_set, out_dir, transaction, remove, record, index))
    return steps


def _stage_table(table_set: TableSet, name: str, out_dir: Path, transaction: Path, remove: tuple[str, ...]) -> Step:
    """The new file in the transaction; where it replaces another and folders can be swapped, in an image of the
    revision's folder beside hard links to every file the revision keeps."""
    live, file = out_dir / name / table_set.revision, f"{table_set.document_id}.parquet"
    drop, image = _present(live, remove, ".parquet"), transaction / name
    if not (drop and can_exchange() and _link_image(live, image, {file, *drop})):
        image = transaction
    staged = image / (file if image != transaction else f"{name}.{file}")
    pq.write_table(table_set.tables[name], staged, compression="snappy", data_page_version="1.0")
    return Step(_relative(live, out_dir), ((_relative(staged, out_dir), file),), drop,
                _relative(image, out_dir) if image != transaction else "")


def _stage_sources(table_set: TableSet, out_dir: Path, transaction: Path, remove: tuple[str, ...],
                   record: str | None, index: Index | None) -> Step:
    live = out_dir / SOURCES / table_set.revision
    files = {f"{table_set.document_id}.json": record, "_index.json": None if index is None else index_text(index)}
    added = []
    for name, text in files.items():
        if text is not None:
            staged = transaction / f"{SOURCES}.{table_set.document_id}.{name}"
            staged.write_text(text, encoding="utf-8")
            added.append((_relative(staged, out_dir), name))
    return Step(_relative(live, out_dir), tuple(added), _present(live, remove, ".json"))


def _link_image(live: Path, staged: Path, leave_out: set[str]) -> bool:
    """Hard links to the live folder's files but `leave_out`; False (and no folder) where the file system
    refuses hard links, so the step falls back to renaming files."""
    staged.mkdir()
    try:
        for path in sorted(live.iterdir()):
            if path.name not in leave_out and not path.name.startswith(".") and path.is_file():
                os.link(path, staged / path.name)
    except OSError as exc:
        if exc.errno not in LINK_REFUSED:
            raise
        shutil.rmtree(staged)
        return False
    return True


def _present(folder: Path, document_ids: tuple[str, ...], suffix: str) -> tuple[str, ...]:
    return tuple(f"{d}{suffix}" for d in document_ids if (folder / f"{d}{suffix}").exists())


def _relative(path: Path, out_dir: Path) -> str:
    return path.relative_to(out_dir).as_posix()


def source_record(document: Document, path: Path) -> str:
    """Where the source was read from and the extracted text that provenance offsets point into: what the review
    shows beside each row. A locator beside the tables, not a table: the path is the only machine-specific value
    in the output, and no row holds it."""
    return json.dumps({"document_id": document.document_id, "source_name": document.source_name,
                       "media_type": document.media_type, "path": printable(str(path.resolve())),
                       "text": document.text},
                      ensure_ascii=False, indent=1) + "\n"


def _stage_schema(out_dir: Path, transaction: Path, scores: tuple[str, ...]) -> list[Step]:
    """`_schema.json` changes in the same commit as the tables it describes, and only when its text does."""
    text, target = _schema_text(scores), out_dir / "_schema.json"
    if target.exists() and target.read_text(encoding="utf-8") == text:
        return []
    staged = transaction / target.name
    staged.write_text(text, encoding="utf-8")
    return [Step(".", ((_relative(staged, out_dir), target.name),))]


@cache
def _schema_text(scores: tuple[str, ...]) -> str:
    """Built once per process and profile: every document written compares against it."""
    return json.dumps(describe(scores), indent=2, sort_keys=True) + "\n"
