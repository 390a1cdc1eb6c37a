"""The codes the ingest stage emits: what a reader repaired, lost or doubted in the text as it read it."""

from __future__ import annotations

from council_actions.issue_codes.kinds import IssueCode

INGEST_CODES: dict[str, IssueCode] = {
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
}
