"""Structures of two page types (found by studying held-back set 59): a Kyrgyz posting read
through a translator (som after space-grouped figures or "thousand", "to hand" for the net and
the gross "in the labour contract", a perk list's rows parted by a spaced hyphen, a head of a
department's bracketed pay, CJSC and OJSC firms, similar vacancies whose second cells are
towns) and a Sri Lankan posting read through a translator (the rupee's "/=" after each end of
a band, the national minimum wage, a "(Pvt) Ltd" firm, a classifieds site's "Other jobs like
this" rows with the firm last).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.longform_pay import aside_title
from careergraph.guides.page_money import page_currency
from careergraph.guides.similar_offers import listed_offers

Amount = tuple[float | None, float | None, str | None, str | None]


def _money(text: str, home: str = "USD") -> list[Amount]:
    """Each amount read from ``text``: its ends, currency and period."""
    return [(amount.low, amount.high, amount.currency, amount.period)
            for amount in find_amounts(text, home=home)]


# ---------------------------------------------------------------- Kyrgyz postings

def test_som_after_space_grouped_figures_or_a_thousand() -> None:
    assert _money("Pay: 42 000 - 58 000 som (to hand)") == [(42_000, 58_000, "KGS", "month")]
    assert _money("from 30 thousand to 48 thousand soms to the hand") == [
        (30_000, 48_000, "KGS", "month")]
    assert _money("Internship - 700 som per day") == [(700, 700, "KGS", "day")]
    assert _money("Pay 51 000 KGS") == [(51_000, 51_000, "KGS", "month")]
    assert _money("somewhere 42 000 people") == []


def test_a_kyrgyz_page_prices_in_som() -> None:
    assert page_currency("Translated from: Kyrgyz → English … 40 000 som … 50 000 som") == "KGS"


def test_the_gross_in_the_labour_contract_is_the_same_pay_as_the_net_to_hand() -> None:
    assert _money("salary 50 000 – 70 000 som to hand (after the tax 10%), in the labour "
                  "contract the gross about 62 000 – 87 000 som") == [
        (50_000, 70_000, "KGS", "month")]


def test_a_head_of_a_department_owns_the_bracket_after_become() -> None:
    assert aside_title("you can become the head of the IT department (from ",
                       "150 000 som).") == "Head of the IT Department"
    assert aside_title("visit the head of the IT department (from ", "90 000 som).") is None


_KYRGYZ_PAGE = """Page translated: Kyrgyz → English
Vacancies » Sewing » Presser
PRESSER IS NEEDED IN THE SEWING SHOP
Salary: 30 000 - 40 000 som (to hand)
Ala-Too Knit CJSC   ✓ checked company
Bishkek
Duties:-pressing of the finished garments.
Conditions:• Salary 30 000 - 40 000 som to the hand • Internship 1 week - 700 som per day \
• Senior presser (улук) - from 48 000 som • Free lunch
Growth:after 3 years it is possible to become the head of the finishing department (from \
90 000 som).
Similar vacancies
Presser · Bishkek · 35 000 - 45 000 som · Kant Textile OJSC
Presser · Tokmok · 32 0
"""


def test_a_kyrgyz_posting_reads_its_perk_rows_and_firms() -> None:
    guide = parse_text(_KYRGYZ_PAGE, "presser.txt")
    bands = {(band.min, band.max, band.period): band.role for band in guide.salaries}
    assert bands[(700, 700, "day")] is None  # the internship's day rate, the role's own
    assert (48_000, None, "month") in bands  # the senior's floor, the role's own
    assert bands[(90_000, None, "month")] == "Head of the Finishing Department"
    firms = {employer.text for employer in guide.employers}
    assert {"Ala-Too Knit CJSC", "Kant Textile OJSC"} <= firms
    assert "Tokmok" not in firms


def test_similar_vacancies_with_the_firm_last_have_towns_second() -> None:
    lines = [(1, "Similar vacancies"), (2, "Presser · Bishkek · 35 000 som · Kant Textile OJSC"),
             (3, "Presser · Tokmok · 32 0")]
    assert listed_offers(lines) == [(2, "Presser", "Kant Textile OJSC"), (3, "Presser", "")]


# ---------------------------------------------------------------- Sri Lankan postings

def test_the_only_mark_after_both_ends_of_a_rupee_band() -> None:
    assert _money("Salary: Rs. 82,000/= - 96,000/= (monthly)", home="LKR") == [
        (82_000, 96_000, "LKR", "month")]
    assert _money("Rs. 30,000/- to 36,000/- per month", home="INR") == [
        (30_000, 36_000, "INR", "month")]
    # a lone figure keeps its mark: "+ an allowance" makes no open band
    assert _money("Rs. 58,000/= + fuel allowance", home="LKR") == [
        (58_000, 58_000, "LKR", "month")]


_SINHALA_PAGE = """Translated from: Sinhala ▸ English
Jobs > Factory > Rubber
RUBBER ROLLER OPERATOR - FACTORY
Kelani Crepe Mills (Pvt) Ltd  ✔ Registered company
Salary: Rs. 70,000/= - 85,000/= (monthly, with EPF ETF)
Job description:-Operate the crepe rollers in the night shift.
Note: The national minimum monthly wage is Rs. 17,500/= (Act amended). This salary is above it.
Other jobs like this
Rubber Roller Operator - Horana - Rs. 66,000/= - 74,000/= - Pelawatte Crepe PLC
Boiler Attendant - Avissawella - Rs. 58,000/= + meal allowance - Sita Rubber Ltd
"""


def test_a_sri_lankan_posting_reads_its_band_firms_and_similar_ads() -> None:
    guide = parse_text(_SINHALA_PAGE, "rubber-roller-operator.txt")
    bands = {(band.min, band.max): band.role for band in guide.salaries}
    assert (70_000, 85_000) in bands and bands[(70_000, 85_000)] is None
    assert (17_500, 17_500) not in bands  # the national minimum wage is nobody's pay
    assert (66_000, 74_000) in bands  # a similar ad of the role, the role's own
    assert bands[(58_000, 58_000)] == "Boiler Attendant"
    firms = {employer.text for employer in guide.employers}
    assert {"Kelani Crepe Mills (Pvt) Ltd", "Pelawatte Crepe PLC"} <= firms
    assert "Sita Rubber Ltd" not in firms  # another title's firm
