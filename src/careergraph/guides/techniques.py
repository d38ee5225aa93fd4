"""Named techniques inside any sentence: a noun that names a method of examining or treating
by its ending ("otoscopy", "tympanometry", "radiography", "airway clearance therapy").

A duty or a story names what the role does ("For a full exam I do otoscopy and
tympanometry", "Assists with bronchoscopy"); most objects of such a sentence are no skills,
but a word built on -scopy, -metry, -graphy or -therapy names a technique of its own
wherever it stands.  The phrase is that word with at most two lower-case modifiers before it
("speech audiometry"), cut at a function word or a verb; a compound modifier left alone
before "and" shares the head ("pure-tone and speech audiometry": pure-tone audiometry too).
Only a word written in lower case counts (a capitalised one is a title's word).  The caller
drops the role's own field ("therapy" on a therapist's page) and sentences about degrees.

>>> techniques("For a full exam I do otoscopy, pure-tone and speech audiometry and "
...            "tympanometry.")
['otoscopy', 'pure-tone audiometry', 'speech audiometry', 'tympanometry']
>>> techniques("Assists with bronchoscopy and arterial line placement")
['bronchoscopy']
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.heading_data import word_lists
from careergraph.guides.phrase_gate import LiteralGate, folded

__all__ = ["equipment", "techniques"]

_HEAD = re.compile(r"\b([a-z-]*(?:scopy|metry|graphy|therapy))\b")
_HEAD_GATE = LiteralGate(_HEAD)
# Words that end a technique's phrase on its left: function words, pronouns, the verbs of
# doing ("I do otoscopy", "performs spirometry"), and words that judge a thing rather than
# name its kind ("handling a complicated machine" names no machine).
_STOP_WORDS_TEXT = """
a an the of for in on at to with by from into via and or nor but as than then also plus
including include includes such like e.g. i.e. this that these those their our your his her
its my i i'll we you they he she it is are was were be been being do does did doing done
who whom whose which add adds added adding
perform performs performed performing run runs running conduct conducts conducted use uses
using used carry carries out manage manages managed managing assist assists assisted
provide provides provided offer offers offered learn learned learnt study studied need
needs skills skill some any all each every more most basic advanced our own new
particular specific certain different various given same
complicated complex sophisticated simple fancy expensive cheap huge enormous tiny typical
ordinary
main primary principal usual whole entire other
"""
_STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())
_MODIFIER = re.compile(r"^[a-z][a-z-]*$")
# A noun after the technique's word that makes it a field naming work ("a radiography job",
# "therapy vacancies"), no technique done.
_JOB_AFTER = re.compile(r"\s+(?:jobs?|vacanc(?:y|ies)|careers?|positions?|posts?|roles?|"
                        r"industry|sector|salon|clinic|business)\b")
_MAX_MODIFIERS = 2
# "pure-tone and speech audiometry": a lone modifier joined to the next technique's phrase
_SHARED = re.compile(r"\b([a-z][a-z-]*)\s+(?:and|or)\s+$")


# (real31) The areas or departments one works in, listed by example ("You could work in many
# areas such as maternity, physiotherapy or oncology"): places in a service, no techniques.
_AREAS_WORKED = re.compile(r"\bwork(?:s|ing)?\s+in\s+(?:[a-z-]+\s+){0,3}?(?:areas|departments|"
                           r"specialities|specialties|services|units|teams|wards|settings)\s*,?"
                           r"\s+(?:such as|including|like)\b")


# (real45) A move into a field just before a technique's name ("move into optometry",
# "progress into radiography", "retrain in physiotherapy"): where the worker goes next.
_MOVED_INTO = re.compile(r"\b(?:move|moves|moving|progress|progressing|go|goes|switch|"
                         r"retrain|cross)\s+(?:in|into|over to)\s+(?:[a-z-]+\s+)?$")


def techniques(sentence: str, role: str = "") -> list[str]:
    """The technique names ``sentence`` holds, in order (see the module); none that is the
    field of ``role`` ("respiratory therapy" of a Respiratory Therapist) or of a noun of its
    own ("the geometry of the site").

    >>> techniques("Occupational therapy covers wheelchair seating and gait re-training.")
    ['Occupational therapy']
    >>> techniques("Radiography of the hand; we do radiography daily.", "Radiographer")
    []
    >>> techniques("They may move into optometry."), techniques("They use optometry.")
    ([], ['optometry'])
    """
    found: list[str] = []
    lowered = sentence.lower()
    if not _HEAD_GATE.admits(lowered):  # (a search of the lowered text: its literal test exact)
        return found  # most sentences name no technique's head
    field = _field(role)
    areas = _AREAS_WORKED.search(lowered) if " such as " in lowered or (
        " including " in lowered or " like " in lowered) else None
    for match in _HEAD.finditer(lowered):
        if lowered.startswith(" of ", match.end()):
            continue  # "the geometry of the site": a property, no technique
        if areas is not None and areas.end() <= match.start() and (
                "." not in lowered[areas.end():match.start()]):
            continue  # (real31) "work in many areas such as maternity, physiotherapy, …":
            # the departments worked in, no technique of the worker's
        if _MOVED_INTO.search(lowered, max(0, match.start() - 40), match.start()):
            continue  # (real45) "may also move into optometry": a field moved to, no technique
        if _JOB_AFTER.match(lowered, match.end()):
            continue  # "find the right massage therapy job": a field naming jobs, no technique
        if sentence[match.start()].isupper() and sentence[:match.start()].strip():
            continue  # "Geography occupations", "Lead Cryptography Engineer": a title
        start = match.start()
        words = lowered[:start].split()
        taken = 0
        while taken < min(len(words), _MAX_MODIFIERS):
            word = words[-1 - taken]
            if not _MODIFIER.match(word) or word in _STOP_WORDS or word.endswith("ly"):
                break
            if word.endswith("ed") and not _listed(words, taken):
                break  # "I performed spirometry": a verb ("…, computed tomography": a modifier)
            position = lowered.rfind(word, 0, start)
            if sentence[position].isupper() and sentence[:position].strip():
                break  # a capitalised word inside the sentence: a name, no modifier
            start = position
            taken += 1
        phrase = sentence[start:match.end()]
        if phrase.lower() == "therapy" or _own_field(phrase, role, field):
            continue
        shared = _SHARED.search(lowered, 0, start)
        if shared is not None and shared.end() == start and _lone_modifier(lowered, shared):
            found.append(f"{sentence[shared.start(1):shared.end(1)]} {match.group(1)}")
        found.append(phrase)
    return list(dict.fromkeys(found))


def _listed(words: list[str], taken: int) -> bool:
    """Whether the word ``taken`` places from the end of ``words`` opens an item of a list
    (after a comma, "and" or "or"), where an -ed word modifies ("…, computed tomography")."""
    index = len(words) - 1 - taken
    return index > 0 and (words[index - 1].endswith(",") or words[index - 1] in ("and", "or"))


def _lone_modifier(lowered: str, shared: re.Match[str]) -> bool:
    """Whether the word before "and" is a modifier standing alone, after a comma or a
    function word ("…, pure-tone and speech audiometry"), not a technique of its own."""
    word = shared.group(1)
    if "-" not in word.strip("-") or _HEAD.fullmatch(word):
        return False  # ("area and simple geometry": a noun of its own, not a modifier)
    before = lowered[:shared.start(1)].rstrip()
    return not before or before.endswith((",", ";", ":")) or before.split()[-1] in _STOP_WORDS


# The field a practitioner's title names: "Respiratory Therapist" -> "respiratory therapy"
_PRACTITIONER = (("therapist", "therapy"), ("grapher", "graphy"), ("metrist", "metry"),
                 ("scopist", "scopy"))


def _field(role: str) -> str:
    lowered = role.lower()
    for person, field in _PRACTITIONER:
        if lowered.endswith(person):
            return lowered[:-len(person)] + field
    return ""


def _own_field(phrase: str, role: str, field: str) -> bool:
    """Whether ``phrase`` names the role's own field ("therapy", "respiratory therapy" on a
    Respiratory Therapist's page, "occupational therapy" on an Occupational Therapy
    Assistant's)."""
    lowered = phrase.lower()
    if not role:
        return False
    head = lowered.rpartition(" ")[2]
    return lowered in role.lower() or (bool(field) and (
        field in (lowered, head) or field.endswith(f" {lowered}")
        or lowered.endswith(f" {field}")))  # ("the right beauty therapy": its own field)


