"""Generator renderers for the six page families of held-back set 19 (occupation in numbers ...).

Held-back set 19 showed six more kinds of page users bring: a job bank's or statistics
office's "occupation in numbers" page (medians by region as points, 10th and 90th percentiles
that are no band, labour flows giving moves in, sideways and up), a search engine's results
page (a featured snippet, a jobs box whose other titles own their pay, questions that are no
pay, snippets cut off at "..."), a bilingual careers-fair handout (Malay/English headings, two
columns run side by side, words broken at line ends, allowances and "up to" ceilings that are
no pay), an Italian career page read through machine translation ("€ 1.682,50", net pay that
is no salary, regions glued "Lombardy€ 28.600Piedmont…"), a trade union's "about the job"
page (contract steps as points, other classifications owning their rates, dues and benefits
that are no pay) and a Reddit pay megathread (each commenter's rate in his city and currency,
tips and whole-job prices that are no pay, a fill-in template one field a line, glued or split
by " | "). These renderers write such pages from a planned guide, two variants a family; every
fact the truth keeps is printed and what a style does not state is cleared.

>>> _it(1682.5), _it(26000), _it(13.33)
('1.682,50', '26.000', '13,33')
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import (
    _a,
    _clear,
    _plural,
    _prose_list,
    _said,
    _salary,
    _texts,
    pick_variant,
)
from benchmarks.web_families12 import _PEOPLE, _TOWNS, _fmt, _yearly
from benchmarks.web_families15 import _FIRMS, _OTHER_FIRMS
from benchmarks.web_families17 import _fresh, _unused
from benchmarks.web_families18 import _br, _dotted, _rung

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY19_ALIAS_LAYOUTS", "FAMILY19_LADDER_LAYOUTS", "FAMILY19_LAYOUTS",
           "FAMILY19_RENDERERS"]

FAMILY19_LAYOUTS = ("occnumbers", "serp", "fairhandout", "italianmt", "unionleaflet",
                    "earnthread")
# The fair handout and the Italian guide print the whole career path with arrows; the job
# bank lists "Job titles in this group", the fair "also known as", the Italian page "also
# called" and the union "called … in our contracts".
FAMILY19_LADDER_LAYOUTS = ("fairhandout", "italianmt")
FAMILY19_ALIAS_LAYOUTS = ("occnumbers", "fairhandout", "italianmt", "unionleaflet")


def _it(amount: float) -> str:
    """Italian notation as a translator leaves it: cents after a comma only when there are
    cents ("1.682,50", "26.000")."""
    return _dotted(int(amount)) if float(amount).is_integer() else _br(amount)


def _many(title: str) -> str:
    """A title in the plural, lowercased, where the plural keeps the title whole ("welders";
    "director of sales" stays as it is).

    >>> _many("Welder"), _many("Director of Sales")
    ('welders', 'director of sales')
    """
    return title.lower() if " of " in title else _plural(title).lower()


def _no_skills(g: Guide) -> None:
    """The style names no skills."""
    g.skills = {kind: [] for kind in g.skills}


def _apart(value: float, used: list[float]) -> float:
    """``value`` (to the cent) moved up until it lies more than one unit from every figure in
    ``used`` (two figures of one owner, currency and period must stay apart for the scorer).

    >>> _apart(17.4, [17.0, 18.5])
    19.65
    """
    value = round(value, 2)
    while any(abs(value - u) <= 1.0 for u in used):
        value = round(value + 1.25, 2)
    used.append(value)
    return value


def _chain_text(g: Guide, arrow: str) -> list[str]:
    """The whole ladder with arrows, then next steps off it, or the next steps alone."""
    chain = _texts(g.progression)
    off = [t for t in _texts(g.leads_to) if t not in chain]
    out = [f" {arrow} ".join(chain)] if chain else []
    return out + _said("Some go on to {}.", off, "or")


# --------------------------------------------------------------------------------------
# "Occupation in numbers": a job bank's wages page or a statistics office's article
# --------------------------------------------------------------------------------------
_PROVINCES = ("Alberta", "British Columbia", "Ontario", "Quebec", "Saskatchewan", "Manitoba",
              "Nova Scotia")
_REGIONS = ("North East", "North West", "Yorkshire and The Humber", "East Midlands", "London",
            "South East", "Wales", "Scotland")


def _occnumbers(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("jobbank", "stats"))
    g.title_line = False
    if variant == "stats":
        return _stats(rng, g, area)
    code = rng.randint(10000, 99999)
    g.must_not_appear += ["Job Market Explorer", f"NOC {code}", "Save to my dashboard",
                          "Compare occupations", "Date modified", "N/A"]
    plural = _plural(g.title).lower()
    median = round(_yearly(rng, g.role.level, 1.3, 100)[0] / 2080, 2)
    provinces = rng.sample(_PROVINCES, rng.randint(3, 5))
    taken: list[float] = []
    medians = [_apart(median + rng.randint(-6, 6) + rng.randint(0, 19) / 20, taken)
               for _ in range(len(provinces) + 1)]
    rows = ["Community/Area | Low | Median | High"]
    for place, mid in zip(["Canada", *provinces], medians, strict=True):
        _salary(g, mid, mid, "CAD", period="hour", point=True, region=place)
        low, high = round(mid * 0.68 + 0.37, 2), round(mid * 1.31 + 0.41, 2)  # percentiles
        rows.append(f"{place} | {low:.2f} | {mid:.2f} | {high:.2f}")
    rows.append("Northwest Territories | N/A | N/A | N/A")
    yearly = int(round(medians[1] * 2080, -2))
    _salary(g, yearly, yearly, "CAD", point=True, region=provinces[0])
    similar = [f"{area} technologists", f"{area} inspectors"]
    g.optional += [*similar, "Red Seal endorsement"]
    moves = _said(f"{_plural(g.title)} with experience can become {{}}.",
                  [n.lower() for n in _texts(g.leads_to)], "or")
    moves += _said("Some move to work as {}.",
                   [_many(n) for n in _texts(g.transitions_to)], "or")
    moves += _said("Most new entrants come from {} positions.",
                   [n.lower() for n in _texts(g.moves_in)], "or")
    glued = "".join(g.skills["often_missing"])
    tools, top = g.skills["tool"], g.skills["top"]
    return ["Canada.ca  Jobs  Job Market Explorer", "Français", "MENU",
            f"Job Market Explorer  >  Explore careers  >  {g.title}", f"{g.title} in Canada",
            f"NOC {code}  |  Job titles in this group: "
            + ", ".join([g.title.lower(), *[a.lower() for a in g.aliases]]),
            "Save to my dashboard  Compare occupations",
            "Overview Wages Outlook Requirements Skills Education", "Wages",
            "Prevailing wages in Canada (hourly)", *rows,
            "Low = 10th percentile, High = 90th percentile. Wages are hourly before tax and "
            "deductions, from the Labour Force Survey, 2025.",
            f"Apprentices earn a rising share of the journeyperson rate: typically "
            f"{rng.choice((50, 55, 60))}% in first year up to 85% in fourth year.",
            f"Looking at yearly salaries? A full-time {g.title.lower()} at the median in "
            f"{provinces[0]} earns about ${_fmt(yearly)} a year.", "Job outlook",
            "Outlook over the next 3 years (2026-2028)",
            f"★★★☆ Good ({provinces[1]})  ★★☆☆ Moderate ({provinces[-1]})",
            *_said("Employment in this occupation is concentrated in {}.", g.sectors, "and"),
            *_said("Employers that recently advertised include {}.", g.employers, "and"),
            "Job requirements", f"Red Seal endorsement is available to qualified {plural}.",
            "Skills and knowledge", *(["Top skills (from job postings)", glued] if glued else []),
            *(["Knowledge", ", ".join(top)] if top else []),
            *(["Tools and equipment", ", ".join(tools)] if tools else []),
            *_said("Work styles: {}.", g.skills["soft"], "and"),
            "Career moves", " ".join(moves) or "Most stay in the occupation.",
            "Similar occupations", " | ".join(s.capitalize() for s in similar),
            "Report a problem or mistake on this page", "Date modified: 2026-1"]


def _stats(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A statistics office's data article: the national median a year and an hour, each
    region's median, a pay scale's band for the role's grade and the next grade's own band,
    a one-sided lowest decile and a bonus that are no pay, labour flows as moves."""
    _no_skills(g)
    plural = _plural(g.title).lower()
    code = rng.randint(1000, 9999)
    g.must_not_appear += ["Release date", "Next release", "Print this article",
                          "Table of contents", f"SOC 2020 code {code}", "Chart description",
                          "Joiners", "Leavers"]
    median = _yearly(rng, g.role.level, 0.8, 100)[0]
    used = {median}
    _salary(g, median, median, "GBP", point=True)
    regions = rng.sample(_REGIONS, rng.randint(4, 7))
    cells = []
    for region in regions:
        value = _fresh(int(round(median * rng.uniform(0.9, 1.12), -2)), used, 200)
        _salary(g, value, value, "GBP", point=True, region=region)
        cells.append(f"{region} £{_fmt(value)}")
    hourly = round(median / 2059, 2)
    _salary(g, hourly, hourly, "GBP", period="hour", point=True)
    decile = _fresh(int(round(median * 0.8, -2)), used, 100)
    band = (_fresh(int(median * 0.94), used, 7), _fresh(int(median * 1.03), used, 50))
    grade = rng.randint(2, 5)
    _salary(g, *band, "GBP", level=f"Band {grade}")
    scale = [f"For context, the national pay scale sets Band {grade} {g.title.lower()} pay at "
             f"£{_fmt(band[0])} to £{_fmt(band[1])} a year (national rate, 37-hour week)"]
    for role, title in g.leads_to[:1]:
        lo = _fresh(band[1] + rng.randint(10, 20) * 100, used, 50)
        hi = _fresh(lo + rng.randint(20, 40) * 100, used, 50)
        _rung(g, lo, hi, "GBP", role, title)
        scale.append(f"Band {grade + 1} {_many(title)} are paid £{_fmt(lo)} to "
                     f"£{_fmt(hi)}")
    bonus = _unused(g, rng.choice((2000, 3000, 5000)), 500)
    shares = iter(lambda: rng.randint(6, 20), None)
    flows = _said(f"Of people who were {plural} in 2026 and had a different job a year "
                  "earlier, the most common previous occupations were {}.",
                  [f"{_many(n)} ({next(shares)}%)" for n in _texts(g.moves_in)],
                  "and")
    flows += _said("Of those who moved to another occupation, the most common new occupations "
                   "were {}.", [f"{_many(n)} ({next(shares)}%)"
                                for n in _texts(g.transitions_to)], "and")
    flows += _said(f"A further {next(shares)}% were promoted to {{}}.",
                   [_many(n) for n in _texts(g.leads_to)], "or")
    aka = f", also known as {_prose_list([_plural(a).lower() for a in g.aliases])}" \
        if g.aliases else ""
    where = _said(f"Most {plural} work for {{}}.", g.employers, "and")
    where += _said("They work in {}.", g.sectors, "and")
    return ["Office for National Statistics (ONS)",
            "Home > Employment and labour market > People in work > Articles",
            f"{_plural(g.title)} in numbers: England and Wales, 2026",
            f"Who works as {_a(g.title)} {g.title.lower()}, what they earn and where they move "
            "to and from, using the Labour Force Survey.",
            f"Release date: {rng.randint(2, 28)} October 2026   Next release: To be announced",
            "Print this article   Download as PDF", "Table of contents",
            "1.Main points2.Who are they?3.Pay4.Where they come from and go to5.Glossary",
            "1. Main points",
            f"There were an estimated {rng.randint(5, 90)},{rng.randint(100, 999)}"
            f" {plural} (SOC 2020 code {code}{aka}) in England and Wales in the year to June 2026.",
            f"Median gross annual pay for full-time {plural} was £{_fmt(median)} in April 2026, "
            f"up {rng.randint(2, 6)}.{rng.randint(1, 9)}% on the year.",
            f"2. Who are {plural}?", f"Figure 1: {_plural(g.title)} by age group, 2026",
            f"Chart description: bar chart. 16 to 24: {rng.randint(8, 15)}%; 25 to 34: 31%; "
            "35 to 49: 34%; 50 and over: 22%.", "Download this chart Figure 1 .xlsx",
            " ".join(where) or "They work across the economy.", "3. Pay",
            f"Figure 2: Median gross annual pay, full-time {plural}, by region, April 2026",
            " | ".join(cells), "Download this chart Figure 2 .xlsx",
            f"Median hourly pay excluding overtime was £{hourly:.2f}. The lowest-paid 10% earned "
            f"less than £{_fmt(decile)} a year.",
            "; ".join(scale) + f". The recruitment bonus of £{_fmt(bonus)} is not included in "
            "these estimates.", "4. Where they come from and go to",
            " ".join(flows) or "Few move in or out.",
            "Figure 3: Flows into and out of the occupation, 2021 to 2026 (thousands)",
            "Year | Joiners | Leavers", f"2021 | {rng.randint(2, 9)}.1 | 5.2",
            "5. Glossary", "Median: the value below which 50% of employees fall.",
            "Estimates with fewer than 30 sample cases are suppressed ([x]). Gross pay "
            "excludes overtime and one-off bonu"]


