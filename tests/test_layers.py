"""The stages import one way, as a document goes through them: ingest -> parsers -> normalise -> output, then diff
and review, which read what output wrote. A stage's module may import its own stage's, an earlier stage's, and the
shared modules at the package's top that every stage reads by (SHARED: the profile and its words, the issue ledger,
the period words and rules (the `dating` folder), the financial calendar, the limits), never a later stage's; the
shared modules import no stage.

Across stages, a stage's module reads another stage only through its entry (its `__init__`'s public names) or its
records (RECORDS: the typed records between stages), so that what a stage lends the others is one list, and the rest
of it may move without their imports following.

Read from the source with `ast`, every import counted, those inside a function or under TYPE_CHECKING too: a lazy
import is still a dependency. What must still point the other way is EXCEPTIONS, each with why, and the table may
only shrink: an exception no longer taken fails too, so that a move along the seam takes its row out with it.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "council_actions"
STAGES = ("ingest", "parsers", "normalise", "output", "diff", "review")  # in the order a document goes through them
# The modules at the package's top (council_actions/) that the stages import: below every stage. The rest there
# (pipeline, batch, worker, api, cli ...) chain the stages, above them all.
SHARED = frozenset({"child", "counted", "dating", "document_words", "fiscal", "given_files", "issue_codes", "issues",
                    "limited_step", "limits", "lookalikes", "nonprinting", "owner_roles", "owner_rules",
                    "owner_spellings", "owner_words", "period_words", "profile", "profile_fields", "role_rules",
                    "roles", "span"})
# Each stage's records, the typed records it hands the next stages (design.md: Records between stages), which a later
# stage imports as they are; any other name of a stage another stage reads is lent by the stage's entry (its
# `__init__`, loading it on first use where the stage would otherwise load what a reader of the records never needs).
RECORDS = {"ingest": "model", "parsers": "records", "normalise": "records", "output": "contract", "diff": "records"}
# Imports kept against the direction: the module imported -> (the files importing it, why).
EXCEPTIONS: dict[str, tuple[frozenset[str], str]] = {
}


def module_file(path: Path, root: Path) -> tuple[str, str]:
    """A source file's path from the repository's top and the layer it is in: a stage, or `shared`/`top` for the
    package's own modules and folders (council_actions/dating/ is shared as a whole; council_actions/cli/ is above
    the stages, whatever its modules are called)."""
    relative = path.relative_to(root).as_posix()
    parts = relative.split("/")
    if parts[0] == PACKAGE:
        return relative, "shared" if parts[1].removesuffix(".py") in SHARED else "top"
    return relative, parts[0]


def imported(path: Path, root: Path) -> set[str]:
    """Every module of the package the file imports, by its full name (`from council_actions import fiscal` is
    council_actions.fiscal, `from council_actions import __version__` the package itself; a relative import is
    resolved against the file's package)."""
    package = [PACKAGE] if path.parent.name == PACKAGE else [PACKAGE, path.parent.name]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = ".".join([*package[:len(package) - node.level + 1], node.module or ""]).rstrip(".") \
                if node.level else node.module or ""
            if node.module is not None and base != PACKAGE:
                found.add(base)
                continue
            for alias in node.names:
                name = f"{base}.{alias.name}"
                is_module = (alias.name in STAGES or (root / PACKAGE / f"{alias.name}.py").exists()
                             or (root / Path(*name.split(".")[1:])).with_suffix(".py").exists())
                found.add(name if is_module else base)
    return {name for name in found if name.split(".")[0] == PACKAGE}


def layer_of(module: str) -> str:
    """The layer a module of the package is in: its stage, `shared` (the package itself too: its version) or
    `top`."""
    parts = module.split(".")
    if len(parts) == 1:
        return "shared"
    return parts[1] if parts[1] in STAGES else "shared" if parts[1] in SHARED else "top"


def against_the_direction(root: Path = ROOT) -> set[tuple[str, str]]:
    """(file, module) for each import that points from a layer to a later one: a stage to a later stage or to the
    top, a shared module to any stage or to the top."""
    rank = {"shared": -1, **{stage: n for n, stage in enumerate(STAGES)}, "top": len(STAGES)}
    found = set()
    for path in (p for folder in (*STAGES, PACKAGE) for p in (root / folder).rglob("*.py")):
        name, layer = module_file(path, root)
        if layer == "top":
            continue
        for module in imported(path, root):
            target = layer_of(module)
            if rank[target] > rank[layer] or (layer == "shared" and target != "shared"):
                found.add((name, module))
    return found


def past_the_entry(root: Path = ROOT) -> set[tuple[str, str]]:
    """(file, module) for each import by a stage's module of another stage's module that is neither that stage's
    entry (its `__init__`'s public names) nor its records (RECORDS)."""
    found = set()
    for path in (p for stage in STAGES for p in (root / stage).rglob("*.py")):
        name, layer = module_file(path, root)
        for module in imported(path, root):
            parts = module.split(".")
            if layer_of(module) in (layer, "shared", "top") or len(parts) == 2 or parts[2] == RECORDS.get(parts[1]):
                continue
            found.add((name, module))
    return found


def allowed() -> set[tuple[str, str]]:
    return {(name, module) for module, (files, _) in EXCEPTIONS.items() for name in files}


def test_no_stage_imports_a_later_one():
    assert against_the_direction() - allowed() == set()


def test_a_stage_reads_another_through_its_entry():
    """A stage reaches another stage's modules only through its entry or its records: what the stage lends is then
    one list, its `__init__`'s, and the rest of it may move without a later stage's imports following it."""
    assert past_the_entry() == set()


def test_every_exception_is_still_taken():
    """A row whose import has gone (moved along the seam) goes too, so that the table shows what is left to do."""
    assert allowed() - against_the_direction() == set()


def test_the_reading_sees_every_kind_of_import(tmp_path):
    """The reader of imports finds a lazy one, one under TYPE_CHECKING, a relative one and `from package import
    module`, each by its full name, and ranks ingest's imports of a later stage's and a shared module's importing a
    stage as against the direction, an import of the package's version as none."""
    for folder in ("ingest", "parsers", "normalise", PACKAGE):
        (tmp_path / folder).mkdir()
    (tmp_path / PACKAGE / "period_words.py").write_text("from council_actions.ingest.model import Span\n",
                                                         encoding="utf-8")
    (tmp_path / "ingest" / "model.py").write_text("from council_actions import __version__\n", encoding="utf-8")
    source = tmp_path / "ingest" / "reader.py"
    source.write_text("from typing import TYPE_CHECKING\nfrom council_actions import period_words\n"
                      "from . import model\nif TYPE_CHECKING:\n    from council_actions.parsers.records import Action\n"
                      "def f():\n    from council_actions.normalise.timelines import is_timeline\n", encoding="utf-8")
    assert imported(source, tmp_path) == {"council_actions.period_words", "council_actions.ingest.model",
                                          "council_actions.parsers.records", "council_actions.normalise.timelines"}
    assert against_the_direction(tmp_path) == {("ingest/reader.py", "council_actions.parsers.records"),
                                               ("ingest/reader.py", "council_actions.normalise.timelines"),
                                               ("council_actions/period_words.py", "council_actions.ingest.model")}
