"""Vocabulary patterns that skip texts holding none of their words.

A cue pattern built from a data list of phrases (``\\b(?:hiring|recruiting …)\\s+…``, case
insensitive) gives ``re`` nothing to skip with: every position of every line tries every
alternative, on every page, though few lines hold any cue.  Every match of such a pattern
contains, lowercased, one word of one of its phrases; so when the lowercased text holds none
of those words (a few substring tests) the pattern cannot match and is not run.

The test is exact: ``re``'s case-insensitive matching pairs an ASCII letter only with its
other case and with four other characters (``İ ı ſ K``); a text holding one of those is
always searched.  A phrase word that is not ASCII turns the gate off.

>>> cue = PhraseGate(["look for", "looking for"], r"\\b(?:looking\\s+for|look\\s+for)\\s+")
>>> cue.words
(('look', 'for'),)
>>> [m.end() for m in cue.finditer("Firms LOOK FOR welders.")], cue.search("No cue here.")
([15], None)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["PhraseGate", "folded", "key_words"]

# The characters other than ASCII letters that re.IGNORECASE matches to an ASCII letter
# (every code point checked: tests/test_phrase_gate.py).
_OTHER_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


def folded(text: str) -> str | None:
    """``text`` lowercased for the gates, or None when it holds a character that
    case-insensitive matching pairs with an ASCII letter in another way (no gate is exact).

    >>> folded("Hiring Now"), folded("ſtarted with")
    ('hiring now', None)
    """
    if not text.isascii() and any(char in text for char in _OTHER_FOLDS):
        return None
    return text.lower()


def key_words(phrases: Iterable[str], whole: bool = False
              ) -> tuple[tuple[str, ...], ...] | None:
    """The words of each phrase, lowercased, longest first, leaving out a phrase whose test
    another kept one's implies (each of that one's words is inside one of its words: "hires"
    holds "hire"); None when a word is not ASCII.  ``whole``: each phrase is one word (the
    pattern matches its spaces as printed, not any run of white space).

    >>> key_words(["hire", "hires", "who is hiring", "job ads"])
    (('hire',), ('ads', 'job'), ('hiring', 'who', 'is'))
    >>> key_words(["who is it for", "entry from"], whole=True)
    (('entry from',), ('who is it for',))
    """
    found: set[tuple[str, ...]] = set()
    for phrase in phrases:
        words = (phrase.lower(),) if whole else tuple(
            sorted(set(phrase.lower().split()), key=lambda w: (-len(w), w)))
        if not all(word.isascii() for word in words):
            return None
        if words:
            found.add(words)
    ordered = sorted(found, key=lambda ws: (len(ws), [len(w) for w in ws], ws))
    kept: list[tuple[str, ...]] = []
    for words in ordered:  # (fewer and shorter words first: the weaker tests)
        if not any(all(any(k in w for w in words) for k in other) for other in kept):
            kept.append(words)
    return tuple(kept)


class PhraseGate:
    """A compiled case-insensitive pattern every match of which holds one of ``phrases``
    (the data list it was built from: the caller vouches for that), its words parted by any
    white space, or as printed when ``whole``."""

    __slots__ = ("pattern", "words")

    def __init__(self, phrases: Iterable[str], pattern: str | re.Pattern[str],
                 whole: bool = False) -> None:
        self.pattern = pattern if isinstance(pattern, re.Pattern) else re.compile(
            pattern, re.IGNORECASE)
        self.words = key_words(phrases, whole)

    def admits(self, lowered: str | None) -> bool:
        """Can the pattern match a text whose :func:`folded` form is ``lowered``?"""
        if lowered is None or self.words is None:
            return True
        for words in self.words:  # (a loop: called for most lines of every page)
            if words[0] in lowered and (len(words) == 1 or all(w in lowered for w in words)):
                return True
        return False

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, or nothing when the text holds no word of the
        phrases (a caller that has :func:`folded` text tests :meth:`admits` itself)."""
        return self.pattern.finditer(text) if self.admits(folded(text)) else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``, or None when the text holds no word of the phrases."""
        return self.pattern.search(text) if self.admits(folded(text)) else None
