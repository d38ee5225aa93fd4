"""Generator renderers for the six page families of held-back set 46 (Serbian postings ...).

Held-back set 46 showed six more kinds of page users bring: a Serbian job posting read
through a browser translator (a processing plant's posting with "85.000 – 98.000 din. net",
a glued "We offer…" heading, a hot meal and "regres", or a workshop's posting with employee
ratings, a percentage from each service, "for comparison" pay and a median with three
regional medians), a Lithuanian posting read through a translator (an office posting with a
gross range and its "on hand" equivalent, a junior's and a Senior rung's pay, or a factory
posting with hourly rates in decimal commas, the translator's literal "collector" and a
trainee rate), a franchisee's staff-handbook section for one position (a UK franchisee's team
handbook with a flattened pay table, or a US franchisee's employee handbook with "Also
called:", premiums and spiffs and a "Positions at a center" strip), a worker cooperative's
page on one member-worker role (a UK co-operative's equal hourly rate, candidate rate and a
union's rate, or a US cooperative's member-owner track with a payroll share and a patronage
dividend), a municipal pay-transparency register searched for one title (a UK borough's
results table, or a US city's classification levels with steps and incumbents' medians) and a
grading-appeal outcome for one post (a council's job-evaluation appeal notice with a factor
strip, or a trust's review letter in an HR case system with a benchmark table).  These
renderers write such pages from a planned guide, two variants a family, about occupations
that fit them (occupy()); every fact the truth keeps is printed and what a style does not
state is cleared: the "on hand" equivalent of a gross range is the same pay, percentages of
each service, hot meals, holiday allowances ("regres"), result bonuses, surcharges,
per-delivery and mileage payments, premiums, spiffs, member shares, dividends,
differentials, employer costs, gender pay gaps, allowances, certification and standby pay,
back pay, pay protection and honoraria stay out of the role's pay; one-sided shares ("12 % of
ads offer more than …") are no bands; other titles' figures keep their owners; the
franchisee employs the team member and the franchisor is `optional`; a job-evaluation
scheme's factor names are never skills.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from benchmarks.web_families45 import _gbp, _usd
from benchmarks.web_kit import (
    _an,
    _cents,
    _de,
    _facts,
    _fr,
    _item,
    _legal,
    _no_pay,
    _plural,
    _prose_list,
    _salary,
    _skills,
    _soft,
    _spell,
    occupy,
    variant_families,
)

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY46_ALIAS_LAYOUTS", "FAMILY46_LADDER_LAYOUTS", "FAMILY46_LAYOUTS",
           "FAMILY46_RENDERERS"]


def _known(items: Sequence[str]) -> list[str]:
    """Skill items as the truth keeps them: "Knowledge of the X" is the skill X (what is
    known), every other item itself.

    >>> _known(["Knowledge of the plumbing code", "Knowledge of Incoterms", "Soldering"])
    ['Plumbing code', 'Incoterms', 'Soldering']
    """
    out = []
    for item in items:
        rest = re.sub(r"^[Kk]nowledge of (?:the )?", "", item)
        out.append(rest[:1].upper() + rest[1:] if rest != item else item)
    return out


def _hr2(amount: float) -> str:
    """An hourly rate with its cents, as a Lithuanian page prints it: "7,20"."""
    return f"{amount:.2f}".replace(".", ",")


# --------------------------------------------------------------------------------------
# A Serbian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the role's English name, the translator's literal title (an alias), the local word
#  (chrome), the employer (printed "… d.o.o.", short), its group (employs), town and
#  district, what the plant does, the sector, duties (`optional`), requirements (skills), the
#  certificate (`optional`), the rung above and the top of the ladder, the lateral post with
#  pay, the move in, the similar ad's title)
_RSPLANT = (
    ("Packhouse worker", "Worker in the packing house", "pakirnica",
     ("Šumadija Voće Pak d.o.o.", "Šumadija Voće Pak"), "Agro Lepenica Grupa",
     ("Kragujevac", "Šumadija district"),
     "sorts, packs and stores apples and pears for supermarkets in Serbia and abroad",
     "food industry – packing of fruit",
     ("reception of apples from growers and weighing of boxes",
      "sorting of fruit on the calibrator by size and colour",
      "packing into trays and labelling of pallets"),
     ("Manual dexterity and speed in sorting", "Knowledge of GlobalG.A.P. rules",
      "Readiness for work in two shifts", "Care for hygiene at the workplace"),
     "certificate for work with a pallet truck",
     ("Line leader", "Packhouse manager"), ("Storekeeper", "the dispatch warehouse"),
     "Seasonal harvest worker", "Fruit sorter"),
    ("Sawmill worker", "Worker in the sawmill", "pilana",
     ("Drvo Ibar Pilana d.o.o.", "Drvo Ibar Pilana"), "Ibar Drvo Grupa",
     ("Kraljevo", "Raška district"),
     "cuts beech and oak logs into boards and dries them for furniture makers",
     "wood industry – sawing and drying of timber",
     ("feeding logs to the band saw", "stacking of boards for the drying chamber",
      "measuring and marking of timber"),
     ("Physical fitness for heavy work", "Knowledge of wood species",
      ("Work with a chainsaw", ("Stihl", "Husqvarna")), "Respect for safety at work"),
     "certificate for a crane operator",
     ("Shift leader", "Production manager"), ("Drying chamber operator", "the drying plant"),
     "Forestry worker", "Carpenter helper"),
)


def _rsplant(rng: random.Random, g: Guide) -> list[str]:
    """A plant's posting on a Serbian job board through a translator: the translator bar, the
    site's menu, breadcrumb, "Urgent ad", views and number, buttons, section headings, contact and a
    cut similar ad (chrome), the literal title with the local word (an alias) and the English
    name in the job description (the role), "85.000 – 98.000 din. net" with dot-grouped
    thousands (the role's), the group (employs too), "Sector:", duties (`optional`),
    requirements (skills; the certificate `optional`), a glued "We offerSteady …" with the meal
    allowance and "regres" (no pay), the trainees' rate (the role's at Trainee), a lateral move and
    the rung above with their pay (theirs), an arrow ladder, a move in, the site's average
    with its district (a point), the offered range (the role's), a one-sided share (no fact)
    and a similar ad of another title (theirs)."""
    (job, literal, local, (printed, short), group, (town, district), what, sector, duties,
     needs, cert, (up1, up2), (lateral, where), came, s_title) = rng.choice(_RSPLANT)
    occupy(g, job, ladder=[job, up1, up2], transitions=[lateral], moves_in=[came])
    _spell(g, literal)
    _legal(g, printed, short)
    # ("Sector: food industry – packing of fruit": the sector is the head before the dash)
    _facts(g, _known(_skills(needs)), [group], [_cap1(sector.split(" – ")[0])],
           [cert, *duties])
    low = rng.randrange(78000, 90000, 1000)
    high = low + rng.randrange(8000, 16000, 1000)
    _salary(g, low, high, "RSD", period="month")
    trainee = low - rng.randrange(5000, 9000, 1000)
    _salary(g, trainee, trainee, "RSD", period="month", level="Trainee")
    l_pay = high + rng.randrange(4000, 9000, 1000)
    _salary(g, l_pay, l_pay, "RSD", period="month", belongs_to=lateral)
    u_band = (l_pay + rng.randrange(3000, 8000, 1000), 0)
    u_band = (u_band[0], u_band[0] + rng.randrange(15000, 25000, 1000))
    _salary(g, *u_band, "RSD", period="month", belongs_to=up1)
    average = low + rng.randrange(1000, 6000, 500)
    _salary(g, average, average, "RSD", period="month", point=True, region=district)
    spread = (trainee - rng.randrange(2000, 6000, 1000),
              u_band[0] - rng.randrange(1000, 3000, 1000))
    _salary(g, *spread, "RSD", period="month")
    s_pay = low + rng.randrange(-4000, 4000, 1000)
    _salary(g, s_pay, s_pay, "RSD", period="month", belongs_to=s_title)
    meal = rng.choice((550, 600, 650))
    regres = int(_no_pay(g, rng.randrange(15000, 25000, 1000), 1000))
    top = int(_no_pay(g, spread[1] - rng.randrange(3000, 6000, 1000), 1000))
    share = rng.choice((9, 12, 14))
    site = rng.choice(("RadniOglas.rs", "PosaoPlus.rs"))
    contact = rng.choice(("Jelena Marković, HR", "Dragan Petrović, director"))
    g.must_not_appear += [site, "Page in Serbian translated to English", "Urgent ad",
                          "We offerSteady", "Send CV", "topli obrok", "regres", contact,
                          "Similar ads", local]
    return ["Page in Serbian translated to English · View the original · ⚙",
            f"{site} · Jobs · Companies · Pay · Tips · Sign in",
            f"Home › Jobs › Production and agriculture › {district} › {town}",
            f"🔥 Urgent ad · {rng.randint(1, 6)} days ago · {rng.randint(300, 2500)} views · "
            f"No. {rng.randint(100000, 999999)}",
            f"{literal} ({local}) (m/ž)",
            f"{printed} · {town} · Full time",
            f"Salary: {_de(low)} – {_de(high)} din. net per month",
            "[ Send CV ]  [ Save ]  [ Report ]",
            "About the employer",
            f"{printed} {what}. We are part of {group}. Sector: {sector}.",
            "Job description",
            f"{job} ({_soft(literal)}) works in the whole process:",
            *(f"- {d}" for d in duties),
            "We are looking for",
            *(f"• {_item(n)}" for n in needs),
            f"• {_cap1(cert)} is welcome but not required",
            "We offerSteady work all year round",
            f"- Salary {_de(low)} – {_de(high)} din. net, paid by the 15th of the next month",
            f"- Meal allowance (topli obrok) {meal} din. a day and holiday pay (regres) "
            f"{_de(regres)} din. once a year",
            f"- For trainees during the first month: {_de(trainee)} din. net",
            "Progress in the company",
            f"Good workers often move after a season to {where} as {_an(lateral.lower())} "
            f"({_de(l_pay)} din. net). {job} → {up1.lower()} → {up2.lower()}. "
            f"{_plural(up1)} are paid {_de(u_band[0])} – {_de(u_band[1])} din. net. People who "
            f"worked as {_plural(came.lower())} also join us.",
            "Salary statistics",
            f"Average salary in {district}: {_de(average)} din. · Offered on the site: "
            f"{_de(spread[0])} – {_de(spread[1])} din.",
            f"{share}% of ads offer more than {_de(top)} din.",
            f"Contact: {contact}",
            "Similar ads",
            f"{s_title} · {town} · {_de(s_pay)} din. net",
            f"{came} – {town} · {_de(low)[:3]}"]


def _cap1(text: str) -> str:
    """``text`` with its first letter capitalised."""
    return text[:1].upper() + text[1:]


# (the role, the dash alias, the workshop (printed, short), town, what it does, the activity
#  (a sector), tasks (`optional`), requirements (skills, brands in parentheses), the two
#  rungs, the comparison title, the lateral post, the move in, three cities)
_RSSHOP = (
    ("Glazier", "Glass cutter", ("Staklo Morava Servis d.o.o.", "Staklo Morava Servis"),
     "Kruševac", "cuts, fits and repairs glass for windows, shop fronts and showers",
     "glass processing and fitting",
     ("cutting of float glass to measure", "fitting of glass in windows and doors",
      "grinding of edges"),
     (("Work on cutting tables", ("Bottero", "Bohle")), "Reading of measurements",
      "Careful handling of glass"),
     ("Senior glazier", "Head of workshop"), "Window fitter", "Aluminium joiner",
     "Warehouse worker"),
    ("Car electrician", "Auto electrician",
     ("Auto Elektro Timok d.o.o.", "Auto Elektro Timok"), "Zaječar",
     "repairs the electrics and diagnostics of passenger and delivery vehicles",
     "maintenance and repair of motor vehicles",
     ("diagnostics of faults on vehicles", "repair of starters and alternators",
      "installation of parking sensors"),
     (("Work with diagnostic devices", ("Bosch KTS", "Launch")), "Reading of wiring diagrams",
      "Soldering"),
     ("Senior car electrician", "Head of service"), "Car mechanic", "Car air-conditioning fitter",
     "Car washer"),
)


def _rsshop(rng: random.Random, g: Guide) -> list[str]:
    """A workshop's posting on a Serbian job board through a translator: the cookie banner in
    translation, employee ratings, buttons, headings and cut suggestions (chrome), "Role –
    alias" (the role and an alias), a pay line in RSD with a percentage of each service (no
    pay), "Activity:" (a sector), tasks (`optional`), a glued "What we are looking for…"
    with brands in parentheses (skills), the trainees' rate (the role's at Trainee), a ladder,
    "for comparison" pay of another title (theirs) and the head's open-ended floor (theirs),
    a lateral move, a move in, the site's median (a point), three cities' medians (points)
    and a middle-50 % range (the role's)."""
    (job, alias, (printed, short), town, what, activity, tasks, needs, (up1, up2), other,
     lateral, came) = rng.choice(_RSSHOP)
    occupy(g, job, ladder=[job, up1, up2], transitions=[lateral], moves_in=[came])
    _spell(g, alias)
    _legal(g, printed, short)
    licence = "Driving licence B category"
    _facts(g, _known(_skills(needs)), [], [activity], [licence, *tasks])
    low = rng.randrange(85000, 100000, 5000)
    high = low + rng.randrange(15000, 30000, 5000)
    _salary(g, low, high, "RSD", period="month")
    trainee = low - rng.randrange(10000, 15000, 1000)
    _salary(g, trainee, trainee, "RSD", period="month", level="Trainee")
    o_band = (high + 5000, high + rng.randrange(25000, 40000, 5000))
    _salary(g, *o_band, "RSD", period="month", belongs_to=other)
    floor = o_band[1] + rng.randrange(5000, 15000, 5000)
    _salary(g, floor, None, "RSD", period="month", belongs_to=up2)
    median = low + rng.randrange(2000, 9000, 1000)
    _salary(g, median, median, "RSD", period="month", point=True, region="Serbia")
    cities = ("Belgrade", "Novi Sad", "Niš")
    values = rng.sample(range(median - 9500, median + 12000, 1000), 3)
    for city, value in zip(cities, values, strict=True):
        _salary(g, value, value, "RSD", period="month", point=True, region=city)
    middle = (trainee + 3000, high + rng.randrange(2000, 6000, 1000))
    _salary(g, *middle, "RSD", period="month")
    pct = rng.choice((3, 5, 7))
    site = rng.choice(("ZaposliSe.rs", "OglasiRada.rs"))
    g.must_not_appear += [site, "We use cookies", "employee ratings",
                          "What we are looking forCompleted", "Apply now", "Share",
                          "Suggested ads"]
    return ["Serbian → English · Translated by your browser · Show original",
            "We use cookies to improve the site. [Accept] [Settings]",
            f"{site} · Ads · Companies · Salary calculator · Sign in",
            f"{job} – {alias.lower()}",
            f"{printed} · {town} · ★★★★☆ {rng.choice(('4.1', '4.3', '4.5'))} "
            f"({rng.randint(8, 40)} employee ratings)",
            f"Pay: {_de(low)} – {_de(high)} RSD net + {pct}% from each service",
            "Apply now   Save   Share",
            "",
            "About us",
            f"{printed} {what}. Activity: {activity}.",
            "",
            "Your tasks will be:",
            *(f"- {t}" for t in tasks),
            "",
            "What we are looking forCompleted secondary school of the right profile and:",
            *(f"- {_item(n)}" for n in needs),
            f"- {licence} (an advantage)",
            "",
            "Offer:",
            f"- trainees {_de(trainee)} RSD net in the first three months, then the full pay",
            "- work in a modern workshop, paid overtime",
            "",
            "Career:",
            f"{job} → {up1.lower()} → {up2.lower()}. A good {job.lower()} can be trained for "
            f"the {lateral.lower()}. For comparison: {_plural(other.lower())} earn with us "
            f"{_de(o_band[0])} – {_de(o_band[1])} RSD, and the {up2.lower()} from {_de(floor)} "
            f"RSD. We also take {_plural(came.lower())}.",
            "",
            f"Salaries: {job.lower()}",
            f"Median for Serbia: {_de(median)} RSD · "
            + " · ".join(f"{c} {_de(v)}" for c, v in zip(cities, values, strict=True)),
            f"Middle 50 % of ads: {_de(middle[0])} – {_de(middle[1])} RSD",
            "",
            "Suggested ads",
            f"{other} – {town} · {_de(o_band[0])[:2]}"]


# --------------------------------------------------------------------------------------
# A Lithuanian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title in capitals (the role), the parenthesis (an alias), the employer (printed "UAB
#  …", short), the city, what it does, the field of activity, functions (`optional`),
#  expectations (skills), the Senior rung's successor, the lateral post, the two moves in)
_LTOFFICE = (
    ("Customs broker", "Customs declarant", ("UAB Nemuno muitinės paslaugos",
                                             "Nemuno muitinės paslaugos"), "Kaunas",
     "prepares customs declarations for importers and carriers at three terminals",
     "Customs brokerage",
     ("preparation of import and export declarations", "communication with customs offices",
      "checking of invoices and CMR documents"),
     ("Knowledge of the Union Customs Code", "English", "Russian",
      "MS Excel", "Accuracy"),
     "Head of the customs department", "Logistics coordinator",
     ("Dispatcher", "Warehouse clerk")),
    ("Purchasing specialist", "Buyer", ("UAB Baltų tiekimo grupė", "Baltų tiekimo grupė"),
     "Vilnius", "supplies building materials to 40 hardware stores in the Baltics",
     "Wholesale trade",
     ("ordering of goods from suppliers", "negotiation of prices and delivery terms",
      "monitoring of stock levels"),
     ("Knowledge of Incoterms", "English", "Polish", "Work with ERP systems",
      "Negotiation skills"),
     "Head of purchasing", "Category manager",
     ("Sales assistant", "Storekeeper")),
)


def _ltoffice(rng: random.Random, g: Guide) -> list[str]:
    """An office posting on a Lithuanian job board through a translator: the translator bar,
    the site's menu, headings, buttons and cut similar offers (chrome), the title in capitals
    with its parenthesis (the role and an alias), "1800 – 2600 EUR/month. Gross (before
    taxes)" (the role's) with an "on hand" equivalent (the same pay: no fact), functions
    (`optional`), expectations (skills), monthly result bonuses (no pay), a junior's rate (the
    role's at Junior), an arrow ladder with the Senior rung's pay (the role's at Senior), a
    lateral move with its pay (theirs), two moves in, two city averages (points), a "half of
    offers" range (the role's) and a one-sided quartile (no fact)."""
    (job, alias, (printed, short), city, what, field, functions, needs, head, lateral,
     (came1, came2)) = rng.choice(_LTOFFICE)
    senior = f"Senior {job.lower()}"
    occupy(g, job, ladder=[f"Junior {job.lower()}", job, senior, head], transitions=[lateral],
           moves_in=[came1, came2])
    _spell(g, alias)
    _legal(g, printed, short)
    _facts(g, _known(needs), [], [field], list(functions))
    low = rng.randrange(1600, 2000, 100)
    high = low + rng.randrange(600, 1000, 100)
    _salary(g, low, high, "EUR", period="month")
    junior = (low - 300, low - 100)
    _salary(g, *junior, "EUR", period="month", level="Junior")
    s_band = (high + 100, high + rng.randrange(700, 1000, 100))
    _salary(g, *s_band, "EUR", period="month", level="Senior")
    l_band = (low + rng.randrange(300, 500, 100), high + rng.randrange(400, 700, 100))
    _salary(g, *l_band, "EUR", period="month", belongs_to=lateral)
    cities = (city, "Klaipėda" if city != "Klaipėda" else "Vilnius")
    avgs = rng.sample(range(low + 50, high, 10), 2)
    for c, v in zip(cities, avgs, strict=True):
        _salary(g, v, v, "EUR", period="month", point=True, region=c)
    half = (low - 100, high - 100)
    _salary(g, *half, "EUR", period="month")
    hand = (int(_no_pay(g, round(low * 0.62, -1), 10)), int(_no_pay(g, round(high * 0.62, -1), 10)))
    quartile = int(_no_pay(g, high + 200, 50))
    site = rng.choice(("DarboLaukas.lt", "KarjerosVartai.lt"))
    g.must_not_appear += [site, "Show original", "Always translate Lithuanian", "On hand",
                          "Quarter of offers exceeds", "Apply", "Similar offers"]
    return ["Translated from Lithuanian · Show original · Always translate Lithuanian",
            f"{site}  Job offers  Employers  Salaries  CV  Log in",
            f"{job.upper()} ({alias.upper()})",
            f"{printed} · {city} · Full-time · Valid {rng.randint(10, 28)} more days",
            f"{_fr(low)} – {_fr(high)} EUR/month. Gross (before taxes)",
            f"On hand: ~{_fr(hand[0])} – {_fr(hand[1])} EUR",
            "[ Apply ]  [ Remember ]",
            "",
            "About the company",
            f"{printed} {what}. Field of activity: {field}.",
            "",
            "Your functions:",
            *(f"• {f}" for f in functions),
            "",
            "We expect from you:",
            *(f"• {n}" for n in needs),
            "",
            "The company offers:",
            f"• monthly result bonuses of up to {rng.choice((10, 15, 20))} % of the salary",
            f"• for juniors during training {_fr(junior[0])} – {_fr(junior[1])} EUR gross",
            "",
            "Career path:",
            f"Junior {job.lower()} → {job.lower()} → {senior} ({_fr(s_band[0])} – "
            f"{_fr(s_band[1])} EUR gross) → {head.lower()}. You can also move to "
            f"{_an(lateral.lower())} "
            f"({_fr(l_band[0])} – {_fr(l_band[1])} EUR). Many came to us as "
            f"{_plural(came1.lower())} or after the work of {_an(came2.lower())}.",
            "",
            "Salary statistics",
            " · ".join(f"Average in {c}: {_fr(v)} EUR" for c, v in zip(cities, avgs, strict=True)),
            f"Half of offers: {_fr(half[0])} – {_fr(half[1])} EUR",
            f"Quarter of offers exceeds {_fr(quartile)} EUR",
            "",
            "Similar offers",
            f"{lateral} · {city} · {_fr(l_band[0])[:2]}"]


# (the literal title (the role), the "(assembly)" alias, the factory (printed, short), town,
#  what it makes, work functions (`optional`), requirements (skills), the lateral posts (one
#  with pay), the head of the line, the move in, the similar offer's title)
_LTFACTORY = (
    ("Window collector", "Window assembler", ("UAB Dzūkijos langai", "Dzūkijos langai"),
     "Alytus", "produces PVC and wooden windows for Scandinavia",
     ("assembly of window frames on the line", "installation of fittings (Roto, Siegenia)",
      "glazing and packing of finished windows"),
     ("Ability to read technical drawings", "Work with hand power tools", "Accuracy",
      "Responsibility"),
     ("Quality controller", "CNC operator"), "Head of the line", "Warehouse worker", "Glazier"),
    ("Door collector", "Door assembler", ("UAB Aukštaitijos durys", "Aukštaitijos durys"),
     "Panevėžys", "makes interior doors and frames for stores in Lithuania and Germany",
     ("assembly of door leaves and frames", "mounting of locks and hinges (Abloy, Simonswerk)",
      "checking and packing of doors"),
     ("Ability to read technical drawings", "Work with a pneumatic stapler", "Attentiveness",
      "Diligence"),
     ("Paint line operator", "CNC operator"), "Foreman of the line", "Carpenter", "Sander"),
)


def _ltfactory(rng: random.Random, g: Guide) -> list[str]:
    """A factory posting on a Lithuanian job board through a translator: the translator
    line, menu, contact and a cut offer (chrome), the literal "X collector (m/f)" with
    "(assembly)" in the text (the role and an alias), "7,20 – 9,50 EUR/h" with decimal commas
    (the role's), a glued "About the companyUAB …", numbered work functions (`optional`, the
    fittings' brands with them), requirements (skills), a trainee rate (the role's at
    Trainee), night surcharges (no pay), growth: two lateral moves, one with its hourly pay
    (theirs), the head of the line "from 1 900 EUR" (an open-ended floor, theirs), a move in,
    two medians (points) and a similar offer of another title (theirs)."""
    (job, alias, (printed, short), town, what, functions, needs, (lat1, lat2), head, came,
     s_title) = rng.choice(_LTFACTORY)
    occupy(g, job, ladder=[job, head], transitions=[lat1, lat2], moves_in=[came])
    _spell(g, alias)
    _legal(g, printed, short)
    _facts(g, _known(needs), [], [], list(functions))
    low = _cents(rng, 6, 8)
    high = round(low + rng.randrange(150, 300, 10) / 100, 2)
    _salary(g, low, high, "EUR", period="hour")
    trainee = round(low - rng.randrange(30, 80, 10) / 100, 2)
    _salary(g, trainee, trainee, "EUR", period="hour", level="Trainee")
    l_band = (round(high + 0.5, 2), round(high + rng.randrange(200, 350, 10) / 100, 2))
    _salary(g, *l_band, "EUR", period="hour", belongs_to=lat2)
    floor = rng.randrange(1800, 2200, 100)
    _salary(g, floor, None, "EUR", period="month", belongs_to=head)
    m_town = round(low + rng.randrange(20, 120, 10) / 100, 2)
    m_lt = round(m_town - 0.3, 2)
    _salary(g, m_town, m_town, "EUR", period="hour", point=True, region=town)
    _salary(g, m_lt, m_lt, "EUR", period="hour", point=True, region="Lithuania")
    s_band = (round(low + 0.8, 2), round(high + 1.0, 2))
    _salary(g, *s_band, "EUR", period="hour", belongs_to=s_title)
    surcharge = rng.choice((20, 25, 30))
    site = rng.choice(("CVDarbas.lt", "Darbo-Pasiula.lt"))
    contact = rng.choice(("Rasa Petrauskienė", "Tomas Kazlauskas"))
    g.must_not_appear += [site, "Machine translated", f"About the company{printed}", contact,
                          "Similar offers"]
    return ["Lithuanian » English | Machine translated | Original",
            f"{site} · Offers · Companies · Salaries · For employers",
            f"{job} (m/f)",
            f"{printed} · {town} · {_hr2(low)} – {_hr2(high)} EUR/h gross",
            "",
            f"About the company{printed} {what}. We look for a {job.lower()} (assembly: "
            f"{_soft(alias)}).",
            "",
            "Work functions:",
            *(f"{i}. {_cap1(f)};" for i, f in enumerate(functions, 1)),
            "",
            "Requirements for the candidate:",
            *(f"- {n};" for n in needs),
            "",
            "We offer:",
            f"- {_hr2(low)} – {_hr2(high)} EUR/h gross, paid twice a month;",
            f"- during training {_hr2(trainee)} EUR/h gross;",
            f"- {surcharge} % surcharge for night shifts, free transport from the town centre.",
            "",
            "Growth opportunities",
            f"The best can pass into the {_plural(_soft(lat1))} or learn to work as "
            f"{_plural(_soft(lat2))} ({_hr2(l_band[0])} – {_hr2(l_band[1])} EUR/h). "
            f"{job} → {head.lower()} (from {_fr(floor)} EUR per month). Some came from the "
            f"warehouse as {_plural(came.lower())}.",
            "",
            f"Median in {town}: {_hr2(m_town)} EUR/h · Median in Lithuania: {_hr2(m_lt)} EUR/h",
            "",
            f"Contact: {contact}, +370 6{rng.randint(1000000, 9999999)}",
            "Similar offers",
            f"{s_title} · {town} · {_hr2(s_band[0])} – {_hr2(s_band[1])} EUR/h",
            f"{lat1} · {town} · {_hr2(low)[:2]}"]


# --------------------------------------------------------------------------------------
# A franchisee's staff-handbook section for one position
# --------------------------------------------------------------------------------------
# (the brand, the franchisee (printed, short), the franchisor, the position (the role), the
#  alias in older stores, duties (`optional`), expectations (skills), the entry positions
#  (moves in, with their hourly rates), the two rungs above, the lateral post, the
#  per-unit payment)
_HBUK = (
    ("Bunhouse Burgers", ("Corran Hospitality Ltd", "Corran Hospitality"),
     "Bunhouse Burgers UK Ltd", "Crew Trainer", "Buddy Trainer",
     ("coach new crew through the station checklists", "run the fry and grill stations at peak",
      "record training sign-offs in the app"),
     ("Patience with new starters", "Clear communication", "Food safety knowledge",
      "Time management"),
     ("Crew Member", "Cashier"), ("Assistant Manager", "Restaurant Manager"),
     "Franchise Training Coordinator", "per training module signed off"),
    ("Grindhouse Coffee", ("Mercia Bean Partners Ltd", "Mercia Bean Partners"),
     "Grindhouse Coffee Franchising Ltd", "Floor Supervisor", "Shift Lead",
     ("open and close the store", "plan breaks and the floor rota",
      "count the tills and bank the takings"),
     ("Latte art", "Cash handling", "Leading a small team", "Calm under pressure"),
     ("Barista", "Delivery Rider"), ("Assistant Store Manager", "Store Manager"),
     "Area Coffee Trainer", "per delivery"),
)


def _hbuk(rng: random.Random, g: Guide) -> list[str]:
    """A UK franchisee's team handbook section: document control, confidentiality line,
    section navigation, page x of y, the sign-off block and "Uncontrolled when printed"
    (chrome), the position with "(sometimes called X in older stores)" (the role and an
    alias), "who employs you" (the franchisee employs; the franchisor `optional`), lettered
    duties (`optional`), "What we expect" (skills), a pipe pay table of five positions
    (the entry positions' and the rungs' rates theirs, the role's rate and its rate after the
    pathway its own), a per-unit payment and a late-night premium (no pay), a ladder through
    the role, moves in and a lateral move."""
    (brand, (printed, short), franchisor, job, alias, duties, needs, (in1, in2), (up1, up2),
     lateral, per) = rng.choice(_HBUK)
    occupy(g, job, ladder=[job, up1, up2], transitions=[lateral], moves_in=[in1, in2])
    _spell(g, alias)
    _legal(g, printed, short)
    _facts(g, _known(needs), [], [], [franchisor, brand, *duties])
    base = _cents(rng, 12, 13)
    rate = round(base + rng.randrange(90, 160) / 100, 2)
    after = round(rate + rng.randrange(30, 70) / 100, 2)
    _salary(g, base, base, "GBP", period="hour", belongs_to=in1)
    _salary(g, base, base, "GBP", period="hour", belongs_to=in2)
    _salary(g, rate, rate, "GBP", period="hour")
    _salary(g, after, after, "GBP", period="hour")
    am = rng.randrange(26000, 29000, 100)
    _salary(g, am, am, "GBP", belongs_to=up1)
    sm = (am + rng.randrange(3000, 5000, 500), am + rng.randrange(8000, 11000, 500))
    _salary(g, *sm, "GBP", belongs_to=up2)
    pence = rng.choice((35, 40, 45))
    premium = rng.choice((0.5, 0.75, 1.0))
    doc = f"HB-{rng.randint(10, 99)}-{rng.randint(100, 999)}"
    sec = rng.randint(4, 9)
    g.must_not_appear += [doc, "Uncontrolled when printed", "Commercial in confidence",
                          "Previous section", "Team member signature", "Who employs you",
                          "late-night premium"]
    return [f"{brand} · TEAM HANDBOOK (UK) · Document {doc} · Version {rng.randint(3, 7)}."
            f"{rng.randint(0, 9)} · Commercial in confidence",
            f"◂ Previous section: {sec - 1}. Your first week    |    Next section: {sec + 1}. "
            "Uniform ▸",
            f"Section {sec}: {job} (sometimes called {alias} in older stores)",
            "",
            f"{sec}.1 Who employs you",
            f"You are employed by {printed}, which runs this {brand} store under a franchise "
            f"agreement with {franchisor}. {franchisor} does not employ you and does not set "
            "your pay.",
            "",
            f"{sec}.2 The role",
            *(f"({chr(97 + i)}) {_cap1(d)}" for i, d in enumerate(duties)),
            "",
            f"{sec}.3 What we expect",
            *(f"- {n}" for n in needs),
            "",
            f"{sec}.4 Pay",
            # (fresh57) one row a line, as set 46's handbook prints it: the rows were glued
            # into one line ("Notes Barista | £12.99/hr | … above Delivery Rider | …"), a
            # text no handbook prints
            "Position | Rate | Notes",
            f"{in1} | £{base:.2f}/hr | National Living Wage or above",
            f"{in2} | £{base:.2f}/hr | plus {pence}p {per}",
            f"{job} | £{rate:.2f}/hr | £{after:.2f}/hr after completing the pathway",
            f"{up1} | {_gbp(am)} a year | salaried",
            f"{up2} | {_gbp(sm[0])} – {_gbp(sm[1])} a year | by store size",
            f"A late-night premium of £{premium:.2f}/hr is added to hours after 11pm.",
            "",
            f"{sec}.5 Progression",
            f"Most {_plural(job.lower())} were promoted from {in1} or {in2}. The route is {job} → "
            f"{up1} → {up2}; some move across to {_an(lateral)} role.",
            "",
            "Team member signature: ____________   Date: ________",
            f"Uncontrolled when printed · Page {sec * 3} of {rng.randint(40, 60)}"]


# (the franchise, the franchisee (printed, short), the franchisor, the position (the role),
#  three aliases, skills, the descriptive clause (its label `optional`), certificates
#  (`optional`), the strip's positions (theirs), the lateral post, the two moves in, the
#  spiff's product)
_HBUS = (
    ("SparkleTunnel Car Wash", ("Granite Ridge Wash LLC", "Granite Ridge Wash"),
     "SparkleTunnel Franchising Inc.", "Wash Technician",
     ("Tunnel Attendant", "Prep Attendant", "Wash Associate"),
     ("Customer service", "Basic mechanical troubleshooting", "Chemical handling", "Teamwork"),
     ("Safe work at the tunnel entrance", "guiding vehicles onto the conveyor"),
     ("OSHA 10 card",), ("Site Lead", "Assistant Manager", "General Manager"),
     "Detailing Technician", ("Parking attendant", "Fast food crew member"),
     "unlimited wash club memberships"),
    ("BugShield Pest Control", ("Lakeshore Pest Partners LLC", "Lakeshore Pest Partners"),
     "BugShield Franchise Systems Inc.", "Pest Control Technician",
     ("Service Technician", "Route Technician", "Exterminator"),
     ("Insect identification", "Customer communication", "Safe pesticide handling",
      "Route planning"),
     ("Safe work in crawl spaces", "inspection with a respirator and headlamp"),
     ("State pesticide applicator license",), ("Service Manager", "Branch Manager",
                                               "Regional Manager"),
     "Termite Inspector", ("Lawn care technician", "Landscaper"), "annual protection plans"),
)


def _hbus(rng: random.Random, g: Guide) -> list[str]:
    """A US franchisee's employee handbook section: the handbook header, document number,
    revision, acknowledgment, at-will and copyright lines (chrome), "Also called:" (aliases),
    a glued "Position summary:The …", the employer paragraph (the franchisee employs; the
    franchisor `optional`), "Essential skills and knowledge" (skills; a descriptive clause's label
    `optional`), certifications (`optional`), a range and a trainee rate (the role's),
    premiums, overtime and spiffs (no pay), a "Positions at a center" strip with three
    positions' pay (theirs), a career path (a ladder), a lateral move and moves in."""
    (brand, (printed, short), franchisor, job, aliases, needs, clause, certs, (up1, up2, up3),
     lateral, (came1, came2), spiff) = rng.choice(_HBUS)
    occupy(g, job, ladder=[job, up1, up2, up3], transitions=[lateral], moves_in=[came1, came2])
    _spell(g, *aliases)
    _legal(g, printed, short)
    _facts(g, _known(needs), [], [], [franchisor, brand, clause[0], *certs])
    low = _cents(rng, 15, 17)
    high = round(low + rng.randrange(200, 350, 25) / 100, 2)
    _salary(g, low, high, "USD", period="hour")
    trainee = round(low - rng.randrange(100, 175, 25) / 100, 2)
    _salary(g, trainee, trainee, "USD", period="hour", level="Trainee")
    u1 = (round(high + 0.5, 2), round(high + 2.5, 2))
    _salary(g, *u1, "USD", period="hour", belongs_to=up1)
    u2 = (rng.randrange(40000, 45000, 1000), 0)
    u2 = (u2[0], u2[0] + rng.randrange(5000, 8000, 1000))
    _salary(g, *u2, "USD", belongs_to=up2)
    u3 = (u2[1] + rng.randrange(3000, 6000, 1000), u2[1] + rng.randrange(12000, 16000, 1000))
    _salary(g, *u3, "USD", belongs_to=up3)
    spiff_amt = rng.choice((2, 3, 5))
    premium = rng.choice((0.5, 0.75, 1.25))
    g.must_not_appear += ["EMPLOYEE HANDBOOK", "Acknowledgment of receipt", "at-will",
                          "Position summary:The", "spiff"]
    return [f"EMPLOYEE HANDBOOK — {printed}, an independently owned {brand} franchise · Rev. "
            f"{rng.randint(1, 12)}/2026 · Doc. EH-{rng.randint(100, 999)}",
            "",
            f"Section {rng.randint(3, 8)}: {job}",
            f"Also called: {', '.join(aliases)}",
            f"Position summary:The {job} keeps each customer's visit safe and quick and follows "
            "the brand's service standards.",
            "",
            f"Your employer. {printed} employs you. {franchisor} licenses the {brand} name and "
            "systems to us but is not your employer.",
            "",
            "Essential skills and knowledge",
            *(f"• {n}" for n in needs),
            f"• {clause[0]}: {clause[1]}",
            "",
            "Certifications: " + "; ".join(certs) + " (we pay for it).",
            "",
            "Pay",
            f"{_usd(low)} – {_usd(high)} an hour depending on experience; first 30 days "
            f"{_usd(trainee)}/hr while in training. A weekend premium of {_usd(premium)}/hr, "
            f"overtime at 1.5x and ${spiff_amt} spiffs for {spiff} are paid on top.",
            "",
            f"Positions at a center: {up1} {_usd(u1[0])}–{_usd(u1[1])}/hr · {up2} "
            f"{_usd(u2[0])}–{_usd(u2[1])}/yr · {up3} {_usd(u3[0])}–{_usd(u3[1])}/yr",
            "",
            "Career path",
            f"{job} → {up1} → {up2} → {up3}. Several team members came to us from "
            f"{came1.lower()} or {came2.lower()} jobs; others transferred to our sister shop as "
            f"{_plural(lateral)}.",
            "",
            "Acknowledgment of receipt: I have read this section. ______________",
            f"Employment is at-will. © 2026 {franchisor} and {printed}."]


# --------------------------------------------------------------------------------------
# A worker cooperative's page on one member-worker role
# --------------------------------------------------------------------------------------
# (the co-op (printed, short), the industry, the role, what it does (`optional`), machine
#  groups (label `optional`, machines skills), skills, the lateral posts, the elected post,
#  the co-op role moved from, the outside move in and where from, the trade)
_COUK = (
    (("Spokewright Cycle Co-operative Ltd", "Spokewright Cycle Co-operative"), "Bicycle retail",
     "Bicycle mechanic",
     ("servicing bikes booked in by customers", "building wheels", "assembling new bikes"),
     (("Wheel building", ("Park Tool TS-2.2", "DT Swiss tensiometer")),
      ("Suspension", ("Fox service kits", "RockShox service kits"))),
     ("Fault diagnosis", "Customer advice", "Hydraulic brake bleeding"),
     ("Workshop trainer", "E-bike technician"), "Workshop coordinator",
     "Shop assistant", ("Courier", "courier firms"), "mechanic"),
    (("Sourfield Bakery Co-operative Ltd", "Sourfield Bakery Co-operative"), "Food manufacturing",
     "Bread baker",
     ("mixing and shaping the day's doughs", "baking in the deck ovens overnight",
      "feeding the sourdough starters"),
     (("Mixing", ("Diosna spiral mixer", "Sottoriva divider")),
      ("Baking", ("Tagliavini deck oven", "MIWE rack oven"))),
     ("Sourdough fermentation", "Hand shaping", "Production planning"),
     ("Pastry chef", "Delivery driver"), "Production coordinator",
     "Packer", ("Commis chef", "restaurant kitchens"), "baker"),
)


def _couk(rng: random.Random, g: Guide) -> list[str]:
    """A UK worker co-operative's "Our roles" page: navigation, basket, "Other roles at the
    co-op" (titles only), "one member, one vote", the vacancies line and the registration
    footer (chrome), "Industry:" (a sector), what the worker does (`optional`), machines and
    skills with bullet labels (`optional`) before the machines (skills), one equal hourly
    rate for every member (the role's), a candidate member's rate (level Candidate member),
    the union's national rate for the trade (the role's), a surplus dividend and a £1 share
    (no pay), lateral moves, an elected post (an up move) and moves in."""
    ((printed, short), industry, job, does, groups, skills, (lat1, lat2), elected, started,
     (came, came_from), trade) = rng.choice(_COUK)
    occupy(g, job, leads=[elected], transitions=[lat1, lat2], moves_in=[started, came])
    _legal(g, printed, short)
    machines = [m for _, ms in groups for m in ms]
    _facts(g, [*machines, *skills], [], [industry], [*(lbl for lbl, _ in groups), *does])
    rate = _cents(rng, 14, 16)
    candidate = round(rate - rng.randrange(60, 120, 5) / 100, 2)
    union = round(rate - rng.randrange(130, 220, 5) / 100, 2)
    _salary(g, rate, rate, "GBP", period="hour")
    _salary(g, candidate, candidate, "GBP", period="hour", level="Candidate member")
    _salary(g, union, union, "GBP", period="hour")
    dividend = int(_no_pay(g, rng.randrange(400, 900, 50), 50))
    g.must_not_appear += ["Basket", "Other roles at the co-op", "one member, one vote",
                          "Registered society", "We are not recruiting"]
    return [f"{short}  Shop  Services  Our roles  About us  Basket (0)",
            f"Home / Our roles / {job}",
            "",
            f"About the co-op: {printed} is owned and run by the people who work in it: one "
            f"member, one vote. Industry: {industry}",
            f"Other roles at the co-op: {lat1} · {lat2} · Bookkeeper · Cleaner",
            "",
            f"What a {job.lower()} does here",
            _cap1(_prose_list(does)) + ".",
            "",
            "Machines and skills you'll use",
            *(f"• {lbl}: {', '.join(ms)}" for lbl, ms in groups),
            *(f"• {s}" for s in skills),
            "",
            "Pay in a co-op",
            f"Every member is paid the same hourly rate: £{rate:.2f} an hour, whatever their job. "
            f"Candidate members are paid £{candidate:.2f} an hour for the first six months. For "
            f"comparison, the union's national rate for a {trade} is £{union:.2f} an hour. In a "
            f"good year the surplus is shared as a dividend ({_gbp(dividend)} each last year), "
            "and every member holds one £1 share.",
            "",
            "How people move",
            f"There is no manager to be promoted to, but members elect a {elected.lower()} each "
            f"year. Members have moved across to {lat1} or {lat2}; one started as "
            f"{_an(started.lower())} and "
            f"two joined us from {came_from} as {_plural(came.lower())}.",
            "",
            "We are not recruiting for this role right now.",
            f"Registered society no. {rng.randint(10000, 39999)}R under the Co-operative and "
            "Community Benefit Societies Act 2014"]


# (the cooperative (printed, short), the sector, the role, three aliases, duties
#  (`optional`), ticked skills with equipment, requirements (`optional`), the state, the
#  broader occupation, the ladder above, the lateral post, the two moves in)
_COUS = (
    (("Prairie Sun Solar Cooperative", "Prairie Sun Solar Cooperative"), "Renewable energy",
     "Solar Installer", ("PV installer", "solar technician", "Solar Panel Installer"),
     ("mount racking on roofs", "run conduit and wire inverters", "commission new systems"),
     (("Working at height", ("harness", "ladder hoist")), "Electrical basics",
      ("Power tools", ("impact driver", "rotary hammer")), "Teamwork"),
     ("OSHA 10 card", "NABCEP PV Associate credential"), "Minnesota",
     "Solar Photovoltaic Installer", ("Crew Lead", "Project Manager", "Operations Director"),
     "Electrician apprentice", ("Roofer", "Warehouse associate")),
    (("Harbor Clean Workers Cooperative", "Harbor Clean Workers Cooperative"),
     "Cleaning services", "Home Cleaner", ("house cleaner", "residential cleaner", "Housekeeper"),
     ("clean kitchens and bathrooms", "change linens", "follow each client's checklist"),
     (("Green cleaning", ("microfiber systems", "HEPA vacuums")), "Time management",
      ("Safe lifting", ("step stools", "extension poles")), "Client communication"),
     ("Background check", "Green cleaning certificate"), "Massachusetts",
     "Maid and Housekeeping Cleaner", ("Team Lead", "Scheduling Coordinator",
                                         "General Coordinator"),
     "Commercial cleaner", ("Hotel housekeeper", "Family caregiver")),
)


def _cous(rng: random.Random, g: Guide) -> list[str]:
    """A US cooperative's member-owner track page: menu, the member story and its person,
    apply and info-session buttons, social links (chrome), "Also known as:" (aliases),
    "Sector:" (a sector), what you'll do (`optional`), ticked skills with equipment in
    parentheses (skills), requirements (`optional`), the starting rate (level Candidate
    member) and the rate after membership (the role's), a member share through payroll, a
    patronage dividend and a weekend differential (no pay), a state median of a broader
    occupation (theirs, a point) and the second rung's range (theirs), a ladder, a lateral
    move and moves in."""
    ((printed, short), sector, job, aliases, duties, needs, reqs, state, broader,
     (up1, up2, up3), lateral, (came1, came2)) = rng.choice(_COUS)
    occupy(g, job, ladder=[job, up1, up2, up3], transitions=[lateral], moves_in=[came1, came2])
    _spell(g, *aliases)
    _legal(g, printed, short)
    _facts(g, _known(_skills(needs)), [], [sector], [*reqs, *duties])
    start = _cents(rng, 17, 20)
    member = round(start + rng.randrange(150, 300, 25) / 100, 2)
    _salary(g, start, start, "USD", period="hour", level="Candidate member")
    _salary(g, member, member, "USD", period="hour")
    median = round(start - rng.randrange(60, 200, 10) / 100, 2)
    _salary(g, median, median, "USD", period="hour", point=True, region=state,
            belongs_to=broader)
    u2 = (round(member + 3, 2), round(member + rng.randrange(500, 800, 25) / 100, 2))
    _salary(g, *u2, "USD", period="hour", belongs_to=up2)
    share = rng.choice((500, 750, 1000))
    weekly = rng.choice((10, 20, 25))
    diff = rng.choice((1.5, 2.0))
    person = rng.choice(("Marisol Ortega", "Dee Franklin"))
    g.must_not_appear += ["Member-owner track", "Info session", person, "Apply to join",
                          "patronage dividend"]
    return [f"{short} | Member-owner track | Services | Our story | Join us",
            f"{job}",
            f"Also known as: {', '.join(aliases)}",
            "",
            f"About us: {printed} is owned by the workers who do the work. Sector: {sector}.",
            "",
            "What you'll do",
            *(f"- {_cap1(d)}" for d in duties),
            "",
            f"What our {_plural(job.lower())} need",
            *(f"✓ {_item(n)}" for n in needs),
            "Requirements: " + "; ".join(reqs) + " (we train you).",
            "",
            "Pay and ownership",
            f"Starting rate ${start:.2f}/hour as a candidate member; after one year and "
            f"membership ${member:.2f}/hour. The member share is ${share:,}, paid through payroll "
            f"at ${weekly} a week. Members also receive a patronage dividend when the co-op has "
            f"a surplus, and a ${diff:.2f}/hour weekend differential.",
            "",
            "How we compare",
            f"The {state} median for {_plural(broader.lower())} is ${median:.2f}/hour. Our "
            f"{_plural(up2.lower())} earn ${u2[0]:.2f}–${u2[1]:.2f}/hour.",
            "",
            "Career lattice",
            f"{job} → {up1} → {up2} → {up3}. Some members move across to {lateral} jobs. Many "
            f"joined us as {_plural(came1.lower())} or were {_plural(came2.lower())} before.",
            "",
            f"Member story: “I own part of the place I work.” — {person}",
            "[ Apply to join ]  [ Info session ]",
            "Facebook · Instagram · LinkedIn"]


# --------------------------------------------------------------------------------------
# A municipal pay-transparency register searched for one title
# --------------------------------------------------------------------------------------
# (the council, the role, two aliases, the team leader, the other title with the same grade,
#  the directorate and service, the duties (`optional`), the person specification (skills),
#  the award (`optional`), the lateral posts, the move in and its background)
_PRUK = (
    ("Harwick Borough Council", "Highways Inspector", ("Highway Safety Inspector",
                                                      "Road Inspector"),
     "Highways Team Leader", "Street Lighting Inspector", ("Environment", "Highways"),
     ("inspects roads and pavements on a risk-based schedule",
      "raises repair orders for defects"),
     ("Knowledge of highway defects", "Report writing", "Use of mobile inspection apps",
      "Customer care"),
     "Highway Inspector Competency Certificate", ("Street Works Inspector", "Asset Officer"),
     "Road worker", "civil engineering contractors"),
    ("Dunmere District Council", "Licensing Officer", ("Licensing Enforcement Officer",
                                                      "Licensing Clerk"),
     "Licensing Team Leader", "Trading Standards Officer", ("Communities", "Licensing"),
     ("processes premises and taxi licence applications", "inspects licensed premises"),
     ("Knowledge of licensing law", "Interviewing skills", "Case management", "Negotiation"),
     "Level 3 Certificate in Licensing", ("Food Safety Officer", "Complaints Officer"),
     "Police staff investigator", "police forces"),
)


def _pruk(rng: random.Random, g: Guide) -> list[str]:
    """A UK borough's pay and grading register searched for one title: breadcrumb, the search
    form and "Download CSV", the flattened column heads, directorates, services, job family
    and the transparency notes (chrome), four results rows (the role's grade range its own at
    its grade, the Senior row the role's at Senior, the team leader's and another title's
    ranges theirs), "Also known as: A; B (historic title)" (aliases), the average actual pay
    of post-holders (a point), total employer cost, allowances and the gender pay gap (no
    pay), the job profile (`optional`), the person specification (skills; the award
    `optional`), a ladder, lateral moves and a move in."""
    (council, job, (alias1, alias2), leader, other, (directorate, service), duties, needs,
     award, (lat1, lat2), came, came_from) = rng.choice(_PRUK)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[job, senior, leader], transitions=[lat1, lat2], moves_in=[came])
    _spell(g, alias1, alias2)
    g.employers.append(council)
    _facts(g, _known(needs), [], [], [award, *duties])
    grade = rng.randint(4, 6)
    scale = [rng.randrange(24000, 27000, 1)]
    for _ in range(5):
        scale.append(scale[-1] + rng.randrange(900, 1400))
    own, sen, lead = (scale[0], scale[1]), (scale[2], scale[3]), (scale[4], scale[5] + 3000)
    _salary(g, *own, "GBP", level=f"Grade {grade}")
    _salary(g, *sen, "GBP", level="Senior")
    _salary(g, *lead, "GBP", belongs_to=leader)
    _salary(g, *sen, "GBP", belongs_to=other)
    average = rng.randrange(own[0] + 100, own[1] - 100)
    _salary(g, average, average, "GBP", point=True)
    cost = int(_no_pay(g, round(average * 1.3), 7))
    gap = rng.choice(("1.2", "2.4", "3.1"))
    g.must_not_appear += ["Pay and grading register", "Download CSV", "Directorate",
                          "Total employer cost", "Gender pay gap", "shift allowance",
                          "Open Government Licence", service]
    rows = ((job, grade, own, 14.0, 2.0), (senior, grade + 1, sen, 4.0, 0.0),
            (leader, grade + 3, lead, 2.0, 0.0), (other, grade + 1, sen, 5.0, 1.0))
    return [council,
            "Home > Council and democracy > Transparency > Pay and grading register > Results",
            "PAY AND GRADING REGISTER 2026/27",
            "This register is published to meet the Local Government Transparency Code; no "
            "post-holder is named.",
            f'Find posts: title includes "{job.split()[0].lower()}"   Directorate: any   '
            "[Go] [Download CSV]",
            "Showing 4 posts",
            "Job title | Directorate | Service | Grade | Pay range (FTE) | Posts (FTE) | Vacant",
            *(f"{t} | {directorate} | {service} | Grade {gr} | {_gbp(r[0])} – {_gbp(r[1])} | "
              f"{p} | {v}" for t, gr, r, p, v in rows),
            f"{job} — post details",
            f"Also known as: {alias1}; {alias2} (historic title)",
            f"Average pay actually paid to post-holders (FTE): {_gbp(average)}",
            f"Total employer cost with on-costs (per FTE): {_gbp(cost)}",
            "Allowances: a 12% shift allowance for evening and weekend work.",
            f"Gender pay gap (this post, median): {gap}% in favour of men",
            f"What the job involves: {duties[0]}; {duties[1]}.",
            f"Person specification — essential: {'; '.join(n.lower() for n in needs)}. "
            f"Desirable: {award}.",
            f"Progression: with a year's service, post-holders may apply for {senior}, then "
            f"{leader}. Some move across to {lat1} posts or to the {service.lower()} team as "
            f"{_plural(lat2)}. Many previously worked for {came_from} as "
            f"{_plural(came.lower())}.",
            "Notes: pay ranges are full-time equivalent. Reuse under the Open Government Licence "
            "v3.0."]


