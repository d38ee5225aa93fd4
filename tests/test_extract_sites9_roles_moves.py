"""Role and move structures of company job-family handbooks, encyclopedia occupation
articles, recruiters' salary guides, job boards' career-center pages and personality-test
career cards (issue 10, ninth held-back set studied).

Each test writes its own small page or sentence (invented occupations, wording and figures) in
one structure and asserts what the parser reads from it; each rule has a case where it must
not fire.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.ladders import heading_rungs
from careergraph.guides.moves import prose_moves, prose_steps
from careergraph.guides.stated_ladders import stated_ladder
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from guide_facts import names, steps

VOCAB = Vocabulary.from_lexicon(load_lexicon())


# -- the role --------------------------------------------------------------------------------
def test_a_navigation_bar_set_apart_by_spaces_is_no_title() -> None:
    page = ("CareHire Jobs\n"
            "Jobs   Employers   Career Center   Resources   Sign In\n"
            "Career Center > Allied Health > Dialysis Technicians\n\n"
            "Dialysis Technicians\n\n"
            "Dialysis technicians run the machines that clean a patient's blood. Employers "
            "include clinics; the biggest employers are hospital groups.\n")
    guide = parse_text(page, "p.txt")
    assert guide.role.text == "Dialysis Technician"


def test_a_line_with_three_items_apart_is_still_read() -> None:
    page = ("Dialysis Technician   Guide   2026\n\n"
            "A Dialysis Technician runs the machines that clean a patient's blood.\n")
    assert parse_text(page, "p.txt").role.text == "Dialysis Technician"


def test_a_pay_headline_names_the_role_after_its_last_article() -> None:
    page = ("Staffwise\nInsights > Salary trends\n"
            "How to Land a Higher Dental Hygienist Salary This Year\n\n"
            "Dental hygienists with sedation training are in demand. A dental hygienist in a "
            "large practice starts higher.\n")
    guide = parse_text(page, "p.txt")
    assert (guide.role.text, guide.role_signal) == ("Dental Hygienist", "page_title")


def test_a_pay_headline_whose_tail_the_page_never_repeats_names_nothing() -> None:
    page = ("Staffwise\nHow to Land a Higher Salary This Year\n\n"
            "A Dental Hygienist cleans teeth and screens patients for gum disease.\n")
    guide = parse_text(page, "p.txt")
    assert guide.role.text == "Dental Hygienist"
    assert guide.role_signal != "page_title"


# -- encyclopedia articles -----------------------------------------------------------------
def test_citation_markers_do_not_join_sentences() -> None:
    page = ("Archivist\n\nAn archivist keeps records.\n\nCareer[edit]\n"
            "Many archivists begin as library assistants.[3] With experience they may become "
            "records managers.[citation needed]\n")
    guide = parse_text(page, "p.txt")
    assert names(guide.moves_in) == {"Library Assistant"}
    assert "Records Manager" in names(guide.leads_to) | {b for _, b in steps(guide)}


def test_a_numbered_heading_in_brackets_is_no_citation() -> None:
    page = ("Archivist\n\n[01] WHERE THEY GO NEXT\n- Records Manager\n- Curator\n")
    guide = parse_text(page, "p.txt")
    assert {"Records Manager", "Curator"} <= names(guide.leads_to) | names(
        guide.transitions_to)


def test_a_hierarchy_from_a_to_b_then_c_and_finally_d_is_a_ladder() -> None:
    ladder = stated_ladder("In hotel kitchens the hierarchy runs from kitchen porter to line "
                           "cook, then sous chef and finally head chef.", VOCAB)
    assert ladder is not None
    assert ladder.rungs == ("Kitchen Porter", "Line Cook", "Sous Chef", "Head Chef")


def test_a_route_from_one_place_to_another_is_no_ladder() -> None:
    assert stated_ladder("The shuttle route runs from Leeds to York, then Hull.", VOCAB) is None


def test_entering_a_profession_from_other_work_as_a_title_is_a_move_in() -> None:
    moves = prose_moves("Many enter the profession from kitchen work as a cook or a porter.",
                        VOCAB)
    assert moves["in"] == ["Cook", "Porter"]
    assert prose_moves("Many enter the profession from university.", VOCAB)["in"] == []


def test_a_field_named_as_a_sideways_move_is_its_practitioner() -> None:
    moves = prose_moves("Some move sideways into town planning.", VOCAB)
    assert moves["lateral"] == ["Town Planner"]


# -- related careers and job-board chrome ------------------------------------------------------
def test_related_careers_with_a_labelled_median_name_no_move() -> None:
    page = ("Dialysis Technicians\n\nDialysis technicians run blood-cleaning machines.\n\n"
            "Related careers\n"
            "Renal Nurses - Median Salary: $71,200\n"
            "Perfusion Technicians - Median Salary: $58,900\n")
    guide = parse_text(page, "p.txt")
    assert not guide.transitions_to and not guide.leads_to


def test_related_careers_without_pay_stay_moves() -> None:
    page = ("Dialysis Technicians\n\nDialysis technicians run blood-cleaning machines.\n\n"
            "Related careers\n- Renal Nurse\n- Perfusion Technician\n")
    guide = parse_text(page, "p.txt")
    assert names(guide.transitions_to) == {"Renal Nurse", "Perfusion Technician"}


def test_a_job_search_link_names_no_role() -> None:
    page = ("Dialysis Technicians\n\nDialysis technicians run blood-cleaning machines.\n\n"
            "Related careers\n- Renal Nurse\n\nFind Dialysis Technician Jobs Near You\n")
    guide = parse_text(page, "p.txt")
    assert names(guide.transitions_to) == {"Renal Nurse"}


# -- job-family handbook pages -------------------------------------------------------------
_FAMILY = """Acme Handbook
Records Clerk

