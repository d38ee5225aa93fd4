"""Structures of real public career pages (helper real29, 2026-12-05), on invented pages.

South African, Kenyan, Ghanaian, Hong Kong and Trinidadian career portals and ministries, a
Kenyan county's vacancy notice, a UN agency's job opening, UK council and youth careers
directories, Careers Wales, a graduate careers site, an Australian fire service's recruitment
page, cruise-line and mining careers pages, a shipping career page, a banking graduate-scheme
guide, a surveyors' "become a X" guide and a first-person career story: a careers database's
"Working Hours" block under its skills list gave "Shifts" and "without much time off" as
skills; "£16,000 to £19,000, plus there is the option to work four extra hours a week" made
the pay weekly; a Kenyan page that prints its pay bare ("an entry salary of 19,323") was read
in dollars by the year; "one of the top ten highest-paying industries" gave the sector "top ten
highest-paying", "no more dangerous than working in the construction industry" the sector
"construction", and "such as the Mining and Minerals Industry; …; Metal, Engineering and
related industries" the sectors "the Mining" and "related"; a page opening "Miners are valued
members who …" named no role (its head was no role head); "mines" and "self-employment, with
…" under "Potential Employers" were employers; and "apply for employment as a primary or
secondary-level teacher" on the "Primary or Secondary School Teacher" page gave two moves;
"Have physical strength, Stamina and Flexibility" kept its "Have"; a graduate site's banner
"Want to work in professional services? … Take our quiz" gave a sector.
"""

from __future__ import annotations

from collections.abc import Iterable

from careergraph.guides import parse_text
from careergraph.model import Fact, Guide


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _texts(facts: Iterable[Fact]) -> set[str]:
    return {fact.text for fact in facts}


def test_a_working_hours_block_ends_the_skills_list() -> None:
    guide = _parse("Ferry Deckhand\n"
                   "Ferry deckhands moor and load passenger ferries.\n"
                   "Key skills and interests\n"
                   "To become a ferry deckhand, you would need:\n"
                   "- a head for heights\n"
                   "- good teamwork skills\n"
                   "MORE\n"
                   "Working Hours\n"
                   "Crossings run from dawn to midnight. Rosters can be tiring, without many "
                   "weekends off in summer.\n")
    skills = _texts(guide.skills)
    assert "teamwork skills" in skills
    assert not skills & {"Rosters", "without many weekends off", "weekends"}


def test_the_hours_an_added_clause_counts_are_no_pay_period() -> None:
    guide = _parse("Lock Keeper\n\n"
                   "Lock keepers run the gates and sluices of canal locks.\n\n"
                   "Salary & benefits\n\n"
                   "Starting salaries range from £21,000 to £23,000, plus there is the option "
                   "to work six extra hours a week, pushing the pay up.\n")
    [pay] = guide.salaries
    assert (pay.min, pay.max, pay.currency, pay.period) == (21000, 23000, "GBP", "year")


def test_a_kenyan_page_with_bare_figures_quotes_shillings_by_the_month() -> None:
    guide = _parse("How to become a Lab Technologist in Kenya\n\n"
                   "Lab technologists test samples in hospital laboratories. There are too "
                   "few of them in Kenya.\n\n"
                   "Salaries:\n"
                   "In county hospitals, they join with an entry salary of 31,450 and the "
                   "highest paid in that group earns 38,900.\n")
    assert {(pay.min, pay.currency, pay.period) for pay in guide.salaries} == {
        (31450, "KES", "month"), (38900, "KES", "month")}


def test_a_ranking_of_industries_names_no_sector() -> None:
    guide = _parse("Loan Officer\n\n"
                   "Loan officers approve loans for customers.\n\n"
                   "On top of that, lending is one of the top ten highest-paying industries in "
                   "Canada, and among the five fastest-growing sectors.\n")
    assert not any("top" in name or "fastest" in name for name in _texts(guide.sectors))


