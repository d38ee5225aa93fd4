"""Generator renderers for the six page families of held-back set 57 (Burmese postings ...).

Held-back set 57 showed six more kinds of page users bring: a Myanmar (Burmese) job posting read
through a browser translator (a works posting with the pay in lakhs, its kyat figure and its
Burmese-digit gloss, the probation day wage, the assistant's pay, Senior's floor and a career
path with a rung's floor, or a shop posting with the trainee's pay, a one-sided "up to … with
the commission" and a growth line with a rung's band), an Azerbaijani posting read through a
translator (an office posting with the net "to the hand" and the gross about it, the probation
net, the Leading rung's floor and the head's salary in a sentence, or a regional workshop's
posting with piecework, the apprentices' pay, the master's range and "up to 1 min N manat"), a
pre-employment background check report as the candidate sees it (a driver package or an
office report with the requisition's range), a seafarer employment agreement (a Philippine
contract with its wage scale, or an MLC agreement with a day-rate appendix), a wage subsidy or
on-the-job training agreement (a US OJT training plan, or an Australian wage subsidy schedule)
and an unemployment insurance claim (a Canadian record of employment with the claim summary,
or a US claimant portal with the employer's response and the work search log).  These renderers
write such pages from a planned guide, two variants a family, about occupations that fit them
(occupy()); every fact the truth keeps is printed and what a style does not state is cleared:
the kyat figure and its Burmese-digit gloss, the gross about a net, the monthly average of a
day rate and the allotment's peso figure are the same pay; allowances, bonuses, piecework,
overtime, FOT, leave pay, total monthly wages, reimbursements, subsidies and their
instalments, superannuation, insurable earnings, benefit amounts, severance and vacation pay
stay out of the role's pay; minimum wages are nobody's pay; Probation, Assistant, Trainee,
Senior, Junior, Lead, Apprentice, Training, Training days, an award level and a grade are the
role's own at their level, board averages and medians its points, and other titles' figures
keep their owners; glosses, idioms, licences, certificates, agents, boards and the types of
work sought are `optional` or must not appear.
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
    native_digits,
    occupy,
    thousands,
    variant_families,
)

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY57_ALIAS_LAYOUTS", "FAMILY57_LADDER_LAYOUTS", "FAMILY57_LAYOUTS",
           "FAMILY57_RENDERERS"]

# The pay figures set 57's pages print, by currency: a generated page in the same shape must
# not repeat one by chance (the 6-word overlap check's figure half).
_SET57 = {
    "MMK": (22_000, 200_000, 250_000, 300_000, 350_000, 380_000, 400_000, 450_000, 500_000,
            600_000, 700_000, 720_000, 750_000, 800_000, 900_000, 1_000_000, 1_200_000),
    "AZN": (450, 550, 650, 700, 720, 900, 1_000, 1_200, 1_400, 1_500, 1_700, 1_800, 2_000,
            2_150, 2_500, 2_800, 3_200, 4_500),
    "USD": (16.75, 17.0, 17.1, 18.4, 18.5, 19.4, 20.5, 21.0, 22.0, 22.5, 23.5, 24.0, 26.0,
            26.8, 27.5, 547, 571, 760, 893, 41_600, 52_000, 58_000),
    "EUR": (150, 165, 180, 190, 230, 285, 330, 395, 455, 510, 590, 620),
    "CAD": (20.5, 28.64, 29.1, 31.0),
    "AUD": (26.3, 28.52, 29.84, 33.1),
}


def _off(value: float, step: float, currency: str) -> float:
    """``value`` moved up by ``step`` until it is no figure set 57 prints in ``currency``."""
    return clear_of(value, step, _SET57[currency])


def _lakh(kyats: float) -> str:
    """Kyats in lakhs (one lakh is 100,000 kyats), as a Myanmar board prints pay: 650000 →
    "6.5"."""
    return f"{kyats / 100_000:g}"


def _burmese(text: str) -> str:
    """A figure in Burmese digits (the gloss a Myanmar page keeps beside the Latin one)."""
    return native_digits(text, "၀")


def _az(amount: float) -> str:
    """A manat figure with a space between thousands: 2300 → "2 300"."""
    return thousands(amount, " ")


def _usd(amount: float) -> str:
    """A rate with its cents, "$19.85"."""
    return f"${amount:,.2f}"


# --------------------------------------------------------------------------------------
# A Myanmar (Burmese) job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role) and its Burmese gloss (must not appear), the company (printed, short),
#  the region and township, what the firm does (a sector) and the body it is listed with
#  (`optional`), duties (no skills), know-how (skills), the machine makers (`optional`), the
#  permit (`optional`), the idiom (must not appear), the head of the career path, the two
#  titles that may change to the role (moves in), the breadcrumb's categories (must not
#  appear), the similar jobs: the same title's company and town, another title and its company
#  (`optional`), a "Negotiable" title and company (`optional`) and the row cut mid-figure)
_MMSITE = (
    ("Concrete Pump Operator", "ကွန်ကရစ်ပန့်မောင်းသူ",
     ("Ayeyar Shwe Wah Builders Co., Ltd.", "Ayeyar Shwe Wah Builders"), "Yangon Region",
     "Thaketa Township", "Building construction",
     "the Yangon City Development Committee",
     ("Setting up the boom pump at the pour and feeding the slab crew",
      "Washing the hopper and the pipeline after every pour",
      "Filling the daily sheet of cubic metres and engine hours"),
     ("Boom pump operation", "Pipeline cleaning", "Remote control handling",
      "Outrigger setup", "Slump checking"),
     ("Putzmeister", "Zoomlion"), "Heavy vehicle driving licence (class E)",
     "a man whose belly is wide like the river",
     "Plant Supervisor", ("Transit Mixer Driver", "Concrete Labourer"),
     ("Construction / Real estate", "Plant and equipment"),
     (("Thiri Mingalar Ready Mix Co., Ltd.", "Thiri Mingalar Ready Mix"), "Bago"),
     ("Batching Plant Operator", "Golden Myay Concrete"),
     ("Mobile Crane Operator", "Nawaday Engineering"),
     "Line Pump Operator · Kyauk Taing Builders · Mawlamyine · 5 Lak"),
    ("Forklift Driver", "ဖို့ကလစ်မောင်းသူ",
     ("Shwe Taung Tha Logistics Co., Ltd.", "Shwe Taung Tha Logistics"), "Mandalay Region",
     "Patheingyi Township", "Warehousing and distribution",
     "the Myanmar Port Authority",
     ("Unloading the container trucks and stacking the pallets in the racks",
      "Charging the batteries and checking the forks before the shift",
      "Counting the cartons with the store keeper for the dispatch list"),
     ("Forklift operation", "Pallet stacking", "Battery charging", "Load balancing",
      "Stock counting"),
     ("Toyota", "Heli"), "Forklift operator certificate",
     "a person whose eyes are open at the back of the head",
     "Warehouse Supervisor", ("Loading Worker", "Delivery Van Driver"),
     ("Logistics / Transportation", "Material handling"),
     (("Yadanarbon Cold Store Co., Ltd.", "Yadanarbon Cold Store"), "Meiktila"),
     ("Store Keeper", "Mya Nandar Trading"),
     ("Reach Truck Driver", "Kyaukse Cement Depot"),
     "Forklift Helper · Golden Land Freight · Sagaing · 2.8 Lak"),
)


def _mmsite(rng: random.Random, g: Guide) -> list[str]:
    """A Myanmar job board's works posting through a translator: the translator bar, menu with
    languages, breadcrumb (its categories must not appear), posting and closing dates, views,
    buttons, the HR contact and footer (chrome), "Title (Burmese gloss) - N positions" (the
    role; the gloss must not appear), the company with its verified badge (employs), "a Lakhs -
    b Lakhs (MMK)" (the role's), a glued "About the company…Job Description-" (what the firm
    does a sector, the body it is listed with `optional`; duties no skills), requirements (know-how
    skills, the makers and the permit `optional`, the idiom must not appear), salary and benefits
    (the kyat figure and the Burmese-digit gloss the same pay; the probation day wage at
    Probation; the assistant's pay at Assistant; Senior's "from" at Senior; the site allowance,
    the attendance bonus and the festival bonuses no pay), the state minimum wage (nobody's), a
    glued career path (the ladder; the head's "(from N Lakhs)" its open floor), the change line
    (two moves in), the board's regional average (the role's point with the region) and similar
    jobs (the same title at another company: an employer and the role's with its town; another
    title's band, theirs, its company `optional`; "Negotiable" `optional`; one cut)."""
    (job, gloss, (printed, short), region, township, sector, body, duties, skills, makers,
     permit, idiom, head, (came1, came2), crumbs, ((sprinted, sshort), stown),
     (other, ofirm), (agreed, afirm), cut) = rng.choice(_MMSITE)
    assistant_title, senior_title = f"Assistant {job}", f"Senior {job}"
    occupy(g, job, ladder=[assistant_title, job, senior_title, head], moves_in=[came1, came2])
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    _facts(g, list(skills), [], [sector], [*makers, permit, body, ofirm, agreed, afirm])
    low = _off(rng.randrange(45, 60) * 10_000 + rng.choice((0, 50_000)), 50_000, "MMK")
    high = _off(low + rng.randrange(1, 4) * 100_000 + rng.choice((0, 50_000)), 50_000, "MMK")
    _salary(g, low, high, "MMK", period="month")
    day = _off(rng.randrange(15, 21) * 1_000 + rng.choice((0, 500)), 500, "MMK")
    _salary(g, day, day, "MMK", period="day", level="Probation")
    assistant = _off(low - rng.randrange(15, 25) * 10_000, 10_000, "MMK")
    _salary(g, assistant, assistant, "MMK", period="month", level="Assistant")
    senior = _off(high + rng.randrange(1, 4) * 100_000 + 50_000, 50_000, "MMK")
    _salary(g, senior, None, "MMK", period="month", level="Senior")
    hfloor = _off(senior + rng.randrange(2, 5) * 100_000, 50_000, "MMK")
    _salary(g, hfloor, None, "MMK", period="month", belongs_to=head)
    average = _off(low + rng.randrange(1, 9) * 10_000, 10_000, "MMK")
    _salary(g, average, average, "MMK", period="month", point=True, region=region)
    same = _off(low + rng.randrange(1, 3) * 50_000, 50_000, "MMK")
    same_high = _off(same + rng.randrange(2, 4) * 100_000, 50_000, "MMK")
    _salary(g, same, same_high, "MMK", period="month", region=stown)
    olow = _off(low - 50_000, 50_000, "MMK")
    ohigh = _off(olow + rng.randrange(1, 3) * 100_000 + 50_000, 50_000, "MMK")
    _salary(g, olow, ohigh, "MMK", period="month", belongs_to=other)
    allowance = int(_no_pay(g, rng.choice((4_000, 6_000, 7_500)), 500))
    attendance = int(_no_pay(g, rng.choice((25_000, 35_000, 40_000)), 5_000))
    minimum = int(_no_pay(g, 5_800, 100))
    board = rng.choice(("ShweAlin Jobs", "MyanWork.com.mm"))
    g.must_not_appear += [gloss, idiom, cut, *crumbs, board, "Thingyan present"]
    return ["Translated from Burmese into English   ⟲ Show original   ⚙ Options   ✕",
            f"{board}   Jobs   Employers   Salary guide   Courses   မြန်မာ | EN   Log in",
            f"Home › Jobs › {crumbs[0]} › {crumbs[1]} › {job}",
            f"{job} ({gloss}) · {rng.randint(2, 6)} posts open",
            f"{printed}   ✔ Company checked by the board",
            f"📍 {region}, {township}   💰 {_lakh(low)} Lakhs - {_lakh(high)} Lakhs (MMK)   "
            f"Permanent   {rng.randint(1, 6)} days ago   👁 {rng.randint(400, 2500):,} views",
            "[ Apply ]  [ Save job ]  [ Send by Viber ]",
            f"About the company{printed} works in {sector.lower()} and is listed with {body}; "
            f"{rng.randint(80, 400)} workers at our sites.Job Description-{duties[0]}",
            f"-{duties[1]}",
            f"-{duties[2]}",
            "Requirements",
            f"- Age 20 to 45, {rng.randint(2, 5)} years or more in the same work",
            f"- {skills[0]} on {makers[0]} or {makers[1]} machines",
            f"- {skills[1]}, {skills[2].lower()} and {skills[3].lower()}",
            f"- {skills[4]} before the work starts",
            f"- {permit} is better",
            f"- We want {idiom}",
            f"Salary and Benefits▪ Monthly pay {_lakh(low)} Lakhs - {_lakh(high)} Lakhs "
            f"({low:,} - {high:,} Ks), by skill "
            f"({_burmese(_lakh(low))} သိန်း - {_burmese(_lakh(high))} သိန်း)",
            f"▪ First 2 months on probation: {day:,} Ks a working day "
            f"({_burmese(f'{day:,}')} ကျပ်)",
            f"▪ {assistant_title} (helper): {_lakh(assistant)} Lakhs a month",
            f"▪ {senior_title} with 8 years and more: from {_lakh(senior)} Lakhs",
            f"▪ Site allowance {allowance:,} Ks a day; attendance bonus {attendance:,} Ks",
            "▪ Rice and curry at the site, a room in the workers' hostel, the company's bus",
            "▪ Thingyan present and a year-end bonus when the company does well; SSB card",
            f"(The minimum wage of the state is {minimum:,} Ks for one day. We pay over it.)",
            f"Career Path with {short}{assistant_title} ➜ {job} ➜ {senior_title} ➜ {head} "
            f"(from {_lakh(hfloor)} Lakhs)",
            f"{_plural(came1)} and {_plural(came2).lower()} who wish to switch to this "
            f"machine are welcome too. We teach at our yard in {township.split()[0]}.",
            f"HR: Ma Thin Thin  09-4xx-xxx-{rng.randint(100, 999)}  (Viber)",
            f"Salary guide 💡 Average salary of {job} in {region}: {_lakh(average)} Lakhs a "
            f"month (from {rng.randint(20, 90)} posts)",
            "Similar jobs",
            f"{job} · {sprinted} · {stown} · {_lakh(same)} Lakhs - {_lakh(same_high)} Lakhs",
            f"{other} · {ofirm} · {region} · {_lakh(olow)} Lakhs - {_lakh(ohigh)} Lakhs",
            f"{agreed} · {afirm} · {region} · Negotiable",
            cut,
            f"© 2026 {board}   About   Terms   Privacy   Get the app"]


# (the title (the role) and its Burmese gloss (must not appear), the company (printed, short),
#  the town and township, what the chain does (a sector) and its motto (must not appear),
#  numbered responsibilities (no skills), the requirements' know-how (skills) and the school
#  (`optional`), the idiom (must not appear), the growth line's rung with its band and its head,
#  the staff who may move to the role (a move in), the jobs you may like: the same title's
#  company and town, Junior's company, another title and its company (`optional`), a
#  "Negotiable" title and company (`optional`) and the row cut mid-figure)
_MMSHOP = (
    ("Air Conditioner Technician", "လေအေးပေးစက်ပြင်ဆရာ",
     ("Aung Thamardi Electronics Co., Ltd.", "Aung Thamardi Electronics"), "Yangon",
     "Mayangon Township", "Home appliance retail and service",
     "Cool home, warm service",
     ("Install split and cassette units at the customers' homes",
      "Clean the filters and coils on the service contracts",
      "Fill the job card and collect the service fee"),
     ("Refrigerant charging", "Leak testing", "Pipe flaring", "Compressor diagnosis",
      "Inverter board repair"),
     "Government Technical Institute certificate", "a hand that is cool under the sun",
     ("Service Team Leader", "Service Centre Manager"), "Showroom Salesperson",
     (("Mandalay Cool Care", "Mandalay Cool Care"), "Mandalay"),
     ("Zeyar Home Appliances", "Zeyar Home Appliances"),
     ("Refrigerator Technician", "Kyal Sin Electric"),
     ("Service Coordinator", "Aung Thamardi Electronics"),
     "Washing Machine Technician · Htoo Appliance · Bago · 4 - 5"),
    ("Motorbike Mechanic", "ဆိုင်ကယ်ပြင်ဆရာ",
     ("Shwe Nagar Motors Co., Ltd.", "Shwe Nagar Motors"), "Mandalay",
     "Chanmyathazi Township", "Motorcycle sales and service",
     "Ride far, ride safe",
     ("Service the bikes on the periodic maintenance card",
      "Change the chains, brake shoes and clutch plates",
      "Test ride the bike and explain the repair to the owner"),
     ("Engine overhaul", "Carburettor tuning", "Fuel injection diagnosis",
      "Electrical wiring repair", "Brake service"),
     "Automotive mechanic diploma", "a person who never lets the spanner sleep",
     ("Workshop Leader", "Service Manager"), "Spare Parts Salesperson",
     (("Yangon Two Wheels Service", "Yangon Two Wheels Service"), "Yangon"),
     ("Myittha Moto Centre", "Myittha Moto Centre"),
     ("Tyre Fitter", "Moe Kaung Tyre Shop"),
     ("Showroom Cashier", "Shwe Nagar Motors"),
     "Bike Painter · Taunggyi Motor World · Taunggyi · 3.5 - 4"),
)


def _mmshop(rng: random.Random, g: Guide) -> list[str]:
    """A Myanmar job board's shop posting through a translator: the translation bar, menu with
    the Zawgyi/Unicode switch, breadcrumb, type, level and posts line, dates, applicants,
    contact and footer (chrome), "Title (Burmese gloss)" (the role; the gloss must not appear),
    the company (employs), "Salary: a - b Lakhs" (the role's), a glued "Company overview…
    Responsibilities1." (what the chain does a sector; the motto must not appear; duties no
    skills), numbered requirements run together (know-how skills, the school `optional`, the
    idiom must not appear), salary and benefits (the kyat figure the same pay; the trainee's pay
    at Trainee; Senior's "from" at Senior; "up to N Lakhs with the commission" one-sided; the
    commission, phone bill, lunch and bonus no pay), a glued growth line (the ladder; a rung's
    "(a - b Lakhs)" band theirs), the sales staff line (a move in), the board's median (the
    role's point with the town) and jobs you may like (the same title in another town: an
    employer and the role's with its town; Junior's row at Junior, its company an employer;
    another title's band, theirs, its company `optional`; "Negotiable" `optional`; one cut)."""
    (job, gloss, (printed, short), town, township, sector, motto, duties, skills, school, idiom,
     (lead, head), came, ((sprinted, sshort), stown), (jprinted, jshort), (other, ofirm),
     (agreed, afirm), cut) = rng.choice(_MMSHOP)
    occupy(g, job, ladder=[job, lead, head], moves_in=[came])
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    _legal(g, jprinted, jshort)
    _facts(g, list(skills), [], [sector], [school, ofirm, agreed])
    low = _off(rng.randrange(3, 6) * 100_000 + rng.choice((0, 50_000)), 50_000, "MMK")
    high = _off(low + rng.randrange(1, 3) * 100_000 + 50_000, 50_000, "MMK")
    _salary(g, low, high, "MMK", period="month")
    trainee = _off(low - rng.randrange(8, 15) * 10_000, 10_000, "MMK")
    _salary(g, trainee, trainee, "MMK", period="month", level="Trainee")
    senior = _off(high + rng.randrange(1, 3) * 100_000, 50_000, "MMK")
    _salary(g, senior, None, "MMK", period="month", level="Senior")
    llow = _off(senior + 50_000, 50_000, "MMK")
    lhigh = _off(llow + rng.randrange(2, 4) * 100_000, 50_000, "MMK")
    _salary(g, llow, lhigh, "MMK", period="month", belongs_to=lead)
    median = _off(low + rng.randrange(3, 9) * 10_000, 10_000, "MMK")
    _salary(g, median, median, "MMK", period="month", point=True, region=town)
    same = _off(low + 50_000, 50_000, "MMK")
    same_high = _off(same + rng.randrange(1, 3) * 100_000, 50_000, "MMK")
    _salary(g, same, same_high, "MMK", period="month", region=stown)
    junior = _off(trainee + 30_000, 10_000, "MMK")
    _salary(g, junior, junior, "MMK", period="month", level="Junior")
    olow = _off(low - 50_000, 50_000, "MMK")
    ohigh = _off(olow + 150_000, 50_000, "MMK")
    _salary(g, olow, ohigh, "MMK", period="month", belongs_to=other)
    upto = int(_no_pay(g, senior + 150_000, 50_000))
    phone = int(_no_pay(g, rng.choice((10_000, 15_000)), 1_000))
    lunch = int(_no_pay(g, rng.choice((2_500, 3_000)), 500))
    board = rng.choice(("jobs.mm.example", "AlinKaung Jobs"))
    g.must_not_appear += [gloss, motto, idiom, cut, board, "Jobs you may like"]
    reqs = [f"{school} or the same", f"{rng.randint(1, 3)} years in a service shop",
            f"{skills[0]} and {skills[1].lower()}", f"{skills[2]}, {skills[3].lower()}",
            f"{skills[4]} is a plus", f"We want {idiom}"]
    return ["Translate page: Burmese → English   [Original]   [Options ▾]",
            f"{board}   Find Jobs   Companies   Career Tips   Zawgyi | Unicode   Sign in",
            f"Jobs › Technician › {town}",
            f"{job} ({gloss})",
            f"{printed}   {township}, {town}",
            f"Salary: {_lakh(low)} - {_lakh(high)} Lakhs   Type: Full Time   Level: Staff   "
            f"Posts: {rng.randint(2, 8)}",
            f"Posted {rng.randint(2, 20)} Dec 2026 · {rng.randint(10, 90)} applied",
            f"Company overview{printed} is in {sector.lower()} with "
            f"{rng.randint(5, 14)} branches. \"{motto}\"Responsibilities1. {duties[0]}2. "
            f"{duties[1]}3. {duties[2]}",
            "Requirements" + "".join(f"{n}. {r}" for n, r in enumerate(reqs, 1)),
            "Salary & Benefits",
            f"✓ {low:,} - {high:,} Ks ({_lakh(low)} - {_lakh(high)} Lakhs) by experience",
            f"✓ Trainee technicians in our 3-month training: {trainee:,} Ks a month",
            f"✓ Senior {job.lower()}: from {_lakh(senior)} Lakhs",
            f"✓ A good technician can reach up to {_lakh(upto)} Lakhs with the repair commission",
            f"✓ Lunch {lunch:,} Ks a day, {phone:,} Ks for the phone bill, yearly increment and "
            "bonus, SSB",
            f"Growth with us{job} ➜ {lead} ({_lakh(llow)} Lakhs - {_lakh(lhigh)} Lakhs) ➜ "
            f"{head}",
            f"{_cap(_an(came.lower()))} of ours who likes to repair can move to the "
            "technician team after the test.",
            f"Call 09-2xx-xxx-{rng.randint(100, 999)} (9 AM - 5 PM)",
            f"Median salary of {job} in {town}: {_lakh(median)} Lakhs / month",
            "Jobs you may like",
            f"{job} | {sprinted} | {stown} | {_lakh(same)} Lakhs - {_lakh(same_high)} Lakhs",
            f"Junior {job} | {jprinted} | {town} | {junior:,} Ks",
            f"{other} | {ofirm} | {town} | {_lakh(olow)} Lakhs - {_lakh(ohigh)} Lakhs",
            f"{agreed} | {afirm} | {town} | Negotiable",
            cut,
            f"© {board} 2026 · Help · Privacy"]


# --------------------------------------------------------------------------------------
# An Azerbaijani job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role) and its Azerbaijani gloss (must not appear), the company, the city and
#  district, what it is (a sector), duties (no skills), the numbered requirements' know-how
#  (skills) and certificates (`optional`), the ladder's head, the staff who also move to the
#  team (a move in), the similar vacancies: the same title's firm and city, another title and
#  its firm (`optional`), a "By agreement" title (`optional`) and the row cut mid-figure)
_AZOFFICE = (
    ("Database Administrator", "Verilənlər bazası administratoru", "Xəzər Həyat Sığorta ASC",
     "Baku", "Yasamal district", "Life and health insurance",
     ("Installation and tuning of the Oracle and PostgreSQL servers of the company",
      "Backups, restore tests and the plan of the disaster recovery",
      "Access rights of the users and the audit of the requests"),
     ("Oracle Database", "PostgreSQL", "SQL tuning", "RMAN backups", "Bash scripting"),
     ("OCP", "ITIL Foundation"),
     "Head of the data platform department", "Application Support Specialist",
     ("Azəri Kart Prosessinq MMC", "Sumqayıt"), ("Data analyst", "Bakı Pay MMC"),
     "Data engineer", "Database developer — Gəncə Faktorinq MMC — Baku — from 1 9"),
    ("Logistics Specialist", "Logistika mütəxəssisi", "Naxçıvan Ərzaq Ticarət MMC",
     "Baku", "Binəqədi district", "Food wholesale and distribution",
     ("Planning of the deliveries to the shops of the regions",
      "Control of the documents of the transport and of the customs",
      "Work with the carriers and the warehouse on the schedule"),
     ("1C Logistics", "Route planning", "Customs declarations", "Excel", "Incoterms"),
     ("FIATA diploma", "Driving licence category B"),
     "Head of the supply chain department", "Warehouse Operator",
     ("Gilan Paylama MMC", "Gəncə"), ("Purchasing specialist", "Abşeron Qida MMC"),
     "Transport dispatcher", "Freight forwarder — Xəzər Karqo MMC — Baku — 1 3"),
)


def _azoffice(rng: random.Random, g: Guide) -> list[str]:
    """An Azerbaijani job board's office posting through a translator: the translator bar,
    menu with languages, breadcrumb, schedule, experience and education line, dates, views,
    applicants, buttons, the e-mail line and footer (chrome), "Title (Azerbaijani gloss)" (the
    role; the gloss must not appear), "a – b AZN net (to the hand)" (the role's), the company
    with its checked badge (employs), a glued "About us…Duties:-" (what it is a sector; duties
    no skills), numbered requirements run together (know-how skills, certificates `optional`),
    conditions (the gross about the net the same pay; the probation net at Probation; the
    Leading rung's "from" at Lead; the KPI bonus, the lunch compensation and the holiday bonus no
    pay), a glued growth line (the ladder), the staff who also move to the team (a move in) and
    the head's salary in a sentence (theirs), the site's average (the role's point with the
    city) and similar vacancies (the same title at another firm: an employer and the role's
    with its city; another title's pay, theirs, its firm `optional`; "By agreement" `optional`;
    one cut)."""
    (job, gloss, company, city, district, sector, duties, skills, certs, head, came,
     (sfirm, scity), (other, ofirm), agreed, cut) = rng.choice(_AZOFFICE)
    junior, leading = f"Junior {job.lower()}", f"Leading {job.lower()}"
    occupy(g, job, ladder=[junior, job, leading, head], moves_in=[came])
    _legal(g, company, company)
    _legal(g, sfirm, sfirm)
    _facts(g, list(skills), [], [sector], [*certs, ofirm, agreed])
    low = _off(rng.randrange(14, 22) * 100 + rng.choice((0, 50)), 50, "AZN")
    high = _off(low + rng.randrange(5, 10) * 100, 100, "AZN")
    _salary(g, low, high, "AZN", period="month")
    probation = _off(low - rng.randrange(2, 5) * 100, 50, "AZN")
    _salary(g, probation, probation, "AZN", period="month", level="Probation")
    lead = _off(high + rng.randrange(3, 7) * 100, 100, "AZN")
    _salary(g, lead, None, "AZN", period="month", level="Lead")
    hpay = _off(lead + rng.randrange(10, 16) * 100, 100, "AZN")
    _salary(g, hpay, hpay, "AZN", period="month", belongs_to=head)
    average = _off(low + rng.randrange(1, 4) * 100 + 50, 50, "AZN")
    _salary(g, average, average, "AZN", period="month", point=True, region=city)
    same = _off(low - 100, 100, "AZN")
    same_high = _off(same + rng.randrange(6, 9) * 100, 100, "AZN")
    _salary(g, same, same_high, "AZN", period="month", region=scity)
    opay = _off(low - rng.randrange(2, 5) * 100, 100, "AZN")
    _salary(g, opay, opay, "AZN", period="month", belongs_to=other)
    gross = (int(_no_pay(g, round(low * 1.21, -1), 10)),
             int(_no_pay(g, round(high * 1.21, -1), 10)))
    lunch = int(_no_pay(g, rng.choice((6, 7, 9)), 1))
    board = rng.choice(("VakansiyaPlus.az", "IsGunu.az"))
    g.must_not_appear += [gloss, cut, board, "Checked employer", "Labor Code"]
    reqs = ["Higher education in the field", f"{rng.randint(2, 4)}+ years in the same job",
            f"{skills[0]} and {skills[1]}", f"{skills[2]}, {skills[3]}", f"{skills[4]}",
            f"{certs[0]} or {certs[1]} is an advantage"]
    return ["Translated by the browser: Azerbaijani → English   Show the original   ✕",
            f"{board}   Vacancies   Companies   CVs   Salaries   AZ | RU | EN   Sign in",
            f"Main / Jobs / {job}",
            f"{job} ({gloss})",
            f"{_az(low)} – {_az(high)} AZN   net (to the hand)",
            f"{company}   ✓ Checked employer   {city}, {district}   5/2   Experience: 2-5 years",
            f"Published: {rng.randint(1, 9):02d}.12.2026   Viewed: {rng.randint(500, 3000):,}   "
            f"Applied: {rng.randint(10, 90)}",
            "[Apply]  [♡]  [Complain]",
            f"About us{company} works in {sector.lower()} for clients all over the country "
            f"since {rng.randint(1998, 2012)}.Duties:- {duties[0]}",
            f"- {duties[1]}",
            f"- {duties[2]}",
            "Requirements:" + " ".join(f"{n}. {r}" for n, r in enumerate(reqs, 1)),
            "We offer:",
            f"• Salary {_az(low)} – {_az(high)} AZN to the hand (gross near "
            f"{_az(gross[0])} – {_az(gross[1])} AZN before the income tax and DSMF)",
            f"• For the probation time (2 months) {_az(probation)} AZN to the hand",
            f"• {leading.capitalize()}: from {_az(lead)} AZN net",
            f"• KPI bonus every quarter; lunch compensation {lunch} AZN for a day",
            "• Health insurance, work by the Labor Code, Novruz bonus, courses paid by us",
            f"Career in the company{_cap(junior)} → {job} → {_cap(leading)} → {head}",
            f"{_plural(came)} of our branches who learn the field can also go to the team. The "
            f"{head} gets {_az(hpay)} AZN net.",
            f"CV to hr@{company.split()[0].lower()}.example.az, subject \"{job}\".",
            f"Salaries ⓘ The average salary of {job.lower()} in {city}: {_az(average)} AZN "
            f"({rng.randint(40, 140)} vacancies in 2026)",
            "Similar vacancies",
            f"{job} — {sfirm} — {scity} — {_az(same)} – {_az(same_high)} AZN",
            f"{other} — {ofirm} — {city} — {_az(opay)} AZN",
            f"{agreed} — {company} — {city} — By agreement",
            cut,
            f"© 2026 {board}   Rules   Ads   Contact"]


# (the title in capitals' words (the role) and its Azerbaijani gloss (must not appear), the
#  workshop (printed, short), the town and region, what it makes (a sector), duties (no
#  skills), know-how (skills), the two idioms (must not appear), the unit of piecework, the
#  master's title, the people also welcome (two moves in), the other vacancies: the same title
#  at another firm's branch (a spelling of that firm), another title and its firm (`optional`),
#  a "By agreement" title and firm (`optional`) and the row cut mid-figure)
_AZCRAFT = (
    ("Copper Engraver", "MİSGƏR-HƏKKAK", ("Lahıc Mis Sənətkarlığı MMC", "Lahıc Mis"),
     "İsmayıllı", "Shamakhi-Ismayilli region", "Handmade copperware",
     ("Engraving the patterns on the trays, jugs and pots by hand",
      "Tinning the inside of the pots and polishing the ready work",
      "Keeping the chisels and the hammers in order"),
     ("Chasing and engraving", "Pattern transfer", "Tinning", "Metal polishing"),
     ("a hammer that talks", "the eye that measures without a ruler"), "piece",
     "Master Copper Engraver", ("Jewellery Worker", "Metal Workshop Worker"),
     ("Şirvan Mis Ustaları MMC", "Şirvan Mis Ustaları MMC Basqal branch"),
     ("Souvenir seller", "Lahıc Turizm MMC"), ("Blacksmith", "Qəbələ Dəmirçi Evi"),
     "Copper polisher — Şamaxı Sənət MMC — İsmayıllı — 4"),
    ("Silk Weaver", "İPƏK TOXUCU", ("Şəki İpək Karvanı MMC", "Şəki İpək"),
     "Şəki", "Shaki-Zagatala region", "Silk scarf and fabric production",
     ("Weaving the silk on the hand looms by the order sheet",
      "Winding the threads and setting the warp with the master",
      "Checking the cloth for the faults before the dyeing"),
     ("Hand loom weaving", "Warp setting", "Thread winding", "Cloth inspection"),
     ("fingers like the wings of a butterfly", "the patience of a stone"), "metre of cloth",
     "Master Silk Weaver", ("Home Weaver", "Sewing Workshop Worker"),
     ("Qax İpəkçi MMC", "Qax İpəkçi MMC Şəki branch"),
     ("Dyer", "Zaqatala Boya MMC"), ("Pattern printer", "Kəlağayı Evi"),
     "Silk reeler — Oğuz Tekstil MMC — Şəki — 5"),
)


def _azcraft(rng: random.Random, g: Guide) -> list[str]:
    """An Azerbaijani regional board's workshop posting through a translator: the translator
    bar, menu, breadcrumb with the region, views and date, buttons, the contact and footer
    (chrome), "TITLE (GLOSS), also without experience" (the role; the gloss must not appear),
    the workshop and town (employs), "a - b manat + for the piece" (the role's), a glued "About
    the employer…Duties:-" (what it makes a sector; duties no skills), requirements (know-how
    skills; the idioms must not appear), what we offer (the monthly salary the role's, the
    piecework rate no pay; the apprentices' pay at Apprentice; the master's range, theirs; "up to
    1 min N manat" one-sided; tea, the bus and holiday bonuses no pay; the minimum wage
    nobody's), a glued growth line (the master a move up), the people also welcome (two moves
    in), the regional average (the role's point with the region) and other vacancies in the town
    (the same title at another firm's branch: an employer and the role's with the town; another
    title's pay, theirs, its firm `optional`; "By agreement" `optional`; one cut)."""
    (job, gloss, (printed, short), town, region, sector, duties, skills, idioms, unit, master,
     (came1, came2), (sfirm, sbranch), (other, ofirm), (agreed, afirm),
     cut) = rng.choice(_AZCRAFT)
    occupy(g, job, leads=[master], moves_in=[came1, came2])
    _legal(g, printed, short)
    _legal(g, sbranch, sfirm)
    _facts(g, list(skills), [], [sector], [ofirm, agreed, afirm])
    low = _off(rng.randrange(5, 8) * 100 + rng.choice((0, 50)), 50, "AZN")
    high = _off(low + rng.randrange(2, 4) * 100, 50, "AZN")
    _salary(g, low, high, "AZN", period="month")
    apprentice = _off(low - rng.randrange(1, 3) * 100 - 50, 50, "AZN")
    _salary(g, apprentice, apprentice, "AZN", period="month", level="Apprentice")
    mlow = _off(high + rng.randrange(2, 4) * 100, 50, "AZN")
    mhigh = _off(mlow + 200, 50, "AZN")
    _salary(g, mlow, mhigh, "AZN", period="month", belongs_to=master)
    average = _off(low + rng.randrange(1, 5) * 10 + 50, 10, "AZN")
    _salary(g, average, average, "AZN", period="month", point=True, region=region)
    same = _off(low + 50, 50, "AZN")
    same_high = _off(same + 200, 50, "AZN")
    _salary(g, same, same_high, "AZN", period="month", region=town)
    opay = _off(low - 100, 50, "AZN")
    _salary(g, opay, opay, "AZN", period="month", belongs_to=other)
    piece = int(_no_pay(g, rng.choice((12, 15, 18)), 1))
    best = int(_no_pay(g, rng.choice((1_600, 1_700, 1_900)), 100))
    minimum = int(_no_pay(g, 400, 10))
    board = rng.choice(("RegionIs.az", "Kendİş.az"))
    g.must_not_appear += [gloss, *idioms, cut, board, "Other vacancies in"]
    return ["Azerbaijani → English (translated)   Original   Never translate this site",
            f"{board}   Vacancies   Regions   Employers   + Post   AZ | RU",
            f"Home / {region} / {town} / Production",
            f"{gloss} ({job.upper()}), also without experience",
            f"{printed}   {town}",
            f"{low} - {high} manat + for the {unit}",
            f"Six days a week   Views: {rng.randint(200, 900)}   {rng.randint(2, 20)}.12.2026",
            "[Call]  [Write]  [Save]",
            f"About the employer{printed} is a family workshop of {sector.lower()}; we sell in "
            f"our shop and to the tourists.Duties:- {duties[0]}",
            f"- {duties[1]}",
            f"- {duties[2]}",
            "Requirements:",
            f"- {skills[0]} or the wish to learn it",
            f"- {skills[1]}, {skills[2].lower()} and {skills[3].lower()}",
            f"- {idioms[0]} and {idioms[1]}",
            f"- to live in {town} or near",
            "What we offer:",
            f"✔ monthly salary {low} - {high} manat and {piece} manat for every {unit} above "
            "the plan",
            f"✔ apprentices get {apprentice} manat in the months of training",
            f"✔ {master.lower()}: {mlow} - {mhigh} manat, teaches the young ones",
            f"✔ the best of our people earn up to {best // 1000} min "
            f"{best % 1000} manat",
            "✔ tea and lunch, our bus from the villages, bonuses for Novruz and Ramadan",
            f"(The country's minimal wage for a month: {minimum} manat.)",
            f"Growth{job.lower()} → {master.lower()}",
            f"{_plural(came1)} and {_plural(came2).lower()} are also welcome.",
            f"Contact: 050 xxx {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"The average salary of the profession in the {region}: {average} manat",
            f"Other vacancies in {town}",
            f"{job} — {sbranch} — {town} — {same} - {same_high} manat",
            f"{other} — {ofirm} — {town} — {opay} manat",
            f"{agreed} — {afirm} — {town} — By agreement",
            cut,
            f"© {board} 2026"]


# --------------------------------------------------------------------------------------
# A pre-employment background check report (the candidate's copy)
# --------------------------------------------------------------------------------------
# (the position (the role), the requisition title (an alias), the client (printed, short) and
#  its industry (a sector), the position's town, the client's requirements: skills and the
#  licences (`optional`), the current job (verified title: a move in; reported title
#  `optional`; employer `optional`), the earlier job (the same), the military occupation (a
#  move in) and branch (`optional`))
_BGDRIVER = (
    ("Fuel Tanker Driver", "Petroleum Transport Driver — Tulsa Terminal",
     ("Ridgeway Fuel Haulers, Inc.", "Ridgeway Fuel Haulers"), "Petroleum products distribution",
     "Tulsa, OK",
     ("hazardous materials handling", "tank loading and unloading", "spill response",
      "pre-trip inspection", "hours-of-service logging"),
     ("CDL Class A with tanker and hazmat endorsements", "TWIC card"),
     ("Dump Truck Driver", "Driver (Dump)", "Osage Aggregate Hauling LLC"),
     ("Forklift Operator", "Warehouse Associate", "Cimarron Supply Co."),
     "Petroleum Supply Specialist", "Oklahoma Army National Guard"),
    ("Refuse Truck Driver", "Residential Route Driver — North Yard",
     ("Clearwater Waste Solutions, LLC", "Clearwater Waste Solutions"),
     "Solid waste collection and recycling", "Spokane, WA",
     ("automated side-loader operation", "route sequencing", "backing with a spotter",
      "cart repair", "customer service"),
     ("Class B CDL, air brake endorsement", "DOT medical card"),
     ("Delivery Truck Driver", "Driver/Helper", "Inland Beverage Distributors"),
     ("Landscape Laborer", "Grounds Crew", "Evergreen Yard Pros"),
     "Motor Vehicle Operator", "U.S. Air Force"),
)


def _bgdriver(rng: random.Random, g: Guide) -> list[str]:
    """A screening portal's consumer report (candidate copy) for a driver package: the portal
    menu, FCRA line, report ID, dates, status and result, package, candidate line, search
    summary with dotted lines, MVR, comments, rights and dispute lines and footer (chrome), a
    glued position information block (the client employs, its industry a sector; the position
    applied for the role, the requisition title an alias, the client-provided rate the role's
    with the town), glued position requirements (skills; licences `optional`), employment
    verification (the verified titles moves in, the reported ones and the employers `optional`;
    the current job's verified pay theirs; the earlier job's reported pay, theirs, when the
    employer discloses none) and military verification (the occupation a move in, the branch
    `optional`)."""
    (job, requisition, (printed, short), industry, town, skills, licences,
     (cur, cur_said, cur_firm), (old, old_said, old_firm), mos, branch) = rng.choice(_BGDRIVER)
    occupy(g, job, moves_in=[cur, old, mos])
    _spell(g, requisition.split(" — ")[0])
    _legal(g, printed, short)
    _facts(g, list(skills), [], [industry],
           [*licences, cur_said, cur_firm, old_said, old_firm, branch])
    rate = _off(rng.randrange(2150, 2900, 5) / 100, 0.25, "USD")
    _salary(g, rate, rate, "USD", period="hour", region=town)
    cur_pay = _off(round(rate - rng.randrange(200, 450, 5) / 100, 2), 0.1, "USD")
    _salary(g, cur_pay, cur_pay, "USD", period="hour", belongs_to=cur)
    old_pay = _off(round(cur_pay - rng.randrange(100, 250, 5) / 100, 2), 0.1, "USD")
    _salary(g, old_pay, old_pay, "USD", period="hour", belongs_to=old)
    agency = rng.choice(("TrueCheck Screening", "Beacon Verify"))
    g.must_not_appear += [agency, "SSN Trace", "Federal Criminal", "Clear to Hire",
                          "Payroll Specialist"]
    dots = "." * rng.randint(20, 30)
    return [f"{agency}   Candidate Portal   My Reports   Disputes   Help   Sign out",
            "CONSUMER REPORT — YOUR COPY",
            "A consumer report for a hiring decision, governed by the FCRA (Fair Credit "
            "Reporting Act).   Print | Save PDF",
            f"Report {rng.randint(1000000, 9999999)}   Ordered 11/{rng.randint(10, 20)}/2026   "
            "Status: COMPLETE   Result: Clear to Hire",
            "Package: DOT Driver (SSN check, criminal county + federal, MVR, DOT drugs, jobs "
            "7 years, military)",
            f"CANDIDATEName: J. {rng.choice(('Whitaker', 'Alvarez', 'Nakamura'))}   DOB: **/**/19"
            f"{rng.randint(80, 95)}   SSN: XXX-XX-{rng.randint(1000, 9999)}",
            f"POSITION INFORMATION (provided by the client)Client: {printed}   Client industry: "
            f"{industry}",
            f"Position applied for: {job}   Requisition title: {requisition}   Location: {town}",
            f"Pay (client-provided): {_usd(rate)} per hour   Type: Full-time, hourly",
            f"Position requirements (client){licences[0]}, {skills[0]}, {skills[1]}, "
            f"{skills[2]}, {skills[3]}, {skills[4]}, {licences[1]}",
            "SEARCHES AT A GLANCE",
            f"SSN Trace {dots} Complete",
            f"Federal Criminal {dots} Clear",
            f"Motor Vehicle Record {dots} Complete",
            f"Drug Panel {dots} Negative",
            "MOTOR VEHICLE RECORDStatus: VALID   Violations: none in 3 yrs   Accidents: none",
            "EMPLOYMENT VERIFICATION",
            f"1. {cur_firm}",
            f"Title reported: {cur_said}   Title verified: {cur}",
            f"Pay reported: {_usd(cur_pay)}/hr   Pay verified: {_usd(cur_pay)}/hr   Verified by: "
            "Payroll Specialist",
            f"2. {old_firm}",
            f"Title reported: {old_said}   Title verified: {old}",
            f"Pay reported: {_usd(old_pay)}/hr   Pay verified: not released (policy)",
            f"MILITARY VERIFICATIONBranch: {branch}   Occupation: {mos}   Discharge: Honorable",
            f"COMMENTS{agency} found no items above the client's criteria.",
            "Your rights: the FCRA rights summary comes with this copy; disputing an item costs "
            "nothing.",
            f"© 2026 {agency}, Inc. · Privacy"]


# (the position (the role) and the requisition title (an alias, its "II" the level), the
#  client (printed, short) and its industry (a sector), the town, the skills required, the
#  manager reported to (`optional`), the current job (verified title: a move in; its employer
#  `optional`), the earlier job's title (a move in, its pay at level II) and employer
#  (`optional`), the unverifiable job's title and employer (`optional`), the registry
#  (`optional`))
_BGOFFICE = (
    ("Claims Adjuster", "Property Claims Adjuster II", ("Prairie Mutual Insurance Company",
                                                        "Prairie Mutual"),
     "Property and casualty insurance", "Lincoln, NE",
     ("Xactimate estimating", "coverage analysis", "field inspections",
      "subrogation referrals"), "Claims Manager",
     ("Claims Assistant", "Platte Valley Insurance Group"),
     ("Receptionist", "Husker Family Dental"), ("Server", "Cornhusker Grill"),
     "Nebraska adjuster licence"),
    ("Payroll Specialist", "Corporate Payroll Specialist II",
     ("Bluestem Health System", "Bluestem"),
     "Hospitals and outpatient clinics", "Sioux Falls, SD",
     ("Kronos timekeeping", "multi-state payroll tax", "garnishment processing",
      "general ledger reconciliation"), "Payroll Manager",
     ("Payroll Clerk", "Dakota Staffing Partners"),
     ("Bookkeeper", "Big Sioux Hardware"), ("Sales Associate", "Falls Park Outfitters"),
     "Certified Payroll Professional"),
)


def _bgoffice(rng: random.Random, g: Guide) -> list[str]:
    """A background check applicant center's report: the menu, report header with status,
    products ordered, one-line search results, the credit report's tradelines, balances and a
    collection, education verification, adjudication and pre-adverse action lines and footer
    (chrome or no pay), the requester (the client employs) and its industry (a sector), the
    position line (the role; the requisition title an alias; the requisition's salary range
    the role's at level II with the town), the requisition summary (required skills; the
    manager `optional`), employment verification (the current job's verified title a move in,
    its reported salary contradicted by the verified one: the verified theirs, the reported
    none; an earlier title "X II" a move in with its hourly pay at level II; an unverifiable
    job `optional`) and the registry note (`optional`)."""
    (job, requisition, (printed, short), industry, town, skills, manager, (cur, cur_firm),
     (old, old_firm), (lost, lost_firm), registry) = rng.choice(_BGOFFICE)
    occupy(g, job, moves_in=[cur, old])
    _spell(g, requisition.removesuffix(" II"))
    _legal(g, printed, short)
    _facts(g, list(skills), [], [industry],
           [manager, cur_firm, old_firm, lost, lost_firm, registry])
    low = _off(rng.randrange(46, 56) * 1_000, 1_000, "USD")
    high = _off(low + rng.randrange(5, 9) * 1_000, 1_000, "USD")
    _salary(g, low, high, "USD", period="year", level="II", region=town)
    verified = _off(low - rng.randrange(5, 9) * 1_000 - 400, 100, "USD")
    _salary(g, verified, verified, "USD", period="year", belongs_to=cur)
    reported = int(_no_pay(g, verified + rng.randrange(4, 7) * 1_000 + 500, 100))
    old_pay = _off(rng.randrange(1525, 1900, 5) / 100, 0.1, "USD")
    _salary(g, old_pay, old_pay, "USD", period="hour", belongs_to=old, level="II")
    balance = int(_no_pay(g, rng.randrange(8_000, 19_000), 100))
    collection = int(_no_pay(g, rng.randrange(150, 600), 10))
    agency = rng.choice(("ClearSky Screening", "Northstar Background"))
    g.must_not_appear += [agency, "Nationwide Criminal", "Employment Credit Report",
                          "Pre-adverse action"]
    return [f"{agency} ⎮ Applicant Center   My file   Orders   Help   Sign out",
            f"Background Report for: {rng.choice(('Alicia', 'Marcus', 'Priya'))} M. Reyes   "
            f"Report #{rng.randint(10000000, 99999999)}   Prepared 12/0{rng.randint(1, 9)}/2026",
            "Report status: Completed    Outcome: needs client review (1 item)   [PDF] "
            "[Dispute]",
            f"Requested by {printed} ({short})",
            f"Position: {job} II     Requisition: REQ-{rng.randint(1000, 9999)} \"{requisition}\""
            f"     Location: {town}     Salary range (per requisition): ${low:,} – ${high:,} "
            "a year",
            f"Client's note on the requisition — joins the team of the {manager}. "
            f"Skills required: {', '.join(skills)}. Reports to: {manager}.",
            f"Client industry: {industry}",
            "Searches ordered: SSN check | Nationwide Criminal | Employment Credit Report | "
            "Jobs verified x3",
            "NATIONWIDE CRIMINAL — No records found   OFAC — No match",
            "EMPLOYMENT CREDIT REPORT (no score is given for employment purposes)",
            f"Tradelines: 5 open   Auto loan — Balance ${balance:,} — Current   "
            f"Collections: 1 — Utility — ${collection} — Paid 2024",
            "EMPLOYMENT VERIFICATION",
            f"Employer: {cur_firm}",
            f"  Applicant-reported title: {job}   Verified title: {cur}   ▲ Title discrepancy",
            f"  Dates: 03/2022 – present   Salary: applicant-reported ${reported:,}/yr; verified "
            f"${verified:,}/yr",
            f"Employer: {old_firm}",
            f"  Applicant-reported title: {old}   Verified title: {old} II",
            f"  Dates: 2017 – 2022 (verified)   Salary: {_usd(old_pay)}/hr (verified)",
            f"Employer: {lost_firm}",
            f"  Applicant-reported title: {lost}   Verified: Unable to verify — no response",
            f"REGISTRY NOTE — the applicant lists \"{registry}\" as in progress.",
            "ADJUDICATION — Pending the client's decision. Pre-adverse action: not issued.",
            f"© 2026 {agency}, LLC — Consumer reporting agency · Privacy"]


# --------------------------------------------------------------------------------------
# A seafarer employment agreement
# --------------------------------------------------------------------------------------
# (the position (the role) and its abbreviation (an alias), the manning agent (`optional`),
#  the principal (printed in capitals, short) and its business (a sector), the vessel and its
#  type (must not appear), the department the rating reports to (`optional`), the
#  competences (skills), the certificates (`optional`), the rank promoted from (a move in), the
#  rank recommended for (a move up), two more ranks of the wage scale)
_SFPHIL = (
    ("Oiler", "OLR", "PACIFIC STAR MANNING AGENCY, INC.",
     ("SKAGEN TANKERS A/S", "Skagen Tankers A/S"), "product tanker shipping",
     "MT SKAGEN MERIDIAN", "Chemical/oil products tanker", "Second Engineer",
     ("engine room watchkeeping", "purifier cleaning", "bilge and sludge handling",
      "pump overhaul assistance", "fuel transfer procedures"),
     ("STCW Basic Training", "Able Seafarer Engine (III/5)", "Oil and Chemical Tanker "
      "Familiarization"),
     "Wiper", "Motorman", ("Second Cook", "Steward")),
    ("Deck Fitter", "DFTR", "LUZON SEAWAYS CREW MANAGEMENT CORP.",
     ("HANSA REEFER LINES GMBH", "Hansa Reefer Lines GmbH"), "refrigerated cargo shipping",
     "MV POLAR HANSA", "Reefer vessel", "Chief Officer",
     ("arc and gas welding", "hydraulic repairs on deck cranes", "hatch cover maintenance",
      "pipe fitting", "working aloft"),
     ("STCW Basic Training", "Ship Security Awareness", "Welding Certificate (6G)"),
     "Able Seaman", "Bosun", ("Reefer Electrician", "Messman")),
)


def _sfphil(rng: random.Random, g: Guide) -> list[str]:
    """A Philippine DMW contract of employment as PDF text: the department and form header,
    page lines, the seafarer's details, licences, vessel particulars, numbered terms run
    together (duration, hours, point of hire), beneficiaries, medical and signature lines
    (chrome), the manning agent "for and in behalf of" (`optional`), the principal (employs) and
    its business (a sector), "Position: ROLE (ABBR)" (the role, the abbreviation an alias), the
    basic monthly salary (the role's), the FOT, the excess rate, leave pay, the total monthly
    wages and the allotment's peso figure (no pay), the duties and required competences (skills;
    certificates `optional`), the wage scale table (each rank's basic theirs, the role's row the
    same pay; FOT, leave pay and totals no pay) and a glued promotion annex (the rank below a
    move in, the rank above a move up)."""
    (job, abbr, agent, (printed, short), business, vessel, vtype, officer, skills, certs, below,
     above, (rank1, rank2)) = rng.choice(_SFPHIL)
    occupy(g, job, leads=[above], moves_in=[below])
    _spell(g, abbr)
    _legal(g, printed, short)
    _facts(g, list(skills), [], [business], [agent, *certs, officer])
    basic = _off(rng.randrange(640, 820, 5), 5, "USD")
    _salary(g, basic, basic, "USD", period="month")
    scale = {below: _off(basic - rng.randrange(120, 180, 5), 5, "USD"),
             above: _off(basic + rng.randrange(110, 160, 5), 5, "USD"),
             rank1: _off(basic + rng.randrange(20, 60, 5), 5, "USD"),
             rank2: _off(basic - rng.randrange(190, 240, 5), 5, "USD")}
    for rank, pay in scale.items():
        _salary(g, pay, pay, "USD", period="month", belongs_to=rank)
    fot = int(_no_pay(g, round(basic * 0.43), 1))
    leave = int(_no_pay(g, round(basic / 3), 1))
    total = int(_no_pay(g, basic + fot + leave, 1))
    excess = round(basic * 0.006, 2)
    peso = int(_no_pay(g, round(basic * 0.8 * 57.6, -1), 10))
    g.must_not_appear += [vessel, vtype, "Total Monthly Wages", "KNOW ALL MEN BY THESE PRESENTS"]
    rows = [(job, basic), *scale.items()]
    table = [f"{rank} | {pay:g} | {round(pay * 0.43)} | {round(pay / 3)} | – | "
             f"{pay + round(pay * 0.43) + round(pay / 3):,g}" for rank, pay in rows]
    return ["PHILIPPINES · Department of Migrant Workers · sea-based standard contract",
            "CONTRACT OF EMPLOYMENT (the POEA-SEC terms for Filipino seafarers on ocean-going "
            "ships)     p. 1/3",
            "KNOW ALL MEN BY THESE PRESENTS:The parties to this Contract are:",
            f"Seafarer: {rng.choice(('JOMAR', 'ARIEL', 'RENATO'))} C. DELA PAZ   Birth place: "
            f"{rng.choice(('Iloilo City', 'Cebu City', 'Tacloban City'))}   SIRB No.: "
            f"C0xxxx{rng.randint(100, 999)}",
            "and",
            f"Agent: {agent}   DMW License No.: xxx-LB-0{rng.randint(100, 999)}",
            "For and in behalf of:",
            f"Principal/Shipowner: {printed} ({business})",
            f"Vessel: {vessel}   Type: {vtype}   Flag: "
            f"{rng.choice(('Denmark', 'Malta', 'Liberia'))}",
            f"(a) Term: EIGHT (8) MONTHS   (b) Position: {job.upper()} ({abbr})   (c) Basic "
            f"monthly salary: USD {basic:.2f}   (d) Hours: 48 a week   (e) Fixed overtime "
            f"(FOT): USD {fot:.2f} — EXCESS USD {excess:.2f}/HR   (f) Leave pay: USD "
            f"{leave:.2f} a month   (g) Point of hire: Port of Manila",
            f"Total Monthly Wages: USD {total:,.2f}   Allotment: 80% of the basic to the allottee "
            f"in pesos at the rate of the day (about ₱{peso:,}).",
            "p. 2/3",
            "ANNEX A — DUTIES AND COMPETENCES",
            f"Works in the crew of the {officer} and reports to the {officer}.",
            f"Competences required: {', '.join(skills)}",
            f"Certificates: {', '.join(certs)}",
            "ANNEX B — WAGE SCALE (USD a month) from 01 January 2027",
            "Rank | Basic wage | FOT | Leave | Allowance | Monthly total",
            *table,
            f"ANNEX D — PROMOTIONA {below} with 12 months in the Company may be promoted to "
            f"{job}. {_cap(_an(job))} rated good over two contracts is put forward "
            f"for {above}.",
            "p. 3/3",
            "In witness whereof the parties sign this Contract at Manila.",
            "__________ Seafarer      __________ For the Employer"]


# (the capacity (the role) and its abbreviation (an alias), the crewing agent (`optional`),
#  the shipowner (printed, short) and its business (a sector), the vessel (must not appear),
#  the competencies (skills), the certificates (`optional`), the ratings who may apply (a move
#  in), the post to cross over to (a lateral move), the day-rate appendix's other ranks)
_SFMLC = (
    ("Dynamic Positioning Officer", "DPO", "Gdynia Offshore Crewing Sp. z o.o.",
     ("Nordvik Subsea Services AS", "Nordvik Subsea Services"), "subsea cable installation",
     "CSV Nordvik Tern",
     ("DP operations on class 2 vessels", "position reference systems", "bridge watchkeeping",
      "ROV launch coordination", "DP incident reporting"),
     ("Nautical Institute DP Certificate", "STCW II/1", "GWO Sea Survival"),
     ("Deck Cadets", "Deck Cadet"), "Chief Officer",
     ("Master", "Chief Engineer", "Second Engineer", "Bosun")),
    ("Crane Operator", "CO", "Riga Marine Personnel SIA",
     ("Baltkran Heavy Lift GmbH", "Baltkran Heavy Lift"), "heavy-lift project cargo shipping",
     "HLV Baltkran Vega",
     ("tandem lifts", "load chart reading", "rigging inspection", "signalman communication",
      "crane daily maintenance"),
     ("OPITO Offshore Crane Operator Stage 3", "STCW Basic Safety", "ENG1 medical"),
     ("Able Seamen", "Able Seaman"), "Deck Foreman",
     ("Master", "Chief Officer", "Third Engineer", "Cook")),
)


def _sfmlc(rng: random.Random, g: Guide) -> list[str]:
    """A crewing agent's e-mail with an MLC 2006 agreement's text: the e-mail header,
    attachments, covering note, rotation, payment, social security, signature lines, footer and
    a confidentiality line cut off (chrome), the agent "as agent only" (`optional`), the
    shipowner (employs) and its business (a sector), "Capacity: ROLE (ABBR)" (the role, the
    abbreviation an alias), the consolidated day rate (the role's) and its monthly average "for
    information" (the same pay), the training days' rate at Training days, leave pay included,
    seniority and project bonuses (no pay), the competencies (skills; certificates `optional`),
    the grades clause (Junior ABBR the start: a ladder; ratings who may apply a move in; the
    cross-over a lateral move) and the day-rate appendix flattened on one line (the role's Senior
    and Junior rows at their level, the other ranks theirs)."""
    (job, abbr, agent, (printed, short), business, vessel, skills, certs, came, across,
     ranks) = rng.choice(_SFMLC)
    junior = f"Junior {abbr}"
    occupy(g, job, ladder=[junior, job], moves_in=[came[1]],
           transitions=[across])
    _spell(g, abbr)
    _legal(g, printed, short)
    _facts(g, list(skills), [], [business], [agent, *certs])
    rate = _off(rng.randrange(240, 320, 5), 5, "EUR")
    _salary(g, rate, rate, "EUR", period="day")
    training = _off(rate - rng.randrange(70, 110, 5), 5, "EUR")
    _salary(g, training, training, "EUR", period="day", level="Training days")
    senior = _off(rate + rng.randrange(40, 70, 5), 5, "EUR")
    _salary(g, senior, senior, "EUR", period="day", level="Senior")
    jrate = _off(rate - rng.randrange(40, 60, 5), 5, "EUR")
    _salary(g, jrate, jrate, "EUR", period="day", level="Junior")
    pays = {ranks[0]: _off(senior + rng.randrange(200, 280, 5), 5, "EUR"),
            ranks[1]: _off(senior + rng.randrange(100, 150, 5), 5, "EUR"),
            ranks[2]: _off(rate + rng.randrange(10, 40, 5), 5, "EUR"),
            ranks[3]: _off(jrate - rng.randrange(30, 60, 5), 5, "EUR")}
    for rank, pay in pays.items():
        _salary(g, pay, pay, "EUR", period="day", belongs_to=rank)
    monthly = int(_no_pay(g, round(rate * 30.4, -1), 10))
    bonus = int(_no_pay(g, rng.choice((12, 18, 25)), 1))
    g.must_not_appear += [vessel, "DocuSign", "Seniority bonus", "CONFIDENTIAL"]
    appendix = "  ".join(f"{r} {p}" for r, p in (*pays.items(), (f"Senior {abbr}", senior),
                                                 (abbr, rate), (junior, jrate)))
    return [f"From: crewing@{agent.split()[0].lower()}.example   To: "
            f"{rng.choice(('t.kowalski', 'a.berzins', 'm.novak'))}@mail.example",
            f"Subject: Agreement for signature — {abbr} — {vessel}",
            "Attachments: SEA_signed.pdf (DocuSign), Appendix_1_rates.pdf",
            f"Dear colleague, please find the agreement below. We sign as agent only for the "
            f"owners. Regards, {agent}",
            "---------- SEAFARER EMPLOYMENT AGREEMENT (MLC 2006) ----------",
            f"1. PartiesShipowner: {printed}, operator of vessels for {business}.2. "
            f"Capacity{job} ({abbr}) on board {vessel}.3. Rotation4 weeks on / 4 weeks off.4. "
            f"WagesConsolidated day rate EUR {rate} for each day on board and travel. For "
            f"information: about EUR {monthly:,} a month on average. Training days requested "
            f"by the Shipowner: EUR {training} a day. The day rate already covers leave pay. "
            f"Seniority bonus EUR {bonus} a day after 3 years; project bonus as announced.",
            f"5. Competencies required: {', '.join(skills)}.",
            f"6. Certificates to be valid: {', '.join(certs)}.",
            f"7. Grades{_plural(abbr)} start as {junior} for the first rotations. "
            f"{_cap(_an(came[1]))} with the right certificates may apply for {junior} openings. "
            f"A {job} may cross over to the {across} position when a berth is free.",
            "8. Social security as per the flag state and the A1 rules.",
            f"APPENDIX 1 — DAY RATES (EUR){appendix}",
            "__________ Seafarer      __________ For the Shipowner",
            f"{short} · Registered office {rng.choice(('Bergen', 'Hamburg', 'Esbjerg'))}",
            "CONFIDENTIAL: the content of this message is intended only for the addres"]


# --------------------------------------------------------------------------------------
# A wage subsidy or on-the-job training agreement
# --------------------------------------------------------------------------------------
# (the training position (the role), the occupation code's title (`optional`), the employer
#  (legal name, DBA), its nature of business (a sector), its customers' industries
#  (`optional`), the NAICS title (a sector), the trainee's previous occupation (a move in) and
#  its employer (`optional`), the skill gap items (skills), the promotion title (a move up) and
#  the post posted internally (`optional`), the board and the job centre (must not appear))
_WSOJT = (
    ("CNC Machinist", "Computer Numerically Controlled Tool Operators",
     ("Riverbend Precision Components, Inc.", "RPC Machining"), "precision machined parts",
     "the medical device and aerospace industries", "Machine Shops",
     "Retail Stock Associate", "Hilltop Home Center",
     ("G-code editing", "Fanuc controls", "Tool offsets", "First-article inspection",
      "Micrometer measurement", "Fixture setup", "Blueprint reading", "Deburring"),
     "CNC Machinist II", "Production Lead",
     ("Lakeshore Workforce Board", "Career Link Center")),
    ("HVAC Service Technician", "Heating, Air Conditioning and Refrigeration Mechanics",
     ("Summit Comfort Systems, LLC", "Summit Heating & Air"), "residential HVAC installation "
     "and service", "new home builders and property managers",
     "Plumbing, Heating, and Air-Conditioning Contractors",
     "Appliance Delivery Driver", "Metro Appliance Outlet",
     ("Refrigerant recovery", "Airflow measurement", "Furnace ignition diagnostics",
      "Thermostat wiring", "Duct sealing", "Brazing", "Superheat and subcooling readings",
      "Service ticket software"),
     "HVAC Service Technician II", "Service Manager",
     ("Three Rivers Workforce Board", "OhioMeansJobs Center")),
)


def _wsojt(rng: random.Random, g: Guide) -> list[str]:
    """A US workforce board's OJT agreement and training plan as PDF text: the board and form
    header, contract line, funding stream, case manager, FEIN, period, assurances, signatures
    and reporting line (chrome), the employer's legal name and DBA (one employer, two
    spellings), the nature of business (a sector) and its customers (`optional`), the NAICS
    title (a sector), the trainee's previous occupation (a move in) with its last wage (theirs;
    its employer `optional`), the training position (the role; the O*NET-SOC title
    `optional`), the starting wage during the OJT (the role's at Training), the wage at
    completion (the role's), the shift differential (no pay), the current employees' range (the
    role's band), the reimbursement (no pay), the skill gap analysis (skills) and a glued
    career path (the promotion a move up with its rate, theirs; the post posted internally
    `optional`)."""
    (job, onet, (legal, dba), business, customers, naics, previous, prev_firm, skills, promo,
     posted, (board, centre)) = rng.choice(_WSOJT)
    occupy(g, job, leads=[promo], moves_in=[previous])
    _legal(g, legal, dba)
    _facts(g, list(skills), [], [business, naics], [onet, customers, prev_firm, posted])
    start = _off(rng.randrange(1800, 2200, 25) / 100, 0.25, "USD")
    _salary(g, start, start, "USD", period="hour", level="Training")
    done = _off(round(start + rng.choice((1.5, 2.0, 2.25)), 2), 0.25, "USD")
    _salary(g, done, done, "USD", period="hour")
    clow = _off(round(done - 0.5, 2), 0.25, "USD")
    chigh = _off(round(done + rng.randrange(300, 450, 25) / 100, 2), 0.25, "USD")
    _salary(g, clow, chigh, "USD", period="hour")
    promo_pay = _off(round(chigh + rng.choice((0.5, 0.75, 1.25)), 2), 0.25, "USD")
    _salary(g, promo_pay, promo_pay, "USD", period="hour", belongs_to=promo)
    last = _off(round(start - rng.randrange(200, 400, 25) / 100, 2), 0.25, "USD")
    _salary(g, last, last, "USD", period="hour", belongs_to=previous)
    differential = _no_pay(g, rng.choice((0.75, 1.25)), 0.25)
    hours = rng.choice((480, 640, 720))
    cap = int(_no_pay(g, round(start * hours * 0.5, -2), 100))
    g.must_not_appear += [board, centre, "Shift differential", "Skill Gap Analysis",
                          "WIOA Adult"]
    gap = [f"{s} | {rng.choice(('None', 'Basic', 'Some'))} | {rng.choice((24, 40, 60, 80))}"
           for s in skills]
    return [f"{board.upper()} · {centre}",
            "ON-THE-JOB TRAINING (OJT) AGREEMENT AND TRAINING PLAN      Form OJT-2 (rev. 2026)",
            f"Contract No. OJT-27-{rng.randint(100, 999)}   Funds: WIOA "
            "Adult   Career coach: Business Services",
            "SECTION 1 — EMPLOYER",
            f"Legal name: {legal}   DBA: {dba}   FEIN: xx-xxx{rng.randint(1000, 9999)}",
            f"Nature of business: {business} for {customers}",
            f"NAICS title: {naics}",
            "SECTION 2 — TRAINEE",
            "Eligibility: WIOA Adult (verified)",
            f"Previous occupation: {previous}, {prev_firm}, last wage {_usd(last)}/hr",
            "SECTION 3 — TRAINING POSITION",
            f"Position title: {job}   O*NET-SOC title: {onet}   Shift: 1st   Hours: 40 per week",
            f"Starting wage during OJT: {_usd(start)}/hr   Wage after the training: "
            f"{_usd(done)}/hr   Shift differential: {_usd(differential)}/hr (2nd shift)",
            f"Pay of current staff in this position: {_usd(clow)} – {_usd(chigh)}/hr",
            f"Training period: {hours} hours (01/11/2027 – 0{rng.randint(4, 6)}/30/2027)",
            f"SECTION 4 — REIMBURSEMENT50% of the trainee's wages during the training hours, not "
            f"to exceed ${cap:,}",
            "SECTION 5 — SKILL GAP ANALYSIS",
            "Skill | Level at hire | Training hours",
            *gap,
            f"SECTION 6 — CAREER PATH AND RETENTIONAfter the training the trainee is placed as "
            f"{job}. After 12 months the trainee may be promoted to {promo} "
            f"({_usd(promo_pay)}/hr). The {posted} position is posted internally.",
            "SECTION 7 — ASSURANCES The employer will not displace a current worker.",
            "Signatures: ______ Employer   ______ Board   ______ Trainee",
            "Monthly progress reports are due by the 10th."]


# (the position title (the role) and its other name (an alias), the employer (legal name,
#  trading name), its industry (a sector), the worksite, the provider (must not appear), the
#  award's name (`optional`), duties (no skills), the skills to be developed (skills), the
#  funded training (`optional`), the participant's earlier job (a move in) and its employer
#  (`optional`), the progression title (a move up) and the move-across title (a lateral move))
_WSAUS = (
    ("Early Childhood Educator", "Room Assistant — long day care",
     ("Little Wattle Learning Centres Pty Ltd", "Little Wattle Early Learning"),
     "Long day care and early learning", "Bendigo",
     "Central Vic Job Partners", "Children's Services Award 2010",
     "nappy changes, setting up play spaces, meal times and rest times",
     ("play-based learning", "child supervision", "food safety", "documentation in Storypark",
      "behaviour guidance"),
     ("Certificate III in Early Childhood Education and Care", "Working with Children Check"),
     "Kitchen Hand", "Bendigo Bakehouse", "Room Leader", "Outside School Hours Care Educator"),
    ("Disability Support Worker", "Support Worker — supported independent living",
     ("Horizon Ability Services Ltd", "Horizon Ability"),
     "NDIS supported independent living", "Geelong",
     "Bayside Employment Connect", "SCHADS Award 2010",
     "personal care, cooking with residents, community outings and medication rounds",
     ("person-centred support", "manual handling", "behaviour support plans",
      "medication assistance", "incident reporting"),
     ("Certificate IV in Disability", "NDIS Worker Screening Check"),
     "Cleaner", "Sparkle Commercial Cleaning", "Team Leader — Supported Living",
     "Community Access Support Worker"),
)


def _wsaus(rng: random.Random, g: Guide) -> list[str]:
    """An Australian wage subsidy agreement's schedule on the employer dashboard: the dashboard
    menu, agreement ID, status and buttons, the participant line, the conditions and footer
    (chrome), the provider (must not appear), the employer with its trading name (employs), its
    industry (a sector), the position title with its other name (the role; the other name an
    alias), the award rate at level 2 (the role's at that level, with the worksite),
    superannuation and allowances (no pay), the subsidy and its instalments (no pay), glued
    duties (no skills) and skills to be developed (skills), the funded training (`optional`),
    the participant's background (an earlier job a move in with its casual rate, theirs; its
    employer `optional`), a glued progression (a move up with its rate, theirs; a move across a
    lateral move) and the comparison line (the minimum wage nobody's, the award's level 3 the
    role's at that level)."""
    (job, other_name, (legal, trading), industry, town, provider, award, duties, skills,
     training, earlier, earlier_firm, up, across) = rng.choice(_WSAUS)
    occupy(g, job, leads=[up], moves_in=[earlier], transitions=[across])
    _spell(g, other_name.split(" — ")[0])
    _legal(g, legal, trading)
    _facts(g, list(skills), [], [industry], [award, *training, earlier_firm])
    rate = _off(rng.randrange(2700, 3000, 2) / 100, 0.02, "AUD")
    _salary(g, rate, rate, "AUD", period="hour", level="level 2", region=town)
    level3 = _off(round(rate + rng.randrange(90, 160) / 100, 2), 0.02, "AUD")
    _salary(g, level3, level3, "AUD", period="hour", level="level 3")
    casual = _off(round(rate - rng.randrange(150, 300) / 100, 2), 0.02, "AUD")
    _salary(g, casual, casual, "AUD", period="hour", belongs_to=earlier)
    up_pay = _off(round(level3 + rng.randrange(250, 400) / 100, 2), 0.02, "AUD")
    _salary(g, up_pay, up_pay, "AUD", period="hour", belongs_to=up)
    total = int(_no_pay(g, rng.choice((8_000, 10_000)), 500))
    first = int(_no_pay(g, rng.choice((1_200, 1_800)), 100))
    minimum = _no_pay(g, 24.10, 0.01)
    g.must_not_appear += [provider, "Workforce Australia", "Accept agreement", "Superannuation"]
    return ["Workforce Australia for Business  |  Dashboard  |  Wage subsidies  |  Agreements  |  "
            "Help",
            f"Wage Subsidy Agreement — Schedule 1 (ID WSA-{rng.randint(1000000, 9999999)})   "
            "Status: Offered   [Accept agreement]  [Request changes]",
            f"Provider: {provider} (Site: {town})",
            f"Employer: {legal}   Trading as: {trading}   Industry: {industry}   Worksite: {town}",
            "Participant: (name withheld)   Eligibility: registered, 12+ months",
            "1. Position details",
            f"Position title: {job} ({other_name})   Type: Permanent part-time   Average hours: "
            f"{rng.choice((20, 25, 30))} per week",
            f"Rate of pay: ${rate:.2f} per hour — {award}, level 2   Superannuation: 12% (not "
            "subsidised)   Meal allowance; Award penalty rates apply",
            "2. The subsidy",
            f"Subsidy total: ${total:,} at most (incl. GST)   Paid after 4, 12 and 26 weeks: "
            f"${first:,}, ${int(total * 0.3):,} and ${total - first - int(total * 0.3):,}",
            f"3. Duties, and the skills to build at workDuties: {duties}.",
            f"Skills to be built at work: {', '.join(skills)}",
            f"Training funded: {'; '.join(training)}",
            f"4. About the participant (from the provider)The participant worked as a {earlier} "
            f"({earlier_firm}, 2020–2025, ${casual:.2f}/hr casual).",
            f"5. Progression (employer statement)After 12 months workers may put in for the {up} "
            f"role (${up_pay:.2f} per hour). Some staff move across to {across} shifts, same award "
            "level.",
            f"Benchmarks: {award} level 3 ${level3:.2f} an hour; National Minimum Wage "
            f"${minimum:.2f} an hour.",
            "6. Conditions: time records and payslips kept for the provider.",
            "© Commonwealth of Australia · Accessibility · Privacy"]


# --------------------------------------------------------------------------------------
# An unemployment insurance claim
# --------------------------------------------------------------------------------------
# (the occupation (the role), the collective agreement's title (an alias), the employer and its
#  kind (a sector), its departments (`optional`), the town, the union (`optional`), the
#  seasonal job (its title's pay, no move) and employer (`optional`), the skills selected
#  (skills), the licence (`optional`), the types of work sought (`optional`), the job matches:
#  the same title's employer and town, another title and its employer (`optional`), the row
#  cut mid-figure)
_UIROE = (
    ("Ferry Deckhand", "Marine Worker 1 - Seasonal", "Municipality of Port Alder",
     "municipal government", ("Transportation Services", "Marine Section"), "Kingston",
     "CUPE Local 2xxx", ("Lift Operator", "Frontenac Ski Hill Inc."),
     ("line handling", "vehicle deck loading", "passenger safety briefings",
      "lifejacket and lifesaving gear checks", "deck washdown"),
     "Small Vessel Operator Proficiency", ("marine crew", "ferry operations"),
     (("Wolfe Island Ferry Services", "Wolfe Island Ferry Services"), "Kingston"),
     ("Marina Attendant", "Cataraqui Marina Ltd."),
     "Deckhand — Thousand Islands Cruises — Gananoque — $2"),
    ("Parks Maintenance Worker", "Labourer 2 - Parks (Seasonal)", "Town of Cedar Bluff",
     "municipal government", ("Parks and Recreation", "Sports Fields"), "Peterborough",
     "CUPE Local 3xxx", ("Ice Resurfacer Operator", "Kawartha Curling Club"),
     ("turf mowing", "trimmer and brush cutter use", "sports field lining",
      "playground inspection", "litter and waste collection"),
     "G licence", ("groundskeeping", "landscape maintenance"),
     (("City of Lindsay", "City of Lindsay"), "Lindsay"),
     ("Golf Course Groundskeeper", "Otonabee Golf Club"),
     "Cemetery Groundskeeper — Millbrook Cemetery Board — Millbrook — $1"),
)


def _uiroe(rng: random.Random, g: Guide) -> list[str]:
    """A Canadian account's record of employment with the EI application summary and Job Match:
    the header, breadcrumb, the ROE's block numbers, serial and business numbers, pay period
    type, dates, recall line, reason code and issuer (chrome), "Occupation: ROLE" (the role),
    the employer (employs), insurable hours and earnings and the earnings by pay period cut off
    (no pay), vacation pay and standby pay (no pay), the comments (the rate the role's, with no
    town: the comments give none; the collective agreement's title an alias; the seasonal
    history), the application's employment (the kind a sector, departments `optional`; the
    seasonal job's rate theirs, no move, its employer `optional`), readiness and union
    (`optional`), the types of work sought (`optional`), the benefit lines (no pay), the Job
    Match profile (skills; the licence `optional`) and the job matches (the same title
    elsewhere: an employer and the role's rate with its town; another title's rate theirs, its
    employer `optional`; one cut)."""
    (job, agreement, employer, kind, (dept1, dept2), town, union, (season, sfirm), skills,
     licence, sought, ((mprinted, mshort), mtown), (other, ofirm), cut) = rng.choice(_UIROE)
    occupy(g, job)
    _spell(g, agreement)
    _legal(g, employer, employer)
    _legal(g, mprinted, mshort)
    _facts(g, list(skills), [], [kind], [dept1, dept2, union, sfirm, licence, *sought, ofirm])
    rate = _off(rng.randrange(2400, 3100, 2) / 100, 0.02, "CAD")
    _salary(g, rate, rate, "CAD", period="hour")
    spay = _off(round(rate - rng.randrange(500, 800) / 100, 2), 0.02, "CAD")
    _salary(g, spay, spay, "CAD", period="hour", belongs_to=season)
    match = _off(round(rate + rng.randrange(20, 150) / 100, 2), 0.02, "CAD")
    _salary(g, match, match, "CAD", period="hour", region=mtown)
    opay = _off(round(rate - rng.randrange(300, 500) / 100, 2), 0.02, "CAD")
    _salary(g, opay, opay, "CAD", period="hour", belongs_to=other)
    hours = rng.randrange(700, 900)
    insurable = _no_pay(g, round(hours * rate * 1.04, 2), 1)
    vacation = _no_pay(g, round(insurable * 0.04, 2), 1)
    standby = _no_pay(g, rng.choice((180.0, 240.0, 320.0)), 10)
    weekly = int(_no_pay(g, rng.choice((640, 668, 695)), 1))
    g.must_not_appear += [cut, "Record of Employment", "Insurable earnings", "Vacation pay",
                          "Job Match"]
    periods = " ".join(f"P{n} {_cents_text(rate * rng.choice((70, 75, 80)))}"
                       for n in range(1, 5))
    return ["Government of Canada   My Service Canada Account   Sign out",
            "Home › Records of employment › ROE detail",
            f"Record of Employment (electronic)Block 2 Serial W{rng.randint(10000000, 99999999)}  "
            f"Block 4 Employer {employer}  Block 6 Pay period: bi-weekly  Block 10 Started "
            f"2026-04-{rng.randint(10, 28)}  Block 11 Last paid day "
            f"2026-11-{rng.randint(10, 28)}  Block 13 Occupation: {job}  Block 14 Recall: not "
            "known",
            f"Block 15A Insurable hours: {hours}  Block 15B Insurable earnings: "
            f"${insurable:,.2f}  Block 15C Insurable earnings per pay period: {periods} P5 "
            f"{rate * 70:,.0f}",
            "Block 16 Reason: A — season ended, no work",
            f"Block 17A Vacation pay: ${vacation:,.2f}  Block 17C Other monies (standby) "
            f"${standby:,.2f}",
            f"Block 18 Comments: Rate ${rate:.2f}/h. Position under the collective agreement: "
            f"{agreement}. Employee returns each season.",
            "Employment Insurance application — summary",
            f"Jobs in the past 52 weeks: {employer} ({kind}; {dept1}, {dept2}), {job}. "
            f"Winter job: {season}, {sfirm}, ${spay:.2f}/h.",
            f"Union: {union}   Ready and able to work: Yes",
            f"Kinds of work wanted: {sought[0]}, {sought[1]}",
            f"Benefit information: weekly benefit rate ${weekly}.00 (55% of average insurable "
            "earnings)",
            "Job Match — your profile",
            f"Occupation: {job}   Skills selected: {', '.join(skills)}   Licence: {licence}",
            "Job Match results",
            f"{job} — {mprinted} — {mtown} — ${match:.2f} hourly",
            f"{other} — {ofirm} — {town} — ${opay:.2f} hourly",
            cut,
            "Report every two weeks to keep receiving benefits.   Date modified: 2026-12-01"]


def _cents_text(amount: float) -> str:
    """An amount with its cents and thousands commas, as a record of employment prints it."""
    return f"{amount:,.2f}"


# (the job title (the role), the employer (printed in capitals, short) and its industry (a
#  sector), the town, the extra with the rate (no pay), the Senior qualifier (the level), the
#  other staff's kind (their level), the earlier job (a move in) and its employer (`optional`),
#  the O*NET title (`optional`), the skills selected (skills), the certification (`optional`),
#  the work search contacts: the same title's firm and town, another title's yearly and its
#  firm (`optional`), a third title's hourly and its firm (`optional`) and the row cut
#  mid-figure)
_UIPORTAL = (
    ("Event Coordinator", ("PINECREST RESORT & CONFERENCE CENTER, LLC",
                           "Pinecrest Resort & Conference Center, LLC"),
     "hotels and conference centers", "Asheville, NC", "event bonuses",
     "Senior — Weddings & Socials", "Corporate", "Banquet Server", "Laurel Grill",
     "Meeting, Convention, and Event Planners (O*NET 13-1121.00)",
     ("banquet event orders", "vendor coordination", "floor plans in Social Tables",
      "wedding timelines", "client consultations"), "CMP (Certified Meeting Professional)",
     (("Riverside Events Co.", "Riverside Events Co."), "Hendersonville, NC"),
     ("Meeting Planner", "Blue Ridge Medical Society"),
     ("Hotel Sales Coordinator", "Biltmore Park Inn"),
     "4. 11/21 Event Coordinator (part-time) — Mountain Vista Weddings — posted $1"),
    ("Pharmacy Technician", ("VALLEY DRUG MART, INC.", "Valley Drug Mart, Inc."),
     "retail pharmacies", "Fresno, CA", "night shift differential",
     "Senior — Compounding", "Retail", "Retail Cashier", "QuickStop Markets",
     "Pharmacy Technicians (O*NET 29-2052.00)",
     ("prescription data entry", "insurance claim adjudication", "sterile compounding",
      "inventory ordering", "Pyxis restocking"), "CPhT (PTCB certification)",
     (("MedPlus Pharmacy", "MedPlus Pharmacy"), "Clovis, CA"),
     ("Medical Billing Specialist", "Sierra Family Clinic"),
     ("Patient Access Representative", "Fresno Community Hospital"),
     "4. 11/21 Pharmacy Technician (mail order) — RxDirect LLC — posted $2"),
)


def _uiportal(rng: random.Random, g: Guide) -> list[str]:
    """A US state's claimant portal: the menu, welcome, claim ID, status and benefit year, the
    claim summary (benefit amounts, balance, disregard), the base period wages by quarter, the
    determination and reminders (chrome or no pay), the employment history (the employer
    employs, its industry a sector; "Job title" the role; its rate the role's with the town, the
    extra no pay; the earlier job a move in with its rate, theirs, its employer `optional`), the
    employer's response (the position's qualifier the level of the final rate; severance and the
    vacation payout no pay; the statement's rate for its other staff in the role at their kind's
    level), the reemployment profile (the O*NET title and the certification `optional`; the
    desired wage no pay; skills) and the work search log (the same title's posted range: an
    employer and the role's with its town; another title's yearly and a third's hourly, theirs,
    their firms `optional`; one cut)."""
    (job, (printed, short), industry, town, extra, qualifier, kind, earlier, efirm, onet,
     skills, cert, ((sprinted, sshort), stown), (other, ofirm), (third, tfirm),
     cut) = rng.choice(_UIPORTAL)
    occupy(g, job, moves_in=[earlier])
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    _facts(g, list(skills), [], [industry], [efirm, onet, cert, ofirm, tfirm])
    rate = _off(rng.randrange(1900, 2600, 5) / 100, 0.25, "USD")
    _salary(g, rate, rate, "USD", period="hour", level=qualifier)
    staff = _off(round(rate - rng.randrange(200, 400, 25) / 100, 2), 0.25, "USD")
    _salary(g, staff, staff, "USD", period="hour", level=kind)
    epay = _off(round(rate - rng.randrange(300, 550, 5) / 100, 2), 0.05, "USD")
    _salary(g, epay, epay, "USD", period="hour", belongs_to=earlier)
    slow = _off(round(rate - 1.0, 2), 0.5, "USD")
    shigh = _off(round(slow + rng.choice((3.0, 4.0, 5.0)), 2), 0.5, "USD")
    _salary(g, slow, shigh, "USD", period="hour", region=stown)
    ylow = _off(rng.randrange(46, 60) * 1_000, 1_000, "USD")
    yhigh = _off(ylow + rng.randrange(5, 9) * 1_000, 1_000, "USD")
    _salary(g, ylow, yhigh, "USD", period="year", belongs_to=other)
    tpay = _off(round(rate - rng.randrange(250, 450, 25) / 100, 2), 0.25, "USD")
    _salary(g, tpay, tpay, "USD", period="hour", belongs_to=third)
    wba = int(_no_pay(g, rng.randrange(380, 480), 1))
    quarters = [_no_pay(g, round(rate * 520 + rng.uniform(-300, 300), 2), 1) for _ in range(4)]
    severance = _no_pay(g, round(rate * 80, 2), 1)
    payout = _no_pay(g, round(rate * 24, 2), 1)
    desired = _no_pay(g, round(rate - 1.5, 2), 0.25)
    g.must_not_appear += [cut, "Weekly Benefit Amount", "Base period wages", "Severance"]
    return ["CLAIMANT PORTAL — Reemployment Assistance     Home   My Claim   Payments   "
            "Messages   Work Search   Log Off",
            f"Welcome, {rng.choice(('KAREN', 'LUIS', 'TAMARA'))} J. ELLISON   Claim ID "
            f"00{rng.randint(10, 99)}xxx{rng.randint(10, 99)}   Status: ACTIVE   Benefit year: "
            "11/01/2026 – 10/30/2027",
            "My Claim at a Glance",
            f"Weekly Benefit Amount: ${wba}.00   Maximum Benefit Amount: ${wba * 13:,}.00   "
            f"Partial earnings disregard: $75.00",
            "Base period wages: " + " | ".join(f"Q{n} ${q:,.2f}" for n, q in
                                                enumerate(quarters, 1)),
            "Employment History (as you reported it)",
            f"Employer 1 — {printed} ({town})   Industry: {industry}   Dates: 2021 – 10/2026",
            f"Job title: {job}   Rate of pay: {_usd(rate)} per hour + {extra}   Hours: 40",
            "Separation reason: Lack of work (layoff)",
            f"Employer 2 — {efirm.upper()}   Dates: 2016 – 2021",
            f"Job title: {earlier}   Rate of pay: {_usd(epay)} per hour   Reason: Quit for "
            "another job",
            "Employer Response (Notice of Claim)",
            f"Employer: {short}   Position: {job} ({qualifier})   Final rate of pay: "
            f"{_usd(rate)}/hr   Severance: ${severance:,.2f}   Vacation payout: ${payout:,.2f}",
            f"Employer's statement: \"Laid off for lack of work. Our {_plural(job)} "
            f"({kind.lower()}) are paid {_usd(staff)}/hr; the claimant declined a "
            f"{kind.lower()} post at that rate.\"",
            "Determination: Separation qualifies — no disqualification.",
            f"Reemployment Profile Occupation: {onet}   Desired wage: {_usd(desired)}/hr or more",
            f"Skills you picked for this occupation: {', '.join(skills)}",
            f"Certifications: {cert}",
            "Work Search Log — week of 11/15–11/21/2026",
            f"1. 11/16 {job} — {sprinted} ({stown}) — posted {_usd(slow)}–{_usd(shigh)}/hr — "
            "applied online",
            f"2. 11/18 {other} — {ofirm} — posted ${ylow:,}–${yhigh:,}/yr — phone screen",
            f"3. 11/20 {third} — {tfirm} — {_usd(tpay)}/hr — walked in with a résumé",
            cut,
            "Keep filing your weekly certification; the contacts you list can be checked."]


(FAMILY57_RENDERERS, FAMILY57_LAYOUTS, FAMILY57_LADDER_LAYOUTS,
 FAMILY57_ALIAS_LAYOUTS) = variant_families({
    "burmesemt": {"site": _mmsite, "shop": _mmshop},
    "azerimt": {"office": _azoffice, "craft": _azcraft},
    "bgcheck": {"driver": _bgdriver, "office": _bgoffice},
    "seafarerea": {"phil": _sfphil, "mlc": _sfmlc},
    "wagesubsidy": {"ojt": _wsojt, "aus": _wsaus},
    "uiclaim": {"roe": _uiroe, "portal": _uiportal},
})
