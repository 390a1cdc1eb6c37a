"""`python -m council_actions.cli`."""

from council_actions.cli import console

console()
