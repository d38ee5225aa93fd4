"""Generator renderers for the six page families of held-back set 38 (Gulf postings ...).

Held-back set 38 showed six more kinds of page users bring: a Gulf job posting read through a
browser translator from Arabic (a job board's posting in QAR with allowances and the board's
salary indicators, or an agency's posting in AED with similar jobs one a line), a company's
open pay page for one job family (a grid of levels times location factors with worked
examples, or a pay table with survey benchmarks), a succession plan or talent review for one
critical post (successors by readiness, or a successor table with readiness columns), an
official gazette notice of appointments and promotions in one cadre (an Indian state's pay
matrix levels in lakh notation, or a small state's salary scales with increments), a
supported-employment job-carving sheet (a US customized job profile, or a UK supported
employment task sheet) and a heritage-crafts register entry (a register's apprentice →
journeyman → master route with day rates, or a craft card).  These renderers write such pages
from a planned guide, two variants a family, about occupations that fit them (occupy());
every fact the truth keeps is printed and what a style does not state is cleared:
allowances, equity, bonuses, premiums, duty allowances, bursaries and grants stay out of pay,
others' figures keep their owners and people's names are never roles.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import NO_LAYOUTS, _facts, _plural, _salary, occupy
from benchmarks.web_families24 import _begin, _no_pay
from benchmarks.web_families27 import _spell
from benchmarks.web_families29 import _lakh  # Indian grouping: "1,77,500"
from benchmarks.web_families30 import _legal
from benchmarks.web_families32 import _an, _item, _skills
from benchmarks.web_families34 import _apart
from benchmarks.web_families35 import _lower, _whole

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

_RLM = "\u200f"  # a right-to-left mark the translator leaves behind

__all__ = ["FAMILY38_ALIAS_LAYOUTS", "FAMILY38_LADDER_LAYOUTS", "FAMILY38_LAYOUTS",
           "FAMILY38_RENDERERS"]


# --------------------------------------------------------------------------------------
# A Gulf job posting read through a browser translator from Arabic
# --------------------------------------------------------------------------------------
# (title, Arabic title, employer, city, needs (tools in parentheses each), earlier jobs
#  (moves in), the two rungs above, a lateral job, other employers' similar jobs, sector)
_GULF_BOARD = (
    ("Pastry Cook", "طاهي معجنات", "Al Rayyan Grand Hotel", "Doha",
     (("laminated doughs", ("croissant", "puff pastry")), ("combi ovens", ("Rational",)),
      "plated desserts", "HACCP", "English"),
     ("Commis Cook", "Bakery Helper"), ("Pastry Chef de Partie", "Pastry Sous Chef"),
     "Bakery Supervisor", ("Msheireb Suites", "Katara Residence Hotel"), "Hospitality"),
    ("Pool Attendant", "منقذ مسبح", "West Bay Tower Residences", "Doha",
     (("water testing", ("chlorine", "pH")), "lifeguarding", "first aid", "guest service",
      "Arabic"),
     ("Room Attendant", "Gym Attendant"), ("Recreation Supervisor", "Recreation Manager"),
     "Spa Receptionist", ("Lusail Bay Hotel", "Pearl Marina Apartments"), "Hospitality"),
)


def _arabicmt(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A Gulf job board's posting through a translator: the translator bar, the board's menu,
    the breadcrumb with the Arabic title, the reference and "Apply now" (chrome), the title
    glued to its Arabic original (a spelling), headings glued to their Arabic, "Requirements"
    bullets (skills, tools in parentheses each), "Salary and benefits" (the role's monthly
    basic band in QAR; housing and transport allowances no pay), the career paragraph
    (moves in, up, lateral) with the rungs' own figures (theirs), the board's indicators (the
    role's points, national and the city's) and "Similar jobs" one a line (employers)."""
    variant = _begin(rng, g, ("board", "agency"))
    if variant == "agency":
        return _gulfagency(rng, g)
    (job, arabic, employer, city, needs, came, (up, top), lateral, similar,
     sector) = rng.choice(_GULF_BOARD)
    occupy(g, job, ladder=[job, up, top], moves_in=list(came), transitions=[lateral])
    _facts(g, _skills(needs), [employer, *similar], [sector])
    band = (rng.randrange(2800, 3301, 100), rng.randrange(3600, 4001, 100))
    _salary(g, *band, "QAR", period="month")
    below = (band[0] - rng.randrange(900, 1101, 100), band[0] - rng.randrange(400, 601, 100))
    _salary(g, *below, "QAR", period="month", belongs_to=came[0])
    above = band[1] + rng.randrange(1500, 2001, 100)
    _salary(g, above, None, "QAR", period="month", belongs_to=up)
    median = int(_apart(g, band[0] + rng.randrange(300, 501, 50), 50))
    _salary(g, median, median, "QAR", period="month", point=True, region="Qatar")
    local = int(_apart(g, median + rng.randrange(100, 201, 50), 50))
    _salary(g, local, local, "QAR", period="month", point=True, region=city)
    housing = int(_no_pay(g, rng.choice((1200, 1500, 1800)), 100))
    transport = int(_no_pay(g, rng.choice((300, 400, 500)), 50))
    reference = f"QJ-{rng.randint(10000, 99999)}"
    board = rng.choice(("GulfWorkNow", "DohaCareersHub"))
    g.must_not_appear += [board, reference, "Google Translate", "Apply now", "Find jobs"]
    return [f"Google Translate  |  Original: Arabic  ⇄  English  |  {_RLM}Never translate "
            "this site",
            f"{board} قطر | Find jobs | Employers | English / عربي",
            f"Jobs > Hotels > {city} > {arabic}",
            f"{job} {arabic}",
            f"{employer} — {city} — Full time — Reference: {reference}", "",
            "About the jobنبذة عن الوظيفة",
            f"The {_lower(job)} works in the shifts of the team and reports to the "
            f"{_lower(up)}.", "",
            "Requirementsالمتطلبات", *(f"• {_item(n)}" for n in needs), "",
            "Salary and benefitsالراتب والمزايا",
            f"Basic salary: QAR {band[0]:,} – {band[1]:,} per month",
            f"Housing allowance: QAR {housing:,} monthly (or the accommodation of the staff)",
            f"Transportation allowance: QAR {transport}", "",
            "Your way with us",
            f"Many of our {_plural(_lower(job))} were {_plural(_lower(came[0]))} or "
            f"{_plural(_lower(came[1]))} before. Later the {_lower(job)} can be "
            f"{_lower(up)} and then {_lower(top)}; some moved to the work of "
            f"{_an(_lower(lateral))}.",
            f"({came[0]}: QAR {below[0]:,} - {below[1]:,} monthly. {up}: from QAR "
            f"{above:,}.)", "",
            f"Salary indicators – {job} – Qatar",
            f"Median basic salary ▪ QAR {median:,} / month",
            f"{city} ▪ QAR {local:,} / month", "",
            "Similar jobs", *(f"{job} — {s}" for s in similar),
            f"Sector: {sector}", "[ Apply now ]"]


