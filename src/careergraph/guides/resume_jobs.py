"""The jobs of a sample resume's experience section: a title, its employer and its dates, on
one line ("Accounts Executive – Kaveri Packaging, Pune (Jul 2020 – Mar 2023)") or the title
on its own line above "Employer — Place | June 2021 – Present".  The caller decides whose the
title is (the role at any level: its employer employs the role).

>>> resume_jobs([(1, "Senior Baker – Crumb & Co, Leeds (Mar 2021 – Present)"),
...              (2, "Pastry Cook"), (3, "Harbour Hotel — Hull, UK | May 2018 – Feb 2021")])
[('Senior Baker', 'Crumb & Co', 1), ('Pastry Cook', 'Harbour Hotel', 3)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["resume_jobs"]

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "Apr 2023 – Present", "2019 - 2021", "March 2021 – June 2023"
_SPAN = (rf"(?i:(?:{_MONTH}\s+)?(?:19|20)\d\d\s*[–—-]\s*(?:present|current|now|till date|"
         rf"(?:{_MONTH}\s+)?(?:19|20)\d\d))")
_INLINE = re.compile(
    rf"^(?P<title>[A-Z][^–—|()]{{2,60}}?)\s+[–—]\s+(?P<firm>[A-Z][^,(|–—]{{1,60}}?)"
    rf"(?:,\s*[^()|]{{2,40}})?\s*\(\s*{_SPAN}\s*\)\s*$")
_UNDER = re.compile(rf"^(?P<firm>[A-Z][^,|–—]{{1,60}}?)\s+[–—]\s+[^|]{{2,40}}\|\s*{_SPAN}\s*$")
_TITLE_WORDS = 6


def resume_jobs(lines: Sequence[tuple[int, str]]) -> list[tuple[str, str, int]]:
    """``(title, employer, line)`` of each dated job line of a resume's experience."""
    jobs: list[tuple[str, str, int]] = []
    previous = ""
    for no, raw in lines:
        text = raw.strip()
        inline = _INLINE.match(text)
        under = _UNDER.match(text) if inline is None else None
        if inline is not None:
            jobs.append((inline.group("title").strip(), inline.group("firm").strip(), no))
        elif under is not None and 0 < len(previous.split()) <= _TITLE_WORDS and (
                previous[:1].isupper() and not any(c.isdigit() for c in previous)):
            jobs.append((previous, under.group("firm").strip(), no))
        previous = text
    return jobs
