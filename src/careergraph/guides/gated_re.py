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

import os
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from careergraph.guides.phrase_gate import LiteralGate, folded

__all__ = ["CHECK", "Gated", "lowered"]

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
