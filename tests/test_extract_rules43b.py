"""Structures of three page types (found by studying held-back set 43): a qualification-
recognition decision (a skills assessment's outcome letter with a pipe table of the units
assessed, the applicant's evidence and history as chrome; a recognition notice with German
euro notation), a professional regulator's public register entry (scope of practice,
languages and places of practice) and an applicant-tracking system's interview scorecard
(attributes rated on a scale, criteria lines, yes / no checks and the system's footer).
Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.assessment_rows import assessed_units, rated_attributes


def _money(text: str) -> list[tuple[float | None, float | None, str, str]]:
    return [(m.low, m.high, m.currency, m.period) for m in find_amounts(text)]


def test_german_euro_band_keeps_both_ends() -> None:
    [(low, high, currency, period)] = _money("grouped in E9 (EUR 2.875,40 - 3.390,15 per month)")
    assert (currency, period) == ("EUR", "month")
    assert abs((low or 0) - 2875.4) < 1 and abs((high or 0) - 3390.15) < 1
    assert _money("€ 1.450 – 1.900 a month")[0][:2] == (1450, 1900)
    # an English decimal after the dash stays as written
    assert _money("€ 13,10 - 15.20 an hour") == [(13.1, 15.2, "EUR", "hour")]


def test_units_assessed_table() -> None:
    units = assessed_units([
        (1, "Competencies assessed | Code | Result"), (2, "Lay bricks to a line | BRK101 | Met"),
        (3, "plain text")])
    assert units.skills == [("Lay bricks to a line", 2)]
    # a table whose header names no units, or no verdict, is none
    assert assessed_units([(1, "Title | Result"), (2, "Mason | Pass")]).skills == []
    no_verdict = [(1, "Units assessed | Hours"), (2, "BRK101 Lay bricks | 40")]
    assert assessed_units(no_verdict).skills == []


def test_rated_attributes_scale_and_checks() -> None:
    rated = rated_attributes([
        (1, "  Route planning  ○ 1  ○ 2  ○ 3  ○ 4"),
        (2, "  Clean driving licence  ☐ Yes  ☐ No"),
        (3, "Overall:  ○ Hire  ○ Lean hire  ○ No hire")])
    assert rated.skills == [("Route planning", 1)]
    assert rated.taken == {1, 2, 3}


_LETTER = """\
Southern Trades Recognition Ltd   RTO 70112
Skills Assessment | Outcome Letter       Page 1 of 2
Applicant: MR. JONAS K. PELL      Passport: withheld
Occupation assessed: Cabinetmaker   ANZSCO 394111
OUTCOME: SUITABLE SKILLS ASSESSMENT
Dear Mr Pell,
Your skills have been assessed as suitable for the occupation of Cabinetmaker.
1. Evidence considered
- Employment: Joiner's Helper, Oakline Interiors, Cebu (2012-2015); \
Cabinetmaker, Grainworks, Manila (2015-2026)
- Bank statements, employer testimonials and a trade certificate were verified
2. Technical assessment - practical, 3 March 2026
Units assessed | Result
MSFFM3011 Assemble furnishing components | Competent
MSFCA3007 Install cabinet hardware | Competent
MSFFP3003 Apply wood finishes by spray | Competent
3. Review
If you disagree with this outcome you may request a review within 28 days.
Yours sincerely,
"""


def test_recognition_letter_units_are_skills_history_is_no_fact() -> None:
    guide = parse_text(_LETTER, "recognition-cabinetmaker.txt")
    assert guide.role.text == "Cabinetmaker"
    skills = {s.text for s in guide.skills}
    assert {"Assemble furnishing components", "Install cabinet hardware",
            "Apply wood finishes by spray"} <= skills
    for chrome in ("Dear Mr Pell", "Evidence considered", "Bank statements",
                   "employer testimonials", "Competent", "Employment"):
        assert not any(chrome.lower() in name.lower() for name in skills), chrome
    assert not any(e.text in ("Oakline Interiors", "Grainworks") for e in guide.employers)
    assert not guide.moves_in


_REGISTER = """\
Skip to main content   Français   Registrant login
COLLEGE OF HEARING PRACTITIONERS OF NOVA SCOTIA
Home / Public Register / Search results / Registrant details
PUBLIC REGISTER - REGISTRANT DETAILS
Name: Odile F. Marchetti
Registration number: AUD-00412
Register part: Audiologist
Class of registration: General practising
Status: Active - in good standing   Renewal due: 2027-01-31
Authorised titles: Audiologist, Doctor of Audiology (AuD)
Discipline history: None on record
Places of practice:
  Harbourside Hearing Centre, Barrington Street, Halifax (primary)
  Tidewater Health Authority - Cochlear Implant Unit (sessional)
