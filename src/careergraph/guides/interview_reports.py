"""Interview-question pages: candidates' interview reports and the systems in example answers.

An interview-report page prints one block per candidate: a title line ("Escrow Officer
Interview"), the company, place and date ("Pacific Crest Title · Irvine, CA · Oct 2025"),
labelled parts ("Application", "Interview") and the offer ("Offer: $72,000 base").  A report
for the page's role (at any level) names a company that employs it, an offer that is its pay,
an earlier job the candidate held (a move into the role) and the systems and topics the
interview tested (skills); a report for another title owns its offer.  Rows under "X
salaries at these companies" ("Pacific Crest Title – Escrow Officer – $76,300 avg base") are
each title's pay at that company.  An interview-questions guide's example answers name the
systems the job uses ("I used EMIS Web every day").  The vocabulary is data:
``interview_reports`` in ``data/headings.yaml``.

>>> reports = interview_reports([(1, "Tiler Interview"), (2, "Kerr Tiling · Leeds · May 2025"),
...     (3, "Interview"), (4, "They asked about wet-room tanking and used BAL adhesives."),
...     (5, "Offer: £31,000 base.")])
>>> [(r.title, r.company, r.offers) for r in reports]
[('Tiler', ('Kerr Tiling', 2), [(5, '£31,000 base.')])]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from careergraph.guides.heading_data import word_lists
from careergraph.guides.items import with_tools
from careergraph.guides.text import split_items

__all__ = ["InterviewReport", "answer_line", "answer_skills", "earlier_job", "interview_reports",
           "promoted_to", "salary_rows"]

_TITLE = re.compile(r"^(?P<title>[A-Z][\w&'/-]*(?:\s+[A-Z][\w&'/-]*){0,5})\s+[Ii]nterview$")
# "Pacific Crest Title · Irvine, CA · Oct 2025": the company, its place, the date.
_HEADER = re.compile(r"^(?P<company>[A-Z][^·|]{1,60}?)\s+[·|]\s+(?P<place>[^·|]{2,40}?)"
                     r"(?:\s+[·|]\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d))?$")
# "Pacific Crest Title – Escrow Officer – $76,300 avg base": a company's row of a title's pay.
_SALARY_ROW = re.compile(r"^(?P<company>[A-Z][^–—|]{1,60}?)\s+[–—|-]\s+"
                         r"(?P<title>[A-Z][^–—|]{1,60}?)\s+[–—|-]\s+(?P<pay>\S*\d.*)$")
# (up to four words: "I used Hardware Verification Resource Quotas")
_NAME = r"[A-Z][\w+#.-]*(?:\s+[A-Z][\w+#.-]*){0,3}"


@dataclass
class InterviewReport:
    """One candidate's report: the title interviewed for, the company (with its line), and
    the offer lines and account lines of the block."""

    title: str
    line: int
    company: tuple[str, int] | None = None
    offers: list[tuple[int, str]] = field(default_factory=list)
    account: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class _Words:
    offer_labels: tuple[str, ...]
    used: re.Pattern[str]
    topics: re.Pattern[str]
    earlier: re.Pattern[str]
    answers: re.Pattern[str]
    rows: re.Pattern[str]
    not_names: frozenset[str]


@cache
def _words() -> _Words:
    lists = word_lists("interview_reports")

    def any_of(key: str) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                        for w in sorted(lists[key], key=len, reverse=True))

    return _Words(
        tuple(w.lower() for w in lists["offer_labels"]),
        re.compile(rf"\b(?i:{any_of('use_verbs')})\s+(?:the\s+)?({_NAME})"),
        re.compile(rf"\b(?:{any_of('topic_cues')})\s+([^.;:]+)", re.IGNORECASE),
        re.compile(rf"\b(?i:{any_of('earlier_cues')})\s+(?:an?\s+)?({_NAME})\b"),
        re.compile(rf"^(?:{any_of('answer_labels')})\s*:", re.IGNORECASE),
        re.compile(rf"\b(?:{any_of('salary_rows')})\b", re.IGNORECASE),
        frozenset(w.lower() for w in lists["not_names"]),
    )


def interview_reports(lines: Sequence[tuple[int, str]]) -> list[InterviewReport]:
    """The candidates' reports of a page, in order (none on most pages)."""
    words = _words()
    reports: list[InterviewReport] = []
    current: InterviewReport | None = None
    for index, (no, raw) in enumerate(lines):
        text = raw.strip()
        titled = _TITLE.match(text) if text.endswith(("Interview", "interview")) else None
        following = lines[index + 1][1].strip() if index + 1 < len(lines) else ""
        header = _HEADER.match(following) if titled else None
        if titled and header:
            current = InterviewReport(titled.group("title"), no,
                                      (header.group("company").strip(), lines[index + 1][0]))
            reports.append(current)
            continue
        if current is None or (current.company and no == current.company[1]):
            continue
        if words.rows.search(text):
            current = None  # "X salaries at these companies": the reports have ended
            continue
        label, colon, rest = text.partition(":")
        if colon and label.strip().lower() in words.offer_labels:
            current.offers.append((no, rest.strip()))
        elif len(text.split()) > 3:
            current.account.append((no, text))
    return reports


