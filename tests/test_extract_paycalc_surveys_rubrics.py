"""Take-home pay calculators, pay-survey reports and promotion rubrics (held-back set 14).

Each test writes its own small pages (invented sites, employers, societies and figures) in one
structure, at least three per variant, and asserts what the parser reads from them and the
tempting facts it must not read.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from guide_facts import pay

# -- take-home pay calculators: a results table by period, a dotted paycheck -------------------
RESULTS_TABLES = [
    ("NetWage UK | Salary calculator | Jobs\n"
     "Dental Hygienist salary after tax\n"
     "The average Dental Hygienist salary in the UK is £39,500 a year.\n"
     "Gross salary: £39,500 per year\nStudent loan: Plan 1\n[ Calculate ]\n"
     "\tYearly\tMonthly\tWeekly\tHourly\n"
     "Gross pay\t£39,500\t£3,292\t£760\t£20.26\n"
     "Income tax\t£5,386\t£449\t£104\t£2.76\n"
     "National Insurance\t£2,154\t£180\t£41\t£1.10\n"
     "Take-home pay\t£31,960\t£2,663\t£615\t£16.39\n"
     "What do Dental Hygienists earn?\n"
     "Dental Hygienists earn between £31,000 and £47,000.\n"
     "Similar jobs\nDental Therapist  £42,800  ›\nDental Nurse  £24,900  ›\n",
     {(39500, 39500, "GBP", "year", None), (31000, 47000, "GBP", "year", None),
      (42800, 42800, "GBP", "year", "Dental Therapist"),
      (24900, 24900, "GBP", "year", "Dental Nurse")}),
    ("PayMate Ireland\nQuantity Surveyor take-home pay 2026\n"
     "A Quantity Surveyor in Ireland earns €58,000 a year on average.\n"
     "  Annual  Monthly  Fortnightly  Weekly\n"
     "Gross  €58,000  €4,833  €2,231  €1,115\n"
     "PAYE  €11,140  €928  €428  €214\n"
     "USC  €1,310  €109  €50  €25\n"
     "PRSI  €2,320  €193  €89  €45\n"
     "Net pay  €43,230  €3,603  €1,663  €831\n"
     "Trainee Quantity Surveyors start at €34,000–€39,000.\n",
     {(58000, 58000, "EUR", "year", None), (34000, 39000, "EUR", "year", None)}),
    ("TakeHome.co.nz\nLandscape Gardener pay after tax\n"
     "Landscape Gardeners in New Zealand earn a median of NZ$54,600 a year.\n"
     "Your results\tYear\tMonth\tWeek\tDay\n"
     "Gross income\tNZ$54,600\tNZ$4,550\tNZ$1,050\tNZ$210\n"
     "PAYE tax\tNZ$8,900\tNZ$742\tNZ$171\tNZ$34\n"
     "KiwiSaver\tNZ$1,638\tNZ$137\tNZ$32\tNZ$6\n"
     "Take home pay\tNZ$44,062\tNZ$3,672\tNZ$847\tNZ$169\n"
     "Head Gardeners average NZ$68,000.\n",
     {(54600, 54600, "NZD", "year", None), (68000, 68000, "NZD", "year", "Head Gardener")}),
]


@pytest.mark.parametrize(("page", "expected"), RESULTS_TABLES)
def test_results_table_restates_and_deducts(page: str, expected: set[tuple]) -> None:  # type: ignore[type-arg]
    guide = parse_text(page, "calc.txt")
    assert pay(guide) == expected  # no monthly gross, no tax, no take-home pay


DOTTED = [
    ("WageWise\nElectrician paycheck calculator — Ohio\n"
     "Electricians in Ohio make a median of $27.10 per hour.\n"
     "Hourly rate ($)      27.10\nHours per week       42\n"
     "YOUR PAYCHECK (weekly)\n"
     "Gross pay ........................ $1,165.30\n"
     "  Regular 40 h × $27.10 ........... $1,084.00\n"
     "  Overtime 2 h × $40.65 ........... $81.30\n"
     "Federal income tax ................ −$118.40\n"
     "Social Security (6.2%) ............ −$72.25\n"
     "Ohio state tax .................... −$31.10\n"
     "Net pay .......................... $926.65\n"
     "Annual gross at this rate ≈ $60,596\n"
     "Percentile\tHourly\n10th\t$19.40\n25th\t$22.80\nMedian\t$27.10\n75th\t$31.90\n"
     "90th\t$38.20\n"
     "Most Ohio electricians earn between $22.80 and $31.90 an hour.\n",
     {(27.1, 27.1, "USD", "hour", None), (22.8, 31.9, "USD", "hour", None)}),
    ("CheckStub Pro\nForklift Operator take-home pay, Tennessee\n"
     "The average Forklift Operator in Tennessee makes $18.60 an hour.\n"
     "Gross pay: $744.00\nFederal tax withheld: $61.20\nMedicare: $10.79\n"
     "Tennessee income tax: $33.40\nTake-home pay: $638.61\n"
     "Forklift Operators in Tennessee typically earn between $16.20 and $21.40 an hour.\n",
     {(18.6, 18.6, "USD", "hour", None), (16.2, 21.4, "USD", "hour", None)}),
    ("SalaryNet\nPharmacy Technician paycheck (biweekly), Arizona\n"
     "Pharmacy Technicians in Arizona earn $21.35 per hour on average.\n"
     "Gross pay .......... $1,708.00\nFICA .......... −$130.66\n"
     "Arizona state tax .......... −$42.70\nNet pay .......... $1,534.64\n"
     "Pharmacy Technicians earn $18.90–$24.10 an hour. Pharmacists average $62.00 an hour.\n",
     {(21.35, 21.35, "USD", "hour", None), (18.9, 24.1, "USD", "hour", None),
      (62, 62, "USD", "hour", "Pharmacist")}),
]


@pytest.mark.parametrize(("page", "expected"), DOTTED)
def test_dotted_paycheck_and_percentiles(page: str, expected: set[tuple]) -> None:  # type: ignore[type-arg]
    guide = parse_text(page, "paycheck.txt")
    assert pay(guide) == expected  # no deductions, net pay, one-sided or restated quartiles


def test_gross_salary_outside_a_calculator_is_pay() -> None:
    page = ("Welder career guide\nWelders join metal parts.\nSalary\n"
            "Gross salary: $52,000 per year\nOvertime pay: $41.00 an hour\n")
    assert (52000, 52000, "USD", "year", None) in pay(parse_text(page, "welder.txt"))
