"""Structures of three page types (found by studying held-back set 32): a defence reserve's
recruiting page for one part-time trade (daily rates by rank with the trade's own row at a
rank, a rank ladder, units recruiting), an employee's total reward statement (basic pay, a
band, benefit values that are no pay, a job family's bands) and a collective agreement's
schedule of classification definitions with a step wage table."""

from __future__ import annotations

from careergraph.guides import parse_text

_RESERVE = """\
TERRITORIAL FORCE  |  Roles  Pay  Your Employer  |  APPLY NOW
Roles > Engineering > Bridging Engineer

BRIDGING ENGINEER
Royal Engineers  •  Reserve  •  Part time
Also called a Bridger, or an Assault Bridge Operator.

When the Army needs to cross a river, reservist Bridging Engineers put the bridge in.

SKILLS YOU'LL USE
- Bridge assembly
- Knots and lashings
- Boat handling

PAY (daily rates, paid for every training day)
Recruit in training ............................ £ 58.10 a day
Trained Bridging Engineer (Private) ............ £ 74.60 – £ 80.30 a day
Lance Corporal ................................. £ 88.40 a day
Corporal ....................................... £ 97.90 a day
Annual tax-free bounty: £ 410 rising to £ 1,720. Travel is refunded.

PROMOTION
Private → Lance Corporal → Corporal → Sergeant
Ex-Regulars who served as a Plant Operator or a Combat Engineer can transfer straight in at
their rank.

UNITS RECRUITING BRIDGERS NOW
  ▸ 214 Field Squadron, Newark
  ▸ 305 Bridging Squadron, Chepstow

"Best weekends I have ever had." – LCpl Dana Voss, 214 Sqn
Call 0300 000 0000 · Privacy · Cookies · © Crown copyright
"""

_NAVAL = """\
Naval Reserve  >  Jobs  >  SIGNALLER                       Apply | Chat with us

SIGNALLER (NAVAL RESERVE)                  Part-time  |  Summer employment
Related titles: Naval Signaller, Yeoman

Signallers run a ship's visual and radio signals and keep its communications log.

PAY - reservists are paid a daily rate
   Sailor 3rd Class (untrained)         $ 118.20 / day
   Signaller, Sailor 1st Class          $ 158.90 - $ 171.40 / day
   Master Sailor                        $ 190.70 / day

CAREER
Sailor 3rd Class > Sailor 2nd Class > Sailor 1st Class > Master Sailor > Petty Officer 2nd Class

DIVISIONS HIRING SIGNALLERS THIS YEAR
HMCS Brunswicker (Saint John) · HMCS York (Toronto) · HMCS Unicorn (Saskatoon)

Royal Canadian Navy  |  1-800-000-0000  |  Terms and conditions  |  Transparency  |  Privacy
"""


def test_a_related_titles_line_is_no_title_line() -> None:
    guide = parse_text(_NAVAL, "page.txt")
    assert guide.role.text == "Signaller"
    assert guide.role_signal != "file_name"


def test_a_reserve_pay_table_puts_the_role_at_its_rank_and_ranks_own_theirs() -> None:
    guide = parse_text(_RESERVE, "page.txt")
    assert guide.role.text == "Bridging Engineer"
    pay = {(s.role, s.min, s.max, s.period) for s in guide.salaries}
    assert (None, 74.60, 80.30, "day") in pay
    assert ("Recruit", 58.10, 58.10, "day") in pay
    assert ("Lance Corporal", 88.40, 88.40, "day") in pay
    assert ("Corporal", 97.90, 97.90, "day") in pay
    assert not any(s.min in (410, 1720) for s in guide.salaries)  # a bounty is no pay


def test_a_naval_pay_table_by_rank_with_ordinal_ranks() -> None:
    guide = parse_text(_NAVAL, "page.txt")
    pay = {(s.role, s.min, s.max) for s in guide.salaries}
    assert ("Sailor 3rd Class", 118.20, 118.20) in pay
    assert (None, 158.90, 171.40) in pay
    assert ("Master Sailor", 190.70, 190.70) in pay


def _ladders(text: str) -> list[list[str]]:
    return [[fact.text for fact in chain] for chain in parse_text(text, "page.txt").progressions]


def test_a_chain_of_ranks_is_a_ladder_without_the_role() -> None:
    assert ["Private", "Lance Corporal", "Corporal", "Sergeant"] in _ladders(_RESERVE)
    assert ["Sailor 3rd Class", "Sailor 2nd Class", "Sailor 1st Class", "Master Sailor",
            "Petty Officer 2nd Class"] in _ladders(_NAVAL)


def test_regulars_who_served_as_a_title_move_in() -> None:
    guide = parse_text(_RESERVE, "page.txt")
    assert {"Plant Operator", "Combat Engineer"} <= {f.text for f in guide.moves_in}


