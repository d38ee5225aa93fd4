"""Structures of three page types (found by studying held-back set 55): agency and contractor
timesheets (a locum app's week, a vendor management system's period with its bill rate, worked
sums and the client field), workers' unpaid-wage claims (an online claim's progress strip and
step line, a ministry's name over the form, a household employer, amounts owed, the minimum
wage field) and separation or settlement agreements (the post whose employment ends, the
execution blocks, leaving sums, an alternative role's and an open post's pay).  Every page here
is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.classified_ads import classified_ads
from careergraph.guides.company_fields import agency_field, assignment_parties, company_field
from careergraph.guides.headings import load_headings
from careergraph.guides.longform_chrome import _markup
from careergraph.guides.not_pay import _pay_part
from careergraph.guides.pay_owners import _bracket_title


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[str | None, float | None, float | None, str | None]]:
    return {(b.role, b.min, b.max, b.period)  # type: ignore[attr-defined]
            for b in guide.salaries}  # type: ignore[attr-defined]


# ---------------------------------------------------------------- timesheets

_LOCUM_WEEK = """\
10:02                                                    ▮▮▮ 5G  64%
◀ Timesheets          Week ending Sun 12 Apr 2026          ⋯
Harrow Locum Partners  ·  Worker app
STATUS: Approved
Assignment #HLP-2291
Healthcare Professional (HCP) - Locum
Client: Westbury Borough Council - Community Therapy Team
Pay rate  £33.00/hr (PAYE)   Charge rate to client £44.10/hr
Mon 06 Apr  09:00-17:00  7.5 h  Home visits, equipment reviews
Total hours  30.0 h x £33.00 = £990.00
Home    Jobs    Timesheets    Pay    Profile
""" + ("DETAILS ▾Requirements: HCPC registration, current DBS and own car.Skills: Falls "
       "assessment, Moving and handling, Care planning.\n")


def test_field_professional_is_a_post() -> None:
    guide = parse_text(_LOCUM_WEEK, "timesheet.txt")
    assert guide.role.text == "Healthcare Professional"


def test_skills_field_glued_after_a_stop() -> None:
    guide = parse_text(_LOCUM_WEEK, "timesheet.txt")
    assert {"Falls assessment", "Moving and handling", "Care planning"} <= _facts(guide, "skills")


def test_bill_rate_marks_an_agency_assignment() -> None:
    assert agency_field("Pay rate £30.00/hr   Charge rate to client £41.20/hr")
    assert agency_field("Bill rate incl. MSP fee: 812,44 EUR/day")
    assert not agency_field("Pay rate £30.00/hr")
    guide = parse_text(_LOCUM_WEEK, "timesheet.txt")
    assert "Westbury Borough Council" in _facts(guide, "employers")


def test_client_field_with_a_european_form() -> None:
    assert assignment_parties("Client: Ostmark Spedition SE, Kiel - IT", agency_named=True) == [
        "Ostmark Spedition SE"]


def test_worked_sum_is_no_pay() -> None:
    text = "Total: 4,50 days x 700,00 EUR = 3.150,00 EUR"
    assert _pay_part(text, text.index("700"), text.index("700") + 10)
    assert _pay_part(text, text.index("3.150"), len(text))
    guide = parse_text(_LOCUM_WEEK, "timesheet.txt")
    assert (None, 33, 33, "hour") in _pay(guide)
    assert not any(low == 990 for _, low, _, _ in _pay(guide))


# ---------------------------------------------------------------- wage claims

_ONLINE_CLAIM = """\
Province.ca   Search   Français
Ministry of Labour, Immigration, Training and Skills Development
File a wage claim   Step 5 of 5: Review your claim   [Save and exit]   Session expires in 9 minutes
Progress: ✔ Eligibility ✔ About you ✔ Employer ✔ Wages ● Review
EMPLOYER
Employer name: Adeyemi, Tunde and Grace (private household)   Address: 4 Elm Row, Hamilton
EMPLOYMENT
Job title: Nanny
WAGES
What the contract said: $17.50 per hour, 40 hours per week
Minimum wage when you left: $17.20/hr (general)
Unpaid wages estimated: $9,400.00
"""


def test_progress_strip_and_wizard_step_are_chrome() -> None:
    assert _markup("Progress: ✔ Eligibility ✔ About you ✔ Employer ● Review") == ""
    assert _markup("Step 2 of 6: Your pay   [Save and exit]   Session expires in 20 minutes") == ""
    assert _markup("Step 2 of 6: cut the boards to length") != ""
    guide = parse_text(_ONLINE_CLAIM, "claim.txt")
    assert not _facts(guide, "skills") & {"Eligibility", "Employer", "About you"}


def test_ministry_name_heads_no_section() -> None:
    headings = load_headings()
    assert headings.classify(
        "Ministry of Labour, Immigration, Training and Skills Development") is None
    assert headings.classify("Skills") == "skills"


def test_household_employer_is_no_firm() -> None:
    guide = parse_text(_ONLINE_CLAIM, "claim.txt")
    assert not any(name in employer for employer in _facts(guide, "employers")
                   for name in ("Adeyemi", "Tunde", "Grace"))


def test_claim_minimum_wage_and_amounts_owed_are_no_pay() -> None:
    guide = parse_text(_ONLINE_CLAIM, "claim.txt")
    pay = _pay(guide)
    assert (None, 17.5, 17.5, "hour") in pay
    assert not any(low in (17.2, 9400) for _, low, _, _ in pay)


def test_business_name_after_a_glued_numbered_heading() -> None:
    assert company_field("2. EMPLOYER INFORMATIONBusiness name: Lobo Taqueria & Bar   Owner "
                         "name: R. Lobo") == "Lobo Taqueria & Bar"


# ---------------------------------------------------------------- separation agreements

_SETTLEMENT = "\n".join([
    "WITHOUT PREJUDICE AND SUBJECT TO CONTRACT",
    "SETTLEMENT AGREEMENT",
    'PARTIES(1) HOLMFIRTH CARTONS LIMITED (the "Employer"); and(2) DAVID ROSS (the "Employee").',
    "BACKGROUND(A) The Employee has been employed by the Employer as Area Sales Manager (North) "
    "since 1 May 2018. His basic salary is £52,000 per annum.(B) The Employer proposed a "
    "restructure of the sales team. The Employee was offered the suitable alternative role of "
    "National Account Manager (basic salary £47,000 per annum, car allowance £4,000) and "
    "declined it.",
    "2. PAYMENTS2.1 A payment in lieu of notice of £13,000 (three months' basic salary).2.2 An "
    "ex gratia termination payment of £18,000.",
    "SIGNED by ..................... for and on behalf of HOLMFIRTH CARTONS LIMITED",
    "SIGNED by ..................... DAVID ROSS",
    "EXECUTED as a deed by ..................... HOLMFIRTH CARTONS LIMITED",
    ""])


def test_agreement_names_the_post_that_ends() -> None:
    guide = parse_text(_SETTLEMENT, "agreement.txt")
    assert guide.role.text == "Area Sales Manager"
    us = parse_text("SEPARATION AGREEMENT\nEmployee's employment as Payroll Clerk II in the "
                    "Finance department will end on June 30, 2026. Employee's final annual base "
                    "salary is $45,000.00.\n", "us.txt")
    assert us.role.text.startswith("Payroll Clerk")


def test_execution_blocks_are_no_classified_ads() -> None:
    assert classified_ads([(1, "SIGNED by ...... for and on behalf of X LIMITED"),
                           (2, "SIGNED by ...... JO BLOGGS"),
                           (3, "EXECUTED as a deed by ...... X LIMITED")]) == []


def test_leaving_sums_are_no_pay_and_the_alternative_role_owns_its_pay() -> None:
    guide = parse_text(_SETTLEMENT, "agreement.txt")
    pay = _pay(guide)
    assert (None, 52000, 52000, "year") in pay
    assert ("National Account Manager", 47000, 47000, "year") in pay
    assert not any(low in (13000, 18000) for _, low, _, _ in pay)


def test_open_post_named_as_a_role_owns_its_bracketed_pay() -> None:
    assert _bracket_title("the open Billing Analyst role (Leeds, hybrid, ",
                          lambda title: title.endswith("Analyst")) == "Billing Analyst"
    assert _bracket_title("offered the role of Area Sales Manager (basic salary ",
                          lambda _: False) == "Area Sales Manager"
