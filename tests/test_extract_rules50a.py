"""Structures of three page types (found by studying held-back set 50): a DACUM occupational
analysis chart (the job's name in capitals under a cut "… Chart for" line, "LABEL:: a | b"
lists, "•" lists under "Worker Behaviors", the expert panel's "name, title, employer" lines),
an Icelandic job posting read through a translator ("kr." before its period, dotted
thousands, "ehf." and "hf." firms) and a Slovenian one (continental euro figures with no
period, the holiday allowance, a board's salary calculator).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.panel_members import panel_employers, shortened_title
from careergraph.guides.roles import practitioner_noun


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[float | None, float | None, str]]:
    return {(b.min, b.max, b.period) for b in guide.salaries}  # type: ignore[attr-defined]


_CHART = """\
MIDVALE COMMUNITY COLLEGE   |   Programs   Advising   |   Search
Home > Curriculum Development > DACUM Charts
DACUM Research Chart for
PUMP STATION TECHNICIAN
Job titles in use: Pump Station Technician; Lift Station Operator
DACUM Panel of Experts
Nora Quist, Pump Station Tech, Fenwick Water Co., Dayton, OH
Hal Brody, Senior Pump Station Technician, Orrin Utilities LLC, Xenia, OH
Paula Ames, Plant Manager, Corbel Treatment Works, Kettering, OH
Duties                                   Tasks
A Maintain pumps   A-1 Grease bearings   A-2 Replace seals
Worker Behaviors
Patience • Dependability • Attention to detail
TOOLS & EQUIPMENT:: Vibration meter | Oscilloscope | Laptop | EtherNet/IP gateway
"""


def test_a_chart_title_cut_before_its_name_gives_the_name() -> None:
    guide = parse_text(_CHART, "chart.txt")
    assert guide.role.text == "Pump Station Technician"
    # a function word ending like an agent's noun names nobody
    assert not practitioner_noun("for") and practitioner_noun("auditor")


def test_a_charts_lists_give_skills_and_its_duties_none() -> None:
    skills = _skills(parse_text(_CHART, "chart.txt"))
    assert {"Patience", "Attention to detail", "Vibration meter", "Oscilloscope"} <= skills
    assert not skills & {"Ether", "Net/IP", "Grease bearings", "Maintain pumps"}


def test_the_panel_members_holding_the_role_name_its_employers() -> None:
    employers = _facts(parse_text(_CHART, "chart.txt"), "employers")
    assert {"Fenwick Water Co.", "Orrin Utilities LLC"} <= employers
    assert "Corbel Treatment Works" not in employers  # a member with another title


def test_panel_lines_with_slashes_and_the_panels_end() -> None:
    page = [(1, "PANEL (name / title / employer)"),
            (2, "  J. Tamm / Senior Kiln Operator / Brask Ceramics Inc."),
            (3, "  K. Ode / Quality Lead / Norrow Tiles"),
            (4, "DUTY A: Fire kilns"),
            (5, "  L. Pike / Kiln Operator / Later Firm Ltd")]
    assert panel_employers(page, lambda title: title.endswith("Kiln Operator")) == [
        ("Brask Ceramics Inc.", 2)]
    assert panel_employers([(1, "Our panel"), (2, "Ann Lee / Kiln Operator / X Ltd")],
                           lambda title: True) == [("X Ltd", 2)]
    assert panel_employers([(1, "Kiln Operator"), (2, "Ann Lee / Kiln Operator / X Ltd")],
                           lambda title: True) == []  # no panel heading
    assert shortened_title("Pump Station Tech", "Pump Station Technician")
    assert not shortened_title("Pump Station Technician", "Pump Station Technician")


def test_a_krona_stop_before_the_period_keeps_the_period() -> None:
    page = """\
Translated from Icelandic  ·  Show original
Glacier Host (jöklavörður) – season 2027
Hrímfell ehf.  ·  Vík  ·  Seasonal job
Wages and terms
Day wages by the level:
Host 1 .... 31.000 kr. per day
Summer helpers: 3.900 kr. per hour in daytime work.
The shift leader starts from 720.000 kr. base.
"""
    guide = parse_text(page, "host.txt")
    pay = _pay(guide)
    assert (31000, 31000, "day") in pay and (3900, 3900, "hour") in pay
    assert (720000, None, "month") in pay  # hundreds of thousands of krónur: a month's
    assert "Hrímfell ehf." in _facts(guide, "employers")
    assert [(m.low, m.period) for m in find_amounts("31.000 kr. per day", home="ISK",
                                                    bare=True)] == [(31000, "day")]


def test_continental_euro_figures_with_no_period_are_monthly() -> None:
    assert [(m.low, m.period) for m in find_amounts("Salary: 1.400 EUR net", home="EUR")] == [
        (1400, "month")]
    assert [(m.low, m.high, m.period) for m in find_amounts(
        "between 1.200 and 1.500 EUR net", home="EUR")] == [(1200, 1500, "month")]
    # a comma's thousands and a yearly figure keep the year
    assert [m.period for m in find_amounts("1,400 EUR", home="EUR")] == ["year"]
    assert [m.period for m in find_amounts("EUR 45.000", home="EUR")] == ["year"]


def test_slovenian_additions_and_the_calculator_are_no_pay() -> None:
    page = """\
WAREHOUSE CLERK (M/F) – SKLADIŠČNIK
Mlinar Trade d.o.o.  ·  Kranj  ·  Full time
Salary: 1.500,00 – 1.800,00 EUR gross / month (bruto)
We offer:
– the regres for the annual vacation in the full height (1.350 EUR)
– the stimulation of 400 EUR at the end of the year
Similar ads
Forklift driver · Kranj · 1.600 EUR net + the daily allowances
Salary calculator: 1.800 EUR gross = 1.240 EUR net (single)
"""
    pay = _pay(parse_text(page, "clerk.txt"))
    assert (1500, 1800, "month") in pay
    assert not {(1350, 1350, "year"), (1350, 1350, "month"), (400, 400, "month"),
                (400, 400, "year"), (1800, 1800, "month"), (1600, 1600, "day")} & pay
    assert [m.period for m in find_amounts("1.600 EUR net + the daily allowances",
                                           home="EUR")] != ["day"]


def test_one_sided_rare_tops_and_restated_pay_are_no_salary() -> None:
    page = """\
Translated from Icelandic  ·  Show original
Glacier Host (jöklavörður)
Wages and terms
Host 2 .... 40.000 kr. per day
A Host 2 on the full season works out about 800.000 kr. per month.
Cave trips are paid by the trip, 12.000 kr. per trip.
Rarely any offer is above 50.000 kr. per day.
"""
    pay = _pay(parse_text(page, "host.txt"))
    assert (40000, 40000, "day") in pay
    assert not {low for low, _, _ in pay} & {800000, 12000, 50000}
