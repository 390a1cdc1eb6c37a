"""`diff` reads each revision's owners with the profile the revision was ingested with (documents.profile), not the
generic profile's words alone: an owner only that profile knows is its glossary's owner, not raw text.

Maidstone's governance action plan, 2014-15 then 2015-16 (samples/other_councils/), as a data team meets it: the
2014-15 plan ingested in a national run under the generic profile, its council given by the manifest, keeps its
owner as printed (`Angela Woodhouse, Head of Policy and Communications`); the 2015-16 plan, ingested once the team
wrote Maidstone's profile, keys the post its glossary knows (`HoPC`). Both governance issues keep their owner: the
post, its officer's name dropped. Read with the generic words, both would be reported `owners_changed`
(`Angela Woodhouse, Head of Policy and Communications -> HoPC`).
"""

from __future__ import annotations

from council_actions.diff import compare_revisions
from council_actions.diff.report import counts, lineage_counts
from council_actions.diff.rules import same_owner

from council_actions.cli import main
from tests.diff.real_sources import OTHER

PRINTED = "Angela Woodhouse, Head of Policy and Communications"


def test_an_owner_the_later_revisions_profile_keys_is_no_owner_change(tmp_path):
    manifest = tmp_path / "national.csv"
    manifest.write_text(f"path,council\n{OTHER / 'maidstone_ags_2014_15.txt'},Maidstone Borough Council\n",
                        encoding="utf-8")
    out = str(tmp_path / "out")
    assert main(["ingest", "--manifest", str(manifest), "--profile", "generic", "--out", out, "--revision", "2015-03",
                 "--jobs", "1", "-q"]) == 0
    assert main(["ingest", str(OTHER / "maidstone_ags_2015_16.txt"), "--profile", "maidstone", "--out", out,
                 "--revision", "2016-03", "--jobs", "1", "-q"]) == 0
    result = compare_revisions(tmp_path / "out", "2015-03", "2016-03")
    (document,) = result.documents
    assert document.earlier is not None and document.later is not None
    paired = {a.action_id: a for a in document.earlier.actions}
    owners = sorted((paired[row.previous_action_id].owners, next(a.owners for a in document.later.actions
                                                                 if a.action_id == row.action_id))
                    for row in document.lineage if row.match == "same")
    assert owners == [(PRINTED, "HoPC"), (PRINTED, "HoPC")]
    assert lineage_counts(result) == {"same": 2, "edited": 0, "added": 1, "removed": 0}
    assert counts(result)["owners_changed"] == 0


def test_the_glossary_of_the_profile_named_ties_spellings_the_generic_words_cannot():
    """Maidstone's profile lists `Angela Woodhouse` and the post as aliases of HoPC; the generic one knows neither."""
    assert same_owner(PRINTED, "HoPC", ("maidstone",)) and same_owner("Angela Woodhouse", "HoPC", ("maidstone",))
    assert not same_owner(PRINTED, "HoPC") and not same_owner("Angela Woodhouse", "Head of Policy and Communications")
    assert same_owner("Angela Woodhouse", "Head of Policy and Communications", ("generic", "maidstone"))
    # a profile file outside the package is named by its stem alone: read with the generic profile, as before
    assert not same_owner(PRINTED, "HoPC", ("our_council",))
