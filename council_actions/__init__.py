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

import sys
import types

__version__ = "0.1.0"
API = ("ingest", "read_table", "revisions", "issues", "owners", "timelines", "diff", "review", "schema")


class _Package(types.ModuleType):
    """Importing a module named like an API function must not replace the function on the package."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in API and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package  # first: the imports below load such modules

from council_actions.api import (  # noqa: E402
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
)
from council_actions.ingest_report import Failure, IngestReport  # noqa: E402
from council_actions.issues import OutputError  # noqa: E402

__all__ = ["API", "Failure", "IngestReport", "OutputError", "__version__", "diff", "ingest", "issues", "owners",
           "read_table", "review", "revisions", "schema", "schema_page", "timelines"]
