"""Generator renderers for the six page families of held-back set 28 (easy-read guides ...).

Held-back set 28 showed six more kinds of page users bring: an easy-read job guide for
people with a learning disability (a council booklet with picture lines, "Page N" lines and
pay in words, or an Easy English sheet with icon columns and a "↓" ladder), a prevailing wage
determination (a federal general decision opened at one classification, or a state rate
search's pipe table with apprentice steps), a Turkish job posting read through a browser
translator (dot thousands, "thousand TL", translated soft skills), a prison or reentry
service's job sheet for people leaving custody (a prison job as the route in, day rates on
CIS, or a check-box form with LMI rows), a careers adviser's action plan for one client (an
e-mailed plan, or a case manager's plan with primary, long-term and back-up goals) and a
leaver's exit survey response (an HR tool's response, or a form service's individual
response).  These renderers write such pages from a planned guide, two variants a family,
about occupations that fit them (occupy()); every fact the truth keeps is printed and what a
style does not state is cleared.

>>> _tl(32_000), _pence(12.4)
('32.000', '£12 and 40p')
>>> _glue(["Mixing plaster", "Skimming walls"])
'Mixing plasterSkimming walls'
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import _a, _salary, occupation_role, occupy
from benchmarks.web_families19 import _apart
from benchmarks.web_families24 import _begin, _no_pay
from benchmarks.web_families27 import _cap, _spell

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY28_ALIAS_LAYOUTS", "FAMILY28_LADDER_LAYOUTS", "FAMILY28_LAYOUTS",
           "FAMILY28_RENDERERS"]

FAMILY28_LAYOUTS = ("easyread", "wagedet", "trmt", "resettle", "actionplan", "exitform")
# The renderers set each page's ladder and spellings themselves (occupy()).
FAMILY28_LADDER_LAYOUTS: tuple[str, ...] = ()
FAMILY28_ALIAS_LAYOUTS: tuple[str, ...] = ()


def _tl(amount: int) -> str:
    """A lira amount in Turkish dot thousands: 32000 → "32.000"."""
    return f"{amount:,}".replace(",", ".")


def _pence(amount: float) -> str:
    """Pounds and pence in words as an easy-read booklet writes them: 12.4 → "£12 and 40p"."""
    pounds = int(amount)
    return f"£{pounds} and {round((amount - pounds) * 100)}p"


def _glue(items: list[str]) -> str:
    """Items run together without a separator, as a badly pasted skills line reads (each
    item keeps its capital: two lower-case items glued state neither, "plasterskimming")."""
    return "".join(items)


def _extra_ladder(g: Guide, names: list[str]) -> None:
    """Add a further ladder the page prints besides the progression."""
    g.ladders.append([(occupation_role(n), n) for n in names])


# --------------------------------------------------------------------------------------
# An easy-read job guide
# --------------------------------------------------------------------------------------
# (title, two other names, tasks, skills as verb phrases, things to know about, tools, the
#  course, the ladder above (two rungs), hospital or other lateral jobs, kinds of place,
#  three employers, the place that states its own rate, a hard word and its meaning)
_BOOKLETS = (
    ("Café Assistant", ("Counter Assistant", "Barista Helper"),
     ("take orders at the counter", "make hot drinks", "clear and wipe the tables"),
     ("work as part of a team", "be friendly to customers", "count money"),
     ("food hygiene", "allergens"), ("a till", "a coffee machine", "a dishwasher"),
     "Food Hygiene Level 2", ("Senior Café Assistant", "Café Supervisor"),
     ("Ward Host", "Hospital Catering Assistant"), ("cafés", "leisure centres", "garden centres"),
     ("Brambles Café", "Northgate Leisure Centre", "Hillside Garden Centre"),
     "The garden centre", ("Allergens", "things in food that can make some people ill")),
    ("Laundry Assistant", ("Laundry Worker", "Linen Porter"),
     ("sort sheets and towels", "load the big washing machines", "fold and stack the linen"),
     ("follow a list of jobs", "be on time every day", "lift things safely"),
     ("colour codes", "hand washing"), ("a roller iron", "a tumble dryer", "a linen trolley"),
     "Moving and Handling Basics", ("Senior Laundry Assistant", "Laundry Supervisor"),
     ("Housekeeping Assistant", "Sterile Services Assistant"),
     ("care homes", "hotels", "hospitals"),
     ("Oakwell Care Home", "The Riverside Hotel", "Cleanline Laundries"),
     "The hotel", ("Colour codes", "colours that show which bag or cloth is for which job")),
    ("Supermarket Assistant", ("Shop Assistant", "Shelf Filler"),
     ("fill the shelves", "help customers find things", "check the dates on food"),
     ("be polite to customers", "keep the shop tidy", "work at a steady pace"),
     ("stock rotation", "fire safety"), ("a hand scanner", "a pallet truck", "a cardboard baler"),
     "Customer Service Level 1", ("Senior Supermarket Assistant", "Shift Leader"),
     ("Hospital Shop Assistant", "Ward Stores Assistant"),
     ("supermarkets", "corner shops", "hospital shops"),
     ("Fresco Foods", "Dalby Co-operative", "Kingsmead Hospital Shop"),
     "The hospital shop", ("Stock rotation", "putting the oldest food at the front")),
)
_BOOKLET_COUNCILS = ("Westbury Council", "Ashdown District Council", "Kelmarsh City Council")
_COACHES = ("Dawn", "Priya", "Gareth", "Mo", "Shona")


def _easyread(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A council's easy-read booklet: picture and "Page N" lines between short sentences,
    other names, verb-phrase skills, tools, a hard-word box, pay in words, a named place's
    own rate, a tips box, an "After a while … Then …" ladder and hospital moves."""
    variant = _begin(rng, g, ("booklet", "sheet"))
    if variant == "sheet":
        return _easy_english(rng, g)
    (title, others, tasks, verbs, know, tools, course, (senior, boss), laterals, places,
     employers, payer, (hard, meaning)) = rng.choice(_BOOKLETS)
    occupy(g, title, ladder=[title, senior, boss], transitions=list(laterals))
    _spell(g, *others)
    g.skills = {"top": [_cap(v) for v in (*verbs, *know)] + [_cap(t.split(" ", 1)[1])
                                                             for t in tools]}
    g.employers, g.sectors = list(employers), [_cap(p) for p in places]
    council = rng.choice(_BOOKLET_COUNCILS)
    coaches = rng.sample(_COACHES, 2)
    library = rng.choice(("PicturePoint", "Clearpics", "EasyImages"))
    g.optional += [course, *tasks]  # duties, not asks: the conventions name no skill
    hourly = rng.randint(1180, 1290) / 100
    other_rate = _apart(rng.randint(1190, 1320) / 100, [hourly])
    yearly = rng.randint(21, 25) * 1000 + rng.choice((0, 200, 500, 800))
    _salary(g, hourly, hourly, "GBP", period="hour", point=True)
    _salary(g, other_rate, other_rate, "GBP", period="hour", point=True)
    _salary(g, yearly, yearly, "GBP", point=True)
    tips = int(_no_pay(g, rng.choice((10, 15, 20, 25)), 5))
    series = rng.randint(2, 9)
    g.must_not_appear += [council, *coaches, library, f"Job guide {series}", "Skip to content",
                          "Words in bold", meaning]
    pic = "[Picture: "
    lines = [f"Skip to content | Text size A A A | Listen to this page | {council}",
             f"Home > Jobs and skills > Easy read > Job guide {series}", "",
             f"{title}", f"Easy read job guide - Job guide {series} of 12", "",
             f"{pic}a person smiling at work]",
             "Words in bold are hard words. We explain them in a box.", "", "Page 1", "",
             f"What is a {title.lower()}?", f"{pic}a {title.lower()} at work]",
             (f"Some people call this job {others[0]} or {others[1]}." if round(hourly * 100) % 2
              else f"Other names for this job are {others[0]} and {others[1]}."),
             "In this job you:", *(f"- {t}" for t in tasks), "", "Page 2", "",
             "You need to", *(f"- {v}" for v in verbs), "",
             "It helps to know about", f"- **{know[0]}**", f"- {know[1]}", "",
             "+------------------------------------------+",
             f"| Hard word: **{hard}**", f"| This means {meaning}.",
             "+------------------------------------------+", "",
             f"You will use {tools[0]}, {tools[1]} and {tools[2]}.",
             f"You can do a short course called {course}.", "", "Page 3", "",
             "Where can I work?", f"{pic}a building with a sign]",
             f"You can work in: {places[0]}, {places[1]} and {places[2]}.",
             f"Places that have had {title.lower()} jobs are {employers[0]}, {employers[1]} "
             f"and {employers[2]}.", "", "Page 4", "", "How much money will I get?",
             f"{pic}some coins and a bank card]",
             f"You get about {_pence(hourly)} for each hour you work.",
             f"{payer} pays {_pence(other_rate)} for each hour.",
             f"If you work full time you get about £{yearly:,} in a year.",
             "+------------------------------------------+",
             f"| Tips are extra money from customers. You might get about £{tips} a week.",
             "| Tips are not part of your pay.",
             "+------------------------------------------+", "", "Page 5", "",
             "What can I do next?", f"{pic}a person walking up some steps]",
             f"After a while you could become a {senior}.",
             f"Then you could become a {boss}.",
             f"Some people go on to work in a hospital as a {laterals[0]} or as a "
             f"{laterals[1]}.", "", "Page 6", "", "Who can help me?",
             f"Talk to your job coach. Our job coaches are {coaches[0]} and {coaches[1]}.",
             f"Pictures from {library}. © {council} 2026 | Accessibility | Contact us"]
    return lines


