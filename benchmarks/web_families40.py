"""Generator renderers for the six page families of held-back set 40 (Romanian postings ...).

Held-back set 40 showed six more kinds of page users bring: a Romanian job posting read
through a browser translator (a job board's posting with "4.800 - 5.600 lei gross/month", or a
hotel operator's seasonal posting with net, gross and a "41,30 lei brut/hour" rate), an
applicant-tracking system's job requisition (a print view with a min / midpoint / max grid, or
an export as a "Field | Value" table), a staff bank's or relief pool's recruitment page (a
hospital trust's bank rates by band, or a council's relief grade with SCP points), an
executive-search candidate pack for one senior appointment (a university's pack with contents
and running headers, or an academy trust's pack with a dotted E/D person specification), a
humanitarian emergency roster's profile (an NGO's deployment levels, or a supply network's
"::" profile with a grade table) and a national trade-testing page (an authority's page with a
wage order's artisan grades by area, or a skills blog on the grades, fees and civil-service
pay).  These renderers write such pages from a planned guide, two variants a family, about
occupations that fit them (occupy()); every fact the truth keeps is printed and what a style
does not state is cleared: meal and holiday vouchers, night and overtime increases, the 13th
salary, tips, differentials, sign-on bonuses, tuition waivers, holiday pay, mileage,
enhancements, pensions, relocation, DSA, hardship and danger pay, test fees, allowances and
the minimum wage stay out of the role's pay, other titles' figures keep their owners and
people's names are never roles.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import NO_LAYOUTS, _facts, _plural, _prose_list, _salary, occupy
from benchmarks.web_families18 import _dotted  # Romanian notation: "4.800" lei
from benchmarks.web_families24 import _begin, _no_pay
from benchmarks.web_families27 import _cap, _spell
from benchmarks.web_families29 import _decimal_comma  # Romanian rates: "38,70"
from benchmarks.web_families30 import _legal
from benchmarks.web_families32 import _an, _item, _skills
from benchmarks.web_families34 import _apart
from benchmarks.web_families35 import _lower, _whole
from benchmarks.web_families39 import _own, _run, _soft

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY40_ALIAS_LAYOUTS", "FAMILY40_LADDER_LAYOUTS", "FAMILY40_LAYOUTS",
           "FAMILY40_RENDERERS"]


def _titled(text: str) -> str:
    """A title as the truth names it: each word capitalised but "of", "for" and "and".

    >>> _titled("electrician of maintenance")
    'Electrician of Maintenance'
    """
    return " ".join(w if w in ("of", "for", "and") else _cap(w) for w in text.split())


# --------------------------------------------------------------------------------------
# A Romanian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (posted title as translated (the role), the English rendering and the literal variant
#  (aliases), the Romanian title (`optional`), employer (printed, short), town and county,
#  what the firm does, duties (each naming a system or method, `optional`), requirements
#  (instruments in parentheses each), an advantage pair, authorisations (`optional`), the
#  ladder (apprentice, role, leader, head), moves in, lateral post and its shop, the other
#  title "for information", similar ad of the same title (Romanian, firm printed, short,
#  town), similar ad of another title (title, firm, town), sectors)
_BOARD = (
    ("Stacker driver", "forklift operator", "driver of stacker", "Stivuitorist",
     ("Danubius Logistic Park SRL", "Danubius Logistic Park"), ("Chitila", "jud. Ilfov"),
     "a logistics operator with 410 employees and 62,000 m2 of warehouses",
     (("loads and unloads trucks according to the list in the", "WMS"),
      ("moves pallets between racks by the", "FIFO method")),
     (("fork trucks", ("frontal forklift", "lateral forklift")), "handheld scanners"),
     ("inventory counting", "first aid"),
     ("ISCIR authorisation for forklifts", "Permis categoria B"),
     ("Apprentice stacker driver", "Warehouse Team Leader", "Warehouse Manager"),
     ("Picker", "Loader"), ("Reach Truck Operator", "the cold store"), "Warehouse Clerk",
     ("Stivuitorist depozit", "Vlăsia Cargo SA", "Vlăsia Cargo", "Otopeni"),
     ("Delivery Driver", "Rapid Colet SRL", "Popești-Leordeni"), ("Logistics", "Retail")),
    ("Electrician of maintenance", "maintenance electrician", "electrician for maintenance",
     "Electrician întreținere", ("Mureș Textil Tehnic SRL", "Mureș Textil Tehnic"),
     ("Târnăveni", "jud. Mureș"), "a producer of technical fabrics with 280 employees",
     (("keeps the installations in function according to the plan in", "SAP PM"),
      ("records the interventions in the shift book for", "TPM")),
     ("electrical schemes", ("measuring devices", ("multimeter", "clamp meter",
                                                   "megohmmeter"))),
     ("PLC programming", "frequency converters"),
     ("ANRE authorisation grade II", "Permis categoria B"),
     ("Apprentice electrician", "Energy Team Leader", "Chief Energetician"),
     ("Electrical Winder", "Installer"), ("Automation Technician", "the automation workshop"),
     "Mechanical Fitter",
     ("Electrician întreținere utilaje", "Sighișoara Fibre SA", "Sighișoara Fibre", "Sighișoara"),
     ("Weaver", "Ardeal Țesături SRL", "Reghin"), ("Textile industry", "Manufacturing")),
)


def _romanianmt(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A Romanian job board's posting through a translator: the skip link, the board's menu,
    the translator bar, breadcrumb, posting age, applicants and the contract line with the
    ad code (chrome), the title as translated (the role) with the English rendering and the
    literal variant in the body (aliases) and the Romanian title (`optional`), "4.800 - 5.600
    lei gross/month (approx. … lei net) + tichete de masă" (both bands the role's, the vouchers
    no pay), glued "Description of the job", duties naming systems (`optional`), requirements
    with instruments in parentheses (skills; authorisations `optional`), "We offer" (vouchers,
    spor de noapte, the 13th salary and transport no pay), the prose ladder "start as …, then
    become …, the best reach … and later …", figures "for information" (the other title's
    band, the leader's "from" floor: theirs), moves in and across, the site's average (the
    role's point in the town) and range (the role's band) with a one-sided quartile (no fact),
    similar jobs (the same title in Romanian: the role's figure and its firm an employer;
    another title's figure theirs and its firm `optional`) and "Industry:"; or a hotel
    operator's seasonal posting (:func:`_rohotel`)."""
    variant = _begin(rng, g, ("board", "hotel"))
    if variant == "hotel":
        return _rohotel(rng, g)
    (job, english, literal, romanian, (printed, short), (town, county), what, duties, needs,
     plus, papers, (apprentice, leader, head), came, (lateral, shop), other,
     (s_title, s_printed, s_short, s_town), (o_title, o_firm, o_town), sectors) = rng.choice(
        _BOARD)
    role = _titled(job)
    occupy(g, role, ladder=[apprentice, role, leader, head], moves_in=list(came),
           transitions=[lateral])
    _spell(g, _titled(english), _titled(literal))
    _legal(g, printed, short)
    _legal(g, s_printed, s_short)
    _facts(g, [*_skills(needs), *(_cap(p) for p in plus)], [], list(sectors),
           [romanian, s_title, *papers, o_firm, *(system for _, system in duties)])
    gross = (rng.randrange(4200, 4801, 100), rng.randrange(5300, 5901, 100))
    net = (int(round(gross[0] * 0.585 / 10) * 10), int(round(gross[1] * 0.585 / 10) * 10))
    _own(g, *gross, "RON", period="month")
    _own(g, *net, "RON", period="month")
    theirs = (gross[0] + rng.randrange(300, 501, 100), gross[1] + rng.randrange(400, 701, 100))
    _salary(g, *theirs, "RON", period="month", belongs_to=other)
    floor = gross[1] + rng.randrange(800, 1301, 100)
    _salary(g, floor, None, "RON", period="month", belongs_to=leader)
    average = int(_apart(g, net[1] + rng.randrange(300, 601, 50), 50))
    _salary(g, average, average, "RON", period="month", point=True, region=town)
    site = (int(_apart(g, net[0] + rng.randrange(100, 301, 100), 100)),
            int(_apart(g, gross[1] + rng.randrange(200, 501, 100), 100)))
    _own(g, *site, "RON", period="month")
    similar = int(_apart(g, gross[0] + rng.randrange(300, 601, 100), 100))
    _own(g, similar, similar, "RON", period="month")
    o_band = (int(_apart(g, gross[0] - rng.randrange(500, 701, 100), 100)),
              int(_apart(g, gross[0] + rng.randrange(100, 201, 100), 100)))
    _salary(g, *o_band, "RON", period="month", belongs_to=o_title)
    quartile = int(_no_pay(g, site[0] + 300, 50))
    vouchers = int(_no_pay(g, rng.choice((30, 35, 40)), 5))
    holiday = int(_no_pay(g, rng.choice((1200, 1450, 1600)), 50))
    board = rng.choice(("MunciAzi.ro", "PosturiBune.ro"))
    code = rng.randint(1000000, 9999999)
    g.must_not_appear += [board, "Show original", "Always translate Romanian", "Cod anunț",
                          "Salvează", "Aplică rapid", "Description of the job",
                          "tichete de masă", "vouchere de vacanță", "spor de noapte",
                          "13th salary", "transport decontat", f"Career at {short.upper()}",
                          "Similar jobs", "Report the ad"]
    return ["Skip to main content",
            f"{board}   Joburi | Angajatori | Salarii | Încarcă CV   Contul meu",
            "Google Translate   Translated from: Romanian   Show original   "
            "Always translate Romanian",
            f"Home › Jobs › {romanian} › {county.split()[-1]}",
            f"{job} (m/f) - {rng.choice(('day and night shifts', 'three shifts'))}",
            f"{printed.upper()} · {town}, {county} · Posted {rng.randint(2, 9)} days ago · "
            f"{rng.randint(15, 80)} applicants",
            f"Full time | Permanent | Entry level | Cod anunț: MA-{code}",
            f"{_dotted(gross[0])} - {_dotted(gross[1])} lei gross/month (approx. "
            f"{_dotted(net[0])} - {_dotted(net[1])} lei net) + tichete de masă {vouchers} "
            "lei/day",
            "Salvează   Aplică rapid   Distribuie",
            f"Description of the job{printed}, {what}, is looking for {_an(english)} "
            f"({_lower(romanian)}) for its site in {town}.",
            "Responsibilities:",
            *(f"- {text} {system};" for text, system in duties),
            "Requirements",
            f"• Qualification of {literal} (professional school) or course authorised",
            *(f"• Use of {_soft(_item(n))}" for n in needs),
            f"• {_cap(plus[0])} and {plus[1]} - constitutes an advantage",
            *(f"• {p}" for p in papers),
            "We offer",
            f"- Salariu brut: {_dotted(gross[0])} - {_dotted(gross[1])} lei/month",
            f"- tichete de masă {vouchers} lei for each day worked",
            f"- holiday vouchers (vouchere de vacanță) {_dotted(holiday)} lei/year",
            "- spor de noapte 25% and the 13th salary at Christmas",
            "- transport decontat or the company minibus",
            f"Career at {short.upper()}",
            f"Young people start as {apprentice} in the dual class, then become {job}, and the "
            f"best ones reach {leader} and later {head}. For information: {_an(other)} earns "
            f"with us {_dotted(theirs[0])} - {_dotted(theirs[1])} lei gross, and {_an(leader)} "
            f"from {_dotted(floor)} lei gross.",
            f"Colleagues came to us from the positions of {came[0]} and {came[1]}. Who wants "
            f"can pass to {shop} as {lateral}.",
            f"Salary statistics for \"{job}\"",
            f"Average salary in {town}: {_dotted(average)} lei net/month    Range on the site: "
            f"{_dotted(site[0])} - {_dotted(site[1])} lei",
            f"25% of the ads offer less than {_dotted(quartile)} lei net",
            "Similar jobs",
            f"{s_title} - {s_printed.upper()} ({s_town}) - {_dotted(similar)} lei gross",
            f"{o_title} - {o_firm.upper()}, {o_town} - {_dotted(o_band[0])} - "
            f"{_dotted(o_band[1])} lei gross",
            f"Industry: {', '.join(sectors)}",
            f"Report the ad | Terms | Politica de confidențialitate   © 2026 {board}"]


