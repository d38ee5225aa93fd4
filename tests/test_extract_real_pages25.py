"""Structures of real public career pages (helper real25, 2026-12-05), on invented pages.

Water utility, rail signalling, archive, forestry, beauty, hairdressing, security and call
centre pages: a provincial profile's "Compared to: All X" pay block was read as the role's
pay; "The majority of these workers are employed …" and "Although some X workers …" gave
titles; "Similar Occupations" were read as skills and "Related Majors" as a move; sector
lists kept "keen", "terms of qualifications", "own salons", "either the private" and
"cosmetologists work"; "communicate with train drivers" gave kit and "through Network
Rail's programme" a tool; a "From A to B: Career Progression" title was the role whole; a
"Certificate in Security Management" was a move; "Records Management" a role; "College
courses include ecology" a skill; "… skilled in A and B and must also be …" a skill; and
"State and Federal government" an employer "State".
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from careergraph.guides import parse_text
from careergraph.model import Fact, Guide


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _texts(facts: Iterable[Fact]) -> set[str]:
    """The names of a guide's facts ("guide.skills", "guide.sectors")."""
    return {fact.text for fact in facts}


def _skills(guide: Guide) -> set[str]:
    return {skill.text for skill in guide.skills}


def _moves(guide: Guide) -> set[str]:
    return _texts([*guide.leads_to, *guide.transitions_to, *guide.moves_in])


_PROFILE = ("Glass Furnace Operators\n"
            "(NOC 9411)\n"
            "in All Manufacturing and Utilities\n\n"
            "Glass furnace operators run the furnaces that melt batch into glass for "
            "bottle plants.\n\n"
            "Hourly Pay\n$22.40\nMinimum\n$27.10\nMedian\n$34.60\nMaximum\n\n"
            "Compared to: All Manufacturing and Utilities\n"
            "Hourly Pay\n$13.80\nMinimum\n$19.90\nMedian\n$31.20\nMaximum\n\n"
            "About the job\n"
            "Glass furnace operators watch gauges and adjust the burners.\n")


def test_a_compared_to_all_block_is_no_pay_of_the_role() -> None:
    guide = _parse(_PROFILE)
    figures = {s.min for s in guide.salaries}
    assert 27.1 in figures
    assert not figures & {13.8, 19.9, 31.2}


def test_a_share_of_these_workers_opens_no_title() -> None:
    guide = parse_text(
        "Home » Occupational Profiles » 73112 – Kiln setters and related occupations\n\n"
        "Kiln setters and related occupations – 73112\n\n"
        "Description\n\nKiln setters stack ware on kiln cars before firing in potteries.\n\n"
        "Skills\n\n  • Monitoring\n  • Evaluation\n\n"
        "Employment Outlook\n\nThe employment outlook will be moderate for kiln setters.\n\n"
        "The majority of these workers are employed in the ceramics industry.\n",
        "kilnsite-kilnsetter.txt")
    assert "Majority" not in guide.role.text


def test_a_clause_about_some_workers_opens_no_title() -> None:
    guide = parse_text(
        "Tram lever operators and depot controllers set the routes of trams at depots. Most "
        "new signals are panels.\n"
        "Although some lever workers are still employed, most depots now hire technicians to "
        "repair the panels.\n"
        "Education and Training\n"
        "You need a high school education to enter this field.\n",
        "transitdepot-depotcontroller.txt")
    assert "Although" not in guide.role.text


def test_similar_occupations_are_no_skills() -> None:
    guide = _parse("Nail Technician\n\n"
                   "Nail technicians shape, paint and repair nails in salons.\n\n"
                   "Skills\n\n  • Finger Dexterity\n  • Colour Perception\n\n"
                   "Similar Occupations\n\n"
                   "  • Hairstylists and barbers (63210)\n"
                   "  • Make-up artist (in 52119.05 Make-up artists)\n")
    assert not _skills(guide) & {"Make-up artist", "Hairstylists and barbers"}
    assert "Finger Dexterity" in _skills(guide)


@pytest.mark.parametrize(("page", "word"), [
    # "Related Majors" under "Related Occupations": a heading of fields of study
    ("Seed Orchard Technician\n\nWork Tasks\n"
     "- Collect cones and graft scions in seed orchards\n"
     "Related Occupations\nRelated Majors\n", "Major"),
    # an award's subject ends on a role head ("Management")
    ("Door Supervisor\n\nDoor supervisors check entry at venues.\n\nProgression\n\n"
     "Qualifications to get: Consider the Level 3 Certificate in Venue Management.\n",
     "Management"),
])
def test_a_heading_or_an_award_is_no_move(page: str, word: str) -> None:
    assert not any(word in move for move in _moves(_parse(page)))


