"""Each closed vocabulary of the contract is spelled once: as the `Literal` type of the record field the column is
written from (output/contract.py takes its values from there with `get_args`), or as a table of its own (the
profile's scores, the status rules, the issue catalogue). What the samples' tables hold stays inside it
(tests/council_actions/test_samples.py calls `outside_vocabularies` on every sample's files)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import get_args

import pyarrow.parquet as pq
import pytest
from council_actions.ingest.model import MediaType
from council_actions.normalise.records import ReferenceFrom
from council_actions.output.action_spans import ActionField
from council_actions.output.contract import (
    VOCABULARIES,
    ChangeField,
    ChangeKind,
    LineageMatch,
    allowed_values,
)
from council_actions.output.element_spans import ElementField
from council_actions.output.status import Status
from council_actions.parsers.records import (
    BoilerplateKind,
    CouncilFrom,
    DateRule,
    DocumentKind,
    IdMethod,
    StatementSection,
    StatusFrom,
)

from council_actions.cli.council_lines import COUNCIL_FROM
from council_actions.dating.period_types import Cadence, Precision, TimelineKind
from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar
from council_actions.issues import IssueStage, Severity
from council_actions.owner_roles import OwnerRole
from council_actions.owner_spellings import MatchKind
from council_actions.roles import StatusKey

LITERALS = {
    ("documents", "media_type"): MediaType,
    ("documents", "kind"): DocumentKind,
    ("documents", "status"): Status,
    ("documents", "council_from"): CouncilFrom,
    ("documents", "reference_from"): ReferenceFrom,
    ("documents", "printed_date_rule"): DateRule,
    ("elements", "id_method"): IdMethod,
    ("elements", "status"): StatusKey,
    ("actions", "status"): StatusKey,
    ("actions", "status_from"): StatusFrom,
    ("actions", "timeline_kind"): TimelineKind,
    ("action_owners", "match"): MatchKind,
    ("action_owners", "role"): OwnerRole,
    ("action_timelines", "kind"): TimelineKind,
    ("action_timelines", "precision"): Precision,
    ("action_timelines", "cadence"): Cadence,
    ("action_spans", "field"): ActionField,
    ("element_spans", "field"): ElementField,
    ("statements", "section"): StatementSection,
    ("extraction_issues", "severity"): Severity,
    ("extraction_issues", "stage"): IssueStage,
    ("changes", "change"): ChangeKind,
    ("changes", "field"): ChangeField,
    ("action_lineage", "match"): LineageMatch,
    ("boilerplate", "kind"): BoilerplateKind,
}
# Vocabularies that are data, not types: the profile's score names, the status rules, the issue catalogue.
TABLES_OF_THEIR_OWN = {("heatmap", "score"), ("elements", "score"), ("documents", "status_rule"),
                       ("extraction_issues", "code")}


def test_every_vocabulary_is_a_literal_type_or_a_table_of_its_own():
    assert set(VOCABULARIES) == set(LITERALS) | TABLES_OF_THEIR_OWN


@pytest.mark.parametrize("column", list(LITERALS), ids=lambda column: ".".join(column))
def test_the_contract_lists_exactly_the_literal_types_values(column):
    assert VOCABULARIES[column] == get_args(LITERALS[column])
    assert len(set(VOCABULARIES[column])) == len(VOCABULARIES[column])


def test_the_ingest_summary_names_every_source_of_a_council_but_the_document_itself():
    """cli/council_lines.COUNCIL_FROM is keyed by the records' CouncilFrom: a council learnt anywhere but from the document
    is said in the summary, one printed in the document is not."""
    assert tuple(COUNCIL_FROM) == tuple(value for value in get_args(CouncilFrom) if value != "document")


def test_a_half_year_reads_as_a_precision_of_the_vocabulary():
    """`H1 2024` is read as the first half of financial year 2024/25, precision `half`: a value the contract's
    precision list must hold, as every value a reading gives must."""
    reading = read_timeline("H1 2024", FiscalCalendar(), dt.date(2024, 6, 1))
    assert (reading.start_date, reading.end_date, reading.precision) == (dt.date(2024, 4, 1), dt.date(2024, 9, 30),
                                                                         "half")
    assert reading.precision in VOCABULARIES[("action_timelines", "precision")]


def outside_vocabularies(files: list[Path], scores: tuple[str, ...]) -> dict[str, set[str]]:
    """The values of written tables that their column's vocabulary does not list, per `table.column`: a table's
    file is `<table>/<revision>/<document_id>.parquet`."""
    outside: dict[str, set[str]] = {}
    for path in files:
        table = path.parent.parent.name
        with pq.ParquetFile(path) as stored:
            names = set(stored.schema_arrow.names)
            for vocabulary_table, column in VOCABULARIES:
                if vocabulary_table != table or column not in names:
                    continue
                allowed = set(allowed_values(table, column, scores) or ())
                found = {value for value in stored.read(columns=[column]).column(column).to_pylist()
                         if value is not None and value not in allowed}
                if found:
                    outside.setdefault(f"{table}.{column}", set()).update(found)
    return outside
