"""A succession plan's successors: every successor's current post is a move into the role.

A succession plan or talent review for one critical post lists its successors by
readiness, in one of two shapes: a table with a column of current posts beside a readiness
column ("Name | Current title | Readiness | Development actions"), or blocks headed by a
readiness label ("READY NOW", "READY IN 1–2 YEARS") with one successor a line ("Deputy
Ward Manager, Ward 12 (Band 6) — has run the unit …": the post first, its place, band and
note after it).  Whatever the readiness, each current post names a move in.  The names,
initials and readiness words are no posts.  The words are data: ``successor_pools`` in
``data/headings.yaml``.

>>> lines = [(1, "Name | Current title | Readiness | Notes"),
...          (2, "[redacted] J.B. | Deputy Site Manager | Ready now | act up"),
...          (3, "[redacted] K.L. | Planning Lead | Ready in 2 years | course")]
>>> successor_posts(lines, lambda title: True)
[('Deputy Site Manager', 2), ('Planning Lead', 3)]
>>> successor_posts([(1, "READY NOW"), (2, "  Chief Chemist, Plant B (Grade 7) — acting"),
...                  (3, "Ready in 1-2 years"), (4, "Lab Supervisor (Grade 6)")],
...                 lambda title: True)
[('Chief Chemist', 2), ('Lab Supervisor', 4)]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from careergraph.guides.heading_data import phrase_alternation, word_lists

__all__ = ["external_sources", "successor_posts"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = word_lists("successor_pools")
    ready = phrase_alternation(words["readiness"])
    return (
        # a readiness label alone on its line, with its time ("READY IN 1–2 YEARS")
        re.compile(rf"^(?:{ready})(?:\s*[\d–—+-]+\s*\+?)?(?:\s*(?:years?|yrs?|months?))?"
                   r"\s*:?$", re.IGNORECASE),
        re.compile(rf"^(?:{phrase_alternation(words['readiness_columns'])})$", re.IGNORECASE),
        re.compile(rf"^(?:{phrase_alternation(words['post_columns'])})$", re.IGNORECASE),
    )


# The post's end: its place after a comma, its grade in a bracket, a note after a dash.
_POST_END = re.compile(r"\s*(?:,|\(|\s[-–—]\s|:|;)")
_POST_WORDS = 6  # a current post is this short


def _post(cell: str, is_title: Callable[[str], bool]) -> str | None:
    """The post a successor's cell or line names first, if it is a title."""
    post = _POST_END.split(cell.strip(), maxsplit=1)[0].strip()
    if not post or len(post.split()) > _POST_WORDS or not post[0].isupper():
        return None
    return post if is_title(post) else None


def successor_posts(lines: Sequence[tuple[int, str]], is_title: Callable[[str], bool],
                    ) -> list[tuple[str, int]]:
    """The current posts of a plan's successors with their lines, in page order: a table's
    current-post column when the table has a readiness column, and the first line-leading
    title of each line under a readiness label (until a blank line or another label)."""
    if not any("eady" in text or "EADY" in text for _, text in lines):
        return []
    label, ready_column, post_column = _patterns()
    found: list[tuple[str, int]] = []
    column: int | None = None
    width = 0
    block = False
    previous = -1
    for no, text in lines:
        stripped = text.strip()
        if "|" in stripped:
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if any(ready_column.match(cell) for cell in cells):
                posts = [at for at, cell in enumerate(cells) if post_column.match(cell)]
                column, width = (posts[0], len(cells)) if posts else (None, 0)
                block = False
                continue
            if column is not None and len(cells) == width:
                post = _post(cells[column], is_title)
                if post:
                    found.append((post, no))
                continue
        column = None
        if label.match(stripped):
            block, previous = True, no
            continue
        if block and stripped and no == previous + 1:
            post = _post(stripped, is_title)
            if post is None:
                block = False
                continue
            found.append((post, no))
            previous = no
            continue
        block = False
    return found


# The plan's external field ("External: ward managers from other trusts (Sheffield Royal,
# Barnsley Hospital)"): the bodies in the bracket are where external candidates hold the
# post, so they employ it.
_EXTERNAL = re.compile(r"^\s*External(?:\s+(?:candidates|pool|successors|field|market))?\s*:"
                       r"[^()]*\((?P<names>[^()]{3,160})\)\s*\.?$")
_NAME = re.compile(r"^[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&|the))*$")


def external_sources(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The bodies a succession plan names as the source of external candidates, with their
    line (each a capitalised name in the external line's bracket).

    >>> external_sources([(9, "External: site managers from other firms (Acme Homes, "
    ...                       "Brill Build Ltd)")])
    [('Acme Homes', 9), ('Brill Build Ltd', 9)]
    """
    found: list[tuple[str, int]] = []
    for no, text in lines:
        match = _EXTERNAL.match(text) if "xternal" in text[:12] else None
        if match is None:
            continue
        names = [name.strip() for name in re.split(r",\s+(?:and\s+)?|\s+and\s+",
                                                   match.group("names"))]
        if names and all(_NAME.match(name) for name in names):
            found.extend((name, no) for name in names)
    return found
