"""Structures of three page types studied in held-back set 35's second pass (rules35c): a
port or terminal operator's careers page (the operator by its masthead and footer or its
header in capitals, "who else hires" written as a sentence with a kind's bracketed examples,
an "Also hiring X in the region:" line, a social-links footer), a council staff report
creating a position and a conference's speaker list filtered to a careers track."""

from __future__ import annotations

from careergraph.guides import parse_text

_TERMINAL = """\
Skip to content   Search   Berth Schedule   Careers   Contact us
Gullwing Bulk Terminals
Home > Careers > Operations roles > Berth Scheduler

Berth Scheduler
Location: Port of Gladstone, QLD      Ref: GBT-OPS-118

What a berth scheduler does
Our berth schedulers agree each ship's arrival window with the shipping agents.

Who else hires berth schedulers
Harbourline Ports, Eastgate Stevedores and the mining houses' own marine desks (Orebank, Talmet).
Sector: Ports & terminals · Bulk shipping

[Apply now]  [Save job]
Follow us: LinkedIn | Facebook | YouTube
© 2027 Gullwing Bulk Terminals Pty Ltd   Privacy   Terms
"""

_PORT_CAPITALS = """\
HARBOUR OF NELSON MARINE SERVICES — careers
MenuAbout usCareersNews
Careers / On the wharf / Reach Stacker Driver

Reach Stacker Driver
Container Yard | Nelson | Permanent, rotating shifts

About the role
Reach stacker drivers lift boxes between the stack and the rail wagons.

Also hiring reach stacker drivers nearby: Golden Bay Freight, Tasman Rail Terminal, Picton Hub.
Industry: Ports & stevedoring

Harbour of Nelson Marine Services Ltd  ·  Privacy  ·  Sitemap
"""

_GUIDE_SITE = """\
Home   Careers   Courses   About
Wyeside Careers Hub
Home > Careers > Berth Scheduler

Berth Scheduler
Berth schedulers plan which ship uses which berth and when.

© 2027 Wyeside Careers Hub
"""


def test_terminal_careers_page_names_the_operator_and_the_other_employers() -> None:
    guide = parse_text(_TERMINAL, "page.txt")
    assert guide.role.text == "Berth Scheduler"
    employers = [f.text for f in guide.employers]
    assert employers[0] == "Gullwing Bulk Terminals"
    assert employers[1:] == ["Harbourline Ports", "Eastgate Stevedores", "Orebank", "Talmet"]
    sectors = [f.text for f in guide.sectors]
    assert sectors == ["Ports & terminals", "Bulk shipping"]  # no social links, no own desks


def test_header_in_capitals_and_also_hiring_line() -> None:
    guide = parse_text(_PORT_CAPITALS, "page.txt")
    assert [f.text for f in guide.employers] == [
        "Harbour of Nelson Marine Services", "Golden Bay Freight", "Tasman Rail Terminal",
        "Picton Hub"]


def test_careers_guide_site_is_no_employer() -> None:
    guide = parse_text(_GUIDE_SITE, "page.txt")
    assert guide.employers == []  # the site's masthead and footer, but no "our" staff


_REPORT = """\
TOWNSHIP OF MARROWGATE
REPORT TO COUNCIL                                   Committee of the Whole — June 9, 2027
Report No.: PW-2027-22        Department: Public Works

Subject:  New Permanent Full-Time Position — Drainage Technician

1.0 Recommendations
1.1 THAT Council approve one new permanent full-time Drainage Technician position;

2.0 Background
Flooding complaints doubled between 2023 and 2026.

3.0 Analysis
3.1 Duties. Technicians inspect culverts and clear ditches.
3.2 Qualifications. Civil technology diploma; culvert condition rating; CCTV pipe inspection; \
hydraulic modelling.
3.3 Compensation (2027 Salary Grid, Grade 5):
    Drainage Technician ......................... $61,200 – $69,800 per annum
    Senior Drainage Technician .................. $68,400 – $77,100 per annum
    Supervisor, Drainage Operations ............. $88,900 – $99,300 per annum
"""

_STAFF_REPORT = """\
City of Larkspur Bend — Legislative Information Center
TO: Honorable Mayor and Members of the City Council
SUBJECT: Establish the classification of Fleet Mechanic

RECOMMENDATION
Adopt a resolution establishing the classification of Fleet Mechanic at pay grade 12.

BACKGROUND
Repairs are now done by an outside contractor, Gearline Motors, at $104 per hour.

CAREER LADDER
Incumbents could be promoted as follows: Fleet Mechanic → Senior Fleet Mechanic → Fleet Supervisor.

FISCAL IMPACT
Grade 12: $26.10 (Step A) – $36.45 (Step G) per hour.
For reference, Equipment Operator II is at grade 11: $24.90 – $34.70 per hour.
First-year cost including benefits is estimated at $88,300.
"""


def test_numbered_qualifications_clause_lists_skills() -> None:
    guide = parse_text(_REPORT, "report.txt")
    skills = {f.text for f in guide.skills}
    assert {"culvert condition rating", "CCTV pipe inspection", "hydraulic modelling"} <= skills


def test_title_printed_head_first_owns_its_grid_row() -> None:
    guide = parse_text(_REPORT, "report.txt")
    owned = {(s.min, s.role) for s in guide.salaries}
    assert (88900, "Supervisor, Drainage Operations") in owned
    assert (61200, None) in owned


