"""Results of pure per-line readings, kept across the guides one parse reads.

Guides of one corpus repeat many of their lines word for word (a skill alone on its line,
"Entry Level USD 85,000 to 110,000"): a reading that depends on nothing but the line's text
is worked out once per parse instead of once per guide.  A table is bounded: when full it is
emptied and starts again, so memory stays flat whatever the corpus.

>>> memo = Memo(limit=2)
>>> calls = []
>>> def twice(text: str) -> str:
...     calls.append(text)
...     return text * 2
>>> memo.get("double", "ab", twice), memo.get("double", "ab", twice), calls
('abab', 'abab', ['ab'])
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

__all__ = ["Memo"]

_K = TypeVar("_K", bound=Hashable)
_V = TypeVar("_V")

#: Entries a table keeps before it is emptied: a few megabytes at most (a card's pay line
#: holds three or four bands of ~1 kB), enough for the distinct skill lines of ~6,000 cards
#: ((perf62) raised from 1 << 13: a process's ~4,000 cards held ~9,000 skill lines and
#: ~12,000 move lines, and each table was emptied once and worked out again).
LIMIT = 1 << 14


class Memo:
    """Named tables of ``key -> value`` for pure functions of one key.

    Values are shared between callers: keep them immutable (tuples, frozen objects).
    """

    __slots__ = ("_limit", "_tables")

    def __init__(self, limit: int = LIMIT) -> None:
        self._limit = limit
        self._tables: dict[str, dict[Any, Any]] = {}

    def get(self, table: str, key: _K, compute: Callable[[_K], _V]) -> _V:
        """``compute(key)``, worked out once while ``table`` keeps it."""
        found = self._tables.get(table)
        if found is None:
            found = self._tables[table] = {}
        elif key in found:
            value: _V = found[key]
            return value
        if len(found) >= self._limit:
            found.clear()
        value = found[key] = compute(key)
        return value
