"""What a person's profile credits them with: the techniques, systems and plans an
appointment release, a guest bio or a staff profile says they are trained in, led or wrote.

A release about an appointee names their work in a few set phrases: "is trained in A, B and
C", "is known for her work on A using the B platform, C and D", "has led the town's A, B and
C since 2021", "led the rollout of A at all 24 schools", "led the department's move to a new
A (B)", "wrote the district's A (LCAP)".  Each names skills; a place, a period or the people
served after a name ("at all 24 schools", "for three cycles", "with both bargaining units")
are no part of it, and a brand in brackets that does not spell the name before it ("a
dispatch platform (FireRMS)") is a skill of its own.

>>> credited_skills("She is trained in the Incident Command System (ICS 200), swift water "
...                 "rescue and hazmat awareness.")
['Incident Command System (ICS 200)', 'swift water rescue', 'hazmat awareness']
>>> credited_skills("He led the board's move to a new payroll platform (PayLine) in 2019.")
['payroll platform', 'PayLine']
>>> credited_skills("She is known for her work on route planning using the Optimo tool, "
...                 "fleet budgeting and union negotiations with drivers.")
['route planning', 'Optimo tool', 'fleet budgeting', 'union negotiations']
>>> credited_skills("He wrote the council's Local Transport Strategy for 2030.")
['Local Transport Strategy']
>>> credited_skills("He wrote the report and led the team.")
[]
>>> credited_skills("Tree wardens are skilled in soil testing and canopy surveys and must "
...                 "also be patient.")
['soil testing', 'canopy surveys']
>>> credited_skills("A master glazier is certified in leaded glass, typically trains new "
...                 "glaziers, and oversees large jobs.")
['leaded glass']
>>> credited_skills("Assessors are skilled in valuation, which involves records for owners, "
...                 "banks or trusts.")
['valuation']
"""

from __future__ import annotations

import re

from careergraph.guides.text import split_items
from careergraph.names import is_acronym_of

__all__ = ["credited_skills"]

_LIST_CUES = re.compile(
    r"\b(?:is|are|was|were|has been)\s+(?:also\s+)?(?:trained|skilled|experienced|certified)\s+"
    r"in\s+|\bknown\s+for\s+(?:his|her|their)\s+work\s+(?:on|in|with)\s+|"
    r"\b(?:has|have)\s+led\s+(?=[^.;]*\bsince\b)")
_ONE_CUES = re.compile(r"\bled\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:rollout|roll-out|introduction|"
                       r"implementation|adoption|move\s+to)\s+(?:of\s+)?")
_WROTE = re.compile(r"\b(?:wrote|drafted|authored)\s+the\s+[\w-]+['’]s\s+(?:(?:19|20)\d\d\s+)?"
                    r"(?P<name>[A-Z][\w-]*(?:(?:\s+(?:of|and|for|&))?\s+[A-Z][\w-]*)*"
                    r"(?:\s+\([A-Z][\w ]{1,12}\))?)")
# Where an item's name ends: "at all 24 schools", "for three cycles", "since 2021".
_TAIL = re.compile(r"\s+(?:at|for|since|with|across|in|under|during|from|to)\s+.*$|\s*\bsince\b.*$")
_OPENING = re.compile(r"^(?:(?:the|a|an|new|its|his|her|their|[\w-]+['’]s)\s+)+", re.IGNORECASE)
_BRACKET = re.compile(r"^(?P<name>.+?)\s+\((?P<inner>[^()]+)\)$")
_CONNECTORS = frozenset({"of", "and", "for", "&", "the"})
_MAX_WORDS = 6
_CLAUSE_VERBS = frozenset({"has", "have", "had", "is", "was", "led", "wrote", "holds", "directed",
                           "drafted", "authored",
                           # (real25) "… tools and equipment and must also be effective
                           # communicators": a modal opens the sentence's next predicate
                           "must", "should", "can", "could", "will", "would", "may", "might",
                           "are"})

# (real35) A predicate after a credited list: an adverb, or a worker's verb in the third
# person ("…, typically trains new staff, and oversees large projects").
_CLAUSE_OPEN = re.compile(r"(?:[a-z]+ly\s+)?(?:oversees|trains|teaches|manages|supervises|leads|"
                          r"runs|works|holds|designs|plans|builds|installs|repairs|maintains|"
                          r"inspects|advises|helps|takes|makes|gives|does|mentors|"
                          r"coordinates|directs)\b")

# Words opening a relative clause after an item ("A, which entails …").
_RELATIVES = frozenset({"which", "who", "whose", "where", "that"})


def _names(item: str) -> list[str]:
    """One item's names: "A using the B" is two, a bracket that spells no acronym another."""
    found: list[str] = []
    for part in re.split(r"\s+using\s+", item):
        part = _OPENING.sub("", _TAIL.sub("", part.strip(" .,;")))
        if not part or any(c.isdigit() for c in part.split("(")[0]) or (
                len(part.split()) > _MAX_WORDS):
            continue
        bracket = _BRACKET.match(part)
        words = [w for w in re.split(r"[\s-]+", bracket.group("name"))
                 if w not in _CONNECTORS] if bracket else []  # ("Multi-Tiered …": M, T)
        if bracket and not is_acronym_of(bracket.group("inner").split()[0], words):
            found += [bracket.group("name"), bracket.group("inner")]  # "(FireRMS)": a brand
        else:
            found.append(part)
    return found


def _closed_list(tail: str) -> str:
    """(fixes80) A list closed by a bare "and" ("A, B and C"), less the clause a later ", and"
    opens: "…, and new starters complete D in their first month" has a subject and a verb of
    its own, no item of the list (an Oxford comma's ", and C" closes the list itself).

    >>> _closed_list("A, B and C, and new staff complete D")
    'A, B and C'
    >>> _closed_list("A, B, and C")
    'A, B, and C'
    """
    closing = tail.find(" and ")
    while closing > 0 and tail[closing - 1] == ",":
        closing = tail.find(" and ", closing + 5)
    later = tail.find(", and ", closing) if closing > 0 else -1
    return tail[:later] if later > 0 else tail


def credited_skills(text: str) -> list[str]:
    """The skills ``text`` credits a person with (see the module's docstring), in order."""
    found: list[str] = []
    for cue in _LIST_CUES.finditer(text):
        tail = _closed_list(re.split(r"[.;](?:\s|$)", text[cue.end():])[0])
        for item in split_items(tail):
            if item.split(" ", 1)[0] in _CLAUSE_VERBS:
                break  # "…, and has led the town's A": the next cue's list
            if _CLAUSE_OPEN.match(item):
                break  # (real35) "certified in A, typically trains B, and oversees C": the
                # next predicates of the sentence, no items of its list
            if item.split(" ", 1)[0].lower() in _RELATIVES:
                break  # (real32) "skilled in A, which entails B for C, D or E": the clause
                # says what A is, its parts are no skills
            found += _names(item)
    for cue in _ONE_CUES.finditer(text):
        for item in split_items(re.split(r"[.;](?:\s|$)", text[cue.end():])[0]):
            if item.split(" ", 1)[0] in _CLAUSE_VERBS:
                break  # "led the move to A and wrote the B": the next credit
            found += _names(item)
    for wrote in _WROTE.finditer(text):
        found += _names(wrote.group("name"))
    return list(dict.fromkeys(found))
