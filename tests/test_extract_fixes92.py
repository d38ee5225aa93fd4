"""Pay structures fixed at stop 57 (helper fixes92): one-sided ceilings by the lead's
convention (a posting's own "Salary: Up to X" field and a vacancy row's "Up to X" are bands
with no floor, a rung's bracketed ceiling is none), a register's "Step 1 | Top step |
Median actual" columns of bare figures, a temp booking's "Estimated earnings: $X before tax",
a translated posting's "We offer" glued to its net pay, a lower-case post's net bracket after
"the position of", a later post's bracket in the same sentence, and a vacancy row whose title
opens with "Loan".  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.delimited import _step_ends
from careergraph.guides.not_pay import _loan_title


def _bands(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


def _owners(guide: object) -> dict[float | None, str | None]:
    return {b.min: b.role for b in guide.salaries}  # type: ignore[attr-defined]


_BOARD = """\
Home / Jobs / Logistics / Da Nang
STOCK CONTROLLER
Tranh Long Packaging Co., Ltd · Da Nang · Full time
Salary: Up to $1,200 / month
Job description
- Count stock in the warehouse every week and reconcile it with the ERP.
- Prepare delivery notes and check incoming goods against purchase orders.
Career path: Stock Controller → Warehouse Supervisor (up to $1,600) → Logistics Manager.
Experienced controllers can earn up to $1,500 a month with bonuses.
Similar jobs
Purchasing Assistant · Da Nang · Up to $900
Delivery Coordinator · Hoi An · 700 - 950 USD
"""


def test_a_postings_own_ceiling_and_a_vacancy_rows_are_bands_with_no_floor() -> None:
    bands = _bands(parse_text(_BOARD, "stock-controller.txt"))
    assert (None, 1200.0, None) in bands  # the posting's own salary field
    assert (None, 900.0, "Purchasing Assistant") in bands  # a vacancy row's
    assert (700.0, 950.0, "Delivery Coordinator") in bands


def test_a_rungs_bracketed_ceiling_and_a_prose_ceiling_are_no_band() -> None:
    bands = _bands(parse_text(_BOARD, "stock-controller.txt"))
    assert not any(high in (1600.0, 1500.0) for _, high, _ in bands)
    # (the negative case: a rung's bracket with a floor is that rung's band)
    ranged = _BOARD.replace("(up to $1,600)", "($1,300 - $1,600)")
    assert (1300.0, 1600.0, "Warehouse Supervisor") in _bands(
        parse_text(ranged, "stock-controller.txt"))


_WALKIN = """\
Debt Collection Caller – Walk-in Drive
Posted by: Arunodaya Staffing (on behalf of client)
Salary & Benefits
CTC: ₹1.9 L – ₹2.7 L per annum
Growth: Debt Collection Caller → Shift Supervisor (CTC up to ₹3.6 LPA) → Branch Manager.
"""


def test_a_ladders_rung_with_a_ceiling_in_its_bracket_gets_no_band() -> None:
    bands = _bands(parse_text(_WALKIN, "debt-collection-caller.txt"))
    assert (190000.0, 270000.0, None) in bands
    assert not any(high == 360000.0 for _, high, _ in bands)
    ranged = _WALKIN.replace("(CTC up to ₹3.6 LPA)", "(CTC ₹2.9 – 3.6 LPA)")
    assert (290000.0, 360000.0, "Shift Supervisor") in _bands(
        parse_text(ranged, "debt-collection-caller.txt"))


_REGISTER = """\
Town of Brambleford, Vermont · Human Resources
Position Classification and Pay Register (FY 2026–27)
Classification: Meter Technician (series 5120) · FLSA: non-exempt

Classification | Class code | Step 1 | Top step | Incumbents | Median actual
Meter Technician I | 51201 | 48,110 | 59,870 | 4 | 52,300
Meter Technician II | 51202 | 53,240 | 66,010 | 6 | 60,450
Field Services Coordinator | 5180 | 61,900 | 77,640 | 2 | 70,120
Utilities Director | 9020 | by negotiation | — | 1 | —

