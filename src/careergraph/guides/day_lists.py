"""The work of a day told as a list: "Most days are code review, load testing and on-call
handovers", "The tattooing itself is linework, shading and colour packing, on a rotary
machine": the activities listed are the role's skills.

Three items at least, each a short noun phrase (no article or pronoun opening it, five words
at most); the list ends at the sentence's end or at a clause after a comma that opens with a
preposition (", on a rotary machine …").

>>> day_skills("Most days are code review, load testing and on-call handovers.")
['code review', 'load testing', 'on-call handovers']
>>> day_skills("The tattooing itself is linework, shading and colour packing, on a rotary "
...            "machine for most work.")
['linework', 'shading', 'colour packing']
>>> day_skills("Most days are long, hot and dusty."), day_skills("Most days are a mix of A and B.")
([], [])

A diary's entry may list the next part of the day the same way ("Then it's suturing,
triage and discharge notes"):

>>> day_skills("Then it's suturing, triage and discharge notes.")
['suturing', 'triage', 'discharge notes']

A run-in label does the same, each item without what it is done to or for:

>>> day_skills("Day to day: reading drawings, trimming joists for the roofers and pressure "
...            "testing the finished lines.")
['reading drawings', 'trimming joists', 'pressure testing']

Its items may name what is used ("use of the X", "of the Y") and a bracket of names:

>>> day_skills("In daily work: kerb patrols, parking notices (ParkPad on the Zebra handset), "
...            "dépannage (towing) requests, use of the breathalyser and of the speed gun.")
... # doctest: +NORMALIZE_WHITESPACE
['kerb patrols', 'parking notices', 'ParkPad', 'dépannage requests', 'breathalyser',
 'speed gun']
"""

from __future__ import annotations

import re

from careergraph.guides.text import split_items

__all__ = ["day_cue", "day_skills"]

_LEAD = re.compile(r"\b(?:(?:Most|Many|Typical|My|Our|Your) (?:days|weeks|shifts) are"
                   r"|The [a-z]+ itself is"
                   # a diary's next stretch of the day ("Then it's A, B and C")
                   r"|(?:Then|Next|After that|From there),? it(?:'s|\u2019s| is)"
                   # a run-in label before the day's work ("Day to day: reading drawings, …")
                   r"|(?P<label>(?:Day to day|Day-to-day|On a typical day|A typical day"
                   # (a translated page's "In the daily one:", "In daily work:", "Daily:")
                   r"|In (?:the )?daily (?:one|life|work|routine)|On a daily basis|Daily"
                   r"|Day-to-day work|Daily tasks):))"
                   r"\s+(?P<list>[^.;:!?]+)")
# What a labelled item does its work on or for ("hydro testing the finished system",
# "fitting up for the welder"): after the activity's own words, no part of its name.
# (only a lower-case activity: "Attention to Detail" is a name, "attention to detail" a skill)
_OBJECT_TAIL = re.compile(r"\s(?:the|a|an|for|on|in|at|with|from|into)\s.*$")
_CLAUSE = re.compile(r",\s+(?:on|in|with|for|at|by|from|using|while|which|but|so)\s")
_NOT_FIRST = frozenset({"a", "an", "the", "i", "we", "you", "they", "it", "my", "our", "your",
                        "their", "not", "very", "mostly", "usually", "often", "spent"})
_MIN_ITEMS = 3
_BRACKET = re.compile(r"\s*\(([^()]{1,60})\)")
_ITEM_END = re.compile(r"\s*(?:,|$|and\s|or\s)")  # (a bracket inside an item is a gloss)
# "use of the handcuffs", "of the telescopic baton": the thing used is the skill
_USE_OF = re.compile(r"^(?:(?:use|handling|operation) )?of (?:the |a |an )?", re.IGNORECASE)
_NOTED = re.compile(r"^(?:i\.e\.|e\.g\.|etc)\b", re.IGNORECASE)
_MAX_WORDS = 5
_NAMES_WORK = re.compile(r"(?<=\S)\s+work$")
# Adjectives a day is described with, not activities ("long, hot and dusty").
_STATES = frozenset({"long", "short", "hot", "cold", "busy", "quiet", "dusty", "wet", "early",
                     "late", "varied", "hard", "tiring", "slow", "fast", "stressful", "fun"})


_CUES = ("days are", "weeks are", "shifts are", "itself is", "then it's", "then it’s",
         "day to day:", "day-to-day:", "typical day:", "daily one:", "daily:", "daily life:",
         "daily work:", "daily routine:", "daily basis:", "daily tasks:", "day-to-day work:",
         "then it is", "next it's", "next, it's", "after that it's", "after that, it's",
         "from there it's", "from there, it's")


def day_cue(page: str) -> bool:
    """Whether a page may list a day's work at all: a cheap test before each of its lines
    is read with :func:`day_skills`.

    >>> day_cue("6:45 AM – Setting up. Then it's rounds and handovers."), day_cue("Welding")
    (True, False)
    """
    lowered = page.lower()
    return any(cue in lowered for cue in _CUES)


def _bracket_items(match: re.Match[str]) -> str:
    """A bracket at an item's end as items of its own ("reports (PadApp on the handset)" ->
    "reports, PadApp,"); a gloss inside an item or an acronym after it goes ("(GTPI)")."""
    inner = match.group(1)
    if not _ITEM_END.match(match.string, match.end()) or (inner.isupper() and " " not in inner):
        return ""
    return f", {_OBJECT_TAIL.sub('', inner)},"


def day_skills(text: str) -> list[str]:
    """The activities a sentence lists as the work of a day (see above); [] when none."""
    found: list[str] = []
    for match in _LEAD.finditer(text):
        listed = _CLAUSE.split(match.group("list"), maxsplit=1)[0]
        if match.group("label"):
            # (a labelled list keeps what passes: each item stands apart; a bracket's
            # names are items of their own, "reports (PV app on the NEO terminal)")
            listed = _BRACKET.sub(_bracket_items, listed)
        items = [item.strip() for item in split_items(listed) if item.strip()]
        # (fresh60) "Most days are ServiceNow and Active Directory work, plus Intune": the
        # work noun after the last name is the names', a capitalised item the product
        items = [_NAMES_WORK.sub("", item) if item[:1].isupper() else item for item in items]
        if match.group("label"):
            items = [_OBJECT_TAIL.sub("", item) if item[:1].islower() else item
                     for item in (_USE_OF.sub("", item) for item in items)]
            items = [item for item in items if item and len(item.split()) <= _MAX_WORDS
                     and not _NOTED.match(item)
                     and item.split()[0].lower() not in _NOT_FIRST]
        if len(items) < _MIN_ITEMS or not all(
                item and len(item.split()) <= _MAX_WORDS
                and item.split()[0].lower() not in _NOT_FIRST for item in items):
            continue
        if all(item.lower() in _STATES for item in items):
            continue
        found.extend(items)
    return found
