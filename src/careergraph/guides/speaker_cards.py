"""A conference's speaker list (held-back set 35's second pass, rules35c): each speaker's
card prints the name (with credentials after it: "ANDRE T. MOULTRIE, MS, CCP"), then the
speaker's title and organisation ("Hydrographic Surveyor, Orkney Marine Charting Ltd",
"Chief Perfusionist · Ozark Regional Heart Institute, Springfield MO").  On a list filtered
to one career's track the speakers' organisations employ the role, except a school, a body
the card says is no employer ("(not an employer)", "(recruitment sponsor — booth 14)") and the
employer of a speaker whose title is no practitioner's (a careers adviser, a talent partner).
The words are data (``speaker_cards`` in data/headings.yaml).

>>> page = [(1, "Agenda  Speakers  Tickets"), (2, "Speakers › Filter by track: [Rail x]"),
...         (4, "Dr Ada Lenk"), (5, "Chair · Head of Signalling, Northline Rail Ltd"),
...         (7, "TOM BRAY, MSc"), (8, "Careers Adviser, Rail Skills Trust"),
...         (10, "Una Pike"), (11, "Lecturer, School of Rail Engineering, Tarn University")]
>>> speaker_employers(page)
[('Northline Rail', 5)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.title_frames import legal_form

__all__ = ["speaker_employers"]

# A speakers page's breadcrumb or filter line near the top: "Speakers › Filter by track".
_SPEAKERS_CRUMB = re.compile(r"^\s*Speakers\s*[›»>/|:]")
_HEAD_LINES = 5
# A speaker's name line: two to four capitalised words (a title before, credentials after).
_NAME = re.compile(r"^(?:(?:Dr|DR|Prof|PROF)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"
                   r"(?:,\s*(?:[A-Z][A-Za-z]{0,5}|PhD|MSc|MBA))*\s*$")
# The card's title and organisation, a panel role before them and a town or a note after.
_CARD = re.compile(r"^(?:[A-Z][a-z]+\s*·\s*)?(?P<title>[A-Z][^,·()]{2,60}?)\s*[,·]\s*"
                   r"(?P<org>[A-Z][^,·()]{2,80}?)(?:,\s*(?P<place>[A-Z][^,·()]{1,40}?))?"
                   r"\s*(?:\((?P<note>[^()]*)\))?\s*$")


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(titles of no practitioner and notes of no employer, names of schools)."""
    lists = word_lists("speaker_cards")
    return (re.compile(rf"\b(?:{phrase_alternation(lists.get('not_hiring', ())) or '(?!)'})",
                       re.IGNORECASE),
            re.compile(rf"\b(?:{phrase_alternation(lists.get('schools', ())) or '(?!)'})\b",
                       re.IGNORECASE))


def _bare_firm(org: str) -> str:
    """``org`` less its legal form ("Orkney Marine Charting Ltd" -> "Orkney Marine
    Charting")."""
    words = org.split()
    while len(words) > 1 and legal_form(words[-1]):
        words.pop()
    return " ".join(words)


def speaker_employers(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The organisations a speaker list's cards name, each with its line (see the module's
    docstring); none on a page with no speakers breadcrumb in its first lines."""
    shown = [(no, text.strip()) for no, text in lines if text.strip()]
    if not any(_SPEAKERS_CRUMB.match(text) for _, text in shown[:_HEAD_LINES]):
        return []
    not_hiring, schools = _words()
    found: list[tuple[str, int]] = []
    for (_, above), (no, text) in pairwise(shown):
        card = _CARD.match(text) if _NAME.match(above) else None
        if card is None:
            continue
        org, note = card.group("org"), card.group("note") or ""
        if not_hiring.search(card.group("title")) or not_hiring.search(note) or any(
                schools.search(part) for part in (org, card.group("place") or "")):
            continue
        found.append((_bare_firm(org), no))
    return found
