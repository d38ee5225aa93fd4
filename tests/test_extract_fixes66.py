"""Defects other helpers noticed during stop 45, each on an invented page or name
(helper fixes66)."""

from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text
from careergraph.guides.roles import singular_title


def test_a_singular_word_ending_in_is_stays_as_written() -> None:
    assert singular_title("Commis") == "Commis"
    assert singular_title("pastry commis") == "pastry commis"
    assert singular_title("Chassis") == "Chassis"
    assert singular_title("Commis Bakers") == "Commis Baker"
    assert singular_title("Rabbis") == "Rabbi"


_FLIGHT_CREW = """# Flight Crew

Flight crew fly and navigate passenger aircraft for an airline.

## Pay

New first officers start on about £32,500 a year.
"""


def test_a_crew_named_for_its_place_is_a_title() -> None:
    guide = parse_text(_FLIGHT_CREW, "flight-crew.txt")
    assert guide.role.text == "Flight Crew"


_SWEEP = """# Street Sweep

Street sweeps keep a town's pavements and gutters clear of litter and leaves.

## Pay

Council rates start at £19,800 a year.
"""


def test_a_sweep_is_a_trade_head() -> None:
    assert parse_text(_SWEEP, "street-sweep.txt").role.text == "Street Sweep"


_WARDEN = """An Estate Warden — also known as a countryside ranger

Estate wardens look after woodland, paths and wildlife on country estates.

## Pay

Most start on £21,400 a year.
"""


def test_an_article_before_a_title_line_is_no_part_of_the_title() -> None:
    assert parse_text(_WARDEN, "estate-warden.txt").role.text == "Estate Warden"


_ASSESSORS = """Careers in Public Revenue

What they do: Valuation assessors are public officers who set the rateable value of homes.

Salary: £28,300 a year at entry.
"""


def test_a_labelled_what_they_do_row_opens_the_page() -> None:
    assert parse_text(_ASSESSORS, "public-revenue.txt").role.text == "Valuation Assessor"


_RIDER = """# Delivery Rider

Delivery riders in Quezon City carry food and parcels across town by motorbike.

## Salary

Pay is P16,500 to P21,000 a month before tips.
"""


def test_a_plain_p_before_a_figure_is_the_peso_on_a_page_in_pesos() -> None:
    salaries = facts_of(parse_text(_RIDER, "delivery-rider.txt")).salaries
    assert ("@self", 16500.0, 21000.0, "PHP", "month") in salaries


_CAPTIONER = """# Live Captioner

Live captioners type what speakers say as it is said, for TV and events.

## Pay

Most freelancers work on a 1099 rate and bill by the hour; staff captioners earn $52,400 a
year. As 1099 contractors they pay their own taxes.
"""


def test_a_tax_form_number_before_rate_or_contractor_is_no_pay() -> None:
    salaries = facts_of(parse_text(_CAPTIONER, "live-captioner.txt")).salaries
    assert not any(low == 1099.0 for _, low, _, _, _ in salaries)
    assert ("staff captioner", 52400.0, 52400.0, "USD", "year") in salaries


_CARER = """# Home Care Aide

Home care aides help older people wash, dress and eat in their own homes.

## Where you could work

Most aides work in health care and social assistance, and a few in hospitality.
"""


def test_a_known_two_part_sector_stays_whole() -> None:
    sectors = facts_of(parse_text(_CARER, "home-care-aide.txt")).sectors
    assert "health care and social assistance" in {s.lower() for s in sectors}
    assert "social assistance" not in {s.lower() for s in sectors}


_NIGHT_DESK = """# Night Receptionist

Night receptionists run a hotel's front desk overnight, checking guests in and out.

## Similar jobs near you

├ Night Auditor
│ Moorgate Inns · Harrogate · £12.40 an hour
└ Luggage Porter
  Castle View Hotel · Knaresborough · £11.80 an hour
"""


def test_the_last_card_of_a_box_drawn_tree_is_a_card() -> None:
    salaries = facts_of(parse_text(_NIGHT_DESK, "night-receptionist.txt")).salaries
    assert ("luggage porter", 11.8, 11.8, "GBP", "hour") in salaries
    assert not any(owner == "@self" for owner, *_ in salaries)


_STABLE = """Getting Started As A Stable Hand | What You Do | Pay
Grooms look after racehorses in a training yard. | mucking out, feeding, riding out | £11.50 an hour

Most grooms start as a stable hand, then become a head groom.
"""


def test_a_run_in_as_a_phrase_is_no_title() -> None:
    guide = parse_text(_STABLE, "groom.txt")
    assert guide.role.text == "Groom"

