"""An apprenticeship vacancy's title: "Apprentice Thatcher" names the trade at its apprentice
level.

A government portal's (or a training provider's) apprenticeship vacancy is headed by the
post it fills, "Apprentice Thatcher", "Apprentice Refrigeration Mechanic", "Electrician
Apprentice".  The trade the apprenticeship trains for is the page's role; the vacancy's
title is that role at its Apprentice level, the rung below it.  Only on a page that calls
itself an apprenticeship: elsewhere an "Apprentice X" page may be about the apprentice post
itself.

>>> vacancy_trade("Apprentice Thatcher", "… This is an apprenticeship …")
'Thatcher'
>>> vacancy_trade("Electrician Apprentice", "Apprenticeship · Full time")
'Electrician'
>>> vacancy_trade("Apprentice Thatcher", "A day in the life of an apprentice") is None
True
"""

from __future__ import annotations

import re

__all__ = ["apprentice_line", "vacancy_trade"]

_APPRENTICE = re.compile(r"^(?:Apprentice\s+(?P<after>[A-Z][\w&'’ -]{2,60})"
                         r"|(?P<before>[A-Z][\w&'’ -]{2,60}?)\s+Apprentice)$")
_PAGE = re.compile(r"\b[Aa]pprenticeship\b|\bAPPRENTICESHIP\b")
_TITLE_REACH = 15  # a vacancy's title is near its top


def vacancy_trade(title: str, page: str) -> str | None:
    """The trade an apprenticeship vacancy titled ``title`` trains for, or None when the
    title names no apprentice or ``page`` is no apprenticeship."""
    match = _APPRENTICE.match(title.strip())
    if match is None or _PAGE.search(page) is None:
        return None
    return (match.group("after") or match.group("before")).strip()


def apprentice_line(role: str, lines: list[tuple[int, str]], page: str) -> tuple[str, int] | None:
    """The vacancy title naming ``role`` at the Apprentice level near the top of an
    apprenticeship page ("Apprentice Thatcher" on the thatcher's page) and its line.

    >>> apprentice_line("Thatcher", [(1, "Back"), (2, "Apprentice Thatcher")], "apprenticeship")
    ('Apprentice Thatcher', 2)
    """
    for no, text in lines[:_TITLE_REACH]:
        trade = vacancy_trade(text, page)
        if trade is not None and trade.lower() == role.lower():
            return text.strip(), no
    return None
