"""A job posting's title confirmed by its own "As a X at Firm" or "looking for a X to" sentence.

A posting whose title word the lexicon does not know ("STREET MAKER I (M/F/X) — DEVENTER",
translated from Dutch) still names its post twice: in its title line, in capitals or title
case, and in the sentence that addresses the reader in the post ("As a street maker I at Van
Wijhe you lay …").  The two together name the role, whatever its head word; either alone
("as a team at Acme", a heading) names none.  The grade after the title ("I", "II", "B") is
the role at that grade, no part of its name.

(fixes93) A posting's sentence seeking the post ("We are looking for a data entry keyer to
join our team") names it as well, when the title's last word names a worker ("keyer",
"loader": :func:`~careergraph.guides.roles.practitioner_noun`,
:func:`~careergraph.guides.roles.trade_noun`); "looking for a data entry software to …" on a
page titled so names no post.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.roles import practitioner_noun, title_case, trade_noun

# "As a street maker I at Van Wijhe", "As an infra technician at Gemeente Ede": the post in
# lower case (a grade after it), then the employer's capitalised name.
_FRAME = re.compile(r"\b[Aa]s an?\s+(?P<title>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,3})"
                    r"(?:\s+(?P<grade>[IVX]{1,3}|[A-D]))?\s+at\s+[A-Z]")


@lru_cache(maxsize=1)
def _seeking() -> re.Pattern[str]:
    """(fixes93) "looking for a data entry keyer to join", "seeking an experienced kiln loader
    who …": a seeking phrase of ``posting_frame: seekers`` (``data/headings.yaml``), the post
    in lower case, then what the sentence asks of it ("to", "who", "for our", "at Firm", or
    the sentence's end)."""
    words = word_lists("posting_frame")
    seekers = phrase_alternation(words.get("seekers", ()))
    qualities = phrase_alternation(words.get("qualities", ()))
    return re.compile(rf"\b(?:{seekers})\s+an?\s+(?:(?:{qualities})\s+)?"
                      r"(?P<title>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,3}?)(?:\s+(?P<grade>[IVX]{1,3}))?(?=\s+(?:to|who|for\s+(?:our|the)|"
                      r"at\s+[A-Z])\b|[.,!]\s|[.!]?$)")


_TITLE_ROWS = 12  # a posting's title line sits at the top of the page
_FRAME_ROWS = 80  # and its "As a …" sentence in its first sections
# The title line's rest after the title: a grade, a separator, a place or hours.
_AFTER_TITLE = re.compile(r"(?:\s+(?:[IVX]{1,3}|[A-D]))?(?:\s*(?:[—–|:,(-]|$))")


def framed_posting_title(rows: Sequence[tuple[int, str]],
                         thing: Callable[[Sequence[str]], bool] = lambda _: False,
                         ) -> tuple[str, int] | None:
    """The role a posting names in its title line and again in an "As a X at Firm"
    sentence, and the title line's number; None when the two do not agree.  ``thing(words)``
    (fixes93): the lexicon reads the title's words as a thing, no post ("Data Collector",
    whose head names a post only after listed words); a seeking sentence's title must not
    be one.

    >>> framed_posting_title([(1, "DYKE WARDEN II — KAMPEN"), (3, "About the job"),
    ...                       (4, "As a dyke warden II at Waterschap Oost you patrol.")])
    ('Dyke Warden', 1)
    >>> framed_posting_title([(1, "Welcome"), (4, "As a team at Acme we build.")]) is None
    True
    >>> framed_posting_title([(1, "Tile Sorter – Harl Works, Dock Road"),
    ...                       (3, "We are looking for a tile sorter to join us.")])
    ('Tile Sorter', 1)
    """
    for _, text in rows[:_FRAME_ROWS]:
        for match in _FRAME.finditer(text):
            title = " ".join(match.group("title").split())
            found = _title_line(rows, title)
            if found is not None:
                return title_case(title), found
        sought = _seeking().finditer(text) if " a" in text else iter(())
        for match in sought:
            title = " ".join(match.group("title").split())
            head = title.rsplit(" ", 1)[-1]
            if not (practitioner_noun(head) or trade_noun(head)) or thing(
                    title_case(title).split()):
                continue  # ("looking for a new challenge"): no worker named
            found = _title_line(rows, title, dashed=True)
            if found is not None:
                return title_case(title), found
    return None


def _title_line(rows: Sequence[tuple[int, str]], title: str, *, dashed: bool = False
                ) -> int | None:
    """The number of a top line that opens with ``title`` (any letter case) and holds
    nothing else but a grade, a place or terms after a separator; None if no line does.
    ``dashed`` (fixes93): the line prints the title capitalised, a dash or a bar then the
    firm ("Tile Sorter – Harl Works"), or alone."""
    for no, text in rows[:_TITLE_ROWS]:
        line = " ".join(text.split())
        if not (line.lower().startswith(title) and _AFTER_TITLE.match(line[len(title):])):
            continue
        if not dashed or (_TITLED.fullmatch(line[:len(title)]) and _DASHED_REST.match(
                line[len(title):])):
            return no
    return None


# (fixes93) A title line's title, each word capitalised, and its rest: nothing, or a dash or
# a bar then more ("Tile Sorter – Harl Works, Dock Road").
_TITLED = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_DASHED_REST = re.compile(r"\s*(?:$|[—–|-]\s)")
