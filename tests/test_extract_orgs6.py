"""Employers and sectors in general (orgs6): structures of many sites, each with a page that
states it and a page that must not be read as one.

- "works mostly for A and B": an adverb between the work verb and its preposition;
- "work with A and B and others in X and Y": named employers, then their kinds after "in";
- a lone pair of plural kinds ("Markets we serve: water utilities and river authorities");
- a run-in list whose item opens with "in" ("Where our graduates work: A, in X and Y");
- a posting's field "Employer: X" (a withheld name is none; a contract's "1. Employer"
  clause heads no section);
- "<Org> is hiring / is looking for …": the subject hires the role.

Every page is invented here (roles, organisations, places).
"""

from __future__ import annotations

from careergraph.guides import parse_text

LEAD = ("# Kiln Operator\n\nKiln operators fire clay goods in industrial kilns and watch "
        "temperatures on long shifts.\n\n## Overview\n\n")


def _orgs(body: str) -> tuple[set[str], set[str]]:
    guide = parse_text(LEAD + body + "\n", "kiln-operator.txt")
    return {f.text for f in guide.employers}, {f.text for f in guide.sectors}


def test_an_adverb_between_work_and_for_keeps_the_list() -> None:
    _, sectors = _orgs("The kiln operator (Brennmeister) works mostly for brickworks and tile "
                       "factories.")
    assert {"brickworks", "tile factories"} <= sectors
    assert "tile" not in sectors  # (not a client industry "tile" of "for A and tile factories")


def test_an_adverb_of_manner_opens_no_list() -> None:
    employers, sectors = _orgs("Kiln operators work mostly in pairs on nights.")
    assert not employers
    assert not sectors


def test_named_employers_then_their_kinds() -> None:
    employers, sectors = _orgs("Our graduates work with Quarrel Bay Pottery and Fenmoor Tiles "
                               "and others in brickworks and sanitaryware plants.")
    assert {"Quarrel Bay Pottery", "Fenmoor Tiles"} <= employers
    assert {"brickworks", "sanitaryware plants"} <= sectors


def test_tools_worked_with_in_teams_name_nothing() -> None:
    employers, sectors = _orgs("Apprentices work with Excel and Outlook in small teams.")
    assert not employers
    assert not sectors


def test_a_public_body_opened_by_initials_stays_one_name() -> None:
    employers, sectors = _orgs("Most kiln operators work for HM Kilns and Furnaces Service in "
                               "state potteries.")
    assert "HM Kilns and Furnaces Service" in employers
    assert "HM Kilns" not in employers
    assert "state potteries" in sectors


def test_a_lone_pair_of_plural_kinds_is_two_sectors() -> None:
    _, sectors = _orgs("Markets we serve: water utilities and river authorities.")
    assert {"water utilities", "river authorities"} <= sectors


def test_a_fixed_pair_stays_one_sector() -> None:
    _, sectors = _orgs("Markets we serve: oil and gas.")
    assert "oil and gas" in sectors
    assert "oil" not in sectors


def test_a_run_in_item_keeps_no_preposition() -> None:
    employers, sectors = _orgs("Where our graduates work: Quarrel Bay Pottery and Fenmoor "
                               "Tiles, in brickworks and potteries.")
    assert {"Quarrel Bay Pottery", "Fenmoor Tiles"} <= employers
    assert "brickworks" in sectors
    assert "in brickworks" not in sectors


def test_an_employer_field_names_the_employer() -> None:
    employers, _ = _orgs("Employer: Fenmoor Tiles Ltd\nLocation: Ashgrove")
    assert "Fenmoor Tiles Ltd" in employers


def test_a_withheld_employer_is_no_name() -> None:
    for value in ("Confidential", "Self-employed", "Private"):
        employers, _ = _orgs(f"Employer: {value}")
        assert value not in employers


def test_a_contract_clause_heading_employer_lists_no_employee() -> None:
    page = ("Kiln Operator: contract of employment\n\n1. Employer\nFenmoor Tiles, Dock Road, "
            "Ashgrove.\n2. Employee\nMara Quill, 4 Elm Row.\n")
    employers = {f.text for f in parse_text(page, "contract.txt").employers}
    assert "Mara Quill" not in employers
    assert "Employee" not in employers


def test_an_organisation_hiring_is_the_employer() -> None:
    employers, _ = _orgs("Quarrel Bay Pottery is hiring a kiln operator for its night shift.")
    assert "Quarrel Bay Pottery" in employers
    employers, _ = _orgs("Fenmoor Tiles is looking for an experienced kiln operator.")
    assert "Fenmoor Tiles" in employers


