"""Generator renderers for the six page families of held-back set 17 (salary-by-city pages ...).

Held-back set 17 showed six more kinds of page users bring: an "X salary by city" page (one
role's pay per metro, entry-level figures, top employers' averages, cost-of-living
equivalents that are no pay), a Japanese national occupation page read through a browser's
machine translation ("369.1万円" a year, "4.023 million yen" for a region, skill rows with
level numbers), a volunteering site's role listing (an unpaid role, paid posts owning their
figures, allowances that are no pay), a professional body's member-directory profile (day
and hourly rates for the member's own time, prices per test that are no pay, a career
history printed newest first), a "day in the life" diary (time-stamped entries, pay by
level, on-call allowances and perks that are no pay) and a Q&A-site question page (the
asker's own job and pay, answers naming feeder roles and grades, sponsored blocks, comments
with signatures).  These renderers write such pages from a planned guide, two variants a
family.  As in the other style modules every skill, move, employer, sector and salary the
guide keeps is printed, what a style does not state is cleared, and allowances, prices,
head counts and cost-of-living figures join no truth.

>>> _man(3_691_000), _yen_million(4_023_000), _fresh(500, {500, 600}, 100)
('369.1', '4.023', 700)
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import (
    _a,
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
from benchmarks.web_families12 import _PEOPLE, _TOWNS, _fmt, _yearly
from benchmarks.web_families15 import _FIRMS, _OTHER_FIRMS
from benchmarks.web_families16 import _up_to_role

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide, Role

__all__ = ["FAMILY17_ALIAS_LAYOUTS", "FAMILY17_LADDER_LAYOUTS", "FAMILY17_LAYOUTS",
           "FAMILY17_RENDERERS"]

FAMILY17_LAYOUTS = ("citypay", "jobtagjp", "volunteerrole", "memberdirectory", "dayinlife",
                    "qanda")
# Styles printing the role's ladder (a promotion route, a career history, an answer's
# ladder), and styles stating other titles for the role ("Also known as", "Another name").
FAMILY17_LADDER_LAYOUTS = ("jobtagjp", "memberdirectory", "qanda")
FAMILY17_ALIAS_LAYOUTS = ("citypay", "jobtagjp")


def _man(yen: int) -> str:
    """Yen in 万 (ten thousand), as a Japanese statistic prints it ("369.1")."""
    return f"{yen / 10_000:g}"


def _yen_million(yen: int) -> str:
    """Yen in millions as a translator writes them ("4.023 million yen")."""
    return f"{yen / 1_000_000:g}"


def _marked(g: Guide, every: int = 2) -> bool:
    """One guide in ``every`` prints a currency's other notation ("NZ$", "¥", "€"), chosen
    from the title so the page draws nothing more from the generator (seeds keep their pages).

    >>> from types import SimpleNamespace
    >>> _marked(SimpleNamespace(title="Nurse")), _marked(SimpleNamespace(title="Nurse"), 5)
    (False, True)
    """
    return len(g.title) % every == 0


def _fresh(value: int, used: set[int], step: int) -> int:
    """``value`` moved up by ``step`` until no figure of the page has it (a no-pay figure must
    not equal a fact)."""
    while value in used:
        value += step
    used.add(value)
    return value


def _unused(g: Guide, value: int, step: int) -> int:
    """``value`` moved up by ``step`` until no salary of the truth has it (a figure that is
    no pay must not equal a fact)."""
    return _fresh(value, {int(v) for s in g.salaries for v in (s["min"], s["max"]) if v}, step)


def _other_pay(g: Guide, rng: random.Random, role: Role, name: str, rate: float,
               currency: str, unit: int, *, period: str = "year") -> int:
    """A point for another title the page names (its own rung, or the role at a level)."""
    value = _yearly(rng, role.level, rate, unit)[0]
    owner, level = _owner(g, role, name)
    _salary(g, value, value, currency, period=period, point=True, belongs_to=owner, level=level)
    return value


# --------------------------------------------------------------------------------------
# "X salary by city"
# --------------------------------------------------------------------------------------
_METROS = (("San Jose-Sunnyvale-Santa Clara, California", 1.32),
           ("Seattle-Tacoma-Bellevue, Washington", 1.25),
           ("Boston-Cambridge-Newton, Massachusetts", 1.21), ("Urban Honolulu, Hawaii", 1.16),
           ("Denver-Aurora-Lakewood, Colorado", 1.08))
_LOW_METROS = (("Jackson, Mississippi", 0.79), ("Lakeland-Winter Haven, Florida", 0.75),
               ("McAllen-Edinburg-Mission, Texas", 0.72))
_PH_CITIES = (("Makati City", "National Capital Region", 1.13),
              ("Taguig", "National Capital Region", 1.08),
              ("Pasig", "National Capital Region", 1.04), ("Cebu City", "Central Visayas", 0.89),
              ("Davao City", "Davao Region", 0.78))


def _citypay(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("table", "glued"))
    g.title_line = False
    if variant == "glued":
        return _citypay_glued(rng, g, area)
    site = rng.choice(("WageAtlas", "PayMetro", "CitySalary"))
    g.must_not_appear += [site, "Select a city", "Was this page helpful", "Post a Salary",
                          "Methodology"]
    plural = _plural(g.title)
    avg = _yearly(rng, g.role.level, 0.45, 10)[0]
    used = {avg}
    hour = round(avg / 2080, 2)
    low, high = round(avg * 0.84, -2), round(avg * 1.2, -2)
    used |= {int(low), int(high)}
    _salary(g, avg, avg, point=True)
    _salary(g, hour, hour, period="hour", point=True)
    _salary(g, low, high)
    out = [f"{site}   Salaries ▾   Cost of Living   Compare Cities   Post a Salary   Sign in",
           f"Home › Salaries › {area} › {g.title} › By city",
           f"{g.title} Salary by City (2026)", f"How much does {_a(g.title)} {g.title} make in "
           "your city?", f"Updated November {rng.randint(2, 28)}, 2026 · Based on "
           f"{rng.randint(3, 40)},402 salaries reported and federal wage survey data",
           "National average", f"${_fmt(avg)} per year", f"${_fmt(hour)} / hour",
           f"Typical range: ${_fmt(low)} – ${_fmt(high)}"]
    out += ["Also known as: " + ", ".join(g.aliases)] if g.aliases else []
    out += ["Select a city ▾   Compare with your salary →", f"Top-paying cities for {plural}",
            "| Rank |", "City/Area |", "Average Salary i |", "Entry Level Salary i |",
            "# of Empl. i |"]
    top = rng.sample(_METROS, 4)
    bottom = rng.sample(_LOW_METROS, 2)
    for rank, (city, factor) in [*enumerate(top, 1), *[(47 + i, c) for i, c in
                                                        enumerate(bottom, 1)]]:
        if rank == 48:
            out += ["|", "|", "Lowest-paying cities"]
        city_avg = _fresh(round(avg * factor, -1), used, 10)
        entry = _fresh(round(city_avg * 0.78, -1), used, 10)
        _salary(g, city_avg, city_avg, point=True, region=city)
        _salary(g, entry, entry, point=True, level="Entry", region=city)
        out += [f"| {rank} |", city, "|", f"${_fmt(city_avg)} |",
                f"${_fmt(entry)} | {_fmt(rng.randint(12, 110) * 10)} |"]
    living = len(out)  # the cost-of-living paragraph, written once every figure is known
    skills = [f"{s} +{rng.randint(3, 12)}%" for s in g.skills["top"]]
    skills += g.skills["soft"] + g.skills["often_missing"]
    tools = g.skills["tool"]
    if tools:
        skills.append(f"Reporting ({', '.join(tools)})")
        g.optional.append("Reporting")
    out += ["Skills that pay more", " · ".join(skills)]
    if g.employers:
        out.append("Top employers")
        for name in g.employers:
            pay = _fresh(round(avg * rng.uniform(0.92, 1.1), -1), used, 10)
            _salary(g, pay, pay, point=True)
            out.append(f"{name}   ${_fmt(pay)} · {rng.randint(40, 400)} salaries")
    if g.sectors:
        out.append(f"{g.sectors[0]} employ most {plural.lower()}"
                   + (f", with smaller numbers at {_prose_list(g.sectors[1:])}."
                      if g.sectors[1:] else "."))
    path = _said("Many come from {} jobs.", _texts(g.moves_in), "or")
    path += _said(f"With two or three years on the job, {plural.lower()} move up to {{}}.",
                  _texts(g.leads_to), "or")
    path += _said("Others switch to {}.", _texts(g.transitions_to), "or")
    out += ["Career path", " ".join(path) or f"Most {plural.lower()} stay in the job for years."]
    similar = [(r, n) for r, n in [*g.leads_to[:1], *g.transitions_to[:1]]]
    if similar:
        out += ["Compare with similar jobs",
                " · ".join(f"{n} ${_fmt(_other_pay(g, rng, r, n, 0.45, 'USD', 10))}/yr"
                           for r, n in similar)]
    dear = _unused(g, int(round(avg * top[0][1] + 500, -2)), 100)
    cheap = _unused(g, int(round(avg * bottom[0][1] - 500, -2)), 100)
    first, last = top[0][0].split("-")[0], bottom[0][0].split(",")[0]
    out[living:living] = [
        "Is a higher salary worth the move?",
        f"{_a(g.title).capitalize()} {g.title} earning the national average would need about "
        f"${_fmt(dear)} in {first} to keep the same standard of living, but only "
        f"${_fmt(cheap)} in {last}. Cost-of-living figures are estimates, not salaries."]
    near = rng.sample(("Oakland", "Fremont", "Tacoma", "Cambridge", "Aurora"), 3)
    g.must_not_appear += near
    out += ["Was this page helpful?  👍 Yes   👎 No",
            f"Salaries in nearby cities: {' · '.join(near)}",
            f"About {site} · Methodology · Privacy · Terms · © 2026 {site} Inc.",
            "Methodology: city averages combine self-reported salaries with the federal "
            "Occupational Employment and Wage Sta"]
    return out


def _citypay_glued(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A Philippine job board's salary page: pesos a month glued to "per month", companies
    glued to ratings and pay, cities glued to pay and counts, bands by experience."""
    site = rng.choice(("SahodPH", "KitaJobs", "TrabahoPay"))
    g.must_not_appear += [site, "Is this useful", "Company reviews", "Rice allowance",
                          "Night differential", "Frequently asked questions",
                          "National Capital Region"]
    _clear(g, "aliases")
    plural = _plural(g.title)
    month = _yearly(rng, g.role.level, 0.3, 50)[0]
    used = {month, 2000, 30000}
    _salary(g, month, month, "PHP", period="month", point=True)
    _salary(g, month * 12, month * 12, "PHP", point=True)
    out = [f"{site}  Find jobs  Company reviews  Salaries  Career advice  Employers / Post a job",
           f"Salaries › {area} › {g.title}", f"{g.title} salary in Philippines",
           f"How much does {_a(g.title)} {g.title} make in the Philippines?",
           "Average base salary", f"₱{_fmt(month)}per month",
           f"Annual equivalent ₱{_fmt(month * 12)} a year",
           f"The average salary for {_a(g.title)} {g.title} is ₱{_fmt(month)} per month in the "
           f"Philippines. {_fmt(rng.randint(120, 3000))} salaries reported, updated at "
           f"{rng.randint(2, 28)} November 2026", "Is this useful?  Yes  No"]
    if g.employers:
        out.append(f"Top companies for {plural} in Philippines")
        for name in g.employers:
            pay = _fresh(round(month * rng.uniform(0.9, 1.12), -1), used, 10)
            _salary(g, pay, pay, "PHP", period="month", point=True)
            out.append(f"{name}{rng.randint(30, 45) / 10} ★ {_fmt(rng.randint(60, 1400))} "
                       f"reviews₱{_fmt(pay)}per month")
        out.append(f"View all {rng.randint(12, 60)} companies")
    out.append(f"Highest paying cities for {plural} near Philippines")
    for city, region, factor in sorted(rng.sample(_PH_CITIES, 4), key=lambda c: -c[2]):
        pay = _fresh(round(month * factor, -1), used, 10)
        _salary(g, pay, pay, "PHP", period="month", point=True, region=city)
        out.append(f"{city}, {region}₱{_fmt(pay)}per month{rng.randint(40, 240)} salaries reported")
    out.append(f"More {g.title} cities ▾")
    bands = [(round(month * 0.72, -3), round(month * 0.85, -3), "Less than 1 year"),
             (round(month * 0.95, -3), round(month * 1.18, -3), "3 to 5 years"),
             (round(month * 1.3, -3), round(month * 1.55, -3), "10+ years")]
    out.append("Salary by years of experience")
    for lo, hi, label in bands:
        _salary(g, lo, hi, "PHP", period="month")
        out.append(f"{label}₱{_fmt(lo)} - ₱{_fmt(hi)}")
    used |= {int(v) for lo, hi, _ in bands for v in (lo, hi)}
    out += ["Most common benefits", "13th month pay · Night differential (10% of hourly rate) · "
            "HMO for dependents · Rice allowance ₱2,000",
            "Skills that increase pay",
            " · ".join([f"{s} +{rng.randint(4, 14)}%" for s in g.skills["top"][:2]]
                       + g.skills["top"][2:] + g.skills["tool"] + g.skills["soft"]
                       + g.skills["often_missing"])]
    g.optional.append("HMO")
    if g.sectors:
        out += [f"Where {plural} work", f"Most {plural.lower()} work in "
                f"{_prose_list(g.sectors)}."]
    path = _said(f"{plural} are usually promoted from {{}} after one to two years.",
                 _texts(g.moves_in), "or")
    path += _said("The next step is {}.", _texts(g.leads_to), "or")
    path += _said("Some move sideways to {}.", _texts(g.transitions_to), "or")
    out += ["Career path", " ".join(path) or "Most stay on the same account for years."]
    related = [*g.moves_in[:1], *g.leads_to[:1]]
    if related:
        out += ["Related salaries", " · ".join(
            f"{n} ₱{_fmt(_other_pay(g, rng, r, n, 0.3, 'PHP', 50, period='month'))} per month"
            for r, n in related)]
    out += ["Frequently asked questions",
            f"Is ₱{_fmt(_unused(g, 30000, 500))} a good salary for {_a(g.title)} "
            f"{g.title.lower()} in Cebu?",
            f"Salary estimates are based on salaries submitted anonymously to {site} by "
            f"{g.title} employees, users, and collected from past and present job advertisements "
            "in the past 36 m"]
    return out


