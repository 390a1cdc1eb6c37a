"""A loop of symbolic links given by name (a -> b -> a) is named as a loop, not as a link to nothing.

Before, `ingest loop1` said "loop1: a broken symbolic link to loop2 (nothing is there)": there is something there,
another link, and the fix is to one of the links, not a missing file.
"""

from __future__ import annotations

from council_actions.cli import main


def test_a_loop_of_links_given_by_name_is_named_as_a_loop(tmp_path, capfd):
    (tmp_path / "loop1").symlink_to("loop2")
    (tmp_path / "loop2").symlink_to("loop1")
    capfd.readouterr()
    assert main(["ingest", str(tmp_path / "loop1"), "--out", str(tmp_path / "out"), "--revision", "r1"]) == 1
    assert capfd.readouterr().err.splitlines() == [
        f"council-actions: error: {tmp_path}/loop1: a symbolic link to loop2 that leads back to itself (a loop of "
        "links)"]
    assert not (tmp_path / "out").exists()
