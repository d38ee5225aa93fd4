"""Structures of three page types (found by studying held-back set 57): pre-employment
background check reports (the client's field, verified earlier titles owning their entry's
pay, a reported pay the check contradicts, a credit report's balances), wage subsidy and
on-the-job training agreements (the employer's legal name, a trainee's previous occupation,
the subsidy's instalments, a promotion to a graded post, a dashed post's role bracket, a job
worked as with its notes) and unemployment insurance claims (a record of employment's title,
insurable earnings by pay period, base period wages, benefit amounts, vacation and standby
pay).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.company_fields import company_field
from careergraph.guides.hire_fields import next_entry, verified_post
from careergraph.guides.not_pay import _labelled_strip, _money_words
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon


def _pay(guide: object) -> set[tuple[str | None, float | None, float | None, str | None]]:
    return {(b.role, b.min, b.max, b.period)  # type: ignore[attr-defined]
            for b in guide.salaries}  # type: ignore[attr-defined]


def _texts(facts: object) -> list[str]:
    return [fact.text for fact in facts]  # type: ignore[attr-defined]


# ---------------------------------------------------------------- background check reports

_SCREENING = """\
Trustline Checks   Candidate Portal   My Reports   Sign out
CONSUMER REPORT — CANDIDATE COPY
POSITION INFORMATION (as provided by client)Client: Harbor Freightways, LLC   Client industry: \
Freight trucking
Position applied for: Tanker Driver   Position location: Tulsa, OK
Compensation (client-provided): $27.40 per hour
EMPLOYMENT VERIFICATION
1. Redline Haulage Inc. — Tulsa, OK
Title reported: Driver   Title verified: Dump Truck Driver
Pay reported: $21.30/hr   Pay verified: $20.90/hr
2. Prairie Parcel Co. — Enid, OK
Title reported: Van Driver   Title verified: Delivery Driver
Pay reported: $17.60/hr   Pay verified: not disclosed (company policy)
MILITARY VERIFICATIONBranch: Army   Service dates: 2008 – 2012
"""


def test_screening_client_employs_the_role() -> None:
    guide = parse_text(_SCREENING, "tanker-driver.txt")
    assert "Harbor Freightways, LLC" in _texts(guide.employers)


def test_verified_titles_are_moves_in_owning_their_pay() -> None:
    guide = parse_text(_SCREENING, "tanker-driver.txt")
    assert {"Dump Truck Driver", "Delivery Driver"} <= set(_texts(guide.moves_in))
    pay = _pay(guide)
    assert ("Dump Truck Driver", 20.9, 20.9, "hour") in pay
    # the employer did not disclose it: the reported pay stands
    assert ("Delivery Driver", 17.6, 17.6, "hour") in pay
    # the reported pay the check corrects is no pay, and no figure is the role's but its own
    assert all(min_ != 21.3 for _, min_, _, _ in pay)
    assert (None, 27.4, 27.4, "hour") in pay


def test_verified_post_and_next_entry() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert verified_post("Applicant-reported title: Clerk   Verified title: Teller II", vocab,
                         "Loan Officer") == "Teller"
    assert verified_post("Title reported: Tanker Driver", vocab, "Pilot") is None
    assert next_entry("Employer: Cobalt Savings Bank, Ames, IA")
    assert next_entry("3. Bright Foods Inc. — Ames, IA")
    assert not next_entry("Salary: $16.10/hr (verified)")


def test_contradicted_salary_keeps_the_verified_figure() -> None:
    page = ("Underwriter\nBackground Report\n"
            "Position applied for: Underwriter   Location: Ames, IA\n"
            "EMPLOYMENT VERIFICATION\nEmployer: Cobalt Savings Bank, Ames, IA\n"
            "Applicant-reported title: Underwriter   Verified title: Credit Analyst\n"
            "Salary: applicant-reported $61,000/yr; verified $55,200/yr\n")
    pay = _pay(parse_text(page, "underwriter.txt"))
    assert ("Credit Analyst", 55200, 55200, "year") in pay
    assert all(min_ != 61000 for _, min_, _, _ in pay)


def test_credit_report_balance_is_no_pay() -> None:
    page = ("Underwriter\nEMPLOYMENT CREDIT REPORT\n"
            "Auto loan — Lakeside Auto Credit — Balance $12,400 — Current\n"
            "Revolving — 2 accounts — Total balance $1,900 — Current\n")
    assert _pay(parse_text(page, "underwriter.txt")) == set()


# ---------------------------------------------------------------- wage subsidy / OJT agreements

_OJT = """\
ON-THE-JOB TRAINING AGREEMENT AND TRAINING PLAN
SECTION A — EMPLOYER
Legal name: Northfield Castings, Inc.   DBA: NF Cast   Address: 4x10 Foundry Rd, Peoria, IL 61602
SECTION B — TRAINEE
Previous occupation: Tyre Fitter, Quickfit Tyres (laid off) — last wage $16.20/hr
SECTION C — TRAINING POSITION
Job title: Maintenance Welder   Starting wage during OJT: $20.00 per hour
SECTION E — CAREER PATH
After 12 months, welders who pass the test may be promoted to Welding Technician II ($25.40/hr).
"""


def test_training_agreement_legal_name_employs() -> None:
    assert company_field("Legal name: Northfield Castings, Inc.   DBA: NF Cast") == (
        "Northfield Castings, Inc.")
    assert company_field("Legal name: Maria J. Lopez   DOB: 01/02/1990") is None
    assert "Northfield Castings, Inc." in _texts(parse_text(_OJT, "welder.txt").employers)


def test_previous_occupation_is_a_move_in_with_its_wage() -> None:
    guide = parse_text(_OJT, "welder.txt")
    assert "Tyre Fitter" in _texts(guide.moves_in)
    assert ("Tyre Fitter", 16.2, 16.2, "hour") in _pay(guide)


def test_promotion_to_a_graded_post_owns_its_bracket() -> None:
    guide = parse_text(_OJT, "welder.txt")
    assert ("Welding Technician II", 25.4, 25.4, "hour") in _pay(guide)


def test_dashed_post_role_and_worked_as_brackets() -> None:
    page = ("Home Care Worker\nProgression\n"
            "Workers can apply for the Shift Lead — Community Care role ($31.20 per hour).\n"
            "She worked as a Retail Assistant (Aldi, 2018–2023, $25.10/hr casual) before.\n")
    pay = _pay(parse_text(page, "home-care-worker.txt"))
    assert ("Shift Lead — Community Care", 31.2, 31.2, "hour") in pay
    assert ("Retail Assistant", 25.1, 25.1, "hour") in pay


def test_subsidy_instalments_are_no_pay() -> None:
    page = ("Support Worker\nRate of pay: $27.90 per hour\nTotal subsidy: up to $9,000 paid in "
            "arrears   Instalment schedule: 4 weeks $1,400 | 13 weeks $2,800 | 26 weeks $4,800"
            "   Claim online.\n")
    assert _pay(parse_text(page, "support-worker.txt")) == {(None, 27.9, 27.9, "hour")}


# ---------------------------------------------------------------- unemployment insurance claims

def test_record_of_employment_is_no_role() -> None:
    page = ("Record of Employment (ROE) — Electronic   Serial No. X   Issued: 2026-03-01\n"
            "Block 15B Total insurable earnings: $30,100.00\n"
            "Employer 1: Town of Elmvale | Job title: Grader Operator | Rate of pay: $27.10 per "
            "hour\n")
    assert parse_text(page, "grader-operator.txt").role.text == "Grader Operator"


def test_claim_sums_are_no_pay() -> None:
    page = ("Bus Driver\nClaim Summary\n"
            "Weekly Benefit Amount (WBA): $390.00   Maximum Benefit Amount (MBA): $5,070.00   "
            "Balance: $3,120.00   Partial earnings disregard: $50.00\n"
            "Base period wages: Q1-2026 $10,400.00 | Q2-2026 $11,800.50 | Total $22,200.50\n"
            "Insurable earnings by pay period: PP1 $2,310.12 | PP2 $2,150.00 | PP3 $2,980.40\n"
            "Vacation pay: $1,180.20 (paid on final pay)   Other monies: Standby pay $1,300.00\n"
            "Benefit rate: $640 per week   Desired wage: $22.00/hr minimum\n"
            "Rate of pay: $24.50 per hour\n")
    assert _pay(parse_text(page, "bus-driver.txt")) == {(None, 24.5, 24.5, "hour")}


def test_labelled_strip() -> None:
    before = _money_words()[1]
    text = "Insurable earnings by pay period: PP1 $2,410.12 | PP2 $2,291.20 | PP3 $1,95"
    assert _labelled_strip(text, text.index(" PP2"), before)
    text = "Shift rates: Day $21.00 | Night $24.00"
    assert not _labelled_strip(text, text.index(" Night"), before)