# --------------------------------------------------------------------------------------
# Machine-translated Japanese occupation page
# --------------------------------------------------------------------------------------
_ROMAJI = ("Shokuin", "Gakari", "Tantosha", "Kakariin")
_REGIONS_JP = ("Tokyo", "Osaka", "Aichi", "Kanagawa")


def _jobtagjp(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("facility", "route"))
    g.title_line = False
    g.must_not_appear += ["Google Translate", "Show original", "Rate this translation",
                          "Ministry of Health, Labor and Welfare", "Aptitude diagnosis",
                          "Statistical data", "Effective job opening ratio",
                          "actual conditions at each work"]
    romaji = rng.choice(_ROMAJI)
    g.optional.append(romaji)  # a romanised rendering: the translator's guess, no alias kept
    tools, top = g.skills["tool"], g.skills["top"]
    out = ["Google Translate   Original text   Japanese → English   Show original   Options ▾   ✕",
           "job tag (Occupational information provision site (Japanese version O-NET))   "
           "Ministry of Health, Labor and Welfare",
           "Occupation search  Aptitude diagnosis  Self-analysis  For career consultants  My "
           "list  Login", f"TOP > Search for occupations > {area} > {g.title}", g.title,
           "Another name: " + ", ".join([*g.aliases, romaji]), "Add to My list ☆   Print   Share"]
    if variant == "facility":
        out.append(f"video: {rng.randint(2, 6)} minutes {rng.randint(10, 59)} seconds ▶")
    duty = f"We handle {_prose_list([s.lower() for s in top[:3]])} for each customer"
    duty += f", and we record the work with {_prose_list(tools)}." if tools else "."
    out += ["What kind of job is it?", duty,
            "Work is done in shifts of early, day, late and night shifts."]
    chain = _texts(g.progression)
    how = ["There are no academic requirements, and many people start without experience."]
    if variant == "route" and chain:
        how.append("Another route is the promotion route: " + " → ".join(n.lower() for n in chain)
                   + ".")
    elif chain:
        how.append(f"Experienced {chain[0].lower()}s are promoted to "
                   + " and then ".join(n.lower() for n in chain[1:]) + ".")
    how += _said("After that many aim to be {}.", [n.lower() for n in _texts(g.leads_to)
                                                   if n not in chain], "or")
    how += _said("Some change to {}.", [n.lower() for n in _texts(g.transitions_to)], "or")
    how += _said("People who have worked as {} also move to this job.",
                 [f"{_a(n)} {n.lower()}" for n in _texts(g.moves_in)], "or")
    out += ["How to get this job", " ".join(how)]
    soft = g.skills["soft"]
    if variant == "route" and soft:
        out.append(f"Useful abilities: {', '.join(s.lower() for s in soft)}.")
        soft = []
    yearly = _yearly(rng, g.role.level, 35, 1000)[0]
    region = rng.choice(_REGIONS_JP)
    local = round(yearly * rng.uniform(1.06, 1.15), -3)
    monthly = round(yearly / 16, -2)
    _salary(g, yearly, yearly, "JPY", point=True, region="National")
    _salary(g, local, local, "JPY", point=True, region=region)
    _salary(g, monthly, monthly, "JPY", period="month", point=True)
    out.append("Characteristics of working conditions")
    work = _said("Workplaces are {}.", g.sectors, "and")
    work += _said("Large corporations such as {} operate many sites.", g.employers, "and")
    if variant == "facility":
        hourly = round(yearly / 3200, -1)
        _salary(g, hourly, hourly, "JPY", period="hour", point=True)
        work.append("Many are regular employees, but part-time workers are also common, and the "
                    "job offer hourly wage for part-time is "
                    + (f"¥{_fmt(hourly)}" if _marked(g) else f"{_fmt(hourly)} yen")
                    + ". A treatment "
                    "improvement addition of about 9,000 yen per month is paid on top of the "
                    "salary.")
    else:
        high, uni = round(monthly * 0.82, -3), round(monthly * 0.97, -3)
        if uni == high:
            uni += 1000
        for value in (high, uni):
            _salary(g, value, value, "JPY", period="month", point=True, level="Entry")
        pay = [f"¥{_fmt(v)}" if _marked(g) else f"{_fmt(v)} yen" for v in (high, uni)]
        work.append(f"Starting salary for high school graduates is about {pay[0]} per month, "
                    f"and for university graduates about {pay[1]} per month. Night duty "
                    "allowance 2,500 yen per time.")
    out += [" ".join(work), "Statistical data", "Number of employees",
            f"{_fmt(rng.randint(20, 900) * 1000 + 340)} people", "working hours",
            f"{rng.randint(150, 170)} hours", "Wages (annual income)", f"{_man(yearly)}万円",
            "average age", f"{rng.randint(35, 48)}.{rng.randint(1, 9)} years old",
            "Job offer wage (monthly)", f"{monthly / 1000:g} thousand yen",
            "Effective job opening ratio", f"{rng.randint(1, 4)}.{rng.randint(10, 99)}",
            f"Area: National ▾   ({region}: {_yen_million(local)} million yen)",
            "Source: Basic Survey on Wage Structure (2025), Employment Status Survey (2022)",
            "Skills", "Skills required to carry out this job (numerical values show the level "
            "required)"]
    levels = sorted((round(rng.uniform(2.5, 3.7), 2) for _ in top), reverse=True)
    out += [f"{s} {v:.2f}" for s, v in zip(top, levels, strict=True)]
    know = [*g.skills["often_missing"], *soft]
    if know:
        out += ["knowledge", *[f"{s} {rng.uniform(2.4, 3.6):.2f}" for s in know]]
    qual = f"Certified {area} Practitioner"
    related = f"{area} Inspector"
    g.optional += [qual, related]
    out += ["Related qualifications", qual, "Related occupations",
            " ".join([related, *_texts(g.transitions_to[:1])]),
            "Is this translation helpful?   Rate this translation   Contribute a better "
            "translation", "This information was prepared based on the results of the survey "
            "and is not guaranteed to match actual conditions at each work"]
    return out


