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
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence

from careergraph.guides.literals import AnyOf
from careergraph.guides.regex_literals import literal_tests

__all__ = ["FoldedLines", "LiteralGate", "PhraseGate", "folded", "key_words"]

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


class FoldedLines:
    """A page's lines :func:`folded` once, to find the lines that hold a literal: a pattern
    whose every match holds one of its literals (:mod:`.regex_literals`) is searched on those
    lines only, not on every line of the page.

    >>> page = FoldedLines(["Book a session", "Tilers earn $30", "BOOK now"])
    >>> list(page.holding(("book",))), list(page.holding(("earn", "xyz"))), list(page.holding(None))
    ([0, 2], [1], [0, 1, 2])
    """

    __slots__ = ("_at", "_indexed", "_size", "_starts", "present", "text")

    def __init__(self, texts: Sequence[str], literals: AnyOf | None = None,
                 indexed: frozenset[str] = frozenset()) -> None:
        """``literals``: an automaton of the ``indexed`` literals the caller will ask about,
        found all in one pass over the page (many literals: one pass, not a search each)."""
        self._size = len(texts)
        lowered = folded("\n".join(texts))
        # (a line holding a line break itself would shift the lines after it: no test then)
        if lowered is not None and lowered.count("\n") != len(texts) - 1:
            lowered = None
        #: The folded page, lines joined by line breaks; None when no literal test is exact.
        self.text = lowered
        starts = [0]
        if lowered is not None:
            cut = lowered.find("\n")
            while cut != -1:
                starts.append(cut + 1)
                cut = lowered.find("\n", cut + 1)
        self._starts = starts
        places: dict[str, list[int]] = (
            literals.places(lowered) if lowered is not None and literals is not None else {})
        self._at = places
        self._indexed = indexed if lowered is not None and literals is not None else frozenset()
        #: The ``indexed`` literals the page holds (None without an exact folded page or an
        #: automaton): a test needing one of them fails at once when it is disjoint.
        self.present = frozenset(places) if self._indexed else None

    def holding(self, literals: Iterable[str] | None) -> Sequence[int]:
        """The indices, in order, of the lines whose folded text holds one of ``literals``
        (every line when ``literals`` is None or the page has no exact folded form)."""
        text, starts = self.text, self._starts
        if text is None or literals is None:
            return range(self._size)
        found: set[int] = set()
        last = len(starts) - 1
        for literal in literals:
            if literal in self._indexed:  # (every place it stands, found in the one pass)
                found.update(bisect_right(starts, start) - 1
                             for start in self._at.get(literal, ()))
                continue
            at = text.find(literal)
            while at != -1:
                line = bisect_right(starts, at) - 1
                found.add(line)
                if line >= last:
                    break
                at = text.find(literal, starts[line + 1])  # (the next line on: one hit a line)
        return sorted(found)


#: A test of this many literals or more is looked for in one automaton pass (a loop of
#: substring tests costs more from about here).
_AUTOMATON_LITERALS = 8


class LiteralGate:
    """A compiled pattern with the literal tests every match passes
    (:func:`~careergraph.guides.regex_literals.literal_tests`): a text whose :func:`folded`
    form fails one of them is not searched.  Exact for any pattern, case ignored or not."""

    __slots__ = ("_few", "_many", "_tests", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.tests = literal_tests(pattern.pattern, pattern.flags)

    @property
    def tests(self) -> tuple[tuple[str, ...], ...]:
        """The literal tests, rarest first (a match holds one literal of each)."""
        return self._tests

    @tests.setter
    def tests(self, tests: tuple[tuple[str, ...], ...]) -> None:
        self._tests = tests
        # (a test holding "" is passed by every text: none is kept for it)
        kept = [test for test in tests if all(test)]
        self._few = tuple(test for test in kept if len(test) < _AUTOMATON_LITERALS)
        self._many = tuple(AnyOf(test) for test in kept if len(test) >= _AUTOMATON_LITERALS)

    def admits(self, lowered: str | None) -> bool:
        """Can the pattern match a text whose :func:`folded` form is ``lowered``?

        >>> gate = LiteralGate(re.compile(r"\\b(?i:use|run)\\s+(?:meter|saw)s?\\b"))
        >>> gate.admits(folded("We USE meters")), gate.admits(folded("We use rulers"))
        (True, False)
        """
        if lowered is None:
            return True
        for literals in self._few:  # (a loop: called for most lines of every page)
            for literal in literals:
                if literal in lowered:
                    break
            else:
                return False
        # (a loop, not all() of a generator: a fifth faster over a page's calls, speed19)
        for automaton in self._many:  # noqa: SIM110
            if not automaton.search(lowered):
                return False
        return True
