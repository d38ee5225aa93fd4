"""Structures found by studying held-back set 52 a fourth time: a job board's salary statistics
with one line a title ("Roofer — median 1,400 GEL gross"), a translated board's card of another
vacancy named by its head and its charge ("Fitter of the workshop · Firm · Town · figure"), and
a numbered class of another body paid for comparison ("the city's Drafting Technician 2 pays
about $…").  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.pay_owners import stated_for


def _pay(text: str, name: str) -> set[tuple[float | None, str | None, str | None]]:
    guide = parse_text(text, name)
    return {(b.min, b.currency, b.role) for b in guide.salaries}


_BOARD = ("Welder\nSalary: 1,500 - 1,900 GEL\nSalary statistics\n"
          "Welder — median 1,700 GEL gross (Tbilisi, 2026)\n{line}\n")


def test_statistic_line_of_another_title_owns_its_figure() -> None:
    assert (1400, "GEL", "Plumber") in _pay(_BOARD.format(line="Plumber — median 1,400 GEL gross"),
                                            "welder.txt")
    assert (1400, "GEL", "Plumber") in _pay(_BOARD.format(line="Plumber — average 1,400 GEL"),
                                            "welder.txt")


def test_statistic_line_of_the_role_stays_its_own() -> None:
    assert (1700, "GEL", None) in _pay(_BOARD.format(line=""), "welder.txt")


def test_statistic_line_of_no_title_owns_nothing() -> None:
    pay = _pay(_BOARD.format(line="Building sector — average 2,000 GEL"), "welder.txt")
    assert all(owner is None for _, _, owner in pay)


def test_translated_card_named_by_head_and_charge_owns_its_figure() -> None:
    page = ("Welder\nSalary: 1,500 - 1,900 GEL\nOther vacancies of this company\n"
            "Fitter of the workshop · Kura Metal LLC · Rustavi · 1,200 - 1,400 GEL\n")
    assert (1200, "GEL", "Fitter Of The Workshop") in {
        (low, cur, owner.title() if owner else None) for low, cur, owner in _pay(
            page, "welder.txt")}


_PDQ = ("Position Description Questionnaire\nCurrent Class Title: Survey Technician 1\n"
        "Describe the duties of the position.\nThe incumbent surveys roads.\n{line}\n")


def test_numbered_class_of_another_body_owns_its_pay() -> None:
    line = ("Note: the city's Drafting Technician 2 pays about $24.10 - $33.20 hourly for "
            "similar work.")
    assert _pay(_PDQ.format(line=line), "survey-technician.txt") == {
        (24.1, "USD", "Drafting Technician 2")}


def test_own_numbered_class_stays_the_roles() -> None:
    line = "Our Survey Technician 2 pays $24.10 - $33.20 hourly."
    assert _pay(_PDQ.format(line=line), "survey-technician.txt") == {(24.1, "USD", None)}


def test_stated_for_keeps_a_class_number() -> None:
    titled = lambda text: text.endswith("Clerk")  # noqa: E731
    assert stated_for("the county's Records Clerk III pays about ", titled) == "Records Clerk III"
    assert stated_for("Records Clerk 2 earns about ", titled) == "Records Clerk 2"
    # a plain subject with no number cannot "pay": an employer pays
    assert stated_for("a Records Clerk pays about ", titled) is None
