"""Sections found and classified by structure and content: headings by meaning (questions,
phrases), label/value panels, flattened tables, sections whose heading says nothing."""

from __future__ import annotations

import pytest

from careergraph.errors import LexiconError
from careergraph.guides import parse_text
from careergraph.guides.headings import HeadingVocabulary, load_headings
from careergraph.guides.panels import glued_panels
from careergraph.guides.text import number_lines, repair_mojibake
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from careergraph.model import Guide, SkillKind


def texts(facts: list) -> list[str]:  # type: ignore[type-arg]
    return [f.text for f in facts]


def skills(guide: Guide) -> list[str]:
    return texts(guide.skills)


# -- headings by meaning ----------------------------------------------------------------------

def test_question_headings_name_their_sections() -> None:
    vocab = load_headings()
    assert vocab.classify("Where do tide gauge engineers work?") == "employers"
    assert vocab.classify("What skills does a hydrographer need?") == "skills"
    assert vocab.classify("How much does a ferry pilot earn?") == "salary"
    assert vocab.classify("What does a glazier do?") == "responsibilities"
    assert vocab.classify("Who hires glaziers?") == "employers"


def test_phrases_beat_general_words() -> None:
    vocab = load_headings()
    # "requir" names requirements, but skills are what the heading announces.
    assert vocab.classify("Skills Required to Become a Harbour Pilot:") == "skills"
    # "industry" alone is not a sector heading word; "Industry Trends" is the market.
    assert vocab.classify("Industry Trends") == "market"
    assert vocab.classify("Industry Adoption and Growth") == "market"
    assert vocab.classify("Top industries (2021)") == "sectors"
    assert vocab.classify("Related Occupations") == "lateral"
    # Requirements keep their phrasing: one related occupation is experience, not a move.
    assert vocab.classify("Work Experience in a Related Occupation") == "requirements"


def test_user_lexicon_extends_phrases_and_questions_keep_working() -> None:
    vocab = load_headings({"moves_up": {"phrases": ["stepping stone"]}})
    assert vocab.classify("Stepping Stones and Requirements") == "moves_up"
    assert vocab.classify("Where do pilots work?") == "employers"


def test_bad_question_pattern_is_a_lexicon_error() -> None:
    with pytest.raises(LexiconError, match="bad question pattern"):
        HeadingVocabulary.from_mapping({"kinds": {"skills": {"questions": ["(unclosed"]}}})


def test_question_heading_opens_an_employer_section() -> None:
    guide = parse_text(
        "Tide Gauge Engineer\n\n"
        "A Tide Gauge Engineer installs and maintains sea-level sensors.\n\n"
        "Where do tide gauge engineers work?\n\n"
        "- Google\n- Microsoft\n",
        "t.txt",
    )
    assert texts(guide.employers) == ["Google", "Microsoft"]


def test_long_title_case_heading_with_colon_opens_its_section() -> None:
    guide = parse_text(
        "A Harbour Pilot is a mariner who steers ships into port.\n\n"
        "Skills Required to Become a Harbour Pilot:\n\n"
        " Radar plotting\n Tidal calculations\n\n"
        "Top Colleges\n\n"
        "Northport Nautical College, Bristol\n\n"
        "Duration: 2 Years\n",
        "p.txt",
    )
    assert skills(guide) == ["Radar plotting", "Tidal calculations"]


# -- label/value panels ---------------------------------------------------------------------

FEATURE_TABLE = (
    "Glazing Technician Career Guide: Skills, Salary & Job Outlook\n\n"
    "A Glazing Technician cuts, fits and seals glass in shopfronts and curtain walls.\n\n"
    "FeatureDetailsRating\n"
    "Job TitleGlazing Technician 🪟\n"
    "IndustryConstruction, Shopfitting 🏗️\n"
    "Work EnvironmentBuilding Sites, Workshops 🟩🟩⬜\n"
    "Skill LevelMedium 🎯 (Glass Cutting, Sealant Application, Measuring)🟩🟩🟩⬜\n"
    "Stress LevelLow (Weather Delays, Heavy Panes)🟩⬜\n"
    "Growth OpportunitiesGood 📈 (Lead Glazing Technician, Glazing Supervisor)🟩🟩🟩⬜\n"
)


def test_glued_panel_rows_are_read_by_their_labels() -> None:
    guide = parse_text(FEATURE_TABLE, "glazier.txt")
    assert guide.role.text == "Glazing Technician"
    assert texts(guide.sectors) == ["Construction", "Shopfitting"]
    assert skills(guide) == ["Glass Cutting", "Sealant Application", "Measuring"]
    assert texts(guide.leads_to) == ["Lead Glazing Technician", "Glazing Supervisor"]


def test_panel_rows_no_rule_knows_yield_nothing() -> None:
    guide = parse_text(FEATURE_TABLE, "glazier.txt")
    everything = {*skills(guide), *texts(guide.sectors), *texts(guide.leads_to),
                  *texts(guide.employers)}
    assert not everything & {"Weather Delays", "Heavy Panes", "Building Sites", "Workshops",
                             "Details", "Rating"}