# --------------------------------------------------------------------------------------
# Volunteer role listing
# --------------------------------------------------------------------------------------
def _volunteerrole(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("uk", "us"))
    g.title_line = False
    _clear(g, "aliases", "sectors")
    town = rng.choice(_TOWNS)
    org = f"{town} {rng.choice(('Community Trust', 'Volunteer Network', 'Action Centre'))}"
    # hired ex-volunteers: optional (not a firm named like one of the page's tools, which
    # the truth keeps as a skill: "Databricks" both)
    hired = [e for e in g.employers[:1] if e not in _skills(g)] if g.transitions_to else []
    g.employers = [org]
    g.optional += hired
    paid = f"{area} Coordinator"
    g.optional.append(paid)
    tools, top = g.skills["tool"], g.skills["top"]
    ups = _said("After six months of regular shifts you can apply to become {}.",
                [f"{_a(n)} {n}" for n in _texts(g.leads_to)], "or")
    ups += _said("Several former volunteers now work as {}" + (f" at {hired[0]}." if hired
                                                              else "."),
                 [f"{_a(n)} {n}" for n in _texts(g.transitions_to)], "or")
    ins = _said("Several volunteers came to us from {} jobs.", _texts(g.moves_in), "or")
    if variant == "us":
        return _volunteer_us(rng, g, area, org, paid, ups, ins)
    g.aliases = [f"Volunteer {g.title}"]  # the heading's form of the role, no other title
    # "X is a registered charity": the organisation's own kind, a sector of the role (as
    # heldback17's real listing reads it)
    g.sectors.append("registered charity")
    site = rng.choice(("VolunteerHub UK", "Do Good Locally", "HelpNearby"))
    g.must_not_appear += [site, "We use cookies", "Back to search results", "Report this "
                          "opportunity", "Similar opportunities", "Time commitment"]
    causes = rng.sample(("Animals", "Environment & conservation", "Health & care",
                         "Community"), 2)
    g.optional += causes
    hourly = round(rng.uniform(11.2, 13.5), 2)
    hourly_hi = round(hourly + rng.uniform(0.5, 1.5), 2)
    senior = _yearly(rng, "mid", 0.24, 100)[0]
    _salary(g, hourly, hourly_hi, "GBP", period="hour", belongs_to=paid)
    _salary(g, senior, senior, "GBP", point=True, belongs_to=f"Senior {paid}")
    g.optional.append(f"Senior {paid}")
    out = ["We use cookies to improve your experience. Accept all | Manage preferences",
           f"{site}   Find opportunities   For organisations   Stories   Sign in | Register",
           "← Back to search results", f"Volunteer {g.title}",
           f"{org} · {rng.choice(_TOWNS)} · Ongoing", "♡ Save   Share   Report this opportunity",
           "Apply now", "Role details",
           f"Time commitmentOne {rng.randint(3, 5)}-hour shift a week, for at least 6 months",
           "Location typeOn site", f"Expenses paidYes – travel up to £{rng.randint(6, 9)} a shift",
           "Suitable for16+", f"Interests{' · '.join(causes)}", "About the organisation",
           f"{org} is a registered charity (No. {rng.randint(1_100_000, 1_199_999)}).",
           "What you'll be doing", f"As {_a(g.title)} {g.title} you'll join our team:"]
    out += [f"- {s.lower()}" for s in top[:3]]
    if tools:
        out.append(f"- recording the work on our patient system ({', '.join(tools)})")
    out += ["What we're looking for", "".join([*top[3:], *g.skills["soft"]])
            or "Reliability", "No experience is needed – full training is given.",
            "What's in it for you"]
    out += _said("- Training in {}", [s.lower() for s in g.skills["often_missing"]], "and")
    out += [f"- {line}" for line in ups]
    out += [f"Paid roles here include {paid} (currently £{hourly:.2f} to £{hourly_hi:.2f} an "
            f"hour); our Senior {paid} post pays £{_fmt(senior)} a year.", *ins,
            "This is an unpaid voluntary role. Reasonable travel expenses are reimbursed.",
            "Apply now", "Similar opportunities", "Hedgehog Ward Volunteer – Bristol · Dog "
            "Walker – Cotswold Rescue", f"{site} is run by the National Volunteering Network. "
            "Privacy · Accessibility · Safeguarding · Contact", "Opportunity ref: VH-552190 · "
            "Posted 12 Novem"]
    return out


