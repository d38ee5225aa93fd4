"""Structures of real public career pages (helper real24, 2026-12-05), on invented pages.

Fishing, veterinary, quarrying, printing, sewing, airport ground handling, insurance,
pharmacy, interpreting and funeral pages: "There are over N nurses" under a pay heading
(and a "Number of …" heading) was read as pay; "work for airlines, not airports" gave the
denied kind; "firms are responsible for other activities" and "industries, such as in
making cement" gave sectors; "A, while others work in B" kept "while others work"; an
emoji heading after a sector list became a sector; "Common sense, since sites are
dangerous" gave "since sites"; "work with designers and pattern cutters" gave kit; and a
comparison's labelled row ("Skills Required | A, B | C, D") was taken for a header, its next
row's label for a skill.
"""

from __future__ import annotations

from collections.abc import Iterable

from careergraph.guides import parse_text
from careergraph.model import Fact, Guide


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _texts(facts: Iterable[Fact]) -> set[str]:
    """The names of a guide's facts ("guide.skills", "guide.sectors")."""
    return {fact.text for fact in facts}


def _counted_page(count_line: str) -> str:
    """A dental nurse's page whose statistics card prints a head count after the pay."""
    return ("Dental Nurse\n\n"
            "Dental nurses prepare surgeries and assist dentists during treatment.\n\n"
            "\U0001f4ca Figures\n\n"
            "Average Salary\n\n"
            "A dental nurse in the UK is paid between £21,500 and £29,000 a year, with "
            "senior nurses on up to £31,000.\n\n"
            f"{count_line}\n")


def test_a_count_under_a_number_of_heading_is_no_pay() -> None:
    guide = _parse(_counted_page("Number of Registered Dental Nurses\n\n"
                                 "Roughly 61,000 registered dental nurses work in the UK, the "
                                 "national register shows."))
    assert all(s.min != 61000 for s in guide.salaries)


def test_there_are_n_nurses_is_a_count() -> None:
    guide = _parse(_counted_page("Registered Dental Nurses\n\n"
                                 "There are over 61,000 registered dental nurses in the UK, "
                                 "the national register shows."))
    assert all(s.min != 61000 for s in guide.salaries)


def test_a_denied_kind_is_no_workplace() -> None:
    guide = _parse("Tree Surgeon\n\n"
                   "Tree surgeons fell, prune and brace trees.\n\n"
                   "Tree surgeons mostly work for councils, not utilities.\n")
    assert "councils" in _texts(guide.sectors)
    assert not any(s.startswith("not ") for s in _texts(guide.sectors))


def test_not_for_profit_stays_a_kind() -> None:
    guide = _parse("Fundraiser\n\n"
                   "Fundraisers raise money for causes.\n\n"
                   "Fundraisers work for charities and not-for-profit organisations.\n")
    assert "not-for-profit organisations" in _texts(guide.sectors)


def test_firms_responsible_for_activities_name_no_kind() -> None:
    guide = _parse("Haulage Planner\n\n"
                   "Haulage planners route lorries between depots.\n\n"
                   "Some haulage firms are responsible for other services, such as storing "
                   "pallets or packing orders.\n")
    assert not any("responsible" in s for s in _texts(guide.sectors))


def test_doings_after_such_as_are_no_sectors() -> None:
    guide = _parse("Sawmill Operative\n\n"
                   "Sawmill operatives cut logs into planks.\n\n"
                   "The timber is used in the joinery and furniture industries, such as in "
                   "framing roofs and building cabinets.\n")
    assert not any(s.startswith("in ") for s in _texts(guide.sectors))


def test_a_clause_opener_in_a_sector_list_is_no_sector() -> None:
    guide = _parse("Glazier\n\n"
                   "Glaziers cut and fit glass.\n\n"
                   "Work Settings\n\n"
                   "Around 80 percent of glaziers work in window companies, while others "
                   "work in glass merchants, shopfitters, or studios.\n")
    sectors = _texts(guide.sectors)
    assert not any(s.startswith("while") for s in sectors)
    assert {"window companies", "shopfitters"} <= sectors


def test_an_emoji_heading_ends_a_sector_list() -> None:
    guide = _parse("Kennel Assistant\n\n"
                   "Kennel assistants feed, walk and clean dogs in boarding kennels.\n\n"
                   "Work Settings\n\n"
                   "Most work in boarding kennels, rescue centres or grooming parlours.\n\n"
                   "\U0001f680 Routes from this job\n\n"
                   "Dog Groomer\n\n"
                   "Clips and bathes dogs such as poodles, terriers and spaniels.\n")
    sectors = _texts(guide.sectors)
    assert not any("Routes" in s for s in sectors)
    assert not {"poodles", "terriers"} & sectors


def test_a_reason_clause_ends_a_skills_item() -> None:
    guide = _parse("Roofer\n\n"
                   "Roofers fix and replace roofs.\n\n"
                   "Skills\n\n"
                   "As a roofer, you need:\n\n"
                   "  • Balance and stamina, since roofs are potentially dangerous places in "
                   "which to work.\n"
                   "  • Knowledge of safe ladder use.\n")
    skills = _texts(guide.skills)
    assert not any(s.startswith("since") for s in skills)
    assert {"Balance", "stamina"} <= skills


def test_a_comparisons_labelled_row_is_no_header() -> None:
    guide = _parse("Dock Worker\n\n"
                   "Dock workers moor ships and move cargo.\n\n"
                   "Role | Dock Worker | Crane Operator |\n"
                   "---|---|---|\n"
                   "Main Duty | Mooring and lashing | Lifting containers |\n"
                   "Skills Required | Teamwork, stamina, rope work | Depth perception, "
                   "patience |\n"
                   "Usual Hours | Rotating shifts on the quay | Long shifts in the cab |\n")
    skills = _texts(guide.skills)
    assert "Usual Hours" not in skills


_MAKER_PAGE = ("Upholsterer Careers\n\n"
               "What does an upholsterer do?\n\n"
               "Upholsterers cover chairs and sofas with fabric and leather. They alter "
               "settings to suit the type of fabric.\n\n"
               "Upholsterers may also work with designers and pattern cutters to make up "
               "prototypes of new ranges for buyers.\n\n"
               "Some upholsterers may specialise on a particular machine or, quite commonly, "
               "use a number of staple guns.\n")


def test_colleagues_after_with_are_no_kit() -> None:
    skills = _texts(_parse(_MAKER_PAGE).skills)
    assert not {"designers", "pattern cutters"} & skills


def test_a_particular_machine_is_no_equipment() -> None:
    assert not any("particular" in s for s in _texts(_parse(_MAKER_PAGE).skills))


def test_a_links_heading_names_no_employer() -> None:
    guide = _parse("Boat Builder\n\n"
                   "Boat builders build and repair hulls in yards. Most earn between $600 and "
                   "$900 a week.\n"
                   "Image courtesy of\nHarbour Photo Archive |\n|\n"
                   "Local Companies\nUseful Links\n|\n")
    assert "Useful Links" not in _texts(guide.employers)
