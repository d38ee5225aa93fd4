"""Generator renderers for the six page families of held-back set 23 (Chinese job pages ...).

Held-back set 23 showed six more kinds of page users bring: a Chinese public recruitment
notice or recruitment-app job card read through a machine translator (万 and K notation,
"15-25K·13 salary", a probation point, a professional-title path), a professional society's
salary-survey summary exported from PDF (running heads, dotted contents, quartile tables by
experience, a snapshot's hourly rates by position and state strip), a public employer's job
evaluation record or classification review memo (factor points, a grade's pay range, a
class series), an e-mail digest of job openings (several postings of which the role's give
its pay), a job site's company Q&A tab filtered to one title (answer bylines, seasons and
levels, a "capped around" ceiling) and a freelance marketplace profile (an hourly or daily
rate, prices per job no pay, an employment history).  These renderers write such pages from
a planned guide, two variants a family; every fact the truth keeps is printed and what a
style does not state is cleared.

>>> _wan(95_000), _k_band(15_000, 25_000), _qian(6_500)
('9.5万', '15-25K', '6.5千')
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import (
    _a,
    _base,
    _owner,
    _plural,
    _prose_list,
    _said,
    _salary,
    _texts,
    _unlevel,
    pick_variant,
)
from benchmarks.web_families12 import _PEOPLE, _fmt
from benchmarks.web_families15 import _OTHER_FIRMS
from benchmarks.web_families17 import _fresh
from benchmarks.web_families18 import _rung
from benchmarks.web_families19 import _apart, _many
from benchmarks.web_families24 import _no_pay

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide, Role

__all__ = ["FAMILY23_ALIAS_LAYOUTS", "FAMILY23_LADDER_LAYOUTS", "FAMILY23_LAYOUTS",
           "FAMILY23_RENDERERS"]

FAMILY23_LAYOUTS = ("zhmt", "surveypdf", "jobeval", "jobdigest", "companyqa",
                    "freelanceprofile")
# Every family is given the role's ladder (a professional-title path, the path respondents
# describe, a career grade or class series, a reader's story, an answer's "A → B → C", an
# employment history); only the translated pages print another spelling of the title.
FAMILY23_LADDER_LAYOUTS = FAMILY23_LAYOUTS
FAMILY23_ALIAS_LAYOUTS: tuple[str, ...] = ()

# A translator leaves the job's head noun in Chinese beside the English title.
_ZH_HEADS = {"Engineer": "工程师", "Developer": "开发工程师", "Scientist": "科学家",
             "Analyst": "分析师", "Specialist": "专员", "Manager": "经理", "Director": "总监"}


def _wan(amount: int) -> str:
    """Yuan in 万 (ten thousand), as a Chinese page and its translator leave it: "9.5万"."""
    return f"{amount / 10_000:g}万"


def _qian(amount: int) -> str:
    """Yuan in 千 (thousand): "6.5千"."""
    return f"{amount / 1000:g}千"


def _k_band(low: int, high: int) -> str:
    """A job card's monthly band in thousands: "15-25K"."""
    return f"{low // 1000}-{high // 1000}K"


def _zh(g: Guide) -> str | None:
    """The Chinese head noun a translator leaves in brackets, or None."""
    return _ZH_HEADS.get(g.title.split()[-1])


def _bracketed(g: Guide) -> str:
    """The title with the Chinese head noun in brackets, recorded as a spelling of the role
    (the translated page names the role so in its heading)."""
    zh = _zh(g)
    if zh is None:
        return g.title
    spelt = f"{g.title} ({zh})"
    g.aliases = [spelt]
    if spelt not in g.role.spellings:
        g.role.spellings.append(spelt)
    return spelt


def _above(g: Guide, k: int) -> list[tuple[Role, str]]:
    """Up to ``k`` rungs above the role on its ladder."""
    roles = [r for r, _ in g.progression]
    return g.progression[roles.index(g.role) + 1:][:k] if g.role in roles else []


def _around(g: Guide, below: int = 2, above: int = 2) -> None:
    """Keep a few rungs of the ladder around the role (a page prints a short path, not the
    whole track up to the VP)."""
    roles = [r for r, _ in g.progression]
    if g.role in roles:
        at = roles.index(g.role)
        g.progression = g.progression[max(0, at - below):at + above + 1]


def _up_to_role(g: Guide, k: int = 3) -> None:
    """Keep the last ``k`` rungs of the ladder ending at the role (a work history read oldest
    first); no ladder when the role is its bottom rung."""
    roles = [r for r, _ in g.progression]
    g.progression = g.progression[:roles.index(g.role) + 1][-k:] if g.role in roles else []
    if len(g.progression) < 2:
        g.progression = []


def _others(g: Guide) -> list[tuple[Role, str]]:
    """Titles of the guide's moves off the role's own ladder (another job's listing)."""
    from benchmarks.web_common import _same_family

    seen: list[tuple[Role, str]] = []
    for pair in (*g.transitions_to, *g.leads_to, *g.moves_in):
        if not _same_family(g, pair[0]) and pair not in seen:
            seen.append(pair)
    return seen


def _cents(value: float) -> str:
    return f"{value:,.2f}"


# --------------------------------------------------------------------------------------
# A Chinese recruitment notice or job card read through a machine translator
# --------------------------------------------------------------------------------------
_TRANSLATOR_BARS = (
    ("Translated from: Chinese (Simplified)   Show original   Translated by Google",
     "Show original"),
    ("Translated from: Chinese   View original   This page has been translated   ✕",
     "View original"),
    ("This page has been machine translated from Chinese.   Show original text   Options ▾",
     "Show original text"),
)
_COUNTIES = ("Qinghe", "Baishan", "Lianjiang", "Yuntai", "Songxi")
_CN_CITIES = (("Dongguan", "Chang'an Town"), ("Suzhou", "Kunshan"), ("Ningbo", "Yuyao"),
              ("Shenzhen", "Bao'an District"), ("Foshan", "Shunde District"))
_CN_FIRMS = ("Hengrun Precision Co., Ltd.", "Jinyu Technology Co., Ltd.",
             "Xinda Intelligent Manufacturing Co., Ltd.", "Huaxing Digital Co., Ltd.")