def _volunteer_us(rng: random.Random, g: Guide, area: str, org: str, paid: str,
                  ups: list[str], ins: list[str]) -> list[str]:
    """A US listing: cause areas, a SKILLS strip, a workshop's methods and platform, a living
    allowance and education award (no pay), a comparison band for a paid title."""
    site = rng.choice(("VolunteerLink", "ServeNearby", "GiveHours"))
    g.must_not_appear += [site, "I Want to Help", "CAUSE AREAS", "GOOD FOR", "Similar "
                          "Opportunities"]
    causes = rng.sample(("Education & Literacy", "Immigrants & Refugees", "Community",
                         "Seniors"), 2)
    g.optional += [*causes, "AmeriCorps"]
    lo = rng.randint(19, 27)
    hi = lo + rng.randint(4, 9)
    county = f"{rng.choice(_TOWNS)} County"
    _salary(g, lo, hi, period="hour", belongs_to=paid, region=county)
    allowance = rng.choice((1450, 1550, 1650))
    tools = g.skills["tool"]
    workshop = f"Before you start, you'll complete our {rng.randint(8, 16)}-hour workshop"
    workshop += _said(", which covers {}", [s.lower() for s in g.skills["often_missing"]],
                      "and")[0] if g.skills["often_missing"] else ""
    workshop += f", and how to use our platform, {' and '.join(tools)}." if tools else "."
    return [f"{site}   Search Opportunities   Virtual   Causes   For Nonprofits   Log In",
            f"Home / Opportunities / {causes[0]} / {g.title}", f"{g.title} (Volunteer)", org,
            f"{rng.choice(_TOWNS)}, OH · Ongoing · Posted on Oct {rng.randint(2, 28)}, 2026",
            f"★ I Want to Help      ♡ {rng.randint(5, 60)} people are interested",
            "CAUSE AREAS", "   ".join(causes), "SKILLS",
            " · ".join([*g.skills["top"], *g.skills["soft"]]), "GOOD FOR",
            "Seniors · 55+ · College Students", "REQUIREMENTS",
            "Must be at least 18 · Background Check · 6 month commitment", "Description",
            f"Help our {area.lower()} programme two hours a week. {workshop}",
            *(["Who volunteers with us?", *ins] if ins else []),
            *(["Where can this lead?", " ".join(ups)] if ups else []),
            f"This is an unpaid volunteer position. Our AmeriCorps members receive a living "
            f"allowance of ${_fmt(allowance)} per month plus an education award. For "
            f"comparison, paid {_plural(paid)} in {county} earn ${lo} to ${hi} per hour.",
            "When", "Weekday evenings or Saturday mornings, flexible", "Where", org,
            "Similar Opportunities", "Citizenship Class Helper · Story Time Reader",
            f"© 2026 {site}. All rights reserved. · Terms · Privacy · Help Cen"]


