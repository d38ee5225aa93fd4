"""A sentence about ANOTHER occupation on a role's page ("Sprinkler fitters specialise in A,
B and C" on a plumber's page; "Court reporters, by contrast, are good at D and E"): its
subject is a plural title whose head is not the role's, so the skills it lists are that
trade's, never the page's role's.

Only the cues that tell what the subject itself does or knows count (``subject_cues`` in the
``other_trades`` section of ``data/headings.yaml``: "specialise in", "good at", "such as" …):
"Recruiters look for A and B" names what is asked of the role, and stays read.  A bare
plural of a general head ("Workers", "Specialists": ``generic_people``) names no other trade.

>>> is_title = lambda t: t.split()[-1] in {"Fitter", "Plumber", "Reporter", "Worker"}
>>> other_trade("Sprinkler fitters ", "Plumber", is_title)
True
>>> other_trade("Many plumbers ", "Plumber", is_title)
False
>>> other_trade("Court reporters, by contrast, ", "Legal Secretary", is_title)
True
>>> other_trade("Workers ", "Plumber", is_title)
False
>>> other_trade("Banker masons ", "Stonemason", lambda t: True)
False
>>> other_trade("Like fitters, plumbers ", "Plumber", is_title)
False
>>> other_trade("The best SREs ", "Site Reliability Engineer", lambda t: True)
False
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from careergraph.guides.headings import bundled_section
from careergraph.guides.roles import singular_title, title_case
from careergraph.names import is_acronym_of

__all__ = ["other_trade", "subject_cue"]

# What may open a sentence before its subject: a connective, a quantifier.
_OPENING = re.compile(r"^\s*(?:(?:but|and|meanwhile|however|instead|by contrast|in contrast|"
                      r"by comparison),?\s+)?(?:(?:some|many|most|other|the|these|those|"
                      r"a few|few|all)\s+)?", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_SUBJECT_WORDS = 3  # words of a subject's title at most
# Words that open no subject's title: a preposition or conjunction before it.
_NOT_SUBJECT = frozenset({"like", "unlike", "with", "for", "than", "as", "from", "to", "in",
                          "at", "by", "while", "when", "if", "after", "before", "whereas"})


@cache
def _data() -> tuple[tuple[str, ...], frozenset[str]]:
    raw = bundled_section("other_trades")
    return (tuple(str(cue).lower() for cue in raw.get("subject_cues") or ()),
            frozenset(str(word).lower() for word in raw.get("generic_people") or ()))


def subject_cue(cue: str) -> bool:
    """``cue`` tells what the sentence's subject itself does or knows ("specialise in").

    >>> subject_cue("specialize in"), subject_cue("look for")
    (True, False)
    """
    lowered = cue.lower()
    return any(word in lowered for word in _data()[0])


def other_trade(before: str, role: str, is_title: Callable[[str], bool]) -> bool:
    """The sentence whose text before its cue is ``before`` opens with a plural title
    (``is_title`` of its singular) whose head is not ``role``'s head: another trade's."""
    if not role:
        return False
    opening = _OPENING.match(before)
    rest = re.split(r"[,;:()]", before[opening.end() if opening else 0:], maxsplit=1)[0]
    words: list[str] = []
    for word in _WORD.findall(rest)[:_SUBJECT_WORDS]:
        if word.lower() in _NOT_SUBJECT:
            return False  # ("Like fitters, plumbers …": a comparison before the subject)
        words.append(word)
        if not word.endswith("s"):
            continue
        title = title_case(singular_title(" ".join(words)))
        if not is_title(title):
            continue
        head = title.split()[-1]
        if head.isupper() and is_acronym_of(head, role.split()):
            return False  # "The best SREs …" on the Site Reliability Engineer's page
        own, head = singular_title(role.split()[-1]).lower(), head.lower()
        if own.endswith(head) or head.endswith(own):
            return False  # "Banker masons" on the stonemason's page: a kind of the role
        return not (len(words) == 1 and head in _data()[1])
    return False
