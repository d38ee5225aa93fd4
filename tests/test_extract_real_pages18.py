"""Structures of real public career pages (helper real18, 2026-12-05), on invented pages.

Creative, hospitality, policing and lab pages: a Title-Case pay headline ("How Much Do X in
Y Make?") was read by the title reader, its question words kept in the role; a head count
after a capitalised qualifier ("over 18,000 Navy divers") or a share of people named
before ("4,310 of them employed") was read as a salary under a pay title; a sentence of prose
under an employers heading ("The Service is then split into regions and districts", "As a
ranger, you can work in …") gave its clause parts as sectors.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide


def _parse(page: str, name: str = "page.txt") -> Guide:
    return parse_text(page, name)


def test_a_title_case_pay_headline_names_its_worker() -> None:
    page = """News

How Much Do Sommeliers in Portugal Make?

Sommeliers choose wines for restaurants. New sommeliers earn EUR 1,100 to EUR 1,400 a month.
"""
    assert _parse(page).role.text == "Sommelier"


def test_a_pay_headline_without_a_place_still_reads() -> None:
    page = """How Much Do Sommeliers Make?

Sommeliers choose wines for restaurants. New sommeliers earn EUR 1,100 to EUR 1,400 a month.
"""
    assert _parse(page).role.text == "Sommelier"


def test_head_counts_are_no_salary() -> None:
    page = ("Coastguard Salary\n\n"
            "There are over 7,600 Coastguard officers in Norway. At the end of 2024, there"
            " were 4,310 of them on the west coast.\n\n"
            "Coastguard officers earn NOK 41,000 a month after training.\n")
    guide = _parse(page)
    amounts = {(s.min, s.max) for s in guide.salaries}
    assert not any(7600.0 in pair or 4310.0 in pair for pair in amounts)
    assert any(41000.0 in pair for pair in amounts)


def test_a_head_count_of_one_share_is_no_salary() -> None:
    page = """Lifeguard Salary

Lifeguards watch swimmers at public pools. Of 2,900 pool staff, 1,150 of whom are
lifeguards, most work summer shifts.

Lifeguards earn $15 an hour.
"""
    guide = _parse(page)
    assert not any(1150.0 in (s.min, s.max) for s in guide.salaries)


def test_prose_under_an_employers_heading_gives_no_sectors() -> None:
    page = """Ranger Careers

Who Employs Rangers

Rangers are employed by the Lakeland Parks Service. The Service is then split into regions
and districts. As a ranger, you will most likely work in a single district.

Where Does a Ranger Work?

As a ranger, you can work in various settings. Many rangers work outdoors.
"""
    guide = _parse(page)
    sectors = [s.text for s in guide.sectors]
    assert not any("split" in s or "you" in s or s == "districts" for s in sectors)
