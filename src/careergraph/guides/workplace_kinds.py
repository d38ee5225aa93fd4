"""Kinds of workplace: the sectors of organisation a sentence names ("hospital chains").

Reads kinds in lists and subjects (:func:`listed_kinds`, :func:`paying_kinds`,
:func:`moved_to_kinds`, :func:`employer_types`) and the units and places they house.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from careergraph.guides.employer_names import (
    _CLAUSE_WORDS,
    _COMPANY_ENDS,
    _CONNECTORS,
    _FIRM_WORDS,
    _MAX_WORDS,
    _ORGANISATIONS,
    _STUDY,
    _leading_name,
    _names,
    _until_end,
)
from careergraph.guides.hiring_cues import hiring_cues
from careergraph.guides.text import split_items
from careergraph.guides.vocab import Vocabulary

__all__ = [
    "CONDITION_HEADS",
    "EXAMPLES",
    "INDUSTRY_END",
    "compared_settings",
    "duty_places",
    "employer_types",
    "industry_by_ending",
    "listed_kinds",
    "places_in",
    "second_kind",
    "shared_heads",
    "unit_owners",
]


# Nouns that say "some organisation" and no more: never a kind of workplace on their own.
_GENERIC = frozenset({"companies", "company", "firms", "firm", "employers", "employer",
                      "organisations", "organizations", "businesses", "groups", "group"})
# (in a bracket too: "jewellery companies (like A and B)")
EXAMPLES = _OPENERS = re.compile(r"(?:,?\s+|\s?\()(?:such as|like|including|e\.g\.,?|for example,?|"
                      r"for instance,?)\s+(?:those (?:at|in|with)\s+)?", re.IGNORECASE)


# Words that make a subject a sample of a kind, not the kind ("large providers such as X").
# (fresh61) So do the words naming who took part in a study ("Panel employers hire new
# technicians at …" on a skills-panel profile, "participating employers", "surveyed firms").
_SAMPLE = frozenset({"large", "larger", "big", "bigger", "major", "small", "many", "most",
                     "some", "other", "top", "leading", "several", "panel", "participating",
                     "surveyed", "responding", "sampled"})

_RUN_ON = 3  # an unpunctuated item longer than this may hold several kinds


# Adjectives that leave "firms" or "companies" saying nothing about the kind ("private
# firms", "large companies").
_VAGUE = frozenset({"private", "public", "large", "small", "big", "local", "national",
                    "international", "major", "other", "many", "some", "most", "leading",
                    "top", "specialist", "independent", "various", "larger", "smaller",
                    "bigger", "corporate"})  # ("the corporate group Pawsmith Partners": no kind)

# A generic noun's tail that says every size or kind of it ("firms of various sizes").
_ANY_SIZE = re.compile(r"\s+of\s+(?:all|various|varying|different|every)\s+"
                       r"(?:sizes?|kinds?|types?)$")

_HIRES = re.compile(r"\b(?:employ|hire|recruit|paid|pay)", re.IGNORECASE)
# A first item that names no kind of workplace: "work on places that are hard to reach" is
# about the structures worked on, "work in teams" about how the work is done.
_NO_WORKPLACE = frozenset({"places", "sites", "locations", "areas", "things", "structures",
                           "spaces", "teams", "shifts", "pairs", "groups", "weathers",
                           "conditions", "hours", "weekends", "evenings", "nights", "rotas",
                           "partnership", "isolation", "all", "any", "most", "many",
                           "industries", "industry", "sectors", "sector", "fields", "field",
                           "settings", "environments",
                           # (what employers look for, no workplace: "employers include
                           # experience with forklifts, a clean licence …")
                           "experience", "knowledge", "skills", "qualifications",
                           "ability", "abilities"})


def _worked_on_place(text: str) -> bool:
    """The list after "work on" opens with a place ("cruise-style pet resorts", "construction
    sites", "the Kestrel Sound ferries"), not a machine or a material ("plasma cutters")."""
    listed = _until_end(text)
    first = listed.split(",", 1)[0].split(" and ", 1)[0].split()
    head = first[-1].lower().strip(".") if first else ""
    places = hiring_cues().worked_on
    if head in _ORGANISATIONS or head in places:
        return True
    # (real31) a name opens it: a place, unless another item is a machine or a material
    # ("work on Humvee, armoured vehicles and diesel engines": a model's name, no ship's)
    return bool(first) and first[0][:1].isupper() and not any(
        (words := item.split()) and words[-1][:1].islower()
        and words[-1].lower().strip(".") not in _ORGANISATIONS
        and words[-1].lower().strip(".") not in places
        for item in _ITEM_SPLIT.split(listed)[1:])


_ITEM_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")

_FIRST_JOIN = re.compile(r"\s+(?:or|and)\s+")


def _bare_plural(text: str) -> bool:
    """The list after "work in" opens with a plural noun and no article ("theatres, on
    touring productions, …"), as a list of places does."""
    # (the first item ends at a comma or at "or"/"and": "work in provincial cancer agencies
    # or hospital departments")
    first = _FIRST_JOIN.split(text.split(",", 1)[0], 1)[0].split()
    return 0 < len(first) <= _RUN_ON and first[0][:1].islower() and first[-1].endswith("s") and (
        first[0] not in _NO_WORKPLACE and first[0] not in ("a", "an", "the")
        and not first[0].endswith(("'s", "’s", "s'"))  # ("in people's homes": whose, no kind)
        # (real33) "work in very uncomfortable locations, for example at heights or in
        # enclosed spaces": the conditions of the work, no kinds of workplace
        and first[-1].lower() not in CONDITION_HEADS)


# Heads of a first item that names the conditions of the work, no kind of workplace.
# (rules51a) and the weather or air worked in ("the work in the cold and the wet", "in the
# heat and the dust"): conditions, no industry
CONDITION_HEADS = frozenset({"locations", "places", "spaces", "conditions", "surroundings",
                             "cold", "wet", "heat", "damp", "dust", "noise", "rain"})

_SPAN = 400
_KIND_WORDS = 3  # words of a kind before its examples ("large dairy farms such as …")
# Words that end a kind read backwards from "such as": determiners, prepositions, verbs.
_KIND_STOPS = frozenset({"the", "a", "an", "our", "their", "its", "his", "her", "your",
                         "my", "with", "at", "for", "in", "of", "and", "or", "to", "by",
                         "from", "as", "on", "into", "across", "among", "join", "joins",
                         "include", "includes", "including", "are", "is", "were", "was",
                         "be", "do", "does", "did", "also", "than", "work", "works",
                         "other", "these", "those", "some", "many",
                         "most", "such", "big", "bigger", "leading", "top", "well-known",
                         "named", "famous", "known"})


# A unit of a plural kind of organisation ("banks' fraud and AML teams", "insurance companies'
# special investigations units"): the kind is the workplace.
_UNIT_OF = re.compile(r"\b([a-z][a-z-]+s)['’]\s+(?:[\w-]+\s+){0,4}?(?:teams?|units?|departments?|"
                      r"divisions?)\b")  # ("dentists' offices" is a workplace itself)
def unit_owners(text: str) -> str:
    """``text`` with each unit of a plural kind of organisation said as that kind: the
    workplace is the kind, not its team.

    >>> unit_owners("They work in banks' fraud and AML teams and for insurers.")
    'They work in banks and for insurers.'
    """
    return _UNIT_OF.sub(r"\1", text) if "s' " in text or "s’ " in text else text


def second_kind(kind: str) -> str | None:
    """The kind after "and" in two kinds that share one head noun ("Retail chain and grocery
    pharmacies" -> "grocery pharmacies"), a kind in its own right; None when the words
    before "and" are a kind of their own ("Hospitals and health systems": two plurals) or a
    suspended prefix makes the two one kind ("before- and after-school programs").

    >>> second_kind("Mail-order and specialty pharmacies")
    'specialty pharmacies'
    >>> second_kind("Hospitals and health systems") is None
    True
    """
    match = _SHARED_HEAD.fullmatch(kind)
    return match.group(2) if match is not None and not match.group(1).endswith(
        ("s", "-")) else None


# "Retail chain and grocery pharmacies": modifiers before "and", then a modifier and the head.
_SHARED_HEAD = re.compile(r"([\w-]+(?: [a-z][\w-]*)?) and ([a-z][\w-]* [a-z][\w-]*s)")


def listed_kinds(kind: str) -> list[str]:
    """The sectors one listed kind of workplace gives: the kind, and the second of two kinds
    sharing one head (see :func:`second_kind`).  A head naming a field of service rather
    than a place ("services", "programs") is shared by words that are no kind alone:
    "Mental health and addictions services" is one field; but a lone plural before "and"
    is a kind of its own, so "Clinics and outreach programs" is two.

    >>> listed_kinds("Retail chain and grocery pharmacies")
    ['Retail chain and grocery pharmacies', 'grocery pharmacies']
    >>> listed_kinds("Youth and family services")
    ['Youth and family services']
    >>> listed_kinds("Libraries and adult literacy programs")
    ['Libraries', 'adult literacy programs']
    """
    if kind.rsplit(" ", 1)[-1].lower() not in _FIELD_HEADS:
        second = second_kind(kind)
        return [kind] if second is None else [kind, second]
    pair = _PLURAL_AND_FIELD.fullmatch(kind)
    return [pair.group(1), pair.group(2)] if pair is not None else [kind]


# Heads naming what is offered, not a place that hires ("addictions services").
_FIELD_HEADS = frozenset({"services", "programs", "programmes"})
# "Schools and early childhood programs": a lone plural kind, then a field of service.
_PLURAL_AND_FIELD = re.compile(r"([A-Z][a-z]+[^s\W]s) and ((?:[a-z][\w-]* ){1,3}[a-z]+)")


def _examples(sentence: str, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """Names after a kind of organisation and "such as"/"like"/"for example", and the kinds
    whose examples they are ("field officers with dairy companies such as A": a sector)."""
    found: list[str] = []
    kinds: list[str] = []
    for match in _OPENERS.finditer(sentence):
        before = sentence[:match.start()].rstrip(" ,").split()
        noun = before[-1].lower().strip(",") if before else ""
        those = match.group(0).lower().rstrip().endswith(("at", "in", "with"))
        first = _leading_name(sentence[match.end():match.end() + _SPAN]) or ""
        legal = first.rsplit(" ", 1)[-1].lower().rstrip(".") in _COMPANY_ENDS
        if noun in _ORGANISATIONS or those or (noun in _STUDY and _HIRES.search(sentence)) or (
                legal and " " in first):  # ("boutiques such as A LLP or B": a firm's form)
            names = _names(sentence[match.end():match.end() + _SPAN], vocab, inside=True)
            found.extend(names)
            kind = _example_kind(before, vocab) if names and not those and (
                noun in _ORGANISATIONS or noun in _STUDY) else ""
            if kind:
                kinds.append(kind)
    return found, kinds


def _years_in(sentence: str) -> list[str]:
    """Kinds of organisation a person has spent years in ("I've been in museums for 14 years",
    "twenty years in hospitals and hospices"): each a plural kind (``_ORGANISATIONS``); "6
    years in accounts" names a field of work, no workplace.

    >>> _years_in("I've been in museums and galleries for 14 years.")
    ['museums', 'galleries']
    >>> _years_in("She has 6 years in accounts.")
    []
    """
    found: list[str] = []
    for match in _YEARS_IN.finditer(sentence):
        items = [i.strip() for i in split_items(match.group("kinds") or match.group("kinds2"))]
        if items and all(0 < len(i.split()) <= _RUN_ON and i[:1].islower() and i.endswith("s")
                         and (i.split()[-1] in _ORGANISATIONS or i.split()[-1] in _PLACES_OF)
                         for i in items):
            found.extend(items)
    return found


# Years spent in kinds of organisation, told either way round.
_YEARS_IN = re.compile(r"\b(?:been|worked|working)\s+in\s+(?P<kinds>[a-z][a-z -]{2,60}?)\s+"
                       r"for\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+)?"
                       r"(?:\d+|[a-z]+)\s+years\b|\b(?:\d+|[a-z]+)\s+years\s+in\s+"
                       r"(?P<kinds2>[a-z][a-z -]{2,60}?)"
                       r"(?=[,.;]|\s+(?:and\s+then|before|as|where|with)\b)", re.IGNORECASE)
_PLACES_OF = frozenset({"galleries", "hospices", "archives", "schools", "universities",
                        "colleges"})


def _example_kind(before: list[str], vocab: Vocabulary) -> str:
    """The kind of organisation the words ``before`` "such as" end with ("… as field officers
    with dairy companies" -> "dairy companies"), or "" when it is no qualified kind: one
    noun the gazetteer does not know as a sector ("chains", "houses"), a sample ("large
    operators"), some organisation ("local firms") or a phrase longer than a kind."""
    kind: list[str] = []
    for index in range(len(before) - 1, -1, -1):
        word = before[index].strip(",")
        if word != before[index] and kind:
            break  # ("… yards, dairy companies"): the comma ends the kind
        opens = index == 0 or before[index - 1].endswith((".", ":"))
        if not word.replace("-", "").isalpha() or word.lower() in _KIND_STOPS or (
                not word[:1].islower() and not opens):
            break
        kind.insert(0, word)
    if not kind or len(kind) > _KIND_WORDS or kind[0].lower() in _SAMPLE or all(
            w.lower() in _VAGUE or w.lower() in _GENERIC for w in kind):
        return ""
    name = " ".join(kind)
    if len(kind) == 1 and not (vocab.gazetteer is not None and vocab.gazetteer.sectors(
            name, section=True) == [name]):
        return ""
    return name


def _place(word: str) -> bool:
    """A plural noun or a kind of organisation ("quarries", "firm"), not "payment"."""
    lowered = word.lower()
    return lowered in _ORGANISATIONS or (lowered.endswith("s") and not lowered.endswith("ss"))


def _vague(kind: str) -> bool:
    """"private firms": a generic noun with only vague adjectives says no kind; nor does one
    qualified only by its size ("companies of all sizes")."""
    words = _ANY_SIZE.sub("", kind.lower()).split()
    return words[-1] in _GENERIC and all(w in _VAGUE for w in words[:-1])


# The places a duty is done at, listed ("interpreting at hospitals, police stations, courts
# and public offices", "welding at shipyards and block factories"): each item a plural noun
# phrase of up to three words.
_DUTY_AT = re.compile(r"\bat\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s"
                      r"(?:,\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)*"
                      r",?\s+and\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b(?!\s+[a-z])")
# The same list after "in" ("serves drinks in bars, pubs and hotels"), read anywhere: three or
# more items, so that two nouns of a sentence's aside ("in clinics and at home") name none.
_PLACES_IN = re.compile(_DUTY_AT.pattern.replace(r"\bat\s+", r"\bin\s+", 1))
_PLACES_IN_ITEMS = 3
# Heads of the public places a duty is done at, besides the kinds of organisation.
_DUTY_PLACES = frozenset({"stations", "courts", "offices", "sites", "schools", "prisons"})
# Hospitality and visitor venues a list "in" names beside them ("in bars, pubs and hotels",
# "in museums, zoos and historic sites").
_VENUES = frozenset({"bars", "pubs", "cafes", "cafés", "zoos", "aquariums", "galleries", "gardens"})


def duty_places(text: str) -> list[str]:
    """The kinds of workplace a duty lists after "at": two or more, each ending in a kind of
    organisation or a public place ("at hospitals, police stations and courts"); none when an
    item is no place ("at weekends and holidays").

    >>> duty_places("Interpreting at hospitals, police stations and courts")
    ['hospitals', 'police stations', 'courts']
    >>> duty_places("Cover at weekends and bank holidays"), duty_places("at the yards")
    ([], [])
    """
    return _listed_places(_DUTY_AT, text, 2, _DUTY_PLACES) if " at " in f" {text}" else []


def _listed_places(pattern: re.Pattern[str], text: str, least: int, places: frozenset[str],
                   strip: re.Pattern[str] | None = None) -> list[str]:
    """The items of each list ``pattern`` finds when there are ``least`` or more and each
    ends in a kind of organisation or one of ``places`` (``strip``: what opens an item)."""
    found: list[str] = []
    for match in pattern.finditer(text):
        items = [item.strip() for item in re.split(r",\s+(?:and\s+)?|\s+and\s+", match.group(1))]
        items = [strip.sub("", item) for item in items] if strip is not None else items
        if len(items) >= least and all(item.rsplit(" ", 1)[-1] in _ORGANISATIONS or (
                item.rsplit(" ", 1)[-1] in places) for item in items):
            found.extend(items)
    return found


def places_in(text: str) -> list[str]:
    """The kinds of workplace a sentence lists after "in": three or more, each ending in a
    kind of organisation, a public place or a venue ("serve food in cafes, pubs, hotels and
    restaurants"); none when an item is no place ("in teams, shifts and rotas").

    >>> places_in("Cooks work long hours in cafes, pubs, hotels and restaurants.")
    ['cafes', 'pubs', 'hotels', 'restaurants']
    >>> places_in("Rotas change in spring, summer and autumn"), places_in("in clinics and wards")
    ([], [])
    """
    # ("in ports, in steel mills and in shipyards": the preposition again before an item)
    return _listed_places(_PLACES_IN, text, _PLACES_IN_ITEMS, _DUTY_PLACES | _VENUES,
                          _PREPOSED) if " in " in text else []


# People a job serves: "we work for business customers", "for the centre's users" say whom
# the work is for, not a kind of organisation that employs.
_SERVED = frozenset({"customers", "clients", "users", "patrons", "visitors", "guests",
                     "subscribers", "shoppers"})


def _served(kind: str) -> bool:
    """A kind that names the people a job serves, no workplace.

    >>> _served("corporate clients"), _served("the library's users"), _served("client firms")
    (True, True, False)
    """
    return kind.rsplit(" ", 1)[-1].lower() in _SERVED


def shared_heads(items: list[str], text: str,
                 known: Callable[[str], bool] | None = None) -> list[str]:
    """``items`` of a list of workplaces or sectors (as split at its commas and "and"s) with
    the heads ``text`` shares between them read back: the one reader of shared heads for every
    workplace and sector list (fixes85 merged three).

    - "engineering and surveying firms" stays whole: a single word that is no plural, joined
      by "and" to a kind of organisation, shares its noun ("bus and coach operators": "bus"
      is no plural); with ``known`` (a test for a sector's name), a word and a kind that are
      each a known sector stay two ("retail and financial services firms"), and so do two
      that each name an industry by their nouns' endings ("employment and government
      services");
    - "departments of universities and hospitals": one kind, its "of" object doubled;
    - "property and casualty insurance": a bare modifier before a two-word industry (by its
      noun's ending) is one line of it ("farming and food processing" stays two);
    - "State and Federal government": each level of government takes the noun;
    - "council mechanical and transport departments": an adjective ("-ical", "-ial") left
      before "and"/"or" takes the next item's plural noun (no "mechanical" workplace);
    - "mixed, small animal or equine practice": bare modifiers before a kind of practice or
      firm each take its head.

    >>> shared_heads(["engineering", "surveying firms"], "engineering and surveying firms")
    ['engineering and surveying firms']
    >>> shared_heads(["property", "casualty insurance"], "property and casualty insurance")
    ['property and casualty insurance']
    >>> shared_heads(["farming", "food processing"], "farming and food processing")
    ['farming', 'food processing']
    >>> shared_heads(["depots", "council mechanical", "transport departments"],
    ...              "depots, council mechanical and transport departments")
    ['depots', 'council mechanical departments', 'transport departments']
    >>> shared_heads(["mixed", "small animal", "equine practice"],
    ...              "mixed, small animal or equine practice")
    ['mixed practice', 'small animal practice', 'equine practice']
    >>> shared_heads(["hospitals", "care homes"], "hospitals and care homes")
    ['hospitals', 'care homes']
    """
    joined: list[str] = []
    for item in items:
        words = item.split()
        previous = joined[-1] if joined else ""
        paired = bool(previous) and f"{previous} and {item}" in text
        if (paired and " of " in previous and len(words) == 1 and item.islower()):
            joined[-1] = f"{previous} and {item}"  # "departments of universities and hospitals"
        elif (paired and len(_PREPOSED.sub("", previous).split()) == 1  # ("in opera and …")
                and previous[:1].islower()
                and _SINGULAR_S.search(previous) is not None and len(words) >= 2
                and words[-1].lower() in _ORGANISATIONS
                and not (known is not None and known(previous) and known(item))
                # ("health, employment and government services": two industries by their
                # nouns' endings stay two)
                and not (industry_by_ending(previous) and industry_by_ending(item))):
            joined[-1] = f"{previous} and {item}"
        elif (paired and previous.isalpha() and previous.islower()
                and not previous.endswith("s") and len(words) == 2 and item.islower()
                and industry_by_ending(words[1]) and not industry_by_ending(words[0])
                and not industry_by_ending(previous)):
            joined[-1] = f"{previous} and {item}"  # "property and casualty insurance"
        elif (paired and previous in _GOVERNMENT_LEVELS and len(words) >= 2
                and words[0] in _GOVERNMENT_LEVELS):
            # "State and Federal government": the level before "and" shares the noun
            joined[-1] = f"{previous} {words[1]}"
            joined.append(item)
        else:
            joined.append(item)
    return _head_shared_back(_heads_carried_back(joined, text))


# The endings of industry nouns ("Mining", "Agriculture", "Education", "Public Health"), which
# place names ("Queensland", "Pune") do not have: jobs are in places as often as industries.
INDUSTRY_END = re.compile(r"(?:ing|ure|tions?|ogy|ics|ance|ancy|ity|ism|ment|care|services?|ors|"
                          r"health|estate|goods|profit|energy|media|retail|defen[cs]e|"
                          r"beverage|fitness|utilities|pharmaceuticals|automotive)$")
_INDUSTRY_WORDS = 3


def industry_by_ending(item: str) -> bool:
    """An item of three words at most that names an industry by its noun's ending ("Legal
    Services", "mining").

    >>> industry_by_ending("Legal Services"), industry_by_ending("Queensland")
    (True, False)
    """
    return len(item.split()) <= _INDUSTRY_WORDS and INDUSTRY_END.search(item.lower()) is not None


# (fixes83) An adjective's ending ("mechanical", "industrial", "commercial"): an item ending
# so before "and"/"or" modifies the next item's noun, no kind of its own.
_ADJECTIVE_END = re.compile(r"[a-z](?:ical|ial)$")


def _heads_carried_back(items: list[str], text: str) -> list[str]:
    """``items`` with an item that ends in an adjective before "and"/"or" given the next
    item's head noun ("county governments' mechanical and transport departments": the
    mechanical departments and the transport departments; no "mechanical" workplace)."""
    carried = list(items)
    for at in range(len(carried) - 2, -1, -1):
        item, after = carried[at], carried[at + 1]
        head = after.rsplit(" ", 1)[-1]
        if (item[:1].islower() and _ADJECTIVE_END.search(item) and " " in after
                and head.islower() and head.endswith("s")
                and any(f"{item} {joint} {after}" in text for joint in ("and", "or"))):
            carried[at] = f"{item} {head}"
    return carried


# (real26) Kinds of workplace a list's modifiers share ("mixed, small animal or equine
# practice"): the head after the last modifier is each item's.
_KIND_HEADS = frozenset({"practice", "practices", "clinics", "hospitals", "settings", "firms",
                         "companies", "organisations", "organizations"})
_MODIFIER_WORDS = 2


def _head_shared_back(items: list[str]) -> list[str]:
    """``items`` whose last names a kind of workplace by its head ("equine practice") and
    whose others are bare modifiers before it (lower case, singular, no industry by its
    ending, two words at most: "mixed", "small animal"), each given that head.

    >>> _head_shared_back(["hospitals", "private practice"])
    ['hospitals', 'private practice']
    >>> _head_shared_back(["mining", "engineering firms"])
    ['mining', 'engineering firms']
    """
    last = items[-1].split() if len(items) > 1 else []
    if len(last) < 2 or last[-1] not in _KIND_HEADS:
        return items
    before = items[:-1]
    if not all(item.islower() and not item.endswith("s") and 0 < len(item.split()) <= (
            _MODIFIER_WORDS) and not industry_by_ending(item) and item.replace(" ", "").isalpha()
               for item in before):
        return items
    return [f"{item} {last[-1]}" for item in before] + [items[-1]]


# A level of government written before its shared noun ("State and Federal agencies").
_GOVERNMENT_LEVELS = frozenset({"State", "Federal", "Provincial", "Territorial", "Local",
                                "Municipal", "County", "City", "Regional", "National", "Tribal",
                                "state", "federal", "provincial", "territorial", "local",
                                "municipal", "county", "city", "regional", "national",
                                "tribal"})
_PREPOSED = re.compile(r"^(?:in|on|at)\s+")
# A word that is no plural ("bus", "glass", "analysis"): no "s" at its end, or "ss", "us" or
# "is" there, or three letters in all.
_SINGULAR_S = re.compile(r"(?:[^s]|ss|us|is)$|^\w{1,3}$")


def _run_on_kinds(words: list[str]) -> list[str]:
    """An item as one or more kinds: a list written without commas ("locksmith shops
    hardware stores security companies") is cut after each organisation noun inside it."""
    if len(words) <= _RUN_ON:
        return [" ".join(words)]
    pieces: list[list[str]] = [[]]
    for index, word in enumerate(words):
        pieces[-1].append(word)
        if (word.lower() in _ORGANISATIONS and word.endswith("s") and index < len(words) - 1
                and words[index + 1] not in _CONNECTORS | {"for", "in", "with"}):
            pieces.append([])
    merged: list[list[str]] = []
    for piece in pieces:  # "estates departments of …": a one-word piece qualifies the next
        if merged and len(merged[-1]) == 1:
            merged[-1].extend(piece)
        else:
            merged.append(piece)
    return [" ".join(p) for p in merged if len(p) >= 2]


def _subject_kinds(clause: str, any_noun: bool = False) -> list[str]:
    """Workplaces listed as a sentence's subject ("Corporate flight departments and
    fractional-ownership companies, for example X, also hire …")."""
    clause = _OPENERS.split(clause)[0] if _OPENERS.search(clause) else clause
    items = shared_heads([i.strip(" ,.") for i in split_items(clause) if i.strip(" ,.")],
                         clause)  # ("tea and coffee factories": one kind)
    if not items or len(items) > 8:
        return []
    kinds: list[str] = []
    for index, item in enumerate(items):
        item, host = _housed_kind(item)  # (host None: no kind of organisation houses it)
        words = item.split()
        rest = words[1:] if index == 0 else words  # the sentence's first word is capitalised
        named = _named_qualifier(words) if any(w[:1].isupper() for w in rest) else None
        if named is False:
            continue  # ("Tesco stores and banks hire …": a brand's outlets, maybe an employer)
        if (not words or len(words) > _MAX_WORDS
                or (any(w[:1].isupper() for w in rest) and not named)
                or (len(words) == 1 and words[0].lower() in _GENERIC)
                or (words[0].lower() in _SAMPLE and not named)
                or not (any_noun or host is not None
                        or words[-1].lower().split("-")[-1].rstrip("s")
                        in {o.rstrip("s") for o in _ORGANISATIONS})  # ("agro-dealers")
                or any(w.lower() in _CLAUSE_WORDS for w in words)):
            return []
        kinds.append(item[4:] if item.startswith("the ") else item)
        kinds.extend(host or ())
    return kinds


# A kind housed in another ("customer care centres at airlines", "tax teams in large
# companies"): both are workplaces of the subject list.
_HOUSED = re.compile(r"^(?P<kind>.+?) (?:at|in|within) (?P<host>[a-z][\w-]*(?: [a-z][\w-]*)?)$")


def _housed_kind(item: str) -> tuple[str, list[str] | None]:
    """``(kind, [host])`` of a subject item that places a kind inside another kind of
    organisation: a place and its host are two workplaces, a unit ("tax teams") is its
    host's, unless the host names no kind ("large companies"); ``(item, None)`` when nothing
    houses it.

    >>> _housed_kind("in-house customer care centres at airlines")
    ('in-house customer care centres', ['airlines'])
    >>> _housed_kind("in-house teams at software firms")
    ('software firms', [])
    >>> _housed_kind("in-house tax teams in large companies")
    ('in-house tax teams', [])
    >>> _housed_kind("banks in town")
    ('banks in town', None)
    """
    match = _HOUSED.match(item)
    if match is None or match.group("host").split()[-1] not in _ORGANISATIONS or not (
            match.group("host").endswith("s")) or (
            " " not in match.group("kind") and match.group("kind") not in _ORGANISATIONS):
        return item, None  # ("Teams in big companies": a bare unit says no kind)
    host, kind = match.group("host"), match.group("kind")
    if _vague(host) or host.split()[0] in _SAMPLE:
        return kind, []
    # ("in-house teams at software firms": a unit of the host, whose kind is the workplace)
    return (host, []) if kind.split()[-1].lower() in _UNITS else (kind, [host])


_UNITS = frozenset({"teams", "units", "departments", "divisions", "desks", "functions"})


def _named_qualifier(words: list[str]) -> bool | None:
    """Whether a kind opened by capitalised qualifiers ("Big Four firms", "NHS trusts",
    "Fortune 500 companies") names a class of organisation: True when a qualifier is an
    acronym or a count, False for other capitals before a lowercase plural organisation
    noun ("Tesco Express stores": a brand's outlets), None for no such kind."""
    head = words[-1] if words else ""
    if not (2 <= len(words) <= _FIRM_WORDS and head in _ORGANISATIONS and head.endswith("s")
            and all(w[:1].isupper() or w.isdigit() for w in words[:-1])):
        return None
    return any((w.isupper() and len(w) >= 2) or w.isdigit() or w.lower() in _COUNTS
               for w in words[:-1])


_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


# Kinds of organisation compared by what they pay ("commercial roofing firms pay a little
# more", "Bigger packaging breweries pay more than brewpubs"): the verb, how much, and the
# kind compared with after "than".
_PAYS_COMPARED = re.compile(
    r"\s+(?:(?:usually|often|generally|typically|tend\s+to|also|all|still)\s+)*pa(?:y|id)\s+"
    r"(?:(?:a\s+)?(?:little|bit|lot|far|much|slightly|considerably|significantly|somewhat)"
    r"\s+)?(?:more|less|better|higher|lower|the\s+most|the\s+least|the\s+best)\b"
    r"(?:\s+than\s+(?P<than>[a-z][a-z -]{2,40}?)(?=\s*[,.;)]|\s*$))?", re.IGNORECASE)
# The clause a compared subject opens after ("…; commercial roofing firms pay more").
_CLAUSE_START = re.compile(r"(?:^|[;:]\s+|,\s+(?:and|but|while|whereas)\s+|\bwhile\s+)")
# Size words before a compared kind: the kind is the rest ("Bigger packaging breweries").
_SIZES = frozenset({"large", "larger", "big", "bigger", "small", "smaller"})
_PREPOSITIONS = frozenset({"in", "at", "for", "with", "on", "to", "from", "of", "by"})


def paying_kinds(sentence: str) -> list[str]:
    """Kinds of organisation a sentence compares by their pay: the plural kinds that are the
    subject of "pay more" (or less, better, the most …) and a bare plural after "than".

    >>> paying_kinds("Larger haulage firms pay more than owner-drivers.")
    ['haulage firms', 'owner-drivers']
    >>> paying_kinds("Smaller bakeries, hotels and catering companies pay a bit less")
    ['bakeries', 'hotels', 'catering companies']
    >>> paying_kinds("Nurses in private hospitals pay more tax.")
    []
    >>> paying_kinds("Most employers pay more than the minimum.")
    []
    """
    kinds: list[str] = []
    for match in _PAYS_COMPARED.finditer(sentence):
        head = sentence[:match.start()]
        clause = head[[m.end() for m in _CLAUSE_START.finditer(head)][-1]:]
        words = clause.split()
        while words and words[0].lower() in _SIZES:
            words = words[1:]  # ("Bigger packaging breweries": the kind is the rest)
        if not words or _PREPOSITIONS & {w.lower() for w in words}:
            continue  # ("Nurses in private hospitals pay more tax": people, not a kind)
        subject = _subject_kinds(" ".join(words))
        if not subject:
            continue
        kinds.extend(subject)
        than = (match.group("than") or "").split()
        while than and than[0] in _SIZES:
            than = than[1:]
        if 0 < len(than) <= _RUN_ON and _place(than[-1]) and than[-1].lower() not in _GENERIC and (
                not {w.lower() for w in than} & (_CLAUSE_WORDS | _SAMPLE | _PREPOSITIONS
                                                 | _NO_WORKPLACE | {"the", "a", "an", "those"})):
            kinds.append(" ".join(than))  # ("… than brewpubs": the kind compared with)
    return kinds


# Pay compared across kinds of workplace by the people or adverts in them ("Listings in art
# museums paid more than those in science centres and heritage sites", "Respondents in
# marine insurance reported lower pay"): who is compared (a closed set of nouns), "in"/"at",
# the kinds, then a pay verb; or "than those in" and the kinds closing the sentence.
_IN_KINDS = r"(?P<kinds>[a-z][a-z&' -]{2,80}?)"
_COMPARED_IN = re.compile(
    r"\b(?i:those|listings|adverts|ads|vacancies|postings|respondents|staff|workers|employees|"
    r"members|people|jobs|roles|posts|positions|salaries|wages|pay)\s+(?:in|at)\s+"
    + _IN_KINDS + r"\s+(?:(?:usually|often|generally|typically|also|tend\s+to|were|are)\s+)?"
    r"(?:paid|pay|pays|earn|earns|earned|reported|report|offered|offer|averaged|average)\b|"
    r"\bthan\s+(?:those|that|for\s+those)\s+(?:in|at)\s+" + _IN_KINDS.replace("kinds", "than")
    + r"(?=\s*(?:[.;)]|,\s+(?:and|but|while|whereas)\b|$))|"
    # a sentence opening on the places where they are paid or work ("At county councils,
    # water boards and ports such as X, they are paid on the local scale"): the kinds
    r"^\s*(?:At|In)\s+(?P<opening>[a-z][a-z&' ,-]{2,120}?)(?:\s+such\s+as\s+[^;.]{2,80}?)?,"
    r"\s+(?:they|you|staff|employees|workers)\s+(?:are\s+|were\s+)?(?:(?:usually|often|"
    r"generally|typically|mostly)\s+)?(?:paid|employed|work|earn)\b")
# Heads that make the compared group no workplace ("those in senior roles", "in their
# first years", "in northern regions").
_NOT_SETTING = frozenset({"roles", "jobs", "positions", "posts", "grades", "levels", "bands",
                          "years", "months", "regions", "cities", "states", "countries",
                          "towns", "specialties", "specialisms", "disciplines", "functions",
                          "ranks", "steps", "tiers", "stages", "contracts"}) | _NO_WORKPLACE


def compared_settings(sentence: str, industry: Callable[[str], bool] = lambda _: False,
                      ) -> list[str]:
    """Kinds of workplace a sentence compares pay across (see ``_COMPARED_IN``): each a
    lower-case phrase of up to four words ending on a plural noun, a kind of organisation or
    an industry ``industry`` knows; a list whose parts are not all such kinds is read whole
    ("life and marine insurance").

    >>> compared_settings("Adverts in zoos paid more than those in aquariums and farm parks.")
    ['zoos', 'aquariums', 'farm parks']
    >>> compared_settings("Those in senior roles earned more than those in London.")
    []
    """
    kinds: list[str] = []
    for match in _COMPARED_IN.finditer(sentence):
        listed = match.group("kinds") or match.group("than") or match.group("opening")
        items = [i.strip(" ,") for i in split_items(listed) if i.strip(" ,")]
        if not items or not all(_setting(i, industry) for i in items):
            items = [listed] if _setting(listed, industry) else []
        kinds.extend(items)
    return kinds


def _setting(item: str, industry: Callable[[str], bool]) -> bool:
    """``item`` reads as one kind of workplace (see :func:`compared_settings`)."""
    words = item.split()
    if not 0 < len(words) <= 4 or {w.lower() for w in words} & (_CLAUSE_WORDS | {
            "the", "a", "an", "those", "this", "these", "all", "my", "than", "more", "less"}):
        return False
    head = words[-1].lower()
    if words[0].lower() in _SIZES or words[0].lower() in _SAMPLE:
        return False  # ("those at small historical societies": a size compared, no kind)
    if head in _NOT_SETTING or head in _GENERIC or _vague(item):
        return False
    return _place(head) or industry(head) or industry(item)


# A move to a kind of organisation in a new job ("others move across to luxury travel
# agencies as travel consultants", "Some move into QA roles with food manufacturers", "Others
# join housing associations as housing officers"): the kind is where the role leads.
_KIND_WORDS_RE = r"(?P<kind>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
_MOVED_TO_KIND = re.compile(
    r"\b(?:(?:move[sd]?|moving|go(?:es)?|went|transfer(?:s|red)?|switch(?:es|ed)?)\b[^.;:]*?"
    r"\b(?:in)?to\s+(?:[a-z][\w-]*\s+){0,3}?(?:roles|jobs|posts|positions)\s+(?:with|at)\s+"
    + _KIND_WORDS_RE + r"(?=\s*[,.;]|\s+as\b)|"
    r"(?:move[sd]?|moving|go(?:es)?|went|transfer(?:s|red)?|switch(?:es|ed)?)\b[^.;:]*?"
    r"\b(?:in)?to\s+" + _KIND_WORDS_RE.replace("kind", "to") + r"\s+as\s+(?:an?\s+)?[a-z]|"
    r"\bjoin(?:s|ed)?\s+" + _KIND_WORDS_RE.replace("kind", "joined") + r"\s+as\s+(?:an?\s+)?[a-z])")


def _unsized(kind: str) -> str:
    """``kind`` without the size word it opens with ("large property developers")."""
    first, _, rest = kind.partition(" ")
    return rest if rest and first.lower() in _SIZES else kind


def moved_to_kinds(sentence: str) -> list[str]:
    """Kinds of organisation a sentence says the role's holders move to in a new job: a
    plural kind after "move to / into" or "join" and before "as <job>", or after "roles
    with"; a sampled or generic kind ("larger firms") names none.

    >>> moved_to_kinds("Some go on to housing associations as lettings officers.")
    ['housing associations']
    >>> moved_to_kinds("A few move into audit roles with insurance companies.")
    ['insurance companies']
    >>> moved_to_kinds("Others join larger firms as seniors.")
    []
    """
    kinds: list[str] = []
    for match in _MOVED_TO_KIND.finditer(sentence):
        kind = match.group("kind") or match.group("to") or match.group("joined")
        words = kind.lower().split()
        if words[-1] in _ORGANISATIONS and words[-1].endswith("s") and not (
                len(words) == 1 and words[0] in _GENERIC) and not set(words) & (
                _CLAUSE_WORDS | _SAMPLE | _PREPOSITIONS | {"the", "a", "an", "or", "and"}):
            kinds.append(kind)
    return kinds


def _plain_kind(kind: str) -> bool:
    """One kind of organisation named with its holders' pay is a workplace when nothing
    samples it ("head brewers at regional breweries can get …"); "Quants at large banks
    earn …" says what the big payers pay, and "at large chains" names no kind.

    >>> _plain_kind("county hospitals"), _plain_kind("large banks"), _plain_kind("firms")
    (True, False, False)
    """
    words = kind.lower().split()
    return words[-1] in _ORGANISATIONS and words[-1] not in _GENERIC and not (
        set(words) & _SAMPLE)


def employer_types(heading: str, section: str, vocab: Vocabulary) -> list[str]:
    """Kinds of employer a sub-heading names under a pay heading "by employer type" (the
    ``section``): "Hotels and Malls" is two kinds, "Facilities Management Companies" one.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> employer_types("Clinics and Hospitals", "Pay by Employer Type", v)
    ['Clinics', 'Hospitals']
    >>> employer_types("Senior Technician", "Pay by Employer Type", v)
    []
    """
    heading = re.sub(r"\s*\([^)]*\)", "", heading).rstrip(" :")  # ("… (IG Metall tariff):")
    words = heading.split()
    if not hiring_cues().pay_by_kind.search(section) or not 0 < len(words) <= _MAX_WORDS or (
            any(c.isdigit() for c in heading)
            or (vocab.is_role_title(heading) and words[-1].lower() not in _ORGANISATIONS)
            or any(w.lower() in _CLAUSE_WORDS for w in words)):
        return []
    parts = heading.split(" and ")
    if len(parts) == 2 and all(" " not in p and p.lower().endswith("s") for p in parts):
        return parts  # ("Hotels and Malls": two kinds; "Car makers and suppliers" one)
    return [heading] if _place(words[-1]) else []
