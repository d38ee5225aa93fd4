"""Generator renderers for the six page families of held-back set 48 (Latvian postings ...).

Held-back set 48 showed six more kinds of page users bring: a Latvian job posting read through
a browser translator (a plant's posting with a "bruto" range and its "on hand" net, a glued
"About the companySIA …" and "We offer…", a trial-period rate and a shift master's floor, or an
agency's posting with a fixed part plus commission and a head of office's floor), a Swahili
posting read through a translator (a Kenyan board's posting with KSh gross and the net after
PAYE, NSSF, SHIF and the Housing Levy, untranslated labels, a probation rate and "Also We Are
Hiring" rates, or a Tanzanian board's posting with TSh gross plus commission, its take-home and
a training month's rate), an employee referral campaign for one open role (a US manufacturer's
referral portal with the reward, a pay table of levels and other roles to refer for, or an
Australian miner's "refer a mate" app with hourly rates and their yearly equivalent), a
recruiter's intake notes for one vacancy (a UK agency's CRM job order with a budget, a
"could stretch to" and the leaver's pay, or a US hiring-manager intake form with an approved
range, a Senior up-level and a comparator's floor), an online learning platform's career
track (a US course platform's track with a job outlook and "Hiring now" postings, or an Indian
ed-tech programme with fees, EMIs and placed learners' CTC) and a promotion confirmation letter
(a UK trust's letter with the current post's pay and the new grade, or a Canadian processor's
e-mail with an hourly rate before and a base salary after).  These renderers write such pages
from a planned guide, two variants a family, about occupations that fit them (occupy()); every
fact the truth keeps is printed and what a style does not state is cleared: the "on hand" net,
the take-home after statutory deductions and an hourly rate's yearly equivalent are the same
pay (no fact); referral, sign-on and retention bonuses, relocation, programme fees, EMIs,
subscription prices, recruiters' fees, commission, supplements, allowances, premiums and
incentive plans stay out of the role's pay; a fixed part paid with commission is the salary;
one-sided bounds ("Only every tenth offer exceeds …", "could stretch to …", "sitting around …",
"Highest CTC", "Top 10% earn more than …") are no bands; trial, probation and training rates
are the role's own at their level; other titles' figures ("Also hiring", other roles to refer
for, the current post in a letter, the feeder's and the manager's ranges) keep their owners;
a recruitment agency, the firms on a poach list, the companies of other titles' postings and
the courses of a curriculum are `optional`.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from benchmarks.web_kit import (
    _an,
    _cap,
    _facts,
    _fr,
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

__all__ = ["FAMILY48_ALIAS_LAYOUTS", "FAMILY48_LADDER_LAYOUTS", "FAMILY48_LAYOUTS",
           "FAMILY48_RENDERERS"]


def _c2(symbol: str, amount: float) -> str:
    """An hourly rate always with its cents: "$44.00", "$26.40"."""
    return f"{symbol}{amount:,.2f}"


def _rate(rng: random.Random, low: int, high: int) -> float:
    """An hourly rate with cents between ``low`` and ``high`` (a multiple of fifty cents)."""
    return rng.randrange(low * 100, high * 100, 50) / 100


def _lpa(amount: int) -> str:
    """A yearly figure in lakhs as Indian pages print it: "4.2", "7"."""
    return f"{amount / 100_000:g}"


def _pct(rng: random.Random, n: int) -> list[int]:
    """``n`` falling percentages of learners (no part of any title)."""
    return sorted(rng.sample(range(9, 30), n), reverse=True)


# --------------------------------------------------------------------------------------
# A Latvian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role), the Latvian name (an alias), the employer (printed "SIA …", short),
#  its group (employs too), town, region, what it does, the field of activity (a sector),
#  duties (`optional`), requirements (skills), the second language (a skill, Latvian the
#  first), the literal idiom (`optional`), the licence (`optional`), the shift master rung
#  with its Latvian gloss (`optional`) and the head, the lateral post and where, the two
#  moves in and where from, two similar vacancies' titles and firms (`optional`), the cut
#  one, the breadcrumb's category)
_LVPLANT = (
    ("Bread line operator", "Maizes līnijas operators", ("SIA Rudzu Klēpis", "Rudzu Klēpis"),
     "Latgales Pārtikas Grupa", "Rēzekne", "Latgale",
     "bakes rye and wheat bread for the shops of the three Baltic states",
     "Food production",
     ("to start and to watch the dough dividing line during the shift",
      "to control the baking temperature by the recipe card",
      "to wash down the line after the shift"),
     (("work with a dough divider and a tunnel oven", ("WP", "Rademaker")),
      "reading of a recipe card", "food hygiene (HACCP)"), "Russian",
     "the dough sticks to your hands only when you want it", "food hygiene card",
     ("shift master", "maiņas vadītājs", "head of the bakery production"),
     ("Packing line operator", "the packing hall"), (("Baker", "small bakeries"),
                                                    ("Kitchen worker", "school canteens")),
     (("Packer", "SIA Maizes Māja"), ("Confectioner", "Saldais Rīts")), "Dough mixer",
     "Food industry"),
    ("Dairy process operator", "Piena pārstrādes operators", ("SIA Zemgales Piens",
                                                             "Zemgales Piens"),
     "Baltijas Piena Kooperatīvs", "Jelgava", "Zemgale",
     "makes cheese, kefir and butter from the milk of 300 farms around Jelgava",
     "Dairy processing",
     ("to run the pasteurizer and the separator by the plan",
      "to take the samples of milk for the laboratory",
      "to wash the tanks and the lines (CIP) after the batch"),
     (("work with pasteurization equipment", ("Tetra Pak", "GEA")),
      "reading of the process panel", "CIP washing"), "English",
     "you do not cry over spilt milk", "forklift certificate",
     ("shift master", "maiņas vecākais", "head of the cheese workshop"),
     ("Laboratory assistant", "the milk laboratory"), (("Farm worker", "the farms"),
                                                      ("Machine operator", "bottling plants")),
     (("Milk tanker driver", "SIA Piena Ceļš"), ("Cheese maker", "Kalnu Siers")),
     "Butter packer", "Food industry"),
)


def _lvplant(rng: random.Random, g: Guide) -> list[str]:
    """A plant's posting on a Latvian job board through a translator: the translator bar, the
    board's menu, the untranslated cookie word, breadcrumb, views, ad number, buttons, headings,
    the contact and a cut similar vacancy (chrome), the title in capitals with its Latvian name
    (the role; an alias), "Work salary: … EUR/month bruto" and the "on hand" net (the same pay),
    a glued "About the companySIA …" with its group (both employ) and "Field of activity:" (a
    sector), duties (`optional`), requirements (skills; the idiom and the licence `optional`),
    a glued "We offerStable …" with the trial period's rate (at Trial period), a night
    supplement and a quarterly bonus (no pay), a ladder with the shift master's floor (theirs),
    a lateral move, two moves in, the board's average with its region (a point), the range of
    offers (the role's), a one-sided share (no fact) and similar vacancies (theirs)."""
    (job, local, (printed, short), group, town, region, what, field, duties, needs, lang2,
     idiom, licence, (rung, gloss, head), (lateral, where), ((came1, from1), (came2, from2)),
     ((s1, f1), (s2, f2)), cut, category) = rng.choice(_LVPLANT)
    up1 = _cap(rung)
    occupy(g, job, ladder=[job, up1, _cap(head)], transitions=[lateral],
           moves_in=[came1, came2])
    _spell(g, local)
    _legal(g, printed, short)
    _facts(g, [*_skills(needs), "Latvian", lang2], [group], [field],
           [idiom, licence, gloss, f1, f2, *duties])
    low = rng.randrange(1000, 1300, 10)
    high = low + rng.randrange(250, 400, 10)
    _salary(g, low, high, "EUR", period="month")
    trial = low - rng.randrange(50, 120, 10)
    _salary(g, trial, trial, "EUR", period="month", level="Trial period")
    floor = high + rng.randrange(80, 200, 10)
    _salary(g, floor, None, "EUR", period="month", belongs_to=up1)
    average = low + rng.randrange(40, 150, 10)
    _salary(g, average, average, "EUR", period="month", point=True, region=region)
    spread = (trial - rng.randrange(100, 200, 10), floor + rng.randrange(20, 100, 10))
    _salary(g, *spread, "EUR", period="month")
    b1 = (low - rng.randrange(100, 200, 10), 0)
    b1 = (b1[0], b1[0] + rng.randrange(150, 250, 10))
    _salary(g, *b1, "EUR", period="month", belongs_to=s1)
    b2 = (low + rng.randrange(20, 80, 10), 0)
    b2 = (b2[0], b2[0] + rng.randrange(200, 300, 10))
    _salary(g, *b2, "EUR", period="month", belongs_to=s2)
    net = (int(_no_pay(g, round(low * 0.77, -1), 10)),
           int(_no_pay(g, round(high * 0.77, -1), 10)))
    over = int(_no_pay(g, spread[1] + 100, 10))
    site = rng.choice(("DarbaVieta.lv", "KurStrādāt.lv"))
    contact = rng.choice(("Inese Bērziņa, personnel manager", "Aivars Liepa, production head"))
    g.must_not_appear += [site, "CV database", "sīkdatnes", "Sludinājuma Nr.", contact, category,
                          "Similar vacancies", "Growth in the company",
                          f"About the company{printed}", "We offerStable salary",
                          f"{cut} – SIA Kurzemes"]
    return ["Translated from: Latvian   Show original   |   Never translate Latvian",
            f"{site}   Jobs   Companies   CV database   Post a vacancy   Log in   LV / EN",
            "This site uses sīkdatnes (cookies) for statistics.   [Accept]   [Reject]",
            f"Home › Vacancies › {category} › {town}",
            "",
            f"{job.upper()} ({local.upper()})",
            f"{printed}   ·   {town}   ·   Full time, shifts   ·   Placed "
            f"{rng.randint(1, 9):02d}.12.2026",
            f"Work salary: {_fr(low)} – {_fr(high)} EUR/month bruto",
            f"(~ {_fr(net[0])} – {_fr(net[1])} EUR \"on hand\", after income tax)",
            f"Seen {rng.randint(150, 900)} times   Sludinājuma Nr. (ad No.) "
            f"{rng.randint(10000, 99999)}   ♡ Remember   ⚠ Complain",
            "",
            f"About the company{printed} {what}. The company belongs to {group}. Field of "
            f"activity: {field}.",
            "",
            "Work duties:",
            *(f"• {d};" for d in duties),
            "",
            "Requirements for the candidate:",
            *(f"• {_item(n)};" for n in needs),
            f"• Latvian (spoken), {lang2} – a plus;",
            f"• {idiom} – we value a calm head;",
            f"• {licence} – will be counted as a plus.",
            "",
            "We offerStable salary on the 10th and the 25th of each month;",
            f"• for the trial period of 3 months: {_fr(trial)} EUR/month bruto, later by the "
            "table above;",
            f"• night hours paid with a 40% supplement; a quarterly bonus of "
            f"{_fr(int(_no_pay(g, 150, 10)))} EUR (not counted in the salary);",
            "",
            "Growth in the company",
            f"Every one of our shift masters ({gloss}) started on the line. The typical way: "
            f"{job.lower()} → {rung} → {head}. A {rung} earns from {_fr(floor)} EUR bruto. "
            f"Whoever wants a change can go across to {where} as {_an(lateral)}. Earlier our "
            f"people worked in {from1} as {_plural(came1.lower())} or in {from2} as "
            f"{_plural(came2.lower())}.",
            "",
            f"Pay statistics: \"{job}\" ({site}, the last year)",
            f"Average salary in {region}: {_fr(average)} EUR bruto",
            f"Range of offers: {_fr(spread[0])} – {_fr(spread[1])} EUR bruto",
            f"Just one offer in ten is above {_fr(over)} EUR.",
            "",
            f"Ask: {contact}, tel. +371 2 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            "",
            "Similar vacancies",
            f"{s1} – {f1} – {town} – {_fr(b1[0])} – {_fr(b1[1])} EUR/month bruto",
            f"{s2} – {f2} – {_fr(b2[0])} – {_fr(b2[1])} EUR/month",
            f"{cut} – SIA Kurzemes"]


# (the title (the role), the Latvian name (an alias), the agency (printed "…, SIA", short),
#  its network (`optional`), the activity (a sector), tasks (`optional`), requirements
#  (skills), the second language (a skill, Latvian the first), the idiom and the licence
#  (`optional`), the head rung, the lateral post and
#  where, two moves in and where from, two similar vacancies' titles and firms)
_LVAGENCY = (
    ("Insurance agent", "Apdrošināšanas aģents/-e", ("Drošais Plecs, SIA", "Drošais Plecs"),
     "Baltic Cover Alliance", "Insurance",
     ("to meet private clients and small firms and to explain the policies",
      "to prepare the offers for car and home insurance",
      "to accompany the client when a damage happens"),
     ("Negotiation skills", ("Work with CRM", ("Salesforce",))), "Russian",
     "you do not put your finger in the mouth", "Driving license of category B",
     "Head of the sales office", ("Claims handler", "our claims department"),
     (("Bank teller", "banks"), ("Call centre operator", "call centres")),
     (("Leasing consultant", "Auto Līzings"), ("Claims specialist", "Rīgas Apdrošinātājs"))),
    ("Car salesperson", "Auto pārdevējs/-a", ("Vidzemes Auto, SIA", "Vidzemes Auto"),
     "Nordic Motor Dealers", "Car trade",
     ("to meet the clients in the showroom and to make test drives",
      "to prepare the offers with leasing and trade-in",
      "to hand over the new cars to the clients"),
     ("Negotiation skills", ("Work with CRM", ("Pipedrive",))), "English",
     "you can sell ice to an Eskimo", "Driving license of category B",
     "Head of the showroom", ("Leasing consultant", "our financing desk"),
     (("Waiter", "restaurants"), ("Shop assistant", "electronics shops")),
     (("Service advisor", "Auto Centrs Ogre"), ("Parts salesperson", "Rezerves Daļas"))),
)


def _lvagency(rng: random.Random, g: Guide) -> list[str]:
    """An agency's posting on a Latvian job board through a translator: the translator line,
    the board's menu, the cookie line with its Latvian word, breadcrumb, ad id, "TOP VACANCY",
    buttons, headings, the responsible person and a cut similar vacancy (chrome), the title in
    capitals with its Latvian name (the role; an alias), "… EUR fixed part + commission" (the
    fixed part the role's) with the fixed part on hand (the same pay) and the commission (no
    pay), a glued "About us…" with its network (`optional`) and "Activity:" (a sector), tasks
    (`optional`), ✔ requirements (skills; the idiom and the licence `optional`), a car
    compensation (no pay), a ladder with the head's floor (theirs), two moves in, a lateral
    move, the profession's average in Rīga (a point), the range for all Latvia (the role's),
    "The best … earn over …" (no fact) and similar vacancies (theirs)."""
    (job, local, (printed, short), network, field, tasks, needs, lang2, idiom, licence, head,
     (lateral, where), ((came1, from1), (came2, from2)), ((s1, f1), (s2, f2))) = \
        rng.choice(_LVAGENCY)
    senior = f"Senior {job.lower()}"
    occupy(g, job, ladder=[job, senior, head], transitions=[lateral], moves_in=[came1, came2])
    _spell(g, local)
    _legal(g, printed, short)
    _facts(g, [*_skills(needs), "Latvian", lang2], [], [field],
           [network, idiom, licence, f1, f2, "sales experience", *tasks])
    fixed = rng.randrange(850, 1150, 50)
    _salary(g, fixed, fixed, "EUR", period="month")
    floor = fixed + rng.randrange(700, 1000, 50)
    _salary(g, floor, None, "EUR", period="month", belongs_to=head)
    average = fixed + rng.randrange(60, 200, 10)
    _salary(g, average, average, "EUR", period="month", point=True, region="Rīga")
    spread = (fixed - rng.randrange(150, 250, 50), fixed + rng.randrange(400, 600, 50))
    _salary(g, *spread, "EUR", period="month", region="all Latvia")
    b1 = (fixed + rng.randrange(150, 300, 50), 0)
    b1 = (b1[0], b1[0] + rng.randrange(200, 400, 50))
    _salary(g, *b1, "EUR", period="month", belongs_to=s1)
    single = fixed + rng.randrange(350, 450, 10)
    _salary(g, single, single, "EUR", period="month", belongs_to=s2)
    on_hand = int(_no_pay(g, round(fixed * 0.79, -1), 10))
    car = int(_no_pay(g, rng.choice((120, 150, 180)), 10))
    best = int(_no_pay(g, rng.choice((3500, 4000, 4500)), 100))
    site = rng.choice(("VakancesLV.lv", "DarbsTev.lv"))
    who = rng.choice(("Zane Kalniņa, head of the office", "Edgars Ozols, sales director"))
    g.must_not_appear += [site, "sīkfaili", "TOP VACANCY", who, "Similar vacancies",
                          "Site rules", f"About us{short}", "Lettings agent"]
    return ["This page is translated from Latvian  ·  Show the original  ·  Options",
            f"{site}  Jobs ▾  Firms  Pay  Tips  For advertisers  Sign in",
            "Sīkfaili (cookies) help us count visits.  [Understood]",
            f"Home / Vacancies / Sales / {field} / Rīga",
            f"{job.upper()} ({local.upper()})",
            f"{printed} · Rīga · Full time · {rng.randint(10, 28)}.11.2026 · No. "
            f"{rng.randint(100, 999)}/{rng.randint(100, 999)}",
            "⭐ TOP VACANCY",
            f"Monthly salary (bruto): {_fr(fixed)} EUR fixed part + commission",
            f"On hand the fixed part is about {_fr(on_hand)} EUR. Commission: "
            f"{rng.choice((10, 15, 20))}% of each contract, paid on top.",
            "[Apply]   ☆ Save   ⤴ Send",
            "",
            f"About us{short} is a team of {rng.randint(8, 30)} in Rīga and Ogre, a member of "
            f"the {network} network. Activity: {field} (private and business clients).",
            "",
            "Your tasks",
            *(f"– {t};" for t in tasks),
            "",
            "We expect",
            "✔ Any sales experience – a year or more",
            *(f"✔ {_item(n)}" for n in needs),
            f"✔ Latvian and {lang2} languages fluently",
            f"✔ {_cap(idiom)} – a stranger is your friend in five minutes",
            f"✔ {licence}, own car",
            "",
            "We offer",
            "• Fixed part paid from the first day, even before the first deal",
            f"• Car compensation {_fr(car)} EUR/month and a phone",
            "",
            "Career with us",
            f"{job} → {_cap(senior)} → {head}. The {head.lower()} gets a fixed part from "
            f"{_fr(floor)} EUR bruto. Some of us came from {from1} (as "
            f"{_plural(came1.lower())}), others from {from2} as {_plural(came2.lower())}. Those "
            f"who like numbers may pass to {where} as {_an(lateral)}.",
            "",
            f"Pay in the profession (data of {site})",
            f"{job} (Rīga) – average fixed part {_fr(average)} EUR bruto",
            f"{job} (all Latvia) – range {_fr(spread[0])} – {_fr(spread[1])} EUR bruto",
            f"Top people with commissions make more than {_fr(best)} EUR a month.",
            "",
            f"Selection: {who}",
            "",
            "Similar vacancies",
            f"{s1} · {f1} · Rīga · {_fr(b1[0])} – {_fr(b1[1])} EUR bruto",
            f"{s2} · {f2} · Rīga · {_fr(single)} EUR + bonus",
            "Lettings agent · SIA Jūras Nami · Liepāja · from 1",
            f"© 2026 {site} · Privacy · Site rules"]


# --------------------------------------------------------------------------------------
# A Swahili job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role), the Swahili name (an alias), the employer (printed "… Ltd", short),
#  its group (employs too), what it does, the sector, duties (`optional`), requirements
#  (skills), the certificate and the idioms (`optional`), the assistant and supervisor
#  rungs, the lateral post and where, two moves in with their Swahili glosses (`optional`),
#  three "also hiring" titles (one paid by the day), two similar jobs' titles and firms)
_KESITE = (
    ("Mason", "Fundi mwashi", ("Jiwe Imara Contractors Ltd", "Jiwe Imara Contractors"),
     "Jiwe Imara Group", "builds houses, schools and go-downs in Nairobi and Machakos",
     "Construction",
     ("To build walls of blocks and stones by the drawing", "To plaster and to screed floors",
      "To read the levels with the foreman"),
     ("Block and stone walling", "Plastering and screeding", ("Use of levels", ("spirit level",
                                                                               "line level")),
      "Kiswahili", "English"),
     "Trade test certificate (Grade II)", ("Must have strong arms and a straight eye",),
     ("Mason helper", "Site supervisor"), ("Tiler", "the finishing crew"),
     (("Casual labourer", "vibarua"), ("Hardware attendant", "wauzaji wa duka")),
     ("Timekeeper", "Askari (watchman)", "Kibarua (day labourer)"),
     (("Plumber", "Bidii Homes"), ("Electrician", "Umeme Safi Ltd"))),
    ("Dispatch clerk", "Karani wa usafirishaji", ("Safari Cargo Movers Ltd",
                                                  "Safari Cargo Movers"),
     "Safari Holdings", "moves containers and parcels between Mombasa, Nairobi and Kampala",
     "Logistics",
     ("To prepare delivery notes and waybills", "To load the trucks by the route plan",
      "To follow the drivers by phone until delivery"),
     ("Stock control", ("Computer knowledge", ("Microsoft Excel", "Sage 50")), "FIFO method",
      "Kiswahili", "English"),
     "Certificate in Logistics (KNEC)", ("Must have a clean heart (honest)",
                                          "the eye of an eagle for the papers"),
     ("Assistant dispatch clerk", "Dispatch supervisor"), ("Fleet coordinator", "the fleet office"),
     (("Loader", "wapakiaji"), ("Shop attendant", "wauzaji wa duka")),
     ("Driver", "Askari (watchman)", "Kibarua (loader)"),
     (("Store clerk", "Haraka Wholesalers"), ("Inventory controller", "Pwani Freight"))),
)


def _kesite(rng: random.Random, g: Guide) -> list[str]:
    """A Kenyan job board's posting through a translator: the translator bar, the board's
    menu, "Kubali" and "Kataa", breadcrumb, deadline, ratings, buttons, untranslated labels,
    how to apply, the fraud line and a cut similar job (chrome), the title in capitals with its
    Swahili name (the role; an alias), "KSh … per month (gross)" with the net after PAYE, NSSF,
    SHIF and the Housing Levy (the same pay), a glued "About the Company…" with the group (both
    employ) and "Sekta:" (a sector), numbered duties (`optional`), requirements (skills; the
    certificate and idioms `optional`), the probation rate (at Probation), a lunch allowance
    (no pay), a ladder with the supervisor's range (theirs), a lateral move, two moves in with
    Swahili glosses, "Also We Are Hiring" rates (theirs; one by the day), the board's average
    and usual range in the city (the role's) with a one-sided bound (no fact) and similar jobs
    (theirs)."""
    (job, local, (printed, short), group, what, sector, duties, needs, cert, idioms,
     (below, sup), (lateral, where), ((came1, gl1), (came2, gl2)), hiring,
     ((s1, f1), (s2, f2))) = rng.choice(_KESITE)
    occupy(g, job, ladder=[below, job, sup], transitions=[lateral], moves_in=[came1, came2])
    _spell(g, local)
    _legal(g, printed, short)
    _facts(g, _skills(needs), [group], [sector], [cert, *idioms, *duties, gl1, gl2, f1, f2])
    low = rng.randrange(30000, 45000, 1000)
    high = low + rng.randrange(5000, 9000, 1000)
    _salary(g, low, high, "KES", period="month")
    prob = low - rng.randrange(2000, 4000, 500)
    _salary(g, prob, prob, "KES", period="month", level="Probation")
    sup_pay = (high + rng.randrange(10000, 15000, 1000), 0)
    sup_pay = (sup_pay[0], sup_pay[0] + rng.randrange(8000, 12000, 1000))
    _salary(g, *sup_pay, "KES", period="month", belongs_to=sup)
    owners = [h.split(" (")[0] for h in hiring]
    h1 = rng.randrange(24000, 29000, 500)
    _salary(g, h1, h1, "KES", period="month", belongs_to=owners[0])
    h2 = rng.randrange(17000, 20000, 500)
    _salary(g, h2, h2, "KES", period="month", belongs_to=owners[1])
    day = rng.choice((700, 750, 800, 850))
    _salary(g, day, day, "KES", period="day", belongs_to=owners[2])
    average = low + rng.randrange(2000, 4000, 500)
    _salary(g, average, average, "KES", period="month", point=True, region="Nairobi")
    usual = (prob - rng.randrange(1000, 3000, 1000), high + rng.randrange(2000, 5000, 1000))
    _salary(g, *usual, "KES", period="month", region="Nairobi")
    j1 = (low - rng.randrange(8000, 11000, 1000), 0)
    j1 = (j1[0], j1[0] + 5000)
    _salary(g, *j1, "KES", period="month", belongs_to=s1)
    j2 = (high + rng.randrange(4000, 8000, 1000), 0)
    j2 = (j2[0], j2[0] + 7000)
    _salary(g, *j2, "KES", period="month", belongs_to=s2)
    net = (int(_no_pay(g, round(low * 0.87, -2), 100)),
           int(_no_pay(g, round(high * 0.86, -2), 100)))
    lunch = int(_no_pay(g, rng.choice((150, 200, 250)), 10))
    few = int(_no_pay(g, sup_pay[0], 1000))
    site = rng.choice(("KaziPoa.co.ke", "AjiraNjema.co.ke"))
    contact = rng.choice(("Grace Atieno, HR Officer", "Peter Kamau, Site Manager"))
    g.must_not_appear += [site, "Kubali", "Aina ya kazi", "Majukumu", "Sifa za Mwombaji",
                          "Jinsi ya Kutuma Maombi", contact, "Similar Jobs", "Report scams",
                          f"About the Company{printed}", "Tunachotoa"]
    return ["Google Translate   ·   Swahili → English   ·   [See original]",
            f"{site}  · Jobs · Employers · Salaries · Tips · Log in",
            "Tovuti hii inatumia cookies (this site uses cookies).  Kubali (Accept)",
            f"Home » Jobs » {sector} » Nairobi",
            "",
            f"{job.upper()} ({local.upper()})",
            f"{printed} · Nairobi · {rng.randint(2, 6)} days ago · Apply before "
            f"{rng.randint(10, 28)} Dec 2026",
            "Aina ya kazi (Type of job): Permanent, after probation",
            f"Salary: KSh {low:,} – {high:,} per month (gross)",
            f"After PAYE, NSSF, SHIF and Housing Levy deductions you receive about KSh "
            f"{net[0]:,} – {net[1]:,}.",
            f"★★★★☆ {rng.randint(35, 45) / 10} from {rng.randint(12, 80)} employer reviews   "
            "[Apply]  [Save job]",
            "",
            f"About the Company{printed} {what}. The company is part of the {group}. Sekta: "
            f"{sector}.",
            "",
            "Responsibilities (Majukumu)",
            *(f"{i}. {d}" for i, d in enumerate(duties, 1)),
            "",
            "Characteristics of the Applicant (Sifa za Mwombaji)",
            f"– {cert} – mandatory",
            *(f"– {_item(n)}" for n in needs),
            *(f"– {i}" for i in idioms),
            "",
            "What We Offer (Tunachotoa)",
            f"• During probation (3 months): KSh {prob:,} per month",
            f"• Lunch allowance KSh {lunch} a day on site",
            "• NSSF and SHIF as per law, 21 days of leave",
            "",
            "To Go Up in the Company",
            f"{below} → {job} → {sup}. Our {_plural(sup)} are paid KSh {sup_pay[0]:,} – "
            f"{sup_pay[1]:,} per month. One colleague moved to {where} as {_an(lateral)}. "
            f"Many started as {_plural(came1.lower())} ({gl1}) or as {_plural(came2.lower())} "
            f"({gl2}).",
            "",
            "Also We Are Hiring on Our Sites",
            f"{hiring[0]} – KSh {h1:,} per month",
            f"{hiring[1]} – KSh {h2:,} per month",
            f"{hiring[2]} – KSh {day} per day, paid weekly",
            "",
            f"Salary check – {job}, Nairobi ({site})",
            f"Average: KSh {average:,} a month",
            f"Usual range: KSh {usual[0]:,} – {usual[1]:,}.",
            f"Only a few posts pay over KSh {few:,}.",
            "",
            "How to Apply (Jinsi ya Kutuma Maombi)",
            f"E-mail your CV and certificates to the company. Contact: {contact}.",
            "⚠ Never pay anyone for a job. Report scams: 0711 000 222",
            "",
            "Similar Jobs",
            f"{s1} – {f1} – KSh {j1[0]:,} – {j1[1]:,}",
            f"{s2} – {f2} – Mombasa – KSh {j2[0]:,} – {j2[1]:,}",
            "Yard hand – Bidii Cement Wo",
            f"© 2026 {site} · Terms · Privacy"]


# (the title (the role), the Swahili name (an alias), the employer (printed "… Limited",
#  short), its group, what it does, the industry's sectors, duties (`optional`), the
#  qualifications (schooling, experience, idiom, licence: `optional`; the others skills), the
#  supervisor and manager rungs, the lateral post and where, two moves in, the related jobs)
_TZSALES = (
    ("Medical sales representative", "Mwakilishi wa mauzo ya dawa",
     ("Afya Bora Pharma Limited", "Afya Bora Pharma"), "Afya Bora Group",
     "a distributor of medicines and medical supplies to pharmacies and clinics in Dar es "
     "Salaam and Morogoro", ("Pharmaceuticals", "Healthcare"),
     ("To call on 15 – 20 pharmacies and clinics a day", "To take orders and follow payments",
      "To report the stock of competitors"),
     ("Diploma in Pharmaceutical Sciences or Nursing",
      "To have a sweet mouth with the doctors (polite and patient)"),
     ("Skills of negotiation", "Customer care", ("Mobile money", ("M-Pesa", "Airtel Money")),
      "Kiswahili", "English"),
     ("Area sales supervisor", "Regional sales manager"), ("Key account executive",
                                                          "our hospital accounts team"),
     ("Pharmacy assistant", "Nurse"),
     ("Delivery driver", ("Medical sales officer", "Tiba Plus Ltd"))),
    ("Field sales agent", "Wakala wa mauzo wa shambani", ("Mbegu Safi Limited", "Mbegu Safi"),
     "Kilimo Holdings", "a seller of seeds, fertilizer and sprayers to farmers in Morogoro and "
     "Dodoma", ("Agriculture", "Agro-inputs"),
     ("To visit farmers and agro-dealers on your route", "To show the seeds on demo plots",
      "To collect the money and make the accounts"),
     ("Form Four or Form Six", "To know the villages like your own pocket"),
     ("Skills of negotiation", "Customer care", ("Mobile money", ("M-Pesa", "Tigo Pesa")),
      "Kiswahili", "English"),
     ("Field sales supervisor", "Area sales manager"), ("Agronomist assistant",
                                                       "our demo farm team"),
     ("Boda boda rider", "Farmer"),
     ("Store keeper", ("Agro-dealer sales agent", "Shamba Bora Ltd"))),
)


def _tzsales(rng: random.Random, g: Guide) -> list[str]:
    """A Tanzanian job board's posting through a translator: the translator line, the board's
    menu with untranslated words, breadcrumb, "Sawa", views, buttons, how to apply and a cut
    related job (chrome), the title in capitals with its Swahili name (the role; an alias),
    "TSh … per month ghafi (gross) + commission" (the role's) with the take-home after PAYE and
    NSSF (the same pay), a glued "About the Employer…" with its group (both employ) and
    "Industry: A and B" (two sectors), duties (`optional`), numbered qualifications (skills;
    schooling and idioms `optional`), the commission and a daily allowance (no pay), the
    training month's rate (at Training), a ladder with the supervisor's range (theirs), a
    lateral move, moves in, the survey's average in the city (a point), the range of most
    offers (the role's), a one-sided bound (no fact) and related jobs (theirs)."""
    (job, local, (printed, short), group, what, (sec1, sec2), duties, extras, needs,
     (sup, mgr), (lateral, where), (came1, came2), (r1, (r2, rf2))) = \
        rng.choice(_TZSALES)
    occupy(g, job, ladder=[job, sup, mgr], transitions=[lateral], moves_in=[came1, came2])
    _spell(g, local)
    _legal(g, printed, short)
    _facts(g, _skills(needs), [group], [sec1, sec2], [*extras, *duties, rf2])
    base = rng.randrange(550, 750, 10) * 1000
    _salary(g, base, base, "TZS", period="month")
    train = base - rng.randrange(100, 160, 10) * 1000
    _salary(g, train, train, "TZS", period="month", level="Training")
    sup_pay = (base + rng.randrange(400, 500, 10) * 1000, 0)
    sup_pay = (sup_pay[0], sup_pay[0] + rng.randrange(250, 350, 10) * 1000)
    _salary(g, *sup_pay, "TZS", period="month", belongs_to=sup)
    average = base + rng.randrange(40, 90, 10) * 1000
    _salary(g, average, average, "TZS", period="month", point=True, region="Dar es Salaam")
    most = (train - 20000, base + rng.randrange(200, 300, 10) * 1000)
    _salary(g, *most, "TZS", period="month")
    rel1 = base - rng.randrange(60, 100, 10) * 1000
    _salary(g, rel1, rel1, "TZS", period="month", belongs_to=r1)
    rel2 = (base - 30000, base + rng.randrange(60, 120, 10) * 1000)
    _salary(g, *rel2, "TZS", period="month", belongs_to=r2)
    home = int(_no_pay(g, round(base * 0.86, -4), 10000))
    allowance = int(_no_pay(g, rng.choice((6000, 7000, 8000)), 500))
    few = int(_no_pay(g, sup_pay[1] - 100000, 10000))
    site = rng.choice(("KaziLeo.co.tz", "NafasiZetu.co.tz"))
    contact = rng.choice(("Ms. Neema Mushi (HR)", "Mr. Baraka Mollel (HR)"))
    g.must_not_appear += [site, "Nafasi za Kazi", "Sawa", contact, "Related Jobs",
                          f"About the Employer{printed}", "Kuhusu", "Mawasiliano"]
    return ["Imetafsiriwa (translated) by Google  ·  from Swahili  ·  [Original]",
            f"{site}   Employers   Nafasi za Kazi (Job vacancies)   Pay   Sign up",
            "Home › Jobs › Sales › Dar es Salaam",
            "Cookies help us improve the site. Sawa (OK)",
            "",
            f"{job.upper()} ({local.upper()}) – {rng.randint(2, 8)} POSITIONS",
            f"{printed}  |  Dar es Salaam  |  Permanent  |  Apply by "
            f"{rng.randint(10, 28)}/12/2026",
            f"Mshahara (Salary): TSh {base:,} ghafi (gross) a month + commission",
            f"Take-home after PAYE and NSSF: about TSh {home:,}.",
            f"{rng.randint(900, 3000):,} views   ☆ Save   ↗ Share   ⚑ Report",
            "",
            f"About the Employer{printed} is {what}. We are part of the {group}. "
            f"Industry: {sec1} and {sec2}.",
            "",
            "Duties (Majukumu)",
            *(f"• {d}" for d in duties),
            "",
            "Qualifications (Sifa)",
            *(f"{i}. {q}" for i, q in enumerate([extras[0], *(_item(n) for n in needs),
                                                 extras[1]], 1)),
            "",
            "Benefits",
            f"✓ Commission {rng.choice((2, 3))}% on sales over the monthly target",
            f"✓ Route allowance TSh {allowance:,} a day (lunch and transport)",
            "✓ NSSF, NHIF cover and uniforms",
            f"✓ Training month: TSh {train:,}",
            "",
            "Progress",
            f"{_plural(job)} who beat their targets are promoted to {sup} (TSh {sup_pay[0]:,} – "
            f"{sup_pay[1]:,} per month) and later to {mgr}. Others have moved across to {where} as "
            f"{_plural(lateral)}. Before joining, many were {_plural(came1.lower())} or "
            f"{_plural(came2.lower())}.",
            "",
            f"Pay survey ({site}, 2026)",
            f"Average for {job} in Dar es Salaam: TSh {average:,} per month",
            f"Most offers: TSh {most[0]:,} – {most[1]:,}",
            f"Very few posts pay above TSh {few:,}.",
            "",
            "How to Apply",
            f"Bring your CV and NIDA card to our office. Contact: {contact}.",
            "",
            "Related Jobs",
            f"{r1} – {printed} – TSh {rel1:,} per month",
            f"{r2} – {rf2} – Arusha – TSh {rel2[0]:,} – {rel2[1]:,}",
            f"{_cap(sup)} – Upendo Distrib – TSh 1,0",
            f"{site} © 2026 | Kuhusu (About) | Mawasiliano (Contact)"]


# --------------------------------------------------------------------------------------
# An employee referral campaign for one open role
# --------------------------------------------------------------------------------------
# (the role, two aliases, the company (printed "… Co.", short), what it makes, the industry
#  (a sector), duties (`optional`), ✓ skills (tools in parentheses), the degree line
#  (`optional`), three backgrounds (moves in), the manager rung, the lateral post, two other
#  roles to refer for, the cut one)
_USREF = (
    ("Process engineer", ("Manufacturing Engineer", "Production Engineer"),
     ("Cedar Mill Plastics Co.", "Cedar Mill Plastics"),
     "makes injection-molded caps and closures in three Indiana plants",
     "Plastics manufacturing",
     ("Cut scrap and changeover time on the molding cells", "Write and own process sheets",
      "Run trials for new molds with the toolroom"),
     (("Injection molding process setup", ("Engel", "Arburg")), "Scientific molding",
      ("Statistical process control", ("Minitab",)), "Root cause analysis",
      ("3D CAD", ("SolidWorks",))),
     "Degree in Plastics or Mechanical Engineering or equivalent experience",
     ("Molding technician", "Quality engineer", "Tooling engineer"),
     "Engineering manager", "Continuous improvement lead",
     ("Mold setter", "Material handler"), "Tool and Die Maker"),
    ("Maintenance planner", ("Maintenance Scheduler", "Reliability Planner"),
     ("Oakridge Paperboard Co.", "Oakridge Paperboard"),
     "makes folding cartons and paperboard in two Georgia mills", "Paper manufacturing",
     ("Plan next week's work orders with the crew leads", "Kit parts for planned jobs",
      "Track backlog and PM compliance"),
     (("CMMS work order planning", ("SAP PM", "Maximo")), "Preventive maintenance scheduling",
      "Spare parts management", ("Excel", ("pivot tables",)), "Reading P&IDs"),
     "Associate degree or trade background; planning certificate helps",
     ("Maintenance technician", "Millwright", "Storeroom coordinator"),
     "Maintenance manager", "Reliability engineer",
     ("Electrician", "Machine operator"), "Maintenance Supervisor"),
)


def _usref(rng: random.Random, g: Guide) -> list[str]:
    """A US manufacturer's employee referral portal: the portal menu, the signed-in employee,
    the campaign banner, the requisition line, buttons, the referral bonus terms and the
    leaderboard (chrome), "KNOW A X? REFER THEM AND EARN $N" and the split payment (no pay),
    "also called A or B" (aliases), "Industry:" (a sector), duties (`optional`), ✓ skills with
    tools (skills; the degree line `optional`), "Where to find them" (three moves in), a pay
    table of levels I and II and the Senior (the role's at each), a bonus target, sign-on bonus
    and relocation (no pay), a ladder with the manager's range (theirs), a lateral move and
    other roles to refer for with hourly rates (theirs) and their bonuses (no pay)."""
    (job, (alias1, alias2), (printed, short), what, industry, duties, needs, degree,
     (came1, came2, came3), manager, lateral, (o1, o2), cut) = rng.choice(_USREF)
    senior = f"Senior {job.lower()}"
    occupy(g, job, ladder=[job, senior, manager], transitions=[lateral],
           moves_in=[came1, came2, came3])
    _spell(g, alias1, alias2)
    _legal(g, printed, short)
    _facts(g, _skills(needs), [], [industry], [degree, *duties])
    l1 = (rng.randrange(66, 80) * 1000, 0)
    l1 = (l1[0], l1[0] + rng.randrange(15, 20) * 1000)
    l2 = (l1[1] - rng.randrange(3, 6) * 1000, 0)
    l2 = (l2[0], l2[0] + rng.randrange(20, 26) * 1000)
    l3 = (l2[1] - rng.randrange(4, 8) * 1000, 0)
    l3 = (l3[0], l3[0] + rng.randrange(24, 30) * 1000)
    _salary(g, *l1, "USD", level=f"{job} I")
    _salary(g, *l2, "USD", level=f"{job} II")
    _salary(g, *l3, "USD", level="Senior")
    mgr = (l3[1] - rng.randrange(2, 6) * 1000, 0)
    mgr = (mgr[0], mgr[0] + rng.randrange(22, 28) * 1000)
    _salary(g, *mgr, "USD", belongs_to=manager)
    r1 = _rate(rng, 24, 31)
    _salary(g, r1, r1, "USD", period="hour", belongs_to=o1)
    r2 = (_rate(rng, 18, 22), 0.0)
    r2 = (r2[0], r2[0] + rng.choice((3.0, 3.5, 4.0)))
    _salary(g, *r2, "USD", period="hour", belongs_to=o2)
    bonus = int(_no_pay(g, rng.choice((2500, 3000, 3500)), 500))
    sign_on = int(_no_pay(g, rng.choice((4000, 5000)), 500))
    relocation = int(_no_pay(g, rng.choice((6000, 7500)), 500))
    portal = rng.choice(("Referral Hub", "RefersConnect"))
    who = rng.choice(("Kelly M.", "Andre P."))
    g.must_not_appear += [portal, who, "PRIORITY REFERRAL", "Top referrers", "My referrals",
                          "Copy my link", f"{cut} — $"]
    return [f"{short} {portal}  ·  Open roles  Refer  My referrals  Rewards  FAQ      "
            f"{who} ⌄",
            f"Refer › Operations › {job}",
            "═" * 40,
            "⭐ PRIORITY REFERRAL — REWARD RAISED UNTIL FEB 15",
            f"GOT A {job.upper()} IN YOUR NETWORK? REFER AND EARN ${bonus:,}",
            f"Requisition {rng.randint(1000, 9999)} · Plant {rng.randint(1, 4)} · Full-time · "
            f"Opened 11/{rng.randint(10, 28)}/2026",
            "[ Refer now ]  [ Copy my link ]  [ Post to LinkedIn ]",
            f"Reward: ${bonus:,}, half (${bonus // 2:,}) at 90 days and half at one year. People "
            "managers in the hiring line are not eligible.",
            "",
            "The role",
            f"{printed} {what}. We are adding {_an(job)} (the same job is called {alias1} or "
            f"{alias2} at our other plants). Industry: {industry}.",
            "",
            "Day to day",
            *(f"- {d}" for d in duties),
            "",
            "Ideal referrals have:",
            *(f"✓ {_item(n)}" for n in needs),
            f"{degree}.",
            "",
            "Where great candidates come from",
            f"Our strongest hires were {_plural(came1.lower())} ready for days, "
            f"{_plural(came2.lower())} from other plants and {_plural(came3.lower())} looking "
            "for a change.",
            "",
            f"Pay (posted range under {short}'s pay transparency policy)",
            f"{job} I ........ ${l1[0]:,} – ${l1[1]:,} / year",
            f"{job} II ....... ${l2[0]:,} – ${l2[1]:,} / year   ← open level",
            f"{_cap(senior)} ... ${l3[0]:,} – ${l3[1]:,} / year",
            f"Also: annual bonus target 6%, ${sign_on:,} sign-on, 401(k) match, relocation up to "
            f"${relocation:,}.",
            "",
            "Career path",
            f"{job} → {_cap(senior)} → {manager} (${mgr[0]:,} – ${mgr[1]:,}). A couple of ours "
            f"moved across to {lateral} roles at headquarters.",
            "",
            "Top referrers this quarter",
            f"Jamal R. (Plant 1) {rng.randint(4, 7)} · Beth W. (Plant 3) {rng.randint(2, 4)}",
            "",
            "More open roles to refer",
            f"{o1} (2nd shift) — {_c2('$', r1)} / hour — $1,500 reward",
            f"{o2} — {_c2('$', r2[0])} – {_c2('$', r2[1])} / hour — $1,000 reward",
            f"{cut} — $8",
            f"Program rules · Privacy · {printed} is an equal opportunity employer"]


# (the role, its alias and the crew's word (`optional`), the company (printed "… Pty Ltd",
#  short), the site, what it runs (the sector: printed, the truth's name), the machines
#  (skills), the backgrounds (moves in) with what they did, what they'll need (skills; the
#  licence and tests `optional`), the multi-skilled rung, leading hand, supervisor, the
#  lateral post and where, the screener (`optional`), the other open role, the cut one)
_AUREF = (
    ("Dozer operator", ("Track dozer operator", "dozer jockeys"),
     ("Black Range Coal Pty Ltd", "Black Range Coal"), "Mount Kellan (Bowen Basin QLD)",
     ("an open-cut coal mine", "Coal mining"), ("CAT D11", "Komatsu D475"),
     (("Plant operator", "civil earthworks, dozers and excavators"),
      ("Farmhand", "clearing and contour banks")),
     ("pre-start checks", "push ripping", "GPS grade control", "radio communication"),
     "a HR licence", ("Multi-skilled operator", "Crew leader", "Pit supervisor"),
     ("Dispatcher", "the mine control room"), "Bowen Crew Solutions",
     "Diesel Fitter", "Blast Crew Trainer"),
    ("Underground loader operator", ("LHD operator", "boggers"),
     ("Sandalwood Gold Pty Ltd", "Sandalwood Gold"), "Lake Tarrow (Goldfields WA)",
     ("an underground gold mine", "Gold mining"), ("Sandvik LH517", "CAT R1700"),
     (("Plant operator", "quarries and civil sites"),
      ("Truck driver", "road trains and side tippers")),
     ("pre-start checks", "tele-remote bogging", "ventilation awareness", "radio communication"),
     "a HR licence", ("Multi-skilled operator", "Crew leader", "Underground shift supervisor"),
     ("Control room operator", "the control room"), "Goldfields Crew Solutions",
     "Underground Electrician", "Jumbo Operator"),
)


def _auref(rng: random.Random, g: Guide) -> list[str]:
    """An Australian miner's "refer a mate" app: the phone status bar, the campaign header,
    reward, buttons, how it works and the top referrers (chrome), the role with an alias and
    the crew's word (`optional`), the company (employs) and what it runs (a sector), the reward
    and its extra (no pay), the trainee's and the signed-off level's hourly rates (the role's at
    Trainee and at Level 2) with a yearly "works out to" (the same pay), super, allowances and
    a retention bonus (no pay), the multi-skilled rung's rate (theirs), who to refer (moves in),
    what they'll need (skills; the licence and tests `optional`), a ladder, a lateral move, the
    labour-hire screener (`optional`) and another open role (theirs; one cut)."""
    (job, (alias, crew), (printed, short), site, (runs, sector), machines,
     ((came1, did1), (came2, did2)), needs, licence, (multi, leading, sup), (lateral, where),
     screener, other, cut) = rng.choice(_AUREF)
    occupy(g, job, ladder=[job, multi, leading, sup], transitions=[lateral],
           moves_in=[came1, came2])
    _spell(g, alias)
    _legal(g, printed, short)
    _facts(g, [*machines, *(_cap(n) for n in needs)], [], [sector],
           [crew, licence, screener, "pre-employment medical", "D&A screen"])
    trainee = _rate(rng, 40, 46)
    signed = round(trainee + rng.choice((6.0, 7.0, 8.0, 8.5)), 2)
    multi_rate = round(signed + rng.choice((3.5, 4.0, 4.5)), 2)
    _salary(g, trainee, trainee, "AUD", period="hour", level="Trainee")
    _salary(g, signed, signed, "AUD", period="hour", level="Level 2")
    _salary(g, multi_rate, multi_rate, "AUD", period="hour", belongs_to=multi)
    other_rate = round(multi_rate + rng.choice((4.0, 5.5, 6.0)), 2)
    _salary(g, other_rate, other_rate, "AUD", period="hour", belongs_to=other)
    yearly = int(_no_pay(g, round(signed * 2850, -3), 1000))
    reward = int(_no_pay(g, rng.choice((2000, 2500, 3000)), 500))
    retention = int(_no_pay(g, rng.choice((5000, 6000, 7000)), 500))
    app = rng.choice(("MateRefer", "CrewLink"))
    g.must_not_appear += [app, "Campaigns", "Nominate a mate", "Text a link", "Leaderboard",
                          "remote site allowance", f"{cut} — $"]
    return [f"10:12 ●●●● 5G                                          {app}",
            "‹ Campaigns",
            f"{short.upper()}  ·  MATES REFERRAL",
            f"{job} — {site} — FIFO ex Brisbane, 7 on / 7 off",
            f"Closes 18 Dec  ·  {rng.randint(4, 14)} roles  ·  Ref "
            f"{rng.randint(100, 999)}-{rng.randint(10, 99)}",
            f"🎁 Bonus for you: ${reward:,} once your mate passes probation (extra $500 for a "
            "First Nations candidate)",
            "[ Nominate a mate ]   [ Text a link ]",
            "",
            "ABOUT THE ROLE",
            f"{printed} runs {runs} at {site.split(' (')[0]}. {_plural(job)} (also "
            f"{_plural(alias)}; on site just \"{crew}\") run {machines[0]} and {machines[1]} "
            "machines on 12-hour shifts.",
            f"Industry: {sector}.",
            "",
            "RATES (site agreement)",
            f"Trainee {job} (full training given): {_c2('$', trainee)} per hour",
            f"{job} (Level 2, deemed competent): {_c2('$', signed)} per hour",
            f"— about ${yearly:,} a year on the 7/7 roster, plus super",
            f"{multi} (two or more machines): {_c2('$', multi_rate)} per hour",
            "Flights, camp and meals covered; remote site allowance on top. Retention bonus up to "
            f"${retention:,} after 12 months.",
            "",
            "GOOD MATES TO NOMINATE",
            "No mining experience needed. We've had great results with:",
            f"• {came1.lower()}s from {did1}",
            f"• {came2.lower()}s who've done {did2}",
            f"Must have: {licence} or better, a pre-employment medical and D&A screen, "
            f"{_prose_list(list(needs))}.",
            "",
            "CAREER LADDER",
            f"{job} → {multi} → {leading} → {sup}. Some step into {where} as "
            f"{_plural(lateral)} after a few rosters.",
            "",
            "HOW NOMINATING WORKS",
            "1. Tap \"Nominate a mate\" and enter their number",
            f"2. {screener} calls them for a screening chat",
            "",
            f"Leaderboard: Davo K. {rng.randint(3, 5)} · Mel T. 2",
            f"Also recruiting: {other} — {_c2('$', other_rate)}/hr · {cut} — $5",
            f"T&Cs · Privacy · {app} v3.1"]


# --------------------------------------------------------------------------------------
# A recruiter's intake notes for one vacancy
# --------------------------------------------------------------------------------------
# (the role, two aliases, the client (printed, short), its city, the sector and what kind,
#  must-haves (skills; the clause `optional`), nice-to-haves (skills) and the certificate
#  (`optional`), the manager and its abbreviation, the up move, the department one moves
#  sideways into (`optional`), four feeder titles, three firms to poach, one not to approach)
_UKINTAKE = (
    ("Credit controller", ("Collections Officer", "Credit Control Assistant"),
     ("Pryor Lund LLP", "Pryor Lund"), "Sheffield",
     ("accountancy services", "ICAEW-regulated practice"),
     (("Sales ledger reconciliations", ("Sage 200",)), "Aged debt reporting",
      ("Excel", ("VLOOKUP", "pivot tables")), "Dunning calls"),
     "firm but friendly on the phone", (("Xero", ("client billing",)), "Cash allocation"),
     "CICM Level 3 certificate", ("Credit manager", "CM"), "Financial controller",
     "Billing", ("Accounts assistant", "Sales ledger clerk", "Customer service adviser",
                 "Collections agent"),
     ("Hadley Moss LLP", "Corran & Vale", "Brookside Accountants"), "Whitcombe Partners"),
    ("Payroll administrator", ("Payroll Assistant", "Payroll Officer"),
     ("Kestrel Homes Group Ltd", "Kestrel Homes Group"), "Nottingham",
     ("social housing", "housing association"),
     (("Monthly payroll processing", ("Sage Payroll",)), "Pension auto-enrolment",
      ("Excel", ("VLOOKUP", "pivot tables")), "HMRC RTI submissions"),
     "no panic on the last Thursday", (("iTrent", ("starters and leavers",)), "Salary sacrifice"),
     "CIPP Foundation Degree", ("Payroll manager", "PM"), "Head of reward",
     "HR Operations", ("Accounts assistant", "HR administrator", "Pensions administrator",
                       "Finance assistant"),
     ("Trent Valley Homes", "Meadowgate Housing", "Sherwood Living"), "Castle Rock Homes"),
)


def _ukintake(rng: random.Random, g: Guide) -> list[str]:
    """A UK recruitment agency's CRM job order from an intake call: the CRM menu, job order
    number, status, terms and rebate, attendees, ad boards, process, next actions and the
    footer (chrome; the agency `optional`), "JOB ORDER: X (a.k.a. A / B)" (aliases), the client
    (employs), "Sector:" (a sector), must-haves and nice-to-haves with tools in parentheses
    (skills; the clause and the certificate `optional`), the leaver's pay and the budget (the
    role's), "could stretch to" (no band), the Senior's pay (the role's at Senior), the
    manager's range (theirs), benefits and a bonus (no pay), a ladder, an up move, a sideways
    department (`optional`), feeder titles (moves in) and a poach list and a do-not-approach
    firm (`optional`)."""
    (job, (alias1, alias2), (printed, short), city, (sector, kind), musts, clause, nices, cert,
     (manager, abbr), up, dept, feeders, poach, avoid) = rng.choice(_UKINTAKE)
    senior = f"Senior {job.lower()}"
    occupy(g, job, ladder=[job, senior, manager], leads=[up], moves_in=list(feeders))
    _spell(g, alias1, alias2)
    _legal(g, printed, short)
    agency = rng.choice(("Larchfield Finance Recruitment", "Moorgate Accounts Recruitment"))
    _facts(g, [*_skills(musts), *_skills(nices)], [], [sector],
           [kind, clause, cert, dept, agency, f"{agency} Ltd", *poach, avoid])
    budget = (rng.randrange(25, 30) * 1000, 0)
    budget = (budget[0], budget[0] + rng.randrange(3, 5) * 1000)
    leaver = budget[0] + rng.randrange(1, 3) * 1000 + 500
    _salary(g, leaver, leaver, "GBP")
    _salary(g, *budget, "GBP")
    sen = budget[1] + rng.randrange(3, 6) * 1000
    _salary(g, sen, sen, "GBP", level="Senior")
    mgr = (sen + rng.randrange(8, 12) * 1000, 0)
    mgr = (mgr[0], mgr[0] + 5000)
    _salary(g, *mgr, "GBP", belongs_to=manager)
    stretch = int(_no_pay(g, budget[1] + 2000, 1000))
    christmas = int(_no_pay(g, rng.choice((400, 500, 600)), 50))
    recruiter = rng.choice(("Hannah Fry", "Owen Barlow"))
    hm = rng.choice(("Claire Dunn", "Simon Reed"))
    jo = f"VAC-{rng.randint(10000, 19999)}"
    g.must_not_appear += [jo, recruiter, hm, "RecruitDesk", "To do", "Shortlist",
                          "10-week free replacement", "Job boards"]
    return [f"{agency} — RecruitDesk   Home · Vacancies · Contacts · Companies · Timesheets   "
            f"User: {recruiter}",
            f"Vacancies › {jo} › Activity › Client briefing",
            "═" * 38,
            f"VACANCY: {job} (aka {alias1} / {alias2})",
            f"Client: {printed} ({city})    Stage: Open    Fee: 15% of base, 10-week free "
            "replacement",
            f"Briefing call {rng.randint(3, 20)}/11/2026 (30 min) with {hm} (Head of Finance, "
            f"hiring manager) and {recruiter}.",
            "",
            "REASON FOR VACANCY",
            f"Replacement — the previous {job.lower()} (relocating) earned £{leaver:,}. Team: 1 "
            f"{manager}, 1 {_cap(senior)}, 2 {_plural(job)}. Sector: {sector} ({kind}).",
            "",
            "ESSENTIAL (hiring manager's list)",
            *(f"• {_item(m)}" for m in musts),
            f"• {clause}",
            "DESIRABLE",
            f"• {cert} (part-qualified fine)",
            *(f"• {_item(n)}" for n in nices),
            "",
            "PACKAGE",
            f"Budget £{budget[0]:,} – £{budget[1]:,} basic; could stretch to "
            f"£{stretch // 1000}k for a ready-made candidate. Their {_cap(senior)} is on "
            f"£{sen:,}; the {abbr} ({manager}) is paid £{mgr[0]:,} – £{mgr[1]:,}.",
            "Perks: 26 days holiday, 6% pension; small Christmas bonus "
            f"(~£{christmas}), not guaranteed.",
            "",
            "CAREER (selling points)",
            f"{job} → {_cap(senior)} → {manager}. Longer term people go for {up} elsewhere. "
            f"Could also move sideways into the firm's {dept}.",
            "",
            "SOURCING",
            f"Feeder titles: {', '.join(feeders)}.",
            f"Approach (OK with HM): {', '.join(poach)}. Off-limits: {avoid} (existing client).",
            "Job boards: Reed, CV-Library.",
            "",
            "INTERVIEWS",
            f"Stage 1 video call with {hm.split()[0]} · stage 2 on site with a short test.",
            "To do: advert live ✔ · shortlist by Friday",
            "Shortlist: 2 CVs sent (internal — not for the client).",
            f"Note by {recruiter} · {agency} Ltd, a company registered in England"]


# (the role and department, two other titles, the company (printed "…, Inc.", short), city,
#  the market (a sector) and its kind, the 90-day duties, the ranked must-haves (skills), the
#  soft clause and the nice-to-haves (`optional`), four ideal backgrounds (moves in), the
#  comparator (not hiring), the lateral department and title, three target companies and one
#  not to source from)
_USINTAKE = (
    ("Scheduler", "Project Controls", ("Project Scheduler", "Planning Engineer"),
     ("Redcliff Builders, Inc.", "Redcliff Builders"), "Phoenix, AZ",
     ("Commercial building", "general contractor, $30M–$150M projects"),
     "Build and update CPM schedules for two jobs, run the monthly update with the PMs.",
     (("CPM scheduling", ("Primavera P6",)), "Microsoft Project", "Schedule narratives",
      "Earned value basics", "Excel"),
     "calm when the owner's rep pushes back", "PMI-SP certificate · OSHA 30",
     ("Project engineer", "Assistant project manager", "Field engineer", "Cost engineer"),
     "Director of Project Controls", ("Operations", "Project manager"),
     ("Sonoran Peak Construction", "Mesa Line Builders", "Saguaro GC"), "Valley Electric"),
    ("Safety coordinator", "EHS", ("Safety Specialist", "EHS Coordinator"),
     ("Granite Forge Constructors, Inc.", "Granite Forge Constructors"), "Boise, ID",
     ("Heavy civil construction", "bridges, roads and water plants"),
     "Walk the sites daily, run toolbox talks, own incident reports and the JHA process.",
     ("Site safety inspections", "Incident investigation", "Toolbox talks",
      "Job hazard analysis", ("Safety software", ("Procore",))),
     "comfortable telling a superintendent no", "CHST certificate · OSHA 30",
     ("Carpenter", "Laborer foreman", "Quality control technician", "Safety technician"),
     "Safety Director", ("Quality", "Quality control manager"),
     ("Snake River Civil", "Treasure Valley Paving", "Owyhee Constructors"), "Payette Concrete"),
)


def _usintake(rng: random.Random, g: Guide) -> list[str]:
    """A US contractor's hiring-manager intake form in a shared document: the drive path,
    document menu, a resolved comment, requisition, hiring manager and recruiter, interview
    plan, knockouts and sourcing projects (chrome), "Position title: X (dept)" with "Other
    titles we'd accept on a resume" (aliases), the company (employs) and "Our market:" (a
    sector), the 90 days (duties), ranked must-haves (skills; the soft clause and the
    nice-to-haves `optional`), ideal backgrounds (moves in), the approved range and the Senior
    up-level (the role's), the comparator's floor (theirs), a bonus, an allowance and a 401(k)
    match (no pay), the posted range (the same), "sitting around" (no band), a ladder, a
    lateral move into a department, target companies and one not to source (`optional`)."""
    (job, dept, (alias1, alias2), (printed, short), city, (market, kind), ninety, musts, soft,
     nices, backgrounds, chief, (lat_dept, lateral), targets, avoid) = rng.choice(_USINTAKE)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[job, senior, chief], transitions=[lateral],
           moves_in=list(backgrounds))
    _spell(g, alias1, alias2)
    _legal(g, printed, short)
    _facts(g, _skills(musts), [], [market],
           [kind, soft, *nices.split(" · "), lat_dept, *targets, avoid])
    rng_low = rng.randrange(70, 90) * 1000
    own = (rng_low, rng_low + rng.randrange(18, 24) * 1000)
    _salary(g, *own, "USD")
    sen = (own[1] + rng.randrange(3, 6) * 1000, 0)
    sen = (sen[0], sen[0] + rng.randrange(22, 28) * 1000)
    _salary(g, *sen, "USD", level="Senior")
    comp = sen[1] + rng.randrange(8, 14) * 1000
    _salary(g, comp, None, "USD", belongs_to=chief)
    around = int(_no_pay(g, own[1] + 5000, 1000))
    truck = int(_no_pay(g, rng.choice((500, 600, 650)), 50))
    req = f"REQ-{rng.randint(1000, 9999)}"
    hm = rng.choice(("Dale Hutchins", "Rosa Mendez"))
    rec = rng.choice(("Kim Tran", "Josh Ellery"))
    g.must_not_appear += [req, hm, rec, hm.split()[0], "Recruiting", "Interview loop",
                          "Dealbreakers", "Word Online"]
    return [f"{short} — Recruiting shared drive › Requisitions › 2026 › {req} {job} › Kickoff "
            "notes (Word Online)",
            "Home   Insert   Draw   Layout   Review   View   Help        Saved to OneDrive   "
            "Comments",
            f"Reply from {rec}: \"{hm.split()[0]}, is the range final? Posting Monday.\" — Done",
            "",
            f"REQUISITION KICKOFF — {req}",
            f"Position title: {job} ({dept})        Other titles we'd accept on a resume: "
            f"{alias1}, {alias2}",
            f"Company: {printed} — {city} (on site; some remote weeks)",
            f"Hiring manager: {hm}     Recruiter: {rec}     Opened: 11/0{rng.randint(1, 9)}/2026",
            f"Our market: {market} ({kind})",
            "",
            "A. First three months",
            ninety,
            "",
            "B. Must-haves, in the hiring manager's order",
            *(f"({i}) {_item(m)}" for i, m in enumerate(musts, 1)),
            f"People side: keeps dates straight, {soft}.",
            "",
            "C. Bonus points",
            nices,
            "",
            "D. Background",
            f"3–6 years. Best feeders: {', '.join(backgrounds[:3])}, or a "
            f"{backgrounds[3].lower()} ready for a change.",
            "",
            "E. Pay (signed off by Compensation)",
            f"{job}: ${own[0]:,} – ${own[1]:,} base        {senior} (if leveled up): "
            f"${sen[0]:,} – ${sen[1]:,}",
            f"{chief} (comparison only, not hiring): ${comp:,}+",
            f"Bonus target 8%, vehicle allowance ${truck}/mo, 401(k) match. Range posted per "
            f"state pay law: \"${own[0]:,} – ${own[1]:,}\".",
            f"HM: \"Good people at competitors are sitting around ${around // 1000}k.\"",
            "",
            "F. Growth story",
            f"{job} → {senior} → {chief}. Some move sideways into {lat_dept} ({lateral}) later "
            "on.",
            "",
            "G. Sourcing",
            f"Target companies: {', '.join(targets)}. Do not source from {avoid} (teaming "
            "partner).",
            "",
            "H. Interview loop",
            "Recruiter screen → HM → work sample → team panel → references",
            "Dealbreakers: no scheduling software; no field time."]


