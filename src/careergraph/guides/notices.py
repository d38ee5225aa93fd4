"""The facts a vacancy notice prints in its header: the post's title, the employing department
or agency, and the public service it belongs to.

Civil-service and public-service notices (a UK department's advert, an APS notice, a US
announcement, a Canadian poster) open with the post's title, the department on the next
line or in a labelled field, and a block of fields ("Reference number:", "Classification:",
"Closing date:").  A page is a notice when at least two such fields stand in its first
lines; then

- the employer is a labelled field ("Department: …", "Agency: …", "Organization: …") or a
  public body's name on its own line right under the title ("Department for X", "Ministry
  of Y", "X Agency");
- the title is a labelled field ("Job title: …", "Position: …") or the line above that
  department, less a team or a count after a dash ("— Multiple Positions"), a bracketed
  stream ("(Inspections)") and a grade ("SEO", "APS 5", "GS-11");
- the sector is the public service the text names ("the Civil Service", "the Australian
  Public Service", "the APS"), never its commission, code, pension or jobs site.

The field names, labels and services are data (``notices`` in ``data/headings.yaml``).

>>> head = [(1, "Jobs Portal"), (3, "Water Quality Officer – Catchments Team"),
...         (4, "Ministry for Rivers"), (5, "Reference number: 11"),
...         (6, "Closing date: 1 May"), (20, "Join the Civil Service today.")]
>>> found = notice_facts(head)
>>> found.title, found.employer, found.sectors
(('Water Quality Officer', 3), ('Ministry for Rivers', 4), [('Civil Service', 20)])
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from careergraph.guides.headings import bundled_section
from careergraph.guides.position_blocks import leaving_rows

__all__ = ["NoticeFacts", "field_row_employer", "grade_aside", "grade_lead", "internal_employer",
           "notice_facts", "notice_title"]

_HEAD_LINES = 30  # the header block is among a notice's first lines
_MIN_FIELDS = 2
_NO_FIELD_SPAN = 4  # lines under which a notice without fields prints its department
_MAX_BODY_WORDS = 9
_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z &/'-]{1,40}?)\s*:\s*(\S.*)$")
_NEXT_FIELD = re.compile(r" \| |\s{3,}")  # the next field on the line, after a bar or a gap
_DASH_TAIL = re.compile(r"\s+[—–-]\s+.*$")
_BRACKET = re.compile(r"\s*\([^()]*\)")
_ROMAN_GRADE = re.compile(r"\s+(?:I{1,3}|IV|V)$")  # a grade closing a title ("Clerk II")
_READ_FIELD = re.compile(r"salary|pay\b|remuneration|wage")  # fields whose value is read
_PRICED = re.compile(r"[£$€₹¥]\s?\d")  # a field's value holding a pay figure
# (rules45b) A street address after an employer's name ("Bayou Board, 1400 Main Street,
# New Iberia, LA 70560"): where it is, no part of its name.
_ADDRESS_TAIL = re.compile(r",\s+\d{1,6}\s+[A-Z].*$")
_CONNECTORS = frozenset({"of", "for", "and", "&", "the", "on", "in"})


@dataclass(frozen=True)
class NoticeWords:
    """The vocabulary of notices' headers (``notices`` in ``data/headings.yaml``)."""

    fields: frozenset[str]
    title_labels: frozenset[str]
    employer_labels: frozenset[str]
    bodies_first: frozenset[str]
    bodies_last: frozenset[str]
    services: tuple[str, ...]
    not_service: frozenset[str]
    grades: re.Pattern[str]
    aside: re.Pattern[str]
    sections: frozenset[str]
    lead: re.Pattern[str]

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> NoticeWords:
        """Build from the YAML's ``notices`` mapping."""

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in raw.get(key) or ())

        grades = "|".join(str(g) for g in raw.get("grades") or ()) or "(?!)"
        return cls(words("fields"), words("title_labels"), words("employer_labels"),
                   words("bodies_first"), words("bodies_last"),
                   tuple(str(s) for s in raw.get("services") or ()),
                   words("not_service"),
                   re.compile(rf"(?:,\s*|\s+)(?:{grades})\s*$", re.IGNORECASE),
                   re.compile(rf"\s*\(\s*((?:{grades}))\s*\)", re.IGNORECASE),
                   words("sections"),
                   re.compile(rf"(?:^|[\s(•-])((?:{grades}))\s*[-–:]?\s*$", re.IGNORECASE))


@cache
def notice_words() -> NoticeWords:
    """The bundled notice vocabulary."""
    return NoticeWords.from_mapping(bundled_section("notices"))