# (title, two other names, tools, skills as verb phrases, the certificate, the licence,
#  kinds of employer, two named employers, jobs people start as, the ladder below the role,
#  the lateral job, hard words and meanings)
_SHEETS = (
    ("Commercial Cleaner", ("Cleaner", "Office Cleaner"),
     ("a vacuum cleaner", "a floor scrubber", "a mop and bucket"),
     ("follow safety rules", "work on your own", "talk with your team leader"),
     "Certificate II in Cleaning Operations", "a driver licence",
     ("schools", "offices", "shopping centres"),
     ("Riverbend City Council", "BrightStar Cleaning Services"),
     ("Kitchen Hand", "Trolley Collector"), ("Leading Hand", "Cleaning Supervisor"),
     "Window Cleaner"),
    ("Farm Hand", ("Farm Worker", "Station Hand"),
     ("a quad bike", "fencing pliers", "a water pump"),
     ("look after animals", "work outside in all weather", "ask for help"),
     "Certificate II in Agriculture", "a chemical user licence",
     ("dairy farms", "orchards", "cattle stations"),
     ("Wattle Creek Dairy", "Golden Plains Orchards"),
     ("Fruit Picker", "Packing Shed Worker"), ("Senior Farm Hand", "Farm Supervisor"),
     "Shearing Shed Hand"),
    ("Car Detailer", ("Car Cleaner", "Vehicle Detailer"),
     ("a pressure washer", "a polishing machine", "a wet and dry vacuum"),
     ("check your own work", "turn up on time", "use cleaning chemicals safely"),
     "Certificate II in Automotive Vocational Preparation", "a driver licence",
     ("car yards", "car wash businesses", "rental car companies"),
     ("Shine Bright Car Wash", "Coastal Car Rentals"),
     ("Car Wash Attendant", "Kitchen Hand"), ("Senior Car Detailer", "Detailing Supervisor"),
     "Window Tinter"),
)
_SHEET_SERVICES = ("Easy English Hub", "Clear Words Australia", "Plain Steps Service")


def _easy_english(rng: random.Random, g: Guide) -> list[str]:
    """An Easy English sheet: ``[icon: …]`` columns beside short sentences, tools in a list,
    a certificate and a licence, kinds of employer and named ones, an hourly band in words
    and a yearly band, a penalty rate (no pay), moves in, a ``↓`` ladder and a word list."""
    (title, others, tools, verbs, cert, licence, kinds, employers, starts, (rung, boss),
     lateral) = rng.choice(_SHEETS)
    occupy(g, title, ladder=[title, rung, boss], moves_in=list(starts), transitions=[lateral])
    _spell(g, *others)
    # a tool as printed less its article ("fencing pliers" has none to drop)
    g.skills = {"top": [_cap(t.removeprefix("a ").removeprefix("an ")) for t in tools]
                + [_cap(v) for v in verbs]}
    g.employers, g.sectors = list(employers), [_cap(k) for k in kinds]
    service = rng.choice(_SHEET_SERVICES)
    g.optional += [cert, licence.split(" ", 1)[1]]
    low = rng.randint(2650, 2850) / 100
    high = round(low + rng.randint(300, 600) / 100, 2)
    y_low = rng.randint(52, 58) * 1000
    y_high = y_low + rng.randint(6, 10) * 1000
    _salary(g, low, high, "AUD", period="hour")
    _salary(g, y_low, y_high, "AUD")
    sunday = _no_pay(g, round(low * 1.5, 2), 0.35)
    g.must_not_appear += [service, "Word list", "Penalty rates"]
    icon = "[icon: "
    col = 30
    return [f"{service}  |  Easy English  |  Text size: A+ A-  |  Read aloud ▶", "",
            f"{title}", "A job guide in Easy English", "",
            f"{icon + 'person with a badge]':<{col}}This sheet is about the job of a "
            f"{title.lower()}.",
            f"{icon + 'speech bubble]':<{col}}Some people call this job {others[0]} or "
            f"{others[1]}.", "",
            "What do you need?",
            f"{icon + 'tick]':<{col}}You need to", *(f"{'':<{col}}• {v}" for v in verbs), "",
            f"{icon + 'tools]':<{col}}You might use:", *(f"{'':<{col}}• {t}" for t in tools), "",
            f"{icon + 'certificate]':<{col}}It helps to have a {cert}.",
            f"{'':<{col}}Some jobs ask for {licence}.", "",
            "Who can you work for?",
            f"{icon + 'building]':<{col}}You can work for: {kinds[0]}, {kinds[1]}, {kinds[2]}.",
            f"{'':<{col}}Some employers are {employers[0]} and {employers[1]}.", "",
            "How much money? (in Australian dollars)",
            f"{icon + 'money]':<{col}}A new worker gets about ${low:.2f} an hour.",
            f"{'':<{col}}A worker with a lot of experience can get up to ${high:.2f} an hour.",
            f"{'':<{col}}That is about ${y_low:,} to ${y_high:,} in a year.",
            f"{icon + 'calendar]':<{col}}On a Sunday you might get ${sunday:.2f} an hour.",
            f"{'':<{col}}This extra money is called Penalty rates. It is not your normal pay.",
            "",
            "How do people start?",
            f"{icon + 'door]':<{col}}Some people start as a {starts[0]} or a {starts[1]}.", "",
            "How can you move up?", f"{'':<{col}}{title}", f"{'':<{col}}↓",
            f"{'':<{col}}{rung}", f"{'':<{col}}↓", f"{'':<{col}}{boss}", "",
            f"{icon + 'arrows]':<{col}}You can move to a job as a {lateral}.", "",
            "Word list",
            "Employer - the person or business you work for.",
            "Experience - the things you learn by doing a job.",
            f"© {service} 2026. Made with help from people with a disability."]


# --------------------------------------------------------------------------------------
# A prevailing wage determination
# --------------------------------------------------------------------------------------
# (the role, its classification in capitals, identifier prefix, scope of work items, the
#  apprenticeship committee)
_CRAFTS = (
    ("Roofer", "ROOFER", "ROOF",
     ("single-ply membranes", "modified bitumen", "built-up roofing", "metal roof panels",
      "hot kettles"), "Lakeshore Roofers JATC"),
    ("Sheet Metal Worker", "SHEET METAL WORKER", "SHEE",
     ("ductwork", "spiral duct", "flashing", "gutters", "plasma cutters"),
     "Tri-County Sheet Metal JATC"),
    ("Plumber", "PLUMBER", "PLUM",
     ("water supply piping", "drainage systems", "backflow preventers",
      "press fittings", "pipe threaders"), "Valley Plumbers JATC"),
)
# Other classifications (as printed, as the worker's title), union and survey rows.
_UNION_ROWS = (("BRICKLAYER", "Bricklayer"), ("ELECTRICIAN", "Electrician"),
               ("IRONWORKER, STRUCTURAL", "Structural Ironworker"),
               ("CARPENTER (Including Drywall Hanging)", "Carpenter"))
_SURVEY_ROWS = (("TRUCK DRIVER: Flatbed Truck", "Flatbed Truck Driver"),
                ("OPERATOR: Forklift", "Forklift Operator"),
                ("LABORER: Mason Tender", "Mason Tender"))
_STATES = (("OH", "Ohio", "Lorain and Medina"), ("PA", "Pennsylvania", "Erie and Crawford"),
           ("MI", "Michigan", "Kent and Ottawa"))


def _rate(value: float) -> str:
    """A rate in a decision's dotted-leader column: 33.1 → "33.10"."""
    return f"{value:.2f}"


