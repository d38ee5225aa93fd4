"""One block of word lists from ``data/headings.yaml`` (the file read once), and the regex
alternation a list of phrases makes.

>>> sorted(word_lists("verb_lists"))[:2]
['cues', 'light']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from careergraph.guides.headings import bundled_section

__all__ = ["document_nouns", "phrase_alternation", "word_lists"]


@cache
def word_lists(block: str) -> dict[str, tuple[str, ...]]:
    """The lists of ``block`` in ``data/headings.yaml``, each as lowercase words in their
    order (a tuple); a missing block is empty.  (The file is read once for every block and
    every reader: :func:`careergraph.guides.headings.bundled_section`.)"""
    raw = bundled_section(block)
    return {str(key): tuple(str(w).lower() for w in words or ()) for key, words in raw.items()}


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases``, longest first (so "apply for" wins over "apply"),
    each space matching any run of white space; empty for no phrases.

    >>> print(phrase_alternation(["go", "go on to"]))
    go\\s+on\\s+to|go
    """
    return "|".join(re.escape(p).replace(r"\ ", r"\s+")
                    for p in sorted(phrases, key=len, reverse=True))


@cache
def document_nouns() -> frozenset[str]:
    """(rules42b) Nouns that make the words before them a document's or a scheme's title
    ("the Safety at Street Works code", a schedule's "Sector scheme" column): ``hiring``'s
    ``titled_documents`` in ``data/headings.yaml``.

    >>> "code" in document_nouns()
    True
    """
    return frozenset(word_lists("hiring").get("titled_documents", ()))
