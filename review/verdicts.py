"""The auditor's verdicts as CSV: what the page exports, and what `--verdicts FILE` reads back.

A verdict is tied to a row by its key and to the source it was given on by a
digest of the row's source text; read back against a later run, a verdict
whose row's source has changed is flagged, and one whose row is gone is listed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeGuard, get_args

from council_actions.parsers import current_action_id
from council_actions.review.load import ReviewError

from council_actions.given_files import file_or_pipe, read_within

MAX_BYTES = 100 << 20  # a verdict is a line of a few hundred bytes: 100 MB is hundreds of thousands of rows
COLUMNS = ("row_key", "verdict", "comment", "time", "document", "source_digest")
Verdict = Literal["checked", "wrong"]
VERDICTS: tuple[Verdict, ...] = get_args(Verdict)


@dataclass(frozen=True)
class Mark:
    """An auditor's verdict on one row, with the digest of the source it was given on, so a verdict can be
    flagged when that source changes."""

    row_key: str
    verdict: Verdict
    comment: str
    time: str
    document: str
    source_digest: str

    def as_json(self, current_digest: str | None) -> dict[str, object]:
        """For the page: `changed` when the row's source is not what the verdict was given on."""
        return {"verdict": self.verdict, "comment": self.comment, "time": self.time, "digest": self.source_digest,
                "changed": bool(self.source_digest and current_digest and self.source_digest != current_digest),
                "imported": True}


def read_marks(path: Path) -> list[Mark]:
    """Every verdict in the file, the latest per document and row."""
    try:
        reader = csv.DictReader(io.StringIO(_verdicts_text(path), newline=""))
        missing = [c for c in COLUMNS[:4] if c not in (reader.fieldnames or [])]
        if missing:
            raise ReviewError(f"{path}: not a verdicts file (no column {missing[0]!r}; "
                              f"expected {', '.join(COLUMNS)})")
        marks = [_mark(path, reader.line_num, row) for row in reader]
    except OSError as exc:
        raise ReviewError(f"{path}: cannot read verdicts ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ReviewError(f"{path}: not a readable CSV file ({exc})") from None
    latest: dict[tuple[str, str], Mark] = {}
    for mark in sorted(marks, key=lambda m: m.time):
        latest[(mark.document, mark.row_key)] = mark
    return list(latest.values())


def _verdicts_text(path: Path) -> str:
    """The file's text, read no further than MAX_BYTES (council_actions.given_files): `--verdicts /dev/zero`, one
    line without end, grew memory until the system killed the command."""
    if not file_or_pipe(path):
        raise ReviewError(f"{path}: cannot read verdicts (a folder, socket or device, not a file)")
    data = read_within(path, MAX_BYTES)
    if data is None:
        raise ReviewError(f"{path}: cannot read verdicts (larger than {MAX_BYTES >> 20} MB)")
    return data.decode("utf-8-sig")


def _mark(path: Path, line: int, row: Mapping[str, str | None]) -> Mark:
    verdict = (row.get("verdict") or "").strip()
    if not _is_verdict(verdict):
        raise ReviewError(f"{path}: line {line}: verdict {verdict!r} is not one of {', '.join(VERDICTS)}")
    if not (row.get("row_key") or "").strip():
        raise ReviewError(f"{path}: line {line}: no row_key")
    return Mark((row.get("row_key") or "").strip(), verdict, row.get("comment") or "", row.get("time") or "",
                (row.get("document") or "").strip(), (row.get("source_digest") or "").strip())


def _is_verdict(text: str) -> TypeGuard[Verdict]:
    return text in VERDICTS


def current_key(row_key: str) -> str:
    """A row key as this version writes it: a verdict exported from a review of an earlier version's output names an
    action by the id it had then (`action:-2dec3e71d7f5`), which the same action has now in its current form."""
    kind, _, rest = row_key.partition(":")
    return f"{kind}:{current_action_id(rest)}" if kind == "action" else row_key


def marks_for(marks: list[Mark], source_name: str) -> list[Mark]:
    """A document's verdicts: those naming its source, and those naming none."""
    return [m for m in marks if m.document in ("", source_name)]
