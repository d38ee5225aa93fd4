"""Words a sentence leaves around a skill's name: "SAP an advantage", "SQL every day",
"with Rust a plus", "Eventbrite also".  The phrases are data (``skill_trailers`` in
``data/headings.yaml``); the name is what remains.

>>> without_trailers("SAP an advantage"), without_trailers("with kdb+/q a plus")
('SAP', 'kdb+/q')
>>> without_trailers("First aid"), without_trailers("a plus")
('First aid', 'a plus')
>>> without_trailers("Korean Sign Language (KSL) fluency"), without_trailers("Two-Language Fluency")
('Korean Sign Language (KSL)', 'Two-Language Fluency')
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.skill_cues import known_skill

__all__ = ["without_trailers"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = word_lists("skill_trailers")

    def any_of(key: str) -> str:
        return phrase_alternation(words.get(key, ())) or "(?!)"

    # (a degree word only in lower case: "Two-Language Fluency" is a name, "KSL fluency" not)
    return (re.compile(rf"\s+(?:{any_of('trailing')})$", re.IGNORECASE),
            re.compile(rf"^(?:{any_of('leading')})\s+", re.IGNORECASE),
            re.compile(rf"(?<=\S)\s+(?:{any_of('degree')})$"))


def without_trailers(name: str) -> str:
    """``name`` without a sentence's trailing remark or leading preposition, or without the
    setting after a known skill ("time management in survey season"); a name that is
    nothing else stays as it is.

    >>> without_trailers("time management during peak season")
    'time management'
    """
    trailing, leading, degree = _patterns()
    stripped = leading.sub("", degree.sub("", trailing.sub("", name))).strip()
    setting = _SETTING.search(stripped) if " " in stripped else None
    if setting is not None and known_skill(stripped[:setting.start()]):
        stripped = stripped[:setting.start()]
    return stripped or name


# Where a setting starts after a skill: "in survey season", "during audits", "on shift".
_SETTING = re.compile(r"\s+(?:in|during|on|when)\s+\S")
