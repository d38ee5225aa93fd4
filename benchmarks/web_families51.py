"""Generator renderers for the six page families of held-back set 51 (Macedonian postings ...).

Held-back set 51 showed six more kinds of page users bring: a Macedonian job posting read
through a browser translator (a plant's posting with a net pay and the gross ("бруто") beside
it, glued headings, a hot meal per day, the *regres*, seasonal workers' day rate and the legal
minimum, or a flattened "Details…" block with a trial-work net, a supplement for the exceeded
norm, another trade's pay by the norm, an arrow ladder and an industry's average), a Catalan
posting read through a translator (a gross hourly rate with the month it "goes to" in 14
payments, a weekend rate, pluses and *dietes*, or an SBA in 14 pays with the per-pay gross and
summer replacements), an H-1B labour condition application (LCA) disclosure data page (a salary
database's search result for one title with its pipe table of filings, statistics, prevailing
wage levels and city medians, or a disclosure viewer's case detail with the employer's trade
name, NAICS title, a "From … To …" wage, two worksites, the matched posting and other filings),
a secondment agreement or letter for one post (a council's three-party agreement with the host's
grade, the starting point, the substantive salary, a recharge and standby, or a bank's
intra-group letter with a host band, a monthly equivalent, allowances and other posts' bands),
a resume scanner's match report of one resume against one job ad (a web app's scan page with
keyword counts, or a plain-text report with found / not found keywords and the pasted ad), and
a job seeker's application tracker board for one target role (a kanban board exported as text,
or a notes-app database table with a contract day rate and informational calls).  These
renderers write such pages from a planned guide, two variants a family, about occupations that
fit them (occupy()); every fact the truth keeps is printed and what a style does not state is
cleared: the gross beside a net, the month an hourly rate "goes to", the per-pay gross, a
monthly equivalent and a yearly figure with scheduled overtime are the same pay (no fact); the
hot meal, *regres*, transport, the norm supplement, the legal minimum, pluses, *dietes*, the
prevailing wage levels, percentiles, a recharge, standby, cost-of-living and housing
allowances, bonus, relocation, tax equalisation, shift differentials, incentives, target
compensation, sign-on, RSUs, car allowances and a total-comp median stay out of the role's pay;
an industry's average is nobody's pay and "only every tenth ad …" one-sided; trial, weekend,
summer-replacement, II, Senior, Principal, host-grade, level-band, offer and contract rates are
the role's own at their level, board, database and survey averages the role's own points, and
other titles' figures keep their owners; glosses, idioms, certificates, duties, the home
employer, clients, recruiters, umbrellas, the candidate's own titles and other titles'
companies are `optional`.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from benchmarks.web_families50 import _comma, _dot, _eur, _gbp
from benchmarks.web_kit import (
    _an,
    _cap,
    _facts,
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

__all__ = ["FAMILY51_ALIAS_LAYOUTS", "FAMILY51_LADDER_LAYOUTS", "FAMILY51_LAYOUTS",
           "FAMILY51_RENDERERS"]


def _k(amount: float) -> str:
    """A whole dollar amount as a data table prints it, no sign: "104,500"."""
    return f"{int(amount):,}"


# --------------------------------------------------------------------------------------
# A Macedonian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role), the Macedonian name (an alias), the employer (printed, short), town,
#  region, what it does, the activity (a sector), duties (`optional`), requirements (skills),
#  the language (a skill), the certificate (`optional`), two idioms (`optional`), the chief and
#  its gloss (`optional`), the lateral post and its gloss (`optional`), two moves in, the
#  season job's title (printed after "seasonal"; (carry51) set 51 names the job bare, "Grape
#  Picker"), a similar ad's title and town, the same title's town, the cut one,
#  the one "by agreement" (`optional`))
_MKPLANT = (
    ("Dairy worker", "работник во млекара", ("Mlekara Pelister Breg DOOEL Bitola",
                                              "Mlekara Pelister Breg"),
     "Bitola", "Pelagonia region", "is a family dairy under the mountain which buys the milk "
     "of 300 farmers and makes the white cheese and the kashkaval", "Processing of milk",
     ("filling of the cheese moulds and turning of the cheeses in the chamber",
      "washing of the pasteuriser and the tanks after every shift",
      "packing and labelling of the products for the markets"),
     (("Food safety rules", ("HACCP",)), "Work with the pasteuriser and the separator",
      "Keeping of the production records"), "English",
     "the certificate for the forklift", ("to have the golden hands",
                                          "that the work does not run away from you"),
     ("Production chief", "шеф на производство"), ("Milk receiver", "приемач на млеко"),
     ("Baker", "Butcher"), "Cheese packer", ("Driver C category", "Prilep"), "Ohrid",
     "Laboratory technician", "Sales agent"),
    ("Bakery worker", "пекарски работник", ("Pekara Zlatno Klasje DOOEL Veles",
                                            "Pekara Zlatno Klasje"),
     "Veles", "Vardar region", "is a bakery with five shops in the town which bakes the bread, "
     "the burek and the pastries every night", "Production of bread and pastry",
     ("kneading of the dough and shaping of the loaves", "the work at the tunnel oven",
      "cleaning of the machines and the work surfaces"),
     (("Food safety rules", ("HACCP",)), "Work with the kneading machine",
      "Following of the recipes and the weights"), "English",
     "the sanitary booklet", ("to not be afraid from the night work",
                              "that you keep the word given"),
     ("Chief of the shift", "шеф на смена"), ("Shop seller", "продавач во продавница"),
     ("Cook", "Pizza maker"), "Delivery helper", ("Confectioner", "Kumanovo"),
     "Štip", "Warehouse worker", "Cashier"),
)


def _mkplant(rng: random.Random, g: Guide) -> list[str]:
    """A plant's posting on a Macedonian job board through a translator: the translator bar,
    the board's menu with Macedonian words, the cookie line with *колачиња*, breadcrumb, dates,
    views, ad number, buttons, contact and footer (chrome), "TITLE (local name) - full working
    time, Town" (the role; an alias), "Pay: from a to b den. net monthly, that is … den.
    бруто" (the net the role's band, the gross the same pay), a glued "About the employerX …"
    (employs) with "Activity:" (a sector), duties (`optional`), requirements (skills; the
    certificate and two idioms `optional`), a glued "We offerFixed …" with the warm meal per
    day, the *regres* and seasonal workers' day rate (theirs) and the legal minimum (no pay), a
    glued "Possibility for progressWhoever …" (a ladder with the chief's gloss and net floor
    (theirs, open), a lateral move, moves in), the board's average with its region (a point),
    "most of the ads" (the role's band), "only every tenth ad" (one-sided) and similar ads
    (another title's, the same title's elsewhere (the role's with its town), one cut, one "by
    agreement")."""
    (job, local, (printed, short), town, region, what, activity, duties, needs, language, cert,
     (idiom1, idiom2), (chief, chief_mk), (lateral, lateral_mk), (came1, came2), seasonal,
     (s1, t1), same_town, cut, agreed) = rng.choice(_MKPLANT)
    senior = f"Senior {job.lower()}"
    occupy(g, job, ladder=[job, senior, chief], transitions=[lateral], moves_in=[came1, came2])
    _spell(g, local)
    _legal(g, printed, short)
    _facts(g, [*_skills(needs), language], [], [activity],
           [*duties, cert, idiom1, idiom2, chief_mk, lateral_mk, agreed])
    low = rng.randrange(26000, 32000, 500)
    high = low + rng.randrange(3000, 6000, 500)
    _salary(g, low, high, "MKD", period="month")
    day = rng.randrange(1200, 1800, 100)
    _salary(g, day, day, "MKD", period="day", belongs_to=seasonal)
    floor = high + rng.randrange(6000, 10000, 500)
    _salary(g, floor, None, "MKD", period="month", belongs_to=chief)
    average = low + rng.randrange(1000, 2500, 100)
    _salary(g, average, average, "MKD", period="month", point=True, region=region)
    most = (low - rng.randrange(2000, 4000, 500), high + rng.randrange(1000, 3000, 500))
    _salary(g, *most, "MKD", period="month")
    other = rng.randrange(30000, 40000, 1000)
    _salary(g, other, other, "MKD", period="month", belongs_to=s1, region=t1)
    same = int(_no_pay(g, low + rng.randrange(-2000, 2000, 500), 500))
    _salary(g, same, same, "MKD", period="month", point=True, region=same_town)
    gross = (int(_no_pay(g, round(low * 1.52, -2), 100)), int(_no_pay(g, round(high * 1.52, -2),
                                                                     100)))
    meal = int(_no_pay(g, rng.choice((300, 350, 400)), 50))
    regres = int(_no_pay(g, rng.choice((7000, 8000, 9000)), 500))
    minimum = int(_no_pay(g, 24379, 1))
    tenth = int(_no_pay(g, most[1] + rng.randrange(3000, 6000, 500), 500))
    site = rng.choice(("VrabotuvanjeDenes.mk", "OglasiPlus.mk"))
    contact = rng.choice(("Elena Trajkovska, HR", "Goran Stojanovski, manager"))
    g.must_not_appear += [site, contact, "колачиња", f"About the employer{short}",
                          "We offerFixed", "Possibility for progressWho"]
    return ["Преведено · Macedonian → English · Show the original · Never translate this site",
            f"{site}   Огласи   Employers   Salaries   Најава | Registration",
            "We keep колачиња (small files) on your device so the site remembers you.   "
            "[Прифати]   [Одбиј]",
            f"Home › Огласи › Production › {town}",
            f"Published: 0{rng.randint(1, 6)}.12.2026 | Valid until: 2{rng.randint(0, 9)}.12.2026"
            f" | Seen: {rng.randint(200, 900)} times | Oglas br. {rng.randint(100000, 999999)}",
            "Зачувај   Сподели   Аплицирај",
            f"{job.upper()} ({local}) - full working time, {town}",
            printed,
            f"Pay: from {_dot(low)} to {_dot(high)} den. net monthly, that is {_dot(gross[0])} - "
            f"{_dot(gross[1])} den. бруто",
            f"About the employer{short} {what}. Activity: {activity}.",
            "Description of the working place",
            *(f"- {d}" for d in duties),
            "Whom we are looking for",
            "• Completed high school of any direction",
            *(f"• {_item(n)}" for n in needs),
            f"• Basic {language} language",
            f"• Whoever owns {cert} has the priority",
            f"• {_cap(idiom1)} and {idiom2}",
            f"We offerFixed contract after the trial, {meal} den. for a топол оброк (warm meal) "
            f"each working day, {_dot(regres)} den. regres before the summer holiday, a bus from "
            f"the villages. In the busy months the seasonal {seasonal.lower()}s come too, paid "
            f"{_dot(day)} den. a day.",
            f"By law nobody may be paid under {_dot(minimum)} den. net a month; our pay is well "
            "above that.",
            f"Possibility for progressWhoever learns the trade quickly goes up in two years to "
            f"{senior}, then to {chief.lower()} ({chief_mk} / {chief}), with net from "
            f"{_dot(floor)} den. Who wants other work can go over to {lateral.lower()} "
            f"({lateral_mk}). We gladly receive candidates who worked before as {came1.lower()} "
            f"or {came2.lower()}.",
            f"Salaries on {site}",
            f"{job}, {region}: average net salary {_dot(average)} den.",
            f"Most of the ads for this post give between {_dot(most[0])} and {_dot(most[1])} den.",
            f"Only every tenth ad gives more than {_dot(tenth)} den.",
            f"Contact: {contact}, 07{rng.randint(0, 9)} {rng.randint(100, 999)} "
            f"{rng.randint(100, 999)}",
            "Similar ads",
            f"{s1} · {t1} · {_dot(other)} den. net",
            f"{job} · {same_town} · {_dot(same)} den. net",
            f"{cut} · Skopje · 2{rng.randint(0, 9)}.0",
            f"{agreed} · Tetovo · by agreement",
            f"© {site} 2026 · Conditions of use · Колачиња"]


# (the title (the role), the Macedonian name (an alias), the employer (printed, short), town,
#  region, branch (a sector), numbered tasks (`optional`), requirements (skills), the idiom
#  (`optional`), the other trade paid by the norm and its gloss (`optional`), the brigadier's
#  English name and gloss (`optional`), the head, a lateral post, a move in, a similar ad's
#  title and town, the same title's town, the cut one, the hashtags (`optional`))
_MKDETAILS = (
    ("Furniture assembler", "монтер на мебел", ("Mebel Drvorez Struga DOO", "Mebel Drvorez"),
     "Struga", "Southwestern region", "Manufacture of furniture",
     ("assembly of the cabinets and the kitchens by the drawing",
      "control of the edges and the fittings", "packing of the elements for the transport"),
     ("Reading of the technical drawing", "Work with the electric screwdriver and the drill",
      "Precise measuring"), "to have the eye for the detail",
     ("Upholsterer", "тапетар"), ("Team leader", "бригадир"), "Head of the assembly",
     "Warehouse keeper", "Carpenter", ("Edge banding operator", "Ohrid"), "Kičevo",
     "CNC operator", "#furniture #production"),
    ("Printing press operator", "оператор на печатарска машина",
     ("Pečatnica Ohridski Bran DOO", "Pečatnica Ohridski Bran"), "Ohrid",
     "Southwestern region", "Printing and packaging",
     ("preparing of the press and the plates before the run",
      "control of the colours by the sample", "washing of the rollers at the end of the shift"),
     ("Knowledge of the offset printing", "Mixing of the colours by the Pantone scale",
      "Basic work with the computer"), "to have the patience of the stone",
     ("Bookbinder", "книговрзувач"), ("Shift leader", "водач на смена"), "Production manager",
     "Prepress operator", "Machine operator", ("Cutting machine operator", "Resen"), "Bitola",
     "Graphic designer", "#printing #production"),
)


def _mkdetails(rng: random.Random, g: Guide) -> list[str]:
    """A factory posting on a Macedonian job board through a translator: the translator bar,
    menu, cookie line, breadcrumb, hashtags, apply line and footer (chrome), "TITLE / local
    name" (the role; an alias), a flattened "DetailsCategory…Salary…" block with the net and
    the gross (the net the role's, the gross the same pay), a glued "For the companyX …"
    (employs) with "Branch:" (a sector), numbered tasks (`optional`), requirements (skills; the
    idiom `optional`), a glued "Salary and conditionsFirst …" with the trial-work net (at Trial
    period), the supplement for the exceeded norm (no pay) and another trade's pay by the norm
    (theirs), a glued "CareerX → …" arrow ladder with the head's net floor (theirs, open), a
    lateral move and a move in, the board's average with its region (a point), an industry's
    average (nobody's) and similar ads (another title's, the same title elsewhere (the role's),
    one cut)."""
    (job, local, (printed, short), town, region, branch, tasks, needs, idiom, (trade, trade_mk),
     (leader, leader_mk), head, lateral, came, (s1, t1), same_town, cut,
     tags) = rng.choice(_MKDETAILS)
    occupy(g, job, ladder=[job, leader, head], transitions=[lateral], moves_in=[came])
    _spell(g, local)
    _legal(g, printed, short)
    _facts(g, needs, [], [branch], [*tasks, idiom, trade_mk, leader_mk, tags])
    net = rng.randrange(24000, 30000, 500)
    _salary(g, net, net, "MKD", period="month")
    trial = net - rng.randrange(1500, 3000, 500)
    _salary(g, trial, trial, "MKD", period="month", level="Trial period")
    norm = rng.randrange(22000, 27000, 500)
    _salary(g, norm, norm, "MKD", period="month", belongs_to=trade)
    floor = net + rng.randrange(7000, 12000, 500)
    _salary(g, floor, None, "MKD", period="month", belongs_to=head)
    average = net + rng.randrange(500, 2500, 100)
    _salary(g, average, average, "MKD", period="month", point=True, region=region)
    other = rng.randrange(26000, 34000, 1000)
    _salary(g, other, other, "MKD", period="month", belongs_to=s1, region=t1)
    same = int(_no_pay(g, net + rng.randrange(-1500, 2000, 500), 500))
    _salary(g, same, same, "MKD", period="month", point=True, region=same_town)
    gross = int(_no_pay(g, round(net * 1.52, -2), 100))
    supplement = int(_no_pay(g, rng.choice((2500, 3000, 3500)), 500))
    industry = int(_no_pay(g, rng.randrange(33000, 38000, 100), 100))
    site = rng.choice(("RabotniMesta.mk", "BaramRabota.mk"))
    g.must_not_appear += [site, "колачиња", f"For the company{short}", "Salary and conditionsFirst",
                          "DetailsCategory"]
    return ["Google Translate ▸ Macedonian to English ▸ Original page",
            f"{site}   Home   Огласи   For companies   Контакт",
            "This site uses колачиња (cookies).   [Во ред]",
            f"Home / Огласи / Industry / {town}",
            tags,
            f"{job.upper()} / {local}",
            f"DetailsCategoryIndustryPlace{town}Salary{_dot(net)} den. net (бруто "
            f"{_dot(gross)} den.)Working time8 hours, two shifts",
            f"For the company{short} ({printed}) has tradition from 1994 and works for buyers from"
            f" abroad. Branch: {branch}.",
            "Tasks of the working place:",
            *(f"{i}. {t}" for i, t in enumerate(tasks, 1)),
            "Requirements:",
            *(f"- {n}" for n in needs),
            f"- {_cap(idiom)}",
            f"Salary and conditionsFirst three months trial work with {_dot(trial)} den. net, "
            f"after that the full salary. For the exceeded norm (норма) a supplement up to "
            f"{_dot(supplement)} den. monthly. The {_plural(trade.lower())} ({trade_mk}) are paid "
            f"by the norm, around {_dot(norm)} den. net.",
            f"Career{job} → {leader} ({leader_mk}) → {head}, net from {_dot(floor)} den. From the "
            f"line you can go over to {lateral.lower()}; we take also people who worked as "
            f"{_an(came.lower())}.",
            f"Salaries ({site})",
            f"{job} in {region}: average {_dot(average)} den. net",
            f"The average salary in the processing industry is {_dot(industry)} den. net.",
            f"Apply with CV on the e-mail of {short}.",
            "Similar ads",
            f"{s1} · {t1} · {_dot(other)} den.",
            f"{job} · {same_town} · {_dot(same)} den.",
            f"{cut} · Skopje · 1.{rng.randint(0, 9)}",
            f"{site} © 2026 · Колачиња · Помош"]


# --------------------------------------------------------------------------------------
# A Catalan job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role), the gender-slash Catalan name (an alias), the employer (printed,
#  short), town, comarca, what it does, the sector, duties (`optional`), asks (skills), the
#  language (a skill), certificate (`optional`), idiom (`optional`), the coordinator's English
#  name and gloss (`optional`), the lateral post, two moves in, the weekend level's words, a
#  similar offer's title, the cut one, the one "to negotiate" (`optional`))
_CAHOURLY = (
    ("Swimming monitor", "Monitor/a de natació", ("Club Natació Riera Blanca", "CN Riera Blanca"),
     "Sabadell", "Vallès Occidental", "is a swimming club with 2.000 members and two pools",
     "sport", ("teaching of the courses for the children of 4 to 12 years",
               "the watching of the free bath", "the preparation of the material"),
     ("Teaching of the swimming technique", "First aid", "Working with groups of children"),
     "Catalan", "the title of lifeguard", "to have the hand with the little ones",
     ("Sports coordinator", "coordinador/a esportiu/va"), "Gym instructor",
     ("Lifeguard", "Volunteer coach"), "Weekend competitions", "Fitness instructor",
     "Sports technician", "Pool receptionist"),
    ("Kitchen assistant", "Ajudant/a de cuina", ("Fundació Menjadors del Maresme",
                                                 "Menjadors del Maresme"),
     "Mataró", "Maresme", "is a foundation that runs four school canteens and a social "
     "restaurant", "social catering", ("the preparation of the vegetables and the cold dishes",
                                       "the washing of the kitchen and the dishes",
                                       "the serving of the lunches"),
     ("Food handling", "Knowledge of the allergens", "Use of the industrial dishwasher"),
     "Spanish", "the food handler certificate", "not to lose the thread in the rush hour",
     ("Second cook", "segon/a de cuina"), "Canteen monitor",
     ("Waiter", "Volunteer in the social restaurant"), "Weekend events", "Dishwasher",
     "Cook", "Kitchen porter"),
)


def _cahourly(rng: random.Random, g: Guide) -> list[str]:
    """An hourly posting on a Catalan job board through a translator: the translator bar, menu,
    cookie line with *galetes*, breadcrumb, buttons, contact and footer (chrome), "Local/a name
    — TITLE" (an alias; the role), "N € gross / hour" (the role's), a glued "Who we areX …"
    (employs) with "Sector:" (a sector), duties (`optional`), arrow-bulleted asks (skills; the
    certificate and idiom `optional`), a glued "We offerA contract …" with the month the hours
    "go to approximately" in 14 payments (the same pay), the weekend rate (the role's own at
    its level), the plus of transport and nocturnity and the *dietes* (no pay), a glued "To grow
    with usThe …" paragraph (a ladder with the gloss, a lateral move, moves in), the board's
    average with the region (a point) and median (a point), the next rung's figure "for
    comparison" (theirs), "only 5% of the offers pass" (one-sided) and similar offers
    (another title's, one cut, one "to negotiate")."""
    (job, local, (printed, short), town, comarca, what, sector, duties, needs, language, cert,
     idiom, (coord, coord_ca), lateral, (came1, came2), weekend, s1, cut,
     negotiate) = rng.choice(_CAHOURLY)
    occupy(g, job, ladder=[job, coord], transitions=[lateral], moves_in=[came1, came2])
    _spell(g, local)
    _legal(g, printed, short)
    _facts(g, [*needs, language], [], [sector], [*duties, cert, idiom, coord_ca, negotiate])
    rate = rng.randrange(1050, 1350, 5) / 100
    _salary(g, rate, rate, "EUR", period="hour")
    extra = round(rate + rng.randrange(100, 250, 5) / 100, 2)
    _salary(g, extra, extra, "EUR", period="hour", level=weekend)
    average = round(rate + rng.randrange(20, 90, 5) / 100, 2)
    _salary(g, average, average, "EUR", period="hour", point=True, region=comarca)
    median = round(rate - rng.randrange(10, 60, 5) / 100, 2)  # (hourly cents: never equal)
    _salary(g, median, median, "EUR", period="hour", point=True)
    compare = round(rate + rng.randrange(300, 500, 5) / 100, 2)
    _salary(g, compare, compare, "EUR", period="hour", belongs_to=coord)
    other = round(rate + rng.randrange(50, 200, 5) / 100, 2)
    _salary(g, other, other, "EUR", period="hour", belongs_to=s1, region="Barcelona")
    month = int(_no_pay(g, round(rate * 100, -1), 10))
    plus = _no_pay(g, rng.choice((1.2, 1.5, 1.8)), 0.1)
    dietes = _no_pay(g, rng.choice((12.5, 14.0, 15.5)), 0.5)
    share = _no_pay(g, round(compare + 1.5, 2), 0.5)
    site = rng.choice(("TreballFàcil.cat", "OfertesFeina.cat"))
    contact = rng.choice(("Núria Vilaseca", "Jordi Puigdomènech"))
    g.must_not_appear += [site, "galetes", contact, f"Who we are{short}", "We offerA contract",
                          "To grow with usThe"]
    return ["Traduït de: català · Google · Mostra l'original",
            f"{site}   Ofertes   Empreses   Salaris   Entra",
            "We use galetes (cookies) of our own and of third parties.   [Configurar]   "
            "[Acceptar totes]",
            f"Home › Ofertes › {comarca} › {town}",
            f"{local} — {job.upper()}",
            f"{printed} · {town} · {_comma(rate)} € gross / hour",
            "[Comparteix]   [Inscriu-t'hi]   [Desa]",
            f"Who we are{short} {what}. Sector: {sector}.",
            "What will you do",
            *(f"· {d}" for d in duties),
            "What we ask",
            *(f"→ {n}" for n in needs),
            f"→ {language} spoken and written",
            f"→ To have {cert}",
            f"→ {_cap(idiom)}",
            f"We offerA contract of 25 hours a week; the month goes to approximately {_dot(month)}"
            f" € gross in 14 payments. {weekend} pay {_comma(extra)} € gross / hour. Plus of "
            f"transport and nocturnity of {_comma(plus)} € / hour and dietes of {_comma(dietes)} € "
            "per day outside.",
            f"To grow with usThe {_plural(job.lower())} who stay can pass to {coord.lower()} "
            f"({coord_ca}). Some jump also to {lateral.lower()}. Many started as "
            f"{_plural(came1.lower())} or as {_plural(came2.lower())}.",
            f"Salaries on {site}",
            f"{job} in {comarca}: average {_comma(average)} € / hour; median {_comma(median)} €.",
            f"For comparison, a {coord.lower()} charges around {_comma(compare)} € / hour.",
            f"Only 5% of the offers pass {_comma(share)} € / hour.",
            f"Contact: {contact}",
            "Similar offers",
            f"{s1} · Barcelona · {_comma(other)} € / hour",
            f"{cut} · Terrassa · 1{rng.randint(0, 9)},",
            f"{negotiate} · Granollers · to negotiate",
            f"© {site} · Avís legal · Galetes"]


# (the title (the role), the gender-slash Catalan name (an alias), the employer (printed,
#  short), its group (`optional`), town, comarca, the activity (a sector), functions
#  (`optional`), requirements (skills), certificates (`optional`), idiom (`optional`), the next
#  rung and gloss (`optional`), the lateral post, a move in, a similar offer of another title,
#  the cut one, the one "to convene" (`optional`))
_CAYEARLY = (
    ("Auxiliary nurse", "Infermer/a auxiliar", ("Residència Can Vidalet del Pla SL",
                                                "Residència Can Vidalet"), "Grup Vidalet Salut",
     "Vic", "Osona", "residential care for the elderly",
     ("the hygiene and the mobilisation of the residents", "the help in the meals",
      "the registration of the incidences in the shift"),
     ("Care of dependent persons", "Prevention of pressure ulcers", "Handling of the crane"),
     "the title of auxiliary of nursing", "to have the patience of a saint",
     ("Plant supervisor", "supervisor/a de planta"), "Home help worker", "Family carer",
     "Physiotherapist", "Nurse", "Cleaner"),
    ("Residential cook", "Cuiner/a de residència", ("Residència Turó del Sol SL",
                                                    "Residència Turó del Sol"),
     "Grup Solgent", "Olot", "Garrotxa", "residential care for the elderly",
     ("the elaboration of the menus of diet and of texture",
      "the control of the temperatures and the stock", "the cleaning of the kitchen"),
     ("Cooking of the adapted diets", "Food handling", "Knowledge of the allergens"),
     "the food handler certificate", "to have the stomach for the big pots",
     ("Head of the kitchen", "cap de cuina"), "School canteen cook", "Cook in a restaurant",
     "Dietitian", "Kitchen assistant", "Waiter"),
)


def _cayearly(rng: random.Random, g: Guide) -> list[str]:
    """A care home posting on a Catalan job board through a translator: the translator bar,
    menu, cookie line, breadcrumb, buttons, contact and footer (chrome), "Local/a name · TITLE"
    (an alias; the role), "SBA: N € in 14 pays" (the role's yearly pay), a glued "The
    companyX …" (employs; the group `optional`) with "Activity:" (a sector), functions
    (`optional`), requirements (skills; certificates, idiom `optional`), an offer with the
    per-pay gross (the same pay), the plus of nocturnity and of the weekend and the *dietes*
    (no pay) and the summer replacements without the title (the role's own at Summer
    replacement), a glued "Development in the residenceWho …" paragraph (ladder, lateral
    move, move in), the board's median (a point), "the majority of the offers" (the role's
    band), the next rung "around" (theirs), a one-sided share and similar offers (another
    title's, one cut, one "to convene")."""
    (job, local, (printed, short), group, town, comarca, activity, functions, needs, cert,
     idiom, (nxt, nxt_ca), lateral, came, s1, cut, convene) = rng.choice(_CAYEARLY)
    occupy(g, job, ladder=[job, nxt], transitions=[lateral], moves_in=[came])
    _spell(g, local)
    _legal(g, printed, short)
    _facts(g, needs, [], [activity], [*functions, cert, idiom, nxt_ca, group, convene])
    sba = rng.randrange(18200, 21000, 100)
    _salary(g, sba, sba, "EUR", period="year")
    summer = rng.randrange(1180, 1320, 10)
    _salary(g, summer, summer, "EUR", period="month", level="Summer replacement")
    median = sba + rng.randrange(200, 900, 100)
    _salary(g, median, median, "EUR", period="year", point=True, region=comarca)
    band = (sba - rng.randrange(800, 1500, 100), sba + rng.randrange(1200, 2500, 100))
    _salary(g, *band, "EUR", period="year")
    around = sba + rng.randrange(3500, 6000, 100)
    _salary(g, around, around, "EUR", period="year", belongs_to=nxt)
    other = rng.randrange(21000, 26000, 100)
    _salary(g, other, other, "EUR", period="year", belongs_to=s1, region="Girona")
    per_pay = int(_no_pay(g, round(sba / 14), 1))
    night = _no_pay(g, rng.choice((95.0, 110.0, 120.0)), 5)
    weekend = _no_pay(g, rng.choice((42.5, 48.0, 55.0)), 2.5)
    dietes = _no_pay(g, rng.choice((9.5, 11.0, 12.5)), 0.5)
    share = int(_no_pay(g, band[1] + rng.randrange(1500, 3000, 100), 100))
    site = rng.choice(("FeinaComarques.cat", "BorsaTreball.cat"))
    contact = rng.choice(("Montserrat Sala, HR", "Pere Casals, direction"))
    g.must_not_appear += [site, "galetes", contact, f"The company{short}",
                          "Development in the residenceWho"]
    return ["Google Translate · Catalan ▸ English",
            f"{site}   Search offers   Companies   Salaries",
            "This web uses galetes.   [Configura]   [D'acord]",
            f"Home › Sanitat › {comarca}",
            f"{local} · {job.upper()}",
            f"{printed} · {town} ({comarca}) · SBA: {_dot(sba)} € in 14 pays",
            "[Guardar oferta]   [Compartir]",
            f"The company{short} belongs to {group}. Activity: {activity}.",
            "Functions",
            *(f"- {f}" for f in functions),
            "Requirements",
            *(f"- {n}" for n in needs),
            f"- {_cap(cert)} (indispensable)",
            f"- {_cap(idiom)}",
            "We offer",
            f"- Gross per pay of {_dot(per_pay)} € (14 pays)",
            f"- Plus of nocturnity of {_comma(night)} € per month and plus of weekend of "
            f"{_comma(weekend)} € per weekend; dietes of {_comma(dietes)} € per day of trip",
            f"- Summer replacements without the title: {_dot(summer)} € gross per month",
            f"Development in the residenceWho wants can arrive to {nxt.lower()} ({nxt_ca}); some "
            f"went over to {lateral.lower()}. Others came to us from {came.lower()}.",
            f"Salaries on {site}",
            f"{job}, {comarca}: median {_dot(median)} € gross per year",
            f"The majority of the offers: between {_dot(band[0])} and {_dot(band[1])} €",
            f"A {nxt.lower()} is around {_dot(around)} €.",
            f"Only 5% of the offers pass {_dot(share)} €.",
            f"Contact: {contact}",
            "Similar offers",
            f"{s1} · Girona · {_dot(other)} € per year",
            f"{cut} · Figueres · 17.",
            f"{convene} · Manlleu · to convene",
            f"© {site} 2026"]


# --------------------------------------------------------------------------------------
# H-1B labour condition application disclosure data
# --------------------------------------------------------------------------------------
# (the title (the role), the SOC line (`optional`), skills, the Principal rung, another
#  title's row (a move in), a lateral title, five filers (Title Case), four worksites (city,
#  county for the prevailing wage))
_LCASEARCH = (
    ("Actuarial Analyst", "SOC 15-2011 Actuaries",
     ("Prophet", "SQL", "Python", "Loss reserving", "Experience studies"),
     "Principal Actuarial Analyst", "Pricing Analyst", "Risk Analyst",
     ("Fairmount Mutual Insurance Co", "Bellrock Reinsurance Services Inc",
      "Greywater Actuarial Consulting LLC", "Pinecrest Life Assurance Company",
      "Arbor Claims Analytics LLC"),
     (("Hartford, CT", "Hartford County"), ("Des Moines, IA", "Polk County"),
      ("Chicago, IL", "Cook County"), ("Omaha, NE", "Douglas County"))),
    ("Geotechnical Engineer", "SOC 17-2051 Civil Engineers",
     ("PLAXIS", "gINT", "Slope stability analysis", "Settlement analysis", "AutoCAD Civil 3D"),
     "Principal Geotechnical Engineer", "Engineering Geologist", "Dam Safety Engineer",
     ("Stonefield Geoconsultants Inc", "Barrow & Kyle Engineering PC",
      "Redcliff Ground Engineering LLC", "Tidewater Foundations Inc",
      "Lakeshore Subsurface Group LLC"),
     (("Denver, CO", "Denver County"), ("Seattle, WA", "King County"),
      ("Houston, TX", "Harris County"), ("Sacramento, CA", "Sacramento County"))),
)


def _lcasearch(rng: random.Random, g: Guide) -> list[str]:
    """A salary database's search result for one title: the site menu, search box, breadcrumb,
    source note, export links, pagination, "related searches" and footer (chrome), summary
    statistics (the median and average the role's points, the 25th and 75th percentiles no
    band), a pipe table of filings (EMPLOYER | JOB TITLE | BASE SALARY | LOCATION | dates |
    CASE STATUS: each row of the role the role's own with its worksite, whatever the status;
    an "II" row at level II, Senior and Principal rows at their level, another title's row
    theirs), the prevailing wage at four levels (no pay), the filers by name (employers), city
    medians (points with the city), medians by title (the role's and the Senior's points) and
    career notes (skills, a path, a move in and a lateral move)."""
    (job, soc, skills, principal, came, lateral, firms, places) = rng.choice(_LCASEARCH)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[job, senior, principal], transitions=[lateral], moves_in=[came])
    g.employers = list(firms)
    for firm in firms:
        g.printed_employers[firm] = firm.upper()
    _facts(g, skills, [], [], [soc, f"{job} II", "master's degree in a quantitative field"])
    base = rng.randrange(80000, 100000, 500)
    rows: list[tuple[str, str, str, str]] = []
    statuses = ["CERTIFIED", "CERTIFIED", "CERTIFIED-WITHDRAWN", "DENIED", "CERTIFIED",
                "CERTIFIED", "CERTIFIED", "CERTIFIED"]
    own = (firms[0], firms[1], firms[3], firms[4])  # firms[2] files the Senior and other rows
    for i, (firm, (city, _)) in enumerate(zip(own, places, strict=True)):
        pay = base + rng.randrange(-8000, 12000, 250)
        _salary(g, pay, pay, "USD", region=city)
        rows.append((firm, job, _k(pay), city))
        if i == 1:
            two = (pay + rng.randrange(6000, 10000, 500), pay + rng.randrange(16000, 24000, 500))
            _salary(g, *two, "USD", level="II", region=city)
            rows.append((firm, f"{job} II", f"{_k(two[0])} - {_k(two[1])}", city))
    sen = base + rng.randrange(24000, 34000, 250)
    _salary(g, sen, sen, "USD", level="Senior", region=places[2][0])
    rows.insert(2, (firms[2], senior, _k(sen), places[2][0]))
    prin = (base + rng.randrange(50000, 60000, 1000), base + rng.randrange(66000, 76000, 1000))
    _salary(g, *prin, "USD", level="Principal", region=places[1][0])
    rows.insert(4, (firms[1], principal, f"{_k(prin[0])} - {_k(prin[1])}", places[1][0]))
    other = base + rng.randrange(-6000, 4000, 500)
    _salary(g, other, other, "USD", belongs_to=came, region=places[2][0])
    rows.append((firms[2], came, _k(other), places[2][0]))
    median = int(_no_pay(g, base + rng.randrange(1000, 5000, 100), 100))
    _salary(g, median, median, "USD", point=True)
    average = int(_no_pay(g, median + rng.randrange(600, 3000, 10), 10))
    _salary(g, average, average, "USD", point=True)
    cities = []
    for city, _ in places[:3]:  # (a figure printed twice would be one fact: kept apart)
        value = int(_no_pay(g, base + rng.randrange(-4000, 9000, 100), 100))
        _salary(g, value, value, "USD", point=True, region=city)
        cities.append((city, value))
    by_title = (int(_no_pay(g, base - rng.randrange(500, 2500, 100), 100)), 0)
    _salary(g, by_title[0], by_title[0], "USD", point=True)
    by_title = (by_title[0], int(_no_pay(g, sen + rng.randrange(-2000, 2000, 100), 100)))
    _salary(g, by_title[1], by_title[1], "USD", point=True, level="Senior")
    p25 = int(_no_pay(g, base - rng.randrange(9000, 14000, 100), 100))
    p75 = int(_no_pay(g, base + rng.randrange(18000, 24000, 100), 100))
    levels = [int(_no_pay(g, base - 20000 + i * rng.randrange(13000, 15000, 1), 7))
              for i in range(4)]
    site = rng.choice(("SponsorWageData.info", "LCAsalaryfinder.com"))
    g.must_not_appear += [site, "Export CSV", "Related searches", places[0][1]]
    return [f"{site}  |  H-1B Wage Search  |  PERM Data  |  Top Sponsors  |  Log in",
            f"Search: [ title: {job.lower()} ]  [ employer ]  [ city ]  [ year: 2026 ▾ ]  [ GO ]",
            f"Home > H-1B Wage Search > \"{job.upper()}\" > 2026",
            "",
            f"H-1B wages offered for {job} (2026)",
            "Data: LCA disclosure files of the U.S. Department of Labor (OFLC), fiscal year 2026. "
            "Wages are what the employers offered in the applications, not what was paid.",
            f"{rng.randint(40, 190)} filings | Median wage ${_k(median)} | Average wage "
            f"${_k(average)} | 25th percentile ${_k(p25)} | 75th percentile ${_k(p75)}",
            "Export CSV   ·   Copy link   ·   Flag an error",
            "",
            "EMPLOYER | JOB TITLE | OFFERED WAGE | WORKSITE | RECEIVED | BEGIN DATE | CASE STATUS",
            *(f"{firm.upper()} | {title.upper()} | {wage} | {city.upper()} | "
              f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} | 2026-0{rng.randint(1, 9)}-01 | "
              f"{statuses[i]}" for i, (firm, title, wage, city) in enumerate(rows)),
            f"Rows 1-{len(rows)} shown · page 1 of 3 ›",
            "",
            f"Prevailing wage for {soc}, {places[0][1]}: Level I ${_k(levels[0])} | Level II "
            f"${_k(levels[1])} | Level III ${_k(levels[2])} | Level IV ${_k(levels[3])} (the "
            "legal floor, not an offer)",
            f"Filers in these results: {'; '.join(firms)}",
            "Top cities: " + " · ".join(f"{city} (${_k(v)} median)" for city, v in cities),
            "",
            f"Median by title: {job} ${_k(by_title[0])} · {senior} ${_k(by_title[1])}",
            f"Career notes: employers ask for {', '.join(skills)}. The usual path is {job} → "
            f"{senior} → {principal}; many start as {_an(came)}, and some move across to "
            f"{lateral}. Most filers want a master's degree in a quantitative field.",
            f"Related searches: {came} H-1B · {lateral} H-1B · {senior} salary",
            f"© {site} · Not affiliated with the DOL · Privacy"]


# (the title (the role), the SOC line (`optional`), the filer (Title Case), its trade name,
#  the street (chrome), NAICS code and title (a sector), the secondary entity (`optional`),
#  two worksites, the state and its median's region, skills, equipment (`optional`), the Senior
#  and Manager rungs, another title at the filer, the cut title, two other sponsors)
_LCACASE = (
    ("Controls Engineer", "17-2071 Electrical Engineers", "Ridgeway Automation Systems Inc",
     "Ridgeway Controls", "4410 Mill Race Drive", "333922",
     "Conveyor and Conveying Equipment Manufacturing", "Halloway Distribution Centers LLC",
     ("Grand Rapids, MI", "Kalamazoo, MI"), "Michigan",
     ("PLC programming", "Allen-Bradley Studio 5000", "HMI design", "Ladder logic",
      "Electrical schematics"), "servo drives and conveyor sortation lines",
     "Senior Controls Engineer", "Controls Engineering Manager", "Field Service Technician",
     "Project Engineer", ("Kellerman Packaging Machinery Inc", "Oakhurst Robotics LLC")),
    ("Clinical Data Manager", "15-2051 Data Scientists", "Sablewood Clinical Research Inc",
     "Sablewood CRO", "2200 Harbor Point Blvd", "541714",
     "Research and Development in Biotechnology", "Norbrook Oncology Partners LLC",
     ("Durham, NC", "Raleigh, NC"), "North Carolina",
     ("Medidata Rave", "CDISC CDASH", "Data validation plans", "Edit check specification",
      "MedDRA coding"), "eCRF builds and database locks",
     "Senior Clinical Data Manager", "Associate Director, Data Management",
     "Clinical Data Coordinator", "Biostatistician", ("Tarrant BioMetrics Inc",
                                                     "Wrenfield Clinical LLC")),
)


def _lcacase(rng: random.Random, g: Guide) -> list[str]:
    """A disclosure viewer's case detail: the viewer menu, cookie line, breadcrumb, case
    header with number and status, the SOC line, attorney, point of contact and disclaimer
    (chrome), section A's job title "X II" (the role at level II), section C's employer (employs;
    the "Trade Name/DBA" a spelling of it, the address and contact chrome) with its NAICS title
    (a sector), section F's two worksites, the secondary entity (`optional`) and the wage
    "From $a To $b Per Year" (one band, the role's own at II) with the prevailing wage (no pay),
    the matched posting (skills; equipment `optional`; a career path "X I → X II → …": a
    ladder), other filings by the employer (another title's theirs, one cut off), other
    sponsors of the title (employers) and a state median (a point with the state)."""
    (job, soc, firm, dba, street, naics, naics_title, client, (site1, site2), state, skills,
     gear, senior, manager, other_title, cut, (sp1, sp2)) = rng.choice(_LCACASE)
    occupy(g, job, ladder=[job, senior, manager])
    g.employers = [firm, sp1, sp2]
    g.printed_employers[firm] = firm.upper()
    g.more_spellings[firm] = [dba]
    _facts(g, skills, [], [naics_title], [soc, client, gear, f"{job} II", f"{job} I"])
    low = rng.randrange(82000, 98000, 500)
    high = low + rng.randrange(12000, 22000, 500)
    _salary(g, low, high, "USD", level="II")
    other = rng.randrange(60000, 80000, 500)
    _salary(g, other, other, "USD", belongs_to=other_title, region=site1)
    median = low + rng.randrange(2000, 8000, 100)
    _salary(g, median, median, "USD", point=True, region=state)
    prevailing = int(_no_pay(g, low - rng.randrange(3000, 8000, 1), 7))
    viewer = rng.choice(("LCAviewer.net", "H1BCaseFile.org"))
    contact = rng.choice(("Dana Whitlock", "Marcus Ebberly"))
    counsel = rng.choice(("Pryor Lindqvist Immigration LLP", "Ashgrove & Mbeki Immigration PC"))
    case = f"I-200-26{rng.randint(100, 365)}-{rng.randint(100000, 999999)}"
    g.must_not_appear += [viewer, contact, counsel, street, case]
    return [f"{viewer}   Search cases   Employers   Titles   About the data",
            "Cookies help us count visits. [OK]",
            f"Home › Cases › {case}",
            f"Case {case} · H-1B · Status: CERTIFIED · Decision date 0{rng.randint(1, 9)}/2026",
            "",
            "A. Employment-based visa information",
            f"Job title: {job.upper()} II",
            f"SOC: {soc}",
            "Full-time position: Y   ·   Total workers: 1",
            "C. Employer information",
            f"Legal business name: {firm.upper()}",
            f"Trade Name/DBA: {dba}",
            f"Address: {street}, {site1}",
            f"NAICS code: {naics}   ·   NAICS Title: {naics_title}",
            "D. Employer point of contact",
            f"{contact}, HR Business Partner",
            "E. Attorney or agent",
            counsel,
            "F. Employment and wage information",
            f"Worksite 1: {site1}   ·   Worksite 2: {site2}",
            f"Secondary entity: Yes — {client} (client site)",
            f"Wage rate paid: From ${_k(low)} To ${_k(high)} Per Year (both worksites)",
            f"Prevailing wage: ${_k(prevailing)} Per Year, Level II (OES)",
            "H. Declarations — H-1B dependent employer: N   Willful violator: N",
            "",
            "Matched job posting",
            f"{job} II — {firm}",
            "Requirements: " + "; ".join(skills),
            f"You will work on {gear}.",
            f"Career path: {job} I → {job} II → {senior} → {manager}",
            "",
            f"Other filings by {firm}",
            f"{other_title} · {site1} · ${_k(other)} per year",
            f"{cut} · {site2} · $1",
            f"Other sponsors of {job}: {sp1} · {sp2}",
            f"{state} median for {job}: ${_k(median)}",
            "Disclaimer: data as published by the Department of Labor; not legal advice."]


# --------------------------------------------------------------------------------------
# A secondment agreement or letter for one post
# --------------------------------------------------------------------------------------
# (the post (the role), the host's name for it (an alias), the substantive post (a move in,
#  and the return a lateral move), the home council (`optional`), the host (printed, short),
#  objectives (`optional`), person specification (skills), the course (`optional`), another
#  named employer of the work, the sectors as printed, an earlier secondee's move up, a lateral
#  move, the grade words)
_SECAGREE = (
    ("Flood Risk Officer", "Catchment Resilience Officer", "Drainage Engineer",
     "Kennet Vale District Council", ("The Upper Kennet Flood Partnership", "Upper Kennet Flood "
                                      "Partnership"),
     ("review of the multi-agency flood plan", "maintenance of the flood warden network"),
     ("Hydraulic modelling", "Stakeholder engagement", "Report writing"),
     "the Flood and Coast Risk Management course", "Canal and River Trust",
     ("lead local flood authorities", "internal drainage boards", "water companies"),
     "Flood Risk Manager", "Catchment Planner", ("Grade 8", "Grade 9", "Grade 10")),
    ("Community Safety Officer", "Violence Reduction Coordinator", "Housing Officer",
     "Ashby Marsh Borough Council", ("The Marshland Violence Reduction Unit",
                                     "Marshland Violence Reduction Unit"),
     ("delivery of the serious violence duty action plan",
      "coordination of the night-time economy forum"),
     ("Partnership working", "Data analysis", "Project management"),
     "the Crime Prevention course", "Crimestoppers",
     ("police forces", "probation services", "youth offending teams"),
     "Community Safety Manager", "Licensing Officer", ("Grade 7", "Grade 8", "Grade 9")),
)


def _secagree(rng: random.Random, g: Guide) -> list[str]:
    """A council's three-party secondment agreement in a PDF viewer: the viewer bar, marking,
    reference, parties' addresses, signatures, appendices and footer (chrome), the post the
    officer is seconded to (the role; the host's name an alias), the host (employs; the home
    council `optional`), the substantive post (a move in; the return a lateral move), objectives
    (`optional`), the person specification (skills; the course `optional`), pay: the host's
    grade (the role's band at that grade) and the starting point (the role's own), the
    substantive salary and grade range (the substantive post's), the recharge with on-costs and
    standby (no pay), the Senior post's range (the role's own at Senior), earlier secondees'
    moves (up and lateral) and "employed by …" (sectors; a named body an employer)."""
    (job, host_name, home_post, council, (printed, short), objectives, spec, course, body,
     sectors, up, lateral, (home_grade, grade, senior_grade)) = rng.choice(_SECAGREE)
    senior = f"Senior {job}"
    occupy(g, job, leads=[senior, up], moves_in=[home_post], transitions=[home_post, lateral])
    _spell(g, host_name)
    _legal(g, printed, short)
    _facts(g, spec, [body], list(sectors), [*objectives, course, council])
    low = rng.randrange(36000, 42000, 1)
    high = low + rng.randrange(3000, 4000, 1)
    _salary(g, low, high, "GBP", level=grade)
    start = low + rng.randrange(900, 2000, 1)
    _salary(g, start, start, "GBP", level=grade)
    sub = (low - rng.randrange(4000, 6000, 1), low - rng.randrange(1000, 2500, 1))
    _salary(g, sub[1], sub[1], "GBP", belongs_to=home_post, level=home_grade)
    _salary(g, *sub, "GBP", belongs_to=home_post)
    srange = (high + rng.randrange(1000, 2000, 1), high + rng.randrange(4000, 6000, 1))
    _salary(g, *srange, "GBP", level=f"Senior, {senior_grade}")
    standby = int(_no_pay(g, rng.choice((2400, 2750, 3100)), 50))
    oncost = rng.choice((28, 30, 31))
    ref = f"HR/SEC/{rng.randint(100, 999)}"
    signatory = rng.choice(("Claire Odell, Head of HR", "Samir Qureshi, Director of People"))
    g.must_not_appear += [ref, signatory, "OFFICIAL-SENSITIVE"]
    return [f"📄 Secondment_Agreement_{ref.replace('/', '_')}.pdf   1 / 6   ⊖ 100% ⊕   ⤓ 🖶",
            "OFFICIAL-SENSITIVE",
            f"{council.upper()}",
            f"Our ref: {ref}",
            "SECONDMENT AGREEMENT",
            f"This agreement is between (1) {council} (the Employer), (2) {printed} (the Host) "
            "and (3) the Secondee.",
            "1. Post and period",
            f"1.1 The Secondee is seconded to the post of {job} (known at the Host as "
            f"{host_name}) for 18 months.",
            f"1.2 The Secondee's substantive post is {home_post}; at the end the Secondee will "
            "return to the substantive post.",
            "2. Objectives",
            *(f"2.{i} {_cap(o)}" for i, o in enumerate(objectives, 1)),
            "3. Person specification",
            *(f"3.{i} {s}" for i, s in enumerate(spec, 1)),
            f"3.{len(spec) + 1} Desirable: {course}",
            "4. Pay and costs",
            f"4.1 The post is graded {grade} ({_gbp(low)} – {_gbp(high)} a year). The Secondee "
            f"starts at {_gbp(start)}.",
            f"4.2 The substantive salary is {_gbp(sub[1])} ({home_grade}); the substantive grade "
            f"runs {_gbp(sub[0])} – {_gbp(sub[1])}.",
            f"4.3 The Host reimburses the salary with {oncost}% on-costs and a standby allowance "
            f"of {_gbp(standby)} a year, invoiced quarterly.",
            "5. Development",
            f"5.1 The Secondee may apply for the {senior} post ({senior_grade}, {_gbp(srange[0])}"
            f" – {_gbp(srange[1])}).",
            f"5.2 One earlier secondee is now {up}; another moved across to {lateral}.",
            f"5.3 Officers in this work are employed by {', '.join(sectors[:2])} and "
            f"{sectors[2]}; the {body} also employs them.",
            "6. Ending early: any party can stop the arrangement with four weeks' written notice.",
            f"Signed: {signatory}",
            "Appendix A — Host contacts · Appendix B — Objectives",
            f"Page 1 of 6 · {ref}"]


# (the post (the role), its short name (an alias), the home post (a move in; the return a
#  lateral move), the home company (`optional`), the host (printed, short), the group
#  (`optional`), city, duties (`optional`), the host's asks (skills), the Deputy and Group
#  posts, a lateral move, where the host recruits from (`optional`))
_SECLETTER = (
    ("Operational Risk Manager", "ORM", "Senior Risk Analyst", "Harbourline Bank UK plc",
     ("Harbourline Bank Luxembourg S.A.", "Harbourline Bank Luxembourg"), "Harbourline Group",
     "Luxembourg", ("the risk and control self-assessment", "the loss event reporting"),
     ("Operational risk frameworks", "Scenario analysis", "Key risk indicators", "French"),
     "Deputy Operational Risk Manager", "Group Operational Risk Manager", "Internal Auditor",
     "risk teams of banks and insurers"),
    ("Payments Compliance Officer", "PCO", "Compliance Analyst", "Vantor Bank UK Ltd",
     ("Vantor Bank Malta plc", "Vantor Bank Malta"), "Vantor Financial Group", "Valletta",
     ("the payments screening reviews", "the regulatory returns on payment fraud"),
     ("Sanctions screening", "Transaction monitoring", "PSD2", "Stakeholder management"),
     "Deputy Payments Compliance Officer", "Group Payments Compliance Officer",
     "Financial Crime Investigator", "compliance teams of payment institutions"),
)


def _secletter(rng: random.Random, g: Guide) -> list[str]:
    """A bank's intra-group secondment letter by e-mail: mail headers, sensitivity line,
    signature, registration lines and buttons (chrome), the host position (the role; its short
    name an alias), the host (employs; the home company and group `optional`), duties
    (`optional`) and the host's asks (skills), pay: the home salary suspended (the home post's,
    a move in), the host band and base (the role's own at the band, with the city), the monthly
    gross (the same pay), bonus, cost-of-living and housing allowances, relocation and tax
    equalisation (no pay), the Deputy's and Group posts' bands (theirs), the return to the home
    post and an earlier secondee's moves, and where the host recruits from (`optional`)."""
    (job, short_name, home_post, home, (printed, short), group, city, duties, asks, deputy,
     group_post, lateral, recruits) = rng.choice(_SECLETTER)
    occupy(g, job, leads=[group_post], moves_in=[home_post], transitions=[home_post, lateral])
    _spell(g, short_name)
    _legal(g, printed, short)
    _facts(g, asks, [], [], [*duties, home, group, recruits])
    low = rng.randrange(80000, 96000, 1000)
    high = low + rng.randrange(18000, 26000, 1000)
    _salary(g, low, high, "EUR", level="Band D", region=city)
    base = low + rng.randrange(2000, 8000, 500)
    _salary(g, base, base, "EUR", level="Band D")
    home_pay = rng.randrange(62000, 76000, 1000)
    _salary(g, home_pay, home_pay, "GBP", belongs_to=home_post, level="Band C")
    dep = (low - rng.randrange(16000, 20000, 1000), low - rng.randrange(1000, 4000, 1000))
    _salary(g, *dep, "EUR", belongs_to=deputy, level="Band C", region=city)
    grp = (high + rng.randrange(4000, 10000, 1000), high + rng.randrange(30000, 40000, 1000))
    _salary(g, *grp, "GBP", belongs_to=group_post, level="Band E", region="London")
    monthly = _no_pay(g, round(base / 12, 2), 1)
    col = int(_no_pay(g, rng.choice((900, 1100, 1250)), 50))
    housing = int(_no_pay(g, rng.choice((1800, 2100, 2400)), 50))
    relocation = int(_no_pay(g, rng.choice((12000, 15000)), 500))
    bonus = rng.choice((15, 20))
    sender = rng.choice(("Fiona Ashcombe", "Tobias Verhoeven"))
    g.must_not_appear += [sender, "Sensitivity: Confidential", "Reply all"]
    return [f"From: {sender} <{sender.split()[0].lower()}@{short.split()[0].lower()}.example>",
            "To: the secondee   Cc: Group Mobility",
            f"Subject: Your secondment to {short} — {job}",
            "Sensitivity: Confidential",
            "",
            "Dear colleague,",
            f"I am pleased to confirm your secondment from your post as {home_post} at {home} to "
            f"the position of {job} ({short_name}) at {printed}, {city}, a member of {group}.",
            "The role",
            f"You will own {duties[0]} and {duties[1]}. {short} asks for:",
            *(f"• {a}" for a in asks),
            "Pay and benefits",
            f"• Your home salary of {_gbp(home_pay)} (Band C) is paused while you are away.",
            f"• The host band is Band D, {_eur(low)} – {_eur(high)} in {city}; your base salary "
            f"will be {_eur(base)} a year ({_eur(monthly)} gross a month).",
            f"• Bonus: up to {bonus}% under the host's plan. Cost-of-living allowance "
            f"{_eur(col)} a month; housing allowance {_eur(housing)} a month.",
            f"• Relocation support of {_eur(relocation)} and tax equalisation with a shadow "
            "payroll.",
            f"• For reference: {deputy} is Band C ({_eur(dep[0])} – {_eur(dep[1])}); "
            f"{group_post} is Band E in London ({_gbp(grp[0])} – {_gbp(grp[1])}).",
            "After the secondment",
            f"You will return to your post as {home_post}. An earlier secondee became "
            f"{group_post}; another moved across to {lateral}.",
            f"{short} usually recruits this post from {recruits}.",
            "Please reply to accept by Friday.",
            f"Kind regards, {sender}, Group Mobility",
            f"{printed} is regulated by its home supervisor. Registered office in {city}.",
            "[Reply]   [Reply all]   [Forward]"]


# --------------------------------------------------------------------------------------
# A resume scanner's match report of one resume against one job ad
# --------------------------------------------------------------------------------------
# (the ad's title (the role), the ad's employer (printed, short), industry (a sector), town,
#  the skills the ad uses, the skills only in the resume (`optional`), the candidate's title
#  and employer (`optional`), similar titles (`optional`), the path's next rungs, another
#  scan's title and company (`optional`))
_SCANAPP = (
    ("Payroll Specialist", ("Ferncliff Home Goods, Inc.", "Ferncliff Home Goods"),
     "home furnishings retail", "Columbus, OH",
     ("ADP Workforce Now", "Multi-state payroll", "Garnishments", "Payroll tax filing",
      "Excel"), ("Kronos", "Customer service"), ("Payroll Clerk", "Benchmark Staffing"),
     ("Payroll Administrator", "Payroll Analyst"), ("Senior Payroll Specialist",
                                                    "Payroll Manager"),
     ("Benefits Specialist", "Northgate Outfitters")),
    ("Supply Chain Analyst", ("Tamsin Beverage Co.", "Tamsin Beverage"),
     "beverage manufacturing", "Milwaukee, WI",
     ("SAP APO", "Demand forecasting", "Inventory optimization", "SQL", "Power BI"),
     ("Tableau", "Cycle counting"), ("Inventory Coordinator", "Lakeview Distribution"),
     ("Demand Planner", "Inventory Analyst"), ("Senior Supply Chain Analyst",
                                               "Supply Chain Manager"),
     ("Procurement Analyst", "Harlow Foods")),
)


def _scanapp(rng: random.Random, g: Guide) -> list[str]:
    """A resume scanner web app's scan page: app menu, scan header, file names, match rate,
    sub-scores, searchability, recruiter tips, plan and upgrade lines and footer (chrome), a
    hard-skills table "Skill | Resume | Job description" with counts (the ad's skills by name;
    a zero in the job column: only in the resume, `optional`), the candidate's title, employer
    and salary expectation (`optional` or nothing), the tool's salary insight (range and median:
    the role's own), similar titles (`optional`), "where this job leads" (a ladder), the pasted
    job ad (its employer employs, its industry a sector, its posted range the role's own, the
    bonus no pay) and other scans (another title's pay theirs; its company `optional`)."""
    (job, (printed, short), industry, town, skills, resume_only, (cand_title, cand_firm),
     similar, (senior, manager), (other_title, other_firm)) = rng.choice(_SCANAPP)
    occupy(g, job, ladder=[job, senior, manager])
    _legal(g, printed, short)
    _facts(g, skills, [], [industry], [*resume_only, cand_title, cand_firm, *similar,
                                       other_firm])
    low = rng.randrange(52000, 66000, 1000)
    high = low + rng.randrange(8000, 14000, 1000)
    _salary(g, low, high, "USD", region=town)
    est = (low - rng.randrange(3000, 6000, 500), high + rng.randrange(3000, 8000, 500))
    _salary(g, *est, "USD")
    median = (est[0] + est[1]) // 2 + 250
    _salary(g, median, median, "USD", point=True)
    other = rng.randrange(56000, 72000, 500)
    _salary(g, other, other, "USD", belongs_to=other_title)
    expectation = int(_no_pay(g, high + rng.randrange(4000, 8000, 1000), 1000))
    bonus = rng.choice((5, 8, 10))
    app = rng.choice(("HireMatch", "ScanMyCV"))
    rate = rng.randint(52, 88)
    g.must_not_appear += [app, f"{rate}% match", "Upgrade to Premium"]
    counts = [(s, rng.randint(0, 3), rng.randint(1, 4)) for s in skills]
    return [f"{app}   Dashboard   New scan   Scan history   Upgrade to Premium",
            f"Scan #{rng.randint(10000, 99999)} · resume_{cand_title.split()[0].lower()}.pdf vs "
            f"\"{job}\" job description",
            f"Match rate: {rate}% match   ·   Hard skills {rng.randint(40, 90)}%   ·   Soft skills "
            f"{rng.randint(40, 90)}%   ·   Formatting {rng.randint(60, 100)}%",
            "Searchability",
            f"✓ Job title found: your resume says {cand_title} at {cand_firm}",
            "Hard skills",
            "Skill | Resume | Job description",
            *(f"{s} | {r} | {d}" for s, r, d in counts),
            *(f"{s} | {rng.randint(1, 3)} | 0" for s in resume_only),
            "Recruiter tips",
            f"• You ask for ${_k(expectation)}; keep the expectation off the resume.",
            f"Salary insight for {job}",
            f"Estimated range ${_k(est[0])} – ${_k(est[1])} · median ${_k(median)}",
            f"Similar titles people also search: {', '.join(similar)}",
            f"Where this job leads: {job} → {senior} → {manager}",
            "Job description (pasted)",
            f"{job} — {printed} — {town}",
            f"{short} is a {industry} company with 40 stores in the region.",
            f"Pay: ${_k(low)} – ${_k(high)} a year plus an annual bonus up to {bonus}%.",
            "Requirements: " + ", ".join(skills) + ".",
            "Other scans you may want to run",
            f"{other_title} · {other_firm} · ${_k(other)} a year",
            f"© {app} 2026 · Plans · Privacy"]


# (the ad's title (the role), the ad's employer (printed, short), industry (a sector), site,
#  the keywords the ad uses, resume-only keywords (`optional`), missing certifications
#  (`optional`), the candidate's title (`optional`), the moves in of the scanner's tip, the
#  career path's rungs and the two tops, the sideways move, an "also hiring" title, the cut one)
_SCANTEXT = (
    ("Maintenance Electrician", ("Brackwater Paper Mills LLC", "Brackwater Paper Mills"),
     "pulp and paper manufacturing", "Longview, WA",
     ("Motor controls", "VFDs", "Troubleshooting", "Conduit bending", "Arc flash safety"),
     ("Residential wiring",), ("Journeyman electrician licence", "OSHA 30"), "Apprentice",
     ("Industrial mechanics", "Electrician's helpers"),
     ("Lead Maintenance Electrician", ("Maintenance Supervisor", "Reliability Engineer")),
     "Instrumentation Technician", "Millwright", "Boiler Operator"),
    ("Wastewater Operator", ("Clearwell Utility District", "Clearwell Utility District"),
     "water and wastewater utilities", "Boise, ID",
     ("Activated sludge", "SCADA", "Lab sampling", "Pump maintenance", "Process control"),
     ("Pool maintenance",), ("Grade II wastewater licence", "CDL Class B"), "Operator in training",
     ("Water distribution workers", "Plant laborers"),
     ("Senior Wastewater Operator", ("Chief Plant Operator", "Plant Superintendent")),
     "Water Quality Technician", "Collections Technician", "Pretreatment Inspector"),
)


def _scantext(rng: random.Random, g: Guide) -> list[str]:
    """A plain-text ATS compatibility report: the report header, file and ad lines, scores and
    footer (chrome), a keyword table "found / not found" (the ad's skills by name, found or
    not), resume-only keywords and missing certifications (`optional`), the scanner's guess
    (`optional`) with its tip "X and Y often move into …" (moves in), the cleaned ad (employer,
    industry: a sector, hourly pay (the role's own) with "about $N a year with scheduled
    overtime" (the same pay), the shift differential and incentive (no pay), a career path with
    "or" naming two tops (a ladder), a sideways move (lateral), "also hiring" (another title's
    rate theirs, one cut off)) and market data with a one-sided top 10 %."""
    (job, (printed, short), industry, place, keywords, resume_only, certs, cand, (came1, came2),
     (lead, (top1, top2)), sideways, also, cut) = rng.choice(_SCANTEXT)
    occupy(g, job, ladder=[job, lead, top1], leads=[top2], transitions=[sideways],
           moves_in=[came1, came2])
    _legal(g, printed, short)
    _facts(g, keywords, [], [industry], [*resume_only, *certs, cand])
    rate = rng.randrange(3100, 4300, 5) / 100
    _salary(g, rate, rate, "USD", period="hour", region=place)
    other = round(rate + rng.randrange(-400, 300, 5) / 100, 2)
    _salary(g, other, other, "USD", period="hour", belongs_to=also)
    market = (round(rate - rng.randrange(300, 600, 5) / 100, 2),
              round(rate + rng.randrange(200, 500, 5) / 100, 2))
    _salary(g, *market, "USD", period="hour")
    yearly = int(_no_pay(g, round(rate * 2080 * 1.15, -3), 1000))
    diff = _no_pay(g, rng.choice((1.5, 2.0, 2.25)), 0.25)
    incentive = int(_no_pay(g, rng.choice((1500, 2000, 2500)), 500))
    top = _no_pay(g, round(market[1] + rng.randrange(300, 600, 5) / 100, 2), 0.5)
    tool = rng.choice(("cvcheck.io", "atsgrade.app"))
    found = [k for i, k in enumerate(keywords) if i % 2 == 0]
    g.must_not_appear += [tool, "ATS COMPATIBILITY REPORT"]
    return [f"===== ATS COMPATIBILITY REPORT · {tool} =====",
            f"Resume file: cv_{rng.randint(1000, 9999)}.docx",
            f"Job ad: {job} / {short} / {place}",
            f"Overall score: {rng.randint(45, 85)}/100   Keywords: {len(found)}/{len(keywords)}",
            "",
            "KEYWORDS FROM THE JOB AD",
            *(f"  {k:<24} {'found' if k in found else 'NOT FOUND'}" for k in keywords),
            "ONLY IN YOUR RESUME (not in the ad)",
            *(f"  {k}" for k in resume_only),
            "CERTIFICATIONS THE AD MENTIONS THAT YOUR RESUME LACKS",
            *(f"  {c}" for c in certs),
            "",
            f"WHAT THE SCANNER THINKS YOU ARE: {cand}",
            f"Tip: {came1} and {came2} often move into {job} roles; lead with your plant "
            "experience.",
            "",
            "THE JOB AD (cleaned)",
            f"{job} — {printed}, {place}",
            f"{short} works in {industry}.",
            f"Pay: ${rate:.2f}/hr (about ${_k(yearly)} a year with scheduled overtime); "
            f"${diff:.2f}/hr shift differential on nights; ${_k(incentive)} safety incentive a "
            "year.",
            "Qualifications: " + "; ".join(keywords),
            f"Career path: {job} → {lead} → {top1} or {top2}. Sideways move: {sideways}.",
            "Also hiring:",
            f"  {also} — ${other:.2f}/hr",
            f"  {cut} — $2",
            "",
            f"MARKET DATA: most {_plural(job)} near {place} earn ${market[0]:.2f} – "
            f"${market[1]:.2f}/hr; the top 10% earn more than ${top:.2f}/hr.",
            f"===== end of report · {tool} ====="]


# --------------------------------------------------------------------------------------
# A job seeker's application tracker board for one target role
# --------------------------------------------------------------------------------------
# (the target role, the "same job" title (an alias), the owner's current title (a move in),
#  skills to brush up, firms for the role's cards with places and sectors, the Senior card's
#  firm, place and sector, the alias card's firm and place, another title and its firm
#  (`optional`), the ladder's top, a lateral move, interview questions (`optional`))
_TRACKKANBAN = (
    ("Site Reliability Engineer", "Production Engineer", "Systems Administrator",
     ("Kubernetes", "Terraform", "Prometheus", "Incident response", "Go"),
     (("Larkspur Payments", "Denver, CO", "Fintech"), ("Oxbow Streaming", "Remote-US",
                                                      "Media streaming")),
     ("Fennimore Logistics", "Boulder, CO", "Logistics software"),
     ("Quarry Labs", "Remote"), ("Platform Engineer", "Juniper Mobility"),
     "Staff Site Reliability Engineer", "Cloud Architect",
     ("design a rate limiter", "explain a postmortem you wrote")),
    ("Product Designer", "UX Designer", "Graphic Designer",
     ("Figma", "User research", "Prototyping", "Design systems", "Accessibility"),
     (("Wrenbird Health", "Portland, OR", "Digital health"), ("Copperleaf Travel", "Remote-US",
                                                              "Travel technology")),
     ("Brightmoor Learning", "Seattle, WA", "Education technology"),
     ("Tallowtree Studio", "Remote"), ("Content Designer", "Ninebark Foods"),
     "Design Lead", "Product Manager",
     ("walk through a case study", "critique an onboarding flow")),
)


def _trackkanban(rng: random.Random, g: Guide) -> list[str]:
    """A kanban application tracker exported as text: the app menu, board name, export line,
    stage headings, dates, metrics, next-step lines and footer (chrome), the goal (the role),
    the owner's current title and pay (a move in; its pay theirs), target comp (no pay), skills
    to brush up (skills), cards in stage columns (the role's at several firms with pay and place:
    employers, the role's own with the place, "Industry:" tags sectors; the Senior card at
    Senior; a "same job" card: an alias, its pay the role's own; another title's card theirs, its
    firm `optional`), interview notes with level bands (L2, L3 (Senior): the role's own) and a
    ladder, an offer's base (the role's own; sign-on, RSUs and bonus no pay) and a total-comp
    median (no pay)."""
    (job, same_job, current, skills, cards, (sfirm, splace, ssector), (afirm, aplace),
     (other_title, other_firm), top, lateral, questions) = rng.choice(_TRACKKANBAN)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[job, senior, top], transitions=[lateral], moves_in=[current])
    _spell(g, same_job)
    _facts(g, skills, [*(c[0] for c in cards), sfirm, afirm],
           [*(c[2] for c in cards), ssector], [other_firm, *questions])
    pays = []
    for _firm, place, _sector in cards:
        low = rng.randrange(110000, 140000, 1000)
        high = low + rng.randrange(15000, 30000, 1000)
        _salary(g, low, high, "USD", region=place)
        pays.append((low, high))
    slow = rng.randrange(150000, 165000, 1000)
    shigh = slow + rng.randrange(20000, 30000, 1000)
    _salary(g, slow, shigh, "USD", level="Senior", region=splace)
    alow = rng.randrange(112000, 135000, 1000)
    ahigh = alow + rng.randrange(15000, 25000, 1000)
    _salary(g, alow, ahigh, "USD", region=aplace)
    olow = rng.randrange(100000, 125000, 1000)
    _salary(g, olow, olow, "USD", belongs_to=other_title)
    l2 = (rng.randrange(115000, 130000, 1000), rng.randrange(140000, 150000, 1000))
    _salary(g, *l2, "USD", level="L2")
    l3 = (l2[1] + rng.randrange(1000, 5000, 1000), l2[1] + rng.randrange(25000, 35000, 1000))
    _salary(g, *l3, "USD", level="L3 (Senior)")
    offer = rng.randrange(125000, 140000, 500)
    _salary(g, offer, offer, "USD")
    now = rng.randrange(85000, 100000, 1000)
    _salary(g, now, now, "USD", belongs_to=current)
    target = int(_no_pay(g, offer + rng.randrange(10000, 20000, 1000), 1000))
    signon = int(_no_pay(g, rng.choice((10000, 15000, 20000)), 1000))
    rsu = int(_no_pay(g, rng.choice((60000, 80000, 100000)), 1000))
    total = int(_no_pay(g, l3[1] + rng.randrange(20000, 40000, 1000), 1000))
    app = rng.choice(("Trackr", "HuntBoard Pro"))
    board = f"{job} search 2026"
    g.must_not_appear += [app, board, "Export as text"]
    card = "  [{0}] {1} · {2} · ${3} – ${4} · Industry: {5}"
    return [f"{app}   Boards   Contacts   Calendar   Settings",
            f"Board: {board}   ·   Export as text   ·   exported 0{rng.randint(1, 9)}/12/2026",
            f"Goal: land a {job} role by March",
            f"Now: {current}, ${_k(now)} base. Target comp ${_k(target)}.",
            "Brush up: " + ", ".join(skills),
            "",
            "── WISHLIST ──",
            card.format(cards[1][0], job, cards[1][1], _k(pays[1][0]), _k(pays[1][1]),
                        cards[1][2]),
            f"  [{other_firm}] {other_title} · ${_k(olow)} · (backup, not the target)",
            "── APPLIED ──",
            card.format(cards[0][0], job, cards[0][1], _k(pays[0][0]), _k(pays[0][1]),
                        cards[0][2]),
            f"  [{afirm}] {same_job} · {aplace} · ${_k(alow)} – ${_k(ahigh)} · basically the same "
            "job, different title",
            "── INTERVIEWING ──",
            card.format(sfirm, senior, splace, _k(slow), _k(shigh), ssector),
            f"    notes: recruiter said L2 is ${_k(l2[0])} – ${_k(l2[1])}, L3 (Senior) "
            f"${_k(l3[0])} – ${_k(l3[1])}; questions: {questions[0]}; {questions[1]}",
            f"    path there: {job} → {senior} → {top}; some go across into {lateral}",
            "── OFFER ──",
            f"  [{cards[0][0]}] base ${_k(offer)} · sign-on ${_k(signon)} · RSUs ${_k(rsu)} "
            "(4-year vest) · bonus target 10%",
            "── REJECTED ──",
            "  (none yet)",
            f"Metrics: {rng.randint(12, 40)} applied · {rng.randint(2, 9)} screens · 1 offer",
            f"Levels note: total comp median for {job} ${_k(total)} (stock included)",
            f"{app} · free plan"]


