"""`council-actions completion bash|zsh`: a shell completion script, generated from the parser by shtab.

    council-actions completion bash > ~/.local/share/bash-completion/completions/council-actions
    council-actions completion zsh > "${fpath[1]}/_council-actions"

The script is static: completing costs the shell nothing and starting the command nothing.
"""

from __future__ import annotations

import argparse

from council_actions.cli.common import OK


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("completion", help="print a bash or zsh completion script")
    parser.add_argument("shell", choices=("bash", "zsh"), help="the shell the script is for")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import shtab

    from council_actions.cli import parser

    print(shtab.complete(parser(), shell=args.shell))
    return OK
