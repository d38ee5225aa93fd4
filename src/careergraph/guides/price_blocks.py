"""A block of prices after a list of names: its short heading opens a new section.

A mentor's or a coach's profile lists "Industries" and then, after a blank line, its plans
("Plans" / "Lite · €130 / month · 2 calls"): the short capitalised line heads the prices, it
is no item of the list above.
"""

from __future__ import annotations

import re

from careergraph.guides.amounts import find_money

__all__ = ["heads_prices"]

_SHORT_HEADING = re.compile(r"[A-Z][a-z]+(?: [A-Za-z][a-z]+)?")  # "Plans", "Session rates"


def heads_prices(text: str, after_blank: bool, following: str | None) -> bool:
    """``text``, a line after a blank line (``after_blank``), heads lines of prices: it is
    one or two short words, capitalised, and ``following`` (the next line) states an amount.

    >>> heads_prices("Plans", True, "Lite · €130 / month · 2 calls")
    True
    >>> heads_prices("Plans", False, "Lite · €130 / month · 2 calls")
    False
    >>> heads_prices("Retail banking", True, "Insurance")
    False
    """
    return (after_blank and following is not None and _SHORT_HEADING.fullmatch(text.strip())
            is not None and find_money(following) is not None)
