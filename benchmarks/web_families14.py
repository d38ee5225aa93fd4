"""Generator renderers for the six page families of held-back set 14 (chats, mentor profiles ...).

Held-back set 14 showed six more kinds of page users bring: a shared AI-chat conversation
about a career (a chat service's sidebar, the user's and the assistant's turns, markdown
headings and tables, a pasted job advert, an arrow path), a mentoring platform's mentor
profile (badges and statistics, session prices that are fees, an experience list newest
first, a glued expertise tag strip, "similar mentors"), a step-by-step "How to become" article
(parts or methods, step numbers glued to their headings, image captions, an expert's answer,
related articles), an employer's promotion rubric or career-level framework (levels by
competencies, a pay band per level, promotion rules), a professional body's pay-survey report
(tables by title, region and experience, percentiles, response counts) and a take-home pay
calculator for a job title (gross against net, tax lines, the same pay by period, "similar
jobs").  These renderers write such pages from a planned guide, two to four structure variants
a family.  As in the other style modules every skill, move, employer, sector and salary the
guide keeps is printed, what a style does not state is cleared, and figures that are fees,
allowances or arithmetic on a stated figure (a calculator's net pay) join no truth.

>>> _glued(["Route Design", "SQL", "Mentoring"])
'Route DesignSQLMentoring'
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from benchmarks.web_common import (
    DUTIES,
    _a,
    _clear,
    _owner,
    _plural,
    _prose_list,
    _said,
    _salary,
    _skills,
    _texts,
    pick_chance,
    pick_variant,
)
from benchmarks.web_families12 import _MONEY, _PEOPLE, _TOWNS, _fmt, _hourly, _yearly

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide, Role

__all__ = ["FAMILY14_LADDER_LAYOUTS", "FAMILY14_LAYOUTS", "FAMILY14_RENDERERS"]

FAMILY14_LAYOUTS = ("chatexport", "mentorprofile", "howtosteps", "promorubric",
                    "surveyreport", "paycalc")
# Styles printing the role's ladder (the mentor's experience list is cut to what it shows).
FAMILY14_LADDER_LAYOUTS = ("chatexport", "mentorprofile", "promorubric")

Money = tuple[str, str, float]  # currency, symbol printed, units per USD
_USER_JOBS = ("Shift Supervisor", "Warehouse Operative", "Retail Assistant", "Call Centre Agent",
              "Barista", "Office Administrator", "Delivery Driver")
_SMALL_FIRMS = ("Kestrel Lake Hotel", "Brookmoor Foods", "Tandem Parcel Co", "Halewood Stores",
                "Orchard Row Cafe", "Pellham Print Works")


def _glued(names: Sequence[str]) -> str:
    """Tags as a page's chip strip pastes them when the markup is stripped."""
    return "".join(names)


def _per_month(yearly: int) -> int:
    return round(yearly / 12 / 50) * 50


def _band_text(symbol: str, low: float, high: float, dash: str = "–") -> str:
    return f"{symbol}{_fmt(low)}{dash}{symbol}{_fmt(high)}"


def _hour(g: Guide, low: float, high: float, code: str = "USD", *, point: bool = False,
          belongs_to: str | None = None, level: str | None = None,
          region: str | None = None) -> tuple[float, float]:
    """Record an hourly figure, first moved clear of any recorded figure of the same owner
    and currency less than two units from it (a guide holds whole units: $45.50 and $46.50
    both become $46, one fact)."""
    def near(e: dict[str, object]) -> bool:
        return (e["currency"] == code and e["period"] == "hour"
                and e.get("belongs_to") == belongs_to and abs(float(str(e["min"])) - low) < 2
                and e["max"] is not None and abs(float(str(e["max"])) - high) < 2)

    while any(near(e) for e in g.salaries):
        low, high = low + 1.25, high + 1.25
    _salary(g, low, high, code, period="hour", point=point, belongs_to=belongs_to, level=level,
            region=region)
    return low, high


def _rungs_pay(rng: random.Random, g: Guide, rungs: Sequence[tuple[Role, str]], money: Money,
               monthly: bool = False) -> list[tuple[str, int, int]]:
    """(name, low, high) for each rung, recorded for its owner (the role at a level or the
    rung's own title)."""
    code, _, rate = money
    out = []
    for role, name in rungs:
        low, high = _yearly(rng, role.level, rate)
        if monthly:
            low, high = _per_month(low), _per_month(high)
        owner, level = _owner(g, role, name)
        _salary(g, low, high, code, period="month" if monthly else "year", belongs_to=owner,
                level=level)
        out.append((name, low, high))
    return out


# --------------------------------------------------------------------------------------
# Shared AI-chat conversation
# --------------------------------------------------------------------------------------
_BOTS = ("Assistant", "Orbit AI", "Sage", "Pilot")
_SIDEBAR = ("Sourdough starter ratios", "Fix squeaky bike brakes", "Birthday poem for Nan",
            "Spreadsheet lookup error", "Weekend in the hills?", "Explain compound interest",
            "Rewrite my cover letter", "Plant watering schedule")
_AD_FIRMS = ("Maple & Rowe", "Cinderpath Group", "Northlight Partners", "Wexford Hale")
_SKILL_HEADS = ("### Skills you'll need", "**Core skills employers look for**", "Key skills",
                "## What you need to be good at")
_PATH_HEADS = ("### Typical career path", "### The usual ladder", "**How people progress**")
_PAY_HEADS = ("### Pay in {place} ({year})", "### Salaries ({place}, {year})",
              "**What it pays in {place}**")
_GLOSSES = ("interviewers test it", "you'll use it most weeks", "learn it on small projects first",
            "the part most beginners underrate")
_ALLOWANCES = ("city weighting", "shift allowance", "car allowance", "on-call supplement")


def _path(g: Guide) -> tuple[str, str | None]:
    """The arrow path the assistant prints, and its first box when it holds a slash."""
    chain = _texts(g.progression)
    if len(chain) >= 2:
        feeders = _texts(g.moves_in)
        if chain[1] == g.title and len(feeders) >= 2 and chain[0] in feeders:
            box = " / ".join([chain[0], *[f for f in feeders if f != chain[0]]])
            return " → ".join([box, *chain[1:]]), box
        return " → ".join(chain), None
    route = [*_texts(g.moves_in)[:1], g.title, *_texts(g.leads_to)[:1]]
    return (" → ".join(route), None) if len(route) >= 2 else ("", None)


