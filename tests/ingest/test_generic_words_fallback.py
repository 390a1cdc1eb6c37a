"""A reader given no profile's words reads by the generic profile's, taken from one home each, never by loading a
profile file itself.

The pipeline always hands the stages the profile's words (council_actions/pipeline.read); a reader called alone (a
test reading one table) is given none and falls back to the generic profile's: the owner words from
owner_rules.generic_words, the document words from document_words.generic_document_words, each loaded once a
process. The stages that read a document (ingest, parsers, normalise) never call the profile loader: the profile
is read once, where the run starts (the API, the batch), not deep inside a reader.
"""

from __future__ import annotations

import ast

import pytest
from council_actions.ingest.cell_shapes import line_shapes
from council_actions.ingest.plan_title import plan_title
from council_actions.ingest.table_ends import table_ends

from council_actions.document_words import generic_document_words
from council_actions.owner_rules import generic_words
from council_actions.profile import load_profile
from tests.conftest import ROOT

READING_STAGES = ("ingest", "parsers", "normalise")


def _loads_a_profile(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(isinstance(node, ast.ImportFrom) and any(alias.name == "load_profile" for alias in node.names)
               for node in ast.walk(tree))


@pytest.mark.parametrize("stage", READING_STAGES)
def test_no_reading_stage_loads_a_profile_itself(stage):
    loading = sorted(str(path.relative_to(ROOT)) for path in (ROOT / stage).rglob("*.py") if _loads_a_profile(path))
    assert loading == []


def test_the_generic_words_are_the_generic_profiles_loaded_once():
    generic = load_profile("generic")
    assert generic_document_words() == generic.document_words
    assert generic_document_words() is generic_document_words()
    assert generic_words() == generic.owner_words


def test_a_reader_given_no_words_reads_by_the_generic_ones():
    generic = load_profile("generic")
    assert plan_title(None).pattern == plan_title(generic.document_words).pattern
    assert plan_title(None).search("Corporate Improvement Plan 2024") is not None
    assert [s.pattern.pattern for s in table_ends(None)] == [s.pattern.pattern
                                                             for s in table_ends(generic.document_words)]
    assert table_ends(None)[-1].pattern.fullmatch("Appendix B - Performance indicators") is not None
    assert [s.pattern.pattern for s in line_shapes(None)] == [s.pattern.pattern
                                                              for s in line_shapes(generic.owner_words)]
