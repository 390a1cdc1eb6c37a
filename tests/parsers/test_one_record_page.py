"""A page of one record, its labels on lines of their own and each value on the line below, as Warwick District
Council's housing improvement plan prints each of its records (samples/other_councils/; the action is pinned in
tests/fixtures/other_councils/expected/). These check what the golden file does not hold: the rendering, the roles
the generic rules give the plan's labels, the owner cell under its label with the roles it prints, and where a page
of labels printed once is no record."""

from __future__ import annotations

import pytest
from council_actions.normalise import ReferenceDates

from council_actions.issues import StageError
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "other_councils" / "warwick_housing_improvement_plan_2024_complaints.txt"
OWNER_CELL = "Lead: Customer Engagement and Business Support Manager. Accountable: Head of Housing"


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.fixture(scope="module")
def warwick(generic):
    return process(SAMPLE, generic, ReferenceDates(given=None))


def test_one_record_page_is_one_action_its_bullets_kept_whole(warwick):
    """No label is printed twice, yet the page is a record: one action, the record's lines 3-34, the two bullets
    under `Specific activities` (lines 10-11) one action, not two with the notes dealt out between them."""
    assert warwick.document.rendering == "records"
    assert [(a.element_id, a.action.count("•"), a.span.line_start, a.span.line_end)
            for a in warwick.parsed.actions] == [("Complaints handling code non-compliance", 2, 3, 34)]


@pytest.mark.parametrize("headings, roles", [
    # Warwick's labels, in the order the page prints them: the SMART headings over an action
    (["Issue", "Source", "Root cause", "Specific activities", "Measurable outcomes", "Achievable resources and inputs",
      "Relevant consumer standard", "Milestones", "Target Date", "Responsible / accountable", "Status",
      "Monitoring and evidence"],
     ["element", "notes", "opportunity", "action", "notes", "notes", "notes", "notes", "timeline", "owner", "status",
      "notes"]),
    # Maidstone's strategic plan 2016-17: milestones with no date beside them are its timeline
    (["Project", "Detail", "Milestones", "Outcome", "Responsible Owner"],
     ["action", "notes", "timeline", "notes", "owner"]),
])
def test_labels_roles_by_wording(generic, headings, roles):
    """`Milestones` beside a target date are the steps to it (notes), not a second timeline; alone, the timeline."""
    assert generic.roles.roles_of(headings) == roles


def test_owner_cell_printing_roles_is_the_owner_labels_value(warwick):
    """`Lead: ...` under `Responsible / accountable` names the owner with its role: the label's value, not a field
    of its own cutting `Lead:` off the owner cell."""
    [action] = warwick.parsed.actions
    assert (action.owner_raw, action.owner_span.line_start if action.owner_span else None) == (OWNER_CELL, 28)


def test_role_labelled_owners_are_two_each_with_its_role(warwick):
    """Two owners, each printed with its role and known by the post after it; the first one post, its `and` kept."""
    assert [(o.owner_key, o.owner_raw, o.match, o.span.char_start, o.span.char_end)
            for o in warwick.normalised.owners] == [
        ("Customer Engagement and Business Support Manager", "Lead: Customer Engagement and Business Support Manager",
         "unknown", 1177, 1231),
        ("Head of Housing", "Accountable: Head of Housing", "unknown", 1233, 1261)]
    text = SAMPLE.read_text(encoding="utf-8")
    assert [text[o.span.char_start:o.span.char_end] for o in warwick.normalised.owners] == [
        o.owner_raw for o in warwick.normalised.owners]


def test_labels_printed_once_with_blank_lines_under_them_are_no_record(tmp_path, generic):
    """The page with a blank line under each label: labels printed once, none with its value on the next line, are
    read as a table's header printed a heading a line (the Isle of Wight's `Recommendations` / `Who` / `Target` /
    `Date`), not as one record, so the page is refused in one line."""
    spaced = tmp_path / "spaced.txt"
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    labels = {line for line in lines if not line.startswith(" ") and generic.roles.role_of(line)}
    spaced.write_text("".join(line + ("\n\n" if line in labels else "\n") for line in lines), encoding="utf-8")
    with pytest.raises(StageError) as refused:
        process(spaced, generic, ReferenceDates(given=None))
    assert refused.value.stage == "parse" and "\n" not in str(refused.value)


@pytest.mark.parametrize("kept, why", [
    ([*range(1, 9), *range(12, 35)], "no action label: the page's labels are headings over text"),
    ([*range(9, 12), *range(25, 27)], "two labels (the action and its date): fewer than a record's MIN_COLUMNS"),
])
def test_labels_printed_once_that_make_no_record_are_refused(tmp_path, generic, kept, why):
    """The page's own lines, some left out: labels printed once make one record only with an action label among
    MIN_COLUMNS labels or more."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    part = tmp_path / "part.txt"
    part.write_text("".join(lines[n - 1] + "\n" for n in kept), encoding="utf-8")
    with pytest.raises(StageError) as refused:
        process(part, generic, ReferenceDates(given=None))
    assert refused.value.stage == "parse", why
