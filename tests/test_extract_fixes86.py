"""Salary figures given to the wrong owner or misread (helper fixes86, 2026-12-06, stop 55).

A sentence whose later clauses leave the verb out ("Stock clerks start at $a, meat wrappers at
$b and cashiers at $c") gave every figure to the first subject; "<level> level <role>s"
named another owner; a distribution's two symmetric tails printed as one span ("$a at the
10th percentile to $b at the 90th") read as an open floor; what a figure is for ("add £a a
year for standard extras", a hire rate labelled "Plant:" in a line of items) read as pay; a
pay line opened by a pictograph right under the title ("💰 $a - $b Annually (Experience
Dependent)") was dropped; a page's journey subtitle ("From the Teller Line to Branch
Leadership") gave a move.  Every page here is invented.
"""

from __future__ import annotations

from careergraph.guides.amounts import find_amounts
from careergraph.guides.not_pay import is_not_pay, priced_thing
from page_facts import parse_page as _parse
from page_facts import texts as _texts


def _owned(page: str) -> set[tuple[str | None, float | None, float | None]]:
    return {(s.role, s.min, s.max) for s in _parse(page).salaries}


def _money(text: str) -> list[tuple[float | None, float | None, bool]]:
    return [(m.low, m.high, m.open_ended) for m in find_amounts(text, home="USD")]


# --- 1. one owner for every figure of a sentence ---------------------------------------------

def test_each_gapped_clause_gives_its_figure_to_its_own_title() -> None:
    pay = _owned("Grocery Stocker\n\nPay\nShelf fillers at Brookmere Foods start at $15.40, "
                 "deli slicers at $16.25 and cashiers at $14.95 an hour.\n")
    assert ("Deli Slicer", 16.25, 16.25) in pay
    assert ("Cashier", 14.95, 14.95) in pay
    # the first clause's own subject keeps its figure
    assert not any(role == "Deli Slicer" and low == 15.40 for role, low, _ in pay)


def test_a_gapped_clause_of_levels_or_places_stays_the_roles() -> None:
    pay = _owned("Hospice Nurse\n\nPay\nLevel 1 hospice nurses start at $30.10 an hour, "
                 "Level 2 at $32.50 and Level 3 at $35.00.\nHospice nurses in towns start at "
                 "$61,000, those in rural areas at $55,000.\n")
    assert {(None, 30.1, 30.1), (None, 32.5, 32.5), (None, 35, 35), (None, 61000, 61000),
            (None, 55000, 55000)} <= pay


def test_the_role_at_a_level_in_a_gapped_clause_is_the_roles() -> None:
    pay = _owned("Hospice Nurse\n\nPay\nStaff nurses start at $61,000, senior hospice nurses "
                 "at $72,000 and nurse managers at $90,000.\n")
    assert (None, 72000, 72000) in pay
    assert ("Nurse Manager", 90000, 90000) in pay


def test_a_level_said_with_level_before_the_role_is_the_roles() -> None:
    pay = _owned("Signaller\n\nPay\nSenior level signallers earn £48,000 a year. Entry level "
                 "signallers earn £26,500.\n")
    assert (None, 48000, 48000) in pay and (None, 26500, 26500) in pay
    # another title after the level phrase keeps its own figure
    other = _owned("Signaller\n\nPay\nSenior level signal engineers earn £61,000 a year.\n")
    assert (None, 61000, 61000) not in other


# --- 2. percentile ranges --------------------------------------------------------------------

def test_a_symmetric_percentile_pair_is_one_band() -> None:
    assert _money("Pay runs from $29,880 at the 10th percentile to $51,140 at the 90th "
                  "percentile.") == [(29880, 51140, False)]
    assert _money("Pay runs from $29,880 at the 25th percentile to $51,140 at the 75th.") == [
        (29880, 51140, False)]
    assert _money("Earnings run from $33,400 (10th percentile) to $67,900 (90th "
                  "percentile).") == [(33400, 67900, False)]
    pay = _owned("Loan Processor\n\nPay\nPay ranges from $39,200 at the 10th percentile to "
                 "$58,700 at the 90th percentile.\n")
    assert pay == {(None, 39200, 58700)}


def test_one_tail_or_a_lopsided_pair_stays_no_band() -> None:
    assert _money("The top 10% earn $98,000.") == []
    assert _money("The 10th percentile earns $31,270 and the 90th percentile $48,270.") == []
    assert (29880, 51140, False) not in _money(
        "from $29,880 (10th percentile) to $51,140 (50th percentile)")


# --- 3. figures that are no pay --------------------------------------------------------------

def test_what_a_figure_is_for_makes_it_no_pay() -> None:
    for line in ("£9,500 a year for standard extras.", "$2,400 for materials and fuel",
                 "£350 a day for equipment", "$1,900 for the course, paid up front"):
        assert priced_thing(line, line.index(" ")), line
    for line in ("£30,000 a year for experienced staff", "£30,000 for the first year",
                 "$45,000 for a trainee", "£28,000 a year for extra responsibilities"):
        assert not priced_thing(line, line.index(" ")), line
    pay = _owned("Track Welder\n\nPay\nTrack welders earn £34,000 to £41,000 a year. You can "
                 "usually add £9,500 a year for standard extras.\n")
    assert pay == {(None, 34000, 41000)}


def test_a_hire_label_in_a_line_of_items_is_no_pay() -> None:
    assert is_not_pay("Plant") and is_not_pay("Equipment hire")
    assert not is_not_pay("Plant Operator") and not is_not_pay("Day rate")
    pay = _owned("Verge Cutter\n\nRates\nVerge Cutter day rate £188.00\n"
                 "Overtime £40/hour · Call-out £140 per attendance · Plant: flail tractor "
                 "with cab £290/day\n")
    assert (None, 290, 290) not in pay


# --- 4. a pay line opened by a pictograph ----------------------------------------------------

def test_a_pictograph_pay_line_under_the_title_is_the_roles() -> None:
    pay = _owned("Key Duties and Skills for a Lock Keeper\n"
                 "💰 $41,000 - $63,000 Annually (Experience Dependent)\n🎯 Role Definition\n"
                 "A Lock Keeper runs the gates and sluices of a canal lock.\n")
    assert (None, 41000, 63000) in pay


def test_a_pictograph_before_a_sentence_is_still_a_sentence() -> None:
    # a pictograph line of words with a figure that says what it costs stays no pay
    pay = _owned("Lock Keeper\n\nA Lock Keeper runs the gates and sluices of a canal lock.\n"
                 "💰 Uniform deposit $150 for the boots and waders\n")
    assert (None, 150, 150) not in pay


# --- 5. a journey heading is no move ---------------------------------------------------------

def test_a_journey_subtitle_gives_no_move() -> None:
    guide = _parse("Bank Teller Career Path: From Entry-Level to Senior\n"
                   "Bank Teller Career Path Guide: From the Teller Line to Branch Leadership "
                   "and Beyond\nMost new tellers are hired straight from school and learn the "
                   "cash drawer on the job.\n")
    assert guide.role.text == "Bank Teller"
    assert "Teller" not in _texts(guide.leads_to)


def test_a_journey_sentence_still_gives_its_move() -> None:
    guide = _parse("Bank Teller\n\nCareer Path\nFrom the teller line, many tellers move up to "
                   "Head Teller within three years.\n")
    assert "Head Teller" in _texts(guide.leads_to)