# (title, Arabic title, the translator's English rendering (an alias), agency, client, city,
#  needs, earlier job, the rung above, similar jobs' employers, sector)
_GULF_AGENCY = (
    ("Aluminium Fitter", "فني ألمنيوم", "Aluminium Technician", "Al Noor Manpower Supply",
     "a facade contractor", "Sharjah",
     (("curtain wall installation", ("unitized", "stick")), "glazing",
      ("cutting machines", ("Elumatec",)), "working at height"),
     "Fabrication Helper", "Aluminium Foreman", ("Emirates Glass LLC", "Alumco Facades"),
     "Construction"),
    ("HVAC Technician", "فني تكييف", "AC Technician", "Gulf Crest Recruitment",
     "a facilities company", "Abu Dhabi",
     (("chiller maintenance", ("Carrier", "Trane")), "refrigerant handling", "BMS alarms",
      "preventive maintenance"),
     "AC Helper", "HVAC Supervisor", ("Imdaad Facilities", "Farnek Services"),
     "Facilities Management"),
)


def _gulfagency(rng: random.Random, g: Guide) -> list[str]:
    """An agency's posting through a translator: the bar, the agency's line, "Job code",
    WhatsApp and "Share" (chrome), "Job title:" with the Arabic title after a direction mark,
    "Skills required" dashes (skills, tools in parentheses each), the role's monthly AED band
    with food and accommodation allowances (no pay), the helper's figure and the foreman's
    (theirs), the market average (the role's points in the UAE and the emirate) and similar
    jobs one a line (employers)."""
    (job, arabic, rendering, agency, client, city, needs, came, up, similar,
     sector) = rng.choice(_GULF_AGENCY)
    occupy(g, job, ladder=[came, job, up], leads=[up], moves_in=[came])
    _spell(g, rendering)
    _facts(g, _skills(needs), similar, [sector])
    band = (rng.randrange(2500, 3001, 100), rng.randrange(3400, 3801, 100))
    _salary(g, *band, "AED", period="month")
    helper = band[0] - rng.randrange(1000, 1201, 100)
    _salary(g, helper, helper, "AED", period="month", belongs_to=came)
    foreman = (band[1] + rng.randrange(1000, 1401, 100), band[1] + rng.randrange(2000, 2501, 100))
    _salary(g, *foreman, "AED", period="month", belongs_to=up)
    average = int(_apart(g, band[0] + rng.randrange(200, 401, 50), 50))
    _salary(g, average, average, "AED", period="month", point=True, region="UAE")
    local = int(_apart(g, average - rng.randrange(100, 201, 50), 50))
    _salary(g, local, local, "AED", period="month", point=True, region=city)
    food = int(_no_pay(g, rng.choice((300, 350, 400)), 50))
    code = f"ANM/{rng.randint(100, 999)}"
    g.must_not_appear += [code, "WhatsApp", "Share this job", "Translated by"]
    return ["Translated by your browser · العربية → English · show the original",
            f"{agency} — licensed by MOHRE — {city}, UAE",
            f"Job code {code}   |   WhatsApp us   |   Share this job", "",
            f"Job title: {job} {_RLM}({arabic}) — the machine reads: {rendering}",
            f"For {client} in {city}. Visa and ticket by the company.", "",
            "Skills requiredالمهارات المطلوبة", *(f"- {_item(n)}" for n in needs), "",
            f"Salary: AED {band[0]:,} to {band[1]:,} monthly + food allowance AED {food} + "
            "shared accommodation",
            f"Note: a {_lower(came)} gets AED {helper:,}; the {_lower(up)} gets AED "
            f"{foreman[0]:,}–{foreman[1]:,}.",
            f"Growth: {_lower(came)} → {_lower(job)} → {_lower(up)}.", "",
            f"Average salary of {_an(_lower(job))} in the UAE: AED {average:,} per month "
            f"({city}: AED {local:,})", "",
            "Similar jobs", *(f"{job} ({s})" for s in similar),
            f"Industry: {sector}"]


