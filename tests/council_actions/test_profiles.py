"""Every profile shipped in council_actions/profiles/ is usable by its name (`--profile waverley`), as the
generic and default ones are: installed from a wheel, the folder is inside site-packages, where no user would type
its path."""

from __future__ import annotations

from dataclasses import replace

import pytest

from council_actions.cli import main
from council_actions.profile import built_in_names, load_profile
from tests.conftest import ROOT

PROFILES = ROOT / "council_actions" / "profiles"
SHIPPED = sorted(path.stem for path in PROFILES.glob("*.toml"))


def test_every_shipped_profile_is_a_built_in_name():
    assert built_in_names() == tuple(SHIPPED)
    assert {"generic", "runnymede", "maidstone", "tower_hamlets", "waverley"} <= set(SHIPPED)


@pytest.mark.parametrize("name", SHIPPED)
def test_a_shipped_profile_by_name_is_the_file_by_path(name):
    by_path = load_profile(PROFILES / f"{name}.toml")
    by_name = load_profile(name)
    assert by_name.name == by_path.name == name
    assert replace(by_name, source=by_path.source) == by_path


def test_ingest_takes_a_shipped_council_profile_by_name(tmp_path, capsys):
    sample = ROOT / "samples" / "other_councils" / "waverley_cpa_improvement_plan_2004.txt"
    assert main(["ingest", str(sample), "--profile", "waverley", "--out", str(tmp_path / "out"), "--json"]) == 0
    assert '"council_from": "profile"' in capsys.readouterr().out


def test_generic_by_its_path_or_a_copy_holds_the_generic_rules_once(tmp_path):
    """generic.toml given by its path (or a copy, under any name) is the generic profile, known by its text: taken
    for a council's profile, it would get the generic rules behind its own a second time."""
    copy = tmp_path / "our_rules.toml"
    copy.write_bytes((PROFILES / "generic.toml").read_bytes())
    by_name = load_profile("generic")
    assert len(by_name.roles.headings) == len(set(by_name.roles.headings)) > 10
    for other in (load_profile(PROFILES / "generic.toml"), load_profile(copy)):
        assert other.roles == by_name.roles
        assert replace(by_name, name=other.name, source=other.source) == other


def test_ingest_with_generic_by_its_path_writes_what_generic_by_name_writes(tmp_path, capsys):
    """Waverley's plan read with `--profile generic` and with `--profile council_actions/profiles/generic.toml`:
    the same Parquet files, byte for byte."""
    sample = ROOT / "samples" / "other_councils" / "waverley_cpa_improvement_plan_2004.txt"
    outs = {}
    for given in ("generic", str(PROFILES / "generic.toml")):
        out = outs[given] = tmp_path / f"out_{len(outs)}"
        assert main(["ingest", str(sample), "--profile", given, "--out", str(out), "--revision", "r1", "-q"]) == 0
    first, second = ({p.relative_to(out): p.read_bytes() for p in out.rglob("*.parquet")} for out in outs.values())
    assert first == second and len(first) > 5
