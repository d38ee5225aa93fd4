"""Set 31's page types as the generator varies them (carry31): general defects that lesson
plans, award pages, recruitment FAQs and vocations pages showed, each tested on an invented
page of another trade.

Every page is invented here (services, towns, titles, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide

WORKSHEET = (
    "Glazier\n"
    "\n"
    "Glaziers cut, fit and seal glass in homes and shopfronts.\n"
    "\n"
    "Worksheet: hourly wages\n"
    "| Job | Entry | Experienced |\n"
    "| Glazier | $17.20 | $26.05 |\n"
    "| Window Fitter | $16.40 | $23.90 |\n"
    "Q2. Which job pays more at the start?\n"
    "\n"
    "Answer key: Q2. $0.80 more for the glazier.\n"
)

GUIDELINES = (
    "Verger\n"
    "\n"
    "A verger looks after a cathedral's building and its services.\n"
    "\n"
    "Salary guidelines (per year)\n"
    "| Position | Minimum | Maximum |\n"
    "| Verger – Head of House | $31,500 | $38,200 |\n"
    "| Sacristan | $27,000 | $33,400 |\n"
)

AWARD = (
    "Dietitian\n"
    "\n"
    "Dietitians plan nutrition care for patients in hospital and at home.\n"
    "Registration with AHPRA is not needed; membership of the professional body is.\n"
    "\n"
    "Wage rates\n"
    "| Level | Pay point | Fortnightly | Annual |\n"
    "| HP3 | 3.1 | $2,504.10 | $65,330 |\n"
    "| HP3 | 3.2 | $2,650.00 | $69,137 |\n"
    "\n"
    "Employed at: Marram Coast Health Service; Dunwell Valley Health Service.\n"
)

FAQ = (
    "Lakeshore Ambulance Service\n"
    "\n"
    "On-call Paramedic: frequently asked questions\n"
    "\n"
    "Q. Who can apply?\n"
    "A. Anyone over 18 who lives within six minutes of the station.\n"
    "\n"
    "Q. What will I be paid?\n"
    "A. Trainee: £24,310 a year. Qualified: £31,870 a year.\n"
    "   A CPD payment of £900 is made separately once you qualify.\n"
)

CREW_TABLE = (
    "Tower Crane Dogman\n"
    "\n"
    "Dogmen sling loads and direct the crane operator by radio.\n"
    "\n"
    "What it pays (base)\n"
    "| Role | Hourly | Annual |\n"
    "| Tower Crane Dogman | $44.10 | $98,000 |\n"
    "| Loader / Spotter | $38.20 | $84,500 |\n"
    "Travel allowance $35 a day; LAFHA $95 a day where eligible.\n"
)


def _pay(guide: Guide) -> set[tuple[str | None, float | None, float | None, str, str | None]]:
    return {(band.role, band.min, band.max, band.currency, band.period)
            for band in guide.salaries}


def test_entry_and_experienced_columns_are_one_band_a_row() -> None:
    pay = _pay(parse_text(WORKSHEET, "glazier.txt"))
    assert (None, 17.2, 26.05, "USD", "hour") in pay
    assert any(role and min_ == 16.4 and max_ == 23.9 for role, min_, max_, _, _ in pay)
    assert not any(min_ == max_ for _, min_, max_, _, _ in pay)


def test_a_worksheet_answer_key_is_no_pay() -> None:
    pay = _pay(parse_text(WORKSHEET, "glazier.txt"))
    assert not any(min_ == 0.8 for _, min_, _, _, _ in pay)


def test_minimum_and_maximum_columns_are_one_band_a_row() -> None:
    pay = _pay(parse_text(GUIDELINES, "verger.txt"))
    assert (None, 31500, 38200, "USD", "year") in pay
    assert not any(min_ == max_ for _, min_, max_, _, _ in pay)


def test_a_fortnightly_column_restating_the_annual_rate_is_no_separate_fact() -> None:
    pay = _pay(parse_text(AWARD, "dietitian.txt"))
    assert {(None, 65330, 65330, "AUD", "year"), (None, 69137, 69137, "AUD", "year")} <= pay
    assert not any(period == "fortnight" for *_, period in pay)


def test_ahpra_names_australian_dollars() -> None:
    guide = parse_text(AWARD, "dietitian.txt")
    assert {band.currency for band in guide.salaries} == {"AUD"}


def test_a_hyphenated_title_in_the_file_name_keeps_its_hyphen() -> None:
    guide = parse_text(FAQ, "on-call-paramedic.txt")
    assert guide.role.text == "On-call Paramedic"


def test_an_answer_marker_is_no_owner_of_the_pay_nor_a_cpd_payment_pay() -> None:
    guide = parse_text(FAQ, "on-call-paramedic.txt")
    assert {(band.role, band.min) for band in guide.salaries} == {(None, 24310), (None, 31870)}


def test_an_employed_at_label_lists_employers() -> None:
    guide = parse_text(AWARD, "dietitian.txt")
    assert {e.text for e in guide.employers} == {"Marram Coast Health Service",
                                                 "Dunwell Valley Health Service"}


def test_a_role_column_row_is_its_titles_pay() -> None:
    pay = _pay(parse_text(CREW_TABLE, "tower-crane-dogman.txt"))
    assert (None, 44.1, 44.1, "USD", "hour") in pay or (None, 44.1, 44.1, "AUD", "hour") in pay
    owners = {role for role, min_, *_ in pay if min_ in (38.2, 84500)}
    assert owners and None not in owners


def test_a_living_away_from_home_allowance_is_no_pay() -> None:
    pay = _pay(parse_text(CREW_TABLE, "tower-crane-dogman.txt"))
    assert not any(min_ == 95 for _, min_, *_ in pay)
