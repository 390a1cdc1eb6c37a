"""What a BI user needs besides names and types: each table's key, the columns that may be null, closed vocabularies.

Declared as data next to the column list (`schema.py`) and written into
`_schema.json`, so that Power BI or DuckDB relationships and validation rules
can be set up without reading the code. Tests hold the written tables to these
declarations: a key that repeats, a null where none is declared, or a value
outside its vocabulary fails them.
"""

from __future__ import annotations

from typing import Literal, get_args

from council_actions.ingest.model import MediaType
from council_actions.normalise.records import ReferenceFrom
from council_actions.output.action_spans import ACTION_FIELDS
from council_actions.output.element_spans import ELEMENT_FIELDS
from council_actions.output.status import STATUS_RULES, STATUSES
from council_actions.output.table_names import TableName
from council_actions.parsers.records import (
    BoilerplateKind,
    CouncilFrom,
    DateRule,
    DocumentKind,
    IdMethod,
    StatementSection,
    StatusFrom,
)

from council_actions.dating.period_types import Cadence, Precision, TimelineKind
from council_actions.issue_codes import ISSUE_CODES, described
from council_actions.issues import ISSUE_STAGES, SEVERITIES
from council_actions.owner_roles import OwnerRole
from council_actions.owner_spellings import MatchKind
from council_actions.roles import STATUS_KEYS

# Columns that together identify a row within the whole output folder (every revision), for every table.
TABLE_KEYS: dict[TableName, tuple[str, ...]] = {
    "documents": ("revision", "document_id"),
    "themes": ("revision", "document_id", "theme_no"),
    "heatmap": ("revision", "document_id", "theme_no", "position"),
    "elements": ("revision", "document_id", "element_id"),
    "actions": ("revision", "document_id", "action_id"),
    "action_owners": ("revision", "document_id", "action_id", "seq"),
    "action_timelines": ("revision", "document_id", "action_id", "seq"),
    "action_spans": ("revision", "document_id", "action_id", "field", "seq"),
    "element_spans": ("revision", "document_id", "element_id", "field", "seq"),
    "statements": ("revision", "document_id", "theme_no", "section", "seq"),
    "extraction_issues": ("revision", "document_id", "code", "char_start", "char_end", "raw_text"),
    "boilerplate": ("revision", "document_id", "char_start"),
    "changes": ("revision", "document_id", "previous_document_id", "change", "element_id", "action_id",
                "previous_action_id"),
    "action_lineage": ("revision", "document_id", "previous_document_id", "action_id", "previous_action_id"),
    "span_pages": ("revision", "document_id", "span_char_start", "span_char_end", "source_page"),
}

# Provenance a text document cannot have (no pages, no boxes): null in every table for text input.
PDF_ONLY = ("source_page", "x0", "top", "x1", "bottom")

# Columns that may be null, besides PDF_ONLY; every other column always has a value.
NULLABLE: dict[str, tuple[str, ...]] = {
    "documents": ("reference_date", "reference_from", "printed_date", "printed_date_raw", "printed_date_rule",
                  "printed_date_page", "printed_date_line", "revision_date", "council",  # council: none printed,
                  "status_rule", "title"),  # none claimed; title: none printed
    "themes": ("description", "key_actions", "action_plan_pages"),
    "heatmap": ("alias_of", "score", "score_rank"),
    "elements": ("score", "score_rank", "status_note", "alias_of", "notes",
                 "theme_no", "status", "status_raw",  # a part a document rates itself: no theme, a status in words
                 "section"),  # only an aspect of such a part stands under its part's heading
    "actions": ("opportunity", "allocated_raw", "owners", "due_date", "timeline_kind",
                # plans printing owner, timeline and status in columns of their own (other councils)
                "owner_raw", "support_raw", "timeline_raw", "status", "status_raw", "status_from", "progress",
                "percent_complete", "notes",
                "section", "section_path", "section_line"),  # null where the plan prints no heading over it
    "action_owners": ("owner_title", "owner_title_confirmed", "role", "repair", "score", "key_text", "key_page",
                      "key_line"),
    "action_timelines": ("start_date", "end_date", "precision", "fiscal_year", "condition", "assumptions", "cadence",
                         "cadence_months"),
    "action_spans": (),
    "element_spans": (),
    "statements": (),
    "extraction_issues": ("element_id", "field"),
    "boilerplate": (),
    # diff tables: a removed row has no later side, an added row no earlier one; a document with no counterpart
    # has a null previous_document_id (only in the later revision) or document_id (only in the earlier)
    "changes": ("document_id", "previous_document_id", "theme_no", "action_id", "previous_action_id", "field",
                "before", "after", "previous_score_rank", "score_rank", "line_start", "line_end", "char_start",
                "char_end", "previous_source_page", "previous_line_start", "previous_line_end",
                "previous_char_start", "previous_char_end"),
    "action_lineage": ("document_id", "previous_document_id", "action_id", "previous_action_id",
                       "previous_element_id", "similarity",
                       "line_start", "line_end", "char_start", "char_end", "previous_source_page",
                       "previous_line_start", "previous_line_end", "previous_char_start", "previous_char_end"),
    "span_pages": (),
}

