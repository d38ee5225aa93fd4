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
"""

from __future__ import annotations

import re

__all__ = ["company_field"]

_FIELD = re.compile(r"^\s*(?i:company|business|employer|establishment)\s+name\s*(?::\s*|\s{2,}|\t)"
                    r"(?P<name>[A-Z][\w&'’.,-]*(?:\s+[\w&'’.,-]+){0,7}?)"
                    r"\s*(?:\([^()]*\))?\s*$")
_MAX_WORDS = 8  # a company's name, not a sentence


def company_field(text: str) -> str | None:
    """The company a company-name field names, or None (see the module)."""
    match = _FIELD.match(text) if "ame" in text else None
    if match is None:
        return None
    name = match.group("name").strip(" ,")
    if len(name.split()) > _MAX_WORDS or any(c.isdigit() for c in name):
        return None
    return name
