"""An employer's promotion rubric or career-level framework: criteria, levels and a pay spine.

Employers publish what a promotion asks for as a scored rubric (criterion × rating columns
"Developing (1) / Meets (2) / Exceeds (3)", or area × evidence × points), with the levels of
the stream and a pay spine per grade.  Read by :func:`rubric_facts`:

- **A rubric table**: a header whose first cell names the criteria ("Criterion", "Area",
  "Competency") and whose other cells are rating levels or evidence and points columns, set
  apart by tabs, two spaces or more or " | ", or **flattened one cell a line** (the header's
  cells one a line, then each row's cells one a line).  Each row's criterion, its number
  ("4.1", "A.") dropped, is a skill; "Mapping & logging" gives both names, a generic word
  ("certificates", "other") none.  In the cells, tools after a word of use ("in Leapfrog
  Geo", "in acQuire") and named methods are skills (:func:`careergraph.guides.duty_tools`);
  an evidence cell listing noun phrases ("Propagation (seed, cuttings), integrated pest
  management, …") lists skills; duties ("Leads garden tours") and credentials ("PA1
  pesticide certificates") are none.
- **A level strip**: three cells or more parted by "|", "·", ">" or "→", each a grade code
  and a title ("G1 Graduate Geologist | G2 Geologist | G3 Senior Geologist"): a ladder of the
  titles, codes dropped.
- **A pay spine**: grade-coded titles with their band on the line or the next ("G2
  Geologist  $118,000 – $142,000", "Grade 4 Horticulturist" / "£24,800 – £27,300"); each band
  is that title's (the caller tells the role at a level from another title), in order a
  ladder; "by contract" states nothing.
- **The issuer**: the page's first line when it names an organisation ("Ashcombe Botanic
  Garden Trust", "BRINDABELLA RESOURCES LTD — INTERNAL"): the employer.

A page is read so only when it has a rubric table.  Words are data (``promotion_rubric`` in
``data/headings.yaml``).

>>> rows = [(1, "Acme Foods Ltd"), (2, "Promotion rubric"),
...         (3, "Criterion\\tDeveloping (1)\\tMeets (2)\\tExceeds (3)"),
...         (4, "1.1 Recipe costing\\tCosts dishes in Galley\\tSets margins\\tTrains others"),
...         (5, "L1 Commis Chef | L2 Chef de Partie | L3 Sous Chef")]
>>> facts = rubric_facts(rows)
>>> [name for name, _ in facts.skills]
['Recipe costing', 'Galley']
>>> [[title for title, _ in ladder] for ladder in facts.ladders], facts.employers
([['Commis Chef', 'Chef de Partie', 'Sous Chef']], [('Acme Foods Ltd', 1)])
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from careergraph.guides.duty_tools import duty_tools
from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.roles import practitioner_noun
from careergraph.guides.text import commas_apart, may_hold_cells, split_items

__all__ = ["RubricFacts", "grade_title", "level_strip", "promotion_document", "rubric_facts"]

_CELLS = re.compile(r"\s+\|\s+|\t+|\s{2,}")  # (a bar first: "A  |  B" is two cells)
_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Z][.)]|\(?[a-z]\))\s+(?=\S)")
_FIGURE = re.compile(r"\d")
_RULE = re.compile(r"^[\s|:+-]+$")  # a Markdown table's rule row ("|---|---|")
_TITLE_CELL = re.compile(r"^[A-Z][\w-]*(?:\s+(?:of|and|&|[A-Z0-9][\w-]*)){0,6}$")  # ("Civil 3D")
_COUNT = re.compile(r"\b\d+\b")  # a figure of its own ("3D modelling" is a name)
# A row label's currency in brackets ("Salary (£)", "Pay (EUR)").
_UNIT = re.compile(r"\(\s*([$£€¥₹]|[A-Z]{3})\s*\)")
_UNIT_IN = re.compile(r"[$£€¥₹]|\b[A-Z]{3}\b")
_MONEY = re.compile(r"[$£€¥₹]\s?\d|\b\d{2,3}(?:,\d{3})+\b|\b(?:[A-Z]{3}|[A-Z]{1,2}\$)\s?\d")
# A grade code before a title: "G1", "Grade 3", "Band 8a", "Level 2", "L4", "P3", "E-2".
_CODE = re.compile(r"^\s*(?:(?:grade|band|level|step|scale|pay\s+band|tier)\s+[0-9]{1,2}[a-z]?"
                   r"|[A-Z]{1,3}-?[0-9]{1,2}[a-z]?)\s*[:.–—-]?\s+(?=[A-Z])", re.IGNORECASE)
_STRIP_LABEL = re.compile(r"^[A-Z][\w ]{0,40}:\s+(?=\S)")  # "Levels: …", "Pharmacist levels: …"
_STRIP_MARKS = re.compile(r"\s+(?:\||·|>|→|»|/)\s+")
_BRANDED = re.compile(r"\b(?:in|into|using|with|on)\s+([a-z]+[A-Z][A-Za-z]*)\b")
_MIN_STRIP = 3  # a level strip names this many grades at least
_CRITERION_WORDS = 6  # a criterion's name is this short
_ITEM_WORDS = 5  # a noun phrase in an evidence cell is this short
_NOMINAL_WORDS = 3  # … and one ending in a noun of action this short is no duty
_NOMINAL = ("ion", "ment", "ance", "ence", "ing", "ship")
# A short name of capitalised words and a dash before a document mark ("ORBIT FOODS — ").
_MARKED_NAME = re.compile(r"^\s*[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){1,3}\s+[-–—|]\s+\S")
_SUFFIX_OF_ORG = re.compile(r"\s*(?:[-–—|:]\s*)?(?:internal|confidential|official|"
                            r"restricted|public)\b.*$", re.IGNORECASE)


@cache
def _words() -> dict[str, tuple[str, ...]]:
    return word_lists("promotion_rubric")


@cache
def _phrase(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{phrase_alternation(_words().get(key, ()))})(?![\w-])",
                      re.IGNORECASE)


@cache
def _used() -> re.Pattern[str]:
    return re.compile(rf"^(?:{phrase_alternation(_words().get('use_verbs', ()))})\s+"
                      r"(?=[A-Z])(.+?)\.?$", re.IGNORECASE)


@dataclass
class RubricFacts:
    """What a promotion rubric states, each with its line; ``lines`` are the lines read
    (the rubric's header and rows, the strip, the spine, the issuer)."""

    skills: list[tuple[str, int]] = field(default_factory=list)
    ladders: list[list[tuple[str, int]]] = field(default_factory=list)
    pay: list[tuple[str, str, int]] = field(default_factory=list)  # title, band text, line
    employers: list[tuple[str, int]] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)