def _zhmt(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("notice", "appcard"))
    g.title_line = False
    g.aliases = []
    bar, original = rng.choice(_TRANSLATOR_BARS)
    g.must_not_appear += [original, "Warm reminder" if variant == "appcard" else "Close window"]
    g.transitions_to, g.moves_in = g.transitions_to[:1], g.moves_in[:2]
    g.leads_to = []
    _around(g)
    tools = g.skills["tool"]
    g.skills = {"top": g.skills["top"][:5], "tool": tools,
                "soft": [s.lower() for s in g.skills["soft"]]}
    if variant == "appcard":
        return _appcard(rng, g, area, bar)
    g.sectors = []
    county = rng.choice(_COUNTIES)
    org = f"{county} County {area} Service Center"
    g.employers = [org]
    plural = _many(g.title)
    spelt = _bracketed(g)
    skills, soft = g.skills["top"], g.skills["soft"]
    used: set[int] = set()
    probation = _fresh(rng.randint(38, 55) * 100, used, 100)
    low = _fresh(probation + rng.randint(10, 20) * 100, used, 100)
    high = _fresh(low + rng.randint(15, 30) * 100, used, 100)
    yearly = _fresh(round((low + high) / 2 * 12 / 1000) * 1000, used, 1000)
    _salary(g, probation, probation, "CNY", period="month", point=True, level="probation")
    _salary(g, low, high, "CNY", period="month")
    _salary(g, yearly, yearly, "CNY", point=True)
    subsidy = _fresh(rng.randint(3, 8) * 100, used, 100)
    probation_text = rng.choice((f"about {probation:,} yuan", f"about {probation}元",
                                 f"about {probation / 1000:g} thousand yuan"))
    band_text = rng.choice((f"{low}-{high} yuan", f"{low:,} to {high:,} yuan per month",
                            f"{_qian(low)}-{_qian(high)}元/month",
                            f"{low / 1000:g} thousand to {high / 1000:g} thousand yuan per "
                            "month"))
    year_text = rng.choice((f"about {_wan(yearly)}元", f"about {_wan(yearly)} yuan",
                            f"about {yearly:,} yuan"))
    pay = [f"After employment, wages follow the relevant regulations of public institutions. "
           f"The monthly salary during the probation period is {probation_text}; after "
           f"becoming a regular employee, the comprehensive monthly income is {band_text}, "
           f"and the annual income is {year_text} (including performance pay). Pay five "
           f"insurances and one housing fund, and a rural post subsidy of {subsidy} yuan per "
           "month for township positions."]
    g.must_not_appear.append("five insurances and one housing fund")
    up = _above(g, 1)
    if up:
        rung, name = up[0]
        value = _fresh(max(high + 2000, rng.randint(100, 140) * 100) // 1000 * 1000, used, 1000)
        _rung(g, value, value, "CNY", rung, name, period="month", point=True)
        pay.append(f"For reference: the department's {name.lower()} earns about "
                   + rng.choice((f"{_wan(value)} yuan per month",
                                 f"{value / 1000:g} thousand yuan per month")) + ".")
    path = " → ".join(_texts(g.progression))
    career = ([f"Employees can be promoted step by step according to the professional title "
               f"system: {path}."] if path else [])
    career += _said("Those who perform well can be transferred to the center's other posts "
                    "as {}.", [f"{_a(t)} {t.lower()}" for t in _texts(g.transitions_to)])
    prefer = _said("Those who have worked as {} for 2 years or more can be given priority under "
                   "the same conditions.", [f"{_a(m)} {m.lower()}" for m in _texts(g.moves_in)])
    degree = f"{area} studies"
    g.optional.append(degree)
    numbered = rng.choice((("1.", "2.", "3.", "4.", "5.", "6."),
                           ("I.", "II.", "III.", "IV.", "V.", "VI.")))
    duties = [f"(1) Carry out {area.lower()} work for the center's users, including "
              f"{_prose_list(skills[:3])};"]
    if skills[3:]:
        duties.append(f"(2) Take part in {_prose_list(skills[3:])} according to the plan;")
    if tools:
        duties.append(f"({len(duties) + 1}) Keep records in {_prose_list(tools)};")
    conditions = ["Application conditions",
                  "(1) Have the nationality of the People's Republic of China;",
                  f"(2) Full-time college degree or above in {degree};",
                  "(3) Age 35 and under;",
                  *([f"(4) Have {_prose_list(soft)}."] if soft else []), *prefer, ""]
    blocks = [f"{numbered[1]} Job responsibilities", *duties, "",
              f"{numbered[2]} {conditions[0]}", *conditions[1:]]
    if rng.random() < 0.5:  # some notices state the conditions first
        blocks = [f"{numbered[1]} {conditions[0]}", *conditions[1:],
                  f"{numbered[2]} Job responsibilities", *duties, ""]
    return [bar, "",
            f"{county} County Human Resources and Social Security Bureau  |  Home > Notices > "
            "Public Recruitment",
            "[Large] [Medium] [Small]   Print this page   Close window",
            f"Release time: 2026-{rng.randint(3, 11):02d}-{rng.randint(10, 28)} 09:30   Source: "
            f"County {area} Bureau   Views: {rng.randint(800, 6000)}", "",
            f"Announcement on the 2026 Open Recruitment of {_plural(g.title)} by {org}", "",
            f"In order to strengthen the county's {area.lower()} team, according to the relevant "
            "provisions on public recruitment by public institutions, it is decided to openly "
            f"recruit {rng.randint(3, 9)} {plural}. The relevant matters are announced as "
            "follows:", "",
            f"{numbered[0]} Recruitment positions and number",
            f"{org}: {spelt} {rng.randint(2, 5)} people",
            f"Position code: {county[:2].upper()}2026-{rng.randint(10, 99)}", "",
            *blocks,
            f"{numbered[3]} Salary and benefits", *pay, "",
            *([f"{numbered[4]} Career development", *career, ""] if career else []),
            f"{numbered[5]} Registration time and method",
            "Consultation telephone: 0736-55xxxxx", "",
            "Attachment: 1. Position table.xlsx  2. Registration form.docx",
            "Previous: Notice on the 2026 Teacher Recruitment   Next: Results of the "
            "Qualification Review", f"ICP No. {rng.randint(1000, 9999)}xxxx"]


def _appcard(rng: random.Random, g: Guide, area: str, bar: str) -> list[str]:
    """A recruitment app's job card: a "15-25K·13 salary" headline, benefit tags, numbered
    duties and requirements, a keyword strip, an arrow career path with "Salary reference"
    figures (K bands and 万), the recruiter and company boxes and a "Similar jobs" strip."""
    city, district = rng.choice(_CN_CITIES)
    firm = rng.choice(_CN_FIRMS)
    g.employers = [f"{city} {firm}"]
    g.sectors = g.sectors[:2]
    spelt = _bracketed(g)
    skills, tools, soft = g.skills["top"], g.skills["tool"], g.skills["soft"]
    used: set[int] = set()
    low = _fresh(rng.randint(8, 20) * 1000, used, 1000)
    high = _fresh(low + rng.randint(5, 12) * 1000, used, 1000)
    _salary(g, low, high, "CNY", period="month")
    months = rng.choice((13, 14, 15))
    headline = rng.choice((f"{_k_band(low, high)}·{months} salary",
                           f"{low // 1000}K-{high // 1000}K·{months} salary",
                           f"{_k_band(low, high)}/month"))
    reference = []
    top = high
    for i, (rung, name) in enumerate(_above(g, 2)):
        if i == 0:
            lo = _fresh(top, used, 1000)
            hi = _fresh(lo + rng.randint(6, 12) * 1000, used, 1000)
            _rung(g, lo, hi, "CNY", rung, name, period="month")
            reference.append(f"{name} {_k_band(lo, hi)}")
            top = hi
        else:
            value = _fresh(top // 1000 * 1000 + 5000, used, 1000)
            _rung(g, value, value, "CNY", rung, name, period="month", point=True)
            reference.append(f"{name} about {_wan(value)}/month")
    chrome = ["Login/Register", "Immediate chat", "Active just now", "Warm reminder"]
    g.must_not_appear += [c for c in chrome if c not in g.must_not_appear]
    recruiter = rng.choice(("Ms. Chen", "Mr. Zhao", "Ms. Liu", "Mr. Huang"))
    g.must_not_appear.append(recruiter)
    others = rng.sample(("Process engineer", "Quality supervisor", "Project assistant",
                         "Equipment technician"), 2)
    other_firms = rng.sample(("Shenzhen Lianhong Electronics", "Huizhou Jiada Materials",
                              "Zhongshan Ruitai Plastics"), 2)
    g.optional += others + other_firms
    duties = [f"1. Responsible for {_prose_list(skills[:2])} in the {area.lower()} team;"]
    if tools:
        duties.append(f"2. Use {_prose_list(tools)} for daily work;")
    if skills[2:]:
        duties.append(f"{len(duties) + 1}. Participate in {_prose_list(skills[2:])};")
    requirements = ["1. College degree or above; 3-5 years of related experience;"]
    if soft:
        requirements.append(f"2. {_prose_list(soft).capitalize()}, able to work under "
                            "pressure.")
    prefer = _said("Candidates who worked as {} will be considered first.",
                   [f"{_a(m)} {m.lower()}" for m in _texts(g.moves_in)])
    path = " → ".join(_texts(g.progression))
    g.transitions_to = []
    return [bar, "",
            f"{rng.choice(('BOSS-style job site', 'Zhaopin-style app', 'Liepin-style app'))}"
            "   Home  Jobs  Companies  APP  |  Login/Register  I want to recruit", "",
            spelt, headline,
            f"{city} · {district}   {rng.choice(('1-3', '3-5', '5-10'))} years   Bachelor's "
            "degree", "[Immediate chat]   [Interested]   Report", "",
            "Job benefits: five social insurance and one housing fund | year-end bonus | meal "
            "subsidy | paid annual leave", "",
            "Job details", "Job description:", *duties, "Job requirements:", *requirements,
            *prefer,
            "Keywords: " + "  ".join([*tools, *skills[:2]]), "",
            *([f"Career path: {path}"] if path else []),
            *([f"Salary reference: {'; '.join(reference)}"] if reference else []), "",
            f"Recruiter: {recruiter} · HR Manager  Active just now",
            f"Company: {g.employers[0]}",
            *([f"Industry: {' / '.join(g.sectors)}   Scale: 500-999 people   Financing: No "
               "financing needed"] if g.sectors else ["Scale: 100-499 people"]),
            f"Work address: No. {rng.randint(3, 99)} Industrial Road, {district}, {city}", "",
            "Similar jobs",
            f"{others[0]} {rng.randint(6, 9)}-{rng.randint(10, 14)}K · {other_firms[0]}",
            f"{others[1]} {rng.randint(6, 9)}-{rng.randint(10, 14)}K · {other_firms[1]}",
            "Warm reminder: If the recruiter asks you to pay fees, please report it.",
            "© 2026  Human resources service license No. 44xxxx"]


# --------------------------------------------------------------------------------------
# A society's salary-survey summary exported from PDF
# --------------------------------------------------------------------------------------
_SOCIETIES = (("Northern Plains Society of {} Professionals", "NPS"),
              ("Coastal Association of {} Practitioners", "CAP"),
              ("Lakeshore Guild of {} Specialists", "LGS"))
_EXPERIENCE = ("0–2 years", "3–5 years", "6–10 years", "11+ years")
_COLUMNS = (("Lower quartile", "Median", "Upper quartile"),
            ("25th percentile", "50th percentile", "75th percentile"),
            ("LQ", "Median", "UQ"))
_STATES = ("NSW", "VIC", "QLD", "WA", "SA", "TAS")


def _surveypdf(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("society", "snapshot"))
    g.title_line = False
    _unlevel(g)
    _around(g)
    g.aliases = []
    g.employers = []
    g.leads_to = g.leads_to[:1]
    g.transitions_to, g.moves_in = g.transitions_to[:1], g.moves_in[:1]
    g.skills = {"top": g.skills["top"][:6], "tool": g.skills["tool"][:2]}
    if len(g.sectors) < 2:
        g.sectors = []
    if variant == "snapshot":
        return _snapshot(rng, g, area)
    name, abbr = rng.choice(_SOCIETIES)
    society = name.format(area)
    plural = _many(g.title)
    head = f"{abbr} 2026 Compensation Survey"
    g.must_not_appear += [society.upper(), "Summary of Findings", "Page 2"]
    lq, med, uq = rng.choice(_COLUMNS)
    used: set[int] = set()
    start = rng.randint(40, 70) * 1000
    rows = []
    levels = list(_EXPERIENCE) if rng.random() < 0.5 else list(_EXPERIENCE[:3])
    for i, level in enumerate(levels):
        low = _fresh(start + i * rng.randint(6, 9) * 1000 + rng.randint(0, 9) * 100, used, 100)
        mid = _fresh(low + rng.randint(40, 80) * 100, used, 100)
        high = _fresh(mid + rng.randint(40, 90) * 100, used, 100)
        _salary(g, low, high, level=level)
        _salary(g, mid, mid, point=True, level=level)
        rows.append((level, low, mid, high))
    a_low = _fresh(start + 4000, used, 100)
    a_mid = _fresh(a_low + 9000, used, 100)
    a_high = _fresh(a_mid + 12000, used, 100)
    for low, high in ((a_low, a_high), (a_mid, a_mid)):
        _salary(g, low, high, point=low == high)
        g.salaries[-1]["label"] = f"all {plural}"
    rows.append(("All " + plural, a_low, a_mid, a_high))
    width = max(16, len(plural) + 7)
    header = f"{'Experience':<{width}}{'n':>4}     {lq:<18}{med:<18}{uq}"
    if rng.random() < 0.3:  # the export lost the column alignment
        table = [f"Experience n {lq} {med} {uq}"]
        table += [f"{name} {rng.randint(30, 400)} ${_fmt(lo)} ${_fmt(mi)} ${_fmt(hi)}"
                  for name, lo, mi, hi in rows]
    else:
        table = [header]
        table += [f"{name:<{width}}{rng.randint(30, 400):>4}     ${_fmt(lo):<17}"
                  f"${_fmt(mi):<17}${_fmt(hi)}" for name, lo, mi, hi in rows]
    if rng.random() < 0.5:  # the table runs over a page break: the head and header repeat
        table[3:3] = ["", f"{head}{' ' * 30}Page 4", "Table 3.1 (continued)", table[0]]
    lines = [society.upper(), "2026 Compensation Survey — Summary of Findings", "Page 1 of 6",
             "", "Contents"]
    sections = ["About the survey", "Who responded", f"{g.title} salaries",
                "Related positions", "Skills employers value"]
    lines += [f"{i} {s} {'.' * (52 - len(s))} {p}" for i, (s, p) in
              enumerate(zip(sections, (2, 2, 3, 5, 6), strict=True), 1)]
    lines += ["", f"{head}{' ' * 30}Page 2", "1 About the survey",
              f"The survey was open from February to March 2026 and received "
              f"{rng.randint(300, 900)} usable responses (response rate {rng.randint(20, 45)}%).",
              "Figures are annual base salary before tax; bonuses and overtime are excluded.",
              "Cells with fewer than ten answers are suppressed (—).", ""]
    if g.sectors:
        shares = sorted(rng.sample(range(6, 40), len(g.sectors)), reverse=True)
        lines += ["2 Who responded", f"{'Employer type':<36}Share of respondents",
                  *[f"{s:<36}{p}%" for s, p in zip(g.sectors, shares, strict=True)], ""]
    lines += [f"{head}{' ' * 30}Page 3", f"3 {g.title} salaries",
              f"Table 3.1  {g.title} base salary by years in the profession",
              *table,
              f"Note: \"{g.title}\" includes respondents with the title in a project or "
              "fixed-term post.", ""]
    if g.sectors:
        best = _fresh(a_mid + rng.randint(5, 15) * 1000, used, 100)
        _salary(g, best, best, point=True)
        g.salaries[-1]["label"] = g.sectors[0].lower()
        lines += [f"Median base salary rose {rng.randint(2, 6)}.{rng.randint(1, 9)}% on the 2024 "
                  f"survey; {g.sectors[0].lower()} remain the highest payers (median "
                  f"${_fmt(best)} for all experience levels).", ""]
    related = [(r, t) for r, t in (*g.moves_in, *_above(g, 2)) if r is not g.role]
    if related:
        lines += [f"{head}{' ' * 30}Page 5", "4 Related positions",
                  "Table 4.1  Median base salary, related positions",
                  f"{'Position':<40}{'n':>4}     Median"]
        floor = a_mid
        for rung, text in related:  # a rung below earns less than the role, each above more
            below = any(rung is r for r, _ in g.moves_in)
            step = rng.randint(8, 25) * 1000 + rng.randint(1, 9) * 100
            value = _fresh(a_mid - step if below else floor + step, used, 100)
            floor = floor if below else value
            _rung(g, value, value, "USD", rung, text, point=True)
            lines.append(f"{text:<{max(40, len(text) + 2)}}{rng.randint(20, 60):>4}     "
                         f"${_fmt(value)}")
    prose = []
    if g.progression:
        chain = [t.lower() for t in _texts(g.progression)]
        prose.append("Respondents most often described their own path as "
                     + ", then ".join(chain) + ".")
    prose += _said("One in five had moved into {} work at some point.",
                   [t.lower() for t in _texts(g.transitions_to)])
    prose += _said("{}% came to the profession as {}.".format(rng.randint(8, 20), "{}"),
                   [f"{_a(m)} {m.lower()}" for m in _texts(g.moves_in)])
    prose += _said("Others went on to {}.", [t.lower() for t in _texts(g.leads_to)
                                              if t not in _texts(g.progression)])
    if prose:
        at = rng.randint(0, len(prose))  # the export drops a running head into the prose
        prose[at:at] = [f"{head}{' ' * 30}Page 5"] if rng.random() < 0.5 else []
        lines += prose
    skills = [*g.skills["top"], *g.skills["tool"]]
    credential = f"Certified {g.title}"
    g.optional.append(credential)
    premium = _fresh(rng.randint(30, 80) * 100, used, 100)
    shares = sorted(rng.sample(range(15, 70), len(skills)), reverse=True)
    lines += ["", f"{head}{' ' * 30}Page 6", "5 Skills employers value",
              "Asked which skills mattered most in their last hiring round, employers ranked:",
              *[f"  {i}. {s:<40}{p}%" for i, (s, p) in enumerate(zip(skills, shares,
                                                                       strict=True), 1)],
              f"Respondents holding the {credential} credential earned a median ${_fmt(premium)} "
              "more.", "",
              f"© 2026 {abbr}. Members may share this summary.{' ' * 20}Page 6 of 6"]
    return lines


def _snapshot(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A remuneration snapshot leaflet: a broken cover, key findings, an hourly table by
    position with median and 25th–75th range, a state strip, an allowance note, dashed
    skills, a path with branches and employer shares (AUD)."""
    association = f"{area} Industry Association of Australia"
    abbr = "".join(w[0] for w in association.split() if w[0].isupper())
    plural = _many(g.title)
    g.must_not_appear += [association, "REMUNERATION", "Disclaimer"]
    points: list[float] = []

    def hourly(low: float) -> tuple[float, float, float]:
        med = _apart(low, points)
        return med, round(med - rng.randint(200, 400) / 100, 2), round(
            med + rng.randint(300, 600) / 100, 2)

    base = rng.randint(2800, 3900) / 100
    med, q1, q3 = hourly(base)
    _salary(g, med, med, "AUD", period="hour", point=True)
    _salary(g, q1, q3, "AUD", period="hour")
    rows = []
    apprentice = _base(g.title) == g.title
    below = [(r, t) for r, t in g.moves_in]
    above = _above(g, 1)
    order: list[tuple[Role | None, str]] = [*below]
    if apprentice:
        order.append((None, f"Apprentice {g.title}"))
    order.append((g.role, g.title))
    order += above
    for rung, text in order:
        if rung is g.role:
            m, lo, hi = med, q1, q3
        else:  # rungs below the role earn less, rungs above more
            sign = 1 if any(rung is r for r, _ in above) else -1
            m, lo, hi = hourly(base + sign * rng.randint(300, 900) / 100)
            if rung is None:
                for a, b, point in ((m, m, True), (lo, hi, False)):
                    _salary(g, a, b, "AUD", period="hour", point=point, level="Apprentice")
            else:
                _rung(g, m, m, "AUD", rung, text, period="hour", point=True)
                _rung(g, lo, hi, "AUD", rung, text, period="hour")
        rows.append((text, m, lo, hi))
    states = rng.sample(_STATES, rng.randint(3, 6))
    strip = []
    for state in states:
        value = _apart(med + rng.randint(-300, 300) / 100, points)
        _salary(g, value, value, "AUD", period="hour", point=True, region=state)
        strip.append(f"{state} ${value:.2f}")
    allowance = rng.randint(40, 70)
    findings = [f"• Median hourly rate for a qualified {g.title.lower()}: ${med:.2f} — up "
                f"{rng.randint(2, 7)}.{rng.randint(1, 9)}% on 2024",
                f"• Middle 50% of qualified {plural}: ${q1:.2f} to ${q3:.2f} an hour"]
    nxt = [(r, t) for r, t in g.leads_to if r not in [p for p, _ in g.progression]]
    if nxt:
        yearly = rng.randint(85, 130) * 1000
        _rung(g, yearly, yearly, "AUD", nxt[0][0], nxt[0][1], point=True)
        findings.append(f"• Average annual base for a {nxt[0][1]}: ${_fmt(yearly)}")
    else:
        g.leads_to = []
    findings.append(f"• {rng.randint(40, 70)}% of businesses say they cannot fill vacancies")
    skills = [*g.skills["top"], *g.skills["tool"]]
    licence = f"{area} operator licence"
    g.optional.append(licence)
    paths = []
    if g.progression:
        paths.append("Most members moved along " + " → ".join(_texts(g.progression)) + ".")
    paths += _said("A smaller group moved across to {}.", _texts(g.transitions_to), "or")
    if nxt:
        paths.append(f"Others studied further and moved into consulting as {_a(nxt[0][1])} "
                     f"{nxt[0][1]}.")
    employers = []
    if g.sectors:
        shares = sorted(rng.sample(range(5, 60), len(g.sectors)), reverse=True)
        employers = ["Employers: " + " · ".join(f"{s.lower()} {p}%" for s, p in
                                                zip(g.sectors, shares, strict=True))]
    note = order[-1][1] if order[-1][0] is not g.role else order[0][1]
    width = max(len(t) for t, *_ in rows) + 3
    return [association, "REMUNERATION", "SNAPSHOT 2026", plural.capitalize(), "",
            f"{abbr} Remuneration Snapshot 2026 | 1", "", "Welcome",
            f"This snapshot summarises the {g.title.lower()} results of our 2026 member survey "
            f"({rng.randint(200, 600)} responses). Rates are gross base pay in Australian "
            "dollars before superannuation; allowances and overtime are not included.", "",
            "Key findings", *findings, "", f"{abbr} Remuneration Snapshot 2026 | 2", "",
            "Hourly base rates by position",
            f"{'Position':<{width}}{'Median':<12}Range (25th–75th)",
            *[f"{t:<{width}}${m:<11.2f}${lo:.2f} – ${hi:.2f}" for t, m, lo, hi in rows],
            f"Note: {note} rates exclude the vehicle allowance (${allowance} per week on "
            "median).", "", f"By state ({g.title}, median hourly)", "   ".join(strip), "",
            f"{abbr} Remuneration Snapshot 2026 | 3", "", "What employers are looking for",
            f"Employers rated these as essential for a qualified {g.title.lower()}:",
            *[f"– {s}" for s in skills],
            f"Half of employers also asked for a {licence}.", "",
            "Career paths reported by members", *paths, *employers, "",
            f"{abbr} Remuneration Snapshot 2026 | 4",
            "Disclaimer: figures are indicative only.   © " + association]


# --------------------------------------------------------------------------------------
# A job evaluation record or a classification review memo
# --------------------------------------------------------------------------------------
_COUNCILS = ("Ashby Vale Borough Council", "Fenwick District Council",
             "Holmbury Metropolitan Council", "Stanmere City Council")
_COUNTIES_US = ("Marlow County", "Pike Ridge County", "Calder County", "Wexham County")
_FACTORS = ("Mental skills", "Physical skills", "Initiative & independence",
            "Physical demands", "Mental demands", "Emotional demands",
            "Responsibility for people", "Responsibility for supervision",
            "Responsibility for financial resources", "Working conditions")


def _jobeval(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("record", "memo"))
    g.title_line = False
    _unlevel(g)
    _around(g, 1, 3)
    g.aliases, g.sectors = [], []
    g.leads_to = []
    g.transitions_to, g.moves_in = g.transitions_to[:1], g.moves_in[:2]
    g.skills = {"top": g.skills["top"][:6], "tool": g.skills["tool"][:2]}
    if variant == "memo":
        return _memo(rng, g, area)
    council = rng.choice(_COUNCILS)
    g.employers = [council]
    knowledge, other = g.skills["top"][:3], g.skills["top"][3:]
    tools = g.skills["tool"]
    g.must_not_appear += ["JOB EVALUATION RECORD", "FACTOR ASSESSMENT", "Grade outcome"]
    g.optional += ["Interpersonal & communication skills", "Initiative & independence"]
    chain = g.progression or [(g.role, g.title)]
    at = [r for r, _ in chain].index(g.role) if g.role in [r for r, _ in chain] else 0
    grade = rng.randint(6, 9)
    grades = {r.key: grade + 2 * (i - at) for i, (r, _) in enumerate(chain)}
    used: set[int] = set()
    scale = rng.randint(25, 31) * 1000

    def band(n: int) -> tuple[int, int]:
        low = _fresh(scale + (n - grade) * 4200 + rng.randint(0, 999), used, 7)
        return low, _fresh(low + rng.randint(2000, 3000), used, 7)

    low, high = band(grade)
    _salary(g, low, high, "GBP", level=f"Grade {grade}")
    compare = []
    for rung, text in [p for p in (*g.moves_in[:1], *_above(g, 1))]:
        n = grades.get(rung.key, grade - 2)
        lo, hi = band(n)
        owner, _ = _owner(g, rung, text)
        _salary(g, lo, hi, "GBP", belongs_to=owner, level=f"Grade {n}")
        compare.append(f"Grade {n} ({text}): £{_fmt(lo)} – £{_fmt(hi)}")
    supplement = rng.randint(10, 30) * 100
    factors = [("Knowledge", 6, "Degree-level knowledge of " + _prose_list(knowledge))]
    factors.append(("Mental skills", 5, _prose_list(other).capitalize() if other else ""))
    factors.append(("Interpersonal & communication skills", 4,
                    "Advice to businesses and the public"))
    factors.append(("Initiative & independence", 5, "Plans own work programme"))
    factors += [(f, rng.randint(1, 4), "") for f in rng.sample(_FACTORS[3:], 4)]
    rows, total = [], 0
    for i, (factor, step, why) in enumerate(factors, 1):
        score = step * rng.randint(10, 20)
        total += score
        words, parts, line = why.split(), [], ""
        for word in words:  # the rationale column wraps at 32 characters
            if line and len(line) + 1 + len(word) > 32:
                parts.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        parts += [line] if line else []
        rows.append(f"{i:<3}{factor:<39}{step:>2}   {score:>5}     {parts[0] if parts else ''}"
                    .rstrip())
        rows += [" " * 55 + p for p in parts[1:]]
    ladder = ""
    if g.progression:
        ladder = (f"The post sits on the council's {area.lower()} career grade: "
                  + " → ".join(f"{t} (Grade {grades[r.key]})" for r, t in g.progression) + ".")
    notes = [ladder] if ladder else []
    notes += _said("Officers with three years' experience may also apply to become {}.",
                   [f"{_a(t)} {t}" for t in _texts(g.transitions_to)])
    notes += _said("Many {} progress to this grade after part-time study.",
                   [_plural(m) for m in _texts(g.moves_in)], "and")
    considered = [f"- {s.capitalize()}" for s in other] + [f"- Use of {t}" for t in tools]
    diploma = f"Diploma in {area} Practice"
    g.optional.append(diploma)
    above = _above(g, 1)
    return [council.upper(), "JOB EVALUATION RECORD — CONFIDENTIAL WHEN COMPLETED",
            f"Scheme: NJC Job Evaluation Scheme (GLPC)         Panel date: "
            f"{rng.randint(10, 28)}/09/2026",
            f"Job no.: {area[:2].upper()}-{rng.randint(100, 999):04d}   Directorate: Place & "
            f"Regulatory Services   Service: {area}", "",
            f"Job title: {g.title}",
            *([f"Reports to: {above[0][1]}"] if above else []),
            "Evaluated against job description version 2.1", "", "Purpose of the job",
            f"To deliver the council's {area.lower()} service to residents and businesses.", "",
            "FACTOR ASSESSMENT",
            f"{'Factor':<42}{'Level':<6}{'Score':<8}Panel rationale", *rows,
            f"{'':<42}TOTAL {total:>5}",
            f"Grade outcome: Grade {grade} (points band {total - 20}–{total + 25})", "", "PAY",
            f"Grade {grade}, {rng.choice(('SCP', 'spinal points'))} {rng.randint(20, 30)}–"
            f"{rng.randint(31, 35)}: £{_fmt(low)} – £{_fmt(high)} per annum",
            f"Market supplement: £{_fmt(supplement)} per annum (not part of the grade)",
            *(["For comparison, " + "; ".join(compare)] if compare else []), "",
            "Knowledge, skills and experience considered by the panel",
            f"- {diploma} or equivalent", *considered, "",
            *(["Career grade note", *notes, ""] if notes else []),
            "Signed: Panel chair ................  HR adviser ................",
            "Appeal: the postholder may request a review within 3 months.", "Page 1 of 1"]


def _memo(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A classification review memo: a TO/FROM/RE block, duties with percent of time naming
    tools, a factor table, a reclassification, a minimum/midpoint/maximum table by grade
    (the role at grades I–III, the next rung's own row), a differential, a class series."""
    county = rng.choice(_COUNTIES_US)
    g.employers = [county]
    to, sender = rng.sample(_PEOPLE, 2)
    g.must_not_appear += ["MEMORANDUM", "CLASSIFICATION & COMPENSATION DIVISION", to, sender]
    skills, tools = g.skills["top"], g.skills["tool"]
    hourly = rng.random() < 0.5
    above = [(r, t) for r, t in _above(g, 1)]
    g.progression = [(g.role, g.title), *above]
    if len(g.progression) < 2:
        g.progression = []
    grades = rng.randint(10, 14)
    used: list[float] = []
    rows = []
    start = rng.randint(2200, 3000) / 100 if hourly else rng.randint(45, 70) * 1000
    step = 1.09
    numerals = ("I", "II", "III")
    for i, numeral in enumerate(numerals):
        low = round(start * step ** i, 2) if hourly else round(start * step ** i / 10) * 10
        high = round(low * 1.35, 2) if hourly else round(low * 1.35 / 10) * 10
        mid = _apart(round((low + high) / 2, 2), used) if hourly else (low + high) // 2
        level = f"{numeral} (Grade {grades + 2 * i})"
        _salary(g, low, high, period="hour" if hourly else "year", level=level)
        _salary(g, mid, mid, period="hour" if hourly else "year", point=True, level=level)
        rows.append((f"Grade {grades + 2 * i} — {g.title} {numeral}", low, mid, high))
    if above:
        rung, text = above[0]
        low = round(start * step ** 4, 2) if hourly else round(start * step ** 4 / 10) * 10
        high = round(low * 1.35, 2) if hourly else round(low * 1.35 / 10) * 10
        mid = round((low + high) / 2, 2) if hourly else (low + high) // 2
        period = "hour" if hourly else "year"
        _rung(g, low, high, "USD", rung, text, period=period)
        _rung(g, mid, mid, "USD", rung, text, period=period, point=True)
        rows.append((f"Grade {grades + 7} — {text}", low, mid, high))
    money = _cents if hourly else _fmt
    width = max(len(row[0]) for row in rows) + 3
    table = [f"Pay ranges (FY2027 {'hourly' if hourly else 'annual'})".ljust(width)
             + f"{'Minimum':<12}{'Midpoint':<12}Maximum"]
    table += [f"{name:<{width}}${money(lo):<11}${money(mi):<11}${money(hi)}"
              for name, lo, mi, hi in rows]
    shares = (40, 25, 20, 10, 5)
    duties = [f"Carries out {_prose_list(skills[:2])} for the {area.lower()} section"]
    if skills[2:]:
        duties.append(f"Handles {_prose_list(skills[2:])}")
    if tools:
        duties.append(f"Records results in {_prose_list(tools)}")
    duties.append("Responds to requests from other sections")
    duties.append("Trains new staff on routine tasks")
    duties = duties[:5]
    series = f"{g.title} I → II → III"
    series += f" → {above[0][1]}" if above else ""
    notes = [f"The class series progresses {series}."]
    notes += _said("Staff in this series are recruited mostly from {}.",
                   [f"the county's {m} class" if i == 0 else _plural(m).lower()
                    for i, m in enumerate(_texts(g.moves_in))], "and")
    notes += _said("Incumbents who obtain a further certificate may compete for {}.",
                   _texts(g.transitions_to), "or")
    differential = rng.choice((1.25, 1.5, 1.75, 2.0))
    return [f"{county.upper()} — HUMAN RESOURCES DEPARTMENT",
            "CLASSIFICATION & COMPENSATION DIVISION", "", "MEMORANDUM",
            f"TO:       {to}, {area} Director",
            f"FROM:     {sender}, Senior Classification Analyst",
            f"DATE:     November {rng.randint(2, 27)}, 2026",
            f"RE:       Position Classification Review — PCN {rng.randint(10000, 99999)}, "
            f"{g.title} I", "", "1. BACKGROUND",
            "The department asked whether the incumbent's duties have grown beyond the I class. "
            "I reviewed the position description questionnaire and completed a desk audit.", "",
            "2. DUTIES OBSERVED (percent of time)",
            *[f"{s:>2}%  {d}" for s, d in zip(shares, duties, strict=False)], "",
            "3. FACTOR EVALUATION (County Point-Factor Plan)",
            f"{'Factor':<32}{'I class':<14}{'This position':<15}Points",
            *[f"{f:<32}{rng.randint(1, 3):<14}{rng.randint(2, 4):<15}{rng.randint(20, 160)}"
              for f in ("A. Knowledge & training", "B. Complexity & judgment",
                        "C. Independence of action", "D. Contacts")],
            f"Point range: Grade {grades} = 380–449; Grade {grades + 2} = 450–519.", "",
            "4. FINDINGS", f"The duties match the {g.title} II class (Grade {grades + 2}).", "",
            "5. RECOMMENDATION",
            f"Reclassify the position from {g.title} I (Grade {grades}) to {g.title} II "
            f"(Grade {grades + 2}).", "", *table,
            f"Shift differential of ${differential:.2f}/hour for night hours continues to apply.",
            "On-call pay per the collective agreement.", "", *notes, "",
            "cc: Personnel file; Payroll", "Attachments: PDQ; desk audit notes"]


# --------------------------------------------------------------------------------------
# An e-mail newsletter digest of job openings
# --------------------------------------------------------------------------------------
_DIGEST_CITIES = ("Providence, RI", "Richmond, VA", "Ann Arbor, MI", "Tucson, AZ",
                  "Boise, ID", "Albany, NY")
_CA_CITIES = ("Halifax NS", "Kelowna BC", "Regina SK", "Winnipeg MB", "Guelph ON")
_SPECIALISMS = ("School Programs", "Access Programs", "Community Outreach", "Operations",
                "Quality", "Special Projects")


def _jobdigest(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("bulletin", "mailclient"))
    g.title_line = False
    _unlevel(g)
    _around(g)
    g.aliases, g.sectors = [], []
    g.moves_in, g.transitions_to = g.moves_in[:2], g.transitions_to[:2]
    g.leads_to = [p for p in g.leads_to if p not in g.progression][:1]
    g.skills = {"top": g.skills["top"][:5], "tool": g.skills["tool"][:2]}
    others = _others(g)
    employers = [e for e in g.employers if " and " not in e][:3]
    while len(employers) < 3:
        employers.append(f"{area} {('Works', 'Trust', 'Collective')[len(employers)]}")
    g.employers = employers[:2]
    other_firm = rng.choice(_OTHER_FIRMS)
    if others:
        g.optional.append(other_firm)
    plain = _base(g.title) == g.title
    if variant == "mailclient":
        return _mailclient(rng, g, area, others, other_firm, plain)
    cities = rng.sample(_DIGEST_CITIES, 4)
    used: set[int] = set()
    listings = []
    low = _fresh(rng.randint(42, 70) * 1000, used, 500)
    high = _fresh(low + rng.randint(5, 9) * 1000, used, 500)
    _salary(g, low, high)
    spec = rng.sample(_SPECIALISMS, 2)
    bullet = rng.choice(("►", "•", "■"))
    listings += [f"► {g.title}, {spec[0]} — {g.employers[0]} ({cities[0]})",
                 f"  ${_fmt(low)}–${_fmt(high)} · full-time · apply by Oct 30",
                 *[f"  Day to day: {s} and reporting." for s in g.skills["top"][:1]], ""]
    if plain and len(g.employers) > 1:
        s_low = _fresh(high + rng.randint(3, 8) * 1000, used, 500)
        s_high = _fresh(s_low + rng.randint(5, 9) * 1000, used, 500)
        _salary(g, s_low, s_high, level="Senior")
        listings += [f"► Senior {g.title} — {g.employers[1]} ({cities[1]})",
                     f"  ${_fmt(s_low)}–${_fmt(s_high)} · full-time", ""]
    part = round(low / 2080 * 0.9 * 4) / 4
    _salary(g, part, part, period="hour", point=True)
    g.salaries[-1]["label"] = "part-time"
    listings += [f"► {g.title} (Part-Time) — {g.employers[-1]} ({cities[2]})",
                 f"  ${part:.2f}/hour · 20–25 hrs/week, weekends required", ""]
    if others:
        _, text = others[0]
        value = _fresh(rng.randint(50, 95) * 1000, used, 500)
        _salary(g, value, value, point=True, belongs_to=text)
        listings += [f"► {text} — {other_firm} ({cities[3]})", f"  ${_fmt(value)} · full-time",
                     ""]
    blocks = "\n".join(listings).split("\n\n")
    first, rest = blocks[0], [b for b in blocks[1:] if b]
    rng.shuffle(rest)  # the digest's order is the board's, not the role's first
    listings = [*"\n\n".join([first, *rest]).replace("► ", f"{bullet} ").split("\n"), ""]
    median = _fresh(round((low + high) / 2 / 500) * 500 + 250, used, 500)
    _salary(g, median, median, point=True)
    g.salaries[-1]["label"] = "median advertised"
    issue = rng.randint(40, 220)
    digest = f"The {area} Jobs Digest"
    g.must_not_appear += ["View this email in your browser", "Unsubscribe", f"issue #{issue}"]
    wishes = [*g.skills["top"][1:], *g.skills["tool"]]
    if not wishes:
        g.skills["top"] = g.skills["top"][:1]
    hires = _said("Two of three said they hire former {} into these roles every year.",
                  [_plural(m).lower() for m in _texts(g.moves_in)], "and")
    story = []
    if g.progression:
        chain = _texts(g.progression)
        story = ["READER STORY", f"\"I started as {_a(chain[0])} {chain[0].lower()}, "
                 + ", ".join(f"then became {_a(t)} {t.lower()}" for t in chain[1:])
                 + ".\" — a reader in Denver."]
    story += _said("Some readers moved sideways into {} jobs.",
                   [t.lower() for t in _texts(g.transitions_to)], "or")
    story += _said("Others go on to {}.", [t.lower() for t in _texts(g.leads_to)], "or")
    rule = "━" * 28
    return [f"From: {digest} <digest@{area.lower().replace(' ', '')}jobs.news>",
            f"Subject: {rng.randint(6, 15)} new {g.title.lower()} jobs + what hiring managers "
            "want", "Date: Tue, 6 Oct 2026 07:02 -0400", "View this email in your browser", "",
            "Hi there,",
            f"Welcome to issue #{issue} of {digest} — the weekly roundup of {area.lower()} jobs.",
            "", rule, "THIS WEEK'S LISTINGS", rule, "", *listings,
            "  …plus more on the board", "", rule,
            "SPONSORED · Shiftly — rotas in minutes. Book a demo.", rule, "", "SALARY CHECK",
            f"From the {rng.randint(30, 90)} full-time {g.title.lower()} listings we posted since "
            f"January, the median advertised salary was ${_fmt(median)}.", "",
            *(["WHAT HIRING MANAGERS SAID THIS MONTH",
               f"We asked three hiring managers what makes a candidate stand out: "
               f"{_prose_list(wishes)}.", *hires, ""] if wishes or hires else []),
            *story, "",
            "Know someone job hunting? Forward this email. Got a listing? Post it for "
            f"${rng.randint(60, 150)}.", "Unsubscribe · Update preferences"]


def _mailclient(rng: random.Random, g: Guide, area: str, others: list[tuple[Role, str]],
                other_firm: str, plain: bool) -> list[str]:
    """A digest seen in a mail client: a "to me" header, numbered listings in capitals with
    Pay lines (a band with a tip share, an Assistant rate, a Nights rate with a premium,
    another title's salary, a start/after-probation pair), a yearly median and a regional
    one, and paths in prose (CAD)."""
    cities = rng.sample(_CA_CITIES, 4)
    points: list[float] = []
    low = rng.randint(1800, 2400) / 100
    high = round(low + rng.randint(250, 450) / 100, 2)
    _salary(g, low, high, "CAD", period="hour")
    items = [(g.title.upper(), g.employers[0], cities[0],
              f"Pay: ${low:.2f}–${high:.2f}/hr + tip share   |   Full-time, 4x10 shifts")]
    if plain:
        assistant = _apart(low - 2.5, points)
        # (an assistant's post is another title, "Assistant" no level of the role: the
        # fixtures' README convention, set 10 and set 12)
        _salary(g, assistant, assistant, "CAD", period="hour", point=True,
                belongs_to=f"Assistant {g.title}")
        items.append((f"ASSISTANT {g.title.upper()}", g.employers[-1], cities[1],
                      f"Pay: ${assistant:.2f}/hr"))
    if others:
        _, text = others[0]
        o_low = rng.randint(55, 80) * 1000
        o_high = o_low + rng.randint(5, 12) * 1000
        _salary(g, o_low, o_high, "CAD", belongs_to=text)
        items.append((text.upper(), other_firm, cities[2],
                      f"Salary: ${_fmt(o_low)}–${_fmt(o_high)} a year"))
    nights = _apart(high + 0.75, points)
    _salary(g, nights, nights, "CAD", period="hour", point=True)
    g.salaries[-1]["label"] = "nights"
    premium = rng.choice((1.5, 2.0, 2.5))
    items.append((f"{g.title.upper()} (NIGHTS)", g.employers[0], cities[3],
                  f"Pay: ${nights:.2f}/hr   |   Night shift premium ${premium:.2f}/hr on top"))
    start = _apart(low + 0.5, points)
    after = _apart(start + 1.5, points)
    for value, label in ((start, "to start"), (after, "after probation")):
        _salary(g, value, value, "CAD", period="hour", point=True)
        g.salaries[-1]["label"] = label
    items.append((g.title.upper(), g.employers[-1], cities[1],
                  f"Pay: ${start:.2f}/hr to start, ${after:.2f}/hr after probation"))
    median = _apart((low + high) / 2, points)
    regional = _apart(median + 1.25, points)
    _salary(g, median, median, "CAD", period="hour", point=True)
    g.salaries[-1]["label"] = "median advertised"
    _salary(g, regional, regional, "CAD", period="hour", point=True, region="Ontario and BC")
    listing = []
    for i, (title, employer, city, pay) in enumerate(items, 1):
        listing += [f"{i}) {title} — {employer}, {city}", f"   {pay}"]
        if i == 1:
            listing.append(f"   What you'll do: {_prose_list(g.skills['top'][:2])}.")
        listing.append("")
    number = rng.randint(20, 120)
    rule = rng.choice(("=== {} ===", "--- {} ---", "■ {}"))
    digest = f"{area} Jobs Weekly"
    g.must_not_appear += ["Open it online", "to me", f"No. {number}"]
    wishes = [*g.skills["top"][2:], *g.skills["tool"]]
    prose = []
    if wishes:
        prose.append(f"Three hiring leads told us what they look for: {_prose_list(wishes)}.")
    prose += _said("Most people here started as {}.",
                   [f"{_a(m)} {m.lower()}" for m in _texts(g.moves_in)])
    if g.progression:
        prose.append("The usual route up is " + " → ".join(t.lower() for t in
                                                            _texts(g.progression)) + ".")
    prose += _said("A few crossed over to {}.", [t.lower() for t in _texts(g.transitions_to)])
    prose += _said("Some went on to {}.", [t.lower() for t in _texts(g.leads_to)])
    return [f"{digest} <hello@{area.lower().replace(' ', '')}jobs.ca>", "to me",
            "Thu, Oct 8, 2026, 6:15 AM", "", "Trouble reading this? Open it online.", "",
            f"{digest.upper()}  |  No. {number}  |  Canada's {area.lower()} job list", "",
            "Morning, all. Hiring has picked up in Ontario and BC. Here's the week.", "",
            rule.format("NEW THIS WEEK"), "", *listing, rule.format("BY THE NUMBERS"),
            f"Across the postings we've carried this year, the median advertised wage was "
            f"${median:.2f} an hour; Ontario and BC postings ran higher (median "
            f"${regional:.2f}).", "", rule.format("SHOP TALK"), *prose, "",
            "Got a job to post? Reply to this email.",
            "You're getting this because you signed up. Unsubscribe | Forward to a friend"]


# --------------------------------------------------------------------------------------
# A job site's company Q&A tab filtered to one job title
# --------------------------------------------------------------------------------------
_QA_COMPANIES = ("Crestview Holdings", "Northgate Services Group", "Bluewater Operations",
                 "Summit Field Company")
_QA_PLACES = (("Big Sky, MT", "Montana"), ("Truckee, CA", "Tahoe"), ("Stowe, VT", "Vermont"),
              ("Charlotte, NC", "Charlotte"), ("Phoenix, AZ", "Phoenix"),
              ("Austin, TX", "Austin"))


def _companyqa(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("tabbed", "bylines"))
    g.title_line = False
    _unlevel(g)
    g.aliases = []
    company = rng.choice(g.employers[:1] or _QA_COMPANIES)
    g.employers = [company]
    g.sectors = g.sectors[:1]
    g.progression = _above(g, 2) and [(g.role, g.title), *_above(g, 2)]
    if len(g.progression) < 2:
        g.progression = []
    g.leads_to = []
    g.moves_in, g.transitions_to = g.moves_in[:2], g.transitions_to[:2]
    g.skills = {"top": g.skills["top"][:5], "tool": g.skills["tool"][:2]}
    places = rng.sample(_QA_PLACES, 4)
    plural = _many(g.title)
    g.must_not_appear += ["Ask a question", "Helpful" if variant == "tabbed" else "👍"]
    if variant == "bylines":
        return _bylines(rng, g, area, company, places, plural)
    points: list[float] = []
    first = _apart(rng.randint(1500, 2200) / 100, points)
    second = _apart(first + 1.25, points)
    there = _apart(second + 1.5, points)
    for value, label in ((first, "first season"), (second, "second season")):
        _salary(g, value, value, period="hour", point=True)
        g.salaries[-1]["label"] = label
    _salary(g, there, there, period="hour", point=True, region=places[1][1])
    answers = [f"I started at ${first:.2f} an hour my first season and got ${second:.2f} my "
               "second."]
    if _base(g.title) == g.title:
        lead = _apart(there + 1.0, points)
        _salary(g, lead, lead, period="hour", point=True, level="Lead")
        answers[0] += f" Lead {plural} make around ${lead:.2f}."
    other = _others(g)[:1]
    up = ""
    if g.progression:
        up = (" → ".join(_texts(g.progression)) + " is normal in a few years.")
    side = _said("A lot of people also switch to {}.",
                 [t.lower() for t in _texts(g.transitions_to)])
    other_pay = []
    if other:
        _, text = other[0]
        value = _apart(rng.randint(2400, 3200) / 100, [])
        _salary(g, value, value, period="hour", point=True, belongs_to=text)
        other_pay = [f"{_plural(text)} start around ${value:.2f}/hr."]
    answerer = g.progression[1][1] if g.progression else (other[0][1] if other else "Manager")
    hires = _said("Students, retirees, and people who worked as {} before.",
                  [f"{_a(m)} {m.lower()}" for m in _texts(g.moves_in)])
    g.optional += ["Students", "retirees"] if hires else []  # hired groups, no earlier job
    perk = rng.choice(("a free season pass", "free uniforms", "a staff discount card"))
    header = [rng.choice(("Find jobs   Company reviews   Salary guide        Sign in",
                          "Jobs  Reviews  Salaries  Q&A        Log in  |  Employers")), "",
              company,
              f"{rng.randint(28, 44) / 10} ★★★★☆  {rng.randint(200, 3000):,} reviews        "
              "Follow    Write a review"]
    if g.sectors:
        header.append(f"Industry: {g.sectors[0]}")
    skills = [*g.skills["top"], *g.skills["tool"]]
    middle = [["What is the interview process like?",
               f"  Answered by {_a(g.title)} {g.title} in {places[2][0]}",
               "  Group interview, then a short call with the supervisor.", "  Helpful 12", ""],
              [f"What skills do you need to be {_a(g.title)} {g.title.lower()}?",
               f"  Answered by a Former {g.title} in {places[2][0]}",
               f"  Mostly {_prose_list(skills)}." if skills else "  Mostly staying alert.",
               "  Helpful 29", ""],
              [f"Do you get {perk}?", f"  Answered by {_a(g.title)} {g.title} in {places[1][0]}",
               "  Yes, plus 50% off food. Not pay, but it helps.", "  Helpful 33", ""]]
    rng.shuffle(middle)  # the tab sorts questions by helpful votes
    return [*header,
            "Snapshot  Why Join Us  Reviews  Salaries  Jobs  Q&A  Interviews  Photos", "",
            f"Questions and answers about {company}: {g.title}",
            f"Filter: Job title ▾ {g.title}   Location ▾ All   Sort by: Most helpful", "",
            f"How much does {_a(g.title)} {g.title.lower()} make at {company}?",
            "Asked March 2, 2026",
            f"  Answered by {_a(g.title)} {g.title} in {places[0][0]} — March 9, 2026",
            f"  {answers[0]}", f"  Helpful {rng.randint(10, 60)}   Not helpful 3",
            f"  Answered by {_a(g.title)} {g.title} in {places[1][0]} — January 22, 2026",
            f"  ${there:.2f}/hr in {places[1][1]}, they pay more here.",
            f"  Helpful {rng.randint(5, 30)}   Not helpful 1", "  See 6 more answers", "",
            *[line for block in middle for line in block],
            *([f"Can you move up from {g.title.lower()}?",
               f"  Answered by {_a(answerer)} {answerer} in {places[0][0]}",
               f"  Yes. {up}".rstrip() + (" " + " ".join(side + other_pay) if side or other_pay
                                          else ""), "  Helpful 22", ""]
              if up or side or other_pay else []),
            *(["Who do they usually hire?",
               f"  Answered by {_a(answerer)} {answerer} in {places[2][0]}",
               f"  {hires[0]}", "  Helpful 8", ""] if hires else []),
            "Ask a question   Questions may be answered by current or former employees.",
            "Answers have not been verified.", "© 2026  Cookies, Privacy and Terms"]


def _bylines(rng: random.Random, g: Guide, area: str, company: str,
             places: list[tuple[str, str]], plural: str) -> list[str]:
    """A Q&A tab with "▸ title (Current Employee) · place · when" bylines: levels with their
    rates and a "capped around" ceiling, another title's rate and the role's band in a
    place, an allowance and a weekend differential, moves in from fields."""
    word = rng.choice(("Tech", "Level", "Step"))
    points: list[float] = []
    one = _apart(rng.randint(1800, 2500) / 100, points)
    two = _apart(one + rng.randint(150, 300) / 100, points)
    cap = round(two + rng.randint(400, 700) / 100, 2)
    _salary(g, one, one, period="hour", point=True, level=f"{word} 1")
    _salary(g, two, two, period="hour", point=True, level=f"{word} 2")
    g.optional += [f"{word} 1", f"{word} 2"]
    band_lo = int(one) - 1
    band_hi = band_lo + 3
    _salary(g, band_lo, band_hi, period="hour", region=places[1][1])
    other = _others(g)[:1]
    splice = []
    if other:
        _, text = other[0]
        value = int(cap) + 2
        _salary(g, value, value, period="hour", point=True, belongs_to=text)
        splice = [f"   ▸ {text} (Former Employee) · {places[1][0]} · 1 year ago",
                  f"     {_plural(text)} make more — I was at ${value}/hr. {plural.capitalize()} "
                  f"in {places[1][1]} were ${band_lo}-{band_hi}.", "     👍 19  👎 2"]
    else:
        splice = [f"   ▸ {g.title} (Former Employee) · {places[1][0]} · 1 year ago",
                  f"     {plural.capitalize()} in {places[1][1]} were ${band_lo}-{band_hi}.",
                  "     👍 9  👎 2"]
    grow = []
    if g.progression:
        nxt = g.progression[1][1]
        salaried = rng.randint(55, 75)
        _rung(g, salaried * 1000, (salaried + 8) * 1000, "USD", g.progression[1][0], nxt)
        g.progression = g.progression[:2]
        grow = [f"From {word} 3 you can apply for {nxt.lower()}"
                + "".join(f" or go to {t.lower()}" for t in _texts(g.transitions_to)[:1])
                + f". {_plural(nxt)} are salaried, ${salaried}k-${salaried + 8}k here."]
        g.transitions_to = g.transitions_to[:1]
    else:
        grow = _said("Some move to {}.", [t.lower() for t in _texts(g.transitions_to)])
    moves = _said("Lots of people come from {} jobs.",
                  [m.lower() for m in _texts(g.moves_in)], "or")
    skills = [*g.skills["top"], *g.skills["tool"]]
    header = f"{company}\n★ {rng.randint(28, 44) / 10} ({rng.randint(300, 4000):,} reviews)"
    if g.sectors:
        header += f"   {g.sectors[0]} · Denver, CO · 10,000+ employees   [Follow]"
    else:
        header += "   [Follow]"
    asker = g.progression[1][1] if g.progression else g.title
    return ["JobHarbor  |  Search jobs  Companies  Salaries  Career advice      Log in", "",
            *header.split("\n"), "Overview | Reviews | Salaries | Benefits | Jobs | Questions",
            "", f"{g.title} questions at {company}",
            f"Showing 5 of {rng.randint(20, 80)} questions about {g.title}   ← All job titles",
            "", f"Q: What's the starting pay for {plural}?",
            f"   ▸ {g.title} (Current Employee) · {places[0][0]} · 4 months ago",
            f"     {word} 1 starts at ${one:.2f}/hr. After certification you go to {word} 2 at "
            f"${two:.2f}. {word} 3 is capped around ${cap:.2f}.", "     👍 56  👎 4", *splice,
            "   Show 9 more answers ⌄", "",
            *(["Q: Do you need experience?",
               f"   ▸ {g.title} (Current Employee) · {places[0][0]}",
               f"     No. {moves[0]} You need a clean driving record.", "     👍 23  👎 0", ""]
              if moves else []),
            "Q: What do you actually do all day?",
            f"   ▸ {g.title} (Former Employee) · {places[2][0]}",
            f"     {_prose_list(skills).capitalize()}, and explaining things to customers."
            if skills else "     Customer visits.", "     👍 41  👎 1", "",
            *(["Q: Is there room to grow?", f"   ▸ {asker} (Current Employee) · {places[3][0]}",
               f"     {word} 1 to {word} 3 in about two years. " + " ".join(grow), "     👍 17",
               ""] if grow else []),
            "Q: Do they give you a truck?",
            f"   ▸ {g.title} (Current Employee) · {places[0][0]}",
            f"     Yes, plus a ${rng.randint(2, 6)}00 tool allowance a year and "
            f"${rng.choice((1.25, 1.5, 1.75)):.2f}/hr for weekend shifts.", "     👍 30  👎 0",
            "", "[ Ask a question ]   Answers are from current and former employees.",
            "JobHarbor © 2026 · Help · Privacy · Terms"]


# --------------------------------------------------------------------------------------
# A freelance marketplace profile
# --------------------------------------------------------------------------------------
_MARKETS = ("Gigwell", "Taskmoor", "Freelanza", "Worklane")
_FREELANCERS = ("Marisa K.", "Tomas R.", "Ada N.", "Jonas B.", "Priya S.", "Lena W.")


def _freelanceprofile(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("hourly", "dayrate"))
    g.title_line = False
    g.aliases, g.sectors = [], g.sectors[:1]
    _up_to_role(g)
    g.moves_in = []
    g.leads_to = g.leads_to[:1]
    g.transitions_to = g.transitions_to[:1] if variant == "dayrate" else []
    g.skills = {"top": g.skills["top"][:6], "tool": g.skills["tool"][:3]}
    market = rng.choice(_MARKETS)
    person = rng.choice(_FREELANCERS)
    g.must_not_appear += [person, "Job Success" if variant == "hourly" else "Response rate"]
    studio = f"{person.split()[0]} {area} Studio"
    history = [t for t in _texts(g.progression)][:-1]
    firms = rng.sample(("Harlow Media Group", "Brightline Works", "Osprey Labs",
                        "Quarry Hill Partners"), 2)
    g.optional += [f for f, _ in zip(firms, history, strict=False)]
    languages = ["English", rng.choice(("Spanish", "German", "French"))]
    g.optional += languages
    member = f"{area} Freelancers Guild"
    g.optional.append(member)
    if variant == "dayrate":
        return _dayrate(rng, g, area, market, person, history, firms, languages, member)
    g.employers = [studio]
    g.sectors, g.leads_to = [], []  # the hourly profile names neither
    rate = rng.randint(40, 140)
    _salary(g, rate, rate, period="hour", point=True)
    skills = [*g.skills["top"], *g.skills["tool"]]
    specs = g.skills["top"][:2]
    separator = rng.choice((" | ", " & "))
    headline = (rng.choice(("", "Experienced ", "Reliable ")) + g.title
                + (separator + ", ".join(specs) if specs else ""))
    before = (f" Before going freelance I worked as {_a(history[-1])} {history[-1].lower()}."
              if history else "")
    fixed = rng.randint(2, 9) * 50 + 20
    hours = rng.randint(20, 80)
    unit = rng.randint(150, 400)
    years = list(range(2026 - 3 * len(history) - 3, 2027, 3))
    employment = [f"{g.title} & Owner | {studio}    {years[-2] if len(years) > 1 else 2020} – "
                  "Present"]
    for i, (text, firm) in enumerate(zip(reversed(history), firms, strict=False)):
        employment.append(f"{text} | {firm}    {2016 - 3 * i} – {2019 - 3 * i}")
    g.must_not_appear += [f"Billed: ${_fmt(hours * rate)}.00"]
    lines = [f"{market}   Find Talent ▾   Find Work ▾   Why {market} ▾      Log In   Sign Up", "",
            f"[photo]  {person}  ✓ ID verified",
            f"         {rng.choice(('Asheville', 'Tacoma', 'Dayton'))}, United States – 2:14 pm "
            "local time",
            f"         Top Rated   {rng.randint(90, 100)}% Job Success", "", headline,
            f"${rate:.2f}/hr", "", "Total earnings   Total jobs   Total hours",
            f"${rng.randint(20, 90)}K+            {rng.randint(40, 400)}          "
            f"{rng.randint(300, 3000):,}", "",
            f"Hi! I'm a full-time {g.title.lower()} working from my own studio."
            + (f" I use {_prose_list(g.skills['tool'])} every day." if g.skills["tool"] else "")
            + before, "...more", "", "Skills", "   ".join(skills), "",
            f"Work history   Completed jobs ({rng.randint(30, 300)})",
            "★★★★★ 5.00   \"Short project for a startup\"   Feb 2026",
            f"   ${fixed:.2f}  Fixed price",
            f"★★★★★ 4.90   \"Ongoing {area.lower()} support\"   Jan 2026",
            f"   {hours} hours   ${rate:.2f} /hr   Billed: ${_fmt(hours * rate)}.00",
            "★★★★★ 5.00   \"Per-unit batch\"   Nov 2025",
            f"   ${unit} per finished unit   Billed: ${_fmt(unit * 7)}.00", "",
            "Employment history", *employment, "",
            f"Other experiences   Member, {member}", "",
            f"Languages   {languages[0]}: Native or Bilingual   {languages[1]}: Conversational",
            f"Similar freelancers: {(similar := rng.choice(('Editor', 'Consultant')))} · "
            f"{(other := rng.choice(('Producer', 'Coach')))}",
            f"{market} © 2026   Terms of Service   Privacy Policy"]
    g.optional += [similar, other]  # other freelancers' titles, no move
    return lines


def _dayrate(rng: random.Random, g: Guide, area: str, market: str, person: str,
             history: list[str], firms: list[str], languages: list[str],
             member: str) -> list[str]:
    """A European day-rate profile: an "approximate daily rate" and a small-jobs hourly
    rate in euros, category paths, a dotted skills strip with languages, dated experience
    naming a client, mission prices and the platform's commission, a "building toward"."""
    client = rng.choice(("Kessler Werke GmbH", "Albrecht Systeme AG", "Vogt & Lindner KG"))
    g.employers = [client]
    day = rng.randint(35, 90) * 10
    small = rng.randint(45, 95)
    _salary(g, day, day, "EUR", period="day", point=True)
    _salary(g, small, small, "EUR", period="hour", point=True)
    g.salaries[-1]["label"] = "small jobs"
    dotted = " · ".join([*g.skills["top"], *g.skills["tool"],
                         f"{languages[1]} (native)", f"{languages[0]} (C1)"])
    sector = [s.lower() for s in g.sectors]
    # (a sector is no countable noun: "firms in legal services", "gaming firms", never
    # "legal servicess")
    kinds = (f"firms in {sector[0]}" if sector and sector[0].endswith("s")
             else f"{sector[0]} firms" if sector else "")
    clients = (f"clients include {kinds} and {client}" if sector
               else f"clients include {client}")
    experience = [f"2020–today  Freelance {g.title.lower()} — {clients}"]
    for i, (text, firm) in enumerate(zip(reversed(history), firms, strict=False)):
        experience.append(f"{2016 - 4 * i}–{2020 - 4 * i}   {text}, {firm}")
    nxt = _said("What I can take on next: I'm building toward {}.",
                [*(t.lower() for t in _texts(g.transitions_to)),
                 *(f"a role as {_a(t)} {t.lower()}" for t in _texts(g.leads_to))], "and")
    # (a mission's price is no pay: kept apart from every figure of the truth, the day rate too)
    missions = [int(_no_pay(g, rng.randint(4, 20) * 50 + 40, 5)),
                int(_no_pay(g, rng.randint(10, 30) * 50 + 15, 5))]
    return [f"{market}  ·  Search freelancers  ·  Post a project  ·  How it works     "
            "Connexion | EN ▾", "", person,
            g.title + rng.choice(("", f" & {area} Consultant")),
            "📍 Leipzig, Germany · Remote or on site", f"Approximate daily rate   €{day}",
            "Availability: Full-time from 12 January 2027",
            "Response rate 100%   Response time within 1 hour", "", "About",
            f"I deliver {area.lower()} work for firms across Europe"
            + (f", working in {_prose_list(g.skills['tool'])}" if g.skills["tool"] else "")
            + ".", f"Hourly rate for small jobs: €{small}.", "", "Categories",
            f"Design › {area}      Engineering › Consulting", "",
            f"Skills ({len(dotted.split(' · '))})", dotted, "", "Experience", *experience,
            f"Education   Vocational training, {2010 + rng.randint(0, 4)}", "",
            f"Missions carried out on {market} ({rng.randint(8, 40)})",
            f"\"Short review for a client\"  · €{missions[0]:,} ·  ★★★★★",
            f"\"Rework of a delivery\"  · €{missions[1]:,} ·  ★★★★★", "", *nxt,
            *([""] if nxt else []), f"Member of the {member}.",
            f"{market} takes a 10% commission on missions. Rates are set by the freelancer.",
            f"© {market} 2026 · Legal notice · Privacy"]


FAMILY23_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "zhmt": _zhmt, "surveypdf": _surveypdf, "jobeval": _jobeval, "jobdigest": _jobdigest,
    "companyqa": _companyqa, "freelanceprofile": _freelanceprofile,
}
