"""Generator renderers for the six page families of held-back set 37 (Czech postings ...).

Held-back set 37 showed six more kinds of page users bring: a Czech job posting read through
a browser translator (a regional portal's posting with a salary class's tariff, or an agency's
"TITLE / ORIGINAL (m/f)" posting with an hourly wage), a restaurant or hotel kitchen-brigade
explainer (a dining group's pay by rung in two regions, or a hotel's brigade page with relief
chefs' day fees), a university's promotion and tenure criteria page (a UK grade table with a
professorial minimum, or a US page of rank salary floors), a graduate scheme's assessment-
centre guide (a retailer's day timetable, or a public body's exercises and behaviours), a
temporary recruitment campaign (election staff fees, or census field staff rates) and a "how
to negotiate your salary as a X" article (a blog post with anecdote offers, or a reader's
question answered).  These renderers write such pages from a planned guide, two variants a
family, about occupations that fit them (occupy()); every fact the truth keeps is printed and
what a style does not state is cleared: tronc, service charge, supplements, allowances,
training fees, campaign totals and sign-on bonuses stay out of pay, others' figures keep their
owners.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import NO_LAYOUTS, _facts, _plural, _salary, occupy
from benchmarks.web_families24 import _begin, _fr, _no_pay  # _fr: Czech "38 000"
from benchmarks.web_families27 import _cap, _spell
from benchmarks.web_families30 import _legal
from benchmarks.web_families31 import _hour
from benchmarks.web_families32 import _an, _dots, _item, _skills
from benchmarks.web_families34 import _apart
from benchmarks.web_families35 import _lower, _whole

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY37_ALIAS_LAYOUTS", "FAMILY37_LADDER_LAYOUTS", "FAMILY37_LAYOUTS",
           "FAMILY37_RENDERERS"]

FAMILY37_LAYOUTS = ("czechmt", "brigade", "tenuretrack", "assesscentre", "tempcampaign",
                    "negotiation")
# The renderers set each page's ladder and spellings themselves (occupy()): none of the six
# is a ladder or alias layout of the planned guide.
FAMILY37_LADDER_LAYOUTS = FAMILY37_ALIAS_LAYOUTS = NO_LAYOUTS


# --------------------------------------------------------------------------------------
# A Czech job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (translated title, Czech title, "in some offers" name, the translator's wrong rendering
#  (never), employer (printed, short), the department, the region's abbreviation, duties
#  (`optional`), requirements (tools in parentheses each), papers (`optional`), the salary
#  class, the next job (translated, Czech), lateral jobs, similar offers (title, employer))
_CZ_PORTAL = (
    ("Care Worker", "Pracovník v sociálních službách", "social care assistant", "Social Worker",
     ("Domov seniorů Lipová, příspěvková organizace", "Domov seniorů Lipová"),
     "residential home for the elderly", "OLK",
     ("help residents with hygiene and meals", "keep the daily care records"),
     (("care documentation", ("Cygnus",)), "patience", "physical fitness",
      "communication with seniors"),
     ("accredited course for care workers", "clean criminal record"), "5th salary class",
     ("Social Care Coordinator", "koordinátor péče"), ("Activity Worker", "Home Care Worker"),
     (("Pečovatel", "Charita Šternberk"), ("Pracovník v sociálních službách",
                                           "Domov Na Zámečku Rokytnice"))),
    ("Pharmacy Assistant", "Farmaceutický asistent", "pharmacy laboratory assistant",
     "Pharmacist", ("Lékárna U Zlatého lva s.r.o.", "Lékárna U Zlatého lva"),
     "public pharmacy", "PAK",
     ("dispense over-the-counter medicines", "receive and check deliveries"),
     (("pharmacy software", ("Mediox", "LekisNT")), "customer care", "accuracy",
      "knowledge of OTC products"),
     ("higher vocational diploma", "registration with the chamber"), "7th salary class",
     ("Pharmacy Manager", "vedoucí lékárny"), ("Medical Sales Representative",
                                               "Drugstore Manager"),
     (("Farmaceutický asistent", "Lékárny Benu Pardubice"), ("Laborant",
                                                           "Nemocnice Chrudim"))),
)


def _czechmt(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A Czech regional portal's posting through a translator: the translator bar, the
    portal's line, the breadcrumb (its place no fact), the employer line, the contact and
    e-mail, "You might also be interested in" (employers of the similar offers) and the
    footer's Czech links (chrome), "TITLE / ORIGINAL – department" glued to the employer's
    legal name (spellings), the translator's wrong rendering (never), "We require:-" items
    (skills, tools in parentheses each; papers and duties `optional`), "We offer:" with `->`
    (the "from" figure and the salary class's tariff the role's in Czech notation, a
    supplement, meal allowance and pension contribution no pay), the next job's starting
    figure (theirs, a point: "starts at" is the starting pay), the ISPV average (the role's
    point, national and regional) and "Sector:"."""
    variant = _begin(rng, g, ("portal", "agency"))
    if variant == "agency":
        return _czagency(rng, g)
    (job, czech, called, wrong, (printed, short), unit, region, duties, needs, papers,
     klass, (up, up_cz), laterals, similar) = rng.choice(_CZ_PORTAL)
    occupy(g, job, leads=[up], transitions=list(laterals))
    _spell(g, czech, f"{job} / {czech}", called)
    _legal(g, printed, short)
    _facts(g, _skills(needs), [e for _, e in similar], ["Health care and social services"],
           [*papers, *duties])
    low = _whole(rng, 31, 36, 100)
    tariff = (low, low + _whole(rng, 7, 9, 100))
    _salary(g, low, None, "CZK", period="month")
    _salary(g, *tariff, "CZK", period="month", level=klass)
    theirs = tariff[1] - _whole(rng, 0, 1, 100) + 200
    _salary(g, theirs, theirs, "CZK", period="month", point=True, belongs_to=up)
    average = int(_apart(g, low + _whole(rng, 1, 2, 10) + 30, 10))
    _salary(g, average, average, "CZK", period="month", point=True, region="Czech Republic")
    local = int(_apart(g, average - _whole(rng, 0, 1, 10) - 120, 10))
    _salary(g, local, local, "CZK", period="month", point=True, region=region)
    extra = int(_no_pay(g, rng.choice((800, 1000, 1500)), 100))
    meal = int(_no_pay(g, rng.choice((85, 95, 105)), 5))
    contact = rng.choice(("Ing. Jana Dvořáková", "Bc. Tomáš Novotný"))
    portal = rng.choice(("prace-v-regionu.cz", "krajskenabidky.cz"))
    g.must_not_appear += [wrong, contact, "Show original", "ISPV", "You might also be",
                          "Mapa stránek", "meal allowance"]
    return ["This page has been translated from Czech. Show original | Options ▾",
            f"{portal} — job offers of the region ({region})",
            f"Offers › Health and social care › {rng.choice(('Olomouc', 'Pardubice'))}",
            f"{job} / {czech} – {unit} (two-shift operation){printed}",
            f"Offered salary: from CZK {low:,} per month (gross)  ·  full-time  ·  published "
            f"{rng.randint(2, 27)}. 11. 2026", "",
            f"The {_lower(job)} (in some offers \"{called}\"; the translator sometimes writes "
            f"\"{wrong}\", a different profession) will " + " and ".join(duties) + ".",
            f"We require:- {_item(needs[0])}", *(f"- {_item(n)}" for n in needs[1:]),
            *(f"- {p}" for p in papers),
            "We offer:",
            f"-> salary under the Government Regulation, {klass}: tariff {_fr(tariff[0])} – "
            f"{_fr(tariff[1])} Kč by length of practice",
            f"-> supplement for work in a difficult environment {_fr(extra)} Kč",
            f"-> meal allowance {meal} Kč/shift, contribution to supplementary pension",
            f"Career: after some years a {_lower(job)} may become {_an(_lower(up))} "
            f"({up_cz}), or move to other work as {_an(_lower(laterals[0]))} or "
            f"{_an(_lower(laterals[1]))}.",
            f"For comparison, {_an(_lower(up))} starts at {_fr(theirs)} Kč.",
            f"Apply by 20. 12. 2026 | {contact}, personnel department", "",
            f"Average wage of the occupation \"{czech.lower()}\" (ISPV, 2026): {_fr(average)} Kč "
            f"gross per month; {region} region {_fr(local)} Kč.",
            "You might also be interested in: "
            + " | ".join(f"{t} – {e}" for t, e in similar),
            "Sector: Health care and social services",
            f"© {portal} 2026 · Mapa stránek · Kontakt"]


