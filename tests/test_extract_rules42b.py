"""Structures of three page types (found by studying held-back set 42): a statutory annual
report's workforce section (its reporting body employs; moves told with the band of the post
moved to; the chief executive's possessive salary; workforce medians, pay ratios and expenses
no pay), a public tender's price schedule (the supplier employs; a "Day rate" column and its
sibling rate columns; a "Sector scheme" column of card codes), and an NHS job plan (the trust
employs; "Post: X in <specialty>" names X)."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.company_fields import supplier_field
from careergraph.guides.money_grammar import label_period

_ANNUAL_REPORT = """\
Northfell Rail Services plc  Annual Report and Accounts 2026          Strategic report
Investors > Reports > Annual Report 2026

OUR PEOPLE
Our signalling maintainers
Signalling Maintainers keep points, track circuits and level crossings working across our
northern routes.

Pay and progression
Signalling Maintainers are paid on a range of £33,400 - £41,200.
This year 12 maintainers were promoted to Signalling Section Manager\
 (Band 6, £46,100 - £52,800).
In 2026, 30 maintainers progressed to Senior Signalling Maintainer and 4 to Operations\
 Manager (range £55,000 - £61,500).
The Chief Executive's salary was in the band £210,000 - £215,000\
 (2025: £205,000 - £210,000).
The highest paid director's remuneration was 6.2 times the median pay of the workforce,\
 which was £34,950.
Median employee total pay and benefits: £38,700. No director received fees; directors'\
 expenses totalled £4,210.
"""

_TENDER = """\
Eastcombe City Council e-Sourcing   |   Opportunities   |   My bids
Opportunity ECC/2027/044 > Schedule 3 - Prices > Bid (read-only)
Grounds Maintenance Framework 2027-2030
Contracting authority: Eastcombe City Council
Tenderer: Hollin Grounds Care Ltd (Company No. 01234567)

Groundsworker
Part A - Labour rates for a 9 hour shift, all overheads included.
Ref | Grade | Sector scheme | Day rate (Mon-Fri) | Weekend day rate
G1 | Trainee Groundsworker | LANTRA 1 | £172.00 | £214.00
G2 | Groundsworker | LANTRA 2 | £221.00 | £268.00
G3 | Grounds Team Supervisor | LANTRA 3 | £289.00 | £350.00
"""

_JOB_PLAN = """\
Marrowby Community NHS Foundation Trust | Medical Workforce | Job pack
Consultant Radiologist - Breast Imaging Service   Ref 118-RAD-4410
APPENDIX 3 - PROPOSED JOB PLAN
Post: Consultant Radiologist in Breast Imaging (Consultant Breast Radiologist), 10 PAs
Contract: Consultant Contract (2003) | Salary: £105,504 - £139,882 per annum
Day | AM | PM
Monday | Screening assessment clinic (DCC 1.0) | Reporting (DCC 1.0)
"""


def test_annual_report_workforce_section() -> None:
    """The reporting body employs; the bands of the posts moved to are theirs, the chief
    executive's band his; workforce medians, a pay ratio's median and expenses are no pay."""
    guide = parse_text(_ANNUAL_REPORT, "annualreport-signalling-maintainer.txt")
    assert guide.role.text == "Signalling Maintainer"
    assert "Northfell Rail Services plc" in {e.text for e in guide.employers}
    found = {(s.min, s.max, s.role) for s in guide.salaries}
    assert (33400, 41200, None) in found
    assert (46100, 52800, "Signalling Section Manager") in found
    assert (55000, 61500, "Operations Manager") in found
    assert (210000, 215000, "Chief Executive") in found
    assert (205000, 210000, "Chief Executive") in found
    assert not {34950, 38700, 4210} & {s.min for s in guide.salaries}


def test_tender_price_schedule() -> None:
    """The tenderer employs (the contracting authority does not); each grade's day rate, and
    its weekend day rate, is a day's figure; the scheme column names no sectors."""
    guide = parse_text(_TENDER, "tenderrates-groundsworker.txt")
    assert guide.role.text == "Groundsworker"
    employers = {e.text for e in guide.employers}
    assert "Hollin Grounds Care Ltd" in employers
    assert "Eastcombe City Council" not in employers
    found = {(s.min, s.period, s.role) for s in guide.salaries}
    assert (221, "day", None) in found
    assert (268, "day", None) in found
    assert (289, "day", "Grounds Team Supervisor") in found
    assert not any(s.period == "hour" for s in guide.salaries)
    assert not {s.text for s in guide.sectors} & {"LANTRA 1", "LANTRA 2", "LANTRA 3"}


def test_supplier_fields() -> None:
    """Only a supplier field naming a firm with its legal form counts."""
    assert supplier_field("Awarded supplier: Ferrand Cover Limited | Runner-up: X Ltd") == (
        "Ferrand Cover Limited")
    assert supplier_field("Contracting authority: Eastcombe City Council") is None
    assert supplier_field("Supplier: to be confirmed") is None


def test_fair_pay_floor() -> None:
    """A fair-pay clause's "no less than £X per hour" is an open-ended floor, not a top."""
    [floor] = find_amounts("The Contractor shall pay all crews no less than £12.90 per hour.")
    assert (floor.low, floor.high, floor.open_ended, floor.period) == (12.9, None, True, "hour")
    [top] = find_amounts("Most crews earn less than £14.10 per hour.")
    assert top.low is None
    page = ("Millwright\nMillwrights shall supply their own tools to a value of not less than "
            "$4,000.00 and are paid $41.20 per hour.\n")
    guide = parse_text(page, "millwright.txt")
    assert {s.min for s in guide.salaries} == {41.2}  # (a tool kit's worth: no pay)


def test_day_rate_heads() -> None:
    """A "Day rate" column states a day; a "Rate" head alone states nothing."""
    assert label_period("Day rate (Mon-Fri 07:00-19:00)") == "day"
    assert label_period("Day rates") == "day"
    assert label_period("Rate") is None


def test_job_plan_post_and_trust() -> None:
    """The "Post:" field's title before its specialty is the role; the trust whose job pack
    it is employs; the contract line's salary is the role's."""
    guide = parse_text(_JOB_PLAN, "jobplan.txt")
    assert guide.role.text == "Consultant Radiologist"
    assert "Marrowby Community NHS Foundation Trust" in {e.text for e in guide.employers}
    # a "Contract:" label names the terms, no post: the salary on its line is the role's
    assert (105504, 139882, None) in {(s.min, s.max, s.role) for s in guide.salaries}


def test_named_code_is_no_workplace() -> None:
    """A name after "at" that a document noun follows is that document's title."""
    page = ("Crane Signaller\nOur signallers guide lifts to BS 7121 and the Safety at Lifting "
            "Works code, and carry out checks at every set-up.\n")
    guide = parse_text(page, "crane-signaller.txt")
    assert "Lifting Works" not in {e.text for e in guide.employers}
