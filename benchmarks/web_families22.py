"""Generator renderers for the six page families of held-back set 22 (alumni pages ...).

Held-back set 22 showed six more kinds of page users bring: a school's alumni "where are they
now" cards or class notes (graduates' paths as ladders, first-destination medians), an
airline's careers page with pay by year of service (seats as rungs owning their columns, a
maintenance scale with a Lead row and an inspector's row), a Spanish public job call or
careers profile read through a machine translator ("1.184,60 euros", "between 21 and 25
thousand euros", a ceiling with the triennia), a staffing agency's rate card (only the PAY
RATE column is pay), a public vacancy feed pasted as CSV or flattened XML (apprentice wages,
a duplicate record, grade bands, a career_path field) and a subreddit's wiki FAQ for a trade
(a self-reported pay survey, piece rates and "up to" ads no pay).  Every family names an
occupation of its own (not the generated office title): these renderers write such pages
from a planned guide, two variants a family; every fact the truth keeps is printed.

>>> _es(1184.6), _es(33500), _es(1420)
('1.184,60', '33.500', '1.420')
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import (
    _a,
    _plural,
    _prose_list,
    _salary,
    occupation_role,
    occupy,
    pick_variant,
)
from benchmarks.web_families12 import _PEOPLE, _fmt
from benchmarks.web_families17 import _fresh, _unused

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY22_ALIAS_LAYOUTS", "FAMILY22_LADDER_LAYOUTS", "FAMILY22_LAYOUTS",
           "FAMILY22_RENDERERS"]

FAMILY22_LAYOUTS = ("alumninow", "airlinecareers", "spanishmt", "ratecard", "vacancyfeed",
                    "subredditwiki")
# Each family sets its own occupation's ladder and names no alternative title of the
# generated role (occupy() replaces both).
FAMILY22_LADDER_LAYOUTS: tuple[str, ...] = ()
FAMILY22_ALIAS_LAYOUTS: tuple[str, ...] = ()


def _es(amount: float) -> str:
    """Spanish notation as a translator leaves it: a point for thousands, a comma for
    decimals ("1.184,60", "33.500")."""
    text = f"{int(amount):,}" if float(amount).is_integer() else f"{amount:,.2f}"
    return text.translate(str.maketrans(",.", ".,"))


def _pick(rng: random.Random, names: tuple[str, ...], k: int) -> list[str]:
    return rng.sample(names, min(k, len(names)))


def _given(rng: random.Random) -> tuple[str, str]:
    """A graduate's or member's invented name, and its upper-case card form."""
    first, last = rng.choice(_PEOPLE).split()
    name = f"{first} {rng.choice(_PEOPLE).split()[1] if rng.random() < 0.5 else last}"
    return name, name.upper()


# --------------------------------------------------------------------------------------
# A school's alumni "where are they now" cards, or an alumni magazine's class notes
# --------------------------------------------------------------------------------------
# (occupation, programme, degree, first job, top job, earlier job, sideways job, other job,
#  field graduates go into, skills, sectors)
_PROGRAMMES: tuple[tuple[str, ...], ...] = (
    ("Interior Designer", "Interior Design", "BA", "Design Assistant", "Studio Director",
     "Visual Merchandiser", "Set Designer", "Lighting Designer", "exhibition design",
     "space planning|Revit|SketchUp|material sourcing|hand rendering|lighting layouts",
     "Hospitality|Workplace interiors|Healthcare interiors|Residential projects"),
    ("Sound Engineer", "Audio Production", "BSc", "Studio Runner", "Head of Audio",
     "Cinema Projectionist", "Podcast Producer", "Mix Technician", "audio post-production",
     "Pro Tools|microphone placement|mastering|dialogue editing|Dante networking|foley",
     "Recording studios|Live events|Video games|Broadcasting"),
    ("Landscape Architect", "Landscape Architecture", "BLA", "Landscape Intern",
     "Studio Principal", "Garden Centre Assistant", "Urban Planner", "Site Surveyor",
     "urban planning", "planting design|grading plans|Lumion|stormwater design|site analysis"
     "|AutoCAD", "Public parks|Housing developers|Transport agencies|Campus planning"),
    ("Game Artist", "Games Art", "BA", "Art Intern", "Art Director", "Cinema Usher",
     "Technical Artist", "QA Tester", "game production",
     "Blender|ZBrush|texture painting|retopology|concept sketching|Substance Painter",
     "Console games|Mobile games|Animation studios|Simulation"),
    ("Video Journalist", "Broadcast Journalism", "BA", "Newsroom Intern", "News Director",
     "Camera Assistant", "Press Officer", "Assignment Editor", "corporate communications",
     "Avid Media Composer|live shots|scriptwriting|drone filming|mobile journalism"
     "|FOI requests", "Regional television|Streaming news|Public broadcasting|Wire services"),
)
_STUDIO_FIRMS = ("Harrowfield Studio", "Caldera Works", "Pennant & Roe", "Glasshouse Media",
                 "Tidewater Partners", "Marrow Lane Group", "Fernhill Collective",
                 "Oakhurst Projects", "Bluestem Ltd", "Copperleaf Agency", "Vantage Row",
                 "Saltmarsh Co.")
_SCHOOLS = ("Ashgrove School of Art", "Kellmore Polytechnic", "Rivermouth College",
            "St Aldric Institute", "Northmead University")


def _alumninow(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("cards", "notes"))
    g.title_line = False
    (title, programme, degree, first, top, before, sideways, other, field, skill_text,
     sector_text) = rng.choice(_PROGRAMMES)
    skills, sectors = skill_text.split("|"), sector_text.split("|")
    occupy(g, title)
    g.skills = {"top": _pick(rng, tuple(skills), rng.randint(4, 6))}
    g.sectors = _pick(rng, tuple(sectors), rng.randint(2, 4))
    firms = rng.sample(_STUDIO_FIRMS, 6)
    school = rng.choice(_SCHOOLS)
    g.employers = []
    g.must_not_appear.append(school)
    plural = _plural(title).lower()
    used: set[int] = set()
    median = _fresh(rng.randint(38, 64) * 500, used, 500)
    low = _fresh(median - rng.randint(6, 12) * 500, used, 500)
    high = _fresh(median + rng.randint(6, 12) * 500, used, 500)
    if variant == "notes":
        return _classnotes(rng, g, area, (title, first, top, before, sideways, other, field),
                           firms, school, (median, low, high))
    _salary(g, median, median, point=True, level="entry")
    _salary(g, low, high, level="entry")
    g.optional.append(f"{programme} ({degree})")
    g.must_not_appear += ["Update your details", "Share your story", "Give"]
    senior = f"Senior {title}"
    now, path, arrow = rng.choice((("Now", "Path", "  >  "), ("Currently", "Career path", " > "),
                                   ("Today", "Route", "  ›  ")))
    cards: list[list[str]] = []
    quotes = list(g.skills["top"])
    rng.shuffle(quotes)

    def card(steps: list[tuple[str, str | None]], extra: list[str]) -> None:
        name, upper = _given(rng)
        year = rng.randint(2008, 2021)
        head = rng.choice((f"{upper}  ·  Class of {year}", f"{name} ('{year % 100:02d})"))
        g.must_not_appear.append(f"Class of {year}" if "Class" in head else upper.title())
        last = steps[-1]
        at = f", {last[1]}" if last[1] else ""
        cards.append([head, f"{now}: {last[0]}{at}",
                      f"{path}: " + arrow.join(f"{t}, {e}" if e else t for t, e in steps),
                      *extra])
        g.ladders.append([(occupation_role(t), t) for t, _ in steps])

    def said(k: int) -> str:
        picked = [quotes.pop() for _ in range(min(k, len(quotes)))]
        return _prose_list(picked, "and")

    card([(first, firms[0]), (title, firms[0]), (senior, firms[1]), (top, firms[1])],
         [f"\"The studio years taught me to present work I was not sure of. These days "
          f"{said(2)} fill most of my week.\""])
    g.employers += [firms[0], firms[1]]
    card([(title, firms[2]), (sideways, firms[3])],
         [f"Spent four years in the role before moving sideways into {field}; credits "
          f"the {said(1)} module for the switch."])
    g.employers.append(firms[2])
    g.optional.append(firms[3])
    card([(f"Junior {title}", firms[4]), (title, None), (senior, None)],
         [f"\"Nobody asks about grades. They ask whether you can do {said(2)}.\""]
         if quotes else [])
    g.employers.append(firms[4])
    if rng.random() < 0.6:
        g.moves_in = [(occupation_role(before), before)]
        _, upper = _given(rng)
        cards.append([f"{upper}  ·  Mature student", f"{now}: {title}, {firms[5]}",
                      f"Came to us after six years as {_a(before)} {before.lower()} and went "
                      f"straight into {_a(title)} {title.lower()} post at {firms[5]}."])
        g.must_not_appear.append(upper)
        g.employers.append(firms[5])
    rest = quotes
    if rest:  # every skill printed somewhere: the last card's note names the rest
        cards[-1].append(f"Still uses {_prose_list(rest, 'and')} every week.")
    rule = "-" * 64
    g.must_not_appear += ["Where Are They Now", "Office of Alumni Relations"]
    out = [f"{school} | {programme}", "Home  >  Alumni  >  Where Are They Now?",
           "Search   Give   Log in", "", "WHERE ARE THEY NOW?",
           f"{programme} ({degree}) graduates, a decade on", "",
           f"Each year we catch up with a few {programme.lower()} alumni. Want to be "
           "featured? Update your details below.", "",
           f"Graduate outcomes (first-destination survey, {rng.randint(55, 80)}% response)",
           f"  Employed or studying within six months ........ {rng.randint(85, 97)}%",
           f"  Median starting salary, graduates hired as {plural} ........ ${_fmt(median)}",
           f"  Typical range for those roles ........ ${_fmt(low)} - ${_fmt(high)}", ""]
    for lines in cards:
        out += [rule, *lines]
    out += [rule, "", f"Where our {programme.lower()} graduates work",
            " · ".join(g.sectors), "", "Share your story  |  Update your details  |  Class "
            "Notes  |  Events", f"{school} · Office of Alumni Relations · Privacy"]
    return out


def _classnotes(rng: random.Random, g: Guide, area: str, names: tuple[str, ...],
                firms: list[str], school: str, pay: tuple[int, int, int]) -> list[str]:
    """Class notes: "'08  Name …" paragraphs telling steps in prose, a move into another
    field, a move in before school, recent hirers and medians for the role, another title
    and a field."""
    title, first, top, before, sideways, other, field = names
    median, low, high = pay
    senior = f"Senior {title}"
    magazine = rng.choice(("THE LANTERN", "ALUMNI QUARTERLY", "THE RECORD"))
    g.must_not_appear += [magazine, "Submit a note", "Donate"]
    skills = list(g.skills["top"])
    years = sorted(rng.sample(range(3, 23), 5))
    notes = []
    name = _given(rng)[0]
    notes.append(f"'{years[0]:02d}  {name} joined {firms[0]} as {_a(first)} {first.lower()}, "
                 f"was promoted to {title.lower()} in {2000 + years[0] + 2} and to "
                 f"{senior.lower()} in {2000 + years[0] + 6}. The {skills[0]} class, "
                 "the note says, still pays off.")
    g.ladders.append([(occupation_role(t), t) for t in (first, title, senior)])
    g.employers.append(firms[0])
    name = _given(rng)[0]
    notes.append(f"'{years[1]:02d}  After five years as {_a(title)} {title.lower()} at "
                 f"{firms[1]}, {name} has moved into {field} as {_a(sideways)} "
                 f"{sideways.lower()}.")
    g.transitions_to = [(occupation_role(sideways), sideways)]
    g.employers.append(firms[1])
    name = _given(rng)[0]
    notes.append(f"'{years[2]:02d}  {name} ({title.lower()}, {firms[2]}) came to us after two "
                 f"years as {_a(before)} {before.lower()}. \"I still lean on "
                 f"{_prose_list(skills[1:3], 'and')} every day.\"")
    g.moves_in = [(occupation_role(before), before)]
    g.employers.append(firms[2])
    name = _given(rng)[0]
    notes.append(f"'{years[3]:02d}  {name} is {_a(other)} {other.lower()} at {firms[3]}, "
                 + (f"known there for {_prose_list(skills[3:], 'and')}." if skills[3:]
                    else "and loving it."))
    g.optional += [other, firms[3]]
    name = _given(rng)[0]
    notes.append(f"'{years[4]:02d}  {name} now runs the team at {firms[4]} as {top.lower()}.")
    g.optional += [top, firms[4]]
    g.must_not_appear += [n.split("  ")[0] for n in notes[:1]]
    used = {median, low, high}
    other_median = _fresh(median + rng.randint(4, 10) * 500, used, 500)
    field_median = _fresh(median + rng.randint(11, 18) * 100, used, 100)
    _salary(g, median, median, point=True)
    _salary(g, low, high, level="entry")
    _salary(g, other_median, other_median, point=True, belongs_to=other)
    field_name = field.title()
    _salary(g, field_median, field_median, point=True, belongs_to=field_name)
    hirers = rng.sample(firms[:3], 3)
    out = [f"{magazine}  ·  Alumni magazine of {school}",
           f"Autumn {rng.randint(2024, 2026)}  |  Class Notes  |  Submit a note  |  Donate", "",
           f"Class Notes: {_plural(title)}", "Our graduates write in. Notes are edited for "
           "length.", ""]
    for note in notes:
        out += [note, ""]
    out += ["The numbers (first-destination report)",
            f"  Graduates employed as {_plural(title).lower()}: median first-year salary "
            f"${_fmt(median)}", f"  (smaller employers start lower: most between "
            f"${_fmt(low)} and ${_fmt(high)})",
            f"  Graduates working as {_plural(other).lower()}: median ${_fmt(other_median)}",
            f"  Graduates in {field}: median ${_fmt(field_median)}", "",
            f"Our graduates work in {_prose_list([s.lower() for s in g.sectors])}. Recent "
            f"hirers include {_prose_list(hirers)}.", "",
            "Have news? Write to the alumni office  ·  Photos welcome"]
    g.sectors = [s.lower() for s in g.sectors]
    return out


# --------------------------------------------------------------------------------------
# An airline's careers page with pay by year of service
# --------------------------------------------------------------------------------------
_AIRLINES = ("Northline Air Cargo", "Bayshore Regional Airlines", "Pinecrest Air",
             "Skyhaul Freight", "Coastal Link Airways", "Meridian Express Air")
# (job family, fleet, skills)
_PILOT_JOBS = (("Cargo Pilot", "Boeing 757 and ATR 72 freighters"),
               ("Regional Airline Pilot", "Embraer E175 and CRJ900 jets"),
               ("Charter Pilot", "Airbus A320 and Boeing 737 aircraft"))
_PILOT_SKILLS = ("crew resource management", "threat and error management",
                 "weight and balance", "cold-weather operations", "electronic flight bag",
                 "ACARS", "dangerous goods handling", "situational awareness")
_TECH_JOBS = (("Aircraft Maintenance Technician", "airframe and engine"),
              ("Avionics Technician", "avionics and electrical"),
              ("Aircraft Structures Technician", "sheet-metal and composite"))
_TECH_SKILLS = ("aircraft maintenance manual", "illustrated parts catalogue", "borescope",
                "torque wrench", "pitot-static test set", "composite repair", "AMOS",
                "wiring diagrams", "fault isolation")


def _airlinecareers(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("pilots", "maintenance"))
    g.title_line = False
    airline = rng.choice(_AIRLINES)
    g.employers = [airline]
    g.sectors = []
    if variant == "maintenance":
        return _maintenance(rng, g, airline)
    title, fleet = rng.choice(_PILOT_JOBS)
    seats = ["Cadet", *(["Second Officer"] if rng.random() < 0.5 else []), "First Officer",
             "Captain", rng.choice(("Check Airman", "Line Check Captain", "Chief Pilot"))]
    laterals = _pick(rng, ("Simulator Instructor", "Flight Operations Duty Manager",
                           "Crew Scheduler"), 2)
    feeders = _pick(rng, ("Flight Instructor", "Military Pilot", "Corporate Pilot",
                          "Banner Tow Pilot"), 3)
    occupy(g, title, ladder=seats, moves_in=feeders, transitions=laterals)
    g.skills = {"top": _pick(rng, _PILOT_SKILLS, rng.randint(4, 6))}
    g.optional += ["ATP certificate", "First-Class Medical", fleet.split(" and ")[0]]
    g.must_not_appear += ["Apply Now", "equal opportunity employer", "Per diem"]
    years = sorted(rng.sample((1, 2, 3, 4, 5, 6, 8, 10, 12), 5))
    if years[0] != 1:
        years[0] = 1
    used: set[int] = set()
    fo = rng.randint(90, 110) * 100 + rng.choice((0, 50))
    ca = fo + rng.randint(80, 100) * 100
    rows = []
    fo_first = rng.random() < 0.6
    for year in years:
        f = _fresh(fo, used, 50) / 100
        c = _fresh(ca, used, 50) / 100
        _salary(g, f, f, period="hour", point=True, belongs_to="First Officer",
                level=f"Year {year}")
        _salary(g, c, c, period="hour", point=True, belongs_to="Captain", level=f"Year {year}")
        first, second = (f, c) if fo_first else (c, f)
        rows.append(f"Year {year:<13} ${first:<14.2f} ${second:.2f}")
        fo += rng.randint(5, 9) * 100
        ca += rng.randint(5, 9) * 100
    head = "First Officer   Captain" if fo_first else "Captain         First Officer"
    g.must_not_appear.append("Year of service")
    fo_year = round(float(g.salaries[0]["min"]) * 900 / 100) * 100
    ca_last = next(float(s["min"]) for s in reversed(g.salaries) if s["belongs_to"] == "Captain")
    ca_year = round(ca_last * 900 / 100) * 100
    _salary(g, fo_year, fo_year, point=True, belongs_to="First Officer", level="Year 1")
    _salary(g, ca_year, ca_year, point=True, belongs_to="Captain", level=f"Year {years[-1]}")
    cadet = rng.randint(24, 32)
    _salary(g, cadet, cadet, period="hour", point=True, belongs_to="Cadet")
    bonus = _unused(g, rng.randint(15, 30) * 1000, 1000)
    diem = rng.choice(("2.40", "2.65", "2.85", "3.10"))
    return [airline.upper(), "Careers  |  Flight Operations  |  Maintenance  |  Apply Now  |  "
            "Pilot Login", "", "Careers > Flight Operations > Pilots", "",
            f"{_plural(title)} at {airline.split()[0]} fly our {fleet}.", "",
            "YOUR PATH WITH US", "  " + "  →  ".join(seats),
            "Most first officers upgrade to captain within four to six years, by seniority.",
            f"{_plural(title)} can also move into the training department as "
            f"{laterals[0].lower()}s" + (f", or into the office as {_a(laterals[1])} "
                                         f"{laterals[1].lower()}." if len(laterals) > 1
                                         else "."), "",
            "WHO WE HIRE", f"Many of our pilots came to us as "
            f"{_prose_list([_plural(f).lower() for f in feeders], 'or')}.", "",
            "Minimum qualifications", "  • ATP certificate and First-Class Medical",
            f"  • {rng.choice(('1,500', '1,200', '1,000'))} hours total time", "",
            "What we look for", *[f"  • {s[0].upper()}{s[1:]}" for s in g.skills["top"]], "",
            f"PILOT PAY SCALE (hourly, effective January {rng.randint(2025, 2027)})",
            f"Year of service   {head}", *rows,
            "Your pay year is your time with us, not time in the seat.", "",
            f"Minimum monthly guarantee: {rng.choice((70, 72, 75))} credit hours. Per diem: "
            f"${diem} per hour away from base. Night premium: {rng.randint(5, 9)}%. "
            f"Sign-on bonus: ${_fmt(bonus)} (not part of base pay).", "",
            f"What that looks like in a year: a first-year first officer earns about "
            f"${_fmt(fo_year)}; a year-{years[-1]} captain, about ${_fmt(ca_year)} before "
            "premiums.", "",
            f"Cadets are paid a training wage of ${cadet} an hour while they build time.", "",
            f"{airline} is an equal opportunity employer.  Privacy  ·  Contact"]


def _maintenance(rng: random.Random, g: Guide, airline: str) -> list[str]:
    """The maintenance page: duties naming manuals and systems, an arrow path, a dotted
    scale of the role by year with a Lead row and an inspector's row, differentials and
    allowances, an annual base point."""
    title, kind = rng.choice(_TECH_JOBS)
    lead = f"Lead {title}"
    inspector = "Quality Control Inspector"
    ladder = [title, lead, "Maintenance Supervisor", "Base Maintenance Manager"]
    feeders = _pick(rng, ("Military Aircraft Mechanic", "General Aviation Mechanic",
                          "Airport Ramp Agent"), 2)
    laterals = [inspector, *(["Maintenance Controller"] if rng.random() < 0.5 else [])]
    occupy(g, title, ladder=ladder, moves_in=feeders, transitions=laterals)
    tools = _pick(rng, _TECH_SKILLS, 5)
    g.skills = {"top": tools[:3], "tool": tools[3:]}
    # (the kit the page asks for is optional, as set 22's truth has it)
    g.optional += ["A&P certificate", "Part 147", "basic toolbox", "specialty tools"]
    used: set[int] = set()
    rate = rng.randint(300, 360) * 10 + rng.choice((0, 5))
    rows = []
    years = [1, *sorted(rng.sample((2, 3, 4, 5, 6, 8, 10), 4))]
    for year in years:
        value = _fresh(rate, used, 5) / 100
        _salary(g, value, value, period="hour", point=True, level=f"Year {year}")
        label = "Start" if year == 1 else f"Year {year}"
        rows.append(f"  {label} {'.' * (14 - len(label))} ${value:.2f}")
        rate += rng.randint(15, 25) * 10
    lead_rate = _fresh(rate + rng.randint(20, 40) * 10, used, 5) / 100
    insp_rate = _fresh(rate + rng.randint(45, 60) * 10, used, 5) / 100
    _salary(g, lead_rate, lead_rate, period="hour", point=True, level="Lead")
    _salary(g, insp_rate, insp_rate, period="hour", point=True, belongs_to=inspector)
    top = float(g.salaries[len(years) - 1]["min"])
    annual = round(top * 2080 / 100) * 100
    _salary(g, annual, annual, point=True, level=f"Year {years[-1]}")
    allowance = _unused(g, rng.randint(4, 9) * 100, 100)
    bonus = _unused(g, rng.randint(5, 12) * 1000, 1000)
    g.must_not_appear += ["Shift differential", "Tool allowance", "Search jobs"]
    return [f"{airline} — Careers",
            "[ Pilots ]  [ Flight Attendants ]  [ Maintenance ]  [ Airports ]  [ Search jobs ]",
            "", "MAINTENANCE & ENGINEERING", "",
            f"{_plural(title)} at {airline.split()[0]} handle {kind} work on line and heavy "
            "checks.", "", "What you'll do",
            "- Line checks and overnight inspections",
            f"- Troubleshoot with the {tools[0]} and the {tools[1]}",
            f"- {tools[2][0].upper()}{tools[2][1:]} and {tools[3]} work as the task needs",
            f"- Record every task in {tools[4]}", "", "You bring",
            "- FAA A&P certificate (graduates of Part 147 schools welcome)",
            "- Your own basic toolbox (we supply specialty tools)", "",
            f"Where our technicians come from: many were "
            f"{_prose_list([_plural(f).lower() for f in feeders], 'or')} before joining.",
            "", "Where you can go", "  " + "  ➜  ".join(ladder),
            f"Technicians with an inspection authorization can move across to {inspector}"
            + (", and some join maintenance control as maintenance controllers."
               if len(laterals) > 1 else "."), "",
            f"{title.upper()} PAY BY YEAR OF SERVICE (hourly)", *rows,
            f"  {lead} (all years) ...... ${lead_rate:.2f}",
            f"  {inspector} ...... ${insp_rate:.2f}",
            f"Shift differential: ${rng.choice(('1.25', '1.50', '1.75'))}/hr nights. Tool "
            f"allowance: ${allowance} a year. ${_fmt(bonus)} sign-on bonus.", "",
            f"Annual base pay for a year-{years[-1]} technician on a 40-hour week: around "
            f"${_fmt(annual)} (overtime extra).", "",
            "EOE / Veterans / Disabled · Privacy · Cookie settings"]


# --------------------------------------------------------------------------------------
# A Spanish public job call or careers profile read through a machine translator
# --------------------------------------------------------------------------------------
# (category, Spanish name, chief, chief's Spanish name, next rung, top rung, body passed to
#  by opposition, earlier job, its Spanish name, tools)
_CALLS = (
    ("Forest Firefighter", "bombero forestal", "Brigade Chief", "jefe de brigada",
     "Forest Firefighter Driver", "Operations Technician", "Forest Agent", "Forest Labourer",
     "peón forestal", "chainsaw|brushcutter|fire beater|McLeod|portable radio|GPS"),
    ("Nursing Assistant", "técnico en cuidados auxiliares de enfermería", "Unit Supervisor",
     "supervisor de unidad", "Senior Nursing Assistant", "Care Coordinator",
     "Sterilisation Technician", "Care Home Assistant", "gerocultor",
     "patient hoist|vital signs monitor|infusion pump|sterile field|pressure-ulcer scale"),
    ("Municipal Firefighter", "bombero", "Fire Sergeant", "sargento de bomberos",
     "Firefighter Driver", "Fire Station Officer", "Civil Protection Technician",
     "Forest Labourer", "peón forestal",
     "breathing apparatus|hydraulic rescue tools|thermal camera|aerial ladder|radio set"),
)
_AGENCIES = ("Agency of the Forest Environment of the Meseta Alta", "Regional Health Service "
             "of the Sierra Baja", "Provincial Consortium of Valdecruz", "Island Council of "
             "Arenal")
# (profession, Spanish name, coordinator, director, earlier jobs, laterals, tools, places)
_PROFILES = (
    ("Social Educator", "educador social", "Program Coordinator",
     "Director of a Residential Centre", "Social Integrator|Leisure Monitor",
     "Probation Technician|School Counsellor", "Cuidamos platform|Office",
     "residential centres|day centres|city councils|NGOs"),
    ("Occupational Therapist", "terapeuta ocupacional", "Rehabilitation Coordinator",
     "Director of a Day Centre", "Nursing Assistant|Physical Education Monitor",
     "Ergonomics Technician|Case Manager", "goniometer|splinting kit|Barthel index",
     "day centres|hospitals|nursing homes|mental health associations"),
    ("Early Years Educator", "técnico en educación infantil", "Nursery Coordinator",
     "Director of a Nursery School", "Leisure Monitor|Canteen Assistant",
     "Primary Teacher|Family Mediator", "Tokapp|interactive whiteboard|observation records",
     "nursery schools|city councils|family centres|foundations"),
)


def _spanishmt(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("call", "profile"))
    g.title_line = False
    bar = rng.choice((["Translated from: Spanish  ›  English        Show original   |   "
                       "Always translate Spanish", "-" * 80],
                      ["This page has been translated from Spanish.  [View original]  "
                       "[Translate to: English ▾]   Translated by Google"]))
    g.must_not_appear += ["Show original" if "Show" in bar[0] else "View original"]
    g.sectors = []
    if variant == "profile":
        return bar + _profile(rng, g)
    (title, spanish, chief, chief_es, driver, top, body, feeder, feeder_es,
     tool_text) = rng.choice(_CALLS)
    occupy(g, title, ladder=[title, driver, chief, top], transitions=[body],
           moves_in=[feeder])
    tools = _pick(rng, tuple(tool_text.split("|")), 4)
    g.skills = {"top": [], "tool": tools}
    agency = rng.choice(_AGENCIES)
    company = rng.choice(("Montes y Fuegos S.A.", "Servicios Públicos del Sur S.A.",
                          "Gestión Ambiental Arenal S.A."))
    g.employers = [agency, company]
    places = rng.randint(12, 60)
    used: set[int] = set()
    low = rng.randint(18, 23)
    high = low + rng.randint(3, 5)
    _salary(g, low * 1000, high * 1000, "EUR")
    base = _fresh(rng.randint(1050, 1350) * 100 + rng.choice((0, 40, 60, 85)), used, 5) / 100
    _salary(g, base, base, "EUR", period="month", point=True)
    boss = _fresh(int(base * 100) + rng.randint(300, 500) * 100 + 35, used, 5) / 100
    _salary(g, boss, boss, "EUR", period="month", point=True, belongs_to=chief)
    ref = f"OEP-{rng.randint(2025, 2027)}/{rng.randint(10, 99)}-{places:03d}"
    g.must_not_appear += [ref, "Electronic headquarters", "Increase text"]
    g.optional += ["Certificate of Professionalism", "ESO"]
    return [
        *bar, f"{agency.upper()}  ·  Employment Portal",
        f"Home / Employment / Selective processes / {title}",
        "Increase text  Decrease text  |  Electronic headquarters  |  Access with Cl@ve", "",
        f"CALL FOR {places} PLACES OF {title.upper()} - WORK LABOR STAFF",
        f"Reference: {ref}   Publication date: 0{rng.randint(1, 9)}/11/2026", "",
        "1. OBJECT OF THE CALL",
        f"The selective process is convened to cover {places} places of the category of "
        f"{title} (\"{spanish}\"), of which {rng.randint(2, 5)} are reserved for people "
        "with a degree of disability.", "",
        "2. FUNCTIONS OF THE POSITION",
        *[f"- Handling of the {t} in the daily work of the service" for t in tools], "",
        "3. REQUIREMENTS", "a) Have the Spanish nationality or of a Member State of the EU.",
        "b) Be in possession of the title of Graduate in ESO or equivalent.",
        "c) Pass the physical test.", "",
        "4. WHAT WE VALUE (MERITS)",
        f"Experience as {feeder.lower()} ({feeder_es}); the Certificate of Professionalism "
        "of the speciality.", "",
        "5. REMUNERATION",
        f"The gross annual remuneration of the post is between {low} and {high} thousand "
        "euros, according to seniority.",
        f"Base salary: {_es(base)} euros gross per month, in 14 payments.",
        "Supplements of danger (plus de peligrosidad) and of night work are paid apart.",
        f"For reference, the {chief} ({chief_es}) receives {_es(boss)} euros gross per month.",
        "", "6. PROFESSIONAL CAREER",
        f"After two campaigns, the {title.lower()} can access by internal promotion to "
        f"{driver}, and later to {chief} and {top}. Some also pass to the body of "
        f"{_plural(body)} by opposition.", "",
        "7. EMPLOYING BODY",
        f"The {agency} and the public company {company}, which manages the service by order.",
        "", f"Contact: empleo@{rng.choice(('agencia', 'consorcio'))}.example  ·  Tel. 012",
        "Legal notice · Privacy · Accessibility · Site map"]


def _profile(rng: random.Random, g: Guide) -> list[str]:
    """A careers portal's profile: ✓ functions, a skills sentence, a private band a month,
    a public point a year and a ceiling with the triennia, users' average, a coordinator's
    and a director's pay, places of work, moves in and out, a related strip."""
    (title, spanish, coordinator, director, feeder_text, lateral_text, tool_text,
     place_text) = rng.choice(_PROFILES)
    feeders, laterals = feeder_text.split("|"), lateral_text.split("|")
    occupy(g, title, ladder=[title, coordinator, director], moves_in=feeders,
           transitions=laterals)
    g.skills = {"top": _pick(rng, ("empathy", "active listening", "assertiveness",
                                   "teamwork", "conflict resolution"), 3),
                "tool": tool_text.split("|")}
    g.sectors = _pick(rng, tuple(place_text.split("|")), 3)
    g.employers = []
    used: set[int] = set()
    low = _fresh(rng.randint(125, 150) * 10, used, 10)
    high = _fresh(low + rng.randint(25, 45) * 10, used, 10)
    public = rng.randint(26, 31)
    ceiling = _fresh(public * 1000 + rng.randint(3, 6) * 1000 + 500, used, 500)
    average = _fresh(rng.randint(40, 48) * 500 + 400, used, 500)
    coord = _fresh(rng.randint(190, 230) * 10, used, 10)
    d_low = rng.randint(33, 37)
    d_high = d_low + rng.randint(5, 8)
    _salary(g, low, high, "EUR", period="month")
    _salary(g, public * 1000, public * 1000, "EUR", point=True)
    _salary(g, average, average, "EUR", point=True)
    _salary(g, coord, coord, "EUR", period="month", point=True, belongs_to=coordinator)
    _salary(g, d_low * 1000, d_high * 1000, "EUR", belongs_to=director)
    earlier = _prose_list([f"{_a(f)} {f.lower()}" for f in feeders], "or")
    sideways = _prose_list([x.lower() for x in laterals], "or")
    portal = rng.choice(("Orientaprofesión.es", "GuíaDeOficios.es", "ProfesionesHoy.es"))
    g.must_not_appear += [portal, "Reading time", "Related professions"]
    g.optional += ["Social worker", "Pedagogue"]
    return [f"{portal}  —  Your guide of professions and studies",
            "Professions  |  Studies  |  Oppositions  |  Salaries  |  Blog  |  Enter", "",
            f"Home » Professions » {title}", "",
            f"{title.upper()}: WHAT DOES IT DO, HOW MUCH DOES IT CHARGE AND HOW TO BE ONE",
            f"Updated: {rng.choice(('May', 'June', 'September'))} 2026  ·  Reading time: "
            f"{rng.randint(4, 9)} min  ·  ★★★★☆ ({rng.randint(90, 400)} votes)", "",
            f"What does {_a(title)} {title.lower()} do?",
            f"The {title.lower()} (\"{spanish}\") accompanies people and groups who need "
            "support. Among its functions:",
            "  ✓ Design and evaluate intervention projects",
            f"  ✓ Keep the records of each case with the {_prose_list(g.skills['tool'])}",
            "  ✓ Coordinate with social services and schools", "",
            "Skills you will need",
            f"{_prose_list(g.skills['top']).capitalize()}.", "",
            f"How much does {_a(title)} {title.lower()} charge?",
            f"In the private sector, {_a(title)} {title.lower()} charges between {_es(low)} and "
            f"{_es(high)} euros gross per month.",
            f"In the public administration the gross annual salary is around {public} thousand "
            f"euros, and with the triennia it can reach {_es(ceiling)} € per year.",
            f"Average salary in Spain: {_es(average)} € gross per year (according to "
            f"{rng.randint(120, 600)} salaries of users).",
            f"The {coordinator.lower()} charges about {_es(coord)} euros per month, and the "
            f"{director.lower()} between {d_low} and {d_high} thousand euros per year.",
            "* Night and weekend pluses are added apart.", "",
            f"Where does {_a(title)} {title.lower()} work?",
            f"In {_prose_list(g.sectors)}.", "",
            "What do you have to study?",
            f"Many come from working as {earlier} and take the degree afterwards.", "",
            "Professional exits and career",
            f"With experience the {title.lower()} can go on to be {coordinator.lower()} and later "
            f"{director.lower()}. Others change to {sideways}.",
            "", "Related professions: Social worker · Pedagogue",
            "Did you find this content useful?  Yes  No   |  Share: Facebook  X  WhatsApp"]