# (translated title, Czech title with its gender mark, the agency (printed, short), the
#  client plant's town, what you will do (`optional`), requirements (tools in parentheses
#  each), a licence (`optional`), the foreman (theirs), earlier jobs (moves in), the up move,
#  similar offers' employers, industry)
_CZ_AGENCY = (
    ("Welder", "Svářeč", ("Proman Personál s.r.o.", "Proman Personál"), "Mladá Boleslav",
     ("weld steel structures by drawing", "check welds visually"),
     (("MIG/MAG welding", ("135", "136")), "reading technical drawings", "reliability"),
     "welding certificate ZK 135", "Welding Foreman", ("Locksmith", "Assembly Worker"),
     "Welding Inspector", ("Škoda Auto a.s.", "Kovo Holding Kolín"), "Engineering"),
    ("Forklift Driver", "Řidič VZV", ("JobKontakt Group s.r.o.", "JobKontakt Group"),
     "Ostrava", ("load and unload trucks", "keep the warehouse system up to date"),
     (("handheld scanners", ("Zebra",)), "warehouse work", "care and accuracy"),
     "forklift licence", "Shift Leader", ("Warehouse Worker", "Packer"), "Warehouse Manager",
     ("Hyundai Glovis Czech", "DHL Supply Chain Ostrava"), "Logistics"),
)


def _czagency(rng: random.Random, g: Guide) -> list[str]:
    """An agency's posting through a translator: the bar, the agency's menu, the reference
    number, the recruiter, "Reply" and "Similar offers" chrome, "TITLE / ORIGINAL (m/f)"
    (spellings), "What you will do" (`optional`), "What we expect" (skills, tools in
    parentheses; the licence `optional`), "Wage:" the role's monthly band and hourly wage in
    Czech notation, an attendance bonus and meal vouchers (no pay), the foreman's hourly wage
    (theirs), "people came from" (moves in), "can grow to" (up), similar offers' employers
    and "Industry:"."""
    (job, czech, (printed, short), town, doing, needs, licence, foreman, came, up, similar,
     kind) = rng.choice(_CZ_AGENCY)
    occupy(g, job, leads=[up], moves_in=list(came))
    _spell(g, czech, f"{job} / {czech} (m/f)")
    _legal(g, printed, short)
    _facts(g, _skills(needs), similar, [kind], [licence, *doing])
    band = (_whole(rng, 34, 38, 500), _whole(rng, 42, 46, 500))
    _salary(g, *band, "CZK", period="month")
    hourly = rng.randint(195, 240)
    _salary(g, hourly, hourly, "CZK", period="hour")
    theirs = hourly + rng.randint(40, 60)
    _salary(g, theirs, theirs, "CZK", period="hour", belongs_to=foreman)
    bonus = int(_no_pay(g, rng.choice((1500, 2000, 2500)), 500))
    vouchers = int(_no_pay(g, rng.choice((110, 120, 130)), 10))
    reference = f"REF-{rng.randint(1000, 9999)}"
    recruiter = rng.choice(("Lucie Marková", "Petra Horáková"))
    g.must_not_appear += [reference, recruiter, "Reply to the offer", "Similar offers",
                          "attendance bonus"]
    return ["Translated from: Czech  ▸  English   [Show original]",
            f"{short}  |  Job offers  |  For companies  |  Branches  |  Contact",
            f"{job} / {czech} (m/f)",
            f"Place of work: {town} · Start: immediately · Ref. no. {reference}", "",
            "What you will do", *(f"• {d}" for d in doing),
            "What we expect", *(f"• {_item(n)}" for n in needs), f"• {licence} (advantage)", "",
            f"Wage: {_fr(band[0])} – {_fr(band[1])} Kč gross per month (basic hourly wage "
            f"{hourly} Kč/h)",
            f"+ attendance bonus {_fr(bonus)} Kč, meal vouchers {vouchers} Kč",
            f"A {_lower(foreman)} on the line earns {theirs} Kč/h.", "",
            f"Our people came from other jobs as {_plural(_lower(came[0]))} or "
            f"{_plural(_lower(came[1]))}; the best can grow to {_lower(up)}.",
            f"Recruiter: {recruiter}, {printed}", "",
            "[ Reply to the offer ]",
            "Similar offers: " + " · ".join(f"{czech} – {s}" for s in similar),
            f"Industry: {kind}",
            f"© {printed}"]


# --------------------------------------------------------------------------------------
# A restaurant's or hotel's kitchen-brigade explainer
# --------------------------------------------------------------------------------------
def _chefs(title: str) -> str:
    """A brigade title's plural: "Chefs de Partie", "Sous Chefs".

    >>> _chefs("Chef de Partie"), _chefs("Pastry Chef")
    ('Chefs de Partie', 'Pastry Chefs')
    """
    first, sep, rest = title.partition(" de ")
    return f"{first}s{sep}{rest}" if sep else _plural(title)


# (group (printed, short), the role, "also" names, the brigade (containing the role and its
#  Junior rung name), needs (tools in parentheses each), where the role's people came from
#  (moves in), where they went (lateral), venues (employers), the industry)
_GROUPS = (
    ("Larkspur Kitchens Group Ltd", "Larkspur Kitchens Group"), "Chef de Partie",
    ("section chef", "CDP"),
    ("Commis Chef", "Demi Chef de Partie", "Chef de Partie", "Sous Chef", "Head Chef"),
    (("running a section", ("grill", "larder")), ("stock control", ("Kitchen CUT",)),
     "prep lists", "food safety"),
    ("Line Cook", "Pastry Cook"), ("Development Chef", "Catering Lecturer"),
    ("Larkspur Soho", "Larkspur Harrogate"), "Restaurants")
_GROUPS2 = (
    ("Ossery Hospitality plc", "Ossery Hospitality"), "Pastry Chef", ("pâtissier", "pastry cook"),
    ("Pastry Commis", "Demi Chef de Partie", "Pastry Chef", "Head Pastry Chef",
     "Executive Chef"),
    (("lamination and viennoiserie", ("croissants", "danishes")), "chocolate work",
     ("costing", ("Nory",)), "allergen control"),
    ("Baker", "Cake Decorator"), ("Chocolatier", "Bakery Manager"),
    ("Ossery Bath", "Ossery Canary Wharf"), "Restaurants")


