"""Generator renderers for the six page families of held-back set 49 (Estonian postings ...).

Held-back set 49 showed six more kinds of page users bring: an Estonian job posting read
through a browser translator (a plant's posting with a "bruto" range and its "on hand" net, a
glued "About the employer…" and "We offer…", a trial-period rate and a shift leader's floor, or
an office posting with the employer's cost beside the gross, a Senior floor and the head's
range), an Albanian posting read through a translator (a salon's net pay in lek with its "old
lek" figure, a percentage of the services, the tip, the insured minimum wage and a trial day
rate, or a distributor's gross in lek with its net and euro equivalent and the 13th salary), a
compensation team's market pricing of one job (a US wiki memo with P25 / P50 / P75 and total
cash per level, min – mid – max ranges current and recommended, the incumbents' average and
comparators, or a UK HR system's job pricing request with quartiles, grade ranges, a London
median and "recruit at up to"), an interview feedback e-mail to an unsuccessful candidate (an
agency's mail from its applicant-tracking system with strengths and gaps, the budgeted range, a
Junior opening, a freelance pool's rate and the candidate's current pay, or an assessment-day
outcome with scored exercises, a band, another band's title and an agency's contract pool), a
student's informational-interview record about one occupation (a US career centre's form with
shorthand route notes and pay quoted loosely, or a UK notes-app page with grad-scheme,
3–5-year, Senior and Principal pay) and an employer's job-post draft in a board's posting editor
(a US review step with the board's pay insight, supplemental pay, an Apprentice rate and
suggested skill chips, or a Canadian draft with the market check, an internal note, an
unapplied AI suggestion and similar live postings).  These renderers write such pages from a
planned guide, two variants a family, about occupations that fit them (occupy()); every fact
the truth keeps is printed and what a style does not state is cleared: the "on hand" net, the
employer's cost, an Albanian net's old-lek figure and a gross's net and euro equivalent are the
same pay (no fact); the 13th salary, tips, a percentage of the services, the insured minimum
wage, quality, quarterly and result bonuses, supplements, compensations, stipends, honoraria,
sign-on bonuses, commission, allowances, premiums, discounts, tuition, cost estimates,
sponsorship budgets and featured-post fees stay out of the role's pay; total cash and the P25
and P75 columns give nothing, a survey's P50 or median is the role's point at its level and
region, a min – mid – max range is one band (the midpoint nothing), "recruit at up to …",
"only one offer in ten …", "rarely over …", "top 10% offer … or more" are one-sided (no
fact); trial-period rates are the role's own; the candidate's current pay belongs to the
candidate's current title and comparators, other bands, pools, internal notes' titles, other
jobs and similar postings of other titles keep their figures; idioms, local glosses,
licences, certificates, survey job matches, competitors, agencies, the board's title tips,
suggested-skill chips and an unapplied AI rewrite are `optional`.
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

__all__ = ["FAMILY49_ALIAS_LAYOUTS", "FAMILY49_LADDER_LAYOUTS", "FAMILY49_LAYOUTS",
           "FAMILY49_RENDERERS"]


def _usd(amount: float) -> str:
    """A dollar figure as US pages print it: "$62,000", "$24.50"."""
    return f"${amount:,.2f}" if not float(amount).is_integer() else f"${int(amount):,}"


def _unarticled(phrase: str) -> str:
    """A requirement's name without the article the sentence gives it ("the first aid
    certificate" -> "first aid certificate"): the optional fact as a reader names it."""
    first, _, rest = phrase.partition(" ")
    return rest if first.lower() in ("a", "an", "the") and rest else phrase


def _k(amount: int) -> str:
    """A yearly figure in thousands as notes shorten it: "85k"."""
    return f"{amount // 1000}k"


# --------------------------------------------------------------------------------------
# An Estonian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role), the Estonian name (an alias), the employer (printed "… OÜ", short),
#  town, county, what it makes, the field of activity (a sector), work tasks (`optional`),
#  requirements (skills), the second language (a skill, Estonian the first), the idiom and
#  its Estonian words (`optional`), the certificate (`optional`), the shift leader rung with
#  its gloss (`optional`) and the head, the lateral post, two moves in (the first with its
#  gloss, `optional`), two similar ads' titles and towns, the cut one, the breadcrumb)
_EEPLANT = (
    ("Sawmill operator", "Saeveski operaator", ("Kuusiku Puit OÜ", "Kuusiku Puit"), "Türi",
     "Järvamaa", "saws spruce and pine logs into building timber for Nordic house builders",
     "wood processing",
     ("feeding the logs to the band saw line and following the cutting list",
      "changing and sharpening the saw blades", "sorting the boards by the quality class"),
     (("work with a band saw line", ("Wravor", "Söderhamn")), "reading of a cutting list",
      ("using of measuring tools", ("tape measure", "moisture meter"))), "Russian",
     ("you are not afraid of the sawdust in your boots", "ei karda saepuru saapas"),
     "the first aid certificate", ("shift leader", "vahetuse vanem", "head of the sawmill"),
     "Drying kiln operator", (("Forest machine operator", "metsamasina operaator"),
                              "Warehouse worker"),
     (("Forklift driver", "Paide"), ("Carpenter", "Viljandi")), "Log sorter",
     "Wood and forestry"),
    ("Injection moulding operator", "Survevaluoperaator", ("Tamme Plast OÜ", "Tamme Plast"),
     "Elva", "Tartumaa", "moulds plastic parts for the car and furniture makers of Finland and "
     "Sweden", "plastics industry",
     ("starting the moulding machines by the production plan",
      "checking the first parts of every batch against the sample",
      "packing the parts and marking the boxes"),
     (("work with injection moulding machines", ("Engel", "Arburg")),
      "reading of part drawings", ("use of measuring instruments", ("caliper", "micrometer"))),
     "English", ("you keep a cool head at a hot machine", "hoiad kuuma masina juures külma pead"),
     "a forklift licence", ("shift leader", "vahetuse juht",
                                           "production manager"),
     "Mould setter", (("Assembly worker", "koostaja"), "Packer"),
     (("Quality controller", "Tartu"), ("Toolmaker", "Põlva")), "Plastic welder",
     "Manufacturing"),
)


def _eeplant(rng: random.Random, g: Guide) -> list[str]:
    """A plant's posting on an Estonian job board through a translator: the translator bar,
    the board's menu, the cookie line with *küpsised*, breadcrumb, views, ad number, buttons,
    headings, contact and a cut similar ad (chrome), the title in capitals with its Estonian
    name (the role; an alias), "a – b € gross (bruto) a month" with the "on hand" net (the same
    pay), a glued "About the employer…" (employs) with "Field of activity:" (a sector), tasks
    (`optional`), requirements (skills; the idiom, its Estonian words and the certificate
    `optional`), a glued "We offerA steady …" with a quality bonus, a night supplement and a
    sports compensation (no pay) and the trial period's rate (at Trial period), moves in, a
    lateral move, a ladder with the shift leader's floor (theirs), the board's average for
    Estonia (a point), half of the offers (the role's), a one-sided share (no fact) and two
    similar ads (theirs)."""
    (job, local, (printed, short), town, county, what, field, tasks, needs, lang2,
     (idiom, idiom_et), cert, (rung, gloss, head), lateral, ((came1, came_gloss), came2),
     ((s1, t1), (s2, t2)), cut, category) = rng.choice(_EEPLANT)
    up = _cap(rung)
    occupy(g, job, ladder=[job, up, _cap(head)], transitions=[lateral], moves_in=[came1, came2])
    _spell(g, local)
    _legal(g, printed, short)
    _facts(g, [*_skills(needs), "Estonian", lang2], [], [field],
           [idiom, idiom_et, cert, _unarticled(cert), gloss, came_gloss, *tasks])
    low = rng.randrange(1400, 1800, 50)
    high = low + rng.randrange(300, 500, 50)
    _salary(g, low, high, "EUR", period="month")
    trial = low - rng.randrange(60, 160, 20)
    _salary(g, trial, trial, "EUR", period="month", level="Trial period")
    floor = high + rng.randrange(150, 300, 50)
    _salary(g, floor, None, "EUR", period="month", belongs_to=up)
    average = low + rng.randrange(80, 200, 10)
    _salary(g, average, average, "EUR", period="month", point=True, region="Estonia")
    half = (trial - rng.randrange(50, 120, 10), high - rng.randrange(50, 150, 10))
    _salary(g, *half, "EUR", period="month")
    a1 = (low + rng.randrange(50, 150, 50), 0)
    a1 = (a1[0], a1[0] + rng.randrange(300, 500, 50))
    _salary(g, *a1, "EUR", period="month", belongs_to=s1)
    a2 = (low + rng.randrange(200, 350, 50), 0)
    a2 = (a2[0], a2[0] + rng.randrange(400, 600, 50))
    _salary(g, *a2, "EUR", period="month", belongs_to=s2)
    net = (int(_no_pay(g, round(low * 0.8, -1), 10)), int(_no_pay(g, round(high * 0.8, -1), 10)))
    sport = int(_no_pay(g, rng.choice((300, 350, 400)), 50))
    over = int(_no_pay(g, floor + rng.randrange(100, 300, 50), 50))
    site = rng.choice(("TööRada.ee", "Palgaleht.ee"))
    contact = rng.choice(("Kersti Mägi, HR specialist", "Tõnu Saar, production manager"))
    g.must_not_appear += [site, "küpsised", "Kuulutuse nr", contact, "Similar ads", category,
                          f"About the employer{printed}", "We offerA steady salary",
                          f"{cut} · Pärnu · from 1 4"]
    return ["Translated by Google · Estonian → English · See the original · Turn off for "
            "this site   ✕",
            f"{site}   Jobs   Firms   Pay check   Tips   Post a job   Log in   EST | ENG | RUS",
            "Cookies (küpsised) help us to make the site better.   [Nõustun]   [Settings]",
            f"Home › Jobs › {category} › {county}",
            f"{job.upper()} ({local})",
            f"{printed}  ·  {town}, {county}  ·  Shift work",
            f"Posted {rng.randint(10, 28)}.11.2026  ·  Apply by {rng.randint(10, 28)}.12.2026"
            f"  ·  Viewed {rng.randint(150, 900)} times  ·  Kuulutuse nr "
            f"{rng.randint(2000000, 2999999)}",
            f"Salary: {_fr(low)} – {_fr(high)} € gross (bruto) a month",
            f"(about {_fr(net[0])} – {_fr(net[1])} € on hand, once income tax and jobless "
            "insurance are taken off)",
            "☆ Save   ↗ Share   ⚑ Report",
            f"About the employer{printed} {what}. Field of activity: {field}. "
            f"{rng.randint(40, 160)} workers.",
            "Work tasks:",
            *(f"• {t}" for t in tasks),
            "Requirements for the candidate:",
            *(f"• {_item(n)}" for n in needs),
            f"• Estonian or {lang2} language for the daily talk",
            f"• {idiom} ({idiom_et}) – this we value most",
            f"• {cert} is a plus",
            "We offerA steady salary on time and a quality premium each quarter",
            "• night work paid +25% on top",
            f"• sport costs refunded up to {_fr(sport)} € per year",
            f"• during the 4-month trial period: {_fr(trial)} € gross a month",
            "Career in the company:",
            f"A good part of our operators began as {_an(came1.lower())} ({came_gloss}) or "
            f"{_an(came2.lower())} and learned the line here. Whoever learns the settings can "
            f"go across to the {lateral.lower()}. The road up: {job} → {up} ({gloss}) → "
            f"{_cap(head)}. The {rung} earns from {_fr(floor)} € gross.",
            f"Pay data ({site} palgainfo):",
            f"{job}, Estonia: average {_fr(average)} € gross a month "
            f"({rng.randint(30, 90)} answers)",
            f"Half of all offers fall between {_fr(half[0])} – {_fr(half[1])} €",
            f"Only one offer in ten goes above {_fr(over)} €",
            f"Contact: {contact}, tel. +372 5{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            "Similar ads:",
            f"{s1} · {t1} · {_fr(a1[0])} – {_fr(a1[1])} €",
            f"{s2} · {t2} · {_fr(a2[0])} – {_fr(a2[1])} €",
            f"{cut} · Pärnu · from 1 4",
            f"© 2026 {site}  ·  Rules  ·  Data protection  ·  Küpsised"]