# --------------------------------------------------------------------------------------
# Search engine results page
# --------------------------------------------------------------------------------------
_OTHER_TITLE = "Coordinator"  # no head noun of the generated titles: no rung of the role


def _serp(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("pay", "howto"))
    g.title_line = False
    _clear(g, "aliases")
    if variant == "howto":
        return _howto(rng, g, area)
    city = rng.choice(_TOWNS)
    low = g.title.lower()
    plural = _plural(g.title)
    g.must_not_appear += ["Featured snippet from the web", "About featured snippets",
                          "People also ask", "100+ more jobs", "Related searches",
                          f"{low} salary {city.lower()} per hour", "Update location"]
    avg = _yearly(rng, g.role.level, 0.8, 100)[0]
    used = {avg}
    hour = round(avg / 1950, 2)
    start = _fresh(int(round(avg * 0.84, -2)), used, 100)
    ceiling = _fresh(int(round(avg * 1.3, -3)), used, 1000)
    _salary(g, avg, avg, "GBP", point=True)
    _salary(g, hour, hour, "GBP", period="hour", point=True)
    _salary(g, start, start, "GBP", point=True, level="entry level")
    question = _fresh(int(round(avg * 1.1, -4)) or 30000, used, 1000)  # later figures avoid it
    firms = g.employers[:1] or [rng.choice(_FIRMS)]
    g.employers = firms
    jobs = ["Jobs"]
    district = rng.choice(("Soho", "Mayfair", "Old Town", "Docklands"))
    rate = round(hour * 0.95, 2)
    top_rate = round(rate + rng.randint(150, 300) / 100, 2)
    _salary(g, rate, top_rate, "GBP", period="hour", region=f"{city} ({district})")
    jobs += [g.title, f"{firms[0]} · {city} ({district})", "via Caterer.com",
             f"£{rate:.2f}–£{top_rate:.2f} an hour  Full-time"]
    other = f"{area} {_OTHER_TITLE}"
    other_firm = rng.choice(_OTHER_FIRMS)
    pay = round(hour * 0.85, 2)
    _salary(g, pay, pay, "GBP", period="hour", point=True, belongs_to=other)
    g.optional += [other, other_firm]
    jobs += [other, f"{other_firm} · {city}", "via LinkedIn", f"£{pay:.2f} an hour  Part-time",
             "→ 100+ more jobs"]
    starter = _fresh(int(round(avg * 0.5, -3)), used, 1000)
    experienced = _fresh(int(round(avg * 1.05, -3)), used, 1000)
    _salary(g, starter, experienced, "GBP")
    careers = [f"{plural} work in {_prose_list(g.sectors)}. ..." if g.sectors else
               f"{plural} work across {area.lower()}. ...",
               f"Starter £{_fmt(starter)} to Experienced £{_fmt(experienced)}. ..."]
    careers += _said("You could become {}", [n.lower() for n in _texts(g.leads_to)], "or")
    careers += _said("or move into {} work for a ...",
                     [n.lower() for n in _texts(g.transitions_to)], "or")
    snippets = ["National Careers Service",
                f"https://nationalcareers.service.gov.uk › job-profiles › {low.replace(' ', '-')}",
                f"{g.title} | Explore careers", " ".join(careers)]
    base = _fresh(int(round(avg * 1.15, -3)), used, 1000)
    _salary(g, base, base, "GBP", point=True)
    skills = g.skills["top"][:3]
    cut = g.skills["top"][3:4]
    g.skills = {"top": skills}
    g.optional += cut
    came = _said("started as {}.", [f"{_a(n)} {n.lower()}" for n in _texts(g.moves_in)], "or")
    snippets += [f"Reddit · r/{area.replace(' ', '')}jobs", "260+ comments · 1 year ago",
                 f"Honest question – {plural.lower()} in {city}, what do you take home?",
                 f"{g.title} at a firm in {city} here: £{base // 1000}k base after 4 yrs"
                 + (f", {came[0]}" if came else ".") + " Skills that get you hired: "
                 + ", ".join(skills + [f"{c}..." for c in cut])]
    checker = (_fresh(int(round(avg * 0.88, -2)), used, 500),
               _fresh(int(round(avg * 1.16, -2)), used, 500))
    _salary(g, *checker, "GBP", region=city)
    check = [f"{plural} in {city} earn £{_fmt(checker[0])} to £{_fmt(checker[1])}."]
    for role, title in g.leads_to[:1]:
        lo = _fresh(checker[1] + 500, used, 500)
        hi = _fresh(lo + rng.randint(5, 12) * 1000, used, 1000)
        _rung(g, lo, hi, "GBP", role, title)
        check.append(f"{title}: £{_fmt(lo)} – £{_fmt(hi)}.")
    slug = low.replace(" ", "-")
    snippets += ["Caterer.com", f"https://www.caterer.com › salary-checker › {slug}",
                 f"{g.title} salary {city} | Salary Checker",
                 " ".join(check) + f" Based on {rng.randint(300, 2000):,} job ads ..."]
    return ["Google", f"{low} salary {city.lower()}",
            "AllNewsImagesShort videosShoppingMore  Tools",
            f"About {rng.randint(100, 999)},{rng.randint(100, 999)},000 results "
            f"(0.{rng.randint(20, 60)} seconds)", "Featured snippet from the web",
            f"£{_fmt(avg)} a year",
            f"The average {low} salary in {city} is £{_fmt(avg)} per year or £{hour:.2f} per hour."
            f" Entry level positions start at £{_fmt(start)} per year while most experienced "
            f"workers make up to £{_fmt(ceiling)} per year.", "PayLens",
            f"https://www.paylens.co.uk › salary › {low.replace(' ', '-')}",
            f"{g.title} Salary in {city}, 2026 - PayLens", "About featured snippets • Feedback",
            "People also ask", f"How much does a senior {low} earn in {city}?",
            f"Is £{_fmt(question)} a good salary for {_a(g.title)} {low}?",
            f"What qualifications do you need to be {_a(g.title)} {low}?", "Feedback",
            *jobs, *snippets, "Related searches", f"{low} salary {city.lower()} per hour",
            f"{low} jobs {city.lower()}", "Page navigation", "1 2 3 4 5 6 7 8 9 10 Next",
            f"United Kingdom · {city} - From your IP address · Update location",
            "HelpSend feedbackPrivacyTer"]


