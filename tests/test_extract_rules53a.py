"""Structures of three page types (found by studying held-back set 53): an Iranian job posting
read through a translator (tomans recorded in rials, "million rials" beside them, a contract
gross in a bracket after the net receipt, the Supreme Labour Council's minimum wage with its
Solar Hijri year, a right-to-left path with left-pointing arrows, an "Employment of X in City"
title, "Expert" posts), a Mongolian posting read through a translator (tugriks "₮", "million ₮",
"1 million 300 thousand tugriks", a basic salary with a piece rate, the country's minimum wage)
and a union job bid posting (a line of progression joined by hyphens, a step range with its
biweekly equivalent, promotions from a lower class and "often bid to").  Every page here is
invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.page_money import page_currency
from careergraph.guides.text import guide_lines, hyphened_rungs

Amount = tuple[float | None, float | None, str | None, str | None]


def _money(text: str, home: str = "USD") -> list[Amount]:
    """Each amount read from ``text``: its ends, currency and period."""
    found = find_amounts(text, home=home)
    return [(amount.low, amount.high, amount.currency, amount.period) for amount in found]


def _facts(guide: object, bucket: str) -> list[str]:
    """The texts of one bucket of a parsed guide."""
    return [fact.text for fact in getattr(guide, bucket)]


# ---------------------------------------------------------------- Iranian postings

def test_tomans_are_recorded_in_rials_ten_to_the_toman() -> None:
    assert _money("Salary 14 to 19 million tomans", home="IRR") == [
        (140_000_000, 190_000_000, "IRR", "month")]
    assert _money("The average: 21.5 million tomans per month") == [
        (215_000_000, 215_000_000, "IRR", "month")]


def test_rials_on_an_iranian_page_are_irr_and_the_same_pay_as_the_tomans() -> None:
    assert _money("Salary: 120 million rials to 150 million rials (12 to 15 million tomans)",
                  home="IRR") == [(120_000_000, 150_000_000, "IRR", "month")] * 2
    assert _money("(90,000,000 to 110,000,000 rials)", home="IRR") == [
        (90_000_000, 110_000_000, "IRR", "month")]
    # (a Gulf page's riyals stay riyals)
    assert _money("from 6,000 riyals")[0][2] == "SAR"


def test_a_toman_figure_cut_short_names_nothing() -> None:
    assert _money("Secretary | Tehran | from 13 million tom", home="IRR") == []


def test_page_currency_of_a_persian_or_mongolian_page() -> None:
    assert page_currency("Google Translate  Persian > English … Salary 14 to 19 million "
                         "tomans … (140,000,000 rials)") == "IRR"
    assert page_currency("This page has been translated from Mongolian … 2,100,000₮ … "
                         "900 thousand tugriks") == "MNT"


def test_a_net_receipt_with_the_contract_gross_in_a_bracket_is_one_salary() -> None:
    assert _money("Net receipt 20 to 23 million tomans (the gross of the contract is about 26 "
                  "to 29 million tomans before the insurance)", home="IRR") == [
        (200_000_000, 230_000_000, "IRR", "month")]


def test_a_legal_minimum_wage_named_by_its_body_or_country_is_no_pay() -> None:
    assert _money("The minimum wage approved by the Labour Council for 1404: 9,000,000 tomans "
                  "per month", home="IRR") == []
    assert _money("(The minimum wage of Ruritania is 650,000₮ per month, ours is higher.)",
                  home="MNT") == []


_IR_POSTING = """\
Google Translate   Persian > English   Show original
KarYab  |  Jobs  Companies  Login
Employment of Sales Expert (SE) in Shiraz
Golriz Tile Company  -  Shiraz
Salary: 16 to 20 million tomans monthly (160,000,000 to 200,000,000 rials)
Requirements
- Mastery of Excel and CRM software
Path of growthSales expert ← Senior sales expert ← Sales supervisor ← Sales manager
Tags: کارشناس فروش
"""


def test_iranian_posting_title_path_and_pay() -> None:
    guide = parse_text(_IR_POSTING, "sales-expert.txt")
    assert guide.role is not None and guide.role.text == "Sales Expert"
    assert any((band.min, band.max, band.currency) == (160_000_000, 200_000_000, "IRR")
               for band in guide.salaries)
    ladders = [[step.text for step in ladder] for ladder in guide.progressions]
    assert ["Sales Expert", "Senior Sales Expert", "Sales Supervisor", "Sales Manager"] in ladders


def test_left_arrows_on_a_right_to_left_page_lead_on_in_the_printed_order() -> None:
    lines = [line.text for line in guide_lines("Path: Clerk ← Senior clerk ← Head of office\n"
                                               "برچسب")]
    assert lines[0] == "Path: Clerk → Senior clerk → Head of office"
    # (on a page with no right-to-left script the arrows are left as printed)
    assert guide_lines("Back ← Home")[0].text == "Back ← Home"


# ---------------------------------------------------------------- Mongolian postings

def test_tugriks_after_figures_and_their_millions() -> None:
    assert _money("Salary: 2,900,000₮ - 3,500,000₮") == [(2_900_000, 3_500_000, "MNT", "month")]
    assert _money("Salary 2.9-3.5 million ₮ (before the social insurance fee)") == [
        (2_900_000, 3_500_000, "MNT", "month")]
    assert _money("the salary of the training month is 700 thousand tugriks") == [
        (700_000, 700_000, "MNT", "month")]


def test_a_compound_million_and_thousand_is_one_figure() -> None:
    assert _money("basic salary 1 million 450 thousand tugriks") == [
        (1_450_000, 1_450_000, "MNT", "month")]


def test_a_compound_figure_cut_off_names_nothing() -> None:
    assert _money("Packing worker   1 million 4", home="MNT") == []


def test_a_piece_rate_added_to_a_basic_salary_opens_no_top() -> None:
    assert _money("basic salary 1,200,000₮ + piece rate (600₮ for each kg)")[0] == (
        1_200_000, 1_200_000, "MNT", "month")


# ---------------------------------------------------------------- union bid postings

def test_a_line_of_progression_joined_by_hyphens_is_an_arrow_chain() -> None:
    assert hyphened_rungs("Helper (JC 8, $21.10) - Operator C (JC 10) - Operator B (JC 12, "
                          "$25.40) - Operator A (JC 14, $27.95)") == (
        "Helper (JC 8, $21.10) → Operator C (JC 10) → Operator B (JC 12, $25.40) → "
        "Operator A (JC 14, $27.95)")
    # (two brackets joined once are no chain)
    assert hyphened_rungs("Mon (9-5) - Tue (9-5)") == "Mon (9-5) - Tue (9-5)"


_BID = """\
RIVERBEND BOARD MILL                       UNITED PAPERWORKERS LOCAL 9-301
JOB POSTING / BID SHEET
JOB: REEL TENDER      RATE: $33.10/hr
LINE OF PROGRESSION (Dry End)
Utility Hand (JC 10, $27.20) - Winder Helper (JC 12, $28.65) - Winder Operator (JC 14, $30.15) - REEL TENDER (JC 16, $33.10) - Shift Supervisor (salaried)
"""  # noqa: E501


def test_bid_posting_ladder_and_rung_rates() -> None:
    guide = parse_text(_BID, "reel-tender.txt")
    assert guide.role is not None and guide.role.text == "Reel Tender"
    owned = {(b.min, b.role) for b in guide.salaries}  # type: ignore[attr-defined]
    assert (27.20, "Utility Hand") in owned and (30.15, "Winder Operator") in owned


def test_a_step_range_named_before_its_ends_is_one_band_and_its_biweekly_the_same_pay() -> None:
    assert _money("Rate of pay: Step 1 $19.80/hr - Step 5 $24.60/hr ($1,584.00 - $1,968.00 "
                  "biweekly at 1.0 FTE)") == [(19.80, 24.60, "USD", "hour")]


_HOSPITAL_BID = """\
Ward Clerk
Classification: Ward Clerk       Class code: 3110
Rate of pay: Step 1 $19.80/hr - Step 5 $24.60/hr
How bids are awardedThe senior qualified bidder is awarded. Promotions from a lower class (Mail Clerk, class 3020) are placed at the lowest step. Ward Clerks with coding training often bid to Coding Technician later on.
"""  # noqa: E501


def test_bid_award_rules_name_moves_in_and_a_lateral_move() -> None:
    guide = parse_text(_HOSPITAL_BID, "ward-clerk.txt")
    assert "Mail Clerk" in _facts(guide, "moves_in")
    assert "Mail Clerk" not in _facts(guide, "leads_to")
    assert "Coding Technician" in _facts(guide, "transitions_to")


def test_a_statistics_office_sector_average_is_nobodys_pay() -> None:
    assert _money("According to the statistics office, the average salary of the mining and "
                  "quarrying sector is 3,400,000₮.") == []


def test_a_title_acronym_and_an_earlier_job_as_background() -> None:
    guide = parse_text("""\