# (the title (the role), the Estonian name (an alias), the employer (printed "… OÜ", short),
#  what it does, the area of activity (a sector), tasks (`optional`), the schooling
#  (`optional`), expectations (skills), the third language (a skill), the idiom and its
#  Estonian words (`optional`), three moves in (the last with its gloss, `optional`), the
#  head with its gloss (`optional`), the lateral post, a similar ad, the cut one, the one on
#  commission (`optional`), the breadcrumb)
_EEOFFICE = (
    ("Payroll accountant", "Palgaarvestaja", ("Lõuna Arvestus OÜ", "Lõuna Arvestus"),
     "keeps the books and the payroll of 300 small firms in Tallinn and Harjumaa since 2009",
     "accounting services",
     ("calculating the salaries, holiday pay and sick pay of the client firms",
      "submitting the TSD declarations to the tax board every month",
      "answering the questions of the client firms' staff"),
     "vocational or higher education in accounting",
     ("knowledge of the Employment Contracts Act", ("payroll software", ("Merit Palk",
                                                                           "Directo")),
      "MS Excel"), "Russian",
     ("you count the money twice and sleep well", "loed raha kaks korda"),
     ("Bank clerk", "Office administrator", ("Tax officer", "maksuametnik")),
     ("Head of the payroll department", "palgaosakonna juht"), "HR specialist",
     "Chief accountant", "Accountant", "Debt collector", "Finance and accounting"),
    ("Freight planner", "Veoplaneerija", ("Põhja Vedu OÜ", "Põhja Vedu"),
     "plans the truck freight between Estonia, Finland and Poland since 2004",
     "road freight forwarding",
     ("planning the routes of 40 trucks", "preparing the CMR documents and the invoices",
      "keeping the contact with the drivers and the clients"),
     "secondary or higher education",
     (("transport management software", ("Transporeon", "Trimble")),
      "knowledge of the CMR convention", "MS Excel"), "Finnish",
     ("you keep many balls in the air", "hoiad mitut palli õhus"),
     ("Truck driver", "Warehouse worker", ("Dispatcher", "dispetšer")),
     ("Head of the logistics department", "logistikaosakonna juht"), "Customs specialist",
     "Freight forwarder", "Warehouse manager", "Freight sales agent", "Transport and logistics"),
)


def _eeoffice(rng: random.Random, g: Guide) -> list[str]:
    """An office posting on an Estonian job board through a translator: the translator line,
    the board's menu, the cookie line with its Estonian buttons, breadcrumb, dates, buttons,
    headings, contact and the footer (chrome), "Title (Estonian name)" (the role; an alias),
    "a – b € bruto / month + result pay" with the employer's cost (the same pay), a glued
    "About us…" (employs) with "Area of activity:" (a sector), tasks and schooling
    (`optional`), expectations (skills; the idiom, its Estonian words and the licence
    `optional`), result pay, a car compensation per km and a sport compensation (no pay),
    three moves in, "X → Senior x → Head …" with the Senior floor (the role's, at Senior) and
    the head's range (theirs), a lateral move, the statistics under the Estonian name in
    Tallinn (a point), the range of offers (the role's), "Few offers exceed …" (no fact) and
    similar ads (one theirs, one cut, one on commission only)."""
    (job, local, (printed, short), what, field, tasks, school, needs, lang3, (idiom, idiom_et),
     (came1, came2, (came3, gloss3)), (head, head_et), lateral, sim, cut, commission,
     category) = rng.choice(_EEOFFICE)
    senior = f"Senior {job.lower()}"
    occupy(g, job, ladder=[job, _cap(senior), head], transitions=[lateral],
           moves_in=[came1, came2, came3])
    _spell(g, local)
    _legal(g, printed, short)
    _facts(g, [*_skills(needs), "Estonian", "English", lang3], [], [field],
           [school, idiom, idiom_et, gloss3, head_et, "driving licence B", commission, *tasks])
    low = rng.randrange(1600, 2000, 50)
    high = low + rng.randrange(300, 500, 50)
    _salary(g, low, high, "EUR", period="month")
    sen = high + rng.randrange(100, 250, 50)
    _salary(g, sen, None, "EUR", period="month", level="Senior")
    hd = (sen + rng.randrange(400, 700, 50), 0)
    hd = (hd[0], hd[0] + rng.randrange(400, 700, 50))
    _salary(g, *hd, "EUR", period="month", belongs_to=head)
    average = low + rng.randrange(120, 260, 10)
    _salary(g, average, average, "EUR", period="month", point=True, region="Tallinn")
    offers = (low - rng.randrange(100, 200, 50), high + rng.randrange(100, 300, 50))
    _salary(g, *offers, "EUR", period="month")
    a1 = (high + rng.randrange(50, 200, 50), 0)
    a1 = (a1[0], a1[0] + rng.randrange(400, 600, 50))
    _salary(g, *a1, "EUR", period="month", belongs_to=sim)
    cost = (int(_no_pay(g, round(low * 1.338), 1)), int(_no_pay(g, round(high * 1.338), 1)))
    few = int(_no_pay(g, hd[1] - rng.randrange(100, 300, 50), 50))
    site = rng.choice(("Tööpakkumised24.ee", "KarjääriKeskus.ee"))
    contact = rng.choice(("Liis Ots, HR partner", "Margus Kivi, managing director"))
    g.must_not_appear += [site, "küpsiseid", contact, "Similar ads", f"About us{printed}",
                          "Kandideeri", category]
    return ["This page has been translated from Estonian  ·  Original  ·  Never translate "
            "this site",
            f"{site}  ≡ Vacancies  Employers  Pay calculator  Articles  CV-keskus  Log in",
            "Cookies (küpsiseid) are used on this site. [Nõustun kõigiga]  [Ainult vajalikud]",
            f"Esileht / Vacancies / {category} / Tallinn",
            f"{job} ({local})",
            f"{printed} · Tallinn · Harju county · start in January · full-time",
            f"Posted 0{rng.randint(1, 9)}.12.2026 · Apply by {rng.randint(20, 31)}.12.2026 · "
            "Tööaeg: täistööaeg",
            f"Pay: {_fr(low)} – {_fr(high)} € bruto per month + performance pay",
            f"Employer's cost {_fr(cost[0])} – {_fr(cost[1])} € (the gross with the social "
            "tax on top)",
            "★ Add to favourites   ✉ Send to a friend   Print",
            f"About us{printed} {what}. Area of activity: {field}.",
            "Your tasks will be",
            *(f"- {t}" for t in tasks),
            "What we expect from you",
            f"- {school}",
            *(f"- {_item(n)}" for n in needs),
            f"- Estonian at a high level and English at a good level; {lang3} a plus",
            f"- {idiom} ({idiom_et})",
            "- driving licence B",
            "We offer",
            "- performance pay every half-year, by the clients' feedback",
            "- 0.30 € per km for the own car, and a health and sport compensation",
            "- 5 extra days of holiday",
            "Development with us",
            f"The post fits a former {came1.lower()}, {_an(came2.lower())} or "
            f"{_an(came3.lower())} ({gloss3}) who likes order. The usual road: {job} → "
            f"{_cap(senior)} → {head} ({head_et}). A {senior} earns from {_fr(sen)} € gross; "
            f"the {head.lower()} receives {_fr(hd[0])} – {_fr(hd[1])} € gross. Anyone drawn "
            f"to another side of the work can move over to the {lateral.lower()}.",
            f"Salary statistics ({site})",
            f"{local}, Tallinn: average {_fr(average)} € gross / month",
            f"Range of offers: {_fr(offers[0])} – {_fr(offers[1])} €",
            f"Few offers exceed {_fr(few)} €",
            f"Contact person: {contact}",
            "[Kandideeri]  ✉ Send to a friend",
            "Similar ads",
            f"{sim} · Tallinn · {_fr(a1[0])} – {_fr(a1[1])} €",
            f"{cut} · Tartu · 1 500 – 1 8",
            f"{commission} · Tallinn · commission",
            f"{site} © 2026 · Küpsised · Reeglid"]


# --------------------------------------------------------------------------------------
# An Albanian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role), the Albanian name and the board's other name (aliases), the salon
#  (employs), its quarter, what it is, the activity (a sector), duties (`optional`),
#  requirements (skills), the two languages (skills), the idiom and its Albanian words
#  (`optional`), the course (`optional`), the trainer rung with its gloss (`optional`), the
#  manager, the lateral post with its gloss (`optional`), two moves in (the second with its
#  gloss, `optional`), two similar jobs' titles and towns, the cut one)
_ALSALON = (
    ("Barber", ("Berber", "Men's hairdresser"), "Berberia Zotëri", "Blloku",
     "a barber shop for men with three chairs, open since 2017", "hair services for men",
     ("cutting and styling for the clients by appointment",
      "disinfecting the tools between clients",
      "selling the care products at the counter"),
     (("cutting with clippers", ("Wahl", "Andis")), "beard trimming", "hot towel shave",
      "hygiene and disinfection rules"), ("English", "Italian"),
     ("to have a light hand", "dorë të lehtë"), "certificate of a barber course",
     ("Barber trainer", "trajner"), "Shop manager", ("Tattoo artist", "tatuazhist"),
     ("Waiter", ("Tailor's helper", "ndihmës rrobaqepësi")),
     (("Hair colourist", "Fier"), ("Salon cashier", "Vlorë")), "Stylist"),
    ("Cosmetician", ("Kozmetiste", "Beautician"), "Studio Estetike Lule", "Pazari i Ri",
     "a studio of face care and waxing with two rooms, open since 2019", "beauty services",
     ("face cleaning and care treatments by the appointments",
      "waxing and eyebrow shaping", "keeping the cabins clean and the stock of products"),
     (("face treatments", ("peeling", "microdermabrasion")), "waxing", "threading",
      "skin type assessment"), ("English", "Greek"),
     ("to have a soft hand and a patient heart", "dorë e butë"),
     "diploma of a beauty school", ("Cosmetics trainer", "trajnere"), "Studio manager",
     ("Massage therapist", "masazhiste"),
     ("Shop assistant", ("Pharmacy assistant", "ndihmëse farmacie")),
     (("Nail technician", "Shkodër"), ("Make-up artist", "Korçë")), "Hair stylist"),
)


