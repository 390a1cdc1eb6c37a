"""The `unplaced_text` issue, worded once for each situation in which a reader leaves a line in no row.

Five readers meet text no row holds and keep it as this one issue, with its location. Each used to word it its
own way, some with the place first and some with it last ("... : text outside the plan table", "text above ...:
outside the plan table"), so an auditor reading the issues table met one code in as many shapes as there were
readers. Here each situation is a row of SITUATIONS: when it happens, and the message, which always says where the
text stood first ("text outside <place>") and then, where the reader knows more, why no row took it. The catalogue
(council_actions/issues.py) describes the code as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from council_actions.ingest.model import Span

from council_actions.issues import Issue, warning

Situation = Literal["theme_page", "plan_page", "beside_table", "run_across", "above_first_code"]


@dataclass(frozen=True)
class Unplaced:
    """One situation: its key (what a reader names), when it happens (`description`), the place the text stood
    outside and why no row took it (empty where the place says all; `{cut}` where the reader names the word cut)."""

    situation: Situation
    description: str
    outside: str
    why: str = ""

    def message(self, cut: str | None = None) -> str:
        """The issue's message: the place, then the reason, with the cut word where the reason names one."""
        why = self.why.format(cut=cut) if cut is not None else self.why
        return f"text outside {self.outside}" + (f": {why}" if why else "")


SITUATIONS = (
    Unplaced("theme_page", "a self-assessment's line no other line rule places (parsers/self_assessment.py): the "
             "results' summary before the first theme, a web page's footer after its Next Steps", "any theme section"),
    Unplaced("plan_page", "a line of a template plan outside its themes, tables and headings: the segmenter's "
             "stray block (parsers/action_plan.py)", "any theme, table or heading"),
    Unplaced("beside_table", "a line of a plan that is neither a heading, a rule nor a row of its table, as the "
             "converter laid it out (parsers/table_rows.py)", "the plan table"),
    Unplaced("run_across", "a line inside a row that is a paragraph cut at the column edges, a word split across "
             "two cells (parsers/row_debris.py)", "the plan table",
             "a paragraph run across the columns, a word cut at a cell's edge ('{cut}')"),
    Unplaced("above_first_code", "a row above a keyed table's first code printing no action: the introduction's "
             "last line or a theme's heading set in the table's columns (parsers/marked_rows.py)", "the plan table",
             "above the first code of a table keyed by codes, with no action beside it"),
)
BY_SITUATION = {rule.situation: rule for rule in SITUATIONS}


def unplaced_text(situation: Situation, text: str, span: Span, cut: str | None = None) -> Issue:
    """The warning for a line no row holds, kept with its location and worded as its situation's row says."""
    return warning("unplaced_text", "parse", BY_SITUATION[situation].message(cut), text, span)
