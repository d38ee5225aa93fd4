"""Defects this stop's helpers noticed, each on an invented page (helper fixes71)."""

from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text

_SCAFFOLDER = """Scaffolder

Scaffolders put up and take down the platforms builders stand on.

Career path
Labourer → Scaffolder → Scaffolding Supervisor

Site liaison: works manager  |  Worker: [not given]
"""


def test_a_form_records_party_labels_make_no_move() -> None:
    moves = facts_of(parse_text(_SCAFFOLDER, "scaffolder.txt")).moves
    assert ("@self", "Worker") not in moves
    assert ("@self", "Scaffolding Supervisor") in moves


_FLEET = """Northmoor Haulage Careers   Depots | Graduates
Graduates > Fleet Management Graduate Scheme > Assessment day
Your assessment day: Fleet Management Graduate Scheme

In short: 18 months as a Graduate Trainee Manager, then you take charge of a depot as a
Depot Manager.
Starting salary £31,000.

AFTER THE SCHEME
Graduate Trainee Manager → Depot Manager → Area Director
"""


def test_a_discipline_scheme_names_its_trainee_as_the_role() -> None:
    guide = parse_text(_FLEET, "fleet-scheme.txt")
    assert guide.role is not None and guide.role.text == "Graduate Trainee Manager"


_STOREMAN = """Warehouse Supervisor

Warehouse supervisors run a shift of pickers and drivers.

Career path
Goods-In Operative → Reach Truck Driver / Racker → Warehouse Supervisor → Warehouse Manager
"""


def test_an_unknown_second_name_keeps_the_slash_rung_and_its_ladder() -> None:
    moves = facts_of(parse_text(_STOREMAN, "warehouse-supervisor.txt")).moves
    assert ("@self", "Warehouse Manager") in moves
    assert ("Reach Truck Driver", "@self") in moves


_SKIPPER = """Boat Captain

Boat captains take paying guests out on day boats and keep them safe.

CAREER LADDER
Deck Hand / Ramp Hand  >  First Mate  >  Boat Captain  >  Fleet Manager
Most captains begin on the dock for a summer.
"""


def test_a_chevron_ladders_slash_rung_is_read_once() -> None:
    moves = facts_of(parse_text(_SKIPPER, "boat-captain.txt")).moves
    assert ("Deck Hand / Ramp Hand", "First Mate") in moves
    assert ("Deck Hand", "First Mate") not in moves
    assert ("@self", "Fleet Manager") in moves


_LACQUER = """Job search  |  Log in
TOP > Crafts jobs > Ishikawa Prefecture

[Full-time employee] Lacquer craftsman (Nurishi) / A quiet riverside workshop
Kaga Urushi Co., Ltd.

■ Job description
You will work as a lacquer craftsman at our workshop.

■ Career step
Lacquer craftsman → Finishing lead → Studio head → Master lacquerer

■ Salary
月給 210,000円 ~ 260,000円
Model annual income: 4.7 million yen / Studio head, 9th year of employment
Master lacquerer class: annual income of 6.2 million yen or more
"""


def test_a_translated_listings_holder_and_class_own_their_figures() -> None:
    salaries = {(s.role.lower() if s.role else None, s.min)
                for s in parse_text(_LACQUER, "lacquer-craftsman.txt").salaries}
    assert ("studio head", 4700000) in salaries
    assert ("master lacquerer", 6200000) in salaries
    assert (None, 6200000) not in salaries


_ELECTRICIAN = """Home » Ranks we crew » Engine Department » Ship's Electrician

Ship's Electrician
Reports to: Chief Engineer    Contract: 4 months

A ship's electrician keeps generators, motors and lighting working at sea.

Promotion line
Engine Rating > Ship's Electrician > Electro-Technical Officer
"""


def test_a_ships_rating_by_department_is_a_rung() -> None:
    moves = facts_of(parse_text(_ELECTRICIAN, "ships-electrician.txt")).moves
    assert ("Engine Rating", "@self") in moves
    assert ("@self", "Electro-Technical Officer") in moves


_PORTER = """Moorside Community Hospital
LOCAL INDUCTION CHECKLIST — Portering

Name: ____________   Job title: Hospital Porter   Band: 2

FIRST MORNING
| Item                                                  | ✓ | Init | Date  |
| * Shown the fire exits and assembly point             | ☐ | ____ | __/__ |

MANDATORY TRAINING
| Item                                                  | ✓ | Init | Date  |
| * Safeguarding incl. dementia awareness, chaperoning and consent and lone working| ☐ | | |
| * Patient transfers                                   | ☐ | ____ | __/__ |

JOB-SPECIFIC SIGN-OFF
| Item                                                  | ✓ | Init | Date  |
|   Waste streams: clinical bins, sharps, linen cages   | ☐ | ____ | __/__ |
"""


def test_a_ruled_induction_checklists_training_rows_are_skills() -> None:
    skills = {s.text.lower() for s in parse_text(_PORTER, "hospital-porter.txt").skills}
    assert {"safeguarding", "dementia awareness", "chaperoning and consent", "lone working",
            "patient transfers", "waste streams", "clinical bins", "sharps",
            "linen cages"} <= skills
    assert not any("fire exits" in skill for skill in skills)
