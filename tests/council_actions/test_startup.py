"""Start-up: a document imports only what it needs, a command only what its work needs, and the owner matcher
is built once per process.

Timing lives in benchmarks/cli.py and benchmarks/pdf.py (ratios against the spaCy floor); these are the
facts behind it that can fail deterministically.
"""

import json
import os
import subprocess
import sys

from council_actions.ingest import read_document
from council_actions.normalise import glossary_for, normalise_document
from council_actions.parsers import parse_document

from council_actions.preload import NORMALISERS, STAGE_MODULES
from tests.conftest import GIVEN, PLAN, ROOT, SAMPLES, THEME_7
from tests.pdf_factory import WORD, draw_plan

HEAVY = ("pandas", "pdfplumber", "pdfminer", "pypdfium2", "dateparser")
PROBE = """
import json, sys
from pathlib import Path
from council_actions.pipeline import process, write
from council_actions.profile import load_profile
# in-process: `run` reads in a child process (council_actions.limits), whose imports this one cannot see
for path in sys.argv[2:]:
    write(process(Path(path), load_profile()), Path(sys.argv[1]), load_profile(), "r1")
print(json.dumps(sorted(name for name in {heavy} if name in sys.modules)))
"""


# Beyond spaCy and Arrow (and what they import themselves), a text document may load only rapidfuzz, for owners
# (markdown-it only for a text with pipe tables). Look-alike letters, which the seed plan prints, are read from the
# package's own table (council_actions/latin_lookalikes.json), not the confusables package's 900 KB of data.
TEXT_MAY_ADD = {"rapidfuzz"}
FLOOR = "import spacy\nspacy.blank('en')\nimport pyarrow.json, pyarrow.parquet"
MODULES = "import sys\n{run}\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"


def top_level_modules(run: str, *args: str) -> set[str]:
    """Top-level names of every module a fresh interpreter holds after running `run`."""
    done = subprocess.run([sys.executable, "-c", "import json\n" + MODULES.format(run=run), *args],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    return set(json.loads(done.stdout.splitlines()[-1]))


def imported_by_a_run(out, *paths) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), str(out), *map(str, paths)],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(done.stdout)


def test_text_input_imports_no_pdf_library_and_no_pandas(tmp_path):
    """Two documents into one revision: the second reads what the first wrote, still without pandas."""
    assert imported_by_a_run(tmp_path, PLAN, THEME_7) == []


def test_pdf_input_reads_with_pdfium_and_imports_no_pandas(tmp_path, plan, profile):
    path = tmp_path / "plan.pdf"
    draw_plan(path, plan, profile, (7,), WORD)
    assert imported_by_a_run(tmp_path / "out", path) == ["pdfminer", "pdfplumber", "pypdfium2"]  # the table finder


def test_owner_matcher_built_once_for_many_documents(profile):
    glossary_for.cache_clear()
    for path in (PLAN, THEME_7, PLAN):
        normalise_document(parse_document(read_document(path), profile), profile, GIVEN)
    assert glossary_for.cache_info().misses == 1


def test_text_ingest_imports_nothing_beyond_spacy_and_arrow_but_its_own_helpers(tmp_path):
    floor = top_level_modules(FLOOR)
    run = PROBE.split("\nprint(")[0].replace("import json, sys\n", "")
    added = top_level_modules(run, str(tmp_path), str(PLAN)) - floor - set(sys.stdlib_module_names)
    assert added - {"council_actions", "__editable___council_actions_0_1_0_finder"} == TEXT_MAY_ADD


def test_timeline_loads_spacy_only_to_find_owners():
    run = "from council_actions.cli import main\nmain(sys.argv[1:])"
    phrase_alone = top_level_modules(run, "timeline", "Q3-Q4 24/25")
    assert not {"spacy", "pyarrow", "pandas", "dateparser", "pdfplumber", "pypdfium2"} & phrase_alone
    assert "spacy" in top_level_modules(run, "timeline", "CHoHROD, Q3-Q4 24/25")  # a cell with an owner in it


def test_diff_loads_no_spacy(tmp_path):
    from council_actions import api

    api.ingest([PLAN], tmp_path, revision="2024-06")
    later = tmp_path / "later.txt"
    later.write_text(PLAN.read_text(encoding="utf-8").replace("Q3-Q4 24/25", "Q1 25/26", 1), encoding="utf-8")
    api.ingest([later], tmp_path, revision="2024-09", source_name=PLAN.name)
    loaded = top_level_modules("from council_actions.cli import main\nassert main(sys.argv[1:]) == 0", "diff",
                               str(tmp_path), "--json")
    assert {"spacy", "pandas", "dateparser", "pdfplumber", "pypdfium2"} & loaded == set()


OURS = "import sys\n{run}\nprint(json.dumps(sorted(m for m in sys.modules if m.startswith('council_actions.'))))"