def test_a_pronoun_or_a_kind_hiring_is_no_employer() -> None:
    for sentence in ("We are looking for an experienced kiln operator.",
                     "Recruiters are looking for operators with a forklift ticket.",
                     "Everyone is hiring this spring."):
        employers, _ = _orgs(sentence)
        assert not employers, sentence


def test_names_listed_as_the_largest_employers() -> None:
    employers, _ = _orgs("Quarrel Bay Pottery and Fenmoor Tiles are the largest employers of "
                         "kiln operators in the county.")
    assert {"Quarrel Bay Pottery", "Fenmoor Tiles"} <= employers


def test_kinds_listed_as_the_largest_employers_are_no_names() -> None:
    employers, _ = _orgs("Potteries and Brickworks are the largest employers.")
    assert not employers


def test_the_main_employer_is_a_name() -> None:
    employers, _ = _orgs("The largest employer of kiln operators in Northshire is Fenmoor Tiles.")
    assert "Fenmoor Tiles" in employers


def test_the_main_employer_is_no_clause() -> None:
    employers, sectors = _orgs("The main employer is responsible for training new operators.")
    assert not employers
    assert not sectors


def test_the_self_employed_work_for_no_kind() -> None:
    employers, sectors = _orgs("Many work for themselves or for small family potteries.")
    assert "themselves" not in sectors
    assert "small family potteries" in sectors
    assert not employers


def test_a_singular_industry_with_its_article() -> None:
    _, sectors = _orgs("Most kiln operators work in the building materials industry.")
    assert "building materials industry" in sectors


def test_where_the_jobs_are_found() -> None:
    _, sectors = _orgs("Jobs for kiln operators are found mainly with brickworks, potteries and "
                       "glassworks.")
    assert {"brickworks", "potteries", "glassworks"} <= sectors
    _, sectors = _orgs("Kiln operators are in demand at brickworks and refractory plants.")
    assert {"brickworks", "refractory plants"} <= sectors


def test_jobs_in_regions_name_no_kind() -> None:
    employers, sectors = _orgs("Jobs are mostly in Northshire and Westmoor.")
    assert not employers
    assert not sectors
    employers, sectors = _orgs("Skills needed in the job include patience.")
    assert not employers
    assert not sectors


def test_industries_include_a_list() -> None:
    _, sectors = _orgs("Common industries include ceramics, glass and cement manufacturing.")
    assert {"ceramics", "glass", "cement manufacturing"} <= sectors
    _, sectors = _orgs("Key sectors include a mix of public and private bodies.")
    assert not sectors


def test_shares_after_each_industry_are_cut() -> None:
    _, sectors = _orgs("Industries: Ceramics (25%), Glassmaking (31%), Foundries (12%)")
    assert {"Ceramics", "Glassmaking", "Foundries"} <= sectors
    assert not any("%" in name for name in sectors)


def test_a_record_footer_names_no_employer() -> None:
    page = ("# Kiln Operator\n\nKiln operators fire clay goods in kilns.\n\n## Where they work\n\n"
            "Main employers are Fenmoor Tiles and Quarrel Bay Pottery.\n\n"
            "Data: Northshire Jobs Service | Registration 2026.03.14 | Views 2210\n")
    employers = {f.text for f in parse_text(page, "kiln-operator.txt").employers}
    assert {"Fenmoor Tiles", "Quarrel Bay Pottery"} <= employers
    assert not any("Views" in name or "Registration" in name or "Data" in name
                   for name in employers)


def test_a_known_firm_sharing_a_tools_name_is_an_employer_where_work_is_placed() -> None:
    page = ("# Data Engineer\n\nData engineers build pipelines.\n\n## Overview\n\n"
            "Most data engineers work for Databricks, Fenmoor Analytics and IBM.\n")
    employers = {f.text for f in parse_text(page, "data-engineer.txt").employers}
    assert {"Databricks", "Fenmoor Analytics", "IBM"} <= employers


def test_a_tool_worked_with_is_still_no_employer() -> None:
    page = ("# Data Engineer\n\nData engineers build pipelines.\n\n## Skills\n\n"
            "- Databricks, Snowflake and Airflow\n- Experience with Databricks is a plus.\n")
    assert not parse_text(page, "data-engineer.txt").employers


