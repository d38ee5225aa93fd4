"""Public pay grids, step schedules and pay league tables (held-back set 24's shapes).

Each test writes its own small page (invented grades, towns, employers and figures) in one
structure and asserts what the parser reads from it.
"""

from __future__ import annotations

import itertools

from careergraph.guides import parse_text
from careergraph.guides.league_rows import league_rows
from careergraph.guides.public_employers import recruiting_places, schedule_publisher
from careergraph.guides.step_grids import grid_base, step_pay
from careergraph.model import Guide


def pay(guide: Guide) -> set[tuple[float, str, str, str | None]]:
    return {(float(s.min or 0), s.currency, s.period, s.role) for s in guide.salaries}


_GRID_PAGE = """Translated by Example — this page was translated from French
PORTAIL DES AGENTS   Jobs | Grids | Contact
Home > Grids > Technical sector > ASB

Index grids – Specialised library assistant (ASB)
Updated on 02/02/2026 · Reading time: 4 min

The ASB (specialised library assistant) is a civil servant of category C. Its grade changes
its remuneration, not its missions.

Grid of the grade: Principal ASB of 2nd class (C2)
Step | Gross index | Increased index | Duration | Gross monthly treatment
1 | 400 | 370 | 1 year | 1 830,10 €
2 | 405 | 373 | 2 years | 1 845,20 €
3 | 410 | 376 | - | 1 860,30 €

Grid of the grade: Principal ASB of 1st class (C3)
Step | Gross index | Increased index | Duration | Gross monthly treatment
1 | 440 | 395 | 1 year | 1 955,40 €
2 | 450 | 402 | - | 1 990,50 €

Career developments
By internal competition the ASB can then become library assistant.
Some also pass the competition of heritage technician after a training.

Access to the job
Once laureate, the candidate is recruited by a municipality (for example the city of
Castelmoron-d'Aude or the municipal community of Val-Sorel).
"""


def test_a_translated_grid_page_names_its_role_and_each_step_is_its_monthly_point() -> None:
    guide = parse_text(_GRID_PAGE, "grid.txt")
    assert guide.role.text == "Specialised Library Assistant"
    found = pay(guide)
    for amount in (1830.10, 1845.20, 1860.30, 1955.40, 1990.50):
        assert any(abs(a - amount) < 1 and c == "EUR" and p == "month" and who is None
                   for a, c, p, who in found), amount
    assert not any(a in (400, 370, 405, 440) for a, *_ in found)  # indices are no pay
    ups = {m.text for m in guide.leads_to}
    assert "Heritage Technician" in ups
    assert {e.text for e in guide.employers} >= {"Castelmoron-d'Aude", "Val-Sorel"}


def test_one_step_a_line_and_a_differently_named_grade_owns_its_grid() -> None:
    page = """WARDENS' UNION – Grids 2026
Salary of a park warden: the index grids on 1 January 2026

▶ FOREST WARDEN (scale C2)
Step 1 : IB 400 / IM 369 – duration 1 year – 1 811,11 € gross
Step 2 : IB 404 / IM 372 – duration 2 years – 1 826,22 € gross
Step 3 : IB 408 / IM 375 – 1 841,33 € gross

▶ HEAD RANGER (scale C3)
Step 1 : IB 449 / IM 400 – duration 1 year – 1 966,44 € gross
Step 2 : IB 460 / IM 409 – 2 011,55 € gross

In the daily one: patrols, fire watches (FireLog on the PDA), use of the radio and of the saw.
"""
    guide = parse_text(page, "warden-grids.txt")
    assert guide.role.text == "Park Warden"
    found = pay(guide)
    assert any(abs(a - 1811.11) < 1 and who is None for a, _, _, who in found)
    assert any(abs(a - 1966.44) < 1 and who == "Head Ranger" for a, _, _, who in found)
    assert [[s.text for s in chain] for chain in guide.progressions] == [
        ["Park Warden", "Head Ranger"]]
    skills = {s.text for s in guide.skills}
    assert {"patrols", "fire watches", "FireLog", "radio", "saw"} <= skills


