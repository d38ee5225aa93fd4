"""A newspaper's or local site's classified job ads: terse ads, each opening with its title
in capitals ("BARBER WANTED.", "EXP'D BOOKKEEPER / PAYROLL CLERK wanted by …", "TRAINEE
BOOKKEEPER. No exp nec."), under one category of the paper's classified section.

The title most of the ads advertise, less its level word ("EXP'D", "SNR", "TRAINEE") and its
request words ("WANTED", "P/T REQ."), is the page's role: the category strip and the masthead
("… COURIER   CLASSIFIEDS") name none.  A slash in a headline names two titles.

>>> ads = classified_ads([(10, "BARBER WANTED. Busy shop."),
...     (15, "APPRENTICE BARBER - will train."),
...     (20, "EXP'D BARBER / SHOP MANAGER. Runs the shop."), (25, "BOOTH RENTER wanted - $150/wk")])
>>> [(ad.line, ad.titles, ad.level) for ad in ads]  # doctest: +NORMALIZE_WHITESPACE
[(10, ('Barber',), None), (15, ('Barber',), 'Apprentice'),
 (20, ('Barber', 'Shop Manager'), 'Senior'), (25, ('Booth Renter',), None)]
>>> classified_role(ads)
('Barber', 10)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from careergraph.guides.skill_cues import paired_skills

__all__ = ["ClassifiedAd", "ad_employers", "ad_lists", "ad_origins", "ad_skills", "ad_spans",
           "classified_ads", "classified_role", "rented"]

# An ad's headline: capitals (with apostrophes, slashes, hyphens) up to the full stop, comma
# or dash after it, or up to the first small letter or figure of the ad's text.
_HEAD = re.compile(r"^(?:FEATURED\b[\s|:-]*)?(?P<head>[A-Z][A-Z'’/&.\- ]{2,70}?)"
                   r"(?:[.,:;!]\s+|\s+[-–—]\s+|\s+(?=[a-z]))(?P<rest>.*[a-z].*)$")
# A headline that only says the ad is a job seeker's: the title follows it.
_SEEKER = re.compile(r"^(?:WORK|SITUATIONS?|POSITIONS?|JOBS?)\s+WANTED$")
# Level words a headline opens with, as the ads abbreviate them, and the level each names.
_LEVELS = {"EXP'D": "Senior", "EXPD": "Senior", "EXP’D": "Senior", "EXPERIENCED": "Senior",
           "SNR": "Senior", "SR": "Senior", "SENIOR": "Senior", "JNR": "Junior", "JR": "Junior",
           "JUNIOR": "Junior", "TRAINEE": "Trainee", "APPRENTICE": "Apprentice"}
# Words before a title that say who advertises, not which job ("RETIRED", "LIC'D").
_QUALIFIERS = frozenset({"RETIRED", "SELF-EMPLOYED", "QUALIFIED", "LIC'D", "LICENSED",
                         "CERTIFIED", "P/T", "F/T", "PART-TIME", "FULL-TIME", "RELIEF", "TEMP"})
# Request words after the title ("BOOKKEEPER P/T REQ.", "BARBER WANTED", "COOK NEEDED").
_REQUEST = re.compile(r"(?:\s+(?:P/T|F/T|PT|FT|REQ'?D?\.?|REQUIRED|WANTED|NEEDED|URGENTLY|"
                      r"NOW HIRING|HIRING))+\.?$")
_MIN_ADS = 3  # fewer capitalised openings make no classified page
_MIN_SAME = 2  # ads of one title that make it the page's
_MIN_WORD = 3  # a title's word longer than this: "VA", "USD" alone name no job
_DAYS = frozenset({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                   "SUNDAY", "DAY", "WEEK", "TASK", "STEP", "UNIT", "PART", "NOTE",
                   # (rules55b) an agreement's execution blocks ("SIGNED by …… for and on
                   # behalf of X LIMITED", "EXECUTED as a deed by …"): no ads
                   "SIGNED", "EXECUTED", "WITNESSED", "DATED"})


@dataclass(frozen=True)
class ClassifiedAd:
    """One ad: the line of its headline, the titles it names (Title Case) and the level its
    level word names (or None)."""

    line: int
    titles: tuple[str, ...]
    level: str | None


def _title_case(words: str) -> str:
    """A headline title in Title Case ("SHOP MANAGER" -> "Shop Manager")."""
    return " ".join("-".join(part.capitalize() for part in word.split("-"))
                    for word in words.split())


def _ad(line: int, text: str) -> ClassifiedAd | None:
    """The ad whose headline opens ``text``, or None."""
    found = _HEAD.match(text.strip())
    if found is None:
        return None
    head = found.group("head").strip(" .-")
    if _SEEKER.match(head):  # "WORK WANTED. SELF-EMPLOYED BOOKKEEPER, …": the seeker's title
        return _ad(line, found.group("rest"))
    words = _REQUEST.sub("", head).split()
    level = None
    while words and (words[0] in _LEVELS or words[0] in _QUALIFIERS):
        level = _LEVELS.get(words.pop(0), level)
    titles = tuple(_title_case(part) for part in " ".join(words).split("/") if part.strip())
    if not titles or not all(any(len(w) > _MIN_WORD for w in t.split()) for t in titles) or (
            head.split()[0] in _DAYS):
        # ("USD 41,392" is a figure's code; "FRIDAY – Try Go": a timetable's day)
        return None
    return ClassifiedAd(line, titles, level)


def classified_ads(lines: Sequence[tuple[int, str]]) -> list[ClassifiedAd]:
    """The ads of a classified page (``lines``: number and text), or [] when fewer than three
    lines open with a capitalised headline."""
    ads = [ad for no, text in lines if (ad := _ad(no, text)) is not None]
    return ads if len(ads) >= _MIN_ADS else []


def classified_role(ads: Sequence[ClassifiedAd]) -> tuple[str, int] | None:
    """The title most ads name (two at least, no tie) and the line of its first ad."""
    counts: dict[str, list[int]] = {}
    for ad in ads:
        for title in dict.fromkeys(ad.titles):
            counts.setdefault(title, []).append(ad.line)
    ranked = sorted(counts.items(), key=lambda item: -len(item[1]))
    if not ranked or len(ranked[0][1]) < _MIN_SAME or (
            len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1])):
        return None
    return ranked[0][0], ranked[0][1][0]


# A line that ends an ad: a rule of dashes, or a blank line.
_RULE = re.compile(r"^\s*(?:[-=_*~]{5,}\s*)?$")


def ad_spans(ads: Sequence[ClassifiedAd],
             printed: dict[int, str]) -> dict[int, tuple[list[int], str]]:
    """Each ad's lines (from its headline to the next blank line, rule or ad) and its text,
    joined, by its headline's line."""
    starts = {ad.line for ad in ads}
    spans: dict[int, tuple[list[int], str]] = {}
    for ad in ads:
        lines = [ad.line]
        while (after := lines[-1] + 1) in printed and after not in starts and not _RULE.match(
                printed[after]):
            lines.append(after)
        text = " ".join(printed[no].strip() for no in lines)
        spans[ad.line] = (lines, re.sub(r"(?<=[a-z])- (?=[a-z])", "-", text))
    return spans


