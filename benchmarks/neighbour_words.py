"""Measure: action rows whose one character range holds words of another action, and whether their pieces do.

An action's provenance columns give one range, from its first character to its last. Where a line's cell holds two
recommendations side by side with their allocations (the seed plan's line 72), or an action's cells wrap over lines
beside another action's, that range holds a neighbour's words, which an auditor checking the row would read as
its own. The `action_spans` table (output/action_spans.py) cuts each value into pieces of its own text.

For every reading (each document of samples/ and tests/fixtures/, with the default profile and the generic one,
each PDF with both engines) this counts:

- `envelope`: actions whose range holds part of a piece of another action of the reading (a piece the two do not
  share: two actions answering one opportunity both have its piece), by cause: the field of the neighbour's piece,
  and whether it is printed on a line the action's own pieces are on (`same line`: one line's cell holds both) or
  on a line between them (`between`);
- `pieces`: actions one of whose pieces overlaps a piece of another action it does not share (should be 0);
- `unplaced`: actions with a text but no piece of it (its characters found nowhere in its cells).

Run: .venv/bin/python benchmarks/neighbour_words.py [--list] [PATH ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from council_actions.ingest import PdfEngine  # noqa: E402
from council_actions.output.action_spans import Piece, action_pieces  # noqa: E402
from council_actions.parsers.records import Action  # noqa: E402

from council_actions.issues import StageError  # noqa: E402
from council_actions.pipeline import Processed, process  # noqa: E402
from council_actions.profile import Profile, load_profile  # noqa: E402

SUFFIXES = {".txt", ".pdf", ".csv", ".tsv"}
ENGINES: tuple[PdfEngine, ...] = ("pdfium", "pdfplumber")
Owned = list[tuple[str, str, Piece]]  # (action id, field, piece) of every action of a reading


def documents(given: list[str]) -> list[Path]:
    """The paths given, else every document of samples/ and tests/fixtures/ (SOURCES.md and the like left out)."""
    roots = [Path(p).resolve() for p in given] or [ROOT / "samples", ROOT / "tests" / "fixtures"]
    found = [p for root in roots for p in ([root] if root.is_file() else sorted(root.rglob("*")))]
    return [p for p in found if p.is_file() and p.suffix in SUFFIXES and p.name != "SOURCES.md"]


def readings(paths: list[Path]) -> Iterator[tuple[Path, str, str, Processed, Profile]]:
    """Every reading of every document at `paths`: each with the default and the generic profile, a PDF with each
    engine; as (path, profile name, how read: the engine or text, the reading, its profile). A document refused (no
    plan, a hostile file) has no row to measure and is left out."""
    for path in paths:
        for profile_name in ("default", "generic"):
            profile = load_profile(None if profile_name == "default" else profile_name)
            for engine in (ENGINES if path.suffix == ".pdf" else ENGINES[:1]):
                try:
                    processed = process(path, profile, pdf_engine=engine)
                except StageError:
                    continue
                yield path, profile_name, engine if path.suffix == ".pdf" else "text", processed, profile


def _range(piece: Piece) -> tuple[int, int]:
    return piece.span.char_start, piece.span.char_end


def _lines(pieces: list[Piece]) -> set[int]:
    return {line for p in pieces for line in range(p.span.line_start, p.span.line_end + 1)}


def measure(actions: tuple[Action, ...], text: str) -> tuple[Counter[str], int, int]:
    """(causes of the actions whose range holds a neighbour's piece, one cause an action; actions whose own pieces
    overlap a neighbour's; actions with text but no piece of it)."""
    owned: Owned = [(a.action_id, field, piece) for a in actions for field, _, piece in action_pieces(a, text)]
    by_action: dict[str, list[Piece]] = {}
    for action_id, _, piece in owned:
        by_action.setdefault(action_id, []).append(piece)
    causes: Counter[str] = Counter()
    overlapping = 0
    for action in actions:
        mine = by_action.get(action.action_id, [])
        shared = {_range(p) for p in mine}
        others = [(field, p) for i, field, p in owned if i != action.action_id and _range(p) not in shared]
        start, end = action.span.char_start, action.span.char_end
        inside = [(field, p) for field, p in others if p.span.char_start < end and start < p.span.char_end]
        if inside:
            field, piece = inside[0]
            where = "same line" if _lines([piece]) & _lines(mine) else "between"
            causes[f"neighbour's {field}, {where}"] += 1
        if any(p.span.char_start < q.span.char_end and q.span.char_start < p.span.char_end
               for p in mine for _, q in others):
            overlapping += 1
    unplaced = sum(1 for a in actions if a.action and not any(f == "action" for f, _, _ in action_pieces(a, text)))
    return causes, overlapping, unplaced


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", help="documents or folders (default: samples/ and tests/fixtures/)")
    parser.add_argument("--list", action="store_true", help="print each reading with a row that holds a neighbour's")
    args = parser.parse_args()
    held = rows = actions = overlapping = unplaced = 0
    per_cause: Counter[str] = Counter()
    for path, profile_name, how, processed, _ in readings(documents(args.paths)):
        causes, overlap, bare = measure(processed.parsed.actions, processed.document.text)
        actions += len(processed.parsed.actions)
        overlapping += overlap
        unplaced += bare
        found = sum(causes.values())
        held += bool(found)
        rows += found
        per_cause += causes
        if args.list and (found or overlap or bare):
            print(f"{found:4} {path.relative_to(ROOT)} [{profile_name}, {how}]: "
                  + "; ".join(f"{n} {c}" for c, n in sorted(causes.items()))
                  + (f"; pieces overlapping {overlap}" if overlap else "")
                  + (f"; text with no piece {bare}" if bare else ""))
    print(f"{rows} of {actions} action rows in {held} readings hold a neighbour's words in their range")
    for cause, count in per_cause.most_common():
        print(f"  {count:4}  {cause}")
    print(f"{overlapping} actions' pieces overlap a neighbour's piece; {unplaced} actions' text has no piece")


if __name__ == "__main__":
    main()
