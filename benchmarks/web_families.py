"""Generator renderers for three page *families* met on unseen sites (issue 10, set 11).

Held-back set 11 showed three kinds of page the extractor read badly: a career matrix or pay
grid exported from a spreadsheet (delimited rows under a header row), a public-service
vacancy notice (labelled fields, numbered essential and desirable criteria, behaviours), and
a news feature about an occupation (headline, byline, quoted people and their careers).  These
renderers write such pages from a planned guide, so the scale benchmark and the web corpus
cover the families, not only the twelve pages of one set.  As in the other style modules,
every skill, move, employer and sector the guide keeps is printed; what a style does not
state is cleared, so the truth stays exact.

>>> import random
>>> _delimited([["Level", "Title"], ["L2", "Tree Surgeon, Senior"]], ",")
['Level,Title', 'L2,"Tree Surgeon, Senior"']
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from benchmarks.web_common import (
    DUTIES,
    SITES,
    YEARS,
    _a,
    _band,
    _plural,
    _said,
    _salary,
    _skills,
    _texts,
)

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY_LAYOUTS", "FAMILY_RENDERERS"]

FAMILY_LAYOUTS = ("csvmatrix", "vacancy", "newsstory")


def _delimited(rows: Sequence[Sequence[str]], delimiter: str) -> list[str]:
    """Rows written as a spreadsheet exports them (quoted where a cell needs it)."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return buffer.getvalue().splitlines()


# --------------------------------------------------------------------------------------
# Career matrix exported from a spreadsheet
# --------------------------------------------------------------------------------------
_MATRIX_HEADERS = (  # level, title, years, pay min, pay max, skills, up, lateral, in
    ("Level", "Job title", "Experience (years)", "Salary min ({})", "Salary max ({})",
     "Core skills", "Progresses to", "Lateral moves", "Typical entry from"),
    ("Grade", "Role", "Yrs experience", "Base pay from ({})", "Base pay to ({})",
     "Skills required", "Next role", "Sideways options", "Feeder roles"),
    ("Band", "Position", "Years in field", "Min annual ({})", "Max annual ({})",
     "Key competencies", "Promotion path", "Lateral options", "Comes from"),
)


def _csvmatrix(rng: random.Random, g: Guide, area: str) -> list[str]:
    delimiter = rng.choice((",", "\t", ";"))
    inner = "; " if delimiter != ";" else ", "  # a list inside a cell
    headers = rng.choice(_MATRIX_HEADERS)
    currency = "USD"
    low, high = _band(rng, g.role.level)
    _salary(g, low * 1000, high * 1000, currency)
    level_code = f"{headers[0][0]}{rng.randint(2, 6)}"
    header = [h.format(currency) for h in headers]
    row = [level_code, g.title, YEARS.get(g.role.level, "2–5"), str(low * 1000),
           str(high * 1000), inner.join(_skills(g)), inner.join(_texts(g.leads_to)),
           inner.join(_texts(g.transitions_to)), inner.join(_texts(g.moves_in))]
    g.must_not_appear += [h for h in header if " " in h] + [level_code]
    kind = {",": "CSV", "\t": "TSV", ";": "CSV"}[delimiter]
    out = [f"{area} career matrix, exported as {kind} on {rng.randint(2024, 2026)}-0"
           f"{rng.randint(1, 9)}-1{rng.randint(0, 9)}", "", *_delimited([header, row], delimiter)]
    if g.employers or g.sectors:
        facts = [["Field", "Values"]]
        if g.sectors:
            facts.append(["Sectors", inner.join(g.sectors)])
        if g.employers:
            facts.append(["Example employers", inner.join(g.employers)])
            g.must_not_appear += ["Example employers"]  # only a label the page prints
        out += ["", *_delimited(facts, delimiter)]
    return [*out, "", f"Source: {rng.choice(SITES)} workforce planning sheet, tab '{area}'"]


# --------------------------------------------------------------------------------------
# Public-service vacancy notice
# --------------------------------------------------------------------------------------
_NOTICE_PAY = (  # currency, symbol, units per USD, how a grade is written, location
    ("GBP", "£", 0.8, "Grade {}", "Bristol, United Kingdom"),
    ("AUD", "$", 1.5, "APS Level {}", "Canberra, Australia"),
    ("CAD", "$", 1.35, "Level {}", "Ottawa, Canada"),
    ("USD", "$", 1.0, "GS-{}", "Denver, United States"),
)
_CRITERIA = ("you can show how you have used {} at work",
             "a track record of applying {} to real problems",
             "evidence of {} in a similar setting",
             "practical, recent experience of {}")


