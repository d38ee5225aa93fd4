"""Patterns compiled on first use, for vocabularies most of whose patterns a page never runs.

A data list of patterns (a page family's marks: hundreds, in ``data/headings.yaml``) is
compiled in full the first time the list is read, though a page runs only the few whose
literals it holds (:mod:`careergraph.guides.regex_literals`): compiling costs a fresh process
about a millisecond a pattern, most of a small build's regex time.  :class:`Lazy` keeps the
text and flags (what the literal tests read) and compiles on the first search, so a fresh
process pays only for the patterns its pages run.  The same pattern text, the same matches:
only the moment of compiling moves (a bad pattern raises on its first search, not on load;
the data tests compile every one).

>>> mark = Lazy(r"^share\\s+improve this (?:answer|question)\\b", re.IGNORECASE)
>>> mark.compiled is None, bool(mark.search("Share  improve this answer")), mark.compiled is None
(True, True, False)
"""

from __future__ import annotations

import re
import sys

__all__ = ["Lazy"]


class Lazy:
    """A pattern's text and flags, compiled the first time it is run.

    Offers ``search``, ``match``, ``fullmatch`` and ``sub`` of :class:`re.Pattern` (what the list
    readers use); ``pattern`` and ``flags`` are the arguments as given.
    """

    __slots__ = ("compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        #: The compiled pattern once it has been run, None before.
        self.compiled: re.Pattern[str] | None = None

    def regex(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self.compiled is None:
            self.compiled = re.compile(self.pattern, self.flags)
        return self.compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize
               ) -> re.Match[str] | None:
        """``re.Pattern.search``."""
        return self.regex().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize
              ) -> re.Match[str] | None:
        """``re.Pattern.match``."""
        return self.regex().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize
                  ) -> re.Match[str] | None:
        """``re.Pattern.fullmatch``."""
        return self.regex().fullmatch(string, pos, endpos)

    def sub(self, repl: str, string: str, count: int = 0) -> str:
        """``re.Pattern.sub`` (with a replacement string)."""
        return self.regex().sub(repl, string, count)

    def __repr__(self) -> str:
        return f"Lazy({self.pattern!r}, {self.flags!r})"
