"""(fixes81) The organisation whose own system or site a page was printed from.

An employer's intranet, its HR system's record or its own vacancies page prints the
organisation's name in its first lines, beside the system's marks: "StaffNet — Soar Valley
Community Health NHS Trust   Intranet home | My HR", "UniPeople Self-Service | Tamar Valley
University", "Brightwater Distribution Co. · Tenant: BWD-PROD", "Severnside Learning Trust —
Vacancies   Home  About the Trust".  That organisation employs the role.  The name must read
as a body (it ends on a public body's head word, ``posting_bodies.heads``, or a firm's legal
form) and its line must carry one of the marks of an organisation's own system
(``site_owner.marks`` in ``data/headings.yaml``): a job board's header names its boards and
no employer of its own, and a body named in a menu without such a mark is left alone.

(fixes84) Two more shapes of the same owner.  A public body's own pay register or
transparency page marks itself in its first lines ("Home > Your council > … > Pay and grading
register", "Home | Jobs | Pay Transparency", ``site_owner.register_marks``): the body a header
line names ("Tamebridge Metropolitan Borough Council", "City of Marston Falls, Oregon — Human
Resources") employs the posts it lists.  And an organisation that describes itself as owned by
those who work for it ("X Print Co-operative Ltd is a worker co-operative", "X Care
Cooperative is a worker-owned …", ``site_owner.self_owned``) employs them, when its name also
heads or foots the page (a supplier or a fellow co-operative the page describes does not).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.legal_forms import legal_forms

__all__ = ["site_owner"]

_HEAD_LINES = 3  # the system's header stands among the page's first lines
_FOOT_LINES = 3  # (fixes84) a site's footer stands among its last lines
# Parts of a header line: set apart by a dash, a bar, a middle dot or a wide gap.
_PARTS = re.compile(r"\s+[—–|·•]\s+|\s{3,}|\s+[|·]|[|·]\s+")
_NAME = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:of|and|&|for|[A-Z][\w&'’.-]*)){1,7}")


@cache
def _marks() -> tuple[str, ...]:
    return tuple(word_lists("site_owner").get("marks", ()))


@cache
def _heads() -> frozenset[str]:
    return frozenset(word_lists("posting_bodies").get("heads", ()))


@cache
def _lists(key: str) -> tuple[str, ...]:
    return word_lists("site_owner").get(key, ())


@cache
def _self_owned() -> re.Pattern[str]:
    """A name followed by "is a/an …" and a phrase of ownership by those who work for it."""
    return re.compile(
        rf"({_NAME.pattern})\s+is\s+(?:an?\s+(?:[\w-]+\s+){{0,3}}?)?"
        rf"(?i:{phrase_alternation(_lists('self_owned'))})\b")


def _body(name: str) -> bool:
    """Whether ``name`` reads as an organisation: its last word a public body's head word
    ("Trust", "University") or a firm's legal form ("Co.", "Ltd").

    >>> _body("Tamar Valley University"), _body("Brightwater Distribution Co."), _body("My HR")
    (True, True, False)
    """
    words = name.split()
    if len(words) < 2 or not _NAME.fullmatch(name):
        return False
    if len(words) > 2 and words[0].lower() in _lists("openers") and words[1] == "of":
        return True  # (fixes84) "City of Marston Falls"
    last = words[-1].rstrip(".")
    return (last.lower() in _heads() or last in legal_forms("firm")
            or last.lower() in _lists("coop_heads"))


def _header_bodies(text: str) -> list[str]:
    """The body names among a header line's parts; a part's place after a comma is cut
    ("City of Marston Falls, Oregon": "City of Marston Falls")."""
    names = []
    for part in _PARTS.split(text.strip()):
        part = part.strip()
        head = part.split(",")[0].strip()
        if _body(part):
            names.append(part)
        elif head != part and _body(head):
            names.append(head)
    return names


def site_owner(lines: Sequence[tuple[int, str]]) -> tuple[str, int] | None:
    """The organisation a page's header names as the owner of its system or site, with its
    line; None when no first line holds both such a name and a system's mark.  ``lines``:
    the page's lines as (number, text), in order.

    >>> site_owner([(1, "UniPeople Self-Service | Tamar Valley University   Welcome")])
    ('Tamar Valley University', 1)
    >>> site_owner([(1, "Brightwater Distribution Co. · Tenant: BWD-PROD")])
    ('Brightwater Distribution Co.', 1)
    >>> site_owner([(1, "Jobs Hub — Search   Harton Academy   Sign in")]) is None
    True
    """
    for no, text in lines:
        if no > _HEAD_LINES:
            break
        lowered = text.lower()
        if not any(mark in lowered for mark in _marks()):
            continue
        names = _header_bodies(text)
        if len(names) == 1:  # (two bodies on one line: a menu of others, no owner)
            return names[0], no
    return _register_owner(lines) or _signed_owner(lines) or _self_owner(lines)


_SIGN_LINES = 2  # the signature block's lines after the valediction's


def _signed_owner(lines: Sequence[tuple[int, str]]) -> tuple[str, int] | None:
    """(fixes84) The body that signs a letter to a person ("Dear …" … "Yours sincerely,"
    and a signature naming exactly one body, a department's name after it cut).

    >>> _signed_owner([(1, "Dear Ms Hale,"), (2, "Your appeal was heard."),
    ...                (3, "Yours sincerely,"), (4, "T. Marr, Head of People, Fellside Trust")])
    ('Fellside Trust', 4)
    >>> _signed_owner([(1, "Dear Ms Hale,"), (2, "Yours sincerely, Fellside Trust HR")])
    ('Fellside Trust', 2)
    >>> _signed_owner([(1, "Yours sincerely,"), (2, "Fellside Trust")]) is None  # no letter
    True
    """
    if not any(text.lstrip().startswith("Dear ") for _, text in lines):
        return None
    departments = sorted(_lists("departments"), key=len, reverse=True)
    for at, (no, text) in enumerate(lines):
        lowered = text.lower()
        cue = next((v for v in _lists("valedictions") if v in lowered), None)
        if cue is None:
            continue
        block = [(no, text[lowered.index(cue) + len(cue):])]
        block += [(n, t) for n, t in lines[at + 1:at + 1 + _SIGN_LINES] if t.strip()]
        found: dict[str, int] = {}
        for n, t in block:
            for part in re.split(r",\s+|" + _PARTS.pattern, t.strip(" ,")):
                part = part.strip(" ,.")
                for dept in departments:  # ("Copperdale Schools Trust HR")
                    if part.lower().endswith(" " + dept):
                        part = part[:-len(dept)].rstrip()
                        break
                if _body(part) and not _writes_as_non_employer(part):
                    found.setdefault(part, n)
        if len(found) == 1:
            return next(iter(found.items()))
        return None  # (the letter's first close only)
    return None


@cache
def _non_employer_name() -> re.Pattern[str]:
    words = phrase_alternation(_lists("not_employer_words"))
    shapes = "|".join(f"(?:{shape})" for shape in _lists("not_employer_shapes"))
    return re.compile(rf"\b(?:{words})\b|^(?:{shapes})$", re.IGNORECASE)


def _writes_as_non_employer(name: str) -> bool:
    """(stop 54) A body that writes to a worker without employing them: a regulator, a
    registration or licensing body, a union, a pension scheme (``site_owner``'s
    ``not_employer_words`` and ``not_employer_shapes`` in ``data/headings.yaml``).

    >>> _writes_as_non_employer("Nursing and Midwifery Council")
    True
    >>> _writes_as_non_employer("General Dental Council")
    True
    >>> _writes_as_non_employer("Orwick District Council")
    False
    """
    return bool(_non_employer_name().search(name))


def _register_owner(lines: Sequence[tuple[int, str]]) -> tuple[str, int] | None:
    """(fixes84) The public body whose own pay register or transparency page this is: a
    register's mark in the first lines, and one header line naming exactly one body.

    >>> _register_owner([(1, "Orwick District Council"),
    ...                  (2, "Home > Your council > Pay and grading register")])
    ('Orwick District Council', 1)
    >>> _register_owner([(1, "Orwick District Council"), (2, "Home > Jobs")]) is None
    True
    """
    head = [(no, text) for no, text in lines if no <= _HEAD_LINES]
    if not any(mark in text.lower() for _, text in head for mark in _lists("register_marks")):
        return None
    for no, text in head:
        names = _header_bodies(text)
        if len(names) == 1:
            return names[0], no
        if names:  # (a menu of several bodies names no publisher)
            return None
    return None


def _self_owner(lines: Sequence[tuple[int, str]]) -> tuple[str, int] | None:
    """(fixes84) The organisation that describes itself as owned by those who work for it,
    when its name also stands in the page's header or footer.

    >>> page = [(1, "Kestrel Bakery Co-operative | Home"), (2, ""),
    ...         (3, "Kestrel Bakery Co-operative Ltd is a worker co-operative of 12 bakers.")]
    >>> _self_owner(page)
    ('Kestrel Bakery Co-operative Ltd', 3)
    >>> _self_owner(page[2:]) is None  # (named in its own sentence only)
    True
    >>> _self_owner([(1, "Jobs"), (2, "Kestrel Bakery Co-operative is worker-owned.")]) is None
    True
    """
    if not lines:
        return None
    last = lines[-1][0]
    for no, text in lines:
        if "own" not in text.lower() and "op" not in text.lower():
            continue  # (cheap pre-check: every phrase holds "own" or "op")
        for match in _self_owned().finditer(text):
            name = re.sub(r"^The\s+", "", match.group(1))
            if not _body(name):
                continue
            words = name.split()
            short = " ".join(words[:-1]) if words[-1] in legal_forms("firm") else name
            frame = " ".join(other for at, other in lines if at != no and (
                at <= _HEAD_LINES or at > last - _FOOT_LINES))  # (not the sentence's own)
            if short in frame:
                return name, no
    return None