def _alsalon(rng: random.Random, g: Guide) -> list[str]:
    """A salon's posting on an Albanian job board through a translator: the translator line,
    the board's menu, the cookie line with *Pranoj*, breadcrumb, dates, views, code, buttons,
    headings, contact and a cut similar job (chrome), "Title (Albanian name)" (the role; an
    alias), "a – b lek net per month" (the role's) with its old-lek figure (the same pay) and a
    percentage of the services (no pay), a glued "About us…" (employs) with "Activity:" (a
    sector), numbered duties (`optional`), requirements (skills; the idiom, its Albanian words
    and the course `optional`), the tip and the insured minimum wage (no pay), the trial rate
    per day (at Trial period), moves in, "X → trainer → manager" with the manager's net range
    (theirs), a lateral move, the board's average under the other name for Albania (a point),
    most of the offers (the role's), "Very few offers go past …" (no fact) and similar jobs
    (theirs; one cut)."""
    (job, (local, other), salon, quarter, what, field, duties, needs, (lang1, lang2),
     (idiom, idiom_al), course, (trainer, trainer_al), manager, (lateral, lateral_al),
     (came1, (came2, came2_al)), ((s1, t1), (s2, t2)), cut) = rng.choice(_ALSALON)
    occupy(g, job, ladder=[job, trainer, manager], transitions=[lateral],
           moves_in=[came1, came2])
    _spell(g, local, other)
    _facts(g, [*_skills(needs), lang1, lang2], [salon], [field],
           [idiom, idiom_al, course, trainer_al, lateral_al, came2_al, *duties])
    low = rng.randrange(50, 65) * 1000
    high = low + rng.randrange(10, 18) * 1000
    _salary(g, low, high, "ALL", period="month")
    day = rng.randrange(12, 18) * 100
    _salary(g, day, day, "ALL", period="day", level="Trial period")
    mgr = (high + rng.randrange(12, 20) * 1000, 0)
    mgr = (mgr[0], mgr[0] + rng.randrange(15, 25) * 1000)
    _salary(g, *mgr, "ALL", period="month", belongs_to=manager)
    average = low - rng.randrange(2, 6) * 1000
    _salary(g, average, average, "ALL", period="month", point=True, region="Albania")
    most = (average - rng.randrange(8, 12) * 1000, high - rng.randrange(2, 6) * 1000)
    _salary(g, *most, "ALL", period="month")
    j1 = (low - rng.randrange(5, 10) * 1000, 0)
    j1 = (j1[0], j1[0] + rng.randrange(10, 16) * 1000)
    _salary(g, *j1, "ALL", period="month", belongs_to=s1)
    j2 = most[0] + rng.randrange(1, 4) * 1000
    _salary(g, j2, j2, "ALL", period="month", belongs_to=s2)
    minimum = int(_no_pay(g, 40_000, 1000))
    few = int(_no_pay(g, mgr[1] - rng.randrange(2, 8) * 1000, 1000))
    share = rng.choice((8, 10, 12))
    cut_line = f"{cut} · Tiranë · {_fr(rng.randrange(45, 60) * 1000)} – 7"
    site = rng.choice(("PunëNeTiranë.al", "Vende-Pune24.al"))
    contact = rng.choice(("Elira, 068 xxx xx 27 (Viber)", "Besnik, 069 xxx xx 90 (WhatsApp)"))
    g.must_not_appear += [site, "Pranoj", contact, "Similar jobs", f"About us{salon}",
                          "Beauty and care", cut_line]
    return ["Page translated · Albanian › English     Show the original     ✕",
            f"{site}   Jobs   Companies   Courses   Pay   Publish an ad   Hyr",
            "Cookies (\"biskota\") keep the site working.  [Pranoj]  [Cilësimet]",
            "Home » Jobs » Beauty and care » Tiranë",
            f"{job} ({local})  — we are hiring",
            f"{salon} · Tiranë, {quarter} · Kohë e plotë (full-time)",
            f"Posted 0{rng.randint(1, 9)}.12.2026 · Open until 0{rng.randint(1, 9)}.01.2027 · "
            f"Views {rng.randint(300, 1900)} · Kodi: PT-{rng.randint(10000, 99999)}",
            f"Pay: {_fr(low)} – {_fr(high)} lek net a month ({low * 10 // 1000} – "
            f"{high * 10 // 1000} thousand old lek) + a share of the services",
            "♡ Save   ⚑ Report ad   ↗ Share",
            f"About us{salon} is {what}. Activity: {field}. {rng.randint(5, 14)} employees.",
            "What the work is",
            *(f"{i}. {d}" for i, d in enumerate(duties, 1)),
            "Requirements (Kërkesat)",
            *(f"- {_item(n)}" for n in needs),
            f"- {lang1} or {lang2} for the foreign clients (a plus)",
            f"- {course} (a plus)",
            f"- {idiom} ({idiom_al})",
            "We offer (Ofrojmë)",
            f"- a fixed wage plus {share}% of every service you do",
            "- tips (bakshishi) are yours to keep",
            f"- social insurance paid on the minimum wage of {_fr(minimum)} lek",
            f"- a 2-week trial, paid {_fr(day)} lek a day",
            "Career with us",
            f"Some of our team started as {_an(came1.lower())} or as {_an(came2.lower())} "
            f"({came2_al}) and learned the work with us. The road in the salon: {job} → "
            f"{trainer} ({trainer_al}) → {manager}. The {manager.lower()} takes "
            f"{_fr(mgr[0])} – {_fr(mgr[1])} lek net. One of our colleagues went across to "
            f"tattoos and massage as {_an(lateral.lower())} ({lateral_al}).",
            f"Salaries in the profession ({site})",
            f"{other}, Albania: average {_fr(average)} lek net / month",
            f"Most offers: {_fr(most[0])} – {_fr(most[1])} lek",
            f"Very few offers go past {_fr(few)} lek",
            f"Write to {contact} — [Apliko]",
            "Similar jobs",
            f"{s1} · {t1} · {_fr(j1[0])} – {_fr(j1[1])} lek",
            f"{s2} · {t2} · {_fr(j2)} lek",
            cut_line,
            f"© 2026 {site} · Privatësia · Kushtet e përdorimit"]


# (the title (the role), the Albanian name (an alias), the distributor (printed "… sh.p.k.",
#  short), its town, what it does, the sector, responsibilities (`optional`), the degree and
#  the experience domain (`optional`), requirements (skills), the idiom and its Albanian words
#  (`optional`), the licence (`optional`), three moves in, the regional manager with its gloss
#  (`optional`), the lateral post, two similar jobs (one paid "+ bonus") and the cut one)
_ALTRADE = (
    ("Food sales representative", "Përfaqësues Shitjesh Ushqimore",
     ("Ushqime Adria sh.p.k.", "Ushqime Adria"), "Durrës",
     "brings pasta, oil and canned food from Italy and Greece to the shops of central "
     "Albania from a warehouse of 4 000 m²", "food distribution",
     ("visits to the shops and mini-markets of the zone, 15 – 20 a day",
      "taking the orders on the tablet", "following the payments of the clients"),
     "secondary or university education", "FMCG sales",
     (("sales software", ("SAP Business One",)), "negotiation", "MS Excel", "English"),
     ("you can sell sand in the desert", "shet rërë në shkretëtirë"),
     "driving licence category B",
     ("Shop assistant", "Delivery driver", "Cashier"),
     ("Regional sales manager", "menaxher rajoni"), "Export sales coordinator",
     (("Merchandiser", "Fier"), ("Warehouse clerk", "Durrës")), "Sales Supervisor"),
    ("Building materials salesperson", "Shitës Materialesh Ndërtimi",
     ("Mbështetja Ndërtim sh.p.k.", "Mbështetja Ndërtim"), "Elbasan",
     "sells cement, tiles, insulation and plumbing wholesale to builders in Elbasan and "
     "Tirana", "building materials trade",
     ("advising the builders and the families in the showroom",
      "preparing the offers and the invoices", "visiting the building sites of the clients"),
     "university education in construction or economics", "construction sales",
     (("reading of the building plans", ("AutoCAD",)), "negotiation", "MS Excel", "Italian"),
     ("you have a word of gold", "fjalë flori"),
     "driving licence category B",
     ("Construction worker", "Warehouse worker", "Shop assistant"),
     ("Sales manager", "menaxher shitjesh"), "Purchasing officer",
     (("Tile installer", "Tiranë"), ("Forklift operator", "Elbasan")), "Showroom Manager"),
)


def _altrade(rng: random.Random, g: Guide) -> list[str]:
    """A distributor's posting on an Albanian job board through a translator: the translator
    line, the board's menu, the cookie line with *Vazhdo*, breadcrumb, dates, views, buttons,
    headings, how to apply and a cut similar job (chrome), "TITLE (Albanian name)" (the role;
    an alias), "Paga bruto: a – b lekë / month" (the role's) with its net and euro equivalent
    (the same pay), "About the company …" (employs) with "Sector:" (a sector),
    responsibilities, degree, experience domain, idiom and licence (`optional`), requirements
    (skills), a company car, a quarterly bonus and the 13th salary (no pay), moves in, "X →
    Senior x → manager" with the manager's gross floor (theirs), a lateral move, the average
    net in Tirana (a point), "the majority between" for Albania (the role's band), "Rarely over
    …" (no fact) and similar jobs (theirs; one cut)."""
    (job, local, (printed, short), town, what, sector, duties, degree, domain, needs,
     (idiom, idiom_al), licence, (came1, came2, came3), (manager, manager_al), lateral,
     ((s1, t1), (s2, t2)), cut) = rng.choice(_ALTRADE)
    senior = f"Senior {job.lower()}"
    occupy(g, job, ladder=[job, _cap(senior), manager], transitions=[lateral],
           moves_in=[came1, came2, came3])
    _spell(g, local)
    _legal(g, printed, short)
    _facts(g, _skills(needs), [], [sector],
           [degree, domain, idiom, idiom_al, licence, manager_al, *duties])
    low = rng.randrange(80, 110) * 1000
    high = low + rng.randrange(15, 30) * 1000
    _salary(g, low, high, "ALL", period="month")
    floor = high + rng.randrange(25, 45) * 1000
    _salary(g, floor, None, "ALL", period="month", belongs_to=manager)
    average = low - rng.randrange(8, 15) * 1000
    _salary(g, average, average, "ALL", period="month", point=True, region="Tirana")
    major = (low - rng.randrange(15, 25) * 1000, high - rng.randrange(2, 8) * 1000)
    _salary(g, *major, "ALL", period="month", region="Albania")
    j1 = rng.randrange(50, 65) * 1000
    _salary(g, j1, j1, "ALL", period="month", belongs_to=s1)
    j2 = (rng.randrange(55, 70) * 1000, 0)
    j2 = (j2[0], j2[0] + rng.randrange(10, 20) * 1000)
    _salary(g, *j2, "ALL", period="month", belongs_to=s2)
    net = (int(_no_pay(g, round(low * 0.84, -3), 1000)),
           int(_no_pay(g, round(high * 0.84, -3), 1000)))
    euro = (int(_no_pay(g, round(low / 100, -1), 10)), int(_no_pay(g, round(high / 100, -1), 10)))
    rarely = int(_no_pay(g, floor + rng.randrange(10, 30) * 1000, 1000))
    site = rng.choice(("PunaShqip.al", "KarrieraJote.al"))
    g.must_not_appear += [site, "Vazhdo", "Similar jobs", f"hr@{short.split()[0].lower()}.al",
                          f"{cut} · Tiran", "Sales / Distribution"]
    return ["Translator: Albanian to English · Show the original · ✕",
            f"{site}    Find work    Firms    My CV    Career tips    Enter",
            "🍪 Cookies help us count visits. Vazhdo (Continue) ✓",
            f"Kreu › Punë › Sales / Distribution › {town}",
            f"{job.upper()} ({local}) – {town}",
            printed,
            f"Published {rng.randint(20, 30)}.11.2026 · Valid until {rng.randint(20, 30)}.12.2026"
            f" · {rng.randint(2, 4)} vacancies · Seen {rng.randint(500, 2500)} times",
            f"Paga bruto: {_fr(low)} – {_fr(high)} lekë / month",
            f"(≈ {_fr(net[0])} – {_fr(net[1])} lekë net, or roughly {_fr(euro[0])} – "
            f"{_fr(euro[1])} € gross)",
            "[Apliko tani]  [♡ Ruaj]",
            f"About the company {printed} {what}. Sector: {sector}.",
            "Responsibilities:",
            *(f"– {d}" for d in duties),
            "Requirements:",
            f"– {degree}",
            f"– experience in {domain} (1 year or more)",
            *(f"– {_item(n)}" for n in needs),
            f"– {idiom} ({idiom_al})",
            f"– {licence}",
            "We offer:",
            "– a company car with fuel, and a phone",
            "– a bonus each quarter for meeting the plan",
            "– a 13th salary every December (paga e 13-të)",
            "Growth:",
            f"We gladly take on people who worked as {_an(came1.lower())}, as "
            f"{_an(came2.lower())} or as {_an(came3.lower())}. The road at us: {job} → "
            f"{_cap(senior)} → {manager} ({manager_al}). A {manager.lower()} is paid from "
            f"{_fr(floor)} lekë bruto. A good seller can pass to the {lateral.lower()} post.",
            f"Pay for this job ({site})",
            f"{job}, Tirana: average {_fr(average)} lekë net",
            f"{job}, Albania: the majority between {_fr(major[0])} – {_fr(major[1])} lekë gross",
            f"Rarely over {_fr(rarely)} lekë",
            f"CV to hr@{short.split()[0].lower()}.al (Albanian or English); we reply to the "
            "shortlisted ones only.",
            "Similar jobs",
            f"{s1} · {t1} · {_fr(j1)} lekë + bonus",
            f"{s2} · {t2} · {_fr(j2[0])} – {_fr(j2[1])} lekë",
            f"{cut} · Tiran",
            f"© {site} · Kontakt · Privatësia"]


