"""Generator renderers for the six page families of held-back set 44 (Slovak postings ...).

Held-back set 44 showed six more kinds of page users bring: a Slovak job posting read through
a browser translator (an employer's posting on a job portal with "1 080 - 1 140 EUR/month" and
the site's statistics, or a building firm's trades posting with "6,50 - 8,20 €/hour", diets
and piecework), a Malay posting read through a translator (a public-service vacancy with a
salary schedule "RM1,795.00 – RM7,430.00" for its grade, or a private employer's posting with
"RM 2,200 – RM 2,800 per month" and Malay words after the titles), a mortgage broker's
"mortgages for X" guide (a pay scale by grade beside income multiples and borrowing examples,
or a rotational worker's staff salary and contract day rate beside a lender's annualised day
rate), a tax-refund firm's flat-rate expense page for one occupation (a uniform claim or a
tools claim, its "typical pay" lines the pay), a job-share vacancy or a job-share register
profile (the FTE band the role's, the pro-rata amounts no pay) and an HR system's job profile
record (regional grade profiles with a midpoint, rated competencies, Previous / Next /
Lateral fields, or a university's role profile record with spine points and a career
pathway).  These renderers write such pages from a planned guide, two variants a family,
about occupations that fit them (occupy()); every fact the truth keeps is printed and what a
style does not state is cleared: surcharges, hardship allowances, the 13th and 14th salary,
diets, piecework "up to" earnings, increments, fixed allowances, COLA, attendance
allowances, income multiples, borrowing amounts, annualised day rates, London weighting,
joint incomes, flat-rate expenses, tax relief, fees, pro-rata shares, supplements,
midpoints, shift differentials and premiums stay out of the role's pay, other titles'
figures keep their owners, promotion within a scheme is no move, lenders, unions and tax
agents employ no one, rating words and HR record fields are chrome and people's names are
never roles.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from benchmarks.web_kit import (
    _an,
    _cents,
    _decimal_comma,
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

__all__ = ["FAMILY44_ALIAS_LAYOUTS", "FAMILY44_LADDER_LAYOUTS", "FAMILY44_LAYOUTS",
           "FAMILY44_RENDERERS"]


# Languages keep their capital in running text.
_LANGUAGES = ("Slovak", "English", "Malay", "Mandarin")


# --------------------------------------------------------------------------------------
# A Slovak job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the posted title (the role), the Slovak word (`optional`), the English rendering (alias),
#  the employer (printed "…, a.s.", short), town and region, what it does, the portal's
#  category, duties (`optional`), personal qualities (skills), the course (`optional`), the
#  pay class, the rung above with its Slovak word (`optional`) and the later rung, the field
#  and title of the move in with its Slovak word (`optional`), the similar offer's title and
#  town, the cut offer, sectors)
_SKPORTAL = (
    ("Sterilisation technician", "sterilizátor", "decontamination operative",
     ("Nemocnica pod Sitnom, a.s.", "Nemocnica pod Sitnom"), ("Banská Bystrica",
                                                               "Banská Bystrica region"),
     "is a regional hospital with 520 beds and a central sterilisation unit",
     "Healthcare › Auxiliary health staff",
     ("washing and disinfection of surgical instruments", "packing of instrument sets",
      "operation of steam sterilisers"),
     ("Accuracy", "Stress resistance", "Teamwork", "Basic computer skills"),
     "certified course in sterilisation", "5th pay class",
     ("Sterilisation shift leader", "vedúci zmeny"), "Sterilisation unit manager",
     ("from cleaning services", "Hospital cleaner", "upratovačka"),
     ("Patient transport driver", "Zvolen"), "Central sterilisation assist",
     ("Healthcare",)),
    ("Tram driver", "vodič električky", "light rail driver",
     ("Metrobus Košice, a.s.", "Metrobus Košice"), ("Košice", "Košice region"),
     "runs the city's trams and buses on 40 lines",
     "Transport and logistics › Drivers",
     ("driving trams on city lines by the timetable", "checking the vehicle before departure",
      "selling tickets in the vehicle"),
     ("Customer orientation", "Stress resistance", "Spatial orientation", "Slovak"),
     "tram driver licence course", "6th pay class",
     ("Driver instructor", "inštruktor"), "Traffic controller",
     ("from other transport firms", "Taxi driver", "taxikár"),
     ("Trolleybus driver", "Prešov"), "Depot cleaner - Ťahano",
     ("Transport", "Public services")),
)


def _skportal(rng: random.Random, g: Guide) -> list[str]:
    """An employer's posting on a Slovak job portal through a translator: the translator
    bar, the portal's menu, breadcrumb (its category no sector), offer number and age, the
    save / reply buttons, the section headings, benefits, the contact and a cut-off similar
    offer (chrome), the title (the role; the Slovak word `optional`, "in English also" an
    alias), "1 080 - 1 140 EUR/month" (the role's band), a glued "Salary details" paragraph
    with the tariff wage at its pay class and the wage after probation (the role's), a
    hardship allowance, the 13th and 14th salary and diets (no pay), another rung "from"
    (its open-ended floor), duties (`optional`), personal qualities (skills), the employer
    "…, a.s." (employs), a glued "About the employer" with "Industry:" (sectors), a prose
    ladder through two promotions, a move in "e.g. a …", the site's averages (points with
    regions), its middle range (the role's), a one-sided decile (no fact) and the similar
    offer's figure (theirs)."""
    (job, sk, alias, (printed, short), (town, region), what, category, duties, qualities,
     course, pay_class, (up1, up1_sk), up2, (field, came, came_sk), (s_title, s_town), cut,
     sectors) = rng.choice(_SKPORTAL)
    occupy(g, job, ladder=[job, up1, up2], moves_in=[came])
    _spell(g, alias)
    _legal(g, printed, short)
    _facts(g, qualities, [], list(sectors), [sk, up1_sk, came_sk, course, *duties])
    low = rng.randrange(1020, 1180, 10)
    high = low + rng.randrange(40, 130, 10)
    _salary(g, low, high, "EUR", period="month")
    _salary(g, low, low, "EUR", period="month", level=pay_class)
    _salary(g, high, high, "EUR", period="month")
    floor = high + rng.randrange(120, 260, 10)
    _salary(g, floor, None, "EUR", period="month", belongs_to=up1)
    country = low + rng.randrange(15, 35, 5)
    _salary(g, country, country, "EUR", period="month", point=True, region="Slovakia")
    local = low - rng.randrange(15, 50, 5)
    _salary(g, local, local, "EUR", period="month", point=True, region=region)
    middle = (low - rng.randrange(90, 140, 10), high + rng.randrange(180, 300, 10))
    _salary(g, *middle, "EUR", period="month")
    s_pay = high + rng.randrange(30, 90, 10)
    _salary(g, s_pay, s_pay, "EUR", period="month", belongs_to=s_title)
    top = int(_no_pay(g, middle[1] + rng.randrange(100, 200, 10), 10))
    hardship = _no_pay(g, rng.choice((0.65, 0.85, 1.1)), 0.05)
    site = rng.choice(("PRACAweb.sk", "JobPortal.sk"))
    contact = rng.choice(("Mgr. Jana Kollárová", "Bc. Marek Šimko"))
    g.must_not_appear += [site, "View the original", "Always translate Slovak", contact,
                          "REPLY TO THE OFFER", "Salary detailsTariff wage", "DDS",
                          "13th and 14th salary", f"About the employer{printed}", cut,
                          "Report offer"]
    return ["Translated from Slovak by the browser  |  View the original  |  Always translate "
            "Slovak  |  Settings",
            f"{site}   Job offers   Employers   Salary survey   Sign in",
            f"Home › Offers › {category} › {job}",
            job,
            f"{printed} · {town} · Offer no. {rng.randint(3000000, 4999999)} · "
            f"{rng.randint(2, 9)} days ago",
            f"Salary: {_fr(low)} - {_fr(high)} EUR/month (gross)",
            "☆ Save offer   Send to a friend   REPLY TO THE OFFER",
            "",
            "Job details",
            f"Place of work: {town} ({region})",
            "Job description:",
            *(f"- {d}" for d in duties),
            "Employment type: full time, shift work",
            "",
            f"Salary detailsTariff wage {_fr(low)} EUR/month, after the probation period "
            f"{_fr(high)} EUR/month ({pay_class} under the collective agreement).",
            "Night and weekend surcharges under the Labour Code, a hardship allowance of "
            f"{_decimal_comma(hardship)} EUR/hour, 13th and 14th salary and diets on business "
            "trips.",
            f"For information: {_an(up1.lower())} with us earns from {_fr(floor)} EUR gross "
            "per month.",
            "",
            "Benefits",
            "meal vouchers, contribution to supplementary pension savings (DDS), sports card, "
            "company doctor",
            "",
            "Employee requirements",
            "Education: secondary vocational",
            f"Other: {course} (we pay for it)",
            "Personal qualities and skills:",
            ", ".join(q if q in _LANGUAGES else _soft(q) for q in qualities),
            "",
            f"About the employer{printed} {what}. Industry: {', '.join(sectors)}",
            f"The {job.lower()} ({sk}; in English also {alias}) keeps the service running. "
            f"Several of our {_plural(up1.lower())} began as {_plural(job.lower())} and were "
            f"promoted to {up1.lower()} ({up1_sk}); a few later became {_plural(up2.lower())}. "
            f"We also take candidates {field}, e.g. {_an(came.lower())} ({came_sk}).",
            "",
            f"Salaries for the position {job.lower()}",
            f"Average salary in Slovakia: {_fr(country)} EUR/month · {region}: {_fr(local)} "
            "EUR/month",
            f"Half of all {_plural(job.lower())} earn between {_fr(middle[0])} and "
            f"{_fr(middle[1])} EUR/month; 10 % earn more than {_fr(top)} EUR.",
            "",
            f"Contact: {contact}, personnel department · +421 00 000 0000",
            "REPLY TO THE OFFER",
            "",
            "Similar offers",
            f"{s_title} · {s_town} · {_fr(s_pay)} EUR/month",
            cut,
            f"Report offer | Terms | Cookies | © 2026 {site}"]


# (the posted title (the role), its Slovak word (`optional`), the firm (printed "… s.r.o.",
#  short), town and region, what it does, duties (`optional`), requirements (skills), the
#  apprenticeship and licence (`optional`), the helper, crew leader and boss with their Slovak
#  words (`optional`), the lateral post and its field, the similar job's title and town, the
#  cut job)
_SKTRADES = (
    ("Concrete finisher", "betonár", ("BETONSTAV Trnava s.r.o.", "BETONSTAV Trnava"),
     ("Trnava", "Trnava region"), "builds industrial halls and foundations in western Slovakia",
     ("concreting of foundations and ceilings", "vibrating and smoothing of concrete",
      "assembly of system formwork"),
     ("Reading of drawings", "Work at height", "Physical fitness", "Independence"),
     ("apprenticeship as a bricklayer", "driving licence group B"),
     (("Helper", "pomocník"), ("Crew leader", "vedúci čaty"), ("Site manager",
                                                              "stavbyvedúci")),
     ("Formwork carpenter", "formwork assembly"), ("Road worker", "Senica"),
     "Crane operat"),
    ("Steel fixer", "železiar", ("ŽELEZOBETÓN Nitra s.r.o.", "ŽELEZOBETÓN Nitra"),
     ("Nitra", "Nitra region"), "supplies and fixes reinforcement for bridges and housing",
     ("cutting and bending of reinforcement", "tying of reinforcement cages",
      "laying of mesh in slabs"),
     ("Reading of reinforcement drawings", "Manual dexterity", "Precision",
      "Willingness to travel"),
     ("certificate for work at height", "driving licence group B"),
     (("Helper", "pomocník"), ("Crew leader", "vedúci čaty"), ("Foreman", "majster")),
     ("Welder", "the welding shop"), ("Scaffolder", "Levice"), "Machine operat"),
)


def _sktrades(rng: random.Random, g: Guide) -> list[str]:
    """A building firm's trades posting through a translator: the translator line, the
    site's menu and breadcrumb, the publication line, the section headings, the contact and
    buttons (chrome), the title in capitals with its Slovak word (the role; the word
    `optional`), "7,20 - 9,10 €/hour" (the role's band), duties (`optional`), a glued "We
    need-" list (skills; the apprenticeship and licence `optional`), diets per day, an
    attendance bonus and piecework "up to … € per month" (no pay), a prose ladder from the
    helper through the role to the crew leader and the boss with their Slovak words
    (`optional`), the helper's hourly and the boss's monthly figure (theirs), a lateral move,
    a salary site's regional average and range (the role's, with the region), the firm
    "… s.r.o." (employs), "Industry: Construction" and a similar job's rate (theirs) beside a
    cut one."""
    (job, sk, (printed, short), (town, region), what, duties, needs, papers,
     ((helper, helper_sk), (leader, leader_sk), (boss, boss_sk)), (lateral, field),
     (s_title, s_town), cut_title) = rng.choice(_SKTRADES)
    occupy(g, job, ladder=[helper, job, leader, boss], transitions=[lateral])
    _legal(g, printed, short)
    _facts(g, needs, [], ["Construction"],
           [sk, helper_sk, leader_sk, boss_sk, *papers, *duties])
    low = _cents(rng, 6, 8)
    high = round(low + rng.randrange(120, 250) / 100, 2)
    _salary(g, low, high, "EUR", period="hour")
    h_rate = round(low - rng.randrange(80, 150) / 100, 2)
    _salary(g, h_rate, h_rate, "EUR", period="hour", belongs_to=helper)
    b_pay = rng.randrange(1600, 1900, 10)
    _salary(g, b_pay, b_pay, "EUR", period="month", belongs_to=boss)
    average = rng.randrange(1150, 1350, 10)
    _salary(g, average, average, "EUR", period="month", point=True, region=region)
    spread = (average - rng.randrange(150, 250, 10), average + rng.randrange(250, 400, 10))
    _salary(g, *spread, "EUR", period="month", region=region)
    s_rate = _cents(rng, 6, 9)
    _salary(g, s_rate, s_rate, "EUR", period="hour", belongs_to=s_title)
    diet = _no_pay(g, rng.choice((8.6, 9.2, 10.4)), 0.1)
    piece = int(_no_pay(g, rng.randrange(1950, 2200, 50), 50))
    contact = rng.choice(("Ing. Tomáš Baláž", "Ing. Lucia Vrabcová"))
    stats = rng.choice(("mzdy-info.sk", "platyportal.sk"))
    cut = f"{cut_title} · {town}"
    g.must_not_appear += ["Show original", "Never translate this site", "Net wage calculator",
                          "We need- ", "Diets", "bonus for attendance", contact, stats, cut,
                          "Growth in the company"]
    return ["Slovak » English  ·  Translated by the browser  ·  Show original  ·  Never "
            "translate this site",
            "stavba-prace.sk ☰ Offers | Companies | Net wage calculator | Account",
            f"Construction › Trades › {job}",
            "",
            f"{job.upper()} ({sk.upper()}) - {town.upper()} AND SURROUNDINGS",
            f"{printed} | {town} | full-time, also brigade | published {rng.randint(2, 28)}. "
            "11. 2026",
            "",
            f"Wage (gross): {_decimal_comma(low)} - {_decimal_comma(high)} €/hour",
            "according to experience and output, paid monthly",
            "",
            "Job content",
            "; ".join(duties),
            "",
            f"We need- {papers[0]} or 2 years of practice",
            *(f"- {_soft(n)}" for n in needs),
            f"- {papers[1]} is an advantage",
            "",
            "We offer",
            f"- Diets {_decimal_comma(diet)} € per day outside {town}, accommodation at our "
            "expense",
            "- bonus for attendance, work shoes and clothing",
            f"- in piecework (accord) you can reach up to {_fr(piece)} € per month",
            "",
            "Growth in the company",
            f"Most of our {_plural(job.lower())} started with us as {_plural(helper.lower())} "
            f"({helper_sk}) at {_decimal_comma(h_rate)} €/hour. A skilled {job.lower()} moves up "
            f"to {leader.lower()} ({leader_sk}) and then {boss.lower()} ({boss_sk}), who is paid "
            f"a monthly salary of {_fr(b_pay)} €. Two colleagues moved over to {field} as "
            f"{_plural(lateral.lower())}.",
            f"Wages of a {job.lower()} in the {region} ({stats}): average {_fr(average)} "
            f"€/month, range {_fr(spread[0])} - {_fr(spread[1])} €/month.",
            "",
            f"About the company: {printed} {what}. Industry: Construction",
            "",
            f"Interested? Write through the form or call {contact}, 0900 000 000.",
            "[ Reply ]   [ Call ]",
            f"Similar offers: {s_title} · {s_town} · {_decimal_comma(s_rate)} €/h | {cut}"]


# --------------------------------------------------------------------------------------
# A Malay job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the scheme's title (the role), its Malay title and abbreviation (`optional`; the
#  abbreviation an alias), the grade and the grades of promotion, the employer (printed,
#  short), the site's category, service group and classification (`optional`), the two
#  qualifications (`optional`), duties (`optional`), required skills, the next scheme's
#  title, Malay title (`optional`) and grade, the move in, the other posts of the
#  announcement, sectors)
_MYPUBLIC = (
    ("Agricultural Technician", ("Juruteknik Pertanian", "JTP"), ("G19", "G22", "G26"),
     ("Department of Agriculture Malaysia", "Department of Agriculture"), "Agriculture",
     ("Implementation Group", "Agriculture (G)"),
     ("Diploma in Agriculture", "a credit in Mathematics at SPM level"),
     ("field inspection of crops", "pest and disease surveillance",
      "advisory visits to smallholders"),
     ("Report writing", "GPS devices", "Teamwork"),
     ("Agricultural Officer", "Pegawai Pertanian", "G41"), "Plantation supervisor",
     ("Fisheries Technician", "Veterinary Technician"), ("Public Service", "Agriculture")),
    ("Customs Officer", ("Pegawai Kastam", "PKS"), ("WA19", "WA22", "WA26"),
     ("Royal Malaysian Customs Department", "Customs Department"), "Enforcement",
     ("Implementation Group", "Customs (WA)"),
     ("Malaysian Certificate of Education (SPM)", "a pass in the physical fitness test"),
     ("inspection of goods and vehicles at entry points", "collection of import duties",
      "enforcement patrols"),
     ("Integrity", "Physical fitness", "Basic computer skills"),
     ("Customs Superintendent", "Penguasa Kastam", "WA41"), "Security guard",
     ("Immigration Officer", "Prison Warden"), ("Public Service", "Security")),
)


def _mypublic(rng: random.Random, g: Guide) -> list[str]:
    """A public-service vacancy site's post through a translator: the translator line, the
    site's menu, breadcrumb, poster, views and share line, the entry-requirement conditions,
    the apply line, a cut related post and the footer (chrome), "VACANCY: X GRADE G19" with
    its Malay title and abbreviation (the role; the abbreviation an alias), the ministry or
    department (employs), the service group and classification (`optional`), "Salary scale
    (Grade G19): RM1,360.00 minimum – RM5,140.00 maximum" (the role's at its grade), the
    annual increment (no pay), the starting salary (the role's at its grade), the fixed
    allowances and COLA (no pay), duties (`optional`), "Skills needed:" (skills), promotion
    to higher grades of the scheme (no move), the next scheme's starting salary (its own;
    an up move), a move in and the other posts of the announcement with the same schedule
    (each its own), "Sector: A / B" (sectors)."""
    (job, (malay, abbr), (grade, g1, g2), (printed, short), category, (group, cls),
     (qual0, qual1), duties, skills, (nxt, nxt_malay, nxt_grade), came, others,
     sectors) = rng.choice(_MYPUBLIC)
    occupy(g, job, leads=[nxt], moves_in=[came])
    _spell(g, abbr)
    _legal(g, printed, short)
    _facts(g, ["Communication", "Malay", "English", *skills], [], list(sectors),
           [malay, group, cls, qual0, qual1, nxt_malay, *duties])
    level = f"Grade {grade}"
    scale = (rng.randrange(1250, 1500, 5), rng.randrange(4800, 5600, 10))
    _salary(g, *scale, "MYR", period="month", level=level)
    start = _cents(rng, scale[0] + 60, scale[0] + 220)
    _salary(g, start, start, "MYR", period="month", level=level)
    n_start = rng.randrange(2400, 2900, 5)
    _salary(g, n_start, n_start, "MYR", period="month", level=f"Grade {nxt_grade}",
            belongs_to=nxt)
    for other in others:
        _salary(g, *scale, "MYR", period="month", level=level, belongs_to=other)
    increment = int(_no_pay(g, rng.choice((110, 120, 135)), 5))
    housing, service, cola = (int(_no_pay(g, v, 10)) for v in (300, 160, 350))
    site = rng.choice(("JawatanKini.my", "PeluangAwam.my"))
    poster = rng.choice(("admin JK", "editor PA"))
    cut = f"Related posts: {others[0]} Grade {grade} · Assistant Registrar Vacanc"
    g.must_not_appear += ["Show original", "Always translate Malay", site, poster,
                          "Schemes of Service", "Entry Requirements", "Fixed Housing Allowance",
                          "COLA", cut]
    return ["Translated from: Malay  ·  Show original  ·  Always translate Malay  ·  Options",
            f"{site}  Home | Vacancies | Schemes of Service | Salary Tables | Exam Tips",
            f"Home » Vacancies » {category} » {job} Grade {grade}",
            "",
            f"VACANCY: {job.upper()} GRADE {grade}",
            f"({malay}, {abbr})",
            f"{printed} | Permanent and pensionable | Closing date: {rng.randint(2, 28)} January "
            "2027",
            f"Posted by: {poster} | {rng.randint(900, 4000):,} views   Share: f  X  WhatsApp",
            "",
            f"Service group: {group}  ·  Classification: {cls}",
            f"Salary scale (Grade {grade}): RM{scale[0]:,.2f} minimum – RM{scale[1]:,.2f} "
            f"maximum · Annual increment RM{increment:,.2f}",
            f"Starting salary: RM{start:,.2f} for holders of a {qual0}",
            f"Allowances: Fixed Housing Allowance RM{housing}, Public Service Allowance "
            f"RM{service} and COLA RM{cola} depending on the place of posting.",
            "",
            "Entry Requirements",
            "Applicants must:",
            "(a) be a Malaysian citizen;",
            "(b) be at least 18 years old on the closing date;",
            f"(c) hold a {qual0} or an equivalent qualification recognised by the Government; "
            "and",
            f"(d) have {qual1}.",
            "",
            "Duties",
            f"Officers of this scheme serve across the country. Their work includes "
            f"{_prose_list(duties)}.",
            "Skills needed: good communication in Malay and English, "
            f"{', '.join(_soft(s) for s in skills)}.",
            "",
            "Career Path",
            f"Promotion to Grade {g1} and Grade {g2} follows the time-based promotion scheme. "
            f"Officers who gain a degree may cross over to the {nxt} scheme ({nxt_malay}) at "
            f"Grade {nxt_grade}, with a starting salary of RM{n_start:,.2f}. Many recruits "
            f"worked as {_plural(came.lower())} before joining.",
            "",
            "Also open in this announcement",
            *(f"{o} Grade {grade} | RM{scale[0]:,.2f} - RM{scale[1]:,.2f}" for o in others),
            "",
            f"Sector: {sectors[0]} / {sectors[1]}",
            "✓ Apply online through the SPA9 system. Only shortlisted candidates will be called.",
            cut,
            f"© 2026 {site} · This is not an official government site"]


# (the posted title (the role), its Malay title (`optional`), the employer (printed "… Sdn
#  Bhd", short), the place and state, the board's category, the rendering in the body (an
#  alias), the work, requirements (skills), the certificates (`optional`), the move in and its
#  Malay word (`optional`), the senior rung and its Malay word (`optional`), the top rung, the
#  lateral post and its place, the other job at the firm, the industry (a sector))
_MYPRIVATE = (
    ("Cake Decorator", "Penghias Kek", ("Roti Mentari Sdn Bhd", "Roti Mentari"),
     ("Bangsar, Kuala Lumpur", "Kuala Lumpur"), "Hospitality & Food (Bakery)", "cake artist",
     "pipe, ice and finish celebration cakes to order",
     ("Fondant work", "Buttercream piping", "Food hygiene", "Malay", "English"),
     ("Food Handling Certificate", "typhoid vaccination"), ("Kitchen helper", "pembantu dapur"),
     ("Senior Cake Decorator", "Penghias Kek Kanan"), "Bakery Production Manager",
     ("Bakery supervisor", "a hotel bakery"), "Delivery Rider", "Food & Beverage"),
    ("Beauty Therapist", "Juruterapi Kecantikan", ("Kasih Ayu Wellness Sdn Bhd",
                                                   "Kasih Ayu Wellness"),
     ("George Town, Penang", "Penang"), "Beauty & Wellness (Spa)", "facial therapist",
     "give facials, body treatments and skin consultations",
     ("Facial treatments", "Body massage", "Customer service", "Malay", "Mandarin"),
     ("SKM Level 3 in Beauty Therapy", "CIDESCO diploma"), ("Receptionist",
                                                           "penyambut tetamu"),
     ("Senior Beauty Therapist", "Juruterapi Kanan"), "Spa Manager",
     ("Sales advisor", "a cosmetics counter"), "Nail Technician", "Beauty & Wellness"),
)


def _myprivate(rng: random.Random, g: Guide) -> list[str]:
    """A private job board's posting through a translator: the translator line, the board's
    menu and breadcrumb, the posting age and apply buttons, "Company snapshot" fields, the
    safety warning and a cut other job (chrome), "X (Malay title)" (the role; the Malay title
    `optional`), the firm "… Sdn Bhd" (employs), "RM 2,400 – RM 3,100 per month" (the
    role's), the body's rendering (an alias), requirements (skills; languages too; the
    certificates `optional`), EPF, SOCSO, EIS, an attendance allowance and the annual bonus
    (no pay), a glued "Grow with us" paragraph with a move in and its Malay word, an arrow
    ladder with a Malay rung name (`optional`) and the top rung's range (theirs), a lateral
    move, "Industry:" (a sector), the board's average for the state (a point with its
    region) and range (the role's) and the other job's figure (theirs)."""
    (job, malay, (printed, short), (place, state), category, alias, work, needs, papers,
     (came, came_malay), (senior, senior_malay), head, (lateral, lat_place), other,
     sector) = rng.choice(_MYPRIVATE)
    occupy(g, job, ladder=[job, senior, head], moves_in=[came], transitions=[lateral])
    _spell(g, alias)
    _legal(g, printed, short)
    _facts(g, needs, [], [sector], [malay, came_malay, senior_malay, *papers])
    band = (rng.randrange(2100, 2600, 100), rng.randrange(2800, 3400, 100))
    _salary(g, *band, "MYR", period="month")
    h_band = (band[1] + rng.randrange(500, 900, 100), band[1] + rng.randrange(1400, 2000, 100))
    _salary(g, *h_band, "MYR", period="month", belongs_to=head)
    average = rng.randrange(band[0] + 120, band[1] - 120, 10)
    _salary(g, average, average, "MYR", period="month", point=True, region=state)
    spread = (band[0] - rng.randrange(300, 600, 100), band[1] + rng.randrange(200, 500, 100))
    _salary(g, *spread, "MYR", period="month")
    o_pay = rng.randrange(1600, 1900, 50)
    _salary(g, o_pay, o_pay, "MYR", period="month", belongs_to=other)
    attendance = int(_no_pay(g, rng.choice((80, 100, 150)), 10))
    board = rng.choice(("KerjaPantas", "JomKerja"))
    town = place.split(",")[0]
    cut = f"{other} · {town} · RM {o_pay:,} | Kitchen Cle"
    g.must_not_appear += ["Show original", "Always translate Malay", board, "Easy apply",
                          "EPF", "SOCSO", "Grow with usWe opened", "Company snapshot",
                          "Kitchen Cle", "Report this job"]
    return ["This page is translated from Malay  ·  Show original  ·  Always translate Malay  "
            "·  Never for this site",
            f"{board}  Jobs  Companies  Career Guide  Salaries  Login | For employers",
            f"Jobs › {category} › {town}",
            "",
            f"{job} ({malay})",
            printed,
            place,
            category,
            "Full time",
            f"RM {band[0]:,} – RM {band[1]:,} per month",
            f"Posted {rng.randint(2, 9)}d ago   Easy apply   Save",
            "",
            "Job description",
            f"We are hiring {_an(alias)} for our {town} outlet. You will {work} and keep "
            "each customer's order record up to date.",
            "",
            "What we need:",
            *(f"• {n}" for n in needs[:-2]),
            f"• Speaks {needs[-2]} and {needs[-1]}",
            f"• {papers[0]} (we can arrange the {papers[1]})",
            "",
            f"Benefits: EPF, SOCSO, EIS, attendance allowance RM{attendance}, yearly bonus, "
            "staff discount, medical card",
            "",
            f"Grow with usWe opened in {rng.randint(2008, 2018)} with a team of six. Most of our "
            f"staff joined as {_plural(came.lower())} ({came_malay}) and trained on the job. "
            f"{job} → {senior} ({senior_malay}) → {head}; our {_plural(head.lower())} earn "
            f"RM{h_band[0]:,} - RM{h_band[1]:,}. One of our {_plural(job.lower())} moved over "
            f"to {lat_place} as {_an(lateral.lower())}.",
            "",
            "Company snapshot",
            "Company size: 11-50 employees",
            f"Industry: {sector}",
            f"Languages: {needs[-2]}, {needs[-1]}",
            "",
            f"Salary insights: The average salary of {job} in {state} is RM{average:,} per "
            f"month. Salaries for this job range from RM{spread[0]:,} to RM{spread[1]:,}.",
            "",
            "Stay safe: never share your bank details when applying for jobs.",
            "Report this job",
            f"More jobs at {short}: {cut}"]


# --------------------------------------------------------------------------------------
# A mortgage broker's "mortgages for X" guide
# --------------------------------------------------------------------------------------
# (the occupation (the role), its everyday name (an alias), the pay scale's name, the
#  table's unit, the scale's rows (label (the level), single or range), the comparison
#  title, the rungs above, the lateral post, the move in, the clients' employers, the case
#  study's partner)
_MGSCALE = (
    ("Police Constable", "police officer", "Police Remuneration Review Body scale",
     "Pay point", (("Pay point 1", False), ("Pay point 3", False), ("Pay point 5", False),
                   ("Pay points 6-7", True)),
     "Sergeant", ("Sergeant", "Inspector"), "Police Staff Investigator",
     "Police Community Support Officer", ("Wessex Vale Police", "Northmoor Constabulary"),
     "primary school teacher"),
    ("Paramedic", "ambulance clinician", "Agenda for Change pay scale", "Band",
     (("Band 5", True), ("Band 6", True)), "Critical Care Practitioner",
     ("Clinical Team Leader", "Ambulance Operations Manager"), "Urgent Care Practitioner",
     "Emergency Care Support Worker", ("East Marches Ambulance Service NHS Trust",
                                       "Fenland Coast Ambulance Service NHS Trust"),
     "dental hygienist"),
)


def _mgscale(rng: random.Random, g: Guide) -> list[str]:
    """A mortgage broker's guide for a public-sector occupation: the broker's menu, phone,
    review stars, the author and her qualification, the summary, the risk warning, the case
    study's person and partner, the regulator and fee line and a cut related-guides strip
    (chrome), "Mortgages for Xs" (the role; "often just called" an alias), a pay-scale table
    "Unit | Basic salary" (each row the role at that level), a comparison row (theirs), a
    borrowing example on one of the scale's figures with income multiples (the amounts no
    pay), the London allowance, overtime and the couple's joint income (no pay), a prose
    ladder and a lateral move, a move in and the clients' employers (employ)."""
    (job, alias, scale_name, unit, rows, comp, (up1, up2), lateral, came, employers,
     partner) = rng.choice(_MGSCALE)
    occupy(g, job, ladder=[job, up1, up2], moves_in=[came], transitions=[lateral])
    _spell(g, alias)
    _facts(g, [], list(employers), [], [scale_name])
    figure = rng.randrange(26500, 29500, 3)
    printed_rows, lows = [], []  # (the borrowing example takes the second row's low end)
    for label, is_range in rows:
        top = figure + rng.randrange(4000, 7000, 3) if is_range else figure
        _salary(g, figure, top, "GBP", level=label)
        printed_rows.append(f"{label} | £{figure:,}" + (f" - £{top:,}" if is_range else ""))
        lows.append(figure)
        figure = top + rng.randrange(1800, 3000, 3)
    example = lows[1]
    c_band = (figure + rng.randrange(3000, 6000, 3), figure + rng.randrange(9000, 14000, 3))
    _salary(g, *c_band, "GBP", belongs_to=comp)
    standard = int(_no_pay(g, round(example * 4.5), 1))
    stretched = int(_no_pay(g, round(example * 5.5), 1))
    london = int(_no_pay(g, rng.randrange(2100, 2900, 7), 7))
    extra = int(_no_pay(g, rng.randrange(6, 11) * 1000, 500))
    joint = int(_no_pay(g, example + rng.randrange(30000, 45000, 100), 100))
    fee = int(_no_pay(g, rng.choice((395, 499, 595)), 1))
    broker = rng.choice(("Larkspur Mortgage Advice", "Beacon Rock Mortgages"))
    author = rng.choice(("Priya Nandra", "Gemma Lowther"))
    network = rng.choice(("Meridian Advisory Network", "Crownpoint Mortgage Network"))
    person = rng.choice(("Mr B.", "Ms K."))
    cut = "More guides: Mortgages for Nurses | Mortgages for Firefighters | Mortgages for Sol"
    g.must_not_appear += [broker, author, network, "Request a call back", partner, person,
                          "At a glance", "Case study", cut]
    return [f"{broker} | Professional mortgages › Public sector › {_plural(job)}",
            "☎ 0800 000 0000   Request a call back   ★★★★★ 4.8 on Feefo",
            f"Mortgages for {_plural(job)}: what lenders will offer you in 2027",
            f"By {author}, CeMAP | Checked by our compliance team | Updated "
            f"{rng.randint(2, 28)} November 2026 | 7 min read",
            "",
            "At a glance",
            f"- {_plural(job)} (often just called {_plural(alias)}) are a steady, well-understood "
            "income for most lenders.",
            f"- Several lenders stretch to 5x or 5.5x income for {_plural(job.lower())} with a "
            "permanent contract.",
            "- Shift and overtime pay can count, but not with every lender.",
            "",
            "Your home may be repossessed if you do not keep up repayments on your mortgage.",
            "",
            f"What does {_an(job.lower())} earn?",
            f"We start from the national pay scale ({scale_name}), before overtime and "
            "allowances:",
            "",
            f"{unit} | Basic salary",
            *printed_rows,
            f"{comp} (for comparison) | £{c_band[0]:,} - £{c_band[1]:,}",
            "",
            f"Example: {_an(job.lower())} on £{example:,} borrowing alone might get about "
            f"£{standard:,} at 4.5x, or £{stretched:,} on a 5.5x professional deal.",
            "",
            "Overtime, shift allowances and London weighting",
            f"Unsocial-hours payments and the London allowance (£{london:,} a year) are counted "
            "by some lenders; overtime usually needs six months of history. If you earn an "
            f"extra £{extra:,} a year from overtime, one lender may use half of it and another "
            "all of it.",
            "",
            "Where your career goes next",
            f"Many {_plural(job.lower())} go on to {up1.lower()} and later {up2.lower()}; others "
            f"move into {lateral.lower()} posts. Plenty joined as "
            f"{_plural(came.lower())} first. Our clients work for {employers[0]} and "
            f"{employers[1]}, among others.",
            "",
            "Case study",
            f"{person}, {_an(job.lower())} in {rng.choice(('Exeter', 'Lincoln'))}, bought with "
            f"a partner who works as a {partner}. Their joint income was £{joint:,}; we arranged "
            "a 90% mortgage at 5x income.",
            "",
            cut,
            "",
            f"{broker} Ltd is an appointed representative of {network} Ltd, which is authorised "
            f"and regulated by the Financial Conduct Authority. Our fee is £{fee} payable on "
            "offer."]


# (the occupation (the role), its plain description (an alias), the rungs above, the move
#  in, the lateral post and its field, the employers (printed, short), sectors)
_MGROTATION = (
    ("Rig Electrician", "offshore electrical technician",
     ("Electrical Supervisor", "Rig Maintenance Superintendent"), "Industrial Electrician",
     ("Wind Turbine Technician", "offshore wind"),
     (("Brackmoor Drilling Ltd", "Brackmoor Drilling"), ("Northsound Rig Services Ltd",
                                                         "Northsound Rig Services")),
     ("Oil and gas", "Offshore wind")),
    ("Offshore Cook", "galley cook", ("Chief Cook", "Camp Boss"), "Restaurant Chef",
     ("Catering Manager", "onshore contract catering"),
     (("Galleymark Offshore Catering Ltd", "Galleymark Offshore Catering"),
      ("Tern Energy Services Ltd", "Tern Energy Services")),
     ("Oil and gas", "Offshore catering")),
)


def _mgrotation(rng: random.Random, g: Guide) -> list[str]:
    """A broker's guide for a rotational offshore worker: the menu, the breadcrumb glued to
    the title, the byline, review stars, the document list, the FAQ and a cut related strip
    (chrome), the occupation (the role; its description in parentheses an alias), the staff
    basic salary (the role's) with an offshore allowance (no pay), the contract day rate (the
    role's, a day), the lender's annualised day rate "£240 x 182 days = £43,680" and a
    worked borrowing example (no pay), an arrow ladder with the next rungs' figures (theirs),
    a move in from onshore work and a lateral move, the employers "… Ltd" (employ) and
    "Sectors:" (sectors)."""
    (job, alias, (up1, up2), came, (lateral, field), employers, sectors) = rng.choice(
        _MGROTATION)
    occupy(g, job, ladder=[job, up1, up2], moves_in=[came], transitions=[lateral])
    _spell(g, alias)
    for printed, short in employers:
        _legal(g, printed, short)
    _facts(g, [], [], list(sectors))
    band = (rng.randrange(33000, 38000, 500), rng.randrange(42000, 47000, 500))
    _salary(g, *band, "GBP")
    day = (rng.randrange(200, 240, 5), rng.randrange(270, 320, 5))
    _salary(g, *day, "GBP", period="day")
    u1 = rng.randrange(band[1] + 4000, band[1] + 9000, 500)
    _salary(g, u1, u1, "GBP", belongs_to=up1)
    u2 = (u1 + rng.randrange(12000, 18000, 1000), u1 + rng.randrange(25000, 35000, 1000))
    _salary(g, *u2, "GBP", belongs_to=up2)
    rate = int(_no_pay(g, (day[0] + day[1]) // 2 // 5 * 5, 5))
    days = rng.choice((168, 182, 175))
    yearly = int(_no_pay(g, rate * days, 1))
    basic = int(_no_pay(g, (band[0] + band[1]) // 2 // 1000 * 1000, 500))
    multiple = rng.choice((4.5, 4.75, 5.0))
    loan = int(_no_pay(g, round(basic * multiple), 1))
    broker = rng.choice(("Skerrymoor Mortgages", "Tidewater Home Finance"))
    cut = "Related: Mortgages for Welders · Mortgages for Scaffolders · Mortgages for Div"
    g.must_not_appear += [broker, "Check what I can borrow", "What to bring", "FAQ",
                          "offshore allowance", cut]
    # (fresh58) the kinds of employer "Operators and contractors …, and labour agencies" are
    # `optional`, as set 44's hand truth reads them (dev/README.md: a set whose writer judged
    # kinds of employer to be places lists them so)
    g.optional += ["Operators", "contractors", "labour agencies"]
    return [f"{broker}   Home  Buying  Remortgage  Self-employed  ▸ Rotational workers  "
            "Reviews  Contact",
            f"You are here: Specialist lending / Offshore workers / {_plural(job)}Mortgages for "
            f"{_plural(job.lower())} on rotation",
            f"The {broker.split()[0]} team · updated {rng.randint(10, 28)}/11/2026 · 5 minute "
            "read",
            "[ Check what I can borrow ]   ★ 4.7/5 from 980 reviews",
            "",
            "On a 3-on / 3-off rotation and paid through an agency? Plenty of lenders still "
            f"hesitate. We arrange mortgages for {_plural(job.lower())} ({_plural(alias)}) all "
            "year round.",
            "",
            f"Two ways lenders see {_an(job.lower())}'s pay",
            f"- On the staff payroll: a basic salary of £{band[0]:,} - £{band[1]:,} a year, plus "
            f"an offshore allowance of about {rng.choice((15, 18, 22))}% and overtime; most "
            "lenders use the basic in full.",
            f"- On contract: a day rate of £{day[0]} - £{day[1]} a day. Many lenders annualise "
            f"it: £{rate} x {days} days = £{yearly:,} a year, whether or not you worked every "
            "trip.",
            "- Travel to the heliport, tax refunds and the survival-course refund are not "
            "counted.",
            f"Worked example: £{basic:,} basic x {multiple:g} = up to £{loan:,}.",
            "",
            "Promotion on the rig",
            f"Our clients move {job.lower()} → {up1.lower()} → {up2.lower()}. "
            f"{_plural(up1)} we see earn around £{u1:,}, and {_an(up2.lower())} £{u2[0]:,} - "
            f"£{u2[1]:,}.",
            f"Many came offshore from onshore work as {_plural(came.lower())}; others moved "
            f"across to {field} as {_plural(lateral.lower())}.",
            "",
            "What to bring",
            "Last 3 payslips or 12 months of invoices · contract letter · rotation pattern · "
            "3 months' bank statements",
            "",
            "Who employs our clients?",
            f"Operators and contractors in the North Sea such as {employers[0][0]} and "
            f"{employers[1][0]}, and labour agencies. Sectors: "
            f"{', '.join(s.lower() for s in sectors)}.",
            "",
            "FAQ",
            "Can I get a mortgage if I am paid in US dollars? Yes, with a lender that accepts "
            "foreign income...",
            "",
            f"{broker} is a trading name of {broker} Financial Ltd, authorised and regulated by "
            "the Financial Conduct Authority. Your property may be repossessed if you do not "
            f"keep up repayments on your mortgage. {cut}"]


# --------------------------------------------------------------------------------------
# A tax-refund firm's flat-rate expense page for one occupation
# --------------------------------------------------------------------------------------
# (the occupation (the role), its other name (an alias), the kit, HMRC's category, the
#  category in the menu, the fee's name, the professional body (`optional`), the skills that
#  raise pay, the rung word, the manager above, the two lateral posts)
_TXUNIFORM = (
    ("Phlebotomist", "blood sample taker", "tunics", "Healthcare staff - ancillary staff",
     "Healthcare", "annual training update fee", "the Society of Venepuncture Practitioners",
     ("Cannulation", "Paediatric phlebotomy", "ECG recording"), "Lead",
     "Phlebotomy Services Manager", ("Healthcare Science Practitioner", "Nursing Associate")),
    ("Hairdresser", "hair stylist", "salon tunics", "Hairdressers - all workers",
     "Hair and beauty", "insurance excess", "the Guild of Salon Professionals",
     ("Balayage", "Hair extensions", "Colour correction"), "Senior", "Salon Manager",
     ("Barber", "Colour Technician")),
)


def _txuniform(rng: random.Random, g: Guide) -> list[str]:
    """A tax-refund firm's uniform-claim page: the menu, breadcrumb, claim button and fee
    line, HMRC's category, the cost list, the "who cannot claim" paragraph, the review and
    the cut footer (chrome), "Who counts as a X?" (the role; "also called" an alias), the
    flat-rate expense, the relief at each tax rate and the backdated total (no pay), the
    fee and membership amounts (no pay), "typical pay" prose: the qualified range (the
    role's), the trainees' hourly range (the role at Trainee), the senior or lead rung's
    range (the role at that level) and the manager's range (theirs), the skills that raise
    pay (skills), lateral moves "train as Xs or Ys" and "become Zs" (an up move), the
    employer's laundry allowance (no pay)."""
    (job, alias, kit, hmrc, category, fee_name, body, skills, rung, manager,
     (lat1, lat2)) = rng.choice(_TXUNIFORM)
    occupy(g, job, leads=[manager], transitions=[lat1, lat2])
    _spell(g, alias)
    _facts(g, skills, [], [], [body])
    qualified = (rng.randrange(22500, 25500, 500), rng.randrange(27500, 30500, 500))
    _salary(g, *qualified, "GBP")
    trainee = (_cents(rng, 11, 12), _cents(rng, 12, 13))
    _salary(g, *trainee, "GBP", period="hour", level="Trainee")
    lead = (qualified[1] + rng.randrange(1000, 2500, 500), qualified[1] + rng.randrange(
        4000, 6000, 500))
    _salary(g, *lead, "GBP", level=rung)
    m_band = (lead[1] + rng.randrange(1000, 3000, 500), lead[1] + rng.randrange(6000, 9000,
                                                                                 500))
    _salary(g, *m_band, "GBP", belongs_to=manager)
    flat = int(_no_pay(g, rng.choice((100, 125, 140, 185)), 5))
    fee = int(_no_pay(g, rng.randrange(60, 120), 1))
    membership = int(_no_pay(g, rng.randrange(35, 58), 1))
    allowance = int(_no_pay(g, rng.choice((8, 10, 12)), 1))
    firm = rng.choice(("Claimright", "TaxTrim"))
    share = rng.choice((20, 24, 28))
    reviewer = rng.choice(("Kerry, Wigan", "Sam, Dundee"))
    g.must_not_appear += [f"{firm}.co.uk", "Start a claim", "No refund, no fee", reviewer,
                          "Who cannot claim", f"{firm} Tax Refunds Ltd",
                          "Cookies · Compla"]
    return [f"{firm}.co.uk   Start a claim   How it works   Occupations   Reviews   Sign in",
            f"Occupations › {category} › {_plural(job)}",
            f"{job.upper()} FLAT RATE EXPENSE: CLAIM TAX BACK ON YOUR {kit.upper()}",
            f"Reclaim tax on washing your {kit}, your {fee_name} and your professional "
            "subscriptions - up to 4 years back.",
            f"[ Check my refund in 60 seconds ]   No refund, no fee · Our fee is {share}% + VAT",
            "",
            f"Who counts as {_an(job.lower())}?",
            f"Anyone employed as {_an(job.lower())} (also called {_an(alias)}) who washes their "
            f"own {kit} at home. HMRC's list names \"{hmrc}\".",
            "",
            f"{job} | flat rate expense £{flat} a year | relief £{flat // 5} (basic rate) or "
            f"£{flat * 2 // 5} (higher rate)",
            f"Claim 4 years back and that is £{flat * 4 // 5} for a basic rate taxpayer.",
            "",
            "Other costs you may claim:",
            f"- your {fee_name} (£{fee} a year)",
            f"- membership of {body} (£{membership})",
            "- travel between two workplaces on the same day",
            "",
            "Typical pay for your tax band",
            f"We ask about your pay to place you in a tax band. A qualified {job.lower()} "
            f"usually earns £{qualified[0]:,} - £{qualified[1]:,} a year, and trainees in their "
            f"first year £{trainee[0]:.2f} - £{trainee[1]:.2f} an hour. Those who add "
            f"{_prose_list([_soft(s) for s in skills], 'or')} earn more. {rung} "
            f"{_plural(job.lower())} earn about £{lead[0]:,} - £{lead[1]:,}, and "
            f"{_an(manager.lower())} £{m_band[0]:,} - £{m_band[1]:,}.",
            "",
            "After this job",
            f"Plenty of our {job.lower()} customers go on to train as {_plural(lat1.lower())} or "
            f"{_plural(lat2.lower())}; some become {_plural(manager.lower())}. A new job can "
            "change your flat rate, so let us know.",
            "",
            "Who cannot claim?",
            f"If your employer washes your {kit} or pays a laundry allowance of £{allowance} a "
            "month, you cannot claim for washing.",
            "",
            "Customer reviews ★★★★★",
            f"\"Money back in a fortnight!\" - {reviewer}",
            "",
            f"{firm} Tax Refunds Ltd is not part of HMRC; you can claim from HMRC yourself for "
            "free. Company no. 00000000. Privacy · Cookies · Compla"]


# (the occupation (the role), its two other names (aliases), the menu's category, HMRC's
#  category, the tools (`optional`), the skills that raise pay, the manager above, the
#  other post and its field, the lateral post and its field, the employers)
_TXTOOLS = (
    ("Tyre Fitter", ("Tyre Technician", "Fast-fit Technician"), "Motor trade",
     "Vehicle trades - all workers", ("tyre levers", "torque wrenches", "impact guns"),
     ("Wheel alignment", "TPMS servicing", "Run-flat fitting", "Commercial tyre work"),
     "Centre Manager", ("Vehicle Inspector", "MOT testing"),
     ("Breakdown Technician", "roadside recovery"), ("Roadgrip Tyres", "Kwikturn Autocentres")),
    ("Bench Joiner", ("Joinery Machinist", "Shopfloor Joiner"), "Wood trades",
     "Joiners and carpenters", ("chisels", "mitre saws", "routers"),
     ("CNC programming", "Staircase making", "Sash window repair", "Veneering"),
     "Workshop Manager", ("Estimator", "estimating"), ("Site Carpenter", "site work"),
     ("Hartwell Joinery", "Oakbridge Interiors")),
)


def _txtools(rng: random.Random, g: Guide) -> list[str]:
    """A tax agent's tools-claim page for a trade: the firm's strapline, breadcrumb, byline
    glued to the title, the union paragraph, the claim button, a cut "Other questions" line
    and the footer (chrome), "X Tax Refund (A, B)" (the role; A and B aliases), the flat
    rate, the relief at each rate and the employer's tool allowance (no pay), the tools a
    worker buys (`optional`), "What the job pays" bullets: the apprentices' hourly range
    (the role at Apprentice), the qualified range and "the UK average" (the role's; a point
    in the UK), the manager's and another post's ranges (theirs), lateral moves "off the
    tools into … as Xs" and "sideways into … as Ys", "up to Z" (an up move), skills that
    raise pay (skills) and the employers in parentheses (employ)."""
    (job, (alias1, alias2), category, hmrc, tools, skills, manager, (other, o_field),
     (lateral, l_field), employers) = rng.choice(_TXTOOLS)
    occupy(g, job, leads=[manager], transitions=[other, lateral])
    _spell(g, alias1, alias2)
    _facts(g, skills, list(employers), [], list(tools))
    apprentice = (_cents(rng, 7, 9), _cents(rng, 11, 13))
    _salary(g, *apprentice, "GBP", period="hour", level="Apprentice")
    qualified = (rng.randrange(25000, 28000, 500), rng.randrange(33000, 37000, 500))
    _salary(g, *qualified, "GBP")
    average = rng.randrange(qualified[0] + 2000, qualified[1] - 2000, 100)
    _salary(g, average, average, "GBP", point=True, region="UK")
    m_band = (qualified[1] + rng.randrange(2000, 5000, 500), qualified[1] + rng.randrange(
        9000, 13000, 500))
    _salary(g, *m_band, "GBP", belongs_to=manager)
    o_band = (qualified[0] + rng.randrange(4000, 7000, 500), qualified[1] + rng.randrange(
        3000, 6000, 500))
    _salary(g, *o_band, "GBP", belongs_to=other)
    flat = int(_no_pay(g, rng.choice((120, 140, 145)), 5))
    allowance = int(_no_pay(g, rng.choice((8, 10, 15)), 1))
    firm = rng.choice(("ToolTax Direct", "RefundYard"))
    g.must_not_appear += [firm, "Start my refund", "Should I join a union", "Unite",
                          "Other questions", "How many years can I cla"]
    return [f"{firm} — Tool and workwear tax refunds for tradespeople",
            f"Home / Trades / {category} / {job}",
            f"{job} Tax Refund ({alias1}, {alias2})Updated: {rng.randint(2, 28)} November 2026 | "
            "4 min read | Share: f X in",
            "",
            f"Short version: as a PAYE employee who buys or repairs your own tools, or washes "
            f"your own workwear, you can claim relief on a flat rate of £{flat} a year, going "
            f"back four tax years. That is £{flat // 5} a year at 20% or £{flat * 2 // 5} at "
            "40%.",
            "",
            f"Which costs count for {_an(job.lower())}?",
            f"HMRC's flat rate for \"{hmrc}\" covers small tools, their repair and protective "
            f"clothing. If you spend more - for example on {_prose_list(tools)} - you can claim "
            "the real cost with receipts on form P87.",
            f"Not included: a tool allowance from your employer (often £{allowance} a week), "
            "travel to your usual workplace, or tools the company buys.",
            "",
            "What the job pays (to set your tax band)",
            f"- Apprentice {job.lower()}: £{apprentice[0]:.2f} - £{apprentice[1]:.2f} an hour, "
            "depending on age and year",
            f"- Qualified {job.lower()}: £{qualified[0]:,} - £{qualified[1]:,} a year; the UK "
            f"average is £{average:,}",
            f"- {manager}: £{m_band[0]:,} - £{m_band[1]:,}",
            f"- {other}: £{o_band[0]:,} - £{o_band[1]:,}",
            f"Some {_plural(job.lower())} move off the tools into {o_field} as "
            f"{_plural(other.lower())}, or up to {manager.lower()}; others move sideways into "
            f"{l_field} as {_plural(lateral.lower())}.",
            "",
            "Skills that raise your pay",
            f"{', '.join(skills)}.",
            "",
            "Should I join a union?",
            "Not for this claim. Members of a union such as Unite can claim their subscriptions "
            "separately.",
            "",
            "► Start my refund",
            f"Working for a big group or a small firm ({employers[0]}, {employers[1]})? You can "
            "claim wherever you are employed.",
            "",
            "Other questions: Can painters claim flat rate expenses? | Do I need receipts? | "
            "How many years can I cla",
            f"{firm} Ltd is an independent tax agent. Terms | Privacy | Fees (from "
            f"{rng.choice((18, 20, 25))}% of your refund)"]


# --------------------------------------------------------------------------------------
# A job-share vacancy or a job-share register profile
# --------------------------------------------------------------------------------------
def _head(item: str) -> str:
    """The skill a person-specification item names: "Knowledge of X", "Experience of X" and
    "Good X" name X.

    >>> _head("Knowledge of housing law"), _head("Experience of a housing management system")
    ('Housing law', 'Housing management system')
    """
    for lead in ("Knowledge of ", "Experience of a ", "Experience of ", "Good "):
        if item.startswith(lead):
            item = item[len(lead):]
            return item[:1].upper() + item[1:]
    return item


# (the post (the role), the employers (the workplace and its trust or council), the site's
#  top and its menu, the area of the breadcrumb, the grade and spine points, the purpose,
#  essential and desirable items (skills), the training (`optional`), the two other posts
#  paid by the hour, the moves in, the next post with its grade and the post after, sector)
_JSVACANCY = (
    ("Attendance Officer", ("Millbrook Academy", "Pennine Crest Learning Trust"),
     "Pennine Crest Learning Trust — Vacancies", "Support staff", ("Grade 4", "SCP 5 - 7"),
     "To improve pupils' attendance through early contact with families and the "
     "attendance team.",
     ("Knowledge of attendance legislation", "Experience of SIMS", "Excel",
      "Good communication skills"),
     ("Home visiting experience", "Arbor"), "Level 2 safeguarding training",
     ("Lunchtime supervisor", "Breakfast club leader"),
     ("Receptionist", "Pastoral Support Worker", "Teaching Assistant"),
     ("Head of Attendance", "Grade 6"), "Trust Attendance Lead",
     "Education (secondary academies)"),
    ("Housing Officer", ("Calderbrook District Council",), "Calderbrook District Council — Jobs",
     "Housing and communities", ("Grade 6", "SCP 12 - 17"),
     "To manage a patch of council tenancies and support tenants to keep their homes.",
     ("Knowledge of housing law", "Case management", "Excel", "Resilience"),
     ("Mediation", "Experience of a housing management system"), "Level 3 award in housing",
     ("Relief caretaker", "Out-of-hours call handler"),
     ("Lettings Officer", "Customer Service Adviser", "Support Worker"),
     ("Housing Team Leader", "Grade 8"), "Tenancy Services Manager", "Local government"),
)


def _jsvacancy(rng: random.Random, g: Guide) -> list[str]:
    """A vacancy advertised as a job share: the site's menu, breadcrumb, the contract line,
    the purpose, the offer, the safeguarding line, the contact and a cut link strip (chrome),
    "X (Job Share - 2 posts)" (the role), the workplace and its trust (employ), "Full-time
    equivalent: Grade 4, SCP 5 - 7, £…" (the role's at its grade), each partner's pro-rata
    pay (no pay), a glued "What you will bringEssential" list and desirables (skills; the
    training `optional`), two other posts' hourly rates (theirs), "would suit A, B or former
    Cs" (moves in), up moves with the next post's grade range (theirs), "Sector:" (a
    sector)."""
    (job, employers, top, area, (grade, scp), purpose, essential, desirable, training,
     (o1, o2), came, (up1, up_grade), up2, sector) = rng.choice(_JSVACANCY)
    occupy(g, job, leads=[up1, up2], moves_in=list(came))
    _facts(g, [_head(n) for n in (*essential, *desirable)], list(employers), [sector],
           [training])
    band = (rng.randrange(24000, 30000, 3), 0)
    band = (band[0], band[0] + rng.randrange(1500, 4000, 3))
    _salary(g, *band, "GBP", level=f"{grade}, {scp}")
    share = rng.choice((0.39, 0.42, 0.45))
    pro = (int(_no_pay(g, round(band[0] * share), 1)), int(_no_pay(g, round(band[1] * share),
                                                                   1)))
    r1 = _cents(rng, 12, 13)
    r2 = round(r1 + rng.randrange(90, 190) / 100, 2)
    _salary(g, r1, r1, "GBP", period="hour", belongs_to=o1)
    _salary(g, r2, r2, "GBP", period="hour", belongs_to=o2)
    up = (band[1] + rng.randrange(3000, 6000, 3), band[1] + rng.randrange(7000, 10000, 3))
    _salary(g, *up, "GBP", level=up_grade, belongs_to=up1)
    contact = rng.choice(("Mrs P. Hallam", "Mr J. Okoro"))
    where = " and ".join(employers)
    cut = "Apply now | Share this job | Job description (PDF) | Person specification (PD"
    g.must_not_appear += [top, contact, "What you will bringEssential", "DBS", cut,
                          "Local Government Pension Scheme"]
    return [f"{top}   Home  About us  Our sites  Vacancies  Contact",
            f"Vacancies › {area} › {job} (Job Share)",
            "",
            f"{job} (Job Share - 2 posts)",
            where,
            f"Contract: Permanent, part time (job share) | Hours: {rng.choice((15, 18.5, 22))} "
            f"hours per week each | Closing date: noon, {rng.randint(4, 20)} January 2027",
            f"Full-time equivalent: {grade}, {scp}, £{band[0]:,} - £{band[1]:,}",
            f"Each partner is paid pro rata: £{pro[0]:,} - £{pro[1]:,} a year",
            "",
            "We would like two people to share this post, one working the start of the week "
            "and one the end, with a written handover. Existing pairs and single applicants "
            "are both welcome; we will help to match partners.",
            "",
            "The role",
            purpose,
            "",
            "What you will bringEssential",
            *(f"- {e}" for e in essential),
            "Desirable",
            *(f"- {d}" for d in desirable),
            f"- {training}",
            "",
            "Other posts in the team",
            f"{_plural(o1)} are paid £{r1:.2f} an hour and {_an(o2.lower())} £{r2:.2f} an "
            "hour.",
            "",
            "Career development",
            f"The post would suit {_prose_list([_plural(c.lower()) for c in came[:-1]], 'or')} "
            f"or former {_plural(came[-1].lower())} looking for a specialist role. Here, "
            f"{_plural(job.lower())} have gone on to {up1} ({up_grade}, £{up[0]:,} - "
            f"£{up[1]:,}) and to {up2}.",
            "",
            "What we offer",
            "Local Government Pension Scheme, employee assistance, free parking, cycle to "
            "work scheme.",
            "",
            f"Safeguarding: we are committed to safeguarding; this post needs an enhanced DBS "
            f"check. Sector: {sector}.",
            f"How to apply: send the application form to the recruitment team, or call "
            f"{contact} for an informal chat.",
            cut]


# (the post (the role), its long title (an alias), the band, the trust, the team, the area
#  of the register, registration (`optional`), essential, desirable and personal items
#  (skills), the trainee and band and the other move in with its workplace, the two up moves
#  named with a slash and the manager with band, the lateral posts and the service
#  (`optional`), the county, the sector)
_JSREGISTER = (
    ("Occupational Therapist", "Community Occupational Therapist (Adult Services)", "Band 6",
     "Wyre Forest Community Healthcare NHS Trust", "Kidderminster community rehab team",
     "Adult community services", "registration with the HCPC",
     ("Moving and handling assessment", "Equipment prescription", "Falls prevention",
      "SystmOne"), ("Splinting", "Vocational rehabilitation"), ("Organised", "Flexible"),
     ("Rehabilitation Support Worker", "Band 4"), ("Activities Coordinator", "a care home"),
     ("Clinical Educator", "Placement Lead"), ("Therapy Team Manager", "Band 7"),
     ("Discharge Coordinator", "Wheelchair Assessor"), "the wheelchair service",
     "Worcestershire", "NHS community health"),
    ("Podiatrist", "Community Podiatrist (Diabetes Foot Care)", "Band 6",
     "Tamesis Valley Community NHS Trust", "Reading foot health team",
     "Planned care", "registration with the HCPC",
     ("Nail surgery", "Diabetic foot assessment", "Wound care", "EMIS Web"),
     ("Biomechanics", "Local anaesthesia"), ("Calm", "Reliable"),
     ("Foot Care Support Worker", "Band 4"), ("Foot Health Practitioner", "a high street clinic"),
     ("Practice Educator", "Student Placement Lead"), ("Podiatry Team Manager", "Band 7"),
     ("Tissue Viability Practitioner", "Falls Prevention Coordinator"), "the falls service",
     "Berkshire", "NHS community health"),
)


def _jsregister(rng: random.Random, g: Guide) -> list[str]:
    """A staff intranet's job-share register profile: the intranet's menu, breadcrumb and
    profile number, the register's menu, the anonymous post holder, status, the line
    manager, the message / save / report buttons and a cut footer (chrome), "PARTNER WANTED
    FOR A JOB SHARE: X (Band 6)" (the role; "also advertised as" an alias), the FTE band
    (the role's at its band), a share's pro-rata range and the holder's own pro-rata pay
    (no pay), the high cost area supplement (no pay), essential, desirable and personal
    items (skills; registration `optional`), a trainee on a training agreement and a move
    from another workplace (moves in), "progressed to A / B roles and to C (Band 7, £…)"
    (up moves, C's range theirs), lateral moves (the service `optional`), the trust
    (employs) and "Sector:" (a sector)."""
    (job, long_title, band_name, trust, team, area, registration, essential, desirable,
     personal, (trainee, t_band), (came, place), (up_a, up_b), (manager, m_name),
     (lat1, lat2), service, county, sector) = rng.choice(_JSREGISTER)
    occupy(g, job, leads=[up_a, up_b, manager], moves_in=[trainee, came],
           transitions=[lat1, lat2])
    _spell(g, long_title)
    _facts(g, [*essential, *desirable, *personal], [trust], [sector], [registration, service])
    band = (rng.randrange(36000, 39000, 3), 0)
    band = (band[0], band[0] + rng.randrange(6500, 8500, 3))
    _salary(g, *band, "GBP", level=band_name)
    mine, theirs = rng.choice(((0.6, 0.4), (0.5, 0.5), (0.7, 0.3)))
    share = (int(_no_pay(g, round(band[0] * theirs), 1)), int(_no_pay(g, round(band[1] * theirs),
                                                                      1)))
    own = int(_no_pay(g, round(band[1] * mine), 1))
    supplement = int(_no_pay(g, rng.randrange(1100, 1700, 7), 7))
    m_band = (band[1] + rng.randrange(1000, 2500, 3), band[1] + rng.randrange(7000, 9000, 3))
    _salary(g, *m_band, "GBP", level=m_name, belongs_to=manager)
    intranet = rng.choice(("MyTrust Hub", "StaffPoint"))
    line_manager = rng.choice(("Locality Lead, North", "Team Manager, South"))
    profile = f"Profile JS-{rng.randint(100, 999):04d}"
    g.must_not_appear += [intranet, profile, "Create a profile", "My matches", line_manager,
                          "Send message", "Report profile", "This intranet is for staff use"]
    return [f"{intranet} — {trust}   Home | My HR | Policies | Job share register | Sign out",
            f"Job share register › {area} › {profile}",
            "Flexible working: find a job share partner",
            "Create a profile  |  Browse profiles  |  My matches (1)  |  Job share guidance (PDF)",
            "",
            f"PARTNER WANTED FOR A JOB SHARE: {job} ({band_name}), {team}",
            f"Posted by: post holder (anonymous until first contact) · {rng.randint(10, 28)}/11/"
            "2026 · Status: OPEN",
            "",
            "The post",
            f"{job} (also advertised as {long_title}), 37.5 hrs per week, permanent",
            f"I work {mine:g} WTE and am looking for someone to take the other {theirs:g} WTE, "
            "with a handover on the day we overlap.",
            "",
            "Pay",
            f"Agenda for Change {band_name}: £{band[0]:,} - £{band[1]:,} a year full time, paid "
            "pro rata.",
            f"(A {theirs:g} WTE share is £{share[0]:,} - £{share[1]:,}; I am on £{own:,} for my "
            f"{mine:g} WTE.)",
            f"High cost area supplement of £{supplement:,} where it applies; mileage and car "
            "user allowance paid.",
            "",
            "What I would like in a partner",
            f"Essential: {registration}; {'; '.join(_soft(e) for e in essential)}.",
            f"Desirable: {', '.join(_soft(d) for d in desirable)}, a driver.",
            f"Personal: {', '.join(_soft(p) for p in personal)}.",
            "",
            "Could someone who is not yet registered share the post?",
            f"Yes - {_an(trainee.lower())} ({t_band}) on the trust's apprenticeship can share "
            f"on a training agreement. One of us came from {place} as {_an(came.lower())}.",
            "",
            "Career notes",
            f"Colleagues have progressed to {up_a} / {up_b} roles and to {manager} ({m_name}, "
            f"£{m_band[0]:,} - £{m_band[1]:,}). Some moved across to {lat1.lower()} posts or "
            f"into {service} as {_plural(lat2.lower())}.",
            "",
            "Trust details",
            f"{trust}, community services, {county}. Sector: {sector}.",
            "",
            f"Message me through the register. Line manager: {line_manager}.",
            "[Send message]   [Save profile]   [Report profile]",
            "Logged in as staff. Profiles expire after 90 days. This intranet is for staff use "
            "on"]


# --------------------------------------------------------------------------------------
# An HR system's job profile record
# --------------------------------------------------------------------------------------
# (the profile (the role), its additional titles (aliases), the company (printed, short),
#  job family group and family (`optional`), the grade and two regions, the skills field's
#  items (skills; a tool in parentheses too), competencies, the certification (`optional`),
#  the previous profile and grade, the next profile and grade, the one after, the lateral
#  profiles, the readiness programme, the SOC title (`optional`), the EEO-1 category, the
#  industries (sectors))
_HRHCM = (
    ("Packaging Line Technician", ("Line Technician - Packaging", "Packaging Mechanic"),
     ("Cedar Ridge Foods Inc.", "Cedar Ridge Foods"), ("Manufacturing Operations",
                                                       "Maintenance"),
     ("H16", ("US Midwest", "US South")),
     ("Mechanical troubleshooting", ("Programmable logic controllers", ("Allen-Bradley PLC",)),
      "Changeover setup", "Preventive maintenance"),
     ("Safety Focus", "Solves Problems", "Collaborates"), "OSHA 10-hour certification",
     ("Packaging Operator II", "H12"), ("Maintenance Supervisor", "S18"), "Maintenance Manager",
     ("Reliability Technician", "Quality Technician"), "Technician Growth program",
     "49-9041 Industrial Machinery Mechanics", "Technicians (Craft Workers)",
     ("Food manufacturing", "Consumer packaged goods")),
    ("Sterile Processing Technician", ("Central Sterile Technician", "SPD Technician"),
     ("Lakeshore Health System", "Lakeshore Health System"), ("Clinical Support",
                                                              "Sterile Processing"),
     ("H12", ("Chicago Metro", "Wisconsin Rural")),
     ("Decontamination", ("Instrument tracking", ("TrayTrack",)), "Steam sterilization",
      "Tray assembly"),
     ("Patient Focus", "Attention to Detail", "Teamwork"), "CRCST certification",
     ("Sterile Processing Aide", "H09"), ("Sterile Processing Supervisor", "S15"),
     "Sterile Processing Manager", ("Endoscopy Technician", "Materials Coordinator"),
     "Lead Readiness program", "31-9093 Medical Equipment Preparers",
     "Service Workers (Healthcare Support)", ("Hospitals", "Health care")),
)


def _hrhcm(rng: random.Random, g: Guide) -> list[str]:
    """An HCM system's job profile record: the system's header, tenant, user, tabs, job code,
    dates, flags, management level, pay rate type, exemption, the allowance and bonus plans,
    EEO-1, integration IDs, the history line and the export line (chrome), "Job Profile Name"
    (the role), "Additional Job Titles" (aliases), job family group and family and the SOC
    title (`optional`), a grade-profile table with minimum, midpoint and maximum per region
    (each minimum–maximum a band of the role at its grade with the region; the midpoint no
    pay), shift differentials and premiums (no pay), the "Skills" field (skills, a tool in
    parentheses too), competencies with rating words (the competency a skill, the rating
    chrome), the certification (`optional`), "Previous" (a move in, its range theirs), "Next"
    (an up move on the ladder, its yearly range theirs), "Lateral" (lateral moves), a path
    note continuing the ladder, the company (employs) and "Industry (company)" (sectors)."""
    (job, (alias1, alias2), (printed, short), (group, family), (grade, regions), skills,
     competencies, cert, (prev, p_grade), (nxt, n_grade), after, (lat1, lat2), programme,
     soc, eeo, industries) = rng.choice(_HRHCM)
    occupy(g, job, ladder=[job, nxt, after], moves_in=[prev], transitions=[lat1, lat2])
    _spell(g, alias1, alias2)
    _legal(g, printed, short)
    _facts(g, [*_skills(skills), *competencies], [], list(industries),
           [group, family, cert, soc])
    rows = []
    low = _cents(rng, 21, 25)
    for region in regions:
        high = round(low + rng.randrange(550, 800) / 100, 2)
        _salary(g, low, high, "USD", period="hour", level=f"Grade {grade}", region=region)
        rows.append((region, low, round((low + high) / 2, 2), high))
        low = round(low + rng.randrange(150, 260) / 100, 2)
    p_band = (round(rows[0][1] - rng.randrange(400, 550) / 100, 2),
              round(rows[0][1] + rng.randrange(80, 200) / 100, 2))
    _salary(g, *p_band, "USD", period="hour", level=f"Grade {p_grade}", belongs_to=prev)
    n_band = (rng.randrange(58000, 64000, 500), rng.randrange(74000, 82000, 500))
    _salary(g, *n_band, "USD", level=f"Grade {n_grade}", belongs_to=nxt)
    differential = _no_pay(g, rng.choice((1.25, 1.5, 1.75)), 0.05)
    premium = _no_pay(g, rng.choice((0.75, 1.0)), 0.05)
    ratings = [rng.choice(("Level 3 - Advanced", "Level 2 - Proficient")),
               "Level 2 - Proficient", "Level 1 - Developing"]
    system = rng.choice(("PeopleGrid HCM", "Workstream HR"))
    user = rng.choice(("r.osei", "m.lindqvist"))
    g.must_not_appear += [system, user, "Integration IDs", eeo, "Proficient", "Developing",
                          "HR Partner", "Export to Excel", "Shift Differential"]
    return [f"{system}  ▸ Find: job profiles   🔔 {rng.randint(1, 9)}   Help   Log out ({user})",
            f"{printed} · Tenant: {short.split()[0].upper()}-PROD",
            f"Job Profile  {job}  ⋯ Related actions",
            "Overview | Compensation | Qualifications | Career Path | Classifications | "
            "Integration IDs | Audit",
            "",
            f"Job Profile Name  {job}",
            f"Job Code  {''.join(w[0] for w in job.split())}-{rng.randint(10, 99)}",
            f"Effective Date  0{rng.randint(1, 9)}/01/2026",
            "Inactive  No",
            f"Additional Job Titles  {alias1}; {alias2}",
            f"Job Family Group  {group}",
            f"Job Family  {family}",
            "Management Level  9 - Individual Contributor",
            "Pay Rate Type  Hourly",
            "Job Exempt  No (FLSA non-exempt)",
            "",
            "Summary",
            f"Works one shift in the {family.lower()} area; keeps equipment and work areas "
            f"ready and reports issues to the {nxt}.",
            "",
            "Compensation",
            f"Compensation Grade  {grade}",
            "Grade Profile | Currency | Minimum | Midpoint | Maximum | Frequency",
            *(f"{grade} - {region} | USD | {mn:.2f} | {md:.2f} | {mx:.2f} | Hourly"
              for region, mn, md, mx in rows),
            f"Allowance Plans  Shift Differential - Nights (${differential:.2f}/hr); Weekend "
            f"Premium (${premium:.2f}/hr)",
            "Bonus Plan  Quarterly Attendance Bonus",
            "",
            "Qualifications",
            f"Skills  {'; '.join(_item(s) for s in skills)}",
            "Competencies  " + "; ".join(f"{c} ({r})" for c, r in zip(competencies, ratings,
                                                                       strict=True)),
            f"Certifications  {cert} - Required within 90 days",
            "Education  High school diploma or equivalent",
            "",
            "Career Path",
            f"Previous  {prev} (Grade {p_grade}, ${p_band[0]:.2f} - ${p_band[1]:.2f})",
            f"Next  {nxt} (Grade {n_grade}, ${n_band[0]:,} - ${n_band[1]:,} per year)",
            f"Lateral  {lat1}; {lat2}",
            f"Path note  {_plural(job)} who finish the {programme} usually move up to {nxt} "
            f"within two years; {_plural(nxt)} go on to {after}.",
            "",
            "Classifications",
            f"EEO-1 Job Categories  {eeo}",
            f"SOC  {soc}",
            f"Industry (company)  {industries[0]}; {industries[1]}",
            "",
            f"Integration IDs  WD-JP-{rng.randint(100000, 999999)}",
            f"History  Last changed 0{rng.randint(1, 9)}/14/2026 by HR Partner – grade profile "
            f"{regions[1]} added",
            f"Export to Excel  |  Print  |  Run by {user} 12/0{rng.randint(1, 5)}/2026"]


# (the profile (the role), its other titles (aliases), the university, the area and family
#  (`optional`), the career track (`optional`), the grade, spine and contribution points,
#  competencies (skills; tools in parentheses too), the qualifications (`optional`), the
#  entry routes (moves in), the lateral posts and their units, the benchmark)
_HRLIBRARY = (
    ("Learning Technologist", ("Digital Learning Developer", "E-learning Technologist"),
     "Carrick Water University", "Professional Services", "Digital Education (DE)",
     "Professional - Technical", 6, ("24-29", "30-32"),
     ("Learning design", "Accessibility of digital content",
      ("Virtual learning environments", ("Moodle", "Blackboard")), "Video production",
      "Staff training"),
     ("Degree in a relevant subject", "CMALT accreditation"),
     ("IT Support Analyst", "Instructional Designer", "School Teacher"),
     (("Academic Developer", "Learning and Teaching Centre"),
      ("Digital Accessibility Officer", "Library Services")), "DE6"),
    ("Research Technician", ("Laboratory Research Technician", "Technical Officer"),
     "Bowland Ridge University", "Technical", "Life Sciences Technical Services (TS)",
     "Technical - Research support", 5, ("20-24", "25-27"),
     ("Laboratory safety", ("Sample preparation", ("centrifuges", "PCR machines")),
      "Data recording", "Equipment maintenance", "Supporting students"),
     ("HNC in Applied Biology", "Registered Science Technician (RSciTech)"),
     ("Laboratory Aide", "Science Apprentice", "Quality Control Analyst"),
     (("Research Data Officer", "Research Office"), ("Technical Sales Representative",
                                                     "industry")), "TS5"),
)


def _hrlibrary(rng: random.Random, g: Guide) -> list[str]:
    """A university HR system's role profile record: the portal's header and signed-in view,
    breadcrumb and code, a glued record-status line, purpose and responsibilities (no
    skills), the linked records, the note and a cut audit trail (chrome), "Profile Title:"
    (the role), "Also Known As:" (aliases), job family and career track (`optional`), "Salary
    (FTE): £… (spine points …)" and the contribution range (the role's at their points), a
    competency table with expected levels (the competencies skills, tools in parentheses too;
    the level words chrome), E / D qualifications (`optional`), "Entry routes:" (moves in),
    "Next step: Senior X (Grade 7, £…) → Principal X (Grade 8)" (a ladder, the Senior range
    the role's at Senior), "Sideways moves:" (lateral moves), the university (employs) and
    "Sector:" (a sector)."""
    (job, (alias1, alias2), university, area, family, track, grade, (spine, contrib),
     competencies, quals, entries, ((lat1, unit1), (lat2, unit2)), bench) = rng.choice(
        _HRLIBRARY)
    senior, principal = f"Senior {job}", f"Principal {job}"
    occupy(g, job, ladder=[job, senior, principal], moves_in=list(entries),
           transitions=[lat1, lat2])
    _spell(g, alias1, alias2)
    _facts(g, _skills(competencies), [university], ["Higher education"],
           [family, track, *quals])
    band = (rng.randrange(31000, 36000, 7), 0)
    band = (band[0], band[0] + rng.randrange(5500, 7500, 7))
    _salary(g, *band, "GBP", level=f"Grade {grade}, spine points {spine}")
    top = (band[1] + rng.randrange(900, 1600, 7), 0)
    top = (top[0], top[0] + rng.randrange(1800, 2600, 7))
    _salary(g, *top, "GBP", level=f"Grade {grade}, contribution points {contrib}")
    s_band = (top[0] + rng.randrange(300, 900, 7), top[1] + rng.randrange(5000, 8000, 7))
    _salary(g, *s_band, "GBP", level=f"Senior, Grade {grade + 1}")
    words = ("Proficient", "Developing", "Expert")
    ratings = [rng.choice(words) for _ in competencies]
    portal = rng.choice(("StaffCentral", "UniHR Online"))
    viewer = rng.choice(("HR Business Partner view", "Manager view"))
    user = rng.choice(("l.marsh", "d.evans4"))
    g.must_not_appear += [portal, viewer, *sorted(set(ratings)), "JOB PROFILEState",
                          "LINKED RECORDS", user, "Next review due"]
    code = f"{bench[:-1]}-0{grade}-{''.join(w[0] for w in job.split())}"
    label = "{:<24}".format
    return [f"{portal} | {university}        Signed in: {viewer}   [Home] [My Team] "
            "[Role Library] [Reports] [Log out]",
            f"Role Library > {area} > {family.split(' (')[0]} > {code}",
            f"JOB PROFILEState: Published · Rev. {rng.randint(2, 6)} · Maintained by: Reward "
            f"team · Exported {rng.randint(1, 5)}/12/2026",
            "",
            f"{label('Profile Title:')}{job}",
            f"{label('Also Known As:')}{alias1}; {alias2}",
            f"{label('Profile Code:')}{code}",
            f"{label('Job Family:')}{family}",
            f"{label('Career Track:')}{track}",
            f"{label('Grade:')}{grade} (HERA evaluated)",
            f"{label('Salary (FTE):')}£{band[0]:,} - £{band[1]:,} (spine points {spine})",
            f"{label('Contribution Range:')}£{top[0]:,} - £{top[1]:,} (points {contrib}, "
            "discretionary)",
            f"{label('Market Supplement:')}None",
            "",
            "PURPOSE",
            f"To provide specialist support to the {area.lower()} work of the university and "
            "to the staff and students who rely on it.",
            "",
            "MAIN RESPONSIBILITIES",
            "1 Plan and deliver the service's day-to-day work; 2 Advise colleagues; 3 Keep "
            "records and report on them; 4 Take part in projects and reviews",
            "",
            f"COMPETENCIES (expected at Grade {grade})",
            f"{'Competency':<46}| Expected level",
            *(f"{_item(c):<46}| {r}" for c, r in zip(competencies, ratings, strict=True)),
            "",
            "QUALIFICATIONS",
            f"E  {quals[0]}, or equivalent experience",
            f"D  {quals[1]}",
            "E  Right to work in the UK",
            "",
            "CAREER PATH",
            f"{label('Entry routes:')}{'; '.join(entries)}",
            f"{label('Next step:')}{senior} (Grade {grade + 1}, £{s_band[0]:,} - "
            f"£{s_band[1]:,}) → {principal} (Grade {grade + 2})",
            f"{label('Sideways moves:')}{lat1} ({unit1}); {lat2} ({unit2})",
            f"{label('Note:')}Moving to {senior} is through the annual promotion round, not "
            "regrading.",
            "",
            f"LINKED RECORDS   RAQ v{rng.randint(2, 5)} · HERA score {rng.randint(380, 460)} · "
            f"Benchmark: UCEA {bench}",
            "Sector: Higher education",
            f"Audit trail: created 0{rng.randint(1, 9)}-Mar-2022 ({user}) · last modified "
            f"{rng.randint(10, 28)}-Oct-2026 · Next review due 0"]


(FAMILY44_RENDERERS, FAMILY44_LAYOUTS, FAMILY44_LADDER_LAYOUTS,
 FAMILY44_ALIAS_LAYOUTS) = variant_families({
    "slovakmt": {"portal": _skportal, "trades": _sktrades},
    "malaymt": {"public": _mypublic, "private": _myprivate},
    "mortgageguide": {"scale": _mgscale, "rotation": _mgrotation},
    "taxrelief": {"uniform": _txuniform, "tools": _txtools},
    "jobshare": {"vacancy": _jsvacancy, "register": _jsregister},
    "hrisprofile": {"hcm": _hrhcm, "library": _hrlibrary},
})
