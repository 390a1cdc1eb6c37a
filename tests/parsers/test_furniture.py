"""A document's own title, a form's front matter and instructions, a web page's furniture (parsers/furniture.py):
each placed as boilerplate of its kind on real samples, the title written to documents.title, and the lines with
the plan's own content still reported. Every line and title below was read from the sample's text by hand."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from council_actions.ingest.document_names import names_document
from council_actions.parsers.furniture import FURNITURE, is_banner
from council_actions.parsers.records import ParsedDocument
from council_actions.parsers.sign_off import EXAMPLE

from council_actions.pipeline import process, run
from council_actions.profile import load_profile
from council_actions.profile_fields import ProfileError
from tests.conftest import PLAN, SAMPLES

OTHERS = SAMPLES / "other_councils"


@cache
def _parsed(path: Path, profile: str = "generic") -> ParsedDocument:
    return process(path, load_profile(None if profile == "default" else profile), None).parsed


# document, profile, its title as printed (None: it prints none; a heading naming no document is a section's)
TITLES = [
    ("brighton_hove_tree_action_plan_2022_27.txt", "generic", "TREE ACTION PLAN"),
    ("rbkc_council_plan_action_plan_2025_27_caring.txt", "generic", "Council Plan Action Plan"),  # its period apart
    ("lga_corporate_peer_challenge_action_plan_2023.txt", "default", "LGA Corporate Peer Challenge action plan"),
    ("maidstone_scraip_2014.txt", "generic",
     "SCRUTINY COMMITTEE RECOMMENDATION ACTION AND IMPLEMENTATION PLAN (SCRAIP)"),
    ("waverley_cpa_improvement_plan_2004_browser_copy.txt", "generic", "CPA Improvement Plan"),
    ("southend_foi_practice_recommendation_2024.txt", "generic",  # under "Freedom of Information performance"
     "Freedom of Information Practice Recommendation Action Plan"),
    ("kingston_ags_action_plan_2012_13.txt", "generic", "Annual Governance Statement"),  # above "Action plan summary"
    ("iow_district_audit_letter_recommendations_2002.txt", "generic",  # a committee paper's `Title :` label
     "DISTRICT AUDIT \u2013 ANNUAL AUDIT LETTER"),
    ("iow_bv_action_plan_2002.txt", "generic", "BEST VALUE ACTION PLAN"),  # under "APPENDIX A"
    ("tower_hamlets_foi_action_plan_2023.txt", "generic", "Action Plan for the ICO's FOI Practice Recommendations"),
    ("rotherham_year_ahead_delivery_plan_2024_25.txt", "generic", None),  # "Places are thriving, safe and clean"
    ("maidstone_ags_2015_16.txt", "generic", None),  # "... as identified in the current Annual Governance Statement"
    ("croydon_foi_improvement_plan_2023.txt", "generic", None),  # "We support this improvement action plan"
    ("boroondara_cx_timeline_for_action_2014.txt", "generic", None),  # "Horizon 0: Strategy adoption through ..."
    # a council's quarterly report on one theme, its kind (`corporate performance`) its only name for itself
    ("bracknell_caring_2023_24_q3.txt", "generic", "Corporate performance on caring for you and your family"),
    ("bracknell_environment_2023_24_q3.txt", "generic",
     "Corporate performance on protecting and enhancing our environment"),
    # named by a phrase of `plan_titles`, no noun of `names`: reported as unplaced text before (newplan25)
    ("north_tyneside_domestic_abuse_strategy_2024_27_priorities.txt", "generic",
     "Strategic Priorities and Actions 2024 - 2027"),
    ("north_tyneside_domestic_abuse_strategy_2024_27_priorities.txt", "default",
     "Strategic Priorities and Actions 2024 - 2027"),
]


@pytest.mark.parametrize("name, profile, title", TITLES, ids=[t[0].removesuffix(".txt") for t in TITLES])
def test_the_title_is_the_first_opening_line_naming_a_document(name, profile, title):
    parsed = _parsed(OTHERS / name, profile)
    assert parsed.title == title
    unplaced = [i.raw_text.strip() for i in parsed.issues if i.code == "unplaced_text"]
    assert title not in unplaced


def test_a_template_title_already_kept_as_boilerplate_is_the_title():
    """The seed plan's heading, which its layout keeps as `title`, is its title without the heading's markup."""
    assert _parsed(PLAN, "default").title == ("Appendix A: Action Plan arising from the self-assessment against the "
                                              "statutory Best Value Duty guidance.")


# kind, document, line, the line as printed (stripped): real lines each kind places, its rule's example among them
PLACED = [
    ("front_matter", "maidstone_scraip_2014.txt", 11,
     "Committee: Strategic Leadership and Corporate Services Overview and Scrutiny Committee"),
    ("front_matter", "maidstone_scraip_2014.txt", 19, "Minute \u2116:     91"),
    ("front_matter", "maidstone_scraip_2014.txt", 23, "Topic:             Strategic Plan Refresh 2014-15"),
    ("front_matter", "maidstone_scraip_waste_2011.txt", 16, "Minute \u2116:"),  # its value left empty
    ("front_matter", "iow_district_audit_letter_recommendations_2002.txt", 9, "Committee :     EXECUTIVE"),
    ("front_matter", "iow_district_audit_letter_recommendations_2002.txt", 17,
     "Title :               DISTRICT AUDIT \u2013 ANNUAL AUDIT LETTER"),
    ("front_matter", "iow_district_audit_letter_recommendations_2002.txt", 1, "PAPER B1"),  # a paper's reference
    ("front_matter", "maidstone_scraip_2014.txt", 3, "Appendix B"),
    ("title", "brighton_hove_tree_action_plan_2022_27.txt", 1, "TREE ACTION PLAN"),
    ("title", "maidstone_scraip_kpi_2012.txt", 1,
     "SCRUTINY COMMITTEE RECOMMENDATION ACTION AND IMPLEMENTATION PLAN (SCRAIP)"),
    ("title", "maidstone_scraip_kpi_2012.txt", 3,  # printed again
     "SCRUTINY COMMITTEE RECOMMENDATION ACTION AND IMPLEMENTATION PLAN (SCRAIP)"),
    ("title", "forest_of_dean_improvement_plan_2004.txt", 7, "IMPROVEMENT PLAN"),  # again, under the council's name
    ("title", "iow_district_audit_letter_recommendations_2002.txt", 50,  # again over the table, with its period
     "DISTRICT AUDIT \u2013 ANNUAL AUDIT LETTER 200/01 ACCOUNTS"),
    ("form_instruction", "maidstone_scraip_kpi_2012.txt", 53, "Notes on the completion of SCRAIP"),
    ("form_instruction", "maidstone_scraip_kpi_2012.txt", 59,
     "[i] Report recommendations are listed as found in the report."),
    ("form_instruction", "maidstone_scraip_kpi_2012.txt", 63,
     "[ii] Insert in this box the Cabinet Member whose portfolio the recommendation falls within."),
    ("web_furniture", "croydon_foi_improvement_plan_2023.txt", 2, "Help us continue to improve by giving your feedback"),
    ("web_furniture", "bracknell_caring_2023_24_q3.txt", 19,
     "Select an objective below to learn more about what we've been doing."),
    ("web_furniture", "../runnymede_web/theme1_pipe.txt", 14, "We always look for ways to improve our website. Share "
     "your feedback on how we can improve the information or structure of this web page."),
    ("web_furniture", "../runnymede_web/theme1_pipe.txt", 15,
     "To get in touch about a service we provide, use our contact us form"),
    ("web_furniture", "../runnymede_web/theme1_pipe.txt", 16, "Did you find this page useful?"),
    ("web_furniture", "forest_of_dean_improvement_plan_2004.txt", 4,  # docstoc's banner: the name it gives the copy
     "IMPROVEMENT PLAN Powered By Docstoc"),
    ("colour_key", "bracknell_caring_2023_24_q3.txt", 3,
     "Each of the 'caring for you and your family' objectives below have a green, amber or red status."),
    ("colour_key", "bracknell_environment_2023_24_q3.txt", 5, "The colours represent the progress made in relation "
     "to each objective. Green indicates that progress is being made as per our planned schedule. The numbers "
     "represent how many objectives have been allocated that status."),
    ("colour_key", "maidstone_bccap_status_rag_2022.txt", 5, "RAG (Red-Amber-Green) ratings, also known as "
     "\u2018traffic lighting,\u2019 are used in the table below to summarise the status of specific actions, where "
     "green denotes \u2018currently being implemented or on track\u2019, red as \u2018incomplete\u2019 and amber as "
     "\u2018delayed\u2019. The following table details, by theme, each action in the Biodiversity and Climate Change "
     "Action Plan, its responsible officer, timescale, status and RAG."),
    ("colour_key", "../004_d0d661fda207b69c.txt", 14, "# Key:"),  # the seed's key, read by the generic profile
    ("colour_key", "../004_d0d661fda207b69c.txt", 19, "Yellow\tSOME EVIDENCE to support narrative provided but "
     "with gaps in narrative. Look to further enhance delivery in this aspect. Actions to be implemented"),
]


def test_every_kind_has_a_real_line_and_its_example_is_one():
    assert [rule.kind for rule in FURNITURE] == list(dict.fromkeys(kind for kind, *_ in PLACED))
    placed = {(kind, " ".join(text.split())) for kind, _, _, text in PLACED}
    assert all((rule.kind, " ".join(rule.example.split())) in placed for rule in FURNITURE)


@pytest.mark.parametrize("kind, name, line, text", PLACED, ids=[f"{p[0]}-{p[2]}" for p in PLACED])
def test_a_real_line_is_placed_as_its_kind_with_its_span(kind, name, line, text):
    parsed = _parsed(OTHERS / name)
    assert [(b.kind, b.text.strip()) for b in parsed.boilerplate if b.span.line_start == line] == [(kind, text)]
    assert not [i for i in parsed.issues if i.code == "unplaced_text" and i.span.line_start == line]
    source = (OTHERS / name).read_text(encoding="utf-8")
    (held,) = [b for b in parsed.boilerplate if b.span.line_start == line]
    assert source[held.span.char_start:held.span.char_end].strip() == text


# document, line, how the line opens: the plan's own content, or words the rules cannot tell from it, stay reported
REPORTED = [
    ("southend_foi_practice_recommendation_2024.txt", 11,
     "  \u2022 The Council should ensure that requests for information are responded to in a timely manner."),
    ("croydon_foi_improvement_plan_2023.txt", 4, "We support this improvement action plan"),  # refers to a plan
    ("kingston_ags_action_plan_2012_13.txt", 3, "Action plan summary"),  # a second title-like line: not the title
    ("newton_st_cyres_parish_action_plan_2018_20.txt", 2, "Development Plan"),  # its period read, these words not
    ("kingston_ags_action_plan_2012_13.txt", 46, "Ofsted improvement plan"),  # a heading whose item the copy lost
    ("southend_foi_practice_recommendation_2024.txt", 17,  # a sentence over the plan, not its caption
     "The practice recommendations are addressed in the following action plan:"),
    ("../runnymede_web/results_plain.txt", 28,  # colours named in a finding ("yellow or amber"), no key to them
     "As can be seen by the scoring \u2018heat map\u2019 diagram, the overall majority colour is light green"),
    ("../004_d0d661fda207b69c.txt", 16, "Daul, susan\tCTRONIC ENTREMENT"),  # the key's first row, its colour lost
]


@pytest.mark.parametrize("name, line, opens", REPORTED, ids=[f"{r[0][:20]}-{r[1]}" for r in REPORTED])
def test_a_line_with_content_stays_reported(name, line, opens):
    parsed = _parsed(OTHERS / name)
    reported = [i.raw_text for i in parsed.issues if i.code == "unplaced_text" and i.span.line_start == line]
    assert reported and reported[0].lstrip().startswith(opens.lstrip())
    kinds = {rule.kind for rule in FURNITURE} | {"caption"}  # parsers/captions.py: nor a caption's
    assert not [b for b in parsed.boilerplate if b.span.line_start == line and b.kind in kinds]


@pytest.mark.parametrize("text, names", [
    ("TREE ACTION PLAN", True), ("Timeline", True), ("BEST VALUE ACTION PLAN - SCHEDULE", True),
    ("Horizon 0: Strategy adoption through first 6 months", False),  # the noun opens its clause
    ("- Update the Waste Strategy delivery plan", False),  # a bullet
    ("The practice recommendations are addressed in the following action plan:", False),
    ("Corporate performance on caring for you and your family", True),  # a phrase of `names`, opening its clause
    ("Freedom of Information performance", False),  # Southend's pages' heading: `performance` alone names none
    ("Our corporate performance", False),
    ("Strategic Priorities and Actions 2024 - 2027", True),  # a phrase of `plan_titles`, as North Tyneside's title
    ("In setting out a revised set of priorities for 2024-27 the domestic abuse partnership will:", False),  # lead-in
    ("Our priorities and actions", False),  # a pronoun before the phrase: it refers to them, naming no document
])
def test_what_names_a_document(text, names):
    assert names_document(text, load_profile("generic").document_words) is names


@pytest.mark.parametrize("text, banner", [
    ("IMPROVEMENT PLAN Powered By Docstoc", True),  # Forest of Dean's copy, named by its title
    ("Debt Recovery Manager - Excel Powered By Docstoc", False),  # docstoc's name for a refused copy names no document
    ("Powered By Docstoc", False),  # the sentence alone: whole sentences are the web_furniture rule's own test
])
def test_a_banner_is_a_documents_name_and_a_sites_sentence(text, banner):
    """Docstoc's banner lines over its copies (samples/other_councils/forest_of_dean_improvement_plan_2004.txt,
    tests/fixtures/other_councils/refused/use_of_resources_2005_06.txt)."""
    assert is_banner(text, load_profile("generic").document_words) is banner


def test_the_title_is_written_to_the_documents_table(tmp_path):
    run(OTHERS / "brighton_hove_tree_action_plan_2022_27.txt", tmp_path, load_profile("generic"), "r1")
    run(OTHERS / "rotherham_year_ahead_delivery_plan_2024_25.txt", tmp_path, load_profile("generic"), "r1")
    titles = sorted((row["source_name"], row["title"]) for path in (tmp_path / "documents" / "r1").glob("*.parquet")
                    for row in pq.read_table(path).to_pylist())
    assert titles == [("brighton_hove_tree_action_plan_2022_27.txt", "TREE ACTION PLAN"),
                      ("rotherham_year_ahead_delivery_plan_2024_25.txt", None)]


def test_a_council_profile_adds_to_the_generic_words_and_a_wrong_list_is_refused(tmp_path):
    own = tmp_path / "council.toml"
    own.write_text("[document_words]\nfront_matter = ['Ward']\n", encoding="utf-8")
    words = load_profile(own).document_words
    assert words.front_matter[:2] == ("ward", "committee")
    own.write_text("[document_words]\nheadings = ['x']\n", encoding="utf-8")
    with pytest.raises(ProfileError, match=r"document_words\.headings is not a list of document words"):
        load_profile(own)


def test_a_sign_off_block_is_placed_its_names_and_posts():
    """The Isle of Wight's District Audit letter closes with its two signatories: their names over their posts
    (the posts known by the profile's owner words), each line boilerplate `sign_off` with its span; the module's
    example is that block. The second signatory's post printed alone under the paper's title (line 19: who the paper
    is from) is one of the block's posts printed again: `sign_off` too."""
    name = "iow_district_audit_letter_recommendations_2002.txt"
    parsed = _parsed(OTHERS / name)
    lines = (OTHERS / name).read_text(encoding="utf-8").splitlines()
    assert (lines[42], lines[44]) == EXAMPLE
    signed = [(b.span.line_start, b.text) for b in parsed.boilerplate if b.kind == "sign_off"]
    assert signed == [(19, "PORTFOLIO HOLDER - RESOURCES"), (43, lines[42]), (45, lines[44])]
    assert not [i for i in parsed.issues if i.code == "unplaced_text" and i.span.line_start in (19, 43, 45)]


def test_a_post_alone_with_no_sign_off_block_stays_reported(tmp_path):
    """The same letter with its sign-off block's two lines taken out (made blank): nothing says whose post line
    19 is, so it stays reported, as an owner cell a table lost would."""
    lines = (OTHERS / "iow_district_audit_letter_recommendations_2002.txt").read_text(encoding="utf-8").split("\n")
    path = tmp_path / "letter_without_its_sign_off.txt"
    path.write_text("\n".join("" if k in (42, 44) else line for k, line in enumerate(lines)), encoding="utf-8")
    parsed = process(path, load_profile("generic"), None).parsed
    assert [i.raw_text for i in parsed.issues if i.code == "unplaced_text" and i.span.line_start == 19] == [
        "PORTFOLIO HOLDER - RESOURCES"]
    assert not [b for b in parsed.boilerplate if b.kind == "sign_off"]
