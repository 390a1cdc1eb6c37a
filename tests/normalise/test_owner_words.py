"""The words that make an owner cell's piece a post or a body are profile data (`[owner_words]`, owner_words.OwnerWords),
read by the shapes of normalise/owner_split.py: the generic profile's for every profile, a council's own added.

Each test reads a real cell: `Learning and Development Manager` (Maidstone's AGS 2015-16 By Whom cell), `Training and
Development Manager` (the Isle of Wight's select committee process action plan, Responsibility), `Transport
and Development Team and Strategic Planning.` (Maidstone's BCCAP `Cost and Whom`), `Head of Finance and Head of
Legal` (owner_shapes.OWNER_SHAPES' example of two posts)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from council_actions.normalise.owner_split import owner_pieces

from council_actions import profile as profile_module
from council_actions.owner_rules import generic_words
from council_actions.owner_words import OWNER_WORD_LISTS
from council_actions.profile import built_in_names, load_profile
from council_actions.profile_fields import ProfileError
from tests.conftest import ROOT

PROFILES = ROOT / "council_actions" / "profiles"
GENERIC = (PROFILES / "generic.toml").read_text(encoding="utf-8")
MAIDSTONE_BCCAP = ROOT / "samples" / "other_councils" / "maidstone_bccap_2020_transport_records.txt"


def _split(cell: str, profile) -> list[str]:
    return [piece.text for piece in owner_pieces(cell, words=profile.owner_words)]


def _profile(tmp_path, text: str):
    path = tmp_path / "council.toml"
    path.write_text(text + '[council]\nname = "Test Borough Council"\n', encoding="utf-8")
    return load_profile(path)


def test_the_generic_profile_holds_the_words_the_shapes_were_written_with():
    words = load_profile("generic").owner_words
    assert {"head", "director", "manager", "officer", "leader", "lead"} <= set(words.posts)
    assert words.posts_of == ("head", "director", "manager", "officer", "lead", "chair")
    assert words.bodies == ("team", "unit", "board", "group", "panel", "committee", "committees", "partnership",
                            "management", "governance", "services", "office", "directorate", "control")
    assert generic_words() == words  # what owner_pieces reads given no words


@pytest.mark.parametrize("name", built_in_names())
def test_no_shipped_profile_loses_the_generic_words(name):
    words, generic = load_profile(name).owner_words, load_profile("generic").owner_words
    for key in OWNER_WORD_LISTS:
        assert set(getattr(generic, key)) <= set(getattr(words, key)), key


def test_a_profile_listing_no_owner_words_reads_owner_cells_with_the_generic_ones(tmp_path):
    """As documented (docs/profiles.md): a profile without [owner_words] (the default, Runnymede's, and
    every council profile shipped) splits a cell as the generic profile does."""
    bare = _profile(tmp_path, "")
    assert bare.owner_words == load_profile("generic").owner_words == load_profile().owner_words
    assert _split("Learning and Development Manager", bare) == ["Learning and Development Manager"]
    assert _split("Head of Finance and Head of Legal", bare) == ["Head of Finance", "Head of Legal"]


def test_a_word_added_in_a_council_profile_changes_a_split(tmp_path):
    cell = "Training and Development Steward"
    assert _split(cell, load_profile("generic")) == ["Training", "Development Steward"]
    council = _profile(tmp_path, "[owner_words]\nposts = ['Steward']\n")
    assert council.owner_words.posts[0] == "steward" and "manager" in council.owner_words.posts
    assert _split(cell, council) == [cell]
    assert [p.shape for p in owner_pieces(cell, words=council.owner_words)] == ["and_joined"]


def test_a_word_taken_out_of_the_generic_file_changes_a_split(monkeypatch):
    """The shipped generic.toml is what is read: without `manager` in its posts, `Training and Development Manager`
    (samples/other_councils/iow_select_committee_process_action_plan_2002.txt, line 35) is two owners, though
    `Learning and Development Manager` stays one, a body's name (`body_names`) before the post; without `team` in its
    bodies, Maidstone's Cost and Whom cell is three."""
    edited = GENERIC.replace("'manager', ", "", 1).replace("bodies = ['team', ", "bodies = [", 1)
    assert edited.count("'manager'") == GENERIC.count("'manager'") - 1 and edited != GENERIC
    before, shipped = load_profile("generic"), profile_module._built_in
    monkeypatch.setattr(profile_module, "_built_in", lambda name: edited if name == "generic.toml" else shipped(name))
    after = load_profile("generic")
    assert _split("Training and Development Manager", before) == ["Training and Development Manager"]
    assert _split("Training and Development Manager", after) == ["Training", "Development Manager"]
    assert _split("Learning and Development Manager", after) == ["Learning and Development Manager"]
    cell = "Transport and Development Team and Strategic Planning."
    assert _split(cell, before) == ["Transport and Development Team", "Strategic Planning"]
    assert _split(cell, after) == ["Transport", "Development Team", "Strategic Planning"]


