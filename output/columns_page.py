"""The contract as a page for people: docs/columns.md, and `council-actions schema --markdown`.

`OUT/_schema.json` (output/schema_json.py) is the contract for a program; a BI user choosing columns, or an auditor
looking up what a code means, wants it as a page, before any output folder exists. Rendered from the same
`describe()`, so the page cannot say other than the file: the test holds docs/columns.md to this rendering. The
columns every row table ends with (where the row came from) are listed once, not in each table.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from council_actions.output.common_columns import PROVENANCE
from jinja2 import Environment, PackageLoader, StrictUndefined

Column = Mapping[str, Any]


def to_markdown(contract: Mapping[str, Any], profile: str) -> str:
    """The page for `contract` (as `describe()` gives it), which was built for the profile named `profile`."""
    tables: Mapping[str, list[Column]] = contract["tables"]
    shared = shared_columns(tables)
    own = {name: _own_columns(columns, shared) for name, columns in tables.items()}
    page = _environment().get_template("columns.md.j2").render(
        profile=profile, version=contract["schema_version"], shared=shared,
        without=[name for name, columns in tables.items() if own[name] is columns],
        tables=[{"name": name, "key": contract["keys"][name], "shared": own[name] is not columns,
                 "columns": own[name]} for name, columns in tables.items()])
    return re.sub(r"\n{3,}", "\n\n", page).strip() + "\n"  # one blank line between blocks, however a loop ends


def shared_columns(tables: Mapping[str, list[Column]]) -> list[Column]:
    """The provenance columns (output/common_columns.PROVENANCE) as the row tables describe them: every row table
    ends with them. The diff's tables, which describe changes, not source rows, describe theirs otherwise."""
    return tables["documents"][-len(PROVENANCE):]


def _own_columns(columns: list[Column], shared: list[Column]) -> list[Column]:
    """A table's columns less the shared ones it ends with; the same list where it does not end with them."""
    return columns[:-len(shared)] if columns[-len(shared):] == shared else columns


def _environment() -> Environment:
    environment = Environment(loader=PackageLoader("council_actions.output", "templates"), autoescape=False,
                              undefined=StrictUndefined, keep_trailing_newline=False)
    environment.filters["code"] = lambda value: f"`{value}`"
    environment.filters["cell"] = lambda text: str(text).replace("|", "\\|").replace("\n", " ")
    environment.filters["sentence"] = lambda text: text if text.endswith((".", ")", "?")) else f"{text}."
    return environment
