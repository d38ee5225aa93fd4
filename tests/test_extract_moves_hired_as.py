"""Moves told in prose: the title one is hired in ("joins as", "come in as"), a kind of role
named by an acronym's plural ("bedroom DJs"), and a field entered as a title ("into event
production as an AV technician")."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.moves import prose_moves
from careergraph.guides.prose_titles import prose_title
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

VOCAB = Vocabulary.from_lexicon(load_lexicon())


def test_the_title_one_joins_as_is_a_move_into_the_role() -> None:
    guide = parse_text(
        "Ship Broker\n"
        "Ship brokers match cargoes with vessels for a commission.\n"
        "How people start\n"
        "At most desks a newcomer joins as a chartering assistant and learns the market for "
        "two years. After the training year you come in as a junior broker on one route.\n",
        "sb.txt")
    assert {"Chartering Assistant", "Junior Broker"} <= {f.text for f in guide.moves_in}


def test_joining_as_a_bare_level_or_as_the_role_itself_names_no_move() -> None:
    found = prose_moves("Most school leavers join as trainees and rotate between desks.",
                        VOCAB, "Ship Broker")
    assert found["in"] == []
    found = prose_moves("Graduates joined as apprentices last year.", VOCAB, "Ship Broker")
    assert found["in"] == []
    guide = parse_text(
        "Ship Broker\n"
        "Ship brokers match cargoes with vessels.\n"
        "Joining us\n"
        "You'll join as a Ship Broker and rotate through three desks.\n",
        "sb.txt")
    assert guide.moves_in == []


def test_an_acronyms_plural_after_a_lower_case_word_is_one_title() -> None:
    assert prose_title("wedding DJs", VOCAB) == "Wedding DJ"
    found = prose_moves("Many hosts start as club DJs, as warm-up DJs at a festival, or as a "
                        "lighting technician for a hire firm.", VOCAB, "Radio Presenter")
    assert found["in"] == ["Club DJ", "Warm-up DJ", "Lighting Technician"]
    # an acronym the lexicon does not know as a role names nothing
    assert prose_title("senior QXRs", VOCAB) is None


def test_a_field_entered_as_a_title_names_the_title() -> None:
    found = prose_moves("Some stage managers move sideways into event production as an AV "
                        "technician.", VOCAB, "Stage Manager")
    assert found["lateral"] == ["AV Technician"]
    found = prose_moves("Others move into practice management as a practice manager.", VOCAB,
                        "Dental Nurse")
    assert found["lateral"] == ["Practice Manager"]


def test_a_lower_case_tenure_before_a_title_case_title_is_no_part_of_it() -> None:
    found = prose_moves("Many of our wardens started as casual Ticket Inspectors at the lakes.",
                        VOCAB, "Park Warden")
    assert found["in"] == ["Ticket Inspector"]
    # in lower case the whole phrase is kept as written
    found = prose_moves("Many started as temporary clerks.", VOCAB, "Park Warden")
    assert found["in"] == ["Temporary Clerk"]


def test_the_roles_holders_who_became_another_title() -> None:
    found = prose_moves("Some of my classmates became practice managers or went into sales.",
                        VOCAB, "Optometrist")
    assert found["lateral"] == ["Practice Manager"]
    found = prose_moves("Of last year's cohort, 6 became Dispensing Opticians.", VOCAB,
                        "Optometrist")
    assert found["lateral"] == ["Dispensing Optician"]
    # a first-person "I became" is a story's rung, and another title's holders move alone
    assert prose_moves("From there I became Practice Manager in 2019.", VOCAB,
                       "Optometrist")["lateral"] == []
    assert prose_moves("Several nurses became practice managers.", VOCAB,
                       "Optometrist")["lateral"] == []


def test_holders_who_make_good_practitioners_named_by_the_roles_head_noun() -> None:
    found = prose_moves("Joiners and shopfitters make good surveyors because they read "
                        "drawings.", VOCAB, "Building Surveyor")
    assert found["in"] == ["Joiner", "Shopfitter"]
    assert prose_moves("Joiners make good managers.", VOCAB, "Building Surveyor")["in"] == []


def test_jobs_of_no_title_in_a_list_before_another_as_title() -> None:
    found = prose_moves("Most people arrive from hotel receptionist jobs, bank teller and guest "
                        "relations roles, or as a reservations agent who trains on the job.",
                        VOCAB, "Travel Consultant")
    assert found["in"] == ["Hotel Receptionist", "Bank Teller", "Reservations Agent"]
    # without a title after them, such jobs still end the list
    found = prose_moves("Most people arrive from hotel receptionist jobs, guest relations "
                        "roles or catering.", VOCAB, "Travel Consultant")
    assert "Catering" not in found["in"]


def test_an_affairs_department_is_a_field_moved_into() -> None:
    found = prose_moves("Others move sideways into clinical quality assurance or medical "
                        "affairs.", VOCAB, "Clinical Trial Manager")
    assert found["lateral"] == ["Clinical Quality Assurance", "Medical Affairs"]


def test_joining_straight_from_school_as_a_title_is_a_move_in() -> None:
    found = prose_moves("Others join straight from school as a surveying apprentice on a "
                        "five-year programme.", VOCAB, "Building Surveyor")
    assert (found["in"], found["lateral"]) == (["Surveying Apprentice"], [])
    # joining an employer as a title stays a move away from the role
    found = prose_moves("Others join housing associations as asset managers.", VOCAB,
                        "Building Surveyor")
    assert (found["in"], found["lateral"]) == ([], ["Asset Manager"])