# --------------------------------------------------------------------------------------
# An online learning platform's career-track page
# --------------------------------------------------------------------------------------
# (the role, two aliases, what it does, skills you'll gain, courses (`optional`), the
#  comparison title, industries (sectors), where learners came from (moves in), the ladder's
#  rungs above, two lateral posts, three employers that hired learners, the "hiring now"
#  company for the role, another title's posting and company (`optional`), the cut one)
_USTRACK = (
    ("Cybersecurity analyst", ("Security Analyst", "SOC Analyst"),
     "watch an organisation's systems for attacks, investigate alerts and help fix the "
     "weaknesses they find",
     ("Threat Detection", "Incident Response", "Network Security", "Vulnerability Management",
      "Splunk", "Wireshark", "Linux Command Line", "Python Scripting"),
     ("Foundations of Cybersecurity", "Networks and Network Security",
      "Detection and Response in Practice", "Automate Tasks with Python"),
     "Network Administrators", ("Financial services", "Government", "Healthcare"),
     ("IT Support Specialist", "Network Technician", "Help Desk Analyst"),
     ("Senior Cybersecurity Analyst", "Security Engineer", "Security Operations Manager"),
     ("Penetration Tester", "GRC Analyst"),
     ("Harbor Point Bank", "Mesa Ridge Health", "Clearwater County"), "Ironleaf Systems",
     ("Junior Network Engineer", "Bluefin Networks"), "IT Auditor"),
    ("Technical writer", ("Documentation Specialist", "Information Developer"),
     "explain software and products to the people who use them, in guides, help centers and "
     "API references",
     ("Technical Writing", "Information Architecture", "API Documentation", "Docs-as-Code",
      "Markdown", "Git", "MadCap Flare", "Style Guides"),
     ("Introduction to Technical Writing", "Writing for Developers",
      "Structuring Help Content", "Your Documentation Portfolio"),
     "UX Writers", ("Software", "Medical devices", "Manufacturing"),
     ("Teacher", "Journalist", "Customer Support Specialist"),
     ("Senior Technical Writer", "Documentation Lead", "Head of Documentation"),
     ("Content Designer", "Developer Advocate"),
     ("Northwind Robotics", "Saltmarsh Medical", "Tessellate Software"), "Ferrostack",
     ("Junior Content Writer", "Brightline Media"), "Localization Coordinator"),
)


