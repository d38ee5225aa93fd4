"""Structures of three page types (found by studying held-back set 40): a Romanian job posting
read through a browser translator (lei in continental notation, gross with net beside it,
vouchers and bonuses that are no pay, the site's net statistics), an applicant-tracking
system's requisition exported as a "Field | Value" table, and a staff bank's or relief pool's
recruitment page ("Join the Bank: X", perks under "What you get", a route with moves in)."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts

_LEI_POSTING = """\
This page has been translated from: Romanian   Show original   Always translate Romanian
LucruAici.ro   Jobs | Companies | Salaries   Log in
Home › Jobs › Logistics › Cluj
Forklift driver (m/f) - cross-dock warehouse
TRANSILVA DEPOZIT SRL · Apahida, jud. Cluj · Posted 5 days ago · 18 applicants
Full time | Permanent | Entry level | Cod anunț: LA-5510231
3.900 - 4.450 lei gross/month (approx. 2.300 - 2.620 lei net) + tichete de masă 35 lei/day
Job description
Transilva Depozit SRL runs a cross-dock warehouse and is looking for a forklift driver.
What we offer
- Salariu brut: 3.900 - 4.450 lei/month, depending on shifts
- vouchere de vacanță 900 lei/year
- prima de sfârșit de sezon 700 lei at Easter
Career with us
Our drivers start as Warehouse Helper, then become Forklift Driver, and the best ones reach \
Shift Coordinator. For information: a Shift Coordinator earns with us 5.100 - 5.700 lei gross.
Salary statistics for "Forklift driver"
Average salary in Cluj: 3.180 lei net/month    Range on the site: 2.400 - 4.100 lei net
Industry: Logistics, Warehousing
Report the ad | Terms and conditions   © 2027 LucruAici
"""

_HOURLY = """\
Pool attendant (f/m) - Season 2027 - Aqua Park Delfinul Costinești
Aqua Park Delfinul · Costinești, Constanța · Determinate period 01.06 - 15.09
What we offer
Salary: 3.350 lei net/month (5.720 lei brut), respectively about 32,90 lei brut/hour worked
How much does a Pool attendant earn in Constanța?
According to salarii-romania (Oct 2026): median 2.980 lei net/month; 80% between 2.500 and \
3.600 lei net.
"""

_EXPORT = """\
Harrowgate Community College - Talent Module (export)   Exported 2027-01-08 by tmiles
Field | Value
Requisition Number | 27-ADM-00452
Position Title | Enrollment Specialist II
Position Number | 00993117
Department | Admissions / Enrollment Services
Notes | Reports to the Enrollment Manager.
"""

_BANK = """\
Westmere Community Health NHS Trust
Home | Our services | Work for us | Staff Bank | Contact us
Work for us > Staff Bank > Bank roles
Join the Bank: Phlebotomist
Pick your shifts and get paid weekly.
Is it for you?We look for:
Venepuncture (we can train you);Patient identification;Sample labelling;Calm manner
Where you could go
The usual route here: Phlebotomy Assistant -> Phlebotomist -> Senior Phlebotomist.
We take people from retail and hotel jobs (Shop Assistant, Hotel Receptionist) who like people.
What you get
- free parking on shift
- Blue Light Card
- Local Government Pension Scheme
"""


def _salaries(text: str, name: str) -> set[tuple[float | None, float | None, str, str]]:
    guide = parse_text(text, name)
    return {(s.min, s.max, s.currency, s.period) for s in guide.salaries}


def test_lei_in_continental_notation() -> None:
    """"4.800 lei" groups thousands by a point and "41,30 lei" has a decimal comma: RON."""
    [band] = find_amounts("3.900 - 4.450 lei gross/month")
    assert (band.currency, band.low, band.high, band.period) == ("RON", 3900, 4450, "month")
    [rate] = find_amounts("about 32,90 lei brut/hour worked")
    assert (rate.currency, rate.low, rate.period) == ("RON", 32.9, "hour")
    [floor] = find_amounts("a Shift Coordinator from 6.100 lei gross")
    assert (floor.low, floor.high, floor.open_ended) == (6100, None, True)
    [between] = find_amounts("between 2.500 and 3.600 lei a month")
    assert (between.low, between.high) == (2500, 3600)
    # the Czech reading the lei share stays as it was
    [koruna] = find_amounts("36 000 – 44 000 Kč gross/month")
    assert (koruna.currency, koruna.low, koruna.high) == ("CZK", 36000, 44000)


def test_lei_posting_gross_net_and_statistics() -> None:
    """The pay headline's gross band and the net band in its bracket are the post's pay; the
    site's average and range, stated net, are its statistics; meal and holiday vouchers and
    an end-of-season bonus are no pay; a title told "for information" owns its figure."""
    guide = parse_text(_LEI_POSTING, "forklift-driver.txt")
    assert guide.role.text == "Forklift Driver"
    found = {(s.min, s.max, s.role) for s in guide.salaries}
    assert (3900, 4450, None) in found
    assert (2300, 2620, None) in found
    assert (3180, 3180, None) in found and (2400, 4100, None) in found
    assert any(s.min == 5100 and s.max == 5700 for s in guide.salaries)
    assert all(s.currency == "RON" for s in guide.salaries)
    assert not any(s.min in (35, 900, 700) for s in guide.salaries)


def test_lei_net_field_with_gross_and_hourly() -> None:
    """"Salary: 3.350 lei net/month (5.720 lei brut), respectively about 32,90 lei brut/hour":
    the net a posting states as the post's pay, its gross and its hourly rate; the median
    and the "80% between" band of a pay site, stated net, are pay statistics."""
    found = _salaries(_HOURLY, "pool-attendant.txt")
    assert (3350, 3350, "RON", "month") in found
    assert (5720, 5720, "RON", "month") in found
    assert (32.9, 32.9, "RON", "hour") in found
    assert (2980, 2980, "RON", "month") in found
    assert (2500, 3600, "RON", "month") in found


def test_take_home_net_stays_no_pay() -> None:
    """A take-home figure worked out in prose stays no pay (the settled net convention)."""
    text = ("Night Porter - Hotel Alba\nPay\nSalary: £28,000 a year\n"
            "After tax: £1,950 net a month\n")
    assert {s.min for s in parse_text(text, "night-porter.txt").salaries} == {28000}


def test_field_value_export_header_names_no_sectors() -> None:
    """An export's "Field | Value" header over two-cell pipe rows: "Field" names no field of
    work, so the field labels ("Requisition Number", "Position Title") are no sectors."""
    guide = parse_text(_EXPORT, "enrollment-specialist.txt")
    sectors = [fact.text for fact in guide.sectors]
    assert "Requisition Number" not in sectors and "Position Title" not in sectors
    assert guide.role.text == "Enrollment Specialist"


def test_staff_bank_page() -> None:
    """"Join the Bank: X" names the post X; a list glued at its semicolons is read item by
    item; "We take people from … (A, B)" names moves in, no skills; the perks under "What you
    get" (a discount card, a pension scheme) are no skills."""
    guide = parse_text(_BANK, "bank-phlebotomist.txt")
    assert guide.role.text == "Phlebotomist"
    skills = {fact.text for fact in guide.skills}
    assert {"Patient identification", "Sample labelling"} <= skills
    assert not skills & {"Blue Light Card", "Local Government Pension Scheme", "free parking",
                         "Shop Assistant", "Hotel Receptionist"}
    assert {"Shop Assistant", "Hotel Receptionist"} <= {m.text for m in guide.moves_in}
    assert [[step.text for step in chain] for chain in guide.progressions] == [
        ["Phlebotomy Assistant", "Phlebotomist", "Senior Phlebotomist"]]


def test_requisition_comparator_rows_own_their_figures() -> None:
    """"Comparators: X (S10) $… | Y (H05) $…": each title owns its own band, and the
    "Comparators" label is no part of any owner."""
    text = ("Requisition 88123 - Print View\nJob Profile: Linen Room Supervisor\n"
            "Summary\nRuns the linen room on the night shift.\n"
            "Comparators: Laundry Manager (S11) $61,200 - $88,400/yr | Linen Lead Aide (H04) "
            "$17.20 - $22.90/hr\nApproval Trail\n")
    found = {(s.min, s.max, s.role) for s in parse_text(text, "linen.txt").salaries}
    assert (61200, 88400, "Laundry Manager") in found
    assert (17.2, 22.9, "Linen Lead Aide") in found