# The diff's vocabularies are declared here and diff/records.py takes them from here: the diff package imports the
# output's schema, so this module cannot import the diff's records.
ChangeKind = Literal["score_changed", "deadline_moved", "status_completed", "status_reopened", "status_changed",
                     "owners_changed", "action_edited", "update_added", "action_added", "action_removed",
                     "element_added", "element_removed"]
# the column a change is in
ChangeField = Literal["score", "due_date", "status", "owners", "action", "timeline", "update"]
LineageMatch = Literal["same", "edited", "added", "removed"]  # how an action of the later revision was paired

# in the order of normalise/reference.REFERENCE_SOURCES and parsers/plan_date.DATE_LINES (tests check)
REFERENCE_SOURCES: tuple[ReferenceFrom, ...] = get_args(ReferenceFrom)
DATE_RULES: tuple[DateRule, ...] = get_args(DateRule)
CHANGE_KINDS: tuple[ChangeKind, ...] = get_args(ChangeKind)
TIMELINE_KINDS: tuple[TimelineKind, ...] = get_args(TimelineKind)
SCORES = "<scores>"  # stands for the profile's score names, best first: they are council data, not code

# Closed vocabularies: (table, column) -> every value the column can hold, in a meaningful order where there is one;
# the records type each such field with a `Literal` and its values are taken from there, so code and contract cannot
# part (the scores are the profile's, the status rules and issue codes are tables of their own).
VOCABULARIES: dict[tuple[str, str], tuple[str, ...]] = {
    ("documents", "media_type"): get_args(MediaType),
    ("documents", "kind"): get_args(DocumentKind),
    ("documents", "status"): STATUSES,
    ("documents", "status_rule"): tuple(rule.name for rule in STATUS_RULES),
    ("documents", "council_from"): get_args(CouncilFrom),
    ("documents", "reference_from"): REFERENCE_SOURCES,
    ("documents", "printed_date_rule"): DATE_RULES,
    ("heatmap", "score"): (SCORES,),
    ("elements", "score"): (SCORES,),
    ("elements", "id_method"): get_args(IdMethod),
    ("elements", "status"): STATUS_KEYS,
    ("actions", "status"): STATUS_KEYS,
    ("actions", "status_from"): get_args(StatusFrom),
    ("actions", "timeline_kind"): TIMELINE_KINDS,
    ("action_owners", "match"): get_args(MatchKind),
    ("action_owners", "role"): get_args(OwnerRole),
    ("action_timelines", "kind"): TIMELINE_KINDS,
    ("action_timelines", "precision"): get_args(Precision),
    ("action_timelines", "cadence"): get_args(Cadence),
    ("action_spans", "field"): ACTION_FIELDS,
    ("element_spans", "field"): ELEMENT_FIELDS,
    ("statements", "section"): get_args(StatementSection),
    ("extraction_issues", "severity"): SEVERITIES,
    ("extraction_issues", "stage"): ISSUE_STAGES,
    ("extraction_issues", "code"): tuple(ISSUE_CODES),
    ("changes", "change"): CHANGE_KINDS,
    ("changes", "field"): get_args(ChangeField),
    ("action_lineage", "match"): get_args(LineageMatch),
    ("boilerplate", "kind"): get_args(BoilerplateKind),
}


# What each value of a vocabulary means, where a value's name is not enough (written beside the values).
VALUE_DESCRIPTIONS: dict[tuple[str, str], dict[str, str]] = {
    ("extraction_issues", "code"): {code: described(code) for code in ISSUE_CODES},
    ("documents", "status_rule"): {rule.name: rule.description for rule in STATUS_RULES},
}


def nullable(table: str, column: str) -> bool:
    """Whether the contract lets a column be null: PDF-only columns always, others as listed."""
    return column in PDF_ONLY or column in NULLABLE.get(table, ())


def allowed_values(table: str, column: str, scores: tuple[str, ...]) -> list[str] | None:
    """The vocabulary of a column (the profile's scores put in for SCORES), or None for open text."""
    values = VOCABULARIES.get((table, column))
    if values is None:
        return None
    return [name for value in values for name in (scores if value == SCORES else (value,))]
