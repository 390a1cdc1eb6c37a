"""A status word and its count printed label first as one item or cell (`Achieved:   28 (56%)`, `Green 7`,
`Complete = 12`, `Achieved or On-Target: 26 (53%)`): how a plan, or minutes about it, print totals of its actions'
statuses.

Two stages ask the shape and must agree on it: the headed-list reader (ingest/headed_list.py), to which an item of
this shape is a count of the plan's actions and no action, and the totals reader (parsers/status_totals.py), which
reads the lines no row holds as the plan's totals and checks them against its rows. One shape, here in the earlier
stage, so a line the list reader leaves as a count is one the totals reader can read. Which words are statuses is
the profile's (its status rules), asked by each reader; the shape holds no council's words.
"""

from __future__ import annotations

import re

PERCENT = r"\d{1,3}(?:\.\d+)?%"  # a share printed beside a count
COUNT = re.compile(rf"(?P<count>\d{{1,4}})(?:\s*\({PERCENT}\)|\s+{PERCENT})?")  # a count, its share beside it or not
# A status word and its count, a colon, an equals sign or a dash between them or nothing. The word ends on a mark
# that is no space (the shortest word that fits never ends on one) and each run of spaces is read once, whole: three
# patterns that could each take the same spaces (the word, the spaces before and after the mark) cost a line the cube
# of its longest run, 2.8 s for 1,000 tabs, hours for a fuzzed item's 100,000 (benchmarks/fuzz.py case 1-1636).
STATUS_COUNT = re.compile(rf"(?P<word>[^\W\d](?>\s*+[^\d:=\s])*?)\s*+(?:[:=]\s*+|(?<=\s)[-–]\s*+)?{COUNT.pattern}")
# An item's own status before a dash: a short phrase (`Achieved`, `Partially achieved`), the shape a status-led list
# item opens with (ingest/headed_list.py: kept only where the profile's status rules read it and it reads as no time,
# `Ongoing - ...` being a timeline first) and a part's own rating under its label (parsers/part_ratings.py: `Achieved
# – we helped tackle ...`). Here, with the other status shapes two stages share, so that reading a rating does not
# import the list reader.
LEADING_STATUS = re.compile(r"(?P<status>[A-Za-z][^–\-:]{0,39}?)\s+[-–]\s+(?=\S)")
