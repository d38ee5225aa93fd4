"""The organisation a public-service page is issued by: the role's employer.

Civil-service class specifications print their employer as the page's header, beside the
name of the document ("Commonwealth of Marlow - Class Specifications"), or on the line above
a strip of the personnel office's chrome ("Northbridge State Courts" / "Human Resources |
Classification & Compensation | Class Specifications Index").  Service minutes and schemes
of recruitment name it as the appointing authority, after the post that signs for it
("Appointing Authority : Secretary, Ministry of Health, Nutrition and Indigenous
Medicine.").  A military occupation's page names the service that employs it with the
job's code ("Army MOS List", "Navy Rating") or in "After the Army".

>>> issuers([(1, "Harbour County - Class Specifications"), (2, "Search  Help")])
[('Harbour County', 1)]
>>> issuers([(1, "Lakeside City Courts"), (2, "HR | Class Specifications Index")])
[('Lakeside City Courts', 1)]
>>> issuers([(9, "02. Appointing Authority : Director, Department of Water Supply.")])
[('Department of Water Supply', 9)]
>>> issuers([(1, "Class Specifications"), (2, "The CLERK 2 files records.")])
[]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.literals import folded_text, needle_matches
from careergraph.guides.title_frames import document_title

__all__ = [
    "applied_employer",
    "board_paper_body",
    "card_titles",
    "careers_header_employer",
    "dashed_employers",
    "equal_opportunity_employer",
    "exhibitor_blocks",
    "exhibitor_employers",
    "gazette_bodies",
    "holder_card_employers",
    "issuers",
    "job_card_employers",
    "masthead_employer",
    "offer_employer",
    "offer_row_employers",
    "other_card_pay",
    "own_site_employer",
    "posting_header_employer",
    "service_branch",
    "similar_card_employers",
]

# The document's name in a page header ("Class Specifications", "Classification
# Specification", "Class Specs").
_SPEC = re.compile(r"\bClass(?:ification)?\s+Spec(?:ification)?s?\b", re.IGNORECASE)
_HEADER_ORG = re.compile(r"^(?P<org>[A-Z][\w&.'’ ]{2,60}?)\s+[-–|:]\s+Class(?:ification)?\s+Spec",
                         re.IGNORECASE)
_HEAD_LINES = 4  # the header is among a page's first lines
_AUTHORITY = re.compile(r"\b(?:Appointing|Employing|Recruiting|Disciplinary)\s+Authority\s*:\s*"
                        r"(?P<value>[^;]{3,160}?)\.?\s*$")
# Head words of a public body's name ("… State Courts", "Commonwealth of …", "Ministry of …").
_BODIES = frozenset({
    "court", "courts", "commonwealth", "state", "county", "city", "ministry", "department",
    "agency", "commission", "board", "authority", "council", "university", "government",
    "office", "bureau", "district", "corporation", "institute", "trust", "administration",
    "directorate", "municipality", "service",
})
_MAX_WORDS = 8


def _body(text: str) -> bool:
    words = text.split()
    return (0 < len(words) <= _MAX_WORDS and not any(c.isdigit() for c in text)
            and words[0][:1].isupper() and all(w[:1].isupper() or w in ("of", "and", "&")
                                               for w in words)
            and any(w.lower().strip(",.") in _BODIES for w in words))


def issuers(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The employers a page names as its issuer or appointing authority, with their lines
    (``lines``: line number and text, in order)."""
    found: list[tuple[str, int]] = []
    head = lines[:_HEAD_LINES]
    for index, (no, text) in enumerate(head):
        if _SPEC.search(text) is None:
            continue
        own = _HEADER_ORG.match(text)
        if own is not None and _body(own.group("org")):
            found.append((own.group("org").strip(), no))
        elif index and _body(head[index - 1][1].strip()):
            found.append((head[index - 1][1].strip(), head[index - 1][0]))
        break
    for no, text in lines:
        if "Authority" not in text:
            continue
        named = _AUTHORITY.search(text)
        if named is None:
            continue
        parts = [p.strip() for p in named.group("value").split(",")]
        while parts and not _body(parts[0]):
            parts = parts[1:]  # "Secretary, Ministry of …": the post that signs for the body
        if parts:  # "Ministry of Health, Nutrition and …": the body by its first name
            found.append((parts[0], no))
    return found


# (rules38b) An official gazette's masthead ("THE ODISHA GAZETTE", "GOVERNMENT GAZETTE OF
# BELIZE  ·  Vol. LXIII"): the ministry or department printed in capitals under it, before
# its first notice, issues the notices and employs the posts they fill ("RURAL WORKS
# DEPARTMENT", "MINISTRY OF FINANCE, …" / "PUBLIC SERVICE — CUSTOMS AND EXCISE DEPARTMENT":
# each body of the line, the service it belongs to none).
_GAZETTE = re.compile(r"\bGAZETTE\b", re.IGNORECASE)
_GAZETTE_LINES = 12  # the masthead and the issuing body stand among a gazette's first lines
_NOTICE_START = re.compile(r"^(?:NOTIFICATION|NOTICE|No\.\s*\d|APPOINTMENTS?|PROMOTIONS?|"
                           r"RESOLUTION|ORDER)\b")
_ISSUING_HEADS = frozenset({"ministry", "department", "directorate", "agency", "bureau",
                            "secretariat", "division"})
_BODY_PARTS = re.compile(r"\s+[—–-]\s+")