# (the city, the state, the classification (the role), its class code, the related
#  classifications (the lateral post with a median, the official), the executive title, KSAs
#  (skills), the certifications (`optional`), the second lateral post, the two trades moved
#  in from)
_PRUS = (
    ("City of Cedar Hollow", "Oregon", "Plumbing Inspector", "4620", "Plans Reviewer",
     "Chief Building Official", "Building Services Director",
     ("Knowledge of the plumbing code", "Inspection techniques", "Reading of blueprints",
      "Conflict resolution"),
     ("Oregon Plumbing Inspector certification", "ICC Residential Plumbing Inspector"),
     "Backflow Program Specialist", ("Plumber", "Pipefitter")),
    ("City of Sable Point", "Washington", "Water Quality Technician", "5130",
     "Laboratory Analyst", "Water Quality Manager", "Utilities Director",
     ("Knowledge of sampling procedures", "Laboratory safety", "Data entry",
      "Customer service"),
     ("Water Distribution Manager 1 certificate", "Cross-Connection Control Specialist"),
     "Water Treatment Operator", ("Lab assistant", "Water meter reader")),
)


def _prus(rng: random.Random, g: Guide) -> list[str]:
    """A US city's position classification and pay register: header, classification codes,
    FLSA and union lines, related links and data notes (chrome), a level table of the role's
    classification (I/II/III: the role at each level, with step-1 to top-step ranges and the
    incumbents' medians, points), the Senior title's row (the role's at Senior), related
    classifications (a range and median theirs, an official's range theirs, an executive's
    "by negotiation" nothing), certification and standby pay (no pay), KSAs (skills),
    certifications (`optional`), a ladder, lateral moves and moves in."""
    (city, state, job, code, lateral, official, executive, needs, certs, lat2,
     (came1, came2)) = rng.choice(_PRUS)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[job, senior, official], transitions=[lateral, lat2],
           moves_in=[came1, came2])
    g.employers.append(city)
    _facts(g, _known(needs), [], [], list(certs))
    step1 = rng.randrange(56000, 64000)
    levels = []
    for roman in ("I", "II", "III"):
        top = round(step1 * 1.215)
        median = rng.randrange(step1 + 500, top - 500)
        levels.append((f"{job} {roman}", step1, top, rng.randint(2, 9), median))
        _salary(g, step1, top, "USD", level=f"{job} {roman}")
        _salary(g, median, median, "USD", point=True, level=f"{job} {roman}")
        step1 = round(step1 * rng.uniform(1.09, 1.11))
    s_low = round(levels[2][1] * 1.1)
    s_range = (s_low, round(s_low * 1.215))
    _salary(g, *s_range, "USD", level="Senior")
    l_low = round(levels[1][1] * 1.13)
    l_range = (l_low, round(l_low * 1.215))
    l_median = rng.randrange(l_range[0] + 500, l_range[1] - 500)
    _salary(g, *l_range, "USD", belongs_to=lateral)
    _salary(g, l_median, l_median, "USD", point=True, belongs_to=lateral)
    o_low = round(s_range[1] * 1.05)
    o_range = (o_low, round(o_low * 1.3))
    _salary(g, *o_range, "USD", belongs_to=official)
    cert_pay = rng.choice((75, 100, 150))
    standby = rng.choice((2.5, 3.0))
    g.must_not_appear += ["Position Classification and Pay Register", "Incumbents",
                          "Median actual", "FLSA", "standby pay", "Related links", executive]
    rows = [(t, f"{code}{i}", f"{lo:,}", f"{hi:,}", str(n), f"{m:,}")
            for i, (t, lo, hi, n, m) in enumerate(levels, 1)]
    rows += [(senior, f"{code}4", f"{s_range[0]:,}", f"{s_range[1]:,}", "3", "—"),
             (lateral, f"{int(code) + 10}", f"{l_range[0]:,}", f"{l_range[1]:,}", "4",
              f"{l_median:,}"),
             (official, f"{int(code) + 90}", f"{o_range[0]:,}", f"{o_range[1]:,}", "1", "—"),
             (executive, "9010", "by negotiation", "—", "1", "—")]
    return [f"{city}, {state} · Human Resources",
            "Position Classification and Pay Register (FY 2026–27)",
            f"Classification: {job} (series {code}) · FLSA: non-exempt · Represented: AFSCME",
            "",
            "Classification | Class code | Step 1 | Top step | Incumbents | Median actual",
            *(" | ".join(r) for r in rows),
            "",
            f"Certification pay: ${cert_pay} a month per additional certification; standby pay "
            f"${standby:.2f}/hour when on call.",
            "",
            f"Summary: {_an(job)} inspects and tests work in the field and keeps records.",
            "Knowledge, skills and abilities: " + "; ".join(needs) + ".",
            "Minimum qualifications: " + "; ".join(certs) + " within 12 months.",
            "",
            f"Career progression: incumbents may compete for {senior} and later {official}; "
            f"some move laterally to {lateral} or have gone to {lat2}. Most came with experience "
            f"as {_an(came1.lower())} or {_an(came2.lower())}.",
            "",
            "Related links: Job openings · Labor agreements · Salary schedules",
            "Data notes: ranges are annual; medians are of current incumbents."]


