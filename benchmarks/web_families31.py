"""Generator renderers for the six page families of held-back set 31 (lesson plans ...).

Held-back set 31 showed six more kinds of page users bring: a school's careers lesson plan
with a pupil handout on one job (a UK key-stage lesson on a resource marketplace, or a US
district's career and technical education lesson with a worksheet wage table), a state health
service's allied-health career page with its award classification (a profession page with a
salary table by level and year, or a career structure by HP level with fortnightly and annual
columns), a labour-hire firm's guide to the tickets and pay of one site role (a mining role
with a numbered ticket ladder, or a construction role paid by ticket class), a fire or police
service's recruitment FAQ with its rank structure and pay, a skills competition's page for one
trade (weighted standards, or a contest description with numbered skills and a median), and a
church body's careers page for one ministry (a diocese's stipends, or an archdiocese's salary
guidelines by degree).  These renderers write such pages from a planned guide, two variants a
family, about occupations that fit them (occupy()); every fact the truth keeps is printed and
what a style does not state is cleared.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import _plural, _salary, occupy
from benchmarks.web_families24 import _begin, _no_pay
from benchmarks.web_families27 import _cap, _spell
from benchmarks.web_families30 import _legal, _names

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY31_ALIAS_LAYOUTS", "FAMILY31_LADDER_LAYOUTS", "FAMILY31_LAYOUTS",
           "FAMILY31_RENDERERS"]

FAMILY31_LAYOUTS = ("lessonplan", "healthaward", "tickets", "rankfaq", "skillscomp",
                    "vocations")
# The renderers set each page's ladder and spellings themselves (occupy()).
FAMILY31_LADDER_LAYOUTS: tuple[str, ...] = ()
FAMILY31_ALIAS_LAYOUTS: tuple[str, ...] = ()

_RULE = "-" * 58


def _hour(rng: random.Random, low: int, high: int) -> float:
    """An hourly rate in cents between ``low`` and ``high`` whole units ("27.35")."""
    return rng.randint(low * 100, high * 100) / 100


# --------------------------------------------------------------------------------------
# A school's careers lesson plan with a pupil handout
# --------------------------------------------------------------------------------------
# (job, two "also known as" titles, skills (a "X / Y" pair and a "X (Y)" item each give
#  both), the job people start as and train up from, the ladder (containing the job), two
#  lateral jobs, the manager title with its own figure, kinds of workplace, local employers
#  (printed, short), the factory job of the teacher note)
_HANDOUT_JOBS = (
    ("Packaging Technologist", ("Packaging Developer", "Packaging Engineer"),
     ("material testing", ("CAD", "ArtiosCAD"), ("Excel", "spreadsheets"), "problem solving",
      "supplier liaison"),
     "Line Operator", ("Line Operator", "Packaging Technologist", "Packaging Manager"),
     ("Buyer", "Sustainability Officer"), "Head of Packaging",
     ("food and drink makers", "cosmetics brands", "supermarket head offices"),
     (("Brackenfold Foods Ltd", "Brackenfold Foods"), ("Carrow Cartons Ltd", "Carrow Cartons")),
     "Packing Operative"),
    ("Brewing Technologist", ("Brewing Scientist", "Brewery Technologist"),
     ("yeast handling", ("lab testing", "microscopy"), ("sensory panels", "tasting")),
     "Cellar Operative", ("Cellar Operative", "Brewing Technologist", "Head Brewer"),
     ("Quality Auditor", "Sales Representative"), "Brewery Manager",
     ("breweries", "cider mills", "soft drinks plants"),
     (("Wendover Ales plc", "Wendover Ales"), ("Hopgarth Brewing Co. Ltd", "Hopgarth Brewing")),
     "Bottling Line Operative"),
)
_PLAN_AUTHORS = ("MrsOkonkwo_Careers", "KS3Resources_Tom", "CareersLead_Priya")


def _lessonplan(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A UK key-stage lesson on a resource marketplace: breadcrumb, sign-in and basket,
    rating and downloads, objectives, keywords and a timed starter (chrome), a job-profile
    handout between dashed rules ("Also known as" titles (spellings), a ✔ skills list with a
    slash pair and a parenthesised item (each a skill), "some start as X and train up" (a
    move in), a degree and an apprenticeship (`optional`), starting and experienced pay
    (the role's bands), a manager's figure (theirs), a → ladder, "some move into A or become
    B" (lateral), local employers with legal forms and kinds of workplace (sectors)), a
    plenary and a teacher note's National Living Wage for a factory job (that job's)."""
    variant = _begin(rng, g, ("ks3", "cte"))
    if variant == "cte":
        return _ctelesson(rng, g)
    (job, akas, skills, start, ladder, sideways, manager, kinds, firms,
     factory) = rng.choice(_HANDOUT_JOBS)
    occupy(g, job, ladder=list(ladder), moves_in=[start], transitions=list(sideways))
    _spell(g, *akas)
    g.skills = {"top": [_cap(s) for item in skills
                        for s in ((item,) if isinstance(item, str) else item)]}
    for printed, short in firms:
        _legal(g, printed, short)
    g.sectors = [_cap(k) for k in kinds]
    degree = f"a degree in {rng.choice(('food science', 'chemistry', 'engineering'))}"
    g.optional += [degree, "a Level 3 apprenticeship"]
    low = rng.randint(22, 27) * 1000
    high = low + rng.randint(3, 5) * 1000
    e_low = high + rng.randint(4, 7) * 1000
    e_high = e_low + rng.randint(8, 12) * 1000
    _salary(g, low, high, "GBP")
    _salary(g, e_low, e_high, "GBP")
    m_pay = e_high + rng.randint(6, 12) * 1000
    _salary(g, m_pay, m_pay, "GBP", belongs_to=manager)
    wage = rng.choice((12.21, 12.60, 12.85))
    _salary(g, wage, wage, "GBP", period="hour", belongs_to=factory)
    author = rng.choice(_PLAN_AUTHORS)
    downloads = rng.randint(120, 980)
    g.must_not_appear += [author, "Basket (0)", "Learning objectives", "Starter",
                          "Plenary", "Gatsby"]

    pairs = [s for s in skills if not isinstance(s, str)]

    def item(entry: str | tuple[str, str]) -> str:
        """A ✔ line: the first pair in parentheses ("CAD (ArtiosCAD)"), the second at a
        slash ("Excel / spreadsheets")."""
        if isinstance(entry, str):
            return _cap(entry)
        if entry is pairs[0]:
            return f"{_cap(entry[0])} ({entry[1]})"
        return f"{_cap(entry[0])} / {entry[1]}"

    return ["Home › Secondary › PSHE › Careers › Job profiles    Sign in   Basket (0)", "",
            f"Meet the {job}: a job-profile jigsaw lesson",
            f"Uploaded by {author}  ·  ★★★★☆ (31)  ·  {downloads} downloads  ·  Free",
            "Year 9  ·  60 minutes  ·  Class of up to 30  ·  Gatsby Benchmark 4", "",
            "Learning objectives",
            "- Describe what one job in the food and drink industry involves",
            "- Compare routes in: college, apprenticeship and university", "",
            "Resources: handout (below), coloured pens, slides 1–6",
            "Keywords: apprenticeship · salary · progression · skills", "",
            "Starter (5 min): pupils guess the job from three objects on the desk.",
            "Main activity (35 min): jigsaw groups read one section of the handout each and "
            "teach it to their table.", "",
            _RULE, f"JOB PROFILE: {job.upper()}",
            f"Also known as: {akas[0]}, {akas[1]}", "",
            f"What does a {job.lower()} do? They plan, test and improve the products a "
            "factory makes and check that each batch is right.", "",
            "Skills you need", *(f"✔ {item(s)}" for s in skills), "",
            "How do people get in?",
            f"Most have {degree}; others join on a Level 3 apprenticeship. Some start as a "
            f"{start} and train up.", "",
            "What could I earn?",
            f"Starting salary: £{low:,} – £{high:,}",
            f"Experienced: £{e_low:,} – £{e_high:,}",
            f"{manager}: £{m_pay:,}", "",
            "Career ladder", " → ".join(ladder),
            f"Some move into {sideways[0]} work or become a {sideways[1]}.", "",
            "Who employs them near us?", " · ".join(p for p, _ in firms),
            f"Where could I work? {_names([_cap(k) for k in kinds])}", _RULE, "",
            "Plenary (10 min): each pupil writes one question they would ask a "
            f"{job.lower()}.", "",
            f"Teacher note: a {factory} on the same site is paid the National Living Wage, "
            f"£{wage:.2f} an hour.", "",
            "Licence: CC BY-NC-SA · Report this resource"]


