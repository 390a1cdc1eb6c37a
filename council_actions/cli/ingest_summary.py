"""The ingest summary: what a run wrote, as a person reads it at the end of a log (`say_summary`) and as one
JSON object a program or a scheduler reads (`as_json`).

Apart from the command's arguments and its run (cli/ingest.py) because it is one question, what to say of an
IngestReport, answered twice from the same totals; the lines on where each document's council came from are
cli/council_lines.py's.
"""

from __future__ import annotations

import shlex
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from council_actions import api
from council_actions.cli.common import print_rows, say
from council_actions.cli.council_lines import say_councils
from council_actions.counted import counted
from council_actions.ingest.model import SHORT_ID
from council_actions.ingest_report import STAGE_TIMES

if TYPE_CHECKING:  # a type only: the parsers load with the documents they read, not with the command
    from council_actions.ingest_report import IngestReport

# The next step for a file a council team often has in place of a readable one: what to save it as.
_WORD = "a Word document is not read: save it as PDF (or Text, .txt) from its application and ingest that"
_SHEET = "a spreadsheet is not read: save its sheet as CSV (or Text (Tab delimited), .tsv) and ingest that"
SAVE_AS = {".docx": _WORD, ".doc": _WORD, ".odt": _WORD, ".rtf": _WORD,
           ".xlsx": _SHEET, ".xls": _SHEET, ".ods": _SHEET}
# each table the summary counts, and its row as counted (`1 action`, `2 actions`)
YIELD = (("actions", "action"), ("elements", "element"), ("heatmap", "heatmap cell"), ("statements", "statement"))


class Totals(TypedDict):
    """What a whole run wrote: documents by outcome, rows by table, issues by severity."""

    documents: int
    written: int
    failed: int
    rows: dict[str, int]
    issues: dict[str, int]


def as_json(report: IngestReport) -> dict[str, object]:
    """The run as one JSON object (`--json`): every document, written or failed, in one list with its status, so
    a scheduler reads one key for what happened to each file, and the same totals the summary prints."""
    written = [{"source": r.source, "document_id": r.document_id, "kind": r.kind, "status": "written",
                "council": r.council, "council_from": r.council_from,
                "complete": r.status == "complete", "status_rule": r.status_rule, "rows": r.rows,
                "issues": {"error": 0, "warning": 0, **r.issues}, "files": [str(f) for f in r.files],
                "seconds": {stage: round(r.seconds.get(stage, 0.0), 3) for stage in STAGE_TIMES}}
               for r in report.documents]
    failed = [{"source": f.source, "status": "failed", "stage": f.stage, "problem": f.problem} for f in report.failures]
    return {"revision": report.revision, "revision_date": report.revision_date, "out": str(report.out),
            "ok": report.ok, "documents": written + failed,
            "replaced": [{"source": r.source, "document_id": old} for r in report.documents for old in r.replaced],
            "failures": failed, "skipped": [str(path) for path in report.skipped],
            "broken_links": [{"path": str(link.path), "target": link.target} for link in report.broken_links],
            "repeats": [{"path": str(r.path), "same_as": str(r.same_as)} for r in report.repeats],
            "special": [str(path) for path in report.special],
            "totals": _totals(report), "seconds": round(report.seconds, 3),
            "issues_command": _issues_command(report)}


def _totals(report: IngestReport) -> Totals:
    """The counts both the summary and `--json` give, from one place so the two never disagree."""
    rows: Counter[str] = Counter()
    issues: Counter[str] = Counter({"error": 0, "warning": 0})
    for result in report.documents:
        rows.update(result.rows)
        issues.update(result.issues)
    return {"documents": len(report.documents) + len(report.failures), "written": len(report.documents),
            "failed": len(report.failures), "rows": dict(sorted(rows.items())), "issues": dict(sorted(issues.items()))}


def say_summary(report: IngestReport, verbose: bool) -> None:
    """The run as a person reads it, in the order a log is read back: what was written, each document's yield, where
    a council was learnt, the totals, what was not read, and last the failures, so a long run's log ends with them."""
    totals = _totals(report)
    written = f"{counted(totals['written'], 'document')} written"
    say(f"revision {report.revision} -> {report.out}: {written}, "
        f"{totals['failed']} failed ({report.seconds:.1f} s)")
    _documents_table(report)
    say_councils(report.documents, verbose)
    say("total: " + ", ".join(counted(totals["rows"].get(t, 0), noun) for t, noun in YIELD))
    say(f"extraction issues: {counted(totals['issues']['error'], 'error')}, "
        f"{counted(totals['issues']['warning'], 'warning')}"
        + (f"; list them: {_issues_command(report)}" if sum(totals["issues"].values()) else ""))
    if report.documents:
        say(_next_commands(report))
    for result in report.documents:
        for old in result.replaced:
            say(f"{Path(result.source).name} replaced the earlier version {old[:SHORT_ID]} of the same source")
    _not_read(report)
    if report.revision_date is None and report.documents:  # a run that wrote nothing made no revision to sort
        say(_undated(report.revision))
    if verbose and report.documents:  # nothing written, no issues to read back
        _details(report)
    if report.failures:
        say(f"failed ({len(report.failures)}):")
        for failure in report.failures:
            say(f"  {failure.source}: {failure.problem} [{failure.stage}]")


