"""Employers a page prints as a strip of names under a line that says they hire.

Job boards and career pages show the logos of who is hiring; as text the strip becomes one
line of names parted by middle dots, bars or bullets under a lead line ("Companies hiring
accounts executives this week" / "A Pvt. Ltd. · B Distributors · C Resorts").  The lead line
must name organisations and a hiring verb (the ``hiring`` cues of ``data/headings.yaml``);
every cell of the strip must be a capitalised name, or the line is no strip.

>>> hiring_lead("Companies hiring welders near you"), hiring_lead("Welding in the news")
(True, False)
>>> strip_names("Industries: Legal Services, Mining and Retail")
[]
>>> strip_names("Harlow Steel Ltd · Quayside Fabrication · Orrin & Sons")
['Harlow Steel Ltd', 'Quayside Fabrication', 'Orrin & Sons']
>>> strip_names("Pay · Hours · Benefits of the job")
[]
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.company_forms import COMPANY_STOP
from careergraph.guides.gated_re import Gated
from careergraph.guides.hiring_cues import SUBJECT_NOUNS, hiring_cues

__all__ = ["hiring_lead", "strip_names"]

# Cells of a strip: a middle dot, a bar or a bullet with spaces around it.
_CELL_BREAK = re.compile(r"\s+[·|•]\s+")
# Lower-case words a name may hold ("Bank of Leeds", "Mills & Sons", "Casa de Lima").
_NAME_WORDS = frozenset({"of", "and", "&", "de", "du", "la", "le", "the", "for", "da"})
_MAX_NAME_WORDS = 6


@cache
def _lead() -> Gated:
    """Organisations, then a hiring verb ("Companies hiring", "Employers that recruit")."""
    return Gated(re.compile(rf"\b(?:{SUBJECT_NOUNS})\s+(?:(?:that|who|which|now|currently)\s+)?"
                            rf"(?:{hiring_cues().verbs.pattern})", re.IGNORECASE))


def _name(cell: str) -> bool:
    if any(mark in cell for mark in ",:;()"):
        return False  # ("Industries: A, B and C": a labelled list, not a name)
    words = cell.split()
    return 0 < len(words) <= _MAX_NAME_WORDS and words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_WORDS for w in words)


def hiring_lead(line: str) -> bool:
    """``line`` says organisations hire ("Companies hiring accounts executives this week")
    and names none itself ("Companies hiring now: A, B" is a run-in list)."""
    return ":" not in line and _lead().search(line) is not None


def strip_names(line: str) -> list[str]:
    """The cells of ``line`` (or a cell a reader already cut from it) when every one is a
    capitalised name; else []."""
    cells = [_unstopped(cell.strip()) for cell in _CELL_BREAK.split(line.strip())]
    return cells if all(_name(cell) for cell in cells) else []


def _unstopped(cell: str) -> str:
    """``cell`` without a full stop that ends a sentence, not a company's "Ltd."."""
    return cell if COMPANY_STOP.search(cell) else cell.rstrip(".")
