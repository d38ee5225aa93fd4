"""A start and a top told in one sentence are one band ("starts you at $19.40 an hour and
tops out at $27.15 after six years"); a second figure that is only the next step's pay
("rising to … after 3 months", "in year 2", "for supervisors") stays a point of its own.

Every page is invented here (roles, employers, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts


def _read(text: str) -> list[tuple[str | None, float, float | None, str | None]]:
    """Each figure as (currency, low, high, period)."""
    return [(m.currency, m.low, m.high, m.period) for m in find_amounts(text)]


def test_start_and_top_with_a_period_between_are_one_band() -> None:
    assert _read("The agreement starts you at $19.40 an hour and tops out at $27.15 after "
                 "six years.") == [("USD", 19.4, 27.15, "hour")]
    assert _read("Trainee glaziers typically start on A$26.10 an hour and reach about A$31 "
                 "once qualified.") == [("AUD", 26.1, 31, "hour")]


def test_starting_salaries_rising_to_a_top_are_one_band() -> None:
    assert _read("Starting salaries are around £22,500, rising to £31,000 with "
                 "experience.") == [("GBP", 22500, 31000, "year")]
    assert _read("Pay starts at $44,000 and climbs to $58,000 for experienced "
                 "staff.") == [("USD", 44000, 58000, "year")]


def test_a_next_step_after_months_stays_two_points() -> None:
    assert _read("Starts £10.90 p/h, rising to £11.85 p/h after 3 mths.") == [
        ("GBP", 10.9, 10.9, "hour"), ("GBP", 11.85, 11.85, "hour")]
    assert _read("Starts $16 an hour, rising to $17 after the trial period.") == [
        ("USD", 16, 16, "hour"), ("USD", 17, 17, "hour")]


def test_a_rung_named_after_the_top_stays_two_points() -> None:
    assert _read("Pay starts at $17 an hour, climbing to $23 an hour for "
                 "supervisors.") == [("USD", 17, 17, "hour"), ("USD", 23, 23, "hour")]
    assert _read("Starting salary £18,300, rising to £20,100 in year 2 and £22,700 in "
                 "year 3.") == [("GBP", 18300, 18300, "year"), ("GBP", 20100, 20100, "year"),
                                ("GBP", 22700, 22700, "year")]


def test_a_figure_with_no_start_before_it_is_no_band() -> None:
    assert _read("Last year I made $52,000 and reached $61,000 with overtime.") == [
        ("USD", 52000, 52000, "year"), ("USD", 61000, 61000, "year")]


GLAZIER = ("Glazier\n\n"
           "What a glazier does\n"
           "Glaziers cut, fit and seal glass in windows, doors and shopfronts.\n\n"
           "Pay\n"
           "Union scale in our county starts you at $24.60 an hour and tops out at $36.20 "
           "after five years.\n")


def test_a_page_reads_the_scale_as_one_band() -> None:
    salaries = parse_text(GLAZIER, "glazier.txt").salaries
    pay = {(s.currency, s.min, s.max, s.period) for s in salaries}
    assert pay == {("USD", 24.6, 36.2, "hour")}


def _pay(page: str, name: str) -> set[tuple[str, float | None, float | None, str]]:
    """Each figure of a page as (currency, min, max, period)."""
    return {(s.currency, s.min, s.max, s.period) for s in parse_text(page, name).salaries}


def _page(role: str, duty: str, heading: str, pay: str) -> str:
    """An invented guide: the role, a line of what it does, then a pay section."""
    return f"{role}\n\nWhat a {role.lower()} does\n{duty}\n\n{heading}\n{pay}\n"


PORTER = _page("Hospital Porter", "Porters move patients, beds and equipment around wards.",
               "How much will I be paid?",
               "A new porter gets about $24.10 an hour.\n\n"
               "A porter with a lot of experience can get up to $28.90 an hour.")


def test_a_start_then_a_top_with_experience_are_one_band() -> None:
    assert _pay(PORTER, "hospital-porter.txt") == {("USD", 24.1, 28.9, "hour")}


COURIER = _page("Bike Courier", "Couriers carry documents and parcels across the city by bike.",
                "Pay", "New starters earn £19,400 a year. With experience this can rise to "
                "£25,600 a year.")


def test_new_starters_then_a_rise_with_experience_are_one_band() -> None:
    assert _pay(COURIER, "bike-courier.txt") == {("GBP", 19400, 25600, "year")}


CLEANER = _page("Office Cleaner", "Cleaners keep offices, washrooms and kitchens clean.",
                "Pay", "New starters earn £12.20 an hour. The rate rises to £12.90 an hour "
                "after two years' service.")


def test_a_rise_tied_to_time_stays_a_point_of_its_own() -> None:
    assert _pay(CLEANER, "office-cleaner.txt") == {("GBP", 12.2, 12.2, "hour"),
                                                   ("GBP", 12.9, 12.9, "hour")}