def gazette_bodies(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The ministry and department a gazette's masthead prints in capitals before its first
    notice, each employing the role.

    >>> gazette_bodies([(1, "THE WESSEX GAZETTE"), (2, "HIGHWAYS DEPARTMENT"),
    ...                 (3, "NOTIFICATION"), (4, "MINISTRY OF HEALTH")])
    [('Highways Department', 2)]
    >>> gazette_bodies([(1, "PUBLIC SERVICE — PORTS DEPARTMENT")])  # no gazette
    []
    """
    head = lines[:_GAZETTE_LINES]
    if not any(_GAZETTE.search(text) for _, text in head):
        return []
    found: list[tuple[str, int]] = []
    for no, text in head:
        text = text.strip()
        if _NOTICE_START.match(text):
            break
        if not text or _GAZETTE.search(text) or not text.isupper() or any(
                c.isdigit() for c in text):
            continue
        for part in _BODY_PARTS.split(text):
            name = " ".join(w if w in _JOINERS else w.capitalize() for w in part.lower().split())
            if _body(name) and _ISSUING_HEADS.intersection(name.lower().replace(",", " ").split()):
                found.append((name, no))
    return found


_JOINERS = frozenset({"of", "and", "&", "for", "the"})


# The armed service a military occupation belongs to: named with the kind of job code it
# gives ("Army MOS", "Navy Rating", "Air Force AFSC") or as the service one leaves ("After
# the Army").
_SERVICE = r"(Army|Navy|Air Force|Marine Corps|Coast Guard|Space Force)"
_BRANCH = re.compile(rf"\b{_SERVICE}\s+(?:MOS|AFSC|[Rr]atings?|NEC)\b|\b[Aa]fter the {_SERVICE}\b")


def service_branch(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The armed service a military occupation's page names as its employer, with its line.

    >>> service_branch([(1, "Home » Navy Ratings » Cook"), (9, "After the Navy")])
    [('Navy', 1)]
    >>> service_branch([(3, "He served in the Army before law school.")])
    []
    """
    for no, text in lines:
        if "MOS" not in text and "fter the" not in text and "AFSC" not in text and (
                "ating" not in text and "NEC" not in text):
            continue
        match = _BRANCH.search(text)
        if match is not None:
            return [(match.group(1) or match.group(2), no)]
    return []


# A job advertisement's closing statement names the company that posts it ("Acme Foods is an
# Equal Opportunity Employer"): that company employs the role.  The name is one to six
# capitalised words; "We are" or "The company is" name no one.  Only on a page that offers
# the job (an "Apply" button or link line): a recruiter's salary guide signs off with the
# same statement about itself.
_EQUAL_OPPORTUNITY = re.compile(
    r"(?:^|[.!]\s+|^[a-z]+:\s+)(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&)){0,5}?)\s+is\s+"
    r"(?:an?\s+)?(?:proud\s+)?(?i:equal\s+(?:employment\s+)?opportunity"
    r"(?:\s*(?:/|and)\s*affirmative\s+action)?\s+employer)")
_APPLY = re.compile(r"^\s*Apply\b(?:\s+(?:now|for (?:this|the) (?:job|role|position)|online))?\s*$")
# The offer elsewhere on the page: an "Apply Now" or "Careers" cell of a navigation strip
# ("Careers | Pilots | Apply Now"), a careers page's header ("Acme Air — Careers"), a
# closing "Apply at jobs.acme.example." (a footer's sentence).
_OFFER_CELL = re.compile(r"(?:^|\s[|·]\s|\[\s*|[—–-]\s+)(?:Apply(?: [Nn]ow| [Oo]nline)?|Careers)"
                         r"\s*(?:$|\s[|·]\s|\s*\])|(?:^|[.!:]\s+)Apply (?:at|online at|via) \S")
_NO_NAME = frozenset({"we", "it", "this", "the", "our", "company", "the company", "employer"})
# (rules52b) An application receipt (a job board's "application sent" mail, an applicant
# tracking system's candidate home after applying) is about a job offered too.
_APPLIED = re.compile(r"(?i:\bthank\s+you\s+for\s+applying\b|\bapplication\s+(?:received|sent|"
                      r"submitted)\b|\byour\s+application\s+(?:has\s+been|was)\s+(?:sent|"
                      r"submitted|received)\b)")
# (rules52b) The receipt's "Your application has been sent to Acme Foods", "Your application
# to Acme Foods was received": the company the job seeker applied to employs the role.
_APPLIED_TO = re.compile(
    r"\b(?i:your\s+application)\s+(?:(?i:has\s+been|was)\s+(?i:sent|submitted|forwarded)\s+"
    r"to\s+(?P<org>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|&)){0,5})"
    r"|to\s+(?P<at>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|&)){0,5})\s+"
    r"(?i:has\s+been|was)\s+(?i:received|sent|submitted))")


def equal_opportunity_employer(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The company a job advertisement names in its equal-opportunity statement, with its line.

    >>> equal_opportunity_employer([(40, "Brindle Tools is an Equal Opportunity Employer."),
    ...                             (41, "Apply now")])
    [('Brindle Tools', 40)]
    >>> equal_opportunity_employer([(7, "The company is an equal opportunity employer."),
    ...                             (8, "Apply")])
    []
    >>> equal_opportunity_employer([(9, "Brindle Talent is an equal opportunity employer.")])
    []
    >>> equal_opportunity_employer([(1, "Careers  |  Cabin Crew  |  Apply Now"),
    ...                             (30, "Tern Air is an equal opportunity employer.")])
    [('Tern Air', 30)]
    >>> equal_opportunity_employer([(9, "footer: Ash Borough is an Equal Opportunity "
    ...                                 "Employer. Apply at jobs.ash.example.")])
    [('Ash Borough', 9)]
    >>> equal_opportunity_employer([(3, "Thank you for applying!"),
    ...                             (30, "Wren Rail Ltd is an Equal Opportunity Employer.")])
    [('Wren Rail Ltd', 30)]
    """
    if not any(_APPLY.match(text) or _OFFER_CELL.search(text) or _APPLIED.search(text)
               for _, text in lines):
        return []  # no job offered: a guide or a survey, not an advertisement
    for no, text in lines:
        if "pportunity" not in text:
            continue
        match = _EQUAL_OPPORTUNITY.search(text)
        if match is not None and match.group("org").lower() not in _NO_NAME and (
                match.group("org").split()[0].lower() not in _NO_NAME):
            return [(match.group("org").strip(), no)]
    return []


def applied_employer(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """(rules52b) The company an application receipt says the application went to, with
    its line (the first the page names).

    >>> applied_employer([(7, "Your application has been sent to Holm & Birch Bakery. Good luck!")])
    [('Holm & Birch Bakery', 7)]
    >>> applied_employer([(4, "Your application to Wren Rail was received on 2 May.")])
    [('Wren Rail', 4)]
    >>> applied_employer([(4, "Your application has been sent to the employer.")])
    []
    """
    for no, text in lines:
        if "pplication" not in text:
            continue
        match = _APPLIED_TO.search(text)
        if match is not None:
            name = (match.group("org") or match.group("at")).rstrip(".")
            if name.lower() not in _NO_NAME and name.split()[0].lower() not in _NO_NAME:
                return [(name, no)]
    return []


# An employer's careers page names itself in its header: "Tern Air — Careers", "Tern Air |
# Careers", "Careers at Tern Air" (or in capitals: "TERN AIR — careers").
_CAREERS_HEADER = re.compile(
    r"^\s*(?:(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&)){0,5})\s+[—–|-]\s+"
    r"[Cc]areers|Careers\s+at\s+(?P<at>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&)){0,5}))"
    r"\s*$")
_HEADER_ROWS = 3
# (a name in capitals this short is an acronym, spelt so everywhere: "DHL")
_ACRONYM_LETTERS = 5


def careers_header_employer(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The company whose careers page this is, as its header names it (in the page's first
    lines), with its line.

    >>> careers_header_employer([(1, "Tern Air — Careers"), (2, "[ Pilots ]  [ Cabin ]")])
    [('Tern Air', 1)]
    >>> careers_header_employer([(1, "Careers at Holm & Rye")])
    [('Holm & Rye', 1)]
    >>> careers_header_employer([(1, "Nursing Careers"), (2, "Why nursing - Careers")])
    []
    >>> careers_header_employer([(1, "TERN AIR CARGO — careers"), (9, "Tern Air Cargo Ltd")])
    [('Tern Air Cargo', 1)]
    """
    for no, text in lines[:_HEADER_ROWS]:
        match = _CAREERS_HEADER.match(text)
        if match is not None:
            name = (match.group("org") or match.group("at")).strip()
            if name.split()[0].lower() not in _NO_NAME:
                return [(_page_spelling(name, lines), no)]
    return []


# A masthead: an organisation's name alone on a line (two to six capitalised words).
_MASTHEAD = re.compile(r"^\s*(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&)){1,5})\s*$")
# A careers breadcrumb or menu item in the page's first lines: "Home > Careers > …".
_CAREERS_ITEM = re.compile(r"(?:^|[>/|]|\s{2})\s*Careers\s*(?:[>/|]|\s{2}|$)")
_MASTHEAD_ROWS = 4
_FOOTER_ROWS = 4


def masthead_employer(lines: Sequence[tuple[int, str]], holder: str) -> list[tuple[str, int]]:
    """The organisation whose careers page this is when its masthead prints its name alone
    and the footer's copyright line names it again ("© 2026 Tern Air Ltd"), the first lines
    show a "Careers" breadcrumb or menu item and the page speaks of the role's holders as
    "our …" ("our planners"): a careers guide's site writes of no staff of its own.

    >>> page = [(1, "Home  Careers  Contact"), (2, "Tern Air Cargo"), (3, "Load Planner"),
    ...         (4, "Most of our load planners start on the ramp."),
    ...         (9, "© 2027 Tern Air Cargo Ltd")]
    >>> masthead_employer(page, "planner")
    [('Tern Air Cargo', 2)]
    >>> masthead_employer(page[:3] + page[4:], "planner")
    []
    """
    head = [(no, text) for no, text in lines if text.strip()][:_MASTHEAD_ROWS]
    if not holder or not any(_CAREERS_ITEM.search(text) for _, text in head):
        return []
    ours = re.compile(rf"\bour\s+(?:[\w-]+\s+){{0,2}}{re.escape(holder)}s?\b", re.IGNORECASE)
    if not any(ours.search(text) for _, text in lines):
        return []
    foot = [text for _, text in lines if text.strip()][-_FOOTER_ROWS:]
    for no, text in head:
        match = _MASTHEAD.match(text)
        if match is None or "Careers" in text:
            continue
        name = match.group("org")
        owned = re.compile(rf"^\s*(?:©|\(c\)|copyright)\s*(?:\d{{4}}\s+)?{re.escape(name)}\b",
                           re.IGNORECASE)
        if any(owned.match(text) for text in foot):
            return [(_page_spelling(name, lines), no)]
    return []


# (rules37b) An organisation's own site: its name opens the first line, before the site's menu
# or its town (parted by a wide gap, a pipe, a middle dot or a comma), a "skip" link aside.
# (carry38: two spaces part a flattened menu too, "Marrowby Dental Group  Home  About")
_SITE_PARTS = re.compile(r"\s{2,}|\s+[|·•]\s+|,\s+")
_SKIP_LINK = re.compile(r"skip to (?:the )?(?:main )?content", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:[Oo]ur|[Ww]e|us)\b")
_SITE_FOOTER_ROWS = 3
_SITE_NAME_WORDS = (2, 6)


@cache
def _site_heads() -> frozenset[str]:
    """Head words of an organisation that employs staff ("Hotel", "University", "Council"),
    from ``own_site.heads`` in ``data/headings.yaml``."""
    return frozenset(word_lists("own_site").get("heads", ()))


@cache
def _school_site() -> tuple[frozenset[str], re.Pattern[str]]:
    """A teaching body's head words and its student menu (``own_site.school_heads`` and
    ``own_site.student_menu`` in ``data/headings.yaml``)."""
    lists = word_lists("own_site")
    return frozenset(lists.get("school_heads", ())), re.compile(
        rf"\b(?:{phrase_alternation(lists.get('student_menu', ()))})\b", re.IGNORECASE)


@cache
def _agency_menu() -> re.Pattern[str]:
    """(carry39b, fixes72) A staffing agency's candidate and client menu
    (``own_site.candidate_menu`` in ``data/headings.yaml``): "Register as a candidate",
    "Client login"."""
    menu = word_lists("own_site").get("candidate_menu", ())
    return re.compile(rf"\b(?:{phrase_alternation(menu)})\b", re.IGNORECASE)


# (a run of spaces parts a menu item too: "X Council — Staff Intranet   My HR | Payslips")
_PAPER_PARTS = re.compile(r"\s+[—–|]\s+|\s{3,}")


def board_paper_body(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """(rules38a) The body whose board paper the page is: its name opens the first line,
    a part after a dash or a bar names its papers ("Port of Wexmouth Harbour Trust — Board
    papers — Open session"), and a head word names an employing body (``own_site.heads``;
    the papers' words: ``own_site.paper_parts`` in ``data/headings.yaml``).  A paper may be
    cut off before its footer, so no repeat of the name is asked for.

    >>> board_paper_body([(1, "Wexmouth Harbour Trust — Board papers — Open session")])
    [('Wexmouth Harbour Trust', 1)]
    >>> board_paper_body([(1, "Harbour News — Board papers")])
    []
    >>> board_paper_body([(1, "Tarnby Borough Council — Staff Intranet   My HR | Log out")])
    [('Tarnby Borough Council', 1)]
    """
    texts = [(no, text) for no, text in lines if text.strip()]
    if not texts:
        return []
    no, first = texts[0]
    parts = [part.strip() for part in _PAPER_PARTS.split(first.strip()) if part.strip()]
    papers = word_lists("own_site").get("paper_parts", ())
    if len(parts) < 2 or not any(part.lower() in papers for part in parts[1:]):
        return []
    words = parts[0].split()
    low, high = _SITE_NAME_WORDS
    if not low <= len(words) <= high or not all(
            word[:1].isupper() or word in ("of", "and", "&") for word in words) or not (
            _site_heads() & {word.lower().strip(".,") for word in words}):
        return []
    return [(parts[0], no)]


def own_site_employer(lines: Sequence[tuple[int, str]], *,
                      internal: bool = False) -> list[tuple[str, int]]:
    """The organisation whose own site the page is: its name opens the first line, ahead of
    the site's menu ("THE HARBOURSIDE HOTEL, FALMOUTH   Rooms  Dining  Careers", "Wexley
    Borough Council   Bins & recycling | Council tax"), a head word names an employing body
    (a hotel, a dining group, a university, a council: ``own_site`` in
    ``data/headings.yaml``), one of the last lines prints the name again (its copyright,
    address or equal-opportunity line) and the page speaks in the first person ("our",
    "we", "us").  A careers guide's site names no such body.  An ``internal`` paper (a
    succession plan's successor pools: the organisation's own staff document) needs neither
    the footer nor the first person (carry38).

    >>> page = [(1, "ASHCOMBE UNIVERSITY   Study  Research  About"), (2, "Reader"),
    ...         (3, "Our readers lead research."), (4, "Pay: £60,000."), (5, "x"), (6, "y"),
    ...         (7, "© Ashcombe University 2026 · Privacy")]
    >>> own_site_employer(page)
    [('Ashcombe University', 1)]
    >>> own_site_employer([(1, "Careers Hub   Guides  Jobs"), *page[1:6], (7, "© Careers Hub")])
    []
    >>> own_site_employer([(1, "Kestrel Trades Academy  |  Programs  |  Admissions"),
    ...                    *page[1:6], (7, "© Kestrel Trades Academy")])
    []
    """
    opening = next(((no, text) for no, text in lines if text.strip()), None)
    if opening is None:
        return []
    no, first = opening  # (the first line's name is tested before the page is gathered)
    parts = [part for part in _SITE_PARTS.split(first.strip()) if part.strip()]
    if parts and _SKIP_LINK.fullmatch(parts[0].strip()):
        parts = parts[1:]
    if len(parts) < 2:  # (a name alone on its line: see masthead_employer)
        return []
    name = parts[0].strip()
    words = name.split()
    low, high = _SITE_NAME_WORDS
    # (rules38a) a firm's own careers site names it before its careers menu ("Pallet & Post
    # | Careers | Open pay"), whatever its name's head word
    careers = word_lists("own_site").get("careers_menu", ())
    if not low <= len(words) <= high or not all(
            word[:1].isupper() or word in ("of", "and", "&") for word in words) or not (
            _site_heads() & {word.lower().strip(".,") for word in words} or any(
                part.strip().lower() in careers for part in parts[1:])):
        return []
    texts = [(line, text) for line, text in lines if text.strip()]
    if len(texts) < _SITE_FOOTER_ROWS * 2:
        return []
    if any(_agency_menu().search(part) for part in parts[1:]) and not any(
            part.strip().lower() in careers for part in parts[1:]):
        return []  # (carry39b, fixes72) "X PRIVATE SERVICE … Register as a candidate  Client
        # login": a staffing agency, which places the role with households and firms, employs
        # none of them (its own careers menu beside it names its own staff's employer)
    school_heads, student_menu = _school_site()
    if {word.lower() for word in words} & school_heads and any(
            student_menu.search(part) for part in parts[1:]):
        return []  # ("Summit Trades Academy | Programs | Admissions": a school's page about
        # what its graduates become, whom it trains but does not employ)
    spelled = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
    if not internal and (not any(
            spelled.search(text) for _, text in texts[-_SITE_FOOTER_ROWS:]) or not any(
            _FIRST_PERSON.search(text) for _, text in texts[1:-_SITE_FOOTER_ROWS])):
        return []
    return [(_page_spelling(name, lines), no)]


def _page_spelling(name: str, lines: Sequence[tuple[int, str]]) -> str:
    """``name`` as the page prints it in mixed case elsewhere (a header in capitals, "TERN
    AIR", spelt "Tern Air" in the footer); ``name`` itself when it is no capitals or the page
    never prints it otherwise."""
    if not name.isupper() or len(name) <= _ACRONYM_LETTERS:
        return name
    spelled = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
    for _, text in lines:
        match = spelled.search(text) if not text.isupper() else None
        if match is not None and not match.group(0).isupper():
            return match.group(0)
    return name


# A job card in a strip of openings: the title, then "Company - Town, ST" (or "Company · Town"
# or "Company | Remote", the town's district in brackets: "London (Soho)"), then an apply
# button or, in a search engine's jobs box, the board it came "via".  The company posts a
# job of the role.
_CARD = re.compile(r"^(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and)){0,6})\s+[-–·|]\s+"
                   r"(?:[A-Z][\w .'-]+,\s*[A-Z]{2}|[A-Z][\w .'-]+|Remote|Hybrid)"
                   r"(?:\s*\([A-Z][\w .'-]{1,30}\))?\s*$")


_APPLY_BUTTON = re.compile(r"^\s*(?i:(?:easy |quick )?apply(?:\s+now)?)\s*$|"
                           r"^\s*via\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?\s*$")


def job_card_employers(lines: Sequence[tuple[int, str]], holder: str) -> list[tuple[str, int]]:
    """Companies a strip of job cards names under titles of the role ("Licensed Embalmer" /
    "Hartwell Funeral Home - Columbus, OH" / "Apply Now"), with their lines.

    >>> job_card_employers([(4, "Senior Embalmer"), (5, "Ashby Funeral Home - Akron, OH"),
    ...                     (6, "Apply Now")], "embalmer")
    [('Ashby Funeral Home', 5)]
    >>> job_card_employers([(4, "Senior Embalmer"), (5, "Akron - Ohio")], "embalmer")
    []
    >>> job_card_employers([(1, "Embalmer"), (2, "Lune Funerals · Leeds (Headingley)"),
    ...                     (3, "via Indeed")], "embalmer")
    [('Lune Funerals', 2)]
    """
    return [(org, no) for title, org, no in _job_cards(lines) if _holds(title, holder)]


# (carry35) A person's card line: their title, a year of training perhaps, and the firm with
# its legal form, parted by dots ("Apprentice Glazier · Year 2 · Prism Facades Ltd").
_HOLDER_CARD = re.compile(r"^(?P<title>[A-Z][\w'’ -]{2,60}?)\s+·\s+(?:(?:Year|Yr)\s+\d\s+·\s+)?"
                          r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and)){0,6}\s+"
                          r"(?:Ltd\.?|Limited|LLC|Inc\.?|plc|PLC|Pty Ltd|GmbH|AB|Co\.))\s*$")


def holder_card_employers(lines: Sequence[tuple[int, str]], holder: str) -> list[tuple[str, int]]:
    """Firms named on people's card lines whose title holds the role ("Apprentice Glazier ·
    Year 2 · Prism Facades Ltd" on the glazier's gallery), with their lines: each employs a
    holder of the role; a card of another title names none.

    >>> holder_card_employers([(7, "Apprentice Glazier · Year 2 · Prism Facades Ltd"),
    ...                        (9, "Site Manager · Hewn Build Ltd")], "glazier")
    [('Prism Facades Ltd', 7)]
    """
    found: list[tuple[str, int]] = []
    for no, text in lines:
        card = _HOLDER_CARD.match(text.strip()) if "·" in text else None
        if card is not None and _holds(card.group("title"), holder):
            found.append((card.group("org"), no))
    return found


# (carry35) A card's own "Title:" field ("Title: Fencing Crew Leader", "Title: Apprentice
# Fencer (year 2)"), its note in brackets left out; a card's rule or "CARD 2 of 5" parts cards.
_TITLE_FIELD = re.compile(r"^\s*Title:\s*(?P<title>[A-Z][\w'’ &/-]{2,60}?)\s*(?:\([^()]*\))?\s*$")
_CARD_BREAK = re.compile(r"^\s*(?:CARD\s+\d+\s+of\s+\d+|[─━—=_-]{6,})\s*$", re.IGNORECASE)


def card_titles(lines: Sequence[tuple[int, str]]) -> dict[int, str]:
    """The title each line's card names in its own "Title:" field, by line: a card runs
    between blank lines, rules or "CARD n of m" marks, and only a card with one such field
    names a title.

    >>> card_titles([(1, "CARD 1 of 2"), (2, "Title: Crew Leader"), (3, "Earning: $30/hr"),
    ...              (4, ""), (5, "Earning: $20/hr")])
    {2: 'Crew Leader', 3: 'Crew Leader'}
    """
    found: dict[int, str] = {}
    block: list[int] = []
    titles: list[str] = []
    for no, text in [*lines, (-1, "")]:
        if not text.strip() or _CARD_BREAK.match(text):
            if len(titles) == 1:
                found.update(dict.fromkeys(block, titles[0]))
            block, titles = [], []
            continue
        block.append(no)
        field = _TITLE_FIELD.match(text) if "itle:" in text else None
        if field is not None:
            titles.append(field.group("title"))
    return found


def other_card_pay(lines: Sequence[tuple[int, str]], holder: str) -> dict[int, str]:
    """The pay line of each job card in a strip whose title is another job than the role's
    ("Bar Back" / "Company · Town" / "via Indeed" / "£12.60 an hour"), by line: that
    title's pay.

    >>> other_card_pay([(1, "Embalmer's Assistant"), (2, "Lune Funerals · Leeds"),
    ...                 (3, "via Indeed"), (4, "£11.20 an hour")], "embalmer")
    {4: "Embalmer's Assistant"}
    >>> other_card_pay([(3, "├ Hod Carrier"), (4, "│ Brickfield · Leeds · £13 an hour")],
    ...                "bricklayer")
    {4: 'Hod Carrier'}
    """
    at = {no: index for index, (no, _) in enumerate(lines)}
    first: dict[int, int] = {}
    for index, (no, _) in enumerate(lines):
        first.setdefault(no, index)
    found: dict[int, str] = {}
    for title, _, no in _job_cards(lines):
        index = at[no] + 2
        if _holds(title, holder):
            continue
        same = [text for line, text in lines[first[no]:first[no] + _CARD_FIELDS] if line == no]
        if _PAY_ON_LINE.search(same[0]) or any(_PAY_FIGURE.search(t) for t in same[1:]):
            found[no] = title  # "Company · Town · £12 an hour" (whole or split at its dots)
        elif index < len(lines) and _PAY_FIGURE.search(lines[index][1]):
            found[lines[index][0]] = title
    return found


# A card's pay line opens with its figure ("£12.60 an hour  Part-time", "$21–$24/hr").
_PAY_FIGURE = re.compile(r"^\s*(?:[£$€¥₹]|[A-Z]{1,3}\$|RM|S\$)\s?\d")
# The pay on the company's line, its last field ("Company · Town · £12.60 an hour").
_PAY_ON_LINE = re.compile(r"·\s*(?:[£$€¥₹]|[A-Z]{1,3}\$|RM|S\$)\s?\d")
_CARD_FIELDS = 4  # fields of a card's company line: company, town, pay, hours
_CARD_TITLE_WORDS = 8


# (the holder's own title, not his mate's: "Plumber's Mate" is another job)
_NOT_MATE = re.compile(r"(?!['’]s\b)", re.IGNORECASE)


def _holds(title: str, holder: str) -> bool:
    lowered = folded_text(title, holder) if holder else None
    if lowered is None:
        return re.search(rf"(?i){re.escape(holder)}{_NOT_MATE.pattern}", title) is not None
    # (the holder found in any case, then the test: no pattern compiled a holder, speed16)
    return next(needle_matches(title, lowered, holder.lower(), _NOT_MATE), None) is not None


def _job_cards(lines: Sequence[tuple[int, str]]) -> list[tuple[str, str, int]]:
    """Each job card's title, company and the company's line: a title, "Company - Town",
    then an apply button or "via Board"; or a title, then "Company · Town, ST · pay" (the
    pay on the company's line stands for the button).

    >>> _job_cards([(3, "├ Kiln Operator"), (4, "│ Fenmoor Tiles · Dover, KY · $21 an hour")])
    [('Kiln Operator', 'Fenmoor Tiles', 4)]
    >>> _job_cards([(3, "├ Kiln Operator"), (4, "│ Fenmoor Tiles"), (4, "Dover, KY")])
    [('Kiln Operator', 'Fenmoor Tiles', 4)]
    >>> _job_cards([(5, "└ Hotel Porter"), (6, "  Grand Hotel"), (6, "York")])
    [('Hotel Porter', 'Grand Hotel', 6)]
    """
    found: list[tuple[str, str, int]] = []
    for index in range(1, len(lines)):
        no, text = lines[index]
        after = lines[index + 1][1] if index + 1 < len(lines) else ""
        card = _CARD.match(text) if " " in text else None
        if card is None or not _APPLY_BUTTON.match(after):
            card = _PAID_CARD.match(text) if "·" in text else None
        if card is None and text.lstrip()[:1] == "│" and lines[index - 1][1].lstrip()[:1] in (
                "┌", "├"):
            card = _BOXED_ORG.match(text)  # (its cells split onto rows of their own)
        elif card is None and lines[index - 1][1].lstrip()[:1] == "└" and (
                text[:1] == " " or (index + 1 < len(lines) and lines[index + 1][0] == no)):
            # (the tree's last card: its company indented under the corner, no bar before it;
            # or, its spacing lost, a line of cells: "Grand Hotel · York · £12 an hour")
            card = _CORNER_ORG.match(text)
        title = _BOX_EDGE.sub("", lines[index - 1][1]).strip()
        if card is None or not title or len(title.split()) > _CARD_TITLE_WORDS:
            continue
        found.append((title, card.group("org"), no))
    return found


# A job board's one-line card in its "Similar vacancies" list: the title, a dash, the company
# with its town after a comma (a bracketed site after the name), and the pay or the grade
# after a second dash ("Doctor's assistant 20-28 hours — Huisartsen De Vecht, Dalfsen — € …").
# A company's name may hold a lower-case kind word ("GP post Zwolle"): it opens and ends in
# capitals.
_LINE_CARD = re.compile(r"^(?P<title>[^—–]{3,80}?)\s+[—–]\s+(?P<org>[A-Z][\w&'’.-]*"
                        r"(?:\s+[\w&'’.-]+){0,5}?(?:\s+[A-Z][\w&'’.-]*)?)"
                        r"(?:\s*\([^()]{1,40}\))?,\s+[A-Z][\w'’ -]{1,30}(?:\s+[—–]\s+.*)?$")


def similar_card_employers(lines: Sequence[tuple[int, str]], role: str) -> list[tuple[str, int]]:
    """Companies a board's one-line job cards name under a title holding the whole ``role``
    ("Doctor's assistant 20-28 hours — Huisartsen De Vecht, Dalfsen — € 2.524"), with their
    lines; a card for another title names no employer of the role.

    >>> similar_card_employers([(8, "Tile setter 32 hours — Vos Bouw, Ede — € 2.900"),
    ...                         (9, "Tile setter — Kerk tiles (Arnhem site), Arnhem — scale 5"),
    ...                         (10, "Plasterer — Smit Stuc, Ede — € 2.700")], "Tile Setter")
    [('Vos Bouw', 8), ('Kerk tiles', 9)]
    """
    held = role.lower()
    found: list[tuple[str, int]] = []
    for no, text in lines:
        card = _LINE_CARD.match(text.strip()) if "—" in text or "–" in text else None
        if card is not None and held in card.group("title").lower() and not _holds(
                card.group("title"), f"{held}'s") and not card.group("title").isupper():
            # ((rules50c) a title in block capitals is the page's own heading, "PIZZA MAKER
            # (M/F) – <its local title>, SEASON 2027": no card, its words no firm)
            found.append((card.group("org"), no))
    return found


# A card drawn with box edges ("┌ Title", "│ Company · Town"): the edge is no part of a cell.
_BOX_EDGE = re.compile(r"^\s*[┌├└│|]\s*")
# A box-drawn card's company under its title's corner ("┌ Kiln Operator" / "│ Fenmoor Tiles").
_BOXED_ORG = re.compile(r"^\s*│\s*(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and))"
                        r"{0,6})\s*(?:·.*)?$")
# The last card's company, indented under its title's corner ("└ Hotel Porter" / "  Grand
# Hotel"): the box's last branch draws no bar.
_CORNER_ORG = re.compile(r"^\s*(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and))"
                         r"{0,6})\s*(?:·.*)?$")
# A card's company line with its town and pay ("Fenmoor Tiles · Dover, KY · $21.30 an hour").
_PAID_CARD = re.compile(r"^\s*(?:[│|]\s*)?(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|"
                        r"and)){0,6})\s+·\s+[A-Z][\w .'-]+,\s*[A-Z]{2}\s+·\s+"
                        r"(?:[£$€¥₹]|[A-Z]{1,3}\$)\s?\d")


# A posting's header: the title, then the company on the next line, with its legal form
# ("Fenmoor Tiles Ltd", "Kamo Brewing Co., Ltd.") and maybe its town after a dash, a dot or a
# comma ("Fenmoor Tiles Ltd — Ashgrove").
NAME_WORDS = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and|de|du)){0,6}"
# ((rules55b) "SE", a European company's form: "Hollenkamp Logistik SE")
LEGAL_FORM = (r"(?:Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|GmbH|AG|SE|plc|PLC|LLP|Pty\.? Ltd\.?|"
               r"Co\.,? Ltd\.?|S\.A\.|S\.L\.|S\.p\.A\.|S\.r\.l\.|Srl|SAS|B\.V\.|N\.V\.|K\.K\.|"
               r"Sdn\.? Bhd\.?|Pte\.? Ltd\.?|Corp\.?|Corporation)")
