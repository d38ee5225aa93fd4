"""Ladders a page states in its own way: an arrow chain from the role at a grade, and a
team's ranks told as "the usual order is A, then B, then C".

Each test writes its own small page (invented roles and wording) and asserts the moves the
parser reads from it, beside the readings the rule must not make.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.move_items import graded_own


def ladders_of(page: str) -> list[list[str]]:
    return [[step.text for step in chain] for chain in parse_text(page, "page.txt").progressions]


def test_a_chain_from_the_role_at_its_grades_is_its_ladder() -> None:
    page = ("Bank Teller\n\nA bank teller serves customers at the counter.\n\n"
            "YOUR CAREER AT THE BANK\n"
            "Bank Teller Grade II (Branch) → Bank Teller Grade I (Branch and Phone) → "
            "Senior Bank Teller (Counter lead) → Teller Supervisor → Chief Cashier\n")
    # (the role's two grades are one rung; the rungs' asides are no part of their titles)
    assert ladders_of(page) == [["Bank Teller", "Senior Bank Teller", "Teller Supervisor",
                                 "Chief Cashier"]]


def test_a_grade_of_another_title_is_not_the_role() -> None:
    assert graded_own("Ward Clerk Level 2", "Ward Clerk")
    assert graded_own("ward clerk band 3 (days)", "Ward Clerk")
    assert not graded_own("Senior Ward Clerk Level 2", "Ward Clerk")
    assert not graded_own("Ward Clerk", "Ward Clerk")  # (no grade: the plain title)
    assert not graded_own("Level 2", "Ward Clerk")


def test_a_usual_order_of_ranks_is_a_ladder() -> None:
    page = ("Kiln Worker\n\nA kiln worker fires bricks and tiles in a works.\n\n"
            "At most works the usual order is loader, then setter's assistant, then setter, "
            "and a few setters go on to run the yard as a works foreman.\n")
    assert ["Loader", "Setter's Assistant", "Setter", "Works Foreman"] in ladders_of(page)


def test_an_order_of_tasks_is_no_ladder() -> None:
    page = ("Kiln Worker\n\nA kiln worker fires bricks and tiles in a works.\n\n"
            "The usual order is loading, then firing, then cooling over two days.\n")
    assert ladders_of(page) == []


def moves_in_of(page: str) -> set[str]:
    return {fact.text for fact in parse_text(page, "page.txt").moves_in}


def test_a_field_people_come_from_stands_for_its_workers() -> None:
    page = ("Farrier\n\nA farrier trims and shoes horses' hooves.\n\n"
            "Getting started\nMany of the farriers we train come from blacksmithing, and a "
            "few came in from saddle making.\n")
    assert {"Blacksmithing", "Saddle Making"} <= moves_in_of(page)


def test_a_field_things_come_from_is_no_earlier_job() -> None:
    page = ("Farrier\n\nA farrier trims and shoes horses' hooves.\n\n"
            "Getting started\nMost bookings come from eventing, and the iron stock came "
            "from recycling.\n")
    assert not {"Eventing", "Recycling"} & moves_in_of(page)

