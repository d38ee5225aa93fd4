"""Structures of set 33's page types as the generator varies them (helper carry33): pay rows
led by a scale code, two-way moves, a footer's links after the site's name, a standard's
letter lines with one separator, a firm's billing, a table of pay by province, grade cards'
titles and contact strips."""

from __future__ import annotations

from careergraph.guides import parse_text


def _pay(guide: object) -> list[tuple[float, float, str | None, str | None, str | None]]:
    return [(s.min, s.max, s.label, s.role, s.region) for s in guide.salaries]  # type: ignore[attr-defined]


_BANDED = """\
Orthoptist

Orthoptists assess eye movement problems in children and adults.

Career ladder: Trainee Orthoptist > Orthoptist > Senior Orthoptist > Orthoptic Services Lead

Pay (national scale, 2026)
  Band 5  Trainee Orthoptist: £25,000 – £31,000
  Band 6  Orthoptist: £33,000 – £41,000
  Band 7  Senior Orthoptist: £40,000 – £46,000
"""


def test_a_scale_code_before_a_titled_pay_row_is_no_part_of_its_title() -> None:
    guide = parse_text(_BANDED, "orthoptist.txt")
    labels = [label for _, _, label, _, _ in _pay(guide)]
    assert len(labels) == 3
    assert not any(label and (label.endswith(":") or "Band" in label) for label in labels)
    ladders = [[f.text for f in chain] for chain in guide.progressions]
    assert all(not step.endswith(":") for chain in ladders for step in chain)


_TWO_WAY = """\
CABLE JOINTER

Cable Jointers join and terminate power cables on the distribution network.

Lateral movement: Cable Jointer ⇄ Network Surveyor (after a year on site)
"""


def test_a_two_way_arrow_names_the_other_title_as_a_lateral_move() -> None:
    guide = parse_text(_TWO_WAY, "cable-jointer.txt")
    assert [f.text for f in guide.transitions_to] == ["Network Surveyor"]


_HUB = """\
MARSHGATE SKILLS HUB   Home · Job finder · Pathways · News · Contact

OCCUPATION: BOILER SERVICE ENGINEER

Boiler Service Engineers service and repair heating systems in homes.

KNOWLEDGE, SKILLS AND BEHAVIOURS
K: Gas safety rules · Flue analysis (combustion analyser)
S: Fault diagnosis · Pipework · Customer records
B: Tidy working · Honest advice

© Marshgate Skills Hub · Disclaimer · Accessibility
"""


def test_a_hub_menu_beside_its_name_is_no_skill_and_letter_lines_split() -> None:
    guide = parse_text(_HUB, "boiler.txt")
    skills = {s.text for s in guide.skills}
    assert not skills & {"Home", "Job finder", "Pathways", "News", "Contact"}
    assert {"Gas safety rules", "Flue analysis", "Tidy working", "Honest advice"} <= skills


_LICENCE = """\
How to get licensed as a scaffolder in Canada

Province          Hours     Licence fee   Median wage   Regulator
Manitoba (MB)     210       $75           $27.40/hr     Trades Office
Ontario (ON)      180       $120          $29.10/hr     Skills Registry

In-house firms pay $52,000–$63,000 a year; agencies bill clients about $47.50 an hour.

Career path: Scaffolding Labourer → Scaffolder → Scaffold Supervisor
"""


def test_pay_by_province_and_a_firm_billing_its_clients() -> None:
    guide = parse_text(_LICENCE, "scaffolder.txt")
    pay = _pay(guide)
    assert (27.40, 27.40, "Median wage", None, "Manitoba") in pay
    assert (29.10, 29.10, "Median wage", None, "Ontario") in pay
    assert (52000, 63000) in [(low, high) for low, high, *_ in pay]
    amounts = {low for low, *_ in pay}
    assert 47.50 not in amounts


_GRADE_CARD = """\
STAGE CREW GUILD — RATE GUIDE 2026                              Page 12

LIGHTING STANDBY
Also: Standby Electrician / Floor Standby

WEEKLY RATES (48-hour week)
Budget tier                   Lighting Standby    Senior Lighting Standby   Lighting Trainee
Tier A (budget over $10m)     $1,950              $2,050                    $1,400
Tier B (under $10m)           $1,800              $1,880                    $1,300

Entry points: Stagehand; Rigging Assistant
Skills: cable runs, dimmer checks, safe working at height

Pay queries: the rates office · Branch organiser: Rhea Collard · Member helpline 0800 222 333
"""


