"""Generator renderers for the six page families of held-back set 55 (Uzbek postings ...).

Held-back set 55 showed six more kinds of page users bring: an Uzbek job posting read through a
browser translator (a regional board's factory posting with the range in soums "in hand", pay by
the worker's category, the dollar equivalent, the apprentice's pay and a career line with a
floor and a ceiling in brackets, or an IT board's "Middle" posting with a dollar range paid in
soums, Senior's floor, the intern's pay and similar vacancies in "c.u."), a Nepali posting read
through a translator (a job portal's posting with the gross range, its yearly lakh equivalent,
the in-hand after tax, allowances and the Assistant's floor in two scripts, or a rural
municipality's notice with a post table of levels and remuneration), a workers' compensation
injury report (a US state's employer's report printed from a claims portal with its numbered
fields run together, or a Canadian board's confirmation with lettered sections and the earnings
block), an agency or contractor timesheet (a locum app's week with the pay and charge rates and
a client rate card, or a vendor management system's timesheet with a day rate, a bill rate and
a rate card by level), a worker's unpaid-wage claim (a state labour office's claim form with the
rate promised and the rate paid, or a province's online claim with a flat weekly pay and the
worker's history abroad) and an agreement ending one employee's job (a US separation agreement
in an HR e-mail with the final salary and its hourly equivalent, or a UK settlement agreement's
draft with the declined alternative role).  These renderers write such pages from a planned
guide, two variants a family, about occupations that fit them (occupy()); every fact the truth
keeps is printed and what a style does not state is cleared: the dollar equivalent of a soum
range, the yearly lakh figure and the in-hand after tax, the average weekly wage, the earnings
of 4 and 52 weeks and the wages advanced, the hours-times-rate totals and the estimated gross,
the final salary's hourly equivalent are the same pay; allowances, premiums, bonuses, options,
compensations, fees, the charge and bill rates, standby and on-call fees, mileage, expenses,
overtime rates, penalties, deductions, tips, severance, PTO, incentives, commissions, notice and
ex gratia payments and legal fees stay out of the role's pay; minimum wages, compensation rates
and benefit maxima are nobody's pay; Middle, Senior, Junior, Intern, category, Apprentice,
Assistant, Journeyperson, level and the post table's level are the role's own at their level,
board averages its points, and other titles' figures keep their owners; glosses, idioms, PPE,
certificates, agencies, MSPs, clients' departments, households, carriers and law firms are
`optional` or must not appear.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from benchmarks.web_families54 import _rub
from benchmarks.web_kit import (
    _an,
    _cap,
    _de,
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

__all__ = ["FAMILY55_ALIAS_LAYOUTS", "FAMILY55_LADDER_LAYOUTS", "FAMILY55_LAYOUTS",
           "FAMILY55_RENDERERS"]

def _nepali(amount: int) -> str:
    """A rupee figure in Devanagari digits, as a Nepali page keeps it beside the Latin one:
    28000 → "२८,०००"."""
    return native_digits(f"{amount:,}", "०")


def _mln(amount: int) -> str:
    """Soums in millions as a career line abbreviates them: 11_000_000 → "11 mln"."""
    return f"{amount / 1_000_000:g} mln"


# --------------------------------------------------------------------------------------
# An Uzbek job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role) and its Uzbek gloss (`optional`), the employer (printed, short), the
#  district and the region, what the factory is (a sector) and what it makes, duties (no
#  skills), the schooling (`optional`), the machine brands and the tools (skills), the idiom
#  (must not appear), the ladder (the rung below: a move in; the foreman: a move up; the head),
#  the key-skill chips (`optional`), the similar vacancies: the same title's firm and town,
#  another title and its region, a "Negotiable" title (`optional`) and its town, the cut one)
_UZBOARD = (
    ("Sewing equipment mechanic", "tikuv uskunalari mexanigi",
     ("Zarafshon Libos Fabrikasi MChJ", "Zarafshon Libos Fabrikasi"), "Gijduvon district",
     "Bukhara region", "garment factory",
     "knitted children's clothes and sportswear for buyers in Kazakhstan and Poland",
     ("to tune the lockstitch, overlock and flatlock machines for each new model",
      "to change the needle plates, loopers and feed dogs and to find the skipped stitches",
      "to keep the log of the repairs and to show the seamstresses the threading"),
     "vocational college in light industry machinery",
     ("Juki", "Brother", "Pegasus"), ("Feeler gauge", "Multimeter", "Servo motor setup"),
     "golden hands and a patient character",
     ("Sewing machine operator", "Repair section foreman", "Chief mechanic of the factory"),
     ("Machine repair", "Sewing equipment"),
     (("Buxoro Trikotaj Klaster MChJ", "Buxoro Trikotaj Klaster"), "Kagan"),
     ("Embroidery machine operator", "Navoi region"), ("Cutter (men)", "Vobkent"),
     "Quality controller · Bukhara · 3 800 0"),
    ("Extrusion line operator", "ekstruziya liniyasi operatori",
     ("Chirchiq Polimer Quvur MChJ", "Chirchiq Polimer Quvur"), "Chirchiq city",
     "Tashkent region", "plastic pipe plant",
     "polyethylene and polypropylene pipes for the water utilities and the builders",
     ("to start the extruder, to set the zones of the barrel and the speed of the puller",
      "to measure the wall of the pipe every hour and to change the die before a new diameter",
      "to clean the vacuum tank and to hand over the shift with the notes"),
     "secondary special education in chemical technology or mechanics",
     ("Battenfeld-Cincinnati", "KraussMaffei", "Siemens S7"),
     ("Ultrasonic wall gauge", "Vernier caliper", "Regrind dosing"),
     "eyes that notice a bubble in the melt",
     ("Packer-stacker", "Shift master of extrusion", "Head of production"),
     ("Extruders", "Polymer processing"),
     (("Angren Plast Quvur MChJ", "Angren Plast Quvur"), "Angren"),
     ("Injection moulding operator", "Samarkand region"), ("Loader-driver", "Yangiyul"),
     "Granulator operator · Almalyk · 5 200 0"),
)


def _uzboard(rng: random.Random, g: Guide) -> list[str]:
    """A regional Uzbek board's factory posting through a translator: the translator bar, menu
    with languages, breadcrumb, posting and employment lines, buttons, the Telegram apply line
    and footer (chrome), "Title (Uzbek gloss)" (the role; the gloss `optional`), "from a to b
    soums in hand" (the role's), the employer with its rating (employs), a glued "About the
    company…What will be your work:" (the factory's kind a sector; duties no skills; one duty
    glued to the next), requirements (brands and tools are skills; the schooling `optional`; the
    idiom must not appear), conditions (pay by category: the role's at each category; the
    dollar equivalent and the advance the same pay; the apprentice's pay at Apprentice; the
    premium and 13th salary no pay), a glued "Growth:" arrow line (the rung below a move in with
    its floor, the foreman a move up whose "up to" ceiling is no band, the head), the minimum
    wage (nobody's), key-skill chips (`optional`), the board's regional average (the role's
    point) and similar vacancies (the same title elsewhere: an employer and the role's with its
    town; the head's floor, theirs; another title's range, theirs; "Negotiable" `optional`; one
    cut mid-figure)."""
    (job, gloss, (printed, short), district, region, kind, goods, duties, school, brands, tools,
     idiom, (below, foreman, head), chips, ((sprinted, sshort), stown), (other, oregion),
     (negotiable, ntown), cut) = rng.choice(_UZBOARD)
    occupy(g, job, ladder=[below, job, foreman, head], leads=[foreman], moves_in=[below])
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    _facts(g, [*brands, *tools], [], [_cap(kind)], [gloss, school, *chips, negotiable, ntown])
    step = rng.choice((300_000, 400_000, 500_000))
    low = rng.randrange(51, 66, 2) * 100_000  # odd hundred thousands: no chance set-55 figure
    cats = [low + step * i for i in range(3)]
    high = cats[2] + rng.choice((0, 200_000))
    _salary(g, low, high, "UZS", period="month")
    for n, pay in zip((4, 5, 6), cats, strict=True):
        _salary(g, pay, pay, "UZS", period="month", level=f"{n}th category")
    apprentice = low - rng.randrange(15, 25) * 100_000
    _salary(g, apprentice, apprentice, "UZS", period="month", level="Apprentice")
    bfloor = apprentice + rng.randrange(5, 10) * 100_000
    _salary(g, bfloor, None, "UZS", period="month", belongs_to=below)
    average = low - rng.randrange(1, 6) * 100_000
    _salary(g, average, average, "UZS", period="month", point=True, region=region)
    same = rng.choice([v for v in range(low + 100_000, high + 900_000, 100_000)
                       if v not in (*cats, high, 7_000_000)])
    _salary(g, same, same, "UZS", period="month", region=stown)
    hfloor = high + rng.randrange(30, 50, 5) * 100_000
    _salary(g, hfloor, None, "UZS", period="month", belongs_to=head)
    olow = low - rng.randrange(5, 12) * 100_000
    _salary(g, olow, olow + 1_500_000, "UZS", period="month", belongs_to=other)
    ceiling = int(_no_pay(g, high + rng.randrange(2, 4) * 1_000_000, 1_000_000))
    dollars = (int(_no_pay(g, round(low / 12_650, -1), 10)),
               int(_no_pay(g, round(high / 12_650, -1), 10)))
    minimum = int(_no_pay(g, rng.choice((1_155_000, 1_195_000)), 5_000))
    board = rng.choice(("ishqidir.uz", "vakansiya-viloyat.uz"))
    g.must_not_appear += [cut, idiom, "Add to saved", "Similar vacancies", board,
                          "Contract employment"]
    return ["Page translated: Uzbek → English   See the original   Never translate Uzbek   ⚙",
            f"{board}   Jobs   CVs   Firms   Hiring?   Sign in   Oʻzbekcha | Русский",
            f"Main / Jobs / Production / {region}",
            f"{_cap(job)} ({gloss})",
            f"Salary: from {_rub(low)} to {_rub(high)} soums in hand",
            f"Experience needed: {rng.randint(1, 2)} to {rng.randint(3, 5)} years   Two shifts, 5/2"
            "   "
            "Contract employment",
            f"Published {rng.randint(1, 6)} December 2026 · {district}",
            f"{printed}  ✔ checked  ★ {rng.randint(38, 49) / 10} ({rng.randint(9, 60)} reviews)",
            f"{district}, {rng.choice(('Mustaqillik', 'Navbahor', 'Bogishamol'))} street, "
            f"{rng.randint(2, 60)}   |   Respond   Phone   Add to saved",
            f"About the company{short} is a {kind} that sews and sells {goods}; there are "
            f"{rng.randint(120, 600)} workers on two sites.What will be your work:"
            if "sew" in job.lower() else
            f"About the company{short} is a {kind} that makes {goods}; {rng.randint(4, 12)} "
            f"lines work around the clock.What will be your work:",
            f"- {duties[0]}",
            f"- {duties[1]}- {duties[2]}",
            "Requirements:",
            f"- {school}",
            f"- at least a year with {brands[0]}, {brands[1]} or {brands[2]} equipment",
            f"- {tools[0].lower()} and {tools[1].lower()} in the hand, {tools[2].lower()}",
            f"- {idiom} — the line does not wait",
            "What we give:",
            "- the pay comes twice a month to the card (the advance on the 20th, the rest on the "
            "7th)",
            "- the pay follows your category: " + ", ".join(
                f"{n}th category — {_rub(pay)} soums" for n, pay in zip((4, 5, 6), cats,
                                                                         strict=True)),
            f"- (by today's rate that is roughly {dollars[0]} to {dollars[1]} dollars)",
            f"- an apprentice (shogird) learns for 2 months and gets {_rub(apprentice)} soums",
            "- a premium for the plan up to 15% every month and a 13th salary in December",
            "- hot lunch, a service bus from the district centre, overalls and shoes",
            f"Growth:we promote from inside.{_cap(below)} (from {_rub(bfloor)} soums) → {job} → "
            f"{foreman} (up to {_mln(ceiling)} soums) → {head}",
            f"Remember: the minimum monthly wage is {_rub(minimum)} soums, our pay is far above "
            "it.",
            f"Write to Telegram: @{short.split()[0].lower()}_kadr   Phone: +998 7_ ___ __ "
            f"{rng.randint(10, 99)}",
            "Key skills:  " + "   ".join([chips[0], brands[0], chips[1], tools[0]]),
            f"Mean pay of this job in the {region}: {_rub(average)} soums (statistics of "
            f"{board})",
            "Similar vacancies",
            f"{_cap(job)} · {sprinted} · {stown} · {_rub(same)} soums",
            f"{_cap(head)} · {region} · from {_rub(hfloor)} soums",
            f"{_cap(other)} · {oregion} · {_rub(olow)} - {_rub(olow + 1_500_000)} soums",
            f"{_cap(negotiable)} · {ntown} · Negotiable",
            cut,
            f"© 2019-2026 {board} — jobs in the regions   Rules   Advertising   Help"]


# (the title (the role; "Middle X" an alias) and its Uzbek gloss (`optional`), the company
#  (printed, short), the district, its industry (a sector), what it does, tasks (no skills),
#  the requirements and the advantages (skills), the developers welcome to switch (a move in),
#  the similar vacancies' firms: Junior's, Senior's and the same title's (employers), another
#  title (theirs), the cut one (`optional` title))
_UZIT = (
    ("Golang Developer", "Go dasturchi", ("Yolchi Tech MChJ", "Yolchi Tech"),
     "Yunusobod district", "Ride-hailing",
     "a taxi and delivery app with 1.5 million trips a month in Tashkent, Samarkand and Namangan",
     ("to build the services of the trip pricing and the driver payouts",
      "to cover the code with tests and to review the merge requests of the colleagues",
      "to agree the contracts of the API with the mobile team"),
     ("Go", "PostgreSQL", "Redis", "Kafka", "gRPC", "Docker", "Kubernetes", "Prometheus"),
     ("ClickHouse", "Grafana", "Python"), "PHP developer",
     ("Tezkor Soft", "Raqamli Yechim", "Orzu Labs"), "Java developer",
     "DevOps Lead — Tashkent — after the interv"),
    ("Data Analyst", "ma'lumotlar tahlilchisi", ("Savdo Bozor Tech MChJ", "Savdo Bozor Tech"),
     "Chilonzor district", "E-commerce",
     "a marketplace of 40 000 sellers with its own delivery points in every region",
     ("to build the dashboards of the orders, the returns and the seller rating",
      "to prepare the A/B tests of the catalogue with the product managers",
      "to write the SQL for the weekly report to the management"),
     ("SQL", "Python", "pandas", "Power BI", "A/B testing", "Statistics", "ClickHouse",
      "Airflow"), ("dbt", "Looker Studio", "Tableau"), "Excel analyst",
     ("Bilim Data", "Ipak Yoli Analytics", "Kapital Soft"), "BI Developer",
     "Head of Analytics — Tashkent — by the results of the int"),
)


def _uzit(rng: random.Random, g: Guide) -> list[str]:
    """An Uzbek IT board's posting through a translator: the translation bar, menu, breadcrumb,
    the district line, buttons, views and responses, selection stages and footer (chrome),
    "Middle X (Uzbek gloss)" (the role at Middle, "Middle X" an alias; the gloss `optional`),
    "$a - b per month, in hand" paid in soums (the role's at Middle), the company with its IT
    Park status (employs; the status must not appear) and industry (a sector), a glued "About
    us…Tasks:" (tasks no skills), requirements run together on one bulleted line and
    advantages (skills), emoji offer lines (the tax note; the review and Senior's floor, the
    role's at Senior; the bonus, options, lunch and course compensation no pay), a paid test
    task (no pay), whom they take (a move in; the intern's pay at Intern), the board's average
    (the role's point with the city) and similar vacancies (Junior's floor in soums, Senior's
    range in "c.u." and the same title in soums: the role's, their firms employers; another
    title's "c.u." range, theirs; one cut)."""
    (job, gloss, (printed, short), district, industry, what, tasks, needs, extras, came,
     (jfirm, sfirm, ofirm), other, cut) = rng.choice(_UZIT)
    middle, senior = f"Middle {job}", f"Senior {job}"
    occupy(g, job, leads=[senior], moves_in=[came])
    _spell(g, middle)
    _legal(g, printed, short)
    for firm in (jfirm, sfirm, ofirm):
        _legal(g, firm, firm)
    cut_title = cut.split(" — ")[0]
    _facts(g, [*needs, *extras], [], [industry], [gloss, "IT Park", cut_title])
    low = rng.randrange(14, 22) * 100 + 50
    high = low + rng.randrange(6, 11) * 100
    _salary(g, low, high, "USD", period="month", level="Middle")
    sfloor = high + rng.randrange(3, 7) * 100
    _salary(g, sfloor, None, "USD", period="month", level="Senior")
    intern = rng.randrange(30, 50) * 100_000
    _salary(g, intern, intern, "UZS", period="month", level="Intern")
    average = (low + rng.randrange(1, 6) * 100) * 12_500
    _salary(g, average, average, "UZS", period="month", point=True, region="Tashkent")
    jfloor = intern + rng.choice([k for k in range(15, 30) if intern + k * 100_000 != 6_000_000]
                                 ) * 100_000
    _salary(g, jfloor, None, "UZS", period="month", level="Junior")
    slow = sfloor + rng.randrange(2, 5) * 100
    _salary(g, slow, slow + 900, "USD", period="month", level="Senior")
    olow = low - rng.randrange(2, 5) * 100
    _salary(g, olow, olow + 600, "USD", period="month", belongs_to=other)
    same = (low - rng.randrange(1, 4) * 100) * 12_000
    _salary(g, same, same + 5_000_000, "UZS", period="month")
    lunch = int(_no_pay(g, rng.choice((35_000, 45_000, 50_000)), 5_000))
    task = int(_no_pay(g, rng.choice((800_000, 1_200_000, 1_500_000)), 100_000))
    board = rng.choice(("DasturJob.uz", "ITvakansiya.uz"))
    g.must_not_appear += [cut, "IT Park resident", "Similar vacancies", "Responses:",
                          "Show the source"]
    return ["This page is translated from Uzbek into English   Show the source   ✕",
            f"{board.upper()}  Vacancies  Internships  Pay  Events  For companies  Sign in",
            f"Vacancies › Development › {district.split()[0]}",
            f"{middle} ({gloss})",
            f"${_rub(low)} - {_rub(high)} per month, in hand",
            "Paid out in soums at the Central Bank rate of the payday",
            f"Tashkent, {district} · Hybrid (3 days in the office) · Full time · 2+ years",
            f"{printed}   IT Park resident   {industry}   {rng.randint(80, 400)}+ people",
            "Respond   Bookmark   Send a link",
            f"Published: {rng.randint(1, 6)} December 2026   Views: {_rub(rng.randint(900, 3000))}"
            f"   Responses: {rng.randint(20, 90)}",
            f"About us{short} is {what}. We need a {job.lower()} in the core team.Tasks:",
            *(f"- {t}" for t in tasks),
            "Requirements:" + " ".join(f"• {n}" for n in needs[:4])
            + f" • {needs[4]} and {needs[5]} • {needs[6]}, {needs[7]} • Uzbek or Russian, "
            "English for the docs",
            f"A plus: {extras[0]}, {extras[1]}, {extras[2]}",
            "What you get:",
            f"💵 ${_rub(low)} - {_rub(high)} in hand (the company pays the 7.5% IT Park income "
            "tax itself)",
            f"🚀 pay review twice a year; the {senior.lower()} earns from ${_rub(sfloor)}",
            "🎯 half-year bonus up to one salary, an options pool for the core team",
            f"🥗 lunch compensation {_rub(lunch)} soums a day, half of the English courses paid",
            "💻 a laptop of your choice, a second monitor, a gym nearby",
            "🩺 health insurance from the first month",
            f"How we hire: HR call (20 min) → tech interview (1 h) → test task (paid, "
            f"{_rub(task)} soums) → offer",
            f"Who is welcome: {_plural(came)} who want to move into this work, and our "
            "interns "
            f"(an intern gets {_rub(intern)} soums).",
            f"Mean pay of a {job.lower()} in Tashkent: {_rub(average)} soums · ({board} pay "
            f"statistics, {rng.randint(40, 200)} vacancies)",
            "Similar vacancies",
            f"{job} (Junior) — {jfirm} — from {_rub(jfloor)} soums",
            f"{senior} — {sfirm} — {_rub(slow)} - {_rub(slow + 900)} c.u.",
            f"{other} — Tashkent — {_rub(olow)} - {_rub(olow + 600)} c.u.",
            f"{job} — {ofirm} — {_rub(same)} - {_rub(same + 5_000_000)} soums",
            cut,
            f"Telegram channel   Instagram   © 2026 {board.upper()}   Offer   Privacy"]


# --------------------------------------------------------------------------------------
# A Nepali job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role) and its Nepali gloss (`optional`), the employer (printed, short), its
#  kind (a sector), the place, the members and the capital, duties (no skills), the degree and
#  experience place (`optional`), the skills, the two entry roles (moves in), the Senior title,
#  the manager (its floor theirs), the similar jobs: the same title's firm and town (an
#  employer), a "Negotiable" title and its firm (`optional`), another title and its firm
#  (`optional`))
_NPPORTAL = (
    ("Field Officer", "क्षेत्र अधिकृत",
     ("Siddhajyoti Laghubitta Bittiya Sanstha Ltd.", "Siddhajyoti Laghubitta Bittiya Sanstha"),
     "Microfinance institution", "Butwal-11, Rupandehi, Lumbini Province", "18,000 women members",
     ("1 arab 5 crore", "105 crore"),
     ("To form and visit the member groups and to run the centre meetings",
      "To check the purpose of the loan and the repayment capacity of the member",
      "To collect the instalments and to deposit them on the same day",
      "To keep the centre register and to enter it in the software"),
     ("Bachelor's degree in management or humanities", "a microfinance or a cooperative"),
     ("Group lending", "Loan appraisal", "MS Excel", "Nepali typing", "Motorcycle riding"),
     ("Community Mobiliser", "Data Entry Operator"), "Senior Field Officer", "Area Manager",
     (("Kalika Laghubitta Ltd.", "Kalika Laghubitta"), "Bhairahawa"),
     ("Branch Accountant", "Nerude Laghubitta"), ("Office Helper", "Jeevan Bikas Samaj")),
    ("Marketing Officer", "बजार अधिकृत", ("Himshikhar Dairy Udyog Pvt. Ltd.", "Himshikhar Dairy"),
     "Dairy industry", "Bharatpur-10, Chitwan, Bagmati Province", "2,400 farmer suppliers",
     ("40 crore", "0.4 arab"),
     ("To visit the distributors and the retailers and to take the orders",
      "To watch the stock and the expiry of the milk, curd and paneer at the shops",
      "To plan the schemes for the festival season with the sales team",
      "To collect the payment and to prepare the weekly sales report"),
     ("Bachelor's degree in business studies", "a dairy or FMCG company"),
     ("Distributor management", "Sales forecasting", "MS Excel", "Tally", "Negotiation"),
     ("Sales Representative", "Milk Collection Supervisor"), "Senior Marketing Officer",
     "Marketing Manager", (("Sitapur Dugdha Pvt. Ltd.", "Sitapur Dugdha"), "Hetauda"),
     ("Area Sales Executive", "Gorkha Beverages"), ("Delivery Driver", "Narayani Agro")),
)


def _npportal(rng: random.Random, g: Guide) -> list[str]:
    """A Nepali job portal's posting through a translator: the translator bar, menu,
    breadcrumb, the Bikram Sambat dates, buttons, views, how to apply with the fee, the
    lobbying warning and footer (chrome), "Title (gloss) - N posts" (the role; the gloss
    `optional`), the employer (employs) and its kind (a sector), "Rs. a - b per month (gross)"
    (the role's), a glued introduction with the capital in arab and crore (no pay) and duties
    numbered with two run together (no skills), qualifications (the degree and experience place
    `optional`; skills), salary and facilities (the range with its yearly lakh equivalent and
    the in-hand after tax the same pay; the Assistant's floor in Devanagari and Latin digits,
    the role's at Assistant; Dashain allowance, provident fund, gratuity, SSF, fuel, recharge
    and incentive no pay), a glued career path with two entry roles on one rung (moves in),
    the Senior title (a move up) and the manager's floor (theirs), and similar jobs (the same
    title at another firm: an employer and the role's with its town; another title
    "Negotiable" `optional`; another title's pay, theirs; Senior cut mid-figure)."""
    (job, gloss, (printed, short), kind, place, members, (arab, crore), duties, (degree, where),
     skills, (came1, came2), senior, manager, ((sprinted, sshort), stown), (negotiable, nfirm),
     (other, ofirm)) = rng.choice(_NPPORTAL)
    occupy(g, job, ladder=[came1, job, senior, manager], leads=[senior],
           moves_in=[came1, came2])
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    _facts(g, list(skills), [], [kind], [gloss, degree, where, negotiable, nfirm, ofirm])
    low = rng.choice([k for k in range(28, 40) if k != 35]) * 1000  # no chance set-55 figure
    high = low + rng.choice([k for k in range(5, 10) if low + k * 1000 != 42_000]) * 1000
    _salary(g, low, high, "NPR", period="month")
    assistant = low - rng.choice([k for k in range(5, 9) if low - k * 1000 != 28_000]) * 1000
    _salary(g, assistant, None, "NPR", period="month", level="Assistant")
    mfloor = high + rng.randrange(15, 25) * 1000
    _salary(g, mfloor, None, "NPR", period="month", belongs_to=manager)
    slow = high + rng.randrange(1, 5) * 1000
    _salary(g, slow, slow + 9000, "NPR", period="month", region=stown)
    opay = assistant - rng.randrange(8, 14) * 1000
    _salary(g, opay, opay, "NPR", period="month", belongs_to=other)
    inhand = (int(_no_pay(g, round(low * 0.99), 10)), int(_no_pay(g, round(high * 0.99), 10)))
    fuel = int(_no_pay(g, rng.choice((2_500, 3_500, 4_000)), 500))
    fee = int(_no_pay(g, rng.choice((300, 600, 1000)), 100))
    cutpay = f"Rs. {str(slow + 6000)[:2]},"
    portal = rng.choice(("RojgarKhoj.com", "NepalNaukari.com"))
    g.must_not_appear += [f"{senior} · {ofirm}", "Apply online", "Recruiters' corner",
                          "Similar jobs", "Lobbying", "Share on Viber"]
    return ["Google Translate   Nepali → English   Original page",
            f"{portal}   Vacancies   Organisations   Trainings   Tips   Recruiters' corner   "
            "Log in",
            f"Home » Vacancies » {kind} » {place.split(', ')[1]}",
            f"{job} ({gloss}) ({rng.randint(2, 5)} vacancies)",
            printed,
            f"{kind} · {place}",
            f"Level: officer (fourth)   Kind: full time   Published: 2083/08/{rng.randint(10, 25)}"
            f"   Deadline: 2083/09/{rng.randint(10, 25)}",
            f"Salary: Rs. {low:,} - {high:,} per month (gross)   [Apply online]  [Save]  "
            "[Share on Viber]",
            f"Seen: {rng.randint(900, 4000):,}",
            f"About the organisation{short} serves {members} in {place.split(', ')[1]} and "
            f"the nearby districts; its share capital stands at Rs. {arab} ({crore}).Job "
            "description:",
            f"1. {duties[0]}.2. {duties[1]}.",
            *(f"{i}. {d}." for i, d in enumerate(duties[2:], 3)),
            "Qualification needed:",
            f"- {degree} from a recognised university",
            f"- {rng.randint(1, 3)} years' experience in {where}",
            f"- {skills[0]}, {skills[1].lower()} and {skills[2]}, {skills[3]}",
            f"- {skills[4]} with a valid licence",
            "Pay and benefits:",
            f"• Rs. {low:,} to Rs. {high:,} a month (yearly {low * 12 / 100_000:g} lakh to "
            f"{high * 12 / 100_000:g} lakh) by experience",
            f"• Assistant {job} starts from रु. {_nepali(assistant)} (Rs. {assistant:,})",
            "• Dashain allowance: a month's basic pay",
            "• PF with 10% from each side, gratuity and SSF as the law says",
            f"• Fuel Rs. {fuel:,} a month, a mobile top-up and a target incentive",
            f"• Take-home after tax (1% SST) is near Rs. {inhand[0]:,} - "
            f"{inhand[1]:,}",
            f"Career in the organisation:{came1} / {came2} → {job} → {senior} → {manager} "
            f"(Rs. {mfloor:,} onwards)",
            "Apply:send the CV, the citizenship and the academic copies within "
            f"{rng.choice((7, 10, 15))} days by email or in person. Application fee Rs. "
            f"{fee:,} (not returned).",
            "Note: Lobbying of any kind will cancel the application.",
            "Similar jobs",
            f"{job} · {sprinted} · {stown} · Rs. {slow:,} - {slow + 9000:,}",
            f"{negotiable} · {nfirm} · {place.split('-')[0]} · Negotiable",
            f"{other} · {ofirm} · {place.split('-')[0]} · Rs. {opay:,}",
            f"{senior} · {ofirm} · {stown} · {cutpay}",
            f"© 2026 {portal} - jobs across Nepal   About   Contact   Terms   Privacy"]


# (the municipality and its district and province, the role with its specialty, the Assistant
#  post, the post above (a move up) and another post (theirs), their services, the schooling
#  (`optional`), the council (`optional`), duties (no skills), the skills, the experience
#  places (`optional`), the signing officer (`optional`))
_NPNOTICE = (
    ("Kalimati Danda Rural Municipality", "Sindhuli", "Bagmati Province",
     "Agriculture Technician", "Agriculture Officer", "Record Keeper",
     ("Agriculture/General Agriculture", "Administration/General"),
     "Diploma in Plant Science or the Technical SLC (JTA) in agriculture",
     "Nepal Agriculture Council",
     ("to run the farmer field schools and to test the soil of the wards",
      "to distribute the subsidised seed and the fertiliser by the list of the ward",
      "to record the crop damage and to send the report to the province"),
     ("Integrated pest management", "Soil testing", "MS Excel", "Nepali Unicode"),
     ("an agriculture knowledge centre", "a cooperative's farm"), "Chief Administrative Officer"),
    ("Sirjanagadhi Rural Municipality", "Dailekh", "Karnali Province",
     "Livestock Technician", "Veterinary Officer", "Computer Operator",
     ("Agriculture/Livestock Service", "Miscellaneous/Computer"),
     "Diploma in Animal Science or the Technical SLC (JTA) in livestock",
     "Nepal Veterinary Council",
     ("to vaccinate and to treat the animals in the mobile camps of the wards",
      "to help the farmers with the artificial insemination and the fodder",
      "to keep the register of the diseases and to report the outbreaks"),
     ("Artificial insemination", "Vaccination", "Deworming", "MS Excel"),
     ("a livestock service centre", "a veterinary clinic"), "Chief Administrative Officer"),
)


def _npnotice(rng: random.Random, g: Guide) -> list[str]:
    """A rural municipality's recruitment notice through a translator: the translation bar,
    government header, menu, breadcrumb, posting line and attachment, selection weightage,
    application fees, share and previous / next links and a footer cut off (chrome), the notice
    title with a BS date, a post table with service, level, number and remuneration (the role's
    at its level; the Assistant post the role's at Assistant; the post above and another post,
    theirs), glued qualifications per post (`optional`), glued duties with dashes (no skills),
    the knowledge and skills line (skills), remuneration clauses (the scale in Devanagari digits
    the same pay; the dearness and field allowances, festival expenses, SSF and the grade
    amount no pay), experience places (`optional`), a note with a move in (the Assistant post)
    and a move up, the signing officer (`optional`)."""
    (town, district, province, job, above, other, (service, oservice), school, council, duties,
     skills, places, signer) = rng.choice(_NPNOTICE)
    assistant = f"Assistant {job}"
    occupy(g, job, ladder=[assistant, job, above], leads=[above], moves_in=[assistant])
    g.employers.append(town)
    _facts(g, list(skills), [], [], [school, council, *places, signer, "Rural municipality"])
    fifth = rng.randrange(34_000, 38_000, 10)
    fourth = fifth - rng.randrange(3_200, 4_200, 10)
    seventh = fifth + rng.randrange(7_000, 9_000, 10)
    _salary(g, fifth, fifth, "NPR", period="month", level="Fifth")
    _salary(g, fourth, fourth, "NPR", period="month", level="Assistant")
    _salary(g, seventh, seventh, "NPR", period="month", belongs_to=above)
    opay = fourth if "Record" in other else fifth
    _salary(g, opay, opay, "NPR", period="month", belongs_to=other)
    dearness = int(_no_pay(g, rng.choice((2_000, 2_500)), 100))
    field = int(_no_pay(g, rng.choice((250, 350, 400)), 50))
    grade = int(_no_pay(g, rng.randrange(1_050, 1_250, 5), 5))
    fee = (int(_no_pay(g, 600, 100)), int(_no_pay(g, 450, 50)))
    olevel = "Fourth" if opay == fourth else "Fifth"
    g.must_not_appear += ["Citizen Charter", "Previous notice", "Section of Agriculture and "
                          "Livestock", service, "IT Service Partner"]
    return ["[Google translated from: Nepali]   Show original   Never translate this site",
            "Government of Nepal",
            f"{province}  Rural Municipal Executive Office",
            f"{town}, {district}",
            "Home | Introduction | Notices | Plans | Citizen Charter | Downloads | नेपाली",
            "Notices › Vacancy",
            f"Vacancy notice for the technical posts on contract (first publication: "
            f"2083/08/{rng.randint(10, 28)})",
            f"Posted by: Section of Agriculture and Livestock   Downloads: {rng.randint(90, 600)}"
            f"   📎 vacancy-2083-08.pdf",
            f"For the 2083/84 fiscal year's development plans, this rural municipality "
            f"will hire the technical staff below on contract. Nepali citizens who meet the "
            f"qualification may apply within {rng.choice((15, 21))} days of this notice.",
            "No. | Post name | Service, group | Level | Posts | Remuneration per month",
            f"1 | {job} | {service} | Fifth | {rng.randint(1, 3)} | Rs. {fifth:,}",
            f"2 | {assistant} | {service} | Fourth | {rng.randint(2, 6)} | Rs. {fourth:,}",
            f"3 | {above} | {service} | Seventh | 1 | Rs. {seventh:,}",
            f"4 | {other} | {oservice} | {olevel} | 1 | Rs. {opay:,}",
            f"Qualification needed:{job}: {school}, registered with the {council}.{assistant}: "
            "the same training with one year of field work.",
            f"Duties of the {job}:" + "".join(f"- {d}" for d in duties),
            f"Knowledge and skills:{skills[0]}, {skills[1].lower()}, {skills[2]} and "
            f"{skills[3]}, the ability to walk to the remote wards",
            "Pay and facilities:",
            f"(a) Pay is fixed at the first step of the government scale of that level: Rs. "
            f"{fifth:,} (रु. {_nepali(fifth)}) a month for the {job}.",
            f"(b) A dearness allowance of Rs. {dearness:,} a month and a field allowance of Rs. "
            f"{field} per field day.",
            "(c) Festival expenses equal to one month's pay; SSF contribution 31% (11% by the "
            "staff, 20% by the office).",
            f"(d) Contract staff get no grade. (The permanent staff's grade is Rs. {grade:,} a "
            "year.)",
            "(e) The contract lasts until Asar end, 2084, renewable after an evaluation.",
            f"Selection:academic marks 40, experience 20 (2 marks a year for work in {places[0]} "
            f"or {places[1]}), local residence 10, interview 30.",
            f"Fees: {job} Rs. {fee[0]}, {assistant} Rs. {fee[1]} (paid into the revenue "
            "account of the municipality).",
            f"Note: a serving {assistant} of this office who has the qualification may apply for "
            f"the {job} post; in the permanent service a {job} rises to {above} through an "
            "internal competition exam.",
            signer,
            "Share on: Facebook | Viber   Previous notice: Notice on the ward road tender   "
            "Next notice: Notice of the vaccination camp",
            f"© {town}. All rights reserved.   Built by: Pahad IT Service Partner   Visitors: "
            f"{rng.randint(40, 99)},{rng.randint(1, 9)}"]


# --------------------------------------------------------------------------------------
# A workers' compensation employer's report of injury
# --------------------------------------------------------------------------------------
# (the state and its commission, the occupation (the role) and its qualifier, the department
#  (`optional`), the occupation when hired (a move in), the employer (printed, short), the
#  nature of business and the NAICS title (sectors), the carrier and the TPA (`optional`), the
#  accident: the tool and the PPE (`optional`), the injury and the body part (must not
#  appear), the clinic (`optional`), the witnesses' titles (`optional`), the qualifications
#  on file (`optional`), the skills verified at hire, the light-duty title (theirs), the
#  person completing it and the other open claim's title (`optional`))
_INJFORM = (
    ("Tennessee", "Bureau of Workers' Compensation", "Roofer", "Steep-Slope Crew",
     "Residential Crew 3", "Laborer", ("Blue Hollow Roof Systems, LLC", "Blue Hollow Roof Systems"),
     "Residential re-roofing and seamless gutter installation", ("238160", "Roofing Contractors"),
     ("Volunteer Builders Mutual Insurance Co.", "Summit Claims Administrators"),
     ("a pneumatic coil nailer", ("harness", "rope grab", "work gloves")),
     ("Sprain / possible fracture", "Right ankle"), "Cumberland Occupational Clinic",
     ("Crew Leader", "Laborer"),
     ("OSHA 10-Hour Construction", "Fall protection competent person card", "Forklift (rough "
                                                                             "terrain) card"),
     ("Shingle installation", "Tear-off", "Step flashing", "Nail gun operation"),
     "Material Runner", ("Operations Manager", "Gutter Installer")),
    ("Virginia", "Workers' Compensation Commission", "Order Picker", "Night Shift",
     "Outbound - Zone C", "Seasonal Packer",
     ("Tidewater Fulfillment Partners, LLC", "Tidewater Fulfillment Partners"),
     "Third-party e-commerce order fulfillment", ("493110", "General Warehousing and Storage"),
     ("Old Dominion Commerce Casualty Co.", "Bayline Risk Services"),
     ("an order picker truck", ("safety vest", "steel-toe boots", "cut sleeves")),
     ("Crush injury", "Left hand"), "Chesapeake Urgent Care & Occupational Medicine",
     ("Shift Supervisor", "Inventory Clerk"),
     ("Powered industrial truck certification", "Hazmat awareness", "First aid/CPR"),
     ("RF scanner picking", "Pallet jack operation", "Cycle counting", "Order picker lift "
                                                                      "operation"),
     "Returns Clerk", ("HR Business Partner", "Forklift Operator")),
)


def _injform(rng: random.Random, g: Guide) -> list[str]:
    """A claims portal's print view of a US state's employer's first report of injury: the
    portal menu and login, breadcrumb, form title and filing note, claim numbers, the employee's
    address and birth fields, the accident's place and dates, buttons and footer (chrome),
    numbered fields run together: the occupation with its qualifier (the role), the department
    (`optional`), the occupation when hired (a move in), the hourly wage (the role's), hours and
    days, the average weekly wage (the same pay), meals and lodging and the per diem (no pay);
    the employer (employs), its nature of business and NAICS title (sectors), the carrier and
    TPA (`optional`); the narrative with the tool and PPE (`optional`), the injury (must not
    appear), the clinic and the witnesses' titles (`optional`); the qualifications on file
    (`optional`) and the skills verified at hire (skills); light duty as another title with its
    rate (theirs); the compensation rate and the maximum benefit (nobody's); other open claims
    cut off."""
    (state, body, job, qualifier, department, hired_as, (printed, short), nature, (naics, title),
     (carrier, tpa), (tool, ppe), (injury, part), clinic, witnesses, quals, skills, light,
     (completer, claim_title)) = rng.choice(_INJFORM)
    occupy(g, job, moves_in=[hired_as])
    _legal(g, printed, short)
    _facts(g, list(skills), [], [nature, title],
           [department, carrier, tpa, *ppe, clinic, witnesses[0], *quals, completer,
            claim_title])
    wage = round(rng.uniform(18.5, 26.5) * 4) / 4
    _salary(g, wage, wage, "USD", period="hour")
    light_rate = round(wage - rng.uniform(4, 7) * 1, 0)
    _salary(g, light_rate, light_rate, "USD", period="hour", belongs_to=light)
    hours, days = rng.choice(((10, 4), (8, 5), (9, 5)))
    aww = _no_pay(g, round(wage * hours * days * rng.uniform(1.02, 1.09), 2), 0.35)
    comp = _no_pay(g, round(aww * 2 / 3, 2), 0.15)
    maximum = _no_pay(g, float(rng.choice((1_205, 1_288, 1_356))), 1)
    claim = f"WC-26-{rng.randint(300_000, 499_999):07d}"
    cut = f"({claim_title}, sprain, 08/1"
    g.must_not_appear += [injury, part, "Report a Claim", "Send to carrier", "Keep as draft",
                          "Employer Administrator", cut]
    who = rng.choice(("k.marsh", "d.obi", "l.haverty"))
    return [f"ClaimPoint Employer Center   |   Claims   Report a Claim   Files   Support   |  "
            f"Signed in: {who} (Employer Administrator)   Sign out",
            "Claims > New First Report > Review & Print",
            f"STATE OF {state.upper()} - {body.upper()}          FIRST REPORT OF WORK INJURY",
            "EMPLOYER'S FIRST REPORT OF AN EMPLOYEE'S WORK INJURY OR ILLNESS",
            f"File with the carrier within {rng.choice((7, 10))} days of the injury.   Agency file"
            f" (blank)   Carrier claim # {claim}",
            f"EMPLOYEE1. Name  {rng.choice(('Travis K.', 'Omar J.', 'Luis A.'))} "
            f"{rng.choice(('Pruitt', 'Haddad', 'Serrano'))}   2. Sex  M   3. Born  **/**/199"
            f"{rng.randint(0, 9)}   4. SSN  ***-**-{rng.randint(1000, 9999)}",
            f"5. Occupation  {job} ({qualifier})   6. Department  {department}",
            f"7. Hired on  0{rng.randint(1, 9)}/{rng.randint(10, 28)}/20{rng.randint(18, 23)}   "
            f"8. Occupation when hired  {hired_as}   9. Wage  ${wage:.2f} per hour   10. Hours a "
            f"day  {hours}   11. Days a week  {days}",
            f"12. Paid in full for the day of injury? Yes   13. Average weekly wage (52 weeks, "
            f"overtime included)  ${aww:,.2f}   14. Meals/lodging furnished  $0.00 a week  "
            "(storm per diem not counted)",
            f"EMPLOYER15. Employer  {printed}   16. FEIN  {rng.randint(20, 89)}-*******"
            f"   17. Nature of business  {nature}",
            f"18. NAICS  {naics} - {title}   19. Carrier  {carrier}   20. Third party "
            f"administrator  {tpa}",
            f"ACCIDENT21. Date of injury  11/{rng.randint(20, 27)}/2026   22. Time  "
            f"{rng.randint(7, 11)}:{rng.randint(10, 59)} AM   23. Last day worked  same day",
            f"24. How did it happen: The employee was working with {tool} when he lost his "
            f"footing and fell. He wore a {ppe[0]}, a {ppe[1]} and {ppe[2]}. The "
            f"{witnesses[0]} stopped the work and called the clinic. 25. Regular job?  Yes",
            f"26. Nature of injury  {injury}   27. Part of body  {part}",
            f"28. Treating clinic  {clinic}   29. Overnight in hospital?  No",
            f"30. Witnesses  {rng.choice(('R. Dunbar', 'P. Okoye'))} ({witnesses[0]}), "
            f"{rng.choice(('M. Tran', 'S. Ruiz'))} ({witnesses[1]})",
            f"ON FILE (HR record): {quals[0]}, {quals[1]}, {quals[2]}. Checked at hire: "
            + ", ".join(s.lower() for s in skills) + ".",
            f"RESTRICTED DUTY: We can offer modified work as {light} at ${light_rate:.2f}/hr "
            "within the doctor's limits.",
            f"NOTICE: Weekly compensation rate (two thirds of the AWW) ${comp:,.2f}; 2026 maximum "
            f"weekly benefit ${maximum:,.2f}. The carrier decides the benefits.",
            f"Prepared by  {rng.choice(('Kim Marsh', 'Dee Obi'))}, {completer}   Date  "
            "11/28/2026   Signed",
            "[ Edit ]  [ Print ]  [ Send to carrier ]  [ Keep as draft ]",
            f"Other open claims at this site: WC-26-{rng.randint(200_000, 299_999):07d} "
            f"({witnesses[1]}, strain, 07/22/2026) · WC-26-{rng.randint(200_000, 299_999):07d} "
            f"{cut}",
            f"© 2026 ClaimPoint by {tpa} · Privacy · Accessibility"]


# (the province and its board, the title (the role; Journeyperson its level), the position at
#  hire (a move in), the employer (legal name, operating name), the business activity and
#  the rate group title (sectors), the equipment (skills), the PPE and the duties
#  (`optional`), the modified-work title (`optional`), the union local (`optional`), the
#  manager's title (theirs), the training on file (`optional`), the person completing it)
_INJEFORM = (
    ("Manitoba", "Workers Compensation Board of Manitoba", "Baker", "Bakery Helper",
     ("Prairie Hearth Bakeries Ltd.", "Prairie Hearth Bakeries"),
     "Wholesale bakery with a retail café", ("7110", "Bakery Products Manufacturing"),
     ("Spiral mixer", "Dough divider", "Deck oven", "Proofer", "Dough sheeter"),
     ("heat-resistant gloves", "hairnet"), ("mixing", "shaping", "baking", "packing"),
     "Café Cashier", "RWDSU Local 468", "Bakery Manager",
     ("Food safety certificate", "WHMIS", "Lockout training"), "Payroll Administrator"),
    ("Saskatchewan", "Saskatchewan Workers' Compensation Board", "Automotive Service Technician",
     "Lube Technician", ("Northgate Motors Ltd.", "Northgate Motors"),
     "New and used vehicle dealership with a service shop", ("B23", "Motor Vehicle Sales and "
                                                             "Repair"),
     ("Two-post lift", "Scan tool", "Torque wrench", "Tire changer", "Wheel balancer"),
     ("safety glasses", "mechanic's gloves"), ("diagnosing", "servicing", "repairing", "road "
                                               "testing"),
     "Service Porter", "Unifor Local 594", "Shop Foreman",
     ("Journeyperson certificate", "WHMIS", "Air conditioning refrigerant licence"),
     "Office Manager"),
)


def _injeform(rng: random.Random, g: Guide) -> list[str]:
    """A Canadian board's online employer's report confirmation: the board header,
    confirmation line, page lines, checkboxes, the benefit note and the next steps cut off
    (chrome), glued lettered sections: the worker's title with its qualifier (the role at
    Journeyperson) and position at hire (a move in); the employer's legal and operating name
    (employs), business activity and rate group (sectors); the narrative with the PPE
    (`optional`), regular duties (`optional`) and the equipment list (skills); modified work as
    another title at the regular rate (`optional`); earnings: the regular rate (the role's), the
    shift premium, overtime, vacation pay, the 4- and 52-week earnings and wages advanced a day
    (the same pay or no pay), the union wage scale with the apprentice range (the role's at
    Apprentice), the role's rate and the manager's rate (theirs); the person completing it and
    the training on file (`optional`)."""
    (province, board, job, hired_as, (legal, operating), activity, (group, gtitle), equipment,
     ppe, duties, modified, union, manager, training, completer) = rng.choice(_INJEFORM)
    occupy(g, job, moves_in=[hired_as])
    _legal(g, legal, operating)
    _facts(g, list(equipment), [], [activity, gtitle],
           [*ppe, *(_cap(d) for d in duties), modified, union, f"{job} Apprentice", manager,
            *training, completer])
    rate = round(rng.uniform(22.5, 31.5) * 4) / 4
    _salary(g, rate, rate, "CAD", period="hour", level="Journeyperson")
    alow = round(rate * rng.uniform(0.7, 0.76), 2)
    ahigh = round(rate * rng.uniform(0.86, 0.92), 2)
    _salary(g, alow, ahigh, "CAD", period="hour", level="Apprentice")
    mrate = round(rate + rng.uniform(3, 6), 2)
    _salary(g, mrate, mrate, "CAD", period="hour", belongs_to=manager)
    premium = _no_pay(g, float(rng.choice((0.5, 1.0, 1.25))), 0.25)
    four = _no_pay(g, round(rate * 160 * rng.uniform(1.01, 1.06), 2), 0.4)
    year = _no_pay(g, round(rate * 2080 * rng.uniform(1.0, 1.03), 2), 0.4)
    advanced = _no_pay(g, round(rate * 8, 2), 0.1)
    conf = f"{province[:2].upper()}-{rng.randint(1000, 9999)}-{rng.randint(10_000, 99_999)}"
    g.must_not_appear += ["Back to My Services", "Report a new injury", "Français",
                          "Save as PDF", conf]
    return [f"{board}   Online employer report of injury - Confirmation",
            f"We have received your report. Confirmation: {conf}   Keep this page for your "
            "files.   Français",
            "Page 1 of 2",
            f"1 - THE WORKERTitle/occupation: {job} (Journeyperson)   Name: "
            f"{rng.choice(('Dale P. Kowalchuk', 'Jun H. Park', 'Ifeoma C. Nwosu'))}   Born: "
            "****-**-0" + str(rng.randint(1, 9)),
            f"Language: English   Hired on: 20{rng.randint(15, 21)}-0{rng.randint(1, 9)}-"
            f"{rng.randint(10, 28)}   Position at hire: {hired_as}",
            "Employment: [X] Full-time  [ ] Part-time  [ ] Casual  [ ] Apprentice",
            f"2 - THE EMPLOYERLegal name: {legal}   Operating name: {operating} "
            f"({rng.choice(('Pembina', 'Regent', 'Main'))} location)   Account: "
            f"{rng.randint(100_000, 999_999)}",
            f"Business activity: {activity}   Rate group: {group} - {gtitle}",
            f"3 - THE INCIDENTDate: 2026-11-{rng.randint(10, 26)}   Time: 0{rng.randint(5, 9)}:"
            f"{rng.randint(10, 59)}   Reported the same day",
            f"What happened: While the worker was cleaning a guard the machine restarted and "
            f"caught the sleeve; he was wearing {ppe[0]} and a {ppe[1]}. The {manager.lower()} "
            "gave first aid.",
            f"Regular duties at the time? Yes - {', '.join(duties[:-1])} and {duties[-1]}",
            "Equipment used in the job: " + ", ".join(e.lower() for e in equipment),
            "4 - TIME LOSTLost time after the day of the incident: Yes   Returned to work: no",
            f"Light or modified duties offered: Yes - as {modified} at the regular rate, 5 "
            "hrs/day",
            f"5 - EARNINGSRegular rate: ${rate:.2f} per hour   Shift premium: ${premium:.2f} per "
            "hour (nights)",
            "Schedule: 5 days of 8 hours (40 h/week)   Overtime after 40 hours at 1.5x",
            "Vacation pay: [ ] As time off  [X] On each cheque (6%)   Stat holidays: 8",
            f"Gross earnings, 4 weeks before the incident: ${four:,.2f}",
            f"Gross earnings, 52 weeks before the incident: ${year:,.2f}",
            f"Wages advanced? [X] Yes  Per day: ${advanced:,.2f} (full pay until the decision)",
            f"Collective agreement ({union}) scale: {job} Apprentice ${alow:.2f} - ${ahigh:.2f}"
            f"/hr; {job} ${rate:.2f}/hr; {manager} ${mrate:.2f}/hr",
            f"6 - FILLED INName: {rng.choice(('Ruth Anand', 'Glen Morin'))}   Title: "
            f"{completer}   Date: 2026-11-27",
            f"Training on file: {training[0]}, {training[1]}, {training[2]}",
            "The board pays 90% of net average earnings (the board calculates; not the "
            "employer's figure).",
            "Page 2 of 2",
            "What happens next: Keep a copy.  A claim number will follow by mail.  [Back to My "
            "Services]  [Report a new injury]  [Save as PDF (this report can also be ser"]


# --------------------------------------------------------------------------------------
# An agency or contractor timesheet for one assignment
# --------------------------------------------------------------------------------------
# (the title (the role) and its abbreviation (an alias), the agency (`optional`), the client
#  (printed, short) and its service (`optional`), the location and the line manager
#  (`optional`), the day rows' activities (`optional`), the registration and checks
#  (`optional`), the skills, the rate card's other titles (theirs), the consultant's title
#  (`optional`), more jobs: the same title's council (an employer), another title and its
#  council (`optional`), the cut one)
_TSAPP = (
    ("Occupational Therapist", "OT", "Larkspur Public Sector Staffing",
     ("Westmarch District Council", "Westmarch DC"), "Adult Services, Hospital Discharge Hub",
     "Westmarch House", "Therapy Team Manager",
     ("Home visits", "Equipment ordering", "Moving and handling reviews", "Case notes"),
     ("HCPC registration", "Enhanced DBS", "Full driving licence"),
     ("Functional assessment", "Moving and handling", "Equipment prescription",
      "Reablement planning", "Liquidlogic", "SystmOne"),
     (("Moving and Handling Adviser", 34), ("Physiotherapist", 37)),
     "Recruitment Consultant - Allied Health",
     "Haverbrook Borough Council", ("Reablement Coordinator", "Fernleigh City Council"),
     "Sensory Impairment Officer · Tollgate City Coun"),
    ("Independent Reviewing Officer", "IRO", "Brightwater Locum Partners",
     ("Coldharbour County Council", "Coldharbour CC"), "Children's Services, Safeguarding Unit",
     "County Hall, Coldharbour", "Safeguarding Unit Manager",
     ("Looked-after child reviews", "Pre-review visits", "Care plan scrutiny", "Minutes"),
     ("Social Work England registration", "Enhanced DBS", "Full driving licence"),
     ("Care planning", "Permanence planning", "Chairing multi-agency meetings",
      "Quality assurance", "Mosaic", "Signs of Safety"),
     (("Child Protection Chair", 47), ("Family Support Worker", 24)),
     "Principal Consultant - Children's Social Care",
     "Ashdown Borough Council", ("Fostering Social Worker", "Wyvern County Council"),
     "Youth Justice Officer · Marlcombe County Coun"),
)


def _tsapp(rng: random.Random, g: Guide) -> list[str]:
    """A locum agency app's weekly timesheet: the phone status bar, app header, status line,
    assignment number, buttons, the pay day line and tab bar (chrome), "Title (ABBR) - Locum"
    (the role; the abbreviation an alias), the client council (employs) and its service
    (`optional`), the location and the line manager (`optional`), the pay rate including
    holiday pay (the role's) and the charge rate (no pay), day rows with hours and activities
    (`optional`), a standby session fee (no pay), totals (hours × rate, standby, mileage, the
    estimated gross: the same pay or no pay), a worker note, glued assignment details (the
    registration and checks `optional`; skills), the client's rate card (the role's, its
    Senior's at Senior, two other titles', theirs), the consultant's title (`optional`), a
    referral bonus (no pay) and more jobs (the same title at another council: an employer and
    the role's; another title's rate, theirs, its council `optional`; one cut)."""
    (job, abbr, agency, (client, short), service, location, manager, activities, checks, skills,
     others, consultant, scouncil, (other, ocouncil), cut) = rng.choice(_TSAPP)
    occupy(g, job)
    _spell(g, abbr)
    _legal(g, client, short)
    g.employers.append(scouncil)
    _facts(g, list(skills), [], [],
           [agency, service, manager, *activities, *checks, consultant, ocouncil,
            *(t for t, _ in others), f"Senior {abbr}"])
    pay = rng.choice([k / 4 for k in range(120, 169) if k != 164])  # not set 55's £41.00
    _salary(g, pay, pay, "GBP", period="hour")
    senior = round(pay + rng.uniform(3, 6) * 2) / 2
    _salary(g, senior, senior, "GBP", period="hour", level="Senior")
    card = {title: base + rng.choice((0.0, 0.5, 1.0)) for title, base in others}
    for title, rate in card.items():
        _salary(g, rate, rate, "GBP", period="hour", belongs_to=title)
    same = round(pay + rng.uniform(1, 3) * 2) / 2
    _salary(g, same, same, "GBP", period="hour")
    orate = round(pay - rng.uniform(1, 4) * 2) / 2
    _salary(g, orate, orate, "GBP", period="hour", belongs_to=other)
    charge = _no_pay(g, round(pay * rng.uniform(1.3, 1.4), 2), 0.15)
    standby = _no_pay(g, float(rng.choice((120, 140, 175))), 5)
    hours = [7.5, 7.5, rng.choice((9.0, 9.5, 10.5)), 7.5, rng.choice((4.0, 5.0, 6.0))]
    total_hours = sum(hours)
    total = _no_pay(g, round(total_hours * pay, 2), 0.01)
    miles = rng.randint(40, 120)
    gross = _no_pay(g, round(total + standby + miles * 0.45, 2), 0.01)
    referral = int(_no_pay(g, rng.choice((200, 300)), 50))
    days = ("Mon 30 Nov", "Tue 1 Dec", "Wed 2 Dec", "Thu 3 Dec", "Fri 4 Dec")
    acts = [activities[0], activities[1], f"{activities[0]}, {activities[2].lower()}",
            activities[3], "Team huddle and reflective supervision"]
    g.must_not_appear += [cut, "Upload receipt", "Chat to your consultant", "JOBS YOU MAY LIKE",
                          "Week ending"]
    return [f"08:{rng.randint(10, 59)}                                                  ▮▮▮ 5G  "
            f"{rng.randint(40, 95)}%",
            "◀ My timesheets          Week ending Sun 6 Dec 2026          ⋯",
            f"{agency}  ·  Locum app",
            "STATUS: Sent - waiting for the client to approve  (sent 7 Dec 07:55)",
            f"Booking #{''.join(w[0] for w in agency.split()[:2])}-{rng.randint(10_000, 99_999)}",
            f"{job} ({abbr}) - Locum",
            f"Client: {client} - {service}",
            f"Base: {location}   Line manager: {manager}",
            "Contract: PAYE through the agency   From 12 Oct 2026   To 10 Jan 2027 (may extend)",
            f"Pay rate  £{pay:.2f}/hr (PAYE, holiday pay accrued at 12.07% included)   Charge rate"
            f" £{charge:.2f}/hr (client only)",
            *(f"{d}  08:30–{8 + int(h) + 1}:{'00' if h % 1 else '30'}  unpaid break 30m  "
              f"{h:.1f} hrs  {a}" for d, h, a in zip(days, hours, acts, strict=True)),
            f"Sat 5 Dec  — Emergency duty rota (standby)  session £{standby:.2f}",
            "Sun 6 Dec  —",
            f"Hours  {total_hours:.1f} h x £{pay:.2f} = £{total:,.2f}",
            f"Standby  1 x £{standby:.2f} = £{standby:.2f}",
            f"Mileage  {miles} mi x £0.45 = £{miles * 0.45:,.2f}",
            f"Estimated gross this week  £{gross:,.2f}  (before tax and NI)",
            "Worker's note: Wednesday ran late - agreed with the duty manager.",
            "[ Edit ]   [ Upload receipt ]   [ Chat to your consultant ]",
            f"BOOKING DETAILS ▾Checks: {checks[0]} (checked by {short}), {checks[1]}, "
            f"{checks[2]}.Skills: "
            + ", ".join(skills[:4]).lower().capitalize() + f", {skills[4]} and {skills[5]}.",
            f"Client rate card: {abbr} £{pay:.2f}/hr · Senior {abbr} £{senior:.2f}/hr · "
            + " · ".join(f"{t} £{rate:.2f}/hr" for t, rate in card.items()),
            f"Your consultant: {rng.choice(('Priya Lal', 'Owen Bright'))}, {consultant}  ·  "
            "07700 9__ ___",
            f"Pay day: Thursday, for timesheets approved by Monday noon.  Refer a friend: "
            f"£{referral} for each {abbr} who starts!",
            "JOBS YOU MAY LIKE",
            f"{abbr} - Locum · {scouncil} · £{same:.2f}/hr · 12 weeks",
            f"{other} · {ocouncil} · £{orate:.2f}/hr · Hybrid",
            cut,
            "Home    Jobs    Timesheets    Pay    Me"]


# (the title (the role) and its qualifier, the work order's level, the client (printed, short)
#  and its city and department (`optional`), the supplier and the MSP (`optional`), the
#  currency and the day-rate format, the day rows' activities and tools (`optional`), the
#  required skills, the rate card's levels, the architect title (theirs), the permanent
#  title (theirs), the approver's title (`optional`))
_TSVMS = (
    ("Salesforce Developer", "Service Cloud", ("Van Steenwijk Verzekeringen N.V.",
                                               "Van Steenwijk Verzekeringen"),
     "Utrecht", "Digital Channels / CRM Platform",
     ("Bakker Cloud Consultancy B.V.", "Orvalis Workforce Solutions"), "EUR",
     ("Sprint refinement, Apex trigger refactoring", "Deployment with Copado to UAT",
      "Omni-Channel routing fixes", "Release notes in Confluence"), ("Jira", "Confluence"),
     ("Apex", "Lightning Web Components", "Salesforce Service Cloud", "SOQL", "Copado",
      "Git", "Dutch", "English"), ("Junior", "Medior", "Senior"),
     "Salesforce Technical Architect", "Salesforce Engineer", "Product Owner CRM"),
    ("Network Security Engineer", "Palo Alto", ("Brunnhalde Privatbank AG", "Brunnhalde "
                                                                           "Privatbank"),
     "Zürich", "IT Infrastructure / Network & Security",
     ("Meier Netsec GmbH", "Alpenrand Talent Services"), "CHF",
     ("Firewall rule review for the branch migration", "Panorama upgrade planning",
      "VPN troubleshooting with the service desk", "Change records and diagrams"),
     ("ServiceNow", "Visio"),
     ("Palo Alto NGFW", "Panorama", "Cisco ACI", "BGP", "F5 BIG-IP", "Ansible", "German",
      "English"), ("Junior", "Regular", "Senior"),
     "Network Security Architect", "Network Engineer", "Head of Network Services"),
)


def _money_de(amount: float) -> str:
    """A rate as a German or Dutch VMS prints it: "1.234,50"."""
    return _de(amount, cents=True)


def _money_ch(amount: float) -> str:
    """A rate as a Swiss VMS prints it: "1'080.00"."""
    return f"{amount:,.2f}".replace(",", "'")


def _tsvms(rng: random.Random, g: Guide) -> list[str]:
    """A vendor management system's approved contractor timesheet: the VMS menu and login,
    breadcrumb, timesheet number, period and status, cost centre and PO, buttons, recently
    viewed cut off and footer (chrome), "Job title: X (qualifier)  Level: Senior" (the role at
    Senior), the client (employs) and its department (`optional`), the supplier (the
    contractor's own company) and the MSP (`optional`), the day rate (the role's at Senior) and
    the bill rate with the MSP fee (no pay), day rows with activities and tools (`optional`),
    overtime not billable, an on-call flat fee (no pay), totals and expenses (no pay), the
    approver's title (`optional`), the manager's comment, work order details: the required
    skills (skills), a rate card by level (the role's at each level) and the architect's range
    (theirs), the extension rate (the role's own) and a permanent conversion option's yearly
    salary (theirs)."""
    (job, qualifier, (client, short), city, department, (supplier, msp), currency, acts, tools,
     skills, (l1, l2, l3), architect, permanent, approver) = rng.choice(_TSVMS)
    occupy(g, job)
    _legal(g, client, short)
    _facts(g, list(skills), [], [],
           [department, supplier, msp, *tools, approver, architect, permanent])
    fmt = _money_ch if currency == "CHF" else _money_de
    mark = "'" if currency == "CHF" else "."

    def sep(amount: int) -> str:
        return _grouped(amount).replace(",", mark)

    base = 590 if currency == "EUR" else 880
    bands = [(base + 100 * i, base + 100 * i + 80) for i in range(3)]
    day = bands[2][0] + rng.randrange(2, 7) * 10
    _salary(g, day, day, currency, period="day", level="Senior")
    for level, (lo, hi) in zip((l1, l2, l3), bands, strict=True):
        _salary(g, lo, hi, currency, period="day", level=level)
    alow = bands[2][1] + rng.randrange(4, 8) * 10
    _salary(g, alow, alow + 100, currency, period="day", belongs_to=architect)
    extension = day + rng.randrange(2, 4) * 10
    _salary(g, extension, extension, currency, period="day")
    ylow = (rng.randrange(60, 70) if currency == "EUR" else rng.randrange(125, 140)) * 1000
    _salary(g, ylow, ylow + 12_000, currency, period="year", belongs_to=permanent)
    bill = _no_pay(g, round(day * rng.uniform(1.05, 1.08), 2), 0.5)
    oncall = _no_pay(g, float(rng.choice((125, 175, 200))), 5)
    total = _no_pay(g, day * 4.5, 1)
    hotel = _no_pay(g, float(rng.choice((219, 246, 258))), 1)
    vms = rng.choice(("WorkBridge VMS", "Contrakt VMS"))
    week = 49
    ts = f"TS-2026-W{week}-{rng.randint(10_000, 19_999)}"
    wo = f"WO-{'NL' if currency == 'EUR' else 'CH'}-{rng.randint(2000, 9999)}"
    g.must_not_appear += ["Duplicate to next week", "Recall", "Export PDF", "Supplier portal",
                          "Last opened", f"{wo}-0"]
    rows = (("Mo 30.11.", "home", 8.0, "1,0", acts[0]), ("Tu 01.12.", "client", 8.0, "1,0",
                                                         acts[1]),
            ("We 02.12.", "client", 9.5, "1,0", f"{acts[2]} (1,5 h extra, no billing per the "
                                                "WO)"),
            ("Th 03.12.", "home", 8.0, "1,0", f"{acts[0].split(',')[0]} in {tools[0]}"),
            ("Fr 04.12.", "home", 4.0, "0,5", f"{acts[3]}, tickets in {tools[1]}"))
    return [f"{vms.upper()}   Space: External Workforce - {city}   Supplier portal   NL | DE | EN"
            f"   Help   Log out",
            f"Start › Time › Timesheets › {ts}",
            f"Timesheet {ts}   Period: 30.11.2026 – 06.12.2026 (week {week})   Status: Approved "
            "by the hiring manager (07.12.2026 17:20)",
            f"Work order: {wo}-01   Job title: {job} ({qualifier})   Level: Senior",
            f"Client: {client}, {city} - {department}",
            f"Supplier: {supplier} (the contractor's own company)   Managed by: {msp} (MSP)",
            f"Rate basis: per day (8 h)   Supplier pay rate: {fmt(day)} {currency}/day   Client "
            f"bill rate (with MSP fee): {fmt(bill)} {currency}/day",
            *(f"{d}  at {where}  {str(h).replace('.', ',')} h = {part} d  ·  {a}"
              for d, where, h, part, a in rows),
            f"Sa 05.12.  on call  1,5 h = on-call flat fee {fmt(oncall)} {currency}  ·  Incident "
            f"after the weekend change",
            f"Total: 4,50 days x {fmt(day)} {currency} = {fmt(total)} {currency}   On-call: "
            f"{fmt(oncall)} {currency}   Expenses: train 2x, hotel 2 nights {fmt(hotel)} "
            f"{currency} (paid at cost)",
            f"Approver: {rng.choice(('Ir. J. de Wit', 'Dr. R. Amsler'))} ({approver})   Cost "
            f"centre {rng.randint(1000, 9999)}-IT   PO {rng.randint(4_500_000_000, 4_599_999_999)}",
            "Hiring manager's comment: \"Good week, thanks. Keep the cut-over plan for the "
            "release weekend.\"",
            "Work order info ▾",
            "Skills the requisition asks for: " + ", ".join(skills[:-2])
            + f", {skills[-2]} and {skills[-1]}",
            f"Rate card {job} (supplier tier 1, 2026): " + " · ".join(
                f"{lv} {lo}-{hi} {currency}/day" for lv, (lo, hi) in zip((l1, l2, l3), bands,
                                                                           strict=True))
            + f" · {architect} {alow}-{alow + 100} {currency}/day",
            f"Extension: {wo}-02 asked for 04.01.2027 – 02.07.2027 at {fmt(extension)} "
            f"{currency}/day (waiting for procurement)",
            f"Conversion option: a permanent {permanent} post ({sep(ylow)}-{sep(ylow + 12_000)} "
            f"{currency} a year) discussed with the "
            "hiring manager - outside this work order.",
            "[Export PDF]  [Duplicate to next week]  [Recall]",
            f"Last opened: TS-2026-W{week - 1}-{rng.randint(10_000, 19_999)} (Approved) · "
            f"{wo}-0",
            f"© 2026 {vms} · Processing under GDPR Art. 28 · Legal notice"]


# --------------------------------------------------------------------------------------
# A worker's claim for unpaid wages
# --------------------------------------------------------------------------------------
# (the state and its office, the title (the role), the word in Spanish and the nickname (an
#  alias), the business (printed) and the owner company (one employer), its type (a sector),
#  the hirer's and the supervisor's titles (`optional`), duties with the machine (`optional`),
#  the co-workers' titles (theirs), the promised next title and the one after (a move up, a
#  ladder), the earlier employer of the same title and its town (an employer), another earlier
#  title (a move in))
_WCSTATE = (
    ("Nevada", "Office of the Labor Commissioner", "Housekeeper", "camarista", "Room Attendant",
     ("Sagebrush Inn & Suites", "Sagebrush Lodging LLC"), "Motel (extended stay, 84 rooms)",
     ("general manager", "front office manager"),
     ("stripping and making the beds", "cleaning the bathrooms with the chemicals from the cart",
      "running the commercial washer (Milnor) when the laundry person was off"),
     ("Laundry Attendant", "Front Desk Clerk"), ("Housekeeping Inspector", "Head Housekeeper"),
     ("Desert Rose Motor Lodge", "Henderson"), "Fruit Packer"),
    ("Oregon", "Bureau of Labor and Industries, Wage and Hour Division", "Warehouse Loader",
     "cargador", "Lumper", ("Cascade Produce Terminal", "Cascade Cold Chain Inc."),
     "Produce distribution warehouse (refrigerated)", ("dock manager", "shift supervisor"),
     ("loading and unloading the trailers by hand and with the pallet jack",
      "wrapping the pallets and labelling them for the routes",
      "cleaning the cooler floor with the scrubber (Tennant) at the end of the shift"),
     ("Sanitation Worker", "Receiving Clerk"), ("Forklift Operator", "Dock Supervisor"),
     ("Valley Fresh Packing", "Yakima"), "Farmworker"),
)


def _wcstate(rng: random.Random, g: Guide) -> list[str]:
    """A state labour office's initial wage claim, flattened: the agency header, form number and
    pages, office, interpreter line, the claimant's details, hours and breaks, the documents,
    the declaration and the office-use box cut off (chrome), glued numbered sections: the
    employer's business name and owner company (one employer), its type (a sector), the hirer's
    and supervisor's titles (`optional`); "Job title: X (Spanish word) - they also called me
    'Nick'" (the role; the nickname an alias), duties with the machine (`optional`); the rate
    promised and the rate actually paid (both the role's), cash and check, the tip pool (no
    pay); amounts claimed, the overtime rate, the waiting-time penalty and the city minimum
    wage (no pay); co-workers' titles and pay (theirs), the promised path with the next title's
    rate (a move up and a ladder; theirs), an earlier job of the same title at another business
    (an employer; the role's with its town) and another earlier title (a move in)."""
    (state, office, job, spanish, nick, (business, owner), kind, (hirer, boss), duties,
     (co1, co2), (nxt, after), (earlier, town), before) = rng.choice(_WCSTATE)
    occupy(g, job, ladder=[job, nxt, after], leads=[nxt], moves_in=[before])
    _spell(g, nick)
    _legal(g, owner, business)
    g.employers.append(earlier)
    _facts(g, [], [], [kind.split(" (")[0]], [_cap(hirer), _cap(boss)])
    promised = rng.choice((17.0, 17.5, 18.5, 19.0, 19.5))
    paid = promised - rng.choice((1.5, 2.0, 2.5))
    _salary(g, promised, promised, "USD", period="hour")
    _salary(g, paid, paid, "USD", period="hour")
    nrate = promised + rng.choice((1.0, 1.5, 2.0))
    _salary(g, nrate, nrate, "USD", period="hour", belongs_to=nxt)
    c1 = paid + 1.0
    c2 = promised + rng.choice((2.5, 3.0, 3.5))
    _salary(g, c1, c1, "USD", period="hour", belongs_to=co1)
    _salary(g, c2, c2, "USD", period="hour", belongs_to=co2)
    erate = paid - 0.5
    _salary(g, erate, erate, "USD", period="hour", region=town)
    overtime = _no_pay(g, promised * 1.5, 0.25)
    minimum = _no_pay(g, round(paid + rng.uniform(0.6, 1.4), 2), 0.05)
    tips = (int(_no_pay(g, rng.choice((15, 25)), 5)), int(_no_pay(g, rng.choice((35, 45)), 5)))
    daily = _no_pay(g, promised * 10, 1)
    weeks = rng.choice([w for w in range(50, 91) if w != 78])
    g.must_not_appear += ["OFFICE USE ONLY", "Need an interpreter", "Investigations unit",
                          "(continues on p", "Work boots"]
    city = "Las Vegas" if state == "Nevada" else "Portland"
    return [f"STATE OF {state.upper()}  {office.upper()}",
            f"WAGE CLAIM   Form WC-{rng.randint(1, 9)} (rev. 2025)   Page 1 of 4      Office: "
            f"{city}",
            "Your language: Spanish   Need an interpreter? [X] Yes [ ] No   Claim no. (office "
            "use) ________",
            f"1. ABOUT YOUName: {rng.choice(('Rosa E. Quintero', 'Teodoro Villalba M.'))}   "
            f"Address: {rng.randint(1000, 9999)} {rng.choice(('Alder', 'Mesquite'))} St Apt "
            f"{rng.randint(1, 20)}   Phone: ({rng.randint(500, 799)}) 4__-__{rng.randint(10, 99)}",
            f"2. THE EMPLOYERBusiness name: {business}   Owner/company name: {owner}   Address: "
            f"{rng.randint(100, 9999)} {rng.choice(('Boulder Hwy', 'Columbia Blvd'))}",
            f"Kind of business: {kind}   Employees: about {rng.randint(15, 60)}   Still open? "
            "[X] Yes",
            f"Who hired you: {rng.choice(('Mr. Dale', 'Gloria'))} ({hirer})   Who was your "
            f"boss: {rng.choice(('Yesenia', 'Brent'))} ({boss})",
            f"3. THE JOBJob title: {job} ({spanish}) - they also called me \"{nick}\"",
            f"What I did: {duties[0]}, {duties[1]}, {duties[2]}",
            f"Started: 0{rng.randint(1, 9)}/{rng.randint(10, 28)}/2025   Last day: "
            f"{rng.randint(10, 11)}/0{rng.randint(1, 9)}/2026   [X] I quit  [ ] I was fired  [ ] "
            "Laid off   Final pay: late",
            f"4. PAYPromised pay: ${promised:.2f}   [X] hourly [ ] daily [ ] weekly   Promised "
            "when: at hiring, in words",
            f"Pay I really got: ${paid:.2f} an hour   How paid: [X] cash [X] checks (some)   "
            "Paydays: [ ] each week [X] twice a month",
            "All hours paid? [ ] Yes [X] No - the check showed 40 hours, the rest was cash "
            "without overtime",
            f"Tips: the workers got ${tips[0]}-${tips[1]} a week from the tip jar (not part of "
            "this claim)",
            "5. HOURSUsual schedule: 6 days, about 55 hours a week   Meal breaks: [X] none   "
            "Rest breaks: [X] none",
            f"6. WHAT I CLAIMUnpaid wages (promised ${promised:.2f} vs paid ${paid:.2f}, "
            f"{weeks * 40:,} hrs): ${(promised - paid) * weeks * 40:,.2f}",
            f"Unpaid overtime (15 hrs/week x {weeks} weeks at ${overtime:.2f}): "
            f"${overtime * 15 * weeks:,.2f}",
            f"Penalty wages (30 days x ${daily:.2f}): ${daily * 30:,.2f}   Expenses (work "
            "boots): $59.99",
            f"State minimum wage (2026): ${minimum:.2f} an hour - I was paid less",
            f"7. MORE INFORMATIONOthers with the same problem: a {co1.lower()} (paid "
            f"${c1:.2f} cash) and two {_plural(co2.lower())} (paid ${c2:.2f} by check).",
            f"The {boss} promised me {nxt} at ${nrate:.2f} after half a year, then {after}, but "
            "nothing happened.",
            f"Before this job I was {_an(job.lower())} at {earlier} ({town}), earning "
            f"${erate:.2f}/hr, and before that a {before.lower()}.",
            "Attached: [X] pay stubs (2) [X] photos of the schedule [ ] time cards [X] text "
            "messages",
            "I swear under penalty of perjury the above is correct.   Signature: ________   "
            "Date: 11/20/2026",
            "OFFICE USE ONLY   Investigator: ______   Hearing: ______   Sent to: [ ] "
            "Investigations unit   Page 1 of 4  (continues on p"]


# (the province and its ministry, the title (the role), the family (named as people,
#  `optional`) and what the household needs (a sector), the placement agency (`optional`),
#  the occupation code's title (`optional`), duties with equipment (`optional`), the earlier
#  title abroad, the place, the currency and the pay (theirs), another earlier title (a move
#  in), the hoped-for title (theirs; `optional`) and its certificate (`optional`))
_WCONLINE = (
    ("British Columbia", "Ministry of Labour, Employment Standards Branch", "Live-in Nanny",
     ("Harwood, Priya and Tom", "private household"), "Private household",
     "care of three children under eight", "Northshore Nanny Connect (Burnaby)",
     "44100 (home child care providers)",
     ("meals and bottles for the baby", "school pick-ups with the family car",
      "bathing and bedtime", "laundry and tidying the playroom"),
     ("Kindergarten Teacher Aide", "Manila", "PHP", "₱", 18_500), "Sales Clerk",
     ("Early Childhood Educator", "ECE Assistant certificate")),
    ("Alberta", "Alberta Employment Standards", "Household Cook",
     ("Lindqvist, Erik and Mara", "private household"), "Private household",
     "cooking for a family of five with guests twice a week", "Prairie Home Staffing (Calgary)",
     "65201 (food counter attendants, kitchen helpers and related support occupations)",
     ("planning the menus and the shopping", "cooking with the combi oven and the sous-vide",
      "serving the dinners for the guests", "cleaning the kitchen and the pantry"),
     ("Hotel Kitchen Helper", "Dubai", "AED", "AED ", 1_900), "Food Stall Vendor",
     ("Cook", "Red Seal Cook certificate")),
)


def _wconline(rng: random.Random, g: Guide) -> list[str]:
    """A province's online employment standards claim at its review step: the government
    header, step and progress line, session note, uploads, buttons and a footer cut off
    (chrome), glued sections: about you (language and work permit); the employer, a household
    named as people (`optional`), what the household is (a sector), the placement agency and
    its fee (`optional`; no pay); the job title (the role), the occupation code's title and
    duties with equipment (`optional`), dates and the termination; wages: the contract's hourly
    rate and the flat weekly pay actually paid (both the role's), the room and meals deductions,
    the overtime rate, holiday and vacation pay and the minimum wage (no pay); other
    entitlements (no pay); work history: an earlier title abroad with its pay in another
    currency (a move in; theirs), another earlier title (a move in), a hoped-for title with its
    quoted range (theirs) and the other workers' pay in the same job (the role's)."""
    (province, ministry, job, (family, household), kind, needs, agency, noc, duties,
     (abroad, place, currency, symbol, apay), before, (hope, cert)) = rng.choice(_WCONLINE)
    occupy(g, job, moves_in=[abroad, before])
    _facts(g, [], [], [kind], [family, agency, noc.split(" (")[1].rstrip(")"), hope, cert])
    rate = rng.choice((17.5, 17.75, 18.0, 18.5, 18.75))
    _salary(g, rate, rate, "CAD", period="hour")
    flat = rng.randrange(560, 700, 10)
    _salary(g, flat, flat, "CAD", period="week")
    _salary(g, apay, apay, currency, period="month", belongs_to=abroad)
    hlow = rng.randrange(21, 24)
    hhigh = hlow + rng.randrange(3, 5)
    _salary(g, hlow, hhigh, "CAD", period="hour", belongs_to=hope)
    others = (rate, rate + rng.choice((1.0, 1.5)))
    _salary(g, others[0], others[1], "CAD", period="hour")
    room = _no_pay(g, round(rng.uniform(28, 33), 2), 0.5)
    meals = _no_pay(g, round(rng.uniform(85, 98), 2), 0.5)
    overtime = _no_pay(g, round(rate * 1.5, 2), 0.05)
    minimum = _no_pay(g, round(rate - rng.uniform(0.2, 0.9), 2), 0.05)
    fee = int(_no_pay(g, rng.choice((2_800, 3_500, 4_100)), 100))
    owed = _no_pay(g, round(rng.uniform(15_000, 24_000), 2), 1)
    g.must_not_appear += ["Save and leave", "Send my claim", "Check your answers", "Eligibility",
                          "Page last reviewed"]
    return [f"Government of {province}   Search   Français",
            ministry,
            "Make an employment standards claim   Part 7 of 7: Check your answers   [Save and "
            f"leave]   Your session ends in {rng.randint(10, 25)} minutes",
            "Steps: ✔ Eligibility ✔ You ✔ Employer ✔ Job ✔ Pay ✔ Other money ● Check",
            f"ABOUT YOUName: {rng.choice(('Jocelyn R. Bautista', 'Amihan L. Cruz'))}   "
            "Language: English (Tagalog help if possible)   In Canada on: employer-specific work "
            "permit (expired 2026-08-31)",
            "YOUR EMPLOYERWho employed you? [X] A person or household  [ ] A company",
            f"Employer: {family} ({household})   Address: {rng.randint(10, 99)} "
            f"{rng.choice(('Cedar', 'Aspen'))} Close",
            f"What the employer does, as far as you know: {kind} - {needs}",
            f"Did an agency or recruiter find you the job? Yes: {agency} - took a placement fee "
            f"of ${fee:,} from me (receipts kept)",
            f"YOUR JOBJob title: {job}   Occupation on the permit: {noc}",
            f"Your tasks: {', '.join(duties)}",
            f"Start: 2024-0{rng.randint(1, 9)}-{rng.randint(10, 28)}   End: 2026-09-"
            f"{rng.randint(10, 28)}   How it ended: [X] Let go without notice",
            f"PAYContract terms: ${rate:.2f} an hour for a 40-hour week (signed contract)",
            f"What you got: a flat ${flat:.2f} every week by e-transfer (around 54 hours)",
            f"Taken off by the employer: room ${room:.2f}/week and meals ${meals:.2f}/week",
            f"Overtime (over 44 hours at 1.5x = ${overtime:.2f}/hr): unpaid · Public holidays: "
            "unpaid · Vacation pay 4%: unpaid",
            f"General minimum wage at the end date: ${minimum:.2f}/hr",
            f"OTHER MONEYPay instead of notice: 2 weeks, not paid   Unpaid wages, my estimate: "
            f"${owed:,.2f}   Agency fee to be paid back: ${fee:,}.00",
            f"EARLIER WORK (you may skip this)In {place} I worked as a {abroad} for four "
            f"years ({symbol}{apay:,}/month), and a {before.lower()} at home. I study for the "
            f"{cert} at night and want to work as {_an(hope)} (the postings say "
            f"${hlow}-${hhigh}/hr).",
            f"Other workers in the same job for families near me get ${others[0]:.2f}-"
            f"${others[1]:.2f} per hour on paper.",
            "Files uploaded (3): contract.pdf · pay-transfers.png · permit.jpg",
            "[ Back ]   [ Send my claim ]",
            "We will email you a claim number. An officer will contact you within 90 days.",
            f"Accessibility · Privacy · Contact · © Government of {province}   Page last reviewed:"
            " Sep"]


# --------------------------------------------------------------------------------------
# An agreement ending one employee's job
# --------------------------------------------------------------------------------------
# (the title (the role) at level II, its department (`optional`), the employer (printed, short)
#  and what it makes or sells (a sector) and for whom (`optional`), the reason, the earlier
#  title (a move in), the open post (a lateral move, theirs) and its town, the systems and the
#  work processes (`optional`), the outplacement firm (`optional`), the state, the OWBPA
#  table's other titles (`optional`), the HR signer's title (`optional`))
_SEVUS = (
    ("Payroll Specialist", "Human Resources", ("Orchard Valley Foods, Inc.",
                                               "Orchard Valley Foods"),
     "Frozen fruit and vegetables", "grocery chains and food service distributors",
     "the move of payroll processing to an outside payroll provider", "Payroll Clerk",
     ("HRIS Analyst", "Fresno, California"), ("ADP Workforce Now", "Kronos"),
     ("garnishment processing", "multi-state tax filings", "quarter-end reconciliation"),
     "Meridian Transition Partners", "California",
     ("Senior Payroll Specialist", "Benefits Coordinator", "HR Generalist"),
     "Chief People Officer"),
    ("Inside Sales Representative", "Sales Operations", ("Keystone Fastener Supply, Inc.",
                                                         "Keystone Fastener Supply"),
     "Industrial fasteners", "machine builders and maintenance shops",
     "the merger of the inside sales desks into the regional hub in Columbus",
     "Customer Service Representative", ("Account Coordinator", "Columbus, Ohio"),
     ("Salesforce", "Epicor"),
     ("quote follow-up", "order entry", "price-list updates"),
     "Bridgeway Career Services", "Pennsylvania",
     ("Senior Inside Sales Representative", "Order Entry Clerk", "Territory Sales Manager"),
     "VP Sales Operations"),
)


def _sevus(rng: random.Random, g: Guide) -> list[str]:
    """An HR e-mail carrying a US separation agreement and general release: the e-mail header
    and attachments, the note, the release, governing law, the age-disclosure heading and the
    signature lines (chrome), the parties with the employer's business (employs; a sector) and
    its customers (`optional`), numbered clauses: the separation with the title at level II
    (the role at II), its department (`optional`) and the final salary with its hourly
    equivalent (the role's; the hourly figure the same pay); the final pay with PTO, severance,
    the prorated incentive, COBRA and outplacement (no pay; the firm `optional`); re-employment
    with an open post and its range (a lateral move, theirs); the property and transition duties
    with systems (`optional`); the reference with the titles held (an earlier title a move in;
    level I of the role `optional`); the OWBPA table of titles and ages (`optional`)."""
    (job, department, (printed, short), sector, customers, reason, earlier, (open_post, town),
     systems, processes, outplacement, state, table, signer) = rng.choice(_SEVUS)
    occupy(g, job, moves_in=[earlier], transitions=[open_post])
    _legal(g, printed, short)
    _facts(g, [], [], [sector], [department, customers, *systems, outplacement, *table,
                                 f"{job} I", signer, *(_cap(p) for p in processes)])
    hourly = rng.randrange(2300, 3200, 25) / 100
    salary = round(hourly * 2080)
    _salary(g, salary, salary, "USD", period="year", level="II")
    width = rng.choice((4.0, 5.0, 6.0))
    olow = float(rng.choice([v for v in range(24, 30) if hourly not in (v, v + width)]))
    ohigh = olow + width
    _salary(g, olow, ohigh, "USD", period="hour", belongs_to=open_post)
    pto = _no_pay(g, round(hourly * rng.choice((64, 80, 96.5)), 2), 0.5)
    severance = _no_pay(g, round(salary / 52 * rng.choice((8, 10, 12)), 2), 1)
    incentive = _no_pay(g, float(rng.randrange(900, 2_400, 50)), 50)
    first = rng.choice(("Dana", "Morgan", "Leslie"))
    worker = rng.choice(("Renee T. Albright", "Marcus D. Oyelaran", "Sofia L. Brandt"))
    domain = short.lower().replace(" ", "")
    g.must_not_appear += ["DocuSign", "COBRA", "General Release", "ADEA",
                          "Older Workers Benefit Protection Act", "Governing Law"]
    ages = [", ".join(str(rng.randint(22, 63)) for _ in range(rng.randint(1, 3)))
            for _ in range(len(table) + 2)]
    return [f"From: People Services <people@{domain}.com>",
            f"To: {worker}",
            f"Date: Wed, Nov {rng.randint(10, 25)}, 2026 at {rng.randint(1, 5)}:"
            f"{rng.randint(10, 59)} PM",
            "Subject: Separation Agreement and General Release for your review (DocuSign)",
            f"Attachments: Separation_Agreement_{worker.split()[-1]}.pdf (198 KB), "
            "Exhibit_A_Age_Disclosure.pdf (71 KB), COBRA_Notice.pdf",
            f"Hello {worker.split()[0]}, following today's conversation with {first}, here is "
            "the agreement. The review period is forty-five days; once signed, you may still "
            "withdraw within seven days. - People Services",
            f"---------- Separation_Agreement_{worker.split()[-1]}.pdf (extracted text) ----------",
            "SEPARATION AGREEMENT AND GENERAL RELEASE",
            f"{printed}, a supplier of {sector.lower()} to {customers} (\"the Company\"), and "
            f"{worker} (\"you\") agree as follows.",
            f"1. Last Day. Your job as {job} II in {department} ends on December 31, 2026 (the "
            f"\"Exit Date\") because of {reason}. Your base salary at the Exit Date: "
            f"${salary:,.2f} a year (${hourly:.2f} an hour, 40-hour week).",
            f"2. Wages Owed. You will receive all wages through the Exit Date and your unused PTO "
            f"balance (${pto:,.2f}), signed or not.",
            f"3. Separation Benefits. Once this Agreement becomes effective: (a) severance of "
            f"${severance:,.2f}, less withholdings, spread over the regular payroll dates; (b) a "
            f"pro-rata 2026 bonus under the incentive plan of ${incentive:,.2f}; (c) three "
            f"months of COBRA premiums (the employer part); (d) career transition support from "
            f"{outplacement} for 60 days.",
            f"4. Open Roles. Nothing here stops you from applying for open roles; the "
            f"{open_post} opening ({town}, ${olow:.2f}-${ohigh:.2f} an hour) stays on the "
            "internal board until December 11, 2026.",
            "5. Release of Claims. You give up all claims against the Company and its "
            "affiliates, among them claims under Title VII, the ADEA and the ADA ...",
            f"6. Equipment and Access. Please hand back your laptop and badge; your "
            f"{systems[0]} and {systems[1]} log-ins close on the Exit Date.",
            f"7. Employment Verification. We will confirm your dates and the titles you held: "
            f"{earlier} (2018 - 2020), {job} I (2020 - 2023), {job} II (2023 - Exit Date).",
            f"8. Handover. Before the Exit Date you will document the "
            f"{', '.join(processes)} steps in {systems[0]} and {systems[1]} and coach the new "
            "team.",
            f"9. Governing Law. {state}.",
            "EXHIBIT A - AGE DISCLOSURE (OLDER WORKERS BENEFIT PROTECTION ACT)",
            f"Group considered: {department}, all locations. Selection factor: the role moves "
            "to the new model.",
            "Job Title | Ages | Selected | Not selected",
            f"{job} I | {ages[0]} | {rng.randint(1, 2)} | 0",
            f"{job} II | {ages[1]} | {rng.randint(2, 3)} | 0",
            *(f"{t} | {a} | 0 | {rng.randint(1, 3)}" for t, a in zip(table, ages[2:],
                                                                      strict=True)),
            f"Please sign in DocuSign by January 8, 2027. __________________ {worker}   Date "
            f"______   __________________ {first} Harlow, {signer}"]


# (the title (the role) and its region, the earlier title (a move in), the employer (printed
#  in capitals, the truth's spelling, short), its business and its customers' sectors (a
#  sector; the customers `optional`), the alternative role (a lateral move, theirs), the
#  systems (`optional`), the competitors (`optional`), the law firm (must not appear), the
#  manager reported to (`optional`), the team, the responsibilities (skills))
_SEVUK = (
    ("Area Operations Manager", "North West", "Depot Manager",
     ("FELLGATE LOGISTICS LIMITED", "Fellgate Logistics Limited", "Fellgate Logistics"),
     "Contract warehousing", "contract warehousing and temperature-controlled distribution",
     "the grocery, pharmaceutical and automotive sectors", "Network Planning Manager",
     ("Manhattan WMS", "Microsoft Dynamics"),
     ("Harlow Cross Distribution Ltd", "Pennant Cold Store plc"), "Tarrant Vale LLP",
     "Operations Director", "four Depot Managers",
     ("P&L management", "Health and safety compliance", "Labour planning", "KPI reporting",
      "Customer service reviews")),
    ("Field Service Manager", "Scotland", "Service Engineer",
     ("KELDMOOR LIFT SERVICES LIMITED", "Keldmoor Lift Services Limited", "Keldmoor Lift "
                                                                           "Services"),
     "Lift installation and maintenance", "lift installation and maintenance",
     "the social housing, healthcare and retail sectors", "Contracts Manager",
     ("ServiceMax", "Sage 200"),
     ("Cairnlift Engineering Ltd", "Brodie & Rae Elevators plc"), "Mellis Orrock LLP",
     "Head of Service", "fourteen Service Engineers",
     ("Engineer scheduling", "Contract management", "Budget control", "Statutory inspection "
                                                                      "compliance",
      "Customer account management")),
)


def _sevuk(rng: random.Random, g: Guide) -> list[str]:
    """A UK settlement agreement's solicitor's draft, PDF text: "without prejudice", the draft
    and page lines, the parties' addresses, the termination and garden leave, warranties, the
    schedules' headings, signature blocks and the adviser's certificate cut off (chrome), a
    glued background: the employer's business and its customers' sectors (a sector; the
    customers `optional`), the role with its region since a date (the role) and the earlier
    title (a move in), the basic salary (the role's), the restructure and the declined suitable
    alternative role with its salary (a lateral move, theirs) and car allowance (no pay);
    payments: salary and car allowance, holiday, commission with its on-target figure, PILON,
    statutory redundancy and ex gratia with the tax threshold and legal fees (no pay); company
    property with systems (`optional`); restrictive covenants with named competitors
    (`optional`); the agreed reference with the manager reported to (`optional`), the team and
    the responsibilities (skills); the law firm must not appear."""
    (job, region, earlier, (caps, printed, short), sector, business, customers, alternative,
     systems, competitors, firm, manager, team, duties) = rng.choice(_SEVUK)
    occupy(g, job, moves_in=[earlier], transitions=[alternative])
    _legal(g, printed, short)
    _facts(g, list(duties), [], [sector], [customers, *systems, *competitors, manager])
    basic = rng.randrange(52, 72) * 1000 + rng.choice((0, 500))
    _salary(g, basic, basic, "GBP", period="year")
    alt = basic - rng.randrange(5, 10) * 1000
    _salary(g, alt, alt, "GBP", period="year", belongs_to=alternative)
    car = int(_no_pay(g, rng.choice((4_800, 5_400, 6_200)), 100))
    alt_car = int(_no_pay(g, car - 600, 100))
    holiday = _no_pay(g, round(basic / 260 * rng.choice((4.5, 6, 8.5)), 2), 0.5)
    target = int(_no_pay(g, rng.randrange(9_000, 18_000, 500), 500))
    pilon = int(_no_pay(g, basic // 4, 1))
    redundancy = _no_pay(g, round(rng.uniform(3_500, 7_000), 2), 1)
    gratia = int(_no_pay(g, rng.randrange(15_000, 28_000, 500), 500))
    fees = int(_no_pay(g, rng.choice((600, 850, 1000)), 50))
    employee = rng.choice(("MORVEN ELSPETH GAIR", "DECLAN PATRICK HOLT"))
    started, moved = rng.randint(2012, 2016), rng.randint(2017, 2020)
    pronoun = "her" if employee.startswith("MORVEN") else "his"
    g.must_not_appear += ["WITHOUT PREJUDICE AND SUBJECT TO CONTRACT", "Termination Payment",
                          "Competing Business", "Settled claims", firm, "ITEPA 2003"]
    name = " ".join(w.capitalize() for w in employee.split()[::2])
    adviser = rng.choice(("Ailsa", "Rowan"))
    he = "she" if pronoun == "her" else "he"
    return [f"Draft v3 ({rng.randint(10, 27)}.11.2026) - {firm} - matter "
            f"{rng.choice(('KLM', 'RDH'))}/{rng.randint(1000, 9999)}",
            "WITHOUT PREJUDICE AND SUBJECT TO CONTRACT",
            "                                                                      Page 1 of 8",
            "DATED                                2026",
            f"(1) {caps}",
            f"(2) {employee}",
            "SETTLEMENT AGREEMENT",
            "This Agreement is dated ____________ 2026 and is",
            f"BETWEEN(1) {caps}, a company registered in England and Wales under number "
            f"0{rng.randint(1_000_000, 9_999_999)} (\"the Company\"); and(2) {employee} of "
            f"{rng.randint(2, 90)} {rng.choice(('Birch Road', 'Station Brae'))} (\"you\").",
            f"BACKGROUND(A) The Company's business is {business} for customers in "
            f"{customers}.(B) You joined the Company in {started} as {earlier} and have been its "
            f"{job} ({region}) since {rng.randint(1, 28)} {rng.choice(('April', 'September'))} "
            f"{moved}, on a basic salary of £{basic:,} a year.(C) Following a review of the "
            f"regional structure your post is redundant. On {rng.randint(2, 20)} November 2026 "
            f"you turned down the alternative post of {alternative} (basic salary £{alt:,} a "
            f"year plus a car allowance of £{alt_car:,}).",
            "1. LEAVING DATE1.1 Your employment ends on 31 December 2026 (the \"Leaving "
            "Date\"); until then you will be on garden leave on full pay and benefits.",
            f"2. MONEY DUE2.1 Subject to tax and NICs the Company will pay you: (a) salary and "
            f"car allowance (£{car:,} a year) up to the Leaving Date; (b) £{holiday:,.2f} for "
            f"holiday accrued and not taken; (c) Q4 2026 commission under the sales plan "
            f"(on-target earnings £{target:,} a year).2.2 £{pilon:,} in lieu of three months' "
            f"notice (basic salary only).2.3 Statutory redundancy pay £{redundancy:,.2f} and an "
            f"ex gratia sum of £{gratia:,}; the Company understands that the first £30,000 of "
            "these may be tax-free under ss. 401-403 ITEPA 2003. Both sums together are the "
            f"\"Termination Payment\".2.4 A contribution of up to £{fees:,} plus VAT to your "
            "legal costs.",
            f"3. COMPANY PROPERTY3.1 By the Leaving Date you will hand back the laptop, phone, "
            f"fuel card and your {systems[0]} and {systems[1]} access.",
            "4. REFERENCE4.1 Reference requests will be answered with the wording of Schedule 2 "
            "below.",
            f"5. RESTRICTIVE COVENANTS5.1 The post-termination restrictions in your contract "
            f"still apply for six months, so you may not join a Competing Business (for example "
            f"{competitors[0]} or {competitors[1]}) within the Territory.",
            f"6. ADVICE6.1 You confirm that {'Ms' if adviser == 'Ailsa' else 'Mr'} {adviser} "
            f"Dunmore of {firm}, a relevant independent adviser, has advised you on this "
            "Agreement ...",
            "SCHEDULE 1 · Settled claims(a) wrongful dismissal (b) unfair dismissal (c) unlawful "
            "deductions from wages ...",
            f"SCHEDULE 2 · Reference wording\"{name} was with {printed} between {started} and "
            f"31 December 2026, joining as {earlier} and serving as {job} ({region}) from "
            f"{moved}, reporting to the {manager}. {_cap(he)} led {team}; the role covered "
            f"{duties[0].lower()}, {duties[1].lower()}, {duties[2].lower()}, "
            f"{duties[3].lower()} and {duties[4].lower()}. {_cap(he)} left when the post became "
            "redundant.\"",
            f"Signed for the Company by ...................... (Director)   {caps}",
            f"Signed by you ...................... {employee}",
            f"ADVISER'S CERTIFICATE I, {adviser} Dunmore, confirm that I am a qualified lawyer "
            "who gave the advice descri"]


(FAMILY55_RENDERERS, FAMILY55_LAYOUTS, FAMILY55_LADDER_LAYOUTS,
 FAMILY55_ALIAS_LAYOUTS) = variant_families({
    "uzbekmt": {"board": _uzboard, "it": _uzit},
    "nepalimt": {"portal": _npportal, "notice": _npnotice},
    "injuryreport": {"form": _injform, "eform": _injeform},
    "timesheet": {"app": _tsapp, "vms": _tsvms},
    "wageclaim": {"state": _wcstate, "online": _wconline},
    "severance": {"us": _sevus, "uk": _sevuk},
})