def _ustrack(rng: random.Random, g: Guide) -> list[str]:
    """A US course platform's career track: the menu, search, breadcrumb, tags, ratings,
    learners, subscription price (no pay), instructors, the certificate, learner stories and
    FAQ (chrome), a glued "What does a X do?Xs — also called A or B — …" (aliases), "Skills
    you'll gain" (skills), courses (`optional`), a job outlook with the median (a point, US),
    the entry-level and Senior ranges (the role's at each), another title's median (a point,
    theirs), a one-sided top 10 % (no fact), industries (sectors), "Where our learners came
    from" with percentages (moves in; "Other" none), a ladder, lateral moves, employers that
    hired learners (employ) and "Hiring now" postings: the role's (its range and company) and
    another title's (theirs; its company `optional`), one cut."""
    (job, (alias1, alias2), does, gain, courses, compare, industries, came, rungs, (lat1, lat2),
     hired, now_co, (other, other_co), cut) = rng.choice(_USTRACK)
    occupy(g, job, ladder=[job, *rungs], transitions=[lat1, lat2], moves_in=list(came))
    _spell(g, alias1, alias2)
    _facts(g, list(gain), [*hired, now_co], list(industries), [*courses, other_co])
    median = rng.randrange(80, 110) * 1000 + rng.choice((0, 400, 600))
    _salary(g, median, median, "USD", point=True, region="US")
    entry = (median - rng.randrange(28, 36) * 1000, 0)
    entry = (entry[0], entry[0] + rng.randrange(15, 20) * 1000)
    _salary(g, *entry, "USD", level="Entry-level")
    senior = (median + rng.randrange(20, 26) * 1000, 0)
    senior = (senior[0], senior[0] + rng.randrange(28, 36) * 1000)
    _salary(g, *senior, "USD", level="Senior")
    comp_median = median + rng.randrange(3, 8) * 1000
    comp_title = compare[:-1]
    _salary(g, comp_median, comp_median, "USD", point=True, belongs_to=comp_title)
    now = (entry[1] + rng.randrange(2, 5) * 1000, 0)
    now = (now[0], now[0] + rng.randrange(12, 16) * 1000)
    _salary(g, *now, "USD")
    oth = (entry[0] - rng.randrange(8, 12) * 1000, 0)
    oth = (oth[0], oth[0] + 12000)
    _salary(g, *oth, "USD", belongs_to=other)
    top = int(_no_pay(g, senior[1] + 20000, 1000))
    plus = rng.choice((39, 49, 59))
    pct = _pct(rng, 3)
    platform = rng.choice(("LearnLattice", "CourseCairn"))
    g.must_not_appear += [platform, f"{platform} Plus", "Start free", "Success stories",
                          "Start the track", f"{cut} · "]
    return [f"{platform}   Browse ▾   Tracks   Degrees   Teams   🔍 Search   Sign in   Start free",
            f"Tracks › Technology › {job}",
            "Beginner level · Self-paced",
            "",
            f"{job} Career Track",
            f"★ {rng.randint(44, 49) / 10} · {rng.randint(2000, 15000):,} reviews · "
            f"{rng.randint(20000, 200000):,} enrolled · {len(courses)} courses",
            f"[ Start the track ]   Part of {platform} Plus at ${plus} a month",
            f"Instructors: Dr. Leah Morgan · Sam Okoye ({rungs[1]})",
            "",
            f"What does {_an(job)} do?{_plural(job)} — also called {_plural(alias1)} or "
            f"{_plural(alias2)} — {does}.",
            "",
            "Skills you'll gain",
            " · ".join(gain),
            "",
            "What you'll take",
            *(f"{i}. {c} · {rng.randint(6, 20)} hours" for i, c in enumerate(courses, 1)),
            "",
            "Pay and demand",
            f"Median pay in the US: ${median:,} per year",
            f"Entry-level range: ${entry[0]:,} – ${entry[1]:,}",
            f"Senior {_plural(job)}: ${senior[0]:,} – ${senior[1]:,}",
            f"By comparison, {compare}: median ${comp_median:,}.",
            f"The top 10% make over ${top:,} (source: postings on our job board, 2026).",
            f"Industries hiring the most: {', '.join(industries)}",
            "",
            "Before this track, our learners were",
            f"{_plural(came[0])} {pct[0]}% · {_plural(came[1])} {pct[1]}% · {_plural(came[2])} "
            f"{pct[2]}% · Other {100 - sum(pct)}%",
            "",
            "Where it leads",
            " → ".join([job, *rungs]),
            f"Others move across to {lat1} or to {lat2}.",
            "",
            "Where graduates work",
            f"Our graduates have been hired as {_plural(job)} by {hired[0]}, {hired[1]} and "
            f"{hired[2]}.",
            "",
            f"Hiring now ({platform} job board)",
            f"{job} · {now_co} · Remote (US) · ${now[0]:,} – ${now[1]:,} · [View]",
            f"{other} · {other_co} · Denver, CO · ${oth[0]:,} – ${oth[1]:,} · [View]",
            f"{cut} · Harlan Coll",
            "",
            "Success stories",
            "\"New job eight months after I started.\" — Jordan P.",
            f"{platform} © 2026 · Help · Terms"]


