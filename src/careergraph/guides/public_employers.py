"""Public employers a pay page names: the body that publishes its own pay schedule, and the
towns a civil-service page says are recruiting.

- A city's, a county's or a school district's **salary schedule** is its own pay for the
  role: the public body in its copyright line ("© City of Alder Springs", "© Lakeside
  Unified School District") or in its masthead ("City of Alder Springs — Human Resources",
  "LAKESIDE UNIFIED SCHOOL DISTRICT") employs the role (:func:`schedule_publisher`).
- A civil-service page names the **towns recruiting** the role in a sentence about
  recruiting: "recruited by a municipality (for example the city of Brèze-sur-Loir or the
  community of communes of Val-Morin)", "The towns of A (3 posts), B and C are recruiting":
  each place named after "city of", "town(s) of", "municipality of" … employs the role
  (:func:`recruiting_places`).

>>> schedule_publisher([(1, "Salary Schedule 2026"), (9, "Contact HR · © City of Alder Springs")])
[('City of Alder Springs', 9)]
>>> recruiting_places([(4, "The towns of Mont-Arlac (2 posts), Saint-Jory and Lussan "
...                         "are recruiting by transfer.")])
[('Mont-Arlac', 4), ('Saint-Jory', 4), ('Lussan', 4)]
>>> recruiting_places([(6, "Currently recruiting: Saint-Jory-sur-Aude and Lussan.")])
[('Saint-Jory-sur-Aude', 6), ('Lussan', 6)]
>>> recruiting_places([(5, "Laureates are recruited by the city of Brèze-sur-Loir or the "
...                         "community of communes of Val-d'Aure.")])
[('Brèze-sur-Loir', 5), ("Val-d'Aure", 5)]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["answering_body", "budget_publisher", "careers_publisher", "one_local_body",
           "programme_provider", "recruiting_places", "schedule_publisher", "unit_department"]

# A public body by the form of its name: "City of X", "X Unified School District", "X Council".
_PUBLIC_BODY = re.compile(
    r"^(?:(?:City|County|Town|Borough|Village|Township|Municipality|Parish|State|Port)"
    r"(?: and County)? of [A-Z][\w'’. -]{1,40}"
    r"|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,5} (?:(?:Unified|Independent|Consolidated|Public|"
    r"Community|Union|Elementary|High|City|County|Joint|Regional) )*School District"
    r"|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4} Public Schools"
    r"|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4} (?:County|City|District|Borough|Town|Shire|"
    r"Regional) Council)$")
# The holder of a copyright line: after "©", up to a year, a middle dot, a dash or the end.
_HOLDER = re.compile(r"©\s*(?:\d{4}\s*)?([A-Z][^·|–—©]*?)\s*(?:\d{4})?\s*(?:[·|–—]|$)")
# A page about a pay schedule (its own pay), not a news page quoting one.
# ((rules54b) or the body's own personnel action form, "CITY OF X — HUMAN RESOURCES   Personnel
# Action Form (PAF)": the body employs the person it moves)
_SCHEDULE = re.compile(r"\b(?:(?:salary|pay|wage)\s+(?:schedules?|scales?|grids?|tables?)|"
                       r"personnel\s+action)\b", re.IGNORECASE)
_FIRST_CELL = re.compile(r"\s{3,}")  # a masthead's first cell, before the form's title
# A sentence about recruiting ("are recruiting", "recruited by", "hiring").
_RECRUITING = re.compile(r"\b(?:recruit(?:s|ed|ing)?|hiring|hire[sd]?|vacanc(?:y|ies))\b",
                         re.IGNORECASE)
# "the city of X", "the towns of X, Y and Z", "the municipal community of X".
_KINDS_OF = (r"(?:the\s+)?(?:cit(?:y|ies)|towns?|municipalit(?:y|ies)|communes?|villages?|"
             r"(?:municipal|urban|agglomeration)\s+communit(?:y|ies)|community of communes)"
             r"\s+of\s+")
_PLACES_OF = re.compile(rf"\b{_KINDS_OF}(?P<list>[A-Z][^.;:!?]*)")
_KIND_OPEN = re.compile(rf"^{_KINDS_OF}")  # a later item's own kind: "… or the town of X"
_PLACE = re.compile(r"^[A-Z][\w'’]*(?:[- ](?:[A-Z][\w'’]*|sur|sous|lès|les|le|la|de|du|des|"
                    r"en|d'[A-Z][\w'’]*|l'[A-Z][\w'’]*))*")
_ITEM_SPLIT = re.compile(r",\s*|\s+(?:and|or|et|ou)\s+")
# A list of towns after a "recruiting:" label ("Currently recruiting: Saint-Jory-sur-Aude and
# Lussan"): place names, one at least a compound hyphenated as French communes are (a bare
# "recruiting: nurses" or "recruiting: Nurses and Porters" names no town).
_RECRUITING_LIST = re.compile(r"\brecruiting\s*:\s*(?P<list>[A-Z][^.;:!?]*)")
_COMPOUND_PLACE = re.compile(r"^[A-Z][\w'’]*(?:-(?:[A-Z][\w'’]*|sur|sous|lès|les|le|la|de|du|"
                             r"des|en|d'[A-Z][\w'’]*|l'[A-Z][\w'’]*))+$")


# A page's masthead: its first line, up to a dash before the department ("City of Alder —
# Human Resources"); one in capitals is read in title case ("LAKESIDE UNIFIED SCHOOL DISTRICT").
_MASTHEAD = re.compile(r"^\s*([A-Za-z][^|–—·]*?)\s*(?:[–—]\s*[A-Z][\w &]*)?\s*$")


def _masthead(text: str) -> str | None:
    """The public body a schedule page's first line names, if it is one."""
    match = _MASTHEAD.match(text)
    if match is None:
        return None
    name = _cased(match.group(1))
    return name if _PUBLIC_BODY.match(name) else None


