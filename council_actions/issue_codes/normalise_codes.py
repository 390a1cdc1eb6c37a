"""The codes the normalise stage emits: owners, timelines and the document's other values."""

from __future__ import annotations

from council_actions.issue_codes.kinds import IssueCode

NORMALISE_CODES: dict[str, IssueCode] = {
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
    "progress_without_status": IssueCode(
        "lost", "An action that prints a progress note (a progress, comments or latest-note cell) and no status the "
        "profile reads, in the note or elsewhere, and that neither its timelines nor a heading over it say is done: "
        "status left null rather than guessed from the note's prose (`Dealt with under new MTC ...`), the note kept "
        "in actions.progress; the message opens it. A query of overdue actions should read the note, not count the "
        "null as not done (normalise/done.py)."),
    "status_counts_mismatch": IssueCode(
        "check", "The status totals a plan prints (`Green 7 / Amber 3`, `21 actions are green`, `24% (21) "
        "complete`, boilerplate status_summary) differ from the statuses of the actions read, an action done by its "
        "timelines or a heading over it counted done (normalise/done.py): the message names each count (or share) "
        "printed and read, then `all actions`, printed (the counts' sum, or the number a share is of) and read, and "
        "how many rows fewer or more were read (a copy cut short, a row misread, or the council's own slip)."),
    "unresolved_timeline": IssueCode(
        "lost", "A timeline phrase that could not be read as dates: its dates are left empty."),
    "timeline_part_unread": IssueCode(
        "lost", "A timeline read as dates with a word naming a time (a month, season, quarter or year) left outside "
        "every period read (`Mar 25/Jan 25`: January read, March not): the dates are those of the parts read, "
        "assumption `period_words_not_read`; the message names the words not read, as printed ('Mar 25'). Also a "
        "range whose first period was found but given no dates (`2020/20 - March 2026`): its end is kept, and the "
        "message says why the rest could not be read."),
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
