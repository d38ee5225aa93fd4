"""The abbreviated legal forms that end a company's name ("Ltd.", "Pty.", "Cie.").

A full stop after one of them ends no sentence ("Harlow Steel Ltd. and its yards"), so every
reader that cuts text at full stops asks here first.

>>> bool(COMPANY_STOP.search("Corran Freight Pty.")), bool(COMPANY_STOP.search("Moreau & Cie."))
(True, True)
>>> bool(COMPANY_STOP.search("It ended."))
False
"""

from __future__ import annotations

import re

from careergraph.legal_forms import legal_forms

__all__ = ["COMPANY_FORMS", "COMPANY_STOP", "NOT_AFTER_FORM", "SECOND_FORMS"]

# The short forms written with a stop (English, Australian, Indian, Singaporean, Malaysian,
# French, Polish "Sp. z o.o."): a name may end with one or two of them ("Lintang Freight Pte.
# Ltd.").  Both lists are uses of ``data/legal_forms.yaml``.
COMPANY_FORMS = legal_forms("stop")
# The forms that may follow another after a comma ("Co., Ltd.", "Pte., Ltd", "Inc., LLC"): a
# comma before one of them parts no items of a list.
SECOND_FORMS = legal_forms("second")
# A form and its full stop at the end of a text.
COMPANY_STOP = re.compile(rf"\b(?:{'|'.join(map(re.escape, COMPANY_FORMS))})\.$")
# Lookbehinds (one per form: each must be of fixed width) that keep a mark after a form from
# counting as a sentence's end.
NOT_AFTER_FORM = "".join(rf"(?<!\b{re.escape(form)})" for form in COMPANY_FORMS)
