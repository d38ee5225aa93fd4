"""Defects of round 42, each on an invented page: a person whose surname is a trade word
("Lee Turner", "Anna Baker") read as a role; a leading "From" read into a title; "After that
the next step is C" read as the page role's move instead of a step from the post before."""

from __future__ import annotations

from careergraph.guides import parse_text

JOINERY = ("Bench Joiner\n\nBench joiners make doors, stairs and window frames in a workshop.\n\n"
           "Career path\n"
           "Many bench joiners later join Priya Turner as a workshop supervisor. "
           "Omar Baker earns $71,500 a year as a contracts manager.\n"
           "Experienced joiners can progress to Workshop Supervisor and later Contracts "
           "Manager.\n")


def test_given_name_before_a_surname_head_is_no_move_or_pay_owner() -> None:
    guide = parse_text(JOINERY, "bench-joiner.txt")
    moves = {fact.text for fact in guide.leads_to}
    assert "Workshop Supervisor" in moves
    assert not moves & {"Priya Turner", "Omar Baker"}, moves
    assert all(pay.role != "Omar Baker" for pay in guide.salaries), guide.salaries


def test_a_trade_word_before_a_surname_head_stays_a_title() -> None:
    page = JOINERY.replace("join Priya Turner as a workshop supervisor",
                           "move on to Wood Turner").replace("Omar Baker", "A Pastry Baker")
    guide = parse_text(page, "bench-joiner.txt")
    assert "Wood Turner" in {fact.text for fact in guide.leads_to}, guide.leads_to
    assert any(pay.role == "Pastry Baker" for pay in guide.salaries), guide.salaries


CUSTOMS = """Q&A: Becoming a Customs Inspector

What does a Customs Inspector do?
A Customs Inspector checks goods and papers at ports of entry.

How does the career develop?
From Customs Inspector you can progress to Senior Customs Inspector.
After that the next step is Customs Supervisor.
"""


def _moves_and_ladders(page: str) -> tuple[set[str], list[list[str]]]:
    guide = parse_text(page, "qanda-customs-inspector.txt")
    return ({fact.text for fact in guide.leads_to},
            [[step.text for step in ladder] for ladder in guide.progressions])


def test_a_leading_from_is_no_part_of_a_title() -> None:
    moves, _ = _moves_and_ladders(CUSTOMS)
    assert moves == {"Senior Customs Inspector"}, moves


def test_after_that_the_next_step_goes_on_from_the_rung_the_line_before_named() -> None:
    moves, ladders = _moves_and_ladders(CUSTOMS)
    assert ["Senior Customs Inspector", "Customs Supervisor"] in ladders, ladders
    assert "Customs Supervisor" not in moves


def test_after_that_with_no_move_on_the_line_before_is_the_roles_own_move() -> None:
    page = CUSTOMS.replace(
        "From Customs Inspector you can progress to Senior Customs Inspector.",
        "Inspectors work shifts at ports and airports.")
    moves, ladders = _moves_and_ladders(page)
    assert "Customs Supervisor" in moves, (moves, ladders)
    assert not any("Customs Supervisor" in ladder[1:] for ladder in ladders), ladders


def test_the_next_step_after_that_goes_on_from_the_post_the_sentence_before_named() -> None:
    page = CUSTOMS.replace(
        "From Customs Inspector you can progress to Senior Customs Inspector.\n"
        "After that the next step is Customs Supervisor.",
        "After two years you can sit the board and become a Chief Customs Inspector, who "
        "signs off seizures. After that the next step is Customs Supervisor.")
    moves, ladders = _moves_and_ladders(page)
    assert ["Chief Customs Inspector", "Customs Supervisor"] in ladders, (moves, ladders)
    assert "Customs Supervisor" not in moves


def test_after_that_without_the_next_step_keeps_an_across_move_apart() -> None:
    page = CUSTOMS.replace(
        "From Customs Inspector you can progress to Senior Customs Inspector.\n"
        "After that the next step is Customs Supervisor.",
        "Some switch to Border Analyst. After that, many are promoted to Customs Supervisor.")
    _, ladders = _moves_and_ladders(page)
    assert ["Border Analyst", "Customs Supervisor"] not in ladders, ladders
