"""Measure: for each table's text values, whether an auditor can reach the exact characters each was read from.

An auditor checks a value against the source by the characters a row points at. For an action's and an element's
values the `action_spans` and `element_spans` tables give each value's own pieces; every other row has one range, its
provenance columns, which may be the value's own characters or a whole row holding several values. For every
reading (each document of samples/ and tests/fixtures/, with the default profile and the generic one, each PDF with
both engines) this counts, per table and field, the values:

- `exact`: printed at characters of their own: the pieces of `action_spans` and `element_spans` (an action's and
  an element's fields), or the row's range holding the value's words and nothing else (an owner's or a timeline's
  row points at its own phrase);
- `range`: inside the row's range, which holds other words too (a theme's description), so the auditor must find
  the value in it;
- `none`: not found in order in any range the tables give (a value read from elsewhere: an owner a ditto names
  above, an opportunity a finding above the table gives where no piece places it, a value rewritten from its cells).

Words are compared, not characters (markup and the spaces of a wrapped line aside), in order.

Run: .venv/bin/python benchmarks/value_pieces.py [--list] [PATH ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from council_actions.ingest import strip_html  # noqa: E402
from council_actions.output import TableRow  # noqa: E402
from council_actions.output.tables import build_tables  # noqa: E402

from benchmarks.neighbour_words import documents, readings  # noqa: E402

WORD = re.compile(r"[^\W_]+")
# The text values of each table an auditor checks against the source, as printed (not a key read from them)
FIELDS: dict[str, tuple[str, ...]] = {
    "themes": ("printed_name", "description"),
    "heatmap": ("printed_id",),
    "elements": ("printed_id", "characteristic", "status_note", "notes", "status_raw"),
    "actions": ("action", "opportunity", "allocated_raw", "owner_raw", "support_raw", "timeline_raw"),
    "action_owners": ("owner_raw",),
    "action_timelines": ("timeline_raw",),
    "statements": ("text",),
}
KINDS = ("exact", "range", "none")
# The tables whose values have pieces of their own: the bridge table holding them and the row's key in it
PIECES = {"actions": ("action_spans", "action_id"), "elements": ("element_spans", "element_id")}


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(strip_html(text))]


def _in_order(value: list[str], words: list[str]) -> bool:
    rest = iter(words)
    return all(word in rest for word in value)


def classify(value: str, own: list[str] | None, row: str) -> str:
    """`exact` where the value's words are the words of its own characters (its pieces, or the row's range), `range`
    where the row's range holds them among others, else `none`."""
    words = _words(value)
    if own is not None and _words(" ".join(own)) == words:
        return "exact"
    if _in_order(words, _words(row)):
        return "range"
    return "none"


def measure(tables: dict[str, list[TableRow]], text: str) -> Counter[tuple[str, str, str]]:
    """(table, field, kind) counted over one reading's rows."""
    pieces: dict[tuple[str, str, str], list[TableRow]] = {}
    for table, (bridge, key) in PIECES.items():
        for piece in sorted(tables[bridge], key=lambda p: int(p["seq"])):
            pieces.setdefault((table, piece[key], piece["field"]), []).append(piece)
    counts: Counter[tuple[str, str, str]] = Counter()
    for table, fields in FIELDS.items():
        for row in tables[table]:
            at = text[row["char_start"]:row["char_end"]]
            for field in fields:
                value = row.get(field)
                if not value or not _words(str(value)):
                    continue
                if table in PIECES:
                    own = [text[p["char_start"]:p["char_end"]]
                           for p in pieces.get((table, row[PIECES[table][1]], field), [])]
                else:
                    own = [at]
                counts[table, field, classify(str(value), own or None, at)] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", help="documents or folders (default: samples/ and tests/fixtures/)")
    parser.add_argument("--list", action="store_true", help="print each reading's counts of values not exact")
    args = parser.parse_args()
    total: Counter[tuple[str, str, str]] = Counter()
    read = 0
    for path, profile_name, how, done, profile in readings(documents(args.paths)):
        built = build_tables(done.document, done.parsed, done.normalised, "r", profile).tables
        names = (*FIELDS, *(bridge for bridge, _ in PIECES.values()))
        counts = measure({name: built[name].to_pylist() for name in names}, done.document.text)
        read += 1
        total += counts
        if args.list and any(kind != "exact" for _, _, kind in counts):
            print(f"{path.relative_to(ROOT)} [{profile_name}, {how}]: " + "; ".join(
                f"{t}.{f} {k} {n}" for (t, f, k), n in sorted(counts.items()) if k != "exact"))
    print(f"values by how an auditor reaches their characters, over {read} readings")
    print(f"  {'table.field':32} {'exact':>7} {'range':>7} {'none':>7}")
    for table, fields in FIELDS.items():
        for field in fields:
            row = [total[table, field, kind] for kind in KINDS]
            if any(row):
                print(f"  {table + '.' + field:32} " + " ".join(f"{n:7}" for n in row))


if __name__ == "__main__":
    main()
