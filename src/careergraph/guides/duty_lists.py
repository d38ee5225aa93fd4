"""The lists a duty carries inside it, in a skills section.

A job evaluation's duties observed, a position description's duties with their share of time
and a job card's numbered duties name the techniques, tests and kit a duty is made of inside
the duty's sentence: set off by dashes ("Monitors the process — coagulation, settling and
filtration — from the control room") or after a colon ("runs bench tests: hardness, pH and
conductivity").  The duty itself is no skill; its lists are.

>>> embedded_lists("Runs the process — coagulation, settling and filtration — from the desk")
['coagulation, settling and filtration']
>>> embedded_lists("Collects samples and runs bench tests: hardness, pH and conductivity; logs")
['hardness, pH and conductivity']
>>> embedded_lists("Trains new staff on rounds; answers alarms")
[]
"""

from __future__ import annotations

import re

__all__ = ["embedded_lists"]

# The list between two dashes, or after a colon up to the clause's end; at least three items
# (two commas, or a comma and "and"/"or").
_DASHED = re.compile(r"\s[—–]\s(?P<list>[^—–;:]{5,200}?)\s[—–]\s")
# (not after a preposition: "Certs your company should pay for: …" names no duty's parts)
_COLONED = re.compile(r"(?<=[a-z])(?<!\bfor)(?<!\bto)(?<!\bwith)(?<!\bof)(?<!\bin)(?<!\bon)"
                      r":\s(?P<list>[^:;.—–]{5,200})")
_LISTED = re.compile(r",[^,]+(?:,|\band\b|\bor\b)")


def embedded_lists(duty: str) -> list[str]:
    """The lists of items inside ``duty`` (a line of a duties list), in order."""
    found = [(match.start(), match.group("list").strip())
             for pattern in (_DASHED, _COLONED) for match in pattern.finditer(duty)]
    return [items for _, items in sorted(found) if _LISTED.search(items)]
