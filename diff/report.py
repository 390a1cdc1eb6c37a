"""A revision diff for people: counts per kind of change, then the changes grouped by theme; or as JSON."""

from __future__ import annotations

from collections import Counter
from itertools import groupby
from typing import get_args

from council_actions.diff.records import Change, DocumentDiff, DocumentSide, RevisionDiff
from council_actions.diff.rules import ACTION_RULES, KIND_ORDER
from council_actions.output.contract import LineageMatch

from council_actions.counted import counted


def counts(result: RevisionDiff) -> dict[str, int]:
    """Changes per kind, every kind listed (0 included) in the contract's order, so totals line up."""
    found: Counter[str] = Counter(c.change for d in result.documents for c in d.changes)
    return {kind: found.get(kind, 0) for kind in KIND_ORDER}


def reread_deadlines(result: RevisionDiff) -> int:
    """The deadline_moved changes whose action prints the same timeline in both revisions: the plan moved nothing,
    its phrase (`Quarter 2`) was read against another reference date (by default each revision's label), which a
    national run re-ingesting an unchanged plan under a new label meets on every such plan."""
    found = 0
    for document in result.documents:
        if document.earlier is None or document.later is None:
            continue
        before = {a.action_id: a.timeline for a in document.earlier.actions}
        after = {a.action_id: a.timeline for a in document.later.actions}
        found += sum(c.change == "deadline_moved" and before.get(c.previous_action_id or "") is not None
                     and before.get(c.previous_action_id or "") == after.get(c.action_id or "")
                     for c in document.changes)
    return found


def field_counts(result: RevisionDiff) -> dict[str, dict[str, int]]:
    """Changes per field of each kind that more than one rule of ACTION_RULES finds on different fields, every such
    field listed: `action_edited` is its action's words reworded or its timeline's (with the same due date), and
    the lineage's `edited` counts the first alone, so the summary shows the two apart."""
    fields: dict[str, list[str]] = {}
    for rule in ACTION_RULES:
        fields.setdefault(rule.change, [])
        if rule.field not in fields[rule.change]:
            fields[rule.change].append(rule.field)
    found: Counter[tuple[str, str | None]] = Counter((c.change, c.field) for d in result.documents for c in d.changes)
    return {kind: {field: found.get((kind, field), 0) for field in named}
            for kind, named in fields.items() if len(named) > 1}


def lineage_counts(result: RevisionDiff) -> dict[str, int]:
    """Actions followed per match, every match listed: same + edited + removed is the earlier count."""
    found = Counter(row.match for d in result.documents for row in d.lineage)
    return {match: found.get(match, 0) for match in get_args(LineageMatch)}


_CONTEXT = 20  # characters of the common beginning kept before an edit, to say where in the value it is


def _direction(change: Change) -> str:
    now, before = change.score_rank, change.previous_score_rank
    if now is None or before is None or now == before:
        return ""
    return " (improved)" if now < before else " (dropped)"


NONE = "(none)"  # a value one side does not have (no due date, no update): a bare `-` read as a value or a dash


def _shorten(text: str | None, width: int = 70) -> str:
    """A value on one line of the summary: a cell's line breaks and runs of spaces as one space, cut at `width`."""
    if text is None:
        return NONE
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _pair(before: str | None, after: str | None, width: int = 70) -> tuple[str, str]:
    """Both values of an edit, each cut at `width` from the same place: where the two first differ, less a few
    words of context, so an edit late in a long action is printed, not two identical beginnings."""
    if before is None or after is None:
        return _shorten(before, width), _shorten(after, width)
    before, after = " ".join(before.split()), " ".join(after.split())
    pairs = enumerate(zip(before, after, strict=False))
    same = next((i for i, (a, b) in pairs if a != b), min(len(before), len(after)))
    if max(len(before), len(after)) <= width or same < width - _CONTEXT:
        return _shorten(before, width), _shorten(after, width)
    start = before.rfind(" ", 0, same - _CONTEXT) + 1
    return (_shorten("…" + before[start:], width), _shorten("…" + after[start:], width))