def _brigade(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A restaurant group's "join the brigade" page: the group's menu, the breadcrumb in lower
    case, gift cards, perks, the company number and social links (chrome), the role with
    "also:" names (spellings), the brigade with `→` (a ladder), "what a X needs:" piped items
    (skills, tools in parentheses each), "pay by rung" in two regions (the role's own rows
    with their region, the Junior row at its level, every other rung's rows theirs), tronc and
    the service charge (no pay), "came from" (moves in), "where they went" (lateral), "jobs
    at" venues (employers) and "Industry — X / hospitality" (two sectors)."""
    variant = _begin(rng, g, ("group", "hotel"))
    if variant == "hotel":
        return _hotel(rng, g)
    ((printed, short), job, akas, ladder, needs, came, went, venues, kind) = rng.choice(
        (_GROUPS, _GROUPS2))
    occupy(g, job, ladder=list(ladder), moves_in=list(came), transitions=list(went))
    _spell(g, *akas)
    _legal(g, printed, short)
    # (fresh57) "Industry — Restaurants / hospitality": two sectors, as set 37's hand truth
    # reads the same line ("hospitality" had been left out)
    _facts(g, _skills(needs), venues, [kind, "hospitality"])
    at = ladder.index(job)
    rows: list[str] = []
    base = _whole(rng, 24, 26, 500)
    for step, rung in enumerate(ladder):
        london = base + step * _whole(rng, 4, 6, 500)
        away = london - _whole(rng, 2, 3, 500)
        if rung == job:
            wide = _whole(rng, 2, 4, 500)
            for where, low in (("London", london), ("outside London", away)):
                _salary(g, low, low + wide, "GBP", region=where)
            junior = (london - _whole(rng, 1, 2, 500), away - _whole(rng, 1, 2, 500))
            for where, low in zip(("London", "outside London"), junior, strict=True):
                _salary(g, low, low, "GBP", region=where, level="Junior")
            rows.append(f"junior {_lower(rung)} £{junior[0]:,} / £{junior[1]:,}")
            rows.append(f"{_lower(rung)} £{london:,} – £{london + wide:,} / £{away:,} – "
                        f"£{away + wide:,}")
            continue
        for where, low in (("London", london), ("outside London", away)):
            _salary(g, low, low, "GBP", region=where, belongs_to=rung)
        rows.append(f"{_lower(rung)} £{london:,} / £{away:,}")
    tronc = (int(_no_pay(g, rng.choice((2000, 2500)), 500)),
             int(_no_pay(g, rng.choice((4500, 5500)), 500)))
    g.must_not_appear += ["Gift cards", "troncmaster", "Company no.", "dining discount"]
    return [f"{printed.upper()} | Our restaurants | Join the brigade | Gift cards",
            f"join the brigade / back of house / {_lower(job)}",
            f"{job} — {rng.choice(('the engine of the section', 'where the craft is'))}",
            f"(also: {akas[0]}, {akas[1]})",
            f"In a {short} kitchen the brigade runs: "
            + " → ".join(_lower(r) for r in ladder) + f". The {_lower(job)} sits at rung "
            f"{at + 1} and answers to the {_lower(ladder[at + 1])}.", "",
            f"what a {_lower(job)} needs:",
            " " + " | ".join(_item(n) for n in needs), "",
            "pay by rung — salaried, 48 hrs/week, London / outside London", *rows,
            f"Tronc: paid through the troncmaster, usually £{tronc[0]:,}–£{tronc[1]:,} a year. "
            "It is not salary. The 12.5% service charge goes into the tronc.",
            "Other: 50% dining discount, cycle to work.", "",
            f"Where our {_lower(_chefs(job))} came from: {_plural(_lower(came[0]))} and "
            f"{_plural(_lower(came[1]))} from other kitchens.",
            f"Where they went: some left the line as {_an(_lower(went[0]))} or "
            f"{_an(_lower(went[1]))}.", "",
            f"We currently have {_lower(job)} jobs at {venues[0]} and {venues[1]}.",
            f"Industry — {kind} / hospitality",
            f"Company no. {rng.randint(10**7, 10**8 - 1)} · © 2026 {printed} · Allergens"]


# (hotel (printed, short), the role, "also known as", the brigade (containing the role),
#  skills (equipment in parentheses each), a certificate (`optional`), the agency relief
#  title (its day fee theirs), the banqueting title (its hourly rate theirs), moves in,
#  lateral, other hotels, sector)
_HOTELS = (
    (("The Carrick Grand Hotel Ltd", "The Carrick Grand Hotel"), "Breakfast Chef",
     ("morning chef", "breakfast cook"),
     ("Kitchen Porter", "Breakfast Chef", "Chef de Partie", "Sous Chef"),
     (("high-volume cooking", ("bratt pans", "combi ovens")), "egg cookery", "buffet set-up",
      "working to time"),
     "Level 2 Food Hygiene certificate", "Relief Chef", "Banqueting Cook",
     ("Kitchen Porter", "Café Cook"), ("Room Service Chef",),
     ("Dunmore Park Hotel", "Seacliff Lodge"), ("Hotels", "Hospitality")),
    (("Ardmoor Hotels Group Ltd", "Ardmoor Hotels"), "Banqueting Chef",
     ("events chef", "function chef"),
     ("Commis Chef", "Banqueting Chef", "Senior Sous Chef", "Executive Chef"),
     (("batch cooking", ("blast chillers", "hot cupboards")), "plating at volume",
      "event planning", "team briefings"),
     "Level 3 Food Safety certificate", "Agency Chef", "Casual Kitchen Assistant",
     ("Line Cook", "Contract Caterer"), ("Catering Manager",),
     ("Glenkinnon Castle Hotel", "Westbay Conference Centre"), ("Hotels", "Events")),
)


def _hotel(rng: random.Random, g: Guide) -> list[str]:
    """A hotel's "Our kitchen brigade" explainer: the booking bar, the "Rooms · Dine · Spa"
    menu, the staff-accommodation and uniform lines, the HR e-mail and the footer (chrome), a
    brigade table glued to its heading (rank | what they do: a ladder), the role's "also
    known as" (spellings), "What we look for" (skills, equipment in parentheses; a certificate
    `optional`), the role's yearly band and the Senior band (the role's), a relief chef's day
    fee and a casual's hourly rate (theirs), the service charge and live-in deduction (no
    pay), moves in, lateral, "sister hotels" (employers) and "Sector: A & B" (one sector)."""
    ((printed, short), job, akas, ladder, needs, cert, relief, casual, came, went, hotels,
     kinds) = rng.choice(_HOTELS)
    occupy(g, job, ladder=list(ladder), moves_in=list(came), transitions=list(went))
    _spell(g, *akas)
    _legal(g, printed, short)
    # (fresh57) "Sector: Hotels & Events": one sector as printed, as set 37's hand truth keeps
    # "hotels & restaurants" (and set 35's "Ports & stevedoring") whole
    _facts(g, _skills(needs), hotels, [f"{kinds[0]} & {kinds[1]}"], [cert])
    band = (_whole(rng, 25, 27, 250), _whole(rng, 28, 30, 250))
    _salary(g, *band, "GBP")
    senior = (band[1] + _whole(rng, 1, 2, 250), band[1] + _whole(rng, 4, 5, 250))
    _salary(g, *senior, "GBP", level="Senior")
    day = rng.randint(17, 21) * 10
    _salary(g, day, day, "GBP", period="day", belongs_to=relief)
    hourly = _hour(rng, 12, 13)
    _salary(g, hourly, hourly, "GBP", period="hour", belongs_to=casual)
    service = int(_no_pay(g, rng.choice((1800, 2400, 3100)), 100))
    g.must_not_appear += ["Book a room", "Staff accommodation", "live-in deduction",
                          "careers@" + short.lower().replace(" ", "")]
    return [f"{short.upper()}   Book a room   Rooms · Dine · Spa · Weddings · Careers", "",
            "Careers › Kitchen › Our kitchen brigade", "",
            "Our kitchen brigadeRank | what they do",
            *(f"{r} | {'you are here' if r == job else 'see below'}" for r in ladder),
            "(read top to bottom: each rank is the next step from the one above)", "",
            f"The {job} (also known as {_an(akas[0])} or {_an(akas[1])}) runs the "
            f"{'breakfast service' if 'Breakfast' in job else 'functions kitchen'}.", "",
            "What we look for: " + "; ".join(_item(n) for n in needs) + f"; a {cert} helps.",
            "",
            f"Pay: £{band[0]:,}–£{band[1]:,} a year; Senior {_plural(_lower(job))} "
            f"£{senior[0]:,}–£{senior[1]:,}.",
            f"When we are short we book cover: {_plural(_lower(relief))} are paid £{day} a day, "
            f"and {_plural(_lower(casual))} £{hourly:.2f} an hour.",
            f"Service charge shared out last year came to about £{service:,} a head — that "
            "is on top and never part of pay. Staff accommodation carries a live-in "
            "deduction.", "",
            f"Many came to us as {_plural(_lower(came[0]))} or {_plural(_lower(came[1]))}; "
            f"some move sideways to {_lower(went[0])} work.",
            f"Our sister hotels: {hotels[0]}, {hotels[1]}",
            f"Sector: {kinds[0]} & {kinds[1]}", "",
            f"Questions? careers@{short.lower().replace(' ', '')}.co.uk",
            f"© {printed} · Privacy · Modern slavery statement"]


# --------------------------------------------------------------------------------------
# A university's promotion and tenure criteria page
# --------------------------------------------------------------------------------------
# (university, the role, "in some schools" name, the ladder (below, role, above, top),
#  criteria (three domains of skills), lateral posts, earlier posts (moves in))
_UK_PROMOTIONS = (
    ("University of Hollinsbury", "Senior Lecturer", "Associate Professor",
     ("Lecturer", "Senior Lecturer", "Reader", "Professor"),
     (("teaching", ("module leadership", "curriculum design")),
      ("research", ("grant capture", "peer-reviewed publication")),
      "doctoral supervision", "external examining"),
     ("Senior Research Fellow", "Senior Teaching Fellow"), ("Clinical Specialist",
                                                           "Research Fellow")),
    ("Wendmoor University", "Principal Lecturer", "Associate Professor (Teaching)",
     ("Senior Lecturer", "Principal Lecturer", "Head of Department", "Professor"),
     (("education leadership", ("course leadership", "quality assurance")),
      "student experience", ("scholarship", ("pedagogic research",)), "line management"),
     ("Academic Developer", "Associate Dean"), ("Senior Lecturer in Practice",
                                                "Industry Fellow")),
)


def _tenuretrack(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A UK university's promotions page: the site menu, intranet path, the glued
    "who can apply · criteria" strip, the timetable, contact and footer (chrome), the `➜`
    career pathway (a ladder), the role's "in some schools" title (a spelling), criteria
    domains with `·` items (skills, in parentheses each), the grade table (the role's grade
    at its level, other grades theirs; the professorial minimum an open-ended floor, theirs),
    the entry point (the role's), a market supplement (no pay), "move across to" (lateral),
    "joined from" (moves in) and "Sector:"."""
    variant = _begin(rng, g, ("uk", "us"))
    if variant == "us":
        return _usfloors(rng, g)
    (uni, job, alias, ladder, criteria, laterals, came) = rng.choice(_UK_PROMOTIONS)
    below, _, above, top = ladder
    occupy(g, job, ladder=list(ladder), moves_in=list(came), transitions=list(laterals))
    _spell(g, alias)
    _facts(g, _skills(criteria), [uni], ["Higher education"])
    start = _whole(rng, 37, 40, 1)
    grades = []
    for n, (owner, step) in enumerate(((below, 0), (job, 1), (above, 2))):
        low = start + step * _whole(rng, 8, 9, 1)
        grades.append((f"Grade {7 + n}", owner, low, low + _whole(rng, 6, 7, 1)))
    for grade, owner, low, high in grades:
        _salary(g, low, high, "GBP", level=grade if owner == job else None,
                belongs_to=None if owner == job else owner)
    floor = grades[-1][3] + _whole(rng, 2, 3, 500)
    _salary(g, floor, None, "GBP", belongs_to=top)
    entry = grades[1][2]
    _salary(g, entry, entry, "GBP")
    market = int(_no_pay(g, rng.choice((3000, 4500, 6000)), 500))
    g.must_not_appear += ["Staff intranet", "who can apply", "Timetable", "promotions@"]
    return [f"{uni}   Study  Research  About  Staff intranet ▸ HR ▸ Academic Promotions",
            f"PROMOTION TO {job.upper()}who can apply · criteria · evidence · pay", "",
            "Academic career pathway: "
            + " ➜ ".join(f"{r} (Grade {7 + i})" if i < 3 else f"{r} (professorial band)"
                         for i, r in enumerate(ladder)), "",
            f"The {job} (in some schools \"{alias}\") leads programmes and has an "
            "independent profile in their field.", "",
            "Criteria – show strength in each area",
            *(f"{_cap(c if isinstance(c, str) else c[0])}: "
              + (" · ".join(c[1]) if not isinstance(c, str) else "evidence required")
              for c in criteria), "",
            "Pay (from 1 August 2026)",
            *(f"{grade} | {owner} | £{low:,} – £{high:,}" for grade, owner, low, high in grades),
            f"Professorial band | minimum £{floor:,}",
            f"Promoted staff enter {grades[1][0]} at its first point (£{entry:,}). A market "
            f"supplement of up to £{market:,} in shortage subjects is paid on top and is not "
            "part of the grade.", "",
            f"Moving between tracks: a {job} may move across to a {laterals[0]} or "
            f"{laterals[1]} post. Recent promotees joined us from posts as "
            f"{_an(_lower(came[0]))} or {_an(_lower(came[1]))}.", "",
            "Timetable: expressions of interest January · panel April",
            f"Contact: promotions@{uni.split()[-1].lower()}.ac.uk",
            f"Sector: Higher education   © {uni} 2026 · Cookies"]


# (university, its system (never), the role, ladder, what tenure needs, floors' multiplier
#  rank names, lateral, moves in, peer institutions (employers))
_US_TENURE = (
    ("Calloway State University", "Calloway State System Board of Regents",
     "Associate Professor", ("Assistant Professor", "Associate Professor", "Professor"),
     (("research productivity", ("external grants", "refereed articles")),
      "effective teaching", "service to the department", "mentoring students"),
     "Department Chair", ("Postdoctoral Researcher", "Visiting Assistant Professor"),
     ("Teaching Professor",), ("Marisco State University", "Union Valley College")),
    ("Northfork University", "Northfork Faculty Senate", "Assistant Professor",
     ("Instructor", "Assistant Professor", "Associate Professor"),
     (("scholarship", ("peer-reviewed publications", "conference papers")),
      "course evaluations", "committee service", "advising"),
     "Program Director", ("Postdoctoral Fellow", "Lecturer"), ("Clinical Assistant Professor",),
     ("Brenton College", "Lakeview State University")),
)


def _usfloors(rng: random.Random, g: Guide) -> list[str]:
    """A US university's "Promotion and Tenure" page: the faculty-affairs menu, the governing
    board (never), dossier deadlines, the handbook link and footer (chrome), the track with
    `>` (a ladder), "Criteria for tenure" numbered (skills, in parentheses each), "Minimum
    salary floors" per rank (the role's floor open-ended, other ranks' floors theirs), the
    promotion increase in dollars (the role's point), summer salary and a startup package (no
    pay), the chair "after tenure" (up), earlier posts (moves in), lateral and peers
    (employers), "Sector:"."""
    (uni, board, job, ladder, criteria, chair, came, lateral, peers) = rng.choice(_US_TENURE)
    occupy(g, job, ladder=list(ladder), leads=[chair], moves_in=list(came),
           transitions=list(lateral))
    _facts(g, _skills(criteria), [uni, *peers], ["Higher education"])
    floors = []
    low = _whole(rng, 58, 64, 500)
    for rank in ladder:
        floors.append((rank, low))
        if rank == job:
            _salary(g, low, None, "USD")
        else:
            _salary(g, low, None, "USD", belongs_to=rank)
        low += _whole(rng, 11, 15, 500)
    median = int(_apart(g, floors[ladder.index(job)][1] + _whole(rng, 6, 9, 100) + 50, 100))
    _salary(g, median, median, "USD", point=True)
    raise_ = int(_no_pay(g, rng.choice((6000, 7500, 9000)), 500))
    summer = int(_no_pay(g, rng.choice((9000, 12000)), 500))
    g.must_not_appear += [board, "Faculty Affairs", "dossier", "Faculty Handbook"]
    return [f"{uni.upper()} | Faculty Affairs | Hiring | Promotion and Tenure | Handbook",
            f"Promotion and Tenure: {job}", "",
            "The track: " + " > ".join(ladder), "",
            "Criteria for tenure and promotion",
            *(f"{i}. {_item(c)}" for i, c in enumerate(criteria, 1)), "",
            "Minimum salary floors (nine-month appointments, 2026–27)",
            *(_dots(rank, f"${value:,} minimum", 38) for rank, value in floors),
            f"Median base salary of our {_plural(_lower(job))} this year: ${median:,}. On "
            f"promotion a base increase of ${raise_:,} is added (an increase, not a salary).",
            f"Summer salary (up to ${summer:,}) and startup packages are separate from base "
            "pay.", "",
            f"After tenure, many serve as {_an(_lower(chair))}. Most of our "
            f"{_plural(_lower(job))} came here as {_plural(_lower(came[0]))} or "
            f"{_plural(_lower(came[1]))}; some move to a {lateral[0]} line.",
            f"Floors are benchmarked against {peers[0]} and {peers[1]}.", "",
            f"Dossiers are due 15 September. Floors approved by the {board}.",
            "Faculty Handbook, chapter 4 · Contact Faculty Affairs",
            f"Sector: Higher education · © {uni}"]


# --------------------------------------------------------------------------------------
# A graduate scheme's assessment-centre guide
# --------------------------------------------------------------------------------------
# (employer (printed, short), the scheme's own title, the role, internal and job-board
#  names, competencies, exercises, ladder after the scheme, lateral moves, moves in, other
#  schemes (theirs), peers (employers), sector, the car (never))
_RETAIL_SCHEMES = (
    (("Brindle & Co Supermarkets Ltd", "Brindle & Co Supermarkets"),
     "Graduate Store Manager Programme", "Store Manager", ("Store General Manager",
                                                           "Retail Store Manager"),
     ("Leading people", "Commercial awareness", "Planning and organising", "Resilience"),
     ("Graduate Store Manager", "Store Manager", "Area Manager"),
     ("Category Assistant", "Supply Chain Analyst"), ("Store Assistant",),
     ("Buying Graduate", "Finance Graduate"), ("Asda", "Morrisons"), "Grocery retail",
     "fully expensed car"),
    (("Halden Builders Merchants plc", "Halden Builders Merchants"),
     "Branch Management Graduate Scheme", "Branch Manager", ("Branch General Manager",
                                                             "Depot Manager"),
     ("Customer focus", "Working with others", "Problem solving", "Drive for results"),
     ("Graduate Trainee Manager", "Branch Manager", "Regional Director"),
     ("Key Account Manager", "Operations Analyst"), ("Sales Assistant",),
     ("Sales Graduate", "Procurement Graduate"), ("Travis Perkins", "Jewson"),
     "Builders merchants", "company car"),
)


def _assesscentre(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A graduate scheme's assessment-centre guide: the careers menu, breadcrumb, the
    congratulations line, a timed day programme (not-assessed slots, exercises: chrome), the
    adjustments e-mail and footer (chrome), the scheme's own trainee title (the role, as set
    37's truth holds it) and the job it leads to (its internal and job-board names are that
    job's: `optional`), "WHAT WE ASSESS" piped competencies (skills) and a licence
    (`optional`), the starting salary "rising to" (the role's band), the car (no pay), "AFTER
    THE PROGRAMME" `→` (a ladder, the later rungs up moves), transfers (lateral), the intake's
    earlier jobs (moves in), other schemes' figures (theirs), similar schemes (employers)."""
    variant = _begin(rng, g, ("retail", "public"))
    if variant == "public":
        return _publicac(rng, g)
    ((printed, short), scheme, job, akas, competencies, ladder, laterals, came, others,
     peers, kind, car) = rng.choice(_RETAIL_SCHEMES)
    occupy(g, ladder[0], ladder=list(ladder), leads=list(ladder[1:]), moves_in=list(came),
           transitions=list(laterals))
    _legal(g, printed, short)
    # (the internal and job-board names are the job's after the scheme: `optional`)
    _facts(g, competencies, peers, [kind], ["full UK driving licence", *akas])
    band = (_whole(rng, 40, 46, 500), _whole(rng, 55, 63, 500))
    _salary(g, *band, "GBP")
    theirs = [_whole(rng, 30, 33, 500), _whole(rng, 34, 37, 500)]
    for name, value in zip(others, theirs, strict=True):
        _salary(g, value, value, "GBP", belongs_to=name)
    exercises = ("Group exercise", "In-tray exercise", "Role play", "Presentation")
    hours = ("09:45", "11:00", "13:00", "14:15")
    g.must_not_appear += [car, "Welcome and site tour", "Lunch with current graduates",
                          "Search jobs"]
    return [f"{short} Careers   Stores | Head Office | Graduates | Apprentices   🔍 Search jobs",
            f"Graduates > {scheme} > Assessment centre",
            f"Your assessment centre day: {scheme}",
            "You have passed the online tests — well done. Here is how the day runs.", "",
            f"The scheme in one line: 12 months as a {ladder[0]}, then you run a site as a {job} "
            f"(internally \"{akas[0]}\"; on some job boards \"{akas[1]}\").",
            f"Starting salary £{band[0]:,} rising to £{band[1]:,} by year three, plus a {car} "
            "(a benefit, not salary).", "",
            "THE DAY", "09:00 Welcome and site tour - not assessed",
            *(f"{h} {e}" for h, e in zip(hours[:2], exercises[:2], strict=True)),
            "12:15 Lunch with current graduates (not assessed)",
            *(f"{h} {e}" for h, e in zip(hours[2:], exercises[2:], strict=True)), "",
            "WHAT WE ASSESS", " | ".join(competencies),
            "Plus a full UK driving licence from day one.", "",
            "AFTER THE PROGRAMME", " → ".join(ladder),
            f"Some transfer into head office as {_an(laterals[0])} or {_an(laterals[1])}. "
            f"Several of this year's intake worked as {_plural(_lower(came[0]))} while "
            "studying.", "",
            f"Other graduate schemes at {short}: {others[0]} (£{theirs[0]:,}), {others[1]} "
            f"(£{theirs[1]:,}) - different assessment centres.",
            f"Employers with similar schemes: {peers[0]}, {peers[1]}.",
            f"Sector: {kind} | Adjustments? Email ac@{short.split()[0].lower()}-careers.co.uk",
            f"© {printed} 2026 · Cookies"]


# (the body, the scheme, the role, the scheme's alias, behaviours, exercises, ladder,
#  lateral, moves in, the scheme's London and national starting figures, the relocation
#  payment, other bodies with schemes, sector)
_PUBLIC_SCHEMES = (
    ("Northmere Police", "Detective Degree Holder Entry Programme", "Detective Constable",
     "DHEP Trainee Detective",
     ("Emotionally aware", "Taking ownership", "Working collaboratively", "Analysing critically"),
     ("Trainee Detective Constable", "Detective Constable", "Detective Sergeant"),
     ("Intelligence Analyst",), ("Special Constable", "Police Staff Investigator"),
     ("Yarrow Police", "Kenbridge Constabulary"), "Policing"),
    ("The Revenue Audit Office", "Audit Graduate Scheme", "Auditor", "Graduate Auditor",
     ("Seeing the big picture", "Making effective decisions", "Communicating and influencing",
      "Delivering at pace"),
     ("Trainee Auditor", "Auditor", "Audit Manager"), ("Data Analyst",),
     ("Accounts Assistant", "Finance Apprentice"),
     ("National Audit Office", "Audit Wales"), "Public sector audit"),
)


def _publicac(rng: random.Random, g: Guide) -> list[str]:
    """A public body's assessment-centre guide: the GOV-style header, "Contents" with numbered
    sections, the online-centre link and the cookie banner (chrome), the scheme's trainee
    title (the role) with its paperwork name (a spelling), "Behaviours we assess" bullets
    (skills), the exercises (chrome), pay in two regions (the role's), a relocation payment
    (no pay), the progression with `›` (a ladder, the later rungs up moves),
    "Joined from" (moves in), "move into" (lateral), "Other forces/bodies running schemes"
    (employers) and "Sector:"."""
    (body, scheme, job, alias, behaviours, ladder, lateral, came, peers, kind) = rng.choice(
        _PUBLIC_SCHEMES)
    occupy(g, ladder[0], ladder=list(ladder), leads=list(ladder[1:]), moves_in=list(came),
           transitions=list(lateral))
    _spell(g, alias)
    _facts(g, behaviours, [body, *peers], [kind])
    national = _whole(rng, 28, 31, 100)
    london = national + _whole(rng, 2, 4, 100)
    _salary(g, london, london, "GBP", region="London")
    _salary(g, national, national, "GBP")
    relocation = int(_no_pay(g, rng.choice((2500, 3000, 5000)), 500))
    g.must_not_appear += ["Accept additional cookies", "Contents", "Online assessment centre"]
    return ["Accept additional cookies   Reject additional cookies   View cookies",
            f"{body.upper()} — Careers", "",
            f"Guidance: the {scheme} assessment centre", "",
            "Contents", "1. What the centre tests", "2. The exercises", "3. Pay and what next",
            "", "1. What the centre tests",
            f"You are assessed for the {scheme}; successful candidates join as "
            f"{_an(ladder[0])} (on the scheme's paperwork \"{alias}\") and qualify as "
            f"{_an(_lower(job))}. Behaviours we assess:",
            *(f"• {b}" for b in behaviours), "",
            "2. The exercises",
            "A written briefing exercise (60 minutes), an interview and a scenario role play. "
            "Online assessment centre candidates use the same exercises.", "",
            "3. Pay and what next",
            f"Starting pay: £{london:,} in London, £{national:,} elsewhere (national rate). A "
            f"relocation payment of up to £{relocation:,} is paid separately.",
            "Progression: " + " › ".join(ladder),
            f"Joined from: {_plural(came[0])} and {_plural(came[1])}. After qualifying some "
            f"move into {_lower(lateral[0])} roles.",
            f"Other bodies running schemes: {peers[0]}, {peers[1]}",
            f"Sector: {kind}", f"© {body}"]


# --------------------------------------------------------------------------------------
# A temporary recruitment campaign (elections, census)
# --------------------------------------------------------------------------------------
# (council, the polls, the role, "sometimes called", the higher station role, the inspector,
#  the count's two roles, duties (`optional`), what we look for, earlier jobs (moves in))
_ELECTIONS = (
    ("Harrowdale District Council", "District and Town Council elections", "Poll Clerk",
     "polling clerk", "Presiding Officer", "Polling Station Inspector",
     ("Counting Assistant", "Count Supervisor"),
     ("issue ballot papers", "mark the register"),
     ("accuracy", "impartiality", "customer service", "following procedures"),
     ("Customer Services Adviser",)),
    ("Tenfield City Council", "Mayoral and City Council elections", "Presiding Officer",
     "polling station manager", "Polling Station Inspector", "Deputy Returning Officer",
     ("Verification Assistant", "Count Table Supervisor"),
     ("open and close the station", "deliver the ballot box to the count"),
     ("leadership", "calm under pressure", "attention to detail", "basic numeracy"),
     ("Poll Clerk",)),
)


def _tempcampaign(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A council's "Work at the elections" page: the council menu, "You are here", the
    staffing numbers, register-interest and related links and footer (chrome), the role and
    the other station roles, "sometimes called" (a spelling), a fees table by role (the role's
    day fee; others' day fees and the count's hourly rates theirs), the training fee and
    mileage (no pay), "looking for" bullets (skills; duties `optional`), how people move on
    (the next role up; earlier jobs moves in)."""
    variant = _begin(rng, g, ("election", "census"))
    if variant == "census":
        return _census(rng, g)
    (council, polls, job, called, higher, inspector, count, duties, wants, came) = rng.choice(
        _ELECTIONS)
    occupy(g, job, leads=[higher], moves_in=list(came))
    _spell(g, called)
    _facts(g, [_cap(w) for w in wants], [council], ["Local government"], duties)
    fee = rng.randint(19, 26) * 10 + 5
    _salary(g, fee, fee, "GBP", period="day")
    rows = [(job, f"£{fee:.2f} for the day")]
    for step, other in enumerate((higher, inspector), 1):
        value = fee + step * rng.randint(6, 9) * 10
        _salary(g, value, value, "GBP", period="day", belongs_to=other)
        rows.append((other, f"£{value:.2f} for the day"))
    for step, other in enumerate(count):
        rate = _hour(rng, 14 + 3 * step, 16 + 3 * step)
        _salary(g, rate, rate, "GBP", period="hour", belongs_to=other)
        rows.append((other, f"£{rate:.2f} per hour"))
    training = int(_no_pay(g, rng.choice((30, 35, 40)), 5))
    g.must_not_appear += ["Council tax", "My account", "Register to vote", "mileage"]
    return [f"{council}   Bins | Council tax | Planning | Elections | Jobs | My account",
            "You are here: Home › Elections › Work at the elections",
            f"Work at the elections — {polls}",
            f"We need around {rng.randint(400, 700)} people for the polling stations and the "
            "count. Full training is given.", "",
            "POLLING STATION ROLES",
            f"{job} — " + " and ".join(duties) + f". (Sometimes called a {called}.)",
            f"{higher} — more responsibility and a higher fee.",
            f"{inspector} — the senior role on the day.",
            "", "FEES (set by the Returning Officer)", "Role | Fee",
            *(f"{r} | {f}" for r, f in rows),
            f"Training session (compulsory): £{training:.2f} — a training fee, not part of the "
            "day's fee. Mileage is refunded; not a fee.", "",
            "WHAT WE'RE LOOKING FOR", *(f"• {w}" for w in wants), "",
            f"How people move on: after a few polls a {job} can become a {higher}. Many of "
            f"our {_plural(job)} first worked here as {_plural(_lower(came[0]))}.", "",
            "Related: Register to vote | Postal votes | Results · Sector: Local government",
            f"{council} · © 2026 · Accessibility · Cookies"]


# (the statistics office, the role, the older name, supervisor, area manager, duties,
#  skills (kit in parentheses each), licences (`optional`), earlier jobs, lateral)
_CENSUS = (
    ("Office for Regional Statistics", "Census Field Officer", "census enumerator",
     "Census Team Leader", "Census Area Manager",
     (("doorstep engagement", ("tablet app",)), "route planning", "data protection",
      "persuasion"),
     ("full driving licence", "own smartphone"), ("Delivery Driver", "Sales Representative"),
     ("Survey Interviewer",)),
    ("National Statistics Agency", "Census Address Checker", "address canvasser",
     "Field Team Coordinator", "Regional Field Manager",
     (("address checking", ("GPS handhelds", "map layers")), "walking long distances",
      "recording accurately", "working alone"),
     ("full driving licence", "access to a car"), ("Postal Worker", "Meter Reader"),
     ("Market Research Interviewer",)),
)


def _census(rng: random.Random, g: Guide) -> list[str]:
    """A census campaign's recruitment page: the agency banner, "Apply by", the dates grid,
    the FAQs and footer (chrome), the role ("formerly called": a spelling), the hourly rate
    and the higher London rate (the role's, London its region), the supervisor's and area
    manager's hourly rates (theirs; "promoted to" the supervisor: up), "earn up to £X over
    the campaign" (a campaign total, no salary) and mileage (no pay), "you'll need" (skills,
    kit in parentheses; licences `optional`), "people who did this before" (moves in),
    "afterwards" (lateral)."""
    (agency, job, older, lead, manager, needs, papers, came, later) = rng.choice(_CENSUS)
    occupy(g, job, leads=[lead], moves_in=list(came), transitions=list(later))
    _spell(g, older)
    _facts(g, _skills(needs), [agency], ["Government statistics"], papers)
    rate = _hour(rng, 13, 14)
    london = round(rate + rng.randint(110, 160) / 100, 2)
    _salary(g, rate, rate, "GBP", period="hour")
    _salary(g, london, london, "GBP", period="hour", region="London")
    theirs = round(london + rng.randint(150, 220) / 100, 2)
    _salary(g, theirs, theirs, "GBP", period="hour", belongs_to=lead)
    top = round(theirs + rng.randint(300, 450) / 100, 2)
    _salary(g, top, top, "GBP", period="hour", belongs_to=manager)
    total = int(_no_pay(g, rng.randint(24, 36) * 100, 100))
    g.must_not_appear += ["Apply by", "Frequently asked questions", "mileage allowance"]
    return [f"{agency.upper()}  ·  CENSUS 2027  ·  Field jobs", "",
            f"{job} — temporary, 10 weeks from March",
            f"(formerly called {_an(older)})", "Apply by 31 January | Part time, flexible", "",
            f"Pay: £{rate:.2f} an hour (£{london:.2f} in London). You could earn up to "
            f"£{total:,} over the campaign, plus a mileage allowance — that campaign total is "
            "not a salary.",
            f"Above you: {_plural(lead)} (£{theirs:.2f} an hour) and {_plural(manager)} "
            f"(£{top:.2f} an hour); strong field staff are often promoted to "
            f"{_lower(lead)}.", "",
            "You'll need", *(f"- {_item(n)}" for n in needs), *(f"- {p}" for p in papers), "",
            f"People who did this before came from jobs as {_plural(_lower(came[0]))} and "
            f"{_plural(_lower(came[1]))}. Afterwards, some became "
            f"{_plural(_lower(later[0]))}.", "",
            "Sector: Government statistics",
            "Frequently asked questions · Privacy · Accessibility", f"© {agency} 2026"]


# --------------------------------------------------------------------------------------
# "How to negotiate your salary as a X" articles
# --------------------------------------------------------------------------------------
# (blog, the role, the data source (never), level bands, the up title, the specialty with
#  its lower median, the anecdote friend's other profession, skills that move the number,
#  up, lateral, moves in, employers hiring, sector)
_NEGOTIATE = (
    ("the pharmacy desk", "Pharmacist", "Community Pharmacy Pay Survey",
     ("pre-registration year", "2–4 years registered", "independent prescriber"),
     "Pharmacy Manager", "Hospital Pharmacist", "Pharmacy Technician",
     ("independent prescribing", "clinical audit", ("medicines optimisation", ("SystmOne",)),
      "patient consultations"),
     ("Locum Pharmacist",), ("Dispensing Assistant",),
     ("Boots", "Well Pharmacy", "Rowlands Pharmacy"), "Community pharmacy"),
    ("the physio lounge", "Physiotherapist", "Allied Health Salary Tracker",
     ("newly qualified", "3–5 years", "extended scope practitioner"),
     "Clinical Lead Physiotherapist", "Sports Physiotherapist", "Sports Massage Therapist",
     ("musculoskeletal assessment", "acupuncture", ("exercise prescription", ("Physitrack",)),
      "injection therapy"),
     ("Occupational Health Adviser",), ("Sports Therapist",),
     ("Nuffield Health", "Ascenti", "Connect Health"), "Physiotherapy"),
)


def _negotiation(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A blog's "How to negotiate your salary as a X": the masthead, category, posted and
    comments line, share buttons, "Read next" and footer (chrome), the survey's name (never),
    "what are Xs paid?" dotted rows (the role's bands by level, the lead's band theirs, the
    median the role's point with its region, a specialty's median theirs), "what to ask for"
    (CPD allowance, golden hello: no pay), three anecdote offers (the role's at the Senior
    level, a friend in another profession theirs), "skills that move your number" (skills,
    tools in parentheses), "where Xs go next" (up, lateral), "coming in from" (moves in),
    "hiring right now" (employers) and "Sector:"."""
    variant = _begin(rng, g, ("blog", "qa"))
    if variant == "qa":
        return _askqa(rng, g)
    (blog, job, survey, levels, lead, special, friend, needs, lateral, came, hiring,
     kind) = rng.choice(_NEGOTIATE)
    occupy(g, job, leads=[lead], moves_in=list(came), transitions=list(lateral))
    _facts(g, _skills(needs), hiring, [kind])
    rows = []
    low = _whole(rng, 30, 36, 500)
    for name in levels:
        band = (low, low + _whole(rng, 4, 8, 500))
        _salary(g, *band, "GBP", level=name)
        rows.append((name, band))
        low = band[1] + _whole(rng, 1, 3, 500)
    boss = (low + _whole(rng, 2, 4, 500), low + _whole(rng, 14, 18, 500))
    _salary(g, *boss, "GBP", belongs_to=lead)
    median = int(_apart(g, rows[1][1][0] + _whole(rng, 1, 3, 100) + 50, 100))
    _salary(g, median, median, "GBP", point=True, region="UK")
    theirs = int(_apart(g, rows[0][1][0] - _whole(rng, 1, 2, 100) + 50, 100))
    _salary(g, theirs, theirs, "GBP", point=True, belongs_to=special)
    senior = int(_apart(g, rows[1][1][1] + _whole(rng, 1, 2, 500), 500))
    _salary(g, senior, senior, "GBP", level="Senior")
    asked = _whole(rng, 26, 29, 500)
    got = asked - 1500
    for value in (asked, got):
        _salary(g, value, value, "GBP", belongs_to=friend)
    cpd = int(_no_pay(g, rng.choice((1000, 1500)), 250))
    g.must_not_appear += [survey, "Read next", "Not financial advice", "comments"]
    return [f"{blog} — careers, money & wellbeing",
            f"MONEY | How to negotiate your salary as {_an(_lower(job))}",
            f"Posted {rng.randint(2, 27)} Oct 2026 in Money · {rng.randint(3, 30)} comments · "
            "Share ✉ 𝕏", "",
            f"The first offer is rarely the best one. Here is what {_plural(_lower(job))} are "
            "paid and how to ask for more.", "",
            f"what are {_plural(_lower(job))} paid? (UK, gross basic, 2026)",
            f"Data: {survey} 2026",
            *(_dots(name, f"£{a:,} – £{b:,}", 40) for name, (a, b) in rows),
            _dots(_lower(lead), f"£{boss[0]:,} – £{boss[1]:,}", 40),
            _dots(f"median, all {_plural(_lower(job))}", f"£{median:,}", 40),
            f"{_plural(special)} earn less at the start — median £{theirs:,}.", "",
            "what to ask for",
            f"Not just basic pay: a CPD allowance (£{cpd:,} is typical), fees paid, a golden "
            "hello if they offer one.", "",
            "two conversations",
            f"Sam, a senior {_lower(job)}, signed at £{senior:,} after showing the survey.",
            f"A {_lower(friend)} friend asked for £{asked:,} and got £{got:,} - their pay is "
            "its own fight.", "",
            "skills that move your number",
            ", ".join(_item(n) for n in needs) + ".", "",
            f"where {_plural(_lower(job))} go next",
            f"Many move up to {_lower(lead)}; others move across as {_an(_lower(lateral[0]))}."
            f" Some come into the job from work as {_an(_lower(came[0]))}.",
            f"Hiring right now on our board: {', '.join(hiring)}.", "",
            f"Sector: {kind.lower()}", "Read next: Locum rates explained ›",
            f"© {blog} 2026 · Not financial advice"]


# (the advice site, the role, the reader's employer kind, the offer's region, what
#  employers pay more for, the up title, moves in, lateral, employers named, sector)
_ASK = (
    ("PayTalk Advice", "Quantity Surveyor", "a main contractor", "Manchester",
     ("NEC4 contracts", ("cost planning", ("CostX", "Excel")), "final accounts", "chartership"),
     "Commercial Manager", ("Assistant Quantity Surveyor",), ("Cost Consultant",),
     ("Kier Group", "Morgan Sindall", "Willmott Dixon"), "Construction"),
    ("The Offer Desk", "Electrician", "a facilities firm", "Birmingham",
     ("18th Edition wiring regulations", ("testing and inspection", ("Megger",)),
      "fault finding", "EV charger installation"),
     "Electrical Supervisor", ("Electrical Improver",), ("Maintenance Technician",),
     ("Mitie", "OCS Group", "Sodexo"), "Building services"),
)


def _askqa(rng: random.Random, g: Guide) -> list[str]:
    """An advice column's reader question "How do I negotiate my salary as a X?": the
    column's menu, byline, newsletter box and footer (chrome), the reader's offer (the role's
    point with the offer's region), the going rate (the role's band) and Senior band, the
    supervisor's figure (theirs), a sign-on bonus and a van allowance (no pay), "Employers pay
    more for" bullets (skills, tools in parentheses each), the usual route (moves in, up,
    lateral), the employers named and "Filed under:"."""
    (site, job, kind_of, city, more, up, came, lateral, named, sector) = rng.choice(_ASK)
    occupy(g, job, ladder=[came[0], job, up], leads=[up], moves_in=list(came),
           transitions=list(lateral))
    _facts(g, _skills(more), named, [sector])
    band = (_whole(rng, 36, 40, 500), _whole(rng, 44, 48, 500))
    _salary(g, *band, "GBP")
    senior = (band[1] + _whole(rng, 2, 3, 500), band[1] + _whole(rng, 8, 11, 500))
    _salary(g, *senior, "GBP", level="Senior")
    offer = int(_apart(g, band[0] - _whole(rng, 1, 2, 500), 500))
    _salary(g, offer, offer, "GBP", point=True, region=city)
    theirs = (senior[1] + _whole(rng, 1, 2, 500), senior[1] + _whole(rng, 6, 8, 500))
    _salary(g, *theirs, "GBP", belongs_to=up)
    bonus = int(_no_pay(g, rng.choice((1500, 2000, 3000)), 500))
    g.must_not_appear += ["Sign up to our newsletter", "Ask us a question", "6 min read"]
    return [f"{site}   Salaries · Negotiation · Ask us a question",
            f"Q: How do I negotiate my salary as {_an(_lower(job))}?",
            f"From the {site} editors · 6 min read", "",
            f"\"I've been offered £{offer:,} by {kind_of} in {city}. Is that fair, and how do "
            "I ask for more?\"", "",
            f"A: The going rate for {_an(_lower(job))} is £{band[0]:,}–£{band[1]:,}; senior "
            f"{_plural(_lower(job))} get £{senior[0]:,}–£{senior[1]:,}. "
            f"{_cap(_an(_lower(up)))} is on £{theirs[0]:,}–£{theirs[1]:,}.",
            f"Ignore the £{bonus:,} sign-on bonus and the van allowance when you compare: "
            "they are not salary.", "",
            "Employers pay more for:", *(f"  * {_item(m)}" for m in more), "",
            f"The usual route: {_lower(came[0])} → {_lower(job)} → {_lower(up)}; some move "
            f"across to {_lower(lateral[0])} work.",
            f"Firms that post the most jobs: {', '.join(named)}.", "",
            "Sign up to our newsletter", f"Filed under: {sector} · © {site}"]


FAMILY37_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "czechmt": _czechmt, "brigade": _brigade, "tenuretrack": _tenuretrack,
    "assesscentre": _assesscentre, "tempcampaign": _tempcampaign, "negotiation": _negotiation,
}
