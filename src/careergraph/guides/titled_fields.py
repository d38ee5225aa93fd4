"""Industries a sentence names right after the role's own title: "the last four years as a
Procurement Manager in shipbuilding and marine engineering", "I'm a Data Engineer in
fintech and insurance."

Profiles, bios and first-person posts place their writer's job this way.  Only a short
lowercase list of two or more items that ends its clause is read, every item one to three
words with no article, pronoun, preposition or vague word: "a Data Engineer in London", "a
nurse in a busy ward", "manager in charge of", "a trainer in minutes", "Scaffolders in
different locations" name no industry.

>>> role_fields("I spent four years as a Procurement Manager in shipbuilding and marine "
...             "engineering. Before that I was a buyer.", "Procurement Manager")
['shipbuilding', 'marine engineering']
>>> role_fields("I'm a data engineer in fintech, insurance and retail banking.", "Data Engineer")
['fintech', 'insurance', 'retail banking']
>>> role_fields("She was a Data Engineer in London for two years.", "Data Engineer")
[]
>>> role_fields("A Data Engineer in charge of pipelines.", "Data Engineer")
[]
>>> role_fields("Find a data engineer in minutes.", "Data Engineer")
[]
"""

from __future__ import annotations

import re
from functools import lru_cache

from careergraph.guides.literals import folded_text, needle_matches
from careergraph.guides.text import split_items

__all__ = ["role_fields"]

# Words that make the phrase after "in" something other than a list of industries: how,
# when or where the work is done, or a clause going on.
_NOT_FIELD = frozenset({
    "a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "this", "that",
    "these", "those", "for", "with", "at", "on", "by", "from", "to", "since", "during", "until",
    "after", "before", "of", "then", "now", "also", "which", "who", "where", "when", "while",
    "training", "charge", "residence", "waiting", "post", "role", "position", "place", "time",
    "teams", "team", "shifts", "years", "months", "weeks", "days", "general", "practice",
    "turn", "total", "person", "house", "office", "part", "full", "addition", "particular",
    "short", "order", "future", "way", "different", "various", "several", "many", "some",
    "other", "all", "most", "numbers", "minutes", "demand", "action", "places",
    "locations", "sites", "areas", "regions", "countries", "cities", "towns",
})
_ITEM_WORDS = 3
_MAX_ITEMS = 5


def role_fields(text: str, role: str) -> list[str]:
    """The industries ``text`` names right after ``role``'s title and "in" (see the module);
    none when the phrase is not such a list."""
    if not role or " in " not in text:
        return []
    lowered = folded_text(text, role)
    lists = ((m.group("list") for m in _fields_after(role).finditer(text)) if lowered is None
             else (m.group("list") for _, m in needle_matches(
                 text, lowered, role.lower(), _FIELDS_TAIL, edge=True)))
    for listed in lists:
        items = [item.strip(" ,") for item in split_items(listed)]
        if 2 <= len(items) <= _MAX_ITEMS and all(_field(item) for item in items):
            return items
    return []


# What follows the role's title: "in" and a list ending its clause.  Matched after each
# mention of the role (``needle_matches``: no pattern compiled a role, speed16); the whole
# pattern is compiled only for a text case folding cannot lower letter for letter.
_FIELDS_TAIL = re.compile(r"s?\s+in\s+(?P<list>[a-z][a-z ,'-]*?)(?=\s*[.;:!?)]|\s*$)")


@lru_cache(maxsize=64)
def _fields_after(role: str) -> re.Pattern[str]:
    """The role's title, "in" and a list (for texts ``folded_text`` cannot lower)."""
    return re.compile(rf"\b(?i:{re.escape(role)}){_FIELDS_TAIL.pattern}")


def _field(item: str) -> bool:
    words = item.split()
    return 0 < len(words) <= _ITEM_WORDS and not any(w in _NOT_FIELD for w in words)
