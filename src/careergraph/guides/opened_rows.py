"""The title a pay row opens with: the first cell of a line printed as "title, then figure".

A pay table or list names each post in its row's first cell and prints the post's figure after
it, however the cells are set apart: columns of spaces ("Deck Cadet      USD 950"), pipes
after a grade code ("| 4 | Kennel Supervisor | 41,000 |"), leader dots ("Head Groom .....
£31,000"), a colon or a comma ("- night receptionist, Hotel Ardmore: $19.50"), a middle dot
before a place ("Picker · Leeds · £11.90 an hour").  The figure of such a row is the pay of the
post it opens with: on another role's page, that post's pay, not the role's.

:func:`opened_cell` returns that first cell (a leading grade or step code skipped, its
bracketed aside kept), or None when the lead is no row's; the reader
(``PageMixin.opened_row_pay``) gives the figure to that post when the cell is a known title,
no spelling of the page's own role, and :func:`other_post` (no lone grade word, no level or
learner's word first, no head noun of the role's title).

>>> opened_cell("  Deck Cadet               ")
'Deck Cadet'
>>> opened_cell("| 4 | Kennel Supervisor | ")
'Kennel Supervisor'
>>> opened_cell("- night receptionist, Hotel Ardmore: ")
'night receptionist'
>>> opened_cell("Picker · Leeds ·")
'Picker'
>>> opened_cell("Head Groom ........ ")
'Head Groom'
>>> opened_cell("Relief cooks who cover weekends are paid ") is None
True
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.heading_data import word_lists
from careergraph.guides.headings import load_headings
from careergraph.guides.longform_patterns import _ENTRY_RUNGS
from careergraph.lexicon import bundled_level_words

# What opens a row before its first cell: list markers, a table's pipe, indentation.
_MARKS = " \t>*•·-–—|"
# Where a row's first cell ends: a column gap, leader dots, a middle dot, a pipe, a colon, a
# comma.
_CELL_END = re.compile(r"\s{2,}|\s*(?:\.{3,}|…+)\s*|\s+·\s*|\s*[|:]\s*|,\s+")
# A grade, band or step code printed in a cell before the title ("4", "HP6", "Grade 7").
_CODE = re.compile(r"(?:[A-Z]{0,4}\s?\d+(?:\.\d+)?[a-z]?|(?:grade|band|level|step|scale|"
                   r"pay point|spine point)\s+[\w.]+)", re.IGNORECASE)
# A title cell: a few words with no figure in them.
_MOST_WORDS = 5
_ASIDE = re.compile(r"\s*\([^()]*\)")
_DIGIT = re.compile(r"\d")


def opened_cell(lead: str) -> str | None:
    """The first cell of the row ``lead`` opens (the text of a line before its first figure),
    codes before it skipped; None when no cell of a few words without figures opens it.

    >>> opened_cell("Grade 7 | Senior Porter | "), opened_cell("Courier (Kurir)     ")
    ('Senior Porter', 'Courier (Kurir)')
    >>> opened_cell("Median weekly earnings, all workers: ")
    'Median weekly earnings'
    >>> opened_cell("| 12 | 3 | ") is None
    True
    """
    for cell in _CELL_END.split(lead.strip(_MARKS)):
        cell = cell.strip(_MARKS)
        if not cell or _CODE.fullmatch(cell):
            continue
        if _DIGIT.search(_ASIDE.sub("", cell)) or len(cell.split()) > _MOST_WORDS:
            return None  # ((rules53b) a figure in the title's aside, "Plant Operator (360
        return cell  # excavator)", names the kit, no code or pay of the row)
    return None


def other_post(title: str, role: str, *, lone: bool = False) -> bool:
    """``title``, a known title opening a pay row on ``role``'s page, names another post: it
    has two words or more (a lone word is as often a grade or a rank of the role: "Lead",
    "Consultant", "Sergeant"), opens with no level or learner's word, and holds no head noun
    of the role's title ("Senior Registrar", "Clinical Officer Intern", "Residential Sheet
    Metal Worker" name the role at a level or in a branch).

    >>> other_post("Kennel Supervisor", "Dog Groomer")
    True
    >>> other_post("Consultant", "Anaesthetist"), other_post("Lead Groomer", "Dog Groomer")
    (False, False)
    >>> other_post("Trainee Kennel Hand", "Dog Groomer"), other_post("A Trainee", "Groomer")
    (False, False)
    >>> other_post("Night Receptionist", "Night Manager"), other_post("Intern Officer", "Officer")
    (True, False)

    With ``lone`` (fixes68: a row among rows naming other posts, see
    ``PageMixin.opened_row_pay``) one word will do, unless it is a level, a learner's or a
    professional grade word (``opened_rows.lone_grades`` in ``data/headings.yaml``):

    >>> other_post("Porter", "Housekeeper", lone=True), other_post("Lead", "Cook", lone=True)
    (True, False)
    >>> other_post("Consultant", "Anaesthetist", lone=True)
    False
    """
    words = [word.lower() for word in _WORD.findall(title)]
    words = words[1:] if words[:1] in (["a"], ["an"], ["the"]) else words  # ("A Trainee")
    head = [word.lower() for word in _WORD.findall(role)][-1:]
    if lone and len(words) == 1 and words[0] in _lone_grades():
        return False
    return len(words) >= (1 if lone else 2) and words[0] not in bundled_level_words() and (
        words[0] not in _ENTRY_RUNGS) and words[0] not in _TRADE_LEVELS and not (
        set(head) & set(words))


# A trade's qualified level before a title ("Journeyperson Mechanic"): the role's own.
_TRADE_LEVELS = frozenset({"journeyman", "journeyperson", "journeywoman", "journeyworker"})


_WORD = re.compile(r"[\w'’]+")


@cache
def _lone_grades() -> frozenset[str]:
    """One-word grades and ranks of a role's own standing (``opened_rows.lone_grades``, the
    membership ``grades`` and the service ``ranks`` of ``data/headings.yaml``)."""
    headings = load_headings()
    return frozenset(word_lists("opened_rows").get("lone_grades", ())) | headings.grades | (
        headings.ranks)
