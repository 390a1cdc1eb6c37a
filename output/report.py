"""Reports read back from an output folder, for the data team (the `owners` command)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq


def read(out_dir: Path, table: str):
    folder = out_dir / table
    if not folder.is_dir():
        raise ValueError(f"no {table} table in {out_dir}")
    return pq.read_table(folder).to_pylist()


def owner_report(out_dir: Path) -> tuple[list[dict], list[dict]]:
    """Owner keys with their action counts; unknown spellings with where they occur."""
    owners = read(out_dir, "action_owners")
    elements = {(a["document_id"], a["action_id"]): a["element_id"] for a in read(out_dir, "actions")}
    names = {d["document_id"]: d["source_name"] for d in read(out_dir, "documents")}
    known: dict[str, dict] = {}
    unknown: list[dict] = []
    for row in owners:
        if row["match"] == "unknown":
            unknown.append({"owner_raw": row["owner_raw"], "source_name": names.get(row["document_id"], ""),
                            "element_id": elements.get((row["document_id"], row["action_id"])),
                            "lines": f"{row['line_start']}-{row['line_end']}"})
            continue
        entry = known.setdefault(row["owner_key"], {"owner_key": row["owner_key"], "owner_title": row["owner_title"],
                                                    "actions": set()})
        entry["actions"].add((row["revision"], row["document_id"], row["action_id"]))
    rows = [{**e, "actions": len(e["actions"])} for e in known.values()]
    return sorted(rows, key=lambda r: (-r["actions"], r["owner_key"])), sorted(unknown, key=lambda r: r["owner_raw"])
