"""A council's data team keeps one output folder and ingests each paper as the council publishes it, one revision a
publication date: Maidstone's governance action plans of 2013/14, 2014-15 and 2015-16 with the scrutiny committees'
recommendation plans (SCRAIPs) of November 2012 and January 2014 between them. `diff` must follow the governance plan
from revision to revision and must not read one of these plans as a rewrite of another.

Every row below was checked by hand against the pages (samples/other_councils/): the SCRAIPs share no action, no
element id and no source name with the governance plans (they print no ids and word every row otherwise), so two
revisions holding one of each have nothing to compare. Paired by the empty id, as any two plans of a known council
that print no element ids would be, the KPI SCRAIP of 2012 would read as the governance plan of 2013/14 rewritten
(its recommendation `removed`, both issues `added`), the governance plan as the SCRAIP of 2014 and back again, and
the 2013/14 issue the plan carries into 2014-15 would be cut from its lineage on the way.
"""

from __future__ import annotations

import json

import pytest
from council_actions.diff import DiffError, diff

from council_actions.cli import main
from tests.diff.real_sources import OTHER, ingest, texts_of

PUBLICATIONS = {"2012-11": "maidstone_scraip_kpi_2012.txt", "2013-12": "maidstone_ags_2013_14.txt",
                "2014-01": "maidstone_scraip_2014.txt", "2014-11": "maidstone_ags_2014_15.txt",
                "2016-01": "maidstone_ags_2015_16.txt"}
REVIEW = "Corporate Leadership Team have identified a need to Review the Council’s approach to Information Management"
GOVERNANCE = "Embedding Corporate Governance and Ensuring Best Practice is identified"
INFORMATION = "Implementation of the Information Management Action Plan"
ENGAGEMENT = "Communication and Engagement of the New Strategic Plan"

# (from, to): None where the two revisions share no plan, else each lineage row as (earlier words, later words, match)
EXPECTED = {
    ("2012-11", "2013-12"): None,  # the KPI SCRAIP, then the governance plan
    ("2013-12", "2014-01"): None,  # the governance plan, then the Strategic Plan refresh SCRAIP
    ("2014-01", "2014-11"): None,  # that SCRAIP, then the governance plan again
    ("2013-12", "2014-11"): [(None, INFORMATION, "added"), (GOVERNANCE, GOVERNANCE, "same"),
                             (REVIEW, None, "removed")],  # the review completed; implementing its plan is new
    ("2014-11", "2016-01"): [(INFORMATION, INFORMATION, "same"), (GOVERNANCE, GOVERNANCE, "same"),
                             (None, ENGAGEMENT, "added")],
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return ingest(tmp_path_factory.mktemp("maidstone"), "council_actions/profiles/maidstone.toml", PUBLICATIONS)


@pytest.mark.parametrize(("earlier", "later"), list(EXPECTED), ids=lambda revision: revision)
def test_each_publication_pairs_only_with_its_own_plan(folder, earlier, later):
    expected = EXPECTED[earlier, later]
    if expected is None:
        with pytest.raises(DiffError, match="nothing to compare"):
            diff(folder, earlier, later)
        return
    result = diff(folder, earlier, later)
    texts = texts_of(result)
    (document,) = result.documents
    rows = [(texts.get(row.previous_action_id or ""), texts.get(row.action_id or ""), row.match)
            for row in document.lineage]
    assert rows == expected
    assert not result.absent and not result.unpaired


def test_the_governance_issue_keeps_its_first_id_over_three_revisions(folder):
    """Diffed in order, the issue all three revisions print carries its 2013/14 id as `action_key` in 2015-16."""
    first, second = diff(folder, "2013-12", "2014-11"), diff(folder, "2014-11", "2016-01")
    ids = {texts_of(first)[row.previous_action_id]: row.previous_action_id
           for row in first.documents[0].lineage if row.previous_action_id}
    keys = {texts_of(second)[row.action_id]: row.action_key for row in second.documents[0].lineage}
    assert keys[GOVERNANCE] == ids[GOVERNANCE]


@pytest.mark.parametrize(("args", "hint"), [
    (["--to", "2014-11"], "; revision '2013-12' holds one of its plans (--from 2013-12)"),  # by default from 2014-01
    (["--from", "2012-11", "--to", "2014-11"], "; revision '2013-12' holds one of its plans (--from 2013-12)"),
    (["--to", "2014-01"], ""),  # the SCRAIP of 2014: no earlier revision holds it
    (["--to", "2013-12"], ""),  # the first governance plan in the folder
], ids=["default", "given", "scraip", "first"])
def test_nothing_to_compare_names_the_revision_holding_the_plan(folder, args, hint, capsys):
    """`diff OUT` after ingesting the governance plan of 2014-15 compares it with the revision before by date, the
    SCRAIP of January 2014: the refusal names the revision to give --from instead, where one holds the plan."""
    assert main(["diff", str(folder), *args]) == 1
    message = capsys.readouterr().err.strip()
    assert message.endswith(f"nothing to compare{hint}") and "\n" not in message


def test_from_the_command_line_the_label_dates_the_eighteen_months(tmp_path, capsys):
    """As docs/revisions.md says: ingested with `--revision 2014-11`, 2014-15's By When "The action plan has targets for the
    next eighteen months." reads from 1 November 2014 (due 30 April 2016), so 2015-16's "throughout 2015-16" moves it
    to 31 March 2016; the library's ingest with no reference date leaves it undated (test_real_revisions.py)."""
    for revision in ("2014-11", "2016-01"):
        assert main(["ingest", str(OTHER / PUBLICATIONS[revision]), "--out", str(tmp_path), "--revision", revision,
                     "--profile", "maidstone", "--jobs", "1", "-q"]) == 0
    assert main(["diff", str(tmp_path), "--json"]) == 0
    (document,) = json.loads(capsys.readouterr().out)["documents"]
    assert [(c["change"], c["before"], c["after"]) for c in document["changes"] if c["change"] == "deadline_moved"] \
        == [("deadline_moved", "2016-04-30", "2016-03-31")]
