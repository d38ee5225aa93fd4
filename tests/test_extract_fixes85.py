"""Three defects earlier helpers listed (helper fixes85, stop 55): a group label before a
bracket of its kinds read as a skill ("Languages (French, German)"), three readers of the
heads a list's items share (now one, ``workplace_kinds.shared_heads``), and a listed kind of
company cut to a bare industry beside other kinds of employer ("security companies" ->
"security").  Every page and phrase here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.hiring_lines import headed_workplaces
from careergraph.guides.items import group_label, skill_names
from careergraph.guides.mentions import section_names
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplace_kinds import shared_heads
from careergraph.lexicon import load_lexicon

_VOCAB = Vocabulary.from_lexicon(load_lexicon())


def _skills(text: str) -> set[str]:
    return {s.text for s in parse_text(text, "page.txt").skills}


# 1. Group labels ---------------------------------------------------------------------------

_BULLETS = """\
Tour Desk Agent

What you need
- Languages (Dutch, Italian)
- Software (Tourplan, Excel)
- Microsoft Office (Word, Outlook)
- Python (pandas, NumPy)
- GIS software (ArcGIS Pro, QGIS)
"""


def test_a_group_label_before_its_bracket_is_no_skill_its_kinds_are() -> None:
    skills = _skills(_BULLETS)
    assert {"Dutch", "Italian", "Tourplan", "Excel"} <= skills
    assert "Languages" not in skills and "Software" not in skills


def test_a_product_or_a_qualified_kind_before_a_bracket_stays_a_skill() -> None:
    skills = _skills(_BULLETS)
    assert {"Microsoft Office", "Word", "Outlook", "Python", "pandas", "NumPy",
            "GIS software", "ArcGIS Pro", "QGIS"} <= skills


def test_a_dotted_strip_of_group_labels_gives_the_kinds() -> None:
    skills = _skills("Tour Desk Agent\n\nSkills\n"
                     "Languages (Dutch, Italian) · Tools (Tourplan, Zendesk) · guest care\n")
    assert {"Dutch", "Italian", "Tourplan", "Zendesk", "guest care"} <= skills
    assert not skills & {"Languages", "Tools"}


def test_skill_names_drops_the_label_only_before_its_bracket() -> None:
    assert skill_names("Languages (Dutch, Italian)", _VOCAB) == ["Dutch", "Italian"]
    assert skill_names("Certifications (Gas Safe, CSCS), rigging", _VOCAB)[-1] == "rigging"
    assert "Certifications" not in skill_names("Certifications (Gas Safe, CSCS)", _VOCAB)
    assert group_label("Soft skills") and not group_label("booking software")
    assert not group_label("Databases")  # ("Databases (Airtable)": a skill, recall6)


def test_a_languages_label_over_its_line_still_reads_its_list() -> None:
    # (the shape the lead's first try broke: the label is read ONLY before a bracket)
    skills = _skills("Field Cook\n\nA field cook feeds remote crews.\n\n"
                     "LANGUAGES :: Dutch required (C1) :: Italian an asset\n"
                     "MANDATORY TRAINING :: Food hygiene | First aid\n")
    assert {"Dutch", "Italian"} <= skills


# 2. One reader of shared heads -------------------------------------------------------------

def test_shared_heads_keeps_a_modifier_pair_on_its_noun_whole() -> None:
    assert shared_heads(["tram", "ferry operators"], "tram and ferry operators") == [
        "tram and ferry operators"]
    assert shared_heads(["marine", "cargo insurance"], "marine and cargo insurance") == [
        "marine and cargo insurance"]


def test_shared_heads_carries_an_adjective_s_noun_back_over_and_or() -> None:
    assert shared_heads(["port", "city electrical", "water boards"],
                        "port, city electrical or water boards") == [
        "port", "city electrical boards", "water boards"]


def test_shared_heads_gives_each_level_of_government_the_noun() -> None:
    assert shared_heads(["State", "Federal agencies"], "State and Federal agencies") == [
        "State agencies", "Federal agencies"]


def test_shared_heads_leaves_two_kinds_of_their_own_apart() -> None:
    assert shared_heads(["quarrying", "road haulage"], "quarrying and road haulage") == [
        "quarrying", "road haulage"]
    assert shared_heads(["clinics", "care homes"], "clinics and care homes") == [
        "clinics", "care homes"]
    # (two industries by their nouns' endings: the workplace reader joined them, the sector
    # reader did not; the one reader keeps them two)
    assert shared_heads(["schools", "recruitment", "community services"],
                        "schools, recruitment and community services") == [
        "schools", "recruitment", "community services"]


def test_a_hiring_list_reads_shared_heads_through_the_one_reader() -> None:
    # the hiring-line reader (fixes83's "-ical and") and the workplace-kind reader agree
    _, kinds = headed_workplaces(
        "Plant depots and quarries (e.g. Brackwater Plant Ltd, Ostley Aggregates), town "
        "councils' mechanical and fleet departments, and the informal sector.")
    assert "town councils' mechanical departments" in kinds and "fleet departments" in kinds
    # (before the merge this reader knew only the "-ical and" widening: a lone "tram")
    _, kinds = headed_workplaces(
        "Plant depots and quarries (e.g. Brackwater Plant Ltd, Ostley Aggregates), tram and "
        "ferry operators, and the informal sector.")
    assert "tram and ferry operators" in kinds and "tram" not in kinds


# 3. A listed kind of company stays whole beside other kinds ----------------------------------

def test_a_company_kind_among_kinds_of_employer_stays_whole() -> None:
    _, sectors = section_names(
        "Key cutting shops, security companies, builders' merchants and hospitals.", _VOCAB)
    assert "security companies" in sectors and "security" not in sectors


def test_a_company_kind_among_industries_is_its_industry() -> None:
    # ("firms" among kinds still gives the industry: tests/test_extract_sector_recall.py)
    _, sectors = section_names("Tile shops, accounting firms and builders' yards.", _VOCAB)
    assert "accounting" in sectors
    _, sectors = section_names("Insurance companies, banking and retail.", _VOCAB)
    assert "Insurance" in sectors and "Insurance companies" not in sectors
    _, sectors = section_names(
        "Manufacturing enterprises, FDI enterprises and logistics companies.", _VOCAB)
    assert "Manufacturing" in sectors
