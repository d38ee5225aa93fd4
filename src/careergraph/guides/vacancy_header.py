"""Who employs an apprentice: the organisations an apprenticeship vacancy's header names.

A portal's apprenticeship vacancy prints its employer on the line under the vacancy's title
("Apprentice Thatcher" / "Wessex Reed & Straw Ltd").  An Australian listing may name two: a
group training organisation, which employs the apprentice, and the host employer it places
them with ("Keel Group Training (group training organisation) · Host employer: Tamar Ducts"),
or say so in a sentence ("placed with our host employer Tamar Ducts for the whole
apprenticeship").  Both employ the role.

>>> header_employers("Keel Group Training (group training organisation) · Host employer: "
...                  "Tamar Ducts")
['Keel Group Training', 'Tamar Ducts']
>>> header_employers("Wessex Reed & Straw Ltd"), header_employers("Closes in 12 days")
(['Wessex Reed & Straw Ltd'], [])
>>> host_employers("You will be placed with our host employer Tamar Ducts for four years.")
['Tamar Ducts']
"""

from __future__ import annotations

import re

__all__ = ["header_employers", "host_employers"]

_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and|the))*"
# One cell of the header: a name, its role in brackets, or "Host employer: Name".
_CELL = re.compile(rf"(?i:host employer:?\s+)?(?P<name>{_NAME})"
                   r"(?:\s*\((?i:an?\s+)?(?i:group training organi[sz]ation|host employer"
                   r"|employer|training provider)\))?")
_HOST = re.compile(rf"\b(?i:host employer),?\s+(?P<name>{_NAME})")
_MAX_WORDS = 8  # a company's name, not a sentence
_CELL_SPLIT = re.compile(r"\s+[·|]\s+")


def header_employers(line: str) -> list[str]:
    """The employers the line under a vacancy's title names: one name, or cells split by
    " · " each a name (its role in brackets after it, or "Host employer:" before it); none
    when a cell is anything else (a date, a place with a postcode, a sentence)."""
    names: list[str] = []
    for cell in _CELL_SPLIT.split(line.strip()):
        match = _CELL.fullmatch(cell.strip())
        if match is None or any(ch.isdigit() for ch in cell):
            return []
        name = match.group("name").strip()
        if len(name.split()) > _MAX_WORDS or not name[:1].isupper():
            return []
        names.append(name)
    return names


def host_employers(text: str) -> list[str]:
    """The host employers a sentence names ("placed with our host employer X for …")."""
    return [match.group("name").strip() for match in _HOST.finditer(text)]
