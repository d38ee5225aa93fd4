"""Daily-rate tables by rank that place the role at one rank (a reserve's pay table).

A reserve trade's page prints its pay by rank and names the trade on one row, beside the
rank it is paid at ("Trained Signaller (Private) ...... £78.20 – £84.90 a day", "Rigger,
Sailor 1st Class   $163 – $178 / day"): that row is the role's own, and every other row
names another rank, which owns its rate ("Corporal", "Master Sailor", the recruit's
"Recruit in training", "Sailor 3rd Class (untrained)").  On a page with no such row a rank
stays the soldier's own standing (see ``ranks`` in ``data/headings.yaml``).

>>> ranks = frozenset({"private", "corporal"})
>>> role_at_rank("Trained Signaller (Private) ...... £78.20 a day", "Signaller", ranks)
True
>>> role_at_rank("Signaller (CIS) ...... £78.20 a day", "Signaller", ranks)
False
>>> rank_owner("Recruit in training"), rank_owner("Sailor 3rd Class (untrained)")
('Recruit', 'Sailor 3rd Class')
>>> rank_owner("Annual tax-free bounty") is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from careergraph.guides.literals import folded_text, needle_matches

__all__ = ["UNIT_NAME", "numbered_unit", "own_rank_row", "rank_owner", "role_at_rank",
           "unit_without_place"]

# A state word before the role on its own row ("Trained X (Private)"): the role still.
_STATE = r"(?:(?:fully\s+)?(?:trained|qualified|untrained)\s+)?"
# A rank's name: Title Case words, ordinals allowed ("Petty Officer 2nd Class"), 1-4 words.
_RANK = re.compile(r"[A-Z][a-z'’-]+(?: (?:[A-Z][a-z'’-]+|\d(?:st|nd|rd|th)|[A-Z]{1,3})){0,3}")
# A lower-case tail or aside after a rank's name ("in training", "(untrained)").
_TAIL = re.compile(r"\s*(?:\([a-z][^()]{0,30}\)|\b(?:in|under|on)\s+[a-z][a-z ]{0,20})\s*$")


# What follows the role on its own row: its rank in a bracket or after a comma, then a leader
# or a wide gap before the rate.
_ROW_TAIL = re.compile(r"\s*(?:\((?P<bracket>[A-Z][^()]{1,30})\)|,\s+(?P<comma>[A-Z][\w ]{2,30}?))"
                       r"(?:\s*\.{3,}|\s{2,})[^\d\n]{0,6}\d", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=64)
def _own_row(role: str) -> re.Pattern[str]:
    """The role's own row, opening its line: the role (a state word before it) and
    ``_ROW_TAIL``."""
    return re.compile(rf"^\s*{_STATE}{re.escape(role)}{_ROW_TAIL.pattern}",
                      re.IGNORECASE | re.MULTILINE)


def role_at_rank(page: str, role: str, ranks: frozenset[str]) -> bool:
    """``page`` prints a pay row naming the role at one of ``ranks`` (lower case): "Trained X
    (Private) ...... £", "X, Sailor 1st Class    $"."""
    if not role or role.lower() not in page.lower():
        return False
    lowered = folded_text(page, role)
    if lowered is not None and next(
            needle_matches(page, lowered, role.lower(), _ROW_TAIL), None) is None:
        # (no mention of the role is followed by a rank and a rate: the role's own pattern,
        # compiled once a role, would match nothing; speed16)
        return False
    return any((found.group("bracket") or found.group("comma") or "").strip().lower() in ranks
               for found in _own_row(role).finditer(page))


def own_rank_row(lead: str, role: str, ranks: frozenset[str]) -> bool:
    """``lead`` (a pay row's label) is the role at one of ``ranks`` ("Trained X (Private)")."""
    found = re.fullmatch(rf"{_STATE}{re.escape(role)}\s*(?:\((?P<rank>[^()]+)\)|,\s*(?P<after>.+))",
                         lead.strip(), re.IGNORECASE)
    return found is not None and (found.group("rank") or found.group("after") or "").strip(
        ).lower() in ranks


def rank_owner(lead: str) -> str | None:
    """The rank a pay row's label names, less a lower-case tail or aside ("Recruit in
    training" -> "Recruit"); None for a label that is no short Title Case name."""
    name = _TAIL.sub("", lead.strip(" .:–—-")).strip()
    return name if _RANK.fullmatch(name) else None


# A service's unit named by its number ("163 Movement Control Squadron", "7th Field Battery"):
# a name, though it opens with a digit.
UNIT_NAME = (r"\d{1,4}(?:st|nd|rd|th)?\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:Squadron|Regiment|Battalion|"
         r"Brigade|Battery|Company|Division|Wing|Flotilla|Troop|Unit|Field Hospital|Group)")
_NUMBERED_UNIT = re.compile(rf"{UNIT_NAME}\b")
# A unit and its town after a comma ("171 Port Squadron, Marchwood"), or a named body and its
# town in a bracket ("HMCS Star (Hamilton)"): the town is where it is, no employer.
_UNIT_PLACE = re.compile(rf"^(?P<name>(?:[A-Z][\w'’-]*\s+){{0,5}}?{UNIT_NAME}|[A-Z][\w'’-]*"
                         r"(?:\s+[A-Z][\w'’-]*){0,5}?)\s*(?:,\s*(?P<town>[A-Z][a-z'’]+"
                         r"(?:[\s-][A-Z][a-z'’]+)?)|\s+\((?P<bracket>[A-Z][a-z'’]*\.?"
                         r"(?:\s+[A-Z][a-z'’]+){0,2})\))$")


def numbered_unit(name: str) -> bool:
    """``name`` opens with a unit's number and names the unit ("163 Signal Squadron").

    >>> numbered_unit("163 Movement Control Squadron"), numbered_unit("2026 openings")
    (True, False)
    """
    return _NUMBERED_UNIT.match(name) is not None


def unit_without_place(item: str) -> str:
    """``item`` less its town: after a comma when it names a numbered unit, in a bracket
    after any name ("HMCS Star (Hamilton)"); ``item`` itself otherwise.

    >>> unit_without_place("171 Port Squadron, Marchwood")
    '171 Port Squadron'
    >>> unit_without_place("HMCS Star (Hamilton)")
    'HMCS Star'
    >>> unit_without_place("Harlow, Finch"), unit_without_place("Amazon Web Services (AWS)")
    ('Harlow, Finch', 'Amazon Web Services (AWS)')
    """
    found = _UNIT_PLACE.match(item.strip())
    if found is None or (found.group("town") and not numbered_unit(found.group("name"))):
        return item
    return found.group("name")
