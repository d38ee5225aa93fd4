"""Careers-talk slide decks read slide by slide: each slide's title heads its bullets and notes.

A deck exported as text (PowerPoint's "Notes Pages" export, a slide-sharing site's
"Presentation transcript") prints each slide's number on a line of its own ("Slide 4",
"4"), then the slide's title, its bullets (second-level ones marked "o") or one item a line,
the speaker's notes after a "Notes:" label, and often a running footer repeated on every
slide ("Prairie Archival Network | Careers Night 2025 | 4").  Read here:

- slide numbers, "Notes:" labels, running footers (a line printed on three slides or more,
  its number aside), the site's chrome ("Download presentation", "Published by …", "Similar
  presentations" and everything after "Download ppt") and contact lines are chrome;
- each slide's title is a heading of the slide's lines, notes included (speaker notes are
  part of the page: employers hiring now, the presenter's path, feeders);
- the title slide keeps its title; the presenter's line ("Name, Senior X, Employer", or the
  employer on the next line) becomes "The presenter is a Senior X at Employer." (the
  presenter's name is no fact; the employer counts when the title is the role's, and a deck
  that names its role nowhere else is about the presenter's job);
- second-level "o" bullets are items of the bullet above.

Vocabulary: ``slides`` in ``data/headings.yaml``.

>>> from careergraph.guides.text import number_lines
>>> page = number_lines("Slide 1\\nCareers in Glazing\\nAnn Roe, Senior Glazier, Vitra Glass\\n"
...     "Slide 2\\nSkills\\n– Cutting\\no Float glass\\nNotes:\\nAsk for questions.\\n"
...     "Glass Guild | Careers Day | 2\\nSlide 3\\nPay\\n– $40,000\\nGlass Guild | Careers Day | 3"
...     "\\nSlide 4\\nThanks\\nGlass Guild | Careers Day | 4")
>>> deck = slide_deck(page)
>>> [(line.no, line.text) for line in deck.lines]  # doctest: +NORMALIZE_WHITESPACE
[(2, 'Careers in Glazing'), (3, 'The presenter is a Senior Glazier at Vitra Glass.'),
 (5, 'Skills'), (6, '– Cutting'), (7, '   • Float glass'), (9, 'Ask for questions.'),
 (12, 'Pay'), (13, '– $40,000'), (16, 'Thanks')]
>>> deck.headings
{5: 'Skills', 12: 'Pay', 16: 'Thanks'}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from careergraph.guides.headings import bundled_section
from careergraph.guides.text import Line

__all__ = ["Deck", "slide_deck"]

_SLIDE = re.compile(r"\s*(?:[-=#*]+\s*)?Slide\s+(\d{1,3})(?:\s+of\s+\d{1,3})?(?:\s*[-=#*:]+)?\s*",
                    re.IGNORECASE)
_NUMBER = re.compile(r"\s*(\d{1,3})\s*")
_NOTES = re.compile(r"\s*(?:Speaker\s+)?Notes\s*:\s*(.*)", re.IGNORECASE)
_SECOND = re.compile(r"(\s*)o\s+(?=\S)")
_CONTACT = re.compile(r"\S+@\S+\.\w+|(?:^|\s)@\w{3,}|https?://|www\.")
# "Nadia Petrenko, Senior Archivist, City of Port Ashby Archives": a name, a title, a place.
_PRESENTER = re.compile(r"\s*([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}),\s+([A-Z][\w &/-]{2,60}?)"
                        r"(?:,\s+(.+?))?\s*")
_MIN_SLIDES = 3
_MAY_OPEN = re.compile(r"\s*(?:[-=#*]+\s*)?(?:[Ss]lide\s+)?1\s*$|\s*(?:[-=#*]+\s*)?[Ss]lide\s+\d")


@dataclass(frozen=True)
class Deck:
    """A deck read slide by slide: its lines (chrome gone), each slide title's line number
    with the title, and the numbers of the speaker notes' lines."""

    lines: list[Line]
    headings: dict[int, str]
    notes: frozenset[int]
    presenter: int = 0  # the line of "The presenter is a Senior X at Y." (0: none)


@dataclass(frozen=True)
class _Words:
    chrome: tuple[str, ...]
    trailer: tuple[str, ...]