# (the target role, the "same job" title (an alias), the owner's current title (a move in),
#  the checklist's skills, two firms for the role with regions and sectors, the Senior card's
#  firm and region, the alias card's firm and region, another title and its firm (`optional`),
#  the umbrella company (`optional`), the recruiter (`optional`), the ladder's two slash rungs,
#  a lateral move, a therapy-area word (`optional`), a sector of the calls)
_TRACKNOTES = (
    ("Clinical Research Associate", "Site Monitor", "Research Nurse",
     ("ICH-GCP", "Source data verification", "Risk-based monitoring", "Site management"),
     (("Corbel Trials Ltd", "South East", "Contract research"),
      ("Halyard Pharma UK Ltd", "Midlands", "Pharmaceuticals")),
     ("Peregrine Oncology Ltd", "London"), ("Marlowe BioSciences", "North West"),
     ("Clinical Trial Assistant", "Everleigh Medical"), "Lanyard Umbrella Services",
     "Fairhaven Life Science Recruitment", ("Lead CRA", "Clinical Project Manager"),
     "Clinical Trial Manager", "oncology", "Medical devices"),
    ("Field Service Engineer", "Customer Engineer", "Biomedical Technician",
     ("Fault finding", "PLC diagnostics", "Preventive maintenance", "Customer communication"),
     (("Orrin Imaging UK Ltd", "Scotland", "Medical imaging"),
      ("Kestwell Packaging Systems", "Yorkshire", "Packaging machinery")),
     ("Drayford Lab Instruments", "London"), ("Tollbridge Analytical", "East Anglia"),
     ("Service Coordinator", "Marsh End Engineering"), "Beacon Umbrella Ltd",
     "Gearstone Technical Recruitment", ("Senior Field Service Engineer / Service Team Leader",
                                         "Service Manager"),
     "Applications Specialist", "imaging", "Laboratory equipment"),
)


