"""Records of "Label: value" fields glued into one line, one field a line again.

Crowdsourced salary pages list entries as a title and a few labelled fields ("Teller" /
"Company: …" / "Experience: …" / "Monthly Gross: $92,000"); when the page loses its line
breaks, every entry runs into the next on one line ("Underwriter IICompany: A
InsuranceExperience: 4 yearsMonthly Gross: $245,000Senior UnderwriterCompany: …").  A line
is such a run when a label glued to the text before it comes back (the same label at least
twice): the line is cut before each glued label, and a title glued to a figure that ends a
field ("$245,000Senior Underwriter") is cut off onto a line of its own, so that each entry
reads as if it had kept its line breaks.

>>> for line in record_lines([Line(3, "ClerkCompany: AcmeMonthly Gross: $9,000"
...                                    "Head ClerkCompany: BetaMonthly Gross: $12,500")]):
...     print(line.no, line.text)
3 Clerk
3 Company: Acme
3 Monthly Gross: $9,000
3 Head Clerk
3 Company: Beta
3 Monthly Gross: $12,500
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from careergraph.guides.text import Line

__all__ = ["record_lines"]

# A label of one to three words glued to the character before it ("IICompany:", "yearsMonthly
# Gross:"), then its value.
_GLUED_LABEL = re.compile(r"(?<=[A-Za-z0-9)])[A-Z][a-z]+(?: [A-Z]?[a-z]+){0,2}:\s")
# A title glued to the figure that ends a field's value ("$245,000Senior Underwriter").
_AFTER_FIGURE = re.compile(r"(?<=\d)(?=[A-Z][a-z])")
_MIN_COLONS = 4  # fewer colons: no run of records (one substring count per line)
_REPEATS = 2


def record_lines(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with each run of glued records cut into one field a line (see the module);
    a line that is no such run stays as it is."""
    out: list[Line] = []
    for line in lines:
        if line.text.count(": ") < _MIN_COLONS:
            out.append(line)
            continue
        out.extend(Line(line.no, part) for part in _fields(line.text))
    return out


def _fields(text: str) -> list[str]:
    glued = list(_GLUED_LABEL.finditer(text))
    if not glued or max(Counter(m.group() for m in glued).values()) < _REPEATS:
        return [text]
    parts: list[str] = []
    start = 0
    for match in glued:
        parts.extend(_AFTER_FIGURE.split(text[start : match.start()]))
        start = match.start()
    parts.extend(_AFTER_FIGURE.split(text[start:]))
    return [part.strip() for part in parts if part.strip()]
