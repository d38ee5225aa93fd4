"""Structures of three page types (found by studying held-back set 54): a Russian job posting
read through a translator (roubles "₽", "rub.", "roubles", "thousand rubles" after
space-grouped figures, "receive from X ₽ on hand", a phone compensation), an Ethiopian posting
read through a translator (birr "birr", "Br", the net after tax in a bracket beside the gross)
and a US temporary labor certification job order (a piece rate by weight, the meal charge, the
housing deduction, daily subsistence, agricultural overtime, the state minimum wage, a
supervisor's wage naming its post in a bracket, the duties field, "may be selected as",
job cards with an openings count and a bracketed other name, the NAICS title).  Every page
here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.pay_owners import pay_label_title
from careergraph.model import Guide

Amount = tuple[float | None, float | None, str | None, str | None]


def _money(text: str, home: str = "USD") -> list[Amount]:
    """Each amount read from ``text``: its ends, currency and period."""
    return [(amount.low, amount.high, amount.currency, amount.period)
            for amount in find_amounts(text, home=home)]


def _pay(guide: Guide) -> list[tuple[float | None, float | None, str, str, str | None]]:
    """The salaries of a parsed guide: ends, currency, period and owner (None: the role)."""
    return [(band.min, band.max, band.currency, band.period, band.role)
            for band in guide.salaries]


def _facts(guide: object, bucket: str) -> list[str]:
    """The texts of one bucket of a parsed guide."""
    return [fact.text for fact in getattr(guide, bucket)]


# ---------------------------------------------------------------- Russian postings

def test_roubles_after_space_grouped_figures_are_rub_a_month() -> None:
    assert _money("from 95 000 to 120 000 ₽ on hand") == [(95_000, 120_000, "RUB", "month")]
    assert _money("masters — 140 000 – 170 000 ₽.") == [(140_000, 170_000, "RUB", "month")]
    assert _money("from 88 000 rub. per month") == [(88_000, None, "RUB", "month")]
    assert _money("about 76 000 roubles") == [(76_000, 76_000, "RUB", "month")]


def test_thousand_rubles_is_a_rouble_figure() -> None:
    assert _money("salary from 140 thousand rubles") == [(140_000, None, "RUB", "month")]


def test_a_phone_compensation_is_no_pay() -> None:
    assert _money("- compensation of mobile communication 1 000 ₽/month;") == []


_RU_POSTING = """Translated from: Russian ▾ | Show original | Options ✕
Python Developer
from 150 000 to 200 000 ₽ on hand
Requirements:
- experience with Django and PostgreSQL;
Conditions:
- salary from 150 000 to 200 000 ₽ on hand;
- compensation of mobile communication 1 000 ₽/month.
Team leads receive from 260 000 ₽ on hand.
"""


def test_a_figure_received_on_hand_is_read_with_its_owner() -> None:
    pay = _pay(parse_text(_RU_POSTING, "python-developer.txt"))
    assert (150_000, 200_000, "RUB", "month", None) in pay
    assert any(low == 260_000 and high is None and currency == "RUB"
               for low, high, currency, _, _ in pay)
    assert all(low != 1_000 for low, *_ in pay)


# ---------------------------------------------------------------- Ethiopian postings

def test_birr_after_a_figure_and_br_before_it_are_etb_a_month() -> None:
    assert _money("Salary: 14,500 birr gross + benefits") == [(14_500, 14_500, "ETB", "month")]
    assert _money("Cashier — 6,900 Birr") == [(6_900, 6_900, "ETB", "month")]
    assert _money("Br 9,000 a month") == [(9_000, 9_000, "ETB", "month")]


def test_the_net_after_tax_in_a_bracket_is_the_same_pay() -> None:
    assert _money("Gross salary: 14,500 birr per month (the net after the income tax and the "
                  "pension is about 11,200 birr)") == [(14_500, 14_500, "ETB", "month")]


# ---------------------------------------------------------------- US job orders

def test_a_piece_rate_by_weight_is_no_pay() -> None:
    assert _money("Oyster Shucker · Town, ST · $16.10/hr + $2.40/lb") == [
        (16.10, 16.10, "USD", "hour")]
    assert _money("Picker · $1,200 a month + ₱12 per kg of leaves")[1:] == []


def test_a_job_orders_charges_deductions_and_floors_are_no_pay() -> None:
    assert _money("Employer will provide three meals a day at a charge of $12.50 per day.") == []
    assert _money("a deduction of $45.00 per week is taken for the housing") == []
    assert _money("daily subsistence ($16.00 per day without receipts)") == []
    assert _money("Idaho agricultural overtime: hours over 40 are paid 1.5 × the hourly rate "
                  "($24.30)") == []
    assert _money("Idaho minimum wage (standard) $7.25 per hour.") == []
    assert _money("Federal minimum wage: $7.25 per hour") == []
    # (the minimum wage as the job's own rate stays pay)
    assert _money("We pay the minimum wage of $7.25 per hour") != []


def test_a_wage_label_naming_its_post_in_a_bracket_owns_the_figure() -> None:
    assert pay_label_title("Supervisor wage (Kiln Foreman, SOC 51-1011): ") == "Kiln Foreman"
    assert pay_label_title("Lead rate (Line Leader)") == "Line Leader"


_ORDER = """H-2A Agricultural Clearance Order   Form ETA-790A
A. Job Offer Information
1. Job Title * Orchard Worker
7. Job Duties * Workers will pick and thin fruit. Duties include pruning apple trees, tying \
limbs to the trellis wires and hauling bins by tractor.
B. Minimum Job Qualifications/Requirements
F. Wage Rates, Special Pay Information, and Deductions
1. Hourly Wage Offer * $18.15 per hour
Supervisor wage (Orchard Foreman, SOC 45-1011): $21.70 per hour (listed for the corresponding \
employment)
Workers who return for a second season may be offered an Orchard Foreman position.
Experienced workers may be selected as Bin Checkers.
NAICS Code: 111331   NAICS Title: Apple Orchards and Fruit Farming
Other job orders from this employer
Packing Line Worker · Wenatchee, WA · $18.15/hr · 14 openings
Bin Truck Driver (Forklift Operator) · Wenatchee, WA · $19.40/hr · 2 openings
"""


def test_a_job_order_reads_its_wage_owners_moves_and_industry() -> None:
    guide = parse_text(_ORDER, "orchard-worker.txt")
    pay = _pay(guide)
    assert (18.15, 18.15, "USD", "hour", None) in pay
    assert (21.70, 21.70, "USD", "hour", "Orchard Foreman") in pay
    assert (19.40, 19.40, "USD", "hour", "Bin Truck Driver (Forklift Operator)") in pay
    assert {"Orchard Foreman", "Bin Checker"} <= set(_facts(guide, "leads_to"))
    assert _facts(guide, "sectors") == ["Apple Orchards and Fruit Farming"]
    # the duties field names no skills, and the cards' towns no employers
    assert not any("pruning" in name or "tying" in name for name in _facts(guide, "skills"))
    assert "Wenatchee" not in _facts(guide, "employers")


def test_a_labelless_naics_cell_names_the_industry() -> None:
    page = _ORDER.replace("NAICS Code: 111331   NAICS Title: Apple Orchards and Fruit Farming",
                          "Employer information\nRidgeview Orchards LLC   FEIN 91-xxxxxxx   "
                          "NAICS 111331 Apple Orchards and Fruit Farming")
    assert _facts(parse_text(page, "orchard-worker.txt"), "sectors") == [
        "Apple Orchards and Fruit Farming"]
