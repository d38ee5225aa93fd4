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
from careergraph.names import is_acronym_of

__all__ = ["duty_list_kit", "duty_objects", "role_duty_list", "subject_duty_objects",
           "third_person_duty"]

# A third-person duty verb opening a clause ("Performs", "and uses"); "is", "has" and
# "works" state no object.
_PREPOSITIONS = r"(?:on|to|for|at|from|by|under|across|within|into|in|with|as)\b"
_VERB = re.compile(r"(?:^|\s(?:and|then)\s+)([A-Za-z][a-z]{1,}(?:e|[^aeious])s)\s+"
                   rf"(?!{_PREPOSITIONS})")
_NOT_VERBS = frozenset({"is", "has", "was", "works", "does", "goes", "ensures", "helps",
                        "reports", "assists", "this", "focuses", "requires", "includes",
                        # people or crews are their objects, not kit ("dispatches police units")
                        "dispatches", "triages", "supervises", "directs", "trains", "assigns",
                        # a set phrase comes first ("keeps track of X": see _IDIOM)
                        "keeps"})
# Where a verb's object ends: a preposition, a clause or a list opener.
_STOP = re.compile(r"\s+(?:on|to|for|at|from|by|under|across|within|into|throughout|per|"
                   r"in|with|including|using|such as|while|when|where|during|through|via|"
                   r"so|as|"
                   rf"and\s+(?:[a-z]+s)\s(?!{_PREPOSITIONS}))\b"
                   # the next clause's verb ("…calls, triages callers")
                   r"|,\s+(?=[a-z]+es\s+[a-z])|[.;:]")
_TOOL = re.compile(r"\bwith\s+(?:an?|the)\s+([A-Z][\w.+-]*(?:\s+[\w.+-]+){0,3}?)"
                   r"(?=\s+(?:and|or)\b|[,.;]|$)")
_INCLUDING = re.compile(r"\bincluding\s+([^.;:]+)")
# The kit a duty is done with ("dispatches units using the CAD system and radio consoles").
_USING = re.compile(r"\busing\s+")
# A verb and its set phrase before the object ("keeps track of unit status"): the object.
_IDIOM = re.compile(r"(?:^|\s)(?:keeps|kept)\s+(?:track|records?|a record)\s+of\s+")
# Two modifiers of one plural head ("warrant and vehicle checks", "911 and non-emergency
# calls"): one phrase, not a bare "warrant" and "vehicle checks".
_SHARED_HEAD = re.compile(r"^(?:[a-z][a-z-]*|\d{2,4})\s+(?:and|or)\s+[a-z][a-z-]*\s+[a-z]{3,}s$")
_IN_SYSTEM = re.compile(r"\bin\s+the\s+([A-Z]{2,6})\b")
_BRACKET = re.compile(r"\s*\(([^()]{1,40})\)")
_SPELLED = re.compile(r"((?:[A-Z][a-z]+\s+){1,5})\(([A-Z]{2,6})\)")
_DETERMINERS = ("all ", "the ", "a ", "an ", "each ", "every ", "any ", "our ", "their ")
_MAX_WORDS = 5


def _phrases(text: str) -> list[str]:
    """The short noun phrases of a list, each bracket's names after its phrase."""
    found: list[str] = []
    stripped = text.strip(" ,.")
    while stripped.lower().startswith(_DETERMINERS):
        stripped = stripped.split(" ", 1)[1] if " " in stripped else ""
    if _SHARED_HEAD.match(stripped) and not stripped.split()[0].endswith("s"):
        # (not "pumps and ventilator circuits": two things)
        first, _, second = stripped.partition(" and ") if " and " in stripped else (
            stripped.partition(" or "))
        if first.isdigit():  # ("911 and non-emergency calls": a number is no modifier alone)
            return [f"{first} {second.split()[-1]}", second]
        return [stripped]
    for item in split_items(text):
        names = [n.strip() for n in _BRACKET.findall(item)]
        head = _BRACKET.sub("", item).strip(" ,.")
        spelled = _SPELLED.search(item)
        if spelled is not None and is_acronym_of(spelled.group(2), spelled.group(1).split()):
            # "Emergency Medical Dispatch (EMD) protocols": the name the acronym spells
            names, head = [], spelled.group(1).strip()
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
        rest = _clause_cut(sentence[verb.end():])
        stop = _STOP.search(rest)
        found.extend(_phrases(rest[:stop.start()] if stop else rest))
    for opener in (*_IDIOM.finditer(sentence), *_USING.finditer(sentence)):
        rest = sentence[opener.end():]
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


