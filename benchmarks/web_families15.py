"""Generator renderers for the six page families of held-back set 15 (graduate schemes ...).

Held-back set 15 showed six more kinds of page users bring: an employer's graduate-scheme or
campus-hiring page (rotations, intake pay by office, bonuses that are no pay, where graduates
are now), a national occupation sheet in French read through a browser's translation bar
(appellations, know-how and knowledge lists, typed mobility, French number notation such as
"1 802 €" and "38,76 $"), an interview-questions page (example answers naming tools, or
candidates' interview reports with offers), an offer letter or statement of employment
particulars (a starting rate and its annualized restatement, a grade's range, a career
ladder), a licensing regulator's page for a licensed trade (licence levels, education topics,
fees, apprentice wages as shares) and a careers advice column (a reader's letter and a
columnist's answer, a scanned magazine page with a running head and a hyphenated line
break).  These renderers write such pages from a planned guide, two variants a family.  As
in the other style modules every skill, move, employer, sector and salary the guide keeps is
printed, what a style does not state is cleared, and fees, bonuses, allowances, take-home
pay and arithmetic on a stated figure (an "annualized" hourly rate) join no truth.

>>> _fr(1802), _fr(38.76), _lpa(1_200_000)
('1 802', '38,76', '12.0')
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from benchmarks.web_common import (
    DUTIES,
    _a,
    _band,
    _clear,
    _owner,
    _plural,
    _prose_list,
    _said,
    _salary,
    _same_family,
    _skills,
    _texts,
    pick_variant,
    steer_variant,
)
from benchmarks.web_families12 import _PEOPLE, _TOWNS, _fmt, _hourly, _yearly
from benchmarks.web_families14 import _USER_JOBS, _hour

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide, Role

__all__ = ["FAMILY15_ALIAS_LAYOUTS", "FAMILY15_COVER_NEEDS", "FAMILY15_LADDER_LAYOUTS",
           "FAMILY15_LAYOUTS", "FAMILY15_RENDERERS"]

FAMILY15_LAYOUTS = ("gradscheme", "fichemetier", "interviewqs", "offerletter", "licenseboard",
                    "advicecolumn")
# Styles printing the role's ladder (a licence ladder is cut to the levels it shows), and
# styles stating other titles for the role.
FAMILY15_LADDER_LAYOUTS = ("gradscheme", "offerletter", "licenseboard")
FAMILY15_ALIAS_LAYOUTS = ("fichemetier", "interviewqs")

_FIRMS = ("Northline Systems", "Harrowgate Networks", "Calder Analytics Group",
          "Brightwater Digital", "Westbury Vale District Council", "St. Brigid Regional Services")
_OTHER_FIRMS = ("Kestrel Point Partners", "Bayview Settlement Services", "Redstone Works Inc.",
                "Marsh Lane Holdings", "Goldleaf Group")


def _fr(amount: float, cents: bool = False) -> str:
    """An amount in French notation: a space between thousands, a decimal comma (cents
    always printed for a rate)."""
    whole = float(amount).is_integer() and not cents
    text = f"{int(amount):,}" if whole else f"{amount:,.2f}"
    return text.replace(",", " ").replace(".", ",")


def _lpa(rupees: int) -> str:
    """Rupees a year as lakh per annum with one decimal ("12.0")."""
    return f"{rupees / 100_000:.1f}"


def _issuer(rng: random.Random, g: Guide) -> str:
    """The one employer a page is issued by (it employs the role); others are cleared."""
    issuer = g.employers[0] if g.employers else rng.choice(_FIRMS)
    g.employers = [issuer]
    return issuer


def _chunks(names: Sequence[str], n: int) -> list[list[str]]:
    """``names`` dealt into ``n`` runs, in order, none empty while names remain."""
    size = -(-len(names) // n) if names else 0
    return [list(names[i * size:(i + 1) * size]) for i in range(n)]


# --------------------------------------------------------------------------------------
# Graduate scheme or campus-hiring page
# --------------------------------------------------------------------------------------
_TEAMS = ("Design office", "Delivery", "Operations", "Client projects", "Research lab",
          "Quality team", "Field services")
_CLIENTS = ("Tynebridge Utilities", "Marsh Lane Water", "Corvid Retail", "Pellham Transit")
_CITIES = ("Mumbai", "Bengaluru", "Gurugram", "Pune", "Kolkata", "Chennai")


def _takes_graduate_rung(role: Role, ladder: Sequence[Role] = ()) -> bool:
    """An unlevelled role (of a ``ladder`` with a junior rung of its own family, when given),
    whose junior rung a graduate scheme prints as "Graduate X" (:func:`_graduate_rung`)."""
    if role.level != "mid" or role.head is None:
        return False
    return not ladder or any(r.level == "junior" and r.area is role.area and r.head == role.head
                             for r in ladder)


# Layouts whose rare structure needs a kind of role (given the role and its ladder): in cover
# mode the generator gives the layout one such role when its dealt pages have none
# (generate._meet_needs).
FAMILY15_COVER_NEEDS: dict[str, Callable[[Role, Sequence[Role]], bool]] = {
    "gradscheme": _takes_graduate_rung}


def _graduate_rung(g: Guide) -> str | None:
    """"Graduate X" when the role is an unlevelled rung with a junior rung below it on the
    ladder: the junior rung is printed (and spelt) as the programme's graduate rung."""
    if not _takes_graduate_rung(g.role):
        return None
    for i, (rung, _) in enumerate(g.progression):
        if rung.level == "junior" and _same_family(g, rung):
            grad = f"Graduate {g.title}"
            g.progression[i] = (rung, grad)
            if grad not in rung.spellings:
                rung.spellings.append(grad)
            g.moves_in = [m for m in g.moves_in if m[0] is not rung]
            return grad
    return None


def _gradscheme(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("rotations", "campus", "glance"))
    g.title_line = False
    issuer = _issuer(rng, g)
    grad = _graduate_rung(g)
    joins = grad or g.title
    programme = f"{grad} Programme" if grad else f"{g.title} Graduate Programme"
    path = _texts(g.progression)
    at = path.index(joins) if joins in path else None
    g.progression = g.progression[at:] if at is not None and len(path) - at >= 2 else []
    path = _texts(g.progression)  # the path from the programme up; rungs below join as moves
    if variant == "campus":
        return _campus(rng, g, area, issuer, joins, programme, path)
    if variant == "glance":
        return _glance(rng, g, area, issuer, joins, path)
    code, symbol, rate = ("GBP", "£", 0.45) if rng.random() < 0.7 else ("USD", "$", 0.75)
    g.must_not_appear += ["Accept all", "Register your interest", "Situational judgement test"]
    towns = rng.sample(_TOWNS, 4)
    year = rng.randint(2026, 2027)
    out = ["We use cookies to improve your experience. Accept all | Manage preferences",
           issuer.upper(),
           "Who we are   Our projects   Early careers ▾   Experienced hires   Search jobs",
           f"Early careers › Graduate programmes › {area}", f"{programme} {year}",
           f"Start date: September {year} · Locations: {', '.join(towns)} · Duration: 2 years · "
           f"Applications close 31 January {year}", "Apply now      Register your interest",
           f"Help us plan, build and run the {area.lower()} work our clients rely on. You'll "
           f"join as {_a(joins)} {joins} and rotate through four placements before choosing "
           "where to settle."]
    teams = rng.sample(_TEAMS, 6)
    g.optional += teams
    runs = _chunks(g.skills["top"], 3)
    out.append(rng.choice(("Your two years", "How the programme works", "Rotations")))
    for n, (team, skills) in enumerate(zip(teams[:3], runs, strict=True), 1):
        work = f": {_prose_list(skills)}." if skills else ": shadowing the team."
        out.append(f"Rotation {n} (6 months) – {team}{work}")
    out.append(f"Rotation 4 (6 months) – Your choice: {teams[3]}, {teams[4]} or {teams[5]}.")
    licence = f"{area} practitioner licence"
    g.optional.append(licence)
    learn = [*g.skills["often_missing"], *g.skills["tool"], licence]
    out += [rng.choice(("What you'll learn", "Skills you'll build")), " · ".join(learn)]
    start = _yearly(rng, "junior", rate)[0]
    regional, second = start + rng.randint(3, 6) * 500, start + rng.randint(7, 10) * 500
    _salary(g, start, start, code, point=True, level="Graduate")
    _salary(g, regional, regional, code, point=True, level="Graduate", region=towns[-1])
    _salary(g, second, second, code, point=True, level="Graduate")
    bonus = rng.randint(1, 3) * 1000
    out += ["Pay & benefits",
            f"Starting salary {symbol}{_fmt(start)} ({symbol}{_fmt(regional)} if you're based in "
            f"{towns[-1]})", f"Rising to {symbol}{_fmt(second)} in year two after a successful "
            "progress review",
            f"{symbol}{_fmt(bonus)} welcome bonus · relocation support up to {symbol}3,000 · "
            "28 days' holiday · 8% employer pension"]
    out += ["After the programme"]
    if grad:
        low, high = _yearly(rng, g.role.level, rate)
        _salary(g, low, high, code)
        after = (f"You'll join a team as {_a(g.title)} {g.title} (typically "
                 f"{symbol}{_fmt(low)}–{symbol}{_fmt(high)})")
    elif g.leads_to:
        role, name = g.leads_to[0]
        low, high = _yearly(rng, role.level, rate)
        owner, level = _owner(g, role, name)
        _salary(g, low, high, code, belongs_to=owner, level=level)
        after = (f"Most graduates move up to {name} (typically {symbol}{_fmt(low)}–"
                 f"{symbol}{_fmt(high)})")
    else:
        low, high = _yearly(rng, "mid", rate)
        _salary(g, low, high, code)
        after = f"You'll stay on as {_a(g.title)} {g.title} (typically {symbol}{_fmt(low)}–" \
                f"{symbol}{_fmt(high)})"
    rest = [n for n in path if n not in (joins, g.title)]
    out.append(after + (f", with a clear path to {_prose_list(rest)}." if rest else "."))
    moved = [n for n in [*_texts(g.leads_to), *_texts(g.transitions_to)] if n not in rest]
    if moved or rest:
        out.append(f"Where our {year - 9}–{year - 6} graduates are now:")
        out += [f"• {n} ({rng.randint(2, 15)})" for n in [*rest, *moved]]
    country = "UK" if code == "GBP" else "US"
    out += ["Who we're looking for",
            "A 2:1 in a numerate subject (or a 2:2 with relevant work experience). Right to work "
            f"in the {country}." + "".join(_said(" We look for {}.", g.skills["soft"], "and"))]
    if g.moves_in:
        role, name = g.moves_in[0]
        pay = round(start * 0.7 / 500) * 500
        owner, level = _owner(g, role, name)
        _salary(g, pay, pay, code, point=True, belongs_to=owner, level=level)
        line = (f"Other ways in: {rng.randint(30, 70)}% of this year's intake were once "
                f"{name} staff (12 months, {symbol}{_fmt(pay)} pro rata)")
        line += "".join(_said(", and {} staff can apply to join the scheme in year two",
                              _texts(g.moves_in[1:]), "or"))
        out.append(line + ".")
    person, client = rng.choice(_PEOPLE).split()[0], rng.choice(_CLIENTS)
    g.optional.append(client)
    out += [f"Meet {person} – {joins}, Year 2",
            f'"My best rotation was {teams[1]} – I spent six months seconded to our client '
            f'{client}. Next year I\'m moving into the {teams[4].lower()} team."']
    if g.sectors:
        out.append(f"Who employs {_plural(g.title).lower()}? {_prose_list(g.sectors)} – and "
                   "we work with all of them.")
    out += ["How to apply", "1. Online application → 2. Situational judgement test → 3. Video "
            "interview → 4. Assessment centre → 5. Offer", "FAQs",
            f"Can I apply if I graduate in {year - 2}? Yes.",
            f"Do I need a background in {area.lower()}? No.",
            "Is the scheme accredited? Yes – it leads towards professional registration with th"]
    legal = "Registered in England" if code == "GBP" else "An Equal Opportunity Employer"
    return [*out, f"{issuer} · {legal} · Accessibility · © {year}"]


