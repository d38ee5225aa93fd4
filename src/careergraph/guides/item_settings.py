"""A skills-list item with the setting it is practised in after it: "Family mediation and
conflict resolution in residential centres", "Shelf loading at speed", "Glaze testing on busy
days", "Wheel throwing for beginners".  The skill is the item before the setting; the
setting (a place, a time, the people served, a pace) names none.

The words that open a setting are data (``item_settings`` in ``data/headings.yaml``).  A
setting is written in lower case (a capitalised tail is a product or a name: "Data entry in
SAP", "Design for Six Sigma"); "under" opens none ("Decision-making under pressure" is the
skill), nor does a tail after a lone activity or an adverb ("Working at height", "Working
safely at heights"), after a head that keeps it ("Head for heights") or after a trait's own
context ("Patience with patients in pain", left to the gazetteer).

>>> without_setting("Family mediation and conflict resolution in residential centres")
'Family mediation and conflict resolution'
>>> without_setting("Working under pressure on shift"), without_setting("Shelf loading at speed")
('Working under pressure', 'Shelf loading')
>>> without_setting("Working at height"), without_setting("Working safely at heights")
(None, None)
>>> without_setting("Safe working at height") is None
True
>>> without_setting("Data entry in SAP"), without_setting("Experience in retail")
(None, None)
>>> without_setting("Head for heights"), without_setting("Works well in a team")
(None, None)
>>> without_setting("Strong background in data science, statistics and data engineering") is None
True
>>> without_setting("Skill in and feel for joinery"), without_setting("Interest in lichens")
(None, None)
>>> without_setting("Secure kiln runbooks at scale"), without_setting("Test automation at scale")
(None, 'Test automation')
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.skill_cues import whole_head

__all__ = ["without_setting"]

_SKILL_WORDS = 6  # a skill before its setting is a short noun phrase
_TAIL_WORDS = 8


@cache
def _pattern() -> re.Pattern[str]:
    opens = phrase_alternation(word_lists("item_settings").get("opens", ())) or "(?!)"
    # (the first opener ends the skill: "Fault finding on machines with a meter")
    # (a list after the opener is what the item names, no setting: "Strong background in
    # data science, statistics and data engineering")
    return re.compile(rf"(?P<skill>[A-Za-z][^,;:()]*?)\s+(?:{opens})\s+(?P<tail>[^A-Z,;]+)")


@cache
def _not_skills() -> tuple[frozenset[str], frozenset[str]]:
    """Words that make an item a requirement, a quality or a clause wherever they stand,
    and first words of a wrapper ("Skill in …") whose whole item other readers take."""
    words = word_lists("item_settings")
    return frozenset(words.get("not_within", ())), frozenset(words.get("not_first", ()))


_ACTIVITY_ENDS = ("ing", "ion", "ment", "sis", "ance", "ence")


def _imperative_duty(words: list[str]) -> bool:
    """Whether a phrase is a duty told as an order ("Secure the build runbooks"), not a
    skill: a duty verb first and no activity noun after it ("Test automation" is a skill).

    >>> _imperative_duty("Secure kiln firing runbooks".split())
    True
    >>> _imperative_duty("Test automation".split()), _imperative_duty("Shelf loading".split())
    (False, False)
    """
    return (len(words) >= 2 and words[0].lower() in _duty_openers()
            and not words[1].lower().endswith(_ACTIVITY_ENDS))


@cache
def _duty_openers() -> frozenset[str]:
    return frozenset(word_lists("item_settings").get("duty_openers", ()))


def without_setting(item: str) -> str | None:
    """The skill of an item that ends in its setting, or None when the item is not one."""
    found = _pattern().fullmatch(item.strip().rstrip("."))
    if found is None:
        return None
    skill, tail = found["skill"].strip(), found["tail"]
    words = skill.split()
    if tail.startswith(("and ", "or ")):
        return None  # "Interest in and aptitude for science": a preposition shared, no setting
    if (len(words) > _SKILL_WORDS or len(tail.split()) > _TAIL_WORDS
            or not _not_skills()[0].isdisjoint(word.lower() for word in words)
            or words[0].lower() in _not_skills()[1]
            or words[-1].lower().endswith("ly")
            or whole_head(words[-1]) or " with " in skill
            or (len(words) == 1 and words[0].lower().endswith("ing"))
            # ("Safe working at height": "working" alone names no skill, its setting does)
            or words[-1].lower() == "working"
            # ((fixes81) "work at height on scaffolding": nor does "work" alone)
            or (len(words) == 1 and words[0].lower() == "work")
            # ((fresh60) "Not lazy and on time": a conjunction before the "setting" joins
            # two traits, no skill ends on it)
            or words[-1].lower() in ("and", "or")
            or _imperative_duty(words)
            or any(char.isdigit() for char in skill)):
        return None  # ("Experience in retail": a requirement; "Working at height", "a head
        # for heights": the skill whole; "Patience with patients in pain": a trait's context)
    return skill