# (the role, two aliases and where they are used, the tools (skills, " | "), the skills
#  covered (skills), the modules (`optional`), the city, the feeder and manager rungs and
#  the head, two lateral posts, who joins (moves in), the hiring partners, the sectors)
_INTRACK = (
    ("Full stack developer", ("MERN Stack Developer", "in start-ups", "Web Developer",
                              "in service companies"),
     ("JavaScript", "React", "Node.js", "Express", "MongoDB", "Git", "Postman", "AWS"),
     ("REST API design", "responsive web design", "database design", "unit testing"),
     ("HTML, CSS and JavaScript", "React front ends", "Node.js and Express", "Databases",
      "Deployment on AWS", "Capstone project"), "Hyderabad",
     ("Junior developer", "Senior full stack developer", "Engineering manager"),
     ("DevOps engineer", "Mobile app developer"),
     ("Manual tester", "Technical support engineer", "Data entry operator"),
     ("Zestwave Tech", "Rangoli Retail", "Kesar Fintech", "Tejas Logistics"),
     ("IT services", "Fintech", "E-commerce")),
    ("Business analyst", ("Business Analysis Executive", "in IT services",
                          "Product Analyst", "in start-ups"),
     ("Excel", "SQL", "Power BI", "Tableau", "JIRA", "Confluence", "Python", "Figma"),
     ("requirements gathering", "process mapping", "user stories", "stakeholder management"),
     ("Business analysis basics", "Excel and SQL for analysts", "Dashboards in Power BI",
      "Agile and JIRA", "Capstone with a bank"), "Pune",
     ("MIS executive", "Senior business analyst", "Product manager"),
     ("Data analyst", "Scrum master"),
     ("Sales executive", "Customer support executive", "Accountant"),
     ("Sahara Bank", "Nilgiri Insurance", "Vega Software", "Moti Foods"),
     ("Banking", "Insurance", "IT services")),
)


