"""Structures of real public career pages (helper real12, 2026-12-04), on invented pages.

A how-to title with its country and a subtitle, a guide's adjective, "Why become a X?" and
"X Jobs in <place>" titles; conditions of the work read as sectors; a course code read as
pay; "annual salary" after a figure; a start that "can go up to" its top and "from X for
entry-level staff to Y" bands; "a qualified X" and the role's own trade read as moves; list
items that are clauses, workplaces, introductions, adverbs or a contracted subject; two
sectors each framed by its own noun.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide


def _names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {fact.text for fact in facts}


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _pay(guide: Guide) -> set[tuple[float | None, float | None, str]]:
    return {(s.min, s.max, s.period.value if hasattr(s.period, "value") else str(s.period))
            for s in guide.salaries}


def test_how_to_title_with_country_and_subtitle() -> None:
    page = """How to Become a Youth Worker in Kenya: Top Courses & Career Paths in 2026

Youth work is a growing profession in Kenyan towns.

Why Become a Youth Worker in Kenya?

Youth workers run clubs and mentor teenagers after school.
"""
    assert _parse(page).role.text == "Youth Worker"


def test_guide_adjective_and_jobs_in_place() -> None:
    page = """Ultimate Guide to Bus Driver Jobs in Ireland: Licences, Pay and Routes

Thinking of a change? Driving a bus could be the answer.
"""
    assert _parse(page).role.text == "Bus Driver"
    other = "Green Jobs Officer\n\nGreen jobs officers advise councils on retrofit schemes.\n"
    assert _parse(other).role.text == "Green Jobs Officer"
    field = ("Game Design Jobs: What You Will Do\n\nJunior Game Designer\n\nMedian annual "
             "salary: $48K\n\nJunior game designers build levels and test mechanics.\n")
    assert _parse(field).role.text != "Game Design"  # a field before "Jobs", no role


def test_conditions_of_work_are_no_sectors() -> None:
    page = """Scaffolder

Scaffolders work on building sites and often work at heights. They must be on site at
the right time.

Where you could work

  • Working at heights
  • Working on building sites
"""
    sectors = {name.lower() for name in _names(_parse(page).sectors)}
    assert "heights" not in sectors and "right time" not in sectors


def test_course_code_is_no_pay_and_annual_salary_is_yearly() -> None:
    page = """Dental Receptionist

Dental receptionists earn $1,150 per week ($59,800 annual salary) before tax.

A course such as the Certificate III in Dental Administration (XDA40215) can help.
"""
    pay = _pay(_parse(page))
    assert (59800, 59800, "year") in pay
    assert all(low != 40215 for low, _, _ in pay)


def test_start_and_top_and_levelled_ends_are_bands() -> None:
    page = """Pallet Truck Operator

Pay

Operator wages typically start at $14 per hour and can go up to around $19 per hour.

Salaries range from R150,000 annually for entry-level staff to R390,000 for experienced
supervisors.
"""
    pay = {(low, high) for low, high, _ in _pay(_parse(page))}
    assert (14, 19) in pay and (14, 14) not in pay
    assert (150000, 390000) in pay


def test_qualified_role_and_own_trade_are_no_moves() -> None:
    page = """Courier Driver

Courier drivers collect and deliver parcels.

Getting started

To become a qualified courier driver, you must hold a clean licence.

If you like independence, a move into couriering could suit you.

Experienced drivers can move up to Depot Supervisor.
"""
    moves = {name.lower() for name in _names(_parse(page).leads_to)} | {
        name.lower() for name in _names(_parse(page).transitions_to)}
    assert "qualified courier driver" not in moves and "couriering" not in moves
    assert "depot supervisor" in moves


def test_clauses_workplaces_and_adverbs_are_no_skills() -> None:
    demand = ("The masonry trade demands practical people who can work quickly and tidily, "
              "often far above the street.")
    page = """Stonemason

Skills required

{DEMAND}

You'll also need to be patient, careful and able to follow drawings from architects.

There are no formal entry rules although it would help to have Maths and English passes.

In plain terms, you will need steady hands, a good eye and stamina.

  • Option to specialise in carving, lettering, or set up your own yard
  • Some specialise in specific industries like shipbuilding, mining, or food processing
""".replace("{DEMAND}", demand)
    skills = {name.lower() for name in _names(_parse(page).skills)}
    for wrong in ("quickly", "tidily", "often far above the street", "there", "terms",
                  "able", "set up your own yard", "shipbuilding", "mining"):
        assert wrong not in skills, wrong
    assert "carving" in skills


def test_two_framed_sectors() -> None:
    page = """Baker

Employment

{EMPLOYED}
""".replace("{EMPLOYED}", "Bakers are mainly employed in the Retail Trade and Wholesale sector "
            "and the Arts and Recreation sector.")
    guide = _parse(page)
    assert _names(guide.employers) == set()
    assert {"Retail Trade and Wholesale", "Arts and Recreation"} <= _names(guide.sectors)
