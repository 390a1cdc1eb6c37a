"""Why a text no reader took may be a self-assessment of compliance with a code, not a plan.

Every social landlord, a council with homes among them, publishes each year its self-assessment against the Housing
Ombudsman's Complaint Handling Code: a table of the Code's sections, each requirement, whether the landlord complies
(`Yes`, `No`, `Partial`) and its evidence (Great Yarmouth's `Code section | Code requirement | Comply (Yes/No) |
Evidence, commentary and any explanations |`; Uttlesford's records, `Compliance: Partial`). It answers whether each
requirement is met and prints no action, owner or date, so no reader takes it. Said as "not a council action plan
or self-assessment" alone, the user would take it for a page of no kind the tool knows; the failure says what it is
and names the line that shows it, a heading or label of the profile's `[document_words] compliance_answers`. Asked
only of a text every reader refused, so it never changes a reading.
"""

from __future__ import annotations

import re

from council_actions.ingest.model import Document

from council_actions.document_words import DocumentWords, any_of
from council_actions.issues import line_of


def compliance_form(document: Document, words: DocumentWords) -> str | None:
    """Why a text no reader took is refused where a line of it prints a compliance heading or label (see the
    module): the line's place and what it prints; None where no line does."""
    if not words.compliance_answers:
        return None
    answer = re.compile(any_of(words.compliance_answers), re.IGNORECASE)
    for line in document.iter_lines():
        found = answer.search(line.text)
        if found:
            return (f"a self-assessment of compliance, not a plan: {line_of(line.span)} prints {found[0]!r}, each "
                    "requirement answered met or not, and no action, owner or date is printed to read "
                    "(council-actions reads action plans and scored self-assessments)")
    return None
