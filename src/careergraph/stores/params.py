"""Query parameters from the command line: ``-p key=value`` (text) and ``-p key:=json``.

Every value is checked before it reaches an engine, so odd input ends in an
:class:`~careergraph.errors.InputError` (exit code 2) naming the parameter and the problem,
never a traceback: text that is not valid Unicode (a lone surrogate, from a JSON ``\\ud800``
escape or from bytes that are not UTF-8), nesting deeper than :data:`MAX_DEPTH`, integers
beyond 64 bits (what Cypher integers hold), non-finite numbers, malformed JSON.

>>> parse_params(["from=MLOps Engineer", "limit:=5", "tags:=[\\"a\\"]"])
{'from': 'MLOps Engineer', 'limit': 5, 'tags': ['a']}
>>> parse_params(['x:="\\\\ud800"'])
Traceback (most recent call last):
...
careergraph.errors.InputError: -p x: the text '\\ud800' holds a lone surrogate, ...
>>> check_values({"deep": [[[1]]]}, max_depth=2)
Traceback (most recent call last):
...
careergraph.errors.InputError: -p deep: nested deeper than 2 levels of lists and maps
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

from careergraph.errors import InputError

__all__ = ["MAX_DEPTH", "check_text", "check_values", "parse_params"]

#: Lists and maps nest at most this deep in a parameter (real queries need two or three).
MAX_DEPTH = 32
_INT64 = 2**63
_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_params(items: list[str]) -> dict[str, Any]:
    """``key=value`` pairs (strings) and ``key:=json`` pairs (typed values), checked with
    :func:`check_values`."""
    params: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        typed = key.endswith(":")
        key = key.removesuffix(":")
        if not sep or not key:
            raise InputError("-p", 0, f"{_show(item)} is not key=value (or key:=json)")
        if not key.isidentifier():
            raise InputError(f"-p {_show(key)}", 0, "is not a parameter name",
                             hint="letters, digits and _, not starting with a digit")
        params[key] = _json(key, value) if typed else value
    check_values(params)
    return params


def _json(key: str, text: str) -> Any:
    try:
        return json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise InputError(f"-p {key}", 0, f"nested deeper than {MAX_DEPTH} levels of lists "
                                         f"and maps") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"-p {key}", 0, f"not JSON ({exc.msg})",
                         hint="key:=json takes a JSON value; key=value takes text") from None
    except ValueError as exc:  # Python refuses integers of over 4,300 digits, or NaN
        reason = str(exc) if "finite" in str(exc) else \
            "an integer of thousands of digits does not fit a 64-bit integer (Cypher's integers)"
        raise InputError(f"-p {key}", 0, reason) from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a finite number")


def check_values(params: Mapping[str, Any], *, max_depth: int = MAX_DEPTH) -> None:
    """Refuse what no engine takes faithfully: text that is not valid Unicode, nesting
    deeper than ``max_depth``, integers beyond 64 bits, NaN and infinities.  Walks without
    recursion, so any depth ends in this error, not a ``RecursionError``."""
    for name, value in params.items():
        stack: list[tuple[Any, int]] = [(value, 0)]
        while stack:
            item, depth = stack.pop()
            if isinstance(item, str):
                _check_str(name, item)
            elif isinstance(item, bool) or item is None:
                continue
            elif isinstance(item, int):
                if not -_INT64 <= item < _INT64:
                    raise InputError(f"-p {name}", 0, f"{_digits(item)} does not fit a "
                                                      f"64-bit integer (Cypher's integers)")
            elif isinstance(item, float):
                if not math.isfinite(item):
                    raise InputError(f"-p {name}", 0, f"{item} is not a finite number")
            elif isinstance(item, list | tuple | Mapping):
                if depth >= max_depth:
                    raise InputError(f"-p {name}", 0, f"nested deeper than {max_depth} "
                                                      f"levels of lists and maps")
                if isinstance(item, Mapping):
                    for key in item:
                        _check_str(name, str(key))
                    stack.extend((v, depth + 1) for v in item.values())
                else:
                    stack.extend((v, depth + 1) for v in item)


def check_text(what: str, text: str) -> None:
    """Refuse a statement (or other text) that is not valid Unicode.

    >>> check_text("the statement", "RETURN 1")
    """
    if match := _SURROGATE.search(text):
        raise InputError(what, 0, f"holds {_show(match[0])} (a lone surrogate: bytes that are "
                                  f"not UTF-8, or a \\u escape of half a character)",
                         hint="pass UTF-8 text")


def _check_str(name: str, text: str) -> None:
    if _SURROGATE.search(text):
        raise InputError(f"-p {name}", 0, f"the text {_show(text)} holds a lone surrogate, "
                                          f"which is not valid Unicode",
                         hint="pass UTF-8 text")


def _show(text: str, limit: int = 60) -> str:
    """Printable and short: escapes (surrogates, control characters), cut to ``limit``."""
    shown = ascii(text) if _SURROGATE.search(text) else repr(text)
    return shown if len(shown) <= limit else shown[:limit - 4] + "…" + shown[-3:]


def _digits(number: int) -> str:
    # str() of a huge integer is slow, and refused past 4,300 digits: size it by bits.
    bits = number.bit_length()
    return str(number) if bits <= 100 else f"an integer of {bits} bits"
