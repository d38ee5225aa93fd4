"""A shared AI-chat conversation: the job adverts the user pastes into it.

A user asking a chatbot about a job often pastes an advert in quotes: its title first, in
capitals or Title Case, then a dash and the employer ("\\"PASTRY CHEF DE PARTIE – Maison
Ardoise, King West. … $23.00–$26.50/hr …\\"").  The advert is part of the page, but its pay
belongs to its title, not to the role the conversation is about.  (The chat's chrome is read by
:mod:`careergraph.guides.page_families`.)

>>> pasted_adverts([(3, '"HEAD BAKER – Crumb & Co, Leeds. Sourdough. £14/hr."'), (4, "ok")])
{3: 'Head Baker'}
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["pasted_adverts"]

_MAX_TITLE_WORDS = 6
_ADVERT = re.compile(r"^[\"“'‘]\s*(?P<title>[A-Z][\w&'’/ -]{2,60}?)\s+[–—-]\s+[A-Z]")
_SMALL = frozenset({"de", "du", "des", "la", "le", "of", "and", "for", "in", "to", "the"})


def _cased(title: str) -> str:
    """"PASTRY CHEF DE PARTIE" as "Pastry Chef de Partie" (small words kept small)."""
    words = title.split()
    return " ".join(w.lower() if i and w.lower() in _SMALL else w[:1].upper() + w[1:].lower()
                    if w.isupper() else w for i, w in enumerate(words))


def pasted_adverts(lines: Sequence[tuple[int, str]]) -> dict[int, str]:
    """The title of each pasted advert, by the number of its line."""
    found: dict[int, str] = {}
    for no, text in lines:
        advert = _ADVERT.match(text.strip())
        if advert is None:
            continue
        title = advert.group("title").strip()
        if len(title.split()) <= _MAX_TITLE_WORDS and (
                title.isupper() or all(w[:1].isupper() or w in _SMALL for w in title.split())):
            found[no] = _cased(title)
    return found