# --------------------------------------------------------------------------------------
# A compensation team's market pricing of one job
# --------------------------------------------------------------------------------------
# (the job (the role), its abbreviation and two older titles (aliases), the company (printed
#  "…, Inc.", short), what it does, the skills used for matching, the certificates
#  (`optional`), the peer group's two kinds of company (sectors), the survey job matches and
#  two competitors (`optional`), three feeders (moves in) and the military one (`optional`),
#  the manager (the ladder's top; a comparator), the other comparator (a lateral move too),
#  the second lateral post, the wiki space)
_USMEMO = (
    ("Manufacturing Engineer", "MfgE", ("Production Engineer", "Process Engineer"),
     ("Corliss Aerostructures, Inc.", "Corliss Aerostructures"),
     "machines and assembles wing ribs and fuselage brackets for commercial and defense aircraft",
     ("CNC programming", "GD&T", "Lean manufacturing", "PFMEA", ("CAD", ("SolidWorks",)),
      "Minitab"), ("Six Sigma Green Belt", "CMfgE"),
     ("aerospace suppliers", "precision machining"),
     ("Manufacturing Engineer 3", "Industrial Engineer II"), ("Halvern Aero", "Brixton Precision"),
     ("Machinist", "CNC Programmer", "Industrial Engineering Technician"),
     "Air Force aircraft maintainers", "Manufacturing Engineering Manager", "Quality Engineer",
     "Project Manager", "Operations Engineering"),
    ("Site Reliability Engineer", "SRE", ("Systems Operations Engineer", "DevOps Engineer"),
     ("Brightwater Payments, Inc.", "Brightwater Payments"),
     "runs the card-payment platform of 9,000 US merchants",
     ("Kubernetes", "Terraform", "Linux", "Incident response", ("Observability",
                                                               ("Prometheus", "Grafana")),
      "Python"), ("CKA", "AWS Solutions Architect Associate"),
     ("payments companies", "fintech lenders"),
     ("Site Reliability Engineer III", "Cloud Operations Engineer 2"),
     ("Coralpay", "Ledgerline"),
     ("Systems Administrator", "Network Administrator", "Software Engineer"),
     "Navy cryptologic technicians", "Infrastructure Engineering Manager",
     "Cloud Security Architect",
     "Solutions Architect", "Platform Engineering"),
)


