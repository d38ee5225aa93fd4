"""Held-back set 31 studied by rules31b: a skills competition's trade page (its labelled
occupation or trade field names the role; its weighted standards and a contest
description's numbered skill items are skills, item by item; "Other routes" are lateral
moves); a labour-hire guide's pay table in fixed-width columns (each row its title's, by
its column's period; a slash row is one post; the labour-hire firm, named in its footer's
legal line, employs the role); an allied-health award page's fixed-width table by grade and
pay point (the fortnightly column restates the annual one; a grade the career structure
gives another title is that title's).

Every page is invented here (trades, organisations, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text

COMPETITION = """Skills Nationals  |  Events  |  Volunteer  |  Donate
Events / Building trades / Plastering

PLASTERING
Regional heats: 4 Mar – 2 Apr   |   Format: solo   |   Age: under 23
Occupation: Solid Plasterer (also Renderer, Fibrous Plasterer)

About this event
Competitors render a wall panel and run a cornice in ten hours.
"""

CONTEST = """Trades Challenge 2026 | Halifax, NS
Home > Contests > Finishing > Drywall (Contest 14)

DRYWALL FINISHING – CONTEST DESCRIPTION
Certified trade: Drywall Finisher (NOC 73102)        Duration: 10 hours over 2 days

1 PURPOSE
To evaluate each competitor's taping and sanding of a partition.
"""


def test_labelled_occupation_field_names_the_role_and_its_aliases() -> None:
    guide = parse_text(COMPETITION, "page-17.txt")
    assert guide.role.text == "Solid Plasterer"
    assert guide.role_signal == "statement"
    assert {a.text for a in guide.aliases} >= {"Renderer", "Fibrous Plasterer"}


def test_labelled_trade_field_names_the_role_without_its_code() -> None:
    guide = parse_text(CONTEST, "page-18.txt")
    assert guide.role.text == "Drywall Finisher"
    assert guide.role_signal == "statement"
    assert not any("NOC" in a.text for a in guide.aliases)


WEIGHTED = """Skills Nationals  |  Events  |  Volunteer
Events / Land-based / Tree Surgery

TREE SURGERY
Occupation: Arborist (also Tree Surgeon)

WHAT IS JUDGED – Occupational standards (weighting %)
  1 Health and safety ..................................... 15
  2 Rigging and lowering (friction device, port-a-wrap) ... 30
  3 Climbing and aerial rescue ............................. 25
  4 Written and verbal skills .............................. 10
  5 Pruning using a pole saw and a handsaw . 20
Total                                                       100

WHO CAN ENTER?
Learners on a Level 3 arboriculture course, or staff already cutting trees.

CAREER PATHS
Arborist → Arboricultural Foreman → Tree Officer
Other routes: Utility Arborist, Park Ranger, or start your own tree business.
"""

NUMBERED = """National Trades Challenge | Events
Home > Contests > Metal > Sheet Metal (Contest 9)

SHEET METAL – CONTEST DESCRIPTION
Certified trade: Sheet Metal Worker (NOC 72102)        Duration: 12 hours

1 PURPOSE OF THE CONTEST
To test each competitor's skills in the trade.

2 SKILLS AND KNOWLEDGE TESTED
2.1 Reading and checking shop drawings
2.2 Pattern development using a scriber and dividers
2.3 Forming seams, locks and flanges (Pittsburgh lock, standing seam)
2.4 Spot welding and riveting

3 TASK DESCRIPTION
Day 1: a transition piece.  Day 2: a hood to a given size.

4 EQUIPMENT, MATERIAL, CLOTHING
Competitors bring hand seamers, snips and a tape.

