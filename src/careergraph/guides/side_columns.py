"""Two text columns run side by side, read one after the other.

A printed sheet turned to text (a careers-fair handout, a brochure's PDF) gives its two
columns line by line: "Who we are          What you will do" / "Acme runs 22 sites   - Set
up the machines" / ….  Read as lines, each line glues half a sentence of one column to
half of the other, and neither column's heading owns its items.  A block opens with a line
of two short headings set apart by a wide gap (four spaces or more); each following line
whose text resumes near the second heading's column after two spaces or more is cut there.
The block ends at the last such line (a run of more than ``_GAP_LINES`` lines without a
right-hand part ends it earlier).  A scanned book's columns have no such headings: there a
block is four or more lines whose parts left and right of one run of spaces are both prose,
the right part starting near one column (the OCR's spacing lets it wander a little), with
the lines between them printed in one column only (:func:`prose_blocks`).  The left
column's lines come first, then the right column's, each keeping the number of the line it
was printed on; a sentence the column's width broke is joined again under its first line's
number, a word it broke mended by the page's own words
(:func:`careergraph.guides.wrap.joined_lines`).

>>> from careergraph.guides.text import Line
>>> lines = [Line(1, "Who we are           What you will do"),
...          Line(2, "Acme runs 22 sites   - Set up machines"),
...          Line(3, "in the region.       - Test the water"),
...          Line(4, "Pay")]
>>> [(x.no, x.text) for x in side_by_side(lines)]  # doctest: +NORMALIZE_WHITESPACE
[(1, 'Who we are'), (2, 'Acme runs 22 sites in the region.'), (1, 'What you will do'),
 (2, '- Set up machines'), (3, '- Test the water'), (4, 'Pay')]
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence

from careergraph.guides.text import Line
from careergraph.guides.wrap import joined_lines, whole_words

__all__ = ["picture_column", "prose_blocks", "side_by_side"]

_ARROW_ROW = re.compile(r"\S\s{2,}(?:➜|→|⇒|=>|->)\s+\S")

# Two short headings apart ("Who we are          What you will do"): up to five words each.
_HEADER = re.compile(r"^(\S+(?: \S+){0,4}) {4,}(\S+(?: \S+){0,4})$")
_FIGURE = re.compile(r"\d")
_WORDLESS = re.compile(r"[^A-Za-z]*[A-Za-z]?[^A-Za-z]*")  # no word of two letters
_SLACK = 3  # how far a right-hand line may start from its heading's column
_GAP_LINES = 3  # lines with no right-hand part a block may hold in a row
_MIN_ROWS = 2  # right-hand lines (the heading's aside) that make a block


def _right_start(text: str, column: int) -> int | None:
    """Where ``text``'s right-hand part starts: a non-space near ``column`` after two spaces
    or more (None when the line has no right-hand part)."""
    for start in range(max(2, column - _SLACK), min(len(text), column + _SLACK + 1)):
        if text[start] != " " and text[start - 2 : start] == "  ":
            return start
    return None


def _runs_on(before: str, text: str, width: int = 0) -> bool:
    """Whether a column's line ``text`` goes on with the line ``before`` it (the column's
    width broke the sentence): it opens in lower case, ``before`` ends with a comma, a
    joining word or a word broken by a hyphen, leaves a bracket open, or ``text`` is
    indented deeper."""
    lead, prior = len(text) - len(text.lstrip()), len(before) - len(before.lstrip())
    if width and before.strip() and text.strip() and not before.rstrip().endswith(
            _SENTENCE_END) and len(before.strip()) >= width * _FULL_SHARE:
        return True  # (prose: a full line with no sentence's end runs on; a short one heads)
    return bool(text.strip()) and bool(before.strip()) and (
        text.lstrip()[:1].islower() or before.rstrip().endswith(",")
        or before.count("(") > before.count(")") or 0 < prior < lead
        or _BROKEN.search(before) is not None or _JOINING.search(before) is not None)


_BROKEN = re.compile(r"[a-z]-$")  # "treat-" / "ing more than …": a word broken at the edge
# A line ending in a word that needs more ("Insurance companies and the" / "Workers' …").
_JOINING = re.compile(r"\s(?:and|or|the|of|&)$")  # ("looking for" ends a heading)


def _rejoined(column: list[Line], words: frozenset[str] = frozenset(), width: int = 0
              ) -> list[Line]:
    """A column's lines with each sentence the column's width broke joined again, under its
    first line's number ("Set up and prime haemodialysis" / "machines before each shift");
    a broken word is mended by the page's ``words`` (:func:`careergraph.guides.wrap.joined_lines`);
    ``width``: a prose column's, whose full lines run on."""
    out: list[Line] = []
    for line in column:
        if not line.text.strip() and out and not out[-1].text.strip():
            continue  # (one blank line where the other column went on)
        if out and _runs_on(out[-1].text, line.text, width):
            before = out[-1].text.rstrip()
            text = joined_lines(before, line.text.strip(), words) if _BROKEN.search(
                before) else f"{before} {line.text.strip()}"
            out[-1] = Line(out[-1].no, text)
        else:
            out.append(line)
    return out