WORDS_WIDTH = 40  # the action's first words beside a change of one of its fields


def describe(change: Change, words: str | None = None) -> str:
    """One change as one line of the summary: element, action, field and both values, shortened. A change of one
    of an action's fields also gives the action's first `words`: its id is a digest, and most councils' plans print
    no element id (Maidstone's governance plan: `action-2dec3e71d7f5`) or one over several actions (a year heading)."""
    action = change.action_id or change.previous_action_id
    subject = " ".join(part for part in (change.element_id, action) if part)  # a plan without ids has no element
    if change.field is None:
        detail = _shorten(change.after or change.before, 60) if action else ""
    else:
        before, after = _pair(change.before, change.after)
        named = f"{_shorten(words, WORDS_WIDTH)}  " if words and action else ""
        detail = f"{named}{change.field}: {before} -> {after}{_direction(change)}"
    return f"  {change.change:<17} {subject}  {detail}".rstrip()


def _words(document: DocumentDiff) -> dict[str, str]:
    """Each action's words by its id, the later revision's over the earlier's (an id is its element and words)."""
    return {a.action_id: a.text for side in (document.earlier, document.later) if side is not None
            for a in side.actions}


def _heading(document: DocumentDiff, result: RevisionDiff, shared: frozenset[str]) -> str:
    if document.earlier is None:
        return f"{_named(document.side, shared)}: only in {result.later}, all added"
    if document.later is None:
        return f"{_named(document.side, shared)}: only in {result.earlier}, all removed"
    return f"{_named(document.earlier, shared)} -> {_named(document.later, shared)}"


def _named(side: DocumentSide, shared: frozenset[str]) -> str:
    """A document as the heading names it: its source name, and its council where that name is shared (`_shared`)."""
    return f"{side.source_name} ({side.council})" if side.source_name in shared and side.council else side.source_name


def _shared(result: RevisionDiff) -> frozenset[str]:
    """The source names the compared documents hold of more than one council: a national run keeps each council's
    files in a folder of its own and councils name theirs alike (`action_plan.txt`), so there the name alone does
    not say whose plan changed. Elsewhere the heading stays the name alone."""
    councils: dict[str, set[str | None]] = {}
    for side in (side for d in result.documents for side in (d.earlier, d.later) if side is not None):
        councils.setdefault(side.source_name, set()).add(side.council)
    return frozenset(name for name, held in councils.items() if len(held) > 1)


def summary_lines(result: RevisionDiff) -> list[str]:
    """What `diff` prints without --json: totals, counts per kind and match, each document's changes by theme."""
    lines = [_totals_line(result)]
    lines += [f"note: {note}" for note in result.owners_notes]  # owners compared by another glossary than at ingest
    lines += [f"note: {note}" for note in result.lineage_notes]  # an earlier revision's lineage older than its actions
    lines += _kind_lines(result)
    # by the action's words (action_lineage.match): `edited` is action_edited's `action` count, not all of it
    lines.append("actions followed by their words (action_lineage.match): "
                 + ", ".join(f"{n} {m}" for m, n in lineage_counts(result).items()))
    return lines + _document_lines(result) + _absent_lines(result)


def _totals_line(result: RevisionDiff) -> str:
    """The first line: how many changes in how many paired documents, and how many documents were not compared (no
    counterpart, or not in the later revision), so a reader knows at once what the counts below cover."""
    paired = sum(d.earlier is not None and d.later is not None for d in result.documents)
    return (f"changes from {result.earlier} to {result.later}: "
            f"{sum(len(d.changes) for d in result.documents)} in {counted(paired, 'paired document')}"
            + (f" and {len(result.unpaired)} with no counterpart" if result.unpaired else "")
            + (f"; {len(result.absent)} of {result.earlier} not in {result.later}, not compared" if result.absent
               else ""))


