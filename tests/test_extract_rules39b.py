"""Payslip explainers, domestic-staffing agency role guides and bursary schemes (helper
rules39b, 2026-12-05).  Every page here is invented: other posts, other wording, other
figures than any fixture."""

from __future__ import annotations

from pathlib import Path

from careergraph.guides.amounts import find_amounts
from careergraph.guides.listing_strip import own_posting, rung_brackets, strip_postings
from careergraph.guides.moves import prose_moves
from careergraph.guides.paycheck import calculator_lines
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from guide_facts import parsed_page

_VOCAB = Vocabulary.from_lexicon(load_lexicon())


_Pay = set[tuple[float | None, float | None, str | None]]


def _pay(guide) -> _Pay:  # type: ignore[no-untyped-def]
    return {(s.min, s.max, s.role) for s in guide.salaries}


_TRAM_PAYSLIP = """Northfield Trams Staff Zone   Home | My Pay | Sign out
My Pay › Guides › Drivers
YOUR PAYSLIP EXPLAINED: TRAM DRIVER
This guide walks a Tram Driver through a four-weekly payslip.
Basic pay
Tram Drivers are paid £36,200 a year on appointment.
Sample payslip — period 3
Code | Element | Units | Rate | Value
0110 | BASIC PAY | | | 2,785.00
0450 | EARLY TURN ALLOW | 10.00 | 4.1000 | 41.00
|| TOTAL GROSS | | | 2,826.00
8001 | PAYE | | | -402.15
8002 | NI | | | -198.60
8120 | PENSION | | | -171.30
8210 | UNION UNITE | | | -14.75
|| NET PAY | | | 2,039.20
"""


def test_payslip_rows_with_element_codes(tmp_path: Path) -> None:
    """A payslip's coded rows: the code is no figure, a negative-only row is a deduction, the
    total gross and the net pay are the period's arithmetic; the basic pay line stays."""
    guide = parsed_page(tmp_path, "tram-driver.txt", _TRAM_PAYSLIP)
    figures = {s.min for s in guide.salaries}
    assert 36200 in figures and 2785 in figures
    assert not figures & {8001, 8002, 8120, 8210, 2826, 2039.2, 402.15, 198.6}
    rows = [(no, line) for no, line in enumerate(_TRAM_PAYSLIP.splitlines(), 1)]
    found = calculator_lines(rows)
    assert {11, 12, 13, 14, 15, 16} <= found and 9 not in found


_VALET_GUIDE = """KESTREL & HOLT PRIVATE STAFF  ☎ 0131 496 0000   Register as a candidate   Login
Home / Candidates / Role guides / Valet
VALETRole guide & salary survey 2027
The valet looks after the principal's wardrobe, packing and travel.
LIVE-IN OR LIVE-OUT?
Most valets travel with the principal; a few live out.
WHAT FAMILIES PAY (Edinburgh & the Lothians, full time)
Live-in:   £41,000 – £47,000 gross per annum  |  approx. £610 – £700 net per week
Live-out:  £38,000 – £44,000 gross per annum
A car and a phone are often added; they are benefits, not salary.
DUTIES & SKILLS
— Pressing and packing
Many valets later move sideways to become a Personal Assistant to a principal.
Latest valet jobs: Live-in Valet, Perthshire, £44k | Valet, Fife, £41k | Couple (Valet & \
Cook), Angus, £83k joint
Privacy · Terms · Modern Slavery Statement · Kestrel & Holt Private Staff Ltd, company no. 04455667
"""


def test_agency_guide_role_pay_and_footer(tmp_path: Path) -> None:
    """The slash trail names the post; a capitals heading with its region note opens the pay;
    the net beside a gross on a rate row is pay too; each posting of the latest-jobs strip
    owns its figure, the couple's joint one none; the footer's links and company number are
    chrome, no employers."""
    guide = parsed_page(tmp_path, "valet.txt", _VALET_GUIDE)
    assert guide.role.text == "Valet"
    pay = _pay(guide)
    assert {(41000, 47000, None), (610, 700, None), (38000, 44000, None), (44000, 44000, None),
            (41000, 41000, None)} <= pay
    assert not any(low == 83000 for low, _, _ in pay)
    assert not any(role and "Couple" in role for _, _, role in pay)
    names = {e.text for e in guide.employers}
    assert not names & {"Privacy", "Terms", "Modern Slavery Statement"}
    assert not any("company no" in name for name in names)


def test_strip_of_postings() -> None:
    assert strip_postings(["Latest jobs: Cook, York, £31k", "Head Cook, Leeds, £38k"]) == [
        ("Cook", "York", "£31k"), ("Head Cook", "Leeds", "£38k")]
    assert strip_postings(["Cook, York, £31k", "Couple (Cook & Gardener), Ripon, £60k"]) == [
        ("Cook", "York", "£31k"), None]
    assert strip_postings(["Cook | £31k"]) is None
    assert own_posting("Part-time Cook", "Cook") and not own_posting("Head Cook", "Cook")


