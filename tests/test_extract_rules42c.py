"""Structures found on a second pass over held-back set 42: a staffing tender's price
schedule (the worker's pay column beside the agency fee and the client's charge, periods
stated in brackets "(per day)"), a rate card's night / weekend column beside its day rate,
a slash row whose first name the vocabulary lacks or is long, and a schedule's plant and
vehicle hire (no pay).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.money_grammar import label_period

_PRICE_SCHEDULE = """\
Harbourside Schools Partnership - Procurement notice mirror
Tender: Provision of Temporary Nursery Staff 2028-2030 (ref HSP-2027-14)
Awarded supplier: Tidewater Early Years Recruitment Ltd

Nursery Practitioner

Schedule 2 - Prices
Lot | Role | Pay rate to worker (per hour) | Agency fee (per hour) | Charge rate (per hour)
A | Nursery Practitioner (Level 3) | £12.80 - £14.10 | £4.20 | £17.00 - £18.30
A | Nursery Room Leader | £15.40 | £4.60 | £20.00
B | Nursery Cook | £12.20 | £3.90 | £16.10
"""


def _salaries(text: str, file: str) -> list[tuple[float, float | None, str, str | None]]:
    guide = parse_text(text, file)
    return sorted((s.min, s.max, s.period, s.role) for s in guide.salaries)


def test_bracketed_per_period_states_a_columns_period() -> None:
    assert label_period("Pay rate to worker (per hour)") == "hour"
    assert label_period("Fee (per annum)") == "year"
    assert label_period("Charge rate (per shift)") is None  # no period of pay
    assert label_period("Hourly rate (per day)") is None  # two periods named: none


def test_price_schedule_reads_the_workers_pay_not_the_charge() -> None:
    found = _salaries(_PRICE_SCHEDULE, "tender-nursery-practitioner.txt")
    assert (12.8, 14.1, "hour", None) in found
    assert (15.4, 15.4, "hour", "Nursery Room Leader") in found
    assert (12.2, 12.2, "hour", "Nursery Cook") in found
    figures = {low for low, _, _, _ in found}
    # neither the agency fee nor the client's charge is pay
    assert not figures & {4.2, 4.6, 3.9, 17.0, 20.0, 16.1}


_RATE_CARD = """\
Northvale Borough Council e-Tendering | Opportunities | My bids
Scaffolding Services Framework 2028-2031
Tenderer: Highrig Access Ltd (Company No. 07712345)

Scaffolder

Part A - Labour rates for a 9 hour shift, all overheads included.
Ref | Grade | Card | Day rate (Mon-Fri) | Night / weekend rate
S1 | Trainee Scaffolder | CISRS Trainee | £180.00 | £226.00
S2 | Scaffolder | CISRS Part 2 | £232.00 | £290.00
S3 | Advanced Scaffolder / Inspector | CISRS Advanced | £268.00 | £331.00
S4 | Site Labourer / Hod Carrier | CSCS | £150.00 | £188.00

Part B - Plant and vehicles
Telehandler with operator | per shift | £540.00
Tube and fittings (per tonne) | per week | £64.00
"""


def test_night_weekend_column_beside_a_day_rate_is_the_grades_day_charge() -> None:
    found = _salaries(_RATE_CARD, "tender-scaffolder.txt")
    assert (226.0, 226.0, "day", None) in found
    assert (290.0, 290.0, "day", None) in found


def test_slash_row_whose_first_name_is_long_or_unknown_names_its_first() -> None:
    found = _salaries(_RATE_CARD, "tender-scaffolder.txt")
    owners = {role for _, _, _, role in found}
    assert "Advanced Scaffolder" in owners or (268.0, 268.0, "day", None) in found
    assert "Site Labourer" in owners


def test_plant_and_vehicle_hire_is_no_pay() -> None:
    figures = {low for low, _, _, _ in _salaries(_RATE_CARD, "tender-scaffolder.txt")}
    assert not figures & {540.0, 64.0}
