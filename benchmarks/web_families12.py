"""Generator renderers for the six page families of held-back set 12 (transcripts, decks ...).

Held-back set 12 showed six kinds of page users bring that the extractor read badly: a podcast
or video transcript about the job (timed cues, speaker labels, filler words), a careers-talk
slide deck (slide numbers, bullet fragments, speaker notes, a running footer), a job board's
search results (many job cards, filters and chrome), a vocational course or apprenticeship
profile (modules, learner wages by year or age, where graduates work), a certification
pathway (levels, prerequisites, exams, what each level earns) and a recruiter's e-mail or
agency newsletter (greeting, pitch, package, roles being hired for, signature).  These
renderers write such pages from a planned guide, two to four structure variants a family, so
the scale benchmark and the web corpus cover the families, not only the twelve pages of one
set.  As in the other style modules every skill, move, employer, sector and salary the guide
keeps is printed, and what a style does not state is cleared: the truth stays exact.

>>> _fmt(1300, "'"), _fmt(41.25), _spoken(19)
("1'300", '41.25', 'nineteen')
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from benchmarks.web_common import (
    DUTIES,
    SITES,
    _a,
    _band,
    _owner,
    _said,
    _salary,
    _skills,
    _texts,
    covering,
    pick_variant,
    steer_variant,
)

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide, Role

__all__ = ["FAMILY12_ALIAS_LAYOUTS", "FAMILY12_LADDER_LAYOUTS", "FAMILY12_LAYOUTS",
           "FAMILY12_RENDERERS", "spoken_number"]

FAMILY12_LAYOUTS = ("transcript", "slidedeck", "jobsearch", "vetcourse", "certpath",
                    "recruitermail")
FAMILY12_LADDER_LAYOUTS = ("slidedeck", "certpath")  # print the role's ladder as a path
FAMILY12_ALIAS_LAYOUTS = ("slidedeck", "jobsearch", "vetcourse")  # state other titles

_NBSP = "\u00a0"  # keeps a name in one cue while a sentence is cut into timed pieces
_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# currency, symbol printed, units per USD
_MONEY = (("USD", "$", 1.0), ("GBP", "£", 0.8), ("EUR", "€", 0.92), ("CAD", "C$", 1.35),
          ("AUD", "A$", 1.5), ("NZD", "NZ$", 1.65), ("SGD", "S$", 1.35))
_PEOPLE = ("Ines Calloway", "Bram Okafor", "Yusra Delgado", "Pavel Lindgren", "Tamsin Achebe",
           "Noor Valdes", "Corin Mwangi", "Esme Hollis", "Gil Ferreira", "Ruth Osei",
           "Milo Brandt", "Hamid Farouk", "Lotte Visser", "Saoirse Quinn", "Dev Kapoor")
_TOWNS = ("Norbridge", "Ashcombe", "Kelvale", "Marlow Bay", "Eastfield", "Port Carran",
          "Wickham Cross", "Linford")


def spoken_number(n: int) -> str:
    """Words for a whole number below one hundred, as a caption writes speech.

    >>> spoken_number(42)
    'forty-two'
    """
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")


_spoken = spoken_number


def _fmt(amount: float, sep: str = ",") -> str:
    """An amount with thousands separators (cents kept when the amount has them)."""
    text = f"{int(amount):,}" if float(amount).is_integer() else f"{amount:,.2f}"
    return text.replace(",", sep)


def _yearly(rng: random.Random, level: str, rate: float, unit: int = 500) -> tuple[int, int]:
    """A yearly band for ``level`` in a currency worth ``rate`` units per USD."""
    low, high = _band(rng, level)
    return (round(low * 1000 * rate / unit) * unit, round(high * 1000 * rate / unit) * unit)


def _hourly(yearly: int) -> float:
    """A yearly figure as an hourly rate to the quarter."""
    return round(yearly / 2080 * 4) / 4


def _names(g: Guide) -> list[str]:
    """Every name the page prints (kept whole wherever a renderer cuts text)."""
    return [*_skills(g), *g.employers, *g.sectors, *_texts(g.leads_to),
            *_texts(g.transitions_to), *_texts(g.moves_in), g.title, *g.aliases,
            *g.must_not_appear, *g.optional]


def _pieces(rng: random.Random, text: str, names: Sequence[str], low: int = 5,
            high: int = 9) -> list[str]:
    """``text`` cut into runs of a few words, as captions cut speech, never inside a name."""
    for name in sorted(names, key=len, reverse=True):
        if " " in name:
            text = text.replace(name, name.replace(" ", _NBSP))
    words = text.split(" ")  # not split(): that would cut at the no-break spaces too
    out: list[str] = []
    while words:
        n = rng.randint(low, high)
        out.append(" ".join(words[:n]).replace(_NBSP, " "))
        words = words[n:]
    return out


def _run_on_name(g: Guide) -> str | None:
    """A move's title of more than one word, for a flat transcript to run on to the next
    line wherever it is said (the cover mode's pages carry the run-on by construction)."""
    return next((t for t in (*_texts(g.leads_to), *_texts(g.moves_in))
                 if " " in t and t not in g.title), None)


# --------------------------------------------------------------------------------------
# Podcast or video transcript
# --------------------------------------------------------------------------------------
_SHOWS = ("Shop Floor Stories", "The Day Job", "Work Worth Doing", "Clocking In")
_FILLER = ("um,", "you know,", "like,", "sort of", "honestly,", "I mean,")
_DAY = ("Honestly it's ~mostly {}.", "You'll also be doing {} pretty much every week.",
        "And ~people forget {}, that matters more than you'd think (laughs).",
        "Then there's {}, ~which you pick up on the job.")
_PRICES = ("a call-out", "a site visit", "a half-day audit", "a standard service")


def _um(rng: random.Random) -> str:
    return rng.choice(_FILLER) + " " if rng.random() < 0.5 else ""


def _speech(rng: random.Random, g: Guide, area: str, host: str, guest: str,
            show: str) -> list[tuple[str, str]]:
    """(speaker, sentence) pairs of an interview about the job; salaries go to the truth."""
    code, symbol, rate = rng.choice(_MONEY[:3])
    employers = list(g.employers)
    where = f" at {employers.pop(0)}" if employers else ""
    first = guest.split()[0]
    lines = [("host", f"Welcome back to {show}, I'm {host}, and today I'm talking to {guest}."),
             ("guest", f"Thanks for having me. So I'm {_a(g.title)} {g.title}{where}."),
             ("host", f"So, {first}, how did you actually get into {area.lower()}?")]
    if g.moves_in:
        start = _texts(g.moves_in)[0]
        lines.append(("guest", f"So I {_um(rng)}started out as {_a(start)} {start}, did that "
                               f"for {rng.randint(2, 7)} years, and then I got hired as "
                               f"{_a(g.title)} {g.title}."))
        previous = _yearly(rng, g.moves_in[0][0].level, rate)[0]
        lines.append(("guest", f"When I was {_a(start)} {start} I was on about "
                               f"{symbol}{_fmt(previous)} a year."))
        owner, level = _owner(g, g.moves_in[0][0], start)
        _salary(g, previous, previous, code, point=True, belongs_to=owner, level=level)
        lines += [("guest", s) for s in _said("A lot of people on my team came in from {} "
                                              "jobs too.", _texts(g.moves_in)[1:])]
    else:
        lines.append(("guest", f"I {_um(rng)}did a course straight out of school and got taken "
                               "on as a trainee."))
    lines.append(("host", "What does a normal day look like?"))
    skills = _skills(g)
    for n, at in enumerate(range(0, len(skills), 3)):
        template = _DAY[n % len(_DAY)].replace("~", _um(rng))
        lines += [("guest", s) for s in _said(template, skills[at:at + 3], "and")]
    lines.append(("host", "Okay, let's talk money, everyone wants to know."))
    low, high = _yearly(rng, g.role.level, rate)
    if rng.random() < 0.4:  # an hourly band, the smaller figure spoken
        lo_h, hi_h = int(_hourly(low)), int(_hourly(high))
        lines.append(("guest", f"Most places pay {_spoken(lo_h) if lo_h < 100 else lo_h}, "
                               f"{symbol}{hi_h} an hour for {_a(g.title)} {g.title}."))
        _salary(g, lo_h, hi_h, code, period="hour")
    else:
        lines.append(("guest", f"So {_um(rng)}{_a(g.title)} {g.title} is on roughly "
                               f"{symbol}{_fmt(low)} to {symbol}{_fmt(high)} a year."))
        _salary(g, low, high, code)
    price = rng.randint(6, 19) * 10
    lines.append(("guest", f"We charge {symbol}{price} for {rng.choice(_PRICES)}, but that's "
                           "a price, not a wage."))
    lines.append(("host", "And where does it lead?"))
    lines += [("guest", s) for s in _said(f"The usual step up is {_um(rng)}to {{}}.",
                                          _texts(g.leads_to))]
    lines += [("guest", s) for s in _said("Some people move sideways into {} work.",
                                          _texts(g.transitions_to))]
    lines += [("guest", s) for s in _said("{} are always hiring.", employers, "and")]
    lines += [("guest", s) for s in _said("There's work in {}.", g.sectors, "and")]
    lines.append(("host", "Brilliant, thanks so much for coming on."))
    return lines


def _transcript(rng: random.Random, g: Guide, area: str) -> list[str]:
    host, guest = rng.sample(_PEOPLE, 2)
    show = rng.choice(_SHOWS)
    code = f"{show.split()[-1].upper()}{rng.randint(10, 30)}"
    g.title_line = False  # the role is named in the episode title and the talk
    g.must_not_appear += [host, guest, show, code]
    speech = _speech(rng, g, area, host, guest, show)
    sponsor = (f"Quick one before we start, this episode is brought to you by "
               f"{rng.choice(SITES)} Boots, use code {code} for ten percent off.")
    episode = f"So You Want to Be {_a(g.title)} {g.title}?"
    variant = pick_variant(rng, ("vtt", "glued", "speakers", "flat"))
    names = _names(g)
    if variant == "vtt":
        out = [f"WEBVTT - {show}, Ep. {rng.randint(12, 140)}: {episode}", ""]
        clock, cue = rng.uniform(0.1, 0.9), 0
        tags = {"host": "Speaker 1", "guest": "Speaker 2"} if rng.random() < 0.5 else \
            {"host": host.split()[0], "guest": guest.split()[0]}
        for speaker, sentence in [("host", sponsor), *speech]:
            for piece in _pieces(rng, sentence, names):
                cue += 1
                end = clock + 0.4 * len(piece.split()) + 0.3
                out += [str(cue), f"{_clock(clock)} --> {_clock(end)}",
                        f"<v {tags[speaker]}>{piece}", ""]
                clock = end + 0.08
        return out
    if variant == "glued":  # a video page: the guest alone, timestamps glued to the words
        out = ["Skip to playerSkip to main contentSkip to footer",
               f"  • {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2024, 2026)}",
               f"{episode} | Straight Answers | {show}", show, "Follow",
               f"{guest} answers the questions {host} gets asked most about the job.",
               "Chapters 00:00 Intro | 01:05 How I started | 03:40 Money | 06:10 Where it leads",
               "Transcript"]
        clock = 0.0
        spoken = [f"Hi, I'm {guest.split()[0]}, and this one's for you.", sponsor,
                  *[s for who, s in speech if who == "guest"]]
        for sentence in spoken:
            for piece in _pieces(rng, sentence, names):
                minutes, seconds = divmod(int(clock), 60)
                out.append(f"{minutes:02d}:{seconds:02d}{piece}")
                clock += 0.45 * len(piece.split()) + 1
        return [*out, "Up next", f"{rng.randint(4, 15)}:{rng.randint(10, 59)}",
                f"A Day in the Workshop | {show}", show, "Be the first to comment",
                "Add your comment"]
    if variant == "flat":  # captions saved as text: timings dropped, ">>" at a new speaker
        out = [f"{episode} (captions)", show, ""]
        before = ""
        run_on = _run_on_name(g) if covering() else None
        for speaker, sentence in [("host", sponsor), *speech]:
            pieces = _pieces(rng, sentence, [])  # a name may run on to the next line
            if run_on:  # in cover mode one name runs on wherever it is said, by construction
                pieces = "\n".join(pieces).replace(run_on, run_on.replace(" ", "\n", 1)).split(
                    "\n")
            if speaker != before:
                pieces[0] = f">> {pieces[0]}"
            out += pieces
            before = speaker
        return [*out, "", "[END OF TRANSCRIPT]"]
    # a podcast page: show notes, a chapter list, speaker labels and bracketed times
    out = [f"{show} | Episode {rng.randint(12, 140)}", episode, "",
           f"This week {host} sits down with {guest} to talk training, pay and what comes next.",
           "", "IN THIS EPISODE", "(00:01) – Intro", "(02:30) – Getting started",
           "(09:15) – The money", "(15:40) – Where it leads", "", "TRANSCRIPT", ""]
    clock = 0.0
    label = {"host": host, "guest": guest}
    for speaker, sentence in [("host", sponsor), *speech]:
        minutes, seconds = divmod(int(clock), 60)
        stamp = f"[00:{minutes:02d}:{seconds:02d}] " if rng.random() < 0.5 else ""
        out += [f"{stamp}{label[speaker]}:", sentence, ""]
        clock += 0.45 * len(sentence.split()) + 2
    return [*out, "Subscribe wherever you get your podcasts.", "Share | Download | Embed"]


def _unbulleted(line: str) -> str:
    """A slide line without its bullet marker ("– ", "• ", "- " or a second-level "o ")."""
    return line[2:] if line[:2] in ("– ", "• ", "- ", "o ") else line


def _clock(seconds: float) -> str:
    minutes, rest = divmod(seconds, 60)
    hours, minutes = divmod(int(minutes), 60)
    return f"{hours:02d}:{minutes:02d}:{rest:06.3f}"


# --------------------------------------------------------------------------------------
# Careers-talk slide deck
# --------------------------------------------------------------------------------------
_ORGS = ("Lakeside Careers Hub", "Northfield Skills Network", "Harbour City Guild",
         "Westmere Trade Council")
_REGIONS = (("NZD", "New Zealand"), ("CAD", "Canada"), ("AUD", "Australia"),
            ("USD", "United States"))

Slide = tuple[str, list[str], list[str]]  # title, bullet lines, speaker notes


def _slides(rng: random.Random, g: Guide, area: str, org: str, presenter: str) -> list[Slide]:
    bullet = rng.choice(("–", "•", "-"))
    employers = list(g.employers)
    holder = bool(employers) and rng.random() < 0.5  # the presenter holds the role
    who = (f"{presenter}, {g.title}, {employers.pop(0)}" if holder
           else f"{presenter}, Careers Adviser, {org}")
    if not holder:
        g.optional.append("Careers Adviser")
    slides: list[Slide] = [(f"Careers in {area}", [f"Becoming {_a(g.title)} {g.title}", who,
                                                   f"{org} · Careers Evening"],
                            ["Thank everyone for coming. Point out the fire exits."])]
    what = [f"{bullet} {d}" for d in rng.sample(DUTIES, 3)]
    what += [f"{rng.choice(('Also called', 'Also known as'))}: {', '.join(g.aliases)}"
             ] if g.aliases else []
    slides.append((f"What does {_a(g.title)} {g.title} do?", what, []))
    top, tools = g.skills["top"] + g.skills["often_missing"], g.skills["tool"]
    skill_lines = [f"{bullet} {s}" for s in top[:1]]
    skill_lines += [f"o {t}" for t in tools]  # second-level items of the bullet above
    skill_lines += [f"{bullet} {s}" for s in top[1:]]
    notes = _said("Soft skills matter too: {}.", g.skills["soft"], "and")
    slides.append((rng.choice(("Core skills", "Skills you need", "What you need to know")),
                   skill_lines, notes))
    if g.sectors:
        slides.append((f"Where people in {area.lower()} work",
                       [f"{bullet} {s}" for s in g.sectors], []))
    if employers:
        if rng.random() < 0.5:
            slides.append(("Who hires us?", list(employers), []))
        else:
            slides[-1][2].extend(_said("Name a few who are hiring right now: {}.", employers,
                                       "and"))
    path_notes = _said("Most of our new starters come from {} roles.", _texts(g.moves_in))
    path_notes += _said("From here people step up to {}.", _texts(g.leads_to), "or")
    if g.progression:
        chain = _texts(g.progression)
        boxes = [" → ".join(chain)] if rng.random() < 0.5 else [*chain]
        slides.append((rng.choice(("A typical path", "Career path", "How people progress")),
                       boxes, path_notes))
    elif path_notes:
        slides.append(("Getting in and moving up", [f"{bullet} Volunteer or shadow a team",
                                                   f"{bullet} Short course or degree"],
                       path_notes))
    slides.append(_pay_slide(rng, g, area))
    middle = slides[3:]
    rng.shuffle(middle)  # decks order their middle slides differently
    slides[3:] = middle
    if g.transitions_to:
        slides.append((rng.choice(("Other doors", "Other directions")),
                       [f"{bullet} {t}" for t in _texts(g.transitions_to)],
                       ["Sideways moves are common, and nobody thinks less of you for it."]))
    slides.append(("Thank you! Questions?",
                   [f"{presenter.split()[0].lower()}@{org.split()[0].lower()}.example.org"], []))
    return slides


def _pay_slide(rng: random.Random, g: Guide, area: str) -> Slide:
    """A pay table flattened one cell a line, or exported with tabs."""
    code, place = rng.choice(_REGIONS)
    rate = {"NZD": 1.65, "CAD": 1.35, "AUD": 1.5, "USD": 1.0}[code]
    rows: list[tuple[Role, str]] = [(g.role, g.title), *g.leads_to[:2]]
    tabs = rng.random() < 0.5
    lines = [f"Position\tPay ({code})" if tabs else "Position", *([] if tabs else
                                                                    [f"Pay ({code})"])]
    for role, name in rows:
        low, high = _yearly(rng, role.level, rate)
        owner, level = _owner(g, role, name)
        _salary(g, low, high, code, belongs_to=owner, level=level)
        pay = f"${_fmt(low)} – ${_fmt(high)}"
        lines += [f"{name}\t{pay}"] if tabs else [name, pay]
    lines.append(f"Source: member pay survey {rng.randint(2024, 2026)}")
    allowance = rng.randint(8, 30) * 100
    heading = rng.choice(("What it pays", "Salaries", "Pay guide"))
    return (f"{heading} ({place})", lines,
            [f"The shift allowance (${_fmt(allowance)} a year) is not salary."])


def _slidedeck(rng: random.Random, g: Guide, area: str) -> list[str]:
    org, presenter = rng.choice(_ORGS), rng.choice(_PEOPLE)
    g.title_line = False  # the deck is titled after the field
    g.must_not_appear += [presenter, org]
    slides = _slides(rng, g, area, org, presenter)
    variant = pick_variant(rng, ("notes", "slideplayer", "outline"))
    year = rng.randint(2024, 2026)
    if variant == "notes":  # PowerPoint's Notes Pages export with a running footer
        footer = f"{org} | Careers Evening {year}"
        g.must_not_appear.append(footer)
        out = [f"Careers_in_{area.replace(' ', '_')}.pptx — Notes Pages export", ""]
        for n, (title, lines, notes) in enumerate(slides, 1):
            out += [f"Slide {n}", title, *lines]
            out += ["Notes:", " ".join(notes)] if notes else []
            out += [f"{footer} | {n}", ""]
        return out
    deck = f"Careers in {area}"
    if variant == "slideplayer":  # slide numbers alone on a line, notes run on after bullets
        out = ["Download presentation", "Presentation is loading. Please wait.", deck,
               f"Published by {presenter} Modified over {rng.randint(2, 9)} years ago",
               "Embed Download presentation", "Similar presentations",
               f'Presentation on theme: "{deck}"— Presentation transcript:']
        for n, (title, lines, notes) in enumerate(slides, 1):
            out += [str(n), title, *lines, *notes]
        return out
    # flattened outline: a slide a paragraph behind a copyright footer, bullets run together
    out = [deck, ""]
    for n, (title, lines, notes) in enumerate(slides, 1):
        body = " ".join(_unbulleted(line).replace("\t", " ") for line in lines)
        out += [f"{n}", f"© {year} {org}. All rights reserved 0-{n} {title} {body}", *notes]
    return out


# --------------------------------------------------------------------------------------
# Job board search results
# --------------------------------------------------------------------------------------
_BOARDS = ("jobfinder", "WorkBoard", "HireLane", "CareersLine")
_QUALIFIERS = (" - Night Shift", " (Contract)", " - Immediate Start", " – Hybrid",
               " (12-month fixed term)", "")
_OTHER_COMPANIES = ("Brightwater Services", "Quayside Group", "Tallis & Moor", "Fenwick Works")


def _card_pay(rng: random.Random, g: Guide, role: Role, name: str, symbol: str, code: str,
              rate: float, owner: str | None, level: str | None) -> str:
    """One card's pay line in one of the ways boards print it (the figure joins the truth)."""
    low, high = _yearly(rng, role.level, rate, 1000)
    kind = rng.choice(("hour", "year", "estimate", "week", "none"))
    if kind == "hour":
        lo_h, hi_h = _hourly(low), _hourly(high)
        _salary(g, lo_h, hi_h, code, period="hour", belongs_to=owner, level=level)
        return f"{symbol}{_fmt(lo_h)}–{symbol}{_fmt(hi_h)} an hour"
    if kind == "week":
        weekly = round(low / 52 / 10) * 10
        _salary(g, weekly, weekly, code, period="week", point=True, belongs_to=owner,
                level=level)  # one stated figure is a point (heldback12 README)
        return f"{symbol}{_fmt(weekly)} a week"
    if kind == "estimate":
        _salary(g, low, high, code, belongs_to=owner, level=level)
        return f"Estimated {symbol}{low // 1000}K – {symbol}{high // 1000}K a year"
    if kind == "none":
        return "Not disclosed"
    _salary(g, low, high, code, belongs_to=owner, level=level)
    return f"{symbol}{_fmt(low)} - {symbol}{_fmt(high)} per annum"


def _jobsearch(rng: random.Random, g: Guide, area: str) -> list[str]:
    code, symbol, rate = rng.choice((_MONEY[0], _MONEY[1], _MONEY[2], _MONEY[3], _MONEY[4]))
    board, town = rng.choice(_BOARDS), rng.choice(_TOWNS)
    variant = pick_variant(rng, ("stacked", "labelled", "oneline"))
    g.title_line = False  # the page is titled after the search
    g.must_not_appear += [f"{g.title.lower()} salary", "Sort by"]
    titles = [g.title, *g.aliases]
    skills = _skills(g)
    n_own = max(2, len(g.employers))
    per_card = -(-len(skills) // n_own) if skills else 0
    moves = [*_said("Clear path to {} for strong performers.", _texts(g.leads_to), "or"),
             *_said("Applicants currently working as {} are welcome.", _texts(g.moves_in))]
    cards: list[tuple[str, str | None, str, list[str]]] = []  # title, company, pay, snippet
    for i in range(n_own):
        title = titles[i % len(titles)] + rng.choice(_QUALIFIERS)
        company = g.employers[i] if i < len(g.employers) else None
        mine = skills[i * per_card:(i + 1) * per_card]
        snippet = _said("Experience with {} required.", mine[:2], "and")
        snippet += _said("Day to day you will use {}.", mine[2:], "and")
        snippet += moves[i::n_own]
        pay = _card_pay(rng, g, g.role, title, symbol, code, rate, None, None)
        cards.append((title, company, pay, snippet))
    for role, name in g.transitions_to:  # another title's card welcoming the role's holders
        company = rng.choice(_OTHER_COMPANIES)
        g.optional.append(company)
        pay = _card_pay(rng, g, role, name, symbol, code, rate, *_owner(g, role, name))
        cards.insert(rng.randint(0, len(cards)), (
            name, company, pay, [f"Ideal for someone currently working as {_a(g.title)} "
                                 f"{g.title}."]))
    facets = " · ".join(f"{s} ({rng.randint(3, 60)})" for s in g.sectors)
    out = [f"{board}.example", "Find jobs   Company reviews   Find salaries",
           f"What: {g.title.lower()}          Where: {town}          Find jobs",
           "Pay ▾   Job type ▾   Date posted ▾   Distance: 25 km ▾",
           *([f"Industry: {facets}"] if facets else []),
           f"{g.title.lower()} jobs in {town}", "Sort by: relevance - date",
           f"{rng.randint(40, 2000):,} jobs", ""]
    for title, company, pay, snippet in cards:
        out += _card(rng, variant, title, company, town, pay, snippet)
    average = _hourly(_yearly(rng, g.role.level, rate, 1000)[0])
    _salary(g, average, average, code, period="hour", point=True)
    return [*out, "Salary guide", f"{g.title} salaries in {town}",
            f"Average base salary {symbol}{_fmt(average)} per hour",
            f"Based on {rng.randint(80, 900)} salaries reported",
            f"Related searches: {g.title.lower()} salary · remote jobs · part time jobs", "",
            "Next »", "Get new jobs for this search by email", f"© {board}"]


def _card(rng: random.Random, variant: str, title: str, company: str | None, town: str,
          pay: str, snippet: list[str]) -> list[str]:
    place = f"{rng.choice(_TOWNS)}" if rng.random() < 0.5 else town
    if variant == "stacked":
        lines = [title, *(["new"] if rng.random() < 0.3 else [])]
        lines += [company, f"{rng.randint(25, 45) / 10} ★"] if company else []
        lines += [place, pay, rng.choice(("Full-time", "Permanent", "Temp to hire")),
                  *(["Easily apply"] if rng.random() < 0.5 else []),
                  *[f"• {s}" for s in snippet],
                  f"Employer Active {rng.randint(1, 9)} days ago", "More...", ""]
        return lines
    if variant == "labelled":
        return [title, *([company] if company else []), f"Location: {place}",
                f"Salary: {pay}", "Job type: Permanent, Full time",
                f"Posted: {rng.randint(1, 9)} days ago", " ".join(snippet),
                "[Quick Apply]   [Save ♡]", ""]
    head = " · ".join([title, *([company] if company else []), place, pay])
    return [head, *([" ".join(snippet)] if snippet else []), "Apply now | Save", ""]


# --------------------------------------------------------------------------------------
# Vocational course or apprenticeship profile
# --------------------------------------------------------------------------------------
def _vet_common(g: Guide, employers_line: str, places: list[str]) -> list[str]:
    """Moves and workplaces every profile states after its wages."""
    out = _said("Further training leads to {}.", _texts(g.leads_to), "or")
    out += _said("Holders of a shorter certificate as {} can usually enter in the second "
                 "year.", _texts(g.moves_in))
    out += _said("Later on, many switch to {}.", _texts(g.transitions_to))
    out += _said("Graduates work in {}.", g.sectors, "and")
    if g.employers:
        out += ["", employers_line, *places]
    return out


def _ordinal(n: int) -> str:
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n, 'th')}"


