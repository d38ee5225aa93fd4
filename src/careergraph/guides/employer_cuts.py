"""Employer names read with a word that is no part of the organisation's name.

Three shapes, each seen on many sites:

- a possessive cut from the noun it qualifies ("Employers cited: Harlow Water's field
  teams", "the CMF work for Brindle's kettle range" beside "Brindle Kitchenware"): the
  organisation is the name before "'s" when the page also writes that name without it —
  the same organisation as a longer name listed beside it ("Brindle" of "Brindle
  Kitchenware"), or else that name ("Harlow Water"). A name whose own spelling ends in
  "'s" ("Morrow's", a shop named for its founder) is never written without it, or stands
  before no noun of its own ("Aidan's (St Aidan Trust)"), so it stays;
- an organisation's unit written with its possessive ("Harlow Water's field teams") beside
  the organisation read from the same words: the organisation, once;
- a page's capitalised headline glued to the name after it ("CARPENTER WANTED IN
  ESBJERGVestkyst Byg ApS"): the name, from the capital that opens it;
- (carry40) an operation named by the agency that leads it ("WFP-led Logistics Cluster
  operations"): the agency before "-led".

A place after a name ("the NHS in Wales employed …") stays: a national service with its
country is its own body (NHS Wales is not NHS England), a distinguishing qualifier.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_POSSESSIVE = ("'s", "\u2019s")


def without_possessive(name: str, others: Sequence[str], page: str) -> str | None:
    """The organisation ``name`` names when it ends in a possessive (see the module
    docstring): ``name`` itself when it does not or its base is never written bare,
    ``None`` when the base is the start of another name in ``others``.

    >>> page = "Brindle Kitchenware hired her; she leads Brindle's kettle range."
    >>> without_possessive("Brindle's", ["Brindle Kitchenware"], page) is None
    True
    >>> without_possessive("Harlow Water's", [], "From the Harlow Water plan: Harlow Water's teams")
    'Harlow Water'
    >>> without_possessive("Morrow's", [], "Morrow's and Pike Foods hire bakers")
    "Morrow's"
    >>> without_possessive("Aidan's", [], "Aidan's (St Aidan Trust) and Pike Foods hire")
    "Aidan's"
    """
    if not name.endswith(_POSSESSIVE) or len(name) < 4 or not re.search(
            rf"(?<!\w){re.escape(name)}\s+[a-z]", page):
        return name  # (only a possessive before its noun: "Vincent's (the society)" stays)
    base = name[:-2].rstrip()
    if not base or not re.search(rf"(?<!\w){re.escape(base)}(?!['\u2019]s\b)(?!\w)", page):
        return name  # (a name spelled with its "'s": the shop's own spelling)
    if any(other != name and (other == base or other.startswith(base + " ")) for other in others):
        return None  # the organisation again, listed in full
    return base


_UNIT = re.compile(r"^(?P<owner>.+?)['\u2019]s (?P<unit>[a-z][a-z -]*)$")


def unit_owner(name: str) -> str | None:
    """The organisation owning the unit ``name`` names ("Harlow Water's field teams":
    "Harlow Water"), or ``None`` when ``name`` names no unit so.

    >>> unit_owner("Harlow Water's field teams"), unit_owner("Harlow Water")
    ('Harlow Water', None)
    >>> unit_owner("Trader Bill's Outlet") is None
    True
    """
    found = _UNIT.match(name)
    return found.group("owner") if found else None


# Upper-case words (two or more) glued to a capitalised word: a headline, then the name.
_GLUED_HEADLINE = re.compile(r"^(?:[^\sa-z]+\s+)+[^\Wa-z\d_]*?[^\W\d_a-z](?=[^\W\d_a-z][a-z])")


# An agency, then "-led" and what it leads, to the list's next comma ("OCHA-led Humanitarian
# Clusters operations, UNHCR").
_LED = re.compile(r"\b(?P<lead>[A-Z][\w&.'’]*(?:-[A-Z][\w&.'’]*)?)-led\s+[^,;]+")


def without_led(text: str) -> str:
    """A list of employers with each operation named after the agency leading it read as
    that agency.

    >>> without_led("UNHAS-led Air Cluster operations, WFP, UN-Habitat-led shelter work")
    'UNHAS, WFP, UN-Habitat'
    >>> without_led("Lead-Led Ltd, Acme")
    'Lead-Led Ltd, Acme'
    """
    return _LED.sub(lambda m: m.group("lead"), text) if "-led " in text else text


def without_headline(name: str) -> str:
    """``name`` without a headline printed in capitals and glued to it.

    >>> without_headline("JOINER WANTED IN ODENSEFynbo Snedkeri ApS")
    'Fynbo Snedkeri ApS'
    >>> without_headline("KPMG Law"), without_headline("NHS Trust"), without_headline("JCB")
    ('KPMG Law', 'NHS Trust', 'JCB')
    >>> without_headline("HCA Héalthcare"), without_headline("EMPLOI MONTRÉALÉcole Nord")
    ('HCA Héalthcare', 'École Nord')
    """
    glued = _GLUED_HEADLINE.match(name if name.isascii() else case_shape(name))
    return name[glued.end():] if glued and glued.end() < len(name) else name


def case_shape(text: str) -> str:
    """``text`` with each cased letter of any script as "A" (upper) or "a" (lower), one
    character for one: an ASCII pattern of letter case read on it reads "Héalthcare" or
    "Вектор" as one capitalised word, never "é" as a capital.

    >>> case_shape("HCA Héalthcare, ООО Вектор, 中国")
    'AAA Aaaaaaaaaa, AAA Aaaaaa, 中国'
    """
    return "".join("a" if c.islower() else "A" if c.isupper() else c for c in text)
