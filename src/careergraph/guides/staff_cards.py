"""The post most of a staff directory's cards hold.

A club's, a library's or a firm's staff directory filtered to one department prints a card a
person: the name in capitals, then the post, a dash before the squad or team it serves, a
bar before the year the person joined ("HANNAH OSEI" / "Senior Strength and Conditioning
Coach — Women's XV  |  joined 2021", "▪ JORDAN NG — Senior Performance Analyst (AFL)").
Such a page names its role by no title line: it is the post most cards hold, a seniority
word, the squad and a bracketed note dropped.  One card or two name no role (a head of
department and a deputy are two posts); three cards of one post do.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

# A card's name in capitals, then a dash and the post ("▪ JORDAN NG — Senior X (AFL)").
_NAMED_POST = re.compile(r"^[▪•·*-]?\s*(?:DR\.?\s+)?[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3}"
                         r"\s+[—–·]\s+(?P<post>[A-Z][^|()—–]{2,70})")
# A card's post line with the year the person joined ("X — Women's XV  |  joined 2021").
_JOINED_POST = re.compile(r"^(?P<post>[A-Z][^|()—–]{2,70}?)\s*(?:[—–][^|]{1,40})?"
                          r"\|\s*(?i:joined|since|with\s+us\s+since)\s+(?:in\s+)?\d{4}\b")
def staff_card_line(text: str) -> bool:
    """A staff card's post line with the year its holder joined ("Head of X  |  joined
    2018"): a card of a directory, never the page's title line.

    >>> staff_card_line("Head of Medical Services  |  joined 2018"), staff_card_line("Welder")
    (True, False)
    """
    return "|" in text and _JOINED_POST.match(text) is not None


_LEVEL = re.compile(r"^(?:Senior|Junior|Graduate|Trainee|Assistant|Lead)\s+")
_MIN_CARDS = 3  # cards of one post that make it the page's


def directory_post(rows: Sequence[tuple[int, str]],
                   is_title: Callable[[str], bool]) -> tuple[str, int] | None:
    """The post at least three staff cards of ``rows`` hold (its level word dropped), and the
    first such card's line; None when no post is held so often or it is no title.

    >>> rows = [(1, "ANN LEE — Senior Welder (Yard 2)"), (2, "BO HU — Welder (Yard 1)"),
    ...         (3, "Cy Po"), (4, "Welder — Night shift  |  joined 2022"),
    ...         (5, "DI MO — Head of Welding")]
    >>> directory_post(rows, lambda t: t.endswith("Welder"))
    ('Welder', 1)
    >>> directory_post(rows[:2], lambda t: True) is None
    True
    """
    held: Counter[str] = Counter()
    first: dict[str, int] = {}
    for no, text in rows:
        if "—" not in text and "–" not in text and "|" not in text and "·" not in text:
            continue  # (a card's post line holds a dash or a bar: most lines hold neither)
        found = _NAMED_POST.match(text) or _JOINED_POST.match(text)
        if found is None:
            continue
        post = _LEVEL.sub("", found.group("post").strip())
        held[post] += 1
        first.setdefault(post, no)
    if not held:
        return None
    post, count = held.most_common(1)[0]
    if count < _MIN_CARDS or not is_title(post):
        return None
    return post, first[post]
