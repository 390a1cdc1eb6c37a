"""`python -m council_actions`: the command, as the `council-actions` script runs it."""

from council_actions.start import console

console()
