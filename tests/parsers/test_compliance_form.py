"""A self-assessment of compliance with the Housing Ombudsman's Complaint Handling Code is refused as what it is
(parsers/compliance_form.py): three councils' real pages (tests/fixtures/other_councils/refused/), each in another
rendering, name the line whose heading or label answers whether a requirement is met; every other refused page
keeps its message."""

from __future__ import annotations

import pytest

from council_actions.issues import StageError
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES

REFUSED = FIXTURES / "other_councils" / "refused"
# (page, its line printing the answer's heading or label, as stored, and what the failure quotes of it)
FORMS = [
    ("great_yarmouth_complaint_handling_code_self_assessment_continuous_learning.txt", 3,
     "Code section | Code requirement | Comply (Yes/No) | Evidence, commentary and any explanations |",
     "Comply (Yes/No)"),
    ("uttlesford_complaint_handling_code_self_assessment_2022.txt", 10, "Compliance: Yes", "Compliance: Yes"),
    ("rother_complaint_handling_code_self_assessment.txt", 9,
     "Code sectionCode requirementComply: Yes/NoEvidence, commentary and any explanations", "Comply: Yes/No"),
]


@pytest.mark.parametrize(("name", "line", "printed", "quoted"), FORMS, ids=lambda v: str(v)[:20])
def test_a_compliance_self_assessment_is_refused_as_one(name, line, printed, quoted):
    """Before, each failed as 'not a council action plan or self-assessment (no plan column headings, heatmap or
    theme pages found)', which it is: a self-assessment, of a kind no reader takes. With either profile."""
    path = REFUSED / name
    assert path.read_text(encoding="utf-8").splitlines()[line - 1] == printed
    for profile in (load_profile("generic"), load_profile()):  # the default profile, runnymede
        with pytest.raises(StageError) as refused:
            process(path, profile)
        assert refused.value.stage == "parse"
        assert str(refused.value) == (
            f"{path}: parse: a self-assessment of compliance, not a plan: line {line} prints {quoted!r}, each "
            "requirement answered met or not, and no action, owner or date is printed to read (council-actions "
            "reads action plans and scored self-assessments)")


@pytest.mark.parametrize("path", [p for p in sorted(REFUSED.glob("*.txt"))
                                  if p.name not in {form[0] for form in FORMS}], ids=lambda p: p.stem)
def test_no_other_refused_page_is_said_to_be_a_compliance_self_assessment(path):
    """Minutes, news, timelines, plans whose cells run together: none prints a compliance heading."""
    with pytest.raises(StageError) as refused:
        process(path, load_profile("generic"))
    assert "compliance" not in str(refused.value)
