"""What a section holds, judged from its lines when its heading says nothing.

A page from an unknown site heads its sections with words no vocabulary lists ("What you
could take home", "Who you'd work for") or with none at all.  The lines themselves often
tell: when most of them state an amount of money the section is about pay; when most of them
are names the lexicon knows as employers (or as tools and skills) it lists those.  A section
whose lines fit no such rule stays unknown and is reported as unused: a guess would cost
precision, which matters more than recall here.  Role titles alone are such a case: without
a cue for the direction (up, sideways, in) a list of titles is not read as moves.

>>> from careergraph.guides.vocab import Vocabulary
>>> from careergraph.lexicon import load_lexicon
>>> v = Vocabulary.from_lexicon(load_lexicon())
>>> content_kind(["Entry: $52,000", "Experienced: $78,500", "Top: $95,000"], v)
'salary'
>>> content_kind(["Google", "Microsoft", "Amazon"], v)
'employers'
>>> content_kind(["Staff Engineer", "Principal Engineer", "Engineering Manager"], v) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careergraph.guides.amounts import find_money
from careergraph.guides.vocab import Vocabulary

__all__ = ["content_kind"]

_DIGIT = re.compile(r"\d")
_MIN_LINES = 2  # a rule needs at least this many lines ...
_SHARE = 2 / 3  # ... and this share of them to agree
_MAX_ITEM_WORDS = 6  # a list item is short; a longer line is prose


def _known_share(texts: Sequence[str], known: Sequence[str]) -> float:
    """The share of lines made only of ``known`` names ("Google", "Acme, Globex")."""
    lowered = _lowered(known)
    hits = sum(1 for text in texts
               if all(part.strip(" .").lower() in lowered for part in text.split(",")))
    return hits / len(texts)


_LOWERED: dict[int, tuple[Sequence[str], frozenset[str]]] = {}


def _lowered(known: Sequence[str]) -> frozenset[str]:
    """``known`` in lower case, made once per list (the lexicon's lists live all run)."""
    cached = _LOWERED.get(id(known))
    if cached is None or cached[0] is not known:
        cached = (known, frozenset(name.lower() for name in known))
        _LOWERED[id(known)] = cached
    return cached[1]


def content_kind(texts: Sequence[str], vocab: Vocabulary) -> str | None:
    """``"salary"``, ``"employers"``, ``"sectors"`` or ``"tools"`` when most of a section's
    lines say so by their content, else None (see the module's note)."""
    lines = [t.strip() for t in texts if t.strip()]
    if len(lines) < _MIN_LINES:
        return None
    digits = [t for t in lines if _DIGIT.search(t)]  # no amount without a digit
    if len(digits) / len(lines) >= _SHARE and (
            sum(1 for t in digits if find_money(t) is not None) / len(lines) >= _SHARE):
        return "salary"
    items = [t for t in lines if len(t.split()) <= _MAX_ITEM_WORDS and not t.endswith(".")]
    if len(items) / len(lines) < _SHARE:
        return None  # prose: its names are read where they stand, not as a list
    for kind, known in (("employers", vocab.employers), ("sectors", vocab.sectors)):
        if _known_share(items, known) >= _SHARE:
            return kind
    tools = sum(1 for t in items if vocab.lexicon_tools(t))
    return "tools" if tools / len(lines) >= _SHARE else None