def test_the_work_compared_with_is_no_sector() -> None:
    guide = _parse("Roof Bolter\n\n"
                   "Roof bolters secure the roofs of underground mines.\n\n"
                   "Modern methods have made it no more dangerous than working in the "
                   "construction industry.\n")
    assert "construction" not in {name.lower() for name in _texts(guide.sectors)}


def test_an_industry_list_loses_its_article_and_its_related_tail() -> None:
    guide = _parse("Pipe Fitter\n\n"
                   "Pipe fitters join and fit steel pipework.\n\n"
                   "The trade is used in various industries, such as the Shipbuilding and "
                   "Repair Industry; Food Processing; Paper, Packaging and related "
                   "industries.\n")
    sectors = _texts(guide.sectors)
    assert {"Shipbuilding", "Paper", "Packaging"} <= sectors
    assert not any(name.startswith("the ") for name in sectors)
    assert "related" not in sectors


def test_a_plural_opening_names_a_miner() -> None:
    guide = _parse("Miners are valued members who usually work in crews on mine sites "
                   "alongside surveyors and fitters.\n\n"
                   "Job Tasks:\n\n"
                   "  • Ride the cage down the shaft to reach the face.\n"
                   "  • Bolt mesh to the roof to hold loose rock.\n")
    assert guide.role.text == "Miner"


def test_lower_case_items_of_an_employers_list_name_no_employer() -> None:
    guide = _parse("Pipe Fitter\n\n"
                   "Pipe fitters join and fit steel pipework.\n\n"
                   "Potential Employers\n\n"
                   "  • Engineering workshops\n"
                   "  • Shipyards\n"
                   "  • quarries\n"
                   "  • self-employment, with enough experience and capital to start a "
                   "business\n")
    employers = _texts(guide.employers)
    assert not employers & {"quarries", "self-employment"}
    assert "quarries" in _texts(guide.sectors)


def test_a_lower_case_item_that_lists_on_after_its_comma_is_read_as_a_list() -> None:
    guide = _parse("Coffee Cupper\n\n"
                   "Coffee cuppers taste and grade green coffee.\n\n"
                   "Employers\n"
                   "- coffee importers, coffee roasters, Highland Bean Traders Ltd, Kivu "
                   "Washing Station Co.\n")
    assert "Highland Bean Traders Ltd" in _texts(guide.employers)


def test_an_alternative_of_the_titles_own_or_is_no_move() -> None:
    guide = _parse("Becoming a Nursery or Infant School Teacher\n\n"
                   "To teach at a nursery or infant school in Barbados, a person must first "
                   "obtain a Teaching Licence. Once licensed, the person can then apply for "
                   "employment as a nursery or infant-level teacher at any public or private "
                   "school.\n")
    assert not guide.leads_to


def test_an_order_to_the_reader_over_a_capitalised_list_gives_its_traits() -> None:
    guide = _parse("Scaffolder\n\n"
                   "Scaffolders put up and take down access platforms.\n\n"
                   "Required Skills\n"
                   "You will need the following skills to succeed as a Scaffolder:\n"
                   "- Team worker\n"
                   "- Have a head for heights, Balance and Endurance\n"
                   "- Have good spatial awareness, Grip and Fitness\n")
    skills = _texts(guide.skills)
    assert {"spatial awareness", "Grip", "Fitness"} <= skills
    assert not any(name.startswith("Have ") for name in skills)


def test_a_question_put_to_the_reader_names_no_sector() -> None:
    guide = _parse("Want to work in hospitality? Not sure which area suits you? Take our "
                   "quiz to find out.\n\n"
                   "Hotel Receptionist\n\n"
                   "Job Description\n\n"
                   "Hotel receptionists greet guests, check them in and take bookings.\n")
    assert guide.role.text == "Hotel Receptionist"
    assert "hospitality" not in {name.lower() for name in _texts(guide.sectors)}
