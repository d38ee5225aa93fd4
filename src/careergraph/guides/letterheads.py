"""The organisation whose own document a page is: it employs the role.

An employer's internal documents print its name as the letterhead, the first cell of one
of the page's first lines ("Kingsmere Hospitals NHS Foundation Trust      Facilities
Directorate", "Harbour Ground Services · People Portal"), over the document's kind
("LOCAL INDUCTION CHECKLIST", "Onboarding > My Onboarding", "Residency Program").  An
internal vacancy notice says whose staff may apply ("open to permanent Ashcombe District
Council employees").  A job posting prints the posting company with its legal form on a line
of its own near the top ("Lamphun Ceramics Co., Ltd.   ✔ Verified company").  A union's
circular, a job board's or a library's page names itself the same way and employs no one
(``letterheads.not_employers`` in data/headings.yaml).

>>> letterhead_employer([(1, "Ashvale Hospitals NHS Trust        Estates Directorate"),
...                      (2, "LOCAL INDUCTION CHECKLIST – CATERING")])
[('Ashvale Hospitals NHS Trust', 1)]
>>> letterhead_employer([(1, "Brackley College - Recruiting Module (export)   Exported 9:10"),
...                      (2, "Field | Value")])
[('Brackley College', 1)]
>>> letterhead_employer([(1, "RIVERSIDE TRAMWAYMEN'S UNION"), (2, "Branch circular: induction")])
[]
>>> letterhead_employer([(1, "Staff Hub — Eastmere Canals Trust Ltd   Home | My Pay"),
...                      (2, "YOUR PAYSLIP EXPLAINED: BRIDGE OPERATOR")])
[('Eastmere Canals Trust Ltd', 1)]
>>> staff_employer([(7, "This post is open to permanent Ashcombe District Council employees.")])
[('Ashcombe District Council', 7)]
>>> staff_employer([(5, "Open to permanent employees of the Department of Parks & Trails who …")])
[('Department of Parks & Trails', 5)]
>>> formed_company([(4, "Kiln setter (Ceramics)"), (5, "Lamphun Ceramics Co., Ltd."),
...                 (6, "Lamphun | Full-time | Posted 2 days ago")])
[('Lamphun Ceramics Co., Ltd.', 5)]
>>> formed_company([(5, "Welder (m/f)"), (6, "DUNAREA METAL SRL · Galați · Posted 2 days ago")])
[('Dunarea Metal SRL', 6)]

A labour-hire firm, unlike a recruiter, is the employer of the workers it places: its own
page (its masthead, menu or footer says labour hire, or it takes its workers' timesheets)
names it in the footer's legal line.

>>> labour_hire_employer([(1, "BASALT CREW HIRE   Jobs   Timesheets   Login"), (2, "Guide"),
...                       (9, "Basalt Crew Hire Pty Ltd  ABN 00 000 000 000  | Privacy")])
[('Basalt Crew Hire', 9)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from careergraph.guides.gated_re import Gated
from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.issuers import LEGAL_FORM, NAME_WORDS
from careergraph.legal_forms import legal_forms

__all__ = [
    "formed_company",
    "labour_hire_employer",
    "letter_letterhead",
    "letterhead_employer",
    "staff_employer",
    "union_counterpart",
]

_LETTERHEAD_LINES = 3  # the letterhead is among a page's first lines
_MENU_CELLS = 6  # cells of a site's whole menu ("Future students   Current students   …")
_DOCUMENT_LINES = 8  # and the document's kind is named under it
_MAX_WORDS = 9
# A line's cells: two spaces or more, or a " · ", " | " or a dash between them.
_CELLS = re.compile(r"\s{2,}|\s[·|—–›]\s")  # (carry42: a breadcrumb's "›" too)
# A capitalised name ("St. Anselm's Regional Medical Center", "Port Arden NHS Trust").
_JOINERS = frozenset({"of", "and", "the", "for"})  # lower case inside a name
# (an accented capital opens a name too: "ÁGUA LIMPA NORTE CONSORTIUM")
_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w&.'’-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w&.'’-]*|of|and|&|the|for)){1,8}"
                   r"(?:\s+(?:plc|ltd|llp)\.?)?$")  # (carry39) "X Water Services plc"


# (fixes97) A legal form written with full stops inside it ("B.V.", "S.A.", "d.o.o.") ends
# an organisation's name as its words do ("VAN RIJSWIJK LOGISTIEK B.V." over a Dutch firm's
# letter); the bare short forms ("AB", "AG", "hf") may be words and are left out.
_DOTTED_FORMS = frozenset(form.lower() for form in legal_forms("title") if "." in form)


@cache
def _document_kind() -> Gated:
    kinds = word_lists("letterheads").get("documents", ())
    # (gated: most head lines hold none of the kinds' literals, and are not searched)
    return Gated(re.compile(rf"(?i)\b(?:{phrase_alternation(kinds)})\b"))


def _issuer_name(cell: str) -> str | None:
    """``cell`` as an employer's name: capitalised words ending in an organisation's word,
    none of them a non-employer's word; all capitals read in title case."""
    words = word_lists("letterheads")
    if _NAME.match(cell) is None or len(cell.split()) > _MAX_WORDS:
        return None
    cell = _without_office(cell, words.get("offices", ()))
    lowered = [w.strip(".,").lower() for w in cell.split()]
    heads = words.get("heads", ())
    dotted = lowered[-1] in _DOTTED_FORMS
    if (lowered[-1] not in heads and " ".join(lowered[:2]) not in words.get("leads", ())
            and not dotted and not _head_of(lowered, heads)) or any(
            w in words.get("not_employers", ()) for w in lowered):
        return None
    if cell.isupper():  # "ST. ANSELM'S MEDICAL CENTER": the name in its usual case
        printed = cell.split()
        named = printed[:-1] if dotted else printed  # (a dotted form keeps its capitals)
        cell = " ".join([*(w.lower() if w.lower() in _JOINERS else w[:1] + w[1:].lower()
                           for w in named), *printed[len(named):]])
    return cell