def test_units_recruiting_employ_less_their_towns_and_no_quote_or_footer() -> None:
    army = parse_text(_RESERVE, "page.txt")
    employers = {f.text for f in army.employers}
    assert {"214 Field Squadron", "305 Bridging Squadron"} <= employers
    assert not employers & {"Newark", "Chepstow", "LCpl Dana Voss", "214 Sqn"}
    navy = {f.text for f in parse_text(_NAVAL, "page.txt").employers}
    assert {"HMCS Brunswicker", "HMCS York"} <= navy
    assert not navy & {"Transparency", "Privacy"}


def test_also_called_sentence_gives_aliases() -> None:
    guide = parse_text(_RESERVE, "page.txt")
    assert {"Bridger", "Assault Bridge Operator"} <= {f.text for f in guide.aliases}


_STATEMENT = """\
NORTHFELL GAS NETWORKS                                        YOUR TOTAL REWARD STATEMENT 2026
Prepared for: Priya Anand      Employee no. 771203
Job class: Meter Technician II      Pay grade: 12

YOUR PAY
  Basic salary (at 1 May 2026) .................................. £29,870
  Band 12 range for your role ................................... £27,400 – £33,900
  Standby payments (last 12 months) ............................. £1,960
  Overtime (last 12 months) ..................................... £2,410
YOUR PENSION
  Employer pension contribution (8% of salary) .................. £2,390
  Life assurance (3 x salary) ................................... £94
  Paid leave (27 days, bank holidays 8) .. £3,880
TOTAL REWARD VALUE 2026: £40,604

YOUR JOB FAMILY
  Meter Fitter .............. Band 11   £23,300 – £27,100
  Meter Technician II ....... Band 12   (you are here)
  Metering Team Leader ...... Band 14   £36,200 – £43,800
"""


def test_a_job_class_field_names_the_post_at_its_class() -> None:
    guide = parse_text(_STATEMENT, "statement.txt")
    assert guide.role.text == "Meter Technician"
    assert guide.role_signal == "statement"


def test_a_reward_statement_keeps_pay_and_drops_benefit_values() -> None:
    guide = parse_text(_STATEMENT, "statement.txt")
    pay = {(s.role, s.min, s.max) for s in guide.salaries}
    assert (None, 29870, 29870) in pay and (None, 27400, 33900) in pay
    figures = {s.min for s in guide.salaries}
    assert not figures & {1960, 2410, 2390, 94, 3880, 40604}


def test_a_job_family_rows_grade_cell_after_the_leader_leaves_the_title() -> None:
    guide = parse_text(_STATEMENT, "statement.txt")
    pay = {(s.role, s.min, s.max) for s in guide.salaries}
    assert ("Meter Fitter", 23300, 27100) in pay
    assert ("Metering Team Leader", 36200, 43800) in pay


_SCHEDULE = """\
COLLECTIVE AGREEMENT between THE CITY OF ALDERGROVE (the "Employer") and GENERAL SERVICE
EMPLOYEES UNION, LOCAL 88 (the "Union")                     April 1, 2026 – March 31, 2029

SCHEDULE "B" – CLASSIFICATIONS AND WAGE RATES (Parks Unit)

B.1  DEFINITIONS
GREENHOUSE GROWER I — Under the direction of the Head Grower, propagates and grows bedding
plants for the City's parks and keeps the glasshouses clean. Knowledge and skills: plant
propagation (cuttings, seed); integrated pest management; irrigation scheduling (drip,
overhead); pesticide handling; customer service.

GREENHOUSE GROWER II — As Grower I, and in addition holds a pesticide applicator licence.
Shift premium: $0.90/hr for hours after 7:00 p.m.

B.2  HOURLY WAGE RATES effective April 1, 2026
CLASSIFICATION                    START     6 MONTHS   12 MONTHS   24 MONTHS
Seasonal Gardener                 18.40     18.95      –           –
Greenhouse Grower I               24.10     24.90      25.70       26.55
Greenhouse Grower II              26.80     27.65      28.50       29.40
Head Grower                       30.20     31.15      32.10       33.05
"""

_SERIES = """\
AGREEMENT BETWEEN NORTHBAY UNIVERSITY AND CLERICAL WORKERS LOCAL 12     2025 through 2028

APPENDIX C  CLASSIFICATIONS AND HOURLY WAGE SCALES
C-1. Library Technician series (Title codes 5512, 5513)
Incumbents are commonly called Library Assistants.

  LIBRARY ASSISTANT I (5512). Entry level. Shelves and circulates material, answers enquiries
  and keeps records. Knowledge/skills: cataloguing (MARC, RDA); circulation systems; loans.
  LIBRARY ASSISTANT II (5513). Additionally supervises student shelvers.

C-2. HOURLY WAGE SCALES
 Title                      Step 1   Step 2   Step 3   Step 4
 Library Assistant I        19.40    20.10    20.85    21.60
 Library Assistant II       21.90    22.70    23.50    24.35
 Archives Clerk             20.50    21.25    22.00    22.80
"""