@cache
def _words() -> _Words:
    raw = bundled_section("slides")

    def phrases(key: str) -> tuple[str, ...]:
        return tuple(str(item).lower() for item in raw.get(key) or ())

    return _Words(phrases("chrome"), phrases("trailer"))


def _starts(lines: Sequence[Line]) -> list[int]:
    """Indexes of the lines that open a slide: "Slide N" lines, else bare numbers 1, 2, 3 …
    on lines of their own (a slide site's transcript)."""
    named = [i for i, line in enumerate(lines) if _SLIDE.fullmatch(line.text)]
    if len(named) >= _MIN_SLIDES:
        return named
    starts: list[int] = []
    expected = 1
    for index, line in enumerate(lines):
        number = _NUMBER.fullmatch(line.text)
        if number and int(number.group(1)) == expected and index + 1 < len(lines) and (
                not _NUMBER.fullmatch(lines[index + 1].text)):
            starts.append(index)
            expected += 1
    return starts if len(starts) >= _MIN_SLIDES else []


def _chrome(text: str, words: _Words) -> bool:
    lowered = text.strip().lower()
    return any(lowered.startswith(phrase) for phrase in words.chrome) or bool(
        _CONTACT.search(text))


def _footers(slides: Sequence[Sequence[Line]]) -> set[str]:
    """Lines printed on three slides or more (numbers aside): a running footer."""
    counts: Counter[str] = Counter()
    for slide in slides:
        for key in {re.sub(r"\d+", "#", line.text.strip()) for line in slide if line.text.strip()}:
            counts[key] += 1
    return {key for key, count in counts.items() if count >= _MIN_SLIDES}


def _presenter(lines: Sequence[Line]) -> Line | None:
    """The title slide's presenter as a sentence the employer readers know."""
    for index, line in enumerate(lines):
        match = _PRESENTER.fullmatch(line.text)
        if match is None:
            continue
        place = match.group(3)
        if place is None and index + 1 < len(lines):
            following = lines[index + 1].text.strip()
            if following[:1].isupper() and "," not in following and len(following.split()) <= 6:
                place = following
        if place:
            return Line(line.no, f"The presenter is a {match.group(2)} at {place.strip()}.")
    return None


def slide_deck(lines: Sequence[Line]) -> Deck | None:
    """The page read slide by slide when it is a slide deck (see the module), else None."""
    if not any(_MAY_OPEN.match(text) for _, text in lines):
        return None  # no line that could open a slide: one cheap scan
    body = [line for line in lines if not line.blank]
    starts = _starts(body)
    if not starts:
        return None
    words = _words()
    slides = [body[a + 1:b] for a, b in zip(starts, [*starts[1:], len(body)], strict=True)]
    footers = _footers(slides)
    out: list[Line] = []
    headings: dict[int, str] = {}
    notes: set[int] = set()
    said = 0
    for number, slide in enumerate(slides, 1):
        kept: list[Line] = []
        for line in slide:
            text = line.text.strip()
            if any(text.lower().startswith(p) for p in words.trailer):
                break
            if not _NOTES.fullmatch(text) and (
                    re.sub(r"\d+", "#", text) in footers or _chrome(text, words)):
                continue  # (the "Notes:" label is on every slide, and no footer)
            kept.append(line)
        if not kept:
            continue
        title, rest = kept[0], kept[1:]
        headings[title.no] = title.text.strip()
        out.append(Line(title.no, title.text.strip()))
        if number == 1:  # the title slide: its title and who presents, nothing else
            presenter = _presenter(rest)
            out += [presenter] if presenter is not None else []
            said = presenter.no if presenter is not None else 0
            headings.pop(title.no)
            continue
        in_notes = False
        for line in rest:
            label = _NOTES.fullmatch(line.text)
            if label is not None:
                in_notes = True
                if label.group(1).strip():
                    out.append(Line(line.no, label.group(1).strip()))
                    notes.add(line.no)
                continue
            if in_notes:
                notes.add(line.no)
            second = _SECOND.match(line.text)
            text = f"{second.group(1)}   • {line.text[second.end():]}" if second else line.text
            out.append(Line(line.no, text))
    return Deck(out, headings, frozenset(notes), said)
