"""Generator renderers for the six page families of held-back set 32 (licence ladders ...).

Held-back set 32 showed six more kinds of page users bring: a training academy's or flight
school's page on the licence ladder of one licensed occupation with the jobs and pay each
step unlocks (a STEP table with a monthly pay guide, or numbered licences with an annual pay
table), a defence reserve's recruiting page for one part-time trade with daily rates by rank
(an army reserve role page, or a naval reserve job page), an agricultural extension service's
careers fact sheet for one farm job (a land-grant sheet with a salary survey, or an advisory
authority's factsheet with a progression table), a physical demands analysis of one job
written for return to work (a Canadian or US PDA, or an antipodean job task analysis), one
employee's total reward statement with the job family's ranges (a utility's statement by band,
or a county's statement by class series), and a collective agreement's schedule of
classification definitions and step rates (a municipal schedule, or a university appendix).
These renderers write such pages from a planned guide, two variants a family, about
occupations that fit them (occupy()); every fact the truth keeps is printed and what a style
does not state is cleared.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import _a, _facts, _plural, _salary, occupy
from benchmarks.web_families24 import _begin, _no_pay
from benchmarks.web_families27 import _cap, _spell
from benchmarks.web_families30 import _euro, _legal
from benchmarks.web_families31 import _hour

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY32_ALIAS_LAYOUTS", "FAMILY32_LADDER_LAYOUTS", "FAMILY32_LAYOUTS",
           "FAMILY32_RENDERERS"]

FAMILY32_LAYOUTS = ("licenceladder", "reserves", "extension", "physdemands",
                    "rewardstatement", "cbaannex")
# The renderers set each page's ladder and spellings themselves (occupy()).
FAMILY32_LADDER_LAYOUTS: tuple[str, ...] = ()
FAMILY32_ALIAS_LAYOUTS: tuple[str, ...] = ()

# A skill item: a plain name, or a head with the brands or kinds it names in parentheses.
Item = str | tuple[str, tuple[str, ...]]


def _skills(items: tuple[Item, ...]) -> list[str]:
    """The skills a list of items gives: each head, and each name in its parentheses."""
    return [_cap(s) for item in items
            for s in ((item,) if isinstance(item, str) else (item[0], *item[1]))]


def _item(item: Item) -> str:
    """An item as printed: "Head (a, b)" or the plain name."""
    return _cap(item) if isinstance(item, str) else f"{_cap(item[0])} ({', '.join(item[1])})"


def _an(title: str) -> str:
    """``title`` with its indefinite article ("an Armourer", "a Clerk")."""
    return f"{_a(title)} {title}"


def _dots(label: str, value: str, width: int = 34) -> str:
    """A dotted leader line: "Label ........ value"."""
    return f"{label} {'.' * max(3, width - len(label))} {value}"


# --------------------------------------------------------------------------------------
# A training academy's licence-ladder page for one licensed occupation
# --------------------------------------------------------------------------------------
# (job, two "also known as" titles, jobs people came in as, skills (one "head – a, b" item
#  whose kinds are `optional`), the STEP table (certificate, job unlocked; the jobs a
#  ladder containing Junior job and job), the qualifier of the role's own pay row, the job
#  ashore and the track switched to, employers, sectors, currency and sign)
_STEP_JOBS = (
    ("Dive Instructor", ("Scuba Instructor", "Diving Instructor"),
     ("Lifeguard", "Outdoor Activity Instructor", "Swimming Teacher"),
     ("dive planning", ("dive computers", ("Shearwater", "Suunto")), "compressor operation",
      ("gas blending", ("nitrox", "trimix")), "rescue skills", "boat handling"),
     ("equipment servicing", ("regulators", "BCDs")),
     (("Divemaster Certificate + Emergency First Response", "Divemaster"),
      ("Instructor Development Course", "Junior Dive Instructor"),
      ("Specialty Instructor ratings (4 or more)", "Dive Instructor"),
      ("Staff Instructor Course", "Course Director"),
      ("Trimix Instructor ticket", "Dive Centre Manager")),
     "resort, full season", ("Dive Equipment Technician", "Marine Park Ranger"),
     ("Azul Reef Divers", "Coral Cove Dive Resort", "Fuerteventura Blue Dive Centre"),
     ("dive resorts", "liveaboard boats", "marine conservation projects"), "EUR"),
    ("Workboat Skipper", ("Workboat Master", "Crew Transfer Vessel Skipper"),
     ("Ferry Deckhand", "Fisherman", "Pilot Boat Crewman"),
     ("passage planning", ("radar plotting", ("Furuno", "JRC")),
      "vessel stability", ("engine checks", ("Scania", "Volvo Penta")), "crew leadership"),
     ("deck machinery", ("winches", "A-frames")),
     (("Workboat Code Crew Certificate + Sea Survival", "Workboat Mate"),
      ("Yachtmaster Offshore (commercially endorsed)", "Junior Workboat Skipper"),
      ("Master 200 GT Certificate of Competency", "Workboat Skipper"),
      ("Master 500 GT Certificate of Competency", "Fleet Marine Superintendent"),
      ("Master 3000 GT Certificate of Competency", "Marine Operations Manager")),
     "crew transfer vessel, 2 weeks on / 2 off", ("Harbour Master's Assistant", "Marine Surveyor"),
     ("Skerry Offshore Services", "Tidewise Marine", "Humber Estuary Workboats"),
     ("offshore wind farms", "harbour towage", "survey charters"), "GBP"),
)
_ACADEMIES = (("SEAWARD PROFESSIONAL TRAINING", "Seaward Professional Training Ltd",
               "Ines Carvalho"),
              ("MARLIN POINT MARITIME ACADEMY", "Marlin Point Maritime Academy Ltd",
               "Owen Pryce"))


def _licenceladder(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A training academy's licence-ladder page: navigation, basket, breadcrumb, date and
    reading time, course strip, adviser and footer (chrome), "Also known as" titles
    (spellings), "came in as" jobs (moves in), skills with brands in parentheses (each; a
    dash item's kinds `optional`), a STEP table of certificates (`optional`) and the jobs
    they unlock, an "In short:" → ladder (the jobs), a monthly pay guide in a dotted table
    (the Junior row and the role's own row its bands, the other jobs theirs), rotation and
    crew benefits (no pay), a job ashore and a track switched to (lateral), employers hiring
    graduates and "Where:" sectors."""
    variant = _begin(rng, g, ("steps", "licences"))
    if variant == "licences":
        return _licences(rng, g)
    (job, akas, came, skills, dash, steps, qualifier, later, firms, kinds,
     currency) = rng.choice(_STEP_JOBS)
    ladder = [title for _, title in steps]
    occupy(g, job, ladder=ladder, moves_in=list(came), transitions=list(later))
    _spell(g, *akas)
    _facts(g, [*_skills(skills), _cap(dash[0])], firms, [_cap(k) for k in kinds],
           [cert for cert, _ in steps] + [_cap(d) for d in dash[1]])
    sign = "€ " if currency == "EUR" else "£"

    def money(value: int) -> str:
        return _euro(value) if currency == "EUR" else f"{value:,}"

    base = rng.randint(24, 30) * 100
    rows = []
    junior = (base, base + rng.randint(8, 14) * 100)
    _salary(g, *junior, currency, period="month", level="Junior")
    rows.append((f"Junior {job}", junior))
    own = (junior[1] + rng.randint(4, 9) * 100, junior[1] + rng.randint(18, 26) * 100)
    _salary(g, *own, currency, period="month")
    rows.append((f"{job} ({qualifier})", own))
    low = (base - rng.randint(3, 6) * 100, base + rng.randint(1, 4) * 100)
    _salary(g, *low, currency, period="month", belongs_to=ladder[0])
    rows.insert(0, (ladder[0], low))
    top = (own[1] + rng.randint(5, 10) * 100, own[1] + rng.randint(25, 40) * 100)
    _salary(g, *top, currency, period="month", belongs_to=ladder[3])
    rows.append((ladder[3], top))
    kit = int(_no_pay(g, rng.choice((450, 520, 640)), 10))
    fee = int(_no_pay(g, rng.choice((1390, 1640, 1875)), 10))
    school, printed, adviser = rng.choice(_ACADEMIES)
    g.must_not_appear += [adviser, "Basket", "Log in", "Dates & Fees", "Careers Hub",
                          printed]
    width = max(len(t) for t, _ in rows) + 4
    return [f"{school}   Courses | Dates & Fees | Careers Hub | Basket (0) | Log in",
            f"Home > Careers Hub > {job}", "",
            f"{job.upper()}: CERTIFICATES, JOBS AND PAY", f"Last updated {rng.randint(2, 27)}/0"
            f"{rng.randint(1, 9)}/2027 · {rng.randint(5, 9)} min read", "",
            f"Also known as: {akas[0]}, {akas[1]}", "",
            f"There is no single way in. Past students came in as a {came[0]}, a {came[1]} or a "
            f"{came[2]}; what they share is logged experience and the right certificates.", "",
            "WHAT EMPLOYERS ASK US FOR", *(f" ● {_item(s)}" for s in skills),
            f" ● {_cap(dash[0])} – {', '.join(dash[1])}", "",
            "THE LADDER (certificate → the job it opens)",
            *(_dots(f"STEP {n}  {cert}", title, 62) for n, (cert, title) in
              enumerate(steps, start=1)), "",
            "In short: " + " → ".join(ladder), "",
            f"PAY GUIDE ({currency}, a month, current placements)",
            *(_dots(t, f"{sign}{money(a)} – {sign}{money(b)}", width) for t, (a, b) in rows),
            f"Leave rotation, meals and a cabin come with the job; the {sign}{money(kit)} kit "
            "grant and travel home are not salary.", "",
            "AFTER A FEW SEASONS",
            f"Some move ashore as a {later[0]}; others switch to the {later[1]} track.", "",
            "WHO HIRES OUR GRADUATES", " · ".join(firms),
            f"Where: {', '.join(kinds)}", "",
            f"COURSES ON THIS PAGE: {steps[0][0]} ({sign}{money(fee)}) | {steps[1][0]}",
            f"Ask an adviser: {adviser}, careers desk",
            f"© {printed} · Terms · Cookies"]


