"""Moves and ladders in the structures of held-back set 10's site styles (issue 10).

Each test writes its own small page (invented roles, employers and wording) in one structure
and asserts what the parser reads from it, with a case beside it where the rule must not fire.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.ladders import broken_boxes
from careergraph.guides.mentions import arrow_chain
from careergraph.guides.move_items import plain_titles
from careergraph.guides.moves import prose_moves
from careergraph.guides.stated_ladders import own_story
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from careergraph.model import Guide

VOCAB = Vocabulary.from_lexicon(load_lexicon())


def names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text for f in facts}


def ladders(guide: Guide) -> list[list[str]]:
    return [[f.text for f in chain] for chain in guide.progressions]


# -- an employer's posting: holders of another title invited to apply --------------------------
def test_invited_to_apply_for_this_role_is_a_move_in() -> None:
    moves = prose_moves("Machine operators who pass our forklift course are encouraged to "
                        "apply for this role.", VOCAB, "Inventory Controller")
    assert moves["in"] == ["Machine Operator"]


def test_anyone_invited_to_apply_names_no_move() -> None:
    moves = prose_moves("Applicants are encouraged to apply for this role early.", VOCAB,
                        "Inventory Controller")
    assert moves["in"] == []


def test_growing_with_us_section_holds_moves() -> None:
    page = ("Inventory Controller\n\nGrowing with us\nControllers who complete the program are "
            "considered for Inventory Manager openings. Machine operators who pass our "
            "forklift course are encouraged to apply for this role.\n")
    guide = parse_text(page, "job.txt")
    assert "Inventory Manager" in names(guide.leads_to)
    assert names(guide.moves_in) == {"Machine Operator"}


def test_similar_jobs_strip_of_openings_names_no_move() -> None:
    page = ("Inventory Controller\n\nAbout the role\nYou count stock.\n\nSimilar Jobs (2)\n"
            "Forklift Operator - Night Shift\nPosted 3 Days Ago\nShipping Clerk\n"
            "Posted Yesterday\n")
    guide = parse_text(page, "job.txt")
    assert not names(guide.transitions_to) & {"Forklift Operator", "Shipping Clerk"}


# -- a personnel policy's transfer clause --------------------------------------------------------
def test_transfer_into_the_roles_grade_is_a_move_in() -> None:
    moves = prose_moves("Employees in the Laborer II and Equipment Operator I classifications "
                        "who hold a pesticide licence may transfer into the Arborist Trainee "
                        "classification.", VOCAB, "Arborist")
    assert moves["in"] == ["Laborer", "Equipment Operator"]


def test_transfer_into_another_series_names_no_move() -> None:
    moves = prose_moves("Employees in the Laborer II classification may transfer into the "
                        "Equipment Operator classification.", VOCAB, "Arborist")
    assert moves["in"] == []


# -- a first-person career story ---------------------------------------------------------------
def test_own_jobs_in_a_story_are_a_ladder_not_moves() -> None:
    page = ("Baker\n\n**How did you start?**\n\nI washed trays at a diner, and then I got "
            "promoted to assistant baker.\nIn 2020 Crumbwell hired me as a baker, and I've been "
            "head baker here since 2024.\n")
    guide = parse_text(page, "interview.md")
    assert ["Assistant Baker", "Baker", "Head Baker"] in ladders(guide)
    assert "Assistant Baker" not in names(guide.leads_to)


def test_a_promotion_told_about_others_is_no_story() -> None:
    assert own_story("Bakers are often promoted to head baker after five years.", VOCAB) == []
    # two jobs are no ladder
    assert own_story("Crumbwell hired me as a baker, and I've been head baker since 2024.",
                     VOCAB) == []


# -- a testimonial and an aside before "as" ------------------------------------------------------
def test_went_from_a_job_to_the_role_is_a_move_in() -> None:
    moves = prose_moves("\"I went from hotel receptionist at a resort to HubSpot Admin at a "
                        "bank in six months.\"", VOCAB, "HubSpot Administrator")
    assert moves["in"] == ["Hotel Receptionist"]


def test_went_from_a_job_to_another_names_no_move() -> None:
    moves = prose_moves("I went from hotel receptionist to travel agent.", VOCAB,
                        "HubSpot Administrator")
    assert moves["in"] == []


def test_started_out_after_college_as_is_a_move_in() -> None:
    moves = prose_moves("I started out after college as a pharmacy technician at a chain.",
                        VOCAB, "Pharmacist")
    assert moves["in"] == ["Pharmacy Technician"]
    assert prose_moves("I started out after college in sales.", VOCAB, "Pharmacist")["in"] == []


# -- arrow ladders and list items -----------------------------------------------------------------
def test_arrow_chain_after_a_question_on_the_same_line() -> None:
    chain = arrow_chain("Where next? The usual path is Line Cook → Sous Chef → Head Chef.")
    assert chain is not None and chain[1:] == ["Sous Chef", "Head Chef"]
    assert chain[0].endswith("Line Cook") and "?" not in chain[0]


def test_long_lead_in_with_a_colon_heads_a_move_list() -> None:
    page = ("Dental Hygienist\n\nOther directions once you have 3–4 years in practice:\n\n"
            "- **Dental practice manager** – running the front office\n"
            "- **Orthodontic (TMJ) assistant** – chairside work\n\n"
            "A long sentence that mentions some things once you have 3–4 years in practice "
            "and goes on well past any heading.\n")
    guide = parse_text(page, "answer.md")
    assert {"Dental Practice Manager", "Orthodontic Assistant"} <= names(guide.transitions_to)


def test_plain_item_drops_its_description_and_acronym_aside() -> None:
    assert plain_titles("Wound care (WOC) nurse – clinic rounds", VOCAB) == ["Wound Care Nurse"]
    assert plain_titles("Wound care – clinic rounds", VOCAB) == []
    assert plain_titles("Flight nurse (transport by air)", VOCAB) == ["Flight Nurse"]


# -- a ladder graphic flattened one box a line -----------------------------------------------
def test_boxes_broken_across_lines_are_a_ladder() -> None:
    page = ("Survey Technician\n\nCareer ladder\nSurvey\nAssistant\n(seasonal)\nSurvey\n"
            "Technician\nParty Chief\n(licence required)\nSurvey Operations\nManager\n\n"
            "More text.\n")
    guide = parse_text(page, "brochure.txt")
    assert ["Survey Assistant", "Survey Technician", "Party Chief",
            "Survey Operations Manager"] in ladders(guide)
    moved = names(guide.leads_to) | names(guide.transitions_to) | names(guide.moves_in)
    assert not moved & {"Survey Assistant", "Party Chief", "Survey Operations Manager"}


def test_box_lines_with_prose_are_no_ladder() -> None:
    known = {"Survey Assistant", "Party Chief"}.__contains__
    assert broken_boxes(["Survey Assistant", "walks the line", "Party Chief"], known) == []
    assert broken_boxes(["Survey Assistant", "Party Chief"], known) == []  # two: too few


def test_eligible_for_a_grade_placement_is_a_move_in() -> None:
    # a numbered policy clause: the number is no part of the subject
    moves = prose_moves("4.3  Pharmacy aides who finish an accredited program are eligible for "
                        "PT II placement without reposting.", VOCAB, "Pharmacy Technician")
    assert moves["in"] == ["Pharmacy Aide"]
    assert prose_moves("Pharmacy aides are eligible for tuition assistance.", VOCAB,
                       "Pharmacy Technician")["in"] == []


def test_years_as_a_job_before_i_joined_is_a_move_in() -> None:
    moves = prose_moves("\"After nine years as a lifeguard I joined the county as a dispatcher.\"",
                        VOCAB, "Emergency Dispatcher")
    assert moves["in"] == ["Lifeguard"]
    # not told in the first person: no story of the speaker's
    assert prose_moves("After nine years as a lifeguard, most move on.", VOCAB,
                       "Emergency Dispatcher")["in"] == []


def test_trained_while_working_as_another_title_is_a_move_in() -> None:
    moves = prose_moves("Some labs train you on the job while you work as a lab porter.", VOCAB,
                        "Laboratory Technician")
    assert moves["in"] == ["Lab Porter"]
    assert prose_moves("Some labs train you on the job while you study.", VOCAB,
                       "Laboratory Technician")["in"] == []