def _cased(name: str) -> str:
    """A name in capitals in title case ("LAKESIDE UNIFIED SCHOOL DISTRICT"), else as is."""
    if not name.isupper():
        return name
    return " ".join(w.capitalize() if w not in ("OF", "AND") else w.lower() for w in name.split())


# A public service or a church body by the form of its name ("Grand River Regional Police
# Service", "Severnvale Fire and Rescue Service", "The Diocese of Wells", "Archdiocese of X").
_SERVICE_BODY = re.compile(
    r"^(?:The )?(?:[A-Z][\w'’.-]*(?: (?:and|of|[A-Z][\w'’.-]*)){0,5} (?:Police|Fire and Rescue|"
    r"Fire & Rescue|Fire|Ambulance|Coastguard) Service"
    r"|(?:Arch)?[Dd]iocese of [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})$")
# A careers breadcrumb near the top ("Careers > Uniform recruitment > FAQ", "Home › Vocations
# › Ordained ministry", "Home > Join us > …"): the page is the body's own recruitment page.
_CAREERS_CRUMB = re.compile(r"(?:^|[›>]\s*)(?:Careers?|Jobs|Vacancies|Recruitment|Vocations|"
                            r"Join us|Join the \w+)\b[^›>]*(?:[›>]|$)")
_CRUMB_ROWS = 5
# The masthead's name ends at a wide gap, a symbol or a dash ("X SERVICE      Non-emergency: …",
# "The Diocese of Y  ✝  Church of England", "ARCHDIOCESE OF Z — Office of …").
_MASTHEAD_END = re.compile(r"\s{3,}|\s+[^\w\s'’.&,()-]|\s+[–—|·]\s*")


