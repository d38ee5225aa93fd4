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
import warnings
from collections.abc import Sequence
from typing import Any, NamedTuple

__all__ = ["ReParser", "literal_tests", "load_parser", "required_literals"]

Literals = tuple[str, ...]


class ReParser(NamedTuple):
    """What this module uses of ``re``'s private parser: ``parse`` and its op codes."""

    parse: Any
    literal: Any
    subpattern: Any
    branch: Any
    repeats: tuple[Any, ...]


# The parser's modules, newest first: ``re._parser`` (3.11+), then the deprecated aliases
# older and current Pythons still ship.  Both are private: their shapes may change.
_MODULES = (("re._parser", "re._constants"), ("sre_parse", "sre_constants"))
# A pattern and its tests, checked on load: a parser whose output reads otherwise is not used.
# (a run, a group, a branch and a repeat: each kind of node read)
_CANARY = (r"^Ab(?:cd|ef)\s+(?:gh)+", 0, (("ab",), ("cd", "ef"), ("gh",)))


def load_parser(modules: Sequence[tuple[str, str]] = _MODULES) -> ReParser | None:
    """The first of ``modules`` (a parser and its constants) that imports, has what is used
    and reads a known pattern right; None when none does (literal tests are then off:
    :func:`required_literals` says None, :func:`literal_tests` ``()``, every text searched).

    >>> load_parser() is not None, load_parser([("no_such_parser", "no_such_constants")])
    (True, None)
    """
    for parser_name, constants_name in modules:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # ("sre_parse" warns)
                parser = importlib.import_module(parser_name)
                constants = importlib.import_module(constants_name)
            found = ReParser(parser.parse, constants.LITERAL, constants.SUBPATTERN,
                             constants.BRANCH, tuple(
                                 getattr(constants, name) for name in (
                                     "MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                                 if hasattr(constants, name)))
            pattern, flags, expected = _CANARY
            if _tests(found, pattern, flags) == expected:
                return found
        except (ImportError, AttributeError, TypeError, ValueError, IndexError):
            continue
    return None


def required_literals(pattern: str, flags: int = 0) -> Literals | None:
    """Lowercased ASCII strings one of which every match of ``pattern`` contains (the
    alternatives of the strongest such test), or None when there is no such test (or no
    parser to find one)."""
    tests = _tests(_PARSER, pattern, flags)
    return max(tests, key=_weakest, default=None) if tests else None


def _tests(parser: ReParser | None, pattern: str, flags: int) -> tuple[Literals, ...]:
    """Every test of ``pattern``, rarest first; ``()`` without a parser or when the parser's
    output has a shape this module does not know (no test is then safer than a wrong one)."""
    if parser is None:
        return ()
    try:
        options = _options(parser, list(parser.parse(pattern, flags)))
    except (AttributeError, TypeError, ValueError, IndexError):
        return ()
    return tuple(sorted(dict.fromkeys(options), key=lambda option: -_weakest(option)))


def _weakest(literals: Literals) -> int:
    return min(len(text) for text in literals)


def literal_tests(pattern: str, flags: int = 0) -> tuple[Literals, ...]:
    """Every test of :func:`required_literals`' kind the whole of ``pattern`` passes, one a
    part of it that every match goes through (a match holds one literal of each test), the
    rarest tests first; ``()`` when there is none.

    >>> literal_tests(r"\\b(?:use|run)\\s+(?:the\\s+)?(?:meters|saws)\\b")
    (('meters', 'saws'), ('use', 'run'))
    """
    return _tests(_PARSER, pattern, flags)


def _of_sequence(parser: ReParser, items: list[tuple[Any, Any]]) -> Literals | None:
    best: Literals | None = None
    for option in _options(parser, items):  # (the test whose shortest literal is longest: rarest)
        if best is None or _weakest(option) > _weakest(best):
            best = option
    return best


def _options(parser: ReParser, items: list[tuple[Any, Any]]) -> list[Literals]:
    """The tests of the parts of a sequence, each one every match of it passes."""
    options: list[Literals] = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is parser.literal and arg < 128:
            run.append(chr(arg).lower())
            continue
        if run:
            options.append(("".join(run),))
            run = []
        if op is parser.subpattern:
            found = _of_sequence(parser, list(arg[-1]))
        elif op is parser.branch:
            found = _of_branches(parser, arg[1])
        elif op in parser.repeats and arg[0] >= 1:
            found = _of_sequence(parser, list(arg[2]))
        else:
            found = None
        if found is not None:
            options.append(found)
    return options


def _of_branches(parser: ReParser, branches: list[Any]) -> Literals | None:
    found: list[str] = []
    for branch in branches:
        literals = _of_sequence(parser, list(branch))
        if literals is None:
            return None
        found.extend(text for text in literals if text not in found)
    return tuple(found)


_PARSER = load_parser()
