"""The paths given to `ingest` -> the documents it reads: a pattern expanded, a folder's documents found, and none
found an error before anything is written.

Apart from the API (council_actions/api.py), whose `ingest` reads its paths with it, so that the API stays one
function per command.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable, Sequence
from pathlib import Path

from council_actions.document_files import SUFFIXES_NAMED, find_documents, there
from council_actions.not_read import broken_link, links_named, loops, not_read, output_own

GLOB_CHARACTERS = frozenset("*?[")


def documents_given(paths: Sequence[str | Path], out: Path) -> tuple[list[Path], list[Path]]:
    """The paths as given with patterns expanded, and the documents in them, but for the output folder's own files
    (not_read.output_own) and a pattern's broken links (named in the report: council_actions.not_read); none is
    an error before anything is written, naming what was given and the broken links found there."""
    given = [str(path) for path in paths]
    expanded = expand_paths(given)
    documents = [found for found in find_documents(expanded)  # a pattern's broken link is listed, never there
                 if there(found) and (found in expanded or not output_own(found, out))]
    if not documents:
        links = not_read(expanded, documents, out)[1]
        raise FileNotFoundError(f"{', '.join(given) or 'no paths'}: no documents ({SUFFIXES_NAMED}) found"
                                + (f"; {links_named(links)}" if links else ""))
    return expanded, documents


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Paths as given; a pattern (`plans/*.pdf`, `**/*.txt`) that names no file itself is expanded, sorted.

    A path that does not exist and matches nothing raises FileNotFoundError naming it, and so does an empty one
    (`ingest "$PLANS"` with PLANS unset), which Path reads as the current folder, all of it. No command of its own:
    it is how `ingest` reads its PATH arguments, public for a script that wants the same file list.
    """
    expanded: list[Path] = []
    for given in map(str, paths):
        if not given:
            raise FileNotFoundError("'': an empty path names no file or folder (an unset shell variable?)")
        if Path(given).exists():
            expanded.append(Path(given))
            continue
        if (link := broken_link(Path(given))) is not None:  # a missing file given by name, and where it pointed
            raise FileNotFoundError(f"{given}: a symbolic link to {link.target} that leads back to itself (a loop of "
                                    "links)" if loops(Path(given)) else
                                    f"{given}: a broken symbolic link to {link.target} (nothing is there)")
        matches = sorted(glob.glob(given, recursive=True)) if GLOB_CHARACTERS & set(given) else []
        if not matches:
            raise FileNotFoundError(f"{given}: no such file or folder" + (" (the pattern matches nothing)"
                                                                         if GLOB_CHARACTERS & set(given) else ""))
        expanded += map(Path, matches)
    return expanded
