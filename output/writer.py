"""Write documents' tables as one commit (output/journal.py): one document, or a whole batch of them (an
ingest's), staged whole (output/stage_steps.py), decided by one record, applied by steps that the next command
finishes if this one is killed. A batch's files were mostly staged by its workers already (output/staging.py); the
commit moves them in.

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
  `_journal/`, outside every table's folder, their names not ending in `.parquet` (but a swap's image folder's).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from council_actions.ingest.model import Document
from council_actions.output.compatible import refuse_other_layouts
from council_actions.output.diff_columns import DIFF_TABLES
from council_actions.output.journal import abandon, finish, open_transaction, recover_locked, seal
from council_actions.output.lock import JOURNAL, locked
from council_actions.output.parquet import EncodedSet
from council_actions.output.schema import TABLES
from council_actions.output.schema_json import folder_scores, to_json
from council_actions.output.sources import SOURCES, earlier_versions, index_text, read_index
from council_actions.output.stage_steps import Change, folders_in_place, to_steps

from council_actions.issues import OutputError, StageError, printable

Index = dict[str, list[str | None]]
LAYOUT = frozenset((*TABLES, *DIFF_TABLES))  # the folders whose files must have this version's columns


@dataclass(frozen=True)
class Written:
    """A document committed: its table files, the rows written to each table, and the earlier versions of its
    source it replaced."""

    files: list[Path]
    rows: dict[str, int]
    replaced: list[str]


def write_documents(documents: Sequence[EncodedSet], out_dir: Path, source: str,
                    clear: tuple[str, ...] = ()) -> list[Written]:
    """Documents of a batch, in order, as one commit with their `_sources/` records (see `source_record`) and
    each revision's source index: after a kill, the folder holds all of them or none. A document replaces the
    earlier versions of its source (found and replaced under one lock, so no other writer slips a version in
    between), an earlier document of the same batch included: that one's files never go live. A set that is no
    source's (a diff's tables: no index entry) only adds its files. Every other file of the `clear` tables in the
    revisions written is deleted in the same commit (a diff replaces a revision's diff tables whole)."""
    with _writing(out_dir, source):
        indexes: dict[str, Index] = {}
        changes: dict[str, Change] = {}
        written = []
        for encoded in documents:
            replaced = _replace_source(encoded, out_dir, source, indexes, changes)
            for name, table in encoded.tables.items():
                changes.setdefault(f"{name}/{encoded.revision}", Change()).add[f"{encoded.document_id}.parquet"] = \
                    table.content()
            written.append(Written(_files(encoded, out_dir), {name: t.rows for name, t in encoded.tables.items()},
                                   replaced))
        for revision, index in indexes.items():
            changes[f"{SOURCES}/{revision}"].add["_index.json"] = index_text(index).encode()
        for revision in dict.fromkeys(encoded.revision for encoded in documents):
            _clear(out_dir, revision, clear, changes)
        # a diff knows no profile: with no source's document written, `_schema.json` keeps ingest's names
        scores = next((encoded.scores for encoded in documents if encoded.entry is not None), None)
        _commit(out_dir, source, scores, changes)
    return written


def _replace_source(encoded: EncodedSet, out_dir: Path, source: str, indexes: dict[str, Index],
                    changes: dict[str, Change]) -> list[str]:
    """The earlier versions of the document's source in its revision, their files dropped from every table and
    `_sources/`; the document's `_sources/` record added and the revision's index updated. The earlier versions'
    ids are returned: none for a set that is no source's (a diff's)."""
    revision, document_id, entry = encoded.revision, encoded.document_id, encoded.entry
    if entry is None:
        return []
    index = indexes.get(revision)
    if index is None:
        index = indexes[revision] = _index(out_dir, revision, source)
        changes.update({f"{name}/{revision}": Change() for name in (*TABLES, *DIFF_TABLES, SOURCES)})
    replaced = earlier_versions(index, document_id, entry)
    indexes[revision] = {**{k: v for k, v in index.items() if k not in replaced}, document_id: entry}
    for name in (*TABLES, *DIFF_TABLES):
        _replace(changes[f"{name}/{revision}"], replaced, ".parquet")
    _replace(changes[f"{SOURCES}/{revision}"], replaced, ".json")
    if encoded.record is not None:
        changes[f"{SOURCES}/{revision}"].add[f"{document_id}.json"] = encoded.record.encode()
    return replaced


def _clear(out_dir: Path, revision: str, tables: tuple[str, ...], changes: dict[str, Change]) -> None:
    """Every file of the `tables` in `revision` that this commit does not add, dropped."""
    for name in tables:
        change = changes.setdefault(f"{name}/{revision}", Change())
        change.drop |= {p.name for p in (out_dir / name / revision).glob("*.parquet") if p.name not in change.add}


def _index(out_dir: Path, revision: str, source: str) -> Index:
    try:
        return read_index(out_dir, revision)
    except OSError as exc:
        raise StageError("output", source, f"cannot read {out_dir} ({exc.strerror or exc})") from None
    except OutputError as exc:  # a documents file cut short, read where the index does not know it
        raise StageError("output", source, str(exc)) from None


def _replace(change: Change, replaced: list[str], suffix: str) -> None:
    """The replaced documents' files dropped, and not added either if an earlier document of the batch was one."""
    for document_id in replaced:
        change.drop.add(f"{document_id}{suffix}")
        change.add.pop(f"{document_id}{suffix}", None)


def _commit(out_dir: Path, source: str, scores: tuple[str, ...] | None, changes: dict[str, Change]) -> None:
    """Stage in a fresh transaction, seal, apply (the caller holds the lock); a failure before the seal leaves
    the folder as it was. `_schema.json` is written for the profile's `scores`, or left as it is (None)."""
    refuse_other_layouts(out_dir, [key.split("/")[0] for key in changes if key.split("/")[0] in LAYOUT], source)
    try:
        transaction = open_transaction(out_dir)
    except OSError as exc:  # a folder read-only to this user, whose lock a reader that writes (diff) holds already
        raise _cannot_write(out_dir, source, exc) from None
    try:
        if scores is not None:
            _schema_change(out_dir, changes, scores)
        steps, written = to_steps(out_dir, transaction, changes)
        folders_in_place(out_dir, steps)
        sealed = seal(out_dir, transaction, steps, written)
    except OSError as exc:
        abandon(transaction)
        raise _cannot_write(out_dir, source, exc) from None
    try:
        finish(out_dir, sealed)
    except OSError as exc:
        raise StageError("output", source, f"written, but not yet in place in {out_dir} ({exc.strerror or exc}); "
                         "the next council-actions command on that folder puts it in place") from None


def _cannot_write(out_dir: Path, source: str, exc: OSError) -> StageError:
    return StageError("output", source, f"cannot write to {out_dir} ({exc.strerror or exc})")


def _files(encoded: EncodedSet, out_dir: Path) -> list[Path]:
    return [out_dir / name / encoded.revision / f"{encoded.document_id}.parquet" for name in encoded.tables]


@contextmanager
def _writing(out_dir: Path, source: str) -> Iterator[None]:
    """The folder's exclusive lock, with whatever a killed writer left finished or undone first. A lock file that
    cannot be opened for writing (a folder read-only to this user, a folder where the file should be) is the
    folder's problem, named in one line like any other."""
    with ExitStack() as held:
        try:
            (out_dir / JOURNAL).mkdir(parents=True, exist_ok=True)
            held.enter_context(locked(out_dir, exclusive=True, create=True))
        except OSError as exc:
            raise _cannot_write(out_dir, source, exc) from None
        try:
            recover_locked(out_dir)
        except OutputError as exc:
            raise StageError("output", source, str(exc)) from None
        yield


def source_record(document: Document, path: Path) -> str:
    """Where the source was read from, the options that changed its reading (`read_with`: a text's encoding given,
    null for none; a PDF's engine; `limits`, those raised past the defaults, where any was) and the extracted text
    that provenance offsets point into: what the review shows beside each row, and what `upgrade` reads the source
    again with. A locator beside the tables, not a table: the path is the only machine-specific value in the
    output, and no row holds it."""
    options = document.read_with
    read_with: dict[str, object] = ({"pdf_engine": options.pdf_engine} if document.media_type == "pdf"
                                    else {"encoding": options.encoding})
    read_with.update({"limits": dict(options.limits)} if options.limits else {})
    return json.dumps({"document_id": document.document_id, "source_name": document.source_name,
                       "media_type": document.media_type, "path": printable(str(path.resolve())),
                       "read_with": read_with, "text": document.text},
                      ensure_ascii=False, indent=1) + "\n"


def _schema_change(out_dir: Path, changes: dict[str, Change], scores: tuple[str, ...]) -> None:
    """`_schema.json` changes in the same commit as the tables it describes, and only when its text does. It
    describes the whole folder, so its scores are every profile's the folder's documents were read under: those it
    lists already, then the batch's profile's others (folder_scores); the last batch's alone would leave an
    earlier revision's scores outside the vocabulary a BI tool checks them against."""
    target = out_dir / "_schema.json"
    before = target.read_text(encoding="utf-8") if target.exists() else None
    if before == _schema_text(scores):  # the usual case, one profile throughout: nothing to read
        return
    text = _schema_text(folder_scores(before, scores))
    if text != before:
        changes.setdefault(".", Change()).add[target.name] = text.encode()


@lru_cache(maxsize=16)
def _schema_text(scores: tuple[str, ...]) -> str:
    """Built once per process and profile: every document written compares against it. Kept for the last 16
    profiles' scores: a process writing under ever more profiles builds it again."""
    return to_json(scores)