# (job, two "often …" titles, numbered licences and ratings, skills split at ";" (a type
#  list in parentheses each), the slash rung and the > job ladder after it, the role's own
#  row qualifier, the Junior and Senior qualifiers, the instructor title, moves in, the
#  lateral move by joining a body, alumni employers, sectors, currency, the per diem word)
_FLYING_JOBS = (
    ("Floatplane Pilot", ("seaplane pilot", "bush pilot"),
     ("Category 1 medical", "Commercial Pilot Licence - Aeroplane (CPL-A)", "Seaplane rating",
      "Night rating", "Flight Instructor Rating - Aeroplane", "Airline Transport Pilot Licence"),
     ("water handling", ("docking", ("Beaver", "Otter")), "glassy-water landings",
      "load sheets", "passenger briefings", "weather judgement"),
     "Dock Hand / Loader", ("First Officer", "Line Captain", "Chief Pilot"),
     "250-1,000 hrs", "0-250 hrs", "float season lead", "Flight Instructor",
     ("Aircraft Maintenance Engineer", "Fishing Guide", "Air Cadet"),
     ("Transport Canada", "Civil Aviation Inspector"),
     ("Tofino Air Charters", "Muskoka Float Air", "Harbour Seaplanes Ltd."),
     ("coastal air taxi", "fishing lodges", "forest fire patrol"), "CAD"),
    ("Agricultural Pilot", ("ag pilot", "aerial application pilot"),
     ("Class 1 medical", "Commercial Pilot Licence (CPL)", "Agricultural Rating",
      "Low-level rating", "Tailwheel endorsement", "Grade 2 Instructor Rating"),
     ("low-level flying", ("swath guidance", ("Satloc", "AgNav")), "chemical calibration",
      "spray drift management", "fatigue management"),
     "Loader Driver / Mixer", ("Junior Ag Pilot", "Line Ag Pilot", "Chief Pilot"),
     "500-1,500 hrs", "under 500 hrs", "fire-bombing endorsed", "Flying Instructor",
     ("Farmhand", "Aircraft Refueller", "Helicopter Ground Crew"),
     ("CASA", "Flying Operations Inspector"),
     ("Wimmera Aerial Services", "Riverina Agair", "Burdekin Air Ag Pty Ltd"),
     ("broadacre cropping", "pasture fertilising", "bushfire water-bombing"), "AUD"),
)
_FLIGHT_SCHOOLS = (("LAKEHEAD AIR COLLEGE", "Noor Haddad"), ("SUNRAYSIA FLIGHT SCHOOL",
                                                           "Brett Calder"))


def _licences(rng: random.Random, g: Guide) -> list[str]:
    """A flight school's careers page: menu, breadcrumb, print and share, tuition and the
    admissions contact (chrome), "often X or Y" titles (spellings), numbered licences and
    ratings (`optional`), a skills line split at ";" with types in parentheses (each), a `>`
    job ladder starting at a slash rung, an annual pay table (the slash rung's row, the
    Junior, own and Senior rows of the role, the chief pilot's and the instructor's rows
    theirs), a per diem (no pay), "last intake included" (moves in), "move sideways into
    instructing (X)" and "join BODY as Y" (lateral), alumni employers and sectors."""
    (job, often, licences, skills, slash, jobs, own_q, junior_q, senior_q, instructor, came,
     (body, inspector), firms, kinds, currency) = rng.choice(_FLYING_JOBS)
    ladder = [slash, *jobs]
    occupy(g, job, ladder=ladder, moves_in=list(came), transitions=[instructor, inspector])
    _spell(g, *(_cap(o) for o in often))
    _facts(g, _skills(skills), firms, [_cap(k) for k in kinds], [*licences, body])
    base = rng.randint(34, 40) * 1000
    rows = []
    hand = (base, base + rng.randint(4, 7) * 1000)
    _salary(g, *hand, currency, belongs_to=slash)
    rows.append((slash, hand))
    junior = (hand[1] + rng.randint(3, 6) * 1000, hand[1] + rng.randint(14, 20) * 1000)
    _salary(g, *junior, currency, level="Junior")
    rows.append((f"Junior {job} ({junior_q})", junior))
    own = (junior[1] + rng.randint(3, 7) * 1000, junior[1] + rng.randint(20, 28) * 1000)
    _salary(g, *own, currency)
    rows.append((f"{job} ({own_q})", own))
    senior = (own[1] + rng.randint(2, 6) * 1000, own[1] + rng.randint(30, 45) * 1000)
    _salary(g, *senior, currency, level="Senior")
    rows.append((f"Senior {job} ({senior_q})", senior))
    chief = (senior[0] + rng.randint(20, 30) * 1000, senior[1] + rng.randint(10, 20) * 1000)
    _salary(g, *chief, currency, belongs_to=jobs[-1])
    rows.append((jobs[-1], chief))
    inst = (hand[1] + rng.randint(2, 5) * 1000 + 500, own[0] + rng.randint(1, 4) * 1000 + 500)
    _salary(g, *inst, currency, belongs_to=instructor)
    rows.append((instructor, inst))
    diem = int(_no_pay(g, rng.choice((65, 80, 95)), 5))
    tuition = int(_no_pay(g, rng.randint(70, 95) * 1000 + 900, 1000))
    school, contact = rng.choice(_FLIGHT_SCHOOLS)
    g.must_not_appear += [contact, "Apply Today", "Financing", "Print", "Share"]
    width = max(len(t) for t, _ in rows) + 6
    return [f"{school}                         Programs  Fleet  Financing  Careers  Apply Today",
            f"Careers / {job}", "",
            f"{job}: licences, ratings and the jobs they lead to", "Print  |  Share", "",
            f"{_cap(_an(job.lower()))} (often called {_an(often[0])} or {often[1]}) flies where "
            "runways "
            "and roads run out; the work follows the seasons.", "",
            "LICENCES AND RATINGS, IN THE USUAL ORDER",
            *(f" {n}. {lic}" for n, lic in enumerate(licences, start=1)), "",
            "WHAT OPERATORS WANT TO SEE",
            "; ".join(_item(s) for s in skills), "",
            "JOB LADDER", "  >  ".join(ladder),
            f"Most graduates start on the ground as a {slash.split(' / ')[0].lower()} for a "
            "season before a first flying seat.", "",
            f"PAY ({currency}, a year, as reported by recent graduates)",
            *(f"  {t:<{width}}${a:,} - ${b:,}" for t, (a, b) in rows),
            f"A ${diem}/day per diem and camp meals in the field are extra and not salary.", "",
            "WHO ENROLS",
            f"Our last intake included a {came[0]}, two {_plural(came[1])} and a former "
            f"{came[2]}.",
            "LATER",
            f"Some move sideways into instructing ({instructor}); a few join {body} as a "
            f"{inspector}.", "",
            f"ALUMNI NOW FLY FOR: {' | '.join(firms)}",
            f"SECTORS: {', '.join(kinds)}", "",
            f"Tuition ${tuition:,} including 100 flight hours. Talk to admissions: {contact}."]


# --------------------------------------------------------------------------------------
# A defence reserve's recruiting page for one part-time trade
# --------------------------------------------------------------------------------------
# (trade, "also called" titles, the corps, skills, qualifications you could gain, the
#  Regular trades of ex-Regulars (moves in), the commissioned post (up), the retraining
#  trade (lateral), civilian jobs (`optional`), civilian employers (never), units and towns)
_ARMY_TRADES = (
    ("Vehicle Mechanic", ("Fitter", "REME Mechanic"), "Royal Electrical and Mechanical Engineers",
     ("engine diagnostics", ("recovery rigging", ("winches", "ground anchors")),
      "hydraulic systems", ("welding", ("MIG", "oxy-acetylene")), "fault reporting"),
     ("Level 3 Diploma in Heavy Vehicle Maintenance", "Category C driving licence"),
     ("Recovery Mechanic", "Armourer"), "Workshop Troop Commander", "Electronics Technician",
     ("bus fitter", "agricultural engineer"), ("Harrowgate Coaches", "Fenland Tractors"),
     (("127 Field Workshop", "Carlisle"), ("142 Recovery Company", "Swindon"))),
    ("Combat Medical Technician", ("Combat Medic", "Reserve CMT"), "Royal Army Medical Service",
     ("casualty assessment", ("trauma care", ("tourniquets", "airway adjuncts")),
      "patient evacuation", "infection control", "calm under pressure"),
     ("Level 3 Certificate in First Response Emergency Care", "Category B+E licence"),
     ("Medical Assistant", "Combat Infantryman"), "Medical Support Officer", "Clerk",
     ("ambulance technician", "care worker"), ("Westmere Ambulance Trust", "Oakdene Care Homes"),
     (("208 Field Hospital", "Liverpool"), ("254 Medical Regiment", "Cambridge"))),
)
_RANKS = ("Private", "Lance Corporal", "Corporal", "Sergeant", "Staff Sergeant")


