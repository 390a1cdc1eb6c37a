"""council-actions: UK council self-assessments and action plans to auditable Parquet tables.

The Python API (`council_actions/api.py`) mirrors the command line:
`ingest`, `read_table`, `revisions`, `issues`, `owners`, `timelines`, `diff`, `review`, `schema`.

`council_actions.ingest` is both the API function and the name of the first
pipeline stage's package (the `ingest/` folder), as `council_actions.issues` is
the function and the issues ledger module, and `council_actions.diff` the function
and the revision-diff stage. The functions win the attributes;
the modules stay importable the usual way
(`from council_actions.ingest import read_document`).
"""

from __future__ import annotations

import importlib
import sys
import types

__version__ = "0.1.0"
TYPE_CHECKING = False  # typing's own flag costs its import, in the window council_actions/start.py closes
API = ("ingest", "read_table", "revisions", "issues", "owners", "timelines", "diff", "review", "schema", "upgrade")


class _Package(types.ModuleType):
    """Importing a module named like an API function must not replace the function on the package."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in API and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package  # importing the API loads such modules

if TYPE_CHECKING:  # what `__getattr__` lends, as the type checker and a reader see it
    from council_actions.api import (
        diff,
        ingest,
        issues,
        owners,
        read_table,
        review,
        revisions,
        schema,
        schema_page,
        timelines,
        upgrade,
    )
    from council_actions.ingest_report import Failure, IngestReport
    from council_actions.issues import OutputError

_LENT = {**dict.fromkeys((*API, "schema_page"), "council_actions.api"), "Failure": "council_actions.ingest_report",
         "IngestReport": "council_actions.ingest_report", "OutputError": "council_actions.issues"}


def __getattr__(name: str) -> object:
    """The API's names load on first use: importing the package runs nothing else, so the command's entry
    (council_actions/start.py, a module of this package) holds Ctrl-C from its first line, not after the API's
    imports (tens of milliseconds in which a Ctrl-C printed a traceback)."""
    if name not in _LENT:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_LENT[name]), name)
    setattr(sys.modules[__name__], name, value)  # a function, which `_Package` keeps: the next use is plain
    return value


__all__ = ["API", "Failure", "IngestReport", "OutputError", "__version__", "diff", "ingest", "issues", "owners",
           "read_table", "review", "revisions", "schema", "schema_page", "timelines", "upgrade"]