Summary: a Meter Technician installs, reads and repairs water meters.
Data notes: ranges are annual; medians are of current incumbents.
"""


def test_a_registers_first_and_top_step_are_a_band_and_its_median_a_point() -> None:
    assert _step_ends(["Class", "Class code", "Step 1", "Top step"]) == {
        "low": [2], "high": [3]}
    guide = parse_text(_REGISTER, "meter-technician.txt")
    bands = _bands(guide)
    assert (48110.0, 59870.0, None) in bands
    assert (52300.0, 52300.0, None) in bands
    assert (61900.0, 77640.0, "Field Services Coordinator") in bands
    assert (70120.0, 70120.0, "Field Services Coordinator") in bands
    # the class code is no figure of the role's
    assert not any(low in (5180.0, 51201.0) for low, _, _ in bands)


def test_a_step_column_with_no_top_names_no_band() -> None:
    assert _step_ends(["Class", "Step 1", "Step 2", "Step 3"]) == {}
    assert _step_ends(["Class", "Top step", "Step 1"]) == {}  # (the top before the first)


_BOOKING = """\
crewpool   Bookings   Timesheets   Profile   Help
Booking #88120 confirmed ✓
Cloakroom attendant · also listed as Coat check attendant
Venue: Riverside Arena, Perth · Client: Riverside Events Pty Ltd
Pay: $36.20/hr including 25% casual loading
Estimated earnings: $968 before tax + superannuation 11.5 %
What you'll do
Taking and returning coats and bags, keeping tickets in order.
"""


def test_a_bookings_estimated_earnings_are_no_pay() -> None:
    bands = _bands(parse_text(_BOOKING, "cloakroom-attendant.txt"))
    assert (36.2, 36.2, None) in bands
    assert not any(low == 968.0 for low, _, _ in bands)
    # (the negative case: an estimate with its period is a salary estimate, kept)
    weekly = _BOOKING.replace("$968 before tax", "$968 a week before tax")
    assert any(low == 968.0 for low, _, _ in _bands(parse_text(weekly, "cloakroom-attendant.txt")))


_CROATIAN = """\
Translated from Croatian · Show original · Always translate Croatian
SezonaPosla.hr   Jobs   Seasonal work   Log in
Kayak guide (m/f) – season 2027
Zelena Uvala d.o.o. · Krk · 4 days ago

We expect
– English
– patience

We offer1.850,00 € net per month (gross approx. 2.560,00 €) from June to September
– in the off-season months: 1.100,00 € net per month

Career with us
After two seasons you can get the position of trip leader (2.450,00 € net) and later \
base station manager (from 2.900,00 €). Our van driver receives 75,00 € per day.
"""


def test_we_offer_glued_to_its_net_pay_heads_the_pay() -> None:
    owners = _owners(parse_text(_CROATIAN, "kayak-guide.txt"))
    assert 1850.0 in owners and owners[1850.0] is None
    assert 1100.0 in owners and owners[1100.0] is None
    assert 2560.0 not in owners  # the gross in the bracket is the same pay


def test_a_net_bracket_after_the_position_of_a_post_is_that_posts_pay() -> None:
    owners = _owners(parse_text(_CROATIAN, "kayak-guide.txt"))
    assert owners.get(2450.0) == "Trip Leader"
    assert owners.get(2900.0) == "Base Station Manager"  # the later bracket: its own post
    # (the negative case: a take-home in a bracket after no post stays no pay)
    taken = _CROATIAN.replace("the position of trip leader (2.450,00 € net)",
                              "a raise, so you take home more (2.450,00 € net)")
    assert 2450.0 not in _owners(parse_text(taken, "kayak-guide.txt"))


_DRIVE = """\
Collections Telecaller – Walk-in Drive
Posted by: Arunodaya Staffing (on behalf of client)
Salary & Benefits
CTC: ₹1.8 L – ₹2.5 L per annum
Similar walk-ins
Loan Sales Officer – Madurai – ₹ 2.2 – 3.0 Lacs P.A.
Loan Amount: up to ₹ 2 Lacs for staff
"""


def test_a_vacancy_row_whose_title_opens_with_loan_is_read() -> None:
    assert _loan_title("Loan Sales Officer – Pune", 0)
    assert not _loan_title("Loan Amount: ₹ 2 Lacs", 0)
    assert not _loan_title("Student Loan Repayments", len("Student "))
    bands = _bands(parse_text(_DRIVE, "collections-telecaller.txt"))
    assert (220000.0, 300000.0, "Loan Sales Officer") in bands
    assert not any(high == 200000.0 for _, high, _ in bands)  # a staff loan is no pay


_STATS = """\
Translated from Latvian · Show original
VakancesDienvidi.lv  Home  Vacancies  Salaries  Log in
KILN OPERATOR (ŽĀVĒTAVAS OPERATORS)
SIA Mežu Dēlis · Bauska · Full time
Work salary: 1 250 – 1 550 EUR/month bruto

Salary statistics of the position "Kiln operator" (DarbaVieta.lv, last 12 months)
Average work salary in Zemgale: 1 380 EUR bruto
Range of offers: 1 050 – 1 800 EUR bruto
Only every tenth offer exceeds 1 900 EUR.
"""


def test_a_job_sites_range_of_offers_is_the_roles_range() -> None:
    bands = _bands(parse_text(_STATS, "kiln-operator.txt"))
    assert (1050.0, 1800.0, None) in bands
    assert not any(low == 1900.0 or high == 1900.0 for low, high, _ in bands)  # one tail


def test_a_level_word_after_a_qualifier_names_a_post_of_its_own() -> None:
    page = _CROATIAN.replace("Kayak guide (m/f)", "Kayak instructor (m/f)").replace(
        "trip leader (2.450,00 € net)", "river lead kayak instructor (2.450,00 € net)")
    assert _owners(parse_text(page, "kayak-instructor.txt")).get(2450.0) == (
        "River Lead Kayak Instructor")
    # (the negative case: the role's own title at a level is the role's)
    own = page.replace("river lead kayak instructor", "lead kayak instructor")
    assert _owners(parse_text(own, "kayak-instructor.txt")).get(2450.0) is None
