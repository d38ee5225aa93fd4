"""Structures of three page types (found by studying held-back set 55): an Uzbek job posting
read through a translator (soums "soums", "so'm", "mln soums", "UZS"; "c.u." for US dollars;
a dollar band's space-grouped top end; a "Posted <date>" line under a bare-title headline;
an "MChJ" firm beside a board's badge; lunch money, a paid test task and the minimum wage
"in the Republic"), a Nepali posting read through a translator ("Rs. 60,000 onwards", motor
fuel, the in-hand after tax) and a workers' compensation injury report (the average weekly
wage, earnings before the accident and wages advanced; the compensation rate and benefit;
a numbered NAICS field; a Canadian mailing address; a food-equipment maker in brackets).
Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.letterheads import formed_company
from careergraph.guides.page_money import named_dollars, page_currency, page_dollar
from careergraph.model import Guide

Amount = tuple[float | None, float | None, str | None, str | None]


def _money(text: str, home: str = "USD") -> list[Amount]:
    """Each amount read from ``text``: its ends, currency and period."""
    return [(amount.low, amount.high, amount.currency, amount.period)
            for amount in find_amounts(text, home=home)]


def _pay(guide: Guide) -> list[tuple[float | None, float | None, str, str]]:
    """The salaries of a parsed guide: ends, currency and period."""
    return [(band.min, band.max, band.currency, band.period) for band in guide.salaries]


# ---------------------------------------------------------------- Uzbek postings

def test_soums_after_space_grouped_figures_are_uzs_a_month() -> None:
    assert _money("Salary: from 5 500 000 to 7 000 000 soums in hand") == [
        (5_500_000, 7_000_000, "UZS", "month")]
    assert _money("3rd grade - 4 900 000 so'm") == [(4_900_000, 4_900_000, "UZS", "month")]
    assert _money("Packer · Bukhara · 3 000 000 - 3 800 000 soums") == [
        (3_000_000, 3_800_000, "UZS", "month")]


def test_mln_soums_is_millions_of_soums() -> None:
    assert _money("Foreman (up to 9 mln soums)") == [(None, 9_000_000, "UZS", "month")]
    assert _money("Salary: 4 - 5 mln so‘m") == [(4_000_000, 5_000_000, "UZS", "month")]
    assert _money("We sell 5 mln units a year") == []  # (no currency: a count)


def test_a_lump_sum_is_no_soum() -> None:
    assert _money("a lump sum of 4 000 dollars") == []


def test_conventional_units_are_us_dollars_by_the_month_on_an_uzbek_page() -> None:
    assert _money("Backend developer — Tashkent — 1 700 - 2 300 c.u.", home="UZS") == [
        (1_700, 2_300, "USD", "month")]


def test_a_dollar_band_with_space_grouped_ends_is_one_band() -> None:
    assert _money("$1 500 - 2 400 per month, in hand") == [(1_500, 2_400, "USD", "month")]
    assert _money("R4 500 to R6 500 a month") == [(4_500, 6_500, "ZAR", "month")]


def test_a_page_in_soums_or_read_from_uzbek_is_paid_in_uzs() -> None:
    assert page_currency("Translated from: Uzbek … 1 200 - 1 800 c.u.") == "UZS"
    assert page_currency("Cook · 4 000 000 soums … Waiter · 3 500 000 soums") == "UZS"


def test_lunch_money_a_paid_test_task_and_the_minimum_wage_are_no_pay() -> None:
    assert _money("lunch compensation 35 000 soums per day", home="UZS") == []
    assert _money("→ test task (paid, 800 000 soums) → offer", home="UZS") == []
    assert _money("Note: the minimum wage in the Republic is 1 100 000 soums", home="UZS") == []


def test_an_mchj_firm_beside_a_boards_badge_employs_the_role() -> None:
    lines = [(1, "Looms operator (toʻquvchi)"), (2, "Posted 2 December 2026 · Kokand"),
             (3, "Oq Paxta Mato MChJ  ✔ verified employer  ★ 4.1 (12 reviews)")]
    assert formed_company(lines) == [("Oq Paxta Mato MChJ", 3)]
    assert formed_company([(1, "Fergana Soft MChJ   IT Park resident   65+ employees")]) == [
        ("Fergana Soft MChJ", 1)]


_UZ_POSTING = """Translated from: Uzbek   Show original
Board.uz   Vacancies   Companies   Login
Home / Vacancies / Production / Namangan region
Spinning frame mechanic (yigiruv mexanigi)
Salary: from 5 000 000 to 6 500 000 soums in hand
Experience: 1-3 years   Full time
Posted 1 December 2026 · Uychi district
Oq Ip Yigiruv MChJ  ✔ verified employer
Requirements:
- experience with ring spinning frames
Conditions:
- free lunch, lunch compensation 30 000 soums per day
Career: Spinning frame mechanic → Shift foreman (up to 8 mln soums)
Average salary of the mechanic in the region: 4 900 000 soums
Similar vacancies
Knitting frame mechanic · Fergana · 4 800 000 soums
Carding machine mechanic · Andijan · 5 200 000 soums
"""


def test_an_uzbek_posting_keeps_its_bare_title_and_reads_its_soums() -> None:
    guide = parse_text(_UZ_POSTING, "posting.txt")
    assert guide.role.text == "Spinning Frame Mechanic"
    assert (5_000_000, 6_500_000, "UZS", "month") in _pay(guide)
    assert all(low != 30_000 for low, *_ in _pay(guide))
    assert [fact.text for fact in guide.employers] == ["Oq Ip Yigiruv MChJ"]


# ---------------------------------------------------------------- Nepali postings

def test_onwards_after_a_figure_is_an_open_floor() -> None:
    assert _money("Branch Manager (Rs. 55,000 onwards)", home="NPR") == [
        (55_000, None, "NPR", "month")]


def test_motor_fuel_and_the_in_hand_after_tax_are_no_pay() -> None:
    assert _money("• Motorcycle fuel Rs. 2,500 per month and the mobile recharge Rs. 400",
                  home="NPR") == []
    assert _money("After tax (1% social security tax) the in-hand is around Rs. 29,700",
                  home="NPR") == []


# ---------------------------------------------------------------- injury reports

def test_an_injury_reports_wage_equivalents_and_benefits_are_no_pay() -> None:
    assert _money("16. Average weekly wage (last 52 weeks)  $948.00") == []
    assert _money("Gross earnings 52 weeks before accident: $44,100.00") == []
    assert _money("Did you advance wages? [X] Yes  Amount/day: $171.20") == []
    assert _money("Weekly compensation rate (66 2/3% of AWW) $632.00") == []
    assert _money("2026 maximum weekly benefit $1,250.00") == []
    assert _money("12. Wages  $22.75 per hour") == [(22.75, 22.75, "USD", "hour")]


def test_a_canadian_mailing_address_names_canadian_dollars() -> None:
    assert named_dollars("Mailing address: 80 King St, Guelph ON N1H 3Z4") == {"CAD"}


def test_a_food_equipment_maker_in_brackets_is_no_australian_city() -> None:
    page = ("Mailing address: 80 King St, Guelph ON N1H 3Z4\n"
            "Equipment: slicer, mixer, scale/labeller (Hobart)\nRate: $21.40 per hour")
    assert page_dollar(page) == "CAD"
    assert named_dollars("Pharmacist (Hobart) $41.00 an hour") == {"AUD"}


_REPORT = """EMPLOYER'S REPORT OF EMPLOYEE'S INJURY
EMPLOYEE1. Employee's name  A. Person   2. Sex  F
7. Occupation  Carpenter   8. Department  Crew 3
12. Wages  $26.10 per hour   13. Hours worked per day  8
16. Average weekly wage (last 52 weeks, incl. overtime)  $1,044.00
EMPLOYER18. Employer's name  Ridge Utility Works, LLC   19. FEIN  11-******1
22. NAICS  236118 - Residential Remodelers   23. Insurance carrier  Acme Mutual Co.
NOTICE: Weekly compensation rate (66 2/3% of AWW) $696.00.
"""


def test_a_numbered_naics_field_names_the_sector() -> None:
    guide = parse_text(_REPORT, "carpenter.txt")
    assert "Residential Remodelers" in [fact.text for fact in guide.sectors]
    assert _pay(guide) == [(26.10, 26.10, "USD", "hour")]


def test_a_monthly_figures_yearly_equivalent_in_a_bracket_is_the_same_pay() -> None:
    assert _money("Monthly salary Rs. 31,000 to Rs. 38,000 (annual 3.72 lakh to 4.56 lakh)",
                  home="NPR") == [(31_000, 38_000, "NPR", "month")]
    assert _money("$1,900 a month (yearly $22,800)") == [(1_900, 1_900, "USD", "month")]
    assert _money("Annual salary (annual review) $48,000") == [(48_000, 48_000, "USD", "year")]