# --------------------------------------------------------------------------------------
# A company's open pay page for one job family
# --------------------------------------------------------------------------------------
# (company (printed, short), the family name, the role, its other name, the ladder (the role
#  second), level
#  letter, places with factors, skills (tools in parentheses each), earlier jobs (moves
#  in), lateral job, benchmarked other titles, sector)
_OPENPAY = (
    (("Brightfold Logistics Ltd", "Brightfold Logistics"), "Fleet Planning", "Transport Planner",
     "Traffic Planner",
     ("Trainee Transport Planner", "Transport Planner", "Senior Transport Planner",
      "Transport Manager"), "T",
     (("London", "1.12"), ("Midlands", "1.00")),
     (("route planning", ("Paragon", "Descartes")), "tachograph rules", "Excel",
      "driver communication"),
     ("Warehouse Operative", "HGV Driver"), "Fleet Coordinator",
     ("Traffic Office Clerk", "Fleet Manager"), "Logistics"),
    (("Marrowby Dental Group plc", "Marrowby Dental Group"), "Practice Support",
     "Dental Nurse", "Dental Surgery Assistant",
     ("Trainee Dental Nurse", "Dental Nurse", "Senior Dental Nurse", "Practice Manager"), "D",
     (("London", "1.15"), ("Rest of England", "1.00")),
     (("chairside assisting", ("suction", "instrument handling")), "decontamination",
      ("patient records", ("Dentally",)), "radiography"),
     ("Dental Receptionist", "Healthcare Assistant"), "Treatment Coordinator",
     ("Dental Hygienist", "Orthodontic Therapist"), "Dentistry"),
)


def _openpay(rng: random.Random, g: Guide, area: str) -> list[str]:
    """An open pay page: the company's menu and breadcrumb (chrome), the family's levels
    with a grid point and a band each (the role's own rows at their level, the rungs above
    theirs), the location factors, worked examples (the role's points at a level and place),
    "Also known as" (spellings), "what we look for" (skills, tools in parentheses each),
    benchmarks for other titles (theirs), equity and a bonus pool (no pay), the moves in and
    across."""
    variant = _begin(rng, g, ("grid", "table"))
    ((printed, short), family, job, alias, ladder, letter, places, needs, came, lateral,
     others, sector) = rng.choice(_OPENPAY)
    occupy(g, job, ladder=list(ladder), leads=[ladder[2]], moves_in=list(came),
           transitions=[lateral])
    _legal(g, printed, short)
    _facts(g, _skills(needs), [], [sector])
    rows: list[tuple[str, str, int, int, int]] = []
    start = _whole(rng, 22, 25, 100)
    for i, rung in enumerate(ladder):
        point = start + i * rng.randrange(3000, 4001, 100)
        rows.append((f"{letter}{i + 1}", rung, point, point - rng.randrange(700, 901, 100),
                     point + rng.randrange(1200, 1501, 100)))
    for code, rung, point, low, high in rows:
        own = rung in (job, f"Trainee {job}", f"Senior {job}")
        level = f"{code} {rung.split()[0]}" if rung != job and own else code
        _salary(g, point, point, "GBP", level=level if own else None,
                belongs_to=None if own else rung)
        _salary(g, low, high, "GBP", level=level if own else None,
                belongs_to=None if own else rung)
    factor = places[0][1]
    example = int(round(rows[1][2] * float(factor) / 50) * 50)
    _salary(g, example, example, "GBP", level=f"{letter}2", region=places[0][0])
    theirs = [(o, int(_apart(g, rows[1][2] + rng.randrange(-300, 601, 100), 100))) for o in others]
    for other, value in theirs:
        _salary(g, value, value, "GBP", point=True, belongs_to=other)
    bonus = int(_no_pay(g, rng.choice((1500, 2000, 2500)), 250))
    g.must_not_appear += ["Find a branch", "Transparency", "Careers home"]
    _spell(g, alias)
    head = [f"{short}  Home  About  Careers home  Transparency  Find a branch",
            "Careers > Transparency > Pay", "",
            f"OPEN PAY — the {family} family", ""]
    tail = [f"Also known as: {alias}", "",
            f"What we look for: {', '.join(_item(n) for n in needs)}.", "",
            "Benchmarks we checked (survey medians): "
            + " · ".join(f"{o} £{v:,}" for o, v in theirs),
            f"Equity: none. A profit share of up to £{bonus:,} a year is paid on top (not "
            "part of the grid).", "",
            f"Most of our {_plural(_lower(job))} came from {_lower(came[0])} or "
            f"{_lower(came[1])} jobs; some move across to {_lower(lateral)}.",
            f"Sector: {sector}  ·  © {printed}"]
    if variant == "grid":
        return [*head,
                "How we work it outPay = grid point × location factor (to the nearest £50)",
                "Location factors: " + " · ".join(f"{p} {f}" for p, f in places), "",
                *(f"Level {c} – {r} – £{p:,} (band £{lo:,}–£{hi:,})"
                  for c, r, p, lo, hi in rows), "",
                "Worked example:",
                f"{letter}2 {job}, {places[0][0]}: £{rows[1][2]:,} × {factor} = £{example:,}",
                *tail]
    return [*head,
            "| Level | Title | Grid point | Range |", "|---|---|---|---|",
            *(f"| {c} | {r} | £{p:,} | £{lo:,} – £{hi:,} |" for c, r, p, lo, hi in rows), "",
            f"Pay outside {places[1][0]} is multiplied by the place's factor ({places[0][0]}: "
            f"{factor}).",
            f"So {_an(_lower(job))} ({letter}2) in {places[0][0]} earns £{example:,}.",
            *tail]