# --------------------------------------------------------------------------------------
# A staffing agency's pay rate card
# --------------------------------------------------------------------------------------
# (job, other positions, top rung, sideways position, kit, work, earlier jobs, kinds of client)
_CREWS = (
    ("Stagehand", "Forklift Operator|Spotlight Operator|Up Rigger", "Crew Chief", "Up Rigger",
     "work gloves|adjustable wrench|multi-tool|flashlight|tape measure",
     "Warehouse Worker|Venue Usher|Theatre Student",
     "arenas|convention centers|touring productions|corporate AV companies"),
    ("Banquet Server", "Bartender|Banquet Captain|Dishwasher", "Banquet Captain", "Bartender",
     "wine key|lighter|serving tray|non-slip shoes|pen",
     "Restaurant Server|Barista|Hotel Housekeeper",
     "hotels|wedding venues|conference centres|caterers"),
    ("Warehouse Associate", "Forklift Operator|Reach Truck Operator|Inventory Clerk",
     "Shift Supervisor", "Forklift Operator",
     "RF scanner|box cutter|steel-toe boots|high-visibility vest|pallet jack",
     "Retail Stock Clerk|Delivery Driver|Grocery Clerk",
     "distribution centers|e-commerce fulfilment|cold storage|manufacturers"),
)
_AGENCY_NAMES = ("Cuepoint Crew Staffing", "Ironbridge Staffing Group", "Keystone Labor Co.",
                 "Brightline Workforce", "Harbor Crew Services")


