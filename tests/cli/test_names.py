"""Each command is named after the API function it calls (as sqlite-utils pairs its CLI and library), and the
package exports every one of those functions."""

import argparse
import inspect

import pytest

import council_actions
from council_actions import api
from council_actions.cli import main, parser

CLI_ONLY = {"completion"}  # a shell's completion script: nothing for a script or a notebook to call
NOT_COMMANDS = {  # public functions of the API that are no command of their own, and why
    "latest_revision": "how every reading command resolves --revision; `revisions` lists them, the last the latest",
    "revision_dates": "the revisions with the dates they are ordered by: what `revisions` prints beside each label",
    "schema_page": "the contract as a Markdown page: what `schema --markdown` prints",
}


def command_names() -> set[str]:
    """Each command as the function it calls is named: `read-table` is `read_table` (aliases left out)."""
    commands = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    return {name.replace("-", "_") for name, sub in commands.choices.items() if sub.prog.endswith(f" {name}")}


def test_every_command_is_an_api_function():
    names = command_names() - CLI_ONLY
    assert names == {"ingest", "timelines", "owners", "issues", "revisions", "read_table", "diff", "review",
                     "schema", "upgrade"}
    assert all(callable(getattr(api, name, None)) for name in names)


def test_the_package_exports_the_api_functions():
    assert command_names() - CLI_ONLY == set(council_actions.API)
    assert all(getattr(council_actions, name) is getattr(api, name) for name in council_actions.API)


def test_an_issue_code_not_in_the_catalogue_is_wrong_usage(tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["issues", str(tmp_path), "--code", "garbled_dupe"])
    assert stopped.value.code == 2
    assert "'garbled_dupe' is not an issue code (did you mean garbled_duplicate?)" in capsys.readouterr().err


def test_every_public_api_function_is_a_command_or_says_why_not():
    public = {name for name, value in vars(api).items()
              if inspect.isfunction(value) and value.__module__ == api.__name__ and not name.startswith("_")}
    assert public == set(council_actions.API) | set(NOT_COMMANDS)
