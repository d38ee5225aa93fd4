"""Money a page names beside pay that is no pay: a candidate's hoped-for salary, a study
budget, a bench rented by the week, agency staff's cover rate, a pay index's factor, a raise
and a one-off payment.  What the worker is paid stays.

Every page is invented here (roles, employers, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts


def _pay(page: str, name: str) -> set[tuple[str, float | None, float | None, str]]:
    """Each figure as (currency, min, max, period)."""
    return {(s.currency, s.min, s.max, s.period) for s in parse_text(page, name).salaries}


def _lows(page: str, name: str) -> set[float | None]:
    """The low ends of the figures read as pay."""
    return {low for _, low, _, _ in _pay(page, name)}


def _read(text: str) -> list[tuple[float, float | None]]:
    return [(m.low, m.high) for m in find_amounts(text)]


RESTORER = ("Ceramic Restorer\n\n"
            "What a ceramic restorer does\n"
            "Ceramic restorers clean, rebuild and retouch broken pottery for museums.\n\n"
            "Pay\n"
            "Restorers at regional museums earn £26,500 to £31,000 a year.\n\n"
            "Cover letter\n"
            "The advert gives a salary of £27,000 to £30,000; I currently earn £25,800 and "
            "would ideally hope for £32,500. The CPD allowance of £400 a year is a real "
            "attraction.\n\n"
            "Benefits\n"
            "Study budget agreed: £1,200\n"
            "Agency staff cover the backlog at £33.80/hr (not an establishment post).\n"
            "RESTORER - rent a bench in our studio, $160/wk, bring your own clients.\n")


def test_a_hoped_for_salary_is_no_pay_but_what_the_writer_earns_is() -> None:
    lows = _lows(RESTORER, "ceramic-restorer.txt")
    assert {25_800, 26_500} <= lows
    assert 32_500 not in lows


def test_a_study_budget_agency_cover_and_rent_are_no_pay() -> None:
    assert not _lows(RESTORER, "ceramic-restorer.txt") & {1_200, 33.8, 160}


def test_a_hope_elsewhere_in_prose_is_no_pay() -> None:
    assert _read("Next year I am hoping for $61,000 as a lead.") == []
    assert _read("My salary expectation is around €48,000.") == []


def test_agency_workers_paid_by_a_verb_keep_their_pay() -> None:
    assert _read("Agency staff earn £19.40/hr on nights.") == [(19.4, 19.4)]


def test_an_index_factor_is_no_pay_but_a_count_times_pay_is() -> None:
    assert _read("Gross monthly pay = index points × 4,71125 € in this service.") == []
    assert _read("That is 12 × £2,450 a month, so £29,400 a year.") == [(2_450, 2_450),
                                                                       (29_400, 29_400)]


KILN = ("Kiln Firing Technician\n\n"
        "Job details\n"
        "Occupation          Kiln firing technician\n"
        "a Basic salary        176,000 yen ~ 228,000 yen\n"
        "Commuting             Actual cost (up to 9,000 yen per month)\n"
        "Wage increase         Yes (last year 6,500 yen / month)\n")


def test_a_raise_in_a_job_sheet_is_no_pay() -> None:
    assert ("JPY", 176_000, 228_000, "month") in _pay(KILN, "kiln-firing-technician.txt")
    assert 6_500 not in _lows(KILN, "kiln-firing-technician.txt")


def test_a_raise_to_a_figure_states_the_pay() -> None:
    assert _read("I got a pay rise of £1,350 in April.") == []
    assert _read("My pay rise took me to £29,500 a year.") == [(29_500, 29_500)]
    assert _read("After a pay rise last spring I now earn £33,000.") == [(33_000, 33_000)]


def test_a_one_off_payment_is_no_pay() -> None:
    page = ("Hydrology Intern\n\n"
            "About the internship\n"
            "Interns join our river-gauging team for twelve weeks over the summer.\n\n"
            "Pay and support\n"
            "Interns are paid $24.50 an hour. One-time housing stipend of $1,800 for interns "
            "who move for the summer. A one-off equipment grant of $450 covers boots.\n")
    pay = _pay(page, "hydrology-intern.txt")
    assert pay == {("USD", 24.5, 24.5, "hour")}
    assert _read("Besides a one-off grant, I earn £30,000.") == [(30_000, 30_000)]


def test_pay_rising_as_a_verb_stays_pay() -> None:
    assert _read("Pay rises from about $47,000 at entry to $210,000+ for a treasurer.") == [
        (47_000, 47_000), (210_000, None)]


KILN_LETTER = ("Glass Kiln Operator\n\n"
               "Cover letter\n"
               "I now earn $19.20/hr as a glass kiln operator at Fernhill Works. Your posting "
               "says a good hand can move up to Kiln Supervisor at $27.45/hr, which is what "
               "I'm aiming for.\n\n"
               "Tribunal findings\n"
               "12. The claimant began work for the respondent on 4 May 2018 as a warehouse "
               "assistant and was paid £10.85 per hour.\n"
               "13. In 2021 the claimant was promoted to Shift Lead on £13.10 per hour.\n")


def _owners(page: str, name: str) -> dict[float | None, str | None]:
    return {s.min: s.role for s in parse_text(page, name).salaries}


def test_the_next_rung_named_before_its_pay_owns_it() -> None:
    owners = _owners(KILN_LETTER, "glass-kiln-operator.txt")
    assert owners[19.2] is None  # what the writer earns in the role
    assert owners[27.45] == "Kiln Supervisor"
    assert owners[13.1] == "Shift Lead"


def test_a_post_held_when_paid_owns_the_pay() -> None:
    assert _owners(KILN_LETTER, "glass-kiln-operator.txt")[10.85] == "Warehouse Assistant"


def test_a_level_or_the_role_held_when_paid_stays_the_roles() -> None:
    page = ("Glass Kiln Operator\n\n"
            "My story\n"
            "I joined Fernhill Works as an apprentice and was paid £7.90 an hour. Then I came "
            "back as a kiln operator and was paid £12.20 an hour.\n")
    owners = _owners(page, "glass-kiln-operator.txt")
    assert owners[7.9] is None
    assert owners[12.2] is None


def test_a_once_off_contribution_and_additions_to_a_grid_are_no_pay() -> None:
    assert _read("If you move, we pay a once-off removal contribution of $950.") == []
    assert _read("To this are added the regional premium (about 88 € per month) and "
                 "a transport share.") == []