# --------------------------------------------------------------------------------------
# Professional-body member-directory profile
# --------------------------------------------------------------------------------------
def _memberdirectory(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("consultant", "interpreter"))
    g.title_line = False
    _clear(g, "aliases", "leads_to", "transitions_to")
    member = rng.choice(_PEOPLE)
    colleague = rng.choice([p for p in _PEOPLE if p != member])
    g.must_not_appear += [member, colleague, "Member since"]
    path = _up_to_role(g) or [(g.role, g.title)]
    g.progression = path if len(path) >= 2 else []
    own = g.employers[:2] or [rng.choice(_FIRMS)]
    g.employers = []
    earlier = [n for r, n in g.moves_in if n not in _texts(path)][:1]
    g.moves_in = [(r, n) for r, n in g.moves_in if n in earlier]
    year, rows = 2026, []
    for i, (role, name) in enumerate(reversed(path)):
        firm = own[min(i, len(own) - 1)]
        (g.employers if _same_family(g, role) else g.optional).append(firm)
        start = year - rng.randint(2, 5)
        rows.append((f"{start} – {'present' if i == 0 else year}", name, firm))
        year = start
    for name in earlier:
        other = rng.choice(_OTHER_FIRMS)
        g.optional.append(other)
        rows.append((f"{year - 3} – {year}", name, other))
    g.employers = list(dict.fromkeys(g.employers))
    g.optional = [n for n in dict.fromkeys(g.optional) if n not in g.employers]
    if variant == "interpreter":
        return _interpreter(rng, g, area, member, colleague, rows)
    body = f"Institute of {area} Practice"
    g.must_not_appear += [body, "Find a Consultant", "Report listing"]
    day = _yearly(rng, g.role.level, 0.005, 10)[0]
    hour = round(day / 5, -1)
    test, report = day // 2 + 5, day * 2 - 50
    median = _yearly(rng, g.role.level, 0.45, 500)[0]
    p_lo, p_hi = round(median * 1.17, -3), round(median * 1.45, -3)
    _salary(g, day, day, "GBP", period="day", point=True)
    _salary(g, hour, hour, "GBP", period="hour", point=True)
    _salary(g, median, median, "GBP", point=True)
    _salary(g, p_lo, p_hi, "GBP", level="Principal")
    history = [f"{when}  {name}, {firm}" for when, name, firm in rows]
    return [f"{body}   About   Membership   Events   Journal   Find a Consultant   Member login",
            f"Find a Consultant › Results near {rng.choice(_TOWNS)} › Profile",
            f"{member} MIP CEng", f"{g.title} · {rows[0][2]}",
            "✉ Email   ☎ 0113 496 0721   🌐 Website   ⚑ Report listing",
            f"Membership grade: Member (MIP) · Member since {rng.randint(2005, 2018)} · CPD "
            "record up to date ✓", "About",
            f"I am {_a(g.title)} {g.title.lower()} advising clients on {area.lower()}.",
            "Specialisms", " | ".join([*g.skills["top"], *g.skills["often_missing"]]),
            *(["Software & equipment", " · ".join(g.skills["tool"])] if g.skills["tool"]
              else []),
            *(["Working style", " · ".join(g.skills["soft"])] if g.skills["soft"] else []),
            *(["Sectors served", " · ".join(g.sectors)] if g.sectors else []),
            "Career history", *history, "Fees",
            f"Day rate £{_fmt(day)} (expert witness work £{_fmt(hour)} an hour). Site test from "
            f"£{_fmt(test)} per visit; full assessment report from £{_fmt(report)}.",
            "Did you know?", f"In the Institute's 2025 salary survey, members reported a median "
            f"salary of £{_fmt(median)}; principals typically earned £{_fmt(p_lo)} – "
            f"£{_fmt(p_hi)}.", "Other consultants near you", f"{colleague} AMIP – "
            f"{rng.choice(_OTHER_FIRMS)} Consulting",
            "The Institute does not endorse individual members. © Institute · Privacy · Accessibi"]