# (the role, its short name (an alias), the Romanian title (`optional`), operator (printed,
#  short), hotel (`optional`), its restaurant (never a name), resort and county, the
#  department, numbered tasks (each naming a system, `optional`), languages (required, two
#  at an advantage), the program and its kind, the kit item (parentheses each), soft skills,
#  the ladder's Romanian rung with its English title and the top rung, moves in, the lateral
#  post, central office town, statistics site (`optional`), sectors)
_HOTEL = (
    ("Spa Therapist", "Therapist", "Terapeut/ă spa", ("Valea Prahovei Resorts SA",
                                                      "Valea Prahovei Resorts"),
     "Hotel Cerbul Alb", "Bistro Bucegi", ("Sinaia", "Prahova"), "the spa",
     (("massages and body treatments from the spa menu, with the", "treatment cards"),
      ("bookings of the guests in the", "SpaSoft agenda")),
     ("English", "Russian", "German"), ("SpaSoft", "booking program"),
     ("massage techniques", ("Swedish massage", "lymphatic drainage")),
     ("discretion", "calm", "Physical endurance"),
     ("Șef de tură spa", "Spa Supervisor", "Spa Manager"),
     ("Fitness Instructor", "Beautician"), "Wellness Sales Agent", "Ploiești",
     "salarii-romania", ("Tourism", "Wellness")),
    ("Room Attendant", "Attendant", "Cameristă/Camerist hotel", ("Mangalia Sud Turism SA",
                                                                 "Mangalia Sud Turism"),
     "Hotel Albatros Neptun", "Terasa Doi Mai", ("Neptun", "Constanța"), "housekeeping",
     (("cleaning of the rooms by the list in the", "HotSoft app"),
      ("reporting of the lost objects in the", "lost and found register")),
     ("English", "German", "Italian"), ("HotSoft", "housekeeping app"),
     ("cleaning chemicals", ("dosing", "labelling")),
     ("thoroughness", "speed", "Physical resistance"),
     ("Guvernantă de etaj", "Floor Supervisor", "Head Housekeeper"),
     ("Kitchen Helper", "Laundry Worker"), "Minibar Attendant", "Constanța",
     "salarii-romania", ("Tourism", "HoReCa")),
)


def _rohotel(rng: random.Random, g: Guide) -> list[str]:
    """A Romanian hotel operator's seasonal posting through a translator: the translator bar,
    the operator's menu and breadcrumb, the Romanian title line with the contract and the ID
    (chrome), a glued "About us" paragraph (the hotel `optional`, the restaurant never a name),
    numbered tasks naming systems (`optional`), a glued "Job requirements" `;` line (languages
    required or an advantage, a program, a kit item with parentheses, soft skills: skills;
    experience `optional`), "Salary: N lei net/month (M lei brut), respectively about R lei
    brut/hour worked" (all three the role's; overtime no pay), "+" benefits (accommodation,
    meals, tips, an end-of-season bonus and holiday vouchers: no pay), moves in, the path in
    `→` with a Romanian rung and its English title, figures "for information" (theirs), a
    lateral post, the median and the "80% between" band (the role's, in the county), "Domain:"
    and a cut-off apply line."""
    (job, short, romanian, (printed, firm), hotel, terrace, (resort, county), dept, tasks,
     langs, (program, kind), kit, soft, (rung_ro, rung, top), came, lateral, office, site,
     sectors) = rng.choice(_HOTEL)
    occupy(g, job, ladder=[job, rung, top], moves_in=list(came), transitions=[lateral])
    _spell(g, short)
    _legal(g, printed, firm)
    _facts(g, [*langs, program, *_skills((kit,)), *(_cap(s) for s in soft)], [],
           [*sectors, "Hospitality"],
           [romanian, rung_ro, hotel, *(s for _, s in tasks), site, f"Experience in {dept}"])
    net = rng.randrange(3600, 4401, 50)
    gross = int(round(net / 0.585 / 10) * 10)
    hourly = round(gross / 173.9, 2)
    _own(g, net, net, "RON", period="month")
    _own(g, gross, gross, "RON", period="month")
    _own(g, hourly, hourly, "RON", period="hour")
    sup = net + rng.randrange(900, 1501, 100)
    _salary(g, sup, sup, "RON", period="month", belongs_to=rung)
    lat = net - rng.randrange(200, 401, 50)
    _salary(g, lat, lat, "RON", period="month", belongs_to=lateral)
    median = int(_apart(g, net - rng.randrange(350, 601, 50), 50))
    _own(g, median, median, "RON", period="month", point=True, region=county)
    band = (int(_apart(g, median - rng.randrange(500, 701, 100), 100)),
            int(_apart(g, net + rng.randrange(400, 701, 100), 100)))
    _own(g, *band, "RON", period="month", region=county)
    bonus = int(_no_pay(g, rng.choice((1200, 1500, 1800)), 100))
    vouchers = int(_no_pay(g, rng.choice((600, 800, 950)), 50))
    ref = f"{firm[:3].upper()}-{rng.randint(10, 99)}-{rng.randint(1, 9):02d}"
    stub = "Only the candidates retained will be call"
    g.must_not_appear += ["Microsoft Translator", "Show original", "Always translate",
                          "Posturi vacante", "About us", "Tasks of the post", "Job requirements",
                          "cazare gratuită", "bacșiș", "prima de sfârșit de sezon",
                          "vouchere de vacanță", "Your evolution with us", terrace, "overtime",
                          stub]
    return ["This page was translated from Romanian by Microsoft Translator  [Show original]  "
            "[Always translate]  [×]",
            f"{printed.upper()}  |  Hoteluri  Oferte  Cariere  Contact   RO | EN",
            f"Cariere › Posturi vacante › {dept.title()}",
            f"{job.lower().capitalize()} (f/m) - Season 2027 - {hotel}**** {resort}",
            f"{romanian} · {resort}, {county} · Determinate period 01.05 - 30.09 · Full normă",
            f"Published on: {rng.randint(10, 28)}.11.2026   ID: {ref}",
            f"About us{printed} operates {rng.randint(3, 7)} hotels in {county} and the "
            f"restaurant {terrace}. For the 2027 season we hire {rng.randint(4, 9)} "
            f"{_plural(_lower(job))} for {hotel}.",
            "Tasks of the post",
            *(f"{i}. {text} {system};" for i, (text, system) in enumerate(tasks, 1)),
            f"{len(tasks) + 1}. other tasks given by the head of {dept}.",
            f"Job requirementsCunoașterea limbii engleze ({langs[0]}) at a medium level; "
            f"{langs[1]} or {langs[2]} constitutes an advantage; {program} or another "
            f"{kind}; {_item(kit)}; {_cap(soft[0])} and {soft[1]}; {soft[2]}; Experience in "
            f"{dept} minimum one season - preferably.",
            "What we offer",
            f"Salary: {_dotted(net)} lei net/month ({_dotted(gross)} lei brut), respectively "
            f"about {_decimal_comma(hourly)} lei brut/hour worked; overtime paid with spor 75%",
            "+ cazare gratuită in the staff hostel",
            "+ 3 meals/day at the staff canteen",
            "+ bacșiș (tips) shared every week",
            f"+ prima de sfârșit de sezon {_dotted(bonus)} lei for who stays until 30.09",
            f"+ vouchere de vacanță {vouchers} lei",
            "Your evolution with us",
            f"Many colleagues started as {came[0]} or as {came[1]} and passed to {dept} after "
            f"the first season. The path in {dept}: {job} → {rung_ro} ({rung}) → {top}. For "
            f"information, {_an(rung)} receives {_dotted(sup)} lei net/month, and {_an(lateral)} "
            f"in the central office in {office} {_dotted(lat)} lei net/month. Who wants a "
            f"year-round job can pass to the {lateral} post.",
            f"How much does {_an(_lower(job))} earn in {county}?",
            f"According to {site} (Nov 2026): median {_dotted(median)} lei net/month; 80% "
            f"between {_dotted(band[0])} and {_dotted(band[1])} lei net.",
            f"Domain: {sectors[0]} / Hospitality ({sectors[1]})",
            f"Apply  |  Send the CV to cariere@{firm.split()[0].lower()}.ro with the subject "
            f"\"{ref}\". {stub}"]


# --------------------------------------------------------------------------------------
# An applicant-tracking system's job requisition
# --------------------------------------------------------------------------------------
# (ATS, the job profile (the role), abbreviation, business title, parent system
#  (`optional`), the hospital (employer), city, grade, the incumbent's promotion (up),
#  must-have items (tools in parentheses), a diploma (`optional`), nice-to-have items, a
#  certificate (`optional`), eligible titles (moves in), the career path, comparators
#  (the manager a year, the lead an hour), the people, the satellite site (`optional`),
#  industry)
_PRINT = (
    ("HireLoop", "Sterile Processing Supervisor", "SPD Supervisor",
     "Supervisor, Sterile Processing - Evenings", "Lakeshore Health Partners",
     "Lakeshore General Hospital", "Green Bay, WI", "S06", "SPD Manager",
     ("instrument decontamination", ("tray assembly", ("count sheets", "peel packs")),
      ("sterilizer loads", ("steam", "low-temperature")), ("tracking software", ("SPM",)),
      "staff scheduling"),
     "High school diploma",
     ("Spanish", "loaner tray logistics"), "CRCST certification",
     ("SPD Lead Technician", "Sterile Processing Technician", "Surgical Instrument Porter"),
     ("Sterile Processing Technician", "SPD Lead Technician", "Sterile Processing Supervisor",
      "SPD Manager", "Director of Perioperative Services"),
     ("Rhonda Kasprzak", "Terrence Boyle", "Aiyana Redcloud", "tboyle"),
     "De Pere Surgery Center", "Healthcare - Hospital"),
    ("StaffTrack ATS", "Food and Nutrition Supervisor", "FNS Supervisor",
     "Supervisor, Patient Dining - Days", "Cumberland Valley Health",
     "Cumberland Valley Medical Center", "Hagerstown, MD", "S05", "Food Services Manager",
     ("tray line supervision", ("diet orders", ("texture-modified diets", "allergen flags")),
      ("food safety", ("HACCP logs",)), ("menu software", ("CBORD",)), "staff scheduling"),
     "High school diploma",
     ("Spanish", "retail cafe operations"), "ServSafe Manager certification",
     ("Cook Lead", "Diet Clerk", "Patient Ambassador"),
     ("Food Service Worker", "Cook Lead", "Food and Nutrition Supervisor",
      "Food Services Manager", "Director of Hospitality Services"),
     ("Gareth Mbeki-Lowe", "Shannon Tice", "Luis Abrego", "stice"),
     "Williamsport Outpatient Campus", "Healthcare - Hospital"),
)