def test_step_tags_cost_and_reference_grade() -> None:
    guide = parse_text(_STAFF_REPORT, "report.txt")
    assert guide.role.text == "Fleet Mechanic"  # "establishing the classification of X"
    pay = [(s.min, s.max, s.period, s.role) for s in guide.salaries]
    assert (26.10, 36.45, "hour", None) in pay  # the steps named after each end
    assert (24.90, 34.70, "hour", "Equipment Operator II") in pay
    assert all(s.min not in (104, 88300) for s in guide.salaries)  # a charge and a cost
    assert not any(f.text.startswith("Equipment Operator") for f in guide.leads_to)


_SPEAKERS = """\
RailFutures 2027 · York · 3–4 June        Agenda  Speakers  Exhibitors  Tickets
Speakers › Filter by track: [Careers in Signalling ✕]          4 speakers

Session: "Becoming a Signalling Engineer"  Thu 3 June, 10:00, Room 4
Abstract: A panel on what signalling engineers do and how people get in.

Dr Hana Voss
Chair · Head of Signalling, Northline Rail Ltd
Hana began her career as a Trainee Signalling Engineer with Tarnway Rail and now leads a team.

PETE OKORO, MSc, CEng
Signalling Engineer · Fellgate Systems, Leeds
Pete started as a technician and says contractors, infrastructure owners and consultancies are \
hiring.

Ros Milne
Careers Adviser, Rail Skills Hub
Ros will cover apprenticeships.

Dev Anand
Lecturer, School of Rail Engineering, Wexbury University
Dev teaches interlocking design.

Sponsors: Signalco · Railtrack Tools
"""


def test_speaker_cards_name_the_speakers_employers() -> None:
    guide = parse_text(_SPEAKERS, "speakers.txt")
    employers = [f.text for f in guide.employers]
    assert "Fellgate Systems" in employers
    assert any(name.startswith("Northline Rail") for name in employers)
    assert not {"Rail Skills Hub", "School of Rail Engineering", "Wexbury University",
                "Signalco"} & set(employers)


def test_a_clause_of_plural_kinds_is_no_told_career() -> None:
    guide = parse_text(_SPEAKERS, "speakers.txt")
    rungs = {fact.text for chain in guide.progressions for fact in chain}
    assert not {"Contractor", "Infrastructure Owner", "Consultancy"} & rungs


_SYMPOSIUM = """\
NORTHERN SONOGRAPHY SUMMIT 2027 | Duluth, MN | May 4–6
HOME   PROGRAM   SPEAKERS   REGISTER
Speakers » Student Track (3)

——————————————
RITA OYELARAN, BS, RDMS
Chief Sonographer · Lakehead Imaging Center, Duluth MN
Rita started in healthcare as a phlebotomist, went back to school for a sonography degree, \
and worked as a staff sonographer for six years before becoming Chief Sonographer in 2022.

——————————————
OWEN FALK, RDMS
Staff Sonographer · Iron Range Clinic, Hibbing MN
Owen was a radiology assistant before sonography school. He plans to move toward Sonography \
Education Coordinator. Many applicants come from nursing (ER nurses) and from biology degrees.
She'll also cover the $12,000 sign-on bonuses, which should never be counted as base.
"""

_TRANSFER_REPORT = """\
Fleet Mechanic

CAREER LADDER
Tire Technicians and Lube Technicians within the City would be eligible to apply as lateral \
transfers, and the position may serve as a step toward Fleet Operations Supervisor.
"""


def test_speakers_told_careers_and_earlier_jobs() -> None:
    guide = parse_text(_SYMPOSIUM, "sonographer.txt")
    chains = [[fact.text for fact in chain] for chain in guide.progressions]
    assert ["Phlebotomist", "Staff Sonographer", "Chief Sonographer"] in chains
    assert all(chain[-1] != "Sonographer" for chain in chains)  # no role after its top rung
    moves_in = {fact.text for fact in guide.moves_in}
    assert {"Radiology Assistant", "ER Nurse"} <= moves_in
    assert "Sonography Education Coordinator" in {fact.text for fact in guide.leads_to}
    assert all(s.min != 12000 for s in guide.salaries)  # a sign-on bonus is no pay


def test_lateral_transfers_move_in_and_a_step_toward_leads_up() -> None:
    guide = parse_text(_TRANSFER_REPORT, "fleet-mechanic.txt")
    assert {"Tire Technician", "Lube Technician"} <= {fact.text for fact in guide.moves_in}
    assert "Fleet Operations Supervisor" in {fact.text for fact in guide.leads_to}


_COMPARED_REPORT = """\
TOWNSHIP OF WILLOW HEATH
REPORT TO COUNCIL                                   Committee of the Whole — June 9, 2027

Subject:  New Position — Drainage Technician

3.4 Market comparison. Town of Ashby, Municipality of Wrenford and City of Dalemoor report \
Drainage Technician salaries with a median of $64,300.
Harlow Water and Story County also employ drainage technicians.
"""


def test_staff_report_names_the_council_and_comparable_bodies() -> None:
    guide = parse_text(_COMPARED_REPORT, "drainage-technician.txt")
    employers = {f.text for f in guide.employers}
    assert {"Town of Ashby", "Municipality of Wrenford", "City of Dalemoor",
            "Story County"} <= employers
    assert any(name.lower() == "township of willow heath" for name in employers)


_JOINED = """\
Branch Manager

Career path: Tutor → Lead Tutor → Branch Manager

Many of our managers joined us as Tutors from teaching jobs. Other Branch Managers joined us \
as Store Managers from retail or as Bank Tellers from banking.
"""


def test_groups_joined_as_move_in_unless_a_rung_of_the_ladder() -> None:
    guide = parse_text(_JOINED, "branch-manager.txt")
    moves_in = {fact.text for fact in guide.moves_in}
    assert {"Store Manager", "Bank Teller"} <= moves_in
    assert "Tutor" not in moves_in  # the ladder's first rung: where they started
