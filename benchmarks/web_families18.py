"""Generator renderers for the six page families of held-back set 18 (newsletter issues ...).

Held-back set 18 showed six more kinds of page users bring: an e-mail or Substack newsletter
issue about one job (a sponsor block, a "What it takes" strip with glued items, the issue's
own job board, a shop's split and minimum that are no pay), a wiki article's talk page
(signed comments ending "(UTC)Reply", an out-of-date infobox figure and a vandal's figure
that are no pay, a draft pay table flattened " | "), a government portal's apprenticeship
vacancy (the wage and each year's rate the role's own at the Apprentice level, allowances
that are no pay), a Brazilian salary portal read through machine translation ("R$ 7.184,36",
average and median per month, year, week and hour, ceilings and floors that are no pay), a
first-person career-change essay (the writer's earlier job owning its pay, course fees that
are no pay) and a numbered social-media thread about the writer's own job (pay by rung, an
open "and up" band, per diems and "can clear" figures that are no pay, a replier's own pay).
These renderers write such pages from a planned guide, two variants a family; every fact
the truth keeps is printed and what a style does not state is cleared.

>>> _br(7184.36), _br(5600), _dotted(4850)
('7.184,36', '5.600,00', '4.850')
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import (
    _a,
    _base,
    _clear,
    _owner,
    _plural,
    _prose_list,
    _said,
    _salary,
    _texts,
    occupation_role,
    pick_variant,
)
from benchmarks.web_families12 import _PEOPLE, _TOWNS, _fmt, _yearly
from benchmarks.web_families15 import _FIRMS, _OTHER_FIRMS
from benchmarks.web_families17 import _fresh, _marked, _unused

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide, Role

__all__ = ["FAMILY18_ALIAS_LAYOUTS", "FAMILY18_LADDER_LAYOUTS", "FAMILY18_LAYOUTS",
           "FAMILY18_RENDERERS"]

FAMILY18_LAYOUTS = ("newsletter", "talkpage", "apprenticeship", "salariobr", "careerchange",
                    "socialthread")
# No family prints the whole ladder (next steps only); the talk page names the job's former
# title and the Brazilian portal an "Also known as:" line.
FAMILY18_LADDER_LAYOUTS: tuple[str, ...] = ()
FAMILY18_ALIAS_LAYOUTS = ("talkpage", "salariobr")


def _br(amount: float) -> str:
    """Brazilian (and German) notation with cents: "7.184,36"."""
    return f"{amount:,.2f}".translate(str.maketrans(",.", ".,"))


def _dotted(amount: float) -> str:
    """A whole amount grouped with dots, as Portuguese, Spanish, German, Slovenian or Icelandic
    pages print it (a float's fraction dropped).

    >>> _dotted(1650), _dotted(612000), _dotted(980.0)
    ('1.650', '612.000', '980')
    """
    return f"{int(amount):,}".replace(",", ".")


def _rung(g: Guide, lo: float, hi: float | None, currency: str, role: Role, name: str, *,
          period: str = "year", point: bool = False) -> None:
    """A figure printed for rung ``role``: the page's role at a level, or the rung's title."""
    owner, level = _owner(g, role, name)
    _salary(g, lo, hi, currency, period=period, point=point, belongs_to=owner, level=level)


def _moves_text(g: Guide) -> list[str]:
    """The next steps and sideways moves as two short sentences (no whole ladder)."""
    out = _said("The usual next step is {}.", _texts(g.leads_to), "or")
    out += _said("Others move sideways into {} work.", _texts(g.transitions_to), "or")
    return out


# --------------------------------------------------------------------------------------
# E-mail / Substack newsletter issue
# --------------------------------------------------------------------------------------
def _newsletter(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("email", "substack"))
    g.title_line = False
    _clear(g, "aliases")
    writer = rng.choice(_PEOPLE)
    g.must_not_appear.append(writer)
    plural = _plural(g.title).lower()
    top, tools = g.skills["top"], g.skills["tool"]
    day = [f"Most days are {_prose_list([s.lower() for s in top])}."]
    day += _said("The tools you will touch every week: {}.", tools, "and")
    lo, hi = _yearly(rng, g.role.level, 1.0, 500)
    _salary(g, lo, hi)
    into = _said(f"Most {plural} came in from {{}} jobs.", _texts(g.moves_in), "or")
    if variant == "substack":
        return _substack(rng, g, area, writer, day, into, lo, hi)
    name = rng.choice(("The Shortlist", "Jobs Decoded", "Work, Explained"))
    g.must_not_appear += [name, "View in browser", "Forwarded this email", "Unsubscribe",
                          "Update your preferences", "Loved it"]
    sponsor = _unused(g, rng.choice((49, 99, 149)), 10)
    rate = _fresh(int(round(hi / 220 + rng.randint(40, 90), -1)), {int(lo), int(hi)}, 10)
    _salary(g, rate, rate, period="day", point=True)
    glued = g.skills["often_missing"]
    strip = ["What it takes", " · ".join(g.skills["soft"] + glued[:-2])
             + (" · " if glued[:-2] or g.skills["soft"] else "") + "".join(glued[-2:])]
    board = ["From the job board"]
    city = rng.choice(_TOWNS)
    own = _fresh(int(round((lo + hi) / 2, -3)), {int(lo), int(hi)}, 1000)
    if g.employers:
        _salary(g, own, own, point=True, region=city)
        board.append(f"{g.title} · {g.employers[0]} · {city} · ${_fmt(own)}")
    for role, title in g.leads_to[:1]:
        other = _fresh(int(round(hi * 1.25, -3)), {int(lo), int(hi), own}, 1000)
        _rung(g, other, other, "USD", role, title, point=True)
        firm = rng.choice(_OTHER_FIRMS)
        g.optional.append(firm)  # another title's opening: no employer of the role
        board.append(f"{title} · {firm} · Remote · ${_fmt(other)}")
    quiet = rng.choice(_OTHER_FIRMS)
    g.optional += [quiet, "Office Coordinator"]
    board.append(f"Office Coordinator · {quiet} · {rng.choice(_TOWNS)} · pay not listed")
    emp = _said(f"{plural.capitalize()} work for employers such as {{}}.", g.employers[1:], "and")
    emp += _said(f"You find {plural} in {{}}.", g.sectors, "and")
    return [f"View in browser | Forwarded this email? Subscribe to {name}",
            f"{name} · Issue #{rng.randint(40, 240)} · {rng.randint(4, 9)} min read",
            f"SPONSORED · CourseHatch: learn a new skill for ${sponsor} a month. Try it free →",
            "Hi friends,", f"This week's job: {g.title.lower()}. One line: they keep "
            f"{area.lower()} work moving.", "What the day looks like", " ".join(day), *strip,
            "The money", f"Most {plural} earn ${_fmt(lo)} to ${_fmt(hi)} a year; contractors "
            f"bill around ${_fmt(rate)} a day.", "Getting in and moving on",
            " ".join([*into, *_moves_text(g), *emp]) or "There is no single way in.",
            *board, "Reader question: \"Is it too late to switch at 40?\" (answer next week)",
            "Did you like this issue?  👍 Loved it   😐 Meh   👎 Not for me",
            "Refer 3 friends and get the pay guide free.",
            f"See you next week, {writer}", "Unsubscribe · Update your preferences",
            f"{name}, 12 Harbour Row, {city} 40"]


def _substack(rng: random.Random, g: Guide, area: str, writer: str, day: list[str],
              into: list[str], lo: int, hi: int) -> list[str]:
    """A Substack post: likes and an audio player, a numbered skills list, a junior's hourly
    rate, a shop split and a minimum per piece (no pay), a median, a commenter's fee (no
    pay), the paywall and a cut-off footer."""
    name = rng.choice(("Making a Living", "Day Jobs", "The Work Issue"))
    reader = rng.choice([p for p in _PEOPLE if p != writer])
    g.must_not_appear += [name, reader, "Keep reading with a 7-day free trial", "Listen ·",
                          "Type your email"]
    used = {int(lo), int(hi)}
    median = _fresh(int(round((lo + hi) / 2 + 700, -2)), used, 100)
    _salary(g, median, median, point=True)
    junior = round(rng.uniform(15, 22))
    _salary(g, junior, junior, period="hour", point=True, level="Junior")
    split = rng.choice((30, 40, 50))
    minimum = _unused(g, rng.choice((80, 100, 120)), 5)
    fee = _unused(g, rng.randint(4, 9) * 1000, 500)
    skills = [*g.skills["often_missing"], *g.skills["soft"]]
    money = [f"Juniors start on ${junior} an hour. Firms keep {split}% of what a "
             f"freelancer bills, and the minimum for a small job is ${minimum}. Most "
             f"{_plural(g.title).lower()} take home ${_fmt(lo)}–${_fmt(hi)} a year; the "
             f"survey median is ${_fmt(median)}."]
    for role, title in g.leads_to[-1:]:
        top = _fresh(int(round(hi * 1.4, -3)), used | {median}, 1000)
        _rung(g, top, top, "USD", role, title, point=True)
        money.append(f"{_a(title).capitalize()} {title}? \"Some years ${top // 1000}k.\"")
    emp = _said("People I spoke to work at {}.", g.employers, "and")
    emp += _said("The work sits in {}.", g.sectors, "and")
    return [name, "SubscribeSign in", f"How to become {_a(g.title)} {g.title.lower()} (and "
            "what it actually pays)", f"Job #{rng.randint(12, 90)} in our series", writer,
            f"Mar {rng.randint(2, 28)}", f"♡ {rng.randint(40, 900)}  💬 {rng.randint(5, 90)}  "
            "↻ Share", f"🎧 Listen · {rng.randint(8, 25)}:{rng.randint(10, 59)}",
            f"So what does {_a(g.title)} {g.title.lower()} do all day?", " ".join(day),
            "Skills people told me matter most",
            *[f"{i}. {s}" for i, s in enumerate(skills, 1)],
            "The way in", " ".join(into) or "There's no degree.", "So what does it pay?",
            " ".join(money), "Where does it lead?", " ".join([*_moves_text(g), *emp])
            or "Most stay put.", f"Thanks for reading {name}!", "Type your email…Subscribe",
            f"{rng.randint(5, 60)} Comments", f"{reader}  Mar {rng.randint(2, 28)}",
            f"I paid ${_fmt(fee)} for a course before my first job. Wish I'd read this first.",
            "Keep reading with a 7-day free trial", f"© 2026 {writer} · Privacy ∙ Terms",
            "Substack is the home for great cult"]


# --------------------------------------------------------------------------------------
# Wiki talk page
# --------------------------------------------------------------------------------------
_EDITORS = ("Annealed Thoughts", "Tessellate9", "Molar Bear", "Rotorua Rambler",
            "Kilnformed Kat", "Punty Pete", "Enamel Elle", "Quillwright")


def _sig(rng: random.Random, user: str, reply: bool) -> str:
    stamp = f"{rng.randint(10, 23)}:{rng.randint(10, 59)}, {rng.randint(2, 28)} March 2026 (UTC)"
    return f" {user} (talk) {stamp}" + ("Reply" if reply else "")


def _talkpage(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("threads", "moved"))
    g.title_line = False
    editors = rng.sample(_EDITORS, 3)
    g.must_not_appear += [*editors, "View history", "WikiProject"]
    reply = variant == "threads"
    plural = _plural(g.title).lower()
    techniques = [s.lower() for s in g.skills["top"]]
    others = [*g.skills["tool"], *g.skills["soft"], *g.skills["often_missing"]]
    moves = _said(f"Most {plural} I know came in from {{}} jobs.", _texts(g.moves_in), "or")
    moves += _moves_text(g)
    moves += _said("Employers named in the source: {}.", g.employers, "and")
    moves += _said("The source lists the sectors as {}.", g.sectors, "and")
    skills = (f"Key techniques worth listing: {_prose_list(techniques)}."
              + (f" Also {_prose_list(others)}." if others else ""))
    if variant == "moved":  # the former name is printed on the moved page only
        return _moved(rng, g, area, editors, moves, skills)
    _clear(g, "aliases")
    old = _unused(g, _yearly(rng, g.role.level, 0.6, 1000)[0], 1000)
    median = _yearly(rng, g.role.level, 1.0, 10)[0] + 10
    q1, q3 = round(median * 0.82, -2), round(median * 1.27, -2)
    _salary(g, median, median, point=True)
    _salary(g, q1, q3)
    hourly = (round(median / 2600), round(median / 1700))
    _salary(g, *hourly, period="hour")
    out = [f"Talk:{g.title}", "From Wikipedia, the free encyclopedia", "Article Talk",
           "Read Edit Add topic View history Tools",
           f"This is the talk page for discussing improvements to the {g.title} article.",
           "This is not a forum for general discussion of the article's subject.",
           "WikiProject Occupations (Rated Start-class, Low-importance)", "Contents",
           "1 Infobox salary is out of date", "2 Career section", "3 Vandalism again",
           "Infobox salary is out of date[edit]",
           f"Latest comment: 4 months ago by {editors[1]} · 4 comments · 2 people in "
           "discussion",
           f"The infobox gives \"US${_fmt(old)}\" sourced to a 2009 trade magazine. The current "
           f"OEWS release gives a median of ${_fmt(median)} and a middle half of ${_fmt(q1)} to "
           f"${_fmt(q3)}. I'd replace it." + _sig(rng, editors[0], reply)]
    for role, title in g.transitions_to[:1]:
        lo, hi = _yearly(rng, role.level, 1.2, 500)
        _rung(g, lo, hi, "USD", role, title)
        out.append(f":Support. Worth adding that {_plural(title).lower()} are paid quite "
                   f"differently; a member survey gives them ${_fmt(lo)}–${_fmt(hi)}."
                   + _sig(rng, editors[1], reply))
    out += [f"::Hourly work is more like ${hourly[0]}–${hourly[1]} an hour from job ads."
            + _sig(rng, editors[0], reply),
            ":::Job ads are WP:OR. Leave the hourly figure out of the article."
            + _sig(rng, editors[1], reply),
            "Career section[edit]", " ".join(moves) + _sig(rng, editors[2], reply),
            ":" + skills + _sig(rng, editors[0], reply), "Vandalism again[edit]",
            "Someone changed the salary to \"$1,000,000 a year lol\" again. Reverted."
            + _sig(rng, editors[1], reply),
            "This page was last edited on 20 March 2026, at 13:55 (UTC).",
            "Text is available under the Creative Commons Attribution-ShareAlike License 4.0",
            "Privacy policy About Wikipedia Disclaimers Contact Wikipedia Develope"]
    return out


def _moved(rng: random.Random, g: Guide, area: str, editors: list[str], moves: list[str],
           skills: str) -> list[str]:
    """A closed requested move (the proposed title refused, the former name an alias), a
    draft pay table flattened " | " in three currencies, a sessional rate, a rung's scale in
    an unsigned comment and a refused edit request."""
    proposed = f"{area} Practitioner"
    g.optional.append(proposed)
    g.must_not_appear += ["Requested move", "Not done", "Semi-protected edit request"]
    former = g.aliases
    nz = _yearly(rng, g.role.level, 1.7, 100)
    uk = _yearly(rng, g.role.level, 0.8, 1)
    au = _yearly(rng, g.role.level, 1.5, 1000)[0]
    _salary(g, *nz, "NZD", region="New Zealand")
    _salary(g, *uk, "GBP", region="United Kingdom")
    _salary(g, au, au, "AUD", point=True, region="Australia")
    session = (rng.randint(30, 38), rng.randint(45, 55))
    _salary(g, *session, "GBP", period="hour", region="United Kingdom")
    gb = "£" if _marked(g) else "GBP "
    out = ["Jump to content", "Main menu Search Donate Create account Log in",
           f"Talk:{g.title}", "Article Talk", "Read Edit View history",
           "This article is rated C-class on Wikipedia's content assessment scale.",
           f"WikiProject {area} (Mid‑importance)", "Requested move 12 June 2025",
           "The following is a closed discussion of a requested move. Please do not modify it.",
           "The result of the move request was: not moved." + _sig(rng, editors[2], False),
           f"{g.title} → {proposed} – New graduates register as {proposed.lower()}s."
           + _sig(rng, editors[0], False),
           f"*Oppose. {_a(proposed).capitalize()} {proposed.lower()} is a different "
           "qualification; it is not a synonym." + _sig(rng, editors[1], False)]
    if former:
        out.append(f"*Oppose, but the lead should mention the old title {former[0]}, which is "
                   "what the job was called until 1988." + _sig(rng, editors[2], False))
    out += ["The above discussion is preserved as an archive of a requested move.",
            "Pay figures by country", "I've drafted this for the Employment section:",
            "Country | Figure | Source",
            f"New Zealand | NZ${_fmt(nz[0])} (step 1) to NZ${_fmt(nz[1])} (step 7) | collective "
            "agreement 2025", f"United Kingdom | {gb}{_fmt(uk[0])}–{gb}{_fmt(uk[1])} (Band 5) | "
            "NHS Employers", f"Australia | A${_fmt(au)} median | Jobs and Skills Australia",
            _sig(rng, editors[0], False).strip(),
            f":Most UK {_plural(g.title).lower()} work on a sessional rate, typically "
            f"£{session[0]}–£{session[1]} an hour." + _sig(rng, editors[1], False)]
    g.optional += ["Band 5", "NHS Employers", "Jobs and Skills Australia"]
    for role, title in g.leads_to[:1]:
        lo = max(nz[1] + 5000, _yearly(rng, role.level, 1.7, 500)[0])
        hi = lo + rng.randint(10, 20) * 500
        _rung(g, lo, hi, "NZD", role, title)
        g.must_not_appear.append("Preceding unsigned comment")
        out.append(f"::{_plural(title)} sit on a separate scale, NZ${_fmt(lo)}–NZ${_fmt(hi)}, so "
                   "please don't put that in this row. — Preceding unsigned comment added by "
                   "203.0.113.58 (talk) 09:12, 3 August 2025 (UTC)")
    request = _unused(g, rng.choice((150, 180, 200)) * 1000, 1000)
    out += ["Career section[citation needed]", " ".join(moves) + " ~~~~",
            "::" + skills + _sig(rng, editors[2], False),
            "Semi-protected edit request on 3 October 2025",
            f"pls change salary to {request // 1000}k my aunt earns that 2001:db8::5 (talk)",
            "Not done: please provide reliable sources." + _sig(rng, editors[2], False),
            "Content is available under CC BY-SA 4.0 unless otherwise noted.",
            "Privacy policy Terms of Use Desktop Home", "Wikipedia The Free Encyc"]
    return out


# --------------------------------------------------------------------------------------
# Government-portal apprenticeship vacancy
# --------------------------------------------------------------------------------------
def _apprenticeship(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("uk", "au"))
    g.title_line = False
    _clear(g, "aliases", "sectors")
    vacancy = f"Apprentice {g.title}"
    # the vacancy's title is the trade at its Apprentice rung, the rung below the role (as
    # the hand-written apprenticeship pages record it: a ladder [Apprentice X, X])
    g.ladders.append([(occupation_role(vacancy), vacancy), (g.role, g.title)])
    employer = g.employers[0] if g.employers else rng.choice(_FIRMS)
    provider = f"{rng.choice(_TOWNS).upper()} TRAINING PARTNERSHIP"
    course = f"{g.title} (level 3)"
    g.optional += [provider, course]
    top, tools = g.skills["top"], g.skills["tool"]
    duties = [f"{s.lower()}" + (f" using {tools[i]}" if i < len(tools) else "")
              for i, s in enumerate(top[:4])]
    contents = top[4:]
    glued = [*contents[:-2], "".join(contents[-2:])] if len(contents) >= 2 else contents
    asks = [*g.skills["soft"], *g.skills["often_missing"]]
    moves_in = _said("We welcome applicants from {} backgrounds.",
                     [n.lower() for n in _texts(g.moves_in)], "and")
    after = _said("Many go on to become {}.", [n.lower() for n in _texts(g.leads_to)], "or")
    after += _said("Some move across to {} work.", [n.lower() for n in _texts(g.transitions_to)],
                   "or")
    if variant == "au":
        training = f"Training: {course}, delivered by {provider}"
        return _au(rng, g, vacancy, employer, training, duties, glued, asks, moves_in, after)
    g.must_not_appear += ["Cookies on Find an apprenticeship", "Sign in", "Apply now",
                          "Report a problem", "Similar vacancies", "Apprentice Stonemason",
                          "Check minimum wage"]
    g.employers = [employer]
    years = [_yearly(rng, "junior", 0.2, 10)[0]]
    for _ in range(2):  # each year's rate above the last
        years.append(years[-1] + rng.randint(25, 45) * 100)
    for wage in years:
        _salary(g, wage, wage, "GBP", point=True, level="Apprentice")
    qualified = _yearly(rng, g.role.level, 0.35, 1000)
    qualified = (max(qualified[0], years[-1] + 3000), max(qualified[1], years[-1] + 8000))
    _salary(g, *qualified, "GBP")
    other = _unused(g, years[0] + 1500, 10)
    return ["Cookies on Find an apprenticeship", "We use some essential cookies.",
            "GOV.UK Find an apprenticeship", "Sign in",
            "BETA This is a new service – your feedback will help us to improve it.", "Back",
            vacancy, employer, f"Closes in {rng.randint(3, 20)} days (Sunday 15 March 2026)",
            "Apply now", "Summary", f"Learn the {g.title.lower()} trade on real work from "
            "your first week.", "Wage", f"£{_fmt(years[0])} a year",
            "Check minimum wage rates (opens in new tab)",
            f"Wage additional information: Rising to £{_fmt(years[1])} in year 2 and "
            f"£{_fmt(years[2])} in year 3.", "Training course", course, "Hours",
            "Monday to Friday, 8am to 4:30pm. 40 hours a week", "Duration", "3 years",
            "Work", "What you'll do at work:", *duties, "Training",
            f"College or training organisation: {provider}", "Course contents", *glued,
            "Requirements", *([f"Skills: {', '.join(asks)}"] if asks else []),
            *moves_in, "After this apprenticeship",
            f"You'll be a qualified {g.title.lower()}. Qualified {_plural(g.title).lower()} "
            f"with us earn £{_fmt(qualified[0])}–£{_fmt(qualified[1])}. " + " ".join(after),
            "Report a problem with this vacancy", "Similar vacancies",
            f"Apprentice Stonemason – Sarum Works – £{_fmt(other)} a year",
            "Help Privacy Cookies Accessibility statement", "© Crown copyri"]


def _au(rng: random.Random, g: Guide, vacancy: str, employer: str, training: str,
        duties: list[str], glued: list[str], asks: list[str], moves_in: list[str],
        after: list[str]) -> list[str]:
    """An Australian portal's listing: a headline hourly range across the years (a band at
    the Apprentice level), each year's award rate, a tool allowance (no pay), a group
    training organisation and its host employer (both employ the role), a job ID."""
    g.must_not_appear += ["Job ID", "Save job", "Similar jobs near you", "tool allowance"]
    host = g.employers[1] if g.employers[1:] else rng.choice(_OTHER_FIRMS)
    g.employers = [employer, host]
    rates = [round(rng.uniform(15.5, 17.5), 2)]
    for _ in range(3):  # whole units apart: the scorer reads whole units
        rates.append(round(rates[-1] + rng.uniform(2.5, 4.0), 2))
    _salary(g, rates[0], rates[-1], "AUD", period="hour", level="Apprentice")
    for rate in rates:
        _salary(g, rate, rate, "AUD", period="hour", point=True, level="Apprentice")
    tool = _unused(g, rng.randint(20, 35), 1)
    qualified = _yearly(rng, g.role.level, 1.4, 1000)
    _salary(g, *qualified, "AUD")
    aud = "A$" if _marked(g) else "$"
    return ["Australian Apprenticeships Pathways  Find a job  Save job  Share", "Back to results",
            vacancy, f"{employer} (group training organisation) · Host employer: {host}",
            f"Job ID {rng.randint(100000, 999999)} · {rng.choice(_TOWNS)}",
            f"{aud}{rates[0]:.2f} – {aud}{rates[-1]:.2f} per hour",
            "Award rates by year of apprenticeship",
            *[f"{n} year: {aud}{r:.2f} per hour" for n, r in
              zip(("1st", "2nd", "3rd", "4th"), rates, strict=True)],
            f"Plus a tool allowance of {aud}{tool} a week and travel support payments.",
            "Duties", *[f"• {d}" for d in duties], training,
            "What you'll learn (Certificate III)",
            *glued, *(["We're looking for someone with:", *[f"- {s}" for s in asks]]
                      if asks else []), *moves_in, "Career pathway",
            f"Qualified {_plural(g.title).lower()} earn {aud}{_fmt(qualified[0])} to "
            f"{aud}{_fmt(qualified[1])} a year. " + " ".join(after),
            "Similar jobs near you", "Apprentice Electrician · Apprentice Plumber",
            "Report a problem · Privacy · Accessibility · © Commonwealth of Aust"]


# --------------------------------------------------------------------------------------
# Machine-translated Brazilian salary portal
# --------------------------------------------------------------------------------------
_STATES = (("Minas Gerais", "MG", ("Belo Horizonte", "Uberlândia", "Juiz de Fora")),
           ("São Paulo", "SP", ("Campinas", "Santos", "Ribeirão Preto")),
           ("Paraná", "PR", ("Curitiba", "Londrina", "Maringá")))


def _cents(rng: random.Random, value: float) -> float:
    return round(value + rng.randint(1, 99) / 100, 2)


def _salariobr(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("cells", "rows"))
    g.title_line = False
    state, code, cities = rng.choice(_STATES)
    portal = rng.choice(("Portal Salário Brasil", "SalárioPro", "Carreira BR"))
    g.must_not_appear += [portal, "Google Translate", "Show original", "CBO",
                          "Was this translation helpful", "Advertisement", "Related professions"]
    avg = _cents(rng, _yearly(rng, g.role.level, 0.07, 10)[0])
    median = _cents(rng, round(avg * rng.uniform(0.72, 0.8)))
    ceiling = _cents(rng, round(avg * 2.05))
    used = {int(avg), int(median), int(ceiling)}
    floor = _fresh(round(avg * 0.93), used, 1)  # the agreements' average floor: no pay
    points: dict[str, tuple[float, ...]] = {}
    for label, month in (("Salary Average", avg), ("Salary Median", median)):
        row = (month, round(month * 12, 2), round(month * 12 / 52, 2), round(month / 205, 2))
        points[label] = row
        for value, period in zip(row, ("month", "year", "week", "hour"), strict=True):
            _salary(g, value, value, "BRL", period=period, point=True, region=state)
    _salary(g, median, ceiling, "BRL", period="month", region=state)
    ceil_cols = (ceiling, round(ceiling * 12, 2), round(ceiling * 12 / 52, 2),
                 round(ceiling / 205, 2))
    head = ["Monthly Salary", "Annual Salary", "Salary Per Week", "Salary Per Hour"]
    table = ["Salary table of " + g.title]
    rows: list[tuple[str, tuple[float, ...]]] = [*points.items(), ("Salary ceiling", ceil_cols)]
    if variant == "cells":  # one cell a line
        table += ["", *head]
        for label, cols in rows:
            table += [label, *[_br(c) for c in cols]]
    else:  # one row a line, quartiles too
        q1 = _fresh(round(median * 0.85), used, 1)  # quartiles: no pay
        q3 = _fresh(round(avg * 1.3), used, 1)
        table += [" | ".join(["", *head])]
        table += [f"{label} | " + " | ".join(_br(c) for c in cols) for label, cols in rows]
        table += [f"1st quartile | {_br(q1)}", f"3rd quartile | {_br(q3)}"]
    city_rows = ["Salary by city", "City | Salary range | Average salary"]
    for city in cities:
        lo = _fresh(int(round(avg * rng.uniform(0.7, 0.8), -2)), used, 100)
        hi = _fresh(int(round(avg * rng.uniform(1.6, 2.1), -1)), used, 10)
        mid = _cents(rng, _fresh(round(avg * rng.uniform(0.9, 1.1)), used, 3))
        _salary(g, lo, hi, "BRL", period="month", region=city)
        _salary(g, mid, mid, "BRL", period="month", point=True, region=city)
        city_rows.append(f"{city} - {code} | {_dotted(lo)} - {_dotted(hi)} | {_br(mid)}")
    tools = g.skills["tool"]
    duty = (f"The {g.title} plans and supervises {area.lower()} work"
            + (f" using {_prose_list(tools)}." if tools else "."))
    career = _said("The career usually continues as {}.", _texts(g.leads_to), "or")
    career += _said("Some move to {}.", _texts(g.transitions_to), "or")
    career += _said("Many {} enter the profession this way.",
                    [_plural(n).lower() for n in _texts(g.moves_in)], "and")
    for role, title in g.leads_to[:1]:
        start = _fresh(int(round(avg * 1.5, -2)), used, 100)
        _rung(g, start, start, "BRL", role, title, period="month", point=True)
        career.append(f"{_a(title).capitalize()} {title} beginning earns around R$ "
                      f"{start / 1000:g} thousand.")
    segment = [f"who works 44 hours per week in companies in the segment of {g.sectors[0]}."] \
        if g.sectors else ["who works 44 hours per week."]
    g.sectors = g.sectors[:1]
    related = [f"{area} Technologist", f"{area} Inspector"]
    g.must_not_appear += related
    return ["Google Translate", "Translated to: English  Show original  Options ▾", portal,
            "Home  Professions  Salary Table 2026  Minimum Wage  CLT Calculator  Jobs",
            f"Home > Professions > {area} > {g.title} > {state}", f"{g.title} - {state}",
            f"R$ {_br(avg)}/month", "Updated on 02/14/2026",
            *(["Also known as: " + ", ".join(g.aliases)] if g.aliases else []),
            f"{_a(g.title).capitalize()} {g.title} working in the state of {state} earns on "
            f"average R$ {_br(avg)} for a working day of 41 hours per week.",
            f"The salary range of the {g.title} is between R$ {_br(median)} median salary of "
            f"the survey and the salary ceiling of R$ {_br(ceiling)}, with R$ {_br(floor)} "
            "being the average of the salary floor 2026 of collective agreements.",
            f"The information is in accordance with research by {portal} with a total of "
            f"{rng.randint(80, 900)} salaries.", "Advertisement", *table, *city_rows,
            "Professional Profile", f"The position of {g.title} CBO {rng.randint(1000, 9999)}-10 "
            f"has an average professional profile of a worker aged {rng.randint(28, 44)}, "
            + segment[0], *_said("Companies that hire the most: {}.", g.employers, "and"),
            f"What does {_a(g.title)} {g.title} do", duty, "Personal competences",
            *g.skills["top"], *g.skills["soft"], *g.skills["often_missing"], "Career",
            " ".join(career) or "The career is flat.", "Related professions:", *related,
            f"Jobs for {g.title}  Receive jobs by email", "Was this translation helpful? 👍 👎",
            f"{portal} © 2026 - All rights reserved - Terms of Use - Privacy Pol"]


# --------------------------------------------------------------------------------------
# "Career change" personal essay
# --------------------------------------------------------------------------------------
def _careerchange(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("uk", "euro"))
    g.title_line = False
    _clear(g, "aliases", "sectors")
    writer = rng.choice(_PEOPLE)
    site = rng.choice(("Midlife Reroute", "Second Act", "Switched"))
    g.must_not_appear += [writer, site, "min read", "claps", "Copy link", "More stories"]
    mates = _texts(g.moves_in[1:])
    euro = variant == "euro"
    code = "EUR" if euro else "GBP"
    period = "month" if euro else "year"
    rate = 0.07 if euro else 0.8
    unit = 10 if euro else 100

    def money(v: int) -> str:
        if euro:
            return f"{_dotted(v)} €" if _marked(g) else f"€{_fmt(v)}"
        return f"£{_fmt(v)}"

    if g.moves_in:  # the writer's own earlier job: a move in, owning its pay
        earlier_role, earlier = g.moves_in[0]
        before = _yearly(rng, earlier_role.level, rate, unit)[0]
        _rung(g, before, before, code, earlier_role, earlier, period=period, point=True)
    else:  # an earlier job outside the guide's world: named, owning its figure
        earlier = f"{area} Sales Assistant"
        before = _yearly(rng, "junior", rate, unit)[0]
        _salary(g, before, before, code, period=period, point=True, belongs_to=earlier)
        g.optional.append(earlier)
    used = {before}
    trainee = _fresh(_yearly(rng, "junior", rate * 0.8, unit)[0], used, unit)
    first = _fresh(max(_yearly(rng, g.role.level, rate, unit)[0], trainee + 10 * unit), used,
                   unit)
    deal = _fresh(first + rng.randint(10, 25) * unit, used, unit)
    for value, level in ((trainee, "Trainee"), (first, None), (deal, None)):
        _salary(g, value, value, code, period=period, point=True, level=level)
    fee = _unused(g, rng.randint(6, 12) * 1000 + 500, 500)
    per = " a month" if euro else ""
    pay = [f"Trainees at my company start on {money(trainee)}{per} during training. Once "
           f"qualified it's {money(first)}{per}, and after the pay deal this year "
           f"{money(deal)}{per}. The course cost me {money(fee)}, which I'm still repaying."]
    for role, title in g.leads_to[:1]:
        top = _fresh(deal + rng.randint(15, 30) * unit, used, unit)
        _rung(g, top, top, code, role, title, period=period, point=True)
        pay.append(f"{_plural(title)} here are on around {money(top)}{per}; an instructor gets "
                   "an allowance on top.")
    tests = g.skills["top"][:3]
    training = [*g.skills["top"][3:], *g.skills["tool"]]
    need = [*g.skills["often_missing"], *g.skills["soft"]]
    employers = g.employers[:2]
    g.employers = employers
    licence = f"{area} Licence"
    g.optional.append(licence)
    nexts = _said("In a few years I'd like to become {}.",
                  [f"{_a(n)} {n.lower()}" for n in _texts(g.leads_to)], "and then")
    nexts += _said("Some colleagues moved sideways into {} jobs.",
                   [n.lower() for n in _texts(g.transitions_to)], "or")
    commenter = rng.choice([p for p in _PEOPLE if p != writer])
    g.must_not_appear.append(commenter)
    return [site, "Stories of people who changed careers after 35",
            "Home  Stories  Submit yours  Newsletter", f"CAREER CHANGE · {area.upper()}",
            f"I swapped {_a(earlier)} {earlier.lower()} job for life as {_a(g.title)} "
            f"{g.title.lower()} at 41.", f"By {writer} · {rng.randint(5, 14)} min read · "
            f"{rng.randint(1, 9)}.{rng.randint(1, 9)}K claps",
            f"For fifteen years I was {_a(earlier)} {earlier.lower()}, on {money(before)}{per} by "
            f"the end. So I became {_a(g.title)} {g.title.lower()}.",
            "The application is brutal", "The selection tests checked "
            + _prose_list([s.lower() for s in tests]) + "."
            + (f" I got in at {employers[0]} on my second try." if employers else ""),
            "Training is school", f"The course covered {_prose_list(training)}, then the "
            f"{licence}." if training else f"The course ended with the {licence}.",
            *(["What you need more than anything", *need] if need else []),
            "The money, since everyone asks", " ".join(pay),
            *(["Who else was on my course", "Former " + _prose_list([m.lower() for m in mates])
               + " — all career changers like me."] if mates else []),
            "What's next", " ".join([*nexts, *_said("Friends work at {} now.", employers[1:])])
            or "I'm staying put.", "Share  Tweet  Copy link", "More stories",
            "From solicitor to stonemason at 44", f"Comments ({rng.randint(5, 60)})",
            f"{commenter} · 2 days ago", f"I can confirm the {money(deal)} figure, it's accurate.",
            f"Subscribe to the {site} newsletter  Email address  Sign up",
            f"About  Contact  Privacy  © 2026 {site[:-3]}"]


# --------------------------------------------------------------------------------------
# Numbered social-media thread
# --------------------------------------------------------------------------------------
def _socialthread(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("x", "threads"))
    g.title_line = False
    _clear(g, "aliases")
    name = rng.choice(_PEOPLE)
    handle = "@" + name.split()[0].lower() + "_works"
    replier = rng.choice([p for p in _PEOPLE if p != name])
    g.must_not_appear += [name, handle, replier, "Show more", "Discover more", "Relevant people",
                          "Trending now"]
    threads = variant == "threads"
    code, period, sym = ("EUR", "month", "€") if threads else ("USD", "hour", "$")
    unit = 50 if threads else 1
    per = "mo" if threads else "hr"
    months = 12 if threads else 2080
    n = 8
    posts: list[str] = []

    def post(i: int, text: str) -> None:
        mark = f"({i}/{n})" if threads else ("1/ 🧵" if i == 1 else f"{i}/")
        posts.append(f"{name} {handle} · Mar 3" if i > 1 and not threads else f"{handle} · 2h")
        posts.append(f"{mark} {text}")
        posts.append(f"{rng.randint(2, 90)} {rng.randint(20, 900)} {rng.randint(1, 9)}.{i}K")

    post(1, f"I've been {_a(g.title)} {g.title.lower()} for 9 years. Everyone asks how to get "
            "into it and what it pays. Here's all of it.")
    top, tools = g.skills["top"], g.skills["tool"]
    post(2, "The job: " + _prose_list([s.lower() for s in top]) + "."
         + (f" Tools: {', '.join(tools)}." if tools else ""))
    need = [*g.skills["often_missing"], *g.skills["soft"]]
    cert = f"{area} Safety Certificate"
    g.optional.append(cert)
    needs = "".join(f"{s}\n" for s in need) if not threads else "".join(need) + "\n"
    post(3, "What you actually need:\n" + needs + f"Certs: {cert}, first aid.")
    posts.append("Show more")
    base = round(_yearly(rng, g.role.level, 1.0, 1000)[0] / months / unit) * unit
    lines = []
    lo, hi = base, base + max(3 * unit, round(base * 0.2 / unit) * unit)
    _salary(g, lo, hi, code, period=period, level="Junior")
    lines.append(f"Junior {_base(g.title).lower()}: {sym}{_fmt(lo)}–{sym}{_fmt(hi)}/{per}")
    own = (hi + 2 * unit, hi + 2 * unit + (hi - lo))
    _salary(g, *own, code, period=period)
    lines.append(f"{g.title}: {sym}{_fmt(own[0])}–{sym}{_fmt(own[1])}/{per}")
    top_pay = own[1] + 2 * unit
    for role, title in g.leads_to[:1]:
        _rung(g, top_pay, None, code, role, title, period=period)
        lines.append(f"{title}: {sym}{_fmt(top_pay)}/{per} and up")
    diem = _unused(g, rng.randint(45, 75), 1)
    post(4, "Pay (2026, what I see in my crew):\n" + "\n".join(lines)
         + f"\nPlus per diem, usually {sym}{diem}/day, and OT. Top people can clear "
           f"{sym}{_unused(g, 100_000, 10_000) // 1000}k+.")
    emp = g.employers[:2]
    g.employers = emp
    where = (f"I'm at {emp[0]} right now" + (f", before that {emp[1]}." if emp[1:] else ".")
             if emp else "I freelance right now.")
    if threads:
        day = _fresh(round(hi / 21 / 10) * 10 + 20, {lo, hi}, 10)
        _salary(g, day, day, code, period="day", point=True)
        where += f" Day work pays {sym}{day} a day."
        usd = round(hi * 1.1 / 100) * 100
        _salary(g, usd, usd + 600, "USD", period="month", region="Caribbean")
        where += f" In the Caribbean it's more like ${_fmt(usd)}–${_fmt(usd + 600)}/mo."
    post(5, where)
    post(6, "Who gets in: " + (_prose_list([_plural(n).lower() for n in _texts(g.moves_in)])
                               or "anyone willing to learn") + ".")
    post(7, "Where it goes: " + (_prose_list(_texts([*g.leads_to, *g.transitions_to]), "or")
                                 or "most people stay") + ".")
    post(8, ("Industries: " + _prose_list(g.sectors) + ". " if g.sectors else "")
         + ("" if threads else f"{n}/{n} end. ")
         + f"Follow for more #{area.lower().replace(' ', '')}")
    job = f"{area} Auditor"  # no head noun of the generated titles: no rung of the role
    theirs = _fresh(_yearly(rng, "mid", 1.0, 1000)[0], {lo, hi}, 1000)
    g.optional.append(job)
    _salary(g, theirs, theirs, "USD", point=True, belongs_to=job)
    head = ["Thread", "Log in"] if threads else ["Post"]
    return [*head, name, handle, *posts, "Discover more", "Sourced from across X",
            f"{replier} · Replying to {handle}",
            f"I'm {_a(job)} {job.lower()}, we make ${theirs // 1000}k-ish and never touch that "
            "stuff lol.", "Relevant people", f"{name} {handle} Follow", "Trending now",
            "Terms of Service Privacy Policy Cookie Policy © 2026 X Cor"]


FAMILY18_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "newsletter": _newsletter, "talkpage": _talkpage, "apprenticeship": _apprenticeship,
    "salariobr": _salariobr, "careerchange": _careerchange, "socialthread": _socialthread,
}
