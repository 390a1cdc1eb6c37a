"""Every document under samples/ ingested once per session: read by the contract checks
(test_user_contract.py) and compared with a second run by test_tables.py's byte-identity test."""

from __future__ import annotations

import pytest

from council_actions.batch import run_batch
from council_actions.document_files import find_documents
from tests.conftest import GIVEN, SAMPLES


@pytest.fixture(scope="session")
def every_sample(tmp_path_factory, profile):
    """Every document under samples/, as the README's first command ingests them. Read only: no test writes here."""
    out = tmp_path_factory.mktemp("every_sample")
    results, failures = run_batch(find_documents([SAMPLES]), out, profile, "r1", GIVEN)
    assert failures == 0
    return out, results