def _ratecard(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("crew", "security"))
    g.title_line = False
    agency = rng.choice(_AGENCY_NAMES)
    g.employers = [agency]
    if variant == "security":
        return _security(rng, g, agency)
    title, position_text, top, sideways, kit_text, feeder_text, client_text = rng.choice(_CREWS)
    positions = position_text.split("|")
    lead = f"Lead {title}"
    occupy(g, title, ladder=[title, lead, top], transitions=[sideways],
           moves_in=_pick(rng, tuple(feeder_text.split("|")), 2))
    g.skills = {"tool": _pick(rng, tuple(kit_text.split("|")), 4)}
    g.sectors = _pick(rng, tuple(client_text.split("|")), 3)
    clients = rng.sample(("Skyline Audio Visual", "Paloma Event Services",
                          "Granite Peak Hospitality", "Northgate Logistics"), 2)
    g.optional += clients
    g.must_not_appear += ["Book a crew", "Timesheets"]
    used: set[int] = set()
    market = rng.choice(("Boise", "Tucson", "Spokane", "Reno"))
    rows: list[tuple[str, float, str | None, str | None, str | None]] = [
        (title, 0, None, None, None), (lead, 0, None, "Lead", None)]
    rows += [(p, 0, p, None, None) for p in positions if p != lead]
    rows.append((f"{title} — {market} market", 0, None, None, market))
    pay_first = rng.random() < 0.6
    out_rows = []
    pays = [_fresh(rng.randint(36, 80) * 50, used, 50) for _ in rows]  # cents an hour
    pays[1] = _fresh(max(pays[1], pays[0] + 250), used, 50)  # the Lead row above the job's
    bills = [_fresh(round(p * rng.uniform(1.55, 1.8) / 50) * 50, used, 50) for p in pays]
    for (name, _, owner, level, region), cents, billed in zip(rows, pays, bills, strict=True):
        pay, bill = cents / 100, billed / 100  # (a bill rate never equals a pay rate)
        _salary(g, pay, pay, period="hour", point=True,
                belongs_to=owner,
                level=level, region=region)
        cells = (f"${pay:.2f}/hr", f"${bill:.2f}/hr") if pay_first else (f"${bill:.2f}/hr",
                                                                           f"${pay:.2f}/hr")
        out_rows.append(f"{name:<32} {cells[0]:<23} {cells[1]:<23} {rng.choice((4, 5))} hrs")
    heads = ("PAY RATE (to you)", "BILL RATE (to client)")
    if not pay_first:
        heads = heads[::-1]
    meal = _unused(g, rng.randint(8, 15), 1)
    kit = g.skills["tool"]
    return [agency.upper(), "Event & Production Labor  ·  Book a crew | Join our crew | "
            "Timesheets | Contact", "", f"CREW RATE CARD  —  effective March 1, "
            f"{rng.randint(2025, 2027)}", "(For crew members. Clients: ask your account "
            "manager for the client rate sheet.)", "",
            # (columns at least two spaces apart, as a fixed-width table prints them: with
            # the bill rate first, a width of 20 glued its heading to the next one)
            f"{'POSITION':<32} {heads[0]:<23} {heads[1]:<23} MIN. CALL", *out_rows, "",
            "Overtime after 8 hrs in a day or 40 in a week: 1.5×.  After 12 hrs: 2×.",
            f"Meal penalty: ${meal} if no break by hour 6.  Holiday calls: 1.5×.", "",
            "BRING TO EVERY CALL", *[f"  • {k[0].upper()}{k[1:]}" for k in kit],
            "  • Blacks (dress code) for show calls", "",
            f"MOVING UP WITH {agency.split()[0].upper()}",
            f"{_plural(title)} with 300 logged hours get bumped to {lead}, and leads who run "
            f"calls well can train to {top}. Some move over to {sideways}. A lot of our crew "
            f"started out as {_prose_list([_plural(t).lower() for _, t in g.moves_in], 'or')}.",
            "", f"Who books us: {_prose_list(g.sectors)}, including {' and '.join(clients)}.",
            "", f"Questions about your pay? Email payroll  ·  © {agency}"]


