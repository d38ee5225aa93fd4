"""Structures of real public career pages (helper real14, 2026-12-04), on invented pages.

A public-service call's list of who may not be appointed ("Disqualifications",
"Disqualification criteria") read as skills; a circular's post label ("POST 12/04:",
"Post 2:", "Post Name—") kept in the role's title; "education and training" in prose read as
the knowledge area; "to become a licensed X" on X's own page read as a move; a numbered
heading right under the dash bullets of the section before read as one of its items.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide


def _parse(page: str, name: str = "page.txt") -> Guide:
    return parse_text(page, name)


def _skills(guide: Guide) -> set[str]:
    return {skill.text for skill in guide.skills}


def test_disqualification_criteria_name_no_skills() -> None:
    page = """Harbour Safety Inspector

The Harbour Authority invites applications for three harbour safety inspectors.
Qualifications for Appointment
- Citizenship: Must be a citizen of the republic.
- Education: Must hold a degree in marine engineering or law.
- Experience: At least eight years in port operations.
Disqualification Criteria
- Holding elected office in a regional assembly within the past four years.
- Being an undischarged bankrupt.
- Having been dismissed from public office for misconduct.
"""
    skills = _skills(_parse(page))
    assert not any("bankrupt" in s or "office" in s or "assembly" in s.lower() for s in skills)


def test_disqualifications_under_qualifications_name_no_skills() -> None:
    page = """Tribunal Registrar

The water tribunal seeks two registrars to run its appeal lists.

Qualifications

  • Must hold a law degree from a recognised university.
  • Requires at least twelve years of legal practice.

Disqualifications

  • Been declared insolvent.
  • Held a post in a party's governing body in the last three years.
"""
    skills = _skills(_parse(page))
    assert not any("insolvent" in s or "governing body" in s for s in skills)


def test_criteria_heading_still_reads_criteria() -> None:
    page = """Records Officer

Essential Criteria
- Demonstrated experience in records management and archiving.
"""
    assert {"records management", "archiving"} <= _skills(_parse(page))


def test_circular_post_label_is_no_part_of_the_title() -> None:
    page = """POST 12/04: Deputy Director – Rural Water Supply
Ref No: WS 17/2026
Location: Polokwane
Requirements:
- A degree in civil engineering and five years' experience in water projects.
"""
    assert _parse(page).role.text == "Deputy Director"


def test_post_name_label_is_no_part_of_the_title() -> None:
    page = """Post Name— Pharmacy Officer
Education Qualification—
- Diploma in Pharmacy from a recognised board.
"""
    assert _parse(page).role.text == "Pharmacy Officer"


def test_education_and_training_in_prose_is_no_skill() -> None:
    page = """Glazier

A glazier cuts and fits glass in windows, doors and shopfronts.

Getting started

The trade requires two years of education and training, on site and in a college.
"""
    assert not any("education" in s.lower() for s in _skills(_parse(page)))


def test_licensed_self_is_no_move() -> None:
    page = """Optician

An optician fits spectacles and contact lenses to a prescription.

How to qualify

To become a licensed optician, you need an accredited two-year programme and a state
exam.
"""
    guide = _parse(page)
    moves = [m.text for m in [*guide.leads_to, *guide.moves_in, *guide.transitions_to]]
    assert "Licensed Optician" not in moves


def test_numbered_heading_under_bullets_opens_a_section() -> None:
    page = """How to become an Audiologist

Becoming an audiologist takes years of study. Here are the main steps:
1. Earn a Degree
- Undergraduate Study: Take a degree in speech and hearing science.
2. Build Your Skills
- Active Listening: Hear out patients describing their symptoms.
- Manual Dexterity: Fit small hearing aids and ear moulds.
3. Continuing Education
- Seminars: Join yearly seminars on new cochlear implant devices.
"""
    skills = _skills(_parse(page, "audiologist.txt"))
    assert "Continuing Education" not in skills and "Seminars" not in skills
    assert {"Active Listening", "Manual Dexterity"} <= skills


def test_numbered_items_under_bullets_stay_items() -> None:
    page = """Data Analyst

Skills
1. SQL
- joins and window functions
2. Tableau
- dashboards for sales teams
"""
    assert {"SQL", "Tableau"} <= _skills(_parse(page))
