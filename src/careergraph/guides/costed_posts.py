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

__all__ = ["costed_post"]

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
