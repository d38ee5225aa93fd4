"""Comparable public employers a council staff report names (held-back set 35's second pass,
rules35c): a sentence whose subject lists councils and other bodies by name, one at least in
a public body's formal name ("Town of Cobourg", "Municipality of Clarington", "Polk
County"), with a verb of paying or employing and the role's holders after it ("… report Bylaw
Officer salaries", "… also employ stormwater inspectors"): each body employs the role.

>>> comparator_bodies("Town of Ashby, Municipality of Wren and City of Dale report Drainage "
...                   "Technician salaries with a median of $61,000.", "technician")
['Town of Ashby', 'Municipality of Wren', 'City of Dale']
>>> comparator_bodies("Harlow Water and Story County also employ drainage technicians.",
...                   "technician")
['Harlow Water', 'Story County']
>>> comparator_bodies("City of Dale and Town of Ashby approved the budget.", "technician")
[]

(fresh52) A name may follow its article ("the City of Dale, the Vale Water District and …"),
and a staff report may call the role "the class" or "this position":

>>> comparator_bodies("The City of Dale, the City of Ashby and the Vale Water District also "
...                   "employ the class.", "technician")
['City of Dale', 'City of Ashby', 'Vale Water District']
"""

from __future__ import annotations

import re

__all__ = ["comparator_bodies"]

_NAME = r"[A-Z][\w'’&.-]*(?:\s(?:[A-Z][\w'’&.-]*|of|and|&)){0,4}?"
# A public body's formal name: "Town of X", "X County".
_FORMAL = re.compile(r"^(?:(?:City|Town|Township|Village|Municipality|County|Borough|Region|"
                     r"District)\s+of\s+[A-Z]|.*\s(?:County|Council|Township|Borough)$)")
# The subject list, its verb and the words up to the holders.
_ARTICLE = r"(?:[Tt]he\s+)?"
_LISTED = re.compile(rf"(?:^|[.;:]\s+){_ARTICLE}(?P<names>{_NAME}(?:,\s+{_ARTICLE}{_NAME})*,?"
                     rf"\s+and\s+{_ARTICLE}{_NAME})\s+"
                     r"(?:also\s+|all\s+|each\s+)?(?:report|reports|pay|pays|employ|employs|hire|"
                     r"hires|offer|offers)\s+(?P<rest>[^.;]{1,60})")
_SPLIT = re.compile(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?(?=[A-Z])")
# The role named as a staff report names it: "the class", "this position" (the holders).
_THE_ROLE = re.compile(r"^(?:the|this)\s+(?:class|classification|position|post|role)\b")


def comparator_bodies(sentence: str, holder: str) -> list[str]:
    """The bodies ``sentence`` lists as paying or employing the role's ``holder`` (its head
    noun, "technician"), or []: one of them at least named as a public body."""
    if not holder:
        return []
    for match in _LISTED.finditer(sentence):
        rest = match.group("rest")
        if holder.lower() not in rest.lower() and _THE_ROLE.match(rest) is None:
            continue
        names = [name.strip() for name in _SPLIT.split(match.group("names")) if name.strip()]
        if len(names) >= 2 and any(_FORMAL.match(name) for name in names):
            return names
    return []