def _security(rng: random.Random, g: Guide, agency: str) -> list[str]:
    """The security division's card: bands per post type and city with dotted leaders, an
    armed track, a supervisor's flat rate, add-ons, a weekly average, duties with an app."""
    title = rng.choice(("Security Officer", "Security Guard"))
    armed, supervisor, patrol = f"Armed {title}", "Site Supervisor", "Mobile Patrol Officer"
    top = rng.choice(("Account Manager", "Operations Manager"))
    lateral = rng.choice(("Executive Protection Agent", "Loss Prevention Officer"))
    feeders = _pick(rng, ("Retail Loss Prevention Associate", "Campus Security Aide",
                          "Military Police Officer"), 2)
    occupy(g, title, ladder=[title, supervisor, top], transitions=[lateral], moves_in=feeders)
    app = rng.choice(("Silvertrac", "GuardPoint", "TrackTik"))
    g.skills = {"top": _pick(rng, ("access control", "incident reports", "CCTV monitoring",
                                   "de-escalation", "report writing"), 3), "tool": [app]}
    g.sectors = _pick(rng, ("property managers", "hospitals", "warehouses", "event venues"), 3)
    g.optional += [armed, patrol, "background check"]
    cities = rng.sample(("Houston", "Denver", "Phoenix", "Dallas", "Tulsa"), 3)
    used: set[int] = set()

    def band(lo_range: tuple[int, int]) -> tuple[float, float]:
        lo = _fresh(rng.randint(*lo_range) * 25, used, 25)
        hi = _fresh(lo + rng.randint(8, 14) * 25, used, 25)
        return lo / 100, hi / 100

    lines = [f"UNARMED {title.upper()}"]
    for city in cities:
        lo, hi = band((70, 90))
        _salary(g, lo, hi, period="hour", region=city)
        lines.append(f"   {city} {'.' * (20 - len(city))} ${lo:.2f} - ${hi:.2f} /hr")
    lines.append(f"{armed.upper()} (commission required)")
    for city in cities[:2]:
        lo, hi = band((100, 115))
        _salary(g, lo, hi, period="hour", region=city, belongs_to=armed)
        lines.append(f"   {city} {'.' * (20 - len(city))} ${lo:.2f} - ${hi:.2f} /hr")
    flat = _fresh(rng.randint(105, 120) * 25, used, 25) / 100
    _salary(g, flat, flat, period="hour", point=True, belongs_to=supervisor)
    lo, hi = band((82, 92))
    _salary(g, lo, hi, period="hour", belongs_to=patrol)
    lines += [supervisor.upper(), f"   All markets {'.' * 9} ${flat:.2f} /hr",
              f"{patrol.upper()} (company vehicle)",
              f"   All markets {'.' * 9} ${lo:.2f} - ${hi:.2f} /hr"]
    week = _fresh(rng.randint(70, 90) * 10 + 2, used, 10)
    _salary(g, week, week, period="week", point=True, region=cities[0])
    return [f"{agency}  |  Security Division",
            "For Job Seekers  ·  For Clients  ·  Open Positions  ·  Apply  ·  Employee Portal",
            "", f"{title.upper()} PAY RATES {rng.randint(2025, 2027)}",
            f"We place licensed officers with {_prose_list(g.sectors)}. Rates below are what "
            "the officer earns, not our billing rates.", "", *lines, "",
            "+ $1.00/hr for healthcare posts   + $0.75/hr overnight shift differential",
            "Holiday hours paid at 1.5×.  Boot allowance $75 a year.",
            f"Weekly average for a full-time unarmed officer in {cities[0]}: ${week} before "
            "overtime.", "", "WHAT THE JOB INVOLVES",
            *[f"• {s[0].upper()}{s[1:]}" for s in g.skills["top"]],
            f"• Patrol rounds logged in the {app} app", "", "YOU NEED",
            "- A state guard licence (we can sponsor it) and a clean background check", "",
            "GROW WITH US",
            f"Officers who show good judgment move up to {supervisor} and then {top}. "
            f"Officers can also move across to {lateral} after training. Many joined from "
            f"{_prose_list([_plural(f).lower() for f in feeders], 'or')} jobs.", "",
            f"{agency} is an Equal Opportunity Employer.  |  Privacy  |  Terms"]


