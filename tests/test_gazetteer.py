"""The gazetteer pass: generic skill and sector names recognised in long-form prose, each a
fact only where its sentence or section says it is one, with its line as provenance."""

from __future__ import annotations

from pathlib import Path

import pytest

from careergraph.guides import parse_text
from careergraph.guides.gazetteer import Gazetteer
from careergraph.lexicon import GazetteerNames, Lexicon, load_lexicon
from careergraph.model import Guide


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_lexicon(load_lexicon())


def _guide(body: str) -> Guide:
    return parse_text("Overview\nA Quantity Surveyor is a cost specialist.\n" + body, "q.txt")


def _skills(guide: Guide) -> dict[str, int]:
    return {s.text: s.source.line for s in guide.skills}


def _sectors(guide: Guide) -> dict[str, int]:
    return {s.text: s.source.line for s in guide.sectors}


# -- matching ---------------------------------------------------------------------------------
def test_longest_match_on_word_boundaries(gazetteer: Gazetteer) -> None:
    found = [m.text for m in gazetteer.find("Microsoft Excel, anatomy and physiology; Excelsior")]
    assert found == ["Microsoft Excel", "anatomy and physiology"]


def test_short_names_and_acronyms_need_their_case(gazetteer: Gazetteer) -> None:
    assert [m.text for m in gazetteer.find("R and SQL")] == ["R", "SQL"]
    assert gazetteer.find("r and sql, or a gis") == []


def test_common_words_need_their_case_and_never_open_a_sentence(gazetteer: Gazetteer) -> None:
    assert [m.text for m in gazetteer.find("Budgets live in Excel.")] == ["Excel"]
    assert gazetteer.find("Excel at budgets. You excel at it.") == []


def test_name_glued_by_case_to_a_label_is_found(gazetteer: Gazetteer) -> None:
    assert gazetteer.sectors("IndustryConstruction, Facilities Management") == [
        "Construction", "Facilities Management"]


def test_positions_survive_characters_whose_lowercase_is_longer(gazetteer: Gazetteer) -> None:
    [match] = gazetteer.find("İİ uses QGIS")
    assert (match.start, match.text) == (8, "QGIS")


# -- skills -----------------------------------------------------------------------------------
def test_skill_needs_a_cue(gazetteer: Gazetteer) -> None:
    assert gazetteer.skills("Statistics departments grew last year.") == []
    assert gazetteer.skills("You need a working knowledge of statistics and Python.") == [
        ("statistics", "technical"), ("Python", "tool")]


def test_a_name_inside_a_longer_phrase_is_not_a_skill(gazetteer: Gazetteer) -> None:
    assert gazetteer.skills("Experience with marketing campaigns and sales targets.") == []
    assert gazetteer.skills("Proficient in business communication.") == []


def test_pay_and_degree_sentences_give_no_skills(gazetteer: Gazetteer) -> None:
    assert gazetteer.skills("Knowledge of finance pays: salaries start at $40,000.") == []
    assert gazetteer.skills("Skills: a degree in geography or geology.") == []


def test_a_name_as_subject_of_a_skill_statement(gazetteer: Gazetteer) -> None:
    assert gazetteer.skills("Good teamwork matters because nobody works alone.") == [
        ("teamwork", "soft")]


def test_prose_skills_become_facts_with_their_line() -> None:
    guide = _guide("Who would enjoy it?\n"
                   "Anyone who enjoys negotiation. You rely on contract administration, "
                   "Excel and attention to detail.\n")
    skills = _skills(guide)
    assert skills == {"negotiation": 4, "contract administration": 4, "Excel": 4,
                      "attention to detail": 4}


def test_skill_names_in_a_cue_free_sentence_are_not_facts() -> None:
    guide = _guide("The Job\nSurveyors in construction carry the budget from design to "
                   "handover; teamwork with architects is daily.\n")
    assert guide.skills == []


def test_a_whole_item_in_a_skills_section_is_not_cut_into_names() -> None:
    guide = _guide("Skills you need\n- customer service skills\n")
    assert _skills(guide) == {"customer service skills": 4}


def test_other_roles_sentences_give_no_skills() -> None:
    guide = _guide("Related Careers\nCivil Engineers use AutoCAD and project management "
                   "skills.\n")
    assert "AutoCAD" not in _skills(guide)


# -- sectors ----------------------------------------------------------------------------------
def test_sector_needs_a_cue_before_it(gazetteer: Gazetteer) -> None:
    assert gazetteer.sectors("Most work in construction, retail banking or local "
                             "government.") == ["construction", "local government"]
    assert gazetteer.sectors("Systems adhere to security standards in regulated "
                             "industries.") == []
    assert gazetteer.sectors("Insurance is a hard subject.") == []


def test_prose_sectors_become_facts_with_their_line() -> None:
    guide = _guide("Where they work\nEmployers include consultancies and main contractors, "
                   "and some work in local government.\n")
    assert _sectors(guide) == {"consultancies": 4, "main contractors": 4,
                               "local government": 4}


def test_industry_label_line() -> None:
    guide = _guide("Key facts\nIndustry: Legal Services, Government / Public Sector\n")
    assert _sectors(guide) == {"Legal Services": 4, "Government": 4, "Public Sector": 4}


# -- data -------------------------------------------------------------------------------------
def test_bundled_vocabulary_is_generic_and_extendable(tmp_path: Path) -> None:
    names = load_lexicon().gazetteer
    assert {"soft", "software", "knowledge"} <= set(names.skills)
    assert "Excel" in names.case_sensitive
    extra = Lexicon(gazetteer=GazetteerNames(skills={"trades": ["scaffolding"]},
                                             sectors={"industries": ["quarrying"]}))
    gazetteer = Gazetteer.from_lexicon(load_lexicon().merged(extra))
    assert gazetteer.skills("Knowledge of scaffolding.") == [("scaffolding", "technical")]
    assert gazetteer.sectors("Most work in quarrying.") == ["quarrying"]


def test_user_lexicon_file_adds_names(tmp_path: Path) -> None:
    (tmp_path / "mine.yaml").write_text(
        "gazetteer:\n  skills:\n    trades: [dry stone walling]\n", "utf-8")
    lexicon = load_lexicon([tmp_path])
    guide = parse_text("Overview\nA Waller Technician is a builder.\nThe job\n"
                       "You need skills in dry stone walling.\n", "w.txt", lexicon=lexicon)
    assert _skills(guide) == {"dry stone walling": 4}
