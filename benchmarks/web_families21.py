"""Generator renderers for the six page families of held-back set 21 (OCR'd handbooks ...).

Held-back set 21 showed six more kinds of page users bring: an old printed occupational
handbook or careers guide OCR'd from a library scan (running heads with page numbers in the
middle of a statement, two columns run together line by line, words broken at line ends,
ligatures, "E" read for "£", pay in its own year), a career page saved as raw HTML source or
scraped with its markup half left in (a JSON-LD `Occupation` block, entities, escaped tags, a
stage table whose slash row names two titles), a company's public compensation handbook (a
job family's levels, a formula whose factors are no pay, hiring bands per level, calculator
outputs, an open salary table), a Korean job-information page or recruitment notice read
through a machine translator ("47.5 million won", "3,400 to 41 million won", a pay-scale
step), a medical specialty-training pathway or residency salary page (pay by coded stage,
the consultant's band, supplements and stipends no pay) and a gig platform's "earn with us"
page (prices per job no pay, hourly guarantees per city, self-set hourly bands).  These
renderers write such pages from a planned guide, two variants a family; every fact the truth
keeps is printed and what a style does not state is cleared.

>>> _won(47_500_000), _won(34_000_000, 41_000_000)
('47.5 million', '3,400 to 41 million')
>>> _ligatures("the final offices")
'the ﬁnal ofﬁces'
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from benchmarks.web_common import (
    TRADE_TOOLS,
    _a,
    _clear,
    _kit,
    _plural,
    _prose_list,
    _said,
    _salary,
    _texts,
    _unlevel,
    occupy,
    pick_variant,
)
from benchmarks.web_families12 import _PEOPLE, _fmt, _yearly
from benchmarks.web_families15 import _OTHER_FIRMS
from benchmarks.web_families17 import _fresh, _unused
from benchmarks.web_families18 import _rung
from benchmarks.web_families19 import _many

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY21_ALIAS_LAYOUTS", "FAMILY21_LADDER_LAYOUTS", "FAMILY21_LAYOUTS",
           "FAMILY21_RENDERERS"]

FAMILY21_LAYOUTS = ("ocrscan", "rawhtml", "payhandbook", "koreanmt", "specialtytraining",
                    "gigearn")
# Every family is given the role's ladder: the handbook, the job family and the training
# pathway name the unlevelled occupation (a level word moves to the pay), the rest print a
# path up; the handbook, the raw page and the Korean page print other titles of the role.
FAMILY21_LADDER_LAYOUTS = FAMILY21_LAYOUTS
FAMILY21_ALIAS_LAYOUTS = ("ocrscan", "rawhtml", "koreanmt")

_CLINICAL_KIT = ("point-of-care ultrasound", "Epic", "video laryngoscope", "arterial line",
                 "infusion pumps", "capnography", "defibrillator", "central venous catheter")
# (one thing an item: a gig page's truth names the car and the scooter, the mop and the
# bucket apart, as set 21's README lists each vehicle)
_GIG_KIT = {"delivery": ("smartphone", "insulated delivery bag", "e-bike", "scooter",
                         "phone mount", "car"),
            "cleaning": ("steam cleaner", "microfibre cloths", "vacuum cleaner", "smartphone",
                         "mop", "bucket")}


# Occupations of the trade, clinical and gig families (a 1972 handbook, a deanery's pathway
# or a courier's page names no generated office title): (title, field, next title, earlier
# titles, sideways titles, ladder above the title, techniques).
_Occupation = tuple[str, str, str, str, str, str, str]
_TRADES21: tuple[_Occupation, ...] = (
    ("Boilermaker", "Boilermaking", "Boilermaker Foreman", "Boilermaker Helper",
     "Welding Inspector", "", "layout work|flame cutting|tube rolling|rigging"),
    ("Machinist", "Machine Shop", "Tool and Die Maker", "Machine Operator|Machinist Helper",
     "CNC Programmer|Quality Inspector", "", "lathe work|milling|precision measurement"
     "|blueprint reading"),
    ("Locomotive Engineer", "Railroad", "Road Foreman of Engines", "Brakeman|Locomotive Fireman",
     "Train Dispatcher", "", "train handling|signal rules|switching|brake tests"),
    ("Millwright", "Millwright", "Maintenance Foreman", "Millwright Helper", "Machine Erector",
     "", "shaft alignment|bearing fitting|rigging|blueprint reading"),
)
_CLINICAL21: tuple[_Occupation, ...] = (
    ("Anaesthetist", "Anaesthesia", "Clinical Director", "", "Medical Educator|Pain Specialist",
     "", "airway management|regional blocks|sedation|perioperative assessment"),
    ("Paediatrician", "Paediatrics", "Clinical Director", "", "Medical Educator|Child Health "
     "Researcher", "", "neonatal resuscitation|developmental assessment|safeguarding"
     "|growth monitoring"),
    ("Psychiatrist", "Psychiatry", "Medical Director", "", "Medical Educator|Forensic Assessor",
     "", "risk assessment|psychopharmacology|mental state examination|psychotherapy"),
    ("Radiologist", "Clinical Radiology", "Clinical Director", "", "Medical Educator"
     "|Imaging Researcher", "", "CT reporting|MRI reporting|image-guided biopsy"
     "|ultrasound scanning"),
)
_GIG21: dict[str, tuple[_Occupation, ...]] = {
    "delivery": (("Delivery Courier", "Delivery", "Courier Trainer", "Warehouse Worker",
                  "", "Lead Courier|Courier Team Leader", "route planning|customer service"
                  "|map reading"),
                 ("Food Courier", "Food Delivery", "Courier Trainer", "Restaurant Runner", "",
                  "Lead Courier|Courier Team Leader", "route planning|food hygiene"
                  "|customer service")),
    "cleaning": (("House Cleaner", "Home Cleaning", "Cleaning Trainer", "Hotel Housekeeper",
                  "", "Senior House Cleaner|Cleaning Supervisor", "deep cleaning"
                  "|stain removal|customer service"),
                 ("Domestic Cleaner", "Domestic Cleaning", "Cleaning Trainer",
                  "Office Cleaner", "", "Senior Domestic Cleaner|Cleaning Supervisor",
                  "deep cleaning|laundry care|customer service")),
}


_PLAIN_SOFT = ("Communication", "Time Management", "Attention to Detail", "Adaptability",
               "Problem-Solving", "Collaboration")


def _occupation(rng: random.Random, g: Guide, pool: Sequence[_Occupation]) -> str:
    """Make the page about an occupation of the family's pool (its next title, earlier and
    sideways titles, its ladder up and techniques); the occupation's field, the page's area."""
    title, field, up, before, sideways, above, techniques = rng.choice(pool)

    def names(text: str) -> list[str]:
        return [n for n in text.split("|") if n]

    ladder = [title, *names(above)] if above else []
    occupy(g, title, ladder=ladder, leads=[up], moves_in=names(before),
           transitions=names(sideways))
    g.skills["top"] = names(techniques)
    # (office soft skills such as stakeholder management read as no courier's or surgeon's)
    g.skills["soft"] = [s for s in g.skills.get("soft", []) if s in _PLAIN_SOFT]
    return field


def _won(low: int, high: int | None = None) -> str:
    """Korean amounts as a translator renders 만원 figures: "47.5 million"; a band's low end
    stays in 만 ("3,400 to 41 million" is 34,000,000 to 41,000,000)."""
    if high is None:
        return f"{low / 1_000_000:g} million"
    return f"{low // 10_000:,} to {high / 1_000_000:g} million"


def _ligatures(text: str) -> str:
    """"fi" and "fl" as the single glyphs a scan's text layer keeps."""
    return text.replace("fi", "ﬁ").replace("fl", "ﬂ")


