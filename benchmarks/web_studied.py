"""Web-page styles for the generator reproducing structures studied in the fixture sets.

Each renderer writes one page imitating a structure family of
``tests/fixtures/extraction/heldback3`` … ``heldback6`` (their README tables say what each
tests), with content from the generator's own world (roles, skills, employers, pay), never
text from the fixtures.  As in :mod:`benchmarks.web_pages`, a renderer prints every fact the
guide keeps, clears the facts its structure does not state, and records the page's salaries,
the names that must not come out of it and the names it is ambiguous about (``optional``),
following the reading conventions of the fixture READMEs:

- ``salsurvey``: a salary survey per job and city ("X Average Salary in <city>"), monthly pay
  with the currency code after the amount, a " | " row ending in " |", one-sided quartile
  sentences that are no band, experience rows with a growth share glued to the figure, other
  cities and similar jobs (other titles' pay, no moves); skills only in a closing paragraph.
- ``framework``: an engineering career framework: a "RoleExpectation" table flattened so each
  level title is glued to its first expectation (skills named inside duties), IC and manager
  tracks as "L3: …" / "M1: …" lists, and a " · "-separated compensation line.
- ``gradeladder``: a government pay-scale page: grade codes (BPS-16, Grade-09, Job Group K,
  GL-08), pay per grade in a pipe table or flattened with the grade number glued to the pay,
  a Pakistani running scale "Rs. a-increment-b", per-rung pay blocks, and promotion prose.
- ``labelvalue``: a "role at a glance" panel with each label above its value, pay in the
  country's currency (pence, lakh, naira, ringgit, "Rs." with the country named), a next
  rung's band in the same panel, arrow and comma move lists, a " · " employer line.
- ``thread``: a forum thread: the role only in the question, vote counts and "permalink …"
  chrome, moves and pay told in first-person comments, another title's hourly pay, the
  asker's current job that is no move.
- ``howto``: "How to become a X": personal requirements mixing traits and skills, moves in
  training prose ("start as …", "rise to", "move up to A and then B"), a snapshot panel with
  weekly AUD pay above head counts and ages, a pay paragraph holding another rung's band.
- ``ksb``: an apprenticeship standard: a numbered key-information list (funding that is no
  pay, typical job titles, progression routes glued to the next item's number), coded
  "K1: …" knowledge statements (skills), "S"/"B" statements that are not, a flattened duty
  table, apprentice hourly pay and another title's open-ended figure.
- ``hardwrap``: PDF-like text hard-wrapped at a fixed width, breaking names and salary
  ranges across lines, headings naming the field ("Payments Analytics : Remuneration"),
  sections ending in " |", "Rs" and "Rs." amounts and "1.5 lakh a month and more".
- ``kbtable``: a knowledge-base entity page: a predicate/object statement table whose object
  cells span lines with " → " separators (skills, tools, aliases, employers, sectors, moves,
  pay with Indian digit grouping) and a "Referenced by" table of other titles.
"""

from __future__ import annotations

import random
import textwrap
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from benchmarks.web_common import (
    DUTIES,
    PLURAL_VERBS,
    SITES,
    VERBS,
    _a,
    _band,
    _clear,
    _owner,
    _plural,
    _prose_list,
    _said,
    _salary,
    _skills,
    _texts,
    pick_chance,
)

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["ALIAS_LAYOUTS", "LADDER_LAYOUTS", "STUDIED_LAYOUTS", "STUDIED_RENDERERS",
           "indian_grouping"]

STUDIED_LAYOUTS = ("salsurvey", "framework", "gradeladder", "labelvalue", "thread", "howto",
                   "ksb", "hardwrap", "kbtable")
LADDER_LAYOUTS = ("framework", "gradeladder")  # styles printing the role's whole ladder
ALIAS_LAYOUTS = ("ksb", "kbtable")  # styles stating alternative titles


def indian_grouping(n: int) -> str:
    """``n`` with Indian digit grouping (lakh and crore).

    >>> indian_grouping(720000), indian_grouping(12500000), indian_grouping(950)
    ('7,20,000', '1,25,00,000', '950')
    """
    text = str(n)
    if len(text) <= 3:
        return text
    head, tail = text[:-3], text[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail]) if head else ",".join([*groups, tail])


def _rounded(value: float, unit: int) -> int:
    return max(unit, round(value / unit) * unit)


# --------------------------------------------------------------------------------------
# Salary survey per job and city
# --------------------------------------------------------------------------------------
SURVEY_COUNTRIES = (("Mexico", "MXN", 17.0, ("Mexico City", "Guadalajara", "Monterrey", "Puebla")),
                    ("Peru", "PEN", 3.7, ("Lima", "Arequipa", "Trujillo", "Cusco")),
                    ("Malaysia", "MYR", 4.5, ("Kuala Lumpur", "Penang", "Johor Bahru", "Ipoh")),
                    ("Philippines", "PHP", 56.0, ("Manila", "Cebu", "Davao", "Iloilo")))
