"""A posting's or a vacancy sheet's company field: "Company name: Kamo Joinery Co., Ltd.",
"Business name <spaces> Oshima Miso Works Co., Ltd. (native name)", "Employer name: X".

The field's value is the company that posts the job: it employs the role.  A bracket after
the name (its name in the page's own script, a note) is no part of it.  Only a field that
says it holds a name counts ("Company name", "Business name", "Employer name"); a bare
"Company:" may head a section of prose.

>>> company_field("Company name: Kamo Joinery Co., Ltd. (加茂木工株式会社)")
'Kamo Joinery Co., Ltd.'
>>> company_field("Business name            Oshima Miso Works")
'Oshima Miso Works'
>>> company_field("Sponsor name: Fenn Racing Ltd   Sponsor licence number: 2T6")
'Fenn Racing Ltd'
>>> company_field("Sponsor nameFenn Kaur Economics LLPLicence numberQ4P7")
'Fenn Kaur Economics LLP'
>>> company_field("Facility: Oak Vale Medical Center, 20 N Elm Ave, Fresno   MSP: Y")
'Oak Vale Medical Center'
>>> company_field("46. Employing Department or Agency  DEPARTMENT OF MINES   47. Code IN")
'DEPARTMENT OF MINES'
>>> company_field("Facility: Pine Ridge Correctional Center      Counselor: D. Ng") is None
True
>>> company_field("3. EMPLOYER DETAILSBusiness name: Fenn Diner & Grill   Owner name: J. Fenn")
'Fenn Diner & Grill'
>>> company_field("Company name: not disclosed"), company_field("Company size: 40")
(None, None)

(rules42b) A tender's supplier field names the firm that will supply the workers: it employs
them, not the contracting authority or buyer that buys the service (a runner-up employs no
one).  Only a firm with its legal form counts ("Tenderer: X Ltd (Company No. …)", "Awarded
supplier: X plc | Runner-up: …").

>>> supplier_field("Tenderer: Hollin Grounds Care Ltd (Company No. 01234567)")
'Hollin Grounds Care Ltd'
>>> supplier_field("Awarded supplier: Tarn Care Staffing Limited | Runner-up: Brook Cover Ltd")
'Tarn Care Staffing Limited'
>>> supplier_field("Franchisee: Tolland Foods Ltd (stores 0101, 0102 – Hull)")
'Tolland Foods Ltd'
>>> supplier_field("Buyer: Hollin County Council"), supplier_field("Supplier: to be confirmed")
(None, None)

(rules43a) A staffing agency's assignment confirmation names the agency that engages the
temporary worker and the client it is supplied to on labelled fields, one or several a line
("Employment business: X Ltd (trading as …)", "Client: Y Pty Ltd · Engaged by: Z Pty Ltd"):
both employ the role.  Only a name with its legal form counts, and a client only on a line
of a page that names the agency too (``assignment_parties`` in ``data/headings.yaml``).

>>> assignment_parties("Job no. 7 · Client: Orchard Vale Dairies Ltd · Engaged by: Tern "
...                    "Temps Pty Ltd (ABN 1)", agency_named=True)
['Orchard Vale Dairies Ltd', 'Tern Temps Pty Ltd']
>>> assignment_parties("Client: Orchard Vale Dairies Ltd", agency_named=False)
[]
>>> assignment_parties("Hirer: to be confirmed", agency_named=True)
[]
>>> assignment_parties("Client: Eastholme Building Society (High St, Dunmere)", agency_named=True)
['Eastholme Building Society']
>>> agency_field("Pay rate £30.00/hr   Charge rate to client £41.20/hr"), agency_field("Pay: £9")
(True, False)
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.issuers import LEGAL_FORM, NAME_WORDS

__all__ = ["agency_field", "assignment_parties", "company_field", "counted_industry",
           "glued_sector", "position_organisation", "supplier_field"]

# ((rules54b) a certificate of sponsorship's "Sponsor name: X Ltd   Sponsor licence number: …":
# the sponsor employs the worker; a next field after a wide gap ends the name)
# ((rules55b) after a numbered section's heading in capitals glued to it, as a flattened
# claim form prints it: "2. EMPLOYER INFORMATIONBusiness name: X   Owner name: …")
_FIELD = re.compile(r"^\s*(?:\d{1,2}[.)]\s*[A-Z][A-Z ]{3,40}(?=[A-Z][a-z]))?"
                    r"(?i:company|business|employer|establishment|sponsor)\s+name\s*"
                    r"(?::\s*|\s{2,}|\t)"
                    r"(?P<name>[A-Z][\w&'’.,-]*(?:\s+[\w&'’.,-]+){0,7}?)"
                    r"\s*(?:\([^()]*\))?\s*(?:$|\s{3,}(?=\S))")
# (rules54b) The same field with its label, name and next label glued, as a pasted form prints
# it ("Sponsor nameFenwick Kaur Economics LLPLicence number…"): the name ends at its legal form.
_GLUED_FIELD = re.compile(rf"^\s*(?i:company|business|employer|sponsor)\s+name"
                          rf"(?P<name>{NAME_WORDS},?\s+{LEGAL_FORM})(?=[A-Z][a-z]|\s*$)")
# (rules57b) A training agreement's employer section ("Legal name: Acme Molding, Inc.   DBA:
# …"): the firm's legal name, with its legal form (a person's legal name has none).
_LEGAL_NAME = re.compile(rf"^\s*(?i:(?:employer['’]?s?\s+)?legal\s+name)\s*:\s*"
                         rf"(?P<name>{NAME_WORDS},?\s+{LEGAL_FORM})(?=\s{{2,}}|\s*$)")
_MAX_WORDS = 8  # a company's name, not a sentence
_SUPPLIER = re.compile(r"^\s*(?i:tenderer|supplier|awarded supplier|awarded to|successful tenderer|"
                       r"successful bidder|preferred bidder|winning bidder|contractor|"
                       # (rules46b) a franchise handbook's "Franchisee: X Ltd (stores …)": the
                       # franchisee employs the team (the franchisor does not)
                       r"franchisee)\s*:\s*"
                       rf"(?P<name>{NAME_WORDS},?\s+{LEGAL_FORM})(?:\s*\([^()]*\))?\s*(?:\||$|"
                       # (carry42) "Awarded supplier: X Ltd. Runner-up: Y Ltd.": the next
                       # field after a full stop
                       r"(?<=\.)\s*(?=[A-Z][\w-]*(?:\s[\w-]+)?:\s)|\.\s+(?=[A-Z][\w-]*(?:\s[\w-]+)?:\s))")


# (rules54b) A travel assignment's facility field ("Facility: Valley Oak Medical Center, 2201 N
# Cedar Ave, …"): the hospital the traveller works at employs the role (the agency and its
# MSP do not); the name ends at its street address, a bracket or the next field.  And a
# personnel form's employing body ("46. Employing Department or Agency  DEPARTMENT OF THE
# INTERIOR   47. Agency Code …"): it employs the role.
_FACILITY = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)?(?i:facility|employing\s+department(?:\s+or\s+"
                       r"agency)?|employing\s+agency)\s*(?::\s*|\s{2,})"
                       r"(?P<name>[A-Z][\w&'’.-]*(?:\s[\w&'’.-]+){1,7}?)"
                       r"(?=\s*,\s*\d|\s*\(|\s{3,}|\s*$)")


# (rules54b) A facility field names the employer only when it is a place of care (a travel
# assignment's hospital), never the facility a person is held or housed in.
_CARE_SITE = re.compile(r"\b(?:Hospital|Medical\s+Cent(?:er|re)|"
                        r"Health(?:\s+(?:Center|Centre|System))?|Clinic|Infirmary|Care\s+Home|Nursing\s+Home|Surgical\s+Cent(?:er|re)|"
                        r"Rehabilitation\s+Cent(?:er|re)|Heart\s+Institute)$")


def company_field(text: str) -> str | None:
    """The company a company-name field names, or None (see the module)."""
    match = (_FIELD.match(text) or _GLUED_FIELD.match(text) or _LEGAL_NAME.match(text)
             ) if "ame" in text else None
    if match is None and ("acility" in text or "mploying" in text):
        match = _FACILITY.match(text)
        if match is not None and "acility" in text[:12] and _CARE_SITE.search(
                match.group("name")) is None:
            return None  # (a reentry plan's "Facility: X Correctional Center": no workplace)
    if match is None:
        return None
    name = match.group("name").strip(" ,")
    if len(name.split()) > _MAX_WORDS or any(c.isdigit() for c in name):
        return None
    return name


# (left54) A sector field glued into the same pasted form line after the previous field's
# value ("…Licence numberQ4P7Sector of the sponsorEconomic consultancy (regulation)"): the
# value runs to a bracket, the next glued label or the line's end.
_GLUED_SECTOR = re.compile(r"(?<=[a-z0-9])(?:(?:Sponsor|Employer|Company|Business)\s+)?"
                           r"(?:Sector|Industry)(?:\s+of\s+the\s+(?:sponsor|employer|company|"
                           r"business))?(?P<value>[A-Z][a-z]+(?:[ -][a-z]+){0,4})"
                           r"(?=\s*\(|\s*$|[A-Z])")


def glued_sector(text: str) -> str | None:
    """The sector a glued form line names after its company-name field, or None.

    >>> glued_sector("Sponsor nameFenn Kaur Economics LLPLicence numberQ4P7Sector of the "
    ...              "sponsorEconomic consultancy (competition and regulation)")
    'Economic consultancy'
    >>> glued_sector("Sponsor name: Fenn Racing Ltd   Sector: Horseracing") is None
    True
    """
    if _GLUED_FIELD.match(text) is None:
        return None
    match = _GLUED_SECTOR.search(text)
    return None if match is None else match.group("value")


# (left56) A job board's company strip, its facts parted by middle dots: the firm's industry
# just before its size ("Company  Brightwater Buses · Bus transport · 14 depots in Kent",
# "Nimbus Pay Ltd  (Fintech · 50-200 employees · Phnom Penh)"); the size makes the strip the
# firm's (a posting's "Leeds · Full-time" strip names no size).
_COUNTED_INDUSTRY = re.compile(
    r"(?:^|\(|\s·\s|\s{2,})(?P<industry>[A-Z][a-z]+(?:[- ](?:and|&|[A-Za-z][a-z]+)){0,4})"
    r"\s·\s+\d[\d,]*(?:\s*[-–]\s*\d[\d,]*)?\+?\s+(?:employees|staff|people|locations|sites|"
    r"stores|restaurants|branches|offices|depots|hotels|clinics|homes|communities)\b")


def counted_industry(text: str) -> str | None:
    """The industry a company strip names just before the firm's size, or None.

    >>> counted_industry("Company  Brightwater Buses · Bus transport · 14 depots in Kent")
    'Bus transport'
    >>> counted_industry("Nimbus Pay Ltd  (Fintech · 50-200 employees · Phnom Penh)")
    'Fintech'
    >>> counted_industry("Leeds · Full-time · Posted 3 days ago") is None
    True
    """
    match = _COUNTED_INDUSTRY.search(text) if "·" in text else None
    return None if match is None else match.group("industry")


def supplier_field(text: str) -> str | None:
    """The firm a tender's supplier field names, with its legal form, or None (see the
    module)."""
    match = _SUPPLIER.match(text) if ":" in text else None
    return None if match is None else match.group("name")


@cache
def _party_fields() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The labelled party fields (any party, the agency's alone) of ``assignment_parties``."""
    lists = word_lists("assignment_parties")
    agency = phrase_alternation(lists.get("agency", ())) or "(?!)"
    anyone = phrase_alternation([*lists.get("agency", ()), *lists.get("hirer", ())]) or "(?!)"
    hirer = phrase_alternation(lists.get("hirer", ())) or "(?!)"
    bodies = phrase_alternation(lists.get("bodies", ())) or "(?!)"
    # ((rules52b) a label's note in brackets: "Agency (fee-payer): X Ltd"; a hirer's body
    # named by its kind, no legal form: "Client: X Building Society")
    note = r"(?:\s*\([^()]{1,20}\))?"
    # ((rules57b) or glued after a heading's bracket: "POSITION (as provided by client)Client:
    # X, LLC")
    return (re.compile(rf"(?:^|(?<=[·|;•])|(?<=\s\s)|(?<=\)))\s*(?:(?i:{anyone}){note}\s*:\s*"
                       rf"(?P<name>{NAME_WORDS},?\s+{LEGAL_FORM})|(?i:{hirer}){note}\s*:\s*"
                       rf"(?P<body>{NAME_WORDS}\s+(?i:{bodies})))(?![\w&])"),
            re.compile(rf"(?:^|[·|;•]|\s\s)\s*(?i:{agency}){note}\s*:\s*[A-Z]"))


