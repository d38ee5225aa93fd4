"""Structures of real public career pages (helper real13, 2026-12-04), on invented pages.

A head count of workers in lakh or thousands read as pay; a market's size in crore read as
pay; a condition of the work ("confined spaces"), a whole land ("across the country"), a
vague lead without its article ("a very wide range of jobs") and an adjective cut from its
noun by a comma read as sectors.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.sector_noise import clean_sector
from careergraph.model import Guide


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _pay(guide: Guide) -> set[tuple[float | None, float | None]]:
    return {(s.min, s.max) for s in guide.salaries}


def _sectors(guide: Guide) -> set[str]:
    return {sector.text for sector in guide.sectors}


def test_head_count_of_workers_is_no_pay() -> None:
    page = """Company Secretary

A company secretary keeps a listed firm's board records and filings.

Pay and demand

The country has about 2.6 lakh company secretaries today, and roughly 40,000 CSs qualify
each decade. A newly qualified company secretary earns 5 to 9 lakh rupees per year.
"""
    assert _pay(_parse(page)) == {(500_000, 900_000)}


def test_pay_as_workers_stays_pay() -> None:
    page = """Tiler

Tilers fix ceramic and stone tiles to walls and floors.

Pay

Experienced tilers can earn £31,000 as site leads, and trainees earn £21,000 plus
tools.
"""
    assert (31_000, 31_000) in _pay(_parse(page))


def test_market_size_is_no_pay() -> None:
    page = """Actuary

Actuaries price risk for insurers and pension funds.

Pay

The insurance analytics market is projected to exceed 2,400 crore rupees by 2030. Junior
actuaries earn 10 to 14 lakh rupees a year.
"""
    assert _pay(_parse(page)) == {(1_000_000, 1_400_000)}


def test_conditions_lands_and_cut_adjectives_are_no_sectors() -> None:
    assert clean_sector("confined spaces") is None
    assert clean_sector("the country") is None
    assert clean_sector("large regional") is None
    assert clean_sector("very wide range of projects") is None
    assert clean_sector("regional airports") == "regional airports"
    page = """Ductwork Installer

Ductwork installers fit ventilation ducts in offices, hospitals and factories. They often
work in confined spaces and lofts. Installers are wanted across the country.

Employers range from small family firms to large international, multi-site contractors.
"""
    sectors = _sectors(_parse(page))
    assert not {"confined spaces", "country", "the country", "large international"} & sectors


def test_subject_of_study_is_no_sector() -> None:
    page = """Lifeguard

Lifeguards watch swimmers at pools and beaches.

How to become a lifeguard

Lifeguards usually need a first-aid certificate and training in aquatic rescue services.
Lifeguards work in leisure centres and holiday parks.
"""
    sectors = _sectors(_parse(page))
    assert "aquatic rescue services" not in sectors
    assert "leisure centres" in sectors