# A rent the advertiser charges ("BOOTH RENTER wanted - $150/wk", "CHAIR RENTAL"): no pay.
_RENT = re.compile(r"\b(?:renter|rental|rent)\b", re.IGNORECASE)


# (prec8) An ad whose text lets a place of work ("DOG GROOMER - rent a grooming table,
# $125/wk, bring your own clients. Ridgeway Rooms"): a landlord, no employer.
_RENTED_OUT = re.compile(
    r"\b(?:rent|lease)\s+(?:a|an|our|the)\s+(?:[\w-]+\s+){0,2}(?:chairs?|booths?|tables?|"
    r"benches?|stations?|spaces?|rooms?|suites?|bays?)\b|\bbring your own clients\b",
    re.IGNORECASE)


def rented(ad: ClassifiedAd, text: str = "") -> bool:
    """The ad lets a booth or a chair (its headline or, prec8, its ``text`` says so): its
    figure is a rent the worker pays, no pay, and its advertiser a landlord.

    >>> ad = ClassifiedAd(3, ("Barber",), None)
    >>> rented(ad, "BARBER - rent a chair in our busy shop, $90/wk. Kings Cuts, 4 Elm St.")
    True
    >>> rented(ad, "BARBER - busy shop, $600/wk. Kings Cuts, 4 Elm St.")
    False
    """
    if any(_RENT.search(title) for title in ad.titles):
        return True
    lowered = text.lower()
    return ("rent" in lowered or "own clients" in lowered) and bool(_RENTED_OUT.search(text))


# The advertiser's name: capitalised words (with "&", "'s") before its address, phone or
# town ("Kings & Queens Barbershop, 212 Elm St.", "Brookmeadow Care Homes, Tel 01632 …",
# "Millbrook Estate, nr Ledbury Cross."), after "@" ("Call Dale @ Dale's Clip Joint"), or
# before "seeks" ("Family-owned Gentleman's Quarters seeks …").
_NAME = r"[A-Z][\w'’]*(?:\s+(?:&\s+)?[A-Z][\w'’]*){1,4}"
_ADVERTISER = re.compile(
    rf"(?<!\d )(?<![\w'’])(?P<org>{_NAME})"
    r"(?=,\s+(?:\d|Tel\b|nr\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\.))"
    rf"|@\s+(?P<at>{_NAME})(?=,|\.|\s+\d)"
    rf"|(?:^|[.!]\s+)(?:[A-Z][a-z]+-[a-z]+\s+)?(?P<seeks>{_NAME})\s+(?:seeks|is hiring|requires)\b")


