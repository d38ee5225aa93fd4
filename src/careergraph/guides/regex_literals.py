"""The ASCII text every match of a regular expression must contain, to skip texts without it.

A page-family mark (``^share\\s+improve this (?:answer|question)\\b``, case ignored) can only
match a line that holds, case ignored, ``"improve this "``; a page whose :func:`folded` text
holds none of a pattern's literals needs no search.  The literals come from ``re``'s own parse
of the pattern: a run of plain characters every match passes through, or one per branch of
an alternation (a match holds one of them).  Only ASCII characters make a literal, so the
lowercased-text test is exact (see :mod:`careergraph.guides.phrase_gate`).

>>> required_literals(r"^share\\s+improve this (?:answer|question)\\b")
('improve this ',)
>>> required_literals(r"^apply now\\b|\\bregister your interest\\b")
('apply now', 'register your interest')
>>> required_literals(r"^\\d+ answers?$") is None, required_literals(r"^q\\d")
(False, ('q',))
"""

from __future__ import annotations

import importlib
from typing import Any

# re's own parser and op codes (no stubs: typed Any)
_p: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

__all__ = ["literal_tests", "required_literals"]

Literals = tuple[str, ...]


def required_literals(pattern: str, flags: int = 0) -> Literals | None:
    """Lowercased ASCII strings one of which every match of ``pattern`` contains (the
    alternatives of the strongest such test), or None when there is no such test."""
    return _of_sequence(list(_p.parse(pattern, flags)))


def _weakest(literals: Literals) -> int:
    return min(len(text) for text in literals)


def literal_tests(pattern: str, flags: int = 0) -> tuple[Literals, ...]:
    """Every test of :func:`required_literals`' kind the whole of ``pattern`` passes, one a
    part of it that every match goes through (a match holds one literal of each test), the
    rarest tests first; ``()`` when there is none.

    >>> literal_tests(r"\\b(?:use|run)\\s+(?:the\\s+)?(?:meters|saws)\\b")
    (('meters', 'saws'), ('use', 'run'))
    """
    options = _options(list(_p.parse(pattern, flags)))
    return tuple(sorted(dict.fromkeys(options), key=lambda option: -_weakest(option)))


def _of_sequence(items: list[tuple[Any, Any]]) -> Literals | None:
    best: Literals | None = None
    for option in _options(items):  # (the test whose shortest literal is longest: rarest)
        if best is None or _weakest(option) > _weakest(best):
            best = option
    return best


def _options(items: list[tuple[Any, Any]]) -> list[Literals]:
    """The tests of the parts of a sequence, each one every match of it passes."""
    options: list[Literals] = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is _c.LITERAL and arg < 128:
            run.append(chr(arg).lower())
            continue
        if run:
            options.append(("".join(run),))
            run = []
        if op is _c.SUBPATTERN:
            found = _of_sequence(list(arg[-1]))
        elif op is _c.BRANCH:
            found = _of_branches(arg[1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            found = _of_sequence(list(arg[2]))
        else:
            found = None
        if found is not None:
            options.append(found)
    return options


def _of_branches(branches: list[Any]) -> Literals | None:
    found: list[str] = []
    for branch in branches:
        literals = _of_sequence(list(branch))
        if literals is None:
            return None
        found.extend(text for text in literals if text not in found)
    return tuple(found)