def _vacancy(rng: random.Random, g: Guide, area: str) -> list[str]:
    code, symbol, rate, grade_fmt, location = rng.choice(_NOTICE_PAY)
    grade = grade_fmt.format(rng.randint(5, 13))
    band_low, band_high = _band(rng, g.role.level)
    low, high = round(band_low * 1000 * rate, -2), round(band_high * 1000 * rate, -2)
    _salary(g, low, high, code)
    g.must_not_appear += [location, grade, "Closing date", "Reference number",
                          "Essential criteria"]
    g.employers = g.employers[:1]  # a notice names the one organisation that hires
    reference = f"{rng.choice('ABCDEFGH')}{rng.randint(10000, 99999)}"
    out = [f"{rng.choice(SITES)} Jobs", "Home > Search vacancies > Vacancy details", "",
           f"Job title: {g.title}", f"Reference number: {reference}", f"Grade: {grade}",
           f"Salary: {symbol}{low:,.0f} - {symbol}{high:,.0f} per annum",
           f"Location: {location}",
           f"Closing date: {rng.randint(1, 28)} March {rng.randint(2025, 2026)}", "",
           "About us"]
    if g.employers:
        out.append(f"{g.employers[0]} is recruiting for its {area.lower()} team.")
    out += _said("We work with partners across the {} sectors.", g.sectors, "and")
    out += ["", "About the role",
            f"As {_a(g.title)} {g.title} you will {rng.choice(DUTIES).lower()} and "
            f"{rng.choice(DUTIES).lower()}.", ""]
    hard = [s for kind in ("top", "tool", "often_missing") for s in g.skills.get(kind, [])]
    soft = g.skills.get("soft", [])
    split = max(1, (len(hard) * 2) // 3)
    out.append("Essential criteria")
    out += [f"{i}. {skill} - {rng.choice(_CRITERIA).format('it')}."
            for i, skill in enumerate(hard[:split], 1)]
    if hard[split:]:
        out += ["", "Desirable criteria", *[f"- {s}" for s in hard[split:]]]
        g.must_not_appear.append("Desirable criteria")
    if soft:
        out += ["", "Behaviours", "We will assess you against these behaviours:",
                *[f"- {s}" for s in soft]]
        g.must_not_appear.append("Behaviours")
    out += ["", "Career development"]
    out += _said(f"Successful {_plural(g.title).lower()} can progress to {{}}.",
                 _texts(g.leads_to))
    out += _said("Secondments into {} teams are offered each year.", _texts(g.transitions_to))
    out += _said("We welcome applications from people currently working as {}.",
                 _texts(g.moves_in))
    return [*out, "", "How to apply",
            "Apply online before the closing date. Reasonable adjustments are available.",
            "Share this vacancy | Print"]


# --------------------------------------------------------------------------------------
# News feature about an occupation
# --------------------------------------------------------------------------------------
_PEOPLE = ("Mara Ellison", "Tomasz Reyes", "Aoife Brennan", "Kwame Mensah", "Lina Haddad",
           "Rafael Ortiz", "Sunita Rao", "Jonas Berg")
_REPORTERS = ("Dana Whitlock", "Owen Pryce", "Hana Sato", "Leo Marsh")
_CITIES = ("Leeds", "Halifax", "Geelong", "Tacoma", "Cork", "Dunedin")


def _newsstory(rng: random.Random, g: Guide, area: str) -> list[str]:
    person, reporter = rng.choice(_PEOPLE), rng.choice(_REPORTERS)
    city = rng.choice(_CITIES)
    first = person.split()[0]
    plural = _plural(g.title)
    g.title_line = False  # the role is named in the headline and the story
    site = f"The {city} {rng.choice(('Courier', 'Herald', 'Chronicle'))}"
    g.must_not_appear += [person, reporter, site, f"By {reporter}", city,
                          "Read more", "Most read"]
    out = [site, "News | Business | Jobs | Opinion | Sport", "",
           f"Why {city} cannot find enough {plural.lower()}",
           f"Employers say the shortage of {plural.lower()} is holding back {area.lower()} "
           "projects across the region.",
           f"By {reporter} | {rng.randint(1, 28)} May {rng.randint(2025, 2026)}", "",
           f"Photo: {person} at work. Supplied", ""]
    employers = list(g.employers)
    where = f" at {employers.pop(0)}" if employers else ""
    story = [f"{person} has worked as {_a(g.title)} {g.title}{where} for "
             f"{rng.randint(3, 9)} years."]
    if g.moves_in:
        story.append(f"{first} started out as {_a(_texts(g.moves_in)[0])} "
                     f"{_texts(g.moves_in)[0]} before retraining.")
    out += [" ".join(story)]
    out += _said("Others in the team came from {} jobs.", _texts(g.moves_in)[1:])
    low, high = _band(rng, g.role.level)
    _salary(g, low * 1000, high * 1000)
    out += ["", f'"Nobody tells you how varied it is," {first} says.',
            f"According to a recent pay survey, {plural.lower()} in the region earn between "
            f"${low * 1000:,} and ${high * 1000:,} a year."]
    skills = _skills(g)
    out += _said("Employers say they look for {}.", skills[:5], "and")
    out += _said("Recruiters add that {} are in short supply.", skills[5:], "and")
    out += _said(f"Experienced {plural.lower()} often go on to become {{}}.", _texts(g.leads_to))
    out += _said("Some move sideways into {} roles.", _texts(g.transitions_to))
    out += _said("{} are among the organisations hiring now.", employers, "and")
    out += _said("Demand is strongest in the {} sectors, the survey found.", g.sectors, "and")
    return [*out, "", "Read more: Jobs | Most read", f"© {site}"]


FAMILY_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "csvmatrix": _csvmatrix, "vacancy": _vacancy, "newsstory": _newsstory,
}
