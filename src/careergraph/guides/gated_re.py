"""Compiled patterns that are not run on a text which cannot hold a match.

A reader's pattern is tried on every row of a long-form page, and on most rows it finds
nothing.  :class:`Gated` wraps a compiled pattern with the literal tests every one of its
matches passes (:func:`~careergraph.guides.regex_literals.literal_tests`, derived from
``re``'s own parse of the pattern, never listed by hand): a text whose lowercased form fails a
test holds no match, so ``search`` says None, ``finditer`` nothing, ``sub`` the text itself —
without running the pattern.  The lowercased form is computed once for a text however many
gated patterns look at it (the last text is remembered), so the readers of a row share it.

Exact by construction (a skipped text is one the pattern cannot match; see
:mod:`careergraph.guides.phrase_gate` for why the lowercased test is exact).  Setting
``CAREERGRAPH_CHECK_GATES=1`` (or :data:`CHECK` in a test) runs the pattern on every skipped
text anyway and raises :class:`AssertionError` if it would have matched.

>>> cue = Gated(re.compile(r"\\b(?:hires|recruits)\\s+(\\w+)", re.IGNORECASE))
>>> cue.search("The council HIRES planners").group(1), cue.search("No cue here")
('planners', None)
>>> cue.sub("X", "nothing to change"), [m.group(1) for m in cue.finditer("recruits nurses")]
('nothing to change', ['nurses'])
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, ParamSpec, TypeVar, cast

from careergraph.guides.phrase_gate import LiteralGate, folded

__all__ = ["CHECK", "Gated", "entered_by", "lowered"]

_P = ParamSpec("_P")
_R = TypeVar("_R")
#: A reader's entry pattern, or the cached function that compiles it (from its data list).
Entry = re.Pattern[str] | Callable[[], re.Pattern[str]]

#: Run every skipped pattern anyway and assert it finds nothing (tests, debugging).
CHECK = os.environ.get("CAREERGRAPH_CHECK_GATES", "") not in ("", "0")

# The last text folded and its folded form: a row's readers ask about the same text in turn.
_last: list[Any] = ["", ""]


def lowered(text: str) -> str | None:
    """:func:`~careergraph.guides.phrase_gate.folded` ``text``, computed once for the text
    the readers of a row share (the last one asked about is kept).

    >>> lowered("Hires Welders"), lowered("ſ")
    ('hires welders', None)
    """
    if text is _last[0]:
        return _last[1]  # type: ignore[no-any-return]
    low = folded(text)
    _last[0], _last[1] = text, low
    return low


class Gated:
    """A compiled pattern run only on texts that pass its literal tests (see the module).

    Offers the methods of :class:`re.Pattern` the readers use; ``pattern``, ``flags`` and
    ``groupindex`` are the wrapped pattern's.
    """

    __slots__ = ("_gate", "_re", "flags", "groupindex", "pattern", "tests")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self._re = compiled
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self.groupindex = compiled.groupindex
        self._gate = LiteralGate(compiled)
        #: Every match holds, lowercased, one literal of each test (rarest tests first).
        self.tests = self._gate.tests

    def admits(self, text: str) -> bool:
        """Can the pattern match anywhere in ``text``?  (False only when it surely cannot.)

        >>> Gated(re.compile("use (?:meters|saws)")).admits("We use rulers")
        False
        """
        if not self.tests or self._gate.admits(lowered(text)):
            return True
        if CHECK:
            _check(self._re, text)
        return False

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize
               ) -> re.Match[str] | None:
        """``re.Pattern.search``, None at once on a text that cannot hold a match."""
        return self._re.search(string, pos, endpos) if self.admits(string) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize
              ) -> re.Match[str] | None:
        """``re.Pattern.match``, None at once on a text that cannot hold a match."""
        return self._re.match(string, pos, endpos) if self.admits(string) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize
                  ) -> re.Match[str] | None:
        """``re.Pattern.fullmatch``, None at once on a text that cannot hold a match."""
        return self._re.fullmatch(string, pos, endpos) if self.admits(string) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize
                 ) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``, nothing at once on a text that cannot hold a match."""
        return self._re.finditer(string, pos, endpos) if self.admits(string) else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """``re.Pattern.findall``, ``[]`` at once on a text that cannot hold a match."""
        return self._re.findall(string, pos, endpos) if self.admits(string) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str,
            count: int = 0) -> str:
        """``re.Pattern.sub``, the text itself at once when it cannot hold a match."""
        return self._re.sub(repl, string, count) if self.admits(string) else string

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        """``re.Pattern.split``, ``[string]`` at once when it cannot hold a match."""
        return self._re.split(string, maxsplit) if self.admits(string) else [string]


def _check(compiled: re.Pattern[str], text: str) -> None:
    """The check mode: a text a gate turned away must hold no match."""
    if compiled.search(text) is not None:
        raise AssertionError(f"gate of {compiled.pattern[:80]!r} skipped a match in {text!r}")


class _Entries:
    """A reader's entry patterns, their literal tests built on first use (a pattern compiled
    from a data list is built when the reader first runs, not at import)."""

    __slots__ = ("_entries", "_gates")

    def __init__(self, entries: tuple[Entry, ...]) -> None:
        self._entries = entries
        self._gates: list[LiteralGate] | None = None

    def shut(self, text: str) -> bool:
        """No entry pattern can match anywhere in ``text`` (False when any pattern has no
        literal test, or ``text`` no exact folded form)."""
        gates = self._gates
        if gates is None:
            gates = self._gates = [LiteralGate(entry if isinstance(entry, re.Pattern)
                                               else entry()) for entry in self._entries]
        if not gates or any(not gate.tests for gate in gates):
            return False
        low = lowered(text)
        return low is not None and not any(gate.admits(low) for gate in gates)


def _page_text(lines: Sequence[tuple[int, str]]) -> str:
    """A page's lines (number, text) as one text: a line's match is inside it."""
    return "\n".join([text for _, text in lines])


def entered_by(*entries: Entry, empty: Callable[[], object]
               ) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """A reader that gives ``empty()`` unless one of ``entries`` (its entry patterns, or the
    cached functions compiling them) matches in its first argument: a row's text, or a
    page's (number, text) lines (a match on any one line).  The reader's author vouches for
    that; the test is each pattern's own literal tests
    (:func:`~careergraph.guides.regex_literals.literal_tests`) on the folded text, so a
    page holding none of the literals every match needs is not read at all.  With
    :data:`CHECK` a skipped reader runs anyway and must give ``empty()``.

    >>> @entered_by(re.compile(r"(?i)\\bshift pattern:"), empty=list)
    ... def shifts(lines: Sequence[tuple[int, str]]) -> list[int]:
    ...     return [no for no, text in lines if "shift pattern:" in text.lower()]
    >>> shifts([(1, "Shift pattern: 4 on 4 off"), (2, "Nights")]), shifts([(1, "Days")])
    ([1], [])
    """
    gate = _Entries(entries)

    def decorate(reader: Callable[_P, _R]) -> Callable[_P, _R]:
        @functools.wraps(reader)
        def gated(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            first = args[0] if args else None
            if first is None:
                return reader(*args, **kwargs)
            text = first if isinstance(first, str) else _page_text(
                cast("Sequence[tuple[int, str]]", first))
            if not gate.shut(text):
                return reader(*args, **kwargs)
            if CHECK:
                found = reader(*args, **kwargs)
                if found != empty():
                    raise AssertionError(f"gate of {reader.__qualname__} skipped {found!r}")
            return cast("_R", empty())  # (the reader's own empty result: its author's word)

        return gated

    return decorate
