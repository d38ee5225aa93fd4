"""Section headings printed in lower case.

A blog's or a brand's house style may print its section headings all in lower case ("what to
ask for", "where vets go next", "skills that move your number"), each on its own line after a
blank one and before its text.  The heading readers look for a capital first letter; on a page
that prints two or more such lines whose words name a known section, each of them is read as
its heading in sentence case.  One lower-case line alone proves no house style (a wrapped
sentence's end, a caption), and a line with a full stop or a colon at its end is a sentence or
a label.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from careergraph.guides.text import Line

__all__ = ["capitalised_headings"]

_MOST_WORDS = 10
_LEAST_HEADINGS = 2
# A note in brackets after the heading's words ("what are vets paid? (UK practice, 2026)").
_NOTE = re.compile(r"\s*\([^()]{1,80}\)\s*$")


def _candidate(lines: Sequence[Line], index: int) -> str | None:
    """The words of a lower-case heading-shaped line at ``index`` (its bracketed note and a
    question mark left out), or None."""
    text = lines[index].text.strip()
    if not text[:1].islower() or not text[:1].isalpha():
        return None
    if index and not lines[index - 1].blank:
        return None  # (a heading stands after a blank line: this may be a wrapped sentence)
    if index + 1 >= len(lines) or lines[index + 1].blank:
        return None  # (and its text follows it)
    words = _NOTE.sub("", text).rstrip(" ?")
    if not words or words[-1:] in ".:;,!" or len(words.split()) > _MOST_WORDS or any(
            char.isdigit() for char in words):
        return None
    return words


def capitalised_headings(lines: Sequence[Line], known: Callable[[str], bool]) -> list[Line]:
    """``lines`` with the lower-case headings of a page that prints its headings in lower
    case (``known(words)``: the words name a known section) given a capital first letter;
    ``lines`` unchanged on any other page.

    >>> page = [Line(1, "Intro text."), Line(2, ""), Line(3, "what to ask for"),
    ...         Line(4, "Ask for more."), Line(5, ""), Line(6, "where people go next"),
    ...         Line(7, "Many move up.")]
    >>> [line.text for line in capitalised_headings(page, lambda w: "ask" in w or "next" in w)]
    ... # doctest: +NORMALIZE_WHITESPACE
    ['Intro text.', '', 'What to ask for', 'Ask for more.', '', 'Where people go next',
     'Many move up.']
    """
    found = [index for index in range(len(lines)) if lines[index].text[:1].islower() and (
        words := _candidate(lines, index)) is not None and known(words)]
    if len(found) < _LEAST_HEADINGS:
        return list(lines)
    out = list(lines)
    for index in found:
        line = out[index]
        stripped = line.text.lstrip()
        lead = line.text[: len(line.text) - len(stripped)]
        out[index] = Line(line.no, lead + stripped[:1].upper() + stripped[1:])
    return out
