"""Generator renderers for the six page families of held-back set 24 (French pay grids ...).

Held-back set 24 showed six more kinds of page users bring: a French public-service pay-grid
explainer read through a browser translator (French number notation, gross and increased
indices, durations, grades of one title and a differently named grade), a military-to-civilian
translator's result (the searched code and other codes move into the civilian role, other
civilian matches are no moves), a job-seeker's cover letter (posted, or e-mailed with the CV
pasted below), a trade magazine's pay league table of employers, an employer's internship or
vacation program (pay by class year, a weekly rate), and a public employer's step salary
schedule (steps × classes, or a class-code table of periods × steps).  These renderers write
such pages from a planned guide, two variants a family, about occupations that fit them
(occupy()); every fact the truth keeps is printed and what a style does not state is cleared.

>>> _fr(1822.74), _fr(21873)
('1 822,74', '21 873')
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import _a, _plural, _prose_list, _salary, occupy, pick_variant
from benchmarks.web_families12 import _PEOPLE
from benchmarks.web_families19 import _apart

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY24_ALIAS_LAYOUTS", "FAMILY24_LADDER_LAYOUTS", "FAMILY24_LAYOUTS",
           "FAMILY24_RENDERERS"]

FAMILY24_LAYOUTS = ("grillemt", "miltranslator", "coverletter", "leaguetable", "internship",
                    "stepschedule")
# The renderers set each page's ladder themselves (occupy()); only the translated grid and the
# military translator print other spellings of the title.
FAMILY24_LADDER_LAYOUTS: tuple[str, ...] = ()
FAMILY24_ALIAS_LAYOUTS: tuple[str, ...] = ()


def _fr(amount: float) -> str:
    """An amount in French notation as a translator leaves it: "1 822,74", "21 873"."""
    text = f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"
    return text.replace(",", " ").replace(".", ",")


def _no_pay(g: Guide, value: float, step: float) -> float:
    """``value`` moved up by ``step`` until it lies more than one unit from every figure of
    the truth (a figure that is no pay must not be read as one)."""
    taken = [float(v) for s in g.salaries for v in (s["min"], s["max"]) if v is not None]
    value = round(value, 2)
    while any(abs(value - t) <= 1.0 for t in taken):
        value = round(value + step, 2)
    return value


def _begin(rng: random.Random, g: Guide, variants: tuple[str, str]) -> str:
    """The page's structure variant; the planned guide's skills, employers and sectors
    cleared (each renderer names its own), and no title line (the page names the role)."""
    g.title_line = False
    g.skills, g.employers, g.sectors = {}, [], []
    return pick_variant(rng, variants)


def _money(value: float) -> str:
    return f"{value:,.2f}" if not float(value).is_integer() else f"{int(value):,}"


# --------------------------------------------------------------------------------------
# A French public-service pay grid read through a browser translator
# --------------------------------------------------------------------------------------
# (translator's title, French title, second grade's name, corps for comparison, promotions,
#  earlier jobs of the third competition, equipment, duties' techniques)
_CADRES = (
    ("Territorial technical assistant", "adjoint technique territorial",
     "Principal technical assistant", "Territorial agent of heritage",
     "Master agent|Territorial technician", "Seasonal worker|Building labourer|Gardener",
     "brush cutter|mini excavator|pressure washer", "green space maintenance|minor masonry"),
    ("Territorial administrative assistant", "adjoint administratif territorial",
     "Principal administrative assistant", "Territorial animation assistant",
     "Territorial editor|Administrative attaché", "Secretary|Receptionist|Temporary clerk",
     "civil status software|scanner|franking machine", "mail processing|filing"),
    ("Territorial childcare auxiliary", "auxiliaire de puériculture territorial",
     "Principal childcare auxiliary", "Territorial agent of nursery schools",
     "Territorial educator of young children|Nursery director", "Nanny|Babysitter|Au pair",
     "changing table|bottle warmer|baby monitor", "early awakening activities|bottle feeding"),
    ("Territorial animation assistant", "adjoint territorial d'animation",
     "Principal animation assistant", "Territorial childcare auxiliary",
     "Territorial animator|Youth centre director", "Holiday camp leader|Sports monitor",
     "first aid kit|projector|sound system", "game leading|outing supervision"),
    ("Territorial heritage assistant", "adjoint territorial du patrimoine",
     "Principal heritage assistant", "Territorial administrative assistant",
     "Heritage assistant|Librarian", "Museum guard|Library volunteer|Bookseller",
     "barcode reader|display cases|humidity logger", "collection inventory|visitor reception"),
)
# The translator's renderings of the grid's column heads (échelon, indice brut, indice majoré,
# durée, traitement brut): fully translated, half left in French, or mistranslated.
_HEADS = ("Step | Gross index | Increased index | Duration | Gross monthly treatment",
          "Échelon | IB | IM | Duration | Gross monthly salary",
          "Level | Gross index | Major index | Duration | Monthly gross treatment",
          "Echelon | Indice brut | Indice majoré | Durée | Gross monthly treatment")
_STEP_WORDS = ("Step", "Echelon", "Level")
_FR_TOWNS = ("Saint-Aubin-sur-Loire", "Montclar-les-Vignes", "Villeroy-en-Brie",
             "Pont-Sainte-Marthe", "Rochebrune", "Val-de-Sorgues")


def _grid(rng: random.Random, first_im: int, steps: int, used: set[int]) -> list[int]:
    """Increased indices of a grade's steps, rising and never one another grid already used."""
    ims, im = [], first_im
    for _ in range(steps):
        while im in used:
            im += 1
        used.add(im)
        ims.append(im)
        im += rng.randint(3, 12)
    return ims


