"""The post a line of a grant's budget justification costs: "1.2 Research Fellow (0.5 FTE,
months 1-24): Grade 7 …", "[Redacted], MS, Biostatistician (1.2 calendar months). Base salary
$98,400.", "Community Health Workers (2 x 0.5 FTE) are budgeted … at $24.00 per hour".

A personnel entry opens its line with the post's title (after an item number, and after a
person's name or a redaction and their degrees), then its effort in brackets (FTE, calendar
months, per cent effort, hours a week): the figures on the line are that post's pay.

>>> costed_post("1.2 Research Fellow (0.5 FTE, months 1-24): Grade 7 (£39,800 per annum)")
'Research Fellow'
>>> costed_post("[Redacted], MS, Biostatistician (1.2 calendar months). Base salary $98,400.")
'Biostatistician'
>>> costed_post("[Redacted], Data Manager (0.6 calendar months), base salary $71,200.")
'Data Manager'
>>> costed_post("Ann Lee, PhD, Principal Investigator (2.4 calendar months all years).")
'Principal Investigator'
>>> costed_post("Field Technicians (2 x 0.5 FTE) are budgeted at $23.00 per hour.")
'Field Technicians'
>>> costed_post("Travel (two trips) at $2,400 per year"), costed_post("Our team (5 FTE) is small")
(None, None)
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["costed_post", "staffed_post"]

_ENTRY = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?"  # an item number ("1.2")
    # a person or a redaction, then degrees ("[Redacted], MS, ", "Ann Lee, PhD, ")
    r"(?:(?:\[[^\]]{1,30}\]|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+"
    # ((carry41) or no degree: "[Redacted], Biostatistician (1.2 calendar months), base …")
    r"(?:(?:PhD|DPhil|MD|MS|MSc|MA|MBA|MPH|BSc|BA|BS|RN|MBBS|EdD|DrPH)\.?,\s+)*)?"
    r"(?P<title>[A-Z][\w'’-]*(?:\s+(?:of|and|[A-Z][\w'’/-]*)){0,5})\s*"
    r"\((?=[^()]*\b(?:FTE|WTE|calendar\s+months?|academic\s+months?|summer\s+months?|"
    r"person[- ]months?|effort|hours?\s*/\s*week|hours\s+(?:a|per)\s+week)\b)[^()]*\)")


def costed_post(text: str) -> str | None:
    """The title of the post a personnel entry opening ``text`` costs, or None."""
    if "(" not in text:
        return None
    found = _ENTRY.match(text)
    return found.group("title") if found is not None else None


# (fixes75) A costing's own post on its labelled staff line: "Staff: Field Assistant (FA),
# 100% FTE for 36 months", "Post: Research Assistant", "Staff member: …", "Named researcher –
# Postdoctoral Research Associate (Grade 7)": the label, the title, an abbreviation in
# brackets, then its effort or grade (or nothing).
_STAFF_LINE = re.compile(
    r"^\s*(?:Staff(?:\s+member)?|Post|Named\s+(?:researcher|post|staff))\s*[:–—-]\s*"
    r"(?P<title>[A-Z][\w'’-]*(?:\s+(?:of|for|and|in|[A-Z][\w'’/-]*)){0,6}?)\s*"
    r"(?:\((?P<abbr>[A-Z][A-Za-z]{1,6})\))?\s*"
    r"(?:,?\s*(?:(?:\d{1,3}(?:\.\d+)?\s*%\s*|\d?\.\d+\s*)(?:FTE|WTE)\b|"
    r"\((?:Grade|Band|Level|Scale)\b[^()]*\)).*)?\s*$")


def staffed_post(lines: list[tuple[int, str]],
                 is_title: Callable[[str], bool]) -> tuple[str, int, str | None] | None:
    """The post a grant's costing names on its labelled staff line, with the line and the
    post's abbreviation, or None; the title must read as a post (``is_title``).

    >>> known = lambda text: text.split()[-1] in {"Technician", "Associate", "Assistant"}
    >>> staffed_post([(4, "Staff: Soil Survey Technician (SST), 80% FTE for 24 months")], known)
    ('Soil Survey Technician', 4, 'SST')
    >>> staffed_post([(2, "Named researcher – Postdoctoral Research Associate (Grade 7)")],
    ...              known)
    ('Postdoctoral Research Associate', 2, None)
    >>> staffed_post([(3, "Staff: consumables and travel")], known) is None
    True
    """
    for no, text in lines:
        if text[:1] not in "SPNsp \t" or ("taff" not in text and "ost" not in text
                                            and "amed" not in text):
            continue
        found = _STAFF_LINE.match(text)
        if found is not None and is_title(found.group("title")):
            return found.group("title"), no, found.group("abbr")
    return None