_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’,.;:()-]*")
_PROSE_WORDS = 3  # words on each side of a prose block's two-column line
_PROSE_SIDE = 15  # characters of each side
_PROSE_ROWS = 4  # two-sided lines that make a prose block
_DRIFT = 6  # how far a scanned right column's start wanders
_FULL_SHARE = 0.6  # a prose column's line this full, without a sentence's end, runs on
_SENTENCE_END = (".", "!", "?", ":")


def _split(text: str, *, strict: bool = True) -> tuple[str, int, str] | None:
    """``(left, column, right)`` of a line printed in two columns, else ``None``; ``strict``:
    both sides are prose, as a block's typical line is (no table cells, no button or figure
    beside a title); else a word or more each side will do (a paragraph's last line beside
    the other column)."""
    gaps = list(_GAP.finditer(text))
    if len(gaps) != 1 or "|" in text:
        return None
    gap = gaps[0]
    left, right = text[:gap.start()], text[gap.end():]
    if not strict:
        return (left.rstrip(), gap.end(), right.strip()) if (
            _WORDS.search(left) and _WORDS.search(right)) else None
    if (min(len(left.strip()), len(right.strip())) < _PROSE_SIDE
            or min(len(_WORDS.findall(left)), len(_WORDS.findall(right))) < _PROSE_WORDS
            or not re.search("[a-z]", left) or not re.search("[a-z]", right)):
        return None
    return left.rstrip(), gap.end(), right.strip()


def _left_only(text: str, column: float) -> bool:
    """Is ``text`` printed in the left column only (a page's column starting at ``column``)?"""
    # (a ligature the OCR read, "ﬂ", is two letters here: a full line may pass the column)
    return bool(text.strip()) and not text[:1].isspace() and len(
        text.rstrip()) < column + _DRIFT and not _GAP.search(text)


def _at_column(cut: tuple[str, int, str] | None, column: float) -> bool:
    return cut is not None and abs(cut[1] - column) <= _DRIFT


def prose_blocks(texts: Sequence[str]) -> list[tuple[int, int, int]]:
    """The blocks of ``texts`` (a page's lines) printed as two columns of prose: ``(first,
    last, column)``, indexes (the last included) and where the right column starts.

    >>> page = ["Nature of the work", "Welders join metal parts     Most welders learn the",
    ...         "together with heat and       trade on the job or at a",
    ...         "pressure, using arc or      a technical college,",
    ...         "gas equipment and rods.      and some train in the",
    ...         "                             armed forces.", "Pay"]
    >>> prose_blocks(page)
    [(0, 5, 29)]
    """
    two = {no: cut for no, text in enumerate(texts) if (cut := _split(text)) is not None}
    blocks: list[tuple[int, int, int]] = []
    no = 0
    while no < len(texts):
        if no not in two:
            no += 1
            continue
        columns = [two[no][1]]
        last = end = no
        while end + 1 < len(texts):
            text = texts[end + 1]
            column = statistics.median(columns)
            cut = two.get(end + 1)
            loose = cut or _split(text, strict=False)
            indent = len(text) - len(text.lstrip())
            if _at_column(loose, column):
                if cut is not None:
                    columns.append(cut[1])
            elif text.strip() and not (  # a line in one column only
                    _left_only(text, column) or abs(indent - column) <= _DRIFT):
                break
            end += 1
            if text.strip() and (loose is not None or indent):
                last = end  # (the block ends at its last line holding a right column)
        if len(columns) >= _PROSE_ROWS:
            at = round(statistics.median(columns))  # (an int: not the float `column`)
            first = no
            while first > (blocks[-1][1] + 1 if blocks else 0) and (
                    _left_only(texts[first - 1], at)
                    or _at_column(_split(texts[first - 1], strict=False), at)):
                first -= 1  # (the left column's paragraph begun above the right one, a
                # heading beside it)
            blocks.append((first, last, at))
        no = last + 1
    return blocks


