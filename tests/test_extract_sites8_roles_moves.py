"""Role, move and skill structures of civil-service class specifications, military occupation
profiles, recruiters' salary indexes, day-in-the-life posts, service minutes and collective
agreements (issue 10, eighth held-back set studied).

Each test writes its own small page (invented occupations, wording and figures) in one
structure and asserts what the public parser reads from it.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.entry_rungs import first_chance
from careergraph.guides.items import clause_skills, covered_skills, ksa_row
from careergraph.guides.ladders import column_ladder, row_ladder
from careergraph.guides.moves import prose_steps
from careergraph.guides.stated_ladders import story_ladder
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from guide_facts import names, steps, texts

VOCAB = Vocabulary.from_lexicon(load_lexicon())


# -- the role --------------------------------------------------------------------------------
def test_the_title_of_a_service_minute_names_its_post() -> None:
    page = ("Government Notifications\nPART I : SECTION (I)\n\n"
            "SERVICE MINUTE OF THE VETERINARY INSPECTORS' SERVICE\n\n"
            "Senior Veterinary Inspectors are appointed from among officers in Grade I.\n")
    guide = parse_text(page, "p.txt")
    assert (guide.role.text, guide.role_signal) == ("Veterinary Inspector", "service_rules")


def test_a_scheme_of_recruitment_names_its_post() -> None:
    page = ("Commission Circular No: 3/2020\n\nScheme of Recruitment for the post of Library "
            "Assistant\n\nThe grades are re-designated as follows.\n")
    assert parse_text(page, "p.txt").role.text == "Library Assistant"


def test_a_diary_title_names_the_role_not_the_life() -> None:
    page = ("Tide Notes\na boatman's blog\n\nLife as a Ferry Pilot\nPosted on May 2 by ana\n\n"
            "I get up at five.\n")
    assert parse_text(page, "p.txt").role.text == "Ferry Pilot"


def test_a_sample_clauses_page_is_about_its_role_not_the_site() -> None:
    page = ("Clause Finder\nContracts  Clauses  Sign In\n\nCrane Driver Sample Clauses\n\n"
            "Crane Driver. A Crane Driver shall hold a valid ticket.\n")
    assert parse_text(page, "p.txt").role.text == "Crane Driver"


def test_a_menu_strip_names_no_role() -> None:
    page = ("Careers | Explore | Enlisted | Officer | Compare\n\nRadio Operators\n"
            "Radio operators send and receive messages.\n")
    assert parse_text(page, "p.txt").role.text == "Radio Operator"


def test_a_class_specification_names_its_class_in_capitals() -> None:
    page = ("County Personnel\nClass Specifications\n\nSalary Range:\n12\n\n"
            "The PERMIT TECHNICIAN 2 reviews building permit applications and issues "
            "permits.\n")
    assert parse_text(page, "p.txt").role.text == "Permit Technician"


# -- moves -----------------------------------------------------------------------------------
def test_a_ladder_told_in_two_sentences() -> None:
    text = ("With experience, they become crew leaders and route planners. Eventually, they "
            "may become depot managers, responsible for a whole depot.")
    assert prose_steps(text, VOCAB) == [("Crew Leader", "Depot Manager"),
                                        ("Route Planner", "Depot Manager")]


def test_skill_level_paragraphs_name_the_posts_held() -> None:
    page = ("Signal Repairer\nSignal repairers fix radios.\n\n"
            "Skill Level 1 Repairs radios and keeps logs.\n\n"
            "Skill Level 3 Serves as team leader of a repair section. Plans work.\n\n"
            "Skill Level 4 Serves as maintenance NCO at brigade level. Advises commanders.\n")
    assert steps(parse_text(page, "p.txt")) == {("Signal Repairer", "Team Leader"),
                                                 ("Team Leader", "Maintenance NCO")}


def test_leaving_a_service_to_work_as_civilian_jobs() -> None:
    page = ("Field Cook\nField cooks feed troops.\n\nAfter the Army\nMany leave the service to "
            "work as catering supervisors for hospitals or as bakers for large chains.\n")
    assert names(parse_text(page, "p.txt").transitions_to) == {"Catering Supervisor", "Baker"}


def test_a_promotion_line_of_classes_folds_the_roles_grades() -> None:
    page = ("The PERMIT TECHNICIAN 2 reviews permit applications.\n\nPROMOTIONAL LINE\n\n"
            "Permit Technician 1 (5101) Salary Range 10\n"
            "Permit Technician 2 (5102) Salary Range 12\n"
            "Permit Technician 3 (5103) Salary Range 14\n"
            "Permit Services Supervisor (5120) Salary Range 18\n")
    assert steps(parse_text(page, "p.txt")) == {
        ("Permit Technician", "Permit Services Supervisor")}


def test_minimum_qualifications_name_earlier_jobs() -> None:
    page = ("The PERMIT TECHNICIAN 2 reviews permit applications.\n\nMINIMUM QUALIFICATIONS\n\n"
            "Two years of office experience, one of which was as a planning clerk; or two "
            "years as a building inspector.\n")
    assert names(parse_text(page, "p.txt").moves_in) == {"Planning Clerk",
                                                          "Building Inspector"}


def test_a_service_minute_recruits_from_other_posts_and_appoints_above() -> None:
    page = ("SERVICE MINUTE OF THE VETERINARY INSPECTORS' SERVICE\n\n"
            "6.2 Limited recruitment : vacancies shall be filled from among Animal Health "
            "Assistants and Dairy Officers with five years' service.\n\n"
            "09. Appointment to the post of Chief Veterinary Inspector\n")
    guide = parse_text(page, "p.txt")
    assert names(guide.moves_in) == {"Animal Health Assistant", "Dairy Officer"}
    assert names(guide.leads_to) == {"Chief Veterinary Inspector"}


def test_grades_of_a_scale_name_no_ladder() -> None:
    page = ("Toll Collector\nToll collectors take fares.\n\nInitial salary step of each grade\n"
            "Grade III Rs. 21,040\nGrade II Rs. 24,810\nGrade I Rs. 29,210\n")
    assert parse_text(page, "p.txt").progressions == []


def test_a_table_flattened_by_columns_is_a_ladder() -> None:
    lines = [(1, "Job Types"), (2, "Head of buying / Buying director"), (3, "Buying manager"),
             (4, "Buyer"), (5, "Assistant buyer"), (6, "Years"), (7, "12+ 7 - 11 3 - 6 0 - 2")]
    chains = column_ladder(lines, VOCAB.is_role_title)
    assert [[title for title, _ in chain] for chain in chains] == [
        ["Assistant Buyer", "Buyer", "Buying Manager", "Head of Buying"],
        ["Buying Manager", "Buying Director"]]


def test_glued_table_rows_are_a_ladder_and_fold_the_roles_own_levels() -> None:
    page = ("Position Job Description Salary Experience\n"
            "Freight Clerk Files documents. $10,000 - $12,000 0-2 yrs\n"
            "Freight Coordinator Books space. $14,000 - $18,000 2-4 yrs\n"
            "Senior Freight Coordinator Handles key accounts. $19,000 - $22,000 5+ yrs\n"
            "Freight Supervisor Leads a team. $23,000 - $27,000 6-8 yrs\n\n"
            "Most freight coordinators move up to senior coordinator and then freight "
            "supervisor.\n")
    guide = parse_text(page, "freight-coordinator.txt")
    assert guide.role.text == "Freight Coordinator"
    assert steps(guide) == {("Freight Clerk", "Freight Coordinator"),
                            ("Freight Coordinator", "Freight Supervisor")}


def test_row_ladder_needs_rising_years() -> None:
    rows = [(1, "Freight Supervisor Leads. 6-8 yrs"), (2, "Freight Clerk Files. 0-2 yrs"),
            (3, "Freight Coordinator Books. 2-4 yrs")]
    assert row_ladder(rows, lambda t: VOCAB.role_title_at(t, 0)) == []


def test_a_career_told_as_a_story() -> None:
    text = "The foreman here started as a labourer in 2012, went to SO, and became foreman."
    assert story_ladder(text, VOCAB, {"SO": "Site Operative"}.get) == [
        "Labourer", "Site Operative", "Foreman"]


def test_a_story_expands_a_short_form_the_page_defines() -> None:
    page = ("Life as a Deckhand\n\nMost of us aim for the ordinary seaman (OS) ticket. The "
            "bosun started as a deckhand in 2015, went to OS, and became bosun in 2022.\n")
    assert steps(parse_text(page, "p.txt")) == {("Deckhand", "Ordinary Seaman"),
                                                 ("Ordinary Seaman", "Bosun")}


def test_a_move_made_some_time_ago_keeps_only_its_title() -> None:
    page = ("I'm a Night Porter at a hotel.\n\nWhen I started as a desk clerk two years ago I was "
            "on $14. My manager keeps telling me the next step is head porter.\n")
    guide = parse_text(page, "night-porter.txt")
    assert names(guide.moves_in) == {"Desk Clerk"}
    assert names(guide.leads_to) == {"Head Porter"}


def test_collective_agreement_postings_name_moves() -> None:
    text = ("Yard Hands and Drivers with two years' seniority shall be given first opportunity "
            "to enter the Welder apprenticeship. When a Foreman position is to be filled, "
            "Welders with five years shall be considered first.")
    assert first_chance(text, "Welder", VOCAB) == (["Yard Hand", "Driver"], ["Foreman"])


def test_may_apply_for_the_roles_grade_or_a_post_above() -> None:
    text = ("(ii) Lab Aides holding NVQ Level 4 may apply for Grade II under the quota. "
            "(v) Senior Lab Officers may apply for the post of Chief Lab Officer, which has "
            "its own scheme.")
    assert first_chance(text, "Lab Officer", VOCAB) == (["Lab Aide"], ["Chief Lab Officer"])


def test_a_posting_clause_and_a_bid_clause() -> None:
    page = ("Parcel Sorter Sample Clauses\n\nParcel Sorter. Vacancies in the Parcel Sorter "
            "classification shall first be posted to Yardpersons who have passed probation. A "
            "Parcel Sorter who obtains a forklift ticket may bid on Forklift Driver "
            "vacancies.\n")
    guide = parse_text(page, "p.txt")
    assert names(guide.moves_in) == {"Yardperson"}
    assert "Forklift Driver" in names(guide.leads_to)


# -- skills ----------------------------------------------------------------------------------
def test_course_content_lead_in_makes_the_bullets_skills() -> None:
    page = ("Supply Clerks\nSupply clerks keep stores.\n\nTraining Provided\n"
            "Course content typically includes:\n  • Stock control\n  • Inventory software\n"
            "  • Issue records and stocktaking\n  • Pallet and shelf labelling\n")
    assert texts(parse_text(page, "p.txt").skills) == [
        "Stock control", "Inventory software", "Issue records", "stocktaking",
        "Pallet and shelf labelling", "shelf labelling"]


def test_what_a_training_course_covers() -> None:
    assert covered_skills("AIT covers map reading, radio procedure and field hygiene (water, "
                          "waste), plus vehicle checks with a crew.") == [
        "map reading", "radio procedure", "field hygiene", "water", "waste", "vehicle checks"]


def test_knowledge_skill_and_ability_rows_of_a_class_specification() -> None:
    page = ("The PERMIT TECHNICIAN 2 reviews permit applications.\n\n"
            "KNOWLEDGE, SKILLS AND ABILITIES\n\n"
            "Knowledge of: zoning codes and plan reading; fee schedules.\n"
            "Skill in: operating permit software (Accela); typing at 40 words per minute.\n"
            "Ability to: stay patient with applicants; meet deadlines.\n")
    assert texts(parse_text(page, "p.txt").skills) == [
        "zoning codes", "plan reading", "fee schedules", "permit software", "Accela", "typing"]


def test_ksa_row_reads_only_labelled_rows() -> None:
    assert ksa_row("Ability to: lift 20 kg") == []
    assert ksa_row("Duties: files records") is None


def test_skill_in_using_a_tool_names_the_tool() -> None:
    page = ("Pool Inspector\nPool inspectors test pools.\n\nJob Competencies\n"
            "  • Skill in using test strips (chlorine, pH) and a turbidity tube.\n"
            "  • Skill in GIS mapping (QGIS) of inspection data.\n")
    assert {"test strips", "turbidity tube", "GIS mapping", "QGIS"} <= names(
        parse_text(page, "p.txt").skills)


def test_skills_in_demand_in_a_salary_index() -> None:
    page = ("Buyer\nBuyers choose the ranges.\n\nSkills in demand: range planning, vendor "
            "negotiation, fluent French and Excel.\n")
    assert {"range planning", "vendor negotiation", "French"} <= names(
        parse_text(page, "p.txt").skills)


def test_what_a_contract_clause_requires_of_the_classification() -> None:
    text = ("A Tanker Driver shall hold a valid Class 1 licence with a hazmat endorsement and "
            "shall complete the Employer's spill response training. Drivers are expected to "
            "use the Employer's route planner (RoutePro) and trip log.")
    assert clause_skills(text) == ["Class 1 licence", "hazmat endorsement", "spill response",
                                   "route planner (RoutePro)", "RoutePro", "trip log"]


def test_a_licence_outside_contract_language_is_no_clause() -> None:
    assert clause_skills("You must hold a valid driving licence.") == []
