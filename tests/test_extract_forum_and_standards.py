"""Role, move and skill structures of forum threads, occupation handbooks, grade tables and
apprenticeship standards (issue 10, fifth held-back set studied).

Each test writes its own small page (invented trades, wording and figures) in one structure
and asserts what the public parser reads from it.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide
from guide_facts import chains, steps, texts


def skills(guide: Guide) -> set[str]:
    return set(texts(guide.skills))


# -- the role --------------------------------------------------------------------------------
def test_forum_archive_title_names_the_role_in_lower_case() -> None:
    page = ("RiverTalk Boards - Powered by vBulletin\n"
            "View Full Version : Becoming a ferryman - hours and licences?\n\n"
            "tidewatcher\n04-02-2021, 09:10 AM\nI run a small ferryman crew on the estuary.\n")
    assert parse_text(page, "t.txt").role.text == "Ferryman"


def test_how_to_become_heading_names_a_worker_the_lexicon_lacks() -> None:
    page = ("Skip to Content\nHandbook > Parks >\nHarbour and Canal Rangers\nPRINTER-FRIENDLY\n\n"
            "Summary\nHarbour and canal rangers patrol towpaths and moorings.\n\n"
            "How to Become a Harbour and Canal Ranger\n"
            "Most harbour and canal rangers hold a boating certificate.\n")
    assert parse_text(page, "p.txt").role.text == "Harbour and Canal Ranger"


def test_a_qualified_plural_opening_is_no_title() -> None:
    page = ("Tips from a reader\nStay curious.\n\nGlaziers\n\n"
            "All glaziers must hold a site safety card.\nGood glaziers combine care and speed.\n"
            "Glaziers cut, fit and seal glass in buildings.\n")
    assert parse_text(page, "p.txt").role.text == "Glazier"


def test_inverted_register_title_read_as_the_page_writes_it() -> None:
    page = ("Career List Operators, Ferry\nCareer Counselling\n\n"
            "Ferry operators steer passenger boats across rivers and bays.\n"
            "Pay for a ferry operator depends on the route.\n")
    assert parse_text(page, "p.txt").role.text == "Ferry Operator"


# -- moves -----------------------------------------------------------------------------------
def test_a_cadre_list_one_grade_a_line_is_a_ladder() -> None:
    page = ("Forest Ranger\nA forest ranger guards state woodland.\n\n"
            "The service grades its staff in these cadres:\n\n"
            "Forest Ranger III\nForest Ranger II\nForest Ranger I\nSenior Forest Ranger\n"
            "Chief Forest Ranger\n\nRangers are posted after training.\n")
    assert ["Forest Ranger III", "Forest Ranger II", "Forest Ranger I", "Senior Forest Ranger",
            "Chief Forest Ranger"] in chains(parse_text(page, "p.txt"))


def test_a_pay_table_by_grade_ends_in_the_post_above_it() -> None:
    page = ("Lab Analyst\nA lab analyst tests soil samples.\n\n"
            "Grade | Monthly Pay (Ksh) |\nLab Analyst II | 40,500 |\nLab Analyst I | 52,300 |\n"
            "Senior Lab Analyst | 71,800 |\nDirector, Laboratory Services | 118,000 |\n")
    assert ("Senior Lab Analyst", "Director, Laboratory Services") in steps(
        parse_text(page, "p.txt"))


def test_a_ladder_stated_in_a_sentence_in_any_section() -> None:
    page = ("Deckhand\nA deckhand works on the deck of a ship.\n\nSkills and progression\n"
            "Deckhands need rope work and first aid. The usual route is deckhand, able seaman, "
            "then chief mate; a few chief mates later command a vessel.\n")
    assert {("Deckhand", "Able Seaman"), ("Able Seaman", "Chief Mate")} <= steps(
        parse_text(page, "p.txt"))


def test_promoted_to_three_ranks_is_a_ladder_from_the_role() -> None:
    page = ("River Warden\nA river warden enforces fishing rules.\n\nAdvancement\n"
            "Wardens may be promoted to sergeant, inspector and superintendent.\n")
    guide = parse_text(page, "p.txt")
    assert {("River Warden", "Sergeant"), ("Sergeant", "Inspector"),
            ("Inspector", "Superintendent")} <= steps(guide)
    assert "Inspector" not in texts(guide.leads_to)  # a rung, not a move from the role


def test_first_person_moves_in_a_thread() -> None:
    page = ("Becoming a track inspector - worth it?\n\nu/relay_rat\n"
            "Track inspector here. I was a courier for five years before I hired on. "
            "After eight years I went to dispatcher and never looked back.\n")
    guide = parse_text(page, "t.txt")
    assert "Dispatcher" in texts(guide.leads_to)
    assert "Courier" in texts(guide.moves_in)


def test_then_chain_opening_a_post_is_a_ladder() -> None:
    page = ("Blast Operator\nA blast operator sets charges in a quarry.\n\nold_timer\n"
            "25 years in. Trainee operator, then blast operator, then shot foreman, last five "
            "as a superintendent.\n")
    assert {("Blast Operator", "Shot Foreman"), ("Shot Foreman", "Superintendent")} <= steps(
        parse_text(page, "t.txt"))


def test_related_jobs_listed_with_their_pay_are_no_moves() -> None:
    page = ("Canoe Builder\nA canoe builder shapes hulls.\n\nRelated Jobs\n"
            "Cabinetmakers $41,200/yr\nBoat Riggers $44,900/yr\n")
    guide = parse_text(page, "p.txt")
    assert texts(guide.transitions_to) == []


def test_a_heading_phrase_before_an_arrow_ladder_is_no_rung() -> None:
    page = ("Kiln Technician\nA kiln technician fires ceramics.\n\n"
            "Career Path Trainee Kiln Technician > Kiln Technician > Kiln Supervisor\n")
    assert not any(c[0].startswith("Career Path") for c in chains(parse_text(page, "p.txt")))


# -- skills ----------------------------------------------------------------------------------
def test_coded_statements_noun_phrases_are_skills_clauses_are_not() -> None:
    page = ("Tree surgeon\n\nKnowledge\nK1: Tree biology and decay patterns\n"
            "K2 rigging systems and lowering devices\nK3: Aerial rescue procedures (NPTC)\n"
            "Skills\nS1: Climb trees using a rope and harness.\nS2 crown reduction\n"
            "Behaviours\nB1 works calmly under pressure\n")
    found = skills(parse_text(page, "p.txt"))
    assert {"Tree biology", "decay patterns", "rigging systems", "lowering devices",
            "Aerial rescue procedures", "NPTC", "crown reduction"} <= found
    assert not any(s.startswith(("Climb", "works", "K1", "S2")) for s in found)


def test_qualities_printed_label_then_full_stop() -> None:
    page = ("Lock Keeper\nA lock keeper runs canal locks.\n\nImportant Qualities\n"
            "Patience. Keepers wait for boats in all weather.\n"
            "Mechanical skills. Keepers grease gates and mend paddles.\n")
    assert {"Patience", "Mechanical skills"} <= skills(parse_text(page, "p.txt"))


def test_glued_label_rows_after_a_skills_line() -> None:
    page = ("Upholsterer\nAn upholsterer covers furniture.\n"
            "Upholsterers rate these skills as the ones they use most:\n"
            "Measuring: Taking sizes twice.Stitching: Sewing seams by hand.Pattern Cutting: "
            "Laying out fabric.Job Outlook for UpholsterersSteady.\n"
            "Ohio, Iowa and Maine have the most openings.\n")
    found = skills(parse_text(page, "p.txt"))
    assert {"Measuring", "Stitching", "Pattern Cutting"} <= found
    assert "Ohio" not in found


def test_list_announced_by_what_employers_look_for_numbered_one() -> None:
    page = ("Farrier\nA farrier shoes horses.\n\nHow To Become A Farrier\n\n"
            "You need a diploma. Employers look for:\n\n  1. Hot shoeing\n  1. Hoof trimming\n"
            "  1. Calm handling of horses\n")
    assert {"Hot shoeing", "Hoof trimming"} <= skills(parse_text(page, "p.txt"))


def test_prose_list_goes_on_past_a_bracketed_acronym() -> None:
    page = ("Baker\nA baker makes bread.\n\nWork and skills\n"
            "Bakers need dough handling, allergen control (HACCP), oven management and "
            "costing, and an early start.\n")
    assert {"dough handling", "allergen control", "HACCP", "oven management"} <= skills(
        parse_text(page, "p.txt"))


def test_a_dated_line_under_a_knowledge_heading_is_no_skill() -> None:
    page = "Knowledge Hub\nGlazier standard\nStandards |Mar 14, 2025\nGlaziers fit glass.\n"
    found = skills(parse_text(page, "glazier.txt"))
    assert not found & {"Mar 14", "2025", "Standards"}


def test_pay_rows_with_the_title_before_its_figure_form_a_ladder() -> None:
    page = ("Survey Technician\nA survey technician measures land.\n\n"
            "Position Average Salary\nJunior Survey Technician Php 19,800\n"
            "Senior Survey Technician Php 31,200\nChief Survey Technician Php 47,600\n")
    assert ["Junior Survey Technician", "Senior Survey Technician",
            "Chief Survey Technician"] in chains(parse_text(page, "p.txt"))


def test_a_sentence_whose_subject_is_a_senior_grade_moves_from_it() -> None:
    page = ("Sonographer\nA sonographer takes ultrasound images.\n\nProgression\n"
            "New graduates start on the wards. Senior sonographers can progress to Clinical "
            "Lead posts or become an Imaging Services Manager.\n")
    guide = parse_text(page, "p.txt")
    assert {("Sonographer", "Senior Sonographer"),
            ("Senior Sonographer", "Imaging Services Manager")} <= steps(guide)
    assert "Imaging Services Manager" not in texts(guide.leads_to)


def test_moves_after_and_become_and_past_a_place_aside() -> None:
    page = ("Letter Carrier\nA letter carrier delivers mail.\n\nAdvancement\n"
            "Some become supervisors or, in rural depots, postmasters. Others leave the "
            "service and become warehouse managers.\n")
    guide = parse_text(page, "p.txt")
    moved = set(texts(guide.leads_to)) | set(texts(guide.transitions_to))
    assert {"Supervisor", "Postmaster", "Warehouse Manager"} <= moved


def test_example_progression_routes_in_a_numbered_key_information_list() -> None:
    page = ("Rail operative\n\nKey information\n  1. Status: Approved\n  2. Level: 2\n"
            "  3. Example progression routes:\n  Rail network controller\n"
            "  Track supervisor4. Review: reviewed every three years.\n\n"
            "Overview of the role\nKeeping trains moving.\n")
    assert {"Rail Network Controller", "Track Supervisor"} <= set(texts(
        parse_text(page, "p.txt").leads_to))


def test_a_gloss_in_brackets_after_a_title_in_prose() -> None:
    page = ("Glass Technician\nA glass technician tempers panes.\n\nProgression\n"
            "Some go on to become a master electrician (Elektromeister) running a workshop.\n")
    assert "Master Electrician" in texts(parse_text(page, "p.txt").leads_to)


def test_a_field_label_before_a_move_sentence_is_no_role() -> None:
    page = ("Seed Inspector\nA seed inspector checks seed lots.\n\n"
            "Opportunities for Career Advancement\n"
            "– **Management Roles**: Experienced inspectors may be promoted to Lab Supervisor "
            "or Regional Compliance Manager.\n\nRelevant Experience\n"
            "– Summer jobs as a farm technician or nursery worker.\n")
    guide = parse_text(page, "p.txt")
    assert "Management" not in texts(guide.leads_to)
    assert {"Lab Supervisor", "Regional Compliance Manager"} <= set(texts(guide.leads_to))
    assert "Farm Technician" in texts(guide.moves_in)


def test_the_work_needs_a_list_with_a_bracketed_product_name() -> None:
    page = ("Lift Technician\nA lift technician services elevators.\n\n"
            "The work needs controller programming (Kone Monitor Pro), rope inspection and "
            "fault tracing, along with a head for heights.\n")
    assert {"controller programming", "Kone Monitor Pro", "rope inspection",
            "fault tracing"} <= skills(parse_text(page, "p.txt"))


def test_examples_in_brackets_after_a_skill_item() -> None:
    page = ("Veterinary Nurse\nA veterinary nurse assists vets.\n\nSkills\n"
            "• Practice management software (e.g. VetPilot, ClinicDesk)\n• Triage\n")
    found = skills(parse_text(page, "p.txt"))
    assert {"VetPilot", "ClinicDesk"} <= found
    assert not any(s.startswith("e.g.") for s in found)


def test_title_case_subjects_moving_into_the_work_the_role_names() -> None:
    page = ("Upholsterer\nAn upholsterer covers furniture.\n\nGetting in\n"
            "Furniture Restorers and Curtain Makers often move into upholstering.\n")
    moved_in = set(texts(parse_text(page, "p.txt").moves_in))
    assert {"Furniture Restorer", "Curtain Maker"} <= moved_in