_NEXT_VERB = re.compile(r",\s+(?:and\s+)?([a-z]+s)\s+[a-z]")


def _clause_cut(text: str) -> str:
    """``text`` up to the next clause a listed duty verb opens ("calls, logs incidents")."""
    for verb in _NEXT_VERB.finditer(text):
        if verb.group(1) in _duty_verbs():
            return text[:verb.start()]
    return text


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


# A duty told with its subject, as a printed handbook tells it: "he checks …", "she then
# builds …".  (Plural subjects are not read: "technicians inspect new and existing plant",
# "they read the fault log" tell what is worked on far more often than the kit.)
_SUBJECT = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:also\s+|then\s+|usually\s+)?([a-z]{3,}s)\b")
# Where a told duty's clause ends: the next one's time or condition ("…, and during the trip"),
# a relative clause on the object ("locomotives that haul freight"), a manner ("according to").
_CLAUSE_END = re.compile(r",?\s+(?:and\s+)?(?:during|before|after|while|when|once|that|which|who|"
                         r"according)\b|[.;:]")
_SENTENCE_END = re.compile(r"[.;:]")


@cache
def _subject_verbs() -> frozenset[str]:
    words = word_lists("duty_objects")
    return frozenset((*words.get("verbs", ()), *words.get("subject_verbs", ())))


def subject_duty_objects(sentence: str) -> list[str]:
    """What the duties a ``sentence`` tells with "he" or "she" work on and with: each clause
    after the subject opening with a listed duty verb (data: ``duty_objects.verbs`` and
    ``subject_verbs``) read by :func:`duty_objects`; a clause opening with another verb is not
    read, nor a part "of" a thing, a manner or a verb's own phrase.

    >>> subject_duty_objects("Before a shift she checks the hoist ropes, pulleys, and the "
    ...                      "guard rails of the cage, watches the gauges, and reads load charts.")
    ['hoist ropes', 'pulleys', 'load charts']
    >>> subject_duty_objects("Riggers check slings and shackles.")
    []
    """
    found: list[str] = []
    subjects = list(_SUBJECT.finditer(sentence))
    for no, subject in enumerate(subjects):
        end = subjects[no + 1].start() if no + 1 < len(subjects) else len(sentence)
        told = sentence[subject.start(1):end]
        stop = _SENTENCE_END.search(told)
        told = told[:stop.start()] if stop else told
        # ("…, watches the track, reads signals": each clause's own verb is tested; a time, a
        # relative clause or a manner ends its own clause only, "cuts foam according to
        # templates, installs springs": the next clause is read)
        for clause in re.split(r",\s+(?:and\s+)?(?:then\s+)?(?=[a-z]+s\s)", told):
            stop = _CLAUSE_END.search(clause)
            clause = clause[:stop.start()] if stop else clause
            if clause.split(" ", 1)[0] in _subject_verbs():
                found.extend(name for name in duty_objects(clause) if _object_name(name)
                             and not _gloss(name, clause))
    return list(dict.fromkeys(found))


def _gloss(name: str, clause: str) -> bool:
    """Is ``name`` a lower-case bracket after a thing, its gloss or its word in another
    language ("springs and webbing (pasy tapicerskie)"), not a make ("(Juki)")?"""
    return name.islower() and f"({name})" in clause


def _object_name(name: str) -> bool:
    """Is ``name`` a thing worked on or with, not a part "of" one ("levels of the engine"), a
    verb's clause ("repair defects") or a manner ("beads visually")?"""
    words = name.split()
    verb = words[0].lower()
    return " of " not in name and not any(word.endswith("ly") for word in words) and not (
        verb in _subject_verbs() or verb + "s" in _duty_verbs() or verb + "es" in _duty_verbs())


# A duty sentence's colon list ("Performs road upkeep: patching ruts with cold and hot
# asphalt, crack sealing, …"): its items, up to the sentence's end.
_DUTY_LIST = re.compile(r"^[A-Z][a-z]+s\s[^:]{3,60}:\s+(?P<items>[^.;]+)")
_GERUND_ITEM = re.compile(r"^[a-z]{3,}ing\s+(?=[a-z])")
_WITH_KIT = re.compile(r"\b(?:with|using)\s+(?P<kit>[a-z][\w -]{2,40}?)\s*$")
_TECHNIQUE = re.compile(r"^[a-z][a-z-]+\s+[a-z]{3,}ing$")  # "crack sealing", "line marking"


