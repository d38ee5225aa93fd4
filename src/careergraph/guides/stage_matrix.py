"""A competency matrix by career stage, exported to text: a header row whose first cell names
the competencies ("Competency", "Skill area", "Unit") and whose other cells are the stages'
titles, left to right ("Junior Surveyor (S1)<TAB>Surveyor (S2)<TAB>…"), then one row a
competency, its cells describing each stage.

What is read: the stage titles in order are a ladder; each competency row's name is a skill,
and the tools, systems, standards and techniques its cells name are skills too (the
proficiency words around them, "with supervision", "signs off work", are not); a pay row
("Typical salary") gives each column's figure to that column's title; experience, membership
and qualification rows name nothing.  The rows run to the first line that is no row of the
table (a blank line, a note).

>>> lines = [(1, "Competency\\tJunior Welder (W1)\\tWelder (W2)\\tSenior Welder (W3)"),
...          (2, "Joint preparation\\tGrinds bevels with an angle grinder\\tReads WPS sheets"
...              "\\tSigns off weld maps"),
...          (3, "Typical pay\\t£24,000\\t£30,000–£34,000\\t£38,000"),
...          (4, "Years in trade\\t0–2\\t2–6\\t6+")]
>>> m = stage_matrix(lines, lambda t: t.endswith("Welder"))
>>> [t for t, _ in m.stages], [s for s, _ in m.skills]
(['Junior Welder', 'Welder', 'Senior Welder'], ['Joint preparation', 'bevels', \
'angle grinder', 'WPS sheets', 'weld maps'])
>>> [(t, c) for t, c, _ in m.pay]
[('Junior Welder', '£24,000'), ('Welder', '£30,000–£34,000'), ('Senior Welder', '£38,000')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from careergraph.guides.items import with_tools
from careergraph.guides.money_grammar import label_period

__all__ = ["StageMatrix", "cell_names", "coded_matrix", "stage_matrix"]


@dataclass(frozen=True)
class StageMatrix:
    """The facts of one stage matrix: its stage titles (left to right), its skills and its
    pay cells (title, cell text, line), each with its line, and the lines it takes."""

    stages: tuple[tuple[str, int], ...]
    skills: tuple[tuple[str, int], ...]
    pay: tuple[tuple[str, str, int], ...]
    lines: frozenset[int]


# The header's first cell: what its rows are ("Competency", "Skill area", "Knowledge unit").
_ROWS_ARE = re.compile(r"^(?:core\s+|key\s+)?(?:competenc|skill|capabilit|knowledge|area|unit|"
                       r"element|domain|dimension|attribute|behaviou?r|criteri|standard)",
                       re.IGNORECASE)
# A stage cell's code: "Translator (T2)", "T2 – Translator", "Level 2: Translator".
_CODE_AFTER = re.compile(r"\s*\((?:level\s+|stage\s+|grade\s+)?[A-Z]{0,4}\s?\d{1,2}[a-z]?\)\s*$",
                         re.IGNORECASE)
_CODE_BEFORE = re.compile(r"^(?:(?:level|stage|grade|band)\s+)?[A-Z]{0,4}\d{1,2}[a-z]?\s*"
                          r"(?:[:–—-]\s*|\s{2,})", re.IGNORECASE)
# A stage cell's grade code and one space before a capitalised title ("D2 Data Analyst"):
# capitals and a figure, case kept ("3D Artist" keeps its "3D").
_CODE_SPACED = re.compile(r"^[A-Z]{1,3}\d{1,2}[a-z]?\s+(?=[A-Z])")
# Rows that hold no competency: pay (read), and experience, membership, qualification or
# example rows (the body's own, no skills).
_PAY_ROW = re.compile(r"\b(?:salary|salaries|pay|wages?|earnings|rates? of pay|income)\b",
                      re.IGNORECASE)
_NAMELESS_ROW = re.compile(r"\b(?:experience|years|membership|member|grade|qualifications?|"
                           r"certificat\w*|licen[cs]\w*|tickets?|titles?|examples?|"
                           r"typical roles?|level|stage|notes?|hours|weighting)\b",
                           re.IGNORECASE)
_MIN_STAGES = 2


def _stage_title(cell: str) -> str:
    title = _CODE_BEFORE.sub("", _CODE_AFTER.sub("", cell.strip())).strip()
    return _CODE_SPACED.sub("", title)


def _cells(text: str, separator: str) -> list[str]:
    parts = text.split(separator)
    if separator == "|":
        parts = parts[1:-1] if text.strip().startswith("|") else parts
    return [part.strip() for part in parts]


def stage_matrix(lines: Sequence[tuple[int, str]],
                 is_title: Callable[[str], bool]) -> StageMatrix | None:
    """The first stage matrix of ``lines`` (line number, text), or None; ``is_title`` tells
    a role title (see the module)."""
    for index, (_, text) in enumerate(lines):
        separator = "\t" if "\t" in text else "|" if text.count("|") >= 2 else ""
        if not separator:
            continue
        cells = _cells(text, separator)
        if len(cells) < 1 + _MIN_STAGES or not _ROWS_ARE.match(cells[0]):
            continue
        titles = [_stage_title(cell) for cell in cells[1:]]
        if sum(1 for title in titles if title and is_title(title)) < max(
                _MIN_STAGES, len(titles) - 1):
            continue  # ("Competency | Current | Target": ratings, no stages)
        return _read(lines, index, separator, titles)
    return None


def _read(lines: Sequence[tuple[int, str]], index: int, separator: str,
          titles: list[str]) -> StageMatrix:
    header = lines[index][0]
    stages = tuple((title, header) for title in titles if title)
    skills: list[tuple[str, int]] = []
    pay: list[tuple[str, str, int]] = []
    taken = {header}
    for no, text in lines[index + 1:]:
        if separator not in text or not text.strip():
            break
        cells = _cells(text, separator)
        if set("".join(cells)) <= set("-—–: "):
            taken.add(no)
            continue  # a rule under the header ("---|---")
        taken.add(no)
        label, rest = cells[0], cells[1:]
        if _PAY_ROW.search(label):
            pay.extend((title, cell, no) for title, cell in zip(titles, rest, strict=False)
                       if title and cell)
            continue
        if not label or _NAMELESS_ROW.search(label):
            continue
        named = _ACRONYM.sub("", label).strip()
        skills.append((named, no))
        for cell in rest:  # (not again a word of the row's name: "post-editing")
            skills.extend((name, no) for name in cell_names(cell)
                          if name.lower() not in named.lower())
    seen: set[str] = set()
    unique = [(name, no) for name, no in skills
              if name.lower() not in seen and not seen.add(name.lower())]  # type: ignore[func-returns-value]
    return StageMatrix(stages, tuple(unique), tuple(pay), frozenset(taken))


_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z0-9/&-]{1,9}\)\s*$")
# A descriptor's verb ("Builds", "Sets up", "Signs off") before what it works on.
_VERB = re.compile(r"^(?:[A-Z][a-z]+-)?[A-Za-z][a-z]+(?<!ss)s(?=\s)(?:\s(?:up|off|out|on|down|over)"
                   r"(?=\s[a-z]))?\s+", re.UNICODE)
# Where the objects end and the means begin ("in MultiTerm", "with Xbench", "to BS 5837").
_MEANS = re.compile(r"\s(?:in|with|using|via|on|against|to|through|from|under|near|for|within|"
                    r"at|by|into)\s", re.IGNORECASE)
_USE = re.compile(r"\s(?:in|with|using|via|on|against|to|through)\s")
_JOIN = re.compile(r",\s*|\s+(?:and|or|&)\s+")
# Words of proficiency or scope before a name ("Basic tree inspection", "Full post-editing")
_DEGREE = re.compile(r"^(?:basic|simple|complex|advanced|full|light|first-line|independent|"
                     r"common|routine|own|new|all|any|the|a|an|some|others'|other|clear|"
                     r"client|house|general|specialised|specialized|custom|its|their|his|her|your)\s+",
                     re.IGNORECASE)
_NAME = re.compile(r"^[\w][\w' /+.&-]*$")
_PROFICIENCY = re.compile(r"\b(?:supervision|guidance|support|independently|deadlines?|"
                          r"workload|team|staff|others|queries|complaints|policy|"
                          r"breaches|tools|work|minutes|hours|days|species|people|customers?|"
                          r"structures?|trees?|site|ground|records?|findings|drills?|plans?|"
                          r"methods|loads|officers|experts|accounts?|texts? with|"
                          r"deliveries|readings|audiences|profiles|projects|engines|errors|clients|"
                          r"checks)\b", re.IGNORECASE)
_MAX_WORDS = 4
_ALIAS = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")  # one acronym ("GDPR", "DdRT")
_GENERIC = frozenset({"style", "text", "texts", "drafts", "draft", "budget", "readings", "work",
                      "tasks", "jobs", "documents", "content", "material", "materials",
                      "it", "them", "this", "these", "that", "standard", "standards"})
# A describing word: a lone adjective ("idiomatic", "readable") or an adverb ("culturally").
_DESCRIBING = re.compile(r"^[a-z-]+(?:ate|ic|ous|able|ible|ive|ful|ent|ant|ly)\s")


def _clean(part: str) -> str:
    part = part.strip(" .;:")
    while (bare := _DEGREE.sub("", part)) != part:
        part = bare
    return part


def _named(part: str) -> bool:
    """A short name: a technique, a tool, a standard ("edit distance", "ISO 17100"); no
    describing word ("accurate", "culturally loaded …") and no bare generic noun."""
    words = part.split()
    return (0 < len(words) <= _MAX_WORDS and bool(_NAME.match(part))
            and part.lower() not in _GENERIC and not _DESCRIBING.search(words[0] + " ")
            and not _PROFICIENCY.search(part) and not part[:1].isdigit())


def cell_names(cell: str) -> list[str]:
    """The techniques, tools, systems and standards one descriptor cell names; its
    proficiency words are no names.

    >>> cell_names("Builds termbases in MultiTerm or memoQ")
    ['termbases', 'MultiTerm', 'memoQ']
    >>> cell_names("Chainsaw maintenance and cross-cutting on the ground.")
    ['Chainsaw maintenance', 'cross-cutting']
    >>> cell_names("Evaluates MT engines (DeepL, custom NMT); signs off deliveries")
    ['DeepL', 'NMT']
    """
    found: list[str] = []
    for clause in re.split(r";\s*", cell.strip().rstrip(".")):
        brackets = re.findall(r"\(([^()]+)\)", clause)
        clause = re.sub(r"\s*\([^()]*\)", "", clause).strip()
        verb = _VERB.match(clause)
        if verb is not None and "," not in clause[:verb.end()]:
            rest = " " + clause[verb.end():]
            means = _MEANS.search(rest)
            objects = rest[:means.start()] if means else rest
            tools = rest[means.end():] if means and _USE.match(rest[means.start():]) else ""
            if not objects.strip() and means is not None:  # "Climbs with a doubled rope"
                objects = rest[means.end():]
                further = _MEANS.search(objects)
                objects, tools = (objects[:further.start()] if further else objects), ""
        else:  # "Chainsaw maintenance and cross-cutting on the ground": a list of names
            clause = " " + clause
            means = _MEANS.search(clause)
            objects = clause[:means.start()] if means else clause
            tools = clause[means.end():] if means and _USE.match(clause[means.start():]) else ""
        for part in _JOIN.split(objects):
            if _named(name := _clean(part)):
                found.append(name)
        for part in _JOIN.split(tools):
            name = _clean(part)
            if _named(name) and (not name.islower() or any(c.isdigit() for c in name)
                                 or tools.startswith(("a ", "an ", "the "))):
                found.append(name)  # ("with Xbench", "to BS 5837": a named tool, standard)
        found.extend(name for name in with_tools(clause) if _named(name))  # ("with a grinder")
        for inside in brackets:
            if _ALIAS.fullmatch(inside) and found:
                continue  # "data protection (GDPR)": the name before it, abbreviated
            for part in _JOIN.split(inside):
                name = _clean(part)
                if _named(name) and not any(c.isdigit() for c in name.split()[0]) and (
                        not name.islower()):
                    found.append(name)
    return found


# A level legend's line: its code, its title, then what the level does, set apart by runs of
# spaces ("A2  Arborist   climbs and works independently"); a title may wrap onto an indented
# line of its own ("    Leader").
_LEGEND = re.compile(r"^\s*(?P<code>[A-Z]{1,3}\d{1,2})\s{2,}(?P<title>\S.*?)(?:\s{2,}.*)?$")
_WRAPPED = re.compile(r"^\s{2,}(?P<rest>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\s*$")
# A unit's line under a level: "A3: Leads dismantles …", "- A3 – Leads …".
_CODED = re.compile(r"^\s*(?:[-•*]\s*)?(?P<code>[A-Z]{1,3}\d{1,2})\s*[:–—-]\s+(?P<text>\S.*)$")
# A unit's heading: its number before its name ("UNIT 2  CHAINSAW USE", "Unit 4: Rigging").
_UNIT = re.compile(r"^\s*(?:unit|module|element|competency|area|domain)\s+\d{1,2}[a-z]?\s*"
                   r"(?:[:.–—-]\s*|\s+)(?P<name>[A-Za-z].*?)\s*$", re.IGNORECASE)
# (fixes90: "Head of Sound", a joining word inside the title)
_LEGEND_TITLE = re.compile(r"[A-Z][a-z]+(?:[ -](?:of |and |& )?[A-Z][a-z]+){0,4}")
_CODE_PAY = re.compile(r"(?:^|[·|;,:]\s*|\s{2,})(?P<code>[A-Z]{1,3}\d{1,2})\s+(?=[£$€¥])")
# (fixes90) A pay list by code, one level a line under its heading (" S4  £25.00 – £28.00"):
# the code, then the figure and nothing else.
_CODE_PAY_LINE = re.compile(r"^\s*(?P<code>[A-Z]{1,3}\d{1,2})\s+(?P<cell>[£$€¥]\s?\d[\d.,]*"
                            r"(?:\s*[–—-]\s*[£$€¥]?\s?\d[\d.,]*)?)\s*$")
_PERIOD_PHRASE = {"hour": "per hour", "day": "per day", "week": "per week",
                  "month": "per month", "year": "per year"}


def _pay_list_lines(lines: Sequence[tuple[int, str]], codes: dict[str, str]) -> dict[int, str]:
    """(fixes90) The lines of a pay list by code set one level a line, each a run of
    ``_MIN_STAGES`` lines or more, by line number: each line's figure with the period the
    run's heading (the line above it) states ("PAY GUIDANCE (hourly, £)" / " S1  £13.77 –
    £15.42" / " S2  …" gives "£13.77 – £15.42 per hour")."""
    found: dict[int, str] = {}
    run: list[tuple[int, str]] = []
    for index, (_, text) in enumerate([*lines, (0, "")]):
        single = _CODE_PAY_LINE.match(text)
        if single is not None and single.group("code") in codes:
            run.append((index, single.group("cell")))
            continue
        if len(run) >= _MIN_STAGES:
            first = run[0][0]
            period = label_period(lines[first - 1][1]) if first > 0 else None
            tail = f" {_PERIOD_PHRASE[period]}" if period in _PERIOD_PHRASE else ""
            found.update((lines[at][0], f"{cell}{tail}") for at, cell in run)
        run = []
    return found