_FORMED_LINE = re.compile(rf"^(?P<org>{NAME_WORDS},?\s+{LEGAL_FORM})"
                          r"(?:\s*\([^()]{1,40}\))?(?:\s+[-–—·|]\s+[A-Z][\w .,'-]{1,40}|,\s+"
                          r"[A-Z][\w .'-]{1,30})?\s*$")
# A bare name under the title, its town after it or not, whom an "About <name>" heading of
# the page presents ("Fenmoor Tiles — Ashgrove" … "About Fenmoor Tiles").
_BARE_LINE = re.compile(rf"^(?P<org>{NAME_WORDS})(?:\s+[-–—·|]\s+[A-Z][\w .,'-]{{1,40}})?\s*$")
_ABOUT = re.compile(rf"^(?:#+\s*)?About\s+(?:the\s+)?(?P<org>{NAME_WORDS})\s*:?\s*$")
# (rules39d) A name with its star rating, a hotel's or a resort's ("Harbour View Inn ★★★★ ·
# Oban"): an establishment, the employer, whether or not the page presents it again.
_RATED_LINE = re.compile(rf"^(?P<org>{NAME_WORDS})\s+[★☆]{{2,5}}(?:\s+[-–—·|]\s+.{{1,60}})?\s*$")
_POSTING_HEAD = 6  # the title and its company are among a page's first lines
# A translated practice's or firm's name with its kind in lower case ("GP practice Het Baken",
# "Dental practice De Linde"): a name when the page presents it (see _presents).
_KIND_LINE = re.compile(rf"^(?P<org>[A-Z][\w&'’.-]*\s+(?:practice|clinic|surgery|pharmacy|"
                        rf"office|studio|company|firm)\s+{NAME_WORDS})\s*$")


