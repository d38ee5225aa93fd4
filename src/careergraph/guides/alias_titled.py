"""An occupation page's title read from the line of other names under it.

Occupation sites (national career portals, often read through a browser's translation)
print the title in sentence case with a qualifier and then a labelled line of other names::

    Station staff (railway)
    Another name: Station clerk, station attendant

No role noun need end such a title ("staff"), but the label under it says the line above is
an occupation's name, so the line is the role whatever its head word.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

__all__ = ["alias_labelled_title"]

# A title: one to five plain words, an optional qualifier in parentheses after them.
_TITLE = re.compile(r"^([A-Za-z][A-Za-z'&-]*(?: [A-Za-z][A-Za-z'&-]*){0,4})"
                    r"(?: \(([^()]{1,40})\))?$")
_LABEL = re.compile(r"^([A-Za-z][A-Za-z ]{2,30}?)\s*:\s*\S")
_SPAN = 12  # the title stands among the page's first lines


def alias_labelled_title(
    lines: Sequence[tuple[int, str]], is_alias_label: Callable[[str], bool],
) -> tuple[str, int, str | None] | None:
    """``(title, line, qualified)`` for the line just above a labelled line of other names.

    ``qualified`` is the title with its qualifier, when it has one.

    >>> alias_labelled_title([(4, "Station staff (railway)"),
    ...                       (5, "Another name: Station clerk, ticket clerk")],
    ...                      lambda label: label.lower() == "another name")
    ('Station staff', 4, 'Station staff (railway)')
    >>> alias_labelled_title([(1, "Station staff"), (2, "What kind of job is it?")],
    ...                      lambda _: True) is None
    True
    """
    for (no, text), (_, below) in itertools.pairwise(lines[:_SPAN + 1]):
        label = _LABEL.match(below.strip())
        title = _TITLE.match(text.strip())
        if label is None or title is None or not is_alias_label(label.group(1)):
            continue
        bare = title.group(1)
        return bare, no, text.strip() if title.group(2) else None
    return None
