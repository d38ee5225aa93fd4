"""A duties label whose text opens with a bare list of techniques ("The job: welding,
pipe fitting, blueprint reading and rigging."): each short name is a technique, a skill.
A list that is a sentence (a pronoun, an article, a verb with its object: "we install
and maintain everything on cell, radio and TV towers") names none.

>>> named_duties("welding, pipe fitting, blueprint reading and rigging. Tools: Vernier.")
['welding', 'pipe fitting', 'blueprint reading', 'rigging']
>>> named_duties("we install and maintain everything on cell, radio and TV towers, mostly.")
[]
>>> named_duties("Load Planning and Fleet Telematics."), named_duties("welding and rigging.")
(['Load Planning', 'Fleet Telematics'], [])
"""

from __future__ import annotations

import re
from collections.abc import Callable

from careergraph.guides.told_duties import verb_opening

__all__ = ["list_sentence", "named_duties", "named_duty_item"]

_MIN_NAMES = 4  # a list, not a phrase with a comma
_MIN_TITLED = 2  # names in Title Case ("Data Validation and Stream Processing"): a pair is one
_NAME_WORDS = 4  # words of one technique's name
_SENTENCE_END = re.compile(r"(?<=[a-z)])\.(?:\s|$)")
_PARTS = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_NAME = re.compile(r"[A-Za-z][\w+#.-]*(?: [A-Za-z][\w+#.-]*)*")
# Words of a clause, never of a technique's name.
_CLAUSE_WORDS = frozenset({
    "i", "we", "you", "they", "he", "she", "it", "my", "our", "your", "their", "the", "a",
    "an", "this", "that", "these", "those", "everything", "anything", "all", "is", "are",
    "was", "be", "do", "does", "mostly", "also", "lots", "plus", "etc"})


def list_sentence(text: str) -> tuple[str, str]:
    """``text`` parted after its first sentence: the list and what follows it.

    >>> list_sentence("welding, rigging, fitting and reading. It also takes patience.")
    ('welding, rigging, fitting and reading.', 'It also takes patience.')
    """
    end = _SENTENCE_END.search(text)
    if end is None:
        return text, ""
    return text[: end.start() + 1], text[end.end():].strip()


def named_duties(text: str, is_title: Callable[[str], bool] = lambda _: False,
                 least: int = _MIN_NAMES) -> list[str]:
    """The techniques a duties label's first sentence lists, or [] when it is no bare list
    of at least ``least`` (four) short names, or two in Title Case none of which ``is_title``
    calls a role's title ("Alternative duties: Fish Grader, Line Operator" names posts; see
    the module).  A skills label names its list whatever its length: ``least`` two there.

    >>> named_duties("clay recycling and mould making.", least=2)
    ['clay recycling', 'mould making']
    """
    end = _SENTENCE_END.search(text)
    first = text[: end.start()] if end else text.rstrip(" .")
    parts = [part.strip() for part in _PARTS.split(first)]
    titled = all(word[:1].isupper() for part in parts for word in part.split())
    if len(parts) < (_MIN_TITLED if titled else least) or (
            titled and len(parts) < _MIN_NAMES and any(map(is_title, parts))):
        return []
    for part in parts:
        words = part.lower().split()
        if not (0 < len(words) <= _NAME_WORDS) or not _NAME.fullmatch(part) or (
                _CLAUSE_WORDS & set(words)):
            return []
    return parts


# (fixes68) The last word of a technique's name of two words or more: a practice, a field or
# a state ("relevance tuning", "pipeline orchestration", "disaster recovery", "visitor
# safety", "access control"); a plural ("greet visitors", "sort donations") ends a duty.
_PRACTICE_END = re.compile(r"(?:ing|tion|sion|ment|ance|ence|ery|ety|ity|ics|ogy|ysis|osis|"
                           r"ship|control|care|safety|security)$", re.IGNORECASE)
_LINKS = frozenset({"with", "for", "to", "on", "in", "at", "from", "by", "into", "using", "via"})
_PLURAL = re.compile(r"[a-z]*[^su]s", re.IGNORECASE)


def named_duty_item(item: str) -> bool:
    """(fixes68) A duties list's bullet that is a bare technique's name, no duty told as a
    clause: at most four words with no pronoun, article or verb opening them, one word that
    is no plural, or a name ending in a practice's word ("cash handling", "disaster
    recovery").  A duties list of names ("What you'll be doing: - relevance tuning -
    disaster recovery") lists the role's techniques, as a duties label's run-in list does.

    >>> [named_duty_item(i) for i in ("cash handling", "python", "disaster recovery")]
    [True, True, True]
    >>> [named_duty_item(i) for i in ("greet visitors", "checking equipment", "Admissions",
    ...                               "work with Model Monitoring",
    ...                               "preparing feeds to each patient's diet sheet")]
    [False, False, False, False, False]
    """
    words = item.split()
    if not 0 < len(words) <= _NAME_WORDS or not _NAME.fullmatch(item) or (
            (_CLAUSE_WORDS | _LINKS) & {word.lower() for word in words}):
        return False  # ("work with Model Monitoring": a clause)
    if len(words) == 1:
        return not _PLURAL.fullmatch(item)
    return not verb_opening(item) and _PRACTICE_END.search(words[-1]) is not None
