"""The writer's own next job, as a leaver's note or a farewell post states it: "I've accepted
a GIS Analyst position with the water authority", "I'm joining the Trust as a Grants
Adviser".  The job is a move from the role the writer leaves, and a figure in the same
sentence ("(about £46,000)") is that job's pay.

>>> next_job("I've accepted a Survey Analyst position with the port (about $71,000).")
'Survey Analyst'
>>> next_job("I'm joining Harbour Trust as a Funding Adviser on the other side, so stay in touch.")
'Funding Adviser'
>>> next_job("I have accepted that the rota is hard.") is None
True

The organisation the writer says she is leaving employs the role she leaves:

>>> left_employer("Purpose: I'm leaving Fenwick District Highways on Dec 12. These notes …")
'Fenwick District Highways'
"""

from __future__ import annotations

import re

__all__ = ["job_after_cue", "left_employer", "next_job", "survey_employer", "survey_next_jobs"]

_TITLE = r"[A-Z][\w'’&/-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’&/-]*){0,4}"
_NEXT = re.compile(
    rf"\bI(?:'ve|’ve| have)\s+accepted\s+(?:an?\s+)?(?:offer\s+(?:as|for)\s+(?:an?\s+)?)?"
    rf"(?P<taken>{_TITLE})\s+(?:position|role|post|job|offer)\b"
    rf"|\bI(?:'m|’m| am)\s+(?:joining|moving to|going to)\s+(?:the\s+)?{_TITLE}\s+as\s+(?:an?\s+)?"
    rf"(?P<joined>{_TITLE})")


# A tribunal's findings of the claimant's work after dismissal: "The claimant obtained work
# with Pennine Access Ltd as a X from 2 February", "Since her dismissal she has worked
# casually as a X at …" (a job taken after leaving the role: a move from it).
_AFTER_DISMISSAL = re.compile(
    rf"\bobtained\s+(?:work|employment|a\s+(?:job|post|position))\s+(?:with\s+(?:the\s+)?"
    rf"{_TITLE}\s+)?as\s+(?:an?\s+)?(?P<obtained>{_TITLE})"
    rf"|\b[Ss]ince\s+(?:his|her|their)\s+dismissal\b[^.]{{0,40}}?\bworked\s+(?:[a-z-]+\s+)?"
    rf"as\s+(?:an?\s+)?(?P<since>{_TITLE})")


def next_job(text: str) -> str | None:
    """The title of the job ``text`` says its writer is leaving for, or a dismissed
    claimant took afterwards; None for neither.

    >>> next_job("Since his dismissal he has worked part-time as a Site Marshal at £14 an hour.")
    'Site Marshal'
    >>> next_job("The claimant obtained work with Arden Lifts Ltd as a Lift Engineer in May.")
    'Lift Engineer'
    >>> next_job("The claimant was dismissed on 2 May.") is None
    True
    """
    found = _NEXT.search(text) if "I" in text else None
    if found is not None:
        return found.group("taken") or found.group("joined")
    after = _AFTER_DISMISSAL.search(text) if "obtained" in text or "dismissal" in text else None
    return None if after is None else (after.group("obtained") or after.group("since"))


def job_after_cue(page: str) -> bool:
    """``page`` may state a next job (:func:`next_job`): a cheap test before reading rows."""
    return any(cue in page for cue in _NEXT_CUES)


_NEXT_CUES = ("I've accepted", "I'm joining", "I have accepted", "I am joining", "obtained work",
              "obtained employment", "Since his dismissal", "Since her dismissal",
              "Since their dismissal")


_LEAVING = re.compile(rf"\bI(?:'m|’m| am)\s+leaving\s+(?:the\s+)?(?P<org>{_TITLE})"
                      r"(?=\s+(?:on|at|in|after|this|next|when)\b|[.,;])")


def left_employer(text: str) -> str | None:
    """The organisation ``text`` says its writer is leaving, or None."""
    if "leaving" not in text:
        return None
    found = _LEAVING.search(text)
    return None if found is None else found.group("org")


# An exit survey's question about the leaver's next job ("Q3. New employer / new role",
# "Where are you going, and in what role?"), and the title its answer names: after "as a"
# ("Halvorsen Drug Wholesale, as a Pharmacy Buyer") or after the new employer and a dash
# ("Tallis Health — Payroll Team Leader").  "A step up" in the answer makes it an up move.
_NEXT_QUESTION = re.compile(r"\bnew\s+(?:role|position|job|post|employer)\b"
                            r"|\bwhere\s+are\s+you\s+(?:going|moving|headed)\b"
                            # "What will you be doing next?", "Where will you work next?"
                            r"|\bwhat\s+(?:will|are)\s+you\s+(?:be\s+)?doing\s+next\b"
                            r"|\bwhere\s+will\s+you\s+(?:be\s+)?work(?:ing)?\s+next\b"
                            r"|\b(?:your|the)\s+next\s+(?:role|position|job)\b",
                            re.IGNORECASE)