def our_modules(run: str, *args: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", "import json\n" + OURS.format(run=run), *args],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_the_first_documents_parent_imports_no_reader_or_parser(tmp_path):
    """The first document is read and parsed in a child; the parent, loading spaCy meanwhile, needs only the records
    it sends back and the writer, so it spends no time importing the readers and parsers. The normalisers are the
    exception by design: where the read is still going on when spaCy is loaded (a PDF's pages, or any read on a
    loaded machine), the parent loads them for the next child (pipeline._parsed_while_loading), so whether they are
    here depends on the machine's load; the clean-clone CI saw it with two test suites sharing 2 cores."""
    run = "from council_actions.cli import main\nassert main(sys.argv[1:]) == 0"
    parent = our_modules(run, "ingest", str(PLAN), "--out", str(tmp_path), "--revision", "r1", "-q")
    assert "council_actions.output.writer" in parent
    assert parent & (set(STAGE_MODULES) - set(NORMALISERS)) == set()


def test_a_batch_forks_its_first_reader_without_importing_a_process_pool():
    """The command's modules, all loaded before a batch forks the reader of its first document, leave the process
    pool's (multiprocessing, sockets: ~10 ms) alone: until that fork the other cores are idle, and the batch only
    looks for the class of a caller's pool, which the caller has loaded (council_actions.batch._same_machine). Nor
    the journal's folder swap (ctypes, ~5 ms with the journal): the batch imports the journal's early flushing once
    the first readers are forked (council_actions.batch._run)."""
    loaded = top_level_modules("import council_actions.cli, council_actions.batch")
    assert "multiprocessing" not in loaded and "ctypes" not in loaded


def test_later_documents_children_inherit_every_stage_module():
    """`prepare` imports in the parent what the children of a later document would otherwise each import again:
    reading, parsing and normalising every sample imports none of the project's modules beyond it."""
    run = """
import json, sys
from pathlib import Path
from council_actions.issues import StageError
from council_actions.pipeline import prepare, process
from council_actions.profile import load_profile
profile = load_profile()
prepare(profile, Path(sys.argv[1]))
before = set(sys.modules)
for path in sys.argv[1:]:
    try:
        process(Path(path), profile)
    except StageError:
        pass
print(json.dumps(sorted(m for m in set(sys.modules) - before if m.startswith("council_actions."))))
"""
    texts = sorted(str(p) for p in SAMPLES.rglob("*.txt"))
    done = subprocess.run([sys.executable, "-c", run, *texts], capture_output=True, text=True, cwd=ROOT, check=True)
    assert len(texts) > 20 and json.loads(done.stdout) == []


def test_later_documents_children_compile_no_long_pattern_of_the_profiles_words():
    """`prepare` also builds the patterns the parse builds from the profile's words (parsers.build_patterns), so
    that a later document's child inherits them: the council-name shapes, over 4,000 characters each, took a sixth
    of a child's CPU on the seed plan to compile. Reading every sample after it, the project's code compiles no
    pattern of 1,000 characters or more (dateparser's own time-zone patterns, built when a phrase reaches it, are
    the library's)."""
    run = """
import json, re._compiler, sys, traceback
from pathlib import Path
from council_actions.issues import StageError
from council_actions.pipeline import prepare, process
from council_actions.profile import load_profile
profile = load_profile()
prepare(profile, Path(sys.argv[1]))
compile, long = re._compiler.compile, []
def compiled(pattern, flags=0):
    caller = next(frame.filename for frame in reversed(traceback.extract_stack()[:-1])
                  if "/re/" not in frame.filename and "functools" not in frame.filename)
    if len(str(pattern)) >= 1000 and "site-packages" not in caller:
        long.append(caller)
    return compile(pattern, flags)
re._compiler.compile = compiled
for path in sys.argv[1:]:
    try:
        process(Path(path), profile)
    except StageError:
        pass
print(json.dumps(long))
"""
    texts = sorted(str(p) for p in SAMPLES.rglob("*.txt"))
    done = subprocess.run([sys.executable, "-c", run, *texts], capture_output=True, text=True, cwd=ROOT, check=True)
    assert json.loads(done.stdout) == []


def test_spacy_loads_without_its_command_line_which_stays_importable():
    """normalise/spacy_load.py: the owner matcher's spaCy comes without typer, requests and weasel (about a third
    of `import spacy`), tokenises as `spacy.blank("en")` does, and leaves the real `spacy.cli` to import later."""
    run = """
from council_actions.normalise.spacy_load import import_spacy
spacy = import_spacy()
loaded = {m.split('.')[0] for m in sys.modules}
tokens = [t.text for t in spacy.blank('en')("All HoS's ACE(S151), Q3-Q4 24/25")]
import spacy.cli.info
print(json.dumps([sorted(loaded & {'typer', 'requests', 'weasel', 'httpx'}), tokens, callable(spacy.info),
                  sys.modules['spacy.cli.info'].__file__.endswith('info.py')]))
"""
    done = subprocess.run([sys.executable, "-c", "import json, sys\n" + run], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    plain = subprocess.run([sys.executable, "-c", "import spacy\nprint([t.text for t in spacy.blank('en')("
                            "\"All HoS's ACE(S151), Q3-Q4 24/25\")])"], capture_output=True, text=True, cwd=ROOT,
                           check=True)
    left_out, tokens, has_info, real_cli = json.loads(done.stdout)
    assert left_out == [] and has_info and real_cli
    assert str(tokens) == plain.stdout.strip()


def test_a_template_plans_reading_child_imports_no_other_renderings_or_readers(tmp_path, plan, profile):
    """The first PDF is read and parsed in a child racing spaCy's load (council_actions.pipeline): for the
    template's plan it imports neither the readers of other text renderings nor the later readers' parsers
    (ingest/renderings.py, parsers/__init__.py), which a later document's child still inherits (STAGE_MODULES)."""
    path = tmp_path / "plan.pdf"
    draw_plan(path, plan, profile, (7,), WORD)
    run = """
from functools import partial
from pathlib import Path
from council_actions.limited_step import StageTracker
from council_actions.pipeline import read, read_and_parse
from council_actions.profile import load_profile
profile, path = load_profile(), Path(sys.argv[1])
assert read_and_parse(path, profile, partial(read, path, profile), StageTracker()).parsed.kind == "action_plan"
"""
    loaded = our_modules(run, str(path))
    later = {"council_actions.parsers.table_plan", "council_actions.parsers.self_assessment",
             "council_actions.ingest.cell_lines", "council_actions.ingest.records", "council_actions.ingest.pipe_tables",
             "council_actions.ingest.fixed_width", "council_actions.ingest.headed_list",
             "council_actions.ingest.spaced_header", "council_actions.ingest.pipe_lines"}
    assert "council_actions.ingest.pdf" in loaded and loaded & later == set()
    assert later <= set(STAGE_MODULES)


def test_a_first_reader_compiles_only_the_timeline_rules_its_document_opens():
    """A fresh process reading and parsing the seed plan (a batch's first reader, racing spaCy's load) compiles only
    the timeline rules whose gates its phrases open (council_actions/dating/periods.py: 5 of 62, where all took
    ~18 ms of CPU); the batch's parent compiles every rule before forking later children (preload.prepare_readers),
    as test_later_documents_children_compile_no_long_pattern_of_the_profiles_words asks of the profile's patterns."""
    run = """
from pathlib import Path
from council_actions.limited_step import StageTracker
from council_actions.dating.periods import PERIOD_RULES
from council_actions.pipeline import read, read_and_parse
from council_actions.preload import prepare_readers
from council_actions.profile import load_profile
profile, path = load_profile(), Path(sys.argv[1])
read_and_parse(path, profile, lambda stages: read(path, profile, stages=stages), StageTracker())
first = [rule.name for rule in PERIOD_RULES if "pattern" in vars(rule)]
prepare_readers(profile, path)
print(json.dumps([len(PERIOD_RULES), first, sum("pattern" in vars(rule) for rule in PERIOD_RULES)]))
"""
    done = subprocess.run([sys.executable, "-c", "import json, sys\n" + run, str(PLAN)], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    rules, first, after = json.loads(done.stdout)
    assert rules > 60 and 0 < len(first) <= 8 and "calendar_year" in first
    assert after == rules


# Records OPENBLAS_NUM_THREADS as it stands when numpy is first imported (spaCy imports it), then runs the command.
NUMPY_WATCH = """
import importlib.abc, os, sys
seen = []
class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "numpy" and not seen:
            seen.append(os.environ.get("OPENBLAS_NUM_THREADS"))
        return None
sys.meta_path.insert(0, Watch())
import atexit
atexit.register(lambda: print("numpy imported with OPENBLAS_NUM_THREADS", seen))
from council_actions.cli import console
sys.argv = ["council-actions", *sys.argv[1:]]
console()
"""


def test_the_command_holds_openblas_to_one_thread_before_spacy_loads_numpy(tmp_path):
    """OpenBLAS otherwise starts a thread per extra core on import that spins for a core while the first document is
    read and spaCy loads (cli.console's docstring gives the measurement); a caller's own setting is kept."""
    unset = {name: value for name, value in os.environ.items() if name != "OPENBLAS_NUM_THREADS"}
    for env, out, expected in ((unset, "out", "['1']"), ({**unset, "OPENBLAS_NUM_THREADS": "2"}, "again", "['2']")):
        done = subprocess.run([sys.executable, "-c", NUMPY_WATCH, "ingest", str(PLAN), "--out", str(tmp_path / out),
                               "-q"], capture_output=True, text=True, cwd=ROOT, env=env, check=True)
        assert done.stdout.splitlines()[-1] == f"numpy imported with OPENBLAS_NUM_THREADS {expected}"
