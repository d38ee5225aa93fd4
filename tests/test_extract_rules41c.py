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


_CROSSING_GUARD = (
    "School Crossing Guard\n"
    "Pay: Range 12, $18.00 - $21.00 per hour.\n"
    "For comparison, Range 14 (Parking Officer) is $19.90 - $23.25 per hour and "
    "Library Page (Range 10) $16.15 - $18.90.\n"
    "Similar jobs\n"
    "Substitute Crossing Guard - Tulare Schools - $17.10 per hour\n"
    "Substitute Bus Driver - Tulare Schools - $20.10 per hour\n"
)


def test_schedule_ranges_named_for_other_titles() -> None:
    guide = parse_text(_CROSSING_GUARD, "guard.txt")
    assert _pay(guide, 19.9) == [(19.9, 23.25, "Parking Officer")]
    assert _pay(guide, 16.15) == [(16.15, 18.9, "Library Page")]
    assert _pay(guide, 18) == [(18, 21, None)]


def test_a_substitute_keeps_its_whole_title() -> None:
    guide = parse_text(_CROSSING_GUARD, "guard.txt")
    assert _pay(guide, 17.1) == [(17.1, 17.1, "Substitute Crossing Guard")]
    assert _pay(guide, 20.1) == [(20.1, 20.1, "Substitute Bus Driver")]


_CONGREGATION = (
    "Worship Leader\n"
    "Compensation\n"
    "Salary range: $44,000 - $50,000 per year. Benefits: health insurance. (For "
    "comparison, our part-time Nursery Workers are paid $15 per hour; our Director "
    "of Women's Ministries position is budgeted at $41,000 - $46,000.)\n"
)


def test_a_post_budgeted_at_a_figure_owns_it() -> None:
    guide = parse_text(_CONGREGATION, "leader.txt")
    assert _pay(guide, 41000) == [(41000, 46000, "Director of Women's Ministries")]
    assert _pay(guide, 44000) == [(44000, 50000, None)]


_BENEFICE = (
    "Team Rector\n"
    "Terms\n"
    "The stipend is £33,100 a year with a four-bedroom rectory.\n"
    "The parish also employs a Parish Secretary for 12 hours a week at £12.85 per "
    "hour. A Assistant Deacon may be licensed here from 2029 (deacons' stipend £27,900).\n"
)


def test_a_post_employed_at_a_rate_and_a_plural_possessive_stipend() -> None:
    guide = parse_text(_BENEFICE, "rector.txt")
    assert _pay(guide, 12.85) == [(12.85, 12.85, "Parish Secretary")]
    assert _pay(guide, 27900) == [(27900, 27900, "Assistant Deacon")]
    assert _pay(guide, 33100) == [(33100, 33100, None)]


_GLOSSED = (
    "Press operator - 2 shifts (Présgépkezelő) – Tatabánya\n"
    "Tatai Acél Kft.\n"
    "bruttó 2 500 - 2 900 Ft/óra\n"
    "Career\n"
    "The usual path is Press Helper (betanított munkás) → Press operator → Senior "
    "Press operator → Team Leader (csoportvezető).\n"
    "For information: the betanított munkás starts at bruttó 2 100 Ft/óra, the "
    "Senior Press operator earns bruttó 3 000 - 3 300 Ft/óra, the csoportvezető "
    "bruttó 640 000 Ft/hó.\n"
)


def test_a_native_word_glossed_earlier_names_its_title_in_a_pay_clause() -> None:
    guide = parse_text(_GLOSSED, "press.txt")
    assert _pay(guide, 2100) == [(2100, 2100, "Press Helper")]
    assert _pay(guide, 3000) == [(3000, 3300, None)]
    assert _pay(guide, 640000) == [(640000, 640000, "Team Leader")]
    assert _pay(guide, 2500) == [(2500, 2900, None)]


