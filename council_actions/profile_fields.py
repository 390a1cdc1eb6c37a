"""Read a profile's parsed TOML field by field, each checked for its type, naming the file and line of a wrong one.

tomllib gives a file's values without their places, but whoever wrote a council's profile has to be told which
line to fix: every field the profile reader (council_actions/profile.py) takes goes through ProfileFields, and a
missing or mistyped one raises ProfileError with the line found by searching the file's text (comments left out)
for the field's key or its table's header. Kept apart from the profile's dataclasses and the reading of each
section, which say what a profile holds; this says how a wrong value is reported.
"""

from __future__ import annotations

import re
from typing import TypeVar

W = TypeVar("W", bound=str)  # the words a field may be one of: a Literal's (profile.OWNER_KINDS), kept as typed


class ProfileError(ValueError):
    """A profile file that cannot be used; the message names file and line."""


class ProfileFields:
    """Typed access to one profile's parsed TOML (`data`) that reports the offending line of its `text`."""

    def __init__(self, data: dict[str, object], text: str, source: str) -> None:
        self.data, self.lines, self.source = data, text.splitlines(), source

    def line_of(self, needle: str, occurrence: int = 0) -> int:
        """The 1-based line of the `occurrence`th mention of `needle` outside a comment; the first line if there is
        none, so a message always names a line."""
        hits = [n for n, line in enumerate(self.lines, 1) if needle in line.split("#", 1)[0]]
        return hits[occurrence] if occurrence < len(hits) else 1

    def tables(self, name: str, keys: tuple[str, ...]) -> list[dict[str, object]]:
        """The entries of the array of tables `[[name]]`, which must hold at least one, each of the fields `keys`
        only: a misspelt field (`titel`) is refused at its entry, never left out without a word (no title)."""
        value = self.data.get(name)
        if not isinstance(value, list) or not value:
            raise ProfileError(f"{self.source}:{self.line_of(name)}: needs at least one [[{name}]] entry")
        for index, entry in enumerate(value):
            unknown = sorted(set(entry) - set(keys)) if isinstance(entry, dict) else []
            if unknown:
                raise self._fail(name, index, unknown[0], f"is not a field of [[{name}]] ({', '.join(keys)})")
        return value

    def _fail(self, table: str, index: int | None, key: str, problem: str) -> ProfileError:
        header = f"[[{table}]]" if index is not None else f"[{table}]"
        line = self.line_of(header, index or 0)
        where = f"{table}[{index + 1}]" if index is not None else table
        return ProfileError(f"{self.source}:{line}: {where}.{key} {problem}")

    def str_(self, table: dict[str, object], key: str, name: str, index: int | None) -> str:
        """`table[key]` as non-empty text; `name` and `index` (the entry of `[[name]]`, None for `[name]`) place
        the error."""
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self._fail(name, index, key, "must be a non-empty string")
        return value

    def one_of(self, table: dict[str, object], key: str, name: str, index: int | None, allowed: tuple[W, ...]) -> W:
        """`table[key]` as one of the `allowed` words (typed as they are: a Literal's), the first where the key is
        left out (an owner's kind)."""
        value = table.get(key, allowed[0])
        if value not in allowed:
            raise self._fail(name, index, key, f"must be one of {', '.join(allowed)}")
        return allowed[allowed.index(value)]

    def str_or_none(self, table: dict[str, object], key: str, name: str, index: int | None) -> str | None:
        """`table[key]` as text, or None where the key is left out (an owner with no title)."""
        value = table.get(key)
        if value is not None and not isinstance(value, str):
            raise self._fail(name, index, key, "must be a string")
        return value

    def strs(self, table: dict[str, object], key: str, name: str, index: int | None) -> tuple[str, ...]:
        """`table[key]` as a list of text (an owner's aliases); left out, none."""
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._fail(name, index, key, "must be a list of strings")
        return tuple(value)

    def only(self, names: tuple[str, ...]) -> None:
        """Refuse a table the profile reader does not take (`[fiscal_yaer]`): left out without a word, what it meant
        to set would be the default's (the financial year from April)."""
        unknown = sorted(set(self.data) - set(names))
        if unknown:
            raise ProfileError(f"{self.source}:{self.line_of(unknown[0])}: {unknown[0]} is not a table of a profile "
                               f"({', '.join(names)})")

    def table(self, name: str, keys: tuple[str, ...], what: str | None = None) -> dict[str, object]:
        """The table `[name]`, of the fields `keys` only: a misspelt one (`start_mont`) is refused, never left out
        without a word (the default read instead); absent, an empty table. `what` the keys are, as the error says
        (`a list of owner words`; a field of the table unless given)."""
        table = self.data.get(name, {})
        if not isinstance(table, dict):
            raise ProfileError(f"{self.source}:{self.line_of(name)}: {name} must be a table ([{name}])")
        unknown = sorted(set(table) - set(keys))
        if unknown:
            raise self._fail(name, None, unknown[0], f"is not {what or f'a field of [{name}]'} ({', '.join(keys)})")
        return table

    def word_lists(self, name: str, keys: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
        """A table of word lists (`[owner_words]`), each word lower-cased and spaced once; absent, no lists."""
        table = self.table(name, keys, f"a list of {name.replace('_', ' ').removesuffix('s')}s")
        lists = {key: self.strs(table, key, name, None) for key in table}
        if any(not word.strip() for words in lists.values() for word in words):
            raise ProfileError(f"{self.source}:{self.line_of(f'[{name}]')}: [{name}] holds an empty word")
        return {key: tuple(" ".join(word.lower().split()) for word in words) for key, words in lists.items()}

    def bool_(self, table: dict[str, object], key: str, name: str, index: int | None, default: bool) -> bool:
        """`table[key]` as true or false (an owner's `confirmed`); left out, `default`. Text is refused, never read by
        Python's truth (`confirmed = "false"` would be true)."""
        value = table.get(key, default)
        if not isinstance(value, bool):
            raise self._fail(name, index, key, "must be true or false (no quotes)")
        return value

    def int_(self, table: dict[str, object], key: str, name: str, index: int | None) -> int:
        """`table[key]` as a whole number (a theme's number)."""
        value = table.get(key)
        if not isinstance(value, int) or isinstance(value, bool):  # TOML's true is Python's 1, and no number
            raise self._fail(name, index, key, "must be a whole number")
        return value

    def regex(self, pattern: str, key: str) -> re.Pattern[str]:
        """The profile's `pattern` given for `key`, compiled case-blind; a bad one names the key's line."""
        try:
            return re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise ProfileError(f"{self.source}:{self.line_of(key)}: {key}: bad pattern {pattern!r}: {exc}") from None