def _grillemt(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("portal", "union"))
    (title, french, second, corps, promos, feeders, kit, techniques) = rng.choice(_CADRES)
    promotions = rng.sample(promos.split("|"), 2)
    earlier = rng.sample(feeders.split("|"), 2)
    towns = rng.sample(_FR_TOWNS, 2)
    point = rng.choice((4.92278, 4.95310, 4.86040))
    used_im: set[int] = set()
    bar = rng.choice((("Translated by Google   Show original   Rate this translation", "Show "
                       "original"),
                      ("This page has been translated from: French   View original   ✕",
                       "View original")))
    g.must_not_appear += [bar[1]]
    if variant == "union":
        return _union(rng, g, title, french, second, corps, promotions, earlier, towns, kit,
                      point, used_im, bar[0])
    occupy(g, title, leads=promotions, moves_in=earlier)
    g.aliases = [french]
    g.role.spellings.append(french)
    # (the truth names each town, as set 24's truth does; the page may say "town of X")
    g.employers = list(towns)
    recruiting = [f"town of {t}" for t in towns] if rng.random() < 0.5 else towns
    g.sectors = ["Territorial civil service"]
    g.skills = {"top": techniques.split("|"), "tool": kit.split("|")[:2]}
    g.optional += ["CAP", "driving licence"]
    grades = [("2nd class", "principal 2nd class"), ("1st class", "principal 1st class")]
    out_grids: list[str] = []
    head = rng.choice(_HEADS)
    label = rng.choice(("Grid of the principal {} of {}", "Principal {} {} – grid",
                        "Scale of the principal {} of {}"))
    for (name, level), first, steps in zip(grades, (rng.randint(366, 372),
                                                    rng.randint(385, 395)),
                                           (rng.randint(8, 12), rng.randint(7, 10)),
                                           strict=True):
        ims = _grid(rng, first, steps, used_im)
        offset = rng.randint(35, 60)  # the gross index runs above the increased one
        out_grids += ["", label.format(title.lower().split()[-1], name), "",
                      head]
        for i, im in enumerate(ims, 1):
            gross = round(im * point, 2)
            _salary(g, gross, gross, "EUR", period="month", point=True, level=level)
            g.salaries[-1]["label"] = f"step {i}"
            years = rng.choice((1, 2, 2, 3))
            duration = "-" if i == len(ims) else f"{years} year{'s' * (years > 1)}"
            out_grids.append(f"{i} | {im + offset} | {im} | {duration} | "
                             f"{_fr(gross)} €")
    start = round(float(g.salaries[0]["min"]) * 12)
    _salary(g, start, start, "EUR", period="year", point=True, level="principal 2nd class")
    g.salaries[-1]["label"] = "beginning"
    net = _no_pay(g, round(float(g.salaries[0]["min"]) * 0.79, 2), 3.5)
    other = _apart(rng.randint(19, 22) * 100 + rng.random() * 90,
                   [float(s["min"]) for s in g.salaries if s["period"] == "month"])
    _salary(g, other, other, "EUR", period="month", point=True, belongs_to=corps)
    ifse = (_no_pay(g, rng.randint(10, 20) * 100, 50), _no_pay(g, rng.randint(30, 50) * 100, 50))
    crumbs = " › ".join(("Home", "Careers", "Pay grids", rng.choice(("Category C",
                                                                      "Sector C"))))
    lines = [bar[0], "", rng.choice(("Territorial Jobs Portal", "The Public Service Site")),
             "Home   Find a job   Competitions   Pay grids   Newsletter", crumbs,
             f"Updated on {rng.randint(2, 27)} March 2026  ·  {rng.randint(3, 7)} min read", "",
             f"{title}: grid and salary in 2026 ({french})", "",
             f"The {title.lower()} ({french}) works in the territorial civil service, "
             "category C, scale C2 then C3. "
             f"The value of the index point is {str(point).replace('.', ',')} €.", "",
             "Expected skills: " + " · ".join([*g.skills["top"], *g.skills["tool"]])]
    footnote = ["", f"* Excluding bonuses. The IFSE varies from {_fr(ifse[0])} € to "
                f"{_fr(ifse[1])} € per year depending on the community.",
                f"At the beginning of his career an agent receives {_fr(start)} € gross per "
                f"year, or about {_fr(net)} € net per month.",
                f"For comparison, a {corps.lower()} starts at {_fr(other)} € gross per month."]
    career = ["", "Career development", "",
              f"By internal competition or professional exam the agent can become "
              f"{promotions[0].lower()} or {promotions[1].lower()}.",
              f"The third competition is open to people who worked as "
              f"{earlier[0].lower()} or {earlier[1].lower()}.",
              f"Currently recruiting: {' and '.join(recruiting)} (CAP required, driving "
              "licence appreciated)."]
    if rng.random() < 0.5:  # some portals tell the career before the grids
        lines += career + out_grids + footnote
    else:
        lines += out_grids + footnote + career
    return [*lines, "", "Read also: Category C pay in 2026", "Did you find this article "
            "useful?  Yes  No", "© Territorial Jobs Portal · Legal notice"]


