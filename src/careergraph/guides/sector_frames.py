"""Sectors a sentence names by closing a list with a plural sector noun.

News features, vacancy notices and employer pages name the industries they mean in one
frame: "Demand is strongest in the construction, insurance and legal services sectors",
"We work with partners across the Retail and Hospitality industries", "jobs in the mining
and energy industries".  The plural noun ("sectors", "industries": ``sector_nouns`` under
``hiring`` in ``data/headings.yaml``) says each listed item is one sector; the list runs back
to the article, preposition or verb before it and ends at that noun, so what follows it
(", the survey found") is never read as one more.  Vague sizes and ownership ("the public
and private sectors") and items that read as clauses name no sector.

>>> framed_sectors("Demand is strongest in the Mining and Legal Services sectors, it found.")
['Mining', 'Legal Services']
>>> framed_sectors("Vacancies rose across the retail, hospitality and care industries.")
['retail', 'hospitality', 'care']
>>> framed_sectors("Both the public and private sectors pay well.")
[]
>>> framed_sectors("Most jobs are in the oil and gas, mining and energy industries.")
['oil and gas', 'mining', 'energy']
>>> framed_sectors("Trimming and welding the steel sectors to length."), framed_sectors(
...     "Jobs in the oil and gas industries.")
([], ['oil and gas'])
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from careergraph.guides.headings import bundled_section
from careergraph.guides.hiring_cues import hiring_cues
from careergraph.guides.text import split_items

__all__ = ["client_sectors", "framed_sectors", "sector_frame_at", "sector_pairs"]

_BACK = 160  # how far before the sector noun a list may start
_MAX_ITEM_WORDS = 4
_MAX_ITEMS = 10
# Where the list starts: the word before its first item.
_OPENERS = frozenset({"the", "in", "across", "into", "among", "within", "throughout", "to",
                      "from", "for", "both", "spanning", "covering", "including"})
# Words an item never holds: verbs, pronouns, determiners (a clause, not a sector's name).
_CLAUSE = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                     "can", "may", "might", "would", "should", "must", "do", "does", "did",
                     "he", "she", "they", "it", "we", "you", "i", "who", "which", "that",
                     "this", "these", "those", "their", "his", "her", "its", "our", "your",
                     "my", "a", "an", "the", "all", "many", "most", "some", "several",
                     "other", "others", "such", "as", "than", "with", "by", "at", "on",
                     "of", "for", "from", "into", "in", "to", "not", "no", "say", "says",
                     "said", "work", "works", "worked", "working"})
# Sizes and ownership: "the public and private sectors" names no industry.
_VAGUE = frozenset({"public", "private", "large", "small", "big", "local", "national", "global",
                    "international", "major", "key", "main", "various", "different", "other",
                    "same", "both", "new", "growing", "related", "relevant", "regulated",
                    "traditional", "emerging", "adjacent", "similar", "these", "those",
                    "medium", "mid-sized", "medium-sized", "larger", "smaller", "leading",
                    "independent", "corporate", "individual", "existing", "potential",
                    # a rank, no kind ("in the top industries in which they worked")
                    "top", "biggest", "largest", "popular", "highest-paying",
                    # (real29) a ranking's count and its other superlatives ("one of the top
                    # ten highest-paying industries", "the five fastest-growing sectors")
                    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                    "twenty", "highest-paid", "best-paid", "best-paying", "top-paying",
                    "fastest-growing", "lowest-paid", "lowest-paying", "well-paid"})


@cache
def _noun_pattern() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in sorted(hiring_cues().sector_nouns, key=len,
                                                  reverse=True)) or "(?!)"
    return re.compile(rf"\s+(?:{nouns})\b", re.IGNORECASE)


@cache
def sector_pairs() -> frozenset[str]:
    """Sectors whose one name joins two words ("oil and gas": ``sector_pairs``)."""
    raw = bundled_section("hiring").get("sector_pairs") or ()
    return frozenset(str(p).lower() for p in raw)


# Two sectors each framed by its own singular noun ("the Accommodation and Food Services
# sector and the Health Care and Social Assistance sector"): each name is one sector.
_FRAME_PAIR = re.compile(r"(?:the\s+)?(?P<one>[A-Z][\w&' -]{1,60}?)\s+(?:sector|industry)\s+"
                         r"(?:and|or)\s+(?:the\s+)?(?P<two>[A-Z][\w&' -]{1,60}?)\s+"
                         r"(?:sector|industry)\b")


def _items(phrase: str, known: Callable[[str], bool] | None = None) -> list[str]:
    """The sectors of ``phrase`` (the words between the list's opener and the noun), or []
    when any item reads as a clause, a vague size or a figure; ``known`` tells a sector's
    name that joins words with "and" ("Banking and Finance"), kept whole."""
    def whole(item: str) -> bool:
        return item.lower() in sector_pairs() or (known is not None and known(item))

    items = [i.strip(" ,") for i in split_items(phrase, whole) if i.strip(" ,")]
    if not items or len(items) > _MAX_ITEMS:
        return []
    for item in items:
        words = item.split()
        if (len(words) > _MAX_ITEM_WORDS or any(w.lower() in _CLAUSE for w in words)
                or any(not w.replace("-", "").replace("&", "").replace("'", "").isalpha()
                       for w in words)
                or all(w.lower() in _VAGUE for w in words)):
            return []
    return items


def sector_frame_at(text: str, known: Callable[[str], bool] | None = None) -> list[str]:
    """The sectors of a list that opens ``text`` and closes with a sector noun ("the A and B
    sectors, the survey found" -> [A, B]); [] when ``text`` opens no such list.

    >>> sector_frame_at("the Retail and Hospitality sectors, the survey found.")
    ['Retail', 'Hospitality']
    >>> sector_frame_at("retailers and hotels, the survey found.")
    []
    >>> sector_frame_at("the Mining and Quarrying sector and the Arts and Recreation sector.")
    ['Mining and Quarrying', 'Arts and Recreation']
    """
    pair = _FRAME_PAIR.match(text)
    if pair is not None:
        # "the A and B sector and the C and D sector": each frame names one sector whole
        return [pair.group("one"), pair.group("two")]
    match = _noun_pattern().search(text[:_BACK])
    if match is None or any(mark in text[:match.start()] for mark in ".;:!?()"):
        return []
    phrase = text[:match.start()].strip()
    phrase = re.sub(r"^(?:the|both)\s+", "", phrase, flags=re.IGNORECASE)
    return _items(phrase, known)


# The kinds of customer a job's work is for ("parts for semiconductor, medical-device and
# aerospace factories", "keeps the work running for Retail and Mining firms"): the list after
# "for" names the customers' industries ("work for A firms" is read as a workplace).
# (compiled here, not by re.sub per match: re's cache churns on a corpus)
_LEAD_ARTICLE = re.compile(r"^(?:the|both)\s+", re.IGNORECASE)
_CLIENTS = re.compile(r"(?<!\bwork )(?<!\bworks )(?<!\bworked )(?<!\bworking )"
                      r"\bfor\s+((?:the\s+)?[^.;:!?()]{2,100}?)\s+(?:firms|factories|companies|"
                      r"plants|manufacturers|businesses|clients|customers)\b")


# A list's joiner right before the client noun: the noun is the list's last item.
_LAST_ITEM = re.compile(r"(?:,|\s+(?:and|or))$")
# (fixes89) The list going on after the client noun ("for governments, businesses and the
# public"): the noun is no last item, the list one of clients (people, bodies), no kinds.
_LIST_GOES_ON = re.compile(r"\s*(?:,|\s(?:and|or)\s)")
# (fixes89) A named organisation doing the work, right before "for": "Acme Builders builds
# and fixes for subdivisions and factories" names the firm's own clients, no sector of the
# role (a firm's capitalised name, then its verb or two verbs in the third person).
_FIRM_DOES = re.compile(r"(?<![\w'’])(?!(?:He|She|It|They|We|You|I)\s)"
                        r"(?:[A-Z][\w&'’.-]*\s+(?:&\s+)?){1,6}"
                        r"[a-z]+s(?:\s+(?:and|or|&)\s+[a-z]+s)?\s+$")


def client_sectors(sentence: str, known: Callable[[str], bool] | None = None) -> list[str]:
    """The industries of the customers a sentence says the work is for: a list of two or
    more, or one industry ``known`` knows ("for Mining firms").

    >>> client_sectors("Fitters make parts for shipbuilding, rail and aerospace factories.")
    ['shipbuilding', 'rail', 'aerospace']
    >>> client_sectors("She did the books for small firms.")
    []
    >>> client_sectors("They wire panels for hospitals, ports and factories.")
    ['hospitals', 'ports', 'factories']
    >>> client_sectors("Brightwire Ltd installs and repairs for estates and factories.")
    []
    """
    found: list[str] = []
    for match in _CLIENTS.finditer(sentence):
        phrase = _LEAD_ARTICLE.sub("", match.group(1))
        last = _LAST_ITEM.search(phrase)
        if last is not None and phrase[:last.start()].endswith("s"):
            # ("for hospitals, ports and factories": a list of plurals, the noun the last
            # item; a place of work is a kind, "firms" or "clients" alone none)
            if _LIST_GOES_ON.match(sentence, match.end()) or _FIRM_DOES.search(
                    sentence, 0, match.start()):
                continue  # (fixes89) clients: the list runs on, or a named firm's own
            noun = sentence[match.end(1):match.end()].strip()
            found.extend([*_items(phrase[:last.start()], known),
                          *([noun] if noun.lower() in ("factories", "plants") else [])])
            continue
        items = _items(phrase, known)
        if len(items) >= 2 and any(_PLURAL_END.search(item) for item in items[:-1]):
            # (real50) "for government agencies, architectural firms or private X
            # companies": the earlier kinds carry their own nouns, so the client noun is the
            # last kind's own ("architectural firms"), no head the list shares
            items[-1] = f"{items[-1]} {sentence[match.end(1):match.end()].strip()}"
        if len(items) >= 2 or (items and known is not None and known(items[0])):
            found.extend(items)
    return list(dict.fromkeys(found))


# An organisation's plural noun ending a kind ("government agencies"; "Pharmaceuticals and
# Mining firms" share "firms").
_PLURAL_END = re.compile(r"\b(?:agencies|authorities|bodies|councils|departments|ministries|"
                         r"institutions|organi[sz]ations|offices|services|companies|firms|"
                         r"businesses|hospitals|clinics|schools|universities|colleges|"
                         r"laborator(?:y|ies)|labs|practices|charities|trusts)$", re.IGNORECASE)


def framed_sectors(sentence: str, known: Callable[[str], bool] | None = None) -> list[str]:
    """Every sector ``sentence`` lists before a plural sector noun (see the module)."""
    found: list[str] = []
    for match in _noun_pattern().finditer(sentence):
        before = re.split(r"[.;:!?()\"“”]", sentence[max(0, match.start() - _BACK):
                                                       match.start()])[-1]
        words = before.split()
        start = max((i + 1 for i, w in enumerate(words) if w.lower() in _OPENERS), default=-1)
        if start <= 0 or start >= len(words):
            continue  # no opener before the list: "Sectors" as a heading, or a clause
        items = _items(" ".join(words[start:]), known)
        if len(items) == 1 and not (items[0].lower() in sector_pairs() or (
                known is not None and known(items[0]))):
            continue  # (rules38c) "cutting and assembling the aluminium sectors": one
            # unknown item before a plural noun lists no industries (a translator's
            # "sectors" for profiles); "the oil and gas industries" is one known pair
        found.extend(items)
    return list(dict.fromkeys(found))
