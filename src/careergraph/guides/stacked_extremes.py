"""(real56) A pay range printed one labelled end a line: a classification page's
"Salary: Minimum: $ 31,200.00" / "Midpoint: $ 38,400.00" / "Maximum: $ 45,600.00".

Read line by line, each end is a figure of its own (three points of the role); the lines
are one band, as the same labels on one line are ("Minimum $X | Maximum $Z",
:func:`careergraph.guides.amounts.joined_extremes`), and a midpoint between them no figure of
its own (as in "$58,000 – $68,000 – $78,000").  So the run is written as that one line on
its first line, its other lines left blank (every line keeps its number).  A minimum
line needs a maximum line after it (a midpoint or median line between, blank lines
aside); a minimum alone ("Minimum: 2 years' experience") is left as it is.

>>> print(stacked_extremes("Band: 01\\nSalary: Minimum: $ 1,000.00\\nMidpoint: $ 1,500.00\\n"
...                        "Maximum: $ 2,000.00\\nBack"))
Band: 01
Salary: Minimum: $ 1,000.00 | Maximum: $ 2,000.00
<BLANKLINE>
<BLANKLINE>
Back
>>> stacked_extremes("Minimum: two years\\nMaximum: five years")
'Minimum: two years\\nMaximum: five years'
"""

from __future__ import annotations

import re

__all__ = ["stacked_extremes"]

# One end on its line, a short label before it ("Salary: Minimum: $ 1,000.00", "Maximum
# salary: £2,000"); the figure holds a digit.
_END_LINE = re.compile(r"^\s*(?:[A-Z][\w ]{0,40}:\s*)?(?P<end>min(?:imum)?|mid(?:point)?|"
                       r"median|max(?:imum)?)(?:\s+(?:salary|pay|wage|rate))?\s*:\s*"
                       r"(?P<figure>[^\d\s][^\d]{0,4}\d.*?|\d.*?)\s*$", re.IGNORECASE)


def _end(line: str) -> str:
    """The end a line labels ("min", "mid", "max"), or "" when it labels none."""
    match = _END_LINE.match(line)
    if match is None:
        return ""
    end = match.group("end").lower()
    return "mid" if end == "median" else end[:3]


def stacked_extremes(text: str) -> str:
    """``text`` with each stacked minimum / (midpoint) / maximum run as one line (module)."""
    lines = text.split("\n")
    filled = [at for at, line in enumerate(lines) if line.strip()]
    for index, at in enumerate(filled):
        if _end(lines[at]) != "min":
            continue
        run = [at]
        for later in filled[index + 1:index + 3]:
            run.append(later)
            if _end(lines[later]) != "mid":
                break
        if _end(lines[run[-1]]) != "max" or any(_end(lines[i]) != "mid" for i in run[1:-1]):
            continue
        joined = f"{lines[run[0]].strip()} | {lines[run[-1]].strip()}"
        for i in range(run[0], run[-1] + 1):
            lines[i] = ""
        lines[at] = joined
    return "\n".join(lines)
