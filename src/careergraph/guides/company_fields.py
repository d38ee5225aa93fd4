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
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.issuers import LEGAL_FORM, NAME_WORDS

__all__ = ["agency_field", "assignment_parties", "company_field", "supplier_field"]

_FIELD = re.compile(r"^\s*(?i:company|business|employer|establishment)\s+name\s*(?::\s*|\s{2,}|\t)"
                    r"(?P<name>[A-Z][\w&'’.,-]*(?:\s+[\w&'’.,-]+){0,7}?)"
                    r"\s*(?:\([^()]*\))?\s*$")
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


def company_field(text: str) -> str | None:
    """The company a company-name field names, or None (see the module)."""
    match = _FIELD.match(text) if "ame" in text else None
    if match is None:
        return None
    name = match.group("name").strip(" ,")
    if len(name.split()) > _MAX_WORDS or any(c.isdigit() for c in name):
        return None
    return name


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
    return (re.compile(rf"(?:^|(?<=[·|;•])|(?<=\s\s))\s*(?:(?i:{anyone}){note}\s*:\s*"
                       rf"(?P<name>{NAME_WORDS},?\s+{LEGAL_FORM})|(?i:{hirer}){note}\s*:\s*"
                       rf"(?P<body>{NAME_WORDS}\s+(?i:{bodies})))(?![\w&])"),
            re.compile(rf"(?:^|[·|;•]|\s\s)\s*(?i:{agency}){note}\s*:\s*[A-Z]"))


def agency_field(text: str) -> bool:
    """``text`` holds an agency's labelled field ("Employment business: X", "Engaged by: Y")."""
    return ":" in text and _party_fields()[1].search(text) is not None


def assignment_parties(text: str, *, agency_named: bool) -> list[str]:
    """The firms an assignment's labelled party fields name on ``text`` (see the module);
    ``agency_named``: the page names the agency on some line (:func:`agency_field`)."""
    if ":" not in text or not agency_named:
        return []
    return [(match.group("name") or match.group("body")).strip(" ,")
            for match in _party_fields()[0].finditer(text)]