def _reserves(rng: random.Random, g: Guide, area: str) -> list[str]:
    """An army reserve role page: menu, apply button, commitment line, corps, qualifications
    gained, soldier's quotation and phone line (chrome; the qualifications `optional`),
    "also called" titles (spellings), skills, a dotted daily-rate table (the recruit's row
    the recruit's, the role's own row at Private its band a day, each rank above its single
    rate), a bounty and travel (no pay), a `→` rank ladder without the role, ex-Regulars'
    trades (moves in), "commission as" (up), "retrain as" (lateral), a Full Time Reserve
    Service post (`optional`), civilian jobs (`optional`) and their employers (never), and
    the reserve and its units recruiting (employers)."""
    variant = _begin(rng, g, ("army", "navy"))
    if variant == "navy":
        return _navy(rng, g)
    (trade, akas, corps, skills, gains, regulars, commission, retrain, civvy, civ_firms,
     units) = rng.choice(_ARMY_TRADES)
    occupy(g, trade, ladder=list(_RANKS), leads=[commission], moves_in=list(regulars),
           transitions=[retrain])
    _spell(g, *akas)
    _facts(g, _skills(skills), ["Army Reserve", *(u for u, _ in units)], (),
           [*gains, "Full Time Reserve Service", *civvy])
    recruit = _hour(rng, 58, 66)
    _salary(g, recruit, recruit, "GBP", period="day", belongs_to="Recruit")
    own_low = round(recruit + rng.randint(14, 19) + rng.randint(0, 99) / 100, 2)
    own = (own_low, round(own_low + rng.randint(5, 8) + rng.randint(0, 99) / 100, 2))
    _salary(g, *own, "GBP", period="day", level="Private")
    rows = [("Recruit (in training)", f"£{recruit:.2f} a day"),
            (f"Trained {trade} (Private)", f"£{own[0]:.2f} – £{own[1]:.2f} a day")]
    pay = own[1]
    for rank in _RANKS[1:4]:
        pay = round(pay + rng.randint(7, 14) + rng.randint(0, 99) / 100, 2)
        _salary(g, pay, pay, "GBP", period="day", belongs_to=rank)
        rows.append((rank, f"£{pay:.2f} a day"))
    first = int(_no_pay(g, rng.choice((430, 455, 480)), 5))
    fifth = int(_no_pay(g, rng.choice((1890, 1935, 2010)), 5))
    soldier = rng.choice(("LCpl Dev Sandhu", "Cpl Aisling Murray", "Pte Tom Adeyemi"))
    g.must_not_appear += [*civ_firms, corps, soldier, "APPLY NOW", "Find a Reserve Centre",
                          "Armed Forces Covenant"]
    width = max(len(t) for t, _ in rows) + 6
    return ["ARMY RESERVE  |  Roles  Pay  Employers  Find a Reserve Centre  |  APPLY NOW",
            f"Roles > Engineering & Medical > {trade}", "",
            trade.upper(),
            f"{corps}  •  Army Reserve  •  at least 27 days a year  •  Ages 18–49",
            f"Also called a {akas[0]} or a {akas[1]}.", "",
            f"As a reservist {trade.lower()} you train in the evenings and at weekends and "
            "deploy alongside the Regulars when you are needed.", "",
            "THE SKILLS YOU WILL USE", *(f"- {_item(s)}" for s in skills), "",
            f"QUALIFICATIONS ON OFFER: {' · '.join(gains)}", "",
            "PAY (daily rates, paid for each training day; an evening counts as a quarter day)",
            *(_dots(t, v, width) for t, v in rows),
            f"A tax-free bounty of £{first} in year one rises to £{fifth:,} by year five; "
            "travel is refunded. Neither is salary.", "",
            "RANKS", " → ".join(_RANKS),
            f"Ex-Regulars who served as {_an(regulars[0])} or {_an(regulars[1])} can rejoin at "
            f"their rank. Some reservists go on to commission as {_an(commission)}; others take "
            f"a Full Time Reserve Service post or retrain as {_an(retrain)}.", "",
            f"OUTSIDE THE ARMY our reservists work as {_an(civvy[0])} or {_an(civvy[1])}, and "
            f"their employers, such as {civ_firms[0]} and {civ_firms[1]}, have signed the "
            "Armed Forces Covenant.", "",
            f"UNITS RECRUITING {_plural(trade).upper()}",
            *(f"  ▸ {u}, {town}" for u, town in units), "",
            f"\"Best decision I made.\" – {soldier}",
            "Call 0300 999 0101 · Privacy · © Crown copyright"]


# (trade, related titles, what you will learn, training pipeline items (`optional`),
#  the ranks (lowest first; the role's row at the third), the earlier jobs (moves in; the
#  first a cadet), the retraining trades (lateral), civilian occupations (`optional`),
#  where they serve (sectors), the reserve, its navy, the divisions and towns, currency)
_NAVY_TRADES = (
    ("Naval Communicator", ("Naval Signaller", "Communications Operator"),
     (("radio procedures", ("HF", "UHF")), "visual signalling", "message handling",
      ("tactical data systems", ("Link 11", "GCCS-M")), "teamwork"),
     ("Basic Military Qualification (BMQ)", "Naval Environmental Training",
      "Naval Communicator Qualification Level 3 (QL3)"),
     ("Sailor 3rd Class", "Sailor 2nd Class", "Sailor 1st Class", "Master Sailor",
      "Petty Officer 2nd Class"),
     ("Sea Cadet", "Radio Dispatcher"), ("Naval Electronic Sensor Operator", "Hull Technician"),
     ("radio operator", "network technician", "911 dispatcher"),
     ("coastal defence vessels", "harbour operations centres", "port security units"),
     "Naval Reserve", "Royal Canadian Navy",
     (("HMCS Kestrel", "Thunder Bay"), ("HMCS Fundy Light", "Saint John")), "CAD"),
    ("Naval Cook", ("Maritime Chef", "Navy Cook"),
     (("galley operations", ("combi ovens", "bratt pans")), "menu planning",
      "food safety", "stores accounting", "working in confined spaces"),
     ("Recruit School", "Initial Employment Training",
      "Certificate III in Commercial Cookery"),
     ("Seaman", "Able Seaman", "Leading Seaman", "Petty Officer", "Chief Petty Officer"),
     ("Navy Cadet", "Line Cook"), ("Maritime Logistics Officer", "Steward"),
     ("restaurant chef", "camp cook", "caterer"),
     ("patrol boats", "fleet support ships", "shore establishments"),
     "Navy Reserve", "Royal Australian Navy",
     (("Port Kembla Reserve Unit", "Wollongong"), ("Cairns Reserve Detachment", "Cairns")),
     "AUD"),
)


def _navy(rng: random.Random, g: Guide) -> list[str]:
    """A naval reserve job page: breadcrumb, language, apply and chat buttons and footer
    (chrome), related titles (spellings), "what you will learn" items with kinds in
    parentheses (each a skill), a training pipeline (`optional`), a daily-rate table (the
    untrained rank's row that rank's, the role's own row at the third rank its band, two
    ranks above theirs), a parade-night fraction and a retention bonus (no pay), a `>` rank
    line, "were X or Y before joining" (moves in), "transfer to the Regular Force"
    (`optional`), "retrain as" (lateral), related civilian occupations (`optional`), "where
    they serve" (sectors) and divisions hiring (employers, with the reserve)."""
    (trade, akas, learn, pipeline, ranks, before, retrain, civvy, serve, reserve, navy,
     divisions, currency) = rng.choice(_NAVY_TRADES)
    occupy(g, trade, ladder=list(ranks), moves_in=list(before), transitions=list(retrain))
    _spell(g, *akas)
    _facts(g, _skills(learn), [reserve, *(d for d, _ in divisions)], [_cap(s) for s in serve],
           [*pipeline, "Regular Force", *civvy])
    low = _hour(rng, 112, 128)
    _salary(g, low, low, currency, period="day", belongs_to=ranks[0])
    own_low = round(low + rng.randint(34, 44) + rng.randint(0, 99) / 100, 2)
    own = (own_low, round(own_low + rng.randint(12, 18) + rng.randint(0, 99) / 100, 2))
    _salary(g, *own, currency, period="day", level=ranks[2])
    rows = [(f"{ranks[0]} (untrained)", f"$ {low:.2f} / day"),
            (f"{trade}, {ranks[2]}", f"$ {own[0]:.2f} - $ {own[1]:.2f} / day")]
    pay = own[1]
    for rank in ranks[3:5]:
        pay = round(pay + rng.randint(15, 22) + rng.randint(0, 99) / 100, 2)
        _salary(g, pay, pay, currency, period="day", belongs_to=rank)
        rows.append((rank, f"$ {pay:.2f} / day"))
    bonus = int(_no_pay(g, rng.choice((1500, 2000, 2500)), 50))
    g.optional += [navy]
    width = max(len(t) for t, _ in rows) + 4
    g.must_not_appear += ["Chat with a recruiter", "Accessibility"]
    return [f"{navy}  >  {reserve}  >  Careers  >  {trade.upper()}        EN | Apply | "
            "Chat with a recruiter", "",
            f"{trade.upper()} ({reserve.upper()})       Part-time  |  Summer sailing available",
            f"Related titles: {akas[0]}, {akas[1]}", "",
            "ABOUT THE JOB",
            f"{_plural(trade)} keep the ship running in their part of it. In the {reserve} "
            "you parade one evening a week and some weekends, close to home.", "",
            "WHAT YOU WILL LEARN", *(f" - {_item(s)}" for s in learn), "",
            "TRAINING: " + " -> ".join(pipeline) + ". All training is paid.", "",
            f"PAY – reservists are paid a daily rate ({currency})",
            *(f"   {t:<{width}}{v}" for t, v in rows),
            f"   (An evening parade is paid as half a day; the ${bonus:,} retention bonus and "
            "travel claims are not pay.)", "",
            "CAREER", " > ".join(ranks),
            f"Many of our {_plural(trade.lower())} were {_plural(before[0])} or "
            f"{_plural(before[1])} before joining. Some later transfer to the Regular Force; "
            f"others retrain as {_an(retrain[0])} or {_an(retrain[1])}.", "",
            f"RELATED CIVILIAN OCCUPATIONS: {', '.join(civvy)}",
            f"Where {_plural(trade.lower())} serve: {', '.join(serve)}", "",
            f"{reserve.upper()} UNITS HIRING THIS YEAR",
            " · ".join(f"{d} ({town})" for d, town in divisions), "",
            f"{navy}  |  Accessibility  |  Privacy"]


