"""The profile's `[document_words] names`, `sections`, `section_lists`, `captions` and `agenda_items`
(council_actions/document_words.py) decide the section rules of parsers/section_lines.py, the same `names` the title
of parsers/furniture.py is known by, and `numbered_parts` where a table of one cell a line ends
(ingest/cell_lines.py): every word of each list on a real
line of the samples or fixtures (found in its file here), and a profile without a word reading real plans otherwise,
so that a word list kept in code again would fail these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest
from council_actions.ingest.document_names import names_document
from council_actions.ingest.table_ends import ending_of
from council_actions.parsers.section_lines import UnplacedLine, _agenda_item, _caption, _title, form_of

from council_actions.document_words import DocumentWords
from council_actions.pipeline import process
from council_actions.profile import Profile, load_profile
from tests.conftest import FIXTURES, SAMPLES

ROOT = SAMPLES.parent
OTHERS = "samples/other_councils"
SECTIONS = "tests/fixtures/sections"
SQUEEZED = "tests/fixtures/pdftotext/squeezed_drifting_columns_chromium.txt"
GENERIC = load_profile("generic")
WORDS = GENERIC.document_words

# Each of `names`: a real line printing it (or its plural) and no other name nor a year, so the word alone makes
# the line a title to the section rules, never a section of the plan.
NAME_LINES = {
    # a plan named by no phrase of `plan_titles` (which name a document as `names` do: `Ofsted improvement plan`)
    "plan": (f"{OTHERS}/rotherham_empty_homes_action_plan_2019_22.txt", "Empty Homes Plan"),
    "strategy": (f"{OTHERS}/boroondara_cx_timeline_for_action_2014.txt",
                 "Horizon 0: Strategy adoption through first 6 months"),
    "statement": (f"{OTHERS}/kingston_ags_action_plan_2012_13.txt", "Annual Governance Statement"),
    "report": (f"{OTHERS}/iow_district_audit_letter_recommendations_2002.txt",
               "Further reports will be made at regular intervals."),
    "letter": (f"{OTHERS}/iow_district_audit_letter_recommendations_2002.txt",
               "DISTRICT AUDIT \u2013 ANNUAL AUDIT LETTER 200/01 ACCOUNTS"),
    "schedule": (f"{OTHERS}/bracknell_caring_2023_24_q3.txt", "The colours represent the progress made in relation "
                 "to each objective. Green indicates that progress is being made as per our planned schedule. The "
                 "numbers represent how many objectives have been allocated that status."),
    "programme": (f"{OTHERS}/rbkc_council_plan_action_plan_2025_27_fairer.txt", "17. New Homes Programme."),
    "framework": ("samples/004_d0d661fda207b69c.txt", "Authorities must comply with the Prudential Framework in "
                  "making investment and borrowing decisions and not take on excessive risk. They should have "
                  "effective systems for identifying, reporting, addressing and reviewing financial risk and have "
                  "consideration of CIPFA's Financial Resilience Index."),
    "policy": (f"{OTHERS}/north_tyneside_waste_plan_2025_30.txt", "- Local policy priorities"),
    "summary": (f"{OTHERS}/iow_bv_action_plan_2002.txt", "3.1 Agree content of Executive Summaries"),
    "timeline": (f"{OTHERS}/east_cambridgeshire_lgr_timeline_bullets.txt", "Timeline"),
    "charter": (SQUEEZED, "encouraged, the risk that can be business cases and project charters, not only to the "
                "ongoing."),
    "scraip": (f"{OTHERS}/maidstone_scraip_kpi_2012.txt", "Notes on the completion of SCRAIP"),
    "appendix": (f"{OTHERS}/maidstone_scraip_2014.txt", "Appendix B"),
    "paper": (f"{OTHERS}/iow_district_audit_letter_recommendations_2002.txt", "PAPER B1"),
    "minutes": ("tests/fixtures/other_councils/refused/north_norfolk_minutes_2024.txt", "Minutes:"),
    "agenda": (SQUEEZED, "Whilst the updated risk management Risk discussion to be a standard agenda item for All CHoS"),
    "corporate performance": (f"{OTHERS}/bracknell_caring_2023_24_q3.txt",
                              "Corporate performance on caring for you and your family"),
}
# Each of `sections` a sample prints: a real heading it opens, and the form the section rules give the line.
SECTION_LINES = {
    "cross-cutting theme": (f"{OTHERS}/buckinghamshire_homelessness_2022_25_cross_cutting_2.txt",
                            "Cross cutting theme 2", "counted cross cutting theme"),
    "priority": (f"{OTHERS}/rotherham_year_ahead_delivery_plan_2024_25.txt",
                 "Priority: Helping people to feel safe in their community", "labelled priority"),
    "theme": ("samples/runnymede_web/theme3_governance_plain.txt", "Theme 3: Governance", "labelled theme"),
    "horizon": (f"{OTHERS}/boroondara_cx_timeline_for_action_2014.txt",
                "Horizon 0: Strategy adoption through first 6 months", "labelled horizon"),  # over its `strategy`
    "outcome": ("tests/fixtures/sections/argyll_bute_soa_outcome_4.txt",  # its number, then a dash
                "Outcome 4 - In Argyll and Bute children and young people have the best possible start",
                "labelled outcome"),
    "goal": ("tests/fixtures/sections/manningham_council_plan_2017_21_goals.txt",  # a dotted number, then a colon
             "Goal 1.1: A Healthy, Resilient and Safe Community", "labelled goal"),
    "objective": ("tests/fixtures/sections/housing_service_improvement_plan_2006_09_docstoc.txt",
                  "Objective: 1 - Determine the current and future housing needs of the Borough", "labelled objective"),
    "target": (f"{OTHERS}/waverley_voids_improvement_plan_progress_2003.txt",  # a row of its own, over its bullets
               "TARGET 1: Service Aims, Objectives and Standards That:", "labelled target"),
    # its number alone, over the aim's statement and the table's header (line 15 of Stratford-on-Avon's plan)
    "aim": ("tests/fixtures/owner_key/stratford_housing_strategy_action_plan_2015_20.txt", "Aim 1", "counted aim"),
}
# Words of a plan's parts that no real document prints as a heading yet: kept as the plan vocabulary sections.py held.
# Still no real line for these, nor for SECTION_LISTS_UNSEEN and PARTS_UNSEEN: 38 searches of stored public pages
# (2026-12-03) and 37 more for the section words and the parts (2026-12-04, corpus `pages`: each word with a number
# and a colon or dash, alone and with council plan, action plan, improvement plan, delivery plan, transformation and
# reorganisation words, e.g.
# `council action plan "Pillar 1:" actions`, `Workstream: action owner due date RAG status council transformation
# programme`, `Phase 2 - Actions Lead Timescale council strategy delivery plan`, `Table 1: Action plan council
# improvement actions responsible officer`) found these words only inside sentences ("as set out in Annex 1", "Part 1
# and Part 2 documents", "the next phase of its journey"), headings of no council ("Pillar 3 - Building
# prosperity", an EU strategy's page) or of no plan ("Part 1: Strategic context", a statement of common ground).
# `goal`, `objective` (SECTION_LINES), `annexe` and `annex` (PART_LINES) have real headings since. `pillar` opens no
# real heading yet, but Mid and East Antrim's self-assessment pages call their part by it (`Under this pillar:`), which
# makes the name printed above a heading (tests/parsers/test_named_parts.py, with the word and without it).
SECTION_WORDS_UNSEEN = {"ambition", "pillar", "workstream", "phase"}
# Each of `section_kinds`: a real heading where it stands before a section word, and the form the section rules give
# the line, that of the section word (with no kind before it, no rule reads the line).
SECTION_KIND_LINES = {
    "community": (f"{SECTIONS}/port_macquarie_hastings_delivery_program_2017_21_themes.txt",
                  "Community Theme 1 \u2013 Leadership and Governance", "labelled theme"),
    "priority": (f"{SECTIONS}/dover_corporate_plan_priority_theme_three.txt",  # a section word itself, then another
                 "Priority Theme Three: Climate Change, Environment and Assets", "labelled theme"),
}
# `strategic`: `Strategic Objective 1: Maintain a high quality, clean and green environment in the borough`, a Council
# Plan 2011-15 progress report's heading that a search of stored public pages (corpus `pages`) met on 2026-12-03,
# was not met again by 40 searches of that corpus and one of `docs` on 2026-12-04 (the heading itself, its words,
# `Council Plan 2011-15` with progress, quarter, six monthly, end of year, cabinet and appendix words, `"Strategic
# Objective 1:"` alone and with council plan, delivery plan, improvement plan, RAG, milestones and lead officer
# words, the copy hosts studylib, docplayer and yumpu), nor by the code index (`Strategic Objective 1: Maintain a high
# quality`, `clean and green environment in the borough`): no copy of it kept, so the word reads no real line here
# yet. The same searches met `Strategic Priority` only in sentences and page titles ("Strategic priority progress
# reports"). Belfast's `Improvement objective 1` (samples/other_councils) restates its page's `Objective 1: Our
# services`; `improvement` is no kind here: with it the line would be a counted heading and the sentence under it,
# `Our services and facilities: Maintain ... provide.`, its name. Searched again 5 December 2026 (belfast3, corpus
# `pages`, 8 queries: `"Strategic Objective 1:"` and `Strategic Objective 2:` with council improvement plan,
# self-assessment, corporate plan, progress, RAG, milestones and lead officer words; `Improvement Objective 1:` to `3:`
# with Northern Ireland councils' names and performance improvement plan, self-assessment and annual performance
# report words): no `Strategic Objective N:` heading of a UK council (only US and New Zealand strategic plan pages). The
# `Improvement objective N: Name` headings found are Belfast's own (its Performance Improvement Plan 2024-2025's
# `Improvement objective 4: Our planet`, its 2023-24 self-assessment summary's `Improvement objective 1: our
# services`) and Newry, Mourne and Down's plan's contents (`Performance Improvement Objective 1`, the kind before
# `improvement`); with `improvement` a kind, the sample pages' `Improvement objective 4` over its statement sentence
# makes that sentence a heading level over every milestone (tried: the section path gains `Achievement of improvement
# objective > Improvement objective 4 > Our environment: Help tackle climate change, ...`), so it is not added.
SECTION_KINDS_UNSEEN = {"strategic"}
# Each of `agenda_items`: a real minute naming a section's item by it, after the section word and its number, no
# section to the rules (tests/parsers/test_sections_minute_lines.py: without the word, the minute cut short is one).
AGENDA_ITEM_LINES = {
    "item": ("tests/fixtures/other_councils/refused/epping_forest_minutes_2018_q4_outturn.txt",
             "Objective 1.b \u2013 item 11: Councillor Bedford requested an update on the St. John\u2019s Road site "
             "development. He was told that the council had recently received a draft document that had been agreed "
             "by the Town Council. Officers were now looking at the final draft and hoping to have it sealed by the end "
             "of this week."),
}
# Each of `section_lists` a sample prints after `Our`: a real heading, the form the section rules give it, and the
# form without the word (the caption rule then takes it, by its last word).
SECTION_LIST_LINES = {
    "deliverables": (f"{OTHERS}/rbkc_council_plan_action_plan_2025_27_fairer.txt", "Fairer: Our Deliverables"),
}
SECTION_LISTS_UNSEEN = {"priorities", "actions", "commitments", "objectives"}  # as sections.py's WHAT_WE_DO held them
# Each of `captions`: a real heading ending with it, a caption to the section rules.
CAPTION_LINES = {
    "actions": (f"{OTHERS}/kingston_ags_action_plan_2012_13.txt", "Improvement areas and actions"),
    "milestones": (f"{OTHERS}/maidstone_strategic_plan_2016_17.txt", "Milestones"),
    "deliverables": (f"{OTHERS}/rbkc_council_plan_action_plan_2025_27_caring.txt",
                     "Caring and Competent: Our Deliverables"),
}
# Each of `numbered_parts`: a real line labelling a part by it, a heading that ends a table of one cell a line.
PART_LINES = {
    "appendix": ("tests/fixtures/cell_lines/notes_after_text_column_last.txt", "Appendix B - Performance indicators"),
    "section": (f"{OTHERS}/southend_foi_practice_recommendation_2024.txt", "Section A"),
    "annexe": ("tests/fixtures/sections/iow_housing_renewal_action_plan_2003_annexe_b.txt", "Annexe B"),
    "annex": ("tests/fixtures/sections/runnymede_lgr_proposal_annex_1_workstreams.txt",
              "Annex 1 \u2013 Implementation workstream/theme focus"),
}
PARTS_UNSEEN = {"part", "table", "schedule"}  # as cell_lines.py's heading rule held them


def _without(profile: Profile, table: str, word: str) -> Profile:
    """The profile with one word taken out of one of its [document_words] lists."""
    words = profile.document_words
    return replace(profile, document_words=replace(words, **{table: tuple(w for w in getattr(words, table)
                                                                           if w != word)}))


def _printed(path: str, text: str) -> bool:
    return text in {" ".join(line.split()) for line in (ROOT / path).read_text(encoding="utf-8").splitlines()}


def test_every_word_has_its_line():
    assert list(NAME_LINES) == list(WORDS.names)
    assert set(SECTION_LINES) | SECTION_WORDS_UNSEEN == set(WORDS.sections)
    assert not set(SECTION_LINES) & SECTION_WORDS_UNSEEN
    assert set(SECTION_KIND_LINES) | SECTION_KINDS_UNSEEN == set(WORDS.section_kinds)
    assert not set(SECTION_KIND_LINES) & SECTION_KINDS_UNSEEN
    assert list(AGENDA_ITEM_LINES) == list(WORDS.agenda_items)
    assert set(SECTION_LIST_LINES) | SECTION_LISTS_UNSEEN == set(WORDS.section_lists)
    assert not set(SECTION_LIST_LINES) & SECTION_LISTS_UNSEEN
    assert set(CAPTION_LINES) == set(WORDS.captions)
    assert set(PART_LINES) | PARTS_UNSEEN == set(WORDS.numbered_parts)
    assert not set(PART_LINES) & PARTS_UNSEEN


@pytest.mark.parametrize("word", list(SECTION_LINES))
def test_a_section_word_opens_a_section_and_without_it_the_line_is_none(word):
    path, text, form = SECTION_LINES[word]
    assert _printed(path, text)
    assert form_of(UnplacedLine(text, "other", WORDS)) == form
    assert form_of(UnplacedLine(text, "other", _without(GENERIC, "sections", word).document_words)) != form


@pytest.mark.parametrize("word", list(SECTION_KIND_LINES))
def test_a_section_kind_reads_its_heading_as_its_section_word_and_without_it_the_line_is_none(word):
    path, text, form = SECTION_KIND_LINES[word]
    assert _printed(path, text)
    assert form_of(UnplacedLine(text, "other", WORDS)) == form
    assert form_of(UnplacedLine(text, "other", _without(GENERIC, "section_kinds", word).document_words)) is None


# Real lines that name a section with its kind or number inside them, not opening them: Port Augusta's sentence
# about its plan's objectives (`Objective 1 \u2013 We Thrive` mid-sentence, after `Community Vision and Strategic
# Plan`), Dover's breadcrumb over its heading, Port Macquarie-Hastings' sentence naming its `Community Strategic Plan`.
MENTIONS = [(f"{SECTIONS}/port_augusta_council_achievements_2014_18.txt", "The Community Vision and Strategic Plan "
             "2013-2017, which was reviewed by Council and adopted in March 2016 identified six Goal Areas being; "
             "Objective 1 \u2013 We Thrive, Objective 2 \u2013 We Create, Objection 3 \u2013 We Connect, Objective 4 "
             "\u2013 We Care, Objective 5 \u2013 We Celebrate, Objective 6 \u2013 We Achieve. In March, Council "
             "identified 5 key areas of focus which included a) Resolution of Aged Care, b) Financial Sustainability, "
             "c) Infrastructure and Asset Renewal, d) Shared Services, 5) City Image."),
            (f"{SECTIONS}/dover_corporate_plan_priority_theme_three.txt", "Home > Corporate Information > Corporate "
             "Plan > Priority Theme Three: Climate Change, Environment and Assets"),
            (f"{SECTIONS}/port_macquarie_hastings_delivery_program_2017_21_themes.txt", "Each incoming Council "
             "develops its four year Delivery Program which outlines the strategies that the organisation will focus "
             "on to meet the Community Strategic Plan.")]


@pytest.mark.parametrize(("path", "text"), MENTIONS)
def test_a_line_mentioning_a_section_is_none(path, text):
    assert _printed(path, text)
    assert form_of(UnplacedLine(text, "other", WORDS)) is None


def test_sections_and_titles_ask_the_same_list():
    """Brighton's one line above its table is the document's title; without `plan` in the profile's names and
    `action plan` in its plan titles (which name a document as the names do) it names no document to either
    module: no title, and a heading over the table that every action is under."""
    name = SAMPLES / "other_councils" / "brighton_hove_tree_action_plan_2022_27.txt"
    unnamed = _without(_without(GENERIC, "names", "plan"), "plan_titles", "action plan")
    for profile, title, over in [(GENERIC, "TREE ACTION PLAN", ()), (unnamed, None, ("TREE ACTION PLAN",))]:
        parsed = process(name, profile, None).parsed
        assert parsed.title == title
        assert {tuple(h.text for h in a.sections) for a in parsed.actions} == {over}
        assert names_document("TREE ACTION PLAN", profile.document_words) is (title is not None)


def test_a_profile_without_a_section_word_reads_the_plan_otherwise():
    """Buckinghamshire's `Cross cutting theme 2` and the name under it are its actions' two levels; a profile
    without the phrase leaves them unplaced and the actions under none."""
    name = SAMPLES / "other_councils" / "buckinghamshire_homelessness_2022_25_cross_cutting_2.txt"
    heads = [[h.text for h in a.sections] for a in process(name, GENERIC, None).parsed.actions]
    assert heads == [["Cross cutting theme 2", "Make best use of resources"]] * 2
    parsed = process(name, _without(GENERIC, "sections", "cross-cutting theme"), None).parsed
    assert [a.sections for a in parsed.actions] == [(), ()]
    assert {3, 5} <= {i.span.line_start for i in parsed.issues if i.code == "unplaced_text"}


def test_a_council_profile_adds_a_section_word(tmp_path):
    """A council's own word for its plan's parts is read as the generic ones are, the generic words still there."""
    own = tmp_path / "council.toml"
    own.write_text("[document_words]\nsections = ['Strand']\n", encoding="utf-8")
    words = load_profile(own).document_words
    assert words.sections[:2] == ("strand", "cross-cutting theme")
    assert form_of(UnplacedLine("Strand 2: Housing delivery", "other", words)) == "labelled strand"
    assert form_of(UnplacedLine("Strand 2: Housing delivery", "other", WORDS)) is None


def _title_of(text: str, words: DocumentWords) -> str | None:
    return _title(UnplacedLine(text, "other", words))


def _form_of(text: str, words: DocumentWords) -> str | None:
    return form_of(UnplacedLine(text, "other", words))


def _caption_of(text: str, words: DocumentWords) -> str | None:
    return _caption(UnplacedLine(text, "other", words))


def _agenda_item_of(text: str, words: DocumentWords) -> str | None:
    return _agenda_item(UnplacedLine(text, "other", words))


# Each list whose every word has its real line: the lines, the rule reading them, what it reads with the word, and
# without it.
READINGS = {
    "names": (NAME_LINES, _title_of, "", None),  # a title to the section rules; without: no rule
    "section_lists": (SECTION_LIST_LINES, _form_of, "what_we_do", "caption"),  # without: the caption rule, last word
    "captions": (CAPTION_LINES, _caption_of, "caption", None),
    "agenda_items": (AGENDA_ITEM_LINES, _agenda_item_of, "", None),  # a minute, no section; without: no rule
    "numbered_parts": (PART_LINES, ending_of, "heading", None),  # a heading that ends a one-cell-a-line table
}


@pytest.mark.parametrize(("table", "word"), [(t, w) for t, (lines, *_) in READINGS.items() for w in lines])
def test_a_word_reads_its_line_one_way_and_without_it_another(table, word):
    lines, rule, with_word, without_word = READINGS[table]
    path, text = lines[word]
    assert _printed(path, text)
    assert rule(text, WORDS) == with_word
    assert rule(text, _without(GENERIC, table, word).document_words) == without_word


def test_a_profile_without_a_part_word_reads_the_heading_into_the_table(tmp_path):
    """The fixture's one-cell-a-line table with its note and source taken out, so that its real `Appendix B -
    Performance indicators` is the first line after the table (no sample's table ends at a heading yet): the
    heading ends the table and is reported where it stands; a profile without `appendix` reads it into the
    table, in its last row's progress."""
    lines = (FIXTURES / "cell_lines" / "notes_after_text_column_last.txt").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "appendix_after_table.txt"
    path.write_text("\n".join(lines[:26] + lines[30:]) + "\n", encoding="utf-8")
    heading = "Appendix B - Performance indicators"

    def read(profile: Profile) -> tuple[list[str], list[str]]:
        parsed = process(path, profile, None).parsed
        return [i.raw_text for i in parsed.issues if i.code == "unplaced_text"], [a.progress or "" for a in parsed.actions]

    unplaced, progress = read(GENERIC)
    assert heading in unplaced and progress[-1] == "Draft strategy goes to the Audit Committee in July."
    unplaced, progress = read(_without(GENERIC, "numbered_parts", "appendix"))
    assert heading not in unplaced
    assert progress[-1] == f"Draft strategy goes to the Audit Committee in July.\n{heading}"