def _presents(line: str, org: str) -> bool:
    """``line`` presents the company ``org``: an "About <org>" heading, the board's "Other
    vacancies at <org>" or the company's own "<org> is a …" sentence."""
    about = _ABOUT.match(line)
    return (about is not None and about.group("org") == org) or line.startswith(
        (f"{org} is a", f"{org} is an")) or f"vacancies at {org}" in line


def posting_header_employer(lines: Sequence[tuple[int, str]],
                            holder: str) -> list[tuple[str, int]]:
    """The company a job posting's header names under its title (a title holding the role's
    head noun ``holder``), with its line: a name with its legal form, or a name an "About
    <name>" heading, an "Other vacancies at <name>" link or a "<name> is a …" sentence of
    the page presents.

    >>> posting_header_employer([(1, "Kiln Operator"), (2, "Fenmoor Tiles Ltd — Ashgrove")],
    ...                         "operator")
    [('Fenmoor Tiles Ltd', 2)]
    >>> posting_header_employer([(1, "Kiln Operator"), (2, "Fenmoor Tiles — Ashgrove"),
    ...                          (5, "About Fenmoor Tiles")], "operator")
    [('Fenmoor Tiles', 2)]
    >>> posting_header_employer([(1, "Kiln Operator"), (2, "Glass studio Ven Oost"),
    ...                          (9, "Other vacancies at Glass studio Ven Oost: Packer")],
    ...                         "operator")
    [('Glass studio Ven Oost', 2)]
    >>> posting_header_employer([(1, "Kiln Operator"), (2, "Salary Guide — Northshire")],
    ...                         "operator")
    []
    >>> posting_header_employer([(1, "Jobs"), (1, "Menu"), (1, "Login"), (2, "Home > Jobs"),
    ...                          (3, "Night Porter"), (4, "Harbour View Inn ★★★★ · Oban")],
    ...                         "porter")
    [('Harbour View Inn', 4)]
    """
    # (rules39d: the first lines, not the first rows: a chrome line split in rows counts once)
    numbers = sorted({no for no, _ in lines})[:_POSTING_HEAD]
    head = [(no, text) for no, text in lines if numbers and no <= numbers[-1]]
    for index, (_, title) in enumerate(head[:-1]):
        if len(title.split()) > _CARD_TITLE_WORDS or not _holds(title, holder):
            continue
        no, text = head[index + 1]
        formed = _FORMED_LINE.match(text.strip())
        if formed is not None:
            return [(formed.group("org").rstrip(","), no)]
        rated = _RATED_LINE.match(text.strip())
        if rated is not None and not _holds(rated.group("org"), holder):
            return [(rated.group("org"), no)]
        bare = _BARE_LINE.match(text.strip()) or _KIND_LINE.match(text.strip())
        if bare is not None and not _holds(bare.group("org"), holder) and any(
                _presents(line.strip(), bare.group("org")) for _, line in lines):
            return [(bare.group("org"), no)]
        return []
    return []