# (job, "also called" title, the tools of the teacher's key points (a machine, software
#  and two products in parentheses), checklist skills, the licensing exam, the pathway
#  (containing the job), two "switch it up" jobs, two jobs people come in from, kinds of
#  place that hire, two other titles of the worksheet)
_CTE_JOBS = (
    ("Medical Coder", "Coding Specialist",
     ("an encoder", "EHR software", ("Epic", "Cerner")),
     ("ICD-10 codes", "medical terminology", "attention to detail", "keyboarding"),
     "CPC exam", ("Coding Trainee", "Medical Coder", "Coding Auditor", "Revenue Cycle Manager"),
     ("Medical Biller", "Clinical Documentation Specialist"),
     ("Medical Receptionist", "Pharmacy Technician"),
     ("hospitals", "physician practices", "insurance companies"),
     ("Medical Assistant", "Health Information Manager")),
    ("Surveying Technician", "Survey Tech",
     ("a total station", "CAD software", ("Civil 3D", "Carlson")),
     ("trigonometry", "field notes", "GPS receivers", "teamwork"),
     "LSIT exam", ("Rod Person", "Surveying Technician", "Party Chief", "Licensed Surveyor"),
     ("GIS Technician", "Construction Inspector"),
     ("Landscaper", "Drafter"),
     ("engineering firms", "state DOTs", "utility companies"),
     ("Drafter", "Civil Engineer")),
)
_DISTRICTS = ("Cedar Falls Unified School District", "Pinecrest Public Schools",
              "Marlow Valley ISD")


def _ctelesson(rng: random.Random, g: Guide) -> list[str]:
    """A US district's CTE lesson, teacher edition: standards, objectives, an anticipatory
    set and closure (chrome), key points naming a machine, software and two products (each a
    skill), a licensing exam (`optional`), a handout with an "also called" title (a
    spelling), the median a year (a point), a [ ] skills checklist, "Who hires?" (sectors),
    a "->" pathway (a ladder), "Switch it up:" (lateral) and "come in from" (moves in); a
    worksheet wage table of three titles with entry and experienced columns an hour (the
    role's row one band, the others theirs) and an answer key's figure (no pay)."""
    (job, aka, tools, checklist, exam, path, switch, come_from, kinds,
     others) = rng.choice(_CTE_JOBS)
    occupy(g, job, ladder=list(path), moves_in=list(come_from), transitions=list(switch))
    _spell(g, aka)
    machine, software, products = tools
    g.skills = {"top": [_cap(machine.split(" ", 1)[1]), software, *products,
                        *(_cap(c) for c in checklist)]}
    g.sectors = [_cap(k) for k in kinds]
    g.optional += [exam]
    median = rng.randint(44, 62) * 1000 + rng.choice((0, 250, 480, 730))
    _salary(g, median, median, point=True)
    rows = []
    own = (_hour(rng, 17, 21), _hour(rng, 26, 32))
    _salary(g, own[0], own[1], period="hour")
    rows.append((job, *own))
    for n, other in enumerate(others):
        entry = _no_pay(g, _hour(rng, 15 + 6 * n, 18 + 8 * n), 0.25)
        top = _no_pay(g, entry + rng.randint(6, 12), 0.25)
        _salary(g, entry, top, period="hour", belongs_to=other)
        rows.append((other, entry, top))
    gap = _no_pay(g, round(own[1] - own[0], 2), 0.05)
    district = rng.choice(_DISTRICTS)
    g.must_not_appear += [district, "Anticipatory set", "Answer key", "Closure",
                          "Teacher edition"]
    return [f"{district} · Career & Technical Education · Lesson bank", "",
            f"LESSON 7: CAREER SPOTLIGHT — {job.upper()}  (Teacher edition)",
            "Grade 10–12 · Health Science / Architecture & Construction cluster · 50 min", "",
            "Standards: CTE-HS 2.3; CCSS.ELA-LITERACY.RST.9-10.4",
            "Objectives: Students will (1) describe the job's tasks, (2) read a wage table, "
            "(3) map a pathway.", "",
            "Anticipatory set (5 min): ask who has seen this work done.", "",
            "Direct instruction — key points",
            f"• The {job.lower()} works with {machine} and {software} ({products[0]}, "
            f"{products[1]}).",
            f"• Most employers want the {exam} within a year of hire.", "",
            "STUDENT HANDOUT",
            f"{job} (also called {aka})",
            f"Median pay: ${median:,} per year", "",
            "Skills checklist", *(f"[ ] {_cap(c)}" for c in checklist), "",
            f"Who hires? {_names([_cap(k) for k in kinds])}.", "",
            "Pathway: " + " -> ".join(path),
            f"Switch it up: {switch[0]} or {switch[1]}.",
            f"People who come in from other jobs: {come_from[0]}s and {come_from[1]}s.", "",
            "WORKSHEET: hourly wages", "| Job | Entry | Experienced |",
            *(f"| {t} | ${a:.2f} | ${b:.2f} |" for t, a, b in rows),
            "Q1. How much more does an experienced worker earn an hour than a new one?", "",
            f"Answer key: Q1. ${gap:.2f}", "",
            "Closure (5 min): exit ticket — one skill you already have."]


# --------------------------------------------------------------------------------------
# A state health service's allied-health career page with its award classification
# --------------------------------------------------------------------------------------
# (profession, abbreviation, "what we look for" (one item with tests in parentheses),
#  registration, levels' next titles A and B, the job started as while studying, the
#  research and education titles, settings)
_PROFESSIONS = (
    ("Podiatrist", "POD",
     ("gait analysis", ("vascular assessment", ("Doppler", "ankle-brachial index")),
      "wound care", "patient education"),
     "registration with the Podiatry Board",
     ("Podiatry Team Leader", "Head of Podiatry"), "Allied Health Assistant",
     ("Clinical Researcher", "Clinical Educator"),
     ("community health centres", "diabetes clinics", "aged care")),
    ("Orthoptist", "ORT",
     ("binocular vision assessment", ("visual field testing", ("Humphrey", "Goldmann")),
      "retinal imaging", "clear communication"),
     "registration with the Orthoptics Board",
     ("Orthoptics Team Leader", "Head of Orthoptics"), "Ophthalmic Assistant",
     ("Research Orthoptist", "Clinical Tutor"),
     ("eye clinics", "hospital outpatients", "children's services")),
)
_HEALTH_SERVICES = (("Western Tablelands Health Service", ("Orana Plains Local Health District",
                                                           "Lachlan Ridge Local Health District")),
                    ("Coastal Ranges Health", ("Hunter Estuary Local Health District",
                                               "Illawarra Hills Local Health District")))