def _usmemo(rng: random.Random, g: Guide) -> list[str]:
    """A US company's market-pricing memo on a wiki: the wiki menu, space breadcrumb, the
    author, viewers, requester, reviewer, reasons, survey names, sign-off boxes, attachments
    and a comment (chrome), "Market Pricing Memo — X (Job Code …)" (the role; the abbreviation
    and two older titles aliases), the company (employs), key skills (skills; certificates,
    survey job matches and competitors `optional`), the peer group (sectors), a flattened
    "P25 | P50 | P75 | Total cash P50" table per level (each P50 the role's point at its level,
    US national; the quartiles and total cash nothing), current "min – mid – max" ranges per
    level (the role's bands; the midpoints nothing), the incumbents' average base (a point),
    the recommended ranges (the role's), an on-call stipend, a bonus target and a cost
    estimate (no pay), two comparators (theirs), feeders with counts (moves in; the military
    one `optional`), an internal path (a ladder) and leavers' destinations (lateral moves)."""
    (job, abbr, (old1, old2), (printed, short), what, skills, certs, (sec1, sec2), matches,
     rivals, feeders, military, manager, comp, lateral2, space) = rng.choice(_USMEMO)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[job, senior, manager], transitions=[comp, lateral2],
           moves_in=list(feeders))
    _spell(g, abbr, old1, old2)
    _legal(g, printed, short)
    _facts(g, _skills(skills), [], [sec1, sec2], [*certs, *matches, *rivals, military])
    # (each median's hundreds never 0 or 5: no P50 may equal a range's midpoint)
    first = rng.randrange(66, 76)
    second = first + rng.randrange(12, 16)
    third = second + rng.randrange(13, 17)
    p50 = [t * 1000 + rng.choice((1, 3, 4, 6, 8, 9)) * 100 for t in (first, second, third)]
    levels = (f"{abbr} I (P1)", f"{abbr} II (P2)", f"Senior {abbr} (P3)")
    for i, point in enumerate(p50):
        _salary(g, point, point, point=True, level="Senior" if i == 2 else levels[i],
                region="US national")
    cur = []
    for i, point in enumerate(p50):
        low = (point // 1000 - rng.randrange(10, 14)) * 1000
        high = low + rng.randrange(20, 28) * 1000
        cur.append((low, (low + high) // 2, high))
        _salary(g, low, high, level="Senior" if i == 2 else levels[i][:-5])
    incumbents = cur[1][1] - rng.randrange(1, 4) * 1000 + rng.choice((150, 250, 450))
    _salary(g, incumbents, incumbents, point=True, level=levels[1][:-5])
    new2 = (cur[1][0] + rng.randrange(5, 8) * 1000, 0, 0)
    new2 = (new2[0], new2[0] + 14000, new2[0] + 28000)
    _salary(g, new2[0], new2[2], level=f"{abbr} II (P2-T)")
    new1 = (cur[0][0] + rng.randrange(3, 6) * 1000, 0, 0)
    new1 = (new1[0], new1[0] + 10000, new1[0] + 20000)
    _salary(g, new1[0], new1[2], level=f"{abbr} I")
    mgr = (cur[2][2] - rng.randrange(2, 6) * 1000, 0, 0)
    mgr = (mgr[0], mgr[0] + 20000, mgr[0] + 40000)
    _salary(g, mgr[0], mgr[2], belongs_to=manager)
    comp_median = p50[2] - rng.randrange(2, 5) * 1000 + 300
    _salary(g, comp_median, comp_median, point=True, belongs_to=comp)
    quart = [(int(_no_pay(g, p - rng.randrange(6, 9) * 1000 - 400, 100)),
              int(_no_pay(g, p + rng.randrange(7, 10) * 1000 + 300, 100)),
              int(_no_pay(g, p + rng.randrange(4, 9) * 1000 + 200, 100))) for p in p50]
    stipend = int(_no_pay(g, rng.choice((250, 300, 350)), 25))
    cost = int(_no_pay(g, rng.randrange(90, 140) * 1000 + 400, 100))
    author = rng.choice(("Kelsey Drummond", "Victor Almeida"))
    asker = rng.choice(("Rob Jessup", "Anika Shah"))
    code = f"{abbr.upper()}-{rng.randint(1000, 9999)}"
    g.must_not_appear += [author, asker, code, "People Team", "Confluence", "Comp Survey",
                          "HRBP"]
    counts = [rng.randint(4, 12) for _ in feeders]

    def band(r: tuple[int, int, int]) -> str:
        return " – ".join(_usd(v) for v in r)

    return ["Confluence   Recent ▾   Spaces ▾   Apps ▾   + Create   Search…        🔔 👤",
            f"People Team / Compensation / Job Pricing 2026 / {space}",
            f"Market Pricing Memo — {job} (Job Code {code})",
            f"Created by {author}, last updated Dec {rng.randint(1, 5)}, 2026 · 5 min read · "
            f"👁 {rng.randint(12, 60)} people viewed",
            "CONFIDENTIAL — People Leaders and HR only.",
            f"Requested by: {asker}, VP {space}",
            "1. Why this review",
            f"Two of our last four {abbr} offers were declined; both candidates went to "
            f"{rivals[0]} and {rivals[1]}. The business asks if our ranges still compete.",
            "2. The job as matched",
            f"{printed} {what}. The {job} (internal title; \"{old1}\" and \"{old2}\" in older "
            f"offer letters; {abbr} for short) owns its processes from quote to release.",
            f"Key skills used for matching: {', '.join(_item(s) for s in skills)}. "
            f"We left the certificates ({', '.join(certs)}) out of the match.",
            "3. Survey sources",
            f"Ridgeway Comp Survey 2026 (aged 3.5% to 1 Jan 2027). Peer group: "
            f"{rng.randint(12, 24)} companies ({sec1} and {sec2}).",
            f"Survey matches: \"{matches[0]}\" (good, weight 70%) | \"{matches[1]}\" (partial, "
            "weight 30%)",
            "4. Survey data (US national cut, aged to 1/1/2027)",
            "Level | P25 | P50 | P75 | Total cash at P50",
            *(f"{levels[i]} | {_usd(quart[i][0])} | {_usd(p50[i])} | {_usd(quart[i][1])} | "
              f"{_usd(quart[i][2])}" for i in range(3)),
            "Total cash adds overtime and the bonus at target; for reference only.",
            "5. Where we are",
            f"Current ranges (min – mid – max): {levels[0][:-5]} {band(cur[0])}; "
            f"{levels[1][:-5]} {band(cur[1])}; Senior {abbr} {band(cur[2])}.",
            f"Headcount: {rng.randint(15, 40)}. The {levels[1][:-5]} incumbents average "
            f"{_usd(incumbents)} base (compa-ratio 0.9{rng.randint(3, 8)}). Annual bonus "
            f"target 7%; on-call pay: {_usd(stipend)} per week on call.",
            "6. Recommendation",
            f"Re-slot {levels[1][:-5]} into grade P2-T: {band(new2)} (min – mid – max) from "
            f"Jan 1, 2027; lift the {levels[0][:-5]} range to {band(new1)}. "
            f"Senior {abbr} unchanged. Estimated cost: {_usd(cost)} a year.",
            f"For comparison only: {manager} range {band(mgr)}; {comp} median "
            f"{_usd(comp_median)} (Ridgeway).",
            "7. Talent flow",
            "Feeders (hires of the last 3 years): "
            + ", ".join(f"{f} ({n})" for f, n in zip(feeders, counts, strict=True))
            + f", {military} ({rng.randint(2, 6)}).",
            f"Internal path: {levels[0][:-5]} → {levels[1][:-5]} → {senior} → {manager}. Of "
            f"{rng.randint(9, 16)} leavers, 4 went to competitors, 3 became {_plural(comp)} "
            f"elsewhere and 2 moved to {lateral2} roles.",
            "8. Sign-off",
            "☐ HRBP   ☐ Finance   ☐ VP",
            f"Attachments: {code}_pricing.xlsx · survey_matches.pdf",
            "👍 Like  · 💬 2 comments  · Watch  · Share"]


# (the job (the role), the company (employs), its team, what the role does, the knowledge
#  needed (skills), the certificates (`optional`), the peer group (three sectors), two
#  survey jobs (`optional`), the grade letters, the comparators (a lateral move with its
#  median, the manager with its range), three entries (moves in), the second lateral post)
_UKPRICING = (
    ("Data Protection Analyst", "Hexham Mutual Insurance", "Legal & Privacy",
     "Handles subject access requests and breach reports, reviews DPIAs and keeps the records "
     "of processing up to date.",
     ("UK GDPR", "Data Protection Act 2018", "DPIAs", "subject access requests",
      ("data analysis", ("Excel", "OneTrust"))),
     ("BCS Practitioner Certificate in Data Protection", "CIPP/E"),
     ("general insurers", "building societies", "insurance brokers"),
     ("Privacy Analyst (Financial Services)", "Data Governance Officer"), (3, 4, 5),
     ("Information Security Analyst", "Data Protection Manager"),
     ("Complaints Handler", "Paralegal", "Customer Service Advisor"), "Risk Analyst"),
    ("Fraud Analyst", "Marlow Motor Finance", "Financial Crime",
     "Reviews alerts on new finance agreements, investigates suspected application fraud and "
     "reports to the Fraud Committee.",
     ("transaction monitoring", ("fraud detection systems", ("SAS Fraud Management",)), "SQL",
      "Proceeds of Crime Act", "case management"),
     ("ICA Certificate in Fraud Prevention", "CertFP"),
     ("motor finance lenders", "consumer credit firms", "challenger banks"),
     ("Fraud Analyst (Consumer Lending)", "Financial Crime Officer"), (2, 3, 4),
     ("AML Analyst", "Fraud Manager"),
     ("Collections Agent", "Underwriter", "Customer Service Advisor"), "Complaints Investigator"),
)


def _ukpricing(rng: random.Random, g: Guide) -> list[str]:
    """A UK firm's job pricing request in an HR system: the process breadcrumb, request and
    position numbers, requester, reward partner, status, survey names, process history and
    remarks (chrome), "Job Profile: X" (the role), the organisation (employs), the knowledge
    needed (skills; certificates and survey jobs `optional`), the peer group (sectors), a
    flattened "Lower quartile | Median | Upper quartile" table for X and Senior X (each
    median the role's point, national excl. London; the quartiles nothing), a London median
    (a point), grade ranges with midpoints (the role's bands at their grades; the midpoints
    nothing), comparators inside the firm (theirs), "Recruit … at up to …" (no fact), a bonus,
    car allowance and pension (no pay), typical entries (moves in), the progression (a
    ladder) and sideways moves (lateral moves)."""
    (job, firm, team, summary, knowledge, certs, sectors, surveys, grades, (comp, manager),
     entries, lateral2) = rng.choice(_UKPRICING)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[job, senior, manager], transitions=[comp, lateral2],
           moves_in=list(entries))
    _facts(g, _skills(knowledge), [firm], list(sectors), [*certs, *surveys])
    # (medians' hundreds never 0 or 5 and the grade ranges in whole thousands: no median
    # falls on a range's end or midpoint)
    hundreds = (1, 2, 3, 4, 6, 7, 8, 9)
    med = rng.randrange(36, 42) * 1000 + rng.choice(hundreds) * 100
    sen_med = (med // 1000 + rng.randrange(8, 12)) * 1000 + rng.choice(hundreds) * 100
    london = med + rng.randrange(6, 9) * 1000 + 500
    if london == sen_med:  # one figure is one fact: the London median would be lost (gen55)
        london += 1000
    _salary(g, med, med, "GBP", point=True, region="national excl. London")
    _salary(g, sen_med, sen_med, "GBP", point=True, level="Senior",
            region="national excl. London")
    _salary(g, london, london, "GBP", point=True, region="London")
    g1, g2, g3 = grades
    cur = ((med // 1000 - rng.randrange(5, 8)) * 1000, 0)
    cur = (cur[0], cur[0] + rng.choice((7, 9)) * 1000)  # odd spans: midpoints end in 500
    nxt = (cur[0] + rng.randrange(3, 5) * 1000, 0)
    nxt = (nxt[0], nxt[0] + rng.choice((9, 11)) * 1000)
    top = (nxt[1] - rng.randrange(1, 3) * 1000, 0)
    top = (top[0], top[0] + rng.randrange(9, 12) * 1000)
    _salary(g, *cur, "GBP", level=f"Grade {g1}")
    _salary(g, *nxt, "GBP", level=f"Grade {g2}")
    _salary(g, *top, "GBP", level="Senior")
    comp_med = nxt[0] + rng.randrange(1, 4) * 1000 + 200
    _salary(g, comp_med, comp_med, "GBP", point=True, belongs_to=comp)
    mgr = (top[1] + rng.randrange(1, 4) * 1000, 0)
    mgr = (mgr[0], mgr[0] + rng.randrange(12, 15) * 1000)
    _salary(g, *mgr, "GBP", belongs_to=manager)
    quart = [(int(_no_pay(g, m - rng.randrange(4, 6) * 1000 - 500, 100)),
              int(_no_pay(g, m + rng.randrange(5, 7) * 1000 + 200, 100))) for m in (med, sen_med)]
    mids = [(lo + hi) // 2 for lo, hi in (cur, nxt)]
    recruit = int(_no_pay(g, nxt[0] + (nxt[1] - nxt[0]) * 2 // 3, 500))
    reward = rng.choice(("Hannah Brierley", "Owen Pritchard"))
    req = f"JPR-{rng.randint(1000, 9999)}"
    g.must_not_appear += [reward, req, "Reward Partner", "Process history", "Oracle HCM",
                          "Thornbury Reward Survey", "Northgate Pay Club"]
    return [f"Oracle HCM  ▸ Approvals  ▸ Job Pricing  ▸ {req}        Print   Export   ⋯",
            f"PRICING REQUEST — closed {rng.randint(10, 30)}/11/2026, outcome e-mailed",
            f"Raised by: Head of {team}   Reward Partner: {reward}   Status: Completed",
            f"Organisation: {firm} — {team}",
            f"Positions: P-0{rng.randint(1000, 9999)} (vacant)   Job Profile: {job}   "
            f"Current Grade: {g1}",
            "Reason: two candidates turned down offers on pay; the remit has grown.",
            "Role summary (requester)",
            f"{summary} Knowledge needed: {_prose_list([_item(k) for k in knowledge])}. "
            f"Nice to have: {certs[0]} or {certs[1]}.",
            "Surveys used",
            f"• Thornbury Reward Survey 2026 — \"{surveys[0]}\": match 85%",
            f"• Northgate Pay Club 2026 — \"{surveys[1]}\": match 65%",
            f"Peer group: {sectors[0]}, {sectors[1]} and {sectors[2]} outside London.",
            "Base pay, national excl. London | LQ | Median | UQ",
            f"{job} | £{quart[0][0]:,} | £{med:,} | £{quart[0][1]:,}",
            f"{senior} | £{quart[1][0]:,} | £{sen_med:,} | £{quart[1][1]:,}",
            f"London (information only): {job} median £{london:,}",
            "Our ranges",
            f"Grade {g1} (current): £{cur[0]:,} – £{cur[1]:,} (midpoint £{mids[0]:,})",
            f"Grade {g2}: £{nxt[0]:,} – £{nxt[1]:,} (midpoint £{mids[1]:,})",
            f"Grade {g3} ({senior}): £{top[0]:,} – £{top[1]:,}",
            "Comparators in the firm",
            f"{comp} — Grade {g2}, median paid £{comp_med:,}",
            f"{manager} — Grade {g3 + 2}, £{mgr[0]:,} – £{mgr[1]:,}",
            "Decision",
            f"{job} moves from Grade {g1} to Grade {g2}, effective 1 January 2027. The vacancy "
            f"may be offered at up to £{recruit:,}. No change to bonus (up to 6%), pension (9% "
            "employer) or car allowance (none at this grade).",
            "Career framework note",
            f"Typical entry is from {_prose_list(list(entries))}. Progression: {job} → {senior} "
            f"→ {manager}. Sideways moves seen: {comp} and {lateral2}.",
            f"Process history  ▸  Started 0{rng.randint(1, 9)}/11/2026 · Approved by HR "
            "Director · Approved by Finance",
            "Remarks: \"Advertise the recruit-at figure, not the grade maximum.\"",
            "© 2026 Oracle · Privacy · Terms"]


# --------------------------------------------------------------------------------------
# An interview feedback e-mail to an unsuccessful candidate
# --------------------------------------------------------------------------------------
# (the role, its specialty (an alias "Role (Specialty)"), the agency (employs), its city and
#  description (`optional`), strengths (skills, with their descriptive clauses), gaps
#  (skills), the pool's title (owns its hourly rate), the feeder and the candidate's current
#  title (moves in), the ladder's top, the lateral post, two kinds of employer (sectors))
_USFEEDBACK = (
    ("Copywriter", "Brand & Content", "Tallowick & Reed", "Minneapolis",
     "independent brand and advertising agency",
     (("Headline writing", "your headlines were the sharpest in the pool"),
      ("Brand voice guidelines", "clear and easy to use"),
      ("Presenting your work", "calm and open to critique")),
     (("SEO writing", ("keyword research", "Semrush")), "Long-form content",
      ("Content management systems", ("WordPress",))),
     "Proofreader", ("Content Coordinator", "Journalist"), "Creative Director",
     "Content Strategist", ("consumer goods companies", "in-house marketing teams")),
    ("Video Editor", "Social & Short-form", "Northlight Story Co.", "Austin",
     "independent video production studio",
     (("Story structure", "your cuts had a clear beginning, middle and end"),
      ("Adobe Premiere Pro", "fast and tidy timelines"),
      ("Sound mixing", "clean and balanced")),
     (("Color grading", ("DaVinci Resolve",)), "Motion graphics",
      ("Media asset management", ("Frame.io",))),
     "Assistant Editor", ("Production Assistant", "Wedding Videographer"), "Post-Production "
     "Supervisor", "Motion Designer", ("streaming platforms", "in-house brand studios")),
)


def _usfeedback(rng: random.Random, g: Guide) -> list[str]:
    """A US agency's feedback e-mail sent from its applicant-tracking system: the mail
    toolbar, labels, sender line, the panel's names, signature and the ATS footer (chrome),
    "the X (Specialty) role" (the role; an alias), strengths with their clauses and gaps with
    tools in parentheses (skills), the budgeted range (the role's), a Junior opening (the
    role's at Junior), a freelance pool's hourly rate (theirs), an honorarium (no pay), where
    the designers came from (moves in), "grow from X to Senior X and then Y" (a ladder), a
    lateral move, two kinds of employer (sectors), the agency (employs; its description
    `optional`) and the candidate's current pay (their current title's)."""
    (job, spec, agency, city, kind, strengths, gaps, pool, (feeder, current), top, lateral,
     (sec1, sec2)) = rng.choice(_USFEEDBACK)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[job, senior, top], transitions=[lateral],
           moves_in=[feeder, current])
    _spell(g, f"{job} ({spec})")
    _facts(g, [*(s for s, _ in strengths), *_skills(gaps)], [agency], [sec1, sec2], [kind])
    low = rng.randrange(56, 68) * 1000
    high = low + rng.randrange(10, 15) * 1000
    _salary(g, low, high)
    junior = (low - rng.randrange(10, 14) * 1000, 0)
    junior = (junior[0], junior[0] + rng.randrange(5, 8) * 1000)
    _salary(g, *junior, level="Junior")
    rate = (rng.randrange(22, 28), 0)
    rate = (rate[0], rate[0] + rng.randrange(3, 6))
    _salary(g, *rate, period="hour", belongs_to=pool)
    now = junior[0] - rng.randrange(3, 6) * 1000
    _salary(g, now, now, belongs_to=current)
    fee = int(_no_pay(g, rng.choice((150, 200, 250)), 25))
    sender = rng.choice(("Tess Garrity", "Omar Lindqvist"))
    panel = rng.choice((("Ruby", "Cal"), ("Ines", "Marco")))
    person = rng.choice(("Jamie", "Priya"))
    g.must_not_appear += [sender, *panel, person, "Lever", "Unsubscribe", "⚠ Spam"]
    return ["Gmail   ≡   🔍 Search in mail        ⚙",
            "⬅  🗄 Archive  ⚠ Spam  🗑 Delete  ✉ Unread  📁 Move  🏷 Labels        "
            f"{rng.randint(2, 9)} of {rng.randint(300, 2000):,}   ‹  ›",
            f"Feedback on your application — {job} ({spec})    Inbox ×   Job hunt ×",
            f"{sender} ({agency}) <no-reply@hire.lever-mail.co>        Dec {rng.randint(1, 4)}, "
            "2026, 3:05 PM   ☆  ↩  ⋮",
            "to me ▾",
            f"Hi {person},",
            f"Thanks for all the time you gave us — the screening call, the test task and the "
            f"panel with {panel[0]} and {panel[1]}. I'm sorry to say we've offered the {job} "
            f"({spec}) role to another candidate. It was close, and you asked for detail, so "
            "here is what the panel wrote down.",
            "What impressed the panel",
            *(f"• {s} — {clause}." for s, clause in strengths),
            "Where the other candidate had the edge",
            *(f"• {_item(s)}." for s in gaps),
            "About pay",
            f"On pay: we had budgeted {_usd(low)} – {_usd(high)} for this role. There is also a "
            f"Junior {job} opening at {_usd(junior[0])} – {_usd(junior[1])}, though we suspect "
            f"it would feel like a step down for you. Our freelance {pool} pool pays "
            f"${rate[0]} – ${rate[1]} an hour, if you want to work with us on projects. (The "
            f"{_usd(fee)} honorarium for the test task is being paid separately.)",
            "A bit of context",
            f"{agency} is an {kind} in {city}; most of our team came to us from {feeder} "
            f"jobs or as {_plural(current)}. People here usually grow from {job} to "
            f"{senior} and then {top}, and a couple have moved over into {lateral} jobs. Your "
            f"strengths are in demand at {sec1} and {sec2}, so look there too. You said you "
            f"earn about {_usd(now)} as {_an(current)} today — your work is beyond that.",
            "We'd like to keep in touch for the next opening.",
            "Best,",
            sender.split()[0],
            f"{sender} | Talent Partner | {agency}",
            "Powered by Lever. Unsubscribe · Privacy Policy",
            "   ↩ Reply    ↪ Forward    😊"]


# (the role, its other name (an alias), the firm (printed "… Ltd", short), its department
#  and town, three exercises with their + and – notes (skills in the notes), the band, the
#  other band's title (a ladder rung), the agency (`optional`) and its pool's title (owns an
#  hourly rate), three moves in, the ladder's top, two lateral posts, two sectors and the
#  course (`optional`))
_IEFEEDBACK = (
    ("Regulatory Affairs Associate", "Regulatory Affairs Officer",
     ("Boyne Medtech Ltd", "Boyne Medtech"), "Regulatory Affairs", "Galway",
     (("Dossier review exercise", ("Technical documentation", "EU MDR"),
       ("Labelling checks",)),
      ("Competency interview", ("Risk management (ISO 14971)", "French"),
       ("Regulatory databases", "Post-market surveillance")),
      ("Presentation", ("Stakeholder communication",), ())),
     "Band 3", "Regulatory Affairs Specialist", "Shannon Talent",
     "Regulatory Documentation Assistant",
     ("Quality Technician", "Clinical Research Associate", "Laboratory Analyst"),
     "Regulatory Affairs Manager", ("Quality Assurance Associate", "Clinical Data Associate"),
     ("medical device manufacturers", "notified bodies"), "RAPS RAC certificate course"),
    ("Medical Information Associate", "Medical Information Officer",
     ("Lagan Pharma Services Ltd", "Lagan Pharma Services"), "Medical Affairs", "Cork",
     (("Enquiry handling exercise", ("Literature searching", "Embase"), ("Call logging",)),
      ("Competency interview", ("Pharmacovigilance reporting", "German"),
       ("CRM systems", "Veeva Vault")),
      ("Written response exercise", ("Scientific writing",), ())),
     "Band 2", "Medical Information Scientist", "Lee Recruitment",
     "Medical Information Call Handler",
     ("Pharmacist", "Nurse", "Pharmacy Technician"), "Medical Information Manager",
     ("Drug Safety Associate", "Medical Writer"),
     ("pharmaceutical companies", "medical communications agencies"),
     "ABPI Medical Information course"),
)


def _iefeedback(rng: random.Random, g: Guide) -> list[str]:
    """An Irish firm's assessment-day outcome e-mail: the Outlook toolbar, the requisition,
    sender line, the external-sender banner, the panel's names, signature, registration and
    confidentiality footer (chrome), "the X position (also called Y in some companies)" (the
    role; an alias), scored exercises with + and – notes naming skills (the exercise names
    nothing), the band's range (the role's at the band), a bonus and relocation (no pay), the
    other band's title with its range (theirs), an agency's contract pool (the agency
    `optional`, the pool's hourly rate theirs), moves in, a ladder, lateral moves, two
    sectors, the course (`optional`) and the firm (employs)."""
    (job, alias, (printed, short), dept, town, exercises, band, nxt, agency, pool, entries,
     manager, (lat1, lat2), (sec1, sec2), course) = rng.choice(_IEFEEDBACK)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[job, senior, nxt, manager], transitions=[lat1, lat2],
           moves_in=list(entries))
    _spell(g, alias)
    _legal(g, printed, short)
    skills = [s for _, plus, minus in exercises for item in (*plus, *minus) for s in
              ([item] if "(" not in item else [item.split(" (")[0],
                                               item.split("(")[1].rstrip(")")])]
    _facts(g, skills, [], [sec1, sec2], [agency, course])
    low = rng.randrange(34, 40) * 1000 + rng.choice((0, 500))
    high = low + rng.randrange(5, 8) * 1000
    _salary(g, low, high, "EUR", level=band)
    other = (high + rng.randrange(8, 12) * 1000, 0)
    other = (other[0], other[0] + rng.randrange(9, 13) * 1000)
    _salary(g, *other, "EUR", belongs_to=nxt)
    hourly = rng.randrange(36, 44) / 2
    _salary(g, hourly, hourly, "EUR", period="hour", belongs_to=pool)
    reloc = int(_no_pay(g, rng.choice((1500, 2000, 2500)), 250))
    person = rng.choice(("Ciara", "Declan"))
    panel = rng.choice(("Dr Orla Hegarty and Fionn Walsh", "Dr Seán Nolan and Gráinne Byrne"))
    sender = rng.choice(("Róisín Kavanagh", "Eoin Murphy"))
    req = f"Req. {short.split()[0][:3].upper()}-{rng.randint(1000, 9999)}"
    g.must_not_appear += [person, panel, sender, req, "outside the organisation",
                          "Registered in Ireland"]
    lines = ["Outlook    ✉ New   🗑   🗄 Archive   Report ▾   ↪ Move   ⋯",
             "Inbox · Focused                                         Sort ▾",
             f"{short} — Assessment day outcome ({req})",
             f"{short[:2].upper()}  {short} Careers <careers@{short.split()[0].lower()}.ie>"
             f"          Wed 0{rng.randint(1, 4)}/12/2026 10:{rng.randint(10, 59)}",
             f"    To: {person.lower()}@… ; Cc: Recruitment",
             "    ⚠ This e-mail came from outside the organisation.",
             f"Dear {person},",
             f"Thank you for coming to our assessment day for the {job} position (also called "
             f"{alias} in some companies) in our {dept} team in {town}. I'm afraid we are "
             "unable to offer you the post on this occasion.",
             f"Here is the panel's feedback ({panel}):"]
    for name, plus, minus in exercises:
        lines.append(f"{name} — {rng.randint(2, 5)} / 5")
        lines += [f"+ {p}: clear and accurate" if i else f"+ {p} — a real strength"
                  for i, p in enumerate(plus)]
        lines += [f"– Limited exposure to {m}" for m in minus]
    lines += ["Pay, and what happens next",
              f"The post was graded {band}, €{low:,} – €{high:,} a year, with a 5% bonus and "
              f"€{reloc:,} to help with relocation (neither would have applied here). Our {nxt} "
              "roles"
              f" (€{other[0]:,} – €{other[1]:,}) need about three years "
              "of experience.",
              f"With your consent we would pass your CV to {agency}, who run our contract "
              f"{pool} pool (paying €{hourly:.2f} an hour on 6-month contracts). Several of our "
              "permanent staff began in that pool.",
              f"Background: our associates usually join us as {_plural(entries[0])}, "
              f"{_plural(entries[1])} or {_plural(entries[2])}. Progression here is {job} → "
              f"{senior} → {nxt} → {manager}. A few colleagues have moved across into {lat1} "
              f"or {lat2} roles. {_cap(sec1)} and {sec2} hire for this profile all year, so "
              f"please keep going. Several successful applicants had done the {course}.",
              "Kind regards,",
              sender,
              f"Talent Acquisition | {printed}",
              f"Registered in Ireland No. {rng.randint(100000, 999999)} · {town}",
              "This e-mail is confidential. If you received it in error please tell the sender "
              "and delete it.",
              "Reply   Reply all   Forward"]
    return lines


# --------------------------------------------------------------------------------------
# A student's informational-interview record about one occupation
# --------------------------------------------------------------------------------------
# (the occupation (the role), the specialty, the credential (an alias), the employer
#  (employs), its unit, city and state, the degree route, the earlier job (a move in), the
#  classmates' job (a move in; owns an hourly range), skills, the survey, the other setting,
#  four sectors and the `optional` one, the manager rung, two lateral posts, the job she is
#  thinking about (`optional`))
_USINFO = (
    ("Audiologist", "Pediatric Audiology", "CCC-A", "Prairie Ridge Children's Hospital",
     "Hearing & Balance Center", "Omaha, NE", "Nebraska",
     ("BS communication disorders", "Au.D. (4 yrs)", "Praxis exam + fellowship year"),
     "Hearing Instrument Specialist", "Audiology Assistant",
     (("hearing aid fitting", ("Phonak", "Oticon")), "ABR testing", "real ear measurement",
      "counseling families", "Epic", "Spanish"), "ASHA salary survey",
     "industry audiologists (at hearing aid makers)",
     ("hospitals", "ENT practices", "school districts", "hearing aid manufacturers"),
     "VA clinics", "Audiology Manager", ("Clinical Education Specialist",
                                     "Cochlear Implant Specialist"), "University Lecturer"),
    ("Occupational Therapist", "Hand Therapy", "OTR/L", "Cedar Bluff Rehabilitation",
     "Outpatient Hand Clinic", "Des Moines, IA", "Iowa",
     ("BS kinesiology", "MOT (2.5 yrs)", "NBCOT exam"),
     "Rehabilitation Aide", "Occupational Therapy Assistant",
     ("splinting", "ADL training", "goniometry",
      ("documentation", ("WebPT",)), "Epic", "Spanish"), "AOTA workforce survey",
     "travel OTs (13-week contracts)",
     ("hospitals", "outpatient clinics", "skilled nursing facilities", "school districts"),
     "home health", "Rehabilitation Manager", ("Clinical Liaison", "Ergonomics Consultant"),
     "Clinical Instructor"),
)


def _usinfo(rng: random.Random, g: Guide) -> list[str]:
    """A US university career centre's informational-interview form: the portal menu, the
    form number, buttons, the student, advisor, interviewee, how they met, the typical day,
    advice, follow-ups, reflection and footer (chrome), "Job title: X II (Specialty)" and the
    credential (the role; aliases), the organization (employs), the shorthand route with an
    earlier job and the classmates' job (moves in), skills, pay quoted loosely (new grads in
    the state, a survey median nationally and the other setting the role's; the classmates'
    job's hourly range theirs; tuition no pay), where they work (sectors; one `optional`),
    "Senior X → Manager" (a ladder), lateral moves and what she is thinking about (no move;
    `optional`)."""
    (job, spec, cred, employer, unit, city, state, (deg1, deg2, exam), earlier, classmates,
     skills, survey, setting, sectors, some, manager, (lat1, lat2), thinking) = \
        rng.choice(_USINFO)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[job, senior, manager], transitions=[lat1, lat2],
           moves_in=[earlier, classmates])
    _spell(g, f"{job} II", cred)
    _facts(g, _skills(skills), [employer], list(sectors), [some, thinking, deg2, exam])
    new = (rng.randrange(68, 82) * 1000, 0)
    new = (new[0], new[0] + rng.randrange(8, 12) * 1000)
    _salary(g, *new, level="New graduate", region=state)
    median = new[1] + rng.randrange(4, 9) * 1000
    _salary(g, median, median, point=True, region="US (national)")
    other = (median + rng.randrange(3, 8) * 1000, 0)
    other = (other[0], other[0] + rng.randrange(15, 25) * 1000)
    _salary(g, *other)
    hourly = (rng.randrange(17, 24), 0)
    hourly = (hourly[0], hourly[0] + rng.randrange(3, 6))
    _salary(g, *hourly, period="hour", belongs_to=classmates)
    tuition = int(_no_pay(g, rng.randrange(40, 60) * 1000, 1000))
    student = rng.choice(("Emma Novak", "Lucas Ferreira"))
    advisor = rng.choice(("T. Abernathy", "J. Mwangi"))
    who = rng.choice(("Dana Whitfield", "Rosa Imani"))
    school = rng.choice(("Great Plains University", "Loess Hills University"))
    g.must_not_appear += [student, advisor, who, school, "Handshake", "Reflection"]
    return [f"{school} | Career Development Center     Dashboard  Book an appointment  "
            "Resources  Handshake ↗  Sign out",
            "Forms › Career Exploration › Informational Interview Log (CDC-7)       "
            "[Save] [Send to my advisor] [Print]",
            "INFORMATIONAL INTERVIEW LOG",
            f"Student: {student} (sophomore)    Advisor: {advisor}    Met: "
            f"11/{rng.randint(10, 28)}/2026 by video (30 minutes)",
            f"Interviewee: {who}, {cred}",
            f"Job title: {job} II ({spec})",
            f"Organization: {employer} — {unit}, {city}",
            "How I found them: alumni mentoring list + a cold email",
            "1. Her path into the field",
            f"- {deg1} → 1 yr as a {earlier.lower()} → {deg2} → {exam} → first job here",
            f"- most of her classmates worked as {_plural(classmates)} first — \"the best way "
            "in\"",
            "2. A typical day",
            "- 8–10 patients, some telehealth; testing, writing reports, calls with families",
            "3. Skills that matter most",
            *(f"- {_item(s)}" for s in skills),
            "4. Pay / outlook (she was very open!)",
            f"- new grads in {state} usually ${_k(new[0])}–${_k(new[1])}",
            f"- the {survey} median is about ${_k(median)} nationally",
            f"- {setting} often ${_k(other[0])}–${_k(other[1])}",
            f"- {classmates} jobs ~${hourly[0]}–{hourly[1]}/hr",
            f"- grad tuition was ~${_k(tuition)}/yr!! (look into graduate assistantships)",
            "5. Employers / settings",
            f"- {', '.join(sectors)}, some in {some}",
            "6. Where it leads",
            f"- {senior} → {manager}",
            f"- some move into {lat1} roles, or become {_an(lat2)}",
            f"- she's considering becoming {_an(thinking)} one day",
            "7. Her advice",
            "- shadow in a clinic; volunteer with children; take statistics and psychology",
            "Follow-up: ☑ thank-you note sent   ☐ ask about a shadow day   ☐ ask for a "
            "second contact",
            "Reflection (100 words): more talking with families than I expected...",
            f"Saved 11/{rng.randint(20, 29)}/2026  ·  © {school}"]


# (the occupation (the role), the specialty (an alias "Role (Specialty)"), the other name (an
#  alias), the employer (printed "… Ltd", short), its town, the graduate scheme's employer
#  (employs), what the work is, software and skills, the chartership (`optional`), two moves
#  in, the survey, two lateral posts, three sectors)
_UKINFO = (
    ("Hydrogeologist", "Groundwater Modelling", "Groundwater Engineer",
     ("Exe Valley Water Consultants Ltd", "Exe Valley Water Consultants"), "Exeter",
     "Severn Aquifer Services",
     ("pumping test analysis", "groundwater modelling", "borehole logging"),
     ("MODFLOW", ("GIS", ("ArcGIS", "QGIS")), "Python", "technical report writing"),
     "CGeol through the Geological Society", ("Geotechnical Engineer", "Environmental Scientist"),
     "CIWEM salary survey", ("Environmental Consultant", "Water Resources Planner"),
     ("water companies", "environmental consultancies", "mining companies")),
    ("Acoustic Consultant", "Building Acoustics", "Acoustician",
     ("Harrow & Pike Acoustics Ltd", "Harrow & Pike Acoustics"), "Bristol",
     "Kestrel Engineering",
     ("sound insulation testing", "noise surveys", "room acoustics design"),
     ("CadnaA", "Odeon", ("sound level meters", ("Norsonic", "Brüel & Kjær")),
      "technical report writing"),
     "the IOA Diploma", ("Sound Engineer", "Physics Teacher"),
     "IOA salary survey", ("Environmental Health Officer", "Noise Control Engineer"),
     ("engineering consultancies", "local authorities", "construction firms")),
)


def _ukinfo(rng: random.Random, g: Guide) -> list[str]:
    """A UK student's notes-app page about an informational chat: the app breadcrumb and
    toolbar, page header with tags, the interviewee, the careers scheme, action items and the
    app footer (chrome), "Who: name, X (Specialty), Employer" and "some firms call the same
    job Y" (the role; aliases), the route through a graduate scheme (its firm employs; the
    Graduate rung), colleagues who came across (moves in), what the work is (skills), the
    software (skills), pay by stage (grad schemes at Graduate, "with 3–5 yrs", Senior's floor,
    Principal's range, a survey median for the UK: the role's), "where it can lead" arrows (a
    ladder), sideways moves (lateral moves) and who employs them (sectors)."""
    (job, spec, other, (printed, short), town, scheme, work, software, charter,
     (came1, came2), survey, (lat1, lat2), sectors) = rng.choice(_UKINFO)
    grad, senior, principal = f"Graduate {job}", f"Senior {job}", f"Principal {job}"
    occupy(g, job, ladder=[grad, job, senior, principal, "Technical Director"],
           transitions=[lat1, lat2], moves_in=[came1, came2])
    _spell(g, other, f"{job} ({spec})")
    _legal(g, printed, short)
    _facts(g, [*(_cap(w) for w in work), *_skills(software)], [scheme], list(sectors),
           [charter])
    gs = (rng.randrange(26, 31) * 1000, 0)
    gs = (gs[0], gs[0] + rng.randrange(3, 6) * 1000)
    _salary(g, *gs, "GBP", level="Graduate")
    mid = (gs[1] + rng.randrange(4, 8) * 1000, 0)
    mid = (mid[0], mid[0] + rng.randrange(6, 9) * 1000)
    _salary(g, *mid, "GBP", level="3–5 years")
    sen = mid[1] + rng.randrange(3, 7) * 1000
    _salary(g, sen, None, "GBP", level="Senior")
    pri = (sen + rng.randrange(8, 12) * 1000, 0)
    pri = (pri[0], pri[0] + rng.randrange(10, 15) * 1000)
    _salary(g, *pri, "GBP", level="Principal")
    median = mid[0] + rng.randrange(2, 6) * 1000
    _salary(g, median, median, "GBP", point=True, region="UK")
    who = rng.choice(("Morwenna Tregear", "Isla Fenwick"))
    tutor = rng.choice(("Dr Pellow", "Dr Ashby"))
    g.must_not_appear += [who, tutor, "#careers", "backlinks", "Action points"]
    return [f"🗂 Notion    Uni ▸ Careers ▸ Chats ▸ {job} — {short}          Share   💬   🕘   "
            "☆   ···",
            f"☕ Chat notes — {job} @ {short}",
            f"Tags: #careers #placements #year2  · Created {rng.randint(3, 27)} Nov 2026 · "
            "Edited 2 hours ago",
            f"Who: {who}, {job} ({spec}), {printed}, {town} — 30 min video call, through the "
            "careers service's alumni scheme",
            f"Other firms call the same job {other}, she said.",
            "▾ How she got here",
            f"- MSc → 2-yr graduate scheme at {scheme} as a {grad} → moved to {short}",
            f"- working towards {charter} — \"five-ish years in is normal\"",
            f"- two colleagues came across from being {_plural(came1)}, one was "
            f"{_an(came2)}",
            "▾ What the work is",
            *(f"- {w}" for w in work),
            "- reports, reports, reports",
            "▾ Software she uses",
            *(f"- {_item(s)}" for s in software),
            "▾ £££ (she was very open)",
            f"- grad schemes £{_k(gs[0])}–£{_k(gs[1])}",
            f"- 3–5 yrs in: about £{_k(mid[0])}–£{_k(mid[1])}",
            f"- {senior}s £{_k(sen)}+ ; {principal}s in consultancies "
            f"£{_k(pri[0])}–£{_k(pri[1])}",
            f"- {survey}: median ~£{_k(median)} (UK)",
            "▾ Where it can lead",
            f"- {grad} → {job} → {senior} → {principal} → Technical Director",
            f"- sideways: {lat1}, or {lat2}",
            "▾ Who employs them",
            f"- {', '.join(sectors)}",
            "▾ Action points",
            f"- [ ] apply for the {scheme} summer placement",
            f"- [ ] ask {tutor} about a third-year project",
            "- [x] LinkedIn connect ✔",
            "＋ Property    💬 Comment    ⋯ 2 backlinks"]


# --------------------------------------------------------------------------------------
# An employer's job-post draft in a job board's posting editor
# --------------------------------------------------------------------------------------
# (the job (the role), the company (printed "… LLC", short), its industry (a sector), the
#  city, the board's title tip and other titles (`optional`), duties with the app
#  (`optional`), requirements (skills), the certificate (`optional`), the partners
#  (`optional`), the lead rung, the manager, the lateral post, three backgrounds (moves in),
#  suggested-skill chips not added (`optional`), another job at the company)
_USDRAFT = (
    ("Garage Door Technician", ("Bexley Overhead Door LLC", "Bexley Overhead Door"),
     "Home services", "Indianapolis, IN", "Overhead Door Technician",
     ("Garage Door Installer", "Door Tech"), "Housecall Pro",
     (("Spring and cable replacement", ("torsion", "extension")),
      ("Opener installation", ("LiftMaster", "Genie")),
      ("Electrical troubleshooting", ("multimeter",)), "Customer service"),
     "IDEA Door Dealer certification", ("Clopay", "Amarr"), "Crew Lead",
     "Operations Manager", "Sales Estimator", ("HVAC Technician", "Handyman", "Electrician"),
     ("Welding", "Carpentry", "Forklift"), "Customer Service Representative"),
    ("Pool Service Technician", ("Sunbelt Pool Care LLC", "Sunbelt Pool Care"),
     "Pool and spa services", "Tampa, FL", "Pool Technician",
     ("Pool Cleaner", "Pool Maintenance Tech"), "Skimmer",
     ("Water chemistry testing", ("Pump and filter repair", ("variable-speed pumps",
                                                             "cartridge filters")),
      "Salt system cleaning", "Customer service"),
     "CPO certification", ("Fluidra", "Pentair"), "Route Supervisor", "Branch Manager",
     "Equipment Sales Representative", ("Landscaper", "Maintenance Technician", "Lifeguard"),
     ("Plumbing", "Irrigation", "Forklift"), "Office Coordinator"),
)


def _usdraft(rng: random.Random, g: Guide) -> list[str]:
    """A US job board's posting editor at its review step: the employer menu, step bar,
    draft line, buttons, screening questions, the promotion offer with its daily sponsorship
    and the footer (chrome), "Job title * X" (the role), the board's title tip and other
    titles (`optional`), the company (employs; its partners `optional`) with "Industry:" (a
    sector), the pay field (the role's), the board's pay insight near the city (the role's,
    the city its region) with a one-sided "offering $N+" (no fact), supplemental pay and a
    401(k) match (no pay), requirements (skills; the certificate and the app `optional`),
    the Apprentice rate (the role's at Apprentice), a ladder, a lateral move, ideal
    backgrounds (moves in), suggested skill chips (`optional`) and other jobs at the company
    (one theirs with its rate)."""
    (job, (printed, short), industry, city, tip, others, app, needs, cert, partners, lead,
     manager, lateral, backgrounds, chips, other_job) = rng.choice(_USDRAFT)
    occupy(g, job, ladder=[job, lead, manager], transitions=[lateral],
           moves_in=list(backgrounds))
    _legal(g, printed, short)
    _facts(g, _skills(needs), [], [industry], [tip, *others, app, cert, *partners, *chips])
    low = rng.randrange(20, 25)
    high = low + rng.randrange(6, 9)
    _salary(g, low, high, period="hour")
    typical = (low + rng.randrange(1, 3), high + rng.randrange(2, 4))
    _salary(g, *typical, period="hour", region=city)
    appr = (low - rng.randrange(5, 7), 0)
    appr = (appr[0], appr[0] + rng.randrange(2, 4))
    _salary(g, *appr, period="hour", level="Apprentice")
    csr = appr[0] + rng.randrange(0, 2) + 0.5
    _salary(g, csr, csr, period="hour", belongs_to=other_job)
    offering = int(_no_pay(g, typical[1], 1))
    sign_on = int(_no_pay(g, rng.choice((750, 1000, 1500)), 250))
    tools = int(_no_pay(g, rng.choice((400, 500, 600)), 50))
    daily = int(_no_pay(g, rng.choice((9, 12, 15)), 1))
    board = rng.choice(("HireNest", "JobFerry"))
    g.must_not_appear += [board, "Invoices", "Screening (2)", "See it as a candidate",
                          "Dispatcher · Paused"]
    return [f"{board} Employer    Home   Job posts   Applicants   Inbox "
            f"({rng.randint(1, 6)})   Invoices        {short} ▾  ?",
            "Create a job post   ① Job basics ✓ ─── ② Description ✓ ─── ③ Compensation ✓ ─── "
            "④ Review ─── ⑤ Boost",
            "Review step — check your post before it goes live            Draft saved just now"
            "   [See it as a candidate]   [Save draft & close]",
            f"Job title *   {job}                                   ✎ Edit",
            f"💡 Title tip: \"{tip}\" gets {rng.randint(5, 15)},{rng.randint(100, 900)} searches "
            f"a month near you. Other titles job seekers use: {others[0]}, {others[1]}.   "
            "[Use this title]",
            f"Employer   {printed}   ·   Industry: {industry}   ·   Team of 20–40",
            f"Location   {city} (drives to customer homes in the metro area)",
            "Schedule   Full-time · weekdays + some Saturdays",
            f"Pay   ${low}.00 – ${high}.00 an hour                                  ✎",
            f"📊 Pay insight: near {city}, typical pay for similar jobs is ${typical[0]} – "
            f"${typical[1]} an hour. Employers offering ${offering}+ see twice the applicants.",
            f"Extra pay   ☑ Sign-on bonus of ${sign_on:,} (paid at 90 days)  ☑ Commission "
            f"(4% of parts)  ☑ Tool allowance (${tools} yearly)  ☐ Tips",
            "Benefits   ☑ Medical & dental  ☑ 401(k) with 4% match  ☑ PTO  ☑ Take-home "
            "truck",
            "Job description                                                ✎ Edit",
            f"About us: {short} has served homeowners around {city} since "
            f"{rng.randint(1985, 2012)}. We install and service products from "
            f"{partners[0]} and {partners[1]}.",
            "Your day",
            "- Troubleshoot and fix equipment at customers' homes",
            f"- Update tickets, order parts and take payment in the {app} app",
            "What you need",
            "- 1+ year of hands-on experience (or a trade background to learn fast)",
            *(f"- {_item(n)}" for n in needs),
            f"- {cert} (or willing to earn it in 6 months)",
            f"New to the trade? Apprentice {_plural(job)} start at ${appr[0]} – ${appr[1]} an "
            "hour while we train them.",
            f"Where this job can lead: {lead} in about two years, later {manager}. Techs who "
            f"like selling have moved on to {lateral} roles. Ideal backgrounds: "
            f"{', '.join(backgrounds)}.",
            "➕ Suggested skills to add (seen in similar posts):  "
            + "  ".join(f"[+ {c}]" for c in chips),
            "Screening (2)   ✎",
            "- Can you pass a background check?   (Required)",
            f"⑤ Boost — Sponsor for ${daily} a day and reach 3× as many seekers (about 15–30 "
            "applicants a week).",
            f"More jobs at {short}:  {other_job} · ${csr:.2f} an hour · Live   |   "
            "Installer Helper · Draft   |   Dispatcher · Paused",
            "[‹ Previous]                                            [Looks good, continue ›]",
            f"© 2026 {board} · Terms · Privacy · Help Center"]


# (the job (the role), two "also searchable as" titles (aliases), the employer and its
#  group (`optional`), the industry (a sector), the place and the market-check region, the
#  internal note's two titles (the first also a move out), duties (`optional`), requirements
#  (skills), the domains and the certificate (`optional`), the lead and manager rungs, the
#  lateral post, two moves in, the AI suggestion's title (`optional`), the similar postings'
#  town, other title and cut one)
_CADRAFT = (
    ("Dental Receptionist", ("Patient Coordinator", "Dental Office Administrator"),
     "Northshore Family Dental", "Bayline Dental Group", "Dental services", "Moncton, NB",
     "Greater Moncton", ("Registered Dental Hygienist", "Sterilization Assistant"),
     ("welcome patients at the desk and keep the day's schedule full",
      "confirm appointments and recall patients by phone and text"),
     (("dental practice software", ("Dentrix",)), "Microsoft 365",
      "Insurance claim submission", "Phone etiquette", "French"),
     ("retail", "hospitality"), "Standard First Aid certificate", "Front Desk Lead",
     "Office Manager", "Dental Assistant", ("Retail Cashier", "Call Centre Agent"),
     "Smile Concierge", "Dieppe", "Dental Lab Technician", "Treatment Coordinator"),
    ("Optical Assistant", ("Optometric Assistant", "Eyewear Consultant"),
     "Riverbend Eye Care", "ClearView Optometry Partners", "Optometry services",
     "Kelowna, BC", "Central Okanagan", ("Licensed Optician", "Lab Technician"),
     ("welcome patients and run the front desk",
      "help patients choose frames and adjust them after pickup"),
     (("pretesting", ("autorefractor", "tonometer")), "Microsoft 365", "Frame fitting",
      "Insurance billing", "Punjabi"),
     ("retail", "fashion sales"), "Standard First Aid certificate", "Optical Lead",
     "Clinic Manager", "Contact Lens Technician", ("Retail Sales Associate",
                                                   "Pharmacy Assistant"),
     "Vision Experience Specialist", "West Kelowna", "Receptionist", "Eyewear Stylist"),
)


def _cadraft(rng: random.Random, g: Guide) -> list[str]:
    """A Canadian job board's draft editor: the employer bar, breadcrumb with the autosave
    line, buttons, the quality score, apply options, the boost offer with its fee and the
    footer (chrome), "JOB TITLE X" (the role) with "Also searchable as" (aliases), the
    employer (employs; its group `optional`) with "Industry:" (a sector), the pay field (the
    role's), the market check's median (the role's point, its region) with a one-sided "top
    10% offer … or more" (no fact), an internal note with two other titles' rates (theirs),
    a shift premium, a uniform allowance and a staff discount (no pay), duties (`optional`),
    requirements (skills; domains and the certificate `optional`), "Growth:" (a ladder, a
    lateral move, a move out to the first internal-note title and moves in), an unapplied AI
    suggestion (`optional`) and similar live postings (the same title elsewhere the role's
    with its town; another title's rate theirs; one cut)."""
    (job, (alias1, alias2), employer, group, industry, place, market, (note1, note2), duties,
     needs, domains, cert, lead, manager, lateral, (came1, came2), ai_title, town, sim,
     cut) = rng.choice(_CADRAFT)
    occupy(g, job, ladder=[job, lead, manager], transitions=[lateral, note1],
           moves_in=[came1, came2])
    _spell(g, alias1, alias2)
    _facts(g, _skills(needs), [employer], [industry],
           [group, *duties, *domains, cert, ai_title])
    low = rng.randrange(34, 40) / 2
    high = low + rng.randrange(4, 7) / 2
    _salary(g, low, high, "CAD", period="hour")
    median = round(low + rng.choice((0.25, 0.75, 1.25)), 2)
    _salary(g, median, median, "CAD", period="hour", point=True, region=market)
    n1 = (float(rng.randrange(25, 29)), 0.0)
    n1 = (n1[0], n1[0] + rng.randrange(4, 7))
    _salary(g, *n1, "CAD", period="hour", belongs_to=note1)
    n2 = float(rng.randrange(15, 17))
    _salary(g, n2, n2, "CAD", period="hour", belongs_to=note2)
    same = (int(low) + 1, int(high) + 2)
    _salary(g, *same, "CAD", period="hour", region=town)
    other = int(low)
    _salary(g, other, other, "CAD", period="hour", belongs_to=sim)
    top = _no_pay(g, high + 2.5, 0.25)
    allowance = int(_no_pay(g, rng.choice((120, 150, 200)), 10))
    fee = int(_no_pay(g, rng.choice((79, 89, 99)), 1))
    board = rng.choice(("Jobhaven.ca", "WorkNorth.ca"))
    initials = rng.choice(("K.L.", "S.B."))
    g.must_not_appear += [board, "Employer Centre", "Post strength", "Delete draft",
                          "Quick Apply", initials]
    return [f"{board} · Employer Centre     FR | EN      🔔 {rng.randint(1, 5)}    {employer} ▾",
            f"My jobs › Drafts › {job} (draft {rng.randint(2, 9)})         Saved automatically "
            f"{rng.randint(8, 11)}:{rng.randint(10, 59)} AM     [Delete draft]  [Preview]  "
            "[Publish]",
            f"Post strength ●●●○○ {rng.randint(55, 80)}/100 — Pay range ✓ · Three or more "
            "requirements ✓ · French version ✗",
            "JOB TITLE",
            job,
            f"Also searchable as (max. 3): {alias1}; {alias2}",
            f"EMPLOYER   {employer} (part of {group})   ·   Industry: {industry}",
            f"WHERE   {place} · on-site",
            "SCHEDULE   Permanent, 30–40 hours/week; two evenings a week; one Saturday in four",
            f"PAY   ${low:.2f} – ${high:.2f}/hour, CAD",
            f"   ⓘ Market check, \"{job}\", {market}: median ${median:.2f}/hr · top 10% "
            f"offer ${top:.2f} or more · {rng.randint(20, 90)} postings in 90 days",
            f"   🔒 Internal note (hidden from applicants): {note1} reference range "
            f"${n1[0]:.2f} – ${n1[1]:.2f}/hr; {note2} ${n2:.2f}/hr. — {initials}",
            f"BENEFITS   Health & dental from month 4 · uniform allowance ${allowance}/yr · "
            "evening premium $1.00/hr · 20% staff discount",
            "DESCRIPTION   𝐁  𝐼  •  🔗   ✨ Rewrite with AI",
            f"{employer} is a busy, friendly clinic. Our front desk sets the tone of every "
            "visit.",
            "You'll:",
            *(f"• {d}" for d in duties),
            "What we're looking for:",
            f"• At least a year in a customer-facing job ({domains[0]} or {domains[1]} — we "
            "teach the rest)",
            *(f"• {_item(n)}" for n in needs),
            f"• {cert} is an asset",
            f"Growth: our team can become {lead} and, later, {manager}; two colleagues moved "
            f"across to {lateral} and one went back to school to train as {_an(note1)}. Many "
            f"of us started as {_plural(came1.lower())} or {_plural(came2.lower())}.",
            f"✨ AI rewrite (not applied):  \"Come join us as a {ai_title}! We want a warm, "
            "organized people person…\"   [Use it]  [Dismiss]",
            "QUESTIONS FOR APPLICANTS   + Add",
            "HOW TO APPLY   ○ Quick Apply   ● By e-mail",
            f"Boost: Top of search for 30 days — ${fee} + HST   [Buy boost]",
            f"Live postings like yours nearby:  {job} · {town} · ${same[0]}–${same[1]}/hr   |   "
            f"{sim} · {place.split(',')[0]} · ${other}/hr   |   {cut} · {town[:4]}",
            f"© 2026 {board} · Employer terms · Privacy · Accessibility"]


(FAMILY49_RENDERERS, FAMILY49_LAYOUTS, FAMILY49_LADDER_LAYOUTS,
 FAMILY49_ALIAS_LAYOUTS) = variant_families({
    "estonianmt": {"plant": _eeplant, "office": _eeoffice},
    "albanianmt": {"salon": _alsalon, "trade": _altrade},
    "marketpricing": {"wiki": _usmemo, "hr": _ukpricing},
    "feedbackmail": {"ats": _usfeedback, "assessment": _iefeedback},
    "infointerview": {"form": _usinfo, "notes": _ukinfo},
    "postingdraft": {"review": _usdraft, "draft": _cadraft},
})