def _header_cell(cell: str, key: str) -> bool:
    return bool(_phrase(key).match(cell.strip()))


def _level_cell(cell: str, is_title: Callable[[str], bool]) -> bool:
    """A column named by the level it rates: a job's title ("Senior Geologist", "Head of
    Curation") or a grade code alone ("G3", "Level 4")."""
    cell = cell.strip()
    if _CODE.match(cell + " X") and len(cell.split()) <= 2:
        return True
    head = cell.split(" of ")[0].split()
    return bool(_TITLE_CELL.match(cell)) and bool(head) and (
        practitioner_noun(head[-1]) or is_title(cell))


def _cells(text: str) -> list[str]:
    """A row's cells, a Markdown row's outer bars dropped ("| A | B |")."""
    return [c.strip() for c in _CELLS.split(text.strip().strip("|")) if c.strip()]


def _header(cells: Sequence[str], is_title: Callable[[str], bool]) -> bool:
    """A rubric table's header: a criterion column, then rating or evidence columns (or the
    levels rated, by title or grade code: two at least, or one alone, the page's only level:
    "| Competency | Head Brewer |")."""
    if len(cells) < 2 or not _header_cell(cells[0], "criterion_columns"):
        return False
    rated = [_header_cell(c, "rating_columns") or _header_cell(c, "evidence_columns")
             for c in cells[1:]]
    levels = [not known and _level_cell(c, is_title) for c, known in zip(cells[1:], rated,
                                                                          strict=True)]
    return all(known or level for known, level in zip(rated, levels, strict=True)) and (
        sum(levels) != 1 or len(cells) == 2) and not any(
        _FIGURE.search(c) and "(" not in c and not _level_cell(c, is_title) for c in cells)