def test_role_words_are_the_profiles_and_part_the_owners_they_label(monkeypatch, tmp_path):
    """Warwick's owner cell (real: its housing improvement plan's `Responsible / accountable`): `Lead:` and
    `Accountable:` are labels in generic.toml (`lead_labels`, `roles`), each opening an owner printed with it, the
    post after it read whole;
    without `accountable` there, the second label is part of the first owner's text; a council's own role word
    (made-up: `Sponsor:`) parts a cell the generic words do not."""
    cell = "Lead: Customer Engagement and Business Support Manager. Accountable: Head of Housing"
    generic = load_profile("generic")
    assert (generic.owner_words.lead_labels, generic.owner_words.roles) == (("lead",), ("accountable",))
    assert _split(cell, generic) == ["Lead: Customer Engagement and Business Support Manager",
                                     "Accountable: Head of Housing"]
    assert [p.known_as for p in owner_pieces(cell, words=generic.owner_words)] == [
        "Customer Engagement and Business Support Manager", "Head of Housing"]
    # no label: one post too, `Customer Engagement` naming what it is of (`customer`, a post subject), where before
    # realpdf4 the 'and' parted `Customer Engagement` and `Business Support Manager`
    assert _split("Customer Engagement and Business Support Manager", generic) == [
        "Customer Engagement and Business Support Manager"]
    sponsored = "Lead: Head of Housing. Sponsor: Head of Finance"
    assert _split(sponsored, generic) == ["Lead: Head of Housing. Sponsor: Head of Finance"]
    assert _split(sponsored, _profile(tmp_path, "[owner_words]\nroles = ['Sponsor']\n")) == [
        "Lead: Head of Housing", "Sponsor: Head of Finance"]
    edited = GENERIC.replace("roles = ['accountable']", "roles = []", 1)
    assert edited != GENERIC
    shipped = profile_module._built_in
    monkeypatch.setattr(profile_module, "_built_in", lambda name: edited if name == "generic.toml" else shipped(name))
    assert _split(cell, load_profile("generic")) == [cell]


@pytest.mark.parametrize("text, problem", [
    ("[owner_words]\nposts = 'head'\n", "council.toml:1: owner_words.posts must be a list of strings"),
    ("[owner_words]\ntitles = ['head']\n", "council.toml:1: owner_words.titles is not a list of owner words "
                                           "(posts, posts_of, bodies, holders, roles, costs, "
                                           "designations, body_names, post_names, honorifics, support_joins, "
                                           "partner_joins, lead_labels)"),
    ("owner_words = ['head']\n", "council.toml:1: owner_words must be a table ([owner_words])"),
    ("[owner_words]\nbodies = [' ']\n", "council.toml:1: [owner_words] holds an empty word"),
])
def test_a_broken_owner_words_table_is_refused_with_its_line(tmp_path, text, problem):
    with pytest.raises(ProfileError) as raised:
        _profile(tmp_path, text)
    assert str(raised.value).endswith(problem)


def test_a_service_named_by_its_work_is_one_body():
    """Bracknell Forest's `Section: Policy and Performance Management` (samples/other_councils/
    bracknell_caring_2023_24_q3.txt, line 59): `management` ends a body's name, so the word before its 'and' stays
    with it, as `Learning and Development Manager`'s does; without the word it would be two owners."""
    generic = load_profile("generic")
    cell = "Policy and Performance Management"
    assert _split(cell, generic) == [cell]
    fewer = replace(generic, owner_words=replace(generic.owner_words, bodies=tuple(
        w for w in generic.owner_words.bodies if w != "management")))
    assert _split(cell, fewer) == ["Policy", "Performance Management"]


def test_what_an_action_costs_is_no_part_of_its_owner(monkeypatch, tmp_path):
    """Maidstone's BCCAP 2020 `Cost and Whom` cell of action 1.1 (line 28) names who does it and what it costs:
    `officer time` is a cost in generic.toml's [owner_words] (the council's revised plan of 2023 prints `Officer
    Time` under `Budget` and the officers under `Responsible Officer`), so the owner is printed with it and known by
    the words before it, Strategic Planning (1.2's cell, line 50, names the same team without its cost); without the
    word in the profile the whole cell is one owner; a council's own cost word (made-up: `staff time`) parts another."""
    cell = "Strategic planning officer time."
    lines = MAIDSTONE_BCCAP.read_text(encoding="utf-8").splitlines()
    assert lines[27] == cell and lines[25] == "Cost and Whom"
    assert "Transport and Development Team and Strategic Planning." == lines[49]
    generic = load_profile("generic")
    assert generic.owner_words.costs == ("officer time",)
    pieces = owner_pieces(cell, words=generic.owner_words)
    assert [(p.text, p.shape, p.known_as) for p in pieces] == [
        ("Strategic planning officer time", "with_cost", "Strategic planning")]
    assert [(p.text, p.known_as) for p in owner_pieces("Officer time", words=generic.owner_words)] == [
        ("Officer time", None)]  # a cost alone names no owner to know it by: kept whole, as printed
    staffed = "Lead: Head of Housing staff time"
    assert [p.known_as for p in owner_pieces(staffed, words=generic.owner_words)] == ["Head of Housing staff time"]
    council = _profile(tmp_path, "[owner_words]\ncosts = ['Staff time']\n")
    assert [p.known_as for p in owner_pieces(staffed, words=council.owner_words)] == ["Head of Housing"]
    edited = GENERIC.replace("costs = ['officer time']", "costs = []", 1)
    assert edited != GENERIC
    shipped = profile_module._built_in
    monkeypatch.setattr(profile_module, "_built_in", lambda name: edited if name == "generic.toml" else shipped(name))
    assert [(p.text, p.known_as) for p in owner_pieces(cell, words=load_profile("generic").owner_words)] == [
        ("Strategic planning officer time", None)]
