"""A field of a profile's `[[owners]]`, `[[themes]]` or `[[scores]]` entry that the profile does not know is refused at
its entry, never left out without a word.

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