_ANSWER_TITLE = re.compile(rf"(?:\bas\s+an?\s+|^[\"“]?[A-Z][^—–.]{{1,50}}?\s[—–]\s+)"
                           rf"(?P<title>{_TITLE})")
# ... or first, before its employer ("Procurement Team Leader at Kestrel Mining. A step up").
_TITLE_AT = re.compile(rf"(?P<title>{_TITLE})\s+(?:at|with)\s+[A-Z]")
_STEP_UP = re.compile(r"\b(?:a\s+step\s+up|promotion|step\s+forward)\b", re.IGNORECASE)
_ANSWER_LINES = 3


def survey_next_jobs(rows: list[tuple[int, str, bool]]) -> list[tuple[str, bool, list[int]]]:
    """The next jobs an exit survey's answers name: for each question about the new job
    (``rows``: line, text and whether the row is a heading), the title its answer gives,
    whether the answer calls it a step up, and the answer's lines (its pay is that job's).

    >>> survey_next_jobs([(3, "Q3. New employer / new role (optional)", True),
    ...                   (4, '"Corran Foods — Stock Controller. A step up for me."', False)])
    [('Stock Controller', True, [4])]
    >>> survey_next_jobs([(8, "Where are you going, and in what role?", True),
    ...                   (9, "Mill Lane Vets, as a Practice Manager. Starting at $31/hr", False)])
    [('Practice Manager', False, [9])]
    """
    found: list[tuple[str, bool, list[int]]] = []
    for index, (_, text, heading) in enumerate(rows):
        if not heading or _NEXT_QUESTION.search(text) is None:
            continue
        answer: list[tuple[int, str]] = []
        for no, line, is_heading in rows[index + 1:index + 1 + _ANSWER_LINES]:
            if is_heading:
                break
            answer.append((no, line))
        joined = " ".join(line for _, line in answer)
        title = _ANSWER_TITLE.search(joined.strip()) or _TITLE_AT.match(joined.strip())
        if title is not None:
            found.append((title.group("title"), _STEP_UP.search(joined) is not None,
                          [no for no, _ in answer]))
    return found


# An exit survey's header: the organisation running it, before the survey's name, parted by
# a dash or a breadcrumb's arrow ("Bayview Hospital — Employee Exit Survey", "PeopleLink HR —
# Riverbend City Council ▸ Offboarding ▸ Exit survey responses").
_EXIT_SURVEY = re.compile(r"\b(?:exit|leavers?'?|leaving|offboarding)\s+(?:survey|interview|"
                          r"questionnaire|form)", re.IGNORECASE)
_HEADER_PARTS = re.compile(r"\s+[—–|▸›»>]\s+")
_ORGANISATION = re.compile(rf"{_TITLE}")
_HEADER_LINES = 4
_CRUMB_ARROWS = frozenset("▸›»>")


def survey_employer(lines: list[tuple[int, str]]) -> tuple[str, int] | None:
    """The organisation an exit survey's header names and its line: the nearest name of two
    or more capitalised words before the survey's own name, or None.

    >>> survey_employer([(1, "Corran Foods Ltd — Leavers' Survey 2026")])
    ('Corran Foods Ltd', 1)
    >>> survey_employer([(1, "HRBox — Tilly District Council ▸ People ▸ Exit interview")])
    ('Tilly District Council', 1)
    >>> survey_employer([(1, "Staffdesk Pro ▸ Leavers ▸ Exit survey responses")]) is None
    True
    >>> survey_employer([(1, "Why exit interviews matter")]) is None
    True
    """
    for no, text in lines[:_HEADER_LINES]:
        survey = _EXIT_SURVEY.search(text)
        if survey is None:
            continue
        before = text[:survey.start()].strip()
        parted = before.rstrip("—–|▸›»> ")
        parts = _HEADER_PARTS.split(parted)
        if parted == before:  # ("… — Employee Exit Survey": the survey's own first words)
            parts = parts[:-1]
        first = _HEADER_PARTS.search(parted)
        if first is not None and first.group().strip() in _CRUMB_ARROWS:
            # ("PeopleFlow HR ▸ Offboarding ▸ Exit surveys": a trail's root is the HR
            # system's own name, no employer)
            parts = parts[1:]
        for part in reversed(parts):
            name = part.strip()
            if len(name.split()) >= 2 and _ORGANISATION.fullmatch(name):
                return name, no
    return None