def criterion_names(cell: str) -> list[str]:
    """The skills a criterion's cell names: its number dropped, "A & B" both, generic
    words none.

    >>> criterion_names("4.1 Geological mapping & logging"), criterion_names("C. Tickets")
    (['Geological mapping', 'logging'], [])
    """
    name = _NUMBER.sub("", cell).strip(" :.-")
    if not name or len(name.split()) > _CRITERION_WORDS or _COUNT.search(name):
        return []
    parts = [p.strip() for p in re.split(r"\s+(?:&|and)\s+", name)] if " & " in name or (
        " and " in name) else [name]
    return [p for p in parts if p and not _phrase("not_skills").fullmatch(p)]


def _evidence(cell: str) -> list[str]:
    """The skills an evidence or rating cell names: tools and named methods in duties, and
    the short noun phrases of a cell that lists them."""
    found = [*duty_tools(cell), *_BRANDED.findall(cell)]
    for clause in re.split(r";\s*", cell):
        named, colon, duty = clause.partition(": ")
        if colon and duty.split() and _verb(duty.split()[0]):
            clause = named  # "pH meter: works independently": the tool, then a duty
        used = _used().match(clause.strip())
        if used is not None:  # "uses Keras and Python": the capitalised names used
            found += [item for item in split_items(used.group(1))
                      if _TITLE_CELL.match(item) and len(item.split()) <= _ITEM_WORDS]
            continue
        words = clause.split()
        nominal = len(words) <= _NOMINAL_WORDS and words[-1].lower().endswith(_NOMINAL) and (
            words[0][:1].islower()) if words else False  # "…; volunteers supervision"
        if not words or (_verb(words[0]) and not nominal) or _FIGURE.search(clause):
            continue  # a duty ("Leads garden tours"), a count ("names 200 taxa")
        for item in commas_apart(clause):
            head, _, inner = item.partition("(")
            head = head.strip()
            if 0 < len(head.split()) <= _ITEM_WORDS and not _phrase("credentials").search(item):
                found.append(head)
                found += [i.strip(" )") for i in split_items(inner.rstrip(")"))
                          if inner and 0 < len(i.split()) <= _ITEM_WORDS]
    return [name for name in dict.fromkeys(found) if name]


def _verb(word: str) -> bool:
    """A duty's opening verb ("Leads", "writes", "Correctly"): a third-person verb, an
    adverb."""
    lowered = word.lower()
    return (lowered.endswith("s") and not lowered.endswith(("ss", "ics", "sis"))) or (
        lowered.endswith("ly")) or lowered in _words().get("duty_openers", ())


def _table(lines: Sequence[tuple[int, str]], facts: RubricFacts,
           is_title: Callable[[str], bool]) -> None:
    """Rubric tables, cells on one line or one cell a line (see the module doc)."""
    index = 0
    while index < len(lines):
        no, text = lines[index]
        # (a line with no cell break, most lines, is one cell at most: no header)
        cells = _cells(text) if may_hold_cells(text) else []
        if _header(cells, is_title):  # cells on one line
            facts.lines.add(no)
            index += 1
            while index < len(lines):
                no, text = lines[index]
                if _RULE.match(text):
                    facts.lines.add(no)
                    index += 1
                    continue
                row = _cells(text)
                if len(row) != len(cells):
                    break
                if not _level_row(no, row, cells, facts):
                    _row(no, row, facts)
                index += 1
            _header_ladder(cells, no, facts)
            continue
        width = _flat_header(lines, index)
        if width:  # one cell a line
            facts.lines |= {n for n, _ in lines[index:index + width]}
            index += width
            while index + width <= len(lines):
                group = lines[index:index + width]
                if not _NUMBER.match(group[0][1]) or any(not t.strip() for _, t in group):
                    break
                _row(group[0][0], [t.strip() for _, t in group], facts)
                facts.lines |= {n for n, _ in group}
                index += width
            continue
        index += 1