def test_a_grade_card_titled_over_its_other_names_and_its_contact_strip() -> None:
    guide = parse_text(_GRADE_CARD, "card.txt")
    assert guide.role.text == "Lighting Standby"
    assert {"Standby Electrician", "Floor Standby"} <= {a.text for a in guide.aliases}
    assert [f.text for f in guide.moves_in] == ["Stagehand", "Rigging Assistant"]
    assert not [f.text for f in guide.employers if "Collard" in f.text or "0800" in f.text]
    assert not [f.text for f in guide.sectors if "rates office" in f.text]
    skills = {s.text.lower() for s in guide.skills}
    assert "safe working" not in skills
    assert "safe working at height" in skills


_BRACKET_CARD = """\
FILM CREW ALLIANCE  ·  Rate cards  ·  Grade guides  ·  Join

DOLLY GRIP  (Camera Grip, "Track Grip")
Grade card 2026 · labour only

The Dolly Grip lays track and moves the camera dolly on set.
"""


def test_a_bracketed_grade_title_on_a_shared_head_noun() -> None:
    guide = parse_text(_BRACKET_CARD, "card.txt")
    assert guide.role.text == "Dolly Grip"
    assert {"Camera Grip", "Track Grip"} <= {a.text for a in guide.aliases}


_NARROW_CELL = """\
How to get licensed as a glazier in Canada

Province              Hours       Licence fee  Median wage   Regulator
Prince Edward Is (PE) 160         $85          $25.10/hr     Trades Office
Yukon (YT)            120         $60          $31.40/hr     Skills Office
"""


def test_a_row_whose_first_cell_reaches_the_next_column() -> None:
    guide = parse_text(_NARROW_CELL, "glazier.txt")
    pay = _pay(guide)
    assert (25.10, 25.10, "Median wage", None, "Prince Edward Is") in pay
    assert 85 not in {low for low, *_ in pay}


_CASUAL = """\
LIGHTING STANDBY
Also: Standby Electrician / Floor Standby

The Lighting Standby keeps the lamps running during a stage show.

PAY
DAILY (CASUAL) RATES: Band A $480.00; Band B $455.00
Holiday pay, meal penalties ($22.00) and travel are paid on top and are not rates.
"""


def test_a_labelled_daily_rates_line_and_a_penalty_on_top() -> None:
    guide = parse_text(_CASUAL, "card.txt")
    pay = {(s.min, s.period) for s in guide.salaries}
    assert {(480, "day"), (455, "day")} <= pay
    assert 22 not in {low for low, _ in pay}


_CLOSING = """\
SET CARPENTER
Also: Construction Carpenter / Stage Carpenter

The Set Carpenter builds the sets a production designer draws.

Equipment & software: Scenic drawing apps (SketchUp, Vectorworks)
Skills: joinery, flat building, rigging scenery

Pathway: Carpentry Assistant → Set Carpenter → Head of Construction
Productions engaging members: Ironbark Stage Pty Ltd; Saltbush Studios Pty Ltd
Work areas: theatre tours, television studios

These are minimums. The union accepts no claims for typing errors.
"""


def test_a_closing_notice_after_a_skills_line_is_no_skill() -> None:
    guide = parse_text(_CLOSING, "card.txt")
    skills = {s.text for s in guide.skills}
    assert "joinery" in skills
    assert not any("minimums" in s for s in skills)


_HIRING = """\
How to get licensed as a pool inspector in Oregon

Pool Inspectors check public pools for safety and water quality.

Hiring now: Cascade Pool Checks, Willamette Aquatic Safety

INDEPENDENT FRANCHISEES HIRING NOW
• Juniper Pools LLC
• Ridgeline Water Care LLC
"""


def test_hiring_now_labels_and_headings_list_employers() -> None:
    guide = parse_text(_HIRING, "pool-inspector.txt")
    employers = {f.text for f in guide.employers}
    assert {"Cascade Pool Checks", "Willamette Aquatic Safety", "Juniper Pools LLC",
            "Ridgeline Water Care LLC"} <= employers