5 ASSESSMENT
Dimensions 40% | Seams 30% | Finish 30%.
"""


def _skills(page: str) -> set[str]:
    return {s.text for s in parse_text(page, "page-19.txt").skills}


def test_weighted_standards_are_skills_item_by_item() -> None:
    skills = _skills(WEIGHTED)
    assert {"Health and safety", "Rigging and lowering", "friction device", "port-a-wrap",
            "Climbing and aerial rescue", "aerial rescue", "Written skills", "verbal skills",
            "Pruning", "pole saw", "handsaw"} <= skills
    # (the total, the entry rules and the pathway after the list are no skills)
    assert not any("Total" in s or "Learners" in s or "100" in s for s in skills)


def test_other_routes_beside_a_ladder_are_lateral_moves() -> None:
    guide = parse_text(WEIGHTED, "page-20.txt")
    assert {"Utility Arborist", "Park Ranger"} <= {m.text for m in guide.transitions_to}
    assert not any("business" in m.text for m in guide.transitions_to)


def test_contest_description_numbered_items_are_skills_its_sections_close_them() -> None:
    skills = _skills(NUMBERED)
    assert {"Reading and checking shop drawings", "Pattern development", "scriber",
            "dividers", "Forming seams", "locks", "flanges", "Pittsburgh lock",
            "standing seam", "Spot welding and riveting", "riveting"} <= skills
    # (two gerunds sharing one object stay whole; the task and the kit are no skills)
    assert "checking shop drawings" not in skills
    assert not {"transition piece", "hand seamers", "snips", "Dimensions"} & skills


HIRE = """Ironstone Labour  |  Jobs  |  Candidates  |  Timesheets
Home / Role guides / Drill Fitter

DRILL FITTER – ROLE GUIDE

What does a Drill Fitter do?
Keeps surface drill rigs running on open-cut iron ore mines.

PAY RATES (per hour, ex-super)
Role                        Hourly            Annual on 8/6
Greaser / Lube Tech         $38 – $41         $96,000 – $104,000
Drill Fitter                $52 – $58         $141,000 – $152,000
Maintenance Planner         salaried          $160,000 – $175,000
+ super, + site allowance $30/day.

[ Register ]   [ Upload your licences ]
Ironstone Labour Pty Ltd  ABN 00 000 000 000  | Privacy | Terms
"""


def test_fixed_width_pay_table_rows_belong_to_their_titles() -> None:
    guide = parse_text(HIRE, "page-21.txt")
    pay = {(s.role, s.min, s.max, s.period) for s in guide.salaries}
    assert {(None, 52, 58, "hour"), (None, 141000, 152000, "year"),
            ("Maintenance Planner", 160000, 175000, "year"),
            ("Greaser", 38, 41, "hour"),  # one rung's two names: the first owns (stop 55)
            ("Greaser", 96000, 104000, "year")} <= pay
    assert not any(s.min == 30 for s in guide.salaries)  # an allowance is no pay


def test_labour_hire_firm_employs_the_workers_it_places() -> None:
    guide = parse_text(HIRE, "page-22.txt")
    assert any(e.text.startswith("Ironstone Labour") for e in guide.employers)


def test_a_recruiters_footer_names_no_employer() -> None:
    page = HIRE.replace("|  Timesheets", "|  Advice")
    assert not any(e.text.startswith("Ironstone") for e in parse_text(page, "p.txt").employers)


AWARD = """State Health | Careers
Home > Allied health > Orthoptics

Orthoptist
Health Practitioner stream · AO2 to AO5

Your career structure
AO1   Eye Clinic Assistant (orthoptics) – prepares rooms and records
AO2   Orthoptist – graduates and clinicians
AO3   Senior Orthoptist – complex cases, student supervision
AO5   Chief Orthoptist – runs the service

Orthoptist pay rates (extract)
Level / pay point        Fortnightly     Annual
AO1  PP1                 $2,300.40       $60,015
AO2  PP1                 $2,905.10       $75,790
AO2  PP2                 $3,011.60       $78,570
AO3  PP1                 $3,604.80       $94,045
AO5  PP1                 $4,870.20       $127,060
Allowances are extra.
"""


def test_award_table_by_grade_gives_annual_single_rates_owned_by_the_structure() -> None:
    guide = parse_text(AWARD, "page-23.txt")
    pay = {(s.role, s.min, s.max, s.period) for s in guide.salaries}
    assert {(None, 75790, 75790, "year"), (None, 78570, 78570, "year"),
            (None, 94045, 94045, "year"),  # (the senior grade is the role's own)
            ("Eye Clinic Assistant", 60015, 60015, "year"),
            ("Chief Orthoptist", 127060, 127060, "year")} <= pay
    assert not any(s.period in ("fortnight", "month") for s in guide.salaries)