def careers_publisher(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The public service or church body whose masthead heads its own careers page (a
    careers breadcrumb near the top): the body employs the role it recruits.

    >>> careers_publisher([(1, "NORTHMOOR FIRE AND RESCUE SERVICE     Call 999"),
    ...                    (2, "Home > Careers > Firefighter FAQs")])
    [('Northmoor Fire and Rescue Service', 1)]
    >>> careers_publisher([(1, "The Diocese of Wells  ✝  Church of England"),
    ...                    (2, "Home › Vocations › Lay ministry")])
    [('The Diocese of Wells', 1)]
    >>> careers_publisher([(1, "Northmoor Police Service"), (2, "Home > News > Appeals")])
    []
    """
    rows = [(no, text) for no, text in lines if text.strip()][:_CRUMB_ROWS]
    if not rows or not any(("›" in text or ">" in text) and _CAREERS_CRUMB.search(text)
                           for _, text in rows[1:]):
        return []
    no, first = rows[0]
    name = _cased(_MASTHEAD_END.split(first.strip(), maxsplit=1)[0].strip())
    return [(name, no)] if _SERVICE_BODY.match(name) else []


# (rules41b) A budget book's running header: the body's name, then a separator (a middle
# dot, a dash, a bar, a comma before its state or a wide gap) and the budget it heads
# ("SIERRA PINES COUNTY  ·  FISCAL YEAR 2026-27 RECOMMENDED BUDGET", "City of Harbor Bend,
# Oregon — Biennial Budget 2027-2029").
_HEADER_PART = re.compile(r"\s*(?:[·|–—]|,|\s{3,}|\s-\s)\s*")
_BUDGET = re.compile(r"\bbudget\b", re.IGNORECASE)
_HEADER_ROWS = 2
# A county or a borough named by its last word ("Sierra Pines County"): a public body in a
# budget's header, where no firm is so named.
_NAMED_COUNTY = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} (?:County|Parish|Borough|"
                           r"Township)$")


def budget_publisher(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The public body whose budget book's running header opens the page: it employs the
    staff of the programme the page budgets (its position schedule's classes).

    >>> budget_publisher([(1, "MARLOW COUNTY  ·  FY 2027-28 RECOMMENDED BUDGET  |  page 5-12")])
    [('Marlow County', 1)]
    >>> budget_publisher([(1, "Town of Elsby, Vermont — Annual Budget 2027")])
    [('Town of Elsby', 1)]
    >>> budget_publisher([(1, "Marlow County News — council debates the budget")])
    []
    """
    for no, text in [(no, text) for no, text in lines if text.strip()][:_HEADER_ROWS]:
        parts = _HEADER_PART.split(text.strip())
        if len(parts) < 2 or not any(_BUDGET.search(part) for part in parts[1:3]):
            continue
        name = _cased(parts[0])
        if (_PUBLIC_BODY.match(name) or _NAMED_COUNTY.match(name)) and not _BUDGET.search(name):
            return [(name, no)]
    return []


# (rules41b) A request site's line naming the body a request went to ("Ann Lee made this
# Freedom of Information request to Calder NHS Trust"): that body answers about its own post.
_REQUEST_TO = re.compile(r"\bmade this (?:Freedom of Information |FOI |FOIA |information |"
                         r"public records? |access to information )?request to (?:the )?"
                         r"(?P<body>[A-Z][\w'’.&-]*(?: (?:of|and|for|the|[A-Z][\w'’.&-]*)){0,8})"
                         r"\s*[.,]?\s*$")


def answering_body(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The public body an information request on a request site was made to: it employs
    the post the request asks about.

    >>> answering_body([(2, "Ann Lee made this Freedom of Information request to Calder "
    ...                     "Community Health NHS Trust")])
    [('Calder Community Health NHS Trust', 2)]
    """
    found: list[tuple[str, int]] = []
    for no, text in lines:
        match = _REQUEST_TO.search(text) if "request to" in text else None
        if match is not None:
            found.append((match.group("body"), no))
            break
    return found


# One local authority, in the singular ("recruited by a municipality"): an employer of a
# kind (its towns are read by recruiting_places), no sector of work.
_ONE_BODY = re.compile(r"(?:the\s+|a\s+|one\s+)?(?:city|town|municipality|commune|village|"
                       r"(?:municipal|urban|agglomeration)\s+community)", re.IGNORECASE)


def one_local_body(kind: str) -> bool:
    """``kind`` is one local authority in the singular, an employer and no sector.

    >>> one_local_body("municipality"), one_local_body("municipalities")
    (True, False)
    """
    return _ONE_BODY.fullmatch(kind.strip()) is not None


def schedule_publisher(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The public body whose copyright line closes a pay schedule page, or whose name heads
    it (see the module).

    >>> schedule_publisher([(1, "BIRCH VALLEY UNIFIED SCHOOL DISTRICT"), (3, "SALARY SCHEDULE")])
    [('Birch Valley Unified School District', 1)]
    >>> schedule_publisher([(1, "City of Alder Springs — Human Resources"),
    ...                     (2, "Salary Schedules")])
    [('City of Alder Springs', 1)]
    >>> schedule_publisher([(1, "CITY OF ALDER — HUMAN RESOURCES   Personnel Action Form")])
    [('City of Alder', 1)]
    """
    page = " ".join(text for _, text in lines)
    if _SCHEDULE.search(page) is None:
        return []
    found: list[tuple[str, int]] = []
    first = next(((no, text) for no, text in lines if text.strip()), None)
    head = _masthead(_FIRST_CELL.split(first[1].strip())[0]) if first is not None else None
    if head is not None and first is not None:
        found.append((head, first[0]))
    for no, text in lines:
        for match in _HOLDER.finditer(text):
            holder = match.group(1).strip().rstrip(".,")
            if _PUBLIC_BODY.match(holder):
                found.append((holder, no))
    return found


def _paragraphs(lines: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """Consecutive non-blank lines joined (a hard-wrapped sentence read whole), each at its
    first line."""
    out: list[tuple[int, str]] = []
    last = -2
    for no, text in lines:
        if text.strip() and out and no == last + 1:
            out[-1] = (out[-1][0], f"{out[-1][1]} {text.strip()}")
        elif text.strip():
            out.append((no, text.strip()))
        last = no
    return out


def recruiting_places(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The places a sentence about recruiting names after "city of", "towns of" … (see the
    module); a bracket after a place ("(4 posts)") is dropped."""
    found: list[tuple[str, int]] = []
    for no, text in _paragraphs(lines):
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if _RECRUITING.search(sentence) is None:
                continue
            for match in _PLACES_OF.finditer(sentence):
                listed = re.sub(r"\s*\([^()]*\)", "", match.group("list"))
                for item in _ITEM_SPLIT.split(listed):
                    place = _PLACE.match(_KIND_OPEN.sub("", item.strip()))
                    if place is None:
                        break  # ("… and the police of X": the list of places ends)
                    found.append((place.group(0), no))
            labelled = _RECRUITING_LIST.search(sentence) if _PLACES_OF.search(
                sentence) is None else None
            listed = re.sub(r"\s*\([^()]*\)", "", labelled.group("list")) if labelled else ""
            items = [item.strip() for item in _ITEM_SPLIT.split(listed) if item.strip()]
            if items and all(_PLACE.fullmatch(item) for item in items) and any(
                    _COMPOUND_PLACE.match(item) for item in items):
                found.extend((item, no) for item in items)
    return found


# A hospital or health service by the last words of its name ("St. Brendan's Regional
# Medical Center", "Port Marlow Health", "Cedar Valley Hospice").
_HEALTH_BODY = re.compile(r"^[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,6} (?:Hospitals?|Medical "
                          r"(?:Center|Centre)|Health(?: System| Service| Services| Care)?|"
                          r"Healthcare|Hospice|Infirmary|Clinic|Health Trust)$")
# A page about a hospital's own training programme for one profession (a residency, a
# graduate or new-graduate programme, a fellowship).
_PROGRAMME = re.compile(r"\b(?:Residency|Graduate|New[- ]Graduate|Fellowship|Internship)\s+"
                        r"Program(?:me)?\b|\bPROGRAM(?:ME)?\s+\d{4}\b", re.IGNORECASE)


def programme_provider(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The hospital or health service whose copyright line closes its own residency or
    graduate programme page: it employs the programme's residents and graduates.

    >>> programme_provider([(1, "Pharmacy Residency Program"),
    ...                     (9, "Privacy · © 2026 Northgate University Hospital")])
    [('Northgate University Hospital', 9)]
    >>> programme_provider([(1, "Pharmacist"), (9, "© 2026 Northgate University Hospital")])
    []
    """
    if not any(_PROGRAMME.search(text) for _, text in lines[:_PROGRAMME_HEAD]):
        return []
    found: list[tuple[str, int]] = []
    for no, text in lines:
        for match in _HOLDER.finditer(text) if "©" in text else ():
            holder = match.group(1).strip().rstrip(".,")
            if _HEALTH_BODY.match(holder):
                found.append((holder, no))
    return found


_PROGRAMME_HEAD = 12  # lines of a page's head that name its programme



# (fixes76) A public body's department by the form of its name ("Department of Planning and
# Building", "Bureau of Water Supply", "Fire Department").
_DEPARTMENT = (r"(?:Department|Bureau|Office|Agency) of [A-Z][\w'’]*"
               r"(?:\s+(?:and|&|for)\s+[A-Z][\w'’]*|\s+[A-Z][\w'’]*){0,4}"
               r"|(?:[A-Z][\w'’]*\s+){1,3}Department")
# "… the work of a unit in the Department of X": the unit's department.
_UNIT_IN = re.compile(rf"\ba\s+(?:unit|section|division|team|branch)\s+(?:in|of|within)\s+"
                      rf"the\s+(?P<body>{_DEPARTMENT})\b(?!\s+of\b)")
# "Fire Alarm Inspectors of the Fire Department inspect …": the post's holders, of the body.
_HOLDERS_OF = re.compile(rf"^(?P<title>(?:[A-Z][\w'’-]*\s+){{0,4}}[A-Z][\w'’-]*s)\s+of\s+the\s+"
                         rf"(?P<body>{_DEPARTMENT})\s+(?:[a-z]+\s+)?[a-z]")


def unit_department(lines: Sequence[tuple[int, str]], is_post: Callable[[str], bool],
                    ) -> list[tuple[str, int]]:
    """(fixes76) The department of a public body's notice the post sits in: "the work of a
    unit in the Department of X", or the post's holders "of the X Department" opening a
    sentence ("Fire Alarm Inspectors of the Fire Department inspect …"); ``is_post`` tells
    the holders' plural title is a post's.

    >>> unit_department([(9, "Plans and reviews the work of a unit in the Department of "
    ...                      "Harbours and Marinas.")], lambda title: True)
    [('Department of Harbours and Marinas', 9)]
    >>> unit_department([(8, "Lift Inspectors of the Building Department test hoists.")],
    ...                 lambda title: title == "Lift Inspectors")
    [('Building Department', 8)]
    >>> unit_department([(8, "Friends of the Parks Department meet on Sundays.")],
    ...                 lambda title: False)
    []
    """
    found: list[tuple[str, int]] = []
    for no, text in lines:
        if "Department" not in text and "Bureau" not in text and "Office" not in text and (
                "Agency" not in text):
            continue
        unit = _UNIT_IN.search(text) if "a " in text else None
        if unit is not None:
            found.append((unit.group("body"), no))
            continue
        holders = _HOLDERS_OF.match(text.strip())
        if holders is not None and is_post(holders.group("title")):
            found.append((holders.group("body"), no))
    return found
