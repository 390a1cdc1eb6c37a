"""`upgrade`: an output folder an earlier council-actions wrote, brought to this version's layout with its history.

A version that adds a column refuses to write into a folder of the earlier layout (output/compatible.py): read as one
table, the folder would lose the column. A data team's folder holds years of revisions whose sources it would have to
find again. Two ways to bring it over were weighed:

- the new columns added as null, the rows kept: quick and needing no source, but each value stays what the earlier
  version read, and a column the contract requires has no honest null (`action_owners.role` may be null, but a fixed
  parser's rows cannot be guessed from the old ones). The next revision, read by this version, would then differ from
  the last upgraded one by the reader, not the plan, and `diff` would show those differences as the plan's changes
  (Lancashire's one unknown owner `LA with support from health` becoming two owners: an `owners_changed` that never
  happened);
- every revision read again from its recorded sources (recorded.py): each value is what this version reads, so a
  `diff` across the upgraded revisions and the next shows only what the documents changed.

So the folder is read again: each document from its source, found by its sha256 (`document_id`), with the options
its ingest recorded (revision, revision date, source name, profile (council_actions/upgrade_profiles.py), a council
or reference date given, and from its source record the encoding a text was read in, the engine that read a PDF and
the limits raised to read it), then each revision that had a diff is diffed again from the same revision, oldest
first, so `action_lineage` is rebuilt in order. A source found nowhere stops the upgrade before anything is written,
naming each.

Atomic: the new folder is built beside the old (`.<name>.upgrade`, same file system) under the old one's exclusive
lock, so no ingest writes into it meanwhile, then the two are swapped in one call (output/swap.py; elsewhere two
renames), and the old one removed. Killed or failed before the swap, the folder is as it was and the next `upgrade`
removes the half-built one; after it, the folder is upgraded whole. The same folder and sources give the same bytes.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from council_actions.ingest.pdf_layout import PDF_ENGINES, PdfEngine
from council_actions.issues import OutputError
from council_actions.output.diff_columns import DIFF_TABLES
from council_actions.output.journal import recover_locked
from council_actions.output.lock import JOURNAL, locked
from council_actions.output.report import dated_revisions
from council_actions.output.schema import TABLES
from council_actions.output.sources import SOURCES
from council_actions.output.swap import exchange
from council_actions.profile import load_profile
from council_actions.recorded import Found, Recorded, find_sources, recorded_documents
from council_actions.upgrade_profiles import Chosen, profile_for, profile_notes

BUILDING = ".{}.upgrade"  # the new folder while it is built, beside the old one
KNOWN = frozenset((*TABLES, *DIFF_TABLES, SOURCES, "_journal", "_schema.json"))  # what the read again writes


class UpgradeError(OutputError):
    """Why a folder cannot be upgraded (sources gone, a profile not given): one line a problem, nothing written."""

    def __init__(self, problems: Iterable[str]) -> None:
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Upgraded:
    """What `upgrade` did: the revisions read again (oldest first), the documents, the diffs run again, and one note
    per document read otherwise than at its ingest (a profile's text changed since, a source found elsewhere)."""

    out: Path
    revisions: tuple[str, ...]
    documents: int
    diffs: tuple[tuple[str, str], ...]
    notes: tuple[str, ...]
    seconds: float


def upgrade_folder(out_dir: Path, sources: tuple[Path, ...] = (), profiles: tuple[Path, ...] = (),
                   jobs: int = 1) -> Upgraded:
    """Read every revision of `out_dir` again with this version, in place, as one change of the whole folder."""
    started = time.perf_counter()
    if not (out_dir / "documents").is_dir():
        raise OutputError(f"{out_dir}: no output here (no documents table): nothing to upgrade")
    building = out_dir.parent / BUILDING.format(out_dir.name)
    given = tuple(load_profile(Path(p).resolve()) for p in profiles)
    (out_dir / JOURNAL).mkdir(exist_ok=True)
    with locked(out_dir, exclusive=True, create=True):  # as an ingest holds it: no writer slips in meanwhile
        recover_locked(out_dir)
        shutil.rmtree(building, ignore_errors=True)  # a killed upgrade's half-built folder
        order = list(dated_revisions(out_dir))
        documents = recorded_documents(out_dir, order)
        found, problems = find_sources(documents, sources)
        chosen = {(d.revision, d.document_id): profile_for(d, given) for d in documents}
        problems += [c.problem for c in chosen.values() if c.problem is not None]
        problems += [f"{d.name}: read with the PDF engine {d.pdf_engine!r}, which this version does not have"
                     for d in documents if d.pdf_engine is not None and _engine(d) is None]
        if problems:
            raise UpgradeError(problems)
        pairs = _diffed_pairs(out_dir, order)
        try:
            notes = profile_notes(documents, chosen) + _build(building, documents, found, chosen, jobs)
            _rediff(out_dir, building, pairs, profiles)
            _keep_others(out_dir, building)
            _swap(out_dir, building)
        finally:
            shutil.rmtree(building, ignore_errors=True)  # the half-built folder, or the old one once swapped
    return Upgraded(out_dir, tuple(order), len(documents), tuple(pairs), tuple(notes),
                    time.perf_counter() - started)


def _diffed_pairs(out_dir: Path, order: list[str]) -> list[tuple[str, str]]:
    """(from, to) of each revision a diff wrote into, in the revisions' order."""
    from council_actions.diff.lineage_state import diffed_from

    pairs = []
    for revision in order:
        earlier = diffed_from(out_dir, revision)
        if earlier is not None:
            pairs.append((earlier, revision))
    return pairs


def _build(building: Path, documents: list[Recorded], found: dict[str, Found],
           chosen: dict[tuple[str, str], Chosen], jobs: int) -> list[str]:
    """The documents ingested into the new folder as their ingests were run, those read with the same options in one
    batch (`jobs` at once); the notes of those read from elsewhere than recorded."""
    from council_actions import api

    with tempfile.TemporaryDirectory(prefix="council-actions-upgrade-") as scratch:
        paths = {(d.revision, d.document_id): found[d.document_id].path or _written_out(Path(scratch) / str(n), d)
                 for n, d in enumerate(documents)}
        for number, group in enumerate(_batches(documents, paths, chosen)):
            first = group[0]
            report = api.ingest([paths[d.revision, d.document_id] for d in group], building, revision=first.revision,
                                profile=chosen[first.revision, first.document_id].profile,
                                revision_date=first.revision_date, jobs=jobs,
                                source_name=first.source_name if len(group) == 1 else None,
                                reference_date=first.reference_date if _given_date(first) else None,
                                encoding=first.encoding, pdf_engine=_engine(first), limits=first.read_limits(),
                                manifest=_manifest(Path(scratch) / f"{number}.csv", group, paths))
            if report.failures:
                failure = report.failures[0]
                raise UpgradeError([f"{failure.source}: cannot be read again ({failure.stage}: {failure.problem}); "
                                    "the folder is left as it was"])
    notes = []
    for document in documents:
        source = found[document.document_id]
        if source.from_record:
            _record_path(building, document)
            notes.append(f"{document.name}: read from the text its record holds ({document.path} is gone)")
        elif source.path is not None and str(source.path) != document.path:
            notes.append(f"{document.name}: read from {source.path} (recorded at {document.path})")
    return notes


def _batches(documents: list[Recorded], paths: dict[tuple[str, str], Path],
             chosen: dict[tuple[str, str], Chosen]) -> list[list[Recorded]]:
    """The documents an ingest can read in one call: of one revision, read with one profile, revision date, given
    reference date, encoding, PDF engine and raised limits, each named by its file's name (a source name given at
    ingest is one document's alone)."""
    batches: dict[tuple[object, ...], list[Recorded]] = {}
    for document in documents:
        key: tuple[object, ...] = (document.revision, chosen[document.revision, document.document_id].profile,
                                   document.revision_date, _given_date(document) and document.reference_date,
                                   document.council_from == "manifest", document.encoding, document.pdf_engine,
                                   document.limits)
        if paths[document.revision, document.document_id].name != document.source_name:
            key += (document.document_id,)
        batches.setdefault(key, []).append(document)
    return list(batches.values())


def _engine(document: Recorded) -> PdfEngine | None:
    """The engine the record names, as this version spells it; None where none is recorded (the default's) or
    this version has no such engine (refused before anything is read)."""
    return next((engine for engine in PDF_ENGINES if engine == document.pdf_engine), None)


def _given_date(document: Recorded) -> bool:
    return document.reference_from == "given" and document.council_from != "manifest"


def _manifest(path: Path, documents: list[Recorded], paths: dict[tuple[str, str], Path]) -> Path | None:
    """A manifest where the councils were given by one (with a published date where one was given)."""
    if documents[0].council_from != "manifest":
        return None
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["path", "council", "published"])
        for document in documents:
            published = document.reference_date if document.reference_from == "given" else None
            writer.writerow([str(paths[document.revision, document.document_id].resolve()), document.council or "",
                             published.isoformat() if published else ""])
    return path