def test_camel_case_names_alone_are_not_a_panel() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    lines = number_lines("PyTorch\nGitHub\nJavaScript\nDevOps")
    assert glued_panels(lines, lambda label: vocab.headings.classify(label)) == {}


def test_dash_rows_under_a_skills_heading() -> None:
    guide = parse_text(
        "A Hydrographic Engineer is a surveyor of the sea bed.\n\n"
        "Technology Skills\n"
        "  • Survey processing software — CARIS HIPS; Qimera\n"
        "  • Spreadsheet software — Microsoft Excel\n"
        "back to top\n"
        "Knowledge\n"
        "  • Physics — how sound travels through water of changing temperature.\n"
        "Geodesy — fixing positions on the earth's surface from satellite signals.\n",
        "h.txt",
    )
    assert skills(guide) == ["CARIS HIPS", "Qimera", "Microsoft Excel", "Physics", "Geodesy"]
    tools = [s.text for s in guide.skills if s.kind is SkillKind.TOOL]
    assert tools == ["CARIS HIPS", "Qimera", "Microsoft Excel"]


# -- flattened tables -------------------------------------------------------------------------

def test_table_flattened_one_cell_a_line() -> None:
    guide = parse_text(
        "A Farrier Technician is a craftsperson who shoes horses.\n\n"
        "Skills\n\n"
        "ImportanceSkill\n"
        "81\n \n"
        "Hoof Trimming — shaping the hoof before a shoe is fitted.\n"
        "64\n \n"
        "Forging — shaping shoes on the anvil.\n",
        "f.txt",
    )
    assert skills(guide) == ["Hoof Trimming", "Forging"]


def test_level_table_is_a_ladder() -> None:
    guide = parse_text(
        "Support Engineer\n"
        "| Level | Track | Position |\n"
        "|---|---|---|\n"
        "| 1 | No | SE1 - Support Engineer 1 |\n"
        "| 2 | No | SE2 - Support Engineer 2 |\n"
        "| 3 | Yes | SE3 - Support Engineer 3 |\n",
        "se.md",
    )
    steps = [[s.text for s in ladder] for ladder in guide.progressions]
    assert steps == [["Support Engineer 1", "Support Engineer 2", "Support Engineer 3"]]


def test_coded_occupation_rows_under_related_occupations() -> None:
    guide = parse_text(
        "A Marine Engineer keeps ships' engines running.\n\n"
        "Related Occupations\n\n"
        "17-2121.00 Naval Architects\n"
        "49-3051.00 Motorboat Mechanics\n",
        "m.txt",
    )
    assert texts(guide.transitions_to) == ["Naval Architects", "Motorboat Mechanics"]


# -- sections by content ---------------------------------------------------------------------

def test_unknown_heading_over_pay_lines_is_a_salary_section() -> None:
    guide = parse_text(
        "A Ferry Pilot Engineer is a mariner.\n\n"
        "Take-Home Figures\n\n"
        "Starting out 41,000 USD\n"
        "With five years 56,000 USD\n",
        "fp.txt",
    )
    assert sorted(s.min for s in guide.salaries) == [41000, 56000]


def test_unknown_heading_over_known_employers_is_an_employer_section() -> None:
    guide = parse_text(
        "A Cloud Support Engineer helps customers run their workloads.\n\n"
        "The Usual Suspects\n\n"
        "Google\nMicrosoft\nAmazon\n",
        "c.txt",
    )
    assert texts(guide.employers) == ["Google", "Microsoft", "Amazon"]


def test_sentence_case_line_over_known_employers_heads_them() -> None:
    guide = parse_text(
        "A Cloud Support Engineer helps customers run their workloads.\n\n"
        "Who you would work for\n\n"
        "Google\nMicrosoft\nAmazon\n",
        "c.txt",
    )
    assert texts(guide.employers) == ["Google", "Microsoft", "Amazon"]


def test_unknown_heading_over_role_titles_is_not_guessed() -> None:
    guide = parse_text(
        "A Ferry Pilot is a mariner.\n\n"
        "Worth a look\n\n"
        "Harbour Master\nMarine Superintendent\n",
        "fp.txt",
    )
    assert (guide.leads_to, guide.transitions_to, guide.moves_in) == ([], [], [])


# -- text repair ------------------------------------------------------------------------------

def test_mojibake_beside_emoji_is_repaired_run_by_run() -> None:
    assert repair_mojibake("πŸ“ˆ Market Demand\n49,000β€”78,000") == (
        "📈 Market Demand\n49,000—78,000")


def test_table_header_names_its_columns() -> None:
    guide = parse_text(
        "A Radiology Technician is a health worker.\n\n"
        "Quick Stats\n\n"
        "Industry | Median Wage\n"
        "Hospitals | 78,000\n"
        "Outpatient Care Centers | 81,500\n",
        "r.txt",
    )
    assert texts(guide.sectors) == ["Hospitals", "Outpatient Care Centers"]
    assert [(s.min, s.label) for s in guide.salaries] == [
        (78000, "Hospitals"), (81500, "Outpatient Care Centers")]


