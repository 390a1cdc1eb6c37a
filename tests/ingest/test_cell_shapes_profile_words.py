"""The words that make a line of a one-cell-a-line table an owner's (`Manager`, `Team`, `Sponsor`) are the profile's
`[owner_words]` (ingest/cell_shapes.line_shapes), passed to ingest by the pipeline, not a list of ingest's own: a
profile with another word reads another line as a post, and without a word a real table is read otherwise.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from council_actions.ingest.cell_shapes import line_shapes, shape_of

from council_actions.pipeline import read
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

MAIDSTONE_AGS = SAMPLES / "other_councils" / "maidstone_ags_2013_14.txt"
SPONSOR = "David Edwards Project Sponsor"  # the first row's By Whom cell, second of its three lines


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


def test_a_profiles_post_word_makes_a_line_a_post(tmp_path, generic):
    council = tmp_path / "council.toml"
    council.write_text("[owner_words]\nposts = ['steward']\n", encoding="utf-8")
    words = load_profile(council).owner_words
    line = "Jane Smith, Volunteer Steward"  # made up: no generic word is a post here
    assert shape_of(line, line_shapes(generic.owner_words)) == "short"
    assert shape_of(line, line_shapes(words)) == "person_with_post"
    assert shape_of(line) == "short"  # no profile given: the generic profile's words


def column_of(profile, text):
    """The heading of the column the pipeline's read (council_actions.pipeline.read) puts the line in."""
    document = read(MAIDSTONE_AGS, profile)
    line = next(ln for ln in document.iter_lines() if ln.text == text)
    return document.columns[line.cells[0].column].heading


def test_the_pipeline_reads_owner_lines_with_the_profiles_words(generic):
    """Maidstone's AGS update 2013-14: `Project Sponsor` is a post by the generic profile's holders, so the line is
    the first row's third owner line, under By Whom; read with the same profile less that word it is no owner's line,
    and opens the next row under Governance Issue."""
    assert "sponsor" in generic.owner_words.holders
    assert column_of(generic, SPONSOR) == "By Whom"
    fewer = replace(generic.owner_words, holders=tuple(w for w in generic.owner_words.holders if w != "sponsor"))
    assert column_of(replace(generic, owner_words=fewer), SPONSOR) == "Governance Issue"


BRACKNELL = SAMPLES / "other_councils" / "bracknell_caring_2023_24_q3.txt"
# A service named by the work it does, as real plans print one: Bracknell Forest's `Directorate:` and `Section:`
# labels (lines 57 and 59), each a body of the council. Capitalised words, so the person shape would take them.
SERVICES = [("Directorate", "Chief Executive's Office"), ("Section", "Policy and Performance Management")]
# The people the same kind of table prints a line each (Maidstone's By Whom and Lead cells): still people.
PEOPLE = [("Angela Woodhouse", MAIDSTONE_AGS), ("Steve Goulette", SAMPLES / "other_councils" /
                                                 "maidstone_scraip_waste_2011.txt"),
          ("Claire Weeks", SAMPLES / "other_councils" / "maidstone_bccap_status_rag_2022.txt"),
          # a `Mc` before the name's capital (cell_shapes.NAME): the officer of CIP 002.01 in both revisions
          ("Steve McGinnes", SAMPLES / "other_councils" / "maidstone_corporate_improvement_plan_2011_completed.txt"),
          ("Steve McGinnes", SAMPLES / "other_councils" / "maidstone_corporate_improvement_plan_2010.txt")]


@pytest.mark.parametrize("label, line", SERVICES)
def test_a_service_named_by_its_work_is_a_body_not_a_person(label, line):
    assert f"{label}: {line}" in BRACKNELL.read_text(encoding="utf-8").splitlines()
    assert shape_of(line) == "post"


@pytest.mark.parametrize("line, sample", PEOPLE, ids=lambda x: getattr(x, "name", x))
def test_people_stay_people(line, sample):
    assert line in sample.read_text(encoding="utf-8").splitlines()
    assert shape_of(line) == "person"


def test_project_management_is_a_post_by_the_profiles_bodies(generic):
    """The third row of Maidstone's AGS update 2013-14 (`Project Management`, on the stored page, left out of the
    sample: SOURCES.md) read as two capitalised words, a person's name, until `management` was a body's word: with
    the generic profile less that word it is a person again."""
    assert "`Project Management`" in (SAMPLES / "other_councils" / "SOURCES.md").read_text(encoding="utf-8")
    assert "management" in generic.owner_words.bodies
    assert shape_of("Project Management", line_shapes(generic.owner_words)) == "post"
    fewer = replace(generic.owner_words, bodies=tuple(w for w in generic.owner_words.bodies if w != "management"))
    assert shape_of("Project Management", line_shapes(fewer)) == "person"


def test_a_name_opening_with_a_post_word_is_a_post(generic):
    """Maidstone's BCCAP 2020 `Cost and Whom` of action 1.2 (line 50) names the strategic planning team, `Strategic
    Planning`: no person's name opens with a word a post opens with (`strategic`, as in `Strategic Director`), so
    the line is a post, as normalise/owner_split reads it; with the generic profile less that word it is two
    capitalised words, a person's name. A person's name stays one (`Claire Weeks`, above)."""
    sample = SAMPLES / "other_councils" / "maidstone_bccap_2020_transport_records.txt"
    assert "Transport and Development Team and Strategic Planning." in sample.read_text(encoding="utf-8").splitlines()
    assert "strategic" in generic.owner_words.posts
    assert shape_of("Strategic Planning", line_shapes(generic.owner_words)) == "post"
    fewer = replace(generic.owner_words, posts=tuple(w for w in generic.owner_words.posts if w != "strategic"))
    assert shape_of("Strategic Planning", line_shapes(fewer)) == "person"


# A person's name after a title the profile lists (`[owner_words] honorifics`), a council's word as much as its posts':
# Powys County Council's Welsh agenda of 3 May 2019 names its portfolio holder `y Cynghorydd Sir Phyl Davies` (docslib's
# copy of the agenda pack, corpus `pages`); `Cynghorydd Sir` (County Councillor) before a name of two words is four
# capitalised words, more than a name alone holds.
WELSH_COUNCILLOR = "Cynghorydd Sir Phyl Davies"


def test_a_profiles_honorific_opens_a_persons_line(tmp_path, generic):
    council = tmp_path / "council.toml"
    council.write_text("[owner_words]\nhonorifics = ['cynghorydd sir']\n", encoding="utf-8")
    assert shape_of(WELSH_COUNCILLOR, line_shapes(generic.owner_words)) == "short"
    assert shape_of(WELSH_COUNCILLOR, line_shapes(load_profile(council).owner_words)) == "person"


def test_the_generic_honorifics_are_the_titles_the_reader_knew_before_they_were_data(generic):
    """Moved from ingest/cell_shapes.py to generic.toml unchanged; a person with their post after one still reads as
    one (Maidstone's committee minutes of 13 February 2019, tests/fixtures/other_councils/refused/
    maidstone_committee_minutes_2019.txt, line 14, the officer who spoke)."""
    assert generic.owner_words.honorifics == ("mr", "mrs", "ms", "dr", "cllr", "councillor")
    line = "Mrs Angela Woodhouse, Head of Policy, Communications and Governance"
    assert shape_of(line, line_shapes(generic.owner_words)) == "person_with_post"
