"""Whose pay an answer on a company's Q&A page states.

An answer's byline titles the worker who wrote it ("▸ Fiber Splicer (Former Employee) ·
Phoenix", "Answered by a Lift Mechanic in Stowe"; ``byline`` of a page family in
``data/headings.yaml``).  An answer by a worker of another title than the page's role
tells that worker's own pay when it gives a figure in the first person ("Splicers make
more — I was at $31/hr") or for the answerer's own kind of worker ("Supervisors are
salaried, $64k-$72k" by a Field Supervisor); the figures it gives for the role's workers
("Install techs in Phoenix were $20-23") stay the role's.

>>> answer_owner("Fiber Splicer", None, "Splicers make more — I was at $31/hr.")
'Fiber Splicer'
>>> answer_owner("Field Supervisor", "Supervisor", "Supervisors are salaried, $64k-$72k.")
'Field Supervisor'
>>> answer_owner("Fiber Splicer", None, "Install techs in Phoenix were $20-23.") is None
True
>>> answer_owner("Lift Mechanic", None, "Mechanics start around $24/hr.")
'Lift Mechanic'

"""

from __future__ import annotations

import re

__all__ = ["answer_owner"]

_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me)\b")


def _head(title: str) -> str:
    """A title's last word in the singular, lower case ("Supervisors" -> "supervisor")."""
    word = title.split()[-1].lower() if title.split() else ""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def answer_owner(answerer: str, named: str | None, sentence: str) -> str | None:
    """The answerer's title when the figure of ``sentence`` is the answerer's own: stated in
    the first person with no other title named (``named``: the title the sentence gave the
    figure to, or None), or named by the answerer's own head noun ("mechanics start around
    $24" by a Lift Mechanic); else None."""
    if named is not None:
        return answerer if _head(named) == _head(answerer) and named != answerer else None
    head = _head(answerer)
    workers = re.search(rf"\b{re.escape(head)}s?\b", sentence, re.IGNORECASE) if head else None
    return answerer if _FIRST_PERSON.search(sentence) or workers is not None else None
