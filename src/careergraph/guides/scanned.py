"""A printed page's text as its reader sees it: the damage of a scan's OCR (or of a PDF's text
layer) repaired before lines are read.

A page is a printed one when it shows a running head, a page number printed beside an
upper-case caption with a run of spaces between ("368      OCCUPATIONAL OUTLOOK HANDBOOK",
"CAREERS GUIDE 1983      215"), or two columns of prose that the OCR ran together line by
line.  Then:

- **two columns** printed side by side are read column by column: a block of four or more
  lines whose left and right parts are both prose, the right part starting near one column
  of the page, gives its left parts first and then its right ones (lines printed in one
  column only, and blank lines, belong to the side where they stand);
- **running heads** are no text: the line goes, with the rule lines and blank lines around
  it, and a sentence the page break cut is read on across it;
- **words broken at line ends** ("diesel-elec-" / "tric locomotives") are one word again,
  the broken word's end moved up to its start; the hyphen stays where the page prints the
  hyphened word elsewhere, or prints both halves as words and never the joined one
  ("line-" / "haul": "line-haul");
- **ligatures** ("ﬁ", "ﬂ") are their letters (NFKC), and a pound sign misread as "E" before
  a grouped amount ("E2,480") is "£" where the page prints "£" elsewhere.

Pages without a running head or a column block come back as ``None``.

>>> page = repair_scan("12      FARM CAREERS\\nA herds-\\nman milks the herd.\\nHerdsmen earn E9,000; "
...                    "heads £12,000.")
>>> page.text.splitlines(), page.origin
(['A herdsman', 'milks the herd.', 'Herdsmen earn £9,000; heads £12,000.'], [2, 3, 4])
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Sequence

from careergraph.guides.markup import Rendered

__all__ = ["column_blocks", "repair_scan"]

# A page number beside an upper-case caption, a run of spaces apart, either way round.
_RUNNING_HEAD = re.compile(
    r"^[ \t]*(?:\d{1,4}[ \t]{3,}[A-Z][A-Z0-9 ,&.'’:-]{4,}?|[A-Z][A-Z0-9 ,&.'’:-]{4,}?[ \t]{3,}"
    r"\d{1,4})[ \t]*$", re.MULTILINE)
_RULE = re.compile(r"^[ \t]*[-=_─━]{10,}[ \t]*$")
_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’,.;:()-]*")
_MIN_WORDS = 2  # words on each side of a two-column line
_MIN_LEFT = 15  # characters of a left column
_MIN_ROWS = 4  # two-sided lines that make a column block
_DRIFT = 6  # how far the OCR's spacing lets a right column's start wander
_BROKEN = re.compile(r"(?P<head>[A-Za-z]+)-$")
_TAIL = re.compile(r"^(?P<indent>\s*)(?P<tail>[a-z][a-z'’]*)(?P<rest>[,.;:)]*)(?:\s+|$)")
# A word broken at the end of a line or of a line's left column; the first word of a line or
# of its right column.
_COLUMN_END_BROKEN = re.compile(r"[A-Za-z]+-(?= {3,}\S|\s*$)")
_LINE_START_WORD = re.compile(r"(?:^|(?<= {3}))\s*[a-z]+")
_HYPHENED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")
_LETTERS = re.compile(r"[A-Za-z]+")
_MIN_HALF = 3  # letters of each half of a compound the hyphen is kept in
_POUND_AS_E = re.compile(r"(?<![A-Za-z0-9£$])E(?=\d{1,3}(?:,\d{3})+\b)")
_LIGATURE = re.compile("[\ufb00-\ufb06]")
_SENTENCE_END = (".", "!", "?", ":")
_HEADING_SHARE = 0.6  # a column's line shorter than this share of its width ends a paragraph


def repair_scan(text: str) -> Rendered | None:
    """``text`` with its print and OCR damage repaired (see the module), each line with the
    source line it came from; ``None`` for a page that shows no sign of print."""
    lines = text.split("\n")
    heads = ({no for no, line in enumerate(lines) if _RUNNING_HEAD.match(line)}
             if _RUNNING_HEAD.search(text) else set())
    blocks = column_blocks(lines) if "   " in text else []
    if not heads and not blocks:
        return None
    if _LIGATURE.search(text):  # (after the columns' positions are read)
        lines = [_LIGATURE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), line)
                 for line in lines]
    words = _page_words(lines)
    rows = _heads_dropped(_columns_read(lines, blocks, words), heads)
    rows = _words_joined(rows, words)
    if "£" in text:
        rows = [(no, _POUND_AS_E.sub("£", line)) for no, line in rows]
    return Rendered("\n".join(line for _, line in rows), [no + 1 for no, _ in rows] or [1])


def _split(line: str) -> tuple[str, int, str] | None:
    """``(left, column, right)`` of a line printed in two columns of prose, else ``None``."""
    gaps = list(_GAP.finditer(line))
    if len(gaps) != 1:
        return None
    gap = gaps[0]
    left, right = line[:gap.start()], line[gap.end():]
    if (len(left.strip()) < _MIN_LEFT or len(_WORDS.findall(left)) < _MIN_WORDS
            or len(_WORDS.findall(right)) < _MIN_WORDS or not re.search("[a-z]", left + right)):
        return None
    return left.rstrip(), gap.end(), right.strip()


def column_blocks(lines: Sequence[str]) -> list[tuple[int, int, int]]:
    """The blocks of ``lines`` printed in two columns: ``(first, last, column)`` (indexes,
    the last included, and where the right column starts).

    >>> page = ["Nature of the work", "Welders join metal      Most welders learn",
    ...         "parts with heat and       on the job or at a", "pressure, using arc    technical college,",
    ...         "or gas equipment.       and some train in", "                        the armed forces.", "Pay"]
    >>> column_blocks(page)
    [(0, 5, 24)]
    """
    two = {no: cut for no, line in enumerate(lines) if (cut := _split(line)) is not None}
    blocks: list[tuple[int, int, int]] = []
    no = 0
    while no < len(lines):
        if no not in two:
            no += 1
            continue
        columns = [two[no][1]]
        last = end = no
        while end + 1 < len(lines):
            line = lines[end + 1]
            column = statistics.median(columns)
            cut = two.get(end + 1)
            indent = len(line) - len(line.lstrip())
            if cut is not None and abs(cut[1] - column) <= _DRIFT:
                columns.append(cut[1])
            elif line.strip() and not (  # a line in one column only
                    _left_only(line, column) or abs(indent - column) <= _DRIFT):
                break
            end += 1
            if line.strip() and (cut is not None or indent):
                last = end  # (the block ends at its last line holding a right column)
        if len(columns) >= _MIN_ROWS:
            column = round(statistics.median(columns))
            first = no
            while first > (blocks[-1][1] + 1 if blocks else 0) and _left_only(
                    lines[first - 1], column):
                first -= 1  # (the left column's paragraph begun above the right one)
            blocks.append((first, last, column))
        no = last + 1
    return blocks


def _left_only(line: str, column: float) -> bool:
    """Is ``line`` printed in the left column only (a page's column starting at ``column``)?"""
    return bool(line.strip()) and not line[:1].isspace() and len(
        line.rstrip()) < column - 1 and not _GAP.search(line)


def _columns_read(lines: list[str], blocks: list[tuple[int, int, int]], words: frozenset[str]
                  ) -> list[tuple[int, str]]:
    """``(index, text)`` rows with each column block read column by column."""
    rows: list[tuple[int, str]] = []
    at = 0
    for first, last, column in blocks:
        rows += enumerate(lines[at:first], at)
        left: list[tuple[int, str]] = []
        right: list[tuple[int, str]] = []
        for no in range(first, last + 1):
            line = lines[no]
            cut = _split(line)
            if cut is not None:
                left.append((no, cut[0]))
                right.append((no, cut[2]))
            elif not line.strip():
                left.append((no, ""))
                right.append((no, ""))
            elif len(line) - len(line.lstrip()) >= column - _DRIFT:
                right.append((no, line.strip()))
            else:
                left.append((no, line.rstrip()))
        width = column - _DRIFT
        rows += [*_column_joined(left, width, words), (last, ""),
                 *_column_joined(right, width, words)]
        at = last + 1
    rows += enumerate(lines[at:], at)
    return rows


def _column_joined(rows: list[tuple[int, str]], width: int, words: frozenset[str]
                   ) -> list[tuple[int, str]]:
    """A column's rows with each paragraph's lines as one line (under its first line's number):
    a narrow column wraps every sentence, and a line that stops short without a sentence's
    end is a heading ("Places of Employment"), not a wrap.

    >>> _column_joined([(1, "Pay"), (2, "Welders earn $20 an hour and"), (3, "more.")], 30,
    ...                frozenset())
    [(1, 'Pay'), (2, 'Welders earn $20 an hour and more.')]
    """
    out: list[tuple[int, str]] = []
    joining = False
    for no, line in rows:
        text = line.strip()
        if joining and text:
            head = out[-1]
            out[-1] = (head[0], _mended(head[1].rstrip(), text, words))
        else:
            out.append((no, line))
        last = out[-1][1].rstrip()
        short = len(line.strip()) < width * _HEADING_SHARE
        joining = bool(text) and not last.endswith(_SENTENCE_END) and (
            not short or last.endswith(","))
    return out


def _heads_dropped(rows: list[tuple[int, str]], heads: set[int]) -> list[tuple[int, str]]:
    """``rows`` without running heads, their rule lines and the blank lines around them; a
    blank line stays between paragraphs, none inside a sentence the page break cut."""
    if not heads:
        return rows
    out: list[tuple[int, str]] = []
    dropping = False
    for no, line in rows:
        if no in heads or ((not line.strip() or _RULE.match(line))
                           and _near_head(no, heads)):
            dropping = True
            continue
        if dropping:
            while out and not out[-1][1].strip():
                out.pop()
            if out and (out[-1][1].rstrip().endswith(_SENTENCE_END) or not line.lstrip()[:1].islower()):
                out.append((out[-1][0], ""))
            dropping = False
        out.append((no, line))
    return out


def _near_head(no: int, heads: set[int]) -> bool:
    """Is source line ``no`` (blank or a rule) one of the lines framing a running head?"""
    return any(abs(no - head) <= 2 for head in heads)


def _mended(line: str, after: str, words: frozenset[str]) -> str:
    """``line`` and the line ``after`` it as one, a word broken between them whole again.

    >>> words = frozenset({"line", "haul", "railroads"})
    >>> _mended("for line-", "haul railroads", words), _mended("rail-", "roads run", words)
    ('for line-haul railroads', 'railroads run')
    """
    broken = _BROKEN.search(line)
    tail = _TAIL.match(after) if broken else None
    if broken is None or tail is None:
        return f"{line} {after.strip()}"
    return line[:broken.start()] + _word(broken.group("head"), tail.group("tail"), words) + \
        after[tail.start("tail") + len(tail.group("tail")):]


def _word(head: str, tail: str, words: frozenset[str]) -> str:
    """The word a line's end broke into ``head`` and ``tail``: hyphened where the page prints
    it so, or prints both halves and never the joined word; else joined."""
    joined = head + tail
    keep = f"{head}-{tail}".lower() in words or (
        joined.lower() not in words and min(len(head), len(tail)) >= _MIN_HALF
        and head.lower() in words and tail.lower() in words)
    return f"{head}-{tail}" if keep else joined


def _words_joined(rows: list[tuple[int, str]], words: frozenset[str]) -> list[tuple[int, str]]:
    """``rows`` with each word broken at a line's end whole again on that line."""
    out = list(rows)
    index = 0
    while index < len(out) - 1:
        no, line = out[index]
        broken = _BROKEN.search(line.rstrip())
        tail = _TAIL.match(out[index + 1][1]) if broken else None
        if broken is None or tail is None:
            index += 1
            continue
        word = _word(broken.group("head"), tail.group("tail"), words)
        out[index] = (no, line.rstrip()[:broken.start()] + word + tail.group("rest"))
        rest = out[index + 1][1][tail.end():]
        if rest.strip():
            out[index + 1] = (out[index + 1][0], tail.group("indent") + rest)
        else:
            del out[index + 1]
        index += 1
    return out


def _page_words(lines: list[str]) -> frozenset[str]:
    """The lower-case words (hyphened ones too) the page prints whole: not a word broken at
    a line's (or a column's) end, nor the first word of a line after a broken one."""
    words: set[str] = set()
    broke = False
    for line in lines:
        body = _COLUMN_END_BROKEN.sub(" ", line)
        if broke:
            body = _LINE_START_WORD.sub(" ", body)
        words.update(w.lower() for w in _HYPHENED.findall(body))
        words.update(w.lower() for w in _LETTERS.findall(body))
        broke = _COLUMN_END_BROKEN.search(line) is not None
    return frozenset(words)
