"""A profile's dated career history under its heading ("Career history", "Professional
background"), printed newest first one job a line: the dates, the title, then the employer
("2019 – present  Principal Surveyor, Ashby Partners, Leeds") or a description after a colon
("2021–  Consultant surveyor: leads survey teams").  An open span ("2021–") is a job held
now.  The jobs come back earliest first; the caller decides which are the role's rungs.

>>> history = career_history([(1, "Career history"),
...     (2, "2020 – present  Head Gardener, Ashby Hall, Kent"),
...     (3, "2016 – 2020  Gardener (seasonal), Ashby Hall"), (4, "Education")])
>>> [(job.title, job.firm, job.start) for job in history.jobs]
[('Gardener', 'Ashby Hall', 2016), ('Head Gardener', 'Ashby Hall', 2020)]

A CV's duty lines under each job (bullets or sentences) are read past:

>>> history = career_history([(1, "EXPERIENCE"),
...     (2, "Head Gardener, Ashby Hall        2020 – present"), (3, "- Runs the glasshouses."),
...     (4, "Gardener, Ashby Hall             2016 – 2020"), (5, "Pruned the orchard.")])
>>> [(job.title, job.start) for job in history.jobs]
[('Gardener', 2016), ('Head Gardener', 2020)]

The employer may come first, the title after a dash and the dates last:

>>> history = career_history([(1, "[ Experience ]"),
...     (2, "Harbour Glass, Leith — Glazier, 2019–present"),
...     (3, "Kerr Joinery — Apprentice Joiner, 2015–2019")])
>>> [(job.title, job.firm, job.start, job.current) for job in history.jobs]
[('Apprentice Joiner', 'Kerr Joinery', 2015, False), ('Glazier', 'Harbour Glass', 2019, True)]

A freelance job's named clients follow a dash, its line wrapped or not:

>>> history = career_history([(1, "Experience"),
...     (2, "2021–today  Freelance editor — clients include two presses"),
...     (3, "            and Orwell Verlag GmbH"), (4, "2015–2021   Copy editor, Orwell Verlag")])
>>> history.jobs[1].clients
('Orwell Verlag GmbH',)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from careergraph.guides.heading_data import phrase_alternation, word_lists

__all__ = ["CareerHistory", "HistoryJob", "career_history"]

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_YEAR = r"(?:19|20)\d\d"
# "2019 – present", "Mar 2016 – Jun 2019", "2021–" (open: held now); two spaces or a tab
# part the dates from the title.
_LINE = re.compile(
    rf"^(?i:(?:{_MONTH}\s+)?(?P<start>{_YEAR})\s*[–—-]\s*(?P<end>present|current|now|today|"
    rf"(?:{_MONTH}\s+)?{_YEAR})?)(?:\s{{2,}}|\t|\s*[:|]\s+)(?P<rest>[A-Z].*)$")
# The dates after the job instead ("Radio Announcer | WQLN 98.1 FM    2013 – 2019", as
# marketplace profiles print an employment history): a run of spaces or a tab before them.
_DATES_AFTER = re.compile(
    rf"^(?P<rest>[A-Z].*?)(?:\s{{2,}}|\t)(?i:(?:{_MONTH}\s+)?(?P<start>{_YEAR})\s*[–—-]\s*"
    rf"(?P<end>present|current|now|today|(?:{_MONTH}\s+)?{_YEAR})?)$")
# (rules35d) The employer first, then the title after a dash and the dates after a comma
# ("Harbour Glass, Leith — Glazier, 2019–present", as a worker's passport prints experience).
_FIRM_FIRST = re.compile(
    r"^(?P<firm>[A-Z][^,–—|]{1,60}?)(?:,\s*[^,–—|]{2,40}?)?\s+[–—]\s+(?P<title>[A-Z][^,–—|]{1,60}?)"
    rf",\s*(?i:(?:{_MONTH}\s+)?(?P<start>{_YEAR})\s*[–—-]\s*"
    rf"(?P<end>present|current|now|today|(?:{_MONTH}\s+)?{_YEAR})?)$")
# A job's line wrapped onto the next ("… clients include two law firms" / "and Acme GmbH"):
# a line opened in lower case after a dated one.
_WRAPPED = re.compile(r"^\s+[a-z]")
# Where the title ends: its employer after a comma, "at", a dot or a bar; a description after
# a colon (no employer).
_PARTS = re.compile(r"\s*(?P<sep>[,:·|]|\s[–—]\s|\sat\s)\s*")
_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")  # "Translator (EN/FR)": the title's note
# A freelance job's clients after a dash ("Freelance illustrator — clients include two law
# firms and Acme GmbH"): the named ones (capitalised) engaged the worker in that job.
_CLIENTS = re.compile(r"^(?i:(?:my |our )?clients? (?:include|including|:)|for clients such as)\s+")
_CLIENT_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_NOW = frozenset({"", "present", "current", "now", "today"})  # (an open span: "2021–")
# A CV's lines about a job under it: a bullet, or a sentence (a capital, a full stop, no
# dates): what the job involved, between one dated job and the next.
_DUTY = re.compile(r"^\s*(?:[-•*▪◦·–]\s+\S.*|[A-Z][^\d]{10,}\.)$")
_TITLE_WORDS = 7
_FIRM_WORDS = 8


@dataclass(frozen=True)
class HistoryJob:
    """One job of the history: its title, its employer (None when the line names none),
    its line, its first year and whether it is held now."""

    title: str
    firm: str | None
    line: int
    start: int
    current: bool
    clients: tuple[str, ...] = ()


@dataclass(frozen=True)
class CareerHistory:
    """The history's jobs, earliest first, and its lines (the heading's and the jobs')."""

    jobs: tuple[HistoryJob, ...] = ()
    lines: frozenset[int] = frozenset()


