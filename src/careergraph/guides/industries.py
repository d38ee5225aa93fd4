"""Industries a page names: industry shares and sector names checked against the vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from careergraph.guides.text import split_items
from careergraph.guides.vocab import Vocabulary

__all__ = [
    "industry_name",
    "industry_shares",
]


# An industry named with its share of the workforce: "Health Care and Social Assistance
# industry (88.2%)".
_SHARE = re.compile(r"([A-Z][\w'-]*(?:,?\s+(?:and|&|[A-Z][\w'-]*))*?)(?:\s+(?:industry|sector))?"
                    r"\s*\(\d+(?:\.\d+)?\s*%\)")
_QUARTILES = frozenset({"Lower", "Middle", "Upper", "Top", "Bottom", "Median", "Lowest",
                        "Highest"})


def industry_shares(text: str) -> list[str]:
    """Industries a sentence lists with their shares of the workforce (two or more).

    >>> industry_shares("Most work in the Mining industry (61.2%), followed by "
    ...                 "Construction (20.5%) and Other Services (4.0%).")
    ['Mining', 'Construction', 'Other Services']
    """
    if "%)" not in text:
        return []
    # ("Lower (25%) 39 million won  Middle (50%) …": a pay distribution's quartiles)
    shares = [m.group(1) for m in _SHARE.finditer(text) if m.group(1) not in _QUARTILES]
    return shares if len(shares) >= 2 else []


def _known_sector(vocab: Vocabulary) -> Callable[[str], bool]:
    """A test for a sector's name the lexicon knows ("Banking and Finance")."""
    known = {s.lower() for s in vocab.sectors}
    return lambda name: name.lower() in known


def _subject_industries(clause: str, vocab: Vocabulary) -> list[str]:
    """A hiring verb's subject that lists only industries the gazetteer knows ("Insurance,
    Mining and Government Contractors are all hiring"): those sectors, else none."""
    items = [i.strip(" ,.") for i in split_items(clause.strip()) if i.strip(" ,.")]
    return items if items and all(industry_name(i, vocab) for i in items) else []


def industry_name(item: str, vocab: Vocabulary) -> bool:
    """``item`` is, as a whole, an industry the gazetteer knows ("Construction",
    "Hospitality") and no employer the lexicon knows: a sector, not an organisation."""
    return vocab.gazetteer is not None and item not in vocab.employers and (
        vocab.gazetteer.sectors(item, section=True) == [item])