@cache
def _service_pattern() -> re.Pattern[str]:
    words = notice_words()
    names = "|".join(re.escape(s) for s in sorted(words.services, key=len, reverse=True))
    after = "|".join(re.escape(w) for w in sorted(words.not_service)) or "(?!)"
    return re.compile(rf"\b[Tt]he\s+((?:[A-Z][a-z]+\s+)?(?:{names}))\b(?!['’]s)"
                      rf"(?!\s+(?i:{after})\b)")


@dataclass
class NoticeFacts:
    """What a notice's header states, each with its line."""

    title: tuple[str, int] | None = None
    employer: tuple[str, int] | None = None
    sectors: list[tuple[str, int]] = field(default_factory=list)
    #: Header lines read here (the title, the department): no section heading, no item.
    lines: set[int] = field(default_factory=set)


def _field(text: str) -> tuple[str, str] | None:
    match = _LABEL.match(text)
    return (match.group(1).strip().lower(), match.group(2).strip()) if match else None


_ROW_FIELDS = 3  # labelled cells on one line at least: a form's row of fields


def field_row_employer(lines: Sequence[tuple[int, str]]) -> tuple[str, int] | None:
    """(carry52) The public body a form's row of fields names in its employer field, or None.

    A state form's identification block prints its fields several a line, parted by wide
    gaps ("Position No: 12-3   Agency: Department of Roads   Division: Bridges"): the agency
    (``notices.employer_labels``) employs the post when its value is a public body; a row of
    fewer labelled cells, or a company's team ("Department: Finance"), gives none.

    >>> field_row_employer([(4, "Position No: 12-3   Agency: Department of Roads   Unit: B")])
    ('Department of Roads', 4)
    >>> field_row_employer([(4, "Agency: Department of Roads   Unit: B")]) is None
    True
    """
    labels = notice_words().employer_labels
    for no, text in lines[:_HEAD_LINES]:
        if ":" not in text:
            continue
        cells = [found for cell in _NEXT_FIELD.split(text) if (found := _field(cell))]
        if len(cells) < _ROW_FIELDS:
            continue
        for label, value in cells:
            if label in labels and public_body(value.strip(" .")):
                return value.strip(" ."), no
    return None


def public_body(text: str) -> bool:
    """A public body's name on its own line: capitalised words (connectors between) with
    a body word last ("Border Force Agency") or first before "of"/"for" ("Department for
    Regional Growth", "Ministry of Works"); a company's "Finance Department" is none.

    >>> public_body("Department of Agriculture, Fisheries and Forestry")
    True
    >>> public_body("Civil Service Jobs"), public_body("Finance Department")
    (False, False)
    """
    words = text.replace(",", "").split()
    if not 1 < len(words) <= _MAX_BODY_WORDS or any(c.isdigit() for c in text):
        return False
    if not all(w[:1].isupper() or w in _CONNECTORS for w in words):
        return False
    known = notice_words()
    return words[-1].lower() in known.bodies_last or (
        words[0].lower() in known.bodies_first and words[1] in ("of", "for"))


# An internal opportunity's eligibility line: "open to permanent Wexford Borough Council
# employees", "open to all current Harbour District Council staff".
_OPEN_TO = re.compile(r"\bopen to (?:all )?(?:(?:permanent|current|existing|substantive|"
                      r"fixed-term)\s+(?:(?:and|or)\s+\w+(?:-\w+)?\s+)?)?"
                      r"(?P<org>[A-Z][\w'&.-]*(?:\s+(?:[A-Z][\w'&.-]*|of|for|and|&|the))*?)"
                      r"\s+(?:employees|staff|officers|colleagues)\b")


def internal_employer(text: str) -> str | None:
    """The public body whose own staff an internal opportunity is open to (its employer),
    or None.

    >>> internal_employer("INTERNAL ONLY – open to permanent Ashdown District Council employees")
    'Ashdown District Council'
    >>> internal_employer("This course is open to all Acme staff") is None  # no public body
    True
    """
    match = _OPEN_TO.search(text)
    if match is None or not public_body(match.group("org")):
        return None
    return match.group("org")