def test_a_posting_header_names_its_company_with_its_legal_form() -> None:
    page = ("Kiln Operator\nFenmoor Tiles Ltd — Ashgrove\n\n£12.40 an hour\n\nAbout the job\n"
            "Fire and unload tunnel kilns, record temperatures and keep the kiln log.\n")
    employers = {f.text for f in parse_text(page, "kiln-operator.txt").employers}
    assert "Fenmoor Tiles Ltd" in employers


def test_a_bare_name_under_the_title_needs_its_about_heading() -> None:
    page = ("Kiln Operator\nFenmoor Tiles — Ashgrove\n\nAbout Fenmoor Tiles\nFenmoor Tiles makes "
            "roof tiles at two plants.\n\nResponsibilities\n- Fire and unload tunnel kilns\n")
    employers = {f.text for f in parse_text(page, "kiln-operator.txt").employers}
    assert "Fenmoor Tiles" in employers
    page = ("Kiln Operator\nSalary Guide — Northshire\n\nKiln operators fire and unload tunnel "
            "kilns and keep the kiln log.\n")
    assert not parse_text(page, "kiln-operator.txt").employers


def test_a_forms_spaced_fields_name_employer_and_industry() -> None:
    page = ("Northshire Job Service   Job search   Print\n\nJob offer information (full-time)\n\n"
            "Job number            40120-88812\nReception date        2026/11/03\n"
            "Business name         Quarrel Bay Pottery Works\nIndustry              Ceramics\n"
            "Occupation            Kiln operator (tunnel kilns)\n"
            "Place of work         Ashgrove, Northshire\n"
            "Wage (a + b)          £2,100 ~ £2,400 a month\n"
            "a Basic pay           £1,950 ~ £2,250 a month\n"
            "Commuting             Paid in full (up to £90 a month)\n"
            "Bonus                 Yes (last year 1.5 months)\n"
            "Working hours         6:00 ~ 14:30 (break 45 minutes)\n"
            "Holidays              Sundays, public holidays\n\nJob description\n"
            "・Loading kiln cars before each firing\n・Watching the firing curve\n"
            "・Unloading and sorting fired tiles\n\nRemarks\n"
            "Our kiln team includes former bakers and foundry hands.\n")
    guide = parse_text(page, "kiln-operator.txt")
    assert "Quarrel Bay Pottery Works" in {f.text for f in guide.employers}
    assert "Ceramics" in {f.text for f in guide.sectors}


def test_a_tables_header_is_no_field() -> None:
    page = ("# Kiln Operator\n\nKiln operators fire clay goods in tunnel kilns.\n\n"
            "Industry      Share\nCeramics      41%\nGlassmaking   22%\n")
    sectors = {f.text for f in parse_text(page, "kiln-operator.txt").sectors}
    assert "Share" not in sectors


def test_an_organisation_counting_its_people_or_calling_to_join() -> None:
    employers, _ = _orgs("Fenmoor Tiles, a roof-tile maker in Ashgrove, employs 40 kiln "
                         "operators on three shifts.")
    assert "Fenmoor Tiles" in employers
    employers, _ = _orgs("Join Quarrel Bay Pottery as a kiln operator on our night shift.")
    assert "Quarrel Bay Pottery" in employers


def test_a_person_hiring_is_no_employer() -> None:
    for sentence in ("Mara is hiring a kiln operator for her studio.",
                     "Mara is looking for a kiln operator to share her kiln."):
        employers, _ = _orgs(sentence)
        assert not employers, sentence


def test_one_of_the_biggest_employers_or_hiring_most() -> None:
    employers, _ = _orgs("Fenmoor Tiles is one of the biggest employers of kiln operators in "
                         "Northshire.")
    assert "Fenmoor Tiles" in employers
    employers, _ = _orgs("Quarrel Bay Pottery hires most of the region's kiln operators.")
    assert "Quarrel Bay Pottery" in employers



def test_the_main_employer_after_its_article_and_no_catch_all_kind() -> None:
    page = ("# Court Interpreter\n\nCourt interpreters render testimony during hearings.\n\n"
            "## Where they work\n\nMany are freelancers who work with agencies such as "
            "Linmoor Language Services and Tessaly Partners and others.\n\n"
            "The largest employer of staff interpreters in the state is the Judicial Council "
            "of Northmere.\n")
    guide = parse_text(page, "court-interpreter.txt")
    employers = {f.text for f in guide.employers}
    assert "Judicial Council of Northmere" in employers
    assert "others" not in {f.text for f in guide.sectors}
