"""Structures found by a further study of held-back set 33 (precision first): a licensing
comparison's skills list, reciprocity line and table of fees; a crew rate card's productions;
a franchisor's crew-to-owner page with owners hiring, perks and a buy-in step; a shadowing
report's host line; a translated posting's field strip and city pay block."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.requirement_items import comma_requirements
from careergraph.guides.wrap import _cell_line

_LICENSING = """\
TradeLicenceFinder   Professions ▾   Compare   Exam Prep
Home / Trades / Locksmith

Locksmith Licence Requirements by State (2026)

What is a locksmith?
A Locksmith installs, repairs and opens locks and keys for homes, cars and businesses.

State | Licence | Exam | Bond | Initial fee
Oregon | Yes | Written | $5,000 | $140
Nevada | Yes | Written | — | $95
Illinois | Yes | Written | $10,000 | $250

Skills licensing boards and employers list
key cutting · lock picking · safe opening · access control systems (Salto, Kisi) · customer service

Who hires locksmiths?
Lock firms such as Copperline Locks, Ridgeback Security and Northgate Keys
hire licensed locksmiths and apprentices. Common backgrounds: Carpenters, Alarm Installers \
and Security Guards.
Lateral moves: many locksmiths add a contractor licence and work as Security Consultants, or \
become Safe Technicians.
Industries: construction, property management, automotive

Reciprocity: Oregon, Nevada, Illinois and Texas have reciprocity agreements (check each board).
"""


def test_skills_heading_naming_who_lists_them_holds_skills_not_employers() -> None:
    guide = parse_text(_LICENSING, "page-1.txt")
    skills = {s.text.lower() for s in guide.skills}
    assert {"key cutting", "lock picking", "safe opening"} <= skills
    names = {e.text.lower() for e in (*guide.employers, *guide.sectors)}
    assert not {"key cutting", "lock picking", "customer service"} & names


def test_states_with_reciprocity_are_no_employers() -> None:
    employers = {e.text for e in parse_text(_LICENSING, "page-1.txt").employers}
    assert {"Copperline Locks", "Ridgeback Security", "Northgate Keys"} <= employers
    assert not {"Oregon", "Nevada", "Illinois"} & employers
    assert not any("reciprocity" in e for e in employers)


def test_wrapped_hiring_predicate_names_no_sector() -> None:
    sectors = {s.text.lower() for s in parse_text(_LICENSING, "page-1.txt").sectors}
    assert "construction" in sectors
    assert not any(s.startswith("hire ") for s in sectors)


def test_run_in_backgrounds_after_a_sentence_are_moves_in() -> None:
    guide = parse_text(_LICENSING, "page-1.txt")
    moved_in = {m.text.lower().rstrip("s") for m in guide.moves_in}
    assert {"carpenter", "alarm installer", "security guard"} <= moved_in
    across = {m.text for m in (*guide.transitions_to, *guide.leads_to)}
    assert "Security Consultant" in across


_PROVINCES = """\
CAREERS BY PROVINCE  ›  Licensed occupations  ›  Security Officer
Security Officer — licensing across Canada

PROVINCE-BY-PROVINCE
Province | Regulator | Training | Licence fee (2 yrs) | Min. age
Ontario | Ministry of Public Safety | 20-hr course | $90 | 18
Manitoba | Security Officers and Guards Program | 12 hrs | $70 | 18

CAREER PATH
Security Officer Under Supervision → Licensed Security Officer → Senior Security Officer → \
Security Supervisor

WHO HIRES
Guarding firms: Prairie Watch Services Inc. (Winnipeg), Lakehead Patrol Group \
(Thunder Bay), Cobalt Site Guarding, Maplestone Protection (Ottawa)
"""


def test_fee_column_row_naming_a_programme_gives_no_pay() -> None:
    guide = parse_text(_PROVINCES, "page-1.txt")
    assert not {70, 90} & {s.min for s in guide.salaries}


def test_under_supervision_rung_keeps_its_words() -> None:
    guide = parse_text(_PROVINCES, "page-1.txt")
    steps = [[f.text for f in chain] for chain in guide.progressions]
    assert any(chain[0] == "Security Officer Under Supervision" for chain in steps)


def test_firms_with_their_towns_in_brackets_are_each_an_employer() -> None:
    employers = {e.text.rstrip(".") for e in parse_text(_PROVINCES, "page-1.txt").employers}
    assert {"Prairie Watch Services Inc", "Lakehead Patrol Group", "Cobalt Site Guarding",
            "Maplestone Protection"} <= employers


_CREW = """\
SOUND CREW BRANCH (West)  ·  Rate cards  ·  Grade guides  ·  Join
Grade guides / Sound department / Boom Operator