def _intrack(rng: random.Random, g: Guide) -> list[str]:
    """An Indian ed-tech programme's career track: the menu, batch and seat banner, brochure and
    callback buttons, ratings, certification, reviews and FAQs (chrome), the programme fee, GST
    and EMI (no pay), a glued "Who is a X?A X (also called A …, or B …)" (aliases), "Tools you
    will master" and "Skills covered" (skills), modules "M1 …" (`optional`), placed learners'
    average CTC (a point, the role's), "Highest CTC" (no fact), the range in a city (the
    role's with its region), the feeder's and the manager's ranges (theirs), a ladder, lateral
    moves, who joins (moves in; freshers and degrees `optional`), hiring partners (employ) and
    sectors."""
    (job, (alias1, where1, alias2, where2), tools, covered, modules, city, (feeder, senior, mgr),
     (lat1, lat2), joins, partners, sectors) = rng.choice(_INTRACK)
    occupy(g, job, ladder=[feeder, job, senior, mgr], transitions=[lat1, lat2],
           moves_in=list(joins))
    _spell(g, alias1, alias2)
    _facts(g, [*tools, *covered], list(partners), list(sectors),
           [*(f"M{i} {m}" for i, m in enumerate(modules, 1)), "Freshers"])
    avg = rng.randrange(35, 60) * 10000
    _salary(g, avg, avg, "INR", point=True)
    city_band = (avg - rng.randrange(5, 10) * 10000, 0)
    city_band = (city_band[0], city_band[0] + rng.randrange(30, 45) * 10000)
    _salary(g, *city_band, "INR", region=city)
    f_band = (rng.randrange(18, 26) * 10000, 0)
    f_band = (f_band[0], f_band[0] + rng.randrange(12, 18) * 10000)
    _salary(g, *f_band, "INR", belongs_to=feeder)
    m_band = (city_band[1] + rng.randrange(20, 30) * 10000, 0)
    m_band = (m_band[0], m_band[0] + rng.randrange(60, 80) * 10000)
    _salary(g, *m_band, "INR", belongs_to=mgr)
    highest = int(_no_pay(g, rng.randrange(10, 15) * 100000, 100000))
    fee = int(_no_pay(g, rng.choice((49999, 59999, 74999)), 1000))
    emi = int(_no_pay(g, rng.choice((3999, 4999, 5999)), 100))
    brand = rng.choice(("SkillSetu", "KaushalPath"))
    g.must_not_appear += [brand, "Talk to a counsellor", "Hire Talent", "seats remaining",
                          "Get syllabus", "What learners say"]
    return [f"{brand}   Courses ▾   Career Programs   Placement Cell   Hire Talent   📞 Talk to a "
            "counsellor   Sign in",
            f"New cohort from {rng.randint(5, 20):02d} Jan 2027 · {rng.randint(20, 60)} seats "
            "remaining",
            f"Home › Career Programs › {job}",
            "",
            f"{job.upper()} CAREER TRACK",
            "20 weeks · live evening classes · placement support*",
            f"Fee: ₹{fee:,} + 18% GST  ·  EMI from ₹{emi:,}/month (no cost)  ·  [ Enrol ]  "
            "[ Get syllabus ]",
            f"Rated {rng.randint(42, 48) / 10}/5 by {rng.randint(800, 3000):,} learners",
            "",
            f"Who is {_an(job)}?{_cap(_an(job))} (also called {alias1} {where1}, or {alias2} "
            f"{where2}) turns business needs into working products and measures the results.",
            "",
            "Tools you will master",
            " | ".join(tools),
            "Skills covered",
            f"{_cap(_prose_list(list(covered)))}.",
            "",
            "Syllabus",
            " · ".join(f"M{i} {m}" for i, m in enumerate(modules, 1)),
            f"Certificate: {brand} {job} Certificate",
            "",
            "Placements and pay",
            f"Placed learners' average CTC (last four batches): ₹{_lpa(avg)} LPA",
            f"Highest CTC: ₹{_lpa(highest)} LPA*",
            f"{job} salary in {city}: ₹{_lpa(city_band[0])} – {_lpa(city_band[1])} LPA",
            f"{feeder}: ₹{_lpa(f_band[0])} – {_lpa(f_band[1])} LPA · {mgr}: ₹{_lpa(m_band[0])} – "
            f"{_lpa(m_band[1])} LPA",
            "*For learners who finished every assignment.",
            "",
            "Career ladder",
            f"{feeder} → {job} → {senior} → {mgr}",
            f"Many also move laterally into {lat1} or {lat2} roles.",
            "",
            "Who joins",
            f"Freshers (B.Sc, BCA, B.Com), {', '.join(_plural(j.lower()) for j in joins[:2])} and "
            f"{_plural(joins[2].lower())} looking for a change.",
            "",
            f"Recruiters (companies that placed our learners as {_plural(job)})",
            " · ".join(partners),
            f"Our learners work in: {', '.join(sectors)}",
            "",
            "What learners say",
            "\"Mentors are from real companies.\" — Ankit S.",
            "FAQ  ▾ Can I pay monthly?  ▾ Is placement guaranteed?",
            f"{brand} Edutech Pvt. Ltd. · Cancellation policy · Privacy"]


