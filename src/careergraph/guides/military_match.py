"""A military-to-civilian career translator's own rows (the ``vettranslator`` page family of
``data/headings.yaml``): the military jobs a civilian occupation matches, each with what
carries over from it, and the military job a translation was asked for.

- under a header "Military job → What carries over" (or "… → What transfers"), each row
  "Title (Branch CODE) → a, b, c" names a military job, a move into the civilian role (its
  code is no part of the name), and the skills that carry over from it;
- "Results for 12N – Title (Army)" (or a wizard's step "② Job: 91B Title ›") names the
  military job translated: a move in too;
- "Other military occupations matched to this career" (or "Other Army jobs that translate
  …"), a list under it or items run on after its colon, one a bullet or split by " · " and
  ". Marines:": each item ("Navy – HM Title", "12P Title") names another military job, a
  move in; its branch and code are no part of its name.

A military job carrying the civilian role's own name is no move; the caller decides that,
knowing the role.

>>> rows = military_rows([(9, "Military job  →  What carries over"),
...     (10, "Signal Mechanic (Army 94X)  →  cable splicing, fault finding"),
...     (11, "Skills employers ask for")])
>>> [(r.line, r.title, r.skills) for r in rows]
[(10, 'Signal Mechanic', ('cable splicing', 'fault finding'))]
>>> military_rows([(5, "Results for 88M – Motor Transport Operator (Army)")])[0].title
'Motor Transport Operator'
>>> [r.title for r in military_rows([(2, "Other Navy ratings that translate to this career:"
...     " BM Boatswain's Mate · 2171 Avionics"), (3, "Technician. Army: 15R Attack Helicopter"),
...     (4, "Repairer.")])]
["Boatswain's Mate", 'Avionics Technician', 'Attack Helicopter Repairer']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["MilitaryRow", "military_rows"]

_ARROW = r"(?:→|->|⇒)"
# The table's header: the military column, an arrow, then what carries over from it.
_HEADER = re.compile(rf"^military\s+(?:jobs?|occupations?|specialt(?:y|ies)|ratings?|roles?)"
                     rf"\s*{_ARROW}\s*(?:what\s+(?:carries|transfers|translates)(?:\s+over)?|"
                     rf"transferable\s+skills|skills\s+that\s+(?:carry|transfer))\b",
                     re.IGNORECASE)
# A row: the military title, its branch and code in brackets, the arrow, the skills.
_ROW = re.compile(rf"^(?P<title>[A-Z][^()→>]{{2,80}}?)\s*(?:\([^()]{{1,40}}\))?\s*{_ARROW}\s*"
                  rf"(?P<skills>\S.*)$")
# The code asked for and its military title ("Results for 12N – Horizontal … (Army)").
_RESULTS = re.compile(r"^results\s+for:?\s+\S{1,12}\s*[–—-]\s*(?P<title>[A-Z][^()]{2,80}?)\s*"
                      r"(?:\([^()]{1,30}\))?\s*$", re.IGNORECASE)
_SKILL_SPLIT = re.compile(r"\s*[,;]\s*")
# A wizard's step naming the military job chosen ("② Job: 91D Generator Repairer  ›  ③ …"):
# the code holds a digit, so a plain "Job: Welder" field is not read.
_WIZARD = re.compile(r"(?:^|\s)(?:job|mos|moc|rating|afsc|nec|specialty)\s*:\s*"
                     r"(?=[0-9A-Z]{0,6}\d)[0-9A-Z]{2,7}\s+(?P<title>[A-Z][^›»|:()]{2,80}?)\s*"
                     r"(?:›|»|\||\(|$)", re.IGNORECASE)
_BRANCHES = (r"(?:military|army|navy|air\s+force|marines?|marine\s+corps|coast\s+guard|"
             r"space\s+force|national\s+guard)")
# The heading over the other military jobs matched to the civilian career, and what follows
# its colon on the same line.
_OTHERS = re.compile(rf"^other\s+{_BRANCHES}\s+(?:occupations|jobs|ratings|codes|specialt(?:y|ies)"
                     rf"|career\s+fields|mos(?:s|es)?)\s+(?:(?:that\s+)?(?:are\s+)?matched|that\s+"
                     rf"(?:translate|match|lead)|matching)\b[^:]*:?\s*(?P<rest>.*)$", re.IGNORECASE)
# One item's pieces: its bullet, a branch named before it ("Navy – ", "Marines: ") and its
# code (a token of capitals and digits: "HM", "4N0X1", "1142").
_BULLETS = "•*-–·▪◦"
_ITEM_SPLIT = re.compile(r"\s+·\s+|\.\s+(?=[A-Z])|;\s+")
_ITEM_BRANCH = re.compile(rf"^{_BRANCHES}\s*(?:[–—:-]|\s)\s*", re.IGNORECASE)
_ITEM_CODE = re.compile(r"^(?:[0-9][0-9A-Z]{1,6}|[A-Z]{1,3}[0-9][0-9A-Z]{0,5}|[A-Z]{2,4})\s+"
                        r"(?=[A-Z][a-z])")


@dataclass(frozen=True)
class MilitaryRow:
    """One military job the page matches: its line, its title and what carries over."""

    line: int
    title: str
    skills: tuple[str, ...] = ()
    #: Further lines the row's text runs over (a run-on list wrapped over several lines).
    lines: tuple[int, ...] = ()


def military_rows(lines: Sequence[tuple[int, str]]) -> list[MilitaryRow]:
    """The military jobs of a translator's page (``lines``: number and text, in order), in
    the order printed (see the module's docstring)."""
    found: list[MilitaryRow] = []
    inside = False
    others: list[tuple[int, str]] | None = None  # the "Other … jobs matched" list's lines
    for no, raw in lines:
        text = raw.strip()
        if others is not None:
            bullet = text[:1] in _BULLETS
            if text and (bullet if not others or others[0][1][:1] in _BULLETS else True):
                others.append((no, text))  # (a bullet, or a run-on paragraph's next line)
                continue
            if text or others:  # (a blank between the heading and its bullets is skipped)
                found.extend(_other_jobs(others))
                others = None
        if not text:
            continue
        other = _OTHERS.match(text)
        if other is not None:
            others = [(no, other.group("rest").strip())] if other.group("rest").strip() else []
            continue
        wizard = _WIZARD.search(text)
        if wizard is not None and not _ROW.match(text):
            found.append(MilitaryRow(no, wizard.group("title").strip()))
            continue
        if _HEADER.match(text):
            inside = True
            continue
        results = _RESULTS.match(text)
        if results is not None:
            found.append(MilitaryRow(no, results.group("title").strip()))
            continue
        row = _ROW.match(text) if inside else None
        if row is None:
            inside = False  # (the table ends at its first line of another shape)
            continue
        skills = tuple(s.strip(" .") for s in _SKILL_SPLIT.split(row.group("skills"))
                       if s.strip(" ."))
        found.append(MilitaryRow(no, row.group("title").strip(), skills))
    if others is not None:
        found.extend(_other_jobs(others))
    return found


def _other_jobs(taken: Sequence[tuple[int, str]]) -> list[MilitaryRow]:
    """The military jobs of an "Other … jobs matched" list: bullets one a line, or a run-on
    paragraph (its wrapped lines joined) split at " · ", ";" and sentence ends."""
    if not taken:
        return []
    if all(text[:1] in _BULLETS for _, text in taken):
        pieces = [(no, text.lstrip(_BULLETS + " ")) for no, text in taken]
        spans: tuple[int, ...] = ()
    else:
        joined = " ".join(text for _, text in taken)
        pieces = [(taken[0][0], piece) for piece in _ITEM_SPLIT.split(joined)]
        spans = tuple(no for no, _ in taken[1:])
    rows: list[MilitaryRow] = []
    for no, piece in pieces:
        piece = _ITEM_BRANCH.sub("", piece.strip().rstrip(".")).strip()
        piece = _ITEM_CODE.sub("", piece).strip()
        if piece[:1].isupper() and len(piece.split()) <= 8:
            rows.append(MilitaryRow(no, piece, lines=spans))
    return rows