def _prose_cuts(lines: Sequence[Line], first: int, last: int, column: int
                ) -> list[tuple[int, int | None]]:
    """Where each line of a prose block is cut: its right column's start, else None."""
    cuts: list[tuple[int, int | None]] = []
    for at in range(first, last + 1):
        text = lines[at].text
        cut = _split(text, strict=False)
        indent = len(text) - len(text.lstrip())
        cuts.append((at, cut[1] if cut is not None else (
            indent if text.strip() and indent >= column - _DRIFT else None)))
    return cuts


def _headings(text: str) -> bool:
    """Is ``text`` two short headings side by side (not a sentence's start beside one)?"""
    header = _HEADER.match(text.rstrip())
    return header is not None and _OPEN_END.search(header.group(1)) is None


# A line's last word that needs more after it: a sentence's start, not a heading.
_OPEN_END = re.compile(r"\s(?:and|or|the|of|&|with|to|in|an?|for|on|by|at|from|as)$",
                       re.IGNORECASE)


# (rules54b) A form's field: a short label, its colon, a value ("Hourly rate: $29.47").
_FIELD_LINE = re.compile(r"[A-Z][\w /#&().'’-]{1,30}:\s*\S")
_FIELD_SHARE = 0.6  # a column this full of fields is a form's, no prose
_FIELD_ROWS = 4


def _field_columns(column: list[Line]) -> bool:
    """(rules54b) ``column`` is mostly a form's fields, one a line (a personnel action form's
    "CURRENT POSITION" column of "Job title: …", "Range / Step: …", "Hourly rate: …")."""
    texts = [line.text.strip() for line in column if line.text.strip()]
    fields = sum(1 for text in texts if _FIELD_LINE.match(text))
    return fields >= _FIELD_ROWS and fields >= _FIELD_SHARE * len(texts)


def _fields_apart(left: list[Line], right: list[Line]) -> list[Line] | None:
    """(rules54b) Two columns of a form's fields, each field a line of its own (left column
    first), or None when either column is not mostly fields."""
    if not (_field_columns(left) and _field_columns(right)):
        return None
    return [line for line in (*left, *right) if line.text.strip()]


def _sides(lines: Sequence[Line], cuts: list[tuple[int, int | None]]
           ) -> tuple[list[Line], list[Line]]:
    """A block's left and right columns, by where each of its lines is cut (``None``: the
    line is the left column's only)."""
    left = [Line(lines[at].no, lines[at].text[:start].rstrip() if start is not None
                 else lines[at].text.rstrip()) for at, start in cuts]
    right = [Line(lines[at].no, lines[at].text[start:].strip())
             for at, start in cuts if start is not None]
    return left, right


# A picture's or an icon's description printed in a column left of the text ("[icon: tree]
# A parks worker looks after …", an easy-read booklet's picture column).
_PICTURE_CELL = re.compile(r"^\[(?:icon|picture|image|photo|symbol):[^\]]{1,60}\](?= {2,}\S)",
                           re.IGNORECASE)


