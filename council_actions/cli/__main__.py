"""`python -m council_actions.cli`: the command, as the `council-actions` script runs it (once this package's
imports are done; `python -m council_actions` is held from its first line)."""

from council_actions.start import console

console()
