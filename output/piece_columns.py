"""The columns of the tables of pieces (action_spans, element_spans): a row's values each cut into the pieces of text
printed together on one line (output/action_spans.py, output/element_spans.py), each piece a row.

Declared apart from the other row tables (output/schema.py puts them in the contract's order among them) because the
two share their shape: the row whose value it is, the field, and the piece's place in the value (PIECE_COLUMNS), so
an auditor's query on one works on the other with the key's name changed.
"""

from __future__ import annotations

from council_actions.output.common_columns import COUNT, TEXT, Column
from council_actions.output.table_names import RowTable

PIECE_COLUMNS: list[Column] = [
    ("seq", COUNT, "1-based order of the piece within the field's value, as the value reads"),
    ("value_start", COUNT, "where the piece's part of the value starts, a 0-based offset into the value (the row's "
                           "<field>, or an action's start as printed): the piece prints the value's characters "
                           "value_start to value_end, markup and the spaces of a wrapped line aside; a value printed "
                           "other than as it reads (a rewritten cell, markup cleaned out of a heading) is one piece "
                           "at the text it was read from"),
    ("value_end", COUNT, "where that part ends (excluded); a value printed whole in one piece ends at its length"),
]
PIECE_TABLES: dict[RowTable, list[Column]] = {
    "action_spans": [
        ("action_id", TEXT, "action whose value the piece prints part of"),
        ("field", TEXT, "the actions column the piece prints part of: the action's text, its opportunity, or a "
                        "value read from its row's cells as printed; start_raw is a start printed apart from the "
                        "timeline (a Start date column or label), which actions has no column for: the words the "
                        "start_date of the action_timelines row it starts was read from"),
        *PIECE_COLUMNS,
    ],
    "element_spans": [
        ("element_id", TEXT, "element whose value the piece prints part of"),
        ("field", TEXT, "the elements column the piece prints part of, a value as printed: the id as printed "
                        "(`Cl002` where element_id is its repair, `CI002`: id_method says so), the characteristic "
                        "(a status note printed inside it is status_note's pieces), the notes, a rating as printed"),
        *PIECE_COLUMNS,
    ],
}