def _scan(rng: random.Random, text: str, names: Sequence[str], width: int,
          broken: list[str]) -> list[str]:
    """Prose wrapped at ``width`` as a scan's uncorrected text layer: long words broken at
    line ends with a hyphen (their first fragments added to ``broken``), "fi"/"fl" as
    ligatures; a name of the truth is never broken or given a ligature."""
    marked = text
    for name in sorted(names, key=len, reverse=True):
        marked = marked.replace(name, "\x01" + name.replace(" ", "\x00"))
    lines: list[str] = []
    line = ""
    for word in marked.split():
        if not line or len(line) + 1 + len(word) <= width:
            line = f"{line} {word}".strip()
            continue
        room = width - len(line) - 2
        if "\x01" not in word and word.isalpha() and len(word) >= 8 and room >= 3 \
                and rng.random() < 0.8:
            cut = min(room, len(word) - 3)
            lines.append(f"{line} {word[:cut]}-")
            broken.append(word[:cut])
            line = word[cut:]
            continue
        lines.append(line)
        line = word
    lines.append(line)
    out = []
    for row in lines:
        words = [w if "\x01" in w else _ligatures(w) for w in row.split(" ")]
        out.append(" ".join(words).replace("\x01", "").replace("\x00", " "))
    return out


def _path_up(g: Guide) -> None:
    """Keep the role and up to two rungs above it as the page's path (a worker's story, a
    translated career path); without such a path, one up move."""
    roles = [r for r, _ in g.progression]
    g.progression = g.progression[roles.index(g.role):][:3] if g.role in roles else []
    if len(g.progression) < 2:
        g.progression = []
    g.leads_to = [] if g.progression else g.leads_to[:1]


def _columns(left: list[str], right: list[str], width: int) -> list[str]:
    """Two columns printed side by side, their lines run together as OCR reads them."""
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    return [f"{a:<{width}}  {b}".rstrip() for a, b in zip(left, right, strict=True)]


# --------------------------------------------------------------------------------------
# A printed occupational handbook or careers guide OCR'd from a library scan
# --------------------------------------------------------------------------------------
_LIBRARIES = ("Prairie Valley Public Library", "Eastmoor County Library",
              "Holloway College Archive", "Merrion Institute Library")


def _ocrscan(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("handbook", "careersguide"))
    g.title_line = False
    area = _occupation(rng, g, _TRADES21)
    _unlevel(g)
    g.progression = []
    _clear(g, "skills.soft")
    tools = _kit(rng, g, TRADE_TOOLS, rng.randint(2, 3))
    g.skills["top"] = g.skills["top"][:4]
    g.skills["often_missing"] = []
    g.leads_to, g.moves_in = g.leads_to[:2], g.moves_in[:2]
    upper = _plural(g.title).upper()
    plural = _many(g.title)
    names = [*g.skills["top"], *tools, *_texts(g.leads_to), *_texts(g.moves_in),
             *_texts(g.transitions_to), *g.employers, *g.sectors, *g.aliases, plural, g.title]
    names += [n.lower() for n in names]
    broken: list[str] = []
    library = rng.choice(_LIBRARIES)
    page = rng.randint(120, 480)
    dot = f"D.O.T. {rng.randint(100, 999)}.{rng.randint(100, 999)}"
    work = (f"{plural.capitalize()} plan and carry out the {area.lower()} work of an "
            f"establishment and answer for its results. Before each assignment they check "
            f"the {_prose_list(tools)}, and during the work they rely on "
            f"{_prose_list(g.skills['top'])} to keep every operation within the standard "
            "practices of the occupation.")
    entry = _said("Most " + plural + " started as {}", [f"{_a(m)} {m.lower()}" for m in
                                                        _texts(g.moves_in)], "or")
    entry_text = (entry[0] + " and were promoted after several years of satisfactory "
                  "service." if entry else "Most entered through a company training "
                  "programme lasting several years.")
    up = _said("Experienced workers may later become {}.", [m.lower() for m in
                                                            _texts(g.leads_to)], "or")
    if variant == "careersguide":
        return _careersguide(rng, g, area, work, entry_text, up, names, broken, page)
    g.must_not_appear += [f"Digitized for the {library}", "Continued on next page", dot]
    _clear(g, "transitions_to", "aliases")  # the statement names neither
    union = f"Brotherhood of {area} Workers"
    names.append(union)
    g.optional.append(union)
    year = rng.choice((1972, 1974, 1976))
    kinds = rng.sample(("road service", "yard service", "field service", "plant service"), 2)
    used: set[int] = set()
    rates = [_fresh(rng.randint(480, 720), used, 7) / 100 for _ in kinds]
    for rate in rates:
        _salary(g, rate, rate, period="hour", point=True)
    low = _fresh(rng.randint(110, 150) * 100, used, 100)
    high = _fresh(low + rng.randint(40, 60) * 100, used, 100)
    _salary(g, low, high)
    pay = (f"According to a {year} survey, {plural} in {kinds[0]} averaged ${rates[0]:.2f} an "
           f"hour, and those in {kinds[1]} ${rates[1]:.2f} an hour. Yearly earnings of "
           f"regular {plural} ranged from ${_fmt(low)} to ${_fmt(high)}.")
    if g.moves_in:
        feeder = g.moves_in[0][1]
        rate = _fresh(rng.randint(400, 470), {int(r * 100) for r in rates}, 3) / 100
        _rung(g, rate, rate, "USD", g.moves_in[0][0], feeder, period="hour", point=True)
        pay += f" {_plural(feeder)} in {kinds[1]} averaged ${rate:.2f} an hour."
    places = (f"About {rng.randint(12, 60)},000 {plural} worked in {year}."
              + "".join(_said(" Most worked for employers such as {}.", g.employers, "and"))
              + "".join(_said(" Others worked in {}.", [s.lower() for s in g.sectors],
                              "and")))
    head = f"{area.upper()} OCCUPATIONS"
    running = f"{page + 1}          OCCUPATIONAL OUTLOOK HANDBOOK"
    g.must_not_appear += [head, "OCCUPATIONAL OUTLOOK HANDBOOK", f"{area} Association"]
    left = ["Places of Employment", "", *_scan(rng, places, names, 40, broken)]
    right = ["Training, Other Qualiﬁcations,", "and Advancement", "",
             *_scan(rng, entry_text + " " + " ".join(up), names, 38, broken)]
    out = [f"Digitized for the {library} Heritage Collection",
           f"Scan 0{page} of 0{page + 500}   |   OCR text (uncorrected)   |   Download PDF", "",
           f"{'':50}{head}{'':10}{page}", "", upper, f"({dot})", "", "Nature of the Work", "",
           *_scan(rng, work, names, 42, broken), "", *_columns(left, right, 42), "",
           running, "", "Earnings and Working Conditions", "",
           *_scan(rng, pay, names, 84, broken), "",
           *_scan(rng, f"Most {plural} are members of the {union}.", names, 84, broken), "",
           "Sources of Additional Information", "",
           f"{area} Association, 1920 L St. NW., Washington, D.C. 20036.", "",
           f"{'':60}■   Continued on next page"]
    g.must_not_appear += [b for b in dict.fromkeys(broken) if len(b) >= 4][:2]
    return out