def _atsreq(rng: random.Random, g: Guide, area: str) -> list[str]:
    """An ATS requisition's print view: the module's breadcrumb and "Print / Export", page
    numbers, Req ID, status, posting type, job code, the hiring manager, recruiter and HR
    partner (people), org, department, cost center and worker type (chrome), the job profile
    with its abbreviation and the business title (aliases), the parent system on "Company:"
    (`optional`), the hospital on "Location:" (the employer), a backfill whose incumbent was
    promoted (an up move), "Compensation Range: Minimum $N/hr | Midpoint | Maximum" (the
    role's band and point at its grade), location and shift differentials and a sign-on bonus
    (no pay), "Industry:", the position summary, must-have and nice-to-have lists (tools in
    parentheses each; the diploma and certificate `optional`), internal posting rules naming
    eligible titles (moves in), the `>` career path, "Comparators:" (theirs), the approval
    trail and posting channels (chrome); or an export (:func:`_atsexport`)."""
    variant = _begin(rng, g, ("print", "export"))
    if variant == "export":
        return _atsexport(rng, g)
    (ats, job, abbr, business, parent, hospital, city, grade, promoted, must, diploma, nice,
     cert, eligible, path, (manager, recruiter, partner, login), satellite,
     industry) = rng.choice(_PRINT)
    lead = path[1]
    occupy(g, job, ladder=list(path), leads=[promoted], moves_in=list(eligible))
    _spell(g, abbr, business.split(" - ")[0])
    _facts(g, [*_skills(must), *(_cap(n) for n in nice)], [hospital], [industry],
           [parent, diploma, cert, satellite])
    low = round(rng.uniform(20.5, 23.5), 2)
    high = round(low * rng.uniform(1.45, 1.5), 2)
    mid = round((low + high) / 2, 2)
    _own(g, low, high, "USD", period="hour", level=grade)
    _own(g, mid, mid, "USD", period="hour", point=True, level=grade)
    mgr = (_whole(rng, 60, 68, 100), _whole(rng, 92, 100, 100))
    _salary(g, *mgr, "USD", belongs_to=promoted)
    lead_band = (round(low - rng.uniform(3.5, 4.5), 2), round(low + rng.uniform(1.5, 2.5), 2))
    _salary(g, *lead_band, "USD", period="hour", belongs_to=lead)
    shift = _no_pay(g, rng.choice((1.75, 2.0, 2.5)), 0.25)
    bonus = int(_no_pay(g, rng.choice((1500, 2000, 3000)), 500))
    req = f"R-00{rng.randint(10000, 99999)}"
    g.must_not_appear += [ats, "Requisitions", "Print / Export", "REQUISITION DETAIL", req,
                          "Approved - Open", manager, recruiter, partner, login,
                          "Shift Differential", "Sign-on Bonus", "Location Differential",
                          "APPROVAL TRAIL", "MUST-HAVE QUALIFICATIONS", "NICE-TO-HAVE",
                          "INTERNAL POSTING RULES", "CONFIDENTIAL - FOR INTERNAL USE ONLY"]
    return [f"{ats}  >  Requisitions  >  {req}  >  Print / Export (PDF)",
            "REQUISITION DETAIL" + " " * 40 + "Page 1 of 2",
            f"Req ID: {req}        Status: Approved - Open        Posting Type: Internal & "
            "External",
            f"Job Profile: {job} ({abbr})        Job Code: {rng.randint(6000, 8999)}",
            f"Business Title: {business}",
            f"Hiring Manager: {manager}        Recruiter: {recruiter}        HR Partner: "
            f"{partner}",
            f"Department: {rng.randint(70000, 89999)} {' '.join(job.split()[:-1])} | "
            f"Company: {parent}",
            f"Location: {hospital} - Main Campus, {city}",
            "Worker Type: Regular | Time Type: Full time | FTE: 1.0 | Openings: 1",
            f"Reason for Requisition: Backfill - replacement of {job} (incumbent promoted to "
            f"{promoted} {rng.randint(1, 12)}/{rng.randint(1, 28)}/2026)",
            f"Grade: {grade}        Pay Plan: Non-exempt hourly        FLSA: Non-exempt",
            f"Compensation Range:   Minimum ${low:.2f}/hr   |   Midpoint ${mid:.2f}/hr   |   "
            f"Maximum ${high:.2f}/hr",
            f"Location Differential: main campus 1.00 | {satellite} 0.96",
            f"Shift Differential: ${shift:.2f}/hr evenings (not included in range)",
            f"Sign-on Bonus: ${bonus:,} (paid after 90 days)",
            f"Industry: {industry}",
            "POSITION SUMMARY",
            f"Leads the {business.split(' - ')[-1].lower()} team, assigns work, audits quality "
            f"and reports to the {promoted}.",
            "MUST-HAVE QUALIFICATIONS",
            *(f"- {_item(n)}" for n in must),
            f"- {diploma} or GED",
            "NICE-TO-HAVE",
            f"- {cert}",
            *(f"- {_cap(n)}" for n in nice),
            "INTERNAL POSTING RULES",
            f"Eligible internal applicants: {'; '.join(eligible)}. Employees on a final "
            "written warning are not eligible.",
            "JOB ARCHITECTURE - CAREER PATH (reference)",
            " > ".join(path),
            f"Comparators: {promoted} (S09) ${mgr[0]:,} - ${mgr[1]:,}/yr | {lead} (H04) "
            f"${lead_band[0]:.2f} - ${lead_band[1]:.2f}/hr",
            "APPROVAL TRAIL",
            f"1. Submitted - {manager} (Hiring Manager) - 10/2{rng.randint(0, 9)}/2026",
            "2. Approved - Finance / Position Control - 10/30/2026",
            f"3. Approved - Compensation ({partner}) - 11/02/2026",
            "Posting channels: Internal career site; Indeed; LinkedIn",
            f"CONFIDENTIAL - FOR INTERNAL USE ONLY        Printed by {login} 11/0"
            f"{rng.randint(3, 9)}/2026        Page 2 of 2"]


# (university, the position title's base (the role), the level word, working title's
#  department, grade and the lower level's grade, an office the incumbent moved to and the
#  title there (lateral), must-have (degree `optional`; items), nice-to-have (a degree and
#  a membership `optional`; items), eligible titles (moves in), the not-eligible title
#  (`optional`), the progression (after the role), people, the satellite (`optional`),
#  sector)
_EXPORT = (
    ("Harlow Plains State University", "Financial Aid Counselor", "Student Financial Services",
     (61, 59), ("Bursar's Office", "Student Accounts Specialist"),
     ("Bachelor's degree", ("need analysis", ("verification", ("ISIR corrections",)),
                            "PeopleSoft Campus Solutions", "Title IV regulations",
                            "loan counseling")),
     ("Master's in Student Affairs", "NASFAA membership", ("Spanish", "PowerFAIDS")),
     ("Admissions Counselor", "Registrar Specialist", "Student Accounts Representative"),
     "Work-Study Student Assistant",
     ("Senior Financial Aid Counselor", "Assistant Director of Financial Aid",
      "Director of Financial Aid"),
     ("Dr. Marisol Fenwick", "Curtis Oyelaran", "R. Haldane", "kwilcox"), "Westfield Campus",
     "Higher education"),
    ("Coastal Ridge Community College", "Grants Accountant", "Office of Sponsored Programs",
     (57, 55), ("Controller's Office", "Payroll Accountant"),
     ("Bachelor's degree in accounting", ("grant budgets", ("effort reporting",
                                                           ("time and effort certifications",)),
                                          "Uniform Guidance", "Banner Finance",
                                          "account reconciliations")),
     ("CPA license", "NCURA membership", ("Excel", "Power BI")),
     ("Staff Accountant", "Accounts Payable Specialist", "Budget Analyst"),
     "Student Worker",
     ("Senior Grants Accountant", "Assistant Controller", "Controller"),
     ("Patrice Valdivia", "Howard Ng", "D. Okonjo", "tbrandt"), "North Harbor Center",
     "Higher education"),
)


def _atsexport(rng: random.Random, g: Guide) -> list[str]:
    """A university's requisition exported as a "Field | Value" table: the export line and
    its user, requisition number and status, position number, classification, department,
    funding, the hiring manager and search chair (people), interview plan, approval path and
    posting sites (chrome), the position title with its level and the working title
    (aliases), a backfill whose incumbent moved to another office as a title (lateral), the
    salary structure "Minimum | Midpoint | Maximum" (the role's band and point at its grade),
    a proposed hiring range (the role's), a location differential in percent and benefits
    (no pay), "Who may apply internally" (the lower level `optional`, titles moves in, one
    "not eligible" `optional`), must-have and nice-to-have cells (items skills; degrees and
    memberships `optional`), the progression "X (I, II) > …" (a ladder), "Comparison" cells
    (the Senior rung's band theirs, the lower level's band the role's at that level) and the
    sector in the notes."""
    (university, job, dept, (grade, low_grade), (office, moved_to), (degree, must),
     (master, member, nice), eligible, not_eligible, rungs, (manager, chair, incumbent, login),
     satellite, sector) = rng.choice(_EXPORT)
    occupy(g, job, ladder=[job, *rungs], moves_in=list(eligible), transitions=[moved_to])
    _spell(g, f"{job} II")
    _facts(g, [*_skills(must), *nice], [university], [sector],
           [f"{job} I", not_eligible, degree, master, member, satellite, office])
    low = _whole(rng, 44, 50, 100)
    high = low + _whole(rng, 17, 20, 100)
    mid = (low + high) // 2 // 100 * 100
    _own(g, low, high, "USD", level=f"Grade {grade}")
    _own(g, mid, mid, "USD", point=True, level=f"Grade {grade}")
    hiring = (int(_apart(g, low + _whole(rng, 1, 2, 500), 500)),
              int(_apart(g, mid - _whole(rng, 1, 2, 500), 500)))
    _own(g, *hiring, "USD")
    senior = (int(_apart(g, low + _whole(rng, 7, 9, 100), 100)),
              int(_apart(g, high + _whole(rng, 10, 12, 100), 100)))
    _salary(g, *senior, "USD", belongs_to=rungs[0])
    lower = (int(_apart(g, low - _whole(rng, 4, 5, 100), 100)),
             int(_apart(g, high - _whole(rng, 6, 7, 100), 100)))
    _own(g, *lower, "USD", level=f"{job} I")
    waiver = _no_pay(g, rng.choice((6, 9)), 1)
    percent = int(_no_pay(g, rng.choice((3, 4, 5)), 1))
    req = f"26-STA-0{rng.randint(1000, 9999)}"
    g.must_not_appear += ["HR Recruiting Module", login, "Requisition Number", req,
                          "Pending Approval", manager, chair, incumbent, "Budget Office",
                          "Location Differential", "tuition waiver", "HigherEdJobs", "Field",
                          "Value"]
    return [f"{university} - HR Recruiting Module (export)   Exported 2026-11-"
            f"{rng.randint(10, 28)} 09:1{rng.randint(0, 9)} by {login}",
            "Field | Value",
            f"Requisition Number | {req}",
            "Requisition Status | Pending Approval (step 2 of 4)",
            f"Position Title | {job} II",
            f"Working Title | {job} - {dept}",
            f"Position Number | 00{rng.randint(100000, 999999)}",
            f"Classification | Staff - Professional (Exempt) | Grade {grade}",
            f"Department | {dept}",
            f"Campus | Main Campus; 1 day/week at {satellite}",
            f"Hiring Manager | {manager}",
            f"Search Chair | {chair}",
            f"Requisition Type | Backfill - replaces {job} II ({incumbent}, moved to the "
            f"{office} as {moved_to})",
            f"Salary Structure | Minimum {low:,} | Midpoint {mid:,} | Maximum {high:,} "
            "(annual, USD)",
            f"Proposed Hiring Range | {hiring[0]:,} - {hiring[1]:,} (new hires normally below "
            "midpoint)",
            f"Location Differential | {satellite} assignment: +{percent}% while assigned",
            f"Benefits Eligible | Yes - tuition waiver {waiver} credits/term, state retirement",
            f"Who may apply internally | {job} I (minimum 1 year) ; "
            + " ; ".join(eligible) + f" ; {not_eligible} not eligible",
            f"Must-Have | {degree} ; " + " ; ".join(_item(n) for n in must),
            f"Nice-to-Have | {master} ; {member} ; " + " ; ".join(nice),
            f"Job Family Progression | {job} (I, II) > " + " > ".join(rungs),
            f"Comparison | {rungs[0]} (Grade {grade + 2}): {senior[0]:,} - {senior[1]:,} | "
            f"{job} I (Grade {low_grade}): {lower[0]:,} - {lower[1]:,}",
            "Interview Plan | Phone screen (HR) ; panel (Search Chair + 2 staff) ; exercise",
            f"Approval Path | 1 Hiring Manager - {manager} - APPROVED 11/12 ; 2 Budget Office "
            "- PENDING ; 3 HR Classification & Comp - not started",
            "Posting Sites | Careers site ; HigherEdJobs ; LinkedIn",
            f"Notes | Sector: {sector} (public). Reports to the {rungs[1]}."]