def ad_employers(text: str) -> list[str]:
    """The advertisers an ad's text names (see ``_ADVERTISER``).

    >>> ad_employers("Apply in person, Lark & Finch Salon, 9 Mill Rd. Call Jo @ Top Cuts, 555.")
    ['Lark & Finch Salon', 'Top Cuts']
    >>> ad_employers("Busy shop on Main St. Lic'd barber w/ 2 yrs exp.")
    []
    """
    found: list[str] = []
    for match in _ADVERTISER.finditer(text):
        name = match.group("org") or match.group("at") or match.group("seeks")
        if name and (" " in name) and not name.isupper():
            found.append(name)
    return found


# Where an ad's reader comes from: "Could suit someone stepping up from an accounts
# assistant post", "Cosmetologists w/ barber crossover lic. welcome to apply", a seeker's
# "20 yrs as ship's serviceman".
_ORIGIN = re.compile(
    r"\bstepping up from (?:an?\s+)?(?P<from>[a-z][\w'’ -]{2,40}?)\s+(?:post|role|position|job)\b"
    r"|(?:^|[.!]\s+)(?P<plural>[A-Z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,2}?s)\b"
    r"(?:[^.]|\.(?=\s+[a-z])){0,50}?\s+welcome to apply\b"
    r"|\b\d{1,2}\+?\s+(?:yrs|years)\s+as\s+(?:an?\s+)?(?P<was>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)(?=[,.;])")


def ad_origins(text: str) -> list[str]:
    """The titles an ad names as where its applicants come from, in Title Case.

    >>> ad_origins("Could suit someone stepping up from a kitchen porter role. Pastry chefs w/ "
    ...            "a cert. welcome to apply. Ex-navy, 12 yrs as ship's cook, seeks work.")
    ['Kitchen Porter', 'Pastry Chef', "Ship's Cook"]
    """
    found: list[str] = []
    for match in _ORIGIN.finditer(text):
        named = match.group("from") or match.group("was")
        if named is None and match.group("plural"):
            named = match.group("plural")[:-1]
        if named:
            found.append(_title_case(named.lower()).replace("'S", "'s"))
    return found


# What an ad says the worker must do or know ("Must do fades, tapers & flat tops."): a list.
_MUST = re.compile(r"\bMust (?:do|know|be able to do|have exp(?:\.|erience)? (?:in|with|of))\s+"
                   r"(?P<list>[^.;!]{3,200})[.;!]")
_LIST_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bor\b)\s*")
_ITEM_WORDS = 4  # an item longer than this is a clause, no skill


# A list the ad marks as essential ("Sage 50 & payroll ess., VAT returns", "tile cutting a
# must."): the items before the mark back to the sentence's start or a comma after a
# capitals headline, and the items after it to the full stop.
_ESSENTIAL = re.compile(r"(?P<before>[^.;!]{2,200}?)\s+(?:ess\.|essential|a must|req'd\.?)"
                        r"(?P<after>(?:,\s*[^.;!,]{2,60})*)")
_BRACKETED = re.compile(r"\s*\([^()]{0,40}\)")


# Two kinds sharing one noun ("purchase & sales ledger"): each kind with the noun.
_SHARED_NOUN = re.compile(r"^([a-z]+) (?:&|and) ([a-z]+) ([a-z]+)$")


def _parted(part: str) -> list[str]:
    """One list part's items: two kinds sharing a noun are each that noun ("purchase &
    sales ledger": the purchase ledger and the sales ledger), and a product's number ("Sage
    50 & Excel") parts two names, the number no shared noun.

    >>> _parted("purchase & sales ledger"), _parted("Sage 50 & Excel")
    (['purchase ledger', 'sales ledger'], ['Sage 50', 'Excel'])
    """
    names = paired_skills(part)
    if len(names) == 1 and any(c.isdigit() for c in part):
        return _LIST_SPLIT.split(part)
    if len(names) == 1 and (shared := _SHARED_NOUN.match(part)) is not None:
        return [f"{shared.group(1)} {shared.group(3)}", f"{shared.group(2)} {shared.group(3)}"]
    return names


def _ad_items(text: str) -> list[str]:
    """The short items of an ad's list (four words at most, no figure, no capitals
    headline), two joined by "&" or "and" parted unless they share a noun."""
    # ("purchase & sales ledger": one ledger's two kinds, one item; "A & B ledger work": two)
    items = [name.strip() for part in _BRACKETED.sub("", text).split(",")
             for name in _parted(part.strip())]
    return [item for item in items if item and len(item.split()) <= _ITEM_WORDS
            and not any(c.isdigit() for c in item) and not item.isupper()
            and "/" not in item]


