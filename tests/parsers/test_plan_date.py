"""The date a plan prints as its own (parsers/plan_date.py), rule by rule, on the real samples, and as the reference
relative timelines are read against (normalise/reference.py).

Every rule of DATE_LINES has examples here (a test fails when a rule has none), each read by that rule and no
earlier one. The real samples' printed dates were read by hand from the files: Bracknell's two performance pages
print "Quarter 3 2023 to 2024" (Q3 of 2023/24, October-December 2023: the position as at 31 December 2023),
Maidstone's three SCRAIPs a "Meeting Date:" line above their table, Belfast's objective 1 page "Published - September
2024" under its "Skip to main content" (the month the report was published); no other sample prints a date of its own in
its opening lines (Tower Hamlets' "As of March 2023, the council was ..." and Southend's "on 19 December 2023 the
Information Commissioner ..." are sentences; Maidstone's AGS "Updated Actions for 2014-15" names no date).
"""

from __future__ import annotations

import datetime as dt
import pickle
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from council_actions.ingest.model import Document
from council_actions.ingest.text import read_text
from council_actions.normalise import ReferenceDates, fiscal_calendar
from council_actions.normalise.reference import REFERENCE_SOURCES, choose_reference
from council_actions.output.contract import DATE_RULES
from council_actions.output.contract import REFERENCE_SOURCES as SOURCE_NAMES
from council_actions.parsers.plan_date import DATE_LINES, HEADING_DATES, heading_date, printed_date

from council_actions.api import ingest
from council_actions.fiscal import FiscalCalendar
from council_actions.ingest_report import IngestReport
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

OTHER = ROOT / "samples" / "other_councils"
GENERIC = load_profile("generic")
CALENDAR = fiscal_calendar(GENERIC)

# rule -> (line as printed, day taken): the phrasings the issue names, and the samples' own
EXAMPLES: dict[str, list[tuple[str, dt.date]]] = {
    "labelled_date": [("Date: March 2024", dt.date(2024, 3, 1)), ("Updated 12 January 2025", dt.date(2025, 1, 12)),
                      ("Meeting Date:           7 January 2014", dt.date(2014, 1, 7)),
                      ("Last updated: 3rd June 2024", dt.date(2024, 6, 3)), ("Dated 30/09/2024", dt.date(2024, 9, 30)),
                      ("Report date - Tuesday 5 November 2024", dt.date(2024, 11, 5))],
    "as_at": [("As at 30 September 2024", dt.date(2024, 9, 30)), ("Position as at March 2024", dt.date(2024, 3, 31))],
    "version": [("Version 2.1 - October 2024", dt.date(2024, 10, 1)), ("v3 (June 2023)", dt.date(2023, 6, 1)),
                ("Issue 4 dated 14 May 2024", dt.date(2024, 5, 14))],
    "quarter_report": [("Progress report Q2 2024/25", dt.date(2024, 9, 30)),
                       ("Quarter 3 2023 to 2024", dt.date(2023, 12, 31)),
                       ("Performance monitoring: Quarter 4 2023-24", dt.date(2024, 3, 31))],
    "meeting": [("Cabinet 14 November 2024", dt.date(2024, 11, 14)),
                ("Overview and Scrutiny Committee - 7 January 2014", dt.date(2014, 1, 7))],
    # a progress column's heading (HEADING_DATES), never an opening line
    "progress_heading": [("What we have done so far (October 2025)", dt.date(2025, 10, 31)),
                         ("Progress update (as at 30/09/2024)", dt.date(2024, 9, 30)),
                         ("Update (as of March 2025)", dt.date(2025, 3, 31))],
}
HEADINGS = [rule.name for rule in HEADING_DATES]
# progress headings that name no date the document speaks as at
NOT_A_DATED_HEADING = ["Progress", "What we have done so far", "Progress (RAG)", "Update (2024/25)",
                       "Progress update (Q2)", "Comments (see note 3)"]
