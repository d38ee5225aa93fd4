"""(real31) A page's title line under its site's chrome: the title read as a last resort.

A careers site copied whole prints its own furniture above the page's title: a photo
strip's captions ("Job Photographs" / "• A man is sitting at the wheel …" / the title as
the last caption), or a portal's navigation ("Courses" / "Career Profile Examples" /
"Study Areas" / "Course Types").  The title reader reads a title line only among the first
lines of a page, so such a page named no role and was rejected.  When nothing else on the
page names the role, a short Title-Case line of a known role title (plural or not) that
stands right above a sentence of prose, at the page's head, names it, when the page names
its head noun again below it ("… emergency care assistants (ECAs) work with …").

(real42) A careers portal's "Occupation Details" label over the title, its logo's alt text
between ("Occupation Details" / "logo imagelogo image" / "Laboratory Manager"), under a
quiz's blurb about the reader's interests: the title the label announces
(:func:`labelled_title`).

(real47) An occupation map's card under a legend of its map's keys ("Potential occupational
standard" / "T Level" / … / "Boat builder" / "Boat builder" / "Engineering and
manufacturing"): the card's title printed twice, one line right after the other, names the
role (:func:`doubled_title`).

(rules51b) A job seeker's application tracker (a kanban board, a notes-app page) names its
target role on a labelled line at its head: "Target: Medical Science Liaison (MSL) – …",
"Goal: land an Embedded Software Engineer role (L2) …" (:func:`target_title`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from careergraph.guides.text import is_title_case
from careergraph.names import is_acronym_of

_REACH = 25  # non-blank lines of the page's head read for the title
_TITLE_WORDS = 5
_PROSE_WORDS = 8


def _prose(text: str) -> bool:
    """A sentence of prose: long enough, capitalised, ending with its stop."""
    return (len(text.split()) >= _PROSE_WORDS and text[:1].isupper()
            and text.rstrip()[-1:] in ".!")


def chrome_title(lines: Sequence[tuple[int, str, bool]], is_role_title: Callable[[str], bool],
                 singular: Callable[[str], str]) -> tuple[str, int] | None:
    """The role title a line at the page's head names, right above a sentence of prose and
    after its site's captions or menus (``lines``: ``(number, text, bullet)``), or None.

    >>> page = [(1, "Courses", False), (2, "Study Areas", False), (3, "Course Types", False),
    ...         (4, "Tilers", False),
    ...         (5, "Tilers lay ceramic tiles on the walls and floors of homes and shops.", False)]
    >>> chrome_title(page, lambda t: t == "Tiler", lambda t: t.removesuffix("s"))
    ('Tiler', 4)
    >>> chrome_title(page[:4], lambda t: t == "Tiler", lambda t: t.removesuffix("s"))
    """
    head = [(no, text.strip(), bullet) for no, text, bullet in lines[:_REACH] if text.strip()]
    for index, (no, text, bullet) in enumerate(head[:-1]):
        words = text.split()
        if bullet or not 0 < len(words) <= _TITLE_WORDS or not is_title_case(text) or not all(
                word.replace("-", "").replace("'", "").isalpha() for word in words):
            continue
        if not _prose(head[index + 1][1]):
            continue
        title = singular(text)
        if not is_role_title(title):
            continue
        noun = title.split()[-1].lower()
        later = " ".join(line for _, line, _ in head[index + 1:]) + " " + " ".join(
            line for _, line, _ in lines[_REACH:])
        if re.search(rf"\b{re.escape(noun)}(?:s|es)?\b", later, re.IGNORECASE):
            return title, no
    return None


def doubled_title(lines: Sequence[tuple[int, str]], is_role_title: Callable[[str], bool],
                  singular: Callable[[str], str]) -> tuple[str, int] | None:
    """(real47) The role title a short line at the page's head names when the next line
    repeats it word for word (a page's heading, then its card's), or None.

    >>> page = [(1, "T Level"), (2, "Favourite occupation"), (3, "Boat builders"), (4, ""),
    ...         (5, "Boat builders"), (6, "Engineering and manufacturing")]
    >>> doubled_title(page, lambda t: t == "Boat Builder", lambda t: t.title().rstrip("s"))
    ('Boat Builder', 3)
    >>> doubled_title(page[:3] + page[5:], lambda t: True, lambda t: t) is None
    True
    """
    head = [(no, text.strip()) for no, text in lines if text.strip()][:_REACH]
    for (no, text), (_, after) in itertools.pairwise(head):
        words = text.split()
        if text != after or not 0 < len(words) <= _TITLE_WORDS or not text[:1].isupper() or (
                not all(word.replace("-", "").replace("'", "").isalpha() for word in words)):
            continue
        title = singular(text)
        if is_role_title(title):
            return title, no
    return None


# A portal's label over an occupation's title ("Occupation Details", "Career Profile").
_DETAIL_LABEL = re.compile(r"(?:occupation|career|job|role)\s+(?:details|profile|overview)",
                           re.IGNORECASE)
# The alt text of a logo or picture left between the label and the title.
_PICTURE_TEXT = re.compile(r"(?:\s*(?:logo|image|photo|picture|icon)\s*)+", re.IGNORECASE)


def labelled_title(lines: Sequence[tuple[int, str]], is_role_title: Callable[[str], bool],
                   singular: Callable[[str], str]) -> tuple[str, int] | None:
    """The role title on the first line under a portal's "Occupation Details" label (a
    picture's alt text and blank lines between skipped), at the page's head, or None.

    >>> page = [(1, "What are your interests?"), (2, "Occupation Details"),
    ...         (3, "logo imagelogo image"), (4, ""), (5, "Kiln Operator"), (6, "Job Zone")]
    >>> labelled_title(page, lambda t: t == "Kiln Operator", lambda t: t)
    ('Kiln Operator', 5)
    >>> labelled_title(page[3:], lambda t: True, lambda t: t) is None
    True
    """
    head = [(no, text.strip()) for no, text in lines if text.strip()][:_REACH * 2]
    for index, (_, text) in enumerate(head[:-1]):
        if not _DETAIL_LABEL.fullmatch(text):
            continue
        rest = [(no, line) for no, line in head[index + 1:]
                if not _PICTURE_TEXT.fullmatch(line)]
        if not rest:
            return None
        no, line = rest[0]
        title = singular(line)
        words = line.split()
        if 0 < len(words) <= _TITLE_WORDS and is_title_case(line) and is_role_title(title):
            return title, no
        return None
    return None


# (rules51b) A tracker's label for the job sought, an icon before it allowed, and the verb
# phrase a goal opens with ("Goal: land an X role").  The title's words are bounded and
# each opens with a capital, so a long glued line fails at its first words.
_TARGET_LINE = re.compile(
    r"[^\w\n]{0,6}(?:my\s+)?(?:target|goal)(?:\s+(?:role|job|position))?\s*:\s*"
    r"(?:(?:land|get|find|secure)\s+(?:an?|my\s+first)\s+)?"
    r"(?-i:(?P<title>[A-Z][\w&'-]{0,30}(?:[ ][A-Z][\w&'-]{0,30}){0,4})"
    r"(?:\s+\((?P<abbr>[A-Z]{2,6})\))?)"
    r"(?=\s+(?:role|job|position|post)\b|\s*[–—,;(]|\s+-\s|\s*$)",
    re.IGNORECASE)
_TARGET_REACH = 8  # non-blank lines of a tracker's head read for its target


def target_title(lines: Sequence[tuple[int, str]], is_role_title: Callable[[str], bool],
                 ) -> tuple[str, int, str | None] | None:
    """(rules51b) The role a tracker's "Target:" or "Goal:" line at the page's head names,
    with its abbreviation in brackets when the title spells it, or None.  The title is a
    known role title, or one its bracketed abbreviation spells ("Medical Science Liaison
    (MSL)").

    >>> target_title([(1, "Board: winter search"), (2, "Target: Grant Writer – remote")],
    ...              lambda t: t == "Grant Writer")
    ('Grant Writer', 2, None)
    >>> target_title([(3, "🎯 Target: Field Survey Liaison (FSL) – north")], lambda t: False)
    ('Field Survey Liaison', 3, 'FSL')
    >>> target_title([(1, "Goal: land a Grant Writer role by May")], lambda t: t == "Grant Writer")
    ('Grant Writer', 1, None)
    >>> target_title([(1, "Target: Q2 Revenue – 40k")], lambda t: False) is None
    True
    """
    head = [(no, text.strip()) for no, text in lines if text.strip()][:_TARGET_REACH]
    for no, text in head:
        found = _TARGET_LINE.match(text)
        if found is None:
            continue
        title, abbr = found["title"], found["abbr"]
        if not is_title_case(title) or not title[:1].isupper():
            continue
        if is_role_title(title) or (abbr is not None and len(title.split()) >= 2
                                    and is_acronym_of(abbr, title.split())):
            return title, no, abbr if abbr is not None and is_acronym_of(
                abbr, title.split()) else None
    return None
