"""Real samples damaged the way the fuzz sweep of 4 December 2026 found harmful, one bug a test: each fixture in
tests/fixtures/damaged/ is made again here from its sample (tests/hostile/damage.py; SOURCES.md there says how)."""

from __future__ import annotations

from functools import partial

import pytest
from council_actions.ingest.cell_header import header
from council_actions.parsers import parse_document
from council_actions.parsers.rating_tables import MAX_STATUS_WORDS, _headings

from council_actions.cli import main
from council_actions.issues import MAX_PROBLEM, clipped
from council_actions.pipeline import read
from council_actions.profile import load_profile
from council_actions.roles import RoleMap
from tests.conftest import FIXTURES, SAMPLES
from tests.hostile import damage
from tests.hostile.test_stray_text import NOTE_FIXTURE
from tests.hostile.test_wide_lines import WIDE

DAMAGED = FIXTURES / "damaged"
EAST_CAMBRIDGESHIRE = SAMPLES / "other_councils" / "east_cambridgeshire_lgr_timeline_bullets.txt"
MAIDSTONE = SAMPLES / "other_councils" / "maidstone_ags_2014_15.txt"
BELFAST = SAMPLES / "other_councils" / "belfast_improvement_self_assessment_2023_24_objective_1.txt"
BRIGHTON = SAMPLES / "other_councils" / "brighton_hove_tree_action_plan_2022_27.txt"
# fixture: (sample, how it was damaged)
MADE = {
    "zero_width_between_letters_east_cambridgeshire.txt": (EAST_CAMBRIDGESHIRE, damage.zero_width_between_letters),
    "bidi_override_each_line_east_cambridgeshire.txt": (EAST_CAMBRIDGESHIRE, damage.bidi_override_each_line),
    "byte_order_mark_before_a_heading_maidstone_ags.txt": (MAIDSTONE, lambda text: damage.byte_order_mark_at_line(
        text, 6)),
    "one_line_maidstone_ags.txt": (MAIDSTONE, damage.one_line),
    "one_line_belfast_objective_1.txt": (BELFAST, damage.one_line),
    "headings_copied_above_brighton_hove_tree_plan.txt": (BRIGHTON, lambda text: damage.lines_copied_above(
        text, 4, 12, 100)),
    **{name: (sample, partial(damage.wide_line, index=index, count=2000, separator=separator))
       for name, (sample, index, separator) in WIDE.items()},
    "tab_line_maidstone_ags.txt": (MAIDSTONE, lambda text: damage.stray_line(text, 16, 3, "\t")),
    NOTE_FIXTURE[0]: (NOTE_FIXTURE[1], partial(damage.lines_put_in, put_in={NOTE_FIXTURE[2]: NOTE_FIXTURE[3]})),
}
# fixture: (the invisible characters removed, the lines that held them: 20 of East Cambridgeshire's lines print
# words, one of Maidstone's got the mark), one issue a line
INVISIBLE = {"zero_width_between_letters_east_cambridgeshire.txt": ("U+200B", 20),
             "bidi_override_each_line_east_cambridgeshire.txt": ("U+202C, U+202E", 20),
             "byte_order_mark_before_a_heading_maidstone_ags.txt": ("U+FEFF", 1)}


def test_every_damaged_fixture_is_made_from_its_sample():
    assert sorted(p.name for p in DAMAGED.iterdir() if p.suffix == ".txt") == sorted(MADE)
    for name, (sample, make) in MADE.items():
        assert (DAMAGED / name).read_text(encoding="utf-8") == make(sample.read_text(encoding="utf-8")), name


@pytest.mark.parametrize("name", sorted(INVISIBLE))
def test_invisible_format_characters_no_longer_hide_a_plan(name):
    """A zero-width space inside a heading's words, a bidi override around each line or a byte-order mark before a
    heading printed nothing, yet made the plan "not a council action plan": removed like control characters, each
    line reported, the plan reads as its undamaged sample does."""
    profile = load_profile()
    sample, _ = MADE[name]
    damaged = read(DAMAGED / name, profile)
    assert parse_document(damaged, profile).actions == parse_document(read(sample, profile), profile).actions
    kinds, lines = INVISIBLE[name]
    reported = [i for i in damaged.issues if i.code == "control_characters"]
    assert len(reported) == lines and all(f"({kinds})" in i.message for i in reported)


