"""What a writer's own duties work on and with, told in the first person or as a résumé's
past-tense bullets: "In my current role I: - take blood samples and run fluid therapy",
"where I: * dig shovel test pits and screen spoil", "Performed preventive maintenance on
diesel generator sets".

A cover letter, a CV or a résumé translation tells the work the writer did or does rather
than listing skills; the objects of its duty verbs are the techniques and kit she knows.
Each clause opening with a duty verb (``told_duties.verbs`` in ``data/headings.yaml``, in
its base form or its past tense, irregular pasts listed there) runs to the next verb; its
objects, its bracketed examples and the tools after "with" or "using" (a name after "in" or
"on") are read, up to a purpose or a place.  A clause opening with another verb
(``others``: "help", "mentor") names only a product it is done in.

>>> told_duty_objects("take and process radiographs on a DR system, and keep clinical "
...                   "records in ProVet Cloud")
['radiographs', 'DR system', 'clinical records', 'ProVet Cloud']
>>> told_duty_objects("Diagnosed engine faults using wiring schematics and a multimeter")
['engine faults', 'wiring schematics', 'multimeter']
>>> told_duty_objects("Supervised four soldiers in the motor pool")
[]
>>> told_opening("Logged soil profiles in the field"), told_opening("Soil profiles")
(True, False)
>>> told_opening("Log soil profiles"), told_opening("Log soil profiles", base=True)
(False, True)
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.heading_data import word_lists
from careergraph.guides.items import shared_head
from careergraph.guides.text import split_items

__all__ = ["told_duty_objects", "told_opening"]

_WORD = re.compile(r"[A-Za-z]+")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A page's byline or update line ("Updated March 4, 2026", "Reviewed by the … team").
_DATELINE = re.compile(r"\b(?:by the|editorial|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
                       r"Dec)[a-z]*\.?\s+\d{1,2}\b)")
_HELP = re.compile(r"\b(?:[Hh]elp(?:ed|ing)?|[Aa]ssist(?:ed|ing)?)\s+(?:to\s+)?(?=[a-z]{2,}\s)")
# A clause's start: the item's start, or after a comma or "and" ("…, and take blood").
_CLAUSE = re.compile(r"(?:^|,\s+(?:and\s+)?|\s+and\s+|;\s+)([A-Za-z]+)\b")
# Objects that open with a preposition or a pronoun are no names ("through the mesh").
_NOT_OPENING = frozenset({"by", "through", "about", "around", "over", "up", "out", "down", "off",
                          "it", "them", "me", "my", "our", "his", "her", "their", "your",
                          "this", "that", "these", "those", "some", "any", "new"})


@cache
def _forms() -> dict[str, str]:
    """Each listed verb's base form and past tense, mapped to its base form."""
    words = word_lists("told_duties")
    forms: dict[str, str] = {}
    for verb in words.get("verbs", ()):
        forms[verb] = verb
        for past in _pasts(verb):
            forms.setdefault(past, verb)
    for pair in words.get("irregular", ()):
        past, _, base = pair.partition(" ")
        if base in forms:
            forms[past] = base
    return forms


def _pasts(verb: str) -> tuple[str, ...]:
    """The regular past tense of ``verb`` ("logged" for "log": both spellings tried)."""
    if verb.endswith("e"):
        return (verb + "d",)
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return (verb[:-1] + "ied",)
    return (verb + "ed", verb + verb[-1] + "ed")


def told_opening(item: str, *, base: bool = False) -> bool:
    """``item`` opens with a listed duty verb in the past tense, as a résumé's bullet does
    (with ``base``: in its base form too, as a duty list's imperative does)."""
    first = _WORD.match(_HELP.sub("", item.strip()))
    if first is None:
        return False
    word = first.group().lower()
    if word not in _forms():
        return False
    if _forms()[word] != word:
        return _DATELINE.search(item) is None  # ("Updated March 4 by …": a byline)
    # (an imperative's object is in lower case: "Load Testing Architecture" is a name)
    following = item.strip()[first.end():].split()
    return base and bool(following) and not following[0][:1].isupper()