def _interpreter(rng: random.Random, g: Guide, area: str, member: str, colleague: str,
                 rows: list[tuple[str, str, str]]) -> list[str]:
    """A Swiss association's profile: A/B/C languages, modes with platforms, specialised
    fields, an open "2021–" line, daily fees in CHF and EUR, a half day and a travel day in
    percent that are no pay, a staff salary "for information"."""
    body = "ASIP – Association suisse des professionnels"
    g.must_not_appear += ["Association suisse", "Download vCard", "Add to shortlist"]
    fields = rng.sample(("Finance and banking", "trade negotiations", "watchmaking",
                         "medicine and pharmaceuticals"), 2)
    g.optional += ["French", "English", "German", *fields]
    fee = rng.choice((1250, 1350, 1450, 1550))
    half, eur = fee - 400, fee - 300
    staff = f"Staff {g.title}"
    monthly = rng.choice((8800, 9300, 9800))
    g.optional.append(staff)
    _salary(g, fee, fee, "CHF", period="day", point=True)
    _salary(g, eur, eur, "EUR", period="day", point=True)
    _salary(g, monthly, monthly, "CHF", period="month", point=True, belongs_to=staff,
            level="start")
    history = [f"{when.replace(' – present', '–').replace(' – ', '–')}  {name}, {firm}"
               for when, name, firm in rows]
    modes = [*g.skills["top"], *g.skills["often_missing"]]
    if g.skills["tool"]:
        modes[-1] += f" on {' and '.join(g.skills['tool'])}"
    return [f"{body}   FR | DE | EN   Directory   Find a member   Members' area",
            "Directory › Search: Geneva / English › Profile", member,
            f"{g.title} (freelance) · Geneva, Switzerland",
            f"Member since {rng.randint(2005, 2018)} · Also available in: Lausanne, Bern",
            "Contact the member   Download vCard   Add to shortlist", "LANGUAGE COMBINATION",
            "A French   B English   C German", "MODES", " · ".join(modes),
            *(["STRENGTHS", "; ".join(g.skills["soft"])] if g.skills["soft"] else []),
            "SPECIALISED FIELDS", "; ".join(fields),
            *(["SECTORS SERVED", "; ".join(g.sectors)] if g.sectors else []),
            "PROFESSIONAL BACKGROUND", "2021–  Consultant: recruits and leads teams for "
            "clients' events", *history, "FEES AND CONDITIONS (private market)",
            f"Daily fee: CHF {_fmt(fee)} per day (up to 7 hours)",
            f"Half day: CHF {_fmt(half)} · Travel day: 50% of the daily fee",
            f"Eurozone assignments: {'€' if _marked(g, 3) else 'EUR '}{_fmt(eur)} per day",
            f"For information: {staff} posts at international organisations in Geneva start "
            f"at around CHF {_fmt(monthly)} a month.",
            f"Other members with the same combination: {colleague} (A German B English)",
            "© ASIP 2026 · Code of ethics · Imprint · Data protection · Members' newslet"]


# --------------------------------------------------------------------------------------
# "A day in the life" diary
# --------------------------------------------------------------------------------------
_HOURS = ("5:50am", "6:45am", "8:10am", "10:30am", "12:15pm", "1:00pm", "3:30pm", "5:30pm")
_HEADS = ("Alarm, coffee, out the door", "Setting up", "Team brief", "The big job",
          "Lunch (sort of)", "Afternoon round", "Paperwork", "Home, phone on")


def _dayinlife(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("hospital", "resort"))
    g.title_line = False
    _clear(g, "aliases", "sectors")
    diarist = rng.choice(_PEOPLE)
    g.must_not_appear.append(diarist)
    employer = g.employers[0] if g.employers else rng.choice(_FIRMS)
    # Hired friends: optional (a firm named like one of the page's skills, a "Databricks"
    # beside the tool, is left out: one name cannot be a skill and a name the page is
    # ambiguous about).
    named = {s.lower() for names in g.skills.values() for s in names}
    friends = [f for f in g.employers[1:3] if f.lower() not in named] if g.transitions_to \
        else []
    g.employers = [employer]
    g.optional += friends
    runs = [g.skills["top"][i::4] for i in range(4)]
    tools = g.skills["tool"]
    resort = variant == "resort"
    # (the same mark as _marked(g); in cover mode the hospital pages print "NZ$" and a bare
    # "$" in turn, so a corpus of the family tests shows both whatever the mix before it)
    marked = not resort and steer_variant(
        ("marked", "bare"), "marked" if _marked(g) else "bare") == "marked"
    hours = [h.replace("am", " AM").replace("pm", " PM").upper() for h in _HOURS] if resort \
        else list(_HOURS)
    entries = []
    for i, (hour, head) in enumerate(zip(hours, _HEADS, strict=True)):
        entries.append(f"{hour}{head}" if resort else f"{hour} – {head}")
        if i < 4 and runs[i]:
            entries.append(f"Then it's {_prose_list([s.lower() for s in runs[i]])}.")
        elif i == 5 and tools:
            entries.append(f"Everything goes into {_prose_list(tools)} before the handover.")
        elif i == 7 and not resort:
            entries.append(f"I'm on call tonight. The on-call allowance is {'NZ' * marked}$48 "
                           "a night.")
        else:
            entries.append("A quick break with the team.")
    moves_in = _said("Many of us worked as {} before.", [f"{_a(n)} {n.lower()}" for n in
                                                         _texts(g.moves_in)], "or")
    nexts = _said("I'd like to step up to {} next.", _texts(g.leads_to), "or")
    nexts += _said("Some friends moved sideways into {}" + (
        f" with companies such as {_prose_list(friends, 'or')}." if friends else "."),
        [f"{n.lower()} jobs" for n in _texts(g.transitions_to)], "or")
    above = g.leads_to[:1]
    if resort:
        return _resort(rng, g, area, diarist, employer, entries, moves_in, nexts, above)
    blog = rng.choice(("Pulse & Path", "Shift Notes", "WorkDay Diaries"))
    g.must_not_appear += [blog, "min read", "Subscribe"]
    trainee = _yearly(rng, "junior", 0.6, 1000)[0]
    lo, hi = _yearly(rng, g.role.level, 0.9, 1000)
    lo = max(lo, trainee + 5000)
    hi = max(hi, lo + 10000)
    _salary(g, trainee, trainee, "NZD", point=True, level="Trainee")
    _salary(g, lo, hi, "NZD")
    nz = "NZ$" if marked else "$"  # bare "$" on most New Zealand pages
    money = [f"Trainee {_plural(g.title).lower()} start at about {nz}{_fmt(trainee)} a year; "
             f"once you're qualified it's {nz}{_fmt(lo)} to {nz}{_fmt(hi)} depending on step."]
    for role, name in above:
        top = max(_yearly(rng, role.level, 0.9, 1000)[0], hi + 8000)
        owner, level = _owner(g, role, name)
        _salary(g, top, top, "NZD", point=True, belongs_to=owner, level=level)
        money.append(f"{_a(name).capitalize()} {name} at a big centre earns around "
                     f"{nz}{_fmt(top)}.")
    skills = [*g.skills["often_missing"], *g.skills["soft"]]
    return [f"{blog} — stories from people who keep New Zealand working",
            "Home  Careers A–Z  Day in the life  Study  Podcast  Search 🔍", "DAY IN THE LIFE",
            f"A day in the life of {_a(g.title)} {g.title.lower()}",
            f"{diarist} works as {_a(g.title)} {g.title.lower()} at {employer} in "
            f"{rng.choice(('Hamilton', 'Tauranga', 'Dunedin'))}. She kept a diary of a Tuesday "
            "for us.", f"By the {blog} team · 7 min read · 19 October 2026",
            f"#dayinthelife #{area.lower().replace(' ', '')} #nzcareers", *entries,
            "How I got here", " ".join(moves_in) or "I started straight after my degree.",
            *(["What it takes", "; ".join(skills)] if skills else []),
            "The money", " ".join(money), "What's next", " ".join(nexts) or "I'm staying put.",
            "Comments (12)", "Mere K. · 2 weeks ago",
            "Loved this! I'm a physiotherapist — is the training open to me?",
            "Get stories like this in your inbox  [ Your email ]  Subscribe",
            f"© {blog} 2026 · About · Advertise · Privacy · Editorial standa"]


