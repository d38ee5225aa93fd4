"""Generator renderers for the six page families of held-back set 20 (ESCO profiles ...).

Held-back set 20 showed six more kinds of page users bring: an occupation record of the
European skills classification or a job-matching portal built on it (the preferred label the
role, alternative labels aliases, hidden labels and narrower occupations `optional`, every
item of the essential and optional lists a skill, on the portal labels glued to their values,
skill-overlap transitions and job cards with " · " fields), a veterans' military-to-civilian
translator (the civilian occupation the role, the military jobs it matches moves in, other
matches' medians theirs, an apprentice's rate the role at `Apprentice`, a GI Bill stipend no
pay), a Polish career page read through a browser translator ("4 480,00 zł", "PLN 7.9
thousand", voivodeships glued to their figures, net pay, allowances and piece prices no pay),
an obituary or a trade magazine's tribute (the career in order a ladder, historical pay in
its year, "£3 10s a week"), an experience certificate or a recommendation letter
(designations a ladder, joining and last drawn gross in Indian grouping, a verified base rate,
a shift differential no pay) and an entry of the Dictionary of Occupational Titles (the
upper-case base title the role, specialties `optional`, a crosswalked occupation's wage its
own).  These renderers write such pages from a planned guide, two variants a family; every
fact the truth keeps is printed and what a style does not state is cleared.

>>> _pl(4480.0, cents=True), _pl(6240), _pl(28.5)
('4 480,00', '6 240', '28,50')
>>> _rupees(540000)
'Five Lakh Forty Thousand'
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from benchmarks.web_common import (
    _a,
    _base,
    _clear,
    _plural,
    _prose_list,
    _said,
    _salary,
    _texts,
    _unlevel,
    covering,
    occupy,
    pick_variant,
    steer_variant,
)
from benchmarks.web_families12 import _PEOPLE, _fmt, _yearly
from benchmarks.web_families15 import _FIRMS, _OTHER_FIRMS
from benchmarks.web_families17 import _fresh, _unused
from benchmarks.web_families18 import _rung
from benchmarks.web_families19 import _many
from benchmarks.web_studied import indian_grouping

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide, Role

__all__ = ["FAMILY20_ALIAS_LAYOUTS", "FAMILY20_COVER_NEEDS", "FAMILY20_LADDER_LAYOUTS",
           "FAMILY20_LAYOUTS", "FAMILY20_RENDERERS"]

FAMILY20_LAYOUTS = ("escoprofile", "vetmatch", "polishmt", "tribute", "refletter", "dotentry")
# The translator, the Polish pages, the tribute's career and the certificate's designations
# print the career in order; the classification, the translator, the Polish pages and the
# dictionary print alternative titles.
FAMILY20_LADDER_LAYOUTS = ("vetmatch", "polishmt", "tribute", "refletter")
FAMILY20_ALIAS_LAYOUTS = ("escoprofile", "vetmatch", "polishmt", "dotentry")

# Titles of other occupations a page names beside the role (no head noun of the generated
# titles, so never a rung of the role's ladder).
_OTHER_HEADS = ("Coordinator", "Technician", "Inspector", "Clerk", "Officer")


def _others(area: str, rng: random.Random, k: int) -> list[str]:
    return [f"{area} {head}" for head in rng.sample(_OTHER_HEADS, k)]


def _pl(amount: float, *, cents: bool = False) -> str:
    """Polish notation as a translator leaves it: a space between thousands and a decimal
    comma ("4 480,00", "6 240", "28,50")."""
    if cents or not float(amount).is_integer():
        whole, frac = f"{amount:,.2f}".split(".")
        return f"{whole.replace(',', ' ')},{frac}"
    return f"{int(amount):,}".replace(",", " ")


_ONES = ("", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
         "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen",
         "Eighteen", "Nineteen")
_TENS = ("", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety")


def _words(n: int) -> str:
    """A number below 100 in words."""
    return _ONES[n] if n < 20 else " ".join(w for w in (_TENS[n // 10], _ONES[n % 10]) if w)


def _rupees(amount: int) -> str:
    """A whole amount in words, Indian style (lakh and thousand), as certificates print it."""
    parts = []
    for unit, name in ((100_000, "Lakh"), (1000, "Thousand"), (100, "Hundred")):
        if amount >= unit:
            parts.append(f"{_words(amount // unit)} {name}")
            amount %= unit
    if amount:
        parts.append(_words(amount))
    return " ".join(parts)


def _chain(g: Guide) -> list[str]:
    return _texts(g.progression)


def _up_to_role(g: Guide) -> None:
    """Keep the ladder's rungs up to the role (a designation held last is the role)."""
    roles = [r for r, _ in g.progression]
    g.progression = g.progression[:roles.index(g.role) + 1] if g.role in roles else []
    if len(g.progression) < 2:
        g.progression = []


# --------------------------------------------------------------------------------------
# ESCO occupation record, or a job-matching portal's profile built on it
# --------------------------------------------------------------------------------------
def _escoprofile(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("record", "portal"))
    g.title_line = False
    _clear(g, "moves_in", "leads_to")
    label = g.title.lower()
    plural = _many(g.title)
    code = f"{rng.randint(2111, 2529)}.{rng.randint(1, 9)}"
    hidden = label.replace(" ", "", 1)
    narrower = [f"{area.lower()} {w} {_base(g.title).split()[-1].lower()}"
                for w in rng.sample(("field", "research", "quality", "trainee"), 2)]
    g.optional.append(hidden)
    sectors = g.sectors
    if variant == "portal":
        return _portal(rng, g, area, label, plural, code, hidden)
    g.must_not_appear += ["Concept URI", "Regulatory Aspect", "Search in ESCO"]
    g.optional += narrower  # specialisations, no move
    _clear(g, "transitions_to", "employers")
    uuid = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    uri = f"http://data.europa.eu/esco/occupation/{uuid[:8]}-{uuid[8:12]}-{uuid[12:16]}-" \
          f"{uuid[16:20]}-{uuid[20:]}"
    essential = g.skills["top"]
    knowledge = g.skills["often_missing"]
    optional_skills = g.skills["tool"] + g.skills["soft"]
    alt_head = rng.choice(("Alternative Label", "Alternative labels", "Non-preferred terms"))
    out = ["ESCO", "European Skills, Competences, Qualifications and Occupations",
           "Home Classification Occupations Skills Qualifications Use ESCO About ESCO",
           "English (en)", f"You are here: Home » Classification » Occupation » {label}",
           "Search in ESCO", label, f"Concept URI {uri}", "Download  Share  Print",
           "Code", code, "Description",
           f"{_plural(g.title)} plan, build and look after the {area.lower()} work of an "
           "organisation, check the results against agreed standards and report on them."
           + "".join(_said(" They work in {}.", [s.lower() for s in sectors], "and"))]
    if rng.random() < 0.6:
        out += ["Scope note", f"Includes {plural} working for contractors. Excludes "
                f"{area.lower()} sales staff."]
    if g.aliases:
        out += [alt_head, *[a.lower() for a in g.aliases]]
    out += ["Hidden Labels", hidden, "Regulatory Aspect",
            "To see if and how this occupation is regulated in EU Member States, EEA countries "
            "or Switzerland please consult the Regulated Professions Database of the "
            "Commission.", "Skills & Competences", "Essential skills and competences",
            *[f" {s}" for s in essential]]
    if knowledge:
        out += ["Essential Knowledge", *[f" {s}" for s in knowledge]]
    if optional_skills:
        out += ["Optional skills and competences", *[f" {s}" for s in optional_skills]]
    group = f"{code[0]} - Professionals"
    g.must_not_appear.append(group)
    out += ["Hierarchy", group, f"{code[:2]} - Science and engineering professionals",
            f"{code[:4]} - {area} professionals", f"{code} - {label}",
            "Narrower occupations", *[f" {n}" for n in narrower],
            "Broader occupation", f"{area.lower()} professionals", "Status", "released",
            f"Last modified {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025",
            "ESCO is the multilingual classification of European Skills, Competences, "
            "Qualifications and Occupations. Legal notice Cookies Privacy policy Accessibility",
            "© European Union, 2025"]
    g.optional.append(f"{area.lower()} professionals")
    return out


