"""Generator renderers for the six page families of held-back set 30 (crewing-agency ranks ...).

Held-back set 30 showed six more kinds of page users bring: a crewing or offshore-manning
agency's page for one rank (a deck or engine rank with a wage scale by vessel type, or a rig
rank with a day-rate table in two currencies), a civil-service examination notice for one
title (a city's open-competitive notice, or a county's promotional bulletin with a monthly
band), a German-language occupation profile read through a browser translator (a German
agency's profile with training pay by year and medians, or an Austrian job lexicon with a
starting band in "€ 2.385,-"), a farm's or vineyard contractor's seasonal hiring flyer (a
photographed ranch flyer, or a contractor's PDF with hourly and piece rates), a
consultancy's terms of reference for one expert (an individual consultant's ToR with a daily
fee, or an RFP appendix with billing rates per person-month) and a team's role charter (a
wiki page with a RACI table and a level table, or a shared document with capabilities under
labels and levels by grade).  These renderers write such pages from a planned guide, two
variants a family, about occupations that fit them (occupy()); every fact the truth keeps is
printed and what a style does not state is cleared.

>>> _euro(2385), _euro(1045.5)
('2.385', '1.045,50')
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from benchmarks.web_common import _plural, _salary, occupy
from benchmarks.web_families24 import _begin, _no_pay
from benchmarks.web_families27 import _cap, _spell

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY30_ALIAS_LAYOUTS", "FAMILY30_LADDER_LAYOUTS", "FAMILY30_LAYOUTS",
           "FAMILY30_RENDERERS"]

FAMILY30_LAYOUTS = ("crewrank", "civilexam", "berufmt", "farmflyer", "torconsult",
                    "rolecharter")
# The renderers set each page's ladder and spellings themselves (occupy()).
FAMILY30_LADDER_LAYOUTS: tuple[str, ...] = ()
FAMILY30_ALIAS_LAYOUTS: tuple[str, ...] = ()


def _euro(amount: float) -> str:
    """A euro figure in German notation (a point for thousands, a comma for cents)."""
    text = f"{amount:,.2f}" if not float(amount).is_integer() else f"{int(amount):,}"
    return text.translate(str.maketrans(",.", ".,"))


def _names(items: Sequence[str], word: str = "and") -> str:
    """Items in prose: "a, b and c"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {word} {items[-1]}"


def _legal(g: Guide, printed: str, short: str) -> None:
    """The page's employer, printed with its legal form: the truth names both spellings."""
    g.employers.append(short)
    if printed != short:
        g.printed_employers[short] = printed


# --------------------------------------------------------------------------------------
# A crewing agency's page for one shipboard rank
# --------------------------------------------------------------------------------------
# (rank, abbreviation, "also known as", reports to, supervises, department, the rank's
#  skills (makers, systems, techniques), its soft skills, certificates, the promotion line
#  (containing the rank), the rank served in before, the job ashore, other ranks listed)
_RANKS = (
    ("Chief Officer", "C/O", "First Mate", "Master", "Bosun", "Deck Department",
     ("ECDIS", "Furuno radar", "cargo loading computer", "ballast planning",
      "mooring operations"), ("Leadership of the deck crew", "Clear English"),
     ("CoC Class II Deck", "STCW II/2", "Ship Security Officer course"),
     ("Deck Cadet", "Third Officer", "Second Officer", "Chief Officer", "Master"),
     "Second Officer", "Marine Superintendent", ("Master", "Third Officer", "Able Seaman")),
    ("Electro-Technical Officer", "ETO", "Electrical Officer", "Chief Engineer",
     "Electrical Rating", "Engine Department",
     ("ABB drives", "Siemens PLCs", "high-voltage switchboards", "alarm monitoring systems",
      "fault finding"), ("Safety mindset", "Good written English"),
     ("STCW III/6", "High Voltage Operations course", "Medical First Aid"),
     ("Electro-Technical Rating", "Electro-Technical Officer",
      "Chief Electro-Technical Officer"),
     "Electro-Technical Rating", "Field Service Engineer",
     ("Chief Engineer", "Second Engineer", "Oiler")),
    ("Chief Cook", "C/CK", "Ship's Cook", "Chief Steward", "Messman", "Catering Department",
     ("menu planning", "HACCP", "provision ordering", "bakery", "galley hygiene"),
     ("Teamwork", "Cleanliness"), ("Ship's Cook Certificate", "Food Safety Level 2",
                                   "STCW basic training"),
     ("Messman", "Second Cook", "Chief Cook", "Chief Steward"), "Second Cook",
     "Catering Superintendent", ("Chief Steward", "Second Cook", "Messman")),
)
_VESSELS = ("Bulk carrier (Handysize)", "Container ship (feeder)", "Chemical tanker",
            "Car carrier (PCTC)", "LPG carrier")
_SHIP_SECTORS = ("Dry bulk shipping", "Container shipping", "Chemical tankers",
                 "Gas carriers", "Ro-ro and car carriers")
_AGENCIES = (("Pasig Anchor Crewing Services Inc.", "Pasig Anchor Crewing Services"),
             ("Luzon Tidewater Manning Corp.", "Luzon Tidewater Manning"),
             ("Visayas Bluewater Maritime Agency Inc.", "Visayas Bluewater Maritime Agency"))
_PRINCIPALS = ("Skerry Bulk Carriers S.A.", "Hallvard Tankers AS", "Meridian Feeder Lines",
               "Ostmark Reefer GmbH")
_CREWING_MANAGERS = ("Capt. Arnel Dimaculangan", "Marites Ocampo", "Engr. Jojo Sarmiento")