def _glance(rng: random.Random, g: Guide, area: str, issuer: str, joins: str,
            path: list[str]) -> list[str]:
    """An Australian or US early-talent page: a tab-separated "at a glance" table, rotations
    one a line after a dash, a sign-on bonus (no pay), graduate stories."""
    code, symbol, rate, super_ = (("AUD", "$", 0.9, " + super") if rng.random() < 0.5
                                  else ("USD", "$", 0.75, ""))
    country = "Australia" if code == "AUD" else "US"
    year = rng.randint(2026, 2027)
    start = _yearly(rng, "junior", rate)[0]
    _salary(g, start, start, code, point=True, level="Graduate")
    g.must_not_appear += ["Program at a glance", "Start your application"]
    out = [f"{issuer} Early Talent", "Students & Graduates  ›  Programs  ›  " + area,
           f"{area} Graduate Program {year} ({country})", "Program at a glance",
           f"Role\t{joins}", f"Start\tFebruary {year}", "Length\t18 months (three rotations)",
           f"Locations\t{' · '.join(rng.sample(_TOWNS, 3))}",
           f"Salary\t{symbol}{_fmt(start)}{super_}",
           f"Sign-on bonus\t{symbol}{rng.randint(2, 6)},500",
           "Start your application ›", "", "Rotations"]
    teams = rng.sample(_TEAMS, 3)
    g.optional += teams
    for team, skills in zip(teams, _chunks([*g.skills["top"], *g.skills["often_missing"]], 3),
                            strict=True):
        out.append(f"- {team} — {', '.join(skills) or 'project support'}")
    out += [f"Tools you'll use: {' | '.join(g.skills['tool'])}"] if g.skills["tool"] else []
    out += _said("We hire for {}.", [s.lower() for s in g.skills["soft"]], "and")
    after = [n for n in path if n != joins]
    if g.title != joins or not after:
        low, high = _yearly(rng, g.role.level, rate)
        _salary(g, low, high, code)
        out += ["After the program", f"Graduates finish as {_plural(g.title)} on "
                f"{symbol}{_fmt(low)}–"
                f"{symbol}{_fmt(high)}{super_}."]
    else:
        out += ["After the program", f"Graduates stay on as {_plural(g.title)}."]
    out += _said("From there the path leads to {}.", [n for n in after if n != g.title], "and")
    shown = set(path)
    out += _said("Graduates have also moved up to {}.",
                 [n for n in _texts(g.leads_to) if n not in shown], "or")
    for name in _texts(g.transitions_to)[:2]:
        out.append(f'"After two years I moved across to {name}." — graduate, {year - 3} intake')
    out += _said("Others moved across to {}.", _texts(g.transitions_to)[2:], "or")
    out += _said("We also welcome {} staff into the program.", _texts(g.moves_in), "or")
    out += _said("Our clients span {}.", g.sectors, "and")
    return [*out, "Questions? Read our FAQ or contact the early talent team. Applications clo"]


def _campus(rng: random.Random, g: Guide, area: str, issuer: str, joins: str, programme: str,
            path: list[str]) -> list[str]:
    """An Indian campus-hiring page: CTC in LPA by office, an arrow path with figures."""
    year = rng.randint(2026, 2027)
    cities = rng.sample(_CITIES, 5)
    g.must_not_appear += ["APPLY ON CAMPUS PORTAL", "Grievance officer"]
    out = [f"{issuer.upper()} | Professional services",
           "About us  Services  Insights  Careers ▾  Alumni  Contact        🔍",
           f"Careers › Campus › {area}", f"CAMPUS CONNECT {year} – {programme}",
           "For final-year students and newly qualified graduates",
           f"Offices: {' · '.join(cities)}    |    Joining: August {year} / February {year + 1}",
           "[ APPLY ON CAMPUS PORTAL ]   [ Download programme brochure (PDF, 2.1 MB) ]",
           "Programme at a glance",
           f"Duration: 24 months, then regular role as {g.title}"]
    teams = rng.sample(_TEAMS, 3)
    g.optional += teams
    out.append("Rotations: " + " · ".join(f"{t} ({rng.choice((4, 6))} m)" for t in teams))
    work = [*g.skills["top"], *g.skills["tool"]]
    out += ["Training: 6-week induction at our learning centre, mentor + buddy",
            "What you will work on", "; ".join(work) + "."]
    look = [*g.skills["often_missing"], *g.skills["soft"]]
    out += _said("Skills we look for: {}.", look, "and")
    base = round(_band(rng, "junior")[0] * 0.14, 1)
    ctc = [round(base * 100_000), round((base - 0.5) * 100_000), round((base - 1.5) * 100_000)]
    groups = [cities[:2], cities[2:4], cities[4:]]
    cells = []
    for value, group in zip(ctc, groups, strict=True):
        _salary(g, value, value, "INR", point=True, level="Graduate", region=", ".join(group))
        cells.append(f"{', '.join(group)}: ₹{_lpa(value)} LPA")
    out += ["Compensation (CTC, fixed)", "Newly qualified – " + " · ".join(cells)]
    if g.moves_in:
        role, name = g.moves_in[0]
        value = round(round(base * 0.4, 1) * 100_000)
        owner, level = _owner(g, role, name)
        _salary(g, value, value, "INR", point=True, belongs_to=owner, level=level)
        out.append(f"Students join as {name} at ₹{_lpa(value)} LPA and become {joins} on "
                   "qualifying")
    out.append("One-time joining bonus ₹1,00,000 · Stipend (for current students) ₹25,000 per "
               "month · Medical insurance ₹5L family floater")
    chain = path or [joins, *_texts(g.leads_to)[:1]]
    boxes = []
    lakh = base
    for i, name in enumerate(chain):
        after = i > chain.index(joins) if joins in chain else i > 0
        if after and rng.random() < 0.7:
            lakh = round(lakh + rng.randint(3, 6))
            high = lakh + rng.randint(2, 4)
            role = next((r for r, n in [*g.progression, *g.leads_to] if n == name), g.role)
            owner, level = _owner(g, role, name)
            _salary(g, lakh * 100_000, high * 100_000, "INR", belongs_to=owner, level=level)
            boxes.append(f"{name} (after {i + 1} years, ₹{lakh}–{high} LPA)")
            lakh = high
        else:
            boxes.append(name)
    out += ["Your career with us", " → ".join(boxes)] if len(boxes) > 1 else []
    out += ["Alumni stories"]
    for name in _texts(g.transitions_to):
        person = rng.choice(_PEOPLE).split()[0]
        out.append(f'"Three years in {area.lower()}, then I moved across as {_a(name)} {name}." '
                   f"– {person} {rng.choice('KPRS')}., {year - rng.randint(5, 8)} batch")
    shown = set(chain)
    out += _said(f"Many of our {_plural(g.title).lower()} also move up to {{}} roles.",
                 [n for n in _texts(g.leads_to) if n not in shown], "or")
    out += _said(f"Many of our {_plural(g.title).lower()} came in from {{}} roles.",
                 _texts(g.moves_in[1:]), "or")
    if g.sectors:
        out.append(f"Industry: {', '.join(g.sectors)}")
    return [*out, "FAQs", "Is the CTC negotiable? No – campus offers are standard.",
            f"© {year} {issuer} · Privacy · Terms · Grievance officer"]