# --------------------------------------------------------------------------------------
# A staff bank's or relief pool's recruitment page
# --------------------------------------------------------------------------------------
# (trust, its hospitals (`optional`), the shift app (chrome), the bank post (the role), its
#  abbreviation, band, the wards, duties (techniques, `optional` tasks), certificates
#  (`optional`), what you need (skills), moves in, the rates table's rows (band, title),
#  the course and university to the top rung (`optional`), charity number)
_TRUST = (
    ("Wyvern Coast Hospitals NHS Foundation Trust", ("Wyvern General Hospital",
                                                     "Seaton Cross Community Hospital"),
     "RotaHop", "Mental Health Support Worker", "MHSW", 3,
     "the acute admission wards, the psychiatric intensive care unit and the crisis house",
     (("physical health observations", ("NEWS2",)), "therapeutic observation",
      "de-escalation", ("breakaway techniques", ("PMVA",)), "activity groups"),
     ("escorting patients to appointments", "bed-making"),
     ("Care Certificate", "Level 3 in Health and Social Care"),
     ("resilience", "active listening", ("electronic records", ("RiO",))),
     ("Care Workers", "Prison Officers", "Youth Workers"),
     ((2, "Ward Housekeeper"), (4, "Assistant Practitioner"),
      (5, "Registered Mental Health Nurse")),
     ("Nursing degree apprenticeship", "University of Exeter"), "1162209"),
    ("Holmebrook Teaching Hospitals NHS Trust", ("Holmebrook Royal Infirmary",
                                                 "Calder Vale Treatment Centre"),
     "ShiftNest", "Phlebotomist", "Phleb", 3,
     "the outpatient phlebotomy hub, the wards and the GP-led community clinics",
     (("venepuncture", ("vacutainer",)), "capillary sampling", "blood culture collection",
      ("specimen labelling", ("Order Comms",)), "patient identification"),
     ("stocking the clinic trolleys", "courier runs"),
     ("Care Certificate", "Phlebotomy certificate"),
     ("a steady hand", "customer care", ("laboratory system", ("iLab",))),
     ("Care Workers", "Pharmacy Dispensers", "Paramedic Students"),
     ((2, "Healthcare Assistant"), (4, "Cannulation Practitioner"),
      (5, "Biomedical Scientist")),
     ("Healthcare Science degree apprenticeship", "University of Bradford"), "1149960"),
)


