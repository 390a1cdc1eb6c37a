"""The first document's overlap: it is read and parsed in one child while the parent loads spaCy, then normalised in
a second child, both under one deadline (council_actions.pipeline.process_in_children, council_actions.limited_step.Running).

Timing lives in benchmarks/pdf.py; these are the facts behind it that can fail deterministically.
"""

import json
import subprocess
import sys
import time

from council_actions.limited_step import Running
from council_actions.limits import Limits
from tests.conftest import PLAN, ROOT
from tests.pdf_factory import WORD, draw_plan

PROBE = """
import json, sys
from pathlib import Path
import council_actions.pipeline as pipeline
import council_actions.stages as stages
from council_actions.profile import load_profile
read = pipeline.read
def read_and_say(*args, **kwargs):  # runs in the reading child: what it prints comes back as details
    print(f"spaCy loaded while reading: {'spacy' in sys.modules}", file=sys.stderr)
    return read(*args, **kwargs)
pipeline.read = read_and_say
parse = stages.parse_document
def parse_and_say(*args, **kwargs):
    print(f"spaCy loaded while parsing: {'spacy' in sys.modules}", file=sys.stderr)
    return parse(*args, **kwargs)
stages.parse_document = parse_and_say
outcome = pipeline.process_limited(Path(sys.argv[1]), load_profile())
print(json.dumps({"details": outcome.details, "elements": len(outcome.unwrap().parsed.elements),
                  "spacy_here": "spacy" in sys.modules}))
"""


def test_first_pdf_is_read_and_parsed_while_spacy_loads_in_the_parent(tmp_path, plan, profile):
    """A fresh process forks its reader before it imports spaCy (so the two run on two cores); the parse needs
    no spaCy, so it runs there too; the owners are matched with the matcher the parent built meanwhile."""
    path = tmp_path / "plan.pdf"
    draw_plan(path, plan, profile, (7,), WORD)
    done = subprocess.run([sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, cwd=ROOT,
                          check=True)
    found = json.loads(done.stdout)
    assert found["details"] == ["spaCy loaded while reading: False", "spaCy loaded while parsing: False"]
    assert found["spacy_here"] and found["elements"] == sum(1 for e in plan.elements if e.theme_no == 7)


def test_a_later_step_has_only_what_is_left_of_the_documents_deadline():
    outcome = Running(lambda stages: time.sleep(2), "plan.pdf", Limits(timeout=2.5), "parse", spent=2.0).finish()
    assert outcome.error is not None and outcome.error.stage == "parse"
    assert outcome.error.problem == "took longer than 2.5 s (--timeout)"


def test_a_result_sent_in_time_is_taken_however_late_the_parent_asks():
    running = Running(lambda stages: "read", "plan.pdf", Limits(timeout=0.5))
    time.sleep(1.0)  # the parent busy loading spaCy past the child's deadline
    outcome = running.finish()
    assert (outcome.value, outcome.error) == ("read", None)
    assert 0 <= outcome.seconds < 0.5


def test_a_result_larger_than_the_pipe_is_taken_whole_however_late_the_parent_asks():
    """A document read ahead (council_actions.batch) sends its parse, larger than a pipe holds, and waits in the
    child until the parent reads: once sending began the rest is read whatever the clock says."""
    running = Running(lambda stages: b"x" * (4 << 20), "plan.txt", Limits(timeout=0.5))
    time.sleep(1.0)
    outcome = running.finish()
    assert outcome.error is None and len(outcome.value) == 4 << 20


WHO_WAITS = """
import json, sys, time
from pathlib import Path
import council_actions.pipeline as pipeline
import council_actions.stages as stages
from council_actions.profile import load_profile
reader_waits, loaded, parsed = sys.argv[2] == "reader waits", Path(sys.argv[3] + ".loaded"), Path(sys.argv[3] + ".parsed")
prepare, parse, normalise = pipeline.prepare, stages.parse_document, stages.normalise_document
def wait_for(flag):
    while not flag.exists():
        time.sleep(0.01)
    time.sleep(0.5)
def prepare_and_say(*args, **kwargs):  # the parent: spaCy loaded
    prepare(*args, **kwargs)
    loaded.touch()
    if not reader_waits:
        wait_for(parsed)
def parse_and_say(*args, **kwargs):  # the reading child
    if reader_waits:
        wait_for(loaded)
    found = parse(*args, **kwargs)
    parsed.touch()
    return found
def normalise_and_say(*args, **kwargs):  # the normalising child, forked by the parent after the read
    print(f"writer loaded before the normalising child forked: {pipeline.WRITER in sys.modules}", file=sys.stderr)
    return normalise(*args, **kwargs)
pipeline.prepare, stages.parse_document, stages.normalise_document = prepare_and_say, parse_and_say, normalise_and_say
print(json.dumps(pipeline.process_limited(Path(sys.argv[1]), load_profile()).details))
"""


def test_while_a_long_read_goes_on_the_parent_loads_the_writer_and_the_normalisers(tmp_path):
    """SpaCy loaded first (a PDF's pages take longer): the parent spends the wait loading what comes next, so the
    normalising child inherits the normalisers and the tables are built at once. Read first (the text seed): the
    writer loads while the normalising child works."""
    found = {}
    for case in ("reader waits", "parent waits"):
        done = subprocess.run([sys.executable, "-c", WHO_WAITS, str(PLAN), case, str(tmp_path / case[:6])],
                              capture_output=True, text=True, cwd=ROOT, check=True)
        found[case] = json.loads(done.stdout)
    assert found == {"reader waits": ["writer loaded before the normalising child forked: True"],
                     "parent waits": ["writer loaded before the normalising child forked: False"]}


def test_a_child_that_has_sent_its_result_is_seen_as_sent():
    slow = Running(lambda stages: time.sleep(1.0), "plan.pdf", Limits(timeout=5))
    quick = Running(lambda stages: "read", "plan.pdf", Limits(timeout=5))
    time.sleep(0.5)
    assert (slow.sent(), quick.sent()) == (False, True)
    assert (slow.finish().error, quick.finish().value) == (None, "read")
