"""A newspaper's or local site's classified job ads: terse ads, each opening with its title
in capitals ("BARBER WANTED.", "EXP'D BOOKKEEPER / PAYROLL CLERK wanted by …", "TRAINEE
BOOKKEEPER. No exp nec."), under one category of the paper's classified section.

The title most of the ads advertise, less its level word ("EXP'D", "SNR", "TRAINEE") and its
request words ("WANTED", "P/T REQ."), is the page's role: the category strip and the masthead
("… COURIER   CLASSIFIEDS") name none.  A slash in a headline names two titles.

>>> ads = classified_ads([(10, "BARBER WANTED. Busy shop."), (15, "APPRENTICE BARBER - will train."),
...     (20, "EXP'D BARBER / SHOP MANAGER. Runs the shop."), (25, "BOOTH RENTER wanted - $150/wk")])
>>> [(ad.line, ad.titles, ad.level) for ad in ads]
[(10, ('Barber',), None), (15, ('Barber',), 'Apprentice'), (20, ('Barber', 'Shop Manager'), 'Senior'), (25, ('Booth Renter',), None)]
>>> classified_role(ads)
('Barber', 10)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["ClassifiedAd", "classified_ads", "classified_role"]

# An ad's headline: capitals (with apostrophes, slashes, hyphens) up to the full stop, comma
# or dash after it, or up to the first small letter or figure of the ad's text.
_HEAD = re.compile(r"^(?:FEATURED\b[\s|:-]*)?(?P<head>[A-Z][A-Z'’/&.\- ]{2,70}?)"
                   r"(?:[.,:;!]\s+|\s+[-–—]\s+|\s+(?=[a-z$£€\d(]))(?P<rest>.*[a-z].*)$")
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
_MIN_WORD = 3  # a title's word this long at least: "VA" alone names no job


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
    if not titles or not all(any(len(w) >= _MIN_WORD for w in t.split()) for t in titles):
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