def told_duty_objects(item: str) -> list[str]:
    """The techniques and kit the duty clauses of ``item`` name (see the module)."""
    forms = _forms()
    text = _HELP.sub("", item.strip().rstrip(";."))  # ("Help run …": the duty run)
    nouns = _nouns_too()
    starts = [(m.start(1), m.group(1).lower()) for m in _CLAUSE.finditer(text)
              if (m.group(1).lower() in forms or m.group(1).lower() in _other_verbs()) and (
                  m.start(1) == 0 or "," in m.group() or ";" in m.group()
                  or m.group(1).lower() not in nouns or _verb_before(text, m.start(), forms))]
    # ("log borings and test pits": a noun; "take and process radiographs": a verb)
    found: list[str] = []
    for index, (start, word) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        clause = text[start:end].split(" ", 1)[1] if " " in text[start:end] else ""
        # ("help draft …", "mentor two students": no object named, but a product used
        # is one: "invoice in ProVet Cloud")
        found.extend(_objects(clause) if word in forms else [
            name for name in _objects(clause, tools_only=True)])
    return list(dict.fromkeys(found))


@cache
def _other_verbs() -> frozenset[str]:
    return frozenset(word_lists("told_duties").get("others", ()))


def _verb_before(text: str, at: int, forms: dict[str, str]) -> bool:
    """The word before position ``at`` of ``text`` is a listed verb ("take | and process")."""
    before = text[:at].split()
    return bool(before) and before[-1].lower() in forms


@cache
def _vague() -> frozenset[str]:
    return frozenset(word_lists("told_duties").get("vague", ()))


@cache
def _nouns_too() -> frozenset[str]:
    return frozenset(word_lists("told_duties").get("nouns_too", ()))


# Where a clause's objects end and what follows: a tool after "with"/"using", a place or
# purpose after the other prepositions.
_TOOL_CUE = re.compile(r"\s+(?:with|using|in|on)\s+(?:an?\s+|the\s+)?")
_STOP = re.compile(r"\s+(?:for|to|at|from|under|across|within|into|throughout|per|so|while|"
                   r"when|where|as|before|after|during|through|under)\b|[.;]")
_BRACKET = re.compile(r"\s*\(([^()]{1,80})\)")
_TRAILING = re.compile(r"(?:,|\s+(?:and|or|then))?\s*$")
_ITEMS = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_ARTICLES = re.compile(r"^(?:an?|the|each|every|all|any)\s+", re.IGNORECASE)
_MAX_WORDS = 5


def _objects(clause: str, *, tools_only: bool = False) -> list[str]:
    """The names a clause's objects and its tools give (the verb already cut off); with
    ``tools_only`` the names after "with", "using", "in" or "on" that hold a capital."""
    clause = _TRAILING.sub("", clause)  # ("take and | process …": the next verb's "and")
    clause, _, listed = clause.partition(": ")  # ("run lab tests: A, B, C": the tests)
    stop = _STOP.search(clause)
    clause = clause[:stop.start()] if stop else clause
    # the objects, then each "with"/"using" part, and each "in"/"on" part naming a product
    # ("in the field", "on site": a place, no tool)
    cues = list(_TOOL_CUE.finditer(clause))
    bounds = [0, *(c.start() for c in cues), len(clause)]
    parts = [clause[:bounds[1]]] if not tools_only else []
    for index, cue in enumerate(cues):
        part = clause[cue.end():bounds[index + 2]]
        if cue.group().split()[0] in ("with", "using") and not tools_only or re.search(
                r"[A-Z]", part):
            parts.append(part)
    found: list[str] = []
    for part in [*parts, *([listed] if listed and not tools_only else [])]:
        if part.count("(") > part.count(")"):  # (a bracket the line's wrap left open)
            part = part.replace("(", ", ")
        names = [n for bracket in _BRACKET.findall(part) for n in _ITEMS.split(bracket)]
        # ("steam and STERRAD cycles": one head shared, one name)
        for piece in [*split_items(_BRACKET.sub("", part), keep_whole=shared_head), *names]:
            piece = _ARTICLES.sub("", piece.strip(" ,"))
            words = piece.split()
            if 0 < len(words) <= _MAX_WORDS and piece not in ("and", "or") and (
                    piece.lower() not in _vague()) and not words[0].lower().startswith(_MONTHS) and (
                    words[0].lower() not in _NOT_OPENING) and not any(
                    c.isdigit() for c in words[0]) and not piece.endswith((" and", " or")):
                found.append(piece)
    return found