# lines that print a date, or look like a label, but are not the document's date
NOT_A_DATE_LINE = [
    "As of March 2023, the council was only operating at 81% compliance.",  # Tower Hamlets: a sentence
    "Updated Actions for 2014-15",  # Maidstone AGS: a financial year, no date
    "Cabinet 2024",  # a year alone is no meeting's date
    "Cabinet November 2024",  # a meeting is held on a day
    "Progress report Q2",  # a quarter of no year
    "Date: to be confirmed",
    "Committee: Strategic Leadership and Corporate Services Overview and Scrutiny Committee",
    "Up to six months",
]
# sample -> (day, line as printed, rule, line number), read by hand from the files
SAMPLES = {
    "bracknell_caring_2023_24_q3.txt": (dt.date(2023, 12, 31), "Quarter 3 2023 to 2024", "quarter_report", 7),
    "bracknell_environment_2023_24_q3.txt": (dt.date(2023, 12, 31), "Quarter 3 2023 to 2024", "quarter_report", 7),
    "belfast_improvement_self_assessment_2023_24_objective_1.txt": (dt.date(2024, 9, 1), "Published - September 2024",
                                                                    "labelled_date", 2),
    "iow_district_audit_letter_recommendations_2002.txt": (dt.date(2002, 6, 18), "Date :               18 JUNE 2002",
                                                           "labelled_date", 13),
    "maidstone_scraip_2014.txt": (dt.date(2014, 1, 7), "Meeting Date:           7 January 2014", "labelled_date", 15),
    "maidstone_scraip_kpi_2012.txt": (dt.date(2012, 11, 6), "Meeting Date:           6 November 2012",
                                      "labelled_date", 11),
    "maidstone_scraip_waste_2011.txt": (dt.date(2011, 10, 11), "Meeting Date:           11 October 2011",
                                        "labelled_date", 14),
    # the progress column's heading, at line 15 (the table's header, a cell a line): its notes are as at October 2025
    "newham_housing_improvement_plan_2025_stock_condition.txt": (dt.date(2025, 10, 31),
                                                                 "What we have done so far (October 2025)",
                                                                 "progress_heading", 15),
}


def _document(*lines: str) -> Document:
    text = "\n".join(lines)
    return read_text(text.encode(), "x.txt", text, None)


def test_every_rule_has_examples_and_the_vocabularies_agree():
    assert [rule.name for rule in DATE_LINES + HEADING_DATES] == list(EXAMPLES) == list(DATE_RULES)
    assert [source for source, _ in REFERENCE_SOURCES] == list(SOURCE_NAMES)


@pytest.mark.parametrize("rule, line, day", [(rule, line, day) for rule, examples in EXAMPLES.items()
                                             for line, day in examples], ids=lambda value: str(value))
def test_each_phrasing_is_read_by_its_rule(rule, line, day):
    document = _document("Improvement Plan", line, "Action plan")
    found = heading_date([(line, document.pages[0].lines[1].span)], CALENDAR) if rule in HEADINGS \
        else printed_date(document, CALENDAR, ())
    assert found is not None and (found.rule, found.day, found.text, found.span.line_start) == (rule, day, line, 2)


@pytest.mark.parametrize("line", [line for rule in HEADINGS for line, _ in EXAMPLES[rule]])
def test_a_dated_heading_is_read_only_as_a_progress_columns(line):
    """Printed as an opening line, a heading's date is not the document's: it dates the column it heads."""
    assert printed_date(_document("Improvement Plan", line, "Action plan"), CALENDAR, ()) is None


@pytest.mark.parametrize("heading", NOT_A_DATED_HEADING)
def test_a_progress_heading_naming_no_date(heading):
    document = _document("Improvement Plan", heading)
    assert heading_date([(heading, document.pages[0].lines[1].span)], CALENDAR) is None


def test_an_opening_line_outranks_a_progress_heading(tmp_path):
    """Newham's table under a `Date:` line of its own: the document's date is the line's, not its heading's."""
    sample = OTHER / "newham_housing_improvement_plan_2025_stock_condition.txt"
    dated = tmp_path / sample.name
    dated.write_text("Date: March 2025\n" + sample.read_text(encoding="utf-8"), encoding="utf-8")
    found = process(dated, GENERIC, None).parsed.printed_date
    assert found is not None and (found.rule, found.day, found.span.line_start) == (
        "labelled_date", dt.date(2025, 3, 1), 1)


@pytest.mark.parametrize("line", NOT_A_DATE_LINE)
def test_a_sentence_or_a_label_without_a_date_is_not_the_documents_date(line):
    assert printed_date(_document("Improvement Plan", line), CALENDAR, ()) is None


def test_the_first_date_line_wins_and_none_is_taken_from_the_table():
    document = _document("Improvement Plan", "Date: March 2024", "Updated 12 January 2025", "Action\tBy when",
                         "As at 30 September 2024")
    assert printed_date(document, CALENDAR, ()).day == dt.date(2024, 3, 1)
    in_table = _document("Plan", "Review the constitution", "As at 30 September 2024")
    first_row = in_table.pages[0].lines[1].span  # a row the parser read: the date below it is the table's
    assert printed_date(in_table, CALENDAR, (first_row,)) is None


def test_quarters_follow_the_profiles_financial_year():
    assert printed_date(_document("Plan", "Progress report Q2 2024/25"), CALENDAR, ()).day == dt.date(2024, 9, 30)
    found = printed_date(_document("Plan", "Progress report Q2 2024/25"), FiscalCalendar(1), ())
    assert found is not None and found.day == dt.date(2024, 6, 30)  # a financial year starting in January


