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
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from careergraph.guides.text import is_title_case

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
