"""Moves told by the team, department or field they go to, then the title held there.

Real pages name the place a move leads before its title: "a rotation to the Pricing team
as Pricing Analyst or to ERM as Risk Analyst", "the other route people take is into
accounting as an accounts receivable clerk", "Many also turn to logistics as freight
forwarders", "may apply to the fraud team as a Financial Investigator". The words before
"as" name a place of work, not a role; the title after "as" is the move. Each further
"or to B as Y" in the sentence is one more choice.
"""

from __future__ import annotations

import re

from careergraph.guides.prose_titles import _LEVEL_SET, _titles_after
from careergraph.guides.vocab import Vocabulary

__all__ = ["field_moves"]

# A word of moving (verb or noun), a few words, then "to"/"into" a place and "as": the
# place is at most five words with no punctuation, so "as" belongs to the same clause.
# A word of time or of a clause ("into plumbing after working as a labourer", "into
# interiors after seven years as a drafter") ends the place: the title is an earlier job.
_PLACE_WORD = (r"(?!(?:after|before|while|when|since|until|once|years?|months?|working|worked|"
               r"work|being|having|with|by|from)\b)[\w&'/-]+")
_PLACE = (r"(?:the\s+|a\s+|an\s+|our\s+|their\s+)?" + _PLACE_WORD + r"(?:\s+" + _PLACE_WORD
          + r"){0,4}?\s+as\s+")
_FIELD_AS = re.compile(
    r"\b(?:move|moves|moved|moving|rotation|rotations|rotate|secondment|secondments|"
    r"transfer|transfers|transferred|turn|turns|turned|switch|switches|switched|route|"
    r"routes|apply|applies|applied|go|goes|went|cross|crosses|crossed)\b"
    r"(?:\s+[a-z]+){0,5}?\s+(?:in)?to\s+" + _PLACE, re.IGNORECASE)
# The next choice of the same sentence: "… or to ERM as Risk Analyst".
_ALSO_TO = re.compile(r"\s*,?\s+(?:or|and)\s+(?:in)?to\s+" + _PLACE, re.IGNORECASE)
# What ends one choice before the next ("A or to B as Y": A ends at "or to").
_NEXT_CHOICE = re.compile(r",?\s+(?:or|and)\s+(?:in)?to\s", re.IGNORECASE)
# A clause after the title ("as a clerk, since you know the ledgers") names no more titles.
_CLAUSE = re.compile(r",\s+(?:since|because|while|which|who|where|when|so|but|as|if|though|"
                     r"although|for|until|after|before)\b", re.IGNORECASE)
_NOT_PLACE = frozenset({"work", "be", "become", "serve", "act", "start", "train", "qualify",
                        "grow", "step", "move"})


def field_moves(text: str, vocab: Vocabulary, own: str = "") -> list[str]:
    """The titles a sentence says people move to in another team or field.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> field_moves("Some move to the claims team as Claims Handler or to audit as "
    ...             "Internal Auditor.", v)
    ['Claims Handler', 'Internal Auditor']
    """
    found: list[str] = []
    for match in _FIELD_AS.finditer(text):
        if match.group(0).split()[-2].lower() in _NOT_PLACE:
            continue  # ("go to work as a X", "move to become"): no place named
        end = match.end()
        while True:
            found.extend(t for t in _choice(text, end, vocab, own) if t not in found)
            again = _ALSO_TO.match(text, _choice_end(text, end))
            if again is None:
                break
            end = again.end()
    return found


def _choice_end(text: str, start: int) -> int:
    """Where the choice read at ``start`` ends: before "or to …", or at the sentence's end."""
    stop = re.search(r"[.;:!?](?:\s|$)", text[start:])
    limit = start + stop.start() if stop else len(text)
    nxt = _NEXT_CHOICE.search(text, start, limit)
    return nxt.start() if nxt else limit


def _choice(text: str, start: int, vocab: Vocabulary, own: str) -> list[str]:
    """The titles of one choice, read in its own words only."""
    part = text[start:_choice_end(text, start)]
    clause = _CLAUSE.search(part)
    part = part[:clause.start()] if clause else part
    # ("move to London as trainees": a bare level names no title)
    return [t for t in _titles_after(part, 0, vocab, own)
            if t.lower() != own.lower() and t.lower() not in _LEVEL_SET]
