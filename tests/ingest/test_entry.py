"""The ingest stage's entry lends the later stages the rules the readers tell lines by (ingest.LINE_RULES), each
name loaded from its module when first asked for, and lists each among its public names."""

from importlib import import_module

import pytest

ingest = import_module("council_actions.ingest")  # the stage: the package's own `ingest` is the API's function


@pytest.mark.parametrize("name", sorted(ingest.LENT))
def test_a_lent_name_is_its_modules(name):
    assert getattr(ingest, name) is getattr(import_module(f"council_actions.ingest.{ingest.LENT[name]}"), name)
    assert name in ingest.__all__


def test_a_name_not_lent_is_no_attribute():
    with pytest.raises(AttributeError, match="has no attribute 'nothing_lent'"):
        ingest.nothing_lent  # noqa: B018
