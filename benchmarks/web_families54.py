"""Generator renderers for the six page families of held-back set 54 (Russian postings ...).

Held-back set 54 showed six more kinds of page users bring: a Russian job posting read through a
browser translator (an office job board's posting with the range "on hand" and the figure
before personal income tax, a probation pay, the statutory and bonus lines, a career line glued
to the conditions with the Leading rung's floor and similar vacancies with a Leading one "up
to", or a rotational-work board's posting with the pay for the whole vakhta, hourly tariff
rates by category, coefficients and the vakhta allowance, a glued career line with the
brigadier's floor and the master's range, the board's average and its calculator example), an
Ethiopian posting read through a translator (a job board's exporter posting with the gross in
birr and the net after the income tax and the pension, probation and assistant pay and the
Ethiopian-calendar dates, or a Telegram jobs channel's post with pay by level of one title on
one line, a per diem, a promotion with its pay and the channel's later posts), a US temporary
labor certification job order (an H-2A clearance order's numbered fields flattened, with the
wage offer, piece rates, the crew leader's wage, agricultural overtime and the AEWR at the same
figure, or an H-2B job order on the seasonal jobs site with basic and overtime rates, a piece
rate, a leader's rate and the employer's other orders), a UK certificate of sponsorship (the
sponsorship system's print view with the gross salary, its calculated hourly rate, the going
rate and the sponsor note's pay agreement, or its fields glued in an HR e-mail with the firm's
bands, the worker's current pay in another currency and the career path), a notification of
personnel action (a federal SF-50's FROM and TO blocks with basic pay, locality adjustment and
adjusted basic pay and the folder's past actions, or a city's personnel action form with two
columns flattened side by side and the class specification attached) and a travel healthcare
agency's pay package (a job listing's weekly breakdown with stipends, the blended rate, market
insights and similar jobs, or a traveler's assignment confirmation with the extension rate, the
skills checklist, the traveler's current title and the recruiter's note).  These renderers
write such pages from a planned guide, two variants a family, about occupations that fit them
(occupy()); every fact the truth keeps is printed and what a style does not state is cleared:
the figure before tax beside the pay on hand, the pay for a whole vakhta, the net beside a
gross, the AEWR at the wage offer's figure, a calculated hourly rate, the basic pay and the
locality adjustment beside the adjusted basic pay and biweekly and annual equivalents are the
same pay; bonuses, the 13th salary, compensations, coefficients, allowances, per diems,
piece rates, overtime rates, meal and housing charges, subsistence, going rates and thresholds,
fees and charges, special pays, stipends, weekly estimates, blended rates, differentials and
reimbursements stay out of the role's pay; minimum wages and calculator examples are nobody's
pay; probation, Lead, category, assistant, level, grade and step, range, Senior, Travel,
extension, local contract and staff rates are the role's own at their level, board averages and
market medians the role's own points, and other titles' figures keep their owners; glosses,
idioms, clients, degrees, certificates, licences, SOC titles, agents, agencies, MSPs, the
worker's former employers and other titles' companies are `optional` or must not appear.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from benchmarks.web_families53 import _usd
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
    occupy,
    variant_families,
)

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY54_ALIAS_LAYOUTS", "FAMILY54_LADDER_LAYOUTS", "FAMILY54_LAYOUTS",
           "FAMILY54_RENDERERS"]


def _rub(amount: int) -> str:
    """A rouble figure with a space between thousands, as Russian boards print it: "185 000"."""
    return f"{amount:,}".replace(",", " ")


def _hourly(amount: float) -> str:
    """A dollar rate always with its cents, as pay packages print them: "$26.00"."""
    return f"${amount:,.2f}"


def _gbp(amount: float) -> str:
    """A pound figure with cents ("£28,080.00") when the system prints them."""
    return f"£{amount:,.2f}"


def _up_to(g: Guide, top: int, currency: str, *, level: str, region: str) -> None:
    """A posted ceiling of the role's own ("up to N"): no floor, the ceiling kept."""
    g.salaries.append({"min": None, "max": top, "currency": currency, "period": "month",
                       "level": level, "region": region})


def _ordinal(n: int) -> str:
    """3 → "3rd", 4 → "4th" (the categories of a trade)."""
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n, 'th')}"


def _ru(title: str) -> str:
    """A translated title in running text: its first letter in lower case ("engineer-estimator",
    while "1C" or "PTO" keep their capitals)."""
    return title if title[1:2].isupper() else title[:1].lower() + title[1:]


# --------------------------------------------------------------------------------------
# A Russian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role) as the board prints it, its specification in parentheses and the other
#  rendering after the slash (an alias), the company (printed, short), the city and the metro,
#  what the company does, its clients (`optional`), duties (no skills), six skills, the idiom
#  (must not appear), the junior, Leading and head rungs, the move in, the similar vacancies:
#  the same title's firm and city, another title and its firm (`optional`), a Leading vacancy's
#  firm and city, a combined title and its firm (`optional`) and the cut one)
_RUBOARD = (
    ("Engineer-estimator", "(Grand-Smeta, GESN)", "Estimator",
     ("StroyProekt-Volga LLC", "StroyProekt-Volga"), "Kazan", "Kozya Sloboda",
     "designs and builds warehouses and logistics parks", ("retail chains",
                                                           "logistics operators"),
     ("drawing up local estimates for the sections of concrete and ventilation",
      "checking the acts of completed works of the subcontractors",
      "calculation of the initial maximum price of the tender"),
     ("Grand-Smeta", "GESN", "FER", "Resource-index method", "AutoCAD", "BIM models"),
     "a head that counts twice", "Junior engineer-estimator", "Leading engineer-estimator",
     "Head of the estimate department", "Site foreman",
     (("Kama-Montazh LLC", "Kama-Montazh"), "Naberezhnye Chelny"),
     ("PTO engineer", "Volga Development Group"),
     (("TatNefteStroy-Service JSC", "TatNefteStroy-Service"), "Almetyevsk"),
     ("Estimator-purchaser", "Remstroy-Alliance"), ("Engineer-estimator (roads and bri", "Dor")),
    ("Payroll accountant", "(1C:ZUP 3.1)", "Salary calculation accountant",
     ("Tekhnoresurs Group LLC", "Tekhnoresurs Group"), "Yekaterinburg", "Geologicheskaya",
     "keeps the books and the payroll of forty client companies",
     ("dealers of agricultural machinery", "small factories"),
     ("calculation of salaries, vacation pay and sick leave for 600 employees",
      "quarterly reports to the Social Fund and the tax office",
      "answers to the employees of the clients about their payslips"),
     ("1C:ZUP 3.1", "6-NDFL", "RSV reporting", "Sick leave calculation", "SBIS",
      "Kontur.Extern"),
     "iron nerves at the end of the month", "Junior payroll accountant",
     "Leading payroll accountant", "Chief accountant", "Personnel inspector",
     (("Uralskie Avtobusy JSC", "Uralskie Avtobusy"), "Chelyabinsk"),
     ("Primary documents accountant", "Buhgalter-Servis"),
     (("Ural-Finance Outsourcing LLC", "Ural-Finance Outsourcing"), "Yekaterinburg"),
     ("Accountant-cashier", "Mir Apteki"), ("Payroll accountant (budget institu", "Sverd")),
)


