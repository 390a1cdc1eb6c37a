"""Every extraction-issue code the product can emit is in the catalogue (council_actions/issue_codes/) with
its kind and a description, and the catalogue lists nothing that is emitted nowhere.

The codes are collected from the source, not from a run: each call of the ledger's `warning`/`error` (or of
`Issue` itself) outside issues.py must name its code as a literal, or as `f"noise_{...}"` for the noise rules,
whose codes come from parsers/quality.py's NOISE_RULES, or as `check.code` in a module whose rule table's rows
carry their codes (TABLE_CODES: parsers/elements.py's SCORE_CHECKS). A code built any other way fails here, naming
the call.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path
from typing import get_args

import pytest
from council_actions.output.contract import VALUE_DESCRIPTIONS, VOCABULARIES
from council_actions.parsers.elements import SCORE_CHECKS
from council_actions.parsers.quality import NOISE_RULES

from council_actions.issue_codes import ISSUE_CODES, ISSUE_KINDS, IssueKind, described

ROOT = Path(__file__).resolve().parents[2]
LEDGER = ROOT / "council_actions" / "issues.py"  # defines `warning` and `error`: no call of them to collect
NOISE_PREFIX = "noise_"
TABLE_CODES = {"parsers/elements.py": {check.code for check in SCORE_CHECKS}}  # module: its table's codes


def product_files() -> list[Path]:
    folders = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-dir"].values()
    return sorted(path for folder in folders for path in (ROOT / folder).rglob("*.py") if path != LEDGER)


def emitted_codes(path: Path) -> tuple[set[str], list[str]]:
    """(literal codes, sites whose code is not a literal or a noise f-string) of one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    makers = {alias.asname or alias.name: alias.name for node in ast.walk(tree)
              if isinstance(node, ast.ImportFrom) and node.module == "council_actions.issues"
              for alias in node.names if alias.name in ("warning", "error", "Issue")}
    codes: set[str] = set()
    unreadable: list[str] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in makers):
            continue
        position = 1 if makers[node.func.id] == "Issue" else 0
        keyword = next((k.value for k in node.keywords if k.arg == "code"), None)
        argument = node.args[position] if len(node.args) > position else keyword
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            codes.add(argument.value)
        elif isinstance(argument, ast.Attribute) and argument.attr == "code" \
                and path.relative_to(ROOT).as_posix() in TABLE_CODES:
            codes |= TABLE_CODES[path.relative_to(ROOT).as_posix()]
        elif not (isinstance(argument, ast.JoinedStr) and isinstance(argument.values[0], ast.Constant)
                  and argument.values[0].value == NOISE_PREFIX and len(argument.values) == 2):
            unreadable.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return codes, unreadable


@pytest.fixture(scope="module")
def emitted() -> set[str]:
    codes: set[str] = set()
    unreadable: list[str] = []
    for path in product_files():
        found, sites = emitted_codes(path)
        codes |= found
        unreadable += sites
    assert not unreadable, f"issue codes that are not literals (write the code out): {unreadable}"
    return codes | {NOISE_PREFIX + rule.code for rule in NOISE_RULES}


def test_the_scan_sees_the_ledger_calls(emitted):
    assert {"garbled_duplicate", "unknown_owner", "control_characters", "noise_no_words"} <= emitted


def test_every_emitted_code_is_in_the_catalogue(emitted):
    assert sorted(emitted - set(ISSUE_CODES)) == []


def test_the_catalogue_lists_only_codes_that_are_emitted(emitted):
    assert sorted(set(ISSUE_CODES) - emitted) == []


@pytest.mark.parametrize("code", sorted(ISSUE_CODES))
def test_each_code_is_described_with_its_kind(code):
    entry = ISSUE_CODES[code]
    assert code == code.lower() and code.replace("_", "").isalpha()
    assert len(entry.description) > 30 and entry.description.endswith(".")
    assert entry.kind in get_args(IssueKind)


def test_every_kind_is_explained_and_used():
    assert list(ISSUE_KINDS) == list(get_args(IssueKind))
    assert {entry.kind for entry in ISSUE_CODES.values()} == set(ISSUE_KINDS)


def test_the_contract_declares_the_codes_their_kinds_and_meanings():
    assert VOCABULARIES[("extraction_issues", "code")] == tuple(ISSUE_CODES)
    descriptions = VALUE_DESCRIPTIONS[("extraction_issues", "code")]
    assert list(descriptions) == list(ISSUE_CODES)
    assert descriptions["list_heading_lost"] == described("list_heading_lost")
    assert described("list_heading_lost").startswith("lost: A list under headings where an item follows")


@pytest.mark.parametrize("rule", NOISE_RULES, ids=lambda rule: rule.code)
def test_a_noise_code_says_what_its_rule_tests(rule):
    assert rule.description in ISSUE_CODES[NOISE_PREFIX + rule.code].description
