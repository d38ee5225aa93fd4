"""Two text columns run side by side, read one after the other.

A printed sheet turned to text (a careers-fair handout, a brochure's PDF) gives its two
columns line by line: "Who we are          What you will do" / "Acme runs 22 sites   - Set
up the machines" / ….  Read as lines, each line glues half a sentence of one column to
half of the other, and neither column's heading owns its items.  A block opens with a line
of two short headings set apart by a wide gap (four spaces or more); each following line
whose text resumes near the second heading's column after two spaces or more is cut there.
The block ends at the last such line (a run of more than ``_GAP_LINES`` lines without a
right-hand part ends it earlier).  The left column's lines come first, then the right
column's, each keeping the number of the line it was printed on; a sentence the column's
width broke is joined again under its first line's number.

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
from collections.abc import Sequence

from careergraph.guides.text import Line

__all__ = ["side_by_side"]

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


def _runs_on(before: str, text: str) -> bool:
    """Whether a column's line ``text`` goes on with the line ``before`` it (the column's
    width broke the sentence): it opens in lower case, ``before`` ends with a comma, a
    joining word or a word broken by a hyphen, leaves a bracket open, or ``text`` is
    indented deeper."""
    lead, prior = len(text) - len(text.lstrip()), len(before) - len(before.lstrip())
    return bool(text.strip()) and bool(before.strip()) and (
        text.lstrip()[:1].islower() or before.rstrip().endswith(",")
        or before.count("(") > before.count(")") or 0 < prior < lead
        or _BROKEN.search(before) is not None or _JOINING.search(before) is not None)


_BROKEN = re.compile(r"[a-z]-$")  # "treat-" / "ing more than …": a word broken at the edge
# A line ending in a word that needs more ("Insurance companies and the" / "Workers' …").
_JOINING = re.compile(r"\s(?:and|or|the|of|&)$")  # ("looking for" ends a heading)


def _rejoined(column: list[Line]) -> list[Line]:
    """A column's lines with each sentence the column's width broke joined again, under its
    first line's number ("Set up and prime haemodialysis" / "machines before each shift")."""
    out: list[Line] = []
    for line in column:
        if out and _runs_on(out[-1].text, line.text):
            before = out[-1].text.rstrip()
            text = before[:-1] + line.text.strip() if _BROKEN.search(before) and (
                line.text.lstrip()[:1].islower()) else f"{before} {line.text.strip()}"
            out[-1] = Line(out[-1].no, text)
        else:
            out.append(line)
    return out


def side_by_side(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with each block of two side-by-side columns read column by column (see the
    module docstring); the lines themselves when there is none."""
    if not any("    " in line.text for line in lines):
        return list(lines)  # (most pages: no wide gap at all)
    out: list[Line] = []
    index = 0
    while index < len(lines):
        header = _HEADER.match(lines[index].text.rstrip())
        if header is None or any(_WORDLESS.fullmatch(part) for part in header.groups()):
            # ("2          FORESTRY CAREERS": a page number and a running head)
            out.append(lines[index])
            index += 1
            continue
        column = header.start(2)
        cuts: list[tuple[int, int | None]] = [(index, column)]
        last, quiet = index, 0
        for at in range(index + 1, len(lines)):
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
        rights = [lines[at].text[start:] for at, start in cuts[1:] if start is not None]
        if len(rights) < _MIN_ROWS or sum(1 for text in rights if _FIGURE.search(text)) * 3 > len(
                rights):  # (a fixed-width table's cells: "Lead X      $104,000 – $126,000")
            out.append(lines[index])
            index += 1
            continue
        left = [Line(lines[at].no, lines[at].text[:start].rstrip() if start is not None
                     else lines[at].text.rstrip()) for at, start in cuts]
        right = [Line(lines[at].no, lines[at].text[start:].rstrip())
                 for at, start in cuts if start is not None]
        out += _rejoined([line for line in left if line.text.strip()]) + _rejoined(right)
        index = last + 1
    return out
