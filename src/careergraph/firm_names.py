"""A company's name without its legal form, so "Weaverdale Buses Ltd" and "Weaverdale
Buses" resolve to one Employer.

Guides name one firm with and without its legal form ("Harlow Steel Ltd", "Harlow Steel";
"Quillon & Marsh Software, Inc." and "Quillon & Marsh Software").  Resolution joins two
employer spellings whose names are the same once trailing legal forms are removed (rule
``legal-form`` in the build report); the form alone is no name ("Ltd" joins nothing), and a
name the forms would empty stays as it is.

>>> firm_base("Quillon & Marsh Software, Inc.")
'Quillon & Marsh Software'
>>> firm_base("Lintang Freight Pte. Ltd."), firm_base("Tata Consultancy Services Private Limited")
('Lintang Freight', 'Tata Consultancy Services')
>>> firm_base("Weaverdale Buses"), firm_base("Ltd")
('', '')
"""

from __future__ import annotations

import re

from careergraph.legal_forms import legal_forms

__all__ = ["LEGAL_FORMS", "firm_base"]

# Legal forms that end a company's name (``data/legal_forms.yaml``, use "firm").  "Company" is
# not among them: "The Walt Disney Company" is no "The Walt Disney".
LEGAL_FORMS = legal_forms("firm")
#: Forms read in any letter case ("Tesco plc" = "Tesco PLC"): those whose other case is no
#: word or other name (use "fold": "Resort & Spa" is no "SpA").
_FOLDED = frozenset(legal_forms("fold"))


def _form_pattern(form: str) -> str:
    body = re.escape(form).replace(r"\ ", r"\.?\s+")
    return f"(?i:{body})" if form in _FOLDED else body


_FORM = re.compile(
    r"(?:,?\s+|\s*&\s*)(?:" + "|".join(_form_pattern(form) for form in LEGAL_FORMS)
    + r")\.?\s*$")


def firm_base(name: str) -> str:
    """``name`` without its trailing legal forms, or "" when it has none (or is only forms).

    >>> firm_base("Harlow Steel Co., Ltd."), firm_base("Moreau & Co")
    ('Harlow Steel', 'Moreau')
    >>> firm_base("Tesco plc"), firm_base("TESCO PLC"), firm_base("Palmview Resort & Spa")
    ('Tesco', 'TESCO', '')
    """
    base = name.strip()
    while (match := _FORM.search(base)) and match.start() > 0:
        base = base[:match.start()].rstrip(" ,")
    return base if base != name.strip() and re.search(r"[A-Za-z]{2}", base) else ""