def _resort(rng: random.Random, g: Guide, area: str, diarist: str, employer: str,
            entries: list[str], moves_in: list[str], nexts: list[str],
            above: list[tuple[Role, str]]) -> list[str]:
    """A Canadian resort's staff blog: time glued to the headings, hourly rates per level,
    a supervisor's band, perks and a "Now hiring" strip that are no facts."""
    g.must_not_appear += ["Lift Tickets", "Now hiring", "Line Cook"]
    rates = [round(rng.uniform(18.5, 20.5), 2)]
    for _ in range(2):  # whole units apart: the scorer reads whole units
        rates.append(round(rates[-1] + rng.uniform(2.5, 3.5), 2))
    for i, rate in enumerate(rates, 1):
        _salary(g, rate, rate, "CAD", period="hour", point=True, level=f"Level {i}")
    pay = [f"Level 1 {_plural(g.title).lower()} start at ${rates[0]:.2f} an hour, Level 2 at "
           f"${rates[1]:.2f} and Level 3 at ${rates[2]:.2f}."]
    for role, name in above:
        lo = round(rates[2] + rng.uniform(2.5, 3.5), 2)
        hi = round(lo + rng.uniform(2.5, 3.5), 2)
        owner, level = _owner(g, role, name)
        _salary(g, lo, hi, "CAD", period="hour", belongs_to=owner, level=level)
        pay.append(f"{_plural(name)} earn ${lo:.2f} to ${hi:.2f} an hour.")
    pay.append("Every seasonal employee gets a free season pass, staff housing from $480 a "
               "month and 50% off food.")
    skills = [*g.skills["often_missing"], *g.skills["soft"]]
    return [f"{employer.upper()}  Lift Tickets  Snow Report  Lessons  Lodging  Jobs  🛒 Cart",
            f"Jobs › Life at {employer} › Blog",
            f"Dawn to Sweep: a day with our {area} team",
            f"Posted by {employer} Careers · January 9, 2027 · Filed under: Winter Jobs",
            f"Ever wondered what {_plural(g.title).lower()} actually do all day? We followed "
            f"{diarist}, a second-season Level 2 {g.title.lower()}, through a storm day in "
            "British Columbia.", *entries,
            *(["What it takes", ", ".join(skills) + "."] if skills else []),
            "Getting in and moving up",  # the resort writes about its patroller: "she'd like"
            " ".join([*moves_in, *[n.replace("I'd", "She'd") for n in nexts]])
            or "Most stay for years.",
            "Pay and perks", " ".join(pay), "Now hiring for the 2027/28 season",
            f"{g.title} – Level 1 (seasonal) · Lift Operator · Line Cook", "Apply now  →",
            f"© 2027 {employer} · Accessibility · Privacy · Terms · Cont"]


# --------------------------------------------------------------------------------------
# Q&A-site question page
# --------------------------------------------------------------------------------------
def _qanda(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("quora", "stack"))
    g.title_line = False
    _clear(g, "aliases")
    people = rng.sample(_PEOPLE, 3)
    g.must_not_appear += people[:2]
    chain = _texts(g.progression)
    tools, top = g.skills["tool"], g.skills["top"]
    firm = rng.choice(_OTHER_FIRMS)
    g.optional.append(firm)  # the employer of a job someone moved on to
    if variant == "stack":
        return _stack(rng, g, area, people, chain, firm)
    g.must_not_appear += [people[2], "Related questions", "View upvotes", "Sponsored by"]
    grades = ("G-7", "G-9", "G-11", "G-12")
    base = _yearly(rng, "junior", 0.8, 100)[0]
    pays = [base + i * rng.randint(9, 14) * 1000 for i in range(len(grades))]
    for grade, pay in zip(grades, pays, strict=True):
        _salary(g, pay, pay, point=True, level=grade, region="DC area")
    how = _said("Getting in: most of us worked as {} first.", [f"{_a(n)} {n.lower()}" for n
                                                               in _texts(g.moves_in)], "or")
    path = []
    if chain:
        path.append(f"The path: you start as {_a(chain[0])} {chain[0].lower()} at G-7 or G-9, "
                    "get promoted about every year (G-11, G-12), then move up to "
                    + " and then ".join(n.lower() for n in chain[1:]) + ".")
    path += _said("After that the next step is {}.", [n for n in _texts(g.leads_to)
                                                      if n not in chain], "or")
    path += _said("A few people move into {} jobs.", _texts(g.transitions_to), "or")
    job = ["What you actually do all day: " + _prose_list([s.lower() for s in top]) + "."]
    job += _said("The tools: {}.", tools, "and")
    job += _said("It also takes {}.", [s.lower() for s in [*g.skills["often_missing"],
                                                            *g.skills["soft"]]], "and")
    job += _said("Employers include {}.", g.employers, "and")
    job += _said(f"You find {_plural(g.title).lower()} in {{}}.", g.sectors, "and")
    pay = ("Pay: roughly, a new G-7 starts around " + f"${_fmt(pays[0])} and G-9 around "
           f"${_fmt(pays[1])} in the DC area. G-11 is about ${_fmt(pays[2])} and G-12 about "
           f"${_fmt(pays[3])}. There are production bonuses on top.")
    agent = f"{area} Advisor"
    a_lo = _yearly(rng, "senior", 1.0, 1000)[0]
    a_hi = a_lo + 15000
    g.optional.append(agent)
    _salary(g, a_lo, a_hi, belongs_to=agent)
    return ["Quora", "Home  Following  Answer  Spaces  Notifications  🔍 Search Quora",
            f"{area} · Careers · Federal Government Jobs",
            f"What is the career path of {_a(g.title)} {g.title.lower()}, and how much do they "
            "make?", f"All related ({rng.randint(8, 60)})  Sort  Recommended ▾",
            f"Profile photo for {people[0]}", people[0],
            f"{g.title} (public sector), 2013–present · Updated 1y",
            "I've done this job for about twelve years, so here's the honest version.",
            *how, " ".join(path) or "There's no formal ladder.", " ".join(job), pay,
            f"{rng.randint(1, 9)}.{rng.randint(1, 9)}K views · View upvotes · Answer requested "
            f"by {people[2]}", f"Upvote · {rng.randint(40, 400)}   💬 14   Share",
            "Sponsored by LexiCourse", "Thinking about a career change? Take our free $49 "
            "diagnostic today.", "Learn More", f"Profile photo for {people[1]}", people[1],
            f"Former {g.title.lower()}, now {agent.lower()} · 2y",
            f"I did five years and left as a G-12 for an {agent.lower()} job at {firm}. "
            f"First-year {_plural(agent).lower()} there start at ${_fmt(a_lo)}-${_fmt(a_hi)}.",
            f"Upvote · {rng.randint(10, 99)}   Share", "Related questions",
            f"Is being {_a(g.title)} {g.title.lower()} boring?",
            f"Can I become {_a(g.title)} {g.title.lower()} with a biology deg"]