def _advert(rng: random.Random, g: Guide, money: Money) -> list[str]:
    """A job advert the user pastes, for the rung above (its pay is that title's)."""
    pool = g.leads_to or g.transitions_to
    if not pool or rng.random() < 0.4:
        return []
    role, name = pool[0]
    code, symbol, rate = money
    firm = rng.choice(_AD_FIRMS)
    g.optional.append(firm)
    owner, level = _owner(g, role, name)
    low, high = _yearly(rng, role.level, rate, 1000)
    if rng.random() < 0.5:
        lo_h, hi_h = _hour(g, _hourly(low), _hourly(high), code, belongs_to=owner, level=level)
        pay = f"{symbol}{lo_h:.2f}–{symbol}{hi_h:.2f}/hr"
    else:
        _salary(g, low, high, code, belongs_to=owner, level=level)
        pay = f"{_band_text(symbol, low, high)} a year"
    head = name.upper() if rng.random() < 0.5 else name
    duty = rng.choice(DUTIES).lower()
    return ["here is an ad i saw:",
            f'"{head} – {firm}, {rng.choice(_TOWNS)}. You will {duty}. {pay}, full time. '
            f'{rng.randint(2, 4)}+ years experience."']


def _assistant_answer(rng: random.Random, g: Guide, area: str, money: Money, bold: bool,
                      job: str) -> list[str]:
    """The long first answer: the job, skills, path, pay table, employers, other moves."""
    code, symbol, rate = money

    def b(name: str) -> str:
        return f"**{name}**" if bold else name

    out = [f"Moving from {job.lower()} work into {area.lower()} is very doable. Here's an "
           "overview.", "", "### What the job involves",
           f"{_a(g.title).capitalize()} {b(g.title)} {rng.choice(('runs', 'owns', 'looks after'))} "
           f"the {area.lower()} work of a team, from planning to the day it runs on its own.", "",
           rng.choice(_SKILL_HEADS)]
    numbered = rng.random() < 0.5
    items = [b(s) for s in [*g.skills["top"], *g.skills["often_missing"]]]
    tools = g.skills["tool"]
    if items and len(tools) >= 2 and rng.random() < 0.5:  # tools inside an item's gloss
        items[0] += f" – {tools[0]} is standard in smaller teams, {tools[1]} in larger ones"
        items += [b(t) for t in tools[2:]]
    else:
        items += [b(t) for t in tools]
    for n, item in enumerate(items, 1):
        if "–" not in item and rng.random() < 0.3:
            item += f" – {rng.choice(_GLOSSES)}"
        out.append(f"{n}. {item}" if numbered else f"• {item}")
    if g.skills["soft"]:
        g.must_not_appear.append("Soft skills")
        out.append(f"Soft skills: {_prose_list(g.skills['soft'])}")
    path, box = _path(g)
    if path:
        if box:
            g.must_not_appear.append(box)
        boxes = [b(x) if x == g.title else x for x in path.split(" → ")]
        out += ["", rng.choice(_PATH_HEADS), " → ".join(boxes)]
    out += _said("From there the usual step up is {}.", _texts(g.leads_to), "or")
    out += _said("Plenty of people come in from {} jobs too.", _texts(g.moves_in))
    rungs: list[tuple[Role, str]] = [(g.role, g.title), *g.leads_to[:2]]
    pay = _rungs_pay(rng, g, rungs, money)
    place = rng.choice(_TOWNS)
    out += ["", rng.choice(_PAY_HEADS).format(place=place, year=rng.randint(2024, 2026))]
    if rng.random() < 0.6:
        out += ["| Title | Typical pay |", "|---|---|"]
        out += [f"| {name} | {_band_text(symbol, lo, hi)} |" for name, lo, hi in pay]
    else:
        out += [f"- {b(name)}: {_band_text(symbol, lo, hi, ' to ')} a year" for name, lo, hi
                in pay]
    extra = rng.randint(2, 6) * 500
    allowance = rng.choice(_ALLOWANCES)
    out.append(f"{_a(allowance).capitalize()} {allowance} can add {symbol}{_fmt(extra)} on top, "
               "which isn't salary.")
    lo_h = round(_hourly(_yearly(rng, "junior", rate)[0]) * 0.45 * 4) / 4
    lo_h, hi_h = _hour(g, lo_h, lo_h + rng.randint(2, 5), code, belongs_to=job)
    out.append(f"For comparison, {_plural(job).lower()} usually make {symbol}{_fmt(lo_h)}–"
               f"{symbol}{_fmt(hi_h)} an hour.")
    if g.employers or g.sectors:
        out += ["", "### Who hires"]
        out += _said("Most jobs are in {}.", g.sectors, "and")
        out += _said("Names that advertise regularly: {}.", g.employers, "and")
    if g.transitions_to:
        out += ["", "### Other directions later on",
                *[f"- {b(t)}" for t in _texts(g.transitions_to)]]
    return out


