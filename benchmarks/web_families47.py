"""Generator renderers for the six page families of held-back set 47 (Bulgarian postings ...).

Held-back set 47 showed six more kinds of page users bring: a Bulgarian job posting read
through a browser translator (a factory's posting with a euro range and its old-leva
equivalent at the fixed rate, a glued "About the employer…" and "We offer…", a "brigadier"
rung, or a seaside resort's seasonal posting with a "brutto" range, its "clean on hand" net
and a beginners' rate), a Tagalog posting read through a translator (a shop's posting with a
daily gross rate and its monthly take-home, literal idioms and a rice allowance, or a
builder's posting with a daily range, workers' ratings, "Also hiring" crew rates and a cash
advance), a walk-in interview drive notice (an Indian portal's drive with a CTC in lakhs and
its in-hand equivalent, freshers' pay, a "Key Skills" strip and a consultancy posting for its
client, or a Gulf portal's walk-in with AED a month, a probation rate and two portal
averages), a paid trial-shift invitation (a hospitality hiring app's message with the trial's
rate, the rate if offered and an under-21 rate, or an employer's working-interview e-mail
with a BLS median of a broader occupation), an outplacement provider's career-transition
report (a UK candidate portal's report with the last salary, a redundancy package and four
target roles, or a US career navigator's options summary with a skills inventory and "same
role, new employer") and an internal talent-marketplace role page (a UK opportunity
marketplace with grades and "came from" / "went next" percentages, or a US career hub with
levels I and II and requisition ids).  These renderers write such pages from a planned guide,
two variants a family, about occupations that fit them (occupy()); every fact the truth keeps
is printed and what a style does not state is cleared: the leva equivalent, the "clean on
hand" net, the monthly take-home and the in-hand equivalent are the same pay (no fact);
class for service, vouchers, norm bonuses, rice allowances, the 13th month pay, cash
advances, incentives, commission, tronc, differentials, referral bonuses, allowances,
redundancy and severance payments, incentive targets, bonuses and premiums stay out of the
role's pay; one-sided bounds ("Every fifth offer exceeds …", "CTC up to …", "fewer than 1 in
10 pays above …") are no bands; age-band, probation, fresher and training rates are the
role's own with the band as its level; other titles' figures keep their owners; a
consultancy posting for its client and the employers hiring for a target role are
`optional`; a marketplace's percentages and requisition ids are no part of a title.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, cast

from benchmarks.web_common import occupation_role
from benchmarks.web_kit import (
    _an,
    _facts,
    _fr,
    _grouped,
    _item,
    _legal,
    _no_pay,
    _plural,
    _salary,
    _skills,
    _spell,
    occupy,
    variant_families,
)

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide
    from benchmarks.web_families32 import Item

__all__ = ["FAMILY47_ALIAS_LAYOUTS", "FAMILY47_LADDER_LAYOUTS", "FAMILY47_LAYOUTS",
           "FAMILY47_RENDERERS"]

LEV = 1.95583  # the lev's fixed rate to the euro (leva printed for information only)


def _c2(symbol: str, amount: float) -> str:
    """An hourly rate always with its cents: "£12.70", "$15.00"."""
    return f"{symbol}{amount:,.2f}"


def _rate(rng: random.Random, low: int, high: int) -> float:
    """An hourly rate with cents between ``low`` and ``high`` (a multiple of five cents)."""
    return rng.randrange(low * 100, high * 100, 5) / 100


def _lakh(amount: int) -> str:
    """A yearly figure in lakhs as Indian portals print it: "2.4"."""
    return f"{amount / 100_000:.1f}"


def _cap1(text: str) -> str:
    """``text`` with its first letter capitalised."""
    return text[:1].upper() + text[1:]


def _pct(rng: random.Random, n: int) -> list[int]:
    """``n`` falling percentages of people moves (no part of any title)."""
    return sorted(rng.sample(range(8, 45), n), reverse=True)


# --------------------------------------------------------------------------------------
# A Bulgarian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the translated title (the role), the local word (`optional`), the statistics' short name
#  (an alias), the employer (printed "… EOOD", short), its group (employs too), town,
#  region, what it makes, the field of activity (a sector), duties (`optional`),
#  requirements (skills), the schooling line (`optional`), the first rung's word with its
#  gloss and the head, the lateral post, the two moves in, the similar offer's title, the
#  category in the breadcrumb)
_BGPLANT = (
    ("Stitcher of shoe uppers", "shivach", "Shoe stitcher",
     ("Obuvki Rodopa EOOD", "Obuvki Rodopa"), "Rodopa Footwear Group", "Kardzhali",
     "Kardzhali region", "makes leather shoes and boots for brands from Austria and Denmark",
     "Leather and footwear industry",
     ("stitching of uppers on a post-bed machine", "edge folding and gluing of linings",
      "checking of seams against the model sample"),
     (("Experience with post-bed sewing machines", ("Pfaff", "Adler")),
      "Reading of a technological card", "Precision in the seams", "Good eyesight"),
     "Basic education (vocational school in footwear – advantage)",
     ("brigadier", "shift leader", "head of the sewing workshop"), "Quality controller",
     ("Cutter of leather", "Shoe laster"), "Cutter of leather on a press", "Leather"),
    ("Operator of a bottling line", "operator na liniya", "Bottling operator",
     ("Vinprom Struma EOOD", "Vinprom Struma"), "Struma Wine Holding", "Sandanski",
     "Blagoevgrad region", "bottles red and white wine and rakia for shops in Bulgaria and Greece",
     "Food and beverage industry",
     ("setting of the filler and the labeller for each batch", "loading of empty bottles",
      "control of the fill level and the corks"),
     (("Experience with bottling machines", ("Krones", "GAI")), "Basic mechanical knowledge",
      "Keeping of hygiene rules (HACCP)", "Responsibility"),
     "Secondary education (technical high school – advantage)",
     ("master", "foreman", "head of the bottling hall"), "Quality control operator",
     ("Packer", "Forklift driver"), "Packer of bottles", "Food"),
)


# (fresh60) A requirement that says how a skill is held ("Experience with bottling machines",
# "Basic mechanical knowledge"): the hand truths accept the thing itself too ("[Basic
# mechanical knowledge, Mechanical knowledge]", "[Experience with flat knitting machines,
# Flat knitting machines]"); a qualifier is no part of a skill.
_HELD = ("Experience with ", "Basic ")


def _held(skills: list[str]) -> list[str]:
    """Each skill, a held one with the thing itself as a second spelling.

    >>> _held(["Basic mechanical knowledge", "Responsibility"])
    [['Basic mechanical knowledge', 'Mechanical knowledge'], 'Responsibility']
    """
    out: list[str] = []
    for skill in skills:
        opener = next((o for o in _HELD if skill.startswith(o)), "")
        rest = skill[len(opener):]
        # (a list of spellings is an entry the scorer reads as one skill's names)
        out.append(cast(str, [skill, rest[:1].upper() + rest[1:]]) if opener and rest else skill)
    return out


def _bgplant(rng: random.Random, g: Guide) -> list[str]:
    """A factory's posting on a Bulgarian job board through a translator: the translator bar,
    the site's menu, the "biscuits" banner, breadcrumb, views, reference, "HOT OFFER", buttons,
    section headings, the contact and a cut similar offer (chrome), the title in capitals with a
    local word (the role; the word `optional`), "950 – 1 200 EUR net monthly (1 858 – 2 347
    lv.)" (the role's; the leva the same pay), a glued "About the employer…" with the group
    (employs too) and "Field of activity:" (a sector), duties (`optional`), requirements
    (skills), a glued "We offer…" with the training rate (at Trainee), class for service,
    vouchers and a norm bonus (no pay), moves in, a ladder through a translated first rung
    (its floor theirs), a lateral move with its floor (theirs), the site's average with its
    region (a point), the range of offers (the role's), a one-sided share (no fact) and a
    similar offer (theirs)."""
    (job, local, short_name, (printed, short), group, town, region, what, field, duties,
     needs, school, (rung, gloss, head), lateral, (came1, came2), s_title, category) = \
        rng.choice(_BGPLANT)
    up1 = _cap1(rung)
    occupy(g, job, ladder=[job, up1, _cap1(head)], transitions=[lateral],
           moves_in=[came1, came2])
    _spell(g, short_name)
    _legal(g, printed, short)
    _facts(g, _held(_skills(needs)), [group], [field], [local, school, *duties])
    low = rng.randrange(900, 1050, 10)
    high = low + rng.randrange(200, 320, 10)
    _salary(g, low, high, "EUR", period="month")
    trainee = low - rng.randrange(60, 120, 10)
    _salary(g, trainee, trainee, "EUR", period="month", level="Trainee")
    floor = high + rng.randrange(100, 200, 10)
    _salary(g, floor, None, "EUR", period="month", belongs_to=up1)
    l_floor = floor + rng.randrange(100, 250, 10)
    _salary(g, l_floor, None, "EUR", period="month", belongs_to=lateral)
    average = low + rng.randrange(30, 120, 10)
    _salary(g, average, average, "EUR", period="month", point=True, region=region)
    spread = (trainee + 20, high + rng.randrange(40, 120, 10))
    _salary(g, *spread, "EUR", period="month")
    s_band = (spread[0] - 10, spread[0] + rng.randrange(100, 180, 10))
    _salary(g, *s_band, "EUR", period="month", belongs_to=s_title)
    leva = (round(low * LEV), round(high * LEV))
    vouchers = int(_no_pay(g, rng.choice((40, 50, 60)), 5))
    norm = int(_no_pay(g, rng.choice((80, 100, 120)), 10))
    over = int(_no_pay(g, spread[1] + 50, 10))
    site = rng.choice(("TrudPlus.bg", "RabotnoMyasto.bg"))
    contact = rng.choice(("Mariela Ivanova, human resources", "Stoyan Dimitrov, manager"))
    g.must_not_appear += [site, "HOT OFFER", category, contact, "Food vouchers",
                          "Bonus for fulfilled norm", "biscuits", "Requirements to the candidate",
                          "We offerPermanent employment contract", f"{came2} – {town}"]
    return ["Translated from: Bulgarian   Show original   |   Always translate Bulgarian",
            f"{site}   Jobs   Companies   Salaries   Advice   For employers   Enter",
            "We use cookies (biscuits) for a better experience.   [I agree]  [Settings]",
            f"Home › Jobs › Production › {category} › {town}",
            f"Published: {rng.randint(1, 6)} days ago · Viewed: {rng.randint(120, 900)} times · "
            f"Ref. No.: {rng.randint(1000000, 9999999)}   ☆ Save   ⚑ Report",
            "🔥 HOT OFFER",
            f"{job.upper()} ({local})",
            f"{printed} · {town} · Full working time · Permanent contract",
            f"Salary: {_fr(low)} – {_fr(high)} EUR net monthly ({_fr(leva[0])} – {_fr(leva[1])} "
            "lv.)*",
            f"*the amount in leva is for information at the fixed rate {LEV}",
            f"About the employer{printed} {what} and is part of {group}.",
            f"Field of activity: {field}",
            "Description of the position",
            *(f"- {d}" for d in duties),
            "Requirements to the candidate",
            *(f"- {_item(n)}" for n in needs),
            f"- {school}",
            "We offerPermanent employment contract and insurance on the full amount",
            f"- During the training (first month): {_fr(trainee)} EUR net",
            f"- After the training: {_fr(low)} – {_fr(high)} EUR net according to the norm",
            "- Additional remuneration for class (length of service) by the Labor Code",
            f"- Food vouchers of {vouchers} EUR monthly",
            f"- Bonus for fulfilled norm up to {norm} EUR",
            "Development in the company",
            f"Many of our people started as {_plural(came1.lower())} or as "
            f"{_plural(came2.lower())}. The way is {job.lower()} → {rung} ({gloss}) → {head}. "
            f"The {rung} receives from {_fr(floor)} EUR net. Who likes order can move to "
            f"the control department as {_an(lateral)} (from {_fr(l_floor)} EUR net).",
            f"Salary statistics for \"{short_name}\" – {site}",
            f"Average salary for the position in the {region}: {_fr(average)} EUR net",
            f"Range of the offered salaries: {_fr(spread[0])} – {_fr(spread[1])} EUR net",
            f"Every fifth offer exceeds {_fr(over)} EUR",
            f"Contact: {contact}",
            "[ APPLY ]   [ Send to a friend ]",
            "Similar offers",
            f"{s_title} – {town} – {_fr(s_band[0])} – {_fr(s_band[1])} EUR net",
            f"{came2} – {town} – {_fr(low)} – {_fr(high)[:3]}",
            f"© 2026 {site} · Terms of use · Personal data"]


# (the title (the role), the English gloss in parentheses (an alias), the hotel (printed
#  with its stars), the group (printed "… AD", short), town, region, the activity (a sector),
#  duties (`optional`), requirements (skills, a "Languages:" line and a label with its
#  description), the licence (`optional`), the chief rung and the head, the lateral post
#  and where, the move in and where from, the related ad's title)
_BGRESORT = (
    ("Lifeguard", "pool rescuer", "Morska Zvezda Hotel", ("Nesebar Bay Hotels AD",
                                                          "Nesebar Bay Hotels"),
     "Nesebar", "Burgas region", "Tourism and hospitality",
     ("watching of the pools and the beach zone", "first aid to guests",
      "checking of the water and the rescue equipment"),
     ("Swimming and diving", "First aid"), ("English", "Romanian"),
     ("Attention", "the pool is full from morning to evening"),
     "Lifeguard certificate of the Bulgarian Red Cross",
     ("chief lifeguard", "head of beach safety"), ("Fitness instructor", "fitness centre"),
     ("swimming clubs", "Swimming coach"), "Pool attendant"),
    ("Housemaid", "room attendant", "Planinski Rai Hotel", ("Rila Mountain Resorts AD",
                                                            "Rila Mountain Resorts"),
     "Borovets", "Sofia region", "Hotels and tourism",
     ("cleaning and preparing of the rooms after check-out", "changing of linen and towels",
      "reporting of damages to the maintenance"),
     ("Cleaning of rooms by hotel standards", "Work with cleaning chemicals"),
     ("English", "Greek"), ("Speed", "a floor has 18 rooms for one shift"),
     "Health book (medical certificate)",
     ("floor supervisor", "head of housekeeping"), ("Laundry worker", "laundry"),
     ("guest houses", "Cleaner"), "Dishwasher"),
)


def _bgresort(rng: random.Random, g: Guide) -> list[str]:
    """A resort's seasonal posting on a Bulgarian job board through a translator: the
    translator bar, the site's menu, the "biscuits" line, breadcrumb, views, ID, buttons,
    headings, the contact and a cut related ad (chrome), the title in capitals with its English
    gloss (the role and an alias), the hotel and its group (both employ), "Remuneration: … EUR
    brutto monthly (approx. … clean on hand)" (the role's; the net the same pay), "Activity:"
    (a sector), duties (`optional`), a glued "WE SEARCH FOR YOUThe …" with languages and a label
    before its description (skills; the licence `optional`), a beginners' rate (at Junior),
    accommodation, end-of-season bonus, tips and travel (no pay), a move in, a ladder with the
    chief's pay (theirs), a lateral move to another hotel, the site's median with its region (a
    point), a middle 50 % (the role's), "10% of the offers are over …" (no fact) and a related
    ad (theirs)."""
    (job, gloss, hotel, (printed, short), town, region, activity, duties, needs, langs,
     (label, why), licence, (chief, head), (lateral, where), (school, came), r_title) = \
        rng.choice(_BGRESORT)
    occupy(g, job, ladder=[job, _cap1(chief), _cap1(head)], transitions=[lateral],
           moves_in=[came])
    _spell(g, gloss)
    g.employers.append(hotel)
    _legal(g, printed, short)
    _facts(g, [*needs, *langs, label], [], [activity], [licence, *duties])
    low = rng.randrange(1100, 1300, 50)
    high = low + rng.randrange(250, 400, 50)
    _salary(g, low, high, "EUR", period="month")
    junior = low - rng.randrange(150, 250, 50)
    _salary(g, junior, junior, "EUR", period="month", level="Junior")
    c_pay = high + rng.randrange(200, 400, 50)
    _salary(g, c_pay, c_pay, "EUR", period="month", belongs_to=_cap1(chief))
    median = low + rng.randrange(20, 120, 10)
    _salary(g, median, median, "EUR", period="month", point=True, region=region)
    middle = (junior + 50, high - rng.randrange(50, 150, 50))
    _salary(g, *middle, "EUR", period="month")
    r_band = (low - 100, low + rng.randrange(150, 300, 50))
    _salary(g, *r_band, "EUR", period="month", belongs_to=r_title)
    net = (int(_no_pay(g, round(low * 0.776, -1), 5)), int(_no_pay(g, round(high * 0.776, -1), 5)))
    bonus = int(_no_pay(g, rng.choice((200, 250, 300)), 10))
    over = int(_no_pay(g, c_pay - rng.randrange(50, 150, 50), 10))
    site = rng.choice(("MoreIPlanina.bg", "SezonnaRabota.bg"))
    contact = rng.choice(("Teodora Nikolova — human resources", "Ivaylo Georgiev — manager"))
    g.must_not_appear += [site, contact, "Free accommodation", "bonus at the end of the season",
                          "WE SEARCH FOR YOUThe ideal candidate", "clean on hand",
                          "Seasonal work", f"{came} – {town}"]
    return ["Google Translate ▸ Bulgarian → English   [Show original]   [Never translate this "
            "site]",
            f"{site} — work on the sea and in the mountain",
            "☰ Menu  |  Seasonal work  |  Tourism  |  Abroad  |  My CV  |  For firms",
            "This site uses biscuits (cookies). More information   ✕",
            f"Home / Seasonal work / Tourism and restaurants / {town}",
            f"{job.upper()} FOR THE SEASON 2027 ({gloss})",
            f"{hotel} ★★★★ — {printed}",
            f"📍 {town}, {region}   🗓 Season: May – October   ⏱ 6 days a week",
            f"Remuneration: {_fr(low)} – {_fr(high)} EUR brutto monthly (approx. {_fr(net[0])} "
            f"– {_fr(net[1])} EUR clean on hand)",
            f"Published 04.12.2026 | Viewings {rng.randint(300, 1900)} | ID "
            f"{rng.randint(10000, 99999)} | ♡ Keep | ✉ Send",
            "ABOUT US",
            f"{hotel} is a complex of {rng.randint(150, 400)} rooms, part of {printed}.",
            f"Activity: {activity}",
            "WHAT WILL YOU DO",
            *(f"• {d}" for d in duties),
            "WE SEARCH FOR YOUThe ideal candidate has:",
            f"• Languages: {langs[0]} or {langs[1]} (at a conversational level)",
            *(f"• {n}" for n in needs),
            f"• {label}: {why}",
            f"• {licence} – advantage",
            "THE EMPLOYER OFFERS",
            f"→ Beginners without experience (junior {job.lower()}): {_fr(junior)} EUR brutto "
            "for the first season",
            f"→ Experienced: {_fr(low)} – {_fr(high)} EUR brutto",
            "→ Free accommodation in a room for two persons and food",
            f"→ Tips and bonus at the end of the season {_fr(bonus)} EUR for a completed contract",
            "CAREER WITH US",
            f"Some of our team came from {school} as {_plural(came.lower())}. The ladder is "
            f"{job.lower()} → {chief} → {head}. The {chief} receives {_fr(c_pay)} EUR brutto. "
            f"In winter good people move to the {where} of our hotel as "
            f"{_plural(lateral.lower())}.",
            f"STATISTICS OF THE SALARIES \"{job}\" — {site}",
            f"Median salary, {region}: {_fr(median)} EUR brutto",
            f"Middle 50% of offers: {_fr(middle[0])} – {_fr(middle[1])} EUR brutto",
            f"10% of the offers are over {_fr(over)} EUR",
            f"Contact person: {contact}",
            "You will also like",
            f"{r_title} – {town} – {_fr(r_band[0])} – {_fr(r_band[1])} EUR",
            f"{came} – {town} – {_fr(low)[:3]}",
            f"© {site} 2026 · General conditions · Privacy"]


# --------------------------------------------------------------------------------------
# A Tagalog job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the role, its local names (aliases), the employer, its corporation (employs too), town,
#  province, what it is, the industry (a sector, printed "A / B"), duties (`optional`),
#  qualifications (skills, literal idioms with their meaning in parentheses), the schooling
#  and availability lines (`optional`), the two rungs, the lateral post, the two moves in,
#  the similar job's title, the cut one, the category)
_PHSHOP = (
    ("Sales clerk", ("Tindera", "Tindero"), "Bagong Araw Hardware", "Dimasalang Trading "
     "Corporation", "San Pablo City", "Laguna", "a chain of 6 hardware stores in Laguna and "
     "Quezon", ("Retail", "Hardware"),
     ("assisting of customers to find the tools and materials", "cutting of pipes and wires "
      "to order", "arranging of the stocks on the shelf"),
     (("Knows the materials of building", ("cement", "plywood", "PVC pipes")),
      "Basic math", "Customer service", "Honesty"), "Can lift heavy things (strong body)",
     ("Floor supervisor", "Branch manager"), "Purchasing assistant", ("Helper", "Stockman"),
     "Delivery helper", "Warehouse checker", "Retail / Sales"),
    ("Baker", ("Panadero", "Panadera"), "Gintong Pandesal Bakeshop", "Malinis Foods "
     "Corporation", "Malolos", "Bulacan", "a bakeshop with 12 branches in Bulacan and "
     "Pampanga", ("Food", "Bakery"),
     ("mixing and kneading of the dough before dawn", "baking of pandesal and loaf bread",
      "cleaning of the oven and the mixer"),
     (("Knows how to operate the oven and mixer", ("deck oven", "spiral mixer")),
      "Food safety", "Teamwork", "Patience"), "Can work from 3AM",
     ("Head baker", "Production supervisor"), "Quality control checker",
     ("Bakery helper", "Delivery rider"), "Bakery helper", "Service Crew", "Food / Bakery"),
)


def _phshop(rng: random.Random, g: Guide) -> list[str]:
    """A shop's posting on a Filipino job board through a translator: the translator bar, the
    site's menu, cookies, breadcrumb, views, job ID, "URGENT HIRING", section headings, how to
    apply and a cut similar job (chrome), the title with its local names (the role and two
    aliases), "₱560 per day (gross)" (the role's) with a monthly take-home (the same pay), a glued
    "ABOUT THE COMPANY…" with the corporation (employs too) and "Industry: A / B" (sectors),
    numbered duties (`optional`), literal idioms (skills), the training rate (at Trainee), the
    13th month pay and a rice allowance (no pay), moves in, a ladder with a rung's monthly pay
    (theirs), a lateral move, the site's average with its province (a point), the usual range
    (the role's), a one-sided bound (no fact) and a similar job (theirs)."""
    (job, (local1, local2), shop, corp, town, province, what, (ind1, ind2), duties, needs,
     extra, (up1, up2), lateral, (came1, came2), s_title, cut, category) = rng.choice(_PHSHOP)
    occupy(g, job, ladder=[job, up1, up2], transitions=[lateral], moves_in=[came1, came2])
    _spell(g, local1, local2)
    school = "At least high school graduate"
    _facts(g, _skills(needs), [shop, corp], [ind1, ind2], [school, extra, *duties])
    day = rng.randrange(520, 640, 10)
    _salary(g, day, day, "PHP", period="day")
    train = day - rng.randrange(40, 90, 10)
    _salary(g, train, train, "PHP", period="day", level="Trainee")
    u_pay = rng.randrange(16500, 19500, 500)
    _salary(g, u_pay, u_pay, "PHP", period="month", belongs_to=up1)
    average = rng.randrange(13000, 15000, 100)
    _salary(g, average, average, "PHP", period="month", point=True, region=province)
    usual = (average - rng.randrange(1200, 2000, 100), average + rng.randrange(1200, 2200, 100))
    _salary(g, *usual, "PHP", period="month")
    s_pay = train - rng.randrange(10, 50, 10)
    _salary(g, s_pay, s_pay, "PHP", period="day", belongs_to=s_title)
    home = int(_no_pay(g, round(day * 26 * 0.88, -2), 100))
    rice = int(_no_pay(g, rng.choice((800, 1000, 1200)), 100))
    few = int(_no_pay(g, usual[1] + 500, 500))
    site = rng.choice(("HanapBuhay.ph", "TrabahoDito.ph"))
    contact = rng.choice(("Ms. Liza Manalastas", "Mr. Jun Bautista"))
    g.must_not_appear += [site, "URGENT HIRING", category, contact, "Rice allowance",
                          "13th month pay", "NBI clearance", f"{cut} – {town}", "Take home",
                          f"ABOUT THE COMPANY{shop}"]
    return ["This page has been translated from Filipino (Tagalog) to English   Show original",
            f"{site}   Find Work   Companies   Salary   Post Work   Log in",
            "We use cookies so that your search is lighter. [Okay]",
            f"Home > Work in {province} > {category} > {job}",
            f"Posted {rng.randint(1, 6)} days ago · {rng.randint(90, 700)} looked · Job ID "
            f"{rng.randint(100000, 999999)}   ♡ Save",
            f"URGENT HIRING!!! {job.upper()} ({local1} / {local2})",
            f"{shop} – {town}, {province}",
            f"Salary: ₱{day} per day (gross) · 6 days a week · Full time",
            f"Take home about ₱{_grouped(home)} monthly after SSS, PhilHealth and Pag-IBIG",
            f"ABOUT THE COMPANY{shop} is {what} under {corp}.",
            f"Industry: {ind1} / {ind2}",
            "WHAT YOU WILL DO",
            *(f"{i}. {d}" for i, d in enumerate(duties, 1)),
            "QUALIFICATIONS (what we need)",
            f"- {school}",
            *(f"- {_item(n)}" for n in needs),
            f"- {extra}",
            "OFFER",
            f"✔ During training (first 2 weeks): ₱{train} per day",
            f"✔ After regular: ₱{day} per day + 13th month pay",
            f"✔ Rice allowance ₱{_grouped(rice)} monthly",
            "✔ SSS, PhilHealth, Pag-IBIG",
            f"GROWTH IN {shop.upper()}",
            f"Many of our {_plural(job.lower())} started as {_plural(came1.lower())} or as "
            f"{_plural(came2.lower())}. {job} → {up1.lower()} → {up2.lower()}: "
            f"{_plural(up1.lower())} receive ₱{_grouped(u_pay)} monthly. Those who are good "
            f"with papers can transfer to the office as {lateral}.",
            f"SALARY INFO – {job} ({site})",
            f"Average salary in {province}: ₱{_grouped(average)} per month",
            f"Usual range of posts: ₱{_grouped(usual[0])} – ₱{_grouped(usual[1])} per month",
            f"Only few posts give more than ₱{_grouped(few)}",
            f"How to apply: Send your resume to {contact}. Bring NBI clearance and 2x2 picture.",
            "Similar jobs",
            f"{s_title} – {town} – ₱{s_pay} per day",
            f"{cut} – {town} – ₱{str(day)[:1]}",
            f"About Us | Help | Terms   © 2026 {site}"]


# (the role, its local name (an alias), what the crew does, the builder (printed, short),
#  town, province, the field (a sector), duties (`optional`), requirements (skills), the
#  safety training (`optional`), the rung below and the rung above, the lateral post, the
#  two earlier posts of "At least N years as", the two crew titles hiring and the one "by
#  agreement", the similar job)
_PHBUILD = (
    ("Electrician", "Elektrisyan", "FOR HOUSES AND COMMERCIAL SPACES",
     ("RDV Electrical & Construction Services", "RDV Electrical"), "Calamba", "Laguna",
     "Construction",
     ("installing of conduits, wires and panel boards", "testing of the circuits before "
      "energizing", "making of the daily accomplishment report"),
     (("Knows how to read of plan", ("electrical layout",)), "Wiring and terminations",
      "Use of multi-tester", "Not lazy and on time"),
     "TESDA NC II in Electrical Installation – advantage",
     ("Electrical helper", "Electrical foreman"), "Maintenance electrician",
     ("Electrical helper", "Lineman helper"), ("Pipe fitter", "Laborer", "Site engineer"),
     "Aircon technician"),
    ("Welder", "Manghihinang", "FOR STEEL STRUCTURES AND WAREHOUSES",
     ("Bakal Tibay Steel Works", "Bakal Tibay"), "Valenzuela", "Metro Manila",
     "Steel fabrication",
     ("welding of columns, trusses and purlins", "cutting of steel with grinder and torch",
      "painting of primer on the welded parts"),
     (("Knows the SMAW and GMAW welding", ("stick", "MIG")), "Reading of shop drawing",
      "Grinding", "Careful with fire"),
     "BOSH training – advantage",
     ("Welder helper", "Fabrication foreman"), "Quality inspector",
     ("Welder helper", "Fitter"), ("Fitter", "Painter", "Structural engineer"),
     "Rigger"),
)


def _phbuild(rng: random.Random, g: Guide) -> list[str]:
    """A builder's posting on a Filipino job board through a translator: the translator bar,
    the site's menu, cookies, breadcrumb, ID, "Report this post", headings, how to apply and a
    cut similar job (chrome), the title with its local name (the role and an alias), a daily
    range (the role's), workers' ratings (chrome), a glued "About us…" with "Field:" (a sector),
    duties (`optional`), requirements naming earlier posts (skills; moves in), the probationary
    rate (at Probationary), lodging, overtime and a cash advance ("vale") (no pay), "Also
    hiring" crew rates (theirs; "by agreement" nothing), a ladder from the rung below with the
    top rung's daily rate (theirs), a lateral move, the site's monthly average for the province
    (a point), the middle of the posts (the role's), "Highest posts start at" (no fact) and a
    similar job (theirs)."""
    (job, local, what, (printed, short), town, province, field, duties, needs, safety,
     (below, above), lateral, (came1, came2), (crew1, crew2, agreed), s_title) = \
        rng.choice(_PHBUILD)
    years = rng.choice((2, 3, 4))
    occupy(g, job, ladder=[below, job, above], transitions=[lateral],
           moves_in=[came1, came2])
    _spell(g, local)
    _legal(g, printed, short)
    # (fresh59) "BOSH training – advantage": the requirement without its "– advantage" is
    # the same `optional` name (a qualifier is no part of a skill, as fresh58's "(preferred)")
    bare = safety.removesuffix(" – advantage")
    _facts(g, _skills(needs), [], [field],
           [safety, *([bare] if bare != safety else []), *duties])
    low = rng.randrange(750, 950, 50)
    high = low + rng.randrange(150, 300, 50)
    _salary(g, low, high, "PHP", period="day")
    prob = low - rng.randrange(30, 80, 10)
    _salary(g, prob, prob, "PHP", period="day", level="Probationary")
    c1 = prob - rng.randrange(60, 120, 10)
    c2 = c1 - rng.randrange(100, 160, 10)
    _salary(g, c1, c1, "PHP", period="day", belongs_to=crew1)
    _salary(g, c2, c2, "PHP", period="day", belongs_to=crew2)
    top = high + rng.randrange(200, 400, 50)
    _salary(g, top, top, "PHP", period="day", belongs_to=above)
    average = rng.randrange(22000, 27000, 500)
    _salary(g, average, average, "PHP", period="month", point=True, region=province)
    middle = (average - rng.randrange(2000, 3500, 500), average + rng.randrange(2500, 4000, 500))
    _salary(g, *middle, "PHP", period="month")
    s_band = (c1 + 50, c1 + rng.randrange(150, 250, 50))
    _salary(g, *s_band, "PHP", period="day", belongs_to=s_title)
    vale = int(_no_pay(g, rng.choice((1500, 2000, 2500)), 100))
    highest = int(_no_pay(g, middle[1] + rng.randrange(2000, 4000, 500), 500))
    site = rng.choice(("GawaPinoy.ph", "ObraTrabaho.ph"))
    contact = rng.choice(("Engr. Mario Dizon", "Ms. Annalyn Cruz"))
    g.must_not_appear += [site, contact, f"{agreed} – by agreement", "Vale (cash advance)",
                          "13th month pay", "workers rated", f"About us{printed}",
                          f"{crew1} – {town}"]
    return ["Translated to: English  ·  Original: Tagalog  ·  [Show original]",
            f"{site} — Jobs for builders, drivers and the skilled",
            "Home | Construction | Drivers | Factory | Abroad (OFW) | Post a job FREE",
            "This site uses cookies. ✓ Accept",
            f"Jobs › Construction › {province} › {job}",
            f"NEED IMMEDIATELY: {job.upper()} ({local}) {what}",
            f"{printed} · {town}, {province}",
            f"Daily wage: ₱{low} – ₱{_grouped(high)} per day (depending on experience) · salary "
            "every Saturday",
            f"★★★★☆ {rng.choice(('3.9', '4.2', '4.4'))} ({rng.randint(9, 40)} workers rated)   |   "
            f"ID {rng.randint(10000, 99999)}   |   ⚐ Report this post",
            f"About us{printed} builds and fixes for subdivisions and factories in "
            f"{province}.",
            f"Field: {field}",
            f"Your work as {job.lower()}",
            *(f"• {d}" for d in duties),
            "What we are looking for",
            f"• At least {years} years as {came1.lower()} or {came2.lower()}",
            *(f"• {_item(n)}" for n in needs),
            f"• {safety}",
            "What we offer",
            f"► First month (probationary): ₱{prob} per day",
            f"► Regular after 6 months: ₱{low} – ₱{_grouped(high)} per day",
            "► Free lodging in the bunkhouse on site (stay-in)",
            "► Overtime pay, 13th month pay, SSS / PhilHealth / Pag-IBIG",
            f"► Vale (cash advance) allowed up to ₱{_grouped(vale)} per week",
            f"Also hiring in our projects: {crew1} – ₱{c1} per day · {crew2} – ₱{c2} per day · "
            f"{agreed} – by agreement",
            "How you will go up",
            f"Many came from within: from {below.lower()} to {job.lower()}, then "
            f"{above.lower()} who holds 2 or more projects (₱{_grouped(top)} per day). Some also "
            f"transferred as {lateral} after a training.",
            f"SALARY OF {job.upper()} IN {province.upper()} ({site} data)",
            f"Average: ₱{_grouped(average)} monthly",
            f"Middle of the posts: ₱{_grouped(middle[0])} – ₱{_grouped(middle[1])} monthly",
            f"Highest posts start at ₱{_grouped(highest)}",
            f"To apply: text or call {contact} or go to the site office.",
            "Same jobs nearby",
            f"{s_title} – {town} – ₱{s_band[0]} – ₱{s_band[1]} per day",
            f"{crew1} – {town} – ₱{str(c1)[:1]}",
            f"© 2026 {site} · Privacy · Terms"]


# --------------------------------------------------------------------------------------
# A walk-in interview drive notice
# --------------------------------------------------------------------------------------
# (the role, the alias on the "Role:" line, the process, the languages, the employer (printed
#  "… Pvt. Ltd.", short), city and area, the industry (a sector) and its gloss, the
#  department, duties (`optional`), profile items (skills), key skills, the team leader's
#  successor, the lateral post, the move in and where from, the consultancy, the similar
#  walk-in)
_INDRIVE = (
    ("AR caller", "Medical Billing Executive", "US Healthcare – Voice", ("English", "Hindi"),
     ("Medisphere Revenue Services Pvt. Ltd.", "Medisphere Revenue Services"), "Noida",
     "Sector 62", "Healthcare BPO", "Revenue Cycle Management", "Operations",
     ("Calling US insurance companies to follow up on unpaid claims",
      "Checking claim status and denial reasons", "Updating the call notes in the billing "
      "software"),
     ("Fluent English communication", ("Basic computer knowledge", ("MS Word", "Outlook")),
      "Knowledge of US healthcare terms", "Typing speed of 30 wpm"),
     ("AR Calling", "Denial Management", "Medical Billing", "US Healthcare"),
     "Assistant Manager – Operations", "Medical Coder", ("international voice process",
                                                         "Customer Support Associate"),
     "Nirmaan HR Solutions", "Payment Posting Executive"),
    ("Telesales executive", "Inside Sales Associate", "Insurance Sales – Voice",
     ("Kannada", "English"), ("Suraksha Policy Bazaar Pvt. Ltd.", "Suraksha Policy Bazaar"),
     "Bengaluru", "Koramangala", "Insurance", "Insurance Broking", "Sales & Business "
     "Development",
     ("Calling leads for health and motor insurance", "Explaining plans and premiums",
      "Closing sales and updating the CRM"),
     ("Good communication in Kannada and English", "Convincing skills",
      ("Basic computer knowledge", ("MS Excel", "CRM")), "Target orientation"),
     ("Telesales", "Lead Conversion", "Cold Calling", "Insurance Sales"),
     "Sales Manager", "Renewal Executive", ("retail stores", "Sales Associate"),
     "Udaan Staffing Services", "Collection Executive"),
)


def _indrive(rng: random.Random, g: Guide) -> list[str]:
    """An Indian portal's walk-in drive: the portal's menu, cookies, breadcrumb, ratings,
    openings and applicants, the walk-in date, venue, contact and documents, interview rounds,
    the category lines, the fraud warning and a cut similar walk-in (chrome), the title (the
    role), "₹1.8 – 2.6 Lacs P.A." (the role's) with its in-hand monthly equivalent (the same
    pay), a glued "Job descriptionRole: X / Y" (an alias), duties (`optional`), the candidate
    profile with languages (skills; schooling `optional`), the freshers' in-hand rate (at
    Fresher), incentives, PF and ESI (no pay), a ladder with the team leader's "CTC up to"
    (one-sided: no fact), a lateral move, a move in, "Industry Type:" (a sector; its gloss
    `optional`), a "Key Skills" strip (skills), a consultancy posting for its client
    (`optional`) and a similar walk-in (theirs)."""
    (job, alias, process, (lang1, lang2), (printed, short), city, area, industry, gloss, dept,
     duties, profile, keys, top, lateral, (where, came), agency, s_title) = rng.choice(_INDRIVE)
    lead = "Team Leader"
    occupy(g, job, ladder=[job, lead, top], transitions=[lateral], moves_in=[came])
    _spell(g, alias)
    _legal(g, printed, short)
    school = "Any graduate / 12th pass can attend"
    skills = [*_skills(tuple(profile)), lang1, lang2, *keys]
    _facts(g, list(dict.fromkeys(skills)), [], [industry], [school, gloss, agency, *duties])
    low = rng.randrange(160000, 220000, 10000)
    high = low + rng.randrange(60000, 100000, 10000)
    _salary(g, low, high, "INR")
    fresher = rng.randrange(12000, 14000, 500)
    _salary(g, fresher, fresher, "INR", period="month", level="Fresher")
    s_band = (low + 20000, high + 20000)
    _salary(g, *s_band, "INR", belongs_to=s_title)
    hand = (int(_no_pay(g, round(low * 0.078, -2), 100)),
            int(_no_pay(g, round(high * 0.075, -2), 100)))
    cap = high + rng.randrange(80000, 120000, 10000)
    incentive = int(_no_pay(g, rng.choice((5000, 8000, 10000)), 500))
    site = rng.choice(("WalkinKaro.in", "NaukriNow.in"))
    contact = rng.choice(("Ritu (HR)", "Karthik (HR)"))
    roleline = f"Role: {job} / BPO / Voice Process"
    g.must_not_appear += [site, "Walk-in Jobs", contact, "Aadhaar", dept, roleline,
                          "Attractive incentives", "Job descriptionRole", "Key Skills",
                          "Desired Candidate Profile", f"{lateral} – {city}"]
    return [f"{site}   Jobs ▾   Walk-ins   Companies   Services   Login   Register FREE",
            "We use cookies to improve your experience.  [Got it]",
            f"Home > Walk-in Jobs > Walk-ins in {city} > {job} Walk-in",
            f"WALK-IN DRIVE | {job} ({lang1} / {lang2}) | Freshers & Experienced | 9th – 13th "
            "Dec 2026",
            f"{printed}   ★ {rng.choice(('3.4', '3.8', '4.0'))} | {rng.randint(60, 400)} reviews",
            f"0 – 2 years   |   ₹{_lakh(low)} – {_lakh(high)} Lacs P.A.   |   {city} ({area})",
            f"Posted: 1 day ago   Openings: {rng.randint(15, 60)}   Applicants: 300+   [Apply]",
            "Walk-in details",
            "Date & Time: 9th December – 13th December, 10.00 AM – 3.00 PM",
            f"Venue: {printed}, 2nd Floor, {area}, {city}",
            f"Contact: {contact}",
            "Documents to carry: updated resume, Aadhaar, PAN, 2 passport photos",
            f"Job descriptionRole: {job} / {alias} ({process})",
            *(f"- {d}" for d in duties),
            "Desired Candidate Profile",
            *(f"* {_item(p)}" for p in profile),
            f"* {school}",
            "Salary & Benefits",
            f"CTC: ₹{_lakh(low)} L – ₹{_lakh(high)} L per annum (in-hand approx. "
            f"₹{_grouped(hand[0])} – ₹{_grouped(hand[1])} per month)",
            f"Freshers: ₹{_grouped(fresher)} per month in-hand for the first 6 months",
            f"Attractive incentives up to ₹{_grouped(incentive)} per month + PF, ESI",
            f"Growth: {job} → {lead} (CTC up to ₹{_lakh(cap)} LPA) → {top}. Good performers "
            f"also move to our back office as {lateral}. Many of our team came from {where} "
            f"jobs as {_plural(came.lower())}.",
            "Interview rounds: HR round → Voice & accent check → Operations round",
            roleline,
            f"Industry Type: {industry} ({gloss})",
            f"Department: {dept}",
            "Employment Type: Full Time, Permanent",
            f"Key Skills: {' · '.join(keys)}",
            f"⚠ Beware of fraud: {short} never asks for money for interviews.",
            f"Posted by: {agency} (on behalf of client)",
            "Similar walk-ins",
            f"{s_title} – {city} – ₹{_lakh(s_band[0])} – {_lakh(s_band[1])} Lacs P.A.",
            f"{lateral} – {city} – ₹ {_lakh(low)[:1]}",
            f"About Us | Careers | Fraud Alert | © 2026 {site}"]


# (the role, its plural in the headline, the places, the company (printed "… LLC", short),
#  what it does, the two sectors, duties (`optional`), requirements (skills), the
#  experience line (`optional`), the other language pair, the team leader's successor, the
#  lateral team, the two moves in, the other title of the salary check, the related walk-in)
_GULFDRIVE = (
    ("Security guard", "SECURITY GUARDS", "FOR MALLS AND TOWERS – DUBAI",
     ("Al Haris Guarding Services LLC", "Al Haris Guarding Services"),
     "a manned guarding company for shopping malls, towers and events in the UAE",
     ("Security", "Facility Management"),
     ("Access control at the mall entrances", "CCTV monitoring and patrols",
      "Writing of daily occurrence reports"),
     ("Fluent English", "CCTV operation", "Emergency evacuation procedures",
      "Physical fitness"),
     "SIRA training certificate (preferred)", ("Hindi", "Urdu"),
     "Security Supervisor", "Control Room", ("Bouncer", "Soldier"), "CCTV Operator",
     "Lifeguard"),
    ("Room attendant", "ROOM ATTENDANTS", "FOR HOTEL APARTMENTS – ABU DHABI",
     ("Al Waha Hospitality Services LLC", "Al Waha Hospitality Services"),
     "a hospitality staffing and housekeeping company for hotel apartments in Abu Dhabi",
     ("Hospitality", "Housekeeping"),
     ("Cleaning and making up of the apartments", "Replenishing of amenities and linen",
      "Reporting of lost and found items"),
     ("Basic English", "Room cleaning to hotel standards", "Use of cleaning chemicals",
      "Time management"),
     "Minimum 1 year experience in a hotel in the GCC", ("Tagalog", "Hindi"),
     "Housekeeping Supervisor", "Laundry", ("Housemaid", "Cleaner"), "Laundry Attendant",
     "Waiter"),
)


def _gulfdrive(rng: random.Random, g: Guide) -> list[str]:
    """A Gulf portal's walk-in notice: the portal's menu, cookies, breadcrumb, views and share
    line, the walk-in date, time and location, the visa line, the disclaimer, a cut related
    walk-in and the tags (chrome), the headline's plural title (the role), the company (employs)
    and "Sector: A / B" (two sectors), duties (`optional`), requirements with languages joined
    by "or" (skills; the experience line `optional`), "AED a – b per month" (the role's) with a
    commission or overtime line, a probation rate (at Probation), visa, insurance,
    accommodation, transport and an air ticket (no pay), a ladder with the supervisor's pay
    (theirs), a lateral move, two moves in, the portal's two averages on one line (the role's
    and another title's, points) and a related walk-in (theirs)."""
    (job, plural, where, (printed, short), what, (sec1, sec2), duties, needs, experience,
     (lang1, lang2), sup, team, (came1, came2), other, r_title) = rng.choice(_GULFDRIVE)
    city = "Dubai" if "DUBAI" in where else "Abu Dhabi"
    occupy(g, job, ladder=[job, "Team Leader", sup], transitions=[other],
           moves_in=[came1, came2])
    _legal(g, printed, short)
    # (fresh58) "SIRA training certificate (preferred)": the requirement without its
    # "(preferred)" is the same `optional` name (a qualifier is no part of a skill)
    bare = experience.removesuffix(" (preferred)")
    _facts(g, [*needs, lang1, lang2], [], [sec1, sec2],
           [experience, *([bare] if bare != experience else []), *duties])
    low = rng.randrange(1800, 2400, 100)
    high = low + rng.randrange(300, 600, 100)
    _salary(g, low, high, "AED", period="month")
    prob = low - rng.randrange(200, 400, 100)
    _salary(g, prob, prob, "AED", period="month", level="Probation")
    s_pay = high + rng.randrange(900, 1500, 100)
    _salary(g, s_pay, s_pay, "AED", period="month", belongs_to=sup)
    avg = low + rng.randrange(100, 300, 50)
    _salary(g, avg, avg, "AED", period="month", point=True, region=city)
    o_avg = prob + rng.randrange(50, 200, 50)
    _salary(g, o_avg, o_avg, "AED", period="month", point=True, region=city, belongs_to=other)
    r_pay = low - rng.randrange(100, 300, 100)
    _salary(g, r_pay, r_pay, "AED", period="month", belongs_to=r_title)
    site = rng.choice(("WalkinGulf.com", "GulfJobsToday.com"))
    g.must_not_appear += [site, "Walk-in Date", "Visit visa holders", "shared accommodation",
                          "Tags", "Never pay money", f"{came1} – {city}"]
    return [f"{site} — Walk-in interviews in UAE, Qatar, Oman, KSA",
            "Home | Walk-in Interviews | Dubai | Abu Dhabi | Sharjah | Drivers | Post a Walk-in",
            "🍪 We use cookies. Continue browsing = you agree.  [OK]",
            f"Home » Walk-in Interviews » {city} » {sec1}",
            f"Posted on 03 Dec 2026 by {site.split('.')[0]} Team   |   👁 {rng.randint(900, 4000)}"
            " views   |   Share: WhatsApp · Telegram",
            f"WALK IN INTERVIEW – {plural} (MALE / FEMALE) {where}",
            f"Company: {printed}",
            f"{short} is {what}.",
            f"Sector: {sec1} / {sec2}",
            "Walk-in Date: Sunday to Wednesday, 6 – 9 December 2026",
            "Time: 9:00 AM to 12:00 PM",
            f"Location: Office {rng.randint(101, 2400)}, Business Tower, {city}",
            "Visit visa holders can also attend. Immediate joining.",
            "Job Responsibilities:-",
            *(f"→ {d}" for d in duties),
            "Requirements:-",
            f"→ {experience}",
            f"→ {needs[0]}; {lang1} or {lang2} is an added advantage",
            *(f"→ {n}" for n in needs[1:]),
            "Salary & Benefits:-",
            f"Salary: AED {_grouped(low)} – {_grouped(high)} per month + overtime as per UAE "
            "labour law",
            f"New joiners without UAE experience: AED {_grouped(prob)} per month during "
            "probation (6 months)",
            "Employment visa, medical insurance, shared accommodation and transportation "
            "provided by company",
            "Annual air ticket after two years",
            f"Career: Our {_plural(job.lower())} grow as {job} → Team Leader → {sup} (AED "
            f"{_grouped(s_pay)} per month). Those who prefer the {team.lower()} can move to our "
            f"{other} team. Many came from home as {_plural(came1.lower())} or "
            f"{_plural(came2.lower())}.",
            f"Salary check ({site.split('.')[0]} data, {city}): {job} — average AED "
            f"{_grouped(avg)} per month; {other} — average AED {_grouped(o_avg)} per month",
            f"Note: {site} is only a job information portal. Never pay money to any agent.",
            f"Related walk-ins: {r_title} – {city} – AED {_grouped(r_pay)} | {came1} – {city} – "
            f"AED {str(low)[:1]}",
            f"Tags: {job.lower()} jobs, walk in interview today",
            f"About | Contact | Disclaimer | © 2026 {site}"]


# --------------------------------------------------------------------------------------
# A paid trial-shift invitation
# --------------------------------------------------------------------------------------
# (the role, its two aliases, the venue, the operator (printed "… Ltd", short), city and
#  street, what the venue is, the sector's gloss, duties (`optional`), what the trial looks
#  at (skills), the two rungs above, the lateral post, the two moves in, the other shifts'
#  titles and the cut one)
_APPTRIAL = (
    ("Restaurant host", ("greeter", "meet-and-greet"), "The Saffron Yard",
     ("Kestrel Dining Ltd", "Kestrel Dining"), "Manchester", "Deansgate",
     "a 180-cover Indian grill and cocktail bar", "restaurants",
     ("greet guests and manage the waiting list", "seat tables and hand over to servers",
      "answer the phone and take bookings"),
     (("Booking systems", ("OpenTable", "ResDiary")), "Calm under pressure",
      "Clear communication", "Table planning"),
     ("Head host", "Restaurant manager"), "Bar staff", ("Waiter", "Cashier"),
     ("Food Runner", "Barista"), "Sous Chef"),
    ("Room service attendant", ("in-room dining server", "IRD attendant"), "The Quayside Hotel",
     ("Harbourgate Hotels Ltd", "Harbourgate Hotels"), "Bristol", "Welsh Back",
     "a 140-room waterside hotel", "hotels",
     ("take orders by phone and lay up trays and trolleys", "deliver orders to rooms",
      "collect trays from the corridors"),
     (("Order taking", ("Micros POS",)), "Tray carrying", "Guest service",
      "Attention to detail"),
     ("Room service supervisor", "Food and beverage manager"), "Night porter",
     ("Breakfast server", "Kitchen porter"), ("Housekeeper", "Receptionist"), "Pastry Chef"),
)


def _apptrial(rng: random.Random, g: Guide) -> list[str]:
    """A trial-shift invitation in a hospitality hiring app: the app's inbox header, the
    application number and status, the trial's date and place, accept / reschedule / decline
    buttons, the greeting and signature, what to bring, a cut other shift, the application
    timeline and the footer (chrome), the position with two aliases in parentheses (the role),
    the trial's hourly rate (the role's), a glued "About us…" with the venue and its operator
    (both employ) and "Sector: hospitality (…)" (a sector), duties (`optional`), what the trial
    looks at with tools in parentheses (skills), the rate if offered (the role's), an under-21
    rate (at Under-21s), tronc with its average, a staff discount and earned-pay access (no
    pay), a ladder with two rungs' rates (theirs), moves in, a lateral move and two other
    shifts' rates (theirs)."""
    (job, (alias1, alias2), venue, (printed, short), city, street, what, gloss, duties, looks,
     (up1, up2), lateral, (came1, came2), (o1, o2), cut) = rng.choice(_APPTRIAL)
    occupy(g, job, ladder=[job, up1, up2], transitions=[lateral], moves_in=[came1, came2])
    _spell(g, alias1, alias2)
    g.employers.append(venue)
    _legal(g, printed, short)
    _facts(g, _skills(looks), [], ["Hospitality"], list(duties))
    trial = _rate(rng, 12, 13)
    top = round(trial + rng.randrange(25, 70, 5) / 100, 2)
    _salary(g, trial, trial, "GBP", period="hour")
    _salary(g, trial, top, "GBP", period="hour")
    young = _rate(rng, 10, 11)
    _salary(g, young, young, "GBP", period="hour", level="Under-21s")
    r1 = round(top + rng.randrange(30, 80, 5) / 100, 2)
    r2 = round(r1 + rng.randrange(60, 120, 5) / 100, 2)
    _salary(g, r1, r1, "GBP", period="hour", belongs_to=up1)
    _salary(g, r2, r2, "GBP", period="hour", belongs_to=up2)
    s1 = round(trial + 0.05, 2)
    s2 = round(trial + rng.randrange(15, 40, 5) / 100, 2)
    _salary(g, s1, s1, "GBP", period="hour", belongs_to=o1)
    _salary(g, s2, s2, "GBP", period="hour", belongs_to=o2)
    tronc = _no_pay(g, _rate(rng, 1, 3), 0.05)
    app = rng.choice(("ShiftDeck", "Hireloop Hospitality"))
    who = rng.choice(("Alex P.", "Jordan K."))
    manager = rng.choice(("Priya Kaur", "Dan Whitfield"))
    g.must_not_appear += [app, "TRIAL SHIFT INVITED", who, manager, "Accept trial",
                          "Ask to reschedule", "tronc", "Staff discount", "black shirt",
                          f"About us{venue}", f"{cut} · {city[:4]}"]
    return [f"{app}  |  Inbox  ›  {venue} ({city})                    {who} ▾  Sign out",
            f"← Back to messages      Application #{rng.randint(10000, 99999)}      Status: "
            "TRIAL SHIFT INVITED",
            "📅 You're invited to a paid trial shift!",
            f"{job} – {venue}, {street}, {city}",
            "Saturday 12 December 2026 · 17:00 – 20:00 (3 hours)",
            f"Paid trial: {_c2('£', trial)} per hour, paid with the next payroll either way",
            "[ Accept trial ]   [ Ask to reschedule ]   [ Decline ]",
            f"Hi {who.split()[0]},",
            f"Thanks for applying to be a {job} ({alias1} / {alias2}) with us at {venue}. "
            "We'd like you to join a busy shift so you get a real feel for it.",
            f"About us{venue} is {what} run by {printed}, who operate six venues across the "
            f"north. Sector: hospitality ({gloss}).",
            "On the night you will:",
            *(f"- {d}" for d in duties),
            "What we'll be looking at on the trial",
            *(f"• {_item(n)}" for n in looks),
            "What to bring: black shirt, black trousers, your right-to-work share code.",
            "If we offer you the job",
            f"• {job} pay: {_c2('£', trial)} – {_c2('£', top)} per hour depending on experience "
            "(age 21+)",
            f"• Under-21s: {_c2('£', young)} per hour",
            f"• Plus tronc: last year tronc averaged {_c2('£', tronc)} per hour worked",
            "• Staff discount 40% on food, paid holiday 5.6 weeks",
            "Where it can lead",
            f"{job} → {up1} → {up2}. Our {_plural(up1.lower())} are on {_c2('£', r1)} per hour "
            f"and {_plural(up2.lower())} on {_c2('£', r2)}. Several of our team came to us as "
            f"{_plural(came1.lower())} or as {_plural(came2.lower())}, and one moved over to "
            f"another department as {_an(lateral.lower())}.",
            f"Cheers, {manager} — General Manager, {venue}",
            f"Other shifts near you on {app}",
            f"{o1} · {city} · {_c2('£', s1)}/hr      {o2} · {city} · {_c2('£', s2)}/hr      "
            f"{cut} · {city[:4]}",
            "Your application timeline: Applied 30 Nov → Viewed 01 Dec → Trial invited 03 Dec",
            f"{app} Ltd · Help centre · Privacy · Unsubscribe"]


# (the role, the two names the team still uses (aliases), the business (printed with its
#  legal form, short), city and state, what it is, the industry (a sector), the morning's
#  duties (`optional`), what they watch for (skills, tools in parentheses), the
#  certification (`optional`), the nice-to-have software (skills), the lead rung and the
#  manager, the lateral post and the trade it trains for, the moves in (where from), the
#  broader occupation of the BLS median and its area)
_MAILTRIAL = (
    ("Bike mechanic", ("service tech", "wrench"), ("Spoke & Sprocket Cycles LLC",
                                                   "Spoke & Sprocket Cycles"),
     "Boulder", "CO", "an independent bike shop with a busy service department",
     "bicycle retail",
     ("checking in repairs and writing up work orders", "tune-ups on the stand",
      "assembling new bikes from the box"),
     (("Wheel truing", ("truing stand",)), ("Brake bleeding", ("Shimano", "SRAM")),
      "Drivetrain adjustment", "Customer service"),
     "Park Tool School certificate", ("Lightspeed", "Ride Ready"),
     ("Service manager", "Store manager"), ("Sales associate", "Bike fitter"),
     (("shops", "Sales clerk"), ("delivery apps", "Bike courier")),
     "bicycle repairers", "Boulder area"),
    ("Line cook", ("grill cook", "short-order cook"), ("Blue Mesa Diner Inc.", "Blue Mesa Diner"),
     "Tucson", "AZ", "a 24-hour family diner", "restaurant",
     ("setting up the line and checking the temps", "cooking eggs, burgers and grill "
      "orders", "breaking down and cleaning the flat top"),
     (("Knife skills", ("dicing", "julienne")), ("Grill work", ("flat top", "char grill")),
      "Ticket timing", "Food safety"),
     "Food handler card", ("Toast", "Square KDS"),
     ("Kitchen lead", "Kitchen manager"), ("Prep cook", "Pastry cook"),
     (("fast food", "Crew member"), ("hotels", "Dishwasher")),
     "restaurant cooks", "Tucson area"),
)


def _mailtrial(rng: random.Random, g: Guide) -> list[str]:
    """A working-interview e-mail from a US employer: the mail header, "view in browser", the
    date and address, W-4 and I-9, the greeting, signature and footer (chrome), the position
    with the names the team still uses (the role and two aliases), the interview's hourly pay
    (the role's), "part of the … industry" (a sector), numbered morning duties (`optional`),
    ticked skills with tools in parentheses, a certification (`optional`) and software (skills),
    the starting range (the role's), a differential, tips and a referral bonus (no pay), a
    ladder with the lead's rate (theirs), a lateral move and a trade it trains for (a ladder of
    its own, its booking rate theirs), moves in and a BLS median of a broader occupation (a
    point, theirs)."""
    (job, (alias1, alias2), (printed, short), city, state, what, industry, duties, watch, cert,
     (soft1, soft2), (lead, manager), (lateral, trade), ((w1, came1), (w2, came2)), broad,
     area) = rng.choice(_MAILTRIAL)
    occupy(g, job, ladder=[job, lead, manager], transitions=[lateral],
           moves_in=[came1, came2])
    # ("move across to a X role and then train as a Y": the lateral move, and X → Y a
    #  ladder of its own)
    g.ladders = [[(occupation_role(lateral), lateral), (occupation_role(trade), trade)]]
    _spell(g, alias1, alias2)
    _legal(g, printed, short)
    _facts(g, [*_skills(watch), soft1, soft2], [], [_cap1(industry)], [cert, *duties])
    interview = _rate(rng, 14, 16)
    _salary(g, interview, interview, "USD", period="hour")
    start = (round(interview + rng.randrange(50, 150, 25) / 100, 2), 0.0)
    start = (start[0], round(start[0] + rng.randrange(150, 300, 25) / 100, 2))
    _salary(g, *start, "USD", period="hour")
    l_pay = round(start[1] + rng.randrange(50, 200, 25) / 100, 2)
    _salary(g, l_pay, l_pay, "USD", period="hour", belongs_to=lead)
    books = (rng.randrange(20, 25), rng.randrange(28, 34))
    _salary(g, *books, "USD", period="hour", belongs_to=trade)
    median = round(interview + rng.randrange(35, 95, 5) / 100, 2)
    _salary(g, median, median, "USD", period="hour", point=True, region=area,
            belongs_to=_cap1(broad))
    diff = _no_pay(g, rng.choice((1.0, 1.5, 2.0)), 0.25)
    referral = int(_no_pay(g, rng.choice((150, 200, 250)), 50))
    boss = rng.choice(("Kelly Marsh", "Ray Dominguez"))
    to = rng.choice(("Jamie Soto", "Casey Lin"))
    g.must_not_appear += [boss, to, "View in browser", "Add to calendar", "W-4",
                          "referral bonus", "differential", "Unsubscribe"]
    return [f"From: {short} Hiring <jobs@{short.split()[0].lower()}-mail.example>",
            f"To: {to}",
            f"Subject: Working interview confirmed – {job} (Wed 12/16)",
            "[View in browser]   [Add to calendar]",
            f"{printed.upper()} · {city}, {state}",
            f"Hi {to.split()[0]}!",
            f"Thanks for talking with us. We'd like to invite you to a PAID WORKING INTERVIEW "
            f"for our {job} position (some of our team still call it {alias1} or {alias2}).",
            "WHEN: Wednesday, December 16, 8:00 AM – 12:00 PM",
            f"WHERE: our place in {city} — check in at the front counter",
            f"PAY FOR THE INTERVIEW: {_c2('$', interview)}/hour for the 4 hours (you'll fill "
            "out a W-4 and I-9 on arrival)",
            "Who we are",
            f"{short} is {what}. We're part of the {industry} industry.",
            "What the morning looks like",
            *(f"{i}) {d}" for i, d in enumerate(duties, 1)),
            "What we're watching for (no pressure — we train!)",
            *(f"✓ {_item(n)}" for n in watch),
            f"Nice to have: {cert}, experience with {soft1} or {soft2} software.",
            "If it's a fit — pay & perks",
            f"- Starting: {_c2('$', start[0])} – {_c2('$', start[1])}/hour DOE",
            f"- Weekend shifts: +{_c2('$', diff)}/hour differential",
            "- Tips from customers are split among the team",
            f"- ${referral} referral bonus for every hire you bring us who stays 90 days",
            "Growing with us",
            f"Our path is {job} → {lead} → {manager}. {_plural(lead)} start at "
            f"{_c2('$', l_pay)}/hour. Some move across to a {lateral} role and then train as "
            f"{_an(trade)} with our {trade.lower()}, who books at ${books[0]}–${books[1]}/hour. "
            f"Most of our team came from {w1} as {_plural(came1.lower())} or from {w2} as "
            f"{_plural(came2.lower())}.",
            f"For reference, the BLS lists {broad} in the {area} at a median of "
            f"{_c2('$', median)}/hour.",
            "Please reply YES to confirm.",
            f"Thanks, {boss} · {manager}",
            f"{printed} · {city}, {state}   |   You're receiving this because you applied. "
            "Unsubscribe · Privacy"]



# --------------------------------------------------------------------------------------
# An outplacement provider's career-transition report
# --------------------------------------------------------------------------------------
# (the role, its two other titles (aliases), the employer's trading name and its group
#  (printed "… Ltd", short; both employ), the desk, the sector, the ladder below the role,
#  the cut internal next step, the move in and where from, the region, transferable skills
#  (tools in parentheses), the skills gaps (`optional`), four target roles (the third paid by
#  the hour), the target employers (`optional`))
_UKREPORT = (
    ("Travel consultant", ("Travel adviser", "Holiday sales consultant"), "Skyline Holidays",
     ("Meridian Travel Group Ltd", "Meridian Travel Group"), "high street branch network",
     "Travel retail", ("Reservations agent",), "Branch supervisor",
     ("Holiday rep", "overseas resorts"), "Yorkshire and the Humber",
     (("Selling and upselling holidays", ("Sabre", "Travelport")), "Complaints handling",
      "Foreign exchange", "Working to sales targets")),
    ("Production planner", ("Print scheduler", "Job planner"), "Calder Print Works",
     ("Pennine Packaging Group Ltd", "Pennine Packaging Group"), "carton print plant",
     "Printing and packaging", ("Print finisher",), "Production manager",
     ("Warehouse operative", "the despatch bay"), "West Midlands",
     (("Production scheduling", ("SAP PP", "Excel")), "Capacity planning",
      "Supplier liaison", "Stock control")),
)
_UKTARGETS = {
    "Travel consultant": (("Customer experience adviser", "Events coordinator",
                           "Freelance travel agent", "Cruise sales executive"),
                          ("CRM systems", "event budgeting"),
                          ("Wolds Leisure Trust", "Humber Events Company")),
    "Production planner": (("Supply chain planner", "Logistics coordinator",
                            "Freelance estimator", "Operations analyst"),
                           ("MRP systems", "Power BI"),
                           ("Tamworth Freight Services", "Severn Foods Group")),
}


def _ukreport(rng: random.Random, g: Guide) -> list[str]:
    """A UK outplacement provider's career-transition report in a candidate portal: the
    portal's menu, download / share / print buttons, the confidentiality line, the
    candidate's and the consultant's names, the programme, the section headings and the next
    steps (chrome), the position held with two other titles (the role and two aliases), the
    trading name and its group (both employ), "Sector:", the last salary (the role's) with an
    allowance and a redundancy package (no pay), a ladder, a cut next step (an up move), a move
    in, a regional benchmark (the role's), a London median (a point), the next step's reference
    range (theirs), "fewer than 1 in 10 pays above …" (no fact), transferable skills with tools
    (skills), skills gaps (`optional`), four target roles with their pay (lateral moves,
    theirs) and employers hiring for a target (`optional`)."""
    (job, (alias1, alias2), trading, (printed, short), desk, sector, below, nxt,
     (came, where), region, items) = rng.choice(_UKREPORT)
    targets, gaps, hiring = _UKTARGETS[job]
    occupy(g, job, ladder=[*below, job], leads=[nxt], transitions=list(targets),
           moves_in=[came])
    _spell(g, alias1, alias2)
    g.employers.append(trading)
    _legal(g, printed, short)
    _facts(g, _skills(items), [], [sector], [*gaps, *hiring])
    last = rng.randrange(24000, 34000, 500)
    _salary(g, last, last, "GBP")
    bench = (last - rng.randrange(3000, 6000, 500), last + rng.randrange(1500, 4000, 500))
    _salary(g, *bench, "GBP", region=region)
    london = bench[1] + rng.randrange(2000, 6000, 500)
    _salary(g, london, london, "GBP", point=True, region="London")
    ref = (bench[1] + rng.randrange(1000, 3000, 500), 0)
    ref = (ref[0], ref[0] + rng.randrange(5000, 8000, 500))
    _salary(g, *ref, "GBP", belongs_to=nxt)
    bands = []
    for i, title in enumerate(targets):
        if i == 2:  # the freelance option, by the hour
            band = (rng.randrange(16, 22), rng.randrange(24, 32))
            _salary(g, *band, "GBP", period="hour", belongs_to=title)
        else:
            lo = rng.randrange(25000, 33000, 500)
            band = (lo, lo + rng.randrange(5000, 9000, 500))
            _salary(g, *band, "GBP", belongs_to=title)
        bands.append(band)
    allowance = int(_no_pay(g, rng.randrange(900, 1800, 100), 100))
    statutory = int(_no_pay(g, rng.randrange(5000, 9000, 10), 10))
    enhanced = int(_no_pay(g, rng.randrange(1500, 4000, 10), 10))
    above = int(_no_pay(g, ref[1] - rng.randrange(1000, 3000, 500), 500))
    provider = rng.choice(("Northstar Career Transition", "Clearpath Outplacement"))
    person = rng.choice(("Gareth Lowe", "Nadia Rahman"))
    consultant = rng.choice(("Helen Firth", "Owen Price"))
    g.must_not_appear += [provider.upper(), person, consultant, "Candidate Portal",
                          "allowance", "statutory redundancy", "enhanced payment",
                          "Your current role", "Target roles we agreed",
                          "Skills gaps for your target roles"]
    opts = [f"Option {'ABCD'[i]} — {t}: "
            + (f"£{b[0]} – £{b[1]} per hour" if i == 2 else f"{_gbpy(b[0])} – {_gbpy(b[1])}")
            for i, (t, b) in enumerate(zip(targets, bands, strict=True))]
    return [f"{provider.upper()}  ·  Candidate Portal       Home  My Plan  Sessions  Job Leads  "
            "Log out",
            "You are viewing: Career Transition Report (v1)     [Download PDF]  [Share]  [Print]",
            f"CONFIDENTIAL — prepared for {person} under the outplacement programme funded by "
            f"{printed}",
            f"Consultant: {consultant}   |   Programme: Career Reset (3 months)   |   Sessions "
            f"used: {rng.randint(2, 6)} of 8",
            "1. Your current role",
            f"{job} (also titled {alias1}; in some firms {alias2}), {trading}, {printed} — "
            f"{desk}, {rng.randint(6, 15)} years.",
            f"Sector: {sector}",
            f"Last salary: {_gbpy(last)} a year (plus {_gbpy(allowance)} shift allowance — not "
            "included in the benchmark)",
            f"Redundancy package: statutory redundancy {_gbpy(statutory)} plus an enhanced "
            f"payment of {_gbpy(enhanced)}; pay in lieu of notice 8 weeks",
            "2. How you got here",
            f"Your route was {below[0]} → {job}. The internal next step, {nxt}, went in the "
            f"restructure. A few colleagues joined from {where} as {_plural(came.lower())}.",
            "3. Market benchmark for your role",
            f"{job}, {region}: {_gbpy(bench[0])} – {_gbpy(bench[1])}",
            f"{job}, London: median {_gbpy(london)}",
            f"{nxt} (for reference): {_gbpy(ref[0])} – {_gbpy(ref[1])}",
            f"Fewer than 1 in 10 vacancies pays above {_gbpy(above)}.",
            "4. Transferable skills identified in your assessment",
            *(f"• {_item(i)}" for i in items),
            f"Skills gaps for your target roles: {gaps[0]}, {gaps[1]}",
            "5. Target roles we agreed",
            *opts,
            f"Employers we found hiring for Option A in the region this month: {hiring[0]}, "
            f"{hiring[1]}.",
            "6. Next steps",
            "☐ Update CV   ☐ 3 informational interviews by 18 December",
            f"© 2026 {provider} Ltd · Privacy · Help"]


def _gbpy(amount: int) -> str:
    """Pounds with comma thousands: "£31,500"."""
    return f"£{amount:,}"


# (the role, its title at the employer (an alias), the employer (printed with its legal
#  form, short), city and state, the industry (a sector), the ladder below the role, the cut
#  next rung, the same role's other employers ("a A or a B") and two firms hiring now
#  (employ), the skills inventory (category, items; "Licenses" `optional`), the metro, four
#  options (the second paid "base + commission"))
_USREPORT = (
    ("Claims adjuster", "Property Claims Representative", ("Great Plains Casualty Company",
                                                          "Great Plains Casualty"),
     "Wichita", "KS", "Property and casualty insurance", ("Claims processor",),
     "Claims supervisor", ("an independent adjusting firm", "a mutual insurer"),
     ("Prairie Adjusting Group", "Cimarron Mutual Insurance"),
     (("Investigation", ("Damage inspection", "Liability analysis")),
      ("Negotiation", ("Settlement negotiation",)),
      ("Systems", ("Xactimate", "Guidewire ClaimCenter"))),
     "Kansas adjuster license", "Wichita metro",
     ("Insurance underwriter", "Insurance sales agent", "Risk analyst",
      "Customer success manager")),
    ("Distribution center supervisor", "Shift Operations Supervisor",
     ("Tri-State Fulfillment, Inc.", "Tri-State Fulfillment"), "Columbus", "OH",
     "Third-party logistics", ("Warehouse associate", "Inventory controller"),
     "Operations manager", ("a retailer's distribution center", "a parcel carrier"),
     ("Buckeye Freight Logistics", "Scioto Distribution Services"),
     (("People", ("Shift scheduling", "Coaching")),
      ("Operations", ("Labor planning", "Safety audits")),
      ("Systems", ("Manhattan WMS", "Microsoft Excel"))),
     "OSHA 30 card", "Columbus metro",
     ("Transportation planner", "Freight sales representative", "Production supervisor",
      "Continuous improvement specialist")),
)


def _usreport(rng: random.Random, g: Guide) -> list[str]:
    """A US outplacement provider's career-options summary: the navigator's menu, the coach
    line, the programme, the export buttons, the coach's note and the action plan (chrome), the
    position held with the bank's or firm's own title (the role and an alias), the former
    employer (employs), "Industry:" (a sector), the base salary at separation (the role's), an
    incentive target, severance and a COBRA subsidy (no pay), a ladder and a cut next rung (an
    up move), a labelled skills inventory (skills; the category labels and the licence
    `optional`), the metro's median (a point) and typical range (the role's), "Top 10% earn
    more than …" (no fact), "same role, new employer" with the firms hiring now (employ), and
    four options with their pay (lateral moves, theirs; "base + commission" the base)."""
    (job, alias, (printed, short), city, state, industry, below, nxt, (other1, other2),
     (hire1, hire2), inventory, licence, metro, options) = rng.choice(_USREPORT)
    occupy(g, job, ladder=[*below, job], leads=[nxt], transitions=list(options))
    _spell(g, alias)
    _legal(g, printed, short)
    skills = [s for _, names in inventory for s in names]
    cats = [c for c, _ in inventory]
    _facts(g, skills, [hire1, hire2], [industry], [*cats, licence])
    base = rng.randrange(58000, 80000, 500)
    _salary(g, base, base, "USD")
    median = base - rng.randrange(1000, 4000, 500)
    _salary(g, median, median, "USD", point=True, region=metro)
    typical = (median - rng.randrange(6000, 9000, 500), median + rng.randrange(8000, 12000, 500))
    _salary(g, *typical, "USD", region=metro)
    pays: list[tuple[int, int]] = []
    for i, title in enumerate(options):
        lo = rng.randrange(42000, 50000, 500) if i == 1 else rng.randrange(55000, 85000, 500)
        band = (lo, lo) if i == 1 else (lo, lo + rng.randrange(10000, 20000, 500))
        _salary(g, *band, "USD", belongs_to=title)
        pays.append(band)
    top = int(_no_pay(g, typical[1] + rng.randrange(5000, 10000, 500), 500))
    weeks = rng.choice((12, 16, 20))
    provider = rng.choice(("Summit Transition Partners", "Lakeside Career Partners"))
    person = rng.choice(("Derek", "Monica"))
    coach = rng.choice(("Laura Chen", "Marcus Webb"))
    g.must_not_appear += [provider, coach, "Career Navigator", "Annual incentive target",
                          "Severance", "COBRA subsidy", "YOUR SKILLS INVENTORY", "ACTION PLAN"]
    lines = [f"{pays[i][0]:,}" for i in range(4)]
    return [f"{provider} — Career Navigator            ⌂ Dashboard | Reports | Coaching | "
            "Job Board | Help",
            f"Welcome back, {person}.   Your coach: {coach}, CPRW   Program: Professional (90 "
            "days, sponsored by your former employer)",
            "▼ Career Options Summary — generated 12/02/2026 from your intake and coaching "
            "sessions",
            "[Export to PDF]  [Email to me]",
            "YOUR STARTING POINT",
            f"Position held: {job} (known at your company as {alias})",
            f"Employer: {printed} — {city}, {state} (site closed 10/30/2026)",
            f"Industry: {industry}",
            f"Base salary at separation: ${base:,} per year",
            f"Annual incentive target: {rng.choice((8, 10, 12))}% of base (not part of base pay)",
            f"Severance: {weeks} weeks of base pay; COBRA subsidy for 3 months",
            "YOUR PATH SO FAR",
            f"You followed the classic ladder: {' → '.join([*below, job])}. The next rung you "
            f"were being groomed for was {nxt} — that role was cut in the same "
            "reorganization.",
            "YOUR SKILLS INVENTORY (from your assessment and coach review)",
            *(f"{c} — {'; '.join(names)}" for c, names in inventory),
            f"Licenses — {licence} (active)",
            f"MARKET CHECK — {job}, {metro}",
            f"Median base: ${median:,} per year  ·  Typical range: ${typical[0]:,} – "
            f"${typical[1]:,}",
            f"Top 10% earn more than ${top:,} (one-sided; not used in planning)",
            "OPTIONS WE EXPLORED",
            f"1) {job} at {other1} or {other2} — same role, new employer. Hiring now: {hire1}, "
            f"{hire2}.",
            f"2) {options[0]} — ${lines[0]} – ${pays[0][1]:,} base, lateral move",
            f"3) {options[1]} — ${lines[1]} base + commission",
            f"4) {options[2]} — ${lines[2]} – ${pays[2][1]:,}",
            f"5) {options[3]} — ${lines[3]} – ${pays[3][1]:,}",
            "Coach's note: Options 1 and 2 fit your stated priorities.",
            "ACTION PLAN",
            "☑ Resume approved   ☐ Apply to 5 roles per week",
            f"This report is confidential. {provider}, LLC · Terms · Privacy"]


# --------------------------------------------------------------------------------------
# An internal talent-marketplace role page
# --------------------------------------------------------------------------------------
# (the role, the company (printed "… plc", short), the job family, the business area (a
#  sector), what the role does, two aliases, skills you have, skills to build, the grades,
#  the manager and head rungs, where people came from (two titles; the scheme `optional`),
#  where they went next (two titles))
_UKMARKET = (
    ("Claims handler", ("Larkspur Insurance Group plc", "Larkspur Insurance"), "Claims",
     "Commercial Insurance", "settles property and liability claims for business customers",
     ("Claims technician (legacy title)", "Claims negotiator"),
     ("Claims investigation", "Negotiation", "Microsoft Excel", "Customer empathy"),
     ("Fraud indicators", "Guidewire ClaimCenter", "Reserving"),
     ("B2", "B3", "C1"), ("Claims team manager", "Head of claims"),
     ("Customer service adviser", "Underwriting administrator"),
     ("Loss adjuster", "Fraud investigator")),
    ("Payroll officer", ("Brackenfield Retail Group plc", "Brackenfield Retail"), "People "
     "Operations", "Retail", "runs the monthly and weekly payrolls for stores and the "
     "head office",
     ("Payroll administrator (legacy title)", "Payroll specialist"),
     ("Payroll processing", "Microsoft Excel", "Attention to detail", "HMRC RTI submissions"),
     ("Pension auto-enrolment", "SAP SuccessFactors", "Process automation"),
     ("B1", "B2", "C1"), ("Payroll manager", "Head of reward"),
     ("Accounts clerk", "HR administrator"), ("HR business partner", "Management accountant")),
)


def _ukmarket(rng: random.Random, g: Guide) -> list[str]:
    """A UK employer's internal opportunity marketplace: the navigation, search, the signed-in
    colleague, notifications, save / share buttons, the match score, endorsements, open
    positions, gigs, mentors and the feedback line (chrome), the role in capitals (the role),
    "Business area:" (a sector), a glued "About this roleThe …" with "Also listed as:" (two
    aliases), skills you have and skills to build on one line each (skills), a grade pay table
    (the role's at its grade, the Senior grade the role's at Senior, the manager's theirs), a
    bonus and a benefits fund (no pay), "came from" (moves in; the graduate scheme `optional`)
    and "went next" (lateral moves; the Senior rung on the ladder) with percentages, "Left …"
    (no role) and a typical path (a ladder); the company employs."""
    (job, (printed, short), family, area, what, (alias1, alias2), have, build, (gr1, gr2, gr3),
     (manager, head), (came1, came2), (next1, next2)) = rng.choice(_UKMARKET)
    senior = f"Senior {job.lower()}"
    occupy(g, job, ladder=[job, senior, manager, head], transitions=[next1, next2],
           moves_in=[came1, came2])
    _spell(g, alias1.split(" (")[0], alias2)
    _legal(g, printed, short)
    _facts(g, [*have, *build], [], [area], ["Graduate scheme"])
    low = rng.randrange(30000, 40000, 1000)
    own = (low, low + rng.randrange(9000, 14000, 1000))
    _salary(g, *own, "GBP", level=f"Grade {gr1}")
    sen = (own[1] - rng.randrange(2000, 4000, 1000), own[1] + rng.randrange(9000, 13000, 1000))
    _salary(g, *sen, "GBP", level="Senior")
    mgr = (sen[1] - rng.randrange(1000, 3000, 1000), sen[1] + rng.randrange(14000, 18000, 1000))
    _salary(g, *mgr, "GBP", belongs_to=manager)
    fund = int(_no_pay(g, rng.choice((1500, 2000, 2500)), 100))
    came_p, went_p = _pct(rng, 3), _pct(rng, 3)
    who = rng.choice(("Sunita M.", "Rhys T."))
    market = rng.choice(("Opportunity Marketplace", "Internal Talent Hub"))
    g.must_not_appear += [market, who, family, "Your match", "Endorsed by colleagues",
                          "Gigs that build these skills", f"Left {short}",
                          f"About this roleThe {job}", "Mentors available"]
    return [f"{short} | {market}            🔍 Search roles, gigs, mentors      🔔 2   {who} ▾",
            "Home   Explore roles   Gigs   Mentoring   My profile   My skills   Learning",
            f"Explore roles › {family} › {job}            ♡ Save to my aspirations   ↗ Share",
            job.upper(),
            f"Job family: {family}   ·   Business area: {area}   ·   Grade {gr1}   ·   Locations: "
            "Norwich, Leeds, hybrid",
            f"Your match {rng.randint(55, 90)}%   based on your profile skills",
            f"About this roleThe {job} {what}. Also listed as: {alias1}, {alias2}.",
            "Skills for this role",
            f"Skills you have ✓  {' · '.join(have)}",
            f"Skills to build ○  {' · '.join(build)}",
            f"Endorsed by colleagues: {have[0]} ({rng.randint(3, 15)})",
            "Pay for this role (pay transparency)",
            f"Grade {gr1} — {job}: {_gbpy(own[0])} – {_gbpy(own[1])}",
            f"Grade {gr2} — {senior[:1].upper()}{senior[1:]}: {_gbpy(sen[0])} – "
            f"{_gbpy(sen[1])}",
            f"Grade {gr3} — {manager}: {_gbpy(mgr[0])} – {_gbpy(mgr[1])}",
            f"Discretionary bonus (target 8% of salary) and flexible benefits fund "
            f"({_gbpy(fund)}) are not shown in the ranges.",
            f"Where people in this role came from (last 3 years, {rng.randint(20, 60)} moves)",
            f"{came1} {came_p[0]}%  ·  {came2} {came_p[1]}%  ·  Graduate scheme {came_p[2]}%  ·  "
            "Other 6%",
            "Where people in this role went next",
            f"{senior[:1].upper()}{senior[1:]} {went_p[0]}%  ·  {next1} {went_p[1]}%  ·  {next2} "
            f"{went_p[2]}%  ·  Left {short} 21%",
            f"Typical path: {job} → {senior[:1].upper()}{senior[1:]} → {manager} → {head}",
            "Open positions (internal first)",
            f"{job} – Norwich · closes 15 Dec",
            "Gigs that build these skills",
            "Data quality sprint — 6 weeks, 10% of your time",
            "Mentors available",
            f"Mentor list ({manager}) · [Request a mentor]",
            "Was this page helpful?  👍 👎     Powered by TalentArc",
            f"{printed} · Internal use only"]


# (the role, its other name (an alias), the company, what it is (a sector), the department,
#  job family and profile code, what the role does, the skills profile (tools in
#  parentheses), licences (`optional`), the grades of levels I and II, the next rung and the
#  head, the two lateral posts, the three posts people arrive from, the apprentices'
#  programme (`optional`), two sites)
_USHUB = (
    ("Meter technician", "Metering Services Technician", "Bluestem Natural Gas",
     ("a natural gas utility", "Natural gas utility"), "Measurement & Regulation",
     "Field Operations", "MT",
     "tests, installs and repairs residential and commercial gas meters and regulators",
     (("Meter testing", ("prover bench",)), "Regulator maintenance", "Leak detection",
      ("Work order software", ("SAP PM",)), "Customer communication"),
     "Operator Qualification (OQ) covered tasks · CDL Class B (preferred)", (18, 20),
     ("Meter shop supervisor", "Measurement manager"),
     ("Gas service technician", "Corrosion technician"),
     ("Meter reader", "Field service representative", "HVAC technician"),
     "Pipeline Apprentice", ("Topeka Service Center", "Salina")),
    ("Water quality analyst", "Laboratory Analyst", "Tri-Rivers Water Authority",
     ("a regional water and wastewater utility", "Water and wastewater utility"),
     "Laboratory Services", "Environmental Compliance", "WQA",
     "samples and tests drinking water and wastewater and reports the results to the state",
     (("Laboratory analysis", ("ICP-MS", "IC")), "Sampling procedures",
      ("LIMS data entry", ("LabWare",)), "QA/QC", "Technical writing"),
     "State Water Laboratory Analyst certification · Class II water operator (preferred)",
     (21, 23), ("Laboratory supervisor", "Water quality manager"),
     ("Environmental compliance specialist", "Process control operator"),
     ("Lab technician", "Wastewater operator", "Environmental technician"),
     "Operator-in-Training", ("Central Laboratory", "North Plant")),
)


def _ushub(rng: random.Random, g: Guide) -> list[str]:
    """A US utility's internal career hub: the header, the signed-in colleague, the inbox,
    breadcrumb, the job profile, department, FLSA and bargaining-unit line, follow / compare
    buttons, open requisitions with their ids, gigs and learning (chrome), the role (the
    role), a glued "Profile summaryAlso known as X." (an alias), a skills profile with importance
    dots and tools in parentheses (skills), licences (`optional`), levels I and II of the role
    (the role's at each level), the next rung's annual range (theirs), overtime, on-call and
    standby premiums (no pay), the company median of incumbents (a point), a career path (a
    ladder), lateral moves and moves in in prose (the apprentices' programme `optional`) and
    the company's own description (a sector); the company employs."""
    (job, alias, company, (what, sector), dept, family, code, does, profile, licences,
     (gr1, gr2), (nxt, head), (lat1, lat2), (came1, came2, came3), programme,
     (site1, site2)) = rng.choice(_USHUB)
    occupy(g, job, ladder=[job, nxt, head], transitions=[lat1, lat2],
           moves_in=[came1, came2, came3])
    _spell(g, alias)
    g.employers.append(company)
    _facts(g, _skills(profile), [], [sector], [*licences.split(" · "), programme])
    lv1 = (_rate(rng, 21, 25), 0.0)
    lv1 = (lv1[0], round(lv1[0] + rng.randrange(600, 800, 5) / 100, 2))
    lv2 = (round(lv1[0] + rng.randrange(250, 400, 5) / 100, 2), 0.0)
    lv2 = (lv2[0], round(lv2[0] + rng.randrange(700, 900, 5) / 100, 2))
    l1, l2 = f"{job} I (Grade {gr1})", f"{job} II (Grade {gr2})"
    _salary(g, *lv1, "USD", period="hour", level=l1)
    _salary(g, *lv2, "USD", period="hour", level=l2)
    sup = (rng.randrange(72000, 86000, 1000), 0)
    sup = (sup[0], sup[0] + rng.randrange(18000, 26000, 1000))
    _salary(g, *sup, "USD", belongs_to=nxt)
    median = round(lv1[1] - rng.randrange(40, 150, 5) / 100, 2)
    _salary(g, median, median, "USD", period="hour", point=True)
    standby = _no_pay(g, rng.choice((2.5, 3.0, 3.5)), 0.25)
    req1, req2 = rng.randint(20000, 39999), rng.randint(40000, 59999)
    who = rng.choice(("Dana R.", "Miguel T."))
    bargaining = "Represented (Technical bargaining unit)"
    g.must_not_appear += ["Career Hub", "Internal Gigs", who, family, dept, bargaining,
                          "on-call pay", "Overtime", f"R-{req1} {job} I",
                          f"Profile summaryAlso known as {alias}", "Equal Opportunity Employer"]
    return [f"{company.upper()} · Career Hub           Jobs   Internal Gigs   Career Paths   My "
            f"Skills   Help        {who} ⌄",
            "Inbox (1)   |   Tasks   |   Learning   |   Sign Out",
            f"Career Paths > {family} > {job}",
            job,
            f"Job profile {code}-1 / {code}-2 · Department: {dept} · Job family: {family} · FLSA: "
            f"Non-exempt · {bargaining}",
            f"☆ Follow this role      Compare with my current job      Ask a {dept} mentor",
            f"Profile summaryAlso known as {alias}. The role {does}.",
            "Skills profile (importance)",
            *(f"{'●' * (5 - i // 2)}{'○' * (i // 2)} {_item(cast('Item', p))}"
              for i, p in enumerate(profile)),
            f"Licenses & certifications: {licences}",
            "Pay",
            f"{l1}: {_c2('$', lv1[0])} – {_c2('$', lv1[1])} per hour",
            f"{l2}: {_c2('$', lv2[0])} – {_c2('$', lv2[1])} per hour",
            f"{nxt} (Grade {gr2 + 5}, exempt): ${sup[0]:,} – ${sup[1]:,} per year",
            f"Overtime at 1.5x and on-call pay ({_c2('$', standby)}/hour standby) are paid in "
            "addition and are not part of the range.",
            f"Company median for {job} I and II incumbents: {_c2('$', median)} per hour",
            "Career path",
            f"{job} → {nxt} → {head}",
            f"Colleagues who held this role moved laterally to {lat1} or {lat2}. People usually "
            f"arrive from {came1}, {came2} or {came3} jobs; apprentices from our {programme} "
            "program sometimes transfer in.",
            "Open requisitions",
            f"R-{req1} {job} I — {site1}       R-{req2} {job} II — {site2} (posted 12/02)",
            "Internal gigs",
            "Asset data clean-up (6 weeks, 4 hrs/week)",
            f"{company} is {what} serving the region. Equal Opportunity Employer.",
            f"© 2026 {company} · Privacy · Powered by Workday"]


(FAMILY47_RENDERERS, FAMILY47_LAYOUTS, FAMILY47_LADDER_LAYOUTS,
 FAMILY47_ALIAS_LAYOUTS) = variant_families({
    "bulgarianmt": {"plant": _bgplant, "resort": _bgresort},
    "tagalogmt": {"shop": _phshop, "builder": _phbuild},
    "walkindrive": {"india": _indrive, "gulf": _gulfdrive},
    "trialshift": {"app": _apptrial, "email": _mailtrial},
    "outplacement": {"uk": _ukreport, "us": _usreport},
    "talentmarket": {"marketplace": _ukmarket, "hub": _ushub},
})
