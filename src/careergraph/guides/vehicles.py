"""The vehicles a courier's or driver's work is done with, named as a list after "by",
"with a", "on a" or "using a": "Deliver by bike, e-bike, scooter or car", "drive with a car
or van".  Every item of the list (two or more) must end in a vehicle (data: ``vehicles.names``
in ``data/headings.yaml``): "by phone or email" and "by hand" name none, and one vehicle alone
("an hour by car") is how far a place is, not kit of the work.

>>> vehicle_skills("Earn on your own hours by bike, e-bike, scooter or car.")
['bike', 'e-bike', 'scooter', 'car']
>>> vehicle_skills("The depot is an hour by car."), vehicle_skills("Reply by phone or email.")
([], [])
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.heading_data import word_lists
from careergraph.guides.text import split_items

__all__ = ["vehicle_skills"]

# (a lookahead: "on your own hours by bike, …" is tried again at "by")
_LIST = re.compile(r"\b(?=(?:by|with(?: an?| your own)?|on(?: an?)?|using(?: an?)?)\s+"
                   r"([a-z][\w -]*(?:,\s*[a-z][\w -]*)*,?\s+(?:or|and)\s+(?:an?\s+)?[a-z][\w-]*))")
_ARTICLE = re.compile(r"^(?:an?|your(?: own)?)\s+")


@cache
def _vehicles() -> frozenset[str]:
    return frozenset(word_lists("vehicles").get("names", ()))


def vehicle_skills(text: str) -> list[str]:
    """The vehicles ``text`` lists as the work's means (see the module)."""
    if " or " not in text and " and " not in text:
        return []
    found: list[str] = []
    for match in _LIST.finditer(text):
        items = [_ARTICLE.sub("", item.strip()) for item in split_items(match.group(1))]
        if len(items) >= 2 and all(item and item.split()[-1].lower() in _vehicles()
                                   and len(item.split()) <= 2 for item in items):
            found.extend(items)
    return list(dict.fromkeys(found))