# --------------------------------------------------------------------------------------
# A grading-appeal outcome for one post
# --------------------------------------------------------------------------------------
# (the council, the post (the role), the two comparators (the rung above, the lateral
#  post), the supervisor at the top, the evidence accepted (skills), the duties (`optional`),
#  the tickets (`optional`), the move in and where from)
_GAPANEL = (
    ("Holmbury Borough Council", "Refuse Collector",
     ("Refuse Driver", "Street Cleansing Operative"),
     "Waste Services Supervisor",
     ("manual handling", "safe reversing assistance", "route knowledge", "public contact"),
     ("collecting bins on set rounds", "reporting contaminated recycling"),
     ("LGV Category C licence",), "Warehouse operative", "logistics firms"),
    ("Bramford District Council", "Cemetery Operative", ("Cemetery Charge Hand", "Arborist"),
     "Bereavement Services Supervisor",
     ("safe use of excavators", "grave shoring", "mowing", "dealing with bereaved families"),
     ("preparing graves", "maintaining memorial grounds"),
     ("CPCS excavator ticket",), "Groundworker", "building contractors"),
)


def _gapanel(rng: random.Random, g: Guide) -> list[str]:
    """A council's job-evaluation appeal panel outcome notice: header, marking, reference,
    appellants, panel, numbered headings, further-appeal line and signature (chrome), the
    original grade range and the grade on appeal (both the role's at those grades), a factor
    score strip (factor names are no skills), the evidence accepted (skills), duties
    (`optional`), the comparators' grade ranges (theirs), back pay and pay protection (no
    pay), a ladder, a lateral move and a move in."""
    (council, job, (comp1, comp2), sup, evidence, duties, tickets, came,
     came_from) = rng.choice(_GAPANEL)
    occupy(g, job, ladder=[job, comp1, sup], transitions=[comp2], moves_in=[came])
    g.employers.append(council)
    _facts(g, list(evidence), [], [], [*tickets, *duties])
    grade = rng.randint(2, 4)
    low = rng.randrange(23500, 24500)
    bands = [(low, low + rng.randrange(300, 500))]
    for _ in range(3):
        start = bands[-1][1] + rng.randrange(300, 700)
        bands.append((start, start + rng.randrange(700, 1500)))
    _salary(g, *bands[0], "GBP", level=f"Grade {grade}")
    _salary(g, *bands[1], "GBP", level=f"Grade {grade + 1}")
    _salary(g, *bands[2], "GBP", belongs_to=comp1)
    _salary(g, *bands[3], "GBP", belongs_to=comp2)
    back = int(_no_pay(g, rng.randrange(600, 1400), 7))
    ref = f"JE/{rng.randint(100, 999)}/26"
    g.must_not_appear += ["OFFICIAL", ref, "Mental Skills", "Physical Demands",
                          "Working Conditions", "back pay", "Chair of the panel"]
    scores = " | ".join(f"{f} {rng.randint(2, 6)}" for f in (
        "Knowledge", "Mental Skills", "Interpersonal Skills", "Physical Skills",
        "Physical Demands", "Responsibility for Physical Resources", "Working Conditions"))
    return ["OFFICIAL",
            f"{council} — Human Resources",
            "JOB EVALUATION APPEAL PANEL — OUTCOME NOTICE",
            f"Reference: {ref}    Heard: {rng.randint(2, 26)} November 2026    Status: Final",
            f"Post: {job} (Neighbourhood Services)    Appellants: {rng.randint(3, 19)} "
            "post-holders and their UNISON representative",
            "",
            "1. Background",
            f"The post of {job} was evaluated at Grade {grade} ({_gbp(bands[0][0])} – "
            f"{_gbp(bands[0][1])}) under the NJC Job Evaluation Scheme.",
            "",
            "2. Factor scores on appeal",
            scores,
            "",
            "3. The job as found",
            f"{_plural(job)} are employed in {duties[0]} and {duties[1]}. The panel accepted "
            f"evidence of {_prose_list(evidence)}. Some hold the {tickets[0]}.",
            "",
            "4. Decision",
            f"The appeal is upheld: the post is regraded to Grade {grade + 1} "
            f"({_gbp(bands[1][0])} – {_gbp(bands[1][1])}). The panel compared the {comp1} "
            f"(Grade {grade + 2}, {_gbp(bands[2][0])} – {_gbp(bands[2][1])}) and the {comp2} "
            f"(Grade {grade + 3}, {_gbp(bands[3][0])} – {_gbp(bands[3][1])}) posts. Back pay of "
            f"about {_gbp(back)} each is due from 1 April 2026; pay protection does not apply.",
            "",
            "5. Career note",
            f"The usual route is {job} → {comp1} → {sup}. Several have moved across to {comp2} "
            f"posts; many joined the council from {came_from} as {_plural(came.lower())}.",
            "",
            "6. Further appeal: none; a grievance may be raised within 20 working days.",
            f"Signed: Chair of the panel, {rng.choice(('Priya Nandra', 'Owen Tolley'))}"]