# Equipment a sentence says the role handles: the object of a verb of use ("use a
# multimeter", "operates bandsaws and mincers", "calibrate the pH meter"), a noun phrase of
# at most three words whose last word names a kind of instrument or machine (data:
# ``tool_lists.machines``); a modifier is a lower-case word or an acronym ("GPS receivers").
# ("ran" too: a story's or an exit survey's past, "you ran graders"; its object must still be
# a machine, so "ran a team" names none)
_USE_VERB = (r"\b(?i:use|uses|using|used|operate|operates|operating|operated|run|runs|running|ran|"
             r"calibrate|calibrates|calibrating|maintain|maintains|maintaining|handle|handles|"
             r"handling)\s+")
_EQUIPMENT_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
# Kit a duty is done with, on or by using ("evacuating systems with a vacuum pump and manifold
# gauges", "shading on a rotary machine", "running the multibeam echosounder"): after
# "with"/"on"/a verb of use and an article (without one, "use ultrasound machines" defines the
# occupation's class of kit), a named kind (at least one lower-case word before a head of
# kit: "with a pump" names nothing), ending at a mark or a function word ("on the sewing
# machine operator rota" names a rota).
_KIT_WORDS = r"pump|hoist|printer|machine|sonar|echosounder|knife|hook|camera|drill|compressor"
_KIT_END = (r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|or|to|for|in|on|at|with|from|when|while|so|then|"
            r"is|are|was)\b)")
_KIT_NEXT = r"(?:,\s*|,?\s+(?:and|or)\s+)(?:(?:a|an|the)\s+)?"


