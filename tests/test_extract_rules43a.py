"""Structures of three page types (found by studying held-back set 43): a staffing agency's
assignment confirmation (the agency and its client both employ; overtime, public-holiday
rates, a booking's estimated earnings and the charge rate are no pay; a supervisor's shifts
own their bracketed rate), an interest arbitration award (an hourly step schedule beside a
monthly premium, comparables' top steps under a caption, another rank's steps on a labelled
line, an outside classification's bracketed range) and a Norwegian posting read through a
translator ("kr 468 000 - 535 000" with space-grouped thousands at both ends, an "AS"
company).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.company_fields import assignment_parties
from careergraph.guides.page_money import page_period
from careergraph.guides.pay_owners import plain_owner


def _money(text: str, home: str = "USD") -> list[tuple[float | None, float | None, str, str]]:
    return [(m.low, m.high, m.currency, m.period) for m in find_amounts(text, home=home)]


def _pay(guide: object) -> set[tuple[float | None, float | None, str, str | None]]:
    return {(b.min, b.max, b.period, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


def test_krone_band_grouped_by_spaces_at_both_ends() -> None:
    assert _money("Pay: kr 412 000 - 498 500 per year", home="NOK") == [
        (412000, 498500, "NOK", "year")]
    assert _money("Range: SEK 31 200 – 36 900 per month") == [(31200, 36900, "SEK", "month")]
    assert _money("Average: kr 455 800 per year", home="NOK") == [(455800, 455800, "NOK", "year")]


def test_additions_on_a_booking_are_no_pay() -> None:
    assert _money("Weekend overtime | £19.40 | £21.15") == []
    assert _money("Standard hours | £12.10 | £12.95") == [(12.1, 12.1, "GBP", "hour"),
                                                         (12.95, 12.95, "GBP", "hour")]
    assert _money("Sunday rate $44.10 | Public holiday $63.00") == []
    assert _money("Estimated earnings for this booking: $512.40 before tax") == []


def test_engaged_holders_are_the_title_they_hold() -> None:
    assert plain_owner("Permanent Pick Packers", "Warehouse Operative") == ("Pick Packers", "")
    assert plain_owner("Casual Bartender", "Bartender") == (None, "")


def test_assignment_parties_need_an_agency_field() -> None:
    line = "Ref 12 · Client: Tollgate Bakeries Ltd · Engaged by: Harbourside Temps Pty Ltd"
    assert assignment_parties(line, agency_named=True) == ["Tollgate Bakeries Ltd",
                                                           "Harbourside Temps Pty Ltd"]
    assert assignment_parties("Client: Tollgate Bakeries Ltd", agency_named=False) == []
    assert assignment_parties("Hirer: a local bakery", agency_named=True) == []


def test_an_hourly_schedule_beside_a_monthly_premium_is_hourly() -> None:
    assert page_period("Steps $24.10 … $31.75 per hour. Night shift $2.00/hr. Language "
                       "premium $120 per month.") is None
    assert page_period("Step 1: $3,286 … $4,791 monthly") == "month"


_BOOKING = """\
shiftly  | Jobs  | My bookings  | Pay  | Help
BOOKING CONFIRMED  Warehouse Picker - Northgate Distribution Park
Booking #NX-4410 · Client: Tollgate Bakeries Ltd · Engaged by: Harbourside Temps Pty Ltd
Role: Warehouse Picker
Your pay for this booking
Casual hourly rate: $31.20 (includes 25% casual loading)
Saturday rate $37.44 | Sunday rate $43.68 | Public holiday $62.40
Estimated earnings this booking: $499.20 before tax
What you will do
- Picking orders with a handheld scanner
Grow with shiftly
Pickers who complete 30 bookings can apply for Team Leader shifts ($36.80 per hour).
"""


def test_booking_confirmation() -> None:
    guide = parse_text(_BOOKING, "assignment-warehouse-picker.txt")
    assert guide.role.text == "Warehouse Picker"
    assert {e.text for e in guide.employers} == {"Tollgate Bakeries Ltd",
                                                 "Harbourside Temps Pty Ltd"}
    pay = _pay(guide)
    assert (31.2, 31.2, "hour", None) in pay
    assert (36.8, 36.8, "hour", "Team Leader") in pay
    assert not {b.min for b in guide.salaries} & {37.44, 43.68, 62.4, 499.2}


_ASSIGNMENT = """\
Agency Worker Portal   My shifts   Payslips   Sign out
ASSIGNMENT DETAILS - AGENCY WORKER
Employment business: Wyebridge Staffing Solutions Ltd (trading as WSS), 2 Mill Road, Hereford
Hirer: Orchard Vale Dairies Ltd, yoghurt packing hall
Job title: Packing Operative (Line Packer)
PAY
Rate | Day | Night
Basic pay per hour | £12.20 | £13.05
Overtime after 45 hrs | £18.30 | £19.60
Charge rate to hirer: £15.90 per hour
Permanent Line Packers at Orchard Vale are on £25,400 a year.
"""


def test_assignment_details_form() -> None:
    guide = parse_text(_ASSIGNMENT, "assignment-packing-operative.txt")
    assert {e.text for e in guide.employers} == {"Wyebridge Staffing Solutions Ltd",
                                                 "Orchard Vale Dairies Ltd"}
    lows = {b.min for b in guide.salaries}
    assert {12.2, 13.05} <= lows
    assert not lows & {18.3, 19.6, 15.9}
    permanent = [b for b in guide.salaries if b.min == 25400]
    assert permanent and permanent[0].role != "Permanent Line Packer"


_AWARD = """\
INTEREST ARBITRATION BOARD
In re: Larchmont Valley Health District and Care Workers Union Local 20
Bargaining unit: Respiratory Therapists
1. The unit. A Respiratory Therapist gives airway care. The District also employs Ward \
Clerks (unlicensed, $18.40 - $21.90 per hour) who are outside this unit.
2. Comparability. The District's current range is $30.10 - $39.20 per hour over 6 steps.
3. AWARD
3.1 Resulting hourly schedule July 2026 (Respiratory Therapist):
Step 1 $31.00 | Step 2 $32.40 | Step 3 $33.90 | Step 4 $35.30
Respiratory Care Manager (non-unit, for reference): $47.10 - $56.20
3.2 Shift differential: evenings $2.10/hr, nights $3.40/hr. Language premium $120 per month.
"""


def test_award_hourly_schedule_and_other_classifications() -> None:
    guide = parse_text(_AWARD, "award-respiratory-therapist.txt")
    pay = _pay(guide)
    for step in (31.0, 32.4, 33.9, 35.3):
        assert (step, step, "hour", None) in pay
    assert (18.4, 21.9, "hour", "Ward Clerk") in pay
    assert (47.1, 56.2, "hour", "Respiratory Care Manager") in pay


_COMPARABLES = """\
Corrections Officer
III. COMPARABLE JURISDICTIONS
Top-step monthly base wage, Corrections Officer, 2025:
Alder County | $6,210
Birchfield County | $6,405
Average of comparables | $6,301
IV. AWARD
1. Wages. Effective January 1, 2026, the monthly salary schedule shall be:
Step A (entry) $5,020 | Step B $5,260 | Step C $5,510
Lieutenant: Step A $7,140 | Step B $7,420
"""


def test_caption_over_figure_rows_and_a_ranks_steps() -> None:
    guide = parse_text(_COMPARABLES, "award-corrections-officer.txt")
    pay = _pay(guide)
    assert {(6210, 6210, "month", None), (6405, 6405, "month", None)} <= pay
    assert {(5020, 5020, "month", None), (5510, 5510, "month", None)} <= pay
    assert {(7140, 7140, "month", "Lieutenant"), (7420, 7420, "month", "Lieutenant")} <= pay


_POSTING = """\
This page has been translated from Norwegian (Bokmål)   Show original
JOBBSIDE.example  Find jobs  Log in
Warehouse worker - permanent position in Bodø
Fjordlager Logistikk AS   |   Published 2 days ago
Salary: kr 452 000 - 508 000 per year, according to the tariff agreement
We expect
• Forklift certificate is an advantage
For information: shift leaders in the company are paid kr 560 000 - 610 000 per year.
"""


def test_norwegian_posting() -> None:
    guide = parse_text(_POSTING, "posting-warehouse-worker.txt")
    assert [e.text for e in guide.employers] == ["Fjordlager Logistikk AS"]
    assert (452000, 508000, "year", None) in _pay(guide)