def test_a_lane_grid_with_bare_figures_is_the_role_s_yearly_pay_in_the_page_s_dollar() -> None:
    page = """Cedar Flats School District – Licensed Salary Schedule 2026-27
Placement is by step (years) and lane (units). Interns are paid $44,000.

STEP   LANE A     LANE B     LANE C
1      48,100     50,250     52,400
2      49,900     52,075     54,300
3      51,700     53,950     56,150

© Cedar Flats School District
"""
    guide = parse_text(page, "teacher.txt")
    found = pay(guide)
    for amount in (48100, 50250, 52400, 49900, 56150):
        assert (amount, "USD", "year", None) in found
    assert "Cedar Flats School District" in {e.text for e in guide.employers}


def test_a_classification_schedule_names_its_graded_title_and_reads_each_row_s_period() -> None:
    page = """Town of Brookmere – Personnel
Salary Schedule: Harbour Unit (Local 12)

| Code | Classification | Period | A | B | C |
|---|---|---|---|---|---|
| 410 | Harbour Patrol Officer Trainee | Hourly | $30.10 | – | – |
| 411 | Harbour Patrol Officer I | Hourly | $32.20 | $33.80 | $35.50 |
| 411 | Harbour Patrol Officer I | Monthly | $5,581 | $5,859 | $6,153 |
| 412 | Harbour Patrol Officer II | Monthly | $6,153 | $6,461 | $6,784 |
| 415 | Senior Harbour Patrol Officer | Monthly | $7,010 | $7,360 | $7,728 |
| 420 | Marina Supervisor | Monthly | $7,900 | $8,295 | $8,710 |

The Harbour Master is on the Management schedule.

INCENTIVES AND SPECIAL PAY (added to base)
Field training officer: $2.00 per hour while training
"""
    guide = parse_text(page, "harbour.txt")
    assert guide.role.text == "Harbour Patrol Officer"
    found = pay(guide)
    assert (5581, "USD", "month", None) in found
    assert not any(a == 5581 and p == "year" for a, _, p, _ in found)
    assert not any(a == 2 for a, *_ in found)
    assert ["Harbour Patrol Officer Trainee", "Harbour Patrol Officer"] in [
        [s.text for s in chain] for chain in guide.progressions]


def test_a_pay_league_table_s_employers_employ_the_role_and_its_change_column_is_no_pay() -> None:
    page = """THE SURVEYORS' REVIEW
Graduate surveyor pay league 2027: every starting salary we could find

Rank | Firm | City | Starting salary | Change
1    | Moss & Reed | Leeds | £34,000 | ▲ £2,000
2=   | Harte Partners | York | £32,500* | –
2=   | Quill Survey Co | Hull | £32,500 | ▲ £1,500
–    | Tarn Associates | Bath | Not disclosed | –
* includes a study bonus
"""
    guide = parse_text(page, "graduate-surveyor.txt")
    assert {e.text for e in guide.employers} >= {"Moss & Reed", "Harte Partners",
                                                   "Quill Survey Co", "Tarn Associates"}
    found = pay(guide)
    assert (34000, "GBP", "year", None) in found
    assert not any(a in (2000, 1500) for a, *_ in found)


def test_league_rows_read_a_tab_table_with_a_place_column() -> None:
    rows, taken = league_rows([(1, "Rank\tRetailer\tBase rate\tLondon rate"),
                               (2, "1\tCorner Mart\t£12.90\t£14.10"),
                               (3, "2\tDaily Basket\t£12.80\t£14.00")])
    assert [(r.employer, r.cells) for r in rows] == [
        ("Corner Mart", (("Base rate", "£12.90"), ("London rate", "£14.10"))),
        ("Daily Basket", (("Base rate", "£12.80"), ("London rate", "£14.00")))]
    assert taken == {1, 2, 3}


def test_step_pay_and_grid_base() -> None:
    found, _ = step_pay([(1, "Point  Annual salary"), (2, "3      £24,100"),
                         (3, "4      £24,900")])
    assert [(p.step, p.amount, p.sign, p.period) for p in found] == [
        ("Step 3", 24100.0, "£", "year"), ("Step 4", 24900.0, "£", "year")]
    assert grid_base("Grade: Senior Keeper Grade II") == "Senior Keeper"


def test_public_employers() -> None:
    assert schedule_publisher([(1, "Pay scales 2026"), (4, "© 2026 Rushby District Council")]) == [
        ("Rushby District Council", 4)]
    assert schedule_publisher([(1, "News"), (4, "© County of Elm")]) == []  # no schedule
    assert recruiting_places([(2, "Laureates are hired by the town of Pré-Haut.")]) == [
        ("Pré-Haut", 2)]
    assert recruiting_places([(2, "The town of Pré-Haut has a museum.")]) == []