def test_a_problem_quoting_a_one_line_document_is_clipped(tmp_path, capfd):
    """A plan whose line ends were lost printed its whole first line as the headings it was "taken from": one stderr
    line of 1,500 characters here (of 67,000 for the Runnymede plan). The middle is cut, the verdict kept."""
    path = DAMAGED / "one_line_maidstone_ags.txt"
    capfd.readouterr()
    assert main(["ingest", str(path), "--out", str(tmp_path / "out"), "--revision", "r1", "--jobs", "1"]) == 1
    [line] = capfd.readouterr().err.splitlines()
    prefix = f"council-actions: error: {path}: parse: "
    problem = line.removeprefix(prefix)
    assert line.startswith(prefix + "looks like a plan table (fixed_width: Appendix A - Annual Governance Statement")
    assert problem.endswith(") but no row has an action") and " characters cut ...] " in problem
    assert len(problem) <= MAX_PROBLEM + len(" [...  characters cut ...] ") + 5
    assert not (tmp_path / "out").exists()


def test_clipped_keeps_a_short_problem_whole_and_cuts_a_long_one_in_the_middle():
    assert clipped("file is empty") == "file is empty"
    long = "start " + "x" * 10_000 + " end"
    cut = clipped(long)
    assert cut.startswith("start x") and cut.endswith("x end") and "[... 9650 characters cut ...]" in cut
    assert len(cut) < MAX_PROBLEM + 40


def test_a_long_unplaced_line_is_not_tried_as_a_status_heading_at_every_word(monkeypatch):
    """The ratings table's heading search tries only a line's last MAX_STATUS_WORDS words, and the line is still
    read as no ratings table: the rest of the line read against every heading rule at each of its words costs 271
    reads of up to the whole line for Belfast's self-assessment on one line (272 words), minutes for 100 KB."""
    profile = load_profile()
    line = (DAMAGED / "one_line_belfast_objective_1.txt").read_text(encoding="utf-8")
    read_lengths: list[int] = []
    role_of = RoleMap.role_of

    def counted(self: RoleMap, heading: str) -> str | None:
        read_lengths.append(len(heading.split()))
        return role_of(self, heading)

    monkeypatch.setattr(RoleMap, "role_of", counted)
    assert _headings(line, profile.roles) is None
    assert len(read_lengths) == MAX_STATUS_WORDS and max(read_lengths) == MAX_STATUS_WORDS


def test_a_long_run_of_headings_that_makes_no_header_is_read_once():
    """Brighton's tree plan with its headings but the action's (`Who` to `Progress update`) copied 100 times above
    it: 400 lines that each read as a heading, yet no plan's header (no action column). The one-cell-a-line reader
    reads each line once (at most 4 reads: alone, with the next, the next alone), and the plan below reads as its
    sample does; read to its end from each of its lines, the run costs 241,416 heading reads here, and 2,000 such
    lines most of a minute."""
    profile = load_profile()
    damaged = read(DAMAGED / "headings_copied_above_brighton_hove_tree_plan.txt", profile)
    lines = list(damaged.iter_lines())
    reads: list[str] = []

    def counted(heading: str) -> str | None:
        reads.append(heading)
        return profile.roles.role_of(heading)

    found = header(lines, counted)
    assert found is not None
    start, end, headings = found
    assert headings == ["What", "Who", "Success measure", "Target date", "Progress update"]
    assert (start, end) == (401, 406) and lines[start].number == 803
    assert len(reads) <= 4 * end

    def printed(path):
        return [(a.action, a.owner_raw, a.timeline_raw) for a in parse_document(read(path, profile), profile).actions]

    assert printed(DAMAGED / "headings_copied_above_brighton_hove_tree_plan.txt") == printed(BRIGHTON)