def duty_list_kit(sentence: str) -> list[str]:
    """The kit and techniques a duty's colon list names: a technique named as a noun and a
    gerund ("crack sealing"), the material or kit a gerund's duty is done with, whole ("…
    with cold and hot asphalt"), and the names in brackets; a duty's gerund and its object
    ("clearing drains", "setting cones") name the work, not a skill.

    >>> duty_list_kit("Performs yard upkeep: patching ruts with cold and hot asphalt, "
    ...               "crack sealing, clearing drains, and setting cones (TTM rules).")
    ['cold and hot asphalt', 'crack sealing', 'TTM rules']
    >>> duty_list_kit("Performs audits on site.")
    []
    """
    listed = _DUTY_LIST.match(sentence)
    if listed is None or not third_person_duty(sentence):
        return []
    found: list[str] = []
    for item in re.split(r",\s+(?:and\s+)?", listed.group("items")):
        names = [n.strip() for n in _BRACKET.findall(item)]
        bare = _BRACKET.sub("", item).strip()
        if _GERUND_ITEM.match(bare):
            kit = _WITH_KIT.search(bare)
            found.extend([kit.group("kit")] if kit else [])
        elif _TECHNIQUE.match(bare):
            found.append(bare)
        found.extend(n for n in names if 0 < len(n.split()) <= _MAX_WORDS)
    return list(dict.fromkeys(found))


# The role's own duties listed after its possessive, a source's aside allowed ("A Bus Driver's
# duties, as set out in the job description at page 40, include A, B and C").
# The role's position description listing them does the same ("The position description in
# evidence lists A, B and C").
_ROLE_DUTIES = (r"(?:\b{role}['’]s\s+(?:main\s+)?(?:duties|tasks)(?:,[^,.]{{0,120}},)?\s+include"
                r"|\b(?:position|job)\s+description\b[^,.]{{0,30}}?\s+lists)\s+")


def role_duty_list(sentence: str, role: str) -> list[str]:
    """The duties a ``sentence`` lists for the page's ``role`` by its possessive, each a short
    noun phrase (an item joining two things, "work on A and B buses", is left out).

    >>> role_duty_list("A Porter's duties, as set out in his contract, include lift checks, "
    ...                "linen rounds and work on day and night wards.", "Porter")
    ['lift checks', 'linen rounds', 'day wards', 'night wards']
    """
    if not role or ("include" not in sentence and "lists" not in sentence):
        return []
    opened = re.search(_ROLE_DUTIES.format(role=re.escape(role)), sentence, re.IGNORECASE)
    if opened is None:
        return []
    rest = sentence[opened.end():].split(". ", 1)[0].rstrip(". ")
    items = re.split(r",\s+(?:and\s+)?", rest)
    if " and " in items[-1]:  # (the list's last two items: "A and B", or "A and work on …")
        last, _, after = items.pop().partition(" and ")
        items += [last, after]
    found: list[str] = []
    for item in items:
        shared = _PAIRED_HEAD.search(item)
        if shared is not None and (" " not in shared.group(3) or "-" in shared.group(1)):
            # "work on single-deck and double-deck buses": two kinds (a head of two words
            # only after compounds, "three-phase and single-phase distribution boards")
            found += [f"{shared.group(kind)} {shared.group(3)}" for kind in (1, 2)]
        elif (system := _IN_SYSTEM_NAME.search(item)) is not None:
            found.append(system.group(1))  # "keeping charts in ToothBase": the system
        elif 0 < len(item.split()) <= _MAX_WORDS and " or " not in item:
            found.append(item.strip())
    return found


# The system a listed duty is done in ("processing claims in Optomate").
_IN_SYSTEM_NAME = re.compile(r"\sin\s+([A-Z][\w-]+)$")
# Two kinds sharing a plural head at an item's end ("single-deck and double-deck buses").
_PAIRED_HEAD = re.compile(r"(?:^|\s)([\w-]+)\s+and\s+([\w-]+)\s+((?:[a-z]+\s)?[a-z]+s)$")
