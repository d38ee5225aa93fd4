"""Generator renderers for the six page families of held-back set 45 (Ukrainian postings ...).

Held-back set 45 showed six more kinds of page users bring: a Ukrainian job posting read
through a browser translator (a farm's posting with "18 000 – 26 000 UAH", season earnings
"up to", per-unit payments and a 13th salary, or a factory's "hot vacancy" with piecework
"from" and a trainees' fixed rate), a Croatian posting read through a translator (a seasonal
coast posting with "2.150,00 € net (gross approx. …)", an off-season rate and a freelance
daily fee, or a hotel posting with a "Key information" pipe table, a trainee's and a
part-time rate and "for comparison" pay), a workplace competency sign-off record (a trust's
document library record with numbered units and pay notes, or a contractor's skills-log app
export with a progress bar and a grade table), a US PERM notice of filing (a restaurant
intranet's notice with an inverted DOL title, a rate of pay and the prevailing wage, or a
school board's internal notice with a salary-schedule range and a staff note), a pension
member guide for one occupation (an adviser's guide with contribution tiers beside the
role's bands, or a county fund's page with FTE ranges by level beside an actual pro-rata
salary) and an employer's recruitment open-day page (an event-ticketing listing with trainee
and qualified bands, or a park's recruitment-day page with hourly rates by age band).  These
renderers write such pages from a planned guide, two variants a family, about occupations
that fit them (occupy()); every fact the truth keeps is printed and what a style does not
state is cleared: a gross equivalent in parentheses is the net pay again, season "up to"
earnings, per-unit payments, 13th salaries, quality bonuses, tips, commissions, Christmas
bonuses, holiday allowances, unsocial hours enhancements, premiums, overtime, stipends,
holiday bonuses, contribution tiers, employers' rates, pensions, tax relief, worked examples,
actual pro-rata pay, welcome payments and end-of-season bonuses stay out of the role's pay,
other titles' figures keep their owners, record and event chrome (status words, people,
agendas, what to bring) are no facts, and funds, advisers and clients employ no one.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, cast

from benchmarks.web_families32 import Item
from benchmarks.web_kit import (
    _an,
    _cents,
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

__all__ = ["FAMILY45_ALIAS_LAYOUTS", "FAMILY45_LADDER_LAYOUTS", "FAMILY45_LAYOUTS",
           "FAMILY45_RENDERERS"]


def _hr(amount: float) -> str:
    """An amount as a Croatian page prints it, dot thousands and decimal comma.

    >>> _hr(2150), _hr(8.5)
    ('2.150,00', '8,50')
    """
    return f"{amount:,.2f}".translate(str.maketrans(",.", ".,"))


def _gbp(amount: float) -> str:
    """Pounds with comma thousands, pence kept: "£24,310", "£12.65"."""
    return f"£{amount:,}" if float(amount).is_integer() else f"£{amount:,.2f}"


def _usd(amount: float) -> str:
    """Dollars with comma thousands, cents kept: "$52,300", "$19.87"."""
    return f"${amount:,}" if float(amount).is_integer() else f"${amount:,.2f}"


# --------------------------------------------------------------------------------------
# A Ukrainian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the posted title (the role), its parenthesis (an alias), the employer (printed 'LLC "…"',
#  short), region and place, what the farm is, the site's category, duties (`optional`),
#  requirements (skills; brands in parentheses too), the licence (`optional`), equipment the
#  farm owns (`optional`), the rung "from" and the later rung, the lateral post and where it
#  is, the move in and where from, the per-unit payment, sectors, the similar vacancy's title
#  and town, the cut vacancy)
_UAFARM = (
    ("Milking machine operator", "Dairy operator",
     ('LLC "Vorskla Moloko Agro"', "Vorskla Moloko Agro"),
     ("Poltava region", "Kobeliaky district, village Bilyky"),
     "2 400 dairy cows in loose housing, its own feed mill and milk cooling station",
     "Livestock farming, dairy",
     ("milking of cows three times a day", "udder preparation and teat dipping",
      "washing of the milking equipment after each milking"),
     (("Work on milking parlours", ("DeLaval", "GEA")), "Recognising signs of mastitis",
      "Herd management software", "Responsibility", "Punctuality"),
     "medical book", ("a rotary parlour for 60 places", "Lely feed pushers"),
     ("Herd master", "Livestock farm manager"), ("Feed mixer operator", "the feed yard"),
     ("Livestock worker", "private households"), ("per ton of milk of the extra grade", "UAH/t"),
     ("Agriculture", "Dairy farming"), ("Calf rearing worker", "Myrhorod"), "Veterinary assis"),
    ("Sprayer operator", "Crop protection machine operator",
     ('LLC "Zolota Nyva Agro"', "Zolota Nyva Agro"),
     ("Kirovohrad region", "Novoukrainka district, village Pomichna"),
     "14 200 ha of wheat, maize and rapeseed with its own seed plant",
     "Agriculture, agribusiness",
     ("spraying of crops with plant protection products", "preparation of tank mixes",
      "keeping the spraying log"),
     (("Work on self-propelled sprayers", ("Hardi", "Kuhn")), "Parallel driving systems",
      "Reading of spraying maps", "Attentiveness", "Discipline"),
     "tractor driver's licence category B1", ("a Hardi Alpha sprayer", "a Kuhn Metris sprayer"),
     ("Crop protection specialist", "Chief agronomist"), ("Storekeeper", "the seed warehouse"),
     ("Forklift driver", "warehouses"), ("for each hectare treated", "UAH/ha"),
     ("Agriculture", "Crop production"), ("Grain dryer operator", "Oleksandriia"),
     "Agronomist-consul"),
)


def _uafarm(rng: random.Random, g: Guide) -> list[str]:
    """A farm's posting on a Ukrainian job board through a translator: the translator bar,
    the site's menu, breadcrumb (its category no sector), posting date, ID and views, the
    respond / save / complain buttons, the section headings, the contact and a cut similar
    vacancy (chrome), "Title (alias)" (the role and an alias), "18 000 – 26 000 UAH" with
    space-grouped thousands (the role's), the farm's machines (`optional`), duties
    (`optional`), requirements with brands in parentheses (skills; the licence `optional`), a
    move in "… who want to retrain", a glued "Working conditions:Salary" with season "up to"
    earnings, a per-unit payment and the 13th salary (no pay), a ladder with the next rung's
    "rate from" (an open-ended floor, theirs), a lateral move, "Field of activity" (sectors),
    the site's regional average (a point), the vacancies' range (the role's), a one-sided
    share (no fact) and a similar vacancy's figure (theirs)."""
    (job, alias, (printed, short), (region, place), what, category, duties, needs, licence,
     owned, (up1, up2), (lateral, where), (came, came_from), (per, unit), sectors,
     (s_title, s_town), cut_title) = rng.choice(_UAFARM)
    occupy(g, job, ladder=[job, up1, up2], transitions=[lateral], moves_in=[came])
    _spell(g, alias)
    _legal(g, printed, short)
    _facts(g, _skills(needs), [], list(sectors), [licence, *owned, *duties])
    low = rng.randrange(17000, 23000, 500)
    high = low + rng.randrange(5000, 9000, 1000)
    _salary(g, low, high, "UAH", period="month")
    floor = high + rng.randrange(3000, 7000, 1000)
    _salary(g, floor, None, "UAH", period="month", belongs_to=up1)
    average = low + rng.randrange(1500, 4000, 100)
    _salary(g, average, average, "UAH", period="month", point=True, region=region)
    spread = (low - rng.randrange(3000, 5000, 500), high + rng.randrange(4000, 8000, 500))
    _salary(g, *spread, "UAH", period="month")
    s_pay = low + rng.randrange(500, 3000, 500)
    _salary(g, s_pay, s_pay, "UAH", period="month", belongs_to=s_title)
    peak = int(_no_pay(g, spread[1] + rng.randrange(6000, 12000, 1000), 1000))
    top = int(_no_pay(g, spread[1] - rng.randrange(1000, 2500, 500), 500))
    per_unit = rng.choice((9, 12, 15, 120, 150))
    share = rng.choice((8, 12, 15))
    site = rng.choice(("RobotaAgro.ua", "PoleVakansii.ua"))
    contact = rng.choice(("Oksana Melnychuk, HR manager", "Taras Kovalchuk, head of personnel"))
    cut = f"{cut_title}"
    g.must_not_appear += [site, "Show original", "Always translate Ukrainian", "Checked employer",
                          "Working conditions:Salary", "13th salary", contact, cut,
                          "Growth in the company", "Similar vacancies"]
    return ["Page translated from Ukrainian · Show original · Always translate Ukrainian · "
            "Translation settings",
            f"{site}  Vacancies  CVs  Companies  Salary statistics  Add a vacancy  Log in",
            f"Home › Vacancies › {category} › {region} › {job}",
            f"Posted {rng.randint(1, 5)} December · ID {rng.randint(2000000, 2999999)} · "
            f"{rng.randint(120, 900)} views",
            "",
            f"{job} ({alias.lower()})",
            f"{_fr(low)} – {_fr(high)} UAH",
            f"{printed}  ✔ Checked employer",
            f"{region}, {place}",
            "Full time. Experience from 1 year. Secondary vocational education.",
            "Respond    Save    Complain",
            "",
            "About the vacancy",
            f"{printed} ({what}) is looking for {_an(job.lower())} for permanent work. On the "
            f"farm: {owned[0]}, {owned[1]}.",
            "",
            "Duties:",
            *(f"- {d};" for d in duties),
            "",
            "Requirements:",
            *(f"- {_soft(_item(n))};" for n in needs),
            f"- {licence}.",
            f"{_plural(came)} from {came_from} who want to retrain are welcome too: the farm "
            "pays for the training.",
            "",
            f"Working conditions:Salary {_fr(low)} – {_fr(high)} UAH per month \"clean\", "
            f"official employment. In the peak months income can reach up to {_fr(peak)} UAH. "
            f"Extra payment {per} – {per_unit} {unit}, a bonus at the end of the year, 13th "
            "salary. Meals, transport to work and workwear are free.",
            "",
            "Growth in the company",
            f"Many of our {_plural(up1.lower())} began here as {_plural(job.lower())}: the best "
            f"are sent for training as {up1.lower()} (rate from {_fr(floor)} UAH), and later "
            f"they can grow to {up2.lower()}. One colleague went to {where} as "
            f"{_an(lateral.lower())}.",
            "",
            "About the company",
            f"Field of activity: {', '.join(sectors)}",
            "",
            f"Salary statistics: {job.lower()}",
            f"Average salary in {region}: {_fr(average)} UAH · Vacancies on the site pay "
            f"{_fr(spread[0])} – {_fr(spread[1])} UAH",
            f"{share} % of vacancies offer more than {_fr(top)} UAH",
            "",
            f"Contact: {contact}",
            "Similar vacancies",
            f"{s_title} · {s_town} · {_fr(s_pay)} UAH",
            cut]


# (the posted title (the role), its parenthesis and "We also invite" (aliases), the factory
#  (printed, short), town, what it makes, duties (`optional`), requirements (skills), the
#  two rungs above, the other title with pay, the lateral post and its department, the move
#  in, sectors, three regions, the similar vacancy, the cut vacancy)
_UAFACTORY = (
    ("Upholsterer", ("Soft furniture assembler", "Furniture upholsterer"),
     ('PrJSC "Kremin-Mebli"', "Kremin-Mebli"), "Kremenchuk",
     "makes sofas, armchairs and beds for Ukrainian and Polish stores",
     ("cutting and gluing of foam", "covering of frames with fabric and leather",
      "checking the finished product"),
     (("Work with pneumatic staplers", ("Bostitch", "Prebena")), "Reading of assembly drawings",
      "Accuracy", "Diligence"),
     ("Shift master", "Production technologist"), "Foam cutter",
     ("Quality controller", "quality control department"), "Salesperson",
     ("Manufacturing", "Furniture"), ("Poltava region", "Kyiv", "Lviv region"),
     ("Carpenter-assembler", "Kremenchuk"), "Fabric cutter (on piecew"),
    ("Knitting machine operator", ("Knitter", "Flat knitting machinist"),
     ('PrJSC "Volyn-Trykotazh"', "Volyn-Trykotazh"), "Lutsk",
     "knits sweaters, cardigans and hats for its own brand and for export",
     ("setting up the knitting programs", "threading yarn and changing bobbins",
      "removing and checking knitted panels"),
     (("Work on flat knitting machines", ("Stoll", "Shima Seiki")), "Knowledge of yarn types",
      "Attentiveness", "Patience"),
     ("Knitting shop foreman", "Knitwear technologist"), "Linker",
     ("Machine adjuster", "maintenance department"), "Hairdresser",
     ("Manufacturing", "Textiles"), ("Volyn region", "Kyiv", "Rivne region"),
     ("Ironer", "Lutsk"), "Seamstress-finisher (shif"),
)


def _uafactory(rng: random.Random, g: Guide) -> list[str]:
    """A factory's "hot vacancy" on a Ukrainian job board through a translator: the
    translator line, menu, hot-vacancy badge, rating stars, views, the section headings and a
    cut similar vacancy (chrome), the title in capitals with its parenthesis (the role; the
    parenthesis and "We also invite Xs" aliases), a glued "What todo" with duties
    (`optional`), requirements (skills), piecework "from" (an open-ended floor, the role's),
    the trainees' fixed rate (the role's at Trainee), a quality bonus (no pay), a career
    paragraph with a ladder and two other titles' pay (theirs), a lateral move, a move in, a
    glued "About the company" with "Industry:" (sectors), averages for three regions (points)
    and a dotted range (the role's)."""
    (job, (alias1, alias2), (printed, short), town, what, duties, needs, (up1, up2), other,
     (lateral, dept), came, sectors, regions, (s_title, s_town), cut) = rng.choice(_UAFACTORY)
    occupy(g, job, ladder=[job, up1, up2], transitions=[lateral], moves_in=[came])
    _spell(g, alias1, alias2)
    _legal(g, printed, short)
    _facts(g, _skills(needs), [], list(sectors), list(duties))
    floor = rng.randrange(15000, 20000, 500)
    _salary(g, floor, None, "UAH", period="month")
    trainee = floor - rng.randrange(3000, 5000, 500)
    _salary(g, trainee, trainee, "UAH", period="month", level="Trainee")
    o_band = (floor + rng.randrange(2000, 5000, 500), 0)
    o_band = (o_band[0], o_band[0] + rng.randrange(3000, 6000, 500))
    _salary(g, *o_band, "UAH", period="month", belongs_to=other)
    u_pay = o_band[1] + rng.randrange(2000, 5000, 500)
    _salary(g, u_pay, u_pay, "UAH", period="month", belongs_to=up1)
    averages = rng.sample(range(floor - 1500, floor + 3500, 100), len(regions))
    for region, average in zip(regions, averages, strict=True):
        _salary(g, average, average, "UAH", period="month", point=True, region=region)
    spread = (trainee - rng.randrange(1000, 2500, 500), u_pay + rng.randrange(1000, 3000, 500))
    _salary(g, *spread, "UAH", period="month")
    s_pay = floor + rng.randrange(500, 2500, 500)
    _salary(g, s_pay, s_pay, "UAH", period="month", belongs_to=s_title)
    bonus = int(_no_pay(g, rng.randrange(1500, 3000, 500), 500))
    site = rng.choice(("ShukayRobotu.ua", "ZMINA.work"))
    g.must_not_appear += [site, "Hot vacancy", "What todo", "Do not translate this site",
                          f"About the company{printed}", "machine translation", cut,
                          "rating of the employer"]
    return ["Ukrainian → English (machine translation)  |  Original  |  Do not translate this "
            "site",
            f"{site} · Job search · For employers · Articles · Enter",
            "🔥 Hot vacancy",
            f"{job.upper()} ({alias1.upper()})",
            f"{printed} · {town} · {rng.randint(2, 9)} days ago · {rng.randint(200, 1500)} "
            "views",
            f"★★★★☆ {rng.choice(('4.2', '4.4', '4.6'))} (rating of the employer)",
            "",
            "What todo:",
            *(f"- {d};" for d in duties),
            "",
            "Requirements:",
            *(f"- {_soft(_item(n))};" for n in needs),
            "",
            "We offer:",
            f"- piecework pay from {_fr(floor)} UAH per month, paid twice a month;",
            f"- for trainees a fixed rate of {_fr(trainee)} UAH for the first two months;",
            f"- bonus for quality up to {_fr(bonus)} UAH, official employment, free lunches;",
            f"We also invite {_plural(alias2.lower())}.",
            "",
            "Career and salary",
            f"{_an(job.lower()).capitalize()} can move to {up1.lower()} and later become "
            f"{_an(up2.lower())}. In our "
            f"factory {_plural(other.lower())} earn {_fr(o_band[0])} – {_fr(o_band[1])} UAH, "
            f"and the {up1.lower()} {_fr(u_pay)} UAH. Two colleagues moved to the {dept} as "
            f"{_plural(lateral.lower())}. Many came to us after working as "
            f"{_plural(came.lower())}.",
            "",
            f"About the company{printed} {what}. Industry: {', '.join(sectors)}.",
            "",
            f"How much does {_an(job.lower())} earn",
            "Average: " + ", ".join(f"{r} – {_fr(a)} UAH"
                                    for r, a in zip(regions, averages, strict=True)),
            f"Range of vacancies: {_fr(spread[0])}...{_fr(spread[1])} UAH",
            "",
            "Similar vacancies",
            f"{s_title} · {s_town} · {_fr(s_pay)} UAH",
            cut]


# --------------------------------------------------------------------------------------
# A Croatian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the posted title (the role), its alias, the local word (`optional`), the employer (printed
#  "… d.o.o.", short), town and county, what it does, duties (`optional`), requirements
#  (skills), the licences (`optional`), the two rungs, the other title paid by the day, the
#  lateral post and its field, the two moves in with where from, sectors, the similar ad)
_HRCOAST = (
    ("Diving instructor", "Dive guide", "ronilački instruktor",
     ("Modra Špilja Diving d.o.o.", "Modra Špilja Diving"), ("Vis", "Split-Dalmatia County"),
     "runs a PADI dive centre and two dive boats on the island",
     ("leading dives for guests", "checking the diving equipment", "briefing guests"),
     ("Teaching diving courses", "Underwater navigation", "English", "Italian", "Patience"),
     ("PADI Open Water Scuba Instructor", "Boat Leader category B"),
     ("Course director", "Dive centre manager"), "Boat driver",
     ("Commercial diver", "underwater works"),
     (("Navy diver", "the navy"), ("Swimming instructor", "swimming clubs")),
     ("Tourism", "Sport and recreation"), "Snorkelling guide"),
    ("Tour guide", "Excursion guide", "turistički vodič",
     ("Dalmatinske Staze d.o.o.", "Dalmatinske Staze"), ("Dubrovnik",
                                                         "Dubrovnik-Neretva County"),
     "organises day trips and walking tours for cruise and hotel guests",
     ("leading walking tours of the old town", "accompanying day trips", "counting guests"),
     ("Knowledge of local history", "Public speaking", "German", "English", "Cheerfulness"),
     ("Tourist guide licence", "First aid certificate"),
     ("Tour leader", "Operations manager"), "Coach driver",
     ("Travel agent", "incoming agencies"),
     (("History teacher", "schools"), ("Museum attendant", "museums")),
     ("Tourism", "Travel"), "Wine tour host"),
)


def _hrcoast(rng: random.Random, g: Guide) -> list[str]:
    """A seasonal coast posting on a Croatian job board through a translator: the
    translator line, the site's menu, the apply / save buttons, the section headings, the
    contact and a cut similar ad (chrome), a glued "About us" (the firm "… d.o.o." employs),
    duties (`optional`), requirements (skills; licences and the local word `optional`), a
    glued "We offer" with "2.150,00 € net per month (gross approx. …)" (the net the role's,
    the gross no fact), an off-season net rate and a freelance daily fee range (the role's),
    tips and an end-of-season bonus (no pay), a ladder with the next rungs' pay (theirs, the
    second an open-ended floor), another title's day rate (theirs), a lateral move and two
    moves in, the site's average for Croatia and the county (points) and its range (the
    role's), "Activity:" (sectors) and a similar ad's figure (theirs)."""
    (job, alias, local, (printed, short), (town, county), what, duties, needs, licences,
     (up1, up2), other, (lateral, field), ((in1, from1), (in2, from2)), sectors,
     s_title) = rng.choice(_HRCOAST)
    occupy(g, job, ladder=[job, up1, up2], transitions=[lateral], moves_in=[in1, in2])
    _spell(g, alias)
    _legal(g, printed, short)
    _facts(g, list(needs), [], list(sectors), [local, *licences, *duties])
    net = rng.randrange(1800, 2400, 50)
    _salary(g, net, net, "EUR", period="month")
    off = net // 2 + rng.randrange(0, 200, 50)
    _salary(g, off, off, "EUR", period="month")
    day = (rng.randrange(100, 140, 5), 0)
    day = (day[0], day[0] + rng.randrange(25, 50, 5))
    _salary(g, *day, "EUR", period="day")
    u1 = net + rng.randrange(300, 600, 50)
    _salary(g, u1, u1, "EUR", period="month", belongs_to=up1)
    u2 = u1 - rng.randrange(100, 250, 50)
    _salary(g, u2, None, "EUR", period="month", belongs_to=up2)
    o_day = day[0] - rng.randrange(20, 45, 5)
    _salary(g, o_day, o_day, "EUR", period="day", belongs_to=other)
    country = net - rng.randrange(200, 400, 10)
    _salary(g, country, country, "EUR", period="month", point=True, region="Croatia")
    local_avg = country + rng.randrange(60, 200, 10)
    _salary(g, local_avg, local_avg, "EUR", period="month", point=True, region=county)
    spread = (off + rng.randrange(100, 250, 50), u1 + rng.randrange(200, 500, 50))
    _salary(g, *spread, "EUR", period="month")
    s_pay = net - rng.randrange(150, 400, 50)
    _salary(g, s_pay, s_pay, "EUR", period="month", belongs_to=s_title)
    gross = int(_no_pay(g, round(net * 1.39, -1), 10))
    bonus = int(_no_pay(g, rng.randrange(300, 600, 50), 50))
    site = rng.choice(("SezonskiPosao.hr", "RadNaMoru.hr"))
    contact = rng.choice(("Ivana Perić", "Marko Jurić"))
    start, end = rng.choice((("May", "September"), ("June", "October")))
    g.must_not_appear += [site, "Show original", "Always translate Croatian", f"About us{printed}",
                          f"We offer{_hr(net)}", "End-of-season bonus", contact, "Similar ads",
                          "Career with us", "Save ad", f"{s_title} (season 20"]
    return ["Translated from Croatian · Show original · Always translate Croatian",
            f"{site}   Jobs   Seasonal work   Employers   Salary calculator   Log in",
            f"{job} (m/f) – season 2027",
            f"{printed} · {town} · {rng.randint(2, 12)} days ago · Apply   Save ad",
            "",
            f"About us{printed} {what}.",
            "",
            "Job description",
            *(f"– {d}" for d in duties),
            "",
            "We expect",
            *(f"– {_soft(n) if n not in ('English', 'Italian', 'German') else n}"
              for n in needs),
            *(f"– {lic}" for lic in licences),
            f"({local}; also advertised as {alias.lower()})",
            "",
            f"We offer{_hr(net)} € net per month (gross approx. {_hr(gross)} €) from {start} to "
            f"{end}",
            f"– in the off-season months: {_hr(off)} € net per month",
            f"– for external colleagues (obrt): {_hr(day[0])} – {_hr(day[1])} € per working day",
            f"– tips from guests stay with you; End-of-season bonus {_hr(bonus)} €; "
            "accommodation and meals",
            "",
            "Career with us",
            f"After two seasons you can get the position of {up1.lower()} ({_hr(u1)} € net) and "
            f"later {up2.lower()} (from {_hr(u2)} €). Our {other.lower()} receives "
            f"{_hr(o_day)} € per day. Some of our {_plural(job.lower())} went on to {field} as "
            f"{_plural(lateral.lower())}. Many came from {from1} as {_plural(in1.lower())} and "
            f"from {from2} as {_plural(in2.lower())}.",
            "",
            f"Salary information – {job.lower()}",
            f"Average net salary in Croatia: {_hr(country)} € · {county}: {_hr(local_avg)} €",
            f"Range of ads: {_hr(spread[0])} – {_hr(spread[1])} €",
            f"Activity: {', '.join(sectors)}",
            f"Contact: {contact}",
            "",
            "Similar ads",
            f"{s_title} · {_hr(s_pay)} €",
            f"{s_title} (season 20"]


# (the posted title (the role), the local word (`optional`), the hotel (printed "… d.d.",
#  short) and its group, town, category, duties (`optional`), requirements (skills; brands in
#  parentheses), languages, the school (`optional`), the rungs, the other title "for
#  comparison", the lateral post and its department, the move in, sectors, the cut ad)
_HRHOTEL = (
    ("Pastry chef", "slastičar/slastičarka", ("Hotel Bura Lošinj d.d.", "Hotel Bura Lošinj"),
     "Lošinj Resorts", "Mali Lošinj", "Catering and tourism",
     ("preparation of cakes and desserts for the buffet", "decorating of cakes to order"),
     (("Work with combi ovens", ("Rational", "Unox")), "Tempering chocolate", "Hygiene"),
     ("English", "Italian"), "school for pastry chefs",
     ("Head pastry chef", "Executive chef"), "Cook",
     ("Chocolatier", "chocolate workshop"), "Baker", ("Tourism", "Hospitality"),
     "Waiter (m/f) – Lošinj, hotel restaur"),
    ("Receptionist", "recepcioner/recepcionerka", ("Hotel Maestral Poreč d.d.",
                                                   "Hotel Maestral Poreč"),
     "Maestral Hoteli", "Poreč", "Tourism, reception",
     ("check-in and check-out of guests", "handling guest requests"),
     (("Work in hotel reservation systems", ("Opera", "Protel")), "Cash handling",
      "Friendliness"),
     ("German", "English"), "school for tourism and hospitality",
     ("Front office supervisor", "Front office manager"), "Concierge",
     ("Reservations agent", "sales department"), "Waiter", ("Tourism", "Hospitality"),
     "Night auditor (m/f) – Poreč, full ti"),
)


def _hrhotel(rng: random.Random, g: Guide) -> list[str]:
    """A hotel's posting on a Croatian job board through a translator with a "Key
    information" pipe table: the translator line, menu, breadcrumb, deadline and the table's
    labels, the section headings and a cut "You may be interested" (chrome), the title in
    capitals (the role), "Salary | 1.200,00 – 1.450,00 EUR net/month" (the role's), a glued
    "Job description" with duties (`optional`), requirements with brands and languages
    (skills; the school and the local word `optional`), a glued "We offer" with a trainee's
    rate (the role's at Trainee) and a part-time hourly rate (the role's), commission, a
    Christmas bonus and a holiday allowance (no pay), "For comparison" two other titles' pay
    (theirs), a ladder, a lateral move and a move in, the hotel and its group (employ),
    "Sector:" (sectors), a median for Croatia (a point) and a middle-50 % range (the
    role's)."""
    (job, local, (printed, short), group, town, category, duties, needs, languages, school,
     (up1, up2), other, (lateral, dept), came, sectors, cut) = rng.choice(_HRHOTEL)
    occupy(g, job, ladder=[job, up1, up2], transitions=[lateral], moves_in=[came])
    _legal(g, printed, short)
    _facts(g, [*_skills(needs), *languages], [group], list(sectors), [local, school, *duties])
    band = (rng.randrange(1150, 1350, 50), 0)
    band = (band[0], band[0] + rng.randrange(200, 350, 50))
    _salary(g, *band, "EUR", period="month")
    trainee = band[0] - rng.randrange(200, 350, 50)
    _salary(g, trainee, trainee, "EUR", period="month", level="Trainee")
    hourly = _cents(rng, 7, 9)
    _salary(g, hourly, hourly, "EUR", period="hour")
    o_pay = band[0] + rng.randrange(50, 150, 10)
    _salary(g, o_pay, o_pay, "EUR", period="month", belongs_to=other)
    u_pay = band[1] + rng.randrange(300, 600, 50)
    _salary(g, u_pay, u_pay, "EUR", period="month", belongs_to=up1)
    median = band[0] + rng.randrange(20, 120, 10)
    _salary(g, median, median, "EUR", period="month", point=True, region="Croatia")
    middle = (trainee + rng.randrange(50, 150, 10), band[1] + rng.randrange(100, 250, 10))
    _salary(g, *middle, "EUR", period="month")
    christmas = int(_no_pay(g, rng.randrange(200, 400, 50), 50))
    holiday = int(_no_pay(g, rng.randrange(300, 500, 50), 50))
    commission = rng.choice((3, 5, 8))
    site = rng.choice(("MojPosao-Jadran.hr", "Turizam-Posao.hr"))
    g.must_not_appear += [site, "Translated page", "Key information", "You may be interested",
                          f"Job description{duties[0][:1].upper()}", "We offer- ", "regres",
                          "Development in our team", cut]
    return ["Croatian » English | Translated page | Original",
            f"{site}  Ads  Employers  Salaries  Post an ad  Log in",
            f"Home / Ads / {category} / {job}",
            "",
            f"{job.upper()} (M/F)",
            "Key information",
            f"Employer | {printed}",
            f"Place of work | {town}",
            "Employment | full time, indefinite, also seasonal",
            f"Salary | {_hr(band[0])} – {_hr(band[1])} EUR net/month",
            f"Deadline | {rng.randint(5, 28)}.1.2027",
            "",
            f"Job description{duties[0][:1].upper()}{duties[0][1:]}; {duties[1]}.",
            "",
            "Requirements",
            *(f"– {_soft(_item(n))}" for n in needs),
            f"– knowledge of {' and '.join(languages)}",
            f"– completed {school} ({local})",
            "",
            "We offer- " + f"for trainees (pripravnik): {_hr(trainee)} EUR net per month",
            f"- part-time work possible: {_hr(hourly)} EUR net per hour",
            f"- {commission} % commission on products sold, Christmas bonus {_hr(christmas)} "
            f"EUR and holiday allowance (regres) {_hr(holiday)} EUR",
            "- meals in the staff restaurant, accommodation for workers from outside",
            "",
            "Development in our team",
            f"Our {up1.lower()} started with us as {_an(job.lower())}, and the {up2.lower()} "
            f"came to this position from {up1.lower()}. For comparison: {_an(other.lower())} "
            f"with us earns {_hr(o_pay)} EUR net, the {up1.lower()} {_hr(u_pay)} EUR net. "
            f"Two colleagues moved to the {dept} as {_plural(lateral.lower())}; we also "
            f"welcome former {_plural(came.lower())} who have completed retraining.",
            "",
            f"About the employer: {printed} is part of the {group} group. Sector: "
            f"{', '.join(sectors)}",
            "",
            f"Salary statistics – {job.lower()}",
            f"Median: {_hr(median)} EUR net (Croatia) · middle 50 %: {_hr(middle[0])} – "
            f"{_hr(middle[1])} EUR",
            "",
            "You may be interested",
            cut]


# --------------------------------------------------------------------------------------
# A workplace competency sign-off record
# --------------------------------------------------------------------------------------
# (the role, "also used for" (alias), the trust, the department and code, the units
#  (skills; techniques in parentheses too), the certificate (`optional`), the bands (trainee,
#  signed off, Senior, team leader), the leader, the lateral post, three posts of the moves
#  in, interview skills)
_SOLIBRARY = (
    ("Phlebotomist", "Venepuncture assistant",
     ("Ashcombe Valley Hospitals NHS Foundation Trust", "Ashcombe Valley Hospitals"),
     ("Pathology", "PATH-PHL"),
     ("Patient identification", ("Venepuncture", ("vacutainer", "butterfly needle")),
      ("Capillary sampling", ("heel prick", "finger prick")), "Sample labelling",
      "Infection prevention and control"),
     "Certificate in phlebotomy practice", (2, 3, 4, 5), "Phlebotomy team leader",
     "Biomedical support worker", ("Healthcare assistant", "Receptionist", "Care worker"),
     ("Calmness", "Good communication")),
    ("Theatre support worker", "Perioperative support worker",
     ("Greywell and District Hospitals NHS Trust", "Greywell and District Hospitals"),
     ("Theatres", "THR-TSW"),
     (("Patient positioning", ("arm boards", "gel pads")), "Surgical counts",
      ("Equipment decontamination", ("washer disinfector",)), "Moving and handling",
      "Theatre etiquette"),
     "Care Certificate", (2, 3, 4, 6), "Theatre support team leader",
     "Operating department practitioner", ("Porter", "Healthcare assistant", "Housekeeper"),
     ("Teamwork", "Attention to detail")),
)


def _solibrary(rng: random.Random, g: Guide) -> list[str]:
    """A trust's document library export of a competency sign-off record: the library's
    path, signed-in user, document reference, version, approval and review, the blank
    trainee, employee number and assessor fields, "How to use this record", the observation
    and C / NYC columns, the knowledge check, the declaration and cut related documents
    (chrome), "COMPETENCY SIGN-OFF RECORD: X" (the role) with "(also used for: …)" (an alias),
    a pipe table of numbered units with techniques in parentheses (skills), the prerequisite
    certificate (`optional`), manager notes: the trainee band (the role's at Trainee), the
    signed-off band (the role's at its band), the Senior band (the role's at Senior) and the
    team leader's band (theirs), unsocial hours enhancements and an on-call payment (no
    pay), an arrow ladder, a lateral move, three moves in and "Skills we look for at
    interview" (skills); the trust employs."""
    (job, alias, (printed, short), (dept, code), units, cert, bands, leader, lateral, ins,
     interview) = rng.choice(_SOLIBRARY)
    senior = f"Senior {job.lower()}"
    occupy(g, job, ladder=[job, f"Senior {job}", leader], transitions=[lateral],
           moves_in=list(ins))
    _spell(g, alias)
    _legal(g, printed, short)
    _facts(g, [*_skills(units), *interview], [], [], [cert])
    figures = []
    base = rng.randrange(23500, 25000, 7)
    for step in range(4):
        low = base + step * rng.randrange(2600, 3400, 7)
        figures.append((low, low + rng.randrange(1200, 2600, 7)))
    (t, s, sr, tl), (b1, b2, b3, b4) = figures, bands
    _salary(g, *t, "GBP", level=f"Trainee, Band {b1}")
    _salary(g, *s, "GBP", level=f"Band {b2}")
    _salary(g, *sr, "GBP", level=f"Senior, Band {b3}")
    _salary(g, *tl, "GBP", belongs_to=leader)
    on_call = int(_no_pay(g, rng.randrange(40, 90, 5), 5))
    user = rng.choice(("k.wheeler", "p.osei"))
    trainee, assessor = rng.choice((("A. Lindqvist", "R. Baptiste"), ("J. Farrow", "M. Idris")))
    g.must_not_appear += [user, "How to use this record", "C / NYC", "Knowledge check",
                          "Manager notes", "Declaration", trainee, assessor, "Not started",
                          "Related documents", f"{code}-B"]
    return [f"Document library › Clinical competencies › {dept} › {code}",
            f"Signed in as {user} | Help | Sign out",
            printed,
            "",
            f"COMPETENCY SIGN-OFF RECORD: {job.upper()}",
            f"(also used for: {alias})",
            f"Document ref: {code}-{rng.randint(10, 40)}   Version {rng.randint(2, 6)}.0   "
            "Approved by: Clinical Education Group   Review date: 03/2028",
            "Trainee name: ____________   Employee no.: ________   Assessor: ____________",
            f"Prerequisite: {cert}",
            "",
            "How to use this record",
            "The assessor observes each unit three times and marks it C (competent) or NYC "
            "(not yet competent); the trainee keeps the record until every unit is signed off.",
            "",
            "No. | Competency unit | Observed 1 | Observed 2 | Observed 3 | C / NYC",
            *(f"{i} | {_item(cast(Item, u))} | | | | " for i, u in enumerate(units, 1)),
            "",
            "Knowledge check",
            "1. When must you stop and escalate?  2. Where is the incident form kept?",
            "Declaration",
            f"I confirm I have been observed and am safe to practise. Trainee: {trainee}  "
            f"Assessor: {assessor}  Status: Not started",
            "",
            "Manager notes: pay and progression",
            f"Trainees are appointed at Band {b1} ({_gbp(t[0])} – {_gbp(t[1])}) and move to Band "
            f"{b2} ({_gbp(s[0])} – {_gbp(s[1])}) once every unit is signed off. A {senior} is "
            f"Band {b3} ({_gbp(sr[0])} – {_gbp(sr[1])}); the {leader.lower()} is Band {b4} "
            f"({_gbp(tl[0])} – {_gbp(tl[1])}).",
            f"Unsocial hours enhancements apply; on-call sessions are paid {_gbp(on_call)} each.",
            f"Progression: {job.lower()} → {senior} → {leader.lower()}",
            f"Several have gone on to train as {_plural(lateral.lower())}. New starters often "
            f"join us from {_prose_list([i.lower() for i in ins], 'or')} posts.",
            f"Skills we look for at interview: {', '.join(i.lower() for i in interview)}",
            "",
            "Related documents",
            f"{code}-A Assessor guidance · {code}-B"]


# (the role, two "Also known as" names, the contractor (printed, short), the contract and
#  depot, the tasks (skills; tools in parentheses too), the safety cards (`optional`), the
#  slash pair of L3, the leader, the lateral post and its team, the two moves in, the client
#  (`optional`) and its sector)
_SOAPP = (
    ("Highway maintenance operative", ("Highways operative", "Road worker"),
     ("Marlow Roadcare Services Ltd", "Marlow Roadcare"),
     ("Westmere county network (days / nights)", "Thornbury yard"),
     ("Setting out signs and cones", ("Pothole repair", ("hot box", "wacker plate")),
      "Gully emptying", ("Kerb laying", ("kerb lifter",)), "Line marking"),
     ("CSCS card", "NRSWA operative card"), ("Traffic marshal", "Banksman"), "Ganger",
     ("Plant operator", "plant team"), ("Groundworker", "Labourer"),
     ("Westmere County Highways", "Highways maintenance")),
    ("Cable jointer", ("LV jointer", "Low voltage jointer"),
     ("Fenwick Power Contracting Ltd", "Fenwick Power Contracting"),
     ("Eastvale distribution network", "Brampton depot"),
     (("Cable preparation", ("cable stripper", "hacksaw")), "Straight through joints",
      ("Crimping", ("hydraulic crimping tool",)), "Resin filling", "Excavation support"),
     ("ECS card", "Safe digging card"), ("Jointer's mate", "Cable layer"), "Jointing supervisor",
     ("Overhead linesworker", "overhead lines team"), ("Electrician's mate", "Labourer"),
     ("Eastvale Power Networks", "Electricity distribution")),
)


def _soapp(rng: random.Random, g: Guide) -> list[str]:
    """A contractor's skills-log app export of one operative's sign-off: the app's path,
    logged-in user, export line, contract and depot, the operative's and assessor's names and
    card number, the progress bar, the status, evidence and date columns, assessor notes
    (`optional`), the attachments cut off (chrome), "X – WORKPLACE SIGN-OFF" (the role),
    "Also known as: A / B" (aliases), a task table (skills; tools in parentheses too), the
    safety cards (`optional`), a grade table: L1 trainee and L2 (the role's at those grades),
    "L3 | A / B" (one rung under two names: its rate A's, B its other word) and the leader
    (theirs), a night premium and a
    weekend enhancement (no pay), a ladder put forward through a course, a lateral move, two
    moves in and "Client / sector:" (the client `optional`, the sector a sector)."""
    (job, (aka1, aka2), (printed, short), (contract, depot), tasks, cards, (pair1, pair2),
     leader, (lateral, team), (in1, in2), (client, sector)) = rng.choice(_SOAPP)
    occupy(g, job, ladder=[job, pair1, leader], transitions=[lateral], moves_in=[in1, in2])
    _spell(g, aka1, aka2)
    _legal(g, printed, short)
    note = rng.choice(("Careful worker, good timekeeping", "Keen to learn, tidy work area"))
    _facts(g, _skills(tasks), [], [sector], [*cards, client, note, pair2])
    l1 = _cents(rng, 13, 15)
    l2 = round(l1 + rng.randrange(150, 260) / 100, 2)
    l3 = round(l2 + rng.randrange(80, 150) / 100, 2)
    l4 = round(l3 + rng.randrange(250, 400) / 100, 2)
    _salary(g, l1, l1, "GBP", period="hour", level="L1 (trainee)")
    _salary(g, l2, l2, "GBP", period="hour", level="L2")
    # one rung under two names ("Traffic marshal / Banksman"): the first owns the rate, the
    # second is its other word (the stop-55 convention; the ladder already names pair1 only)
    _salary(g, l3, l3, "GBP", period="hour", belongs_to=pair1)
    _salary(g, l4, l4, "GBP", period="hour", belongs_to=leader)
    weekend = _no_pay(g, _cents(rng, 2, 4), 0.25)
    user = rng.choice(("yard.admin@marlow", "depot.office"))
    operative, assessor = rng.choice((("D. Kowalczyk", "S. Mensah"), ("L. Harte", "B. Quinn")))
    done = rng.randint(2, 3)
    statuses = ["✔ Signed off"] * done + ["◐ In progress"] + ["◯ Not started"] * (4 - done)
    g.must_not_appear += [user, operative, assessor, "Signed off", "In progress", "Not started",
                          "CONFIDENTIAL once completed", "Attachments", "PROGRESS"]
    return [f"CompTrack | {printed} | Records | Sign-off sheets | "
            f"{''.join(w[0] for w in job.split()).upper()}-L2",
            f"Logged in: {user}   Switch company   Help   Log out",
            f"Exported {rng.randint(1, 5)}/12/2026 07:{rng.randint(10, 59)} — CONFIDENTIAL once "
            "completed",
            "",
            f"{job.upper()} – WORKPLACE SIGN-OFF (LEVEL 2)",
            f"Also known as: {aka1} / {aka2}",
            f"Contract: {contract}   Depot: {depot}",
            f"Operative: {operative}   Card no: {rng.randint(3000, 9999)}xxxx   Cards held: "
            f"{', '.join(cards)}",
            f"Assessor: {assessor}   Verifier: Contracts Manager",
            "",
            f"PROGRESS: {done} of 5 tasks signed off ▓▓▓▓▓░░░░░ {done * 20}%",
            "No. | Task | Seen | Status | Assessed by | Date",
            *(f"{i} | {_item(cast(Item, t))} | "
              f"{'observed' if st.startswith('✔') else '—'} | {st} | "
              f"{assessor if st.startswith('✔') else ''} | {'1' + str(i)}/11"
              for i, (t, st) in enumerate(zip(tasks, statuses, strict=True), 1)),
            "",
            f"Assessor notes: {note}.",
            "",
            "PAY AND PROGRESSION (operatives' grade table)",
            "Grade | Title | Rate",
            f"L1 | {job} (trainee) | £{l1:.2f}/hr",
            f"L2 | {job} | £{l2:.2f}/hr",
            f"L3 | {pair1} / {pair2} | £{l3:.2f}/hr",
            f"L4 | {leader} | £{l4:.2f}/hr",
            f"Night shift premium 15% · weekend enhancement £{weekend:.2f}/hr · travel time and "
            "mileage per company policy",
            f"Operatives are put forward for the {pair1} course, then {leader}. Two moved across "
            f"to the {team} as {_plural(lateral.lower())}. Most came to us as "
            f"{_plural(in1.lower())} or {_plural(in2.lower())}.",
            f"Client / sector: {client} / {sector}",
            "Attachments: Toolbox talk register (pdf) · Tas"]


# --------------------------------------------------------------------------------------
# A US PERM notice of filing
# --------------------------------------------------------------------------------------
# (the inverted DOL title (the role), the specialism, "also listed as" (alias), the employer
#  and its d/b/a, the worksite and area, SOC code and title (`optional`), duties
#  (`optional`), the feeder job, special skills, the certificate (`optional`), the other job
#  of the comments)
_PMCAFE = (
    ("Baker, Specialty Ethnic Breads", "Levantine", "Specialty Baker",
     ("Cedar Hearth Foods LLC", "Zaatar Oven Bakery"),
     ("4410 Dearborn Street, Dearborn, MI 48126", "Detroit-Warren-Dearborn area"),
     ("51-3011.00", "Bakers"),
     ("bake pita, manakish and ka'ak in a deck oven", "shape dough by hand",
      "prepare za'atar and sesame toppings"),
     "Bakery Helper", ("Deck oven baking", "Hand shaping of flatbreads", "Sourdough starters"),
     "food handler card", "Cashier"),
    ("Butcher, All-Round", "Halal", "Halal Butcher",
     ("Crescent Valley Meats Inc.", "Crescent Valley Market"),
     ("2290 Eastern Avenue, Paterson, NJ 07501", "New York-Newark-Jersey City area"),
     ("51-3021.00", "Butchers and Meat Cutters"),
     ("break down lamb and goat carcasses", "cut and grind meat to order", "label trays"),
     "Meat Wrapper", ("Carcass breaking", "Knife sharpening", "Band saw operation"),
     "ServSafe food handler certificate", "Stock Clerk"),
)


def _pmcafe(rng: random.Random, g: Guide) -> list[str]:
    """A small employer's intranet posting of a notice of filing: the staff portal's menu,
    breadcrumb, the notice's legal text and the Department of Labor's address, the field
    labels, number of openings, hours, how to apply, the posting block, the comments' names
    and other notices (cut) (chrome), a glued "EMPLOYER:X d/b/a Y" (employs, the d/b/a
    another spelling), an inverted DOL title with its specialism (the role; the specialised
    title and "also listed as" aliases), the SOC title (`optional`), "RATE OF PAY: $a – $b per
    hour" (the role's) with overtime (no pay), "Prevailing wage: $a per hour (OEWS Level II,
    area)" (the role's single rate at its level with its area), glued duties (`optional`),
    "N months as a X" (a move in), special skills (skills; the card `optional`), a comment
    with another job's rate (theirs) and a move in, a staff meal and holiday bonus (no
    pay)."""
    (job, spec, also, (llc, dba), (address, area), (soc, soc_title), duties, feeder, special,
     card, other) = rng.choice(_PMCAFE)
    occupy(g, job, moves_in=[feeder])
    _spell(g, f"{job} ({spec})", also)
    _legal(g, llc, dba)
    # (carry45) the notice's glued field prints the name whole, and set 45's truth lists
    # that spelling too (one employer, three spellings)
    g.more_spellings[dba] = [f"{llc} d/b/a {dba}"]
    _facts(g, list(special), [], [], [f"{soc_title}", card, *duties])
    low = _cents(rng, 17, 21)
    high = round(low + rng.randrange(150, 350) / 100, 2)
    _salary(g, low, high, "USD", period="hour")
    level = rng.choice(("I", "II"))
    _salary(g, low, low, "USD", period="hour", level=f"OEWS Level {level}", region=area)
    f_rate = round(low - rng.randrange(200, 350) / 100, 2)
    _salary(g, f_rate, f_rate, "USD", period="hour", belongs_to=feeder)
    o_rate = round(f_rate - rng.randrange(50, 150) / 100, 2)
    _salary(g, o_rate, o_rate, "USD", period="hour", belongs_to=other)
    holiday = int(_no_pay(g, rng.randrange(150, 400, 50), 50))
    months = rng.choice((12, 18, 24))
    manager, commenter = rng.choice((("Rana Haddad", "Luis Ortega"), ("Omar Saleh", "Kim Tran")))
    g.must_not_appear += ["Staff Portal", "Certifying Officer", f"EMPLOYER:{llc}", "RATE OF PAY",
                          "JOB DUTIES", "TO APPLY", manager, commenter, "Other posted notices",
                          "SOC / O*NET"]
    return [f"{dba} Staff Portal | Rota | Notices | Handbook | Pay slips | Sign out",
            f"Notices › Noticeboard › Notice of Filing – {job}",
            "",
            "NOTICE OF FILING — APPLICATION FOR PERMANENT EMPLOYMENT CERTIFICATION",
            "An application for permanent employment certification has been filed for the job "
            "below. Any person may send documentary evidence about this application to the "
            "Certifying Officer, U.S. Department of Labor, Employment and Training "
            "Administration, Office of Foreign Labor Certification, Washington, DC 20210.",
            "",
            f"EMPLOYER:{llc} d/b/a {dba}",
            f"POSITION TITLE: {job} ({spec}) — also listed as {also}",
            f"SOC / O*NET: {soc} {soc_title}",
            "NUMBER OF OPENINGS: 1",
            f"WORKSITE: {address}",
            "HOURS: 40 per week, early shifts",
            f"RATE OF PAY: {_usd(low)} – {_usd(high)} per hour; overtime at 1.5x over 40 hours",
            f"Prevailing wage: {_usd(low)} per hour (OEWS Level {level}, {area})",
            "",
            f"JOB DUTIES:{duties[0][:1].upper()}{duties[0][1:]}; {'; '.join(duties[1:])}.",
            f"MINIMUM REQUIREMENTS: {months} months as a {feeder} or in the job offered; {card}.",
            f"Special skills: {'; '.join(s.lower() for s in special)}.",
            f"TO APPLY: send a résumé to {manager}, General Manager, at the address above.",
            f"Posted {rng.randint(1, 9)} November 2026 to {rng.randint(14, 20)} November 2026 "
            "at the worksite and on this portal.",
            "",
            "Comments (2)",
            f"{commenter}: {_plural(other)} here start at {_usd(o_rate)} an hour, "
            f"{_plural(feeder)} at {_usd(f_rate)} – {_plural(feeder.lower())} with the months "
            "are welcome to apply.",
            f"{manager}: staff meal every shift and a holiday bonus of {_usd(holiday)} in "
            "December.",
            "",
            "Other posted notices: Updated wage and hour poster · Notice of Filing – Line Co"]


# (the role, "also listed as" and the abbreviation (aliases), the board, the school
#  (`optional`), sector, SOC code and title (`optional`), duties (`optional`), the degree and
#  certificate (`optional`), skills with systems, the column and steps, the area, the feeder,
#  the lead title, the up titles, the lateral post, the retirement system (`optional`))
_PMBOARD = (
    ("Speech-Language Pathologist", ("School Speech Therapist", "SLP"),
     "Tensas Ridge Parish School Board", "Delhi Elementary School", "K-12 public education",
     ("29-1127.00", "Speech-Language Pathologists"),
     ("assess students' speech and language", "write therapy goals for IEPs"),
     ("Master's degree in speech-language pathology", "Louisiana SLP licence"),
     ("Articulation therapy", "Augmentative communication", "Frontline IEP"),
     "Master's", "Monroe, LA MSA", "Speech-Language Pathology Assistant",
     "Lead Speech-Language Pathologist", ("Audiologist", "Special Education Supervisor"),
     "Reading Interventionist", "TRSL"),
    ("ESL Teacher", ("English Learner Teacher", "ELL Teacher"),
     "Coastal Bend Independent School District", "Refugio Middle School",
     "K-12 public education", ("25-2022.00", "Middle School Teachers"),
     ("teach English to newcomer students", "test English proficiency"),
     ("Bachelor's degree", "ESL Supplemental certificate"),
     ("Sheltered instruction", "Spanish", "Skyward"),
     "Bachelor's", "Corpus Christi, TX MSA", "Bilingual Aide",
     "Lead ESL Teacher", ("Bilingual Coordinator", "Literacy Specialist"),
     "Classroom Teacher", "TRS"),
)


def _pmboard(rng: random.Random, g: Guide) -> list[str]:
    """A school board's internal notice of a PERM filing: the HR intranet's menu, the notice
    title with ETA Form 9089, the legal text, the application line and cut related links
    (chrome), "Employer:" (employs; the school `optional`), "Sector:" (a sector), "Position
    title: X (also listed as A)" with the SOC title (the role, an alias; the SOC `optional`),
    duties, degree and certificate (`optional`), "Skills:" with systems (skills), a glued
    "SALARY:" range at its column and steps (the role's), the prevailing wage at its level and
    area (the role's), a stipend and extended-year pay (no pay), the retirement system
    (`optional`) and a department note: the feeder's range (theirs, a move in), "apply to be a
    Lead X" and "gone on to become …" (up moves; one range theirs), a lateral move and the
    district's average teacher salary (Teacher's point)."""
    (job, (also, abbr), board, school, sector, (soc, soc_title), duties, papers, skills,
     column, area, feeder, lead, (up2, up3), lateral, retire) = rng.choice(_PMBOARD)
    occupy(g, job, leads=[lead, up2, up3], transitions=[lateral], moves_in=[feeder])
    _spell(g, also, abbr)
    _facts(g, list(skills), [board], [sector], [school, soc_title, retire, *papers, *duties])
    s1 = rng.randint(2, 4)
    s2 = s1 + rng.randint(3, 5)
    low = rng.randrange(48000, 56000, 10)
    high = low + rng.randrange(5000, 8000, 10)
    _salary(g, low, high, "USD", level=f"{column} column, Steps {s1}-{s2}")
    level = rng.choice(("I", "II"))
    pw = low - rng.randrange(200, 900, 10)
    _salary(g, pw, pw, "USD", level=f"Level {level}", region=area)
    f_band = (rng.randrange(21000, 25000, 100), 0)
    f_band = (f_band[0], f_band[0] + rng.randrange(3000, 5000, 100))
    _salary(g, *f_band, "USD", belongs_to=feeder)
    u_band = (high + rng.randrange(3000, 6000, 100), 0)
    u_band = (u_band[0], u_band[0] + rng.randrange(5000, 8000, 100))
    _salary(g, *u_band, "USD", belongs_to=up2)
    avg = rng.randrange(low + 1000, high - 1000, 10)
    _salary(g, avg, avg, "USD", point=True, belongs_to="Teacher")
    stipend = int(_no_pay(g, rng.randrange(1500, 3000, 100), 100))
    g.must_not_appear += ["Human Resources Intranet", "ETA Form 9089", "SALARY:", "Certifying "
                          "Officer", "Related links", "Department note"]
    return [f"{board} · Human Resources Intranet · Staff | Benefits | Forms | Postings",
            "INTERNAL NOTICE — FILING OF A PERMANENT LABOR CERTIFICATION APPLICATION (ETA Form "
            "9089)",
            "This notice is posted because the employer has filed an application for permanent "
            "labor certification. Documentary evidence may be sent to the Certifying Officer, "
            "U.S. Department of Labor, Office of Foreign Labor Certification, Washington, DC "
            "20210.",
            "",
            f"Employer: {board}",
            f"Sector: {sector}",
            f"Position title: {job} (also listed as {also}, {abbr}) — SOC {soc} {soc_title}",
            f"Place of employment: {school}",
            f"Job duties: {'; '.join(duties)}.",
            f"Requirements: {papers[0]}; {papers[1]}.",
            f"Skills: {', '.join(skills)}",
            f"SALARY:{column} column, Steps {s1}-{s2}: {_usd(low)} – {_usd(high)} per year",
            f"Prevailing wage: {_usd(pw)} per year (Level {level}, {area})",
            f"Supplements: a {_usd(stipend)} stipend for hard-to-staff fields and extended school "
            f"year pay at the daily rate; membership of {retire}.",
            "To apply, send a letter of interest to the Human Resources Director by the closing "
            "date.",
            "",
            "Department note",
            f"Many of our {_plural(job)} started as {_plural(feeder)} ({_usd(f_band[0])} – "
            f"{_usd(f_band[1])}). After three years you may apply to be a {lead}; others have "
            f"gone on to become {_plural(up2)} ({_usd(u_band[0])} – {_usd(u_band[1])}) or "
            f"{_plural(up3)}, and a few moved to {lateral} posts. The district's average "
            f"teacher salary is {_usd(avg)}.",
            "",
            "Related links: Salary schedule 2026-27 · Benefits gu"]


# --------------------------------------------------------------------------------------
# A pension member guide for one occupation
# --------------------------------------------------------------------------------------
# (the role, the abbreviation and the older name (aliases), the scheme, the status that
#  looks like a title (`optional`), two employers, the bands, the slash rung pair, the top
#  rungs, lateral posts (title, where), the move in, the region of the average)
_PGADVISER = (
    ("Physiotherapist", ("Physio", "Physical therapist"), "NHS Pension Scheme",
     "Special Class status", ("Harrowden Community Health", "Fenmere Hospitals"),
     (5, 6, 7), ("Specialist physiotherapist", "Rotational team coordinator"),
     ("Therapy team leader", "Therapy services manager"),
     (("Sports physiotherapist", "a football club"), ("Lecturer", "a university")),
     "Rehabilitation assistant", "England"),
    ("Firefighter", ("FF", "Fire and rescue officer"), "Firefighters' Pension Scheme",
     "Protected member status", ("Westmoor Fire and Rescue Service", "Dunholm Fire Service"),
     (1, 2, 3), ("Crew manager", "Watch commander"),
     ("Station manager", "Group manager"),
     (("Fire safety inspector", "the protection team"), ("Control operator", "fire control")),
     "Retained firefighter", "UK"),
)


def _pgadviser(rng: random.Random, g: Guide) -> list[str]:
    """A pension adviser's guide for one occupation: the adviser's menu, phone, log-in,
    reviewer and update line, the risk and "not personal advice" warnings, "In this guide",
    the numbered section headings, the contribution table's heads, the worked example's
    person, the FAQ questions, review stars, the regulator line and cut related guides
    (chrome), "Xs (ABBRs, sometimes still called Ys)" (the role and aliases), a glued
    contribution-tier table and the employer's rate (no pay), a pension status that looks
    like a title (`optional`), the role's band and the next rungs' bands (theirs, "A / B are
    Band 6" for both titles), a national average (the role's point with its region), a
    worked example's pensionable pay, pension and tax relief (no pay), an arrow ladder,
    lateral moves and a move in; the employers members work for employ, the adviser no
    one."""
    (job, (abbr, old), scheme, status, (emp1, emp2), (b1, b2, b3), (pair1, pair2),
     (up2, up3), ((lat1, where1), (lat2, where2)), came, region) = rng.choice(_PGADVISER)
    occupy(g, job, ladder=[job, pair1, up2, up3], transitions=[lat1, lat2], moves_in=[came])
    _spell(g, abbr, old)
    _facts(g, [], [emp1, emp2], [], [status, scheme])
    own = (rng.randrange(28000, 31000, 7), 0)
    own = (own[0], own[0] + rng.randrange(5000, 7000, 7))
    _salary(g, *own, "GBP", level=f"Band {b1}")
    mid = (own[1] + rng.randrange(500, 1500, 7), 0)
    mid = (mid[0], mid[0] + rng.randrange(6000, 8000, 7))
    _salary(g, *mid, "GBP", belongs_to=pair1)
    _salary(g, *mid, "GBP", belongs_to=pair2)
    top = (mid[1] + rng.randrange(500, 1500, 7), 0)
    top = (top[0], top[0] + rng.randrange(6000, 9000, 7))
    _salary(g, *top, "GBP", belongs_to=up2)
    average = rng.randrange(own[0] + 500, own[1], 10)
    _salary(g, average, average, "GBP", point=True, region=region)
    tiers = [13259, 17674, 24831, 26832, 33256, 49979]
    tiers = [int(_no_pay(g, t + rng.randrange(0, 400, 7), 7)) for t in tiers]
    rates = ("5.2%", "6.5%", "8.3%", "9.8%", "10.7%", "12.5%")
    example = int(_no_pay(g, rng.randrange(own[0], own[1], 10), 10))
    built = int(_no_pay(g, round(example / 54, -1), 10))
    relief = int(_no_pay(g, rng.randrange(500, 900, 10), 10))
    adviser = rng.choice(("Brightwater Pensions", "Ellison Retirement Planning"))
    person = rng.choice(("Priya", "Gareth"))
    g.must_not_appear += [adviser, "In this guide", "Pensionable pay | Member rate",
                          f"{person}'s story", "Capital at risk", "not personal financial advice",
                          "Trustpilot", "Financial Conduct Authority", "Related guides"]
    return [f"{adviser} | Guides | Calculators | Book a call | Log in   ☎ 0800 000 0000",
            f"Home › Guides › Pensions by occupation › {_plural(job)}",
            f"Pensions for {_plural(job.lower())}: a member's guide to the {scheme}",
            f"Reviewed by a Chartered Financial Planner · Updated {rng.randint(2, 28)} November "
            "2026 · ★★★★★ 4.8 on Trustpilot",
            "Capital at risk. This page is general guidance and not personal financial advice.",
            "In this guide: 1. Who this is for · 2. What you pay in · 3. Your pay · 4. A worked "
            "example · 5. Career moves · 6. FAQs",
            "",
            "1. Who this is for",
            f"{_plural(job)} ({abbr}s, sometimes still called {_plural(old.lower())}) working "
            f"for employers such as {emp1} or {emp2}.",
            "",
            "2. What you pay inPensionable pay | Member rate",
            f"Up to £{tiers[0]:,} | {rates[0]}",
            *(f"Over £{tiers[i - 1]:,} to £{tiers[i]:,} | {rates[i]}" for i in range(1, 6)),
            f"Your employer pays a further {rng.choice(('20.6', '23.7', '28.8'))}% on top.",
            f"Some long-serving members hold {status}, which lets them retire earlier.",
            "",
            "3. Your pay",
            f"{_plural(job)} start on Band {b1} ({_gbp(own[0])} – {_gbp(own[1])}). "
            f"{_plural(pair1)} / {_plural(pair2.lower())} are Band {b2} ({_gbp(mid[0])} – "
            f"{_gbp(mid[1])}), and {_plural(up2.lower())} Band {b3} ({_gbp(top[0])} – "
            f"{_gbp(top[1])}). The national average for {_an(job.lower())} is {_gbp(average)} "
            f"({region}).",
            "",
            "4. A worked example",
            f"{person}'s story: pensionable pay of {_gbp(example)} builds {_gbp(built)} of "
            f"pension a year, and tax relief on her contributions is about {_gbp(relief)}.",
            "",
            "5. Career moves",
            f"{job.lower()} → {pair1.lower()} → {up2.lower()} → {up3.lower()}",
            f"Some move into {where1} as {_plural(lat1.lower())} or join {where2} as "
            f"{_plural(lat2.lower())}; many started as {_plural(came.lower())}.",
            "",
            "6. FAQs",
            "Can I take my pension early? · What happens if I go part-time?",
            "",
            f"{adviser} is authorised and regulated by the Financial Conduct Authority. "
            f"Registered in England No. {rng.randint(4000000, 9999999)}.",
            "Related guides: Pensions for paramedi"]


# (the role, the "also called" names and abbreviation (aliases), the fund and its council,
#  the academy trusts, three levels with spine points, the next rung and its abbreviation,
#  lateral posts, moves in, the sector)
_PGFUND = (
    ("School Cook", ("School Chef", "Catering Cook", "SC"), ("Ashvale Pension Fund",
                                                             "Ashvale County Council"),
     ("Brookmere Academy Trust", "Highcliff Learning Partnership"),
     (("Level 1", "SCP 2–3"), ("Level 2", "SCP 4–6"), ("Level 3", "SCP 7–10")),
     ("Cook in Charge", "CIC"), ("Kitchen Manager", "Catering Supervisor"),
     ("Kitchen Assistant", "Lunchtime Supervisor"), "Education"),
    ("Library Assistant", ("Library Customer Adviser", "Library Officer", "LCA"),
     ("Tamworth Vale Pension Fund", "Tamworth Vale Borough Council"),
     ("Northgate Schools Trust", "Rivermead Academies"),
     (("Level 1", "SCP 3–5"), ("Level 2", "SCP 6–8"), ("Level 3", "SCP 9–12")),
     ("Library Supervisor", "LS"), ("Archive Assistant", "Museum Assistant"),
     ("Volunteer", "Shop Assistant"), "Local government"),
)


def _pgfund(rng: random.Random, g: Guide) -> list[str]:
    """A county pension fund's page for one occupation: a glued breadcrumb and title, the
    "who it is for" and contact text, the table heads, the case study's person and cut
    related links (chrome), "also called A or B (ABBR)" (aliases), a contribution table with
    a main and a 50/50 section (no pay), a glued pay explanation: the FTE range of each level
    on the pay spine (the role's at that level), the next rung's FTE range (theirs), a
    term-time worker's actual salary (the same pay pro rata, no pay) and allowances (no pay),
    "Level 1 → Level 2 → Level 3 → X" (the ladder is the role → X: levels are no rungs),
    lateral moves and moves in; the council and the trusts employ, the fund no one;
    "work in the … sector" names a sector."""
    (job, (aka1, aka2, abbr), (fund, council), (trust1, trust2), levels, (nxt, nxt_abbr),
     (lat1, lat2), (in1, in2), sector) = rng.choice(_PGFUND)
    occupy(g, job, ladder=[job, nxt], transitions=[lat1, lat2], moves_in=[in1, in2])
    _spell(g, aka1, aka2, abbr)
    _facts(g, [], [council, trust1, trust2], [sector], ["50/50 section", nxt_abbr])
    low = rng.randrange(23800, 24600, 7)
    ranges = []
    for step in range(3):
        start = low + step * rng.randrange(900, 1300, 7)
        ranges.append((start, start + rng.randrange(350, 1600, 7)))
    for (name, points), band in zip(levels, ranges, strict=True):
        _salary(g, *band, "GBP", level=f"{name} ({points})")
    n_band = (ranges[2][1] + rng.randrange(1500, 3000, 7), 0)
    n_band = (n_band[0], n_band[0] + rng.randrange(2500, 4000, 7))
    _salary(g, *n_band, "GBP", belongs_to=nxt)
    tiers = [int(_no_pay(g, t + rng.randrange(0, 300, 7), 7))
             for t in (17800, 28000, 45600, 57700, 80800)]
    actual = int(_no_pay(g, round(ranges[0][0] * 0.78, -1), 10))
    allowance = int(_no_pay(g, rng.randrange(300, 700, 10), 10))
    person = rng.choice(("Dawn", "Marcus"))
    g.must_not_appear += [f"{fund} › Members", "Main section", f"{person}'s story",
                          "Related links", "Contact the pensions team"]
    return [f"{fund} › Members › Your job › {_plural(job)}Pensions for {_plural(job.lower())}",
            "",
            "Who this page is for",
            f"{_plural(job)}, also called {_plural(aka1.lower())} or {_plural(aka2.lower())} "
            f"({abbr}s), who work for {council}, {trust1} or {trust2}. Most of our members "
            f"work in the {sector.lower()} sector.",
            "",
            "What you pay in",
            "Actual pay in the year | Main section | 50/50 section",
            f"Up to £{tiers[0]:,} | 5.5% | 2.75%",
            *(f"Over £{tiers[i - 1]:,} to £{tiers[i]:,} | {5.8 + i * 0.7:.1f}% | "
              f"{(5.8 + i * 0.7) / 2:.2f}%" for i in range(1, 5)),
            "",
            f"Your pay{_plural(job)} are paid on the national pay spine (full-time equivalent, "
            "FTE):",
            *(f"- {name} ({points}): {_gbp(band[0])} – {_gbp(band[1])}"
              for (name, points), band in zip(levels, ranges, strict=True)),
            f"- {nxt} ({nxt_abbr}): {_gbp(n_band[0])} – {_gbp(n_band[1])}",
            f"Most work term-time only: on {levels[0][0]} your actual salary might be "
            f"{_gbp(actual)}, and that actual pay sets your contribution rate. A first aid "
            f"allowance of {_gbp(allowance)} is pensionable too.",
            "",
            "Your career and your pension",
            f"{levels[0][0]} → {levels[1][0]} → {levels[2][0]} → {nxt}",
            f"Members also become {_plural(lat1.lower())} or {_plural(lat2.lower())}, and many "
            f"start as {_plural(in1.lower())} or {_plural(in2.lower())}.",
            "",
            f"{person}'s story",
            f"{person} joined the scheme in 2014 and chose the 50/50 section for a year.",
            "",
            "Contact the pensions team: 0300 000 0000",
            "Related links: Ill-health retirement · Transferring your pens"]


# --------------------------------------------------------------------------------------
# An employer's recruitment open-day event page
# --------------------------------------------------------------------------------------
# (the role, two "also known as" names, the trust, the venue and town, the feeder and the
#  next rung, the two specialist posts, the move in, the other role recruited, soft skills,
#  sector, the bands)
_ODTICKET = (
    ("Pharmacy Technician", ("Registered Pharmacy Technician", "Pharmacy Tech"),
     "Hollinbrook Teaching Hospitals NHS Trust", ("Hollinbrook Education Centre", "Preston"),
     "Pharmacy Support Worker", "Accredited Checking Technician",
     ("Aseptic Services Technician", "Medicines Management Technician"),
     ("Medicines counter assistant", "high-street pharmacies"),
     "Pharmacy Porter", ("Accurate", "Calm under pressure", "Team player"), (3, 4, 5, 2)),
    ("Dental Nurse", ("Registered Dental Nurse", "Dental Surgery Assistant"),
     "Lowmoor Community Dental Services NHS Trust", ("Lowmoor Health Hub", "Sunderland"),
     "Dental Receptionist", "Dental Hygienist",
     ("Orthodontic Dental Nurse", "Sedation Dental Nurse"),
     ("Healthcare assistant", "care homes"),
     "Dental Decontamination Assistant", ("Caring", "Organised", "Good with children"),
     (3, 4, 6, 2)),
)


def _odticket(rng: random.Random, g: Guide) -> list[str]:
    """An event-ticketing listing of a trust's recruitment open day: the site's menu,
    breadcrumb, date, time and venue, "Sales end", followers, Reserve / Save / Share, a
    glued agenda with its speakers, "What to bring" and its documents, tags, the organiser
    line, the refund policy and cut "More events from this organiser" (chrome), "Recruitment
    open day: Xs at T" (the role; "also known as" aliases), the trainee band (the role's at
    Trainee) and the qualified band (the role's at its band), the next rung's "from" (an
    open-ended floor, theirs) and another role recruited on the day (theirs), a welcome
    payment, enhancements and the pension (no pay), an arrow ladder through the trainee rung,
    lateral moves, a move in and "What we're looking for" (skills); the trust employs."""
    (job, (aka1, aka2), trust, (venue, town), feeder, nxt, (lat1, lat2), (came, came_from),
     other, soft,
     (b1, b2, b3, b4)) = rng.choice(_ODTICKET)
    trainee = f"Trainee {job}"
    occupy(g, job, ladder=[feeder, trainee, job, nxt], transitions=[lat1, lat2],
           moves_in=[came])
    _spell(g, aka1, aka2)
    _facts(g, list(soft), [trust], [], [])
    t_band = (rng.randrange(24000, 26000, 7), 0)
    t_band = (t_band[0], t_band[0] + rng.randrange(1500, 2500, 7))
    _salary(g, *t_band, "GBP", level=f"Trainee, Band {b1}")
    q_band = (t_band[1] + rng.randrange(300, 900, 7), 0)
    q_band = (q_band[0], q_band[0] + rng.randrange(3000, 4000, 7))
    _salary(g, *q_band, "GBP", level=f"Band {b2}")
    floor = q_band[1] + rng.randrange(500, 1500, 7)
    _salary(g, floor, None, "GBP", belongs_to=nxt)
    o_band = (rng.randrange(23000, 24000, 7), 0)
    o_band = (o_band[0], o_band[0] + rng.randrange(800, 1500, 7))
    _salary(g, *o_band, "GBP", belongs_to=other)
    welcome = int(_no_pay(g, rng.randrange(500, 1500, 100), 100))
    site = rng.choice(("TicketHive", "EventNest"))
    speaker = rng.choice(("Chief Pharmacist Dr A. Moss", "Head of Nursing K. Obi"))
    g.must_not_appear += [site, "Sales end", "Reserve a spot", "What to bring", "#nhsjobs",
                          "Refund policy", "More events from this organiser", speaker,
                          "Agenda10:00", "followers"]
    return [f"{site}   Browse events   Create events   Help   Log in   Sign up",
            f"Home › {town} › Careers events › Recruitment open day",
            f"Saturday, {rng.randint(9, 30)} January 2027 · 10:00 – 15:00",
            f"{venue}, {town}",
            f"Free · Sales end on {rng.randint(1, 8)} January",
            f"{trust}  {rng.randint(300, 2500)} followers   Follow   ♡ Save   Share",
            "Reserve a spot",
            "",
            f"Recruitment open day: {_plural(job)} at {trust}",
            "About this event",
            f"Meet our teams and find out how to become "
            f"{_an(job.lower())} (also known as {_plural(aka1)} or {_plural(aka2)}). "
            "Walk-ins welcome.",
            f"Agenda10:00 Welcome – {speaker} · 10:30 Ward tours · 12:00 Interviews on the day",
            "",
            "Pay",
            f"{_plural(trainee)}: Band {b1} ({_gbp(t_band[0])} – {_gbp(t_band[1])}); qualified "
            f"{_plural(job.lower())}: Band {b2} ({_gbp(q_band[0])} – {_gbp(q_band[1])}). "
            f"{_plural(nxt)} (Band {b3}) start from {_gbp(floor)}. We are also recruiting "
            f"{_plural(other.lower())} on the day (Band {b4}, {_gbp(o_band[0])} – "
            f"{_gbp(o_band[1])}).",
            f"A welcome payment of {_gbp(welcome)}, unsocial hours enhancements and the NHS "
            "Pension Scheme.",
            "",
            "Your career",
            f"{feeder} → {trainee.lower()} → {job.lower()} → {nxt.lower()}",
            f"Some have moved into specialist roles as {_plural(lat1.lower())} or "
            f"{_plural(lat2.lower())}; many came from {came_from} as {_plural(came.lower())}.",
            "",
            "What we're looking for",
            *(f"• {s}" for s in soft),
            "",
            "What to bring",
            "• Photo ID • Proof of address • Your CV",
            "",
            "Tags: #nhsjobs #careers #opendays",
            f"Organised by {trust}",
            "Refund policy: no refunds needed, this is a free event",
            "More events from this organiser",
            "Careers evening for return to pra"]


# (the role, two "also known as" names, the park (printed "… Ltd", short) and its group,
#  the venue, duties (`optional`), adjective skills, the rungs, the lateral posts and where,
#  the other role recruited, the sector)
_ODPARK = (
    ("Games Host", ("Midway Attendant", "Arcade Host"), ("Tarnside Adventure Park Ltd",
                                                         "Tarnside Adventure Park"),
     "Pennant Leisure Group", "the Boardwalk Theatre",
     ("running the prize games on the midway", "handling cash and prizes"),
     ("Friendly", "Honest", "Energetic"),
     ("Games Team Leader", "Retail and Games Supervisor", "Duty Manager"),
     (("Ride Operator", "our rides team"), ("Events Technician", "the Live Shows team")),
     "Food & Beverage Host", "Leisure and tourism"),
    ("Animal Keeper", ("Zookeeper", "Animal Care Assistant"), ("Hartsfell Wildlife Park Ltd",
                                                               "Hartsfell Wildlife Park"),
     "Greenway Attractions", "the Education Centre",
     ("feeding the animals and cleaning enclosures", "giving keeper talks"),
     ("Patient", "Physically fit", "Observant"),
     ("Head Keeper", "Collection Manager", "Curator"),
     (("Education Officer", "our education team"), ("Groundskeeper", "the Estates team")),
     "Retail Assistant", "Leisure and tourism"),
)


def _odpark(rng: random.Random, g: Guide) -> list[str]:
    """A park's recruitment-day page: the park's menu, date, time and venue, "Walk-ins
    welcome", Register / Add to calendar, a glued arrow agenda, "What does a X do?" and cut
    "Also recruiting" (chrome), "RECRUITMENT DAY: XS WANTED" (the role; "also known as"
    aliases), duties (`optional`), ticked adjectives (skills), "Pay: 18+ £a/hr | 16–17
    £b/hr" (the role's age-band rates) beside the next rungs' rates (theirs), an
    end-of-season bonus, discount, free entry and uniform (no pay), an arrow ladder, lateral
    moves, the park and its group (employ), "Sector:" (a sector) and another role recruited
    (theirs)."""
    (job, (aka1, aka2), (printed, short), group, venue, duties, soft, (up1, up2, up3),
     ((lat1, where1), (lat2, where2)), other, sector) = rng.choice(_ODPARK)
    occupy(g, job, ladder=[job, up1, up2, up3], transitions=[lat1, lat2])
    _spell(g, aka1, aka2)
    _legal(g, printed, short)
    _facts(g, list(soft), [group], [sector], list(duties))
    adult = _cents(rng, 12, 13)
    young = round(adult - rng.randrange(180, 280) / 100, 2)
    lead = round(adult + rng.randrange(120, 220) / 100, 2)
    _salary(g, adult, adult, "GBP", period="hour")
    _salary(g, young, young, "GBP", period="hour")
    _salary(g, lead, lead, "GBP", period="hour", belongs_to=up1)
    sup = rng.randrange(26000, 29000, 100)
    _salary(g, sup, sup, "GBP", belongs_to=up2)
    o_rate = round(adult + rng.choice((0.0, 0.15)), 2)
    _salary(g, o_rate, o_rate, "GBP", period="hour", belongs_to=other)
    bonus = int(_no_pay(g, rng.randrange(150, 400, 25), 25))
    g.must_not_appear += ["Walk-ins welcome", "Add to calendar", "On the day09:30",
                          f"What does {_an(job.lower())} do?", "Also recruiting at the event",
                          "Recruitment Day 2027"]
    return [f"{short} | Tickets | Rides | Hotel | Jobs | Recruitment Day 2027",
            f"RECRUITMENT DAY: {_plural(job).upper()} WANTED",
            f"Saturday {rng.randint(6, 27)} February 2027 · 9:30–14:00 · {venue} · Walk-ins "
            "welcome",
            "Register   Add to calendar",
            "",
            "On the day09:30 Arrive → 10:00 Welcome talk → 10:30 Behind the scenes tour → "
            "11:30 Group activity → 12:30 Interviews",
            "",
            f"What does {_an(job.lower())} do?",
            f"Our {_plural(job.lower())} (also known as {_plural(aka1.lower())} or "
            f"{_plural(aka2.lower())}) are busy {duties[0]} and {duties[1]}.",
            "",
            "We're looking for people who are:",
            *(f"✔ {s.lower()}" for s in soft),
            "",
            f"Pay: 18+ £{adult:.2f}/hr | 16–17 £{young:.2f}/hr | {up1} £{lead:.2f}/hr | {up2} "
            f"{_gbp(sup)} a year",
            f"Plus: an end-of-season bonus of {_gbp(bonus)}, 30% staff discount, free entry for "
            "your family and a uniform.",
            "",
            "Grow with us",
            f"{job} → {up1} → {up2} → {up3}",
            f"Others move across to {where1} as {_plural(lat1.lower())} or into {where2} as "
            f"{_plural(lat2.lower())}.",
            "",
            f"{printed} is part of {group}. Sector: {sector}",
            f"Also recruiting at the event: {other} (£{o_rate:.2f}/hr) · Car park marsh"]


(FAMILY45_RENDERERS, FAMILY45_LAYOUTS, FAMILY45_LADDER_LAYOUTS,
 FAMILY45_ALIAS_LAYOUTS) = variant_families({
    "ukrainianmt": {"farm": _uafarm, "factory": _uafactory},
    "croatianmt": {"coast": _hrcoast, "hotel": _hrhotel},
    "signoff": {"library": _solibrary, "app": _soapp},
    "permnotice": {"intranet": _pmcafe, "board": _pmboard},
    "pensionguide": {"adviser": _pgadviser, "fund": _pgfund},
    "openday": {"ticketing": _odticket, "park": _odpark},
})
