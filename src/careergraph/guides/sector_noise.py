"""Sector names that are no sector, whichever rule read them.

Real "where do they work" lists mix places with other things: a list's filler ("outpatient
clinics, etc."), the hours of the job ("Most work 37 hours a week, which could include evening
and weekend shifts"), a vague stand-in ("in various settings"), the lead word of an example
("such as offices"), a capacity ("as military combat medics") or a duty ("maintaining
machinery").  :func:`clean_sector` gives the name a sector keeps, or ``None`` for none; the
vocabulary is ``sector_noise`` in ``data/headings.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from careergraph.guides.headings import bundled_section
from careergraph.guides.items import VERBS
from careergraph.guides.mentions import _SECTOR_ING

_ING = "ing"
# An infinitive after the place says what is done there ("a medical facility to handle
# emergency cases"): no part of the name.
_PURPOSE = re.compile(r"\s+to\s+(?!the\b|an?\b)[a-z]+\b.*$")
# A name cut off before its object ("safety in" of "health and safety in industries").
_OPEN_END = frozenset({"in", "at", "on", "of", "for", "with", "to", "from", "by", "and", "or"})


# The last words of the fillers of several words ("among many others", "and so on").
_FILLER_ENDS = frozenset({"others", "more", "on"})


@dataclass(frozen=True)
class SectorNoise:
    """The words of ``sector_noise`` (see the module docstring)."""

    fillers: frozenset[str]
    times: frozenset[str]
    vague: tuple[str, ...]
    placeholders: frozenset[str]
    example_leads: tuple[str, ...]
    conditions: frozenset[str]
    everywhere: frozenset[str]
    dangling: frozenset[str]
    predicates: frozenset[str]
    openers: tuple[str, ...]
    notices: tuple[str, ...] = ()
    perks: tuple[str, ...] = ()
    calls: tuple[str, ...] = ()
    sources: frozenset[str] = frozenset()
    columns: frozenset[str] = frozenset()
    harsh: tuple[str, ...] = ()
    disciplines: frozenset[str] = frozenset()
    praise: frozenset[str] = frozenset()
    lone_employers: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()
    capacities: frozenset[str] = frozenset()
    provisions: tuple[str, ...] = ()
    provided: frozenset[str] = frozenset()
    selves: frozenset[str] = frozenset()
    kind_words: frozenset[str] = frozenset()
    positions: frozenset[str] = frozenset()
    segment_sizes: frozenset[str] = frozenset()
    segment_sized: tuple[str, ...] = ()
    segment_deals: frozenset[str] = frozenset()


@cache
def sector_noise() -> SectorNoise:
    """The bundled vocabulary."""
    section = bundled_section("sector_noise")

    def words(key: str) -> tuple[str, ...]:
        return tuple(str(word).lower() for word in section.get(key) or ())

    return SectorNoise(frozenset(words("fillers")), frozenset(words("times")), words("vague"),
                       frozenset(words("placeholders")), words("example_leads"),
                       frozenset(words("conditions")), frozenset(words("everywhere")),
                       frozenset(words("dangling")), frozenset(words("predicates")),
                       words("openers"), words("notices"), words("perks"),
                       words("calls"), frozenset(words("sources")),
                       frozenset(words("columns")), words("harsh"),
                       frozenset(words("disciplines")), frozenset(words("praise")),
                       frozenset(words("lone_employers")), frozenset(words("place_words")),
                       frozenset(words("capacities")), words("provisions"),
                       frozenset(words("provided")), frozenset(words("selves")),
                       frozenset(words("kind_words")), frozenset(words("positions")),
                       frozenset(words("segment_sizes")), words("segment_sized"),
                       frozenset(words("segment_deals")))


def notice_line(text: str) -> bool:
    """True for a line of a publisher's legal or accessibility notice (an equal-opportunity
    statement, aids "available upon request", a TTY number): it names no employer or
    sector, whatever section it ends.

    >>> notice_line("Large-print copies are available upon request to anyone who asks.")
    True
    >>> notice_line("BAYSIDE CAREERS OFFICE  ·  An Equal Opportunity Employer/Program")
    True
    >>> notice_line("Most work for councils, water utilities and consultancies.")
    False
    """
    lowered = text.lower()
    return any(phrase in lowered for phrase in sector_noise().notices)


def provided_perk(name: str, text: str) -> bool:
    """(carry47) True for a sector read from an item of what the employer provides
    ("Employment visa, medical insurance, shared accommodation and transportation provided
    by company", "Permanent employment contract and insurance on the full amount"): ``name``
    is a thing handed to the worker (``sector_noise.provided``) and the line names another
    provision (``sector_noise.provisions``): a perk, no sector.

    >>> provided_perk("transportation", "Visa, shared accommodation and transportation")
    True
    >>> provided_perk("insurance", "We place staff in banking, insurance and transportation")
    False
    """
    lowered = text.lower()
    noise = sector_noise()
    return name.lower() in noise.provided and any(
        mark in lowered for mark in noise.provisions if name.lower() not in mark)


# The label of a run-in line ("Benefits vary by site:"), up to its colon.
_LABEL_WORDS = 8


def perks_line(text: str) -> bool:
    """True for a line whose run-in label names the job's perks ("Benefits vary by
    franchisee: free washes, a pension match, tuition help"): its items are no sectors.

    >>> perks_line("Perks at every depot: bike scheme, free parking, staff discount")
    True
    >>> perks_line("Benefits consultancies, insurers and brokers hire analysts.")
    False
    """
    lowered = _run_in_label(text)
    return lowered is not None and lowered.startswith(sector_noise().perks)


def _run_in_label(text: str) -> str | None:
    """The run-in label of a line, up to its colon, in lower case; None for no label."""
    label, colon, _ = text.partition(":")
    return label.strip().lower() if colon and len(label.split()) <= _LABEL_WORDS else None


def sources_line(text: str) -> bool:
    """(prec8) True for a line whose run-in label cites documents ("References: a state
    survey's 2025 summary; a federation's workforce report"): its items are titles of
    documents, no employers and no sectors.

    >>> sources_line("Sources: Harbour Council wage survey 2026; Quayside Trust annual report")
    True
    >>> sources_line("Source of most jobs: councils, utilities and consultancies")
    False
    """
    lowered = _run_in_label(text)
    return lowered is not None and lowered in sector_noise().sources


def call_line(text: str) -> bool:
    """True for a line whose run-in label is a call to action ("Register with us: upload
    your CV, two references and your certificate"): an agency's chrome, its items no
    sectors and no skills.

    >>> call_line("Register with us: upload your CV and two references")
    True
    >>> call_line("How to apply – send your CV to the office")
    False
    >>> call_line("Registered care homes: nursing homes, hospices")
    False
    """
    lowered = _run_in_label(text)
    return lowered is not None and any(
        lowered == call or lowered.startswith(f"{call} ") for call in sector_noise().calls)


def _duty(words: list[str]) -> bool:
    """The name opens with a duty's -ing verb and an object ("maintaining machinery"), not
    an industry's -ing word ("mining companies", "building sites")."""
    first = words[0].lower()
    if len(words) < 2 or not first.endswith(_ING) or first in _SECTOR_ING:
        return False
    stem = first[: -len(_ING)]
    stems = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
    return bool(stems & VERBS)


# A plural worker noun before "work" ("cosmetologists work"): the subject and verb of the
# sentence the list is cut from, no place.
_WORKERS_WORK = re.compile(r"\b[a-z-]+(?:ists|ians|ers|ors)\s+works?$")
# The words after a word about the worker ("serious about progression").
_PREDICATE_TAIL = frozenset({"about", "to", "for", "on", "in", "at", "with"})


def _no_place(words: list[str], lowered: str, noise: SectorNoise) -> bool:
    """The name is a remark about the worker ("keen", "serious about progression"), a
    phrase's opening that names no workplace ("terms of qualifications", "own salons"), or
    a subject and its verb ("cosmetologists work")."""
    if words[0] in noise.predicates and (len(words) == 1 or words[1] in _PREDICATE_TAIL):
        return True
    if lowered in noise.openers or any(lowered.startswith(opener + " ")
                                       for opener in noise.openers):
        return True  # (prec14: a lone "between", an opener cut from its object)
    return _WORKERS_WORK.search(lowered) is not None


# (real34) Where the work is done before the place ("outdoors on construction sites").
_INDOORS = frozenset({"outdoors", "indoors", "outside", "inside"})
# (real34) A place's tail pointing back at things named before ("… of these vessels").
# (real51) How often, after a place: "ports and waterways each year", "… every day".
_TIME_TAIL = re.compile(r"\s+(?:each|every|per|a)\s+(?:year|month|week|day)$|\s+annually$",
                        re.IGNORECASE)
_POINTED_TAIL = re.compile(r"\s+of\s+(?:these|those|such)\s+[a-z]+$")


# (prec10) A count opening a kind ("for four retail and two healthcare clients", "the
# forty-seven County Governments"): a tally of particular clients or bodies, no kind's name.
_COUNT_INITIALS = frozenset("0123456789otfsenthd")
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_COUNT = re.compile(rf"(?:\d+|{_UNITS}|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|"
                    rf"(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-(?:{_UNITS}))?)"
                    r"\s(?!(?:star|hour|day|storey|bed)\b)")


_PRAISED_WORDS = 4  # "a stable, growing company"


# How long a condition of the work lasts ("… at heights for long periods").
_FOR_SPELLS = re.compile(r"\s+for\s+(?:long|extended|short|several|many)\s+(?:periods|hours|"
                         r"spells|stretches)(?:\s+of\s+time)?$")


@cache
def _languages() -> frozenset[str]:
    return frozenset(str(name).lower() for name in bundled_section("languages").get("names")
                     or ())


def _language(lowered: str) -> bool:
    """``lowered`` is a language's or a nation's adjective alone ("norwegian")."""
    return lowered in _languages()


# (real53) An industry classification's code in brackets after the industry's name, as a
# labour-market profile prints it: "Retail trade (NAICS 44-45)", "Mining (ANZSIC B)".
_CLASS_CODE = re.compile(r"\s*\((?:NAICS|ANZSIC|SIC|NACE)\s+[\dA-Z][\d\s,.–-]*\)")


def _sales_segment(lowered: str, noise: SectorNoise) -> bool:
    """(rules58b) ``lowered`` names a sales segment: the customers' size alone ("mid-market")
    or a size before the kind of deal sold ("enterprise new business"), no sector.

    >>> noise = sector_noise()
    >>> _sales_segment("mid-market new business", noise), _sales_segment("commercial", noise)
    (True, False)
    """
    if lowered in noise.segment_sizes or (" " in lowered and lowered in noise.segment_deals):
        return True  # ("new business" alone too, never one word: "renewals", "accounts")
    return any(lowered.startswith(size + " ") and lowered[len(size) + 1:] in noise.segment_deals
               for size in noise.segment_sized)


def clean_sector(name: str) -> str | None:
    """The sector ``name`` names, its example lead cut off, or ``None`` when it is none.

    >>> [clean_sector(n) for n in ("etc", "weekend shifts", "various settings",
    ...                            "such as warehouses", "as ship's cooks", "ensuring safety")]
    [None, None, None, 'warehouses', None, None]
    >>> clean_sector("a dive centre to teach beginners")
    'a dive centre'
    >>> clean_sector("mackerels etc)"), clean_sector("mainly indoors")
    ('mackerels', None)

    >>> [clean_sector(n) for n in ("heights", "safety in", "specific", "right time")]
    [None, None, None, None]

    >>> [clean_sector(n) for n in ("confined spaces", "the country", "large national")]
    [None, None, None]

    >>> [clean_sector(n) for n in ("keen", "serious about growth", "terms of pay", "own shops",
    ...                            "either the private", "florists work")]
    [None, None, None, None, None, None]

    >>> [clean_sector(n) for n in ("Median", "mean", "Share of respondents")]
    [None, None, None]
    >>> [clean_sector(n) for n in ("three banking", "forty-seven District Boards", "12 ports")]
    [None, None, None]
    >>> [clean_sector(n) for n in ("24-hour gyms", "one-stop shops", "tenpin bowling centres",
    ...                                "5 star hotels")]
    ['24-hour gyms', 'one-stop shops', 'tenpin bowling centres', '5 star hotels']

    >>> [clean_sector(n) for n in ("growing company", "a stable growing firm", "company")]
    [None, None, None]
    >>> [clean_sector(n) for n in ("least two years after qualifying", "between",
    ...                            "Through our standby partnership", "not included above")]
    [None, None, None, None]
    >>> clean_sector("Norwegian"), clean_sector("Norwegian salmon farms")
    (None, 'Norwegian salmon farms')
    >>> clean_sector("catering company"), clean_sector("small businesses")
    ('catering company', 'small businesses')

    >>> clean_sector("night clubs"), clean_sector("building sites")
    ('night clubs', 'building sites')
    >>> clean_sector("aviation among many others"), clean_sector("rail and so on")
    ('aviation', 'rail')
    >>> clean_sector("mechanics"), clean_sector("vehicle mechanics workshops")
    (None, 'vehicle mechanics workshops')
    """
    noise = sector_noise()
    text = _PURPOSE.sub("", name).strip(" .,;")
    if "(" in text:  # (real53) "Retail trade (NAICS 44-45)": the industry, not its code
        text = _CLASS_CODE.sub("", text)
    lowered = text.lower()
    for lead in noise.example_leads:
        if lowered.startswith(lead + " "):
            text = text[len(lead) + 1:].strip()
            lowered = text.lower()
    words = lowered.split()
    if len(words) > 2 and words[0] in _INDOORS and words[1] in ("on", "in", "at"):
        # (real34) "outdoors on construction sites": the place after where the work is done
        text = text.split(None, 2)[2]
        lowered, words = text.lower(), words[2:]
    if len(words) > 2 and words[0] in ("in", "at") and words[1] not in ("a", "an", "the"):
        # (real51) "industries such as aerospace, in iron plants, in fabrication shops": the
        # place after the preposition a list's item kept ("in a team" is left to the others)
        text = text.split(None, 1)[1]
        lowered, words = text.lower(), words[1:]
    if lowered.endswith(("etc", "etc)", "etc.)")) and len(words) > 1:
        # (real45) "(e.g. whiting, prawns, mackerels etc)": the list's closer on its last item
        text = re.sub(r"[\s,]+etc\.?\)?$", "", text)
        lowered, words = text.lower(), text.lower().split()
    if words and words[-1] in _INDOORS and len(words) <= 2:
        return None  # (real45) "in shops or workshops, mainly indoors": where, no workplace
    beside = lowered.find(" alongside ")
    if beside > 0:  # (real44) "workshops alongside motor vehicle technicians": the place,
        text = text[:beside]  # without the workers beside whom one works there
        lowered, words = text.lower(), text.lower().split()
    pointed = _POINTED_TAIL.search(lowered) if " of th" in lowered else None
    if pointed is not None:  # (real34) "the construction site of these vessels": the place
        text = text[:pointed.start()]
        lowered, words = text.lower(), text.lower().split()
    if not words or lowered in noise.fillers or words[-1] in noise.times:
        return None
    if len(words) > 2 and words[-1] in _FILLER_ENDS:
        # (fixes76) "aviation among many others": the list's filler after its last kind
        trail = next((f for f in noise.fillers if " " in f and lowered.endswith(f" {f}")), None)
        if trail is not None:
            text = text[:len(text) - len(trail)].rstrip(" ,")
            lowered, words = text.lower(), text.lower().split()
    if lowered in noise.columns:
        return None  # (prec10) "Employer type | Median": a pay table's statistic column
    if lowered[:1] in _COUNT_INITIALS and _COUNT.match(lowered):
        return None  # (prec10) "four retail" of "for four retail and two … clients": a tally
    if words[0] == "near":
        return None  # (real34) "… and/or near live power lines": where, beside what
    if words[-1] in ("heights", "height") and len(words) <= 3:
        return None  # (real34) "considerable heights": a condition however high
    high = next((at for at, word in enumerate(words[:2]) if word in ("heights", "height")), None)
    if high is not None and words[high + 1:high + 2] in (["on"], ["in"], ["above"], ["off"]):
        return None  # (real51) "extreme heights on scaffolds": how high, then on what
    if words[0] in noise.positions and (len(words) == 1 or words[1] in ("of", "so")):
        return None  # (real51) "place the antennas at the top so that …", "at the top of
        # towers": a part of the thing worked on, no kind of workplace
    if (timed := _TIME_TAIL.search(text)) is not None and timed.start() > 0:
        # (real51) "through ports and waterways each year": how often, no part of the place
        text = text[:timed.start()]
        lowered, words = text.lower(), text.lower().split()
    if lowered in noise.conditions or words[-1] in _OPEN_END or lowered in noise.vague:
        return None  # "heights", "safety in", a lone "multiple": no place
    held = _FOR_SPELLS.sub("", lowered).split()
    if held and held != words and held[-1] in noise.conditions:
        return None  # "high heights for long periods": a condition held for a time
    if lowered in noise.disciplines:
        return None  # (fixes79) "If you work in mechanics, …": a subject, no industry
    if lowered in noise.place_words:
        return None  # (prec17) "rural" of "rural and remote health": a place word alone
    if lowered in noise.everywhere or words[-1] in noise.dangling:
        return None  # "the country", "large national": a whole land, an adjective cut off
    if lowered in noise.selves or (words[-1] in noise.kind_words and "of" not in words):
        return None  # (fixes97) "work for themselves": the self-employed; "work for small
        # varieties": a word for a kind of thing, no kind named
    if words[0] == "as" or words[-1] in noise.capacities:
        return None  # "as military combat medics", (real44) "in customer service
        # capacities": a capacity, no workplace
    if len(words) == 1 and _language(lowered):
        return None  # (prec14) "the UK and Norwegian sectors of the North Sea": a nation's
        # waters or a tongue, no kind of workplace
    if words[-1] in noise.lone_employers and len(words) <= _PRAISED_WORDS and all(
            word in noise.praise or word in noise.dangling for word in words[-2::-1]
            if word not in ("a", "an")):
        return None  # (prec14) "a growing company": one employer described, no kind
    if _no_place(words, lowered, noise):
        return None
    if words[-1] in noise.placeholders and any(
            re.match(rf"{re.escape(v)}\b", lowered) for v in noise.vague + noise.harsh):
        return None  # "various settings", (real39) "isolated environments": no kind of place
    if _sales_segment(lowered, noise):
        return None  # (rules58b) "Mid-Market New Business": a sales plan's segment
    if lowered in noise.harsh:
        return None  # (real50) "uncertain" of "in uncertain or high-pressure situations":
        # the hardship's word cut off from its stand-in
    if _duty(words):
        return None
    return text


