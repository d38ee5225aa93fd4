"""The systems a cell of a recurring-work table names (a handover note's "Task | When |
System / where"): each cell says where a task is done, and the named systems in it are tools
the role uses.

A cell names a system by its product name, often with what the task keeps there after it
("ArcGIS Pro layouts", "FME workspace", "slides on SharePoint") and a bracket or a quoted
name of the one file, dashboard or job ("Power BI (dashboard "Pipeline")"); those parts
are no tool.  Items are parted by commas, semicolons and slashes with spaces, never by "&",
which belongs to a product's name ("Funding & Tenders Portal").  An item with no capital
letter names a kind of place, not a product ("shared drive"), and gives nothing, nor does
a sentence-case item whose first word is an ordinary word ("Utility geodatabase": a kind of
store described).

>>> system_names('Parcel Fabric, ArcGIS Pro')
['Parcel Fabric', 'ArcGIS Pro']
>>> system_names('FME workspace "nightly_push"')
['FME']
>>> system_names('Teams, slides on SharePoint')
['Teams', 'SharePoint']
>>> system_names('Power BI (dashboard "Pipeline")')
['Power BI']
>>> system_names('Grants & Awards Portal; shared drive')
['Grants & Awards Portal']
>>> system_names('Utility geodatabase')
[]
"""

from __future__ import annotations

import re

__all__ = ["system_names"]

_ASIDES = re.compile(r"\([^()]*\)|\"[^\"]*\"|“[^”]*”|'[^']*'")
_ITEMS = re.compile(r"\s*(?:[,;]|\s/\s)\s*")
# "slides on SharePoint", "reports in Tableau": the system after the thing kept there
_KEPT_IN = re.compile(r"^[a-z][\w -]*?\s(?:on|in|via|through)\s(?P<name>[A-Z].*)$")
# A product's name (capitalised words, a name's own small "&" or "of") before the lower-case
# words of what is kept in it ("ArcGIS Pro layouts")
_NAME_THEN_KIND = re.compile(r"^(?P<name>[A-Z][\w.+#-]*(?:\s(?:[A-Z0-9][\w.+#-]*|&))*)"
                             r"\s[a-z][\w -]*$")
_MAX_WORDS = 5


def _named(name: str) -> bool:
    """A product's name rather than a sentence's capital: two words, or a capital or digit
    inside the word ("FME", "ArcGIS", "Survey123")."""
    return len(name.split()) > 1 or any(ch.isupper() or ch.isdigit() for ch in name[1:])


def system_names(cell: str) -> list[str]:
    """The named systems in a recurring-work table's systems cell (see the module)."""
    found: list[str] = []
    for raw in _ITEMS.split(_ASIDES.sub(" ", cell)):
        item = " ".join(raw.split()).strip(" .-")
        if not item or len(item.split()) > _MAX_WORDS or not any(ch.isupper() for ch in item):
            continue
        kept = _KEPT_IN.match(item)
        if kept is not None:
            item = kept.group("name")
        product = _NAME_THEN_KIND.match(item)
        if product is not None and _named(product.group("name")):
            item = product.group("name")
        elif product is not None:
            continue  # "Utility geodatabase": a sentence's capital on a kind of store
        found.append(item)
    return found