# An offer letter names the employer after the post it offers ("We are pleased to offer you
# the position of X in the Y department at Z, reporting to …"); a statement of particulars
# prints it in its "Employer" field, on the field's line or the next one ("1. Employer" /
# "Z, Council Offices, Market Street").
_OFFER_AT = re.compile(r"\boffer you (?:the )?(?:position|post|role|job) of\b[^.]*?\sat\s+"
                       r"(?:the\s+)?"
                       r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&)){0,6}?)"
                       r"(?=[,.;]|\s+(?:reporting|starting|on|in|from|with)\b|$)")
_EMPLOYER_FIELD = re.compile(r"^(?:\d{1,2}[.)]\s*)?(?:the\s+)?employer(?:'s name)?\s*:?\s*"
                             r"(?P<value>.*)$", re.IGNORECASE)
_ORG_HEAD = re.compile(r"^(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&)){0,7})"
                       r"(?=,|\.?$|\s+\()")


def offer_employer(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The employer an offer letter or a statement of employment particulars is issued by,
    with its line; nothing on other pages.

    >>> offer_employer([(4, "We are pleased to offer you the position of Line Cook at "
    ...                     "Harbour Grill Ltd, starting on 2 May.")])
    [('Harbour Grill Ltd', 4)]
    >>> offer_employer([(1, "Contract of Employment"), (3, "1. Employer"),
    ...                 (4, "Marlow Borough Council, Town Hall, Marlow.")])
    [('Marlow Borough Council', 4)]
    >>> offer_employer([(3, "Employer"), (4, "Marlow Borough Council")])
    []
    """
    document = any(document_title(text) for _, text in lines[:10])
    found: list[tuple[str, int]] = []
    field = False
    for no, text in lines:
        stripped = text.strip()
        if "offer you" in stripped:
            offered = _OFFER_AT.search(stripped)
            if offered is not None:
                found.append((offered.group("org").strip(), no))
        if field and document:
            org = _ORG_HEAD.match(stripped)
            if org is not None:
                found.append((org.group("org"), no))
        labelled = _EMPLOYER_FIELD.match(stripped) if len(stripped) < 200 else None
        field = labelled is not None and not labelled.group("value")
        if labelled is not None and labelled.group("value") and document and (
                org := _ORG_HEAD.match(labelled.group("value"))) is not None:
            found.append((org.group("org"), no))
    return list(dict.fromkeys(found))


# The line over a board's job offers: "Job offers on Québec emploi (33)", "Latest vacancies".
_OFFERS_OPENER = re.compile(r"\b(?:job offers|offers|vacancies|openings|job postings|"
                            r"jobs? (?:available|near you)|open positions)\b", re.IGNORECASE)
_OFFER_CELLS = 3


def offer_row_employers(lines: Sequence[tuple[int, str]],
                        own: Callable[[str], bool]) -> list[tuple[str, int]]:
    """The employers of a board's job offers printed one a row ("Title | Employer | Town |
    Pay | Contract") under a line that names offers: each row whose title is the page's
    role (``own``) names its employer in the next cell.

    >>> offer_row_employers([(1, "Job offers near Laval (12)"),
    ...     (2, "Glazier | Clearpane Vitrerie | Laval | 31,20 $/h | Permanent"),
    ...     (3, "Glazier | Maison Verre | Terrebonne | Per the agreement | Seasonal")],
    ...     lambda title: title == "Glazier")
    [('Clearpane Vitrerie', 2), ('Maison Verre', 3)]
    """
    found: list[tuple[str, int]] = []
    under = False
    for no, text in lines:
        cells = [cell.strip() for cell in text.split(" | ")] if " | " in text else []
        if len(cells) >= _OFFER_CELLS and under:
            if own(cells[0]) and cells[1][:1].isupper() and not any(
                    c.isdigit() for c in cells[1]):
                found.append((cells[1], no))
            continue
        under = bool(_OFFERS_OPENER.search(text)) and len(text) < 80 and " | " not in text
    return found


# A listing of employers one a line with the town and what each offers after dashes
# ("Lakeshore Toyota – Oakville – Term 1–2 apprentice"), under a line that names them.
_DASHED = re.compile(r"^(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.,-]*|of|and|&|de|des|du|la|"
                     r"le)){0,6})\s+[–—-]\s+[^–—]{2,40}?\s+[–—-]\s+\S")
_MIN_DASHED = 2
# The line over such a listing: "Employers looking for apprentices now", "Companies that
# recruit near you".
_OPENER = re.compile(r"\b(?:employers?|compan(?:y|ies)|firms|recruit\w*|hiring)\b", re.IGNORECASE)


def dashed_employers(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """Employers listed one a line as "Name – Town – detail", two or more in a row right
    under a line that names employers ("Employers looking for apprentices now").

    >>> dashed_employers([(1, "Employers hiring now"), (2, "Brook Motors – Leeds – 2 places"),
    ...                   (3, "Vale Fleet Ltd – York – licensed, $30/hr"), (4, "Other.")])
    [('Brook Motors', 2), ('Vale Fleet Ltd', 3)]
    >>> dashed_employers([(1, "Routes"), (2, "Leeds – York – Hull"), (3, "Hull – Leeds – York")])
    []
    """
    found: list[tuple[str, int]] = []
    run: list[tuple[str, int]] = []
    opener = False
    for no, text in lines:
        match = _DASHED.match(text.strip())
        if match is not None and (run or opener):
            run.append((match.group("org"), no))
            continue
        if len(run) >= _MIN_DASHED:
            found.extend(run)
        run = []
        opener = bool(_OPENER.search(text)) and len(text) < 100
    if len(run) >= _MIN_DASHED:
        found.extend(run)
    return found


# A fair's or a board's list of organisations each hiring a title, one a line, its hall and
# stand (or town) in brackets: "Brook Tooling (Hall A, stand 4) - hiring 6 welders".
_EXHIBITOR = re.compile(r"^(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and|de)){0,6})"
                        r"\s*(?:\([^()]{1,40}\))?\s+[-–—]\s*(?i:now\s+)?(?i:hiring|recruiting)\s+"
                        r"(?:\d+\s+|an?\s+)?(?P<title>[A-Za-z][\w '’&/-]{1,50}?)[.!]?\s*$")


def exhibitor_employers(lines: Sequence[tuple[int, str]],
                        own: Callable[[str], bool]) -> tuple[list[tuple[str, int]], set[int]]:
    """Organisations listed one a line as "Name (where) - hiring N titles": those hiring
    the role (``own``) employ it; another title's recruiter is no employer of the role.
    Returns the employers with their lines and every such line (its bracket is a place,
    no sector).

    >>> exhibitor_employers([(3, "Brook Tooling (Hall A, stand 4) - hiring 6 welders"),
    ...     (4, "Vale Optics (Hall C, stand 9) - hiring lens grinders")],
    ...     lambda title: title.lower().startswith("welder"))
    ([('Brook Tooling', 3)], {3, 4})
    >>> exhibitor_employers([(7, "K11: Hiring Strategy")], lambda title: True)
    ([], set())
    """
    found: list[tuple[str, int]] = []
    listed: set[int] = set()
    for no, text in lines:
        match = _EXHIBITOR.match(text.strip()) if "iring" in text or "ecruiting" in text else None
        if match is None or any(c.isdigit() for c in match.group("org")):
            continue  # ("K11 - Hiring strategy": a code's topic, no organisation)
        listed.add(no)
        if own(match.group("title")):
            found.append((match.group("org"), no))
    return found, listed


# An exhibitor directory's entry header: the organisation, then its stand or booth ("Tern
# Civils Ltd      Stand B4"), or the booth, a mark and the organisation ("BOOTH 12 ★ QUAY
# FREIGHT INC (Toledo)"); a bracket after the name is a place or the stand's kind.
_NAME = r"[A-Z][\w&'’.,-]*(?:\s(?:\(?[A-Z][\w&'’.,()-]*|&|of|and|de))*?"
_STAND_AFTER = re.compile(rf"^(?P<org>{_NAME})\s{{2,}}(?:stand|booth|table)\s+[A-Z]?\d{{1,4}}\w?"
                          r"(?:\s*\([^()]{1,30}\))?\s*$", re.IGNORECASE)
_STAND_BEFORE = re.compile(rf"^(?:stand|booth|table)\s+[A-Z]?\d{{1,4}}\w?\s+(?:[★☆*✓✔]\s*)?"
                           rf"(?P<org>{_NAME})(?:\s*\([^()]{{1,40}}\))?\s*$", re.IGNORECASE)
# The entry's line of the posts it fills ("Recruiting: Site Engineer · Quantity Surveyor",
# "Openings: Welder – 4 positions; Fitter – 2").
_POSTS = re.compile(r"^(?:recruiting|openings|now hiring|hiring|vacancies|roles)\s*:\s*"
                    r"(?P<posts>.+)$", re.IGNORECASE)
_POST_SPLIT = re.compile(r"\s*(?:[·•;|]|,(?![^()]*\)))\s*")
# A post's count or terms after a dash ("Welder – 4 positions", "Tiler (no experience)").
_POST_TAIL = re.compile(r"\s*[-–—]\s*(?:\d+\b.*|[a-z].*)$")
_ENTRY_LINES = 3  # lines between an entry's header and its posts at most
_SHORT_CAPS = 3  # a capitalised word this short without a vowel is an acronym ("LNG", "LLC")


def posts_line(text: str) -> bool:
    """Whether ``text`` is an entry's line of the posts it fills ("Openings: Welder – 4
    positions; Fitter – 2"): a list of openings, never a page's title (rules34a2).

    >>> posts_line("Openings: Welder – 4 positions"), posts_line("Welder – role guide")
    (True, False)
    """
    return _POSTS.match(text) is not None


def _uncapped_name(name: str) -> str:
    """An organisation's name printed in capitals, in Title Case; acronyms and legal forms
    without a vowel stay ("QUAY LNG PARTNERS LLC" -> "Quay LNG Partners LLC")."""
    if not name.isupper():
        return name
    return " ".join(word if len(word.rstrip(".")) <= _SHORT_CAPS and not re.search(
        "[AEIOUY]", word) else word[:1] + word[1:].lower() for word in name.split())


def _entry_org(text: str) -> str | None:
    """The organisation an exhibitor entry's header line names, or None."""
    match = _STAND_AFTER.match(text) or _STAND_BEFORE.match(text)
    if match is None:
        return None
    org = match.group("org").strip(" ,")
    return _uncapped_name(org) if org[:1].isalpha() else None


def exhibitor_blocks(lines: Sequence[tuple[int, str]],
                     own: Callable[[str], bool]) -> list[tuple[str, int]]:
    """Organisations of an exhibitor directory's entries whose posts line names the role
    (``own``): each entry is a header with the stand or booth, then a few lines, one of
    them "Recruiting: A · B" or "Openings: A – 3; B". An entry without posts (an
    information stand, an agency's) employs no one.

    >>> exhibitor_blocks([(1, "Tern Civils Ltd      Stand B4"), (2, "Civils · Hull"),
    ...     (3, "Recruiting: Welder · Fitter"), (4, "BOOTH 9 ★ QUAY LNG PARTNERS (Toledo)"),
    ...     (5, "Openings: Welder – 3 positions"), (6, "BOOTH 11 ⓘ TRADE COLLEGE"),
    ...     (7, "Openings: Fitter – 2")], lambda title: title.startswith("Welder"))
    [('Tern Civils Ltd', 1), ('Quay LNG Partners', 4)]
    """
    found: list[tuple[str, int]] = []
    entry: tuple[str, int] | None = None
    since = 0
    for no, text in lines:
        text = text.strip()
        org = _entry_org(text) if text else None
        if org is not None:
            entry, since = (org, no), 0
            continue
        since += 1
        posts = _POSTS.match(text) if entry is not None and since <= _ENTRY_LINES else None
        if posts is None or entry is None:
            continue
        titles = [_POST_TAIL.sub("", post) for post in _POST_SPLIT.split(posts.group("posts"))]
        # ("Process Technician (LNG)": an alias with its site's qualifier in brackets)
        if any(own(title) or own(re.sub(r"\s*\([^()]*\)$", "", title)) for title in titles
               if title):
            found.append(entry)
        entry = None
    return found