def test_list_printed_on_one_line_with_inline_bullets() -> None:
    guide = parse_text(
        "A Radiology Technician is a health worker.\n\n"
        "Key Skills: Patient care • Radiation safety • Image processing\n",
        "r.txt",
    )
    assert skills(guide) == ["Patient care", "Radiation safety", "Image processing"]


def test_two_items_on_one_line_need_a_section_label() -> None:
    guide = parse_text(
        "A Radiology Technician is a health worker.\n\n"
        "Soft Skills: Patience • Empathy\n"
        "Shift pattern: days · nights\n",
        "r.txt",
    )
    assert [(s.text, s.kind) for s in guide.skills] == [
        ("Patience", SkillKind.SOFT), ("Empathy", SkillKind.SOFT)]


def test_value_above_its_caption() -> None:
    guide = parse_text(
        "A Radiology Technician is a health worker.\n\n$63,400\n\nmedian salary\n\n"
        "11%\n\ngrowth rate\n",
        "r.txt",
    )
    assert [(s.min, s.max, s.statistic) for s in guide.salaries] == [(63400, 63400, "median")]


def test_counts_in_a_pay_section_are_not_pay() -> None:
    guide = parse_text(
        "A Radiology Technician is a health worker.\n\n"
        "Wages & Employment Trends\n\n"
        "Median wages (2023)  $31.20 hourly, $64,900 annual\n"
        "Employment (2022)  8,100 employees\n"
        "Projected job openings (2022-2032)  700\n",
        "r.txt",
    )
    assert sorted((s.min, s.period) for s in guide.salaries) == [
        (31.2, "hour"), (64900, "year")]


def test_numbered_names_under_sector_and_employer_headings() -> None:
    guide = parse_text(
        "A Radiology Technician is a health worker.\n\n"
        "Top Industries\n1. Healthcare\n2. Government\n\n"
        "Top Employers\n1\nNorthside Hospital\n2\nVantage Imaging\n",
        "r.txt",
    )
    assert texts(guide.sectors) == ["Healthcare", "Government"]
    assert texts(guide.employers) == ["Northside Hospital", "Vantage Imaging"]


@pytest.mark.parametrize("separator", [": ", " — "])
def test_key_facts_panel_with_colon_or_dash(separator: str) -> None:
    rows = [("Industry", "Construction, Shopfitting"),
            ("Skill Level", "Medium (Glass Cutting, Sealant Application)"),
            ("Growth Opportunities", "Good (Lead Glazing Technician, Glazing Supervisor)"),
            ("Stress Level", "Low (Weather Delays, Heavy Panes)"),
            ("Top Employers", "Northside Glass, Clearview Facades")]
    guide = parse_text(
        "Glazing Technician Career Guide\n\nA Glazing Technician cuts and fits glass.\n\n"
        "Key Facts\n"
        + "".join(f"{label}{separator}{value}\n" for label, value in rows),
        "g.txt",
    )
    assert skills(guide) == ["Glass Cutting", "Sealant Application"]
    assert texts(guide.sectors) == ["Construction", "Shopfitting"]
    assert texts(guide.employers) == ["Northside Glass", "Clearview Facades"]
    assert texts(guide.leads_to) == ["Lead Glazing Technician", "Glazing Supervisor"]


def test_bracketed_names_after_a_title_are_not_a_rating() -> None:
    guide = parse_text(
        "A Data Engineer builds pipelines.\n\nFeeder roles: Data Analyst (SQL, Python)\n",
        "d.txt",
    )
    assert texts(guide.moves_in) == ["Data Analyst"]


def test_glued_stat_panel_keeps_its_labels() -> None:
    guide = parse_text(
        "Glazing Technician Career Guide\n\nA Glazing Technician cuts and fits glass.\n\n"
        "Average Salary$48,300\nJob Growth4%\nTypical EducationHigh School Diploma\n"
        "IndustryConstruction\n",
        "g.txt",
    )
    assert [(s.min, s.statistic) for s in guide.salaries] == [(48300, "average")]
    assert texts(guide.sectors) == ["Construction"]


def test_competency_matrix_and_company_table() -> None:
    guide = parse_text(
        "A Product Designer is a designer of digital products.\n\n"
        "Competency Matrix\n\n"
        "| Competency | Junior | Mid | Senior |\n|---|---|---|---|\n"
        "| Interaction Design | Follows patterns | Extends patterns | Defines patterns |\n"
        "| User Research | Assists | Runs studies | Sets research strategy |\n\n"
        "Who Hires\n\n"
        "| Company | Location |\n| Northside Studio | Leeds |\n| Brightlane Apps | Bristol |\n",
        "pd.txt",
    )
    assert skills(guide) == ["Interaction Design", "User Research"]
    assert texts(guide.employers) == ["Northside Studio", "Brightlane Apps"]