# --------------------------------------------------------------------------------------
# An agricultural extension service's careers fact sheet for one farm job
# --------------------------------------------------------------------------------------
# (job, "also called" titles, skills (heads with kinds in parentheses), education and
#  certification (`optional`), the comparison manager, the -> ladder (containing the job),
#  the job started as (a move in), the lateral jobs (the first "move into … (as X)"),
#  employers, industries, publication prefix)
_LANDGRANT_JOBS = (
    ("Crop Scout", ("Field Scout", "Scouting Technician"),
     (("pest identification", ("aphids", "rootworm")), "plant growth staging",
      ("GPS mapping", ("Trimble", "Garmin")), "sampling protocols", "record keeping",
      "communication with growers"),
     ("associate degree in agronomy", "Certified Crop Adviser credential",
      "commercial pesticide applicator license"),
     "Agronomy Manager", ("Seasonal Crop Scout", "Crop Scout", "Field Agronomist",
                          "Agronomy Manager"),
     "Farm Labourer", ("Seed Sales Representative", "Soil Conservationist"),
     ("Prairie Gold Cooperative", "Heartland Agronomy Services", "Bluestem Seed Company"),
     ("farmer cooperatives", "independent agronomy firms", "seed companies"), "AGRO"),
    ("Dairy Herdsperson", ("Herd Technician", "Dairy Herdsman"),
     (("milking routines", ("rotary parlours", "robotic milkers")), "calf rearing",
      ("herd software", ("DairyComp", "PCDART")), "hoof health", "heat detection",
      "teamwork"),
     ("two-year dairy management certificate", "artificial insemination course",
      "Class A CDL"),
     "Dairy Herd Manager", ("Milker", "Dairy Herdsperson", "Assistant Herd Manager",
                            "Dairy Herd Manager"),
     "Feed Truck Driver", ("Dairy Nutrition Sales Representative", "Breeding Technician"),
     ("Clearwater Dairy Farms", "Sunview Holsteins", "Riverbend Milk Producers"),
     ("commercial dairies", "heifer raisers", "breeding companies"), "DAIRY"),
)
_AUTHORS = (("Marjorie K. Ellison", "Extension Agronomy Specialist"),
            ("Dwayne Pettibone", "County Extension Educator"),
            ("Rosa Villalobos", "Extension Dairy Specialist"))


