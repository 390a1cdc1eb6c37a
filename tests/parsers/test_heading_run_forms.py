"""The form a section heading printed over several lines (parsers/heading_runs.py) is stacked by, where a counted
heading stands right above it (parsers/sections._forms): the line under a counted heading is its name unless it is a
heading of its own form, and a heading read whole from several lines is one, though its form is kept by its lines.
On the Isle of Wight's Housing Renewal action plan (tests/fixtures/sections/SOURCES.md) with one line made up."""

from __future__ import annotations

from council_actions.parsers import sections

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES

IOW_ANNEXE_B = FIXTURES / "sections" / "iow_housing_renewal_action_plan_2003_annexe_b.txt"


def test_a_heading_over_several_lines_keeps_its_own_form_under_a_counted_heading(tmp_path, monkeypatch):
    """`Theme 1` (made up: a section word and its number, a counted heading) above the annexe's `1.` / `Publication of
    Policies,` / `Procedures and Application Forms`: the joined heading was read `named` (the counted heading's name)
    and stacked so, not as the heading numbering the rows 1.1 to 1.3 under it."""
    lines = IOW_ANNEXE_B.read_text(encoding="utf-8").split("\n")
    assert lines[17:20] == ["1.", "Publication of Policies,", "Procedures and Application Forms"]
    path = tmp_path / "annexe_b_under_a_theme.txt"
    path.write_text("\n".join([*lines[:17], "Theme 1", *lines[17:]]), encoding="utf-8")
    seen: list[tuple[str, str]] = []
    under_headings = sections._under_headings

    def spy(actions, headings, listed):
        seen.extend((" ".join(issue.raw_text.split()), form) for issue, form in headings)
        return under_headings(actions, headings, listed)

    monkeypatch.setattr(sections, "_under_headings", spy)
    process(path, load_profile("generic"), None)
    assert seen == [("Theme 1", "counted theme"), ("1. Publication of Policies, Procedures and Application Forms",
                                                   "numbered"), ("2. Data Collection and Monitoring", "numbered")]
