"""Designations on employers' letters: a title with its department after a dash
("Engineer – Production", "Chemist – QC"), as experience certificates print the posts held.

The department is part of the designation (two chemists of different departments are two
posts), so the title keeps it; a grade in brackets after it ("(Officer grade)") is no part.
The post a certificate says the person held last ("promoted to Senior Engineer – Production
… and held this designation at the time of leaving") is the role, without its level word.

>>> from careergraph.lexicon import load_lexicon
>>> from careergraph.guides.vocab import Vocabulary
>>> v = Vocabulary.from_lexicon(load_lexicon())
>>> designation_at("Engineer – Production (Grade B) from 2021", 0, v)
'Engineer – Production'
>>> designation_at("Senior Metallurgist in 2023", 0, v)
'Senior Metallurgist'
>>> held_designation("She was promoted to Senior Engineer – Maintenance in 2022 and "
...                  "held this designation till her last working day.", v)
'Engineer – Maintenance'
"""

from __future__ import annotations

import re

from careergraph.guides.vocab import Vocabulary

__all__ = ["designation_at", "held_designation"]

# The department after the title's dash: an acronym or up to three capitalised words.
_DEPARTMENT = re.compile(r"\s[–—-]\s((?:[A-Z][\w&/]*)(?:\s(?:&\s|and\s)?[A-Z][\w&/]*){0,2})"
                         r"(?=$|[\s,.;:()])")
# A certificate's word for the post held last, and the title's slot before it in its sentence.
_HELD = re.compile(r"\b(?:held|holding|holds)\s+(?:this|the\s+said|the\s+same)\s+designation\b"
                   r"|\bdesignation\s+at\s+the\s+time\s+of\s+(?:leaving|relieving|resign)",
                   re.IGNORECASE)
_SLOT = re.compile(r"\b(?:promoted\s+to|redesignated\s+as|designated\s+as|confirmed\s+as|"
                   r"joined\s+(?:us\s+)?as|as)\s+(?:an?\s+|the\s+(?:post\s+of\s+)?)?"
                   r"(?=[A-Z])")
# A single designation held for the whole service: "was employed as X (Officer grade)
# throughout" (the title as printed: no ladder shows its level word as a rung).
_THROUGHOUT = re.compile(r"\b(?:employed|worked|served)\s+(?:with\s+us\s+)?as\s+(?:an?\s+)?"
                         r"(?=[A-Z])(?=[^.;]*\bthroughout\b)")
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}")
# The endings of nouns that name people ("Metallurgist", "Technician", "Surveyor").
_PERSON_END = re.compile(r"(?:ist|ian|er|or|eer|ant|ent|man|wright|smith)$")
_LEVELS = frozenset({"senior", "trainee", "junior", "sr.", "jr.", "associate", "lead",
                     "principal", "chief", "assistant"})


def designation_at(text: str, start: int, vocab: Vocabulary) -> str | None:
    """The designation starting at ``start`` in ``text``: a known title, with the department
    a dash puts after it, or None (see the module's docstring)."""
    title = vocab.role_title_at(text, start)
    if title is not None and " (" in title:  # "VP of Search (Officer": a grade's bracket
        title = title.partition(" (")[0].strip() or None
    if title is None:  # a title the lexicon does not know: capitalised words, a person's noun
        run = _CAPITALISED.match(text, start)
        title = run.group(0) if run and _PERSON_END.search(run.group(0)) else None
    if title is None:
        return None
    department = _DEPARTMENT.match(text, start + len(title))
    return f"{title} – {department.group(1)}" if department else title


def held_designation(sentence: str, vocab: Vocabulary) -> str | None:
    """The designation a certificate's ``sentence`` says was held last, without its level
    word ("Senior Chemist – QC" → "Chemist – QC"), or None; a designation "held throughout"
    as printed.

    >>> v = Vocabulary.from_lexicon(__import__("careergraph.lexicon").lexicon.load_lexicon())
    >>> held_designation("He was employed as Senior Assayer (Grade C) throughout.", v)
    'Senior Assayer'
    """
    held = _HELD.search(sentence)
    if held is None:
        whole = _THROUGHOUT.search(sentence)
        return designation_at(sentence, whole.end(), vocab) if whole else None
    slots = [slot for slot in _SLOT.finditer(sentence, 0, held.start())]
    if not slots:
        return None
    title = designation_at(sentence, slots[-1].end(), vocab)
    if title is None:
        return None
    first, _, rest = title.partition(" ")
    return rest if first.lower() in _LEVELS and rest and not rest.startswith("–") else title
