"""Import spaCy without its command line: a third of its import time, for a function this program never calls.

spaCy's package `__init__` imports `spacy.cli.info` to offer `spacy.info()`, and with it the whole command
line: typer, requests, httpx, weasel and about 360 modules, a third of `import spacy`'s time under `python
-X importtime`, which every first document waits for (the owner matcher is built from spaCy's tokenizer). Nothing in
spaCy's tokenizer, vocabulary, matcher or `spacy.blank` uses them (upstream made the import lazy in
explosion/spaCy#12962, later undone; #13721 proposes it again). So while spaCy imports, `spacy.cli` and
`spacy.cli.info` are stand-ins, and `spacy.info` becomes a function that imports the real one when called.
The stand-ins are removed from `sys.modules` right after, so an `import spacy.cli` later (by a user of the
library in the same process) loads the real package. If spaCy is already imported, nothing is done.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import ModuleType

STAND_INS = ("spacy.cli", "spacy.cli.info")


def import_spacy() -> ModuleType:
    """`import spacy`, less its command line (see the module's docstring)."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    if any(name in sys.modules for name in STAND_INS):  # cannot be: the package is not imported yet
        import spacy

        return spacy
    package, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    package.__path__ = []  # a package, so that `spacy.cli.info` can be its submodule
    info.info = _real_info  # type: ignore[attr-defined]
    sys.modules.update({"spacy.cli": package, "spacy.cli.info": info})
    try:
        import spacy  # a plain import statement, so `python -X importtime` reports it (importlib's would not)

        return spacy
    finally:
        for name in STAND_INS:
            if sys.modules.get(name) in (package, info):
                del sys.modules[name]


def _real_info(*args: Any, **options: Any) -> Any:
    """`spacy.info`, imported with the command line when first called (its arguments as spaCy defines them)."""
    from spacy.cli.info import info

    return info(*args, **options)
