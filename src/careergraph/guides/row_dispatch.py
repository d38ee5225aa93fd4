"""Which per-row readers a row can fire on, from one scan of the row.

A long-form page's rows go through dozens of readers, each gated on its own cue words: a
row that holds none pays a call, a lowercasing and a scan per reader for nothing.  A
:class:`RowDispatch` holds, for each reader, a *trigger*: literals (lowercase) of which the
row's :func:`~careergraph.guides.phrase_gate.folded` text must hold one for the reader to
find anything.  The triggers of all the readers are compiled into one Aho-Corasick automaton
and a row is scanned once; the caller then runs only the readers the scan names.

A trigger is only sound when it is *necessary*: derived from the reader's own early exit or
from what every one of its results must contain, said beside the reader's entry in its
dispatch (:func:`careergraph.guides.skill_cues.skill_cue_dispatch`,
:func:`careergraph.guides.labelled_employers.cued_list_dispatch`) and checked by
``tests/test_row_dispatch.py``.
A text :func:`folded` gives no lowered form for (it holds a character that case-insensitive
matching pairs with an ASCII letter another way) runs every reader, as does a reader whose
trigger is ``None``.

>>> dispatch = RowDispatch({"pay": ("$", "salary"), "bikes": ("bike",)})
>>> sorted(dispatch.readers("Salary: $40k")), sorted(dispatch.readers("Rides a bike"))
(['pay'], ['bikes'])
>>> dispatch.readers("Nothing here")
frozenset()
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import ahocorasick

from careergraph.guides.phrase_gate import folded

__all__ = ["RowDispatch"]


class RowDispatch:
    """Readers by name, each with its trigger literals (``None``: always run)."""

    __slots__ = ("_always", "_automaton", "_everyone")

    def __init__(self, triggers: Mapping[str, Iterable[str] | None]) -> None:
        self._everyone = frozenset(triggers)
        self._always = frozenset(name for name, words in triggers.items() if words is None)
        by_word: dict[str, set[str]] = {}
        for name, words in triggers.items():
            for word in words or ():
                if not word:  # (an empty literal is in every text)
                    self._always |= {name}
                    continue
                by_word.setdefault(word.lower(), set()).add(name)
        self._automaton: ahocorasick.Automaton | None = None
        if by_word:
            self._automaton = ahocorasick.Automaton()
            for word, names in by_word.items():
                self._automaton.add_word(word, frozenset(names))
            self._automaton.make_automaton()

    def readers(self, text: str) -> frozenset[str]:
        """The readers that can find something in ``text``.

        >>> RowDispatch({"a": ("x",), "b": None}).readers("no trigger")
        frozenset({'b'})
        """
        lowered = folded(text)
        if lowered is None:
            return self._everyone
        found = self._always
        if self._automaton is not None:
            for _, names in self._automaton.iter(lowered):
                found = found | names
                if len(found) == len(self._everyone):
                    break
        return found
