"""Every profile shipped in council_actions/profiles/ is usable by its name (`--profile waverley`), as the
generic and default ones always were: installed from a wheel, the folder is inside site-packages, where no user
would type its path."""

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


# generic.toml read by its path is taken for a council's profile and gets the generic rules behind its own, a second
# time (profile._role_map knows it by its built-in name): the same answers, a longer rule list.
@pytest.mark.parametrize("name", [name for name in SHIPPED if name != "generic"])
def test_a_shipped_profile_by_name_is_the_file_by_path(name):
    by_path = load_profile(PROFILES / f"{name}.toml")
    by_name = load_profile(name)
    assert by_name.name == by_path.name == name
    assert replace(by_name, source=by_path.source) == by_path


def test_ingest_takes_a_shipped_council_profile_by_name(tmp_path, capsys):
    sample = ROOT / "samples" / "other_councils" / "waverley_cpa_improvement_plan_2004.txt"
    assert main(["ingest", str(sample), "--profile", "waverley", "--out", str(tmp_path / "out"), "--json"]) == 0
    assert '"council_from": "profile"' in capsys.readouterr().out