def _staffbank(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A hospital trust's "Join the Bank" page: the trust's menu, breadcrumb, apply and handbook
    buttons, the shift app, "Why join our bank?", FAQ "+" lines, "Was this page helpful?" and
    the charity footer (chrome), "Join the Bank: X (ABBR)" (the abbreviation and the bank title
    aliases), a glued "What is the Staff Bank?Our…" paragraph (the hospitals `optional`), duties
    with techniques and tools in parentheses (skills; tasks `optional`), what you need
    (certificates `optional`, skills), "We welcome" (moves in), a pipe rates table "Band | Bank
    role | Hourly rate" (the role's row its own at its band, the others theirs), unsocial
    hours and 12.07% holiday pay (no pay), "Where it can lead" (up moves; the apprenticeship
    and university `optional`); or a council's relief pool (:func:`_reliefpool`)."""
    variant = _begin(rng, g, ("bank", "relief"))
    if variant == "relief":
        return _reliefpool(rng, g)
    (trust, hospitals, app, job, abbr, band, wards, duties, tasks, certs, needs, came, rows,
     (course, uni), charity) = rng.choice(_TRUST)
    (b_low, low_title), (b_up, up_title), (b_top, top_title) = rows
    occupy(g, job, leads=[up_title, top_title], moves_in=[low_title, *(_single(c)
                                                                      for c in came)])
    _spell(g, abbr, f"Bank {job}")
    _facts(g, [*_skills(duties), *_skills(needs)], [trust], [],
           [*hospitals, *(_cap(t) for t in tasks), *certs, course, uni, "DBS"])
    rate = round(rng.uniform(12.9, 13.6), 2)
    own = (rate, round(rate + rng.uniform(0.55, 0.75), 2))
    _own(g, *own, period="hour", level=f"Band {band}")
    theirs = {low_title: (round(rate - rng.uniform(0.45, 0.6), 2),) * 2,
              up_title: (round(own[1] + rng.uniform(0.4, 0.6), 2),
                         round(own[1] + rng.uniform(1.3, 1.6), 2)),
              top_title: (round(own[1] + rng.uniform(2.5, 3.0), 2),) * 2}
    for title, (lo, hi) in theirs.items():
        _salary(g, lo, hi, "GBP", period="hour", belongs_to=title)
    g.must_not_appear += ["Work for us", "Staff Bank", "Apply now on TRAC", app,
                          "What is the Staff Bank?", "About the role", "What you need",
                          "Unsocial hours", "Holiday pay", "weekly pay", "Why join our bank?",
                          "Where it can lead", "FAQs", "Was this page helpful?",
                          f"Registered charity {charity}"]

    def money(title: str) -> str:
        lo, hi = theirs[title]
        return f"£{lo:.2f}" if lo == hi else f"£{lo:.2f} - £{hi:.2f}"

    return [trust,
            "Home | Our hospitals | Work for us | Staff Bank | Contact us        A-Z  |  "
            "Accessibility",
            "Work for us > Staff Bank > Bank roles",
            f"Join the Bank: {job} ({abbr})",
            "Choose your shifts. Weekly pay. A team that knows your name.",
            "[ Apply now on TRAC ]   [ Download the bank handbook (PDF) ]",
            f"What is the Staff Bank?Our Staff Bank covers short-term gaps on {wards} at "
            f"{hospitals[0]} and {hospitals[1]}. You hold a bank contract with no guaranteed "
            f"hours and book shifts in the {app} app.",
            "About the role",
            f"As a bank {job} (Band {band}) you will:",
            *(f"* {_soft(_item(d))}" for d in duties),
            f"* {tasks[0]} and {tasks[1]}",
            "What you need",
            f"* {certs[0]} or {certs[1]}",
            f"* {_cap(_soft(_item(needs[0])))} and {_soft(_item(needs[1]))}; "
            f"{_soft(_item(needs[2]))}",
            f"We welcome {', '.join(came[:-1])} and {came[-1]} who meet the criteria above, "
            f"and {_plural(low_title)} ready for a Band {band} role.",
            "Bank pay rates 2026/27 (per hour, weekday days)",
            "Band | Bank role | Hourly rate",
            f"Band {b_low} | {low_title} | {money(low_title)}",
            f"Band {band} | {job} | £{own[0]:.2f} - £{own[1]:.2f}",
            f"Band {b_up} | {up_title} | {money(up_title)}",
            f"Band {b_top} | {top_title} (newly qualified) | {money(top_title)}",
            "Unsocial hours: nights and Saturdays time plus 30%, Sundays and bank holidays "
            "double time. Holiday pay is accrued at 12.07% of hours worked. NHS Pension on "
            "request.",
            "Why join our bank?",
            "- weekly pay", "- free mandatory training", "- priority over agency shifts",
            "Where it can lead",
            f"Many bank {abbr}s move to substantive posts; some have become {up_title} (Band "
            f"{b_up}) or started the {course} with the {uni} to become {_an(top_title)}.",
            "FAQs",
            "+ Can I join the bank if I already work here?",
            "+ Do I need a DBS?",
            "Was this page helpful? Yes / No",
            f"{trust}. Registered charity {charity}. Privacy | Cookies"]


def _single(plural: str) -> str:
    """A title from its plural on the page ("Care Workers" → "Care Worker")."""
    return plural[:-1]


# (council, its service (printed, abbreviation), the relief post's base (the role), the
#  grade and SCP points, kinds of site, duties in prose (equipment skills), a certificate
#  (`optional`), what we look for, desirable item (`optional`), the comparison rows (the
#  relief lower post with grade and SCP, the post above with grade), the route (the role
#  third), sideways posts, kitchens or places they come from (`optional`) and titles (moves
#  in), sectors, the storyteller, the related jobs)
_RELIEF = (
    ("WOLDSHIRE COUNTY COUNCIL", ("Woldshire Library Service", "WLS"), "Library Assistant",
     (3, "SCP 6-7"), "38 libraries and two mobile libraries",
     (("library management system", ("Spydus",)), "shelving to Dewey order",
      "rhyme-time sessions", "cash handling"),
     "Safeguarding Level 1",
     ("customer service", "digital help for the public", "reliability"), "Able to drive",
     (("Relief Library Helper", 2, "SCP 3"), ("Library Supervisor", 5)),
     ("Library Helper", "Customer Service Assistant", "Library Assistant",
      "Library Supervisor", "Area Library Manager"),
     ("Archives Assistant", "Registration Officer"),
     ("bookshops and cafes", ("Bookseller", "Barista")),
     ("Local government", "Public libraries"), "Dev", ("Relief Cleaner",
                                                       "Casual Events Steward")),
    ("ASHFORTH METROPOLITAN BOROUGH COUNCIL", ("Ashforth School Premises Service", "ASPS"),
     "Site Caretaker", (4, "SCP 8-9"), "71 schools and four youth centres",
     (("intruder alarms", ("Texecom panels",)), "floor scrubber-driers", "boiler checks",
      "minor repairs"),
     "Asbestos awareness certificate",
     ("health and safety", "working at height", "flexibility"), "Able to drive",
     (("Relief Cleaner", 2, "SCP 3"), ("Premises Manager", 6)),
     ("Cleaner", "Assistant Caretaker", "Site Caretaker", "Premises Manager",
      "Area Facilities Officer"),
     ("Grounds Maintenance Operative", "Porter"),
     ("hotels and leisure centres", ("Maintenance Handyman", "Leisure Attendant")),
     ("Local government", "Education facilities"), "Marek", ("Relief Kitchen Assistant",
                                                             "Casual Crossing Patroller")),
)


def _reliefpool(rng: random.Random, g: Guide) -> list[str]:
    """A council's relief-pool page: the council's header with search and sign-in, breadcrumb,
    "Apply online", reference and rolling recruitment line (chrome), "Relief X - join the
    <service> relief pool" (the relief titles aliases; the service and the council employers,
    the service's abbreviation `optional`), "Grade N, SCP a-b: £x - £y per hour" (the role's
    at its grade), holiday pay, mileage and an enhanced rate (no pay), "(For comparison: …)"
    (theirs), duties in prose (equipment skills), a glued "Is it for you?We look for:" `;`
    list (certificates and driving `optional`), "The usual route" with `->` (a ladder),
    sideways moves, "We take people from" (places `optional`, titles moves in), what you get
    (no pay), "Sector:", a story (the teller never a name) and a cut-off related-jobs strip."""
    (council, (service, svc), job, (grade, scp), sites, duties, cert, look, drive,
     ((low_title, low_grade, low_scp), (up_title, up_grade)), route, sideways,
     (places, titles), sectors, teller, related) = rng.choice(_RELIEF)
    occupy(g, job, ladder=list(route), moves_in=list(titles), transitions=list(sideways))
    _spell(g, f"Relief {job}")
    _facts(g, [*_skills(duties), *(_cap(s) for s in look)], [service, _council(council)],
           list(sectors), [svc, cert, drive, low_title, places.split(" and ")[0]])
    low = round(rng.uniform(12.6, 13.4), 2)
    own = (low, round(low + rng.uniform(0.18, 0.3), 2))
    _own(g, *own, period="hour", level=f"Grade {grade} {scp}")
    theirs_low = round(low - rng.uniform(0.25, 0.4), 2)
    _salary(g, theirs_low, theirs_low, "GBP", period="hour", belongs_to=low_title)
    up = (round(own[1] + rng.uniform(0.9, 1.2), 2), round(own[1] + rng.uniform(1.6, 1.9), 2))
    _salary(g, *up, "GBP", period="hour", belongs_to=up_title)
    stub = f"Related jobs: {related[0]} | {related[1]} | {up_title} (Area N"
    g.must_not_appear += ["Search this site", "Sign in", "Relief and casual work",
                          "Apply online", "rolling recruitment", "Relief pay", "holiday pay",
                          "mileage", "enhanced rate", "free meal", "Local Government Pension "
                          "Scheme", "Stories from the pool", teller, *related,
                          "Is it for you?", "Where you could go", stub]
    return [f"{council}            Search this site   Q        Sign in | My account",
            f"Home > Jobs and careers > Relief and casual work > Relief Pool - {svc}",
            f"Relief {job} - join the {service} relief pool",
            f"{service} ({svc}) runs {sites} across the {_council(council).split()[-2].lower()}. "
            "Our relief pool covers sickness, training and holidays of permanent staff.",
            f"Apply online   |   Ref: {svc}/RP/0{rng.randint(100, 999)}   |   Closing: rolling "
            "recruitment   |   Relief (casual) - no guaranteed hours",
            "Relief pay",
            f"Grade {grade}, {scp}:  £{own[0]:.2f} - £{own[1]:.2f} per hour",
            "plus holiday pay at 12.07% of hours worked; mileage at 45p per mile between sites "
            "(own car); enhanced rate x1.5 for Sunday work",
            f"(For comparison: {low_title}, Grade {low_grade} {low_scp} - £{theirs_low:.2f} per "
            f"hour; {up_title}, Grade {up_grade} - £{up[0]:.2f} - £{up[1]:.2f} per hour, "
            "permanent posts only.)",
            f"What a relief {_lower(job)} does",
            f"Typical work: {_run(duties, ', ')} - wherever you are needed that week. You "
            "hear the evening before where to go.",
            f"Is it for you?We look for:{cert} (we can train you);"
            + ";".join(_cap(s) for s in look) + f";{drive} - desirable",
            "Where you could go",
            f"The usual route at {svc}: {' -> '.join(route)}. Relief staff are first in line "
            f"for permanent posts, and several have moved sideways to become {sideways[0]} or "
            f"{sideways[1]}.",
            f"We take people from {places} ({', '.join(titles)}) and parents who have "
            "volunteered in their local school.",
            "What you get",
            "- choose the days you are available", "- free meal on long shifts",
            "- Local Government Pension Scheme",
            f"Sector: {' | '.join(sectors)}",
            "Stories from the pool",
            f"\"Relief got me my first permanent post within a year.\" - {teller}, {up_title}",
            stub]


def _council(printed: str) -> str:
    """A council's name as running text prints it ("WOLDSHIRE COUNTY COUNCIL" → "Woldshire
    County Council")."""
    return printed.title()


# --------------------------------------------------------------------------------------
# An executive-search candidate pack for one senior appointment
# --------------------------------------------------------------------------------------
# (institution (the employer), the post (the role), its short form (an alias), the search
#  firm (`optional`), the welcome letter's signatory and title, campuses, the line manager
#  and direct reports (`optional`), the previous holder's appointment (up) and where, past
#  holders' posts (lateral) and where, a named strategy (`optional`), essential items
#  (tools in parentheses), desirable items, the membership line (`optional`), the deputy's
#  post and the example title (moves in), sources (`optional`), the search firm's people,
#  sector)
_UNIVERSITY = (
    ("University of Ashcombe", "Director of Library and Archive Services",
     "University Librarian", "Greyfriars Executive Search",
     ("Professor Idris Calloway", "Vice-Chancellor"), ("Ashcombe", "Wrenfield"),
     ("Provost", ("Head of Academic Liaison", "Head of Special Collections",
                  "Digital Services Manager", "Collections Manager")),
     ("Chief Information Officer", "a research-intensive university"),
     ("Director of Collections", "the national museums"), "Library Strategy 2027-2032",
     ("strategic leadership of library services", "collection management",
      ("library systems", ("Alma", "Primo")), "open research", "copyright",
      "budget management"),
     ("digital preservation", "archive accreditation"), "Fellowship of CILIP",
     ("Deputy Librarian", "Head of Research Services"),
     ("national libraries", "publishers", "the museum sector"),
     ("Harriet Osei", "Callum Drury"), "Higher education"),
    ("Kingsmead Institute of Technology", "Director of Finance and Planning",
     "Director of Finance", "Marlowe Partners Search",
     ("Professor Annika Strand", "President and Vice-Chancellor"), ("Kingsmead", "Eastholt"),
     ("Registrar", ("Head of Financial Accounting", "Head of Management Accounts",
                    "Procurement Manager", "Planning Manager")),
     ("Chief Financial Officer", "a national research council"),
     ("Director of Resources", "further education colleges"), "Financial Sustainability Plan",
     ("financial strategy", "statutory accounts", "treasury management",
      ("finance systems", ("Agresso", "Power BI")), "audit committee reporting",
      "team leadership"),
     ("capital financing", "pension scheme valuations"), "Chartered accountancy (ICAEW, ACCA or "
                                                         "CIMA)",
     ("Deputy Director of Finance", "Financial Controller"),
     ("the NHS", "housing associations", "the private sector"),
     ("Oliver Penhaligon", "Ruth Adeyemi"), "Higher education"),
)


def _candidatepack(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A search firm's candidate pack for a university post: the cover (institution, "Appointment
    of", the post, "Candidate Information Pack" with a reference, the search firm `optional`),
    contents with dot leaders and page numbers, running headers "Appointment of X | Candidate
    Pack N", the welcome letter and its signatory (chrome), the post with its short form in
    parentheses (an alias), "reports to" and direct reports (`optional`, no moves), "became
    vacant when the previous … was appointed Y" (an up move), "past directors have moved on to
    Z posts" (lateral), numbered responsibilities (a named strategy `optional`), the person
    specification's essential and desirable items (skills, tools in parentheses each; the
    membership `optional`), "We anticipate interest from serving …" (the role's own title no
    move; the deputy's post and the example title moves in; sources `optional`), "Salary:
    circa £a - £b" (the role's), pension, relocation, leave and parking (no pay), "For
    reference" (the deputy's grade band theirs), the timetable and the firm's contacts
    (chrome); or an academy trust's pack (:func:`_trustpack`)."""
    variant = _begin(rng, g, ("university", "trust"))
    if variant == "trust":
        return _trustpack(rng, g)
    (uni, job, short, firm, (signatory, vc), campuses, (boss, reports), (promoted, where),
     (lateral, lat_where), strategy, essential, desirable, member, (deputy, example), sources,
     people, sector) = rng.choice(_UNIVERSITY)
    occupy(g, job, leads=[promoted], moves_in=[deputy, example], transitions=[lateral])
    _spell(g, short)
    _facts(g, [*_skills(essential), *(_cap(d) for d in desirable)], [uni], [sector],
           [firm, boss, *reports, strategy, member.split(" (")[0],
            *(s.removeprefix("the ") for s in sources)])
    low = _whole(rng, 105, 125, 1000)
    band = (low, low + _whole(rng, 8, 14, 1000))
    _own(g, *band)
    dep = (_whole(rng, 64, 70, 100), _whole(rng, 78, 84, 100))
    _salary(g, *dep, "GBP", belongs_to=deputy)
    relocation = int(_no_pay(g, rng.choice((7500, 8000, 10000)), 500))
    ref = f"{firm[:1]}{firm.split()[1][:1]}-{rng.randint(2600, 2699)}"
    header = f"Appointment of {job} | Candidate Pack"
    pages = (3, 4, 6, 8, 9, 10)
    heads = ("Welcome from the " + vc, "About the University", "The Role",
             "Person Specification", "Remuneration and Terms", "Timetable and How to Apply")
    g.must_not_appear += ["Candidate Information Pack", "Contents", heads[0], heads[1],
                          heads[3], heads[4], heads[5], signatory, *people, "USS",
                          "Relocation", "Closing date", ref, "Candidate Pack"]
    return [uni.upper(), "Appointment of", job, f"Candidate Information Pack      Ref: {ref}",
            firm, "Contents",
            *(f"{h} {'.' * (58 - len(h))} {p}" for h, p in zip(heads, pages, strict=True)),
            f"{header}{' ' * 22}{pages[0]}", heads[0],
            f"Thank you for your interest in this role. Our two campuses in {campuses[0]} and "
            f"{campuses[1]} ...",
            f"{signatory}, {vc}",
            f"{header}{' ' * 22}{pages[2]}", "The Role",
            f"The {job} ({short}) leads a team of {rng.randint(90, 260)} staff. The post "
            f"reports to the {boss} and sits on the University Leadership Team.",
            f"Direct reports: {'; '.join(reports)}.",
            f"The post became vacant when the previous {short} was appointed {promoted} at "
            f"{where}. Past holders have also moved on to {lateral} posts in {lat_where}.",
            "Key responsibilities",
            f"1. Develop and deliver the {strategy}.",
            "2. Lead the directorate through a period of change.",
            "3. Represent the University with partners and regulators.",
            f"{header}{' ' * 22}{pages[3]}", "Person Specification", "Essential",
            *(f"- {_item(e)}" for e in essential),
            "Desirable", *(f"- {_cap(d)}" for d in desirable), f"- {member}",
            f"- Experience of the {sector.lower()} sector",
            f"We anticipate interest from serving {_plural(short)}, {_plural(deputy)} at larger "
            f"institutions and senior leaders from {_prose_list(sources)} (for example "
            f"{_an(example)}).",
            f"{header}{' ' * 22}{pages[4]}", "Remuneration and Terms",
            f"Salary: circa £{band[0]:,} - £{band[1]:,} per annum, depending on experience",
            "Pension: USS (employer contribution 14.5%)",
            f"Relocation: up to £{relocation:,} in line with University policy",
            "Also: 30 days' annual leave plus closure days; car parking; cycle to work scheme",
            f"For reference, the {deputy} post is paid on Grade 9 (£{dep[0]:,} - £{dep[1]:,}).",
            f"{header}{' ' * 21}{pages[5]}", "Timetable and How to Apply",
            f"Closing date: noon, Monday {rng.randint(4, 25)} January 2027",
            f"Apply with a CV and a supporting statement quoting {ref}. For a confidential "
            f"conversation contact {people[0]}, Partner, or {people[1]}, Researcher.",
            f"{firm} is acting as an employment agency advisor to the {uni} on this "
            "appointment."]


# (trust (the employer), the post (the role), its short form (an alias), the school
#  (`optional`), town, motto, the retiring holder, the CEO, the accountable bodies and the
#  posts line-managed (`optional`), qualifications (`optional`, E or D), the titles of
#  "successful leadership as a A or B" (moves in), skills rows (E or D, tools in
#  parentheses), the pay scale (label, points), the other posts' pay (title, points), the
#  growth ladder (ending at the role), the next post (up) and the central post (lateral),
#  the HR contact, sectors)
_TRUSTPACK = (
    ("Aire Valley Schools Partnership", "Executive Headteacher", "Executive Head",
     "Moorside and Lowfold Primary Academies", "Shipley", "\"Learning together, growing "
     "together\"", "Mr D. Harraway", "Sunita Oakes",
     (("Deputy Chief Executive", "the Local Governing Committees"),
      ("two Heads of School", "the SENDCo", "the Trust Business Partner")),
     (("Qualified Teacher Status", "E"), ("NPQH", "E"), ("NPQEH (or working towards)", "D")),
     ("Headteacher", "Head of School"),
     (("School improvement across more than one school", "E"),
      (("Curriculum design", ("Kapow", "Maths Hub materials")), "E"),
      ("Safeguarding leadership", "E"), ("Financial management of schools", "E"),
      ("Coaching leaders", "D")),
     ("ISR", (27, 33)), (("Headteacher", (18, 24)), ("Deputy Headteacher", (9, 13))),
     ("Class Teacher", "Deputy Headteacher", "Headteacher", "Executive Headteacher"),
     ("Director of Education", "School Improvement Adviser"), "Bethan Lowry",
     ("Education", "Primary schools")),
    ("Severn Meadows Academy Trust", "Chief Financial Officer", "CFO",
     "Severn Meadows Central Office", "Worcester", "\"Every pupil, every day\"", "Mr P. Lindqvist",
     "Dr Ayesha Rahman",
     (("Chief Executive", "the Audit and Risk Committee"),
      ("the Head of Finance Operations", "the Payroll Lead", "the Estates Lead")),
     (("CCAB qualification", "E"), ("Academy Trust Handbook training", "D")),
     ("Finance Director", "School Business Manager"),
     (("Budget forecasting", "E"), (("Finance systems", ("PS Financials", "Excel")), "E"),
      ("Statutory accounts", "E"), ("Payroll oversight", "E"), ("Estates funding bids", "D")),
     ("Central team scale", (46, 50)), (("Trust Finance Manager", (34, 38)),
                                        ("School Business Manager", (25, 29))),
     ("Finance Officer", "School Business Manager", "Trust Finance Manager",
      "Chief Financial Officer"),
     ("Chief Operating Officer", "Academy Finance Adviser"), "Gareth Pym",
     ("Education", "Academy trusts")),
)


def _trustpack(rng: random.Random, g: Guide) -> list[str]:
    """An academy trust's recruitment pack: the trust, the post in capitals, the school and
    town, the pack line, the motto, "Inside this pack:", the trust paragraph, the retiring
    holder, the CEO's letter, key dates and how to apply (chrome), "The X (Short)" (an alias),
    the accountable bodies and the posts line-managed (`optional`), a dotted "… E/D" person
    specification (qualifications `optional`, "Successful leadership as a A or B" moves in,
    the other rows skills with tools in parentheses), the pay range with its points (the
    role's at that range), relocation, pension and the assistance programme (no pay), "(For
    information: …)" (the other posts' ranges theirs), "Growing leaders" with `->` (a ladder),
    "go on to become" (up) and "join the central team as" (lateral) and "Sector:"."""
    (trust, job, short, school, town, motto, retiring, ceo, (bodies, managed), quals, came,
     rows, (scale, (p_low, p_high)), others, ladder, (nxt, central), hr, sectors) = rng.choice(
        _TRUSTPACK)
    occupy(g, job, ladder=list(ladder), leads=[nxt], moves_in=list(came),
           transitions=[central])
    _spell(g, short)
    skills = [s for row, _ in rows for s in _skills((row,))]
    _facts(g, skills, [trust], list(sectors),
           [school, *(b.removeprefix("the ") for b in bodies),
            *(m.removeprefix("the ").removeprefix("two ") for m in managed),
            *(q.split(" (")[0] for q, _ in quals)])

    def pay(points: tuple[int, int]) -> tuple[int, int]:
        low = 40_000 + points[0] * 1_450 + rng.randrange(0, 400, 10)
        return low, low + (points[1] - points[0]) * 2_050 + rng.randrange(0, 300, 10)

    own = pay((p_low, p_high))
    label = f"{scale} L{p_low} - L{p_high}" if scale == "ISR" else f"{scale} points {p_low} - " \
                                                                  f"{p_high}"
    _own(g, *own, level=label)
    theirs = []
    for title, pts in others:
        band = pay(pts)
        _salary(g, *band, "GBP", belongs_to=title)
        theirs.append((title, pts, band))
    relocation = int(_no_pay(g, rng.choice((3000, 5000, 6000)), 500))
    g.must_not_appear += ["Recruitment Pack", motto.strip('"'), "Inside this pack",
                          "A letter from our CEO", retiring, ceo, hr, "Relocation package",
                          "Employee assistance programme", "KEY DATES", "HOW TO APPLY",
                          "PERSON SPECIFICATION", "E = essential", "D = desirable"]
    spec = [*((q, m) for q, m in quals),
            (f"Successful leadership as a {came[0]} or {came[1]}", "E"),
            *((_item(r), m) for r, m in rows)]
    info = "; ".join(f"{_plural(t)} in the Trust are paid L{a} - L{b}, £{lo:,} - £{hi:,}"
                     if scale == "ISR" else
                     f"{_plural(t)} are on points {a} - {b}, £{lo:,} - £{hi:,}"
                     for t, (a, b), (lo, hi) in theirs)
    return [trust, job.upper(), f"{school}, {town}",
            f"Recruitment Pack - {rng.choice(('April', 'September'))} 2027 start", motto,
            "Inside this pack: A letter from our CEO - Our Trust - The role - Person "
            "specification - Pay and benefits - Key dates - How to apply",
            f"{trust} is a multi-academy trust of {rng.randint(8, 22)} academies. We are "
            f"looking for our next {job} to succeed {retiring}, who retires in July 2027.",
            "A letter from our CEO",
            f"Dear colleague ... Yours, {ceo}, Chief Executive Officer",
            "THE ROLE",
            f"The {job} ({short}) is accountable to the {bodies[0]} and {bodies[1]}. The "
            f"{short} line manages {_prose_list(managed)}.",
            "PERSON SPECIFICATION" + " " * 24 + "E = essential  D = desirable",
            *(f"{text} {'.' * max(3, 66 - len(text))} {mark}" for text, mark in spec),
            "PAY AND BENEFITS",
            f"Pay range: {label} (£{own[0]:,} - £{own[1]:,})",
            f"Relocation package up to £{relocation:,} | Pension scheme | Employee assistance "
            "programme",
            f"(For information: {info}.)",
            "GROWING LEADERS",
            f"Many of our leaders grew within the Trust, usually {' -> '.join(ladder)}. "
            f"{_plural(short)} can go on to become {_an(nxt)} or join the central team as "
            f"{_an(central)}.",
            "KEY DATES",
            f"Visits: {rng.randint(5, 15)} January 2027 (book with {hr}) | Closing date: 26 "
            "January 2027",
            "HOW TO APPLY",
            "Apply on the Trust's careers portal with the application form and a letter.",
            f"Sector: {sectors[0]} - {sectors[1].lower()}",
            f"{trust}, a company limited by guarantee | Privacy notice"]


# --------------------------------------------------------------------------------------
# A humanitarian emergency roster's profile for one surge function
# --------------------------------------------------------------------------------------
# (agency (the employer), its short name, profile code and area, the role, aliases (the
#  first with its surge context), the level titles (team leader, coordinator), tasks
#  (name, a detail in parentheses (`optional`) or None), the monitoring tool, the degree
#  (`optional`), required items, languages (required, desirable two, an asset), courses
#  (`optional`), grades (own, coordinator's), moves in (plural titles), lateral posts,
#  standby partners (employers), the DSA town (never a name), sectors)
_NGO = (
    ("Harbourside Relief International", "HRI", ("SHL-02", "Shelter"), "Shelter Officer",
     ("Shelter Delegate", "Emergency Shelter Officer"),
     ("Shelter Team Leader", "Shelter Coordinator"),
     (("rapid shelter assessments", None), ("shelter kit distributions", "tarpaulins and "
                                                                         "fixings"),
      ("collective centre site planning", None), ("cash for rent", None),
      ("build back safer training", None)), "KoboCollect",
     "Degree in architecture, civil engineering or equivalent",
     ("settlement planning", "Sphere shelter standards", "bill of quantities",
      "report writing"),
     ("English", ("French", "Spanish"), "Arabic"),
     ("HRI Surge Induction", "HEAT", "Shelter in Emergencies e-learning"), ("I-5", "I-7"),
     ("Site Engineers", "Architects", "Construction Managers"),
     ("Settlement Planner", "Cash and Voucher Officer"), ("UNHCR", "IOM", "UN-Habitat"),
     "Maiduguri", ("Humanitarian aid", "Shelter and settlements")),
    ("Frontline Aid Alliance", "FAA", ("CVA-04", "Cash"), "Cash Transfer Officer",
     ("Cash Delegate", "CVA Officer"),
     ("Cash Transfer Team Leader", "Cash and Markets Coordinator"),
     (("market assessments", "rapid market analysis"), ("beneficiary registration", None),
      ("mobile money transfers", None), ("post-distribution monitoring", None),
      ("feedback and complaints handling", None)), "RedRose",
     "Degree in economics, finance or equivalent",
     ("financial service provider contracting", "data protection", "reconciliations",
      "report writing"),
     ("English", ("French", "Arabic"), "Swahili"),
     ("FAA Surge Induction", "SSAFE", "Cash in Emergencies e-learning"), ("I-4", "I-6"),
     ("Bank Officers", "Microfinance Loan Officers", "Social Workers"),
     ("Livelihoods Officer", "Social Protection Officer"), ("WFP", "UNICEF", "UNHCR"),
     "Dollo Ado", ("Humanitarian aid", "Cash and voucher assistance")),
)


def _humroster(rng: random.Random, g: Guide, area: str) -> list[str]:
    """An NGO's emergency-roster profile: the header with DONATE, breadcrumb, profile code,
    roster status with counts, "Apply to join the roster", share and print links, the charity
    number and the photo caption (chrome), the role "(Emergency Response Roster)", "Also
    deployed as: A (… surge) | B" (aliases), glued "Deployment levelsLevel 1 - Team Member:
    deploys as X …" lines (a ladder; the levels' bare names chrome), deployment tasks in `;`
    items (skills; details in parentheses `optional`), required items (the degree
    `optional`), languages (skills), courses (`optional`), the international grade and "Salary
    band: USD a - b per month net" (the role's at its grade), DSA, hardship pay and R&R (no
    pay), "For comparison" (the coordinator's band theirs), who joins (moves in), "move on to
    a … post, or across to …" (lateral), standby partners (employers) and "Sector:"; or a
    network's "::" profile (:func:`_rosternetwork`)."""
    variant = _begin(rng, g, ("ngo", "network"))
    if variant == "network":
        return _rosternetwork(rng, g)
    (agency, _abbr, (code, unit), job, (called, other), (leader, coordinator), tasks, tool,
     degree, required, (lang, (want_a, want_b), asset), courses, (grade, c_grade), came,
     laterals, partners, town, sectors) = rng.choice(_NGO)
    occupy(g, job, ladder=[job, leader, coordinator], moves_in=[_single(c) for c in came],
           transitions=list(laterals))
    _spell(g, called, other)
    _facts(g, [*(_cap(t) for t, _ in tasks), tool, *(_cap(r) for r in required), lang, want_a,
               want_b, asset], [agency, *partners], list(sectors),
           [degree, *(d for _, d in tasks if d), *courses, "Red Cross Movement"])
    low = rng.randrange(3900, 4401, 50)
    own = (low, low + rng.randrange(900, 1201, 50))
    _own(g, *own, "USD", period="month", level=grade)
    theirs = (own[1] + rng.randrange(800, 1201, 50), own[1] + rng.randrange(1900, 2301, 50))
    _salary(g, *theirs, "USD", period="month", belongs_to=coordinator)
    dsa = int(_no_pay(g, rng.randrange(110, 180, 1), 1))
    hardship = int(_no_pay(g, rng.choice((25, 30, 35)), 1))
    g.must_not_appear += ["Who we are", "Get involved", "DONATE", "Roster profiles",
                          "ROSTER PROFILE", code, "Roster status", "Deployment levels",
                          "Team Member", "Daily subsistence allowance", "DSA", "Hardship pay",
                          "R&R", "Apply to join the roster", town]
    task_text = "; ".join(f"{t} ({d})" if d else t for t, d in tasks)
    return [f"{agency}  |  Who we are  What we do  Emergencies  Get involved  Careers  DONATE",
            f"Careers > Emergency Response Roster > Roster profiles > {unit}",
            f"ROSTER PROFILE  {code}",
            f"{job} (Emergency Response Roster)",
            f"Also deployed as: {called} (Red Cross Movement surge) | {other}",
            f"Roster status: OPEN until {rng.randint(1, 28)} Mar 2027   |   Members on roster: "
            f"{rng.randint(20, 80)}   |   Deployments in 2026: {rng.randint(6, 30)}",
            f"Deployment levelsLevel 1 - Team Member: deploys as {job} under a team leader, "
            "4-8 weeks.",
            f"Level 2 - Team Leader: leads a team of national staff as {leader}, 2-3 months.",
            f"Level 3 - Coordinator: {coordinator} for a country response, 3-6 months.",
            "Members move up a level after two deployments and a positive review.",
            "What you will do on deployment",
            f"{_cap(task_text)}; monitoring with {tool}.",
            "Required",
            f"- {degree}",
            *(f"- {_cap(r)}" for r in required[:-1]),
            f"- {_cap(required[-1])} in {lang}",
            f"Languages: {lang} (fluent) required; {want_a} or {want_b} highly desirable; "
            f"{asset} an asset.",
            f"Courses before your first deployment: {'; '.join(courses)}.",
            "Conditions",
            f"International grade: {grade} (P-3 equivalent for loans to UN partners)",
            f"Salary band: USD {own[0]:,} - {own[1]:,} per month net, paid for the deployment "
            "period only",
            f"Daily subsistence allowance (DSA) at UN rates, e.g. USD {dsa} per day in {town}",
            f"Hardship pay: USD {hardship} per day in category D and E duty stations",
            "Rest and recuperation (R&R) every 8 weeks; flights, visa and insurance arranged",
            f"For comparison, {_an(coordinator)} (Level 3, grade {c_grade}) is paid USD "
            f"{theirs[0]:,} - {theirs[1]:,} per month.",
            "Who joins this roster",
            f"{', '.join(came)} and national staff of our country programmes. After several "
            f"missions some members move on to {_an(coordinator)} post, or across to "
            f"{laterals[0]} or {laterals[1]} roles with partner agencies.",
            "Standby partners",
            f"Roster members are loaned to {_prose_list(partners)} for up to 6 months.",
            f"Sector: {' | '.join(sectors)}",
            "[ Apply to join the roster ]   Share   Print",
            f"{agency} is a registered charity ({rng.randint(1000000, 1199999)}). Photo: a "
            f"distribution in {town}."]


# (network, its roster (name, abbreviation), code, the role, the contract title and the
#  partners' names (aliases), levels (national, team leader, coordinator), missions
#  (`optional`), technical items (tools in parentheses), soft items, languages (required,
#  two for regions, an asset), training (`optional`), sources (`optional`) and titles
#  (moves in), the post they go on to (up), lateral posts, the cluster lead and the other
#  agencies (employers), the cluster (`optional`), sectors)
_NETWORK = (
    ("Emergency Data Network", ("Information Management Surge Roster", "IMSR"), "IM-FLD",
     "Information Management Officer", ("Information Management Officer (Field)",
                                        ("IMO", "Data Officer")),
     ("Data Assistant", "Information Management Team Leader",
      "Information Management Coordinator"),
     ("3W mapping", "displacement tracking dashboards", "needs assessment analysis"),
     ("data cleaning", ("GIS mapping", ("QGIS", "ArcGIS")), ("dashboards", ("Power BI",)),
      ("survey design", ("KoboToolbox", "ODK")), ("Excel", ("pivot tables", "Power Query"))),
     ("attention to detail", "working under pressure", "training others"),
     ("English", ("French", "Arabic"), "Spanish"),
     ("IM Surge Induction", "HEAT or SSAFE", "Data responsibility e-learning"),
     "national statistics offices", ("GIS Analyst", "Statistician", "Database Developer"),
     "Head of Information Management", ("Data Protection Officer", "Monitoring Specialist"),
     ("OCHA", ("UNHCR", "IOM", "Save the Children")), "Humanitarian Clusters",
     ("humanitarian information management", "emergency response")),
    ("Relief Connectivity Network", ("Emergency Telecoms Standby Roster", "ETSR"), "ETC-FLD",
     "Emergency Telecommunications Officer", ("ICT Officer (Field)",
                                              ("Telecoms Officer", "ICT Specialist")),
     ("ICT Assistant", "Telecoms Team Leader", "Emergency Telecoms Coordinator"),
     ("common operational area connectivity", "security communications centres",
      "radio room set-up"),
     ("VSAT installation", ("radio networks", ("VHF", "HF")), "satellite phones",
      ("network administration", ("Cisco", "Ubiquiti")), ("power systems", ("solar",
                                                                          "generators"))),
     ("problem solving", "working under pressure", "user training"),
     ("English", ("French", "Spanish"), "Portuguese"),
     ("ETC Responder Induction", "HEAT or SSAFE", "Radio operator e-learning"),
     "telecoms companies and the military", ("Network Engineer", "Radio Technician",
                                             "IT Support Analyst"),
     "ICT Manager", ("Cyber Security Officer", "Logistics Officer"),
     ("WFP", ("UNICEF", "IFRC", "World Vision")), "Emergency Telecommunications Cluster",
     ("humanitarian telecommunications", "emergency response")),
)


def _rosternetwork(rng: random.Random, g: Guide) -> list[str]:
    """A supply or data network's standby-roster profile with "::" fields: the network's
    header, log-in and language links, breadcrumb, profile code and the level's bare name
    (chrome), "Title on contract:" and "Known at partners as" (aliases), "Levels: 1 A
    (national surge) > 2 X > 3 Y > 4 Z" (a ladder), typical missions (`optional`), technical
    and soft skills in `;` items (tools in parentheses each), languages (skills), mandatory
    training (`optional`), a pipe "Level | Grade | Salary band" table (the national row
    unpaid, the role's P-2 band its own, the higher levels' theirs), post adjustment, DSA,
    hardship, danger pay and R&R (no pay), "WHO APPLIES" (sources `optional`, titles moves
    in; "gone on to" up, "moved across to" lateral), "DEPLOYS TO ::" (the agencies employers,
    the cluster `optional`), "sector ::" and a cut-off roster rule."""
    (network, (roster, rabbr), code, job, (contract, known), (national, leader, coordinator),
     missions, technical, soft, (lang, (reg_a, reg_b), asset), training, sources, came, up,
     laterals, (lead_agency, agencies), cluster, sectors) = rng.choice(_NETWORK)
    occupy(g, job, ladder=[national, job, leader, coordinator], leads=[up], moves_in=list(came),
           transitions=list(laterals))
    _spell(g, contract, *known)
    _facts(g, [*_skills(technical), *(_cap(s) for s in soft), lang, reg_a, reg_b, asset],
           [network, lead_agency, *agencies], list(sectors),
           [*(_cap(m) for m in missions), *training, _cap(sources), cluster])
    own = (_whole(rng, 66, 72, 100), _whole(rng, 90, 96, 100))
    _own(g, *own, "USD", level="P-2")
    lead_band = (own[0] + _whole(rng, 11, 14, 100), own[1] + _whole(rng, 15, 19, 100))
    _salary(g, *lead_band, "USD", belongs_to=leader)
    coord = (lead_band[0] + _whole(rng, 15, 18, 100), lead_band[1] + _whole(rng, 18, 22, 100))
    _salary(g, *coord, "USD", belongs_to=coordinator)
    danger = int(_no_pay(g, rng.choice((1650, 1730, 1810)), 10))
    stub = "Members inactive for 24 months are removed unless they confir"
    g.must_not_appear += ["Log in", "Register", "Functional profiles", code, "Responder",
                          "TECHNICAL SKILLS", "SOFT SKILLS", "MANDATORY TRAINING",
                          "GRADE AND PAY", "Post adjustment", "DSA", "danger pay", "R&R",
                          "WHO APPLIES", "DEPLOYS TO", stub]
    return [f"{rabbr} | {network} - {roster} ({rabbr})",
            "Log in   Register   Vacancies   Roster   Training   Partners   FAQ   EN | FR | ES",
            f"Roster > Functional profiles > {code}",
            f"{job.upper()} :: profile {code} :: surge deployments 4 weeks to 6 months",
            f"Title on contract: {contract}. Known at partners as {job}, {known[0]} or "
            f"{known[1]}.",
            f"Deployment level :: 2 of 4 (Responder). Levels: 1 {national} (national surge) > "
            f"2 {job} > 3 {leader} > 4 {coordinator}",
            f"Typical missions :: {'; '.join(missions)}.",
            "TECHNICAL SKILLS (required)",
            "; ".join(_soft(_item(t)) for t in technical),
            "SOFT SKILLS", "; ".join(soft),
            f"LANGUAGES :: {lang} required (C1) :: {reg_a} or {reg_b} required for regional "
            f"rosters :: {asset} an asset",
            f"MANDATORY TRAINING :: {' | '.join(training)}",
            "GRADE AND PAY (international deployees)",
            "Level | Grade | Salary band (USD, gross per year)",
            f"{national} | NO-A (national) | paid at country office scale",
            f"{job} | P-2 | {own[0]:,} - {own[1]:,}",
            f"{leader} | P-3 | {lead_band[0]:,} - {lead_band[1]:,}",
            f"{coordinator} | P-4 | {coord[0]:,} - {coord[1]:,}",
            f"Post adjustment, DSA, hardship allowance, danger pay USD {danger:,} per month and "
            "R&R are paid on top and are not part of the band.",
            "WHO APPLIES",
            f"Most {rabbr} members came from {sources}: {', '.join(came)}. From the roster, "
            f"members have gone on to {up} posts, or moved across to {laterals[0]} and "
            f"{laterals[1]} roles.",
            f"DEPLOYS TO :: {lead_agency}-led {cluster} operations, {', '.join(agencies)}",
            f"sector :: {' / '.join(sectors)}",
            f"Roster reviewed every 24 months. {stub}"]


# --------------------------------------------------------------------------------------
# A national trade-testing page for one trade
# --------------------------------------------------------------------------------------
# (the trade (the role), aliases, trade code, who hires certified artisans, the moves after
#  Grade I (up, lateral, and the instructor post), syllabus modules (`optional`) with their
#  items (tools in parentheses), the wage order's other category, the employers named, the
#  kinds of employer (`optional`), sectors)
_AUTHORITY = (
    ("Plumber", ("Pipe Fitter", "Plumbing Artisan"), "PLB/BLD-03",
     "water companies, building contractors and county works departments",
     ("Plumbing Foreman", "Water Meter Inspector", "Trade Instructor"),
     (("Pipework", ("PPR pipe welding", ("pipe threading", ("pipe threader",)))),
      ("Sanitary fittings", ("WC installation", "shower mixers")),
      ("Drainage", ("drain laying", "septic tanks")),
      ("Supply systems", ("storage tanks", "booster pumps")),
      ("Workshop practice", ("reading building drawings", "pressure testing"))),
     "General Labourer", ("Athi Water Services Ltd", "Kilele Builders Ltd",
                          "Jamii Housing Co-operative"),
     ("Water companies", "Building contractors"), ("Building and construction", "Water supply")),
    ("Welder", ("Welder Fabricator", "Metal Fabricator"), "WLD/MTL-11",
     "steel fabricators, boatyards and county workshops",
     ("Fabrication Foreman", "Welding Inspector", "Trade Instructor"),
     (("Arc welding", ("SMAW", "MIG welding", "TIG welding")),
      ("Gas welding", ("oxy-acetylene cutting", "brazing")),
      ("Fabrication", ("sheet metal layout", "gate and grille making")),
      ("Measurement", ("reading fabrication drawings", ("measuring", ("vernier calipers",
                                                                      "try squares"))))),
     "Machine Attendant", ("Mabati Steelworks Ltd", "Pwani Boatyard", "Savanna Trailers Ltd"),
     ("Steel fabricators", "Boatyards"), ("Metal fabrication", "Manufacturing")),
)
_AREAS = ("Nairobi, Mombasa, Kisumu, Nakuru", "Other municipalities", "All other areas")


def _tradetest(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A national training authority's trade-test page: the authority's header and menu,
    breadcrumb, the trade code, test centres, downloads, the test calendar and the copyright
    (chrome), "also called" names (aliases), a glued "Grade structureGrade III: …" list (the
    grades and the test `optional`), the moves after Grade I (the Master Craftsman test
    `optional`; up, lateral and the instructor post), syllabus modules (`optional`) with `;`
    items (skills, tools in parentheses each), test fees (no pay), a wage order's pipe table
    of three artisan grades by area (the role's at each grade, each column a region) with
    another category's row (theirs), "In practice … pay Grade I …s KSh a - b a month" (the
    role's at Grade I in Nairobi), housing allowance and overtime (no pay), employers named
    "e.g." (their kinds `optional`) and "Sector:"; or a skills blog (:func:`_tradeblog`)."""
    variant = _begin(rng, g, ("authority", "blog"))
    if variant == "blog":
        return _tradeblog(rng, g)
    (job, called, code, hirers, (up, lateral, teacher), modules, other, employers, kinds,
     sectors) = rng.choice(_AUTHORITY)
    occupy(g, job, leads=[up], transitions=[lateral, teacher])
    _spell(g, *called)
    skills = [s for _, items in modules for s in _skills(items)]
    order = "Regulation of Wages (General) (Amendment) Order 2026"
    _facts(g, skills, list(employers), list(sectors),
           ["Government Trade Test", "GTT", "Grade III", "Grade II", "Grade I",
            # (fresh57) "… and county governments.": a kind of employer, `optional` as the
            # family's other kinds are (the stop-54 sectors convention allows either)
            "Master Craftsman test", *(m for m, _ in modules), *kinds, "county governments",
            order,
            "Artisan Grade III", "Artisan Grade II", "Artisan Grade I"])
    rows = []
    base = rng.randrange(19000, 20501, 10)
    for step, grade in enumerate(("III", "II", "I")):
        top = base + step * rng.randrange(3000, 4501, 10)
        row = (top, int(top * 0.926 // 10 * 10), int(top * 0.649 // 10 * 10))
        for value, where in zip(row, _AREAS, strict=True):
            _own(g, value, value, "KES", period="month", level=f"Artisan Grade {grade}",
                 region=where)
        rows.append((f"Artisan Grade {grade}", row))
    o_top = int(_apart(g, base + rng.randrange(1500, 2501, 10), 10))
    o_row = (o_top, int(_apart(g, o_top * 0.925 // 10 * 10, 10)),
             int(_apart(g, o_top * 0.637 // 10 * 10, 10)))
    for value, where in zip(o_row, _AREAS, strict=True):
        _salary(g, value, value, "KES", period="month", belongs_to=other, region=where)
    practice = (_whole(rng, 40, 48, 1000), _whole(rng, 65, 75, 1000))
    _own(g, *practice, "KES", period="month", level="Grade I", region="Nairobi")
    fees = [int(_no_pay(g, v, 100)) for v in (rng.randrange(2500, 3001, 100),
                                              rng.randrange(3600, 4101, 100),
                                              rng.randrange(4900, 5501, 100))]
    resit = int(_no_pay(g, rng.randrange(1200, 1601, 100), 100))
    g.must_not_appear += ["National Industrial Training Authority", "Trade Testing Services",
                          "Downloads", code, "Test centres", "Who should sit the test",
                          "Grade structure", "Test fees", "KCB", "M-Pesa",
                          "housing allowance", "overtime", "Test calendar 2027",
                          "All rights reserved"]
    fee_line = " | ".join(f"Grade {gr}: KSh {f:,}" for gr, f in zip(("III", "II", "I"), fees,
                                                                     strict=True))
    return ["NITA | National Industrial Training Authority - Trade Testing Services",
            "Home  About  Trade Testing  Industrial Attachment  Levy  Downloads  Contacts  |  "
            "Search...",
            f"Home / Trade Testing / Trades / {job}",
            f"{job.upper()} - GOVERNMENT TRADE TEST (GTT) GRADES III, II AND I",
            f"Trade code: {code} | Syllabus revised 2025 | Test centres: Nairobi, Mombasa, "
            "Kisumu, Eldoret + accredited private centres",
            "Who should sit the test",
            f"The Government Trade Test certifies artisans who learnt the trade on the job or in "
            f"vocational training centres. {_cap(hirers)} ask for it when they hire "
            f"{_an(_lower(job))} (also called {_an(called[0])} or {_an(called[1])}).",
            f"Grade structureGrade III: entry level, {rng.randint(2, 3)} years' practice or a "
            "VTC course; practical test and theory paper.",
            "Grade II: holders of Grade III with 2 further years in the trade.",
            "Grade I: holders of Grade II with 2 further years; includes planning the job.",
            f"Holders of Grade I may go on to sit the Master Craftsman test, and many become "
            f"{up} or {lateral}, or instruct as {_an(teacher)} at a VTC.",
            "Syllabus (practical items)",
            *(f"* {m}: {'; '.join(_soft(_item(i)) for i in items)}" for m, items in modules),
            "Test fees 2026/27 (per candidate, payable at any KCB branch or via M-Pesa)",
            f"{fee_line} | Re-sit of one paper: KSh {resit:,}",
            f"What certified {_plural(_lower(job))} earn",
            f"The {order} sets the minimum basic monthly wage (housing allowance excluded):",
            f"Category | {' | '.join(_AREAS)}",
            *(f"{name} | {' | '.join(f'KSh {v:,}' for v in row)}" for name, row in rows),
            f"{other} | {' | '.join(f'KSh {v:,}' for v in o_row)}",
            f"In practice the larger firms in Nairobi pay Grade I {_plural(_lower(job))} KSh "
            f"{practice[0]:,} - {practice[1]:,} a month. Housing allowance (15% of basic) and "
            "overtime are paid on top.",
            f"Who employs certified {_plural(_lower(job))}",
            f"{kinds[0]} and {kinds[1].lower()} (e.g. {', '.join(employers)}) and county "
            "governments.",
            f"Sector: {'; '.join(s.lower() for s in sectors)}",
            f"Download: GTT application form (PDF) | Syllabus {code} (PDF) | Test calendar 2027",
            "(c) National Industrial Training Authority. All rights reserved."]


# (blog, the trade (the role), aliases, the trade's name at the centres, the author, the
#  practical piece, items tested (tools in parentheses), the ladder's top rung, the moves
#  out (post, what they do), employers, kinds of employer (sectors), industry, commenters)
_BLOG = (
    ("SkillsNaija Blog", "Carpenter", ("Joiner", "Woodworker"), "Carpentry and Joinery",
     "Tunde A.", "a panelled door with its frame",
     ("reading building drawings", "timber selection", "setting out", "mortise and tenon joints",
      "roof trusses", ("power tools", ("circular saw", "router")), "wood finishing",
      "estimating materials"),
     "Works Supervisor (Carpentry)", (("Furniture Maker", "open their own workshop"),
                                     ("Woodwork Teacher", "teach in a technical college")),
     ("Benue Timber Works Ltd", "Lekki Interiors Ltd", "Kano State Housing Corporation"),
     ("Construction", "Furniture making"), "construction and furniture", ("Ngozi", "Admin")),
    ("ArtisanWatch NG", "Electrician", ("Electrical Installer", "Wireman"),
     "Electrical Installation", "Halima B.", "a two-way lighting circuit with a distribution "
                                            "board",
     ("conduit wiring", "surface wiring", "distribution boards", "earthing",
      ("testing and inspection", ("insulation tester", "multimeter")), "cable sizing",
      "reading electrical drawings", "safe isolation"),
     "Works Supervisor (Electrical)", (("Solar Installer", "set up solar businesses"),
                                      ("Electrical Instructor", "teach in a technical college")),
     ("Ogun Power Installations Ltd", "Harmony Estates Ltd", "Enugu State Water Corporation"),
     ("Construction", "Solar energy"), "building services", ("Emeka", "Admin")),
)


def _tradeblog(rng: random.Random, g: Guide) -> list[str]:
    """A skills blog on a trade test: the site's menu, the author line with the comment count,
    "Sponsored Links", the table of contents, "READ ALSO", "Leave a Reply" and the commenters
    (chrome), "also called" (aliases), a glued "What is the trade test?The …" paragraph (the
    ministry, the centres and the certificate `optional`), grades and requirements (the
    grades `optional`), fees "N15,000" (no pay), "You will be tested on:" `;` items (skills,
    tools in parentheses each), civil-service pay "Grade III - GL 04 (N… per month)" (the
    role's at each grade), the Senior rung's "about N…" (the role's at that level) and the
    Chief rung's (theirs), a private band (the role's), the minimum wage and allowances (no
    pay), the `->` progression, moves out, employers and "Industry:" and a cut-off reply."""
    (blog, job, called, centre, author, piece, tested, top, outs, employers, sectors, industry,
     (asker, admin)) = rng.choice(_BLOG)
    ladder = [f"Apprentice {job}", job, f"Senior {job}", f"Chief {job}", top]
    occupy(g, job, ladder=ladder, transitions=[o for o, _ in outs])
    _spell(g, *called)
    # (fresh57) "Industry: building services." names an industry, a sector by the stop-54
    # convention (set 40's tailor page: "Industry: fashion and garment manufacturing")
    named = [part.strip().capitalize() for part in industry.split(" and ")]
    _facts(g, _skills(tested), list(employers),
           [*sectors, *(p for p in named if p.lower() not in {s.lower() for s in sectors})],
           ["Trade Test Certificate", "Federal Trade Test Certificate", centre,
            "Federal Ministry of Labour and Employment", "Federal Trade Testing Centres",
            *(f"Trade Test Grade {gr}" for gr in ("III", "II", "I")), "NABTEB"])
    base = rng.randrange(74000, 79001, 10)
    grades = []
    for step, (gr, gl) in enumerate((("III", 4), ("II", 5), ("I", 6))):
        value = base + step * rng.randrange(5500, 8001, 10)
        _own(g, value, value, "NGN", period="month", level=f"Grade {gr} GL 0{gl}")
        grades.append((gr, gl, value))
    senior = grades[-1][2] + rng.randrange(11000, 15001, 100)
    _own(g, senior, senior, "NGN", period="month", level="Senior")
    chief = senior + rng.randrange(15000, 19001, 100)
    _salary(g, chief, chief, "NGN", period="month", belongs_to=f"Chief {job}")
    private = (_whole(rng, 88, 95, 1000), _whole(rng, 150, 170, 1000))
    _own(g, *private, "NGN", period="month")
    minimum = int(_no_pay(g, 70000, 1000))
    fees = [int(_no_pay(g, v, 1000)) for v in (15000, 20000, 25000)]
    comments = rng.randint(6, 30)
    stub = f"{admin} says: Yes, ask the state Ministry of Labour for the next da"
    g.must_not_appear += [blog, "Scholarships", author, f"{comments} Comments",
                          "Sponsored Links", "Table of Contents", "What is the trade test?",
                          "Grades and requirements", "READ ALSO", "minimum wage",
                          "Leave allowance", "13th month", "Leave a Reply", asker, stub]
    pay = "; ".join(f"Grade {gr} - GL 0{gl} (N{v:,} per month)" for gr, gl, v in grades)
    return [f"{blog}  Home  Jobs  Scholarships  Trade Test  NABTEB  Salary  Contact",
            f"Trade Test Certificate for {_plural(job)} ({centre}) in Nigeria: Grade III, II "
            "and I - Requirements, Fees, Salary",
            f"by {author} | Updated November {rng.randint(2, 28)}, 2026 | {comments} Comments",
            "Sponsored Links",
            f"If you are {_an(job)} (also called {_an(called[0])} or {_an(called[1])}) who "
            "learnt the work as an apprentice, the Federal Trade Test Certificate is what "
            "ministries, estates and contractors ask for.",
            "Table of Contents",
            "1. What is the trade test?", "2. Grades and requirements", "3. Fees",
            "4. What is tested", "5. Salary", "6. Career progression",
            "What is the trade test?The Trade Test is conducted by the Federal Ministry of "
            "Labour and Employment through the Federal Trade Testing Centres for artisans in "
            f"over 40 trades, {centre} among them.",
            "Grades and requirements",
            f"Trade Test Grade III - for apprentices with at least 2 years under a master "
            f"{_lower(job)}.",
            "Trade Test Grade II - Grade III holders with 2 more years of work.",
            f"Trade Test Grade I - Grade II holders with 2 more years; the practical is {piece}.",
            "Fees: " + " | ".join(f"Grade {gr}: N{f:,}" for gr, f in zip(("III", "II", "I"),
                                                                           fees, strict=True)),
            "READ ALSO: How to register for the NABTEB trade examinations",
            "What is tested",
            f"You will be tested on: {'; '.join(_soft(_item(t)) for t in tested)}.",
            "Salary",
            f"In the federal and state civil service a trade-tested {_lower(job)} is employed "
            f"as {job} on: {pay}. A Senior {job} is on GL 07, about N{senior:,} per month, "
            f"while a Chief {job} is on GL 08 (N{chief:,} per month).",
            f"In private firms {_plural(_lower(job))} earn between N{private[0]:,} and "
            f"N{private[1]:,} monthly, and the national minimum wage is N{minimum:,}. Leave "
            "allowance, 13th month and transport allowance are not part of this.",
            "Career progression",
            f"{' -> '.join(ladder)}. Many Grade I holders {outs[0][1]} and work as "
            f"{_an(outs[0][0])}, while others {outs[1][1]} as {_an(outs[1][0])}.",
            f"Where trade-tested {_plural(_lower(job))} work",
            f"{', '.join(employers)}; {_lower(sectors[0])} and {_lower(sectors[1])} firms. "
            f"Industry: {industry}.",
            "Leave a Reply",
            f"{asker} says: Is there a test centre in Osogbo?",
            stub]


FAMILY40_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "romanianmt": _romanianmt, "atsreq": _atsreq, "staffbank": _staffbank,
    "candidatepack": _candidatepack, "humroster": _humroster, "tradetest": _tradetest,
}
FAMILY40_LAYOUTS = tuple(FAMILY40_RENDERERS)
# Each renderer sets its page's ladder and spellings itself (occupy()), so none of the six is
# a ladder or alias layout of the planned guide.
FAMILY40_LADDER_LAYOUTS = FAMILY40_ALIAS_LAYOUTS = NO_LAYOUTS