def _flat_header(lines: Sequence[tuple[int, str]], index: int) -> int:
    """The width of a header printed one cell a line at ``index`` (0 if none)."""
    if not _header_cell(lines[index][1], "criterion_columns") or len(lines[index][1].split()) > 2:
        return 0
    width = 1
    while index + width < len(lines) and (
            cell := lines[index + width][1].strip()) and len(cell.split()) <= 3 and (
            _header_cell(cell, "rating_columns") or _header_cell(cell, "evidence_columns")):
        width += 1
    return width if width >= 2 else 0


def _header_ladder(header: Sequence[str], no: int, facts: RubricFacts) -> None:
    """A header's level columns, each a grade code and a title ("H1 Apprentice Gardener",
    "H2 Gardener", "H3 Senior Gardener"): three or more are the stream's ladder, codes
    dropped."""
    titles = [grade_title(cell) for cell in header[1:]]
    if len(titles) >= _MIN_STRIP and all(titles):
        facts.ladders.append([(title, no) for title in titles if title])


def _level_row(no: int, cells: Sequence[str], header: Sequence[str],
               facts: RubricFacts) -> bool:
    """Is this row a measure of each level rather than a criterion ("Typical experience",
    "Membership grade", "Salary (£)")?  A pay row's cells are the bands of the titles
    heading their columns (a pay spine laid across)."""
    label = re.sub(r"\s*\([^)]*\)\s*$", "", _NUMBER.sub("", cells[0])).strip(" :.-")
    levels = cells[1:]
    if not (_phrase("level_rows").fullmatch(label) or all(_FIGURE.search(c) for c in levels)):
        return False
    facts.lines.add(no)
    if _phrase("pay_rows").fullmatch(label):
        unit = _UNIT.search(cells[0])  # "Salary (£)": the cells' currency
        for title, band in zip([grade_title(c) for c in header[1:]], levels, strict=True):
            if title is not None and _FIGURE.search(band):
                money = band if unit is None or _UNIT_IN.search(band) else unit.group(1) + band
                facts.pay.append((title, money, no))
    return True


def _row(no: int, cells: Sequence[str], facts: RubricFacts) -> None:
    names = criterion_names(cells[0])
    facts.skills += [(name, no) for name in names]
    facts.lines.add(no)
    for cell in cells[1:]:
        facts.skills += [(name, no) for name in _evidence(cell)]


def promotion_document(heading: str) -> bool:
    """A heading naming an employer's promotion criteria or rubric ("Surveyor promotion
    criteria", "PROGRESSION RUBRIC"), which lists no vacancy's selection criteria.

    >>> promotion_document("Geo Promotion Criteria"), promotion_document("Essential criteria")
    (True, False)
    """
    return bool(_phrase("documents").search(heading))


def grade_title(text: str) -> str | None:
    """The title after a grade code ("G3 Senior Geologist" → "Senior Geologist"), None
    without a code.

    >>> grade_title("Grade 6 Team Leader (Horticulture)"), grade_title("Geologist")
    ('Team Leader (Horticulture)', None)
    """
    match = _CODE.match(text)
    if match is None:
        return None
    title = text[match.end():].strip()
    return title if title[:1].isupper() and not _FIGURE.search(title) else None


def level_strip(text: str) -> list[str]:
    """The titles of a level strip ("G1 Graduate Geologist | G2 Geologist | G3 Senior
    Geologist"), codes dropped; empty when the line is none.

    >>> level_strip("L1 Commis Chef · L2 Chef de Partie · L3 Sous Chef")
    ['Commis Chef', 'Chef de Partie', 'Sous Chef']
    """
    cells = _STRIP_MARKS.split(_STRIP_LABEL.sub("", text.strip()))
    if len(cells) < _MIN_STRIP:
        return []
    titles = [grade_title(cell) for cell in cells]
    return [t for t in titles if t] if all(titles) and all(
        len(t.split()) <= _CRITERION_WORDS for t in titles if t) else []


