"""A graduate's path on a school's alumni page ("Where are they now?"): a ``Path:`` label
followed by the jobs held in order, each "Title, Employer", parted by ">" (or "›", "»",
"→"), wrapped over a second or third line when long.

    Path: Design Intern, Orrin Toys  >  Toy Designer, Orrin Toys  >  Senior Toy
    Designer, Pellam Games

is a ladder Design Intern → Toy Designer → Senior Toy Designer, and each step's employer is
known with its title (the page's reader keeps those of the steps that are its role, at any
level: they employ the role).  The next line goes on with the path when the path ended on
its separator, or when it holds no sentence and only capitalised words (a few, "Designer,
Pellam Games", or more steps parted by ">").  The paragraph told under the card ("Hannah
designed garden furniture …") is no part of the path.

>>> [title for p in graduate_paths([
...     (4, "Path: Design Intern, Orrin Toys  >  Toy Designer, Orrin Toys  >  Senior Toy"),
...     (5, "Designer, Pellam Games (Leeds)"),
...     (6, "She now runs the plush range.")]) for title, _ in p.steps]
['Design Intern', 'Toy Designer', 'Senior Toy Designer']
>>> graduate_paths([(1, "Path: the one less travelled")])
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["GraduatePath", "graduate_paths"]

# "Path:", "Career path:", "Route:", "Journey:" opening the line.
_LABEL = re.compile(r"^\s*(?:career\s+)?(?:path|route|journey|trajectory)\s*:\s*(?P<steps>\S.*)$",
                    re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*(?:>|›|»|→|->)\s*")
_ENDS_ON_SEPARATOR = (">", "›", "»", "→")
_MORE_LINES = 2  # a path wraps over three lines at most
_WRAPPED_WORDS = 6  # a wrapped line's words, at most, when the path did not end on ">"
_STEP_WORDS = 8  # words of one step's title, at most
_CONNECTORS = frozenset({"of", "and", "&", "for", "the", "in", "de", "la", "y", "at"})
_PLACE = re.compile(r"\s*\([^()]{1,40}\)\s*$")  # "(Minneapolis)" after the employer
_SENTENCE = re.compile(r"[.!?;:\"“”]")


@dataclass(frozen=True)
class GraduatePath:
    """One graduate's path: ``(title, employer or None)`` per step, and the label's line."""

    steps: tuple[tuple[str, str | None], ...]
    line: int


def graduate_paths(lines: Sequence[tuple[int, str]]) -> list[GraduatePath]:
    """Every ``Path:`` line's steps (two at least), in page order; see the module."""
    found: list[GraduatePath] = []
    for index, (no, text) in enumerate(lines):
        match = _LABEL.match(text)
        if match is None or not _SEPARATOR.search(match.group("steps")):
            continue
        body = match.group("steps").strip()
        for _, more in lines[index + 1 : index + 1 + _MORE_LINES]:
            more = more.strip()
            if not more or _LABEL.match(more) or not (
                    body.endswith(_ENDS_ON_SEPARATOR) or _wrapped(more)):
                break
            body = f"{body} {more}"
        steps = [_step(part) for part in _SEPARATOR.split(body) if part.strip()]
        if len(steps) >= 2 and all(step is not None for step in steps):
            found.append(GraduatePath(tuple(s for s in steps if s is not None), no))
    return found


def _wrapped(text: str) -> bool:
    """A line that goes on with the path above: a few capitalised words, no sentence."""
    words = text.split()
    steps = any(word in _ENDS_ON_SEPARATOR for word in words)  # ("Studio  >  Senior …")
    return (len(words) <= _WRAPPED_WORDS or steps) and _SENTENCE.search(text) is None and all(
        word.lstrip("(")[:1].isupper() or word[:1].isdigit() or word.lower() in _CONNECTORS
        or word in _ENDS_ON_SEPARATOR for word in words)


def _step(part: str) -> tuple[str, str | None] | None:
    """``(title, employer)`` of one step ("Toy Designer, Orrin Toys"); None when the title is
    no title (lower-case words, a sentence)."""
    title, _, employer = part.strip().partition(",")
    title = " ".join(title.split())
    words = title.split()
    if not 0 < len(words) <= _STEP_WORDS or _SENTENCE.search(title) or not all(
            word[:1].isupper() or word.lower() in _CONNECTORS for word in words):
        return None
    employer = _PLACE.sub("", " ".join(employer.split())).strip()
    return title, employer or None
