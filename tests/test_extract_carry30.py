"""Set 30's page types as the generator varies them (carry30): general defects that rank pages,
examination notices, translated occupation profiles, hiring flyers, terms of reference and
role charters showed, each tested on an invented page of another trade.

Every page is invented here (agencies, cities, firms, titles, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide

RANK_PAGE = (
    "Harbourline Crew Services Ltd  ·  Licence No. HCS-88-2031  ·  Seafarers pay no fees\n"
    "Home   Positions   Principals   Contact\n"
    "\n"
    "Home » Positions » Engine Department » Electro-Technical Officer\n"
    "\n"
    "Electro-Technical Officer (ETO)\n"
    "Also known as: Electrical Officer    Contract: 6 months\n"
    "Reports to: Chief Engineer    Supervises: Electrician\n"
    "\n"
    "The electro-technical officer keeps the ship's power and control systems running.\n"
)

TERMS = (
    "TERMS OF REFERENCE\n"
    "Individual Consultant: National Fisheries Economist\n"
    "Reference: ToR/12/2027    Duty station: the coastal district office\n"
    "\n"
    "1. Objective\n"
    "To recruit a Fisheries Economist who will cost the landing-site upgrades.\n"
)

TEAM_TABLE = (
    "APPENDIX B: TERMS OF REFERENCE FOR KEY EXPERT T-4\n"
    "\n"
    "B.1 Team composition\n"
    "| Code | Position | Person-months |\n"
    "| T-1 | Team Leader / Port Engineer | 20 |\n"
    "| T-2 | Surveyor | 12 |\n"
    "| T-4 | Marine Biologist | 9 |\n"
    "\n"
    "B.2 Tasks\n"
    "  (a) Survey the reef transects.\n"
)

TRAINING_PAY = (
    "Goldsmith (m/f/d)\n"
    "\n"
    "Brief description\n"
    "Goldsmiths make, repair and set jewellery.\n"
    "\n"
    "Training allowance\n"
    "1st year of training: 742 €\n"
    "2nd year of training: 806 €\n"
)

CHARTER = (
    "Pumping Station Steward – role charter\n"
    "\n"
    "Purpose: one accountable person for the station records.\n"
    "\n"
    "Capabilities\n"
    "Technical: pump curves, telemetry alarms (Ignition)\n"
    "People: mentoring operators, clear writing\n"
    "\n"
    "Bands (CAD a year)\n"
    "Pumping Station Steward - Grade 6: $81,000–$90,000\n"
)

NOTICE = (
    "CITY OF BRANWICK — DEPARTMENT OF PERSONNEL\n"
    "NOTICE OF EXAMINATION\n"
    "\n"
    "BRIDGE INSPECTOR\n"
    "Exam No. 7710    Open Competitive\n"
    "\n"
    "THE SALARY\n"
    "The current minimum salary is $58,310 per annum. The salary range for this title is "
    "$58,310 to $70,115 per annum. A $2,250 differential is paid for night assignments.\n"
)

BULLETIN = (
    "MERRIT COUNTY HUMAN RESOURCES DEPARTMENT\n"
    "Bulletin No. 41-220    DEPARTMENTAL PROMOTIONAL\n"
    "\n"
    "PARKS MAINTENANCE SUPERVISOR\n"
    "\n"
    "SALARY: $5,102.40 – $6,377.95 Monthly\n"
)

PROFILE = (
    "Upholsterer (m/f/d)\n"
    "\n"
    "Requirements\n"
    "Physical requirements: colour vision, heavy lifting\n"
    "Personal requirements: patience, discretion\n"
)

FLYER = (
    "HELP WANTED — FENCING HAND\n"
    "Tallgrass Range Co. · cow-calf outfit\n"
    "\n"
    "You need:\n"
    "  - Skid steer / post pounder\n"
    "  - Barbed wire stretching\n"
    "  - Tickets: chainsaw card, first aid\n"
)


def _skills(guide: Guide) -> set[str]:
    return {skill.text.lower() for skill in guide.skills}


def test_a_reports_to_line_never_titles_the_page() -> None:
    """"Reports to: X    Supervises: Y" names other posts: the rank stays the role."""
    guide = parse_text(RANK_PAGE, "page.txt")
    assert guide.role.text == "Electro-Technical Officer"


def test_an_engagement_label_before_the_post_is_no_part_of_the_title() -> None:
    guide = parse_text(TERMS, "page.txt")
    assert guide.role.text == "National Fisheries Economist"


def test_a_coded_team_table_row_is_no_page_title() -> None:
    """"T-2 | Surveyor | 12": a row of the team table, not the expert's post."""
    guide = parse_text(TEAM_TABLE, "marine-biologist.txt")
    assert guide.role.text != "Surveyor"


def test_a_few_hundred_euros_with_no_period_is_a_month() -> None:
    guide = parse_text(TRAINING_PAY, "goldsmith.txt")
    assert guide.salaries and {band.period for band in guide.salaries} == {"month"}


def test_category_labels_of_a_skills_list_are_no_skills() -> None:
    skills = _skills(parse_text(CHARTER, "pumping-station-steward.txt"))
    assert {"pump curves", "ignition", "mentoring operators", "clear writing"} <= skills
    assert not {"technical", "people"} & skills


def test_a_heading_stating_cad_makes_dollars_canadian() -> None:
    guide = parse_text(CHARTER, "pumping-station-steward.txt")
    assert {band.currency for band in guide.salaries} == {"CAD"}


def test_an_examination_notice_names_the_city_as_employer() -> None:
    guide = parse_text(NOTICE, "bridge-inspector.txt")
    assert [fact.text for fact in guide.employers] == ["City of Branwick"]


def test_a_county_bulletin_names_the_county_not_its_personnel_office() -> None:
    guide = parse_text(BULLETIN, "parks-maintenance-supervisor.txt")
    assert [fact.text for fact in guide.employers] == ["Merrit County"]


def test_a_minimum_repeating_the_band_and_a_differential_are_no_pay() -> None:
    guide = parse_text(NOTICE, "bridge-inspector.txt")
    assert [(band.min, band.max) for band in guide.salaries] == [(58310, 70115)]


def test_a_labelled_kind_of_requirement_lists_skills() -> None:
    skills = _skills(parse_text(PROFILE, "upholsterer.txt"))
    assert {"patience", "discretion", "colour vision"} <= skills
    assert not {"physical requirements", "personal requirements"} & skills


def test_a_spaced_slash_parts_two_items() -> None:
    skills = _skills(parse_text(FLYER, "fencing-hand.txt"))
    assert {"skid steer", "post pounder"} <= skills


def test_a_credentials_label_is_no_skill() -> None:
    """"Tickets: A, B" names what is asked for; "Tickets" is no skill."""
    assert "tickets" not in _skills(parse_text(FLYER, "fencing-hand.txt"))


RATES = (
    "TERMS OF REFERENCE FOR KEY EXPERT P-3\n"
    "\n"
    "Objective: the P-3 Marine Biologist supports the survey team.\n"
    "\n"
    "Billing rates (per person-month)\n"
    "  P-3 Marine Biologist                PHP 198,000\n"
    "  P-2 Coastal Engineer                PHP 246,000\n"
)


def test_a_position_code_is_no_part_of_a_rate_owner() -> None:
    """"P-2 Coastal Engineer  PHP 246,000": the Coastal Engineer's rate."""
    guide = parse_text(RATES, "marine-biologist.txt")
    assert "p-2 coastal engineer" not in {(band.role or "").lower() for band in guide.salaries}