def _extension(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A land-grant extension careers fact sheet: college header, publication number, review
    date, authors and their titles, related fact sheets, references and the nondiscrimination
    statement (chrome), "also called" titles (spellings), skills and knowledge with kinds and
    brands in parentheses (each), education and credentials (`optional`), a survey median
    (the role's point a year), new hires' band (the role's), a comparison manager's band
    (theirs), a benefits note (no pay), a `->` ladder, "started as" (a move in), "move into
    … (as X)" and "become Y" (lateral), 4-H and FFA (`optional`), employers and industries."""
    variant = _begin(rng, g, ("landgrant", "authority"))
    if variant == "authority":
        return _factsheet(rng, g)
    (job, akas, skills, education, manager, ladder, started, laterals, firms, kinds,
     prefix) = rng.choice(_LANDGRANT_JOBS)
    occupy(g, job, ladder=list(ladder), moves_in=[started], transitions=list(laterals))
    _spell(g, *akas)
    _facts(g, _skills(skills), firms, [_cap(k) for k in kinds], [*education, "4-H", "FFA"])
    median = rng.randint(41, 56) * 1000 + rng.choice((200, 450, 700, 900))
    _salary(g, median, median, point=True)
    hire = (median - rng.randint(9, 13) * 1000, median - rng.randint(2, 5) * 1000)
    _salary(g, *hire)
    boss = (median + rng.randint(22, 30) * 1000, median + rng.randint(45, 60) * 1000)
    _salary(g, *boss, belongs_to=manager)
    number = f"{prefix}-{rng.randint(1100, 1999)}"
    authors = rng.sample(_AUTHORS, 2)
    g.must_not_appear += [number, *(a for a, _ in authors), *(t for _, t in authors),
                          "Careers in Agriculture Series", "equal opportunity",
                          "Farm Equipment Operator"]
    return ["SCHOOL OF AGRICULTURE AND NATURAL RESOURCES | EXTENSION SERVICE",
            f"Publications > Careers in Agriculture Series > {number}      [PDF] [Print]", "",
            f"Agricultural Careers: {job}",
            f"Fact sheet {number} · Reviewed {rng.choice(('March', 'June', 'October'))} 2026",
            "; ".join(f"{a}, {t}" for a, t in authors), "",
            f"Also called: {', '.join(akas)}", "",
            f"What does a {job.lower()} do?",
            f"A {job.lower()} spends most days outdoors, checking animals or crops, keeping "
            "records and telling the farm manager what needs attention.", "",
            "Skills and knowledge", *(f"  ● {_item(s)}" for s in skills), "",
            "Education and training",
            f"Employers usually ask for {_an(education[0])}; the {education[1]} and "
            f"{_an(education[2])} follow after hire.", "",
            "Pay",
            f"Our 2026 survey of employers in the state put the median salary at ${median:,} a "
            f"year. New hires started at ${hire[0]:,} to ${hire[1]:,}; housing or a farm "
            f"vehicle is often provided (not counted). For comparison, {_an(manager)} earned "
            f"${boss[0]:,}-${boss[1]:,}.", "",
            "Career ladder", " -> ".join(ladder),
            f"Many started as {_an(started)} or joined straight from a 4-H or FFA project. Some "
            f"later move into sales (as {_an(laterals[0])}) or become {_an(laterals[1])}.", "",
            f"Who hires {_plural(job.lower())}?",
            f"{firms[0]} and {firms[1]} hire the most; {firms[2]} also runs a field team.",
            f"Industries: {', '.join(kinds)}.", "",
            f"Related fact sheets: {prefix}-{rng.randint(1000, 1099)} Farm Equipment Operator",
            "References: state agricultural statistics bulletin 2025.",
            "The Extension Service is an equal opportunity provider and employer."]


# (job, its aliases (the second the job's short name), glued skills split at "·" (kinds
#  in parentheses each), training routes (`optional`), two lower stages, the herd-size
#  word and its two bands, the director with an open-ended floor, moves in (two), the
#  advisory title and the join title, employers, sectors, currency, authority)
_FACTSHEET_JOBS = (
    ("Dairy Farm Manager", ("Farm Manager (Dairy)", "Herd Manager"),
     ("Grassland management", ("Breeding", ("AI", "heat detection")), "Milking parlour routines",
      ("Herd health planning", ("mastitis control", "vaccination")), "Staff rostering",
      ("Herd records", ("ICBF", "HerdApp"))),
     ("QQI Level 6 Advanced Certificate in Dairy Herd Management", "Green Cert",
      "Professional Diploma in Dairy Farm Management"),
     ("Farm Assistant", "Herdsperson"), "cows", ("120–250", "250+"), "Farm Operations Director",
     ("Relief Milker", "Agricultural Contractor"), "Dairy Advisor", "Milk Quality Officer",
     ("Glenmore Dairy Partners", "Ardmore Farms", "Blackwater Milk Ltd"),
     ("Share-farming partnerships", "Large dairy units", "Co-operatives"), "EUR",
     "Agri Development Board"),
    ("Sheep Farm Manager", ("Shepherd Manager", "Flock Manager"),
     ("Stockmanship", ("Lambing management", ("colostrum", "tagging")), "Grazing rotation",
      ("Flock health", ("foot trimming", "worm control")), "Dog handling",
      ("Flock records", ("EID readers", "Farmplan"))),
     ("SVQ Level 3 in Agriculture", "Lantra shearing course",
      "HNC Agriculture"),
     ("Farm Worker", "Shepherd"), "ewes", ("800–1,500", "1,500+"), "Estate Farms Director",
     ("Shearer", "Deer Stalker"), "Sheep Adviser", "Livestock Auctioneer",
     ("Kilbrannan Estates", "Glen Dochart Farms", "Tweedside Hill Sheep Ltd"),
     ("Hill farms", "Lowland estates", "Breeding societies"), "GBP",
     "Rural Advisory Service"),
)


def _factsheet(rng: random.Random, g: Guide) -> list[str]:
    """An advisory authority's careers factsheet: masthead, breadcrumb, adviser and footer
    (chrome), "Also known as" titles (spellings; the second the job's short name), a
    "SKILLS NEEDED" heading glued to its "·"-separated items (each head and each kind in
    parentheses), training routes (`optional`), a progression table (each lower stage its
    title's band, the Assistant row the role with a seniority word, the role's two rows by
    herd size its own bands, the director's "from N" an open-ended floor), a house and a
    bonus (no pay), a `→` ladder, "join as" (moves in), "switch to advisory work as" and
    "join … as" (lateral), employers and sectors."""
    (job, akas, skills, routes, lower, herd, sizes, director, came, advisor, joiner, firms,
     kinds, currency, authority) = rng.choice(_FACTSHEET_JOBS)
    short = akas[1]
    ladder = [*lower, f"Assistant {short}", short, director]
    occupy(g, job, ladder=ladder, moves_in=list(came), transitions=[advisor, joiner])
    _spell(g, *akas)
    _facts(g, _skills(skills), firms, kinds, routes)
    sign = "€" if currency == "EUR" else "£"
    pay = rng.randint(26, 30) * 1000
    rows = []
    for n, title in enumerate(lower):
        band = (pay, pay + rng.randint(3, 5) * 1000)
        _salary(g, *band, currency, belongs_to=title)
        rows.append((n + 1, title, f"{band[0]:,} – {band[1]:,}"))
        pay = band[1] + rng.randint(1, 3) * 1000
    band = (pay, pay + rng.randint(5, 7) * 1000)
    _salary(g, *band, currency, level="Assistant")
    rows.append((3, f"Assistant {short}", f"{band[0]:,} – {band[1]:,}"))
    for size in sizes:
        pay = band[1] + rng.randint(3, 6) * 1000
        band = (pay, pay + rng.randint(8, 12) * 1000)
        _salary(g, *band, currency)
        rows.append((4, f"{short} ({size} {herd})", f"{band[0]:,} – {band[1]:,}"))
    floor = band[1] + rng.randint(8, 14) * 1000
    _salary(g, floor, None, currency, belongs_to=director)
    rows.append((5, f"{director} (several sites)", f"from {floor:,}"))
    g.must_not_appear += [authority, "Knowledge Transfer", "Careers Coordinator",
                          "Niamh Foley", "Freedom of Information"]
    number = rng.randint(30, 80)
    return [f"{authority}          Home  Advice  Education  Research  Publications",
            f"Knowledge Transfer › Careers on the Farm › Factsheet {number}", "",
            f"FARM CAREERS — Factsheet {number}: {job}",
            f"Also known as: {akas[0]}, {akas[1]}", "",
            "THE ROLE",
            f"A {short.lower()} runs the {herd} and the people who look after them, and "
            "answers to the owner for output, costs and welfare.", "",
            "SKILLS NEEDED" + " · ".join(_item(s) for s in skills), "",
            "TRAINING ROUTES", "; ".join(routes) + ".", "",
            "CAREER PROGRESSION",
            f"| Stage | Typical role | Indicative pay ({sign} gross a year, 2026 survey) |",
            *(f"| {n} | {t} | {p} |" for n, t, p in rows),
            "Many farms add a house and a performance bonus; neither is in the table.", "",
            " → ".join(ladder), "",
            "WHO COMES IN?",
            f"{_plural(came[0])} and {_plural(came[1])} often join as a {lower[0].lower()}. "
            f"Experienced managers sometimes switch to advisory work as {_an(advisor)} or join "
            f"a processor as {_an(joiner)}.", "",
            "WHERE ARE THE JOBS?",
            f"Employers recruiting this year include {firms[0]}, {firms[1]} and {firms[2]}. "
            f"Sectors: {', '.join(k.lower() for k in kinds)}.", "",
            "Ask your local adviser · Careers Coordinator: Dr. Niamh Foley",
            f"© {authority} 2026 · Accessibility · Freedom of Information"]


# --------------------------------------------------------------------------------------
# A physical demands analysis of one job, written for return to work
# --------------------------------------------------------------------------------------
# (job, other titles on site, employer (printed, short) and site, tools (one or two with
#  brands in parentheses), cognitive demands, certificates (`optional`), the → site
#  progression (containing the job; the third the lead hand), alternate positions,
#  currency)
_PDA_JOBS = (
    ("Auto Glass Technician", ("Windshield Installer", "Glazier (Auto)"),
     ("Clearview Auto Glass Ltd.", "Clearview Auto Glass"), "Barrie Service Centre (Ontario)",
     (("urethane guns", ("Sika", "Dow")), "cold knife", "wire-out tool", "suction cups",
      ("calibration targets", ("ADAS",)), "glass cart"),
     ("reading work orders", "ADAS calibration steps", "customer communication",
      "working alone on mobile calls"),
     ("Auto Glass Technician certificate", "Class G licence", "WHMIS"),
     ("Shop Helper", "Auto Glass Technician", "Lead Hand", "Branch Manager"),
     ("Customer Service Representative", "Parts Driver", "Shop Cleaner"), "CAD"),
    ("Order Selector", ("Warehouse Picker", "Case Picker"),
     ("Harvest Grocers Distribution, Inc.", "Harvest Grocers Distribution"), "Reno DC (Nevada)",
     (("electric pallet jacks", ("Crown", "Raymond")), "voice headset",
      ("RF scanners", ("Zebra",)), "stretch wrap dispenser", "box cutter"),
     ("following voice-pick prompts", "pallet building", "counting accuracy",
      "communicating with loaders"),
     ("forklift operator certification", "OSHA 10"),
     ("Warehouse Associate", "Order Selector", "Lead Hand", "Shift Supervisor"),
     ("Inventory Clerk", "Returns Processor", "Yard Checker"), "USD"),
)
_ANALYSTS = ("J. Moreau, R.Kin.", "P. Okoye, OT Reg.", "L. Sato, CEAS")
_TASKS = ("Set-up and reading work orders", "Main tool work at the bay",
          "Lifting and moving product", "Checks and paperwork", "Clean-up")
_GRID = ("Standing", "Walking", "Kneeling", "Crouching", "Push/Pull", "Climbing")


def _physdemands(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A physical demands analysis: title, page number, analyst and credentials, visit date,
    method, reports-to, hours, job summary, tasks with percentages, the demand grid, the
    environment, signatures and disclaimer (chrome), other titles (spellings), a wage line
    (the role's band an hour, its probation rate its own single rate, the lead hand's rate
    theirs), premiums and allowances (no pay), a tools-and-equipment list split at "|" with
    brands in parentheses (each a skill), cognitive demands (skills), certification
    (`optional`), a `→` site progression and alternate positions for return to work
    (lateral); the employer it was prepared for employs the role."""
    variant = _begin(rng, g, ("pda", "jta"))
    if variant == "jta":
        return _jobtask(rng, g)
    (job, akas, (printed, short), site, tools, cognitive, certs, path, alternates,
     currency) = rng.choice(_PDA_JOBS)
    occupy(g, job, ladder=list(path), transitions=list(alternates))
    _spell(g, *akas)
    _legal(g, printed, short)
    _facts(g, [*_skills(tools), *(_cap(c) for c in cognitive)], (), (), certs)
    low = _hour(rng, 20, 24)
    band = (low, round(low + rng.randint(4, 7) + rng.randint(0, 99) / 100, 2))
    _salary(g, *band, currency, period="hour")
    probation = round(low - rng.randint(2, 3) + 0.25 * rng.randint(0, 3), 2)
    _salary(g, probation, probation, currency, period="hour")
    lead = round(band[1] + rng.randint(2, 4) + rng.randint(0, 99) / 100, 2)
    _salary(g, lead, lead, currency, period="hour", belongs_to=path[2])
    callout = int(_no_pay(g, rng.choice((40, 50, 60)), 5))
    boots = int(_no_pay(g, rng.choice((175, 200, 250)), 25))
    analyst = rng.choice(_ANALYSTS)
    g.must_not_appear += [analyst, site, "Physical Demands Analysis", "Shop Supervisor",
                          *_GRID]
    shares = (30, 25, 20, 15, 10)
    return ["PHYSICAL DEMANDS ANALYSIS                                       Page 1 of 3",
            f"Prepared for: {printed} – {site}        Claim no.: pre-placement",
            f"Analyst: {analyst}   Site visit: 2026-{rng.randint(10, 12)}-{rng.randint(10, 28)}"
            "   Method: observation, interview, force gauge", "",
            f"JOB TITLE: {job}        Other titles used on site: {akas[0]}, {akas[1]}",
            "Reports to: Shop Supervisor     Hours: 8 hr shifts, Monday to Friday",
            f"Wage: ${band[0]:.2f} - ${band[1]:.2f} /hr (probation 3 months at "
            f"${probation:.2f}/hr). {path[2]} ${lead:.2f}/hr.",
            f"Premiums: call-out ${callout} flat; safety boot allowance ${boots}/yr (not wage).",
            "",
            "1. JOB SUMMARY",
            f"The {job.lower()} does the work of the bay to the shop's standards and keeps the "
            "area clean and safe.", "",
            "2. ESSENTIAL TASKS (% of shift)",
            *(f"{chr(97 + n)}) {t} {'.' * (44 - len(t))} {s}%"
              for n, (t, s) in enumerate(zip(_TASKS, shares, strict=True))), "",
            "3. TOOLS & EQUIPMENT", " | ".join(_item(t) for t in tools), "",
            "4. PHYSICAL DEMANDS  (N=never  O=occasional  F=frequent  C=constant)",
            "   ".join(f"{d} ....... {rng.choice('NOFC')}" for d in _GRID[:3]),
            "   ".join(f"{d} ....... {rng.choice('NOFC')}" for d in _GRID[3:]), "",
            "5. COGNITIVE & INTERPERSONAL DEMANDS", "; ".join(_cap(c) for c in cognitive) + ".",
            "", "6. ENVIRONMENT: indoor bay, noise 80–88 dBA, cold near the doors in winter.", "",
            f"7. CERTIFICATION: {certs[0]} preferred; " + ", ".join(certs[1:]) + ".", "",
            "8. PROGRESSION & ALTERNATE DUTIES",
            "Site progression: " + " → ".join(path) + ".",
            "Modified / alternate positions for graduated return to work: "
            f"{', '.join(alternates)}.", "",
            "Analyst signature: ____________   Employer rep: ____________",
            "This PDA describes the job as observed and is not a medical opinion."]


# (job, two "also" titles, employer (printed, short) and site, equipment (one with a
#  brand in parentheses), observed skills, qualification (`optional`), the pathway
#  (containing the job; the third the leading hand), the earlier trade and its title (a
#  move in), alternative duties, currency, provider)
_JTA_JOBS = (
    ("Meat Boner", ("Boner", "Boning Room Operator"),
     ("Waitaki Meat Processors Ltd", "Waitaki Meat Processors"), "Oamaru plant, New Zealand",
     ("boning knives", "sharpening steel", "chain-mail apron", ("band saw", ("Biro",)),
      "hook"),
     ("knife skills", "carcass anatomy", "yield awareness", ("food safety", ("HACCP",)),
      "pace with accuracy"),
     "NZ Certificate in Meat Processing (Level 3)",
     ("Labourer", "Meat Boner", "Leading Hand", "Boning Room Supervisor", "Plant Manager"),
     ("butchery", "Butchery Apprentice"), ("Offal Room Operator", "Carton Labeller",
                                            "Hygiene Assistant"), "NZD",
     "Tūī Rehabilitation Ltd"),
    ("Timber Grader", ("Grader", "Sawmill Grader"),
     ("Murray Hardwoods Pty Ltd", "Murray Hardwoods"), "Benalla mill, Victoria",
     ("grading crayons", "tape measure", ("moisture meter", ("Wagner",)), "green chain",
      "docking saw"),
     ("defect recognition", "grading rules", "species identification", "concentration",
      "teamwork on the chain"),
     "Certificate III in Sawmilling and Processing",
     ("Tailer-out", "Timber Grader", "Leading Hand", "Shift Supervisor", "Mill Manager"),
     ("carpentry", "Carpenter's Labourer"), ("Forklift Spotter", "Stacker Operator",
                                              "Tally Clerk"), "AUD",
     "Banksia Workplace Health Pty Ltd"),
)


def _jobtask(rng: random.Random, g: Guide) -> list[str]:
    """A job task analysis for a funded return to work: provider, assessor, dates, roster,
    purpose, a task table with percentages and frequencies, the physical line, the
    recommendations and contacts (chrome), a dotted header block with the employer and the
    position's "also" titles (spellings), a pay line (a trainee rate the role's single rate,
    the qualified band the role's, the Leading Hand's rate theirs, a cold or clothing
    allowance no pay), an equipment list split at "·" (a brand in parentheses each), skills
    observed (skills), a qualification (`optional`), a `→` pathway, "come from … as" (a move
    in) and suitable alternative duties (lateral)."""
    (job, akas, (printed, short), site, equipment, observed, qual, path, (trade, came),
     alternates, currency, provider) = rng.choice(_JTA_JOBS)
    occupy(g, job, ladder=list(path), moves_in=[came], transitions=list(alternates))
    _spell(g, *akas)
    _legal(g, printed, short)
    _facts(g, [*_skills(equipment), *_skills(observed)], (), (), [qual])
    trainee = _hour(rng, 24, 27)
    _salary(g, trainee, trainee, currency, period="hour", level="Trainee")
    low = round(trainee + rng.randint(1, 3) + rng.randint(0, 99) / 100, 2)
    band = (low, round(low + rng.randint(4, 6) + rng.randint(0, 99) / 100, 2))
    _salary(g, *band, currency, period="hour")
    lead = round(band[1] + rng.randint(1, 3) + rng.randint(0, 99) / 100, 2)
    _salary(g, lead, lead, currency, period="hour", belongs_to=path[2])
    allowance = _no_pay(g, rng.choice((0.95, 1.20, 1.45)), 0.05)
    assessor = rng.choice(("Mere Tuhiwai, OT", "Grace Lindqvist, OT"))
    g.must_not_appear += [provider, assessor, "Job Task Analysis", "Neck flexion",
                          "Wet floor"]
    tasks = (("Receive product and set up station", 10, "F"),
             ("Main knife or grading work", 50, "C"), ("Check, trim and sort", 20, "F"),
             ("Sharpening and tool care", 10, "O"), ("Clean-down", 10, "O"))
    return ["JOB TASK ANALYSIS  –  description of the job for a return to work",
            f"Rehabilitation report        Provider: {provider}     Assessor: {assessor}",
            f"Date: {rng.randint(10, 28)}/11/2026", "",
            f"EMPLOYER ....... {printed}, {site}",
            f"POSITION ....... {job}   (also: {akas[0]}, {akas[1]})",
            "ROSTER ......... 6.30 am – 3.00 pm, Monday to Friday",
            f"PAY ............ Trainee (first 12 weeks) ${trainee:.2f}/hr; qualified "
            f"${band[0]:.2f} – ${band[1]:.2f}/hr;",
            f"                 {path[2]} ${lead:.2f}/hr.  Protective clothing and a "
            f"${allowance:.2f}/hr cold allowance are extra.", "",
            "PURPOSE OF THE ROLE",
            f"The {job.lower()} works at line speed to specification, keeping yield and "
            "hygiene standards.", "",
            "TASK BREAKDOWN                                  % of shift   Frequency",
            *(f"{t:<48}{p}%{'':<10}{f}" for t, p, f in tasks), "",
            "EQUIPMENT / TOOLS: " + " · ".join(_item(e) for e in equipment), "",
            "PHYSICAL: Standing C | Neck flexion F | Grip C | Lift 15 kg O | Wet floor C", "",
            "SKILLS / ATTRIBUTES OBSERVED: " + "; ".join(_item(o) for o in observed), "",
            f"QUALIFICATIONS: {qual} – gained on the job.", "",
            "PATHWAY AT THIS SITE", " → ".join(path),
            f"Most start as {_an(path[0].lower())}; a few come from {trade} as {_an(came)}.",
            "SUITABLE ALTERNATIVE DUTIES (graduated return, weeks 1–6): "
            f"{', '.join(alternates)}.", "",
            "Recommendations: job rotation every two hours; see section 9.",
            "Employer contact: site manager  |  Worker: [withheld]"]


# --------------------------------------------------------------------------------------
# One employee's total reward statement with the job family's ranges
# --------------------------------------------------------------------------------------
# (job, its bracketed specialism, company, depot, skills split at "/" (tools in
#  parentheses each), courses completed (`optional`), band letters (operative, role,
#  senior, leader), the operative and team leader titles, the lateral post in the table
#  and another lateral post, currency)
_REWARD_JOBS = (
    ("Network Fitter", "Gas Distribution", "Wyvern Gas Networks", "Stroud Depot",
     (("live gas working", ("squeeze-off", "under-pressure drilling")), "PE pipe jointing",
      ("gas detection", ("Gasurveyor", "DP-IR")), "reinstatement", "customer care"),
     ("Confined Space Entry (Medium Risk)", "NRSWA Operative card", "EUSR SHEA Gas"),
     ("B", "C", "D", "E"), "Network Operative", "Network Team Leader",
     "Emergency Response Engineer", "Meter Technician", "GBP"),
    ("Overhead Line Technician", "Distribution Lines", "Shannonside Power", "Ennis Depot",
     (("pole climbing", ("spurs", "fall arrest")), "live-line work",
      ("conductor stringing", ("tensioners", "pullers")), "switching", "route patrol"),
     ("Safety Rules Authorisation", "Emergency First Aid", "Mobile Elevating Work Platform"),
     ("3", "4", "5", "6"), "Line Operative", "Line Crew Leader",
     "Network Planner", "Substation Technician", "EUR"),
)
_EMPLOYEES = (("Ciaran Doyle", "0051927"), ("Priya Nair", "0047302"), ("Sam Hollis", "0060118"))


def _rewardstatement(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A utility's total reward statement: greeting, employee name and number, statement
    date, depot, pension, protection, leave, section and total values, the reward team and
    the disclaimer (chrome), the job title with its bracketed specialism (a spelling), the
    basic salary (the role's single rate), the band range for the role (its band),
    standby, overtime and benefit values (no pay), role-profile skills split at "/" with
    tools in parentheses (each), courses completed (`optional`), the job family by band
    (the operative's, team leader's and lateral post's bands theirs, the Senior band the
    role's, the role's own row no figure), a `>` path and "moved across to" (lateral)."""
    variant = _begin(rng, g, ("band", "county"))
    if variant == "county":
        return _county(rng, g)
    (job, special, company, depot, skills, courses, bands, operative, leader, across,
     other, currency) = rng.choice(_REWARD_JOBS)
    senior = f"Senior {job}"
    ladder = [operative, job, senior, leader]
    occupy(g, job, ladder=ladder, transitions=[across, other])
    _spell(g, f"{job} ({special})")
    _facts(g, _skills(skills), [company], (), courses)
    sign = "£" if currency == "GBP" else "€"
    word = "Band" if currency == "GBP" else "Grade"
    pay = rng.randint(25, 29) * 1000
    op = (pay, pay + rng.randint(3, 5) * 1000 + rng.choice((0, 200, 400)))
    _salary(g, *op, currency, belongs_to=operative)
    own = (op[1] + rng.randint(0, 2) * 1000 + 300, op[1] + rng.randint(7, 9) * 1000 + 500)
    _salary(g, *own, currency, level=f"{word} {bands[1]}")
    basic = rng.randint(own[0] // 50 + 2, own[1] // 50 - 2) * 50
    _salary(g, basic, basic, currency)
    sen = (own[1] - rng.randint(1, 2) * 1000 + 200, own[1] + rng.randint(5, 7) * 1000 + 600)
    _salary(g, *sen, currency, level="Senior")
    lead = (sen[0] + rng.randint(4, 6) * 1000, sen[1] + rng.randint(5, 8) * 1000)
    _salary(g, *lead, currency, belongs_to=leader)
    _salary(g, *sen, currency, belongs_to=across)
    standby = int(_no_pay(g, rng.randint(18, 29) * 100 + 40, 10))
    overtime = int(_no_pay(g, rng.randint(12, 21) * 100 + 60, 10))
    pension = int(_no_pay(g, round(basic * 0.1), 10))
    leave = int(_no_pay(g, round(basic * 0.096), 10))
    total = basic + standby + overtime + pension + leave
    person, number = rng.choice(_EMPLOYEES)
    g.must_not_appear += [person, depot, "Reward Team", "Total Reward Statement",
                          "Total Reward Value", "Employee Assistance Programme"]
    table = [(operative, bands[0], f"{sign}{op[0]:,} – {sign}{op[1]:,}"),
             (job, bands[1], "(your role)"),
             (senior, bands[2], f"{sign}{sen[0]:,} – {sign}{sen[1]:,}"),
             (leader, bands[3], f"{sign}{lead[0]:,} – {sign}{lead[1]:,}"),
             (across, bands[2], f"{sign}{sen[0]:,} – {sign}{sen[1]:,}")]
    width = max(len(t) for t, _, _ in table) + 4
    return [f"{company.upper()}                                   YOUR TOTAL REWARD STATEMENT "
            "2026",
            f"Prepared for: {person}      Employee no. {number}      Date: 30 April 2026",
            f"Job title: {job} ({special})      {word}: {bands[1]}      Base: {depot}", "",
            f"Thank you for your work this year. This statement shows the full value of what "
            f"{company} invests in you, not only your pay.", "",
            "YOUR PAY",
            _dots("  Basic salary (from 1 April 2026)", f"{sign}{basic:,}", 56),
            _dots(f"  {word} {bands[1]} range for your role", f"{sign}{own[0]:,} – "
                  f"{sign}{own[1]:,}", 56),
            _dots("  Standby and call-out (last 12 months)", f"{sign}{standby:,}", 56),
            _dots("  Overtime (last 12 months)", f"{sign}{overtime:,}", 56),
            "YOUR PENSION AND PROTECTION",
            _dots("  Employer pension contribution (10%)", f"{sign}{pension:,}", 56),
            _dots("  Employee Assistance Programme", "included", 56),
            f"YOUR TIME OFF: 26 days plus public holidays, worth {sign}{leave:,}.", "",
            f"TOTAL REWARD VALUE 2026: {sign}{total:,}", "",
            "YOUR ROLE PROFILE – SKILLS", " / ".join(_item(s) for s in skills), "",
            "LEARNING COMPLETED THIS YEAR", " · ".join(courses), "",
            "YOUR CAREER WITH US – the job family",
            *(f"  {t:<{width}}{word} {b}   {r}" for t, b, r in table),
            "Path: " + " > ".join(ladder),
            f"Over the last two years colleagues have also moved across to {across} and "
            f"{other} posts.", "",
            "Questions? The Reward Team. This statement is for information only and is not "
            "part of your contract."]


# (class series, department, county, competencies split at "·" (a tool in parentheses),
#  training record (`optional`), the coordinator title, the lateral titles and their
#  department, grade numbers)
_COUNTY_JOBS = (
    ("Eligibility Specialist", "Department of Social Services", "Harlow County",
     ("Benefits interviewing", ("Case management", ("CalSAWS",)), "Income verification",
      "Program regulations", "Customer service", "Spanish"),
     ("Eligibility Academy (6 weeks)", "Fraud awareness refresher"),
     "Eligibility Supervisor", ("Employment Services Counselor", "Child Support Officer"),
     "Harlow County Child Support Services", (112, 116, 120, 124)),
    ("Code Enforcement Officer", "Planning and Building Department", "Tillman County",
     ("Zoning code interpretation", ("Case tracking", ("Accela",)), "Site inspection",
      "Conflict resolution", "Report writing", "Photography"),
     ("AACE Code Enforcement Certification", "Verbal de-escalation course"),
     "Code Enforcement Supervisor", ("Building Inspector", "Animal Control Officer"),
     "Tillman County Animal Services", (108, 113, 118, 123)),
)


def _county(rng: random.Random, g: Guide) -> list[str]:
    """A county's total compensation statement: HR header, employee name and ID, FLSA
    status, hire date, benefit costs, leave value, total compensation and the benefits
    office (chrome), the job class "X II" (a spelling, with X I), an hourly rate (the role's
    single rate an hour) with its annualized figure (a second fact, a year), the grade range
    (the role's band), bilingual and longevity pay (no pay), the class series table (the
    role's I and II grades and Senior its own bands, the coordinator's theirs), a `→`
    promotion route, competencies split at "·" with a tool in parentheses (each), the
    training record (`optional`), recent moves up and lateral transfers; the county and the
    department employ."""
    (series, department, county, competencies, training, coordinator, laterals, other_dept,
     grades) = rng.choice(_COUNTY_JOBS)
    senior = f"Senior {series}"
    occupy(g, series, ladder=[series, senior, coordinator], leads=[senior, coordinator],
           transitions=list(laterals))
    _spell(g, f"{series} II", f"{series} I")
    _facts(g, _skills(competencies), [county, department], (), training)
    low = _hour(rng, 20, 23)
    ranges = []
    for _ in range(4):
        high = round(low * 1.5, 2)
        ranges.append((low, high))
        low = round(low * 1.1 + rng.randint(0, 60) / 100, 2)
    for (a, b), level in zip(ranges[:3], ("I", "II", "Senior"), strict=True):
        _salary(g, a, b, "USD", period="hour", level=level)
    _salary(g, *ranges[3], "USD", period="hour", belongs_to=coordinator)
    rate = round(ranges[1][0] + rng.randint(200, 450) / 100, 2)
    _salary(g, rate, rate, "USD", period="hour", level="II")
    annual = round(rate * 2080)
    _salary(g, annual, annual, "USD")
    longevity = int(_no_pay(g, rng.choice((500, 600, 750)), 50))
    medical = int(_no_pay(g, rng.randint(11, 16) * 1000 + 340, 10))
    retirement = int(_no_pay(g, round(annual * 0.12), 10))
    leave = int(_no_pay(g, round(annual * 0.16), 10))
    total = annual + 2080 + longevity + medical + retirement + leave
    g.must_not_appear += ["NGUYEN", "Human Resources & Risk Management", "Benefits Office",
                          "Total Compensation", "MyCounty"]
    titles = [f"{series} I", f"{series} II", senior, coordinator]
    width = max(len(t) for t in titles) + 2
    return [f"{county.upper()}  ·  Human Resources & Risk Management",
            "2026 TOTAL COMPENSATION STATEMENT                       Confidential – prepared "
            "for", "                                                        NGUYEN, ANH T.  (ID "
            f"{rng.randint(200000, 299999)})",
            f"Department: {department}",
            f"Job class: {series} II      Pay grade: {grades[1]}      FLSA: non-exempt      "
            "Hire date: 03/02/2020", "",
            "SECTION 1 – CASH COMPENSATION",
            _dots(" Hourly rate (eff. 07/01/2026)", f"${rate:.2f}/hr  (${annual:,} annualized)",
                  48),
            _dots(f" Grade {grades[1]} range", f"${ranges[1][0]:.2f} - ${ranges[1][1]:.2f}/hr",
                  48),
            _dots(" Bilingual premium ($1.00/hr)", "$2,080", 48),
            _dots(" Longevity pay", f"${longevity}", 48),
            "SECTION 2 – COUNTY-PAID BENEFITS",
            _dots(" Medical, dental and vision premiums", f"${medical:,}", 48),
            _dots(" Retirement, employer share", f"${retirement:,}", 48),
            _dots(" Paid leave (vacation, sick, holidays)", f"${leave:,}", 48),
            _dots(" TOTAL COMPENSATION", f"${total:,}", 48), "",
            "SECTION 3 – YOUR CLASS SERIES (grade ranges, hourly, FY2027)",
            *(f" {t:<{width}}grade {gr} ... ${a:.2f} - ${b:.2f}"
              + ("   <- you" if t == f"{series} II" else "")
              for t, gr, (a, b) in zip(titles, grades, ranges, strict=True)),
            " Promotion route: " + " → ".join(titles), "",
            "SECTION 4 – CORE COMPETENCIES FOR YOUR CLASS",
            " " + " · ".join(_item(c) for c in competencies), "",
            "SECTION 5 – TRAINING ON RECORD", " " + " · ".join(training), "",
            "SECTION 6 – WHERE PEOPLE IN YOUR CLASS HAVE GONE",
            f" Recent moves from the series: {senior} (4), {coordinator} (1); lateral "
            f"transfers to {laterals[0]} and {laterals[1]} ({other_dept}).", "",
            "These values are employer costs and estimates, not a contract. Questions: the "
            "Benefits Office or the HR portal (MyCounty)."]


# --------------------------------------------------------------------------------------
# A collective agreement's schedule of classification definitions and step rates
# --------------------------------------------------------------------------------------
# (series, employer (printed, short), union, knowledge and skills (kinds in parentheses
#  each), posting names, the certificate of the second class, the entry row's title, the
#  lead and mechanic titles, the mechanic's certificate, the summer assignment title and
#  the duties (`optional`), unit name)
_SCHEDULE_JOBS = (
    ("Water Distribution Operator",
     ("Corporation of the Town of Kestrel Falls", "Town of Kestrel Falls"),
     "Canadian Union of Public Employees, Local 3920",
     (("valve exercising", ("gate valves", "butterfly valves")), "hydrant flushing",
      ("leak location", ("listening sticks", "correlators")), "water sampling",
      "locates", "customer service"),
     ("Waterworks Operator", "Distribution Operator"),
     "Water Distribution Class II certificate", "Seasonal Labourer",
     "Lead Hand – Waterworks", "Waterworks Mechanic", "309A Plumber",
     "Parks Labourer", "Snow Clearing", "Public Works Unit"),
    ("Roads Equipment Operator",
     ("Corporation of the Municipality of Port Aldane", "Municipality of Port Aldane"),
     "Canadian Union of Public Employees, Local 2115",
     (("grader operation", ("Caterpillar", "John Deere")), "snowplough routes",
      ("patching", ("cold mix", "hot box")), "culvert cleaning", "traffic control",
      "pre-trip inspections"),
     ("Equipment Operator", "Plow Operator"),
     "AZ driver's licence", "Summer Student Labourer",
     "Lead Hand – Roads", "Heavy Equipment Mechanic", "310T Truck and Coach Technician",
     "Cemetery Labourer", "Sidewalk Repair", "Outside Workers Unit"),
)


def _cbaannex(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A municipal agreement's Schedule A: the parties line, term, page number, article
    references, later percentage increases, a shift premium, the signature block and the
    union (chrome), a definition of class I with "Knowledge and skills:" items (kinds in
    parentheses each) and the names used in postings (spellings, with the classes), a step
    table of five classifications (the seasonal row's two figures its band, "–" no figure;
    the role's classes I and II one band each from start to job rate; the lead hand's and
    mechanic's theirs), reclassification (no move), vacancies filled by posting that
    Operators are considered for (up moves), seasonal hires into class I (a move in) and a
    letter of understanding's summer assignment (lateral; the duties `optional`)."""
    variant = _begin(rng, g, ("schedule", "appendix"))
    if variant == "appendix":
        return _appendixb(rng, g)
    (series, (printed, short), union, skills, postings, cert, entry, lead, mechanic,
     mech_cert, summer, duties, unit) = rng.choice(_SCHEDULE_JOBS)
    occupy(g, series, leads=[lead, mechanic], moves_in=[entry], transitions=[summer])
    _spell(g, *postings, f"{series} I", f"{series} II")
    _legal(g, printed, short)
    _facts(g, _skills(skills), (), (), [cert, mech_cert, duties])
    start = _hour(rng, 18, 21)
    rows = []
    seasonal = (start, round(start + rng.randint(40, 70) / 100, 2))
    _salary(g, *seasonal, "CAD", period="hour", belongs_to=entry)
    rows.append((entry, [*seasonal, None, None]))
    base = round(start + rng.randint(6, 8) + rng.randint(0, 99) / 100, 2)
    for title, owner, level in ((f"{series} I", None, "I"), (f"{series} II", None, "II"),
                                (lead, lead, None), (mechanic, mechanic, None)):
        steps = [base]
        for _ in range(3):
            steps.append(round(steps[-1] * 1.032, 2))
        _salary(g, steps[0], steps[-1], "CAD", period="hour", level=level, belongs_to=owner)
        rows.append((title, steps))
        base = round(steps[-1] + rng.randint(50, 180) / 100, 2)
    premium = _no_pay(g, rng.choice((1.05, 1.20, 1.35)), 0.05)
    g.must_not_appear += [union, "Mayor", "CAO", "National Representative", 'Schedule "A"']
    width = max(len(t) for t, _ in rows) + 4

    def cells(steps: list[float | None]) -> str:
        return "".join(f"{'–' if s is None else f'{s:.2f}':<11}" for s in steps)

    return [f"COLLECTIVE AGREEMENT between THE {printed.upper()} (the \"Employer\")",
            f"and {union.upper()} (the \"Union\")     January 1, 2027 – December 31, 2029",
            f"{'':>80}Page {rng.randint(40, 70)}",
            f"SCHEDULE \"A\" – CLASSIFICATIONS AND WAGE RATES ({unit})", "",
            "A.1  DEFINITIONS",
            f"{series.upper()} I — Under the direction of the Lead Hand, performs the routine "
            f"work of the section and assists the public. Knowledge and skills: "
            + "; ".join(_item(s) for s in skills) + ".",
            f"Referred to in the Employer's postings as \"{postings[0]}\" or \"{postings[1]}\".",
            "",
            f"{series.upper()} II — As Operator I, and in addition holds the {cert} and "
            "works without direct supervision; trains Operator I employees.", "",
            f"{lead.upper()} — Works as an Operator II and leads the crew on a shift.", "",
            "A.2  HOURLY WAGE RATES effective January 1, 2027",
            f"{'CLASSIFICATION':<{width}}{'START':<11}{'6 MONTHS':<11}{'12 MONTHS':<11}"
            "24 MONTHS (job rate)",
            *(f"{t:<{width}}{cells(s)}".rstrip() for t, s in rows),
            "Rates effective January 1, 2028 and January 1, 2029 shall be the above increased "
            f"by 2.5% and 2.25% respectively. Shift premium: ${premium:.2f}/hr after 6:00 p.m. "
            "(Art. 16.03).", "",
            "A.3  PROGRESSION",
            f"(a) An Operator I who obtains the {cert} shall be reclassified to Operator II.",
            f"(b) Vacancies for {lead} and {mechanic} are filled by job posting (Article 10); "
            f"Operators holding a {mech_cert} certificate shall be considered for {mechanic}.",
            f"(c) {_plural(entry)} hired into Operator I are credited with their seasonal hours.",
            "",
            "LETTER OF UNDERSTANDING #2 – SUMMER ASSIGNMENT: Operators may be assigned as a "
            f"{summer} or to {duties} duties at their own rate.", "",
            "FOR THE EMPLOYER: ____________ Mayor ____________ CAO",
            "FOR THE UNION:    ____________ President ____________ National Representative"]


# (series, commonly called name, university, union, class skills (I; II and III added),
#  certificates of classes II and III (`optional`), related classifications (the lead
#  first), the supervisor, the earlier jobs of new hires (moves in), the transfer title)
_APPENDIX_JOBS = (
    ("Greenhouse Technician", "Grower", "Lakeshore State University",
     "Teamsters Local 903",
     ((("plant propagation", ("cuttings", "seed sowing")), ("irrigation systems",
                                                            ("drip", "ebb and flood")),
       "pest scouting", ("environmental controls", ("Argus",))),
      ("integrated pest management", "growth chamber operation"),
      ("stock ordering", "training of student workers")),
     ("Private Pesticide Applicator license", "Certified Greenhouse Grower"),
     ("Greenhouse Lead", "Research Technician"), "Plant Growth Facilities Supervisor",
     ("Nursery Worker", "Landscape Labourer"), "Field Research Assistant"),
    ("Audiovisual Technician", "AV Tech", "Northfield Technical University",
     "Service Employees Local 2291",
     ((("projector setup", ("laser", "short-throw")), ("audio mixing", ("Yamaha", "Shure")),
       "cable termination", ("room control", ("Crestron",))),
      ("lecture capture", "video conferencing"),
      ("system commissioning", "training of student workers")),
     ("CTS certification", "CTS-I certification"),
     ("AV Lead", "Media Production Specialist"), "Classroom Technology Supervisor",
     ("Stagehand", "Electronics Installer"), "Event Services Coordinator"),
)


def _appendixb(rng: random.Random, g: Guide) -> list[str]:
    """A university agreement's Appendix B: the parties and unit line, title codes, effective
    dates, step-increase rules, differentials and the signatures (chrome; the union and its
    officers never), a series of three numbered classes with knowledge and skills (kinds in
    parentheses each) and certificates (`optional`), "commonly called" (a spelling, with the
    classes), related classifications, a six-step hourly table (each class of the role one
    band from step 1 to step 6, the related classifications theirs), placement of new hires
    from two titles (moves in), reclassification (no move), a `→` career ladder (the classes
    the role, then the lead and the supervisor) and a transfer article (lateral)."""
    (series, called, university, union, (first, second, third), certs, related, supervisor,
     came, transfer) = rng.choice(_APPENDIX_JOBS)
    lead = related[0]
    occupy(g, series, ladder=[series, lead, supervisor], moves_in=list(came),
           transitions=[transfer])
    classes = [f"{series} I", f"{series} II", f"{series} III"]
    _spell(g, called, *classes)
    _facts(g, [*_skills(first), *(_cap(s) for s in (*second, *third))], [university], (), certs)
    rows = []
    start = _hour(rng, 19, 22)
    for title, owner, level in ((classes[0], None, "I"), (classes[1], None, "II"),
                                (classes[2], None, "III"), (related[0], related[0], None),
                                (related[1], related[1], None)):
        steps = [start]
        for _ in range(5):
            steps.append(round(steps[-1] * 1.036, 2))
        _salary(g, steps[0], steps[-1], "USD", period="hour", level=level, belongs_to=owner)
        rows.append((title, steps))
        start = round(steps[0] + rng.randint(180, 320) / 100, 2)
    weekend = _no_pay(g, rng.choice((1.10, 1.25, 1.40)), 0.05)
    g.must_not_appear += [union, "Secretary-Treasurer", "Associate Vice President",
                          "Research Support Unit"]
    codes = [rng.randint(4100, 4899) for _ in range(5)]
    width = max(len(t) for t, _ in rows) + 3
    return [f"AGREEMENT BETWEEN THE BOARD OF TRUSTEES OF {university.upper()} AND",
            f"{union.upper()} — RESEARCH SUPPORT UNIT          July 1, 2026 through June 30, "
            "2029", "-" * 88,
            "APPENDIX B  JOB CLASSIFICATIONS, DESCRIPTIONS AND HOURLY WAGE SCALES", "-" * 88,
            f"B-1. {series} series (Title codes {codes[0]}, {codes[1]}, {codes[2]})",
            "The series covers employees who keep the University's teaching and research "
            f"facilities running. Incumbents are commonly called {_plural(called)}.", "",
            f"  {classes[0].upper()} ({codes[0]}). Entry level. Knowledge/skills: "
            + "; ".join(_item(s) for s in first) + ".",
            f"  {classes[1].upper()} ({codes[1]}). Requires the {certs[0]} or 24 months as "
            f"{_an(classes[0])}. Additionally: {'; '.join(second)}.",
            f"  {classes[2].upper()} ({codes[2]}). Requires the {certs[1]}. Additionally: "
            f"{'; '.join(third)}.", "",
            "B-2. Related classifications in this unit",
            f"  {related[0].upper()} ({codes[3]}) — leads technicians on a shift.",
            f"  {related[1].upper()} ({codes[4]}) — provides specialist support to faculty.",
            "",
            "B-3. HOURLY WAGE SCALES (effective the first full pay period after July 1, 2026)",
            f" {'Title':<{width}}" + "   ".join(f"Step {n}" for n in range(1, 7)),
            *(f" {t:<{width}}" + "    ".join(f"{s:.2f}" for s in steps) for t, steps in rows),
            " Step increases are granted on the anniversary date. Weekend differential "
            f"${weekend:.2f}/hr is not part of the base rate.", "",
            "B-4. PLACEMENT AND PROMOTION",
            f" a. New hires with at least one year as a {came[0]} or {came[1]} may be placed "
            "at Step 2.",
            f" b. {_cap(_an(classes[0]))} who earns the {certs[0]} shall be reclassified to "
            f"{classes[1]}.",
            " c. Career ladder (Side Letter 2): " + " → ".join((*classes, lead, supervisor))
            + " (non-represented).",
            f" d. Technicians may apply to academic departments as {_an(transfer)} under "
            "Article 19 (Transfers).", "",
            "For the University: Associate Vice President, Human Resources     For the Union: "
            "Secretary-Treasurer"]


FAMILY32_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "licenceladder": _licenceladder, "reserves": _reserves, "extension": _extension,
    "physdemands": _physdemands, "rewardstatement": _rewardstatement, "cbaannex": _cbaannex,
}