# --------------------------------------------------------------------------------------
# Machine-translated French / Québécois occupation sheet
# --------------------------------------------------------------------------------------
_BARS = ("Google Translate   French › English   Show original   Options ▾   ✕",
         "Translated from: French   Show original   Always translate French   ⚙")
_KNOW_HOW = ("Prepare the work", "Follow the quality of the work", "Advise a customer",
             "Organise the activity")
_RELATED = ("Cabinetmakers", "Floor covering installers", "Survey technicians",
            "Drafting technicians")
_TASKS = ("work with {}", "apply {} to the day's jobs", "check the results with {}",
          "keep records using {}")


def _fichemetier(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("rome", "quebec"))
    g.title_line = False
    bar = rng.choice(_BARS)
    g.must_not_appear += ["Show original"]
    titles = [g.title, *g.aliases]
    if variant == "quebec":
        return [bar, *_quebec(rng, g, area, titles)]
    code = f"{rng.choice('DHKM')}{rng.randint(1100, 1999)}"
    g.must_not_appear += [f"ROME code: {code}", "Add to my favourites",
                          "Was this translation useful?"]
    out = [bar, "Portail Emploi",
           "Candidate   Company   |   Search for a job   Training   My space",
           f"Home › Discover the trades › {area}", "Job sheet", g.title, f"ROME code: {code}",
           "🖨 Print the sheet   ↗ Share   ♡ Add to my favourites", f"Appellations ({len(titles)})",
           *titles, "The job",
           f"Plans, carries out and checks the {area.lower()} work of a team according to the "
           "rules of the trade. May supervise a small team.", "Access to the job",
           "This job is accessible with a vocational diploma or a bachelor's degree in the field."]
    out += _said("It is also accessible with professional experience, in particular for workers "
                 "who come from {} posts.", _texts(g.moves_in), "or")
    heads = rng.sample(_KNOW_HOW, 2)
    g.optional += heads
    duties = rng.sample(DUTIES, 4)
    out += ["Skills", "Know-how", heads[0], *[f"  {d}" for d in duties[:2]], heads[1],
            *[f"  {d}" for d in duties[2:]], "Knowledge",
            *g.skills["top"], *g.skills["often_missing"], *g.skills["tool"]]
    if g.skills["soft"]:
        out += ["Professional soft skills", " · ".join(g.skills["soft"])]
    out += ["Work contexts"]
    if g.sectors:
        out += ["Structures", *g.sectors]
    out += ["Conditions", "Night work · Work on weekends and public holidays"]
    if g.leads_to or g.transitions_to:
        out.append("Professional mobility")
        if g.transitions_to:
            out += ["Close jobs / trades", *[f"{t} ({rng.choice('DHK')}{rng.randint(1100, 1999)})"
                                             for t in _texts(g.transitions_to)]]
        if g.leads_to:
            out += ["Jobs / trades that can be considered if evolution",
                    *[f"{t} ({code})" for t in _texts(g.leads_to)]]
    regions = rng.sample(("Île-de-France", "Hauts-de-France", "Bretagne", "Occitanie",
                          "Grand Est"), 2)
    out += ["The job market", f"Job offers over the last 12 months: {rng.randint(800, 20000):,}"
            "   ▮▮▮▮▯ Recruitment difficulty: high"]
    starts: list[int] = []
    for n, region in enumerate(regions):
        out.append(f"Salaires bruts constatés (mensuel) — {region}")
        levels = (("Débutant", "junior"), ("Expérimenté", g.role.level))[:2 - n]
        for label, level in levels:
            low, high = _band(rng, level)
            low, high = round(low * 260 / 12), round(high * 260 / 12)
            while any(abs(low - s) < 5 for s in starts):
                low, high = low + 7, high + 7
            starts.append(low)
            _salary(g, low, high, "EUR", period="month", level=label, region=region)
            out.append(f"{label} : {_fr(low)} € - {_fr(high)} €")
    if g.employers:
        town = rng.choice(_TOWNS)
        out.append(f"Companies that recruit near you ({town})")
        out += [f"{e} – {rng.choice(_TOWNS)} – strong hiring potential" for e in g.employers]
    return [*out, f"See the {rng.randint(20, 400)} offers   |   Find a training",
            "Was this translation useful? 👍 👎", "Accessibility · Legal notice · Cookies"]


def _quebec(rng: random.Random, g: Guide, area: str, titles: list[str]) -> list[str]:
    """A Québec sheet: tasks naming tools, a dotted collective-agreement table in "38,76 $"."""
    code = f"CNP {rng.randint(70000, 79999)}"
    g.must_not_appear += [code, "Add to my selection", "Did you find what you were looking for"]
    out = ["Québec.ca", "Explore trades and professions   Job market information   Find a job",
           f"Home > Explore trades and professions > {area}", g.title,
           f"{code} – {_plural(g.title)}", "Add to my selection   Compare   Print",
           "Examples of job titles", *titles, "Description",
           f"{_plural(g.title)} plan, carry out and check the {area.lower()} work of a team.",
           "Main tasks"]
    for n, skill in enumerate([*g.skills["top"], *g.skills["often_missing"],
                               *g.skills["tool"]]):
        out.append("- " + _TASKS[n % len(_TASKS)].format(skill))
    out += _said("Qualities sought: {}.", g.skills["soft"], "and")
    out += ["Conditions of access to the profession",
            "DEP or college diploma in the field, then a competency certificate after 4 periods "
            "of 2,000 hours."]
    out += _said("Workers from {} posts can have their experience recognised.",
                 _texts(g.moves_in), "or")
    low, _ = _band(rng, g.role.level)
    journey = round(low * 0.36) + rng.randint(0, 99) / 100
    journey = _hour(g, journey, journey, "CAD", point=True, level="Journeyman")[0]
    table = [f"Journeyman ............................ {_fr(journey, cents=True)} $"]
    for period, share in (("4th", 90), ("3rd", 80), ("2nd", 70), ("1st", 60)):
        rate = round(journey * share / 100, 2)
        rate = _hour(g, rate, rate, "CAD", point=True, level=f"Apprentice {period} period")[0]
        table.append(f"Apprentice {period} period ({share} %) ........ {_fr(rate, cents=True)} $")
    # The survey's median is recorded after the agreement's rates: moved clear of them.
    median = journey - rng.randint(3, 6) - 0.06
    median = round(_hour(g, median, median, "CAD", point=True, region="Québec")[0], 2)
    yearly = round(median * 2040) + rng.randint(-400, 400)
    _salary(g, yearly, yearly, "CAD", point=True, region="Québec")
    out += ["Salary", f"Median hourly wage (all sectors, 2023): {_fr(median, cents=True)} $",
            f"Annual employment income, full time (average): {_fr(yearly)} $",
            f"Hourly rates of the collective agreements (as of April {rng.randint(1, 28)}, 2025)",
            *table]
    out += [f"Plus 13 % vacation and statutory holiday indemnity. Tool allowance: "
            f"0,{rng.randint(40, 90)} $ per hour.", "Outlook 2025-2029",
            "Québec: ★★★★☆ Good    Montréal: Good    Capitale-Nationale: Very good"]
    if g.sectors:
        shares = sorted((rng.randint(5, 40) for _ in g.sectors), reverse=True)
        out += ["Main sectors of activity",
                *[f"{s} ......... {p} %" for s, p in zip(g.sectors, shares, strict=True)],
                "Others ......................................... 8 %"]
    moves = [*_said(f"With experience, {_plural(g.title).lower()} can become {{}}.",
                    _texts(g.leads_to), "or"),
             *_said("Some move across to {} jobs.", _texts(g.transitions_to), "or")]
    if moves:
        out += ["Advancement possibilities", " ".join(moves)]
    related = rng.sample(_RELATED, 2)
    g.optional += related
    out += ["Related professions",
            " · ".join(f"{r} (CNP {rng.randint(70000, 79999)})" for r in related)]
    if g.employers:
        out.append(f"Job offers on Québec emploi ({rng.randint(20, 300)})")
        for i, employer in enumerate(g.employers):
            town = rng.choice(_TOWNS)
            if i % 2:
                out.append(f"{g.title} | {employer} | {town} | Per the collective agreement | "
                           "Seasonal")
            else:
                out.append(f"{g.title} | {employer} | {town} | {_fr(journey, cents=True)} $/h | "
                           "Permanent, full time")
        out.append("See all offers ›")
    return [*out, "Did you find what you were looking for?  Yes  No",
            "Québec.ca   Accessibility   Privacy policy"]