# (rules55b) A timesheet's or work order's rate billed to the client ("Charge rate to client
# £55.35/hr", "Bill rate incl. MSP fee: 812,44 EUR/day"): only an agency bills a client for a
# worker, so the page names an agency's assignment even where no field names the agency.
_BILLED = re.compile(r"\b(?:bill|charge)\s+rate\b(?=[^:\d]{0,30}(?::|\s)\s*(?:[£$€]|\d))",
                     re.IGNORECASE)


def agency_field(text: str) -> bool:
    """``text`` holds an agency's labelled field ("Employment business: X", "Engaged by: Y")
    or the rate an agency bills its client ("Charge rate to client £55.35/hr")."""
    return (":" in text and _party_fields()[1].search(text) is not None) or (
        "rate" in text and _BILLED.search(text) is not None)


def assignment_parties(text: str, *, agency_named: bool) -> list[str]:
    """The firms an assignment's labelled party fields name on ``text`` (see the module);
    ``agency_named``: the page names the agency on some line (:func:`agency_field`)."""
    if ":" not in text or not agency_named:
        return []
    return [(match.group("name") or match.group("body")).strip(" ,")
            for match in _party_fields()[0].finditer(text)]


# (rules54b) A personnel action's organisation field, its value on the next line as a path of
# units ("22. Name and Location of Position's Organization" / "US GEOLOGICAL SURVEY / WATER
# RESOURCES MISSION AREA / … TACOMA WA"): the path's first unit, the bureau, employs the post.
_ORG_LABEL = re.compile(r"^\s*(?:\d{1,2}[A-Z]?[.)]\s*)?name\s+and\s+location\s+of\s+(?:the\s+)?"
                        r"position['’]?s?\s+organi[sz]ation\s*:?\s*$", re.IGNORECASE)
_UNIT = re.compile(r"[A-Z][\w&'’.-]*(?:\s[\w&'’.-]+){1,6}")


def position_organisation(lines: list[tuple[int, str]]) -> tuple[str, int] | None:
    """The bureau the last organisation field of a personnel form names, with its line: the
    new position's (the form's FROM block comes first); None when there is none.

    >>> position_organisation([(13, "14. Name and Location of Position's Organization"),
    ...                        (14, "US MINT SERVICE / COIN DIVISION / DENVER CO")])
    ('US MINT SERVICE', 14)
    >>> position_organisation([(3, "Organization: Sales")]) is None
    True
    """
    found: tuple[str, int] | None = None
    for index, (_, text) in enumerate(lines[:-1]):
        if "rgani" not in text or _ORG_LABEL.match(text) is None:
            continue
        no, value = lines[index + 1]
        unit = _UNIT.fullmatch(value.split(" / ", 1)[0].strip()) if " / " in value else None
        if unit is not None:
            found = (unit.group(), no)
    return found