def _howto(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A "how to become" query on another engine: an official site's snippet with an hourly
    start band and a graded figure, an expanded question naming earlier jobs, a careers
    site's skills snippet cut after "and ...", a job site's average and top companies."""
    low = g.title.lower()
    plural = _plural(g.title)
    g.must_not_appear += ["Microsoft Bing", "ALLSEARCHIMAGESVIDEOSMAPSNEWSMORE",
                          "Explore further", "People also ask", "Related searches", "Pagination",
                          "About our ads", f"{low} jobs near me"]
    hourly = (rng.randint(16, 22), 0)
    hourly = (hourly[0], hourly[0] + rng.randint(3, 6))
    _salary(g, *hourly, period="hour", level="Junior")
    graded = _yearly(rng, g.role.level, 1.0, 1)[0] + rng.randint(1, 9) * 111
    _salary(g, graded, graded, point=True, level="GS-9")
    used = {graded}
    official = [f"{plural} keep {area.lower()} work running. Most start as juniors at about "
                 f"${hourly[0]}–${hourly[1]} an hour; a GS-9 {low} earned ${_fmt(graded)} in "
                 "2026."]
    official += _said(f"{plural} move up to {{}}.", [n.lower() for n in _texts(g.leads_to)],
                      "and")
    state = rng.choice(("Texas", "Ohio", "Oregon", "Georgia"))
    start = _fresh(_yearly(rng, "junior", 0.8, 100)[0], used, 100)
    _salary(g, start, start, point=True, region=state)
    answers = ["People also ask", f"What degree do you need to be {_a(g.title)} {low}?"]
    degree = f"bachelor's degree in {area.lower()}"
    g.optional.append(degree)
    answers.append(f"Most hold a {degree}." + "".join(_said(
        " Many started as {}.", [f"{_a(n)} {n.lower()}" for n in _texts(g.moves_in)], "or")))
    answers += [f"{area.lower().replace(' ', '')}careers.org",
                f"Do {plural.lower()} work weekends?",
                f"How much do {plural.lower()} make in {state}?",
                f"{state} {plural.lower()} start at ${_fmt(start)}.", "jobsdata.org"]
    videos = ["Videos", f"{rng.randint(3, 19)}:{rng.randint(10, 59)}",
              f"A Day in the Life of {_a(g.title)} {g.title}",
              f"YouTube · Career Clips · {rng.randint(20, 900)}K views · 8 months ago"]
    top, tools = g.skills["top"], g.skills["tool"]
    g.skills = {"top": top, "tool": tools}
    use = (f" {plural} use {', '.join(tools[:-1])} and ..." if len(tools) > 1 else
           f" {plural} use {tools[0]} daily." if tools else "")
    careers = [f"{area} Careers Hub", f"https://www.{area.lower().replace(' ', '')}careers.org › "
               f"{low.replace(' ', '-')}", f"What does {_a(g.title)} {low} do? Skills and duties",
               f"Web 14 Mar 2026 · Skills: {_prose_list(top)}." + use]
    if len(tools) > 1:  # the last tool is cut off after "and ..."
        g.skills["tool"] = tools[:-1]
    g.skills["top"] = top
    average = _fresh(_yearly(rng, g.role.level, 1.0, 1)[0], used, 7)
    _salary(g, average, average, point=True)
    firms = g.employers[:3]
    g.employers = firms
    tops = []
    for firm in firms:
        value = _fresh(int(round(average * rng.uniform(0.85, 1.2), -2)), used, 100)
        _salary(g, value, value, point=True)
        tops.append(f"{firm} ${_fmt(value)}")
    indeed = (f"Web The average salary for {_a(g.title)} {low} is ${_fmt(average)} per year in "
              f"the United States. {rng.randint(1, 9)}.{rng.randint(1, 9)}k salaries reported."
              + (f" Top companies: {'; '.join(tops)} ..." if tops else ""))
    g.transitions_to = []
    g.sectors = []
    return ["Microsoft Bing", f"how to become {_a(g.title)} {low}",
            "ALLSEARCHIMAGESVIDEOSMAPSNEWSMORE", f"About {rng.randint(100, 900)},000 results",
            "Tip: Search for English results only.", "usajobs.gov",
            f"https://www.usajobs.gov › careers › {low.replace(' ', '-')}",
            f"{g.title} Careers - Federal Service", "Web " + " ".join(official),
            "Explore further", f"{g.title} Salary by State | paybystate.org", *answers,
            *videos, *careers, "Indeed",
            f"https://www.indeed.com › career › {low.replace(' ', '-')} › salaries",
            f"{g.title} salary in United States - Indeed", indeed, "Related searches",
            f"{low} requirements", f"{low} jobs near me", "Pagination", "12345Next",
            "Privacy and Cookies  Legal  Advertise  About our ads  Help  © 2026 Micros"]


# --------------------------------------------------------------------------------------
# Careers-fair handout turned to text
# --------------------------------------------------------------------------------------
def _fairhandout(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("card", "sheet"))
    g.title_line = False
    if variant == "sheet":
        return _sheet(rng, g, area)
    fair = "KARNIVAL KERJAYA 2026 | CAREERS CARNIVAL 2026"
    card = f"CAREER PROFILE CARD {rng.randint(1, 24):02d} / 24"
    g.must_not_appear += ["KARNIVAL KERJAYA 2026", "Free entry", card, "APA KERJA INI?",
                          "KEMAHIRAN", "GAJI", "LALUAN KERJAYA", "JUMPA MAJIKAN", "Hall C",
                          "Scan the QR"]
    plural = _plural(g.title)
    tools, top = g.skills["tool"], g.skills["top"]
    what = (f"{plural} keep {area.lower()} work running"
            + (f" for {_prose_list(g.sectors)} firms." if g.sectors else ".")
            + (f" You work with {_prose_list(tools)}." if tools else ""))
    items = [*top, *g.skills["soft"]]
    glued = g.skills["often_missing"]
    lines = [f"- {s}" for s in items + glued[:-2]]
    lines += [f"- {glued[-2]}- {glued[-1]}"] if len(glued) >= 2 else [f"- {s}" for s in glued]
    used: set[int] = set()
    apprentice = _fresh(int(round(_yearly(rng, "junior", 0.3, 100)[0] / 12, -2)), used, 100)
    _salary(g, apprentice, apprentice, "MYR", period="month", point=True, level="Apprentice")
    band = (_fresh(apprentice + rng.randint(4, 8) * 100, used, 100), 0)
    band = (band[0], _fresh(band[0] + rng.randint(6, 10) * 100, used, 100))
    _salary(g, *band, "MYR", period="month")
    pay = [f"Apprentice (dual-training): RM{_fmt(apprentice)} + allowance",
           f"{g.title}: RM{_fmt(band[0])} – RM{_fmt(band[1])}"]
    for role, title in g.leads_to[:1]:
        lo = _fresh(band[1] + rng.randint(5, 9) * 100, used, 100)
        hi = _fresh(lo + rng.randint(10, 15) * 100, used, 100)
        _rung(g, lo, hi, "MYR", role, title, period="month")
        pay.append(f"{title}: RM{_fmt(lo)} – RM{_fmt(hi)}")
    ceiling = _fresh(max(used) + 1500, used, 100)
    pay += [f"Specialist, {rng.choice(_TOWNS)}: up to RM{_fmt(ceiling)}",
            "Overtime and shift allowance not included."]
    path = _chain_text(g, "➜")
    path += _said("or side-step to {}.", _texts(g.transitions_to), "or")
    path += _said(f"Many {plural.lower()} start as {{}}.",
                  [_many(n) for n in _texts(g.moves_in)], "or")
    schools = [f"{area} Skills Institute", "ADTEC Batu Pahat"]
    g.optional += schools
    firms = g.employers[:2]
    g.employers = firms
    other = rng.choice(_OTHER_FIRMS)
    g.optional.append(other)
    meet = [f"{f} (Hall B, stand {rng.randint(1, 40)}) - hiring {plural.lower()}" for f in firms]
    meet.append(f"{other} (Hall C, stand {rng.randint(1, 40)}) - hiring drivers")
    rule = "-" * 60
    return [fair, f"Dewan Besar, {rng.choice(_TOWNS)} · 9–10 May · Free entry", card,
            f"{g.title.upper()}",
            *(["Also called: " + ", ".join(g.aliases)] if g.aliases else []), rule,
            "APA KERJA INI? / WHAT IS THE JOB?", what, rule, "KEMAHIRAN / SKILLS", *lines, rule,
            "GAJI / PAY (gross, per month)", *pay, rule, "LALUAN KERJAYA / CAREER PATH",
            *(path or ["Most stay in the job."]), rule, "DI MANA BELAJAR? / WHERE TO TRAIN",
            " · ".join(schools), rule, "JUMPA MAJIKAN / MEET EMPLOYERS AT THIS FAIR", *meet,
            f"Scan the QR for the full list of {rng.randint(30, 90)} exhibitors >>> [QR]",
            "Organised by the Skills Council. Card printed on recycled pa"]


def _columns(left: list[str], right: list[str]) -> list[str]:
    """Two columns run side by side line by line, as a PDF's text layer gives them."""
    width = max(len(s) for s in left) + 4
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return [f"{a.ljust(width)}{b}".rstrip() for a, b in zip(left, right, strict=True)]


def _sheet(rng: random.Random, g: Guide, area: str) -> list[str]:
    """An employer's two-page fair sheet: a running head repeated, two columns run side by
    side with a word broken at a line end, pay by rung in S$ with allowances that are no pay,
    the career path, a former colleague's quote and a training list."""
    head = "HEALTHCARE CAREERS FAIR 2026 · EXPO HALL 401 · 14–15 MARCH"
    _clear(g, "sectors")
    firm = g.employers[0] if g.employers else rng.choice(_FIRMS)
    g.employers = [firm]
    person = rng.choice(_PEOPLE)
    g.must_not_appear += [head, "MEET US AT BOOTH C12", "Page 1 of 2", "SCAN TO APPLY",
                          "treat-", person, "Equal opportunity employer"]
    plural = _plural(g.title)
    left = ["Who we are", f"{firm} runs 22 sites", "across the region, treat-",
            "ing more than 2,400 clients", "a week.", "", "Who we are looking for",
            *[f" {s}" for s in g.skills["soft"] + g.skills["often_missing"]]]
    right = ["What you will do", *[f"- {s}" for s in g.skills["top"]],
             *[f"- use {t} daily" for t in g.skills["tool"]]]
    used: set[int] = set()
    month = int(round(_yearly(rng, g.role.level, 1.3, 100)[0] / 12, -2))
    trainee = _fresh(int(round(month * 0.75, -2)), used, 100)
    _salary(g, trainee, trainee, "SGD", period="month", point=True, level="Trainee")
    band = (_fresh(trainee + 400, used, 100), _fresh(trainee + 1100, used, 100))
    _salary(g, *band, "SGD", period="month")
    pay = [f"Trainee {g.title} (6-month programme): S${_fmt(trainee)} per month",
           f"{g.title}: S${_fmt(band[0])} – S${_fmt(band[1])} per month"]
    later = []
    for role, title in g.leads_to[:1]:
        lo = _fresh(band[1] + rng.randint(3, 8) * 100, used, 100)
        hi = _fresh(lo + rng.randint(6, 10) * 100, used, 100)
        _rung(g, lo, hi, "SGD", role, title, period="month")
        them = title if " of " in title else _plural(title)
        later.append(f"{them} (S${_fmt(lo)} – S${_fmt(hi)}) lead a team of 12.")
    allowance = _unused(g, rng.choice((150, 200, 250)), 10)
    pay.append(f"+ shift allowance S${allowance}/month, AWS (13th month), variable bonus")
    path = _chain_text(g, "→")
    path += _said(f"{plural} can convert to {{}} through our sponsored pathway.",
                  _texts(g.transitions_to), "or")
    path += _said("Many of our staff joined from {} roles.",
                  [n.lower() for n in _texts(g.moves_in)], "and")
    aka = " / ".join(g.aliases)
    return [head, "MEET US AT BOOTH C12", firm.upper(), f"CAREER SHEET: {g.title.upper()}",
            *([f"(also known as {aka})"] if aka else []), *_columns(left, right),
            "WHAT WE PAY", *pay, " " * 68 + "Page 1 of 2", head, "YOUR CAREER WITH US",
            *path, *later, f"“{firm} trained me from scratch.” – {person}",
            "SCAN TO APPLY  [QR]     Walk-in interviews at booth",
            f"Equal opportunity employer. {firm}, UEN 2009****", " " * 68 + "Page 2 of 2"]


# --------------------------------------------------------------------------------------
# Italian career page through a browser translator
# --------------------------------------------------------------------------------------
_IT_REGIONS = ("Lombardy", "Piedmont", "Veneto", "Lazio", "Campania", "Tuscany", "Emilia-Romagna")
_SIMILAR = ("Jeweller", "Optician", "Upholsterer", "Bookbinder")  # no generated titles


def _italianmt(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("guide", "portal"))
    g.title_line = False
    if variant == "portal":
        return _portal(rng, g, area)
    site = "MestieriOggi.it"
    low = g.title.lower()
    g.must_not_appear += ["Google Translate", "Show original", site, "Reading time",
                          "ADVERTISING", "Read also", "Rate the translation", "P.IVA"]
    used: set[int] = set()
    month = _yearly(rng, g.role.level, 0.25, 10)[0] / 12
    second = _fresh(int(month), used, 30) + rng.randint(1, 99) / 100
    fifth = _fresh(int(month * 1.3), used, 30) + rng.randint(1, 99) / 100
    used.add(int(second))
    _salary(g, second, second, "EUR", period="month", point=True, level="2nd level")
    _salary(g, fifth, fifth, "EUR", period="month", point=True, level="5th level")
    ral = _fresh(int(round(fifth * 13, -3)), used, 1000)
    _salary(g, ral, ral, "EUR", point=True)
    net = [_fresh(int(round(second * 0.7, -1)), used, 10), _fresh(int(round(fifth * 0.8, -1)),
                                                                   used, 10)]
    pay = [f"According to the national collective contract (CCNL {area}) the gross monthly pay "
           f"of {_a(low)} {low} goes from € {_it(second)} at the 2nd level to € {_it(fifth)} at "
           "the 5th level.", f"A beginner takes about {_dotted(net[0])} euros net per month, "
           f"{_a(low)} {low} with experience {_dotted(net[1])} euros net per month."]
    for _, title in g.leads_to[:1]:
        top = _fresh(net[1] + 500, used, 10)
        pay.append(f"The {title.lower()} arrives to {_dotted(top)} euros net.")
    pay.append(f"In annual terms the RAL (gross annual remuneration) of an experienced {low} is "
               f"around {_dotted(ral)} euros.")
    g.optional += [f"CCNL {area}", f"regional course of {area.lower()}"]
    duties = [f"- works with the {t}" for t in g.skills["tool"]]
    duties += [f"- {s}" for s in g.skills["top"]]
    strip = " · ".join(g.skills["soft"] + g.skills["often_missing"])
    path = [f"The career path typical in the company is: {c}" for c in _chain_text(g, "→")[:1]]
    path += _chain_text(g, "→")[1:]
    path += _said("With experience one can become {}.", [n.lower() for n in
                                                         _texts(g.transitions_to)], "or")
    entered = _said("Many entered as {} and learned the trade from the master.",
                    [n.lower() for n in _texts(g.moves_in)], "or")
    aka = f" It is also called {_prose_list([a.lower() for a in g.aliases], 'or')}." \
        if g.aliases else ""
    where = _said("In the {}.", g.sectors, "and")
    where += _said("In companies like {}.", g.employers, "and")
    return ["Google Translate  Italian ➜ English  Show original  Options ▾",
            "This page has been translated from Italian", site,
            "Professions | Training | Salaries | Job offers | Guides",
            f"Home » Professions » {g.title}",
            f"{g.title}: what he does, how to become one and how much he earns",
            f"Updated on 12/02/2026 | Reading time: {rng.randint(4, 9)} minutes",
            f"The {low} is the professional who takes care of the {area.lower()} work of the "
            f"company.{aka}", f"What does the {low} do", *duties,
            *(["Which skills are necessary", strip] if strip else []),
            f"How to become {low}",
            f"You can attend a regional course of {area.lower()} of 800 hours. "
            + " ".join(entered),
            *path, f"How much does {_a(low)} {low} earn", *pay, f"Where does the {low} work",
            *(where or ["Everywhere in Italy."]), "ADVERTISING",
            f"Read also: How to become {_SIMILAR[0].lower()} | {_SIMILAR[1]}: salary",
            "Did you find this guide useful? 👍 👎",
            "Was this translation helpful? Rate the translation",
            f"© 2026 {site} - P.IVA 0{rng.randint(100000, 999999)}"]


def _portal(rng: random.Random, g: Guide, area: str) -> list[str]:
    """An Italian salary portal's page: averages a year and an hour, an entry start, a
    ceiling and a floor that are no pay, regions glued, companies' averages, a pipe-separated
    skills strip, similar professions owning their figures and a net FAQ figure."""
    site = "stipendiOK"
    _clear(g, "sectors", "progression")  # no career path on the salary page
    low = g.title.lower()
    g.must_not_appear += ["Translated by Google", "Always translate Italian", site,
                          "Average gross salary", "Did you find it useful?"]
    avg = _yearly(rng, g.role.level, 0.25, 100)[0]
    used = {avg}
    hour = round(avg / 1950, 2)
    entry = _fresh(int(round(avg * 0.82, -1)), used, 50)
    ceiling = _fresh(int(round(avg * 1.4, -2)), used, 100)
    floor = _fresh(int(round(avg * 2.1, -3)), used, 1000)
    _salary(g, avg, avg, "EUR", point=True)
    _salary(g, hour, hour, "EUR", period="hour", point=True)
    _salary(g, entry, entry, "EUR", point=True, level="entry level")
    regions = rng.sample(_IT_REGIONS, rng.randint(3, 5))
    glued = ""
    for region in regions:
        value = _fresh(int(round(avg * rng.uniform(0.85, 1.12), -2)), used, 100)
        _salary(g, value, value, "EUR", point=True, region=region)
        glued += f"{region}€ {_dotted(value)}"
    firms = g.employers[:3]
    g.employers = firms
    rows = []
    for firm in firms:
        value = _fresh(int(round(avg * rng.uniform(0.9, 1.1), -2)), used, 100)
        _salary(g, value, value, "EUR", point=True)
        rows.append(f"{firm} - € {_dotted(value)} / year - {rng.randint(3, 30)} salaries")
    similar = rng.sample(_SIMILAR, 3)
    compare = []
    for title in similar:
        value = _fresh(int(round(avg * rng.uniform(0.9, 1.1), -2)), used, 100)
        _salary(g, value, value, "EUR", point=True, belongs_to=title)
        compare.append(f"{title} € {_dotted(value)}")
    net = _fresh(int(round(avg / 16, -1)), used, 10)
    skills = "|".join(g.skills["top"] + g.skills["often_missing"])
    tools = g.skills["tool"]
    g.skills["soft"] = []
    career = _said(f"Who starts as {{}} often passes to the {area.lower()} team after a course.",
                   [n.lower() for n in _texts(g.moves_in)], "or")
    career += _said(f"From {low} one moves up to {{}}.", [n.lower() for n in _texts(g.leads_to)],
                    "or")
    career += _said("Others become {}.", [n.lower() for n in _texts(g.transitions_to)], "or")
    career.append(f"A master {low} certified in a maison earns well over € {_dotted(floor)}.")
    g.optional.append(f"master {low}")
    aka = f"{g.title} ({', '.join(a.lower() for a in g.aliases)})" if g.aliases else g.title
    return ["Translated by Google ⟲ Show original | Always translate Italian",
            f"{site}  Search jobs  Salaries  Post a job  Login",
            f"Salaries › {area} › {g.title}", f"How much does {_a(low)} {low} earn in Italy?", aka,
            f"Based on {rng.randint(50, 400)} salaries · Updated 21 November 2026",
            f"€ {_dotted(avg)} / year", "Average gross salary", f"€ {_it(hour)} per hour",
            f"The average salary for {low} in Italy is € {_dotted(avg)} gross per year, that is "
            f"€ {_it(hour)} per hour. The positions of entry level start from € {_dotted(entry)} "
            f"per year, while the most experienced workers perceive up to € {_dotted(ceiling)} "
            "per year.", f"Salary of {low} for region", glued,
            *([f"{g.title} salaries at companies", *rows] if rows else []),
            *(["Frequently requested skills", skills] if skills else []),
            f"What does {_a(low)} {low} do?",
            f"The {low} handles the {area.lower()} work"
            + (f" with the {_prose_list(tools)}." if tools else "."),
            "Career", " ".join(career),
            "Compare with similar professions", " · ".join(compare), "FAQ",
            f"How much does {_a(low)} {low} earn per month? About € {_dotted(net)} net per month "
            "for 14 mensilities.", "Did you find it useful? Yes No",
            f"Salary estimates based on ads and salaries reported anonymously to {site} by employ"]


# --------------------------------------------------------------------------------------
# Trade union's "about the job" page
# --------------------------------------------------------------------------------------
def _unionleaflet(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("hotel", "council"))
    g.title_line = False
    plural = _plural(g.title)
    low = g.title.lower()
    moves = _said(f"Seniority bids let {plural.lower()} move up to {{}}.",
                  [n.lower() for n in _texts(g.leads_to)], "or")
    moves += _said("Some members bid into {} jobs.", [n.lower() for n in _texts(g.transitions_to)],
                   "or")
    moves += _said("Many of us came from {} jobs.", [n.lower() for n in _texts(g.moves_in)], "or")
    tools, top = g.skills["tool"], g.skills["top"]
    member = rng.choice(_PEOPLE)
    g.must_not_appear.append(member)
    if variant == "council":
        return _council(rng, g, area, moves, member)
    union = f"LOCAL {rng.randint(10, 99)} {area.upper()} WORKERS UNION"
    g.must_not_appear += [union, "Organize Your Workplace", "Share on Facebook",
                          "Print this page", "Dues:", "KNOW YOUR RIGHTS"]
    now = round(_yearly(rng, g.role.level, 0.9, 100)[0] / 2080, 2)
    steps = [now, round(now + rng.randint(150, 250) / 100, 2)]
    steps.append(round(steps[1] + rng.randint(150, 250) / 100, 2))
    for step in steps:
        _salary(g, step, step, period="hour", point=True)
    rows = [f"  {g.title} ........ ${steps[0]:.2f}/hr now → ${steps[1]:.2f} (July 2027) → "
            f"${steps[2]:.2f} (July 2029)"]
    taken = list(steps)
    for role, title in [*g.transitions_to, *g.leads_to][:3]:
        rate = _apart(now + rng.randint(-2, 3) + rng.randint(5, 95) / 100, taken)
        _rung(g, rate, rate, "USD", role, title, period="hour", point=True)
        rows.append(f"  {title} ........ ${rate:.2f}/hr")
    non_union = _apart(now * 0.66, taken)
    _salary(g, non_union, non_union, period="hour", point=True)
    premium = _unused(g, 150, 25)
    cap = _unused(g, 72, 3)
    organizing = rng.choice(_OTHER_FIRMS)
    g.optional.append(organizing)
    firms = g.employers[:4]
    g.employers = firms
    work = (f"Day to day: {_prose_list([s.lower() for s in top])}."
            + (f" You use the {_prose_list(tools)} every shift." if tools else "")
            + (f" Good members bring {_prose_list(g.skills['often_missing'])}."
               if g.skills["often_missing"] else ""))
    g.skills["soft"] = []
    aka = (f" — called {_prose_list([_plural(a).lower() for a in g.aliases], 'or')} in our "
           "contracts —" if g.aliases else "")
    return [union, "Home | Our Contracts | Organize Your Workplace | Know Your Rights | Donate",
            f"{plural.upper()}: THE UNION DIFFERENCE",
            "Share on Facebook   Share on X   Print this page",
            f"{plural}{aka} keep {area.lower()} work going. This page explains what the job "
            f"involves and what you earn under a Local contract.", "THE WORK", work,
            "WHAT YOU EARN", "Union workplaces (2025–2029 citywide contract):", *rows,
            f"Non-union employers in the metro area: {plural.lower()} average "
            f"${non_union:.2f}/hr with no pension.",
            f"Plus: family health care at $0 premium, pension of ${premium} a month per year of "
            f"service. Dues: 1.5% of base pay, capped at ${cap} a month.", "MOVING UP",
            " ".join(moves) or "Most members stay in the job.",
            *(["OUR WORKPLACES", " · ".join([*firms, f"{organizing} (organizing now!)"])]),
            *_said("Members work in {}.", g.sectors, "and"),
            f"\"At a non-union shop I had no breaks. Here I make $9 more an hour.\" — {member}, "
            f"{low}, 11 years", "KNOW YOUR RIGHTS", "No quota above 15 under our contract.",
            "Organize your workplace → Call the organizing hotline "
            f"1-800-555-0{rng.randint(100, 199)}",
            "© 2026 Local · Affiliated with the Workers International · Privacy · Sitem"]


def _council(rng: random.Random, g: Guide, area: str, moves: list[str], member: str) -> list[str]:
    """A union's leaflet for new starters: the agreement's spinal-column band a year and an
    hour, the next rungs' own bands, an agency rate that is the role's, a subscription,
    bonuses and the rep's phone that are no pay or chrome."""
    union = "UNITY WORKERS' UNION"
    rep = rng.choice([p for p in _PEOPLE if p != member])
    g.must_not_appear += [union, "Find your rep", "Log in", "YOUR JOB. YOUR PAY. YOUR UNION.",
                          "Download this leaflet", rep, "Join online in 5 minutes"]
    plural = _plural(g.title)
    low = g.title.lower()
    used: set[int] = set()
    band = (_yearly(rng, g.role.level, 0.6, 1)[0], 0)
    band = (band[0], _fresh(band[0] + rng.randint(600, 1200), used, 1))
    used.add(band[0])
    hours = (round(band[0] / 1929, 2), round(band[1] / 1929, 2))
    _salary(g, *band, "GBP")
    _salary(g, *hours, "GBP", period="hour")
    rows = [f"{g.title}: SCP 3–5, £{_fmt(band[0])} – £{_fmt(band[1])} a year "
            f"(£{hours[0]:.2f} – £{hours[1]:.2f} an hour)"]
    top = band[1]
    for i, (role, title) in enumerate(g.leads_to[:2]):
        lo = _fresh(top + rng.randint(1200, 2500), used, 1)
        hi = _fresh(lo + rng.randint(800, 1400), used, 1)
        top = hi
        _rung(g, lo, hi, "GBP", role, title)
        rows.append(f"{title}: SCP {9 + 4 * i}–{12 + 4 * i}, £{_fmt(lo)} – £{_fmt(hi)}")
    agency = round(hours[0] - rng.randint(120, 180) / 100, 2)
    _salary(g, agency, agency, "GBP", period="hour", point=True)
    sub = _unused(g, 2, 1)
    tools = g.skills["tool"]
    needs = [*g.skills["top"], *g.skills["soft"], *g.skills["often_missing"]]
    aka = f" (also called {_prose_list([_plural(a).lower() for a in g.aliases], 'or')})" \
        if g.aliases else ""
    return [union, "Join  Find your rep  News  Campaigns  Member benefits  Log in",
            f"Home › Sectors › {area}", "YOUR JOB. YOUR PAY. YOUR UNION.",
            f"Working as {_a(low)} {low}", "A guide for new starters",
            "Download this leaflet (PDF, 2 pages)  |  Print  |  Share",
            f"Join today from £{sub}.45 a week", "What the job is",
            f"{plural}{aka} keep {area.lower()} services running"
            + (f". You will use the {_prose_list(tools)}." if tools else "."),
            f"Skills the job needs: {', '.join(needs)}.",
            "Your pay (national agreement, April 2026)", *rows,
            f"Agency {plural.lower()} on the same work are often paid £{agency:.2f} an hour – ask "
            "your rep about our campaign for equal pay.",
            "Bonus and weekend enhancements are on top.", "Getting on",
            " ".join(moves).replace("Seniority bids let", "Union-backed training lets")
            or "Most members stay in the job.",
            *([f"Who employs {plural.lower()}", f"{_prose_list(g.employers, 'and')}. We have "
               "recognition agreements with all of them."] if g.employers else []),
            *_said("Members work in {}.", g.sectors, "and"), "Know your rights",
            "• Rest breaks of 20 minutes on shifts over six hours",
            f"Talk to your rep: {rep}, 07700 900 {rng.randint(100, 999)}",
            f"\"The union got me a permanent contract.\" – {member}",
            "Join online in 5 minutes  |  Already a member? Update your details",
            f"{union[:-1].title()}, 128 Theobalds Road, London. Registered under the Act 19"]


# --------------------------------------------------------------------------------------
# Reddit pay megathread
# --------------------------------------------------------------------------------------
_HANDLES = ("steamwand_sam", "flatwhite_fiona", "dosingcup", "pourover_pete", "tamper_tantrum",
            "latteartlucas", "berlin_brew", "cut_in_colin", "brushstroke_bob", "two_coats_tina",
            "kiwi_cutter", "foreman_fred")
_ABROAD = (("Melbourne", "AUD", "$"), ("London", "GBP", "£"), ("Berlin", "EUR", "€"),
           ("Auckland", "NZD", "NZ$"), ("Dublin", "EUR", "€"))
_US = ("Portland", "Denver", "Seattle", "Chicago", "Austin", "Boston")


def _earnthread(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("comments", "template"))
    g.title_line = False
    _clear(g, "aliases", "sectors")
    users = rng.sample(_HANDLES, 7)
    sub = f"r/{area.replace(' ', '')}"
    g.leads_to, g.transitions_to = g.leads_to[:1], g.transitions_to[:1]
    out = (_template if variant == "template" else _comments)(rng, g, area, users, sub)
    text = "\n".join(out)
    g.must_not_appear += [u for u in users if u in text]  # the commenters the page shows
    return out


def _comments(rng: random.Random, g: Guide, area: str, users: list[str], sub: str) -> list[str]:
    """A free-text megathread: the opening post's base rate (tips no pay), commenters' rates
    by city in dollars, an award level and a casual loading in Australia, pounds with tronc,
    euros "brutto/h", and former workers' own pay as the titles they moved to."""
    g.must_not_appear += [f"Search in {sub}", "Log In", "Sort by", "level 1", "AutoModerator",
                          "More posts you may like", "Continue this thread"]
    plural = _plural(g.title).lower()
    firms = g.employers[:4]
    g.employers = firms
    cities = rng.sample(_US, 3)
    used: list[float] = []
    base = max(15, int(_yearly(rng, g.role.level, 0.35, 1)[0] / 2080))
    shown: list[str] = []  # the cafés the comments name

    def usd(city: str) -> float:
        value = _apart(base + rng.randint(0, 6) + rng.randint(0, 19) * 5 / 100, used)
        _salary(g, value, value, period="hour", point=True, region=city)
        return value

    def at(i: int, lead: str) -> str:
        shown.extend(firms[i:i + 1])
        return f"{lead}{firms[i]}" if firms[i:] else ""

    op = usd(cities[0])
    out = [f"reddit  {sub}  Search in {sub}  Log In  Get App", sub,
           f"Posted by u/{users[0]} · 2 days ago", "Discussion",
           f"2026 pay transparency thread: {plural}, what do you make? Location, years, base rate",
           f"Mods asked for a fresh one. I'll start: {cities[0]}, 3 years, ${op:.2f}/hr "
           f"base{at(0, ' at ')}, "
           f"tips add about $4-6/hr but they're not guaranteed so don't count them.",
           f"⬆ {rng.randint(1, 9)}.{rng.randint(1, 9)}k ⬇   💬 {rng.randint(50, 500)} comments"
           "   Share   Save", "Sort by: Best ▾"]
    for role, title in g.leads_to[:1]:
        was = usd(cities[1])
        salary = _yearly(rng, role.level, 0.5, 1000)[0]
        _rung(g, salary, salary, "USD", role, title, point=True)
        where = at(1, " at ")
        out += ["level 1", f"{users[1]} · {title} | {cities[1]} · 2 days ago",
                f"{cities[1]}, 6 yrs. I'm {_a(title)} {title.lower()} now so I'm on salary, "
                f"${_fmt(salary)}. When I was {_a(g.title)} {g.title.lower()}{where} it was "
                f"${was:.2f} + tips.", f"↑ {rng.randint(50, 400)} ↓  Reply  Share  Report"]
    au = round(rng.randint(27, 31) + rng.randint(0, 9) / 10, 2)
    casual = round(au * 1.25, 2)
    _salary(g, au, au, "AUD", period="hour", point=True, region="Melbourne", level="Level 3")
    _salary(g, casual, casual, "AUD", period="hour", point=True, region="Melbourne")
    top = g.skills["top"][:3]
    g.skills = {"top": top, "often_missing": g.skills["often_missing"][:3]}
    out += ["level 1", f"{users[2]} · Melbourne, AU · 2 days ago",
            f"Melbourne, full-time under the award, Level 3: ${au:.2f}/hr. Casuals get "
            f"${casual:.2f} with loading." + (f" Skills that got me the raise: {_prose_list(top)}."
                                             if top else ""),
            f"↑ {rng.randint(50, 600)} ↓  Reply  Share  Report", "   level 2",
            "   [deleted] · 2 days ago", "   [removed]"]
    uk = round(rng.randint(12, 14) + rng.randint(0, 19) * 5 / 100, 2)
    _salary(g, uk, uk, "GBP", period="hour", point=True, region="London")
    out += ["level 1", f"{users[3]} · 1 day ago",
            f"London, 2 yrs. £{uk:.2f}/hr, tronc adds maybe £1/hr.",
            f"↑ {rng.randint(50, 300)} ↓  Reply  Share  Report"]
    for role, title in g.transitions_to[:1]:
        rate = base + 8
        _rung(g, rate, rate, "USD", role, title, period="hour", point=True)
        where = at(2, " at ")
        out += ["level 1", f"{users[4]} · {title} | {cities[2]} · 1 day ago",
                f"Not {_a(g.title)} {g.title.lower()} anymore but: started out{where}, moved into "
                f"{title.lower()} work after 2 years. {title} now, ${rate}/hr.",
                f"↑ {rng.randint(50, 200)} ↓  Reply  Share  Report"]
    third = usd(cities[2])
    where = at(3, ", ")
    g.employers = shown
    out += ["level 1", f"{users[5]} · 1 day ago",
            f"{cities[2]}{where}, 1 yr: ${third:.2f}/hr + tips (~$2/hr). Benefits are the reason "
            "I stay." + "".join(_said(" Came from {} and it's way less chaos.",
                                      [n.lower() for n in _texts(g.moves_in)], "or")),
            f"↑ {rng.randint(50, 200)} ↓  Reply  Share  Report"]
    eur = round(rng.randint(13, 16) + rng.randint(1, 19) * 5 / 100, 2)
    _salary(g, eur, eur, "EUR", period="hour", point=True, region="Berlin")
    useful = g.skills["often_missing"]
    out += ["level 1", f"{users[6]} · 20 hr. ago",
            f"Berlin, 4 yrs: {_br(eur)} € brutto/h." + (f" Useful: {_prose_list(useful)}."
                                                      if useful else ""),
            "      Continue this thread →", "level 1", "AutoModerator · 2 days ago",
            "Reminder: no doxxing employers. I am a bot.", "More posts you may like",
            f"{sub} · What do you all wear on shift?",
            "About Community  Rules  Moderators  Reddit, Inc. © 2026. All rights rese"]
    return out


def _template(rng: random.Random, g: Guide, area: str, users: list[str], sub: str) -> list[str]:
    """A megathread whose comments fill a template (one field a line, run together without
    separators, or split by " | "): day rates and hourly wages by city and currency, a
    whole-job price that is no pay, apprentices' rates by year at the Apprentice level, an
    agency gang's day band, and a former worker's and a foreman's own pay."""
    g.must_not_appear += [f"Search in {sub}", "Log In", "Sort by",
                          "Skip to main content", "RATES MEGATHREAD", "Pay thread",
                          "Years in trade", "View more comments", "Related posts"]
    used: set[int] = set()
    day = int(round(_yearly(rng, g.role.level, 0.45, 1)[0] / 230, -1))
    cities = rng.sample(("Leeds", "London", "Bristol", "Birmingham", "Glasgow"), 4)
    firms = g.employers[:2]
    g.employers = firms
    rates = []
    for city in cities[:2]:
        value = _fresh(day + rng.randint(-3, 6) * 10, used, 10)
        _salary(g, value, value, "GBP", period="day", point=True, region=city)
        rates.append(value)
    job = _unused(g, rng.randint(20, 40) * 100, 100)
    skills = [*g.skills["top"][:3], *g.skills["tool"][:2]]
    soft = g.skills["often_missing"][:3]
    g.skills = {"top": g.skills["top"][:3], "tool": g.skills["tool"][:2], "often_missing": soft}
    out = ["Skip to main content", sub, f"Search in {sub}", "Log In",
           f"{sub} • 9h ago", users[0],
           "📌 2026 RATES MEGATHREAD: self-employed AND employed, use the template", "Pay thread",
           "Copy the template. Prices for whole jobs are fine to mention but put your DAY RATE or "
           "HOURLY in the Rate line.", f"Job: {g.title}", f"Location: {cities[0]}",
           "Years in trade: 11", "Status: Self-employed", f"Rate: £{rates[0]}/day",
           f"Notes: most work is priced by the job, a typical job goes out at £{_fmt(job)} plus "
           "materials.", f"{rng.randint(20, 90)} upvotes · {rng.randint(20, 90)} comments",
           "Sort by: Best", f"{users[1]} • 8h ago",
           f"Job: {g.title}Location: {cities[1]}Years in trade: 14Status: Self-employedRate: "
           f"£{rates[1]}/day", "Notes: " + (f"{_prose_list(skills)} are what the money is in."
                                             if skills else "get good and name your price."),
           "38  Reply  Award  Share"]
    hourly = round(rates[0] / 8 - rng.randint(5, 8) + rng.randint(1, 19) * 5 / 100, 2)
    _salary(g, hourly, hourly, "GBP", period="hour", point=True, region=cities[2])
    employer = f"Employer: {firms[0]}" if firms else "Employer: a local firm"
    came = _said("Notes: came over from {} two years ago.", [n.lower() for n in
                                                             _texts(g.moves_in)], "or")
    first = round(hourly * 0.5, 2)
    third = round(hourly * 0.72, 2)
    if third - first < 1.5:
        third = round(first + 1.6, 2)
    _salary(g, first, first, "GBP", period="hour", point=True, level="Apprentice")
    _salary(g, third, third, "GBP", period="hour", point=True, level="Apprentice")
    out += [f"{users[2]} • 8h ago", f"Job: {g.title}", f"Location: {cities[2]}", employer,
            "Status: Employed, 39 hrs", f"Rate: £{hourly:.2f}/hr (van and fuel paid)", *came,
            "21  Reply  Award  Share", f"    {users[0]} OP • 7h ago",
            "    That's decent for employed. What are they paying apprentices?",
            f"        {users[2]} • 7h ago",
            f"        First-year apprentices start on £{first:.2f}/hr, third year £{third:.2f}.",
            f"{users[3]} • 7h ago"]
    dublin = _fresh(day + 40, used, 10)
    _salary(g, dublin, dublin, "EUR", period="day", point=True, region="Dublin")
    out.append(f"Job: {g.title} | Location: Dublin | Status: Sole trader | Rate: €{dublin} a day"
               + (f" | Notes: skills that actually pay: {_prose_list(soft)}." if soft else ""))
    for role, title in g.transitions_to[:1]:
        salary = _yearly(rng, role.level, 0.35, 1000)[0]
        _rung(g, salary, salary, "GBP", role, title, point=True)
        was = f" (employed, {firms[1]})" if firms[1:] else ""
        out += ["12  Reply  Award  Share", f"{users[4]} • 6h ago",
                f"Not the template, sorry. Was {_a(g.title)} {g.title.lower()} for 9 years{was}. "
                f"Now {_a(title)} {title.lower()} on £{_fmt(salary)}."
                + "".join(_said(" Other lads I know became {}.",
                                [_many(n) for n in _texts(g.leads_to)], "or"))]
    if not g.transitions_to:
        g.employers = firms[:1]
        out += _said("Other lads I know became {}.",
                     [_many(n) for n in _texts(g.leads_to)], "or")
    nz = rng.randint(30, 38)
    _salary(g, nz, nz, "NZD", period="hour", point=True, region="Auckland")
    foreman = f"{area} Foreman"
    shift = _fresh(day + 30, used, 10)
    _salary(g, shift, shift, "GBP", period="day", point=True, belongs_to=foreman)
    gang = (_fresh(day - 30, used, 5), 0)
    gang = (gang[0], _fresh(gang[0] + 15, used, 5))
    _salary(g, *gang, "GBP", period="day", region=cities[3])
    g.optional.append(foreman)
    out += ["10  Reply  Award  Share", f"{users[5]} • 5h ago", f"Job: {g.title}",
            "Location: Auckland", "Status: Employed", f"Rate: NZ${nz}/hr", "Notes: retrained.",
            f"{users[6]} • 5h ago", f"Job: {foreman}", f"Location: {cities[3]}",
            f"Rate: £{shift} a shift", f"Notes: the {_plural(g.title).lower()} on my gang are on "
            f"£{gang[0]}-£{gang[1]} a day through the agency.", "7  Reply  Award  Share",
            f"View more comments ({rng.randint(10, 60)})", "Related posts",
            f"r/DIYUK • Is £{rates[1]} a day reasonable?", "About Community",
            f"Created Mar 3, 2018 · {rng.randint(5, 90)}K members",
            "Reddit Rules  Privacy Policy  User Agreement  Reddit, Inc. © 2026. All rights reser"]
    return out


FAMILY19_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "occnumbers": _occnumbers, "serp": _serp, "fairhandout": _fairhandout,
    "italianmt": _italianmt, "unionleaflet": _unionleaflet, "earnthread": _earnthread,
}