def _union(rng: random.Random, g: Guide, title: str, french: str, second: str, corps: str,
           promotions: list[str], earlier: list[str], towns: list[str], kit: str,
           point: float, used_im: set[int], bar: str) -> list[str]:
    """A union's page: one step a line ("Step 1 : IB 400 / IM 369 – duration 1 year –
    1 827,69 € gross"), a differently named second grade that owns its grid, ISF, NBI, a
    transfer and moves in, a commenter's own gross."""
    transfer = rng.choice(("Territorial agent of sanitation", "Library assistant"))
    occupy(g, title, ladder=[title, second], leads=promotions[:1], moves_in=earlier,
           transitions=[transfer])
    g.aliases = [french]
    g.role.spellings.append(french)
    union = rng.choice(("UNSA Territoriaux", "CGT Services Publics", "FO Territoriaux"))
    g.optional += [union, "NBI"]
    g.employers = [towns[0]]
    g.skills = {"tool": kit.split("|")}
    blocks: list[str] = []
    word = ""
    for name, owner, first, steps in ((title, None, rng.randint(366, 372), rng.randint(8, 11)),
                                      (second, second, rng.randint(400, 410),
                                       rng.randint(6, 9))):
        ims = _grid(rng, first, steps, used_im)
        offset = rng.randint(35, 60)
        blocks += ["", f"{name.upper()}", ""]
        word = word or rng.choice(_STEP_WORDS)
        for i, im in enumerate(ims, 1):
            gross = round(im * point, 2)
            _salary(g, gross, gross, "EUR", period="month", point=True, belongs_to=owner)
            g.salaries[-1]["label"] = f"step {i}"
            years = rng.choice((1, 2, 3))
            duration = "" if i == len(ims) else f" – duration {years} year{'s' * (years > 1)}"
            blocks.append(f"{word} {i} : IB {im + offset} / IM {im}{duration} – "
                          f"{_fr(gross)} € gross")
    own = [float(s["min"]) for s in g.salaries if not s.get("belongs_to")]
    mine = _apart(own[len(own) // 2] + 0.5, list(own))
    _salary(g, mine, mine, "EUR", period="month", point=True)
    g.salaries[-1]["label"] = "a member's own gross"
    commenter = rng.choice(("Sylvie", "Karim", "Nadège", "Thierry"))
    g.must_not_appear.append(commenter)
    isf = _no_pay(g, rng.randint(90, 160), 7)
    return [bar, "", f"{union} — section of {towns[0]}", "Home | Our actions | Pay grids | "
            "Join us | Contact", "", f"GRIDS 2026: {title.upper()}S", "",
            f"The {title.lower()} ({french}) is paid according to the index: gross monthly "
            f"treatment = increased index × {str(point).replace('.', ',')} €.", *blocks, "",
            f"To this are added the ISF (about {_fr(isf)} € per month in our community), "
            "the IAT and for some posts 15 points of NBI.", "",
            f"The missions: daily work with the {' and the '.join(g.skills['tool'])}.", "",
            f"Careers: after the exam the agent can reach {promotions[0].lower()}. "
            f"Others ask for a transfer as {transfer.lower()}. Many colleagues were "
            f"{earlier[0].lower()} or {earlier[1].lower()} before.", "", "3 comments", "",
            f"{commenter} — 12/03/2026 at 21:40",
            f"Still in the first grade at {towns[0]}, with my seniority I receive "
            f"{_fr(mine)} € gross. Thanks for the grid!", "Reply", "", f"© {union} · Legal notice"]


# --------------------------------------------------------------------------------------
# A military-to-civilian occupation translator's result
# --------------------------------------------------------------------------------------
# (civilian title, aliases, searched code and job, other codes, tools, resume pairs
#  (military ➜ civilian skill), industries, next rung, top rung, lateral, other civilian
#  matches)
_MILITARY = (
    ("Heavy Vehicle Mechanic", "Fleet Mechanic|Diesel Service Technician",
     ("91B", "Wheeled Vehicle Mechanic"),
     "91A Abrams Tank System Maintainer|915A Automotive Maintenance Warrant Officer",
     "diagnostic scan tool|torque wrench|hydraulic jack",
     "Conducted PMCS on 30 FMTV trucks|preventive maintenance of heavy trucks",
     "Trucking|Construction|Waste management", "Shop Foreman", "Fleet Manager",
     "Parts Specialist", "Automotive Glass Installer|Tire Repairer"),
    ("Telecommunications Equipment Installer", "Network Cabling Technician|Radio Technician",
     ("25U", "Signal Support Systems Specialist"),
     "25Q Multichannel Transmission Systems Operator|25B Information Technology Specialist",
     "fiber splicer|cable tester|spectrum analyzer",
     "Installed SINCGARS radio nets|installation of two-way radio systems",
     "Telecommunications|Utilities|Public safety", "Field Supervisor", "Network Manager",
     "Help Desk Technician", "Line Installer|Electrical Drafter"),
    ("Commercial Cook", "Line Cook|Institutional Cook", ("92G", "Culinary Specialist"),
     "CS Navy Culinary Specialist|3F1X1 Services Apprentice",
     "combi oven|tilt skillet|commercial slicer",
     "Prepared rations for 400 Soldiers daily|high-volume meal preparation",
     "Hospitals|Schools|Hotels", "Sous Chef", "Executive Chef", "Caterer",
     "Baker|Food Service Manager"),
    ("Heavy Truck Driver", "Tractor-Trailer Driver|Freight Driver",
     ("88M", "Motor Transport Operator"),
     "88H Cargo Specialist|3531 Motor Vehicle Operator",
     "electronic logging device|load securement straps|fifth wheel",
     "Drove convoys over 5,000 miles|long-haul freight delivery",
     "Freight trucking|Retail distribution|Construction", "Driver Trainer",
     "Fleet Supervisor", "Dispatcher", "Bus Driver|Crane Operator"),
    ("Electrician", "Building Electrician|Wireman", ("12R", "Interior Electrician"),
     "12P Prime Power Production Specialist|2862 Electronics Technician",
     "multimeter|conduit bender|wire stripper",
     "Wired tactical operations centers|installation of branch circuits and panels",
     "Construction|Facilities management|Utilities", "Foreman Electrician",
     "Electrical Superintendent", "Solar Installer", "HVAC Mechanic|Elevator Installer"),
)
_VET_SITES = ("VetBridge Careers", "Mission2Work", "ServiceToCivilian", "Next Post Jobs")
_VET_FIRMS = ("Ironline Logistics", "Northfork Services", "Gatewood Systems",
              "Bexley Fleet Partners", "Trident Facilities")
_STATES = (("Texas", "TX"), ("Ohio", "OH"), ("Georgia", "GA"), ("Washington", "WA"),
           ("Colorado", "CO"), ("Virginia", "VA"))


def _miltranslator(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("search", "skills"))
    (title, alias_text, (code, job), other_codes, tools, pair, industries, nxt, top,
     lateral, others) = rng.choice(_MILITARY)
    aliases = alias_text.split("|")
    others_codes = [c.split(" ", 1) for c in other_codes.split("|")]
    military, civilian = pair.split("|")
    site = rng.choice(_VET_SITES)
    firms = rng.sample(_VET_FIRMS, 2)
    g.must_not_appear += [site, "Bright Outlook" if variant == "search" else "Copy all"]
    if variant == "skills":
        return _skills_translator(rng, g, title, aliases, code, job, others_codes, tools,
                                  (military, civilian), nxt, top, lateral, others, site, firms)
    occupy(g, title, ladder=[title, nxt, top], moves_in=[job, *(n for _, n in others_codes)])
    g.aliases = aliases
    g.role.spellings.extend(aliases)
    g.skills = {"top": [civilian], "tool": tools.split("|")}
    g.sectors = industries.split("|")
    g.employers = [firms[0]]
    other_titles = others.split("|")
    g.optional += [*other_titles, firms[1], "CDL"]
    used_h: list[float] = []
    used_y: list[float] = []
    rows = []
    for name, owner in ((title, None), *((t, t) for t in other_titles)):
        hourly = _apart(rng.randint(1700, 3200) / 100, used_h if owner is None else [])
        yearly = round(hourly * 2080)
        if owner is None:
            used_y.append(yearly)
        _salary(g, hourly, hourly, period="hour", point=True, belongs_to=owner)
        _salary(g, yearly, yearly, period="year", point=True, belongs_to=owner)
        outlook = ("Bright Outlook" if owner is None
                   else rng.choice(("Average", "Apprenticeship", "Bright Outlook")))
        rows.append(f"{name:<40} | ${hourly:.2f} | ${yearly:,} | {outlook}")
    states = rng.sample(_STATES, 3)
    wages = []
    for state, short in states:
        value = int(_apart(rng.randint(40, 75) * 1000, used_y))
        _salary(g, value, value, period="year", point=True, region=state)
        wages.append(f"{state:<14} ${value:,}   {short}")
    low = int(_apart(rng.randint(38, 50) * 1000, used_y))
    high = int(_apart(low + rng.randint(12, 25) * 1000, used_y))
    _salary(g, low, high)
    top10 = _no_pay(g, max(high, *(float(s["min"]) for s in g.salaries)) + rng.randint(
        10, 25) * 1000, 500)
    card = _apart(rng.randint(19, 34), used_h)
    _salary(g, card, card, period="hour", point=True)
    other_card = rng.randint(16, 30)
    _salary(g, other_card, other_card, period="hour", point=True, belongs_to=other_titles[0])
    shares = [rng.randint(10, 40) for _ in g.sectors]
    return [f"{site}   Jobs   Military Skills Translator   Resources   Sign in", "",
            "Search by military occupation", f"[ Army ▾ ]  [ {code} ]  [ Search ]",
            f"Results for {code} {job}: {len(other_titles) + 1} civilian careers   "
            "Print | Share | Download (CSV)", "",
            f"{'Civilian occupation':<40} | Median hourly | Median yearly | Outlook", *rows, "",
            f"▼ {title.upper()}", f"Also called: {', '.join(aliases)}", "",
            "How your experience matches",
            f"✔ {civilian[0].upper()}{civilian[1:]}", "✖ CDL (a certification)", "",
            "Tools and technology: " + ", ".join(g.skills["tool"]), "",
            "Wages by state", *wages,
            f"The middle half of workers earn ${low:,} to ${high:,}. Top 10% earn more than "
            f"${_money(top10)}.", "", "Career pathway",
            " → ".join(n for _, n in g.progression), "",
            "Other military occupations matched to this career: "
            + "; ".join(f"{c} {n}" for c, n in others_codes), "",
            "Industries: " + ", ".join(f"{s} ({p}%)" for s, p in zip(g.sectors, shares,
                                                                     strict=True)), "",
            "Jobs near you",
            f"{title} | {firms[0]} | {states[0][1]} | ${card:g}/hr | Full-time",
            f"{other_titles[0]} | {firms[1]} | {states[1][1]} | ${other_card}/hr | Full-time",
            "Show 8 more", "", "Was this helpful?  👍  👎", f"© 2026 {site}"]


def _skills_translator(rng: random.Random, g: Guide, title: str, aliases: list[str],
                       code: str, job: str, others_codes: list[list[str]], tools: str,
                       pair: tuple[str, str], nxt: str, top: str, lateral: str, others: str,
                       site: str, firms: list[str]) -> list[str]:
    """The skills translator: a wizard line, civilian titles to search for, a two-column
    resume translation (the military column optional), a skills strip, dotted-leader pay by
    experience, a Lead rung, lateral moves and box-drawn job cards."""
    lead = f"Lead {title}"
    occupy(g, title, ladder=[title, lead, top], transitions=[lateral],
           moves_in=[job, others_codes[0][1]])
    g.aliases = aliases
    g.role.spellings.extend(aliases)
    military, civilian = pair
    kit = tools.split("|")
    g.skills = {"top": [civilian], "tool": kit}
    g.optional += [military, others.split("|")[0], firms[1]]
    g.employers = [firms[0]]
    average = rng.randint(45, 70) * 1000
    entry = rng.randint(1800, 2400) / 100
    seasoned = round(entry + rng.randint(6, 12), 2)
    _salary(g, average, average, point=True)
    _salary(g, entry, entry, period="hour", point=True, level="Junior")
    _salary(g, seasoned, seasoned, period="hour", point=True, level="Senior")
    top10 = _no_pay(g, average + rng.randint(25, 40) * 1000, 500)
    low = _apart(entry + 2, [entry, seasoned])
    high = _apart(low + 7, [entry, seasoned, low])
    _salary(g, low, high, period="hour")
    lead_rate = _apart(high + 3, [entry, seasoned, low, high])
    _salary(g, lead_rate, lead_rate, period="hour", point=True, level="Lead")
    year_low = _no_pay(g, average + 5000, 500)
    year_high = _no_pay(g, year_low + rng.randint(10, 20) * 1000, 500)
    while abs(year_high - top10) <= 1.0:  # the job card's band must not end at the top 10%
        year_high += 500
    _salary(g, year_low, year_high)
    other = others.split("|")[0]
    other_rate = _no_pay(g, rng.randint(17, 30), 1.5)
    _salary(g, other_rate, other_rate, period="hour", point=True, belongs_to=other)
    return [f"{site}  ≡ Menu   Jobs   Skills Translator   Resume Builder   Log in", "",
            "MILITARY SKILLS TRANSLATOR", f"Step 2 of 3: ① Branch: Army › ② Job: {code} {job} "
            "› ③ Results", f"Pay grade: E-{rng.randint(4, 6)}   Years of service: "
            f"{rng.randint(3, 9)}", "", "YOUR TOP CIVILIAN MATCH", title.upper(),
            f"Civilian titles to search for: {' · '.join(aliases)}", "",
            "TRANSLATE YOUR RESUME", f"{'Military wording':<45} ➜ Civilian wording",
            f"{military:<45} ➜ {civilian[0].upper()}{civilian[1:]}",
            "[ Copy all to Resume Builder ]", "", "SKILLS EMPLOYERS SEARCH FOR",
            " | ".join([civilian, *kit]), "", f"WHAT {_plural(title).upper()} EARN",
            f"Average base salary ............ ${average:,} per year",
            f"Entry level (0–2 yrs) .......... ${entry:.2f} per hour",
            f"Experienced (5+ yrs) ........... ${seasoned:.2f} per hour",
            f"Top 10% ........................ more than ${_money(top10)}", "",
            "WHERE IT CAN LEAD", f"{title} → {lead} → {top}",
            f"Some move sideways into {lateral.lower()} roles.", "",
            f"Other Army jobs that translate: {others_codes[0][0]} {others_codes[0][1]}.", "",
            "JOBS FOR YOU", f"┌ {title}", f"│ {firms[0]} · Dallas, TX · ${_money(low)} – "
            f"${_money(high)} an hour · Full-time", f"├ {lead}",
            f"│ {firms[0]} · Austin, TX · ${_money(lead_rate)} an hour",
            f"├ {title} (days)", f"│ {firms[0]} · Waco, TX · ${year_low:,.0f} – "
            f"${year_high:,.0f} a year", f"├ {other}", f"│ {firms[1]} · Tyler, TX · "
            f"${_money(other_rate)} an hour", "└ See more jobs ›", "",
            f"© {site} · Privacy"]


# --------------------------------------------------------------------------------------
# A job-seeker's cover letter (posted, or e-mailed with the CV pasted below)
# --------------------------------------------------------------------------------------
# (title, earlier jobs, next step the employer offers, duties' techniques, tools, kinds of
#  practice)
_LETTERS = (
    ("Dental Nurse", "Receptionist|Trainee Dental Nurse", "Practice Manager",
     "chairside assistance|infection control", "autoclave|Dentally|intraoral camera",
     "NHS practices|private practices"),
    ("Pharmacy Technician", "Healthcare Assistant|Pharmacy Assistant", "Accuracy Checker",
     "medicines reconciliation|stock control", "EMIS|blister packer|controlled drugs register",
     "community pharmacies|hospital pharmacies"),
    ("Paralegal", "Legal Secretary|Legal Assistant", "Trainee Solicitor",
     "conveyancing|client due diligence", "Clio|Land Registry portal|Case Manager",
     "conveyancing firms|family law firms"),
    ("Landscape Gardener", "Groundsperson|Garden Labourer", "Crew Chief",
     "hard landscaping|planting plans", "ride-on mower|hedge trimmer|turf cutter",
     "private gardens|housing estates"),
    ("Site Carpenter", "Labourer|Apprentice Carpenter", "Site Supervisor",
     "formwork|first fix joinery", "circular saw|nail gun|laser level",
     "housing developers|commercial fit-outs"),
)
_FIELD_TRADES = ("Landscape Gardener", "Site Carpenter")  # crews paid per diem away from home
_RECRUITERS = ("Harbourside", "Meadowgate", "Kingsfold", "Elmstead", "Ridgemoor", "Castlebrook")


def _coverletter(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("posted", "email"))
    title, before_text, nxt, techniques, tools, kinds = rng.choice(_LETTERS)
    before = before_text.split("|")
    hiring, current, first = (f"{n} {rng.choice(('Ltd', 'Group', 'Partners'))}"
                              for n in rng.sample(_RECRUITERS, 3))
    writer = rng.choice(_PEOPLE)
    occupy(g, title, ladder=[*before, title], leads=[nxt])
    g.employers = [hiring, current]
    g.optional += [first]
    g.skills = {"top": techniques.split("|"), "tool": tools.split("|")}
    g.sectors = kinds.split("|")
    g.must_not_appear += [writer]
    board = rng.choice(("Indeed", "Reed", "CV-Library"))
    g.optional.append(board)
    if variant == "email":
        return _email(rng, g, title, before, nxt, hiring, current, first, writer, board)
    low = rng.randint(24, 30) * 1000
    high = low + rng.randint(3, 6) * 1000
    _salary(g, low, high, "GBP")
    mine = int(_apart(rng.randint(22, 29) * 1000 + 500, [low, high]))
    _salary(g, mine, mine, "GBP", point=True)
    wish = _no_pay(g, high + 1500, 500)
    cpd = _no_pay(g, rng.randint(3, 8) * 100, 50)
    ref = f"{rng.choice('ABCDEFGH')}{rng.randint(1000, 9999)}"
    g.must_not_appear += [ref]
    years = rng.randint(2, 6)
    greeting = rng.choice(("Dear Hiring Manager,", "Dear Ms Ellery,", "Dear Recruitment Team,"))
    duties = [*g.skills["top"], *(f"using {t}" for t in g.skills["tool"])]
    story = (f"I began my career as {_a(before[0])} {before[0].lower()} at {first}, then "
             f"became {_a(before[1])} {before[1].lower()}, and for the past {years} years I "
             f"have worked as {_a(title)} {title.lower()} at {current}.")
    return [writer, "14 Alder Row", "Northbridge NB4 2QT", f"{writer.split()[0].lower()}@"
            "mailbox.example", "", f"{rng.randint(2, 27)} March 2026", "",
            f"Recruitment, {hiring}", "3 Quay Street", "Eastport EP1 6AA", "",
            f"Re: {title} (ref. {ref}), as advertised on {board}", "", greeting, "",
            f"I am writing to apply for the post of {title} at {hiring}. {story}", "",
            "In my current role I:", *[f"- {d[0].upper()}{d[1:]}" for d in duties], "",
            f"I work across {_prose_list(g.sectors)}, and I was pleased to read that "
            f"{hiring} supports its {_plural(title).lower()} to become "
            f"{_plural(nxt).lower()}.", "",
            rng.choice((f"The advert gives a salary of £{low:,} to £{high:,}; ",
                        f"I note the advertised range of £{low:,}–£{high:,}; "))
            + f"I currently earn £{mine:,} and would ideally hope for £{_money(wish)}. "
            f"The CPD allowance of £{_money(cpd)} a year is a real attraction.", "",
            "I can start after four weeks' notice.", "",
            rng.choice(("Yours sincerely,", "Kind regards,", "Yours faithfully,")), writer,
            "", "Enc. CV"]


def _email(rng: random.Random, g: Guide, title: str, before: list[str], nxt: str,
           hiring: str, current: str, first: str, writer: str, board: str) -> list[str]:
    """An e-mailed application: mail headers with an attachment, "*" bullets, per diem, the
    next rung's rate, the current rate, and a CV pasted below a rule, latest job first."""
    rate = rng.randint(1500, 2400) / 100
    _salary(g, rate, rate, period="hour", point=True)
    low = _apart(rate + 1, [rate])
    high = _apart(low + rng.randint(3, 6), [rate, low])
    _salary(g, low, high, period="hour")
    chief = _apart(high + 2.5, [rate, low, high])
    _salary(g, chief, chief, period="hour", point=True, belongs_to=nxt)
    diem = _no_pay(g, rng.randint(30, 60), 5)
    extra = (f"plus ${_money(diem)} per diem" if title in _FIELD_TRADES
             else f"plus a ${_money(diem)} monthly travel allowance")
    subject = f"Application: {title} – {writer}"
    skills = [*g.skills["top"], *g.skills["tool"]]
    return [f"From: {writer} <{writer.split()[0].lower()}@mailbox.example>",
            f"To: jobs@{hiring.split()[0].lower()}.example", f"Date: Mon, "
            f"{rng.randint(2, 27)} Apr 2026 08:{rng.randint(10, 59)}", f"Subject: {subject}",
            f"Attachment: {writer.split()[-1]}_CV.pdf", "", "Hello,", "",
            f"I saw {hiring}'s posting for {_a(title)} {title.lower()} on {board} "
            f"(${_money(low)}–${_money(high)}/hr {extra}) and would like to apply.",
            "", "What I bring:", *[f"* {s[0].upper()}{s[1:]}" for s in skills],
            f"* Work in {_prose_list(g.sectors)}", "",
            f"I now earn ${rate:.2f}/hr as {_a(title)} {title.lower()} at {current}. Your "
            f"posting says a good hand can move up to {nxt} at ${_money(chief)}/hr, which is "
            "what I'm aiming for.", "", "Thanks for your time,", writer.split()[0], "",
            "-" * 40, writer.upper(), "Skills: " + " · ".join(skills), "", "EXPERIENCE",
            f"{title} — {current}   2022–present", f"{before[1]} — {current}   2020–2022",
            f"{before[0]} — {first}   2018–2020"]


# --------------------------------------------------------------------------------------
# A trade magazine's pay league table of employers
# --------------------------------------------------------------------------------------
# (role, table noun, column heading, another title and its start, "came from" jobs, skills
#  sought, a professional body's minimum)
_LEAGUES = (
    ("Newly Qualified Solicitor", "firm", "NQ salary", "Trainee Solicitor",
     "Paralegal|Legal Executive", "client care|drafting", "the Society's recommended minimum"),
    ("Veterinary Surgeon", "practice group", "New graduate salary", "Veterinary Nurse",
     "Veterinary Intern|Locum Vet", "surgery|client communication",
     "the Veterinary Council's minimum"),
    ("Community Pharmacist", "pharmacy chain", "Starting salary", "Pharmacy Technician",
     "Pharmacy Intern|Locum Pharmacist", "clinical checks|prescribing",
     "the Pharmacy Board's recommended minimum"),
    ("Chartered Surveyor", "firm", "Newly chartered salary", "Surveying Assistant",
     "Estate Agent|Building Control Officer", "valuation|building surveys",
     "the Institution's recommended minimum"),
)
_LEAGUE_FIRMS = ("Ashdown Reeve", "Marchbank & Co", "Tollgate Partners", "Vance Holloway",
                 "Pemberton Frey", "Larkspur Group", "Cobalt Bridge", "Redfern Lyle")
_GROCERS = ("Fresh Basket", "ValueWay", "Greenleaf Co-op", "Hartley's", "Pennywise",
            "Northway", "Grocer & Sons")
_SHOP_ROLES = ("Store Assistant", "Retail Colleague", "Shop Floor Assistant",
               "Checkout Operator")


def _leaguetable(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("firms", "grocery"))
    if variant == "grocery":
        return _grocery(rng, g)
    title, noun, column, other, came_text, sought, minimum = rng.choice(_LEAGUES)
    came = came_text.split("|")
    occupy(g, title, moves_in=came)
    g.skills = {"top": sought.split("|")}
    firms = rng.sample(_LEAGUE_FIRMS, 6)
    g.employers = list(firms)
    used: list[float] = []
    rows: list[str] = []
    values: list[int] = []
    for i, firm in enumerate(firms):
        if i == len(firms) - 1:  # a firm that does not disclose still employs the role
            rows.append(f"– | {firm} | Not disclosed | – | –")
            continue
        if i == 2:  # tied with the firm above: one figure, printed twice
            value = values[-1]
        else:
            value = int(_apart(rng.randint(60, 90) * 1000 if not values
                               else values[-1] - rng.randint(2, 6) * 1000, used))
        values.append(value)
        _salary(g, value, value, "GBP", point=True, region="London")
        regional = value - rng.randint(8, 20) * 1000
        while any(abs(regional - u) <= 1 for u in used):
            regional -= 500
        used.append(regional)
        _salary(g, regional, regional, "GBP", point=True)
        g.salaries[-1]["label"] = f"{firm} (regions)"
        rank = "2=" if i in (1, 2) else str(i + 1)
        star = "*" if i == 0 else ""
        rows.append(f"{rank} | {firm} | £{value:,}{star} | £{regional:,} | "
                    f"{rng.choice(('▲', '▼', '–'))}")
    median = int(_apart(sorted(values)[len(values) // 2] - 1500, used))
    _salary(g, median, median, "GBP", point=True)
    floor = int(_no_pay(g, rng.randint(22, 28) * 1000, 500))
    _salary(g, floor, None, "GBP")
    other_start = int(_no_pay(g, rng.randint(30, 45) * 1000, 500))
    _salary(g, other_start, other_start, "GBP", point=True, belongs_to=other)
    g.must_not_appear += ["Not disclosed", "includes a guaranteed bonus"]
    g.optional += [other] if other not in came else []
    byline = rng.choice(_PEOPLE)
    g.must_not_appear.append(byline)
    table = [f"Rank | {noun.capitalize()} | {column} (London) | {column} (regions) | Change",
             *rows, "* includes a guaranteed bonus"]
    prose = [f"The median across the table is £{median:,}. {minimum[0].upper()}{minimum[1:]} "
             f"for the profession stays at £{floor:,}.",
             f"For comparison, a {other.lower()} starts on around £{other_start:,} at the "
             "top payers.",
             f"Most came from {_a(came[0])} {came[0].lower()} or {came[1].lower()} "
             f"post; {noun}s say they look for {_prose_list(g.skills['top'])}."]
    if rng.random() < 0.5:
        prose = prose[::-1]
    return [rng.choice(("The Practice Gazette", "Trade Ledger", "Profession Weekly")),
            "News   Careers   League tables   Events   Subscribe", "",
            f"{title} pay league table 2026", f"By {byline} · {rng.randint(2, 20)} comments",
            "Sponsored: find your next role with our jobs board", "", *table, "", *prose, "",
            "Read next: who pays the most in 2026?", "© 2026 · Terms · Privacy"]


def _grocery(rng: random.Random, g: Guide) -> list[str]:
    """The grocery round-up: numbered headings with London rates and ties, wage benchmarks,
    a rate for two titles, other titles' rates, perks, a tab-separated table."""
    title = rng.choice(_SHOP_ROLES)
    shared, leader, warehouse = "Deputy Store Manager", "Team Leader", "Warehouse Operative"
    sideways = "Online Order Picker"
    occupy(g, title, ladder=[title, leader, "Store Manager"], transitions=[sideways])
    g.skills = {"top": rng.sample(("till operation", "stock rotation", "customer service",
                                   "age-restricted sales"), 3)}
    grocers = rng.sample(_GROCERS, 5)
    g.employers = list(grocers)
    g.optional += ["Challenge 25"]
    heads, glance = [], ["AT A GLANCE", "Retailer\tHourly rate\tLondon"]
    nlw = 12.21  # the legal minimum for every job: no pay
    used: set[float] = {nlw}
    rate = rng.randint(1330, 1420) / 100
    for i, grocer in enumerate(grocers):
        if i != 2:  # the third ties with the second
            rate = round(rate - rng.randint(5, 25) / 100, 2) if i else rate
            while rate in used:
                rate = round(rate + 0.01, 2)
        london = round(rate + rng.randint(100, 160) / 100, 2)
        while london in used:
            london = round(london + 0.01, 2)
        used |= {rate, london}
        _salary(g, rate, rate, "GBP", period="hour", point=True)
        g.salaries[-1].setdefault("label", grocer)
        _salary(g, london, london, "GBP", period="hour", point=True, region="London")
        rank = f"{i}=" if i == 2 else f"{i + 1}=" if i == 1 else str(i + 1)
        heads.append(f"{rank}. {grocer} – £{rate:.2f} an hour (£{london:.2f} inside the M25)")
        glance.append(f"{grocer}\t£{rate:.2f}\t£{london:.2f}")
    first = next(s for s in g.salaries if s.get("label") == grocers[0])["min"]
    _salary(g, first, first, "GBP", period="hour", point=True, belongs_to=shared)
    lead_rate = round(float(first) + rng.randint(120, 190) / 100, 2)
    _salary(g, lead_rate, lead_rate, "GBP", period="hour", point=True, belongs_to=leader)
    ware = round(float(first) + rng.randint(30, 90) / 100, 2)
    _salary(g, ware, ware, "GBP", period="hour", point=True, belongs_to=warehouse)
    g.optional += [warehouse, shared]
    discount = rng.choice((10, 15, 20))
    return ["GROCERY TRADE NEWS   News | Retail | Jobs | Subscribe", "",
            "Which supermarket pays the most? Hourly rates ranked", "",
            f"The National Living Wage is £{nlw:.2f}; the voluntary benchmark is higher. "
            "Here is how the grocers compare.", "", *heads, "",
            f"At {grocers[0]} the rate is for {_plural(title).lower()} and "
            f"{_plural(shared).lower()} alike; {_plural(leader).lower()} get "
            f"£{lead_rate:.2f}, and {_plural(warehouse).lower()} £{ware:.2f}.",
            f"Perks: a {discount}% staff discount, paid breaks and a Sunday premium.", "",
            *glance, "",
            f"The job: {_prose_list(g.skills['top'])} (Challenge 25 applies). Colleagues can "
            f"step up to {leader.lower()} and then store manager, or move across to "
            f"{sideways.lower()} work.", "", "Read next   |   12 comments"]


# --------------------------------------------------------------------------------------
# An employer's internship or vacation program
# --------------------------------------------------------------------------------------
# (profession, lab tests or methods, software, markets, earlier jobs of past interns)
_PROGRAMS = (
    ("Structural Engineer", "load calculations|steel connection design", "ETABS|Revit",
     "healthcare buildings|transit stations", "Survey Assistant|CAD Technician"),
    ("Hydrologist", "stream gauging|flood frequency analysis", "HEC-RAS|ArcGIS Pro",
     "water utilities|river authorities", "Field Assistant|Lab Technician"),
    ("Transport Planner", "traffic counts|junction modelling", "VISSIM|LinSig",
     "local councils|rail operators", "Data Analyst|Survey Assistant"),
    ("Water Quality Scientist", "turbidity testing|macroinvertebrate sampling", "R|QGIS",
     "water utilities|catchment authorities", "Lab Technician|Ranger"),
    ("Geologist", "core logging|groundwater sampling", "Leapfrog|ArcGIS Pro",
     "mining companies|water utilities", "Field Assistant|Driller's Offsider"),
    ("Electrical Engineer", "protection settings|load flow studies", "PSS/E|AutoCAD Electrical",
     "transmission utilities|renewable developers", "Electrician|Lab Technician"),
)
_INTERN_FIRMS = ("Braxton Kell Engineering", "Meridian Rowe", "Calder & Finch",
                 "Stonegate Consulting")
_AGENCIES = ("Department of Environment and Infrastructure", "State Infrastructure Agency",
             "Department of Water and Planning")


def _internship(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("program", "vacation"))
    title, tests, software, markets, feeders = rng.choice(_PROGRAMS)
    senior = f"Senior {title}"
    if variant == "vacation":
        return _vacation(rng, g, title, tests, software, feeders, senior)
    staff = f"Staff {title}"
    occupy(g, title, ladder=[staff, f"Project {title}", senior],
           moves_in=feeders.split("|"))
    g.skills = {"top": tests.split("|"), "tool": software.split("|")}
    g.sectors = markets.split("|")
    firm = rng.choice(_INTERN_FIRMS)
    g.employers = [firm]
    quoted = rng.choice(_PEOPLE)
    g.must_not_appear += [quoted, "Apply by"]
    standings = ["rising sophomore", "rising junior", "rising senior", "graduate student"]
    rows: list[str] = []
    used: list[float] = []
    rate = rng.randint(1800, 2300) / 100
    for standing in standings:
        rate = _apart(rate, used)
        _salary(g, rate, rate, period="hour", point=True, level="Intern")
        g.salaries[-1]["label"] = standing
        rows.append(f"{standing.capitalize():<20} ${rate:.2f}")
        rate = round(rate + rng.randint(150, 350) / 100, 2)
    low = rng.randint(68, 80) * 1000
    high = low + rng.randint(4, 9) * 1000
    _salary(g, low, high, level="Staff")
    housing = _no_pay(g, rng.randint(15, 30) * 100, 100)
    gear = _no_pay(g, rng.randint(2, 5) * 50, 25)
    duties = [*g.skills["top"], *(f"modelling in {s}" for s in g.skills["tool"])]
    return [f"{firm}   What we do | Projects | Careers | Contact", "Home › Careers › Students "
            "› Summer Internship", "", f"Summer {title} Internship 2027",
            "June 8 – August 14 · Denver, CO or Portland, OR · 10 weeks   [ Apply by "
            "October 31 ]", "", "What you'll do", *[f"▸ {d[0].upper()}{d[1:]}" for d in duties],
            "", "Who can apply: rising sophomores to graduate students in civil or "
            "environmental programs; work authorization required.", "",
            "Academic standing    Hourly rate", *rows, "",
            f"Interns who relocate receive a ${_money(housing)} housing stipend and a "
            f"${_money(gear)} gear allowance.", "",
            f"Most interns get a return offer: graduates join as {_plural(staff)} at "
            f"${low:,}–${high:,}.",
            f"Path: {' → '.join(n for _, n in g.progression)}.",
            f"Our best interns have worked as {g.moves_in[0][1].lower()}s or "
            f"{g.moves_in[1][1].lower()}s before.", "",
            f"\"I ran my own field day in week three.\" — {quoted}, intern 2025", "",
            f"Markets we serve: {_prose_list(g.sectors)}.", "",
            "Timeline: applications open Sept 1 · interviews in November · offers by "
            "December", "Equal opportunity employer."]


def _vacation(rng: random.Random, g: Guide, title: str, tests: str, software: str,
              feeders: str, senior: str) -> list[str]:
    """An agency's vacation program: an acknowledgement, an accordion of questions, a weekly
    rate as a clerical classification with super, a graduate band by grade, a Senior band, a
    lateral move, a cohort's earlier jobs, related programs with an allowance."""
    sideways = rng.choice(("Policy Officer", "Project Officer"))
    occupy(g, title, ladder=[title, senior], transitions=[sideways],
           moves_in=feeders.split("|"))
    agency = rng.choice(_AGENCIES)
    g.employers = [agency]
    g.skills = {"top": tests.split("|"), "tool": software.split("|")}
    clerk = f"Clerk Grade {rng.choice(('2/3', '3/4'))}"
    g.optional += [clerk]
    week = rng.randint(120000, 160000) / 100
    _salary(g, week, week, "AUD", period="week", point=True, level="Vacation Student")
    grade = rng.randint(4, 6)
    low = rng.randint(78, 90) * 1000 + rng.randint(0, 9) * 100
    high = low + rng.randint(5, 9) * 1000
    _salary(g, low, high, "AUD", level="Graduate")
    g.salaries[-1]["label"] = f"Grade {grade}"
    s_low = high + rng.randint(25, 35) * 1000
    s_high = s_low + rng.randint(8, 12) * 1000
    _salary(g, s_low, s_high, "AUD", level="Senior")
    allowance = _no_pay(g, rng.randint(5, 9) * 100, 100)
    plus, minus = rng.choice((("+", "−"), ("▸", "▾")))
    return ["We acknowledge the Traditional Owners of the lands on which we work.",
            "A A A  Text size   |   Contact us", f"{agency}", "Home › Careers › Students",
            "", "Vacation Employment Program", "", f"{minus} What will I do?",
            f"You will work beside our {_plural(title).lower()} on "
            f"{_prose_list(g.skills['top'])}, using {_prose_list(g.skills['tool'])}.",
            f"{minus} What will I be paid?",
            f"Students are employed as a {clerk} at ${week:,.2f} per week plus 11.5% "
            "superannuation.", f"{plus} Who can apply?", f"{plus} How do I apply?", "",
            "After graduation", f"Graduates join at Grade {grade} (${low:,} – ${high:,} a "
            f"year) and progress through the grades to {senior} (${s_low:,} – "
            f"${s_high:,}). Some move across to {sideways.lower()} roles.",
            f"Last year's cohort had worked as {g.moves_in[0][1].lower()}s and "
            f"{g.moves_in[1][1].lower()}s.", "", "Related programs: Cadetship (study "
            f"allowance ${_money(allowance)} per semester) · Graduate Program", "",
            "Join our talent list   |   Privacy   |   Accessibility"]


# --------------------------------------------------------------------------------------
# A public employer's step salary schedule
# --------------------------------------------------------------------------------------
# (role, other titles of related schedules, substitute, duties, pathway)
_SCHEDULES = (
    ("Teacher", "Counselor|Librarian", "Substitute Teacher", "lesson planning|IEP meetings",
     "Instructional Coach|Assistant Principal|Paraprofessional"),
    ("School Nurse", "Health Aide|Nurse Practitioner", "Substitute Nurse",
     "medication administration|immunization records",
     "Lead School Nurse|Health Services Coordinator|Licensed Practical Nurse"),
    ("Speech-Language Pathologist", "Audiologist|Occupational Therapist",
     "Substitute Therapist", "articulation therapy|language screening",
     "Lead Therapist|Special Education Coordinator|Speech-Language Assistant"),
    ("School Psychologist", "Social Worker|Counselor", "Substitute Psychologist",
     "psychoeducational assessment|behavior plans",
     "Lead Psychologist|Director of Student Services|Behavior Technician"),
)
_DISTRICTS = ("Cedar Plains Unified School District", "Riverbend Public Schools",
              "Maple Hollow School District")
_UNITS = (("Fire Inspector", "Fire Marshal", "Plans Examiner",
           "code enforcement|plan review", "Accela|NFPA codes", "Building Inspector"),
          ("Code Enforcement Officer", "Code Enforcement Supervisor", "Parking Officer",
           "property inspections|notice writing", "Accela|citation tablet",
           "Community Service Officer"),
          ("Water Treatment Operator", "Chief Plant Operator", "Utility Worker",
           "chlorine dosing|turbidity monitoring", "SCADA|jar tester", "Maintenance Worker"),
          ("Building Inspector", "Chief Building Official", "Permit Technician",
           "framing inspections|code interpretation", "Accela|inspection tablet",
           "Plans Examiner"))
_CITIES = ("City of Larkhaven", "City of Sunnyridge", "City of Port Alder")


def _stepschedule(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("district", "city"))
    if variant == "city":
        return _city(rng, g)
    title, related, substitute, duties, pathway = rng.choice(_SCHEDULES)
    up, up2, feeder = pathway.split("|")
    district = rng.choice(_DISTRICTS)
    lateral = "Curriculum Specialist"
    occupy(g, title, ladder=[title, up, up2], transitions=[lateral], moves_in=[feeder])
    g.employers = [district]
    g.skills = {"top": duties.split("|")}
    monthly = rng.random() < 0.3
    period, scale = ("month", 1 / 12) if monthly else ("year", 1.0)
    heads = rng.choice((("CLASS I", "CLASS II", "CLASS III", "CLASS IV"),
                        ("LANE A", "LANE B", "LANE C", "LANE D"),
                        ("COLUMN 1", "COLUMN 2", "COLUMN 3", "COLUMN 4")))
    classes = list(heads)[:rng.choice((3, 4))]
    base = rng.randint(44, 58) * 1000
    rows: list[str] = []
    used: list[float] = []
    for step in range(1, rng.randint(6, 9)):
        cells = []
        for c, name in enumerate(classes):
            value = round((base + step * 1450 + c * 2400) * scale)
            value = int(_apart(value, used))
            _salary(g, value, value, period=period, point=True, level=f"Step {step}")
            g.salaries[-1]["label"] = name.title()
            cells.append(f"{value:>10,}")
        rows.append(f"{step:>4}   " + "  ".join(cells))
    intern = int(_apart(round(base * 0.85 * scale), used))
    _salary(g, intern, intern, period=period, point=True, level="Intern")
    stipend = _no_pay(g, rng.randint(10, 30) * 100, 100)
    extra = _no_pay(g, rng.randint(35, 55), 1.5)
    others = related.split("|")
    o_low = int(_no_pay(g, base + 4000, 250))
    o_high = int(_no_pay(g, o_low + 18000, 250))
    for other in others:
        _salary(g, o_low, o_high, belongs_to=other)
    day = int(_no_pay(g, rng.randint(150, 220), 5))
    _salary(g, day, day, period="day", point=True, belongs_to=substitute)
    g.optional += [*others, substitute, "National Board"]
    unit = "monthly" if monthly else "annual"
    return [district.upper(), "Home | Departments | Human Resources | Salary Schedules   "
            "English ▾", "", f"CERTIFICATED SALARY SCHEDULE — {title.upper()}S 2026-27",
            f"Board approved May 2026 · {rng.choice((185, 187, 190))} duty days · {unit} "
            "amounts · Download PDF", "",
            "STEP   " + "  ".join(f"{c:>10}" for c in classes), *rows, "",
            " · ".join(f"{c.title()}: {d}" for c, d in zip(
                classes, ("BA/BS", "BA + 30 units", "MA", "MA + 30 units"), strict=False)), "",
            f"Intern {title.lower()}s are paid {intern:,} ({unit}).",
            "Longevity: +2% after 15 years, +4% after 20 years.",
            f"Stipends: doctorate ${stipend:,.0f}; National Board certification $1,500; "
            f"extra-duty hourly rate ${_money(extra)}.", "",
            f"Related schedules: {' and '.join(others)} ${o_low:,} – ${o_high:,}; "
            f"{substitute} ${day} per day.", "",
            f"Duties: {_prose_list(g.skills['top'])}.",
            f"Pathway: {title.lower()}s may advance to {up.lower()} and then "
            f"{up2.lower()}, or move to a {lateral.lower()} post; many start as "
            f"{_a(feeder)} {feeder.lower()}.", "", "Printer-friendly version   © District"]


def _city(rng: random.Random, g: Guide) -> list[str]:
    """The city schedule: a markdown table with class codes, one row per classification and
    period, Steps A–E, dashes, overlapping grades I and II, a supervisor's row, incentives,
    duties with systems, a career path."""
    title, supervisor, below, duties, systems, lateral = rng.choice(_UNITS)
    trainee, senior = f"Trainee {title}", f"Senior {title}"
    city = rng.choice(_CITIES)
    occupy(g, title, ladder=[trainee, title, senior, supervisor], transitions=[lateral],
           moves_in=[below])
    g.employers = [city]
    g.skills = {"top": duties.split("|"), "tool": systems.split("|")}
    g.must_not_appear += ["Class Code", "Printer-friendly version"]
    rows = ["| Class Code | Classification | Period | Step A | Step B | Step C | Step D | "
            "Step E |", "|---|---|---|---|---|---|---|---|"]
    hour = rng.randint(2800, 3600) / 100
    used_h: list[float] = []
    used_m: list[float] = []

    def steps(start: float, n: int) -> list[float]:
        return [round(start * 1.05 ** i, 2) for i in range(n)]

    annual = rng.random() < 0.4  # some schedules print a third, yearly row
    used_y: list[float] = []

    def row(code: str, name: str, level: str | None, owner: str | None,
            start: float, n: int = 5, skip: int = 0) -> list[float]:
        hours = steps(start, n)
        months = [round(h * 2080 / 12) for h in hours]
        years = [round(h * 2080) for h in hours]
        out = []
        periods: list[tuple[str, list[float], str, list[float]]] = [
            ("hour", hours, "Hourly", used_h), ("month", [float(m) for m in months], "Monthly",
                                                used_m)]
        if annual:
            periods.append(("year", [float(y) for y in years], "Annual", used_y))
        for period, values, unit, used in periods:
            cells = ["-"] * skip + [f"{v:,.2f}" if period == "hour" else f"{v:,.0f}"
                                    for v in values]
            cells += ["-"] * (5 - len(cells))
            for i, v in enumerate(values):
                _salary(g, v, v, period=period, point=True, level=level, belongs_to=owner)
                g.salaries[-1].setdefault("label", f"Step {'ABCDE'[skip + i]}")
                used.append(v)
            out.append(f"| {code} | {name} | {unit} | " + " | ".join(cells) + " |")
        rows.extend(out)
        return hours

    row("4100", trainee, "Trainee", None, hour, n=1)
    first = row("4101", f"{title} I", "I", None, round(hour * 1.08, 2))
    row("4102", f"{title} II", "II", None, first[2])  # grade II starts at grade I's step C
    row("4105", senior, "Senior", None, round(first[4] * 1.15, 2))
    row("4110", supervisor, None, supervisor, round(first[4] * 1.32, 2))
    row("4090", below, None, below, round(hour * 0.72, 2), n=4, skip=1)
    g.optional += [f"{title} I", f"{title} II"]
    bilingual = _no_pay(g, rng.randint(100, 200), 10)
    return [f"{city} — Human Resources", "Home › Jobs › Salary Schedules", "",
            f"SALARY SCHEDULE: {title.upper()} SERIES (Resolution {rng.randint(2026, 2027)}-"
            f"{rng.randint(10, 199)})", "Effective July 1, 2026", "", *rows, "",
            f"Incentives: certificate pay 2.5% / 5%; bilingual pay ${bilingual:,.0f} per "
            "month; uniform allowance per MOU.", "",
            f"Duties include {_prose_list(g.skills['top'])} using "
            f"{_prose_list(g.skills['tool'])}.",
            f"Career path: {_plural(trainee).lower()} advance to {title.lower()} I and II, "
            f"then {senior.lower()} and {supervisor.lower()}. Some transfer to "
            f"{lateral.lower()} posts; many began as {_a(below)} {below.lower()}.", "",
            "Printer-friendly version   |   Classification Specs"]


FAMILY24_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "grillemt": _grillemt, "miltranslator": _miltranslator, "coverletter": _coverletter,
    "leaguetable": _leaguetable, "internship": _internship, "stepschedule": _stepschedule,
}