def _kind_lines(result: RevisionDiff) -> list[str]:
    """A line per kind of change with its count (and the fields it changed), then a warning where deadlines moved
    only because a date printed without its year was read against each revision's own reference date."""
    by_field = field_counts(result)
    lines = [f"  {kind:<17} {n}" + (f" ({', '.join(f'{f} {m}' for f, m in by_field[kind].items())})"
                                    if n and kind in by_field else "") for kind, n in counts(result).items()]
    reread = reread_deadlines(result)
    if reread:
        lines.append(f"  ({reread} deadline_moved print the same timeline in both revisions: a date printed without "
                     "its year, read against each revision's reference date; ingest both with --reference-date "
                     "set to the plan's own date, or a manifest giving each file's published date, to compare one "
                     "reading)")
    return lines


def _document_lines(result: RevisionDiff) -> list[str]:
    """Each changed (or unpaired) document's heading and its changes, under a heading per theme where the plan names
    themes; the paired documents with no change counted on one line, not listed."""
    lines = []
    quiet = [d for d in result.documents if d.earlier is not None and d.later is not None and not d.changes]
    if quiet:  # a national run pairs hundreds of unchanged plans: a heading each would bury the changed ones
        lines.append(f"{counted(len(quiet), 'paired document')} with no change, not listed "
                     "(--json lists every document)")
    shared = _shared(result)
    for document in (d for d in result.documents if d not in quiet):
        lines.append(_heading(document, result, shared))
        words = _words(document)
        themed = any(c.theme_no is not None for c in document.changes)
        for theme_no, changes in groupby(sorted(document.changes, key=lambda c: c.theme_no or 0),
                                         key=lambda c: c.theme_no):
            if themed:  # a plan that names no theme (most councils' plans) gets no heading
                lines.append(f" theme {theme_no}" if theme_no is not None else " no theme")
            lines += [describe(c, words.get(c.action_id or c.previous_action_id or "")) for c in changes]
    return lines


def _absent_lines(result: RevisionDiff) -> list[str]:
    """The earlier documents the later revision does not hold, one line each: a revision that re-ingested the
    plan alone did not delete the other documents' rows, so they are named, not listed row by row as removed."""
    if not result.absent:
        return []
    heading = (f"not in {result.later}, not compared (not ingested into it; --absent-as-removed if they were "
               f"withdrawn): {counted(len(result.absent), 'document')}")
    return [heading] + [f"  {name.removeprefix(result.earlier + '/')}" for name in result.absent]


def to_json(result: RevisionDiff) -> dict[str, object]:
    """What `diff --json` prints: the same counts and changes as the summary (its fields of a kind and its deadlines
    moved only by the reading too), and each document's action lineage (an action paired `same` with no change is in
    no change row: the lineage says what it was paired with), as one object."""
    return {
        "from": result.earlier, "to": result.later, "counts": counts(result), "fields": field_counts(result),
        "reread_deadlines": reread_deadlines(result), "lineage": lineage_counts(result),
        "unpaired": list(result.unpaired), "absent": list(result.absent), "owners_notes": list(result.owners_notes),
        "lineage_notes": list(result.lineage_notes),
        "documents": [{
            "document_id": d.later.document_id if d.later else None,
            "previous_document_id": d.earlier.document_id if d.earlier else None,
            "source_name": d.later.source_name if d.later else None,
            "previous_source_name": d.earlier.source_name if d.earlier else None,
            "council": d.later.council if d.later else None,
            "previous_council": d.earlier.council if d.earlier else None,
            "changes": [{"change": c.change, "theme_no": c.theme_no, "element_id": c.element_id,
                         "action_id": c.action_id, "previous_action_id": c.previous_action_id, "field": c.field,
                         "before": c.before, "after": c.after, "line_start": c.where.line_start,
                         "previous_line_start": c.previous_where.line_start} for c in d.changes],
            "action_lineage": [{"match": row.match, "element_id": row.element_id,
                                "previous_element_id": row.previous_element_id, "action_id": row.action_id,
                                "previous_action_id": row.previous_action_id, "action_key": row.action_key,
                                "similarity": row.similarity, "line_start": row.where.line_start,
                                "previous_line_start": row.previous_where.line_start} for row in d.lineage],
        } for d in result.documents],
    }