# An ad's bare list with no mark ("Xero, weekly payroll for 60 staff, RTI submissions."):
# a sentence of three comma parts or more, each a short name (its tail after a preposition
# left off), none a clause, a figure, a code or an amenity.
_AD_SENTENCE = re.compile(r"\.\s+|;\s*|\.$")
_PART_TAIL = re.compile(r"\s+(?:for|to|in|with|on|at|from)\s.*$")
_PART_LEAD = re.compile(r"^(?:some|the|all|any|most)\s+", re.IGNORECASE)
_NOT_PART = re.compile(r"[/+@£$€%\d]|\b(?:is|are|be|will|can|must|may|seeks?|wanted|call|apply|"
                       r"email|send|ring|text|pls|please|you|your|we|our)\b", re.IGNORECASE)
_MIN_PARTS = 3


def _bare_list(sentence: str) -> list[str]:
    """The names of one ad sentence that is a bare list (see ``_AD_SENTENCE``); [] for any
    other.  A list whose every part ends in a plural names the ad's clients or places
    ("Sole traders, farms, holiday lets"), no skills."""
    parts = [part.strip() for part in sentence.split(",")]
    if parts and parts[0].isupper():
        parts = parts[1:]  # the ad's capitals headline
    parts = [_PART_LEAD.sub("", _PART_TAIL.sub("", part)) for part in parts if part]
    if len(parts) < _MIN_PARTS or any(
            not part or len(part.split()) > _ITEM_WORDS or part.isupper() or _NOT_PART.search(
                _PRODUCT_NUMBER.sub("", part)) for part in parts):
        return []
    if all(part.split()[-1].lower().endswith("s") for part in parts):
        return []
    # (an ad's "&" between two single words lists two: "accruals & prepayments")
    return [name for part in parts for name in (
        part.split(" & ") if _TWO_WORDS.fullmatch(part) else _parted(part))]


_TWO_WORDS = re.compile(r"[\w-]+ & [\w-]+")
_PRODUCT_NUMBER = re.compile(r"(?<=[A-Za-z]) \d{1,4}\b")  # a product's number ("Sage 50")


def ad_lists(text: str) -> list[str]:
    """The names an ad's bare lists give (no "must" or "ess." mark).

    >>> ad_lists("PAYROLL CLERK wanted. Xero, weekly payroll for 60 staff, RTI submissions, "
    ...          "auto-enrolment pensions. F/T, £27,500 pa.")
    ['Xero', 'weekly payroll', 'RTI submissions', 'auto-enrolment pensions']
    >>> ad_lists("BOOKKEEPER. Month-end, accruals & prepayments, mgmt accounts.")
    ['Month-end', 'accruals', 'prepayments', 'mgmt accounts']
    >>> ad_lists("BOOKKEEPER. Sole traders, farms, holiday lets. Rates £22 p/h.")
    []
    >>> ad_lists("BARBER. Scheduling, inventory, training + keep your own book.")
    []
    """
    found: list[str] = []
    for sentence in _AD_SENTENCE.split(" ".join(text.split())):
        found.extend(_bare_list(sentence))
    return list(dict.fromkeys(found))


def ad_skills(text: str) -> list[str]:
    """The items of an ad's "Must do …" list, and of a list it marks essential.

    >>> ad_skills("BRICKLAYER. Must do facing brick, blockwork & pointing. Call 555.")
    ['facing brick', 'blockwork', 'pointing']
    >>> ad_skills("Must pass background chk.")
    []
    >>> ad_skills("TILER P/T REQ. 3 days/wk. Wet rooms & mosaic work ess., grouting. £15 p/h.")
    ['Wet rooms', 'mosaic work', 'grouting']
    >>> ad_skills("SNR TILER / SITE LEAD, tile cutting a must. £30k.")
    ['tile cutting']
    """
    found: list[str] = []
    for match in _MUST.finditer(text):
        items = [item.strip() for item in _LIST_SPLIT.split(match.group("list")) if item.strip()]
        found.extend(item for item in items if len(item.split()) <= _ITEM_WORDS)
    for match in _ESSENTIAL.finditer(text):
        before = match.group("before").rsplit(",", 1)
        if len(before) == 2 and before[0].strip().isupper():
            before = before[1:]  # "SNR TILER / SITE LEAD, tile cutting a must": the headline
        found.extend(_ad_items(before[-1] if len(before) == 1 else ",".join(before)))
        found.extend(_ad_items(match.group("after").lstrip(", ")))
    return list(dict.fromkeys(found))