def _chatexport(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("labelled", "sidebar", "markdown"))
    bot = rng.choice(_BOTS)
    money = rng.choice(_MONEY[:5])
    code, symbol, rate = money
    job, firm = rng.choice(_USER_JOBS), rng.choice(_SMALL_FIRMS)
    g.optional += [job, firm]  # the user's own job and employer: he has not moved
    g.title_line = False
    chat_title = rng.choice((f"Becoming {_a(g.title)} {g.title}?", f"{g.title} pay and path",
                             f"switch to {area.lower()}"))
    g.must_not_appear.append(chat_title)
    opener = [f"hi! i work as {_a(job).lower()} {job.lower()} at {firm} ({rng.randint(1, 6)} yrs) "
              f"and i want to become {_a(g.title)} {g.title}. what does the path look like and "
              "what do they earn?", *_advert(rng, g, money)]
    answer = _assistant_answer(rng, g, area, money, variant != "labelled" or rng.random() < 0.3,
                               job)
    offer = round(_yearly(rng, g.role.level, rate)[0] * 1.05 / 500) * 500
    _salary(g, offer, offer, code, point=True)
    follow = [f"thanks! last one, is {symbol}{_fmt(offer)} a fair offer for {_a(g.title)} "
              f"{g.title} job?"]
    reply = [f"Yes — {symbol}{_fmt(offer)} sits inside the usual range. You could also ask "
             "whether they pay for training, which is often worth more than a small raise ea"]
    turns = [("user", opener), ("bot", answer), ("user", follow), ("bot", reply)]
    if variant == "labelled":
        out = ["Skip to content", "Log in", "Sign up", "Shared chat",
               "This is a copy of a shared conversation.  Report conversation", chat_title]
        for who, lines in turns:
            out += ["You said:" if who == "user" else f"{bot} said:", *lines]
        g.must_not_appear += ["Shared chat", "Report conversation"]
        return [*out, "Copy", "Good response", "Bad response", f"Message {bot}",
                f"{bot} can make mistakes. Check important info.", "Terms of use  Privacy"]
    if variant == "sidebar":
        side = rng.sample(_SIDEBAR, 4)
        g.must_not_appear += [side[0], "Upgrade plan"]
        out = ["New chat", "Search chats", "Library", "Today", chat_title, side[0], "Yesterday",
               *side[1:], "Upgrade plan", chat_title, "Share"]
        for who, lines in turns:
            if who == "bot" and lines is answer:
                out += [f"Thought for {rng.randint(4, 30)} seconds",
                        f"Searched {rng.randint(3, 12)} sites"]
            out += lines
            if who == "bot" and lines is answer:
                out += ["Sources", f"[1] jobs.example  [2] payreport.example  "
                        f"+{rng.randint(2, 6)}"]
        return [*out, "Ask anything", f"{bot} can make mistakes. Check important info."]
    out = [f"# {chat_title}", f"Exported from {bot} on {rng.randint(2024, 2026)}-"
           f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", ""]
    for who, lines in turns:
        out += ["---", "## User" if who == "user" else f"## {bot}", "", *lines, ""]
    return out


# --------------------------------------------------------------------------------------
# Mentoring platform's mentor profile
# --------------------------------------------------------------------------------------
_PLATFORMS = ("MentorBridge", "guildpath", "Ladderly", "CoachCircle")
_OLD_FIRMS = ("Lim Brothers Precision", "Vantor Aerotech", "Corvallis Works", "Bellweather Ltd",
              "Redcastle Services", "Amberley Group")
_OTHER_TITLES = ("Head of Partnerships", "Chief of Staff", "Community Programme Officer",
                 "Head of Customer Success")
_HELP = ("Getting your first job in the field", "Preparing for interviews",
         "Reviewing your CV", "Negotiating an offer", "Planning a career change")
_MONTHS = ("Jan", "Mar", "Apr", "Jun", "Sep", "Nov")


def _history(g: Guide) -> tuple[list[str], str | None]:
    """The mentor's jobs (earliest first, ending with the role) and a career goal; the
    truth's ladder is cut to exactly these."""
    chain = _texts(g.progression)
    if g.title in chain:
        at = chain.index(g.title)
        start = max(0, at - 3)
        jobs, goal = chain[start:at + 1], (chain[at + 1] if at + 1 < len(chain) else None)
        g.progression = g.progression[start:at + 2]
        if len(g.progression) < 2:
            g.progression = []
        return jobs, goal
    g.progression = []
    return [*_texts(g.moves_in)[:1], g.title], None


def _mentorprofile(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("linkedin", "timeline", "plans"))
    platform, mentor = rng.choice(_PLATFORMS), rng.choice(_PEOPLE)
    money = rng.choice(_MONEY[:7])
    _, symbol, rate = money
    g.title_line = False
    g.employers = g.employers[:1]  # the current job's employer; earlier ones are other jobs
    jobs, goal = _history(g)
    current = g.employers[0] if g.employers else None
    firms = [current or "Freelance"]
    if current is None:
        g.optional.append("Freelance")
    for _ in jobs[:-1]:
        firm = current if current and rng.random() < 0.4 else rng.choice(_OLD_FIRMS)
        if firm != current:
            g.optional.append(firm)
        firms.append(firm)
    others = rng.sample([p for p in _PEOPLE if p != mentor], 2)
    g.must_not_appear += [mentor, platform, *others]
    headline = f"{g.title} at {current}" if current else f"{g.title} · Independent"
    nav = _glued(["Browse mentors", "Pricing", "For teams", "Sign in"])
    g.must_not_appear.append(platform + nav)
    out = [platform + nav, f"‹ Back to {area} mentors", mentor, headline,
           f"{rng.choice(_TOWNS)}  ·  English", ""]
    badge = f"Top {rng.choice((1, 5, 10))}% mentor"
    g.must_not_appear.append(badge)
    out += [badge, rng.choice(("✓ Verified", "⏱ Quick responder"))]
    out += [f"{rng.randint(800, 9000):,} mins", "mentoring time", str(rng.randint(20, 300)),
            "sessions", f"{rng.randint(44, 50) / 10} ★ ({rng.randint(5, 90)} reviews)", ""]
    monthly = rng.random() < 0.5
    held = [(r, n) for r, n in g.progression if n != goal] or [(g.role, g.title)]
    pay = _rungs_pay(rng, g, held, money, monthly)
    period = "a month" if monthly else "a year"
    story = [f"Hi, I'm {mentor.split()[0]}! I've spent {3 * len(jobs) + rng.randint(1, 4)} "
             f"years in {area.lower()}."]
    if len(jobs) > 1:
        story.append(f"I started as {_a(jobs[0])} {jobs[0]}, then "
                     + ", then ".join(jobs[1:]) + ".")
    paid = "; ".join(f"{_plural(n)} earn about {_band_text(symbol, lo, hi)} {period}"
                     for n, lo, hi in pay)
    story.append(f"People ask about pay in almost every session, so here is what I see: {paid}.")
    if goal is None and g.leads_to:
        story += _said("The usual next step from here is {}.", _texts(g.leads_to), "or")
    elif goal is not None:
        story += _said("Others in my team have gone on to {}.",
                       [t for t in _texts(g.leads_to) if t != goal], "or")
    ceiling = _yearly(rng, "director", rate)[1]
    ceiling = _per_month(ceiling) if monthly else ceiling
    story.append(f"The very best people in this field can reach {symbol}{_fmt(ceiling)} "
                 f"{period}.")
    story += _said("A lot of my mentees come in as {} and want to move across.",
                   _texts(g.moves_in))
    story += _said("I also talk people through the sideways move into {} roles.",
                   _texts(g.transitions_to))
    help_topics = rng.sample(_HELP, 3)
    g.optional += [*help_topics, area]
    out += ["About" if variant != "timeline" else "My story", " ".join(story), "",
            "I can help you with:", *[f"- {h}" for h in help_topics], ""]
    tags = [area, *_skills(g)]
    # a glued strip one page in three (in cover mode the family's first page, by construction)
    strip = "glued" if pick_chance(rng, 1 / 3) else rng.choice(("dots", "lines"))
    out += ["Expertise", _glued(tags) if strip == "glued" else
            " · ".join(tags) if strip == "dots" else "\n".join(tags)]
    if g.sectors:
        out += ["Industries", " · ".join(g.sectors)]
    out += [""]
    year = 2025
    spans = []
    for _ in jobs:
        spans.append(year)
        year -= rng.randint(2, 4)
    newest = list(zip(reversed(jobs), firms, spans, strict=True))
    if variant == "linkedin":
        out.append("Experience")
        for i, (job, firm, end) in enumerate(newest):
            start = spans[i + 1] if i + 1 < len(spans) else end - rng.randint(2, 3)
            until = "Present" if i == 0 else f"{rng.choice(_MONTHS)} {end}"
            out += [job, f"{firm} · Full-time",
                    f"{rng.choice(_MONTHS)} {start} – {until} · {end - start} yrs"]
    elif variant == "timeline":
        out.append("Work history")
        for i, (job, firm, end) in enumerate(newest):
            start = spans[i + 1] if i + 1 < len(spans) else end - 2
            out.append(f"{start}–{'now' if i == 0 else end}  {job}, {firm}")
    else:
        out += ["Plans", f"Lite · {symbol}{rng.randint(6, 15) * 10} / month · 2 calls",
                f"Pro · {symbol}{rng.randint(20, 40) * 10} / month · 4 calls + chat", "",
                "Work experience"]
        for i, (job, firm, end) in enumerate(newest):
            start = spans[i + 1] if i + 1 < len(spans) else end - 2
            out.append(f"{job} @ {firm} ({start} – {'present' if i == 0 else end})")
    if goal:
        out.append(f"Career goal: {goal}")
    reviewer = rng.choice(_USER_JOBS)
    g.optional.append(reviewer)
    out += ["", "Reviews", f'★★★★★  "Practical and kind, exactly what I needed." — {reviewer}',
            "", "Book a session", f"30 min · Career chat · {symbol}{rng.randint(3, 9)}5",
            f"60 min · Mock interview · {symbol}{rng.randint(8, 15)}0", "",
            "Similar mentors"]
    titles, firms = rng.sample(_OTHER_TITLES, 2), rng.sample(_OLD_FIRMS, 2)
    g.must_not_appear += titles
    g.optional += firms
    out += [f"{p} · {t} at {f}" for p, t, f in zip(others, titles, firms, strict=True)]
    return [*out, "", f"Terms · Privacy · © 2025 {platform}"]


# --------------------------------------------------------------------------------------
# Step-by-step "How to become" article
# --------------------------------------------------------------------------------------
_HOWTO_SITES = ("howtohub", "StepWise", "DoItGuide")
_EXPERT_JOBS = ("Career Coach", "Careers Adviser", "Workforce Trainer")
_PART_NAMES = (("Learning the Basics", "Getting Experience", "Building Your Career"),
               ("Getting Trained", "Gaining Experience", "Moving Up"),
               ("Studying", "Finding Your First Job", "Growing in the Role"))
_GEAR = ("Notebook", "Safety glasses", "Laptop", "Steel-toe boots")


def _steps(rng: random.Random, g: Guide, area: str, money: Money) -> list[list[tuple[str, str]]]:
    """Three parts of (heading, body) steps; the bodies carry the facts."""
    code, symbol, rate = money
    plural = _plural(g.title)
    learn = [*g.skills["top"], *g.skills["often_missing"]]
    half = (len(learn) + 1) // 2
    part1 = [("Study the core subjects.", " ".join(_said(
        "Take courses in {} — employers test them in interviews.", learn[:half], "and")))]
    if g.skills["tool"]:
        part1.append(("Get comfortable with the basic tools.",
                      f"Most {plural} use {_prose_list(g.skills['tool'])} every day."))
    part1.append(("Practise the techniques.", " ".join(_said(
        "{} are what beginners spend the first year on.", learn[half:], "and")) or
        "Practise on small projects first."))
    part2: list[tuple[str, str]] = []
    feeders = _texts(g.moves_in)
    if feeders:
        lo, hi = _yearly(rng, g.moves_in[0][0].level, rate, 1000)
        owner, level = _owner(g, g.moves_in[0][0], feeders[0])
        lo_h, hi_h = _hour(g, _hourly(lo), _hourly(hi), code, belongs_to=owner, level=level)
        body = f"Many {plural} start out as {_a(feeders[0])} {feeders[0]}. "
        body += " ".join(_said("People who worked as {} also make the switch often.",
                               feeders[1:], "or"))
        body += f" {_plural(feeders[0])} earn around {symbol}{_fmt(lo_h)}–{_fmt(hi_h)} an hour."
        part2.append((f"Work as {_a(feeders[0])} {feeders[0]} first.", body.replace("  ", " ")))
    part2.append(("Get supervised experience.",
                  "Volunteer on real projects and keep a log of what you did."))
    if g.skills["soft"]:
        part2.append(("Work on your people skills.",
                      f"{_prose_list(g.skills['soft'])} matter as much as the technical side."))
    low, high = _yearly(rng, g.role.level, rate)
    _salary(g, low, high, code)
    entry = _yearly(rng, "junior", rate)
    _salary(g, entry[0], entry[1], code, level="entry-level")
    pay = (f"Qualified {plural} earn {_band_text(symbol, low, high)} a year; entry-level "
           f"{plural} start around {_band_text(symbol, entry[0], entry[1])}.")
    part3 = [("Know what you can earn.", pay)]
    moves = " ".join([*_said(f"Experienced {plural} often become {{}}.", _texts(g.leads_to),
                             "or"),
                      *_said("Others move sideways into {} jobs.", _texts(g.transitions_to))])
    part3.append(("Decide where to go next.", moves or "Many stay and specialise."))
    if g.employers or g.sectors:
        where = " ".join([*_said("Look at employers like {}.", g.employers, "and"),
                          *_said("{} are the big markets.", g.sectors, "and")])
        part3.append(("Find employers.", where))
    return [part1, part2, part3]


def _howtosteps(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("parts", "methods", "plain"))
    site, author, expert = rng.choice(_HOWTO_SITES), *rng.sample(_PEOPLE, 2)
    money = rng.choice(_MONEY[:6])
    g.title_line = False  # titled "How to Become a …"
    g.must_not_appear += [author, expert]
    parts = _steps(rng, g, area, money)
    names = rng.choice(_PART_NAMES)
    title = f"How to Become {_a(g.title)} {g.title}"
    out = [f"{site} is hiring! Work with usClose", f"Home›Careers›{area}›{title}", title,
           "Download Article",
           f"Co-authored by {author} and {site} Staff | Last Updated: {rng.choice(_MONTHS)} "
           f"{rng.randint(1, 28)}, {rng.randint(2023, 2025)} | References", ""]
    word = "Method" if variant == "methods" else "Part"
    if variant == "methods":
        strip = "".join(f"{n}{name}" for n, name in enumerate(names, 1))
        g.must_not_appear.append(strip)
        out += ["Methods", strip]
    else:
        out += ["Explore this Article", "Parts", *[f"{n} {name}" for n, name in
                                                  enumerate(names, 1)]]
    out += ["Expert Q&A", "Tips", "Things You'll Need", "Related Articles", "",
            f"{_plural(g.title)} work in {area.lower()}: they plan, build and look after the "
            f"work others rely on.[1]", ""]
    step = 0
    for p, (name, steps) in enumerate(zip(names, parts, strict=True), 1):
        out += [f"{word} {p} of 3:" if variant != "plain" else f"## {name}",
                *([name] if variant != "plain" else [])]
        for n, (head, body) in enumerate(steps, 1):
            step += 1
            caption = f"Image titled Become {_a(g.title)} {g.title} Step {step}"
            if step == 1 and variant != "plain":
                g.must_not_appear.append(caption)
            marker = f"[{rng.randint(2, 9)}]" if rng.random() < 0.4 else ""
            if variant == "parts":
                out += [str(n), f"{head} {caption} {body}{marker}"]
            elif variant == "methods":
                out.append(f"{n}{head}{caption} {body}{marker}")
            else:
                out += [f"Step {step}: {head}", f"{body}{marker}"]
            if rng.random() < 0.2:
                out.append("X Research source")
    job = rng.choice(_EXPERT_JOBS)
    g.optional.append(job)
    out += ["", "Expert Q&A", "Question", f"Do I need a degree to become {_a(g.title)} "
            f"{g.title}?", expert, job, "Expert Answer",
            "Not always. A portfolio of real work counts for a lot.",
            f"Helpful {rng.randint(5, 90)} Not Helpful {rng.randint(0, 9)}", "", "Tips",
            "Keep notes on everything you learn; interviewers ask for examples.", ""]
    if g.skills["tool"] or variant != "plain":
        gear = rng.sample(_GEAR, 2)
        g.optional += gear
        out += ["Things You'll Need", *g.skills["tool"], *gear, ""]
    related = rng.choice(("How to Write a Cover Letter", "How to Prepare for an Interview"))
    g.must_not_appear.append(related)
    return [*out, "Related Articles", related, "How to Ask for a Raise", "",
            f"This article has been viewed {rng.randint(5000, 90000):,} times.",
            "Did this article help you?", "Yes", "No", "Cookie Settings"]


# --------------------------------------------------------------------------------------
# Employer's promotion rubric or career-level framework
# --------------------------------------------------------------------------------------
_ISSUERS = ("Brindabella Resources Ltd", "Ashcombe Trust", "Calder Valley Council",
            "Northmoor Health Board")
_RATINGS = ("Developing (1)", "Meets (2)", "Exceeds (3)")
_ACTING = ("Duty Manager", "Shift Coordinator", "Site Superintendent")


def _criteria(g: Guide) -> list[tuple[str, list[str]]]:
    """(criterion, the skills named in its cells): every skill lands once."""
    heads = [*g.skills["top"][:5], *g.skills["soft"]]
    inner = [*g.skills["top"][5:], *g.skills["often_missing"], *g.skills["tool"]]
    if not heads:
        return [(skill, []) for skill in inner]
    cells: list[list[str]] = [[] for _ in heads]
    for i, skill in enumerate(inner):
        cells[i % len(heads)].append(skill)
    return list(zip(heads, cells, strict=True))


def _cell(n: int, skills: list[str]) -> str:
    """One rating cell: a behaviour naming the criterion's skills."""
    lead = ("Applies it with review", "Works independently and trains others",
            "Sets the standard for the team")[n]
    return f"{lead}; uses {_prose_list(skills)}" if skills else lead


def _promorubric(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("tabbed", "cells", "matrix"))
    issuer = g.employers[0] if g.employers else rng.choice(_ISSUERS)
    g.employers = [issuer]  # the issuing employer employs the role
    _clear(g, "sectors")
    money = rng.choice(_MONEY[:5])
    code, symbol, _ = money
    g.title_line = False
    chain = g.progression or [(g.role, g.title)]
    names = _texts(chain)
    here = names.index(g.title) if g.title in names else 0
    target = names[here + 1] if here + 1 < len(names) else None
    doc = f"HR-{area.split()[0][:3].upper()}-{rng.randint(1, 19):02d} Rev {rng.randint(1, 5)}"
    g.must_not_appear += [doc, "Uncontrolled when printed"]
    sites = [f"{t} office" for t in rng.sample(_TOWNS, 2)]
    g.optional += sites
    out = [f"{issuer.upper()} — INTERNAL",
           f"Document: {doc}    Classification: Internal use only    Page 1 of {rng.randint(3, 6)}",
           f"{area.upper()} PROMOTION CRITERIA & ASSESSMENT RUBRIC",
           f"Applies to: {' and '.join(sites)}", "", "1. PURPOSE",
           f"This rubric sets out what {_a(g.title)} {g.title} must show"
           + (f" to be promoted to {target}." if target else " at each review."),
           "", "2. LEVELS"]
    out.append(rng.choice((" | ", "  ·  ", "\n")).join(f"G{i} {n}" for i, n in
                                                      enumerate(names, 1)))
    out += _said(f"Appointments to {g.title} are also open to staff in {{}} posts.",
                 _texts(g.moves_in), "or")
    out += ["", "3. ASSESSMENT RUBRIC"]
    crits = _criteria(g)
    if variant == "tabbed":
        g.must_not_appear += list(_RATINGS)
        out.append("\t".join(["Criterion", *_RATINGS]))
        for i, (crit, skills) in enumerate(crits, 1):
            split = [skills[j::3] for j in range(3)]
            out.append("\t".join([f"3.{i} {crit}", *[_cell(j, split[j]) for j in range(3)]]))
        out.append(f"Promotion needs 2 or more on every criterion and a total of at least "
                   f"{2 * len(crits) + 2}.")
    elif variant == "cells":
        g.must_not_appear.append("Total available")
        out += ["Area", "Evidence", "Points"]
        for i, (crit, skills) in enumerate(crits):
            out += [f"{chr(65 + i)}. {crit}", _cell(1, skills), f"up to {rng.randint(3, 8)}"]
        out.append(f"Total available: {rng.randint(24, 40)}")
    else:  # competencies by level: the role's grade and its neighbours as columns
        cols = names[max(0, here - 1):here + 2]
        g.must_not_appear.append("Competency")
        out += ["| Competency | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
        for crit, skills in crits:
            split = [skills[j::len(cols)] for j in range(len(cols))]
            cells = [_cell(min(j, 2), split[j]) for j in range(len(cols))]
            out.append("| " + " | ".join([crit, *cells]) + " |")
    out += ["", f"4. {rng.choice(('PAY BANDS', 'REMUNERATION BANDS', 'PAY SPINE'))} "
            f"(base salary, {code}, per year)"]
    by_contract = len(chain) >= 3 and chain[-1][1] != g.title and rng.random() < 0.3
    paid = chain[:-1] if by_contract else chain
    rows = _rungs_pay(rng, g, paid, money)
    for i, (name, lo, hi) in enumerate(rows, 1):
        out.append(f"G{i} {name}  {_band_text(symbol, lo, hi, ' – ')}" if variant != "matrix"
                   else f"| G{i} | {name} | {_band_text(symbol, lo, hi, ' – ')} |")
    if variant == "matrix":
        out.insert(len(out) - len(rows), "| Level | Title | Band |")
        out.insert(len(out) - len(rows), "|---|---|---|")
    if by_contract:
        out.append(f"G{len(chain)} {chain[-1][1]}  by contract")
    out += [f"An on-call allowance ({symbol}{rng.randint(20, 90) * 10} per month) is paid on top "
            "and is not part of the band.", "", "5. MANAGER ENDORSEMENT",
            "Employee name: ________________  Employee no.: ________",
            "Signature: ______________   Date: ___/___/______", "", "6. OTHER PATHWAYS"]
    out += _said(f"After {g.title}, staff can also step up to {{}}.", _texts(g.leads_to), "or")
    out += _said("Staff who prefer another track can apply for internal transfer to {} roles.",
                 _texts(g.transitions_to), "or")
    acting = rng.choice(_ACTING)
    g.optional.append(acting)
    out.append(f"Staff may act as {acting} during leave cover; this is not a promotion.")
    return [*out, "", f"Uncontrolled when printed. Next review: June {rng.randint(2026, 2028)}."]


# --------------------------------------------------------------------------------------
# Professional body's pay-survey report
# --------------------------------------------------------------------------------------
_SOCIETIES = ("Institute of Applied Practitioners", "Guild of Working Professionals",
              "Society for Practice Standards", "Chartered Association of Specialists")
_REGIONS = {"USD": ("Northeast", "Midwest", "South", "West", "Mountain"),
            "GBP": ("London", "South East", "Midlands", "North West", "Scotland", "Wales"),
            "CAD": ("Ontario", "Quebec", "Alberta", "British Columbia", "Atlantic"),
            "AUD": ("New South Wales", "Victoria", "Queensland", "Western Australia")}
_EXPERIENCE = ("0–4", "5–9", "10–19", "20+")


def _median_rows(rng: random.Random, g: Guide,
                 money: Money) -> list[tuple[str, int, int, int, int]]:
    """(title, n, median, p25, p75) by title: a point and a band for each owner."""
    code, _, rate = money
    rows = []
    for role, name in [*g.moves_in[:1], (g.role, g.title), *g.leads_to[:2]]:
        low, high = _yearly(rng, role.level, rate)
        median = round((low + high) / 2 / 500) * 500
        owner, level = _owner(g, role, name)
        _salary(g, median, median, code, point=True, belongs_to=owner, level=level)
        _salary(g, low, high, code, belongs_to=owner, level=level)
        rows.append((name, rng.randint(12, 240), median, low, high))
    return rows


def _surveyreport(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("report", "bulletin", "memo"))
    society = rng.choice(_SOCIETIES)
    g.must_not_appear.append(society)
    g.title_line = False
    money = rng.choice([m for m in _MONEY if m[0] in _REGIONS])
    code, symbol, _ = money
    rows = _median_rows(rng, g, money)
    own = next(r for r in rows if r[0] == g.title)
    regions = rng.sample(_REGIONS[code], 4)
    by_region = []
    # the role's own points so far: a region's or a year's median that equalled one of them
    # would be the same fact and the table would show fewer rows than it prints
    taken = {float(s["min"]) for s in g.salaries if s.get("point") and not s.get("belongs_to")}
    for region in regions:
        value = round(own[2] * rng.uniform(0.88, 1.1) / 100) * 100
        while value in taken:
            value += 100
        taken.add(value)
        _salary(g, value, value, code, point=True, region=region)
        by_region.append((region, value))
    by_years = []
    value = round(own[2] * 0.85 / 500) * 500
    for years in _EXPERIENCE:
        while value in taken:
            value += 500
        taken.add(value)
        _salary(g, value, value, code, point=True, level=f"{years} years")
        by_years.append((years, value))
        value = round(value * rng.uniform(1.06, 1.15) / 500) * 500
    responses = sum(r[1] for r in rows) + rng.randint(5, 60)
    comparison = rng.choice(_USER_JOBS)
    g.optional.append(comparison)
    stipend = rng.randint(20, 120) * 100
    skills = [*g.skills["top"], *g.skills["often_missing"], *g.skills["soft"]]
    if skills and g.skills["tool"]:
        skills[0] += f" ({', '.join(g.skills['tool'])})"
    elif g.skills["tool"]:
        skills = list(g.skills["tool"])
    narrative = [*_said("Skills respondents said they use weekly: {}.", skills, "and"),
                 *_said("Route into the profession: about a third came from {} posts.",
                        _texts(g.moves_in), "or"),
                 *_said("Where members move: in the last five years respondents moved up to {} "
                        "posts.", _texts(g.leads_to), "or"),
                 *_said("Others moved sideways into {} jobs.", _texts(g.transitions_to), "or"),
                 *_said("Respondents work in {}.", g.sectors, "and"),
                 *_said("Largest employers among respondents: {}.", g.employers, "and")]
    stipend_line = (f"On-call stipends averaged {symbol}{_fmt(stipend)} a year where paid; they "
                    "are not included above.")
    head = f"{area} Pay Survey {rng.randint(2024, 2026)}"
    if variant == "report":
        g.must_not_appear += ["Table of contents", "Range (P25–P75)"]
        toc = ["Executive summary", "Methodology", "Pay by title", "Pay by region",
               "Pay by experience", "Careers and mobility"]
        out = [society, f"{head} — Compensation Report",
               "Members' edition · Not for redistribution", "Table of contents",
               *[f"{n} {t} {'.' * 8} {n + 1}" for n, t in enumerate(toc, 1)],
               "1 EXECUTIVE SUMMARY",
               f"The survey received {responses} usable responses. The median base salary for "
               f"{_a(g.title)} {g.title} was {symbol}{_fmt(own[2])}.", "2 METHODOLOGY",
               'Cells with fewer than 8 responses are suppressed (shown as "--"). "Range" is the '
               "25th to 75th percentile.",
               rng.choice(("3 PAY BY TITLE", "3 COMPENSATION BY TITLE")),
               "Title\tn\tMedian\tRange (P25–P75)"]
        out += [f"{t}\t{n}\t{symbol}{_fmt(m)}\t{_band_text(symbol, lo, hi, ' – ')}"
                for t, n, m, lo, hi in rows]
        out += [f"{comparison} (comparison)\t--\t--\t--", "4 PAY BY REGION", "Region\tn\tMedian"]
        out += [f"{r}\t{rng.randint(9, 80)}\t{symbol}{_fmt(v)}" for r, v in by_region]
        out += ["5 PAY BY EXPERIENCE", "Years in the profession\tMedian"]
        out += [f"{y}\t{symbol}{_fmt(v)}" for y, v in by_years]
        if g.sectors:  # medians by employer type: the role's own points
            out += ["Employer type\tMedian"]
            for i, sector in enumerate(g.sectors):
                value = round(own[2] * (0.93 + 0.045 * i) / 100) * 100
                _salary(g, value, value, code, point=True)
                out.append(f"{sector}\t{symbol}{_fmt(value)}")
        out += [stipend_line, "6 CAREERS AND MOBILITY", *narrative,
                f"{society.split()[-1]} · Compensation Report · page 9 of 12"]
        return out
    if variant == "bulletin":
        out = [f"{society} Bulletin | Issue {rng.randint(20, 90)}",
               "Home  Membership  Training  Bulletin  Careers  Contact", head.upper(),
               "Key findings at a glance", f"• {responses} respondents",
               f"• Median salary, all {_plural(g.title)}: {symbol}{_fmt(own[2])}",
               f"• {rng.randint(40, 75)}% say their team is understaffed", "",
               rng.choice(("Pay by title", "Salaries by job title")),
               "Title  |  Respondents  |  Median  |  Middle 50%"]
        out += [f"{t}  |  {n}  |  {symbol}{_fmt(m)}  |  {_band_text(symbol, lo, hi, ' – ')}"
                for t, n, m, lo, hi in rows]
        out += ["", "By region (registered members)",
                " | ".join(f"{r} {symbol}{_fmt(v)}" for r, v in by_region),
                "", "By years of experience",
                " · ".join(f"{y} yrs: {symbol}{_fmt(v)}" for y, v in by_years),
                stipend_line, "", *narrative, "",
                f'"Pay has not kept up with the work." — member, {rng.choice(regions)}',
                "Share this article  Print"]
        g.must_not_appear.append("Share this article")
        return out
    out = [f"To: members of the {society}", f"Subject: {head} — the results", "",
           "Dear colleague,", "", f"Thank you to the {responses} of you who took part. "
           "Headline figures by job title (median, with the middle half of responses):", ""]
    out += [f"- {t}: median {symbol}{_fmt(m)} (middle half {symbol}{_fmt(lo)} to "
            f"{symbol}{_fmt(hi)}; {n} responses)" for t, n, m, lo, hi in rows]
    out += ["", f"Medians for {_plural(g.title)} by region:"]
    out += [f"  {r} ........ {symbol}{_fmt(v)}" for r, v in by_region]
    out += ["", "And by years of experience:"]
    out += [f"  {y} years ........ {symbol}{_fmt(v)}" for y, v in by_years]
    return [*out, "", stipend_line, "", *narrative, "", "With best wishes,", "The Council"]


# --------------------------------------------------------------------------------------
# Take-home pay calculator for a job title
# --------------------------------------------------------------------------------------
_CALC_SITES = ("PayslipPal", "WageWise", "NetPayNow", "TakeHome.example")
_SIMILAR = (("Office Manager", "mid"), ("Payroll Administrator", "junior"),
            ("Operations Analyst", "mid"), ("Project Coordinator", "junior"))
_STATES = (("Texas", "TX", ("Houston", "Austin", "Dallas", "El Paso")),
           ("Ohio", "OH", ("Columbus", "Cleveland", "Dayton", "Toledo")),
           ("Colorado", "CO", ("Denver", "Boulder", "Aurora", "Pueblo")))
_CARD_FIRMS = ("Lone Star Works", "Bluebonnet Services", "Riverbend Co.", "Summit Field Group")


def _take_home(gross: float, rates: Sequence[float]) -> list[float]:
    """Deductions on ``gross`` at flat ``rates`` and the net left (arithmetic, no pay)."""
    cuts = [round(gross * r, 2) for r in rates]
    return [*cuts, round(gross - sum(cuts), 2)]


def _similar(rng: random.Random, g: Guide, money: Money) -> list[tuple[str, int]]:
    """Other titles' figures: the role's moves and one unrelated job (no move)."""
    code, _, rate = money
    out = []
    for role, name in [*g.leads_to[:2], *g.transitions_to[:1]]:
        value = round(sum(_yearly(rng, role.level, rate)) / 2 / 100) * 100
        owner, level = _owner(g, role, name)
        _salary(g, value, value, code, point=True, belongs_to=owner, level=level)
        out.append((name, value))
    name, level = rng.choice(_SIMILAR)
    value = round(sum(_yearly(rng, level, rate)) / 2 / 100) * 100
    _salary(g, value, value, code, point=True, belongs_to=name)
    g.optional.append(name)
    return [*out, (name, value)]


def _about(g: Guide) -> list[str]:
    skills = [*g.skills["top"], *g.skills["often_missing"]]
    out = _said(f"Employers hiring {_plural(g.title)} ask for {{}}.", skills, "and")
    out += _said("Tools that come up in adverts: {}.", g.skills["tool"], "and")
    out += _said("They also look for {}.", g.skills["soft"], "and")
    out += _said("Most people start as {}.", _texts(g.moves_in), "or")
    out += _said(f"After {g.title} the usual step is {{}}.", _texts(g.leads_to), "or")
    out += _said("Some move across into {} jobs.", _texts(g.transitions_to), "or")
    out += _said(f"Firms advertising most {g.title} jobs this year: {{}}.", g.employers, "and")
    out += _said("Employers in {} all recruit.", g.sectors, "and")
    return out


def _paycalc(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("uktable", "cells", "uspaycheck"))
    g.title_line = False
    site = rng.choice(_CALC_SITES)
    g.must_not_appear += ["Take-home pay", "Gross pay", site]
    if variant == "uspaycheck":
        return _paycheck(rng, g, area, site)
    money = _MONEY[1] if variant == "uktable" or rng.random() < 0.5 else _MONEY[2]
    code, symbol, rate = money
    low, high = _yearly(rng, g.role.level, rate)
    average = round((low + high) / 2 / 500) * 500
    _salary(g, average, average, code, point=True)
    _salary(g, low, high, code)
    entry = _yearly(rng, "junior", rate)
    _salary(g, entry[0], entry[1], code, level="entry")
    lines = (("Income tax", 0.15), ("National Insurance", 0.06), ("Pension", 0.05)) \
        if code == "GBP" else (("Income tax", 0.17), ("USC", 0.03), ("PRSI", 0.04))
    g.must_not_appear.append("Income tax")
    periods = (("Yearly", 1), ("Monthly", 12), ("Weekly", 52), ("Hourly*", 1950))
    table = {p: [round(average / d, 2), *_take_home(average / d, [r for _, r in lines])]
             for p, d in periods}
    out = [f"{site}  |  Salary calculator  Job salaries  Tax rates  Blog",
           f"Home > Job salaries > {area} > {g.title}",
           f"{g.title} salary after tax", f"The average {g.title} salary is "
           f"{symbol}{_fmt(average)} a year. Use the calculator to see what that means on "
           "your payslip.", "", "Your details", f"Job title: {g.title}   [change]",
           f"Gross salary: {symbol}{_fmt(average)}   per year ▾", "Pension: 5%   Student loan: "
           "none ▾", "[ Calculate ]", "", "Your results"]
    rows = ["Gross pay", *[n for n, _ in lines], "Take-home pay"]
    if variant == "uktable":
        out.append("\t" + "\t".join(p for p, _ in periods))
        for i, row in enumerate(rows):
            out.append("\t".join([row, *[f"{symbol}{_fmt(round(table[p][i], 2))}"
                                         for p, _ in periods]]))
    else:  # one cell a line, period after period
        for p, _ in periods:
            out.append(p.rstrip("*"))
            for i, row in enumerate(rows):
                out += [f"- {row}", f"- {symbol}{table[p][i]:,.2f}"]
    out += ["*Hourly figures assume 37.5 hours a week.", "", f"What do {_plural(g.title)} earn?",
            f"Based on adverts we tracked, {_plural(g.title)} earn between "
            f"{symbol}{_fmt(low)} and {symbol}{_fmt(high)}. At entry level they usually start "
            f"at {_band_text(symbol, entry[0], entry[1])}.", "", "About the job", *_about(g), "",
            "Similar jobs"]
    out += [f"{name}  {symbol}{_fmt(value)}  ›" for name, value in _similar(rng, g, money)]
    return [*out, "Compare two salaries  ›", "This calculator gives estimates only.",
            f"About us  Privacy  Cookies    © {site}"]


def _paycheck(rng: random.Random, g: Guide, area: str, site: str) -> list[str]:
    state, short, cities = rng.choice(_STATES)
    plural = _plural(g.title)
    low, high = _yearly(rng, g.role.level, 1.0)
    median, p25, p75 = _hourly((low + high) // 2), _hourly(low), _hourly(high)
    _hour(g, median, median, point=True, region=state)
    p25, p75 = _hour(g, p25, p75, region=state)
    hours = rng.choice((40, 42, 45))
    regular, overtime = 40 * median, (hours - 40) * median * 1.5
    gross = regular + overtime
    fed, ss, med = round(gross * 0.09, 2), round(gross * 0.062, 2), round(gross * 0.0145, 2)
    g.must_not_appear += ["Net pay", "Federal income tax"]
    out = [site, "Paycheck calculators ▾   Salaries by job ▾   States ▾   Sign in",
           f"{g.title} paycheck calculator — {state}",
           f"{plural} in {state} make a median of ${median:.2f} per hour. Enter your own rate "
           "and hours to see your take-home pay.",
           f"Hourly rate ($)      {median:.2f}", f"Hours per week       {hours}",
           "Pay frequency        Weekly", "Filing status        Single",
           "Calculate my paycheck", "YOUR PAYCHECK (weekly)",
           f"Gross pay ........................ ${gross:,.2f}",
           f"  Regular 40 h × ${median:.2f} ........... ${regular:,.2f}"]
    if overtime:
        out.append(f"  Overtime {hours - 40} h × ${median * 1.5:.2f} ........... "
                   f"${overtime:,.2f}")
    out += [f"Federal income tax ................ −${fed:,.2f}",
            f"Social Security (6.2%) ............ −${ss:,.2f}",
            f"Medicare (1.45%) .................. −${med:,.2f}",
            f"Net pay .......................... ${gross - fed - ss - med:,.2f}",
            f"Annual gross at this rate ≈ ${round(gross * 52):,}", "",
            f"{g.title} pay in {state}", "Percentile\tHourly",
            f"10th\t${p25 - rng.randint(2, 4):.2f}", f"25th\t${p25:.2f}", f"Median\t${median:.2f}",
            f"75th\t${p75:.2f}", f"90th\t${p75 + rng.randint(3, 6):.2f}",
            f"Most {state} {plural} earn between ${p25:.2f} and ${p75:.2f} an hour."]
    towns = []
    for city in cities[:3]:
        value = _hourly(round((low + high) / 2 * rng.uniform(0.9, 1.1)))
        value = _hour(g, value, value, point=True, region=city)[0]
        towns.append(f"{city} ${value:.2f}/hr")
    out += [" · ".join([*towns, f"{cities[3]}: not enough data"]), "",
            f"What {plural} do", *_about(g), ""]
    similar = _similar(rng, g, _MONEY[0])
    out += ["Others in the field: " + "; ".join(f"{n} averages ${_fmt(v)} a year"
                                                for n, v in similar), "",
            f"Companies hiring {plural} near you"]
    firms = list(g.employers)
    # three cards or more, the first three one of each kind (a band, per diem, pay not
    # listed): every page shows every kind; a card firm the guide does not name is no fact
    firms += rng.sample([f for f in _CARD_FIRMS if f not in firms], max(0, 3 - len(firms)))
    kinds = [*rng.sample(("band", "diem", "none"), 3),
             *(rng.choice(("band", "diem", "none")) for _ in firms[3:])]
    for employer, kind in zip(firms, kinds, strict=True):
        if employer not in g.employers:
            g.optional.append(employer)
        if kind == "band":
            lo_h, hi_h = _hour(g, round(p25), round(p75) + 1)
            pay = f"${_fmt(lo_h)}–${_fmt(hi_h)}/hr"
        elif kind == "diem":
            point = _hour(g, round(median), round(median), point=True)[0]
            pay = f"${_fmt(point)}/hr + per diem"
        else:
            pay = "pay not listed"
        out.append(f"{employer} — {rng.choice(cities[:3])}, {short} — {pay}")
    related = [n for n, _ in rng.sample(_SIMILAR, 2)]
    g.optional += related
    return [*out, "", f"Related calculators: {' · '.join(related)}",
            "Disclaimer: estimates only. Not tax advice."]


FAMILY14_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "chatexport": _chatexport, "mentorprofile": _mentorprofile, "howtosteps": _howtosteps,
    "promorubric": _promorubric, "surveyreport": _surveyreport, "paycalc": _paycalc,
}
