"""A labelled requirement's wished-for clause after a semicolon: "Office computer: Excel,
Word; know to use ERP (SAP, Bravo) is a plus".

The items before the semicolon are the label's list; the clause after it, ending "is a plus"
("is an advantage", "is a bonus"), names the wished-for tools: the capitalised name before a
bracket and the names inside it ("ERP", "SAP", "Bravo").  A clause without a bracketed list
is left to the readers that take the line whole ("Python and SQL every day; R is a plus").
"""

from __future__ import annotations

import re

__all__ = ["plus_tools"]

_PLUS = re.compile(r"^(?P<head>[^;]+);\s*(?P<tail>[^;]+?)\s+(?:is|are|would\s+be)\s+"
                   r"(?:a\s+(?:big\s+|real\s+)?(?:plus|bonus)|an?\s+(?:advantage|asset))\.?$",
                   re.IGNORECASE)
# "ERP (SAP, Bravo)": a category in capitals and its named products in brackets.
_BRACKETED = re.compile(r"(?P<name>[A-Z][\w+/.-]*(?:\s+[A-Z][\w+/.-]*){0,2})\s*"
                        r"\((?P<items>[^()]+)\)")
_ITEM = re.compile(r"[A-Z][\w+/.&-]*(?:\s+[A-Z0-9][\w+/.&-]*){0,2}")


def plus_tools(description: str) -> tuple[str, list[str]] | None:
    """``(items before the semicolon, wished-for tools)`` of a description ending in a
    "; … (A, B) is a plus" clause, or None.

    >>> plus_tools("Excel, Word; know to use ERP (SAP, Bravo) is a plus")
    ('Excel, Word', ['ERP', 'SAP', 'Bravo'])
    >>> plus_tools("Python and SQL every day; R is a plus.") is None
    True
    """
    match = _PLUS.match(description.strip())
    if match is None:
        return None
    bracket = _BRACKETED.search(match.group("tail"))
    if bracket is None:
        return None
    items = [item.strip() for item in re.split(r",|/|\bor\b|\band\b", bracket.group("items"))]
    if not items or not all(_ITEM.fullmatch(item) for item in items):
        return None  # ("ERP (any vendor) is a plus": no names in the bracket)
    return match.group("head").strip(), [bracket.group("name"), *items]
