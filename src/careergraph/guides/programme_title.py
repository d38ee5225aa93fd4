"""The role an internship or vacation programme page names by its field.

A firm's or an agency's student programme page rarely prints the job's title: it names the
programme by its discipline ("STRUCTURAL DESIGN INTERNSHIP – 2027", "Winter Placement
Program (Environmental Science)").  The discipline stands for its practitioner, the role the
interns train for ("Structural Designer", "Environmental Scientist"); a programme named by
anything else ("Summer Internship Program", "Paid Internship") names no role.

>>> programme_role([(3, "Careers › Summer Internship Program"),
...                 (5, "STRUCTURAL DESIGN INTERNSHIP – SUMMER 2027")])
('Structural Designer', 5)
>>> programme_role([(6, "Winter Placement Program 2027 (Environmental Science)")])
('Environmental Scientist', 6)
>>> programme_role([(2, "Summer Internship Program")]) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from careergraph.guides.roles import PRACTITIONERS, practitioner_noun, title_case

__all__ = ["apprenticeship_role", "programme_role"]

_PROGRAMME_WORDS = (r"(?:(?:summer|winter|vacation|co-?op|graduate|student)\s+)?"
                    r"(?:internships?|intern\s+program(?:me)?|placements?|"
                    r"(?:vacation|summer|winter|placement|internship)\s+program(?:me)?)")
# "Structural Design Internship …": the field opens the line, the programme word follows.
_FIELD_FIRST = re.compile(rf"^(?P<field>(?:[A-Za-z]+\s+){{0,3}}[A-Za-z]+)\s+{_PROGRAMME_WORDS}\b",
                          re.IGNORECASE)
# "Summer Vacation Program 2027 (Environmental Science)": the field in the title's brackets.
_FIELD_AFTER = re.compile(rf"^{_PROGRAMME_WORDS}\b[^()]{{0,20}}\((?P<field>(?:[A-Za-z]+\s+){{0,3}}"
                          r"[A-Za-z]+)\)", re.IGNORECASE)
_TOP_LINES = 20  # a programme's title is printed near the page's top


def programme_role(lines: Sequence[tuple[int, str]]) -> tuple[str, int] | None:
    """The practitioner of the field a programme page's title names, and its line (see the
    module); None when no title near the top names a discipline."""
    for no, text in lines[:_TOP_LINES]:
        for pattern in (_FIELD_FIRST, _FIELD_AFTER):
            match = pattern.match(text.strip())
            words = title_case(match.group("field").lower()).split() if match else []
            person = PRACTITIONERS.get(words[-1]) if words else None
            if person is not None and len(words) > 1:
                return " ".join([*words[:-1], person]), no
    return None


# (fixes69) "Sheet Metal Registered Apprenticeship", "Boilermaker Apprenticeship Program": the
# trade that opens an apprenticeship's title, then the programme's words (and an aside).
_APPRENTICESHIP = re.compile(r"^(?P<trade>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}?)\s+"
                             r"(?:(?:Registered|Youth|Trade|Union)\s+)?Apprenticeship"
                             r"(?:\s+Program(?:me)?)?(?:\s*[-–—:|(].*)?$")


def apprenticeship_role(title: str, page: str, is_title: Callable[[str], bool]) -> str | None:
    """The role an apprenticeship's title trains for: the trade that opens it when it is a
    title ("Boilermaker"), the trade's worker as the page names it ("Sheet Metal Worker"),
    else the trade's apprentice ("Sheet Metal Apprentice"); None for any other title.

    >>> apprenticeship_role("Sheet Metal Registered Apprenticeship", "", lambda t: False)
    'Sheet Metal Apprentice'
    >>> apprenticeship_role("Sheet Metal Apprenticeship", "as a sheet metal worker you …",
    ...                     lambda t: False)
    'Sheet Metal Worker'
    >>> apprenticeship_role("Boilermaker Apprenticeship Program", "", lambda t: t == "Boilermaker")
    'Boilermaker'
    >>> apprenticeship_role("Registered Apprenticeship", "", lambda t: True) is None
    True
    """
    if "Apprenticeship" not in title:
        return None
    match = _APPRENTICESHIP.match(title.strip())
    if match is None or match.group("trade") in ("Registered", "Youth", "Trade", "Union"):
        return None
    trade = match.group("trade")
    if is_title(trade) or practitioner_noun(trade.split()[-1]):
        return trade
    worker = re.search(rf"\b{re.escape(trade)}\s+([a-z]+(?:er|or|ist|ian|smith|wright))s?\b",
                       page, re.IGNORECASE)
    if worker is not None and practitioner_noun(worker.group(1).lower()):
        return title_case(f"{trade} {worker.group(1).lower()}")
    return f"{trade} Apprentice"
