"""A duties label whose text opens with a bare list of techniques ("The job: welding,
pipe fitting, blueprint reading and rigging."): each short name is a technique, a skill.
A list that is a sentence (a pronoun, an article, a verb with its object: "we install
and maintain everything on cell, radio and TV towers") names none.

>>> named_duties("welding, pipe fitting, blueprint reading and rigging. Tools: Vernier.")
['welding', 'pipe fitting', 'blueprint reading', 'rigging']
>>> named_duties("we install and maintain everything on cell, radio and TV towers, mostly.")
[]

A duty bullet that is only a list of three or more short names ("Borescope checks, weld
repairs and composite patching"), none with a preposition, is such a list too
(:func:`listed_duties`).

>>> listed_duties("Borescope checks, weld repairs and composite patching")
['Borescope checks', 'weld repairs', 'composite patching']
>>> listed_duties("Access control at gates, visitor logs and badge checks")
[]
"""

from __future__ import annotations

import re

__all__ = ["listed_duties", "named_duties"]

_MIN_NAMES = 4  # a list, not a phrase with a comma
_NAME_WORDS = 4  # words of one technique's name
_SENTENCE_END = re.compile(r"(?<=[a-z)])\.(?:\s|$)")
_PARTS = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_NAME = re.compile(r"[A-Za-z][\w+#.-]*(?: [A-Za-z][\w+#.-]*)*")
# Words of a clause, never of a technique's name.
_CLAUSE_WORDS = frozenset({
    "i", "we", "you", "they", "he", "she", "it", "my", "our", "your", "their", "the", "a",
    "an", "this", "that", "these", "those", "everything", "anything", "all", "is", "are",
    "was", "be", "do", "does", "mostly", "also", "lots", "plus", "etc"})


def named_duties(text: str) -> list[str]:
    """The techniques a duties label's first sentence lists, or [] when it is no bare list
    of at least four short names (see the module)."""
    end = _SENTENCE_END.search(text)
    first = text[: end.start()] if end else text.rstrip(" .")
    parts = [part.strip() for part in _PARTS.split(first)]
    if len(parts) < _MIN_NAMES:
        return []
    for part in parts:
        words = part.lower().split()
        if not (0 < len(words) <= _NAME_WORDS) or not _NAME.fullmatch(part) or (
                _CLAUSE_WORDS & set(words)):
            return []
    return parts


_MIN_LISTED = 3  # a bullet's list: three names at least
_LISTED_WORDS = 3
# Words that make a bullet's part a phrase about where or how, not a name.
_PHRASE_WORDS = frozenset({"at", "in", "on", "with", "for", "of", "to", "from", "by", "into",
                           "using", "via", "per", "under", "over", "after", "before"})


def listed_duties(text: str, verbs: frozenset[str] = frozenset()) -> list[str]:
    """The names a duty bullet lists when it is only a list of three or more short names
    (no sentence, no preposition, not opening with one of ``verbs``); else []."""
    first = text.rstrip(" .")
    if any(mark in first for mark in ";:()"):
        return []
    parts = [part.strip() for part in _PARTS.split(first)]
    if len(parts) < _MIN_LISTED or first.split(" ", 1)[0].lower() in verbs:
        return []
    for part in parts:
        words = part.lower().split()
        if not (0 < len(words) <= _LISTED_WORDS) or not _NAME.fullmatch(part) or (
                (_CLAUSE_WORDS | _PHRASE_WORDS) & set(words)):
            return []
    return parts
