"""Structures of set 50's page types as the web generator prints them at scale (carry50): a
college's occupational chart whose title line ends in "for" before the occupation in
capitals, a translated posting's net pay after its gross ("neto"), a board's calculator and
its remarks on rare offers, similar jobs listed "title · town · pay", a lower-case activity
field, a contract's period, a pay-information reply's grade rows and restated figures, a
translator's source language naming the krona, and a shift app's estimated total.  Every
page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text


def _pay(guide: object) -> set[tuple[float | None, float | None, str, str | None]]:
    return {(b.min, b.max, b.period, b.role)  # type: ignore[attr-defined]
            for b in guide.salaries}  # type: ignore[attr-defined]


def _texts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


_CHART = """\
Lindenfield Technical College   Programs   Admissions   About
DACUM Research Chart for
PIPELINE INSPECTOR
Chart No. 11-204  ·  Workshop held 3–5 March 2026
Job titles in use: Line Inspector
General knowledge and skills
Weld inspection • Coating checks • Radiography basics
Career ladder: Pipe welder → Pipeline inspector → Inspection supervisor
"""


def test_title_line_ending_in_for_names_no_one() -> None:
    guide = parse_text(_CHART, "chart.txt")
    assert guide.role.text == "Pipeline Inspector"


_OFFICE = """\
Translated from Slovenian · View the original page
DeloTu.si   Vacancies   For firms   Sign in
STOCK CONTROLLER (M/F) – SKLADIŠČNI KONTROLOR
Mlinar Tehnika d.o.o.   ·   Celje   ·   Full-time work for an unlimited period
Pay: 1.700,00 – 2.000,00 EUR bruto per month (about 1.210 – 1.390 EUR neto)
About the employer
Mlinar Tehnika d.o.o. makes pump housings for the makers of heating systems.
Activity: pump manufacturing
What we expect:
– Knowledge of the warehouse system (Datalab)
We offer:
– the holiday pay (regres) of 1.300 EUR, paid in June
Pay overview (DeloTu.si)
Most of the offers are between 1.500 and 2.100 EUR.
Only every fifth ad offers more than 2.400 EUR.
Gross-to-net calculator: 2.000 EUR bruto → 1.380 EUR neto (one person, no children)
Similar ads
Stock controller · Velenje · 1.650 – 1.900 EUR bruto
Forklift driver · Žalec · 1.500 EUR bruto
"""


def test_translated_posting_pay_and_fields() -> None:
    guide = parse_text(_OFFICE, "office.txt")
    pay = {(low, high) for low, high, _, _ in _pay(guide)}
    assert (1700, 2000) in pay and (1500, 2100) in pay
    assert (1210, 1390) not in pay  # the net in the bracket: the same pay
    assert (1300, 1300) not in pay  # the holiday pay: no pay
    assert (2400, None) not in pay  # a remark on rare offers: no band
    assert not {(2000, 2000), (1380, 1380)} & pay  # the calculator's example
    assert _texts(guide, "sectors") == {"pump manufacturing"}  # no "unlimited period"
    assert "Velenje" not in _texts(guide, "employers")  # a town in the similar ads


def test_similar_jobs_with_firms_still_employ() -> None:
    text = _OFFICE.replace("Stock controller · Velenje", "Stock controller · Savinja Logistika")
    guide = parse_text(text, "office.txt")
    assert "Savinja Logistika" in _texts(guide, "employers")


def test_title_case_activity_needs_a_known_sector() -> None:
    text = _OFFICE.replace("Activity: pump manufacturing", "Activity: Detention and Corrections")
    assert not _texts(parse_text(text, "office.txt"), "sectors")


_REPLY = """\
StaffDesk  ·  Brennock Foods   Home   My pay   Cases   Help
Cases › HR-2026-118 · Pay transparency – request for information · Status: Answered
1. Your role and pay category
Job title: Stock planner (internal title: Inventory Planner). Grade SP2.
2. What you are paid
Your basic salary is €36,000 a year (SP2 pay point 3), which is €3,000 a month.
3. Averages in your category
Women in SP2 (Stock planner, 4 people): average €36,400
Men in SP2 (Stock planner, 6 people): average €37,100
Work of equal value (Stock planner, Buyer and Production Scheduler): average €37,900
4. Pay ranges and progression
SP2 – Stock planner: €33,000 – €41,000
SP3 – Senior stock planner: €40,000 – €48,000
SP4 – Supply Chain Manager: €50,000 – €62,000
An agency bills €41,00 an hour for a Temp Analyst; that is its price, not a salary we pay.
Since 2024, two were promoted to Senior stock planner and one to Supply Chain Manager.
"""


def test_pay_reply_grade_rows_and_restated_figures() -> None:
    guide = parse_text(_REPLY, "stock-planner.txt")
    pay = _pay(guide)
    assert (50000, 62000, "year", "Supply Chain Manager") in pay
    assert (36000, 36000, "year", None) in pay
    assert not any(low in (3000, 37900, 41) for low, _, _, _ in pay)


_LADDER = "Progression: Stock planner → Senior stock planner → Supply Chain Manager\n"


def test_moves_up_restating_the_ladder_are_its_steps() -> None:
    guide = parse_text(_REPLY.replace("Since 2024,", _LADDER + "Since 2024,"),
                       "stock-planner.txt")
    chains = [[f.text.lower() for f in chain] for chain in guide.progressions]
    assert ["stock planner", "senior stock planner", "supply chain manager"] in chains
    assert not _texts(guide, "leads_to")


def test_a_later_rung_named_alone_stays_a_move_up() -> None:
    text = _REPLY.replace("Since 2024,", _LADDER + "Since 2024,").replace(
        "two were promoted to Senior stock planner and one to", "one was promoted to")
    assert "Supply Chain Manager" in _texts(parse_text(text, "stock-planner.txt"), "leads_to")


_PLANT = """\
Icelandic → English · translated by Google · Original text
STARFAVEFUR.IS   Störf   Fyrirtæki
SMOKEHOUSE OPERATOR (STARFSMAÐUR Í REYKHÚSI)
Reykhús Vesturlands hf.   ·   Borgarnes   ·   Posted 1.12.2026
Base salary (grunnlaun): 560.000 kr. per month
Auglýsing 40917   ·   2.310 views
Requirements
– good English; Swedish helps a lot
We offer
– summer workers are paid 3.600 kr. per hour
– the night smoke: paid per batch, 12.000 kr. each
Salary statistics of Starfavefur.is
Average wages in food processing, the whole country: 640.000 kr. per month
Rarely any offer is above 700.000 kr. per month.
"""


def test_icelandic_posting_pay() -> None:
    guide = parse_text(_PLANT, "plant.txt")
    pay = _pay(guide)
    assert (560000, 560000, "month", None) in pay  # krona, though Swedish is named too
    assert (3600, 3600, "hour", None) in pay  # "kr." ends no sentence; the role's staff
    assert not any(low in (40917, 12000, 640000, 700000) for low, _, _, _ in pay)


def test_average_in_a_capitalised_place_stays_the_roles() -> None:
    text = _PLANT.replace("Average wages in food processing, the whole country",
                          "Average wages in West Iceland")
    assert (640000, 640000, "month", None) in _pay(parse_text(text, "plant.txt"))


_SHIFT = """\
GigDeck   Find shifts   My shifts   Profile
Banquet Porter
The Harwell Grand · 40 Quay St · ★ 4.5 (210 reviews)
Fri Dec 15 · 5:00 PM – 1:00 AM · 8 hrs · 3 spots left
$19/hr   ·   Est. total $152
Requirements
Skills: Heavy lifting · Room setup
"""


def test_shift_estimated_total_is_no_rate() -> None:
    pay = _pay(parse_text(_SHIFT, "shift.txt"))
    assert (19, 19, "hour", None) in pay
    assert not any(low == 152 for low, _, _, _ in pay)


def test_rungs_offered_as_alternatives_stay_moves_up() -> None:
    text = _REPLY.replace("Since 2024,", _LADDER + "Since 2024,").replace(
        "two were promoted to Senior stock planner and one to Supply Chain Manager",
        "a stock planner is promoted to Senior stock planner or Supply Chain Manager")
    assert "Supply Chain Manager" in _texts(parse_text(text, "stock-planner.txt"), "leads_to")
