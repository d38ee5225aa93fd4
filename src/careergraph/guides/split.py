"""Undo scraping damage: lists glued into one word and step numbers glued onto text.

:func:`segment` splits ``"SalesforceServiceNowDatabricksNVIDIAIBM"`` by dynamic programming
over the string.  A piece is either a *known* name (from the lexicon; it must end at a
boundary) or an *unknown* chunk that runs to the next case cut (lowercase→Uppercase or
``)``→Uppercase, never inside a run of capitals such as ``MLOps``), to a separator, or to
where a known name starts glued to it.  The cheapest segmentation has the fewest unknown
chunks, then the fewest unknown characters, then the fewest pieces.  Every step looks at a
bounded number of names starting with the current character, so the work is linear in the
length of the text times the few names sharing a first letter.

>>> [p.text for p in segment("ServiceNowDatabricksNVIDIAIBM", ["ServiceNow", "Databricks",
...                                                        "NVIDIA", "IBM"])]
['ServiceNow', 'Databricks', 'NVIDIA', 'IBM']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import NamedTuple

import ahocorasick

from careergraph.legal_forms import legal_forms

__all__ = ["KnownNames", "Piece", "join_brand_names", "name_pieces", "segment",
           "strip_step_number"]

_SEPARATORS = frozenset(",;|·•\t\n")


class Piece(NamedTuple):
    """One segment of a glued string.

    ``known``: matched a lexicon name.  ``by_case``: an unknown chunk whose start or end was
    cut only by letter case (no separator), so it may be wrong.  (A named tuple: built
    several times faster than a frozen dataclass, and a glued list makes several.)
    """

    text: str
    start: int
    end: int
    known: bool
    by_case: bool = False


def _index(names: Iterable[str]) -> dict[str, list[str]]:
    by_first: dict[str, list[str]] = {}
    for name in dict.fromkeys(n.strip() for n in names):
        if name:
            by_first.setdefault(name[0], []).append(name)
    for group in by_first.values():
        group.sort(key=lambda n: (-len(n), n))
    return by_first


def _ends_at_boundary(text: str, end: int) -> bool:
    # A known name may end at the end, before a capital or digit, before a list separator, or
    # before a space that is followed by a capital.  A space followed by lowercase or "(" means
    # the phrase goes on ("Financial services (fraud…)") and the name is only a prefix.
    if end >= len(text):
        return True
    char = text[end]
    if char.isupper() or char.isdigit() or char in _SEPARATORS:
        return True
    if char == " ":
        # "Amazon Web Services": a capitalised word after a space goes on with the name
        # (glued lists have no spaces between their items).
        rest = text[end:].lstrip(" ")
        return not rest or rest[0] in _SEPARATORS
    return False


def _depths(text: str) -> list[int]:
    """Parenthesis depth before each character (a closing bracket counts as inside)."""
    depths: list[int] = []
    depth = 0
    for char in text:
        if char == "(":
            depth += 1
        depths.append(depth)
        if char == ")":
            depth = max(0, depth - 1)
    depths.append(depth)
    return depths


def _known_at(text: str, start: int, group: list[str]) -> list[int]:
    """Where the names of ``group`` (longest first) that occur at ``start`` end."""
    return [
        start + len(name)
        for name in group
        if text.startswith(name, start) and _ends_at_boundary(text, start + len(name))
    ]


class KnownNames(list[str]):
    """Names for :func:`segment`, indexed once by first character (not on every call).

    Treat it as read-only: the index is taken when it is made.

    >>> names = KnownNames(["IBM", "Intel"])
    >>> names.by_first["I"], [p.text for p in segment("IntelIBM", names)]
    (['Intel', 'IBM'], ['Intel', 'IBM'])
    """

    def __init__(self, names: Iterable[str] = ()) -> None:
        super().__init__(names)
        self.by_first = _index(self)
        # Every name, to find all of them a text holds (overlapping too) in one C pass.
        self.automaton: ahocorasick.Automaton | None = None
        if self.by_first:
            self.automaton = ahocorasick.Automaton()
            for group in self.by_first.values():
                for name in group:
                    self.automaton.add_word(name, len(name))
            self.automaton.make_automaton()

    def ends(self, text: str, depth: list[int] | None) -> dict[int, list[int]]:
        """Where the known names found in ``text`` end, by where they start (longest first):
        names that start outside brackets and end at a boundary, as :func:`_known_at` tests.

        >>> KnownNames(["IBM", "Intel", "Intel Labs"]).ends("Intel LabsIBM", None)
        {0: [10], 10: [13]}
        """
        found: dict[int, list[int]] = {}
        if self.automaton is None:
            return found
        for last, size in self.automaton.iter(text):
            start = last + 1 - size
            if (depth is None or depth[start] == 0) and _ends_at_boundary(text, last + 1):
                found.setdefault(start, []).append(last + 1)
        for ends in found.values():
            if len(ends) > 1:
                ends.sort(reverse=True)
        return found


# A superset of the characters a chunk can stop at: separators and capitals (any non-ASCII
# character might be either); the exact test runs only on these.
_STOP_CANDIDATE = re.compile(r"[A-Z,;|\t\n\u0080-\U0010ffff]")


def segment(text: str, known: Iterable[str] = ()) -> list[Piece]:
    """Split a glued list into pieces, preferring ``known`` names (matched case-sensitively).

    >>> [p.text for p in segment("GoogleAmazonStripeJPMorgan Chase",
    ...                          ["Google", "Amazon", "Stripe", "JPMorgan Chase"])]
    ['Google', 'Amazon', 'Stripe', 'JPMorgan Chase']
    >>> [(p.text, p.by_case) for p in segment("Production MonitoringIncident Management")]
    [('Production Monitoring', True), ('Incident Management', True)]
    """
    size = len(text)
    # Inside parentheses nothing is cut: "(fraud, risk)" belongs to the piece before it.
    depth = _depths(text) if "(" in text else None
    # found[i]: where the known names starting at i end (longest first); most positions
    # start none and are not in it.
    if isinstance(known, KnownNames):
        found = known.ends(text, depth)  # every name the text holds, in one pass
    else:
        names = _index(known)
        found = {}
        for i, char in enumerate(text):
            group = names.get(char)
            if group and (depth is None or depth[i] == 0):
                ends = _known_at(text, i, group)
                if ends:
                    found[i] = ends
    none: list[int] = []

    # Where an unknown chunk may end: before a separator, a case cut (lowercase or ")" before
    # a capital), or a capital after a letter where a known name starts glued on.
    stops: list[int] = []
    for candidate in _STOP_CANDIDATE.finditer(text, 1):
        j = candidate.start()
        if depth is not None and depth[j]:
            continue
        char = text[j]
        if char in _SEPARATORS:
            stops.append(j)
        elif char.isupper():
            before = text[j - 1]
            # (a capital tail is two capitals or more: most capitals skip the test)
            # (a known acronym right after a word's one capital inside a camel-case name is
            # no glued item: "CalSAWS" is one system's name, not "CalS" + "AWS"; a run of
            # capitals before it still is, "XYZNVIDIA")
            if (before.islower() and not (j + 1 < size and text[j + 1].isupper()
                                          and _capital_tail(text, j))
                    and not _inside_form(text, j)) or before == ")" or (
                    before.isalpha() and j in found and not (
                        before.isupper() and text[j + 1:j + 2].isupper()
                        and text[j - 2:j - 1].islower())) or (
                    # (perf62) an acronym before ends in a letter that is no small one
                    before.isalpha() and not before.islower() and _acronym_before(text, j)):
                stops.append(j)

    # The cheapest segmentation is found over the positions a segmentation can reach from
    # the start (a few per piece), not over every character.  moves[i]: None where the
    # character at i is skipped (a space or separator outside brackets), else the end of
    # the unknown chunk starting there and the ends of the known names that do.
    moves: dict[int, tuple[int, list[int]] | None] = {}
    todo = [0]
    while todo:
        i = todo.pop()
        if i >= size or i in moves:
            continue
        char = text[i]
        if (depth is None or depth[i] == 0) and (char.isspace() or char in _SEPARATORS):
            moves[i] = None
            todo.append(i + 1)
            continue
        k = bisect.bisect_right(stops, i)
        stop = stops[k] if k < len(stops) else size
        ends = found.get(i, none)
        moves[i] = (stop, ends)
        todo.append(stop)
        todo.extend(ends)
    # best[i]: cost of segmenting text[i:] (unknown chunks, unknown characters, pieces);
    # choice[i]: (end, known) or None for a skip.
    best: dict[int, tuple[int, int, int]] = {size: (0, 0, 0)}
    choice: dict[int, tuple[int, bool] | None] = {}
    for i in sorted(moves, reverse=True):
        move = moves[i]
        if move is None:
            best[i], choice[i] = best[i + 1], None
            continue
        end, ends = move
        u, c, p = best[end]
        cost = best[i] = (u + 1, c + end - i, p + 1)
        choice[i] = (end, False)
        for end in ends:
            u, c, p = best[end]
            if (u, c, p + 1) < cost:
                cost = best[i] = (u, c, p + 1)
                choice[i] = (end, True)
    parts: list[tuple[str, int, int, bool]] = []
    i = 0
    while i < size:
        step = choice[i]
        if step is None:
            i += 1
            continue
        end, is_known = step
        raw = text[i:end]
        stripped = raw.strip()
        if stripped:
            lead = i + len(raw) - len(raw.lstrip())
            parts.append((stripped, lead, lead + len(stripped), is_known))
        i = end
    # An unknown piece among several is marked when letter case alone cut it.
    if len(parts) == 1:
        part, start, end, is_known = parts[0]
        return [Piece(part, start, end, is_known, False)]
    return [Piece(part, start, end, is_known, not is_known
                  and (_glued(text, start) or _glued(text, end)))
            for part, start, end, is_known in parts]


_ACRONYM = 5  # capitals of an acronym a name may end with ("Meta AI", "NHS", "BBC")
_NEXT_WORD = 4  # lower-case letters that open the name glued after it ("Allen")


def _inside_form(text: str, index: int) -> bool:
    """Whether the capital at ``index`` is inside a legal form written in mixed case
    ("Brandt Logging GmbH": no glued "H").

    >>> _inside_form("Brandt GmbH", 10), _inside_form("AcmeBeta", 4)
    (True, False)
    """
    for form, cut in _MIXED_FORMS:
        start = index - cut
        end = start + len(form)
        if start > 0 and text[start - 1] == " " and text.startswith(form, start) and (
                end == len(text) or not text[end].isalpha()):
            return True
    return False


# Legal forms with a capital after a small letter ("GmbH", "SpA"), and where it is.
_MIXED_FORMS = tuple((form, cut) for form in legal_forms("firm") for cut in range(1, len(form))
                     if form[cut].isupper() and form[cut - 1].islower())


def _acronym_before(text: str, index: int) -> bool:
    """A capitalised word starts at ``index`` glued to a whole word of capitals before it,
    the last word of a name ("Meta AIAllen Institute": "AI" ends one name, "Allen" opens the
    next); a brand's short tail ("Azure MLOps", "SQLite") or a plural ("KPIs") is no cut.

    >>> _acronym_before("Meta AIAllen Institute", 7), _acronym_before("Azure MLOps", 8)
    (True, False)
    """
    # (a short tail is a brand's or a plural's: "MLOps", "SQLite", "KPIs")
    tail = text[index + 1:index + 1 + _NEXT_WORD]
    if len(tail) < _NEXT_WORD or not (tail.isalpha() and tail.islower()):
        return False
    start = index
    # (the walk stops one letter past its limit: a huge glued line stays linear)
    while start > max(0, index - _ACRONYM - 1) and text[start - 1].isalpha():
        start -= 1
    word = text[start:index]
    return 2 <= len(word) <= _ACRONYM and word.isupper() and start > 0 and (
        text[start - 1] == " ")


_SHORT_HEAD = 3  # "App" of "AppExchange"
_LONG_TAIL = 10


_TAIL_HEAD = 5  # lower-case letters a brand may open with before its capital tail
_TAIL_CAPITALS = 3  # "MoCA", "GraphQL", "MySQL"; four capitals are an acronym item ("TaxIFRS")


def _capital_tail(text: str, index: int) -> bool:
    """The capitals at ``index`` end a brand's word ("MoCA", "GraphQL"): a short run of
    them closes the word after a short opening, so no list item starts there.

    >>> _capital_tail("the MoCA test", 6), _capital_tail("Chart ReadingMETAR", 13)
    (True, False)
    """
    # (each walk stops one letter past its limit: a huge glued line stays linear)
    start = index
    while start > max(0, index - _TAIL_HEAD - 1) and text[start - 1].isalpha():
        start -= 1
    end = index
    while end < min(len(text), index + _TAIL_CAPITALS + 1) and text[end].isupper():
        end += 1
    closed = end == len(text) or text[end].isspace() or text[end] in _SEPARATORS or (
        text[end] == ")")
    return closed and 2 <= end - index <= _TAIL_CAPITALS and index - start <= _TAIL_HEAD


def join_brand_names(pieces: list[Piece], second: int = 6) -> list[Piece]:
    """Re-join a CamelCase brand cut by letter case ("Hub" + "Spot" -> "HubSpot").

    Two unknown one-word pieces glued together, the first of at most 5 letters and the
    second of at most ``second`` (6), are one name: list items are rarely that short.  A
    first piece of three letters or fewer ("App" + "Exchange") joins a second of any length
    up to ten: no list item is a bare three-letter capitalised word the lexicon does not know.

    >>> [p.text for p in join_brand_names(segment("HubSpotCrowdStrikeRazorpay"))]
    ['HubSpot', 'CrowdStrike', 'Razorpay']
    >>> [p.text for p in join_brand_names(segment("Data LoaderAppExchangeValidation Rules"))]
    ['Data Loader', 'AppExchange', 'Validation Rules']
    """
    out: list[Piece] = []
    for piece in pieces:
        last = out[-1] if out else None
        if (last is not None and not last.known and not piece.known and last.end == piece.start
                and " " not in last.text and " " not in piece.text
                and len(last.text) <= 5 and last.text.isalpha()
                and (len(piece.text) <= second or (len(last.text) <= _SHORT_HEAD
                                                   and len(piece.text) <= _LONG_TAIL))
                and piece.text.isalpha()) or (
                # (rules48b) "EdTech", "FinTech": an unknown stem of three letters or fewer
                # before a known word of six or fewer is one name, no "Ed" and "Tech"
                last is not None and not last.known and piece.known and last.end == piece.start
                and len(last.text) <= _SHORT_HEAD and last.text[:1].isupper()
                and last.text[1:].islower() and last.text.isalpha()
                and len(piece.text) <= second and piece.text.isalpha()):
            out[-1] = Piece(last.text + piece.text, last.start, piece.end, False, piece.by_case)
        else:
            out.append(piece)
    return out


# (fixes72) One word of letters with capitals inside it ("BlackWaterSmithBrothers"): a firm's
# own spelling, whatever its humps.
_LONE_WORD = re.compile(r"[A-Z][A-Za-z]*[a-z][A-Z][A-Za-z]*")


def name_pieces(text: str, known: Iterable[str] = ()) -> list[Piece]:
    """The names of a list item however glued, as :func:`segment` and
    :func:`join_brand_names` cut them; but one word of letters that holds fewer than two
    ``known`` names is one name, never cut by letter case (a firm's own spelling is no glued
    list, whichever word of it the lexicon knows; "GoogleAmazon", two known names glued, still
    is).

    >>> [p.text for p in name_pieces("BlackWaterSmithBrothers")]
    ['BlackWaterSmithBrothers']
    >>> [p.text for p in name_pieces("GoogleAmazon", ["Google", "Amazon"])]
    ['Google', 'Amazon']
    """
    pieces = join_brand_names(segment(text, known))
    if (len(pieces) > 1 and sum(piece.known for piece in pieces) < 2
            and _LONE_WORD.fullmatch(text.strip())):
        start = len(text) - len(text.lstrip())
        return [Piece(text.strip(), start, start + len(text.strip()), False, False)]
    if len(pieces) > 1:
        pieces = _brand_words(text, pieces)
    return pieces


def _brand_words(text: str, pieces: list[Piece]) -> list[Piece]:
    """(prec14) A word cut by letter case alone where it starts ("NorthStar", "SoundWise"),
    neither side a known name, is a firm's own spelling, not two names glued, when the text
    is no glued list: its writer parted the names by commas (the left piece one word), or
    the left piece is prose ("private clinics such as SoundWise Hearing"): the two pieces
    are one.

    >>> [p.text for p in name_pieces("Mayo Clinic, NorthStar Anesthesia, BlueWave Dental")]
    ['Mayo Clinic', 'NorthStar Anesthesia', 'BlueWave Dental']
    >>> [p.text for p in name_pieces("Harbour HealthMayo Clinic, Tern Labs")]
    ['Harbour Health', 'Mayo Clinic', 'Tern Labs']
    >>> [p.text for p in name_pieces("and private clinics such as SoundWise Hearing.")]
    ['and private clinics such as SoundWise Hearing.']
    """
    listed = ", " in text
    joined: list[Piece] = []
    for piece in pieces:
        before = joined[-1] if joined else None
        if before is None or before.end != piece.start or not (
                before.by_case and piece.by_case) or before.known or piece.known or not (
                text[piece.start - 1:piece.start].islower()):
            joined.append(piece)
            continue
        head = before.text.rsplit(" ", 1)
        word_start = before.end - len(head[-1])
        opens = word_start == 0 or text[word_start - 1].isspace() or (
            text[word_start - 1] in _SEPARATORS)
        prose = len(head) == 2 and any(w.islower() for w in head[0].split()[-3:])
        if opens and head[-1][:1].isupper() and ((listed and len(head) == 1) or prose):
            joined[-1] = Piece(text[before.start:piece.end], before.start, piece.end, False,
                               True)
            continue
        joined.append(piece)
    return joined


def _glued(text: str, index: int) -> bool:
    """True when positions index-1 and index touch with no separator or space between."""
    if index <= 0 or index >= len(text):
        return False
    return not (
        text[index - 1].isspace()
        or text[index - 1] in _SEPARATORS
        or text[index].isspace()
        or text[index] in _SEPARATORS
    )


def strip_step_number(text: str, expected: int) -> tuple[str, bool]:
    """Remove the next step's number glued onto the end of a step ("…teams2").

    Only a number glued to the text (no space before it) and equal to ``expected`` is removed,
    so "Reduce latency by 20" and "Upgrade to Python 3" keep their numbers.

    >>> strip_step_number("standardizes monitoring across teams2", 2)
    ('standardizes monitoring across teams', True)
    >>> strip_step_number("Upgrade to Python 3", 3)
    ('Upgrade to Python 3', False)
    >>> strip_step_number("Raise uptime to 99", 3)
    ('Raise uptime to 99', False)
    """
    digits = len(text) - len(text.rstrip("0123456789"))
    if digits == 0 or digits == len(text) or digits > 3:
        return text, False
    head, number = text[:-digits], text[-digits:]
    if head[-1].isspace() or head[-1].isdigit() or int(number) != expected:
        return text, False
    return head.rstrip(), True