def _ruboard(rng: random.Random, g: Guide) -> list[str]:
    """An office posting on a Russian job board through a translator: the translator bar, menu,
    breadcrumb, experience, employment and registration lines, buttons, address, publication
    line and footer (chrome), "Title (spec) / Other rendering" (the role; the other rendering an
    alias), "from a to b ₽ on hand" (the role's with the city), the company with its rating
    (employs), a glued "…Responsibilities:" (duties, no skills; the clients `optional`),
    requirements and "Will be a plus" (skills; the idiom must not appear), conditions with the
    figure before personal income tax (the same pay), the probation pay (at Probation), the
    quarterly bonus, 13th salary and mobile compensation (no pay), a glued "…Career growth in
    our company:" arrow line (a ladder) with the Leading rung's floor (the role's at Lead, open)
    and a move in, key skills, the board's average (the role's point with the city) and similar
    vacancies (the same title: an employer and the role's with its city; another title "from"
    (theirs, its firm `optional`); a Leading one "up to … before tax deduction" (the role's at
    Lead, no floor, an employer); a combined title "not specified" (`optional`); one cut)."""
    (job, spec, alias, (printed, short), city, metro, what, clients, duties, skills, idiom,
     junior, leading, head, came, ((sprinted, sshort), scity), (other, other_firm),
     ((lprinted, lshort), lcity), (combined, combined_firm), (cut, cut_firm)) = rng.choice(
        _RUBOARD)
    occupy(g, job, ladder=[junior, job, leading, head], moves_in=[came])
    _spell(g, alias)
    for p, s in ((printed, short), (sprinted, sshort), (lprinted, lshort)):
        _legal(g, p, s)
    _facts(g, list(skills), [], [], [*clients, other_firm, combined, combined_firm])
    low = rng.randrange(85, 150, 5) * 1000
    high = low + rng.randrange(25, 60, 5) * 1000
    _salary(g, low, high, "RUB", period="month", region=city)
    probation = low - rng.randrange(10, 25, 5) * 1000
    _salary(g, probation, probation, "RUB", period="month", level="Probation")
    floor = high + rng.randrange(20, 50, 5) * 1000
    _salary(g, floor, None, "RUB", period="month", level="Lead")
    average = low + rng.randrange(1, (high - low) // 1000) * 1000
    _salary(g, average, average, "RUB", period="month", point=True, region=city)
    slow = low - rng.randrange(10, 25, 5) * 1000
    _salary(g, slow, slow + 35_000, "RUB", period="month", region=scity)
    olow = probation - rng.randrange(5, 20, 5) * 1000
    _salary(g, olow, None, "RUB", period="month", region=city, belongs_to=other)
    top = floor + rng.randrange(40, 90, 10) * 1000
    _up_to(g, top, "RUB", level="Lead", region=lcity)
    gross = (int(_no_pay(g, round(low / 0.87, -3), 1000)),
             int(_no_pay(g, round(high / 0.87, -3), 1000)))
    mobile = int(_no_pay(g, rng.choice((1000, 1200, 1500)), 100))
    board = rng.choice(("RabotaPlus.ru", "VakansiiOnline.ru"))
    section = "Finance, Accounting" if "ccount" in job else "Construction, Real estate"
    g.must_not_appear += [cut, idiom, section, "Add to the list", f"Mobile app of {board}"]
    return ["Page translated: Russian → English ▾ | Original | Never translate this site | ⚙",
            f"{board}  Jobs  CVs  Employers  Pay statistics  Articles  Sign in  For employers",
            f"{city} ▸ {section} ▸ {job}",
            f"{job} {spec} / {alias}",
            f"from {_rub(low)} to {_rub(high)} ₽ on hand",
            f"Experience: {rng.randint(1, 3)}–{rng.randint(4, 6)} years",
            "Full time, office  Hybrid possible (2 days from home)",
            "Formalisation: official, under an employment contract",
            f"{printed} ★ {rng.randint(40, 49) / 10} · {rng.randint(30, 400)} reviews",
            f"{city}, {metro} metro, {rng.choice(('Lenina', 'Mira', 'Pobedy'))} street, "
            f"{rng.randint(3, 90)}",
            "Reply   Phone number   ☆ Add to the list   Report",
            f"{short} {what} for {clients[0]} and {clients[1]}; the office has "
            f"{rng.randint(20, 80)} people.Responsibilities:",
            *(f"- {d};" for d in duties),
            "Requirements:",
            f"- {rng.randint(2, 3)} years and more as {_an(_ru(job))};",
            f"- confident work in {skills[0]}, knowledge of {skills[1]} and {skills[2]};",
            f"- the {_ru(skills[3])} and {_ru(skills[4])} at a working level;",
            f"- {idiom}: we check every line twice before the signature.",
            f"Will be a plus: {skills[5]}.",
            "Conditions:",
            f"- pay from {_rub(low)} to {_rub(high)} ₽ on hand (before the personal income tax "
            f"is withheld — roughly {_rub(gross[0])} – {_rub(gross[1])} ₽);",
            f"- probation of 3 months with {_rub(probation)} ₽ on hand;",
            "- a quarterly bonus up to 15% and a 13th salary at the end of the year;",
            f"- VHI after the probation, mobile compensation {_rub(mobile)} ₽/month;",
            f"- paid courses and a gym in the building.Growth inside the company:{junior} → "
            f"{_ru(job)} → {_ru(leading)} → {_ru(head)}",
            f"{_plural(leading)} are paid from {_rub(floor)} ₽ on hand. Some of our team "
            f"started here as {_an(_ru(came))} and moved into the office.",
            "Key skills",
            "  ".join(skills),
            f"Vacancy posted on {rng.randint(1, 6)} December 2026 in {city}",
            f"Mean pay of {_an(_ru(job))} in {city} by {board}: {_rub(average)} ₽ a month "
            f"({_grouped(rng.randrange(120, 900))} vacancies)",
            "Similar vacancies",
            job,
            f"{sprinted} · {scity}",
            f"{_rub(slow)} – {_rub(slow + 35_000)} ₽ on hand",
            other,
            f"{other_firm} · {city}",
            f"from {_rub(olow)} ₽ on hand",
            f"{leading} (industrial sites)" if "estim" in job else f"{leading} (holding)",
            f"{lprinted} · {lcity}",
            f"up to {_rub(top)} ₽ before tax deduction",
            combined,
            f"{combined_firm} · {city}",
            "Income level is not specified",
            cut,
            f"{cut_firm}",
            f"© 2026 {board}  Help  Mobile app of {board}  Terms"]


# (the title (the role), the categories printed, the vakhta, the place and its short name (a
#  region), the company (printed, short), its industry (a sector), the project, duties (no
#  skills), three skills, the certificate (`optional`), the idiom (must not appear), two moves
#  in, the brigadier and the master, the category rates, the vakhta allowance, the similar
#  vacancies: the same title's firm and city, two other titles and their regions, the cut one)
_RUVAKHTA = (
    ("Concreter", "3-5 category", "45/45", "Vostochny port, Primorsky Krai", "Primorsky Krai",
     ("DalGidroStroy JSC", "DalGidroStroy"), "port and hydraulic construction",
     "a coal terminal berth and its warehouses",
     ("laying and compacting the concrete mix in the formwork of the slabs",
      "care of the concrete in winter with heating wires", "installation of embedded parts"),
     ("Deep vibrator compaction", "Rebar tying", "Reading of working drawings"),
     "certificate of a concreter", "a strong back and a clear head",
     ("Formwork carpenter", "Rebar fitter"), "Brigadier", "Site master", (3, 4, 5),
     (("VladBeton LLC", "VladBeton"), "Vladivostok"),
     (("Formwork carpenter", "Khabarovsk Krai"), ("Crane operator", "Sakhalin region")),
     "Concreter · vakhta 30/30 · Chuk"),
    ("Scaffolder", "4-5 category", "60/60", "Ust-Kut, Irkutsk region", "Irkutsk region",
     ("SibLesaMontazh LLC", "SibLesaMontazh"), "scaffolding and insulation services",
     "the gas processing plant's process units",
     ("assembly of cup-lock and wedge scaffolds up to 40 m", "dismantling and loading the "
      "scaffold elements", "checking the scaffolds with the tag system before the shift"),
     ("Scaffold assembly", "Work at height", "Slinging"),
     "certificate of a scaffolder", "steady legs and a sober eye",
     ("Roofer", "Industrial climber"), "Brigadier of scaffolders", "Scaffolding master",
     (4, 5, 6), (("BaikalStroyLesa LLC", "BaikalStroyLesa"), "Irkutsk"),
     (("Insulator", "Yakutia"), ("Industrial painter", "Krasnoyarsk Krai")),
     "Scaffolder · vakhta 30/30 · Bodai"),
)


def _ruvakhta(rng: random.Random, g: Guide) -> list[str]:
    """A rotational-work (vakhta) board's posting through a translator: the translator bar,
    menu, breadcrumb, "URGENT", the verification, vacancy number, views, buttons, the guide link
    and footer (chrome), "Title N-M category (vakhta a/b)" (the role), the monthly range on hand
    (the role's with the place), the employer (employs), a glued "About the company …What to
    do:" (its industry a sector; duties no skills), requirements (skills; the certificate
    `optional`, the idiom must not appear), the trades taken to retrain (moves in), the pay for
    the whole vakhta (the same pay), hourly tariff rates by category (the role's at each
    category), coefficients, the vakhta allowance and the road days (no pay), a glued
    "Growth:…" line (a ladder: categories no rungs) with the brigadier's floor and the master's
    range (theirs), the board's average (the role's point), its calculator example (no pay) and
    similar vacancies (the same title elsewhere "from": an employer and the role's open floor
    with the city; two other titles' ranges, theirs; one cut)."""
    (job, cats, vakhta, place, region, (printed, short), sector, project, duties, skills, cert,
     idiom, (came1, came2), brigadier, master, rates, ((sprinted, sshort), scity),
     ((o1, o1reg), (o2, o2reg)), cut) = rng.choice(_RUVAKHTA)
    occupy(g, job, ladder=[job, brigadier, master], moves_in=[came1, came2])
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    _facts(g, list(skills), [], [sector], [cert])
    low = rng.randrange(130, 170, 5) * 1000
    high = low + rng.randrange(25, 45, 5) * 1000
    _salary(g, low, high, "RUB", period="month", region=region)
    base = rng.randrange(230, 280, 5)
    hourly = [base + i * rng.randrange(35, 50, 5) for i in range(3)]
    for cat, rate in zip(rates, hourly, strict=True):
        _salary(g, rate, rate, "RUB", period="hour", level=f"{_ordinal(cat)} category")
    bfloor = high + rng.randrange(20, 40, 5) * 1000
    _salary(g, bfloor, None, "RUB", period="month", belongs_to=brigadier)
    mlow = bfloor + rng.randrange(15, 30, 5) * 1000
    _salary(g, mlow, mlow + 40_000, "RUB", period="month", belongs_to=master)
    average = low + rng.randrange(1, 20) * 1000
    _salary(g, average, average, "RUB", period="month", point=True, region="Russia")
    sfloor = low - rng.randrange(25, 45, 5) * 1000
    _salary(g, sfloor, None, "RUB", period="month", region=scity)
    p1 = high + rng.randrange(5, 30, 5) * 1000
    _salary(g, p1, p1 + 45_000, "RUB", period="month", region=o1reg, belongs_to=o1)
    p2 = low - rng.randrange(0, 20, 5) * 1000 + 2000
    _salary(g, p2, p2 + 30_000, "RUB", period="month", region=o2reg, belongs_to=o2)
    days = int(vakhta.split("/")[0])
    whole = (int(_no_pay(g, low * days // 30, 1000)), int(_no_pay(g, high * days // 30, 1000)))
    allowance = int(_no_pay(g, rng.randrange(600, 1200, 100), 100))
    example = int(_no_pay(g, round(days * 11 * hourly[1] * 2.6), 1))
    board = rng.choice(("VahtaWork.ru", "SmenaSever.ru"))
    g.must_not_appear += [cut, idiom, "URGENT", "Checked employer", "How to check an employer "
                          "before the trip", "Rotation jobs"]
    return ["Translated from: Russian ▾ · Show the original · Options",
            f"{board} — rotation jobs across Russia and the North   Vacancies  Employers  "
            "Reviews  Calculator  Log in",
            f"Main ▸ Rotation jobs ▸ Construction ▸ {region}",
            f"‼ URGENT! {job} {cats} (vakhta {vakhta})",
            f"from {_rub(low)} to {_rub(high)} ₽ a month, on hand",
            f"Vakhta {vakhta} · {place} · Meals and camp free · Ticket paid",
            f"{printed}   ✔ Checked employer   {rng.randint(3, 12)} years on the site",
            f"Vacancy No. {rng.randint(2_100_000, 2_999_999)}  Updated {rng.randint(1, 6)} "
            f"December 2026  👁 {_rub(rng.randrange(600, 3000))} views",
            "Respond   Call   Telegram   ♡",
            f"About the company {short} is a contractor of {sector}. Now we build {project} and "
            f"are hiring {rng.randint(20, 60)} {_plural(job.lower())} for the crews.Your tasks:",
            *(f"- {d};" for d in duties),
            "Requirements:",
            f"- {rng.randint(1, 3)} years and more as {_an(job.lower())} on industrial sites;",
            f"- {skills[0].lower()} and {skills[1].lower()};",
            f"- {skills[2].lower()} — we check on arrival;",
            f"- {cert} (obligatory), medical board at our expense;",
            f"- {idiom}: alcohol is forbidden on the site.",
            f"Former {_plural(came1.lower())} and {_plural(came2.lower())} are welcome too: the "
            "brigade teaches the trade in the first vakhta.",
            "Payment: official, twice a month to a bank card",
            f"Pay from {_rub(low)} to {_rub(high)} ₽ a month on hand — for a whole vakhta of "
            f"{days} days that is {_rub(whole[0])} to {_rub(whole[1])} ₽ on hand.",
            "Hourly tariff by razryad: " + ", ".join(
                f"{_ordinal(cat)} category {rate} ₽"
                for cat, rate in zip(rates, hourly, strict=True))
            + " (the regional coefficient and the northern allowance are already inside)",
            f"Vakhta allowance {_rub(allowance)} ₽ for each day on the site",
            "Road days are paid at the tariff, overtime at double rate, the shift 11 hours",
            "Three hot meals a day, a camp of 4-bed modules, winter overalls",
            "Travel from Moscow, Novosibirsk or Krasnoyarsk and back at the company's expense",
            f"Growth:{job.lower()} {_ordinal(rates[0])} cat. → {job.lower()} "
            f"{_ordinal(rates[2])} cat. → "
            f"{brigadier.lower()} → {master.lower()}.A {brigadier.lower()} is paid from "
            f"{_rub(bfloor)} ₽ a month on hand, a {master.lower()} {_rub(mlow)} – "
            f"{_rub(mlow + 40_000)} ₽.",
            f"Mean pay of {_plural(job.lower())} on rotation across Russia: {_rub(average)} ₽ a "
            f"month ({board} statistics, November 2026)",
            f"Calculator: {days} days × 11 h × {hourly[1]} ₽ × 2.6 = {_rub(example)} ₽ before "
            f"tax (an example for the {_ordinal(rates[1])} category, overtime not counted)",
            "Similar vacancies",
            f"{job} · {sprinted} · {scity} (no vakhta) · from {_rub(sfloor)} ₽",
            f"{o1} · vakhta 30/30 · {o1reg} · {_rub(p1)} – {_rub(p1 + 45_000)} ₽",
            f"{o2} · vakhta 60/30 · {o2reg} · {_rub(p2)} – {_rub(p2 + 30_000)} ₽",
            cut,
            "First time on a vakhta? Our guide: \"How to check an employer before the trip\"",
            f"© {board} 2014–2026  Rules  Privacy  Ads"]


# --------------------------------------------------------------------------------------
# An Ethiopian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the long title (the role), the short one (an alias), the Amharic title (`optional`), the
#  company (printed, short), the town and site, the goods it exports (its kind a sector),
#  duties (no skills), the degree and the TVET level (`optional`), the experience place
#  (`optional`), the certificate (`optional`), skills, the idiom (must not appear), the move up,
#  two moves in, the similar jobs: the same title's firm and town, the move up's firm
#  (`optional`), another title and its town, the "accord" one)
_ETBOARD = (
    ("Flower Quality Controller", "Stem Grader", "የአበባ ጥራት ተቆጣጣሪ",
     ("Meskerem Roses Export PLC", "Meskerem Roses"), "Holeta",
     "the greenhouse farm on the Ambo road",
     "cut-flower exporter", "roses and summer flowers to the auction in Aalsmeer and to Dubai",
     ("Checks the stem length, the head size and the defects of each bunch in the pack house",
      "Rejects the stems with botrytis and records the rejection rate",
      "Follows the cold chain of the boxes until the truck leaves"),
     "BSc in Horticulture or Plant Science", "TVET Level III", "a flower farm pack house",
     "GlobalG.A.P. awareness training",
     ("Stem grading", "Pest and disease identification", "Cold chain monitoring",
      "Microsoft Excel"), "eyes that see a thorn in the dark", "Pack House Manager",
     ("Greenhouse Supervisor", "Harvest Team Leader"),
     (("Ziway Bloom Farms Plc", "Ziway Bloom Farms"), "Batu"), "Abyssinia Flora",
     ("Cold store keeper", "Holeta"), "Spraying technician"),
    ("Leather Finishing Technician", "Finisher", "የቆዳ አጨራረስ ባለሙያ",
     ("Awash Hides Tannery Share Company", "Awash Hides Tannery"), "Modjo",
     "the finishing plant in the Modjo leather city", "finished leather exporter",
     "sheep and goat crust and finished leather to Italy, China and India",
     ("Sets the spraying machine and mixes the colours of each order",
      "Measures the area of the hides with the measuring machine",
      "Keeps the samples of every lot for the buyer"),
     "Diploma in Leather Technology or Chemistry", "TVET Level IV", "a tannery",
     "Leather Industry Development Institute certificate",
     ("Colour matching", "Spray finishing", "Leather grading", "Microsoft Excel"),
     "a nose that does not fear the lime pit", "Finishing Section Head",
     ("Tannery Laboratory Assistant", "Shoe Factory Operator"),
     (("Batu Tannery Plc", "Batu Tannery"), "Batu"), "Ethio Leather Works",
     ("Hide sorter", "Modjo"), "Boiler operator"),
)


def _etboard(rng: random.Random, g: Guide) -> list[str]:
    """An Ethiopian job board's exporter posting through a translator: the translator bar, menu
    with the language switch, breadcrumb, Ethiopian-calendar dates, number required, buttons,
    how to apply, the women's line, the Telegram follow line and footer (chrome), "Long title
    (Short) - Amharic" (the role; the short title an alias, the Amharic `optional`), the gross
    salary line (the role's with the town), a glued "About the companyX is a … exporter …Main
    duties" (employs; a sector; duties no skills), qualifications (the degree, TVET level,
    experience place and certificate `optional`; skills; the idiom must not appear), a glued
    "Salary and benefitsGross salary …" with the net after tax and pension (the same pay), the
    probation pay (at Probation), the transport allowance, lunch, insurance and the profit bonus
    (no pay), the assistant's pay (at Assistant), career growth (a move up, two moves in), the
    minimum wage line and similar jobs (the same title elsewhere: an employer and the role's
    with its town; the move-up title "Negotiable" (its firm `optional`); another title's pay
    with its town, theirs; one "accord")."""
    (long, short_title, amharic, (printed, short), town, site, kind, goods, duties, degree, tvet,
     place, cert, skills, idiom, up, (came1, came2), ((sprinted, sshort), stown), up_firm,
     (other, otown), accord) = rng.choice(_ETBOARD)
    occupy(g, long, leads=[up], moves_in=[came1, came2])
    _spell(g, short_title)
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    _facts(g, list(skills), [], [kind], [amharic, degree, tvet, place, cert, up_firm])
    gross = rng.randrange(12_000, 21_000, 500)
    _salary(g, gross, gross, "ETB", period="month", region=town)
    probation = gross - rng.randrange(1500, 3000, 500)
    _salary(g, probation, probation, "ETB", period="month", level="Probation")
    assistant = probation - rng.randrange(1500, 3000, 500)
    _salary(g, assistant, assistant, "ETB", period="month", level="Assistant")
    similar = gross + rng.randrange(1500, 4000, 500)
    _salary(g, similar, similar, "ETB", period="month", region=stown)
    opay = assistant + rng.randrange(500, 2000, 500)
    _salary(g, opay, opay, "ETB", period="month", region=otown, belongs_to=other.capitalize())
    net = int(_no_pay(g, round(gross * 0.76, -2), 100))
    transport = int(_no_pay(g, rng.randrange(1550, 2600, 100), 100))
    site_name = rng.choice(("EthioKera.et", "Sira-Gebeya.et"))
    day = rng.randint(10, 28)
    g.must_not_appear += [f"{accord} · Adama · accord", idiom, "Export and manufacturing",
                          "Women and persons with disability",
                          "Share on Telegram"]
    return ["Page translated from Amharic · Show the original · Never translate this site ✕",
            f"{site_name}  Jobs  Tenders  Trainings  Employers  Post a vacancy  Log in   | አማርኛ "
            "| English",
            f"Home › Jobs › Export and manufacturing › {long}",
            f"{long} ({short_title}) - {amharic}",
            printed,
            f"Place of work: {town}, {site}",
            f"Published Hidar {day}, 2019 E.C.   Closing date: Tahsas {rng.randint(5, 15)}, 2019 "
            f"E.C.   Needed: {rng.randint(2, 6)}",
            f"Contract: permanent once the {rng.choice((45, 60))}-day trial ends",
            f"Salary: {gross:,} birr gross + benefits",
            "Apply   Save   Share on Telegram   Report this job",
            f"About the company{printed} is a {kind} that sells {goods} since "
            f"{rng.randint(2000, 2010)} E.C.Main duties",
            *(f"{i}. {d}" for i, d in enumerate(duties, 1)),
            "Qualification and experience",
            f"- {degree}, or {tvet}",
            f"- At least {rng.randint(1, 3)} years' work, ideally in {place}",
            f"- The {cert} is an advantage",
            f"- {skills[0]}, {skills[1].lower()} and {skills[2].lower()}",
            f"- {skills[3]} for the daily reports",
            f"- Somebody with {idiom}",
            f"Salary and benefitsGross salary: {gross:,} birr a month (take-home after income tax "
            f"and the pension contribution (7%) ≈ {net:,} birr)",
            f"Probation period: {probation:,} birr gross",
            "Lunch in the canteen, medical insurance, and a year-end bonus tied to the company's "
            "profit",
            f"Transport allowance: {transport:,} birr a month",
            f"Assistant {short_title.lower()} (one year in the trade): {assistant:,} birr gross",
            "Where the job leads",
            f"The strongest {_plural(short_title.lower())} become the {up.lower()}. Many of them "
            f"started as {_plural(came1.lower())} or as {_plural(came2.lower())}.",
            "The private sector minimum wage is still under study by the ministry",
            "Applying",
            f"E-mail your CV and copies of the documents to hr@{short.split()[0].lower()}.et, or "
            f"hand them in at the HR office ({town}). Women and persons with disability are "
            "encouraged to apply.",
            "More jobs like this",
            f"{long} · {sprinted} · {stown} · {similar:,} birr gross",
            f"{up} · {up_firm} · {town} · Negotiable",
            f"{other.capitalize()} · {otown} · {opay:,} birr",
            f"{accord} · Adama · accord",
            f"Follow {site_name} on Telegram — {rng.randint(90, 300)}K subscribers",
            f"© 2019 E.C. {site_name} | Contact | Terms"]


# (the title (the role) and its Amharic form (`optional`), the employer (printed, short) and its
#  emoji, the town and site, the department (`optional`), the fields of study (`optional`), the
#  experience place (`optional`), skills, duties (no skills), the per diem's reason, the move up
#  and its abbreviation, the employer's other vacancies (two titles with pay, one
#  "Negotiable" (`optional`), one with a number left), the later post's firm and the later
#  post of another title (firm `optional`, title, town))
_ETTELEGRAM = (
    ("Store Keeper", "ስቶር ኪፐር", ("Abebech Pharma Import PLC", "Abebech Pharma Import"), "💊",
     "Addis Ababa, Kolfe Keranio sub-city", "Warehouse and Distribution (central store)",
     ("Accounting", "Pharmacy", "Purchasing and Supplies Management"), "a pharmaceutical "
     "wholesaler", ("Stock card recording", "Peachtree", "FEFO stock rotation", "Microsoft Excel"),
     ("Receives the goods against the GRN and the invoice",
      "Issues the items with the store issue voucher",
      "Counts the stock at the end of each month"),
     "the stock counts at the branches", ("Warehouse Supervisor", "WS"),
     (("Delivery driver", 9_600), ("Sales representative", 11_200)), "Pharmacist",
     "Accountant", ("Gibe Logistics Consult", "Gibe Logistics Consult"),
     ("Hawassa Agro Processing Share Company", "Purchaser", "Hawassa")),
    ("Laboratory Technician", "ላቦራቶሪ ቴክኒሻን",
     ("Tsion Diagnostic Center PLC", "Tsion Diagnostic Center"), "🧪",
     "Adama, Bole kebele", "Clinical Laboratory (chemistry and hematology bench)",
     ("Medical Laboratory Technology", "Biology", "Chemistry"), "a diagnostic center",
     ("Hematology analyzer operation", "Sample collection", "Quality control charts",
      "Laboratory information system"),
     ("Collects the blood and urine samples of the patients",
      "Runs the chemistry and hematology analyzers",
      "Records the results and the controls in the register"),
     "the outreach screening campaigns", ("Laboratory Technologist", "LT"),
     (("Cashier", 8_300), ("Radiographer", 13_400)), "Receptionist", "Pharmacy Technician",
     ("Rift Valley Health Research", "Rift Valley Health Research"),
     ("Oromia Flour Factory Share Company", "Quality Controller", "Bishoftu")),
)


def _ettelegram(rng: random.Random, g: Guide) -> list[str]:
    """An Ethiopian Telegram jobs channel's web preview through a translator: the channel header
    with subscribers, the pinned warning, dates, hashtags, views, "edited", bot handles and the
    join line (chrome), emoji bullets (the employer; "Job title: X (Amharic)" the role, the
    Amharic `optional`; the department `optional`; "Salary: a birr gross (X II) | b birr gross
    (X I)" the role's at each level with the town), the glued qualification (the fields
    `optional`, the experience place `optional`), the glued skills line, the duties run together
    (no skills), benefits with night duty, the service bus and a per diem (no pay) and a
    promotion with its pay (a move up, theirs), the employer's other vacancies (two other
    titles' pay, one "Negotiable" `optional`, one with a number left), a later post of the same
    title at a survey firm (an employer; the role's at Project contract) and a later post of
    another title (theirs with its town, its firm `optional`)."""
    (job, amharic, (printed, short), emoji, place, department, fields, where, skills, duties,
     reason, (up, abbr), ((o1, o1pay), (o2, o2pay)), negotiable, left, (project_firm, _),
     (later_firm, later, later_town)) = rng.choice(_ETTELEGRAM)
    occupy(g, job, leads=[up])
    _legal(g, printed, short)
    g.employers.append(project_firm)
    _facts(g, list(skills), [], [], [amharic, department, *fields, where, negotiable,
                                     later_firm])
    town = place.split(",")[0]
    two = rng.randrange(8_000, 11_000, 100)
    one = two - rng.randrange(1_000, 1_800, 100)
    _salary(g, two, two, "ETB", period="month", level=f"{job} II", region=town)
    _salary(g, one, one, "ETB", period="month", level=f"{job} I", region=town)
    uppay = two + rng.randrange(2_500, 4_000, 100)
    _salary(g, uppay, uppay, "ETB", period="month", belongs_to=up)
    project = two + rng.randrange(900, 2_000, 100)
    _salary(g, project, project, "ETB", period="month", level="Project contract")
    for title, pay in ((o1, o1pay), (o2, o2pay)):
        _salary(g, pay, pay, "ETB", period="month", belongs_to=title.capitalize())
    lpay = two + rng.randrange(500, 1_500, 100)
    _salary(g, lpay, lpay, "ETB", period="month", region=later_town, belongs_to=later)
    diem = int(_no_pay(g, rng.randrange(300, 600, 50), 50))
    channel = rng.choice(("Addis Kebele Jobs", "Ethio Sira Channel"))
    handle = "@" + channel.lower().replace(" ", "_")
    tag = "#" + job.replace(" ", "")
    g.must_not_appear += [f"{left} — 1", channel, "Open in Telegram", tag,
                          "Never send money to get a job"]
    day = rng.randint(10, 26)
    return ["Translated from: Amharic · Original · Always translate · ✕",
            f"Telegram  {channel} 📣  {handle}  {rng.randint(90, 250)}.{rng.randint(1, 9)}K "
            "members   Open in Telegram   Preview",
            "📌 Pinned: Never send money to get a job! Posting here is free.",
            f"Hidar {day}, 2019 E.C.",
            "📣 VACANCY 📣",
            f"{emoji} {printed} invites qualified applicants for the position below.",
            f"▶️ Job title: {job} ({amharic})",
            f"▶️ Needed: {rng.randint(2, 5)}",
            f"▶️ Workplace: {place}",
            f"▶️ Department: {department}",
            "▶️ Contract: one year, renewable on good performance",
            f"▶️ Salary: {two:,} birr gross ({job} II) | {one:,} birr gross ({job} I)",
            "▶️ Deadline: 5 working days after this post",
            f"🎓 Qualification:Level IV (COC) or diploma in {fields[0]}, {fields[1]} or "
            f"{fields[2]}",
            f"➡️ {job} I: fresh graduates welcome",
            f"➡️ {job} II: 2 years of experience, ideally in {where}",
            f"🛠 Skills:{skills[0]} and {skills[1]}{skills[2]} and {skills[3]} is a plus",
            "📝 Duties:" + " ".join(f"{i}. {d}" for i, d in enumerate(duties, 1)),
            "🎁 Benefits:",
            "✅ Night duty payment by the company scale",
            "✅ Service bus for the early and late shifts",
            f"✅ Per diem for {reason}: {diem} birr per day",
            f"✅ After a year, a {job.lower()} with a degree may move up to {up} under the "
            f"company structure ({abbr} salary: {uppay:,} birr gross)",
            f"📍 Apply: bring the CV and the documents to the HR office, or send them to "
            f"@{short.split()[0]}HR_bot",
            f"{tag} #{town.replace(' ', '')} #Diploma",
            f"👁 {rng.randint(10, 30)}.{rng.randint(1, 9)}K  ✏️ edited  {rng.randint(8, 11)}:"
            f"{rng.randint(10, 59)}",
            f"Hidar {day}, 2019 E.C.",
            f"📣 More vacancies at {short}",
            f"▪️ {o1.capitalize()} — {o1pay:,} birr",
            f"▪️ {o2.capitalize()} — {o2pay:,} birr gross",
            f"▪️ {negotiable} — Negotiable",
            f"▪️ {left} — 1",
            f"👁 {rng.randint(10, 30)}.{rng.randint(1, 9)}K  {rng.randint(8, 11)}:"
            f"{rng.randint(10, 59)}",
            f"Hidar {day + 1}, 2019 E.C.",
            f"📣 Urgent! {_plural(job)} needed for a survey project (4 months) at {project_firm} "
            f"— {project:,} birr a month plus per diem. Apply 👉 @{project_firm.split()[0]}Jobs",
            f"Hidar {day + 1}, 2019 E.C.",
            f"📣 {later_firm} — {later} — {lpay:,} birr gross — {later_town}",
            f"Join {handle} for new jobs every day ✅"]


# --------------------------------------------------------------------------------------
# A US temporary labor certification job order
# --------------------------------------------------------------------------------------
# (the job title (the role), the state and its code, the city, county and ZIP, the duties with
#  tools (no skills; the tools `optional`), the experience (`optional`), two skills, the work
#  test, the piece rates, the overtime rule, the crew leader's title, the employer (legal name,
#  DBA), the NAICS code and title (a sector), the SOC code and title (`optional`), the agent
#  (`optional`), the workforce office (`optional`))
_H2AFORM = (
    ("Apple Harvest Worker", "Washington", "WA", ("Wenatchee", "Chelan", "98801"),
     ("Workers will pick apples by hand into picking bags from orchard ladders and empty the bags "
      "into bins without bruising the fruit", "thin the fruit clusters in June",
      "prune the trees in winter with loppers and hand saws"), ("loppers", "hand saws"),
     "2 months experience in tree fruit harvest",
     ("Judging fruit colour and size", "Safe use of a 12-foot orchard ladder"),
     "picking one full bin in 6 hours", ("$28.00 per bin of apples picked",
                                         "$0.95 per tree thinned"),
     "time and a half after 40 hours a week on the hourly rate", "Bin Checker",
     ("Cascade Slope Orchards LLC", "Cascade Slope Fruit"), ("111331", "Apple Orchards"),
     ("45-2092", "Farmworkers and Laborers, Crop, Nursery, and Greenhouse"),
     "Evergreen Ag Workforce Services LLC", "WorkSource Wenatchee"),
    ("Greenhouse Vegetable Worker", "New York", "NY", ("Geneva", "Ontario", "14456"),
     ("Workers will plant, train and clip tomato and cucumber vines on high wires in a heated "
      "glasshouse", "lower the vines with hook rollers", "harvest the fruit into crates on pipe-"
      "rail trolleys"), ("hook rollers", "pipe-rail trolleys"),
     "3 months experience in greenhouse or vegetable work",
     ("Recognising ripe fruit by colour grade", "Driving a pipe-rail trolley safely"),
     "clipping 400 vines per hour", ("$0.06 per vine clipped", "$1.20 per crate harvested"),
     "time and a half after 50 hours a week on the hourly rate", "Row Captain",
     ("Finger Lakes Glasshouse Growers Inc.", "FLX Greens"), ("111419", "Other Food Crops "
                                                               "Grown Under Cover"),
     ("45-2092", "Farmworkers and Laborers, Crop, Nursery, and Greenhouse"),
     "Upstate Seasonal Labor Partners LLC", "Ontario County Career Center"),
)


def _h2aform(rng: random.Random, g: Guide) -> list[str]:
    """An H-2A agricultural clearance order (Form ETA-790A) flattened to text: the OMB line, form
    title, order and case numbers, workers needed, dates, hours, checkboxes, housing, referral
    instructions, FEIN and the DOL line (chrome), "1. Job Title * X" (the role), the duties with
    tools (no skills; tools `optional`), the experience (`optional`), the additional
    requirements (skills), the meal charge (no pay), the hourly wage offer (the role's with the
    state), the piece rates (no pay), the crew leader's wage "for the corresponding employment"
    (theirs), agricultural overtime (no pay), the addendum (the guarantee, subsistence and free
    tools; a move up), the AEWR at the wage offer's figure (the same pay), the state minimum
    wage (no pay), the legal name and DBA (one employer), the NAICS title (a sector), the SOC
    title and the agent (`optional`)."""
    (job, state, code, (city, county, zipcode), duties, tools, experience, skills, test, pieces,
     overtime, leader, (legal, dba), (naics, industry), (soc, soc_title), agent,
     office) = rng.choice(_H2AFORM)
    occupy(g, job, leads=[leader])
    _legal(g, legal, dba)
    _facts(g, list(skills), [], [industry], [*tools, experience, soc_title, agent, office])
    wage = round(rng.uniform(17.5, 20.5), 2)
    _salary(g, wage, wage, "USD", period="hour", region=state)
    crew = round(wage + rng.uniform(2.5, 4.5), 2)
    _salary(g, crew, crew, "USD", period="hour", belongs_to=leader)
    meals = _no_pay(g, round(rng.uniform(15.5, 17.9), 2), 0.25)
    ot = _no_pay(g, round(wage * 1.5, 2), 0.01)
    minimum = _no_pay(g, round(wage - rng.uniform(2, 4), 2), 0.05)
    order = f"{code}{rng.randint(10_000_000, 19_999_999)}"
    g.must_not_appear += [f"Order {order}", "Agricultural clearance order (H-2A)",
                          "US workers in corresponding employment", "DOL use:",
                          f"{state} minimum wage"]
    hours = rng.choice((40, 45, 48))
    return ["OMB control no. 1205-0466 (exp. 2028)",
            "ETA-790A · Agricultural clearance order (H-2A) · Employment and Training "
            "Administration",
            f"Order {order} · Case H-300-26{rng.randint(300, 340)}-{rng.randint(100000, 999999)} "
            f"· sheet 1/{rng.randint(8, 11)}",
            "A — The job offer",
            f"A.1 Job title: {job}   A.2 Workers requested: {rng.randint(20, 90)} (H-2A: "
            f"{rng.randint(20, 90)}; US workers in corresponding employment: 0)",
            f"A.3 Dates of employment: 0{rng.randint(3, 6)}/01/2027 to 1{rng.randint(0, 1)}/15/2027"
            f"   A.4 Part-time: no   A.5 Hours a week: {hours} (Mon–Sat)",
            f"A.6 Daily schedule: 6:30 a.m. – {rng.randint(2, 4)}:00 p.m.",
            f"A.7 Duties: {duties[0]}. They also {duties[1]} and {duties[2]}. No pesticide "
            "handling.",
            "A.8 Supervises others: no",
            f"B — Qualifications   B.1 Schooling: not required   B.2 Experience: {experience}   "
            "B.3 Training: not required",
            "B.4 Physical demands: lifting up to 40 lbs; heat and cold; bending all day",
            f"B.5 Other requirements: {skills[0]}; {skills[1].lower()}. A test may be given "
            f"during the first week ({test}).",
            f"C — Worksite: {rng.randint(1000, 9999)} Orchard View Rd, {city}, {code} {zipcode} "
            f"({county} County)",
            f"D — Housing: {rng.randint(100, 999)} Camp Ln, {city} · employer-owned dormitory · "
            f"{rng.randint(60, 120)} beds",
            f"E — Meals: three meals a day for {_usd(meals)} a day",
            "F — Pay",
            f"F.1 Hourly wage offered: {_usd(wage)} an hour",
            f"F.2 Piece rates: {pieces[0]}; {pieces[1]} (whichever of hourly or piece earnings "
            "is higher is paid for the pay period)",
            "F.3 Productivity standard: none   F.4 Paid: every two weeks",
            "F.5 Deductions: Social Security and Medicare, income taxes, the meals in E",
            f"Wage for the corresponding employment — {leader} (SOC 45-1011): {_usd(crew)} an "
            "hour (listed only; no opening in this order)",
            f"F.6 {state} farm overtime: {overtime} → {_usd(ot)}",
            "Addendum — guarantee and conditions",
            "The three-fourths guarantee applies: work is offered for at least 75% of the "
            f"workdays in the period. The trip here and subsistence ({_usd(meals)} a day) are paid "
            "back once half the period is worked.",
            f"Gloves, {tools[0]} and {tools[1]} are supplied at no cost.",
            f"Returning workers may be offered a {leader} position.",
            f"AEWR ({state}, 2027): {_usd(wage)} an hour.   {state} minimum wage: "
            f"{_usd(minimum)} an hour.",
            f"G — How to apply: {office}, or phone (509) 555-0{rng.randint(100, 199)} with the "
            "order number.",
            f"H — Employer: {legal} (doing business as {dba})   FEIN {rng.randint(10, 99)}-xxxxxxx",
            f"NAICS {naics} {industry}   ·   SOC {soc} {soc_title}",
            f"Agent: {agent}",
            f"DOL use: accepted 11/{rng.randint(10, 28)}/2026"]


# (the title (the role), the employer (printed, short), the worksite, town and state, the
#  county, the piece rate, duties with a tool (no skills), skills, the training line
#  (`optional`), the work test, the move up, the NAICS title (a sector), the SOC line's title
#  (`optional`), the job center (`optional`), two other orders' titles, the similar jobs: the
#  same title's firm and town, another title's firm (`optional`), title and piece rate, the cut
#  one's firm (`optional`) and town)
_H2BSITE = (
    ("Crawfish Peeler", ("Bayou Teche Seafood Inc.", "Bayou Teche Seafood"),
     "Breaux Bridge, LA 70517", "St. Martin Parish", "$2.40 per pound of tail meat",
     "Peel boiled crawfish by hand at the peeling tables, devein the tails, pack the meat into "
     "one-pound bags and weigh them at the scale",
     ("Peeling crawfish by hand", "Food safety", "Weighing and bagging"), "GMP hygiene training",
     "3 pounds of tail meat an hour within ten days",
     "Table Leader", "Seafood Product Preparation and Packaging",
     ("51-3022", "Meat, Poultry, and Fish Cutters and Trimmers"),
     "Lafayette Business and Career Solutions Center", ("Boiler Tender", "Packing Line Worker"),
     (("Atchafalaya Crawfish Co. LLC", "Atchafalaya Crawfish Co."), "Henderson, LA",
      "$2.25/lb"),
     ("Cajun Shell Foods", "Shrimp Header", "$0.80 per pound headed"),
     ("Evangeline Seafood", "Eunice, LA")),
    ("Tree Planter", ("Piney Ridge Reforestation LLC", "Piney Ridge Reforestation"),
     "Waycross, GA 31501", "Ware County", "$0.09 per seedling planted",
     "Plant pine seedlings by hand with a dibble bar on cut-over land, carry the seedling bags "
     "and keep the spacing of the planting plan",
     ("Hand planting with a dibble bar", "Seedling care", "Reading a planting map"),
     "chainsaw safety briefing", "1,200 seedlings a day within ten days", "Crew Foreman",
     "Support Activities for Forestry",
     ("45-4011", "Forest and Conservation Workers"),
     "Okefenokee WorkSource Center", ("Brush Saw Operator", "Seedling Bag Loader"),
     (("Satilla Forest Services Inc.", "Satilla Forest Services"), "Blackshear, GA",
      "$0.08 per seedling"),
     ("Longleaf Land Care", "Herbicide Applicator", "$0.03 per acre sprayed"),
     ("Altamaha Timber Crews", "Jesup, GA")),
)


_NAICS = {"Seafood Product Preparation and Packaging": "311710",
          "Support Activities for Forestry": "115310"}


def _h2bsite(rng: random.Random, g: Guide) -> list[str]:
    """An H-2B job order on the seasonal jobs website: the site menu, government banner,
    breadcrumb, order and case numbers, status, openings, buttons, contact, the download and
    report lines and footer (chrome), "TITLE IN CAPITALS" (the role), the employer (employs),
    "Basic rate of pay: $r per hour | Overtime rate: $o per hour" (the role's with the town; the
    overtime no pay), the piece rate (no pay), the SOC title (`optional`), the duties with a
    tool (no skills), the requirements (skills; the training `optional`), the housing deduction
    and free tools (no pay), a move up with its rate (theirs), the NAICS title (a sector), the
    job center (`optional`), the employer's other orders (two titles' rates, theirs) and similar
    jobs (the same title elsewhere at the same rate with a piece rate: an employer; another
    title's rate with a piece rate, theirs, its firm `optional`; one cut mid-figure)."""
    (job, (printed, short), worksite, county, piece, duties, skills, training, test, up,
     industry, (soc, soc_title), center, (o1, o2), ((sprinted, sshort), stown, spiece),
     (ofirm, other, opiece), (cfirm, ctown)) = rng.choice(_H2BSITE)
    occupy(g, job, leads=[up])
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    town = worksite.rsplit(" ", 1)[0]
    _facts(g, list(skills), [], [industry], [training, soc_title, center, ofirm, cfirm])
    rate = round(rng.uniform(14.5, 18.5), 2)
    _salary(g, rate, rate, "USD", period="hour", region=town)
    lead = round(rate + rng.uniform(1.2, 2.6), 2)
    _salary(g, lead, lead, "USD", period="hour", belongs_to=up)
    p1 = rate
    _salary(g, p1, p1, "USD", period="hour", belongs_to=o1)
    p2 = round(rate + rng.uniform(0.6, 1.4), 2)
    _salary(g, p2, p2, "USD", period="hour", belongs_to=o2)
    _salary(g, rate, rate, "USD", period="hour", belongs_to=other)
    overtime = _no_pay(g, round(rate * 1.5, 2), 0.01)
    housing = _no_pay(g, rng.choice((45.0, 55.0, 60.0)), 5)
    cut = f"{job} · {cfirm} · {ctown} · ${int(rate) - 1}."
    code = worksite.split(", ")[1][:2]
    g.must_not_appear += [cut, "A U.S. government website", "Job alerts",
                          "Tell us about a problem", "Plant office"]
    return ["SeasonalJobs.dol.gov  |  Search jobs  |  Agricultural (H-2A)  |  Non-agricultural "
            "(H-2B)  |  Help  |  En español  |  Job alerts",
            "A U.S. government website — here is how to tell",
            f"Search > Non-agricultural > {code} > {county}",
            job.upper(),
            printed,
            f"Order {code}{rng.randint(1_000_000, 9_999_999)} | Case "
            f"H-400-26{rng.randint(300, 340)}-{rng.randint(100000, 999999)} | H-2B",
            f"Open · posted 11/{rng.randint(10, 28)}/2026",
            f"Where: {worksite} ({county})",
            f"{rng.randint(10, 60)} openings · 0{rng.randint(1, 3)}/01/2027 to "
            f"1{rng.randint(0, 1)}/30/2027 · {rng.choice((35, 40))} hours a week",
            f"Pay: {_usd(rate)} an hour (basic)  |  {_usd(overtime)} an hour (overtime)",
            f"Piece rate: {piece} when it beats the hourly earnings for the week",
            "Paid weekly · no experience required",
            f"SOC {soc} {soc_title}",
            "[Call the employer]  [E-mail]  [Print]  [Save]",
            "What the job is",
            f"{duties}. The work is done in an open shed in every kind of weather.",
            "What you need",
            f"No experience needed; the employer trains. Workers need {skills[0].lower()}, "
            f"{skills[1].lower()} and {skills[2].lower()} ({training} on day one). Test: "
            f"{test}.",
            f"Housing is provided; {_usd(housing)} a week is deducted for it where the law allows.",
            "Rides to the worksite each day cost nothing; the trip here and meals on the way are "
            "repaid at the half-way point.",
            "Gear is supplied at no cost.",
            "Three-fourths guarantee: the hours offered in each 12-week stretch will be at least "
            "75% of those promised.",
            f"Workers with two good seasons may be selected as {_plural(up)} ({_usd(lead)} an "
            "hour).",
            "About the employer",
            f"{printed}   FEIN xx-xxxxxxx   NAICS {_NAICS[industry]} {industry}",
            f"Contact: Plant office   ({rng.randint(200, 999)}) 555-0{rng.randint(100, 199)}",
            f"Closest American Job Center: {center}",
            "More openings at this employer",
            f"{o1} · {town} · {_usd(p1)}/hr · {rng.randint(2, 20)} openings",
            f"{o2} · {town} · {_usd(p2)}/hr · {rng.randint(2, 20)} openings",
            "Jobs like this nearby",
            f"{job} · {sprinted} · {stown} · {_usd(rate)}/hr + {spiece}",
            f"{other} · {ofirm} · {town} · {_usd(rate)}/hr + {opiece}",
            cut,
            "PDF of the full order · Tell us about a problem",
            "Data: OFLC · updated 11/2026 · Privacy"]


# --------------------------------------------------------------------------------------
# A UK certificate of sponsorship (Skilled Worker)
# --------------------------------------------------------------------------------------
# (the job title (the role), the sponsor (printed, short), its sector line (a sector) and its
#  regulator (`optional`), the town, the SOC code and description (`optional`), the summary
#  (duties; its items `optional`), skills, the licence (`optional`), the weekly hours and the
#  hourly rate, the current title and employer (`optional`), the looser earlier title
#  (`optional`), the pay agreement's other titles (hourly and yearly), the move up, the
#  allowance that is no pay)
_COSSMS = (
    ("Chef de Partie", ("Harrowgate Kitchens Ltd", "Harrowgate Kitchens"),
     "Hospitality — restaurant and events catering", "the Food Standards Agency", "Harrogate",
     ("5434", "Chefs"), ("preparing the mise en place", "running the sauce section"),
     ("Sauce preparation", "Butchery of game", "Allergen control"),
     "Level 3 Food Hygiene certificate", 45, "Commis Chef", "Brass Pot Grill",
     "a cook in a hotel kitchen", ("Kitchen Porter", ("Sous Chef", "Head Chef")), "Sous Chef",
     "the tronc (service charge share)"),
    ("Dairy Herdsperson", ("Wensum Vale Farms Ltd", "Wensum Vale Farms"),
     "Agriculture — dairy farming and milk production", "the Red Tractor scheme", "Fakenham",
     ("5119", "Agriculture and fishing trades n.e.c."),
     ("milking the herd in a rotary parlour", "calving and rearing the calves"),
     ("Herd health monitoring", "Rotary parlour milking", "Tractor driving"),
     "Certificate in Artificial Insemination", 48, "Farm Assistant", "Tussock Downs Dairy",
     "a milker on a family farm", ("Relief Milker", ("Assistant Herd Manager", "Herd Manager")),
     "Herd Manager", "the milk allowance"),
)


def _cossms(rng: random.Random, g: Guide) -> list[str]:
    """The sponsorship management system's print view of a certificate of sponsorship: the
    system menu with the user level, breadcrumb, certificate number, status and dates, route and
    type, migrant details, new entrant and salary list answers, the skills charge and CoS fee,
    action history, buttons and footer (chrome), the sponsor (employs) and its sector line (a
    sector; its regulator `optional`), "Job title: X" (the role), the SOC description
    (`optional`), the summary (duties; `optional` items), the skills required (skills; the
    licence `optional`), the gross salary per annum (the role's with the town), the calculated
    hourly rate (the same pay), the accommodation offset (no pay), the going rate and its pro
    rata figure (no pay) and the sponsor note (the worker's current title a move in with its pay
    theirs, its employer `optional`; a looser earlier title `optional`; the pay agreement's rates
    for other titles theirs; a move up; the allowance and pool money no pay)."""
    (job, (printed, short), sector_line, regulator, town, (soc, soc_desc), summary, skills,
     licence, hours, current, current_firm, looser, (hourly_title, (y1, y2)), up,
     allowance) = rng.choice(_COSSMS)
    occupy(g, job, leads=[up], moves_in=[current])
    _legal(g, printed, short)
    sector = sector_line.split(" — ")[0]
    _facts(g, list(skills), [], [sector], [*summary, regulator, soc_desc, licence,
                                           current_firm, looser])
    hourly = round(rng.uniform(12.5, 14.8), 2)
    annual = round(hourly * hours * 52, 2)
    _salary(g, annual, annual, "GBP", period="year", region=town)
    cur = round(hourly - rng.uniform(0.4, 0.9), 2)
    _salary(g, cur, cur, "GBP", period="hour", belongs_to=current)
    hpay = round(cur - rng.uniform(0.3, 0.6), 2)
    _salary(g, hpay, hpay, "GBP", period="hour", belongs_to=hourly_title)
    p1 = rng.randrange(31_000, 34_000, 250)
    p2 = p1 + rng.randrange(2_000, 5_000, 250)
    _salary(g, p1, p1, "GBP", period="year", belongs_to=y1)
    _salary(g, p2, p2, "GBP", period="year", belongs_to=y2)
    going = _no_pay(g, round(annual * 37.5 / hours * rng.uniform(0.84, 0.94), -1), 10)
    prorata = _no_pay(g, round(going * hours / 37.5, -1), 10)
    offset = _no_pay(g, rng.choice((58.45, 62.30, 66.15)), 0.5)
    cert = "C2G" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
    g.must_not_appear += ["Level 2 User", "Authorising Officer", "Sponsor Management System",
                          "Skilled Worker", "Immigration Salary List", "Cancel CoS"]
    return ["GOV.UK   Sponsor Management System   Signed in as: Level 2 User (Authorising "
            "Officer)   Sign out",
            "Home  Licence summary  Certificates  Report changes  Messages (1)  Help",
            "Certificates > Find a certificate > Certificate detail",
            "CERTIFICATE OF SPONSORSHIP — PRINTABLE VIEW",
            f"Certificate number: {cert}   Status: Assigned   Assigned on: {rng.randint(10, 28)}/"
            "11/2026   Expires: 28/02/2027",
            "Skilled Worker route · undefined certificate",
            "Sponsor",
            f"Sponsor name: {printed}   Licence number: "
            f"{rng.randint(1, 9)}XK{rng.randint(10, 99)}PQ",
            f"Sponsor type/sector: {sector_line} (inspected by {regulator})",
            f"Main address: {rng.randint(2, 90)} Market Street, {town}",
            "Migrant details",
            "Family name: xxxxx   Given name(s): xxxxx   Nationality: xxxxx   Date of birth: "
            "xx/xx/19xx",
            "Work dates  Start date: 04/01/2027   End date: 03/01/2030",
            "The job",
            f"Job title: {job}",
            f"SOC code: {soc}   SOC description: {soc_desc}",
            f"Job description summary: {_cap(summary[0])}; {summary[1]}; keeping the "
            "records the inspections need.",
            f"Skills, qualifications and experience required: {skills[0].lower()}, "
            f"{skills[1].lower()} and {skills[2].lower()} from at least 2 years in the trade; "
            f"{licence} (or willing to gain it).",
            "New entrant: No   Immigration Salary List occupation: No",
            f"Gross salary: {_gbp(annual)} per annum   Guaranteed allowances: none",
            f"Allowance details: a room in the staff cottage, £{offset:.2f} a week taken from "
            "pay as the accommodation offset",
            f"Weekly hours: {hours}   Calculated hourly rate: £{hourly:.2f}",
            f"Going rate (SOC {soc}): £{going:,.0f} a year, pro-rated to {hours} hours a week: "
            f"£{prorata:,.0f} — met ✔",
            f"Work address: {rng.randint(2, 90)} Market Street, {town}",
            "Supplementary information",
            f"Sponsor note: The worker is now employed as a {current} at {current_firm} (since "
            f"2023). Before that the worker was {looser}. Our pay follows the staff pay "
            f"agreement: {job} £{hourly:.2f} per hour; {current} £{cur:.2f} per hour; "
            f"{hourly_title} £{hpay:.2f} per hour; {y1} £{p1:,} per annum; {y2} £{p2:,} per "
            f"annum. A good {job.lower()} is promoted to {up} after two or three years. "
            f"{_cap(allowance)} is not guaranteed and is not part of the salary.",
            "Skills Charge: £3,000.00 (3 years at the large-sponsor rate)   Certificate fee: "
            "£525.00",
            "History of this certificate",
            f"{rng.randint(10, 28)}/11/2026 09:31  Certificate assigned  ·  draft created the day "
            "before",
            "Print   Add a note   Cancel CoS   Back to the list",
            "© Crown · UKVI · Cookies · Accessibility"]


# (the job title (the role), its ladder (Assistant X, X, Senior X, the manager, the head), the
#  firm (printed, short), its sector line (a sector: its words before the parenthesis), the SOC
#  code and description (`optional`), the summary's items (`optional`), the skills, the degree
#  (`optional`), the current role, its employer (`optional`), city, currency code and pay,
#  where recruits come from (`optional`), the client bodies (`optional`))
_COSMAIL = (
    ("Planner", ("Assistant Planner", "Senior Planner", "Planning Manager", "Head of Planning"),
     ("Ashcombe Lyle Planning LLP", "Ashcombe Lyle Planning"),
     ("Town planning consultancy", "housing, infrastructure and heritage"),
     ("2432", "Town planning officers"), ("prepares planning applications and appeal "
                                          "statements", "runs the public consultations"),
     ("Development management", "Planning policy", "GIS mapping", "Appeal statements",
      "Stakeholder engagement"), "RTPI-accredited MSc in planning",
     ("Urban Planning Officer", "the Greater Tema Development Authority", "Tema", "GHS", 9_800),
     ("local planning authorities", "the Planning Inspectorate")),
    ("Quantity Surveyor", ("Assistant Quantity Surveyor", "Senior Quantity Surveyor",
                           "Commercial Manager", "Commercial Director"),
     ("Brantwood Cost Partners LLP", "Brantwood Cost Partners"),
     ("Construction cost consultancy", "commercial property, schools and rail"),
     ("2451", "Quantity surveyors"), ("prepares the cost plans and the bills of quantities",
                                      "values the monthly interim payments"),
     ("Cost planning", "NRM2 measurement", "CostX", "Contract administration",
      "Change control"), "RICS-accredited degree in quantity surveying",
     ("Cost Engineer", "Eko Build Consult", "Lagos", "NGN", 1_150_000),
     ("main contractors", "public clients")),
)


def _cosmail(rng: random.Random, g: Guide) -> list[str]:
    """A certificate's fields pasted into an HR e-mail: the mail client chrome, header with the
    attachments, greeting, the visa steps, the signatory's title and the cut disclaimer
    (chrome), glued label-value lines ("Job titleXSOC codeN…": the role; the sponsor employs it,
    its sector line a sector; the SOC description and the summary's items `optional`; the
    gross salary the role's with the city; the going rate and the general threshold no pay; the
    skills required skills, the degree `optional`), the firm's bands by level (Assistant X at
    Assistant, X, Senior X at Senior; the manager's "from" floor theirs), the worker's current
    role in another currency (a move in, theirs with its city; its employer `optional`), bonus,
    pension and relocation, the skills charge, the fee and the health surcharge (no pay) and the
    career path (a ladder; where recruits come from `optional`)."""
    (job, (assistant, senior, manager, head), (printed, short), (sector, sector_more),
     (soc, soc_desc), summary, skills, degree, (current, current_firm, ccity, ccode, cpay),
     (from1, from2)) = rng.choice(_COSMAIL)
    occupy(g, job, ladder=[assistant, job, senior, manager, head], moves_in=[current])
    _legal(g, printed, short)
    _facts(g, list(skills), [], [sector], [soc_desc, *summary, degree, current_firm, from1,
                                           from2])
    salary = rng.randrange(42_000, 56_000, 500)
    _salary(g, salary, salary, "GBP", period="year", region="London")
    alow = salary - rng.randrange(12_000, 16_000, 1000)
    _salary(g, alow, alow + 6_000, "GBP", period="year", level="Assistant")
    blow = salary - rng.randrange(4_000, 7_000, 1000)
    _salary(g, blow, blow + 10_000, "GBP", period="year")
    slow = blow + rng.randrange(13_000, 17_000, 1000)
    _salary(g, slow, slow + 14_000, "GBP", period="year", level="Senior")
    mfloor = slow + rng.randrange(20_000, 26_000, 1000)
    _salary(g, mfloor, None, "GBP", period="year", belongs_to=manager)
    _salary(g, cpay, cpay, ccode, period="month", region=ccity, belongs_to=current)
    going = int(_no_pay(g, rng.randrange(33_000, 39_000, 100), 100))
    threshold = 41_700 if going != 41_700 else 41_800
    relocation = int(_no_pay(g, rng.choice((2_000, 3_000, 3_500)), 500))
    person = rng.choice(("Niamh Okafor-Reed", "Tomasz Whitfield"))
    ref = "C2G" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
    team = rng.choice(("Talent Team", "HR Operations"))
    g.must_not_appear += [team, "Senior HR Advisor", "Sponsorship confirmed", "Skilled Worker",
                          "General salary threshold", "sent to you in error"]
    return ["Outlook   Search   New message   Reply   Reply all   Forward   ···",
            "Re: Certificate of Sponsorship assigned – please check it before your visa "
            "application",
            f"From: {team} <hr@{short.split()[0].lower()}.co.uk>   To: xxxxx   Cc: the "
            f"immigration advisers   Wed 02/12/2026 {rng.randint(8, 11)}:{rng.randint(10, 59)}",
            f"Attachments: CoS_{ref}.pdf   Contract_countersigned.pdf",
            "Hello,",
            "Good news: your Certificate of Sponsorship has been assigned. Please compare every "
            "line with your passport and your contract before you apply; a mistake needs a "
            "sponsor note from us, not a new certificate.",
            f"CoS reference{ref}StatusAssignedRouteSkilled WorkerTypeDefined",
            f"Sponsor name{printed}Licence number{rng.randint(1, 9)}K8XX{rng.randint(10, 99)}"
            f"Sector of the sponsor{sector} ({sector_more})",
            f"Job title{job}SOC code{soc}SOC description{soc_desc}",
            f"Job description (summary){_cap(summary[0])}; {summary[1]}; advises the clients at "
            "meetings.",
            f"Gross salary£{salary:,}.00 a yearAllowances£0.00Weekly hours37.5New entrant?No",
            f"Going rate (SOC {soc}, 37.5 hrs)£{going:,}General salary threshold"
            f"£{threshold:,}Both met ✔",
            f"Start date11/01/2027End date10/01/2032Work address{rng.randint(2, 60)} Finsbury "
            "Row, London EC1 xxx",
            f"Skills required (as advertised){', '.join(skills)}, {degree} or equivalent",
            "Some answers to your questions on the call:",
            f"• Pay reviews: the firm reviews pay each April. This year's bands: {assistant} "
            f"£{alow:,}–£{alow + 6_000:,}, {job} £{blow:,}–£{blow + 10_000:,}, {senior} "
            f"£{slow:,}–£{slow + 14_000:,}, then {manager} (from £{mfloor:,}) and {head}.",
            f"• Your current role as {current} at {current_firm} in {ccity} ({ccode} "
            f"{cpay:,} a month) is only needed for the reference check.",
            f"• The bonus (up to 8%), the pension (7% employer) and the £{relocation:,} "
            "relocation payment are outside the CoS salary.",
            "• The firm covers the skills charge and the certificate fee (£525); the health "
            "surcharge (£1,035 a year) is on you, refunded after twelve months.",
            f"Career path: {assistant} → {job} → {senior} → {manager} → {head}. Most of our "
            f"team join from {from1} or from {from2}.",
            "Reply \"Sponsorship confirmed\" when everything is right. See you in January!",
            person,
            f"Senior HR Advisor | {team}",
            f"{printed} · London · a limited liability partnership",
            "This message is confidential. If it was sent to you in error"]


# --------------------------------------------------------------------------------------
# A notification of personnel action
# --------------------------------------------------------------------------------------
# (the FROM title, series and grade, the TO title (the role), series and grade, the student
#  trainee title (the path's start), the bureau and its abbreviation, the department, the
#  organisation path's units (`optional`), the duty station, the locality area (a region))
_SF50 = (
    ("Forestry Technician", "0462", 7, "Range Technician", "0455", 9,
     "Student Trainee (Forestry)", ("Bureau of Land Management", "BLM"),
     "Department of the Interior", ("Idaho State Office", "Boise District",
                                    "Four Rivers Field Office"),
     "BOISE / ADA / IDAHO", "BOISE-MOUNTAIN HOME, ID"),
    ("Supply Technician", "2005", 7, "Logistics Management Specialist", "0346", 9,
     "Student Trainee (Supply)", ("Defense Logistics Agency", "DLA"),
     "Department of Defense", ("DLA Land and Maritime", "Supply Chain Operations",
                               "Fluid Handling Division"),
     "COLUMBUS / FRANKLIN / OHIO", "COLUMBUS-MARION-ZANESVILLE, OH"),
)


def _sf50(rng: random.Random, g: Guide) -> list[str]:
    """An SF-50 in the electronic personnel folder, flattened: the eOPF bar, breadcrumb, form
    header, personal fields, nature-of-action and authority codes, employee and position data,
    most remarks, approval, copy line and footer (chrome), the FROM block (its title a rung of
    the path with its adjusted basic pay theirs at its grade and step; the basic pay and the
    locality adjustment parts of it), the TO block (the role, its adjusted basic pay the role's at
    its grade and step with the locality area), the organisation path (`optional` units), the
    promotion potential (no move), the employing department and the bureau (both employ) and the
    folder's past actions (the path from the student trainee)."""
    (from_title, fseries, fgrade, role, tseries, tgrade, start, (bureau, abbr), dept, units,
     station, area) = rng.choice(_SF50)
    occupy(g, role, ladder=[start, from_title, role])
    for name in (bureau, dept):  # printed in capitals, the truth in title case too
        g.employers.append(name)
        g.printed_employers[name] = name.upper()
    g.more_spellings[bureau] = [abbr]
    _facts(g, [], [], [], list(units))
    frm, to, trainee = from_title.upper(), role.upper(), start.upper()
    fstep, tstep = rng.randint(2, 4), 1
    fbasic = rng.randrange(46_000, 52_000)
    tbasic = fbasic + rng.randrange(7_000, 9_500)
    share = rng.uniform(0.17, 0.21)
    flocal, tlocal = round(fbasic * share), round(tbasic * share)
    fadj, tadj = fbasic + flocal, tbasic + tlocal
    region = area.split(",")[0].title()
    _salary(g, tadj, tadj, "USD", period="year", level=f"GS-{tgrade:02d} step {tstep}",
            region=region)
    _salary(g, fadj, fadj, "USD", period="year", level=f"GS-{fgrade:02d} step {fstep}",
            belongs_to=from_title)
    g.must_not_appear += ["Official Personnel Folder", "notice of personnel action",
                          "MERIT PROMOTION", "competitive service", "FERS-FRAE", "full-time"]
    org = " / ".join(u.upper() for u in (bureau, *units))
    ann = f"{abbr}-{rng.randint(10, 99)}-{rng.randint(10_000_000, 99_999_999)}-MP"

    def block(side: str, title: str, series: str, grade: int, step: int, basic: int,
              local: int, adjusted: int) -> list[str]:
        return [f"— {side} —  {title} · position 00{rng.randint(300_000, 699_999)}",
                f"plan GS · series {series} · grade {grade:02d} · step {step:02d} · total "
                f"${adjusted:,} · basis PA",
                f"basic ${basic:,} + locality ${local:,} = adjusted basic ${adjusted:,} · other $0",
                f"organization: {org}"]

    return ["eOPF · Official Personnel Folder viewer   Employee: xxxxxxxx, K   Folder: "
            "Permanent   Help   Sign out",
            "Folder > Personnel actions > SF-50 of 11/30/2026 (PROMOTION)",
            "SF 50 · notice of personnel action · OPM (text view of the scanned form)",
            "NOTIFICATION OF PERSONNEL ACTION",
            "Employee xxxxxxxx, K · SSN ***-**-**** · born 1995 · effective 11-30-2026",
            "Block 5 · action 702 PROMOTION · authority code K4M (REG 335.102) · second "
            f"authority ZLM (MERIT PROMOTION, ANN. {ann})",
            *block("FROM", frm, fseries, fgrade, fstep, fbasic, flocal, fadj),
            *block("TO", to, tseries, tgrade, tstep, tbasic, tlocal, tadj),
            "Employee data: veterans preference none · tenure 1 (permanent) · FEGLI basic · "
            "retirement FERS-FRAE · schedule full-time",
            f"Position data: competitive service · FLSA nonexempt · duty station {station}",
            f"Remarks: change of series {fseries} to {tseries}. Promotion potential GS-"
            f"{tgrade + 2}; a further promotion to {to} is not guaranteed. Certificate {ann}-00"
            f"{rng.randint(10, 99)}. Locality pay area: {area}.",
            f"Employing agency: {dept.upper()} · agency code "
            f"{rng.choice(('IN', 'DD'))}{rng.randint(10, 99)}",
            f"Approved 11-2{rng.randint(0, 5)}-2026 · signed electronically, HUMAN RESOURCES "
            "SPECIALIST",
            "Copy 1 — employee",
            "Past actions on file, latest first",
            f"11/30/2026  702 PROMOTION  {to} GS-{tseries}-{tgrade:02d}/01",
            f"06/{rng.randint(10, 28)}/2025  702 PROMOTION  {frm} GS-{fseries}-{fgrade:02d}/01",
            f"06/{rng.randint(10, 28)}/2024  702 PROMOTION  {frm} GS-{fseries}-{fgrade - 2:02d}/"
            "02",
            f"05/{rng.randint(10, 28)}/2021  170 EXC APPT  {trainee} GS-{fseries[:2]}99-04/"
            "01",
            "View  Print  PDF   eOPF | OPM | Privacy"]


# (the city, the current title (a rung), the new title (the role), the department and the
#  divisions, the bargaining unit (`optional`), the class's knowledge items (skills), its
#  ability items (`optional`), the licence (`optional`), the Senior class, the supervisor, the
#  lateral class, the entry classes (moves in))
_CITYPAF = (
    ("City of Cedar Hollow", "Water Meter Reader", "Water Service Technician",
     "Public Utilities – 410", ("Meter Services", "Water Distribution"), "CHMEA (field unit)",
     ("smart meter systems (AMI)", "backflow prevention devices", "service line locating",
      "work order software (Cityworks)"),
     ("climb into meter vaults", "explain a high bill to a customer"),
     "valid Class B driver license", "Senior Water Service Technician",
     "Water Distribution Supervisor", "Cross-Connection Inspector",
     ("Maintenance Worker", "Utility Billing Clerk")),
    ("City of Larkspur Falls", "Account Clerk", "Payroll Technician", "Finance – 120",
     ("Accounts Payable", "Payroll"), "LFGEA (clerical unit)",
     ("FLSA overtime rules", "wage garnishment orders", "timekeeping software "
      "(Kronos)", "spreadsheet reconciliation"),
     ("keep deadlines at the close of each pay period", "answer employees' pay questions"),
     "Certified Payroll Professional (desirable)", "Senior Payroll Technician",
     "Payroll Supervisor", "Accounting Technician", ("Office Assistant", "Purchasing Assistant")),
)


def _citypaf(rng: random.Random, g: Guide) -> list[str]:
    """A city's personnel action form printed from the HR system: the form header, print line,
    PAF number and status, employee line, action checkboxes, class codes, position control
    numbers, FLSA, shifts, funding, approvals with titles, cc and retention (chrome), CURRENT
    and NEW columns flattened side by side (the current title a rung below the role with its
    hourly rate theirs at its range and step; the new title the role with its hourly rate at its
    range and step; biweekly and annual figures the same pay; the bargaining unit `optional`),
    glued special pays (no pay), the glued reason, and the attached class specification (the
    class range the role's at its range; knowledge items skills, ability items and the licence
    `optional`; the class series a ladder with the Senior class's range at Senior and the
    supervisor's theirs; a lateral class; the entry classes moves in)."""
    (city, current, new, dept, (div1, div2), unit, knowledge, abilities, licence, senior,
     supervisor, lateral, (entry1, entry2)) = rng.choice(_CITYPAF)
    occupy(g, new, ladder=[current, new, senior, supervisor], transitions=[lateral],
           moves_in=[entry1, entry2])
    g.employers.append(city)
    # "work order software (Cityworks)": the kind and the product, two skills
    skills = [part.rstrip(")") for k in knowledge for part in k.split(" (")]
    _facts(g, skills, [], [], [*abilities, licence, unit])
    crange, nrange = rng.randint(22, 28), rng.choice((30, 31, 32, 33, 35, 36))
    cstep, nstep = rng.randint(4, 6), rng.randint(2, 4)
    crate = round(rng.uniform(22.5, 26.5), 2)
    nrate = round(crate * rng.uniform(1.08, 1.14), 2)
    _salary(g, nrate, nrate, "USD", period="hour", level=f"Range {nrange} Step {nstep}")
    _salary(g, crate, crate, "USD", period="hour", level=f"Range {crange} Step {cstep}",
            belongs_to=current)
    low = round(nrate * 0.91, 2)
    _salary(g, low, round(low * 1.215, 2), "USD", period="hour", level=f"Range {nrange}")
    slow = round(low * 1.1, 2)
    _salary(g, slow, round(slow * 1.215, 2), "USD", period="hour", level="Senior")
    vlow = round(low * 1.28, 2)
    _salary(g, vlow, round(vlow * 1.215, 2), "USD", period="hour", belongs_to=supervisor)
    standby = _no_pay(g, rng.choice((2.5, 3.0, 3.5)), 0.5)
    uniform = int(_no_pay(g, rng.choice((350, 400, 500)), 50))
    w = 50
    g.must_not_appear += ["Personnel Action Form", "Tyler ESS", "Posted to payroll",
                          "HR analyst", "city manager", "Budgeted position"]

    def row(left: str, right: str) -> str:
        return f"{left:<{w}}{right}"

    rng_c = round(low * 1.215, 2)
    return [f"{city.upper()} · Human Resources Department · PAF — Personnel Action Form · form "
            f"HR-{rng.randint(10, 99)} (01/2026) · p. 1/2",
            f"Printout: Tyler ESS, user xxxxx, 12/0{rng.randint(1, 4)}/2026",
            f"PAF 2026-{rng.randint(1000, 1999)} · FINAL · Posted to payroll",
            "Employee 20xx7 · xxxxxxxx, Marisol T. · hired 03/02/2020",
            "Kind of action:☐ Hire ☒ Promotion ☐ Demotion ☐ Lateral transfer ☐ Reclass ☐ Merit "
            "step ☐ Termination",
            "Takes effect: 12/06/2026 (start of pay period 25)",
            row("FROM (current)", "TO (new)"),
            row(f"Title: {current}", f"Title: {new}"),
            row(f"Class: {rng.randint(3000, 3999)}", f"Class: {rng.randint(4000, 4999)}"),
            row(f"Dept: {dept}", f"Dept: {dept}"),
            row(f"Division: {div1}", f"Division: {div2}"),
            row(f"Unit: {unit}", f"Unit: {unit}"),
            row(f"Range/step: {crange}/{cstep}", f"Range/step: {nrange}/{nstep}"),
            row(f"Hourly rate: {_usd(crate)}", f"Hourly rate: {_usd(nrate)}"),
            row(f"Biweekly: {_usd(round(crate * 80, 2))}",
                f"Biweekly: {_usd(round(nrate * 80, 2))}"),
            row(f"Annual: {_usd(round(crate * 2080, 2))}",
                f"Annual: {_usd(round(nrate * 2080, 2))}"),
            row("Overtime status: non-exempt", "Overtime status: non-exempt"),
            row("Schedule: Mon–Fri days", "Schedule: 4×10 with standby"),
            f"Extra pays attached to the new job:Standby {_usd(standby)} an hour · Boot and "
            f"uniform allowance {_usd(uniform)} a year · Bilingual pay $75 a pay period",
            f"Why:Top of the promotional list ({rng.randint(3, 7)} names). Starts on step {nstep}, "
            f"range {nrange}. Six months' promotional probation.",
            f"Account {rng.randint(100, 600)}-{rng.randint(100, 999)}-0000   ☒ Budgeted position",
            "Sign-offs: department head ✔ · HR analyst ✔ · finance ✔ · city manager ✔",
            f"p. 2/2 · Attached: class specification for {new} (extract), Range {nrange} "
            f"({_usd(low)} – {_usd(rng_c)} an hour)",
            f"Purpose of the class: the field and office work of the {div2.lower()} section, "
            "under general direction.",
            f"KNOWLEDGE OF: {'; '.join(knowledge)}.",
            f"ABILITY TO: {'; '.join(abilities)}.",
            f"CLASS SERIES: {new} (Range {nrange}) → {senior} (Range {nrange + 4}, "
            f"{_usd(slow)} – {_usd(round(slow * 1.215, 2))} an hour) → {supervisor} (Range "
            f"{nrange + 10}, {_usd(vlow)} – {_usd(round(vlow * 1.215, 2))} an hour). Members of "
            f"this class can compete for {lateral} (Range {nrange + 5}) on the same terms. "
            f"People usually enter the class from {current}, {entry1} or {entry2}.",
            f"LICENSES/CERTIFICATES: {licence}.",
            "Copies: payroll, the personnel file, the employee · keep 6 years after separation"]


# --------------------------------------------------------------------------------------
# A travel healthcare agency's assignment pay package
# --------------------------------------------------------------------------------------
# (the role, the facility (employs) and its kind (a sector), the town, the county, the
#  experience (`optional`), the certifications and licence (`optional`), the "Experience with"
#  items and the systems (skills), two moves in, the move up, the staff lead (`optional`), the
#  similar facilities (two employers) and towns, another title, the cut one)
_TRAVELLIST = (
    ("Sterile Processing Technician", "Juniper Ridge Medical Center", "a 420-bed teaching "
     "hospital", "Reno, NV", "Washoe County", "sterile processing experience",
     ("CRCST", "CIS", "BLS"), ("instrument decontamination", "tray assembly",
                               "steam sterilizer loads", "low-temperature sterilization",
                               "case cart picking"), ("Censitrac", "SPM"),
     ("Surgical Technologist", "Central Supply Clerk"), "Sterile Processing Manager",
     "lead SPD tech", (("High Desert Regional Hospital", "Elko, NV"),
                       ("Truckee Meadows Surgical Hospital", "Sparks, NV")),
     "Travel Surgical Technologist", "Travel SPD Lead"),
    ("Respiratory Therapist", "Bluestem Valley Hospital", "a 260-bed acute care hospital",
     "Wichita, KS", "Sedgwick County", "adult ICU respiratory experience",
     ("RRT", "NBRC", "ACLS"), ("ventilator management", "arterial blood gases",
                              "high-flow oxygen set-up", "BiPAP titration",
                              "bronchoscopy assist"), ("Epic", "Hamilton C6"),
     ("Respiratory Therapy Technician", "Pulmonary Function Technologist"),
     "Respiratory Care Manager", "lead RT", (("Flint Hills Medical Center", "Emporia, KS"),
                                             ("Prairie Rose Hospital", "Hutchinson, KS")),
     "Travel Polysomnographic Technologist", "Travel Neonatal RT"),
)


def _travellist(rng: random.Random, g: Guide) -> list[str]:
    """A travel agency's job listing: the site menu with the referral bonus, breadcrumb, job ID
    and schedule line, buttons, the stipend notice and footer (chrome), "Travel X" (the role;
    an alias), the facility and town (employs), the estimated weekly pay, the dotted breakdown
    (the taxable hourly rate the role's at Travel with the town; the housing and M&IE stipends,
    the weekly total and the blended rate no pay), overtime, call and holiday rates, bonuses
    and reimbursements (no pay), the facility's kind (a sector), requirements (experience,
    certifications `optional`), "Experience with" and "Systems" items (skills), insights (the
    staff median the role's point at Staff with the area; two moves in, a move up, the staff
    lead `optional`; a local contract's all-taxable rate at Local contract) and similar jobs
    (the same title with only a weekly estimate: an employer, no pay; with a taxable rate: an
    employer and the role's at Travel with its town; another title's weekly estimate: nothing;
    one cut)."""
    (job, facility, kind, town, county, experience, certs, items, systems, (came1, came2), up,
     lead, ((f1, t1), (f2, t2)), other, cut_title) = rng.choice(_TRAVELLIST)
    travel = f"Travel {job}"
    occupy(g, job, leads=[up], moves_in=[came1, came2])
    _spell(g, travel)
    g.employers += [facility, f1, f2]
    agency = rng.choice(("Roamwell Staffing", "Trailhead Health Staffing"))
    sector = kind.split("-bed ")[1]
    _facts(g, [*items, *systems], [], [sector], [experience, *certs, lead, agency,
                                                 f"{agency}, LLC"])
    taxable = float(rng.choice((22, 23, 24, 25, 27, 28)))
    _salary(g, taxable, taxable, "USD", period="hour", level="Travel", region=town)
    median = round(rng.uniform(33, 44), 2)
    _salary(g, median, median, "USD", period="hour", point=True, level="Staff",
            region=town.split(",")[0])
    local = float(rng.randrange(46, 58))
    _salary(g, local, local, "USD", period="hour", level="Local contract")
    other_rate = taxable + rng.randrange(1, 4)
    _salary(g, other_rate, other_rate, "USD", period="hour", level="Travel", region=t2)
    housing = _no_pay(g, float(rng.randrange(1050, 1400, 7)), 1)
    meals = _no_pay(g, float(rng.choice((434, 469, 497))), 1)
    total = round(taxable * 40 + housing + meals, 2)
    blended = round(total / 40, 2)
    overtime = _no_pay(g, float(rng.randrange(58, 75)), 1)
    holiday = _no_pay(g, taxable * 1.5, 0.25)
    weekly = (int(total) - rng.randrange(80, 200), int(total) + rng.randrange(60, 180))
    cut = f"{cut_title} · {town} · Est. $2,{rng.randint(1, 9)}"
    g.must_not_appear += ["Referral bonus", "Pay estimator", "Message a recruiter", cut,
                          "Do not sell my info"]
    area = town.split(",")[0]
    return [f"{agency}  Search jobs  Nursing  Allied  Travel housing  Pay estimator  Referral "
            "bonus  Sign in",
            f"Jobs › Allied › {job} › {town.split(', ')[1]}",
            travel,
            f"{facility} · {town}",
            f"Job ID {rng.choice(('RW', 'TH'))}-{rng.randint(400_000, 699_999)} · 13 weeks · "
            f"Starts 01/{rng.randint(4, 25):02d}/2027 · 4 × 10 h days · 40 h/wk · "
            f"{rng.randint(2, 4)} openings",
            f"About ${int(total):,} a week ⓘ",
            "Apply   ♡ Save   Share   Message a recruiter",
            "Weekly pay, 40 guaranteed hours",
            f"Taxed base rate {_hourly(taxable)}/hr ........ ${taxable * 40:,.2f}",
            f"Lodging stipend (tax-free) ........ ${housing:,.2f}",
            f"M&IE stipend (tax-free) ........... ${meals:,.2f}",
            f"Weekly estimate ................... ${total:,.2f}",
            f"Blended hourly .................... ${blended:,.2f}/hr",
            f"Overtime {_hourly(overtime)}/hr · On call $4.00/hr · Holiday shifts "
            f"{_hourly(holiday)}/hr",
            "Finish bonus $1,200 on the last check · Travel paid up to $600 · Licence fees paid",
            f"ⓘ Stipends need a permanent tax home you keep paying for (GSA rates, {county}). No "
            "tax home? Ask for an all-taxable offer.",
            f"About the assignment {facility} is {kind} with a busy surgical and critical care "
            "service; the traveler joins the day team on a 4x10 schedule.",
            "What you need",
            f"- 2 yrs recent {experience}",
            f"- {certs[0]} or {certs[1]}",
            f"- {certs[2]} (AHA)",
            "Experience with:" + " · ".join(items),
            f"Systems: {', '.join(systems)}",
            f"Pay and career notes for {_plural(job)}",
            f"Median staff pay for {_plural(job.lower())} in the {area} area: {_hourly(median)}/hr "
            f"({agency} market data, 2026). Travelers often come from {came1.lower()} or "
            f"{came2.lower()} roles; later some take {lead} or {up.lower()} jobs. Local (under 50 "
            f"miles) contracts at this hospital: all-taxable {_hourly(local)}/hr.",
            "More travel jobs",
            f"{travel} · {f1} · {t1} · Est. ${weekly[0]:,}/wk",
            f"{travel} · {f2} · {t2} · {_hourly(other_rate)}/hr taxed + stipends",
            f"{other} · {town} · Est. ${weekly[1]:,}/wk",
            cut,
            f"© 2026 {agency}, LLC · Joint Commission certified · Pay shown is an estimate · "
            "Privacy · Do not sell my info"]


# (the role, its specialty line and short alias, the unit, the facility (employs), its town,
#  the county, the MSP (`optional`), the certifications (`optional`), the experience place
#  (`optional`), the checklist items (skills), the traveler's current title, its hospital
#  (`optional`) and town, the earlier title, the staff level, the charge title, the moves up)
_TRAVELCONF = (
    ("Operating Room Nurse", "RN – Operating Room (OR)", "OR RN",
     "Main OR (18 suites, general, ortho and neuro)", "Sierra Pines Medical Center",
     "Redding, CA", "Shasta County", "Clearpath MSP",
     ("California RN license", "BLS", "ACLS", "CNOR"), "a level II trauma center",
     ("circulating in general and orthopedic cases", "scrubbing for laparoscopy",
      "surgical counts", "patient positioning", "Epic OpTime charting"),
     "PACU RN", "Mercy Lakeside Hospital", "Medford, OR", "Medical-Surgical RN", "II",
     "OR Charge Nurse", ("OR Charge Nurse", "RN First Assistant")),
    ("Telemetry Nurse", "RN – Telemetry (Tele)", "Tele RN",
     "Cardiac Telemetry (32 beds, step-down)", "Lakeshore General Hospital",
     "Muskegon, MI", "Muskegon County", "StaffBridge MSP",
     ("Michigan RN license", "BLS", "ACLS", "NIHSS"), "a community hospital's step-down unit",
     ("cardiac rhythm interpretation", "titration of cardiac drips", "post-cath sheath care",
      "telemetry box monitoring", "Cerner charting"),
     "Medical-Surgical RN", "Bayview Community Hospital", "Traverse City, MI", "Nursing Assistant",
     "III", "Charge Nurse", ("Charge Nurse", "Cardiac Nurse Practitioner")),
)


def _travelconf(rng: random.Random, g: Guide) -> list[str]:
    """A traveler's assignment confirmation and pay package: the e-signature envelope line,
    agency header, traveler and recruiter with title, confirmation number, dates, cancellation
    terms, the tax-home notice, signatures and footer (chrome), "Specialty / Position: RN – X"
    (the role; the specialty line and its short name aliases), the facility (employs; the MSP
    `optional`), the pay package (the taxable rate the role's at Travel with the town; the
    lodging and M&IE stipends, the estimated gross and the blended rate no pay), overtime,
    double time, holiday, charge differential, call and missed-shift figures (no pay), the
    extension rate (at Extension), reimbursements, bonus and benefits (no pay), requirements
    (licence and certifications `optional`, the experience place `optional`), the self-rated
    skills checklist (skills), the traveler's current title with its staff rate (a rung of the
    path, theirs with its town; its hospital `optional`) and earlier title (the path's start)
    and the recruiter's note (the facility's staff range at a level, the role's at that level;
    the charge posting's top of range one-sided; two moves up)."""
    (job, specialty, short_alias, unit, facility, town, county, msp, certs, place, checklist,
     current, chospital, ctown, earlier, level, charge, (up1, up2)) = rng.choice(_TRAVELCONF)
    occupy(g, job, ladder=[earlier, current, job], leads=[up1, up2])
    _spell(g, specialty, short_alias)
    g.employers.append(facility)
    agency = rng.choice(("Meridian Travel Nursing", "Bluewater RN Staffing"))
    recruiter_title = rng.choice(("Lead Travel Recruiter", "Senior Clinical Recruiter"))
    _facts(g, list(checklist), [], [], [msp, *certs, place, chospital, agency,
                                        f"{agency}, LLC", recruiter_title])
    taxable = float(rng.choice((24, 25, 26, 27, 28, 30, 31, 32)))
    _salary(g, taxable, taxable, "USD", period="hour", level="Travel", region=town)
    extension = taxable + rng.randrange(1, 4)
    _salary(g, extension, extension, "USD", period="hour", level="Extension")
    slow = round(rng.uniform(48, 62), 2)
    _salary(g, slow, round(slow * 1.36, 2), "USD", period="hour", level=level)
    cur = round(rng.uniform(38, 47), 2)
    _salary(g, cur, cur, "USD", period="hour", region=ctown, belongs_to=current)
    top = _no_pay(g, round(slow * 1.36 + rng.uniform(3, 9), 2), 0.05)
    lodging = _no_pay(g, float(rng.randrange(1400, 1950, 7)), 1)
    meals = _no_pay(g, float(rng.choice((490, 511, 532))), 1)
    gross = round(taxable * 36 + lodging + meals, 2)
    overtime = _no_pay(g, round(rng.uniform(70, 86), 2), 0.25)
    differential = _no_pay(g, float(rng.choice((2, 2.5, 3))), 0.5)
    g.must_not_appear += ["DocuSign Envelope ID", "copy for the traveler",
                          "Assignment confirmation and pay details", "tax-home attestation",
                          "Traveler Agreement"]
    first = rng.choice(("Jordan", "Alexis", "Morgan"))
    return [f"DocuSign Envelope ID: {rng.randint(10_000_000, 99_999_999):X}-xxxx-4B1A-xxxx",
            f"{agency} · Assignment confirmation and pay details · copy for the traveler · p. 1/3",
            f"Traveler: xxxxxxx, {first} R., RN   Recruiter: xxxxx, {recruiter_title}   "
            f"Ref. AC-{rng.randint(10_000, 99_999)}",
            f"Specialty / Position: {specialty}   ({short_alias})   Unit: {unit}",
            f"Facility's position title: {job} (travel)",
            f"Facility: {facility}, {town}   Vendor: {msp} (MSP)",
            "Dates: 01/18/2027 – 04/18/2027 (13 wks) · Nights, 3 × 12 h · Guaranteed: 36 hours a "
            "week",
            "PAY (per week, 36 guaranteed hours)",
            f"Taxable hourly (regular) {_hourly(taxable)}/hr   → ${taxable * 36:,.2f}",
            f"Lodging stipend, tax-free ${lodging:,.2f}/wk (GSA lodging, {county}) · Meals & "
            f"incidentals (M&IE, tax-free) ${meals:,.2f}/wk",
            f"Gross per week (est.) ${gross:,.2f} · Blended ${gross / 36:,.2f}/hr (a comparison "
            "only)",
            f"Overtime {_hourly(overtime)}/hr · Holiday pay {_hourly(taxable * 1.5)}/hr · Double "
            f"time ${overtime * 4 / 3:,.2f}/hr · Charge pay +{_hourly(differential)}/hr",
            "On call $8.00/hr · $125 is deducted for each shift you miss · The facility may "
            "cancel 1 shift per pay period",
            "Extension: if the contract is extended the taxable rate becomes "
            f"{_hourly(extension)}/hr (stipends stay the same)",
            "Travel paid $700 · Finish bonus $800 · Licence fees paid · Medical cover from the "
            "first day · 401(k) with 3% match",
            "A tax-home attestation must be signed; without a tax home the stipends are taxed as "
            "wages.",
            "REQUIREMENTS (due two weeks before day one)",
            f"{certs[1]} and {certs[2]} · {certs[0]}, active · {certs[3]} (preferred) · 2 years "
            f"of recent experience in {place}",
            "Checklist (your own ratings, 1 to 4): " + " · ".join(
                f"{item} {rng.randint(3, 4)}" for item in checklist),
            f"On file — current job: {current} at {chospital}, {ctown} — {_hourly(cur)}/hr staff. "
            f"Earlier: {earlier} (2018–2021).",
            f"Recruiter's note: \"{first} — {facility.split()[0]}'s own staff {short_alias} "
            f"{level} range is {_hourly(slow)}–{_hourly(round(slow * 1.36, 2))}/hr if you want "
            f"to go perm later. Their {charge} posting is {_hourly(top)}/hr top of range. Many "
            f"of our travelers later become {_plural(up1)}, and some train as {_plural(up2)}.\"",
            "Signatures: Traveler ______ Date ______   Agency ______ Date ______",
            f"{agency}, LLC · Joint Commission Gold Seal of Approval · Cancellation terms: "
            "Traveler Agreement §6 · p. 3/3"]


(FAMILY54_RENDERERS, FAMILY54_LAYOUTS, FAMILY54_LADDER_LAYOUTS,
 FAMILY54_ALIAS_LAYOUTS) = variant_families({
    "russianmt": {"board": _ruboard, "vakhta": _ruvakhta},
    "amharicmt": {"board": _etboard, "telegram": _ettelegram},
    "h2ajoborder": {"form": _h2aform, "site": _h2bsite},
    "sponsorcos": {"print": _cossms, "email": _cosmail},
    "personnelaction": {"sf50": _sf50, "paf": _citypaf},
    "travelpay": {"listing": _travellist, "confirm": _travelconf},
})
