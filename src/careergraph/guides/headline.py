"""Narrative pages' headlines: the role a news feature or a first-person career post is about.

A newspaper feature names its occupation in the headline and standfirst above its byline
("Sparks fly as fabricators scramble for welders" / "By Ann Lee | Staff Writer"), and the
body names it again and again; a career post names the job its author reached ("From
teacher to Content Designer: …", "Here's why I became a Scrum Master").  The byline itself,
the reporter's name and desk ("Health correspondent"), is chrome and never the role.

>>> byline("By Dana Roe | Staff Writer"), byline("Harriet Cole, Health correspondent")
(True, True)
>>> story_destination("From nurse to Data Analyst: what I learned 🚀")
'Data Analyst'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import inflection

__all__ = ["byline", "headline_role", "story_destination", "story_origin"]

_NAME = r"[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}"
# "By Experience Level", "By Industry Sector": a pay table's heading, not a reporter.
_TABLE_WORDS = (r"(?:[A-Z]\w*\s+)?(?:Level|Experience|Industry|Region|State|Location|Sector|"
                r"Country|City|Role|Title|Year|Education|Company|Size|Type|Grade|Band)\b")
# "By Dana Roe | Staff Writer", "By Dana Roe, Business reporter", "By DANA ROE";
# "Harriet Cole, Health correspondent", "Sam Ode | Senior reporter".
_BYLINE = re.compile(
    rf"^(?:By\s+(?!{_TABLE_WORDS}){_NAME}\s*(?:[|,·•—–-]|and\b|$)"
    rf"|{_NAME}\s*[,|·•]\s*(?:[\w&'-]+\s+){{0,3}}"
    r"(?i:correspondent|reporter|writer|editor|columnist|contributor|journalist))")
# "Published Nov. 18, 2026", "Updated 9:14 a.m.", "Sun 9 Aug 2026 07.00 BST": a dateline.
_DATELINE = re.compile(
    r"^(?:(?:Published|Updated|Posted|Last updated)\b.*\d"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}\b)")
_HEAD_SPAN = 16  # lines of a page's top searched for the byline
# "From A to B[: tail]", "From A to B — tail": a career post's title names where it ended.
_FROM_TO = re.compile(r"^from\s+(?:an?\s+)?.+?\s+to\s+(?:an?\s+|the\s+)?"
                      r"([A-Za-z][\w&/' -]{2,60}?)\s*(?:[^\w\s&/'-]|\s[|-]\s|$)", re.IGNORECASE)
# "… why I became a Scrum Master (and what it pays)", "How I became an Actuary".
_BECAME = re.compile(r"\b(?:why|how)\s+I\s+(?:became|become|turned into|retrained as)\s+"
                     r"(?:an?\s+|the\s+)?([A-Za-z][\w&/' -]{2,60}?)\s*(?:[^\w\s&/'-]|\s[|-]\s|$)",
                     re.IGNORECASE)
_AS_A = re.compile(r"\bas an?\s+[A-Za-z]")
_WORD = re.compile(r"[A-Za-z][a-z'-]+")
# Words that never qualify an occupation in a headline ("Britain's next midwives").
_NOT_MODIFIERS = frozenset({
    "the", "a", "an", "for", "of", "to", "in", "on", "at", "by", "with", "and", "or", "as",
    "next", "new", "more", "most", "many", "some", "few", "our", "your", "their", "its",
    "young", "old", "older", "wanted", "needed", "skilled", "why", "how", "what", "who",
    "fewer", "less", "all", "other", "these", "those", "us", "we", "train", "hire", "hiring",
    "scramble", "race", "meet", "inside", "amid", "into", "from", "than", "too", "not"})
_MODIFIERS = 2  # words before the occupation noun tried as part of its title
_REPEATS = 3  # times the body must name the occupation


def byline(text: str) -> bool:
    """True for a reporter's byline or a dateline under a headline (chrome, never a role).

    >>> byline("By Dana Roe and Lee Park"), byline("Published Nov. 18, 2026 at 6:00 a.m.")
    (True, True)
    >>> byline("Welders earn a median of $52,340"), byline("Staff Writer")
    (False, False)
    """
    stripped = text.strip()
    return bool(_BYLINE.match(stripped) or _DATELINE.match(stripped))


def story_destination(text: str) -> str | None:
    """The job a career post's title says its author reached, as written, or None.

    >>> story_destination("I spent 9 years in sales. Here's why I became a Recruiter 🔁")
    'Recruiter'
    >>> story_destination("From the classroom to UX Writer | my first year")
    'UX Writer'
    >>> story_destination("Why I left teaching") is None
    True
    """
    stripped = text.strip()
    match = _FROM_TO.match(stripped) or _BECAME.search(stripped)
    if match is None or _AS_A.search(stripped, match.end(1)):
        return None  # "From A to B: Five Years as a C": the post is about C
    phrase = match.group(1).strip(" '")
    return phrase if 1 <= len(phrase.split()) <= 5 else None


def story_origin(text: str) -> str | None:
    """The job a career post's "From A to B" title says its author started in, or None.

    >>> story_origin("From night-shift barista to Data Analyst: my year")
    'night-shift barista'
    """
    match = _FROM_TO.match(text.strip())
    if match is None:
        return None
    origin = re.match(r"from\s+(?:an?\s+|the\s+)?(.+?)\s+to\s+", text.strip(), re.IGNORECASE)
    return origin.group(1) if origin and len(origin.group(1).split()) <= 5 else None


def _body_count(phrase: str, body: str) -> int:
    """How often ``body`` (lower case) names ``phrase`` (singular, lower case) or its plural."""
    plural = inflection.pluralize(phrase)
    pattern = rf"\b(?:{re.escape(phrase)}|{re.escape(plural)})\b"
    return len(re.findall(pattern, body))


def headline_role(lines: Sequence[str], as_title: Callable[[str], str | None],
                  is_chrome: Callable[[str], bool]) -> str | None:
    """The occupation a news feature's headline and standfirst name, or None.

    Only a page with a byline or dateline near its top is a feature: the lines above it
    (chrome left out) are its headline and standfirst.  Each worker noun there
    (``as_title`` gives the singular title of a phrase, or None) counts the times the body
    names it; the one named most, at least three times, is the role, with up to two words
    before it when the body names the longer title twice too.

    >>> lines = ["The Daily", "Why towns cannot find enough plumbers",
    ...          "By Ann Lee | Staff Writer", "Plumbers are scarce.", "A plumber said so.",
    ...          "Two plumbers left."]
    >>> headline_role(lines, lambda p: p.title() if p.endswith("plumber") else None,
    ...               lambda _: False)
    'Plumber'
    """
    top = [text.strip() for text in lines[:_HEAD_SPAN]]
    marks = [i for i, text in enumerate(top) if byline(text)]
    if not marks:
        return None
    head = [text for text in top[:marks[0]] if text and not is_chrome(text)]
    body = " ".join(lines[marks[0] + 1:]).lower()
    best: tuple[int, int, str] | None = None  # (mentions, words, title)
    for text in head:
        words = [match.group(0) for match in _WORD.finditer(text)]
        for end, word in enumerate(words):
            single = inflection.singularize(word.lower())
            if as_title(single) is None:
                continue
            count = _body_count(single, body)
            if count < _REPEATS:
                continue
            phrase = single
            for start in range(end - 1, max(end - _MODIFIERS, 0) - 1, -1):
                modifier = words[start].lower()
                if modifier in _NOT_MODIFIERS or "'" in modifier:
                    break
                longer = f"{modifier} {phrase}"
                if as_title(longer) is None or _body_count(longer, body) < 2:
                    if phrase == single and words[start][:1].isupper():
                        phrase = ""  # "a Project Manager": a title of its own, not "Manager"
                    break
                phrase = longer
            title = as_title(phrase) if phrase else None
            if title and (best is None or count > best[0]):
                best = (count, len(phrase.split()), title)
    return best[2] if best else None