# --------------------------------------------------------------------------------------
# A succession plan or talent review for one critical post
# --------------------------------------------------------------------------------------
# (organisation, the post, "also known as", grade word, the post's grade, successors'
#  current titles with their grade (moves in), the post above (up), the next above it,
#  critical skills (tools in parentheses each), a course (`optional`), sector)
_POSTS = (
    ("Eastmere County Council", "Highways Maintenance Manager", "Area Highways Manager",
     "Grade", "Grade 11", (("Highways Inspector", "Grade 8"), ("Senior Engineer", "Grade 9")),
     "Head of Highways", "Director of Place",
     (("asset management", ("Confirm",)), "contract management", "winter service planning",
      "budget control"), "ILM Level 5 Certificate", "Local Government"),
    ("Tollbridge Water Services", "Treatment Works Manager", "Site Manager (Water)", "Band",
     "Band E", (("Process Technician", "Band C"), ("Shift Supervisor", "Band D")),
     "Production Manager", "Head of Water Production",
     (("process control", ("SCADA",)), "water quality sampling", "permit compliance",
      "people leadership"), "Water Industry Process Operations", "Utilities"),
)


def _successionplan(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A talent review for one critical post: the organisation's menu and breadcrumb
    (chrome), the summary heading glued to the post (the role), "Also known as", the post's
    grade and band (the role's at its level), critical skills (tools in parentheses each),
    successors by readiness with their current titles (moves in), the post above (up), pay
    references of the successors' grades (theirs, at their grade) and a retention premium (no
    pay); the reviewer's name never a role."""
    variant = _begin(rng, g, ("review", "matrix"))
    (org, post, called, word, grade, successors, up, top, needs, course,
     sector) = rng.choice(_POSTS)
    occupy(g, post, ladder=[post, up, top], moves_in=[t for t, _ in successors])
    _spell(g, called)
    _facts(g, _skills(needs), [org], [sector], [course])
    band = (_whole(rng, 48, 52, 10), _whole(rng, 56, 60, 10))
    _salary(g, *band, "GBP", level=grade)
    refs = []
    for i, (title, their) in enumerate(successors):
        low = band[0] - (len(successors) - i) * _whole(rng, 6, 8, 10)
        refs.append((title, their, low, low + _whole(rng, 5, 6, 10)))
        _salary(g, low, refs[-1][3], "GBP", belongs_to=title, level=their)
    premium = rng.choice((5, 8, 10))
    reviewer = rng.choice(("Helen Marsh", "Dev Patel", "Rhian Owen"))
    g.must_not_appear += [reviewer, "A-Z services", "Text size", "Work for us"]
    head = [f"{org}   |  Search  |  A-Z services  |  Work for us  |  Text size A A A",
            "About us > Workforce > Talent and succession"]
    pay = ["Pay references: " + " · ".join(f"{their} {t} £{lo:,} – £{hi:,}"
                                            for t, their, lo, hi in refs),
           f"Retention premium for this post: {premium} % (temporary — not part of the "
           f"{word.lower()})."]
    skills = [*(f"• {_item(n)}" for n in needs), f"• {course} (desirable)"]
    if variant == "review":
        ready = ("READY NOW", "READY IN 1–2 YEARS")
        return [*head,
                f"TALENT REVIEW & SUCCESSION SUMMARY{post} — critical post",
                f"Sector: {sector}",
                f"Post grade: {grade} (£{band[0]:,} – £{band[1]:,})   Reviewed by {reviewer}",
                f"Also known as: {called}", "",
                "Critical skills for the post", *skills, "",
                "Successor pool",
                *(line for (t, their), r in zip(successors, ready, strict=True)
                  for line in (r, f"  {t} ({their}) — development plan agreed")), "",
                f"The post holder is expected to move up to {up} within two years (the line "
                f"above: {post} → {up} → {top}).", "",
                *pay]
    return [*head,
            f"Succession plan: {post}",
            f"{word}: {grade} | pay £{band[0]:,}–£{band[1]:,} | also called {called}", "",
            "| Successor | Current post | Readiness |", "|---|---|---|",
            *(f"| Candidate {chr(65 + i)} | {t} ({their}) | {r} |"
              for i, ((t, their), r) in enumerate(zip(successors, ("Ready now", "1-2 years"),
                                                      strict=True))), "",
            "Critical capabilities:", *skills, "",
            f"Route above the post: {post} → {up} → {top}", "", *pay,
            f"Prepared by {reviewer}, HR Business Partner", f"Sector: {sector}"]


# --------------------------------------------------------------------------------------
# An official gazette notice of appointments and promotions in one cadre
# --------------------------------------------------------------------------------------
# (department, government, the post, the feeder post, the posts above, pay levels
#  (feeder, post, next), people's names, places; a gazette names no sector)
_INDIA = (
    ("Water Resources Department", "Government of Assam", "Assistant Executive Engineer",
     "Junior Engineer", ("Executive Engineer", "Superintending Engineer"),
     ((7, 44_900, 1_42_400), (10, 56_100, 1_77_500), (11, 67_700, 2_08_700)),
     ("Shri Dipankar Bora", "Smti. Rupjyoti Kalita", "Shri Anil Hazarika"),
     ("Jorhat", "Dibrugarh", "Tezpur")),
    ("Health and Family Welfare Department", "Government of Karnataka", "Senior Pharmacist",
     "Pharmacist", ("Chief Pharmacist", "Drugs Inspector"),
     ((6, 35_400, 1_12_400), (8, 47_600, 1_51_100), (9, 53_100, 1_67_800)),
     ("Sri K. Manjunath", "Smt. Shobha Rao", "Sri Prakash Gowda"),
     ("Mysuru", "Ballari", "Hassan")),
)


def _gazette(rng: random.Random, g: Guide, area: str) -> list[str]:
    """An Indian state gazette's notification: the gazette's masthead, the number and date
    and "By order of the Governor" (chrome), the department (the employer, with its
    government), the promotion of feeder posts (moves in) to the post "in Level N of the Pay
    Matrix (₹56,100—1,77,500)" in lakh notation (the role's at its level), the feeder's and
    the next post's levels (theirs), the table of people's names (never roles); or a small
    state's gazette of appointments and promotions."""
    variant = _begin(rng, g, ("india", "scale"))
    if variant == "scale":
        return _scalegazette(rng, g)
    (dept, gov, post, feeder, above, levels, people, places) = rng.choice(_INDIA)
    occupy(g, post, ladder=[feeder, post, *above], moves_in=[feeder])
    _legal(g, f"{dept}, {gov}", dept)
    _facts(g, [], [], [], [gov])  # a gazette names no sector; the government is `optional`
    (lf, f_lo, f_hi), (lp, p_lo, p_hi), (ln, n_lo, n_hi) = levels
    _salary(g, p_lo, p_hi, "INR", period="month", level=f"Level {lp}")
    _salary(g, f_lo, f_hi, "INR", period="month", level=f"Level {lf}", belongs_to=feeder)
    _salary(g, n_lo, n_hi, "INR", period="month", level=f"Level {ln}", belongs_to=above[0])
    number = rng.randint(1000, 2999)
    secretary = rng.choice(("R. K. BARUAH", "S. NAGARAJ"))
    g.must_not_appear += [*people, secretary, "EXTRAORDINARY", "Sl. No."]
    return ["EXTRAORDINARY", "PUBLISHED BY AUTHORITY",
            f"No. {number}  TUESDAY, NOVEMBER 24, 2026",
            f"THE {gov.removeprefix('Government of ').upper()} GAZETTE",
            f"{dept.upper()}", "NOTIFICATION",
            f"No. EST-{number}/2026.— The {gov} ({dept}) are pleased to promote the "
            f"following {_plural(feeder)} (Level {lf}, ₹{_lakh(f_lo)}—{_lakh(f_hi)}) to the "
            f"rank of {post} in Level {lp} of the Pay Matrix (₹{_lakh(p_lo)}—{_lakh(p_hi)}) "
            "with effect from the date they join:—",
            "Sl. No. | Name of the Officer | Place of posting on promotion",
            *(f"{i} | {p} | {post}, {pl}" for i, (p, pl) in enumerate(zip(people, places,
                                                                           strict=True), 1)),
            f"2. The next promotion of the cadre is to {above[0]} in Level {ln} "
            f"(₹{_lakh(n_lo)}—{_lakh(n_hi)}), and then {above[1]}.",
            "By order of the Governor", secretary,
            f"Secretary to Government, {dept}, {gov}"]


# (government, ministry, department, the post, the feeder, the posts above, scales
#  (feeder, post, senior), people's names, stations, a transfer post, what the vacancy asks
#  candidates to be conversant with (skills, examples in parentheses each))
_SCALE = (
    ("SAINT LUCIA", "Ministry of Home Affairs", "Department of Correctional Services",
     "Prison Officer", "Prison Officer Trainee", ("Senior Prison Officer", "Prison Supervisor"),
     (("Grade 6", 24_120, 612, 30_240), ("Grade 9", 31_572, 828, 39_852),
      ("Grade 12", 40_812, 1_044, 51_252)),
     ("Mr. Kerwin J. Alexander", "Ms. Shermaine P. Felix", "Mr. Davion R. Joseph"),
     ("Bordelais", "Castries Remand"), "Customs Guard",
     (("search procedures", ("cell searches", "pat-down searches")), "report writing",
      "conflict de-escalation")),
    ("GRENADA", "Ministry of Agriculture and Lands", "Forestry Division",
     "Forest Ranger", "Forest Guard", ("Senior Forest Ranger", "Forestry Officer"),
     (("Grade K", 22_860, 540, 28_260), ("Grade M", 29_460, 780, 37_260),
      ("Grade O", 38_340, 960, 47_940)),
     ("Mr. Jerome T. Mitchell", "Ms. Kadian L. Charles", "Mr. Shawn A. Baptiste"),
     ("Grand Etang", "Mt. Hartman"), "Park Warden",
     (("tree identification", ("mahogany", "blue mahoe")), "GPS mapping", "trail maintenance")),
)


def _scalegazette(rng: random.Random, g: Guide) -> list[str]:
    """A small state's gazette: the masthead, contents with dotted leaders and "Published by
    Authority" (chrome), the ministry, appointments to the post on a salary scale with its
    increment ("EC$31,572 x 828 – EC$39,852", the role's at its grade), promotions from the
    feeder (moves in, its scale theirs) and to the senior post (the role's Senior rung),
    a transfer (a lateral), a vacancy's "conversant with" items (skills, examples in
    parentheses each) with a uniform allowance (no pay); people's names never roles."""
    (gov, ministry, dept, post, feeder, above, scales, people, stations, lateral,
     needs) = rng.choice(_SCALE)
    senior = above[0]
    occupy(g, post, ladder=[feeder, post, *above], moves_in=[feeder], transitions=[lateral])
    _facts(g, _skills(needs), [dept, ministry], [])  # the ministry heads it; no sector
    (fg, f_lo, f_step, f_hi), (pg, p_lo, p_step, p_hi), (sg, s_lo, s_step, s_hi) = scales
    _salary(g, p_lo, p_hi, "XCD", level=pg)
    _salary(g, f_lo, f_hi, "XCD", level=fg, belongs_to=feeder)
    _salary(g, s_lo, s_hi, "XCD", level=f"Senior ({pg.split()[0]} {sg.split()[1]})")
    uniform = int(_no_pay(g, rng.choice((500, 600, 750)), 50))
    number = rng.randint(300, 899)
    g.must_not_appear += [*people, "Published by Authority", "CONTENTS"]
    return [f"{gov} GAZETTE  ·  Vol. {rng.randint(180, 199)}  ·  No. {rng.randint(40, 90)}",
            "Published by Authority",
            "CONTENTS: Appointments .......... 811 | Promotions .......... 812", "",
            ministry.upper(), dept.upper(), "",
            f"No. {number}                                   APPOINTMENTS",
            f"The following persons are appointed {_plural(post)} on probation, {pg} "
            f"(EC${p_lo:,} x {p_step:,} – EC${p_hi:,} per annum):—",
            *(f"   {p}  — {s}" for p, s in zip(people[:2], stations, strict=True)), "",
            f"No. {number + 1}                                   PROMOTIONS",
            f"The following {_plural(feeder)} ({fg}: EC${f_lo:,} x {f_step:,} – "
            f"EC${f_hi:,}) are promoted to {post}, {pg}:— {people[2]}",
            f"{post}s may be promoted to {senior}, {sg} (EC${s_lo:,} x {s_step:,} – "
            f"EC${s_hi:,} p.a.), and then to {above[1]}.", "",
            f"No. {number + 2}                                   TRANSFERS",
            f"{people[0]}, {post}, is transferred as {lateral} with effect from 1st "
            "December, 2026.", "",
            f"No. {number + 3}                                   VACANCY",
            f"Applications are invited to fill vacancies of {post.upper()}, {pg}. Candidates "
            f"should be conversant with {'; '.join(_lower(_item(n)) for n in needs)}. A uniform "
            f"allowance of EC${uniform} p.a. is payable."]


# --------------------------------------------------------------------------------------
# A supported-employment job-carving sheet
# --------------------------------------------------------------------------------------
# (provider, host employer, the carved job, the job it was carved from, the supervisor,
#  the carved tasks, skills (tools in parentheses each), sector)
_CARVE_US = (
    ("PATHWORKS Customized Employment", "Riverbend Community Hospital", "Sterile Supply Aide",
     "Central Sterile Technician", "Sterile Processing Lead",
     ("fold surgical towels into packs", "restock the case carts", "log returned trays"),
     (("tray counting", ("count sheets",)), "following a picture checklist", "glove use",
      "punctuality"), "Health Care"),
    ("OpenDoor Employment Services", "Harvest Table Grocers", "Produce Prep Assistant",
     "Produce Clerk", "Produce Manager",
     ("trim and bag greens", "rotate stock by date", "break down boxes for baling"),
     (("date rotation", ("FIFO",)), "knife safety", "box baler operation", "teamwork"),
     "Retail"),
)


def _jobcarving(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A customized job profile: the provider's menu, the profile number and "Donate"
    (chrome), "Negotiated with:" (the host employer), the carved job's hours and hourly wage
    (the role's), "Carved out of:" the full job with its hourly wage (theirs, and the role's
    lead), the carved tasks, "Skills used" (skills, tools in parentheses each), supports and
    the growth plan (the supervisor's hourly wage theirs); a transport stipend no pay; or a
    UK supported-employment task sheet."""
    variant = _begin(rng, g, ("profile", "tasksheet"))
    if variant == "tasksheet":
        return _tasksheet(rng, g)
    (provider, host, job, source, boss, tasks, needs, sector) = rng.choice(_CARVE_US)
    occupy(g, job, ladder=[job, source, boss], leads=[source])
    _facts(g, _skills(needs), [host], [sector], [provider])  # the agency employs no one
    wage = rng.choice((15.25, 15.75, 16.50))
    full = wage + rng.choice((2.40, 3.10, 3.65))
    lead = full + rng.choice((3.20, 4.05))
    _salary(g, wage, wage, period="hour")
    _salary(g, full, full, period="hour", belongs_to=source)
    _salary(g, lead, lead, period="hour", belongs_to=boss)
    stipend = _no_pay(g, rng.choice((40.0, 50.0)), 5)
    number = f"CE-2026-{rng.randint(10, 99):03d}"
    g.must_not_appear += [number, "Donate", "Success stories", "[Menu]"]
    return [f"{provider}", "[Menu]  Job seekers  ·  Businesses  ·  Success stories  ·  Donate",
            f"Customized Job Profile #{number} — {job}",
            f"Negotiated with: {host}", "",
            "THE CARVED JOB",
            f"{job}, {rng.choice((16, 20, 24))} hrs/week, ${wage:.2f}/hour paid by the employer",
            f"Carved out of: {source} (full-time, ${full:.2f}/hour)",
            f"Tasks the {_lower(source)} hands over:",
            *(f"{i}) {t}" for i, t in enumerate(tasks, 1)), "",
            "SKILLS USED", *(f"- {_item(n)}" for n in needs), "",
            f"SUPPORTS: job coach fading over 8 weeks; a ${stipend:.0f} monthly bus stipend "
            "from the agency (not wages)", "",
            "GROWTH PLAN",
            f"Long term the goal is the full {source} job. The {boss} (${lead:.2f}/hour) "
            "started in the same team.",
            f"Path: {job} → {source} → {boss}", f"Industry: {sector}"]


# (provider, host employer, the carved job, the job it came from, the job it grows into,
#  tasks, skills, earlier work (moves in), sector)
_CARVE_UK = (
    ("Stepwise Supported Employment CIC", "Holloway Park Leisure Centre", "Changing Room Assistant",
     "Leisure Assistant", "Duty Manager",
     ("check lockers at set times", "restock towels", "report spills"),
     ("cleaning schedules", "radio use", "customer care"), "Volunteer Steward", "Leisure"),
    ("Bridgehill Supported Employment", "Quarry Lane Library", "Returns Assistant",
     "Library Assistant", "Library Supervisor",
     ("empty the returns box", "shelve by colour code", "tidy the children's area"),
     (("shelving order", ("Dewey",)), "returns sorting", "customer care"), "Café Volunteer",
     "Libraries"),
)


def _tasksheet(rng: random.Random, g: Guide) -> list[str]:
    """A UK supported-employment task sheet: the provider's header and the "Easy read"
    switch (chrome), a task table "Task | From whose job | How often" (the carved tasks), the
    host employer, the wage an hour (the role's), the source job's and the grown-into job's
    rates (theirs), earlier volunteering (a move in) and an Access to Work grant (no pay)."""
    (provider, host, job, source, grows, tasks, needs, came, sector) = rng.choice(_CARVE_UK)
    occupy(g, job, ladder=[job, source, grows], leads=[source], moves_in=[came])
    _facts(g, _skills(needs), [host], [sector], [provider])
    wage = rng.choice((12.21, 12.45, 12.60))
    full = round(wage + rng.choice((0.95, 1.30)), 2)
    grown = round(full + rng.choice((2.15, 2.80)), 2)
    _salary(g, wage, wage, "GBP", period="hour")
    _salary(g, full, full, "GBP", period="hour", belongs_to=source)
    _salary(g, grown, grown, "GBP", period="hour", belongs_to=grows)
    grant = int(_no_pay(g, rng.choice((900, 1200)), 50))
    g.must_not_appear += ["Easy read", "Referrals"]
    return [f"{provider} | Easy read | Referrals | Contact",
            f"JOB CARVING SHEET: {job} at {host}", "",
            "Task | From whose job | How often",
            *(f"{t} | {source} | daily" for t in tasks), "",
            f"Pay: £{wage:.2f} an hour (the real Living Wage), 15 hours a week.",
            f"A {_lower(source)} earns £{full:.2f} an hour; a {_lower(grows)} £{grown:.2f}.",
            f"Skills: {', '.join(_item(n) for n in needs)}.",
            f"Before this job: {_lower(came)} for a year.",
            f"Where it can grow: {job} › {source} › {grows}.",
            f"Access to Work paid £{grant:,} for a job coach (a grant, not pay).",
            f"Host industry: {sector}"]


# --------------------------------------------------------------------------------------
# A heritage-crafts register entry
# --------------------------------------------------------------------------------------
# (register, the craft's name, the practitioner, "also", skills (tools in parentheses
#  each), earlier trades (moves in), a lateral, workshops (employers), other trades,
#  sector)
_CRAFTS = (
    ("Thatcher", "THATCHING", ("reed cutter",),
     (("water reed thatching", ("legget", "spars")), "ridge cutting", "straw preparation",
      "reading old roof coats"),
     ("Roofer", "Farm Worker"), "Heritage Roofing Consultant",
     ("Wessex Thatch Co.", "Longstraw Roofs Ltd"), ("Stonemason", "Lime Plasterer"),
     "Heritage Crafts"),
    ("Cooper", "COOPERAGE", ("barrel maker",),
     (("raising a cask", ("truss hoops", "adze")), "stave jointing", "cask charring",
      "cask repair"),
     ("Joiner", "Distillery Operator"), "Cask Inspector",
     ("Speyside Cask Works", "Thornbury Brewery Cooperage"), ("Wheelwright", "Boatbuilder"),
     "Heritage Crafts"),
)


def _craftentry(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A heritage-crafts register entry: the register's menu and "Log in" (chrome), the craft
    heading and "Practitioner:" with "also:" names (spellings), the status line, "Skills
    recorded" (skills, tools in parentheses each), the route Apprentice → Journeyman →
    Master (a ladder) with its pay by stage (the apprentice's hourly and the journeyman's and
    master's day rates, the role's at their level), other trades' day rates "for comparison"
    (theirs), a training bursary (no pay), where trainees come from (moves in), where makers
    go (lateral) and workshops (employers)."""
    variant = _begin(rng, g, ("register", "card"))
    (job, craft, called, needs, came, lateral, shops, others, sector) = rng.choice(_CRAFTS)
    ladder = [f"Apprentice {job}", f"Journeyman {job}", f"Master {job}"]
    occupy(g, job, ladder=ladder, moves_in=list(came), transitions=[lateral])
    _spell(g, *called)
    _facts(g, _skills(needs), shops, [sector])
    hourly = (rng.choice((8.60, 9.10, 9.45)), rng.choice((11.20, 11.80)))
    _salary(g, *hourly, "GBP", period="hour", level="Apprentice")
    day = (rng.randrange(140, 161, 10), rng.randrange(200, 221, 10))
    _salary(g, *day, "GBP", period="day", level="Journeyman")
    master = (day[1] + rng.randrange(30, 41, 10), day[1] + rng.randrange(100, 121, 10))
    _salary(g, *master, "GBP", period="day", level="Master")
    theirs = [(o, day[0] + rng.randrange(20, 51, 10)) for o in others]
    for other, low in theirs:
        _salary(g, low, low + 60, "GBP", period="day", belongs_to=other)
    bursary = int(_no_pay(g, rng.choice((2500, 3000, 4000)), 250))
    g.must_not_appear += ["Log in", "Find a maker", "Submit an update"]
    routes = (f"Some come from {_lower(came[0])} or {_lower(came[1])} work; experienced "
              f"makers sometimes become {_an(_lower(lateral))}.")
    compare = ("For comparison: " + "; ".join(f"{o} £{lo}–£{lo + 60} a day"
                                               for o, lo in theirs) + ".")
    bursary_line = (f"Training bursaries of up to £{bursary:,} are available (a grant to the "
                    "workshop, not wages).")
    if variant == "register":
        return ["THE HERITAGE TRADES REGISTER  ·  crafts at risk",
                "Browse crafts A–Z | Find a maker | Submit an update | Log in",
                f"Crafts › Buildings and workshops › {job}", craft,
                f"Practitioner: {job}  (also: {', '.join(called)})",
                f"Craft status 2026: {rng.choice(('ENDANGERED', 'VIABLE'))}", "",
                "Skills recorded for this entry:", *(f"- {_item(n)}" for n in needs), "",
                "Training route", " → ".join(ladder), routes, "",
                "What makers earn",
                f"Apprentice: £{hourly[0]:.2f}–£{hourly[1]:.2f} an hour",
                f"Journeyman: £{day[0]}–£{day[1]} a day",
                f"Master: £{master[0]}–£{master[1]} a day", compare, bursary_line, "",
                "Who employs them: " + ", ".join(shops), f"Sector: {sector}"]
    return [f"{craft.title()} — a heritage craft card   [Find a maker]  [Log in]",
            f"Who does it: the {_lower(job)}, sometimes called {_an(called[0])}", "",
            "THE ROUTE", " › ".join(ladder), "",
            "| Stage | Pay (2026) |", "|---|---|",
            f"| Apprentice | £{hourly[0]:.2f} to £{hourly[1]:.2f} per hour |",
            f"| Journeyman | £{day[0]} to £{day[1]} per day |",
            f"| Master | £{master[0]} to £{master[1]} per day |",
            compare, "",
            "Know-how: " + "; ".join(_item(n) for n in needs) + ".", routes, bursary_line,
            "Workshops: " + " · ".join(shops), f"Sectors: {sector}", "Submit an update"]


FAMILY38_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "arabicmt": _arabicmt, "openpay": _openpay, "successionplan": _successionplan,
    "gazette": _gazette, "jobcarving": _jobcarving, "craftentry": _craftentry,
}
FAMILY38_LAYOUTS = tuple(FAMILY38_RENDERERS)
# Each renderer sets its page's ladder and spellings itself (occupy()), so none of the six is
# a ladder or alias layout of the planned guide.
FAMILY38_LADDER_LAYOUTS = FAMILY38_ALIAS_LAYOUTS = NO_LAYOUTS
