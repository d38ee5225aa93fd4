"""Letter classes for patterns that read a name by its capitals, in any cased script.

A pattern's ``[A-Z]`` misses the capital of "Škoda", "Électricité", "Örebro", "Łódź" or
"Сбербанк" and so cuts the name after it ("Škoda Auto" read as "Auto"). :func:`any_capital`
widens it to every capital of the Latin, Greek and Cyrillic scripts (and Armenian), so the
same pattern reads the name whole; ASCII text is matched exactly as before.

>>> import re
>>> re.findall(any_capital(r"[A-Z]\\w+"), "Škoda, Électricité, Łódź, Örebro, Сбербанк, Acme, éa")
['Škoda', 'Électricité', 'Łódź', 'Örebro', 'Сбербанк', 'Acme']
"""

from __future__ import annotations

__all__ = ["CAPITAL", "any_capital"]


def _class_body(codes: list[int]) -> str:
    """The codes as a character class's body, runs written as ranges."""
    parts: list[str] = []
    start = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code == previous + 1:
            previous = code
            continue
        parts.append(chr(start) if start == previous else f"{chr(start)}-{chr(previous)}")
        start = previous = code
    return "".join(parts)


#: A capital letter of the Latin (with its extensions), Greek, Cyrillic or Armenian script.
CAPITAL = f"[{_class_body([c for c in range(0x41, 0x0590) if chr(c).isupper()])}]"


def any_capital(pattern: str) -> str:
    """``pattern`` with each ``[A-Z]`` read as a capital of any cased script (:data:`CAPITAL`).

    >>> any_capital(r"(?P<name>[A-Z]\\w*)").startswith("(?P<name>[A-Z")
    True
    """
    return pattern.replace("[A-Z]", CAPITAL)
