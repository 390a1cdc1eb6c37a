"""The catalogue of issue codes: every code an `Issue` can carry, with what kind of issue it is and what it means.

Kept as data (as frictionless keeps its errors): `_schema.json` lists the codes as the `extraction_issues.code`
vocabulary with their descriptions, and documents.status (output/status.py) counts the codes whose kind is
`row_doubt`. tests/council_actions/test_issue_codes.py fails for a code emitted anywhere that is not here, or
listed here and emitted nowhere; a code cannot be listed without its kind, so adding one decides whether it makes a
document `incomplete`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# What an issue says about the rows. Only a row_doubt counts against documents.status (rule doubtful_rows): the
# others leave the rows' reading sure, or are counted by a rule of their own (unplaced_text, an error).
IssueKind = Literal["row_doubt", "value_doubt", "repair", "lost", "check"]
ISSUE_KINDS: dict[IssueKind, str] = {
    "row_doubt": "how the row was read may be wrong: where it starts or ends, which cells were paired in it, or its "
                 "key, counted by documents.status (rule doubtful_rows)",
    "value_doubt": "the row's extent, pairing and key are sure, a value in it may be read wrong (where it ends, "
                   "which column it came from, its words' order): check the value",
    "repair": "a value read through damage or by a stated rule, with certainty (the message says how): the row "
              "stands",
    "lost": "text no value holds, or a value the source does not give or that could not be read: kept here, the "
            "value left empty",
    "check": "the document disagrees with itself, the profile or the revision's other document, or prints what "
             "the profile does not know: kept as printed, for the user to check",
}


@dataclass(frozen=True)
class IssueCode:
    """One code of the catalogue: its kind (ISSUE_KINDS) and what it means for the rows and what was done; where
    the kind needs a reason (a doubt, or why a reading's doubt is not the row's), the description ends with it."""

    kind: IssueKind
    description: str


ISSUE_CODES: dict[str, IssueCode] = {
    # ingest
    "control_characters": IssueCode(
        "repair", "A line of text input, or of a PDF's text layer, held control characters (NUL, escape, ...) or "
        "invisible format characters (zero-width spaces, bidi marks and overrides, a byte-order mark past the "
        "start, a soft hyphen inside a word; in a PDF also a space that does not advance, read as a zero-width "
        "space): they were removed from the values; the line is quoted with them escaped (a PDF line: the words "
        "that held them)."),
    "page_without_text": IssueCode(
        "lost", "A PDF page that draws an image and prints no text (a scanned page among pages with a text layer): "
        "nothing on it was read into a row; the issue spans the whole page, to be read by OCR or by eye."),
    "cell_lines_ambiguous_rows": IssueCode(
        "row_doubt", "A plan printed one cell a line with no row markers, where the cells' shapes read about as "
        "well another way (a row boundary or a cell's column): the better reading was taken; check the row. A doubt "
        "about the row: where it ends, or which column a cell is in."),
    "copied_row_line_unsure": IssueCode(
        "row_doubt", "A table copied from a web page (tab-separated, a cell's own line breaks kept) where a line "
        "with no tab stands between two rows and the first column is not a reference: read as the next line of the "
        "row above's last cell; it could be the first line of the next row's first cell. Check the two rows. A "
        "doubt about both rows: where the one ends and the other starts."),
    "columns_run_together": IssueCode(
        "value_doubt", "A web table saved as text whose header's cells are joined by spaces and whose rows print "
        "their cells one after another with nothing between columns: each numbered line was read as the first "
        "column's cell (an action, or the recommendation an action column answers), the lines under it naming a "
        "time as its timeline, the rest as that action column's items or else as notes. Check which column each "
        "line came from. Not a doubt about any row: each row opens on its numbered line (or is one line), so its "
        "extent and key are sure; which column a line came from is what to check, said once for the table."),
    "heading_lookalikes_folded": IssueCode(
        "repair", "A column heading printed with Greek or Cyrillic letters that look like Latin ones (a Cyrillic "
        "`е` in `Rеsponsible`), typed so or given so by a font: the heading rules read it with those letters as the "
        "Latin ones, so the column plays its role; the heading and the cells keep their characters as printed. The "
        "message names each letter by its code point."),
    "text_lookalikes_folded": IssueCode(
        "repair", "A text printed wholly in Greek or Cyrillic letters that look like Latin ones (`Асtіоn Рlаn`, as a "
        "PDF converter or a font's map can give): they outnumber its Latin letters and its other Greek and Cyrillic "
        "letters together, so it was read with them as the Latin letters they look like, and every value holds "
        "those, not the characters printed (one for one: spans are unchanged). Said once, for the whole document."),
    "list_heading_lost": IssueCode(
        "lost", "A list under headings where an item follows more blank lines than the list leaves under a heading "
        "and between items, as where a heading line was lost in the copy: the item is read as an action under no "
        "heading (empty element_id), not filed under the heading above; check the source for its heading. Not a "
        "doubt about the row: the item is read whole; the heading the copy lost is text the source no longer holds."),
    # parse: where text stands
    "line_break_unsure": IssueCode(
        "value_doubt", "Fixed-width text where a line's first word would only just have fitted at the end of the "
        "line above in an owner or timeline column: neither the characters nor the letters' widths tell a new owner "
        "or milestone from a wrapped line; read as one of its own. Not a doubt about the row: its extent is sure; "
        "where one owner or milestone ends in its cell is."),
    "unplaced_text": IssueCode(
        "lost", "Text outside any theme section, plan table or heading: no row holds it, so it is kept here."),
    "missing_theme_title": IssueCode(
        "repair", "A self-assessment heatmap with no theme title above it: the theme was read from its element ids."),
    "theme_number_mismatch": IssueCode(
        "check", "A theme title's number names another theme than its words do: the words were followed."),
    "description_from_table_cells": IssueCode(
        "value_doubt", "A theme introduction printed partly as table cells: the text is kept in the description, "
        "but its word order may be scrambled. Not a doubt about any row: the description's words are all kept."),
    "council_differs": IssueCode(
        "check", "The document prints another council's name than the profile gives, or than a manifest gives for "
        "the file (the message names its line): the name given is used in documents.council."),
    "council_given": IssueCode(
        "repair", "documents.council is given for the file by a manifest (ingest --manifest; the message names its "
        "file and line), not read: the document prints no council name in its title lines."),
    "kind_given": IssueCode(
        "repair", "documents.kind is given for the file by a manifest (ingest --manifest; the message names its file "
        "and line), not recognised: the document's content tells no kind; it is read as the kind given."),
    "kind_differs": IssueCode(
        "check", "The document's content tells another kind than a manifest gives for the file (the message names "
        "its line and the kind read): it is read as the kind given, in documents.kind."),
    "council_from_key": IssueCode(
        "repair", "No council name in the document's title lines, and the document's own key to its abbreviations "
        "names one council (`SDC = Stratford-on-Avon District Council.`): documents.council is that council, "
        "council_from document_key; the issue spans the key's line."),
    "council_not_printed": IssueCode(
        "lost", "No council name in the document's title lines and none in the profile for its layout: "
        "documents.council is left empty (give --profile, or the file's council in --manifest)."),
    # parse: heatmaps and element ids
    "heatmap_row_unread": IssueCode(
        "lost", "A heatmap row whose cells could not all be read as element ids: its cells are missing from the "
        "heatmap table."),
    "heatmap_cells_run_together": IssueCode(
        "repair", "A heatmap cell holding two cells' ids run together (a converter that squeezes columns): read "
        "apart into one cell each."),
    "unreadable_heatmap_id": IssueCode(
        "lost", "A heatmap cell whose text is not an element id: no heatmap row was made for it."),
    "heatmap_id_repaired": IssueCode(
        "repair", "A heatmap cell's id read through OCR damage (C1002 as CI002, look-alike letters)."),
    "heatmap_id_from_position": IssueCode(
        "repair", "A heatmap cell printed with the id of another element (an alias): read as the element its "
        "position in the theme's row holds."),
    "element_id_from_order": IssueCode(
        "row_doubt", "An element whose printed id is unreadable: given the next id of the heatmap in row order. A "
        "doubt about the row's key."),
    "element_id_unverified": IssueCode(
        "row_doubt", "A plan table row keyed by a printed code (the profile's `row_marker`, `CI001:`) where the "
        "profile lists no ids: the code is kept as printed in element_id, unchecked, and an OCR slip in it (C1002 "
        "for CI002) is not repaired. A doubt about the row's key."),
    "row_code_by_place": IssueCode(
        "row_doubt", "A keyed plan row whose code OCR printed past the profile's `row_marker` (`cloos:` for CI008): "
        "read as a row's code by its place, where the codes around it leave that code missing; kept as printed, the "
        "message names the code its place calls for. A doubt about the row: where it starts and its key."),
    "element_id_not_in_heatmap": IssueCode(
        "row_doubt", "An element of the plan whose id is not in the plan's heatmap. A doubt about the row's key: "
        "misread, or missing from the heatmap."),
    "heatmap_mismatch": IssueCode(
        "check", "An element in the heatmap of one document of the revision (self-assessment or action plan) but "
        "not in the other's."),
    "key_actions_mismatch": IssueCode(
        "check", "The number of key actions a self-assessment names for a theme differs from the number of the "
        "theme's elements that carry actions in the plan."),
    "cross_check_unpaired": IssueCode(
        "check", "A self-assessment not checked against some plans of the revision: the council of the page or of "
        "the plan is unknown and the revision names several councils, so whether they are one council cannot be "
        "told; the message names each plan and its council. Two known councils are paired by key "
        "(parsers/council_key.py); a revision naming at most one council checks every page against every plan."),
    "status_counts_mismatch": IssueCode(
        "check", "The status totals a plan prints (`Green 7 / Amber 3`, `21 actions are green`, `24% (21) "
        "complete`, boilerplate status_summary) differ from the statuses of the actions read: the message names "
        "each count (or share) printed and read, then `all actions`, printed (the counts' sum, or the number a "
        "share is of) and read, and how many rows fewer or more were read (a copy cut short, a row misread, or the "
        "council's own slip)."),
    "rating_not_tabled": IssueCode(
        "lost", "A row of a table of the document's ratings of itself (an aspect and its status under a status "
        "heading: Belfast's `Aspect of improvement | Achievement status`) that no elements row holds because its id "
        "(the heading over the table and the aspect, as printed) is another's: the aspect is rated twice under one "
        "heading (the message names the other lines), or an element read from the plan's rows has that id. The "
        "message names the thing rated, its status as printed and the profile's key for it; the issue spans its two "
        "lines (parsers/rating_tables.py)."),
    # parse: scores
    "missing_score": IssueCode(
        "lost", "No score could be read for an element: neither a score word nor a known shading."),
    "score_word_repaired": IssueCode(
        "repair", "A score word read through OCR damage; the message names each reading."),
    "conflicting_scores": IssueCode(
        "check", "Several scores printed for one element: the first was kept."),
    "score_colour_mismatch": IssueCode(
        "check", "An element's printed score word and its cell's shading disagree: the word was kept."),
    "unrecognised_score_text": IssueCode(
        "lost", "Words in the theme/score column that are neither a theme nor a score."),
    "unrecognised_key_row": IssueCode(
        "check", "A row of the plan's colour key that names no score of the profile."),
    # parse: actions and their columns
    "missing_allocation": IssueCode(
        "lost", "A recommendation with no allocation (owner and timeline) beside it: the action has no owners or "
        "timelines."),
    "allocation_without_recommendation": IssueCode(
        "row_doubt", "An allocation with no recommendation beside or above it: kept as an action with empty text. A "
        "doubt about the row: the allocation may belong to another."),
    "allocations_not_paired": IssueCode(
        "row_doubt", "An allocation cell holding a different number of allocations than the recommendation beside "
        "it has paragraphs: kept as one action with all of them. A doubt about the rows' pairing."),
    "allocation_unpaired": IssueCode(
        "row_doubt", "Allocations stacked at the top of one plan row's cell beside a different number of "
        "recommendations: which goes with which is not printed, so no action takes one. A doubt about the rows' "
        "pairing."),
    "opportunity_unpaired": IssueCode(
        "row_doubt", "Fewer opportunities stacked at the top of one plan row's cell than recommendations beside "
        "them: actions whose opportunity is not certain are left without one, and the opportunities no action takes "
        "stay in the element's notes. A doubt about the rows' pairing."),
    "row_without_action": IssueCode(
        "row_doubt", "A row of a plan table with no text in its action column: no action was made of it. A doubt "
        "about the row: its cells may belong to the row above or below."),
    "keyed_row_without_action": IssueCode(
        "lost", "A row of a plan table keyed by a printed code with no action, owner or allocation (a "
        "characteristic the plan gives no action): its text is kept here, since no action holds it."),
    "owner_ditto": IssueCode(
        "repair", "An owner printed as a ditto ('as above'): the owner of the row above was taken."),
    "unknown_status": IssueCode(
        "check", "A status that is not one of the profile's status words: kept as printed."),
    "status_from_title": IssueCode(
        "repair", "A row printing no status of its own, given the status the document's title, or the heading over "
        "the row, names for every row under it (`... completed actions`, `Table 1: Fully Completed Tasks`: complete, "
        "by the profile's status rules' `titles`): status_raw stays null; the issue spans the row, its text is the "
        "title or heading and its message names that line, where the status can be checked."),
    # parse: converter debris, dropped (the raw text is kept here)
    "garbled_duplicate": IssueCode(
        "repair", "A line that repeats a neighbouring line in garbled form (the converter printed it twice): the "
        "better-read copy was kept (on a theme page, the paragraph above), this one dropped."),
    "noise_no_words": IssueCode(
        "repair", "A cell dropped as converter debris: no word of three letters."),
    "noise_no_tokens": IssueCode(
        "repair", "A cell dropped as converter debris: no run of two letters or digits."),
    "noise_fragments": IssueCode(
        "repair", "A cell dropped as converter debris: mostly one-character fragments."),
    "noise_garbled_words": IssueCode(
        "repair", "A cell dropped as converter debris: mostly words found nowhere else in the document."),
    "noise_foreign_script": IssueCode(
        "repair", "A cell dropped as converter debris: letters of another script than the document's."),
    "noise_unknown_tokens": IssueCode(
        "repair", "An owner cell dropped as converter debris: only numbers and words found nowhere else in the "
        "document, naming no time and listing no post codes."),
    # normalise
    "unknown_owner": IssueCode(
        "check", "An owner not in the profile's glossary: kept as printed, with match `unknown` (add it to the "
        "profile and ingest again)."),
    "owner_key_disagrees": IssueCode(
        "check", "An owner the profile's glossary knows that the key the document prints to its abbreviations "
        "expands otherwise (`CE = Community Engagement`, the glossary's Chief Executive): the document's own key is "
        "taken for this document's owner (match `document_key`, its line on the owner row); the message names both, "
        "so the glossary or the reading can be corrected."),
    "owner_list_read_as_one": IssueCode(
        "value_doubt", "An owner cell of capitalised words listed with commas and 'and', none of them a post, read "
        "as one name: if they are separate owners, list them in the profile's glossary. Not a doubt about the row: "
        "its owner cell is read whole."),
    "timeline_from_plan_period": IssueCode(
        "repair", "A timeline counted in the plan's own years (`Year 1`, `year 2`) dated as that UK financial year "
        "of the period the plan states in its opening lines (`Strategy 2022 to 2025`: year 1 is 2022/23); the "
        "message names the line the period was read from. Without a stated period such a timeline stays unresolved. "
        "A quarter or month printed with no year (`Quarter 2`, `End May`) in a plan whose stated period is one "
        "financial year (`Delivery Plan 2024-2025`) is dated in that year the same way."),
    "unresolved_timeline": IssueCode(
        "lost", "A timeline phrase that could not be read as dates: its dates are left empty."),
    "timeline_part_unread": IssueCode(
        "lost", "A timeline read as dates with a word naming a time (a month, season, quarter or year) left outside "
        "every period read (`Mar 25/Jan 25`: January read, March not): the dates are those of the parts read, "
        "assumption `period_words_not_read`; the message names the words not read, as printed ('Mar 25')."),
    "timeline_gloss_disagrees": IssueCode(
        "check", "A timeline whose period is glossed by another that disagrees with it (`Quarter 2 (October 2023 - "
        "December 2023)`, `Mar 2026 (Q3)`): dated by the months printed, the message names the part they overrode "
        "(the quarter's number or year)."),
    "timeline_year_ambiguous": IssueCode(
        "value_doubt", "A timeline naming a year end without saying which year (`by the end of the year`): read as "
        "the end of the plan's own financial year (assumption `year_end_unnamed_as_financial_year`); the calendar "
        "year may be meant: check the value. Or naming the new year by its turn (`early in the new year`, `early next "
        "year`) in a plan stating no one financial year: read as the calendar year after the plan's date (assumption "
        "`new_year_after_document_date`)."),
    "timeline_from_revision_label": IssueCode(
        "value_doubt", "A timeline without a year, or relative to the plan's date (`Quarter 2`, `End June`, `within "
        "12 months`), dated from the revision label's date because the plan prints no date of its own and none was "
        "given (assumption `reference_from_revision_label` beside the reading's own): the label is the batch's "
        "date, and a plan published earlier than its revision label is dated in the label's year: check the value, "
        "or give the plan's date (--reference-date, or the file's published date in --manifest)."),
    "timeline_needs_reference": IssueCode(
        "lost", "A timeline without a year (or relative to the plan's date) and no reference date "
        "(the file's published date in a manifest, --reference-date, a date the plan prints as its own, a dated "
        "revision label): its dates are left empty."),
    "start_unused": IssueCode(
        "lost", "An action's start printed apart from its timeline (a `Start date` column or label) that starts "
        "none of its timelines (it falls after their end, or they are complete, conditional or ongoing from a start "
        "of their own): kept here, in no row's start_date."),
}


def described(code: str) -> str:
    """A code's description as `_schema.json` gives it: its kind first (`row_doubt: A plan printed ...`)."""
    entry = ISSUE_CODES[code]
    return f"{entry.kind}: {entry.description}"


def not_an_issue_code(code: str) -> str:
    """What is wrong with `code`, for one line: the codes it may be a misspelling of. The one message of the command
    (refused as it parses) and the API (OutputError), as output/table_names.not_a_table is for a table's name."""
    from difflib import get_close_matches  # only for a wrong code: the catalogue is read by every worker

    close = get_close_matches(code, ISSUE_CODES, n=3)
    return f"{code!r} is not an issue code" + (f" (did you mean {', '.join(close)}?)" if close else "")
