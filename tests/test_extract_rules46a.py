"""Structures of three page types (found by studying held-back set 46): a municipal pay
register searched for one job title (a pipe table whose "Step 1 | Step 5 (top)" columns are
one band and whose "Range" column numbers the pay range; a naming threshold), a Lithuanian
job posting read through a translator (the title line over its firm's line, a legal form
before the firm's name, hourly euro rates, a share of the site's ads) and a Serbian posting
read through a translator (dinar amounts with point-grouped thousands, net figures after a
floor word, the hot meal and holiday allowance).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.delimited import band_joined


def _money(text: str, home: str = "USD") -> list[tuple[float | None, float | None, str | None]]:
    return [(m.low, m.high, m.currency) for m in find_amounts(text, home=home)]


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


_REGISTER = """\
City of Pellham Ridge — Human Resources
Home | Residents | Jobs | Pay Transparency
Position & Pay Register
Classification: WATER METER TECHNICIAN I / II          Class codes: 7710, 7711
Classification | Range | Step 1 | Step 5 (top) | Incumbents | Median actual
Water Meter Technician I | 31 | $48,110 | $58,480 | 4 | $51,200
Water Meter Technician II | 35 | $53,090 | $64,530 | 6 | $60,010
Utility Crew Lead | M-9 | $66,200 | $80,470 | 1 | —
Typical career progression: Water Meter Technicians may compete for Utility Crew Lead.
"""


def test_a_registers_first_and_top_step_are_one_band_and_its_range_number_no_pay() -> None:
    guide = parse_text(_REGISTER, "water-meter-technician.txt")
    pay = _pay(guide)
    assert (48110, 58480, None) in pay
    assert (53090, 64530, None) in pay
    assert (66200, 80470, "Utility Crew Lead") in pay
    assert (51200, 51200, None) in pay  # the incumbents' median: a point of its own
    lows = {low for low, _, _ in pay}
    assert not lows & {31, 35, 9, 58480, 64530}  # no range number, no top step alone


def test_a_full_step_schedule_is_no_band_of_two_columns() -> None:
    words = (("title", ("classification",)), ("pay", ("salary",)))
    row = ["Clerk", "$30,000", "$31,000", "$32,000"]
    assert band_joined(["Classification", "Step 1", "Step 2", "Step 3"], row, words) == row
    assert band_joined(["Classification", "Step 1", "Step 5 (top)", "Median"],
                       ["Clerk", "$30,000", "$34,000", "$31,500"], words) == [
        "Clerk", "$30,000 – $34,000", "", "$31,500"]


def test_a_registers_naming_threshold_is_no_pay() -> None:
    assert _money("It does not name post-holders below £50,000.", "GBP") == []
    assert _money("Pay range: £24,790 – £26,409", "GBP") == [(24790, 26409, "GBP")]


_LITHUANIAN = """\
This page has been translated from Lithuanian. Show original | Options
DarbasDabar.lt · Job offers · Companies
Job offers › Production › Kaunas district
Window fitter – plastic windows and doors
UAB Langų Meistrai   |   Kaunas   |   Full-time   |   2 places
Hourly rate: 6,90 – 8,80 EUR/h gross
Requirements for the candidate
▪ ability to read technical drawings
▪ ability to work in a team
We offer
◦ For a Junior fitter: 1200 – 1350 EUR gross during the training
Salary statistics
Window fitter, Kaunas district: median 1 390 EUR/month gross
Quarter of offers exceeds 1 650 EUR
"""


def test_a_translated_postings_title_over_its_firm_line_and_the_prefixed_form() -> None:
    guide = parse_text(_LITHUANIAN, "lithuanianmt-window-installer.txt")
    assert guide.role.text == "Window Fitter"  # the title line, no file name's prefix
    assert "UAB Langų Meistrai" in _facts(guide, "employers")


def test_hourly_euro_rates_and_labelled_gross_figures_are_pay_a_share_of_ads_no_band() -> None:
    pay = _pay(parse_text(_LITHUANIAN, "page.txt"))
    assert (6.9, 8.8, None) in pay
    assert (1200, 1350, None) in pay
    assert (1390, 1390, None) in pay
    assert not any(low == 1650 for low, _, _ in pay)  # "Quarter of offers exceeds …"


def test_a_file_names_collection_prefix_is_no_part_of_the_title() -> None:
    page = "Our workshop builds boats.\nWe hire people who like wood and water.\n"
    guide = parse_text(page, "shopnotes-boat-builder.txt")
    assert guide.role.text == "Boat Builder"


_SERBIAN = """\
This page has been translated from: Serbian   Show original
RadniOglas.rs   Jobs   Employers   Salaries
Home › Jobs › Production › Čačak
Baker (pekar) – night shift
Pekara Zlatni Klas d.o.o. · Čačak · Full time
Salary: from 82.000 to 96.000 RSD net + percentage from the sales
We offer
- Hot meal (topli obrok) 550 din. per working day and recourse (regres) 18.000 din. per year
- Trainees (pripravnici) in the first month: 74.000 din. net
Salary statistics
Range of offered salaries: 71.000 – 99.000 RSD
12% of ads offer more than 101.000 RSD
"""


def test_dinar_amounts_with_point_grouped_thousands() -> None:
    assert _money("85.000 – 98.000 din. net per month") == [(85000, 98000, "RSD")]
    assert _money("from 150.000 RSD") == [(150000, None, "RSD")]
    assert _money("a din of 85 voices") == []


def test_a_serbian_postings_net_pay_is_read_its_meal_and_holiday_allowance_not() -> None:
    guide = parse_text(_SERBIAN, "page.txt")
    pay = _pay(guide)
    assert (82000, 96000, None) in pay
    assert (74000, 74000, None) in pay
    assert (71000, 99000, None) in pay
    lows = {low for low, _, _ in pay}
    assert not lows & {550, 18000, 101000}
    assert "Pekara Zlatni Klas d.o.o." in _facts(guide, "employers")


_NORWEGIAN = """\
This page has been translated from Norwegian
ArbeidNå.no  Find jobs  Companies
Home › Jobs › Fishing › Troms
Net mender - permanent position at Skjervøy
Vestfjord Garn AS   |   Published 2 days ago   |   Application deadline: 20.01
Salary: kr 455 000 - 510 000 per year
"""


def test_the_firm_under_a_title_line_read_so_still_employs() -> None:
    guide = parse_text(_NORWEGIAN, "page.txt")
    assert guide.role.text == "Net Mender"
    assert "Vestfjord Garn AS" in _facts(guide, "employers")


_COMPARED = """\
Translated to: English  |  Original language: Serbian
Tiler – ceramic tiles (keramičar)
Keramika Morava d.o.o. · Niš · Full time
Salary: from 88.000 to 110.000 RSD net
Career
For comparison: a plumber here has 120.000 – 140.000 RSD, the site manager from 160.000 RSD.
Similar ads
Sorter of tiles – Niš – 79.000 din.
"""


def test_a_comparisons_titles_and_a_similar_ads_title_own_their_figures() -> None:
    pay = _pay(parse_text(_COMPARED, "page.txt"))
    assert (88000, 110000, None) in pay
    assert (120000, 140000, "Plumber") in pay
    assert (160000, None, "Site Manager") in pay
    assert (79000, 79000, "Sorter of Tiles") in pay