# --------------------------------------------------------------------------------------
# A promotion confirmation letter
# --------------------------------------------------------------------------------------
# (the new post (the role), the current post (a move in, owns its pay), the trust, its
#  centre, the council (`optional`), what the trust runs, the panel's strengths (skills),
#  training (`optional`), induction items (skills), the next step and the one after, the
#  lateral post and team)
_UKPROMO = (
    ("Library supervisor", "Library assistant", "Marlow Vale Culture Trust",
     "Riverside Library", "Buckinghamshire Council", "libraries and museums",
     ("customer service", "stock management", "volunteer coordination"),
     ("Safeguarding Level 2", "Fire Marshal course"),
     ("Spydus library system", "cash-up procedures", "incident reporting"),
     ("Area library manager", "Head of libraries"), ("Learning officer", "Learning and Outreach")),
    ("Catering supervisor", "Kitchen assistant", "Fenwood Schools Catering Trust",
     "Fenwood Academy kitchen", "Lincolnshire County Council", "school kitchens",
     ("menu planning", "allergen management", "team coaching"),
     ("Level 3 Food Safety", "Supervising Food Safety course"),
     ("Nutrikids till system", "HACCP records", "stock ordering"),
     ("Area catering manager", "Head of catering"), ("Nutrition officer", "Healthy Schools")),
)


