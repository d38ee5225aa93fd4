"""Whose pay a figure in speech is: the title the speaker attaches to it, if any.

Talk attaches a figure to its owner loosely: the subject before it ("Assistant makers around
here start at like $17–$19 an hour", "Head cheesemakers at the bigger plants, more like
$70,000 to $84,000", "And a workshop manager at one of the bigger factories, maybe £38,000"),
or "as a X" beside it ("I was on £19,500 as a repair tech", "If you go on the road as a
guitar tech …, that's about £180 a day").  Speech also clips titles the page prints in full
elsewhere ("makers" for "cheesemakers", "tech" for "technician"): a clipped title takes the
fuller one the page names ("assistant makers" → "Assistant Cheesemaker", "repair tech" →
"Guitar Repair Technician"), word by word from the end, each word a prefix or a suffix of the
fuller one's.  The role's own title with a describing word ("a bench luthier employed in a
workshop") stays the role's unless the page names that title again (a rung: "head
cheesemaker").

>>> page = "I was an assistant cheesemaker at X. It goes cheesemaker, then head cheesemaker."
>>> known = {"Workshop Manager"}.__contains__
>>> said_owner("Assistant makers around here start at like ", " an hour.", page,
...            role="Cheesemaker", is_title=known)
'Assistant Cheesemaker'
>>> said_owner("Head cheesemakers at the bigger plants, more like ", "", page,
...            role="Cheesemaker", is_title=known)
'Head Cheesemaker'
>>> said_owner("A cheesemaker with a few years running the vat, I'd say ", "", page,
...            role="Cheesemaker", is_title=known) is None
True
>>> said_owner("A bench cheesemaker is on roughly ", "", page, role="Cheesemaker",
...            is_title=known) is None
True
>>> said_owner("If you go on the road as a guitar tech for bands, that's about ", " a day.",
...            page, role="Luthier", is_title=known)
'Guitar Tech'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from careergraph.guides.roles import practitioner_noun, singular_title, title_case
from careergraph.guides.stated_ladders import trade_title
from careergraph.guides.text import SMALL_WORDS

__all__ = ["said_owner"]

_PHRASE = r"([a-z][a-z-]*(?: [a-z][a-z-]*){0,3}?)"
_STOP = r"(?=\s*[,.;!?]|\s+(?:for|at|in|on|with|when|and|but|who|that|around|here)\b|\s*$)"
_AS_AFTER = re.compile(r"\s*(?:(?:a|an|per)\s+(?:year|hour|day|week|month)\s+)?as\s+an?\s+"
                       + _PHRASE + _STOP, re.IGNORECASE)
_AS_BEFORE = re.compile(r"\bas\s+an?\s+" + _PHRASE + _STOP, re.IGNORECASE)
_OPENERS = re.compile(r"^(?:(?:and|so|but|well|okay|ok|yeah|now|then|also|like|um|uh)[,]?\s+)+",
                      re.IGNORECASE)
# Where a subject ends: a verb of pay, an aside, a hedge, a place.
_SUBJECT_END = re.compile(
    r"\s+(?:start|starts|started|earn|earns|earned|make|makes|made|are|is|was|were|get|gets|"
    r"got|take|takes|pull|pulls|on|at|in|with|around|employed|working|who|more|maybe|about|"
    r"roughly|like|typically|usually|tend|can|could|would|will|might)\b|\s*,", re.IGNORECASE)
_FIGURE = re.compile(r"^\s*[$€£]?\d[\d,.]*[kK]?\+?(?:\s*(?:–|-|to)\s*[$€£]?\d[\d,.]*[kK]?\+?)?")
_ARTICLE = re.compile(r"^(?:a|an|the|your|our|most|many|some)\s+", re.IGNORECASE)
_MAX_WORDS = 4
# Words before a title that are no part of it ("the usual step up is to workshop manager").
_NOT_TITLE_WORDS = SMALL_WORDS | {"then", "is", "was", "are", "were", "be", "been", "my", "our",
                                  "your", "their", "his", "her", "its", "up", "out", "over"}
_TECH = ("tech", "techs")


def _clipped(word: str, full: str) -> bool:
    """``word`` stands for ``full`` in speech: the same, its start or its end (4 letters+)."""
    word, full = word.lower(), full.lower()
    return word == full or (len(word) >= 4 and (full.startswith(word) or full.endswith(word)))


def _fuller(phrase: str, page: str, is_title: Callable[[str], bool]) -> str | None:
    """The longest title the page prints that ``phrase`` names or clips (with one more word
    in front when that makes a known title), in lower case; None when the page prints none."""
    words = phrase.lower().split()
    found: list[str] = []
    for match in re.finditer(r"[a-z][a-z-]*(?: [a-z][a-z-]*)*", page.lower()):
        candidates = match.group().split()
        for start in range(len(candidates) - len(words) + 1):
            span = candidates[start:start + len(words)]
            if not all(_clipped(w, f) for w, f in zip(words, span, strict=True)):
                continue
            found.append(" ".join(span))
            before = candidates[start - 1] if start else ""
            if before and before not in _NOT_TITLE_WORDS and is_title(
                    title_case(" ".join(candidates[start - 1:start + len(words)]))):
                found.append(" ".join(candidates[start - 1:start + len(words)]))
    return max(found, key=len) if found else None


def _owner(phrase: str, page: str, role: str, is_title: Callable[[str], bool], *,
           marked: bool) -> str | None:
    """The title ``phrase`` names, unless it is the role's own; ``page``: the rest of the
    page; ``marked``: the speech says "as a X", so any word naming a person is a title."""
    phrase = _ARTICLE.sub("", phrase.strip())
    words = phrase.split()
    if not words or len(words) > _MAX_WORDS:
        return None
    single = singular_title(phrase).lower()
    fuller = _fuller(single, page, is_title)
    name = title_case(fuller or single)
    if name.lower() == role.lower() or (singular_title(name).lower() == role.lower()):
        return None
    if is_title(name):
        return name
    trade = trade_title(name, role)
    if trade is not None and " " in trade:
        # "Head Cheesemaker" named again on the page is a rung; "bench luthier" describes
        return trade if fuller is not None else None
    last = name.split()[-1].lower()
    if marked and (practitioner_noun(last) or last in _TECH):
        return name
    return None


def said_owner(before: str, after: str, page: str, *, role: str,
               is_title: Callable[[str], bool]) -> str | None:
    """The title a spoken figure belongs to (``before``: the sentence up to the figure,
    ``after``: the rest of it, ``page``: the rest of the page), or None for the role's own
    pay (see the module)."""
    after = _FIGURE.sub("", after, count=1)  # the figure itself ("£19,500", "$17–$19")
    marked = _AS_AFTER.match(after)
    if marked is not None:
        return _owner(marked.group(1), page, role, is_title, marked=True)
    clause = re.split(r"[.;!?]\s", before)[-1]
    told = list(_AS_BEFORE.finditer(clause))
    if told:
        return _owner(told[-1].group(1), page, role, is_title, marked=True)
    subject = _OPENERS.sub("", clause.strip())
    end = _SUBJECT_END.search(subject)
    subject = subject[: end.start()] if end else ""
    if not subject or not subject[:1].isalpha() or any(
            w.lower() in ("i", "you", "we", "they", "it", "that", "this", "there")
            for w in subject.split()):
        return None
    return _owner(subject, page, role, is_title, marked=False)