# --------------------------------------------------------------------------------------
# A public vacancy feed pasted as CSV or flattened from XML
# --------------------------------------------------------------------------------------
# (job, standard, skills, next titles, employers' kind)
_APPRENTICE_JOBS = (
    ("Gas Engineer", "Gas engineering operative",
     "Customer care|Team working|Using a flue gas analyser|Reading wiring diagrams|Honesty",
     "Senior Gas Engineer|Heating Surveyor"),
    ("Electrician", "Installation electrician",
     "Using a multifunction tester|Reading circuit diagrams|Working at height|Punctuality"
     "|Team working", "Approved Electrician|Electrical Estimator"),
    ("Plumber", "Plumbing and domestic heating technician",
     "Soldering copper pipe|Customer care|Reading drawings|Physical fitness|Reliability",
     "Senior Plumber|Heating Engineer"),
)
_EMPLOYERS_UK = ("Thornaby Heating Services Ltd", "Pennine Warmth Ltd", "Calder Homes",
                 "Wearside Building Services", "Northfield Housing Association")
# (job at grade, lead title, top title, equipment, earlier work, department)
_COUNTY_JOBS = (
    ("Highway Maintenance Worker", "Highway Maintenance Crew Leader", "Road Superintendent",
     "dump truck|skid steer|backhoe|plate compactor|motor grader|chainsaw",
     "Landscaping Laborer|Construction Laborer", "Public Works"),
    ("Water Treatment Operator", "Water Treatment Shift Supervisor", "Utilities Superintendent",
     "chlorine analyzer|SCADA|turbidimeter|jar test apparatus|chemical feed pumps",
     "Laboratory Assistant|Plant Helper", "Utilities"),
    ("Parks Maintenance Worker", "Parks Maintenance Crew Leader", "Parks Superintendent",
     "zero-turn mower|string trimmer|aerator|irrigation controller|leaf blower",
     "Landscaping Laborer|Golf Course Groundskeeper", "Parks and Recreation"),
)