def _crewrank(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A manning agency's rank page: a licence line and breadcrumb, the rank with its
    abbreviation and "also known as" title (spellings), reports-to and supervises lines (no
    move), requirements with makers and systems (skills) and certificates (`optional`), a
    wage scale by vessel type (the rank's band a month per type, one single figure), the
    other ranks at a glance (each its own), a tanker allowance and a joining bonus (no pay),
    a ">" promotion line (a ladder), the sea service asked for (a move in), a move ashore
    (lateral), principals (`optional`) and the sectors crewed for."""
    variant = _begin(rng, g, ("scale", "dayrate"))
    if variant == "dayrate":
        return _dayrate(rng, g)
    (rank, abbr, aka, reports, supervises, dept, skills, soft, certs, line, feeder, ashore,
     others) = rng.choice(_RANKS)
    occupy(g, rank, ladder=list(line), moves_in=[feeder], transitions=[ashore])
    _spell(g, abbr, aka)
    g.skills = {"top": [_cap(s) for s in skills], "soft": list(soft)}
    printed, short = rng.choice(_AGENCIES)
    _legal(g, printed, short)
    sectors = rng.sample(_SHIP_SECTORS, 3)
    g.sectors = list(sectors)
    principals = rng.sample(_PRINCIPALS, 3)
    g.optional += [*certs, *principals]
    vessels = rng.sample(_VESSELS, 3)
    base = rng.randint(24, 60) * 100
    rows: list[tuple[str, str]] = []
    single = rng.randrange(3)
    for n, vessel in enumerate(vessels):
        low = base + n * rng.randint(4, 9) * 100 + rng.choice((0, 50))
        if n == single:
            _salary(g, low, low, period="month")
            rows.append((vessel, f"{low:,}"))
        else:
            high = low + rng.randint(2, 6) * 50
            _salary(g, low, high, period="month")
            rows.append((vessel, f"{low:,} – {high:,}"))
    glance = []
    for n, other in enumerate(others):
        pay = int(_no_pay(g, round(base * (1.6, 0.7, 0.45)[n] / 10) * 10, 10))
        _salary(g, pay, pay, period="month", belongs_to=other)
        glance.append(f"  {other:<28} USD {pay:,}")
    tanker = int(_no_pay(g, rng.choice((150, 200, 250)), 25))
    joining = int(_no_pay(g, rng.choice((500, 750, 1000)), 50))
    licence = f"DMW-{rng.randint(100, 999)}-LB-{rng.randint(10, 28):02d}-2025"
    manager = rng.choice(_CREWING_MANAGERS)
    months = rng.choice((6, 8, 9))
    g.must_not_appear += [f"Licence No. {licence}", "Seafarer Portal", dept, manager,
                          "No placement fee", "Joining bonus", "Tanker allowance"]
    return [f"{printed}  ·  Licence No. {licence}  ·  No placement fee is charged to "
            "seafarers",
            "Home   Ranks we crew   Principals   Vacancies   Seafarer Portal   Contact", "",
            f"Home » Ranks we crew » {dept} » {rank}", "",
            f"{rank} ({abbr})",
            f"Also known as: {aka}    Level: Management    Contract: {months} months ± 1",
            f"Reports to: {reports}    Supervises: {supervises}", "",
            f"The {rank.lower()} keeps the {dept.split()[0].lower()} side of the ship running "
            "on passage and in port, and stands in for the head of department when asked.", "",
            "What principals ask for",
            f"- Sea service as {feeder}: at least 12 months",
            f"- Experience with {skills[0]}, {skills[1]} and {skills[2]}",
            f"- Sound practice in {skills[3]} and {skills[4]}",
            f"- {soft[0]}; {soft[1].lower()}",
            *(f"- Valid {c}" for c in certs), "",
            "Wage scale (USD a month, basic + fixed overtime)",
            *(f"  {vessel:<28} {pay}" for vessel, pay in rows),
            f"  Tanker allowance: USD {tanker} a month on tanker contracts. Joining bonus: USD "
            f"{joining} after the first contract.", "",
            "Ranks at a glance (USD a month)", *glance, "",
            "Promotion line",
            " > ".join(line), "",
            f"Many officers later go ashore as {ashore}.", "",
            f"Our principals: {' | '.join(principals)}",
            f"Sectors we crew for: {' · '.join(sectors)}", "",
            f"To apply, upload your CV and sea-service record, or visit our office. Crewing "
            f"manager: {manager}.",
            f"© 2026 {printed} · Privacy · Anti-fraud notice"]


# (rank, two "also called" titles, skills each with two tools in parentheses, tickets, the
#  "->" line (one rung a slash pair), the two ranks offshore time is asked in, two lateral
#  jobs, the other ranks of the day-rate table)
_RIG_RANKS = (
    ("Crane Operator", ("Offshore Crane Operator", "Crane Driver"),
     (("lift planning", ("load charts", "rigging plans")),
      ("pre-use crane checks", ("wire rope gauges", "LMI tests")),
      ("banksman signalling", ("radios", "hand signals"))),
     ("OPITO Stage 3 crane ticket", "BOSIET", "Offshore medical"),
     ("Roustabout", "Banksman / Slinger", "Crane Operator", "Lead Crane Operator",
      "Deck Foreman"),
     ("Banksman / Slinger", "Storeman"), ("Lifting Equipment Inspector", "Rigging Supervisor"),
     ("Deck Foreman", "Roustabout", "Barge Engineer", "OIM")),
    ("Motorman", ("Rig Motorman", "Engine Room Operator"),
     (("diesel engine overhauls", ("borescopes", "torque multipliers")),
      ("fuel system maintenance", ("coalescers", "fuel polishers")),
      ("permit-to-work isolations", ("lock-out kits", "gas detectors"))),
     ("BOSIET", "Compex Ex01-04", "Offshore medical"),
     ("Roustabout", "Deck Hand / Painter", "Motorman", "Assistant Mechanic",
      "Chief Mechanic"),
     ("Deck Hand / Painter", "Marine Engine Fitter"),
     ("Power Plant Technician", "Generator Service Engineer"),
     ("Chief Mechanic", "Roustabout", "Electrician", "OIM")),
)
_OFFSHORE_AGENCIES = (("Northsound Offshore Crewing Ltd", "Northsound Offshore Crewing"),
                      ("Grampian Rig Resourcing Ltd", "Grampian Rig Resourcing"))
_CLIENTS = ("Varnholt Drilling", "Kestrel Deepwater", "Caledon Energy Services",
            "Tarbat Marine Contractors")


def _dayrate(rng: random.Random, g: Guide) -> list[str]:
    """An offshore crewing agency's rates guide for one rig rank: "also called" titles
    (spellings), a rotation, duties prose, skills with two tools in parentheses (each a
    skill), tickets (`optional`), a day-rate table in GBP and USD (the rank's own band in
    each, every other rank's figures its own), the Staff rank's salary a year (the role's),
    a per diem (no pay), offshore time asked "as A, OR as B" (moves in), a "->" ladder with
    a slash rung, lateral moves and current vacancies naming clients (employers)."""
    (rank, akas, skills, tickets, line, before, laterals, others) = rng.choice(_RIG_RANKS)
    occupy(g, rank, ladder=list(line), moves_in=list(before), transitions=list(laterals))
    _spell(g, *akas)
    g.skills = {"top": [s for skill, tools in skills for s in (_cap(skill), *tools)]}
    printed, short = rng.choice(_OFFSHORE_AGENCIES)
    _legal(g, printed, short)
    clients = rng.sample(_CLIENTS, 2)
    g.employers += clients
    g.sectors = ["Offshore drilling"]
    g.optional += list(tickets)
    gbp = rng.randint(21, 30) * 10
    usd_rate = rng.choice((1.25, 1.3))
    own = (gbp, gbp + rng.randint(3, 6) * 10)
    _salary(g, own[0], own[1], "GBP", period="day")
    u_own = (round(own[0] * usd_rate / 5) * 5, round(own[1] * usd_rate / 5) * 5)
    _salary(g, u_own[0], u_own[1], "USD", period="day")
    table = [f"| {rank:<22} | £{own[0]} – £{own[1]:<6} | ${u_own[0]} – ${u_own[1]:<6} |"]
    for n, other in enumerate(others):
        factor = (1.3, 0.7, 1.15, 3.2)[n]
        pound = int(_no_pay(g, round(gbp * factor / 5) * 5, 5))
        dollar = int(_no_pay(g, round(pound * usd_rate / 5) * 5, 5))
        _salary(g, pound, pound, "GBP", period="day", belongs_to=other)
        _salary(g, dollar, dollar, "USD", period="day", belongs_to=other)
        table.append(f"| {other:<22} | £{pound:<15} | ${dollar:<15} |")
    staff = rng.randint(58, 72) * 1000
    staff_high = staff + rng.randint(6, 10) * 1000
    _salary(g, staff, staff_high, "GBP", level="Staff")
    per_diem = int(_no_pay(g, rng.choice((45, 55, 65)), 5))
    g.must_not_appear += ["Rates guide", "Upload CV", "2/3 rotation", "Per diem"]
    (s1, t1), (s2, t2), (s3, t3) = skills
    return [f"{printed}   |   Jobs   Rates guide   Candidates   Clients   Upload CV", "",
            f"Rates guide › Drilling crew › {rank}", "",
            f"{rank.upper()} – DAY RATES AND CAREER NOTES", "Sector: Offshore drilling",
            f"Also called: {akas[0]}, {akas[1]}    Rotation: 2/3 rotation (two weeks on, "
            "three off)    Installation: jack-up and semi-submersible rigs", "",
            f"On a rig the {rank.lower()} works the day or the night tour and keeps the "
            "equipment of the section running between jobs.", "",
            "What clients look for",
            f"- {_cap(s1)} ({t1[0]}, {t1[1]})", f"- {_cap(s2)} ({t2[0]}, {t2[1]})",
            f"- {_cap(s3)} ({t3[0]}, {t3[1]})",
            f"- Tickets: {', '.join(tickets)}", "",
            "Typical day rates (contractor, UKCS and international)",
            f"| {'Rank':<22} | {'GBP / day':<17} | {'USD / day':<17} |", *table,
            f"Staff positions: a Staff {rank} is salaried at £{staff:,} – £{staff_high:,} a "
            f"year. Per diem offshore: £{per_diem} a day.", "",
            "Getting in and moving on",
            f"Clients ask for 18 months' offshore time as {before[0]}, OR two years as "
            f"{before[1]} with a company transfer.",
            f"Promotion: {' -> '.join(line)}",
            f"Some cross into a {laterals[0]} or {laterals[1]} role after a few years.", "",
            "Current vacancies",
            f"- {rank}, North Sea, for {clients[0]} (ref NOC-{rng.randint(1000, 9999)})",
            f"- {rank}, West Africa, for {clients[1]} (ref NOC-{rng.randint(1000, 9999)})", "",
            f"Registered in Scotland. © 2026 {printed}"]


# --------------------------------------------------------------------------------------
# A civil-service examination notice for one title
# --------------------------------------------------------------------------------------
# (title, title code, feeder titles, licence, desirable certificate, test subjects (plain,
#  or a subject with its standard in parentheses), promotion title, the line's next title,
#  the employing department)
_EXAMS = (
    ("Boiler Inspector", "22415", ("Stationary Engineer", "Boilermaker"),
     "Stationary Engineer License", "National Board Commission",
     ("boiler construction", ("pressure vessel codes", "ASME Section I"), "combustion controls",
      "safety valve testing", "inspection report writing"),
     "Supervising Boiler Inspector", "Chief Boiler Inspector", "Department of Buildings"),
    ("Construction Inspector", "34210", ("Carpenter", "Civil Engineering Technician"),
     "OSHA 30-Hour Construction card", "ICC Building Inspector certification",
     ("reading construction drawings", ("building codes", "IBC"), "concrete testing",
      "site safety", "field reports"),
     "Supervising Construction Inspector", "Chief Construction Inspector",
     "Department of Design and Construction"),
    ("Fire Alarm Inspector", "31880", ("Electrician", "Fire Alarm Technician"),
     "Master Electrician License", "NICET Level II certification",
     (("fire alarm systems", "NFPA 72"), "electrical theory", "plan review",
      "acceptance testing", "inspection procedures"),
     "Supervising Fire Alarm Inspector", "Chief Fire Alarm Inspector", "Fire Department"),
)
_CITIES = ("City of Port Alder", "City of Greyhaven", "City of Lakemont")


def _civilexam(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A city's open-competitive notice of examination: exam and title-code numbers, the
    application period and fee (chrome), duties (`optional`), "the current minimum salary"
    (the band's floor, no separate figure) and "the salary range for this title" (the role's
    band), a differential (no pay), qualifying experience naming feeder titles (moves in), a
    licence and a desirable certificate (`optional`), test subjects (skills, a standard in
    parentheses both), promotion opportunities and the promotion line (a ladder) and
    regulations (chrome)."""
    variant = _begin(rng, g, ("notice", "bulletin"))
    if variant == "bulletin":
        return _bulletin(rng, g)
    (title, code, feeders, licence, cert, subjects, promo, chief, dept) = rng.choice(_EXAMS)
    occupy(g, title, ladder=[title, promo, chief], moves_in=list(feeders))
    g.skills = {"top": [_cap(s) for subject in subjects
                        for s in ((subject,) if isinstance(subject, str) else subject)]}
    city = rng.choice(_CITIES)
    g.employers = [city, dept]
    g.optional += [licence, cert]
    low = rng.randint(62, 78) * 1000 + rng.choice((0, 117, 482, 905))
    high = low + rng.randint(14, 26) * 1000 + rng.choice((0, 264, 731))
    _salary(g, low, high)
    differential = int(_no_pay(g, rng.choice((1500, 2000, 2600)), 100))
    exam_no = f"{rng.randint(3, 6)}{rng.randint(100, 999)}"
    fee = rng.choice((53, 68, 75))
    g.must_not_appear += [f"Exam No. {exam_no}", f"Title Code No. {code}",
                          "Department of Citywide Personnel", "Application fee",
                          "Equal Opportunity Employer", "Physical Class"]

    def subject_text(subject: str | tuple[str, str]) -> str:
        return subject if isinstance(subject, str) else f"{subject[0]} ({subject[1]})"

    return [f"{city.upper()} — DEPARTMENT OF CITYWIDE PERSONNEL",
            "NOTICE OF EXAMINATION", "",
            f"{title.upper()}", f"Exam No. {exam_no}    Title Code No. {code}    "
            "Open Competitive", "",
            "WHEN TO APPLY: From January 6, 2027 to January 27, 2027",
            f"Application fee: ${fee}.00    Physical Class: III", "",
            "WHAT THE JOB INVOLVES",
            f"{_plural(title)} of the {dept} inspect work and equipment in the field, write up "
            "violations and appear at hearings when a case is contested.", "",
            "THE SALARY",
            f"The current minimum salary is ${low:,} per annum. The salary range for this "
            f"title is ${low:,} to ${high:,} per annum. A ${differential:,} differential is "
            "paid for assignments on the evening tour.", "",
            "HOW TO QUALIFY",
            f"Five years of full-time experience as a {feeders[0]} or {feeders[1]}, of which "
            "two were in charge of the work of others.",
            f"License requirement: a valid {licence} at the time of appointment.",
            f"Desirable: the {cert}.", "",
            "THE TEST",
            "A multiple-choice test. Passing score 70%. It may include questions on "
            + "; ".join(subject_text(s) for s in subjects) + ".", "",
            "PROMOTION OPPORTUNITIES",
            f"Employees in this title are eligible for promotion to the title {promo}. The "
            f"promotion line continues to {chief}.", "",
            "GENERAL REGULATIONS: see the General Examination Regulations. Residency and "
            "veterans' credit lines apply.",
            f"The {city} is an Equal Opportunity Employer."]


# (title, the feeder (a level of it qualifies), option II's title, appraisal dimensions,
#  interview subjects (one with a system in parentheses), licence, certificate, the series'
#  next titles, the lateral title, the department)
_BULLETINS = (
    ("Code Enforcement Supervisor", "Code Enforcement Officer", "Building Inspector",
     ("Supervision", "Knowledge of the county code", "Conflict resolution"),
     (("case management", "Accela"), "inspection scheduling", "report writing"),
     "valid Class C driver license", "ICC Property Maintenance Inspector certification",
     ("Code Enforcement Manager", "Deputy Director of Code Compliance"), "Housing Inspector",
     "Department of Planning and Building"),
    ("Parks Maintenance Supervisor", "Parks Maintenance Worker", "Groundskeeper",
     ("Work planning", "Knowledge of turf management", "Crew leadership"),
     (("irrigation systems", "Rain Bird controllers"), "playground safety audits",
      "crew scheduling"),
     "valid Class C driver license", "Qualified Applicator Certificate",
     ("Parks Superintendent", "Deputy Director of Parks"), "Urban Forestry Supervisor",
     "Department of Parks and Recreation"),
)
_COUNTIES = ("Redwater County", "Cobalt County", "Ashby County")
_ANALYSTS = ("Lorena Vidal", "Terrence Boyle", "Hana Kobayashi")


def _bulletin(rng: random.Random, g: Guide) -> list[str]:
    """A county's departmental promotional bulletin: filing dates, a monthly band with cents
    (the role's), a bilingual bonus (no pay), requirement options naming "the level of
    Feeder II" and another title (moves in), a licence and a certificate (`optional`), an
    appraisal of promotability's dimensions and the interview subjects (skills), a class
    series with "->" (a ladder, its first rung "Feeder (I/II)"), a lateral transfer and an
    exam analyst (chrome)."""
    (title, feeder, option2, dims, subjects, licence, cert, series, lateral,
     dept) = rng.choice(_BULLETINS)
    occupy(g, title, ladder=[feeder, title, *series], moves_in=[feeder, option2],
           transitions=[lateral])
    g.skills = {"top": [*dims, *(_cap(s) for subject in subjects
                                 for s in ((subject,) if isinstance(subject, str)
                                           else subject))]}
    county = rng.choice(_COUNTIES)
    g.employers = [county, dept]
    g.optional += [licence, cert]
    low = rng.randint(5600, 6900) + rng.randint(1, 99) / 100
    high = round(low * rng.choice((1.24, 1.27, 1.31)), 2)
    _salary(g, low, high, period="month")
    bonus = int(_no_pay(g, rng.choice((100, 125, 150)), 25))
    analyst = rng.choice(_ANALYSTS)
    bulletin = f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    g.must_not_appear += [analyst, f"Bulletin No. {bulletin}", "Exam Analyst",
                          "Departmental Promotional", "Human Resources Department"]
    s1, s2, s3 = subjects
    return [f"{county.upper()} HUMAN RESOURCES DEPARTMENT",
            f"Bulletin No. {bulletin}    DEPARTMENTAL PROMOTIONAL    Filing: 12/07/2026 – "
            "12/18/2026", "",
            f"{title.upper()}", "",
            f"SALARY: ${low:,.2f} – ${high:,.2f} Monthly",
            f"Bilingual bonus: ${bonus} a month for certified positions.", "",
            "DEFINITION",
            f"Plans, assigns and reviews the work of a unit in the {dept}.", "",
            "MINIMUM REQUIREMENTS",
            f"OPTION I: Two years of experience at the level of {feeder} II in the service of "
            f"{county}.",
            f"OPTION II: Three years of experience as a {option2}.",
            f"LICENSE: A {licence} is required. Desirable: {cert}.", "",
            "EXAMINATION CONTENT",
            "Appraisal of promotability (50%), rating: " + ", ".join(dims) + ".",
            f"Interview (50%): {s1[0]} ({s1[1]}), {s2} and {s3}.", "",
            f"CLASS SERIES: {feeder} (I/II) -> {title} -> {series[0]} -> {series[1]}",
            f"Supervisors may later transfer across to {lateral}.", "",
            f"For questions contact {analyst}, Exam Analyst. TDD users call 711."]


# --------------------------------------------------------------------------------------
# A German-language occupation profile read through a translator
# --------------------------------------------------------------------------------------
# (translated title, German title, activities, kinds of workplace, requirements, master
#  title (a promotion-training title owning a median), a second promotion title, the
#  specialisation, training places (printed, short))
_BERUFE = (
    ("Optician", "Augenoptiker/in",
     ("fitting spectacle lenses", "measuring visual acuity", "frame adjustment",
      "contact lens fitting"), ("optician shops", "eye clinics", "lens manufacturers"),
     ("manual dexterity", "customer orientation", "precision"), "Master Optician",
     "State-certified Optometrist", "Contact Lens Specialist",
     (("Sehwerk Optik GmbH", "Sehwerk Optik"), ("Brillenhaus Kramer", "Brillenhaus Kramer"))),
    ("Glazier", "Glaser/in",
     ("cutting flat glass", "fitting insulating glass units", "glazing facades",
      "repairing leaded windows"), ("glazing firms", "window makers", "facade builders"),
     ("head for heights", "spatial imagination", "care"), "Master Glazier",
     "Glass Technician", "Glass Restorer",
     (("Glasbau Reimann GmbH", "Glasbau Reimann"),
      ("Fensterwerk Oberland KG", "Fensterwerk Oberland"))),
    ("Dental technician", "Zahntechniker/in",
     ("modelling crowns", "casting alloys", "CAD/CAM milling", "ceramic layering"),
     ("dental laboratories", "dental practices"),
     ("fine motor skills", "patience", "sense of colour"), "Master Dental Technician",
     "Dental Laboratory Manager", "Orthodontic Technician",
     (("Dentallabor Weiss GmbH", "Dentallabor Weiss"),
      ("Zahnwerk Rhein GmbH & Co. KG", "Zahnwerk Rhein"))),
)


def _berufmt(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A German employment agency's occupation profile through a translator: the
    translator's bar, "X (m/f/d)" and the German title (spellings), training facts (chrome),
    "Activity in detail" items at " · " and requirements (skills), kinds of workplace
    (sectors), the training allowance by year (the role's own, a month, "1.045 €"), the
    Entgeltatlas median with West and East medians (points), the master's median (the
    master's), promotion training (up), a specialisation (lateral) and training places
    (employers)."""
    variant = _begin(rng, g, ("de", "at"))
    if variant == "at":
        return _ams(rng, g)
    (title, german, acts, kinds, reqs, master, other, special, places) = rng.choice(_BERUFE)
    occupy(g, title, leads=[master, other], transitions=[special])
    _spell(g, f"{title} (m/f/d)", german)
    g.skills = {"top": [_cap(a) for a in acts], "soft": [_cap(r) for r in reqs]}
    g.sectors = [_cap(k) for k in kinds]
    for printed, short in places:
        _legal(g, printed, short)
    years = [rng.randint(760, 900) + rng.choice((0, 5, 10))]
    for _ in range(2):
        years.append(years[-1] + rng.randint(40, 90))
    for n, pay in enumerate(years, start=1):
        _salary(g, pay, pay, "EUR", period="month", level=f"year {n}")
    median = rng.randint(2600, 3400)
    west = _no_pay(g, median + rng.randint(60, 180), 7)
    east = _no_pay(g, median - rng.randint(180, 420), 7)
    _salary(g, median, median, "EUR", period="month", point=True)
    _salary(g, west, west, "EUR", period="month", point=True, region="West")
    _salary(g, east, east, "EUR", period="month", point=True, region="East")
    m_median = int(_no_pay(g, median + rng.randint(500, 900), 7))
    _salary(g, m_median, m_median, "EUR", period="month", point=True, belongs_to=master)
    g.must_not_appear += ["Show original", "BERUFENET", "Dual training", "Print", "Share",
                          "School subjects"]
    ordinal = ("1st", "2nd", "3rd")
    return ["Translated from: German  ›  English    [Show original]   Options ▾", "",
            "Federal Employment Agency › BERUFENET › Professions A–Z", "",
            f"{title} (m/f/d)   ·   {german}", "",
            "Type of profession: recognised training occupation    Training type: Dual "
            "training    Duration: 3 years", "",
            "Brief description",
            f"{_plural(title)} advise customers, take measurements and make or adapt the "
            "products they hand over.", "",
            "Activity in detail",
            " · ".join(acts), "",
            "Where do you work?",
            f"Mainly in {_names(kinds)}.", "",
            "What matters", *(f"- {_cap(r)}" for r in reqs), "",
            "School subjects: Mathematics, Physics, Art", "",
            "Training allowance",
            *(f"{ordinal[n]} year of training: {_euro(pay)} €" for n, pay in enumerate(years)),
            "",
            "Salary (Entgeltatlas)",
            f"Median gross monthly salary: {_euro(median)} € (West: {_euro(west)} €, East: "
            f"{_euro(east)} €)",
            f"{master} (median): {_euro(m_median)} €", "",
            "Further training",
            f"Promotion training: {master}, {other}",
            f"Specialisation: {special}",
            "Fields of study: see the university pages", "",
            "Training places",
            *(f"- {printed}" for printed, _ in places), "",
            "Print | Share | Sources: Federal Employment Agency, Entgeltatlas"]


# (translated title, German title, activities, professional, physical and interdisciplinary
#  requirements, kinds of workplace, the comparison title, the two advancement titles, the
#  trained titles who may shorten the apprenticeship, eJob-room firms)
_AMS_JOBS = (
    ("Roofer", "Dachdecker/in", ("laying roof tiles", "sealing flat roofs", "fitting skylights"),
     ("roof pitch calculation", "sheet metal working"), ("head for heights", "stamina"),
     ("teamwork", "reliability"), ("roofing firms", "construction companies"), "Tinsmith",
     ("Site Foreman", "Construction Site Manager"), ("Carpenter", "Scaffolder"),
     (("Dachbau Pichler GmbH", "Dachbau Pichler"), ("Holzer & Söhne Bau GmbH",
                                                   "Holzer & Söhne Bau"))),
    ("Chimney sweep", "Rauchfangkehrer/in",
     ("cleaning flues", "measuring flue gas", "inspecting heating systems"),
     ("emission measurement", "fire safety regulations"), ("head for heights", "fitness"),
     ("customer contact", "independence"), ("chimney sweep businesses", "municipal utilities"),
     "Heating Installer", ("Master Chimney Sweep", "Fire Safety Officer"),
     ("Plumber", "Heating Installer"),
     (("Kehrbetrieb Aigner e.U.", "Kehrbetrieb Aigner"),
      ("Rauchfang Service Gruber GmbH", "Rauchfang Service Gruber"))),
    ("Baker", "Bäcker/in", ("kneading dough", "shaping bread", "operating deck ovens"),
     ("sourdough management", "hygiene rules"), ("early shifts", "standing work"),
     ("punctuality", "teamwork"), ("bakeries", "supermarket bakeries", "hotels"),
     "Confectioner", ("Master Baker", "Production Manager"), ("Pastry Chef", "Cook"),
     (("Backstube Huber GmbH", "Backstube Huber"), ("Brotzeit Wimmer KG", "Brotzeit Wimmer"))),
)


def _ams(rng: random.Random, g: Guide) -> list[str]:
    """An Austrian labour-market service's job lexicon through a translator: activity
    characteristics, three requirement lists (skills), employment opportunities (sectors)
    with eJob-room offers (employers), apprenticeship pay for four years and a starting band
    "€ 2.385,-" (the role's, a month), a "for comparison" rate (its title's), advancement to
    two titles (a ladder from the role) and trained titles who may shorten the
    apprenticeship (moves in)."""
    (title, german, acts, prof, phys, inter, kinds, compare, (up1, up2), trained,
     offers) = rng.choice(_AMS_JOBS)
    occupy(g, title, ladder=[title, up1, up2], moves_in=list(trained))
    _spell(g, f"{title} (m/f/d)", german)
    g.skills = {"top": [_cap(s) for s in (*acts, *prof, *phys)],
                "soft": [_cap(s) for s in inter]}
    g.sectors = [_cap(k) for k in kinds]
    for printed, short in offers:
        _legal(g, printed, short)
    pays = [rng.randint(700, 820)]
    for _ in range(3):
        pays.append(pays[-1] + rng.randint(150, 320))
    for n, pay in enumerate(pays, start=1):
        _salary(g, pay, pay, "EUR", period="month", level=f"year {n}")
    low = rng.randint(2300, 2600)
    high = low + rng.randint(150, 400)
    _salary(g, low, high, "EUR", period="month")
    other = int(_no_pay(g, low - rng.randint(40, 120), 9))
    _salary(g, other, other, "EUR", period="month", belongs_to=compare)
    g.must_not_appear += ["Show original", "AMS job lexicon", "Salary Compass", "eJob room",
                          "Related professions", "Apprenticeship duration"]
    return ["[Translated from German]  Show original  |  English ▾", "",
            "AMS job lexicon › Professions › Construction, craft, food", "",
            f"{title} (m/f/d)", f"Original title: {german}", "",
            "Apprenticeship duration: 3 years", "",
            "Activity characteristics",
            *(f"• {_cap(a)}" for a in acts), "",
            "Requirements",
            f"Professional requirements: {', '.join(prof)}",
            f"Physical requirements: {', '.join(phys)}",
            f"Interdisciplinary requirements: {', '.join(inter)}", "",
            "Employment opportunities",
            f"{_plural(title)} work in {_names(kinds)}.",
            f"Current offers in the eJob room: {'; '.join(p for p, _ in offers)}", "",
            "Salary (AMS Salary Compass)",
            *(f"Apprenticeship pay, {n}st year: € {_euro(pay)},-".replace("2st", "2nd")
              .replace("3st", "3rd").replace("4st", "4th")
              for n, pay in enumerate(pays, start=1)),
            f"Starting salary: € {_euro(low)},- to € {_euro(high)},- gross per month (paid 14 "
            "times a year)",
            f"For comparison: a {compare} starts at € {_euro(other)},- gross.", "",
            "Further education and advancement",
            f"With experience and further training, {_plural(title).lower()} can advance to "
            f"{up1} and {up2}.",
            f"Trained {_plural(trained[0])} or {_plural(trained[1])} can shorten the "
            "apprenticeship.", "",
            "Related professions: see the list    Sources: AMS, WKO"]


# --------------------------------------------------------------------------------------
# A farm's or vineyard contractor's seasonal hiring flyer
# --------------------------------------------------------------------------------------
# (job, its slash alias, the farm type, duties, equipment (slash pairs), other skills, a
#  nice-to-have, the earlier job (as a question), the year-round job, the ranch, the other
#  flyer's title and firm)
_FLYERS = (
    ("Lambing Hand", "Night Lamber", "sheep ranch",
     ("Check the drop bunch every two hours", "Pull lambs and graft orphans",
      "Keep the jugs bedded"),
     (("ATV", "side-by-side"), ("stock trailer", "gooseneck hitch")),
     ("ear tagging", "tube feeding"), "stock dog handling", "Sheep Shearer",
     "Year-round Sheep Hand", "Coldwater Creek Ranch", "Fence Builder",
     "Big Horn Fencing"),
    ("Harvest Hand", "Grain Cart Driver", "grain farm",
     ("Run the grain cart alongside the combines", "Grease and blow down machines daily",
      "Haul to the elevator when asked"),
     (("grain cart", "auger"), ("semi truck", "belly-dump trailer")),
     ("combine unloading", "GPS autosteer"), "basic welding", "Grain Truck Driver",
     "Year-round Farm Hand", "Prairie Bend Farms", "Custom Cutter", "Red Mesa Harvesting"),
    ("Hay Crew Hand", "Bale Stacker", "hay ranch",
     ("Rake and bale behind the swather", "Stack and tarp bales", "Change knives and tines"),
     (("swather", "baler"), ("bale wagon", "squeeze")),
     ("hydraulic hookups", "moisture testing"), "irrigation pipe changing",
     "Irrigation Hand", "Year-round Ranch Hand", "Sage Flat Ranch", "Pivot Mechanic",
     "Valley Pivot Service"),
)
_FLYER_NAMES = ("Dale", "Shawna", "Wes", "Rhonda")


def _farmflyer(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A photographed ranch flyer from a feed-store board: the caption (chrome), the job
    with a slash alias, a day rate and a season rate a month (the role's), a completion
    bonus (no pay), imperative duties (`optional`), a "you need" list with slash pairs (each
    a skill), a nice-to-have (a skill), "Worked as a X?" (a move in), a year-round job with
    its salary (an up move, its own pay), perks and tear-off tabs (chrome), another flyer's
    rate (its title's; its firm no employer) and comments (chrome)."""
    variant = _begin(rng, g, ("ranch", "vineyard"))
    if variant == "vineyard":
        return _vineyard(rng, g)
    (title, alias, kind, duties, kit, skills, nice, before, year_round, ranch, other,
     firm) = rng.choice(_FLYERS)
    occupy(g, title, leads=[year_round], moves_in=[before])
    _spell(g, alias)
    g.skills = {"top": [*(s for pair in kit for s in pair), *(_cap(s) for s in skills),
                        _cap(nice)]}
    g.employers = [ranch]
    g.optional += [*duties, "dairy"]
    day = rng.randint(150, 220)
    season = rng.randint(38, 52) * 100
    _salary(g, day, day, period="day")
    _salary(g, season, season, period="month")
    salary = rng.randint(42, 56) * 1000
    _salary(g, salary, salary, belongs_to=year_round)
    hourly = rng.randint(22, 30)
    _salary(g, hourly, hourly, period="hour", belongs_to=other)
    bonus = int(_no_pay(g, rng.choice((500, 750, 1000)), 50))
    who = rng.choice(_FLYER_NAMES)
    phone = f"406-555-{rng.randint(1000, 9999)}"
    g.must_not_appear += [firm, who, phone, "No drugs", "Tear-off", "Posted by"]
    return [f"[Photo: flyer pinned to the board at the feed store, {rng.randint(2, 5)} "
            "comments]", "",
            f"*** HELP WANTED — {title.upper()} / {alias.upper()} ***",
            f"{ranch} · {kind} · {rng.randint(900, 2400)} head · 30 mi N of town", "",
            f"${day}/day  or  ${season:,}/month for the whole season",
            f"+ ${bonus} bonus if you stay to the end. Housing + beef provided.", "",
            "What you'll do:", *(f"  {d}." for d in duties), "",
            "You need:",
            *(f"  - {a} / {b}" for a, b in kit),
            *(f"  - {_cap(s)}" for s in skills),
            f"Nice to have: {nice}.", "",
            f"Worked as a {before}? You'll pick this up fast. Grew up on a dairy? Also fine.",
            f"Stay on after the season → {year_round} job (${salary:,}/yr + house).", "",
            f"No drugs. Dogs OK if they work. Call or text {who}: {phone}", "",
            "Tear-off tabs: " + "  |  ".join([f"{who} {phone}"] * 3), "",
            f"(Next flyer on the board: {other} wanted — ${hourly}/hr — {firm})", "",
            f"Comments: \"Good outfit, fed us well\" · \"Posted by {who}, still hiring?\""]


# (job, pruning or canopy techniques, tools with a brand in parentheses, the team leader and
#  supervisor titles, the moves in, certificate, the contractor (printed, short), the
#  industry)
_VINES = (
    ("Canopy Hand", ("shoot thinning", "leaf plucking", "wire lifting"),
     (("snips", "Bahco"), ("tying gun", "Max Tapener")), "Canopy Team Leader",
     "Vineyard Supervisor", ("Packhouse Hand", "Fruit Picker"),
     "Growsafe Introductory Certificate",
     ("Marlstone Vineyard Services Ltd", "Marlstone Vineyard Services"), "wine industry"),
    ("Orchard Pruner", ("central leader pruning", "limb tying", "thinning cuts"),
     (("loppers", "ARS"), ("pole saw", "Silky")), "Pruning Team Leader",
     "Orchard Supervisor", ("Packhouse Hand", "Apple Picker"), "First Aid Certificate",
     ("Heretaunga Orchard Contracting Ltd", "Heretaunga Orchard Contracting"),
     "pipfruit industry"),
)


def _vineyard(rng: random.Random, g: Guide) -> list[str]:
    """A contractor's PDF flyer: the work with named techniques (skills), a training-week
    rate that is the guaranteed minimum (one figure an hour), piece rates and holiday pay (no
    pay), what experienced workers typically earn (the role's band an hour), team leader and
    tractor operator rates (theirs), tools with brands in parentheses and soft skills
    (skills), moves in, an "→" ladder, a certificate (`optional`) and the contractor
    (employer) to an industry (the sector)."""
    (title, techniques, tools, leader, supervisor, before, cert, (printed, short),
     industry) = rng.choice(_VINES)
    occupy(g, title, ladder=[title, leader, supervisor], moves_in=list(before))
    g.skills = {"top": [*(_cap(t) for t in techniques),
                        *(s for tool, brand in tools for s in (_cap(tool), brand))],
                "soft": ["Reliability", "Teamwork"]}
    _legal(g, printed, short)
    g.sectors = [_cap(industry)]
    g.optional += [cert]
    currency, sign = rng.choice((("NZD", "NZ$"), ("AUD", "A$")))
    training = rng.randint(2300, 2400) / 100
    _salary(g, training, training, currency, period="hour")
    low = rng.randint(27, 29)
    high = low + rng.randint(4, 7)
    _salary(g, low, high, currency, period="hour")
    lead_rate = _no_pay(g, high + rng.randint(2, 4), 1)
    _salary(g, lead_rate, lead_rate, currency, period="hour", belongs_to=leader)
    tractor = _no_pay(g, lead_rate + 1, 1)
    _salary(g, tractor, tractor, currency, period="hour", belongs_to="Tractor Operator")
    piece = rng.choice((38, 42, 45))
    g.must_not_appear += ["Backpackers welcome", "IRD number", "RSE", "Holiday pay"]
    t1, t2, t3 = techniques
    (tool1, brand1), (tool2, brand2) = tools
    return [f"{printed.upper()}", f"Contractors to the {industry} since 2004", "",
            f"{title.upper()}S WANTED — WINTER 2027", "",
            "The work",
            f"{_cap(t1)}, {t2} and {t3} across blocks around the region. Mostly outdoors, "
            "rain or shine.", "",
            "Pay",
            f"• Training week: {sign}{training:.2f} an hour (this is also your guaranteed "
            "minimum)",
            f"• After that: {piece}c a bay on contract rates; experienced {title.lower()}s "
            f"typically earn {sign}{low}–{sign}{high} an hour",
            "• Holiday pay 8% on top of every pay",
            f"• {_plural(leader)}: {sign}{lead_rate:g}/hr   Tractor Operators: "
            f"{sign}{tractor:g}/hr", "",
            "What we're looking for",
            f"• Your own {tool1} ({brand1}) and {tool2} ({brand2}) or we'll sell you a set",
            "• Reliability and teamwork: you work in a crew of eight", "",
            f"{_plural(before[0])} and {_plural(before[1])} pick it up quickly.",
            f"Good {title.lower()}s move up: {title} → {leader} → {supervisor}", "",
            f"A {cert} is a plus.", "",
            "Backpackers welcome with a working holiday visa and an IRD number. RSE "
            "workers through the scheme only.",
            "Apply: text your name and start date to 027 555 0142"]


# --------------------------------------------------------------------------------------
# A consultancy's terms of reference for one expert
# --------------------------------------------------------------------------------------
# (position, its national spelling, scope items (a task and the tool it names: after
#  "using" or in parentheses), qualification skills, languages, feeder titles, the degree,
#  the consortium, the project office, the financier, the sector)
_TORS = (
    ("Water Quality Specialist", "National Water Quality Specialist",
     (("Map sampling points", "using", "QGIS"),
      ("Test borehole samples on site", "with", "turbidity meters"),
      ("Compile laboratory results", "using", "R")),
     ("water chemistry", "laboratory quality control"), ("English", "Portuguese"),
     ("Laboratory Analyst", "Environmental Engineer"), "MSc in Chemistry",
     "AquaNorte–Delta Engineering Consortium", "Provincial Water Project Office",
     "Southern Basins Resilience Fund", "Rural water supply"),
    ("Soil Scientist", "National Soil Scientist",
     (("Describe soil profiles", "with", "Munsell charts"),
      ("Classify land units", "using", "ArcGIS Pro"),
      ("Sample infiltration", "with", "double-ring infiltrometers")),
     ("soil classification", "land capability assessment"), ("English", "French"),
     ("Agronomist", "Land Surveyor"), "MSc in Soil Science",
     "Terraverde Irrigation Consortium", "Irrigation Scheme Coordination Unit",
     "Lakeside Food Security Facility", "Irrigation"),
    ("Monitoring and Evaluation Specialist", "National M&E Specialist",
     (("Design household surveys", "using", "ODK Collect"),
      ("Analyse baseline data", "using", "Stata"),
      ("Build a results dashboard", "using", "Power BI")),
     ("results-based monitoring", "sampling design"), ("English", "Swahili"),
     ("Data Analyst", "Field Coordinator"), "Master's degree in Statistics",
     "Kilifi Coast Development Partners Consortium", "County Project Implementation Unit",
     "Eastern Seaboard Livelihoods Fund", "Agricultural development"),
)


def _torconsult(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A consortium's terms of reference for an individual consultant: the header with
    reference, duty station, reporting line and closing date (chrome), background and
    objective, a numbered scope of work whose tasks (`optional`) name tools after "using",
    "with", "in" (skills), deliverables with payment percentages (chrome), qualifications
    with skills and languages (skills), a degree (`optional`), feeder titles "an asset"
    (moves in), a daily fee band (the role's, a day), a daily subsistence allowance (no
    pay), continuation as the Senior rung (up), the financier (never an employer) and the
    project office (`optional`)."""
    variant = _begin(rng, g, ("individual", "appendix"))
    if variant == "appendix":
        return _appendix(rng, g)
    (title, national, scope, quals, langs, feeders, degree, consortium, office, fund,
     sector) = rng.choice(_TORS)
    senior = f"Senior {title}"
    occupy(g, title, leads=[senior], moves_in=list(feeders))
    _spell(g, national)
    g.skills = {"top": [tool for _, _, tool in scope] + [_cap(q) for q in quals] + list(langs)}
    g.employers, g.sectors = [consortium], [sector]
    g.optional += [task for task, _, _ in scope] + [degree, office]
    currency, sign = rng.choice((("USD", "USD "), ("EUR", "EUR ")))
    low = rng.randint(18, 30) * 10
    high = low + rng.randint(4, 9) * 10
    _salary(g, low, high, currency, period="day")
    dsa = int(_no_pay(g, rng.choice((45, 60, 75)), 5))
    ref = f"ToR/{rng.randint(10, 99)}/2026"
    g.must_not_appear += [fund, f"Reference: {ref}", "Evaluation criteria", "Duty station",
                          "Closing date"]
    lines = ["TERMS OF REFERENCE", f"Individual Consultant: {national}",
             f"Reference: {ref}    Duty station: provincial capital, with field travel",
             f"Contract: individual consultancy, 60 working days    Reports to: the Team "
             f"Leader of the {consortium}",
             "Closing date: 15 January 2027", "",
             "1. Background",
             f"The {consortium} implements a programme financed by the {fund}. The "
             f"{office} issues these terms of reference on its behalf.", "",
             "2. Objective",
             f"To recruit a {title} who will support the {sector.lower()} component.", "",
             "3. Scope of work"]
    for n, (task, word, tool) in enumerate(scope, start=1):
        joined = f"({tool})" if word == "with" else f"{word} {tool}"
        lines.append(f"3.{n} {task} {joined}.")
    return [*lines, "",
            "4. Deliverables and payment",
            "Inception report (20%) · Field report (40%) · Final report (40%)", "",
            "5. Qualifications",
            f"- {degree}; registration with the professional body is an advantage",
            f"- Proven skills in {quals[0]} and {quals[1]}",
            f"- Fluency in {langs[0]} and {langs[1]}",
            f"- Seven years of experience as a {title}. Experience as a {feeders[0]} or "
            f"{feeders[1]} is an asset.", "",
            "6. Fees",
            f"Daily fee range: {sign}{low} – {high} per working day, depending on experience. "
            f"Daily subsistence allowance (DSA) of {sign}{dsa} for nights in the field.", "",
            "7. Continuation",
            f"On good performance the consultant may be invited to continue as {senior} in "
            "the next phase.", "",
            "8. Evaluation criteria: qualifications 30, experience 50, languages 20.",
            "Send your CV and a financial offer to the procurement officer by the closing "
            "date."]


# (key expert code and position, tasks, skills, languages, prior positions, the usual next
#  post, the other key experts (title as printed, person-months), the international
#  expert's title, the joint venture, the financier)
_APPENDICES = (
    ("K-4", "Environmental Safeguards Specialist",
     ("Screen sub-projects for impacts", "Prepare the environmental management plan",
      "Train contractors' safety officers"),
     ("environmental impact assessment", "noise monitoring", "spill response planning"),
     ("English", "Filipino"), ("Environmental Officer", "Pollution Control Officer"),
     "Safeguards Manager",
     ("Team Leader / Highway Engineer", "Bridge Engineer", "Materials Engineer"),
     "International Road Safety Expert", "Dagatan–Rizal Engineering Joint Venture",
     "Pacific Rim Infrastructure Fund"),
    ("K-5", "Social Development Specialist",
     ("Run consultations in affected barangays", "Track grievance cases",
      "Prepare the gender action plan"),
     ("stakeholder consultation", "grievance redress", "gender analysis"),
     ("English", "Cebuano"), ("Community Organizer", "Social Worker"),
     "Social Safeguards Manager",
     ("Team Leader / Irrigation Engineer", "Hydrologist", "Agricultural Economist"),
     "International Institutional Specialist", "Bukidnon–Lanao Consultants Joint Venture",
     "Mindanao Rural Growth Facility"),
)


def _appendix(rng: random.Random, g: Guide) -> list[str]:
    """A development-bank RFP appendix for one key expert: a team composition table (no
    move; its titles own only their billing rows), the objective, tasks (`optional`),
    qualifications with prior positions (moves in), skills and languages (skills), the
    usual next post (up), billing rates per person-month for five experts (each row its
    title's as printed, the role's own row in PHP, the international expert's in USD), a
    per diem (no pay) and the financier (chrome)."""
    (code, title, tasks, skills, langs, prior, onward, others, intl, venture,
     fund) = rng.choice(_APPENDICES)
    occupy(g, title, leads=[onward], moves_in=list(prior))
    _spell(g, f"{code} {title}")
    g.skills = {"top": [_cap(s) for s in skills] + list(langs)}
    g.employers = [venture]
    g.optional += [*tasks, "Bachelor's degree"]
    own = rng.randint(16, 24) * 10_000
    _salary(g, own, own, "PHP", period="month")
    rows = [(f"{code} {title}", f"PHP {own:,}")]
    for n, other in enumerate(others):
        rate = int(_no_pay(g, own + (rng.randint(8, 14), rng.randint(2, 6),
                                     -rng.randint(2, 5))[n] * 10_000, 5000))
        _salary(g, rate, rate, "PHP", period="month", belongs_to=other)
        rows.append((f"K-{n + 1} {other}", f"PHP {rate:,}"))
    usd = rng.randint(18, 24) * 1000
    _salary(g, usd, usd, period="month", belongs_to=intl)
    rows.append((f"I-1 {intl}", f"USD {usd:,}"))
    per_diem = int(_no_pay(g, rng.choice((2500, 3000, 3500)), 250))
    g.must_not_appear += [fund, "BAC Secretariat", "PhilGEPS", "Technical Proposal",
                          "Per diem"]
    months = rng.randint(12, 24)
    return [f"REQUEST FOR PROPOSALS — APPENDIX C: TERMS OF REFERENCE FOR KEY EXPERT {code}",
            f"Financed by the {fund}.  Issued through the BAC Secretariat; see PhilGEPS.",
            "",
            "C.1 Team composition",
            "| Code | Position | Person-months |",
            *(f"| K-{n + 1} | {o} | {rng.randint(18, 30)} |" for n, o in enumerate(others)),
            f"| {code} | {title} | {months} |", f"| I-1 | {intl} | 6 |", "",
            f"C.2 Objective: the {code} {title} supports the consultant team of the "
            f"{venture} on safeguards.", "",
            "C.3 Tasks", *(f"  ({chr(97 + n)}) {t}." for n, t in enumerate(tasks)), "",
            "C.4 Qualifications",
            f"  Bachelor's degree and ten years of relevant work. Prior positions as "
            f"{prior[0]} or {prior[1]} are relevant.",
            f"  Skills: {', '.join(skills)}.",
            f"  Languages: {langs[0]} and {langs[1]}.",
            f"  Experts in this post commonly move on to {onward} posts.", "",
            "C.5 Billing rates (per person-month, Technical Proposal Form TECH-6)",
            *(f"  {name:<46} {rate}" for name, rate in rows),
            f"  Per diem for field work: PHP {per_diem:,} a day (reimbursable, not a fee).",
            "", "End of Appendix C"]


# --------------------------------------------------------------------------------------
# A team's role charter
# --------------------------------------------------------------------------------------
# (role, RACI columns (other titles), the Senior rung's next (a differently named lead),
#  the retired level, moves in, lateral titles, tools, soft skills, company (printed,
#  short), currency and sign)
_CHARTERS = (
    ("Incident Manager", ("Service Owner", "On-call Engineer", "Comms Lead"),
     "Head of Incident Response", "Incident Coordinator",
     ("Site Reliability Engineer", "Service Desk Team Lead"),
     ("Change Manager", "Service Delivery Manager"),
     ("Opsgenie", "Grafana", "ServiceNow", "Slack"), ("Calm under pressure", "Clear writing"),
     ("Korbel Payments B.V.", "Korbel Payments"), ("EUR", "€")),
    ("Localisation Manager", ("Product Owner", "Language Vendor", "QA Lead"),
     "Head of Localisation", "Translation Coordinator",
     ("Technical Writer", "Project Coordinator"),
     ("Content Designer", "Vendor Manager"),
     ("Crowdin", "Figma", "Jira", "Smartling"), ("Cultural awareness", "Negotiation"),
     ("Ferrowind Games Ltd", "Ferrowind Games"), ("GBP", "£")),
)


def _rolecharter(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A wiki page's role charter: page chrome, status and owner, purpose, responsibilities
    (`optional`), a RACI table whose columns are other titles (no move), decision rights, a
    level table (the role's band, its Senior rung's (own), the differently named lead's
    (theirs)), a retired level (no rung), holiday allowance and bonus (no pay), "How people
    get here" (moves in), "Up the track" (the level table's ladder), "Sideways into"
    (lateral), a " · " tools line and soft skills (skills) and comments (chrome)."""
    variant = _begin(rng, g, ("wiki", "doc"))
    if variant == "doc":
        return _chartdoc(rng, g)
    (title, raci, head, retired, before, sideways, tools, soft, (printed, short),
     (currency, sign)) = rng.choice(_CHARTERS)
    senior = f"Senior {title}"
    occupy(g, title, ladder=[title, senior, head], moves_in=list(before),
           transitions=list(sideways))
    g.skills = {"top": list(tools), "soft": list(soft)}
    _legal(g, printed, short)
    duties = ("Run the review after every major incident" if "Incident" in title
              else "Plan each release's language drop",
              "Keep the charter and runbooks current", "Report monthly to the leadership")
    g.optional += list(duties)
    low = rng.randint(58, 72) * 1000
    high = low + rng.randint(10, 16) * 1000
    s_low, s_high = high + rng.randint(2, 5) * 1000, high + rng.randint(18, 24) * 1000
    h_low, h_high = s_high + rng.randint(2, 5) * 1000, s_high + rng.randint(20, 28) * 1000
    _salary(g, low, high, currency, level="L5")
    _salary(g, s_low, s_high, currency, level="Senior")
    _salary(g, h_low, h_high, currency, belongs_to=head)
    bonus = rng.choice((5, 8, 10))
    author, editor = rng.sample(("Noor Haddad", "Pieter Smit", "Ines Carvalho",
                                 "Tom Achterberg"), 2)
    g.must_not_appear += [*raci, retired, author, editor, "Decision rights", "On this page",
                          "Holiday allowance"]
    raci_rows = [("Declare the incident level" if "Incident" in title
                  else "Approve the string freeze", "A/R", "C", "I", "C"),
                 ("Publish the status update" if "Incident" in title
                  else "Book the language vendors", "A", "I", "R", "I"),
                 ("Close the action items", "A", "R", "I", "C")]
    head_row = f"| {'Activity':<30} | {title:<22} | " + " | ".join(f"{c:<16}" for c in raci)
    return [f"{short} Confluence  ›  Spaces  ›  Operations  ›  Role charters", "",
            f"Role charter: {title}",
            f"Created by {author}, last edited by {editor} · 6 min read · 214 views",
            "Status: APPROVED    Charter owner: Head of Operations    Review: yearly", "",
            "On this page: Purpose · Responsibilities · RACI · Decision rights · Levels · "
            "Paths · Tools", "",
            "Purpose",
            f"The {title} makes sure one person owns the outcome of this work from start to "
            "finish.", "",
            "Responsibilities", *(f"• {d}" for d in duties), "",
            "RACI", head_row,
            *(f"| {a:<30} | {r:<22} | " + " | ".join(f"{c:<16}" for c in rest)
              for a, r, *rest in raci_rows), "",
            "Decision rights: may pause deployments; may not approve spend over the budget.",
            "",
            "Levels and pay",
            "| Level | Title | Band |",
            f"| L5 | {title} | {sign}{low:,} – {sign}{high:,} |",
            f"| L6 | {senior} | {sign}{s_low:,} – {sign}{s_high:,} |",
            f"| L7 | {head} | {sign}{h_low:,} – {sign}{h_high:,} |",
            f"| L4 | {retired} (retired 2025) | — |",
            f"Holiday allowance 8% and an annual bonus of up to {bonus}% come on top.", "",
            "How people get here",
            f"Most came from {_plural(before[0])} or {_plural(before[1])} on the teams we "
            "serve.", "",
            "Where they go next",
            f"Up the track to {senior} and then {head}. Some move sideways into "
            f"{sideways[0]} or {sideways[1]}.", "",
            "Tools & skills", " · ".join(tools), f"Also: {soft[0].lower()}, "
            f"{soft[1].lower()}.", "",
            "Comments (2)", f"{author}: updated the bands for 2027.",
            f"{editor}: 👍", "", f"© 2026 {printed} · Powered by Confluence · Report a problem"]


# (role, its bracketed scope, its RACI short title, capabilities (label → items; a
#  standard or tool in parentheses), moves in, the next post, the lateral post, the
#  RACI's other columns, the authority)
_STEWARDS = (
    ("GIS Data Steward", "Network Assets", "GIS Steward",
     (("Technical", ("spatial data editing", ("topology checks", "ArcGIS Utility Network"),
                     ("metadata", "ISO 19115"))),
      ("Business", ("asset hierarchy", "work order history")),
      ("People", ("coaching editors", "stakeholder updates"))),
     ("GIS Technician", "Drafting Technologist"), "GIS Data Manager", "Asset Analyst",
     ("Data Owner", "Data Custodian", "QA Lead"), "Northshore Water Authority"),
    ("Fleet Data Steward", "Vehicles and Telematics", "Fleet Steward",
     (("Technical", ("telematics data", ("fuel records", "Geotab"),
                     ("data quality rules", "ISO 8000"))),
      ("Business", ("vehicle lifecycle", "maintenance costing")),
      ("People", ("training depot staff", "clear reporting"))),
     ("Fleet Clerk", "Maintenance Planner"), "Fleet Data Manager", "Reliability Analyst",
     ("Data Owner", "System Custodian", "Product Owner"), "Lakeshore Transit Authority"),
)


def _chartdoc(rng: random.Random, g: Guide) -> list[str]:
    """A shared document's role charter at a public authority: editor chrome, a comment and
    a suggestion (chrome), the role with a bracketed scope and the RACI's short title
    (spellings), duties (`optional`), a RACI of owner, custodian and others (no move),
    capabilities under "Technical:", "Business:", "People:" labels (skills, a standard in
    parentheses both), levels I and II at two grades and a Senior rung (the role's own), the
    manager's band (theirs), an unapproved suggested level (no rung), moves in, the usual
    next step (the ladder), a lateral move and union and job-board lines (chrome)."""
    (title, scope, short, caps, before, manager, lateral, raci, authority) = rng.choice(
        _STEWARDS)
    senior = f"Senior {title}"
    occupy(g, title, ladder=[title, senior, manager], moves_in=list(before),
           transitions=[lateral])
    _spell(g, f"{title} ({scope})", short)
    g.skills = {"top": [s for _, items in caps for item in items
                        for s in ((item,) if isinstance(item, str) else item)]}
    g.employers = [authority]
    duties = ("Fix data defects within the agreed time", "Sign off new attribute values")
    g.optional += list(duties)
    grade = rng.randint(6, 8)
    base = rng.randint(68, 80) * 1000
    bands = []
    for n, level in enumerate((f"Grade {grade}", f"Grade {grade + 1}", "Senior")):
        low = base + n * rng.randint(9, 12) * 1000
        high = low + rng.randint(7, 10) * 1000
        _salary(g, low, high, "CAD", level=level)
        bands.append((low, high))
    m_low = bands[-1][1] + rng.randint(2, 5) * 1000
    m_high = m_low + rng.randint(12, 16) * 1000
    _salary(g, m_low, m_high, "CAD", belongs_to=manager)
    suggested = f"Principal {title}"
    g.must_not_appear += [*raci, suggested, "Suggesting", "Share", "CUPE Local",
                          "Last edit was"]

    def band(low: int, high: int) -> str:
        return f"${low:,}–${high:,}"

    def cap_text(items: tuple[str | tuple[str, str], ...]) -> str:
        return ", ".join(i if isinstance(i, str) else f"{i[0]} ({i[1]})" for i in items)

    return [f"{title} – role charter   ☆  ⌂  Saved to Drive        [Share]",
            "File  Edit  View  Insert  Format  Tools  Extensions  Help   Last edit was 2 days "
            "ago", "Editing ▾  |  Suggesting  |  Viewing", "",
            f"{authority} — {title} ({scope})", "",
            "Purpose: one accountable person for the quality of the data the crews rely on.",
            "", "What the steward does", *(f"• {d}" for d in duties), "",
            "RACI (data changes)",
            f"| Step | {raci[0]} | {raci[1]} | {short} | {raci[2]} |",
            "| Define a new attribute | A | C | R | I |",
            "| Correct a defect | I | C | A/R | C |", "",
            "Capabilities",
            *(f"{label}: {cap_text(items)}" for label, items in caps), "",
            "Levels (CAD a year)",
            f"{title} I - Grade {grade}: {band(*bands[0])}",
            f"{title} II - Grade {grade + 1}: {band(*bands[1])}",
            f"{senior} - Grade {grade + 2}: {band(*bands[2])}",
            f"{manager} - Grade {grade + 3}: {band(m_low, m_high)}",
            f"[Suggestion, not approved: add {suggested} - Grade {grade + 3}]", "",
            "Career paths",
            f"People have come into stewardship from {before[0]} and {before[1]} roles. The "
            f"usual next step is {senior}, then {manager}; one steward moved across to "
            f"{lateral}.", "",
            "Hiring notes: positions are in the CUPE Local bargaining unit; post on the "
            "authority's job board only.", "",
            "💬 Comment: \"Should the grades follow the 2027 review?\" — Resolved"]


FAMILY30_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "crewrank": _crewrank, "civilexam": _civilexam, "berufmt": _berufmt,
    "farmflyer": _farmflyer, "torconsult": _torconsult, "rolecharter": _rolecharter,
}
