"""Pay structures of held-back set 6's kinds of site (issue 10).

Each test writes its own small page or line (invented roles, wording and numbers) in one
structure and asserts what the parser reads: the taka, the sol and the rupees of Pakistan,
Sri Lanka and Nepal, a pay scale's start-increment-maximum notation, additions to pay named
just before their figure (allowances, increments, gratuity, supplements), a per-cent rise
after a figure, a currency code glued to the next row's first word, a range whose ends each
carry a bracketed label, worded percentiles, and who a figure belongs to when its subject
follows "and" or ";" or a figure such as "4-star".
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.page_money import page_currency
from guide_facts import pay


def amounts(text: str, *, home: str = "USD") -> list[tuple[str, int | None, int | None, str]]:
    return [(m.currency, m.low, m.high, m.period) for m in find_amounts(text, home=home)]


# -- currencies --------------------------------------------------------------------------------
def test_taka_written_as_tk_and_as_its_sign_is_monthly() -> None:
    assert amounts("a clerk's basic is Tk. 12,500 – 30,230") == [("BDT", 12500, 30230, "month")]
    assert amounts("takes home close to ৳27,400") == [("BDT", 27400, 27400, "month")]


def test_sol_by_sign_and_by_code() -> None:
    assert amounts("cooks start near S/ 1,850") == [("PEN", 1850, 1850, "month")]
    assert amounts("about 3,120 PEN on average") == [("PEN", 3120, 3120, "month")]


def test_rupees_follow_the_country_the_page_names() -> None:
    page = "Clerks in Pakistan: Rs. 31,200 to Rs. 44,900, and Rs. 38,000 on average."
    assert page_currency(page) == "PKR"
    assert amounts("Rs. 31,200 to Rs. 44,900", home="PKR") == [("PKR", 31200, 44900, "month")]
    assert page_currency("Rs 5 lakh to Rs 7 lakh, Rs 6 lakh typical") == "INR"


# -- amount grammar ----------------------------------------------------------------------------
def test_a_pay_scale_of_start_increment_and_maximum_is_one_range() -> None:
    assert amounts("on scale Rs. 30,100-1,420-72,700 per month", home="PKR")[0] == (
        "PKR", 30100, 72700, "month")


def test_a_rise_in_per_cent_glued_to_a_figure_is_no_open_top() -> None:
    found = find_amounts("11 - 15 Years 41,300 MXN+18%")
    assert [(m.low, m.high, m.open_ended) for m in found] == [(41300, 41300, False)]


def test_a_code_glued_to_the_next_rows_first_word() -> None:
    assert amounts("Diploma 2,190 PENMaster's Degree 3,870 PEN") == [
        ("PEN", 2190, 2190, "month"), ("PEN", 3870, 3870, "month")]


def test_both_ends_with_a_period_and_a_bracketed_label_make_one_range() -> None:
    assert amounts("ranges from 9,800 MXN per month (lowest) to 27,300 MXN per month "
                   "(highest)") == [("MXN", 9800, 27300, "month")]


def test_worded_percentiles_are_one_tail_not_pay() -> None:
    assert amounts("One baker in four earns under 2,100 PEN.") == []
    assert amounts("Three quarters of them earn under 3,300 PEN.") == []


def test_additions_named_before_their_figure_are_not_pay() -> None:
    assert amounts("Transport allowance: Tk 2,300") == []
    assert amounts("a yearly increment of Rs. 900", home="PKR") == []
    assert amounts("end-of-service gratuity of AED 4,400") == []
    # a take-home figure after a list of allowances is pay
    assert amounts("With rent and travel allowances, a new clerk gets around ৳29,000 in hand."
                   ) == [("BDT", 29000, 29000, "month")]


# -- owners ------------------------------------------------------------------------------------
def test_owners_after_and_after_a_semicolon_and_past_a_star_rating() -> None:
    guide = parse_text(
        "Bell Attendant Careers\n\nA bell attendant carries luggage and greets guests.\n\n"
        "Salary\n\nBell attendants earn £21,000 to £25,000 and a head of guest services at a "
        "city hotel can earn £41,000 or more.\n\nA chief bell captain at a 4-star resort "
        "earns roughly £33,000 – £36,000.\n", "bell.txt")
    got = {(s.min, s.max, s.role) for s in guide.salaries}
    assert (21000, 25000, None) in got
    assert (41000, None, "Head of Guest Services") in got
    assert (33000, 36000, "Chief Bell Captain") in got


# -- employers ---------------------------------------------------------------------------------
def test_a_listed_brand_in_camel_case_stays_one_employer() -> None:
    guide = parse_text(
        "Shelf Stacker\n\nA shelf stacker fills the shelves.\n\nTop employers\n\n"
        "Mossley & Hart Grocers · FreshLane Foods · ValuePoint Stores\n", "s.txt")
    got = {e.text for e in guide.employers}
    assert {"FreshLane Foods", "ValuePoint Stores"} <= got
    assert not {"Fresh", "Lane Foods", "Value"} & got


def test_a_public_body_joining_two_nouns_is_one_employer() -> None:
    guide = parse_text(
        "Road Inspector\n\nA road inspector checks road works.\n\nWhere do Road Inspectors "
        "work?\n\nNRA, Bridges and Culverts Directorate, Water Supply Department (WSD), Delta "
        "Road Board and municipal corporations recruit inspectors every year.\n", "r.txt")
    got = {e.text for e in guide.employers}
    assert "Bridges and Culverts Directorate" in got
    assert "Bridges" not in got


def test_a_kind_then_its_one_named_organisation() -> None:
    guide = parse_text(
        "Florist\n\nA florist arranges flowers.\n\nEmployers include Petalworks Studios, "
        "Bloom & Vine Ltd and the wedding planner Sorrelgate.\n", "f.txt")
    assert "Sorrelgate" in {e.text for e in guide.employers}
    assert "wedding planner" in {s.text for s in guide.sectors}


def test_a_labelled_increment_and_labelled_minimum_and_maximum_basic_pay() -> None:
    guide = parse_text(
        "Livestock Assistant Salary in Pakistan\n\nA livestock assistant vaccinates herds.\n\n"
        "Pay\n\n- Minimum Basic Pay: PKR 31,550\n- Maximum Basic Pay: PKR 86,200\n"
        "- Annual Increment: PKR 1,910\n", "l.txt")
    got = pay(guide)
    assert (31550, 86200, "PKR", "month", None) in got
    assert not any(low == 1910 for low, *_ in got)


def test_a_band_rising_to_its_top_and_an_added_service_charge() -> None:
    assert amounts("Starting pay £29,300 rising to £33,950 after four years.") == [
        ("GBP", 29300, 33950, "year")]
    assert amounts("Tips, which can add $4,000 – $9,000 a year at busy venues") == []


def test_a_bracketed_post_after_a_band_owns_it() -> None:
    guide = parse_text(
        "Podiatrist\n\nA podiatrist treats feet.\n\nSalary\n\nBand 6: £36,100 – £43,200\n"
        "Band 7: £45,900 – £52,800 (Advanced Podiatrist)\n", "p.txt")
    got = pay(guide)
    assert (36100, 43200, "GBP", "year", None) in got
    assert (45900, 52800, "GBP", "year", "Advanced Podiatrist") in got


def test_rows_of_a_label_and_a_figure_with_its_code_after_are_pay_not_headings() -> None:
    guide = parse_text(
        "Dental Nurse\n\nA dental nurse assists the dentist.\n\nDental Nurse Salary Comparison "
        "by Education\nSecondary School 2,150 PEN\nTechnical Diploma 2,890 PEN\n", "d.txt")
    got = pay(guide)
    assert (2150, 2150, "PEN", "month", None) in got
    assert (2890, 2890, "PEN", "month", None) in got


def test_a_freelancers_charge_and_a_lettered_identifier_are_not_pay() -> None:
    assert amounts("some set up alone as trainers charging $60-$95 an hour") == []
    assert find_amounts("Record Q51234", bare=True) == []
    # a title beginning with "charge" still earns
    assert amounts("Charge nurses earn $71,000 a year") == [("USD", 71000, 71000, "year")]