_HEALTH_VISITOR = (
    "District Nurse\n"
    "Answer to request FOI-2211\n"
    "(b) Posts by band:\n"
    "Band | Post title | Headcount\n"
    "5 | Staff Nurse (Community) | 9\n"
    "6 | District Nurse (SPQ) | 14\n"
    "(c) Of the 7 nurses appointed since 2022, 4 had previously worked as Midwives "
    "in maternity units and 3 as Practice Nurses in general practice.\n"
    "(d) The usual progression in the service is Staff Nurse (Community), then "
    "District Nurse on qualifying as a SPQ, then District Nursing Team Leader and "
    "District Nursing Service Lead.\n"
)


def test_where_newcomers_worked_in_another_title_is_no_sector() -> None:
    guide = parse_text(_HEALTH_VISITOR, "hv.txt")
    assert [fact.text for fact in guide.sectors] == []


def test_a_stated_progression_with_asides_and_when_each_rung_is_reached() -> None:
    guide = parse_text(_HEALTH_VISITOR, "hv.txt")
    assert [[step.text for step in chain] for chain in guide.progressions] == [
        ["Staff Nurse", "District Nurse", "District Nursing Team Leader",
         "District Nursing Service Lead"]]


_PROBATE = (
    "Probate Officer\n"
    "Answer to request FOI-3307\n"
    "4. Of the 6 officers appointed since 2022, 3 were formerly bank clerks and 3 "
    "transferred from the Council's legal service, where they were Paralegal Officers.\n"
)


def test_the_post_appointees_held_where_they_came_from_is_a_move_in() -> None:
    guide = parse_text(_PROBATE, "probate.txt")
    assert "Paralegal Officer" in [fact.text for fact in guide.moves_in]


_LAB_TECH = (
    "Laboratory Technician\n"
    "Person specification (from the draft job description): BTEC/HND or degree in "
    "chemistry; cDNA and gDNA extraction; titration; CPR and AED use; sample labelling.\n"
)


def test_qualifications_are_no_skills_and_two_acronyms_share_a_head() -> None:
    guide = parse_text(_LAB_TECH, "lab.txt")
    skills = [fact.text for fact in guide.skills]
    assert "cDNA extraction" in skills and "gDNA extraction" in skills
    assert "CPR use" not in skills
    assert not [s for s in skills if "degree" in s or "HND" in s or "BTEC" in s]


_VAN_DRIVER = """\
Delivery Driver
What we look for
- route planning
- Spanish helpful
- pallet truck licence előny
"""


def test_a_wish_after_a_skill_is_cut_off() -> None:
    guide = parse_text(_VAN_DRIVER, "driver.txt")
    skills = [fact.text for fact in guide.skills]
    assert "Spanish" in skills
    assert not [s for s in skills if "helpful" in s or "előny" in s]


_FIELD_TECH = (
    "Field Technician\n"
    "The technician is costed on Grade 5 (£30,000 a year).\n"
    "1. Directly Incurred - Staff\n"
    "1.1 Field Technician (1.0 FTE, months 1-24). The technician will run soil cores.\n"
    "1.2 Research Fellow (0.5 FTE, months 1-24): Grade 7, spine point 32 (£42,100 "
    "per annum), to lead the modelling work.\n"
)


def test_a_spine_points_priced_figure_in_a_costed_entry_is_read() -> None:
    guide = parse_text(_FIELD_TECH, "tech.txt")
    assert _pay(guide, 42100) == [(42100, 42100, "Research Fellow")]


_VICAR = (
    "Vicar\n"
    "Our last Vicar came to us from being Team Rector in the Ashby Team and had "
    "earlier served his title as Assistant Curate in Leek.\n"
    "Welders come usually from fitter or pipe fitter jobs.\n"
)


def test_a_curacy_served_and_a_translated_adverb_before_from_name_moves_in() -> None:
    guide = parse_text(_VICAR, "vicar.txt")
    moves_in = [fact.text for fact in guide.moves_in]
    assert "Assistant Curate" in moves_in
    assert "Fitter" in moves_in or "Pipe Fitter" in moves_in
