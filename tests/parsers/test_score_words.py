"""A score word the converter misread (`VELLOW`, `IELLOW`, `LIGUT`) still gives its score, and the ledger keeps the printed
text and says how it was read: the seed plan has all three."""

from __future__ import annotations


def test_misread_score_words_are_read_and_reported(plan):
    repaired = [i for i in plan.issues if i.code == "score_word_repaired"]
    scores = {e.element_id: e.score for e in plan.elements}
    found = sorted((scores[i.element_id], i.message.split(": ", 1)[1]) for i in repaired)
    assert found == [("light_green", "'LIGUT' as 'light'"), ("yellow", "'IELLOW' as 'yellow'"),
                     ("yellow", "'VELLOW' as 'yellow'")]
    for issue in repaired:  # the printed text is kept as printed
        assert issue.message.split("'")[1] in issue.raw_text