def _stack(rng: random.Random, g: Guide, area: str, people: list[str], chain: list[str],
           firm: str) -> list[str]:
    """A Stack Exchange question: the asker's own job and pay (his title owns it), tags, an
    accepted answer with an arrow ladder and bands of two rungs, comments signed with a
    time holding an employer and a classification's pay, "Hot Network Questions" cut off."""
    g.must_not_appear += ["Stack Exchange", "Hot Network Questions", "Improve this question"]
    asker = f"Senior {area} Auditor"
    asked = _yearly(rng, "mid", 0.7, 1000)[0]
    g.optional.append(asker)
    _salary(g, asked, asked, "CAD", point=True, belongs_to=asker)
    moves = _said("Audit is one way in; the other common feeders are {}.",
                  [f"{n.lower()} roles" for n in _texts(g.moves_in)], "and")
    ladder = [f"In the big practices the ladder is {' → '.join(chain)}."] if chain else []
    ladder += _said("The next step up is {}.", [n for n in _texts(g.leads_to) if n not in chain],
                    "or")
    ladder += _said("Some people move sideways into {} roles.", _texts(g.transitions_to), "or")
    ladder += _said(f"{_plural(g.title)} work in {{}}.", g.sectors, "and")
    tools = g.skills["tool"]
    rows = [f"{s} – {', '.join(tools)}" if i == 0 and tools else s
            for i, s in enumerate([*g.skills["top"], *g.skills["often_missing"],
                                   *g.skills["soft"]])]
    pays = []
    for role, name in g.progression[1:3]:
        lo, hi = _yearly(rng, role.level, 0.75, 1000)
        owner, level = (None, None) if role is g.role else _owner(g, role, name)
        _salary(g, lo, hi, "CAD", belongs_to=owner, level=level)
        pays.append(f"{_plural(name).lower()} are around ${_fmt(lo)}–${_fmt(hi)}")
    if not pays:
        lo, hi = _yearly(rng, g.role.level, 0.75, 1000)
        _salary(g, lo, hi, "CAD")
        pays.append(f"{_plural(g.title).lower()} are around ${_fmt(lo)}–${_fmt(hi)}")
    emp = g.employers[:1]
    g.employers = emp
    fi = _yearly(rng, "junior", 0.75, 1000)[0] + 500
    _salary(g, fi, fi, "CAD", point=True, level="FI-2")
    user = people[2].split()[0]
    comments = [f"3  Worth adding: {emp[0]} hires {_plural(g.title).lower()} too. – "
                f"{people[2].split()[0]} {people[2].split()[1][0]}. Mar 5 at 17:40"] if emp else []
    lead = (f"@{user} good point, their pay is" if emp else
            f"Government {_plural(g.title).lower()} are paid")
    comments.append(f"1  {lead} on the federal FI classification, roughly ${_fmt(fi)} at "
                    f"FI-2. – {people[0]} Mar 5 at 18:02")
    return ["Stack Exchange   ☰   The Workplace   Questions  Tags  Users  Unanswered   Log in",
            f"How do I move into {g.title.lower()} work in Canada?",
            "Asked 8 months ago  Modified 7 months ago  Viewed 3k times", "▲ 14 ▼  🔖",
            f"I'm working as a {asker} at a mid-size firm in Toronto (about ${_fmt(asked)} plus "
            f"overtime). What does the career path of {_a(g.title)} {g.title.lower()} look "
            "like, and will I take a pay cut?", "canada  career-development  career-switch",
            "Share  Improve this question  Follow", f"asked Mar 4 at 13:22  {people[1]}  1,204",
            "2 Answers  Sorted by: Highest score (default) ▾", "▲ 21 ▼  ✔",
            f"I made this exact move six years ago and am now {_a(g.title)} {g.title.lower()}.",
            " ".join([*moves, *ladder]) or "There is no single path.",
            "Skills that mattered for me:", *rows,
            "Pay. In Toronto, " + "; ".join(pays) + ". Busy-season overtime disappears.",
            "Share  Improve this answer  Follow",
            f"answered Mar 5 at 02:47  {people[0]}  8,931", *comments, "▲ 4 ▼",
            f"Not {g.title.lower()} myself, but {firm} hired two of our seniors last year.",
            "Share  Improve this answer  Follow", "Your Answer",
            "Not the answer you're looking for? Browse other questions tagged canada",
            "Hot Network Questions", "Is it unprofessional to decline a team lunch?",
            "How to tell my manager I'm interviewing intern"]


FAMILY17_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "citypay": _citypay, "jobtagjp": _jobtagjp, "volunteerrole": _volunteerrole,
    "memberdirectory": _memberdirectory, "dayinlife": _dayinlife, "qanda": _qanda,
}
