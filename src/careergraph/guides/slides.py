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
- second-level "o" bullets are items of the bullet above;
- the job the talk is about is the title a frame names ("Becoming a Lead Glazier", "What
  does a Glazier do?"), read from the slides as printed (a slide flattened onto one line
  behind a copyright footer too): :func:`talk_role` makes it the page's role, so a rung
  the path or the pay table names next never is.

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

import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from careergraph.guides.headings import bundled_section
from careergraph.guides.text import Line

__all__ = ["Deck", "slide_deck", "talk_role"]

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
_FOOTER_WORDS = 3  # a running footer printed ahead of a flattened slide: this many words or more
_TITLE_WORDS = 12  # a flattened slide's title: at most this many words
_MAY_OPEN = re.compile(r"\s*(?:[-=#*]+\s*)?(?:[Ss]lide\s+)?1\s*$|\s*(?:[-=#*]+\s*)?[Ss]lide\s+\d")


@dataclass(frozen=True)
class Deck:
    """A deck read slide by slide: its lines (chrome gone), each slide title's line number
    with the title, and the numbers of the speaker notes' lines."""

    lines: list[Line]
    headings: dict[int, str]
    notes: frozenset[int]
    presenter: int = 0  # the line of "The presenter is a Senior X at Y." (0: none)
    # Titles a talk frame names, in page order: (line, the Title Case words after the
    # frame, whether the frame bounds them: "What does a X do?", or the line ends there).
    about: tuple[tuple[int, str, bool], ...] = ()


@dataclass(frozen=True)
class _Words:
    chrome: tuple[str, ...]
    trailer: tuple[str, ...]
    about: tuple[re.Pattern[str], ...]
    footer: tuple[str, ...]


@cache
def _words() -> _Words:
    raw = bundled_section("slides")

    def phrases(key: str) -> tuple[str, ...]:
        return tuple(str(item).lower() for item in raw.get(key) or ())

    return _Words(phrases("chrome"), phrases("trailer"),
                  tuple(_frame(phrase) for phrase in phrases("about")), phrases("footer"))


# A title after a frame: Title Case words, "of"/"and"/"&" between them ("Director of Sales").
_TITLE = r"(?P<title>[A-Z][\w'&/-]*(?:\s+(?:of|and|&|for|[A-Z][\w'&/-]*)){0,8})"


def _frame(phrase: str) -> re.Pattern[str]:
    """"what does a … do" as a pattern: the words around "…" in any case, the title in
    Title Case; ``end`` set when the frame's closing words (or the line's end) bound it."""
    before, _, after = phrase.partition("…")
    def words(part: str) -> str:
        return r"\s+".join(re.escape(w) for w in part.split())
    closing = rf"(?P<end>\s+{words(after)}\b)" if after.strip() else r"(?P<end>\s*[?.!:]?\s*$)?"
    return re.compile(rf"(?i:\b{words(before)})\s+{_TITLE}{closing}")


def _about(slides: Sequence[Sequence[Line]], words: _Words) -> tuple[tuple[int, str, bool], ...]:
    """Titles the talk frames name on the slides, as printed (chrome included: a slide
    flattened behind its footer keeps its words there)."""
    found: list[tuple[int, str, bool]] = []
    for slide in slides:
        for line in slide:
            for pattern in words.about:
                found += [(line.no, match.group("title"), match.group("end") is not None)
                          for match in pattern.finditer(line.text)]
    return tuple(sorted(found, key=lambda item: item[0]))


