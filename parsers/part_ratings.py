"""A document's rating of one of its own parts, printed under a status label right under that part's heading:
Belfast's self-assessment rates each improvement objective on its page (`Objective 4: Our environment`, then
`Self-assessment` over `Achieved – we helped tackle climate change, ...`), read from the lines no reader placed.

Why: how the council rates the objective is the first thing an auditor reads such a page for, and as unplaced text
its status was never read. The part rated is a thing the document assesses, as the statutory guidance's
characteristics are in a template plan: an `elements` row (output/schema.py), keyed by the part's heading as
printed (`id_method` `heading`; the actions under it carry the same heading as their section), its status as printed
and the profile's key for it (`status_raw`, `status`; the rating is a status word, not a score colour, so `score`
stays null), the words printed after the status its characteristic, no theme of the profile's (`theme_no` null).
Its span runs from the heading to the rating, so the id an auditor follows the row's provenance to is inside it
(spanning the label and rating alone, the page's `Objective 1: Our services`, eight lines above, was outside).

The shapes, none of them a council's wording: a line the profile's heading rules read as `status` alone (the
label; `Self-assessment` is a profile word), then, with only blank lines between, a line opening with a status the
profile's status rules read, a spaced dash and its words (ingest/status_counts.LEADING_STATUS, as a status-led list
item opens), both unplaced, under a section heading a reader or the section rules took (boilerplate
`section_heading`): the nearest one above. A rating with no heading above it rates no part and stays unplaced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from council_actions.ingest import LEADING_STATUS, heading_text
from council_actions.ingest.model import Placement, Span
from council_actions.parsers.records import Boilerplate, Element
from council_actions.parsers.section_lines import is_heading
from council_actions.parsers.status_totals import next_to

from council_actions.issues import Issue
from council_actions.roles import RoleMap

Line = tuple[str, Span]
HEADINGS = ("section_heading",)  # the boilerplate kinds that name the part a rating under them rates


@dataclass(frozen=True)
class PartRating:
    """A rating read: the part's heading as printed (cleaned), the status as printed, the profile's key for it, the
    words after it, the label's and rating's lines (`span`: the unplaced lines the element takes over) and the
    heading's."""

    part: str
    status_raw: str
    status: str
    words: str
    span: Span
    heading: Span
    part_at: Placement  # where each value was printed (output/element_spans)
    status_at: Placement
    words_at: Placement


def placed_as_part_ratings(issues: tuple[Issue, ...], boilerplate: tuple[Boilerplate, ...], text: str,
                           roles: RoleMap, taken_ids: frozenset[str]) -> tuple[tuple[Issue, ...], tuple[Element, ...]]:
    """The issues once each part's rating among the unplaced lines is read, and an element for each part rated:
    the label's and the rating's `unplaced_text` give way to the element, whose span holds both and the heading. A part
    rated twice, or named as an element the reader read (`taken_ids`), is left as printed: one row a part."""
    unplaced = sorted(((i.raw_text, i.span) for i in issues if i.code == "unplaced_text"
                       and i.span.line_start == i.span.line_end), key=lambda line: line[1].char_start)
    headings = sorted((b for b in boilerplate if b.kind in HEADINGS), key=lambda b: b.span.char_start)
    read = [rating for k in range(len(unplaced) - 1)
            if (rating := _rating(unplaced[k], unplaced[k + 1], headings, text, roles)) is not None]
    ratings = [r for r in read if r.part not in taken_ids and [o.part for o in read].count(r.part) == 1]
    if not ratings:
        return issues, ()
    spans = [r.span for r in ratings]
    kept = tuple(i for i in issues if not (i.code == "unplaced_text" and any(
        s.char_start <= i.span.char_start and i.span.char_end <= s.char_end for s in spans)))
    return kept, tuple(_element(r) for r in ratings)


def _rating(label: Line, line: Line, headings: Sequence[Boilerplate], text: str,
            roles: RoleMap) -> PartRating | None:
    """The rating the two lines print: a status label alone, then a status, a spaced dash and words; with the
    nearest section heading above the label, the part it rates. None for any other pair of lines."""
    said = heading_text(label[0])  # a label is a heading's few words: a line of prose is asked of no rule
    if not is_heading(said) or roles.role_of(said) != "status" or not next_to(label[1], line[1], text):
        return None
    printed = line[0].strip()
    opening = LEADING_STATUS.match(printed)
    status = roles.status_of(opening["status"]) if opening else None
    heading = heading_above(headings, label[1])
    if opening is None or status is None or heading is None:
        return None
    words = printed[opening.end():].strip()
    part = heading_text(heading.text)
    at = line[0].find(printed) + opening.start("status")
    return PartRating(part, opening["status"], status, words, label[1].merge(line[1]), heading.span,
                      Placement.found(part, heading.text, heading.span),
                      Placement.found(opening["status"], line[0], line[1], at),
                      Placement.found(words, line[0], line[1], at + len(opening["status"])))


def heading_above(headings: Sequence[Boilerplate], span: Span) -> Boilerplate | None:
    """The section heading the lines at `span` are printed under: the nearest one above them (`headings` in
    reading order); None where no heading stands above."""
    above = [h for h in headings if h.span.char_end <= span.char_start]
    return above[-1] if above else None


def part_above(headings: Sequence[Boilerplate], span: Span) -> str | None:
    """The part the lines at `span` are printed in: the nearest section heading's words as printed, its markup
    cleaned; None where no heading stands above."""
    heading = heading_above(headings, span)
    return heading_text(heading.text) if heading else None


def _element(rating: PartRating) -> Element:
    return Element(element_id=rating.part, printed_id=rating.part, theme_no=None, score=None,
                   characteristic=rating.words, status_note=None, no_gaps=False, alias_of=None, id_method="heading",
                   notes=None, span=rating.heading.merge(rating.span), status=rating.status,
                   status_raw=rating.status_raw, printed_id_at=rating.part_at, characteristic_at=rating.words_at,
                   status_raw_at=rating.status_at)
