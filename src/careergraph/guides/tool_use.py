"""A tool named with the word "use" after it ("megohmmeter use", "stump grinder use", "AED
use"): the skill is the tool.  A thing's head must be a tool's noun (``tool_lists.heads`` in
``data/headings.yaml``, also as a compound's end: "pyrometer") or an acronym, so "land use"
and "drug use" stay as written.

>>> tool_in_use("megohmmeter use"), tool_in_use("Stump grinder use"), tool_in_use("AED use")
('megohmmeter', 'Stump grinder', 'AED')
>>> tool_in_use("land use"), tool_in_use("safe use"), tool_in_use("Use")
(None, None, None)
"""

from __future__ import annotations

from functools import cache

from careergraph.guides.heading_data import word_lists

__all__ = ["tool_in_use"]

_USE = " use"
_THING_WORDS = 3  # "clamp meter", "top-handled chainsaw"
_SHORT_HEAD = 3  # a head this short ends no compound ("saw" would take "jigsaw" but "law" too)


@cache
def _heads() -> tuple[frozenset[str], tuple[str, ...]]:
    heads = frozenset(word_lists("tool_lists").get("heads", ()))
    return heads, tuple(head for head in heads if len(head) > _SHORT_HEAD)


def tool_in_use(name: str) -> str | None:
    """The tool of "<tool> use", or None when ``name`` is no such phrase."""
    if not name.endswith(_USE):
        return None
    thing = name[:-len(_USE)].strip()
    words = thing.split()
    if not words or len(words) > _THING_WORDS:
        return None
    last = words[-1]
    heads, long_heads = _heads()
    lowered = last.lower().rpartition("-")[2]
    if (last.isupper() and len(last) > 1) or lowered in heads or lowered.endswith(long_heads):
        return thing
    return None