_GOVERNESS_GUIDE = """Governess — role guide for candidates
A governess teaches a family's children at home.
Pay we see in 2027 (full time, 45 hours a week)
Surrey, live-out: £780 – £900 gross per week (about £610 – £690 net)
Surrey, live-in: £700 – £820 gross per week
Skills families ask for
• Tutoring to GCSE
"""


def test_pay_heading_with_its_year_and_hours(tmp_path: Path) -> None:
    """"Pay we see in 2027 (full time, 45 hours a week)" heads the pay rows: its year and its
    hours note count no words."""
    pay = _pay(parsed_page(tmp_path, "governess.txt", _GOVERNESS_GUIDE))
    assert {(780, 900, None), (610, 690, None), (700, 820, None)} <= pay


def test_net_in_a_sentence_stays_take_home() -> None:
    """Prose that nets a gross down ("that is about 1 210 € net") gives no pay; a rate row's
    net beside its gross does."""
    prose = find_amounts("She earns 1 540 € gross per month, that is about 1 210 € net.")
    assert [m.low for m in prose] == [1540]
    row = find_amounts("Leeds, live-out: £500 – £560 gross per week (about £420 – £470 net)")
    assert [(m.low, m.high) for m in row] == [(500, 560), (420, 470)]


_CADETSHIP = """Train as a Deck Officer — fully sponsored
The sponsorship package
→ Training allowance: £1,050 a month in year 1, £1,180 in year 2, £1,320 in year 3
Qualifying and pay
Salary on qualifying: £30,500 – £37,000 a year.
Who can apply
Adults changing careers: we regularly sponsor Boatmasters, Deckhands and Lock Keepers.
Sponsors recruiting now
Wrenhaven Coastal Ferries Ltd · Saltmarsh Tankers plc · Orkney Link Shipping
"""


def test_cadetship_allowance_series_entrants_and_sponsors(tmp_path: Path) -> None:
    """A training allowance's later years are allowance too; "we regularly sponsor A, B"
    names moves in; "Sponsors recruiting now" lists the role's employers."""
    guide = parsed_page(tmp_path, "deck-officer.txt", _CADETSHIP)
    assert {s.min for s in guide.salaries} == {30500}
    assert {"Boatmaster", "Deckhand", "Lock Keeper"} <= {m.text for m in guide.moves_in}
    # (the strip's first firm is lost on this short page, a reader of site names: left)
    assert {"Saltmarsh Tankers plc", "Orkney Link Shipping"} <= {e.text for e in guide.employers}


def test_entrants_listed_after_a_colon_and_a_bursary() -> None:
    moves = prose_moves("Recent trainees had worked as: Play Worker, Teaching Assistant, Nursery "
                        "Nurse.", _VOCAB, "Child Psychotherapist")
    assert moves["in"] == ["Play Worker", "Teaching Assistant", "Nursery Nurse"]
    assert find_amounts("Train as a Child Psychotherapist with a £14,300 bursary") == []


_PARTNERSHIP = """Train as a Speech and Language Therapist
PARTNER COUNCILS
Harrowgate Borough Council · Eskdale County Council · and seven more (see the map)
Sector: local authority therapy services.
"""


def test_partner_councils_and_a_count_of_the_rest(tmp_path: Path) -> None:
    guide = parsed_page(tmp_path, "speech-and-language-therapist.txt", _PARTNERSHIP)
    assert {"Harrowgate Borough Council", "Eskdale County Council"} <= {
        e.text for e in guide.employers}
    assert not any("more" in s.text for s in guide.sectors)


def test_sample_size_is_no_pay() -> None:
    assert find_amounts("¹ Brightline Survey 2026, n = 2,418 UK respondents.") == []


_PORTER_LADDER = """Understanding your payslip as a Theatre Porter
Moving up the bands
Theatre Porter (Band 2) → Senior Theatre Porter (Band 3, £24,100 – £25,700) → Theatre Support \
Worker (Band 4, £26,600 – £29,200) → Operating Department Practitioner (Band 5 after a degree, \
£30,000 – £36,500).
"""


def test_rung_brackets_give_each_rung_its_pay(tmp_path: Path) -> None:
    pay = _pay(parsed_page(tmp_path, "porter.txt", _PORTER_LADDER))
    assert (26600, 29200, "Theatre Support Worker") in pay
    assert (30000, 36500, "Operating Department Practitioner") in pay
    assert not {(26600, 29200, None), (30000, 36500, None)} & pay
    assert rung_brackets("A → B") is None