def _ukpromo(rng: random.Random, g: Guide) -> list[str]:
    """A UK trust's promotion confirmation letter: the letterhead, charity and company numbers,
    the confidential addressee block, reference, date, greeting, signature, acceptance block
    and cc (chrome), "promotion from C to X" (the role; C a move in and the ladder's first
    rung), the panel's strengths (skills), the current post's grade and pay (theirs), the new
    grade's range and the starting point (the role's at each), allowances (no pay), training
    (`optional`), induction items (skills), the next steps (a ladder; the next step's range
    theirs), a lateral move and the trust (employs; the council and what it runs `optional`)."""
    (job, current, trust, centre, council, runs, strengths, training, induction, (nxt, head),
     (lateral, team)) = rng.choice(_UKPROMO)
    occupy(g, job, ladder=[current, job, nxt, head], transitions=[lateral], moves_in=[current])
    _facts(g, [*strengths, *induction], [trust], [], [*training, council, runs])
    cur_pay = rng.randrange(22000, 25000, 1)
    _salary(g, cur_pay, cur_pay, "GBP", belongs_to=current)
    grade = rng.randrange(5, 7)
    sp = rng.randrange(15, 19)
    new = (cur_pay + rng.randrange(3000, 5000, 1), 0)
    new = (new[0], new[0] + rng.randrange(1200, 2000, 1))
    _salary(g, *new, "GBP", level=f"Grade {grade}")
    _salary(g, new[0], new[0], "GBP", level=f"spinal point {sp}")
    nxt_band = (new[1] + rng.randrange(4000, 6000, 1), 0)
    nxt_band = (nxt_band[0], nxt_band[0] + rng.randrange(2000, 3000, 1))
    _salary(g, *nxt_band, "GBP", belongs_to=nxt)
    first_aid = int(_no_pay(g, rng.choice((250, 300, 350)), 25))
    person = rng.choice(("Ms Aisha Khan", "Mr Tom Riley"))
    signer = rng.choice(("Helen Marsh", "Gareth Lloyd"))
    ref = f"{rng.randint(10, 99)}/HR/2026/{rng.randint(100, 999)}"
    g.must_not_appear += [person, signer, ref, "STRICTLY CONFIDENTIAL", "Reference:",
                          "HR file"]
    return [trust.upper(),
            f"{centre} · HR · hr@{trust.split()[0].lower()}.example.org.uk",
            f"Charity number {rng.randint(1100000, 1199999)}",
            "",
            "STRICTLY CONFIDENTIAL",
            person,
            f"Reference: {ref}          {rng.randint(20, 30)} November 2026",
            "",
            f"Dear {person.split()[1]},",
            "",
            f"Promotion to {job} — confirmation",
            "",
            f"I am pleased to let you know that, after your interview, you will be promoted from "
            f"{current} to {job} at {centre} from Monday 4 January 2027. The panel highlighted "
            f"your {_prose_list(list(strengths))}. Congratulations.",
            "",
            "Your post and pay",
            f"Present post: {current}, Grade {grade - 3}, point {sp - 9} (£{cur_pay:,} per "
            "annum)",
            f"New post: {job}, Grade {grade}, points {sp} – {sp + 3} (£{new[0]:,} – "
            f"£{new[1]:,} per annum)",
            f"Your salary will start at spinal point {sp} (£{new[0]:,} per annum), rising by one "
            "point each April to the grade maximum.",
            "",
            "Allowances",
            f"A first-aider allowance of £{first_aid} per annum is paid separately and is not "
            "part of salary.",
            "",
            "Training to complete",
            *(f"• {t}" for t in training),
            f"• {job} induction covering {_prose_list(list(induction))}",
            "",
            "Your future",
            f"Here the next steps are {nxt} (Grade {grade + 2}, £{nxt_band[0]:,} – "
            f"£{nxt_band[1]:,}) and then {head}. Colleagues from this post have moved across "
            f"to our {team} team as {_plural(lateral)}.",
            "",
            "With best wishes,",
            signer,
            f"for {trust}, a charitable trust running {runs} for {council}",
            "",
            "Please sign below to accept.   Signature: ______________   Date: ______",
            "Copies: HR file · Payroll team"]


