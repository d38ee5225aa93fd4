"""Skills that are not (helper prec15, stop 53): a line of papers to bring, a site's account
and report links, a post's hashtags, a page's title banner in capitals, a dress code, a
"Working style" heading and a pay list's labels, each read as a skill before.  Every page
here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.builder import _skill_name
from careergraph.guides.skill_trailers import clothing, paperwork, site_link


def _skills(text: str, name: str = "page.txt") -> set[str]:
    return {fact.text for fact in parse_text(text, name).skills}


# -- a line of papers to gather ------------------------------------------------------------

_LENDER = """\
Mortgages for Quarry Blasters
Harrowgate Home Loans · updated 02/11/2026

Quarry blasters on a day rate are welcome here. We place mortgages for blasters all year.

Skills lenders like to see
Shotfiring, drilling patterns and explosives storage records.

What to bring
Last 2 payslips · contract letter · shift pattern · 3 months' bank statements
"""


def test_a_line_of_papers_names_no_skill() -> None:
    skills = _skills(_LENDER, "quarry-blaster.txt")
    assert "shift pattern" not in skills  # a paper among papers
    assert not any("payslip" in s.lower() or "bank" in s.lower() for s in skills)


_OPEN_DAY = """\
Dental Nurse Open Day
Come and meet our practices and leave with an offer.

What we're looking for
Warmth, good communication, teamwork, basic IT skills.

What to bring: photo ID, proof of address, right-to-work documents, certificates (originals).
"""


def test_an_open_days_papers_to_bring_name_no_skill() -> None:
    skills = {s.lower() for s in _skills(_OPEN_DAY, "dental-nurse.txt")}
    assert not skills & {"photo id", "right-to-work documents", "certificates (originals)"}
    assert "teamwork" in skills


def test_one_paper_among_skills_leaves_the_skills() -> None:
    # one paper and three skills: the line is a skills list, its paper alone goes
    page = """\
Payroll Clerk
Skills
Payroll processing, bank reconciliation, Sage 50 and P60s.
"""
    skills = {s.lower() for s in _skills(page)}
    assert {"payroll processing", "bank reconciliation"} <= skills
    assert paperwork("photo ID") and paperwork("right-to-work documents")
    assert not paperwork("identity verification")


# -- a site's links and a post's hashtags --------------------------------------------------

_SIGN_OFF = """\
SkillsBook ▸ Kestrel Plant Hire ▸ Records ▸ Sign-off sheets
Logged in as: yard.office@kestrel  |  Switch company  |  Help  |  Log out

PLANT OPERATIVE – LEVEL 2 WORKPLACE SIGN-OFF
Competences held: Slinging, Signalling

# | Task / competence | Status
1 | Selecting and inspecting lifting accessories | Signed off
"""


def test_a_sites_account_bar_and_title_banner_name_no_skill() -> None:
    skills = {s.lower() for s in _skills(_SIGN_OFF, "plant-operative.txt")}
    assert not skills & {"log out", "help", "switch company", "yard.office@kestrel"}
    assert not skills & {"plant operative", "level 2 workplace sign-off"}


def test_site_links_and_hashtags_are_no_names() -> None:
    assert site_link("Log out") and site_link("Report this event") and site_link("Tags")
    assert site_link("Logged in as: a.b@c") and site_link("#Welding #Fabrication")
    assert not site_link("Help desk support") and not site_link("Sign language")
    assert not site_link("C#") and not site_link("#1 in safety")


_EVENT = """\
Plumbing Apprentice Taster Evening
Meet our plumbers and try a soldering station.

Skills we look for
Patience, problem solving, a steady hand.

Tags: #Plumbing #Apprenticeships #Leeds
Organised by Tarn Valley Heating — Recruitment Team · Contact the organiser · Report this event
"""


def test_an_events_tags_and_report_links_name_no_skill() -> None:
    skills = {s.lower() for s in _skills(_EVENT, "plumber.txt")}
    assert not skills & {"tags", "contact the organiser", "report this event"}
    assert "problem solving" in skills


# -- a dress code, a "Working style" heading, a pay list's labels ---------------------------

def test_a_dress_code_names_no_skill() -> None:
    assert clothing("Blacks (dress code) for load-ins")
    assert not clothing("Dress code policy writing")
    page = """\
Rigger
BRING TO EVERY CALL
  • Rope bag
  • Torque wrench
  • Blacks (dress code) for load-ins
"""
    skills = _skills(page)
    assert "Torque wrench" in skills
    assert not any("dress code" in s for s in skills)


def test_a_working_style_heading_is_a_heading() -> None:
    page = """\
Harbour Data Analyst
Skills
SQL | Python | Dashboarding | Forecasting
Working style
Patience · Curiosity
"""
    skills = _skills(page)
    assert "Working style" not in skills
    assert {"Patience", "Curiosity"} <= skills


def test_a_pay_lists_labels_name_no_skill() -> None:
    assert _skill_name("Trainee Salary (Year 2)")[1] is None
    assert _skill_name("Starting Salary")[1] is None
    assert _skill_name("Salary negotiation")[1] is not None
    assert _skill_name("wage calculation")[1] is not None
