"""The codes the parse stage emits: where text stands, heatmaps and element ids, scores, actions and their
columns, and converter debris dropped.
"""

from __future__ import annotations

from council_actions.issue_codes.kinds import IssueCode

PARSE_CODES: dict[str, IssueCode] = {
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
    "rating_not_tabled": IssueCode(
        "lost", "A row of a table of the document's ratings of itself (an aspect and its status under a status "
        "heading: Belfast's `Aspect of improvement | Achievement status`) that no elements row holds because its id "
        "(the heading over the table and the aspect, as printed) is another's: the aspect is rated twice under one "
        "heading (the message names the other lines), or an element read from the plan's rows has that id. The "
        "message names the thing rated, its status as printed and the profile's key for it; the issue spans its two "
        "lines (parsers/rating_tables.py)."),
    # parse: scores
    "score_not_tabled": IssueCode(
        "lost", "A part a self-assessment scores on a numbered scale whose key it prints (Pembrokeshire's `SA4.1: "
        "Strategic Partnerships` over `Current performance: 3` and `Improvement phase: 3`, under `Score 3: Current "
        "performance - Fair; Improvement phase - Evolving`) has a score its elements row does not hold: the score on "
        "any scale but the key's first (the row's score), or on the first where the profile's score vocabulary has "
        "no label for the key's word (the row's score is then null). The message names the part, the number "
        "printed, the key's word and the scale; the issue spans the score's line (parsers/scored_parts.py)."),
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
}
