"""Structures found on fresh generated corpora (seeds 59101-59103): a graduate scheme's list
of where its graduates are now beside its own ladder, a job board's "More jobs at X:" strip,
a sector field naming two industries ("health services and education"), a person
specification's weight labels and "Knowledge of" openers in a list parted by semicolons, a
take-home figure after deductions, a rate row's title with a note in brackets, a title in
sentence case in a move's bracket, a rate row whose "lead" a field qualifies, and a cookie
banner in prose.  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.longform_pay import aside_title


def _owners(guide: object) -> dict[float | None, str | None]:
    return {b.min: b.role for b in guide.salaries}  # type: ignore[attr-defined]


def _texts(facts: object) -> set[str]:
    return {f.text for f in facts}  # type: ignore[attr-defined]


_SCHEME = """\
We use cookies to improve your experience. Accept all | Manage preferences
HOLLOWAY FREIGHT SYSTEMS
Early careers › Graduate programmes › Route Planning
Route Planning Analyst Graduate Programme 2027
Start date: September 2027 · Locations: Dunmore, Kestle · Duration: 2 years
Apply now      Register your interest
You'll join as a Route Planning Analyst and rotate through three placements.
How the programme works
Rotation 1 (6 months) – Network team: Timetabling, Python and Demand Forecasting.
Rotation 2 (6 months) – Depot operations: Yard Scheduling and Load Planning.
After the programme
Most graduates move up to Senior Route Planning Analyst, with a clear path to Senior Route \
Planning Analyst, Lead Route Planning Analyst, Route Planning Manager and Head of Network \
Planning.
Where our 2019–2022 graduates are now:
• Senior Route Planning Analyst (5)
• Lead Route Planning Analyst (4)
• Route Planning Manager (2)
• Fleet Data Scientist (3)
How to apply
1. Online application → 2. Video interview → 3. Assessment centre → 4. Offer
"""


def test_rungs_past_the_next_in_a_list_of_where_graduates_are_now_are_no_moves() -> None:
    guide = parse_text(_SCHEME, "route-planning-analyst.txt")
    ups = _texts(guide.leads_to) | _texts(guide.transitions_to)
    assert "Senior Route Planning Analyst" in ups  # the next rung stays
    assert "Fleet Data Scientist" in ups  # a title the ladder does not hold stays
    assert "Lead Route Planning Analyst" not in ups
    assert "Route Planning Manager" not in ups


_STUDIO = """\
Studio Manager
Career path
Front Desk Host ➜ Studio Manager ➜ Area Manager ➜ Franchise Owner

Where studio managers go
Studio Managers can buy in as Franchise Owners with our owner loan, or move sideways into \
Sales Trainer roles.
"""


def test_a_sentence_naming_a_step_past_the_next_rung_keeps_it() -> None:
    guide = parse_text(_STUDIO, "studio-manager.txt")
    assert "Franchise Owner" in _texts(guide.leads_to) | _texts(guide.transitions_to)


_BAKERY = """\
This page is translated from Malay  ·  Show original
KerjaMudah  Jobs  Companies  Salaries  Login
Jobs › Hospitality & Food (Bakery) › Ipoh

Pastry Cook (Tukang Pastri)
Kedai Roti Seri Sdn Bhd
Ipoh, Perak
RM 2,100 – RM 2,600 per month
Posted 1d ago   Easy apply   Save

Job description
We are hiring a pastry cook for our Ipoh kitchen.

Stay safe: never share your bank details when applying for jobs.
Report this job
More jobs at Kedai Roti Seri: Van Driver · Ipoh · RM 1,750 | Dishwash
"""


def test_more_jobs_at_a_firm_gives_each_card_its_title() -> None:
    owners = _owners(parse_text(_BAKERY, "pastry-cook.txt"))
    assert owners.get(1750.0) == "Van Driver"
    assert owners.get(2100.0) is None  # the posting's own pay


_THERAPY = """\
Occupational Therapist
Bursary and training guide

Sector: health services and education.
"""


def test_a_sector_field_naming_two_industries_is_two_sectors() -> None:
    sectors = {s.lower() for s in _texts(parse_text(_THERAPY, "occupational-therapist.txt")
                                         .sectors)}
    assert {"health services", "education"} <= sectors
    one = parse_text(_THERAPY.replace("health services and education", "oil and gas"),
                     "occupational-therapist.txt")
    assert {s.lower() for s in _texts(one.sectors)} == {"oil and gas"}  # a fixed pair


_POST = """\
Trading Standards Officer
Pay register entry (2026/27)
Grade: Scale 6 · £31,200 – £34,800 a year
What the job involves: inspects traders and investigates complaints.
Person specification — essential: knowledge of consumer law; interviewing skills; \
evidence gathering; negotiation. Desirable: Level 4 Diploma in Consumer Affairs.
"""


def test_a_weight_label_and_a_knowledge_opener_name_no_skill() -> None:
    skills = {s.lower() for s in _texts(parse_text(_POST, "trading-standards-officer.txt")
                                        .skills)}
    assert {"consumer law", "interviewing skills", "evidence gathering",
            "negotiation"} <= skills
    assert not any(s.startswith(("essential", "knowledge of")) for s in skills)


_KSA = """\
Meter Technician
Position Classification and Pay Register (FY 2026–27)
Summary: a meter technician installs and tests water meters.
Knowledge, skills and abilities: Knowledge of the metering code; Meter testing; Data entry; \
Customer service.
"""


def test_knowledge_of_in_a_list_parted_by_semicolons_is_its_subject() -> None:
    skills = _texts(parse_text(_KSA, "meter-technician.txt").skills)
    assert "Metering code" in skills
    assert "Meter testing" in skills


_SWAHILI = """\
Imetafsiriwa (translated) by Google  ·  from Swahili  ·  [Original]
KaziSasa.co.tz   Employers   Jobs   Pay   Sign up
Home › Jobs › Sales › Mwanza

