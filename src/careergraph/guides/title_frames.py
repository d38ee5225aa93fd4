"""What wraps a role's title at the head of a page without being part of it.

An occupation code's scheme and number before the title ("NOC 42202: Early Childhood
Educators and Assistants" names an unit group whose first member is the page's job), a call
to action before it ("Hire the best Interior Designers", "Find a trusted Plumber near you"),
a firm's letterhead ("Keel Visa Partners | MARN 1234567 | ☎ 1300 …": a signature, never a
role) and a team page's last breadcrumb ("Careers › Deckhands › Life on Board", after which
the crumb before names the job).  The vocabulary is data: ``title_frames`` in
``data/headings.yaml``.

>>> uncoded("ANZSCO 333111 – Glaziers and Glass Fitters")
'Glaziers – Glaziers and Glass Fitters'
>>> uncalled("Hire the best Sign Writers near you")
'Sign Writers'
>>> letterhead("Keel Visa Partners  |  MARN 1234567  |  ☎ 1300 111 222")
True
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.heading_data import word_lists
from careergraph.legal_forms import legal_forms

__all__ = ["bracketed_names", "code_line", "document_title", "firm_named", "jurisdiction",
           "legal_form", "letterhead", "numbered_issue", "relation_line",
           "team_crumb", "uncalled", "uncoded", "ungraded", "unlabelled", "unprogrammed",
           "unserviced"]


def _any_of(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[\s-]+")
                    for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    words = word_lists("title_frames")
    fillers = _any_of(words["call_fillers"])
    return {
        # "NOC 42202:", "ANZSCO 324111 –", "SOC 2020 5319 -", "ISCO-08 code 7212:"
        "code": re.compile(
            rf"^(?:{_any_of(words['code_schemes'])})(?:[\s-]+(?:19|20)\d\d)?"
            r"(?:\s+(?:code|unit group|group))?\s*[:#]?\s*\d[\d.\-]*\b\s*(?:[-–—:|]\s*)?",
            re.IGNORECASE),
        # "ROME code: D1102", "SOC code 15-1252.00": a code alone on its line, by its label
        "code_line": re.compile(
            rf"^(?:{_any_of(words['code_schemes'])})(?:[\s-]+(?:19|20)\d\d)?\s+code\s*[:#]?"
            r"\s*[A-Z]?\d[\d.\-]*$", re.IGNORECASE),
        "call": re.compile(
            rf"^(?:(?:{_any_of(words['call_verbs'])})\s+(?:{fillers})\s+|"
            rf"(?:{_any_of(words['call_openers'])})\s+)(?:(?:{fillers})\s+)*(?=[A-Za-z])",
            re.IGNORECASE),
        # "Profession veterinary nurse": a sheet's label before its title, no colon after it
        "label": re.compile(rf"^(?:{_any_of(words['title_labels'])})\s+(?=[A-Za-z])",
                            re.IGNORECASE),
        # "Individual Consultant - National Soil Scientist": a contract type before the post
        # ("Assignment: Interim Payroll Manager": the engagement's word goes with its label)
        "contract": re.compile(rf"^(?:{_any_of(words['contract_labels'])})\s*[-–—:]\s*"
                               rf"(?:(?:{_any_of(words['engaged_words'])})\s+)?"
                               r"(?=[A-Z])", re.IGNORECASE),
        # "Reports to: Master": a label naming another post
        "relation": re.compile(rf"^(?:{_any_of(words['relation_labels'])})\s*:",
                               re.IGNORECASE),
        "tail": re.compile(rf"\s+(?:{_any_of(words['call_tails'])})\s*[.!]?$", re.IGNORECASE),
        # (rules44a) a firm's product for one occupation around its title: "Mortgages for
        # Resident Doctors", "Vehicle Body Repairer Tax Rebate (Panel Beaters)"
        "service": re.compile(rf"^(?:{_any_of(words['service_frames'])})\s+(?:an?\s+)?"
                              r"(?=[A-Za-z])", re.IGNORECASE),
        "service_tail": re.compile(rf"(?<=[A-Za-z])\s+(?:{_any_of(words['service_tails'])})"
                                   r"(?=\s*(?:\([^()]*\))?\s*(?:[:?|–—-].*)?$)",
                                   re.IGNORECASE),
        # "Adult Literacy Tutor (Volunteer)": the terms of the post in a bracket after it
        "terms": re.compile(rf"(?<=\w)\s*\((?:{_any_of(words['post_terms'])})\)\s*$",
                            re.IGNORECASE),
        # (fixes67) a translated posting's "Educator for the toddler department", "Nurse for
        # the night team": the post, then the team or shift it is for
        "placement": re.compile(
            r"(?<=[A-Za-z])\s+for\s+(?:the|our|a|an|its|their)\s+(?:[a-z][\w'’-]*\s+){0,3}"
            rf"(?:{_any_of(words['placements'])})\s*$"),
        "firm": re.compile(rf"(?<=\w)\s+(?:{_any_of(words['firm_words'])})\s*$",
                           re.IGNORECASE),
        "licence": re.compile(
            rf"(?:^|[\s|(])(?:{_any_of(words['licence_labels'])})\b(?:\s*[:#]?\s*[A-Z]?\d{{5,}}|"
            r"\s+(?:the\s+)?[A-Z]{2,})", re.IGNORECASE),
        "crumb": re.compile(rf"^(?:{_any_of(words['team_crumbs'])})\b", re.IGNORECASE),
        # "… Programme 2026", "… Programme (Audit)": the programme's words after its title
        "programme": re.compile(
            rf"(?<=[a-z])\s+(?:{_any_of(words['programme_words'])})"
            r"(?:\s+(?:19|20)\d\d(?:[-–/]\d{2,4})?)?(?:\s*\([^()]{1,30}\))?\s*$",
            re.IGNORECASE),
        "entry": re.compile(rf"^(?:{_any_of(words['programme_levels'])})\s+(?=[A-Z])",
                            re.IGNORECASE),
        # "ASK THE SUPER", "Dear Jeremy": a column's name, one or two words after its opener
        "column": re.compile(rf"^(?:{_any_of(words['column_openers'])})\s+[A-Za-z][\w'.-]*"
                             r"(?:\s+[A-Za-z][\w'.-]*)?\s*[:!]?$", re.IGNORECASE),
        # "Careers in Dairying — Factsheet 12", "Leaflet No. 8": a numbered issue of a series
        "issue": re.compile(rf"(?:^|[-–—|:]\s*)(?:{_any_of(words['issue_labels'])})\s*"
                            r"(?:no\.?\s*|number\s+|#\s*)?[A-Z]{0,6}[-\s]?\d[\d.-]*\s*$",
                            re.IGNORECASE),
        # "Written Statement of Particulars of Employment (issued under …)", "OFFER LETTER"
        "document": re.compile(rf"^(?:(?:your|the|our|a|an)\s+)?"
                               rf"(?:{_any_of(words['document_titles'])})\b\s*(?:[-–—:(].*)?$",
                               re.IGNORECASE),
    }


# A phone on a letterhead: a phone sign, or "Tel"/"Phone" before digits.
_PHONE = re.compile(r"[☎📞]|\b(?:tel|phone|call us)\b\.?:?\s*\+?\d", re.IGNORECASE)
# A unit group named by its members: "Early Childhood Educators and Assistants" (both
# plural; the first, with the words before it, names the group's own job).
_GROUP = re.compile(r"^((?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*s)\s+(?:and|&)\s+"
                    r"(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*s(?=\s*(?:$|[-–—|(]))")
_SPLIT = re.compile(r"\s+[-–—|]\s+")


def uncoded(text: str) -> str:
    """``text`` less an occupation code's scheme and number before its title, the unit
    group's members reduced to the first one; ``text`` itself when no code leads it.

    >>> uncoded("NOC 31301: Registered Nurses and Psychiatric Nurses")
    'Registered Nurses – Registered Nurses and Psychiatric Nurses'
    >>> uncoded("SOC 5315 Carpenters"), uncoded("Carpenters")
    ('Carpenters', 'Carpenters')
    """
    code = _patterns()["code"].match(text)
    if code is None or code.end() == len(text):
        return "" if code else text
    rest = text[code.end():]
    group = _GROUP.match(rest)
    if group is None:
        return rest
    # the group's own job first, its full name kept after a dash (where aliases are read)
    return f"{group.group(1)} – {_SPLIT.split(rest, maxsplit=1)[0]}"


# (carry44) A public post's grade after its title ("CUSTOMS OFFICER GRADE WA19", "Library
# Assistant (Grade 4)", "Gred N19"): the post's pay grade, no part of its title.
_GRADE_TAIL = re.compile(r"(?<=[A-Za-z])\s+\(?(?:grade|band|gred|pay\s+grade)\s+"
                         r"[A-Z]{0,3}\d{1,3}[A-Z]?\)?\s*$", re.IGNORECASE)


def ungraded(text: str) -> str:
    """``text`` less a pay grade after its title; ``text`` itself when none ends it.

    >>> ungraded("VACANCY: TAX OFFICER GRADE WA19"), ungraded("Library Assistant (Grade 4)")
    ('VACANCY: TAX OFFICER', 'Library Assistant')
    >>> ungraded("Grade 7"), ungraded("Band 6 Nurse")
    ('Grade 7', 'Band 6 Nurse')
    """
    if not (text[-1:].isdigit() or text[-2:-1].isdigit() or text.endswith(")")):
        return text  # (most lines end in no grade: one look at their last characters)
    return _GRADE_TAIL.sub("", text)


# A document's heading in capitals, two words or more, glued to the title after it
# ("TALENT REVIEW & SUCCESSION SUMMARYWard Manager"): the heading is no part of the title.
_CAPS_HEADING = re.compile(r"^(?:(?:[A-Z][A-Z&/'’-]*|&)\s+){1,6}[A-Z]{2,}(?=[A-Z][a-z])")


def unlabelled(text: str) -> str:
    """``text`` less a sheet's label before its title, in sentence case ("Profession
    veterinary nurse" -> "Veterinary nurse"); ``text`` itself when no label leads it.

    >>> unlabelled("Profession dog groomer"), unlabelled("Occupational Therapist")
    ('Dog groomer', 'Occupational Therapist')
    >>> unlabelled("STAFF PLAN SUMMARYSite Nurse")
    'Site Nurse'
    >>> unlabelled("International Consultant – Fisheries Economist (Stock Assessment)")
    'Fisheries Economist'
    >>> unlabelled("Assignment: Interim Payroll Manager — Finance Division")
    'Payroll Manager — Finance Division'
    """
    glued = _CAPS_HEADING.match(text) if text[:2].isupper() else None
    if glued is not None:  # "TALENT REVIEW SUMMARYWard Manager": a heading glued on
        text = text[glued.end():]
    contract = _patterns()["contract"].match(text)
    if contract is not None:  # (and the assignment's scope in a bracket after the post)
        return re.sub(r"\s*\([^()]*\)$", "", text[contract.end():])
    label = _patterns()["label"].match(text)
    if label is None:
        return text
    rest = text[label.end():]
    return rest[:1].upper() + rest[1:]


def relation_line(text: str) -> bool:
    """A line opening with a label that names another post than the page's own ("Reports
    to: Master    Supervises: Bosun"): never the page's title.

    >>> relation_line("Reports to: Head Chef"), relation_line("Head Chef")
    (True, False)
    """
    return _patterns()["relation"].match(text.strip()) is not None


def code_line(text: str) -> bool:
    """A sheet's occupation code alone on its line, labelled by its scheme ("ROME code:
    D1102"): an occupation sheet prints it right under its title.

    >>> code_line("ROME code: M1607"), code_line("SOC code 15-1252.00"), code_line("Welder")
    (True, True, False)
    """
    return _patterns()["code_line"].match(text.strip()) is not None


def uncalled(text: str) -> str:
    """``text`` less a call to action around a title ("Book a trusted Farrier near you" ->
    "Farrier") and the post's terms in a bracket after it ("(Volunteer)"); ``text`` itself
    when neither is there.

    >>> uncalled("Find local Dog Groomers"), uncalled("Book Finisher")
    ('Dog Groomers', 'Book Finisher')
    >>> uncalled("Reading Buddy (Volunteer)")
    'Reading Buddy'
    >>> uncalled("Nurse for the night team"), uncalled("Criteria for the Promotion Panel")
    ('Nurse', 'Criteria for the Promotion Panel')
    """
    patterns = _patterns()
    text = patterns["terms"].sub("", text) or text  # ("Reading Buddy (Volunteer)": the title)
    text = unserviced(text)
    text = patterns["placement"].sub("", text) or text  # ("Nurse for the night team")
    call = patterns["call"].match(text)
    if call is None:
        return text
    return patterns["tail"].sub("", text[call.end():]) or text


def unserviced(text: str) -> str:
    """(rules44a) ``text`` less a firm's product for one occupation around its title (a
    broker's "Mortgages for X", a tax agent's "Uniform tax refund for X", "X Tax Rebate");
    ``text`` itself when no product frames it.

    >>> unserviced("Mortgages for Tree Surgeons: what can you borrow?")
    'Tree Surgeons: what can you borrow?'
    >>> unserviced("Getting a mortgage as a Lighthouse Keeper")
    'Lighthouse Keeper'
    >>> unserviced("Uniform tax refund for lift engineers")
    'Lift engineers'
    >>> unserviced("Chimney Sweep Tax Rebate (Flue Cleaners)"), unserviced("Tax Inspector")
    ('Chimney Sweep (Flue Cleaners)', 'Tax Inspector')
    """
    if not _SERVICE_WORD.search(text):
        return text
    patterns = _patterns()
    framed = patterns["service"].match(text)
    if framed is not None and framed.end() < len(text):
        rest = text[framed.end():]  # ("… for dental nurses": the title in sentence case)
        return rest[:1].upper() + rest[1:] if rest[:1].islower() else rest
    return patterns["service_tail"].sub("", text, count=1) or text


# Every service frame or tail holds one of these words (a cheap test first).
_SERVICE_WORD = re.compile(r"mortgage|tax re|flat[ -]rate|insurance|income protection|loans"
                           r"|pension",
                           re.IGNORECASE)


# A campaign's name before the programme's title ("CAMPUS CONNECT 2026 – …"): capitals or a
# year, then a dash.
_CAMPAIGN = re.compile(r"^(?:[A-Z0-9][A-Z0-9&' ]{2,40}?(?:\s+(?:19|20)\d\d)?"
                       r"|.{2,40}?\s(?:19|20)\d\d)\s+[-–—|:]\s+(?=[A-Z])")


def unprogrammed(text: str) -> str:
    """The job an early-careers programme's title trains for, less the entry level it
    opens with ("Graduate Signalling Engineer Programme 2026" -> "Signalling Engineer");
    ``text`` itself when it names no programme.

    >>> unprogrammed("CAMPUS CONNECT 2026 – Assurance Associate Programme (Audit)")
    'Assurance Associate'
    >>> unprogrammed("Graduate Quantity Surveyor Scheme"), unprogrammed("Programme Manager")
    ('Quantity Surveyor', 'Programme Manager')
    >>> unprogrammed("Junior Site Planner Graduate Programme 2027")
    'Junior Site Planner'
    """
    patterns = _patterns()
    tail = patterns["programme"].search(text)
    if tail is None or tail.start() == 0:
        return text
    head = text[: tail.start()]
    campaign = _CAMPAIGN.match(head)
    head = head[campaign.end():] if campaign else head
    entry = patterns["entry"].match(head)
    if patterns["entry"].match(tail.group().strip()):
        return head  # "Junior X Graduate Programme": the programme's own level; X's stays
    return head[entry.end():] if entry and " " in head[entry.end():].strip() else head


def letterhead(text: str) -> bool:
    """A firm's header line: its name ending in a firm word, or a licence number or a phone
    among its parts ("Bluegum Migration Partners | MARN 1234567"); never the page's title.

    >>> letterhead("Harbourline Visa Advisers Ltd"), letterhead("Visa Adviser | Careers")
    (True, False)
    """
    patterns = _patterns()
    if patterns["licence"].search(text) or _PHONE.search(text):
        return True
    return any(patterns["firm"].search(part.strip()) or jurisdiction(part.strip())
               for part in _SPLIT.split(text))


def firm_named(text: str) -> bool:
    """A name ending in a firm's word ("Bexley Fleet Partners", "Keel & Co"), never a post.

    >>> firm_named("Harbour Line Partners"), firm_named("Managing Partner")
    (True, False)
    """
    return _patterns()["firm"].search(text.strip()) is not None


# A public body's name standing alone ("CITY OF ASHMOOR", "County of Lorne"): a few
# capitalised words after the body's kind.
_BODY_NAME = re.compile(r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&|the)){0,4}")


def jurisdiction(cell: str) -> bool:
    """A letterhead cell naming a city, a county, a state or a ministry ("CITY OF ASHMOOR",
    "County of Lorne"): the body issuing the page, never its title.

    >>> jurisdiction("CITY OF BRAMBLE FALLS"), jurisdiction("City Planner")
    (True, False)
    """
    lowered = cell.lower()
    for lead in word_lists("letterheads").get("leads", ()):
        if lowered.startswith(lead + " ") and _BODY_NAME.fullmatch(cell[len(lead) + 1:]):
            return True
    return False


@cache
def _legal_forms() -> frozenset[str]:
    return frozenset(form.lower() for form in legal_forms("title"))


def legal_form(word: str) -> bool:
    """A company's legal form ("Pty", "Ltd.", "LLC"): the capitalised words before it name a
    firm ("Bluegum Migration Partners Pty Ltd"), never a role.

    >>> legal_form("Ltd."), legal_form("Partners")
    (True, False)
    """
    return word.strip("(),;:").rstrip(".").lower() in _legal_forms()


def document_title(text: str) -> bool:
    """An advice column's name or an employment document's own title: what the page is, never
    the job it is about.

    >>> document_title("ASK THE SUPER"), document_title("Dear Jeremy")
    (True, True)
    >>> document_title("Written Statement of Particulars of Employment")
    True
    >>> document_title("Ask a Paralegal Anything About Billing"), document_title("Welder")
    (False, False)
    """
    patterns = _patterns()
    stripped = text.strip()
    return bool(patterns["column"].match(stripped) or patterns["document"].match(stripped))


def numbered_issue(head: str) -> bool:
    """A title's head that ends in a series' numbered issue ("Careers in Dairying —
    Factsheet 12", "Leaflet No. 8"): the title after its colon is the job, the label none.

    >>> numbered_issue("CAREERS ON THE FARM - Fact Sheet 9"), numbered_issue("Herd Manager")
    (True, False)
    """
    return _patterns()["issue"].search(head.strip()) is not None


def team_crumb(crumb: str) -> bool:
    """A team page's own breadcrumb ("Life at Sea", "Meet the Team"): the crumb before it
    names the job.

    >>> team_crumb(" Life on Board"), team_crumb("Deckhand")
    (True, False)
    """
    return bool(_patterns()["crumb"].match(crumb.strip()))


# (rules33a) A grade card's title in capitals with the grade's other names in a bracket and
# no "also called" ("HEAD RIGGER  (Rigging Chief; "Up-rigger")", "TILE SETTER
# (Floor Layer, "Setter")"): the title and each name, quoted or capitalised.
_BRACKETED_NAMES = re.compile(r"(?P<title>(?-i:[A-Z][A-Z'’&-]+(?: [A-Z][A-Z'’&-]+){0,3}))\s+"
                              r"\((?P<names>[^()]{2,80})\)"
                              # (a posting's count of openings after it: "- 3 VACANCIES")
                              r"(?P<openings>\s+[-–—]\s+\d{1,3}\s+(?:VACANC(?:Y|IES)|OPENINGS?|"
                              r"POSITIONS?|POSTS?)|)", re.IGNORECASE)
_BRACKET_NAME = re.compile(r"[\"“”']?(?P<name>(?:[A-Z]|\d(?:st|nd|rd|th)\s)[\w'’&-]*"
                           r"(?:\s(?:[A-Z0-9][\w'’&-]*|of|and|de))*)[\"“”']?")
# (a post's terms or grade in its bracket are no other name: "NURSE (BAND 5)", "(Remote)")
_TERMS = re.compile(r"\b(?:band|grade|level|tier|step|remote|hybrid|volunteer|part[- ]time|"
                    r"full[- ]time|temporary|contract|fixed[- ]term|locum|maternity|cover|"
                    r"\d+\s?(?:months?|hours?))\b", re.IGNORECASE)


def bracketed_names(text: str) -> tuple[str, tuple[str, ...]] | None:
    """``(title in capitals, other names)`` of a card's title line naming the grade's other
    names in a bracket, or None.

    >>> bracketed_names('TILE SETTER  (Floor Layer; "Setter")')
    ('TILE SETTER', ('Floor Layer', 'Setter'))
    >>> bracketed_names("STAFF NURSE (BAND 5)") is None
    True
    >>> bracketed_names("RIVERSIDE COLLECTIVE (North)") is None
    True
    >>> bracketed_names("TYRE FITTER (BORRACHEIRO) - 2 VACANCIES")
    ('TYRE FITTER', ('BORRACHEIRO',))
    """
    match = _BRACKETED_NAMES.fullmatch(text.strip())
    if match is None or _TERMS.search(match.group("names")):
        return None
    names = []
    for item in re.split(r"[;,]\s*", match.group("names")):  # (each name, quoted or not)
        name = _BRACKET_NAME.fullmatch(item.strip())
        if name is None:
            return None  # (a bracket of words, "(see below)", names nothing)
        names.append(name.group("name"))
    items = re.split(r"[;,]\s*", match.group("names"))
    if not match.group("openings") and not any(
            " " in name or item.lstrip()[:1] in "\"“'" for name, item in zip(
                names, items, strict=True)):
        return None  # ("CAMERA CREW COLLECTIVE (North)": a single bare word is a place)
    return match.group("title"), tuple(names)
