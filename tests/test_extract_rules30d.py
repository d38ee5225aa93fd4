"""Pay on three page types (found by studying held-back set 30, second pass): a public
occupation profile read through a browser translator (a master craftsman's median and a "for
comparison" figure belong to their own titles), a civil service's examination notice (the
"current minimum salary" repeats the range's floor), and a tender's key-expert appendix
(billing rows coded "K-1" name their posts as printed; a language list's "required" and
"desirable" are no part of a language's name)."""

from __future__ import annotations

from careergraph.guides import parse_text

_PROFILE = ("[Microsoft Translator] This page has been translated from German to English.  "
            "Show original  |  Always translate German\n") + """\
Labour Office  |  Occupations  |  Training  |  Jobs

Dental technician
(Zahntechniker/in)

Brief informationDental technicians make crowns, bridges and dentures in dental laboratories.

Earnings after training
Median gross monthly salary full-time: 2.740 €  (West: 2.810 €, East: 2.390 €)
Master dental technician (master craftsman), median: 3.580 €

Starting pay
€ 2.310,- to € 2.560,- gross per month, according to the collective agreement.
For comparison: Dental assistant (unskilled): € 1.970,- gross
"""

_NOTICE = """\
CITY OF ALDER FALLS
DEPARTMENT OF PERSONNEL
NOTICE OF EXAMINATION

BOILER INSPECTOR
Exam No. 7714          Open Competitive

WHAT THE JOB INVOLVES: Boiler Inspectors inspect high-pressure boilers in office towers.
THE SALARY: The current minimum salary is $61,300 per annum. The salary range for this \
title is $61,300 - $84,750 per annum.
"""

_APPENDIX = """\
APPENDIX C: TERMS OF REFERENCE FOR KEY EXPERTS
Port Dredging Project - Supervision Consultant

C.2 K-2 MARINE SURVEYOR (National, 12 person-months)

Qualifications
  - Languages: English and Swahili required; French desirable

Billing rates per person-month (indicative)
K-1 Project Director / Coastal Engineer ........ USD 24,000
K-2 Marine Surveyor ............................ KES 610,000 - 690,000
K-3 Hydrographic Data Analyst .. KES 540,000
"""


def _pay(text: str, name: str) -> set[tuple[str | None, float | None, float | None]]:
    guide = parse_text(text, name)
    return {(band.role, band.min, band.max) for band in guide.salaries}


def test_master_and_compared_titles_own_their_figures() -> None:
    pay = _pay(_PROFILE, "dental-technician.txt")
    assert ("Master dental technician", 3580, 3580) in pay
    assert ("Dental assistant", 1970, 1970) in pay
    assert (None, 2310, 2560) in pay and (None, 2740, 2740) in pay
    assert not any(role is None and low in (3580, 1970) for role, low, _ in pay)


def test_current_minimum_repeats_the_range_floor() -> None:
    assert _pay(_NOTICE, "boiler-inspector.txt") == {(None, 61300, 84750)}


def test_key_expert_rows_name_their_posts_without_codes() -> None:
    pay = _pay(_APPENDIX, "marine-surveyor.txt")
    assert ("Project Director / Coastal Engineer", 24000, 24000) in pay
    assert ("Hydrographic Data Analyst", 540000, 540000) in pay
    assert (None, 610000, 690000) in pay
    assert not any(role and role.startswith("K-") for role, _, _ in pay)
    periods = {band.period for band in parse_text(_APPENDIX, "marine-surveyor.txt").salaries}
    assert periods == {"month"}  # (the rates are "per person-month")


def test_language_wishes_are_no_part_of_the_name() -> None:
    guide = parse_text(_APPENDIX, "marine-surveyor.txt")
    names = {skill.text for skill in guide.skills}
    assert {"English", "Swahili", "French"} <= names
    assert not any("required" in name or "desirable" in name for name in names)


_TRADE = """\
Agency for Work  |  Occupations  |  Training  |  Education  |  Jobs  |  Sign in

Organ builder (m/w/d)
(Orgelbauer*in)

REQUIREMENTS
Professional requirements: woodworking, voicing of pipes (flue pipes, reed pipes), \
tuning, technical drawing, metal casting
Physical requirements: manual dexterity, good hearing, stamina
Interdisciplinary requirements: patience, reliability, care (working in churches)

Where do you work?Organ builders find employment
- in organ building workshops
- in cathedral workshops and monasteries
- in the music trade with restoration departments

ADVANCEMENT With experience and the master examination, organ builders can advance to \
workshop manager. Career changers from joinery (e.g. trained Carpenters or Cabinet Makers) \
can shorten the apprenticeship.
"""