BOOM OPERATOR  (1st Assistant Sound)
Grade card 2026 · rates labour only

The Boom Operator holds the microphone over the actors on every take and places radio mics.

Weekly rates (50-hour week) — by production budget tier
TIER                      Boom Operator      Sound Trainee
A  Feature > £10M           £1,840             £960
B  Low budget < £2M         £1,520             £820
Daily engagement (casual, 11 hrs): Boom Operator £395; Sound Trainee £190.

WHO'S HIRING OUR MEMBERS THIS QUARTER
Ashfell Pictures (HETV, Kendal) · Tarn Street Films · Wraybeck Commercials · Scout Hill Productions
Productions engaging branch Boom Operators in 2026 included shoots by Fellgate Studios, \
Mirecross Screen and Low Force Drama Ltd.
Work is in scripted TV drama, feature films and commercials.
"""


def test_a_format_and_town_in_a_firms_bracket_are_no_employers() -> None:
    employers = {e.text for e in parse_text(_CREW, "page-1.txt").employers}
    assert {"Ashfell Pictures", "Tarn Street Films", "Scout Hill Productions"} <= employers
    assert not {"HETV", "Kendal"} & employers


def test_productions_engaging_the_grade_name_their_firms() -> None:
    employers = {e.text.rstrip(".") for e in parse_text(_CREW, "page-1.txt").employers}
    assert {"Fellgate Studios", "Mirecross Screen", "Low Force Drama Ltd"} <= employers


def test_a_run_in_daily_label_gives_its_figures_a_day() -> None:
    guide = parse_text(_CREW, "page-1.txt")
    daily = [s for s in guide.salaries if s.min in (395, 190)]
    assert len(daily) == 2 and {s.period for s in daily} == {"day"}


def test_a_strip_of_names_ends_its_line() -> None:
    assert _cell_line("Ashfell Pictures (HETV, Kendal) · Tarn Films · Scout Hill Productions")
    assert not _cell_line("Rates are minimums · see the notes for what counts as overtime")


_FRANCHISE = """\
PEDAL HOUSE CYCLING®   Classes  Memberships  Own a Studio  Work With Us
Work With Us  /  Studio careers  /  Studio Lead

What does a Studio Lead do?
The Studio Lead runs one Pedal House indoor cycling studio for the franchise owner.

THE PATHWAY
STEP 1  Front Desk Crew — greet riders, bookings. $23.00–$24.50/hr
STEP 2  Ride Coach — lead classes, playlists. $30.00–$34.00/hr
STEP 3  Studio Lead — studio P&L, hiring, member retention. $61,000–$70,000/yr
STEP 4  Franchise Partner — buy into a new studio through our Lead-to-Owner scheme \
(franchise fee $39,000; min. liquid capital $180,000)

Pay guide (AUD, 2026, varies by owner)
• Front Desk Crew ........ $23.00–$24.50/hr
• Studio Lead ........... $61k–$70k base + membership commission (avg. $6k)

