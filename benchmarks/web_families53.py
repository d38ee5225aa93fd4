"""Generator renderers for the six page families of held-back set 53 (Persian postings ...).

Held-back set 53 showed six more kinds of page users bring: a Persian job posting read through a
browser translator (an office posting with a glued summary line whose range in tomans is glued
to its label, the same range in rials, a trial period's pay, the statutory bonuses and rights,
a glued "Career path…" and "About the company…", the board's salary report and the minimum
wage, or a factory posting with a net receipt in million rials and tomans and the contract gross
beside it, a junior's pay, a path printed right to left with left-pointing arrows, the Senior's
floor and the supervisor's range), a Mongolian posting read through a translator (a job board's
mine posting with "3,800,000₮ - 4,600,000₮", the gross before NDSh and HKhOAT with the in-hand
figure, a trial period as a percentage and an arrow ladder with the assistant's and the chief's
pay, or a classifieds site's factory ad whose "Price:" field is the basic salary, paid with a
piece rate per kg, a training month and the off-season job), a verification of employment for a
mortgage (a verification service's employment and income report with the rate, its prior rate
and a projected annual income, the earnings by year and the consumer's other job, or a faxed
employer-completed request with the base pay's checked period, military pay items, earnings by
type, the previous position's wage at termination and an attached position description), a
recruiting chatbot conversation (a grocery chain's careers-site chat widget with a job list,
the job's card, a premium and the bot's answers about the lead's pay and the path, or an SMS
text-to-apply thread with pay by certification, a paid training course, mileage, a sign-on bonus
and the Senior's and another title's pay), a union job bid posting (a mill's bid sheet with the
job class and rate, the line of progression with each rung's class and rate, the bidders'
table and the award, or a hospital's self-service bid page with a step range and its biweekly
equivalent, differentials, the lower classes, the Lead class and the results with a retained
step) and a public employment service's job referral (a work coach's journal entry with the
vacancy's pay, a ticket rate, a weekly figure, the next rung's floor and the sanction and
payment lines, or a state job bank's referral with the job order's grade, the next level's
range, labour market information and the weekly benefit amount).  These renderers write such
pages from a planned guide, two variants a family, about occupations that fit them (occupy());
every fact the truth keeps is printed and what a style does not state is cleared: the same pay
in rials after tomans, the contract gross beside a net receipt, the in-hand figure after a
gross, a projected annual income, a biweekly or weekly equivalent and the rate on award are the
same pay; eidi, sanavat, housing and child rights, goods cards, productivity bonuses, the
receipt "up to" with overtime, allowances, festival bonuses, piece rates, lunch money, earnings
to date, pay increases, differentials, premiums, mileage, sign-on bonuses, benefit payments,
course prices and one-sided percentiles stay out of the role's pay; minimum wages and sector
averages are nobody's pay; trial, junior, Senior, training, assistant, level, grade, step,
certification, ticket and Lead rates are the role's own at their level, board averages and
labour market medians the role's own points, and other titles' figures keep their owners;
glosses, idioms, duties, licences, certifications, lenders, agencies, unions and other titles'
companies are `optional` or must not appear.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from benchmarks.web_kit import (
    _an,
    _cap,
    _facts,
    _grouped,
    _legal,
    _no_pay,
    _plural,
    _salary,
    _spell,
    native_digits,
    occupy,
    variant_families,
)

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY53_ALIAS_LAYOUTS", "FAMILY53_LADDER_LAYOUTS", "FAMILY53_LAYOUTS",
           "FAMILY53_RENDERERS"]

MILLION = 1_000_000


def _usd(amount: float) -> str:
    """A dollar figure with cents ("$1,250.40") or without ("$18")."""
    return f"${_grouped(amount)}"


def _rials(tomans_millions: float) -> int:
    """Million tomans as rials (one toman is ten rials): 18.5 → 185,000,000."""
    return round(tomans_millions * 10 * MILLION)


def _fa(number: int) -> str:
    """A number in Persian digits, as the board prints its Solar Hijri dates: 16 → "۱۶"."""
    return native_digits(str(number), "۰")


def _mt(millions: float) -> str:
    """"18" or "19.5" million."""
    return f"{millions:g}"


def _tug(amount: int) -> str:
    """A tugrik amount as a board prints it: "3,800,000₮"."""
    return f"{amount:,}₮"


def _words(amount: int) -> str:
    """A tugrik amount as a classifieds ad spells it: "1 million 300 thousand" or "800
    thousand"."""
    millions, thousands = divmod(amount // 1000, 1000)
    if not millions:
        return f"{thousands} thousand"
    return f"{millions} million" + (f" {thousands} thousand" if thousands else "")


def _short(amount: int) -> str:
    """A tugrik amount as a list row prints it: "2.1 million ₮" or "900 thousand ₮"."""
    if amount >= MILLION:
        return f"{amount / MILLION:g} million ₮"
    return f"{amount // 1000} thousand ₮"


# --------------------------------------------------------------------------------------
# A Persian (Iranian) job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role), its gloss (`optional`), the company (printed, short), the city and
#  district, what it does (a sector), the sector from "Industry:", duties (one with a glossed
#  word, which must not appear), software (skills), skills, the idiom (must not appear) and its
#  gloss (`optional`), two moves in, the post above, a past holder's new title (`optional`),
#  another title's ad and its firm (`optional`), the same title's firm (printed, short) and
#  district, the combined title and its firm (both `optional`), the cut title and its firm
#  (`optional`))
_IROFFICE = (
    ("Sales Coordinator", "Responsible for following the sales",
     ("Dena Rahavard Trading Company (Private Joint-Stock Co.)", "Dena Rahavard Trading Company"),
     "Tehran", "Seyed Khandan",
     "distributes laboratory glassware and chemicals to the universities and the clinics",
     "Laboratory supplies",
     ("Preparing the pre-invoices and the price lists for the customers",
      "Following the collection of the cheques (vosool) with the finance unit",
      "Keeping the customer file in the CRM up to date"),
     ("Microsoft Excel", "Hamkaran System"), ("Negotiation", "Report writing", "Punctuality"),
     ("a cold head and a warm heart", "patience"),
     ("Sales Clerk", "Telemarketer"), "Sales Manager", "head of the branch in Shiraz",
     ("Key Account Specialist", "Avin Tejarat Pars Co."),
     (("Pouya Kimia Sanat Co.", "Pouya Kimia Sanat"), "Tehran, Pasdaran"),
     ("Sales Coordinator and Accountant", "Rasa Teb Clinic"), ("Merchandising Supervisor",
                                                               "Golrang Pakhsh Group")),
    ("Executive Secretary", "Assistant of the director",
     ("Bahar Andish Engineering Company (Limited Liability)", "Bahar Andish Engineering Company"),
     "Mashhad", "Sajjad Boulevard",
     "designs and builds the water treatment packages for the municipalities",
     "Water engineering",
     ("Arranging the meetings of the managing director and the minutes",
      "Registering the letters in the indicator book (andicator) of the secretariat",
      "Booking the tickets and the hotels of the site engineers"),
     ("Microsoft Word", "Microsoft Outlook"), ("Typing", "Archiving", "Discretion"),
     ("a wide forehead and a closed mouth", "calmness"),
     ("Receptionist", "Office Clerk"), "Office Manager", "coordinator of the projects",
     ("Document Controller", "Tous Sazeh Consulting Engineers"),
     (("Ferdows Omran Co.", "Ferdows Omran"), "Mashhad, Vakilabad"),
     ("Secretary and Typist", "Negin Law Office"), ("Board Secretary",
                                                   "Khorasan Cement Holding")),
)


def _iroffice(rng: random.Random, g: Guide) -> list[str]:
    """An office posting on an Iranian job board through a translator: the translator bar,
    menu, breadcrumb, cookie line, the date in Persian digits, the buttons, the age, gender and
    military service line, hashtags and footer (chrome), "Title (gloss) - City" (the role; the
    gloss `optional`), the company with its rating (employs), a glued summary line with the
    range glued to "Salary", duties (a glossed word must not appear), software and necessary
    skills (the idiom must not appear, its gloss `optional`, the earlier jobs moves in), rights
    and benefits with the range in tomans and rials (the role's, the rials the same pay), the
    trial period's pay (at Trial period), eidi, sanavat and the rights (no pay), a glued
    "Career pathPossibility …" (a move up; a past holder's new title `optional`), a glued
    "About the companyX Industry: …" (a sector), the board's salary report (the role's point
    with the city), the minimum wage (no pay) and similar ads (another title's (its firm
    `optional`), the same title's (an employer, the role's with the district), a combined
    title "Agreed" (`optional`), one cut)."""
    (job, gloss, (printed, short), city, district, what, sector, duties, software, skills,
     (idiom, idiom_gloss), (came1, came2), up, past, (other, other_firm),
     ((sprinted, sshort), splace), (combined, combined_firm), (cut, cut_firm)) = rng.choice(
        _IROFFICE)
    occupy(g, job, ladder=[job, up], moves_in=[came1, came2])
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    _facts(g, [*software, *skills], [], [sector],
           [gloss, idiom_gloss, past, other_firm, combined, combined_firm, cut_firm])
    low = rng.randrange(14, 22)
    high = low + rng.randrange(3, 6)
    _salary(g, _rials(low), _rials(high), "IRR", period="month", region=city)
    trial = low - rng.randrange(2, 4)
    _salary(g, _rials(trial), _rials(trial), "IRR", period="month", level="Trial period")
    average = low + rng.randrange(1, 2 * (high - low)) / 2
    _salary(g, _rials(average), _rials(average), "IRR", period="month", point=True,
            region=city)
    olow = high + rng.randrange(2, 5)
    _salary(g, _rials(olow), _rials(olow + 5), "IRR", period="month", region=city,
            belongs_to=other)
    slow = low + rng.randrange(1, 3)
    _salary(g, _rials(slow), _rials(slow + 4), "IRR", period="month", region=splace)
    minimum = int(_no_pay(g, rng.randrange(10_100_000, 10_900_000, 100_000), 100_000))
    child = int(_no_pay(g, rng.choice((1_600_000, 1_800_000, 2_000_000)), 100_000))
    glossed = duties[1].rsplit("(", 1)[1].split(")")[0]
    board = rng.choice(("KarYab", "Estekhdam Online"))
    g.must_not_appear += [*idiom.split(" and "), glossed, "Eidi", "sanavat", "CV maker",
                          f"Salary report of {board}", f"from {low - 1} million tom"]
    return ["Browser translation · from Persian into English · [Original] · [Translate this "
            "site always]",
            f"{board}  |  Vacancies  Firms  Pay survey  CV maker  For advertisers  Sign in | "
            "Sign up",
            f"Start › Vacancies › {city} › Office and administrative › {job}",
            "Cookies are used on this site for a better service. I accept",
            f"Posted {_fa(rng.randint(10, 29))} آذر ۱۴۰۵ · {rng.randint(2, 6)} days back · "
            f"{_grouped(rng.randrange(600, 3000))} views",
            f"{job} ({gloss}) - {city}",
            f"{printed}   ★ {rng.randint(35, 48) / 10}   {city}، {district}",
            "Send CV    ♡ Keep    Share    Flag",
            f"Kind of contractFull timeExperience at least{rng.randint(2, 4)} yearsSalary{low} "
            f"to {high} million tomans",
            "About the job",
            f"Our company {what}; its head office in {city} needs an orderly {job.lower()}.",
            "Duties:",
            *(f"- {d}" for d in duties),
            "Who can apply",
            f"Age {rng.randint(23, 26)} - {rng.randint(36, 40)} years   Gender Not important   "
            "Military service status Finished or exempt   Education Bachelor's degree",
            "Software knowledge",
            "  ".join(software),
            "Skills needed:",
            *(f"• {s}" for s in skills),
            f"• Having {idiom} ({idiom_gloss}) with the customers",
            f"• Earlier work as {came1.lower()} or {came2.lower()} counts in your favour",
            "Pay and welfare",
            f"Salary: {low} to {high} million tomans per month ({_grouped(_rials(low))} to "
            f"{_grouped(_rials(high))} rials), fixed after the interview",
            f"Two months of trial at {trial} million tomans ({_rials(trial) // MILLION} million "
            "rials)",
            "Insurance from day one   Lunch   Staff minibus",
            f"By the Labour Code also sanavat and eidi (service-years pay, New Year bonus), a "
            f"housing right, a goods card (bon) and the child right ({_grouped(child)} tomans per "
            "child)",
            f"Career pathPossibility to rise to {up} within two years if the work is good; the "
            f"{job.lower()} before you now works as the {past}.",
            f"About the company{short}Industry: {sector}   Staff: 11 to 50",
            f"Salary report of {board}",
            f"{job}, {city}, mean pay: {_mt(average)} million tomans monthly "
            f"({_grouped(_rials(average))} rials; {rng.randint(80, 500)} users reported)",
            "Legal minimum monthly wage for 1405 (Supreme Council of Labour): "
            f"{_grouped(minimum)} tomans",
            "Ads like this one",
            f"{other}  |  {other_firm}  |  {city}  |  {_grouped(_rials(olow) // 10)} to "
            f"{_grouped(_rials(olow + 5) // 10)} tomans",
            f"{job}  |  {sprinted}  |  {splace}  |  {_grouped(_rials(slow) // 10)} to "
            f"{_grouped(_rials(slow + 4) // 10)} tomans",
            f"{combined}  |  {combined_firm}  |  Karaj  |  Agreed",
            f"{cut}  |  {cut_firm}  |  {city}  |  from {low - 1} million tom",
            f"#{job.lower().replace(' ', '_')} #{city}_jobs",
            f"{board} · Contact · Rules · Privacy · © ۱۴۰۵"]


# (the long title (the role), its abbreviation (an alias), the short name a similar ad uses
#  (an alias), the company (printed, short), the town and the industrial area, what it makes,
#  the sector, glued duties, requirements' tools and skills, the degree (`optional`), the
#  idiom (must not appear), two moves in, the senior rung, the supervisor, the manager, the
#  lateral unit and post, another title of the company, the "Agreed" and the cut titles
#  (`optional`), the other name's firm (printed, short) and town, the firm of the short
#  name's "Agreed" ad (an employer))
_IRFACTORY = (
    ("Quality Assurance Expert", "QA", "Quality Expert", ("Sepid Shir Dairy Industries",
                                                                 "Sepid Shir Dairy Industries"),
     "Shiraz", "Bozorg industrial town",
     "producer of pasteurised milk, yoghurt and doogh with 4 filling lines and about 300 "
     "personnel", "Dairy industries",
     ("Writing the quality control plans of the lines",
      "Sampling the raw milk at reception and recording the results",
      "Following the customer complaints and the corrective actions"),
     ("Microsoft Excel", "Minitab", "HACCP", "ISO 22000", "Statistical process control"),
     "Bachelor's degree in food science", "being a sharp-nosed person",
     ("Laboratory Technician", "Line Inspector"), "Senior QA Expert",
     "Head of the quality unit", "Quality manager", ("product development",
                                                     "Product Development Expert"),
     "Packaging Line Operator (filling)", ("Boiler operator", "Electrician (industrial)"),
     (("Mehr Ghaza Co.", "Mehr Ghaza"), "Shiraz"), "Kalleh Pars Foods"),
    ("Maintenance Planning Expert", "PM", "Maintenance Planner", ("Arya Lastik Tire Company",
                                                                 "Arya Lastik Tire Company"),
     "Qazvin", "Alborz industrial city",
     "producer of passenger car and light truck tires with 2 curing halls and about 650 "
     "personnel", "Tire manufacturing",
     ("Preparing the preventive maintenance calendar of the machines",
      "Issuing the work orders and following the spare parts with the warehouse",
      "Analysing the stops of the lines and the MTBF report"),
     ("Microsoft Excel", "Microsoft Project", "CMMS", "Root cause analysis",
      "Spare parts planning"),
     "Bachelor's degree in mechanical engineering", "being a person with an iron back",
     ("Maintenance Technician", "Shift Mechanic"), "Senior PM Expert",
     "Head of the maintenance planning", "Maintenance manager", ("technical office",
                                                                 "Technical Office Expert"),
     "Electrical Technician (PLC)", ("Welder", "Crane operator"),
     (("Pishro Sanat Co.", "Pishro Sanat"), "Arak"), "Alborz Plastic Industries"),
)


def _irfactory(rng: random.Random, g: Guide) -> list[str]:
    """A factory posting on an Iranian job board through a translator: the translator bar,
    menu, breadcrumb, ad code and Solar Hijri dates, buttons, gender and military service,
    tags and footer (chrome), "Employment of Long Title (ABBR) in Town" (the role; the
    abbreviation an alias), a glued summary with the net receipt in million rials and tomans
    (the role's with the town), a glued "About usX …" (employs; a sector), glued duties (no
    skills), requirements (tools and skills; the degree `optional`, the idiom must not appear,
    the earlier jobs moves in), a glued "Payment and benefitsNet receipt …" with the contract
    gross (the same pay), the junior's pay (at Junior), the productivity bonus, eidi and the
    receipt "up to" with overtime (no pay), a right-to-left arrow path (a ladder from the role
    up) with the Senior's floor (the role's at Senior, open) and the supervisor's range
    (theirs), a lateral move, the company's other ads (another title's (theirs with the town),
    one "Agreed" and one cut, `optional`) and similar ads (the short name at another firm (an
    alias; an employer, the role's with its town) and "ABBR expert" "Agreed" (an employer))."""
    (long, abbr, short_name, (printed, short), town, estate, what, sector, duties, skills,
     degree, idiom, (came1, came2), senior, head, manager, (unit, lateral), other,
     (agreed, cut), ((sprinted, sshort), stown), agreed_firm) = rng.choice(_IRFACTORY)
    short_title = f"{abbr} expert"
    occupy(g, long, ladder=[long, senior, head, manager], transitions=[lateral],
           moves_in=[came1, came2])
    _spell(g, short_title, short_name)
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    g.employers.append(agreed_firm)
    _facts(g, list(skills), [], [sector], [degree, agreed, cut.split(" (")[0]])
    low = rng.randrange(22, 30)
    high = low + rng.randrange(3, 5)
    _salary(g, _rials(low), _rials(high), "IRR", period="month", region=town)
    junior = low - rng.randrange(6, 9)
    _salary(g, _rials(junior), _rials(junior), "IRR", period="month", level="Junior")
    floor = high + rng.randrange(1, 4)
    _salary(g, _rials(floor), None, "IRR", period="month", level="Senior")
    hlow = floor + rng.randrange(4, 7)
    _salary(g, _rials(hlow), _rials(hlow + 5), "IRR", period="month", belongs_to=head)
    olow = junior + rng.randrange(2, 5)
    _salary(g, _rials(olow), _rials(olow + 4), "IRR", period="month", region=town,
            belongs_to=other.split(" (")[0])
    slow = low - rng.randrange(1, 4)
    _salary(g, _rials(slow), _rials(slow + 4), "IRR", period="month", region=stown)
    gross = (int(_no_pay(g, _rials(round(low * 1.22)), 10 * MILLION)) // (10 * MILLION),
             int(_no_pay(g, _rials(round(high * 1.24)), 10 * MILLION)) // (10 * MILLION))
    reach = int(_no_pay(g, _rials(high + rng.randrange(3, 6)), 10 * MILLION)) // (10 * MILLION)
    site = rng.choice(("Sanatkar", "Kar-e Behtar"))
    g.must_not_appear += [idiom.removeprefix("being "), "bahre-vari", "eidi", f"{low - 6} to 2",
                          "Our Telegram", "Trust symbol"]
    return ["Translated to: English   Source language: Persian   [ Show the original ]  "
            "[ Settings ▾ ]",
            f"{site.upper()}  Job search | For companies | Pay calculator | Blog | ورود / "
            "Login",
            f"{site} » Industry jobs » Engineering » {town}",
            f"Employment of {long} ({abbr}) in {town}",
            f"{printed}  -  {town}, {estate}",
            f"Ad no. {rng.randint(10000, 99999)}    Registered: 1405/09/{rng.randint(10, 20)}    "
            f"Valid until: 1405/10/{rng.randint(10, 20)}",
            "Apply with your CV     Our Telegram     Save",
            f"Ad at a glanceField: Industrial engineering   Work: Full-time   Gender: Man   "
            f"Military service: Finished   Pay (net receipt): {_rials(low) // MILLION} million "
            f"rials - {_rials(high) // MILLION} million rials, that is {low} to {high} million "
            "tomans",
            f"About us{short}, {rng.randint(15, 35)} years old, is a {what}, working in the "
            f"{sector.lower()} of the region.",
            f"What you will do{duties[0]}",
            *duties[1:],
            "Requirements- " + degree + " or a related field",
            *(f"- Mastery of {s}" for s in skills[:2]),
            *(f"- Familiarity with {s}" for s in skills[2:]),
            f"- Accuracy and {idiom}",
            f"- Former {_plural(came1.lower())} or {_plural(came2.lower())} come first",
            f"Payment and benefitsNet receipt {low} to {high} million tomans; on the contract "
            f"this is a gross of roughly {gross[0]} to {gross[1]} million tomans (pre-insurance, "
            "pre-tax)",
            f"Fresh graduates (junior {abbr} expert): {junior} million tomans net "
            f"({_rials(junior) // MILLION} million rials)",
            "A seasonal productivity bonus (bahre-vari); eidi, a housing right and a goods card "
            "as the Labour Code says",
            f"Overtime can lift the monthly receipt as high as {reach} million tomans",
            "Commuter service from the city   Free breakfast and lunch   A welfare-fund loan",
            f"Path of growth{short_title} ← {senior} ← {head} ← {manager}",
            f"A {senior.lower()} is paid from {floor} million tomans ({_rials(floor) // MILLION}"
            f" million rials); the {head.lower()} earns {hlow} to {hlow + 5} million tomans "
            f"({_rials(hlow) // MILLION} million to {_rials(hlow + 5) // MILLION} million rials) a "
            "month.",
            f"A move to the {unit} unit as {_an(lateral)} is also open later.",
            "More from this employer",
            f"{other}   {town}   {_grouped(_rials(olow) // 10)} to "
            f"{_grouped(_rials(olow + 4) // 10)} tomans",
            f"{agreed}   {town}   Agreed",
            f"{cut}   {town}   {low - 6} to 2",
            "Comparable ads",
            f"{short_name}   {sprinted}   {stown}   {_rials(slow) // MILLION} million to "
            f"{_rials(slow + 4) // MILLION} million rials",
            f"{short_title}   {agreed_firm}   {town}   Agreed",
            f"Tags: #{abbr}  #{town}  #{sector.lower().replace(' ', '_')}",
            f"{site} · Instagram · LinkedIn · Trust symbol · Terms · © 2026"]


# --------------------------------------------------------------------------------------
# A Mongolian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role) and its local name (`optional`), the company (printed in capitals,
#  short), the aimag and soum, what it does (a sector), the sector, numbered functions (no
#  skills), skills (instruments and software), the licence (`optional`), the idiom (must not
#  appear), the move in, the assistant, senior and chief rungs and the chief's gloss
#  (`optional`), the lateral post, another job of the company, the cut job (`optional`), the
#  same title's firm and place, another title "By agreement" and its firm (`optional`))
_MNBOARD = (
    (("Mine Geologist", "Уурхайн геологич"), ("ERDENES TOLGOI COPPER LLC",
                                            "Erdenes Tolgoi Copper LLC"),
     "Dornogovi aimag, Airag soum",
     "mines and concentrates copper and molybdenum ore in an open pit since 2014",
     "Copper mining",
     ("Map the benches and the faces after each blast and sample the ore",
      "Update the geological block model every month",
      "Control the grade of the ore sent to the concentrator with the dispatchers"),
     ("Leapfrog Geo", "Micromine", "Core logging", "Grade control", "GPS handheld receivers"),
     "Driving license of category C", "a hawk's eye and a camel's patience",
     "Exploration Geologist", ("Assistant geologist", "Senior geologist", "Chief geologist",
                               "head of the geology department"),
     "Resource Geologist", ("Drill and Blast Engineer", (5_200_000, 6_100_000)),
     "Haul truck operator (Komatsu 830E)", (("Gobi Zes LLC", "Dornogovi")),
     ("Sampler", "Bor Undur Mining LLC")),
    (("Mine Electrician", "Уурхайн цахилгаанчин"), ("KHUREN TAL COAL LLC", "Khuren Tal Coal LLC"),
     "Dundgovi aimag, Deren soum",
     "extracts thermal coal for the central energy system and the Baganuur power plant",
     "Coal mining",
     ("Maintain the 6 kV cables, the substations and the lighting towers of the pit",
      "Repair the electrical systems of the excavators and the pumps",
      "Keep the log of the protective relays and the earthing checks"),
     ("ETAP", "AutoCAD Electrical", "Cable splicing", "Fluke insulation testers",
      "high-voltage switchgear"),
     "Electrical safety group IV certificate", "hands of gold and a head of iron",
     "Power Plant Electrician", ("Assistant electrician", "Senior electrician",
                                 "Chief electrician", "head of the energy unit"),
     "Maintenance Planner", ("Excavator Mechanic", (4_100_000, 4_900_000)),
     "Welder (6G certified)", (("Shivee Energy LLC", "Govisumber")),
     ("Electrical Technician", "Tavan Bogd Energy LLC")),
)


def _mnboard(rng: random.Random, g: Guide) -> list[str]:
    """A mine's posting on a Mongolian job board through a translator: the translator bar,
    menu, breadcrumb, shift, dates, views, buttons, the apply line and footer (chrome), "Title
    (local name)" (the role; the local name `optional`), "Salary: a₮ - b₮" (the role's with the
    aimag), a glued "About the companyX …" (employs; a sector), numbered functions (no skills),
    requirements (instruments and software skills; the licence `optional`, the idiom must not
    appear, the earlier job a move in), a glued "Salary and benefitsSalary a-b million ₮ (before
    NDSh … and HKhOAT …), in hand about …" (the same pay), the trial period's percentage (no
    salary), allowances and festival bonuses (no pay), a glued "Career growth…" arrow ladder
    with the assistant's pay (the role's at Assistant) and the chief's (theirs), a lateral move,
    the board's average (the role's point), the statistics office's sector average (no pay),
    the company's other jobs (another title's range, one cut) and similar jobs (the same title
    elsewhere: an employer and the role's with its place; another title "By agreement", its
    firm `optional`)."""
    ((job, local), (printed, short), place, what, sector, functions, skills, licence, idiom,
     came, (assistant, senior, chief, chief_gloss), lateral, (other, (olow, ohigh)), cut,
     (sfirm, splace), (agreed, agreed_firm)) = rng.choice(_MNBOARD)
    aimag = place.split()[0]
    occupy(g, job, ladder=[assistant, job, senior, chief], transitions=[lateral],
           moves_in=[came])
    g.employers.append(short)
    g.employers.append(sfirm)
    _facts(g, list(skills), [], [sector], [local, licence, chief_gloss, agreed, agreed_firm,
                                           cut.split(" (")[0]])
    low = rng.randrange(3_200_000, 4_200_000, 100_000)
    high = low + rng.randrange(600_000, 1_000_000, 100_000)
    _salary(g, low, high, "MNT", period="month", region=aimag)
    helper = low - rng.randrange(900_000, 1_300_000, 100_000)
    _salary(g, helper, helper, "MNT", period="month", level="Assistant")
    top = high + rng.randrange(1_500_000, 2_200_000, 100_000)
    _salary(g, top, top, "MNT", period="month", belongs_to=chief)
    average = low + rng.randrange(2, (high - low) // 100_000 - 1) * 100_000
    _salary(g, average, average, "MNT", period="month", point=True)
    olow += rng.randrange(0, 300_000, 100_000)
    _salary(g, olow, ohigh, "MNT", period="month", region=aimag, belongs_to=other)
    slow = low + rng.randrange(2, 5) * 100_000
    _salary(g, slow, slow + 800_000, "MNT", period="month", region=splace)
    hand = (int(_no_pay(g, round(low * 0.795, -4), 10_000)),
            int(_no_pay(g, round(high * 0.795, -4), 10_000)))
    national = int(_no_pay(g, rng.randrange(3_500_000, 3_900_000, 10_000), 10_000))
    share = rng.choice((80, 85, 90))
    site = rng.choice(("AjilNet.mn", "Hunter.mn"))
    g.must_not_appear += [*idiom.split(" and "), "Tsagaan Sar", "Naadam", f"{site}  |  Terms",
                          "Only the chosen candidates"]
    return ["This page is translated from Mongolian   Show the original   Translate into: "
            "English ▾",
            f"{site}    Jobs   Employers   Salaries   Tips   + Post a job     Монгол | English",
            f"Home › Mining › {job}",
            f"{job} ({local})",
            printed,
            f"{place} | Full-time | Rotation 15/15 | Published 2026.12.0{rng.randint(1, 6)} | "
            f"Closes 2026.12.{rng.randint(15, 28)} | {_grouped(rng.randrange(800, 4000))} views",
            f"Monthly salary: {_tug(low)} - {_tug(high)}",
            "[ Apply now ]  [ Save ]  [ Share ]",
            f"About the company{short} {what} ({sector.lower()}), it has "
            f"{_grouped(rng.randrange(400, 2500, 10))} "
            "workers.",
            "Job functions:",
            *(f"{i}) {f}" for i, f in enumerate(functions, 1)),
            "We expect:",
            f"- A bachelor's degree and {rng.randint(2, 4)}+ years at an open-pit mine; a former "
            f"{came.lower()} is welcome too",
            f"- Skilled with {skills[3]} and {skills[4]}",
            f"- Programs: {skills[0]}, {skills[1]}",
            f"- {skills[2]}",
            f"- {licence}",
            f"- Someone with {idiom}, honest and disciplined",
            f"Salary and benefitsSalary {low / MILLION:g}-{high / MILLION:g} million ₮ gross "
            "(NDSh social insurance 11.5% and HKhOAT income tax 10% are withheld from it), "
            f"take-home around {_tug(hand[0])} - {_tug(hand[1])}. Paid in two parts each month.",
            f"A 3-month probation pays {share}% of the salary.",
            "Extras: a 15% shift allowance, a remote-area allowance, bonuses at Naadam and "
            "Tsagaan Sar",
            "Camp meals three times a day and a bed, a company bus between Ulaanbaatar and the "
            "mine",
            f"Career growth{assistant} → {job.lower()} → {senior} → {chief} ({chief_gloss}). An "
            f"{assistant.lower()} is paid {helper / MILLION:g} million ₮, a "
            f"{chief.lower()} {top / MILLION:g} million ₮. With experience a {job.lower()} "
            f"can switch to work as {_an(lateral.lower())}.",
            f"{site} pay data: over the past half year, {job} ads on {site} offered "
            f"{average / MILLION:g} million ₮ on average ({rng.randint(12, 60)} ads). The "
            f"National Statistics Office gives {_tug(national)} as the mean wage in mining and "
            "quarrying.",
            f"Apply: CV to hr@{short.split()[0].lower()}.mn. Only the chosen candidates will be "
            "called.",
            "This company's other jobs",
            f"{other}   {aimag}   {_tug(olow)} - {_tug(ohigh)}",
            f"{cut}   {aimag}   {_tug(low - 500_000)} - {_tug(low)[:3]}",
            "Jobs like this",
            f"{job}   {sfirm}   {splace}   {_tug(slow)} - {_tug(slow + 800_000)}",
            f"{agreed}   {agreed_firm}   {aimag}   By agreement",
            f"© 2026 {site}  |  Terms  |  Privacy  |  Contact"]


# (the title (the role) and the ad's longer form (an alias), the local word (must not appear),
#  the company, what it does (a sector), the sector, the district and place, duties (no
#  skills), skills, the idiom (must not appear), the first move in and the second (the
#  occupations the employer names as welcome), the next rung, the top rung, the off-season
#  title, the user's other ads (two titles), the cut one (`optional`), the same title's firm
#  and district, another title "Negotiable" and its firm (`optional`), the gift (no pay))
_MNCLASSIFIED = (
    ("Wool Spinner", "Wool Yarn Spinner", "ээрэгч", "Tengeriin Utas LLC",
     "a workshop that spins sheep and camel wool into knitting yarn and felt", "Wool spinning",
     "Songinokhairkhan", "the wool workshop beside the 22nd bus stop",
     "running the spinning frame, joining the broken threads, changing the bobbins and weighing "
     "the spun yarn at the end of the shift",
     ("Spinning frame operation", "Thread joining", "Yarn count checking", "Teamwork"),
     "a quick hand and a patient soul", ("Carder", "Seamstress"), "Shift leader of the "
     "spinning workshop", "Head of production", "Felt maker",
     (("Knitting machine operator", 2_100_000), ("Cleaner", 900_000)),
     "Packer of the yarn", ("Khuvsgul Nooson LLC", "Bayanzurkh district"),
     ("Carpet weaver", "Erdenet Khivs JSC"), "a felt boot pair"),
    ("Sheepskin Tanner", "Sheepskin Tanner Worker", "арьс боловсруулагч", "Shar Tal Leather LLC",
     "a tannery that processes sheep and goat skins into leather and sheepskin coats",
     "Leather tanning", "Bayangol", "the tannery yard of the old leather factory",
     "soaking and liming the raw skins, fleshing them on the machine, tanning them in the drum "
     "and stacking the dry skins by grade",
     ("Skin fleshing", "Drum tanning", "Leather grading", "Chemical handling"),
     "strong arms and a cold nose", ("Herder", "Slaughterhouse worker"), "Shift leader of the "
     "tanning workshop", "Head of the tannery", "Leather cutter",
     (("Sewing machine operator (leather)", 1_700_000), ("Watchman", 1_100_000)),
     "Driver (category C", ("Erdene Arkhi LLC", "Khan-Uul district"),
     ("Furrier", "Darkhan Suvarga JSC"), "a sheepskin vest"),
)


def _mnclassified(rng: random.Random, g: Guide) -> list[str]:
    """A factory's job ad on a Mongolian classifieds site through a translator: the translator
    bar, the site menu with other categories, breadcrumb, the ad number, buttons, contacts,
    the app line and footer (chrome), "VIP   TITLE NEEDED (local word)" (the role; the local
    word must not appear), "Price: N million M thousand ₮" (the role's, the same pay as the
    basic salary the text states, with the district), the company's description (employs; a
    sector), duties (no skills), run-together requirements (skills; the idiom must not appear),
    the occupations named welcome (moves in), the basic salary with a piece rate per kg (no
    pay), last season's average (the role's point), the training month's pay (at Training
    period), lunch money, the gift and the minimum wage (no pay), the off-season job (a lateral
    move), an arrow ladder with the next rung's pay (theirs), the user's other ads (two other
    titles' pay with the district, one cut) and similar ads (the same title elsewhere: an
    employer and the role's with its district; another title "Negotiable", `optional`)."""
    (job, long, local, firm, what, sector, district, spot, duties, skills, idiom,
     (came1, came2), leader, head, offseason, ((o1, o1pay), (o2, o2pay)), cut,
     (sfirm, sdistrict), (agreed, agreed_firm), gift) = rng.choice(_MNCLASSIFIED)
    occupy(g, job, ladder=[job, leader, head], transitions=[offseason], moves_in=[came1, came2])
    _spell(g, long)
    g.employers += [firm, sfirm]
    _facts(g, list(skills), [], [sector], [agreed, agreed_firm, cut.split(" (")[0]])
    basic = rng.randrange(1_100_000, 1_500_000, 100_000)
    _salary(g, basic, basic, "MNT", period="month", region=district)
    season = basic + rng.randrange(3, 7) * 100_000
    _salary(g, season, season, "MNT", period="month", point=True)
    training = rng.randrange(700_000, 900_000, 50_000)
    _salary(g, training, training, "MNT", period="month", level="Training period")
    lead = season + rng.randrange(1, 4) * 100_000
    _salary(g, lead, lead, "MNT", period="month", belongs_to=leader)
    for title, pay in ((o1, o1pay), (o2, o2pay)):
        _salary(g, pay, pay, "MNT", period="month", region=district,
                belongs_to=title.split(" (")[0])
    slow = basic + 100_000
    _salary(g, slow, slow + 200_000, "MNT", period="month", region=sdistrict)
    piece = int(_no_pay(g, rng.choice((700, 800, 1000, 1200)), 100))
    lunch = int(_no_pay(g, rng.choice((7000, 8000, 9000)), 1000))
    minimum = int(_no_pay(g, 792_000, 1000))
    site = rng.choice(("Unegui Zar", "ZarBoard.mn"))
    g.must_not_appear += [local, *idiom.split(" and "), "Tsagaan Sar", "Real estate",
                          "1 million 9"]
    return ["Translated from Mongolian into English by the browser · Original · Never translate "
            "this site",
            f"{site}   Real estate   Cars   Phones   WORK   Services   Post an ad for free   "
            "Log in",
            f"Home > Work > Production > Ulaanbaatar > {district}",
            f"VIP   {long.upper()} NEEDED ({local})",
            f"Price: {_words(basic)} ₮      Ad ID {rng.randint(6_000_000, 8_999_999)}   "
            f"Posted: Today {rng.randint(8, 11)}:{rng.randint(10, 59)}   Views: "
            f"{rng.randint(150, 900)}",
            "♥ Keep    ⚑ Complain    Print",
            f"{firm}, {what} ({sector.lower()}), needs {_an(long.lower())} in its workshop.",
            f"Where: {district} district, {spot}",
            f"The work: {duties}.",
            f"We ask: age 20-50, women or men; {skills[0].lower()} experience helps; "
            f"{skills[1].lower()}; {skills[2].lower()}; {skills[3].lower()}; standing through "
            f"the shift; {idiom}.",
            f"We welcome former {_plural(came1.lower())} and {_plural(came2.lower())}!",
            f"PAY: a basic salary of {_tug(basic)} plus a piece rate ({piece} tugriks a kg). In "
            f"the last season our {_plural(job.lower())} took home {season / MILLION:g} million ₮ "
            "a month on average.",
            f"Newcomers get one month of training, paid at {_words(training)} tugriks.",
            "Pay days: the 10th and the 25th. Social and health insurance from day one.",
            f"Also a lunch allowance of {_tug(lunch)} a day, transport money, overalls and "
            f"{gift} as the Tsagaan Sar present.",
            f"(Mongolia's minimum wage: {_tug(minimum)} a month - we pay more.)",
            f"Season: March to September. Out of season our {_plural(job.lower())} keep the "
            f"same basic salary as {_plural(offseason.lower())}.",
            f"Promotion path: {job.lower()} → {leader.lower()}, paid {lead / MILLION:g} million "
            f"₮ → finally {head.lower()}.",
            f"Call {rng.randint(8800, 9999)}-{rng.randint(1000, 9999)} on weekdays 9-18, or visit "
            "us with an identity document.",
            "More ads from this seller",
            f"{o1}   {_short(o1pay)}   {district}",
            f"{o2}   {_short(o2pay)}   {district}",
            f"{cut}   1 million 9",
            "Ads like this",
            f"{job}   {sfirm}   {sdistrict}   {_tug(slow)} - {_tug(slow + 200_000)}",
            f"{agreed}   {agreed_firm}   Darkhan   Negotiable",
            f"Get the {site} app:  App Store  Google Play     © {site} 2026     Terms"]


# --------------------------------------------------------------------------------------
# A verification of employment (VOE) for a mortgage
# --------------------------------------------------------------------------------------
# (the job title (the role; printed at level II), the employer (printed, short) and its DBA,
#  the city, the NAICS code and title (a sector), the position summary's items (`optional`),
#  the qualifications (skills) and the licence (`optional`), the lender (`optional`), the
#  consumer's other employer (`optional`) and title there)
_VOEPORTAL = (
    ("Meter Technician", ("Tri-Valley Metering Services, Inc.", "Tri-Valley Metering Services"),
     "TVM Field Services", "Fresno, CA", ("238210", "Electrical Contractors"),
     ("Meter exchanges", "Route audits", "Customer tags"),
     ("AMI meter programming", "Itron FCS", "Electrical safety", "Mobile work orders"),
     "Class C driver's license", "Golden Oak Lending, LLC", ("Fresno Unified", "School Bus Aide")),
    ("Irrigation Technician", ("Blue Mesa Landscape Group, Inc.", "Blue Mesa Landscape Group"),
     "Blue Mesa Grounds", "Mesa, AZ", ("561730", "Landscaping Services"),
     ("Controller schedules", "Valve repairs", "Water audits"),
     ("Drip irrigation design", "Rain Bird controllers", "Backflow testing", "Trenching"),
     "Backflow tester certificate", "Canyon Point Mortgage, LLC", ("City of Tempe",
                                                                  "Pool Attendant")),
)


def _voeportal(rng: random.Random, g: Guide) -> list[str]:
    """A verification service's employment and income report in its verifier portal: the
    portal bar, breadcrumb, report and loan numbers, the FCRA purpose and notice, the
    employee's name, SSN and ID, status and dates, the earnings table's figures, the recent pay
    periods and the footer (chrome), the employer block (employs; the DBA a spelling of it; the
    NAICS title a sector), "Job title X II" (the role at level II), the previous title "X
    Trainee" with its rate at change (the ladder's first rung; the role's at Trainee), a glued
    position summary (`optional`) and qualifications (skills; the licence `optional`), the rate
    of pay with its type, frequency and hours (the role's at II with the city), the prior rate
    (the role's at II), the projected annual income (the same pay), year-to-date and past years'
    earnings, the on-call stipend and tool allowance (no pay) and the consumer's other
    employment record (that title's rate; the employer `optional`)."""
    (job, (printed, short), dba, city, (naics, industry), summary, skills, licence, lender,
     (other_firm, other)) = rng.choice(_VOEPORTAL)
    trainee = f"{job} Trainee"
    occupy(g, job, ladder=[trainee, job])
    _legal(g, printed, short)
    g.more_spellings[short] = [dba]
    service = rng.choice(("VerifyLine", "EmployData Connect"))
    _facts(g, list(skills), [], [industry],
           [*summary, licence, lender, other_firm, f"{service} Services, LLC"])
    rate = round(rng.uniform(24, 34), 2)
    _salary(g, rate, rate, "USD", period="hour", level="II", region=city)
    prior = round(rate - rng.uniform(0.9, 1.8), 2)
    _salary(g, prior, prior, "USD", period="hour", level="II")
    start = round(prior - rng.uniform(3.5, 6), 2)
    _salary(g, start, start, "USD", period="hour", level="Trainee")
    side = round(rng.uniform(14, 17.5) * 4) / 4
    _salary(g, side, side, "USD", period="hour", belongs_to=other)
    hours = rng.choice((42.5, 43.0, 44.5, 45.5))
    projected = _no_pay(g, round(rate * (40 + (hours - 40) * 1.5) * 52, 2), 1)
    years = [(y, round(rate * 2080 * f, 2), round(rate * 1.5 * f * rng.randrange(180, 320), 2),
              rng.choice((750.0, 1000.0, 1250.0)), round(rng.uniform(1500, 2500), 2))
             for y, f in (("2026 to date (11/28)", 0.9), ("2025", 0.97), ("2024", 0.9))]
    stipend = int(_no_pay(g, rng.choice((50, 60, 75)), 5))
    person = rng.choice(("MARCUS J. DELGADO", "TRACY L. WONG", "OWEN P. BRANDT"))
    g.must_not_appear += [person, "Fair Credit Reporting Act", "Employment status",
                          "Pay frequency", "Dispute process", "Lender workspace"]
    ref = f"{service[:2].upper()}-2026-1207-{rng.randint(10000, 99999)}"
    return [f"{service}® Employment Data                       Lender workspace  |  Support  |  "
            "Log off",
            f"Requests › {ref} › Income & Employment Report        [Save as PDF]  [Print]",
            "VERIFIED EMPLOYMENT AND INCOME",
            f"Report no. {ref}     Issued 12/07/2026 09:{rng.randint(10, 59)} ET",
            f"Requester: {lender}   Loan no.: {lender[:3].upper()}-{rng.randint(100000, 999999)}",
            "FCRA permissible purpose 604(a)(3)(F) — residential mortgage   Authorization: held",
            f"The employer furnished this information. {service} does not check it. The Fair "
            "Credit Reporting Act governs its use.",
            "THE EMPLOYEE",
            f"Name: {person}     SSN: XXX-XX-{rng.randint(1000, 9999)}     Employee ID: "
            f"00{rng.randint(10000, 99999)}",
            "THE EMPLOYER",
            f"{printed}          DBA: {dba}",
            f"Industry (NAICS): {naics} {industry}",
            "THE JOB",
            "Employment status        Active",
            f"First hired              0{rng.randint(1, 9)}/1{rng.randint(0, 9)}/2020",
            f"Job title                {job} II",
            f"Earlier job title        {trainee} (2020 – 2022), rate at change {_usd(start)} "
            "hourly",
            f"Where                    {city} (field based)",
            f"Job summary (employer's words){'; '.join(summary)}.",
            f"Qualifications (employer's words){', '.join(skills)}, {licence}.",
            "THE PAY",
            f"Rate of pay              {_usd(rate)}",
            "Rate type                Hourly",
            "Pay frequency            Biweekly",
            f"Mean hours a week        {hours}",
            f"Current rate since       03/15/2026          Prior rate: {_usd(prior)} (since "
            "03/15/2025)",
            f"Projected yearly income  {_usd(projected)}  ({service} estimate from the rate and "
            "the mean hours, overtime counted)",
            "Gross earnings by year",
            "Year | Regular | OT | Bonus | Misc. | Gross total",
            *(f"{y} | {_usd(b)} | {_usd(o)} | {_usd(bo)} | {_usd(x)} | "
              f"{_usd(round(b + o + bo + x, 2))}" for y, b, o, bo, x in years),
            f"Misc. = the on-call stipend (${stipend} a weekend) and the tool allowance.",
            "THE CONSUMER'S OTHER JOBS ON FILE",
            f"Employer: {other_firm} · part-time · active · Title: {other} · Pay rate "
            f"{_usd(side)}/hr",
            "— end —   Help for lenders: 1-800-555-01" + str(rng.randint(10, 99)),
            f"© 2026 {service} Services, LLC.   Privacy   FCRA notices   Dispute process"]


# (the employer (printed in capitals, short), its town, the lender (`optional`), the
#  position (the role; printed at level II), the previous position (a move in), the hospital's
#  kind (a sector), the summary's duties (`optional`), the knowledge and skills, the
#  certification (`optional`), the supervisor and manager, the grades (I, II, the
#  supervisor's))
_VOEFAX = (
    (("Cedar Valley Medical Center", "Cedar Valley Medical Center"), "Dubuque, IA",
     "Heartland Home Mortgage Co.", "Pharmacy Technician", "Inventory Clerk",
     "critical access hospital",
     ("Fills and checks unit-dose carts", "restocks the automated dispensing cabinets"),
     ("Pyxis MedStation", "Sterile compounding", "Pharmacy calculations", "Medication "
      "reconciliation", "Epic Willow"),
     "PTCB certification", "Pharmacy Supervisor", "Director of Pharmacy", (204, 206, 211)),
    (("St. Brendan Health Partners", "St. Brendan Health Partners"), "Erie, PA",
     "Lakeview Savings Bank", "Surgical Scheduler", "Unit Secretary",
     "community teaching hospital",
     ("Books the operating room cases", "confirms the prior authorizations with the payers"),
     ("Cerner SurgiNet", "Medical terminology", "CPT coding", "Prior authorization",
      "Customer service"),
     "CHAA certification", "Surgical Services Coordinator", "Perioperative Business Manager",
     (103, 105, 110)),
)


def _voefax(rng: random.Random, g: Guide) -> list[str]:
    """A faxed request for verification of employment completed by an employer's HR: the fax
    header lines, the privacy notice, the instructions, the applicant's name and address, the
    probability of continued employment, the continuance lines, the signatures and phone
    numbers and the form line (chrome), Part I (the employer employs; the lender and its
    processor's title `optional` / chrome), Part II (the present position at level II; its
    hourly base pay with the checked period the role's at II; military pay items blank;
    earnings by type and year, the pay increases and the differential no pay; the internal
    transfer a move in), Part III (the previous position: a move in, its wage at termination
    theirs) and the attached position description (the grade's range the role's at that grade,
    the summary's duties `optional`, the knowledge and skills, a glued career ladder with level
    I's range (the role's at I) and the supervisor's (theirs), the certification
    `optional`)."""
    ((printed, short), town, lender, job, before, kind, duties, skills, cert, supervisor,
     manager, (g1, g2, gs)) = rng.choice(_VOEFAX)
    occupy(g, job, ladder=[job, supervisor, manager], moves_in=[before])
    _legal(g, printed, short)
    _facts(g, list(skills), [], [_cap(kind)],
           [lender, cert.split()[0], *duties])
    base = round(rng.uniform(19, 24), 2)
    _salary(g, base, base, "USD", period="hour", level="II", region=town)
    low2 = round(base - rng.uniform(2.5, 3.5), 2)
    high2 = round(low2 * 1.5, 2)
    _salary(g, low2, high2, "USD", period="hour", level=f"II (Grade {g2})")
    low1 = round(low2 - rng.uniform(1.6, 2.2), 2)
    high1 = round(low1 * 1.5, 2)
    _salary(g, low1, high1, "USD", period="hour", level=f"I (Grade {g1})")
    lows = round(high2 - rng.uniform(1, 2), 2)
    _salary(g, lows, round(lows * 1.5, 2), "USD", period="hour", belongs_to=supervisor)
    prev = round(low1 + rng.uniform(0, 1), 2)
    _salary(g, prev, prev, "USD", period="hour", belongs_to=before)
    ytd = [round(base * 2080 * f, 2) for f in (0.91, 0.97, 0.93)]
    ot = [round(rng.uniform(600, 2400), 2) for _ in range(3)]
    raise_to = _no_pay(g, round(base * 1.03, 2), 0.05)
    last = _no_pay(g, round(rng.uniform(0.5, 0.9), 2), 0.05)
    diff = _no_pay(g, rng.choice((1.25, 1.5, 1.75)), 0.25)
    person = rng.choice(("ANGELA M. RUIZ", "DEREK T. HOLM"))
    signer = rng.choice(("Tanya Brooks", "Glen Ostrowski"))
    g.must_not_appear += [person, signer, "How to fill in", "Employment likely to continue",
                          "Loan Processor"]
    fax = (f"TX 12/0{rng.randint(1, 4)}/2026 1{rng.randint(0, 5)}:{rng.randint(10, 59)}      FROM: "
           f"{short.split()[0].upper()} HR SVCS {rng.randint(3000000000, 9999999999)}      TO: "
           f"1816555{rng.randint(1000, 9999)}")
    return [f"{fax}      PG 2/4",
            "EMPLOYER VERIFICATION OF EMPLOYMENT AND INCOME - MORTGAGE",
            "Notice: the lender uses this information only to judge the applicant's mortgage "
            "request; it is shared with no one else unless the law requires it.",
            "How to fill in: the lender completes section A; the employer completes section B "
            "(current job) or C (former job) and signs section D.",
            "SECTION A - FROM THE LENDER",
            "Employer (to)                                  Lender (from)",
            f"{printed.upper()}               {lender}",
            f"Human Resources, {town}                       {rng.randint(100, 999)} Main St, Suite "
            f"{rng.randint(2, 9)}00",
            f"Requested by  J. Carver, Loan Processor      Sent  11/2{rng.randint(0, 9)}/2026",
            f"Applicant   {person}, {town}     Applicant's authorization: signed, attached",
            "SECTION B - CURRENT EMPLOYMENT",
            f"B1 Hire date 0{rng.randint(1, 9)}/12/2019     B2 Current job title  {job} II     "
            "B3 Employment likely to continue?  Yes",
            "B4 Base pay now (amount; tick one)   [ ] Yearly  [ ] Monthly  [X] Hourly  [ ] Weekly"
            f"  [ ] Other   $ {base:.2f}",
            "B5 Military only:  Grade ___  Base ___  Quarters ___  Clothing ___  Rations ___"
            "  Flight/Hazard ___",
            "B6 Gross pay received",
            "Kind        2026 to 11/30           2025 full year    2024 full year",
            "Regular     " + "   ".join(f"$ {_grouped(v)}" for v in ytd),
            "Overtime    " + "   ".join(f"$ {_grouped(v)}" for v in ot),
            "Commission  —   —   —",
            "All         " + "   ".join(f"$ {_grouped(round(a + b, 2))}"
                                        for a, b in zip(ytd, ot, strict=True)),
            "B7 Will overtime go on?  [X] Yes   Bonus?  [X] No",
            "B8 Usual weekly hours (hourly staff)  40",
            f"B9 Next raise  07/2027, about 3% (approx. ${raise_to:.2f}/hr)     B10 Last raise  "
            f"${last:.2f}/hr",
            "B11 Comments",
            f"Moved internally from {before} to {job} II in 2022. Evening shifts earn a "
            f"${diff:.2f}/hr differential on top of the base pay.",
            "SECTION C - FORMER EMPLOYMENT",
            f"C1 Position held  {before}     C2 Ended 2022 (internal move)     C3 Pay when it ended"
            f"  Base ${prev:.2f}/hr",
            f"SECTION D - SIGNED FOR THE EMPLOYER  /s/ {signer}, HR Verification Specialist",
            "Form VOE-E (0S/2O25)   Fannle Mae-style",
            f"{fax}      PG 3/4",
            f"{printed.upper()} - POSITION DESCRIPTION (sent at the lender's request)",
            f"Title: {job} II     Job Code: {rng.randint(30000, 49999)}     FLSA: Non-exempt",
            f"Grade: {g2}     Range: {_usd(low2)} - {_usd(high2)} per hour",
            "Summary",
            f"{duties[0]} and {duties[1]} at a {rng.randint(120, 480)}-bed {kind}.",
            "Knowledge and skills",
            "; ".join(skills) + ".",
            f"Career ladder{job} I (Grade {g1}, {_usd(low1)} - {_usd(high1)}) > {job} II > "
            f"{supervisor} (Grade {gs}, {_usd(lows)} - {_usd(round(lows * 1.5, 2))}) > {manager}",
            f"Certification: {cert} within 12 months of hire",
            f"{fax}      PG 4/"]


# --------------------------------------------------------------------------------------
# An employer's recruiting chatbot conversation for one job
# --------------------------------------------------------------------------------------
# (the chain (printed, short), what it is (its sector) and the sector, the town, the zip, the
#  role, the two stores, two other titles with their stores, the cut title (`optional`), the
#  duties (`optional`), the asks (skills) and the certification (`optional`), the lead and the
#  manager above, two lateral posts, the bot's and the interviewer's names (must not appear))
_BOTWIDGET = (
    (("Harvest Lane Foods, Inc.", "Harvest Lane Foods"), "an employee-owned supermarket chain "
     "with 85 stores in Michigan", "Supermarket", "Grand Rapids, MI", "49503", "Produce Clerk",
     ("Store #118 Leonard St", "Store #131 Cascade"),
     (("Deli Clerk", "Store #118 Leonard St"), ("Front End Cashier", "Store #131 Cascade")),
     "Seafood Counter Apprentice",
     ("cull and rotate the fruit and vegetables", "set the wet rack", "build the displays"),
     ("Knife handling", "Customer service", "Attention to detail", "Punctuality"),
     "Food handler card", "Produce Team Lead", "Produce Manager", ("Floral Clerk", "Stocker"),
     ("Maya", "Dana")),
    (("Bluebird Pharmacy & Market, LLC", "Bluebird Pharmacy & Market"), "a neighborhood drugstore "
     "and grocery chain with 60 stores in Tennessee", "Drugstore", "Knoxville, TN", "37917",
     "Pharmacy Cashier", ("Store #42 Broadway", "Store #57 Fountain City"),
     (("Beauty Advisor", "Store #42 Broadway"), ("Photo Lab Clerk", "Store #57 Fountain City")),
     "Pharmacy Technician Trainee",
     ("ring up the prescriptions at the drive-thru", "check the customer's date of birth",
      "keep the will-call bins in order"),
     ("Cash handling", "Customer service", "Confidentiality", "Multitasking"),
     "Pharmacy technician license", "Pharmacy Shift Lead", "Assistant Pharmacy Manager",
     ("Front End Cashier", "Inventory Associate"), ("Rosie", "Tom")),
)


def _botwidget(rng: random.Random, g: Guide) -> list[str]:
    """A chain's careers-site chat widget: the site menu, breadcrumb, the widget's header and
    online dot, time stamps glued to the sender, emoji, quick replies, the candidate's messages
    (no facts), the screening questions, the interview booking with the manager, the vendor
    line and footer (chrome or must not appear), the chain's description (employs; a sector),
    the job list (the role at two stores: the role's pay with each store; two other titles'
    pay theirs; one cut), the job's card (the pay the role's, the premium no pay; duties
    `optional`, the asks skills and the certification `optional`), the bot's answer with the
    lead's pay (theirs) and the path (a ladder) and a lateral answer (two lateral moves)."""
    ((printed, short), what, sector, town, zipcode, job, (store1, store2),
     ((o1, o1store), (o2, o2store)), cut, duties, skills, cert, lead, manager, (lat1, lat2),
     (bot, boss)) = rng.choice(_BOTWIDGET)
    occupy(g, job, ladder=[job, lead, manager], transitions=[lat1, lat2])
    _legal(g, printed, short)
    _facts(g, list(skills), [], [sector], [cert, cut, *(_cap(d) for d in duties),
                                           "Store Manager", "Order picker"])
    low = round(rng.uniform(15, 17.5) * 4) / 4
    high = low + rng.choice((1.5, 2.0, 2.5))
    _salary(g, low, high, "USD", period="hour", region=f"{store1}, {town}")
    other = low + rng.choice((0.5, 0.75, 1.0))
    _salary(g, other, other, "USD", period="hour", region=store2)
    p1 = low - rng.choice((0.75, 1.0, 1.25))
    _salary(g, p1, p1, "USD", period="hour", region=o1store, belongs_to=o1)
    p2 = low - rng.choice((1.5, 1.75, 2.0))
    _salary(g, p2, p2, "USD", period="hour", region=o2store, belongs_to=o2)
    llow = high + rng.choice((1.5, 2.0, 2.5))
    _salary(g, llow, llow + 2.5, "USD", period="hour", belongs_to=lead)
    premium = _no_pay(g, rng.choice((0.75, 1.0, 1.25)), 0.25)
    vendor = rng.choice(("TalkHire", "ChatRecruit"))
    stamp = f"{rng.randint(6, 9)}:{rng.randint(10, 40)} PM"
    g.must_not_appear += [bot, boss, "Support office", "Start applying",
                          "Reply CHANGE"]
    return [f"{short} Careers    Jobs   Stores   Benefits   Students   Our Story      Search 🔍",
            f"Home > Store Jobs > {town}",
            f"Jobs close to home. {short} is {what}.",
            f"[Chat with {bot}]",
            f"{bot} · {short} Careers Assistant   ● Online                            —  ✕",
            f"{bot}{stamp}",
            f"Hey there, {bot} here 👋 I find openings at {short} and help you apply. Which "
            "kind of job interests you: in a store, at a warehouse, or at the support office?",
            "[ In a store ]  [ Warehouse ]  [ Support office ]",
            f"You{stamp}",
            "In a store",
            f"{bot}{stamp}",
            "Nice! What's your ZIP? I'll show what's close by.",
            f"You{stamp}",
            zipcode,
            f"{bot}{stamp}",
            f"Openings close to {zipcode} ({town}) 📍",
            f"• {job} – {store1} – {_usd(low)}–{_usd(high)}/hr",
            f"• {o1} – {o1store} – {_usd(p1)}/hr",
            f"• {o2} – {o2store} – {_usd(p2)}/hr",
            f"• {job} – {store2} – {_usd(other)}/hr",
            f"• {cut} – {store1} – $1",
            "[ More jobs ]",
            f"You{stamp}",
            f"{job} – {store1.split()[0]} {store1.split()[1]}",
            f"{bot}{stamp}",
            f"All about {job} ✨",
            f"💵 Pay: {_usd(low)} - {_usd(high)} an hour depending on experience, plus a "
            f"{_usd(premium)}/hr weekend premium",
            "🕙 Schedule: 5 AM - 1:30 PM, 5 days a week including one weekend day",
            f"📦 What you'll do: {', '.join(duties)}",
            f"✅ What we look for: {', '.join(s.lower() for s in skills)}. {cert} is a plus!",
            "🎁 Perks: store discount, 401(k) match, pay every week",
            "Anything you'd like to ask first?",
            "[ Start applying ]  [ I have a question ]",
            f"You{stamp}",
            "how much do leads make",
            f"{bot}{stamp}",
            f"Good question! {_plural(lead)} here are paid {_usd(llow)} - {_usd(llow + 2.5)}/hr. "
            f"After 6 months you can apply for {lead}, and from there {manager}.",
            f"You{stamp}",
            "can i do something else in the store later",
            f"{bot}{stamp}",
            f"Sure! {_plural(job)} can move to {lat1} or {lat2} when there is an opening at "
            "your store.",
            f"{bot}{stamp}",
            "Three short questions and you're done. 1️⃣ Are you 16 or older?  [ Yes ] [ No ]",
            f"You{stamp}",
            "Yes",
            f"{bot}{stamp}",
            "2️⃣ Any store or warehouse experience?",
            f"You{stamp}",
            "yeah i did warehouse work, i was an order picker",
            f"{bot}{stamp}",
            f"Looks like a fit! 🎉 Interview booked: {job}, Thu Dec 10, 3:00 PM, with {boss} "
            "(Store Manager). Need another time? Reply CHANGE.",
            "Write a message…                                                  ➤",
            f"Chat by {vendor} · Privacy · Terms · Reply STOP to end texts.",
            f"© 2026 {printed} · Equal opportunity employer · Accessibility"]


# (the provider (printed, short), the sector, the towns, the keyword, the role with its
#  certified title, abbreviation and the uncertified abbreviation (aliases), the setting, the
#  skills and their tools, the musts (`optional`), the ladder above (Senior and two more), the
#  top's name in full (an alias of it, `optional`), two moves in, two other titles (hourly and
#  yearly), the bot, the candidate and the recruiter (must not appear))
_BOTSMS = (
    (("Harborview Home Care Agency, Inc.", "Harborview Home Care"), "Home care",
     "Portland & Gresham, OR", "CARE", "Home Health Aide", "Certified Home Health Aide",
     "CHHA", "HHA", "in the clients' homes across the east side",
     (("Personal care", ""), ("Meal preparation", ""), ("Medication reminders", ""),
      ("Patient transfers", "Hoyer lift"), ("Visit notes", "AxisCare")),
     ("18+", "a car", "a clean background check"),
     ("Senior HHA", "Care Coordinator", "RN Case Manager"), "Registered Nurse Case Manager",
     ("Caregiver", "Nursing Assistant"), (("Scheduler", 20), ("Staffing Manager", 52_000)),
     ("Lumi", "Casey", "Recruiting Specialist")),
    (("Riverbend Learning Center, LLC", "Riverbend Learning Center"), "Early childhood "
     "education", "Boise & Meridian, ID", "TEACH", "Preschool Teacher Aide",
     "Certified Preschool Teacher Aide", "CPTA", "PTA", "in our two centers and the summer camp",
     (("Classroom management", ""), ("Lesson planning", ""), ("Child observation", ""),
      ("Parent messaging", "Brightwheel"), ("Attendance records", "Procare")),
     ("18+", "a diploma", "a clean background check"),
     ("Senior CPTA", "Lead Teacher", "ECE Director"), "Early Childhood Education Director",
     ("Nanny", "Camp Counselor"), (("Cook", 17), ("Enrollment Coordinator", 44_000)),
     ("Pip", "Riley", "Talent Partner")),
)


def _botsms(rng: random.Random, g: Guide) -> list[str]:
    """A provider's text-to-apply SMS thread: the phone header, the keyword, the opt-out line,
    the name exchange, the candidate's messages (no facts), the link preview, the application
    and interview lines with the recruiter's title and "Delivered" (chrome or must not
    appear), the job's rundown (the role; its certified and uncertified names aliases; the
    skills with their tools; the musts `optional`), pay by certification (the certified rate
    the role's at the certified level, the uncertified rate the role's at that level), the paid
    training course's rate (the role's at Training course), mileage, a sign-on bonus, drive time
    and the exam fee (no pay), the path (a ladder) with the Senior's pay (the role's at Senior)
    and the top's yearly range (theirs), moves in from the candidate's question and other jobs
    (an hourly and a yearly title, theirs)."""
    ((_full, short), sector, towns, keyword, job, certified, abbr, plain, setting, skills,
     musts, (senior, coord, top), top_full, (came1, came2), ((h_title, h_pay), (y_title, y_low)),
     (bot, person, recruiter_title)) = rng.choice(_BOTSMS)
    occupy(g, job, ladder=[job, senior, coord, top], moves_in=[came1, came2])
    _spell(g, certified, abbr, plain)
    g.employers.append(short)
    _facts(g, [name for pair in skills for name in pair if name], [], [sector],
           [*musts[1:], top_full, recruiter_title])
    cert_low = round(rng.uniform(18, 21))
    cert_high = cert_low + rng.choice((3, 4))
    _salary(g, cert_low, cert_high, "USD", period="hour", level=abbr)
    base = cert_low - rng.choice((2, 3))
    _salary(g, base, base, "USD", period="hour", level=f"{plain} (without the {abbr})")
    course = base - rng.choice((3, 4))
    _salary(g, course, course, "USD", period="hour", level="Training course")
    senior_low = cert_high + 1
    _salary(g, senior_low, senior_low + 2, "USD", period="hour", level="Senior")
    tlow = rng.randrange(62_000, 80_000, 1000)
    _salary(g, tlow, tlow + 12_000, "USD", belongs_to=top)
    _salary(g, h_pay, h_pay, "USD", period="hour", belongs_to=h_title)
    _salary(g, y_low, y_low + 4000, "USD", belongs_to=y_title)
    mileage = _no_pay(g, rng.choice((0.58, 0.62, 0.67)), 0.01)
    bonus = int(_no_pay(g, rng.choice((300, 500, 750)), 50))
    link = f"{short.split()[0].lower()}.hire.ly/a/{rng.randint(1000, 9999)}K"
    g.must_not_appear += [bot, person, "Text STOP", "Delivered", link]
    return ["‹ Messages                 " + str(rng.randint(50000, 59999)) + "                  ⓘ",
            f"                    Text Message · Today {rng.randint(5, 8)}:"
            f"{rng.randint(10, 59)} PM",
            keyword,
            f"{short} here 👋 I'm {bot}, an automated recruiting assistant 🤖 Ask me anything "
            "or book an interview. Text STOP to unsubscribe, INFO for info.",
            "First, what should I call you?",
            person,
            f"Thanks {person}! This is about our {job} ({abbr}/{plain}) jobs in {towns}. Shall I "
            "send a summary? Answer Y or type a question.",
            "y",
            f"📋 {job} ({abbr}/{plain})",
            f"You'll work {setting}. We are {_an(sector.lower())} provider and train you as a "
            f"{certified} ({abbr}).",
            "Skills we look for: " + ", ".join(f"{s.lower()} ({t})" if t else s.lower()
                                                for s, t in skills) + " and a kind heart",
            f"Required: {', '.join(musts)}",
            "Shifts run 4-12 hours, part-time or full-time",
            "pay?",
            "💰 It depends on your certificate:",
            f"• {abbr}s: ${cert_low}-${cert_high}/hr",
            f"• {plain}s not yet certified: ${base}/hr, raised once you're certified",
            f"• While you take the 75-hour {abbr} course we pay ${course}/hr; the exam is on us",
            f"Plus ${mileage:.2f}/mile between clients, a ${bonus} sign-on bonus after 60 days, "
            "and drive time is paid too; pay is weekly 🙌",
            f"{short.split()[0].lower()}.com/careers{short} Careers | Jobs in "
            f"{towns.split(',')[0]}",
            "can i move up later",
            f"Yes! 🎓 Our path: {plain} → {abbr} → {senior} → {coord} → {top}. {_plural(senior)} "
            f"make ${senior_low}-${senior_low + 2}/hr and train new staff. {_plural(top)} "
            f"({top_full}) start at {_usd(tlow)}-{_usd(tlow + 12_000)}/yr.",
            f"i was a {came1.lower()} before, does that count",
            f"Definitely! Many of our staff were {_plural(came1.lower())} or "
            f"{_plural(came2.lower())} before 💙",
            "anything else open?",
            f"We're also hiring a {h_title} (${h_pay}/hr) and {_an(y_title)} (salary "
            f"${y_low // 1000}K-${(y_low + 4000) // 1000}K). Reply JOBS for links.",
            f"ok the {plain} one",
            f"Finish applying here (about 3 min): https://{link}",
            f"Got it, {person} ✅ Video interview set: Thu 12/10, 10:30 AM, with our "
            f"{recruiter_title}.",
            "Delivered"]


# --------------------------------------------------------------------------------------
# A unionised workplace's internal job bid posting
# --------------------------------------------------------------------------------------
# (the employer and the site, the union local (`optional`), the department, the line of
#  progression's rungs below the job (one under two names, the second `optional`), the job
#  (the role) and its printed form, the salaried top, the skills, the certificate
#  (`optional`), two bidders' present jobs outside the line (`optional`), the backfill's
#  posting title, another title posted and the cut one (`optional`))
_BIDMILL = (
    ("Cascade Fiber Products Company", "Longview Mill", "Steelworkers Local 8-512",
     "Pulp Mill No. 2 (kraft line)",
     ("Utility Operator", ("Chip Handler", "Yard Spotter"), "Washer Operator",
      "Bleach Plant Operator", "Assistant Digester Operator"),
     "Digester Operator", "DIGESTER OPERATOR (PM2)", "Pulp Mill Shift Supervisor",
     ("DCS (ABB 800xA)", "Kappa number control", "Cooking liquor chemistry", "Blow tank "
      "operation", "Confined space entry"),
     "Pulp Manufacturing Certificate Level 2", ("Millwright A", "Pipefitter"),
     ("Instrument Mechanic", "Lab Tester")),
    ("Granite Falls Board Company", "Corrugator Plant", "Paperworkers Local 1-309",
     "Corrugator Department (BHS line 1)",
     ("Roll Handler", ("Splicer Helper", "Glue Mixer"), "Single Facer Operator",
      "Double Backer Operator", "Assistant Corrugator Operator"),
     "Corrugator Operator", "CORRUGATOR OPERATOR (LINE 1)", "Corrugator Department Supervisor",
     ("BHS line controls", "Splice setup", "Warp control", "Starch adhesive mixing",
      "Lockout/tagout"), "Forklift certification", ("Maintenance Electrician", "Truck Driver"),
     ("Die Cutter Operator", "Baler Operator")),
)


def _bidmill(rng: random.Random, g: Guide) -> list[str]:
    """A mill's union job posting and bid sheet: the mill and union header, the posting
    number, the agreement's article, the dates and copies, the schedule, the vacancy reason,
    the bidders' names, clock numbers, seniority dates and initials, the signatories and the
    form line (chrome or must not appear), "JOB: X  JOB CLASS: N  RATE: $r/hr" (the role at its
    class, the role's; the rate on award the same pay), the line of progression with each
    rung's class and rate (a ladder; each rung's rate theirs; one rung under two names, the
    second `optional`; the salaried top no figure), the qualifications ("must presently hold"
    the rung below: the ladder's edge; the skills; the certificate `optional`), the bidders'
    present jobs outside the line (`optional`: a bid is no move), the award and the backfill
    and the week's other postings (the rung below again: no new figure; another title's rate
    theirs; one cut)."""
    (firm, site, union, dept, (r1, (r2, r2b), r3, r4, r5), job, printed_job, top, skills, cert,
     (outside1, outside2), (other, cut)) = rng.choice(_BIDMILL)
    occupy(g, job, ladder=[r1, r2, r3, r4, r5, job, top])
    g.employers.append(firm)
    # "DCS (ABB 800xA)": the system and its make in parentheses are two skills
    _facts(g, [part.rstrip(")") for item in skills for part in item.split(" (")], [], [],
           [r2b, cert, outside1, outside2, union, cut])
    cls = rng.choice((20, 22, 24))
    rates = [round(rng.uniform(27, 29), 2)]
    for _ in range(5):
        rates.append(round(rates[-1] + rng.uniform(1.2, 2.4), 2))
    rate = rates[-1]
    _salary(g, rate, rate, "USD", period="hour", level=f"Job Class {cls}", region=site)
    for rung, pay in zip((r1, r2, r3, r4, r5), rates, strict=False):
        _salary(g, pay, pay, "USD", period="hour", belongs_to=rung)
    opay = round(rate + rng.uniform(0.8, 2.5), 2)
    _salary(g, opay, opay, "USD", period="hour", belongs_to=other)
    classes = [cls - 10 + 2 * i for i in range(5)]
    line = " - ".join(f"{r} (JC {c}, {_usd(p)})" for r, c, p in zip(
        (r1, f"{r2} / {r2b}", r3, r4, r5), classes, rates, strict=False))
    bidders = [("A. Kowalczyk", r5), ("M. Ferreira", f"{r5} (relief)"), ("J. Oduya", outside1),
               ("S. Larsen", outside2)]
    steward = rng.choice(("B. Haugen", "C. Ruiz"))
    no = rng.randint(100, 180)
    g.must_not_appear += [bidders[0][0], "HR Generalist", "Union Steward", "Red-circled",
                          "BIDDING CLOSED", "payroll office"]
    return [f"{firm.upper()} - {site.upper()}                           {union.upper()}",
            f"VACANCY BID POSTING                                        No. 2026-{no}",
            "Under Art. 12 of the 2025-2030 contract; up for five workdays on every department "
            "board.",
            "Up: Mon 11/30/2026 07:00      Down: Mon 12/07/2026 07:00      Sent to: department "
            "board, union office, payroll office",
            f"DEPARTMENT: {dept}      PROGRESSION LINE: {dept.split(' (')[0]}",
            f"JOB: {printed_job}      JOB CLASS: {cls}      RATE: {_usd(rate)}/hr (wage appendix, "
            "from 06/01/2026)",
            "SHIFT: 12-hour rotation, C crew      OPEN BECAUSE OF: a promotion",
            "PROGRESSION LINE (appendix B)",
            f"{line} - {printed_job.split(' (')[0]} (JC {cls}, {_usd(rate)}) - {top} (staff job, "
            "outside the unit)",
            "WHO MAY BID",
            f"Bidders must now hold {r5}, or show 1,500 hours of relief as {job} in the past two "
            "years.",
            f"Know-how needed: {', '.join(skills)}. {cert} preferred.",
            "The job goes to the most senior bidder who qualifies (mill seniority), then 30 "
            "worked days of trial at the job's rate. Red-circled pay does not follow the "
            "employee.",
            "BIDS - add your clock no.; no late bids.",
            "#  | Bidder         | Clock # | Job now                      | Mill seniority | "
            "Initials",
            *(f"{i}  | {n} | {rng.randint(40000, 49999)} | {j} | "
              f"0{rng.randint(1, 9)}/1{rng.randint(0, 9)}/20{rng.randint(0, 19):02d} | "
              f"{n[0]}{n.split()[1][0]}" for i, (n, j) in enumerate(bidders, 1)),
            "5  |                |         |                              |                |",
            "AWARD (HR use only)",
            f"Job goes to: {bidders[0][0]}   Starts: Sun 12/13/2026   Rate on award: "
            f"{_usd(rate)}",
            f"Refill: {r5} - Posting 2026-{no + 1}      Bid #3 fails (no time in the line)",
            f"Union Steward: {steward} ______   Dept. Manager: ______   HR Generalist: ______",
            f"POSTED THE SAME WEEK: 2026-{no + 1} {r5} (JC {classes[-1]}, {_usd(rates[-2])})  |  "
            f"2026-{no + 2} {other} (Maint., JC {cls + 2}, {_usd(opay)})  |  2026-{no + 3} {cut} "
            "(JC 9, $2",
            "Form HR-22 (1/2025)          1 / 1          === BIDDING CLOSED ==="]


# (the health system (printed, the hospital name as a spelling), the hospital's kind (a
#  sector), the union unit (`optional`), the classification (the role), its abbreviation (an
#  alias), the class codes, the unit, the duties (no skills), the skills, the course
#  (`optional`), the lower class with a range and one without (moves in), the Lead class, the
#  lateral class, a bidder's class outside (`optional`), the related bid's title and the cut
#  one (`optional`))
_BIDESS = (
    (("Ridgeview County Health Services", "Ridgeview County Hospital"),
     "county teaching hospital", "AFSCME Local 1184 Unit C", "Pharmacy Technician", "CPhT",
     "4 North Inpatient Pharmacy", ("Fills the automated dispensing cabinets",
                                    "prepares the IV admixtures", "delivers the first doses"),
     ("Sterile compounding", "Omnicell", "Pharmacy calculations", "Epic Willow",
      "Inventory control"), "a sterile compounding course",
     (("Pharmacy Aide", 2110), ("Materials Handler", 1350)), "Lead Pharmacy Technician",
     ("IV Room Technician", 3318), "Central Supply Technician",
     ("Pharmacy Buyer", "Pharmacy Aide II")),
    (("Mesa Verde Regional Health", "Mesa Verde Regional Medical Center"),
     "regional trauma center", "Teamsters Local 455 Technical Unit", "Surgical Technologist",
     "ST", "Main OR (14 suites)", ("Sets up the sterile field", "passes the instruments",
                                   "counts the sponges and the sharps"),
     ("Aseptic technique", "Instrument handling", "Surgical counts", "Case picking in "
      "Cerner", "Equipment setup"), "a surgical technology program",
     (("Sterile Processing Technician", 2420), ("Patient Care Technician", 1460)),
     "Lead Surgical Technologist", ("Cardiac Surgical Technologist", 3372),
     "Unit Secretary", ("Anesthesia Technician", "OR Aide")),
)


def _bidess(rng: random.Random, g: Guide) -> list[str]:
    """A hospital's internal bid page in its employee self-service: the ESS menu, the
    employee number, breadcrumb, the article, bid number and dates, the shift and FTE, the
    award rules, the results' names, seniority and results, the grievance line, the backfill
    bid and the footer (chrome or must not appear), "Classification: X  Class code: N  Pay
    range: R" (the role at its range), "Rate of pay: Step 1 $a/hr - Step 6 $b/hr ($c - $d
    biweekly …)" (the role's; the biweekly figures the same pay), differentials (no pay), a
    glued "About the unit…" (the hospital a spelling of the employer; its kind a sector),
    duties from the class specification (no skills), qualifications (the course `optional`),
    knowledge and skills, a glued "How bids are awarded…" (the lower classes moves in, one's
    range theirs; the Lead class's range the role's at Lead and a move up; "often bid to" a
    lateral move), the results with the awarded bidder's retained step (the role's at that
    step) and related bids (another title's range theirs, one cut)."""
    ((system, hospital), kind, union, job, abbr, unit, duties, skills, course,
     ((lower1, code1), (lower2, code2)), lead, (lateral, lat_code), outside,
     (related, cut)) = rng.choice(_BIDESS)
    occupy(g, job, leads=[lead], transitions=[lateral], moves_in=[lower1, lower2])
    _spell(g, abbr)
    _legal(g, hospital, system)
    _facts(g, [*skills, "Working calmly under pressure"], [], [_cap(kind)],
           [union, course, outside, cut])
    code = rng.randrange(2200, 2300)
    rng_no = rng.randrange(20, 28)
    low = round(rng.uniform(21, 26), 2)
    high = round(low * 1.26, 2)
    _salary(g, low, high, "USD", period="hour", level=f"Pay range {rng_no}")
    steps = [round(low + (high - low) * i / 5, 2) for i in range(6)]
    step = rng.choice((3, 4, 5))
    _salary(g, steps[step - 1], steps[step - 1], "USD", period="hour", level=f"Step {step}")
    llow = round(low * 0.86, 2)
    _salary(g, llow, round(llow * 1.25, 2), "USD", period="hour", belongs_to=lower1)
    leadlow = round(low * 1.1, 2)
    _salary(g, leadlow, round(leadlow * 1.26, 2), "USD", period="hour", level="Lead")
    rlow = round(low * rng.uniform(1.02, 1.08), 2)
    _salary(g, rlow, round(rlow * 1.26, 2), "USD", period="hour", belongs_to=related)
    night = rng.choice((8, 10, 12))
    weekend = _no_pay(g, rng.choice((1.5, 2.0, 2.5)), 0.25)
    bilingual = int(_no_pay(g, rng.choice((75, 100, 125)), 5))
    names = [("Okafor, J.", job), ("Lindgren, P.", lower1), ("Castillo, R.", lower2),
             ("Nakamura, T.", outside)]
    bid = f"26-0{rng.randint(300, 499)}"
    g.must_not_appear += [names[0][0], "Labor Relations", "Not awarded", "ESS v9.1",
                          "Job Bids"]
    return [f"{system} | Employee Self Service                 Welcome, employee "
            f"{rng.randint(100000, 199999)}   Sign out",
            "Paychecks   Timecard   My Benefits   Training   Job Bids   Handbook   Support",
            f"Job Bids › Clinical Support › {bid} (closed)",
            f"BID NOTICE - {union.upper()}",
            "Eligibility: members of the bargaining unit (Art. 9, vacancies)",
            f"Bid {bid}       Opens 11/2{rng.randint(0, 5)}/2026 07:30       Closes 12/01/2026 "
            "15:00       Result: Awarded",
            f"Classification: {job}       Class code: {code}       Pay range: {rng_no}",
            f"Unit: {unit}       Shift: Days 0700-1530       FTE 1.0 (80 hours a pay period)",
            f"Hourly rate: Step 1 {_usd(low)}/hr - Step 6 {_usd(high)}/hr ("
            f"{_usd(round(low * 80, 2))} - {_usd(round(high * 80, 2))} biweekly, full time)",
            f"Differentials: night {night}%, weekend {_usd(weekend)}/hr, bilingual premium "
            f"${bilingual} each pay period",
            f"About the unit{unit.split(' (')[0]} serves the patients of {hospital}, "
            f"{_an(kind)}.",
            f"Class duties{'; '.join(duties)}.",
            f"Minimum qualificationsA year of hospital work and {course}.",
            f"Knowledge and skills{'; '.join(skills)}; working calmly under pressure.",
            "How bids are awardedSeniority decides among qualified bidders. A lateral move "
            f"inside class {code} keeps the step. Bidders moving up from a lower class "
            f"({lower1}, class {code1}, {_usd(llow)} - {_usd(round(llow * 1.25, 2))}; {lower2}, "
            f"class {code2}) are placed at the first step that raises them 5% or more. {lead} "
            f"(class "
            f"{code + 1}, range {rng_no + 2}) pays {_usd(leadlow)} - "
            f"{_usd(round(leadlow * 1.26, 2))}. {_plural(abbr)} often bid to {lateral} (class "
            f"{lat_code}) later on.",
            "RESULTS (published 12/03/2026)",
            "# | Employee | Present class | Area | Unit seniority | Outcome",
            f"1 | {names[0][0]} | {names[0][1]} | 3 South | 05/2016 | AWARDED - lateral, Step "
            f"{step} {_usd(steps[step - 1])} kept",
            *(f"{i} | {n} | {c} | Float pool | 0{i}/201{i} | Not awarded (seniority)"
              for i, (n, c) in enumerate(names[1:], 2)),
            "Grieve within 10 workdays of the results (Art. 7). Labor Relations: "
            f"x{rng.randint(4000, 4999)}.",
            f"Refill of the 3 South spot: {job}, Evenings, 3 South - bid 26-0"
            f"{rng.randint(500, 599)}",
            f"Related bids  Bid 26-0{rng.randint(600, 699)} {related}, {_usd(rlow)} - "
            f"{_usd(round(rlow * 1.26, 2))}  |  Bid 26-0{rng.randint(700, 799)} {cut}, $2",
            f"© 2026 {system}  |  ESS v9.1  |  For internal use only"]


# --------------------------------------------------------------------------------------
# A public employment service's job referral of a jobseeker to one vacancy
# --------------------------------------------------------------------------------------
# (the vacancy's title (the role), the employer (printed, short), the agency that advertised
#  it (`optional`), the place, what the employer does (two sectors), the duties (`optional`),
#  the asks (skills), the card and the ticket (`optional`), the move in, the next two rungs,
#  two other titles with their towns and the cut one (`optional`), the course, the claimant
#  and the coach (must not appear))
_PESJOURNAL = (
    ("Scaffolder", ("Ribble Access Ltd", "Ribble Access"), "Northgate Trades Recruitment",
     "Preston, Lancashire PR2", ("Scaffolding", "Industrial access"),
     "a scaffolding and industrial access contractor working for the chemical plants and the "
     "housebuilders of Lancashire",
     ("Tube and fitting scaffolds", "system scaffolds", "loading bays", "edge protection"),
     ("Working at height", "Harness use", "Reading scaffold drawings", "Tube and fitting",
      "Teamwork"), "CISRS card", "CISRS Part 1", "Scaffolding Labourer",
     ("Advanced Scaffolder", "Scaffold Supervisor"),
     (("Roofer", "Blackburn"), ("Steel Erector", "Chorley")), "Cladding Fixer",
     "CISRS COTS course", ("Jamie", "Priya")),
    ("Forklift Driver", ("Humber Cold Store Ltd", "Humber Cold Store"), "Estuary Staffing",
     "Hull, East Yorkshire HU9", ("Cold storage", "Food logistics"),
     "a cold storage and food logistics firm working for the supermarkets and the fish "
     "processors of the Humber",
     ("Loading the trailers", "putting away the pallets", "stock counts", "picking to order"),
     ("Counterbalance forklift", "Reach truck", "Handheld scanners", "Stock rotation",
      "Timekeeping"), "forklift licence", "RTITB reach truck", "Warehouse Operative",
     ("Shift Leader", "Warehouse Supervisor"),
     (("Picker Packer", "Goole"), ("HGV Class 2 Driver", "Beverley")), "Yard Shunter",
     "RTITB counterbalance course", ("Darren", "Helen")),
)


def _pesjournal(rng: random.Random, g: Guide) -> list[str]:
    """A work coach's journal entry in a benefits account: the service header and menu, the
    beta banner, the entry header, the claimant commitment and sanction lines, the support
    fund's course price, the claimant's reply, the to-do list, the payment line and footer
    (chrome or must not appear), the vacancy (the role; the employer employs it, the agency
    that advertised it `optional`), the pay with the ticket rate (the role's with the place,
    at the ticket) and the weekly figure (the same pay), the advert copied with glued lines
    (two sectors, duties `optional`, the asks skills, the card `optional`, labourers "looking
    to step up" a move in), the progression (a ladder) with the next rung's "start from" floor
    (theirs) and the other vacancies the coach looked at (two other titles' pay theirs with
    their towns, one cut)."""
    (job, (printed, short), agency, place, sectors, what, duties, skills, card, ticket, came,
     (rung2, rung3), ((o1, t1), (o2, t2)), cut, course, (claimant, coach)) = rng.choice(
        _PESJOURNAL)
    occupy(g, job, ladder=[job, rung2, rung3], moves_in=[came])
    _legal(g, printed, short)
    _facts(g, list(skills), [], list(sectors),
           [agency, card, ticket, *(_cap(d) for d in duties), cut, "Work Coach"])
    rate = round(rng.uniform(12.6, 15.5) * 20) / 20
    _salary(g, rate, rate, "GBP", period="hour", region=place.rsplit(" ", 1)[0])
    ticketed = round(rate + rng.choice((1.0, 1.25, 1.5)), 2)
    _salary(g, ticketed, ticketed, "GBP", period="hour", level=f"With a {ticket} ticket")
    floor = round(ticketed + rng.choice((1.0, 1.5, 2.0)), 2)
    _salary(g, floor, None, "GBP", period="hour", belongs_to=rung2)
    p1 = round(rate + rng.choice((0.5, 1.0, 1.5)), 2)
    _salary(g, p1, p1 + 2, "GBP", period="hour", region=t1, belongs_to=o1)
    p2 = round(rate + rng.choice((1.5, 2.0, 2.5)), 2)
    _salary(g, p2, p2, "GBP", period="hour", region=t2, belongs_to=o2)
    weekly = _no_pay(g, round(rate * 40, 2), 0.5)
    fund = int(_no_pay(g, rng.randrange(300, 500, 5), 5))
    payment = _no_pay(g, round(rng.uniform(380, 460), 2), 1)
    g.must_not_appear += ["Universal Credit", "Claimant Commitment", "Flexible Support Fund",
                          claimant, coach, "Mark as done"]
    ref = rng.randint(14000000, 19999999)
    return ["GOV.UK                                                 Universal Credit account",
            "Overview    Journal    Tasks    Payments    Claimant Commitment    Profile    Log out",
            "BETA  A new service - your feedback helps us make it better.",
            "Journal",
            "‹ All journal entries",
            f"Work coach message · Tuesday 1 December 2026 at {rng.randint(9, 11)}:"
            f"{rng.randint(10, 59)}am",
            "Job referral: apply for the vacancy below",
            f"Hello {claimant}, following today's appointment I have found a job that suits your "
            f"{card} and the work you described. Apply before Monday 7 December and post in your "
            "journal once you have.",
            f"Job title: {job}",
            f"Employer: {printed} (the advert was placed on Find a job by {agency})",
            f"Location: {place} (site based)",
            "Hours: 40 a week, Monday to Friday, occasional Saturdays at 1.5x",
            f"Pay: £{rate:.2f} an hour (£{ticketed:.2f} an hour with a {ticket} ticket), about "
            f"£{_grouped(weekly)} a week for 40 hours",
            f"Find a job ref: {ref}",
            "Terms: permanent contract, full-time",
            f"Apply by: CV to jobs@{agency.split()[0].lower()}.co.uk, quote "
            f"{job[:3].upper()}-{rng.randint(10, 99)}",
            f"Advert text (pasted){short} is {what}.We need {_plural(job.lower())} for a busy "
            f"winter.The work covers {', '.join(duties)}.",
            "Requirements:- A valid " + card + "- " + "- ".join(skills)
            + f"- {_plural(came)} who want to move up are welcome to apply",
            f"Chance to progress to {rung2} and then {rung3}. {_plural(rung2)} are paid from "
            f"£{floor:.2f} an hour.",
            "Under your Claimant Commitment you agreed to 35 hours of work search each week. "
            "Without a good reason for not applying, your Universal Credit could be cut (a "
            "sanction).",
            "Other jobs I checked for you (optional):",
            f"- {o1}, {t1}, £{p1:.2f} - £{p1 + 2:.2f} an hour",
            f"- {o2}, {t2}, £{p2:.2f} an hour, via an agency, ongoing",
            f"- {cut}, {place.split(',')[0]}, £1",
            f"If they invite you to interview, the Flexible Support Fund may cover your {course} "
            f"(around £{fund}). Best wishes, {coach} (Work Coach)",
            "Reply",
            "Tuesday 1 December 2026, 7:40pm - your reply:",
            "Done, sent it tonight, waiting for the agency to call",
            "Tasks",
            f"Apply for {job} - {printed}      By 7 December 2026      [ Mark as done ]",
            "Payments",
            f"Next payment: £{payment:.2f} on 14 December 2026.  View statement",
            "Help · Privacy · Cookies · Accessibility · DWP · © Crown copyright"]


# (the job order's title (the role, at level I), the employer (a county or city department:
#  printed, short), the worksite and town, the O*NET-SOC code and title (`optional`), the
#  duties (`optional`), the skills, the certification (`optional`), the next title, the
#  moves in, the region of the labour market figures, three matched job orders (two other
#  titles, the same title at another employer) with their towns, the cut one (`optional`))
_PESJOBBANK = (
    ("GIS Technician", ("Lyon County, Department of Planning", "Lyon County"),
     "410 W 6th Ave, Emporia, KS 66801", "Emporia", ("17-3031.01", "Surveying and Mapping "
                                                     "Technicians"),
     ("Keeps the parcel and the road layers up to date", "prints the zoning maps"),
     ("ArcGIS Pro", "GPS data collection", "Parcel mapping", "SQL", "Attention to detail"),
     "GISP", "GIS Analyst", ("Drafting Technician", "Survey Crew Member"),
     "East Central Kansas", (("CAD Drafter", "Topeka"), ("Title Examiner", "Emporia"),
                             ("Flint Hills Rural Electric", "Council Grove")),
     "Permit Technician"),
    ("Water Plant Operator", ("City of Hays, Public Works Department", "City of Hays"),
     "1000 Vine St, Hays, KS 67601", "Hays", ("51-8031.00", "Water and Wastewater Treatment "
                                              "Plant and System Operators"),
     ("Runs the lime softening process", "takes the daily samples"),
     ("SCADA", "Water chemistry", "Pump maintenance", "Lab testing", "Record keeping"),
     "Class II Water Operator certificate", "Chief Plant Operator",
     ("Utility Worker", "Lab Technician"), "Northwest Kansas",
     (("Meter Reader", "Russell"), ("Maintenance Mechanic", "Hays"),
      ("Ellis County Rural Water District", "Ellis")), "Wastewater Operator"),
)


def _pesjobbank(rng: random.Random, g: Guide) -> list[str]:
    """A state job bank's staff-assisted referral: the job bank menu and login line,
    breadcrumb, the referral number, type and status with the specialist's title, the
    openings, dates, the work search and benefit lines with the weekly benefit amount, the
    veterans' priority line, buttons and footer (chrome or must not appear), the job order
    (the title at level I: the role; the county or city employs it; the worksite's town as
    region), the O*NET-SOC occupation (`optional`), the wage with its grade (the role's at
    I), a glued job description (`optional`), glued required skills with pipes, the
    certification (`optional`), a glued career path (level II's range the role's at II, the
    next title a move up, earlier jobs moves in), the labour market information (the
    occupation's median in the region the role's point; a one-sided percentile, openings and
    growth no facts) and the matched job orders (two other titles' pay theirs, the same title
    at another employer: an employer and the role's with its town; one cut)."""
    (job, (printed, short), worksite, town, (soc, occupation), duties, skills, cert, up,
     (came1, came2), region, ((o1, t1), (o2, t2), (same_firm, same_town)), cut) = rng.choice(
        _PESJOBBANK)
    occupy(g, job, leads=[up], moves_in=[came1, came2])
    _legal(g, printed, short)
    g.employers.append(same_firm)
    _facts(g, list(skills), [], [], [f"{soc} {occupation}", *duties, cert, cut,
                                     "Workforce Specialist"])
    grade = rng.randrange(110, 125)
    low = round(rng.uniform(19, 24), 2)
    high = round(low * 1.25, 2)
    _salary(g, low, high, "USD", period="hour", level=f"I (Pay Grade {grade})", region=town)
    low2 = round(low * 1.13, 2)
    _salary(g, low2, round(low2 * 1.25, 2), "USD", period="hour",
            level=f"II (Grade {grade + 3})")
    median = round(low * rng.uniform(1.08, 1.16), 2)
    _salary(g, median, median, "USD", period="hour", point=True, region=region)
    p1 = round(low * 1.12, 2)
    _salary(g, p1, p1, "USD", period="hour", region=t1, belongs_to=o1)
    p2 = round(low * 0.75, 2)
    _salary(g, p2, p2, "USD", period="hour", region=t2, belongs_to=o2)
    sp = round(low * 0.97, 2)
    _salary(g, sp, round(sp * 1.12, 2), "USD", period="hour", region=same_town)
    tenth = _no_pay(g, round(low * 0.74, 2), 0.05)
    benefit = int(_no_pay(g, rng.randrange(420, 560), 1))
    user = rng.choice(("RJOHANSEN", "KPATEL"))
    specialist = rng.choice(("M. Okonjo", "L. Tran"))
    g.must_not_appear += [user, specialist, "Work Search Log", "weekly benefit amount",
                          "priority of service", "Send result"]
    return [f"KANSASWORKS-HUB  |  Dashboard   Referrals   Find Jobs   My Résumé   Work Search "
            f"Log   Inbox ({rng.randint(1, 4)})",
            f"Signed in: {user}   Workforce Center: {town}          Español | Sign out",
            f"Referrals › #R-{rng.randint(5000000, 5999999)}",
            "JOB REFERRAL",
            f"Referred on: 12/0{rng.randint(1, 4)}/2026     How: staff-assisted     By: "
            f"{specialist}, Workforce Specialist III",
            "Status: sent to employer - no result yet     Employer result expected: 12/18/2026",
            "Show this referral to the employer when you apply (paper or phone).",
            f"JOB ORDER {rng.randint(7000000, 7999999)}",
            f"Job title: {job} I",
            f"Employer: {printed}",
            f"Worksite: {worksite}",
            f"Occupation: {soc} {occupation} (O*NET-SOC)",
            "Openings: 1     Full time, permanent, days     Posted: 11/23/2026",
            f"Wage: {_usd(low)} - {_usd(high)} Hourly (Pay Grade {grade})     Benefits: pension, "
            "medical, dental, paid time off",
            "Schooling: diploma or GED     Experience: 12 months",
            f"Job description{duties[0]}; {duties[1]}.",
            f"Required skills and competencies{' | '.join(skills)}",
            f"Certifications: {cert} within 12 months of hire",
            f"Career path (from employer){job} I starts the series. After 18 months "
            f"comes {job} II (Grade {grade + 3}, {_usd(low2)} - {_usd(round(low2 * 1.25, 2))}), "
            f"then {up}. Time as {_an(came1.lower())} or {_an(came2.lower())} counts as "
            "experience.",
            f"Labor market information: {occupation}, {region} (2025 data)",
            f"Median wage {_usd(median)}/hr   |   Bottom 10% earn under {_usd(tenth)}/hr   |   "
            f"Openings a year: {rng.randint(40, 300)}   |   Growth: {rng.randint(10, 60) / 10}%",
            "Weekly contacts: this referral is one of the 3 contacts a week your unemployment "
            "claim needs. Write the outcome in your Work Search Log. Your weekly benefit amount: "
            f"${benefit}.",
            "Veterans and their eligible spouses get priority of service.",
            "More job orders that match your résumé (84% - 69%)",
            f"{o1}   {t1}   {_usd(p1)} Hourly",
            f"{o2}   {t2}   {_usd(p2)} Hourly",
            f"{job}   {same_firm}   {same_town}   {_usd(sp)} - {_usd(round(sp * 1.12, 2))} Hourly",
            f"{cut}   {town}   $2",
            "[ Print ]  [ Send result ]  [ Decline ]",
            "KANSASWORKS-HUB is an equal opportunity program. TTY: 711"]


(FAMILY53_RENDERERS, FAMILY53_LAYOUTS, FAMILY53_LADDER_LAYOUTS,
 FAMILY53_ALIAS_LAYOUTS) = variant_families({
    "persianmt": {"office": _iroffice, "factory": _irfactory},
    "mongolianmt": {"board": _mnboard, "classifieds": _mnclassified},
    "voeform": {"portal": _voeportal, "fax": _voefax},
    "hirebot": {"widget": _botwidget, "sms": _botsms},
    "bidsheet": {"mill": _bidmill, "ess": _bidess},
    "pesreferral": {"journal": _pesjournal, "jobbank": _pesjobbank},
})
