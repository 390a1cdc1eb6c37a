"""The summary's council lines: a line a document for a few, one line a council and source for more (with the first
names and the count of the rest), every document named with --verbose. Real plans of samples/other_councils that
print no council's name, read with the generic profile (its council: none)."""

from pathlib import Path

import pytest

from council_actions.cli import main

ROOT = Path(__file__).resolve().parents[2]
OTHER = ROOT / "samples" / "other_councils"
PLANS = [OTHER / name for name in ("bracknell_caring_2023_24_q3.txt", "bracknell_environment_2023_24_q3.txt",
                                   "croydon_foi_improvement_plan_2023.txt", "east_devon_empty_homes_action_plan_2015_19.txt",
                                   "powys_play_sufficiency_action_plan_2022.txt")]
UNKNOWN = "council unknown (not printed in the document)"


def council_lines(tmp_path, capsys, plans, *options):
    assert main(["ingest", *map(str, plans), "--out", str(tmp_path / "out"), "--revision", "2026-01", "--jobs", "1",
                 "--profile", "generic", *options]) == 0
    return [line for line in capsys.readouterr().out.splitlines() if UNKNOWN in line]


def test_three_documents_of_unknown_council_are_named_a_line_each(tmp_path, capsys):
    assert council_lines(tmp_path, capsys, PLANS[:3]) == [f"{plan.name}: {UNKNOWN}" for plan in PLANS[:3]]


def test_more_share_one_line_naming_the_first_three_and_counting_the_rest(tmp_path, capsys):
    assert council_lines(tmp_path, capsys, PLANS) == [
        f"5 documents: {UNKNOWN}: bracknell_caring_2023_24_q3.txt, bracknell_environment_2023_24_q3.txt, "
        "croydon_foi_improvement_plan_2023.txt and 2 more (-v names each)"]


@pytest.mark.parametrize("option", ["-v", "--verbose"])
def test_verbose_names_every_document(tmp_path, capsys, option):
    lines = council_lines(tmp_path, capsys, PLANS, option)
    assert [line for line in lines if line.endswith(UNKNOWN)] == [f"{plan.name}: {UNKNOWN}" for plan in PLANS]