Owners hiring Studio Leads now
Pedal House Fremantle — Swanbourne Spin Pty Ltd
Pedal House Joondalup — Lakeside Ride Ltd
Studios are owned and operated by independent franchisees.
Sectors: boutique fitness, franchising
Benefits vary by owner: free rides, uniform, staff discount
"""


def test_a_long_buy_in_step_is_a_rung_and_its_capital_no_pay() -> None:
    guide = parse_text(_FRANCHISE, "page-1.txt")
    steps = [[f.text for f in chain] for chain in guide.progressions]
    assert any(chain[-1] == "Franchise Partner" for chain in steps)
    assert not {39000, 180000} & {s.min for s in guide.salaries}


def test_an_abbreviated_average_commission_is_no_pay() -> None:
    guide = parse_text(_FRANCHISE, "page-1.txt")
    assert 6000 not in {s.min for s in guide.salaries}
    assert any(s.min == 61000 and s.role is None for s in guide.salaries)


def test_pay_heading_with_a_currency_note_opens_a_pay_section_no_ladder() -> None:
    guide = parse_text(_FRANCHISE, "page-1.txt")
    assert len(guide.progressions) == 1  # the STEP list; the pay guide lists no rungs


def test_owners_hiring_heading_and_site_owner_lines_give_the_owner_companies() -> None:
    guide = parse_text(_FRANCHISE, "page-1.txt")
    employers = {e.text for e in guide.employers}
    assert {"Swanbourne Spin Pty Ltd", "Lakeside Ride Ltd"} <= employers
    assert "Owner" not in {m.text for m in guide.leads_to}


def test_owned_by_phrases_and_perks_name_no_sectors() -> None:
    sectors = {s.text.lower() for s in parse_text(_FRANCHISE, "page-1.txt").sectors}
    assert {"boutique fitness", "franchising"} <= sectors
    assert not any("franchisees" in s or s in {"free rides", "uniform", "staff discount"}
                   for s in sectors)


_REPORT = """\
Kilbrook Community School — Transition Year Work Experience
JOB SHADOWING REPORT                Module: Careers (TY2)

1. Host details
Organisation: Slievebawn Geotechnical Ltd, Sligo (ground investigation and piling, 30 staff)
Person shadowed: Eoin Daly, Geotechnical Engineer

3. What does a Geotechnical Engineer do?
A Geotechnical Engineer studies soil and rock so that foundations are safe.

8. Where geotechnical engineers work
Sectors: construction, infrastructure, quarrying
"""


def test_a_firms_bracket_counting_its_staff_names_no_sectors() -> None:
    sectors = {s.text.lower() for s in parse_text(_REPORT, "page-1.txt").sectors}
    assert "construction" in sectors
    assert not {"30 staff", "piling", "ground investigation"} & sectors


_POSTING = """\
Translated from: Portuguese  →  English    Show original
VAGAS JÁ   Jobs   Companies   Salaries
Jobs > Industry > Campinas - SP > Maintenance Electrician

MAINTENANCE ELECTRICIAN
Fundição Serra Azul Ltda.  ·  Campinas - SP  ·  Published 3 days ago  ·  12 applications
Salary: R$ 3,900.00 per month + Benefits

Hiring: CLT (Effective)   |   Working day: Monday to Friday   |   Level: Technical

Description
Foundry of medium size hires Maintenance Electrician for the melting shop.

Requirements:
Technical course in Electrotechnics;
Knowledge in NR-10;
Clear communication, punctuality, reading of wiring diagrams and teamwork.

SALARY FOR MAINTENANCE ELECTRICIAN IN CAMPINAS
Average salary: R$ 3,412.10 per month
Based on 208 salaries. Supervisor of Electrical Maintenance in the same city: R$ 7,210.40 average.
"""


def test_a_contract_field_cut_inside_its_bracket_is_no_employer() -> None:
    employers = {e.text for e in parse_text(_POSTING, "page-1.txt").employers}
    assert not any(e.startswith("CLT") for e in employers)


def test_another_titles_average_in_the_same_city_is_that_titles() -> None:
    guide = parse_text(_POSTING, "page-1.txt")
    other = [s for s in guide.salaries if s.min == 7210]
    assert other and other[0].role == "Supervisor of Electrical Maintenance"


def test_a_posting_strip_with_its_dateline_names_the_hiring_firm() -> None:
    employers = {e.text.rstrip(".") for e in parse_text(_POSTING, "page-1.txt").employers}
    assert "Fundição Serra Azul Ltda" in employers


def test_a_requirement_lines_last_and_parts_two_long_items() -> None:
    skills = {s.text.lower() for s in parse_text(_POSTING, "page-1.txt").skills}
    assert {"communication", "punctuality", "teamwork"} <= skills
    assert comma_requirements("Calm manner, initiative, care of hand tools and tidiness") == [
        "Calm manner", "initiative", "care of hand tools", "tidiness"]