FIELD SALES AGENT (WAKALA WA MAUZO) – 2 POSITIONS
Maji Safi Beverages Limited  |  Mwanza  |  Permanent  |  Apply by 20/12/2026
Mshahara (Salary): TSh 610,000 ghafi (gross) a month + commission
Take-home after PAYE and NSSF: about TSh 530,000.

Progress
Field sales agents who beat their targets are promoted to Route sales supervisor (TSh \
980,000 – 1,210,000 per month) and later to Regional sales manager.
"""


def test_take_home_after_deductions_is_no_pay_of_its_own() -> None:
    owners = _owners(parse_text(_SWAHILI, "field-sales-agent.txt"))
    assert 610000.0 in owners
    assert 530000.0 not in owners


def test_a_sentence_case_title_after_a_move_word_owns_its_bracket() -> None:
    assert aside_title("are promoted to Route sales supervisor (", "TSh 980,000 per month)") == (
        "Route Sales Supervisor")
    assert aside_title("Field sales agents (", "TSh 980,000 per month)") is None  # no move word
    owners = _owners(parse_text(_SWAHILI, "field-sales-agent.txt"))
    assert owners.get(980000.0) == "Route Sales Supervisor"


_REFERRAL = """\
Refer a mate — Kestrel Nickel Pty Ltd
Underground drill operators run jumbo drills on 12-hour shifts.

RATES (site agreement)
Trainee Underground drill operator (full training given): $39.50 per hour
Underground drill operator (Level 2, deemed competent): $45.50 per hour
Multi-skilled operator (two or more machines): $49.50 per hour

CAREER LADDER
Underground drill operator → Multi-skilled operator → Crew leader → Shift supervisor.
"""


def test_a_rate_title_with_a_note_in_brackets_owns_its_rate() -> None:
    owners = _owners(parse_text(_REFERRAL, "underground-drill-operator.txt"))
    assert owners.get(49.5) == "Multi-skilled Operator"
    assert owners.get(45.5) is None  # the role's own row, its level in the bracket


_LOUNGE = """\
the ward round — careers, money & wellbeing
MONEY | How to negotiate your salary as a radiographer

what are radiographers paid? (UK, gross basic, 2026)
Data: Radiography Pay Tracker 2026
newly qualified ......................... £31,500 – £38,000
lead radiographer ....................... £47,000 – £53,000
clinical lead radiographer .............. £56,000 – £68,000
median, all radiographers ............... £41,200

what to ask for
Not just basic pay: a CPD allowance and fees paid.
"""


def test_a_lead_qualified_by_a_field_names_its_own_post() -> None:
    owners = _owners(parse_text(_LOUNGE, "radiographer.txt"))
    assert owners.get(56000.0) == "Clinical Lead Radiographer"
    assert owners.get(47000.0) is None  # "lead radiographer": the role at its lead level


_DAIRY = """\
Translated from: Latvian   Show original   |   Never translate Latvian
DarbaVieta.lv   Jobs   Companies   CV database   Post a vacancy   Log in   LV / EN
This site uses sīkdatnes (cookies) for statistics.   [Accept]   [Reject]
Home › Vacancies › Food industry › Valmiera

CHEESE MAKER (SIERA MEISTARS)
SIA Gaujas Siers   ·   Valmiera   ·   Full time, shifts   ·   Placed 01.12.2026
Work salary: 1 150 – 1 450 EUR/month bruto
Seen 131 times   Sludinājuma Nr. (ad No.) 40417   ♡ Remember   ⚠ Complain

Requirements for the candidate:
• Reading of the process panel;
• Cheese vat operation;
"""


def test_a_cookie_banner_names_no_skill() -> None:
    skills = {s.lower() for s in _texts(parse_text(_DAIRY, "cheese-maker.txt").skills)}
    assert "statistics" not in skills
    assert "reading of the process panel" in skills


def test_cookies_baked_are_no_banner() -> None:
    from careergraph.guides.longform_workplaces import _COOKIE_NOTICE
    assert _COOKIE_NOTICE.search("This site uses sīkdatnes (cookies) for statistics.")
    assert _COOKIE_NOTICE.search("Cookies help us improve the site. [Accept]")
    assert not _COOKIE_NOTICE.search("Bakes cookies, tarts and bread using a deck oven.")
