"""Every document under samples/ ingested once per test run: read by the contract checks (test_user_contract.py)
and compared with a second run by test_tables.py's byte-identity test, whichever xdist workers run them."""

from __future__ import annotations

import pickle
import shutil

import pytest

from council_actions.batch import run_batch
from council_actions.document_files import find_documents
from tests.conftest import GIVEN, REFERENCE, SAMPLES
from tests.run_once import held, keep, run_folder


@pytest.fixture(scope="session")
def every_sample(tmp_path_factory, profile, request):
    """Every document under samples/, as the README's first command ingests them, by the first worker to need
    them (tests/run_once.py): some 7 s of CPU a run, once for the two modules. Revision 2024-06 on its first day,
    as tests/conftest.py's run by the command line, which test_tables compares with it. Read only."""
    shared = run_folder(tmp_path_factory, request.config)
    out, made = shared / "every_sample", shared / "every_sample.pickle"
    with held(shared / "every_sample.lock"):
        if not made.exists():
            shutil.rmtree(out, ignore_errors=True)  # what a worker's run that failed left
            results, failures = run_batch(find_documents([SAMPLES]), out, profile, "2024-06", GIVEN,
                                          revision_date=REFERENCE)  # as the command line dates a label 2024-06
            assert failures == 0
            keep(made, results)
        return out, pickle.loads(made.read_bytes())