def _vacancyfeed(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("csv", "xml"))
    g.title_line = False
    g.sectors = []
    if variant == "xml":
        return _countyfeed(rng, g)
    title, standard, skill_text, next_text = rng.choice(_APPRENTICE_JOBS)
    occupy(g, title, leads=next_text.split("|"))
    skills = skill_text.split("|")
    rng.shuffle(skills)
    g.skills = {"top": skills}
    employers = rng.sample(_EMPLOYERS_UK, 3)
    g.employers = employers
    g.optional += [standard]
    used: set[int] = set()
    hourly = _fresh(rng.randint(700, 900) + rng.choice((0, 5)), used, 5) / 100
    yearly = _fresh(rng.randint(150, 190) * 100 + 60, used, 10)
    low = _fresh(rng.randint(28, 32) * 1000, used, 500)
    high = _fresh(low + rng.randint(4, 6) * 1000, used, 500)
    qualified = _fresh(rng.randint(66, 72) * 500, used, 500)
    _salary(g, hourly, hourly, "GBP", period="hour", point=True, level="Apprentice")
    _salary(g, yearly, yearly, "GBP", point=True, level="Apprentice")
    _salary(g, low, high, "GBP")
    _salary(g, qualified, qualified, "GBP", point=True)
    lead_next = " or ".join(x for _, x in g.leads_to)
    half = len(skills) // 2
    if rng.random() < 0.5:
        head = ("VacancyReference,Title,EmployerName,Standard,Level,WageType,Wage,WageUnit,"
                "HoursPerWeek,Location,ClosingDate,SkillsRequired,TrainingProvider,"
                "OutcomeDescription")
    else:
        head = ("vacancy_reference,title,employer_name,standard,level,wage_type,wage,wage_unit,"
                "hours_per_week,location,closing_date,skills_required,training_provider,"
                "outcome_description")
    ref = rng.randint(1000400000, 1000499999)

    def record(n: int, job: str, employer: str, wtype: str, wage: str, unit: str, town: str,
               picked: list[str], outcome: str) -> str:
        return (f'{ref + n},"{job}","{employer}","{standard}",3,"{wtype}","{wage}","{unit}",'
                f'{rng.choice((37, 39, 40))},"{town}","2026-12-{rng.randint(10, 28)}",'
                f'"{"|".join(picked)}","Teesway College","{outcome}"')

    first = record(0, f"Apprentice {title}", employers[0], "Custom", f"£{hourly:.2f}",
                   "Hourly", "Stockton-on-Tees", skills[:half],
                   f"On completion you will be a qualified {title.lower()} with a salary of "
                   f"£{_fmt(low)} - £{_fmt(high)}, and could progress to {lead_next}.")
    rows = [first,
            record(1, f"{title} Apprentice (Domestic)", employers[1], "Custom",
                   f"£{_fmt(yearly)}", "Annually", "Halifax", skills[half:],
                   f"Full-time {title} role for successful apprentices."),
            record(2, f"Apprentice {title}", employers[2], "ApprenticeshipMinimum", "",
                   "Hourly", "Leeds", skills[:2],
                   f"Progression to {title} (£{_fmt(qualified)} per year) after qualifying."),
            first.replace("Stockton-on-Tees", "Darlington").replace(str(ref), str(ref + 3))]
    g.must_not_appear += [str(ref), "ApprenticeshipMinimum"]
    return [f'# export: apprenticeship-vacancies_search="{title.lower()}"_radius=40.csv',
            "# source: public vacancy feed (open data), 4 records, UTF-8, comma separated",
            head, *rows,
            "# WageType codes: Custom = employer's own wage; ApprenticeshipMinimum = national "
            "minimum (no figure in feed)",
            "# Duplicate records appear when one employer posts to two locations.",
            "# Feed terms: Open Government Licence. Row count 4."]