def test_remarks_and_openers_are_no_sectors() -> None:
    guide = _parse("Barber\n\n"
                   "Barbers cut and shave hair in barbershops.\n\n"
                   "Show employers you are keen.\n\n"
                   "Barbers may work for:\n"
                   "- barbershops and salons\n"
                   "- cruise ships\n\n"
                   "Barbers can be self-employed, run their own salons, or hire a chair.\n\n"
                   "Barbers work in either the private or public sector.\n")
    sectors = _texts(guide.sectors)
    assert "cruise ships" in sectors
    assert not sectors & {"keen", "own salons", "either the private"}


def test_people_after_communicate_with_are_no_kit() -> None:
    guide = _parse("Tram Controller\n\n"
                   "What you do\n\n"
                   "Tram controllers set routes for approaching trams, respond to faults, "
                   "communicate with tram drivers and depot teams by radio (and hand signals "
                   "in emergencies), and manage delays.\n")
    assert not _skills(guide) & {"tram drivers", "depot teams by radio"}


def test_a_possessive_after_a_preposition_of_use_is_no_tool() -> None:
    guide = _parse("Tram Controller\n\n"
                   "What you do\n\n"
                   "Tram controllers set routes for trams on the city network.\n\n"
                   "Harbour Trams employs about 300 controllers. Training is delivered "
                   "through Harbour Trams's nine-week Initial Controller Course, followed by "
                   "months of route learning.\n")
    assert "Harbour Trams" not in _skills(guide)


def test_a_from_to_title_names_its_destination() -> None:
    guide = _parse("From Pool Lifeguard to Pool Manager: Career Progression\n"
                   "The Leisure Career Ladder\n"
                   "Many people start as pool lifeguards thinking it is a dead-end job. It is "
                   "not.\n"
                   "Here is the typical career ladder:\n"
                   "Stage 1: Pool Lifeguard (Year 0 to 1)\n"
                   "Your goal in the first year is to build a reputation.\n"
                   "Stage 2: Duty Supervisor (Year 1 to 2)\n"
                   "Most centres will offer supervisor posts.\n"
                   "Stage 3: Pool Manager (Year 3 to 5)\n"
                   "Pool managers run the whole centre and its budget.\n")
    assert guide.role.text == "Pool Manager"


def test_a_field_heading_is_no_role() -> None:
    guide = _parse("Records & Collections Management\n\n"
                   "Conservators are essentially careful repairers of old objects.\n\n"
                   "Conservators clean and mend paintings, papers and textiles.\n")
    assert guide.role.text != "Records & Collections Management"


def test_a_courses_lead_in_is_no_part_of_the_skill() -> None:
    guide = _parse("Range Technician\n\n"
                   "Range technicians survey grazing land for ranchers.\n\n"
                   "Education/Training\n"
                   "- Skills/Courses: College courses include botany, soil science, "
                   "mapping and statistics.\n")
    assert "College courses include botany" not in _skills(guide)


def test_a_modal_ends_a_credited_list() -> None:
    guide = _parse("Range Technician\n\n"
                   "Range technicians survey grazing land for ranchers. Range technicians "
                   "are skilled in plant identification and fence surveys and must also be "
                   "effective communicators.\n")
    assert not any("must" in skill for skill in _skills(guide))


def test_state_and_federal_government_share_their_noun() -> None:
    guide = _parse("Range Technician\n\n"
                   "Range technicians survey grazing land for ranchers.\n\n"
                   "Employment opportunities are available with State and Federal "
                   "government as well as in the private sector.\n")
    assert "State" not in _texts(guide.employers)


def test_additional_cash_compensation_is_no_pay() -> None:
    guide = _parse("Nail Technician\n\n"
                   "Nail technicians shape, paint and repair nails in salons.\n\n"
                   "Salary\n\n"
                   "Nail technicians in Canada make an average salary of $41,250 per year, with "
                   "an additional cash compensation average of $9,430 which could include "
                   "tips.\n\n"
                   "Salon owners earn about $72,900 a year, with an average $8,120 additional "
                   "cash compensation.\n")
    figures = {s.min for s in guide.salaries}
    assert 41250 in figures
    assert not figures & {9430, 8120}


def test_calls_for_after_inbound_is_the_noun() -> None:
    guide = _parse("Contact Centre Agent\n\n"
                   "Contact centre agents answer customer queries by phone and chat.\n\n"
                   "A contact centre is an office where trained staff handle inbound and "
                   "outbound calls for a bank or organization.\n")
    assert not _skills(guide) & {"bank", "organization"}
