"""The post a worker was hired into, from a form's field ("Position at hire: X").

Injury reports, wage claims and HR forms print the worker's occupation now and the one held
when hired, often as cells of one row ("Date hired: 2019-05-06   Position at hire: Kitchen
Hand", "10. Occupation when hired  Yard Hand   11. State of hire  OH"). A post held at hire
that is not the role is the road into it: a move in.  The labels are data
(``hire_fields.labels`` in data/headings.yaml).
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.move_items import ladder_step
from careergraph.guides.roles import practitioner_noun, title_case
from careergraph.guides.vocab import Vocabulary

__all__ = ["hired_as"]

_MAX_WORDS = 5  # a post's name; a longer value is a sentence
# A parenthesised note after the post ("(part-time)", "(casual)") is no part of its name.
_NOTE = re.compile(r"(?:\s*\([^()]*\))+$")


@cache
def _field() -> re.Pattern[str]:
    """A hire field: its label at a line's start, after a wide gap or a field's number, then a
    colon or a wide gap, then its value up to the next wide gap (the next cell)."""
    labels = phrase_alternation(word_lists("hire_fields").get("labels", ()))
    # ((left56) "with this employer" and a bracketed note may follow the label, the value
    # glued to the note, and a middle dot end it: "Previous grade with this employer (if
    # any)Porter (2019 – 2023)", "Previous position  Dietary Aide · $15.25/hr · 2021-2023")
    return re.compile(rf"(?:^|\s{{2,}}|\d\.\s+)(?i:{labels or '(?!)'})"
                      r"(?:\s+with\s+(?:this|the\s+same|your)\s+employer)?"
                      r"(?:\s*:\s*|\s{2,}|\s*\((?i:if\s+any|optional)\)\s*)"
                      r"(?P<value>[A-Z][^\s:·]*(?: [^\s:·]+)*)(?=\s{2,}|\s*$|\s·\s)")


def hired_as(text: str, vocab: Vocabulary, role: str) -> list[str]:
    """The posts ``text``'s hire fields name, the role's own title left out.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> hired_as("Date hired: 2020-01-02   Position at hire: Bottle Washer", v, "Brewer")
    ['Bottle Washer']
    >>> hired_as("4. Occupation when hired  Yard Hand   5. State of hire  OH", v, "Driver")
    ['Yard Hand']
    >>> hired_as("Previous grade with this employer (if any)Porter (2019 – 2023)", v, "Guard")
    ['Porter']
    >>> hired_as("Previous position  Dietary Aide · $15.25/hr · 2021-2023", v, "Cook")
    ['Dietary Aide']
    >>> hired_as("Position at hire: Brewer", v, "Brewer"), hired_as("Hired: 2020", v, "X")
    ([], [])
    """
    found: list[str] = []
    for match in _field().finditer(text):
        value = _NOTE.sub("", match.group("value")).strip(" .;,")
        words = value.split()
        if not words or len(words) > _MAX_WORDS:
            continue
        title = ladder_step(value, vocab, role, plain=True) or (
            title_case(value) if all(w[:1].isupper() for w in words) and practitioner_noun(
                words[-1]) else None)
        if title is not None and title.lower() != role.lower() and title not in found:
            found.append(title)
    return found
