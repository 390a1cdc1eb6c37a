"""`council-actions timelines` with no phrase, at a terminal with nothing piped in, is wrong usage (exit 2) in one
line naming the command by its own name, as `ingest: no paths on stdin` does: `timeline` is only its alias."""

import io
import sys

from council_actions.cli import main


class Terminal(io.StringIO):
    """Standard input as a terminal gives it: nothing piped in."""

    def isatty(self) -> bool:
        return True


def test_no_phrase_at_a_terminal_is_usage_naming_the_timelines_command(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", Terminal())
    assert main(["timelines"]) == 2
    assert capsys.readouterr().err == ("council-actions: error: timelines: give a phrase, or pipe phrases in (one a "
                                       "line)\n")
