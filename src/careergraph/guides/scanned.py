"""A printed page's text as its reader sees it: the marks of print and a scan's OCR repaired
before lines are read.

A page is a printed one when it shows a running head: a page number printed beside an
upper-case caption with a run of spaces between ("368      OCCUPATIONAL OUTLOOK HANDBOOK",
"CAREERS GUIDE 1983      215").  Then:

- **running heads** are no text: the line goes, with the rule lines and blank lines around
  it, and a sentence the page break cut is read on across it;
- a pound sign the OCR misread as "E" before a grouped amount ("E2,480") is "£" where the
  page prints "£" elsewhere.

(Two columns printed side by side are read column by column by
:mod:`careergraph.guides.side_columns`, words broken at line ends mended by
:func:`careergraph.guides.wrap.joined_lines`, ligatures spelt out by
:func:`careergraph.guides.text.guide_lines`: those repairs hold for any page.)

Pages without a running head come back as ``None``.

>>> page = repair_scan("Herdsmen milk the herd and\\n\\n12      FARM CAREERS\\n\\nfeed calves. "
...                    "They earn E9,000; heads £12,000.")
>>> page.text.splitlines(), page.origin
(['Herdsmen milk the herd and', 'feed calves. They earn £9,000; heads £12,000.'], [1, 5])
"""

from __future__ import annotations

import re

from careergraph.guides.markup import Rendered

__all__ = ["repair_scan"]

# A page number beside an upper-case caption, a run of spaces apart, either way round.
_RUNNING_HEAD = re.compile(
    r"^[ \t]*(?:\d{1,4}[ \t]{3,}[A-Z][A-Z0-9 ,&.'’:-]{4,}?|[A-Z][A-Z0-9 ,&.'’:-]{4,}?[ \t]{3,}"
    r"\d{1,4})[ \t]*$")
_RULE = re.compile(r"^[ \t]*[-=_─━]{10,}[ \t]*$")
_FRAME = 2  # lines either side of a running head that may be its rules and blank lines
_POUND_AS_E = re.compile(r"(?<![A-Za-z0-9£$])E(?=\d{1,3}(?:,\d{3})+\b)")
_SENTENCE_END = (".", "!", "?", ":", ";")


def repair_scan(text: str) -> Rendered | None:
    """``text`` with the marks of print repaired (see the module), each line with the source
    line it came from; ``None`` for a page that shows no sign of print."""
    if "   " not in text and "| " not in text:
        return None  # (most pages: no run of spaces or bar at all)
    lines = text.split("\n")
    heads = {no for no, line in enumerate(lines) if _running_head(line)}
    repeated = _repeated_heads(lines)  # (prec13) taken out alone: no paragraph break put in
    if not heads and not repeated:
        return None
    rows = _heads_dropped([(no, line) for no, line in enumerate(lines) if no not in repeated],
                          heads)
    if "£" in text:
        rows = [(no, _POUND_AS_E.sub("£", line)) for no, line in rows]
    return Rendered("\n".join(line for _, line in rows), [no + 1 for no, _ in rows] or [1])


def _running_head(line: str) -> bool:
    """Is ``line`` a running head?  (A figure at one end is tested before the pattern.)"""
    bare = line.strip()
    return bool(bare) and (bare[0].isdigit() or bare[-1].isdigit()) and "   " in bare and (
        _RUNNING_HEAD.match(line) is not None) and _COUNT_COLUMNS.search(bare) is None


# (rules51b) Two figures in columns at a line's end are a table row's counts ("SWIFT    0
# 1" in a resume scanner's keyword table), never a running head's page number.
_COUNT_COLUMNS = re.compile(r"[ \t]{3}\d{1,4}[ \t]{3,}\d{1,4}$")


# (prec13) A running head of any case: a caption and the page's number, parted by a bar or a
# run of spaces ("Appointment of Head of Estates | Candidate Pack      9"); the caption is
# printed again on later pages with another number.
_NUMBERED_HEAD = re.compile(r"^[ \t]*(?:(?P<lead>\d{1,4})(?:[ \t]*\|[ \t]*|[ \t]{3,})"
                            r"(?P<after>\S.*?\|.*?\S)|(?P<before>\S.*?\|.*?\S)"
                            r"(?:[ \t]*\|[ \t]*|[ \t]{3,})(?P<last>\d{1,4}))[ \t]*$")


def _repeated_heads(lines: list[str]) -> set[int]:
    """The lines that are a running head printed on two pages or more: a caption with a bar
    in it and a page number at one end, the same caption with other numbers (a caption in
    capitals is a magazine's head, which :mod:`.headline` reads: left as it is).

    >>> sorted(_repeated_heads(["Pack of Jobs | Guide   2", "Kiln work", "Pack of Jobs | Guide   3",
    ...                         "Pay | 3", "Pay | 3", "BOAT | MAY | 3", "BOAT | MAY | 4"]))
    [0, 2]
    """
    captions: dict[str, list[tuple[int, str]]] = {}
    for no, line in enumerate(lines):
        if "|" in line and (line.rstrip()[-1:].isdigit() or line.lstrip()[:1].isdigit()):
            head = _NUMBERED_HEAD.match(line)
            if head is not None:
                caption = " ".join((head["after"] or head["before"]).split())
                if caption.isupper():
                    continue  # (a magazine's "BOAT & OAR | MAY 2026 | 31": its own readers')
                captions.setdefault(caption, []).append((no, head["lead"] or head["last"]))
    return {no for printed in captions.values() if len({page for _, page in printed}) >= 2
            for no, _ in printed}


def _heads_dropped(rows: list[tuple[int, str]], heads: set[int]) -> list[tuple[int, str]]:
    """``rows`` without running heads, their rule lines and the blank lines around them; a
    blank line stays between paragraphs, none inside a sentence the page break cut."""
    out: list[tuple[int, str]] = []
    dropping = False
    for no, line in rows:
        if no in heads or ((not line.strip() or _RULE.match(line))
                           and any(abs(no - head) <= _FRAME for head in heads)):
            dropping = True
            continue
        if dropping:
            while out and not out[-1][1].strip():
                out.pop()
            if out and (out[-1][1].rstrip().endswith(_SENTENCE_END)
                        or not line.lstrip()[:1].islower()):
                out.append((out[-1][0], ""))
            dropping = False
        out.append((no, line))
    return out