def _learned(g: Guide, bullet: str) -> list[str]:
    tools = g.skills["tool"]
    lines = [f"{bullet} {s}" for s in g.skills["top"] + g.skills["often_missing"]]
    if tools and lines:
        lines[0] += f" (e.g. {', '.join(tools)})"
    elif tools:
        lines = [f"{bullet} {t}" for t in tools]
    return lines


# How a Swiss page writes a learner's wage per year, and its thousands separator.
_SWISS_WAGES = (("{nth} year of apprenticeship  CHF {low} – {high}", "'"),
                ("{n}. Lehrjahr: CHF {low}–{high}", ""),
                ("Year {n}: {low} to {high} francs a month", "'"))


def _vetcourse(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("swiss", "dutch", "australian"))
    also = [f"Also known as: {', '.join(g.aliases)}"] if g.aliases else []
    soft = g.skills["soft"]
    if variant == "swiss":
        # in cover mode the wage formats are dealt in turn (same draw as rng.choice)
        formats = tuple(str(i) for i in range(len(_SWISS_WAGES)))
        wage_line, sep = _SWISS_WAGES[int(steer_variant(formats, rng.choice(formats)))]
        g.aliases.append(f"{g.title} (EFZ)")  # the heading's spelling names the same role
        out = ["lehrstellen-kompass.ch   DE | FR | IT | EN",
               f"Home > Occupations > {area} > {g.title}", "Print   Share   ☆ Add to my list",
               "", f"{g.title} (EFZ)", *also, "", "Key data", "Duration of training: 4 years",
               "Learning locations: training company · vocational school · inter-company "
               "courses", f"Occupation code: {rng.randint(30000, 59999)}", "", "Requirements",
               "– Completed compulsory schooling", *[f"– {s}" for s in soft], "",
               "What you learn", *_learned(g, "–"), "", "Apprentice wage",
               "Gross per month, paid 13 times a year:"]
        g.must_not_appear.append("Completed compulsory schooling")
        base = rng.randint(5, 8) * 100
        for year in range(1, 5):
            low = base + (year - 1) * 250
            high = low + rng.randint(1, 4) * 50
            _salary(g, low, high, "CHF", period="month", level=f"apprentice year {year}")
            out.append(wage_line.format(nth=_ordinal(year), n=year, low=_fmt(low, sep),
                                        high=_fmt(high, sep)))
        floor = rng.randint(40, 46) * 100 + 80
        low, high = floor + 200, floor + rng.randint(8, 12) * 100
        _salary(g, floor, None, "CHF", period="month")
        _salary(g, low, high, "CHF", period="month")
        out += ["Meal allowance for course days: CHF 16 per day.", "",
                "Salary after the apprenticeship",
                f"Minimum wage under the collective labour agreement: CHF {_fmt(floor, sep)} per "
                "month (× 13).",
                f"Typical salaries: CHF {_fmt(low, sep)} – {_fmt(high, sep)} per month.", ""]
        places = [f"{e} · {rng.randint(1000, 9699)} {rng.choice(_TOWNS)} · "
                  f"{rng.randint(1, 3)} place(s)" for e in g.employers]
        return [*out, *_vet_common(g, "Apprenticeship places (official list)", places), "",
                "© SDBB | CSFO   Legal notice   Data protection"]
    if variant == "dutch":
        out = [f"ROC {rng.choice(_TOWNS)} College", "Programmes   Open days   Apply   NL | EN",
               f"Home / Programmes / {area} / {g.title}", "", g.title, *also,
               "MBO level 3 · Work-based pathway (BBL)", "", "Programme at a glance",
               "Level\t3 (vakopleiding)", "Learning pathway\tBBL – 4 days work, 1 day school",
               f"Crebo\t{rng.randint(20000, 29999)}", "Duration\t2 years",
               f"Tuition fee\t€ {_fmt(rng.randint(11, 15) * 100)}", "", "What will you learn?",
               *_learned(g, "•"), *[f"• {s}" for s in soft], "",
               "What will you earn during your studies?",
               "Gross per month, full-time, youth wage by age:"]
        wage = rng.randint(12, 15) * 100
        for age in range(18, 21):
            _salary(g, wage, wage, "EUR", period="month", point=True, level=f"age {age}")
            out.append(f"Age {age}\t€ {_fmt(wage)}")
            wage += rng.randint(2, 4) * 100
        low = wage + 200
        high = low + rng.randint(4, 8) * 100
        _salary(g, low, high, "EUR", period="month")
        out += ["Plus 8% holiday allowance and travel costs.", "",
                f"After graduating: € {_fmt(low)} – € {_fmt(high)} per month "
                f"(CAO function group {rng.randint(4, 6)}).", ""]
        route = [*_texts(g.moves_in)[:1], g.title, *_texts(g.leads_to)[:1]]
        if len(route) > 1:  # the MBO levels qualify each title
            first = 2 if g.moves_in else 3  # the role itself is the level-3 title
            out += ["Your route: " + " → ".join(f"{name} (MBO {first + i})"
                                                 for i, name in enumerate(route)), ""]
        return [*out, *_vet_common(g, "Our students work at:", g.employers)]
    course = f"Certificate III in {area}"
    g.optional.append(course)
    out = [f"{rng.choice(_TOWNS)} TAFE", "Courses  Apprenticeships  Fees  Apply", "",
           f"{g.title} Apprenticeship", *also, f"Qualification: {course}",
           f"Career outcome: {g.title}",
           "Study mode: on the job, 1 day a week on campus · Duration: 3–4 years", "",
           "Units of study"]
    units = g.skills["top"] + g.skills["often_missing"] + g.skills["tool"] + soft
    out += [f"{area.split()[0][:3].upper()}{rng.randint(20, 39)}{rng.randint(100, 999)} {u}"
            for u in units]
    out += ["", "Apprentice pay (award minimum, AUD per week)"]
    weekly = rng.randint(55, 70) * 10 + rng.choice((0.4, 0.8, 0.0))
    for year in range(1, 5):
        _salary(g, weekly, weekly, "AUD", period="week", point=True,
                level=f"apprentice year {year}")
        out.append(f"{_ordinal(year)} year: ${_fmt(weekly)}")
        weekly = round(weekly + rng.randint(12, 20) * 10, 2)
    out += ["Tool allowance: $19.40 per week (not included above)", ""]
    return [*out, *_vet_common(g, "Host employers include:", g.employers)]


