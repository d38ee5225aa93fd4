"""What a job description's duty sentences work on and with: the techniques, equipment and
systems named as the objects of its third-person duty verbs.

A position summary attached to an offer letter or a US job description writes its duties as
sentences opening with a verb in the third person ("Performs preventive maintenance,
calibration and repairs on clinical equipment, including infusion pumps (BD Alaris) …",
"Performs electrical safety testing with a Fluke ESA615 and uses an SPO2 simulator").  The
verb's objects are techniques and kit the holder must know, and so are the examples after
"including", the tool after "with a" and the names in brackets.  Only short noun phrases count
(at most five words, no figure); what the work is done on ("on clinical equipment") and for
whom are not read.

>>> duty_objects("Performs calibration and repairs on hoists, including chain blocks "
...              "(Yale) and lever hoists.")
['calibration', 'chain blocks', 'Yale', 'lever hoists']
>>> duty_objects("Tests each circuit with a Megger MFT1741 and uses a clamp meter.")
['Megger MFT1741', 'circuit', 'clamp meter']
>>> duty_objects("Works closely with the team.")
[]
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.heading_data import word_lists
from careergraph.guides.text import split_items

__all__ = ["duty_objects", "third_person_duty"]

# A third-person duty verb opening a clause ("Performs", "and uses"); "is", "has" and
# "works" state no object.
_PREPOSITIONS = r"(?:on|to|for|at|from|by|under|across|within|into|in|with|as)\b"
_VERB = re.compile(r"(?:^|\s(?:and|then)\s+)([A-Za-z][a-z]{1,}(?:e|[^aeious])s)\s+"
                   rf"(?!{_PREPOSITIONS})")
_NOT_VERBS = frozenset({"is", "has", "was", "works", "does", "goes", "ensures", "helps",
                        "reports", "assists", "this", "focuses", "requires", "includes"})
# Where a verb's object ends: a preposition, a clause or a list opener.
_STOP = re.compile(r"\s+(?:on|to|for|at|from|by|under|across|within|into|throughout|per|"
                   r"in|with|including|such as|while|when|where|so|as|"
                   rf"and\s+(?:[a-z]+s)\s(?!{_PREPOSITIONS}))\b|"
                   r"[.;:]")
_TOOL = re.compile(r"\bwith\s+(?:an?|the)\s+([A-Z][\w.+-]*(?:\s+[\w.+-]+){0,3}?)"
                   r"(?=\s+(?:and|or)\b|[,.;]|$)")
_INCLUDING = re.compile(r"\bincluding\s+([^.;:]+)")
_IN_SYSTEM = re.compile(r"\bin\s+the\s+([A-Z]{2,6})\b")
_BRACKET = re.compile(r"\s*\(([^()]{1,40})\)")
_DETERMINERS = ("all ", "the ", "a ", "an ", "each ", "every ", "any ", "our ", "their ")
_MAX_WORDS = 5


def _phrases(text: str) -> list[str]:
    """The short noun phrases of a list, each bracket's names after its phrase."""
    found: list[str] = []
    for item in split_items(text):
        names = [n.strip() for n in _BRACKET.findall(item)]
        head = _BRACKET.sub("", item).strip(" ,.")
        while head.lower().startswith(_DETERMINERS):
            head = head.split(" ", 1)[1] if " " in head else ""
        for phrase in (head, *names):
            words = phrase.split()
            if 0 < len(words) <= _MAX_WORDS and not any(c.isdigit() for c in phrase[:1]) and (
                    not any(w in ("and", "or") for w in words)):
                found.append(phrase)
    return found


def duty_objects(sentence: str) -> list[str]:
    """The techniques, equipment and systems a duty ``sentence`` names (see the module)."""
    found: list[str] = []
    for tool in _TOOL.finditer(sentence):
        found.append(tool.group(1).strip())
    for verb in _VERB.finditer(sentence):
        if verb.group(1).lower() in _NOT_VERBS or (verb.start() > 0 and not verb.group(0)[:1]
                                                    .isspace()):
            continue
        rest = sentence[verb.end():]
        stop = _STOP.search(rest)
        found.extend(_phrases(rest[:stop.start()] if stop else rest))
    including = _INCLUDING.search(sentence)
    if including is not None:
        found.extend(_phrases(including.group(1)))
    for system in _IN_SYSTEM.finditer(sentence):
        found.append(system.group(1))
        bracket = _BRACKET.match(sentence, system.end())
        if bracket is not None:
            found.extend(_phrases(bracket.group(1)))
    # ("Reads schematics and troubleshoots to component level": a verb, no object)
    return [name for name in dict.fromkeys(found) if " " in name or not re.search(
        rf"\band\s+{re.escape(name)}\s+{_PREPOSITIONS}", sentence)]


@cache
def _duty_verbs() -> frozenset[str]:
    return frozenset(word_lists("duty_objects").get("verbs", ()))


def third_person_duty(text: str) -> bool:
    """A duty paragraph in a job description's third person: it opens with a duty verb
    (data: ``duty_objects.verbs``), never a plural subject ("Midwives look after …").

    >>> third_person_duty("Performs audits on site."), third_person_duty("Midwives care for …")
    (True, False)
    """
    first = text.split(" ", 1)[0].lower()
    return first in _duty_verbs()
