"""A run-in label asking where the work is, over the list on its line: "Who's hiring: big
CPG companies (General Mills, Cargill and Crestmoor itself), ingredient suppliers, co-packers
and the USDA.", "Where architects work: private practices like ours, local authority
departments, the OPW, and contractors' design teams."

Each item is a kind of workplace (a sector) or an organisation by name (an employer): a
lower-case phrase is a kind, its bracketed examples are employers, a capitalised name or an
acronym is an employer.  "itself", "like ours" and an opening "the" are no part of a name.

>>> run_in_workplaces("Who's hiring: seed companies (Arlo Seeds and Verdane itself), "
...                   "plant breeders, co-ops and the USDA.")
(['Arlo Seeds', 'Verdane', 'USDA'], ['seed companies', 'plant breeders', 'co-ops'])
>>> run_in_workplaces("Where planners work: councils like ours, consultancies, the PINS.")
(['PINS'], ['councils', 'consultancies'])
>>> run_in_workplaces("Where planners work is changing fast, and so is the pay.")
([], [])
"""

from __future__ import annotations

import re

from careergraph.guides.text import split_items

__all__ = ["run_in_workplaces"]

_LABEL = re.compile(r"^(?:who['’]?s|who is|who are)\s+hiring\s*:\s+|"
                    r"^where\s+(?:[a-z][\w-]*\s+){1,3}work\s*:\s+", re.IGNORECASE)
_EXAMPLES = re.compile(r"^(?P<kind>[^()]+?)\s*\((?P<names>[^()]+)\)$")
_NOT_NAME = re.compile(r"\s+(?:itself|themselves|like ours|like us|such as ours)$|^(?:the|and)\s+",
                       re.IGNORECASE)
_MIN_ITEMS = 3
_MAX_WORDS = 6


def _bare(item: str) -> str:
    item = item.strip(" .")
    while (stripped := _NOT_NAME.sub("", item)) != item:
        item = stripped
    return item


def run_in_workplaces(text: str) -> tuple[list[str], list[str]]:
    """``(employers, sectors)`` a run-in "Who's hiring:" / "Where X work:" line lists (see the
    module's docstring); two empty lists for other lines."""
    label = _LABEL.match(text)
    body = text[label.end():].strip() if label else ""
    if not body.endswith(".") or ". " in body:
        return [], []
    items = [_bare(item) for item in split_items(body.rstrip("."))]
    if len(items) < _MIN_ITEMS or any(len(i.split()) > _MAX_WORDS for i in items if "(" not in i):
        return [], []
    employers: list[str] = []
    kinds: list[str] = []
    for item in items:
        examples = _EXAMPLES.match(item)
        if examples is not None:
            kinds.append(_bare(examples.group("kind")))
            employers += [_bare(name) for name in split_items(examples.group("names"))]
        elif item[:1].isupper():
            employers.append(item)
        elif item:
            kinds.append(item)
    return employers, kinds