def _tracknotes(rng: random.Random, g: Guide) -> list[str]:
    """A notes-app database page tracking applications: breadcrumb, edit line, status, next
    step, archive and footer (chrome), the target (the role), the owner's current post and plan
    (a move in; its pay theirs), a skills checklist (skills, ticked or not), a table "Company |
    Role | Area | Region | Salary | Car allowance | Status | Notes" (the role's rows: employers,
    the role's own pay with the region, "Industry" cells sectors; the Senior row at Senior; a
    "same job" row: an alias, its pay the role's own; a contract day rate through an umbrella at
    Contract; another title's row theirs; car allowances no pay; the area words `optional`),
    informational calls (a ladder with a slash rung, a lateral move, sectors) and a survey's
    average base (the role's own point)."""
    (job, same_job, current, checklist, rows, (sfirm, sregion), (afirm, aregion),
     (other_title, other_firm), umbrella, recruiter, (rung1, rung2), lateral, area,
     call_sector) = rng.choice(_TRACKNOTES)
    senior = f"Senior {job}"
    if "/" in rung1:  # "A / B": two complete titles, two rungs
        first, second = (r.strip() for r in rung1.split("/"))
        ladder = [job, first, second, rung2]
    else:
        ladder = [job, rung1, rung2]
    occupy(g, job, ladder=ladder, transitions=[lateral], moves_in=[current])
    _spell(g, same_job)
    _facts(g, checklist, [*(r[0] for r in rows), sfirm, afirm],
           [*(r[2] for r in rows), call_sector], [other_firm, umbrella, recruiter, area])
    lines = []
    for firm, region, sector in rows:
        low = rng.randrange(36000, 44000, 500)
        high = low + rng.randrange(4000, 8000, 500)
        _salary(g, low, high, "GBP", region=region)
        lines.append((firm, job, sector, region, f"{_gbp(low)} – {_gbp(high)}"))
    slow = rng.randrange(46000, 52000, 500)
    _salary(g, slow, slow + rng.randrange(5000, 8000, 500), "GBP", level="Senior",
            region=sregion)
    shigh = int(g.salaries[-1]["max"])
    alow = rng.randrange(37000, 45000, 500)
    _salary(g, alow, alow, "GBP", region=aregion)
    day = rng.randrange(240, 340, 5)
    _salary(g, day, day, "GBP", period="day", level="Contract")
    other = rng.randrange(28000, 34000, 500)
    _salary(g, other, other, "GBP", belongs_to=other_title)
    now = rng.randrange(33000, 38000, 500)
    _salary(g, now, now, "GBP", belongs_to=current)
    survey = int(_no_pay(g, rng.randrange(41000, 46000, 100), 100))
    _salary(g, survey, survey, "GBP", point=True)
    car = int(_no_pay(g, rng.choice((4800, 5400, 6000)), 100))
    share = rng.choice((60, 70, 75))
    notes = rng.choice(("Notebook", "Workspace"))
    g.must_not_appear += [f"Last edited by me · {notes}", "Archive (closed)"]
    return [f"{notes} / Job hunt / {job} tracker",
            f"Last edited by me · {notes} · 0{rng.randint(1, 9)} Dec",
            f"🎯 Target: {job}",
            f"Current: {current} at £{_k(now)}. Plan: {current} → {job} within six months.",
            "Skills checklist",
            *(f"[{'x' if i % 2 else ' '}] {c}" for i, c in enumerate(checklist)),
            "",
            "Company | Role | Area | Region | Salary | Car allowance | Status | Notes",
            *(f"{firm} | {title} | {area} | {region} | {pay} | {_gbp(car)} | Applied | "
              f"Industry: {sector}" for firm, title, sector, region, pay in lines),
            f"{sfirm} | {senior} | {area} | {sregion} | {_gbp(slow)} – {_gbp(shigh)} | car | "
            "Interview | stretch",
            f"{afirm} | {same_job} | {area} | {aregion} | {_gbp(alow)} | — | Applied | = {job} "
            "by another name",
            f"{recruiter} | {job} (contract) | {area} | Remote | {_gbp(day)}/day via "
            f"{umbrella} | — | Screening | contract, outside IR35 check pending",
            f"{other_firm} | {other_title} | — | Remote | {_gbp(other)} | — | Backup | not the "
            "target",
            "",
            "Informational calls",
            f"• Call 1: after {job} the steps are {rung1}, then {rung2}.",
            f"• Call 2: some go across into {lateral}; she came in as {_an(current)}. Most of "
            f"the hiring is in {call_sector.lower()} firms.",
            f"• Survey note: average base for a {job} £{_k(survey)}; {share}% get a car "
            "allowance.",
            "Archive (closed)",
            f"{notes} · shared with nobody"]


(FAMILY51_RENDERERS, FAMILY51_LAYOUTS, FAMILY51_LADDER_LAYOUTS,
 FAMILY51_ALIAS_LAYOUTS) = variant_families({
    "macedonianmt": {"plant": _mkplant, "details": _mkdetails},
    "catalanmt": {"hourly": _cahourly, "yearly": _cayearly},
    "lcadata": {"search": _lcasearch, "case": _lcacase},
    "secondment": {"agreement": _secagree, "letter": _secletter},
    "resumescan": {"app": _scanapp, "text": _scantext},
    "jobtracker": {"kanban": _trackkanban, "notes": _tracknotes},
})
