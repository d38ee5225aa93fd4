"""Words a sentence leaves around a skill's name: "SAP an advantage", "SQL every day",
"with Rust a plus", "Eventbrite also".  The phrases are data (``skill_trailers`` in
``data/headings.yaml``); the name is what remains.

>>> without_trailers("SAP an advantage"), without_trailers("with kdb+/q a plus")
('SAP', 'kdb+/q')
>>> without_trailers("First aid"), without_trailers("a plus")
('First aid', 'a plus')
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.heading_data import phrase_alternation, word_lists

__all__ = ["without_trailers"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = word_lists("skill_trailers")

    def any_of(key: str) -> str:
        return phrase_alternation(words.get(key, ())) or "(?!)"

    return (re.compile(rf"\s+(?:{any_of('trailing')})$", re.IGNORECASE),
            re.compile(rf"^(?:{any_of('leading')})\s+", re.IGNORECASE))


def without_trailers(name: str) -> str:
    """``name`` without a sentence's trailing remark or leading preposition; a name that is
    nothing else stays as it is."""
    trailing, leading = _patterns()
    stripped = leading.sub("", trailing.sub("", name)).strip()
    return stripped or name
