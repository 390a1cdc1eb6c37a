"""An action lettered on from the one above answers the recommendation printed once over both.

Copeland's Strategic Housing Improvement Plan (docstoc) prints an Audit Commission recommendation (`1) Develop
CBC-specific policies & plans ...`) once, on the row of the first action answering it (`a) Carry out Homelessness
Review & Strategy`); the next row's recommendation cell is empty and its action goes on from the letter above (`b)
Review allocations scheme & housing register`): one cell spanning both rows, as a merged cell prints. An action whose
opportunity cell is empty and whose letter is the next after the letter of the action above (`b)` after `a)`, `c)`
after `b)`) answers the opportunity that action answered. The value is shared, not the lines: its span stays its own
row's, as actions share a finding above them (parsers/findings.py). An action with no letter, one opening a lettering
of its own (`a)` again), or one under an action that answered none, answers none: an empty cell alone is not taken to
mean the one above.
"""

from __future__ import annotations

import re

from council_actions.parsers.table_action import TableReading
from council_actions.parsers.table_rows import Values

LETTER = re.compile(r"^\(?(?P<letter>[a-z])\)\s")  # `a) Carry out ...`, `(b) Review ...`


def lettered_on(values: Values, reading: TableReading) -> Values:
    """The action's values, its opportunity the one the action above answered where its letter goes on from that
    action's and its own cell is empty (module docstring); what the next action asks is kept on the reading."""
    found = LETTER.match(values["action"][0]) if values.get("action") else None
    above, reading.lettered = reading.lettered, None
    if found is None:
        return values
    if not values.get("opportunity") and above is not None and ord(found["letter"]) == ord(above[0]) + 1:
        values = {**values, "opportunity": above[1]}
    if values.get("opportunity"):
        reading.lettered = (found["letter"], values["opportunity"])
    return values
