"""Move structures that recur across sites, written once for any page (issue 10: moves in every
form, held-back sets 5 and 6 studied).

Each test writes its own sentence or small page (invented occupations and wording) in one
structure and asserts the moves the parser reads; each rule has a case where it must not fire.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.moves import prose_moves, prose_steps
from careergraph.guides.prose_titles import field_name
from careergraph.guides.stated_ladders import stated_ladder
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from guide_facts import names, steps

VOCAB = Vocabulary.from_lexicon(load_lexicon())


def _moves(text: str, own: str = "") -> dict[str, list[str]]:
    return prose_moves(text, VOCAB, own)


# -- fields of work after "move into" ---------------------------------------------------------
def test_a_list_of_fields_after_move_into_names_each_field() -> None:
    found = _moves("Some glaziers move into facade inspection, window restoration or QA.")
    assert found["lateral"] == ["Facade Inspection", "Window Restoration", "QA"]


def test_fields_after_went_into_and_switch_to() -> None:
    assert _moves("Former colleagues went into museum conservation and exhibition design."
                  )["lateral"] == ["Museum Conservation", "Exhibition Design"]
    assert _moves("Others switch to cartography.")["lateral"] == ["Cartography"]


def test_a_generic_area_or_a_place_is_no_field() -> None:
    assert _moves("Many move into management or research.")["lateral"] == []
    assert _moves("Some move to the city for better pay.")["lateral"] == []


def test_examples_of_a_sideways_move_in_an_aside() -> None:
    found = _moves("Some move sideways (e.g., Harbour Pilot Trainer, Marine Claims Adjuster).")
    assert found["lateral"] == ["Harbour Pilot Trainer", "Marine Claims Adjuster"]
    assert _moves("Others move sideways, for example Port Operations Planner."
                  )["lateral"] == ["Port Operations Planner"]


def test_examples_after_a_field_are_the_moves() -> None:
    found = _moves("Some move sideways into analytics, e.g., Pricing Analyst.")
    assert "Analytics" not in found["lateral"]


def test_the_roles_own_trade_is_no_field_to_move_into() -> None:
    found = _moves("Some people move into joinery after working as site labourers.",
                   "Joiner")
    assert found["lateral"] == []
    assert found["in"] == ["Site Labourer"]


def test_a_field_is_read_only_where_a_move_names_a_field() -> None:
    assert field_name("tide gauging") == "Tide Gauging"
    assert field_name("conference") is None  # a thing, not a field
    assert _moves("Many become tide gauging.")["up"] == []


# -- a title held at a place or employer --------------------------------------------------------
def test_a_title_after_a_place_and_as() -> None:
    assert _moves("Others join seed companies as field agronomists.")["lateral"] == [
        "Field Agronomist"]
    assert _moves("Others shift to grain trading as commodity brokers.")["lateral"] == [
        "Commodity Broker"]
    assert _moves("Some move ashore as port captains or as marine surveyors.")["lateral"] == [
        "Port Captain", "Marine Surveyor"]


def test_a_verb_before_as_is_no_place() -> None:
    found = _moves("Many cooks begin as kitchen porters and train as bakers.")
    assert found["in"] == ["Kitchen Porter"]
    assert "Baker" not in found["lateral"]


# -- posts over a field, teaching posts ---------------------------------------------------------
def test_a_post_over_a_field_keeps_its_field() -> None:
    found = _moves("The next step is usually floor manager, then head of visitor services.")
    assert found["up"] == ["Floor Manager"]
    text = "The next step is usually floor manager, then director of sales and marketing."
    assert prose_steps(text, VOCAB) == [("Floor Manager", "Director of Sales and Marketing")]


def test_a_teaching_post_keeps_its_subject() -> None:
    assert _moves("Some move sideways into teaching as a lecturer in podiatry.")["lateral"] == [
        "Lecturer in Podiatry"]


# -- qualifications and the sentence's subject ----------------------------------------------------
def test_qualify_as_is_a_move_of_the_roles_own_people() -> None:
    found = _moves("Many dental nurses study part-time and qualify as dental hygienists.",
                   "Dental Nurse")
    assert found["up"] == ["Dental Hygienist"]


def test_qualify_as_said_of_another_title_is_no_move_of_the_role() -> None:
    found = _moves("Some porters take evening classes and qualify as paramedics.",
                   "Dental Nurse")
    assert found["up"] == []


# -- moves into the role ------------------------------------------------------------------------
def test_earlier_jobs_before_joining() -> None:
    found = _moves("Many were bank tellers or loan officers before joining the team.")
    assert found["in"] == ["Bank Teller", "Loan Officer"]


def test_people_arrive_in_a_field_from_posts() -> None:
    found = _moves("People arrive in dispatch from call handler and radio operator posts more "
                   "than from anywhere else.")
    assert found["in"] == ["Call Handler", "Radio Operator"]


def test_arriving_at_a_time_names_no_earlier_job() -> None:
    assert _moves("Most arrive in spring from the coast.")["in"] == []


def test_leaving_a_field_for_another_title() -> None:
    assert _moves("A few leave nursing for practice manager jobs.")["lateral"] == [
        "Practice Manager"]
    assert _moves("Most leave work for a week.")["lateral"] == []


# -- steps that go on from a move ---------------------------------------------------------------
def test_from_there_the_line_goes_on_from_the_last_move() -> None:
    text = ("Surveyors are promoted to Senior Surveyor after six years; from there the usual "
            "line is Chief Surveyor and Survey Director.")
    assert prose_steps(text, VOCAB) == [("Senior Surveyor", "Chief Surveyor"),
                                        ("Chief Surveyor", "Survey Director")]


def test_from_there_with_choices_gives_each_from_the_last_move() -> None:
    text = "Clerks are promoted to Office Supervisor; from there the next step is Office " \
           "Manager or Records Manager."
    assert set(prose_steps(text, VOCAB)) == {("Office Supervisor", "Office Manager"),
                                             ("Office Supervisor", "Records Manager")}


def test_a_participle_aside_does_not_end_a_list() -> None:
    found = _moves("In time a tuner may become a concert technician, preparing pianos for "
                   "halls and studios, or a restorer who rebuilds old instruments.")
    assert found["up"] == ["Concert Technician", "Restorer"]


def test_a_verb_after_an_adverb_ends_the_list() -> None:
    found = _moves("Graduates start as sales assistants and usually reach supervisor in two "
                   "years.")
    assert found["in"] == ["Sales Assistant"]


def test_a_tracks_first_rung() -> None:
    assert _moves("The people path starts at Support Team Lead.")["up"] == [
        "Support Team Lead"]


def test_a_rungs_people_going_on_after_a_stated_ladder() -> None:
    ladder = stated_ladder("The usual route is line cook, sous chef, then head chef; some head "
                           "chefs become executive chefs over several sites.", VOCAB)
    assert ladder is not None
    assert ladder.rungs[-2:] == ("Head Chef", "Executive Chef")
    other = stated_ladder("The usual route is line cook, sous chef, then head chef; some "
                          "porters become drivers.", VOCAB)
    assert other is not None and other.rungs[-1] == "Head Chef"


def test_years_as_a_job_at_an_employer_in_a_first_person_story() -> None:
    found = _moves("Before boats I spent six years as a scaffold rigger at Tolley Access in "
                   "Hull.", "Marine Surveyor")
    assert found["in"] == ["Scaffold Rigger"]
    # (a third person's years somewhere, or the role itself, name no move into the role)
    assert _moves("She spent six years as a scaffold rigger at Tolley Access.",
                  "Marine Surveyor")["in"] == []
    assert _moves("I spent six years as a marine surveyor at Tolley Access.",
                  "Marine Surveyor")["in"] == []


def test_a_clear_path_to_ranks_climbs_from_the_role() -> None:
    ladder = stated_ladder("Graduates start as Bridge Inspectors, with a clear path to Senior "
                           "Bridge Inspector, Structures Manager and Head of Structures.", VOCAB)
    assert ladder is not None and ladder.from_role
    assert ladder.rungs == ("Senior Bridge Inspector", "Structures Manager",
                            "Head of Structures")
    two = stated_ladder("You join as a Survey Technician, with a clear path to Senior Survey "
                        "Technician and Principal Survey Technician.", VOCAB)
    assert two is not None and two.rungs == ("Senior Survey Technician",
                                            "Principal Survey Technician")


def test_a_clear_path_to_two_unrelated_titles_is_no_ladder() -> None:
    # (two titles of different trades are choices, not ranks in turn)
    assert stated_ladder("Trainees have a clear path to Quantity Surveyor and Site "
                         "Manager.", VOCAB) is None


def test_a_path_from_the_role_keeps_its_level_words_as_rungs() -> None:
    guide = parse_text("Tunnel Engineer\n\nAfter the scheme\n\nYou join as a Tunnel "
                       "Engineer, with a clear path to Senior Tunnel Engineer and Principal "
                       "Tunnel Engineer.\n", "tunnel-engineer.txt")
    assert {("Tunnel Engineer", "Senior Tunnel Engineer"),
            ("Senior Tunnel Engineer", "Principal Tunnel Engineer")} <= steps(guide)


# -- pages ----------------------------------------------------------------------------------
def test_a_strip_of_article_links_names_no_move() -> None:
    page = ("Tide Gauge Officer Salary 2025\n\nA Tide Gauge Officer keeps the harbour's tide "
            "records.\n\nPromotion Ladder\n"
            "1. Tide Gauge Officer (BS-14)\n2. Senior Tide Gauge Officer (BS-16)\n"
            "Promotion takes about five years.\n"
            "Also Read: Harbour Master Salary | Assistant Director Ports Salary\n")
    guide = parse_text(page, "p.txt")
    moved = names(guide.leads_to) | names(guide.transitions_to) | {b for _, b in steps(guide)}
    assert moved == {"Senior Tide Gauge Officer"}


def test_an_arrow_ladder_after_a_heading_with_no_colon_keeps_its_first_rung() -> None:
    page = ("Kiln Operator\n\nA Kiln Operator fires ceramics in industrial kilns.\n\n"
            "Career Path Apprentice Kiln Technician > Kiln Operator > Kiln Supervisor\n")
    guide = parse_text(page, "p.txt")
    assert ("Apprentice Kiln Technician", "Kiln Operator") in steps(guide)


def test_a_numbered_ladder_with_pay_after_each_title() -> None:
    page = ("Port Officer Salary\n\nA Port Officer inspects cargo at the docks.\n\n"
            "Promotion Ladder\n1. Port Officer (BS-14)\n"
            "2. Senior Port Officer (BS-16) Rs. 48,200 – Rs. 98,400\n"
            "3. Deputy Director Ports (BS-18) Rs. 71,300 – Rs. 150,900\n"
            "Promotion from BS-14 to BS-16 takes five years.\n")
    guide = parse_text(page, "p.txt")
    assert ("Senior Port Officer", "Deputy Director Ports") in steps(guide)


def test_a_pay_figure_alone_is_no_rung() -> None:
    page = ("Port Officer Salary\n\nA Port Officer inspects cargo at the docks.\n\n"
            "Promotion Ladder\n1. Port Officer (BS-14)\n2. Pay Rise Rs. 4,000\n"
            "Promotion from BS-14 to BS-16 takes five years.\n")
    guide = parse_text(page, "p.txt")
    assert not any("Pay" in b for _, b in steps(guide))


_GLUED_TABLE = ("Kiln Operator\n\nA Kiln Operator fires ceramic ware in industrial kilns. "
                "What we expect at each level:\n\n"
                "RoleExpectation\n"
                "Junior Kiln OperatorLoad the kiln to the firing plan\nLog each firing\n"
                "Kiln OperatorRun a firing end to end\nTune the burners\n"
                "Senior Kiln OperatorTrain new operators\nPlan the weekly firings\n"
                "Kiln SupervisorOwn the kiln shop's safety\nReport downtime\n"
                "Kiln Operations ManagerSet the kiln budget\n")


def test_a_level_table_with_titles_glued_to_their_rows_is_a_ladder() -> None:
    guide = parse_text(_GLUED_TABLE, "p.txt")
    assert {("Kiln Operator", "Kiln Supervisor"),
            ("Kiln Supervisor", "Kiln Operations Manager")} <= steps(guide)


def test_a_glued_table_beside_listed_tracks_adds_no_ladder() -> None:
    page = _GLUED_TABLE + ("\nLevels\n- IC Track\n  - L1: Junior Kiln Operator\n"
                           "  - L2: Kiln Operator\n- Manager Track\n  - M1: Kiln Supervisor\n"
                           "  - M2: Kiln Operations Manager\n")
    guide = parse_text(page, "p.txt")
    assert ("Kiln Operator", "Kiln Supervisor") not in steps(guide)


def test_band_headings_titled_by_their_posts_form_a_ladder() -> None:
    page = ("Podiatrist Pay Bands Explained\n\nA Podiatrist treats problems of the feet.\n\n"
            "Podiatrist pay by band\n"
            "Band 5: Newly Qualified Podiatrist\nStarting pay £29,970.\n"
            "Band 6: Podiatrist\nPay £37,338 rising to £44,962.\n"
            "Band 7: Advanced Podiatrist\nTypical jobs: diabetic foot lead.\n"
            "Band 8a: Head of Podiatry\nPay from £55,690.\n")
    guide = parse_text(page, "p.txt")
    assert {("Podiatrist", "Advanced Podiatrist"),
            ("Advanced Podiatrist", "Head of Podiatry")} <= steps(guide)


def test_band_headings_naming_no_post_form_no_ladder() -> None:
    page = ("Podiatrist Pay Bands Explained\n\nA Podiatrist treats problems of the feet.\n\n"
            "Podiatrist pay by band\nBand 5: Starting Pay\nPay £29,970.\n"
            "Band 6: After Three Years\nPay £37,338.\n")
    assert steps(parse_text(page, "p.txt")) == set()


def test_a_bare_noun_in_prose_is_the_pages_one_fuller_title() -> None:
    page = ("Meter Reader\n\nA Meter Reader records gas and water meters.\n\n"
            "Typical jobs\nSenior post: Metering Inspector, on the next band.\n\n"
            "Progression\nSome readers become inspectors after a few years.\n")
    guide = parse_text(page, "p.txt")
    assert "Metering Inspector" in names(guide.leads_to) | names(guide.transitions_to)


def test_a_bare_noun_with_two_fuller_titles_stays_as_written() -> None:
    page = ("Meter Reader\n\nA Meter Reader records gas and water meters.\n\n"
            "Typical jobs\nSenior posts: Metering Inspector, Network Inspector.\n\n"
            "Progression\nSome readers become inspectors after a few years.\n")
    guide = parse_text(page, "p.txt")
    moved = names(guide.leads_to) | names(guide.transitions_to)
    assert not {"Metering Inspector", "Network Inspector"} & moved
