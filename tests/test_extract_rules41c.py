"""Structures found by a second pass over held-back set 41 (rules41c): similar jobs under a
heading naming their place ("Similar jobs near X"), a kitchen's tip share, a salary
schedule's ranges named for other titles ("Range 26 (X) is $…", "Y (Range 28) $…"), a
substitute of a title that shares words with the role; invented pages only."""

from __future__ import annotations

from careergraph.guides import parse_text


def _pay(guide, low):
    return [(band.min, band.max, band.role) for band in guide.salaries if band.min == low]


_BARISTA = """\
Barista - Full Time
Harbor Beans Coffee LLC · Portland, OR · Full-time · $17 - $20 an hour + tip share
About us
Harbor Beans Coffee is a small roaster with three cafes.
What you bring
- Espresso preparation
- Latte art
Grow with us
Our cafe path: Barista → Head Barista → Cafe Manager.
Pay and perks
$17 - $20 an hour, plus a cafe tip share (averaging $3-5 an hour) and free drinks.
Similar jobs near Portland
Head Barista · Harbor Beans Coffee · $20 - $23 an hour
Barista · Rose City Roasters · $16 - $19 an hour
Cafe Manager · Morning Grind Co. · $48,000 - $55,000 a year
"""


def test_similar_jobs_near_a_place_own_their_pay_and_are_no_moves() -> None:
    guide = parse_text(_BARISTA, "barista.txt")
    assert _pay(guide, 20) == [(20, 23, "Head Barista")]
    assert _pay(guide, 48000) == [(48000, 55000, "Cafe Manager")]
    assert [band.role for band in guide.salaries if band.min == 16] == [None]
    assert [fact.text for fact in guide.leads_to] == []
    assert "Rose City Roasters" in [fact.text for fact in guide.employers]


def test_a_tip_share_is_no_pay() -> None:
    guide = parse_text(_BARISTA, "barista.txt")
    assert not [band for band in guide.salaries if band.min == 3]


_CROSSING_GUARD = """\
School Crossing Guard
Pay: Range 12, $18.00 - $21.00 per hour.
For comparison, Range 14 (Parking Officer) is $19.90 - $23.25 per hour and Library Page (Range 10) $16.15 - $18.90.
Similar jobs
Substitute Crossing Guard - Tulare Schools - $17.10 per hour
Substitute Bus Driver - Tulare Schools - $20.10 per hour
"""


def test_schedule_ranges_named_for_other_titles() -> None:
    guide = parse_text(_CROSSING_GUARD, "guard.txt")
    assert _pay(guide, 19.9) == [(19.9, 23.25, "Parking Officer")]
    assert _pay(guide, 16.15) == [(16.15, 18.9, "Library Page")]
    assert _pay(guide, 18) == [(18, 21, None)]


def test_a_substitute_keeps_its_whole_title() -> None:
    guide = parse_text(_CROSSING_GUARD, "guard.txt")
    assert _pay(guide, 17.1) == [(17.1, 17.1, "Substitute Crossing Guard")]
    assert _pay(guide, 20.1) == [(20.1, 20.1, "Substitute Bus Driver")]
