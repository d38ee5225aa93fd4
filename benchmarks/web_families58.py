"""Generator renderers for the six page families of held-back set 58 (Armenian postings ...).

Held-back set 58 showed six more kinds of page users bring: an Armenian job posting read
through a browser translator (a workshop's craft posting with the "clean" pay in drams and the
"dirty" gross about it, the probation pay in thousand drams, the apprentices' pay, the master's
floor and a growth line, or an IT board's posting priced in US dollars "clean" with its dram
equivalent, the Middle rung, the trial period pay, Senior's floor and a rung's floor in the
growth line), a Lao job posting read through a translator (a hotel or shop posting with kip
written with dots and its baht equivalent, the probation pay, the service charge, a growth line
with a rung's floor, or a state enterprise's recruitment announcement with the salary index at
a level and step, the contract staff's pay and the other positions' pay), a resignation and
counter-offer exchange (an e-mail thread with the competing offer pasted in, or an HR system's
counter-offer compensation change request), a sales compensation plan (a commission portal's
participant plan summary with its salary guide, or a merchant's letter of individual incentive
terms with its band schedule), a performance improvement plan (a practice's PIP form, or a
city's PIP e-mailed under a union agreement) and a declaration of work experience for a licence
or a skills assessment (an authority's employer declaration form, or an employer's statement
of service in an assessment body's portal).  These renderers write such pages from a planned
guide, two variants a family, about occupations that fit them (occupy()); every fact the truth
keeps is printed and what a style does not state is cleared: the dirty gross about a clean net,
the dram equivalent of a dollar figure, the baht equivalent of kip, an hourly or annualized
equivalent and a fortnightly gross are the same pay; piecework, bonuses, allowances, service
charges, fees per unit, OTE, quotas, commissions, SPIFFs, draws, merit increases, sign-on and
retention bonuses, agency rates, award rates "for information only" and fees stay out of the
role's pay; minimum wages are nobody's pay; Middle, Trial period, Probation, Apprentice, Senior,
Junior, Lead, Contract, I, II, a grade, a band, a range and step, a salary index level and a
licence class are the role's own at their level, board averages and medians its points, and
other titles' figures keep their owners; glosses, idioms, licences, certificates, agents and
customers' industries are `optional` or must not appear.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from benchmarks.web_kit import (
    _an,
    _cap,
    _facts,
    _legal,
    _no_pay,
    _plural,
    _salary,
    _spell,
    clear_of,
    occupy,
    thousands,
    variant_families,
)

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY58_ALIAS_LAYOUTS", "FAMILY58_LADDER_LAYOUTS", "FAMILY58_LAYOUTS",
           "FAMILY58_RENDERERS"]

# The pay figures set 58's pages print, by currency: a generated page in the same shape must
# not repeat one by chance (the 6-word overlap check's figure half).
_SET58 = {
    "AMD": (75_000, 150_000, 250_000, 280_000, 350_000, 380_000, 400_000, 410_000, 450_000,
            470_000, 500_000, 550_000, 670_000, 700_000, 965_000, 1_270_000, 1_350_000,
            1_780_000),
    "USD": (1_800, 2_200, 2_500, 2_800, 2_900, 3_500, 3_600, 4_000, 5_000, 5_500, 18.4, 19.8,
            20.95, 22.6, 23.1, 26.4, 26.74, 27.18, 28.49, 29.75, 37.96, 44.25, 46_000, 52_000,
            56_000, 56_534, 58_000, 62_000, 70_000, 78_000, 82_000, 87_300, 89_500, 92_000,
            90_000, 92_040, 93_000, 110_000, 130_000, 32_000, 540_000),
    "LAK": (2_500_000, 2_700_000, 2_800_000, 2_990_000, 3_000_000, 3_100_000, 3_200_000,
            3_400_000, 3_500_000, 3_800_000, 3_900_000, 4_000_000, 4_200_000, 4_500_000,
            5_500_000),
    "CAD": (24.5, 35.08, 36.0, 42.75, 47.0, 52.0, 54_000, 60_000, 61_000, 64_800, 68_400,
            70_000, 71_200, 75_000, 76_000, 77_500, 78_000, 78_900, 87_500, 91_000, 105_000),
    "GBP": (26_000, 27_000, 30_000, 31_000, 32_000, 34_500, 35_900, 38_000, 44_000, 46_000,
            54_000),
    "PGK": (3.1, 4.2, 6.5, 8.2, 9.8, 10.6, 11.5, 14.0),
    "WST": (3.1, 4.2, 6.5, 8.2, 9.8, 10.6, 11.5, 14.0),
}


def _off(value: float, step: float, currency: str) -> float:
    """``value`` moved up by ``step`` until it is no figure set 58 prints in ``currency``."""
    return clear_of(value, step, _SET58[currency])


def _sp(amount: float) -> str:
    """A figure with a space between thousands, as an Armenian board prints it: 365000 →
    "365 000"."""
    return thousands(amount, " ")


def _kip(amount: float) -> str:
    """Kip with dots for thousands, as a Lao board prints it: 3650000 → "3.650.000"."""
    return thousands(amount, ".")


def _usd(amount: float) -> str:
    """A dollar figure: cents kept for a rate ("$21.40"), none for a salary ("$64,500")."""
    return f"${amount:,.2f}" if amount < 1_000 else f"${int(amount):,}"


# --------------------------------------------------------------------------------------
# An Armenian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role) and its Armenian gloss (must not appear), the company (printed, short),
#  the district and the workshop town, what the firm does (a sector) and what it makes for
#  (`optional`), duties (no skills), know-how (skills), the motifs or woods in brackets
#  (`optional`), the idiom (must not appear), the master's title and the head of the growth
#  line, the two trades that may pass to the role (moves in), the breadcrumb's categories (must
#  not appear), the similar vacancies: the same title's company and town, another title, its
#  company (`optional`) and town, a "By agreement" title and company (`optional`) and the row
#  cut mid-figure)
_AMCRAFT = (
    ("Woodcarver", "Փայտափորագրող", ("Nairi Ptugh LLC", "Nairi Ptugh"),
     "Shengavit administrative district", "Dilijan (Tavush marz)",
     "the making of carved walnut furniture and church doors", "hotels and private houses",
     ("cutting of the relief on the walnut panels by the drawing of the designer",
      "assembling of the carved details with the joiners",
      "oiling and waxing of the finished surface"),
     ("relief carving", "sharpening of the gouges", "reading of furniture drawings",
      "router work", "wood finishing"),
     ("walnut", "oak", "pear"), "the tree remembers every wrong cut",
     "Master Woodcarver", "Head of the carving shop", ("Joiners", "Furniture assemblers"),
     ("Production / Furniture", "Wood processing"),
     (("Ijevan Art Wood CJSC", "Ijevan Art Wood"), "Ijevan"),
     ("Furniture joiner", "Sosi Mebel LLC", "Vanadzor"),
     ("Lacquer sprayer", "Hrazdan Interior LLC"),
     "Wood turner · Tavush Craft LLC · Dilijan · 230 0"),
    ("Goldsmith", "Ոսկերիչ", ("Arev Gold LLC", "Arev Gold"),
     "Malatia-Sebastia administrative district", "Vagharshapat (Armavir marz)",
     "the making of gold and silver jewellery with Armenian motifs", "shops of Vernissage",
     ("soldering and assembling of rings, earrings and pendants",
      "setting of the stones by the sketch of the designer",
      "polishing and rhodium plating of the finished pieces"),
     ("filigree work", "stone setting", "soldering", "wax model casting", "hand engraving"),
     ("pomegranate", "eternity sign", "Ararat"), "the gold likes a cold head",
     "Master Goldsmith", "Head of the jewellery workshop", ("Watch repairers", "Engravers"),
     ("Production / Jewellery", "Precious metals"),
     (("Yerevan Jewellery Plant CJSC", "Yerevan Jewellery Plant"), "Yerevan"),
     ("Jewellery polisher", "Zard Atelier LLC", "Gyumri"),
     ("Gemologist", "Lusin Stones LLC"),
     "Silver caster · Ani Silver LLC · Yerevan · 310 0"),
)


def _amcraft(rng: random.Random, g: Guide) -> list[str]:
    """An Armenian job board's workshop posting through a translator: the translator bar, menu
    with languages, breadcrumb (its categories must not appear), dates, views, buttons, the HR
    contact and footer (chrome), "TITLE (Armenian gloss)" (the role; the gloss must not appear),
    the company with its verified badge (employs), "a - b ֏ (clean)" (the role's), a glued
    "About the company…Job description:-" (what the firm does a sector, what it makes for
    `optional`; duties no skills), requirements (know-how skills, the motifs `optional`, the
    idiom must not appear), conditions (the dirty gross about the clean pay the same pay; the
    probation pay in thousand drams at Probation; the apprentices' pay at Apprentice; the
    master's "from" theirs; the bonus per piece, the holiday bonus and the advance no pay), the
    minimum salary (nobody's), a glued growth line (the ladder from the role; the apprentice
    `optional`), the trades who may pass to the work (moves in), the board's average (the role's
    point with the town) and similar vacancies (the same title at another firm: an employer and
    the role's with its town; another title's band theirs with its town, its company
    `optional`; "By agreement" `optional`; one cut)."""
    (job, gloss, (printed, short), district, workshop, sector, customers, duties, skills,
     motifs, idiom, master, head, (came1, came2), crumbs, ((sprinted, sshort), stown),
     (other, ofirm, otown), (agreed, afirm), cut) = rng.choice(_AMCRAFT)
    apprentice = f"apprentice {job.lower()}"
    occupy(g, job, ladder=[job, master, head], moves_in=[came1[:-1], came2[:-1]])
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    _facts(g, list(skills), [], [sector], [*motifs, apprentice, customers, ofirm, afirm])
    low = _off(rng.randrange(30, 40) * 10_000 + rng.choice((0, 5_000)), 5_000, "AMD")
    high = _off(low + rng.randrange(10, 20) * 10_000, 5_000, "AMD")
    _salary(g, low, high, "AMD", period="month")
    probation = _off(low - rng.randrange(4, 8) * 10_000, 10_000, "AMD")
    _salary(g, probation, probation, "AMD", period="month", level="Probation")
    learner = _off(rng.randrange(12, 17) * 10_000 + 5_000, 5_000, "AMD")
    _salary(g, learner, learner, "AMD", period="month", level="Apprentice")
    mfloor = _off(high + rng.randrange(15, 25) * 10_000, 10_000, "AMD")
    _salary(g, mfloor, None, "AMD", period="month", belongs_to=master)
    average = _off(low + rng.randrange(2, 9) * 5_000, 5_000, "AMD")
    _salary(g, average, average, "AMD", period="month", point=True, region="Yerevan")
    same = _off(low + rng.randrange(2, 5) * 10_000, 10_000, "AMD")
    same_high = _off(same + rng.randrange(12, 18) * 10_000, 10_000, "AMD")
    _salary(g, same, same_high, "AMD", period="month", region=stown)
    olow = _off(low - rng.randrange(5, 9) * 10_000, 10_000, "AMD")
    ohigh = _off(olow + rng.randrange(8, 12) * 10_000, 10_000, "AMD")
    _salary(g, olow, ohigh, "AMD", period="month", belongs_to=other, region=otown)
    dirty_low = int(_no_pay(g, round(low * 1.34, -4), 10_000))
    dirty_high = int(_no_pay(g, round(high * 1.34, -4), 10_000))
    piece = int(_no_pay(g, rng.choice((40_000, 60_000, 90_000)), 5_000))
    minimum = int(_no_pay(g, 75_000 + rng.choice((0, 10_000)), 5_000))
    board = rng.choice(("Ashkhatanq.am", "KamarJob.am"))
    g.must_not_appear += [gloss, idiom, cut, *crumbs, board, "Verified employer"]
    return ["Translated from: Armenian → English   ⟲ Original   Translator options ▾",
            f"{board} · jobs in Armenia   Vacancies  Employers  CV base  Courses   HY | RU | EN",
            f"Home › Vacancies › {crumbs[0]} › {crumbs[1]}",
            f"{job.upper()} ({gloss})",
            f"{printed}  ☑ Verified employer",
            f"📍 Yerevan, {district} + workshop in {workshop}",
            f"💰 {_sp(low)} - {_sp(high)} ֏ (clean)",
            f"Full-time · 6 days a week · Experience: {rng.randint(2, 5)} years",
            f"Published: {rng.randint(1, 9):02d}.12.2026 · Views: {rng.randint(300, 2400):,}",
            "[ Send CV ]  [ ☆ ]  [ Forward ]  [ Report ]",
            f"About the company{printed} works in {sector} since "
            f"{rng.randint(1998, 2015)}, mostly for {customers}.Job description:-{duties[0]}"
            f"-{duties[1]}-{duties[2]}",
            "Requirements:",
            f"- {rng.randint(2, 4)} years of experience in the same craft",
            f"- {_cap(skills[0])} with traditional motifs ({', '.join(motifs)})",
            f"- {_cap(skills[1])} and {skills[2]}",
            f"- {_cap(skills[3])} will be a plus, {skills[4]} is obligatory",
            f"- as our old masters say, \"{idiom}\"",
            "Conditions:",
            f"• Salary {_sp(low)} - {_sp(high)} AMD clean by the skill (\"dirty\", with the "
            f"taxes inside: near {_sp(dirty_low)} - {_sp(dirty_high)} AMD)",
            f"• Probation of 2 months - {probation // 1000} thousand drams clean",
            f"• College students are taken as apprentices: {_sp(learner)} ֏ clean while "
            "learning",
            f"• {master} (varpet) - from {_sp(mfloor)} ֏",
            f"• + a bonus of {_sp(piece)} ֏ for each finished order piece",
            "• lunch at the workshop, transport from Yerevan, a New Year bonus, advance on the "
            "15th",
            f"For reference: the legal minimum wage of RA is {_sp(minimum)} ֏ a month.",
            f"Way up in the workshop:-{apprentice} → {job.lower()} → {master} (varpet) → {head}",
            f"{came1} and {came2.lower()} wishing to move into artistic work are invited "
            "too; the motifs we teach ourselves.",
            f"Contact person: HR Manager Gayane · +374 (9{rng.randint(1, 9)}) xx-xx-xx",
            f"Average salary for the profession \"{job}\" in Yerevan: {_sp(average)} ֏ (by "
            f"the data of {board}, {rng.randint(12, 60)} vacancies)",
            "Similar vacancies",
            f"{job} · {sprinted} · {stown} · {_sp(same)} - {_sp(same_high)} ֏",
            f"{other} · {ofirm} · {otown} · {_sp(olow)} - {_sp(ohigh)} ֏",
            f"{agreed} · {afirm} · Yerevan · By agreement",
            cut,
            f"© 2026 {board}  About  Tariffs  Privacy  Contacts"]


# (the title (the role) and its Armenian gloss (must not appear), the company (printed, short),
#  its district, what the firm does (a sector) and its customers (`optional`), duties (no
#  skills), the numbered requirements' know-how (skills), the certification (`optional`), the
#  idiom (must not appear), the lead rung and the head of the growth line, the staff who may
#  pass to development (a move in), the lateral move, the similar vacancies: Senior's company
#  (an employer), Junior's company (an employer), another title and its company (`optional`),
#  the "Negotiable" title at the same company and the row cut mid-figure)
_AMIT = (
    ("Python Developer", "Python ծրագրավորող", ("Zvartnots Data CJSC", "Zvartnots Data"),
     "Arabkir", "logistics software (route optimization and fleet tracking)",
     "carriers of Armenia, Georgia and Moldova",
     ("development of the services of the tracking platform",
      "integration with the GPS devices of the partners", "writing of the tests"),
     ("Python 3", "Django", "FastAPI", "Celery", "Redis", "ClickHouse", "Docker", "GitLab CI",
      "pytest"), "AWS Certified Developer", "to have a \"warm head and cold hands\"",
     "Team Lead", "Head of Engineering", "Support engineers",
     "Data Engineer",
     (("Hrazdan Soft LLC", "Hrazdan Soft"), ("Byurakan Labs LLC", "Byurakan Labs")),
     ("Go developer", "Cascade Bytes CJSC"), "Product analyst",
     "Python developer · Vanadzor IT Hub · Vanadzor · $1 6"),
    ("Frontend Developer", "Frontend ծրագրավորող", ("Garni Pay CJSC", "Garni Pay"),
     "Kentron", "online payments and e-wallets", "online shops and utility companies",
     ("development of the personal cabinet of the users", "code review of the colleagues",
      "work with the designers on the new screens"),
     ("TypeScript", "React", "Redux Toolkit", "Next.js", "Webpack", "Jest", "Cypress",
      "Storybook", "Figma"), "Meta Front-End certificate", "to have \"eyes in the fingers\"",
     "Frontend Lead", "Chief Technology Officer", "Manual testers",
     "UI Designer",
     (("Sevkar Systems LLC", "Sevkar Systems"), ("Tatev Digital LLC", "Tatev Digital")),
     ("Flutter developer", "Aragats Mobile CJSC"), "Backend developer",
     "Frontend developer · Gyumri Code Lab · Gyumri · $1 4"),
)


def _amit(rng: random.Random, g: Guide) -> list[str]:
    """An Armenian IT board's posting through a translator: the translator bar, menu with
    languages, breadcrumb, rating, hybrid line, dates, applicants, buttons, the relocants and
    tax privilege lines, contact and footer (chrome), "Middle Title (Armenian gloss)" (the
    role at level Middle; the gloss must not appear), the company (employs), "$a - $b clean"
    with its dram equivalent (the same pay), a glued "About us…Responsibilities:-" (what the
    firm does a sector, its customers `optional`; duties no skills), numbered requirements run
    together (skills; the certification `optional`, the idiom must not appear), we offer (the
    trial period pay at Trial period; Senior's "from" at Senior; the bonus "up to N salaries" and
    the sport compensation no pay), the gross in the contract (the same pay), a glued growth line
    of levels (the ladder from the role; the lead rung's "(from $N)" its open floor), a move in
    and a lateral move, the board's average for Armenia (the role's point) and similar vacancies
    (a Senior row at Senior and a Junior row in drams at Junior, their companies employers, with
    their town; another title's band theirs, its company `optional`; "Negotiable" at the same
    company; one cut)."""
    (job, gloss, (printed, short), district, sector, customers, duties, skills, cert, idiom,
     lead, head, came, across, ((sprinted, sshort), (jprinted, jshort)), (other, ofirm), agreed,
     cut) = rng.choice(_AMIT)
    occupy(g, job, ladder=[job, lead, head], moves_in=[came[:-1]], transitions=[across])
    _spell(g, f"Middle {job}")  # the title with its rung word, as the page heads it
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    _legal(g, jprinted, jshort)
    _facts(g, list(skills), [], [sector], [cert, customers, ofirm])
    low = _off(rng.randrange(19, 27) * 100, 100, "USD")
    high = _off(low + rng.randrange(8, 13) * 100, 100, "USD")
    _salary(g, low, high, "USD", period="month", level="Middle")
    trial = _off(low - rng.randrange(2, 5) * 100, 100, "USD")
    _salary(g, trial, trial, "USD", period="month", level="Trial period")
    senior = _off(high + rng.randrange(3, 7) * 100, 100, "USD")
    _salary(g, senior, None, "USD", period="month", level="Senior")
    lfloor = _off(senior + rng.randrange(8, 15) * 100, 100, "USD")
    _salary(g, lfloor, None, "USD", period="month", belongs_to=lead)
    average = _off(low + rng.randrange(2, 7) * 100, 100, "USD")
    _salary(g, average, average, "USD", period="month", point=True, region="Armenia")
    slow = _off(senior - 200, 100, "USD")
    shigh = _off(slow + rng.randrange(10, 16) * 100, 100, "USD")
    _salary(g, slow, shigh, "USD", period="month", level="Senior", region="Yerevan")
    junior = _off(rng.randrange(40, 55) * 10_000 + 5_000, 10_000, "AMD")
    _salary(g, junior, junior, "AMD", period="month", level="Junior", region="Yerevan")
    olow = _off(low + 100, 100, "USD")
    ohigh = _off(olow + rng.randrange(6, 10) * 100, 100, "USD")
    _salary(g, olow, ohigh, "USD", period="month", belongs_to=other, region="Yerevan")
    rate = rng.choice((384, 387, 391))
    dram_low, dram_high = (int(_no_pay(g, round(v * rate, -4), 10_000)) for v in (low, high))
    gross_low, gross_high = (int(_no_pay(g, round(v * rate * 1.32, -4), 10_000))
                             for v in (low, high))
    sport = int(_no_pay(g, rng.choice((15_000, 25_000, 30_000)), 5_000))
    board = rng.choice(("CodeJobs.am", "ITwork.am"))
    g.must_not_appear += [gloss, idiom, cut, board, "IT, telecommunications", "Hybrid"]
    reqs = [f"at least {rng.randint(2, 4)} years of paid work with {skills[0]}",
            f"{skills[1]}, {skills[2]}", f"{skills[3]} and {skills[4]}", skills[5],
            f"{skills[6]}, {skills[7]}", f"{skills[8]}",
            "English - not lower than B1", f"{cert} will be an advantage",
            f"teamwork and {idiom}"]
    return ["Translated from: Armenian ▸ English   · [See original] · [Never translate]",
            f"{board}  🔍 Jobs   Companies   Internships   Post a job   EN | RU | HY",
            f"Main / IT, telecommunications / {job}",
            f"Middle {job} ({gloss})",
            f"{printed}  ★ {rng.randint(40, 49) / 10} ({rng.randint(10, 90)} reviews)",
            f"Yerevan, {district} · Hybrid (2 days in the office)",
            f"${_sp(low)} - ${_sp(high)} clean (≈ {_sp(dram_low)} - {_sp(dram_high)} ֏ at the "
            "CBA rate)",
            f"Full time · Level: Middle · 👁 {rng.randint(900, 4000):,} · "
            f"{rng.randint(10, 90)} applied",
            "[Respond] [Bookmark] [Forward]",
            f"About us{short} is a company of {sector}. Our customers are {customers}."
            f"Responsibilities:-{duties[0]}-{duties[1]}-{duties[2]}",
            "Requirements:" + "".join(f"{n}. {r}" for n, r in enumerate(reqs, 1)),
            "We offer:",
            f"✔ salary ${_sp(low)} - ${_sp(high)} clean, paid in drams at the rate of the "
            "Central Bank",
            f"✔ trial period 3 months — ${_sp(trial)} clean",
            f"✔ Senior level: from ${_sp(senior)} clean once the tech interview is passed",
            f"✔ yearly bonus of up to {rng.randint(2, 3)} monthly salaries, sport compensation "
            f"{_sp(sport)} ֏ per month",
            "✔ relocants are welcome, health insurance, lunch",
            f"In the contract the gross will be near {_sp(gross_low)} - {_sp(gross_high)} ֏.",
            f"Career ladder:-Middle → Senior → {lead} (from ${_sp(lfloor)}) → {head}",
            f"{came} wishing to move into coding can apply too; after a year one can switch "
            f"to the {across} team.",
            f"Contact: Ani, Recruiter · telegram @{short.lower().replace(' ', '_')}_hr",
            f"Average salary of \"{job}\" in Armenia: ${_sp(average)} ({board} data)",
            "Similar vacancies",
            f"{job} (Senior) · {sprinted} · Yerevan · ${_sp(slow)} - ${_sp(shigh)}",
            f"Junior {job} · {jprinted} · Yerevan · {_sp(junior)} ֏",
            f"{other} · {ofirm} · Yerevan · ${_sp(olow)} - ${_sp(ohigh)}",
            f"{agreed} · {printed} · Yerevan · Negotiable",
            cut,
            f"{board} © 2026 · Terms · Privacy · Help"]


# --------------------------------------------------------------------------------------
# A Lao job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role), its Lao gloss (must not appear) and the translator's odd rendering
#  (`optional`), the business (an employer), the town, what it does (a sector), duties (no
#  skills), the qualifications' know-how (skills), the idiom (must not appear), the rung with a
#  floor and the head of the way of growth, the two staff who may change to the work (moves
#  in), the breadcrumb's categories (must not appear), the similar jobs: the same title's
#  business, another title and its business (`optional`), a "Negotiable" title and business
#  (`optional`) and the row cut mid-figure)
_LAOSHOP = (
    ("Bartender", "ພະນັກງານປະສົມເຄື່ອງດື່ມ", "Drink mixing staff", "Sala Mekong Resort",
     "Vang Vieng", "the business of resort and restaurant",
     ("Make the cocktail and the coffee for the guest by the menu",
      "Keep the bar clean and count the bottles every night",
      "Help the restaurant when the group of tourists come"),
     ("cocktail making", "coffee machine", "stock counting", "speak English", "polite"),
     "a hand like the water and a face like the moon", "Head Bartender", "Bar Manager",
     ("Waiters", "Cashiers"), ("Hospitality", "Bar - Cafe"),
     "Nam Song Riverside Lodge", ("Kitchen Helper", "Blue Lagoon Guesthouse"),
     ("Tour Desk Agent", "Vang Vieng Adventure Tours"),
     "Barista | Phou Khao Cafe | Vientiane | 2.6"),
    ("Baker", "ພະນັກງານເຮັດເຂົ້າຈີ່", "Bread making staff", "Khao Jee Bakery House",
     "Vientiane", "the business of bakery and cafe",
     ("Make the baguette and the sweet bread from 4 o'clock in the morning",
      "Control the oven and the proofing of the dough",
      "Clean the tools and the floor of the kitchen after work"),
     ("dough mixing", "oven control", "cake decoration", "food hygiene", "diligent"),
     "a heart that wakes up before the rooster", "Pastry Chef", "Production Manager",
     ("Kitchen helpers", "Dishwashers"), ("Food - Beverage", "Bakery"),
     "Morning Bread Vientiane", ("Cafe Waiter", "Dao Heuang Coffee Shop"),
     ("Cake Decorator", "Sweet Lao Cakes"),
     "Baker | Pakse Bakery Corner | Pakse | 3.1"),
)


def _laoshop(rng: random.Random, g: Guide) -> list[str]:
    """A Lao job board's posting through a translator: the translator bar, board's slogan and
    menu with languages, breadcrumb (its categories must not appear), dates, views, the gender,
    age and education line, buttons, contact and footer (chrome), "Title (Lao gloss) - odd
    rendering" (the role; the gloss must not appear, the translator's rendering `optional`), the
    business (employs), "a - b Kip / month" (the role's), a glued "About company…Job
    description:-" (what it does a sector; duties no skills), numbered qualifications (skills;
    the idiom must not appear), salary and welfare (the baht equivalent the same pay; the
    probation pay at Probation; the service charge, diligence money, petrol money and the bonuses
    no pay), the minimum wage (nobody's), a glued way of growth (the ladder; the rung's "(from
    N Kip)" its open floor), the staff who may change the work (moves in), the board's average
    (the role's point with the town) and similar jobs (the same title at another business: an
    employer and the role's with the town; another title's pay theirs with its town, its
    business `optional`; "Negotiable" `optional`; one cut)."""
    (job, gloss, odd, business, town, sector, duties, skills, idiom, rung, head,
     (came1, came2), crumbs, same_firm, (other, ofirm), (agreed, afirm),
     cut) = rng.choice(_LAOSHOP)
    occupy(g, job, ladder=[job, rung, head], moves_in=[came1[:-1], came2[:-1]])
    _legal(g, business, business)
    _legal(g, same_firm, same_firm)
    _facts(g, list(skills), [], [sector.removeprefix("the business of ")],
           [odd, ofirm, afirm])
    low = _off(rng.randrange(30, 40) * 100_000 + rng.choice((0, 50_000)), 50_000, "LAK")
    high = _off(low + rng.randrange(5, 10) * 100_000, 50_000, "LAK")
    _salary(g, low, high, "LAK", period="month")
    probation = _off(low - rng.randrange(3, 6) * 100_000, 50_000, "LAK")
    _salary(g, probation, probation, "LAK", period="month", level="Probation")
    rfloor = _off(high + rng.randrange(10, 16) * 100_000, 100_000, "LAK")
    _salary(g, rfloor, None, "LAK", period="month", belongs_to=rung)
    average = _off(low + rng.randrange(2, 6) * 100_000, 50_000, "LAK")
    _salary(g, average, average, "LAK", period="month", point=True, region=town)
    same = _off(low + 150_000, 50_000, "LAK")
    same_high = _off(same + rng.randrange(5, 9) * 100_000, 50_000, "LAK")
    _salary(g, same, same_high, "LAK", period="month", region=town)
    opay = _off(probation - 250_000, 50_000, "LAK")
    _salary(g, opay, opay, "LAK", period="month", belongs_to=other, region=town)
    baht_low, baht_high = (int(_no_pay(g, round(v / 1_000, -2) + 100, 100)) for v in (low, high))
    service = int(_no_pay(g, rng.choice((450_000, 550_000, 650_000)), 50_000))
    diligence = int(_no_pay(g, rng.choice((150_000, 250_000)), 50_000))
    minimum = int(_no_pay(g, 2_600_000 + rng.choice((0, 100_000)), 50_000))
    board = rng.choice(("VaekLao.la", "JobMuang.la"))
    g.must_not_appear += [gloss, idiom, cut, *crumbs, board, "Female/Male"]
    return ["Translated page (Lao → English) · View original · Turn off",
            f"{board} - the job website of Lao people",
            "Jobs | Employers | Register CV | Advice | ລາວ | English",
            f"Home > Jobs > {crumbs[0]} > {crumbs[1]}",
            f"{job} ({gloss}) - {odd} {rng.randint(1, 4)} positions",
            business,
            f"{town}, {town} district",
            f"Salary: {_kip(low)} - {_kip(high)} Kip / month",
            f"Posted 0{rng.randint(1, 9)}/12/2026  Seen {rng.randint(200, 1500)} times",
            f"Gender: Female/Male   Age: 18-{rng.randint(30, 40)} years",
            "[Send application]  [♡]  [Share to WhatsApp]",
            f"About company{business} is doing {sector} in {town}.Job description:-{duties[0]}"
            f"-{duties[1]}-{duties[2]}",
            "Qualification:",
            f"1. Experience of {skills[0]} at least 1 year (new people we train)",
            f"2. Know the {skills[1]} and the {skills[2]}",
            f"3. {_cap(skills[3])}",
            f"4. Honest, {skills[4]}",
            f"5. Have {idiom}",
            "Salary and welfare:",
            f"- Salary {_kip(low)} - {_kip(high)} Kip per month (or about {_kip(baht_low)} - "
            f"{_kip(baht_high)} Baht by the rate of the month)",
            f"- Probation 2 months: {_kip(probation)} Kip",
            f"- Service charge shared monthly (about {_kip(service)} Kip/month)",
            f"- Diligence money {_kip(diligence)} Kip if no absent, money for petrol",
            "- Meal at work, uniform, social security, bonus of Pi Mai",
            f"*By law the lowest wage in Lao PDR: {_kip(minimum)} Kip a month.",
            f"Growth road:-{job} → {rung} (from {_kip(rfloor)} Kip) → {head}",
            f"{came1} and {came2.lower()} who wish to try a new job can also apply.",
            f"Contact: HR office · Tel 020 {rng.randint(5000, 9999)} **** · WhatsApp",
            f"Average salary of {job} in {town}: {_kip(average)} Kip ({board} survey 2026)",
            "Similar job",
            f"{job} | {same_firm} | {town} | {_kip(same)} - {_kip(same_high)} Kip",
            f"{other} | {ofirm} | {town} | {_kip(opay)} Kip",
            f"{agreed} | {afirm} | {town} | Negotiable",
            cut,
            f"{board} © 2026   About us   Policy   Contact us"]


# (the position (the role) and its Lao gloss (must not appear), the state enterprise (an
#  employer), the city and province, what it does (a sector), the department (`optional`),
#  duties (no skills), the conditions' know-how (skills), the idiom (must not appear), the fee
#  per unit's wording, the move up by exam and the lateral move, the staff who used to do the
#  like work (a move in) and the example firm (`optional`), the other two positions, the jobs at
#  the same place: another title and its business (`optional`) and town, another enterprise's
#  title "According to the index" (`optional`) and the same title's row cut mid-figure)
_LAOSTATE = (
    ("Postal Counter Clerk", "ພະນັກງານຮັບຝາກໄປສະນີ",
     "Bolikhamxay Post State Enterprise", "Paksan", "Bolikhamxay province",
     "postal, parcel and money transfer services", "Counter and parcel department",
     ("Receive the letter and the parcel of the customers and weigh them",
      "Sell the stamp and collect the money of the transfer",
      "Close the account of the counter every evening"),
     ("use the computer", "basic Excel", "counting money", "speak with the customer",
      "patient", "honest", "careful"),
     "the eyes see far and the hand does not shake", "parcel accepted",
     "Postal Branch Supervisor", "Parcel Sorting Officer", "Courier",
     "a private express company", ("Driver", "Cleaner"),
     ("Shop Assistant", "Paksan Mini Mart", "Paksan"), ("Counter Officer", "Lao Telecom"),
     "Postal Counter Clerk · Xaysomboun Post State Enterprise · Anouvong · 2.9"),
    ("Bus Conductor", "ພະນັກງານເກັບຄ່າໂດຍສານ",
     "Luang Namtha Passenger Transport State Enterprise", "Luang Namtha",
     "Luang Namtha province", "public passenger transport by bus",
     "Ticket and service department",
     ("Sell the ticket to the passengers and give the change",
      "Help the old people and the children to get on the bus",
      "Report the number of passengers of each trip"),
     ("counting money", "speak Chinese basic", "read the map", "first aid",
      "polite", "honest", "discipline"),
     "not afraid of the dust and the curve road", "ticket sold",
     "Bus Station Supervisor", "Ticket Office Officer", "Minibus Driver Assistant",
     "a private minibus line", ("Bus Mechanic", "Security Guard"),
     ("Hotel Receptionist", "Namtha Green Hotel", "Luang Namtha"),
     ("Bus Conductor", "Oudomxay Bus Station"),
     "Bus Conductor · Bokeo Transport State Enterprise · Houayxay · 2.7"),
)


def _laostate(rng: random.Random, g: Guide) -> list[str]:
    """A Lao board's copy of a state enterprise's recruitment announcement through a
    translator: the translator bar, board's menu, breadcrumb, dates, views, the announcement's
    number and "Based on …" lines, the documents to submit and the director's signature
    (chrome), "Salary: According to the index" (no figure), the enterprise with its Official
    badge (employs; what it does a sector, "state enterprise" `optional`), position 1 (the
    role; its department `optional`; duties no skills), numbered conditions run together
    (skills; the idiom must not appear), salary and benefit (the index salary at its level and
    step the role's, the index value no pay; the contract staff's pay at Contract; the fee per
    unit, petrol and telephone money no pay), a glued development line (a move up by exam, a
    lateral move at the same level), the staff who used to do the like work (a move in, the
    example firm `optional`), positions 2 and 3 (their pay theirs) and jobs at the same place
    (another title's pay theirs with its town, its business `optional`; another enterprise's
    "According to the index" `optional`; the same title's row cut)."""
    (job, gloss, enterprise, city, province, sector, department, duties, skills, idiom, unit,
     up, across, came, example, (pos2, pos3), (other, ofirm, otown), (agreed, afirm),
     cut) = rng.choice(_LAOSTATE)
    occupy(g, job, leads=[up], moves_in=[came], transitions=[across])
    _legal(g, enterprise, enterprise)
    _facts(g, list(skills), [], [sector], [department, example, ofirm, afirm,
                                           "state enterprise"])
    level, step = rng.choice((1, 3, 4)), rng.randint(2, 5)
    value = rng.choice((11_200, 11_800, 12_100))
    index = rng.randrange(230, 290, 5)
    base = _off(index * value, 100, "LAK")
    _salary(g, base, base, "LAK", period="month", level=f"Level {level} step {step}")
    contract = _off(round(base - rng.randrange(2, 4) * 100_000, -5), 100_000, "LAK")
    _salary(g, contract, contract, "LAK", period="month", level="Contract")
    pay2 = _off(round(base + rng.randrange(3, 6) * 100_000, -5), 100_000, "LAK")
    _salary(g, pay2, pay2, "LAK", period="month", belongs_to=pos2)
    pay3 = _off(round(contract - 100_000, -5), 100_000, "LAK")
    _salary(g, pay3, pay3, "LAK", period="month", belongs_to=pos3)
    opay = _off(round(base + 150_000, -5), 100_000, "LAK")
    _salary(g, opay, opay, "LAK", period="month", belongs_to=other, region=otown)
    fee = int(_no_pay(g, rng.choice((250, 400, 500)), 50))
    petrol = int(_no_pay(g, rng.choice((100_000, 200_000)), 50_000))
    phone = int(_no_pay(g, rng.choice((30_000, 40_000)), 10_000))
    g.must_not_appear += [gloss, idiom, cut, "Following the resolution", "General Director",
                          "family book"]
    return ["This page was translated from Lao ▸ English   Show original   ⚙",
            "HaiVieng Jobs   Home   Find jobs   Government & state jobs   ລາວ | EN",
            "Home > Government - State enterprise > Announcement",
            f"ANNOUNCEMENT OF RECRUITMENT OF NEW STAFF - {enterprise.upper()}",
            f"Position: {job} ({gloss}) - {rng.randint(2, 6)} persons",
            f"{enterprise}  ✔ Official",
            f"{city}, {province}",
            "Salary: By the state pay scale",
            f"Posted: {rng.randint(20, 30)}/11/2026   Views {rng.randint(500, 3000)}",
            f"No. {rng.randint(100, 999)}/HR, {city}, date {rng.randint(18, 24)}/11/2026",
            "Following the resolution of the management board on the 2027 staffing plan;"
            f"Following the needs of the {department.lower()};The director of the "
            f"{enterprise}, the state enterprise of {sector} in {province}, announces the "
            "recruitment as follows:",
            f"1. Position: {job} ({department}), priority for the local people",
            f"Main work:-{duties[0]}-{duties[1]}-{duties[2]}",
            "Who can apply:1) Lao nationality, 18 to 35 years old2) Upper secondary "
            f"diploma3) Can {skills[0]} and {skills[1]}4) {_cap(skills[2])}, "
            f"{skills[3]}5) {_cap(skills[4])}, {skills[5]}, has {skills[6]}6) \"{idiom}\"",
            "Salary and benefit:",
            f"• Basic salary on the state pay scale: Level {level}, step "
            f"{step} (index {index} × {_kip(value)} Kip = {_kip(base)} Kip per month)",
            f"• First-year staff on contract: {_kip(contract)} Kip a month",
            f"• Fee {fee} Kip per {unit}",
            f"• Money for petrol {_kip(petrol)} Kip and for the telephone {_kip(phone)} Kip per "
            "month, social security, year-end bonus",
            f"Development:-After two good years, staff may sit the exam for {up}"
            f"-Or transfer to the {across} team at equal level",
            f"Applicants who once worked as {_an(came.lower())} (e.g. at {example}) get "
            "priority.",
            f"2. Position: {pos2}, 1 person - salary {_kip(pay2)} Kip per month",
            f"3. Position: {pos3}, 2 persons - salary {_kip(pay3)} Kip per month",
            "Papers needed: CV with photo, school diploma copy, family book, ID card.",
            "(Signed and sealed) General Director",
            "More jobs in this town",
            f"{other} · {ofirm} · {otown} · {_kip(opay)} Kip",
            f"{agreed} · {afirm} · {city} · By the state pay scale",
            cut,
            "HaiVieng Jobs © 2026  |  Terms  |  Facebook page"]


# --------------------------------------------------------------------------------------
# A resignation and counter-offer exchange
# --------------------------------------------------------------------------------------
# (the post (the role) and its abbreviation (an alias), the assistant's title bridged from (a
#  move in) and its abbreviation, the clinic (an employer) and its business (a sector), its town,
#  the competing employer (an employer), its business (a sector), its department (`optional`)
#  and the offer's unit, the offer's requirements: degree, licence and certification
#  (`optional`), skills, the diagnoses in brackets (`optional`), the next post (a move up), the
#  praised programs (`optional`), the director's title (must not appear))
_COTHREAD = (
    ("Speech-Language Pathologist", "SLP", "Speech-Language Pathology Assistant", "SLPA",
     "Little Voices Therapy Center", "outpatient pediatric speech and feeding therapy",
     "Cincinnati", "Ridgeline Health Partners",
     "not-for-profit hospital network", "three hospitals and a rehabilitation institute",
     "Adult Rehabilitation Services", "Acute Rehab Unit",
     ("Master's degree in speech-language pathology", "Ohio SLP license", "ASHA CCC-SLP"),
     ("dysphagia management", "modified barium swallow studies", "aphasia therapy",
      "cognitive-communication treatment", "Cerner documentation"), "(stroke, TBI, ALS)",
     "Therapy Services Manager", ("AAC device trials", "parent coaching groups"),
     "Clinical Director"),
    ("Dental Hygienist", "RDH", "Dental Assistant", "DA",
     "Brightsmile Family Dentistry", "general and family dentistry",
     "Spokane", "Cascade Dental Partners",
     "dental support organization", "40 practices in Washington and Idaho",
     "Periodontal Care", "Valley Office",
     ("Associate degree in dental hygiene", "Washington hygiene license",
      "local anesthesia permit"),
     ("periodontal charting", "scaling and root planing", "intraoral radiographs",
      "patient education", "Dentrix charting"), "(perio, implants, ortho)",
     "Hygiene Department Manager", ("sealant days at the schools", "nervous-patient program"),
     "Practice Owner"),
)


def _cothread(rng: random.Random, g: Guide) -> list[str]:
    """A mail client's print of a resignation thread: the header, message count, senders, dates,
    To and Cc lines (chrome), the resignation (the post held the role, its abbreviation an alias,
    the clinic employs; the competing employer named for the role at level II, the bridge from
    the assistant's title a move in), the director's reply with a signature (the title must not
    appear, the clinic's business a sector), the pasted offer (the role at level II in a
    department `optional`; the hourly base the role's at II and its annualized figure the same
    pay; sign-on and education allowances no pay; requirements skills, degree, licence and
    certification `optional`; the diagnoses `optional`; the system's business a sector) and a
    market median (the role's point with the town), the counter-offer (the current and the new
    salary the role's; the promotion to Lead the role's at Lead; the retention bonus and CEU
    allowance no pay; the next post a move up; the praised programs `optional`) and the
    acceptance."""
    (job, abbr, assistant, aabbr, clinic, csector, town, rival, rsector, rdetail, rdept, unit,
     creds,
     skills, diagnoses, nxt, praised, director) = rng.choice(_COTHREAD)
    occupy(g, job, leads=[nxt], moves_in=[assistant])
    _spell(g, abbr)
    _legal(g, clinic, clinic)
    _legal(g, rival, rival)
    _facts(g, list(skills), [], [csector, rsector], [*creds, diagnoses, rdept, *praised,
                                                     f"Lead {job}", aabbr])
    current = _off(rng.randrange(72, 84) * 1_000 + rng.choice((0, 500)), 500, "USD")
    _salary(g, current, current, "USD")
    counter = _off(current + rng.randrange(5, 9) * 1_000 + 500, 500, "USD")
    _salary(g, counter, counter, "USD")
    lead = _off(counter + rng.randrange(3, 6) * 1_000, 500, "USD")
    _salary(g, lead, lead, "USD", level="Lead")
    hourly = _off(round((counter + rng.randrange(500, 2_000, 250)) / 2_080, 2), 0.05, "USD")
    _salary(g, hourly, hourly, "USD", period="hour", level="II")
    median = _off(current + rng.randrange(2, 6) * 1_000 + 300, 100, "USD")
    _salary(g, median, median, "USD", point=True, region=town)
    annual = int(_no_pay(g, round(hourly * 2_080), 1))
    signon = int(_no_pay(g, rng.choice((5_000, 6_000, 8_000)), 500))
    ce = int(_no_pay(g, rng.choice((1_000, 1_500)), 100))
    retention = int(_no_pay(g, rng.choice((3_000, 3_500, 5_000)), 500))
    ceu_old = int(_no_pay(g, rng.choice((600, 750)), 50))
    ceu_new = int(_no_pay(g, ceu_old + 700, 50))
    name = rng.choice(("Jenna Marlowe", "Priya Castellano", "Megan Okoro"))
    first, boss = name.split()[0], rng.choice(("Laura Fennimore", "Tom Abernathy"))
    mail = f"{first.lower()}.{name.split()[1].lower()}@gmail.com"
    work = f"@{''.join(clinic.split()[:2]).lower()}.com"
    g.must_not_appear += [director, "Offer of Employment", "Offer (copied)"]
    return ["Gmail\t" + f"{name} <{mail}>",
            f"Re: Resignation - {name}, {job}",
            f"{rng.randint(4, 6)} messages",
            f"{name} <{mail}>\tMon, Nov {rng.randint(9, 16)}, 2026 at 7:12 AM",
            f"To: {boss} <{boss.split()[0][0].lower()}{boss.split()[1].lower()}{work}>",
            f"Hi {boss.split()[0]},",
            f"This is my formal notice that I am resigning from my position as {job} ({abbr}) "
            f"at {clinic}; my last day will be December 31.",
            f"{rival} has offered me a {job} II position in their {unit}. I owe you a lot — "
            f"you hired me straight out of my {aabbr}-to-{abbr} bridge, after years as "
            f"{_an(assistant)}.",
            name.split()[0],
            f"{boss} <{boss.split()[0][0].lower()}{boss.split()[1].lower()}{work}>\tMon, Nov "
            "16, 2026 at 5:40 PM",
            "Before you decide, would you share the offer? I have room to make a case.",
            f"{boss} | {director}",
            f"{clinic} | {_cap(csector)} | {town}",
            f"{name} <{mail}>\tTue, Nov 17, 2026 at 6:55 AM",
            "Of course — copied out of their careers site:",
            "----- Offer (copied) -----",
            f"{rival.upper()} | Offer of Employment",
            f"Position: {job} II – {rdept} | {unit} | FTE 1.0",
            f"Base pay: {_usd(hourly)} per hour (${annual:,} annualized)",
            f"Sign-on bonus: ${signon:,} | Continuing education allowance: ${ce:,} a year",
            f"Requirements: {creds[0]}; {creds[1]}; {creds[2]}. Experience with "
            f"{skills[0]} {diagnoses}, {', '.join(skills[1:4])} and {skills[4]}.",
            f"{rival} — {rsector}: {rdetail}.",
            "---------- End ----------",
            f"For what it's worth, their recruiter said the median for {abbr}s in {town} is "
            f"about ${median:,}.",
            f"{boss} <{boss.split()[0][0].lower()}{boss.split()[1].lower()}{work}>\tThu, Nov "
            "19, 2026 at 1:05 PM",
            f"{first}, here is what we can offer:",
            f"1. Your base salary moves from the current ${current:,} to ${counter:,} on "
            "January 1.",
            f"2. Promotion to Lead {job} on April 1 at ${lead:,}.",
            f"3. A ${retention:,} retention bonus in April, repayable within a year.",
            f"4. CEU allowance up from ${ceu_old:,} to ${ceu_new:,}.",
            f"I also want you as our next {nxt} when the second site opens. Families ask for "
            f"you by name because of your {praised[0]} and {praised[1]}.",
            f"{name} <{mail}>\tMon, Nov 30, 2026 at 8:30 AM",
            "Thanks to you both — I'm taking the counter-offer and withdrawing my notice.",
            first]


# (the job profile's title (the role at level II), its business title (an alias), the company
#  (printed, short), its business (a sector) and its customers' industries (`optional`), the
#  plant and the other plant, the earliest title of the job history (a move in) and its
#  department (`optional`), the competing company (`optional`) and its title (a lateral
#  move), the grade and the next grade, the critical skills (skills), the task also led
#  (`optional`), the two succession posts (moves up), the departments agents come up from
#  (`optional`), the staffing firm (`optional`), the approvers' titles (must not appear))
_COHCM = (
    ("Production Planner", "Production Planner – Pumps & Motors",
     ("Kestrel Pump Works Inc.", "Kestrel Pump Works"),
     ("designs and builds centrifugal pumps", "centrifugal pumps"),
     ("municipal water", "irrigation", "fire protection"), "London, ON (Plant 1)", "Sarnia",
     "Shipping Clerk", "Shipping", ("Norfield Foods Ltd.", "Supply Chain Analyst"),
     ("P4", "P5"),
     ("master production scheduling", "capacity planning", "Oracle NetSuite", "MRP runs",
      "bill of materials maintenance", "S&OP preparation", "Power BI"),
     "the weekly shortage meeting", ("Planning Supervisor", "Materials Manager"),
     ("Shipping", "the shop floor"), "Keystone Temps",
     ("Director, Operations", "Total Rewards")),
    ("Payroll Specialist", "Payroll Specialist – Multi-Province",
     ("Greystone Dairy Co-operative Inc.", "Greystone Dairy Co-operative"),
     ("processes milk into dairy products", "dairy products"),
     ("grocery retail", "food service", "export"), "Guelph, ON (Head Office)", "Woodstock",
     "Accounts Payable Clerk", "Accounts Payable", ("Summit Logistics Ltd.", "HRIS Analyst"),
     ("P3", "P4"),
     ("multi-province payroll", "Ceridian Dayforce", "year-end T4 reporting",
      "garnishment processing", "union agreement interpretation", "general ledger reconciliation",
      "Excel macros"),
     "the benefits invoice audit", ("Payroll Manager", "HR Operations Manager"),
     ("Accounts Payable", "reception"), "Maple Staffing Group",
     ("VP Finance", "Total Rewards")),
)


def _cohcm(rng: random.Random, g: Guide) -> list[str]:
    """An HR system's counter-offer business process: the menu, breadcrumb, status and approver,
    buttons, approvals with their titles (must not appear), comments and attachments (chrome),
    the employee block run together (the job profile "X II" the role at level II, the business
    title an alias, the company employs), the job history arrow line (the earliest title a move
    in, its department `optional`), the company's business (a sector; its customers' industries
    `optional`), the competing offer (another title: a lateral move with its base theirs, its
    company `optional`), the current compensation (the base the role's at II, the hourly
    equivalent the same pay, the compa-ratio no pay; the grade's minimum-midpoint-maximum one
    band at the grade), the market row (P50 the role's point with the province; P25 and P75 no
    band), option A (the retained base the role's), option B (the promotion to Senior: its base
    and its grade's range at Senior; the retention bonus no pay), the cost of loss (the agency
    fee and the staffing firm's charge rate no pay), the manager's comments (critical skills;
    the task `optional`; the succession posts moves up) and the partner's comments (the
    departments `optional`; the other plant's level I band at I with its town)."""
    (job, business, (printed, short), (does, sector), industries, location, other_plant, first,
     first_dept, (rival, rival_title), (grade, next_grade), skills, task, (up1, up2), depts,
     staffing, approvers) = rng.choice(_COHCM)
    occupy(g, job, leads=[up1, up2], moves_in=[first], transitions=[rival_title])
    _spell(g, business, f"{job} II")
    _legal(g, printed, short)
    _facts(g, list(skills), [], [sector],
           [*industries, first_dept, rival, task, *depts, staffing])
    base = _off(rng.randrange(60, 72) * 1_000 + rng.choice((0, 400, 800)), 200, "CAD")
    _salary(g, base, base, "CAD", level="II")
    gmin = _off(rng.randrange(55, 60) * 1_000, 1_000, "CAD")
    gmax = _off(gmin + rng.randrange(28, 34) * 1_000, 1_000, "CAD")
    _salary(g, gmin, gmax, "CAD", level=grade)
    p50 = _off(base + rng.randrange(20, 50) * 100, 100, "CAD")
    _salary(g, p50, p50, "CAD", point=True, region="Ontario")
    keep = _off(base + rng.randrange(5, 8) * 1_000, 500, "CAD")
    _salary(g, keep, keep, "CAD")
    senior = _off(keep + rng.randrange(2, 5) * 1_000, 500, "CAD")
    _salary(g, senior, senior, "CAD", level="Senior")
    smin = _off(gmin + rng.randrange(8, 12) * 1_000, 1_000, "CAD")
    smax = _off(smin + rng.randrange(32, 38) * 1_000, 1_000, "CAD")
    _salary(g, smin, smax, "CAD", level="Senior")
    offer = _off(keep + rng.randrange(1, 4) * 1_000 + 500, 500, "CAD")
    _salary(g, offer, offer, "CAD", belongs_to=rival_title)
    llow = _off(gmin - rng.randrange(6, 9) * 1_000, 1_000, "CAD")
    lhigh = _off(llow + rng.randrange(5, 8) * 1_000, 1_000, "CAD")
    _salary(g, llow, lhigh, "CAD", level="I", region=other_plant)
    hourly = _no_pay(g, round(base / 1_950, 2), 0.01)
    mid = int(_no_pay(g, (gmin + gmax) // 2, 500))
    smid = int(_no_pay(g, (smin + smax) // 2, 500))
    p25 = int(_no_pay(g, p50 - rng.randrange(50, 80) * 100, 100))
    p75 = int(_no_pay(g, p50 + rng.randrange(60, 90) * 100, 100))
    bonus = int(_no_pay(g, round(keep * 0.1, -2), 100))
    charge = _no_pay(g, rng.choice((49.5, 54.0, 56.25)), 0.25)
    person, emp_id = rng.choice(("Nadia Ferreira", "Owen McAllister")), rng.randint(10000, 19999)
    g.must_not_appear += [*approvers, "Compensation Change Request", "HR Business Partner"]
    return ["Workhaven HR   Home  My Team  Inbox (2)  Reports  Help            Search ⌕",
            f"Tasks › Compensation Change Request: Retention Counter-Offer › {person} "
            f"(E{emp_id})",
            f"State: Open · Next approver: {approvers[0]} · Started by the HR Business Partner",
            "[Approve] [Return] [Reject] [Comment]",
            "EMPLOYEE",
            f"{person} (E{emp_id})Position: P-00{rng.randint(100, 999)} {job} IIJob Profile: "
            f"{job} II ({job[:3].upper()}-2)Business Title: {business}Company: {printed}"
            f"Location: {location}Hire Date: 0{rng.randint(1, 9)}/15/2019",
            f"Job history: 2019 {first} ({first_dept}) → 2021 {job} I → 2024 {job} II",
            f"About the company: {short} {does} for the {industries[0]}, {industries[1]} and "
            f"{industries[2]} markets.",
            "REASON FOR REQUEST",
            "Resignation received; the employee agreed to wait for our answer until Friday.",
            "OUTSIDE OFFER (employee-provided)",
            f"Company: {rival}   Title: {rival_title}   Base: ${offer:,}   Bonus: 6% target",
            "CURRENT COMPENSATION",
            f"Grade: {grade}   Base Salary: ${base:,} annual (CAD)   Hourly equivalent: "
            f"${hourly:.2f}   Compa-ratio: {base / mid:.2f}",
            f"Grade {grade} range: Minimum ${gmin:,} | Midpoint ${mid:,} | Maximum ${gmax:,}",
            "MARKET DATA (2026 survey, Ontario, all industries)",
            f"{job} II — P25 ${p25:,} | P50 ${p50:,} | P75 ${p75:,}",
            "SCENARIO 1 — keep in current job",
            f"Base Salary: ${keep:,} effective next pay period   Retention bonus: ${bonus:,} "
            "paid in 6 months",
            "SCENARIO 2 — promotion",
            f"Target Job Profile: Senior {job}   Grade: {next_grade}   Base Salary: ${senior:,}   "
            f"Grade {next_grade} range: ${smin:,} | ${smid:,} | ${smax:,}",
            "REPLACEMENT COST (HR partner's estimate)",
            f"Search firm fee of 22% of the first year's base; interim cover through "
            f"{staffing} at a charge rate of ${charge:.2f}/hr.",
            "MANAGER COMMENTS",
            f"Critical skills at risk: {', '.join(skills[:-1])} and {skills[-1]}. Also runs "
            f"{task}. I back scenario 2; in two years a succession candidate for {up1} / "
            f"{up2}.",
            "HRBP COMMENTS",
            f"Most of our people in this job come up from {depts[0]} or from {depts[1]}. Our "
            f"{job} I staff in the {other_plant} plant sit at ${llow:,} - ${lhigh:,}.",
            "APPROVALS",
            f"{approvers[1]}  Approved 12/01/2026",
            f"{approvers[0]}  (Awaiting)",
            "Comments (1)  Attachments: offer_redacted.pdf"]


# --------------------------------------------------------------------------------------
# A sales compensation plan
# --------------------------------------------------------------------------------------
# (the role and its abbreviation (an alias, "ABBR II" too), the company (printed, short), what
#  it provides (a sector), the segment and territory (must not appear), the core competencies
#  (skills), the career path's first, next and top titles (the ladder), the lateral move, the
#  promotion certification (`optional`), the SPIFF's product (`optional`), the salary guide's
#  other titles (theirs))
_CPPORTAL = (
    ("Renewals Representative", "RR", ("Quillon Analytics, Inc.", "Quillon Analytics"),
     "a provider of subscription analytics software for retailers",
     "SMB Renewals", "US Central (IL, IN, MO, WI)",
     ("renewal forecasting", "churn risk analysis", "upsell conversations",
      "contract redlines", "HubSpot", "Clari", "ZoomInfo"),
     ("Sales Development Representative", "Account Manager", "Strategic Account Manager"),
     "Customer Success Manager", "Command of the Message certification", "Forecast add-on",
     ("Sales Development Representative", "Account Manager", "Solutions Consultant")),
    ("Channel Sales Representative", "CSR", ("Orbitel Networks, Inc.", "Orbitel Networks"),
     "a provider of cloud phone and contact center software",
     "Partner New Logo", "Canada East (ON, QC)",
     ("partner enablement", "deal registration", "co-selling", "territory planning",
      "Salesforce", "PartnerStack", "Highspot"),
     ("Partner Development Representative", "Channel Account Manager", "Director of Channel"),
     "Partner Success Manager", "Sandler certification", "Contact Center module",
     ("Partner Development Representative", "Channel Account Manager", "Sales Engineer")),
)


def _cpportal(rng: random.Random, g: Guide) -> list[str]:
    """A commission portal's participant plan summary: the portal menu and sign buttons, the
    confidentiality line, the participant, employee and plan IDs, segment, territory (must not
    appear), manager, the clawback terms cut short, acknowledgement, signature and page lines
    (chrome), "Role: Title II (ABBR II)" (the role at level II, the abbreviations aliases; the
    company employs), the compensation summary (the base the role's at II; the target
    incentive, pay mix, OTE, quota and its quarters, the base commission rate, the payment
    table, SPIFFs, the club and the draw no pay), the role profile (what the company provides a
    sector; core competencies skills; a career path whose I, II and Senior steps are no rungs;
    the certification `optional`; a move across) and the salary guide flattened on one line
    (the role's I, II and Senior rows at their level, other titles' rows theirs, their OTE no
    pay)."""
    (job, abbr, (printed, short), provides, segment, territory, skills, (first, nxt, top),
     across, cert, module, (o1, o2, o3)) = rng.choice(_CPPORTAL)
    occupy(g, job, ladder=[first, job, nxt, top], transitions=[across])
    _spell(g, abbr, f"{abbr} II", f"{job} II")
    _legal(g, printed, short)
    _facts(g, list(skills), [], [provides.removeprefix("a provider of ")], [cert, module])
    base = _off(rng.randrange(54, 62) * 1_000 + rng.choice((0, 500)), 500, "USD")
    _salary(g, base, base, "USD", level="II")
    i_low = _off(base - rng.randrange(6, 9) * 1_000, 1_000, "USD")
    i_high = _off(i_low + rng.randrange(4, 6) * 1_000, 1_000, "USD")
    ii_low = _off(i_high + 1_000, 1_000, "USD")
    ii_high = _off(ii_low + rng.randrange(5, 8) * 1_000, 1_000, "USD")
    s_low = _off(ii_high + 1_000, 1_000, "USD")
    s_high = _off(s_low + rng.randrange(7, 10) * 1_000, 1_000, "USD")
    o1_low = _off(i_low - rng.randrange(5, 8) * 1_000, 1_000, "USD")
    o1_high = _off(o1_low + rng.randrange(4, 7) * 1_000, 1_000, "USD")
    o2_low = _off(s_high + rng.randrange(6, 10) * 1_000, 1_000, "USD")
    o2_high = _off(o2_low + rng.randrange(12, 16) * 1_000, 1_000, "USD")
    o3_low = _off(o2_high + rng.randrange(12, 20) * 1_000, 1_000, "USD")
    o3_high = _off(o3_low + rng.randrange(15, 22) * 1_000, 1_000, "USD")
    _salary(g, i_low, i_high, "USD", level="I")
    _salary(g, ii_low, ii_high, "USD", level="II")
    _salary(g, s_low, s_high, "USD", level="Senior")
    _salary(g, o1_low, o1_high, "USD", belongs_to=o1)
    _salary(g, o2_low, o2_high, "USD", belongs_to=o2)
    _salary(g, o3_low, o3_high, "USD", belongs_to=o3)
    target = int(_no_pay(g, rng.randrange(24, 34) * 1_000 + 500, 1_000))
    ote = int(_no_pay(g, _off(base + target, 500, "USD"), 1_000))
    quota = int(_no_pay(g, target * rng.choice((15, 16, 18)), 10_000))
    spiff = int(_no_pay(g, rng.choice((250, 400, 750)), 50))
    draw = int(_no_pay(g, rng.choice((1_500, 2_500)), 250))
    o1_ote = int(_no_pay(g, o1_low + 20_000, 1_000))
    o2_ote = int(_no_pay(g, o2_low * 2, 1_000))
    quarters = " | ".join(f"Q{n} ${int(quota * share):,}" for n, share in
                          enumerate((0.22, 0.24, 0.26, 0.28), 1))
    person = rng.choice(("Morgan Ellery", "Sam Whitcombe", "Alexis Duarte"))
    g.must_not_appear += [segment, territory, "Comp Analyst", "Plan Summary"]
    return [f"PayLens | My Plan | Statements | Disputes | Leaderboard | Help        {person} ▾",
            "FY2027 Plan Document — Awaiting your signature   [Review & Sign]  [Download PDF]",
            printed.upper(),
            "FY2027 INCENTIVE COMPENSATION — PARTICIPANT Plan Summary",
            "Confidential. Governed by the FY2027 Incentive Plan Terms.",
            f"Participant: {person}   Employee ID: {rng.randint(10000, 99999)}   Plan ID: "
            f"{abbr}-FY27-{rng.randint(1, 9):02d}",
            f"Role: {job} II ({abbr} II)   Segment: {segment}   Territory: {territory}",
            "A. PAY AT TARGET",
            f"Base salary (annual): ${base:,}   Target incentive (TI): ${target:,}   On-target "
            f"earnings (OTE): ${ote:,}",
            f"Annual quota: ${quota:,} ({quarters})",
            f"Base commission rate: {target / quota * 100:.2f}% of bookings   Accelerator "
            "above 100%: 1.6 × rate",
            f"B. SPIFFS & OTHER: ${spiff} per {module} deal   New-hire draw (recoverable): "
            f"${draw:,}/month for 3 months   Club: top 10% by attainment",
            "C. ROLE PROFILE",
            f"{short} is {provides}.",
            f"Core competencies: {'; '.join(skills)}.",
            f"Career path: {first} → {job} I → {job} II → Senior {abbr} → {nxt} → {top}",
            f"Promotion to {nxt} requires four quarters at plan and a completed {cert}. "
            f"{abbr}s may also step sideways into {across} at an equal level.",
            "D. FY2027 BASE SALARY GUIDE (US)",
            f"{o1} ${o1_low:,} – ${o1_high:,} (OTE ${o1_ote:,}) | {abbr} I ${i_low:,} – "
            f"${i_high:,} | {abbr} II ${ii_low:,} – ${ii_high:,} | Senior {abbr} ${s_low:,} – "
            f"${s_high:,} | {o2} ${o2_low:,} – ${o2_high:,} (OTE ${o2_ote:,}) | {o3} "
            f"${o3_low:,} – ${o3_high:,}",
            "E. CHARGEBACKS AND LEAVING",
            "Incentives count once the invoice is paid. Deals that cancel inside 90 days are "
            "charged back against later payouts, unless the law …",
            "Signed (participant): ________   On: ______    Comp Analyst: R. Iyer",
            "Page 1 of 1"]


# (the role, the merchant (printed in capitals, short), its product lines (`optional`), its
#  business (a sector) and branches, the territory (must not appear), the competencies assessed
#  (skills), the band codes (trainee, the role, senior, the internal title, the manager), the
#  internal sales title (a move in; its band theirs), the counter title (the ladder's start),
#  the manager (the ladder's top; its band theirs), the lateral move, the house accounts
#  (`optional`), the director's title (must not appear))
_CPLETTER = (
    ("Field Sales Representative", ("CORBRIDGE PLUMBING & HEATING SUPPLIES LTD",
                                    "Corbridge Plumbing & Heating Supplies Ltd"),
     ("Boilers", "Radiators", "Bathrooms", "Pipe & Fittings"),
     "an independent plumbers' merchant", 11, "Tyneside & Wearside",
     ("account development", "technical product knowledge", "pricing discipline",
      "route planning", "Sage CRM", "debt chasing"),
     ("F1", "F2", "F3", "C2", "M2"), "Branch Sales Executive", "Counter Assistant",
     "Regional Sales Manager", "Showroom Manager", "national installers", "Sales Director"),
    ("Area Sales Representative", ("PENNINE AGRI & LANDSCAPE SUPPLIES LTD",
                                   "Pennine Agri & Landscape Supplies Ltd"),
     ("Fencing", "Feed", "Fertiliser", "Landscaping"),
     "a family-owned agricultural merchant", 9, "Craven & the Dales",
     ("farm visits", "seasonal planning", "margin management", "quotation from plans",
      "Microsoft Dynamics", "credit awareness"),
     ("A1", "A2", "A3", "K2", "M1"), "Internal Sales Adviser", "Yard Operative",
     "Field Sales Manager", "Assistant Depot Manager", "estate agents", "Commercial Director"),
)


def _cpletter(rng: random.Random, g: Guide) -> list[str]:
    """A merchant's letter of individual incentive terms: the letterhead with its product lines
    (`optional`) and registration, private and confidential, the addressee's territory (must
    not appear), the reference, the sign-off, the director's title (must not appear), cc,
    acceptance and VAT lines (chrome), numbered paragraphs (the basic salary "will increase from
    £a to £b" the role's two figures at its band; the car allowance, the commission on gross
    margin, its threshold, the OTE and the new account bonus no pay; the competencies assessed
    skills), schedule 1 of sales bands glued to its heading and flattened (Trainee, the role's
    band and Senior the role's at their level; the internal title's and the manager's bands
    theirs) and schedule 2 of routes glued to its heading (the internal title a move in, the
    counter title the ladder's start, the manager its top, a lateral move), and the footer (the
    merchant's business a sector)."""
    (job, (printed, short), lines, business, branches, territory, skills,
     (b_t, b_r, b_s, b_i, b_m), internal, counter, manager, across, house,
     director) = rng.choice(_CPLETTER)
    occupy(g, job, ladder=[counter, job, manager], moves_in=[internal], transitions=[across])
    _legal(g, printed, short)
    _facts(g, list(skills), [], [" ".join(business.split()[-2:])],
           [*lines, house, f"Senior {job}"])
    old = _off(rng.randrange(31, 36) * 1_000 + rng.choice((0, 500)), 500, "GBP")
    new = _off(old + rng.randrange(10, 18) * 100, 100, "GBP")
    _salary(g, old, old, "GBP", level=b_r)
    _salary(g, new, new, "GBP", level=b_r)
    r_low = _off(old - rng.randrange(2, 4) * 1_000, 1_000, "GBP")
    r_high = _off(new + rng.randrange(2, 4) * 1_000, 1_000, "GBP")
    t_low = _off(r_low - rng.randrange(5, 7) * 1_000, 1_000, "GBP")
    t_high = _off(r_low - 1_000, 1_000, "GBP")
    s_high = _off(r_high + rng.randrange(5, 8) * 1_000, 1_000, "GBP")
    i_low = _off(t_low - 1_500, 500, "GBP")
    i_high = _off(i_low + rng.randrange(4, 6) * 1_000, 1_000, "GBP")
    m_low = _off(s_high + rng.randrange(2, 4) * 1_000, 1_000, "GBP")
    m_high = _off(m_low + rng.randrange(7, 10) * 1_000, 1_000, "GBP")
    _salary(g, r_low, r_high, "GBP", level=b_r)
    _salary(g, t_low, t_high, "GBP", level="Trainee")
    _salary(g, r_high, s_high, "GBP", level="Senior")
    _salary(g, i_low, i_high, "GBP", belongs_to=internal)
    _salary(g, m_low, m_high, "GBP", belongs_to=manager)
    car = int(_no_pay(g, rng.choice((4_800, 5_100, 5_700)), 100))
    threshold = int(_no_pay(g, rng.randrange(30, 45) * 1_000, 1_000))
    commission = int(_no_pay(g, rng.randrange(9, 15) * 1_000 + 400, 100))
    ote = int(_no_pay(g, new + commission, 100))
    account = int(_no_pay(g, rng.choice((100, 125, 200)), 25))
    person = rng.choice(("Mr Callum Reade", "Ms Bethany Noakes", "Mr Imran Sadiq"))
    g.must_not_appear += [territory, director, "PRIVATE & CONFIDENTIAL", "HR Manager"]
    return [printed,
            " · ".join(lines),
            f"Head Office: Unit {rng.randint(2, 9)}, Riverside Trade Park · Registered in "
            f"England No. 0{rng.randint(1000000, 9999999)}",
            "PRIVATE & CONFIDENTIAL",
            f"{person}, {job} – {territory}",
            f"Our ref: HR/INC/2027/{rng.randint(10, 99)}   {rng.randint(6, 20)} January 2027",
            f"Dear {person.split()[1]},",
            "2027 SALES BONUS SCHEME – YOUR PERSONAL TERMS",
            "This letter sets out your pay and incentive terms for the year from 1 February "
            "2027. Please read it with the scheme rules on the intranet.",
            f"1. Salary. From 1 February 2027 your basic pay rises from £{old:,} to £{new:,} a "
            f"year (Band {b_r}, {job}).",
            f"2. Vehicle. Car allowance £{car:,} a year plus a fuel card for business miles.",
            f"3. Commission. 3.5% of gross margin above a monthly threshold of £{threshold:,}; "
            f"at target about £{commission:,}, giving roughly £{ote:,} at target (OTE).",
            f"4. New accounts. £{account} for each new account trading in its first quarter.",
            f"5. Territory. {territory}; house accounts ({house}) are excluded.",
            f"6. Competencies assessed at your reviews: {'; '.join(skills)}.",
            f"Schedule 1 – Sales bands 2027/28Trainee {job} ({b_t}) £{t_low:,} – £{t_high:,} | "
            f"{job} ({b_r}) £{r_low:,} – £{r_high:,} | Senior {job} ({b_s}) £{r_high:,} – "
            f"£{s_high:,} | {internal} ({b_i}) £{i_low:,} – £{i_high:,} | {manager} ({b_m}) "
            f"£{m_low:,} – £{m_high:,}",
            f"Schedule 2 – Career routesMany of our reps began as {_plural(internal)}; the "
            f"yard and counter team ({counter}, {b_i[0]}1) may apply for Trainee {job} posts "
            f"after a year. From {job} the route runs to Senior {job}, later {manager}. Anyone "
            f"preferring branch work may transfer sideways to {across} on the same band.",
            "Kindly countersign one copy and send it back to us.",
            "Yours sincerely,",
            rng.choice(("Joanne Pike", "Stuart Hales")),
            "HR Manager",
            f"cc: Payroll; {director}",
            "Accepted: ……………………  Date: ……………",
            f"{short} is {business} with {branches} branches. VAT No. GB "
            f"{rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"]


# --------------------------------------------------------------------------------------
# A performance improvement plan
# --------------------------------------------------------------------------------------
# (the position (the role at level II), the employer (printed, short), its town, the
#  department (`optional`), the supervisor's and HR's titles (must not appear), the areas of
#  concern with their standards and measures (duties; the systems named there `optional`), the
#  required competencies (skills), the credentials (`optional`), the ladder's top, the typical
#  backgrounds (moves in), the transfer title (a lateral move, its grade range theirs))
_PIPFORM = (
    ("Claims Examiner", ("Harborline Mutual Insurance Company", "Harborline Mutual"),
     "Providence, RI", "Auto Claims / First Notice Unit", "Claims Team Manager",
     "HR Business Partner",
     (("Cycle time", "Files closed within 30 days ≥ 85%", "Guidewire aging report"),
      ("Reserve accuracy", "Reserves within 10% of paid", "Quarterly file audit"),
      ("Customer contact", "Callbacks within 24 hours", "ClaimCenter activity log")),
     ("coverage analysis", "liability determination", "reserve setting",
      "subrogation identification", "Guidewire ClaimCenter", "negotiation", "Excel"),
     ("AIC designation", "Rhode Island adjuster license"), "Claims Supervisor",
     ("Insurance Customer Service Representative", "Claims Assistant"),
     "Policy Services Specialist"),
    ("Accounts Payable Specialist", ("Lakeview Regional Medical Center", "Lakeview Regional"),
     "Duluth, MN", "Finance / Accounts Payable", "Controller", "HR Generalist",
     (("Invoice accuracy", "Duplicate payments zero in the plan period", "Monthly AP audit"),
      ("Vendor inquiries", "Answered within 2 business days", "Shared mailbox report"),
      ("Month-end close", "Accruals submitted by day 3", "Close checklist")),
     ("three-way matching", "vendor master maintenance", "1099 reporting",
      "Lawson", "Kofax", "account reconciliation", "Excel pivot tables"),
     ("CAPP certification", "APP designation"), "Accounts Payable Supervisor",
     ("Billing Clerk", "Purchasing Assistant"), "Payroll Clerk"),
)


def _pipform(rng: random.Random, g: Guide) -> list[str]:
    """An employer's PIP form: the header, title, employee, supervisor's and HR's titles (must
    not appear), dates, purpose, acknowledgement, the employee's comments, signature and form
    lines (chrome), "Position: Title II" (the role at level II; the employer employs), the
    current pay (the role's at II) with the grade's range (the role's at the grade) and the
    deferred merit increase (no pay), a table of areas of concern, standards, measures and
    support (duties and targets; the systems `optional`), the required competencies (skills;
    the credentials `optional`), the job description's career ladder (I, II and Senior steps no
    rungs; its top a move up; Senior `optional`) with the typical background (moves in) and the
    outcome (a transfer to another title: a lateral move with its grade range theirs)."""
    (job, (printed, short), town, dept, boss, hr, areas, skills, creds, top, (bg1, bg2),
     transfer) = rng.choice(_PIPFORM)
    occupy(g, job, ladder=[job, top], moves_in=[bg1, bg2], transitions=[transfer])
    _spell(g, f"{job} II")
    _legal(g, printed, short)
    _facts(g, list(skills), [], [], [*creds, dept, f"Senior {job}"])
    grade = rng.randint(6, 9)
    pay = _off(rng.randrange(2150, 2650, 5) / 100, 0.05, "USD")
    _salary(g, pay, pay, "USD", period="hour", level="II")
    g_low = _off(round(pay - rng.randrange(250, 400, 5) / 100, 2), 0.05, "USD")
    g_high = _off(round(pay + rng.randrange(250, 450, 5) / 100, 2), 0.05, "USD")
    _salary(g, g_low, g_high, "USD", period="hour", level=f"Grade {grade}")
    t_low = _off(round(g_low - rng.randrange(100, 200, 5) / 100, 2), 0.05, "USD")
    t_high = _off(round(g_high - rng.randrange(300, 450, 5) / 100, 2), 0.05, "USD")
    _salary(g, t_low, t_high, "USD", period="hour", level=f"Grade {grade - 2}",
            belongs_to=transfer)
    merit = rng.choice((2.5, 3, 3.5))
    person, boss_name = rng.choice((("Dana Kowalski", "Rita Moreno"),
                                    ("Luis Ortega", "Helen Brandt")))
    g.must_not_appear += [boss, hr, "PERFORMANCE IMPROVEMENT PLAN", "Personnel record"]
    g.optional += [a[2] for a in areas]
    table = [f"{a} | {s} | {m} | {sup}" for (a, s, m), sup in
             zip(areas, ("Weekly one-to-one review", "Refresher session with a senior colleague",
                         "Call scripts"), strict=True)]
    return [printed,
            f"Human Resources | {town}",
            "PERFORMANCE IMPROVEMENT PLAN (PIP)",
            f"Employee: {person}          Employee #: {rng.randint(1000, 9999)}",
            f"Position: {job} II          Department: {dept}",
            f"Supervisor: {boss_name}, {boss}          HR: {rng.choice(('Kim Lowe', 'Ray Ito'))}, "
            f"{hr}",
            f"Plan dates: 12/0{rng.randint(1, 9)}/2026 to 03/01/2027",
            f"Current pay: {_usd(pay)}/hour (Grade {grade}: {_usd(g_low)} – {_usd(g_high)}/hour)."
            f" Merit increase (planned {merit}%) on hold until the plan closes successfully.",
            "1. PURPOSE",
            f"This plan sets out where your work does not meet the {job} II job description, "
            "what is expected and the support you will get.",
            "2. ISSUE | TARGET | MEASURED BY | HELP OFFERED",
            *table,
            f"3. REQUIRED COMPETENCIES ({job} II job description)",
            f"Knowledge of {', '.join(skills[:-1])} and {skills[-1]}. {creds[0]} or "
            f"{creds[1]} preferred.",
            f"Career ladder (job description): {job} I → {job} II → Senior {job} → {top}. "
            f"Typical background: {bg1.lower()} or {bg2.lower()}.",
            "4. RESULT",
            "When all targets are met the plan closes and the merit increase goes through. "
            f"Otherwise we may lengthen the plan, move you to a vacant {transfer} "
            f"post (Grade {grade - 2}, {_usd(t_low)} – {_usd(t_high)}/hour) or end the "
            "employment.",
            "5. ACKNOWLEDGEMENT",
            "Employee comments: I was covering for a colleague on leave for most of October.",
            "Signatures: Employee ____   Manager ____   Human Resources ____",
            f"Personnel record – confidential · Form HR-{rng.randint(100, 399)}"]


# (the classification (the role at level II), the city, the department (`optional`), the
#  supervisor's title (must not appear), the union and its local (`optional`), the standards
#  (duties; the codes and systems named there `optional`), the required knowledge and skills
#  (skills), the certification (`optional`), the class the role often goes on to (the
#  ladder's top), the office title of the voluntary demotion (a lateral move, its range theirs))
_PIPMAIL = (
    ("Code Enforcement Officer", "Cedar Falls", "Community Preservation Division",
     "Neighborhood Services Manager", "City Workers Union Local 412",
     ("Case intake — complaints logged and assigned within one business day",
      "Inspections — first inspection within five business days under the property "
      "maintenance code",
      "Case records — photos and notices uploaded to EnerGov the same day"),
     ("property maintenance code", "zoning ordinance interpretation", "notice of violation "
      "writing", "Tyler EnerGov", "de-escalation", "report writing", "GIS parcel lookup"),
     "AACE Code Enforcement Officer certification", "Building Inspector",
     "Office Assistant III"),
    ("Utility Billing Technician", "Maple Grove", "Finance Department",
     "Utility Billing Supervisor", "Public Employees Local 77",
     ("Meter exceptions — high-read reports resolved within three days",
      "Adjustments — leak adjustments calculated under the utility rate resolution",
      "Customer contacts — voicemails returned within one business day"),
     ("utility rate structures", "meter reading exceptions", "account adjustments",
      "Springbrook", "cash receipting", "customer service", "Excel"),
     "AWWA Customer Service certificate", "Utility Billing Analyst",
     "Account Clerk II"),
)


def _pipmail(rng: random.Random, g: Guide) -> list[str]:
    """A city supervisor's e-mail with the PIP pasted in: the header with Cc to HR and the
    union representative, attachments, covering note, signature with the supervisor's title
    (must not appear), review dates and signatures (chrome), the employee line run together
    ("Classification: Title II", the role at level II; "Range R, Step S ($h/hour; $y/year)"
    the role's at its range and step, the yearly figure the same pay; the department
    `optional`), the background (the withheld step's figure the role's at that step), numbered
    standards run together (duties; the codes and systems named there `optional`), the required
    knowledge and skills (skills; the certification `optional`), support (the paid exam fee no
    pay; the Senior mentor `optional`), the progression note (the Senior range the role's at
    Senior; the class it often goes on to the ladder's top) and the consequences (a voluntary
    demotion to an office title: a lateral move with its range theirs)."""
    (job, city, dept, boss, union, standards, skills, cert, onto, office) = rng.choice(_PIPMAIL)
    occupy(g, job, ladder=[job, onto], transitions=[office])
    _spell(g, f"{job} II")
    _legal(g, f"City of {city}", f"City of {city}")
    _facts(g, list(skills), [], [], [cert, dept, union, f"Senior {job}"])
    rng_no, step = rng.randint(38, 45), rng.randint(3, 5)
    hourly = _off(rng.randrange(2450, 2950, 1) / 100, 0.01, "USD")
    _salary(g, hourly, hourly, "USD", period="hour", level=f"Range {rng_no} Step {step}")
    nxt = _off(round(hourly * 1.05, 2), 0.01, "USD")
    _salary(g, nxt, nxt, "USD", period="hour", level=f"Step {step + 1}")
    s_low = _off(round(nxt + rng.randrange(80, 160) / 100, 2), 0.01, "USD")
    s_high = _off(round(s_low * 1.27, 2), 0.01, "USD")
    _salary(g, s_low, s_high, "USD", period="hour", level="Senior")
    o_low = _off(round(hourly - rng.randrange(500, 700) / 100, 2), 0.01, "USD")
    o_high = _off(round(o_low * 1.27, 2), 0.01, "USD")
    _salary(g, o_low, o_high, "USD", period="hour", belongs_to=office)
    yearly = int(_no_pay(g, round(hourly * 2_080), 1))
    fee = int(_no_pay(g, rng.choice((195, 225, 260)), 5))
    sup, emp = rng.choice((("Marsh, Ellen", "Diaz, Victor"), ("Quinn, Adrian", "Nguyen, Thi")))
    domain = f"{city.lower().replace(' ', '')}.gov"
    sup_first, emp_first = sup.split(", ")[1], emp.split(", ")[1]
    g.must_not_appear += [boss, "PERFORMANCE IMPROVEMENT PLAN", "Department Director",
                          "HR Employee Relations"]
    return [f"From: {sup} <{sup_first[0].lower()}{sup.split(',')[0].lower()}@{domain}>",
            f"Sent: Thursday, December {rng.randint(1, 10)}, 2026 2:15 PM",
            f"To: {emp} <{emp_first[0].lower()}{emp.split(',')[0].lower()}@{domain}>",
            f"Cc: HR Employee Relations <hr-er@{domain}>; union steward ({union})",
            f"Subject: Performance Improvement Plan - {job} II",
            "Attachments: PIP_signed-draft.pdf; class_spec.pdf",
            f"{emp_first},",
            "Below is your Performance Improvement Plan as we went through it with your "
            "steward today. Send me any written comments by Monday.",
            f"{sup_first} {sup.split(',')[0]} | {boss} | {dept}",
            f"City of {city} | City Hall, {rng.randint(100, 900)} Main Street",
            "-" * 60,
            f"CITY OF {city.upper()} — PERFORMANCE IMPROVEMENT PLAN (Article 12, {union} "
            "Agreement)",
            f"Employee: {emp_first} {emp.split(',')[0]}    Classification: {job} II    Range "
            f"{rng_no}, Step {step} ({_usd(hourly)}/hour; ${yearly:,}/year)    Department: "
            f"{dept}    Plan period: 90 days",
            f"Background: your work has fallen short of the {job} II class standards. The Step "
            f"{step + 1} increase ({_usd(nxt)}/hour) due in January is held back until the plan "
            "is done.",
            "Performance standards and expectations:" + "".join(
                f"{n}. {s}." for n, s in enumerate(standards, 1)),
            f"Knowledge and skills required (class spec, {job} II):Knowledge of "
            f"{'; '.join(skills)}. {cert} — due within one year of hire (overdue).",
            f"Support the City will provide: refresher training, weekly check-ins, the paid "
            f"exam fee (${fee}) and a mentor, a Senior {job}.",
            f"Progression note (class series): {job} I → {job} II → Senior {job} (Range "
            f"{rng_no + 4}: {_usd(s_low)} – {_usd(s_high)}/hour). {_plural(job)} often go on "
            f"to {onto} after further certification.",
            f"If the standards are not met: a longer plan, voluntary demotion into "
            f"{office} (Range {rng_no - 6}: {_usd(o_low)} – {_usd(o_high)}/hour) or "
            "discipline under the Agreement.",
            "Signatures: Employee ________   Supervisor ________   Department Director ________"]


# --------------------------------------------------------------------------------------
# A declaration of work experience for a licence or a skills assessment
# --------------------------------------------------------------------------------------
# (the authority (must not appear) and its certificate, the trade (the role) and the classes,
#  the employer (legal name, operating name) and its type of business (a sector), its town,
#  the hours' categories (duties, `optional`), the competencies (skills), the post it is in
#  line for (a move up), the earlier trade (a move in) and its firm (`optional`), the act
#  (`optional`), the signatory's title (must not appear))
_EVFORM = (
    ("PRAIRIE ELECTRICAL LICENSING BOARD", "PELB", "Journeyman Certificate", "Electrician",
     ("Class B", "Class A"), ("Northgate Electric Ltd.", "Northgate Power & Lighting"),
     "Residential and commercial electrical contractor", "Regina, SK",
     ("Service entrances and panel upgrades", "Branch circuit wiring",
      "Motor controls and VFD installation", "Fire alarm and emergency lighting"),
     ("code interpretation", "load calculations", "conduit bending", "motor control wiring",
      "troubleshooting with a multimeter", "lockout and tagout", "blueprint reading"),
     "Site Superintendent", "Millwright", "Delta Grain Terminals", "Electrical Licensing Act",
     "Owner / President"),
    ("COASTAL REFRIGERATION SAFETY OFFICE", "CRSO", "Refrigeration Certificate",
     "Refrigeration Mechanic", ("Class B", "Class A"),
     ("Tidewater Cooling Systems Ltd.", "Tidewater Cold Rooms"),
     "Commercial refrigeration and cold storage contractor", "Nanaimo, BC",
     ("Walk-in cooler and freezer installation", "Rack system start-up",
      "Ammonia system maintenance", "Leak testing and recovery"),
     ("refrigerant recovery", "brazing", "superheat and subcooling diagnosis",
      "electrical controls", "pressure testing", "system evacuation", "service reporting"),
     "Service Operations Manager", "Welder", "Harbourside Fabrication",
     "Refrigeration Safety Regulation", "General Manager"),
)


def _evform(rng: random.Random, g: Guide) -> list[str]:
    """An authority's employer declaration of work experience: the authority and form header
    (must not appear), instructions, the applicant's name, date of birth and client number, the
    declaration, the signatory's title (must not appear) and the office-use box with its fee (no
    pay) (chrome), the trade declared (the role), the employer's legal and operating names (one
    employer) and type of business (a sector), "Position held: Trade (Class B)" (an alias), the
    current rate (the role's at Class B), the rate at the start (the role's at Class B), the
    apprentice's rate (at Apprentice), the hours by category (duties, `optional`), the
    initialled competencies (skills), the comments (the rate on the higher class the role's at
    that class; the post in line for a move up; the earlier trade at another firm a move in, its
    firm `optional`) and the act (`optional`)."""
    (authority, short_auth, certificate, job, (low_class, high_class), (legal, operating),
     business, town, categories, skills, up, earlier, efirm, act, signatory) = rng.choice(_EVFORM)
    occupy(g, job, leads=[up], moves_in=[earlier])
    _spell(g, f"{job} ({low_class})")
    _legal(g, legal, operating)
    _facts(g, list(skills), [], [business], [*categories, efirm, act, low_class, high_class])
    rate = _off(rng.randrange(3800, 4500, 5) / 100, 0.05, "CAD")
    _salary(g, rate, rate, "CAD", period="hour", level=low_class)
    start = _off(round(rate - rng.randrange(400, 700, 5) / 100, 2), 0.05, "CAD")
    _salary(g, start, start, "CAD", period="hour", level=low_class)
    apprentice = _off(round(start - rng.randrange(800, 1200, 5) / 100, 2), 0.05, "CAD")
    _salary(g, apprentice, apprentice, "CAD", period="hour", level="Apprentice")
    promised = _off(round(rate + rng.randrange(300, 500, 5) / 100, 2), 0.05, "CAD")
    _salary(g, promised, promised, "CAD", period="hour", level=high_class)
    fee = _no_pay(g, rng.choice((150.0, 175.0, 180.0)), 5)
    hours = [rng.randrange(600, 2400, 5) for _ in categories]
    g.must_not_appear += [authority, signatory, "OFFICE USE ONLY"]
    return [f"{authority} ({short_auth})                                Form "
            f"{short_auth}-{rng.randint(2, 9)} (rev. 2025)",
            f"EMPLOYER DECLARATION OF WORK EXPERIENCE — {job.upper()} {high_class.upper()} "
            f"{certificate.upper()}",
            f"One form per employer. Hours must be supervised by a {high_class} holder.",
            "PART A – APPLICANT",
            f"Name: {rng.choice(('Tyler J. Banks', 'Marco Lindqvist'))}     Client no.: "
            f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}     Certificate held: {job} "
            f"{low_class}",
            f"Trade for which experience is declared: {job}",
            "PART B – EMPLOYER",
            f"Legal name: {legal}     Operating as: {operating}     Address: {town}",
            f"Type of business: {business}",
            f"Job title held: {job} ({low_class})     Status: ☑ full time",
            f"Employed from: 2021-0{rng.randint(1, 9)}-01 to present     Current rate of pay: "
            f"${rate:.2f} per hour",
            f"Starting rate with us: ${start:.2f} per hour. Earlier, as a 4th-year apprentice "
            f"with us: ${apprentice:.2f} per hour.",
            "PART C – HOURS BY CATEGORY OF WORK",
            "Category | Hours",
            *[f"{c} | {h:,}" for c, h in zip(categories, hours, strict=True)],
            f"Total | {sum(hours):,}",
            "PART D – COMPETENCIES (employer to initial)",
            "  ".join(f"☑ {_cap(s)}" for s in skills),
            "PART E – COMMENTS",
            f"A careful worker. On receipt of the {high_class} certificate we will pay "
            f"${promised:.2f} per hour; in line for the {up} position next year. Before joining "
            f"us worked as a journeyperson {earlier.lower()} at {efirm} and moved over to this "
            "trade through our apprenticeship.",
            "PART F – DECLARATION",
            f"I declare the above true. Knowingly false statements breach the {act}.",
            f"Title: {signatory}     Signature: ________",
            f"OFFICE USE ONLY   Reviewed ____   Application fee ${fee:.2f} paid ☐"]


# (the assessment body (must not appear) and its pathway, the occupation (the role) and its
#  code, the employer (printed in capitals, its legal name, short) with its business lines
#  (sectors), its town and country, the currency, the first title (a move in, its pay
#  theirs), the apprentice title, duties (no skills; the makes `optional`), the tools
#  (skills), the leading-hand title (a move up, its rate theirs), the foreman's title (its
#  rate theirs, no move), the skills to be demonstrated (skills), the qualification
#  (`optional`), the signatory's title (must not appear))
_EVPORTAL = (
    ("TradeRecognise Australia Pty Ltd", "Overseas Trade Assessment",
     "Automotive Electrician", "ANZSCO 321111",
     ("HIGHLANDS AUTO & FLEET SERVICES LIMITED", "Highlands Auto & Fleet Services Limited",
      "Highlands Auto & Fleet Services"),
     ("Fleet maintenance", "Mining vehicle support", "Auto parts"), "Mount Hagen",
     "Papua New Guinea", "PGK", "Workshop Assistant", "Apprentice Auto Electrician",
     ("Toyota", "Isuzu", "Volvo"),
     ("oscilloscope", "battery load tester", "wiring harness crimpers", "Bosch KTS scan tool",
      "soldering station"),
     "Leading Hand — Auto Electrical", "Workshop Supervisor",
     ("vehicle electrical diagnosis", "starting and charging systems", "CAN bus networks",
      "air conditioning systems", "workplace safety"),
     "AUR32416 Certificate III in Automotive Electrical Technology", "Fleet Manager"),
    ("SkillsPath Assessing Pty Ltd", "Offshore Skills Pathway", "Cabinetmaker",
     "ANZSCO 394111",
     ("APIA JOINERY & FITOUT COMPANY LIMITED", "Apia Joinery & Fitout Company Limited",
      "Apia Joinery & Fitout"),
     ("Kitchen joinery", "Shop fitting", "Timber doors and windows"), "Apia", "Samoa", "WST",
     "Joinery Labourer", "Apprentice Cabinetmaker", ("Blum", "Hettich", "Festool"),
     ("panel saw", "edge bander", "CNC router", "spindle moulder", "spray booth"),
     "Leading Hand — Joinery Shop", "Production Foreman",
     ("reading cutting lists and drawings", "carcass construction", "hardware fitting",
      "finishing and spraying", "machine safety"),
     "MSF30322 Certificate III in Cabinet Making and Timber Technology", "Managing Director"),
)


def _evportal(rng: random.Random, g: Guide) -> list[str]:
    """A skills assessment body's applicant portal with an employer reference's extracted text:
    the portal menu, application line (occupation code, pathway, stage, status), evidence item
    buttons, assessor notes, the reference's address, tax number, date and title, the
    signatory's title (must not appear), fees (no pay), the visa subclass and footer (chrome),
    the occupation (the role), the letterhead with its business lines (sectors) and the legal
    name (one employer), a statement of service run together (the first title's rate theirs and
    the title a move in; the apprentice's range at Apprentice; the current rate the role's, its
    fortnightly gross and annual salary the same pay), duties (the makes `optional`), tools
    (skills), the appointment as leading hand with its rate (a move up, theirs), the other
    qualified staff's range (the role's), the foreman's rate (theirs, no move), the skills to be
    demonstrated (skills), the national qualification (`optional`) and the award rate "for
    information only" (no pay)."""
    (body, pathway, job, code, (caps, legal, short), lines, town, country, cur, first,
     apprentice_title, makes, tools, leading, foreman, demonstrate, qualification,
     signatory) = rng.choice(_EVPORTAL)
    occupy(g, job, ladder=[first, job, leading])
    _legal(g, legal, short)
    _facts(g, [*tools, *demonstrate], [], [x.lower() for x in lines],
           [*makes, qualification, apprentice_title])
    first_pay = _off(rng.randrange(280, 360, 5) / 100, 0.05, cur)
    _salary(g, first_pay, first_pay, cur, period="hour", belongs_to=first)
    a_low = _off(round(first_pay + rng.randrange(80, 150, 5) / 100, 2), 0.05, cur)
    a_high = _off(round(a_low + rng.randrange(200, 260, 5) / 100, 2), 0.05, cur)
    _salary(g, a_low, a_high, cur, period="hour", level="Apprentice")
    rate = _off(round(a_high + rng.randrange(280, 360, 5) / 100, 2), 0.05, cur)
    _salary(g, rate, rate, cur, period="hour")
    lead = _off(round(rate + rng.randrange(150, 250, 5) / 100, 2), 0.05, cur)
    _salary(g, lead, lead, cur, period="hour", belongs_to=leading)
    o_low = _off(round(rate - rng.randrange(120, 180, 5) / 100, 2), 0.05, cur)
    o_high = _off(round(rate + rng.randrange(60, 110, 5) / 100, 2), 0.05, cur)
    _salary(g, o_low, o_high, cur, period="hour")
    f_rate = _off(round(lead + rng.randrange(200, 300, 5) / 100, 2), 0.05, cur)
    _salary(g, f_rate, f_rate, cur, period="hour", belongs_to=foreman)
    fortnight = _no_pay(g, round(rate * 90, 2), 0.5)
    annual = int(_no_pay(g, round(rate * 45 * 52, -1), 10))
    award = _no_pay(g, rng.choice((29.85, 30.4, 31.15)), 0.05)
    fee1 = int(_no_pay(g, rng.choice((1_050, 1_120)), 10))
    fee2 = int(_no_pay(g, rng.choice((2_080, 2_240)), 10))
    g.must_not_appear += [body, signatory, "With assessor", "SERVICE STATEMENT"]
    return [f"{body} · Candidate Hub   Dashboard   Documents   Inbox   Payments   Sign out",
            f"Case {rng.randint(10000, 99999)} · Occupation: {job} ({code}) · Route: "
            f"{pathway} · Step 1 — Document review · Status: With assessor",
            "Document 3/8: Employer reference.pdf  [Open] [Swap] [Remove]",
            "Assessor comments: letterhead ✔ signature ✔ payslips match ✔ duties fit the "
            "occupation ✔",
            "--- document text ---",
            caps,
            " · ".join(lines),
            f"PO Box {rng.randint(100, 999)}, {town}, {country}",
            f"{rng.randint(2, 20)} November 2026",
            "REFERENCE AND SERVICE STATEMENT",
            f"We certify that Mr. {rng.choice(('Peni Tau', 'Joseph Kila', 'Sione Faleolo'))} "
            f"has been employed by {legal} full time (45 hours a week) as follows:"
            f"2015 – 2016  {first} — {cur} {first_pay:.2f} per hour"
            f"2017 – 2020  {apprentice_title} — {cur} {a_low:.2f} to {cur} {a_high:.2f} per hour"
            f"2020 – present  {job} — currently {cur} {rate:.2f} per hour (gross fortnightly "
            f"pay {cur} {fortnight:,.2f}; annual salary approximately {cur} {annual:,})",
            f"Main duties as {job}: fault-finding and repair on {makes[0]}, {makes[1]} and "
            f"{makes[2]} equipment; servicing to schedule; completing job cards; guiding the "
            "apprentices.",
            f"Tools and equipment used: {', '.join(tools[:-1])} and {tools[-1]}.",
            f"A dependable tradesman. From February 2027 he takes up the post of {leading} at "
            f"{cur} {lead:.2f} per hour. Our other qualified staff in this trade earn between "
            f"{cur} {o_low:.2f} and {cur} {o_high:.2f} per hour; the {foreman.lower()} is paid "
            f"{cur} {f_rate:.2f} per hour.",
            f"(signed) {rng.choice(('R. Kaupa', 'L. Tuilagi'))}, {signatory}, {short}",
            "--- end of document text ---",
            f"Skills the applicant must show in the Step 2 practical: {'; '.join(demonstrate)}.",
            f"Comparable qualification: {qualification}. Reference only, not assessed: the "
            f"Australian award minimum for this trade is AUD {award:.2f} an hour.",
            f"Charges: Step 1 AUD {fee1:,} (paid) · Step 2 AUD {fee2:,} · Visa subclass "
            "intended: 482",
            f"© {body} · Privacy · Complaints"]


(FAMILY58_RENDERERS, FAMILY58_LAYOUTS, FAMILY58_LADDER_LAYOUTS,
 FAMILY58_ALIAS_LAYOUTS) = variant_families({
    "armenianmt": {"craft": _amcraft, "it": _amit},
    "laomt": {"shop": _laoshop, "state": _laostate},
    "counteroffer": {"thread": _cothread, "hcm": _cohcm},
    "compplan": {"portal": _cpportal, "letter": _cpletter},
    "pipplan": {"form": _pipform, "mail": _pipmail},
    "expverify": {"form": _evform, "portal": _evportal},
})