def _column_strip(lines: Sequence[tuple[int, str]], facts: RubricFacts) -> None:
    """A level strip printed one level a line ("G1 Graduate Geologist", "G2 Geologist", "G3
    Senior Geologist" under "Levels"), three lines at least and no figure: a ladder, codes
    dropped, no moves from the role."""
    run: list[tuple[str, int]] = []
    for no, text in [*lines, (0, "")]:
        title = grade_title(text.strip()) if not _MONEY.search(text) else None
        if title is not None and len(title.split()) <= _CRITERION_WORDS:
            run.append((title, no))
            continue
        if len(run) >= _MIN_STRIP:
            facts.ladders.append(run)
            facts.lines |= {n for _, n in run}
        run = []


def _spine(lines: Sequence[tuple[int, str]], facts: RubricFacts) -> None:
    """Grade-coded titles with their band on the line or the next (see the module doc)."""
    ladder: list[tuple[str, int]] = []
    for index, (no, text) in enumerate(lines):
        money = _MONEY.search(text)
        head = text[: money.start()] if money else text
        title = grade_title(re.split(r"\s{2,}|\t", head.strip())[0] if head.strip() else "")
        if title is None:
            continue
        band, line = (text[money.start():], no) if money else ("", no)
        if not money and index + 1 < len(lines) and _MONEY.match(lines[index + 1][1].strip()):
            band, line = lines[index + 1][1], lines[index + 1][0]
        if not band and not _phrase("no_figure").search(text):
            continue
        facts.lines |= {no, line}
        ladder.append((title, no))
        if band:
            facts.pay.append((title, band.strip(), line))
    if len(ladder) >= 2:
        facts.ladders.append(ladder)


def _issuer(lines: Sequence[tuple[int, str]], facts: RubricFacts) -> None:
    """The organisation the page's first line names (see the module doc)."""
    for no, text in lines[:1]:
        name = _SUFFIX_OF_ORG.sub("", text).strip(" -–—|")
        last = name.split()[-1].lower().strip(".,") if name.split() else ""
        # (a document mark after one name, "ACME — INTERNAL", says the name is its owner's;
        # after a dash, so does it after a short name of capitalised words, "HOLLOWAY
        # FREIGHT — INTERNAL", unless the words name the document: "CAREER LADDER")
        marked = name != text.strip() and name[:1].isupper() and (
            len(name.split()) == 1 or (_MARKED_NAME.match(text) is not None and (
                _phrase("documents").search(name) is None)))
        if marked or (1 < len(name.split()) <= _CRITERION_WORDS and last in _words().get(
                "issuers", ())):
            if name.isupper():
                name = " ".join(w.capitalize() for w in name.split())
            facts.employers.append((name, no))
            facts.lines.add(no)


def rubric_facts(lines: Sequence[tuple[int, str]],
                 is_title: Callable[[str], bool] = lambda _: False) -> RubricFacts | None:
    """The facts of a promotion rubric page (see the module doc); None for any other page.
    ``lines`` are line numbers and texts in order; blank lines are skipped; ``is_title``
    tells a known job title, which may head a level's column ("Pastry Cook")."""
    rows = [(no, text) for no, text in lines if text.strip()]
    facts = RubricFacts()
    _table(rows, facts, is_title)
    if not facts.lines:
        return None
    for no, text in rows:
        if no not in facts.lines and (titles := level_strip(text)):
            facts.ladders.append([(title, no) for title in titles])
            facts.lines.add(no)
    _column_strip([(no, text) for no, text in rows if no not in facts.lines], facts)
    _spine([(no, text) for no, text in rows if no not in facts.lines], facts)
    _issuer(rows, facts)
    return facts
