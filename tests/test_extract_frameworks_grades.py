"""Role, move and skill structures of salary-survey pages, career frameworks with
individual-contributor and manager tracks, grade promotion ladders, "at a glance" career
paths and knowledge-base statement tables (issue 10, sixth held-back set studied).

Each test writes its own small page (invented roles, wording and figures) in one structure
and asserts what the public parser reads from it.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from guide_facts import steps, texts


# -- the role --------------------------------------------------------------------------------
def test_salary_survey_headlines_name_the_role_not_average_or_money() -> None:
    page = ("Pay Atlas\nHome Surveys Calculators\nChile > Santiago > Transport > Crane Dispatcher\n"
            "Average Crane Dispatcher Salary in Santiago 2023\n"
            "How much money does a Crane Dispatcher make in Santiago?\n"
            "1,200,000 CLP per month\n")
    assert parse_text(page, "p.txt").role.text == "Crane Dispatcher"
    other = ("Pay Atlas\nHome Surveys Calculators\n"
             "Crane Dispatcher Average Salary in Santiago 2023\n"
             "How much money does a Crane Dispatcher make in Santiago?\n"
             "A Crane Dispatcher in Santiago takes home about 1,200,000 CLP a month.\n")
    assert parse_text(other, "p.txt").role.text == "Crane Dispatcher"


def test_a_pay_scale_title_names_a_post_the_page_repeats() -> None:
    page = ("Provincial Jobs\nHome » Jobs » Pay\n"
            "Lambardar Salary in Sindh 2024: BPS-7 Pay Scale and Duties\n"
            "The Lambardar collects village dues.\n"
            "| BPS-7 | PKR 20,000 | Lambardar, Peon |\n"
            "What Does a Lambardar Do?\n"
            "A Lambardar keeps the village revenue roll.\n")
    assert parse_text(page, "p.txt").role.text == "Lambardar"


def test_a_persona_byline_is_no_role_and_a_field_guide_names_its_practitioner() -> None:
    page = ("promptly.io\nTemplates Pricing Sign in\n"
            "Omar, the Ladder Designer\n"
            "Level Guide: Revenue Operations\n"
            "- L1: Associate Revenue Operations Analyst\n"
            "- L2: Revenue Operations Analyst\n"
            "- L3: Senior Revenue Operations Analyst\n"
            "Revenue Operations Analysts keep the sales data clean.\n")
    assert parse_text(page, "p.txt").role.text == "Revenue Operations Analyst"


# -- moves -----------------------------------------------------------------------------------
def test_framework_tracks_form_a_ladder_and_a_manager_branch() -> None:
    page = ("Warehouse Planner\nCareer Framework: Warehouse Planning\n"
            "Leveling Grid\n"
            "- IC Track\n"
            "- L1: Associate Warehouse Planner\n"
            "- L2: Warehouse Planner\n"
            "- L3: Senior Warehouse Planner\n"
            "- L4: Strategic Warehouse Planner\n"
            "- L5: Principal Warehouse Planner\n"
            "- Manager Track\n"
            "- L3: Planning Team Lead\n"
            "- L4: Planning Manager\n"
            "- L5: Director of Planning\n")
    guide = parse_text(page, "p.txt")
    found = steps(guide)
    assert ("Warehouse Planner", "Strategic Warehouse Planner") in found
    assert ("Strategic Warehouse Planner", "Principal Warehouse Planner") in found
    assert ("Warehouse Planner", "Planning Team Lead") in found  # from the rung below L3
    assert ("Planning Manager", "Director of Planning") in found
    # The role's own levels are the role, not moves from it.
    assert ("Warehouse Planner", "Senior Warehouse Planner") not in found
    assert ("Associate Warehouse Planner", "Warehouse Planner") not in found


def test_a_comma_list_of_three_titles_under_comes_from_is_three_moves() -> None:
    page = ("Fleet Safety Manager\nFleet safety managers keep drivers safe.\n\n"
            "Career path\n\nTypically comes from\n"
            "Route Safety Officer, Transport Detective, Depot Security Supervisor\n"
            "Next roles\nHead of Fleet Safety\n")
    guide = parse_text(page, "p.txt")
    assert set(texts(guide.moves_in)) == {
        "Route Safety Officer", "Transport Detective", "Depot Security Supervisor"}


def test_similar_jobs_with_a_currency_code_after_the_figure_are_no_moves() -> None:
    page = ("Parts Coordinator\nParts coordinators order spares for the workshop.\n"
            "Salaries for similar jobs\n"
            "Workshop Supervisor 41,200 MXN\nStores Manager 55,900 MXN\n")
    guide = parse_text(page, "p.txt")
    assert texts(guide.transitions_to) == []
    assert texts(guide.leads_to) == []


def test_a_promotion_ladder_of_numbered_grades_with_pay_on_the_line() -> None:
    page = ("Tehsil Inspector Salary in Punjab (BS-14)\n"
            "A Tehsil Inspector checks the revenue roll of a tehsil.\n"
            "Promotion Ladder\n"
            "1. Tehsil Inspector (BS-14)\n"
            "2. Senior Tehsil Inspector (BS-16) Rs. 43,000 – Rs. 98,000\n"
            "3. District Revenue Officer (BS-17) Rs. 45,000 – Rs. 113,000\n")
    guide = parse_text(page, "p.txt")
    chain = [texts(c) for c in guide.progressions]
    assert ["Tehsil Inspector", "Senior Tehsil Inspector", "District Revenue Officer"] in chain
    assert not any("(BS-" in title for title in texts(guide.leads_to))


# -- statement tables ------------------------------------------------------------------------
def test_statement_table_predicates_read_as_headed_lists() -> None:
    page = ("Open Entity Base\nSearch…\nCheese grader\nQ99120\n"
            "A cheese grader is a dairy occupation in which a worker rates cheese by taste.\n"
            "Statements (12)\n| Predicate | Object |\n|---|---|\n"
            "| instanceOf |\noccupation\n→\n|\n"
            "| requiresSkill |\nrind inspection\n→\ntexture scoring → aroma profiling → |\n"
            "| usesTool |\ncheese iron\n→\n|\n"
            "| careerPathFrom |\ndairy lab assistant\n→\n|\n"
            "| careerPathTo |\nhead cheese buyer\n→\n|\n"
            "Referenced by (1)\n")
    guide = parse_text(page, "p.txt")
    assert {"rind inspection", "texture scoring", "aroma profiling", "cheese iron"} <= set(
        texts(guide.skills))
    assert "head cheese buyer" in [t.lower() for t in texts(guide.leads_to)]
    assert "dairy lab assistant" in [t.lower() for t in texts(guide.moves_in)]


def test_a_semicolon_list_under_a_skills_heading_gives_each_skill() -> None:
    page = ("Cheese Grader\nA cheese grader rates cheese.\nSkills:\n"
            "- rind inspection; texture scoring; aroma profiling\n")
    assert {"rind inspection", "texture scoring", "aroma profiling"} <= set(
        texts(parse_text(page, "p.txt").skills))


def test_a_question_about_how_the_career_progresses_heads_a_ladder() -> None:
    page = ("Depot Manager\nDepot managers run bus depots.\n"
            "How will my career progress?\n"
            "After running a depot, the next step is Network Manager, and then Head of "
            "Operations.\n")
    guide = parse_text(page, "p.txt")
    assert ("Network Manager", "Head of Operations") in steps(guide)
