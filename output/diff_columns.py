"""The columns of the tables `diff` writes (changes, action_lineage), declared as output/schema.py declares the row
tables, with the same types and provenance columns (output/common_columns.py), and put together with them there.
"""

from __future__ import annotations

from council_actions.output.common_columns import COUNT, POINTS, TEXT, Column
from council_actions.output.table_names import DiffTable

# Written by `diff` (a stage after output), one file per document of the later revision; `revision` and
# `document_id` name that later side, the usual provenance columns locate the later row, `previous_*` the earlier.
# A document only in the earlier revision is written as removed-<its document_id>.parquet, document_id null.
PREVIOUS_PROVENANCE: list[Column] = [
    ("previous_source_page", COUNT, "1-based page of the earlier row in its source PDF; null for text input"),
    ("previous_line_start", COUNT, "first 1-based line of the earlier row in its document's extracted text"),
    ("previous_line_end", COUNT, "last 1-based line of the earlier row in its document's extracted text"),
    ("previous_char_start", COUNT, "offset of the earlier row's first character in its extracted text"),
    ("previous_char_end", COUNT, "offset just past the earlier row's last character"),
]
DIFF_TABLES: dict[DiffTable, list[Column]] = {
    "changes": [
        ("previous_revision", TEXT, "revision compared against (the earlier one)"),
        ("previous_document_id", TEXT, "document of the earlier revision paired with this one; null if the "
                                       "document is only in the later revision (its rows all added)"),
        ("change", TEXT, "score_changed, deadline_moved, status_completed, status_reopened, status_changed, "
                         "owners_changed, action_edited, update_added, action_added, action_removed, element_added or "
                         "element_removed"),
        ("theme_no", COUNT, "theme of the element concerned"),
        ("element_id", TEXT, "element concerned"),
        ("action_id", TEXT, "action in the later revision; null if removed or an element change"),
        ("previous_action_id", TEXT, "action in the earlier revision; null if added or an element change"),
        ("field", TEXT, "column that changed: score, due_date, status, owners, action, update, or null"),
        ("before", TEXT, "value in the earlier revision, as text (dates ISO)"),
        ("after", TEXT, "value in the later revision, as text (dates ISO)"),
        ("previous_score_rank", COUNT, "for score changes: rank of the earlier score (profile order, best first)"),
        ("score_rank", COUNT, "for score changes: rank of the later score; larger than before means it dropped"),
        *PREVIOUS_PROVENANCE,
    ],
    "action_lineage": [
        ("previous_revision", TEXT, "revision compared against (the earlier one)"),
        ("previous_document_id", TEXT, "document of the earlier revision paired with this one; null if the "
                                       "document is only in the later revision (its rows all added)"),
        ("action_id", TEXT, "action in the later revision; null if removed"),
        ("previous_action_id", TEXT, "action it continues in the earlier revision; null if added"),
        ("action_key", TEXT, "the action's id in the first revision it appeared in: group by it for its history"),
        ("match", TEXT, "same, edited, added or removed"),
        ("similarity", POINTS, "text similarity 0-100 of the paired actions (update notes left out); null if unpaired"),
        ("element_id", TEXT, "element of the action (the later side's, if both)"),
        ("previous_element_id", TEXT, "element of the action in the earlier revision (another than element_id "
                                      "where it moved); null if added"),
        *PREVIOUS_PROVENANCE,
    ],
}
