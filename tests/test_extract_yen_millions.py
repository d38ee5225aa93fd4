"""Machine-translated Japanese occupation sheets: pay told in millions of yen ("4.023
million yen", a year's pay even under a monthly label), the additions paid on top of a
salary (no pay) and "Workplaces are A, B and C" (kinds of workplace).

Every page is invented here (roles, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_money

PAGE = ("Ferry deckhand (coastal routes)\n"
        "Another name: Deck crew, deck hand\n"
        "What kind of job is it?\n"
        "We moor ferries, handle lines and guide cars on and off the car deck.\n"
        "Statistical data\n"
        "Wages (annual income)\n455.2万円\n"
        "Job offer wage (monthly)\n262 thousand yen\n"
        "Effective job opening ratio\n2.41\n"
        "Area: National ▾   (Hokkaido: 3.986 million yen)\n"
        "A sea duty improvement addition of about 12,000 yen per month is paid on top of the "
        "salary.\n")


def test_a_few_million_yen_is_a_years_pay() -> None:
    pay = {(s.currency, s.min, s.period) for s in parse_text(PAGE, "deckhand.txt").salaries}
    assert ("JPY", 3_986_000, "year") in pay  # (not the monthly label's period above it)
    assert ("JPY", 4_552_000, "year") in pay
    assert ("JPY", 262_000, "month") in pay
    assert not any(low == 12_000 for _, low, _ in pay)  # the addition is no pay


def test_other_millions_of_yen_stay_no_pay() -> None:
    money = find_money("The operator's ferry sales reached 640 million yen.")
    assert money is None
    assert find_money("a fleet worth 2.5 billion yen") is None


def test_workplaces_are_a_list_of_kinds_of_workplace() -> None:
    page = PAGE + ("Characteristics of working conditions\n"
                   "Workplaces are car ferries on coastal routes, high-speed passenger boats, "
                   "island shuttle services and sightseeing cruisers.\n")
    sectors = {f.text for f in parse_text(page, "deckhand.txt").sectors}
    assert {"car ferries on coastal routes", "high-speed passenger boats",
            "island shuttle services", "sightseeing cruisers"} <= sectors


def test_workplaces_with_a_clause_name_no_sectors() -> None:
    page = PAGE + "Workplaces are busy, and crews rotate every two weeks while ships sail.\n"
    sectors = {f.text for f in parse_text(page, "deckhand.txt").sectors}
    assert not [s for s in sectors if "busy" in s or "crews" in s]


def test_a_lower_case_arrow_chain_from_the_role_is_its_ladder() -> None:
    page = PAGE.replace("Statistical data\n", (
        "How to get this job\n"
        "Most people join after school. Another route is the bridge route: ferry deckhand → "
        "bosun → first mate. Some move ashore as harbour pilots.\n"
        "Statistical data\n"))
    ladders = [[f.text for f in chain] for chain in parse_text(page, "deckhand.txt").progressions]
    assert any(chain[-2:] == ["Bosun", "First Mate"] for chain in ladders)


def test_a_lower_case_arrow_chain_of_other_things_is_no_ladder() -> None:
    page = PAGE.replace("Statistical data\n", (
        "How to get this job\n"
        "The season runs: spring refit → summer timetable → winter lay-up.\n"
        "Statistical data\n"))
    rungs = {f.text for chain in parse_text(page, "deckhand.txt").progressions for f in chain}
    assert not {"Summer Timetable", "Winter Lay-Up", "Winter Lay-up"} & rungs