# --------------------------------------------------------------------------------------
# Interview-questions page
# --------------------------------------------------------------------------------------
_GUIDE_SITES = ("CareerKit", "InterviewDesk", "HireReady")
_ALSO_VIEWED = ("Office Coordinator interview questions", "Team Assistant interview questions",
                "Operations Clerk")


def _interviewqs(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("guide", "reports", "qalist"))
    g.title_line = False
    if variant == "reports":
        return _reports(rng, g)
    if variant == "qalist":
        return _qalist(rng, g, area)
    site, author = rng.choice(_GUIDE_SITES), rng.choice(_PEOPLE)
    plural = _plural(g.title)
    job = rng.choice(_USER_JOBS)
    g.optional.append(job)
    g.must_not_appear += [author, "AI interview coach"]
    tools = g.skills["tool"]
    strip = [*g.skills["top"], *g.skills["soft"]]
    if strip and tools:
        strip[0] += f" ({', '.join(tools)})"
    elif tools:
        strip = list(tools)
    n = rng.randint(18, 30)
    also = f" (also called {_prose_list(g.aliases, 'or')})" if g.aliases else ""
    out = [site, "Find jobs   Salaries   CV builder   Interview prep ▾   Career advice   Sign in",
           f"Interview prep › {area} › {g.title}",
           f"{n} {g.title} Interview Questions (With Example Answers)",
           f"By {author}, Careers Writer · Updated {rng.randint(1, 28)} November 2025 · "
           f"{rng.randint(6, 14)} min read", "In this article",
           f"What does {_a(g.title)} {g.title.lower()} do? | Skills interviewers look for | "
           "General questions | Role-specific questions | Salary | FAQs",
           "Practise your answers out loud with our AI interview coach – try it free ›",
           f"What does {_a(g.title)} {g.title.lower()} do?",
           f"{plural}{also} run the day-to-day {area.lower()} work of a team.",
           rng.choice(("Skills interviewers look for", "What interviewers want to see")),
           " · ".join(strip), "General questions", "1. Tell us about yourself.",
           f"2. Why do you want to work in {area.lower()}?",
           f"3. Why are you leaving your job as {_a(job)} {job.lower()}?",
           "Role-specific questions"]
    q = 5
    for skill in g.skills["often_missing"]:
        q += rng.randint(1, 2)
        out += [f"{q}. How have you used {skill.lower()} in your work?",
                f'Example answer: "At my last team I used {skill} every week, and I trained '
                'two new starters on it."']
    out += ["Behavioural questions", f"{q + 2}. Tell us about a time a deadline slipped.",
            "Questions to ask them", "• How big is the team?"]
    moves = [*_said(f"Many {plural.lower()} start out as {{}}.", _texts(g.moves_in), "or"),
             *_said("With experience you can step up to {}.", _texts(g.leads_to), "or"),
             *_said("Others move across to {} posts.", _texts(g.transitions_to), "or")]
    if moves:
        out += ["Where can the job lead?", " ".join(moves)]
    bands: list[int] = []

    def nhs(level: str) -> tuple[int, int]:
        low, high = _yearly(rng, level, 0.3, 10)
        while any(abs(low - b) < 300 for b in bands):
            low, high = low + 410, high + 410
        bands.append(low)
        return low, high

    most, entry = nhs(g.role.level), nhs("junior")
    _salary(g, most[0], most[1], "GBP")
    _salary(g, entry[0], entry[1], "GBP", level="entry-level")
    lines = [f"In the NHS most posts are Band 5 (£{_fmt(most[0])}–£{_fmt(most[1])} in 2025/26); "
             f"entry-level posts are Band 4 (£{_fmt(entry[0])}–£{_fmt(entry[1])})."]
    if g.leads_to:
        role, name = g.leads_to[0]
        low, high = nhs(role.level)
        owner, level = _owner(g, role, name)
        _salary(g, low, high, "GBP", belongs_to=owner, level=level)
        lines.append(f"{name} posts are usually Band 6 (£{_fmt(low)}–£{_fmt(high)}).")
    if g.employers:
        low, high = _yearly(rng, g.role.level, 0.33, 500)
        _salary(g, low, high, "GBP")
        firms = g.employers[:-1] if len(g.employers) > 1 else g.employers
        lines.append(f"Private employers such as {_prose_list(firms)} pay "
                     f"£{_fmt(low)}–£{_fmt(high)}.")
        if len(g.employers) > 1:
            lo_h, hi_h = _hour(g, _hourly(low) - 1, _hourly(high) + 1, "GBP")
            lines.append(f"Agency temps through {g.employers[-1]} earn £{lo_h:.2f}–£{hi_h:.2f} "
                         "an hour.")
    lines.append("London posts add a High Cost Area Supplement.")
    out += [f"How much do {plural.lower()} earn?", " ".join(lines)]
    out += _said("Most jobs are in {}.", g.sectors, "and")
    related = rng.sample(_ALSO_VIEWED, 2)
    g.optional += related
    return [*out, "FAQs", "Do I need qualifications? Not always – but a diploma helps.",
            "Is it stressful? It can be; the best candidates are organised and",
            f"Related interview guides: {' · '.join(related)}",
            "Was this article helpful?  Yes  No",
            f"{site} Ltd · About · Privacy · Cookie settings · © 2026"]


