"""Generator renderers for the six page families of held-back set 41 (Hungarian postings ...).

Held-back set 41 showed six more kinds of page users bring: a Hungarian job posting read
through a browser translator (a job board's posting with "bruttó 430 000 - 520 000 Ft/hó", or
a staffing agency's posting for a partner plant with an hourly "Ft/óra" rate), a public body's
Freedom-of-Information disclosure about one post (a council's disclosure-log entry, or a
request site's thread with the trust's attached answer), a parish or congregation profile for
appointing one minister or lay post (a diocese's vacancy profile with a stipend and housing, or
a congregation's position description), a job page saved with its schema.org JobPosting JSON-LD
block (pretty-printed, or minified on one line), a municipal budget book's job-class program
page (a county's with a position summary by class, or a city's with authorized positions paid
by the hour) and a research grant's staff costing (a UK justification of resources with grades
and spine points, or a US budget justification with a salary cap).  These renderers write such
pages from a planned guide, two variants a family, about occupations that fit them (occupy());
every fact the truth keeps is printed and what a style does not state is cleared: cafeteria,
the SZÉP card, the 13th month, shift allowances, attendance bonuses, standby, car and high cost
area allowances, housing, council tax, expenses, pension contributions, tip shares, perks,
differentials, benefit loading, uniform allowances, budget totals, account codes, on-costs,
fringe rates, salary caps and period totals stay out of the role's pay, other titles' figures
keep their owners, agencies do not employ and people's names are never roles.
"""

from __future__ import annotations

import json
import random
from typing import TYPE_CHECKING

from benchmarks.web_common import (
    Renderer,
    _amount,
    _facts,
    _plural,
    _prose_list,
    _salary,
    occupation_family,
    occupy,
)
from benchmarks.web_families24 import _begin, _no_pay
from benchmarks.web_families27 import _cap, _spell
from benchmarks.web_families30 import _legal
from benchmarks.web_families32 import _an, _dots, _item, _skills
from benchmarks.web_families39 import _own, _run, _soft

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY41_ALIAS_LAYOUTS", "FAMILY41_LADDER_LAYOUTS", "FAMILY41_LAYOUTS",
           "FAMILY41_RENDERERS"]


def _ft(amount: int) -> str:
    """A Hungarian amount with space-grouped thousands: "432 500".

    >>> _ft(432500), _ft(2150)
    ('432 500', '2 150')
    """
    return f"{amount:,}".replace(",", " ")


def _hundred(value: float) -> int:
    """``value`` rounded to the hundred."""
    return int(round(value / 100) * 100)


# --------------------------------------------------------------------------------------
# A Hungarian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (title as translated (the role), the English rendering (alias), the Hungarian title and the
#  leader's Hungarian name (`optional`), employer (printed, short), town and county, what the
#  firm does, duties (each naming a machine or method, `optional`), requirements (instruments
#  in parentheses), the advantage item, the qualification (`optional`), the leader and the
#  head (the ladder above the role), moves in, the lateral post, the other title "for
#  information", the similar ad of the same title (Hungarian, firm printed and short, town),
#  the similar ad of another title (title, firm, town), sectors)
_HUBOARD = (
    ("Baker", "bread baker", "pék", "műszakvezető pék", ("Tiszaparti Pékség Kft.",
                                                        "Tiszaparti Pékség"),
     ("Szolnok", "Jász-Nagykun-Szolnok"), "a family bakery with four shops and 120 employees",
     (("runs the dough line and the", "spiral kneader"),
      ("keeps the temperature log by the", "HACCP plan")),
     ("sourdough fermentation", ("oven thermometers", ("probe thermometer", "infrared gun")),
      "bread shaping"), "cake decoration", "OKJ bakery qualification",
     ("Shift Leader Baker", "Production Manager"), ("Kitchen Assistant", "Packer"),
     ("Quality Controller", "the laboratory"), "Delivery Driver",
     ("Pék betanított", "Alföldi Kenyér Zrt.", "Alföldi Kenyér", "Cegléd"),
     ("Shop Assistant", "Kalács és Társa Bt.", "Szolnok"), ("Food industry", "Retail")),
    ("Welder", "metal welder", "hegesztő", "hegesztő csoportvezető",
     ("Bakonyi Acélszerkezet Kft.", "Bakonyi Acélszerkezet"), ("Veszprém", "Veszprém"),
     "a steel structure maker with 260 employees",
     (("welds frames on the", "Fronius robot cell"),
      ("checks the seams according to the", "WPS sheets")),
     ("MIG/MAG welding", ("measuring tools", ("caliper", "weld gauge")), "technical drawing"),
     "TIG welding", "OKJ welder certificate",
     ("Welding Team Leader", "Plant Manager"), ("Locksmith", "Assembler"),
     ("Welding Inspector", "quality assurance"), "Crane Operator",
     ("Hegesztő CO", "Ajkai Gépgyár Zrt.", "Ajkai Gépgyár", "Ajka"),
     ("Painter", "Várpalotai Festő Kft.", "Várpalota"), ("Manufacturing", "Metal industry")),
)