def test_requirement_lists_give_each_quality() -> None:
    guide = parse_text(_TRADE, "organ-builder.txt")
    names = {skill.text.lower() for skill in guide.skills}
    assert {"woodworking", "voicing of pipes", "flue pipes", "reed pipes", "tuning",
            "manual dexterity", "good hearing", "stamina", "patience", "reliability",
            "care"} <= names
    assert "working in churches" not in names


def test_place_bullets_and_a_menu() -> None:
    guide = parse_text(_TRADE, "organ-builder.txt")
    sectors = {fact.text.lower() for fact in guide.sectors}
    assert {"organ building workshops", "music trade"} <= sectors
    assert not any(s.startswith("in ") for s in sectors)
    assert "education" not in sectors


def test_career_changers_are_no_advancement() -> None:
    guide = parse_text(_TRADE, "organ-builder.txt")
    up = {fact.text.lower() for fact in guide.leads_to}
    assert not {"carpenters", "cabinet makers", "carpenter", "cabinet maker"} & up


def test_prior_positions_come_in() -> None:
    page = """\
APPENDIX D: TERMS OF REFERENCE FOR KEY EXPERTS
C.5 K-4 LAND VALUER (National, 10 person-months)
Qualifications:
  - At least 8 years' experience in land valuation
  - Prior positions as Assessment Clerk, Property Appraiser or Estate Officer on public \
works are relevant
"""
    guide = parse_text(page, "land-valuer.txt")
    came = {fact.text for fact in guide.moves_in}
    assert {"Assessment Clerk", "Property Appraiser", "Estate Officer"} <= came


def test_continuation_up_and_skills_in_a_qualifications_list() -> None:
    page = """\
SAHEL BASIN WATER PARTNERSHIP
TERMS OF REFERENCE
Individual Consultant - National Geophysicist (Borehole Siting)

5. QUALIFICATIONS
- At least 6 years of professional experience as a Geophysicist
- Proven skills in seismic picking (Kingdom or similar), log analysis, QGIS and report writing
- Fluency in French (written and spoken); working knowledge of English; Hausa an advantage

6. REMUNERATION
Based on performance, the consultant may be invited to continue as Senior Geophysicist for \
the second drilling phase.
"""
    guide = parse_text(page, "geophysicist.txt")
    names = {skill.text for skill in guide.skills}
    assert {"seismic picking", "log analysis", "QGIS", "English"} <= names
    assert "Senior Geophysicist" in {fact.text for fact in guide.leads_to}


def test_current_offers_name_their_firms() -> None:
    page = _TRADE + """
Current offers in the job room: Pfeifenwerk Lindner GmbH (Styria) - Organ builder, full-time  \
|  Orgelbau Haas KG (Tyrol) - Apprentice organ builder
"""
    guide = parse_text(page, "organ-builder.txt")
    assert {"Pfeifenwerk Lindner GmbH", "Orgelbau Haas KG"} <= {f.text for f in guide.employers}


def test_a_consortium_over_its_terms_of_reference_employs() -> None:
    page = """\
ÉLAN RIVERINE SANITATION CONSORTIUM
TERMS OF REFERENCE (ToR)
Individual Consultant - National Sanitation Engineer (Faecal Sludge Treatment)
Duty station: Kisumu
1. BACKGROUND
The consortium builds treatment plants for lakeside towns.
"""
    guide = parse_text(page, "sanitation-engineer.txt")
    assert [f.text for f in guide.employers] == ["Élan Riverine Sanitation Consortium"]


def test_physical_conditions_name_no_workplaces() -> None:
    page = _NOTICE.replace(
        "in office towers.",
        "in office towers. Some of the physical activities performed by Boiler Inspectors and "
        "environmental conditions experienced are: crawling into fireboxes; working in boiler "
        "rooms and crawl spaces; climbing stacks.")
    guide = parse_text(page, "boiler-inspector.txt")
    sectors = {fact.text.lower() for fact in guide.sectors}
    assert not sectors & {"boiler rooms", "crawl spaces"}