def talk_role(deck: Deck, is_title: Callable[[str], bool]) -> tuple[str, int] | None:
    """The job the talk is about, with its line: the first title a closed frame names
    ("What does a Lead Glazier do?"), else the longest title opening an open one
    ("Becoming a Lead Glazier Ann Roe, …"); ``is_title`` says which words are a title.

    >>> from careergraph.guides.text import number_lines
    >>> page = number_lines("1\\n© Guild 0-1 Becoming a Lead Glazier Ann Roe, Adviser\\n"
    ...     "2\\n© Guild 0-2 Pay Lead Glazier $50,000 Glazing Manager $60,000\\n"
    ...     "3\\n© Guild 0-3 Path Glazier → Lead Glazier → Glazing Manager")
    >>> deck = slide_deck(page)
    >>> talk_role(deck, lambda t: t.split()[-1] in {"Glazier", "Manager"})
    ('Lead Glazier', 2)
    """
    def longest(words: str) -> str | None:
        parts = words.split()
        return next((" ".join(parts[:n]) for n in range(len(parts), 0, -1)
                     if is_title(" ".join(parts[:n]))), None)

    for closed in (True, False):
        for line, words, bounded in deck.about:
            title = (words if is_title(words) else None) if bounded else longest(words)
            if bounded is closed and title is not None:
                return title, line
    return None


# Lines a page prints before a numbered run that make the run a ranked list in its text
# when every number holds one line.
_LIST_LEAD = 5
_LIST_ITEM_LINES = 2  # a numbered list's item: its name and at most one line under it


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
    if starts and starts[0] >= _LIST_LEAD and all(
            b - a <= _LIST_ITEM_LINES + 1 for a, b in itertools.pairwise(starts)):
        # "Top industries / 1 / Airlines / 2 / Ports / …" deep in a page: a ranked list, one
        # name a number, or a numbered roadmap, a title and its line a number ("Career
        # Roadmap / 1 / Trainee X / Learn … / 2 / …"); a deck's transcript opens with its
        # first slide
        return []
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


_FIGURES = re.compile(r"\d+")


def _footer_prefix(lines: Sequence[Line]) -> tuple[str, ...]:
    """The words that open three lines or more alike (figures as "#") and end with a count
    going up by one line by line ("© 2024 Guild. All rights reserved 0-3"): a slide's
    running footer with its number, printed ahead of the slide flattened onto the same
    line; else none.  A footer is words and says it is one (``slides.footer``: "©", "all
    rights reserved", "page"): "Court Clerk 2 (4412) …" and "Skill Level 3 …" open a
    grade's line, a table's rows of amounts are none, nor is "Step 1 of 5: …"."""
    groups: dict[str, list[list[str]]] = {}
    for line in lines:
        words = line.text.split()
        if len(words) > _FOOTER_WORDS:
            # (the first words, figures as "#": one substitution over the words joined, which
            # hold no white space, groups the lines as one a word would)
            key = _FIGURES.sub("#", " ".join(words[:_FOOTER_WORDS]))
            groups.setdefault(key, []).append(words)
    best: tuple[str, ...] = ()
    for group in groups.values():
        if len(group) < _MIN_SLIDES:
            continue
        size = _FOOTER_WORDS
        while all(len(words) > size + 1 and re.sub(r"\d+", "#", words[size]) == re.sub(
                r"\d+", "#", group[0][size]) for words in group):
            size += 1
        while size and not any(c.isdigit() for c in group[0][size - 1]):
            size -= 1  # the footer ends at its slide number
        prefix = group[0][:size]
        counts = [int(re.findall(r"\d+", words[size - 1])[-1]) for words in group] if size else []
        said = " ".join(prefix).lower()
        if (size >= _FOOTER_WORDS and size > len(best) and any(
                phrase in said for phrase in _words().footer)
                and sum(word.strip(".,:;|·").isalpha() for word in prefix) >= _FOOTER_WORDS - 1
                and not any(c in word for word in prefix for c in "$€£%")
                and all(b == a + 1 for a, b in itertools.pairwise(counts))):
            best = tuple(re.sub(r"\d+", "#", word) for word in group[0][:size])
    return best


def _slide_title(words: Sequence[str], exact: Callable[[str], object]) -> int:
    """How many words of a flattened slide are its title: up to a "?" or "!" ("What does a
    Welder do?"), a closing bracket ("Pay guide (Canada)"), the longest heading the
    vocabulary knows, else the sentence-case words before the first capitalised one ("Where
    people in welding work Mining Energy")."""
    for index, word in enumerate(words[:_TITLE_WORDS]):
        if word.endswith(("?", "!", ")")):
            return index + 1
    for size in range(min(len(words) - 1, _TITLE_WORDS), 0, -1):
        if exact(" ".join(words[:size])) is not None:
            return size
    size = 1
    while size < min(len(words), _TITLE_WORDS) and not words[size][:1].isupper():
        size += 1
    return size


