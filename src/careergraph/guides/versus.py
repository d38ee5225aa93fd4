"""An "X vs Y" comparison page ("Chiropractor vs Physical Therapist: Which Career Is Right
for You?"): two roles side by side.  The page's role is the one its title puts first; the
second role's figures belong to it, wherever the page sets them beside the first role's:

- a comparison table's row, its cells glued ("Median pay$79,400$101,300") or between pipes,
  pairs its first figure with the first role and its second with the second;
- a line or paragraph opened by the second role's name ("Physical therapists: the median is
  $101,300") is about that role.

>>> versus_titles("Chiropractor vs Physical Therapist: Which Career Is Right for You?")
('Chiropractor', 'Physical Therapist')
>>> versus_titles("Mortgage Adviser vs. Financial Adviser – which should you choose?")
('Mortgage Adviser', 'Financial Adviser')
>>> versus_titles("How to compare two job offers") is None
True
>>> versus_titles("Retail district manager vs store manager")
('Retail district manager', 'store manager')
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["benchmark_after", "benchmark_column", "benchmark_lines", "comparison_row", "opened_by",
           "second_column", "versus_pair", "versus_titles"]

_TITLE = r"[A-Z][\w'’&-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’&-]*){0,5}"
# "X vs Y", "X vs. Y", "X versus Y", "X or Y?" is left out: a title asking "X or Y" is often
# no comparison of two jobs.
_VERSUS = re.compile(rf"^(?:[^:]{{0,40}}:\s+)?(?P<first>{_TITLE})\s+(?:[Vv][Ss]\.?|[Vv]ersus)\s+"
                     rf"(?P<second>{_TITLE})\s*(?:[:?|–—(,]|\s-\s|$)")
# (fixes63) A title line in sentence case, the whole line ("Retail district manager vs store
# manager"): only a capital first, so the line must end after the second title (or at a colon
# or question mark) for no sentence to be read as one.
_WORD = r"[\w'’&-]+"
_SENTENCE_VERSUS = re.compile(rf"^(?P<first>[A-Z][a-z'’-]+(?:\s+[a-z]{_WORD}){{0,5}})\s+"
                              rf"(?:vs\.?|versus)\s+(?P<second>[a-z]{_WORD}(?:\s+[a-z]{_WORD}){{0,5}})"
                              rf"\s*(?:[:?]|$)")
_HEAD_LINES = 8
_CRUMBS = re.compile(r"\s[›»>/]\s")  # a comparison's title is among the page's first lines
# A table row: pipes between cells, or a label glued to two figures.
_PIPES = re.compile(r"^\s*\|.*\|.*\|")
_GLUED_FIGURES = re.compile(r"[a-z)][$€£₹]\s?\d|\d[$€£₹]\s?\d")


def versus_titles(text: str) -> tuple[str, str] | None:
    """The two roles an "X vs Y" title line compares, as printed, or None."""
    text = text.strip().lstrip("#* ").strip()
    match = _VERSUS.match(text) or _SENTENCE_VERSUS.match(text)
    if match is None:
        return None
    return match.group("first"), match.group("second")


def versus_pair(lines: Sequence[tuple[int, str]]) -> tuple[int, str, str] | None:
    """The line of a comparison page's title and the two roles it compares (first, second),
    from the page's first lines (a breadcrumb's last crumb too); None on any other page.

    >>> versus_pair([(1, "Menu"), (2, "Tiler vs Plasterer: which trade?"), (3, "…")])
    (2, 'Tiler', 'Plasterer')
    >>> versus_pair([(1, "Home › Compare › Tiler vs Plasterer")])
    (1, 'Tiler', 'Plasterer')
    """
    for no, text in lines[:_HEAD_LINES]:
        pair = versus_titles(_CRUMBS.split(text)[-1]) if " vs" in text or "ersus " in text else None
        if pair is not None:
            return no, *pair
    return None


def comparison_row(text: str) -> bool:
    """``text`` is a row of a two-column comparison table: cells between pipes, or a label
    glued to its figures ("Median pay$79,400$101,300").

    >>> comparison_row("Median pay$79,400$101,300"), comparison_row("| Pay | £1 | £2 |")
    (True, True)
    >>> comparison_row("Tilers earn $30,000 and plasterers $32,000.")
    False
    """
    return _PIPES.match(text) is not None or _GLUED_FIGURES.search(text) is not None


# How far above a comparison row its table's header may be (the rows between have figures).
_HEADER_REACH = 10
_FIGURE = re.compile(r"\d")
# A comparison column that is no job: a country's or all workers' average ("US Average",
# "National average", "All jobs", "All occupations").
_BENCHMARK = re.compile(r"^(?:(?:the\s+)?(?:U\.?S\.?|UK|national|overall|state)\s+)?(?:average|"
                        r"median)$|^all\s+(?:jobs|occupations|workers|careers)$", re.IGNORECASE)


def second_column(above: Sequence[str], role: str) -> str | None:
    """The second column's name of the two-column table a comparison row is in, when the
    first column is ``role``: its header is the nearest line of ``above`` (the lines before
    the row, nearest last) without a figure, its cells between pipes or glued
    ("Glazier | Roofer", "GlazierRoofer"); None when there is no such header.

    >>> second_column(["| Glazier | Roofer | |", "| Pay | $40,100 | $45,200 |"], "Glazier")
    'Roofer'
    >>> second_column(["GlazierUS Average", "Hourly$19.30$22.10"], "Glazier")
    'US Average'
    >>> second_column(["Glaziers fit glass.", "Pay$40,100$45,200"], "Glazier") is None
    True
    """
    for text in list(reversed(above))[:_HEADER_REACH]:
        if not text.strip() or _FIGURE.search(text):
            continue  # another row of the table
        if _PIPES.match(text):
            cells = [cell.strip() for cell in text.strip().strip("|").split("|") if cell.strip()]
            if len(cells) == 2 and cells[0].lower() == role.lower():
                return cells[1]
            return None
        head, rest = text.strip()[:len(role)], text.strip()[len(role):]
        rest = _VS_JOIN.sub("", rest)  # ("Glazier vs US average" as the header)
        glued = rest[:1].isupper() and len(rest.split()) <= _HEADER_WORDS
        return rest.strip() if head.lower() == role.lower() and glued else None
    return None


_HEADER_WORDS = 4
_VS_JOIN = re.compile(r"^\s+(?:vs\.?|versus)\s+", re.IGNORECASE)


def benchmark_after(above: Sequence[str], role: str) -> bool:
    """A score card's header among ``above`` (the lines before a figure) sets an average of
    all workers beside ``role``, glued or spaced after it at the line's end ("ScoreKiln
    OperatorUS Average"): the card's second figure of each label is that average's.

    >>> benchmark_after(["ScoreKiln OperatorUS Average", "Salary"], "Kiln Operator")
    True
    >>> benchmark_after(["Kiln Operator", "Salary"], "Kiln Operator")
    False
    """
    lowered = role.lower()
    for text in above[-_HEADER_REACH:]:
        at = text.lower().rfind(lowered)
        if at != -1 and benchmark_column(text[at + len(role):]):
            return True
    return False


def benchmark_column(name: str) -> bool:
    """A comparison column that is no job, an average of all workers.

    >>> benchmark_column("US Average"), benchmark_column("All jobs"), benchmark_column("Roofer")
    (True, True, False)
    """
    return _BENCHMARK.match(name.strip()) is not None


# "Compared to: All Sales and Service": an occupation profile's benchmark against all the
# workers of a broad group; the pay printed under it is theirs.
_COMPARED = re.compile(r"^(?:compared\s+(?:to|with)|versus|vs\.?)\s*:?\s*(?:the\s+)?all\s+\w",
                       re.IGNORECASE)
# A line of such a block: a figure, a statistic's word, or a short pay label ("Hourly Pay").
_BLOCK_LINE = re.compile(
    r"(?:[$£€]\s*)?\d[\d,.]*\s*[kK]?|minimum|median|maximum|average|mean|low|high|lowest|"
    r"highest|(?:(?:hourly|annual|yearly|weekly|monthly)\s+)?(?:pay|wages?|salary|earnings|"
    r"income)", re.IGNORECASE)


def benchmark_lines(printed: Sequence[tuple[int, str]]) -> set[int]:
    """The numbers of the lines of ``printed`` (number, text) that a "Compared to: All X"
    line heads: its pay block's figures, labels and statistic words, up to the first line
    of any other kind.

    >>> benchmark_lines([(1, "Hourly Pay"), (2, "$21.00"), (3, "Compared to: All Trades"),
    ...                  (4, "Hourly Pay"), (5, "$18.40"), (6, "Median"), (7, "About the job")])
    {4, 5, 6}
    >>> benchmark_lines([(1, "Compared to: All Trades"), (2, "• 120 openings"), (3, "$9")])
    set()
    """
    out: set[int] = set()
    inside = False
    for no, text in printed:
        stripped = text.strip()
        if _COMPARED.match(stripped):
            inside = True
        elif inside and stripped and _BLOCK_LINE.fullmatch(stripped):
            out.add(no)
        elif stripped:
            inside = False
    return out


def opened_by(text: str, title: str) -> bool:
    """``text`` opens with ``title`` (singular or plural, any case) as its label or subject
    ("Physical therapists: the median is …", "Plasterers earn …").

    >>> opened_by("Physical therapists: the median is $101,300", "Physical Therapist")
    True
    >>> opened_by("Chiropractors: the median is $79,400", "Physical Therapist")
    False
    """
    words = text.strip().split()
    size = len(title.split())
    if len(words) < size:
        return False
    head, name = " ".join(words[:size]).rstrip(":,;").lower(), title.lower()
    return head in (name, name + "s", name + "es")
