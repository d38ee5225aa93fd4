"""Structures of three page types (found by studying held-back set 58): an Armenian posting read
through a translator (drams as "֏", "AMD" or "dram" after space-grouped figures, "clean" and
"dirty" for net and gross, dollar pay glossed in drams, "Middle" as the role's rung), a Lao
posting read through a translator (kip with point-grouped thousands, a baht gloss, allowances
called "money", a state pay scale's index times the value of a point, the country's minimum
wage) and a declaration of work experience for a licence or a skills assessment (a form's
numbered sections with long notes, the employer declaration, the type of business, Fijian
dollars, another country's award rate "for information only").  Every page here is
invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.longform_patterns import unrung_role
from careergraph.guides.page_money import page_currency
from careergraph.guides.section_kinds import Kind, classify_heading

Amount = tuple[float | None, float | None, str | None, str | None]


def _money(text: str, home: str = "USD") -> list[Amount]:
    """Each amount read from ``text``: its ends, currency and period."""
    return [(amount.low, amount.high, amount.currency, amount.period)
            for amount in find_amounts(text, home=home)]


# ---------------------------------------------------------------- Armenian postings

def test_an_armenian_page_is_paid_in_drams_even_when_it_prices_in_dollars() -> None:
    page = ("Translated from: Armenian ▸ English\nTile layer\n$900 - $1 200 clean (≈ 350 000 -"
            " 460 000 ֏)\nBonus $100\nSenior from $1 500\nAverage $1 000")
    assert page_currency(page) == "AMD"
    assert page_currency("Armenian to English … 300 000 ֏ … 280 000 ֏") == "AMD"
    assert _money("Pay $900 - $1 200", home="AMD") == [(900, 1_200, "USD", "month")]


def test_drams_after_space_grouped_figures_or_a_thousand() -> None:
    assert _money("💰 300 000 - 420 000 ֏ (clean)") == [(300_000, 420_000, "AMD", "month")]
    assert _money("Pay 310 000 AMD") == [(310_000, 310_000, "AMD", "month")]
    assert _money("probation - 240 thousand drams clean") == [(240_000, 240_000, "AMD", "month")]


def test_a_clean_salary_and_its_dirty_gross_are_one_salary() -> None:
    assert _money("Salary 300 000 - 420 000 AMD clean, by grade (dirty about 400 000 - 560 000"
                  " dram, before the income tax)") == [(300_000, 420_000, "AMD", "month")]
    assert _money('The pay is "clean": we pay the income tax. The gross in the contract is '
                  "about 1 100 000 ֏.") == []


def test_a_translated_sport_compensation_is_no_pay() -> None:
    assert _money("✔ sport compensation 15 000 ֏ per month") == []


def test_a_middle_rung_leaves_the_role_title() -> None:
    assert unrung_role("Middle PHP Developer") == "PHP Developer"
    assert unrung_role("Middle School Teacher") is None
    assert unrung_role("PHP Developer") is None


def test_other_rungs_of_a_middle_posting_are_the_roles_own_with_their_firms() -> None:
    page = ("Translated from: Armenian ▸ English\nMiddle PHP developer\nAraks Web LLC\n"
            "$1 800 - $2 400 clean\nSimilar vacancies\n"
            "PHP developer (Senior) · Lori Soft LLC · Yerevan · $3 000 - $4 000\n"
            "Junior PHP developer · Dilijan Code LLC · Yerevan · 350 000 ֏\n"
            "Go developer · Vanadzor Apps LLC · Yerevan · $2 500 - $3 100\n")
    guide = parse_text(page, "g.txt")
    firms = {employer.text for employer in guide.employers}
    assert {"Lori Soft LLC", "Dilijan Code LLC"} <= firms
    assert "Vanadzor Apps LLC" not in firms
    owners = {(band.min, band.currency): band.role for band in guide.salaries}
    assert owners[(3_000, "USD")] is None and owners[(350_000, "AMD")] is None
    assert owners[(2_500, "USD")] == "Go Developer"


# ---------------------------------------------------------------- Lao postings

def test_a_lao_page_is_paid_in_kip_with_point_grouped_thousands() -> None:
    assert page_currency("This page has been translated from Lao … 2.800.000 Kip") == "LAK"
    assert _money("Salary: 2.800.000 - 3.300.000 Kip / month") == [
        (2_800_000, 3_300_000, "LAK", "month")]
    assert _money("Probation 2 months: 2.600.000 Kip") == [(2_600_000, 2_600_000, "LAK", "month")]


def test_a_baht_gloss_of_the_kip_pay_is_the_same_pay() -> None:
    assert _money("- Salary 2.800.000 - 3.300.000 Kip per month (or about 2.900 - 3.400 Baht, "
                  "adjusted yearly)", home="LAK") == [(2_800_000, 3_300_000, "LAK", "month")]
    # (a baht figure of a Thai page keeps its comma notation)
    assert _money("16,000 - 22,000 baht") == [(16_000, 22_000, "THB", "month")]


def test_translated_allowances_and_the_minimum_wage_are_no_pay() -> None:
    assert _money("- Diligence money 150.000 Kip if no absent", home="LAK") == []
    assert _money("- Money for petrol 100.000 Kip and money for the telephone 40.000 Kip",
                  home="LAK") == []
    assert _money("*The minimum wage of Lao PDR is 2.500.000 Kip per month.", home="LAK") == []


def test_a_pay_scales_value_per_point_is_no_pay_its_total_is() -> None:
    assert _money("Basic salary: Level 3, step 1 (index 240 × 11.000 Kip = 2.640.000 Kip per "
                  "month)", home="LAK") == [(2_640_000, 2_640_000, "LAK", "month")]


# ---------------------------------------------------------------- experience declarations

def test_fijian_dollars_and_a_rate_for_information_only() -> None:
    assert _money("Fitter — FJD 7.40 per hour") == [(7.4, 7.4, "FJD", "hour")]
    assert _money("For information only: the Australian award rate for a qualified fitter "
                  "(Level 5) is AUD 27.10 per hour.") == []


def test_an_employer_declaration_section_names_no_employers() -> None:
    assert classify_heading("SECTION 5 – EMPLOYER DECLARATION") is not Kind.EMPLOYERS
    assert classify_heading("SECTION 2 – EMPLOYER") is Kind.EMPLOYERS


def test_a_declaration_forms_sections_end_the_employer_section() -> None:
    page = ("DECLARATION OF WORK EXPERIENCE — REFRIGERATION MECHANIC LICENCE\n"
            "Trade / occupation for which experience is declared: Refrigeration Mechanic\n"
            "SECTION 2 – EMPLOYER\n"
            "Legal name: Coldline Services Ltd.     Operating as: Coldline\n"
            "Address: 12 Dock Rd, Nelson, NS B3H 2Y9     Type of business: Marine and"
            " industrial refrigeration contractor\n"
            "SECTION 3 – HOURS BY CATEGORY OF WORK (refrigeration only; do not include "
            "electrical or plumbing hours)\n"
            "Category | Hours\n"
            "Cold room installation | 1,200\n"
            "Total | 1,200\n")
    guide = parse_text(page, "refrigeration-mechanic.txt")
    firms = {employer.text for employer in guide.employers}
    assert not firms & {"Category", "Hours", "Total"}
    assert "Marine and industrial refrigeration contractor" in {
        sector.text for sector in guide.sectors}