@cache
def _heading() -> re.Pattern[str]:
    words = word_lists("career_history").get("headings", ())
    # (rules35d: a passport's "[ Experience ]" in brackets, "WORK HISTORY (verified entries
    # only)" with its lower-case note)
    return re.compile(rf"(?:\[\s*)?(?i:{phrase_alternation(words) or '(?!)'})"
                      r"(?:\s*\]|\s+\((?-i:[a-z][^()]{0,40})\))?\s*:?$")


def _job(no: int, text: str) -> HistoryJob | None:
    """The job of one dated history line, or None."""
    dated = _LINE.match(text.strip()) or _DATES_AFTER.match(text.strip())
    if dated is None and (first := _FIRM_FIRST.match(text.strip())) is not None:
        title = _BRACKETS.sub("", first["title"]).strip()
        end = (first["end"] or "").lower()
        return HistoryJob(title, first["firm"].strip(), no, int(first["start"]), end in _NOW) if (
            len(title.split()) <= _TITLE_WORDS and not any(c.isdigit() for c in title)) else None
    if dated is None:
        return None
    parts = _PARTS.split(dated["rest"], maxsplit=1)
    title = _BRACKETS.sub("", parts[0]).strip()
    if not title[:1].isupper() or len(title.split()) > _TITLE_WORDS or any(
            c.isdigit() for c in title):
        return None
    firm: str | None = None
    clients: tuple[str, ...] = ()
    if len(parts) == 3 and parts[1].strip() in ("–", "—") and _CLIENTS.match(parts[2]):
        named = _CLIENT_SPLIT.split(_CLIENTS.sub("", parts[2]).rstrip(". "))
        clients = tuple(name for name in named
                        if name[:1].isupper() and len(name.split()) <= _FIRM_WORDS)
    elif len(parts) == 3 and parts[1].strip() != ":":
        name = _PARTS.split(parts[2], maxsplit=1)[0].strip()
        if name[:1].isupper() and len(name.split()) <= _FIRM_WORDS and not any(
                c.isdigit() for c in name):
            firm = name  # ("…, private market and international organisations": no firm)
    end = (dated["end"] or "").lower()
    return HistoryJob(title, firm, no, int(dated["start"]), end in _NOW, clients)


def career_history(lines: Sequence[tuple[int, str]]) -> CareerHistory:
    """The first history section of ``lines`` (number and text) with two or more dated
    jobs, earliest first (a year's jobs in reverse page order: newest first)."""
    index = 0
    while index < len(lines):
        if not _heading().match(lines[index][1].strip()):
            index += 1
            continue
        jobs: list[HistoryJob] = []
        last = ""
        for no, text in lines[index + 1:]:
            if not text.strip():
                continue
            job = _job(no, text)
            if job is None and jobs and _WRAPPED.match(text):
                last = f"{last.rstrip()} {text.strip()}"  # the line above, wrapped
                jobs[-1] = _job(jobs[-1].line, last) or jobs[-1]
                continue
            if job is None and jobs and _DUTY.match(text):
                continue  # a CV's duty lines under its job ("- Fired the kilns.")
            last = text
            if job is None:
                break
            jobs.append(job)
        if len(jobs) >= 2:
            return CareerHistory(tuple(sorted(jobs, key=lambda job: (job.start, -job.line))),
                                 frozenset({lines[index][0], *(job.line for job in jobs)}))
        index += 1
    return CareerHistory()