def _healthaward(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A state health service's profession page: menu, breadcrumb and share links (chrome),
    the profession with its abbreviation (a spelling), "What we look for" (skills, each
    test in parentheses too), degree, registration and driver licence (`optional`), a
    classification extract (chrome), a salary table by level and year (single rates a year,
    the role's), an allowance and salary packaging (no pay), "from Level 1 clinicians
    progress to A and on to B" (a ladder), "started as X while studying" (a move in),
    "move sideways into research (R) or education (E)" (lateral), districts (employers) and
    settings (sectors)."""
    variant = _begin(rng, g, ("levels", "hp"))
    if variant == "hp":
        return _hpstructure(rng, g)
    (job, abbr, look, reg, (lead, head), student, (research, educator),
     settings) = rng.choice(_PROFESSIONS)
    occupy(g, job, ladder=[job, lead, head], moves_in=[student],
           transitions=[research, educator])
    _spell(g, abbr)
    g.skills = {"top": [_cap(s) for item in look for s in (
        (item,) if isinstance(item, str) else (item[0], *item[1]))]}
    service, districts = rng.choice(_HEALTH_SERVICES)
    g.employers = [service, *districts]
    g.sectors = [_cap(s) for s in settings]
    g.optional += ["Bachelor degree", reg, "a current driver licence"]
    rates = []
    pay = rng.randint(72, 80) * 1000 + rng.randint(0, 999)
    for level, years in ((1, 4), (2, 3), (3, 2)):
        for year in range(1, years + 1):
            pay += rng.randint(2100, 3600)
            _salary(g, pay, pay, "AUD", level=f"Level {level}")
            rates.append((level, year, pay))
    allowance = int(_no_pay(g, rng.choice((1650, 2210, 2480)), 10))
    packaging = int(_no_pay(g, 9010, 10))
    g.must_not_appear += ["Current vacancies", "Print this page", "Schedule B",
                          "Sole practitioner allowance", "Salary packaging"]

    def look_text(item: str | tuple[str, tuple[str, str]]) -> str:
        return _cap(item) if isinstance(item, str) else (
            f"{_cap(item[0])} ({item[1][0]}, {item[1][1]})")

    return [f"{service}  |  Careers  Our people  Current vacancies  Contact",
            f"Home > Careers > Allied health > {job}        Share  Print this page", "",
            f"{job} ({abbr})", "",
            f"{_plural(job)} assess, diagnose and treat patients across hospital and community "
            "settings.", "",
            "What we look for", *(f"• {look_text(i)}" for i in look), "",
            "Qualifications",
            f"A Bachelor degree, {reg} and a current driver licence.", "",
            "Classification (Health Professionals award, Schedule B)",
            "Level 1 – new graduates working under supervision.",
            "Level 2 – works independently and supervises students.",
            "Level 3 – leads a team or heads a small department.", "",
            "Salary (per year, from 1 July 2026)",
            "| Level | Year | Salary |",
            *(f"| Level {lv} | Year {yr} | ${p:,} |" for lv, yr, p in rates),
            f"Sole practitioner allowance: ${allowance:,} a year. Salary packaging up to "
            f"${packaging:,} a year; superannuation on top.", "",
            "Career pathways",
            f"From Level 1 clinicians progress to {lead} and on to {head}. Some of our team "
            f"started as an {student} while studying. Others move sideways into research "
            f"({research}) or education ({educator}).", "",
            f"Where you could work: {districts[0]} and {districts[1]}.",
            f"Settings: {', '.join(_cap(s) for s in settings)}", "",
            f"© {service} · Accessibility · Privacy"]


# (profession, abbreviation, key skills (each a head and the products it names in
#  parentheses), the job cross-trained from, two lateral jobs, the HP2 and HP6 titles; the
#  Graduate and Senior rungs are built from the profession)
_HP_PROFESSIONS = (
    ("Sonographer", "SONO",
     (("obstetric scanning",), ("vascular Doppler studies",),
      ("ultrasound machines", "GE Voluson", "Philips EPIQ"), ("patient care",)),
     "Radiographer", ("Applications Specialist", "Radiation Safety Officer"),
     "Sonography Assistant", "Chief Sonographer"),
    ("Prosthetist", "PRO",
     (("socket casting",), ("gait assessment",), ("CAD/CAM", "Rodin4D", "Omega"),
      ("teamwork",)),
     "Orthotic Technician", ("Clinical Product Specialist", "Rehabilitation Engineer"),
     "Prosthetic Assistant", "Chief Prosthetist"),
)
_HHS = (("Sunvale Hospital and Health Service", "Darling Fringe Hospital and Health Service"),
        ("Capricorn Shore Hospital and Health Service",
         "Burdekin Valley Hospital and Health Service"))


def _hpstructure(rng: random.Random, g: Guide) -> list[str]:
    """A state health careers page by HP level: an intro with the abbreviation (a
    spelling), a "Key skills" heading glued to its first item, registration (`optional`), an
    HP career structure naming the assistant at HP2 and the chief at HP6 (theirs), the role
    at HP3 and its Senior rung at HP4 (the role's), wage rates in fortnightly and annual
    columns (the annual rate the fact), allowances (no pay), a → ladder with a Graduate
    rung, cross-training in (a move in), lateral moves and the hospital and health services
    (employers)."""
    (job, abbr, skills, cross, laterals, assistant, chief) = rng.choice(_HP_PROFESSIONS)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[f"Graduate {job}", job, senior, chief], moves_in=[cross],
           transitions=list(laterals))
    _spell(g, abbr)
    g.skills = {"top": [_cap(s) for item in skills for s in item]}
    services = rng.choice(_HHS)
    g.employers = list(services)
    g.optional += ["AHPRA registration", "a supervised practice year"]
    rows = []
    base = rng.randint(60, 66) * 1000 + rng.randint(0, 999)
    a_pay = base - rng.randint(9, 13) * 1000
    _salary(g, a_pay, a_pay, "AUD", belongs_to=assistant)
    rows.append(("HP2", assistant, "2.1", a_pay))
    pay = base
    for point in range(1, 4):
        pay += rng.randint(2500, 4000)
        _salary(g, pay, pay, "AUD", level="HP3")
        rows.append(("HP3", job, f"3.{point}", pay))
    for point in range(1, 3):
        pay += rng.randint(3000, 5000)
        _salary(g, pay, pay, "AUD", level="Senior")
        rows.append(("HP4", senior, f"4.{point}", pay))
    c_pay = pay + rng.randint(22, 30) * 1000
    _salary(g, c_pay, c_pay, "AUD", belongs_to=chief)
    rows.append(("HP6", chief, "6.1", c_pay))
    locality = int(_no_pay(g, rng.choice((3120, 4480, 5260)), 10))
    g.must_not_appear += ["Locality allowance", "SmartJobs", "Apply now"]
    head, *rest = skills

    def skill_text(item: tuple[str, ...]) -> str:
        """A skill line: the head, and the products it names in parentheses."""
        first, *named = item
        return f"{_cap(first)} ({', '.join(named)})" if named else _cap(first)

    return ["Health careers  ›  Allied health  ›  Medical imaging and technical", "",
            f"{_plural(job)} ({abbr}s)", "",
            f"As a {job.lower()} ({abbr}) you'll work in a multidisciplinary team in public "
            "hospitals across the state.", "",
            f"Key skills{skill_text(head)}", *(skill_text(s) for s in rest), "",
            "Registration: AHPRA registration is required; new graduates complete a "
            "supervised practice year.", "",
            "Career structure and wage rates (from 1 September 2026)",
            "| Level | Title | Pay point | Fortnightly | Annual |",
            *(f"| {lv} | {t} | {pp} | ${p / 26.089:,.2f} | ${p:,} |"
              for lv, t, pp, p in rows),
            f"Locality allowance: up to ${locality:,} a year in rural and remote areas.", "",
            "Career pathway", " → ".join((f"Graduate {job}", job, senior, chief)),
            f"Some {abbr}s cross-trained from {cross} roles; others move into roles as "
            f"{laterals[0]} or {laterals[1]}.", "",
            f"Employed at: {services[0]}; {services[1]}.", "",
            "Apply now on SmartJobs"]


# --------------------------------------------------------------------------------------
# A labour-hire firm's "tickets you need" guide for one site role
# --------------------------------------------------------------------------------------
# (role, two "also called" titles, skills (brand / model pairs each give both), the ticket
#  ladder of STEPs (a slash rung; each with its ticket details), the pay table's other rows,
#  the title people came in as, the up and lateral moves, contractors and the project)
_MINE_ROLES = (
    ("Charge-up Operator", ("Shot Firer's Offsider", "Charge Operator"),
     ("explosives handling", ("charge-up units", "Normet"), "hole loading", "paperwork"),
     (("Nipper / Service Crew", "Underground induction"),
      ("Charge-up Operator", "Shotfirer's licence trainee"),
      ("Shotfirer", "Shotfirer's licence")),
     ("Nipper / Service Crew", "Shotfirer", "Shift Supervisor (Underground)"),
     "Trade Assistant", ("Shotfirer", "Drill Fitter")),
    ("Longhole Drill Operator", ("Production Driller", "Longhole Driller"),
     ("ring drilling", ("longhole rigs", "Simba"), "survey mark-up", "drill maintenance"),
     (("Nipper / Service Crew", "Underground induction"),
      ("Longhole Drill Operator", "Longhole drilling ticket"),
      ("Drill Trainer", "Cert IV in Training")),
     ("Nipper / Service Crew", "Drill Trainer", "Shift Supervisor (Underground)"),
     "Mine Labourer", ("Drill Trainer", "Underground Surveyor")),
)
_MINE_CONTRACTORS = ("Redbank Underground Contracting", "Karri Mining Services",
                     "Ironstone Development Services")
_HIRE_FIRMS = (("Outback Crew Labour Hire Pty Ltd", "Outback Crew Labour Hire"),
               ("Spinifex Workforce Pty Ltd", "Spinifex Workforce"))


def _tickets(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A mining labour-hire role guide: navigation, login and timesheets, author line and a
    roster and flights strip (chrome), "Also called" titles (spellings), skills with brands
    after a slash (each a skill), a numbered STEP ticket ladder (a ladder; a slash rung one
    rung; the tickets `optional`), a pay table of five roles an hour and a year (the role's
    hourly and annual bands, every other row its title's, a "salaried" cell no figure),
    allowances (no pay), "came in as" (a move in), "step up to" / "move across to" moves,
    current jobs naming contractors (employers) and sectors."""
    variant = _begin(rng, g, ("mining", "construction"))
    if variant == "construction":
        return _ticketclasses(rng, g)
    (role, akas, skills, steps, others, came_in, (up, across)) = rng.choice(_MINE_ROLES)
    occupy(g, role, ladder=[s for s, _ in steps], leads=[up], moves_in=[came_in],
           transitions=[across])
    _spell(g, *akas)
    g.skills = {"top": [_cap(s) for item in skills
                        for s in ((item,) if isinstance(item, str) else item)]}
    printed, short = rng.choice(_HIRE_FIRMS)
    _legal(g, printed, short)
    contractors = rng.sample(_MINE_CONTRACTORS, 2)
    g.employers += contractors
    g.sectors = ["Underground hard-rock mining", "Gold and nickel mining"]
    g.optional += ["MARCSTA", "Standard 11", *(t for _, t in steps)]
    rate = (_hour(rng, 48, 54), _hour(rng, 58, 64))
    year = (rng.randint(150, 165) * 1000, rng.randint(175, 195) * 1000)
    _salary(g, rate[0], rate[1], "AUD", period="hour")
    _salary(g, year[0], year[1], "AUD")
    table = [(role, f"${rate[0]:.2f} – ${rate[1]:.2f}", f"${year[0]:,} – ${year[1]:,}")]
    for n, other in enumerate(others):
        owner = other.split(" / ")[0]  # one rung's two names: the first owns (stop 55)
        if n == 2:  # a supervisor on staff: "salaried", no hourly figure
            sal = int(_no_pay(g, year[1] + rng.randint(20, 40) * 1000, 1000))
            _salary(g, sal, sal, "AUD", belongs_to=owner)
            table.append((other, "salaried", f"${sal:,}"))
            continue
        hr = _no_pay(g, rate[0] + (-9, 7)[n] + rng.randint(0, 99) / 100, 0.5)
        yr = int(_no_pay(g, round(hr * 3050, -3), 1000))
        _salary(g, hr, hr, "AUD", period="hour", belongs_to=owner)
        _salary(g, yr, yr, "AUD", belongs_to=owner)
        table.append((other, f"${hr:.2f}", f"${yr:,}"))
    site = int(_no_pay(g, rng.choice((45, 60, 75)), 5))
    lafha = int(_no_pay(g, rng.choice((110, 125, 140)), 5))
    g.must_not_appear += ["Timesheets", "Register now", "Upload your tickets", "LAFHA",
                          "8 on / 6 off"]
    return [f"{printed}   Find work   Timesheets   Login   Upload your tickets", "",
            f"Home › Mining › Underground › {role}", "",
            f"{role.upper()}: THE TICKETS YOU NEED AND WHAT IT PAYS",
            "By the recruitment team · updated March 2027 · Goldfields region", "",
            "Roster: 8 on / 6 off  |  FIFO from Perth  |  Flights and camp provided", "",
            f"Also called: {akas[0]}, {akas[1]}", "",
            "Skills our clients ask for",
            *(f"- {_cap(s) if isinstance(s, str) else f'{_cap(s[0])} / {s[1]}'}"
              for s in skills), "",
            "Your ticket ladder",
            *(f"STEP {n}: {title} — {ticket}" for n, (title, ticket) in
              enumerate(steps, start=1)),
            "Before day one: MARCSTA and Standard 11 inductions.", "",
            "What it pays (base, per hour / per year)",
            "| Role | Hourly | Annual |",
            *(f"| {t} | {h} | {y} |" for t, h, y in table),
            f"Site allowance ${site} a day; LAFHA ${lafha} a day where eligible; super on top.",
            "",
            f"Moving on: many of our crew came in as a {came_in}. After a few swings you can "
            f"step up to {up} or move across to {across}.", "",
            "Current jobs",
            f"- {role} (Kalgoorlie) via {contractors[0]}",
            f"- {role} (Leinster) via {contractors[1]}", "",
            "Sectors: Underground hard-rock mining · Gold and nickel mining", "",
            "Register now   ·   Call the team   ·   ABN 12 345 678 901"]


# (role, the ticket classes (code, name), the labourer and leading hand rows, the → path
#  (containing the role), the title came in as, the up and lateral moves, clients and the
#  project, skills (a brand in parentheses gives both))
_CLASS_ROLES = (
    ("Rigger", (("RB", "Basic"), ("RI", "Intermediate"), ("RA", "Advanced")),
     ("Construction Labourer", "Leading Hand Rigger"),
     ("Construction Labourer", "Dogman", "Rigger", "Leading Hand Rigger", "Lifting Supervisor"),
     "Dogman", ("Lifting Supervisor", "Crane Operator"),
     ("slinging loads", ("chain blocks", "Tiger"), "reading lift studies", "hand signals")),
    ("Crane Operator", (("C2", "Slewing up to 20 t"), ("C6", "Slewing up to 60 t"),
                        ("C0", "Slewing open")),
     ("Dogman Labourer", "Leading Hand Operator"),
     ("Dogman Labourer", "Crane Operator", "Leading Hand Operator", "Crane Supervisor"),
     "Dogman Labourer", ("Crane Supervisor", "Lifting Planner"),
     ("load charts", ("crane computers", "Liebherr LICCON"), "pre-start checks",
      "radio communication")),
)
_CIVIL_FIRMS = (("Ironbark Site Labour Pty Ltd", "Ironbark Site Labour"),
                ("Harbourline Trades Hire Pty Ltd", "Harbourline Trades Hire"))
_CLIENTS = ("Tennant Civil", "Ashgrove Constructions", "Bayview Builders")
_PROJECTS = ("Northbank Towers project", "Riverlink Bridge project")


def _ticketclasses(rng: random.Random, g: Guide) -> list[str]:
    """A construction labour-hire pay and tickets guide: skills with a brand in parentheses
    (each a skill), the HRWL classes (`optional`), a pay table by ticket class in
    commercial and shutdown columns (the role at a grade: one rate a column a class), a
    labourer's and a leading hand's rates (theirs), allowances (no pay), a ➜ career path (a
    ladder), "came in as" (a move in), "step up to" and "move across to" (moves), clients
    hiring "via" a contractor (the contractor employs; the project no employer) and sectors."""
    (role, classes, (labourer, leading), path, came_in, (up, across),
     skills) = rng.choice(_CLASS_ROLES)
    occupy(g, role, ladder=list(path), leads=[up], moves_in=[came_in], transitions=[across])
    g.skills = {"top": [_cap(s) for item in skills
                        for s in ((item,) if isinstance(item, str) else item)]}
    printed, short = rng.choice(_CIVIL_FIRMS)
    _legal(g, printed, short)
    client, contractor = rng.sample(_CLIENTS, 2)
    project = rng.choice(_PROJECTS)
    g.employers += [client, contractor]
    g.sectors = ["Commercial construction", "Industrial shutdowns"]
    g.optional += [f"{code} – {name}" for code, name in classes] + ["White Card"]
    rows = []
    commercial = _hour(rng, 44, 48)
    for code, _name in classes:
        shutdown = _no_pay(g, commercial + rng.randint(5, 9) + 0.5, 0.25)
        _salary(g, commercial, commercial, "AUD", period="hour", level=code)
        _salary(g, shutdown, shutdown, "AUD", period="hour", level=code)
        rows.append((f"{role} – {code}", commercial, shutdown))
        commercial = _no_pay(g, shutdown - rng.randint(2, 4) + 0.35, 0.25)
    for other, shift in ((labourer, -9), (leading, 14)):
        c = _no_pay(g, rows[0][1] + shift + rng.randint(0, 99) / 100, 0.25)
        s = _no_pay(g, c + rng.randint(5, 8), 0.25)
        _salary(g, c, c, "AUD", period="hour", belongs_to=other)
        _salary(g, s, s, "AUD", period="hour", belongs_to=other)
        rows.append((other, c, s))
    travel = int(_no_pay(g, rng.choice((28, 34, 41)), 1))
    g.must_not_appear += [project, "Timesheet app", "Apply in 2 minutes"]
    return [f"{short}  ·  Jobs  ·  Pay guides  ·  Timesheet app  ·  Apply in 2 minutes", "",
            f"{role} pay rates and tickets (2027 guide)", "",
            f"Who we need: {_plural(role.lower())} for commercial sites and shutdowns in NSW "
            "and Queensland.", "",
            "Skills we look for",
            *(f"• {_cap(s) if isinstance(s, str) else f'{_cap(s[0])} ({s[1]})'}"
              for s in skills), "",
            "High Risk Work Licence classes",
            *(f"{code} – {name}" for code, name in classes),
            "Everyone needs a White Card before site.", "",
            "Pay by ticket class (per hour)", "| Ticket | Commercial | Shutdown |",
            *(f"| {t} | ${c:.2f} | ${s:.2f} |" for t, c, s in rows),
            f"Travel allowance ${travel} a day on regional jobs; super is paid on top.", "",
            "Career path", " ➜ ".join(path),
            f"Plenty of our {_plural(role.lower())} came in as a {came_in}. With time you can "
            f"step up to {up}, or move across to {across}.", "",
            "Clients hiring now",
            f"- {client}: {project}, via {contractor}", "",
            "Sectors: Commercial construction · Industrial shutdowns", "",
            f"© {printed} · Labour hire licence LHL-{rng.randint(10000, 99999)}"]


# --------------------------------------------------------------------------------------
# A fire or police service's recruitment FAQ with its rank structure and pay
# --------------------------------------------------------------------------------------
# (role, its national rank title, qualities a qualifications answer lists, systems you'll
#  learn, ranks above with their pay (a band for the last), the titles people came from,
#  the lateral title, the service, its fire authority)
_FIRE_ROLES = (
    ("Wholetime Firefighter", "Firefighter (Wholetime)",
     ("physical fitness", "teamwork", "calm decision-making"),
     ("breathing apparatus", "hydraulic rescue tools"),
     ("Crew Manager", "Watch Manager", "Station Manager"),
     ("Retained Firefighter", "Paramedic"), "Fire Safety Inspector",
     "Tamarbridge Fire and Rescue Service", "Tamarbridge Fire Authority"),
    ("On-call Firefighter", "Firefighter (On-call)",
     ("practical problem solving", "community spirit", "resilience"),
     ("pumping appliances", "casualty care kits"),
     ("Crew Manager", "Watch Manager", "Station Manager"),
     ("Lifeguard", "Army Reservist"), "Community Safety Advocate",
     "Wealdmoor Fire and Rescue Service", "Wealdmoor Fire Authority"),
)


def _rankfaq(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A fire and rescue service's recruitment FAQ: banner, non-emergency number, menu,
    breadcrumb, the questions, selection tests and shift lines (chrome), the role with its
    national rank title (a spelling), a qualifications answer listing qualities and the
    systems you'll learn (skills), a pay answer with trainee and competent rates (the
    role's, single a year), ranks above (theirs), a CPD payment (no pay), a ">" rank
    structure whose first rung is the rank title (the role), "came from … (A, B)" (moves in)
    and "transferred to" (lateral); the service and its fire authority employ."""
    variant = _begin(rng, g, ("fire", "police"))
    if variant == "police":
        return _policefaq(rng, g)
    (role, rank, qualities, systems, above, came, lateral, service,
     authority) = rng.choice(_FIRE_ROLES)
    occupy(g, role, ladder=[role, *above], moves_in=list(came), transitions=[lateral])
    _spell(g, rank)
    g.skills = {"top": [_cap(q) for q in qualities] + [_cap(s) for s in systems]}
    g.employers = [service, authority]
    g.optional += ["job-related tests", "a fitness test"]
    trainee = rng.randint(26, 28) * 1000 + rng.choice((0, 137, 454, 802))
    competent = trainee + rng.randint(6, 8) * 1000 + rng.choice((0, 215, 660))
    _salary(g, trainee, trainee, "GBP")
    _salary(g, competent, competent, "GBP")
    pays = []
    top = competent
    for n, other in enumerate(above):
        pay = top + rng.randint(2, 6) * 1000 + rng.choice((0, 312, 598))
        if n == len(above) - 1:
            high = pay + rng.randint(2, 4) * 1000
            _salary(g, pay, high, "GBP", belongs_to=other)
            pays.append(f"{other}: £{pay:,} – £{high:,}")
        else:
            _salary(g, pay, pay, "GBP", belongs_to=other)
            pays.append(f"{other}: £{pay:,}")
        top = pay
    cpd = int(_no_pay(g, rng.choice((1050, 1188, 1246)), 10))
    g.must_not_appear += ["Non-emergency", "Quick links", "Recruitment events",
                          "2-2-4 shift pattern"]
    return [f"{service.upper()}   ·   Non-emergency: 0300 123 {rng.randint(1000, 9999)}",
            "Home   Safety   About us   Join us   Quick links", "",
            f"Join us › Careers › {role} FAQs", "",
            f"{role}: frequently asked questions", "",
            "Q. What is the job called?",
            f"A. Our recruitment campaigns call it {role}; nationally the rank is {rank}.",
            "",
            "Q. Do I need qualifications?",
            f"A. No formal ones, but we look for {_names(qualities)}. In training you'll "
            f"learn {systems[0]} and {systems[1]}.", "",
            "Q. How do I get selected?",
            "A. Application, job-related tests, a fitness test and an interview.", "",
            "Q. What will I be paid?",
            f"A. Trainee: £{trainee:,} a year. Competent: £{competent:,} a year.",
            *(f"   {p}" for p in pays),
            f"   A CPD payment of £{cpd:,} is made separately once you qualify.", "",
            "Q. What are the ranks?",
            "A. " + " > ".join((rank, *above)), "",
            "Q. Where do recruits come from?",
            f"A. Many came from other work ({came[0]}, {came[1]}); some later "
            f"transferred to {lateral} posts.", "",
            "Q. What shifts will I work?", "A. A 2-2-4 shift pattern at most stations.", "",
            f"{authority} · Recruitment events · Accessibility"]


# (role, its alias, competencies, ranks above (the first a band), the cadet title, the
#  four classes of the role (lowest first), the titles recruits were, specialisms' units,
#  lateral titles, service, currency and sign, the training that tells the country)
_POLICE_ROLES = (
    ("Police Officer", "Constable",
     ("integrity", "communication", "problem solving", "emotional control"),
     ("Sergeant", "Staff Sergeant"), "Police Cadet",
     ("4th Class Constable", "3rd Class Constable", "2nd Class Constable",
      "1st Class Constable"),
     ("Security Guard", "Corrections Officer", "Youth Worker"), ("Marine Unit", "Canine Unit"),
     ("Collision Investigator", "Forensic Identification Officer"),
     "Lakehead Regional Police Service", ("CAD", "$"),
     "Recruits then train at the Ontario Police College."),
    ("Deputy Sheriff", "Deputy",
     ("sound judgment", "courtesy", "report writing", "physical stamina"),
     ("Sergeant", "Lieutenant"), "Sheriff's Cadet",
     ("Deputy I", "Deputy II", "Deputy III", "Deputy IV"),
     ("Detention Officer", "Military Police Soldier", "Dispatcher"), ("Traffic", "K9"),
     ("Court Security Supervisor", "Crime Scene Technician"),
     "Harlan Ridge County Sheriff's Office", ("USD", "$"),
     "Recruits then train at the Texas sheriffs' academy."),
)


def _policefaq(rng: random.Random, g: Guide) -> list[str]:
    """A police service's recruitment FAQ: requirements and process (chrome; the tests
    `optional`), competencies split at "•" (skills), a pay table with a cadet's rate (the
    cadet's), classes of the role (its single rates a year), ranks above (theirs), a "no
    separate rank" line (`optional`), a → rank structure, "many recruits were A, B or C"
    (moves in) and "specialize … becoming A or B" (lateral; the units `optional`)."""
    (role, alias, competencies, above, cadet, classes, before, units, special, service,
     (currency, sign), training) = rng.choice(_POLICE_ROLES)
    occupy(g, role, ladder=[role, *above], moves_in=list(before), transitions=list(special))
    _spell(g, alias)
    g.skills = {"top": [_cap(c) for c in competencies]}
    g.employers = [service]
    g.optional += ["written aptitude test", *units]
    base = rng.randint(68, 74) * 1000 + rng.choice((0, 226, 519))
    c_pay = int(_no_pay(g, base - rng.randint(18, 24) * 1000, 100))
    _salary(g, c_pay, c_pay, currency, belongs_to=cadet)
    rows = [(cadet, f"{sign}{c_pay:,}")]
    pay = base
    for cls in classes:
        _salary(g, pay, pay, currency, level=cls)
        rows.append((cls, f"{sign}{pay:,}"))
        pay += rng.randint(7, 10) * 1000 + rng.choice((0, 111, 407))
    s_low = pay + rng.randint(8, 12) * 1000
    s_high = s_low + rng.randint(3, 6) * 1000
    _salary(g, s_low, s_high, currency, belongs_to=above[0])
    rows.append((above[0], f"{sign}{s_low:,} – {sign}{s_high:,}"))
    top = s_high + rng.randint(9, 14) * 1000
    _salary(g, top, top, currency, belongs_to=above[1])
    rows.append((above[1], f"{sign}{top:,}"))
    separate = f"Senior {alias}"
    g.optional += [separate]
    g.must_not_appear += ["Recruiting sessions", "Apply online", "Employee Association"]
    return [f"{service}  |  Report online  |  Careers  |  Recruiting sessions", "",
            f"Careers › Uniform › {role} FAQ", "",
            f"FAQ: becoming a {role.lower()}", "",
            "What are the basic requirements?",
            "Age 18 or over, a clean record and a pass in the written aptitude test. "
            f"{training}", "",
            "Which competencies do you assess?",
            " • ".join(_cap(c) for c in competencies), "",
            "What does the job pay?",
            "| Rank | Salary per year |",
            *(f"| {t} | {p} |" for t, p in rows),
            f"{separate} (8 yrs): + 3% — no separate rank. Salaries are negotiated by the "
            "Employee Association.", "",
            "What is the rank structure?",
            " → ".join((alias, *above)), "",
            "Who joins?",
            f"Many recruits were {_plural(before[0])}, {_plural(before[1])} or "
            f"{_plural(before[2])}.", "",
            "Can I specialize?",
            f"After probation officers specialize in units such as {units[0]} or {units[1]}, "
            f"becoming {_plural(special[0])} or {_plural(special[1])}.", "",
            "Apply online · Contact the Recruiting Unit"]


# --------------------------------------------------------------------------------------
# A skills competition's page for one trade
# --------------------------------------------------------------------------------------
# (skill, occupation, "also called" titles, weighted standards (head, items in parentheses),
#  the → pathway (containing the occupation), other routes, the foreman title, employers)
_COMP_TRADES = (
    ("Wall and Floor Tiling", "Wall and Floor Tiler", ("Tiler", "Ceramic Tiler"),
     (("Work organisation", ()), ("Setting out", ("laser levels", "datum lines")),
      ("Cutting and shaping", ("wet saws", "angle grinders")),
      ("Grouting and finishing", ("epoxy grout", "silicone sealing")),
      ("Communication", ())),
     ("Apprentice Wall and Floor Tiler", "Wall and Floor Tiler", "Tiling Supervisor",
      "Contracts Manager"), ("Estimator", "Mosaic Artist"), "Tiling Foreman",
     ("Kerrow Tiling Ltd", "Hambledon Interiors")),
    ("Stonemasonry", "Stonemason", ("Banker Mason", "Fixer Mason"),
     (("Work organisation", ()), ("Templates and setting out", ("profiles", "bevels")),
      ("Carving", ("claw chisels", "pneumatic tools")),
      ("Fixing", ("lime mortar", "stainless cramps")),
      ("Client care", ())),
     ("Apprentice Stonemason", "Stonemason", "Master Mason", "Conservation Manager"),
     ("Heritage Surveyor", "Monumental Mason"), "Masonry Foreman",
     ("Penrock Stone Ltd", "Ashlar Heritage Works")),
)
_COLLEGES = ("Eastmoor College", "Tynebridge College", "Severn Vale College")
_SPONSORS = ("Grafton Tools", "Bridgeworth Building Supplies")


def _skillscomp(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A national skills competition's skill page: navigation, dates, format and age limit
    (chrome), the occupation with "also called" titles (spellings), weighted standards (each
    head a skill, and each tool or technique in parentheses), test project modules and who
    should enter (chrome), a → pathway (a ladder), other routes (lateral), a typical pay band
    (the role's) and a foreman's (theirs), "Where are they now?" employers, and the
    organising college and sponsor (chrome)."""
    variant = _begin(rng, g, ("uk", "contest"))
    if variant == "contest":
        return _contest(rng, g)
    (skill, job, akas, standards, path, routes, foreman, firms) = rng.choice(_COMP_TRADES)
    occupy(g, job, ladder=list(path), transitions=list(routes))
    _spell(g, *akas)
    g.skills = {"top": [s for head, items in standards for s in (head, *items)]}
    g.employers = list(firms)
    low = rng.randint(24, 28) * 1000
    high = low + rng.randint(8, 12) * 1000
    _salary(g, low, high, "GBP")
    f_low = high + rng.randint(2, 5) * 1000
    f_high = f_low + rng.randint(5, 8) * 1000
    _salary(g, f_low, f_high, "GBP", belongs_to=foreman)
    college, sponsor = rng.choice(_COLLEGES), rng.choice(_SPONSORS)
    weights = (10, 25, 30, 25, 10)
    g.must_not_appear += [college, sponsor, "Test project", "Who should enter",
                          "Register interest"]

    def standard(head: str, items: tuple[str, ...]) -> str:
        return f"{head} ({', '.join(items)})" if items else head

    return ["SkillsNation UK   Competitions   Skills   Get involved   Register interest", "",
            f"{skill.upper()}", "National finals · November 2027 · Individual · Ages 16–24 ·"
            " 14 hours over three days", "",
            f"Occupation: {job} (also called {akas[0]} or {akas[1]})", "",
            "Occupational standards (weighting)",
            *(f"{n}. {standard(h, items)} — {w}%" for n, ((h, items), w) in
              enumerate(zip(standards, weights, strict=True), start=1)), "",
            "Test project: Module A feature panel (6 h) · Module B speed test (2 h) · Module C "
            "free design (6 h)", "",
            "Who should enter: apprentices and learners at college or in work.", "",
            "Where can this skill take you?", " → ".join(path),
            f"Other routes: {routes[0]} or {routes[1]}.",
            f"Typical pay: £{low:,} – £{high:,} a year. A {foreman.lower()} earns £{f_low:,} – "
            f"£{f_high:,}.", "",
            f"Where are they now? Past finalists work for {firms[0]} and {firms[1]}.", "",
            f"Organised with {college}. Sponsored by {sponsor}.", "",
            "© SkillsNation UK · Cookies · Safeguarding"]


# (skill, occupation, numbered skills (a head and its listed techniques), the → pathway,
#  the job people start out as, the specialisations, past medallists' employers)
_CONTEST_TRADES = (
    ("Cabinetmaking", "Cabinetmaker",
     (("joinery", ("dovetails", "finger joints")), ("reading shop drawings", ()),
      ("machining", ("table saws", "jointers")), ("finishing", ("lacquer", "oil finishes"))),
     ("Apprentice Cabinetmaker", "Cabinetmaker", "Shop Foreman", "Production Manager"),
     "Millwork Helper", ("Furniture Restorer", "CNC Programmer"),
     ("Northern Pine Millwork", "Birchcroft Cabinets")),
    ("Sheet Metal Work", "Sheet Metal Worker",
     (("layout", ("parallel line development", "triangulation")),
      ("fabrication", ("brakes", "shears")), ("reading drawings", ()),
      ("joining", ("spot welding", "riveting"))),
     ("Apprentice Sheet Metal Worker", "Sheet Metal Worker", "Sheet Metal Foreman",
      "Estimator"),
     "HVAC Helper", ("Architectural Sheet Metal Worker", "Duct Designer"),
     ("Prairie Air Systems", "Ridgeline Mechanical")),
)


def _contest(rng: random.Random, g: Guide) -> list[str]:
    """A national competition's contest description (CAD): purpose, task, toolbox list,
    marking breakdown and safety kit (chrome), numbered "skills and knowledge to be tested"
    (each head a skill, and each technique in parentheses), a career-connections sidebar
    with the journeyperson median an hour (the role's point), an apprentice's percentage (no
    figure), a → pathway, "start out as" (a move in), "specialise as" (lateral) and past
    medallists' employers."""
    (skill, job, items, path, start, special, firms) = rng.choice(_CONTEST_TRADES)
    occupy(g, job, ladder=list(path), moves_in=[start], transitions=list(special))
    g.skills = {"top": [_cap(s) for head, tools in items for s in (head, *tools)]}
    g.employers = list(firms)
    median = _hour(rng, 31, 38)
    _salary(g, median, median, "CAD", period="hour", point=True)
    share = rng.choice((50, 55, 60))
    g.must_not_appear += ["Contest description", "Toolbox", "Marking breakdown",
                          "Safety glasses", "set up your own business"]
    return ["Skills Contest Canada  ·  Competitions  ·  Technical documents", "",
            f"CONTEST DESCRIPTION — {skill.upper()} (Post-secondary)", "Version 2027.1  ·  "
            f"NOC code {rng.randint(72000, 72999)}", "",
            "1. Purpose of the contest",
            f"To assess the skills of a {job.lower()} against the national standard.", "",
            "2. Skills and knowledge to be tested",
            *(f"2.{n} {_cap(h)}" + (f" ({', '.join(t)})" if t else "")
              for n, (h, t) in enumerate(items, start=1)), "",
            "3. Task: build one project in 12 hours over two days.", "",
            "4. Toolbox: competitors bring hand tools; the organiser supplies machines.",
            "5. Marking breakdown: accuracy 40%, finish 30%, safety 15%, time 15%.",
            "Safety glasses and boots are mandatory.", "",
            "CAREER CONNECTIONS",
            f"Journeyperson median wage: ${median:.2f}/hour",
            f"Apprentices earn about {share}% of the journeyperson rate in year one.",
            "Pathway: " + " → ".join(path),
            f"Many start out as a {start}. Later you can specialise as a {special[0]} or a "
            f"{special[1]}, or set up your own business.", "",
            f"Past medallists now work for {firms[0]} and {firms[1]}.", "",
            "© Skills Contest Canada"]


# --------------------------------------------------------------------------------------
# A church body's careers page for one ministry
# --------------------------------------------------------------------------------------
# (ministry, abbreviation, the curate title, qualities, later roles (up), the lay roles
#  people were first (moves in), the chaplaincy title, hubs hiring now)
_MINISTRIES = (
    ("Church Planter", "CP", "Planting Curate",
     ("courage", "prayerfulness", "entrepreneurial flair", "collaboration"),
     ("Area Dean", "Archdeacon for Mission"), ("Youth Worker", "Lay Reader"),
     "Hospital Chaplain", ("St Ives Resource Hub", "Harbourside Mission Project")),
    ("Estates Minister", "EM", "Estates Curate",
     ("resilience", "listening", "humour", "a heart for the poor"),
     ("Team Rector", "Mission Adviser"), ("Community Worker", "Church Warden"),
     "Prison Chaplain", ("Northfield Estates Hub", "Riverside Parish Partnership")),
)
_DIOCESES = ("Diocese of St Wystan", "Diocese of Wessex Vale")


def _vocations(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A diocese's vocations page: masthead and navigation (chrome), the ministry with its
    abbreviation (a spelling), "qualities we've selected" at circle bullets (skills), a
    numbered journey whose last stages (Ordinand, the curacy, the first post) make a ladder
    (the discernment officers chrome), later roles (up), "were … first" (moves in), a move
    into chaplaincy (lateral), stipends (the curate's, the role's; the National Minimum
    Stipend for reference `optional` and no pay), housing and grants (chrome) and hubs
    hiring now (employers, with the diocese)."""
    variant = _begin(rng, g, ("diocese", "archdiocese"))
    if variant == "archdiocese":
        return _laypay(rng, g)
    (role, abbr, curate, qualities, later, first, chaplain, hubs) = rng.choice(_MINISTRIES)
    occupy(g, role, ladder=["Ordinand", curate, role], leads=list(later), moves_in=list(first),
           transitions=[chaplain])
    _spell(g, abbr)
    g.skills = {"top": [_cap(q) for q in qualities]}
    diocese = rng.choice(_DIOCESES)
    g.employers = [diocese, *hubs]
    g.optional += ["National Minimum Stipend"]
    c_pay = rng.randint(280, 300) * 100
    own = c_pay + rng.randint(10, 25) * 100
    _salary(g, c_pay, c_pay, "GBP", belongs_to="Curate")
    _salary(g, own, own, "GBP")
    minimum = int(_no_pay(g, c_pay - rng.randint(3, 8) * 100, 50))
    g.must_not_appear += ["Vocations Adviser", "Director of Ordinands", "Enquirers' evening",
                          "Give", "Find a church"]
    return [f"{diocese.upper()}   Find a church   Vocations   Schools   Give", "",
            f"Vocations › Ordained ministry › {role}", "",
            f"{role} ({abbr})", "",
            f"A {role.lower()} leads mission and worship where the church has lost touch "
            "with people.", "",
            "Qualities we've selected for", *(f"○ {_cap(q)}" for q in qualities), "",
            "Your journey",
            "1. Explore: an Enquirers' evening and a conversation with a Vocations Adviser.",
            "2. Discern: meetings with the Director of Ordinands.",
            "3. Assessment: a national panel.",
            "4. Train as an Ordinand at college or on a part-time course.",
            f"5. Serve a curacy as a {curate}.",
            f"6. Your first post as a {role}.", "",
            f"Later roles held by our {_plural(role.lower())}: {later[0]}, {later[1]}.",
            f"Several were {_plural(first[0])} or {_plural(first[1])} first; one moved into "
            f"chaplaincy as a {chaplain}.", "",
            "Stipends and benefits (2027)",
            f"Curate: £{c_pay:,} a year",
            f"{role}: £{own:,} a year",
            f"National Minimum Stipend (for reference): £{minimum:,}",
            "A house is provided, with a pension and a resettlement grant.", "",
            f"Hiring now: {hubs[0]}; {hubs[1]}.", "",
            f"© {diocese} · Safeguarding · Privacy"]


# (position, its aliases, competencies under labels, the → path (containing the position),
#  other positions of the guideline table, parishes with open positions, where they serve)
_LAY_ROLES = (
    ("Pastoral Associate", ("Parish Life Coordinator", "PA"),
     (("Human", ("empathy", "confidentiality")), ("Spiritual", ("prayer life", "discernment")),
      ("Pastoral", ("visiting the sick", "bereavement support"))),
     ("Parish Volunteer", "Pastoral Associate", "Director of Pastoral Ministry"),
     ("Youth Minister", "Parish Secretary", "Business Manager"),
     ("St Bridget Parish", "Holy Family Parish"), ("parishes", "Catholic hospitals")),
    ("Youth Minister", ("Coordinator of Youth Ministry", "YM"),
     (("Human", ("approachability", "boundaries")), ("Spiritual", ("sacramental life",
                                                                  "scripture")),
      ("Pastoral", ("small-group leading", "event planning"))),
     ("Youth Ministry Volunteer", "Youth Minister", "Director of Youth and Young Adults"),
     ("Pastoral Associate", "Music Director", "Parish Secretary"),
     ("St Casimir Parish", "Our Lady of Mercy Parish"), ("parishes", "Catholic high schools")),
)
_ARCHDIOCESES = ("Archdiocese of San Tadeo", "Archdiocese of Port Laurent")


def _laypay(rng: random.Random, g: Guide) -> list[str]:
    """An archdiocese's lay-ministry careers page: a definition with "also" titles
    (spellings), competencies under category labels (skills; the labels none), a
    certification (`optional`), a salary-guideline table of the position by degree (its
    own bands) and other positions (theirs), a percentage uplift (no figure), a → path,
    open positions at parishes (employers) and where they serve (sectors)."""
    (role, akas, caps, path, others, parishes, serve) = rng.choice(_LAY_ROLES)
    occupy(g, role, ladder=list(path))
    _spell(g, *akas)
    g.skills = {"top": [_cap(i) for _, items in caps for i in items]}
    arch = rng.choice(_ARCHDIOCESES)
    g.employers = [arch, *parishes]
    g.sectors = [_cap(s) for s in serve]
    cert = "Lay Ecclesial Ministry Certificate"
    g.optional += [cert, "master's degree"]
    rows = []
    low = rng.randint(40, 46) * 1000
    for degree in ("Bachelor's", "Master's"):
        high = low + rng.randint(8, 12) * 1000
        _salary(g, low, high, level=degree)
        rows.append((f"{role} – {degree}", low, high))
        low = high + rng.randint(1, 3) * 1000
    for n, other in enumerate(others):
        o_low = int(_no_pay(g, rng.randint(34, 60) * 1000 + n * 500, 500))
        o_high = int(_no_pay(g, o_low + rng.randint(7, 12) * 1000, 500))
        _salary(g, o_low, o_high, belongs_to=other)
        rows.append((other, o_low, o_high))
    uplift = rng.choice((3, 4, 5))
    g.must_not_appear += ["Office of Lay Ministry", "Donate", "Mass times"]
    return [f"{arch.upper()}  ·  Mass times  ·  Offices  ·  Careers  ·  Donate", "",
            f"Careers in lay ministry: {role}", "",
            f"A {role.lower()} (also {akas[0]}, or {akas[1]} for short) serves a parish "
            "community alongside its pastor.", "",
            "Competencies",
            *(f"{label}: {', '.join(items)}" for label, items in caps), "",
            f"Certification: the {cert} is expected within three years; a master's degree "
            "is preferred.", "",
            "Salary guidelines (full-time, per year)", "| Position | Minimum | Maximum |",
            *(f"| {t} | ${a:,} | ${b:,} |" for t, a, b in rows),
            f"Add {uplift}% with the certificate. Set by the Office of Lay Ministry.", "",
            "Typical path: " + " → ".join(path), "",
            f"Open positions: {parishes[0]}; {parishes[1]}.",
            f"Where they serve: {serve[0]}, {serve[1]}.", "",
            f"© {arch}"]


FAMILY31_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "lessonplan": _lessonplan, "healthaward": _healthaward, "tickets": _tickets,
    "rankfaq": _rankfaq, "skillscomp": _skillscomp, "vocations": _vocations,
}
