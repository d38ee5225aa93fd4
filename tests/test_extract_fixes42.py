"""Defects of round 42, each on an invented page: a person whose surname is a trade word
("Lee Turner", "Anna Baker") read as a role."""

from __future__ import annotations

from careergraph.guides import parse_text

JOINERY = """Bench Joiner

Bench joiners make doors, stairs and window frames in a workshop.

Career path
Many bench joiners later join Priya Turner as a workshop supervisor. Omar Baker earns $71,500 a year as a contracts manager.
Experienced joiners can progress to Workshop Supervisor and later Contracts Manager.
"""


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