Records Clerks keep the company's files in order.

Levels

Junior Records Clerk
The Junior Records Clerk reports to the Office Manager.

Junior Records Clerk Job Grade
The Junior Records Clerk is a grade 3.

Junior Records Clerk Responsibilities
* File incoming papers

Records Clerk (Intermediate)
The Records Clerk (Intermediate) reports to the Office Manager.

Records Clerk (Intermediate) Job Grade
The Records Clerk (Intermediate) is a grade 4.

Senior Records Clerk
The Senior Records Clerk reports to the Records Director.

Senior Records Clerk Responsibilities
* Extends the Records Clerk (Intermediate) responsibilities
* Train Junior Records Clerks

Lead Records Clerk
The Lead Records Clerk reports to the Records Director.

Lead Records Clerk Job Grade
The Lead Records Clerk is a grade 6.

Career Ladder
After Lead, clerks usually continue in the Records Manager job family.
"""


def test_level_headings_repeated_by_their_sub_headings_are_a_ladder() -> None:
    guide = parse_text(_FAMILY, "p.txt")
    assert guide.role.text == "Records Clerk"
    assert {("Junior Records Clerk", "Records Clerk"), ("Records Clerk", "Senior Records Clerk"),
            ("Senior Records Clerk", "Lead Records Clerk"),
            ("Lead Records Clerk", "Records Manager")} <= steps(guide)


def test_whom_a_level_reports_to_is_no_move() -> None:
    guide = parse_text(_FAMILY, "p.txt")
    found = names(guide.leads_to) | names(guide.transitions_to) | {
        name for pair in steps(guide) for name in pair}
    assert "Office Manager" not in found and "Records Director" not in found


def test_a_grade_after_the_title_is_the_role_not_a_rung() -> None:
    page = _FAMILY.replace("Records Clerk (Intermediate)", "Records Clerk II").replace(
        "Junior Records Clerk", "Records Clerk I")
    guide = parse_text(page, "p.txt")
    assert ("Records Clerk", "Senior Records Clerk") in steps(guide)
    assert not any("Clerk I" in name for pair in steps(guide) for name in pair)


def test_title_headings_without_their_own_sub_headings_are_no_ladder() -> None:
    rungs = heading_rungs([(1, "Records Clerk"), (2, "Senior Records Clerk"),
                           (3, "Skills")], VOCAB.is_role_title)
    assert rungs == []


def test_the_top_level_moves_on_from_its_own_rung() -> None:
    page = _FAMILY.replace(
        "After Lead, clerks usually continue in the Records Manager job family.",
        "Lead Records Clerks have moved into the Records Manager job family, and some have "
        "gone on to Compliance Counsel.")
    found = steps(parse_text(page, "p.txt"))
    assert {("Lead Records Clerk", "Records Manager"),
            ("Lead Records Clerk", "Compliance Counsel")} <= found
    assert ("Records Clerk", "Lead Records Clerk") not in found  # (the ladder has Senior)


# -- prose moves ----------------------------------------------------------------------------
def test_a_title_of_the_roles_own_trade_fills_a_move_slot() -> None:
    # ("Guide" became a lexicon head (titles1): "Layer", still none, keeps the case.)
    moves = prose_moves("Most begin as trainee hedge layers or estate gardeners.", VOCAB,
                        "Hedge Layer")
    assert moves["in"] == ["Trainee Hedge Layer", "Estate Gardener"]
    assert prose_moves("Most begin as trainee hedge layers or estate gardeners.",
                       VOCAB)["in"] == []
    assert prose_moves("Most begin as junior layers.", VOCAB, "Hedge Layer")["in"] == []


def test_go_on_to_after_a_move_up_is_the_next_step() -> None:
    assert prose_steps("Experienced drivers can become dispatchers, and some go on to run "
                       "depots as transport managers.", VOCAB) == [
        ("Dispatcher", "Transport Manager")]
    assert prose_steps("Many drivers go on to become dispatchers.", VOCAB) == []


def test_then_a_and_b_are_rungs_in_turn_and_then_a_or_b_a_fork() -> None:
    assert prose_steps("An assistant can step up to office coordinator, then to office "
                       "supervisor and office manager.", VOCAB) == [
        ("Office Coordinator", "Office Supervisor"), ("Office Supervisor", "Office Manager")]
    assert prose_steps("An assistant can step up to office coordinator, then to office "
                       "supervisor or office manager.", VOCAB) == [
        ("Office Coordinator", "Office Supervisor"), ("Office Coordinator", "Office Manager")]


def test_titles_sharing_a_role_noun_are_each_a_title() -> None:
    moves = prose_moves("Many start out in ticket sales associate or call centre agent jobs.",
                        VOCAB)
    assert moves["in"] == ["Ticket Sales Associate", "Call Centre Agent"]
    assert prose_moves("Many start out in small offices.", VOCAB)["in"] == []


def test_training_as_another_title_is_a_move_when_offered_as_a_choice() -> None:
    moves = prose_moves("Porters can become senior porters or train as theatre technicians.",
                        VOCAB)
    assert (moves["up"], moves["lateral"]) == (["Senior Porter"], ["Theatre Technician"])
    assert prose_moves("Most begin as porters and train as theatre technicians.",
                       VOCAB)["lateral"] == []


def test_a_how_to_become_headline_is_no_move() -> None:
    assert prose_moves("How to Become a Claims Adjuster | Salary Guide 2026", VOCAB) == {
        "up": [], "lateral": [], "in": []}
    assert prose_moves("Many become claims adjusters.", VOCAB)["up"] == ["Claims Adjuster"]


def test_a_company_named_after_the_moves_is_no_role() -> None:
    page = ("Kennel Attendant\n\nA kennel attendant cares for boarded animals.\n\n"
            "What is the career path for a Kennel Attendant?\n"
            "Many become veterinary assistants. Employers include boarding kennels and the "
            "group Barkwell Care Partners.\n")
    guide = parse_text(page, "p.txt")
    found = names(guide.leads_to) | names(guide.transitions_to)
    assert "Veterinary Assistant" in found
    assert not any("Barkwell" in name for name in found)


def test_counsel_heads_a_legal_title() -> None:
    assert VOCAB.is_role_title("General Counsel")
    assert not VOCAB.is_role_title("Legal Advice")
