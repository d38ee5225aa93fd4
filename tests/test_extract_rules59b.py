"""Structures of requests to approve outside (secondary) employment and of workplace
adjustment passports (found by studying held-back set 59): an HR record's graded "Job
profile", a pay band's code before its "Minimum | Midpoint | Maximum" strip, an activity
block's own title and pay fields, a role profile's run-in typical entry and next roles, a
form's graded classification over its class series' ladder, a count of weekends a month,
and a spine point's number before a figure.  Every page here is invented."""

from __future__ import annotations

import itertools

from careergraph.guides import parse_text
from careergraph.guides.activity_fields import activity_title, pay_field
from careergraph.guides.amounts import find_amounts, joined_extremes
from careergraph.guides.notices import notice_title
from careergraph.guides.page_money import page_period


def _pay(guide: object) -> list[tuple[str | None, float | None, float | None, str]]:
    return [(s.role, s.min, s.max, s.period) for s in guide.salaries]  # type: ignore[attr-defined]


def _moves(guide: object, kind: str) -> list[str]:
    return [fact.text for fact in getattr(guide, kind)]


# ---------------------------------------------------------------- an HR record's graded profile

def test_a_graded_job_profile_is_the_role_at_its_grade() -> None:
    assert notice_title("Payroll Clerk II") == "Payroll Clerk"
    assert notice_title("Clerk") == "Clerk"


_DISCLOSURE = (
    "acme|people    Home   My Pay   Time Off   Help\n"
    "Compliance › Disclosures › Outside Activities › OA-2026-0042\n"
    "Outside Activity Disclosure — Awaiting review            [ Edit ]  [ Print ]\n"
    "Employee: Ann Lee    Employee ID: 100200\n"
    "Job profile: Payroll Clerk II        Business title: Payroll Clerk to the Plant\n"
    "Department: Finance        Location: Tulsa, OK        Manager: Finance Director\n"
    "Pay band: C3 — Minimum $41,000 | Midpoint $48,000 | Maximum $55,000        "
    "Current base salary: $47,200\n"
    "Role profile: Runs the weekly payroll. Key skills: payroll processing; Excel. Typical "
    "entry: Accounts Clerk or Data Entry Clerk. Typical next roles: Payroll Supervisor, "
    "Payroll Manager.\n"
    "Activity 1 — Paid\n"
    "Organization: Pet Spa, Tulsa    Your title: Dog Groomer (weekends)\n"
    "Hours: 2–3 weekends a month    Pay: $18.00 per hour plus tips    Start: 05/2026\n"
    "Description: monthly grooming of small dogs.\n")


def test_a_disclosures_profile_band_and_activity_pay() -> None:
    guide = parse_text(_DISCLOSURE, "outside-activity.txt")
    assert guide.role.text == "Payroll Clerk"
    pay = _pay(guide)
    assert (None, 41000, 55000, "year") in pay  # (the band's code no figure, yearly)
    assert (None, 47200, 47200, "year") in pay
    assert ("Dog Groomer", 18, 18, "hour") in pay  # (the block's own job owns its rate)
    assert (None, 18, 18, "hour") not in pay
    assert {"Payroll Supervisor", "Payroll Manager"} <= set(_moves(guide, "leads_to"))
    assert {"Accounts Clerk", "Data Entry Clerk"} <= set(_moves(guide, "moves_in"))


def test_a_bands_code_before_its_labelled_ends_is_no_figure() -> None:
    joined = joined_extremes("Pay band: C3 — Minimum $41,000 | Midpoint $48,000 | "
                             "Maximum $55,000")
    assert joined == "Pay band: $41,000 – $55,000 | Midpoint $48,000"


def test_weekends_a_month_say_how_often_one_works_not_that_pay_is_monthly() -> None:
    text = ("Hours: 2–3 weekends a month    Pay: $18.00 per hour\n"
            "Start: 01/2027\nDescription: monthly stock counts.\nBase salary: $47,200\n")
    assert page_period(text) is None
    assert page_period("R9 000 a month … R12 000 per month … R14 250") == "month"


# ---------------------------------------------------------------- an activity block's fields

def test_an_activity_blocks_title_field_owns_its_pay_field() -> None:
    lines = [(4, "Employer / organization: Hill Rink    Position: Skating Coach (seasonal)"),
             (5, "Dates: Sundays        Rate of pay: $20.00 per hour, private lessons $30.00")]
    assert activity_title(lines, 5) == "Skating Coach"
    assert pay_field(lines[1][1]) == "$20.00 per hour, private lessons $30.00"
    assert activity_title([(5, "Position no.: 12-0034    Pay: $20 per hour")], 5) is None
    assert pay_field("Hours: 8 a week") is None


# ---------------------------------------------------------------- a graded classification

_ETHICS_FORM = (
    "STATE DEPARTMENT OF LABOR                          FORM ETH-3  (Rev. 1/2025)\n"
    "REQUEST FOR APPROVAL OF OUTSIDE EMPLOYMENT OR ACTIVITY\n"
    "PART 1 — EMPLOYEE INFORMATION\n"
    "Name: B. Cole        Position no.: 12-0034        Division: Wage Claims\n"
    "Classification / working title: Claims Examiner 2        Pay band: 5        "
    "Current rate: $24.00 per hour\n"
    "PART 2 — PROPOSED OUTSIDE EMPLOYMENT\n"
    "Employer / organization: Hill Rink, Inc.        Position: Skating Coach (seasonal)\n"
    "Dates: Sundays only        Rate of pay: $20.00 per hour, private lessons $30.00 per hour\n"
    "PART 4 — CURRENT POSITION DESCRIPTION\n"
    "Claims Examiner 2: examines wage claims for accuracy and corresponds with employers.\n"
    "Career ladder: Claims Examiner 1 (band 4, $20.10 – $25.20/hr) → Claims "
    "Examiner 2 (band 5, $22.00 – $27.50/hr) → Claims Examiner 3 (band 6, lead) → "
    "Compliance Officer or Labor Investigator. Typical entry from Claims Technician or "
    "Accounting Technician positions.\n")


def test_a_forms_graded_classification_makes_its_class_series_the_role() -> None:
    guide = parse_text(_ETHICS_FORM, "claims-examiner.txt")
    assert guide.role.text == "Claims Examiner"
    steps = {(a.text, b.text) for chain in guide.progressions
             for a, b in itertools.pairwise(chain)}
    assert ("Claims Examiner", "Compliance Officer") in steps
    assert not any("Examiner 1" in a or "Examiner 1" in b for a, b in steps)
    pay = _pay(guide)
    assert (None, 20.10, 25.20, "hour") in pay  # (a class's band the role's own)
    assert not any(owner and "Examiner" in owner for owner, *_ in pay)
    assert ("Skating Coach", 20, 20, "hour") in pay and ("Skating Coach", 30, 30, "hour") in pay
    assert {"Claims Technician", "Accounting Technician"} <= set(_moves(guide, "moves_in"))


# ---------------------------------------------------------------- a spine point's number

def test_a_spine_points_number_is_no_ranges_low_end() -> None:
    found = find_amounts("Grade: Grade 4, spine point 14 — £25,138 a year")
    assert [(m.low, m.high) for m in found] == [(25138, 25138)]
    found = find_amounts("Pay point 3 - £21,400 a year")
    assert [(m.low, m.high) for m in found] == [(21400, 21400)]