def test_schedule_prose_moves_and_a_learner_s_rate() -> None:
    page = """Salary Schedule: Transit Unit (Local 3)
| Code | Classification | Period | A | B |
|---|---|---|---|---|
| 10 | Bus Operator Trainee | Hourly | $25.10 | – |
| 11 | Bus Operator I | Hourly | $27.20 | $28.60 |
| 12 | Bus Operator II | Hourly | $29.90 | $31.40 |

CAREER PATH
Some of our operators have moved over to the Planning Unit's scheduler or route planner posts.
Many trainees come to us from school-bus driver, delivery driver and taxi driver jobs.
Summer interns are paid $19.50 an hour.
"""
    guide = parse_text(page, "bus-operator.txt")
    assert guide.role.text == "Bus Operator"
    assert {m.text for m in guide.transitions_to} >= {"Scheduler", "Route Planner"}
    assert {m.text.lower() for m in guide.moves_in} >= {"school-bus driver", "delivery driver",
                                                         "taxi driver"}
    assert any(s.min == 19.5 and s.role is None for s in guide.salaries)


def test_a_street_number_is_no_pay() -> None:
    page = """Glaziers Local 7 — Wage Sheet
Journeyman Glazier: $41.20 an hour.
Hall: 1220 Quarry Rd, Millbank · 555-0100
"""
    guide = parse_text(page, "glazier.txt")
    assert not any(s.min == 1220 for s in guide.salaries)


def test_a_pay_league_s_prose_names_other_titles_pay_and_a_path() -> None:
    page = """THE BAKERY BULLETIN
Bakery pay league 2027: which chain pays counter staff the most?

The median rate across the chains is £12.40 an hour, up from £11.90 last year.
For comparison, a Pastry Chef joining a hotel starts on £15.10 an hour.
Crust & Co's delivery riders start on £12.20 an hour.
Shift leaders move to £13.80.

Where can it lead?
{path}

Doctorate stipend $2,500 is paid to none of them.
Crust & Co – 4 Mill Lane, Dunmore – © 2027 – Legal notice
"""
    path = ("Most bakery managers started behind the counter: counter assistant, then shift "
            "leader, assistant manager and bakery manager.")
    guide = parse_text(page.format(path=path), "counter-assistant.txt")
    found = {(round(s.min or 0, 2), s.max, s.role) for s in guide.salaries}
    assert (11.9, 11.9, None) in found  # last year's median: a point, no floor
    assert any(a == 15.1 and who == "Pastry Chef" for a, _, who in found)
    assert any(a == 12.2 and who == "Delivery Rider" for a, _, who in found)
    assert any(a == 13.8 and who and who.lower() == "shift leader" for a, _, who in found)
    steps = {pair for chain in guide.progressions
             for pair in itertools.pairwise(s.text.lower() for s in chain)}
    assert {("counter assistant", "shift leader"), ("shift leader", "assistant manager"),
            ("assistant manager", "bakery manager")} <= steps
    assert not any(a == 2500 for a, _, _ in found)
    assert not {"4 Mill Lane", "Dunmore"} & {e.text for e in guide.employers}


def test_a_framework_of_employment_ends_a_skills_strip() -> None:
    page = """Index grids – Municipal gardener (JM)
Expected skills: pruning · planting plans · irrigation

Framework of employment
- Territorial civil service · Technical sector
- Two grades: gardener of 2nd class and gardener of 1st class
"""
    skills = {s.text for s in parse_text(page, "gardener.txt").skills}
    assert {"pruning", "planting plans", "irrigation"} <= skills
    assert not {"Territorial civil service", "Two grades"} & skills


def test_a_competition_open_to_earlier_jobs_names_moves_in() -> None:
    page = """Index grids – Municipal gardener (JM)

Access to the job
{entry}
"""
    entry = ("The third competition welcomes people having worked three years outdoors, for "
             "example as farm hand (ouvrier agricole) or park ranger.")
    moves_in = {m.text for m in parse_text(page.format(entry=entry), "gardener.txt").moves_in}
    assert {"Farm Hand", "Park Ranger"} <= moves_in
