"""Generator renderers for the six page families of held-back set 50 (Slovenian postings ...).

Held-back set 50 showed six more kinds of page users bring: a Slovenian job posting read
through a browser translator (an office posting with a "bruto" range and its "neto", a trial
rate, the *regres*, the *malica* per day, travel per km and the board's gross-to-net calculator,
or a season posting with a net and no gross, tips, a student-service hourly rate and the
season's stimulation), an Icelandic posting read through a translator (a plant's base salary
(*grunnlaun*) with the shift allowance, holiday and December bonuses, "average total wages" and
a summer workers' rate, or a tour firm's day wages by certification level with the monthly
figure they "work out about", pay by the trip and a staff-housing charge), a DACUM occupational
analysis chart for one occupation (a community college's chart page with the expert panel, the
duties-and-tasks grid, knowledge and skills, behaviours, tools and a labour-market snapshot, or
a workforce board's plain-text export with "::" lists, pathway notes, a percentile row and a
shift premium), an employer's reply to an employee's pay information request under the EU Pay
Transparency Directive (an Irish HR portal's case with the requester's pay, averages by sex, a
"work of equal value" average and level ranges, or a Dutch PDF letter with scales, an agency's
invoice rate and the collective agreement), a TUPE transfer measures letter for one role (an
outgoing contractor's letter with a rates table and the new employer's new title and rate, or a
council intranet's copy with a grade table on the pay spine, a bank rate and the new employer's
rate for its own staff) and a shift marketplace app's listing of one shift (a US app's venue
shift with a boost, an estimated total and a tier's rate, or a UK app's nights with the days
rate, a rate incl. holiday pay, a peak bonus and a temp-to-perm salary).  These renderers write
such pages from a planned guide, two variants a family, about occupations that fit them
(occupy()); every fact the truth keeps is printed and what a style does not state is cleared:
a "neto" beside a "bruto", the monthly figure a day wage "works out about", the requester's
monthly or hourly equivalent, an estimated total and a rate "incl. holiday pay" are the same
pay (no fact); the *regres*, *malica*, travel per km, the stimulation, the 13th salary, tips,
accommodation, the calculator's example, shift allowances, holiday and December bonuses,
pension, the union, gear and housing, total wages with overtime, pay by the trip, shift
premiums, bonus, holiday allowance, an agency's invoice rate, the National Living Wage,
enhancements, allowances, standby, boosts, peak bonuses and fees stay out of the role's pay;
percentiles, a pay gap, a "work of equal value" average across titles and an industry-wide
average give nothing, "only every fifth ad …" and "rarely any offer is above …" are one-sided;
trial, student, summer, entry, apprentice, certification-level, Senior, bank, days, tier and
permanent rates are the role's own at their level, the board's or app's average and typical
pay the role's own with the region, and other titles' figures keep their owners; the panel's
employers of other titles, the client, the staffing company or agency, idioms, glosses,
licences, certificates, duties, trends and "also work" chips are `optional`.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

# Slovenian and Icelandic notation, one helper each with web_families18: "1.650", "1.650,00"
from benchmarks.web_families18 import _br as _comma
from benchmarks.web_families18 import _dotted as _dot
from benchmarks.web_kit import (
    _an,
    _cap,
    _facts,
    _item,
    _legal,
    _no_pay,
    _plural,
    _prose_list,
    _salary,
    _skills,
    _spell,
    occupy,
    variant_families,
)

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY50_ALIAS_LAYOUTS", "FAMILY50_LADDER_LAYOUTS", "FAMILY50_LAYOUTS",
           "FAMILY50_RENDERERS"]


def _usd(amount: float) -> str:
    """A dollar figure as US pages print it: "$62,000", "$24.50"."""
    return f"${amount:,.2f}" if not float(amount).is_integer() else f"${int(amount):,}"


def _gbp(amount: float) -> str:
    """A pound figure as UK pages print it: "£24,404", "£12.65"."""
    return f"£{amount:,.2f}" if not float(amount).is_integer() else f"£{int(amount):,}"


def _eur(amount: float) -> str:
    """A euro figure as Irish pages print it: "€34,800", "€2,900.50"."""
    return f"€{amount:,.2f}" if not float(amount).is_integer() else f"€{int(amount):,}"


# --------------------------------------------------------------------------------------
# A Slovenian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role), the Slovenian name (an alias), the employer (printed "… d.o.o.",
#  short), town, region, what it does, the activity (a sector), work tasks (`optional`),
#  expectations (skills), three languages (skills), two idioms (`optional`), the junior rung
#  and its gloss (`optional`), the senior rung, the head and its gloss (`optional`), the
#  lateral post and its gloss (`optional`), two moves in (the second with its gloss,
#  `optional`), a similar ad's title and town with a gross band, another with a net, the cut
#  one, the one "by agreement" (`optional`), the breadcrumb's two categories (`optional`))
_SIOFFICE = (
    ("Customs declarant", "Carinski deklarant", ("Luka Sidro d.o.o.", "Luka Sidro"), "Koper",
     "Obalno-kraška region", "is a forwarding company in the port of Koper with 60 employees "
     "which clears the goods for the importers from all of Central Europe",
     "customs brokerage",
     ("preparation of the import and export declarations in the customs system",
      "the communication with the customs office and the shipping lines",
      "the checking of the commercial invoices and the packing lists"),
     (("knowledge of the customs software", ("SI-CIS", "NCTS")),
      "knowledge of the tariff classification", "MS Excel"), ("English", "Italian", "Croatian"),
     ("that you do not sleep on the ears", "that you have the eyes also on the back"),
     ("junior declarant", "mlajši deklarant"), "senior declarant",
     ("head of the customs department", "vodja carinske službe"),
     ("logistics planner", "planer logistike"),
     ("Shipping agent", ("Port clerk", "pristaniški referent")),
     (("Export clerk", "Sežana"), ("Truck driver C+E", "Divača")), "Forwarding clerk",
     "Warehouse manager", ("Transport and logistics", "Customs and forwarding")),
    ("Production planner", "Planer proizvodnje", ("Livarna Pohorje d.o.o.", "Livarna Pohorje"),
     "Slovenska Bistrica", "Podravska region", "is a foundry with 220 employees which casts "
     "aluminium parts for the makers of cars and the household machines", "aluminium casting",
     ("planning of the production orders for the casting and the machining",
      "the following of the stocks of the material",
      "reporting of the deviations to the production manager"),
     (("knowledge of the ERP system", ("SAP", "Pantheon")),
      "reading of the technical drawings", "MS Excel"), ("English", "German", "Croatian"),
     ("that you keep the head above the water", "that you count to three before you speak"),
     ("junior planner", "mlajši planer"), "senior planner",
     ("head of the planning", "vodja planiranja"), ("purchasing officer", "nabavni referent"),
     ("Machine operator", ("Storekeeper", "skladiščnik")),
     (("Quality technician", "Maribor"), ("CNC operator", "Ptuj")), "Process engineer",
     "Production manager", ("Production and manufacturing", "Planning and logistics")),
)


def _sioffice(rng: random.Random, g: Guide) -> list[str]:
    """An office posting on a Slovenian job board through a translator: the translator bar,
    the board's menu, the cookie line with *piškotki*, breadcrumb, dates, views, ad ID,
    buttons, headings, contact and the footer (chrome), "TITLE (M/F) – LOCAL NAME" (the role;
    an alias), "a – b EUR gross / month (bruto) ≈ … EUR net (neto)" (the gross the role's, the
    net the same pay), a glued "About the employerX d.o.o. …" (employs) with "Activity:" (a
    sector), tasks (`optional`), expectations (skills; the languages each a skill, idioms and
    the licence `optional`), a glued "We offerWork …" with the trial-work rate (at Trial
    period), the *regres*, *malica* per day, travel per km, the stimulation and the 13th
    salary (no pay), a glued "Career with usOur …" (a ladder with glosses, the head's "from N
    EUR gross" (theirs, an open floor), a lateral move and two moves in), the board's average
    with its region (a point), "Most of the offers are between" (the role's), "Only every fifth
    ad offers more than" (no fact), the board's gross-to-net calculator (no pay) and similar
    ads (two theirs with their towns, one cut, one "by agreement")."""
    (job, local, (printed, short), town, region, what, activity, tasks, needs, (l1, l2, l3),
     (idiom1, idiom2), (junior, junior_sl), senior, (head, head_sl), (lateral, lateral_sl),
     (came1, (came2, came2_sl)), ((s1, t1), (s2, t2)), cut, agreed,
     (cat1, cat2)) = rng.choice(_SIOFFICE)
    occupy(g, job, ladder=[_cap(junior), job, _cap(senior), _cap(head)],
           transitions=[_cap(lateral)], moves_in=[came1, came2])
    _spell(g, local)
    _legal(g, printed, short)
    _facts(g, [*_skills(needs), l1, l2, l3], [], [activity],
           [*tasks, idiom1, idiom2, junior_sl, head_sl, lateral_sl, came2_sl, agreed, cat1, cat2,
            "driving licence B"])
    low = rng.randrange(1500, 1900, 50)
    high = low + rng.randrange(350, 600, 50)
    _salary(g, low, high, "EUR", period="month")
    trial = low - rng.randrange(80, 160, 20)
    _salary(g, trial, trial, "EUR", period="month", level="Trial period")
    floor = high + rng.randrange(500, 800, 50)
    _salary(g, floor, None, "EUR", period="month", belongs_to=_cap(head))
    average = low + rng.randrange(100, 250, 10)
    _salary(g, average, average, "EUR", period="month", point=True, region=region)
    most = (low - rng.randrange(100, 200, 50), high + rng.randrange(50, 150, 50))
    _salary(g, *most, "EUR", period="month")
    a1 = low + rng.randrange(0, 150, 50)
    a1_high = a1 + rng.choice((250, 300))
    _salary(g, a1, a1_high, "EUR", period="month", belongs_to=s1, region=t1)
    a2 = rng.randrange(1900, 2400, 100)
    _salary(g, a2, a2, "EUR", period="month", belongs_to=s2, region=t2)
    net = (int(_no_pay(g, round(low * 0.71, -1), 10)), int(_no_pay(g, round(high * 0.69, -1), 10)))
    regres = int(_no_pay(g, rng.choice((1300, 1350, 1400)), 50))
    fifth = int(_no_pay(g, most[1] + rng.randrange(150, 300, 50), 50))
    gross = int(_no_pay(g, rng.choice((2000, 2100, 2200)), 50))
    take_home = int(_no_pay(g, round(gross * 0.68), 1))
    meal = rng.choice((7.96, 7.48, 6.12))
    site = rng.choice(("DeloZdaj.si", "Službe24.si"))
    contact = rng.choice(("Tina Zupan, HR", "Marko Kos, director"))
    g.must_not_appear += [site, "piškotki", "Nastavitve", contact, "Shrani oglas", "regres",
                          "malica", "13th salary", "Gross-to-net calculator",
                          f"About the employer{printed}", "We offerA safe job",
                          "Career with usA newcomer"]
    return ["Google Translate · Slovenian ➝ English · View the original page",
            f"{site}   Vacancies   For firms   Net pay calculator   Advice   Sign in",
            "The site stores piškotki (cookies) on your device.   [Nastavitve]   [Sprejmem vse]",
            f"{site} › {cat1} › {cat2}",
            f"Posted on 0{rng.randint(1, 4)}.12.2026 · Open until 0{rng.randint(1, 9)}.01.2027 · "
            f"{_dot(rng.randint(300, 1900))} views · Ad no. {rng.randint(10, 99)}-"
            f"{rng.randint(10000, 99999)}",
            f"{job.upper()} (M/F) – {local.upper()}",
            f"{printed}   ·   {town}   ·   Full-time work for an unlimited period, 3 months of "
            "trial work",
            f"Pay: {_comma(low)} – {_comma(high)} EUR bruto per month (about {_dot(net[0])} – "
            f"{_dot(net[1])} EUR neto)",
            "[Shrani oglas]   [Deli]   [Natisni]",
            f"About the employer{printed} {what}.",
            f"Activity: {activity}",
            "Work tasks:",
            *(f"– {t}" for t in tasks),
            "What we expect:",
            "– finished V. degree of schooling and at least two years in a similar post",
            f"– you speak {l1} and {l2} actively; {l3} counts as a plus",
            *(f"– {_item(n)}" for n in needs),
            "– the driving licence B",
            f"– {idiom1}, and {idiom2}",
            "We offerA safe job in a firm that grows every year.",
            f"– during the trial work we pay {_comma(trial)} EUR bruto monthly",
            f"– the holiday pay (regres) of {_dot(regres)} EUR, paid in June",
            f"– meals (malica) refunded at {_comma(meal)} EUR per working day, the commute at "
            "0,21 EUR per km",
            "– a quarterly stimulation for good results and a 13th salary when the year goes well",
            f"Career with usA newcomer begins as the {junior} ({junior_sl}); after about two "
            f"years comes the step to {senior}, and the strongest reach the {head} ({head_sl}), "
            f"which is paid from {_dot(floor)} EUR bruto. Whoever prefers another side of the "
            f"work may go over to the {lateral} ({lateral_sl}). Applicants who worked as "
            f"{_an(came1.lower())} or as {_an(came2.lower())} ({came2_sl}) are welcome too.",
            f"Pay overview ({site})",
            f"{job}, {region}: on average {_dot(average)} EUR bruto",
            f"Most of the offers are between {_dot(most[0])} and {_dot(most[1])} EUR.",
            f"Only every fifth ad offers more than {_dot(fifth)} EUR.",
            f"Gross-to-net calculator: {_dot(gross)} EUR bruto → {_dot(take_home)} EUR neto (one "
            "person, no children)   [Calculate]",
            f"Contact: {contact}, +386 {rng.randint(1, 7)} {rng.randint(100, 999)} "
            f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
            "[Prijavi se]",
            "Similar job ads",
            f"{s1} · {t1} · {_dot(a1)} – {_dot(a1_high)} EUR bruto",
            f"{s2} · {t2} · {_dot(a2)} EUR neto + field allowances",
            f"{cut} · Ljubljana · {_dot(rng.randrange(1700, 2000, 100))} – 2.5",
            f"{agreed} · Kranj · by agreement",
            f"{site} 2026 · Terms of use · Piškotki · Help"]


# (the title (the role), the Slovenian name (an alias), the employer (printed "… d.o.o.",
#  short), its place's name, town, region, what it is, the activity (a sector), numbered work
#  (`optional`), expectations (skills), two languages (skills), two idioms (`optional`), the
#  certificate (`optional`), the head and its gloss (`optional`), the winter lateral post and
#  its gloss (`optional`), two moves in (the second with its gloss, `optional`), a similar
#  ad of another title and its town, the same title's town, the cut one, the breadcrumb)
_SISEASON = (
    ("Grill cook", "Kuhar za žar", ("Ribja Terasa d.o.o.", "Ribja Terasa"),
     "Gostilna Ribja Terasa", "Piran", "Obalno-kraška region",
     "is a fish restaurant on the Piran waterfront with 120 seats on the terrace", "catering",
     ("the grilling of the fish, the squids and the meat by the orders",
      "the preparation of the side dishes and the sauces",
      "the cleaning of the grill and the work place after the shift"),
     (("grilling on the charcoal", ("fish", "meat")), "knowledge of the fish cleaning",
      "the hygiene rules (HACCP)"), ("English", "Italian"),
     ("to be quick like the wind", "that the fire does not scare you"),
     "the certificate of the hygiene minimum", ("head of the grill", "vodja žara"),
     ("pastry cook", "slaščičar"), ("Kitchen helper", ("Butcher", "mesar")),
     ("Waiter", "Portorož"), "Izola", "Dishwasher", "Gostinstvo in turizem"),
    ("Ice cream maker", "Sladoledar", ("Slaščičarna Lipa d.o.o.", "Slaščičarna Lipa"),
     "Slaščičarna Lipa", "Ljubljana", "Osrednjeslovenska region",
     "makes its own ice cream from the fresh milk of the farms from the Kamnik valley in two "
     "shops in the old town", "confectionery",
     ("the making of the ice cream by our recipes every morning",
      "the serving of the guests at the counter",
      "the washing of the machines and the keeping of the records"),
     (("work with the batch freezer", ("Carpigiani", "Bravo")), "the weighing by the recipes",
      "the hygiene rules (HACCP)"), ("English", "German"),
     ("to have the sweet hand", "not to melt in the heat"),
     "the certificate of the confectionery course", ("head of production", "vodja proizvodnje"),
     ("barista", "baristka"), ("Shop assistant", ("Baker", "pek")),
     ("Cashier", "Bled"), "Portorož", "Confectioner", "Slaščičarstvo"),
)


def _siseason(rng: random.Random, g: Guide) -> list[str]:
    """A season posting on a Slovenian job board through a translator: the translator bar,
    the menu, the cookie line, breadcrumb, dates, buttons, headings, the contact and the
    footer (chrome), "TITLE – LOCAL NAME" (the role; an alias), "N EUR net / month + tips" (a
    net with no gross: the posted pay; tips no pay), a glued "About usX …" (employs) with
    "Activity:" (a sector), numbered work (`optional`), expectations (skills; idioms and the
    certificate `optional`), the student-service hourly rate (at Student work), the
    stimulation at the end of the season and the accommodation (no pay), a glued "Career with
    usThe …" (a ladder with the head's net (theirs), a winter lateral move, moves in), the
    board's statistics (the average with its region a point, "most often between" the
    role's, "rarely any offer is over" no fact) and similar ads (another title's net theirs,
    the same title elsewhere the role's with its town, one cut)."""
    (job, local, (printed, short), place, town, region, what, activity, work, needs,
     (l1, l2), (idiom1, idiom2), cert, (head, head_sl), (lateral, lateral_sl),
     (came1, (came2, came2_sl)), (s1, t1), same_town, cut, category) = rng.choice(_SISEASON)
    occupy(g, job, ladder=[job, _cap(head)], transitions=[_cap(lateral)],
           moves_in=[came1, came2])
    _spell(g, local)
    _legal(g, printed, short)
    _facts(g, [*_skills(needs), l1, l2], [], [activity],
           [*work, idiom1, idiom2, cert, head_sl, lateral_sl, came2_sl, category, place])
    net = rng.randrange(1250, 1500, 50)
    _salary(g, net, net, "EUR", period="month")
    student = rng.choice((7.5, 8.2, 8.5, 9.1))
    _salary(g, student, student, "EUR", period="hour", level="Student work")
    head_net = net + rng.randrange(250, 450, 50)
    _salary(g, head_net, head_net, "EUR", period="month", belongs_to=_cap(head))
    average = net + rng.randrange(60, 160, 10)
    _salary(g, average, average, "EUR", period="month", point=True, region=region)
    often = (net - rng.randrange(100, 200, 50), head_net - rng.randrange(50, 150, 50))
    _salary(g, *often, "EUR", period="month")
    other = net - rng.randrange(50, 150, 50)
    _salary(g, other, other, "EUR", period="month", belongs_to=s1, region=t1)
    same = net + rng.randrange(50, 200, 50)
    _salary(g, same, same, "EUR", period="month", region=same_town)
    over = int(_no_pay(g, head_net + rng.randrange(100, 250, 50), 50))
    bonus = int(_no_pay(g, rng.choice((400, 500, 600)), 50))
    room = int(_no_pay(g, rng.choice((120, 150, 180)), 10))
    site = rng.choice(("MojeDelo24.si", "Poišči.si"))
    contact = rng.choice(("Nina Novak, 041 xxx 218", "Luka Horvat, 031 xxx 904"))
    g.must_not_appear += [site, "piškotki", contact, f"About us{printed}",
                          f"Career with usThe {job.lower()}", "Sprejmi", "Shrani oglas"]
    return ["Translated from Slovenian by Google  ·  Original  ·  Always translate Slovenian",
            f"{site} | Jobs | Student work | Season | Employers | Prijava",
            "This page uses piškotki. [Sprejmi]  [Zavrni]  [V redu]",
            f"Jobs › {category} › {town}",
            f"{job.upper()} – {local.upper()} (season May – September 2027)",
            f"{printed} · {place} · {town} · Posted {rng.randint(10, 30)}.11.2026 · "
            f"Apply by {rng.randint(10, 28)}.02.2027",
            f"Pay: {_dot(net)} EUR net / month + tips",
            "Shrani oglas   ·   Deli   ·   Prijavi se",
            f"About us{printed} {what}.",
            f"Activity: {activity}",
            "Your work:",
            *(f"{n}. {w}" for n, w in enumerate(work, 1)),
            "What we expect:",
            *(f"– {_item(n)}" for n in needs),
            f"– the communication in the {l1} and the {l2}",
            f"– {cert} (we also help you to get it)",
            f"– {idiom1} and {idiom2}",
            "We offer:",
            f"– for the students through the student service: {_comma(student)} EUR net per "
            "hour",
            f"– the stimulation at the end of the season ({_dot(bonus)} EUR) and a part of the "
            "tips",
            f"– the accommodation in the staff room for {_dot(room)} EUR per month",
            f"Career with usThe {job.lower()} who stays with us for two seasons can become the "
            f"{head} ({head_sl}) with {_dot(head_net)} EUR net. In the winter our team goes "
            f"over to the ski centre as the {lateral} ({lateral_sl}). We take also the "
            f"candidates who were before {_an(came1.lower())} or {_an(came2.lower())} "
            f"({came2_sl}).",
            f"Statistics of {site}",
            f"{job} in the {region}: average {_dot(average)} EUR net per month",
            f"Most often between {_dot(often[0])} and {_dot(often[1])} EUR net. Rarely any "
            f"offer is over {_dot(over)} EUR.",
            f"Contact: {contact}",
            "Similar ads",
            f"{s1} · {t1} · {_dot(other)} EUR net",
            f"{job} · {same_town} · {_dot(same)} EUR net",
            f"{cut} · {town} · 1.2",
            f"{site} © 2026 · Pogoji · Piškotki"]


# --------------------------------------------------------------------------------------
# An Icelandic job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role), the Icelandic name (an alias), the employer (printed "… hf.",
#  short), town, region, what it does, the industry (a sector), tasks (`optional`),
#  requirements (skills), the two languages (skills), the idiom (`optional`), the schooling
#  (`optional`), the shift leader's and manager's glosses (`optional`), the manager, the
#  lateral post with its gloss (`optional`), two moves in, the experience domain
#  (`optional`), a similar job's title and town, the cut one, the breadcrumb)
_ISPLANT = (
    ("Casthouse operator", "Starfsmaður í steypuskála", ("Norðurmálmur hf.", "Norðurmálmur"),
     "Grundartangi", "West Iceland", "produces aluminium ingots and rolling slabs for the "
     "European market and employs 480 people", "aluminium production",
     ("operating the casting machines and the holding furnaces",
      "taking the samples of the metal for the laboratory",
      "stacking and marking the ingots for the shipping"),
     (("operation of the overhead cranes", ("Demag", "Konecranes")), "safety awareness",
      "teamwork in the shifts"), ("English", "Icelandic"),
     "you must keep the head cold by the hot metal",
     "the Heavy Industry School (Stóriðjuskólinn)",
     ("vaktstjóri", "framleiðslustjóri"), "production manager",
     ("crane operator", "kranamaður"), ("Fish processing worker", "Construction worker"),
     "fishing industry", ("Electrician", "Akranes"), "Mechanic", "Iðnaður og framleiðsla"),
    ("Salmon farm technician", "Starfsmaður í fiskeldi", ("Laxvík Eldi hf.", "Laxvík Eldi"),
     "Djúpivogur", "East Iceland", "farms Atlantic salmon in the pens of the eastern fjords "
     "and employs 90 people", "aquaculture",
     ("feeding the fish from the feed barge and watching the cameras",
      "checking the nets and the moorings from the service boat",
      "counting the lice and the taking of the samples"),
     (("boat handling", ("RIB", "workboat")), "knowledge of the fish welfare",
      "safety awareness"), ("English", "Polish"),
     "you must not be made of sugar in the rain",
     "the small boat course (Smáskipanám)",
     ("vaktstjóri", "stöðvarstjóri"), "site manager",
     ("smolt station worker", "seiðaeldisstarfsmaður"),
     ("Deckhand", "Fish processing worker"), "fishing industry", ("Boat mechanic", "Eskifjörður"),
     "Diver", "Sjávarútvegur og fiskeldi"),
)


def _isk(amount: float) -> str:
    """An amount in krónur as the Icelandic boards print it: "612.000 kr."."""
    return f"{_dot(amount)} kr."


def _isplant(rng: random.Random, g: Guide) -> list[str]:
    """A plant's posting on an Icelandic job board through a translator: the translator
    line, the board's menu, the cookie line with *vafrakökur*, breadcrumb, job number, views,
    buttons, headings, the contact and the footer (chrome), "TITLE (LOCAL NAME)" (the role; an
    alias), "Base salary (grunnlaun): N kr. per month" (the role's), a glued "About the
    companyX hf. …" (employs) with "Industry:" (a sector), tasks (`optional`), requirements
    (skills; an idiom, the schooling and the domain `optional`), the shift allowance, holiday
    and December bonuses, pension, union and "average total wages with the shift allowance and
    the overtime" (no pay), the summer workers' hourly rate (at Summer work), a glued
    "OpportunitiesThe road …" (a ladder with the shift leader's "from N kr." (theirs, an open
    floor), a lateral move, moves in), the board's average with its region (a point), the
    whole industry's average (nobody's) and similar jobs (theirs; one cut)."""
    (job, local, (printed, short), town, region, what, industry, tasks, needs, (l1, l2), idiom,
     school, (rung_is, head_is), head, (lateral, lateral_is), (came1, came2), domain,
     (s1, t1), cut, category) = rng.choice(_ISPLANT)
    occupy(g, job, ladder=[job, "Shift leader", _cap(head)], transitions=[_cap(lateral)],
           moves_in=[came1, came2])
    _spell(g, local)
    _legal(g, printed, short)
    _facts(g, [*_skills(needs), l1, l2], [], [industry],
           [*tasks, idiom, school, rung_is, head_is, lateral_is, domain, category])
    base = rng.randrange(112, 136) * 5000
    _salary(g, base, base, "ISK", period="month")
    summer = rng.randrange(74, 86) * 50
    _salary(g, summer, summer, "ISK", period="hour", level="Summer work")
    leader = base + rng.randrange(24, 40) * 5000
    _salary(g, leader, None, "ISK", period="month", belongs_to="Shift leader")
    average = base + rng.randrange(2, 12) * 5000
    _salary(g, average, average, "ISK", period="month", point=True, region=region)
    other = base + rng.randrange(10, 30) * 5000
    _salary(g, other, other, "ISK", period="month", belongs_to=s1, region=t1)
    holiday = int(_no_pay(g, rng.choice((58000, 60000, 62000)), 1000))
    december = int(_no_pay(g, rng.choice((106000, 110000, 118000)), 1000))
    total = int(_no_pay(g, base + rng.randrange(50, 80) * 5000, 5000))
    trade = int(_no_pay(g, average + rng.randrange(6, 20) * 5000, 5000))
    site = rng.choice(("Starfalind.is", "Vinnuvefur.is"))
    contact = rng.choice(("Guðrún Jónsdóttir, HR", "Einar Pálsson, production manager"))
    g.must_not_appear += [site, "vafrakökur", contact, "Samþykkja", f"About the company{printed}",
                          "OpportunitiesThe road", "Sækja um", "orlofsuppbót", "desemberuppbót"]
    return ["Icelandic → English · translated by Google · Original text · ⚙",
            f"{site.upper()}   Störf   Fyrirtæki   Launatölur   Skrá inn",
            "We use vafrakökur (cookies).  [Samþykkja]  [Hafna]",
            f"Störf › {category} › {region}",
            f"{job.upper()} ({local.upper()})",
            f"{printed}   ·   {town}   ·   Shift work 12 hours, 2-2-3   ·   Posted "
            f"{rng.randint(1, 9)}.12.2026",
            f"Base salary (grunnlaun): {_isk(base)} per month",
            f"Starf nr. {rng.randint(10, 99)}-{rng.randint(1000, 9999)}  |  Skoðanir: "
            f"{_dot(rng.randint(1100, 4800))}  |  ☆ Vista  |  Deila",
            f"About the company{printed} {what}.",
            f"Industry: {industry}",
            "Main tasks",
            *(f"– {t}" for t in tasks),
            "Requirements",
            *(f"– {_item(n)}" for n in needs),
            f"– good {l1}; {l2} is a plus",
            f"– experience from the {domain} or other industry helps",
            f"– {idiom}",
            "We offer",
            "– 33% shift allowance (vaktaálag) on the base",
            f"– orlofsuppbót (holiday bonus) {_isk(holiday)} in May, desemberuppbót (December "
            f"bonus) {_isk(december)}",
            "– pension contribution 11.5% and the membership of the union",
            f"– average total wages with the shift allowance and the overtime about "
            f"{_isk(total)} per month",
            f"– summer workers are paid {_isk(summer)} per hour",
            f"– {school} during the work time",
            f"OpportunitiesThe road with us: {job} → shift leader ({rung_is}) → {head} "
            f"({head_is}). The shift leader is paid from {_isk(leader)} per month. Some go "
            f"over to the {lateral} ({lateral_is}). Many came to us from the work as "
            f"{_an(came1.lower())} or {_an(came2.lower())}.",
            f"Salary statistics of {site}",
            f"Average base salary of {_plural(job.lower())} in {region}: {_isk(average)} per "
            "month",
            f"Average wages in manufacturing, the whole country: {_isk(trade)} per month",
            f"Contact: {contact}   [ Sækja um ]",
            "Similar jobs",
            f"{s1} · {t1} · {_isk(other)} per month",
            f"{cut} · {town} · 850.000 – 9",
            f"{site} © 2026 — Skilmálar — Persónuvernd"]


# (the title (the role), the Icelandic name (an alias), the employer (printed "… ehf.",
#  short), town, region, what it does, the line of business and its gloss (a sector;
#  `optional`), the job (`optional`), requirements (skills), the languages (skills), the
#  certificate and the first-aid course (`optional`), the idiom (`optional`), the level name,
#  the assistant's and head's glosses (`optional`), the lateral post with its gloss
#  (`optional`), two moves in, the per-trip product (`optional`), a similar job's title and
#  town, the same title's town, the cut one, the breadcrumb)
_ISTOUR = (
    ("Sea kayak guide", "Kajakleiðsögumaður", ("Eyjakajak ehf.", "Eyjakajak"), "Stykkishólmur",
     "West Iceland", "leads kayak tours among the islands of Breiðafjörður since 2011",
     ("adventure tourism", "afþreyingarferðaþjónusta"),
     ("guiding groups of up to 8 guests among the islands",
      "the safety talk and the fitting of the spray skirts",
      "the reading of the tide tables and the weather every morning"),
     ("the rescue techniques on the water", "the tide and weather reading",
      "group management"), ("English", "German"),
     ("the Kayak Guide 1 course", "Wilderness First Aid"),
     "you must not be afraid of the cold water on the fingers", "Kayak Guide",
     ("aðstoðarleiðsögumaður", "yfirleiðsögumaður"), ("booking agent", "bókunarfulltrúi"),
     ("Lifeguard", "Outdoor teacher"), "the sunset tour", ("Bus driver", "Reykjavík"),
     "Grundarfjörður", "Whale watching guide", "Ferðaþjónusta"),
    ("Horse riding guide", "Hestaleiðsögumaður", ("Hraunhestar ehf.", "Hraunhestar"), "Hella",
     "South Iceland", "runs riding tours on Icelandic horses from one hour to six days in "
     "Rangárþing since 2005", ("equestrian tourism", "hestaferðaþjónusta"),
     ("guiding groups of up to 10 riders in the lava fields",
      "saddling and the care of the horses before and after the tours",
      "the teaching of the tölt to the beginners"),
     ("the horsemanship", "the first aid for the riders and the horses", "group management"),
     ("English", "Swedish"), ("the Riding Guide 1 course", "Wilderness First Aid"),
     "you must sit in the saddle also when it blows", "Riding Guide",
     ("aðstoðarleiðsögumaður", "yfirleiðsögumaður"), ("horse trainer", "tamningamaður"),
     ("Farm worker", "Riding instructor"), "the midnight ride", ("Stable hand", "Selfoss"),
     "Hveragerði", "Tour driver", "Ferðaþjónusta"),
)


def _istour(rng: random.Random, g: Guide) -> list[str]:
    """A tour firm's posting on an Icelandic job board through a translator: the translator
    line, menu, cookie line, breadcrumb, job number, views, buttons, headings, the contact and
    the footer (chrome), "TITLE (LOCAL NAME) – SEASON 2027" (the role; an alias), "from N kr.
    per day (day wages) by the level" (the role's, an open floor), a glued "Who we areX ehf.
    …" (employs) with "Line of business:" (a sector), the job (`optional`), requirements
    (skills; the course, first aid and an idiom `optional`), "Day wages by the level" in a
    dotted table (the assistant's at Assistant, each level's at its name), "works out about …
    per month" (the same pay), pay by the trip, a gear allowance and a staff-housing charge (no
    pay), a glued "The road with usMost …" (a ladder, a lateral move, moves in), the board's
    average day wage with its region (a point), "Rarely any offer is above" (no fact) and
    similar jobs (another title's monthly pay theirs, the same title elsewhere the role's with
    its place, one cut)."""
    (job, local, (printed, short), town, region, what, (business, business_is), duties, needs,
     (l1, l2), (course, aid), idiom, level, (assistant_is, head_is), (lateral, lateral_is),
     (came1, came2), trip, (s1, t1), same_place, cut, category) = rng.choice(_ISTOUR)
    occupy(g, job, ladder=["Assistant guide", job, "Senior guide", "Head guide"],
           transitions=[_cap(lateral)], moves_in=[came1, came2])
    _spell(g, local)
    _legal(g, printed, short)
    _facts(g, [*_skills(needs), l1, l2], [], [business],
           [business_is, *duties, course, aid, idiom, assistant_is, head_is, lateral_is,
            f"{level} 1", category])
    rates = [rng.randrange(29, 34) * 1000]
    rates.append(rates[0] + rng.randrange(6, 10) * 1000)
    rates.append(rates[1] + rng.randrange(4, 7) * 1000)
    rates.append(rates[2] + rng.randrange(5, 9) * 1000)
    _salary(g, rates[1], None, "ISK", period="day")
    # (the lead's call, stop 59: "Assistant" is a seniority word, as set 50's README and the
    # set READMEs' shared conventions say, so the assistant guide's day wage is the role's at
    # level Assistant, as "Senior X"'s is at Senior)
    _salary(g, rates[0], rates[0], "ISK", period="day", level="Assistant")
    for n, rate in enumerate(rates[1:], 1):
        _salary(g, rate, rate, "ISK", period="day", level=f"{level} {n}")
    average = rates[1] + rng.randrange(1, 4) * 500
    _salary(g, average, average, "ISK", period="day", point=True, region=region)
    other = rng.randrange(100, 112) * 5000
    _salary(g, other, other, "ISK", period="month", belongs_to=s1, region=t1)
    same = rates[1] + rng.randrange(2, 5) * 500
    _salary(g, same, same, "ISK", period="day", region=same_place)
    month = int(_no_pay(g, rates[2] * 18, 5000))
    per_trip = int(_no_pay(g, rng.randrange(12, 17) * 1000, 1000))
    gear = int(_no_pay(g, rng.choice((50000, 60000, 70000)), 5000))
    housing = int(_no_pay(g, rng.choice((30000, 35000, 40000)), 5000))
    above = int(_no_pay(g, rates[3] + rng.randrange(2, 5) * 1000, 1000))
    site = rng.choice(("Sumarstarf.is", "Leiðsögn-störf.is"))
    contact = rng.choice(("Sigrún Hauksdóttir, owner", "Ari Björnsson, head guide"))
    g.must_not_appear += [site, "vafrakökur", contact, "Stillingar", f"Who we are{printed}",
                          "The road with usA first season", "Sækja um"]
    return ["Google Translate: Icelandic to English  ·  See the Icelandic page  ·  ✕",
            f"{site}  |  Störf  |  Sumarvinna  |  Fyrirtæki  |  Innskráning",
            "Við notum vafrakökur (cookies).   [Í lagi]   [Stillingar]",
            f"Forsíða / {category} / {region}",
            f"{job.upper()} ({local.upper()}) – SEASON 2027",
            f"{printed}   ·   {town}   ·   Summer season 2027 (May – September)   ·   Apply by "
            f"{rng.randint(5, 25)}.1.2027",
            f"Pay: day wages from {_isk(rates[1])}, by the guide level",
            f"Auglýsing {rng.randint(10000, 99999)}   ·   {_dot(rng.randint(900, 3000))} views",
            f"Who we are{printed} {what}.",
            f"Line of business: {business} ({business_is})",
            "Your work",
            *(f"– {d}" for d in duties),
            "Requirements",
            f"– {course} finished, or you take it before the season starts",
            f"– a {aid} certificate that is valid until October",
            *(f"– {_item(n)}" for n in needs),
            f"– good {l1}, and {l2} helps a lot",
            f"– {idiom}",
            "Pay and conditions",
            "Day rates per guide level (the association's scale):",
            f"Assistant guide ({assistant_is}) ........ {_isk(rates[0])}/day",
            *(f"{level} {n} ........ {_isk(r)}/day" for n, r in enumerate(rates[1:], 1)),
            f"Over a full season a {level} 2 works out about {_isk(month)} per month.",
            f"{_cap(trip)}: paid per trip, {_isk(per_trip)} each.",
            f"We pay a gear allowance of {_isk(gear)} for the season; tips are shared among the "
            f"guides; a bed in the staff house costs {_isk(housing)} per month.",
            f"The road with usA first season is usually spent as the assistant guide; with the "
            f"course one becomes a {job.lower()} and later the senior guide who takes the long "
            f"tours. The head guide ({head_is}) is the most experienced of all. In the winter "
            f"some go over to the {lateral} ({lateral_is}). Good guides have also come to us "
            f"from the work as {_an(came1.lower())} or {_an(came2.lower())}.",
            f"{site} pay data",
            f"{_cap(_plural(job.lower()))} in {region} earn on average {_isk(average)} per day.",
            f"Rarely any offer is above {_isk(above)} per day.",
            f"Contact: {contact}   [Sækja um]",
            "Similar jobs",
            f"{s1} · {t1} · {_isk(other)} per month",
            f"{job} · {same_place} · {_isk(same)} per day",
            f"{cut} · {town} · 3",
            f"{site} © 2026 · Skilmálar · Vafrakökur"]


# --------------------------------------------------------------------------------------
# A DACUM occupational analysis chart for one occupation
# --------------------------------------------------------------------------------------
# (the occupation (the role), two job titles in use (aliases), the college, the state (the
#  region), the panel: (name, title, employer) — two holding the role or a title in use
#  (employers), one supervisor (the employer `optional`), duties with their tasks (no skills,
#  `optional`), knowledge and skills (skills), behaviours as nouns (skills) and as adjectives
#  (`optional`), tools (skills) and supplies (`optional`), certifications, trends and the
#  acronym key (`optional`), the ladder's lower and upper rungs, two related occupations
#  (`optional`), where graduates work (sectors))
_DACUMPAGE = (
    ("Wind turbine technician", ("Wind Technician", "Windsmith"), "Cedar Bluff Community "
     "College", "Iowa",
     (("A. Lindqvist", "Wind Technician", "Prairie Gust Energy"),
      ("D. Ortega", "Wind Turbine Technician", "Tallgrass Renewables LLC"),
      ("M. Haugen", "Site Supervisor", "Northstar Blade Services")),
     (("Maintain turbines", ("Torque tower bolts", "Change gearbox oil", "Grease main bearings")),
      ("Troubleshoot systems", ("Read SCADA alarms", "Test converter modules")),
      ("Work safely at height", ("Inspect climb gear", "Perform tower rescue drills"))),
     (("Hydraulic systems", ()), ("Electrical troubleshooting", ("Fluke meters",)),
      ("SCADA monitoring", ()), ("Rigging", ())),
     ("Teamwork", "Composure", "Attention to detail"), ("Reliable", "Unafraid of heights"),
     (("Torque wrench", ("Hytorc",)), ("Climb harness", ()), ("Multimeter", ())),
     ("Laptop", "Zip ties"), ("GWO Basic Safety Training", "OSHA 10"),
     ("Larger offshore-class turbines", "Drone blade inspection"), ("SCADA", "GWO"),
     "Electrical lineworker", "Site manager", ("Solar PV installer", "Millwright"),
     ("Wind farm operators", "Turbine manufacturers", "Blade repair contractors")),
    ("Water treatment plant operator", ("Water Operator", "Treatment Plant Operator"),
     "Lost Creek Community College", "Kansas",
     (("J. Whitcomb", "Water Treatment Plant Operator", "City of Prairie Bend Utilities"),
      ("S. Nakamura", "Treatment Plant Operator", "Flint Ridge Rural Water District"),
      ("P. Daley", "Utilities Superintendent", "Cottonwood Valley Water Co.")),
     (("Operate treatment processes", ("Adjust chemical feed", "Backwash filters",
                                       "Monitor turbidity")),
      ("Test water quality", ("Collect samples", "Run jar tests")),
      ("Maintain equipment", ("Lubricate pumps", "Calibrate analyzers"))),
     (("Water chemistry", ()), ("Process control", ("SCADA",)), ("Pump maintenance", ()),
      ("Regulatory sampling", ())),
     ("Responsibility", "Patience", "Attention to detail"), ("Dependable", "Calm in emergencies"),
     (("Turbidimeter", ()), ("Chlorine analyzer", ("Hach",)), ("Portable pump", ())),
     ("Service truck", "Sample bottles"), ("Class II Water Operator certificate",
                                           "CDL Class B"),
     ("Remote plant monitoring", "PFAS treatment rules"), ("NTU", "MCL"),
     "Utility worker", "Plant superintendent", ("Wastewater operator", "Lab technician"),
     ("Municipal utilities", "Rural water districts", "Private water companies")),
)


def _dacumpage(rng: random.Random, g: Guide) -> list[str]:
    """A community college's DACUM chart page: the site menu, breadcrumb, download links,
    workshop dates, facilitators, chart number, headings and footer (chrome), "DACUM Research
    Chart for" with the occupation in capitals on the next line (the role), "Job titles in
    use:" (aliases), the expert panel with names, titles and employers (the role's holders'
    employers employ it; the supervisor's `optional`), the duties-and-tasks grid flattened to
    text (no skills), knowledge and skills with tools in parentheses, worker behaviours and
    tools and equipment joined by "•" (skills; adjectives, supplies, certifications, trends
    and the acronym key `optional`), the college's career ladder (a ladder), related
    occupations (`optional`), where graduates work (sectors) and a labour-market snapshot
    (the median with the state a point, the entry wage at Entry with the state, starting
    offers at Entry, the 25th and 75th percentiles nothing, the top rung "earns around"
    theirs, a shift premium no pay)."""
    (job, (alias1, alias2), college, state, panel, duties, knowledge, behaviours, adjectives,
     tools, supplies, certs, trends, acronyms, lower, upper, related, where) = rng.choice(
        _DACUMPAGE)
    occupy(g, _cap(job), ladder=[_cap(lower), _cap(job), _cap(upper)])
    _spell(g, alias1, alias2)
    holders = [employer for _, _, employer in panel[:2]]
    _facts(g, [*_skills(knowledge), *behaviours, *_skills(tools)], holders, list(where),
           [panel[2][2], *[t for _, tasks in duties for t in tasks], *[d for d, _ in duties],
            *adjectives, *supplies, *certs, *trends, *acronyms, *related])
    median = round(rng.randrange(4200, 5600, 5) / 200, 2)
    _salary(g, median, median, "USD", period="hour", point=True, region=state)
    entry = round(median - rng.randrange(8, 14) * 0.5, 2)
    _salary(g, entry, entry, "USD", period="hour", level="Entry", region=state)
    offers = (rng.randrange(40, 48) * 1000, 0)
    offers = (offers[0], offers[0] + rng.randrange(6, 10) * 1000)
    _salary(g, *offers, "USD", period="year", level="Entry")
    top = offers[1] + rng.randrange(18, 26) * 1000
    _salary(g, top, top, "USD", period="year", belongs_to=_cap(upper))
    p25 = _no_pay(g, round(entry + 1.35, 2), 0.25)
    p75 = _no_pay(g, round(median + 4.6, 2), 0.25)
    premium = _no_pay(g, rng.choice((1.25, 1.5, 2.0)), 0.25)
    chart = f"{rng.randint(20, 29)}-{rng.randint(100, 999)}"
    g.must_not_appear += [college, "Download the chart", f"Chart No. {chart}", "Facilitator",
                          "DACUM Research Chart for", panel[0][0], panel[1][0]]
    return [f"{college}   Programs   Admissions   Workforce Training   About   Give",
            "Home › Workforce Training › Occupational Analysis › DACUM Charts",
            "Download the chart (PDF, 2 pages)  ·  Print this page",
            "DACUM Research Chart for",
            job.upper(),
            f"Chart No. {chart}  ·  Workshop held {rng.randint(2, 27)}–{rng.randint(28, 30)} "
            f"September 2026  ·  Facilitator: R. Castellano  ·  Recorder: L. Ebert",
            f"Job titles in use: {alias1}; {alias2}",
            "Expert panel",
            *(f"{name}, {title}, {employer}" for name, title, employer in panel),
            "Duties and tasks",
            *(f"{chr(65 + n)}  {duty}  |  " + "  |  ".join(tasks)
              for n, (duty, tasks) in enumerate(duties)),
            "General knowledge and skills",
            " • ".join(_item(k) if k[1] else k[0] for k in knowledge),
            "Worker behaviors",
            " • ".join([*behaviours, *adjectives]),
            "Tools, equipment, supplies and materials",
            " • ".join([*(_item(t) if t[1] else t[0] for t in tools), *supplies]),
            f"Certifications: {'; '.join(certs)}",
            f"Future trends and concerns: {'; '.join(trends)}",
            f"Acronyms: {'; '.join(acronyms)}",
            "Program alignment (prepared by the college)",
            f"Career ladder: {_cap(lower)} → {_cap(job)} → {_cap(upper)}",
            f"Related occupations: {_prose_list(related)}",
            f"Where our graduates work: {_prose_list([w.lower() for w in where])}",
            f"Labor market snapshot ({state}, 2025): median wage ${median:.2f}/hr · entry "
            f"wage ${entry:.2f}/hr · 25th percentile ${p25:.2f} · 75th percentile ${p75:.2f}",
            f"Starting offers for our graduates: {_usd(offers[0])}–{_usd(offers[1])} a year. "
            f"An experienced {upper.lower()} earns around {_usd(top)}.",
            f"Night shifts add a premium of ${premium:.2f}/hr at most employers.",
            f"© 2026 {college} · Accessibility · Non-discrimination statement"]


# (the occupation (the role), three "also titled" names (aliases; the third printed with
#  "(at some plants)"), the board, the college, the MSA (the region), the panel: (name,
#  title, employer) — the role's holders (employers), a level title of the role (its employer
#  again), a manager (the employer `optional`), duties with coded tasks (no skills,
#  `optional`), knowledge and skills, traits (nouns skills; adjectives `optional`), tools
#  (skills; the generic ones `optional`), certifications and trends (`optional`), two moves
#  in and the military one (`optional`), the feeder, the top, the reference occupation,
#  the industries (sectors))
_DACUMTEXT = (
    ("Biomedical equipment technician", ("Biomed Technician", "Clinical Engineering "
                                         "Technician", "Medical Equipment Repairer"),
     "Miami Valley Workforce Partners", "Ridgeline Technical College", "Dayton–Kettering MSA",
     (("A. Brandt", "Biomedical Equipment Technician", "Stillwater Regional Health"),
      ("K. Osei", "Clinical Engineering Technician", "Mad River Imaging Services"),
      ("L. Ferreira", "Biomedical Equipment Technician II", "Stillwater Regional Health"),
      ("T. Yoder", "Clinical Engineering Manager", "Greene County Medical Center")),
     (("Maintain medical devices", ("Perform preventive maintenance", "Replace batteries",
                                    "Update device firmware")),
      ("Test and inspect", ("Run electrical safety tests", "Verify infusion pump accuracy")),
      ("Support clinical staff", ("Train nurses on devices", "Respond to device calls"))),
     (("Electronics fundamentals", ()), ("Medical device safety standards", ("NFPA 99",)),
      ("Networking basics", ("TCP/IP",)), ("Computerized maintenance systems", ("CMMS",))),
     ("Patience", "Integrity", "Customer focus"), ("Detail-oriented",),
     (("Electrical safety analyzer", ()), ("Patient simulator", ()), ("Oscilloscope", ())),
     ("Tool cart", "Laptop"), ("CBET", "CompTIA A+"), ("Connected devices", "Cybersecurity "
                                                       "patching"),
     ("Electronics technician", "Field service technician"), "military avionics jobs",
     "Equipment repair helper", "Clinical engineer", "Clinical Engineer", ("Hospitals",
                                                                            "Imaging centers",
                                                                            "Device "
                                                                            "manufacturers")),
    ("Industrial maintenance technician", ("Maintenance Mechanic", "Multi-craft Mechanic",
                                           "Plant Technician"),
     "Lakes Region Workforce Board", "Northwood Technical College", "Green Bay MSA",
     (("B. Kowalski", "Industrial Maintenance Technician", "Fox Point Paper Converting"),
      ("R. Thao", "Maintenance Mechanic", "Bayshore Cheese Co."),
      ("C. Hendricks", "Industrial Maintenance Technician II", "Fox Point Paper Converting"),
      ("D. Lambeau", "Maintenance Manager", "Packerland Plastics Inc.")),
     (("Repair production equipment", ("Replace bearings and seals", "Align shafts",
                                       "Rebuild gearboxes")),
      ("Maintain electrical systems", ("Troubleshoot motor starters", "Wire control panels")),
      ("Plan maintenance", ("Enter work orders", "Schedule preventive maintenance"))),
     (("Mechanical power transmission", ()), ("PLC troubleshooting", ("Allen-Bradley",)),
      ("Welding", ("MIG", "stick")), ("Hydraulics and pneumatics", ())),
     ("Initiative", "Teamwork", "Problem solving"), ("Willing to work overtime",),
     (("Laser alignment tool", ()), ("Multimeter", ()), ("Vibration analyzer", ())),
     ("Hand tools", "Shop rags"), ("NFPA 70E", "Certified Maintenance & Reliability "
                                   "Technician"), ("Predictive maintenance", "Fewer "
                                                   "generalists"),
     ("Machine operator", "Auto mechanic"), "military mechanic jobs", "Maintenance helper",
     "Reliability engineer", "Maintenance Planner", ("Paper converting", "Dairy processing",
                                                     "Plastics molding")),
)


def _dacumtext(rng: random.Random, g: Guide) -> list[str]:
    """A workforce board's plain-text export of a DACUM profile: the library menu and path,
    rule lines, the workshop line, the export footer and the equal-opportunity line (chrome),
    "OCCUPATIONAL PROFILE (DACUM) :: TITLE" (the role), "Also titled:" (aliases; "(at some
    plants)" kept outside the name), "PANEL (name / title / employer)" (the employers of
    holders of the role, a title in use or a level of it; a manager's `optional`), duty
    blocks with coded tasks (no skills), "::" lists of knowledge and skills, traits and tools
    joined by " | " (skills; adjectives, generic tools, certifications and trends
    `optional`), pathway notes (moves in, the military jobs `optional`; "Progression
    described: A → X → Senior X → Y" a ladder; the industries sectors; the starting rate band
    at Entry; the apprentices' rate at Apprentice), a percentile row (the median with the MSA
    a point; the 25th and 75th nothing), another occupation's median for reference (theirs)
    and a shift premium (no pay)."""
    (job, (alias1, alias2, alias3), board, college, msa, panel, duties, knowledge, traits,
     adjectives, tools, generic, certs, trends, (came1, came2), military, feeder, top,
     reference, industries) = rng.choice(_DACUMTEXT)
    senior = f"Senior {job.lower()}"
    occupy(g, _cap(job), ladder=[_cap(feeder), _cap(job), _cap(senior), _cap(top)],
           moves_in=[came1, came2])
    _spell(g, alias1, alias2, alias3)
    holders = [panel[0][2], panel[1][2]]
    _facts(g, [*_skills(knowledge), *traits, *_skills(tools)], holders, list(industries),
           [panel[3][2], panel[2][1], *[t for _, tasks in duties for t in tasks],
            *[d for d, _ in duties], *adjectives, *generic, *certs, *trends, military,
            # (fresh61) the military job read without its "jobs" ("Military mechanic"): the
            # same optional name, as a reader names a move in
            military.removesuffix(" jobs")])
    start = (rng.randrange(19, 24), 0)
    start = (start[0], start[0] + rng.randrange(3, 5))
    _salary(g, *start, "USD", period="hour", level="Entry")
    apprentice = start[0] - rng.randrange(3, 6) - 0.25
    _salary(g, apprentice, apprentice, "USD", period="hour", level="Apprentice")
    median = start[1] + rng.randrange(2, 5) + 0.75
    _salary(g, median, median, "USD", period="hour", point=True, region=msa)
    ref = rng.randrange(78, 96) * 1000 + 400
    _salary(g, ref, ref, "USD", period="year", point=True, belongs_to=reference)
    p25 = _no_pay(g, start[1] + 0.35, 0.25)
    p75 = _no_pay(g, median + rng.randrange(4, 7) + 0.45, 0.25)
    premium = _no_pay(g, rng.choice((1.25, 1.5, 1.75)), 0.25)
    rule = "-" * 72
    slug = "-".join(job.lower().split()[:2])
    g.must_not_appear += [board, "Resource Center", "Facilitated by", "Text version created",
                          f"{slug}_profile_2026.txt", panel[0][0]]
    return [f"{board} · Resource Center   Home | Find a Job | Hire | Resources",
            f"Resources / Labor Market / DACUM profiles / {slug}_profile_2026.txt (text version)",
            rule,
            f"DACUM PROFILE :: {job.upper()}",
            f"Also titled: {alias1}, {alias2}, {alias3} (at some plants)",
            f"Prepared with {college}'s Office of Workforce Research",
            f"Panel met {rng.choice(('June', 'July', 'August'))} 2026 (two days) · Facilitated by "
            "E. Marsh",
            rule,
            "PANEL (name / title / employer)",
            *(f"  {name} / {title} / {employer}" for name, title, employer in panel),
            rule,
            *(line for n, (duty, tasks) in enumerate(duties)
              for line in (f"DUTY {chr(65 + n)}: {duty}",
                           "  " + "  ".join(f"{chr(65 + n)}{k} {t}"
                                            for k, t in enumerate(tasks, 1)))),
            rule,
            "KNOWLEDGE/SKILLS :: " + " | ".join(_item(k) if k[1] else k[0] for k in knowledge),
            "WORKER TRAITS :: " + " | ".join([*traits, *adjectives]),
            "TOOLS/EQUIPMENT :: " + " | ".join([*(_item(t) if t[1] else t[0] for t in tools),
                                                *generic]),
            f"Credentials panelists hold (optional): {'; '.join(certs)}",
            "TRENDS TO WATCH :: " + " | ".join(trends),
            rule,
            "CAREER PATH NOTES — from the panel's discussion",
            f"Panelists entered the field from {_cap(came1)}, {_cap(came2)} and {military}.",
            f"Progression described: {_cap(feeder)} → {_cap(job)} → {_cap(senior)} → "
            f"{_cap(top)}.",
            f"Industries represented on the panel: {_prose_list([i.lower() for i in industries])}.",
            f"Panel employers hire new technicians at ${start[0]}–${start[1]} an hour; "
            f"registered apprentices begin at ${apprentice:.2f} an hour.",
            f"Wages, {msa} (2025 estimates)",
            f"  25th pct. ${p25:.2f}/hr  ·  median ${median:.2f}/hr  ·  75th pct. ${p75:.2f}/hr",
            f"  For comparison, {reference}: median {_usd(ref)} a year",
            f"Most panel employers add ${premium:.2f}/hr as a shift premium for 2nd and 3rd "
            "shifts.",
            rule,
            f"Text version created 11/{rng.randint(10, 30)}/2026  ·  {rng.randint(40, 400)} "
            "downloads  ·  Report a problem",
            f"{board} — equal opportunity employer and program."]


# --------------------------------------------------------------------------------------
# An employer's reply to an employee's pay information request (EU Pay Transparency)
# --------------------------------------------------------------------------------------
# (the title (the role), two other titles (aliases), the firm (printed "… Ltd", short), its
#  group (`optional`), the portal, the grade codes (the role's, the Senior's, the next
#  title's), the next title, the equal-value titles, the competencies for the next level
#  (skills), the certificate (`optional`), three moves in, two lateral moves, the peer group
#  (sectors))
_PAYPORTAL = (
    ("Quality control technician", ("QC Technician", "Lab Analyst"),
     ("Carrowmore Dairies Ltd", "Carrowmore Dairies"), "Carrowmore Group", "PeopleDesk",
     ("QA2", "QA3", "QA4"), "Quality Systems Lead", ("Hygiene Auditor", "EHS Coordinator"),
     (("statistical process control", ("Minitab",)), "root cause analysis", "internal auditing",
      "supplier sample approval"), "Certificate in Food Science",
     ("Laboratory Assistant", "Production Operative", "Science Graduate Trainee"),
     ("Food Safety Officer", "Production Planner"),
     ("Dairy processors", "Infant nutrition manufacturers")),
    ("Inside sales coordinator", ("Sales Support Coordinator", "Order Desk Coordinator"),
     ("Kilbride Building Supplies Ltd", "Kilbride Building Supplies"), "Kilbride Holdings",
     "MyHR Online", ("CS2", "CS3", "CS4"), "Customer Service Team Lead",
     ("Credit Control Assistant", "Showroom Coordinator"),
     (("CRM reporting", ("Salesforce",)), "quotation pricing", "key account handling",
      "stock availability planning"), "QQI Level 6 Certificate in Sales",
     ("Shop Counter Assistant", "Call Centre Agent", "Warehouse Administrator"),
     ("Purchasing Assistant", "Marketing Assistant"),
     ("Builders merchants", "Timber importers")),
)


def _payportal(rng: random.Random, g: Guide) -> list[str]:
    """An Irish firm's HR-portal case replying to an employee's pay information request: the
    portal menu, case header, the requester, the legal basis, the signature, attachments,
    helpfulness buttons, the regulator and the footer (chrome), "Your job title: X (internal
    title: A; older contracts: B)" (the role; aliases), the requester's pay at a pay point
    (the role's, the pay point its level) with its monthly equivalent (the same pay), the
    category's averages for women and men and its median (the role's points), the "work of
    equal value" average across several titles and the pay gap (nobody's), the grade's range
    (the role's at the grade), the Senior's range (at Senior), the next title's range (theirs),
    a bonus, pension, a long-service award (no pay), the competencies for the next level
    (skills; the certificate `optional`), colleagues' moves in, up and across and the peer
    group of the range review (sectors)."""
    (job, (alias1, alias2), (printed, short), group, portal, (grade, senior_grade, next_grade),
     nxt, (equal1, equal2), competencies, cert, (came1, came2, came3), (across1, across2),
     peers) = rng.choice(_PAYPORTAL)
    senior = f"Senior {job.lower()}"
    occupy(g, _cap(job), ladder=[_cap(job), _cap(senior), nxt], transitions=[across1, across2],
           moves_in=[came1, came2, came3])
    _spell(g, alias1, alias2)
    _legal(g, printed, short)
    _facts(g, _skills(competencies), [], list(peers), [group, cert, equal1, equal2])
    point = rng.randrange(2, 6)
    low = rng.randrange(300, 340) * 100
    high = low + rng.randrange(80, 110) * 100
    own = low + point * rng.randrange(5, 9) * 100
    _salary(g, own, own, "EUR", period="year", level=f"{grade} pay point {point}")
    women = own + rng.randrange(5, 20) * 50
    _salary(g, women, women, "EUR", period="year", point=True)
    men = women + rng.randrange(10, 30) * 50
    _salary(g, men, men, "EUR", period="year", point=True)
    median = (women + men) // 100 * 50
    _salary(g, median, median, "EUR", period="year", point=True)
    _salary(g, low, high, "EUR", period="year", level=grade)
    sen = (high - rng.randrange(10, 20) * 100, 0)
    sen = (sen[0], sen[0] + rng.randrange(80, 100) * 100)
    _salary(g, *sen, "EUR", period="year", level=f"Senior ({senior_grade})")
    lead = (sen[1] - rng.randrange(10, 20) * 100, 0)
    lead = (lead[0], lead[0] + rng.randrange(100, 120) * 100)
    _salary(g, *lead, "EUR", period="year", belongs_to=nxt, level=next_grade)
    equal = int(_no_pay(g, men + rng.randrange(5, 15) * 100, 50))
    award = int(_no_pay(g, rng.choice((500, 750, 1000)), 50))
    gap = round((men - women) / men * 100, 1)
    case = f"HR-{rng.randint(2026000, 2026999)}"
    person = rng.choice(("Róisín Walsh", "Cian Byrne"))
    signer = rng.choice(("Niamh Kelleher, People Partner", "Declan Moran, Head of HR"))
    g.must_not_appear += [portal, case, person, signer, "Workplace Relations Commission",
                          "Rate this answer"]
    return [f"{portal}  ·  {short}   Home   My pay   Leave   Cases   Documents   Help   "
            f"{person} ▾",
            f"Cases › {case} · Pay transparency – request for information · Status: Answered",
            f"Hello {person.split()[0]},",
            "You asked us, under Directive (EU) 2023/970 (the Pay Transparency Directive), for "
            "information on your pay. Here it is, as at 1 November 2026: gross yearly pay, "
            "full-time equivalent.",
            "1. Your role and pay category",
            f"Job title: {_cap(job)} (internal title: {alias1}; older contracts say "
            f"{alias2}). Grade {grade}.",
            "2. What you are paid",
            f"Your basic salary is {_eur(own)} a year ({grade} pay point {point}), which is "
            f"{_eur(round(own / 12, 2))} a month.",
            "3. Averages in your category",
            f"Women in {grade} ({_cap(job)}, {rng.randint(4, 9)} people): average "
            f"{_eur(women)}",
            f"Men in {grade} ({_cap(job)}, {rng.randint(3, 8)} people): average {_eur(men)}",
            f"Category median {_eur(median)}; pay gap {gap}% (men higher).",
            f"Work of equal value ({_cap(job)}, {equal1} and {equal2}): average {_eur(equal)}",
            "4. Pay ranges and progression",
            f"{grade} – {_cap(job)}: {_eur(low)} – {_eur(high)}",
            f"{senior_grade} – {_cap(senior)}: {_eur(sen[0])} – {_eur(sen[1])}",
            f"{next_grade} – {nxt}: {_eur(lead[0])} – {_eur(lead[1])}",
            "Bonus (up to 5% of basic), pension (employer 6%) and a long-service award of "
            f"{_eur(award)} after ten years are not part of basic pay.",
            f"To move to {senior_grade} you need the competencies of the next level: "
            + "; ".join(_item(c) for c in competencies) + f". The {cert} is an advantage.",
            f"Since 2023, people joined this job from {came1}, {came2} and {came3} roles; "
            f"two were promoted to {_cap(senior)} and one to {nxt}; one moved across to "
            f"{across1} and one switched to {across2}.",
            f"5. How the ranges are set: we review them each year against a peer group of "
            f"{peers[0].lower()} and {peers[1].lower()}.",
            f"Kind regards, {signer}, {printed} ({group})",
            "📎 Pay-policy-2026.pdf   📎 Grade-descriptors.pdf",
            "Rate this answer  👍  👎     If you disagree, you may contact the Workplace "
            "Relations Commission.",
            f"© 2026 {portal} · Privacy"]


# (the title (the role), the Dutch title (an alias), the firm (printed "… B.V.", short), its
#  group (`optional`), city, department, the scale number, the manager, the equal-value
#  titles, the agency's title (`optional`), progression criteria (skills), moves in, the
#  lateral post, the collective agreement and its sector)
_PAYLETTER = (
    ("Payroll administrator", "Salarisadministrateur", ("Kempen Techniek B.V.",
                                                        "Kempen Techniek"),
     "Kempen Industrial Group", "Eindhoven", "HR Services", 7, "Payroll Manager",
     ("HR Administrator", "Time Registration Officer"), "Interim Payroll Specialist",
     (("payroll software", ("AFAS", "Loket")), "knowledge of wage tax rules",
      "year-end reporting"), ("Bookkeeper", "HR Assistant"), "HR Advisor",
     ("the Metal and Electrical Engineering CAO", "Metal and electrical engineering")),
    ("Quality inspector", "Kwaliteitsinspecteur", ("Zuiderzee Voedingsmiddelen B.V.",
                                                   "Zuiderzee Voedingsmiddelen"),
     "Zuiderzee Food Holding", "Lelystad", "Quality Assurance", 6, "Quality Manager",
     ("Hygiene Coordinator", "Line Controller"), "Temporary Lab Analyst",
     (("audit techniques", ("BRC", "IFS")), "statistical sampling", "allergen management"),
     ("Production Operator", "Lab Assistant"), "Food Safety Coordinator",
     ("the Food Industry CAO", "Food industry")),
)


def _payletter(rng: random.Random, g: Guide) -> list[str]:
    """A Dutch firm's PDF letter replying to an employee's pay information request: the PDF
    viewer bar, the letterhead with KvK, the addressee, the reference, the legal explanation,
    "What you can do", the signatories, the group line and the page footer (chrome), "Job
    title: X (in Dutch job texts: Y)" (the role; an alias), the monthly salary at a step of
    the scale (the role's, the step its level) with its hourly equivalent (the same pay), the
    category's averages for women and men (points), the "work of equal value" average across
    titles (nobody's), the scales (the role's at its scale, the Senior's at Senior, the
    manager's theirs), an agency's invoice rate (no pay; its title `optional`), the holiday
    allowance and 13th month (no pay), progression criteria (skills), moves in, up and across
    and the collective agreement (its sector)."""
    (job, dutch, (printed, short), group, city, dept, scale, manager, (equal1, equal2),
     agency_title, criteria, (came1, came2), lateral, (cao, sector)) = rng.choice(_PAYLETTER)
    senior = f"Senior {job.lower()}"
    occupy(g, _cap(job), ladder=[_cap(job), _cap(senior), manager], transitions=[lateral],
           moves_in=[came1, came2])
    _spell(g, dutch)
    _legal(g, printed, short)
    _facts(g, _skills(criteria), [], [sector], [group, agency_title, equal1, equal2])
    step = rng.randrange(3, 8)
    low = rng.randrange(27, 32) * 100 + 50
    high = low + rng.randrange(11, 14) * 100
    own = low + step * rng.randrange(6, 10) * 10
    _salary(g, own, own, "EUR", period="month", level=f"Scale {scale}, step {step}")
    women = own + rng.randrange(5, 12) * 10
    _salary(g, women, women, "EUR", period="month", point=True)
    men = women + rng.randrange(8, 20) * 10
    _salary(g, men, men, "EUR", period="month", point=True)
    _salary(g, low, high, "EUR", period="month", level=f"Scale {scale}")
    sen = (low + rng.randrange(6, 8) * 100, high + rng.randrange(7, 9) * 100)
    _salary(g, *sen, "EUR", period="month", level=f"Senior (scale {scale + 1})")
    mgr = (sen[1] - rng.randrange(1, 3) * 100, 0)
    mgr = (mgr[0], mgr[0] + rng.randrange(18, 22) * 100)
    _salary(g, *mgr, "EUR", period="month", belongs_to=manager, level=f"Scale {scale + 3}")
    equal = int(_no_pay(g, men - rng.randrange(2, 6) * 10, 10))
    hourly = round(own / 173.33, 2)
    invoice = _no_pay(g, rng.choice((31.5, 34.5, 38.25)), 0.25)
    initial = rng.choice(("Mrs J. de Boer", "Mr K. Smit"))
    ref = f"BT-2026-{rng.randint(10, 99)}"
    g.must_not_appear += [initial, ref, "KvK", "Netherlands Institute for Human Rights",
                          "signed digitally"]
    return ["📄 Beloningsinformatie-antwoord.pdf   1 of 2   ⊖ 100% ⊕   ⤓",
            f"{printed.upper()}   ·   {city}   ·   KvK {rng.randint(10000000, 99999999)}",
            "Confidential – personal",
            initial,
            f"{dept}, {city}, {rng.randint(2, 28)} November 2026",
            f"Ref.: {ref}",
            "Re: your pay information request (right to information, Pay Transparency "
            "Directive)",
            "Figures below: gross monthly amounts for 40 hours a week; the 8% holiday allowance "
            "and the 13th month come on top.",
            "1. Your job",
            f"Job title: {_cap(job)} (in Dutch job texts: {dutch})",
            f"You earn € {_dot(own)} a month (scale {scale}, step {step}), or "
            f"€ {_comma(hourly)} an hour.",
            f"2. Averages for the same work ({_cap(job)}, scale {scale})",
            f"Women, {rng.randint(3, 8)} employees: € {_dot(women)} on average",
            f"Men, {rng.randint(3, 8)} employees: € {_dot(men)} on average",
            f"Work of equal value, scale {scale} ({_cap(job)}, {equal1}, {equal2}): "
            f"€ {_dot(equal)} on average",
            "3. Scales",
            f"Scale {scale} – {_cap(job)}: € {_dot(low)} – € {_dot(high)} per month",
            f"Scale {scale + 1} – {_cap(senior)}: € {_dot(sen[0])} – € {_dot(sen[1])} per month",
            f"Scale {scale + 3} – {manager}: € {_dot(mgr[0])} – € {_dot(mgr[1])} per month",
            f"An agency invoices us € {_comma(invoice)} an hour for {_an(agency_title)}; that "
            "is the agency's price, not a salary we pay.",
            "4. How pay and promotion are decided",
            f"A move to {_cap(senior)} (scale {scale + 1}) needs an open post and the "
            "competencies of its profile: " + "; ".join(_item(c) for c in criteria) + ".",
            f"Colleagues in this job came from {came1} and {came2} positions; one moved "
            f"across to {lateral} last year.",
            f"Our scales are those of {cao}, with a few company supplements.",
            "5. If you disagree",
            "Talk to HR first; you may also ask the Netherlands Institute for Human Rights for "
            "an opinion.",
            f"Kind regards, on behalf of HR, and the {dept} manager",
            f"{printed} · a company of the {group} · signed digitally",
            "1/2"]


# --------------------------------------------------------------------------------------
# A TUPE transfer measures letter for one role
# --------------------------------------------------------------------------------------
# (the post (the role), the new employer's name for it (an alias), the outgoing contractor
#  and the incoming one (printed "… Ltd", short: both employers), the client (`optional`),
#  the two other posts in the rates table, the Area Manager (does not transfer), the job
#  description's asks (skills) and duties (`optional`), the licence (`optional`), two posts
#  to apply for (moves up), the post promoted from (a move in), the lateral post, the kinds of
#  site (sectors))
_TUPECONTRACT = (
    ("Catering supervisor", "Hospitality Team Supervisor",
     ("Harbourline Services Ltd", "Harbourline Services"),
     ("Castlegate Contract Catering Ltd", "Castlegate Contract Catering"),
     "Ashgrove University", ("Catering Assistant", "Kitchen Porter"), "Area Manager",
     ("food safety management", "rota planning", "allergen control", "till reconciliation"),
     ("menu boards", "stock rotation", "cash handling"), "Level 3 Food Hygiene certificate",
     ("Catering Manager", "Operations Manager"), "Catering Assistant", "Events Supervisor",
     ("universities", "business parks", "hospitals")),
    ("Security supervisor", "Site Security Lead",
     ("Kestrel Guarding Ltd", "Kestrel Guarding"), ("Bastion Facilities Ltd",
                                                     "Bastion Facilities"),
     "Riverside Quarter shopping centre", ("Security Officer", "Control Room Operator"),
     "Area Manager",
     ("incident reporting", "conflict management", "radio procedures", "first aid at work"),
     ("key holding", "CCTV monitoring", "patrols"), "SIA door supervisor licence",
     ("Security Manager", "Account Manager"), "Security Officer", "Fire Safety Officer",
     ("shopping centres", "logistics parks", "office campuses")),
)


def _tupecontract(rng: random.Random, g: Guide) -> list[str]:
    """An outgoing contractor's TUPE measures letter to the holders of one post: letterhead,
    registration line, "private & confidential", addressees, subject, the meetings and rooms,
    the union representative, the signature, enclosures and the reply slip (chrome), the post
    addressed (the role), the rates table (the post's days and nights rates at Days and
    Nights, two other posts' rates theirs, the Area Manager who does not transfer theirs), the
    National Living Wage, an enhancement, a first-aid allowance and standby (no pay), the
    envisaged measures with the new employer's new title (an alias) and its proposed rate (the
    role's at Days), the job description's asks (skills; duties and the licence `optional`),
    questions naming posts to apply for (moves up), a move in, a lateral move and the kinds of
    site the contractor works at (sectors); both the outgoing and the incoming employer employ
    the role, the client is `optional`."""
    (job, new_title, (out_printed, out_short), (in_printed, in_short), client, (other1, other2),
     area, asks, duties, licence, (up1, up2), came, lateral, sites) = rng.choice(_TUPECONTRACT)
    occupy(g, _cap(job), leads=[up1, up2], transitions=[lateral], moves_in=[came])
    _spell(g, new_title)
    _legal(g, out_printed, out_short)
    _legal(g, in_printed, in_short)
    _facts(g, [_cap(a) for a in asks], [], [_cap(s) for s in sites],
           [client, licence, *duties, other2, area])
    days = rng.randrange(1480, 1560, 5) / 100  # (every rate over a pound above the NLW)
    nights = round(days + rng.randrange(50, 90, 5) / 100, 2)
    _salary(g, days, days, "GBP", period="hour", level="Days")
    _salary(g, nights, nights, "GBP", period="hour", level="Nights")
    o1 = round(days - rng.randrange(60, 90, 5) / 100, 2)
    _salary(g, o1, o1, "GBP", period="hour", belongs_to=other1)
    o2 = round(o1 + rng.randrange(20, 45, 5) / 100, 2)
    _salary(g, o2, o2, "GBP", period="hour", belongs_to=other2)
    manager = rng.randrange(32, 38) * 1000
    _salary(g, manager, manager, "GBP", period="year", belongs_to=area)
    proposed = round(days + rng.randrange(15, 35, 5) / 100, 2)
    _salary(g, proposed, proposed, "GBP", period="hour", level="Days")
    nlw = _no_pay(g, 12.71, 0.05)
    weekend = _no_pay(g, rng.choice((0.5, 0.75, 1.0)), 0.05)
    aid = _no_pay(g, rng.choice((5.0, 6.0, 7.5)), 0.5)
    standby = _no_pay(g, rng.choice((20.0, 25.0, 30.0)), 5)
    signer = rng.choice(("Gillian Rowe, HR Business Partner", "Tom Whitlock, Regional Director"))
    rep = rng.choice(("Bev Okoro (UNISON)", "Sean McKenna (GMB)"))
    g.must_not_appear += [signer, rep, "Private & Confidential", "Reply slip", "Enclosures"]
    return [f"{out_printed.upper()}  ·  Registered in England No. {rng.randint(1000000, 9999999)}"
            f"  ·  Unit {rng.randint(2, 19)}, Meridian Park",
            "Private & Confidential — addressee only",
            f"To: all {_plural(job.lower())} on the {client} contract",
            f"{rng.randint(2, 28)} November 2026",
            f"Subject: The {client} contract moving to {in_printed}: information on measures "
            "under TUPE regulation 13",
            "1. Who transfers",
            f"{client} has awarded the contract to {in_printed} from 1 April 2027. All staff "
            f"assigned to it transfer, except the {area}, who stays with {out_short}.",
            "2. Your rates now (they transfer unchanged)",
            f"{_cap(job)} | days {_gbp(days)} an hour | nights {_gbp(nights)} an hour",
            f"{other1} | {_gbp(o1)} an hour",
            f"{other2} | {_gbp(o2)} an hour",
            f"{area} (does not transfer) | {_gbp(manager)} a year",
            f"The National Living Wage of {_gbp(nlw)} is the floor for every rate. Weekend "
            f"enhancement {_gbp(weekend)} an hour, first-aid allowance {_gbp(aid)} a week and "
            f"standby {_gbp(standby)} a night continue.",
            "3. Measures the incoming employer envisages",
            f"• {in_short} will call the post {new_title} and proposes {_gbp(proposed)} an hour "
            "for days from the transfer date.",
            "• Timesheets will move to its app and pay from fortnightly to four-weekly.",
            "4. The job description (transfers as it is)",
            "Duties: " + "; ".join(duties) + ".",
            f"The post asks for {_prose_list(asks)}. A {licence} is helpful.",
            "5. Your questions",
            f"Q: Will I lose my chances of promotion? A: No — {in_short} says supervisors get "
            f"chances to apply for {up1} and {up2} posts across its contracts.",
            f"Q: Who is in scope? A: Most of you were promoted here from {other1} "
            f"posts{'' if came == other1 else ' or ' + came}; one colleague is moving across "
            f"to {lateral} at another site.",
            f"Q: Where does {in_short} work? A: At {_prose_list(sites)}.",
            f"Meetings: Room 2, {rng.randint(1, 5)} December, 10:00 and 14:00. Your "
            f"representative: {rep}.",
            f"Yours sincerely, {signer}, {out_printed}",
            "Enclosures: employee liability information summary; FAQ",
            "Reply slip — I have received this letter: signed ………… date …………"]


# (the post (the role), its other name in the service (an alias), the council and the new
#  employer (printed "… Ltd", short: both employers), the service, the team leader, the
#  grades and spine points (the role's, the Senior's, the team leader's), the job profile's
#  needs (skills) and duties (`optional`), the licence (`optional`), the lateral post, the
#  top rung, two moves in, the kinds of site (sectors), the intranet)
_TUPECOUNCIL = (
    ("Grounds maintenance operative", "Gardener", "Harrowfield Borough Council",
     ("GreenEdge Landscapes Ltd", "GreenEdge Landscapes"), "Parks and Open Spaces",
     "Grounds Team Leader", (("Grade 2", "SCP 3–4"), ("Grade 3", "SCP 5–6"),
                             ("Grade 5", "SCP 12–17")),
     ("mower operation", "hedge cutting", "pesticide handling", "customer care"),
     ("grass cutting", "litter picking", "shrub bed maintenance"), "PA1 and PA6 certificates",
     "Street Cleansing Operative", "Site Supervisor", ("Farm Worker", "Landscaper"),
     ("schools", "cemeteries", "housing associations"), "HarrowNet"),
    ("Leisure assistant", "Recreation Assistant", "Eastmoor District Council",
     ("ActiveWay Leisure Ltd", "ActiveWay Leisure"), "Leisure Centres",
     "Duty Manager", (("Grade 2", "SCP 4–6"), ("Grade 3", "SCP 7–9"),
                      ("Grade 5", "SCP 14–18")),
     ("pool lifeguarding", "customer service", "equipment set-up", "first aid"),
     ("poolside supervision", "setting out sports halls", "cleaning changing rooms"),
     "National Pool Lifeguard Qualification", "Fitness Instructor", "Centre Manager",
     ("Lifeguard", "Retail Assistant"), ("universities", "schools", "hospitals"),
     "EastNet"),
)


def _tupecouncil(rng: random.Random, g: Guide) -> list[str]:
    """A council intranet's copy of a TUPE measures letter: the intranet menu, breadcrumb,
    the post line with views and comments, contacts with the union reps, the page owner and
    footer (chrome), "IN SCOPE: N Posts (also known in the service as …)" (the role; an
    alias), a grade table on the NJC pay spine (the role's range at its grade, the Senior's at
    Senior, the team leader's theirs, the bank rate at Casual relief (bank)), allowances,
    standby and the pension (no pay), the new employer's rate for its own staff in the same job
    at other sites (the role's own), the job profile's needs (skills; duties and the licence
    `optional`), FAQs (a lateral move, "progress to Senior X and then to Y" a ladder, the
    kinds of site the new employer works for (sectors), "joined from" moves in); the council
    and the new employer both employ the role."""
    (job, other, council, (printed, short), service, leader, (own, senior_g, leader_g), needs,
     duties, licence, lateral, top, (came1, came2), sites, net) = rng.choice(_TUPECOUNCIL)
    senior = f"Senior {job.lower()}"
    occupy(g, _cap(job), ladder=[_cap(job), _cap(senior), top], transitions=[lateral],
           moves_in=[came1, came2])
    _spell(g, other)
    g.employers.append(council)
    _legal(g, printed, short)
    _facts(g, [_cap(n) for n in needs], [], [_cap(s) for s in sites],
           [licence, *duties, "Local Government Pension Scheme", "NJC spine", leader])
    low = rng.randrange(23800, 24600, 1)
    high = low + rng.randrange(700, 900, 1)
    _salary(g, low, high, "GBP", period="year", level=f"{own[0]} ({own[1]})")
    sen = (high + rng.randrange(300, 500, 1), 0)
    sen = (sen[0], sen[0] + rng.randrange(1000, 1400, 1))
    _salary(g, *sen, "GBP", period="year", level=f"Senior ({senior_g[0]})")
    lead = (sen[1] + rng.randrange(2000, 2600, 1), 0)
    lead = (lead[0], lead[0] + rng.randrange(2200, 2700, 1))
    _salary(g, *lead, "GBP", period="year", belongs_to=leader, level=leader_g[0])
    bank = rng.randrange(1255, 1290, 5) / 100
    _salary(g, bank, bank, "GBP", period="hour", level="Casual relief (bank)")
    theirs = round(bank + rng.randrange(20, 45, 5) / 100, 2)
    _salary(g, theirs, theirs, "GBP", period="hour")
    aid = int(_no_pay(g, rng.choice((200, 250, 300)), 10))
    standby = int(_no_pay(g, rng.choice((18, 22, 26)), 1))
    views = rng.randint(150, 600)
    g.must_not_appear += [net, "Service changes", f"{views} reads", "Content owner",
                          "Add a comment"]
    return [f"{net} · staff intranet   Home | People | Pay & benefits | Guidance | Service desk",
            f"Pay & benefits / Service changes / {service} / Letter to staff",
            f"Published by the People Team on {rng.randint(2, 28)} Nov 2026 · {views} reads",
            f"Transfer of the {service} service to {printed}: the measures envisaged "
            "(regulation 13 of TUPE)",
            "Below is the text of the letter every affected employee has received.",
            "Dear member of staff,",
            f"The Executive has decided that {printed} will run the {service.lower()} service "
            "from 1 April 2027. Everyone assigned to the service transfers with it under the "
            "Transfer of Undertakings (Protection of Employment) Regulations 2006.",
            f"WHO IS AFFECTED: {rng.randint(9, 30)} {_plural(_cap(job))} (also known in the "
            f"service as {_plural(other)}), {rng.randint(2, 5)} {_plural(_cap(senior))} and 1 "
            f"{leader}.",
            "CURRENT PAY — it moves with you unchanged (on the NJC spine, 2026-27 pay award)",
            f"{_cap(job)}: {own[0]}, {own[1]}, {_gbp(low)} – {_gbp(high)} per year",
            f"{_cap(senior)}: {senior_g[0]}, {senior_g[1]}, {_gbp(sen[0])} – {_gbp(sen[1])} per "
            "year",
            f"{leader}: {leader_g[0]}, {leader_g[1]}, {_gbp(lead[0])} – {_gbp(lead[1])} per year",
            f"Bank (casual relief) workers: {_gbp(bank)} per hour",
            f"You keep the first aid allowance ({_gbp(aid)} per year), standby at "
            f"{_gbp(standby)} per night and your place in the Local Government Pension Scheme.",
            f"WHAT {short.upper()} PLANS",
            f"• At its other contracts {short} pays its own {_plural(job.lower())} "
            f"{_gbp(theirs)} per hour; you will stay on your council grade and pay.",
            "• Hours will be recorded on a phone app from the first week.",
            "THE JOB PROFILE (unchanged by the transfer)",
            f"Main duties: {'; '.join(duties)}. The profile asks for {_prose_list(needs)}; the "
            f"{licence} would help.",
            "Your questions answered",
            f"Q. Could I stay with the council? A. Two {lateral} posts are kept for anyone who "
            "would rather move across to them before the transfer.",
            f"Q. And promotion? A. With {short} you can progress to {_cap(senior)} and then to "
            f"{top}; it runs services for {_prose_list(sites)}.",
            f"Q. Where do most of the team come from? A. Most of you joined from {came1} or "
            f"{came2} work.",
            "Questions: the People Team, or your UNISON steward "
            + rng.choice(("Pat Rees", "Mo Khan")),
            "💬 Add a comment · 👍 · Content owner: Change Team",
            f"{council} intranet · Terms · Accessibility"]


# --------------------------------------------------------------------------------------
# A shift marketplace app's listing of one shift
# --------------------------------------------------------------------------------------
# (the shift's title (the role), the venue (employs), its address, the town (the region),
#  the industry (a sector), what you'll do (`optional`), skill chips (skills), the
#  certifications and attire (`optional`), the app and its staffing company (`optional`),
#  the next role (a move up) and its average, two moves in, two "also work" chips
#  (`optional`), a similar shift's title and venue (`optional`), the cut one)
_SHIFTUS = (
    ("Concessions Cashier", "Riverbend Ballpark", "Gate C, 400 Front St", "Columbus",
     "Sports & entertainment", ("taking orders and payments at a busy stand",
                                "restocking cups and condiments between innings"),
     ("Cash handling", "POS systems", ("Upselling", ("combo deals",))),
     ("Ohio food handler card", "black slacks and non-slip shoes"),
     ("GigDeck", "GigDeck Staffing LLC"), "Concessions Stand Lead",
     ("Retail Cashier", "Fast Food Crew Member"), ("Barback", "Usher"),
     ("Beer Vendor", "Scioto Amphitheater"), "Ticket Scanner"),
    ("Prep Cook", "The Alderwood Hotel", "2100 Lakeview Pkwy", "Charlotte",
     "Hospitality", ("prepping vegetables, sauces and proteins for a 300-guest wedding",
                     "labeling and dating everything in the walk-in"),
     ("Knife skills", "Food safety", ("Batch cooking", ("sheet pans",))),
     ("ServSafe Food Handler", "chef coat and non-slip shoes"),
     ("ShiftNest", "ShiftNest Workforce LLC"), "Line Cook",
     ("Dishwasher", "Fast Food Crew Member"), ("Banquet Server", "Catering Driver"),
     ("Catering Cook", "Queen City Events"), "Pastry Assistant"),
)


def _shiftus(rng: random.Random, g: Guide) -> list[str]:
    """A US shift app's listing of one shift: the app menu with its location switcher, the
    back link, the rating, spots left, the claim, save and share buttons, check-in and
    cancellation rules and the footer (chrome), the shift's title (the role), the venue
    (employs) with "Industry:" (a sector), "$N/hr" (the role's with the town) with a boost
    (no pay) and "Est. total" (the same pay), "Gold Pros earn $N/hr" (at Gold Pro), skill chips
    (skills; certifications and attire `optional`), tips, parking and the instant-pay fee (no
    pay), the staffing company as employer of record (`optional`), the app's average for the
    role in the town (a point), "Level up" to the next role with its average (a move up, the
    average theirs), "a great way in" (moves in), "Pros who work X also work" chips
    (`optional`) and similar shifts (another title's rate theirs, its venue `optional`; one
    cut)."""
    (job, venue, address, town, industry, does, chips, (cert, attire), (app, staffing), up,
     (came1, came2), (also1, also2), (s1, s1_venue), cut) = rng.choice(_SHIFTUS)
    occupy(g, job, leads=[up], moves_in=[came1, came2])
    _facts(g, _skills(chips), [venue], [industry],
           [*does, cert, attire, app, staffing, also1, also2, s1_venue])
    rate = rng.randrange(36, 46) / 2
    _salary(g, rate, rate, "USD", period="hour", region=town)
    gold = rate + rng.choice((1.5, 2.0, 2.5))
    _salary(g, gold, gold, "USD", period="hour", level="Gold Pro")
    average = round(rate - rng.choice((0.6, 1.1, 1.35)), 2)
    _salary(g, average, average, "USD", period="hour", point=True, region=town)
    up_avg = round(gold + rng.choice((2.5, 3.25, 4.0)), 2)
    _salary(g, up_avg, up_avg, "USD", period="hour", point=True, belongs_to=up)
    other = rate + rng.choice((1.0, 2.0, -1.0))
    _salary(g, other, other, "USD", period="hour", belongs_to=s1)
    hours = rng.choice((6, 7, 8))
    boost = _no_pay(g, rng.choice((1.5, 2.0, 3.0)), 0.5)
    parking = _no_pay(g, rng.choice((8.0, 10.0, 12.0)), 1)
    fee = _no_pay(g, rng.choice((1.99, 2.99)), 1)
    spots = rng.randint(2, 9)
    g.must_not_appear += ["Find shifts", "Claim this shift", f"{spots} spots left", "Check in",
                          "← Back to results", address]
    return [f"{app}   Find shifts   My shifts   Earnings   Profile        📍 {town} ▾",
            "← Back to results",
            job,
            f"{venue} · {address} · ★ {rng.randint(40, 49) / 10} ({rng.randint(80, 900)} "
            "reviews)",
            f"Sat Dec {rng.randint(12, 19)} · 4:00 PM – "
            f"{ {6: '10:00 PM', 7: '11:00 PM', 8: '12:00 AM'}[hours]} · {hours} hrs · "
            f"{spots} spots left",
            f"{_usd(rate)}/hr   ⚡ +{_usd(boost)}/hr boost today   ·   Est. total "
            f"{_usd(rate * hours)}",
            f"Gold Pros earn {_usd(gold)}/hr on this shift",
            "[ Claim this shift ]  ·  Save  ·  Share",
            f"The venue: {venue}. Industry: {industry}",
            "What you'll do",
            *(f"• {_cap(d)}" for d in does),
            "Requirements",
            "Skills: " + " · ".join(_item(c) for c in chips),
            f"Certifications: {cert}",
            f"Dress code: {attire}",
            "Pay & tips",
            f"Tips are pooled and paid on top. Parking reimbursed up to {_usd(parking)}. Instant "
            f"pay fee {_usd(fee)}. Your employer of record is {staffing}.",
            f"Average pay for {job} in {town} on {app}: {_usd(average)}/hr",
            f"Level up: after 10 five-star shifts you unlock {up} shifts (avg. {_usd(up_avg)}"
            "/hr).",
            f"A great way in for former {_plural(came1)} and {_plural(came2)}.",
            f"Pros who work {job} also work: [{also1}] [{also2}]",
            "Similar shifts",
            f"{s1} · {s1_venue} · {_usd(other)}/hr",
            f"{cut} · {town} · $1",
            "Check in with the app within 100 ft of the venue. Cancel 24 hrs ahead.",
            f"© 2026 {app} · Terms · Privacy"]


# (the shift's title (the role), the site's firm (printed "… Ltd", short: employs), the
#  site, the town (the region), the industry (a sector), what you'll be doing (`optional`),
#  skill chips (skills, FIFO in parentheses), PPE and the licence (`optional`), the app and
#  its agency (`optional`), the promotion title and the manager, the upskill post, two moves
#  in, a similar shift of another title and its town, the same title's town, the cut one)
_SHIFTUK = (
    ("Parcel Sorter", ("Corvid Parcels Ltd", "Corvid Parcels"), "Bedford Hub, Elstow Road",
     "Bedford", "Parcel delivery", "Sorting parcels to delivery routes from a conveyor, "
     "scanning labels and loading roll cages.",
     ("Hand scanning", "Manual handling", ("Parcel sortation", ("FIFO",))),
     ("hi-vis vest and safety boots", "counterbalance licence"), ("ShiftLoop",
                                                                  "ShiftLoop Staffing Ltd"),
     ("Team Leader", "Hub Manager"), "Van Loader", ("Retail Assistant", "Kitchen Porter"),
     ("Warehouse Operative", "Kempston"), "Milton Keynes", "Yard Marshal"),
    ("Production Operative", ("Wolds Bakery Ltd", "Wolds Bakery"), "Plant 2, Priory Way",
     "Hull", "Food manufacturing", "Loading trays onto the proving line, checking weights "
     "and packing loaves into crates.",
     ("Line feeding", "Weight checks", ("Stock rotation", ("FIFO",))),
     ("hairnet and white coat (provided)", "forklift licence"), ("Shiftly",
                                                                 "Shiftly Workforce Ltd"),
     ("Line Leader", "Production Manager"), "Hygiene Operative",
     ("Care Assistant", "Cleaner"), ("Packer", "Beverley"), "Grimsby", "Quality Checker"),
)


def _shiftuk(rng: random.Random, g: Guide) -> list[str]:
    """A UK shift app's listing of a week of night shifts: the app menu with its location,
    the back link, the rating, the book, favourite and report buttons, the cancellation rule
    and the footer with the agency's registration (chrome), "TITLE – NIGHTS" (the role), the
    nights rate (the role's with the town) and "Days on this site" (at Days), "Incl. holiday
    pay" (the same pay), a peak bonus (no pay), the agency as employer for the booking
    (`optional`; the site's firm employs), "Industry:" (a sector), skill chips (skills; PPE and
    the licence `optional`), the app's typical pay in the town (the role's band with the town),
    temp to perm (at Permanent) with the promotion's salary (theirs, a ladder), an upskill
    course's post with its rate (a lateral move, the rate theirs), "started as" (moves in) and
    similar shifts (another title's theirs, the same title elsewhere the role's with its town,
    one cut)."""
    (job, (printed, short), site, town, industry, doing, chips, (ppe, licence), (app, agency),
     (lead, manager), upskill, (came1, came2), (s1, t1), same_town, cut) = rng.choice(_SHIFTUK)
    occupy(g, job, ladder=[job, lead, manager], transitions=[upskill], moves_in=[came1, came2])
    _legal(g, printed, short)
    _facts(g, _skills(chips), [], [industry], [doing, ppe, licence, app, agency])
    nights = rng.randrange(1380, 1460, 5) / 100
    days = round(nights - rng.randrange(90, 140, 5) / 100, 2)
    _salary(g, nights, nights, "GBP", period="hour", region=town)
    _salary(g, days, days, "GBP", period="hour", level="Days")
    typical = (round(days - 0.45, 2), round(nights - 0.5, 2))
    _salary(g, *typical, "GBP", period="hour", region=town)
    perm = rng.randrange(26, 29) * 1000 + rng.choice((0, 400, 800))
    _salary(g, perm, perm, "GBP", period="year", level="Permanent")
    lead_pay = perm + rng.randrange(3, 5) * 1000
    _salary(g, lead_pay, lead_pay, "GBP", period="year", belongs_to=lead)
    up_rate = round(nights + rng.choice((0.4, 0.6)), 2)
    _salary(g, up_rate, up_rate, "GBP", period="hour", belongs_to=upskill)
    other = round(days - rng.choice((0.3, 0.5)), 2)
    _salary(g, other, other, "GBP", period="hour", belongs_to=s1, region=t1)
    same = round(nights - rng.choice((0.85, 1.05)), 2)
    _salary(g, same, same, "GBP", period="hour", region=same_town)
    holiday = round(nights * 1.1207, 2)
    peak = int(_no_pay(g, rng.choice((40, 50, 75)), 5))
    g.must_not_appear += ["Book these shifts", "Save site", "‹ Back to", f"© {app} 2026",
                          "My week"]
    day = rng.randint(7, 14)
    return [f"{app}  |  Find work   My week   Hours   Pay   Learn   Me      📍 {town}",
            f"‹ Back to {industry} shifts",
            f"{job.upper()} – NIGHTS",
            f"{printed} · {site} · ★ {rng.randint(38, 48) / 10} ({rng.randint(200, 1500):,} "
            "ratings)",
            f"Mon {day} – Fri {day + 4} Dec · nights 21:30 – 06:00 · 5 shifts (book one or all)",
            f"Nights {_gbp(nights)}/hr   |   Days on this site {_gbp(days)}/hr",
            f"{_gbp(holiday)}/hr incl. holiday pay   ·   paid weekly on Fridays",
            f"🎁 December peak bonus {_gbp(peak)} when you finish all five shifts",
            "[Book these shifts]     ♡ Save site     ⚑ Report",
            f"You are employed for these shifts by {agency} (agency), working at {printed}.",
            "The site",
            f"Industry: {industry} · about {rng.randint(150, 600)} on the night shift",
            "The work",
            doing,
            "You'll need",
            "Skills: " + " · ".join(_item(c) for c in chips),
            f"Essential: {ppe}",
            f"Bonus if you have: {licence}",
            f"Pay in {town}",
            f"Typical pay for {job} in {town}: {_gbp(typical[0])} – {_gbp(typical[1])}/hr",
            f"Temp to perm: after 12 weeks {short} may take you on permanently at {_gbp(perm)} "
            f"a year; its {_plural(job)} move up to {lead} ({_gbp(lead_pay)}) and later "
            f"{manager}.",
            f"Upskill: finish the {upskill} course in {app} Learn to book {upskill} shifts here "
            f"({_gbp(up_rate)}/hr).",
            f"Lots of people here started as {came1} or {came2}.",
            "Similar shifts",
            f"{s1} · {t1} · {_gbp(other)}/hr",
            f"{job} · {same_town} · {_gbp(same)}/hr",
            f"{cut} · {town} · £1",
            "Free cancellation until 12 hours before the shift",
            f"© {app} 2026 · {agency}, licensed employment business · Terms"]


(FAMILY50_RENDERERS, FAMILY50_LAYOUTS, FAMILY50_LADDER_LAYOUTS,
 FAMILY50_ALIAS_LAYOUTS) = variant_families({
    "slovenianmt": {"office": _sioffice, "season": _siseason},
    "icelandicmt": {"plant": _isplant, "tours": _istour},
    "dacumchart": {"chart": _dacumpage, "export": _dacumtext},
    "payinforeply": {"portal": _payportal, "letter": _payletter},
    "tupeletter": {"contractor": _tupecontract, "intranet": _tupecouncil},
    "shiftapp": {"us": _shiftus, "uk": _shiftuk},
})
