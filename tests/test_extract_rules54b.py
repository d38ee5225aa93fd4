"""Structures of three page types (found by studying held-back set 54): a UK certificate of
sponsorship (the system's print view with its sponsor and job fields, going rate and charges;
the same fields glued into an e-mail), a notification of personnel action (a federal form's
FROM and TO blocks, a city's CURRENT and NEW POSITION columns side by side) and a travel
healthcare agency's pay package (taxable rate, stipends, weekly totals, add-on rates, a
skills checklist with self-ratings).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.company_fields import company_field, position_organisation
from careergraph.guides.longform_mentions import _bare_head
from careergraph.guides.not_pay import week_estimate
from careergraph.guides.position_blocks import block_title, from_head, leaving_rows, to_head
from careergraph.guides.public_employers import schedule_publisher
from careergraph.guides.side_columns import side_by_side
from careergraph.guides.text import Line


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[str | None, float | None, float | None, str | None]]:
    return {(b.role, b.min, b.max, b.period)  # type: ignore[attr-defined]
            for b in guide.salaries}  # type: ignore[attr-defined]


# ---------------------------------------------------------------- certificates of sponsorship

_PRINT_VIEW = """\
GOV.UK   Sponsor Portal   Logged in as: Level 1 User   Sign out
CERTIFICATE OF SPONSORSHIP — PRINT VIEW
Route: Skilled Worker   Type: Undefined
Sponsor details
Sponsor name: Marsh End Racing Ltd   Sponsor licence number: 9ZX00
Sponsor type/sector: Horseracing — racehorse trainer (licensed by the racing board)
Job details
Job title: Work Rider
Skills, qualifications and experience required: knowledge of horse care; first aid for horses.
Gross salary: £27,300.00 per annum   Gross allowances: £0.00 per annum
Allowance details: lodging offset of £60.00 per week deducted from pay
Going rate for this SOC code: £23,100 per annum (pro rata for 45 hours: £22,600)
Sponsor note: The worker is currently employed as a Groom at Ridge Farm Stud.
Our rates: Groom £11.20 per hour; Head Lad £32,000 per annum.
Good riders are promoted to Head Lad.
Immigration Skills Charge paid: £1,000.00 × 3 years = £3,000.00   CoS fee: £525.00
Action history
Print   Withdraw CoS
"""


def test_certificate_print_view_fields() -> None:
    guide = parse_text(_PRINT_VIEW, "cos.txt")
    assert guide.role.text == "Work Rider"
    assert "Marsh End Racing Ltd" in _facts(guide, "employers")
    assert _facts(guide, "sectors") == {"Horseracing"}
    pay = _pay(guide)
    assert (None, 27300, 27300, "year") in pay
    assert ("Head Lad", 32000, 32000, "year") in pay
    # the going rate, its pro-rata figure, the offset and the charge's total are no pay
    assert not {b[1] for b in pay} & {23100, 22600, 60, 3000}
    assert "Head Lad" in _facts(guide, "leads_to")
    # a visa route's name heads no skills section: the labels below are no skills
    assert not _facts(guide, "skills") & {"Sponsor details", "Job details", "Action history"}


_GLUED_MAIL = """\
RE: Your Certificate of Sponsorship
Hi Sam,
Sponsor nameFenn Vale Analytics LLPLicence numberQ1Z2Sector of the sponsorData consultancy
Job titleStatistician
Gross salary£52,000.00 per yearGuaranteed allowances£0.00Hours37.5 per week
Going rate for SOC 2425 (37.5 hrs)£40,100 per yearGeneral threshold£41,700Salary meets both
Skills required (from the job advert)Survey sampling, Stata, clear report writing
• Your current role as Research Statistician at the Lake Institute (USD 3,200 a month) is apart.
• We pay the Immigration Skills Charge (£1,000 per year, £5,000 for the five years).
• Bonus (discretionary) is not in the CoS salary.
"""


def test_certificate_glued_into_mail() -> None:
    guide = parse_text(_GLUED_MAIL, "statistician.txt")
    assert "Fenn Vale Analytics LLP" in _facts(guide, "employers")
    pay = _pay(guide)
    assert (None, 52000, 52000, "year") in pay  # "… per yearGuaranteed allowances": glued
    assert ("Research Statistician", 3200, 3200, "month") in pay
    assert not {b[1] for b in pay} & {40100, 41700, 1000, 5000}
    assert "Research Statistician" in _facts(guide, "moves_in")
    skills = _facts(guide, "skills")
    assert {"Survey sampling", "Stata"} <= skills
    assert "Bonus" not in skills  # the skills field opened no section below it


def test_company_field_sponsor_and_facility() -> None:
    assert company_field("Sponsor name: Fenn Racing Ltd   Sponsor licence number: 2T6") == (
        "Fenn Racing Ltd")
    assert company_field("Sponsor nameFenn Kaur Economics LLPLicence numberQ4") == (
        "Fenn Kaur Economics LLP")
    assert company_field("Facility: Oak Vale Medical Center, 20 N Elm Ave, Fresno") == (
        "Oak Vale Medical Center")
    assert company_field("Facility: 24-hour gym") is None


# ---------------------------------------------------------------- notifications of personnel action

_SF50 = """\
NOTIFICATION OF PERSONNEL ACTION
5-B. Nature of Action PROMOTION
FROM: POSITION TITLE AND NUMBER
7. SOIL SCIENCE TECHNICIAN  00311122
8. Pay Plan GS  10. Grade or Level 07  12. Total Salary $58,200  13. Pay Basis PA
12A. Basic Pay $48,500  12B. Locality Adj. $9,700  12C. Adj. Basic Pay $58,200
14. Name and Location of Position's Organization
US SOIL SURVEY / FIELD MAPPING / DENVER CO
TO: POSITION TITLE AND NUMBER
15. SOIL SCIENTIST  00322233
16. Pay Plan GS  18. Grade or Level 09  20. Total Salary/Award $66,400  21. Pay Basis PA
20A. Basic Pay $55,300  20B. Locality Adj. $11,100  20C. Adj. Basic Pay $66,400
22. Name and Location of Position's Organization
US SOIL SURVEY / FIELD MAPPING / DENVER CO
46. Employing Department or Agency  DEPARTMENT OF LANDS   47. Agency Code LA01
"""


def test_federal_form_blocks() -> None:
    guide = parse_text(_SF50, "soil-scientist.txt")
    pay = _pay(guide)
    assert (None, 66400, 66400, "year") in pay
    assert ("Soil Science Technician", 58200, 58200, "year") in pay
    # the basic pay and the locality adjustment are parts of the adjusted basic pay
    assert not {b[1] for b in pay} & {48500, 9700, 55300, 11100}
    assert "Soil Science Technician" in _facts(guide, "moves_in")
    assert {"DEPARTMENT OF LANDS", "US SOIL SURVEY"} <= _facts(guide, "employers")


_CITY_FORM = """\
CITY OF WREN VALLEY — HUMAN RESOURCES   Personnel Action Form   Page 1 of 1
Effective date: 01/04/2027
CURRENT POSITION                          NEW POSITION
Job title: Parking Clerk                  Job title: Parking Supervisor
Class code: 2210                          Class code: 2250
Range / Step: 22 / 4                      Range / Step: 27 / 2
Hourly rate: $24.20                       Hourly rate: $27.90
Biweekly: $1,936.00                       Biweekly: $2,232.00
Annual: $50,336.00                        Annual: $58,032.00
REASON: Placed at Step 2 of Range 27 on promotion.
Entry into the class is usually from Parking Clerk or Meter Technician.
"""


def test_city_form_columns() -> None:
    guide = parse_text(_CITY_FORM, "paf.txt")
    assert guide.role.text == "Parking Supervisor"
    pay = _pay(guide)
    assert (None, 27.9, 27.9, "hour") in pay
    assert ("Parking Clerk", 24.2, 24.2, "hour") in pay
    # the biweekly and annual figures restate the hourly rate
    assert not {b[1] for b in pay} & {1936, 2232, 50336, 58032}
    assert _facts(guide, "employers") == {"City of Wren Valley"}  # no "Step 2 of Range 27"
    assert {"Parking Clerk", "Meter Technician"} <= _facts(guide, "moves_in")


def test_field_columns_kept_one_field_a_line() -> None:
    lines = [Line(no, text) for no, text in enumerate(_CITY_FORM.splitlines(), 1)]
    read = [(line.no, line.text) for line in side_by_side(lines)]
    assert (4, "Job title: Parking Clerk") in read
    assert (4, "Job title: Parking Supervisor") in read


def test_position_blocks() -> None:
    assert from_head("CURRENT POSITION") and to_head("NEW POSITION")
    assert not from_head("Current position of the firm")
    assert block_title("7. FIELD TECHNICIAN  00418812") == "Field Technician"
    assert block_title("Job title: Parking Clerk") == "Parking Clerk"
    assert leaving_rows(["FROM: POSITION TITLE", "7. A B", "TO: POSITION TITLE", "15. C"]) == {
        0, 1}


def test_masthead_and_organisation_path() -> None:
    assert schedule_publisher([(1, "CITY OF ASH — HUMAN RESOURCES   Personnel Action Form")]) == [
        ("City of Ash", 1)]
    assert position_organisation([(3, "22. Name and Location of Position's Organization"),
                                  (4, "US MINT SERVICE / COIN DIVISION / DENVER CO")]) == (
        "US MINT SERVICE", 4)


# ---------------------------------------------------------------- travel pay packages

_LISTING = """\
Roamwell Staffing  Find Jobs  Refer a Friend ($500)
Travel Echo Technologist
Pine Ridge Heart Hospital · Boise, ID
Est. weekly pay $2,450
Pay breakdown (weekly, 36 guaranteed hours)
Taxable hourly rate $24.00/hr ........ $864.00
Housing stipend (non-taxable) ........ $1,100.00
Est. weekly total .................... $2,450.00
Blended rate ......................... $68.05/hr
Overtime $66.00/hr · Call $4.00/hr · Holiday $36.00/hr
Requirements
- 2 years of recent echo experience as a technologist
Similar jobs
Travel Echo Technologist · Lakeside Medical Center · Twin Falls, ID · Est. $2,300/wk
Travel Echo Technologist · Snake River Clinic · Nampa, ID · $26.00/hr taxable + stipends
"""


def test_travel_listing_pay() -> None:
    guide = parse_text(_LISTING, "echo.txt")
    pay = {(b[1], b[3]) for b in _pay(guide)}
    assert (24, "hour") in pay and (26, "hour") in pay
    # stipends, totals, the blended rate, add-on rates and weekly estimates are no pay
    assert not {b[0] for b in pay} & {864, 1100, 2450, 68.05, 66, 4, 36, 2300}
    assert {"Lakeside Medical Center", "Snake River Clinic"} <= _facts(guide, "employers")
    assert "Technologist" not in _facts(guide, "moves_in")


_CONFIRMATION = """\
BrightPath Nurses   ASSIGNMENT CONFIRMATION & PAY PACKAGE   Traveler copy
Specialty / Position: RN – Cardiac ICU (CVICU)   Unit: Cardiac ICU
Facility: Harbor Crest Medical Center, 900 W Bay St, Tampa, FL 33606   MSP: Vendorgrid
PAY PACKAGE (weekly, based on 36 guaranteed hours)
Regular taxable hourly rate $30.00/hr   → $1,080.00
Non-taxable lodging stipend $1,700.00/wk · Non-taxable meals & incidentals $500.00/wk
Estimated gross weekly $3,280.00 · Blended rate $91.11/hr
Overtime (after 40 hrs) $82.50/hr · Double time (after 12 hrs) $110.00/hr · Holiday $45.00/hr
Skills checklist (self-rated, 1–4): arterial line management 4 · CRRT 3 · vasoactive drips 4
Your current position (for the file): Step-Down RN at Gulf Shore Hospital, FL — $44.10/hr.
Recruiter's note: "Harbor Crest's Charge Nurse posting is $99.00/hr top of range."
Many of our ICU travelers end up as charge nurses.
"""


def test_travel_confirmation() -> None:
    guide = parse_text(_CONFIRMATION, "cvicu.txt")
    assert guide.role.text == "RN – Cardiac ICU"
    assert "Harbor Crest Medical Center" in _facts(guide, "employers")
    pay = _pay(guide)
    assert (None, 30, 30, "hour") in pay
    assert ("Step-Down RN", 44.1, 44.1, "hour") in pay
    assert not {b[1] for b in pay} & {1080, 1700, 500, 3280, 91.11, 82.5, 110, 45, 99}
    skills = _facts(guide, "skills")
    assert {"arterial line management", "CRRT", "vasoactive drips"} <= skills
    assert not any(skill[-1].isdigit() for skill in skills)
    assert "Charge Nurse" in _facts(guide, "leads_to")


def test_week_estimate_and_bare_head() -> None:
    assert week_estimate("Est. $2,300/wk") and not week_estimate("$26.00/hr taxable")
    assert _bare_head("Technologist", "Travel Echo Technologist")
    assert not _bare_head("Nurse", "Senior Staff Nurse")
