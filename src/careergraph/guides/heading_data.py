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


def phrase_alternation(phrases: Iterable[str], by_first: bool = False) -> str:
    """A regex alternation of ``phrases``, longest first (so "apply for" wins over "apply"),
    each space matching any run of white space; empty for no phrases.

    ``by_first``: the phrases grouped by their first character, each group's character
    written once before its phrases' rests.  The same matches: two phrases whose first
    characters differ (in any case) never both match at one place, and a group keeps its
    phrases' order; but ``re`` tries one alternative per first character at each place, not
    every phrase ((perf63) a list of 239 phrases, tried at every word of every clause, ran
    ten times faster).  The flat alternation when a phrase opens on anything but an ASCII
    letter or digit (an escape, or a letter case folding pairs with another).

    >>> print(phrase_alternation(["go", "go on to"]))
    go\\s+on\\s+to|go
    >>> print(phrase_alternation(["go on to", "gain", "apply", "go"], by_first=True))
    g(?:o\\s+on\\s+to|ain|o)|apply
    """
    alternatives = [re.escape(p).replace(r"\ ", r"\s+")
                    for p in sorted(phrases, key=len, reverse=True)]
    if not by_first or not all(a[:1].isascii() and a[:1].isalnum() for a in alternatives):
        return "|".join(alternatives)
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:  # (a dict keeps the groups in their first phrase's order)
        groups.setdefault(alternative[0].lower(), []).append(alternative)
    return "|".join(_first_factored(group) for group in groups.values())


def _first_factored(group: list[str]) -> str:
    """One group of :func:`phrase_alternation`'s ``by_first``: its first character once
    when every phrase opens on it as printed (else the phrases as they are, in a group)."""
    if len(group) == 1:
        return group[0]
    first = group[0][0]
    if any(alternative[0] != first for alternative in group):
        return "(?:" + "|".join(group) + ")"
    return first + "(?:" + "|".join(alternative[1:] for alternative in group) + ")"


@cache
def document_nouns() -> frozenset[str]:
    """(rules42b) Nouns that make the words before them a document's or a scheme's title
    ("the Safety at Street Works code", a schedule's "Sector scheme" column): ``hiring``'s
    ``titled_documents`` in ``data/headings.yaml``.

    >>> "code" in document_nouns()
    True
    """
    return frozenset(word_lists("hiring").get("titled_documents", ()))