def _written_out(folder: Path, document: Recorded) -> Path:
    """The record's text as the file it was (its sha256 is the document's: find_sources checked), under its source
    name."""
    folder.mkdir(parents=True)
    path = folder / Path(document.source_name).name
    path.write_bytes(document.text_bytes() or b"")
    return path


def _record_path(building: Path, document: Recorded) -> None:
    """The source record keeps the path the document was first read from, not the scratch file's."""
    record = building / SOURCES / document.revision / f"{document.document_id}.json"
    fields = json.loads(record.read_text(encoding="utf-8"))
    fields["path"] = document.path
    record.write_text(json.dumps(fields, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _rediff(out_dir: Path, building: Path, pairs: list[tuple[str, str]], profiles: tuple[Path, ...]) -> None:
    """Each diff run again, in order; with `absent_as_removed` where the earlier one wrote the rows of a document
    whose source the later revision lacks as removed (`changes/<to>/removed-<id>.parquet`)."""
    from council_actions import api
    from council_actions.output.sources import read_index

    for earlier, later in pairs:
        result = api.diff(building, earlier, later, profiles=profiles)
        if result.absent:
            index = read_index(building, earlier)
            names = {f"{earlier}/{entry[2]}": document_id for document_id, entry in index.items()}
            removed = {p.name for p in (out_dir / "changes" / later).glob("removed-*.parquet")}
            if any(f"removed-{names.get(name)}.parquet" in removed for name in result.absent):
                api.diff(building, earlier, later, absent_as_removed=True, profiles=profiles)


def _keep_others(out_dir: Path, building: Path) -> None:
    """Files the user keeps in the folder beside the tool's (notes, a review's verdicts) go over as they are."""
    for entry in sorted(out_dir.iterdir()):
        if entry.name in KNOWN:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, building / entry.name, symlinks=True)
        else:
            shutil.copy2(entry, building / entry.name, follow_symlinks=False)


def _swap(out_dir: Path, building: Path) -> None:
    """The new folder in place of the old in one step; where the system cannot swap, two renames (between them,
    for an instant, no folder by that name)."""
    if exchange(building, out_dir):
        return
    aside = out_dir.parent / f".{out_dir.name}.before-upgrade"
    shutil.rmtree(aside, ignore_errors=True)
    os.rename(out_dir, aside)
    os.rename(building, out_dir)
    shutil.rmtree(aside)
