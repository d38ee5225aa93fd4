"""Label/value panels: "key facts" boxes and two-column tables flattened into lines.

Career pages put facts in panels whose label and value a scraper glues together
("IndustryLegal Services, Government"), separates by a dash ("Physics — how fluids move")
or prints on two lines (the value "$63,400" above its label "median salary").  This module
finds those rows by their shape; what a label *means* comes from the heading vocabulary
(``data/headings.yaml``), so a row whose label no rule knows is left unread.

>>> glued_label("IndustryLegal Services, Government")
('Industry', 'Legal Services, Government')
>>> panel_value("High 🎯 (Legal Terminology, Note-Taking)🟩🟩⬜")
'Legal Terminology, Note-Taking'
>>> dash_label("Physics — how fluids move through porous rock")
('Physics', 'how fluids move through porous rock')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from careergraph.guides.text import Line, clean

__all__ = ["bar_header", "dash_label", "glued_label", "glued_panels", "header_cells",
           "meta_columns", "number_cell", "panel_value", "record_fields", "spaced_panels",
           "strip_code",
           "without_columns"]

# A label of one to four words ("Work-Life Balance", "Education Required") glued to a value
# that starts with a capital, a digit or a currency sign.
_GLUED = re.compile(r"([A-Z][\w'’&/-]*(?: [A-Za-z][\w'’&/-]*){0,3}?)(?<=[a-z])(?=[A-Z0-9$€£₹])")
_LABEL_SPAN = 50  # a glued label ends within this many characters
_TOUCH = re.compile(r"[a-z][A-Z0-9$€£₹]")  # where a label can touch its value
_DASH = re.compile(r"\s+[—–]\s+|\s+-{1,2}\s+")
_MIN_ROWS = 3  # a panel is a run of at least this many glued rows ...
_MIN_KNOWN = 2  # ... of which this many have a label the vocabulary knows


def glued_label(text: str) -> tuple[str, str] | None:
    """``(label, value)`` of a row whose label is glued to its value, else None.

    >>> glued_label("Education RequiredBachelor's Degree")
    ('Education Required', "Bachelor's Degree")
    >>> glued_label("Data engineers build pipelines") is None
    True
    """
    stripped = text.strip()
    match = _GLUED.match(stripped[:_LABEL_SPAN])
    if match is None:
        return None
    label = match.group(1)
    value = stripped[match.end():].strip()
    return (label, value) if value else None


def glued_panels(lines: Sequence[Line],
                 kind_of: Callable[[str], Any]) -> dict[int, tuple[str, str]]:
    """``{line: (label, value)}`` for every row of a glued panel: a run of consecutive lines
    shaped ``LabelValue`` in which at least two labels have a kind (``kind_of``), so that a
    list of camel-case names ("PyTorch", "GitHub") is not taken for one.

    >>> from careergraph.guides.text import number_lines
    >>> kinds = {"Industry": "sectors", "Skill Level": "skills"}.get
    >>> rows = glued_panels(number_lines("IndustryLaw\\nCollar TypeWhite\\nSkill LevelHigh"),
    ...                     kinds)
    >>> rows[1], len(rows)
    (('Industry', 'Law'), 3)
    """
    found: dict[int, tuple[str, str]] = {}
    run: list[tuple[int, tuple[str, str]]] = []
    for line in [*lines, Line(-1, "")]:
        if line.blank and line.no != -1:
            continue
        row = glued_label(line.text) if line.text[:1].isupper() and _TOUCH.search(
            line.text, 0, _LABEL_SPAN) else None
        if row is not None:
            run.append((line.no, row))
            continue
        known = sum(1 for _, (label, _) in run if kind_of(label) is not None)
        if len(run) >= _MIN_ROWS and known >= _MIN_KNOWN:
            found.update(run)
        run = []
    return found


# A card's field: a label of one to four words at the line's start, a gap of three spaces or
# more, then its value ("Succession         Senior Clinical Coder — ready 6-12 months: 2").
_SPACED = re.compile(r"(?P<label>[A-Z][\w().&/'’-]*(?: [\w().&/'’-]+){0,3}?)(?P<gap>\s{3,})"
                     r"(?P<value>\S.*)")
_HANG = 8  # a wrapped value's next line is indented at least this far (to its column)
_ITEM_ENDS = frozenset("0123456789).")
_ALIGN = 2  # how far a card's values may stray from one column


def spaced_panels(lines: Sequence[Line], kind_of: Callable[[str], Any],
                  anchor: Callable[[str], bool] = lambda _: True,
                  ) -> tuple[dict[int, tuple[str, str]], set[int]]:
    """An HR tool's position card or a profile's fields printed as "Label<spaces>Value":
    ``({line: (label, value)}, wrapped lines)`` for every field of a run of at least three
    such lines in which two labels or more have a kind (``kind_of``) and one is a card's own
    (``anchor``: "Succession", not a posting's "Location").  A value wrapped onto
    lines indented to its column is joined to its field (those lines are returned apart, read
    no further); a field whose label no rule knows is kept, so it ends the field before it.

    >>> from careergraph.guides.text import number_lines
    >>> kinds = {"Lateral": "lateral", "Key skills": "skills"}.get
    >>> rows, wrapped = spaced_panels(number_lines("\\n".join([
    ...     "Grade        Band 4", "Key skills   Triage · Casting", "             Splinting",
    ...     "Lateral      Plaster Technician"])), kinds)
    >>> rows[2], sorted(wrapped)
    (('Key skills', 'Triage · Casting Splinting'), [3])
    """
    found: dict[int, tuple[str, str]] = {}
    wrapped: set[int] = set()
    run: list[tuple[int, str, str]] = []
    hanging: list[int] = []
    column = 0
    for line in [*lines, Line(-1, "")]:
        text = line.text.rstrip()
        indent = len(text) - len(text.lstrip())
        if run and text and indent >= max(_HANG, column - 2):
            no, label, value = run[-1]  # the value wrapped onto this line
            # (an item ended by a figure or a bracket before a capital: the next item)
            parted = value[-1:] in _ITEM_ENDS and text.strip()[:1].isupper()
            run[-1] = (no, label, f"{value}{'; ' if parted else ' '}{text.strip()}")
            hanging.append(line.no)
            continue
        field = _SPACED.fullmatch(text) if text[:1].isupper() and "   " in text else None
        if field is not None and line.no != -1 and (not run or abs(
                field.start("value") - column) <= _ALIGN):
            # (the values of a card's fields start at one column)
            run.append((line.no, field.group("label"), field.group("value")))
            column = field.start("value")
            continue
        if len(run) >= _MIN_ROWS and sum(1 for _, label, _ in run
                                         if kind_of(label) is not None) >= _MIN_KNOWN and any(
                anchor(label) for _, label, _ in run):
            found.update((no, (label, value)) for no, label, value in run)
            wrapped.update(hanging)
        run, hanging = [], []
        if field is not None and line.no != -1:  # a field of another column: a new card
            run.append((line.no, field.group("label"), field.group("value")))
            column = field.start("value")
    return found, wrapped


# (rules44a) An HR system's record printed as "Label  Value" lines two spaces apart, the
# values in no one column ("Job Code  WH-TL-03", "Skills  Forklift; RF scanning").
# (Exactly two spaces: a form's fields aligned in a column, "Business name      X", are read
# by the readers of aligned fields.)
_RECORD = re.compile(r"(?P<label>[A-Z][\w().&/'’-]*(?: [\w().&/'’-]+){0,3}?)  "
                     r"(?P<value>[^\s|▸›>].*)")
_RECORD_LINES = 10  # a page is a record with this many field lines at least ...
_RECORD_KNOWN = 3  # ... this many of them under labels the vocabulary knows


def record_fields(lines: Sequence[Line], kind_of: Callable[[str], Any],
                  ) -> dict[int, tuple[str, str]]:
    """An HR system's record printed as "Label  Value" lines: ``{line: (label, value)}``
    for every field of a run holding a label with a kind (``kind_of``), on a page of many
    such lines (a field no rule knows ends the field before it); empty for other pages.

    >>> from careergraph.guides.text import number_lines
    >>> kinds = {"Skills": "skills", "Lateral": "lateral", "Next": "up"}.get
    >>> page = [f"Field {n}  value {n}" for n in range(8)] + ["Qualifications",
    ...     "Skills  Kiln loading; Glaze mixing", "Next  Kiln Supervisor",
    ...     "Lateral  Mould Maker", "Note  reviewed yearly"]
    >>> fields = record_fields(number_lines("\\n".join(page)), kinds)
    >>> fields[10], fields[13], 1 in fields
    (('Skills', 'Kiln loading; Glaze mixing'), ('Note', 'reviewed yearly'), False)
    """
    runs: list[list[tuple[int, str, str]]] = [[]]
    for line in lines:
        text = line.text.strip()
        field = _RECORD.fullmatch(text) if text[:1].isupper() and "  " in text[:40] else None
        if field is None:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append((line.no, field.group("label"), field.group("value")))
    if sum(map(len, runs)) < _RECORD_LINES:
        return {}  # (speed23) too few field lines: no label need be asked about
    known = [run for run in runs if any(kind_of(label) is not None for _, label, _ in run)]
    if sum(1 for run in known for _, label, _ in run if kind_of(label) is not None) < (
            _RECORD_KNOWN):
        return {}
    return {no: (label, value) for run in known for no, label, value in run}


def _symbol(char: str) -> bool:
    # Emoji, rating squares, variation selectors and joiners: decoration, never a fact (a
    # two-way arrow between titles, "A ⇄ B", says two moves: kept).
    return (unicodedata.category(char) in ("So", "Sk", "Cf", "Mn", "Co", "Cs")
            and char not in "⇄⇆") or 0xFE00 <= ord(char) <= 0xFE0F


# (speed19) The ASCII characters :func:`_symbol` blanks ("^" and "`", modifier symbols),
# found by asking it of every one: a value's ASCII characters are blanked by one
# ``translate``, and only its runs of other characters are asked of ``_symbol``.
_ASCII_BLANKS = str.maketrans({char: " " for char in map(chr, range(128)) if _symbol(char)})
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")


def _blanked(value: str) -> str:
    """``value`` with every :func:`_symbol` character a space.

    >>> _blanked("Rising ^ 📈 (Tug Mate)")
    'Rising     (Tug Mate)'
    """
    text = value.translate(_ASCII_BLANKS)
    if text.isascii():
        return text
    return _NOT_ASCII.sub(lambda run: "".join(" " if _symbol(c) else c for c in run.group()),
                          text)


_RATED = re.compile(r"([^()]{0,30}?)\s*\(([^()]+)\)\s*$")
# Words a panel rates with ("High (A, B)", "Very Good (A, B)"); the names follow in brackets.
_RATINGS = frozenset({"high", "low", "medium", "moderate", "good", "average", "excellent",
                      "poor", "fair", "strong", "weak", "very", "great", "limited", "stable",
                      "rising", "growing", "yes", "no", "mixed", "above", "below", "extremely",
                      "highly", "some", "many", "few", "competitive", "steady"})


def panel_value(value: str) -> str:
    """A panel value without its decoration; "High (A, B, C)", a rating followed by the
    names it rates, gives the names.

    >>> panel_value("Legal Services, Public Sector 🏛️")
    'Legal Services, Public Sector'
    >>> panel_value("Moderate 💰💰 (Depends on Language Pair)")
    'Moderate (Depends on Language Pair)'
    >>> panel_value("Data Analyst (SQL, Python)")
    'Data Analyst (SQL, Python)'
    >>> panel_value("Good (Senior Glassblower)")
    'Senior Glassblower'
    """
    text = clean(_blanked(value))
    rated = _RATED.fullmatch(text) if "(" in text else None
    if rated and (_listed(rated.group(2)) or _named(rated.group(2))) and all(
            word.lower() in _RATINGS for word in rated.group(1).replace("-", " ").split()):
        return rated.group(2).strip()
    return text


def _listed(inner: str) -> bool:
    return "," in inner or ";" in inner


def _named(inner: str) -> bool:
    """One name in brackets ("Good (Senior Data Analyst)"), every word capitalised; a remark
    ("Depends on Language Pair") is no name."""
    words = inner.split()
    return 0 < len(words) <= 8 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def dash_label(text: str, *, max_words: int = 6) -> tuple[str, str] | None:
    """``(label, rest)`` of "Label — rest" (em or en dash, or a spaced hyphen); the label is
    short and starts with a capital.

    >>> dash_label("Spreadsheet software — Microsoft Excel")
    ('Spreadsheet software', 'Microsoft Excel')
    >>> dash_label("grows fast — the pay too") is None
    True
    >>> dash_label("Data Governance (Level 3 - Advanced)") is None
    True
    """
    match = _DASH.search(text, 0, 120)
    if match is None:
        return None
    if text.count("(", 0, match.start()) > text.count(")", 0, match.start()):
        return None  # (recall13) a dash inside a bracket is the bracket's own ("(Level 3 - A)")
    label, rest = text[: match.start()].strip(), text[match.end():].strip()
    # (an aside in brackets is no part of the label's length: "Habitat survey (now UKHab)")
    if (not label[:1].isupper() or not rest or len(_ASIDE.sub("", label).split()) > max_words
            or label[-1:] in ".,;:"):
        return None
    return label, rest


_ASIDE = re.compile(r"\s*\([^()]*\)")
# A table cell that is only a number, a score or a code ("72", "93%", "51-9082.00").
_NUMBER_CELL = re.compile(r"[\d\s.,:%/+()#*-]+")
# An occupation or job code opening a table row ("51-9082.00 Medical Appliance Technicians").
_CODE = re.compile(r"^\d{2}[-.]\d{3,4}(?:\.\d{2})?\s+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def number_cell(text: str) -> bool:
    """A line that is one number or code: a flattened table's cell, never a name.

    >>> number_cell("72"), number_cell("51-9082.00"), number_cell("3Shape Dental System")
    (True, True, False)
    """
    return bool(text) and _NUMBER_CELL.fullmatch(text) is not None


def strip_code(text: str) -> str:
    """A row without the occupation code it opens with.

    >>> strip_code("17-2081.00  Environmental Engineers")
    'Environmental Engineers'
    """
    return _CODE.sub("", text, count=1)


def bar_header(text: str, columns: frozenset[str]) -> bool:
    """A table's header row between bars ("| Item | ✓ | Init | Date |"): two worded cells or
    more, every one a known column word (a cell of marks only, "✓", is no word).

    >>> bar_header("| Module | Type |", frozenset({"module", "type"}))
    True
    >>> bar_header("| Welding | Type |", frozenset({"module", "type"}))
    False
    """
    cells = [cell.strip().lower() for cell in text.strip().strip("|").split("|")]
    worded = [cell for cell in cells if any(c.isalpha() for c in cell)]
    return len(worded) >= 2 and all(cell in columns for cell in worded)


def meta_columns(text: str, meta: frozenset[str]) -> tuple[int, ...]:
    """The places of a bar table's header cells that tell about each row, not what it is
    ("Type", "Status", "Due" of "| Module | Type |"): their cells name no skill.

    >>> meta_columns("| Module | Type | Due |", frozenset({"type", "due"}))
    (1, 2)
    """
    cells = [cell.strip().lower() for cell in text.strip().strip("|").split("|")]
    return tuple(index for index, cell in enumerate(cells) if cell in meta)


def without_columns(text: str, places: tuple[int, ...]) -> str:
    """A bar table's row without the cells at ``places`` (:func:`meta_columns`); a row
    with a cell of marks only (a tick box "☐", a blank "____" to fill in) is a form's line
    to fill in and stays as it is.

    >>> without_columns("| Hoist handling | Certification |", (1,))
    '| Hoist handling |'
    >>> without_columns("| Hoist handling | ☐ | ____ |", (2,))
    '| Hoist handling | ☐ | ____ |'
    """
    cells = text.strip().strip("|").split("|")
    if not all(any(c.isalnum() for c in cell) for cell in cells):
        return text
    kept = [cell.strip() for index, cell in enumerate(cells) if index not in places]
    return f"| {' | '.join(kept)} |"


def header_cells(text: str, columns: frozenset[str]) -> list[str] | None:
    """The cells of a flattened table header ("ImportanceCategoryTask", "CodeOccupation"):
    column names glued together, every one of them a known column word; else None.

    >>> header_cells("ImportanceSkill", frozenset({"importance", "skill"}))
    ['Importance', 'Skill']
    >>> header_cells("GoogleMeta", frozenset({"importance", "skill"})) is None
    True
    """
    if len(text) > 60 or "," in text or _CAMEL.search(text) is None:
        return None
    cells = [cell for part in text.split() for cell in _CAMEL.split(part)]
    if len(cells) < 2 or len(cells) == len(text.split()):
        return None  # nothing glued: a plain line, not a flattened header
    words = [cell.lower() for cell in cells]
    return cells if all(word in columns for word in words) else None