def _careersguide(rng: random.Random, g: Guide, area: str, work: str, entry: str,
                  up: list[str], names: list[str], broken: list[str], page: int) -> list[str]:
    """A British careers guide of the 1980s: "(also called …)", capitalised run-in
    headings, a page break between rule lines, prospects with a sideways move and pay by
    grade in its year (a student's band with "E" read for "£", a ceiling, an apprentice's
    weekly start)."""
    g.employers, g.transitions_to = g.employers[:2], g.transitions_to[:2]
    year = rng.choice((1981, 1983, 1985))
    plural = _many(g.title)
    also = f"(also called {_prose_list([a.lower() for a in g.aliases], 'or')})" \
        if g.aliases else ""
    head = f"CAREERS GUIDE {year}"
    g.must_not_appear += [head, "Report an error", "FURTHER INFORMATION"]
    used: set[int] = set()
    student = (_fresh(rng.randint(20, 30) * 100 + 80, used, 10),)
    student += (_fresh(student[0] + rng.randint(8, 12) * 100 + 30, used, 10),)
    qualified = (_fresh(rng.randint(48, 56) * 100 + 20, used, 10),)
    qualified += (_fresh(qualified[0] + rng.randint(15, 20) * 100 + 70, used, 10),)
    ceiling = _fresh(qualified[1] + rng.randint(25, 35) * 100 + 50, used, 10)
    week = rng.randint(35, 55)
    _salary(g, *student, "GBP", level="Trainee")
    _salary(g, *qualified, "GBP")
    _salary(g, week, week, "GBP", period="week", point=True, level="Apprentice")
    other = f"{area.upper()} CLERK"
    g.must_not_appear.append(other)
    where = ("About half work for private firms"
             + "".join(_said(" such as {}", g.employers, "and"))
             + "".join(_said("; others are employed in {}", [s.lower() for s in g.sectors],
                             "and")) + ".")
    sideways = _said("A few transfer to other work as {}.",
                     [f"{_a(t)} {t.lower()}" for t in _texts(g.transitions_to)], "or")
    pay = (f"PAY. In the public service (rates from 1 April {year}) student {plural} receive "
           f"E{_fmt(student[0])} to £{_fmt(student[1])} a year according to age; qualified "
           f"{plural} £{_fmt(qualified[0])} rising to £{_fmt(qualified[1])}; chief "
           f"{plural} up to £{_fmt(ceiling)}. In private firms apprentices commonly start on "
           f"about £{week} a week. London weighting is extra.")
    rule = "-" * 79
    return [f"[Page {page}]  archive.scan — \"Careers Guide: Opportunities in Industry, "
            f"Commerce and the Professions\" ({year})",
            "Text recognised automatically. Errors may remain. Report an error", "",
            f"{page}{'':50}{area.upper()} SERVICES", "", g.title.upper(), *([also] if also
                                                                            else []), "",
            *_scan(rng, "THE WORK. " + work, names, 78, broken), "",
            *_scan(rng, "WHERE THEY WORK. " + where, names, 78, broken), "",
            *_scan(rng, "ENTRY AND TRAINING. " + entry, names, 78, broken), "",
            rule, f"{head}{'':62}{page + 1}", rule, "",
            *_scan(rng, "PROSPECTS. " + " ".join(up + sideways) if up or sideways else
                   "PROSPECTS. Prospects are fair.", names, 78, broken), "",
            *_scan(rng, pay, names, 78, broken), "",
            f"FURTHER INFORMATION. {area} Training Board, 64 Wimpole Street, London W1. "
            f"See also {other} (p. {page - 2})."]


# --------------------------------------------------------------------------------------
# A career page saved as HTML source, or scraped with its markup half left in
# --------------------------------------------------------------------------------------
_SITES = ("ServeWell Careers", "CareerHarbour", "JobMap Online", "WorkReady Profiles")


