"""The title a pay line's lead names when the page wraps it in its own words: a career
path's first step named by the newcomer's word with the title in brackets ("Fresher (Project
Assistant): ₹20,000 – ₹31,000 per month"), or a title placed in a workplace ("Principal
Scientist at a national institute: ₹18 LPA – ₹24 LPA", "a sound technician at an events
company earns").  The words around the title say who and where, the title owns the figure.

>>> titled = lambda text: text.endswith(("Assistant", "Scientist"))
>>> owner_lead("Fresher (Project Assistant)", titled)
'Project Assistant'
>>> owner_lead("Principal Scientist at a national institute", titled)
'Principal Scientist'
>>> owner_lead("Median at a national institute", titled)
'Median at a national institute'
>>> owner_lead("Project Assistant      Grade 6  ", titled)
'Project Assistant'
>>> owner_lead("Project Assistant    Band C", titled), owner_lead("Clerk    grade 131", titled)
('Project Assistant', 'Clerk    grade 131')
>>> owner_lead("Range, Senior Project Assistant", titled)
'Senior Project Assistant'
>>> owner_lead("Project Assistant (for comparison)", titled)
'Project Assistant'
>>> owner_lead("Project Assistant (2nd year, 2021)", titled)
'Project Assistant'
>>> owner_lead("Project assistant (for information)", titled)
'Project Assistant'
>>> owner_lead("Assistant of the centre (for comparison)", titled)
'Assistant of the Centre'
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["charge_title", "graded_cell", "owner_lead"]

# A fixed-width table's row: its title cell, then its grade's cell, then the figure
# ("Senior Practitioner      Grade 11  £43,693 - …", "Theatre Co-ordinator   Band 7   £…").
_WIDE_GAP = re.compile(r"\s{2,}")
# A grade may be a capital letter after its word ("Band C", "Grade D": a reward statement's
# job-family rows); a bare letter is no grade.
_GRADE_CELL = re.compile(r"(?:(?:Grade|Band|Scale|Level|Step|Pay band)\s+)?\d{1,2}[a-d]?|"
                         r"(?:Grade|Band|Scale|Level|Pay band)\s+(?:\d{3}|(?-i:[A-H]))"
                         # (carry36) a staff table's grade cell naming how a post is held,
                         # no grade: "Search Room Assistants   casual   £12.27 an hour"
                         r"|casual|sessional|relief|bank|seasonal|temporary",
                         re.IGNORECASE)
_ASIDE = re.compile(r"\s*\([^()]*\)$")  # "Newly Qualified Social Worker (ASYE)"
# The newcomer's words a path's first step is named by, its title in brackets.
_NEWCOMER = re.compile(r"^(?:fresher|freshers|entry[- ]level|newcomer|new starter|starter|"
                       r"beginner)\s*\((?P<title>[^()]{3,60})\)$", re.IGNORECASE)
# An HR block's range label before the title it is for ("Range, Senior Copywriter ......",
# "Salary range, Copywriter II").
_RANGE_OF = re.compile(r"^(?:(?:pay|salary|base|grade)\s+)?(?:range|band|scale),\s+"
                       r"(?P<title>[A-Z][^,]{2,60}?)\s*$", re.IGNORECASE)
# A title, then where it works ("at a national institute", "in a large firm").
_PLACED = re.compile(r"^(?P<title>[A-Za-z][\w'’&-]*(?:\s+[\w'’&-]+){0,4}?)\s+(?:at|in|with|for)"
                     r"\s+(?:an?|the|one of the)\s+[a-z][\w'’ -]{2,50}$")

# A title, then a note in brackets in lower case ("Porter (for comparison)", "Site Manager
# (salaried)"): the note says how the figure is paid or why it is shown, the title owns it
# (a title's own qualifier is capitalised: "Technical Officer (Electrical)").
_NOTED = re.compile(r"^(?P<title>[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,4}?)\s*"
                    r"\((?:(?:[a-z][a-z-]*)(?:\s[a-z][a-z-]*){0,2}"
                    # (fresh60) two notes parted by a comma: "(comparison only, not hiring)"
                    r"(?:,\s[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2})?"
                    # (rules35d) when it was paid: "Apprentice Electrician (4th year, 2022)"
                    r"|\d(?:st|nd|rd|th) year(?:,\s*(?:19|20)\d\d)?|(?:19|20)\d\d)\)$")


_SHOWN_FOR = ("(for information)", "(for comparison)", "(for reference)")
# (rules51c) A head, then "of the" and what it runs ("Coordinator of the center").
_HEAD_OF_THE = re.compile(r"([A-Z][a-z]+)\s+of\s+the\s+([a-z]+(?:\s[a-z]+)?)")


def charge_title(text: str, is_title: Callable[[str], bool]) -> str | None:
    """(rules51c, fixes100) A translated page's title in sentence case, a head, then "of the"
    and what it is in charge of ("Coordinator of the center", "Responsible of the plant"),
    in Title Case; None for any other text.  The head is a title, or opens one before "of"
    ("Responsible of Plant", the Romance "responsable de").

    >>> charge_title("Assistant of the centre", lambda text: text == "Assistant")
    'Assistant of the Centre'
    >>> charge_title("Cost of the course", lambda text: text == "Assistant") is None
    True
    """
    headed = _HEAD_OF_THE.fullmatch(text)
    if headed is None:
        return None
    head, charge = headed.group(1), headed.group(2).title()
    return f"{head} of the {charge}" if is_title(head) or is_title(f"{head} of {charge}") else None


# A note's title, then its town in brackets and a hedge before the figure ("studio assistant
# (Leeds) ~£21k" in a mind map's pay branch).
_TOWNED = re.compile(r"^(?P<title>[a-z][\w'’&-]*(?:\s+[a-z][\w'’&-]*){0,3})\s*"
                     r"\([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\)\s*~?$")


def owner_lead(lead: str, is_title: Callable[[str], bool]) -> str:
    """``lead`` as the title it names (see the module's examples); ``lead`` itself when it
    names none in these ways.

    >>> owner_lead("night porter (Bath) ~", lambda text: text == "Night Porter")
    'Night Porter'
    """
    found = _NEWCOMER.match(lead) or _PLACED.match(lead) or (
        _NOTED.match(lead) if lead.endswith(")") else None)
    if found is not None and is_title(found.group("title")):
        return found.group("title")
    if found is not None and " " in (title := found.group("title")) and title[:1].isupper() and (
            lead.endswith(_SHOWN_FOR)) and is_title(title.title()):
        return title.title()  # ("Dental nurse (for information)": a translated page writes
        # the title it shows for comparison in sentence case)
    if found is not None and lead.endswith(_SHOWN_FOR) and (
            charged := charge_title(found.group("title"), is_title)) is not None:
        # (rules51c) "Coordinator of the center (for comparison)": a translated page's title
        # named by its head and what it is in charge of; shown for comparison, it is a post
        return charged
    towned = _TOWNED.match(lead) if lead.endswith((")", "~")) else None
    if towned is not None and is_title(titled := towned.group("title").title()):
        return titled
    ranged = _RANGE_OF.match(lead) if "," in lead else None
    if ranged is not None:  # "Range, Senior Copywriter": an HR block's range of that title
        return ranged.group("title")
    cell = _graded_first(lead)
    if cell is not None and is_title(cell):
        return cell  # a fixed-width row's title cell before its grade
    scaled = grade_then_title(lead)
    if scaled is not None and is_title(scaled):
        return scaled  # (rules50b) "Scale 10 – Credit Manager": the title
    return lead


# (rules50b) A scale table's row opening with its grade, then a dash and the title ("Scale 10
# – Credit Manager: € 4.800 – € 6.700 per month").
# (and a grade's code alone: "FO4 – Finance Operations Team Lead: €…")
_GRADE_THEN_TITLE = re.compile(r"(?:(?:Scale|Grade|Band|Level)\s+[A-H0-9]{1,3}[a-d]?"
                               r"|[A-Z]{1,3}\d{1,2})"
                               r"\s+[–—-]\s+"
                               r"(?P<title>[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’&-]*){0,5})\s*$")


def grade_then_title(lead: str) -> str | None:
    """(rules50b, carry50) The title of a scale table's row that opens with its grade or its
    grade's code, then a dash ("Scale 10 – Credit Manager", "FO4 – Finance Operations Team
    Lead"): the title owns the row's figure; None for any other lead. The one rule for this
    shape: the row reader here and ``pay_owners.pay_label_title`` both use it.

    >>> grade_then_title("Scale 10 – Credit Manager"), grade_then_title("QA4 – Systems Lead")
    ('Credit Manager', 'Systems Lead')
    >>> grade_then_title("Credit Manager – Scale 10") is None
    True
    """
    found = _GRADE_THEN_TITLE.match(lead.strip()) if lead[:1].isupper() else None
    return found.group("title") if found is not None else None


def dashed_grade(lead: str) -> str | None:
    """(rules50b) The title of a pay table's row set with dashes, its grade (and a spine
    range) between the title and the figure; None for another lead.

    >>> dashed_grade("Parking Services Team Leader — Grade 6 (SCP 17–22) — ")
    'Parking Services Team Leader'
    >>> dashed_grade("Team Leader — £") is None
    True
    """
    dashed = _DASHED_GRADE.match(lead) if "rade" in lead or "and" in lead or (
        "cale" in lead) else None
    return dashed.group("title") if dashed is not None else None


# (rules50b) A pay table's row set with dashes: the title, its grade with a spine range in a
# bracket, then the figure ("Parking Services Team Leader — Grade 6 (SCP 17–22) — £29,093 to
# £31,586 a year").
_DASHED_GRADE = re.compile(r"\s*(?P<title>[A-Z][\w'’-]*(?:\s[\w'’&-]+){0,5}?)\s+[—–-]\s+"
                           r"(?:Band|Grade|Pay band|Scale)\s+[A-H0-9]{1,3}[a-d]?"
                           r"(?:\s*\([^()]{1,30}\))?\s*[—–-]?\s*$")


# A job-family row's title cell: Title Case words ("Water Quality Sampler").
_TITLE_CELL = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|&)){0,5}")


def graded_cell(lead: str) -> str | None:
    """The first cell of a fixed-width row whose other cells are grades ("Water Quality
    Sampler    Band D"), less its aside, when it is in Title Case; None for another lead.

    >>> graded_cell("Water Quality Sampler    Band D   "), graded_cell("Sampler Level D")
    ('Water Quality Sampler', None)
    """
    title = _graded_first(lead)
    return title if title is not None and _TITLE_CELL.fullmatch(title) else None


def _graded_first(lead: str) -> str | None:
    """The first cell, less its aside, of a fixed-width row whose other cells are grades,
    or of a row set with single spaces whose title ends in its band ("Senior Clerk Band D").

    >>> _graded_first("Senior Records Clerk Band D"), _graded_first("Clerk Level 2")
    ('Senior Records Clerk', None)
    >>> _graded_first("Weekend Ticket Assistants    casual")
    'Weekend Ticket Assistants'
    """
    cells = _WIDE_GAP.split(lead.strip()) if "   " in lead else []
    if len(cells) >= 2 and all(_GRADE_CELL.fullmatch(cell) for cell in cells[1:]):
        return _ASIDE.sub("", cells[0])
    spaced = _SPACED_GRADE.fullmatch(lead.strip()) if not cells and (
        "Band " in lead or "Grade " in lead) else None
    return spaced.group("title") if spaced is not None else None


# A job-family row set with single spaces: the title, then its band or grade in Title Case
# ("Water Quality Officer Band D £…"); a level or step may be the title's own ("Engineer
# Level 2"), so only a band or a grade is cut off.
_SPACED_GRADE = re.compile(r"(?P<title>[A-Z][\w'’-]*(?:\s[\w'’&-]+){0,5}?)\s(?:Band|Grade|Pay band)"
                           r"\s(?:[A-H]|\d{1,2}[a-d]?)")
