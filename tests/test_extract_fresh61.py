"""Structures found by reading three fresh generated web corpora (seeds 61101-61103,
helper fresh61): a workforce board's skills-panel profile (percentiles abbreviated
"pct.", registered apprentices' rate, the panel's own employers and industries, members
titled by the occupation's other names, a one-line dotted tools list), a hospital's
competency sign-off record (a prerequisite label, the assessor's instructions, a document
library's trail), a college's outcomes page (a related course's name, a contractor's day
rate "charged"), translated seasonal postings (a bed in the staff room at a price, day
wages, "German helps a lot").  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> list[tuple[float | None, float | None, str, str | None, str | None]]:
    return [(b.min, b.max, b.period, b.role, b.level)
            for b in guide.salaries]  # type: ignore[attr-defined]


def _money(text: str) -> list[tuple[float | None, float | None]]:
    return [(m.low, m.high) for m in find_amounts(text)]


# --- a skills-panel profile ------------------------------------------------------------

_PROFILE = """\
Harrowgate Workforce Council · Library   Home | Jobs | Employers | Resources
------------------------------------------------------------------------
OCCUPATION PROFILE :: BOILER PLANT OPERATOR
Also titled: Stationary Engineer, Boiler Tender, Plant Fireman (at older sites)
------------------------------------------------------------------------
PANEL (name / title / employer)
  J. Okafor / Boiler Plant Operator / Tamsworth Board Mills
  P. Lindgren / Stationary Engineer / Elmbrook Creamery Co.
  R. Vance / Plant Engineering Manager / Quarry Lane Foods
------------------------------------------------------------------------
Tools and equipment
Pyrometer • Combustion analyzer (Testo) • Feedwater test kit
------------------------------------------------------------------------
CAREER PATH NOTES
Industries represented on the panel: board milling, cheese making and grain drying.
Panel employers hire at $24–$28 an hour; registered apprentices begin at $18.25 an hour.
Wages, Lakeshore MSA (2025 estimates)
  25th pct. $27.40/hr  ·  median $30.10/hr  ·  75th pct. $35.60/hr
"""


def test_abbreviated_percentiles_leave_the_median_alone() -> None:
    line = "25th pct. $27.40/hr  ·  median $30.10/hr  ·  75th pct. $35.60/hr"
    assert _money(line) == [(30.10, 30.10)]
    # the 50th is the median, whatever its abbreviation
    assert _money("the 50th pct. is $41,000") == [(41000, 41000)]


def test_registered_apprentices_are_the_roles_learners() -> None:
    pay = _pay(parse_text(_PROFILE, "profile.txt"))
    apprentice = [p for p in pay if p[0] == 18.25]
    assert apprentice == [(18.25, 18.25, "hour", None, "Apprentice")]
    # (the percentiles on the page: the median alone)
    assert {p[0] for p in pay if p[2] == "hour"} == {24, 18.25, 30.10}


def test_panel_employers_are_no_sector_and_the_panels_industries_are() -> None:
    guide = parse_text(_PROFILE, "profile.txt")
    sectors = _facts(guide, "sectors")
    assert "Panel employers" not in sectors
    assert {"board milling", "cheese making", "grain drying"} <= sectors


def test_a_panel_member_titled_by_another_name_of_the_role_names_an_employer() -> None:
    guide = parse_text(_PROFILE, "profile.txt")
    assert {"Stationary Engineer", "Boiler Tender"} <= _facts(guide, "aliases")
    employers = _facts(guide, "employers")
    assert {"Tamsworth Board Mills", "Elmbrook Creamery Co."} <= employers
    assert "Quarry Lane Foods" not in employers  # (a manager: another post)


def test_a_one_line_dotted_tools_list_keeps_its_first_name() -> None:
    skills = _skills(parse_text(_PROFILE, "profile.txt"))
    assert {"Pyrometer", "Combustion analyzer", "Feedwater test kit"} <= skills


# --- a competency sign-off record ----------------------------------------------------

_RECORD = """\
Document library › Clinical competencies › Pharmacology › DSP-TECH
Signed in as p.morrow | Help | Sign out
Fennick Vale Hospitals Trust

COMPETENCY SIGN-OFF RECORD: PHARMACY TECHNICIAN
Document ref: DSP-TECH-12   Version 2.0   Approved by: Medicines Group   Review date: 06/2028
Trainee name: ____________   Assessor: ____________
Prerequisite: Certificate in dispensing practice

How to use this record
The assessor observes each unit twice and marks it P (passed) or NP (not passed).

No. | Competency unit | Observed 1 | Observed 2 | P / NP
1 | Controlled drug checks | | |
2 | Stock rotation | | |

Manager notes: pay and progression
Skills we look for at interview: patience, clear speech
"""


def test_a_prerequisite_label_is_no_skill() -> None:
    skills = _skills(parse_text(_RECORD, "pharmacy-technician.txt"))
    assert "Prerequisite" not in skills
    assert {"Controlled drug checks", "Stock rotation"} <= skills


def test_the_assessors_instructions_name_no_skills() -> None:
    skills = _skills(parse_text(_RECORD, "pharmacy-technician.txt"))
    assert not {"marks it P", "NP", "P"} & skills
    assert {"patience", "clear speech"} <= skills


def test_a_document_librarys_trail_names_no_skills() -> None:
    skills = _skills(parse_text(_RECORD, "pharmacy-technician.txt"))
    assert "Pharmacology" not in skills


# --- an outcomes page and translated postings -----------------------------------------

_OUTCOMES = """\
Southmere Institute  ·  Courses  ·  Apply now
Diploma of Lift Maintenance

Lift Technician
Pathway: Lift Technician → Senior Lift Technician → Master Lift Technician
Typical pay: $45–$70 an hour as a contractor; master lift technicians charge $1,200–$1,700 a day.

Fees: $7,500
Related courses: Certificate IV in Leadership
"""


def test_a_title_that_charges_a_day_rate_owns_it() -> None:
    pay = _pay(parse_text(_OUTCOMES, "outcomes.txt"))
    day = [p for p in pay if p[2] == "day"]
    assert [(p[0], p[1], p[3]) for p in day] == [(1200, 1700, "Master Lift Technician")]
    assert [(p[0], p[1], p[3]) for p in pay if p[2] == "hour"] == [(45, 70, None)]


def test_a_related_courses_subject_is_no_skill() -> None:
    # ("Certificate IV in Leadership" names a course, its subject no skill of the role)
    assert "Leadership" not in _skills(parse_text(_OUTCOMES, "outcomes.txt"))


_SEASON = """\
Translated from Norwegian by Google  ·  Original
FJORD BOAT DECKHAND – SEASON 2027
Pay: day wages from 1.900 NOK, by the crew level
What we expect:
– Knot tying
– good English, and German helps a lot
We offer:
– the accommodation in the staff room for 2.400 NOK per month
"""


def test_day_wages_are_a_day_rate() -> None:
    pay = _pay(parse_text(_SEASON, "season.txt"))
    assert [(p[0], p[2]) for p in pay] == [(1900, "day")]  # (the bed's price: no pay)


def test_a_language_that_helps_a_lot_is_the_language() -> None:
    skills = _skills(parse_text(_SEASON, "season.txt"))
    assert {"German", "English", "Knot tying"} <= skills
    assert "German helps a lot" not in skills
