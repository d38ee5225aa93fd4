"""Synthetic career-guide *web pages* for the generator's ``web`` style (benchmarks/generate.py).

Each renderer writes one page in a site style catalogued in ``docs/extraction-structures.md``
(job specification, career wiki, level-by-level ladder, markdown salary table, government
careers profile, long-form blog, key-facts panel, question-and-answer page, flattened pay grid)
from a planned guide whose facts were chosen by the generator, and records on the guide the
facts only the page states (its salary figures and the names that must not come out of it).
Every skill, move, employer and sector the guide holds is printed, so the generator's truth
stays exact.

Pages carry the noise real pages carry: site chrome, tag strips, emoji and numbered headings,
glued lists, "A / B" alternatives, numbers printed twice, leftover markdown, mojibake and a
cut-off last line.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import (
    BASE_K,
    DUTIES,
    LEVEL_LABEL,
    PLURAL_VERBS,
    SITES,
    VERBS,
    YEARS,
    _a,
    _band,
    _cut_line,
    _mojibake,
    _pairs,
    _plural,
    _prose_list,
    _said,
    _salary,
    _same_family,
    _skills,
    _texts,
    render_page,
)
from benchmarks.web_families import FAMILY_LAYOUTS, FAMILY_RENDERERS
from benchmarks.web_families12 import (
    FAMILY12_ALIAS_LAYOUTS,
    FAMILY12_LADDER_LAYOUTS,
    FAMILY12_LAYOUTS,
    FAMILY12_RENDERERS,
)
from benchmarks.web_families14 import (
    FAMILY14_LADDER_LAYOUTS,
    FAMILY14_LAYOUTS,
    FAMILY14_RENDERERS,
)
from benchmarks.web_families15 import (
    FAMILY15_ALIAS_LAYOUTS,
    FAMILY15_LADDER_LAYOUTS,
    FAMILY15_LAYOUTS,
    FAMILY15_RENDERERS,
)
from benchmarks.web_families16 import (
    FAMILY16_ALIAS_LAYOUTS,
    FAMILY16_LADDER_LAYOUTS,
    FAMILY16_LAYOUTS,
    FAMILY16_RENDERERS,
)
from benchmarks.web_families17 import (
    FAMILY17_ALIAS_LAYOUTS,
    FAMILY17_LADDER_LAYOUTS,
    FAMILY17_LAYOUTS,
    FAMILY17_RENDERERS,
)
from benchmarks.web_families18 import (
    FAMILY18_ALIAS_LAYOUTS,
    FAMILY18_LADDER_LAYOUTS,
    FAMILY18_LAYOUTS,
    FAMILY18_RENDERERS,
)
from benchmarks.web_families19 import (
    FAMILY19_ALIAS_LAYOUTS,
    FAMILY19_LADDER_LAYOUTS,
    FAMILY19_LAYOUTS,
    FAMILY19_RENDERERS,
)
from benchmarks.web_families20 import (
    FAMILY20_ALIAS_LAYOUTS,
    FAMILY20_LADDER_LAYOUTS,
    FAMILY20_LAYOUTS,
    FAMILY20_RENDERERS,
)
from benchmarks.web_families21 import (
    FAMILY21_ALIAS_LAYOUTS,
    FAMILY21_LADDER_LAYOUTS,
    FAMILY21_LAYOUTS,
    FAMILY21_RENDERERS,
)
from benchmarks.web_families22 import (
    FAMILY22_ALIAS_LAYOUTS,
    FAMILY22_LADDER_LAYOUTS,
    FAMILY22_LAYOUTS,
    FAMILY22_RENDERERS,
)
from benchmarks.web_families23 import (
    FAMILY23_ALIAS_LAYOUTS,
    FAMILY23_LADDER_LAYOUTS,
    FAMILY23_LAYOUTS,
    FAMILY23_RENDERERS,
)
from benchmarks.web_families24 import (
    FAMILY24_ALIAS_LAYOUTS,
    FAMILY24_LADDER_LAYOUTS,
    FAMILY24_LAYOUTS,
    FAMILY24_RENDERERS,
)
from benchmarks.web_families25 import (
    FAMILY25_ALIAS_LAYOUTS,
    FAMILY25_LADDER_LAYOUTS,
    FAMILY25_LAYOUTS,
    FAMILY25_RENDERERS,
)
from benchmarks.web_families26 import (
    FAMILY26_ALIAS_LAYOUTS,
    FAMILY26_LADDER_LAYOUTS,
    FAMILY26_LAYOUTS,
    FAMILY26_RENDERERS,
)
from benchmarks.web_families27 import (
    FAMILY27_ALIAS_LAYOUTS,
    FAMILY27_LADDER_LAYOUTS,
    FAMILY27_LAYOUTS,
    FAMILY27_RENDERERS,
)
from benchmarks.web_families28 import (
    FAMILY28_ALIAS_LAYOUTS,
    FAMILY28_LADDER_LAYOUTS,
    FAMILY28_LAYOUTS,
    FAMILY28_RENDERERS,
)
from benchmarks.web_families29 import (
    FAMILY29_ALIAS_LAYOUTS,
    FAMILY29_LADDER_LAYOUTS,
    FAMILY29_LAYOUTS,
    FAMILY29_RENDERERS,
)
from benchmarks.web_families30 import (
    FAMILY30_ALIAS_LAYOUTS,
    FAMILY30_LADDER_LAYOUTS,
    FAMILY30_LAYOUTS,
    FAMILY30_RENDERERS,
)
from benchmarks.web_families31 import (
    FAMILY31_ALIAS_LAYOUTS,
    FAMILY31_LADDER_LAYOUTS,
    FAMILY31_LAYOUTS,
    FAMILY31_RENDERERS,
)
from benchmarks.web_families32 import (
    FAMILY32_ALIAS_LAYOUTS,
    FAMILY32_LADDER_LAYOUTS,
    FAMILY32_LAYOUTS,
    FAMILY32_RENDERERS,
)
from benchmarks.web_families33 import (
    FAMILY33_ALIAS_LAYOUTS,
    FAMILY33_LADDER_LAYOUTS,
    FAMILY33_LAYOUTS,
    FAMILY33_RENDERERS,
)
from benchmarks.web_families34 import (
    FAMILY34_ALIAS_LAYOUTS,
    FAMILY34_LADDER_LAYOUTS,
    FAMILY34_LAYOUTS,
    FAMILY34_RENDERERS,
)
from benchmarks.web_families35 import (
    FAMILY35_ALIAS_LAYOUTS,
    FAMILY35_LADDER_LAYOUTS,
    FAMILY35_LAYOUTS,
    FAMILY35_RENDERERS,
)
from benchmarks.web_families36 import (
    FAMILY36_ALIAS_LAYOUTS,
    FAMILY36_LADDER_LAYOUTS,
    FAMILY36_LAYOUTS,
    FAMILY36_RENDERERS,
)
from benchmarks.web_families37 import (
    FAMILY37_ALIAS_LAYOUTS,
    FAMILY37_LADDER_LAYOUTS,
    FAMILY37_LAYOUTS,
    FAMILY37_RENDERERS,
)
from benchmarks.web_families38 import (
    FAMILY38_ALIAS_LAYOUTS,
    FAMILY38_LADDER_LAYOUTS,
    FAMILY38_LAYOUTS,
    FAMILY38_RENDERERS,
)
from benchmarks.web_families39 import (
    FAMILY39_ALIAS_LAYOUTS,
    FAMILY39_LADDER_LAYOUTS,
    FAMILY39_LAYOUTS,
    FAMILY39_RENDERERS,
)
from benchmarks.web_families40 import (
    FAMILY40_ALIAS_LAYOUTS,
    FAMILY40_LADDER_LAYOUTS,
    FAMILY40_LAYOUTS,
    FAMILY40_RENDERERS,
)
from benchmarks.web_families41 import (
    FAMILY41_ALIAS_LAYOUTS,
    FAMILY41_LADDER_LAYOUTS,
    FAMILY41_LAYOUTS,
    FAMILY41_RENDERERS,
)
from benchmarks.web_families42 import (
    FAMILY42_ALIAS_LAYOUTS,
    FAMILY42_LADDER_LAYOUTS,
    FAMILY42_LAYOUTS,
    FAMILY42_RENDERERS,
)
from benchmarks.web_families43 import (
    FAMILY43_ALIAS_LAYOUTS,
    FAMILY43_LADDER_LAYOUTS,
    FAMILY43_LAYOUTS,
    FAMILY43_RENDERERS,
)
from benchmarks.web_families44 import (
    FAMILY44_ALIAS_LAYOUTS,
    FAMILY44_LADDER_LAYOUTS,
    FAMILY44_LAYOUTS,
    FAMILY44_RENDERERS,
)
from benchmarks.web_families45 import (
    FAMILY45_ALIAS_LAYOUTS,
    FAMILY45_LADDER_LAYOUTS,
    FAMILY45_LAYOUTS,
    FAMILY45_RENDERERS,
)
from benchmarks.web_families46 import (
    FAMILY46_ALIAS_LAYOUTS,
    FAMILY46_LADDER_LAYOUTS,
    FAMILY46_LAYOUTS,
    FAMILY46_RENDERERS,
)
from benchmarks.web_families47 import (
    FAMILY47_ALIAS_LAYOUTS,
    FAMILY47_LADDER_LAYOUTS,
    FAMILY47_LAYOUTS,
    FAMILY47_RENDERERS,
)
from benchmarks.web_families48 import (
    FAMILY48_ALIAS_LAYOUTS,
    FAMILY48_LADDER_LAYOUTS,
    FAMILY48_LAYOUTS,
    FAMILY48_RENDERERS,
)
from benchmarks.web_families49 import (
    FAMILY49_ALIAS_LAYOUTS,
    FAMILY49_LADDER_LAYOUTS,
    FAMILY49_LAYOUTS,
    FAMILY49_RENDERERS,
)
from benchmarks.web_families50 import (
    FAMILY50_ALIAS_LAYOUTS,
    FAMILY50_LADDER_LAYOUTS,
    FAMILY50_LAYOUTS,
    FAMILY50_RENDERERS,
)
from benchmarks.web_families51 import (
    FAMILY51_ALIAS_LAYOUTS,
    FAMILY51_LADDER_LAYOUTS,
    FAMILY51_LAYOUTS,
    FAMILY51_RENDERERS,
)
from benchmarks.web_families52 import (
    FAMILY52_ALIAS_LAYOUTS,
    FAMILY52_LADDER_LAYOUTS,
    FAMILY52_LAYOUTS,
    FAMILY52_RENDERERS,
)
from benchmarks.web_families53 import (
    FAMILY53_ALIAS_LAYOUTS,
    FAMILY53_LADDER_LAYOUTS,
    FAMILY53_LAYOUTS,
    FAMILY53_RENDERERS,
)
from benchmarks.web_families54 import (
    FAMILY54_ALIAS_LAYOUTS,
    FAMILY54_LADDER_LAYOUTS,
    FAMILY54_LAYOUTS,
    FAMILY54_RENDERERS,
)
from benchmarks.web_families55 import (
    FAMILY55_ALIAS_LAYOUTS,
    FAMILY55_LADDER_LAYOUTS,
    FAMILY55_LAYOUTS,
    FAMILY55_RENDERERS,
)
from benchmarks.web_families56 import (
    FAMILY56_ALIAS_LAYOUTS,
    FAMILY56_LADDER_LAYOUTS,
    FAMILY56_LAYOUTS,
    FAMILY56_RENDERERS,
)
from benchmarks.web_families57 import (
    FAMILY57_ALIAS_LAYOUTS,
    FAMILY57_LADDER_LAYOUTS,
    FAMILY57_LAYOUTS,
    FAMILY57_RENDERERS,
)
from benchmarks.web_families58 import (
    FAMILY58_ALIAS_LAYOUTS,
    FAMILY58_LADDER_LAYOUTS,
    FAMILY58_LAYOUTS,
    FAMILY58_RENDERERS,
)
from benchmarks.web_families59 import (
    FAMILY59_ALIAS_LAYOUTS,
    FAMILY59_LADDER_LAYOUTS,
    FAMILY59_LAYOUTS,
    FAMILY59_RENDERERS,
)
from benchmarks.web_studied import ALIAS_LAYOUTS, LADDER_LAYOUTS, STUDIED_LAYOUTS, STUDIED_RENDERERS

if TYPE_CHECKING:  # the generator imports this module; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["WEB_ALIAS_LAYOUTS", "WEB_LADDER_LAYOUTS", "WEB_LAYOUTS", "render_web"]

# The nine first site styles (this module), then the styles of the studied fixture sets
# (benchmarks/web_studied.py) and the page families of sets 11, 12, 14, 15, 16, 17, 18, 19
# and 20 (benchmarks/web_families.py, benchmarks/web_families12.py,
# benchmarks/web_families14.py, benchmarks/web_families15.py, benchmarks/web_families16.py,
# benchmarks/web_families17.py, benchmarks/web_families18.py, benchmarks/web_families19.py,
# benchmarks/web_families20.py).
SITE_LAYOUTS = ("jobspec", "wiki", "ladder", "table", "govprofile", "blog", "factpanel", "faq",
                "paygrid")
WEB_LAYOUTS = (*SITE_LAYOUTS, *STUDIED_LAYOUTS, *FAMILY_LAYOUTS, *FAMILY12_LAYOUTS,
               *FAMILY14_LAYOUTS, *FAMILY15_LAYOUTS, *FAMILY16_LAYOUTS, *FAMILY17_LAYOUTS,
               *FAMILY18_LAYOUTS, *FAMILY19_LAYOUTS, *FAMILY20_LAYOUTS,
               *FAMILY21_LAYOUTS, *FAMILY22_LAYOUTS, *FAMILY23_LAYOUTS,
               *FAMILY24_LAYOUTS, *FAMILY25_LAYOUTS, *FAMILY26_LAYOUTS,
               *FAMILY27_LAYOUTS, *FAMILY28_LAYOUTS, *FAMILY29_LAYOUTS, *FAMILY30_LAYOUTS,
               *FAMILY31_LAYOUTS, *FAMILY32_LAYOUTS, *FAMILY33_LAYOUTS,
               *FAMILY34_LAYOUTS, *FAMILY35_LAYOUTS, *FAMILY36_LAYOUTS,
               *FAMILY37_LAYOUTS, *FAMILY38_LAYOUTS, *FAMILY39_LAYOUTS,
               *FAMILY40_LAYOUTS, *FAMILY41_LAYOUTS, *FAMILY42_LAYOUTS,
               *FAMILY43_LAYOUTS, *FAMILY44_LAYOUTS, *FAMILY45_LAYOUTS,
               *FAMILY46_LAYOUTS, *FAMILY47_LAYOUTS, *FAMILY48_LAYOUTS,
               *FAMILY49_LAYOUTS, *FAMILY50_LAYOUTS, *FAMILY51_LAYOUTS,
               *FAMILY52_LAYOUTS, *FAMILY53_LAYOUTS,
               *FAMILY54_LAYOUTS, *FAMILY55_LAYOUTS, *FAMILY56_LAYOUTS,
               *FAMILY57_LAYOUTS, *FAMILY58_LAYOUTS, *FAMILY59_LAYOUTS)
# Styles printing the whole ladder, and styles stating alternative titles.
WEB_LADDER_LAYOUTS = ("ladder", "table", "paygrid", *LADDER_LAYOUTS, *FAMILY12_LADDER_LAYOUTS,
                      *FAMILY14_LADDER_LAYOUTS, *FAMILY15_LADDER_LAYOUTS,
                      *FAMILY16_LADDER_LAYOUTS, *FAMILY17_LADDER_LAYOUTS,
                      *FAMILY18_LADDER_LAYOUTS, *FAMILY19_LADDER_LAYOUTS,
                      *FAMILY20_LADDER_LAYOUTS, *FAMILY21_LADDER_LAYOUTS,
                      *FAMILY22_LADDER_LAYOUTS, *FAMILY23_LADDER_LAYOUTS,
                      *FAMILY24_LADDER_LAYOUTS, *FAMILY25_LADDER_LAYOUTS,
                      *FAMILY26_LADDER_LAYOUTS, *FAMILY27_LADDER_LAYOUTS,
                      *FAMILY28_LADDER_LAYOUTS, *FAMILY29_LADDER_LAYOUTS,
                      *FAMILY30_LADDER_LAYOUTS, *FAMILY31_LADDER_LAYOUTS,
                      *FAMILY32_LADDER_LAYOUTS, *FAMILY33_LADDER_LAYOUTS,
                      *FAMILY34_LADDER_LAYOUTS, *FAMILY35_LADDER_LAYOUTS,
                      *FAMILY36_LADDER_LAYOUTS, *FAMILY37_LADDER_LAYOUTS,
                      *FAMILY38_LADDER_LAYOUTS, *FAMILY39_LADDER_LAYOUTS,
                      *FAMILY40_LADDER_LAYOUTS, *FAMILY41_LADDER_LAYOUTS,
                      *FAMILY42_LADDER_LAYOUTS, *FAMILY43_LADDER_LAYOUTS,
                      *FAMILY44_LADDER_LAYOUTS, *FAMILY45_LADDER_LAYOUTS,
                      *FAMILY46_LADDER_LAYOUTS, *FAMILY47_LADDER_LAYOUTS,
                      *FAMILY48_LADDER_LAYOUTS, *FAMILY49_LADDER_LAYOUTS,
                      *FAMILY50_LADDER_LAYOUTS, *FAMILY51_LADDER_LAYOUTS,
                      *FAMILY52_LADDER_LAYOUTS, *FAMILY53_LADDER_LAYOUTS,
                      *FAMILY54_LADDER_LAYOUTS, *FAMILY55_LADDER_LAYOUTS,
                      *FAMILY56_LADDER_LAYOUTS, *FAMILY57_LADDER_LAYOUTS,
                      *FAMILY58_LADDER_LAYOUTS, *FAMILY59_LADDER_LAYOUTS)
WEB_ALIAS_LAYOUTS = ("govprofile", *ALIAS_LAYOUTS, *FAMILY12_ALIAS_LAYOUTS,
                     *FAMILY15_ALIAS_LAYOUTS, *FAMILY16_ALIAS_LAYOUTS,
                     *FAMILY17_ALIAS_LAYOUTS, *FAMILY18_ALIAS_LAYOUTS,
                     *FAMILY19_ALIAS_LAYOUTS, *FAMILY20_ALIAS_LAYOUTS,
                     *FAMILY21_ALIAS_LAYOUTS, *FAMILY22_ALIAS_LAYOUTS, *FAMILY23_ALIAS_LAYOUTS,
                     *FAMILY24_ALIAS_LAYOUTS, *FAMILY25_ALIAS_LAYOUTS,
                     *FAMILY26_ALIAS_LAYOUTS, *FAMILY27_ALIAS_LAYOUTS,
                     *FAMILY28_ALIAS_LAYOUTS, *FAMILY29_ALIAS_LAYOUTS,
                     *FAMILY30_ALIAS_LAYOUTS, *FAMILY31_ALIAS_LAYOUTS,
                     *FAMILY32_ALIAS_LAYOUTS, *FAMILY33_ALIAS_LAYOUTS,
                     *FAMILY34_ALIAS_LAYOUTS, *FAMILY35_ALIAS_LAYOUTS,
                     *FAMILY36_ALIAS_LAYOUTS, *FAMILY37_ALIAS_LAYOUTS,
                     *FAMILY38_ALIAS_LAYOUTS, *FAMILY39_ALIAS_LAYOUTS,
                     *FAMILY40_ALIAS_LAYOUTS, *FAMILY41_ALIAS_LAYOUTS,
                     *FAMILY42_ALIAS_LAYOUTS, *FAMILY43_ALIAS_LAYOUTS,
                     *FAMILY44_ALIAS_LAYOUTS, *FAMILY45_ALIAS_LAYOUTS,
                     *FAMILY46_ALIAS_LAYOUTS, *FAMILY47_ALIAS_LAYOUTS,
                     *FAMILY48_ALIAS_LAYOUTS, *FAMILY49_ALIAS_LAYOUTS,
                     *FAMILY50_ALIAS_LAYOUTS, *FAMILY51_ALIAS_LAYOUTS,
                     *FAMILY52_ALIAS_LAYOUTS, *FAMILY53_ALIAS_LAYOUTS,
                     *FAMILY54_ALIAS_LAYOUTS, *FAMILY55_ALIAS_LAYOUTS,
                     *FAMILY56_ALIAS_LAYOUTS, *FAMILY57_ALIAS_LAYOUTS,
                     *FAMILY58_ALIAS_LAYOUTS, *FAMILY59_ALIAS_LAYOUTS)



# --------------------------------------------------------------------------------------
# Styles
# --------------------------------------------------------------------------------------
def _jobspec(rng: random.Random, g: Guide, area: str) -> list[str]:
    low, high = _band(rng, g.role.level)
    _salary(g, low * 1000, high * 1000)
    tags = "".join(_skills(g)[:3])
    g.must_not_appear.append(tags)
    out = ["Back to Home", f"Key Responsibilities and Required Skills for {g.title}",
           f"💰 ${low * 1000:,} - ${high * 1000:,}", tags, "🎯 Role Definition",
           f"The {g.title} {rng.choice(VERBS)} the {area.lower()} work of a team — from the "
           "first design to the day it runs without help.",
           "📈 Career Progression", "Typical Career Path"]
    if g.moves_in:
        out += ["Entry Point From:", *[f"- {t}" for t in _texts(g.moves_in)]]
    if g.leads_to:
        out += ["Advancement To:", *[f"- {t}" for t in _pairs(_texts(g.leads_to))]]
    if g.transitions_to:
        out += ["Lateral Moves:", *[f"- {t}" for t in _texts(g.transitions_to)]]
    out += ["Core Responsibilities", "Primary Functions",
            *[f"- {d}." for d in rng.sample(DUTIES, 3)],
            "Required Skills & Competencies", "Hard Skills (Technical)",
            *[f"- {s}" for s in (g.skills["top"] + g.skills.get("tool", [])
                                 + g.skills.get("often_missing", []))],
            "Soft Skills", *[f"- {s}" for s in g.skills.get("soft", [])]]
    if g.employers or g.sectors:
        out += ["Where This Role Is Hired", *[f"- {e}" for e in g.employers],
                "Industries", *[f"- {s}" for s in g.sectors]]
    return out


def _wiki(rng: random.Random, g: Guide, area: str) -> list[str]:
    site = rng.choice(SITES)
    g.must_not_appear += [f"logo{site}", "first image"]
    plural = _plural(g.title)
    out = [f"logo{site}", "", g.title, "", "first image", "", "Overview", "",
           f"{_a(g.title).capitalize()} {g.title} {rng.choice(VERBS)} the {area.lower()} work "
           "of a team and explains the results to the people who act on them.", "",
           "Key Responsibilities", ""]
    out += [f"  • {d.split()[0]}: {d}." for d in rng.sample(DUTIES, 3)]
    out += ["", "Skills and Qualifications", ""]
    out += [f"  • {s}: used every week on real work."
            for s in g.skills["top"] + g.skills.get("often_missing", [])]
    if g.skills.get("tool"):
        out.append(f"  • Tools: {_prose_list(g.skills['tool'])}.")
    if g.skills.get("soft"):
        out.append(f"  • Soft skills: {', '.join(s.lower() for s in g.skills['soft'])}.")
    if g.leads_to:
        out += ["", "Career Progression", "", *[f"  • {t}" for t in _texts(g.leads_to)]]
    if g.transitions_to:
        out += ["", f"Some switch sideways to {_prose_list(_texts(g.transitions_to), 'or')}."]
    if g.moves_in:
        out += ["", f"Typical background: many people arrive from "
                    f"{_prose_list(_texts(g.moves_in), 'or')} roles."]
    junior, senior = _band(rng, "junior"), _band(rng, "senior")
    top = BASE_K["principal"] + rng.randint(10, 40)
    out += ["", "Salary Range", "",
            f"Junior {plural.lower()} usually start between ${junior[0] * 1000:,} and "
            f"${junior[1] * 1000:,} a year. Senior {plural.lower()} report "
            f"${senior[0] * 1000:,} to ${senior[1] * 1000:,}, and principal-level "
            f"practitioners can reach ${top * 1000:,} or more."]
    _salary(g, junior[0] * 1000, junior[1] * 1000, level="junior")
    _salary(g, senior[0] * 1000, senior[1] * 1000, level="senior")
    _salary(g, top * 1000, None, level="principal")
    if g.sectors or g.employers:
        out += ["", f"Where {plural} Work", ""]
        line = []
        if g.sectors:
            line.append(f"{plural} are hired across industries such as "
                        f"{_prose_list([s.lower() for s in g.sectors])}.")
        if g.employers:
            line.append(f"Large employers include {_prose_list(g.employers)}.")
        out.append(" ".join(line))
    return out


def _ladder(rng: random.Random, g: Guide, area: str) -> list[str]:
    chain = [r for r, _ in g.progression] or [g.role]
    names = _texts(g.progression) or [g.title]
    inr = rng.random() < 0.5
    out = ["Career path", "", f"{g.title} career path", "",
           f"{_a(g.title).capitalize()} {g.title} career usually grows one level at a time, "
           "each step adding scope and pay.", ""]
    out += ["The ladder", ""]
    for i, (role, name) in enumerate(zip(chain, names, strict=True), 1):
        out += [f"  {i}. {i}", "", f"    {name} · typically {YEARS[role.level]} years", "",
                f"    You take on more of the {area.lower()} work.", ""]
    out += ["Pay by level", ""]
    for role, name in zip(chain, names, strict=True):
        low, high = _band(rng, role.level)
        owner = None if _same_family(g, role) else name
        if inr:
            lo_l, hi_l = round(low * 0.1), round(high * 0.1)
            out.append(f"{LEVEL_LABEL[role.level]}: ₹{lo_l}L – ₹{hi_l}L per annum"
                       if owner is None else f"{name}: ₹{lo_l}L – ₹{hi_l}L per annum")
            _salary(g, lo_l * 100_000, hi_l * 100_000, "INR", belongs_to=owner,
                    level=None if owner else role.level)
        else:
            out.append(f"{LEVEL_LABEL[role.level]}: ${low}K-${high}K"
                       if owner is None else f"{name}: ${low}K-${high}K")
            _salary(g, low * 1000, high * 1000, belongs_to=owner,
                    level=None if owner else role.level)
    glued = g.skills.get("often_missing", [])
    out += ["", "Skills Required", "", "".join(glued)] if glued else []
    rest = g.skills["top"] + g.skills.get("tool", [])
    out += ["", f"Employers test for {_prose_list(rest)}." if rest else ""]
    if g.skills.get("soft"):
        out += ["", f"Soft skills that help: {_prose_list(g.skills['soft'])}."]
    out += _said("Most people start as {}.", _texts(g.moves_in))
    out += ["", "Where to go next", ""] if g.leads_to or g.transitions_to else []
    out += _said("The next step up is {}.", _texts(g.leads_to))
    out += _said("From here many move sideways into {} roles.", _texts(g.transitions_to))
    if g.employers:
        out += ["", "Who is hiring", "", f"{_prose_list(g.employers)} hire for this role"
                + (f", mostly in {_prose_list(g.sectors)}." if g.sectors else ".")]
    elif g.sectors:
        out += ["", f"Most openings are in {_prose_list(g.sectors)}."]
    return out


REGIONS = (("United States", "$", "USD", 1.0), ("United Kingdom", "£", "GBP", 0.55),
           ("Germany", "€", "EUR", 0.62))


def _table(rng: random.Random, g: Guide, area: str) -> list[str]:
    out = [f"# {g.title} Salary and Career Guide", "", "*Last updated: 2026 · 9 min read*", "",
           f"**Quick answer:** {_plural(g.title).lower()} {rng.choice(PLURAL_VERBS)} the "
           f"{area.lower()} work of a team.", "", "## Salary by level and region", "",
           "| Level | " + " | ".join(r[0] for r in REGIONS) + " |",
           "|---|" + "---|" * len(REGIONS)]
    for level, label in (("junior", "Entry (0-2 yrs)"), ("mid", "Mid (3-5 yrs)"),
                         ("senior", "Senior (6+ yrs)")):
        low, high = _band(rng, level)
        cells = []
        for region, symbol, code, rate in REGIONS:
            lo, hi = round(low * rate) * 1000, round(high * rate) * 1000
            cells.append(f"{symbol}{lo:,} – {symbol}{hi:,}")
            _salary(g, lo, hi, code, level=level, region=region)
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    out += ["", "## Skills you need", ""]
    out += [f"- **{s}**" for s in g.skills["top"] + g.skills.get("often_missing", [])]
    if g.skills.get("tool"):
        out.append(f"- **Tools:** {', '.join(g.skills['tool'])}")
    if g.skills.get("soft"):
        out.append(f"- *Soft skills:* {', '.join(g.skills['soft'])}")
    if g.progression:
        out += ["", "## Career path", "", " → ".join(_texts(g.progression))]
    out += _said("\nIt commonly grows into {}.", _texts(g.leads_to))
    out += _said("\nMany arrive from {} roles.", _texts(g.moves_in))
    if g.transitions_to:
        out += ["", f"Sideways moves: {'; '.join(_texts(g.transitions_to))}."]
    out += ["", "## Who hires", ""] if g.employers or g.sectors else []
    out += _said("Well-known teams sit at {}.", g.employers, "and")
    return out + _said("Most jobs are in {}.", g.sectors, "and")


def _govprofile(rng: random.Random, g: Guide, area: str) -> list[str]:
    crumbs = f"Home  >  Explore careers  >  {g.title}"
    g.must_not_appear += ["Skip to main content", crumbs]
    low, high = _band(rng, g.role.level)
    start, top = round(low * 0.55) * 1000, round(high * 0.55) * 1000
    _salary(g, start, top, "GBP")
    out = ["Skip to main content", crumbs, g.title]
    if g.aliases:
        out.append(f"Alternative titles for this job include {', '.join(g.aliases)}")
    out += [f"{_plural(g.title)} {rng.choice(PLURAL_VERBS)} the {area.lower()} work of a team.",
            "Average salary (a year)", f"£{start:,} Starter to £{top:,} Experienced",
            "Typical hours (a week)", f"{rng.randint(35, 38)} to {rng.randint(39, 42)} a week",
            "1. How to become", "You can get into this job through:", "a university course",
            "an apprenticeship"]
    if g.moves_in:
        out.append("working towards this role from a job as "
                   f"{_prose_list([f'{_a(t)} {t}' for t in _texts(g.moves_in)], 'or')}")
    out += ["2. What it takes", "Skills and knowledge", "You’ll need:"]
    out += _skills(g)
    if g.leads_to:
        out += ["3. Career path and progression",
                "With experience, you could become "
                f"{_prose_list([f'{_a(t)} {t}' for t in _texts(g.leads_to)], 'or')}."]
    if g.transitions_to:
        out.append(f"You could also move into {_prose_list(_texts(g.transitions_to), 'or')} "
                   "work.")
    if g.employers:
        out += ["4. Where you could work", "Employers include:", *g.employers]
    if g.sectors:
        out += ["Sectors:", *g.sectors]
    return out


def _blog(rng: random.Random, g: Guide, area: str) -> list[str]:
    plural = _plural(g.title)
    entry, exp = _band(rng, "junior"), _band(rng, g.role.level)
    median = (exp[0] + exp[1]) // 2
    _salary(g, entry[0] * 1000, entry[1] * 1000, level="entry")
    _salary(g, exp[0] * 1000, exp[1] * 1000)
    out = [f"{g.title} Career Guide: Duties, Pay and Where It Leads", "",
           f"Quick Answer: {plural} {rng.choice(PLURAL_VERBS)} the {area.lower()} work of a team. "
           f"Entry pay: ${entry[0] * 1000:,}-${entry[1] * 1000:,}. Experienced: "
           f"${exp[0] * 1000:,}-${exp[1] * 1000:,}.", "",
           f"What {plural} Do",
           f"On a normal week {_a(g.title)} {g.title} plans work, reviews results and "
           f"explains trade-offs. Strong candidates bring {_prose_list(g.skills['top'])}."]
    if g.skills.get("often_missing"):
        out.append(f"Many still need to learn {_prose_list(g.skills['often_missing'])}.")
    if g.skills.get("tool"):
        out.append(f"Everyday tools include {_prose_list(g.skills['tool'])}.")
    if g.skills.get("soft"):
        out.append(f"Soft skills matter too: {_prose_list(g.skills['soft'])}.")
    if g.moves_in:
        out += ["", "How People Get Here",
                f"Most arrive from {_prose_list(_texts(g.moves_in), 'or')} roles."]
    if g.leads_to or g.transitions_to:
        out += ["", "Career Advancement"]
        if g.leads_to:
            out.append(f"After a few years, {_a(g.title)} {g.title} can advance to "
                       f"{_prose_list(_texts(g.leads_to), 'or')}.")
        if g.transitions_to:
            out.append(f"Some move sideways (e.g., {', '.join(_texts(g.transitions_to))}).")
    if g.employers or g.sectors:
        out += ["", f"Where {plural} Work"]
        if g.sectors:
            out.append(f"They work in industries such as {_prose_list(g.sectors)}.")
        if g.employers:
            out.append(f"Large employers include {_prose_list(g.employers)}.")
    out += ["", "Salary Outlook",
            f"The national median for {plural.lower()} sits at about ${median * 1000:,} per "
            "year."]
    _salary(g, median * 1000, median * 1000, point=True)
    if g.leads_to:
        nxt, nxt_text = g.leads_to[0]
        nxt_median = BASE_K[nxt.level] + rng.randint(20, 40)
        out.append(f"{_plural(nxt_text)}, one step up, report a median of "
                   f"${nxt_median * 1000:,}.")
        _salary(g, nxt_median * 1000, nxt_median * 1000, point=True, belongs_to=nxt_text)
    return out + _cut_line(rng, g, "Related:")


PANEL_SEPARATORS = ("", ": ", " — ")
# Rows no rule should read, with the names that must not come out of them.
PANEL_NOISE = (("Stress Level", "Low (Deadlines, Travel)", ("Deadlines", "Travel")),
               ("Work Setting", "Office and Remote", ("Office and Remote",)),
               ("Job Growth", "6%", ()))


def _factpanel(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A "Key Facts" box whose labels are glued to their values, or set off by a colon or
    a dash; skills and next roles in brackets after a rating; a breadcrumb line of chrome."""
    crumbs = f"Careers › {area} › {g.title}"
    g.must_not_appear.append(crumbs)
    sep = rng.choice(PANEL_SEPARATORS)
    low, _ = _band(rng, g.role.level)
    rows: list[tuple[str, str]] = [("Average Salary", f"${low * 1000:,}")]
    _salary(g, low * 1000, low * 1000, point=True)
    if g.sectors:
        rows.append(("Industry", ", ".join(g.sectors)))
    top = g.skills["top"]
    rows.append(("Skill Level", f"High ({', '.join(top[:3])})"))
    if g.leads_to:
        rows.append(("Growth Opportunities",
                     f"Good ({', '.join(_texts(g.leads_to))})"))
    label, value, forbidden = PANEL_NOISE[rng.randrange(len(PANEL_NOISE))]
    rows.append((label, value))
    g.must_not_appear += forbidden
    if g.employers:
        rows.append(("Top Employers", ", ".join(g.employers)))
    out = [crumbs, f"{g.title} Career Guide", "",
           f"{_a(g.title).capitalize()} {g.title} {rng.choice(VERBS)} the {area.lower()} work "
           "of a team.", "", "Key Facts", *[f"{label}{sep}{value}" for label, value in rows]]
    rest = top[3:] + g.skills.get("often_missing", []) + g.skills.get("tool", [])
    if rest:
        out += ["", f"Key Skills: {' • '.join(rest)}"]
    if g.skills.get("soft"):
        out += ["", f"Soft Skills: {' • '.join(g.skills['soft'])}"]
    if g.moves_in:
        out += ["", f"Feeder roles: {', '.join(_texts(g.moves_in))}"]
    if g.transitions_to:
        out += ["", "Related Occupations", *_texts(g.transitions_to)]
    return out