def salary_rows(lines: Sequence[tuple[int, str]]) -> list[tuple[str, str, str, int]]:
    """The rows under "X salaries at these companies": company, title and pay text, line.

    >>> salary_rows([(9, "Tiler salaries at these companies"),
    ...              (10, "Kerr Tiling – Tiler – £30,500 avg base")])
    [('Kerr Tiling', 'Tiler', '£30,500 avg base', 10)]
    """
    words = _words()
    found: list[tuple[str, str, str, int]] = []
    under = False
    for no, raw in lines:
        text = raw.strip()
        if words.rows.search(text):
            under = True
            continue
        row = _SALARY_ROW.match(text) if under else None
        if row is None:
            under = under and not text
            continue
        found.append((row.group("company").strip(), row.group("title").strip(),
                      row.group("pay"), no))
    return found


def answer_skills(text: str) -> list[str]:
    """The systems and topics a candidate's account or an example answer names: names after
    a verb of use ("I used EMIS Web", "They use Qualia", "… in SoftPro") and the list after
    a topic cue ("questions on A, B and C").

    >>> answer_skills("They use Qualia, and asked questions on 1031 exchanges and holdbacks.")
    ['Qualia', '1031 exchanges', 'holdbacks']
    >>> answer_skills("I flag it on the PAS, then log it in Excel in March.")
    ['PAS', 'Excel']
    """
    words = _words()
    found: list[str] = []
    for match in words.used.finditer(text):
        name = match.group(1).rstrip(".,")
        if name.lower() not in words.not_names and name.split()[0].lower() not in (
                words.not_names):
            found.append(name)
    found.extend(with_tools(text))  # "… with a foot pedal"
    for match in words.topics.finditer(text):
        for item in split_items(match.group(1).strip()):
            item = item.strip(" .")
            if 0 < len(item.split()) <= 5 and item not in found:
                found.append(item)
    return list(dict.fromkeys(found))


def earlier_job(text: str) -> str | None:
    """The job a candidate held before ("I had been an Escrow Assistant for three years"),
    in Title Case as printed, or None.

    >>> earlier_job("I had been an Escrow Assistant for three years at a smaller shop.")
    'Escrow Assistant'
    """
    match = _words().earlier.search(text)
    return match.group(1) if match else None


_PROMOTED = re.compile(rf"\b(?:was|got|been|am|were)\s+promoted\s+to\s+(?:an?\s+)?({_NAME})")


def promoted_to(text: str) -> str | None:
    """The post a candidate reports being promoted to ("I stayed and was promoted to Escrow
    Manager six months later"), or None.

    >>> promoted_to("I declined – I stayed and was promoted to Escrow Manager in May.")
    'Escrow Manager'
    """
    match = _PROMOTED.search(text)
    return match.group(1) if match else None


def answer_line(text: str) -> bool:
    """An example answer's line ("Example answer: …")."""
    return _words().answers.match(text.strip()) is not None