EXPERIENCE_ROWS = ("0 - 2 Years", "2 - 5 Years", "5 - 10 Years", "10 - 15 Years",
                   "15 - 20 Years", "20+ Years")


def _salsurvey(rng: random.Random, g: Guide, area: str) -> list[str]:
    country, code, rate, cities = SURVEY_COUNTRIES[rng.randrange(len(SURVEY_COUNTRIES))]
    city, *others = cities
    low, high = _band(rng, g.role.level)
    # Local pay: a third of the US figure, per month.
    avg = _rounded((low + high) / 2 * 1000 * rate * 0.33 / 12, 100)

    def money(n: int) -> str:
        return f"{n:,} {code}"

    site = rng.choice(SITES)
    crumbs = f"{country} > {city} > {area} > {g.title}"
    title_s = f"{g.title}(s)"
    g.must_not_appear += [f"{site} Salary Survey", crumbs, "Average Monthly Salary", *cities]
    lo, hi, median = _rounded(avg * 0.5, 100), _rounded(avg * 1.55, 100), avg - 900
    q1, q3 = _rounded(avg * 0.75, 100), _rounded(avg * 1.27, 100)
    mid_lo, mid_hi = _rounded(avg * 0.8, 100) + 100, _rounded(avg * 1.16, 100) + 100
    out = [f"{site} Salary Survey", "Home Salary Survey Cost of Living Salary Calculator",
           crumbs, f"{g.title} Average Salary in {city} {rng.randint(2024, 2026)}",
           f"How much money does {_a(g.title)} {g.title} make in {city}?",
           f"{money(avg)} per month", "Average Monthly Salary",
           f"{_plural(g.title)} in {city} take home about {money(avg)} a month on average, "
           f"with reported pay running from {money(lo)} at the bottom to {money(hi)} at the top.",
           f"{g.title} Salary Distribution in {city}",
           f"Minimum {money(lo)} | Median {money(median)} | Maximum {money(hi)} |",
           f"The median salary is {money(median)} per month: half of {title_s} are paid less.",
           f"A quarter of {title_s} are paid under {money(q1)}. Three quarters are paid under "
           f"{money(q3)}.",
           f"Most reported salaries fall between {money(mid_lo)} and {money(mid_hi)}.",
           f"{g.title} Pay Scale by Experience Level"]
    _salary(g, avg, avg, code, period="month", point=True)
    _salary(g, lo, hi, code, period="month")
    _salary(g, median, median, code, period="month", point=True)
    _salary(g, mid_lo, mid_hi, code, period="month")
    pay = _rounded(avg * 0.6, 100) + 50
    for i, label in enumerate(EXPERIENCE_ROWS):
        growth = rng.randint(8, 32) if i else 0
        pay = _rounded(pay * (1 + growth / 100), 100) + 50 if i else pay
        out += [label, money(pay) + (f"+{growth}%" if growth else "")]
        _salary(g, pay, pay, code, period="month", point=True, level=label)
    hourly = round(avg / 176)
    out += ["Hourly Average Wage", f"{money(hourly)} per hour",
            f"{g.title} Salary in other cities"]
    _salary(g, hourly, hourly, code, period="hour", point=True)
    for other in others:
        local = _rounded(avg * rng.uniform(0.7, 0.95), 100) + 10
        out.append(f"{other} {money(local)}")
        _salary(g, local, local, code, period="month", point=True, region=other)
    similar = _texts(g.transitions_to + g.leads_to)[:3]
    if similar:
        out.append("Salaries for similar jobs")
        g.must_not_appear.append("Salaries for similar jobs")
    for name in similar:
        theirs = _rounded(avg * rng.uniform(0.85, 1.4), 100) + 20
        out.append(f"{name} {money(theirs)}")
        _salary(g, theirs, theirs, code, period="month", point=True, belongs_to=name)
        g.optional.append(name)
    skills = _skills(g)
    out += ["Job Description",
            f"{_plural(g.title)} {rng.choice(PLURAL_VERBS)} the {area.lower()} work of a team. "
            f"Employers look for {_prose_list(skills)}.",
            "Salary Comparison Tool | Cost of Living | Salary Calculator"]
    _clear(g, "leads_to", "transitions_to", "moves_in", "employers", "sectors")
    return out


# --------------------------------------------------------------------------------------
# Engineering career framework
# --------------------------------------------------------------------------------------
EXPECTATIONS = ("Own {} for the team end to end", "Apply {} in design reviews",
                "Coach others in {}", "Set the bar for {} across teams",
                "Query production data with {}", "Keep the team's tooling ({}) up to date")


