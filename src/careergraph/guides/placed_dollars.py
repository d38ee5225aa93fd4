"""Dollars placed line by line on a page that names several dollar countries (a pay
megathread's commenters in Portland, Melbourne and Toronto; a comparison of cities): a line
naming one other dollar country than the page's own means that country's dollar by its bare
``$`` ("Melbourne, full-time barista under the award: $29.40/hr" is Australian), so the sign
is written as that country's ("A$29.40/hr") before the page is read.

A page naming one dollar country or none keeps its bare signs (``salary.page_dollar`` reads
them); a line naming two countries, or only the United States, is left as printed.

>>> page = [Line(1, "Portland OR, 3 years: $17.40/hr"), Line(2, "Melbourne, Level 3: $29.40/hr")]
>>> [line.text for line in placed_dollars(page)]
['Portland OR, 3 years: $17.40/hr', 'Melbourne, Level 3: A$29.40/hr']
>>> placed_dollars(page[1:]) == page[1:]  # one country: the page's own dollar
True
>>> said = [Line(1, "Everyone is paid in US dollars."), Line(2, "Montréal, Canada   $89,000")]
>>> placed_dollars([*page, *said]) == [*page, *said]  # the page says which dollar
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careergraph.guides.page_money import _PHILIPPINE, named_dollars
from careergraph.guides.text import Line

__all__ = ["peso_letters", "placed_dollars"]

_SIGNS = {"AUD": "A$", "CAD": "C$", "NZD": "NZ$", "SGD": "S$", "HKD": "HK$", "JMD": "J$",
          "TTD": "TT$", "TWD": "NT$", "BZD": "BZ$"}
_BARE = re.compile(r"(?<![\w$])\$(?=\s?\d)")  # a "$" no country's letters mark
# A page saying its figures are US dollars ("Everyone is paid in US dollars", "all amounts in
# USD"): a bare "$" beside Montréal or Sydney is still the US dollar (a company paying its
# staff everywhere in one currency).
_US_DOLLARS = re.compile(r"\b(?:paid|amounts?|figures|salaries|pay)\b[^.;]{0,30}?\bin\s+"
                         r"(?:US|U\.S\.|United States|American)\s+dollars\b"
                         r"|\b(?:paid|amounts?|figures|salaries|pay)\b[^.;]{0,30}?\bin\s+USD\b")


def placed_dollars(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with each bare ``$`` written as its line's country's dollar, on a page
    naming several dollar countries."""
    if not any("$" in line.text for line in lines):
        return list(lines)
    named = [named_dollars(line.text) for line in lines]
    if len(frozenset().union(*named)) < 2 or any(_US_DOLLARS.search(line.text) for line in lines):
        return list(lines)
    placed = []
    for line, countries in zip(lines, named, strict=True):
        sign = _SIGNS.get(next(iter(countries))) if len(countries) == 1 else None
        placed.append(line if sign is None or "$" not in line.text or _marks(
            sign, line.text) else Line(line.no, _BARE.sub(sign, line.text)))
    return placed


def _marks(sign: str, text: str) -> bool:
    """``text`` already writes that country's dollar by its own sign ("Hourly | $38.31 |
    C$36.09 ($27.94)"): a line marking the country's figures where it means them leaves
    its bare "$" another dollar, so the sign is not placed on them.

    >>> _marks("C$", "US $31 | C$29 ($22)"), _marks("S$", "US$40 · $52"), _marks("A$", "$9")
    (True, False, False)
    """
    return re.search(rf"(?<![A-Z]){re.escape(sign)}\s?\d", text) is not None


# A page in pesos: the Philippines or its cities named, or the peso's sign or code printed.
_PESO_PAGE = re.compile(r"₱|\bPhp\b|\bPHP\b|\b[Pp]esos?\b")
# The peso's sign written as a plain "P" before a figure with its thousands ("P20,000",
# "P18,500.00") or a "k" ("P25k"); a "P" before a bare number ("P2", "P100") is a code.
_P_SIGN = re.compile(r"(?<![\w&.$/-])P(?=\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,3}(?:\.\d)?[kK]\b)")


def peso_letters(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with a plain "P" before a figure written as the peso sign, on a page in
    pesos (a Filipino page's "P20,000 a month").

    >>> page = [Line(1, "Jobs in Cebu"), Line(2, "Starting pay: P18,000 - P22,500 a month")]
    >>> [line.text for line in peso_letters(page)][1]
    'Starting pay: ₱18,000 - ₱22,500 a month'
    >>> peso_letters(page[1:]) == page[1:]  # no peso page: "P" is any letter
    True
    """
    if not any("P" in line.text and _P_SIGN.search(line.text) for line in lines):
        return list(lines)
    if not any(_PESO_PAGE.search(line.text) or _PHILIPPINE.search(line.text) for line in lines):
        return list(lines)
    return [Line(line.no, _P_SIGN.sub("₱", line.text)) if "P" in line.text else line
            for line in lines]
