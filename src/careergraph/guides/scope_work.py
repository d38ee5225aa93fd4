"""A trade's scope of work, as a wage determination or a trade's rate sheet states it.

"GLAZIER: Includes the installation of storefront, curtain wall and window wall systems,
skylights, …, and the operation of swing stages and suspended scaffolds used in glazing
work."; "Insulation applicators apply batt, blanket and spray foam insulation to walls,
floors and attics; install vapor barriers; perform air sealing."  The systems, materials
and equipment the scope names are the trade's skills: each item of its lists, less the
doing words before it ("the installation of", "apply") and the places after it ("to walls,
floors and attics", "around penetrations", "used in glazing work").  A sentence that names
what the trade does not cover ("Does not include …") names none.

>>> scope_skills("ROOFER: Includes the installation of membrane and shingle roofs, "
...              "flashings, including the setting of tiles on timber, steel or concrete "
...              "decks, and the operation of hoists used in roofing work.")
['membrane', 'shingle roofs', 'flashings', 'tiles', 'hoists']
>>> scope_skills("Plasterers apply gypsum and lime plaster to walls and ceilings; install "
...              "corner beads. Does not include the painting of walls.")
['gypsum', 'lime plaster', 'corner beads']
"""

from __future__ import annotations

import re

from careergraph.guides.text import split_items

__all__ = ["scope_skills"]

# A scope's own opening: the trade's label ("GLAZIER:") and its verb ("Includes").
_SCOPE = re.compile(r"^(?:[A-Z][A-Za-z &'-]{2,60}:\s*)?(?i:includes?|covers?)\s+(?=\S)"
                    r"|^[A-Z][a-z]+(?:\s[a-z]+){0,3}\s(?:apply|install|perform|erect|fit)\s")
# A sentence naming what the trade does not cover.
_EXCLUDED = re.compile(r"^(?:does not|do not|doesn't)\s+(?:include|cover)|^excludes?\b",
                       re.IGNORECASE)
# Doing words before an item ("the installation of", "including the setting of", "apply").
_DOING = re.compile(r"^(?:and\s+|including\s+)*(?:(?:the\s+)?(?:installation|setting|operation|"
                    r"application|erection|fitting|placing|removal)\s+of\s+|(?:apply|install|"
                    r"perform|erect|fit|includes?)\s+)+", re.IGNORECASE)
# The place or purpose after an item ("to walls", "around penetrations", "used in …").
_PLACE = re.compile(r"\s+(?:to|around|on|in|into|used\s+in|used\s+for|for)\s+.*$")
_DETERMINER = re.compile(r"^(?:all|the|a|an|any)\s+", re.IGNORECASE)
_MAX_WORDS = 4


def scope_skills(text: str) -> list[str]:
    """The systems, materials and equipment a scope-of-work paragraph names (see the
    module); none when ``text`` is no scope (it opens neither with "Includes" nor with "Xs
    apply / install …")."""
    if _SCOPE.match(text.strip()) is None:
        return []
    found: list[str] = []
    for sentence in re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", text.strip().rstrip(".")):
        if _EXCLUDED.match(sentence):
            continue
        for clause in sentence.split(";"):
            found.extend(_clause_items(_SCOPE.sub("", clause.strip(), count=1)))
    # (a bare material the other items qualify, "glass" beside "glass handrails", is what
    # they are about, no skill of its own)
    return [item for item in dict.fromkeys(found) if " " in item or not any(
        re.search(rf"\b{re.escape(item)}\b", other) for other in found if other != item)]


def _clause_items(clause: str) -> list[str]:
    """The items of one clause: each comma's piece less its doing words and its place; the
    pieces a place's list runs on into ("in wood, metal or vinyl frames") are skipped."""
    found: list[str] = []
    placing = False  # inside a place's own list ("to walls, floors and ceilings")
    for piece in (p.strip() for p in clause.split(",")):
        if placing:
            placing = not re.search(r"\s(?:and|or)\s", piece)
            continue
        piece = _DOING.sub("", piece)
        if (place := _PLACE.search(piece)) is not None:
            piece = piece[: place.start()]
            placing = True
        for item in split_items(piece) if piece else ():
            item = _DETERMINER.sub("", _DOING.sub("", item.strip())).strip(" .")
            if item and len(item.split()) <= _MAX_WORDS and item[:1].isalpha():
                found.append(item)
    return found
