"""Each warning about an element's score (elements.SCORE_CHECKS, and the words beside the score that are neither
theme nor score) with a real example: an element of the seed plan whose score column gives it, with its message.
The seed prints no element with two scores and no shading, so conflicting_scores is shown on its R011 with the
second score word changed to RED, and score_colour_mismatch on the seed drawn as a PDF with PCE005 shaded red."""

from __future__ import annotations

import pytest
from council_actions.ingest import read_document
from council_actions.parsers import parse_document
from council_actions.parsers.elements import SCORE_CHECKS

from tests.conftest import ROOT
from tests.pdf_factory import WORD, draw_plan

SEED = ROOT / "samples" / "004_d0d661fda207b69c.txt"


def _seed(request, tmp_path):
    return request.getfixturevalue("plan")


def _seed_with_two_scores(request, tmp_path):
    """R011 prints YELLOW, then IELLOW (OCR's second copy of it): the copy changed to RED."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("IELLOW\t"))
    lines[at] = "RED" + lines[at].removeprefix("IELLOW")
    path = tmp_path / SEED.name
    path.write_text("\n".join(lines), encoding="utf-8")
    return parse_document(read_document(path), request.getfixturevalue("profile"))


def _seed_shaded_against_its_word(request, tmp_path):
    plan, profile = request.getfixturevalue("plan"), request.getfixturevalue("profile")
    path = tmp_path / "shaded.pdf"
    draw_plan(path, plan, profile, (7,), WORD, shade_as={"PCE005": "red"})
    return parse_document(read_document(path), profile)


# code: (how the plan is read, the element, the printed text the warning quotes, its cells one a line as printed (None:
# not checked), its message)
EXAMPLES = {
    "unrecognised_score_text": (_seed, "CI002", "LICUT",
                                "words in the theme/score column that are neither theme nor score"),
    "score_word_repaired": (_seed, "C008", "4. Culture\n4. Oditaro\nVELLOW/\nYELLOW",
                            "score word read despite OCR damage: 'VELLOW' as 'yellow'"),
    "conflicting_scores": (_seed_with_two_scores, "R011", "5. Use of\n5. Use of Resources\nResources\nYELLOW\nRED",
                           "several scores printed (yellow, red); kept the first"),
    "score_colour_mismatch": (_seed_shaded_against_its_word, "PCE005", None,
                              "printed score yellow but the cell is shaded red; kept the printed word"),
    "missing_score": (_seed, "G010", "-\ne'\np p", "no score could be read: the score column prints no score word "
                      "of the profile and its cells no shading of the colour key; score left empty, the column's "
                      "words quoted"),
}


def test_every_score_warning_has_an_example():
    assert sorted(EXAMPLES) == sorted(["unrecognised_score_text", *(check.code for check in SCORE_CHECKS)])


@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_score_warning_example(request, tmp_path, code):
    read, element_id, printed, message = EXAMPLES[code]
    parsed = read(request, tmp_path)
    found = [(i.raw_text if printed is not None else None, i.message) for i in parsed.issues
             if i.code == code and i.element_id == element_id]
    assert (printed, message) in found