# A pay range as a table prints it ("$80,000 – $108,000"), the end of one flattened row.
_RANGE = re.compile(r"[$€£]\s?\d[\d,.]*[kK]?\s*[–-]\s*[$€£]?\s?\d[\d,.]*[kK]?(?=\s|$)")
# A table's column labels ahead of its first row: "Position Pay (USD)", "Role Salary (EUR)".
_COLUMNS = re.compile(r"(?:[A-Z][a-z]+\s+){1,3}\([A-Z]{3}\)\s+")


def _slide_body(text: str, find: Callable[[str], list[tuple[int, int]]] | None) -> list[str]:
    """A flattened slide's words after its title as lines: a pay table's rows cut after each
    range (the column labels dropped), words with punctuation as they are, and of a run of
    names with nothing between them the names the lexicon knows whose neighbours are known
    too, one a bullet (where an unknown name ends and the next begins is not known: those
    are lost)."""
    if not text:
        return []
    ends = [match.end() for match in _RANGE.finditer(text)]
    if ends:
        rows = [text[a:b].strip() for a, b in itertools.pairwise([0, *ends, len(text)])]
        rows[0] = _COLUMNS.sub("", rows[0], count=1) if _COLUMNS.match(rows[0]) else rows[0]
        return [row for row in rows if row]
    if any(c in text for c in ".,;:!?→|") or any(c.isdigit() for c in text) or find is None:
        return [text]
    spans = find(text)
    # a name is safe where both its ends touch the run's ends or another known name: next
    # to an unknown word it may be part of an unknown name ("Model Monitoring")
    after_name = {0} | {end for _, end in spans}
    before_name = {len(text)} | {start for start, _ in spans}
    names = [text[start:end] for start, end in spans
             if len(text[:start].rstrip()) in after_name and len(text) - len(text[end:].lstrip())
             in before_name]
    return [f"• {name}" for name in names] if len(names) >= 2 else []


def _unglued(lines: Sequence[Line], exact: Callable[[str], object],
             find: Callable[[str], list[tuple[int, int]]] | None) -> list[Line] | None:
    """A deck printed a slide a line behind its running footer (a PDF's text layer): each
    slide as a "Slide N" line, its title and the rest of its words; None when the page has
    no such footer."""
    key = _footer_prefix(lines) if len(lines) >= _MIN_SLIDES else ()
    if not key:
        return None
    size = len(key)
    out: list[Line] = []
    number = 0
    for line in lines:
        words = line.text.split()
        if len(words) > size and tuple(re.sub(r"\d+", "#", word) for word in words[:size]) == key:
            number += 1
            rest = words[size:]
            # (the title slide's words stay one line: its frame names the talk's job)
            cut = _slide_title(rest, exact) if number > 1 else len(rest)
            out.append(Line(line.no, f"Slide {number}"))
            out.append(Line(line.no, " ".join(rest[:cut])))
            out += [Line(line.no, part) for part in _slide_body(" ".join(rest[cut:]), find)]
        elif number and not _NUMBER.fullmatch(line.text):  # (a slide's number, printed)
            out.append(line)
    return out if number >= _MIN_SLIDES else None


def slide_deck(lines: Sequence[Line], exact: Callable[[str], object] | None = None,
               find: Callable[[str], list[tuple[int, int]]] | None = None) -> Deck | None:
    """The page read slide by slide when it is a slide deck (see the module), else None;
    ``exact``: the heading vocabulary's exact lookup (a flattened slide's title); ``find``:
    the spans of the known names in a text (a flattened slide's run of names)."""
    body = [line for line in lines if not line.blank]
    if exact is None:
        from careergraph.guides.headings import load_headings

        exact = load_headings().exact
    flat = _unglued(body, exact, find)
    if flat is not None:
        body = flat
    elif not any(_MAY_OPEN.match(text) for _, text in lines):
        return None  # no line that could open a slide: one cheap scan
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
    return Deck(out, headings, frozenset(notes), said, _about(slides, words))