def _documents_table(report: IngestReport) -> None:
    """Each document written, a row: its real yield per table, its issues and documents.status (output/status.py:
    an error, or too much of the reading unplaced or in doubt, with the rule that said so)."""
    if not report.documents:
        return
    print_rows([(Path(r.source).name, r.kind, *(r.rows.get(t, 0) for t, _ in YIELD), r.issues.get("error", 0),
                 r.issues.get("warning", 0), r.status if r.status_rule is None else f"{r.status} ({r.status_rule})")
                for r in report.documents],
               ("document", "kind", *(t for t, _ in YIELD), "errors", "warnings", "status"), indent="  ")


def _not_read(report: IngestReport) -> None:
    """The files given that were not read, each kind named with why (and what to save a Word document or a
    spreadsheet as), so no file is left out without a word."""
    if report.skipped:
        from council_actions.document_files import SUFFIXES_NAMED  # loaded by the ingest already

        say(f"not read ({len(report.skipped)} in the folders given, not {SUFFIXES_NAMED}): "
            + ", ".join(map(str, report.skipped)))
        for hint in sorted({SAVE_AS[s] for s in (Path(p).suffix.lower() for p in report.skipped) if s in SAVE_AS}):
            say(hint)
    if report.broken_links:
        from council_actions.not_read import links_named  # loaded by the ingest already

        say(f"not read: {links_named(report.broken_links)}")
    if report.special:
        say(f"not read ({counted(len(report.special), 'special file')}, a pipe, socket or device, never read from a "
            "folder): " + ", ".join(map(str, report.special)))
    if report.repeats:
        say(f"read once ({len(report.repeats)} of the same bytes as a file before it, one document each): "
            + ", ".join(map(str, report.repeats)))


def _undated(revision: str) -> str:
    """The note on a revision with no date, saying what is wrong with a label that starts like a date but is none
    (`2024-13`, `2024-02-30`): the rules that read a good label's date say it (council_actions.revision)."""
    from council_actions.revision import label_date  # loaded by the ingest already

    problem = label_date(revision).problem
    why = f": it starts like one, but {problem}" if problem else ""
    return (f"revision {revision} has no date{why} (give --revision-date, or a label starting with a date, YYYY-MM "
            "or YYYY-MM-DD): it sorts before dated revisions")


def _details(report: IngestReport) -> None:
    """`--verbose`: each document's files and its issues counted by code, read back from what was written, so the
    counts are the issues table's own."""
    codes = Counter((row["document_id"], row["severity"], row["code"]) for row in api.issues(report.out,
                                                                                            report.revision))
    for result in report.documents:
        say(f"{result.source} ({result.document_id[:SHORT_ID]}):")
        for path in result.files:
            say(f"  wrote {path}")
        for (document_id, severity, code), count in sorted(codes.items()):
            if document_id == result.document_id:
                say(f"  {count:4d} {severity} {code}")


def _issues_command(report: IngestReport) -> str:
    """The command listing the run's issues, quoted for a shell (an output folder with a space in its path)."""
    return shlex.join(["council-actions", "issues", str(report.out), "--revision", report.revision])


def _next_commands(report: IngestReport) -> str:
    """The two commands a first run goes on with, named where it ends: the rows as text or CSV, and each row beside
    its source for checking (docs/reviewing.md). The tables and columns are pointed to as the folder's
    `_schema.json`, not as `council-actions schema --markdown` or docs/columns.md: the file is this folder's own
    contract (its profile's scores, its version's columns), where the command would need the run's `--profile`
    repeated to say the same, and the page describes only the default profile."""
    out, revision = str(report.out), report.revision
    return (f"read a table: {shlex.join(['council-actions', 'read-table', out, 'actions', '--revision', revision])}"
            f" (every table and column: {Path(out, '_schema.json')}); check each row beside its source: "
            f"{shlex.join(['council-actions', 'review', out, '--out', 'site', '--revision', revision])}")
