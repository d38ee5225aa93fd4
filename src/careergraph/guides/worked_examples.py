"""An open pay page's worked examples: "W5 Warehouse Supervisor, Terre Haute (zone C):
$61,500 × 0.9 = $55,350".

A company that publishes its pay formula (a level's base times a location's factor) shows
it at work for a few levels and places, one a line: a level's code, its title, a place, the
base, the factor and the result.  The result is that title's pay at that place (the base
is the level's figure again, read with the level); whose it is depends on the title: the
role's own at its levels, another title's otherwise (the caller tells).

>>> worked_examples([(4, "- L5 Shift Manager, Leeds (zone B): £41,000 × 1.05 = £43,050"),
...                  (5, "C1 trainee, Hull: £24,200 × 1.00 = £24,200")])
[(4, 'Shift Manager', 'Leeds (zone B)')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["is_worked_example", "worked_examples"]

_FIGURE = r"(?:[$€£₹]|[A-Z]{3}\s?)\s?\d[\d,]*(?:\.\d+)?"
_TITLE = r"(?P<title>[A-Z][a-z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|&)){0,5})"
_EXAMPLE = re.compile(r"^(?:[-–•*]\s*)?(?:[A-Z]{1,3}\d{1,2}\s+)?" + _TITLE
                      + r",\s*(?P<place>[^:,]{2,60}):\s*" + _FIGURE
                      + r"\s*[×x*]\s*\d+(?:\.\d+)?\s*=\s*" + _FIGURE + r"\s*$")


def worked_examples(lines: Sequence[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """The (line, title, place) of each worked example of a pay formula ("Title, Place:
    base × factor = result"); a level in lower case ("C1 trainee") names no title."""
    found: list[tuple[int, str, str]] = []
    for no, text in lines:
        match = _EXAMPLE.match(text.strip()) if "=" in text else None
        if match is not None:
            found.append((no, match.group("title"), match.group("place").strip()))
    return found


def is_worked_example(text: str) -> bool:
    """(rules38c) Whether ``text`` is one worked example ("Title, Place: base × factor =
    result"): a list of them is no ladder, though each opens with a title.

    >>> is_worked_example("- L5 Shift Manager, Leeds (zone B): £41,000 × 1.05 = £43,050")
    True
    >>> is_worked_example("L5 Shift Manager")
    False
    """
    return "=" in text and _EXAMPLE.match(text.strip()) is not None