def _unit_skills(name: str) -> list[str]:
    """A unit's name as skills: its parts joined by "and" of two words or more, or a
    one-word activity ("Rigging"); a bare subject ("Machinery") names none."""
    text = name.strip().rstrip(":")
    if text.isupper():
        text = text[:1] + text[1:].lower()
    parts = [part.strip() for part in re.split(r"\s+(?:and|&)\s+", text, flags=re.IGNORECASE)]
    found = [part[:1].upper() + part[1:] for part in parts
             if len(part.split()) >= 2 or part.lower().endswith("ing")]
    return found


def coded_matrix(lines: Sequence[tuple[int, str]],
                 is_title: Callable[[str], bool]) -> StageMatrix | None:
    """A competency matrix set out by level codes: a legend naming each code's title
    ("A1  Trainee Arborist  works under supervision"), then units ("UNIT 2  CHAINSAW USE")
    with one line a level ("A2: Top-handled chainsaw use from a harness."), and a pay line
    by code ("A1 £12.80–£13.90 · A2 …"); None when the page has no such legend and units.

    >>> page = ["LEVELS", "B1  Trainee Baker   mixes under supervision",
    ...         "B2  Baker           runs the ovens", "UNIT 1  DOUGH AND SHAPING",
    ...         " B1: Weighs flour with a digital scale.", " B2: Laminated doughs and proving.",
    ...         "PAY: B1 £11.00–£12.00 · B2 £13.50"]
    >>> m = coded_matrix(list(enumerate(page, 1)), lambda t: t.endswith("Baker"))
    >>> [t for t, _ in m.stages], [s for s, _ in m.skills], [(t, c) for t, c, _ in m.pay]
    (['Trainee Baker', 'Baker'], ['Shaping', 'flour', 'digital scale', 'Laminated doughs', \
'proving'], \
[('Trainee Baker', '£11.00–£12.00'), ('Baker', '£13.50')])
    """
    codes: dict[str, str] = {}
    stages: list[tuple[str, int]] = []
    taken: set[int] = set()

    def titled(text: str) -> bool:  # (the legend says it is a title: Title Case will do)
        return is_title(text) or bool(_LEGEND_TITLE.fullmatch(text))

    for index, (no, text) in enumerate(lines):
        legend = _LEGEND.match(text)
        if legend is None or legend.group("code") in codes:
            continue
        title = legend.group("title").strip()
        wrapped = _WRAPPED.match(lines[index + 1][1]) if index + 1 < len(lines) else None
        if wrapped is not None and titled(f"{title} {wrapped.group('rest')}"):
            title = f"{title} {wrapped.group('rest')}"  # ("Arboricultural Team" / "Leader")
            taken.add(lines[index + 1][0])
        if not titled(title):
            continue
        codes[legend.group("code")] = title
        stages.append((title, no))
        taken.add(no)
    if len(codes) < _MIN_STAGES:
        return None
    skills: list[tuple[str, int]] = []
    coded_lines = 0
    pay: list[tuple[str, str, int]] = []
    going_on = False
    listed = _pay_list_lines(lines, codes)
    for no, text in lines:
        coded = _CODED.match(text)
        unit = _UNIT.match(text) if coded is None else None
        if no in listed and (single := _CODE_PAY_LINE.match(text)) is not None:
            taken.add(no)  # (fixes90) " S4  £25.00 – £28.00" in a pay list by code
            pay.append((codes[single.group("code")], listed[no], no))
        elif coded is not None and coded.group("code") in codes:
            coded_lines += 1
            taken.add(no)
            skills.extend((name, no) for name in cell_names(coded.group("text")))
        elif unit is not None:
            taken.add(no)
            skills.extend((name, no) for name in _unit_skills(unit.group("name")))
        elif len(marks := list(_CODE_PAY.finditer(text))) < (1 if going_on else _MIN_STAGES):
            going_on = False
        else:
            taken.add(no)  # (a pay line wrapped after its "·" goes on: "B3 £16.80 …")
            going_on = text.rstrip().endswith(("·", "|", ";", ","))
            for mark, after in zip(marks, [*marks[1:], None], strict=True):
                if mark.group("code") in codes:
                    cell = text[mark.end():after.start() if after else len(text)]
                    pay.append((codes[mark.group("code")], cell.strip(" ·|;,."), no))
    if coded_lines < _MIN_STAGES:
        return None
    seen: set[str] = set()
    unique = [(name, no) for name, no in skills
              if name.lower() not in seen and not seen.add(name.lower())]  # type: ignore[func-returns-value]
    return StageMatrix(tuple(stages), tuple(unique), tuple(pay), frozenset(taken))
