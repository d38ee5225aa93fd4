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

__all__ = ["hire_cued", "hired_as", "next_entry", "verified_post"]

_MAX_WORDS = 5  # a post's name; a longer value is a sentence
# A parenthesised note after the post ("(part-time)", "(casual)") is no part of its name.
_NOTE = re.compile(r"(?:\s*\([^()]*\))+$")
# Words a page with a hire field holds (a quick gate before any line is read).
_CUES = ("hire", "Hire", "HIRE", "erified", "ERIFIED", "occupation", "Occupation",
         "revious ")  # (left56) "Previous position", "previous grade"


def hire_cued(text: str) -> bool:
    """Whether ``text`` may hold a hire field (one of its labels' words is in it)."""
    return any(cue in text for cue in _CUES)


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


_GRADE_TAIL = re.compile(r"\s+(?:I{1,3}|IV|V)$")  # a grade closing a title ("Teller II")
# (rules57b) A screening report's next employer entry ("2. Acme Courier Co. — Town, ST",
# "Employer: X Bank, Town") or a heading in capitals: the verified post's rows end there.
_NEXT_ENTRY = re.compile(r"\d{1,2}\.\s+[A-Z]|(?i:employer|company)\s*(?:\d{1,2}\s*)?[:—–-]\s*[A-Z]|"
                         r"[A-Z]{4,}(?:\s+[A-Z]{2,})*(?:\s*$|[^a-z\s]|\s[A-Z][a-z])")


def verified_post(text: str, vocab: Vocabulary, role: str) -> str | None:
    """(rules57b) The earlier post a screening report's verified-title field names ("Title
    verified: X", "Verified title: X"), the role's own title left out: the rows after it up
    to the next entry (:func:`next_entry`) are that post's, its pay among them.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> verified_post("Title reported: Driver   Title verified: Shuttle Driver", v, "Pilot")
    'Shuttle Driver'
    >>> verified_post("Position at hire: Shuttle Driver", v, "Pilot") is None
    True
    """
    if "erified" not in text:
        return None
    for match in _field().finditer(text):
        if "erified" in match.group() and (posts := hired_as(match.group(), vocab, role)):
            return _GRADE_TAIL.sub("", posts[0])  # ("Teller II": the title Teller at level II)
    return None


def next_entry(text: str) -> bool:
    """(rules57b) ``text`` opens a screening report's next employer entry or section.

    >>> next_entry("2. Acme Courier Co. — Reno, NV"), next_entry("Employer: Hill Bank, Ames")
    (True, True)
    >>> next_entry("MILITARY VERIFICATIONBranch: Army"), next_entry("Pay verified: $18.40/hr")
    (True, False)
    """
    return _NEXT_ENTRY.match(text.strip()) is not None


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

    (rules57b) A screening report's verified earlier title:

    >>> hired_as("Title reported: Driver   Title verified: Shuttle Driver", v, "Bus Driver")
    ['Shuttle Driver']
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
