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
>>> supplier_field("Buyer: Hollin County Council"), supplier_field("Supplier: to be confirmed")
(None, None)
"""

from __future__ import annotations

import re

from careergraph.guides.issuers import LEGAL_FORM, NAME_WORDS

__all__ = ["company_field", "supplier_field"]

_FIELD = re.compile(r"^\s*(?i:company|business|employer|establishment)\s+name\s*(?::\s*|\s{2,}|\t)"
                    r"(?P<name>[A-Z][\w&'’.,-]*(?:\s+[\w&'’.,-]+){0,7}?)"
                    r"\s*(?:\([^()]*\))?\s*$")
_MAX_WORDS = 8  # a company's name, not a sentence
_SUPPLIER = re.compile(r"^\s*(?i:tenderer|supplier|awarded supplier|awarded to|successful tenderer|"
                       r"successful bidder|preferred bidder|winning bidder|contractor)\s*:\s*"
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
