"""Figures listed one after another, each behind its own title.

A careers page lists its other schemes or posts with their pay on one line, each title with
its figure: "Other graduate schemes: Buying Graduate (£34,000), Logistics Graduate (£36,500)",
"Our other schemes: Engineering Graduate (fleet) £33,000 | Commercial Graduate £30,000".  Each
figure belongs to the title printed right before it (a short note in brackets between them,
"(fleet)", is no part of the title), never to the page's role.  Only a list counts: the line
holds two figures or more, and the title follows a separator (a colon, a comma, a semicolon or
a bar); a lone "Salary £31,500" names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from careergraph.guides.amounts import find_amounts, find_money
from careergraph.guides.roles import practitioner_noun

__all__ = ["listed_title", "next_listed"]

# The figure's own bracket opened before it ("Buying Graduate (£34,000)"), and a short note
# in brackets after the title ("Engineering Graduate (fleet) £33,000").
_OPEN_BRACKET = re.compile(r"\s*\(\s*$")
_NOTE = re.compile(r"\s*\([^()\d]{1,25}\)\s*$")
# The item's title after the list's separator: one to four capitalised words (an acronym
# too, "IT Graduate").
_ITEM = re.compile(r"(?:[:;,|]|\),?)\s*"
                   r"(?P<title>[A-Z][\w&'’-]*(?: (?:[A-Z][\w&'’-]*|of|and|&)){0,3})\s*[-–—:]?\s*$")
# Head words of a scheme's or a trainee's title ("Buying Graduate"): a person, no thing.
_LEARNERS = frozenset({"graduate", "trainee", "apprentice", "intern", "cadet", "fellow"})
_CUT_ITEM = re.compile(r"[$€£¥₹]\s?\d{1,3}[.,]\d\s*$")
_FIGURES = re.compile(r"[$€£¥₹]\s?\d|\d\s?(?:CZK|Kč|UAH|EUR|USD|GBP|zł|PLN)\b")


def listed_title(clause: str, line: str, is_title: Callable[[str], bool],
                 opening: bool = False) -> str | None:
    """The title a listed figure stands behind (``clause``: the line's text before the
    figure; ``line``: the whole line; ``opening``: the clause opens an item, after its
    separator), or None when the figure is no item of a list.

    >>> listed_title("Other schemes: Buying Graduate (", "Other schemes: Buying Graduate "
    ...              "(£34,000), Finance Graduate (£32,000)", lambda t: False)
    'Buying Graduate'
    >>> listed_title("Schemes: Engineering Graduate (fleet) ", "Schemes: Engineering "
    ...              "Graduate (fleet) £33,000 | IT Graduate £32,500", lambda t: False)
    'Engineering Graduate'
    >>> listed_title("Salary ", "Salary £31,500 + £2,000 on completion", lambda t: True) is None
    True
    >>> listed_title("Mid-Level: BI Developer (", "Mid-Level: BI Developer ($88,000–$118,000)",
    ...              lambda t: True) is None
    True
    """
    if len(_FIGURES.findall(line)) < 2:
        return None
    bare = _NOTE.sub("", _OPEN_BRACKET.sub("", clause))
    found = _ITEM.search(f", {bare}" if opening else bare)
    if found is None or len(find_amounts(line)) + (
            # (rules48a) a last item cut off inside its figure ("· Dump Truck Trainer —
            # $58.0") reads no amount but is still an item of the list
            1 if _CUT_ITEM.search(line) else 0) < 2:
        # (one range, "BI Developer ($88,000–$118,000)", is no list; the item's title is
        # looked for first, the line's amounts read only behind one)
        return None
    title = found.group("title")
    head = title.rsplit(" ", 1)[-1].lower()
    if head in _LEARNERS or practitioner_noun(head) or is_title(title):
        return title
    return None


_SEPARATOR = re.compile(r"\s*(?:[,;|]|\s[-–—]\s)\s*")


def next_listed(text: str, offset: int) -> int | None:
    """Where the list item after the one whose figure starts at ``offset`` begins (after
    the separator past that figure), or None when no other figure follows.

    >>> text = "Schemes: A Graduate (£34,000), B Graduate (£36,500)"
    >>> text[next_listed(text, 21):]
    'B Graduate (£36,500)'
    """
    money = find_money(text[offset:])  # (its whole figure: a range's dash parts nothing)
    if money is None:
        return None
    later = _FIGURES.search(text, offset + money.end)
    if later is None:
        return None
    cut = None
    for found in _SEPARATOR.finditer(text, offset + money.end, later.start()):
        cut = found.end()
    return cut