def _portal(rng: random.Random, g: Guide, area: str, label: str, plural: str, code: str,
            hidden: str) -> list[str]:
    """A public employment service's portal: labels glued to their values, skill lists run
    together, skill-overlap transitions, "Who employs", job cards and a group median."""
    portal = rng.choice(("SkillsMatch Europe", "JobBridge EU", "Talentweg"))
    g.must_not_appear += [portal, f"Preferred label{label}", "Salary not stated",
                          "Was this page useful?", "Cookie settings", "Explore occupations"]
    firms = (g.employers + [f for f in _FIRMS if f not in g.employers])[:3]
    towns = rng.sample(("Passau, DE", "Graz, AT", "Utrecht, NL", "Ghent, BE", "Linz, AT"), 3)
    currency_word = "€"
    monthly = _yearly(rng, g.role.level, 0.5, 1200)
    band = (monthly[0] // 12, monthly[1] // 12)
    used = set(band)
    partner = f"{area} {rng.choice(_OTHER_HEADS)}"
    town0 = towns[0].split(",")[0]
    _salary(g, *band, "EUR", period="month", region=town0)
    _salary(g, *band, "EUR", period="month", region=town0, belongs_to=partner)
    g.optional.append(partner)
    cards = [f"{g.title} / {partner} (m/f/d)  ·  {firms[0]}  ·  {towns[0]}  ·  "
             f"{currency_word} {_fmt(band[0])} – {currency_word} {_fmt(band[1])} per month  ·  "
             "Full time"]
    apprentice = f"Apprentice {_base(g.title)}"
    if g.role.head is not None:
        first = _fresh(band[0] // 3, used, 10)
        _salary(g, first, first, "EUR", period="month", point=True, level="Apprentice")
        g.optional.append(apprentice)
        cards.append(f"{apprentice}  ·  {firms[1]}  ·  {towns[1]}  ·  {currency_word} "
                     f"{_fmt(first)} per month (1st year)  ·  Apprenticeship")
    else:
        firms = [firms[0], firms[2]]
    g.employers = firms
    cards.append(f"{g.title}  ·  {firms[-1]}  ·  {towns[2]}  ·  Salary not stated  ·  Part time")
    rng.shuffle(cards)
    median = _fresh(round((band[0] + band[1]) / 2 / 10) * 10, used, 10)
    country = rng.choice(("Germany", "Austria", "the Netherlands"))
    _salary(g, median, median, "EUR", period="month", point=True,
            region=country.removeprefix("the "))
    related = [r if r != partner else f"{area} Assessor" for r in _others(area, rng, 2)]
    g.optional += related
    skills = "".join(g.skills["top"])
    out = [f"{portal}  |  Find jobs  Explore occupations  My skills profile  Sign in",
           f"Explore occupations > Professionals > {area} professionals > {label}",
           "Occupation profile based on ESCO v1.2 | Add to my profile | Compare", label,
           f"Preferred label{label}"]
    if g.aliases:
        out.append("Alternative labels" + " · ".join(a.lower() for a in g.aliases))
    out += [f"Hidden labels{hidden}", f"ISCO-08 code{code[:4]} {area} professionals",
            f"Description{_plural(g.title)} run the {area.lower()} work of an organisation "
            "and keep it to agreed standards.",
            f"Essential skills ({len(g.skills['top'])}){skills}"]
    if g.skills["often_missing"]:
        out.append("Essential knowledge" + "".join(g.skills["often_missing"]))
    if g.skills["tool"]:
        tools = g.skills["tool"]
        out.append(f"Optional skills ({len(tools)})work with {tools[0]}"
                   + "".join(f"use {t}" for t in tools[1:]))
    if g.skills["soft"]:
        out.append("Optional knowledge" + "".join(s.lower() for s in g.skills["soft"]))
        g.skills["soft"] = [s.lower() for s in g.skills["soft"]]
    g.optional.append(f"{area} professionals")
    if g.transitions_to:
        out.append("Possible career transitions (based on skill overlap)")
        out += [f"{t.lower()}  {rng.randint(48, 79)}% overlap" for t in _texts(g.transitions_to)]
        out.append("These suggestions are generated automatically from shared ESCO skills.")
    if g.sectors:
        out += [f"Who employs {plural}?",
                f"Most work in {_prose_list([s.lower() for s in g.sectors])}."]
    out += [f"Jobs for this occupation ({len(cards)} of {len(cards)})", *cards,
            f"Salary information ({country.removeprefix('the ')}, national statistics)",
            f"Median gross monthly pay for {area.lower()} professionals: € {_fmt(median)}",
            f"Related occupations in ESCO: {', '.join(r.lower() for r in related)}",
            "Was this page useful?  Yes  No",
            f"{portal} is co-funded by the European Union. Data: ESCO, © European Union. "
            "Accessibility | Privacy | Cookie settings | Con"]
    return out


# --------------------------------------------------------------------------------------
# Military-to-civilian translator: a civilian career's match page or a translation result
# --------------------------------------------------------------------------------------
_BRANCHES = (("Army", "25B"), ("Navy", "IT"), ("Air Force", "3D0X2"), ("Marine Corps", "0631"),
             ("Army", "35F"), ("Navy", "CTN"), ("Air Force", "1N4X1"), ("Coast Guard", "IS"))
_STATES = ("Oklahoma", "Texas", "Virginia", "Georgia", "Colorado", "Washington")


def _vetmatch(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("career", "translator"))
    g.title_line = False
    _clear(g, "leads_to")
    codes = rng.sample(_BRANCHES, 4)
    g.moves_in = g.moves_in[:3]
    military = list(zip(_texts(g.moves_in), codes, strict=False))
    own = codes[len(military)]  # a military job carrying the role's own name: no move
    used: set[int] = set()
    median = _yearly(rng, g.role.level, 0.75, 10)[0]
    used.add(median)
    cert = f"{area} Professional Certificate"
    g.optional.append(cert)
    g.must_not_appear.append("Bright outlook")
    if variant == "translator":
        return _translator(rng, g, area, military, own, median, used, cert)
    site = rng.choice(("HireVets Pathway", "Service2Civ", "MilBridge Careers"))
    g.must_not_appear += [site, "Was this match helpful?"]
    hourly = round(median / 2080, 2)
    _salary(g, median, median, point=True)
    _salary(g, hourly, hourly, period="hour", point=True)
    state = rng.choice(_STATES)
    in_state = _fresh(int(round(median * rng.uniform(0.86, 0.96), -2)), used, 100)
    _salary(g, in_state, in_state, point=True, region=state)
    entry = (_fresh(int(round(median * 0.7, -3)), used, 1000),
             _fresh(int(round(median * 0.82, -3)), used, 1000))
    _salary(g, *entry)
    top = g.skills["top"]
    rows = [f"{name} ({branch} {code})  →  {', '.join(top[i::len(military) + 1][:3])}"
            for i, (name, (branch, code)) in enumerate(military)]
    carried = [s for i in range(len(military)) for s in top[i::len(military) + 1][:3]]
    rest = [s for s in top if s not in carried]
    rows.append(f"{g.title} ({own[0]} {own[1]})  →  {', '.join(rest) or 'the same work'}")
    g.skills["top"] = carried + rest
    strip = g.skills["often_missing"] + g.skills["soft"]
    firms = g.employers
    contractors = f"{area} contractors"
    similar = _others(area, rng, 3)
    g.optional += [*similar, *([contractors] if firms else [])]
    header = " · ".join(f"{b} {c}" for _, (b, c) in military) or f"{own[0]} {own[1]}"
    out = [f"{site} | Military Skills Translator | Job Search | Resume Builder | Log in",
           f"Home > Careers > {area} > {_plural(g.title)}", "★ Bright outlook for veterans",
           _plural(g.title), f"Civilian career match for: {header}"]
    out += _said("Also called: {}", g.aliases, "and")
    out += ["What civilians in this job do",
            f"Plan and run the {area.lower()} work of a team"
            + (f", using {_prose_list(g.skills['tool'])}." if g.skills["tool"] else "."),
            "Your military experience translates", "Military job  →  What carries over", *rows]
    if strip:
        out += ["Skills employers ask for", " | ".join(strip)]
    out += ["Credentials", f"{cert} — helpful, not always required",
            "Tip: Your military training may count toward the exam. Use COOL to check.",
            "Pay", f"Median pay (U.S.): ${_fmt(median)} per year | ${hourly:.2f} per hour",
            f"Pay in your state ({state}): ${_fmt(in_state)} per year",
            f"Entry level (0–2 years after service): ${_fmt(entry[0])} – ${_fmt(entry[1])}"]
    if g.progression:
        out += ["Career ladder", " → ".join(_chain(g))]
    out += _said("Many veterans also move into {} roles.",
                 [t.lower() for t in _texts(g.transitions_to)], "or")
    if firms:
        out += ["Veteran-friendly employers hiring now",
                *[f"{f} — {rng.randint(2, 12)} openings" for f in firms],
                f"{contractors} — {rng.randint(10, 30)} openings"]
    out += _said(f"Industries that employ {_plural(g.title)}: {{}}",
                 [s.lower() for s in g.sectors], "and")
    out += [f"Similar careers: {', '.join(similar)}", "Was this match helpful?  👍  👎",
            "Wage data: OEWS. Military occupation crosswalk last updated 06/2025. Privacy | Terms"]
    return out


def _translator(rng: random.Random, g: Guide, area: str,
                military: list[tuple[str, tuple[str, str]]], own: tuple[str, str],
                median: int, used: set[int], cert: str) -> list[str]:
    """A translator's result for one code: the form, ranked matches with their medians, the
    selected match's aliases and skills, apprentice and journey-level rates beside a GI Bill
    stipend, a ladder, cross-training and hiring-pledge employers."""
    g.must_not_appear += ["MILITARY-TO-CIVILIAN TRANSLATOR", "GI Bill", "monthly housing stipend",
                          "Top civilian matches", "Save match", "Build a resume"]
    name, (branch, code) = military[0] if military else (g.title, own)
    g.moves_in = g.moves_in[:1]
    _salary(g, median, median, point=True)
    others = _others(area, rng, 4)
    g.optional += others
    ranks = [f"1  {g.title}    {rng.randint(88, 97)}% match    Median ${_fmt(median)}/yr    "
             "Bright outlook"]
    for i, other in enumerate(others, 2):
        value = _fresh(int(round(median * rng.uniform(0.7, 1.2), -1)), used, 10)
        _salary(g, value, value, point=True, belongs_to=other)
        ranks.append(f"{i}  {other}    {90 - 8 * i}% match    Median ${_fmt(value)}/yr")
    tools = g.skills["tool"]
    first = round(median / 2080 * 0.6, 2)
    journey = (round(median / 2080 * 0.95, 2), 0.0)
    journey = (journey[0], round(journey[0] + rng.randint(300, 700) / 100, 2))
    _salary(g, first, first, period="hour", point=True, level="Apprentice")
    _salary(g, *journey, period="hour")
    firms = g.employers[:3]
    g.employers = firms
    local = f"{area} Workers local"
    g.optional.append(local)
    out = ["VetBridge Careers" if rng.random() < 0.5 else "Mil2Job",
           "Translate  Explore  Apprenticeships  GI Bill®  Sign in",
           "MILITARY-TO-CIVILIAN TRANSLATOR",
           f"Branch: {branch} ▾   Code or title: {code}   [Translate]",
           f"Results for {code} – {name} ({branch})",
           f"Top civilian matches ({len(ranks)})", *ranks, f"Selected: {g.title}"]
    out += _said("Also known as: {}", [a.lower() for a in g.aliases], "and")
    out += ["Why it matches your MOS",
            f"As {_a(name)} {name} you ran the {area.lower()} work of your unit. Civilian "
            f"{_plural(g.title).lower()} do the same work"
            + (f", using {_prose_list(tools)}." if tools else "."),
            "Skills you already have", *[f"- {s}" for s in g.skills["top"]]]
    if g.skills["often_missing"] or g.skills["soft"]:
        out += ["Skills to add", *[f"- {s}" for s in g.skills["often_missing"] + g.skills["soft"]]]
    out += ["Earning while you learn",
            f"Veterans can enter a registered apprenticeship with the {local} and use the GI "
            "Bill® for a monthly housing stipend on top of wages. First-period apprentices "
            f"typically start at ${first:.2f} an hour; journey-level {_plural(g.title).lower()} "
            f"earn ${journey[0]:.2f} – ${journey[1]:.2f} an hour."]
    if g.progression:
        out += ["How civilians progress", " → ".join(_chain(g))]
    out += _said("Some cross-train as {}.", [t.lower() for t in _texts(g.transitions_to)], "or")
    if firms:
        out += ["Companies with veteran hiring pledges that hire this job", " · ".join(firms)]
    out += _said("Works in: {}", [s.lower() for s in g.sectors], "and")
    out += [f"Licenses to look into: {cert}", "Next: Build a resume for this match → | "
            "Save match | Print", "GI Bill® is a registered trademark of the U.S. Department of "
            "Veterans Affairs (VA)."]
    return out


# --------------------------------------------------------------------------------------
# Polish career pages read through a browser translator: a salary portal or a recruitment page
# --------------------------------------------------------------------------------------
_POLISH_HEADS = {"Engineer": "inżynier", "Developer": "programista", "Scientist": "naukowiec",
                 "Analyst": "analityk", "Specialist": "specjalista", "Manager": "kierownik",
                 "Director": "dyrektor", "VP": "wiceprezes"}
_VOIVODESHIPS = ("Masovian", "Greater Poland", "Silesian", "Lesser Poland", "Lower Silesian",
                 "Pomeranian", "Łódź", "Warmian-Masurian")
_BAR = ("Google Translate  Original language: Polish ▸ English   Show original   ✕",
        "Google Translate\nTranslated from: Polish  Show original  Always translate Polish")


def _polish(g: Guide, area: str) -> str | None:
    """The Polish title a translator leaves in parentheses ("inżynier ds. payments")."""
    word = next((p for e, p in _POLISH_HEADS.items() if e in g.title.split()), None)
    return f"{word} ds. {area.lower()}" if word else None


def _polishmt(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("portal", "recruit"))
    g.title_line = False
    _clear(g, "leads_to")
    polish = _polish(g, area)
    if polish:
        g.aliases.append(polish)
    g.must_not_appear += ["Google Translate", "Show original", "Was this translation helpful?"]
    if variant == "recruit":
        return _recruit(rng, g, area, polish)
    portal = rng.choice(("wynagrodzenia24.pl", "placowo.pl", "zarobki-teraz.pl"))
    g.must_not_appear += [portal, "Check how much you should earn", "Salary survey"]
    used: set[int] = set()
    median = _fresh(_yearly(rng, g.role.level, 0.28, 10)[0] // 12 * 10 // 10, used, 10)
    median = median - median % 10
    used.add(median)
    _salary(g, median, median, "PLN", period="month", point=True)
    q1 = _fresh(int(median * 0.85) // 10 * 10, used, 10)
    q3 = _fresh(int(median * 1.18) // 10 * 10, used, 10)
    _salary(g, q1, q3, "PLN", period="month")
    net = _fresh(int(median * 0.73) // 10 * 10, used, 10)
    exp = [_fresh(int(median * f) // 10 * 10, used, 10) for f in (0.83, 0.95, 1.16)]
    for value in exp:
        _salary(g, value, value, "PLN", period="month", point=True)
    regions = rng.sample(_VOIVODESHIPS, rng.randint(3, 5))
    glued = ""
    for region in regions:
        value = _fresh(int(median * rng.uniform(0.86, 1.14)) // 10 * 10, used, 10)
        _salary(g, value, value, "PLN", period="month", point=True, region=region)
        glued += f"{region}{_pl(value)} zł"
    hourly = round(median / 168 + rng.randint(0, 3) * 0.5, 2)
    _salary(g, hourly, hourly, "PLN", period="hour", point=True)
    piece = _unused(g, rng.choice((450, 650, 900)), 50)
    others = _others(area, rng, 2)
    g.optional += others
    compare = []
    for other in others:
        value = _fresh(int(median * rng.uniform(0.8, 1.1)) // 10 * 10, used, 10)
        _salary(g, value, value, "PLN", period="month", point=True, belongs_to=other)
        compare.append(f"{other}  {_pl(value)} zł")
    name = f"{g.title} ({polish})" if polish else g.title
    low = g.title.lower()
    plural = _many(g.title)
    tools = g.skills["tool"]
    duties = (f"{_a(g.title).capitalize()} {low} plans and checks the {area.lower()} work of "
              "a team" + (f", working daily with {_prose_list(tools)}." if tools else "."))
    g.skills["top"] += g.skills.pop("often_missing")
    career = []
    helper = f"{area.lower()} pomocnik"
    if g.moves_in:
        earlier = _prose_list([f"{_a(m)} {m.lower()}" for m in _texts(g.moves_in)], "or")
        career.append(f"Most start as {earlier} ({helper}) or from vocational school.")
        g.optional += [helper, "vocational school"]
    chain = _chain(g)
    if len(chain) >= 2:
        career.append(f"The usual path: {' → '.join(chain)}.")
    g.optional.append("own workshop")
    career.append("Some open their own workshop.")
    career += _said(f"{_plural(g.title)} also retrain as {{}}.",
                    [_many(t) for t in _texts(g.transitions_to)], "or")
    firms = [f"{f} Sp. z o.o." if i % 2 == 0 else f"{f} S.A."
             for i, f in enumerate(g.employers[:3])]
    g.employers = firms
    out = [_BAR[1], f"{portal} - Salary portal",
           "Salary survey  Compare salaries  Salary reports  Calculators  Employers  Blog",
           f"Home page › Salaries by profession › {area} › {g.title}",
           f"{name} - how much do you earn?",
           *_said("Also called: {}.", [a for a in g.aliases if a != polish], "and"),
           f"Updated: {rng.randint(1, 28)} October 2025 | Based on {_pl(rng.randint(1100, 4000))} "
           "surveys", f"How much does {_a(g.title)} {low} earn?",
           f"In 2025, the median total salary of {_a(g.title)} {low} in Poland was "
           f"{_pl(median)} zł gross per month. This means that half of {plural} earned more "
           f"than PLN {_fmt(median)} and half earned less. The middle 50% of employees earn "
           f"between {_pl(q1)} zł and {_pl(q3)} zł gross.",
           f"25% of the lowest paid earn less than {_pl(q1)} zł gross, and 25% of the best paid "
           f"earn more than {_pl(q3)} zł gross.",
           f"Net (na rękę), the median corresponds to about {_pl(net)} zł per month.",
           "Salary by experience", f"up to 1 year  {_pl(exp[0], cents=True)} zł",
           f"1 - 5 years  {_pl(exp[1], cents=True)} zł",
           f"over 10 years  {_pl(exp[2], cents=True)} zł", "Salary by voivodeship", glued,
           "Hourly rate",
           f"{_plural(g.title)} employed under a contract of mandate (umowa zlecenie) usually "
           f"receive {_pl(hourly, cents=True)} zł gross per hour. Freelancers charge by the "
           f"project: a small audit costs from {_pl(piece)} zł.",
           f"What does {_a(g.title)} {low} do?", duties]
    if g.skills["top"] or g.skills["soft"]:
        out += ["Required skills", " · ".join(g.skills["top"] + [s.lower() for s in
                                                                 g.skills["soft"]])]
        g.skills["soft"] = [s.lower() for s in g.skills["soft"]]
    out += ["Career", " ".join(career), f"Where do {plural} work?",
            " ".join(_said(f"{_plural(g.title)} work in {{}}.", [s.lower() for s in g.sectors],
                           "and") + _said("Employers currently recruiting: {}.", firms, "and"))
            or "They work across the economy.",
            f"Compare with other professions in {area}:", *compare,
            "Check how much you should earn. Fill out the salary survey →",
            "Was this translation helpful? Rate the translation",
            f"© 2025 {portal} | Regulations | Privacy policy | Cookies | Contac"]
    return out


def _recruit(rng: random.Random, g: Guide, area: str, polish: str | None) -> list[str]:
    """A company's recruitment page: en-dash duties with systems, "▪" lists, pay during the
    paid course (the role at Trainee), a basic salary and an average (points), allowances and
    the national average that are no pay, an arrow development path, moves in and across."""
    company = f"{rng.choice(('Nadwarciańskie', 'Pomorskie', 'Śląskie'))} {area} S.A."
    g.employers = [company]
    g.must_not_appear += ["NIP", "KRS", "Share capital", "How to apply?"]
    used: set[int] = set()
    basic = _fresh(_yearly(rng, g.role.level, 0.28, 10)[0] // 12 // 10 * 10, used, 10)
    course = _fresh(int(basic * 0.77) // 10 * 10, used, 10)
    average = _fresh(int(round(basic * 1.27, -2)), used, 100)
    _salary(g, course, course, "PLN", period="month", point=True, level="Trainee")
    _salary(g, basic, basic, "PLN", period="month", point=True)
    _salary(g, average, average, "PLN", period="month", point=True)
    national = _unused(g, int(round(average * 1.07, -2)), 100)
    name = f"{g.title} ({polish})" if polish else g.title
    tools = g.skills["tool"] + g.skills["top"][:3]
    g.skills = {"top": tools, "soft": [s.lower() for s in g.skills["soft"]]}
    licence = f"{area} operator permit"
    g.optional.append(licence)
    expect = [f"▪ a {licence} (we will help you get it),",
              "▪ good health confirmed by medical examinations,"]
    if g.skills["soft"]:
        expect.append(f"▪ {', '.join(g.skills['soft'])},")
    duties = [f"– working with {t} in accordance with the procedures," for t in tools]
    chain = _chain(g)
    town = rng.choice(("Gorzów", "Kalisz", "Opole", "Elbląg"))
    out = [_BAR[0], company, "For clients | Company | CAREER | Contact    BIP   PL | EN",
           f"Career › Job offers › {g.title}", f"Join us! Recruitment for the {g.title.lower()} "
           "course", name,
           f"Recruitment: continuous | Place of work: {town} | Contract: employment contract",
           "Who are we looking for?",
           f"We are looking for candidates for the position of {g.title.lower()} who, after "
           f"completing the course organized by us, will run {area.lower()} work."
           + "".join(_said(" Also called: {}.", [a.lower() for a in g.aliases
                                                  if a != polish], "and")),
           "Your tasks:", *duties, "We expect:", *expect, "We offer:",
           f"▪ paid training course (about 3 months) ending with an exam – salary during the "
           f"course {_pl(course, cents=True)} zł gross,",
           f"▪ after obtaining the permit: basic salary of {_pl(basic)} zł gross + seniority "
           f"allowance + bonus; the average earnings of our staff in 2024 were PLN "
           f"{average / 1000:g} thousand gross,",
           "▪ allowance for night work and work on Sundays and holidays,",
           "▪ co-financing for holidays (ZFŚS), medical package, employee capital plans (PPK)."]
    if len(chain) >= 2:
        out += ["Development path", " → ".join(chain)]
    moves = _said("Many of our staff previously worked as {}.",
                  [_many(m) for m in _texts(g.moves_in)], "or")
    moves += _said("Experienced staff can also move to the position of {}.",
                   [t.lower() for t in _texts(g.transitions_to)], "or")
    _clear(g, "sectors")
    out += [" ".join(moves)] if moves else []
    out += ["How to apply?", "Send your CV with the clause \"I agree to the processing of my "
            "personal data…\" to the Personnel Department.",
            f"Compare: the average salary in the national economy in September 2025 was PLN "
            f"{_br1(national)} thousand gross.",
            f"{company}, {town} | NIP 599-000-00-00 | KRS 0000000000 | Share capital PLN "
            f"{_pl(21_000_000, cents=True)}", "Was this translation helpful?"]
    return out


def _br1(amount: int) -> str:
    """Thousands with a decimal comma ("8,4" for 8,400)."""
    return f"{amount / 1000:.1f}".replace(".", ",")


# --------------------------------------------------------------------------------------
# Obituary or trade-magazine tribute: a working life told in order
# --------------------------------------------------------------------------------------
_SURNAMES = ("Kosinski", "Ashworth", "Brennan", "Halloran", "Okonkwo", "Lindqvist", "Marchetti")
# A tribute honours a tradesman's working life, not a software engineer's: (trade, its craft
# for the page's names, the rungs above it, techniques, tools, later jobs, the shops he
# worked for).
_TRADES = (
    ("Signwriter", "Signwriting", "Lead Signwriter|Sign Shop Foreman",
     "gilding|lettering layout|scroll work", "mahl stick|gold leaf|sable brushes",
     "Art Teacher|Sign Consultant", "Tolley Signs|Barrow & Sons Signcraft"),
    ("Compositor", "Printing", "Senior Compositor|Composing Room Overseer",
     "hand setting|imposition|proofing", "composing stick|Linotype machine|proof press",
     "Print Estimator|Proofreader", "Wexford Press|Caxton Row Printers"),
    ("Cabinetmaker", "Joinery", "Senior Cabinetmaker|Workshop Foreman",
     "dovetailing|veneering|French polishing", "spokeshave|router table|band saw",
     "Woodwork Instructor|Furniture Restorer", "Hallam Joinery|Ellis & Crane Furniture"),
    ("Toolmaker", "Toolmaking", "Lead Toolmaker|Toolroom Supervisor",
     "jig grinding|heat treating|die tryout", "surface grinder|micrometer|vertical mill",
     "Machining Instructor|Quality Inspector", "Brandt Tool & Die|Keswick Engineering"),
    ("Stonemason", "Masonry", "Master Mason|Site Foreman",
     "ashlar dressing|lime pointing|letter cutting", "banker mason's chisel|mallet|bolster",
     "Heritage Consultant|Building Inspector", "Abbeygate Stone|Carrick & Hale Masonry"),
    ("Watchmaker", "Horology", "Senior Watchmaker|Workshop Manager",
     "movement servicing|poising|staff turning", "watchmaker's lathe|loupe|timegrapher",
     "Horology Lecturer|Antiques Valuer", "Greaves & Lunn Jewellers|Mercer Clockworks"),
)


def _tribute(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("obituary", "magazine"))
    g.title_line = False
    first = rng.choice(("Walter", "Leonard", "Francis", "Desmond", "Stanley", "Harold"))
    person = f"{first} {rng.choice(_SURNAMES)}"
    born = rng.randint(1938, 1948)
    g.must_not_appear += [person]
    trade, area, above, technique_text, tool_text, later_text, firm_text = rng.choice(_TRADES)
    # one life: the trade and one or two rungs above it, some later jobs
    rungs = above.split("|")[:rng.randint(0, 2)]
    later = rng.sample(later_text.split("|"), rng.randint(0, 2))
    occupy(g, trade, ladder=[trade, *rungs] if rungs else [], transitions=later)
    techniques = rng.sample(technique_text.split("|"), rng.randint(0, 3))
    tools = rng.sample(tool_text.split("|"), rng.randint(0, 3))
    g.skills = {"top": techniques, "tool": tools}
    g.sectors = []
    chain = _chain(g)
    firms = firm_text.split("|")
    g.employers = firms
    base = _base(g.title)
    if variant == "magazine":
        return _magazine(rng, g, area, person, born, chain, firms, base, later)
    home = f"{rng.choice(('Brennan-Heller', 'Oakridge', 'Whitcombe'))} Funeral Home"
    g.must_not_appear += [home, "Send Flowers", "Guest Book", "In lieu of flowers"]
    navy = "U.S. Navy"
    union = f"{area} Workers Local {rng.randint(100, 1999)}"
    g.optional += [navy, union, f"Apprentice {base}", f"Journeyman {base}"]
    start = rng.randint(14, 29) / 10 + 0.05
    _salary(g, start, start, period="hour", point=True, level="Apprentice")
    year = born + 22
    steps = []
    if len(chain) >= 2:
        steps.append(f"He began as {_a(chain[0])} {chain[0].lower()} at {firms[0]}")
        for i, rung in enumerate(chain[1:], 1):
            steps.append(f"was promoted to {rung.lower()} in {year + 4 * i}")
        career = f"{', '.join(steps[:-1])} and {steps[-1]}." if len(steps) > 1 else steps[0] + "."
    else:
        career = f"He worked as {_a(g.title)} {g.title.lower()} at {firms[0]} for 30 years."
    after = _said("After retiring he worked part-time as {}.",
                  [f"{_a(t)} {t.lower()}" for t in later], "and then as")
    uses = (f" Colleagues remember his patience with {_prose_list(tools)}." if tools else "")
    return [f"{home} & Cremation Services",
            "Obituaries | Plan Ahead | Grief Support | About Us | Contact    Send Flowers",
            f"Obituaries › {person}", person, f"March 4, {born} – November 22, 2025",
            "Share  Print  Subscribe to updates",
            f"{person}, {2025 - born}, passed away peacefully on Saturday, surrounded by his "
            "family.",
            f"After high school he served four years in the {navy}, where he first learned to "
            "keep a machine running in rough seas.",
            f"Returning home in {year - 4}, he began a four-year apprenticeship as "
            f"an apprentice {base.lower()} at {firms[0]}, starting at ${start:.2f} an hour, and "
            f"became a journeyman {base.lower()} in {year}. {career}"
            + (f" In {year + 2} he joined {firms[1]}, where he was known for "
               f"{_prose_list([t.lower() for t in techniques])}." if techniques else
               f" In {year + 2} he joined {firms[1]}.") + " " + " ".join(after) + uses,
            f"He was a proud member of {union} for 40 years and served on its apprenticeship "
            "committee.",
            "He loved Friday fish fries and restoring his 1957 Chevy in the garage.",
            "He is survived by his wife of 58 years, Dorothy; two children and five "
            "grandchildren.",
            "Visitation will be held Friday from 4 to 7 p.m. at the funeral home.",
            "In lieu of flowers, memorial contributions may be made to the scholarship fund.",
            f"Guest Book ({rng.randint(5, 30)})",
            f"He trained me when I was an apprentice in '84. Best {base.lower()} I ever knew. "
            "– Gary P., retired",
            "Sign the Guest Book   Send Flowers   Plant a Tree",
            f"© 2025 {home}. All rights reserved."]


def _magazine(rng: random.Random, g: Guide, area: str, person: str, born: int,
              chain: list[str], firms: list[str], base: str, later: list[str]) -> list[str]:
    """A trade magazine's tribute over two pages: running heads, a standfirst and byline,
    a boy's pre-decimal weekly wage (its title's own), an apprenticeship, a staff post, his
    own firm, a lecturer's post, "Continued on page", an advert and a guild's pay survey."""
    mag = f"{area.upper()} & CRAFT"
    month = rng.choice(("JANUARY", "MARCH", "JUNE", "OCTOBER"))
    page = rng.randint(30, 70)
    heads = [f"{mag} | {month} 2026 | {p}" for p in (page, page + 2)]
    writer = rng.choice(_PEOPLE)
    g.must_not_appear += [heads[0], writer, "More in People", f"Continued on page {page + 2}"]
    boy = f"{area} Shop Boy"
    shillings = rng.choice((5, 10, 15))
    pounds = rng.randint(2, 4)
    wage = pounds + shillings / 20
    _salary(g, wage, wage, "GBP", period="week", point=True, belongs_to=boy)
    own = f"{person.split()[1]} {area}"
    guild = f"Northern {area} Guild"
    g.optional += [own, guild, boy, f"Apprentice {base}"]
    employed = _yearly(rng, g.role.level, 0.3, 500)
    day = (rng.randint(180, 260), 0)
    day = (day[0], day[0] + rng.randint(40, 100))
    _salary(g, *employed, "GBP")
    _salary(g, *day, "GBP", period="day")
    left = born + 15
    story = (f"He left school at 15 in {left} and went to {firms[0]} as {_a(boy)} "
             f"{boy.lower()}, sweeping floors for £{pounds} {shillings}s a week. Within a year "
             f"the firm's {base.lower()} had taken him on as an apprentice {base.lower()}.")
    if len(chain) >= 2:
        story += (f" He rose from {chain[0].lower()} to "
                  f"{_prose_list([c.lower() for c in chain[1:]])} over the next decade.")
    tools, techniques = g.skills["tool"], g.skills["top"]
    out = [heads[0], "PEOPLE", "TRIBUTE", f"A steady hand: {person}, {born}–2025",
           f"The {base.lower()} who taught a generation has died aged {2025 - born}. "
           f"{writer} looks back.", f"By {writer}", story,
           f"In {left + 9} he joined {firms[1]} as its staff {base.lower()}, a post he held "
           "for 21 years"
           + (f", and became a master of {_prose_list([t.lower() for t in techniques])}."
              if techniques else ".")
           + (f" He was among the first to buy {_prose_list(tools)}." if tools else ""),
           f"In {left + 30} he set up {own}."]
    out += _said(f"From {left + 36} he also worked as {{}}.",
                 [f"{_a(t)} {t.lower()}" for t in later], "and later as")
    out += [f"Continued on page {page + 2} ▸", "Advertisement",
            "TRADE SUPPLIES DIRECT – brushes, leaf and burnishers. Trade counter open Saturdays.",
            heads[1], "PEOPLE", f"◂ Continued from page {page}",
            f"He was a founder member of the {guild}. In the Guild's last pay survey, in 2024, "
            f"employed {_plural(base).lower()} reported earning £{_fmt(employed[0])} to "
            f"£{_fmt(employed[1])} a year, while self-employed {_plural(base).lower()} charged "
            f"day rates of £{day[0]} to £{day[1]}.",
            "He is survived by his wife, two daughters and four grandchildren.",
            f"\"Every job has to be right, because everyone walks past it.\" – "
            f"{rng.choice(_PEOPLE)}, former student",
            "Share this story  |  More in People  |  Subscribe", f"{mag} | {month} 2026 | "
            f"{page + 3}"[:-1]]
    return out


# --------------------------------------------------------------------------------------
# Experience certificate or recommendation letter
# --------------------------------------------------------------------------------------
def _held_last(role: Role, ladder: Sequence[Role]) -> bool:
    """Whether a page about ``role`` names it without its level word: its title starts
    with one and the unlevelled title is a rung below it on its ladder ("Senior Chemist"
    held last: the role is Chemist)."""
    base = _base(role.title)
    below = ladder[:list(ladder).index(role)] if role in ladder else []
    return base != role.title and any(r.title == base for r in below)


# Layouts whose rare structure needs a kind of role (generate._meet_needs): an experience
# certificate whose last designation carries a level word the role drops.
FAMILY20_COVER_NEEDS: dict[str, Callable[[Role, Sequence[Role]], bool]] = {
    "refletter": _held_last}


def _refletter(rng: random.Random, g: Guide, area: str) -> list[str]:
    variants = ("certificate", "letter")
    drawn = rng.choice(variants)  # pick_variant's draw, so the default mix is unchanged
    held_last = _held_last(g.role, [r for r, _ in g.progression])
    # In cover mode the first roles held last with their level word take the certificate
    # (a letter's path ends at the post held), so the structure is drawn by construction;
    # later ones are steered like any page, so a mix rich in such roles still deals letters.
    forced = held_last and covering() and bool(steer_variant(("held-last certificate",), ""))
    variant = "certificate" if forced else steer_variant(variants, drawn)
    g.title_line = False
    _up_to_role(g)
    level = _unlevel(g) or g.role.level  # the last designation without its level word
    _clear(g, "moves_in", "transitions_to", "aliases", "sectors")
    person = rng.choice(_PEOPLE)
    g.must_not_appear += [person]
    if variant == "letter":
        _up_to_role(g)  # the letter's path ends at the post she holds
        return _letter(rng, g, area, person)
    _clear(g, "leads_to")
    company = f"{rng.choice(('SAHYADRI', 'KAVERI', 'NARMADA', 'TAPTI'))} {area.upper()} PVT. LTD."
    g.employers = [company]
    g.must_not_appear += ["EXPERIENCE CERTIFICATE", "TO WHOMSOEVER IT MAY CONCERN", "Sd/-",
                          "Company Seal", "Manager – Human Resources"]
    g.optional += ["Officer grade", "ISO 27001"]
    chain = _chain(g)
    if chain:
        path = f"He joined us as {chain[0]}"
        for i, rung in enumerate(chain[1:], 1):
            word = "was confirmed as" if i == 1 else "was promoted to"
            grade = " (Officer grade)" if i == len(chain) - 1 else ""  # the post held last
            path += f" and {word} {rung}{grade}" + \
                f" with effect from 01.04.{2019 + 2 * i}"
        path += ", and held this designation at the time of leaving."
    else:
        path = f"He was employed as {g.title} (Officer grade) throughout."
    joining = int(round(_yearly(rng, "junior", 2.5, 1000)[0] * 0.9, -3))
    last = _fresh(int(round(_yearly(rng, g.role.level, 2.5, 1000)[0] * 1.8, -4)), {joining},
                  10_000)
    first_role = g.progression[0][0] if g.progression else g.role
    if first_role is g.role:
        _salary(g, joining, joining, "INR", point=True, level="Trainee")
    else:
        _rung(g, joining, joining, "INR", first_role, chain[0], point=True)
    _salary(g, last, last, "INR", point=True, level=level)
    duties = g.skills["tool"] + g.skills["top"][:4] + g.skills["often_missing"][:2]
    g.skills = {"top": duties}
    lines = [f"{i}. Work with {d} as per the company's standard procedures." for i, d in
             enumerate(duties, 1)]
    signatory = rng.choice(_PEOPLE)
    g.must_not_appear.append(signatory)
    return [company, "(An ISO 27001 certified company)",
            f"Regd. Office: Plot No. D-{rng.randint(10, 99)}, MIDC, Pune – 411 0"
            f"{rng.randint(10, 60)}",
            "Tel: +91 20 0000 0000 | hr@example.in | CIN: U72200PN20"
            f"{rng.randint(10, 19)}PTC000000",
            f"Ref: HR/EXP/2025/{rng.randint(100, 999):04d}                                   "
            f"Date: {rng.randint(10, 28)}.03.2025", "EXPERIENCE CERTIFICATE",
            "TO WHOMSOEVER IT MAY CONCERN",
            f"This is to certify that Mr. {person} (Emp. Code: SP-{rng.randint(1000, 9999)}) was "
            f"employed with {company.title()} from 02.07.2019 to 28.02.2025.", path,
            "During his tenure his responsibilities included:", *lines,
            f"His gross salary at the time of joining was ₹ {indian_grouping(joining)}/- per "
            f"annum and his last drawn gross salary was ₹ {indian_grouping(last)}/- per annum "
            f"(Rupees {_rupees(last)} Only).",
            "During his association with us we found him sincere and hardworking. His conduct "
            "and character were good. He has been relieved from his duties on 28.02.2025 after "
            "completing all formalities including full and final settlement.",
            "We wish him all the best in his future endeavours.", f"For {company}", "(Sd/-)",
            signatory, "Manager – Human Resources", "[Company Seal]",
            "Note: This certificate is issued on the request of the employee. Any alteration "
            "renders it void."]


def _letter(rng: random.Random, g: Guide, area: str, person: str) -> list[str]:
    """A supervisor's recommendation letter: the recipient's address block (the employer
    applied to `optional`), the path into the role, tools and traits in praise, a goal (an
    up move) and a verification of employment with a base rate at the grade and a shift
    differential that is no pay."""
    org = f"{rng.choice(('St. Brendan', 'Harbor View', 'Lakeside'))} {area} Center"
    other = f"{rng.choice(_OTHER_FIRMS)}"
    g.employers = [org]
    g.optional += [other, f"{g.title} II"]
    g.must_not_appear += ["Letter of Recommendation", "Hiring Committee",
                          "VERIFICATION OF EMPLOYMENT"]
    g.leads_to = g.leads_to[:1]
    g.progression = g.progression[-2:]  # the letter tells the last step into the role
    chain = _chain(g)
    supervisor = rng.choice(_PEOPLE)
    g.must_not_appear.append(supervisor)
    first = person.split()[0]
    path = (f"{first} came to us in 2018 as {_a(chain[0])} {chain[0]}. She spent two years "
            f"there before joining our team as {_a(g.title)} {g.title} in 2020, and was advanced "
            f"to {g.title} II in 2023 under our career ladder." if len(chain) >= 2 else
            f"{first} joined our team as {_a(g.title)} {g.title} in 2020 and was advanced to "
            f"{g.title} II in 2023 under our career ladder.")
    tools, top, soft = g.skills["tool"], g.skills["top"][:4], [s.lower() for s in g.skills["soft"]]
    g.skills = {"top": top, "tool": tools, "soft": soft}
    praise = (f"She handles {_prose_list(top)} with complete confidence" if top else
              "She handles every kind of work with complete confidence")
    praise += f" and is trained on {_prose_list(tools)}." if tools else "."
    rate = round(_yearly(rng, g.role.level, 1.0, 1)[0] / 2080, 2)
    _salary(g, rate, rate, period="hour", point=True, level="II")
    differential = round(rng.randint(150, 300) / 100, 2)
    goal = _said("I know she hopes one day to become {}, and I have no doubt she will get "
                 "there.", [f"{_a(t)} {t}" for t in _texts(g.leads_to)], "or")
    return [org.upper(), f"{area} Department | 4400 Harbor View Drive, Toledo, OH 43611",
            f"February {rng.randint(2, 27)}, 2026", "Hiring Committee", other,
            f"{rng.randint(100, 9999)} Conant Street", "Maumee, OH 43537",
            f"RE: Letter of Recommendation – {person}", "Dear Members of the Hiring Committee:",
            f"It is my pleasure to recommend {first} for the {g.title} position at your "
            f"organization. I have been {first}'s direct supervisor for five years at {org}.",
            path, praise,
            *([f"Beyond her technical skills, {first} is {_prose_list(soft)}."] if soft else []),
            *goal, "Sincerely,", supervisor, f"{area} Supervisor, {org}",
            "Attachment: Verification of Employment",
            f"VERIFICATION OF EMPLOYMENT – Human Resources, {org}",
            f"Employee: {person}      Status: Full-time, active",
            f"Position: {g.title} II      Department: {area}",
            f"Base rate of pay: ${rate:.2f} per hour      Shift differential: "
            f"${differential:.2f}/hr (evenings)",
            "This verification is provided with the employee's written authorization."]


# --------------------------------------------------------------------------------------
# Dictionary of Occupational Titles entry on a reference mirror
# --------------------------------------------------------------------------------------
# The dictionary defines the occupations of its day, not software titles: (title, its field
# for the page's names, industries, instruments and techniques, alternate titles).
_DOT_JOBS = (
    ("Laboratory Tester", "Testing", "chemical industry|paint and varnish|plastics",
     "viscometer|pH meter|titration|spectrophotometer", "test technician|sample tester"),
    ("Mechanical Drafter", "Drafting", "machinery manufacturing|utilities|architecture",
     "drafting machine|T-square|lettering guide|blueprint machine", "draftsman|detailer"),
    ("Surveyor Assistant", "Surveying", "construction|government services|mining",
     "transit|level rod|steel tape|plumb bob", "rodman|chain worker"),
    ("Dental Laboratory Technician", "Dental Laboratory", "medical services|dental supplies",
     "articulator|dental lathe|casting machine|wax carving", "dental technician"),
    ("Machinist", "Machining", "machine shop|automobile manufacturing|aircraft",
     "engine lathe|milling machine|micrometer|surface plate", "all-round machinist"),
    ("Photoengraver", "Engraving", "printing and publishing|electrotyping",
     "process camera|etching bath|densitometer|burnisher", "etcher|plate maker"),
)


def _dotentry(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("mirror", "profile"))
    g.title_line = False
    title, area, industry_text, tool_text, alias_text = rng.choice(_DOT_JOBS)
    occupy(g, title)
    g.aliases = rng.sample(alias_text.split("|"), rng.randint(0, len(alias_text.split("|"))))
    g.role.spellings.extend(a for a in g.aliases if a not in g.role.spellings)
    industries = industry_text.split("|")
    g.sectors = rng.sample(industries, rng.randint(1, len(industries)))
    g.employers = []
    code = f"{rng.randint(100, 199)}.{rng.randint(100, 399)}-0{rng.randint(10, 99)}"
    upper = g.title.upper()
    industry = g.sectors[0].lower() if g.sectors else "any industry"
    places = [s.lower() for s in g.sectors[1:]]
    specialties = [f"{w} {upper}" for w in rng.sample(("FIELD", "RESEARCH", "QUALITY"), 2)]
    g.optional += [s.lower() for s in specialties]
    tools = rng.sample(tool_text.split("|"), rng.randint(2, 4))
    g.skills = {"top": tools}
    tasks = " ".join(f"{verb} {area.lower()} records, using {t}." for verb, t in
                     zip(rng.choices(("Reviews", "Checks", "Prepares", "Updates"),
                                     k=len(tools)), tools, strict=True))
    supervise = f"{area.upper()} CLERKS"
    g.optional.append(f"{area} Clerks")
    where = f" in {_prose_list(places)}" if places else ""
    definition = (f"Plans and carries out the {area.lower()} work of an establishment{where}: "
                  f"{tasks} May be designated according to specialty as "
                  f"{'; '.join(f'{s} ({industry})' for s in specialties)}. May supervise "
                  f"{supervise} in routine work.")
    crosswalk = rng.choice(("Production Workers, All Other", "Helpers--Production "
                            "Workers", f"{area} Workers, All Other"))
    g.optional.append(crosswalk)
    trailer = (f"GOE: {rng.randint(1, 12):02d}.0{rng.randint(1, 9)}.0{rng.randint(1, 9)} "
               f"STRENGTH: {rng.choice('SLM')} GED: R{rng.randint(3, 5)} M{rng.randint(2, 5)} "
               f"L{rng.randint(3, 5)} SVP: {rng.randint(5, 8)} DLU: {rng.randint(77, 89)}")
    g.must_not_appear.append(trailer)
    aliases = "; ".join(a.lower() for a in g.aliases)
    alt = f" alternate titles: {aliases}" if aliases else ""
    # (never the occupation itself: "Dental Laboratory" + "Technician")
    related = [r for r in _others(area, rng, 3) if r != g.title][:2]
    g.optional += related
    industry_tag = f"{industry}; prof. & kin." if industry != "any industry" else industry
    if variant == "mirror":
        yearly = _yearly(rng, g.role.level, 0.7, 10)[0]
        hourly = round(yearly / 2080, 2)
        _salary(g, yearly, yearly, point=True, belongs_to=crosswalk)
        _salary(g, hourly, hourly, period="hour", point=True, belongs_to=crosswalk)
        g.must_not_appear.append("Previous Title | Next Title")
        return ["Dictionary of Occupational Titles - 4th Ed., Rev. 1991",
                "[ Home ] [ Occupational Groups ] [ Alphabetical Index ] [ Industry Index ] "
                "[ Search ] [ Help ]",
                f"Occupational Group: {code[:3]} - {area.upper()} OCCUPATIONS",
                "Previous Title | Next Title", f"{code} {upper} ({industry_tag}){alt}",
                definition, trailer,
                f"Crosswalk to O*NET-SOC: 51-9199.00 {crosswalk} | Census 2010: 1240",
                f"National wage estimate (OEWS, May 2024) for 51-9199 {crosswalk}: median "
                f"${_fmt(yearly)} per year; ${hourly:.2f} per hour",
                f"Related DOT definitions: {related[0].upper()} ({industry}) "
                f"{rng.randint(100, 999)}.261-010; {related[1].upper()} ({industry}) "
                f"{rng.randint(100, 999)}.281-014", "Previous Title | Next Title",
                "This site is not affiliated with the U.S. Department of Labor."]
    hourly = round(_yearly(rng, g.role.level, 0.8, 10)[0] / 2080, 2)
    _salary(g, hourly, hourly, period="hour", point=True, belongs_to=crosswalk)
    known = f"{g.title} of Record"
    setting = rng.choice(("consulting firms", "state agencies", "research laboratories"))
    g.aliases.append(known)
    g.optional.append(setting)
    site = rng.choice(("JobDefinitions.net", "DOTlookup.org"))
    g.must_not_appear += [site, "Work field", "Aptitudes", "Temperaments", f"DOT CODE: {code}"]
    dots = "." * rng.randint(8, 16)
    return [f"{site} — free occupational reference for vocational rehabilitation professionals",
            "Search DOT titles: [                ] Go    Browse by: Code | Title | Industry | GOE",
            f"DOT CODE: {code}", f"TITLE(s): {upper} ({industry_tag}){alt}",
            definition[:-1] + f". May be known as {known.upper()} ({industry}) when working in "
            f"{setting}.", trailer, "Vocational profile",
            f"Industry designation {dots} {industry}", f"Work field {dots} 111 Adjusting",
            f"MPSMS {dots} 606 {area}",
            f"Aptitudes {dots} G3 V3 N3 S2 P2 Q4 K3 F2 M2 E4 C4", f"Temperaments {dots} T, V",
            f"Skill level {dots} Skilled (SVP 7: over 2 years up to and including 4 years)",
            f"Physical demands {dots} Light work; reaching, handling, near acuity", "Crosswalks",
            f"O*NET-SOC 51-9199.00 {crosswalk}",
            f"OES/OEWS 51-9199   Median hourly wage ${hourly:.2f} ({crosswalk}, national)",
            "Transferable-skills neighbours (same work field and MPSMS, SVP 4 or more)",
            " · ".join(f"{r.upper()} ({industry}) {rng.randint(100, 999)}.281-018"
                       for r in related),
            "Note: Entries reproduce the 1991 DOT definition; crosswalks and wages are added by "
            "the site.", f"© {site} — Terms — Privacy — Contact the editor"]


FAMILY20_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "escoprofile": _escoprofile, "vetmatch": _vetmatch, "polishmt": _polishmt,
    "tribute": _tribute, "refletter": _refletter, "dotentry": _dotentry,
}