# --------------------------------------------------------------------------------------
# Certification pathway
# --------------------------------------------------------------------------------------
_BRANDS = ("Kairo Academy", "Verity Institute", "Solent Education", "Luma Professional")
_LEVEL_NAMES = ("Foundations", "Practitioner", "Specialist", "Master")


def _certpath(rng: random.Random, g: Guide, area: str) -> list[str]:
    brand = rng.choice(_BRANDS)
    word = brand.split()[0]
    g.title_line = False  # titled after the pathway
    g.must_not_appear.append(brand)
    credentials = [f"{word} Certified {area} {name}" for name in _LEVEL_NAMES[:3]]
    g.optional += credentials
    code, symbol, rate = rng.choice(_MONEY[:5])
    skills = _skills(g)
    per = -(-len(skills) // 3) if skills else 0
    groups = [skills[i * per:(i + 1) * per] for i in range(3)]
    rungs: list[tuple[Role, str]] = [(g.role, g.title), *g.leads_to[:2]]
    earns = []
    for role, name in rungs:
        low, high = _yearly(rng, role.level, rate)
        owner, level = _owner(g, role, name)
        _salary(g, low, high, code, belongs_to=owner, level=level)
        earns.append(f"{symbol}{_fmt(low)}–{symbol}{_fmt(high)} a year")
    variant = pick_variant(rng, ("steps", "levels", "table"))
    out = [brand.upper(), "Courses ▾   Pathways   Find a Course   Shop   Log in   🛒 0",
           f"Home › Education › {area} Pathway", "", f"THE {area.upper()} PATHWAY",
           f"Your route to working as {_a(g.title)} {g.title}", ""]
    feeders = _said("Many of our students come to us as {}.", _texts(g.moves_in), "or")
    out += ["BEFORE YOU BEGIN", "No prior qualification is needed.", *feeders, ""]
    if variant == "steps":
        for n, (name, group) in enumerate(zip(_LEVEL_NAMES[:3], groups, strict=True), 1):
            out += [f"STEP {n} · {name.upper()}",
                    f"{rng.randint(8, 60)} hrs · In-studio or live online · {symbol}"
                    f"{rng.randint(2, 9)}95 · {rng.randint(6, 18)} CPD points",
                    *([f"{'; '.join(group)}."] if group else []),
                    f"Prerequisites: {'none' if n == 1 else _LEVEL_NAMES[n - 2]}", ""]
        out += ["STEP 4 · EXAM", f"Written exam (online, {rng.randint(4, 9)}0 questions) and a "
                f"practical assessment. Exam fee {symbol}{rng.randint(1, 3)}50.", "",
                "EXIT POINTS", *[f"✔ {c}" for c in credentials], ""]
        out += [rng.choice(("AFTER CERTIFICATION", "WHERE GRADUATES WORK", "CAREER OUTCOMES"))]
        out += [f"Graduates working as {name} report {pay}." for (_, name), pay
                in zip(rungs, earns, strict=True)]
    elif variant == "levels":
        for n, (name, group) in enumerate(zip(_LEVEL_NAMES[:3], groups, strict=True), 1):
            out += [f"LEVEL {n}  ·  {name.upper()}",
                    f"{rng.randint(1, 5)} days · {symbol}{rng.randint(2, 9)}90 inc tax",
                    *([f"You will learn: {' · '.join(group)}"] if group else []),
                    *([f"Prerequisite: Level {n - 1}"] if n > 1 else []),
                    f"Exam: written and practical · Outcome: {credentials[n - 1]}"]
            if n <= len(rungs):
                out.append(f"What it earns: holders typically work as {rungs[n - 1][1]} on "
                           f"{earns[n - 1]}")
            out.append("──────────────")
    else:
        out += ["Level\tCredential\tPrerequisite\tExam fee\tTypical role\tTypical pay"]
        for n in range(1, 4):
            role_name, pay = (rungs[n - 1][1], earns[n - 1]) if n <= len(rungs) else ("", "")
            out.append(f"{n}\t{credentials[n - 1]}\t{'none' if n == 1 else f'Level {n - 1}'}"
                       f"\t{symbol}{rng.randint(1, 4)}50\t{role_name}\t{pay}")
        out += ["", "WHAT YOU WILL LEARN", *[" · ".join(group) for group in groups if group]]
    out += ["", "GROWING WITH US"]
    if g.progression:
        out.append(" → ".join(_texts(g.progression)))
    out += _said("Experienced graduates go on to become {}.", _texts(g.leads_to), "or")
    out += _said("A few move into {}.", _texts(g.transitions_to), "or")
    out += _said("Our graduates work in {}.", g.sectors, "and")
    out += _said("Employers currently hiring our graduates: {}.", g.employers, "and")
    return [*out, "", "FAQ", "Do I need a degree? No.", "",
            f"Sign up for our newsletter   |   © {brand} · Terms · Privacy"]


# --------------------------------------------------------------------------------------
# Recruiter e-mail or agency newsletter
# --------------------------------------------------------------------------------------
_AGENCIES = ("Northgate Talent", "Bluewater Search", "Kestrel People Partners",
             "Harlow & Finch Recruitment")
_CANDIDATE_JOBS = ("Shift Supervisor", "Operations Coordinator", "Field Technician",
                   "Team Leader")
_FLAGS = (("🇬🇧", "United Kingdom", "GBP", "£", 0.8), ("🇳🇱", "Netherlands", "EUR", "€", 0.92),
          ("🇸🇬", "Singapore", "SGD", "S$", 1.35), ("🇨🇦", "Canada", "CAD", "C$", 1.35))


_MAIL_HEADINGS = (("What you'd be doing:", "What they need:"),
                  ("The role:", "What they're looking for:"),
                  ("Day to day:", "Must-haves:"))


def _pitch(rng: random.Random, g: Guide, client: str | None) -> list[str]:
    """The first outreach: the role, duties and requirements, as bullet lines."""
    skills = _skills(g)
    half = (len(skills) + 1) // 2
    with_client = f" with my client {client}" if client else ""
    doing, need = rng.choice(_MAIL_HEADINGS)
    out = [f"I came across your profile and wanted to reach out about a permanent {g.title} "
           f"position{with_client}.", "", doing, *[f"- {s}" for s in skills[:half]]]
    out += ["", need, *[f"- {s}" for s in skills[half:]]] if skills[half:] else []
    out += ["", *_said(f"{g.title} roles are hired by {{}}, and the market is busy.",
                       g.sectors, "and")]
    return out


def _package(rng: random.Random, g: Guide,
             money: tuple[str, str, float]) -> tuple[str, list[str]]:
    """The band (a month or a year) and the answers on progression and background."""
    code, symbol, rate = money
    low, high = _yearly(rng, g.role.level, rate)
    if rng.random() < 0.5:
        low, high = round(low / 12 / 50) * 50, round(high / 12 / 50) * 50
        _salary(g, low, high, code, period="month")
        band = f"{code} {_fmt(low)} - {_fmt(high)} per month"
    else:
        _salary(g, low, high, code)
        band = f"{symbol}{_fmt(low)} - {symbol}{_fmt(high)} a year"
    answers = [f"Package: the base for this {g.title} role is {band}, plus a variable bonus of "
               f"{rng.randint(5, 15)}% and a car allowance."]
    answers += _said("Progression: the next step is {}.", _texts(g.leads_to), "or")
    answers += _said("A couple of their people have moved sideways into {} roles.",
                     _texts(g.transitions_to))
    answers += _said("Your background: most of the people I place came from {} jobs.",
                     _texts(g.moves_in))
    return band, answers


def _signature(rng: random.Random, g: Guide, recruiter: str, agency: str) -> list[str]:
    g.must_not_appear += [recruiter, agency]
    return [recruiter, f"Senior Consultant | {agency}",
            f"Licence No. {rng.randint(10, 99)}C{rng.randint(1000, 9999)} | "
            f"T +44 20 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}", "--",
            "CONFIDENTIALITY: This email and any attachments are confidential."]


def _recruitermail(rng: random.Random, g: Guide, area: str) -> list[str]:
    recruiter, candidate = rng.sample(_PEOPLE, 2)
    agency = rng.choice(_AGENCIES)
    g.title_line = False  # the subject line names the role among other words
    variant = pick_variant(rng, ("outreach", "thread", "newsletter"))
    if variant == "newsletter":
        return _newsletter(rng, g, area, recruiter, agency)
    g.must_not_appear.append(candidate)
    employers = list(g.employers)
    client = employers.pop(0) if employers else None
    money = rng.choice(_MONEY)
    band, answers = _package(rng, g, money)
    subject = f"Subject: {g.title} opportunity - {rng.choice(_TOWNS)} - {band.split(' a ')[0]}"
    first = candidate.split()[0]
    head = [f"From: {recruiter} <{recruiter.split()[0].lower()}@example.com>",
            f"To: {candidate} <{first.lower()}@mailbox.example.com>",
            f"Date: Tue, {rng.randint(1, 28)} Oct {rng.randint(2025, 2026)} 10:42", subject, "",
            "[EXTERNAL EMAIL] Do not click links unless you recognise the sender.", ""]
    others = _said(f"Roles we're hiring for: {g.title} openings with {{}}.", employers, "and")
    if variant == "outreach":
        return [*head, f"Hi {first},", "", *_pitch(rng, g, client), "", *answers, "",
                *others, "", "Would you be open to a quick call this week?", "",
                "Kind regards,", *_signature(rng, g, recruiter, agency)]
    job = rng.choice(_CANDIDATE_JOBS)
    g.optional.append(job)
    code, symbol, rate = money
    own = round(_yearly(rng, "mid", rate)[0] / 12 / 50) * 50
    _salary(g, own, own, code, period="month", point=True, belongs_to=job)
    reply = [*head, f"Hi {first},", "", "Thanks for coming back so quickly. To answer your "
             "questions:", *[f"{n}) {a}" for n, a in enumerate(answers, 1)], "", *others, "",
             "Best regards,", recruiter.split()[0], "", *_signature(rng, g, recruiter, agency),
             "", "-----Original Message-----", f"From: {candidate}", f"To: {recruiter}",
             "", f"Hi {recruiter.split()[0]},", "",
             f"Interested. I'm currently {_a(job)} {job}, on {symbol}{_fmt(own)} a month, so "
             "what is the package, and where does it lead?", "", first, "Sent from my iPhone", "",
             f"> On {rng.randint(1, 28)} Oct, {recruiter} wrote:", ">",
             f"> Dear {first},", ">"]
    quoted = [*_pitch(rng, g, client), "", "Kind regards,", recruiter]
    return reply + [f"> {line}".rstrip() for line in quoted]


def _newsletter(rng: random.Random, g: Guide, area: str, recruiter: str,
                agency: str) -> list[str]:
    issue = rng.randint(10, 90)
    g.must_not_appear += [recruiter, agency]
    out = [f"Subject: {area} Bulletin #{issue} – pay is moving (and new roles)",
           f"From: {agency} <bulletin@example.com>", "", "View this email in your browser",
           f"[image: {agency}]", "", f"{area.upper()} BULLETIN · ISSUE {issue}", "",
           "Hi there,", "", "Below: what people are being paid right now, the roles we're "
                           "working on, and a candidate's story.", "", recruiter,
           "Principal Consultant", "", "━━━━━━━━━━━━━━━━━━━━", "MARKET PULSE: SALARIES",
           "━━━━━━━━━━━━━━━━━━━━", "Base salary, gross per year:"]
    rungs: list[tuple[Role, str]] = [(g.role, g.title), *g.leads_to[:1]]
    for flag, country, code, symbol, rate in rng.sample(_FLAGS, 2):
        out.append(f"{flag} {country}")
        for role, name in rungs:
            low, high = _yearly(rng, role.level, rate)
            owner, level = _owner(g, role, name)
            _salary(g, low, high, code, belongs_to=owner, level=level, region=country)
            out.append(f"• {name}: {symbol}{_fmt(low)} – {symbol}{_fmt(high)}")
    code, symbol, rate = _MONEY[2]
    out += ["Car allowances and bonuses are not included above.", "",
            "━━━━━━━━━━━━━━━━━━━━", "THIS WEEK'S ROLES", "━━━━━━━━━━━━━━━━━━━━"]
    for employer in g.employers or [""]:
        low, high = _yearly(rng, g.role.level, rate, 1000)
        _salary(g, low, high, code)
        company = f" | {employer}" if employer else ""
        out.append(f"▸ {g.title} | {rng.choice(_TOWNS)} | {symbol}{_fmt(low)} – "
                   f"{symbol}{_fmt(high)}{company} | Ref HX-{rng.randint(1000, 9999)}"
                   "   [Apply now]")
    out += ["", "━━━━━━━━━━━━━━━━━━━━", "WHAT HIRING MANAGERS ASK FOR",
            "━━━━━━━━━━━━━━━━━━━━", *[f"{n}. {s}" for n, s in enumerate(_skills(g), 1)], ""]
    story = _texts(g.moves_in)
    if story:
        out += ["CAREER CORNER", f'"I spent two years as {_a(story[0])} {story[0]} before '
                f'{agency.split()[0]} put me forward for my first {g.title} role."']
        out += _said("Other routes in are from {} jobs.", story[1:])
    out += _said(f"Where next after {g.title}? Most go on to {{}}.", _texts(g.leads_to), "or")
    out += _said("Others move sideways into {}.", _texts(g.transitions_to), "or")
    out += _said("{} are all hiring.", g.sectors, "and")
    return [*out, "", "Refer a friend and receive a €250 voucher",
            "Update preferences | Unsubscribe"]


FAMILY12_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "transcript": _transcript, "slidedeck": _slidedeck, "jobsearch": _jobsearch,
    "vetcourse": _vetcourse, "certpath": _certpath, "recruitermail": _recruitermail,
}