def picture_column(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with a left-hand column of picture descriptions blanked (spaces, so that the
    text keeps its column): the pictures are no second column of text.

    >>> picture_column([Line(1, "[icon: tree]   A worker looks after"), Line(2, "  parks.")])[0]
    Line(no=1, text='               A worker looks after')
    """
    if not any(line.text.startswith("[") for line in lines):
        return list(lines)
    return [Line(line.no, " " * len(cell.group()) + line.text[cell.end():])
            if (cell := _PICTURE_CELL.match(line.text)) else line for line in lines]


def _pipe_row(text: str) -> bool:
    """A table's row printed between pipes ("| Skill      | Sampling |"): its padding is
    no gap between two columns of a sheet."""
    bare = text.strip()
    return bare[:1] == "|" and bare[-1:] == "|" and bare.count("|") >= 3


def side_by_side(lines: Sequence[Line], keep: frozenset[int] = frozenset()) -> list[Line]:
    """``lines`` with each block of two side-by-side columns read column by column (see the
    module docstring); the lines themselves when there is none.  Lines numbered in ``keep``
    (a position card's "Label<spaces>Value" fields) are no columns and end a block."""
    if not any("   " in line.text for line in lines):
        return list(lines)  # (most pages: no wide gap at all)
    prose = {first: (last, column) for first, last, column in prose_blocks(
        [line.text for line in lines])}
    # (the page's own words mend the words a column broke: read once, for a page with a block)
    words = whole_words([line.text for line in lines]) if prose else frozenset[str]()
    out: list[Line] = []
    index = 0
    while index < len(lines):
        if lines[index].no in keep or _ARROW_ROW.search(lines[index].text) or _pipe_row(
                lines[index].text):  # ("| Skill    | Sampling |": a table's row, its cells)
            # ("Ran PMCS on gensets      ➜ Performed preventive maintenance …": a translation
            # table's row, its two sides one pair, no columns to read apart)
            out.append(lines[index])
            index += 1
            continue
        if index in prose and not _headings(lines[index].text) and not any(
                _ARROW_ROW.search(line.text) for line in lines[index:prose[index][0] + 1]):
            # (a block under two headings is read by its headings' columns, below)
            last, column = prose[index]
            left, right = _sides(lines, _prose_cuts(lines, index, last, column))
            fields = _fields_apart(left, right)
            if fields is not None:
                # (rules54b) a form's two columns of fields ("Job title: X      Job title: Y"):
                # each field a line of its own, never a sentence run on
                out += fields
                index = last + 1
                continue
            width = column - _DRIFT
            out += [*_rejoined(left, words, width), Line(lines[last].no, ""),
                    *_rejoined(right, words, width)]
            index = last + 1
            continue
        if "    " not in lines[index].text:
            out.append(lines[index])
            index += 1
            continue
        header = _HEADER.match(lines[index].text.rstrip())
        if header is None or any(_WORDLESS.fullmatch(part) for part in header.groups()) or (
                header.group(2)[:1] == "|"):
            # ("2          FORESTRY CAREERS": a page number and a running head; (fixes81)
            # "Competency        | Proficiency": a table's header, its gap padding before a
            # cell's bar, no second column of a sheet)
            out.append(lines[index])
            index += 1
            continue
        column = header.start(2)
        cuts: list[tuple[int, int | None]] = [(index, column)]
        last, quiet = index, 0
        for at in range(index + 1, len(lines)):
            if lines[at].no in keep:
                break  # (a card's field: no column)
            start = _right_start(lines[at].text, column)
            if start is None:
                quiet += 1
                if quiet > _GAP_LINES:
                    break
            else:
                last, quiet = at, 0
            cuts.append((at, start))
        cuts = cuts[: last - index + 1]
        while last + 1 < len(lines) and lines[last + 1].text.startswith(" ") and len(
                lines[last + 1].text.rstrip()) < column and lines[last + 1].text.strip():
            last += 1  # the longer left column's last items, indented like its list
            cuts.append((last, None))
        left, right = _sides(lines, cuts)
        fields = _fields_apart(left, right)
        if fields is not None:
            # (rules54b) a form's two columns of fields under two headings ("CURRENT
            # POSITION      NEW POSITION"): each field a line of its own, figures or not
            out += fields
            index = last + 1
            continue
        rights = [lines[at].text[start:] for at, start in cuts[1:] if start is not None]
        if len(rights) < _MIN_ROWS or sum(1 for text in rights if _FIGURE.search(text)) * 3 > len(
                rights):  # (a fixed-width table's cells: "Lead X      $104,000 – $126,000")
            out.append(lines[index])
            index += 1
            continue
        left, right = _sides(lines, cuts)
        words = words or whole_words([line.text for line in lines])
        out += _rejoined([line for line in left if line.text.strip()], words) + _rejoined(
            right, words)
        index = last + 1
    return out