def _faq(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A page of question headings ("What does a … do?", "Where do … work?") with the
    answers in short lists and sentences; pay as a range and a median in one sentence."""
    plural = _plural(g.title)
    low, high = _band(rng, g.role.level)
    median = (low + high) // 2
    _salary(g, low * 1000, high * 1000)
    _salary(g, median * 1000, median * 1000, point=True)
    out = [f"{g.title}: Frequently Asked Questions", "",
           f"What does {_a(g.title)} {g.title} do?",
           f"{plural} {rng.choice(PLURAL_VERBS)} the {area.lower()} work of a team and "
           "report on what changed.", "",
           f"What skills does {_a(g.title)} {g.title} need?",
           *[f"- {s}" for s in g.skills["top"] + g.skills.get("often_missing", [])]]
    if g.skills.get("tool"):
        out += ["", f"What tools do {plural.lower()} use?", *[f"- {t}" for t in g.skills["tool"]]]
    if g.skills.get("soft"):
        out += ["", f"Soft skills that help: {_prose_list(g.skills['soft'])}."]
    out += ["", f"How much does {_a(g.title)} {g.title} earn?",
            f"Most {plural.lower()} earn between ${low * 1000:,} and ${high * 1000:,} a year, "
            f"with a median of ${median * 1000:,}."]
    if g.employers:
        out += ["", f"Where do {plural.lower()} work?", *[f"- {e}" for e in g.employers]]
    if g.sectors:
        out += ["", f"Most jobs are in {_prose_list(g.sectors)}."]
    if g.leads_to:
        out += ["", f"Where can {_a(g.title)} {g.title} go next?",
                *[f"- {t}" for t in _texts(g.leads_to)]]
    if g.transitions_to:
        out += ["", f"Some move sideways into {_prose_list(_texts(g.transitions_to), 'or')} "
                    "roles."]
    if g.moves_in:
        out += ["", f"Many arrive from {_prose_list(_texts(g.moves_in), 'or')} roles."]
    return out


PAY_GRID_CURRENCIES = (("GBP", 0.55), ("AUD", 1.45), ("CAD", 1.35))


def _paygrid(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A pay grid flattened into " | " rows with the currency only in the header, the
    role's ladder as the grid's rows; skills and employers under short headings."""
    code, rate = PAY_GRID_CURRENCIES[rng.randrange(len(PAY_GRID_CURRENCIES))]
    chain = [r for r, _ in g.progression] or [g.role]
    names = _texts(g.progression) or [g.title]
    out = [f"{g.title} Pay Guide {rng.randint(2024, 2026)}", "",
           f"{_plural(g.title)} {rng.choice(PLURAL_VERBS)} the {area.lower()} work of a team.",
           "", "Pay by level", "", f"Level | Title | Annual Salary ({code})"]
    for i, (role, name) in enumerate(zip(chain, names, strict=True), 1):
        low, high = _band(rng, role.level)
        lo, hi = round(low * rate) * 1000, round(high * rate) * 1000
        out.append(f"{i} | {name} | {lo:,} – {hi:,}")
        owner = None if _same_family(g, role) else name
        _salary(g, lo, hi, code, belongs_to=owner, level=None if owner else role.level)
    out += ["", "Skills", "", *[f"- {s}" for s in _skills(g)]]
    if g.leads_to:
        out += ["", "Next roles", "", *[f"- {t}" for t in _texts(g.leads_to)]]
    if g.transitions_to:
        out += ["", "Lateral moves", "", *[f"- {t}" for t in _texts(g.transitions_to)]]
    if g.moves_in:
        out += ["", "Entry points", "", *[f"- {t}" for t in _texts(g.moves_in)]]
    if g.employers:
        out += ["", "Top employers", "", *[f"- {e}" for e in g.employers]]
    if g.sectors:
        out += ["", "Industries", "", *[f"- {s}" for s in g.sectors]]
    return out


RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "jobspec": _jobspec, "wiki": _wiki, "ladder": _ladder, "table": _table,
    "govprofile": _govprofile, "blog": _blog, "factpanel": _factpanel, "faq": _faq,
    "paygrid": _paygrid, **STUDIED_RENDERERS, **FAMILY_RENDERERS,
    **FAMILY12_RENDERERS, **FAMILY14_RENDERERS, **FAMILY15_RENDERERS, **FAMILY16_RENDERERS,
    **FAMILY17_RENDERERS, **FAMILY18_RENDERERS, **FAMILY19_RENDERERS,
    **FAMILY20_RENDERERS, **FAMILY21_RENDERERS, **FAMILY22_RENDERERS, **FAMILY23_RENDERERS,
    **FAMILY24_RENDERERS, **FAMILY25_RENDERERS, **FAMILY26_RENDERERS, **FAMILY27_RENDERERS,
    **FAMILY28_RENDERERS, **FAMILY29_RENDERERS, **FAMILY30_RENDERERS,
    **FAMILY31_RENDERERS, **FAMILY32_RENDERERS, **FAMILY33_RENDERERS,
    **FAMILY34_RENDERERS, **FAMILY35_RENDERERS, **FAMILY36_RENDERERS,
    **FAMILY37_RENDERERS,
    **FAMILY38_RENDERERS,
    **FAMILY39_RENDERERS,
    **FAMILY40_RENDERERS,
    **FAMILY41_RENDERERS,
    **FAMILY42_RENDERERS,
    **FAMILY43_RENDERERS,
    **FAMILY44_RENDERERS,
    **FAMILY45_RENDERERS,
    **FAMILY46_RENDERERS,
    **FAMILY47_RENDERERS,
    **FAMILY48_RENDERERS,
    **FAMILY49_RENDERERS,
    **FAMILY50_RENDERERS,
    **FAMILY51_RENDERERS,
    **FAMILY52_RENDERERS,
    **FAMILY53_RENDERERS,
    **FAMILY54_RENDERERS,
    **FAMILY55_RENDERERS,
    **FAMILY56_RENDERERS,
    **FAMILY57_RENDERERS,
    **FAMILY58_RENDERERS,
    **FAMILY59_RENDERERS,
}


def render_web(rng: random.Random, g: Guide, area: str) -> str:
    """The page of guide ``g`` in its web style (``g.layout``); salaries go to ``g.salaries``."""
    render_page(g.layout)
    lines = RENDERERS[g.layout](rng, g, area)
    # (mojibake only on the first site styles: a gig page's quote or a family's page that
    # imitates a modern site carried "β€”" although no page of its kind does)
    return _mojibake(rng, "\n".join(lines), meant=g.layout in SITE_LAYOUTS) + "\n"
