"""Strips of titles each with its own figure: a row of latest jobs, a ladder's rungs.

Agencies and job boards print their latest postings in a row set apart by pipes ("Latest
jobs: Live-in Valet, Perthshire, £44k | Valet, Edinburgh, £41k | Couple (Valet & Cook), Fife,
£82k joint").  Each cell is a posting of its own: its figure belongs to its title, never to
the title of another cell.  A posting of the role under its terms of work ("Live-in Valet",
"Part-time Valet") is the role's; a couple's post, or a figure paid "joint" or "combined", is
the pay of two people, no figure of either (:func:`strip_postings`).

>>> strip_postings(["Latest jobs: Live-in Valet, Perthshire, £44k", "Valet, Edinburgh, £41k",
...                 "Couple (Valet & Cook), Fife, £82k joint"])
[('Live-in Valet', 'Perthshire', '£44k'), ('Valet', 'Edinburgh', '£41k'), None]
>>> strip_postings(["Grade 3 | £22,000"]) is None
True
>>> own_posting("Live-in Valet", "Valet"), own_posting("Head Valet", "Valet")
(True, False)

A ladder printed with each rung's grade and pay in a bracket ("Porter (Band 2) → Senior
Porter (Band 3, £24,071 – £25,674) → Theatre Support Worker (Band 4, £26,530 – £29,114)"):
each bracket's figures are its own rung's (:func:`rung_brackets`).

>>> rung_brackets("Porter (Band 2) → Support Worker (Band 4, £26,530 – £29,114).")
[('Support Worker', 'Band 4, £26,530 – £29,114')]
>>> rung_brackets("Porter → Support Worker → Supervisor") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careergraph.guides.amounts import find_money

__all__ = ["dot_strip", "own_posting", "rung_brackets", "strip_postings"]

_MIN_CELLS = 2
# A cell "Title, Place, £figure": a capitalised title of up to six words, a place, a figure.
_POSTING = re.compile(r"^(?:[^:|]{0,40}:\s*)?(?P<title>[A-Z][\w&'’()/ -]{1,60}?),\s*"
                      r"(?P<place>[A-Z][\w'’ .-]{1,40}),\s*(?P<pay>[^,]*\d[^,]*)$")
# Two people paid together: a couple's post, a joint or combined figure.
_JOINT = re.compile(r"\b(?:joint|combined|for (?:the|both)|per couple)\b|^couple\b",
                    re.IGNORECASE)
# The terms of work before a posting's title: "Live-in Valet", "Part-time Valet".
_TERMS = re.compile(r"^(?:live-in|live-out|part-time|full-time|temporary|temp|permanent|"
                    r"maternity cover|relief|weekend|daily|rota|seasonal|travelling)\s+",
                    re.IGNORECASE)


# (rules49b) A cell parted by middle dots: "Title · Place · figure" or "Title · figure ·
# Status" (a board's similar live postings, an employer's other jobs), or a cell with no
# figure ("Parts Runner · Draft", one cut off: "Veterinary Assistant · Dartm").
_DOT_CELL = re.compile(r"^(?:[^:|·]{0,60}:\s*)?(?P<title>[A-Z][\w&'’()/ -]{1,60}?)"
                       r"(?P<parts>(?:\s·\s[^·|]{1,40}){1,3})$")
_PLACE_PART = re.compile(r"[A-Z][\w'’ .-]{1,40}")


def _dot_postings(cells: Sequence[str]) -> list[tuple[str, str, str] | None] | None:
    """``(title, place, pay)`` of each dot-parted cell of a strip (None for a cell with no
    whole figure), or None unless every cell is dot-parted and one has a figure."""
    found: list[tuple[str, str, str] | None] = []
    for cell in cells:
        posting = _DOT_CELL.match(cell.strip())
        if posting is None or any(char.isdigit() for char in posting.group("title")):
            return None
        parts = [part.strip() for part in posting.group("parts").split(" · ") if part.strip()]
        priced = [at for at, part in enumerate(parts) if find_money(part) is not None]
        if not priced:
            found.append(None)
            continue
        place = parts[0] if priced[0] == 1 and _PLACE_PART.fullmatch(parts[0]) else ""
        title = posting.group("title").strip()
        found.append(None if _JOINT.search(title) or _JOINT.search(parts[priced[0]]) else (
            title, place, parts[priced[0]]))
    return found if any(found) else None


def dot_strip(line: str) -> bool:
    """``line`` is a strip of dot-parted postings set apart by bars, one with a figure at
    least ("A · Bedford · $19/hr  |  B · Draft").

    >>> dot_strip("Jobs: Welder · Leeds · £14/hr | Fitter · Draft | Porter · Closed")
    True
    >>> dot_strip("Pay: £14/hr · Leeds | Apply now | Share")
    False
    """
    return _dot_postings([cell.strip() for cell in line.split("|")]) is not None


def strip_postings(cells: Sequence[str]) -> list[tuple[str, str, str] | None] | None:
    """``(title, place, pay)`` of each posting of a strip (None for a couple's or a joint
    post), or None when the cells are no strip of postings (each must read "Title, Place,
    figure", two cells at least; or each "Title · Place · figure", "Title · figure · Status"
    or a dot-parted cell with no figure, which gives none).

    >>> strip_postings(["Others: Parts Clerk · $18 an hour · Active", "Driver · Draft"])
    [('Parts Clerk', '', '$18 an hour'), None]
    >>> strip_postings(["Welder · Leeds · £14/hr", "Fitter · Le"])
    [('Welder', 'Leeds', '£14/hr'), None]
    """
    if len(cells) < _MIN_CELLS:
        return None
    if all(" · " in cell for cell in cells):
        return _dot_postings(cells)
    found: list[tuple[str, str, str] | None] = []
    for cell in cells:
        posting = _POSTING.match(cell.strip())
        if posting is None or find_money(posting.group("pay")) is None:
            return None
        title, place, pay = (posting.group(k).strip() for k in ("title", "place", "pay"))
        found.append(None if _JOINT.search(title) or _JOINT.search(pay) else (
            title, place, pay))
    return found


def own_posting(title: str, role: str) -> bool:
    """A posting of ``role`` itself, perhaps under its terms of work ("Live-in Valet")."""
    return _TERMS.sub("", title).strip().lower() == role.strip().lower()


# A short run-in label opening a line ("Next step:", "Career path:"), its colon and spaces.
_LEAD_LABEL = re.compile(r"^\s*[A-Z][A-Za-z'’ -]{1,30}:\s+(?=[A-Z])")
_RUNG = re.compile(r"^\s*(?P<title>[A-Z][^()→]{1,60}?)\s*\((?P<note>[^()]{1,120})\)\s*[.;]?\s*$")
# (fresh50) A rung's trailing word for a post ("→ Year-round Farm Hand job ($42,000/yr)"): no
# part of its title.
_POST_WORD_TAIL = re.compile(r"(?<=[A-Za-z])\s+(?:job|role|position|post)$")


def rung_brackets(text: str) -> list[tuple[str, str]] | None:
    """``(title, bracket)`` of each rung of an arrow ladder whose bracket holds a figure, or
    None unless every rung is a title, perhaps with its bracket, and one bracket at least
    holds a figure."""
    # ((rules53b) or spaced ">" between three rungs or more: a position description's
    # "Career ladder: X I (Grade 105, $…) > X II > X Supervisor (Grade 112, $…)")
    parts = text.split("→") if "→" in text or text.count(" > ") < _MIN_CELLS else (
        text.split(" > "))
    if len(parts) < _MIN_CELLS:
        return None
    # (fixes83) "Next step:   Senior X (Grade 6, £…) → …": a run-in label before the first
    # rung is no part of its title
    parts[0] = _LEAD_LABEL.sub("", parts[0], count=1)
    if ". " in parts[0] and (start := _LAST_SENTENCE.search(parts[0])) is not None and not any(
            char.isdigit() for char in parts[0][: start.start(1)]):
        # (fresh60) "Most stay. Window collector → head of the line (from 1 900 EUR per
        # month)": the ladder opens the line's last sentence (a sentence before it with a
        # figure is left to the line's own reading)
        parts[0] = parts[0][start.start(1):]
    after = _SENTENCE_AFTER.search(parts[-1]) if ")." in parts[-1] else None
    if after is not None and not any(c.isdigit() for c in after.group(1)):
        # (fresh60) "… → Maintenance manager ($131,000 – $153,000). A couple of ours moved
        # across to …": a sentence after the last rung's bracket, with no figure, ends the
        # ladder (one with a figure is left to the line's own reading)
        parts[-1] = parts[-1][: after.start() + 1]
    found: list[tuple[str, str]] = []
    for index, part in enumerate(parts):
        # (fresh60) a rung after an arrow may be in lower case ("→ head of the line (from
        # 1 900 EUR per month)"): the arrow marks it a rung
        rung = _RUNG.match(part) or (_LOWER_RUNG.match(part) if index else None)
        if rung is None:
            if "(" in part or not part.strip()[:1].isupper() or len(part.split()) > _RUNG_WORDS:
                return None
            continue
        if find_money(rung.group("note")) is not None:
            found.append((_POST_WORD_TAIL.sub("", rung.group("title").strip()),
                          rung.group("note").strip()))
    return found or None


_LOWER_RUNG = re.compile(r"^\s*(?P<title>[a-z][a-z'’-]*(?:\s[a-z][a-z'’-]*){0,5}?)\s*"
                         r"\((?P<note>[^()]{1,120})\)\s*[.;]?\s*$")
# (fresh60) The last sentence of a line: after a full stop, a capital and no more stops.
_LAST_SENTENCE = re.compile(r"\.\s+([A-Z][^.]*)$")
_SENTENCE_AFTER = re.compile(r"\)\.\s+([A-Z][^()]*)$")
_RUNG_WORDS = 8  # a rung printed bare is a title of this many words at most