def _qalist(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A US question list: "Q1." questions, "What they're really asking", sample answers
    naming tools, an hourly average and entry figure, a one-sided top figure (no band)."""
    site, author = rng.choice(_GUIDE_SITES), rng.choice(_PEOPLE)
    plural = _plural(g.title)
    year = rng.randint(2024, 2026)
    g.must_not_appear += [author, "What they're really asking"]
    out = [f"{site.lower()}.com › Interview Questions › {g.title}",
           f"Top {rng.randint(15, 40)} {g.title} Interview Questions and Answers ({year})",
           f"Written by {author} | Last updated {rng.choice(('May', 'Aug', 'Oct'))} {year}",
           "Jump to: Overview · Questions · Salary · Tips", f"{g.title} overview",
           f"{plural} handle the day-to-day {area.lower()} work of a team."]
    out += _said("Common job titles: {}.", g.aliases, "and")
    out += ["Key skills", *[f"- {s}" for s in [*g.skills["top"], *g.skills["soft"]]]]
    answers = [*g.skills["often_missing"], *g.skills["tool"]]
    low, high = _yearly(rng, "junior", 1.0), _yearly(rng, g.role.level, 1.0)
    offer = round(_hourly(low[0])) - rng.randint(3, 6)  # asked in a question: no pay
    questions = [(f"How have you used {a} in a past role?",
                  f'"In my last job I used {a} weekly and wrote the team\'s guide to it."')
                 for a in answers]
    questions.insert(min(1, len(questions)),
                     (f"We pay ${offer} an hour to start. Is that acceptable?",
                      '"I\'d like to hear more about the whole package first."'))
    for n, (question, answer) in enumerate(questions, 1):
        out += [f"Q{n}. {question}", "What they're really asking: can you do the work on day "
                "one?", f"Sample answer: {answer}"]
    entry = _hour(g, _hourly(low[0]), _hourly(low[0]), point=True, level="entry-level")[0]
    average = _hour(g, _hourly((high[0] + high[1]) // 2), _hourly((high[0] + high[1]) // 2),
                    point=True)[0]
    top = _hourly(high[1]) + rng.randint(3, 8)
    out += ["Salary", f"The average {g.title} in the US earns ${average:.2f} per hour. Entry-"
            f"level {plural.lower()} start around ${entry:.2f}, and top earners make "
            f"${top:.2f} or more."]
    moves = [*_said("Most start as {}.", _texts(g.moves_in), "or"),
             *_said(f"Strong {plural.lower()} are promoted to {{}}.", _texts(g.leads_to), "or"),
             *_said("Others move into {} roles.", _texts(g.transitions_to), "or")]
    out += ["Career path", " ".join(moves)] if moves else []
    out += _said(f"Companies hiring {plural.lower()} now: {{}}.", g.employers, "and")
    out += _said("Industries: {}.", g.sectors, "and")
    return [*out, "Tips", "Research the employer before the interview and bring examples of yo"]


def _reports(rng: random.Random, g: Guide) -> list[str]:
    """Candidates' interview reports: title, company, place and date, an offer each."""
    _clear(g, "sectors")
    plural = _plural(g.title)
    others = rng.sample(_OTHER_FIRMS, 2)
    g.optional += others
    g.must_not_appear += ["Answer question", "Helpful ("]
    skills = _chunks(_skills(g), 3 if g.leads_to and g.moves_in else 2 if g.leads_to else 1)
    own = g.employers[0] if g.employers else others[0]
    place = rng.choice(_TOWNS)
    out = ["hirescope   Community   Jobs   Companies   Salaries   Interviews   Sign In",
           f"{g.title} Interview Questions", f"Updated Nov {rng.randint(1, 28)}, 2025",
           f"Interviews for {g.title} jobs"
           + (f" (also listed as {_prose_list(g.aliases, 'or')})" if g.aliases else "")
           + ":  Filter ▾   Sort: Most Recent ▾",
           f"Experience: Positive {rng.randint(50, 80)}% · Negative {rng.randint(5, 20)}%     "
           f"Difficulty {rng.randint(20, 40) / 10} / 5", f"{g.title} Interview",
           f"{own} · {place} · Oct 2025", "✔ Accepted offer   😊 Positive experience",
           "Application"]
    if g.moves_in:
        out.append(" ".join([f"I applied through a recruiter. I had been "
                             f"{_a(g.moves_in[0][1])} {g.moves_in[0][1]} for three years "
                             "before this.", *_said("Most of the team came from {} jobs.",
                                                    _texts(g.moves_in[1:]), "or")]))
    else:
        out.append("I applied online.")
    offer = round(_yearly(rng, g.role.level, 1.0)[0] / 500) * 500
    _salary(g, offer, offer, point=True)
    fee = rng.randint(5, 12) * 10 + 5
    asked = rng.randint(100, 900)  # thousands, in a question: no pay (kept clear at the end)
    question = len(out) + 4
    out += ["Interview", f"Phone screen, then an in-person round. They asked me to work through "
            f"a case using {_prose_list(skills[0])} while they watched." if skills[0] else
            "Phone screen, then an in-person round.", "Interview questions [2]",
            "Question 1: Walk me through a typical week.   Answer question",
            "Question 2: (asked)",
            f"Offer: ${_fmt(offer)} base plus ${fee} per completed file.",
            f"Helpful ({rng.randint(2, 20)})   Share   Flag"]
    if g.leads_to:
        role, name = g.leads_to[0]
        pay = round(_yearly(rng, role.level, 1.0)[0] / 500) * 500
        owner, level = _owner(g, role, name)
        _salary(g, pay, pay, point=True, belongs_to=owner, level=level)
        out += [f"{name} Interview", f"{others[1]} · {rng.choice(_TOWNS)} · Aug 2025",
                "✘ Declined offer   😐 Neutral experience", "Application",
                f"Referred by a former coworker. I was {_a(g.title)} {g.title} for six years.",
                "Interview", f"Two rounds. Technical questions on {_prose_list(skills[1])}."
                if skills[1] else "Two rounds.",
                f"Offer: ${_fmt(pay)} base. I declined because of the commute – I stayed and was "
                f"promoted to {name} six months later.", f"Helpful ({rng.randint(2, 20)})"]
    if g.moves_in and g.leads_to:
        role, name = g.moves_in[0]
        job = rng.choice(_USER_JOBS)
        g.optional.append(job)
        lo_h = _hourly(_yearly(rng, role.level, 0.5)[0])
        owner, level = _owner(g, role, name)
        lo_h = _hour(g, lo_h, lo_h, point=True, belongs_to=owner, level=level)[0]
        out += [f"{name} Interview", f"{others[0]} · {rng.choice(_TOWNS)} · Jul 2025",
                "✔ Accepted offer   😊 Positive experience", "Application",
                f"Applied online. Came from two years as {_a(job)} {job.lower()}.", "Interview",
                f"One call with HR. Questions about {_prose_list(skills[2])}."
                if skills[2] else "One call with HR.", f"Offer: ${lo_h:.2f} an hour."]
    out.append(f"{g.title} salaries at these companies")
    for employer in g.employers[:2]:
        avg = round(_yearly(rng, g.role.level, 1.0)[1] / 100) * 100
        _salary(g, avg, avg, point=True)
        out.append(f"{employer} – {g.title} – ${_fmt(avg)} avg base")
    out.append(f"See all {g.title} salaries ›")
    if g.employers[1:]:
        out.append(f"{g.title} interviews at other companies: "
                   + " · ".join(f"{e} ({rng.randint(2, 15)})" for e in g.employers[1:]))
    later = [*_texts(g.leads_to[1:]), *_texts(g.transitions_to)]
    out += _said(f"Where {plural.lower()} went next: {{}}.", later, "or")
    related = rng.sample(_ALSO_VIEWED, 2)
    g.optional += related
    while any(abs(asked * 1000 - float(v)) <= 1 for s in g.salaries
              for v in (s["min"], s["max"]) if v is not None):
        asked += 1  # a pay figure recorded after the question was drawn
    out[question] = (f"Question 2: A client wants ${asked},000 moved an hour before the "
                     "deadline. What do you do?   1 answer")
    return [*out, f"People also viewed: {' · '.join(related)}",
            "hirescope © 2008–2025 · About · Help · Terms of Use · Privacy"]


# --------------------------------------------------------------------------------------
# Offer letter or written statement of employment particulars
# --------------------------------------------------------------------------------------
def _offerletter(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("us", "uk", "salaried"))
    g.title_line = False
    _clear(g, "sectors")
    issuer = _issuer(rng, g)
    person, manager = rng.sample(_PEOPLE, 2)
    g.must_not_appear += [person, manager]
    if variant == "uk":
        return _particulars(rng, g, area, issuer, (person, manager))
    if variant == "salaried":
        return _salaried(rng, g, area, issuer, (person, manager))
    current = rng.choice(_OTHER_FIRMS)
    g.optional.append(current)
    envelope = "".join(rng.choice("0123456789ABCDEF") for _ in range(8))
    g.must_not_appear += [f"DocuSign Envelope ID: {envelope}", "PERSONAL AND CONFIDENTIAL"]
    low, high = _yearly(rng, g.role.level, 1.0)
    lo_h, hi_h = _hour(g, _hourly(low) - 2, _hourly(high) + 2)
    start = _hour(g, round((lo_h + hi_h) / 2 + 0.4, 2), round((lo_h + hi_h) / 2 + 0.4, 2),
                  point=True)[0]
    out = [f"DocuSign Envelope ID: {envelope}-0B3E-4D6A",
           "Please review and sign. Completed ✓ 3 of 4 fields   FINISH   Other actions ▾",
           issuer.upper(), f"Human Resources · {rng.randint(100, 9999)} Millrace Parkway · "
           f"{rng.choice(_TOWNS)}", f"October {rng.randint(1, 28)}, 2025",
           "PERSONAL AND CONFIDENTIAL", person, f"{rng.randint(10, 999)} Cottonwood Drive",
           f"Dear {person.split()[0]},",
           f"We are pleased to offer you the position of {g.title} in the {area} department at "
           f"{issuer}, reporting to {manager}. This is a full-time position (40 hours per week).",
           "Compensation",
           f"Your starting rate will be ${start:.2f} per hour (${_fmt(round(start * 2080))} "
           f"annualized at 2,080 hours). The pay range for this position is ${lo_h:.2f} – "
           f"${hi_h:.2f} per hour. You will also receive:",
           f"• Evening shift differential: ${rng.randint(1, 3)}.25 per hour",
           "• On-call pay: $4.00 per hour while on call",
           f"• Sign-on bonus: ${rng.randint(2, 6)},000, paid in two installments",
           f"• Annual tool and uniform allowance: ${rng.randint(3, 9)}00", "Benefits",
           "Medical, dental and vision coverage; 403(b) with a 4% match; tuition assistance up "
           "to $5,250 a year.", "Contingencies",
           "This offer is contingent on a satisfactory background check and drug screen.",
           "Exhibit A – Position summary"]
    summary = [*_said("Uses {} every day.", g.skills["top"], "and"),
               *_said("Works with {}.", g.skills["tool"], "and"),
               *_said("Builds skill in {}.", g.skills["often_missing"], "and"),
               *_said("Shows {}.", [s.lower() for s in g.skills["soft"]], "and")]
    out.append(" ".join(summary))
    out += _ladder_line(rng, g, f"Exhibit B – {area} career ladder", "$", hourly=True)
    out += _said(f"Many of our {_plural(g.title).lower()} joined from {{}} roles.",
                 _texts(g.moves_in), "or")
    out += _said("Internal transfers into {} posts open after a year.",
                 _texts(g.transitions_to), "or")
    out += ["We're excited to welcome you to the team.", "Sincerely,", manager,
            f"Talent Acquisition Partner, {issuer}",
            "Accepted: ______________________   Date: ____________",
            f"Your current employer ({current}) need not be contacted until you accept.",
            f"Page 1 of 2                                   {issuer} · An Equal Opportunity "
            "Employer"]
    return out


def _salaried(rng: random.Random, g: Guide, area: str, issuer: str,
              people: tuple[str, str]) -> list[str]:
    """An exempt US offer by e-mail: base salary, its per-period restatement (arithmetic),
    a posted range, a bonus target, equity and relocation (no pay), a job family ladder."""
    person, manager = people
    low, high = _yearly(rng, g.role.level, 1.0)
    base = round((low + high) / 2 / 500) * 500
    _salary(g, base, base, point=True)
    _salary(g, low, high)
    g.must_not_appear += ["Agreed and accepted", "RE: Offer of Employment"]
    out = [issuer, f"{rng.randint(100, 999)} Harbor Street, Suite {rng.randint(2, 40)}00",
           f"{rng.choice(('March', 'June', 'September'))} {rng.randint(1, 28)}, 2025",
           f"{person} (via email)", f"RE: Offer of Employment – {g.title}",
           f"Dear {person.split()[0]}:",
           f"It is my pleasure to extend an offer of employment for the position of {g.title} "
           f"at {issuer}. You will report to {manager} and work in our {area} group. This is a "
           "full-time, exempt position.",
           f"Base salary: ${_fmt(base)} per year, paid bi-weekly (${base / 26:,.2f} per pay "
           "period).",
           f"Pay transparency: the salary range for this role is ${_fmt(low)} – ${_fmt(high)}.",
           f"Annual bonus target: {rng.choice((8, 10, 15))}% of base salary, based on company "
           "and individual performance.",
           f"Equity: {rng.randint(5, 40) * 100:,} restricted stock units vesting over four years.",
           f"Relocation: a lump sum of ${rng.randint(3, 9)},000, repayable if you leave within "
           "a year.", "", "Your role"]
    out += [*_said("You will use {} from your first week.", g.skills["top"], "and"),
            *_said("Our team works with {}.", g.skills["tool"], "and"),
            *_said("We will support you in learning {}.", g.skills["often_missing"], "and"),
            *_said("We value {}.", [s.lower() for s in g.skills["soft"]], "and")]
    out += _ladder_line(rng, g, f"{area} job family at {issuer}", "$", hourly=False)
    out += _said(f"Most of our {_plural(g.title).lower()} joined from {{}} roles.",
                 _texts(g.moves_in), "or")
    out += _said("Internal moves into {} roles are common after two years.",
                 _texts(g.transitions_to), "or")
    return [*out, "This offer is contingent upon a background check and proof of eligibility "
            "to work in the United States.", "Best regards,", manager, issuer, "",
            "Agreed and accepted: ______________________   Start date: ___________"]


def _ladder_line(rng: random.Random, g: Guide, head: str, symbol: str,
                 hourly: bool) -> list[str]:
    """The career ladder as an arrow line, other rungs with their ranges in parentheses."""
    if not g.progression:
        return _said(f"Promotion from {g.title} is to {{}}.", _texts(g.leads_to), "or")
    boxes = []
    for role, name in g.progression:
        if name == g.title or rng.random() < 0.3:
            boxes.append(name)
            continue
        owner, level = _owner(g, role, name)
        low, high = _yearly(rng, role.level, 1.0)
        if hourly:
            lo_h, hi_h = _hour(g, _hourly(low), _hourly(high), belongs_to=owner, level=level)
            boxes.append(f"{name} ({symbol}{lo_h:.2f} – {symbol}{hi_h:.2f}/hr)")
        else:
            _salary(g, low, high, belongs_to=owner, level=level)
            boxes.append(f"{name} ({symbol}{_fmt(low)} – {symbol}{_fmt(high)})")
    shown = _texts(g.progression)
    return [head, " → ".join(boxes),
            *_said(f"From {g.title}, staff can also step up to {{}}.",
                   [n for n in _texts(g.leads_to) if n not in shown], "or")]


def _particulars(rng: random.Random, g: Guide, area: str, issuer: str,
                 people: tuple[str, str]) -> list[str]:
    """A UK written statement of particulars: numbered clauses, grade and SCP figures."""
    person, signatory = people
    post = f"{area[:2].upper()}{rng.randint(1000, 9999)}"
    g.must_not_appear += ["OFFICIAL – SENSITIVE (PERSONAL)", f"post no. {post}"]
    grade = rng.randint(5, 9)
    scp = rng.randint(15, 30)
    low, high = _yearly(rng, g.role.level, 0.3, 1)
    _salary(g, low, low, "GBP", point=True, level=f"SCP {scp}")
    _salary(g, high, high, "GBP", point=True, level=f"SCP {scp + 3}")
    _salary(g, low, high, "GBP", level=f"Grade {grade}")
    joined = ""
    if g.moves_in:
        joined = (f", when you joined {issuer} as {_a(g.moves_in[0][1])} "
                  f"{g.moves_in[0][1]}")
    out = ["OFFICIAL – SENSITIVE (PERSONAL)", issuer.upper(),
           "Written Statement of Particulars of Employment",
           "(issued under section 1 of the Employment Rights Act 1996)",
           f"Ref: HR/{post}                                                   Page 1 of 4",
           "1. Employer", f"{issuer}, Civic Offices, Market Street.", "2. Employee", person,
           "3. Job title and post number",
           f"{g.title}, post no. {post}. A job description is attached at Appendix A.",
           "4. Start date and continuous employment",
           f"Your employment in this post begins on 6 January 2026. Your continuous employment "
           f"began on 4 March 2024{joined}.", "5. Grade and pay",
           f"Grade {grade}, spinal column points (SCP) {scp}–{scp + 3}. Your starting salary is "
           f"SCP {scp}, currently £{_fmt(low)} a year, rising by annual increments each 1 April "
           f"to the top of the grade, SCP {scp + 3} (£{_fmt(high)}).",
           f"A market supplement of £{rng.randint(1, 3)},000 a year is paid for two years. "
           "Essential car user allowance: 45p a mile.", "6. Hours of work",
           "37 hours a week, Monday to Friday.", "7. Notice", "One month on either side.",
           "Page 2 of 4", f"Appendix A – Job description: {g.title}", "Key knowledge and skills",
           *[f"- {s}" for s in _skills(g)]]
    out += _said("Staff often join this post from {} posts.", _texts(g.moves_in[1:]), "or")
    if g.progression:
        out.append(f"Career grade scheme ({area})")
        for n, (role, name) in enumerate(g.progression):
            if name == g.title:
                out.append(f"{name} – Grade {grade} (£{_fmt(low)} – £{_fmt(high)})")
                continue
            owner, level = _owner(g, role, name)
            lo, hi = _yearly(rng, role.level, 0.3, 1)
            _salary(g, lo, hi, "GBP", belongs_to=owner, level=level)
            out.append(f"{name} – Grade {grade + n - _rung(g)} (£{_fmt(lo)} – £{_fmt(hi)})")
        shown = _texts(g.progression)
        out += _said(f"From {g.title}, staff can also apply for {{}} posts.",
                     [n for n in _texts(g.leads_to) if n not in shown], "or")
    else:
        out += _said(f"Progression from {g.title} is to {{}}.", _texts(g.leads_to), "or")
    out += _said("Secondments into {} posts may be offered.", _texts(g.transitions_to), "or")
    return [*out, "Page 3 of 4",
            f"Signed for the employer: {signatory}, Head of HR   Date: 1 December 2025",
            "I accept the terms set out in this statement: ______________________",
            "Page 4 of 4                                               OFFICIAL – SENSITIVE "
            "(PERSONAL)"]


def _rung(g: Guide) -> int:
    names = _texts(g.progression)
    return names.index(g.title) if g.title in names else 0


# --------------------------------------------------------------------------------------
# Licensing regulator's page for a licensed trade
# --------------------------------------------------------------------------------------
_STATES = ("Texas", "Ohio", "Colorado", "Arizona")
_PROVINCES = ("Ontario", "Manitoba", "Nova Scotia")
_SUPERVISION = ("May work only under the direct supervision of a sponsoring licence holder.",
                "May work under the indirect supervision of a sponsoring licence holder.",
                "May work without supervision and sponsor others.")
_TRADES = ("Truck and Coach Technician", "Motorcycle Technician", "Alignment Technician")


def _licenseboard(rng: random.Random, g: Guide, area: str) -> list[str]:
    fam = [(r, n) for r, n in g.progression if _same_family(g, r)]
    here = next((i for i, (r, _) in enumerate(fam) if r is g.role), None)
    ladder = here is not None and len(fam) >= 2  # the tiers need a ladder around the role
    tiers = ladder and rng.random() < 0.6
    variant = steer_variant(("tiers", "trade", "logbook"),
                            "tiers" if tiers else rng.choice(("trade", "logbook")),
                            None if ladder else ("trade", "logbook"))
    g.title_line = False
    if variant != "tiers":
        g.progression = []
        return _trade(rng, g, area) if variant == "trade" else _logbook(rng, g, area)
    assert here is not None
    start = max(0, min(here - 1, len(fam) - 3))
    g.progression = fam[start:start + 3]
    levels = _texts(g.progression)
    state = rng.choice(_STATES)
    board = f"{state} {area} Licensing Board"
    g.must_not_appear += [board, "Search license holders"]
    out = [board, "Home   Licensing ▾   Education ▾   Complaints   Rules & Laws   Forms        "
           "Search license holders", f"Licensing › {area} › Becoming licensed",
           f"Becoming {_a(g.title)} {g.title} in {state}",
           f"Last reviewed: 09/{rng.randint(10, 28)}/2025   Print this page",
           f"{state} licenses {area.lower()} practitioners at {len(levels)} levels. Each level "
           "may work for compensation only within the limits below.", "License types"]
    hours = 40
    for n, name in enumerate(levels):
        out += [name, _SUPERVISION[min(n + 3 - len(levels), 2)],
                f"Requirements: {hours} hours of approved core education; pass the state exam."]
        hours *= 2
    out += _said("Alternative: licensed {} with three years of experience may substitute "
                 "experience for the supervised hours.", _texts(g.moves_in), "or")
    topics = [*_skills(g)]
    out += [rng.choice(("Core education topics", "Approved education topics")),
            " · ".join(topics)]
    fees = [f"{n} application ${rng.randint(4, 12) * 10}" for n in levels]
    out += ["Fees", " · ".join([*fees, f"Exam fee ${rng.randint(40, 60)} per attempt",
                                f"Fingerprints ${rng.randint(30, 45)}.25",
                                f"Annual renewal ${rng.randint(40, 90)}"]),
            f"Fees for a typical job run ${rng.randint(3, 4)}50–${rng.randint(5, 6)}50 and are set "
            "by the licence holder, not by the Board."]
    group = f"{area} workers"
    g.optional.append(group)
    median = round(sum(_yearly(rng, g.role.level, 0.6, 10)) / 2)
    _salary(g, median, median, point=True, region=state)
    outlook = [f"{group} in {state} earned a median of ${_fmt(median)} in 2024."]
    outlook += _said(f"Most {_plural(g.title).lower()} work in {{}}.", g.sectors, "and")
    later = [n for n in _texts(g.leads_to) if n not in levels]
    outlook += _said(f"Experienced {_plural(g.title).lower()} often move up to {{}}.", later, "or")
    outlook += _said("Some move into {} work.", _texts(g.transitions_to), "or")
    out += ["Career outlook (from the state workforce commission)", " ".join(outlook)]
    if g.employers:
        out += [f"Registered sponsoring firms ({rng.choice(_TOWNS)} County)", *g.employers,
                "The Board does not endorse any firm."]
    return [*out, "Frequently asked questions", "How long is my license valid? Two years, with "
            "32 hours of continuing educ", "Need help? Contact the Licensing Division · "
            "Site policies · Accessibility"]


def _trade(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A trade page: code and flags on one line, curricula by level, wages as shares."""
    province = rng.choice(_PROVINCES)
    code = f"{rng.randint(300, 449)}{rng.choice('ACKST')}"
    g.must_not_appear += [f"Trade code: {code}", "Red Seal: Yes"]
    out = [f"TradesBoard | {province}'s skilled trades regulator",
           "Find a trade   Apprentices   Journeypersons   Employers   Exams   Public register",
           f"Home / Find a trade / {area} / {g.title}", g.title,
           f"Trade code: {code}    Red Seal: Yes    Compulsory trade: "
           f"{rng.choice(('Yes', 'No'))}    Sector: {area}", "Overview",
           f"{_plural(g.title)} plan, carry out and check the {area.lower()} work of a team.",
           "Apprenticeship at a glance",
           f"Total hours: {rng.randint(6, 9)},{rng.randint(100, 999)} (720 in school)",
           "Journeyperson-to-apprentice ratio: 1:1", "What you learn in school"]
    for n, run in enumerate(_chunks(_skills(g), 3), 1):
        if run:
            out.append(f"Level {n} – {', '.join(run)}")
    low, high = _yearly(rng, g.role.level, 0.4, 1000)
    lo_h, hi_h = _hour(g, round(_hourly(low)), round(_hourly(high)), "CAD")
    first = _hour(g, round(lo_h * 0.62 * 2) / 2, round(lo_h * 0.62 * 2) / 2, "CAD", point=True,
                  level="first-year apprentice")[0]
    out += ["Wages", "Apprentice wages are set as a share of the journeyperson rate: Term 1 – "
            "40%, Term 2 – 50%, Term 3 – 60%, Term 4 – 70%, Term 5 – 80%.",
            f"Typical journeyperson wage in {province}: ${_fmt(lo_h)}–${_fmt(hi_h)} an hour "
            f"(Job Bank, 2024). First-year apprentices earn about ${first:.2f} an hour.",
            "Flat-rate (book hour) pay is common; tool allowances and tool insurance are extra.",
            "Certificate of Qualification exam",
            f"120 multiple-choice questions · 70% to pass · exam fee ${rng.randint(10, 20)}0 · "
            f"annual renewal ${rng.randint(4, 9)}0"]
    moves = [*_said(f"With experience, licensed {_plural(g.title).lower()} become {{}}.",
                    _texts(g.leads_to), "or"),
             *_said("Some move into {} work.", _texts(g.transitions_to), "or"),
             *_said("Experienced {} can apply for credit toward the apprenticeship.",
                    _texts(g.moves_in), "or")]
    related = rng.sample(_TRADES, 2)
    g.optional += related
    out += ["Career progression", " ".join([*moves, "Related trades: " + ", ".join(
        f"{t} ({rng.randint(300, 449)}{rng.choice('GKT')})" for t in related) + "."])]
    if g.sectors:
        out += ["Who hires apprentices?", f"{_prose_list(g.sectors)}."]
    if g.employers:
        out.append("Employers looking for apprentices now (Apprenticeship Search)")
        for i, employer in enumerate(g.employers):
            town = rng.choice(_TOWNS)
            if i == 0:
                point = _hour(g, hi_h - 2, hi_h - 2, "CAD", point=True)[0]
                out.append(f"{employer} – {town} – licensed {code}, ${_fmt(point)}/hr")
            else:
                out.append(f"{employer} – {town} – Term {rng.randint(1, 4)} apprentice")
    return [*out, "Apprenticeship Search · Terms of use · Accessibility · Privacy"]


_UNITS = ("Safety and tools", "Core practice", "Advanced practice")


def _logbook(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A training-standard log book: scope of practice, coded skills with sign-off lines, a
    wage schedule in percentages (no figures) and one journeyperson rate."""
    province = rng.choice(_PROVINCES)
    code = f"{rng.randint(300, 449)}{rng.choice('ACKST')}"
    head = f"Apprenticeship Training Standard – {code}"
    pages = rng.randint(30, 60)
    g.must_not_appear += [head, "Supervisor's initials", f"Page 4 of {pages}"]
    g.optional += list(_UNITS)
    out = [head, g.title, f"{province} · Log book edition {rng.randint(2019, 2025)}",
           f"Page 3 of {pages}", "Scope of practice",
           f"{_a(g.title).capitalize()} {g.title} plans, carries out and checks the "
           f"{area.lower()} work of a team.", "How to use this log book",
           "Your supervisor signs each skill once you can perform it without help."]
    number = rng.randint(10, 40)
    for unit, run in zip(_UNITS, _chunks(_skills(g), 3), strict=True):
        if run:
            out.append(unit.upper())
        for skill in run:
            number += 1
            out += [f"S{number:04d} {skill}",
                    "Apprentice's initials ____  Supervisor's initials ____  Date ________"]
    out.append(f"Page 4 of {pages}")
    journey = round(_hourly(_yearly(rng, g.role.level, 0.4)[0]) + rng.randint(0, 3), 2)
    journey = _hour(g, journey, journey, "CAD", point=True, region=province)[0]
    out += ["Wage schedule (percent of the journeyperson rate)",
            "Period 1 – 50% · Period 2 – 60% · Period 3 – 70% · Period 4 – 85%",
            f"Journeyperson rate ({province}, 2025): ${journey:.2f} an hour"]
    out += _said("Credit for prior learning: {} may receive up to 1,000 hours.",
                 _texts(g.moves_in), "or")
    moves = [*_said(f"With experience, {_plural(g.title).lower()} go on to {{}}.",
                    _texts(g.leads_to), "or"),
             *_said("Some move into {} roles.", _texts(g.transitions_to), "or")]
    out += ["After certification", " ".join(moves)] if moves else []
    if g.employers:
        out.append(f"Sponsor: {g.employers[0]}")
        out += _said("Other sponsors in this trade: {}.", g.employers[1:], "and")
    out += _said("The trade works in {}.", g.sectors, "and")
    return out


# --------------------------------------------------------------------------------------
# Careers advice column
# --------------------------------------------------------------------------------------
_PAPERS = ("The Northern Courier", "The Valley Herald", "The Evening Post")
_MAGAZINES = ("OFFSHORE & MARINE WORK", "TRADES TODAY", "WORKING LIFE MONTHLY")
_READERS = ("Gareth", "Tyson", "Meera", "Colm", "Jo")


def _advicecolumn(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("newspaper", "magazine", "dear"))
    g.title_line = False
    columnist, reader = rng.choice(_PEOPLE), rng.choice(_READERS)
    job = rng.choice(_USER_JOBS)
    g.optional.append(job)
    g.must_not_appear.append(columnist)
    if variant == "magazine":
        return _magazine(rng, g, area, columnist, reader, job)
    if variant == "dear":
        return _dear(rng, g, area, columnist, job)
    code, rate = "GBP", 0.3
    paper = rng.choice(_PAPERS)
    age = rng.randint(38, 52)
    column = f"Ask {columnist.split()[0]}"
    g.must_not_appear += [paper, "Most read in Money"]
    out = [paper, "News   Sport   Business   Money   Life & Style   Opinion        Subscribe",
           f"Money › Work & careers › {column}",
           f"'I'm {age} and {_a(job)} {job.lower()}. Is it too late to become {_a(g.title)} "
           f"{g.title.lower()}?'",
           "Our careers columnist on retraining mid-life, what the training pays and how to get "
           "your foot in the door", columnist, f"Sat {rng.randint(1, 28)} Nov 2025 06.00 GMT",
           f"Share   ✉   Save   💬 {rng.randint(10, 200)}", "THE LETTER",
           f"I've worked as {_a(job)} {job.lower()} for {age - 24} years and my site is closing "
           "in the spring. For six years I've volunteered as a mentor with a youth charity. Is "
           f"it realistic to train as {_a(g.title)} {g.title.lower()} at my age? I take home "
           f"about £{rng.randint(15, 22)}00 a month now.", f"– {reader}, {rng.choice(_TOWNS)}",
           "THE ANSWER", f"{reader}, it is not too late, and your volunteering is exactly the kind "
           "of experience recruiters look for."]
    answer = []
    if g.moves_in:
        role, name = g.moves_in[0]
        low, high = _yearly(rng, role.level, rate, 500)
        owner, level = _owner(g, role, name)
        _salary(g, low, high, code, belongs_to=owner, level=level)
        answer.append(f"There are two ways in. The first is to apply as {_a(name)} {name}; the "
                      f"job pays around £{_fmt(low)}–£{_fmt(high)}. The second is a traineeship:")
    else:
        answer.append("The usual way in is a traineeship:")
    trainee = round(_yearly(rng, "junior", rate, 100)[0] * 0.9 / 100) * 100
    _salary(g, trainee, trainee, code, point=True, level="Trainee")
    low, high = _yearly(rng, g.role.level, rate, 500)
    while abs(low - trainee) < 2:
        low += 500
    _salary(g, low, high, code)
    answer.append(f"you are employed as a trainee for 15 to 21 months while you study, on about "
                  f"£{_fmt(trainee)} a year. Once you qualify you become {_a(g.title)} "
                  f"{g.title}, usually on £{_fmt(low)}–£{_fmt(high)} depending on region, with "
                  "a London weighting on top.")
    out.append(" ".join(answer))
    out += _said("Many trainees come from backgrounds like yours: I recently met a former {}.",
                 _texts(g.moves_in[1:]), "and a former")
    out += _said("What the work needs: {}.", _skills(g), "and")
    other = rng.choice(_OTHER_FIRMS)
    g.optional.append(other)
    hire = [*_said("{} recruit in every region", g.employers, "and")]
    out.append((hire[0] + "; " if hire else "") + f"{other} also takes on support workers for "
               "hostel work.")
    out += _said("Most posts are in {}.", g.sectors, "and")
    moves = [*_said("Where it can lead: after two or three years you can apply to become {}.",
                    _texts(g.leads_to), "or"),
             *_said("Others move sideways into {} roles.", _texts(g.transitions_to), "or")]
    out += [" ".join(moves)] if moves else []
    return [*out, f"Got a careers question? Email ask@{paper.split()[-1].lower()}.example.",
            "ADVERTISEMENT", "Most read in Money", "1. Energy price cap: what the change means",
            f"Comments ({rng.randint(10, 200)}) · Sort by: Newest"]


def _dear(rng: random.Random, g: Guide, area: str, columnist: str, job: str) -> list[str]:
    """A syndicated US column: "DEAR NAME:" letters signed with initials, a cut-off ending."""
    first = columnist.split()[0].upper()
    initials = f"{rng.choice('ABDJKMRT')}.{rng.choice('CHLPSW')}."
    syndicate = f"{rng.choice(('Tribune', 'Lakeside', 'Meridian'))} Content Agency"
    wage = round(rng.randint(1500, 2600) / 100, 2)
    _hour(g, wage, wage, point=True, belongs_to=job)
    plural = _plural(g.title).lower()
    g.must_not_appear += [syndicate, "Recommended for you"]
    out = [f"CAREERS | {rng.choice(_PAPERS)}", f"Dear {first.title()}: Is it too late to become "
           f"{_a(g.title)} {g.title.lower()}?", f"By {columnist}, {syndicate}",
           f"Published {rng.choice(('Oct', 'Nov', 'Dec'))} {rng.randint(1, 28)}, 2025 · 4 min "
           "read", "Share  Email  Print",
           f"DEAR {first}: I have been {_a(job)} {job.lower()} for {rng.randint(8, 25)} years "
           f"and make ${wage:.2f} an hour. I would like to become {_a(g.title)} "
           f"{g.title.lower()}. Where do I start? — {initials}, {rng.choice(_TOWNS)}",
           f"DEAR {initials}: You are not alone; plenty of readers ask me this."]
    answer = [*_said("Many people come in as {} first and are promoted within two years.",
                     _texts(g.moves_in), "or")]
    entry = _yearly(rng, "junior", 1.0)[0]
    low, high = _yearly(rng, g.role.level, 1.0)
    while abs(low - entry) < 2:
        low += 500
    _salary(g, entry, entry, point=True, level="entry-level")
    _salary(g, low, high)
    answer.append(f"Entry-level {plural} typically start at about ${_fmt(entry)} a year, and "
                  f"experienced ones earn ${_fmt(low)} to ${_fmt(high)}.")
    out.append(" ".join(answer))
    out += _said("Brush up on these: {}.", _skills(g), "and")
    out += _said("Large employers such as {} hire regularly.", g.employers, "and")
    out += _said("Look for openings in {}.", g.sectors, "and")
    moves = [*_said("Later, you could move up to {}.", _texts(g.leads_to), "or"),
             *_said("Some switch to {} jobs.", _texts(g.transitions_to), "or")]
    out += [" ".join(moves)] if moves else []
    return [*out, f"Copyright 2025 {syndicate}", "Recommended for you",
            f"Have a career question? Write to {columnist.split()[0]} at the paper. Letters ar"]


def _magazine(rng: random.Random, g: Guide, area: str, columnist: str, reader: str,
              job: str) -> list[str]:
    """A scanned magazine page: running head twice, Q:/A:, a hyphenated break, a pull quote."""
    code, rate = "AUD", 0.45
    magazine = rng.choice(_MAGAZINES)
    head = f"{magazine} | MARCH 2026 | {rng.randint(20, 90)}"
    g.must_not_appear += [head, "Continued on p. 44", "ASK THE EXPERT"]
    wage = rng.randint(28, 45)
    _hour(g, wage, wage, code, point=True, belongs_to=job)
    plural = _plural(g.title).lower()
    out = [head, "CAREERS", "ASK THE EXPERT",
           f"Thirty years in {area.lower()}, {columnist} answers your questions about working "
           "in the field across Australia.",
           f"Q: I'm {rng.randint(30, 45)}, {_a(job)} {job.lower()} on ${wage} an hour, and I've "
           f"wanted to become {_a(g.title)} {g.title.lower()} for years. How do I actually get "
           "work?", f"– {reader}, {rng.choice(_TOWNS)} {rng.choice(('WA', 'QLD', 'NSW'))}"]
    feeders = _texts(g.moves_in[1:])
    quote = "A lot of the crews I've run started out in other trades."
    first = f"A: It's not too late, {reader}. Your background is a real advan-"
    tail = "tage: you already think about safety and deadlines."
    if feeders:
        tail += f" {_prose_list(feeders, 'and')} make good {plural} too."
    out += [first, tail + " " + quote]
    course = rng.randint(8, 18)
    out.append(f"First, get the entry course: they run ${course},000–${course + 4},000 and ten "
               "weeks.")
    out.append(f'"{quote}"')
    if g.moves_in:
        role, name = g.moves_in[0]
        low, high = _yearly(rng, role.level, rate, 1000)
        owner, level = _owner(g, role, name)
        lo_h, hi_h = _hour(g, round(_hourly(low)), round(_hourly(high)), code, belongs_to=owner,
                           level=level)
        out.append(f"Most newcomers then spend a season or two as {_a(name)} {name} at "
                   f"${_fmt(lo_h)}–${_fmt(hi_h)} an hour before they get real responsibility.")
    low, high = _yearly(rng, g.role.level, rate, 1000)
    lo_h, hi_h = _hour(g, round(_hourly(low)), round(_hourly(high)) + 5, code)
    out.append(f"Once you're in, {plural} are on ${_fmt(lo_h)}–${_fmt(hi_h)} an hour with "
               "allowances on top.")
    out += _said("What gets you hired: {}.", _skills(g), "and")
    out += _said("Who's hiring: {} all put new starters on each year.", g.employers, "and")
    out += _said("The work is in {}.", g.sectors, "and")
    moves = []
    spec = f"{area} Consultant"  # a specialised track: no head noun of the world's ladders
    g.optional.append(spec)
    day = rng.randint(10, 16) * 100
    if g.leads_to:
        role, name = g.leads_to[0]
        owner, level = _owner(g, role, name)
        _salary(g, day, day, code, period="day", point=True, belongs_to=owner, level=level)
        moves.append(f"Where it goes: good {plural} step up to {name} (around ${_fmt(day)} a day)"
                     + "".join(_said(" and later {}", _texts(g.leads_to[1:]), "or")) + ".")
    top = day + rng.randint(4, 9) * 100
    _salary(g, top, top, code, period="day", point=True, belongs_to=spec)
    moves.append(f"The {spec.lower()}s you read about earn ${_fmt(top)} a day, but that's years "
                 "away.")
    moves += _said("If it doesn't suit you, {} is the usual sideways move.",
                   _texts(g.transitions_to), "or")
    out += [" ".join(moves), "Continued on p. 44",
            f"Got a question for {columnist.split()[0]}? Write to ask@"
            f"{magazine.split()[0].lower()}.com.au", head,
            f"ADVERTISEMENT – ENTRY MEDICALS – from ${rng.randint(2, 3)}95 – book online"]
    return out


FAMILY15_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "gradscheme": _gradscheme, "fichemetier": _fichemetier, "interviewqs": _interviewqs,
    "offerletter": _offerletter, "licenseboard": _licenseboard, "advicecolumn": _advicecolumn,
}