@cache
def _patterns() -> tuple[re.Pattern[str], LiteralGate, re.Pattern[str], LiteralGate]:
    """The equipment and kit patterns with their gates, over the machine nouns of the data
    (built once, at the first sentence read)."""
    machines = sorted((str(w) for w in word_lists("tool_lists").get("machines", ())),
                      key=len, reverse=True)
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in machines) or "(?!)"
    heads = rf"(?:{words})s?"
    item = rf"(?:(?:[a-z][\w-]*|[A-Z]{{2,5}})\s+){{0,2}}{heads}"
    equipment_re = re.compile(rf"{_USE_VERB}(?:(?:a|an|the|their|our|your)\s+)?"
                              rf"({item}(?:(?:,\s*|,?\s+(?:and|or)\s+)"
                              rf"(?:(?:a|an|the)\s+)?{item})*)\b(?![\w-])")
    kit_heads = rf"(?:{words}|{_KIT_WORDS})s?"
    kit_item = rf"(?:(?!(?:a|an|the)\s)[a-z][\w-]*\s+){{1,2}}{kit_heads}"
    # (a bare head first counts when a named kind follows it: "using a hook, shearing knife
    # and eaves hook")
    kit_re = re.compile(rf"(?:\b(?i:with|on)\s+|{_USE_VERB})(?:a|an|the)\s+"
                        rf"((?:{kit_item}|{kit_heads}(?={_KIT_NEXT}{kit_item}{_KIT_END}))"
                        rf"{_KIT_END}(?:{_KIT_NEXT}{kit_item}{_KIT_END})*)")
    return equipment_re, LiteralGate(equipment_re), kit_re, LiteralGate(kit_re)


def equipment(sentence: str) -> list[str]:
    """The instruments and machines ``sentence`` says are used (see ``_EQUIPMENT``).

    >>> equipment("Use a multimeter to trace faults; operates bandsaws and meat mincers.")
    ['multimeter', 'bandsaws', 'meat mincers']
    >>> equipment("Before this job you ran bulldozers, graders and rollers.")
    ['bulldozers', 'graders', 'rollers']
    >>> equipment("She used the time to meet the crane driver.")
    []
    >>> equipment("Evacuates systems with a vacuum pump and manifold gauges, shading on a "
    ...           "rotary machine.")
    ['vacuum pump', 'manifold gauges', 'rotary machine']
    >>> equipment("Trims the eaves using a hook, shearing knife and eaves hook; rinses it "
    ...           "with a pump and a hose.")
    ['hook', 'shearing knife', 'eaves hook']
    """
    found: list[str] = []
    text = folded(sentence)
    equipment_re, equipment_gate, kit_re, kit_gate = _patterns()
    matches = [*equipment_re.finditer(sentence)] if equipment_gate.admits(text) else []
    if kit_gate.admits(text):
        matches.extend(kit_re.finditer(sentence))
    for match in matches:
        items = _EQUIPMENT_SPLIT.split(match.group(1))
        if match.re is equipment_re and not _JOINED.search(match.group(1)):
            items += _listed_after(sentence[match.end():])  # (a list "and" closed ends here)
        for item in items:
            words = [w for w in item.split() if w not in ("a", "an", "the")]
            if words and not any(w in _STOP_WORDS for w in words):
                found.append(" ".join(words))
    return list(dict.fromkeys(found))


# The rest of a list a head of equipment opens ("operate forklifts, reach trucks and pallet
# jacks."): short lower-case noun phrases, the last after "and"/"or", the list closed by a mark.
_MORE_ITEM = re.compile(r"(,\s*(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+)(?:(?:a|an|the)\s+)?"
                        r"([a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s*[,.;:)]|\s*$|,?\s+(?:and|or)\s)")
_JOINED = re.compile(r"\s(?:and|or)\s")
_LIST_CLOSED = re.compile(r"\s*(?:[.;:)]|$)")


def _listed_after(rest: str) -> list[str]:
    """The items that go on with a list of equipment after its last head, when every one is
    a noun phrase of one or two words (none opens with a verb: "use a multimeter and read
    schematics" goes on with a duty) and the list closes after an "and"/"or" at a mark.

    >>> _listed_after(", reach trucks and pallet jacks.")
    ['reach trucks', 'pallet jacks']
    >>> _listed_after(" and read wiring schematics."), _listed_after(", hoists and more safely")
    ([], [])
    """
    items: list[str] = []
    while (match := _MORE_ITEM.match(rest)) is not None:
        words = match.group(2).split()
        if words[0] in _verbs() or any(w in _STOP_WORDS or w.endswith("ly") for w in words):
            return []
        items.append(match.group(2))
        rest = rest[match.end():]
        if match.group(1).strip(", ") in ("and", "or"):
            return items if _LIST_CLOSED.match(rest) else []
    return []


@cache
def _verbs() -> frozenset[str]:
    """Words that open a duty, not a thing (data: ``run_together.verbs`` and
    ``duty_objects.verbs``)."""
    return frozenset((*word_lists("run_together").get("verbs", ()),
                      *word_lists("duty_objects").get("verbs", ())))
