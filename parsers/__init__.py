"""Stage 2, parse: recognise what a document is from its content and read it into records.

The parsers are imported when the first document is parsed (`readers`), not with the package: a process that
only receives parsed documents (the parent of a parsing child, council_actions.pipeline) needs the records,
not the parsers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from council_actions.ingest.model import Document
from council_actions.parsers.action_ids import ACTION_TEXT_NOISE, current_action_id
from council_actions.parsers.records import Action, Boilerplate, DocumentKind, ParsedDocument, ReaderKind
from council_actions.parsers.update_notes import split_update_notes

from council_actions.issues import Issue, StageError
from council_actions.profile import Profile
from council_actions.roles import RoleMap

if TYPE_CHECKING:
    from council_actions.parsers.totals_check import Summary

# split_update_notes: an action's text apart from the update notes printed in its cell, as the diff compares it;
# ACTION_TEXT_NOISE and current_action_id: an action's words as its id reads them, and an earlier version's id as it
# is now, as the diff pairs actions and the review finds a verdict's row (parsers/action_ids.py); statused_by_title:
# the state a title or heading names, given where the normaliser has found no other (normalise/done.py);
# marks_paragraph: whether a cell's text breaks into paragraphs there, as the output's action_spans cuts a value's
# pieces where the template reader cut the cell (parsers/paragraphs.py); totals_mismatch: the plan's printed status
# totals checked against its actions' statuses once the normaliser has given them (normalise/done.py)
__all__ = ["ACTION_TEXT_NOISE", "ParsedDocument", "Reader", "build_patterns", "current_action_id", "detect_kind",
           "marks_paragraph", "parse_document", "readers", "split_update_notes", "statused_by_title",
           "totals_mismatch"]


def marks_paragraph(text: str) -> bool:
    """Whether the text holds a paragraph mark (a sentence's end and two spaces before more text: PARAGRAPH_MARK),
    where a converter printed a cell's paragraphs on one line. Its module is imported on first use, as a reader's."""
    from council_actions.parsers.paragraphs import PARAGRAPH_MARK

    return PARAGRAPH_MARK.pattern.search(text) is not None


@dataclass(frozen=True)
class Reader:
    """A kind of document: how its content is recognised, how it is read, and what it must yield. A document that
    is recognised but yields nothing is a failure (`empty`, one line), never an empty success."""

    kind: ReaderKind
    recognises: Callable[[Document, Profile], bool]
    read: Callable[[Document, Profile], ParsedDocument]
    yielded: Callable[[ParsedDocument], bool]
    empty: str
    lacks: Callable[[Profile], str | None]  # what the profile lacks for this reader (None: nothing); then not chosen
    looks: str  # what a document it recognises looks like, for the one line when the profile lacks something
    document_kind: DocumentKind  # what a document it reads is (documents.kind), as a manifest's `kind` names it


@cache
def readers() -> tuple[Reader, ...]:
    """Tried in order, the first that recognises a document reads it: the plan prints its column headings, a theme
    page its title, and a table of another council's layout has an action column under the profile's heading
    rules. Built on first use, with the parsers it names (see the module); the later readers' parsers are
    imported when a document reaches them (`_is_self_assessment` and the rest below)."""
    from council_actions.parsers.action_plan import parse_action_plan
    from council_actions.parsers.plan_columns import lacks_columns
    from council_actions.parsers.plan_layout import is_plan_header

    def prints_plan_headings(document: Document, profile: Profile) -> bool:
        return any(is_plan_header(line, profile) for line in document.iter_lines())

    return (
        Reader("action_plan", prints_plan_headings, parse_action_plan, lambda parsed: bool(parsed.actions),
               "looks like an action plan (its column headings are printed) but no actions could be read",
               lacks_columns,
               "an action plan in the self-assessment template (it prints its heatmap or column headings)",
               "action_plan"),
        Reader("self_assessment", _is_self_assessment, _parse_self_assessment,
               lambda parsed: bool(parsed.heatmap or parsed.statements or parsed.elements),
               "looks like a self-assessment page but no heatmap, statements or scored parts could be read",
               _lacks_nothing,
               "a self-assessment page", "self_assessment"),
        Reader("plan_table", _has_plan_table, _parse_table_plan, lambda parsed: True, "", _lacks_nothing,
               "a plan table", "action_plan"),
    )


def statused_by_title(actions: tuple[Action, ...], boilerplate: tuple[Boilerplate, ...], roles: RoleMap
                      ) -> tuple[tuple[Action, ...], tuple[Issue, ...]]:
    """The actions printing no status given the state the heading or title over them names, and an issue each
    (parsers/title_status.py): loaded when the normaliser asks, so a process that only receives parsed documents
    imports no parser."""
    from council_actions.parsers.title_status import statused_by_title as given

    return given(actions, boilerplate, roles)


def totals_mismatch(summary: Summary, statuses: Sequence[str | None]) -> Issue | None:
    """The warning for printed status totals that disagree with the statuses of the actions they count
    (parsers/totals_check.py), or None: loaded when the normaliser asks, as statused_by_title is."""
    from council_actions.parsers.totals_check import mismatch

    return mismatch(summary, statuses)


def build_patterns(profile: Profile) -> None:
    """Build now the patterns the parse builds from `profile`'s words on first use, so that children forked
    afterwards inherit them (council_actions.preload) rather than each compile its own. The council-name shapes
    are nearly all of that cost: compiling them was a sixth of a forked child's parse and normalise of the seed
    plan, timed with and without them for commit 4d71d3a; the other lazily built ones cost next to nothing."""
    from council_actions.parsers.council_shapes import name_shapes

    name_shapes(profile.document_words)


def detect_kind(document: Document, profile: Profile) -> ReaderKind | None:
    """From the content, never the file name (`readers`)."""
    reader = _reader_for(document, profile)
    return reader.kind if reader else None


def parse_document(document: Document, profile: Profile) -> ParsedDocument:
    """The document's records, and the council it is from (printed, or what the profile may claim); lines of another
    layout than its table's are read around and reported (parsers/read_around.py)."""
    from council_actions.parsers.read_around import parsed_around

    return parsed_around(document, lambda shown: _parsed(shown, profile), lambda shown: detect_kind(shown, profile))


def _parsed(document: Document, profile: Profile) -> ParsedDocument:
    """The records of the reader that recognises the document (`_reader_for`), read without the totals tables a plan
    prints, and the council it is from; then what the reader left placed (parsers/placed_lines.py)."""
    from council_actions.parsers.council import name_council
    from council_actions.parsers.owner_key import printed_key, with_key, without_key
    from council_actions.parsers.placed_lines import placed
    from council_actions.parsers.status_totals import kept_from_reader

    reader = _reader_for(document, profile)
    if reader is None:
        from council_actions.parsers.compliance_form import compliance_form
        from council_actions.parsers.run_together import run_together_header

        _refuse_unfit_profile(document, profile)
        raise StageError("parse", document.source_name, run_together_header(document, profile.roles) or
                         compliance_form(document, profile.document_words) or (
            "not a council action plan or self-assessment "
            f"(no plan column headings, heatmap or theme pages found){_unreadable(document.text)}"))
    key, key_lines = printed_key(document, profile.document_words)  # read apart: its lines are no rows
    shown = without_key(document, key_lines)
    reading, tables = kept_from_reader(shown, profile.roles) if reader.kind != "self_assessment" else (shown, ())
    parsed = _read(reader, reading, profile)
    # the council's name is read without the key's lines too: a key naming a council is the key's rule's to read
    named = name_council(shown, profile, reader.kind != "plan_table", key)
    return with_key(placed(document, profile, parsed, named, tables, _kind_issues(document, profile)), key, key_lines)


# A glyph its font maps to no character: a private-use code (a symbol font, or a subset font with no Unicode map), or
# pdfminer's `(cid:12)` for a glyph of a font with no map at all. Most of a text so is no text to read, but print.
UNMAPPED = re.compile(r"[\ue000-\uf8ff]|\(cid:\d+\)")
MOST_UNMAPPED = 0.5  # share of a text's printed glyphs past which its failure says why no heading was found


def _unreadable(text: str) -> str:
    """Why a text no reader recognised cannot be read, where most of its glyphs map to no character (UNMAPPED): said
    after the failure, else nothing. Counted only for a document that failed."""
    unmapped = len(UNMAPPED.findall(text))
    glyphs = len("".join(UNMAPPED.sub("?", text).split()))
    if not glyphs or unmapped <= MOST_UNMAPPED * glyphs:
        return ""
    return (f"; {unmapped} of its {glyphs} characters are glyphs its fonts map to no letter (private-use codes or "
            "(cid:N)), so its text cannot be read as printed: OCR it, e.g. `ocrmypdf --force-ocr in.pdf out.pdf`")


def _read(reader: Reader, document: Document, profile: Profile) -> ParsedDocument:
    """The reader's records; one that yields nothing is a failure (`empty`), which names the manifest's line where
    the kind was given for the file (parsers/given_kind.py)."""
    try:
        parsed = reader.read(document, profile)
        if not reader.yielded(parsed):
            raise StageError("parse", document.source_name, reader.empty)
    except StageError as exc:
        if document.kind_given is None:
            raise
        from council_actions.parsers.given_kind import read_as_given

        raise read_as_given(exc, document.kind_given, recognising(document, profile, readers())) from None
    return parsed


def _reader_for(document: Document, profile: Profile) -> Reader | None:
    """The first reader that recognises the document and whose needs the profile meets; of the kind the user
    gives for the file, where given (parsers/given_kind.py)."""
    if document.kind_given is not None:
        from council_actions.parsers.given_kind import reader_of_kind

        return reader_of_kind(document, profile, readers())
    return recognising(document, profile, readers())


def recognising(document: Document, profile: Profile, candidates: tuple[Reader, ...]) -> Reader | None:
    """The first of the readers that recognises the document and whose needs the profile meets: the kind its
    content tells."""
    return next((reader for reader in candidates
                 if reader.lacks(profile) is None and reader.recognises(document, profile)), None)


def _kind_issues(document: Document, profile: Profile) -> tuple[Issue, ...]:
    """Where the user gives the document's kind: said when its content tells another kind, or none."""
    if document.kind_given is None:
        return ()
    from council_actions.parsers.given_kind import kind_issues

    return kind_issues(document, recognising(document, profile, readers()))


def _refuse_unfit_profile(document: Document, profile: Profile) -> None:
    """No reader fits, but one would recognise the document with a profile that had what it needs: say so in one
    line naming the profile and what it lacks, not "not a plan" (nor a crash inside the reader)."""
    for reader in readers():
        lacking = reader.lacks(profile)
        if lacking is not None and reader.recognises(document, profile):
            raise StageError("parse", document.source_name, f"looks like {reader.looks}, but the profile "
                             f"{profile.source} lacks what its reader needs: {lacking}; give a profile that has it")


def _lacks_nothing(profile: Profile) -> str | None:
    return None


# The readers after the plan template's, imported when a document gets that far: the template's plan, the usual
# first document, is then read and parsed without them (the table reader brings the one-cell-per-line rows and
# the timeline rules: some 40 ms of a PDF's reading child under `python -X importtime`, and that child races
# spaCy's load in its parent).
def _is_self_assessment(document: Document, profile: Profile) -> bool:
    from council_actions.parsers.self_assessment import is_self_assessment

    return is_self_assessment(document, profile)


def _parse_self_assessment(document: Document, profile: Profile) -> ParsedDocument:
    from council_actions.parsers.self_assessment import parse_self_assessment

    return parse_self_assessment(document, profile)


def _has_plan_table(document: Document, profile: Profile) -> bool:
    from council_actions.parsers.table_plan import has_plan_table

    return has_plan_table(document, profile)


def _parse_table_plan(document: Document, profile: Profile) -> ParsedDocument:
    from council_actions.parsers.table_plan import parse_table_plan

    return parse_table_plan(document, profile)