def _countyfeed(rng: random.Random, g: Guide) -> list[str]:
    """A county's job feed flattened to text: items of dotted-leader (or tag) fields,
    salary_min/max/interval per grade, equipment, minimum qualifications naming earlier
    work, supplemental pay and a career_path field."""
    title, lead, top, equipment, feeder_text, department = rng.choice(_COUNTY_JOBS)
    grades = [f"{title} I", f"{title} II"]
    feeders = feeder_text.split("|")
    occupy(g, title, ladder=[*grades, lead, top], moves_in=feeders)
    g.skills = {"tool": _pick(rng, tuple(equipment.split("|")), 5)}
    county = rng.choice(("Kessler County", "Alder County", "Morrow County", "Dunmore County"))
    g.employers = [f"{county} Government"]
    used: set[int] = set()
    tags = rng.random() < 0.5

    def field(name: str, value: str) -> str:
        if tags:
            return f"  <{name}>{value}</{name}>"
        return f"  {name} {'.' * (18 - len(name))} {value}"

    items = []
    base = rng.randint(3600, 4300) * 1000 + rng.choice((0, 392, 811))
    for n, grade in enumerate(grades):
        low = _fresh(base + n * rng.randint(30, 45) * 100, used, 100) / 100
        high = _fresh(int(low * 100 * 1.27) // 10 * 10, used, 10) / 100
        _salary(g, low, high, level="I" * (n + 1))
        lines = [f"[job {n + 1}]", field("job_id", f"26-00{417 + n}"), field("title", grade),
                 field("department", department), field("salary_min", f"{low:.2f}"),
                 field("salary_max", f"{high:.2f}"), field("salary_interval", "Annually")]
        if n == 0:
            lines += [field("equipment", "; ".join(g.skills["tool"])),
                      field("minimum_quals", "One year of work as "
                            + " or ".join(f"{_a(f)} {f.lower()}" for f in feeders)),
                      field("supplemental", "Standby pay $2.00/hr in winter.")]
        items += [*lines, ""]
    lo = _fresh(rng.randint(2500, 2800), used, 5) / 100
    hi = _fresh(int(lo * 100) + rng.randint(600, 800), used, 5) / 100
    _salary(g, lo, hi, period="hour", belongs_to=lead)
    items += ["[job 3]", field("job_id", "26-00431"), field("title", lead),
              field("department", department), field("salary_min", f"{lo:.2f}"),
              field("salary_max", f"{hi:.2f}"), field("salary_interval", "Hourly"),
              field("career_path", " > ".join(t for _, t in g.progression)), ""]
    g.must_not_appear += ["job_id", "salary_interval", "Standby pay", "Subscribe to this feed"]
    return [f"Feed: {county} Government — Current Job Openings (XML, flattened by reader)",
            "Items: 3   Last build: Mon, 23 Nov 2026 07:15:00 -0600", "", *items,
            f"footer: {county} is an Equal Opportunity Employer.",
            "        Subscribe to this feed (RSS / XML / JSON)."]


# --------------------------------------------------------------------------------------
# A subreddit's wiki FAQ for a trade
# --------------------------------------------------------------------------------------
# (trade, sub, techniques, kit, rungs above journeyman, laterals, trades moving in, sectors)
_TRADES = (
    ("Pipefitter", "PipeTrades", "reading isometrics|rolling offsets|beveling pipe|rigging"
     "|hydro testing", "torpedo level|pipe wrench|soapstone|speed square|center finder",
     "Foreman|General Foreman|Superintendent", "QA/QC Inspector|Estimator",
     "Welder:welding|Plumber:plumbing|Millwright:the millwright trade",
     "refineries|power plants|data centers|hospitals"),
    ("Electrician", "ElectricalTrades", "conduit bending|load calculations|reading prints"
     "|terminations|troubleshooting circuits", "multimeter|fish tape|hand bender"
     "|lineman's pliers|voltage tester", "Foreman|General Foreman|Project Manager",
     "Estimator|Controls Technician", "Carpenter:carpentry|HVAC Technician:HVAC"
     "|Low Voltage Technician:low voltage", "commercial construction|data centers"
     "|industrial plants|solar farms"),
    ("Ironworker", "IronworkerLife", "bolting up|rigging|connecting|welding decking"
     "|reading erection drawings", "spud wrench|bull pin|sleever bar|tape|harness",
     "Foreman|General Foreman|Superintendent", "Crane Operator|Safety Manager",
     "Welder:welding|Carpenter:carpentry|Laborer:general labor",
     "bridges|high-rise construction|stadiums|industrial plants"),
)
_CONTRACTORS = ("Harmon-Vance Mechanical", "Lakeshore Industrial Services", "TriCounty Builders",
                "Redline Contracting", "Summit Steel Erectors", "Boreal Electric")
# (job, sub, skills, kinds of work, owner title, military code)
_DRIVING = (("Truck Driver", "NewTruckers", "backing|pre-trip inspections|trip planning"
             "|hours of service|chaining up|securing loads", "OTR|regional|LTL|reefer|flatbed",
             "Owner-Operator", "Military 88M", "mile"),
            ("Tow Truck Operator", "TowLife", "winching|wheel-lift hookups|lockouts"
             "|scene safety|flatbed loading", "light-duty|heavy-duty|police rotation"
             "|motor club calls", "Owner-Operator", "Military 91B", "call"))
_CARRIERS = ("Haulstar Freight", "Prairie Line Transport", "Coldway Logistics",
             "Redrock Towing", "Interstate Recovery Co.")


def _subredditwiki(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("qa", "numbered"))
    g.title_line = False
    if variant == "numbered":
        return _driverfaq(rng, g)
    title, sub, technique_text, kit_text, above_text, lateral_text, in_text, sector_text = \
        rng.choice(_TRADES)
    above = above_text.split("|")
    moves = [m.split(":") for m in in_text.split("|")]
    occupy(g, title, ladder=[f"Apprentice {title}", f"Journeyman {title}", *above],
           transitions=lateral_text.split("|"), moves_in=[m[0] for m in moves])
    techniques = _pick(rng, tuple(technique_text.split("|")), 4)
    kit = _pick(rng, tuple(kit_text.split("|")), 4)
    g.skills = {"top": techniques, "tool": kit}
    g.sectors = _pick(rng, tuple(sector_text.split("|")), 3)
    g.employers = rng.sample(_CONTRACTORS[:4], 2)
    # (the trades the FAQ says people came over from, "welding", and the non-union way in
    # "as a helper", name moves in: the hand-written wiki page's truth lists them; optional)
    g.optional += ["NCCER", "Helper", *(m[1] for m in moves)]
    g.must_not_appear += ["view source", "Related wiki pages", "Create Post"]
    used: set[int] = set()
    j_lo = rng.randint(36, 44)
    j_hi = j_lo + rng.randint(12, 18)
    t_lo = rng.randint(85, 100) * 1000
    t_hi = t_lo + rng.randint(30, 50) * 1000
    n_lo = rng.randint(21, 26)
    n_hi = n_lo + rng.randint(6, 10)
    used |= {j_lo, j_hi, n_lo, n_hi}
    region = rng.choice(("the South", "the Mountain West", "the Gulf Coast"))
    _salary(g, j_lo, j_hi, period="hour", level="Journeyman")
    _salary(g, t_lo, t_hi)
    _salary(g, n_lo, n_hi, period="hour", region=region)
    low_pct = rng.choice((40, 45, 50))
    user = rng.choice(("bent_offset_kev", "conduit_carl", "beam_walker_99"))
    g.must_not_appear += [f"r/{sub}", f"u/{user}"]
    ladder = [t for _, t in g.progression]
    laterals = [t for _, t in g.transitions_to]
    return [f"r/{sub}{' ' * 40}Joined ✓   Create Post   ⋯",
            f"wiki  ›  faq / getting-into-{title.lower()}",
            f"last revised by u/{user} {rng.randint(2, 11)} months ago · view source · history",
            "", f"GETTING INTO THE TRADE AS {_a(title).upper()} {title.upper()} — THE SUB'S FAQ",
            "Read this before posting the same question again. Mods.", "",
            f"Q: What does {_a(title)} {title.lower()} actually do?",
            f"A: Day to day: {_prose_list(techniques)}.", "",
            "Q: Union or non-union?",
            "A: Union = an apprenticeship through the local, usually 5 years. Non-union = hired on "
            "as a helper and learning on the job (some do the NCCER modules).", "",
            "Q: What do I need to bring day one?",
            f"A: Ask your foreman, but the usual kit: {_prose_list(kit)}.", "",
            "Q: How much will I make?",
            f"A: From our {rng.randint(2025, 2026)} pay survey thread (self-reported):",
            f"   - 1st-year apprentices: usually {low_pct}–{low_pct + 10}% of journeyman scale",
            f"   - Journeyman scale in most locals: ${j_lo} to ${j_hi}/hr on the check",
            f"   - Travelers on shutdowns: ${t_lo // 1000}k–${t_hi // 1000}k a year",
            f"   - Non-union in {region}: ${n_lo}–${n_hi}/hr",
            "   Per diem on out-of-town work doesn't count.", "",
            "Q: Where does it go after journeyman?",
            "A: " + " → ".join(ladder) + " if you like running work. Some go into "
            + _prose_list([f"{x.lower()} work" if "/" in x else _plural(x).lower()
                           for x in laterals], "or") + ".", "",
            "Q: I'm in another trade. Can I switch?",
            f"A: Yes, a lot of us came over from {_prose_list([m[1] for m in moves])}. "
            f"Ex-{_prose_list([_plural(m[0]).lower() for m in moves])} all do fine.", "",
            "Q: Who hires?",
            f"A: Contractors on {_prose_list(g.sectors)}. Names people mention: "
            f"{_prose_list(g.employers)}.", "",
            "Related wiki pages: tool-lists · union-vs-open-shop",
            f"{' ' * 50}↑ {rng.randint(100, 900)}   Share   Save   Report"]


def _driverfaq(rng: random.Random, g: Guide) -> list[str]:
    """The numbered driver FAQ: kinds of work, abilities, a pay sheet with a piece rate, an
    "up to" ad and a median, a ladder with branches, an owner's net and gross, moves in with
    a military code."""
    title, sub, skill_text, kinds_text, owner, code, unit = rng.choice(_DRIVING)
    trainer = f"{title} Trainer"
    laterals = _pick(rng, ("Dispatcher", "Safety Coordinator", "Fleet Manager"), 2)
    feeders = [*_pick(rng, ("Warehouse Worker", "Forklift Driver", "Delivery Driver"), 2), code]
    occupy(g, title, ladder=[f"Student {title}", title, trainer, owner], transitions=laterals,
           moves_in=feeders)
    g.skills = {"top": _pick(rng, tuple(skill_text.split("|")), 4)}
    kinds = kinds_text.split("|")
    g.optional += [*kinds, "CDL"]
    g.employers = rng.sample(_CARRIERS, 2)
    g.sectors = _pick(rng, ("food service", "retail distribution", "fuel hauling"), 2)
    used: set[int] = set()
    f_lo = _fresh(rng.randint(46, 56) * 1000, used, 1000)
    f_hi = _fresh(f_lo + rng.randint(10, 18) * 1000, used, 1000)
    l_lo = rng.randint(21, 26)
    l_hi = l_lo + rng.randint(5, 8)
    median = _fresh(rng.randint(140, 170) * 500, used, 500)
    net = _fresh(rng.randint(55, 75) * 1000, used, 1000)
    _salary(g, f_lo, f_hi, level="first year")
    _salary(g, l_lo, l_hi, period="hour")
    _salary(g, median, median, point=True, level="3+ years")
    _salary(g, net, net, point=True, belongs_to=owner)
    ceiling = _unused(g, rng.randint(110, 130) * 1000, 1000)
    gross = _unused(g, rng.randint(200, 260) * 1000, 1000)
    piece = rng.choice(("0.55", "0.62", "0.80"))
    g.must_not_appear += [f"r/{sub}", "school-list"]
    return [f"r/{sub}  ·  wiki",
            "Pages: index | faq | school-list | pay-sheet       [edit] [history]",
            f"This page was last edited by AutoModerator on 2026-{rng.randint(1, 9):02d}-02.",
            "", "=== NEW DRIVER FAQ (read before posting) ===", "",
            "1. What kind of jobs are there?",
            f"   {_prose_list(kinds)}. Most new CDL holders start where they hire with zero "
            "experience.", "",
            "2. What do I actually need to be good at?",
            f"   {_prose_list(g.skills['top']).capitalize()}.", "",
            "3. How much will I make my first year?",
            "   Real numbers from the sub's pay sheet (self-reported W-2s):",
            f"   * First-year company {_plural(title).lower()}: ${_fmt(f_lo)} - ${_fmt(f_hi)}",
            f"   * Local jobs: ${l_lo}-${l_hi}/hr",
            f"   * Some outfits pay ${piece} per {unit} (a piece rate, compare the W-2)",
            f"   * Median with 3+ years: ${_fmt(median)}",
            f"   Don't believe \"earn up to ${ceiling // 1000}k your first year\" ads.", "",
            "4. What's the career path?",
            f"   Student {title.lower()} → {title.lower()} → {trainer.lower()} → then either "
            f"{owner.lower()} or off the truck as "
            f"{_prose_list([f'{_a(x)} {x.lower()}' for x in laterals], 'or')}. "
            f"{_plural(owner)} here report netting around ${net // 1000}k even when they gross "
            f"${gross // 1000}k.", "",
            "5. I'm coming from something else, will I fit?",
            f"   We have ex-{_plural(feeders[0]).lower()}, {_plural(feeders[1]).lower()} and "
            f"veterans. {code}s get a skills-test waiver in most states.", "",
            "6. Who hires new people?",
            f"   The usual starters mentioned here are {_prose_list(g.employers)}. "
            f"{_prose_list(g.sectors).capitalize()} outfits hire for local after a year.", "",
            "[report an error on this page]   ·   Related: r/Truckers"]


FAMILY22_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "alumninow": _alumninow, "airlinecareers": _airlinecareers, "spanishmt": _spanishmt,
    "ratecard": _ratecard, "vacancyfeed": _vacancyfeed, "subredditwiki": _subredditwiki,
}