def _framework(rng: random.Random, g: Guide, area: str) -> list[str]:
    _clear(g, "skills.soft", "employers", "sectors")
    g.title_line = False  # the role is named only in the audience sentence
    chain = [r for r, _ in g.progression] or [g.role]
    names = _texts(g.progression) or [g.title]
    skills = _skills(g)
    per = -(-len(skills) // len(chain))  # each rung names its share of the skills
    g.must_not_appear += ["RoleExpectation", "Compensation bands (US, base)"]
    out = ["Logo", f"{rng.choice(SITES)} Toolkit", "Frameworks 1:1 Templates Goals Blog",
           f"Career Framework ({area})", "",
           "What we expect at each level, from the first rung to the top of the track.",
           f"Written for {_plural(g.title)} and the people who manage them.", "",
           "RoleExpectation"]
    for i, name in enumerate(names):
        mine = skills[i * per:(i + 1) * per]
        lines = [rng.choice(EXPECTATIONS).format(s) for s in mine]
        lines.append(rng.choice(DUTIES))
        out.append(f"{name}{lines[0]}")
        g.must_not_appear.append(f"{name}{lines[0]}")
        out += lines[1:]
    ic = [(r, n) for r, n in zip(chain, names, strict=True) if r.head is not None]
    mgmt = [(r, n) for r, n in zip(chain, names, strict=True) if r.head is None]
    out += ["", "Levels"]
    g.must_not_appear += ["IC Track"] * bool(ic) + ["Manager Track"] * bool(mgmt)
    if ic:
        out += ["- IC Track", *[f"  - L{i}: {n}" for i, (_, n) in enumerate(ic, 2)]]
    if mgmt:
        out += ["- Manager Track", *[f"  - M{i}: {n}" for i, (_, n) in enumerate(mgmt, 1)]]
    cells = []
    for role, name in zip(chain, names, strict=True):
        low, high = _band(rng, role.level)
        cells.append(f"{name} ${low}k–${high}k")
        owner, level = _owner(g, role, name)
        _salary(g, low * 1000, high * 1000, belongs_to=owner, level=level)
    out += ["", "Compensation bands (US, base)", " · ".join(cells), ""]
    plural = _plural(g.title)
    out += _said(f"Where do {plural} go next? The next step is {{}}.", _texts(g.leads_to))
    out += _said(f"{plural} commonly move sideways into {{}}.", _texts(g.transitions_to))
    out += _said("Most join from {} roles.", _texts(g.moves_in))
    return [*out, "", f"© {rng.randint(2024, 2026)} Toolkit · Privacy · Terms"]


# --------------------------------------------------------------------------------------
# Government pay scale with grade codes
# --------------------------------------------------------------------------------------
GRADE_COUNTRIES = (  # country, code, written currency, local units per USD, grade code
    ("Pakistan", "PKR", "Rs.", 280.0, "BPS-{}"),
    ("Bangladesh", "BDT", "Tk.", 110.0, "Grade-{:02d}"),
    ("Kenya", "KES", "Ksh", 130.0, "Job Group {}"),
    ("Nigeria", "NGN", "₦", 1500.0, "GL-{:02d}"),
)


def _grade(fmt: str, i: int) -> str:
    return fmt.format("HJKLMNPQRST"[i] if "Group" in fmt else 9 + 2 * i)


def _gradeladder(rng: random.Random, g: Guide, area: str) -> list[str]:
    _clear(g, "employers", "sectors")
    country, code, cur, rate, fmt = GRADE_COUNTRIES[rng.randrange(len(GRADE_COUNTRIES))]
    sep = "" if cur == "₦" else " "
    chain = [r for r, _ in g.progression] or [g.role]
    names = _texts(g.progression) or [g.title]
    plural = _plural(g.title)
    bands = []
    for role in chain:
        low, _ = _band(rng, role.level)
        start = _rounded(low * 1000 * rate * 0.06 / 12, 10)
        bands.append((start, _rounded(start * 2.4, 10)))
    mine = chain.index(g.role) if g.role in chain else 0
    start, top = bands[mine]
    scale = f"{cur}{sep}{start:,} – {top:,}"
    if code == "PKR":  # a running scale: minimum-increment-maximum
        scale = f"{cur} {start:,}-{_rounded((top - start) / 30, 10):,}-{top:,}"
    site = f"{rng.choice(SITES)} {country}"
    g.must_not_appear += [site, "Home » Jobs » Salary", "Grade-Wise Salary Details"]
    out = [site, "Home » Jobs » Salary",
           f"{g.title} Salary in {country} {rng.randint(2024, 2026)}: "
           f"{_grade(fmt, mine)} Pay Scale, Duties and Promotion",
           f"In {country} the {g.title} post is in {_grade(fmt, mine)} on the pay scale "
           f"{scale} per month.", "Overview of the Monthly Pay Structure"]
    flat = code in ("BDT", "NGN")
    if flat:  # a table flattened with no separators: the grade number glued to the pay
        out.append(f"Post NameGradeScale ({cur})")
        g.must_not_appear.append(f"Post NameGradeScale ({cur})")
    else:
        out += ["| Grade | Minimum Salary | Maximum Salary | Common Positions |",
                "|---|---|---|---|"]
        g.must_not_appear += ["Minimum Salary", "Maximum Salary", "Common Positions"]
    for i, (role, name) in enumerate(zip(chain, names, strict=True)):
        low, high = bands[i]
        owner, level = _owner(g, role, name)
        _salary(g, low, high, code, period="month", belongs_to=owner, level=level)
        if flat:
            out.append(f"{name}{9 + 2 * i:02d}{low:,} – {high:,}")
            g.must_not_appear.append(f"{name}{9 + 2 * i:02d}")
        else:
            out.append(f"| {_grade(fmt, i)} | {code} {low:,} | {code} {high:,} | {name} |")
    out.append("Grade-Wise Salary Details")
    for i, (name, (low, high)) in enumerate(zip(names, bands, strict=True), 1):
        out += [f"{i}. {name}", f"   - Basic Salary: {cur}{sep}{low:,} – {cur}{sep}{high:,}"]
        if i == 1:
            out.append("   - Allowances: house rent, conveyance and medical allowance.")
    out += [f"What Does {_a(g.title)} {g.title} Do?",
            "".join(f"{d}" for d in rng.sample(DUTIES, 3)),
            "Skills Required",
            f"{g.title} candidates are tested on {_prose_list(_skills(g))}."]
    out += ["Career Progression"]
    out += _said(f"{_a(g.title).capitalize()} {g.title} is promoted to {{}} after about "
                 f"{rng.randint(4, 9)} years.", _texts(g.leads_to))
    out += _said(f"Many {plural.lower()} began as {{}}.", _texts(g.moves_in))
    out += _said("Some later leave for {} posts.", _texts(g.transitions_to))
    return [*out, "Related: Salary Scales | Share this post"]


# --------------------------------------------------------------------------------------
# Label-above-value "at a glance" panel in many currencies
# --------------------------------------------------------------------------------------
def _lakh(n: int) -> str:
    return f"₹{n / 100_000:g} lakh"


GLANCE_CURRENCIES: tuple[tuple[str, str, str, float, Callable[[int], str]], ...] = (
    # country, code, period, local units per USD a year (of a US salary), how it is written
    # (pence below one half, so the whole-unit truth matches a rounded or truncated reading)
    ("United Kingdom", "GBP", "year", 0.55, lambda n: f"£{n:,}.{n % 47:02d}"),
    ("Ireland", "EUR", "year", 0.62, lambda n: f"€{n:,}"),
    ("India", "INR", "year", 22.0, _lakh),
    ("Nigeria", "NGN", "month", 95.0, lambda n: f"₦{n:,}"),
    ("Malaysia", "MYR", "month", 0.9, lambda n: f"RM{n:,}"),
    ("Pakistan", "PKR", "month", 18.0, lambda n: f"Rs. {n:,}"),
    ("Sri Lanka", "LKR", "month", 22.0, lambda n: f"Rs. {n:,}"),
)


def _glance_amount(code: str, period: str, usd_k: int, rate: float) -> int:
    value = usd_k * 1000 * rate / (12 if period == "month" else 1)
    return _rounded(value, 10_000 if code == "INR" else 100)


def _labelvalue(rng: random.Random, g: Guide, area: str) -> list[str]:
    _clear(g, "skills.soft")
    country, code, period, rate, write = GLANCE_CURRENCIES[rng.randrange(len(GLANCE_CURRENCIES))]
    low, high = _band(rng, g.role.level)
    median = _glance_amount(code, period, (low + high) // 2, rate)
    word = "annual" if period == "year" else "monthly"
    out = [g.title, f"{g.title} at a glance ({country})", "Typical education",
           f"A degree or an apprenticeship in {area.lower()}"]
    g.must_not_appear += [f"{g.title} at a glance ({country})", "Typical education",
                          f"Median {word} pay"]
    if g.sectors:
        out += ["Top employer types", ", ".join(g.sectors)]
    out += [f"Median {word} pay", write(median)]
    _salary(g, median, median, code, period=period, point=True)
    if g.leads_to:
        nxt, text = g.leads_to[0]
        n_low, n_high = _band(rng, nxt.level)
        a, b = (_glance_amount(code, period, k, rate) for k in (n_low, n_high))
        out += [f"Pay as {_a(text)} {text}", f"{write(a)} – {write(b)}"]
        owner, level = _owner(g, nxt, text)
        _salary(g, a, b, code, period=period, belongs_to=owner, level=level)
    out += ["Key certifications", "None typically required"]
    if g.moves_in:
        out += ["Typically comes from", ", ".join(_texts(g.moves_in))]
    if len(g.leads_to) == 1:  # an arrow from the role, or a list
        out += ["Next roles", f"{g.title} → {g.leads_to[0][1]}"]
    elif g.leads_to:
        out += ["Next roles", ", ".join(_texts(g.leads_to))]
    if g.transitions_to:
        out += ["Lateral options", ", ".join(_texts(g.transitions_to))]
    tools = list(g.skills.get("tool", []))
    out += ["Key skills"]
    for skill in g.skills["top"]:
        out.append(f"- {skill} ({tools.pop()})" if tools else f"- {skill}")
    missing = g.skills.get("often_missing", [])
    if len(missing) >= 2:  # two bullets glued into one
        out.append(f"- {missing[0]}{missing[1]}")
        missing = missing[2:]
    out += [f"- {s}" for s in missing] + [f"- {t}" for t in tools]
    if g.employers:
        out += ["Employers", " · ".join(g.employers)]
    return out


# --------------------------------------------------------------------------------------
# Forum thread
# --------------------------------------------------------------------------------------
ASKER_JOBS = ("barista", "retail associate", "line cook", "delivery driver", "bank teller",
              "call centre agent", "warehouse picker")
USERS = ("throwaway_", "quietfox", "nightshift", "coffee_and_code", "oldtimer", "lurker")


def _user(rng: random.Random) -> str:
    return f"u/{rng.choice(USERS)}{rng.randint(10, 99)} • {rng.randint(1, 6)}y"


def _thread(rng: random.Random, g: Guide, area: str) -> list[str]:
    _clear(g, "sectors")
    g.title_line = False  # the role is named only in the question
    asker = rng.choice(ASKER_JOBS)
    g.optional.append(asker)
    chrome = ["permalink embed save report reply"]
    out = [f"r/{area.replace(' ', '')}", f"Posted by {_user(rng)}",
           f"Anyone here work as {_a(g.title)} {g.title}? What's the pay and where does it lead?",
           f"I'm currently {_a(asker)} {asker} and thinking about switching. Worth it?",
           str(rng.randint(20, 900)), f"{rng.randint(8, 90)} comments", "share save", ""]
    g.must_not_appear += chrome
    low, high = _band(rng, g.role.level)
    pay = (low + high) // 2 * 1000 + rng.randint(1, 9) * 100
    employers = list(g.employers)
    first = f" at {employers.pop(0)}" if employers else ""
    story = (f"I was {_a(_texts(g.moves_in)[0])} {_texts(g.moves_in)[0]} for "
             f"{rng.randint(2, 6)} years before I moved over. " if g.moves_in else "")
    out += [_user(rng), f"{story}Right now I make about ${pay:,} a year{first}.",
            str(rng.randint(5, 300)), *chrome, ""]
    _salary(g, pay, pay, point=True)
    for name in _texts(g.moves_in)[1:]:
        out += [_user(rng), f"Same path here, I came from {name} work.", *chrome, ""]
    if g.leads_to:
        role, text = g.leads_to[0]
        up = _band(rng, role.level)[1] * 1000
        out += [_user(rng), f"After a few years I went to {text} and my pay jumped to "
                            f"${up // 1000}k.",
                *_said("Others on my team went on to {}.", _texts(g.leads_to)[1:]), *chrome, ""]
        owner, level = _owner(g, role, text)
        _salary(g, up, up, point=True, belongs_to=owner, level=level)
    skills = _skills(g)
    out += [_user(rng), f"Honestly you need to be solid at {_prose_list(skills[:4])}."]
    out += _said("Learn {} early and you will be fine.", skills[4:], "and")
    out += [*chrome, "", "[deleted]", ""]
    if g.transitions_to:
        out += [_user(rng), "A lot of people I started with moved sideways into "
                            f"{_prose_list(_texts(g.transitions_to), 'or')} roles.", *chrome, ""]
    if employers:
        out += [_user(rng), f"{_prose_list(employers)} are always hiring for this.", *chrome, ""]
    hourly = round(rng.uniform(24, 48), 2)
    buddy = rng.choice(("welder", "electrician", "paralegal", "dental hygienist"))
    out += [_user(rng), f"My buddy is {_a(buddy)} {buddy} and pulls ${hourly:.2f}/hr, "
                        "no degree needed.", *chrome, "", "OP", "Thanks all, this helps a lot."]
    _salary(g, hourly, hourly, period="hour", point=True, belongs_to=buddy)
    g.optional.append(buddy)
    return out


# --------------------------------------------------------------------------------------
# "How to become a X"
# --------------------------------------------------------------------------------------
TRAITS = ("enjoy solving practical problems", "patient and careful", "able to work in a team",
          "comfortable with deadlines")


def _howto(rng: random.Random, g: Guide, area: str) -> list[str]:
    plural = _plural(g.title)
    traits = rng.sample(TRAITS, 2)
    g.optional += traits
    top = g.skills["top"]
    out = [f"How to become {_a(g.title)} {g.title}", "",
           f"{plural} {rng.choice(PLURAL_VERBS)} the {area.lower()} work of a team in "
           "Australia.", "", f"Personal requirements for {_a(g.title)} {g.title}",
           *[f"- {t}" for t in traits[:1]], *[f"- good at {s}" for s in top[:3]],
           *[f"- {t}" for t in traits[1:]], "", "Education & training"]
    prose = [f"To become {_a(g.title)} {g.title} you usually need a qualification in "
             f"{area.lower()}."]
    if g.moves_in:
        prose.append(f"Most people start as {_prose_list(_texts(g.moves_in), 'or')} and rise to "
                     f"{g.title} within a few years.")
    up = _texts(g.progression[1:])
    if len(up) >= 2:
        prose.append(f"With experience you can move up to {up[0]} and then {up[1]}.")
    rest = [t for t in _texts(g.leads_to) if t not in up]
    prose += _said("Some go on to {} instead.", rest)
    prose += _said("Others move sideways into {} roles.", _texts(g.transitions_to))
    learnt = top[3:] + g.skills.get("often_missing", []) + g.skills.get("tool", [])
    prose += _said("Skills such as {} are learnt on the job.", learnt, "and")
    prose += _said("Employers also value {}.", g.skills.get("soft", []), "and")
    out.append(" ".join(prose))
    weekly = _rounded((_band(rng, g.role.level)[0] * 1000 * 1.45) / 52, 1) + 1
    out += ["", "Snapshot (Australia)", "Average weekly pay", f"${weekly:,}", "Employment size",
            f"{rng.randint(20, 900) * 100:,} workers", "Median age",
            f"{rng.randint(30, 48)} years"]
    g.must_not_appear += ["Snapshot (Australia)", "Average weekly pay", "Employment size",
                          "Median age"]
    _salary(g, weekly, weekly, "AUD", period="week", point=True)
    trainee = _rounded(_band(rng, "junior")[0] * 1000 * 0.8, 100)
    low, high = (_rounded(k * 1000 * 1.45, 1000) for k in _band(rng, g.role.level))
    pay = [f"Trainees start at around ${trainee:,} a year. {plural} with a few years' "
           f"experience earn ${low:,} to ${high:,}"]
    _salary(g, trainee, trainee, "AUD", point=True, level="trainee")
    _salary(g, low, high, "AUD")
    if g.leads_to:
        role, text = g.leads_to[0]
        a, b = (_rounded(k * 1000 * 1.45, 1000) for k in _band(rng, role.level))
        pay[-1] += f", while {_plural(text).lower()} earn ${a:,} to ${b:,}"
        owner, level = _owner(g, role, text)
        _salary(g, a, b, "AUD", belongs_to=owner, level=level)
    out += ["", "Pay", pay[0] + ".", ""]
    if g.employers:
        out.append(f"Employers include {_prose_list(g.employers)}.")
    if g.sectors:
        out.append(f"Most work in {_prose_list(g.sectors)}.")
    return out


# --------------------------------------------------------------------------------------
# Apprenticeship standard with coded K/S/B statements
# --------------------------------------------------------------------------------------
BEHAVIOURS = ("Takes ownership of their work", "Works safely at all times",
              "Shares knowledge with colleagues", "Seeks feedback and acts on it")


def _ksb(rng: random.Random, g: Guide, area: str) -> list[str]:
    _clear(g, "skills.soft", "employers", "moves_in", "transitions_to")
    ref = f"ST{rng.randint(100, 999):04d}"
    items = ["Status: Approved for delivery", f"Reference: {ref}",
             f"Level: {rng.randint(3, 6)}",
             f"Typical duration to gateway: {rng.randint(18, 36)} months",
             f"Maximum funding: £{rng.randint(9, 27) * 1000:,}", f"Route: {area}"]
    if g.aliases:
        items.append(f"Typical job titles: {', '.join([g.title, *g.aliases])}")
    out = ["Home > Apprenticeships > " + g.title, g.title, "", f"Reference Number: {ref}", "",
           f"{items[2]} | {items[3]} | Funding band: {items[4].split(': ')[1]}", "",
           "Key information"]
    g.must_not_appear.append("Home > Apprenticeships > " + g.title)
    g.must_not_appear += ["Key information", "Approved for delivery", ref]
    for i, item in enumerate(items, 1):
        out.append(f"{i}. {item}")
    n = len(items) + 1
    review = f"{n + 1}. Review: after {rng.randint(2, 4)} years"
    if g.leads_to:
        leads = _texts(g.leads_to)
        out += [f"{n}. Example progression routes:", *leads[:-1], f"{leads[-1]}{review}"]
    else:
        out.append(review)
    skills = _skills(g)
    found_in = rng.choice(("This occupation is found in {}.", f"{_plural(g.title)} work in {{}}."))
    out += ["", "Occupation summary",
            found_in.format(_prose_list(g.sectors)) if g.sectors else
            "This occupation is found across many kinds of organisation.",
            f"{_plural(g.title)} {rng.choice(PLURAL_VERBS)} the {area.lower()} work of a team.",
            "", "Typical duties"]
    for i, duty in enumerate(rng.sample(DUTIES, 3), 1):
        codes = " ".join(f"K{k}" for k in rng.sample(range(1, len(skills) + 1),
                                                     min(2, len(skills))))
        out.append(f"Duty {i} {duty} {codes} S{i} B{i}")
    out += ["", "Knowledge"]
    for i, skill in enumerate(skills, 1):
        out.append(f"K{i}: {skill}" if rng.random() < 0.7 else f"K{i} {skill}")
    out += ["", "Skills"]
    out += [f"S{i}: {d.lower().capitalize()}" for i, d in enumerate(rng.sample(DUTIES, 3), 1)]
    out += ["", "Behaviours"]
    out += [f"B{i}: {b}" for i, b in enumerate(rng.sample(BEHAVIOURS, 3), 1)]
    hourly = round(rng.uniform(7.1, 8.9), 2)
    top_hourly = round(hourly + rng.uniform(1.2, 2.5), 2)
    low, high = (_rounded(k * 1000 * 0.55, 500) for k in _band(rng, g.role.level))
    pay = (f"Apprentices earn £{hourly:.2f} – £{top_hourly:.2f} per hour; experienced "
           f"{_plural(g.title).lower()} earn £{low:,} to £{high:,} a year")
    _salary(g, hourly, top_hourly, "GBP", period="hour", level="apprentice")
    _salary(g, low, high, "GBP")
    if g.leads_to:
        role, text = g.leads_to[0]
        top = _rounded(_band(rng, role.level)[1] * 1000 * 0.55, 500)
        pay += f", and {_plural(text).lower()} can earn £{top:,} or more"
        owner, level = _owner(g, role, text)
        _salary(g, top, None, "GBP", belongs_to=owner, level=level)
    return [*out, "", "Pay", pay + "."]


# --------------------------------------------------------------------------------------
# Hard-wrapped PDF-like text
# --------------------------------------------------------------------------------------
def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)


def _breaking_width(text: str, names: Sequence[str], width: int) -> int:
    """The first line width from ``width`` on (52 to 68, wrapping round) at which wrapping
    ``text`` breaks one of ``names`` across two lines; ``width`` when none does.

    >>> text = "Hired by " + "x" * 50 + " Blue Harbour Works."
    >>> _breaking_width(text, ["Blue Harbour Works"], 52), _breaking_width(text, ["Nobody"], 60)
    (55, 60)
    """
    widths: list[int] = [*range(width, 69), *range(52, width)]
    for w in widths:
        lines = _wrap(text, w)
        if any(n not in "\n".join(lines) and n in " ".join(lines) for n in names):
            return w
    return width


def _hardwrap(rng: random.Random, g: Guide, area: str) -> list[str]:
    _clear(g, "skills.soft")
    g.title_line = False  # headings name the field; the role is named in the prose
    width = rng.randint(52, 68)
    plural = _plural(g.title)
    sections = {
        "Introduction": [f"{_a(g.title).capitalize()} {g.title} {rng.choice(VERBS)} the "
                         f"{area.lower()} work of a team in India and explains the results to "
                         "the people who act on them."],
        "Eligibility": [f"Aspirants need a sound knowledge of {_prose_list(_skills(g))}."],
        "Job Prospects": [],
        "Remuneration": [],
    }
    jobs = sections["Job Prospects"]
    jobs += _said(f"{plural} are employed by {{}}.", g.employers, "and")
    jobs += _said("Openings are found in {}.", g.sectors, "and")
    jobs += _said(f"Most begin as {{}} before becoming {_a(g.title)} {g.title}.",
                  _texts(g.moves_in))
    jobs += _said(f"After some years {_a(g.title)} {g.title} can go on to become {{}}.",
                  _texts(g.leads_to))
    jobs += _said("Some switch to {} work.", _texts(g.transitions_to))
    lo, hi = (_rounded(k * 1000 * 0.12, 1000) for k in _band(rng, "junior"))
    a, b = (_rounded(k * 1000 * 0.2, 1000) for k in _band(rng, g.role.level))
    pay = [f"A trainee {g.title} can expect Rs {lo:,}-Rs {hi:,} per month. Experienced "
           f"{plural.lower()} earn Rs.{a:,} to Rs.{b:,} a month"]
    _salary(g, lo, hi, "INR", period="month", level="trainee")
    _salary(g, a, b, "INR", period="month")
    if g.leads_to:
        role, text = g.leads_to[0]
        top = (_band(rng, role.level)[0] // 10 + 1) * 10_000
        pay[0] += f", while {_plural(text).lower()} draw Rs.{top / 100_000:g} lakh a month and more"
        owner, level = _owner(g, role, text)
        _salary(g, top, None, "INR", period="month", belongs_to=owner, level=level)
    sections["Remuneration"] = [pay[0] + "."]
    out = [" | ".join(f"{area} : {name}" for name in sections)]
    g.must_not_appear += [f"{area} : {name}" for name in sections]
    if pick_chance(rng, 0.5):  # (in cover mode the family's first page) a name broken
        width = _breaking_width(" ".join(jobs), [*g.employers, *_texts(g.leads_to)], width)
    for name, paragraph in sections.items():
        lines = _wrap(" ".join(paragraph), width)
        if not lines:
            continue
        lines[-1] += " |"
        out += ["", f"{area} : {name}", *lines]
    return out


# --------------------------------------------------------------------------------------
# Knowledge-base statement table
# --------------------------------------------------------------------------------------
KB_MONEY: tuple[tuple[str, str, Callable[[int], str], float], ...] = (
    ("India", "INR", lambda n: f"INR {indian_grouping(n)}", 22.0),
    ("United States", "USD", lambda n: f"USD {n:,}", 1.0),
    ("United Kingdom", "GBP", lambda n: f"GBP {n:,}", 0.55))


def _cell(values: Sequence[str]) -> list[str]:
    """An object cell spanning lines: the first value, an arrow, then the rest on one line."""
    first, *rest = values
    return [first, "→", " ".join(f"{v} →" for v in rest) + " |"]


def _kbtable(rng: random.Random, g: Guide, area: str) -> list[str]:
    country, code, write, rate = KB_MONEY[rng.randrange(len(KB_MONEY))]
    entity = f"E{rng.randint(10000, 99999)}"
    median = _rounded((sum(_band(rng, g.role.level)) / 2) * 1000 * rate, 10_000)
    low, high = _rounded(median * 0.5, 10_000), _rounded(median * 2.4, 10_000)
    rows: list[tuple[str, list[str]]] = [("instanceOf", ["occupation", f"{area} profession"])]
    tools = g.skills.get("tool", [])
    table = {"alsoKnownAs": g.aliases,
             "requiresSkill": [s for s in _skills(g) if s not in tools],
             "usesTool": tools, "employedBy": g.employers, "industry": g.sectors,
             "careerPathFrom": _texts(g.moves_in), "careerPathTo": _texts(g.leads_to),
             "lateralCareerPath": _texts(g.transitions_to)}
    rows += [(k, v) for k, v in table.items() if v]
    rows += [("medianSalary", [f"{write(median)} per year"]),
             ("salaryRange", [f"{write(low)} – {write(high)} per year"]),
             ("country", [country])]
    _salary(g, median, median, code, point=True)
    _salary(g, low, high, code)
    out = [f"{rng.choice(SITES)} KB", "Search entities…", g.title, entity,
           f"{_a(g.title).capitalize()} {g.title} is an occupation in {area.lower()} in which a "
           f"worker {rng.choice(VERBS)} the {area.lower()} work of a team.",
           f"Statements ({sum(len(v) for _, v in rows)})", "| Predicate | Object |", "|---|---|"]
    g.must_not_appear += ["Search entities…", entity, "occupation", country, "Referenced by",
                          f"{area.lower()} practice"]
    for predicate, values in rows:
        out += [f"| {predicate} |", *_cell(values)]
    others = [t for t in _texts(g.leads_to) + _texts(g.transitions_to)][:2]
    out += [f"Referenced by ({len(others) + 1})",
            "| Subject (surface form when different) | Predicate |", "|---|---|",
            f"{area.lower()} practice", "→", "| involvesOccupation |"]
    for name in others:
        out += [name, "→", "| relatedOccupation |"]
    return [*out, f"© KB · data CC BY-SA · Entity {entity}"]


STUDIED_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "salsurvey": _salsurvey, "framework": _framework, "gradeladder": _gradeladder,
    "labelvalue": _labelvalue, "thread": _thread, "howto": _howto, "ksb": _ksb,
    "hardwrap": _hardwrap, "kbtable": _kbtable,
}
