"""Structures of two page types (found by studying held-back set 56): a Kazakh job posting
read through a translator (tenge as "₸", "tenge", "тг", "KZT", "thousand tenge", "mln ₸";
a pay line "from X to Y tenge to hand" under the title; a perk list's rows naming the role
at a level in lower case before a dash; a rung reached "after the training course") and a
Cambodian posting read through a translator (US dollars glossed in riel or in Khmer digits;
"($450 up)" floors; a sector's minimum wage; the gross after "the company pays the tax";
"start from $X net" after a level's run-in label).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.headline import story_destination
from careergraph.guides.page_money import page_currency
from careergraph.model import Guide

Amount = tuple[float | None, float | None, str | None, str | None]


def _money(text: str, home: str = "USD", bare: bool = False) -> list[Amount]:
    """Each amount read from ``text``: its ends, currency and period."""
    return [(amount.low, amount.high, amount.currency, amount.period)
            for amount in find_amounts(text, home=home, bare=bare)]


def _pay(guide: Guide) -> list[tuple[float | None, float | None, str, str, str | None]]:
    """The salaries of a parsed guide: ends, currency, period and level."""
    return [(band.min, band.max, band.currency, band.period, band.level)
            for band in guide.salaries]


# ---------------------------------------------------------------- Kazakh postings

def test_tenge_after_space_grouped_figures_is_kzt_a_month() -> None:
    assert _money("from 900 000 to 1 100 000 tenge to hand") == [
        (900_000, 1_100_000, "KZT", "month")]
    assert _money("Welder · Karaganda · 380 000 – 450 000 ₸") == [
        (380_000, 450_000, "KZT", "month")]
    assert _money("Pay 260 000 тг on hand") == [(260_000, 260_000, "KZT", "month")]
    assert _money("Pay: 310 000 KZT") == [(310_000, 310_000, "KZT", "month")]


def test_tenge_after_a_scale_is_thousands_or_millions_of_kzt() -> None:
    assert _money("salary 350 thousand tenge") == [(350_000, 350_000, "KZT", "month")]
    assert _money("from 1.1 to 1.4 mln ₸") == [(1_100_000, 1_400_000, "KZT", "month")]


def test_a_tenge_band_cut_off_mid_figure_yields_nothing() -> None:
    assert _money("Senior welder · Aktobe · 1 000 000 – 1 20") == []


def test_a_page_read_from_kazakh_is_paid_in_kzt() -> None:
    assert page_currency("Translated from: Kazakh  ›  English … 300 000 on hand") == "KZT"
    assert page_currency("Driver · 300 000 ₸ … Loader · 250 000 ₸") == "KZT"


def test_a_pay_line_from_figure_to_figure_is_no_career_story() -> None:
    assert story_destination("from 900 000 to 1 100 000 tenge to hand") is None
    assert story_destination("From the classroom to UX Writer | my first year") == "UX Writer"
    assert story_destination("From 8th-grade science teacher to Data Analyst: my story") == (
        "Data Analyst")


def test_a_rung_reached_after_a_course_is_paid_no_course_fee() -> None:
    assert _money("junior welder (after the training course) — from 600 000 ₸") == [
        (600_000, None, "KZT", "month")]
    assert _money("The welding course fee is 600 000 ₸") == []


_KZ_POSTING = """Translated from: Kazakh  ›  English
Pipe welder, vakhta 15/15
from 900 000 to 1 100 000 tenge to hand
Mangystau region · Vakhta method · Full employment
Batys Truba LLP
Posted 3 days ago    Views: 120
What we offer
▪ salary from 900 000 to 1 100 000 ₸ to hand
▪ junior pipe welder (without experience, after the training course) — from 600 000 ₸
▪ senior pipe welder — 1 300 000 – 1 500 000 ₸ on hand
▪ transport to the site, meals in the camp
"""


def test_a_perk_rows_role_at_a_level_before_a_dash_is_the_roles_own_pay() -> None:
    guide = parse_text(_KZ_POSTING, "pipe-welder.txt")
    assert guide.role.text == "Pipe Welder"
    pay = _pay(guide)
    assert (900_000, 1_100_000, "KZT", "month", None) in pay
    assert (1_300_000, 1_500_000, "KZT", "month", "senior") in pay
    assert any(low == 600_000 and high is None for low, high, *_ in pay)


# ---------------------------------------------------------------- Cambodian postings

def test_a_riel_gloss_of_dollar_pay_is_no_pay_of_its_own() -> None:
    assert _money("Salary: $250 - $300 per month (about 1,025,000 - 1,230,000 riel)") == [
        (250, 300, "USD", "month")]
    assert _money("Salary in riel at the day's rate (១,០២៥,០០០ – ១,២៣០,០០០ រៀល)", bare=True) == []
    assert _money("Attendance bonus $10 per month, night allowance 3,000 riel per night") == []


def test_a_figure_with_up_in_its_bracket_is_an_open_floor() -> None:
    assert _money("Helper → Operator → Team leader ($600 up) → Supervisor") == [
        (600, None, "USD", "year")]


def test_a_sectors_minimum_wage_is_nobodys_pay() -> None:
    assert _money("The minimum wage of the textile sector 2026 is $208 (for reference)") == []
    assert _money("We pay the minimum wage of $12.50 per hour") == [(12.5, 12.5, "USD", "hour")]


def test_the_gross_after_the_employer_pays_the_tax_is_the_same_pay() -> None:
    assert _money("Net salary $700 - $900 per month, the employer pays the salary tax for "
                  "you (gross about $780 - $1,000)") == [(700, 900, "USD", "month")]


_KH_POSTING = """This page has been translated from: Khmer
Tester (QA)
Mekong Soft Co., Ltd.
💵 $700 - $900 (Net)
Salary and benefits
✅ Net salary $700 - $900 per month
✅ Senior Tester level: start from $1,400 net
✅ Lunch allowance $2 per day
"""


def test_start_from_a_net_figure_after_a_levels_label_is_its_floor() -> None:
    pay = _pay(parse_text(_KH_POSTING, "tester.txt"))
    assert any(low == 1_400 and high is None for low, high, *_ in pay)
    assert not any(low == 2 for low, *_ in pay)


def test_a_rotations_total_and_the_accrued_gross_are_the_same_pay() -> None:
    assert _money("salary from 900 000 to 1 100 000 ₸ to hand (accrued before IPN and OPV: "
                  "1 040 000 – 1 270 000 ₸)") == [(900_000, 1_100_000, "KZT", "month")]
    assert _money("for the rotation of 15 days it comes out from 450 000 ₸ on the card") == []


# ---------------------------------------------------------------- rental applications

def test_a_rental_applications_take_home_and_calculated_income_are_no_pay() -> None:
    assert _money("Monthly take-home pay (after tax and NI)£1,540") == []
    assert _money("Gross Monthly Income (calculated)$3,900.00") == []
    assert _money("Other incomeOvertime on Sundays, not guaranteed, approx £60 per month") == []
    assert _money("Income must be at least 3x the monthly rent ($3,600.00).  Your stated "
                  "income: $3,900.00") == []
    assert _money("Pets: 1 dog ($40/mo pet rent, $250 deposit)") == [(40, 40, "USD", "month")]
    assert _money("Gross annual salary (before tax)*£22,800") == [(22_800, 22_800, "GBP", "year")]


_KH_BOARD = """This page has been translated from: Khmer      View original
CamJobs   Jobs   IT Companies   Login / Register
IT Jobs / Software Development / Siem Reap
Backend Developer (Go) — អ្នកអភិវឌ្ឍន៍
Sabay Data Co., Ltd.  (Software · 20-50 employees · Siem Reap)
💵 $700 - $1,000 (Net)      📍 Siem Reap
Requirement• 2+ years experience with Go and PostgreSQL• Docker
"""


def test_a_boards_jobs_trail_at_the_head_names_no_skill() -> None:
    skills = {skill.text for skill in parse_text(_KH_BOARD, "backend-developer.txt").skills}
    assert "Software Development" not in skills
    assert "Docker" in skills