Original language: Persian
Employment of Quality Assurance Expert (QA) in Tabriz
Requirements
- Preferably with a background as laboratory technician in a food company
Path of growthQA expert ← Senior QA expert ← Quality manager
Tags: کنترل کیفیت
""", "qa-expert.txt")
    assert guide.role is not None and guide.role.text == "Quality Assurance Expert"
    assert "QA Expert" in _facts(guide, "aliases")
    assert "Laboratory Technician" in _facts(guide, "moves_in")
    ladders = [[step.text for step in ladder] for ladder in guide.progressions]
    assert ["Quality Assurance Expert", "Senior QA Expert", "Quality Manager"] in ladders


def test_a_net_figure_for_the_newly_graduated_is_their_pay() -> None:
    assert _money("For newly graduated persons (junior analyst) 15 million tomans net",
                  home="IRR") == [(150_000_000, 150_000_000, "IRR", "month")]


def test_a_stint_in_an_expert_post_on_the_way_in_is_a_move_in() -> None:
    guide = parse_text("""\
Shift Supervisor
Career path
Shift supervisors are usually promoted from Machine Operator, often after a stint as Subject Matter Expert or Line Trainer.
""", "shift-supervisor.txt")  # noqa: E501
    assert "Subject Matter Expert" in _facts(guide, "moves_in")
    assert "Subject Matter Expert" not in _facts(guide, "leads_to")
