"""Five patterns that last session's sweep found tried from every place of a long run of letters, spaces or marks,
each try reading the rest of the run (the run's square), now read each run once: a 100k-character run in a cell or
a line is read in milliseconds.

The CPU time each took before, at 20k characters (the square: 100k costs 25 times as much): a cell's last letters
(row_debris.WORD_TAIL, 20k letters and a full stop) 3.9 s; two statuses joined by `or` (list_items.TWO_STATUSES,
20k spaces) 1.5 s; a spaced slash (slash_rows.SEPARATOR, 20k spaces) 0.4 s; the word before a lead-in's period
(lead_ins.WORD_BEFORE, 20k letters and a full stop) 2.8 s, and `1a` 20k times 6.8 s; a score's label
(scored_parts.SCORED, 20k spaces inside it) 0.4 s, and 20k dashes 3.2 s. Each check is CPU time under a limit some
hundred times what it takes now; each also asserts what the pattern reads on a real line, unchanged.
"""

from __future__ import annotations

import time
from itertools import pairwise

from council_actions.ingest.lead_ins import WORD_BEFORE
from council_actions.ingest.list_items import TWO_STATUSES
from council_actions.ingest.slash_rows import ROW, SEPARATOR
from council_actions.parsers.row_debris import WORD_TAIL
from council_actions.parsers.scored_parts import SCORED

RUN = 100_000
# Stratford's housing strategy plan (tests/fixtures/owner_key/), line 18: a numbered row cut at spaced slashes.
STRATFORD_ROW = ("1. / Monitor the success and impact of the Housing Strategy. / SDC, District Housing Forum, Housing "
                 "Partnership Meeting. /")
# Pembrokeshire's self-assessment SA4 (samples/other_councils/), line 24: a part's score under its key's scale.
PEMBROKESHIRE_SCORE = "  • Improvement phase: 2"


def _cells(line: str) -> list[str]:
    """The cells slash_rows._rows cuts a numbered line into, after the number's: between each two separators."""
    ends = list(SEPARATOR.finditer(line, ROW.match(line).end("ref")))
    return [line[a.end():b.start()] for a, b in pairwise(ends)]


def test_a_cells_last_letters_after_a_long_run_of_letters_are_found_in_milliseconds():
    started = time.process_time()
    assert WORD_TAIL.search("a" * RUN + ".") is None
    assert WORD_TAIL.search("x" * RUN)[1] == "x" * RUN
    assert time.process_time() - started < 1, "quadratic again?"
    assert WORD_TAIL.search("processes s")[1] == "s"  # row_debris' own example, `processes s` | `hould be`
    assert WORD_TAIL.search("2nd")[1] == "nd"


def test_two_statuses_around_a_long_run_of_spaces_are_parted_in_milliseconds():
    started = time.process_time()
    assert TWO_STATUSES.split("Achieved" + " " * RUN + "On track") == ["Achieved" + " " * RUN + "On track"]
    assert TWO_STATUSES.split("Achieved" + " " * RUN + "or On track") == ["Achieved", "On track"]
    assert time.process_time() - started < 1, "quadratic again?"
    assert TWO_STATUSES.split("Completed OR  ongoing") == ["Completed", "ongoing"]


def test_a_row_with_a_long_run_of_spaces_in_a_cell_is_cut_at_its_slashes_in_milliseconds():
    assert _cells(STRATFORD_ROW) == ["Monitor the success and impact of the Housing Strategy.",
                                     "SDC, District Housing Forum, Housing Partnership Meeting."]
    long = STRATFORD_ROW.replace("Monitor the", "Monitor" + " " * RUN + "the")
    started = time.process_time()
    cells = _cells(long)
    assert SEPARATOR.split("Action" + " " * RUN + "Resources") == ["Action" + " " * RUN + "Resources"]
    assert time.process_time() - started < 1, "quadratic again?"
    assert cells == ["Monitor" + " " * RUN + "the success and impact of the Housing Strategy.",
                     "SDC, District Housing Forum, Housing Partnership Meeting."]


def test_the_word_before_a_period_after_a_long_run_of_letters_is_found_in_milliseconds():
    started = time.process_time()
    assert WORD_BEFORE.search("a" * RUN + ".") is None
    assert WORD_BEFORE.search("1a" * (RUN // 2) + ".") is None
    assert WORD_BEFORE.search("A" * RUN + " for ")["word"] == "A" * RUN
    assert time.process_time() - started < 1, "quadratic again?"
    # Maidstone's AGS 2013-14 caption, up to its period (tests/ingest/test_lead_ins.py): the word before `for`
    assert WORD_BEFORE.search("Actions for ")["word"] == "Actions"
    assert WORD_BEFORE.search("in the 2nd ")["word"] == "nd"  # from the word's first letter, as before


def test_a_score_line_with_a_long_run_of_spaces_or_dashes_is_read_in_milliseconds():
    started = time.process_time()
    assert SCORED.match("Improvement" + " " * RUN + "phase") is None
    assert SCORED.match("-" * RUN) is None
    long = SCORED.match(PEMBROKESHIRE_SCORE.replace("Improvement ", "Improvement" + " " * RUN))
    assert time.process_time() - started < 1, "quadratic again?"
    assert (long["label"], long["number"]) == ("Improvement" + " " * RUN + "phase", "2")
    score = SCORED.match(PEMBROKESHIRE_SCORE)
    assert (score["label"], score["number"]) == ("Improvement phase", "2")
    assert SCORED.match("**: 3")["label"] == "*"  # no word character: the one mark before the colon, as before