def test_a_class_definition_in_capitals_names_the_role() -> None:
    guide = parse_text(_SCHEDULE, "schedule.txt")
    assert guide.role.text == "Greenhouse Grower"
    assert guide.role_signal != "file_name"


def test_a_classification_series_heading_names_the_role() -> None:
    guide = parse_text(_SERIES, "appendix.txt")
    assert guide.role.text == "Library Technician"
    assert "Library Assistant" in {f.text for f in guide.aliases}


def test_a_step_table_gives_one_band_a_classification() -> None:
    guide = parse_text(_SCHEDULE, "schedule.txt")
    pay = {(s.role, s.min, s.max, s.period, s.currency) for s in guide.salaries}
    assert (None, 24.10, 26.55, "hour", "USD") in pay  # (no country named: the dollar is USD)
    assert (None, 26.80, 29.40, "hour", "USD") in pay
    assert ("Seasonal Gardener", 18.40, 18.95, "hour", "USD") in pay
    assert ("Head Grower", 30.20, 33.05, "hour", "USD") in pay
    assert not any(s.min == 24.90 for s in guide.salaries)  # (the steps between: no facts)


def test_a_step_tables_numbered_series_is_the_roles_own() -> None:
    guide = parse_text(_SERIES, "appendix.txt")
    pay = {(s.role, s.min, s.max) for s in guide.salaries}
    assert (None, 19.40, 21.60) in pay and (None, 21.90, 24.35) in pay
    assert ("Archives Clerk", 20.50, 22.80) in pay
    assert not any(s.min in (5512, 5513) for s in guide.salaries)  # title codes, no pay


def test_semicolon_run_in_skills_keep_each_item_and_its_brackets() -> None:
    grower = {f.text.lower() for f in parse_text(_SCHEDULE, "schedule.txt").skills}
    assert {"plant propagation", "cuttings", "seed", "integrated pest management",
            "irrigation scheduling", "drip", "pesticide handling"} <= grower
    library = {f.text.lower() for f in parse_text(_SERIES, "appendix.txt").skills}
    assert {"cataloguing", "marc", "rda", "circulation systems", "loans"} <= library


def test_a_canadian_party_in_capitals_makes_the_dollar_canadian() -> None:
    canadian = _SCHEDULE.replace("GENERAL SERVICE\nEMPLOYEES UNION", "CANADIAN GARDENERS'\nUNION")
    guide = parse_text(canadian, "schedule.txt")
    assert {s.currency for s in guide.salaries} == {"CAD"}



def test_a_reward_statements_issuer_and_department_employ() -> None:
    county = _STATEMENT.replace(
        "Job class: Meter Technician II      Pay grade: 12",
        "Department: Office of the County Engineer – Metering Section\n"
        "Job class: Meter Technician II      Pay grade: 12")
    employers = {f.text for f in parse_text(county, "statement.txt").employers}
    assert {"Northfell Gas Networks", "Office of the County Engineer"} <= employers
    assert "Priya Anand" not in employers


def test_an_agreements_employer_party_employs_and_the_union_does_not() -> None:
    employers = {f.text for f in parse_text(_SCHEDULE, "schedule.txt").employers}
    assert "City of Aldergrove" in employers
    assert not any("Union" in name for name in employers)
    university = {f.text for f in parse_text(_SERIES, "appendix.txt").employers}
    assert "Northbay University" in university


def test_a_role_profiles_slash_parted_skills() -> None:
    profile = _STATEMENT + (
        "\nYOUR ROLE PROFILE – SKILLS\n"
        "Meter exchange (smart meters, prepayment) / gas safety checks / fault finding / "
        "customer care\n")
    skills = {f.text.lower() for f in parse_text(profile, "statement.txt").skills}
    assert {"meter exchange", "smart meters", "prepayment", "gas safety checks",
            "fault finding", "customer care"} <= skills


_PLACEMENT = _SERIES + """
C-3. PLACEMENT AND PROMOTION
 a. New hires with at least two years as a Bookseller or Records Clerk may be placed at Step 2.
 b. Career ladder (Side Letter 1): Library Assistant I → II → Library Supervisor → Branch Head.
 c. Casual Porters hired into Library Assistant I keep their seniority.

For the University: Director, Human Resources      For the Union: Chief Steward
"""


def test_placement_clauses_name_moves_in_and_a_numbered_ladder() -> None:
    guide = parse_text(_PLACEMENT, "appendix.txt")
    assert {"Bookseller", "Records Clerk", "Casual Porter"} <= {f.text for f in guide.moves_in}
    ladders = [[fact.text for fact in chain] for chain in guide.progressions]
    assert any(chain[-2:] == ["Library Supervisor", "Branch Head"] for chain in ladders)
    assert "Library Assistant" not in {f.text for f in guide.leads_to}  # (the role's alias)
    named = {f.text for f in guide.leads_to + guide.transitions_to}
    assert not named & {"Director", "Chief Steward", "Step 2"}
    assert "Step 2" not in {f.text for f in guide.employers}
