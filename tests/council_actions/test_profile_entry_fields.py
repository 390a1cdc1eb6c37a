"""A field of a profile's `[[owners]]`, `[[themes]]` or `[[scores]]` entry that the profile does not know is refused at
its entry, never left out without a word; so is a table, or a field of `[fiscal_year]` or `[council]` (MISSPELT).

Runnymede's glossary gives `CHoHROD` its title, which every action it owns carries into action_owners. Misspelt
(`titel = ...`), the title was read as left out: the owner keyed, its title null, nothing said. The word lists
(`[owner_words]`, `[document_words]`) already refuse a list they do not know; the entries now refuse a field so.
"""

from __future__ import annotations

import pytest

from council_actions.profile import built_in_names, load_profile
from council_actions.profile_fields import ProfileError
from tests.conftest import ROOT

RUNNYMEDE = ROOT / "council_actions" / "profiles" / "runnymede.toml"
TITLED = 'key = "CHoHROD"\ntitle = "Corporate Head of Human Resources and Organisational Development"\n'


def test_the_shipped_title_is_read():
    owners = {owner.key: owner for owner in load_profile("runnymede").owners}
    assert owners["CHoHROD"].title == "Corporate Head of Human Resources and Organisational Development"


@pytest.mark.parametrize("name", built_in_names())
def test_the_shipped_profiles_use_known_fields_only(name):
    assert load_profile(name).source == f"{name}.toml"


def test_a_misspelt_owner_field_is_refused_at_its_entry(tmp_path):
    text = RUNNYMEDE.read_text(encoding="utf-8")
    assert TITLED in text
    before = text[:text.index(TITLED)]
    path = tmp_path / "our_council.toml"
    path.write_text(text.replace(TITLED, TITLED.replace("title =", "titel =")), encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value) == (f"{path}:{before.count(chr(10))}: owners[{before.count('[[owners]]')}].titel is not a "
                                 "field of [[owners]] (key, title, kind, confirmed, aliases)")


def test_a_misspelt_score_field_is_refused(tmp_path):
    path = tmp_path / "our_council.toml"
    path.write_text('[council]\nname = "Example Council"\n\n[[scores]]\nkey = "green"\nlabel = "Green"\n'
                    'color = "#00ff00"\n', encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value) == f"{path}:4: scores[1].color is not a field of [[scores]] (key, label, colour)"


# Runnymede's profile with one line changed, the line its error names (a field's table's heading, as for an entry's)
# and the error (was: each loaded, the table or field left out without a word, the financial year read from April;
# `start_month = true` as January, `no = true` as theme 1)
MISSPELT = [
    ("[fiscal_year]\n", "[fiscal_yaer]\n", "[fiscal_yaer]", "fiscal_yaer is not a table of a profile (council, "
     "fiscal_year, themes, scores, owners, headings, statuses, owner_words, document_words, action_plan)"),
    ("start_month = 4\n", "start_mont = 4\n", "[fiscal_year]",
     "fiscal_year.start_mont is not a field of [fiscal_year] (start_month, single_year_quarter)"),
    ("start_month = 4\n", "start_month = true\n", "start_month = true", "fiscal_year.start_month must be 1-12"),
    ('name = "Runnymede Borough Council"\n', 'nmae = "Runnymede Borough Council"\n', "[council]",
     "council.nmae is not a field of [council] (name)"),
    ("no = 1\n", "no = true\n", "[[themes]]", "themes[1].no must be a whole number"),
    ("columns = [\n", "colums = [\n", "[action_plan]",
     "action_plan.colums is not a field of [action_plan] (columns, boilerplate, heatmap_header, key_heading, "
     "row_marker, ditto, percent, counted)"),
]


@pytest.mark.parametrize("line, misspelt, where, problem", MISSPELT, ids=[row[1].strip() for row in MISSPELT])
def test_a_misspelt_table_or_field_is_refused_at_its_line(tmp_path, line, misspelt, where, problem):
    text = RUNNYMEDE.read_text(encoding="utf-8")
    assert line in text
    changed = text.replace(line, misspelt, 1)
    path = tmp_path / "our_council.toml"
    path.write_text(changed, encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value).split(": ", 1) == [f"{path}:{changed[:changed.index(where)].count(chr(10)) + 1}", problem]