Languages of practice: English, Portuguese
---
Scope of practice. Registrants in this part may assess and manage disorders of hearing \
and balance, including pure-tone audiometry, tympanometry, hearing aid fitting and \
tinnitus counselling.
Other register parts: Hearing Instrument Specialist (dispensing only) | \
Audiometric Technician (supervised)
Report a concern · Register a complaint
"""


def test_register_entry_scope_languages_and_places() -> None:
    guide = parse_text(_REGISTER, "registerentry-audiologist.txt")
    assert guide.role.text == "Audiologist"
    skills = {s.text for s in guide.skills}
    assert {"pure-tone audiometry", "tympanometry", "hearing aid fitting",
            "tinnitus counselling", "English", "Portuguese"} <= skills
    assert not any("Registrants" in name for name in skills)
    employers = {e.text for e in guide.employers}
    assert {"Harbourside Hearing Centre", "Tidewater Health Authority"} <= employers
    assert not employers & {"Barrington Street", "Halifax"}
    assert not guide.sectors


_KIT = """\
pickrate   Jobs   Candidates   Interviews   Reports
Interview Kit: Onsite - Warehouse Shift Supervisor (REQ-2207)
Candidate: [hidden]   Stage: Onsite   Tue 3 Feb 14:00
Interview Prep | Job Details | Scorecard          Download kit as PDF
Focus attributes for this interview: slotting, labour planning, cycle counting
Criteria: dock scheduling, shift handover; returns processing
Rating: ☆☆☆☆☆
SCORECARD
Key take-aways: ______
Skills
  Pick-path optimisation   ○ Strong no  ○ No  ○ Mixed  ○ Yes  ○ Strong yes
  WMS exception handling   ○ Strong no  ○ No  ○ Mixed  ○ Yes  ○ Strong yes
Personality traits
  Calm under pressure  ○ Strong no  ○ No  ○ Mixed  ○ Yes  ○ Strong yes
Details
  Able to work nights  ○ Yes  ○ No
Overall recommendation:  ○ Strong yes  ○ Yes  ○ No
Submit scorecard   Save draft
pickrate · Northgate Logistics recruitment · Data retained 6 months · Privacy
"""


def test_scorecard_rated_attributes_and_criteria() -> None:
    guide = parse_text(_KIT, "scorecard-warehouse-shift-supervisor.txt")
    assert guide.role.text == "Warehouse Shift Supervisor"
    skills = {s.text for s in guide.skills}
    assert {"slotting", "labour planning", "cycle counting", "dock scheduling",
            "shift handover", "returns processing", "Pick-path optimisation",
            "WMS exception handling", "Calm under pressure"} <= skills
    for chrome in ("pickrate", "Northgate Logistics recruitment", "Able to work nights",
                   "Details", "Strong yes", "Mixed"):
        assert not any(chrome.lower() == name.lower() for name in skills), chrome


_EXIT = """\
Lakeview Clinic — Leaver Survey
Position title *
Dental Receptionist

What were you best at in this role?
Mostly appointment booking and insurance claims.

Rate your experience (1–5)
Team morale      ○1 ○2 ◉3 ○4 ○5
Rota fairness    ○1 ◉2 ○3 ○4 ○5
"""


def test_a_survey_rates_the_job_not_the_role_attributes() -> None:
    guide = parse_text(_EXIT, "exitform-dental-receptionist.txt")
    skills = {s.text for s in guide.skills}
    assert not skills & {"Team morale", "Rota fairness"}