def _rawhtml(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("source", "scraped"))
    g.title_line = False
    site = rng.choice(_SITES)
    g.must_not_appear.append(site)
    g.leads_to, g.moves_in = g.leads_to[:2], g.moves_in[:2]
    g.transitions_to = g.transitions_to[:2]
    g.skills["often_missing"] = []
    if variant == "scraped":
        g.must_not_appear.append("Last reviewed")
        return _scraped(rng, g, area, site)
    g.must_not_appear.append("Related careers")
    _clear(g, "skills.soft")
    roles = [r for r, _ in g.progression]
    if g.role in roles:  # the arrow ladder runs from the role's rung below to two above
        at = roles.index(g.role)
        g.progression = g.progression[max(0, at - 1):at + 3]
    if len(g.progression) < 2:
        g.progression = []
    currency, sign, lang = rng.choice((("USD", "$", "en-US"), ("AUD", "$", "en-AU")))
    used: set[int] = set()
    median = _fresh(_yearly(rng, g.role.level, 0.8 if currency == "USD" else 1.1, 500)[0],
                    used, 500)
    p10 = _fresh(int(median * 0.75) // 500 * 500, used, 500)
    p90 = _fresh(int(median * 1.4) // 500 * 500, used, 500)
    _salary(g, median, median, currency, point=True)
    chain = _texts(g.progression)
    head_band: list[str] = []
    above = [(r, t) for r, t in g.progression[chain.index(g.title) + 1:]] \
        if g.title in chain else []
    if above:
        lo = _fresh(int(median * 1.25) // 1000 * 1000, used, 1000)
        hi = _fresh(lo + rng.randint(15, 30) * 1000, used, 1000)
        _rung(g, lo, hi, currency, *above[0])
        head_band = [f"; {_many(above[0][1])} in larger venues earn {sign}{_fmt(lo)}&#8211;"
                     f"{sign}{_fmt(hi)}"]
    award = ""
    if g.moves_in:
        rate = round(rng.randint(2300, 2900) / 100, 2)
        _salary(g, rate, rate, currency, period="hour", point=True,
                belongs_to=g.moves_in[0][1])
        award = (f" Under the {area} Industry Award a {g.moves_in[0][1]} earns "
                 f"{sign}{rate:.2f}&nbsp;an hour")
    skills = g.skills["top"][:3]
    chips = g.skills["top"][3:8]
    g.skills["top"] = skills + chips
    related = [f"{area} Clerk", f"{area} Coordinator"]
    g.optional += related
    ld = ['<script type="application/ld+json">', "{", '  "@context": "https://schema.org/",',
          '  "@type": "Occupation",', f'  "name": "{g.title}",']
    if g.aliases:
        ld.append('  "alternateName": [' + ", ".join(f'"{a}"' for a in g.aliases) + "],")
    ld += [f'  "occupationalCategory": "{rng.randint(100000, 999999)} {g.title}",',
           '  "estimatedSalary": [{', '    "@type": "MonetaryAmountDistribution",',
           '    "name": "base",', f'    "currency": "{currency}",', '    "duration": "P1Y",',
           f'    "percentile10": {p10},', f'    "median": {median},',
           f'    "percentile90": {p90}', "  }],",
           f'  "skills": "{", ".join(s.lower() for s in skills)}"', "}", "</script>"]
    g.skills["top"] = [s.lower() for s in skills] + chips
    tools = g.skills["tool"]
    duties = [f"<li>Plan and check the day&rsquo;s {area.lower()} work &amp; report on it</li>"]
    if tools:
        duties.append("<li>Keep records up to date using "
                      + " or ".join(f"<strong>{t}</strong>" for t in tools) + "</li>")
    moves = []
    if g.moves_in:
        moves.append("<p>Most start as " + " or ".join(f"{_a(m)} {m.lower()}" for m in
                                                       _texts(g.moves_in))
                     + (".<br>" if chain else ".</p>"))
    if chain:
        moves.append(("" if g.moves_in else "<p>") + " &rarr; ".join(chain) + "</p>")
    moves += _said("<p>Experienced people also move into {} roles.</p>",
                   [t.lower() for t in _texts(g.transitions_to)], "or")
    if not chain:
        moves += _said("<p>With experience you can become {}.</p>", _texts(g.leads_to), "or")
    else:
        g.leads_to = []
    employers = (["<p>Current employers on our jobs board include "
                  + ", ".join(f'<a href="/employers/{e.lower().replace(" ", "-")}">{e}</a>'
                              for e in g.employers) + ".</p>"] if g.employers else [])
    sectors = _said("<p>You could work in {}.</p>", [s.lower() for s in g.sectors], "and")
    return ["<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">',
            f"<title>{g.title} &#124; Careers in {area} &#124; {site}</title>",
            f'<meta name="description" content="What does {_a(g.title)} {g.title.lower()} do? '
            'Duties, skills, pay &amp; career pathways.">',
            '<link rel="stylesheet" href="/assets/css/site.min.css?v=4.2.1">', *ld, "</head>",
            f'<body class="page-career page-id-{rng.randint(1000, 9999)}">',
            '<div id="cookie-banner" hidden>We use cookies &mdash; <a href="/privacy">Learn '
            "more</a> <button>Accept</button></div>",
            '<header><nav><ul class="menu"><li><a href="/careers">Careers</a></li><li><a '
            'href="/courses">Courses</a></li><li><a href="/contact">Contact</a></li></ul></nav>'
            "</header>", "<main>",
            '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/careers">'
            f"Careers</a></li><li>{g.title}</li></ol>", f"<h1>{g.title}</h1>",
            *([f'<p class="lead">{_plural(g.title)} (also called '
               f"{_prose_list([a.lower() for a in g.aliases], 'or')}) look after the "
               f"{area.lower()} work of their organisation.</p>"] if g.aliases else []),
            "<!-- hero image removed -->", "<h2>What you&rsquo;ll do</h2>", "<ul>", *duties,
            "</ul>", "<h2>Skills &amp; knowledge</h2>",
            '<ul class="chips">' + "".join(f"<li>{c}</li>" for c in chips) + "</ul>",
            "<h2>Pay</h2>",
            f"<p>Full-time {_many(g.title)} earn around <b>{sign}{_fmt(median)}</b> a year "
            f"(median).{award}{''.join(head_band)}.</p>",
            "<p><em>Casual loading of 25% applies to casual rates. Tips are not included."
            "</em></p>", "<h2>Career pathway</h2>", *moves,
            "<h2>Where you could work</h2>", *sectors, *employers,
            '<div class="related"><h3>Related careers</h3><ul>'
            + "".join(f"<li><a href=\"#\">{r}</a></li>" for r in related) + "</ul></div>",
            '<section class="cta"><a class="btn" href="/courses">Find a course &raquo;</a>'
            "</section>", "</main>",
            f"<footer><p>&copy; 2026 {site} &middot; <a href=\"/privacy\">Privacy</a></p>"
            "</footer>", '<script src="/assets/js/app.min.js"></script>', "</body>", "</html>"]


def _scraped(rng: random.Random, g: Guide, area: str, site: str) -> list[str]:
    """A profile scraped with its markup half left in: escaped tags, double-escaped
    ampersands, a bullet-entity skills line, a stage table in pounds whose slash row names
    the role at Senior and its next rung, a contractor's own day rate and a data-layer
    script."""
    g.progression = []
    tools, soft = g.skills["tool"], [s.lower() for s in g.skills["soft"]]
    g.skills["soft"] = soft
    skills = g.skills["top"][:6]
    g.skills["top"] = skills
    used: set[int] = set()
    band = _yearly(rng, g.role.level, 0.8, 1000)
    used.update(band)
    trainee = (_fresh(int(band[0] * 0.75) // 1000 * 1000, used, 1000),)
    trainee += (_fresh(trainee[0] + 5000, used, 1000),)
    _salary(g, *band, "GBP")
    rows = [(g.title, band)]
    if g.role.head is not None:  # a trade's or profession's first stage
        _salary(g, *trainee, "GBP", level="Trainee")
        rows.insert(0, ("Graduate / trainee", trainee))
    slash = g.role.level == "mid" and bool(g.leads_to)
    if slash:
        top = (_fresh(band[1] + 2000, used, 1000),)
        top += (_fresh(top[0] + 15000, used, 1000),)
        up = g.leads_to[0][1]
        _salary(g, *top, "GBP", level="Senior")
        _salary(g, *top, "GBP", belongs_to=up)
        rows.append((f"Senior / {up}", top))
        g.leads_to = g.leads_to[:1]
    day = rng.randint(30, 40) * 10
    day = (day, day + rng.randint(15, 25) * 10)
    _salary(g, *day, "GBP", period="day")
    chip = g.sectors[0] if g.sectors else area
    if g.sectors:
        g.sectors = g.sectors[1:]
    g.optional.append(chip)
    table = ['<table class="pay">', "<tr><th>Stage</th><th>Typical salary</th></tr>",
             *[f"<tr><td>{name}</td><td>&pound;{_fmt(lo)} &ndash; &pound;{_fmt(hi)}</td></tr>"
               for name, (lo, hi) in rows], "</table>"]
    alts = (["&lt;p class=&quot;alt-titles&quot;&gt;Alternative titles: "
             + ", ".join(a.lower() for a in g.aliases) + "&lt;/p&gt;"] if g.aliases else [])
    bullets = "&nbsp;".join(f"&bull; {s}" for s in skills + soft)
    moves = _said("Many spend two years as {} first.", [
        f"{_a(m)} {m.lower()}" for m in _texts(g.moves_in)], "or")
    moves += _said("With experience you can become {}.",
                   [f"{_a(u)} {u.lower()}" for u in _texts(g.leads_to)], "or")
    moves += _said("Some move across to {} roles.",
                   [t.lower() for t in _texts(g.transitions_to)], "or")
    employers = _said("<p>Employers such as {}; and public bodies.</p>", g.employers, "and")
    sectors = _said("<p>Work is found in {}.</p>", [s.lower() for s in g.sectors], "and")
    return [f"{g.title} - job profile | {site}",
            f'<div class="profile-header" style="background:#0b3c5d;color:#fff"><span '
            f'class="tag">{chip}</span></div>', f"&lt;h1&gt;{g.title}&lt;/h1&gt;", *alts,
            f"<p>{_plural(g.title)} plan, run and check the {area.lower()} work of their "
            "organisation.<br /><br />", "You&#39;ll keep records &amp;amp; reports "
            "up to date and answer for the results.</p>", "<h2>Day to day</h2>", "<ul>",
            "  <li>checking results &amp;amp; writing reports&nbsp;</li>",
            *([f"  <li>working in {' or '.join(f'<strong>{t}</strong>' for t in tools)}</li>"]
              if tools else []), "</ul>", "<h2>Skills employers want</h2>",
            f"<p>{bullets}</p>", "<h2>Salary</h2>", *table,
            f"<p><small>Day rates for contractors of &pound;{day[0]}&ndash;&pound;{day[1]} a day "
            "are common. Figures exclude allowances.</small></p>", "<h2>Career development</h2>",
            *([f"<p>{' '.join(moves)}</p>"] if moves else []), "<h2>Employers</h2>",
            *employers, *sectors,
            '<div class="share"><a href="#">Share</a> | <a href="#">Print</a></div>',
            "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'profile':'"
            f"{g.title.lower().replace(' ', '-')}'}});</script>",
            '<p class="updated">Last reviewed: March 2026</p>']


# --------------------------------------------------------------------------------------
# A company's public compensation handbook for one job family
# --------------------------------------------------------------------------------------
_COMPANIES = ("Nimbusform", "Lattice & Pine", "Quillstack", "Openfield Labs", "Tidewater HQ")
_CITIES = (("Amsterdam", "Netherlands", "EUR", "€", 0.9, 0.61),
           ("Kraków", "Poland", "USD", "$", 1.0, 0.38), ("Denver", "USA", "USD", "$", 1.0, 0.82),
           ("Lisbon", "Portugal", "EUR", "€", 0.9, 0.52), ("Nairobi", "Kenya", "USD", "$", 1.0,
                                                           0.29))


def _payhandbook(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("framework", "open"))
    g.title_line = False
    _unlevel(g)
    _clear(g, "aliases", "sectors")
    company = rng.choice(_COMPANIES)
    g.employers = [company]
    g.must_not_appear += [f"The {company} Handbook", "Edit this page"]
    roles = [r for r, _ in g.progression]
    if g.role in roles:  # the job family: the role's own track, from its first rung up
        g.progression = [p for p in g.progression if p[0].head == g.role.head]
    if len(g.progression) < 2:
        g.progression = []
    g.leads_to = [p for p in g.leads_to if p[0].head != g.role.head][:1]
    g.transitions_to = g.transitions_to[:2]
    g.moves_in = [p for p in g.moves_in if p[0] not in roles][:2]
    chain = _texts(g.progression)
    tools = g.skills["tool"]
    lines = [f"- Handle {area.lower()} requests within agreed targets"
             + (f" using {_prose_list(tools, 'and')}" if tools else "")]
    lines += [f"- Apply {s} to the team's projects" for s in g.skills["top"][:3]]
    require = [f"- Solid {s}" for s in g.skills["often_missing"][:2]]
    require += _said("- Clear written {}", [s.lower() for s in g.skills["soft"][:2]], "and")
    g.skills = {"top": g.skills["top"][:3], "tool": tools,
                "often_missing": g.skills["often_missing"][:2],
                "soft": [s.lower() for s in g.skills["soft"][:2]]}
    moves = _said(f"{_plural(g.title)} also use internal mobility to move into {{}} roles.",
                  _texts(g.transitions_to), "and")
    moves += _said("Many joined us from {} jobs.", [m.lower() for m in _texts(g.moves_in)],
                   "and")
    path = " → ".join(chain) if chain else g.title
    path += "".join(_said(", or on to {}", _texts(g.leads_to), "or")) + "."
    out = [f"The {company} Handbook",
           "Search the handbook…   Company · People Group · Engineering · Job Families   "
           "Edit this page   View source", "",
           f"Job Families › {area} › {g.title}", "", g.title, "",
           f"{_plural(g.title)} at {company} look after our {area.lower()} work. We are an "
           "all-remote company and publish how we pay.", "",
           "Levels", "", *(chain or [g.title]), "", "Responsibilities", *lines, "",
           "Requirements", *require, "", "Career path", path, *moves, ""]
    if variant == "open":
        g.must_not_appear.append("Was this page helpful?")
        return out + _open(rng, g, area, company)
    g.must_not_appear.append("Last edited by")
    used: set[int] = set()
    bench = _yearly(rng, g.role.level, 1.0, 1000)[0]
    used.add(bench)
    cities = rng.sample(_CITIES, 2)
    _salary(g, bench, bench, point=True, level=g.role.level, region="San Francisco")
    at = chain.index(g.title) if g.title in chain else 0
    factors = " · ".join(f"{t.split()[0] if t != g.title else 'Intermediate'} "
                         f"{1 + 0.2 * (i - at):.2f}" for i, t in enumerate(chain or [g.title]))
    label = "Intermediate" if g.role.level == "mid" else g.role.level.title()
    table = ["| Level | Range |", "|---|---|"]
    for i, (role, text) in enumerate(g.progression or [(g.role, g.title)]):
        lo = _fresh(int(bench * (0.75 + 0.2 * i)) // 1000 * 1000, used, 1000)
        hi = _fresh(int(lo * 1.35) // 1000 * 1000, used, 1000)
        _rung(g, lo, hi, "USD", role, text)
        table.append(f"| {text} | ${_fmt(lo)} – ${_fmt(hi)} |")
    calc = []
    for city, country, currency, sign, rate, factor in cities:
        lo = _fresh(int(bench * factor * rate * 0.85) // 100 * 100, used, 100)
        hi = _fresh(int(bench * factor * rate * 1.15) // 100 * 100, used, 100)
        _salary(g, lo, hi, currency, level=g.role.level, region=city)
        calc += [f"Role: [{g.title} ▾]  Level: [{label} ▾]  Country: "
                 f"[{country} ▾]  Area: [{city} ▾]",
                 f"Your compensation range: {sign}{_fmt(lo)} – {sign}{_fmt(hi)} {currency} "
                 "per year"]
    oncall = _unused(g, rng.randint(15, 30) * 10, 10)
    return [*out, "Compensation", "", "We pay local rates using one formula for everyone:",
                  "  Compensation = SF Benchmark × Location Factor × Level Factor × Exchange "
                  "Rate", "",
                  f"SF Benchmark ({g.title}, {label}): ${_fmt(bench)}",
                  f"Level factors: {factors}",
                  "Location factors are published per metro area (San Francisco 1.00, "
                  + ", ".join(f"{c[0]} {c[5]:.2f}" for c in cities) + ").", "",
                  "US hiring bands (base salary, before stock options)", *table, "",
                  "Compensation Calculator", *calc,
                  f"Note: on-call is paid separately at ${oncall} per weekend shift; stock "
                  "options and the annual bonus are not included.", "",
                  f"Related: {area} Operations Specialist · Customer Success Manager",
                  f"Last edited by @{rng.choice(_PEOPLE).split()[0].lower()} · 3 days ago · "
                  "History"]


def _open(rng: random.Random, g: Guide, area: str, company: str) -> list[str]:
    """The open-salary variant: a dotted-leader benchmark, multipliers, a worked example's
    result, stipends and profit share (no pay) and every salary on the team by title, level
    and city (one in pounds), a lead's row its own."""
    used: set[int] = set()
    bench = _yearly(rng, g.role.level, 0.8, 1000)[0]
    used.add(bench)
    _salary(g, bench, bench, point=True)
    senior = round(bench * 1.2 * 0.885)
    used.add(senior)
    _salary(g, senior, senior, point=True, level="Senior", region="average-cost city")
    g.must_not_appear.append("Profit share")
    staff = rng.sample(_PEOPLE, 4)
    g.must_not_appear += staff[:4 if g.leads_to else 3]
    cities = rng.sample(("Accra, Ghana", "Porto, Portugal", "Pune, India", "Austin, USA",
                         "Leeds, UK"), 4)
    rows = []
    for person, city in zip(staff[:3], cities[:3], strict=True):
        gbp = city.endswith("UK")
        value = _fresh(int(bench * rng.uniform(0.65, 0.95)) // 10 * 10, used, 10)
        _salary(g, value, value, "GBP" if gbp else "USD", point=True, level="L2", region=city)
        rows.append(f"| {person} | {g.title} | L2 | {city} | {'£' if gbp else '$'}"
                    f"{_fmt(value)} |")
    if g.leads_to:
        value = _fresh(int(bench * 1.4) // 100 * 100, used, 100)
        _salary(g, value, value, point=True, belongs_to=g.leads_to[0][1], region=cities[3])
        sign = "£" if cities[3].endswith("UK") else "$"
        if sign == "£":
            g.salaries[-1]["currency"] = "GBP"
        rows.append(f"| {staff[3]} | {g.leads_to[0][1]} | L4 | {cities[3]} | {sign}"
                    f"{_fmt(value)} |")
    stipend = _unused(g, rng.randint(10, 20) * 100, 100)
    return ["Salary formula", "",
            "Salary = Benchmark × Role multiplier × Experience multiplier × Cost of living", "",
            f"Benchmark ({g.title}) ........ ${_fmt(bench)}",
            "Experience multipliers: Associate (L1) 0.85 · L2 1.00 · Senior (L3) 1.20",
            "Cost of living: low 0.75 · average 0.885 · high 1.0", "",
            f"Worked example: Senior (L3) in an average-cost city = ${_fmt(bench)} × 1.2 × "
            f"0.885 = ${_fmt(senior)}", "",
            f"Every teammate also gets a ${_fmt(stipend)} learning stipend. Profit share is paid "
            "once a year.", "", f"Team salaries ({company}, updated monthly)",
            "| Name | Role | Level | Location | Salary |", "|---|---|---|---|---|", *rows, "",
            f"Related: {area} Writing Guide · Hiring at {company}",
            "Was this page helpful?  Yes  No"]


# --------------------------------------------------------------------------------------
# A Korean job-information page or recruitment notice read through a machine translator
# --------------------------------------------------------------------------------------
_ROMAN = ("jikjang", "banjang", "timjang", "sojang")


def _koreanmt(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("jobinfo", "notice"))
    g.title_line = False
    _clear(g, "sectors")
    translator = rng.choice(("Google Translate", "Translated from Korean by Papago"))
    g.must_not_appear.append(translator)
    _path_up(g)
    g.moves_in = g.moves_in[:2]
    g.transitions_to = g.transitions_to[:2]
    if variant == "notice":
        return _notice(rng, g, area, translator)
    used: set[int] = set()
    average = _fresh(rng.randint(300, 650) * 100_000, used, 100_000)
    lower = _fresh(int(average * 0.78) // 1_000_000 * 1_000_000, used, 1_000_000)
    upper = _fresh(int(average * 1.3) // 1_000_000 * 1_000_000, used, 1_000_000)
    _salary(g, average, average, "KRW", point=True)
    skills, knowledge = g.skills["top"][:4], g.skills["often_missing"][:3]
    soft = [s.lower() for s in g.skills["soft"]]
    tools = g.skills["tool"]
    g.skills = {"top": skills, "often_missing": knowledge, "soft": soft, "tool": tools}
    subs = "in-house cooperative companies"
    g.optional += [subs] if g.employers else []
    roman = rng.sample(_ROMAN, len(g.progression[1:]))
    g.optional += roman
    path = []
    if g.progression:
        rest = [f"{w} ({t.lower()})" for w, t in zip(roman, _texts(g.progression)[1:],
                                                    strict=True)]
        path = [f"After gaining experience as {_a(g.title)} {g.title.lower()}, you can become "
                + ", then ".join(rest) + "."]
    path += _said("You can also become {}.", [u.lower() for u in _texts(g.leads_to)], "or")
    path += _said("Some transfer to {}.", [t.lower() for t in _texts(g.transitions_to)], "or")
    path += _said("Many start as {}.", [f"{_a(m)} {m.lower()}" for m in _texts(g.moves_in)],
                  "or")
    employers = _said("Main employers are {}, and their " + subs + ".", g.employers, "and")
    g.must_not_appear += ["Show original", "Related jobs"]
    qualification = f"{area} Industrial Engineer"
    g.optional.append(qualification)
    return [f"{translator}   Show original   Always translate Korean", "",
            "Job information portal | Login | Sign up | Sitemap | Font size + -",
            f"Home > Job information > Job search > {g.title}", "",
            f"Job name: {g.title}",
            *([f"Similar job names: {', '.join(a.lower() for a in g.aliases)}"]
              if g.aliases else []),
            f"Classification code: {rng.randint(1000, 9999)}", "", "What they do",
            f"They plan and carry out {area.lower()} work"
            + (f", using {_prose_list(tools)}" if tools else "") + ", and check the results.",
            "", "Salary", f"Average annual salary: {_won(average)} won",
            f"Lower (25%) {_won(lower)} won | Middle (50%) {_won(average)} won | Upper (25%) "
            f"{_won(upper)} won", f"Job satisfaction: {rng.randint(55, 80)}.{rng.randint(1, 9)}%",
            "Employment outlook: ●●●○○ (maintain)", "",
            "Abilities needed (importance)",
            *[f"{s} ({rng.randint(70, 95)})" for s in skills], "",
            *(["Knowledge needed (importance)",
               *[f"{k} ({rng.randint(60, 90)})" for k in knowledge], ""] if knowledge else []),
            *(["Personality", ", ".join(soft), ""] if soft else []),
            f"Related qualifications: {qualification}", "", "Career path", *path, "",
            *(["Where they work", *employers, ""] if employers else []),
            f"Related jobs: {area} Clerk, {area} Inspector",
            "Data: Korea Employment Information Service | Registration 2025.10.02 | Views "
            f"{rng.randint(100, 9000)}"]


def _notice(rng: random.Random, g: Guide, area: str, translator: str) -> list[str]:
    """A recruitment notice: numbered sections with ○ bullets, the field with the title in
    parentheses (an alias), tasks naming systems, earlier jobs preferred (moves in), a
    pay-scale step, a yearly band in 만원 notation, an allowance, a freelance hourly rate and
    an arrow path."""
    org = f"Haneul {area} Center"
    g.employers = [org]
    g.must_not_appear += [f"{org} {g.title} (fixed-term) Recruitment Notice", "Scrap",
                          "View original"]
    alias = g.aliases[:1]
    g.aliases = alias
    tools = g.skills["tool"]
    g.skills = {"top": g.skills["top"][:3], "tool": tools}
    used: set[int] = set()
    monthly = _fresh(rng.randint(2400, 3200) * 1000, used, 1000)
    low = rng.randint(28, 38) * 1_000_000
    high = _fresh(low + rng.randint(4, 9) * 1_000_000, used, 1_000_000)
    hourly = rng.randint(25, 50) * 1000
    allowance = _fresh(rng.randint(5, 15) * 10_000, used | {hourly}, 10_000)
    step = f"Level {rng.randint(3, 6)}, No. {rng.randint(1, 4)}"
    _salary(g, monthly, monthly, "KRW", period="month", point=True, level=step)
    _salary(g, low, high, "KRW")
    _salary(g, hourly, hourly, "KRW", period="hour", point=True)
    prefer = _said("those with experience as {}", [f"{_a(m)} {m.lower()}" for m in
                                                   _texts(g.moves_in)], "or")
    path = " → ".join(t.lower() for t in _texts(g.progression)) if g.progression else ""
    ups = _said("Experienced staff can become {}.", [u.lower() for u in _texts(g.leads_to)])
    sideways = _said("Some move to {}.", [t.lower() for t in _texts(g.transitions_to)], "or")
    return [f"{translator}   View original   ✕", "",
            f"Welfare Job Network | Recruitment information > {area} > Seoul",
            f"[Recruitment] {org} {g.title} (fixed-term) Recruitment Notice",
            f"Registration date 2026.11.{rng.randint(10, 28)} | Views {rng.randint(100, 900)} | "
            "Deadline 2026.12.12 (Sat) 18:00", "",
            "1. Recruitment field and number of people",
            f"  ○ Recruitment field: {g.title}"
            + (f" ({alias[0].lower()})" if alias else "") + f" {rng.randint(1, 3)} people",
            "  ○ Employment type: Fixed-term contract worker (1 year)",
            "  ○ Working hours: Mon–Fri 09:00–18:00", "", "2. Main tasks",
            f"  - Day-to-day {area.lower()} work for the center's users",
            *([f"  - Management of records in {_prose_list(tools, 'and')}"] if tools else []),
            "", "3. Qualifications",
            *([f"  ○ Preferential treatment: {'; '.join(prefer)}"] if prefer else []),
            f"  ○ Required: {', '.join(g.skills['top'])}", "",
            "4. Working conditions and salary",
            f"  ○ Salary: According to the 2026 salary guidelines ({step} salary base monthly "
            f"{_fmt(monthly)} won)",
            f"  ○ Annual salary {_won(low, high)} won (depending on career, step application)",
            f"  ○ {area} allowance {_fmt(allowance)} won per month, holiday bonus, four major "
            "insurances",
            f"  ○ Freelance (registered) staff dispatched by the center: {_fmt(hourly)} won per "
            "hour (2 hours minimum)", "", "5. Career development",
            *([f"  {path}"] if path else []), *[f"  {s}" for s in ups + sideways], "",
            "6. Screening procedure and documents to be submitted",
            "  Document screening → interview → final pass",
            "  Resume (institution form), self-introduction, copy of qualification certificate",
            "", "▲ List   Print   Scrap   Share",
            f"Related notices: [Recruitment] {area} Clerk (contract)"]


# --------------------------------------------------------------------------------------
# A medical specialty-training pathway or a residency salary page
# --------------------------------------------------------------------------------------
def _specialtytraining(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("pathway", "residency"))
    g.title_line = False
    area = _occupation(rng, g, _CLINICAL21)
    _unlevel(g)
    g.progression = []
    _clear(g, "aliases", "sectors")
    tools = _kit(rng, g, _CLINICAL_KIT, rng.randint(1, 3))
    techniques = g.skills["top"][:4]
    soft = [s.lower() for s in g.skills["soft"]]
    g.skills = {"top": techniques, "tool": tools, "soft": soft}
    g.employers = g.employers[:3]
    g.leads_to, g.transitions_to = g.leads_to[:1], g.transitions_to[:2]
    g.moves_in = []
    exam = f"Membership Examination in {area}"
    g.optional.append(exam)
    if variant == "residency":
        return _residency(rng, g, area, techniques, tools)
    deanery = rng.choice(("North Vale", "Severnside", "Kingsmere"))
    g.must_not_appear += [f"{deanery} School of {area}", "Person specification",
                          "Training Programme Director"]
    foundation = "Foundation Doctor"
    g.optional.append(foundation)
    used: set[int] = set()
    f1 = _fresh(rng.randint(320, 380) * 100, used, 100)
    f2 = _fresh(f1 + rng.randint(30, 60) * 100, used, 100)
    _salary(g, f1, f1, "GBP", point=True, belongs_to=foundation)
    _salary(g, f2, f2, "GBP", point=True, belongs_to=foundation)
    stages = [("CT1–CT2", "Core training"), ("ST3–ST4", "Higher training"),
              ("ST5–ST7", "Advanced training")]
    rows = [f"FY1 ({foundation.lower()}) ....... £{_fmt(f1)}",
            f"FY2 ({foundation.lower()}) ....... £{_fmt(f2)}"]
    pay = f2
    for code, _ in stages:
        pay = _fresh(pay + rng.randint(60, 110) * 100, used, 100)
        _salary(g, pay, pay, "GBP", point=True, level=code)
        rows.append(f"{code} ({g.title.lower()} in training) ....... £{_fmt(pay)}")
    consultant = (_fresh(pay + rng.randint(300, 400) * 100, used, 100),)
    consultant += (_fresh(consultant[0] + rng.randint(250, 300) * 100, used, 100),)
    _salary(g, *consultant, "GBP")
    grade = f"Specialty Doctor in {area}"
    sd = (_fresh(consultant[0] - rng.randint(250, 300) * 100, used, 100),)
    sd += (_fresh(sd[0] + rng.randint(200, 250) * 100, used, 100),)
    _salary(g, *sd, "GBP", belongs_to=grade)
    g.optional.append(grade)
    rows += [f"Consultant {g.title.lower()} ....... £{_fmt(consultant[0])} – "
             f"£{_fmt(consultant[1])}",
             f"{grade} (non-training grade) ....... £{_fmt(sd[0])} – £{_fmt(sd[1])}"]
    weighting = _unused(g, rng.randint(20, 30) * 100 + 62, 10)
    desc = [f"{code}  {name}: {_prose_list(techniques[i:i + 2]) or 'supervised practice'}"
            for i, (code, name) in zip((0, 2, 4), stages, strict=True)]
    return [f"{deanery} School of {area}",
            "Home › Training › Specialty Training › Pathway      Apply | Contact | Give", "",
            f"{g.title} training pathway", "",
            "FY1 ▸ FY2 ▸ CT1–CT2 ▸ ST3–ST4 ▸ ST5–ST7 ▸ CCT ▸ Consultant", "",
            f"Doctors enter after the two foundation years and train to become a consultant "
            f"{g.title.lower()} in about seven years.", "", "Stages", *desc,
            f"Progression to ST3 needs the {exam}."
            + (f" Trainees use {_prose_list(tools)} throughout." if tools else ""), "",
            "Pay by stage (basic salary, nodal points)", *rows,
            "Out-of-hours work adds a supplement of up to 37%; London weighting adds "
            f"£{_fmt(weighting)}.", "",
            *_said("Training hospitals: {}.", g.employers, "and"),
            *_said("After CCT some consultants become {}.", _texts(g.leads_to), "or"),
            *_said("Dual training into {} is possible.", [t.lower() for t in
                                                           _texts(g.transitions_to)], "or"),
            *_said("We look for doctors with {}.", soft, "and"),
            "Person specification · Next steps · Recruitment timeline",
            f"Training Programme Director: Dr {rng.choice(_PEOPLE)}",
            f"© 2026 {deanery} Postgraduate Deanery"]


def _residency(rng: random.Random, g: Guide, area: str, techniques: list[str],
               tools: list[str]) -> list[str]:
    """A US residency's salary page: training by PGY year, a dotted-leader salary table (the
    role at each PGY level), stipends and allowances no pay, fellowships, employers of
    graduates, a regional median (the role's) and a faculty track's band (its own)."""
    hospital = f"St. {rng.choice(('Brendan', 'Aldric', 'Maren'))} Medical Center"
    # (the programme's own hospital employs its residents: the hand-written residency page's
    # truth lists it, so it is optional here, never forbidden)
    g.optional.append(hospital)
    g.must_not_appear += ["Program Director", "Apply (ERAS)"]
    years = rng.choice((3, 4))
    used: set[int] = set()
    pay = _fresh(rng.randint(640, 700) * 100 + 50, used, 50)
    rows = []
    for year in range(1, years + 1):
        _salary(g, pay, pay, point=True, level=f"PGY-{year}")
        rows.append(f"  PGY-{year} ........ ${_fmt(pay)}")
        pay = _fresh(pay + rng.randint(20, 30) * 100 + 50, used, 50)
    median = _fresh(rng.randint(300, 400) * 1000, used, 1000)
    _salary(g, median, median, point=True, region="regional")
    faculty = f"{area} Faculty"
    band = (_fresh(median - rng.randint(30, 50) * 1000, used, 1000),)
    band += (_fresh(band[0] + 25_000, used, 1000),)
    _salary(g, *band, belongs_to=faculty)
    g.optional.append(faculty)
    housing = _unused(g, rng.randint(15, 30) * 100, 100)
    each = -(-len(techniques) // years)  # the techniques spread over the years
    training = [f"PGY-{y}  " + (f"{_prose_list(part)} on every shift" if part
                                else "chief year option; quality improvement")
                for y in range(1, years + 1)
                for part in [techniques[(y - 1) * each:y * each]]]
    exam = next(o for o in g.optional if o.startswith("Membership Examination"))
    return [f"{hospital} | Graduate Medical Education",
            f"Residency Programs  >  {area}  >  Salary & Benefits      Apply (ERAS) | Visit Us",
            "", f"{area} Residency — Salary, Benefits & Career Outcomes", "",
            f"Our {years}-year accredited program trains {_many(g.title)}. Applicants are "
            "fourth-year medical students matching through the NRMP.", "",
            "Training by year", *training,
            *([f"Throughout: {_prose_list(tools)} for every patient."] if tools else []),
            f"Residents sit the {exam} in their final year.", "",
            "2026–2027 resident salary (house staff agreement)", *rows,
            f"Chief residents receive an additional administrative stipend. Every resident gets "
            f"a ${_fmt(housing)} housing allowance and a meal card.", "", "After residency",
            f"Most graduates take {g.title.lower()} jobs in community practice"
            + "".join(_said(" or join {}", [t.lower() for t in _texts(g.transitions_to)],
                            "or")) + ".",
            *_said("Recent graduates were hired by {}.", g.employers, "and"),
            f"Board-certified {_many(g.title)} in our region earn a median of ${_fmt(median)}; "
            f"{faculty.lower()} start at ${_fmt(band[0])}–${_fmt(band[1])}.",
            *_said("Experienced attendings may go on to {}.", _texts(g.leads_to), "or"),
            *_said("Residents are known for {}.", g.skills["soft"], "and"), "",
            "\"I felt ready for anything by the end of PGY-2.\" — Resident, Class of 2027",
            f"Program Director: Dr. {rng.choice(_PEOPLE)} · (555) 014-2200",
            f"© 2026 {hospital}"]


# --------------------------------------------------------------------------------------
# A gig platform's "earn with us" page
# --------------------------------------------------------------------------------------
_PLATFORMS = ("Zipzo", "Courio", "Sparkla", "Handyhop", "Dashly")


def _gigearn(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("delivery", "cleaning"))
    g.title_line = False
    area = _occupation(rng, g, _GIG21[variant])
    _clear(g, "aliases", "transitions_to")
    platform = rng.choice(_PLATFORMS)
    g.employers = [platform]
    kit = _kit(rng, g, _GIG_KIT[variant], rng.randint(2, 3))
    soft = [s.lower() for s in g.skills["soft"]]
    g.skills = {"top": g.skills["top"][:2], "tool": kit, "soft": soft}
    g.must_not_appear += [f"Become a {platform} {g.title}", "Log in", "How it works", "FAQ"]
    g.optional += ["background check", "right to work"]
    _path_up(g)
    g.moves_in = g.moves_in[:1]
    partners = rng.sample(_OTHER_FIRMS, 2)
    g.optional += partners
    sectors = [s.lower() for s in g.sectors[:3]]
    g.sectors = sectors
    needs = [f"• Confident with {_prose_list(g.skills['top'], 'and')}",
             f"• Your own {_prose_list(kit, 'and')}",
             "• Right to work and a background check (we arrange it)"]
    needs += _said("• {}", [_prose_list(soft, "and").capitalize()] if soft else [])
    if soft:
        g.skills["soft"] = [soft[0].capitalize(), *soft[1:]]
    top = [f"Get paid to do {area.lower()} jobs on your own schedule with {platform}.",
           "", f"{platform}  |  Earn   Deliver   For business   Log in   Sign up", "",
           f"Become a {platform} {g.title}", "★★★★★ 4.7 on the App Store · Get it on "
           "Google Play", "[ Sign up in 5 minutes ]", ""]
    story = []
    chain = _texts(g.progression)
    person = rng.choice(_PEOPLE).split()[0]
    if len(chain) >= 2:
        g.must_not_appear.append(f"— {person}")
        story.append(f"\"I started as {_a(chain[0])} {chain[0].lower()}, became "
                     f"{_a(chain[1])} {chain[1].lower()}"
                     + (f" last year, and next I want to be {_a(chain[2])} {chain[2].lower()}"
                        if len(chain) > 2 else "") + f".\" — {person}")
    story += _said("Workers with 100+ five-star jobs can join the Pro tier and train as {}.",
                   [f"{_a(u)} {u}" for u in _texts(g.leads_to)])
    story += _said("Many of our workers also worked as {} before joining.",
                   [m.lower() for m in _texts(g.moves_in)], "or")
    customers = _said("Who books? {}.", [_prose_list(sectors).capitalize()] if sectors else [])
    customers.append(f"We also work for business customers such as {' and '.join(partners)}"
                     + ("" if partners[-1].endswith(".") else "."))
    if sectors:
        g.sectors = [sectors[0].capitalize(), *sectors[1:]]
    tail = ["How it works: 1. Apply online  2. Short video call  3. Background check  "
            "4. Get booked", "FAQ: How do I get paid? · Can I choose my area? · What about "
            "taxes?", f"{platform} Technologies Ltd · Terms · Privacy"]
    if variant == "cleaning":
        return top + _cleaning(rng, g, platform) + ["What we look for", *needs, "",
                                                    "Grow with us", *story, "",
                                                    *customers, "", *tail]
    used: set[int] = set()
    cities = (("Chicago", "USD", "$"), ("New York City", "USD", "$"), ("Toronto", "CAD", "C$"))
    guarantees = []
    for city, currency, sign in cities:
        value = _fresh(rng.randint(1700, 2300), used, 5) / 100
        _salary(g, value, value, currency, period="hour", point=True, region=city)
        guarantees.append(f"  {city} .......... {sign}{value:.2f} per active hour")
    average = _fresh(rng.randint(1900, 2500), used, 5) / 100
    _salary(g, average, average, period="hour", point=True, region="Chicago")
    top20 = _unused(g, rng.randint(28, 34), 1)
    base_fee = rng.choice(("2.50", "2.25", "3.00"))
    return [
        *top, "How pay works", f"Each job pays a base of ${base_fee} plus $0.30 per mile and $0.12 "
        "per minute of waiting.", "Peak pay adds $1–$3 per job at busy times, and weekly "
        "challenges pay $40 for 60 jobs.", "You keep 100% of tips.", "",
        "Guaranteed minimum earnings", *guarantees,
        f"In Chicago, couriers averaged ${average:.2f} per active hour last quarter; the top "
        f"20% earned more than ${top20} an hour.", "", "What you need", *needs, "",
        "Your path", *story, "", *customers, "", *tail]


def _cleaning(rng: random.Random, g: Guide, platform: str) -> list[str]:
    """The cleaning variant's pay: self-set hourly bands per city, a service fee, a new
    worker's guaranteed hourly rate, a dotted list of booking prices (prices per job, no
    pay), a full-time average a week and an "up to" ceiling."""
    used: set[int] = set()
    cities = rng.sample(("Dublin", "Cork", "Galway", "Limerick"), 2)
    bands = []
    for city in cities:
        lo = _fresh(rng.randint(15, 18), used, 1)
        hi = _fresh(lo + rng.randint(3, 6), used, 1)
        _salary(g, lo, hi, "EUR", period="hour", region=city)
        bands.append(f"in {city} most charge €{lo} to €{hi} per hour")
    new = _fresh(rng.randint(12, 14), used, 1)
    _salary(g, new, new, "EUR", period="hour", point=True)
    week = _fresh(rng.randint(55, 70) * 10, used, 10)
    _salary(g, week, week, "EUR", period="week", point=True)
    ceiling = _fresh(week + rng.randint(30, 40) * 10, used, 10)
    prices = [_fresh(rng.randint(5, 9) * 10 + 5, used, 5) for _ in range(2)]
    return ["Set your own rates",
            f"You're self-employed on {platform} and choose your own hourly rate: "
            + "; ".join(bands) + ".",
            f"{platform} keeps a 20% service fee from each booking.",
            f"New workers get a guaranteed €{new} per hour for their first 10 bookings.", "",
            "Example bookings (what the customer pays)",
            f"  Regular weekly clean, 3 hours ........ €{prices[0]}",
            f"  Oven deep clean ....................... €{prices[1]} per oven", "",
            "What you earn",
            f"Full-time workers (30+ hours a week) earn on average €{week} a week after the fee.",
            f"Top-rated workers can earn up to €{_fmt(ceiling)} a week.", ""]


FAMILY21_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "ocrscan": _ocrscan, "rawhtml": _rawhtml, "payhandbook": _payhandbook,
    "koreanmt": _koreanmt, "specialtytraining": _specialtytraining, "gigearn": _gigearn,
}
