"""Is any of many fixed strings in a text?  One Aho-Corasick pass instead of a regex.

Parsers gate their per-sentence work on trigger phrases ("advance to ", "work in "…).  A
``re`` alternation of dozens of literals tries every alternative at every position (about
0.1 ms per sentence); an automaton reads the text once (ten times faster).

>>> triggers = AnyOf(("advance to ", "move into "))
>>> triggers.search("you can advance to staff engineer"), triggers.search("no move here")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import reduce
from operator import itemgetter, or_

import ahocorasick

__all__ = ["LINE_CUES", "AnyOf", "SharedAnyOf", "SharedPass", "folded_absent", "folded_text",
           "needle_matches"]


def folded_absent(text: str, needle: str) -> bool:
    """True when ``needle``, in any letter case, is surely not in ``text``: both are ASCII
    and the lowered needle is not in the lowered text.  A pattern built from the needle
    under ``re.IGNORECASE`` then finds nothing either, so its compile (once a role, a
    pattern ``re``'s cache does not keep across a corpus) and its scan can be skipped.
    Non-ASCII text is never ruled out: case folding there pairs other characters ("K",
    the Kelvin sign, and "k").

    >>> folded_absent("A data engineer in fintech", "Data Engineer")
    False
    >>> folded_absent("A nurse in a ward", "Data Engineer"), folded_absent("ſ", "s")
    (True, False)
    """
    return text.isascii() and needle.isascii() and needle.lower() not in text.lower()


# The characters ``re.IGNORECASE`` pairs with an ASCII letter: dotted and dotless I, the long
# s, the Kelvin sign (the first and the last also change their length or leave non-ASCII when
# lowered).  A text without them lowers letter for letter, ASCII letters only from ASCII.
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


def folded_text(text: str, needle: str) -> str | None:
    """``text`` lowered, where the lowered ASCII ``needle`` is found exactly where
    ``(?i:needle)`` matches in ``text`` (same positions, same length); None when case
    folding may pair other characters (a non-ASCII needle, or a text holding one of the
    characters ``re`` folds onto an ASCII letter).

    >>> folded_text("A Data Engineer", "data engineer"), folded_text("\u212ailn", "Kiln")
    ('a data engineer', None)
    """
    if not needle.isascii() or (not text.isascii() and any(c in text for c in _ODD_FOLDS)):
        return None
    return text.lower()


# A word boundary, tested at an offset (``\b`` looks at the character before the offset too).
_EDGE = re.compile(r"\b")


def needle_matches(text: str, haystack: str, needle: str, tail: re.Pattern[str],
                   edge: bool = False) -> Iterator[tuple[int, re.Match[str]]]:
    r"""What ``finditer`` of a pattern built around a literal gives, without compiling that
    pattern (once a role, a pattern ``re``'s cache does not keep across a corpus): the
    pattern is ``needle`` (``\b`` before it when ``edge``) then ``tail``, found in ``text``;
    ``needle`` is looked up in ``haystack`` (``text`` itself, or ``folded_text``'s lowered
    text and a lowered needle for a needle matched in any case).  Each match's start and
    the tail's match; the matches do not overlap, as ``finditer``'s.

    >>> tail = re.compile(r"s?\s+in\s+(?P<list>[a-z]+)")
    >>> text = "Data engineers in fintech; a data engineer in banking"
    >>> [(start, m.group("list")) for start, m in needle_matches(
    ...     text, text.lower(), "data engineer", tail, edge=True)]
    [(0, 'fintech'), (29, 'banking')]
    """
    if not needle:
        raise ValueError("an empty needle")
    size = len(needle)
    start = haystack.find(needle)
    while start != -1:
        if (not edge or _EDGE.match(text, start)) and (
                found := tail.match(text, start + size)) is not None:
            yield start, found
            start = haystack.find(needle, found.end())
        else:
            start = haystack.find(needle, start + 1)


class AnyOf:
    """A set of literal strings searched for as substrings (case as given)."""

    __slots__ = ("_automaton", "_empty")

    def __init__(self, literals: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        words = [word for word in dict.fromkeys(literals) if word]
        for word in words:  # (each found occurrence gives the literal itself: no slice)
            self._automaton.add_word(word, word)
        self._empty = not words
        if words:
            self._automaton.make_automaton()

    def search(self, text: str) -> bool:
        """True when ``text`` contains any of the literals (as ``re.search`` would find)."""
        if self._empty:
            return False
        return next(self._automaton.iter(text), None) is not None

    def starts(self, text: str) -> Iterator[tuple[str, int]]:
        """Every occurrence of every literal in ``text`` (overlapping ones too), as the literal
        and where it starts, in the order the occurrences end.

        >>> list(AnyOf(("ab", "b", "abc")).starts("xabc"))
        [('ab', 1), ('b', 2), ('abc', 1)]
        """
        if self._empty:
            return
        for last, word in self._automaton.iter(text):
            yield word, last + 1 - len(word)

    def present(self, text: str) -> set[str]:
        """The literals ``text`` contains (the first of :meth:`starts`' pairs, as a set), the
        automaton's matches read in C, with no Python step an occurrence (speed20).

        >>> sorted(AnyOf(("ab", "b", "abc")).present("xabcab"))
        ['ab', 'abc', 'b']
        """
        if self._empty:
            return set()
        return set(map(_LITERAL, self._automaton.iter(text)))

    def places(self, text: str) -> dict[str, list[int]]:
        """Where each literal ``text`` contains starts, in the order of :meth:`starts`
        (one loop over the automaton's matches, no generator: speed20).

        >>> AnyOf(("ab", "b", "abc")).places("xabcab")
        {'ab': [1, 4], 'b': [2, 5], 'abc': [1]}
        """
        found: dict[str, list[int]] = {}
        if self._empty:
            return found
        for last, word in self._automaton.iter(text):
            if (at := found.get(word)) is None:
                found[word] = [last + 1 - len(word)]
            else:
                at.append(last + 1 - len(word))
        return found


_LITERAL = itemgetter(1)  # (an automaton match's value: the literal found)


class SharedPass:
    """Several readers' sets of literals found in one automaton pass over a text, the pass
    remembered for the last text (speed21).  The readers of a line each lower it and ask
    their own set in turn ("does it hold a move's trigger?", "… a workplace's cue?"): four
    or five automata walked the same text one after the other.  Each set is a
    :class:`SharedAnyOf` (:meth:`member`) whose ``search`` is :meth:`AnyOf.search`'s answer,
    read from one pass of an automaton of every set's literals: each literal's value the
    sets holding it (one bit a set), a text's value the union over every occurrence (the
    automaton reports every occurrence of every literal, overlapping ones too).

    >>> shared = SharedPass()
    >>> moves, places = shared.member(("advance to ", "move into ")), shared.member(("work in ",))
    >>> moves.search("they advance to lead"), places.search("they advance to lead")
    (True, False)
    """

    __slots__ = ("_automaton", "_last", "_sets")

    def __init__(self) -> None:
        self._sets: list[tuple[str, ...]] = []
        self._automaton: ahocorasick.Automaton | None = None
        #: The last text scanned and the sets it holds a literal of (one bit a set); the
        #: empty text holds none.  One tuple, replaced whole.
        self._last: tuple[str, int] = ("", 0)

    def member(self, literals: Iterable[str]) -> SharedAnyOf:
        """A set of literals looked for in this pass (a new set: the automaton is built
        again at the next search)."""
        self._sets.append(tuple(word for word in dict.fromkeys(literals) if word))
        self._automaton = None
        self._last = ("", 0)
        return SharedAnyOf(self, 1 << (len(self._sets) - 1))

    def scan(self, text: str) -> tuple[str, int]:
        """``text`` and the sets it holds a literal of (one bit a set), remembered."""
        automaton = self._automaton
        if automaton is None:
            automaton = self._automaton = ahocorasick.Automaton()
            bits: dict[str, int] = {}
            for index, words in enumerate(self._sets):
                for word in words:
                    bits[word] = bits.get(word, 0) | 1 << index
            for word, bit in bits.items():
                automaton.add_word(word, bit)
            if bits:
                automaton.make_automaton()
        last = (text, reduce(or_, map(_LITERAL, automaton.iter(text)), 0)
                if automaton.kind == ahocorasick.AHOCORASICK else 0)
        self._last = last
        return last


class SharedAnyOf:
    """One set of literals of a :class:`SharedPass`: ``search`` as :meth:`AnyOf.search`."""

    __slots__ = ("_bit", "_pass")

    def __init__(self, shared: SharedPass, bit: int) -> None:
        self._pass = shared
        self._bit = bit

    def search(self, text: str) -> bool:
        """True when ``text`` contains any of the literals (as ``re.search`` would find)."""
        last = self._pass._last
        if text is not last[0] and text != last[0]:
            last = self._pass.scan(text)
        return last[1] & self._bit != 0


#: The row readers' cue sets (a move's triggers, a workplace's cues, the examples' openers,
#: a list's nouns, a job's words, a wanting verb): each lowered line is read by all of them.
LINE_CUES = SharedPass()
