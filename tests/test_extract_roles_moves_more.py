"""Role, move and skill structures of government job profiles, trade pages, occupation
registers and career cards (issue 10, fourth held-back set studied).

Each test writes its own small page (invented trades, wording and figures) in one structure
and asserts what the public parser reads from it.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from guide_facts import chains, steps, texts


# -- the role --------------------------------------------------------------------------------
def test_title_case_definition_of_a_worker_the_lexicon_lacks() -> None:
    guide = parse_text("Menu\nSearch careers\nA Sail Rigger fits masts, stays and winches on "
                       "racing yachts.\nSail riggers climb masts in all weathers.\n", "p.txt")
    assert (guide.role.text, guide.role_signal) == ("Sail Rigger", "definition")


def test_definition_with_an_aside_before_its_verb() -> None:
    guide = parse_text("Explore\nA luthier, often called a guitar doctor, repairs and builds "
                       "stringed instruments.\nMost luthiers train in a workshop.\n", "p.txt")
    assert guide.role.text == "Luthier"


def test_what_is_heading_in_capitals_names_the_role() -> None:
    page = ("Skills Centre of Northshire\nBook a course\nCourse code 77B\n"
            "\u275dEvery mast is different.\u275e\nIntake opens in March.\nCertificate 12T\n\n"
            "WHAT IS A TOWER CLIMBER?\n\nTower climbers install aerials on masts.\n"
            "Climbers work for telecom contractors.\n")
    guide = parse_text(page, "p.txt")
    assert (guide.role.text, guide.role_signal) == ("Tower Climber", "question")


def test_duties_sentence_is_the_only_place_the_role_is_named() -> None:
    page = ("Keyword\n\nOperator, Kiln\n\nMinimum 8th grade\n\n"
            "The tasks a Kiln Operator is expected to perform include:\n\n"
            "Loading trolleys of green ware\n\nWatching firing curves\n")
    guide = parse_text(page, "p.txt")
    assert guide.role.text == "Kiln Operator"  # "Operator, Kiln" is an inverted keyword


def test_time_stamp_glued_to_the_title_line() -> None:
    guide = parse_text("Tile Setter2023-05-02T08:00:00-05:00\n\nTile setters lay ceramic "
                       "and stone tiles.\n", "p.txt")
    assert guide.role.text == "Tile Setter"


def test_second_language_title_after_a_comma_and_on_the_next_line() -> None:
    glued = parse_text("Jobs › Farming ›\nFencer, Kaihanga taiapā\nFencers build and mend "
                       "farm fences.\n", "p.txt")
    assert (glued.role.text, texts(glued.aliases)) == ("Fencer", ["Kaihanga taiapā"])
    below = parse_text("Jobs › Farming ›\nDeer Farmer\nKaipāmu tia\nDeer farmers raise deer "
                       "for venison and velvet.\n", "p.txt")
    assert below.role.text == "Deer Farmer"
    assert "Kaipāmu tia" in texts(below.aliases)


def test_file_name_with_a_site_prefix_gives_the_trade_the_text_mentions() -> None:
    page = "RATES 2025\n\nRates for the glazier trade are set each May.\n"
    guide = parse_text(page, "unionsite-glazier.txt")
    assert (guide.role.text, guide.role_signal) == ("Glazier", "file_name")
    assert any("file name" in p.message for p in guide.problems)


def test_field_in_a_breadcrumb_gives_its_worker() -> None:
    page = ("Home > Careers > Crafts > Joinery\nJoinery : Introduction\nJoinery is the making "
            "of doors, stairs and windows. A joiner works mostly in a workshop, and the\n"
            "joiner's tools are chisels, planes and routers.\n")
    guide = parse_text(page, "p.txt")
    assert (guide.role.text, guide.role_signal) == ("Joiner", "breadcrumb")


# -- moves -----------------------------------------------------------------------------------
def test_specialise_as_list_with_one_title_a_line_and_a_description_under_each() -> None:
    page = ("Stonemason\nStonemasons cut and lay stone.\nProgression\n"
            "Stonemasons may specialise as:\nMemorial Carver\nMemorial carvers letter "
            "headstones.\nHeritage Stone Fixer\nHeritage stone fixers repair old churches.\n")
    guide = parse_text(page, "p.txt")
    assert texts(guide.transitions_to) == ["Memorial Carver", "Heritage Stone Fixer"]


def test_useful_experience_list_names_earlier_jobs() -> None:
    page = ("Ferry Master\nFerry masters steer passenger ferries.\nUseful experience\n"
            "Useful experience for ferry masters includes:\n"
            "- work as a deck hand or ferry porter\n- sailing as a hobby.\n")
    guide = parse_text(page, "p.txt")
    assert texts(guide.moves_in) == ["Deck Hand", "Ferry Porter"]


def test_work_experience_pathways_in_sentence_case() -> None:
    page = ("Pastry Chef\nA Pastry Chef bakes cakes and breads for a café.\n"
            "Work Experience Pathways\n- Kitchen hand\n- Bakery assistant\n- Cake decorating\n")
    guide = parse_text(page, "p.txt")
    assert texts(guide.moves_in) == ["Kitchen Hand", "Bakery Assistant"]


def test_arrow_line_under_where_could_this_take_you_starts_at_the_role() -> None:
    page = ("Pastry Chef\nA Pastry Chef bakes cakes and breads for a café.\n"
            "Where could this take you?\nHead Pastry Chef → Executive Chef\n")
    guide = parse_text(page, "p.txt")
    assert chains(guide) == [["Pastry Chef", "Head Pastry Chef", "Executive Chef"]]
    assert texts(guide.leads_to) == []


def test_prose_moves_with_farm_titles_men_plurals_and_rise_to() -> None:
    page = ("Glazier\nGlaziers cut and fit glass.\n"
            "Most glaziers start out as yard hands or glass handlers. With experience a "
            "glazier can rise to senior technician. Experienced glaziers often become site "
            "foremen.\n")
    guide = parse_text(page, "p.txt")
    assert texts(guide.moves_in) == ["Yard Hand", "Glass Handler"]
    assert {"Senior Technician", "Site Foreman"} <= set(texts(guide.leads_to))


def test_such_as_after_the_titles_names_firms_not_roles() -> None:
    page = ("Rigger\nRiggers sling and guide loads.\nLater, some become crane supervisors or "
            "lift planners with hire firms, such as Northgate Lifting and Tarn Cranes.\n")
    guide = parse_text(page, "p.txt")
    moved = set(texts(guide.leads_to) + texts(guide.transitions_to))
    assert {"Crane Supervisor", "Lift Planner"} <= moved
    assert not any("Northgate" in name or "Tarn" in name for name in moved)


def test_arrow_ladder_steps_in_sentence_case() -> None:
    page = ("Kiln Operator\nKiln operators fire bricks and tiles.\nCareer path\n"
            "Trainee kiln operator → Kiln Operator → Kiln supervisor\n")
    guide = parse_text(page, "p.txt")
    assert ("Trainee Kiln Operator", "Kiln Operator") in steps(guide)
    assert ("Kiln Operator", "Kiln Supervisor") in steps(guide)


def test_related_titles_one_a_line_even_when_their_words_name_a_heading() -> None:
    page = ("Archivist Career Guide\n\nAn Archivist keeps the records of a council.\n\n"
            "Related Occupations\nRecords Experience Analyst\nPlant Hire Coordinator\n")
    guide = parse_text(page, "p.txt")
    assert texts(guide.transitions_to) == ["Records Experience Analyst",
                                           "Plant Hire Coordinator"]


def test_rating_panel_value_with_one_bracketed_title() -> None:
    page = ("Archivist Career Guide\n\nAn Archivist keeps the records of a council.\n\n"
            "Key Facts\nGrowth Opportunities — Good (Senior Archivist)\n"
            "Demand — Moderate (Depends on Region)\n")
    guide = parse_text(page, "p.txt")
    assert texts(guide.leads_to) == ["Senior Archivist"]


# -- skills ----------------------------------------------------------------------------------
def test_qualified_items_under_a_skills_heading_give_their_objects() -> None:
    page = ("Potter\nPotters throw and fire clay ware.\nSkills and knowledge\n"
            "Potters need to have:\n- knowledge of glaze chemistry and kiln firing\n"
            "- skill in centring clay on the wheel\n- Ability to lift heavy sacks\n")
    skills = texts(parse_text(page, "p.txt").skills)
    assert {"glaze chemistry", "kiln firing", "skill in centring clay on the wheel",
            "Ability to lift heavy sacks"} <= set(skills)


def test_sentence_about_strengths_makes_the_list_below_skills() -> None:
    page = ("Pastry Chef\nA Pastry Chef bakes cakes and breads.\nGetting in\n"
            "A Pastry Chef brings a mix of personal strengths. These include, among others:\n"
            "- Sugar work\n- Laminating dough\n")
    guide = parse_text(page, "p.txt")
    assert {"Sugar work", "Laminating dough"} <= set(texts(guide.skills))


def test_unheaded_proficient_in_line() -> None:
    page = ("The tasks a Rope Maker is expected to perform include:\n\nTwisting fibres into "
            "strands\n\nProficient in splicing and whipping\n")
    assert {"splicing", "whipping"} <= set(texts(parse_text(page, "p.txt").skills))


def test_you_need_sentence_in_prose_outside_a_skills_section() -> None:
    page = ("Harbour Pilot\nHarbour pilots bring ships into port. To do the job you need "
            "tidal planning, ship handling and radio procedure, which are tested every year.\n")
    skills = set(texts(parse_text(page, "p.txt").skills))
    assert {"tidal planning", "ship handling", "radio procedure"} <= skills


def test_bracketed_remark_between_a_skills_heading_and_its_bullets() -> None:
    page = ("Roofer\nRoofers lay slates and tiles.\n\nKey Skills & Attributes\n\n"
            "(learned at college and on site)\n\n  • Working at heights\n  • Slate cutting\n")
    skills = texts(parse_text(page, "p.txt").skills)
    assert skills == ["Working at heights", "Slate cutting"]


def test_test_for_sentence_gives_its_first_skill_too() -> None:
    page = ("Potter\nPotters throw and fire clay ware.\n\nSkills\n\n"
            "Hiring panels test for Kiln Control, Glaze Chemistry and Throwing.\n")
    skills = texts(parse_text(page, "p.txt").skills)
    assert {"Kiln Control", "Glaze Chemistry", "Throwing"} <= set(skills)
    assert "Hiring panels test" not in skills


def test_pay_rows_by_grade_form_a_ladder_with_a_branch() -> None:
    page = ("Harbour Pilot Salary in Ghana\n\nHarbour pilots bring ships into port.\n\n"
            "Pay by grade at the port authority:\n"
            "  • Trainee Pilot: GH₵4,000 per month\n  • Pilot III: GH₵6,500 per month\n"
            "  • Pilot II: GH₵8,200 per month\n  • Chief Pilot / Marine Superintendent: "
            "GH₵12 thousand monthly\n\nPromotion comes every four years.\n")
    guide = parse_text(page, "p.txt")
    assert ["Trainee Pilot", "Pilot III", "Pilot II", "Chief Pilot"] in chains(guide)
    assert ("Pilot II", "Marine Superintendent") in steps(guide)


def test_pay_rows_for_places_form_no_ladder() -> None:
    page = ("Harbour Pilot\n\nHarbour pilots bring ships into port.\n\nSalary\n"
            "  • Ghana: GH₵6,000 per month\n  • Nigeria: ₦900,000 per month\n"
            "  • Kenya: KSh 250,000 per month\n")
    assert chains(parse_text(page, "p.txt")) == []


def test_worked_as_and_others_become_in_prose() -> None:
    page = ("Roofer\nRoofers lay slates and tiles.\nMany apprentices worked as builder's "
            "labourers before they applied, and others become roofing estimators.\n")
    guide = parse_text(page, "p.txt")
    assert "Builder's Labourer" in texts(guide.moves_in)
    assert "Roofing Estimator" in texts(guide.leads_to) + texts(guide.transitions_to)


def test_comfortable_with_lists_skills_in_prose() -> None:
    page = ("Surveyor\nSurveyors measure land. You should be comfortable with total "
            "stations, GNSS receivers and boundary law.\n")
    skills = set(texts(parse_text(page, "p.txt").skills))
    assert {"total stations", "GNSS receivers", "boundary law"} <= skills


def test_two_column_sheet_read_across() -> None:
    page = ("Career Profiles ORCHARD MANAGER /\n\n"
            "An orchard manager runs the pruning, thinning and picking of a fruit orchard.\n\n"
            "WHAT WILL I DO? HOW DO I TRAIN?\n\n"
            "• Plan the pruning season A certificate in horticulture • Hire pickers is useful\n\n"
            "WHAT SKILLS WILL I NEED? nurseries, or run your own block\n\n"
            "• Tree training OUTLOOK SCALE • Spray calibration • Frost protection\n")
    guide = parse_text(page, "p.txt")
    skills = texts(guide.skills)
    assert {"Tree training", "Spray calibration", "Frost protection"} <= set(skills)
    assert not any("OUTLOOK" in name or "nurseries" in name for name in skills)


def test_stat_chip_skills_demand_is_no_skills_heading_and_adjective_skills_are_skills() -> None:
    page = ("Kennel Manager\nSKILLS DEMAND\nHIGH\nCURRENTLY EMPLOYED IN Canada\n"
            "What is a Kennel Manager\nA Kennel Manager runs a boarding kennel.\n"
            "Skills\n- Strong animal handling skills\n")
    skills = texts(parse_text(page, "p.txt").skills)
    # (fixes79) the degree word "Strong" is no part of the skill
    assert "animal handling skills" in skills
    assert not any("EMPLOYED" in name or name == "HIGH" for name in skills)


def test_they_become_then_in_prose() -> None:
    page = ("Tailor\nTailors make suits to measure. Most begin as cutting assistants; with "
            "experience they become tailors, then head cutters.\n")
    guide = parse_text(page, "p.txt")
    assert "Cutting Assistant" in texts(guide.moves_in)
    assert ("Tailor", "Head Cutter") in steps(guide) or "Head Cutter" in texts(guide.leads_to)


def test_level_table_flattened_into_one_line_is_a_ladder() -> None:
    page = ("How much do surveyors earn\n\nA Land Surveyor measures boundaries.\n\n"
            "Career Level Monthly Pay (MYR) Typical Titles Years Entry Level MYR 3,100 – MYR "
            "3,900 Assistant Land Surveyor 0 – 2 Mid Level MYR 3,900 – MYR 6,000 Land Surveyor "
            "2 – 6 Senior Level MYR 6,000 – MYR 9,200 Senior Land Surveyor 6 – 12 Leadership "
            "MYR 9,200+ Survey Manager 12+\n")
    guide = parse_text(page, "p.txt")
    assert ["Assistant Land Surveyor", "Land Surveyor", "Senior Land Surveyor",
            "Survey Manager"] in chains(guide)