# (the new post (the role), the current post, the first post, the company (printed "…
#  Inc.", short), the plant, the province and what it processes (a sector: printed, the
#  truth's name), duties with standards and systems (skills), the course (`optional`), the
#  next step, two lateral posts)
_CAPROMO = (
    ("Warehouse supervisor", "Shipping lead", "Order picker",
     ("Prairie Crest Dairy Inc.", "Prairie Crest Dairy"), "Saskatoon Plant", "Saskatchewan",
     "dairy processors", ("GMP", "SAP", "5S", "WMS scanning"), "Forklift Trainer course",
     "Distribution manager", ("Inventory control supervisor", "Transportation planner")),
    ("Sanitation supervisor", "Sanitation lead", "Sanitation worker",
     ("Red River Meats Inc.", "Red River Meats"), "Winnipeg Plant", "Manitoba",
     "pork processors", ("GMP", "HACCP", "SQF", "chemical handling"),
     "WHMIS Train-the-Trainer course", "Plant operations manager",
     ("Food safety supervisor", "Maintenance planner")),
)


def _capromo(rng: random.Random, g: Guide) -> list[str]:
    """A Canadian food processor's promotion e-mail with the letter: the mail header,
    attachment line, letterhead, employee number, greeting, signature and confidentiality
    footer (chrome), "promotion from C to X" (the role; the current post a move in), what the
    company is (a sector), the current hourly rate (theirs), the new base salary and the band
    (the role's), a night premium and an incentive plan (no pay), numbered 90-day duties with
    standards and systems (skills; the course `optional`), "joined as W … became C" (the
    ladder's first rungs), the next step's band (theirs), two lateral moves and the company
    (employs)."""
    (job, current, first, (printed, short), plant, province, processors, systems, course, nxt,
     (lat1, lat2)) = rng.choice(_CAPROMO)
    occupy(g, job, ladder=[first, current, job, nxt], transitions=[lat1, lat2],
           moves_in=[current])
    _legal(g, printed, short)
    _facts(g, [*systems, "English", "French"], [], [processors], [course])
    cur = _rate(rng, 23, 28)
    _salary(g, cur, cur, "CAD", period="hour", belongs_to=current)
    base = rng.randrange(62, 72) * 1000 + 500
    _salary(g, base, base, "CAD")
    band = (base - rng.randrange(5, 8) * 1000 - 500, 0)
    band = (band[0], band[0] + rng.randrange(15, 18) * 1000)
    _salary(g, *band, "CAD", level="band S2")
    nxt_band = (band[1] + rng.randrange(9, 12) * 1000, 0)
    nxt_band = (nxt_band[0], nxt_band[0] + rng.randrange(16, 20) * 1000)
    _salary(g, *nxt_band, "CAD", belongs_to=nxt)
    premium = _no_pay(g, rng.choice((1.5, 2.0, 2.5)), 0.25)
    person = rng.choice(("Daniel Okoro", "Mei Lin"))
    hr = rng.choice(("Raj Dhillon", "Sarah Boucher"))
    g.must_not_appear += [person, hr, "People & Culture", "e-signature", "Employee no."]
    return [f"From: People & Culture <people@{short.split()[0].lower()}.example.ca>",
            f"To: {person}",
            "Cc: Operations Manager",
            f"Subject: Promotion confirmation – {job} (please e-sign the attached letter)",
            f"Attached: promotion_{job.split()[0].lower()}.pdf  ·  e-signature requested by "
            f"December {rng.randint(10, 20)}, 2026",
            "═" * 45,
            f"{printed.upper()}  ·  {plant}  ·  {province}",
            "",
            f"{person}",
            f"Employee no. {rng.randint(10000, 99999)}",
            "",
            f"Re: Promotion to the position of {job}",
            "",
            f"Dear {person.split()[0]},",
            "",
            f"Great news: {short} is happy to confirm your promotion from {current} to {job}, "
            f"effective January 3, 2027. As one of {province}'s largest {processors}, we count on "
            "this role to run our night shift.",
            "",
            "Pay",
            f"• Current rate as {current}: {_c2('$', cur)}/hour (unionized, hourly)",
            f"• New annual base salary: ${base:,}, paid every two weeks",
            f"• {job} salary band (band S2): ${band[0]:,} – ${band[1]:,} annually",
            f"• Night premium ({_c2('$', premium)}/hour equivalent) and the incentive plan (6% "
            "target) are paid separately and are not base salary",
            "",
            "Your first 90 days",
            "1. Lead your shift's crew and plan its labour",
            f"2. Keep our {systems[0]} requirements and record the shift in {systems[1]}",
            f"3. Run {systems[2]} checks and keep {systems[3]} current – and complete the "
            f"{course}",
            "4. English and French are both an asset – French is not required",
            "",
            "Your path",
            f"You started in 2018 as {_an(first)} and were made {current} in 2023. The usual next "
            f"step is {nxt} (band S4: ${nxt_band[0]:,} – ${nxt_band[1]:,}). Supervisors have "
            f"moved across to {lat1}, and one now works as {_an(lat2)}.",
            "",
            "Kind regards,",
            hr,
            f"People & Culture Partner, {printed}",
            "═" * 45,
            "Confidential – intended for the addressee only."]


(FAMILY48_RENDERERS, FAMILY48_LAYOUTS, FAMILY48_LADDER_LAYOUTS,
 FAMILY48_ALIAS_LAYOUTS) = variant_families({
    "latvianmt": {"plant": _lvplant, "agency": _lvagency},
    "swahilimt": {"kenya": _kesite, "tanzania": _tzsales},
    "referral": {"portal": _usref, "app": _auref},
    "intakenotes": {"crm": _ukintake, "form": _usintake},
    "careertrack": {"us": _ustrack, "india": _intrack},
    "promoletter": {"uk": _ukpromo, "ca": _capromo},
})
