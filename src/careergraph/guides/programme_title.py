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
from collections.abc import Sequence

from careergraph.guides.roles import PRACTITIONERS, title_case

__all__ = ["programme_role"]

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