def _head_of(lowered: Sequence[str], heads: Sequence[str]) -> bool:
    """(carry40) Whether an organisation's word stands before "of" inside the name
    ("Kingsmead Institute of Technology", "Ashby College of Art"), its subject after it.

    >>> _head_of(["kingsmead", "institute", "of", "technology"], ("institute",))
    True
    >>> _head_of(["friends", "of", "the", "park"], ("institute",))
    False
    """
    return any(word in heads and after == "of" for word, after in pairwise(lowered))


def _without_office(cell: str, offices: tuple[str, ...]) -> str:
    """``cell`` less a personnel office's name after the employer's ("Ashby County Human
    Resources Department" -> "Ashby County"): the office issues, the county employs.

    >>> _without_office("Ashby County Human Resources Department", ("human resources department",))
    'Ashby County'
    """
    lowered = cell.lower()
    for office in offices:
        if lowered.endswith(" " + office) and len(cell) > len(office) + 1:
            return cell[:-len(office) - 1].rstrip(" ,-–—")
    return cell


def letterhead_employer(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The organisation a page's letterhead names, with its line, when the page's first
    lines name a document only an employer issues about its own posts (``lines``: the
    page's printed lines, in order)."""
    # ((rules52b) a rule of dashes under a portal's bar is no line of the document's head)
    head = [(no, text.strip()) for no, text in lines if any(
        c.isalnum() for c in text)][:_DOCUMENT_LINES]
    if not any(_document_kind().search(text) and len(_CELLS.split(text)) < _MENU_CELLS
               for _, text in head):
        return []  # (carry40: a site's long menu's "Staff login" names no document)
    for no, text in head[:_LETTERHEAD_LINES]:
        if _document_kind().fullmatch(text.split("  ")[0].strip()):
            continue  # (rules35c) "REPORT TO COUNCIL": the document's kind, no issuer
        if text.count(" / ") >= 2:
            continue  # "Acme Engineering  /  Delivery  /  Role charters": a wiki's breadcrumb,
            # whose first cell is a space of the site, no letterhead
        cells = _CELLS.split(text)
        first, dash, kind = cells[0].partition(" - ")
        if dash and _document_kind().search(kind):
            cells[0] = first  # (carry40) "X University - HR Recruiting Module (export)"
        name = _issuer_name(cells[0].strip())
        if name is None and len(cells) > 1 and cells[0].split() and (cells[0].split()[
                -1].lower() in word_lists("letterheads").get("portals", ()) or (
                " › " in text and len(cells[0].split()) == 1)):
            # (carry39) "People Hub — X Trust Ltd"; (carry42) a planning system's breadcrumb,
            # its own one-word name first: "JobPlanner › X NHS Trust › Ward › Job plans"
            name = _issuer_name(cells[1].strip())
        if name is not None:
            return [(_legal_name(name, lines), no)]
    return _located_site([(no, text.strip()) for no, text in lines if text.strip()][
        :_LOCATION_LINES])


# (fixes91) A letter's salutation, and how many lines above it its letterhead may stand (an
# e-mail's header fields and the addressee's block between them).
_SALUTATION = re.compile(r"^Dear\s+\S")
_LETTER_HEAD_LINES = 14


def letter_letterhead(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """(fixes91) The organisation a letter's letterhead names in capitals, with its line: a
    letter to a person (a "Dear …" line) whose lines before the salutation hold a line in
    capitals whose first cell names a body ("TARN LEISURE TRUST", "X FOODS INC.  ·
    Y Plant  ·  address"), the organisation words and non-employers of
    :func:`letterhead_employer`; a letter with none, or with no salutation, names none.

    >>> letter_letterhead([(1, "From: HR <hr@x.example>"), (3, "TARN VALLEY FOODS INC.  ·  Mill"),
    ...                    (5, "3 December 2026"), (7, "Dear Sam,")])
    [('Tarn Valley Foods Inc.', 3)]
    >>> letter_letterhead([(1, "TARN VALLEY FOODS INC."), (5, "Thanks Sam,")])
    []
    """
    printed = [(no, text.strip()) for no, text in lines if text.strip()]
    dear = next((at for at, (_, text) in enumerate(printed) if _SALUTATION.match(text)), None)
    if dear is None:
        return []
    for no, text in printed[max(0, dear - _LETTER_HEAD_LINES):dear]:
        cell = _CELLS.split(text)[0].strip()
        if not cell.isupper() or ":" in cell:
            continue  # ("RE: PROMOTION – …": the letter's subject line, no letterhead)
        name = _issuer_name(cell)
        if name is not None:
            return [(_legal_name(name, lines), no)]
    return []


_LOCATION_LINES = 16  # a requisition's header fields, under its letterhead
# (carry40) "Location: Lakeshore General Hospital - Main Campus, Green Bay, WI": a document's
# location field naming the site, then its campus or town after a dash or comma.
_LOCATION = re.compile(r"(?:^|\s{2,})Location:\s+(?P<site>[^,|]+?)(?:\s+-\s+|,|\s{2,}|$)")


def _located_site(head: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The organisation an employer's own document (a requisition) names in its location
    field, with its line, when no letterhead names it: the site the post works at.

    >>> _located_site([(8, "Location: Brindle Bay General Hospital - North Campus, Erie, PA")])
    [('Brindle Bay General Hospital', 8)]
    >>> _located_site([(8, "Location: Erie, PA")])
    []
    """
    for no, text in head:
        match = _LOCATION.search(text) if "Location:" in text else None
        name = _issuer_name(match.group("site").strip()) if match is not None else None
        if name is not None:
            return [(name, no)]
    return []


def _legal_name(name: str, lines: Sequence[tuple[int, str]]) -> str:
    """``name`` with the legal form the page prints it with elsewhere (a footer's "Tern Rail
    Ltd · Registered in England"): one spelling with the name other readers find there.

    >>> _legal_name("Tern Rail", [(40, "© Tern Rail Ltd · Registered in England")])
    'Tern Rail Ltd'
    """
    formed = re.compile(rf"\b{re.escape(name)},?\s+{LEGAL_FORM}(?![\w])", re.IGNORECASE)
    for _, text in lines:
        match = formed.search(text) if name[:4].lower() in text.lower() else None
        if match is not None:
            return match.group(0) if not match.group(0).isupper() else name + match.group(0)[
                len(name):]
    return name


# "open to permanent X employees", "open to all current X staff", "open to permanent
# employees of the X".
_STAFF = re.compile(rf"\b(?i:open\s+to)\s+(?:(?i:all|permanent|current|existing|substantive)\s+)*"
                    rf"(?:(?P<org>{NAME_WORDS})\s+(?i:employees|staff)\b|(?i:employees|staff)"
                    rf"\s+of\s+(?:the\s+)?(?P<after>{NAME_WORDS}))")


def staff_employer(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The organisation an internal notice opens its post to the employees of, with its
    line: the one employer whose staff may apply."""
    for no, text in lines:
        if "pen to" not in text:
            continue
        match = _STAFF.search(text)
        name = _issuer_name(match.group("org") or match.group("after")) if (
            match is not None) else None
        if name is not None:  # (an organisation's name: "open to Grade II employees" is not)
            return [(name, no)]
    return []


_POSTING_LINES = 10  # a posting's company is printed near the top
# (rules40c) a Romanian company's SRL or SA, and the posting's facts after a " · " or " | "
# ("CARPATIC AUTOPARTS SRL · Ghimbav, jud. Brașov · Posted 3 days ago")
# ((rules55a) an Uzbek firm's MChJ, "Nurli Ip Tekstil MChJ  ✔ verified employer")
_FORMED = re.compile(rf"^(?P<org>{NAME_WORDS},?\s+(?:{LEGAL_FORM}|SRL|SA|MChJ|MCHJ))"
                     r"(?:(?:\s{2,}|\s[·|]\s).*)?$")
# The posting's facts beside or under the company ("Full-time", "Posted 2 days ago").
# ((rules55a) a board's badge beside the firm, "✔ verified employer ★ 4.3 (27 reviews)", and
# the firm's size, "120+ employees")
_POSTING_FACTS = re.compile(r"(?i)\b(?:full[- ]time|part[- ]time|posted|verified company|"
                            r"verified employer|\d+\+?\s+employees|apply now|applied:)")
# A flyer's openings, printed just above its firm ("~ 40 positions ~ June to …").
_OPENINGS = re.compile(r"(?i)\b\d+\s+(?:positions|openings|vacancies)\b")


def formed_company(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The company a job posting names with its legal form on a line of its own among the
    page's first lines, with the posting's facts on it or the next line, with its line."""
    head = [(no, text.strip()) for no, text in lines if text.strip()][:_POSTING_LINES]
    for index, (no, text) in enumerate(head):
        match = _FORMED.match(text)
        after = head[index + 1][1] if index + 1 < len(head) else ""
        # (a flyer prints its openings just above the firm: "~ 40 positions ~ June to …")
        before = head[index - 1][1] if index else ""
        if match is not None and (_POSTING_FACTS.search(text) or _POSTING_FACTS.search(after)
                                  or _OPENINGS.search(before)):
            return [(_usual_case(match.group("org").rstrip(",")), no)]
    return []


def _usual_case(name: str) -> str:
    """A company's name printed in capitals in its usual case, its legal form as printed
    ("CARPATIC AUTOPARTS SRL" -> "Carpatic Autoparts SRL"); any other name as is.

    >>> _usual_case("CARPATIC AUTOPARTS SRL"), _usual_case("Lamphun Ceramics Co., Ltd.")
    ('Carpatic Autoparts SRL', 'Lamphun Ceramics Co., Ltd.')
    """
    words = name.split()
    if not name.isupper() or len(words) < 2:
        return name
    return " ".join([*(w.lower() if w.lower() in _JOINERS else w[:1] + w[1:].lower()
                       for w in words[:-1]), words[-1]])


# A union's circular reports what it agreed with the employer of its members' posts ("the
# Branch has reached agreement with Harbour Trams on …", "negotiations with Harbour Trams").
_COUNTERPART = re.compile(rf"\b(?:agreement|negotiations?|talks)\s+with\s+(?P<org>{NAME_WORDS})")
_UNION = re.compile(r"(?i)\bunion\b")


def union_counterpart(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The employer a union's circular (its letterhead among the page's first lines names a
    union) reports an agreement or negotiations with, with its line.

    >>> union_counterpart([(1, "TRAMWAY WORKERS' UNION  ·  Harbour Branch"),
    ...                    (9, "We reached agreement with Harbour Trams on the new rota.")])
    [('Harbour Trams', 9)]
    >>> union_counterpart([(1, "Harbour Trams News"),
    ...                    (9, "We reached agreement with Lakeside Depot on parking.")])
    []
    """
    head = [text for _, text in lines if text.strip()][:_LETTERHEAD_LINES]
    if not any(_UNION.search(_CELLS.split(text.strip())[0]) for text in head):
        return []
    banned = word_lists("letterheads").get("not_employers", ())
    for no, text in lines:
        match = _COUNTERPART.search(text) if " with " in text else None
        if match is not None and not any(
                w.lower() in banned or w.lower() in ("branch", "committee")
                for w in match.group("org").split()):
            return [(match.group("org"), no)]
    return []


_HIRE_EDGE = 3  # lines of a page's masthead and menu, and of its footer
# What only a labour-hire firm's own page prints: the kind of firm, or its workers' timesheets.
_LABOUR_HIRE = re.compile(r"(?i)\blabou?r[- ]hire\b|\btimesheets\b")
# The footer's legal line: the firm's name and its legal form ("X Pty Ltd  ABN …", "X Pty Ltd
# is a licensed labour hire provider").
_LEGAL_LINE = re.compile(rf"^(?P<name>{NAME_WORDS}?),?\s+{LEGAL_FORM}(?:\s|$)")


def labour_hire_employer(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The labour-hire firm whose own page ``lines`` are (see the module), by the name its
    footer's legal line prints (without the legal form), with that line."""
    printed = [(no, text.strip()) for no, text in lines if text.strip()]
    edges = printed[:_HIRE_EDGE] + printed[-_HIRE_EDGE:]
    if not any(_LABOUR_HIRE.search(text) for _, text in edges):
        return []
    for no, text in reversed(printed[-_HIRE_EDGE:]):
        legal = _LEGAL_LINE.match(text)
        if legal is not None:
            return [(legal.group("name"), no)]
    return []