def _wagedet(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A federal general decision opened at the classification found in the page: header,
    modification table, identifiers, dotted-leader rates and fringes, the role's two zone
    rates, other classifications' and survey rows' own rates, the apprentice completion
    line and the scope of work."""
    variant = _begin(rng, g, ("federal", "state"))
    if variant == "state":
        return _state_search(rng, g)
    title, caps, prefix, scope, jatc = rng.choice(_CRAFTS)
    apprentice = f"Apprentice {title}"
    occupy(g, title, ladder=[apprentice, title])
    g.skills = {"top": [_cap(s) for s in scope]}
    g.sectors = ["Building"]
    code, state, counties = rng.choice(_STATES)
    decision = f"{code}2026{rng.randint(10, 99):04d}"
    zone1 = rng.randint(3000, 4200) / 100
    zone2 = _apart(round(zone1 + rng.randint(150, 300) / 100, 2), [zone1])
    _salary(g, zone1, zone1, period="hour", point=True, region="Zone 1")
    _salary(g, zone2, zone2, period="hour", point=True, region="Zone 2")
    unions = rng.sample(_UNION_ROWS, 3)
    surveys = rng.sample(_SURVEY_ROWS, 2)
    rows: list[tuple[str, str, float]] = []
    for printed, name in [*unions, *surveys]:
        # survey rows above the Executive Order minimum, which stays as printed
        low, high = (2600, 4600) if (printed, name) in unions else (1900, 2600)
        rate = rng.randint(low, high) / 100
        _salary(g, rate, rate, period="hour", point=True, belongs_to=name)
        rows.append((printed, name, rate))
    fringe = _no_pay(g, rng.randint(1400, 2400) / 100, 0.55)
    fringes = [_no_pay(g, rng.randint(300, 2500) / 100, 0.55) for _ in rows]
    premium = _no_pay(g, rng.choice((1.5, 2.0, 2.25, 3.0)), 0.25)
    minimum = _no_pay(g, 17.75, 0.05)
    ident = f"{prefix}{rng.randint(1, 99):04d}-00{rng.randint(1, 9)} 06/01/2025"
    g.must_not_appear += [f"General Decision Number: {decision}", ident, "Modification Number",
                          "Executive Order 14026", "WAGE DETERMINATION APPEALS PROCESS",
                          f"{counties} Counties"]
    g.optional += [jatc]
    dots = 34

    def row(label: str, rate: float, extra: float, mark: str = "") -> str:
        return f"{label} {'.' * max(3, dots - len(label))}$ {_rate(rate)}{mark:<3}  {_rate(extra)}"

    union_lines = []
    for (printed, _, rate), extra in zip(rows[:3], fringes[:3], strict=True):
        union_lines += [f"{printed[:4]}{rng.randint(1, 999):04d}-00{rng.randint(1, 9)} "
                        "06/01/2025", f"{'':<38}Rates          Fringes", row(printed, rate, extra),
                        "-" * 60]
    survey_lines = [row(printed, rate, extra, " **")
                    for (printed, _, rate), extra in zip(rows[3:], fringes[3:], strict=True)]
    found = [f">> {caps} <<  (found 1 of 1)", row("  Zone 1", zone1, fringe),
             row("  Zone 2", zone2, fringe),
             f"  Foreman: ${premium:.2f} per hour above the Zone rate.",
             "  Apprentice ratios and wage rates: 1st year 50%, 2nd year 60%, 3rd year 70%, "
             "4th year 85% of the journeyman rate.",
             f"  An {apprentice} who completes the program is paid as a {title} "
             f"(program: {jatc}).",
             f"  Scope of work: {', '.join(scope[:-1])} and {scope[-1]}."]
    union_lines[4:4] = [ident, f"{'':<38}Rates          Fringes", *found, "-" * 60]
    return [f"SAM.gov  |  Wage Determinations  |  Search  |  Help      Find in page: "
            f"\"{caps.lower()}\"  1/1  ▲ ▼",
            "", f"General Decision Number: {decision} 01/02/2026",
            f"Superseded General Decision Number: {code}2025{decision[-4:]}",
            f"State: {state}", "Construction Type: Building",
            f"Counties: {counties} Counties in {state}.",
            "BUILDING CONSTRUCTION PROJECTS (does not include residential construction "
            "consisting of single family homes and apartments up to and including 4 stories).",
            "",
            f"Note: Contracts subject to Executive Order 14026 must pay workers at least "
            f"${minimum:.2f} per hour (or the applicable wage rate listed below, if higher).",
            "", "Modification Number     Publication Date",
            "          0             01/02/2026", "          1             "
            f"0{rng.randint(2, 9)}/14/2026", "", *union_lines,
            f"SU{code}2021-0{rng.randint(10, 40)} 06/21/2021",
            f"{'':<38}Rates          Fringes", *survey_lines, "",
            "** Workers in this classification may be entitled to a higher minimum wage under "
            "Executive Order 14026.", "",
            "Paid sick leave: Executive Order 13706 applies to contracts awarded on or after "
            "January 1, 2017.", "",
            "WAGE DETERMINATION APPEALS PROCESS",
            "1) Has there been an initial decision in the matter? ... (see 29 CFR Part 7)", "",
            "END OF GENERAL DECISION"]


# (the role, the similar trade's classification, another trade, scope items)
_SEARCHES = (
    ("Tile Setter", "Tile Finisher", "Terrazzo Worker",
     ("ceramic tile", "porcelain tile", "glass mosaic", "waterproofing membranes",
      "wet saws")),
    ("Elevator Constructor", "Elevator Constructor Helper", "Millwright",
     ("hoistways", "machine rooms", "escalators", "wheelchair lifts", "rigging")),
)
_AGENCIES = (("Department of Labor & Industry", "Harlan"), ("Bureau of Public Works", "Ashby"),
             ("Labor Standards Division", "Caldera"))


def _state_search(rng: random.Random, g: Guide) -> list[str]:
    """A state prevailing-wage search result: the selected trade, a pipe table of county,
    trade, classification and wage with holiday and overtime codes (a similar-named
    classification owning its rate), the scope of work, an apprentice step table with hours,
    percentages and wages, completion to Journey Level and a benefit code key."""
    title, similar, other, scope = rng.choice(_SEARCHES)
    apprentice = f"Apprentice {title}"
    occupy(g, title, ladder=[apprentice, title])
    g.skills = {"top": [_cap(s) for s in scope]}
    g.sectors = ["Building"]
    agency, county = rng.choice(_AGENCIES)
    journey = rng.randint(4200, 5600) / 100
    sim = rng.randint(3000, 4000) / 100
    oth = rng.randint(4000, 5400) / 100
    _salary(g, journey, journey, period="hour", point=True)
    _salary(g, sim, sim, period="hour", point=True, belongs_to=similar)
    _salary(g, oth, oth, period="hour", point=True, belongs_to=other)
    steps = []
    for n, pct in enumerate((50, 60, 70, 80), start=1):
        wage = round(journey * pct / 100, 2)
        _salary(g, wage, wage, period="hour", point=True, level=f"Apprentice step {n}")
        steps.append(f"| {n}    | {(n - 1) * 2000:,} - {n * 2000:,} | {pct}%     | ${wage:.2f} |")
    determination = f"2026-PW-{rng.randint(100, 999)}"
    g.must_not_appear += [agency, f"Determination: {determination}", "Benefit code key",
                          "Risk class", f"{county} County"]
    rows = [(title, title, journey, "H3", "O2"), (title, similar, sim, "H3", "O2"),
            (other, other, oth, "H1", "O1")]
    table = ["| County | Trade                | Classification              | Wage   | "
             "Holiday | Overtime |",
             *(f"| {county} | {t:<20} | {c:<27} | ${w:.2f} | {h}      | {o}       |"
               for t, c, w, h, o in rows)]
    return [f"{agency} — Prevailing Wage Rate Search", "Home > Prevailing wage > Rate search",
            f"Trade: [{title} ▾]   County: [{county} County ▾]   Determination: "
            f"{determination}   [Search] [Reset]", "",
            f"Showing 3 results for {county} County · effective 07/01/2026", *table, "",
            "Construction type: Building",
            f"Scope of work ({title}): {', '.join(scope[:-1])} and {scope[-1]}.", "",
            f"Apprentice wage schedule ({title})",
            "| Step | Hours          | Percent | Wage   |", *steps,
            f"{apprentice}s who complete 8,000 hours are registered at Journey Level.", "",
            "Benefit code key: H1 = 8 paid holidays · H3 = 10 paid holidays · O1 = time and a "
            "half after 8 hours · O2 = double time on Sundays",
            f"Risk class: {rng.randint(5000, 5999)}      Print | Export CSV | Subscribe to "
            "updates"]


# --------------------------------------------------------------------------------------
# A Turkish job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (English title, Turkish title, company, its sector, district, skills in the bullets,
#  software, translated soft skills, earlier jobs, the up move, similar postings)
_ILANLAR = (
    ("Pastry Chef", "PASTA ŞEFİ", "Lale Pastaneleri A.Ş.", "Food / Bakery", "Kadıköy",
     ("cake decoration", "sugar paste", "chocolate tempering", "sourdough"), "Excel",
     ("Solution oriented", "clean-dressed", "disciplined in the kitchen"),
     ("Commis", "Bakery Worker"), "Pastry Kitchen Chief",
     ("Bakery Master", "Dessert Chef")),
    ("Forklift Operator", "FORKLİFT OPERATÖRÜ", "Boğaziçi Lojistik A.Ş.", "Logistics / Storage",
     "Tuzla", ("forklift use", "pallet stacking", "barcode reading", "stock counting"), "SAP",
     ("Having a positive attitude", "attentive to work safety", "suitable for shift work"),
     ("Warehouse Worker", "Loading Worker"), "Warehouse Shift Chief",
     ("Reach Truck Operator", "Warehouse Clerk")),
    ("Hotel Receptionist", "OTEL RESEPSİYONİSTİ", "Mavi Koy Otelcilik A.Ş.", "Tourism / Hotel",
     "Beşiktaş", ("check-in procedures", "reservation follow-up", "cash register closing",
                  "handling guest complaints"), "Opera PMS",
     ("Open to learning", "well-groomed", "calm under pressure"),
     ("Bellboy", "Call Center Agent"), "Front Office Chief",
     ("Night Auditor", "Guest Relations Agent")),
)
_BOARDS = ("KariyerYolu.com", "İşBulNet", "Eleman24")
_TR_BARS = ("Translated from: Turkish ▸ English     Show original     Always translate Turkish"
            "     ✕", "Google Translate   Turkish > English   Show original   Options ▾")


def _trmt(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A job board's Turkish posting through a translator: English and Turkish titles, a
    net monthly band in dot thousands, comma-ended bullets with translated soft skills,
    moves in, an up move among the rights provided and similar postings with their bands."""
    variant = _begin(rng, g, ("board", "factory"))
    if variant == "factory":
        return _tr_factory(rng, g)
    (title, turkish, company, sector, district, skills, software, soft, earlier, up,
     similar) = rng.choice(_ILANLAR)
    occupy(g, title, leads=[up], moves_in=list(earlier))
    _spell(g, turkish)
    g.skills = {"top": [_cap(s) for s in skills] + [software], "soft": [_cap(s) for s in soft]}
    # The posting prints the firm with its legal form; set 28's truth accepts that spelling.
    g.employers, g.sectors = [company], sector.split(" / ")
    board, bar = rng.choice(_BOARDS), rng.choice(_TR_BARS)
    low = rng.randint(22, 30) * 1000
    high = low + rng.randint(4, 9) * 1000
    _salary(g, low, high, "TRY", period="month")
    bands = []
    for name in similar:
        s_low = rng.randint(20, 34) * 1000
        s_high = s_low + rng.randint(3, 6) * 1000
        _salary(g, s_low, s_high, "TRY", period="month", belongs_to=name)
        bands.append(f"{_tl(s_low)} TL - {_tl(s_high)} TL")
    meal = int(_no_pay(g, rng.choice((250, 300, 350)), 25))
    g.must_not_appear += [board, "Show original", "Candidate criteria", "Military service",
                          "Report this posting", "Similar postings", "KVKK", "Meal card",
                          f"{rng.randint(120, 900)} applications"]
    return [bar, f"{board}   Job postings | Companies | Salary calculator | CV     Login | "
            "Sign up", f"Home > Job postings > İstanbul > {district} > {title}", "",
            f"{title}", turkish, f"{company}   ★ 4.{rng.randint(1, 8)} "
            f"({rng.randint(40, 400)} reviews)",
            f"İstanbul (Asia) · {district} · Full time · On site",
            # a band glued or spaced, from a drawn figure (no draw of its own)
            (f"{_tl(low)} TL - {_tl(high)} TL" if low % 2000 else f"{_tl(low)}-{_tl(high)} TL")
            + " (Net / Monthly)",
            f"Updated today · {g.must_not_appear[-1]} · [Apply] [Save] [Share]", "",
            "GENERAL QUALIFICATIONS",
            *(f"- Experienced in {s}," for s in skills[:2]),
            f"- Able to do {skills[2]} and {skills[3]},",
            f"- Able to use {software} at a basic level,",
            *(f"- {_cap(s)}," for s in soft),
            f"- Candidates who have previously worked as {earlier[0]} or {earlier[1]} will be "
            "preferred.", "",
            "JOB DESCRIPTION", f"- Working in the {district} branch in two shifts,",
            "- Keeping the work area clean and orderly.", "",
            "RIGHTS PROVIDED",
            f"- Meal card ({meal} TL daily), road fee, private health insurance,",
            f"- Holiday bonus, the opportunity to take on the role of {up} in time.", "",
            "Candidate criteria", "Experience: At least 2 years   Military service: Completed",
            "Education level: High school graduate   Number of staff: 3", "",
            "Position information", "Position level: Worker   Department: Production",
            f"Company Sector: {sector}", "",
            "Similar postings", f"  {similar[0]} · {district} · {bands[0]}",
            f"  {similar[1]} · Ümraniye · {bands[1]}", "",
            "Report this posting   |   KVKK clarification text   |   © 2026 " + board]


# (English title, the bracketed specialism in English and Turkish, the Turkish capitals,
#  company, sectors, controls, measuring instruments, techniques, earlier jobs, the career
#  path's rungs above (the first with its Turkish word), the trainer, also-viewed titles)
_FABRIKALAR = (
    ("Plastic Injection Operator", "MOLD CONNECTION", "KALIP BAĞLAMA",
     "PLASTİK ENJEKSİYON OPERATÖRÜ", "Marmara Plastik San. ve Tic. A.Ş.",
     ("Plastic and Rubber", "Automotive Supply"), ("Arburg", "Engel"),
     ("caliper", "height gauge", "go/no-go gauge"), ("mold changing", "robot teaching"),
     ("Press Operator", "Packaging Worker"), (("Mold Setter", "Kalıpçı"), "Shift Supervisor"),
     "Production Trainer", ("Extrusion Operator", "Quality Control Technician")),
    ("Maintenance Electrician", "PLC", "PLC", "BAKIM ELEKTRİKÇİSİ",
     "Ege Tekstil Sanayi A.Ş.", ("Textile", "Ready-made Clothing"), ("Siemens S7", "Omron"),
     ("multimeter", "megohmmeter", "clamp meter"), ("motor winding", "panel wiring"),
     ("Electrical Technician", "Elevator Installer"),
     (("Maintenance Foreman", "Bakım Ustabaşı"), "Maintenance Manager"),
     "Technical Trainer", ("Mechanical Maintenance Technician", "Boiler Operator")),
)


def _tr_factory(rng: random.Random, g: Guide) -> list[str]:
    """A factory's posting through a translator: a bracketed specialism in both titles,
    "N thousand TL - M thousand TL" beside a gross starting figure, controls and measuring
    instruments in parentheses, moves in, a ">" career path with a Turkish word in brackets,
    a trainer who names no move and also-viewed rows with their own figures."""
    (title, special, tr_special, turkish, company, sectors, controls, instruments, techniques,
     earlier, ((rung, word), top), trainer, viewed) = rng.choice(_FABRIKALAR)
    occupy(g, title, ladder=[title, rung, top], moves_in=list(earlier))
    _spell(g, f"{title} ({special})", f"{turkish} ({tr_special})")
    g.skills = {"top": [*controls, *(_cap(i) for i in instruments),
                        *(_cap(t) for t in techniques)]}
    g.employers, g.sectors = [company], list(sectors)  # as printed, with its legal form
    board, bar = rng.choice(_BOARDS), rng.choice(_TR_BARS)
    low = rng.randint(26, 34)
    high = low + rng.randint(5, 10)
    gross = (high + rng.randint(1, 3)) * 1000 + rng.choice((250, 500, 750))
    _salary(g, low * 1000, high * 1000, "TRY", period="month")
    _salary(g, gross, gross, "TRY", period="month", point=True)
    seen = []
    for name in viewed:
        v = rng.randint(25, 40) * 1000
        _salary(g, v, v + 5000, "TRY", period="month", belongs_to=name)
        seen.append(f"{name} · Gebze · {v // 1000} thousand TL - {v // 1000 + 5} thousand TL")
    shift = int(_no_pay(g, rng.choice((1500, 2000, 2500)), 250))
    g.must_not_appear += [board, "Show original", trainer, "Report this posting",
                          "Also viewed", "Driving licence", "Gender", "AGİ"]
    return [bar, f"{board}  ☰  Find a job   Employers   Career guide", "",
            f"{title} ({special})", f"{turkish} ({tr_special})", company,
            f"Kocaeli · Gebze · Full time · {low} thousand TL - {high} thousand TL",
            f"{rng.randint(50, 600)} people applied · Updated 2 days ago    [Apply now]", "",
            "About the job",
            f"We are looking for a {title.lower()} to work in three shifts in our Gebze "
            "factory.", "", "Qualifications",
            f"- Experienced in the controls: {controls[0]}, {controls[1]},",
            f"- Able to measure with measuring instruments ({', '.join(instruments)}),",
            f"- Knowledge of {techniques[0]} and {techniques[1]},",
            f"- Prefer to have worked as {earlier[0]} or {earlier[1]},",
            "- Having completed military service for male candidates.", "",
            "Career", f"Career path: {title} > {rung} ({word}) > {top}",
            f"New colleagues are trained by our {trainer} for two weeks.", "",
            "Rights provided", f"- Gross {_tl(gross)} TL for the beginning,",
            f"- Shift premium {_tl(shift)} TL, service, meal, AGİ and BES support.", "",
            "Position level: Staff   Driving licence: B   Gender: Male / Female",
            f"Sector: {', '.join(sectors)}", "", "Also viewed", *(f"  {v}" for v in seen), "",
            f"Report this posting · KVKK · © {board}"]


# --------------------------------------------------------------------------------------
# A prison or reentry service's job sheet
# --------------------------------------------------------------------------------------
# (title, other name, two glued skills, a slash pair, a plain skill, awards, the prison job,
#  outside jobs people came in as, the Improver rung and the supervisor, lateral jobs,
#  employers with their kind, further sectors)
_SHEET_JOBS = (
    ("Plasterer", "Solid Plasterer", ("mixing plaster", "skimming walls"),
     ("Manual handling", "PPE"), "setting out beads and angles",
     ("CSCS Green Card", "Level 1 Award in Plastering"), "Maintenance Orderly",
     ("Labourer", "Plasterer's Mate"), ("Improver Plasterer", "Plastering Supervisor"),
     ("Renderer", "Dry Liner"),
     (("Kestrel Homes", "housebuilding"), ("Brightwall Interiors", "commercial fit-out")),
     "Refurbishment"),
    ("Painter and Decorator", "Decorator", ("surface preparation", "brush and roller work"),
     ("Working at height", "Colour matching"), "hanging wallpaper",
     ("CSCS Green Card", "Level 2 Certificate in Decorative Finishing"), "Wing Painter",
     ("Labourer", "Warehouse Operative"), ("Improver Decorator", "Decorating Supervisor"),
     ("Spray Painter", "Sign Writer"),
     (("Harbourside Decorators", "refurbishment"), ("Lindum Housing", "social housing")),
     "Commercial fit-out"),
)
_PRISONS = ("HMP Ashcombe", "HMP Redbrook", "HMP Fenwick Moor")
_OFFICERS = ("Mr Dunmore", "Ms Akhtar", "Mrs Pollard", "Mr Okeke")


def _resettle(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A prison's job information sheet: spellings, a glued skills line and a slash pair,
    awards, the prison job with its weekly pay and outside jobs as moves in, an Improver
    arrow ladder, lateral moves, pay rows by title and employers who took on leavers."""
    variant = _begin(rng, g, ("prison", "reentry"))
    if variant == "reentry":
        return _reentry_form(rng, g)
    (title, other, glued, (slash_a, slash_b), plain, awards, inside, came_in,
     (improver, supervisor), laterals, firms, extra_sector) = rng.choice(_SHEET_JOBS)
    occupy(g, title, ladder=[improver, title, supervisor], moves_in=[inside, *came_in],
           transitions=list(laterals))
    _spell(g, other)
    g.skills = {"top": [_cap(s) for s in (*glued, slash_a, slash_b, plain)]}
    g.employers = [f for f, _ in firms]
    g.sectors = [_cap(k) for _, k in firms] + [extra_sector]
    prison, officer = rng.choice(_PRISONS), rng.choice(_OFFICERS)
    g.optional += list(awards)
    prison_pay = rng.randint(1100, 1800) / 100
    i_low = rng.randint(10, 12) * 10
    i_high = i_low + rng.randint(2, 3) * 10
    d_low = i_high + rng.randint(3, 5) * 10
    d_high = d_low + rng.randint(3, 5) * 10
    y_low = rng.randint(27, 31) * 1000
    y_high = y_low + rng.randint(4, 7) * 1000 + rng.choice((0, 500))
    sup = y_high + rng.randint(4, 8) * 1000
    _salary(g, prison_pay, prison_pay, "GBP", period="week", point=True, belongs_to=inside)
    _salary(g, i_low, i_high, "GBP", period="day", level="Improver")
    _salary(g, d_low, d_high, "GBP", period="day")
    _salary(g, y_low, y_high, "GBP")
    _salary(g, sup, sup, "GBP", point=True, belongs_to=supervisor)
    van = int(_no_pay(g, rng.choice((30, 40, 50)), 5))
    learner = f"A{rng.randint(1000, 9999)}{rng.choice(('BC', 'DK', 'FR'))}"
    g.must_not_appear += [prison, officer, learner, "ROTL", "Unlock", "DBS",
                          "This is not a job offer", f"{prison} Employment Hub"]
    first = ("started inside as", "began in the prison as")[y_low % 2]
    return [f"{prison} — Education, Skills and Work          Job Information Sheet "
            f"JIS-{rng.randint(10, 40)}",
            f"Learner no: {learner}    Wing: {rng.choice('ABCD')}    Hub: {prison} Employment "
            f"Hub    Resettlement officer: {officer}", "",
            f"JOB INFORMATION SHEET: {title.upper()}", f"Also called: {other}", "",
            "What employers ask for",
            f"- {_glue([_cap(s) for s in glued])}", f"- {slash_a} / {slash_b}", f"- {plain}",
            f"- {awards[0]} (you can sit the test before release)",
            f"- {awards[1]} (done in the workshop here)", "",
            "How people get into it",
            f"Several learners {first} a {inside} (£{prison_pay:.2f} a week) and moved "
            "to the workshop.",
            f"Others came in as a {came_in[0]} or a {came_in[1]} after release.", "",
            "Where it can lead", f"{improver} → {title} → {supervisor}",
            f"You could also train as a {laterals[0]}, or move across to work as a "
            f"{laterals[1]}.", "",
            "Pay (2026)",
            f"  Improver ............ £{i_low} – £{i_high} a day",
            f"  {title} (CIS) ......... £{d_low} – £{d_high} a day, self-employed",
            f"  {title} (PAYE) ........ £{y_low:,} – £{y_high:,} a year",
            f"  {supervisor} ...... £{sup:,} a year",
            f"  Some firms give a van or £{van} a week for travel. Under CIS the contractor "
            "takes 20% tax.", "",
            "Telling employers about your conviction",
            "A basic DBS check shows unspent convictions. Unlock's helpline can help you "
            "with disclosure. ROTL work placements may be possible in the last months.", "",
            f"Employers who have taken on people leaving {prison}: "
            + "; ".join(f"{f} ({k})" for f, k in firms) + ".",
            f"Sectors: {', '.join(g.sectors)}", "",
            "This is not a job offer.   Printed from the Virtual Campus 03/12/2026"]


# (title and its other spelling, checked and unchecked skills (some with acronyms), the
#  supervisor's soft skills, credentials, the facility job, the helper rungs, the role's
#  next rung, specialisations, second-chance employers, industries)
_PATHWAYS = (
    ("HVAC Technician", "HVAC Installer",
     ("Brazing", "Blueprint reading", "Personal protective equipment (PPE)"),
     ("Refrigerant charging", "Powered industrial trucks (PIT)"),
     ("Punctual", "Follows instructions", "Works safely"), ("OSHA 10", "EPA Section 608"),
     "Maintenance Shop Worker", ("HVAC Helper", "Sheet Metal Helper"), "HVAC Service Manager",
     ("Refrigeration Technician", "Controls Technician"),
     ("Coldline Mechanical", "Northgate Air Services"),
     ("Construction", "Facilities Services")),
    ("Electrician", "Electrical Wireman",
     ("Conduit bending", "Wire pulling", "Ground fault circuit interrupters (GFCI)"),
     ("Blueprint reading", "Aerial work platforms (AWP)"),
     ("Punctual", "Takes direction", "Keeps a clean work area"), ("OSHA 10", "NCCER Core"),
     "Facilities Maintenance Worker", ("Electrician Helper", "Low Voltage Helper"),
     "Master Electrician", ("Solar Installer", "Fire Alarm Technician"),
     ("Brightline Electric", "Keystone Power Contractors"),
     ("Construction", "Utilities")),
)
_CENTERS = ("Northfield Reentry Center", "Crossroads Transition Services",
            "Riverside Community Reentry")


def _reentry_form(rng: random.Random, g: Guide) -> list[str]:
    """A reentry service's career pathway form: the title with a second spelling, check-box
    skill grids with acronyms, soft skills a supervisor checks, the facility shop job with
    its hourly pay as step one, credentials, a ladder with a slash rung, "Specialize:"
    moves, LMI rows (helper, entry, median, a specialist), a per diem and second-chance
    employers."""
    (title, spelling, checked, unchecked, soft, creds, shop, (helper_a, helper_b), top,
     specials, employers, industries) = rng.choice(_PATHWAYS)
    occupy(g, title, ladder=[helper_a, title, top], moves_in=[shop],
           transitions=list(specials))
    _extra_ladder(g, [helper_b, title])
    _spell(g, spelling)
    g.skills = {"top": [*checked, *unchecked], "soft": list(soft)}
    g.employers, g.sectors = list(employers), list(industries)
    center = rng.choice(_CENTERS)
    g.optional += list(creds)
    shop_pay = rng.randint(40, 110) / 100
    h_low = rng.randint(1500, 1700) / 100
    h_high = round(h_low + rng.randint(200, 300) / 100, 2)
    e_low = round(h_high + rng.randint(150, 300) / 100, 2)
    e_high = round(e_low + rng.randint(300, 500) / 100, 2)
    median = rng.randint(50, 62) * 1000 + rng.randint(1, 9) * 100
    s_low = round(e_high + rng.randint(200, 400) / 100, 2)
    s_high = round(s_low + rng.randint(600, 900) / 100, 2)
    _salary(g, shop_pay, shop_pay, period="hour", point=True, belongs_to=shop)
    _salary(g, h_low, h_high, period="hour", belongs_to=helper_a)
    _salary(g, e_low, e_high, period="hour", level="entry")
    _salary(g, median, median, point=True, level="median")
    _salary(g, s_low, s_high, period="hour", belongs_to=specials[0])
    diem = int(_no_pay(g, rng.choice((40, 45, 55)), 5))
    doc = f"DOC #{rng.randint(1_000_000, 9_999_999)}"
    onet = f"O*NET {rng.randint(47, 49)}-{rng.randint(1000, 9999)}.00"
    g.must_not_appear += [center, doc, onet, "Bright Outlook", "Federal Bonding Program",
                          "WOTC", "Not a job offer"]
    box = [f"[x] {s}" for s in checked] + [f"[ ] {s}" for s in unchecked]
    grid = [f"  {box[i]:<44}{box[i + 1] if i + 1 < len(box) else ''}"
            for i in range(0, len(box), 2)]
    return [f"{center} — Career Pathway Plan (Form RC-{rng.randint(10, 30)})",
            f"Participant: {doc}    Unit: {rng.choice(('B-East', 'C-West', 'D-2'))}    "
            f"Release date: 0{rng.randint(1, 9)}/2027", "",
            f"PATHWAY: {title.upper()} / {spelling.upper()}",
            f"{onet}  ·  Bright Outlook ✓", "",
            "SKILLS EMPLOYERS ASK FOR (x = have it)", *grid, "",
            "WORK READINESS (supervisor checks)",
            "  " + "   ".join(f"[x] {s}" for s in soft), "",
            f"CREDENTIALS:  [x] {creds[0]}   [ ] {creds[1]}", "",
            "STEP ONE (inside)",
            f"  Facility job: {shop} — ${shop_pay:.2f}/hr. The shop job is step one on this "
            "pathway.", "",
            "LADDER", f"  {helper_a} / {helper_b} → {title} → {top}",
            f"  Specialize: {specials[0]}, {specials[1]}", "",
            "LABOR MARKET INFORMATION (region)",
            f"  {helper_a}: ${h_low:.2f} – ${h_high:.2f}/hr",
            f"  {title} (entry): ${e_low:.2f} – ${e_high:.2f}/hr",
            f"  {title} (median): ${median:,}/yr",
            f"  {specials[0]}: ${s_low:.2f} – ${s_high:.2f}/hr",
            f"  Travel jobs may add a per diem of ${diem}/day (not wages).", "",
            "RECORD CHECK: most employers run a background check. Ask about the Federal "
            "Bonding Program and WOTC for the employer.",
            f"Second-chance employers: {employers[0]}, {employers[1]}",
            f"Industries: {industries[0]}, {industries[1]}", "",
            "[ ] Resume done   [ ] Mock interview   [ ] ID documents",
            "Not a job offer. Page 1 of 1"]


# --------------------------------------------------------------------------------------
# A careers adviser's action plan for one client
# --------------------------------------------------------------------------------------
# (goal, two advertised-as names, the client's earlier and current jobs, the usual route's
#  first and last rungs, roles people come in from, the ruled-out option, skills had and to
#  build, the exam, local employers, sectors)
_PLANS = (
    ("Paralegal", ("Legal Assistant", "Paralegal Officer"),
     ("Retail Supervisor", "Legal Receptionist"), ("Legal Secretary",
                                                   "Chartered Legal Executive"),
     ("Conveyancing Assistant", "Court Clerk"), "Solicitor",
     ("client care", "diary management", "Microsoft Outlook"),
     ("legal research", "case management systems", "drafting letters"),
     "CILEx Level 3 Certificate in Law and Practice",
     ("Harrow & Pike LLP", "Marlowe & Webb LLP", "Eastvale Council Legal Services"),
     ("Law firms", "Local government", "Insurance")),
    ("UX Researcher", ("User Researcher", "Design Researcher"),
     ("Market Research Interviewer", "Customer Insight Analyst"),
     ("Usability Tester", "Research Operations Manager"),
     ("Service Designer", "Market Research Analyst"), "Product Manager",
     ("survey design", "interviewing", "SPSS"),
     ("usability testing", "Figma prototypes", "journey mapping"),
     "Google UX Design Certificate",
     ("Pixelhive Studio", "Northbridge Digital", "Calder Bank Digital"),
     ("Digital agencies", "Financial services", "Public sector digital teams")),
)
_SERVICES = ("Next Step Careers", "Future Paths Careers Service", "Horizon Careers Hub")
_ADVISERS = ("Helen Ruddock", "Tom Ashby", "Nkechi Obi", "Sara Lindqvist")
_CLIENTS = ("Jamie", "Alex", "Morgan", "Priya", "Callum")


def _actionplan(rng: random.Random, g: Guide, area: str) -> list[str]:
    """An adviser's e-mailed action plan: advertised-as spellings, the client's jobs as a
    ladder, the usual route, moves in, a ruled-out option, pay rows for three titles, a
    freelance day rate, local employers, sectors and skills had and to build."""
    variant = _begin(rng, g, ("email", "casefile"))
    if variant == "casefile":
        return _case_plan(rng, g)
    (title, advertised, (earlier, current), (first, last), feeders, ruled_out, have, build,
     exam, employers, sectors) = rng.choice(_PLANS)
    occupy(g, title, ladder=[earlier, current, title], moves_in=list(feeders))
    _extra_ladder(g, [first, title, last])
    _spell(g, *advertised)
    g.skills = {"top": [_cap(s) for s in (*have, *build)]}
    g.employers, g.sectors = list(employers), list(sectors)
    service, adviser, client = (rng.choice(_SERVICES), rng.choice(_ADVISERS),
                                rng.choice(_CLIENTS))
    g.optional += [exam]
    low = rng.randint(23, 32) * 1000
    high = low + rng.randint(5, 9) * 1000
    l_low = high + rng.randint(6, 12) * 1000
    l_high = l_low + rng.randint(8, 12) * 1000
    f_low = low - rng.randint(2, 4) * 1000 + 500
    f_high = f_low + rng.randint(3, 5) * 1000
    day = rng.randint(16, 28) * 10
    _salary(g, low, high, "GBP")
    _salary(g, l_low, l_high, "GBP", belongs_to=last)
    _salary(g, f_low, f_high, "GBP", belongs_to=first)
    _salary(g, day, day, "GBP", period="day", point=True)
    car = int(_no_pay(g, rng.choice((2500, 3000, 3600)), 100))
    ref = f"CS-{rng.randint(10000, 99999)}"
    g.must_not_appear += [service, adviser, f"Customer reference: {ref}", ruled_out,
                          "Level 6 Diploma in Career Guidance", f"Hi {client}",
                          "0800 100 900"]

    def row(name: str, a: int, b: int) -> str:
        """A pay row: a table's, or a list item's (by the drawn band, no draw of its own)."""
        if low % 2000:
            return f"- {name}: £{a:,} to £{b:,} a year"
        return f"| {name:<28}| £{a:,} – £{b:,}{'':<4}|"

    return [f"From: {adviser} <{adviser.split()[0].lower()}@{service.split()[0].lower()}."
            "example.org>", f"To: {client.lower()}.client@example.com",
            f"Subject: Your careers action plan ({ref})",
            f"Date: {rng.randint(1, 3)} December 2026 10:{rng.randint(10, 59)}", "",
            f"{service} | Customer reference: {ref} | Session: telephone, 45 minutes", "",
            f"Hi {client},", "",
            "Thanks for talking to me. Here is the plan we agreed.", "",
            "YOUR GOAL",
            f"To move into work as a {title} (you may also see this advertised as "
            f"{advertised[0]} or {advertised[1]}).", "",
            "WHERE YOU ARE NOW",
            f"You started as a {earlier} and you now work as a {current}. "
            f"Skills you already have: {', '.join(have)}.",
            f"Skills to build: {', '.join(build)}.", "",
            "HOW PEOPLE GET THERE",
            f"The usual route is {first} > {title} > {last}. People also come into "
            f"{title.lower()} work from roles such as {feeders[0]} and {feeders[1]}.",
            f"You have ruled out training as a {ruled_out} for now (cost and time).", "",
            "WHAT IT PAYS (local job adverts, 2026)",
            *(["| Job                         | Typical salary      |"] if low % 2000 == 0 else []),
            row(title, low, high), row(last, l_low, l_high), row(first, f_low, f_high),
            f"Freelance {title.lower()}s quote about £{day} a day. Some employers add a car "
            f"allowance of £{car:,}.", "",
            f"Employers hiring locally: {', '.join(employers)}.",
            f"Sectors with the most {title.lower()} jobs: {', '.join(sectors)}.", "",
            "ACTIONS",
            "| Action                                   | Who      | By when   |",
            f"| Look into the {exam:<27}| You      | January   |",
            "| Update CV with the skills above         | You      | 2 weeks   |",
            f"| Send two local vacancies                | {adviser.split()[0]:<9}| Friday    |",
            "", "Best wishes,", adviser,
            "Careers Adviser (Level 6 Diploma in Career Guidance)",
            f"{service} · Helpline 0800 100 900 · How did we do? Rate this session"]


# (primary goal, its abbreviation, long-term goal, back-up plan, overseas job and country,
#  feeder roles, skills had, skills to update, credentials and a bridging programme,
#  employers contacted, sectors)
_CASES = (
    ("Civil Engineering Technician", "CET", "Civil Engineering Technologist",
     "Drafting Clerk", ("Civil Engineer", "the Philippines"),
     ("CAD Drafter", "Survey Technician"), ("AutoCAD", "site inspection", "quantity takeoffs"),
     ("Ontario Building Code", "Civil 3D"),
     ("WES credential assessment", "OACETT certification", "Construction bridging program"),
     ("Lakeview Engineering", "Tern Consulting Group"),
     ("Engineering consultancies", "Municipal public works")),
    ("Early Childhood Assistant", "ECA", "Registered Early Childhood Educator",
     "Educational Assistant", ("Kindergarten Teacher", "Colombia"),
     ("Nanny", "Camp Counsellor"), ("lesson planning", "child observation", "first aid"),
     ("Ontario early years curriculum", "documentation apps"),
     ("WES credential assessment", "ECE equivalency", "ECE bridging program"),
     ("Little Maple Child Care", "Sunbeam Early Learning Centre"),
     ("Licensed child care centres", "School boards")),
)
_AGENCIES_ON = ("Lakehead Employment Services", "Trillium Career Link",
                "Northshore Employment Centre")


def _case_plan(rng: random.Random, g: Guide) -> list[str]:
    """A case manager's client service plan: primary (short term), long-term and back-up
    goals, an overseas background and feeder roles, skills had and to update, credentials,
    low / median / high hourly wages and another title's median, employers contacted, an
    action table and a transit pass (no pay)."""
    (title, abbr, long_term, backup, (overseas, country), feeders, have, update, creds,
     employers, sectors) = rng.choice(_CASES)
    occupy(g, title, leads=[long_term], moves_in=[overseas, *feeders])
    _spell(g, abbr)
    g.skills = {"top": [_cap(s) for s in (*have, *update)]}
    g.employers, g.sectors = list(employers), list(sectors)
    agency = rng.choice(_AGENCIES_ON)
    manager = rng.choice(_ADVISERS)
    g.optional += list(creds)
    low = rng.randint(1800, 2400) / 100
    median = round(low + rng.randint(400, 700) / 100, 2)
    high = round(median + rng.randint(500, 900) / 100, 2)
    other = round(high + rng.randint(200, 600) / 100, 2)
    _salary(g, low, high, "CAD", period="hour")
    _salary(g, median, median, "CAD", period="hour", point=True, level="median")
    _salary(g, other, other, "CAD", period="hour", point=True, belongs_to=long_term)
    transit = _no_pay(g, rng.choice((128.75, 143.0, 156.0)), 1.5)
    years = rng.randint(4, 9)
    client_id = f"{rng.randint(100000, 999999)}"
    noc = f"NOC {rng.randint(20000, 49999)}"
    g.must_not_appear += [agency, manager, f"Client ID: {client_id}", backup, noc,
                          "Service stream", "Transit pass", "Review date"]
    return [f"{agency} — Client Service Plan", f"Client ID: {client_id}    Service stream: "
            "Employment Services    Review date: 15/01/2027",
            f"Case manager: {manager}, RCDP", "", "1. EMPLOYMENT GOALS",
            f"   Primary (short term): {title} ({abbr}) — {noc}",
            f"   Long term: {long_term}",
            f"   Back-up plan: {backup} (if the primary goal takes longer than 6 months)", "",
            "2. BACKGROUND",
            f"   Client worked {years} yrs as a {overseas} in {country} before arriving in "
            "Canada.",
            f"   Employers here also hire into this role from {feeders[0]} and {feeders[1]} "
            "roles.", "",
            "3. SKILLS",
            f"   Has: {', '.join(have)}", f"   To update: {', '.join(update)}",
            f"   Credentials: {creds[0]} (submitted), {creds[1]}; {creds[2]} recommended", "",
            "4. LABOUR MARKET (Job Bank, local area)",
            f"   {title}: low ${low:.2f} / median ${median:.2f} / high ${high:.2f} an hour",
            f"   {long_term}: median ${other:.2f} an hour", "",
            f"   Sectors hiring: {', '.join(sectors)}",
            f"   Employers contacted this month: {employers[0]}, {employers[1]}", "",
            "5. ACTION PLAN",
            "   | # | Action                          | Due        | Status  |",
            "   | 1 | Submit resume to two employers  | 20/12/2026 | ☐       |",
            "   | 2 | Book the credential assessment   | 10/01/2027 | ☑       |", "",
            f"6. SUPPORTS: Transit pass ${transit:.2f} (monthly), interview clothing voucher",
            "", "Client signature ____________   Case manager signature ____________",
            "This service is funded by the Government of Ontario."]


# --------------------------------------------------------------------------------------
# A leaver's exit survey response
# --------------------------------------------------------------------------------------
# (title, department, first job here, the Senior rung's successor on the path, the new job
#  and its employer, colleagues' lateral title and team, systems, a training wish,
#  organisation, its town)
_LEAVERS = (
    ("Accounts Payable Officer", "Finance Operations", "Accounts Assistant",
     "Finance Operations Manager", ("Accounts Team Leader", "Southern Freight Group"),
     ("Procurement Officer", "Procurement"), ("TechnologyOne", "SAP Concur",
                                              "Excel pivot tables"), "payroll tax",
     "Coastline Water Authority", "Parramatta"),
    ("Procurement Officer", "Strategic Procurement", "Purchasing Assistant",
     "Category Manager", ("Procurement Team Leader", "Kestrel Mining Services"),
     ("Contracts Officer", "Contracts"), ("SAP Ariba", "contract registers",
                                          "Power BI dashboards"), "tender evaluation",
     "Midlands Rail Corporation", "Wollongong"),
    ("Rostering Officer", "Workforce Planning", "Rostering Assistant",
     "Workforce Planning Manager", ("Rostering Team Leader", "Eastgate Aged Care"),
     ("Payroll Officer", "Payroll"), ("Kronos", "ProAct", "award interpretation"),
     "demand forecasting", "Tasman District Health Service", "Hobart"),
)
_HR_TOOLS = ("PeopleFlow HR", "StaffLink", "WorkNest")
_LEAVER_NAMES = ("Chloe Barrington", "Ravi Menon", "Tegan Walsh", "Dimitri Kostas",
                 "Hannah Ioane")


def _exitform(rng: random.Random, g: Guide, area: str) -> list[str]:
    """An HR tool's exit survey response: employee fields with a band and base salary, the
    new job "a step up" with its pay, how the leaver started and the path as one ladder,
    systems as skills, colleagues moving across and a vacancy band in HR notes."""
    variant = _begin(rng, g, ("hris", "gforms"))
    if variant == "gforms":
        return _forms_response(rng, g)
    (title, dept, first, beyond, (new_job, new_firm), (across, team), systems, wish, org,
     town) = rng.choice(_LEAVERS)
    senior = f"Senior {title}"
    occupy(g, title, ladder=[first, title, senior, beyond], leads=[new_job],
           transitions=[across])
    g.skills = {"top": [_cap(s) for s in (*systems, wish)]}
    g.employers = [org]
    g.optional += [new_firm]
    tool = rng.choice(_HR_TOOLS)
    leaver, manager = rng.sample(_LEAVER_NAMES, 2)
    band = rng.randint(3, 6)
    base = rng.randint(68, 88) * 1000 + rng.choice((0, 400, 800))
    new_pay = base + rng.randint(8, 16) * 1000
    v_low = base - rng.randint(3, 6) * 1000
    v_high = base + rng.randint(4, 7) * 1000 + 500
    _salary(g, base, base, "AUD", point=True)
    _salary(g, new_pay, new_pay, "AUD", point=True, belongs_to=new_job)
    _salary(g, v_low, v_high, "AUD", level=f"Band {band}")
    sup = int(_no_pay(g, round(base * 0.115), 50))
    resp = rng.randint(1000, 4999)
    emp_id = f"{rng.randint(10000, 99999)}"
    g.must_not_appear += [tool, leaver, manager, f"Response #{resp}", f"Employee ID: {emp_id}",
                          town, "Regrettable loss", "Would you return"]
    first_year = rng.randint(2016, 2020)
    return [f"{tool} ▸ Offboarding ▸ Exit surveys ▸ Response #{resp}      [◀ Prev] [Next ▶]",
            f"Status: Submitted {rng.randint(1, 28)}/11/2026 · Anonymous: No", "",
            "EMPLOYEE", f"Employee ID: {emp_id}    Name: {leaver}    Manager: {manager}",
            f"Position title: {title}    Band: Band {band}    Department: {dept}",
            f"Location: {town}    Employment type: Full time    Length of service: "
            f"{2026 - first_year} years",
            f"Pay currency: AUD    Base salary: ${base:,} + super (${sup:,})", "",
            f"Organisation: {org}", "",
            "Q1. Main reasons for leaving (select up to 3)",
            "  ☑ Career progression   ☐ Pay   ☑ Workload   ☐ Manager   ☐ Relocation", "",
            "Q2. What is your next role?",
            f"  {new_job} at {new_firm}. It is a step up for me, ${new_pay:,} base.", "",
            "Q3. How did your career develop here?",
            f"  I joined as {_a(first)} {first} in {first_year} and was promoted to {title} two "
            f"years later. The path is {title} → {senior} → {beyond}, but the {senior} role has "
            "been frozen since the restructure.", "",
            "Q4. Rate the following (1 = poor, 5 = excellent)",
            "  Induction ........ 4     Training ........ 2     Recognition ..... 3",
            "  Workload ......... 2     Team culture .... 5     Pay ............. 3", "",
            "Q5. Which systems and skills did you use most?",
            f"  {systems[0]}, {systems[1]} and {systems[2]}. I would have liked training in "
            f"{wish}.", "",
            "Q6. Anything else?",
            f"  Two colleagues have already moved across to {team} as {across}s.", "",
            "Q7. Would you return? ◉ Maybe   ○ Yes   ○ No", "",
            "HR NOTES (internal)",
            f"  Flag: Regrettable loss. Vacancy to be advertised at Band {band}: "
            f"${v_low:,} – ${v_high:,}.", "",
            f"{tool} · Privacy · Help"]


# (title, grade and credential, organisation, skills in prose, a training wish, the new
#  lateral job and where, the job before joining and where, the lead title, the sideways
#  title)
_RESPONSES = (
    ("Respiratory Therapist", "II (RRT)", "Bayview Regional Medical Center",
     ("ventilator management", "arterial blood gases", "patient education"),
     "bronchoscopy assisting", ("Sleep Lab Technologist", "Harborview Sleep Center"),
     ("Retail Sales Associate", "Greenleaf Market"), "Lead Respiratory Therapist",
     "Pulmonary Function Technologist"),
    ("Sterile Processing Technician", "II (CRCST)", "Pinecrest Community Hospital",
     ("instrument decontamination", "autoclave loading", "tray assembly"),
     "endoscope reprocessing", ("Surgical Instrument Technician", "Lakeside Surgery Center"),
     ("Retail Stock Associate", "ValuMart"), "Lead Sterile Processing Technician",
     "Materials Management Technician"),
)


def _forms_response(rng: random.Random, g: Guide) -> list[str]:
    """A form service's individual response: a title with grade and credential, an hourly
    rate, the new job as a lateral move with its rate, skills in prose, a retail job before
    joining, "only to Lead …", sideways moves, ratings, a training wish and a night
    differential (no pay)."""
    (title, grade, org, prose, wish, (new_job, new_place), (before, shop), lead,
     sideways) = rng.choice(_RESPONSES)
    occupy(g, title, leads=[lead], moves_in=[before], transitions=[new_job, sideways])
    _spell(g, f"{title} {grade}")
    g.skills = {"top": [_cap(s) for s in (*prose, wish)]}
    g.employers = [org]
    g.optional += [new_place, shop]
    leaver = rng.choice(_LEAVER_NAMES)
    rate = rng.randint(2800, 3900) / 100
    new_rate = _apart(round(rate + rng.randint(50, 250) / 100, 2), [rate])
    _salary(g, rate, rate, period="hour", point=True)
    _salary(g, new_rate, new_rate, period="hour", point=True, belongs_to=new_job)
    night = _no_pay(g, rng.choice((2.5, 3.0, 3.5, 4.0)), 0.25)
    total = rng.randint(20, 60)
    g.must_not_appear += [leaver, "Google Forms", f"{total} responses",
                          "Indicates required question", "Night differential"]
    return [f"{org} — Exit Survey (Clinical Staff)",
            f"Questions   Responses {total}   Settings          Google Forms",
            f"{total} responses   Summary | Question | Individual     ◀ {rng.randint(1, total)} "
            f"of {total} ▶   🖶", "", "* Indicates required question", "",
            "Full name *", leaver, "", "Position title *", f"{title} {grade}", "",
            "Hourly rate at leaving *", f"${rate:.2f}", "",
            "What will you be doing next? *",
            f"Going to {new_place} as a {new_job}, same level really, at ${new_rate:.2f}/hr.",
            "", "What were you best at in this role?",
            f"Mostly {prose[0]}, {prose[1]} and {prose[2]}.", "",
            "What did you do before joining us?",
            f"I was a {before} at {shop} before I joined.", "",
            "Was there room to grow?",
            f"Not much. You can go only to {lead}, and that post rarely opens. A few "
            f"people moved sideways into {sideways} jobs instead.", "",
            "Rate your experience (1–5)", "Manager support   ○1 ○2 ◉3 ○4 ○5",
            "Scheduling        ○1 ◉2 ○3 ○4 ○5", "",
            "Training you wish you had", f"{_cap(wish)}.", "",
            "Anything else?",
            f"The night differential (${night:.2f}/hr) did not keep up with other hospitals.",
            "", "This content is neither created nor endorsed by Google. Google Forms"]


FAMILY28_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "easyread": _easyread, "wagedet": _wagedet, "trmt": _trmt, "resettle": _resettle,
    "actionplan": _actionplan, "exitform": _exitform,
}