# (the trust, the academy (`optional`), the post (the role), two aliases, the
#  abbreviation, the benchmark roles (the lower one and the trust post above), the top post,
#  the areas now covered (skills), the central post (a lateral move), the two moves in)
_GALETTER = (
    ("Fenwold Learning Trust", "Ashcombe Primary Academy", "School Data Manager",
     ("MIS Manager", "Data and Exams Manager"), "SDM", ("Data Officer", "Trust Data Lead"),
     "Director of Education Systems",
     ("MIS administration", "assessment data analysis", "census returns", "exams entries"),
     "Trust Systems Analyst", ("Admin officer", "Exams officer")),
    ("Copperdale Schools Trust", "Millbrook Junior Academy", "School Premises Manager",
     ("Site Manager", "Site Team Leader"), "SPM", ("Site Assistant", "Trust Estates Lead"),
     "Director of Estates",
     ("contractor management", "health and safety compliance", "budget monitoring",
      "legionella control"),
     "Trust Compliance Officer", ("Caretaker", "Maintenance technician")),
)


def _galetter(rng: random.Random, g: Guide) -> list[str]:
    """A trust's grading-review outcome letter in an HR case system: the system bar, the
    logged-in line, case status and SLA, buttons, audit trail and cut related documents
    (chrome), the post "(also titled A or B)" with its abbreviation (aliases), the current
    grade range (the role's), a benchmark table (the lower role's and the trust post's
    ranges theirs, the role's own row its own again), the areas accepted (skills), the new
    grade (the role's) and its next pay point (the role's), an honorarium (no pay), up moves,
    a lateral move, moves in and the education sector."""
    (trust, academy, job, (alias1, alias2), abbr, (lower, above), top, areas, central,
     (came1, came2)) = rng.choice(_GALETTER)
    occupy(g, job, leads=[above, top], transitions=[central], moves_in=[came1, came2])
    _spell(g, alias1, alias2, abbr)
    g.employers.append(trust)
    _facts(g, list(areas), [], ["Education"], [academy])
    grade = rng.randint(6, 8)
    cur = (rng.randrange(30000, 33000), 0)
    cur = (cur[0], cur[0] + rng.randrange(2500, 4000))
    new = (cur[1] + rng.randrange(600, 1200), 0)
    new = (new[0], new[0] + rng.randrange(3000, 4500))
    point = rng.randrange(new[0] + 300, new[1] - 300)
    low_r = (cur[0] - rng.randrange(5000, 7000), cur[0] - rng.randrange(2000, 3000))
    above_r = (new[1] + rng.randrange(1000, 2000), new[1] + rng.randrange(5000, 7000))
    _salary(g, *cur, "GBP", level=f"Grade {grade}")
    _salary(g, *new, "GBP", level=f"Grade {grade + 1}")
    scp = f"SCP {rng.randint(24, 30)}"
    _salary(g, point, point, "GBP", level=scp)
    _salary(g, *low_r, "GBP", belongs_to=lower)
    _salary(g, *above_r, "GBP", belongs_to=above)
    honorarium = int(_no_pay(g, rng.randrange(1200, 2400, 100), 100))
    case = f"GR-{rng.randint(1000, 9999)}"
    g.must_not_appear += ["PeopleDesk HR", "Logged in as", case, "Audit trail", "Download PDF",
                          "Related documents", "honorarium"]
    return [f"PeopleDesk HR | Cases | {case} | Logged in as HR Business Partner",
            "Status: Closed — outcome issued · SLA met · [Download PDF] [Print] [Send]",
            "",
            f"Dear {rng.choice(('Ms Lane', 'Mr Okafor', 'Mrs Whitby'))},",
            f"Grading review: {job} ({abbr}), {academy}",
            f"Your post of {job} (also titled {alias1} or {alias2}) is currently graded Grade "
            f"{grade}, {_gbp(cur[0])} – {_gbp(cur[1])} (FTE).",
            "",
            "Benchmark roles considered",
            "Role | Grade | FTE range",
            f"{lower} | Grade {grade - 2} | {_gbp(low_r[0])} – {_gbp(low_r[1])}",
            f"{job} | Grade {grade} | {_gbp(cur[0])} – {_gbp(cur[1])}",
            f"{above} | Grade {grade + 3} | {_gbp(above_r[0])} – {_gbp(above_r[1])}",
            "",
            "The panel accepted that the role now covers:",
            *(f"• {a}" for a in areas),
            "",
            "Outcome",
            f"The post is regraded to Grade {grade + 1}, {_gbp(new[0])} – {_gbp(new[1])} (FTE), "
            f"with your pay rising to {scp}, {_gbp(point)}, from 1 April 2027. The honorarium of "
            f"{_gbp(honorarium)} paid since January ends on that date.",
            "",
            "Development",
            f"{_plural(job)} in the trust have progressed to {above} posts and one is now our "
            f"{top}; another moved across to the central team as {central}. Most came into the "
            f"role as {_plural(came1.lower())} or {_plural(came2.lower())}.",
            "",
            f"Yours sincerely, {trust} HR — for all staff working in the education sector",
            "Audit trail: created · reviewed · outcome issued",
            f"Related documents: Job description {job} v3 · Panel no"]


(FAMILY46_RENDERERS, FAMILY46_LAYOUTS, FAMILY46_LADDER_LAYOUTS,
 FAMILY46_ALIAS_LAYOUTS) = variant_families({
    "serbianmt": {"plant": _rsplant, "shop": _rsshop},
    "lithuanianmt": {"office": _ltoffice, "factory": _ltfactory},
    "staffhandbook": {"uk": _hbuk, "us": _hbus},
    "coopmembers": {"uk": _couk, "us": _cous},
    "payregister": {"borough": _pruk, "city": _prus},
    "gradeappeal": {"panel": _gapanel, "letter": _galetter},
})
