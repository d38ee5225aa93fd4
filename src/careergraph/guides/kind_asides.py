"""A bracketed aside after a kind of workplace inside a list under an employers heading.

Pages gloss one kind of a list in brackets: with its examples by name ("Big consultancies
(Harrow & Fenn, Bracken Group), local authorities and national agencies") or with a note
("Hotels (grand old properties, your own banquet kitchen), fine-dining restaurants and
caterers").  Split at its commas and brackets, the note read as two more kinds and the kind
before it as a clause of its own, so the kind was lost and the note's words became sectors.
Here the aside is taken out of the list: names in it are the kind's examples (employers), a
note says nothing more.

>>> from careergraph.lexicon import load_lexicon
>>> from careergraph.guides.vocab import Vocabulary
>>> v = Vocabulary.from_lexicon(load_lexicon())
>>> kind_asides("Hotels (grand old properties, your own banquet kitchen), cafes and caterers.", v)
('Hotels, cafes and caterers.', [])
>>> kind_asides("Big consultancies (Tarrow & Venn, Oakbridge Group), councils and trusts.", v)
('Big consultancies, councils and trusts.', ['Tarrow & Venn', 'Oakbridge Group'])
>>> kind_asides("Harbour Dental (Napier), Kestrel Repairs and Hollis Dairy.", v)
('Harbour Dental (Napier), Kestrel Repairs and Hollis Dairy.', [])
"""

from __future__ import annotations

import re

from careergraph.guides.text import split_items
from careergraph.guides.vocab import Vocabulary

__all__ = ["kind_asides"]

# A list item (up to four words) and its bracketed aside, then the list goes on or ends.
_ASIDE = re.compile(r"(?:(?<=^)|(?<=,\s)|(?<=\band\s))(?P<kind>[A-Za-z][\w'-]*(?:\s[\w'&-]+){0,3})"
                    r"\s*\((?P<aside>[^()]{1,160})\)(?=\s*(?:,|\band\b|\.?$|\.\s))")
_NAME_JOINS = frozenset({"&", "and", "of", "the", "for"})


def kind_asides(text: str, vocab: Vocabulary) -> tuple[str, list[str]]:
    """``(text, names)``: ``text`` with each aside after a kind taken out, and the names the
    asides give as that kind's examples.  A kind is a lowercase noun phrase ("large
    bakeries") or one capitalised word opening the list ("Hotels"); an aside after a name
    ("Harbour Dental (Napier)") is the name's own and stays."""
    if "(" not in text or "," not in text:
        return text, []
    names: list[str] = []
    kept: list[str] = []
    end = 0
    for match in _ASIDE.finditer(text):
        words = match.group("kind").split()
        if not (words[-1].islower() or (match.start() == 0 and len(words) == 1)):
            continue
        kept.append(text[end:match.end("kind")])
        end = match.end()
        items = [i.strip(" .") for i in split_items(match.group("aside"))]
        if items and all(_name(i) and not vocab.is_role_title(i) for i in items):
            names.extend(items)
    return "".join(kept) + text[end:], names


def _name(item: str) -> bool:
    """An organisation's name: capitalised words, joining words between them."""
    words = item.split()
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or w in _NAME_JOINS for w in words)
