"""Structures of real public career pages (helper real37, 2026-12-06), on invented pages.

A logistics institute's and a medical-physics society's "careers in X" pages, an NGO job
site's role explainer and an NGO's emergency toolkit chapter, a trade union's "care workers:
your rights" page and a law firm's rights page on the same workers, an apprenticeship trade
body's guide to reading an occupational standard (its summary box), career-profile platforms
(UK, Canada, Malaysia), a university faculty's occupation card, a recruitment agency's
profile, a youth careers guide, Q&A explainer sites on fundraisers, soldiers and medical
physicists and a job search site's role page.  What was wrong: "specialise in areas such as
analytical, organic, inorganic and materials chemistry" gave the bare adjectives as skills;
"Many Xs enter the sector from military, retail, manufacturing, or transport backgrounds"
gave the backgrounds as sectors; "Some work for fundraising companies while others are
self-employed individuals who work on contractual basis for various organizations" gave
"self-employed individuals" (the gap "while others are" taken for a list's "companies …
are") and "contractual basis for various organizations" as sectors; "registered with the
Health & Care Professions Council" gave the sector "Health"; "Institution of Engineering
and Technology" in a list of employers gave the sectors "Institution of Engineering" and
"Technology"; a title line "Care workers: your rights" and a page under a field's name
("Medical Physics") opening "Most Medical Physicists work in hospitals …" named no role.
"""

from __future__ import annotations

from collections.abc import Iterable

from careergraph.guides import parse_text
from careergraph.model import Fact, Guide


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _texts(facts: Iterable[Fact]) -> set[str]:
    return {fact.text for fact in facts}


def test_a_series_of_adjectives_closed_by_a_field_names_its_branches() -> None:
    guide = _parse(
        "Geologist\n\n"
        "Geologists study rocks, soils and the history of the earth.\n\n"
        "Geologists specialise in areas such as structural, marine, economic, and "
        "environmental geology.\n")
    skills = _texts(guide.skills)
    assert {"structural geology", "marine geology", "economic geology",
            "environmental geology"} <= skills
    assert not skills & {"structural", "marine", "economic"}


def test_backgrounds_people_come_from_are_no_sectors() -> None:
    guide = _parse(
        "Fleet Coordinator\n\n"
        "A Fleet Coordinator keeps a charity's vans and trucks on the road.\n\n"
        "Many Fleet Coordinators enter the sector from army, retail, manufacturing, or "
        "transport backgrounds.\n")
    assert not _texts(guide.sectors) & {"retail", "manufacturing", "transport"}


def test_a_second_clause_after_companies_is_no_list_of_workplaces() -> None:
    guide = _parse(
        "Grant Writer\n\n"
        "A grant writer prepares funding bids for good causes.\n\n"
        "Some work for consultancy companies while others are freelance writers who work on "
        "a contractual basis for various charities.\n")
    sectors = _texts(guide.sectors)
    assert "freelance writers" not in sectors
    assert not any("basis" in sector for sector in sectors)


def test_the_manner_of_the_work_before_whom_it_is_for_is_cut() -> None:
    guide = _parse(
        "Grant Writer\n\n"
        "A grant writer prepares funding bids for good causes.\n\n"
        "Many grant writers work on a freelance basis for charities and hospices.\n")
    sectors = _texts(guide.sectors)
    assert {"charities", "hospices"} <= sectors
    assert not any("basis" in sector for sector in sectors)


def test_an_industry_inside_a_councils_name_is_no_sector() -> None:
    guide = _parse(
        "Podiatrist\n\n"
        "A podiatrist treats problems of the feet and lower legs.\n\n"
        "Most podiatrists work in clinics, and all must be registered with the Health & "
        "Care Professions Council before they practise.\n")
    sectors = _texts(guide.sectors)
    assert "clinics" in sectors
    assert "Health" not in sectors


def test_an_institution_of_two_fields_stays_one_body() -> None:
    guide = _parse(
        "Brewery Technician\n\n"
        "A brewery technician keeps the brewhouse running.\n\n"
        "Employers involved in writing the standard: Hopwell Breweries, Institution of "
        "Mining and Construction, Maltby Foods\n")
    sectors = _texts(guide.sectors)
    assert not sectors & {"Institution of Mining", "Mining", "Construction"}
    assert "Institution of Mining and Construction" in _texts(guide.employers)


def test_a_title_addressed_to_the_workers_names_them() -> None:
    guide = _parse(
        "Hospital porters: know your rights at work\n\n"
        "Short shifts, unpaid travel between sites and late wages are common complaints.\n\n"
        "If you are a member, contact your branch for advice.\n")
    assert guide.role.text == "Hospital Porter"


def test_most_workers_opening_under_a_fields_name_names_them() -> None:
    guide = _parse(
        "Audiology\n\n"
        "Most Hearing Therapists work in hospital clinics and must be registered before they "
        "practise.\n\n"
        "They help adults and children live with hearing loss.\n")
    assert guide.role.text == "Hearing Therapist"


def test_most_of_the_workers_names_no_role() -> None:
    guide = _parse(
        "Road Haulage Driver\n\n"
        "Most of the drivers work nights on trunk routes between depots.\n")
    assert guide.role.text == "Road Haulage Driver"
