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

__all__ = ["dated_jobs", "resume_jobs"]

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


# "2019–2022  Associate Curator, Fenwick Museum": the dates first, then the title and the
# employer after a comma, " at ", " · " or a dash.
_DATES_FIRST = re.compile(
    rf"^(?P<span>{_SPAN})\s+(?P<title>[A-Z][^,·|–—]{{2,60}}?)(?:,|\s+at\s+|\s+[·|–—]\s+)"
    r"\s*(?P<firm>[A-Z][^,·|]{1,60}?)(?:,.*)?$")
# A profile's entry: the title alone, the employer ("Halden Marine · Full-time"), the dates
# opening the third line ("Mar 2021 – Present · 3 yrs 9 mos").
_SPAN_LINE = re.compile(rf"^(?P<span>{_SPAN})(?:\s*[·|].*)?$")
_FIRM_LINE = re.compile(r"^(?P<firm>[A-Z][^·|]{1,60}?)(?:\s*[·|]\s*[^·|]{2,30})?$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NOW = re.compile(r"present|current|now|till date", re.IGNORECASE)


def dated_jobs(lines: Sequence[tuple[int, str]]) -> list[tuple[str, str, int, int, bool]]:
    """``(title, employer, line, first year, current)`` of each job of an experience list or
    a timeline, in the page's order: the shapes of :func:`resume_jobs`, a timeline's "2016–2019
    Assistant Curator, Fenwick Museum" and a profile's three lines (title, "Employer ·
    Full-time", "Jan 2018 – Mar 2021 · 3 yrs 3 mos").

    >>> dated_jobs([(1, "2019–now  Head Baker, Crumb & Co"), (2, "Pastry Cook"),
    ...             (3, "Harbour Hotel · Full-time"), (4, "Jun 2016 – May 2019 · 3 yrs")])
    [('Head Baker', 'Crumb & Co', 1, 2019, True), ('Pastry Cook', 'Harbour Hotel', 2, 2016, False)]
    """
    texts = [(no, raw.strip()) for no, raw in lines if raw.strip()]
    found: list[tuple[str, str, int, int, bool]] = []
    spans = {no: text for no, text in texts}
    for title, firm, no in resume_jobs(texts):
        span = re.search(_SPAN, spans[no])
        if span is not None:
            found.append((title, firm, no, int(_YEAR.findall(span.group())[0]),
                          bool(_NOW.search(span.group()))))
    for index, (no, text) in enumerate(texts):
        first = _DATES_FIRST.match(text)
        if first is not None:
            found.append((first.group("title").strip(), first.group("firm").strip(), no,
                          int(_YEAR.findall(first.group("span"))[0]),
                          bool(_NOW.search(first.group("span")))))
            continue
        if index + 2 >= len(texts):
            continue
        employer = _FIRM_LINE.match(texts[index + 1][1])
        dates = _SPAN_LINE.match(texts[index + 2][1])
        if (employer is not None and dates is not None and 0 < len(text.split()) <= _TITLE_WORDS
                and text[:1].isupper() and not any(c.isdigit() for c in text)
                and not _SPAN_LINE.match(texts[index + 1][1])):
            found.append((text, employer.group("firm").strip(), no,
                          int(_YEAR.findall(dates.group("span"))[0]),
                          bool(_NOW.search(dates.group("span")))))
    return sorted(found, key=lambda job: job[2])