def _hungarianmt(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A Hungarian job board's posting through a translator: the translator bar, the board's
    menu, breadcrumb, posting age, applicants, reference and "Save / Jelentkezem most"
    (chrome), the title as translated (the role) with the English rendering in the body (an
    alias) and the Hungarian titles (`optional`), "bruttó a - b Ft/hó (nettó kb. c - d Ft)"
    (both bands the role's), a glued "Company presentation" heading, duties naming machines
    and methods (`optional`), requirements with instruments in parentheses and an "Előny /
    Advantage" item (skills), "What we offer" (cafeteria, SZÉP card and the 13th-month salary
    no pay), the prose ladder "our apprentices stay as …, the best become …, later …", the
    figures "for information" (the leader's and another title's: theirs), moves in and across,
    the site's average in the county (the role's point) and range (the role's band) with a
    one-sided quartile (no fact), similar ads (the same title in Hungarian: the role's figure,
    its firm an employer; another title's "-tól" floor: theirs, its firm `optional`) and
    "Iparág / Industry"; or a staffing agency's posting (:func:`_huagency`)."""
    variant = _begin(rng, g, ("board", "agency"))
    if variant == "agency":
        return _huagency(rng, g)
    (job, english, hungarian, hu_leader, (printed, short), (town, county), what, duties, needs,
     plus, paper, (leader, head), came, (lateral, dept), other,
     (s_title, s_printed, s_short, s_town), (o_title, o_firm, o_town), sectors) = rng.choice(
        _HUBOARD)
    occupy(g, job, ladder=[job, leader, head], moves_in=list(came), transitions=[lateral])
    _spell(g, _cap(english))
    _legal(g, printed, short)
    _legal(g, s_printed, s_short)
    _facts(g, [*_skills(needs), _cap(plus)], [], list(sectors),
           [hungarian, hu_leader, s_title, paper, o_firm, *(m for _, m in duties)])
    gross = (rng.randrange(400, 461, 5) * 1000, rng.randrange(500, 581, 5) * 1000)
    net = (_hundred(gross[0] * 0.665), _hundred(gross[1] * 0.665))
    _own(g, *gross, "HUF", period="month")
    _own(g, *net, "HUF", period="month")
    theirs = (gross[1] + rng.randrange(20, 61, 5) * 1000, gross[1] + rng.randrange(90, 141, 5)
              * 1000)
    _salary(g, *theirs, "HUF", period="month", belongs_to=leader)
    o_rate = gross[0] - rng.randrange(40, 81, 5) * 1000
    _salary(g, o_rate, o_rate, "HUF", period="month", belongs_to=other)
    average = int(_no_pay(g, _hundred(gross[0] * 1.08), 500))
    _own(g, average, average, "HUF", period="month", point=True, region=county)
    site = (int(_no_pay(g, gross[0] - 30000, 5000)), int(_no_pay(g, gross[1] + 45000, 5000)))
    _own(g, *site, "HUF", period="month")
    similar = int(_no_pay(g, gross[0] + 15000, 5000))
    _own(g, similar, similar, "HUF", period="month")
    floor = int(_no_pay(g, gross[0] - 60000, 5000))
    _salary(g, floor, None, "HUF", period="month", belongs_to=o_title)
    quartile = int(_no_pay(g, site[0] + 20000, 5000))
    cafeteria = int(_no_pay(g, rng.choice((200000, 250000, 300000)), 10000))
    board = rng.choice(("MunkaHíd.hu", "ÁllásPiac.hu"))
    g.must_not_appear += [board, "Show original", "Always translate Hungarian", "Jelentkezem most",
                          "Company presentation", "cafeteria", "SZÉP card", "13. havi bér",
                          "Hirdetés bejelentése", "Hasonló állások"]
    return ["Translate ▸ Hungarian → English   Show original   Always translate Hungarian",
            f"{board}  Állások | Cégek | Fizetések | Önéletrajz feltöltése   Belépés",
            f"Főoldal › Állások › {_cap(hungarian)} › {county}",
            job,
            f"{printed} · {town} · Feladva: {rng.randint(2, 12)} napja · "
            f"{rng.randint(9, 70)} jelentkező · Ref. HU-{rng.randint(100000, 999999)}",
            "Full time · Fixed term 6 months, then indefinite · Skilled worker",
            f"bruttó {_ft(gross[0])} - {_ft(gross[1])} Ft/hó (nettó kb. {_ft(net[0])} - "
            f"{_ft(net[1])} Ft)",
            "Save   Jelentkezem most   Share",
            f"Company presentation{printed} ({town}) is {what}. We are looking for "
            f"{_an(english)} ({hungarian}) for the day and afternoon shifts.",
            "Feladatok / Tasks",
            *(f"• {text} {machine}" for text, machine in duties),
            "Elvárások / Requirements",
            *(f"• {_item(n)}" for n in needs),
            f"• {paper}",
            f"Előny / Advantage: {_soft(plus)}",
            "Amit kínálunk / What we offer",
            f"• cafeteria {_ft(cafeteria)} Ft/év, on SZÉP card",
            "• 13. havi bér (13th-month salary) and work clothes",
            "Előrelépés / Career with us",
            f"Our apprentices stay as {job}, the best become {leader} ({hu_leader}), later "
            f"{head}. For information (tájékoztatásul): {_an(leader)} earns bruttó "
            f"{_ft(theirs[0])} - {_ft(theirs[1])} Ft/hó and {_an(other)} bruttó "
            f"{_ft(o_rate)} Ft/hó.",
            f"Colleagues arrived from {came[0]} and {came[1]} jobs; one went over to {dept} as "
            f"{lateral}.",
            f"Bérstatisztika / Salary statistics: {job}",
            f"Average in {county} county: {_ft(average)} Ft/hó · Range on the site: "
            f"{_ft(site[0])} - {_ft(site[1])} Ft/hó",
            f"25% of the ads offer less than {_ft(quartile)} Ft",
            "Hasonló állások",
            f"{s_title} – {s_printed}, {s_town} – bruttó {_ft(similar)} Ft/hó",
            f"{o_title} – {o_firm}, {o_town} – {_ft(floor)} Ft/hó-tól",
            f"Iparág / Industry: {', '.join(sectors)}",
            f"Hirdetés bejelentése · Adatvédelem · © 2026 {board}"]


# (title as translated (the role), the English rendering (alias), the Hungarian title
#  (`optional`), the agency (printed, `optional`), the partner (printed, short), town,
#  county, the partner's product, glued tasks (machines `optional`), requirements, the
#  licence (`optional`), the `→` path's next rungs, moves in, the lateral post, the other
#  title with its hourly rate, sectors)
_HUAGENCY = (
    ("Injection moulding operator", "moulding machine operator", "fröccsöntő gépkezelő",
     ("Rábaköz Munkaerő Kft.", "Szigetközi Műanyag Zrt.", "Szigetközi Műanyag"),
     ("Mosonmagyaróvár", "Győr-Moson-Sopron"), "plastic parts for car interiors",
     (("changes the tools on the", "Engel presses"), ("sorts the parts by the", "5S rules")),
     ("visual inspection", ("measuring", ("caliper", "height gauge")), "German"),
     "forklift licence", ("Setter", "Shift Leader"), ("Packer", "Line Worker"),
     "Material Handler", "Quality Inspector", ("Automotive", "Plastics")),
    ("Assembly worker", "assembler", "összeszerelő",
     ("Dunamenti Humán Kft.", "Paksi Elektronika Zrt.", "Paksi Elektronika"),
     ("Paks", "Tolna"), "control units for heat pumps",
     (("assembles the boards at the", "ESD workstation"), ("scans the lots into", "SAP")),
     ("soldering", ("hand tools", ("torque screwdriver", "crimping pliers")), "English"),
     "OKJ electronics course", ("Line Leader", "Production Supervisor"),
     ("Cashier", "Warehouse Worker"), "Tester", "Maintenance Technician",
     ("Electronics", "Manufacturing")),
)


def _huagency(rng: random.Random, g: Guide) -> list[str]:
    """A staffing agency's Hungarian posting for its partner's plant through a translator:
    the translator bar and the agency's menu (chrome), the agency (`optional`, no employer)
    posting for the partner (the employer), "bruttó N Ft/óra (havi kb. M Ft)" (the hourly rate
    and the monthly figure the role's), a glued `;` tasks line (machines `optional`),
    requirements (skills, the language too; the licence `optional`), shift allowance,
    attendance bonus and the travel pass (no pay), a `→` path (a ladder), moves in and across,
    another title's hourly rate (theirs), the county's median (the role's point) and "middle
    50%" (the role's band), "Industry:" and a cut-off data-protection line."""
    (job, english, hungarian, (agency, printed, short), (town, county), product, tasks, needs,
     licence, (setter, leader), came, lateral, other, sectors) = rng.choice(_HUAGENCY)
    occupy(g, job, ladder=[job, setter, leader], moves_in=list(came), transitions=[lateral])
    _spell(g, _cap(english))
    _legal(g, printed, short)
    _facts(g, _skills(needs), [], list(sectors),
           [hungarian, agency, licence, *(m for _, m in tasks)])
    hourly = rng.randrange(1850, 2351, 25)
    monthly = _hundred(hourly * 174)
    _own(g, hourly, hourly, "HUF", period="hour")
    _own(g, monthly, monthly, "HUF", period="month")
    o_rate = hourly + rng.randrange(150, 301, 25)
    _salary(g, o_rate, o_rate, "HUF", period="hour", belongs_to=other)
    median = int(_no_pay(g, _hundred(monthly * 1.04), 500))
    _own(g, median, median, "HUF", period="month", point=True, region=county)
    middle = (int(_no_pay(g, monthly - 25000, 5000)), int(_no_pay(g, monthly + 40000, 5000)))
    _own(g, *middle, "HUF", period="month")
    bonus = int(_no_pay(g, rng.choice((15000, 20000, 25000)), 1000))
    cut = f"Adatkezelési tájékoztató: a {agency} a jelentkezők adatait"
    g.must_not_appear += ["Show original", "attendance bonus", "shift allowance",
                          "Apply now", cut]
    return ["Page translated · Original language: Hungarian · Show original",
            f"{agency.upper()}  Jobs | For companies | About us | Contact",
            f"{job} ({hungarian}) - {town}",
            f"Our partner {printed}, which makes {product} in {town}, is looking for "
            f"{_plural(english)}. Employment by {agency} (munkaerő-kölcsönzés).",
            f"bruttó {_ft(hourly)} Ft/óra (havi kb. {_ft(monthly)} Ft), 3 shifts",
            "Apply now",
            "Feladatok:" + "; ".join(f"{text} {machine}" for text, machine in tasks)
            + "; keeping the workstation clean",
            "Requirements",
            *(f"- {_item(n)}" for n in needs),
            f"- {licence} is welcome",
            "Benefits",
            f"- shift allowance (műszakpótlék) and attendance bonus {_ft(bonus)} Ft/hó",
            "- travel pass (bérlet) or the company bus from the villages",
            "Career path",
            f"{job} → {setter} → {leader}. Many of our people came from {came[0]} or "
            f"{came[1]} work; some moved across to {lateral}. For information, {_an(other)} "
            f"starts at bruttó {_ft(o_rate)} Ft/óra.",
            f"Median in {county}: {_ft(median)} Ft/hó; middle 50%: {_ft(middle[0])} - "
            f"{_ft(middle[1])} Ft/hó",
            f"Industry: {', '.join(sectors)}",
            cut]


# --------------------------------------------------------------------------------------
# A public body's Freedom-of-Information disclosure about one post
# --------------------------------------------------------------------------------------
# (the post (the role), its job description's long title (alias), the council (employer),
#  the grade, the post above and the post below, the Senior post's grade, appointees'
#  earlier jobs (moves in), the leaver's later post (lateral), the manager at the top of the
#  progression, person specification items (tools in parentheses), the registration
#  (`optional`))
_FOICOUNCIL = (
    ("Registration Officer", "Registration and Nationality Officer", "Eastmere County Council",
     7, "Superintendent Registrar", "Registration Assistant", 8,
     ("Customer Adviser", "Court Clerk"), "Electoral Services Officer", "Registration Manager",
     ("Accurate record keeping", ("case software", ("RON", "Microsoft Excel")),
      "Public speaking"), "Certificate in Registration Services"),
    ("Trading Standards Officer", "Trading Standards and Consumer Protection Officer",
     "Harrowdale Borough Council", 9, "Trading Standards Team Manager",
     "Trading Standards Enforcement Assistant", 10, ("Police Investigator", "Auditor"),
     "Licensing Officer", "Head of Regulatory Services",
     ("Interview under caution", ("evidence tools", ("PACE recorder", "APP database")),
      "Report writing"), "Diploma in Consumer Affairs and Trading Standards"),
)


def _foiresponse(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A council's disclosure-log entry: the log's navigation, reference, dates, category and
    outcome (chrome), the numbered request and numbered answers, a pipe headcount table by
    grade (no pay, no moves), the post's grade and range (the role's) and its Senior post's
    (the role's at Senior), the grades above and below (theirs), standby and car allowances
    (no pay), appointees' earlier jobs (moves in), "Career progression within the service is A
    → B → C" (a ladder), a leaver who "left to become" (lateral), a quoted section 40(2)
    exemption, the attached job description flattened into one line (the long title an alias,
    person specification items skills, the registration `optional`), the review and
    Information Commissioner paragraph and the officer's sign-off (chrome, no roles); or a
    request site's thread (:func:`_foithread`)."""
    variant = _begin(rng, g, ("log", "thread"))
    if variant == "thread":
        return _foithread(rng, g)
    (post, long_title, council, grade, above, below, s_grade, came, left, top, spec,
     reg) = rng.choice(_FOICOUNCIL)
    senior = f"Senior {post}"
    occupy(g, post, ladder=[post, senior, top], moves_in=list(came), transitions=[left])
    _spell(g, long_title)
    _facts(g, _skills(spec), [council], [], [reg])
    base = 24000 + grade * 1900 + rng.randrange(0, 900, 3)
    own = (base, base + rng.randrange(2400, 3301, 3))
    _own(g, *own, level=f"Grade {grade}")
    sen = (own[1] + rng.randrange(300, 900, 3), own[1] + rng.randrange(3300, 4200, 3))
    _own(g, *sen, level="Senior")
    up = (sen[1] + rng.randrange(1500, 2400, 3), sen[1] + rng.randrange(5200, 6600, 3))
    _salary(g, *up, "GBP", belongs_to=above)
    down = (own[0] - rng.randrange(5200, 6100, 3), own[0] - rng.randrange(2100, 2900, 3))
    _salary(g, *down, "GBP", belongs_to=below)
    standby = int(_no_pay(g, rng.choice((24, 28, 32)), 1))
    car = int(_no_pay(g, rng.choice((963, 1170, 1239)), 1))
    officer = rng.choice(("Priya Lamont", "Gareth Oduya", "Helen Marchetti"))
    ref = f"FOI-{rng.randint(2026000, 2026999)}"
    counts = [rng.randint(4, 9), rng.randint(1, 3), 1, rng.randint(1, 3)]
    g.must_not_appear += [officer, ref, "Disclosure log", "Information Commissioner",
                          "section 40(2)", "Information Governance Team"]
    return [f"{council} › Your council › Freedom of Information › Disclosure log",
            f"Freedom of Information disclosure: {post} posts",
            f"Reference: {ref} | Received: {rng.randint(1, 28)} October 2026 | Responded: "
            f"{rng.randint(1, 28)} November 2026",
            "Category: Human resources | Outcome: Information partially provided",
            "Request",
            f"1. How many {_plural(post)} do you employ, by grade?",
            "2. What are the pay grades of the post and of the posts above and below it?",
            "3. Which allowances are paid?",
            "4. What did recent appointees do before, and where do leavers go?",
            "Response",
            "1. Headcount at 30 September 2026:",
            "Grade | Post | Headcount | FTE",
            f"Grade {grade - 2} | {below} | {counts[3]} | {counts[3] - 0.5}",
            f"Grade {grade} | {post} | {counts[0]} | {counts[0] - 0.6}",
            f"Grade {s_grade} | {senior} | {counts[1]} | {counts[1]}",
            f"Grade {s_grade + 2} | {above} | {counts[2]} | 1",
            f"2. The {post} is on Grade {grade} (£{own[0]:,} - £{own[1]:,} a year) and the "
            f"{senior} on Grade {s_grade} (£{sen[0]:,} - £{sen[1]:,}). The post above it, "
            f"{above}, is paid £{up[0]:,} - £{up[1]:,}; the post below, {below}, £{down[0]:,} "
            f"- £{down[1]:,}.",
            f"3. A standby allowance of £{standby} a night and an essential car user allowance "
            f"of £{car:,} a year are paid where rostered. Our pay policy is already published "
            "(section 21).",
            f"4. Recent appointees had worked as {_an(came[0])} or {_an(came[1])}. Career "
            f"progression within the service is {post} → {senior} → {top}. One officer left to "
            f"become {_an(left)}.",
            "We cannot name individual officers: section 40(2) exempts \"personal data where "
            "disclosure would breach the data protection principles\".",
            f"Attached job description: Job title: {long_title} | Post no. "
            f"RS{rng.randint(100, 999)} | Reports to: {above} | Person specification: "
            f"{_run(spec)}; {reg} | Purpose: to deliver the statutory service to residents",
            "If you are unhappy with this response you may ask for an internal review within 40 "
            "working days, and then complain to the Information Commissioner.",
            f"{officer}, Information Governance Team"]


# (the post (the role), the title with its qualification (alias), the trust (employer), the
#  post's band, the team leader's title, the assistant's title, the university running the
#  course (`optional`), the course (`optional`), earlier jobs (moves in), the later post
#  (lateral), the lead above the team leader, person specification items)
_FOITHREAD = (
    ("Community Dietitian", "Community Dietitian (HCPC registered)",
     "Northfold Community Health NHS Trust", 6, "Dietetic Team Leader", "Dietetic Assistant",
     "University of Westmoor", "MSc Dietetics apprenticeship", ("Nutritionist", "Chef"),
     "Public Health Practitioner", "Head of Nutrition and Dietetics",
     ("Motivational interviewing", ("clinical systems", ("SystmOne", "EMIS")),
      "Group education")),
    ("Podiatrist", "Podiatrist (HCPC registered)", "Rivermead Community Healthcare NHS Trust",
     6, "Podiatry Team Leader", "Podiatry Assistant", "University of Southbay",
     "BSc Podiatry degree apprenticeship", ("Nail Technician", "Healthcare Assistant"),
     "Diabetes Specialist Podiatrist", "Head of Podiatry",
     ("Nail surgery", ("wound care", ("Doppler", "offloading devices")),
      "Patient education")),
)


def _foithread(rng: random.Random, g: Guide) -> list[str]:
    """A request site's thread to an NHS trust: the site's menu, the requester, "Follow",
    "Report request" and the attachment's "HTML version" (chrome), the request, a band table
    (the role's band its own, the team leader's and the assistant's theirs), Agenda for
    Change ranges with a high cost area supplement (no pay), sponsored training (the
    university and course `optional`), a quoted section 43(2) exemption on agency rates, moves
    in and out, the job description (the title with its registration an alias, person
    specification items skills) and a cut-off annotation."""
    (post, qualified, trust, band, leader, assistant, uni, course, came, later, head,
     spec) = rng.choice(_FOITHREAD)
    occupy(g, post, ladder=[post, leader, head], moves_in=list(came), transitions=[later])
    _spell(g, qualified)
    _facts(g, _skills(spec), [trust], [], [uni, course])
    own = (rng.randrange(37300, 38200, 7), rng.randrange(44900, 45800, 7))
    _own(g, *own, level=f"Band {band}")
    lead = (own[1] + rng.randrange(1200, 2100, 7), own[1] + rng.randrange(7800, 9000, 7))
    _salary(g, *lead, "GBP", belongs_to=leader)
    help_ = (own[0] - rng.randrange(9900, 11000, 7), own[0] - rng.randrange(7000, 8100, 7))
    _salary(g, *help_, "GBP", belongs_to=assistant)
    hcas = int(_no_pay(g, rng.choice((2950, 3180, 3420)), 1))
    requester = rng.choice(("Tamsin Rooke", "Dev Maharaj", "Aled Cornish"))
    cut = f"{rng.choice(('Colm Baptiste', 'Ines Falk'))} left an annotation: the band for"
    g.must_not_appear += [requester, "Follow", "Report request", "HTML version",
                          "section 43(2)", cut]
    return ["AskOpenly  Make a request | Browse requests | Authorities | Help   Sign in",
            f"FOI request to {trust}: pay and career structure of {_plural(post)}",
            f"{requester} made this Freedom of Information request · Follow · Report request",
            f"Dear {trust},",
            f"Please tell me the bands of {_plural(post)}, their team leaders and assistants, "
            "any supplements, agency rates and where post holders come from and go.",
            f"Yours faithfully, {requester}",
            f"{trust} replied: Attachment FOI response.pdf (HTML version)",
            "Band | Post | Annual range (Agenda for Change, 2026/27)",
            f"Band {band - 2} | {assistant} | £{help_[0]:,} - £{help_[1]:,}",
            f"Band {band} | {post} | £{own[0]:,} - £{own[1]:,}",
            f"Band {band + 1} | {leader} | £{lead[0]:,} - £{lead[1]:,}",
            f"Staff based in the outer London boroughs also receive a high cost area "
            f"supplement of up to £{hcas:,}.",
            f"We sponsor two Band {band - 2} staff each year on the {course} at the {uni}.",
            "Agency rates are withheld under section 43(2) (\"commercial interests\").",
            f"Our {_plural(post)} joined us as {_plural(came[0])} and {_plural(came[1])}; "
            f"two moved to {later} posts last year. Above the team leader is the {head}.",
            f"Job description: {qualified}. Person specification: {_run(spec, ', ')}.",
            cut]


# --------------------------------------------------------------------------------------
# A parish or congregation profile for appointing one minister or lay post
# --------------------------------------------------------------------------------------
# (the post (the role), "known locally as" (alias), the benefice (`optional`), the diocese
#  (employer), the patron (`optional`), "a priest who …" clauses (`optional`), person
#  specification items (skills), the curate's and administrator's titles, previous holders'
#  earlier posts (moves in), their later posts (up, lateral))
_BENEFICES = (
    ("Team Vicar", "Vicar", "the Upper Wenning Team Ministry", "Diocese of Carrowby",
     "the Dean and Chapter of Carrowby",
     ("enjoys rural life and its festivals", "will pray with the schools"),
     ("Preaching", "Pastoral care", ("digital tools", ("A Church Near You", "Zoom"))),
     "Assistant Curate", "Parish Administrator", ("Hospital Chaplain", "School Chaplain"),
     ("Rural Dean", "Diocesan Adviser")),
    ("Rector", "Parson", "the Benefice of Ashby Magna with Coldharbour", "Diocese of Wendlebury",
     "the Bishop of Wendlebury",
     ("loves the Book of Common Prayer", "can share ministry with lay leaders"),
     ("Leading worship", "Safeguarding", ("administration", ("ChurchSuite", "Excel"))),
     "Assistant Curate", "Benefice Administrator", ("Curate", "Prison Chaplain"),
     ("Archdeacon", "Vocations Adviser")),
)


def _parishprofile(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A diocese's vacancy profile for one benefice: the diocese's menu, download and closing
    lines, the contents with dot leaders (chrome), a glued "WelcomeWe" signed by churchwardens
    (people, never roles), the benefice at a glance (share, roll, attendance: no pay, no
    facts), "known locally as the …" (an alias), "we are looking for a priest who …" clauses
    (`optional`), the person specification in one line (skills), the stipend (the role's)
    beside the house, council tax and expenses (no pay), the curate's stipend and the
    administrator's hourly rate (theirs), previous incumbents' earlier posts (moves in) and
    later posts (up, lateral), the diocese that pays and licenses (the employer) and the patron
    (`optional`); or a congregation's position description (:func:`_congregation`)."""
    variant = _begin(rng, g, ("diocese", "congregation"))
    if variant == "congregation":
        return _congregation(rng, g)
    (post, local, benefice, diocese, patron, clauses, spec, curate, admin, came,
     (up, across)) = rng.choice(_BENEFICES)
    occupy(g, post, leads=[up], moves_in=list(came), transitions=[across])
    _spell(g, local)
    _facts(g, _skills(spec), [diocese], [], [benefice, patron, *clauses])
    stipend = rng.randrange(28900, 30200, 10)
    _own(g, stipend, stipend)
    c_pay = stipend - rng.randrange(2600, 3400, 10)
    _salary(g, c_pay, c_pay, "GBP", belongs_to=curate)
    hourly = rng.randrange(1300, 1600, 5) / 100
    _salary(g, hourly, hourly, "GBP", period="hour", belongs_to=admin)
    share = int(_no_pay(g, rng.randrange(41000, 68000, 500), 500))
    expenses = int(_no_pay(g, rng.randrange(2500, 4000, 50), 50))
    wardens = rng.sample(("Judith Penhale", "Martin Osei", "Ruth Calloway", "Ken Adebayo"), 2)
    g.must_not_appear += [*wardens, "Parish Share", "Electoral roll", "Closing date",
                          "Download profile"]
    return [f"{diocese} · About us · Clergy vacancies · Schools · Giving",
            f"Download profile (PDF) · Closing date: {rng.randint(2, 27)} January 2027",
            f"Parish Profile and Statement of Needs: {benefice.replace('the ', '', 1)}",
            "Contents",
            _dots("Welcome", "2"), _dots("The benefice at a glance", "3"),
            _dots("Who we are looking for", "5"), _dots("Terms and housing", "7"),
            _dots("Our previous incumbents", "8"),
            f"WelcomeWe are glad you are reading about {benefice}, where the {post} is known "
            f"locally as the {local}. {_prose_list(wardens)}, Churchwardens",
            "The benefice at a glance",
            f"Parishes 4 | Electoral roll {rng.randint(120, 260)} | Usual Sunday attendance "
            f"{rng.randint(60, 140)} | Parish Share £{share:,}",
            "Who we are looking for",
            "We are looking for a priest who " + "; who ".join(clauses) + ".",
            f"Person specification: {_run(spec)}.",
            "Terms and housing",
            f"The stipend is £{stipend:,} a year, paid by the {diocese}, which licenses the "
            f"{post}; the patron is {patron}. A four-bedroom house is provided, with council "
            f"tax and water rates paid and working expenses (about £{expenses:,}) reimbursed.",
            f"For comparison, our {curate} receives £{c_pay:,} and the {admin} is paid "
            f"£{hourly:.2f} an hour.",
            "Our previous incumbents",
            f"Our last two incumbents came to us after serving as {_an(came[0])} and as "
            f"{_an(came[1])}. One left to become {up}, the other moved on to be {_an(across)}."]


# (the post (the role), the title in parentheses (alias), the congregation (employer), what
#  the post reports to and supervises (no moves), skills (tools in parentheses), the other
#  staff post "for comparison", previous holders' earlier posts (moves in), later posts (up,
#  lateral), sectors)
_CONGREGATIONS = (
    ("Director of Music", "Minister of Music", "Grace Hollow Presbyterian Church",
     ("the Senior Pastor", "the handbell choir"),
     ("Choral conducting", "Organ", ("worship software", ("Planning Center", "ProPresenter"))),
     "Worship Coordinator", ("Music Teacher", "Organist"),
     ("Cathedral Organist", "Arts Administrator"), ("Religion", "Nonprofit")),
    ("Children's Minister", "Director of Children's Ministries", "Cedar Point Baptist Church",
     ("the Associate Pastor", "the nursery staff"),
     ("Curriculum planning", "Volunteer training", ("check-in tools", ("KidCheck", "Canva"))),
     "Communications Coordinator", ("Elementary Teacher", "Camp Counselor"),
     ("Associate Pastor", "School Counselor"), ("Religion", "Nonprofit")),
)


def _congregation(rng: random.Random, g: Guide) -> list[str]:
    """A US congregation's position description: a glued title with the alias, the staff
    list (people, chrome), "Reports to / Supervises" (no moves), the skills list with tools
    in parentheses, the salary range (the role's) beside health insurance, pension
    contributions and a continuing-education allowance (no pay), another staff post's range
    in parentheses "for comparison" (theirs), past holders' moves in and out and "Industry:"."""
    (post, alias, church, (boss, team), spec, other, came, (up, across), sectors) = rng.choice(
        _CONGREGATIONS)
    occupy(g, post, leads=[up], moves_in=list(came), transitions=[across])
    _spell(g, alias)
    _facts(g, _skills(spec), [church], list(sectors))
    own = (rng.randrange(46000, 52001, 500), rng.randrange(58000, 64001, 500))
    _own(g, *own, "USD")
    theirs = (own[0] - rng.randrange(9000, 12001, 500), own[0] - rng.randrange(1000, 3001, 500))
    _salary(g, *theirs, "USD", belongs_to=other)
    allowance = int(_no_pay(g, rng.choice((1500, 1800, 2000)), 100))
    staff = rng.sample(("Rev. Dana Whitcomb", "Luis Ferreira", "Marjorie Tate", "Sam Okonkwo"),
                       3)
    g.must_not_appear += [*staff, "Search Committee", "continuing-education allowance"]
    return [f"Position Description: {post}({alias})",
            f"{church} · Worship · Connect · Serve · Give",
            "Who we are",
            f"{church} is a congregation of about {rng.randint(300, 700)} members.",
            "Our staff: " + "; ".join(staff),
            "The position",
            f"The {post} reports to {boss} and supervises {team}.",
            "What we are looking for",
            *(f"- {_item(s)}" for s in spec),
            "Compensation",
            f"Salary range ${own[0]:,} - ${own[1]:,} a year, with health insurance, pension "
            f"contributions of 11% and a continuing-education allowance of ${allowance:,}. "
            f"(For comparison: our {other} earns ${theirs[0]:,} - ${theirs[1]:,}.)",
            "Past holders",
            f"Our past {_plural(post.lower())} came from work as {_an(came[0])} or "
            f"{_an(came[1])}; one left to become {_an(up)} and another now serves as "
            f"{_an(across)}.",
            "How to apply: write to the Search Committee.",
            f"Industry: {', '.join(sectors)}"]


# --------------------------------------------------------------------------------------
# A job page saved with its schema.org JobPosting JSON-LD block
# --------------------------------------------------------------------------------------
# (the JSON-LD title (the role), the visible title (alias), employer (printed, short), the
#  restaurant (`optional`), town and state, industry (sector), the O*NET code and name
#  (`optional`), the skills string, experience (`optional`), duties' kit (`optional`), the
#  ladder's next rungs, the lateral post, the similar ad of another title and its firm
#  (`optional`))
_PRETTY = (
    ("Barista", "Espresso Bar Barista", ("Bluewater Coffee Roasters LLC", "Bluewater Coffee"),
     "the Harbor Street cafe", ("Astoria", "OR"), "Food Service",
     ("35-3023.00", "Fast Food and Counter Workers"),
     ("Espresso extraction", "Latte art", "Cash handling"), "6 months of cafe experience",
     "La Marzocco machine", ("Shift Lead", "Cafe Manager"), "Roastery Assistant",
     ("Line Cook", "Driftwood Grill")),
    ("Dishwasher", "Dish and Prep Steward", ("Ridgeline Hospitality Group Inc.",
                                             "Ridgeline Hospitality"),
     "Juniper Table", ("Boise", "ID"), "Hospitality",
     ("35-9021.00", "Dishwashers"), ("Food safety", "Knife handling", "Spanish"),
     "no experience needed", "Hobart conveyor", ("Prep Cook", "Sous Chef"), "Banquet Server",
     ("Host", "Sawtooth Diner")),
)


def _jsonldposting(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A job page saved with a pretty-printed JobPosting JSON-LD block: a cookie banner, the
    board's menu (chrome), the block's keys and types (chrome) with its title (the role),
    hiringOrganization (the employer), industry (a sector), occupationalCategory and
    experienceRequirements (`optional`), a skills string (skills), an HTML description with
    "&amp;", baseSalary minValue/maxValue per HOUR (the role's), the visible title (an alias)
    with a different hourly band (the role's too), applicants and share chrome, tip share and
    perks (no pay), an arrow path (a ladder) and a move across, similar jobs (the role's own
    figure, another title's theirs, its firm `optional`); or a minified block
    (:func:`_jsonldmini`)."""
    variant = _begin(rng, g, ("pretty", "minified"))
    if variant == "minified":
        return _jsonldmini(rng, g)
    (job, shown, (printed, short), venue, (town, state), industry, (code, code_name), skills,
     experience, kit, (lead, boss), lateral, (o_title, o_firm)) = rng.choice(_PRETTY)
    occupy(g, job, ladder=[job, lead, boss], transitions=[lateral])
    _spell(g, shown)
    _legal(g, printed, short)
    _facts(g, list(skills), [], [industry], [venue, code, code_name, experience, kit])
    low = rng.randrange(1500, 1701, 25) / 100
    band = (low, low + rng.randrange(200, 401, 25) / 100)
    _own(g, *band, "USD", period="hour")
    shown_band = (band[0] + 0.5, band[1] + 0.75)
    _own(g, *shown_band, "USD", period="hour")
    similar = _no_pay(g, band[0] + 1.0, 0.25)
    _own(g, similar, similar, "USD", period="hour")
    theirs = _no_pay(g, band[1] + 1.5, 0.25)
    _salary(g, theirs, theirs, "USD", period="hour", belongs_to=o_title)
    tips = _no_pay(g, rng.choice((4.0, 5.5, 6.0)), 0.5)
    board = rng.choice(("ServeHire", "KitchenCareers"))
    block = {"@context": "https://schema.org/", "@type": "JobPosting", "title": job,
             "hiringOrganization": {"@type": "Organization", "name": printed},
             "industry": industry, "occupationalCategory": f"{code} {code_name}",
             "skills": ", ".join(skills), "experienceRequirements": experience,
             "description": f"<p>Join {short} at {venue} &amp; grow with us.</p>",
             "baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": {
                 "@type": "QuantitativeValue", "minValue": _amount(band[0]),
                 "maxValue": _amount(band[1]), "unitText": "HOUR"}},
             "employmentType": "FULL_TIME", "datePosted": "2026-11-18",
             "identifier": {"@type": "PropertyValue", "value": f"RH-{rng.randint(1000, 9999)}"}}
    g.must_not_appear += [board, "Accept all cookies", "JobPosting", "QuantitativeValue",
                          "FULL_TIME", "tip share"]
    return ["We use cookies to improve your experience. Accept all cookies | Manage settings",
            f"{board}  Find jobs | Post a job | Sign in",
            '<script type="application/ld+json">',
            *json.dumps(block, indent=2).splitlines(),
            "</script>",
            f"{shown}{printed}",
            f"{town}, {state} · ${shown_band[0]:.2f} - ${shown_band[1]:.2f} per hour · "
            f"{rng.randint(10, 60)} applicants",
            "Apply now   Save   Share",
            "What you'll do",
            f"Work the {kit} and keep your station stocked by FIFO at {venue}.",
            "What you bring",
            *(f"- {s}" for s in skills),
            "Pay and perks",
            f"${shown_band[0]:.2f} - ${shown_band[1]:.2f}/hr plus tip share (about "
            f"${tips:.2f}/hr), a shift meal and a free drink.",
            "Where this can go",
            f"{job} > {lead} > {boss}. Some moved across to {lateral}.",
            "Similar jobs",
            f"{job} · {short} · ${similar:.2f}/hr",
            f"{o_title} · {o_firm} · ${theirs:.2f}/hr"]


# (the title (the role), the visible title (alias), the district (employer), the department
#  (`optional`), town and state, industry (a sector), the abilities list (skills), the
#  licence (`optional`), the ladder's rungs above, moves in, the other class "for
#  comparison", the cut-off listing's first words)
_MINIFIED = (
    ("Groundskeeper", "Groundskeeper I", "Pinecrest Unified School District",
     "Maintenance and Operations", ("Redding", "CA"), "Education",
     ("Irrigation repair", "Mower operation", "Pesticide safety"),
     "Qualified Applicator Certificate", ("Lead Groundskeeper", "Grounds Supervisor"),
     ("Landscaper", "Custodian"), "Maintenance Worker"),
    ("Library Technician", "Library Media Technician", "Oak Meadow Union School District",
     "Educational Services", ("Visalia", "CA"), "Education",
     ("Cataloging", "Destiny library software", "Bilingual Spanish"),
     "Library Technician certificate", ("Library Coordinator", "Library Services Manager"),
     ("Instructional Aide", "Office Assistant"), "Instructional Aide II"),
)


def _jsonldmini(rng: random.Random, g: Guide) -> list[str]:
    """A school district's job page with a one-line minified JobPosting block (keys chrome,
    title the role, hiringOrganization the employer, baseSalary per YEAR the role's), a
    header of job fields, qualifications in prose (the licence `optional`), a `;` abilities
    list (skills), the schedule range (the role's) and a trainee rate (the role's, level
    Trainee), differentials (no pay), a `→` path from "Trainee" (a ladder, its first rung the
    trainee's title), moves in, another class's range
    "for comparison" (theirs) and a cut-off similar-jobs line."""
    (job, shown, district, dept, (town, state), industry, abilities, licence, (lead, boss),
     came, other) = rng.choice(_MINIFIED)
    # (fresh56) "Trainee → {job} → …": a bare level word in a ladder is the role at that
    # level, a rung of its own as heldback41's hand truth gives it ("Trainee School Bus
    # Driver"); its pay line stays the role's at level Trainee
    occupy(g, job, ladder=[f"Trainee {job}", job, lead, boss], moves_in=list(came))
    _spell(g, shown)
    _facts(g, list(abilities), [district], [industry], [dept, licence])
    low = rng.randrange(38000, 42001, 12)
    band = (low, low + rng.randrange(9000, 12001, 12))
    _own(g, *band, "USD")
    trainee = rng.randrange(1750, 1901, 5) / 100
    _own(g, trainee, trainee, "USD", period="hour", level="Trainee")
    theirs = (band[0] + rng.randrange(2000, 4001, 12), band[1] + rng.randrange(2000, 4001, 12))
    _salary(g, *theirs, "USD", belongs_to=other)
    diff = _no_pay(g, rng.choice((0.75, 1.0, 1.25)), 0.25)
    block = {"@context": "https://schema.org", "@type": "JobPosting", "title": job,
             "hiringOrganization": {"@type": "Organization", "name": district},
             "industry": industry, "jobLocation": {"@type": "Place", "address": town},
             "baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": {
                 "@type": "QuantitativeValue", "minValue": band[0], "maxValue": band[1],
                 "unitText": "YEAR"}}, "employmentType": "FULL_TIME"}
    cut = f"{rng.choice(('Bus Driver', 'Cafeteria Worker'))} · {town} · $"
    g.must_not_appear += ["JobPosting", "YEAR", "FULL_TIME", "shift differential", cut]
    return ['<script type="application/ld+json">'
            + json.dumps(block, separators=(",", ":"), ensure_ascii=False) + "</script>",
            f"Job title: {shown} | District: {district} | Department: {dept} | Location: "
            f"{town}, {state} | Posting: #{rng.randint(1000, 9999)}",
            "Summary",
            f"The {job} joins the {dept} team of the {district}.",
            "Qualifications",
            f"A high school diploma and the {licence} within six months of hire.",
            "Knowledge and abilities: " + "; ".join(abilities),
            "Pay",
            f"Schedule range ${band[0]:,} - ${band[1]:,} a year. Trainee {job}: "
            f"${trainee:.2f}/hr during the first 90 days. A shift differential of "
            f"${diff:.2f}/hr applies to evening work.",
            "Career path",
            f"Trainee → {job} → {lead} → {boss}. Many came to us as {_plural(came[0])} or "
            f"{_plural(came[1])}.",
            f"For comparison, an {other} is paid ${theirs[0]:,} - ${theirs[1]:,}."
            if other[0] in "AEIOU" else
            f"For comparison, a {other} is paid ${theirs[0]:,} - ${theirs[1]:,}.",
            "Similar jobs",
            cut]


# --------------------------------------------------------------------------------------
# A municipal budget book's program page for one job class
# --------------------------------------------------------------------------------------
# (the class (the role), the department (employer), the county, the function, the
#  techniques (skills), personal qualities (`optional`), the supervisor and the top class,
#  moves in, the other classes of the schedule)
_COUNTY = (
    ("Eligibility Worker", "Department of Social Services", "Mariposa Flats County",
     "Public Assistance", ("Case management", "CalSAWS", "Interviewing"),
     "patient and organised", ("Eligibility Supervisor", "Program Manager"),
     ("Office Assistant", "Bank Teller"), ("Office Assistant III", "Social Worker II")),
    ("Animal Control Officer", "Animal Services Department", "Sutter Creek County",
     "Public Protection", ("Animal handling", "Chameleon software", "Chemical immobilization"),
     "calm under pressure", ("Animal Control Supervisor", "Animal Services Manager"),
     ("Kennel Attendant", "Veterinary Assistant"), ("Kennel Attendant", "Registered Veterinary "
                                                                         "Technician")),
)


def _budgetbook(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A county budget book's program page: a running header with fiscal year, function and
    page, the budget unit and fund codes (chrome), a narrative naming techniques (skills) and
    qualities (`optional`), "a class series I, II and III with a Supervisor above it and a
    Manager at the top" (a ladder, the numerals aliases), moves in and up in prose, a position
    summary with class codes, grades, annual ranges and three FTE columns (each numeral's
    range the role's at that level, the other classes theirs), budget highlights with benefit
    loading, bilingual pay and a differential (no pay), an expenditure line and performance
    measures (no facts), the department the employer; or a city's page (:func:`_citybudget`)."""
    variant = _begin(rng, g, ("county", "city"))
    if variant == "city":
        return _citybudget(rng, g)
    (job, dept, county, function, techniques, quality, (sup, top), came, others) = rng.choice(
        _COUNTY)
    occupy(g, job, ladder=[job, sup, top], leads=[sup], moves_in=list(came))
    numerals = [f"{job} {n}" for n in ("I", "II", "III")]
    _spell(g, *numerals)
    _facts(g, list(techniques), [dept], [], [quality])
    rows = []
    low = rng.randrange(41000, 44001, 12)
    for i, name in enumerate(numerals):
        band = (low + i * 4300, low + i * 4300 + 9800 + rng.randrange(0, 300, 12))
        _own(g, *band, "USD", level=name.rsplit(" ", 1)[1])
        rows.append((name, 40 + i * 2, band))
    top_low = low + 8600 + rng.randrange(12000, 15001, 12)
    for name, step in ((sup, top_low), (top, top_low + rng.randrange(15000, 20001, 12)),
                       (others[0], low - rng.randrange(5000, 8001, 12)),
                       (others[1], low + rng.randrange(3000, 6001, 12))):
        band = (step, step + rng.randrange(14000, 18001, 12))
        _salary(g, *band, "USD", belongs_to=name)
        rows.append((name, 52 if name == sup else 58 if name == top else 38, band))
    total = int(_no_pay(g, rng.randrange(2_900_000, 5_200_000, 1000), 1000))
    bilingual = int(_no_pay(g, rng.choice((100, 125, 150)), 5))
    year = rng.choice((2026, 2027))
    g.must_not_appear += ["RECOMMENDED BUDGET", "Budget Unit", "Performance Measures",
                          "bilingual pay", "Salaries and Benefits"]
    return [f"FY {year}-{(year + 1) % 100:02d} RECOMMENDED BUDGET | {function.upper()} | "
            f"PAGE {rng.randint(3, 9)}-{rng.randint(100, 299)}",
            f"{county} · {dept}",
            f"Budget Unit {rng.randint(5000, 5999)} · Fund 0001 General · Function {function}",
            "Program Description",
            f"The {dept} staffs its intake units with {_plural(job)}, who rely on "
            f"{_prose_list([_soft(t) for t in techniques])}. Good candidates are {quality}.",
            f"The {job} class series has levels I, II and III, with {_an(sup)} above it and "
            f"{_an(top)} at the top. Most new workers come from {came[0]} and "
            f"{came[1]} posts, and two or three promote each year to {sup}.",
            "Position Summary",
            "Class Code | Classification | Grade | Annual Range | FY Adopted | FY Recommended | "
            "FY Approved",
            *(f"{rng.randint(1000, 9999)} | {name} | {grade} | ${band[0]:,} - ${band[1]:,} | "
              f"{rng.randint(2, 30)}.0 | {rng.randint(2, 30)}.0 | {rng.randint(2, 30)}.0"
              for name, grade, band in rows),
            "Budget Highlights",
            f"Salaries and Benefits rise to ${total:,} with retirement and health loading; "
            f"bilingual pay (${bilingual}/month) and night differentials are budgeted "
            "separately.",
            "Performance Measures",
            f"Applications processed within 30 days: {rng.randint(82, 97)}%"]


# (the class (the role), the department (employer), the city, what it keeps, equipment and
#  standards (skills), the supervisor, moves in, the lateral class, another class of the
#  table)
_CITY = (
    ("Parks Maintenance Worker", "Parks and Recreation Department", "City of Larkspur Falls",
     "parks and ball fields",
     ("Turf management", "Backflow testing", "Chainsaw operation"),
     "Parks Maintenance Supervisor", ("Landscape Laborer", "Seasonal Aide"),
     "Tree Trimmer", "Recreation Leader"),
    ("Water Utility Worker", "Public Utilities Department", "City of Copper Mesa",
     "water mains and hydrants",
     ("Valve exercising", "Trench safety", "SCADA monitoring"),
     "Water Distribution Supervisor", ("Construction Laborer", "Meter Reader"),
     "Wastewater Operator", "Utility Billing Clerk"),
)


def _citybudget(rng: random.Random, g: Guide) -> list[str]:
    """A city's biennial budget program page: a glued "Program SummaryThe …" narrative naming
    equipment and standards (skills), "Class series and career ladder: X I > X II > Lead X >
    Supervisor" (a ladder, the numerals aliases, the Lead class the role's at Lead), moves in,
    "may move across to" (lateral), an authorized-positions table with hourly ranges and four
    FTE columns (the role's rows its own, the supervisor's and another class's theirs),
    numbered budget notes (COLA, PERS, a uniform allowance and contract services: no pay) and
    a footer."""
    (job, dept, city, place, standards, sup, came, lateral, other) = rng.choice(_CITY)
    lead = f"Lead {job}"
    numerals = [f"{job} I", f"{job} II"]
    occupy(g, job, ladder=[job, lead, sup], moves_in=list(came), transitions=[lateral])
    _spell(g, *numerals)
    _facts(g, list(standards), [dept], [])
    rows = []
    low = rng.randrange(2050, 2251, 5) / 100
    for i, (name, level) in enumerate(((numerals[0], "I"), (numerals[1], "II"),
                                       (lead, "Lead"))):
        band = (low + i * 2.5, low + i * 2.5 + 6.0)
        _own(g, *band, "USD", period="hour", level=level)
        rows.append((name, band))
    for name, start in ((sup, low + 12.0), (other, low - 1.5)):
        band = (start, start + 7.25)
        _salary(g, *band, "USD", period="hour", belongs_to=name)
        rows.append((name, band))
    uniform = int(_no_pay(g, rng.choice((450, 600, 750)), 25))
    services = int(_no_pay(g, rng.randrange(180_000, 400_000, 500), 500))
    years = rng.choice(("2025-27", "2027-29"))
    g.must_not_appear += [f"Biennial Budget {years}", "Authorized Positions", "uniform allowance",
                          "contract services"]
    return [f"{city.upper()} · Biennial Budget {years} · {dept}",
            f"Program SummaryThe {dept} keeps the city's {place} working with {_plural(job)} "
            f"trained in {_prose_list([_soft(s) for s in standards])}.",
            f"Class series and career ladder: {numerals[0]} > {numerals[1]} > {lead} > {sup}",
            f"New hires often join from {came[0]} or {came[1]} jobs, and a worker may move "
            f"across to {lateral}.",
            "Authorized Positions",
            "Classification | Hourly Range | FY25 Actual | FY26 Adopted | FY27 Proposed | "
            "FY28 Proposed",
            *(f"{name} | ${band[0]:.2f} - ${band[1]:.2f} | {rng.randint(1, 12)}.00 | "
              f"{rng.randint(1, 12)}.00 | {rng.randint(1, 12)}.00 | {rng.randint(1, 12)}.00"
              for name, band in rows),
            "Budget Notes",
            "1. A 3.0% COLA and the PERS employer rate are included.",
            f"2. The uniform allowance of ${uniform} per worker is budgeted under supplies.",
            f"3. Contract services total ${services:,}.",
            f"{dept} | {city} | Page {rng.randint(40, 220)}"]


# --------------------------------------------------------------------------------------
# A research grant's staff costing for one post
# --------------------------------------------------------------------------------------
# (the post (the role), its abbreviation (alias), the university (employer), the school
#  (`optional`), the funder (`optional`), the project, instruments and techniques (skills),
#  the person specification (skills), the degree (`optional`), the grade and the lower
#  grade, moves up, across and in, the postdoc's title, sectors)
_JOR = (
    ("Histology Technician", "HT", "University of Fenwick", "School of Veterinary Science",
     "BBSRC", "the GUTLINK project", ("Tissue sectioning", "Leica microtome", "Immunostaining"),
     ("Laboratory record keeping", ("image analysis", ("QuPath", "ImageJ"))), "HNC in Biology",
     (6, 5), ("Senior Histology Technician", "Research Facility Manager",
              "Laboratory Assistant"), "Postdoctoral Research Associate", ("Higher education",)),
    ("Field Research Technician", "FRT", "University of Greymoor", "School of Geography",
     "NERC", "the PEATFLUX project", ("Eddy covariance", "Soil coring", "LI-COR analyser"),
     ("Data logging", ("scripting", ("R", "Python"))), "BSc in Environmental Science",
     (5, 4), ("Senior Field Research Technician", "Data Manager", "Field Assistant"),
     "Research Fellow", ("Higher education", "Research")),
)


def _grantcosting(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A university repository's copy of a UK justification of resources: breadcrumb,
    download and cite links, the application reference and scheme (chrome), a summary of
    resources, the post described with instruments and techniques (skills), "Grade N, spine
    points a to b (£x - £y)" (the role's at its grade) and the lower grade's entry point (the
    role's at that grade), on-costs (no pay), the person specification (skills; the degree
    `optional`), career development with the Senior grade's range (the role's at Senior) and
    moves up, across and in, the postdoc's single rate (theirs), the investigators (people)
    and other costs (no pay), "Research organisation type:" (a sector); or a US budget
    justification (:func:`_nihbudget`)."""
    variant = _begin(rng, g, ("uk", "nih"))
    if variant == "nih":
        return _nihbudget(rng, g)
    (post, abbr, uni, school, funder, project, kit, spec, degree, (grade, lower),
     (senior, up, came), postdoc, sectors) = rng.choice(_JOR)
    occupy(g, post, ladder=[post, senior], leads=[senior], moves_in=[came],
           transitions=[up])
    _spell(g, abbr)
    _facts(g, [*kit, *_skills(spec)], [uni], list(sectors), [school, funder, degree])
    first = rng.randint(18, 22)
    points = (first, first + 3)
    low = rng.randrange(30100, 32501, 7)
    own = (low, low + rng.randrange(2600, 3301, 7))
    _own(g, *own, level=f"Grade {grade}")
    entry = own[0] - rng.randrange(2200, 3001, 7)
    _own(g, entry, entry, level=f"Grade {lower}")
    sen = (own[1] + rng.randrange(800, 1501, 7), own[1] + rng.randrange(4500, 5501, 7))
    _own(g, *sen, level="Senior")
    pdra = own[1] + rng.randrange(2500, 4001, 7)
    _salary(g, pdra, pdra, "GBP", belongs_to=postdoc)
    oncost = int(_no_pay(g, round(own[0] * 0.29, -1), 10))
    consumables = int(_no_pay(g, rng.randrange(18000, 40000, 500), 500))
    pis = rng.sample(("Prof. Anwen Holt", "Dr Kofi Brannigan", "Dr Sara Lindqvist"), 2)
    g.must_not_appear += [*pis, "Download", "Cite this", "Justification of Resources",
                          "on-costs", "Summary of resources"]
    return [f"{uni} Research Repository › Grants › {school}",
            "Download PDF · Cite this · Export",
            "JUSTIFICATION OF RESOURCES (JoR)",
            f"Application {funder}/{rng.randint(100000, 999999)}/1 · Responsive mode · {project}",
            "Summary of resources: Directly Incurred staff, consumables; Directly Allocated "
            "investigators; Indirect and Estates costs",
            f"Staff: {post} ({abbr}), 100% FTE for 36 months",
            f"The {abbr} will run {_prose_list([_soft(k) for k in kit])} for {project}.",
            f"The post is costed at Grade {grade}, spine points {points[0]} to {points[1]} "
            f"(£{own[0]:,} - £{own[1]:,}); if no suitable candidate is found we would appoint "
            f"at the Grade {lower} entry point of £{entry:,}. On-costs (employer's National "
            f"Insurance and USS) add about £{oncost:,} a year.",
            f"Person specification: {_run(spec)}; {degree}.",
            f"Career development: the post holder can apply for regrading as {senior} "
            f"(£{sen[0]:,} - £{sen[1]:,}); earlier technicians progressed to {senior} or moved "
            f"across to {up} posts, and many start as {_an(came)}.",
            f"{postdoc}: one post at £{pdra:,} for 24 months.",
            f"Investigators: {pis[0]} (PI, 20%), {pis[1]} (Co-I, 10%)",
            f"Consumables: £{consumables:,} over the grant.",
            f"Research organisation type: {', '.join(sectors)}"]


# (the post (the role), its abbreviation (alias), the university (employer), the centre
#  (`optional`), the study, the responsibilities' systems (`optional`), required and
#  preferred items (skills), the certification (`optional`), the ladder's rungs above, moves
#  in, the biostatistician's and the assistant's titles)
_NIH = (
    ("Research Project Coordinator", "RPC", "Bayview State University",
     "Center for Healthy Aging", "the STRIDE-Home trial", ("REDCap", "Epic"),
     ("Phlebotomy", "Spanish", "Motivational interviewing"), "SOCRA certification",
     ("Senior Research Project Coordinator", "Research Program Manager"),
     ("Medical Assistant", "Research Assistant"), "Biostatistician",
     "Undergraduate Research Assistant"),
    ("Clinical Data Manager", "CDM", "Mid-Plains University", "Cancer Research Center",
     "the ENDURE-2 study", ("OnCore", "REDCap"), ("SAS", "Data cleaning", "CDISC standards"),
     "CCDM certification", ("Senior Clinical Data Manager", "Data Management Director"),
     ("Data Analyst", "Clinical Research Assistant"), "Biostatistician",
     "Student Data Entry Assistant"),
)


def _nihbudget(rng: random.Random, g: Guide) -> list[str]:
    """A sponsored-programs office's sample NIH budget justification: the sample-proposals
    breadcrumb (chrome), key personnel with the salary cap (a one-sided bound: no fact) and
    escalation and fringe rates (no pay), the redacted biostatistician's base salary (theirs),
    "To Be Named" other personnel with the role's base salary and its II level's range,
    responsibilities naming systems (`optional`), required and preferred items (skills; the
    certification `optional`), a `->` ladder (numbered rungs collapse into the role), moves
    in, the assistant's hourly rate (theirs) and a cut-off other-costs line."""
    (post, abbr, uni, centre, study, systems, items, cert, (senior, manager), came, stat,
     helper) = rng.choice(_NIH)
    occupy(g, post, ladder=[post, senior, manager], moves_in=list(came))
    _spell(g, abbr, f"{post} II")
    _facts(g, list(items), [uni], [], [centre, cert, *systems])
    base = rng.randrange(52000, 56001, 100)
    _own(g, base, base, "USD")
    band = (base - rng.randrange(2000, 4001, 100), base + rng.randrange(9000, 12001, 100))
    _own(g, *band, "USD", level="II")
    stat_pay = base + rng.randrange(30000, 40001, 100)
    _salary(g, stat_pay, stat_pay, "USD", belongs_to=stat)
    hourly = rng.randrange(1500, 1801, 25) / 100
    _salary(g, hourly, hourly, "USD", period="hour", belongs_to=helper)
    cap = int(_no_pay(g, 225700, 100))
    pi = rng.choice(("Dr. Marisol Quintero", "Dr. Evan Thibodeaux"))
    cut = "Other direct costs: participant incentives of $"
    g.must_not_appear += [pi, "To Be Named", "Salary Cap", "Sample Proposals", cut]
    return [f"Office of Sponsored Programs › Resources › Sample Proposals › {centre}",
            f"Budget Justification: {study}",
            "A. Senior/Key Personnel",
            f"{pi}, PI (2.4 calendar months). Salary requested is limited to the NIH Salary "
            f"Cap of ${cap:,}; fringe at 31.2% and a 3% escalation in years 2-5.",
            f"[Redacted], {stat} (1.2 calendar months), base salary ${stat_pay:,}.",
            "B. Other Personnel",
            f"To Be Named, {post} ({abbr}), 12 calendar months. Base salary ${base:,}; the "
            f"{post} II range at {uni} is ${band[0]:,} - ${band[1]:,}.",
            f"Responsibilities: enrol participants, keep the study data in {systems[0]} and "
            f"check visits against {systems[1]}.",
            f"Required: {items[0]}; {items[1]}. Preferred: {items[2]}; {cert}.",
            f"The {abbr} ladder is {post} I -> {post} II -> {senior} -> {manager}. Recent "
            f"hires came to us as {_plural(came[0])} and {_plural(came[1])}.",
            f"{helper}: 10 hours a week at ${hourly:.2f}/hour.",
            cut]


FAMILY41_RENDERERS: dict[str, Renderer] = {
    "hungarianmt": _hungarianmt, "foiresponse": _foiresponse, "parishprofile": _parishprofile,
    "jsonldposting": _jsonldposting, "budgetbook": _budgetbook, "grantcosting": _grantcosting,
}
FAMILY41_LAYOUTS, FAMILY41_LADDER_LAYOUTS, FAMILY41_ALIAS_LAYOUTS = occupation_family(
    FAMILY41_RENDERERS)
