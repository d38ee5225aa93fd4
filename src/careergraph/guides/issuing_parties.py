"""The employer that issues a pay document about its own staff: an agreement's employer party,
a reward statement's issuer.

- A **collective agreement** names its parties at its head ("COLLECTIVE AGREEMENT between THE
  CORPORATION OF THE TOWN OF X (the "Employer") and … UNION, LOCAL 12 (the "Union")",
  "AGREEMENT BETWEEN THE BOARD OF TRUSTEES OF Y UNIVERSITY AND TEAMSTERS LOCAL 9"): the party
  marked as the employer, or the one that is no union, employs the role (the union does not).
- A **total reward statement** prints its issuer's name at its head, beside the statement's
  title ("NORTHFELL GAS    YOUR TOTAL REWARD STATEMENT 2026", "X COUNTY · Human Resources" over
  "2026 TOTAL COMPENSATION STATEMENT"), and the department the job sits in ("Department: Office
  of the Coroner – Records Division"): both employ the role.

>>> agreement_employer([(1, 'AGREEMENT between THE CITY OF ALDER (the "Employer") and'),
...                     (2, 'PARKS WORKERS UNION, LOCAL 4 (the "Union")')])
[('City of Alder', 1)]
>>> agreement_employer([(1, "AGREEMENT BETWEEN THE BOARD OF REGENTS OF LAKE STATE UNIVERSITY AND"),
...                     (2, "TEAMSTERS LOCAL 77 — CLERICAL UNIT")])
[('Lake State University', 1)]
>>> statement_issuer([(1, "NORTHFELL GAS NETWORKS        YOUR TOTAL REWARD STATEMENT 2026"),
...                   (3, "Department: Office of the Coroner – Records Division")])
[('Northfell Gas Networks', 1), ('Office of the Coroner', 3)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careergraph.guides.roles import title_case

__all__ = ["agreement_employer", "statement_issuer"]

_HEAD = 4  # lines of a document's head where its parties or its issuer stand
# A party marked as the employer ("X (the "Employer")").
_MARKED = re.compile(r"^\s*(?:(?i:and)\s+)?(?:(?i:the)\s+)?(?P<org>[A-Z][\w&'’.,-]*"
                     r"(?:\s+[\w&'’.,-]+){0,9}?)\s*\((?:the\s+)?[\"“]?Employer[\"”]?\)")
_BETWEEN_WORD = re.compile(r"\bbetween\s+", re.IGNORECASE)
# "AGREEMENT BETWEEN A AND B": the two parties (B may wrap onto the next line).
_BETWEEN = re.compile(r"\bAGREEMENT\s+BETWEEN\s+(?:THE\s+)?(?P<first>[A-Z][A-Z&'’. -]{3,90}?)"
                      r"\s+AND\s+(?P<second>[A-Z][A-Z0-9&'’. -]{2,90})", re.IGNORECASE)
# A union's words: the party that is no employer.
_UNION = re.compile(r"\b(?:union|local\s+\d+|teamsters|federation|guild|brotherhood|"
                    r"association of [\w ]*employees)\b", re.IGNORECASE)
# A governing board named before its institution ("THE BOARD OF TRUSTEES OF X UNIVERSITY"),
# a town's corporate name ("THE CORPORATION OF THE TOWN OF X") keeps its whole.
_BOARD = re.compile(r"^(?:the\s+)?board\s+of\s+(?:trustees|regents|governors|directors)\s+of\s+"
                    r"(?:the\s+)?", re.IGNORECASE)
# A reward or compensation statement's title.
_STATEMENT = re.compile(r"\b(?:total\s+(?:reward|rewards|compensation|remuneration)|reward|"
                        r"compensation|benefits)\s+statement\b", re.IGNORECASE)
_CELLS = re.compile(r"\s{3,}|\s+[·|]\s+")
_ISSUER = re.compile(r"^[A-Z][A-Z&'’.-]*(?:\s+[A-Z][A-Z&'’.-]*){0,5}$")  # a name in capitals
_DEPARTMENT = re.compile(r"^\s*Department\s*:\s*(?P<dept>[A-Z][^–—|]{3,80}?)\s*(?:[–—|]|\s{3,}|$)")


def _party(name: str) -> str:
    """A party's name as the employer's: its board dropped, Title Case when in capitals."""
    name = _BOARD.sub("", name.strip(" ,.")).strip()
    if not name.isupper():
        return name
    first, *rest = title_case(name.lower()).split(" ")
    return " ".join([first, *(w.lower() if w in _SMALL else w for w in rest)])


_SMALL = frozenset({"Of", "The", "And", "For", "In", "At"})  # inside a name, lower case


def agreement_employer(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The employer party a collective agreement's head names, with its line."""
    head = [(no, text) for no, text in lines if text.strip()][:_HEAD]
    for no, text in head:
        opening = _BETWEEN_WORD.search(text)
        marked = _MARKED.search(text[opening.end():] if opening is not None else text)
        if marked is not None and not _UNION.search(marked.group("org")):
            return [(_party(marked.group("org")), no)]
    joined = " ".join(text.strip() for _, text in head)
    between = _BETWEEN.search(joined)
    if between is None:
        return []
    first, second = between.group("first"), between.group("second")
    if _UNION.search(second) and not _UNION.search(first):
        return [(_party(first), head[0][0])]
    return []


def statement_issuer(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The employer issuing a reward statement (its name in capitals at the head) and the
    department the job sits in, with their lines; none when the head has no statement."""
    head = [(no, text) for no, text in lines if text.strip()][:_HEAD]
    if not any(_STATEMENT.search(text) for _, text in head):
        return []
    found: list[tuple[str, int]] = []
    first_no, first = head[0]
    issuer = _CELLS.split(first.strip())[0]
    if _ISSUER.match(issuer) and not _STATEMENT.search(issuer):
        found.append((title_case(issuer.lower()), first_no))
    for no, text in lines[:_HEAD * 3]:
        department = _DEPARTMENT.match(text)
        if department is not None:
            found.append((department.group("dept").strip(), no))
            break
    return found
