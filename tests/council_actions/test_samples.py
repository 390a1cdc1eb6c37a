"""Every file in samples/ goes through the whole pipeline: adding a sample adds a test. Its tables hold no value
outside their columns' vocabularies (tests/output/test_vocabularies.py)."""

import pytest
from council_actions.output.schema import TABLES

from council_actions.document_files import find_documents
from council_actions.pipeline import run
from tests.conftest import GIVEN, SAMPLES
from tests.output.test_vocabularies import outside_vocabularies


@pytest.mark.parametrize("path", find_documents([SAMPLES]), ids=lambda p: str(p.relative_to(SAMPLES)))
def test_sample_ingests(tmp_path, profile, path):
    result = run(path, tmp_path, profile, "r1", GIVEN)
    assert result.kind in ("action_plan", "self_assessment")
    assert result.issues.get("error", 0) == 0
    assert sorted(f.parent.parent.name for f in result.files) == sorted(TABLES)  # a file per table
    assert outside_vocabularies(list(result.files), tuple(score.key for score in profile.scores)) == {}
