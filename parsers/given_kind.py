"""What a document is when the user says so: a manifest's `kind` for a file whose content does not tell it, or tells
it wrongly.

The readers recognise a document by its content, in their order (parsers/__init__.readers). A kind the user gives for
the file (a national run's manifest, `Document.kind_given`) is taken as a council given is (parsers/council.py): the
user's word. The first reader of that kind that recognises the document reads it, else the kind's last reader, its
most general, reads what it can. Where the content tells the same kind nothing is said; where it tells another kind,
or none, an issue names the manifest's line; and a document the given kind's reader reads nothing from fails with
that line named, so the user corrects the manifest: never an empty success, never the kind given left unsaid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from council_actions.ingest.model import Document, GivenKind

from council_actions.issues import Issue, StageError, warning
from council_actions.profile import Profile

if TYPE_CHECKING:  # a type only: the readers' table imports this module when a document has a kind given
    from council_actions.parsers import Reader


def reader_of_kind(document: Document, profile: Profile, readers: tuple[Reader, ...]) -> Reader | None:
    """The reader of the kind given: the first of that kind that recognises the document, else the last of that kind
    (the most general: any council's plan table, or the theme pages); only those whose needs the profile meets."""
    given = document.kind_given
    fitting = [reader for reader in readers
               if given is not None and reader.document_kind == given.kind and reader.lacks(profile) is None]
    return next((reader for reader in fitting if reader.recognises(document, profile)),
                fitting[-1] if fitting else None)


def kind_issues(document: Document, told: Reader | None) -> tuple[Issue, ...]:
    """What the auditor must be told of a kind given: `told` is the reader the content alone would have chosen. The
    same kind says nothing; another kind, or none, is said of the whole document, naming the manifest's line."""
    given = document.kind_given
    if given is None or (told is not None and told.document_kind == given.kind):
        return ()
    if told is None:
        return (warning("kind_given", "parse", f"documents.kind '{given.kind}' is given by {given.where}; the "
                        "document's content tells no kind (no plan column headings, heatmap or theme pages found)",
                        "", document.span()),)
    return (warning("kind_differs", "parse", f"the document reads as {told.document_kind} ({told.looks}) but "
                    f"{given.where} gives '{given.kind}'; read as the kind given", "", document.span()),)


def read_as_given(failure: StageError, given: GivenKind, told: Reader | None) -> StageError:
    """A document the given kind's reader read nothing from: its failure, after where the kind was given and what
    its content tells (first: a long failure is cut in its middle), so the user can correct the manifest."""
    content = f"its content reads as {told.document_kind}" if told is not None else "its content tells no kind"
    return StageError(failure.stage, failure.source, f"{given.where} gives the kind {given.kind} ({content}): "
                      f"{failure.problem}")
