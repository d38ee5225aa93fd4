"""Kinds of workplace a sentence says want more of the role's people: "Sparks fly as
shipyards and fabricators scramble for welders", "… because dental practices in every city
are short of staff", "Hospitals and clinics are crying out for nurses".

The subject of such a demand verb is where the jobs are when what it wants is the role's
people (the role's head noun, or staff, workers, recruits …), read like a hiring verb's
subject: it starts after the clause's opener ("as", "because", a comma) and loses a place
phrase after its kinds ("in every city").

>>> wanting_subjects("Sparks fly as shipyards and fabricators scramble for welders", "Welder")
['shipyards and fabricators']
>>> wanting_subjects("It is popular because dental practices in every city are short of staff.",
...                  "Assistant")
['dental practices']
>>> wanting_subjects("Graduates compete for places.", "Welder")
[]
>>> wanting_subjects("Welders move to QA, because plants are desperate for people.", "Welder")
[]
"""

from __future__ import annotations

import re

from careergraph.guides.literals import LINE_CUES

__all__ = ["WANTING_CUES", "wanting_subjects"]

# The demand verb after its subject; "short of" only after "are"/"is" and before a word of
# people ("are short of staff"), not "falls short of".
_WANTING = re.compile(
    r"\s+(?:(?:all|also|now|still|often|increasingly|constantly)\s+)?"
    r"(?:(?:scramble|compete|fight|jostle)\s+(?:for|over)|"
    r"(?:are|were)\s+(?:(?:all|still|now|always|badly|desperately|chronically)\s+)?"
    r"(?:scrambling|competing|fighting|crying\s+out|desperate|hungry)\s+(?:for|over)|"
    r"(?:are|were)\s+(?:(?:all|still|now|always|badly|desperately|chronically)\s+)?short\s+of"
    r"(?=\s+(?:staff|people|workers|hands|qualified|trained|skilled|experienced|[a-z]+s\b))|"
    r"struggle\s+to\s+(?:find|recruit|hire))\b", re.IGNORECASE)
#: Lowercase substrings one of which every demand verb holds (a cheap test of a line first).
WANTING_CUES = ("scrambl", "compet", "fight", "jostle", "crying out", "desperate", "hungry",
                "short of", "struggle to")
_GATE = LINE_CUES.member(WANTING_CUES)  # (the row readers' shared pass)
# Where a clause starts: the subject is the words after the last opener before the verb.
_OPENER = re.compile(r"(?:^|[,;:—–]|\b(?:as|because|since|while|when|where|so|now that|"
                     r"with)\b)\s*", re.IGNORECASE)
# Whom the verb wants: the role's people or staff in general ("short of staff"); not
# "people who …" (often another job's: "plants are desperate for people who understand QA").
_STAFF = frozenset({"staff", "workers", "hands", "recruits", "graduates", "apprentices",
                    "trainees", "talent", "qualified", "trained", "skilled", "experienced"})
_WANTED_WORDS = 3
# A place phrase after the kinds ("in every city", "across the country").
_PLACE_TAIL = re.compile(r"\s+(?:in|across|around|throughout|all over)\s+(?:every|each|all|the|"
                         r"many|most|this|our)\b.*$", re.IGNORECASE)


def wanting_subjects(sentence: str, holder: str) -> list[str]:
    """The subject of each demand verb in ``sentence`` (a list of kinds, not split yet) that
    wants ``holder``'s people (the role's head noun) or staff."""
    if not holder or not _GATE.search(sentence.lower()):
        return []
    subjects: list[str] = []
    for verb in _WANTING.finditer(sentence):
        wanted = sentence[verb.end():].lower().split()[:_WANTED_WORDS]
        if not any(w.startswith(holder.lower()) or w.strip(".,;") in _STAFF for w in wanted):
            continue  # ("plants are desperate for testers": another job's people)
        before = sentence[:verb.start()]
        start = max((m.end() for m in _OPENER.finditer(before)), default=0)
        subject = _PLACE_TAIL.sub("", before[start:]).strip()
        if subject and subject[:1].isalpha():
            subjects.append(subject)
    return subjects
