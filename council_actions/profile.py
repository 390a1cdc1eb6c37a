"""The council profile: council-specific knowledge as data (TOML).

Code never names a council. Everything that differs between councils (theme
names and id prefixes, score colours, the owner glossary and the words of
posts and bodies, the financial year)
is read from a profile file, so that a second council needs a new file, not a
code change. Mistakes in the file are reported with the file and line
(council_actions/profile_fields.py).
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any, Literal, get_args

from council_actions.document_words import DOCUMENT_WORD_LISTS, DocumentWords
from council_actions.given_files import file_or_pipe, read_within
from council_actions.owner_words import OWNER_WORD_LISTS, OwnerWords
from council_actions.profile_fields import ProfileError, ProfileFields
from council_actions.role_rules import read_role_map
from council_actions.roles import RoleError, RoleMap

DEFAULT_PROFILE = "runnymede.toml"
GENERIC_PROFILE = "generic.toml"
MAX_PROFILE_BYTES = 1 << 20  # a profile is TOML text of a few dozen KB (generic.toml: 47 KB); past this it is none
QUARTER_READINGS = ("fiscal_year_starting", "calendar")


@dataclass(frozen=True)
class ThemeDef:
    """A theme of the council's guidance: its number, name and the id prefix its characteristics use, which
    the id repairs read OCR-damaged ids against."""

    no: int
    name: str
    prefix: str


@dataclass(frozen=True)
class ScoreDef:
    """A score of the council's scale: the key written to the tables, the word printed for it, and its colour, read
    where a PDF shades a cell instead of printing the word; None for a scale of words or numbers that no colour
    stands for (Pembrokeshire's `Excellent` ... `Poor`, parsers/scored_parts.py)."""

    key: str
    label: str
    colour: str | None


@dataclass(frozen=True)
class OwnerDef:
    """An owner in the council's glossary: the key written to the tables, the title it stands for (and whether
    the council confirmed it), whether one person or a group holds it (its kind, OWNER_KINDS), and the spellings
    plans print for it."""

    key: str
    title: str | None
    kind: OwnerKind
    confirmed: bool
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Profile:
    """Everything council-specific, read from one TOML file, so code never names a council: themes, scores,
    owners, the plan's columns and headings, and the financial year."""

    name: str
    source: str
    council: str | None  # None: the profile claims no council (the generic one); the document may print it
    fiscal_year_start_month: int
    single_year_quarter: str
    themes: tuple[ThemeDef, ...]
    scores: tuple[ScoreDef, ...]
    owners: tuple[OwnerDef, ...]
    columns: tuple[str, ...]
    boilerplate: tuple[re.Pattern[str], ...]
    heatmap_header: re.Pattern[str]
    key_heading: re.Pattern[str]
    roles: RoleMap  # heading, record-label and status rules: this profile's first, then the generic profile's
    owner_words: OwnerWords  # the words of posts and bodies: this profile's first, then the generic profile's
    document_words: DocumentWords  # the words of titles, front matter and furniture: as owner_words
    is_default: bool = False  # used because no profile was given: it claims its council only for its own layout
    row_marker: re.Pattern[str] | None = None  # a printed code opening a table row's characteristic cell (`CI001:`)
    digest: str = ""  # sha256 of the file's text, hex (documents.profile_sha256): which profile, whatever its name

    def __hash__(self) -> int:
        """The profile keys per-profile caches (`plan_columns`, `glossary_for`) that each element of a plan asks: the
        generated hash walked every rule, owner and pattern, a twentieth of a document's time. Equal profiles have
        equal names and sources, so hashing those two keeps the hash consistent with equality."""
        return hash((self.name, self.source))

    def theme(self, no: int) -> ThemeDef | None:
        """The theme the profile numbers `no`; None for a number it does not list, so a printed number is checked."""
        return next((t for t in self.themes if t.no == no), None)

    def score_rank(self, key: str | None) -> int | None:
        """1-based place of a score in the profile's order, best first, so "score dropped" is a comparison."""
        return next((i for i, s in enumerate(self.scores, 1) if s.key == key), None)


def load_profile(path: str | Path | None = None) -> Profile:
    """Read a profile file; None means the default profile shipped with the package, and a built-in
    name (`built_in_names`: "generic", "runnymede", ...) the profile of that name shipped with it."""
    if path is None or str(path) in built_in_names():
        name = DEFAULT_PROFILE if path is None else f"{path}.toml"
        return replace(_build(_built_in(name), name), is_default=path is None)
    path = Path(path)
    return _build(_profile_text(path), str(path))


def _profile_text(path: Path) -> str:
    """A profile file's text, read no further than a profile can go (council_actions.given_files): given
    `/dev/zero` the command filled memory until the system killed it (a profile named on the command line, or in a
    manifest's `profile` column)."""
    try:
        if not file_or_pipe(path):
            raise ProfileError(f"{path}: cannot read profile (a folder, socket or device, not a file)")
        data = read_within(path, MAX_PROFILE_BYTES)
        if data is None:
            raise ProfileError(f"{path}: cannot read profile (larger than {MAX_PROFILE_BYTES >> 20} MB: a profile "
                               "is a TOML file of a few dozen KB)")
        return data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: cannot read profile ({exc.__class__.__name__}: {exc})") from None


def built_in_names() -> tuple[str, ...]:
    """The profiles shipped in council_actions/profiles/, by name: each is usable as `--profile NAME` wherever the
    package is installed (its path is inside the installed package), and a council's profile added there needs
    no change to code."""
    return tuple(sorted(entry.name.removesuffix(".toml") for entry in resources.files("council_actions.profiles")
                        .iterdir() if entry.name.endswith(".toml")))


def _built_in(name: str) -> str:
    return resources.files("council_actions.profiles").joinpath(name).read_text("utf-8")


def _role_map(data: dict[str, object], generic: dict[str, object], source: str) -> RoleMap:
    """The profile's own rules in front of the generic profile's (the generic profile's own are all there already:
    it is extended by nothing, whether it was loaded by its name, its path or from a copy)."""
    try:
        own = read_role_map(data, source)
        return own.extended(read_role_map(generic, GENERIC_PROFILE)).with_answers_checked(source)
    except RoleError as exc:
        raise ProfileError(str(exc)) from None


def _owner_words(fields: ProfileFields, generic: ProfileFields, words: DocumentWords) -> OwnerWords:
    """The profile's `[owner_words]` in front of the generic profile's, each word once: a profile that lists none
    reads owner cells with the generic words, and one that lists some adds them (the generic profile's own, read
    again, change nothing); with what posts are of, its document words' `post_subjects`, one list for both."""
    return replace(OwnerWords(*_merged(fields, generic, "owner_words", OWNER_WORD_LISTS)), subjects=words.post_subjects)


def _merged(fields: ProfileFields, generic: ProfileFields, name: str, keys: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Each list of the table `name`, the profile's words in front of the generic profile's, each word once."""
    own, base = fields.word_lists(name, keys), generic.word_lists(name, keys)
    return [tuple(dict.fromkeys(own.get(key, ()) + base.get(key, ()))) for key in keys]


def _build(text: str, source: str) -> Profile:
    """The profile a TOML text describes, each field checked as it is read (ProfileFields names the file and the
    field at fault); the words and heading rules it leaves out are the generic profile's."""
    data = _with_defaults(_toml(text, source))
    fields = ProfileFields(data, text, source)
    fields.only(PROFILE_TABLES)
    generic = _generic_fields()
    themes, scores, owners = _themes(fields), _scores(fields), _owners(fields, data)
    document_words = DocumentWords(*_merged(fields, generic, "document_words", DOCUMENT_WORD_LISTS))
    start_month, quarter_reading = _fiscal_year(fields, source)
    plan: dict[str, Any] = fields.table("action_plan", ACTION_PLAN_FIELDS)  # values as tomllib gives them
    return Profile(
        name=Path(source).stem,
        source=source,
        council=fields.str_(fields.table("council", ("name",)), "name", "council", None) if "council" in data else None,
        fiscal_year_start_month=start_month,
        single_year_quarter=quarter_reading,
        themes=themes,
        scores=scores,
        owners=owners,
        columns=tuple(plan.get("columns", ())),
        boilerplate=tuple(fields.regex(p, "boilerplate") for p in plan.get("boilerplate", ())),
        heatmap_header=fields.regex(plan.get("heatmap_header", r"Theme\s+Element ID"), "heatmap_header"),
        key_heading=fields.regex(plan.get("key_heading", r"#*\s*Key\s*:"), "key_heading"),
        roles=_role_map(data, generic.data, source),
        owner_words=_owner_words(fields, generic, document_words),
        document_words=document_words,
        row_marker=fields.regex(plan["row_marker"], "row_marker") if "row_marker" in plan else None,
        digest=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def _toml(text: str, source: str) -> dict[str, Any]:
    """The profile's TOML read, or one line naming the file and what is wrong with it."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{source}: invalid TOML: {exc}") from None


def _generic_fields() -> ProfileFields:
    """The generic profile's fields: the words and rules every profile extends (the generic's own build too)."""
    text = _built_in(GENERIC_PROFILE)
    return ProfileFields(tomllib.loads(text), text, GENERIC_PROFILE)


# The tables a profile may hold (docs/profiles.md): one misspelt would be left out, its council's words or financial
# year read as the default's without a word
PROFILE_TABLES = ("council", "fiscal_year", "themes", "scores", "owners", "headings", "statuses", "owner_words",
                  "document_words", "action_plan")
FISCAL_YEAR_FIELDS = ("start_month", "single_year_quarter")
# [action_plan]'s fields: read here, and its word lists by the role rules (council_actions/role_rules.py)
ACTION_PLAN_FIELDS = ("columns", "boilerplate", "heatmap_header", "key_heading", "row_marker", "ditto", "percent",
                      "counted")
# The fields of an entry of each array of tables, as the records below take them.
THEME_FIELDS = ("no", "name", "prefix")
SCORE_FIELDS = ("key", "label", "colour")
OWNER_FIELDS = ("key", "title", "kind", "confirmed", "aliases")
# An owner's kind: one person (`CEX`, `HoPC`), or a group of several (`CLT`), which holds no post beside another
# (normalise/owner_holders.one_holder: `Corporate Leadership Team and Section 151 Officer` is two owners).
OwnerKind = Literal["person", "group"]
OWNER_KINDS: tuple[OwnerKind, ...] = get_args(OwnerKind)  # the first is the kind of an owner that names none
GROUP: OwnerKind = "group"


def _themes(fields: ProfileFields) -> tuple[ThemeDef, ...]:
    return tuple(ThemeDef(no=fields.int_(t, "no", "themes", i), name=fields.str_(t, "name", "themes", i),
                          prefix=fields.str_(t, "prefix", "themes", i))
                 for i, t in enumerate(fields.tables("themes", THEME_FIELDS)))


def _scores(fields: ProfileFields) -> tuple[ScoreDef, ...]:
    return tuple(ScoreDef(key=fields.str_(s, "key", "scores", i), label=fields.str_(s, "label", "scores", i),
                          colour=fields.str_or_none(s, "colour", "scores", i))
                 for i, s in enumerate(fields.tables("scores", SCORE_FIELDS)))


def _owners(fields: ProfileFields, data: dict[str, Any]) -> tuple[OwnerDef, ...]:
    """The owner glossary, which a profile may leave out (the generic one has none): an owner's kind (OWNER_KINDS)
    defaults to a person's post and its title to confirmed."""
    return tuple(OwnerDef(key=fields.str_(o, "key", "owners", i), title=fields.str_or_none(o, "title", "owners", i),
                          kind=fields.one_of(o, "kind", "owners", i, OWNER_KINDS),
                          confirmed=fields.bool_(o, "confirmed", "owners", i, default=True),
                          aliases=fields.strs(o, "aliases", "owners", i))
                 for i, o in enumerate(fields.tables("owners", OWNER_FIELDS) if data.get("owners") else []))


def _with_defaults(data: dict[str, Any]) -> dict[str, Any]:
    """What a profile may leave out, from the shipped default profile: a profile for plans without a Best Value
    heatmap (the generic one among them) gets the statutory themes and scores, never the default's council or
    glossary. Decided by what the file holds, not by its name, so generic.toml reads the same by its path."""
    if "themes" not in data or "scores" not in data:
        defaults = tomllib.loads(_built_in(DEFAULT_PROFILE))
        return {"themes": defaults["themes"], "scores": defaults["scores"], **data}
    return data


def _fiscal_year(fields: ProfileFields, source: str) -> tuple[int, str]:
    """The financial year's first month and how a quarter printed with one year is read, checked here: a wrong
    value would move every date the profile's plans are read with, so it stops the run with its line."""
    fiscal = fields.table("fiscal_year", FISCAL_YEAR_FIELDS)
    start_month = fiscal.get("start_month", 4)
    if not isinstance(start_month, int) or isinstance(start_month, bool) or not 1 <= start_month <= 12:
        raise ProfileError(f"{source}:{fields.line_of('start_month')}: fiscal_year.start_month must be 1-12")
    quarter_reading = fiscal.get("single_year_quarter", "fiscal_year_starting")
    if quarter_reading not in QUARTER_READINGS:
        raise ProfileError(f"{source}:{fields.line_of('single_year_quarter')}: "
                           f"fiscal_year.single_year_quarter must be one of {', '.join(QUARTER_READINGS)}")
    return start_month, quarter_reading
