"""A Ctrl-C or SIGTERM in the command's first third of a second, while its modules load, before `main` has set its
handlers: one line and exit 130 (143), as later.

The hole: a SIGINT then printed a traceback from whichever module was loading (and one landing in an import
callback was swallowed, the command running on to exit 0); SIGTERM ended the process with no line. Timing a signal
from outside cannot aim at a moment on a loaded machine, so each moment is marked by the first import of a module:
there the process writes a byte to a pipe and waits; the test, reading it, sends the signal to the process group,
as a terminal's Ctrl-C does, or the process sends it to itself. The command is started as the installed
`council-actions` script starts it, from the entry point pyproject.toml names (the script itself may be one an older
install wrote)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tomllib

import pytest

from tests.conftest import ROOT

KEPT = ("an output folder keeps its last whole commit; the next command on it finishes or undoes a write the "
        "interrupt cut short")
SAID = {signal.SIGINT: (130, f"council-actions: error: interrupted (Ctrl-C): {KEPT}"),
        signal.SIGTERM: (143, f"council-actions: error: terminated (SIGTERM): {KEPT}")}
# The moments, each a module first imported then: the command's own package (right after the entry), its shared
# helpers, the profile's modules, and the timeline rules `main` loads once the arguments are read.
MOMENTS = ("council_actions.cli", "council_actions.cli.common", "council_actions.profile",
           "council_actions.dating.periods")
# Runs the entry point as a console script does, with a finder that marks the moment.
PROGRAM = """
import os, signal, sys, time
module, function, moment, how, number, fd = sys.argv[1:7]
class Moment:
    def find_spec(self, name, path=None, target=None):
        if name == moment:
            sys.meta_path.remove(self)
            if how == "self":
                os.kill(os.getpid(), int(number))
            else:
                os.write(int(fd), b"1")
                time.sleep(60)
        return None
sys.meta_path.insert(0, Moment())
sys.argv = ["council-actions", *sys.argv[7:]]
entry = getattr(__import__(module, fromlist=[function]), function)
sys.exit(entry())
"""


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # a test runner's child may inherit SIGINT ignored


def _entry_point() -> tuple[str, str]:
    with open(ROOT / "pyproject.toml", "rb") as config:
        module, function = tomllib.load(config)["project"]["scripts"]["council-actions"].split(":")
    return module, function


@pytest.mark.parametrize("moment", MOMENTS)
@pytest.mark.parametrize(("number", "how"), [(signal.SIGINT, "group"), (signal.SIGINT, "self"),
                                             (signal.SIGTERM, "group")])
def test_a_signal_while_the_command_loads_ends_it_with_one_line(moment, number, how):
    read, write = os.pipe()
    run = subprocess.Popen([sys.executable, "-c", PROGRAM, *_entry_point(), moment, how, str(int(number)),
                            str(write), "timelines", "Q3 24/25", "--json"], cwd=ROOT, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, start_new_session=True, preexec_fn=_default_sigint,
                           pass_fds=(write,))
    os.close(write)
    try:
        if how == "group":
            assert os.read(read, 1) == b"1", "the moment never came"
            os.killpg(run.pid, number)
        stdout, stderr = run.communicate(timeout=120)
    finally:
        os.close(read)
    assert (run.returncode, stderr.strip().splitlines()) == (SAID[number][0], [SAID[number][1]])
    assert stdout == ""


def test_the_package_loads_nothing_of_its_own_until_asked():
    """The entry holds signals from its first line only if importing the package it sits in runs nothing else."""
    done = subprocess.run([sys.executable, "-c", "import sys, council_actions; "
                           "print(sorted(m for m in sys.modules if m.startswith('council_actions.')))"],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip() == "[]"


def test_python_dash_m_runs_the_command():
    done = subprocess.run([sys.executable, "-m", "council_actions", "timelines", "Q3 24/25", "--json"],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    assert '"start_date": "2024-10-01"' in done.stdout