def notice_title(text: str) -> str:
    """A notice's title line as the post's title: no team or count after a dash, no
    bracketed stream, no grade.

    >>> notice_title("Biosecurity Officer (Inspections) — Multiple Positions")
    'Biosecurity Officer'
    >>> notice_title("Policy Adviser, SEO"), notice_title("Budget Analyst GS-0560-11")
    ('Policy Adviser', 'Budget Analyst')
    >>> notice_title("Payroll Clerk II")
    'Payroll Clerk'
    """
    title = _DASH_TAIL.sub("", text.strip())
    title = _BRACKET.sub("", title).strip(" ,")
    title = notice_words().grades.sub("", title).strip(" ,")
    # ((rules59b) an HR record's "Job profile: Payroll Clerk II": the title at its grade,
    # the bare title the role, as a form's "Job title" field reads it)
    return _ROMAN_GRADE.sub("", title) if " " in title else title


def grade_aside(after: str) -> str | None:
    """The grade a bracket right after a pay figure names ("$78,112 – $84,958 (APS 4)"), or
    None: the band is the role's own pay at that grade.

    >>> grade_aside(" (APS 4); $86,104"), grade_aside(" (London)") is None
    ('APS 4', True)
    """
    match = notice_words().aside.match(after)
    return match.group(1) if match else None


def _sectioned(lines: Sequence[tuple[int, str]], words: NoticeWords) -> bool:
    """A notice printed without header fields: two of its own section headings
    ("Who we are", "Our ideal candidate", "Eligibility") stand on lines of their own."""
    found = {text.strip().rstrip(":").lower() for _, text in lines} & words.sections
    return len(found) >= _MIN_FIELDS


def grade_lead(before: str) -> str | None:
    """The grade printed right before a pay figure ("APS 4 - $67,190 - $73,148"), or None.

    >>> grade_lead("• APS 4 - "), grade_lead("Salary: ") is None
    ('APS 4', True)
    """
    match = notice_words().lead.search(before)
    return match.group(1) if match else None


# A field's value that describes an employer without naming it ("a local firm", "an
# agency", "various"): no employer.
_UNNAMED = re.compile(r"(?:an?|some|various|several|any)\b(?:\s+[a-z][\w-]*)*\s*$")


def notice_facts(lines: Sequence[tuple[int, str]]) -> NoticeFacts | None:
    """The header facts of a vacancy notice (``lines``: number and text, in order), or None
    when the page is no notice (fewer than two header fields in its first lines)."""
    words = notice_words()
    head = list(lines[:_HEAD_LINES])
    fields = [(index, no, found) for index, (no, text) in enumerate(head)
              if (found := _field(text)) is not None and found[0] in words.fields]
    if len(fields) < _MIN_FIELDS and not _sectioned(lines, words):
        return None
    facts = NoticeFacts()
    leaving = leaving_rows([text for _, text in head])  # (rules54b) a personnel form's
    # block of the position left: its title field names no post of the page
    for index, (no, text) in enumerate(head):
        found = _field(text)
        if found is None or index in leaving:
            continue
        label, value = found
        value = _NEXT_FIELD.split(value)[0].strip(" .")  # (carry40: "X        Job Code: 7")
        if label in words.employer_labels:
            value = _ADDRESS_TAIL.sub("", value)  # (rules45b) "X Board, 1400 Main Street, …"
        if label in words.employer_labels and facts.employer is None and (
                label != "department" or public_body(value)) and not _UNNAMED.match(value):
            # ("Department: Engineering" on a company's advert names a team, no employer;
            # "Employer: a local firm" names none)
            facts.employer = (value, no)
            facts.lines.add(no)
        elif label in words.title_labels and facts.title is None:
            facts.title = (notice_title(value), no)
            facts.lines.add(no)
    for _, no, (label, value) in fields:
        if not _READ_FIELD.search(label) and not _PRICED.search(value):
            # "Reference number:", "Closing date:": the notice's chrome ("Grade: Grade 9
            # £41,771 – £44,711" is read: the grade's band is the post's own pay)
            facts.lines.add(no)
    first_field = fields[0][0] if fields else _NO_FIELD_SPAN
    if facts.employer is None:
        # The department right under the title, above the first field.
        for index in range(1, min(first_field + 1, len(head))):
            no, text = head[index]
            if public_body(text.strip()) and not _service_pattern().search(f"the {text}"):
                facts.employer = (text.strip(), no)
                facts.lines.add(no)
                if facts.title is None:
                    above_no, above = head[index - 1]
                    facts.title = (notice_title(above), above_no)
                    # the jobs site's header above the title: chrome
                    facts.lines.update(before for before, _ in head[:index])
                break
    for no, text in lines:
        for match in _service_pattern().finditer(text):
            if all(match.group(1) != name for name, _ in facts.sectors):
                facts.sectors.append((match.group(1), no))
    return facts