@pytest.mark.parametrize("sample", sorted(p.name for p in OTHER.glob("*.txt")))
def test_real_samples_print_their_date_or_none(sample):
    processed = process(OTHER / sample, GENERIC, None)
    found = processed.parsed.printed_date
    expected = SAMPLES.get(sample)
    assert (found and (found.day, found.text, found.rule, found.span.line_start)) == expected
    assert (processed.normalised.reference_date, processed.normalised.reference_from) == (
        (expected[0], "printed") if expected else (None, None))


def test_the_users_date_wins_then_the_printed_one_then_the_labels():
    printed = process(OTHER / "maidstone_scraip_2014.txt", GENERIC, None).parsed.printed_date
    given, label = dt.date(2014, 4, 1), dt.date(2014, 6, 1)
    assert choose_reference(ReferenceDates(given, label), printed) == (given, "given")
    assert choose_reference(ReferenceDates(revision_label=label), printed) == (dt.date(2014, 1, 7), "printed")
    assert choose_reference(ReferenceDates(revision_label=label), None) == (label, "revision_label")
    assert choose_reference(ReferenceDates(), None) == choose_reference(None, None) == (None, None)


def test_where_a_date_came_from_survives_the_trip_to_a_child():
    """The source is a field, not a subclass of date: pickled to a child (a process pool, Dask) or copied with
    `dataclasses.replace`, a revision label's date stays one the printed date outranks."""
    printed = process(OTHER / "maidstone_scraip_2014.txt", GENERIC, None).parsed.printed_date
    offered = ReferenceDates(revision_label=dt.date(2014, 6, 1))
    for trip in (pickle.loads(pickle.dumps(offered)), replace(offered, revision_label=dt.date(2014, 6, 2))):
        assert choose_reference(trip, printed) == (dt.date(2014, 1, 7), "printed")
        assert choose_reference(trip, None).source == "revision_label"


def test_documents_table_records_the_reference_and_the_printed_line(tmp_path):
    sample = OTHER / "maidstone_scraip_2014.txt"
    labelled = _documents(ingest([sample], tmp_path / "a", revision="2014-06", profile="generic"))
    assert (labelled["reference_date"], labelled["reference_from"], labelled["revision_date"]) == (
        dt.date(2014, 1, 7), "printed", dt.date(2014, 6, 1))
    assert (labelled["printed_date"], labelled["printed_date_raw"], labelled["printed_date_rule"],
            labelled["printed_date_page"], labelled["printed_date_line"]) == (
        dt.date(2014, 1, 7), "Meeting Date:           7 January 2014", "labelled_date", None, 15)
    given = _documents(ingest([sample], tmp_path / "b", revision="2014-06", profile="generic",
                              reference_date=dt.date(2014, 2, 1)))
    assert (given["reference_date"], given["reference_from"], given["printed_date"]) == (
        dt.date(2014, 2, 1), "given", dt.date(2014, 1, 7))
    undated = _documents(ingest([OTHER / "boroondara_cx_timeline_for_action_2014.txt"], tmp_path / "c",
                                revision="2015-01-31", profile="generic"))
    assert (undated["reference_date"], undated["reference_from"], undated["printed_date"]) == (
        dt.date(2015, 1, 31), "revision_label", None)


def test_a_printed_date_dates_up_to_six_months(tmp_path):
    """Made-up text (no real plan with both a printed date and relative timelines was found): headings "Up to six
    months" / "Up to 12 months" under "Date: March 2024" count from 1 March 2024; without the date line they stay
    undated and reported, as before."""
    dated = tmp_path / "dated.txt"
    body = "Up to six months\n- Review the constitution\nUp to 12 months\n- Adopt a new scheme of delegation\n"
    dated.write_text("Improvement action plan\nDate: March 2024\n" + body, encoding="utf-8")
    processed = process(dated, GENERIC, None)
    assert [(t.timeline_raw, t.reading.start_date, t.reading.end_date) for t in processed.normalised.timelines] == [
        ("Up to six months", dt.date(2024, 3, 1), dt.date(2024, 8, 31)),
        ("Up to 12 months", dt.date(2024, 3, 1), dt.date(2025, 2, 28))]
    assert not [i for i in processed.normalised.issues if i.code == "timeline_needs_reference"]
    undated = tmp_path / "undated.txt"
    undated.write_text("Improvement action plan\n" + body, encoding="utf-8")
    plain = process(undated, GENERIC, None)
    assert all(t.reading.end_date is None for t in plain.normalised.timelines)
    assert [i.code for i in plain.normalised.issues].count("timeline_needs_reference") == 2


def _documents(report: IngestReport) -> dict:
    assert not report.failures
    path: Path = next(f for f in report.documents[0].files if f.parent.parent.name == "documents")
    (row,) = pq.read_table(path).to_pylist()
    return row
