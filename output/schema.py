"""The Parquet contract (README, Output) declared once, as data.

Types are declared, never inferred from a document's values, so that every file of a table has the same schema
whatever it holds (an empty table, a text document without bboxes) and BI tools can read a folder of revisions as one
table. Bump SCHEMA_VERSION and note it in the README on any rename or retype. What is written to OUT/_schema.json
from these is output/schema_json.py's. Here: the row tables' own columns, and every table's columns put together;
the keys and provenance every table has are output/common_columns.py's, the diff's tables' own output/diff_columns.py's.
"""

from __future__ import annotations

import pyarrow as pa
from council_actions.output.common_columns import COUNT, DATE, FLAG, KEYS, POINTS, PROVENANCE, TEXT, Column
from council_actions.output.contract import TIMELINE_KINDS, VOCABULARIES, nullable
from council_actions.output.diff_columns import DIFF_TABLES
from council_actions.output.pandas_metadata import with_pandas_metadata
from council_actions.output.piece_columns import PIECE_TABLES
from council_actions.output.table_names import RowTable

from council_actions.issue_codes import ISSUE_KINDS

SCHEMA_VERSION = 1

TABLES: dict[RowTable, list[Column]] = {
    "documents": [
        ("source_name", TEXT, "file name of the source document (no folder)"),
        ("media_type", TEXT, "pdf or text"),
        ("kind", TEXT, "action_plan or self_assessment"),
        ("council", TEXT, "the manifest's for the file (ingest --manifest), else a council's own profile's, else "
                          "printed in the title lines, else the default profile's (its layout only), else the one "
                          "council the document's key to its abbreviations names; null if none"),
        ("council_from", TEXT, "which of those gave council: manifest, profile (a council's own), document (printed "
                               "in its title lines), default_profile, document_key (the one council the document's "
                               "key to its abbreviations names); none where none did (council is null)"),
        ("title", TEXT, "the document's own title as printed, markup aside: the first opening line naming a document "
                        "('TREE ACTION PLAN', 'Annual Governance Statement'; parsers/furniture.py, the nouns in the "
                        "profile's [document_words]) or a front-matter Title label's value; its line is boilerplate "
                        "title. Null where none is printed"),
        ("pages", COUNT, "number of pages (text input: form-feed pages, usually 1)"),
        ("pipeline_version", TEXT, "council-actions version that wrote the row"),
        ("profile", TEXT, "name of the council profile used"),
        ("profile_sha256", TEXT, "sha256 of the profile file's text, hex: which profile, as its name may not say"),
        ("reference_date", DATE, "date that relative timelines (quarters without a year, 'Up to six months') are "
                                 "read against; null if none"),
        ("reference_from", TEXT, "where reference_date came from: given (the file's published date in the "
                                 "manifest, else --reference-date), printed (the document's own date, printed_date) "
                                 "or revision_label (the date the revision label starts with); null if none"),
        ("printed_date", DATE, "the date the document prints as its own in its opening lines ('Date: March 2024', "
                               "'As at 30 September 2024'; parsers/plan_date.py), else in a progress column's heading "
                               "('What we have done so far (October 2025)': its notes' date), whether or not it was "
                               "the reference; null if none is printed"),
        ("printed_date_raw", TEXT, "the line (or progress heading) printing printed_date, as printed"),
        ("printed_date_rule", TEXT, "the phrasing that read it (parsers/plan_date.DATE_LINES, HEADING_DATES), the day "
                                    "taken: a period's first, or its last for as_at, quarter_report, progress_heading"),
        ("printed_date_page", COUNT, "1-based page of that line; null for text input or no printed date"),
        ("printed_date_line", COUNT, "1-based line of that line in the extracted text; null if no printed date. "
                                    "The documents row's own span is the whole text, so this places nothing: "
                                    "where no row holds the line, a boilerplate row (printed_date) spans it"),
        ("revision_date", DATE, "date of the revision (--revision-date, else the date its label starts with); "
                                "null if unknown"),
        ("status", TEXT, "complete, or incomplete where the reading breaks a rule of output/status.py (an error, "
                         "too many unplaced lines inside the table, too many rows read with a doubt)"),
        ("status_rule", TEXT, "the first status rule the document breaks; null when complete"),
        ("action_status_printed", FLAG, "whether the document says how any of its actions stands: some action has a "
                                        "status (actions.status, however read: status_from) or prints one no rule "
                                        "knows (status_raw). False for a plan that only sets out what is to be done "
                                        "(Lisburn & Castlereagh's Performance Improvement Objectives): its null "
                                        "statuses say nothing of whether an action was done, so none of its actions "
                                        "is overdue by its word, however long past due"),
    ],
    "themes": [
        ("theme_no", COUNT, "theme number in the statutory guidance"),
        ("theme_name", TEXT, "theme name from the council profile"),
        ("description", TEXT, "theme introduction as printed, paragraphs separated by blank lines; null where "
                              "none is printed (a theme page's guidance bullets are statements)"),
        ("printed_name", TEXT, "the heading as printed"),
        ("key_actions", COUNT, "number of key actions the self-assessment's Next Steps names"),
        ("action_plan_pages", TEXT, "action-plan page range the Next Steps cites, e.g. 21-24"),
    ],
    "heatmap": [
        ("theme_no", COUNT, "theme number"),
        ("position", COUNT, "1-based position in reading order within the theme's row"),
        ("element_id", TEXT, "canonical element id"),
        ("printed_id", TEXT, "the cell as printed"),
        ("alias_of", TEXT, "id the cell points to instead (See CI012 gives CI012)"),
        ("score", TEXT, "score from the cell's colour (PDF); null for text input"),
        ("score_rank", COUNT, "1-based place of the score in the profile's order, best first; null if no score"),
    ],
    "elements": [
        ("element_id", TEXT, "canonical element id, e.g. CI002; for a part the document rates itself (an "
                             "improvement objective) its heading as printed, e.g. 'Objective 4: Our environment'; "
                             "for an aspect a table of its ratings rates, that heading and the aspect as printed "
                             "joined by ' > ', e.g. 'Objective 4: Our environment > Fairness'"),
        ("printed_id", TEXT, "element id as printed, e.g. C1002; the aspect rated, e.g. Fairness"),
        ("theme_no", COUNT, "theme number; null for a part the document rates itself, which is no theme of the "
                            "profile's"),
        ("score", TEXT, "dark_green, light_green, yellow, amber, red, grey, or null"),
        ("score_rank", COUNT, "1-based place of the score in the profile's order, best first; null if no score"),
        ("characteristic", TEXT, "characteristic description (statutory guidance); for a part the document rates "
                                 "itself, the words printed after its rating; for an aspect, the aspect as printed"),
        ("status_note", TEXT, "note printed with the characteristic (moved, merged, removed)"),
        ("no_gaps", FLAG, "the opportunity column states no (new) gaps were identified"),
        ("alias_of", TEXT, "element this one now lives under (G002 -> CI012)"),
        ("id_method", TEXT, "how element_id was read: exact, repaired, number, order, unlisted, heading (a part "
                            "the document rates itself, by its heading), rating_table (an aspect a table of the "
                            "document's ratings of itself rates, by the heading over the table and the aspect)"),
        ("notes", TEXT, "opportunity-column text that no recommendation answers"),
        ("status", TEXT, "status key from the profile's status rules where the document rates the element in "
                         "words (Belfast's 'Achieved': complete); null for a template plan's characteristic, scored "
                         "by colour"),
        ("status_raw", TEXT, "that rating as printed (Achieved); null where none is printed"),
        ("section", TEXT, "for an aspect a table of the document's ratings of itself rates, the heading the table "
                          "stands under as printed, the part it is an aspect of (Belfast's 'Objective 4: Our "
                          "environment', that part's own element_id where the document rates it too); null for "
                          "every other row"),
    ],
    "actions": [
        ("action_id", TEXT, "stable id: the element id ('action' under none) and a digest of the action's words"),
        ("element_id", TEXT, "canonical element id; '' (an empty string, never null) for an action under no "
                             "element: a plan that prints no ids, or a list item whose heading was lost "
                             "(list_heading_lost). Never null, as the diff tables key on it and action_id is "
                             "made from it; the issues of such an action have a null element_id"),
        ("seq", COUNT, "1-based order within the element"),
        ("section", TEXT, "the heading the action is printed under, its markup cleaned (a priority, a theme, a "
                          "list's heading, a table's group row; a template plan's theme heading); the innermost where "
                          "headings stand one under another; null where the plan prints none over it"),
        ("section_path", TEXT, "every heading over the action, outermost first, joined by ' > ' (Rotherham's "
                               "'Places are thriving, safe and clean > Priority: Helping people to feel safe in their "
                               "community'): group on section for the innermost, on section_path for the whole; "
                               "null where section is"),
        ("section_line", COUNT, "1-based line of section's heading in the extracted text, where its boilerplate row "
                                "(section_heading, group_heading; a template plan's themes row) stands; null where "
                                "section is"),
        ("opportunity", TEXT, "opportunity for improvement the action answers"),
        ("action", TEXT, "recommendation and action plan text"),
        ("allocated_raw", TEXT, "allocated to and indicative timeline, as printed"),
        ("owners", TEXT, "owner keys joined by '; ' (see action_owners)"),
        ("due_date", DATE, "latest end_date of the action's timelines, those of kind update, superseded and "
                            "unresolved aside (a progress update's date, or one the plan moved from, is no due date); "
                            "null if none is left"),
        ("timeline_kind", TEXT, "kind of the timeline that gives due_date"),
        ("owner_raw", TEXT, "owner column as printed, for plans that print owners in a column of their own; a "
                            "ditto word ('ditto', '\"', 'as above', 'do.') stays as printed (owners gives the keys)"),
        ("support_raw", TEXT, "supporting owners column as printed (`Assisted by`), for plans that print who supports "
                              "the lead in a column of its own: its owners are action_owners rows of role support, and "
                              "the owner column's beside them leads; a cell naming nobody (`?`) gives no owner"),
        ("timeline_raw", TEXT, "timeline column as printed (due date, by when, timescale), likewise; a revised "
                               "timeline's phrases (`Revised timetable`) are action_timelines rows of their own"),
        ("status", TEXT, "how the action stands, by the profile's status rules, from what status_from names: its "
                         "status or RAG cell, its progress note, its timelines (every milestone of it in "
                         "action_timelines of kind complete, update notes aside, or a revised timeline's `Done`) "
                         "or the title or heading over it; null where none says (most plans print no status). "
                         "An action is overdue on a day when "
                         "due_date is before it and status is not complete (nor suspended, where a stopped action is "
                         "no concern), by the plan's word where it says how its actions stand "
                         "(documents.action_status_printed) and the action fell due before the plan's own date; "
                         "null beside a progress note (progress) whose words give none, with a warning "
                         "progress_without_status: the note says how it stands, for a reader, not overdue"),
        ("status_raw", TEXT, "status or RAG cell as printed, or the words of its progress note that give status; "
                             "null where none is printed"),
        ("status_from", TEXT, "where status was read: status (its status or RAG cell), progress (its progress note: "
                              "a status alone or opening it), timeline (its timelines read done: `complete`, or a "
                              "revised timeline's `Done`), title (the document's title or a heading over its row "
                              "names every row so: issue status_from_title); null with no status"),
        ("progress", TEXT, "progress, update or stage columns as printed, each separate item (paragraph, list line) "
                     "a line of its own, a wrapped sentence one line (parsers/free_text.py)"),
        ("percent_complete", COUNT, "percentage complete printed in the progress columns"),
        ("notes", TEXT, "columns the profile reads as notes, as printed, an item a line as progress is; a target "
                  "column's cells each after its heading (`2025/26: 45%`)"),
    ],
    "action_owners": [
        ("action_id", TEXT, "action the owner is allocated to"),
        ("seq", COUNT, "1-based order of the owner in the allocation"),
        ("owner_key", TEXT, "canonical owner key from the profile, or the printed text if unknown (the document's "
                            "first spelling of that owner: case, spacing, a quantifier before it (`all partners`: "
                            "partners) and an abbreviation it defined aside)"),
        ("owner_title", TEXT, "full title from the profile, or null"),
        ("owner_title_confirmed", FLAG, "false where the profile marks the title as its best guess, not confirmed "
                                        "by the council's documents; null without a title"),
        ("owner_raw", TEXT, "the owner as printed at the row's span, which is this owner's own text in its cell (from "
                            "its first character to its last, over every line it wraps onto; not the cell's other "
                            "owners or timeline); for a ditto ('ditto', '\"', 'as above', 'do.') the ditto word, while "
                            "owner_key and owner_title are the owner above's"),
        ("match", TEXT, "exact, repaired, fuzzy, document_key (expanded by the key the document prints to its "
                        "abbreviations: key_text, key_line) or unknown; a ditto is repaired where the owner above "
                        "resolved (exact, repaired or fuzzy) and stays unknown where it did not (repair names ditto)"),
        ("role", TEXT, "the owner's part where its row's words say it: lead (printed before a phrase such as `with "
                       "support from`, the profile's owner_words support_joins, after a label of its lead_labels: "
                       "`Lead:`, or in the owner column beside supporting owners), support (printed after such a "
                       "phrase, or in a column of supporting owners: `Assisted by`, see actions.support_raw); null "
                       "where they say none (one owner, owners listed, joined `in partnership with`, or after a label "
                       "of its roles: `Accountable:`)"),
        ("repair", TEXT, "what was repaired (markup, spacing, case, confusables, digit_for_letter, quantifier, alias, "
                         "ditto, person_with_post: resolved by the name or post a `name, post` cell prints; "
                         "two_posts: resolved by the one of a person's two posts the glossary knows (`Head of Finance "
                         "& S151 Officer`); "
                         "abbreviation: an unknown owner printed by the abbreviation the document defined for it)"),
        ("score", POINTS, "fuzzy match score 0-100, for fuzzy matches"),
        ("key_text", TEXT, "for match document_key, the entry of the key the document prints to its abbreviations "
                           "that expanded the owner, as printed (`SDC = Stratford-on-Avon District Council.`); null "
                           "otherwise"),
        ("key_page", COUNT, "page of that entry (PDF), else null"),
        ("key_line", COUNT, "line of that entry in the document's extracted text, else null"),
    ],
    "action_timelines": [
        ("action_id", TEXT, "action the timeline belongs to"),
        ("seq", COUNT, "1-based order of the phrase in the allocation"),
        ("timeline_raw", TEXT, "the phrase exactly as printed at the row's span, which is this phrase's own text in "
                               "its cell (from its first character to its last, over every line it wraps onto; not "
                               "the cell's owners or other phrases); a timeline a section heading gives spans the "
                               "heading"),
        ("kind", TEXT, ", ".join(TIMELINE_KINDS)),
        ("start_date", DATE, "first day of the period meant"),
        ("end_date", DATE, "last day of the period meant (the due date)"),
        ("precision", TEXT, ", ".join(VOCABULARIES[("action_timelines", "precision")])),
        ("fiscal_year", TEXT, "UK financial year, written 2024/25"),
        ("condition", TEXT, "for conditional: the event it waits on"),
        ("assumptions", TEXT, "codes of every reading that was a choice, joined by '; '"),
        ("cadence", TEXT, "how often a recurring timeline recurs: " + ", ".join(VOCABULARIES[("action_timelines",
                          "cadence")]) + " (twice_yearly whether six months apart or not: 'Every six months', "
                          "'Feb & Oct'); null for other kinds, and for a recurring one that says no cadence"),
        ("cadence_months", TEXT, "the months of the year a recurring timeline names ('Annual review in May': may; "
                                 "'Feb & Oct': feb; oct; 'Q2 and Q4 annually': the months of those quarters of the "
                                 "financial year), their short names (jan ... dec) joined by '; ' in calendar order; "
                                 "null where it names none. Text, not a list column, as every column of the tables "
                                 "is one value (the CSV of read-table, BI tools' Parquet readers); no month's short "
                                 "name holds another's, so a plain 'contains may' filter finds that month"),
    ],
    **PIECE_TABLES,
    "statements": [
        ("theme_no", COUNT, "theme number"),
        ("section", TEXT, "guidance or council"),
        ("seq", COUNT, "1-based order within the section"),
        ("text", TEXT, "the statement as printed"),
    ],
    "extraction_issues": [
        ("severity", TEXT, "error or warning"),
        ("code", TEXT, "fixed issue code, e.g. garbled_duplicate; each code's description opens with its kind: "
                       + "; ".join(f"{kind} ({meaning})" for kind, meaning in ISSUE_KINDS.items())),
        ("message", TEXT, "what was found and what was done"),
        ("raw_text", TEXT, "the source text concerned, as printed; an unknown owner, an owner list read as one "
                           "or a timeline phrase of a cell is spanned as its action_owners or action_timelines row "
                           "is, at its own text"),
        ("stage", TEXT, "pipeline stage that reported it: ingest, parse, normalise or output"),
        ("element_id", TEXT, "element concerned, if any"),
        ("field", TEXT, "field concerned, if any"),
    ],
    "boilerplate": [
        ("kind", TEXT, "title, note, heading, heatmap_header, heatmap_label, column_header, colour_key (a key to the "
                       "ratings' colours: its heading, a row, a sentence saying what they mean), rule (a table's "
                       "ruling line, or a bare '|' closing a cell), group_heading (a row heading the rows under it), "
                       "section_heading (a list's or table's section heading), printed_date (the line "
                       "documents.printed_date is read from, where no row holds it), plan_period (the period a title "
                       "states as the plan's, its other words reported as unplaced_text), status_summary (a line of "
                       "the status totals the plan prints, '21 actions are green' too: parsers/status_totals.py), "
                       "front_matter (a form's label and value above its table: 'Committee: ...', 'Minute \u2116: "
                       "91'; a paper's reference: 'APPENDIX A'), form_instruction (a form's notes on filling it in: "
                       "'[ii] Insert in this box ...'), web_furniture (a web page's own prompts: 'Did you find this "
                       "page useful?'), council_name (a line printing the council's name alone, documents.council "
                       "read from it), sign_off (a paper's signatories, names over posts, and one's post printed "
                       "again alone under its title), owner_key (the key a document prints to its abbreviations: "
                       "its heading and each entry, `SDC = Stratford-on-Avon District Council.`), caption (the line "
                       "right above the plan's rows naming what they are: 'Updated Actions for 2014-15', "
                       "'Objective details': parsers/captions.py); title is the document's own title line "
                       "(documents.title) and the same words printed again, alone or with the period the copy covers "
                       "after them"),
        ("text", TEXT, "the line as printed; for plan_period the period's own characters"),
    ],
    "span_pages": [
        ("span_char_start", COUNT, "char_start of the rows whose span crosses a page break (PDF)"),
        ("span_char_end", COUNT, "char_end of those rows; the provenance columns are the piece on one page"),
    ],
}
DECLARED: dict[str, list[Column]] = {name: declared for name, declared in [*TABLES.items(), *DIFF_TABLES.items()]}


def columns(table: str) -> list[Column]:
    """A table's columns in order: the keys, its own, then provenance, the same in every table."""
    return KEYS + DECLARED[table] + PROVENANCE


def schema(table: str) -> pa.Schema:
    """The Arrow schema every file of the table is written with, a column the contract says is never null required."""
    return with_pandas_metadata(pa.schema([pa.field(n, t, nullable(table, n)) for n, t, _ in columns(table)]))
