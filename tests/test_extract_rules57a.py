"""Structures of three page types (found by studying held-back set 57): a Myanmar posting read
through a translator (pay in lakhs of kyats, "Ks" after a figure), an Azerbaijani posting read
through a translator (manats as "AZN", "₼" or "manat" after space-grouped figures, "1 min 500
manat", a net "to the hand" with its gross in the next clause, the probation's net, "Leading"
as the Lead rung, similar vacancies parted by em dashes, the country's minimum wage) and a
seafarer's employment agreement (the job's acronym in a mail's subject, overtime in excess,
leave pay, total wages, an allotment converted at an exchange rate, a monthly average worked
out from a day rate).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.mail import _spelt_out
from careergraph.guides.page_money import page_currency
from careergraph.model import Guide

Amount = tuple[float | None, float | None, str | None, str | None]


def _money(text: str, home: str = "USD") -> list[Amount]:
    """Each amount read from ``text``: its ends, currency and period."""
    return [(amount.low, amount.high, amount.currency, amount.period)
            for amount in find_amounts(text, home=home)]


def _pay(guide: Guide) -> list[tuple[float | None, float | None, str, str, str | None]]:
    """The salaries of a parsed guide: ends, currency, period and level."""
    return [(band.min, band.max, band.currency, band.period, band.level)
            for band in guide.salaries]


# ---------------------------------------------------------------- Myanmar postings

_MM_PAGE = ("Translated from: Burmese   To: English\nCrane Rigger - 2 posts\n"
            "Salary 4 Lakhs - 5 Lakhs (400,000 - 500,000 Ks) per month\n"
            "Helper: 2.5 Lakhs per month")


def test_a_burmese_page_is_paid_in_kyats_and_its_lakhs_are_kyats() -> None:
    assert page_currency(_MM_PAGE) == "MMK"
    assert page_currency("Rigger, Pune: 4 Lakhs - 5 Lakhs a year, or 6 lakh") == "INR"
    assert _money("Salary 4 Lakhs - 5 Lakhs", home="MMK") == [
        (400_000, 500_000, "MMK", "month")]
    assert _money("Salary 4 Lakhs - 5 Lakhs", home="INR")[0][2] == "INR"


def test_ks_after_a_figure_is_kyats() -> None:
    assert _money("(400,000 - 500,000 Ks) per month", home="MMK") == [
        (400_000, 500_000, "MMK", "month")]
    assert _money("daily wage 18,000 Ks per working day", home="MMK") == [
        (18_000, 18_000, "MMK", "day")]


# ---------------------------------------------------------------- Azerbaijani postings

def test_manats_after_space_grouped_figures_are_azn_a_month() -> None:
    assert page_currency("Google Translate  Azerbaijani → English … 1 100 – 1 600 AZN") == "AZN"
    assert _money("Pay 1 100 – 1 600 AZN") == [(1_100, 1_600, "AZN", "month")]
    assert _money("Salary 540 – 780 ₼ per month") == [(540, 780, "AZN", "month")]
    assert _money("Salary: 540 - 780 manat") == [(540, 780, "AZN", "month")]


def test_min_between_a_figures_parts_is_a_thousand() -> None:
    assert _money("good cutters earn up to 2 min 300 manat", home="AZN") == [
        (None, 2_300, "AZN", "month")]


def test_a_net_with_its_gross_in_the_next_clause_is_one_pay() -> None:
    line = ("• Salary 1 100 – 1 600 AZN net (to the hand); the gross is about 1 330 – 1 940 "
            "AZN before the income tax")
    assert _money(line, home="AZN") == [(1_100, 1_600, "AZN", "month")]


def test_the_probation_periods_net_is_pay() -> None:
    assert _money("• During the probation period (2 months) 950 AZN net", home="AZN") == [
        (950, 950, "AZN", "month")]


def test_the_countrys_minimum_wage_is_nobodys_pay() -> None:
    assert _money("The minimum monthly wage in the country is 400 manat", home="AZN") == []


_AZ_PAGE = """Google Translate  Azerbaijani → English
Database administrator (Verilənlər bazası administratoru)
Qala Sığorta ASC   Baku
Conditions:
• Salary 2 400 – 3 000 AZN net (to the hand); the gross is about 2 900 – 3 630 AZN
• During the probation period (3 months) 2 000 AZN net
• Leading database administrator: from 3 600 AZN net
Similar vacancies
Database administrator — Xəzər Telekom MMC — Baku — 2 100 – 2 700 AZN
Data analyst — Nar Logistika MMC — Sumqayıt — 1 900 AZN
"""


def test_an_azerbaijani_posting_reads_its_conditions_and_similar_vacancies() -> None:
    guide = parse_text(_AZ_PAGE, "database-administrator.txt")
    assert guide.role.text == "Database Administrator"
    pay = _pay(guide)
    assert (2_400, 3_000, "AZN", "month", None) in pay  # (the gross: the same pay)
    assert not any(band.min == 2_900 for band in guide.salaries)
    assert (2_000, 2_000, "AZN", "month", None) in pay
    assert any(band.min == 3_600 and band.max is None for band in guide.salaries)
    assert any(band.min == 2_100 and band.max == 2_700 and band.role is None
               for band in guide.salaries)
    assert any(band.min == 1_900 and band.role == "Data Analyst" for band in guide.salaries)


# ---------------------------------------------------------------- seafarer agreements

def test_a_subjects_acronym_is_the_title_the_mail_spells_it_out_as() -> None:
    page = "Rank: Gas Engineer (GE)   Vessel: LNG carrier"
    assert _spelt_out("GE", page, lambda title: True) == "Gas Engineer"
    assert _spelt_out("GE", page, lambda title: False) is None
    assert _spelt_out("GE", "Our GE (General Electric) pumps", lambda title: True) is None


_SEA_MAIL = """From: crew@example.com
To: seafarer@example.com
Subject: SEA for signature — CCO — MV Example — joining Rotterdam
Dear Ana, please find the agreement below.
Capacity: Chief Cook Officer (CCO)   Vessel: MV Example
A cook who holds the certificate may cross over to the Chief Steward position.
"""


def test_a_mails_subject_acronym_names_the_role() -> None:
    assert parse_text(_SEA_MAIL, "sea.txt").role.text == "Chief Cook Officer"


def test_a_contracts_add_ons_and_conversions_are_no_separate_pay() -> None:
    assert _money("1.5 Overtime: US$ 280.00 FIXED — OT IN EXCESS US$ 3.95/HR") == []
    assert _money("1.6 Vacation Leave with Pay: 8 DAYS PER MONTH — US$ 210.00") == []
    assert _money("Total Monthly Wages: US$ 1,190.00 (basic + FOT + leave pay)") == []
    assert _money("(at ₱57.10/US$ the basic is about ₱38,000)") == [(57.10, 57.10, "PHP", "month")]
    assert _money("the average monthly earnings are about EUR 3,650 (240 × 365 / 24, for "
                  "information only)") == []
    assert _money("Basic Monthly Salary: US$ 680.00")[0][:2] == (680, 680)
