"""The organisation a form, a decision or an org chart names as its party: the role's employer.

An HR form's header names the company whose employee it reviews ("Company: Bramble & Finch
Advertising, LLC      Industry: …"); a tribunal's or a commission's decision names the
respondent that employed the claimant ("Respondent: Calder Lift & Haulage Ltd", or the
parties block "Jessica Tran / v / ClearSight Eyewear Pty Ltd").  Both are read from the
page's head, before its lines are joined into paragraphs.

>>> form_employer([(1, "Claimant: Mr K Obi         Respondent: Arden Lifts Ltd")])
('Arden Lifts Ltd', 1)
>>> form_employer([(1, "Priya Nair"), (2, "v"), (3, "Harbour Optics Pty Ltd"), (4, "(U1/2)"),
...                (5, "The Applicant applied …")])
('Harbour Optics Pty Ltd', 3)
>>> form_employer([(1, "Employee: A. Ng      Company: Lark & Reed Studio, LLC")])
('Lark & Reed Studio, LLC', 1)
>>> form_employer([(1, "Respondent: Mr T Royle (solicitor)")]) is None
True
>>> form_employer([(1, "Kaveri Mutual Insurance Ltd.        HRMS ▸ Appraisal 2026"),
...                (2, "ANNUAL PERFORMANCE APPRAISAL FORM")])
('Kaveri Mutual Insurance Ltd', 1)
>>> form_employer([(1, "Harbourline Freight Services · People Hub"),
...                (2, "Onboarding  >  Forklift Driver")])
('Harbourline Freight Services', 1)

An org chart's breadcrumb names the organisation whose chart it is, on a page with a card:

>>> form_employer([(1, "ChartDesk ▸ Kestrel Vale Borough Council ▸ Finance"),
...                (9, "▼ POSITION CARD   Payroll Officer")])
('Kestrel Vale Borough Council', 1)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careergraph.guides.employer_names import organisation_name

__all__ = ["about_business", "firm_business", "form_employer", "respondent_business"]

_HEAD_LINES = 30  # a form's header and a decision's parties block stand in its first lines
# A party field at the line's start or after another field's wide gap; its value runs to the
# next wide gap or the line's end.
_PARTY_FIELD = re.compile(r"(?:^|\s{3,})(?:Respondent|Company)\s*:\s*(?P<org>[A-Z][^\t]*?)"
                          r"(?=\s{3,}|\t|$)")
# (rules32b) A report's party field: "EMPLOYER ....... X Ltd, Harbour site", "Prepared for:
# X Ltd. – North Depot" (a dotted leader or a colon), its value to the next wide gap.
_REPORT_PARTY = re.compile(r"^\s*(?i:employer|prepared\s+for)\s*(?:\.{3,}|:)\s*"
                           r"(?P<org>[A-Z][^\t]*?)(?=\s{3,}|\t|$)")
# The site after a firm's name: ", Port Nelson factory", " – Sudbury Service Centre".
_SITE_AFTER = re.compile(r",\s+|\s+[–—-]\s+")
# An organisation's name: capitalised words (with "&", "of", "and"), a legal form at most.
_ORG = re.compile(r"[A-Z][\w&'’.-]*(?:,?\s+(?:[A-Z][\w&'’.-]*|&|of|and|the))*")
_PERSON = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s")
_MIN_WORDS = 2  # "Arden Lifts": one capitalised word names no organisation here
_DECISION = re.compile(r"\b(?:applicant|claimant|respondent)\b", re.IGNORECASE)
# An org chart's selected card ("▼ POSITION CARD", "Role card for …") and its breadcrumb.
_CARD = re.compile(r"(?i:\b(?:position|role)\s+card\b)")
_CRUMB = re.compile(r"\s+[▸>»›]\s+")
_CRUMB_LINES = 3
# An HR review form's title and a firm's name by its legal form ("… Insurance Co. Ltd.").
_REVIEW_FORM = re.compile(r"(?i:\b(?:performance\s+)?(?:appraisal|performance\s+review)\b)")
# A new starter's form: an induction checklist, an onboarding portal's pages.
_STARTER_FORM = re.compile(r"(?i:\b(?:induction|onboarding|new starter|new hire)\b)")
_LETTERHEAD_CELL = re.compile(r"\s{3,}|\s[·|]\s")
_LEGAL_END = re.compile(r"\b(?:Ltd|Limited|LLC|LLP|Inc|Pvt|PLC|GmbH|Corp)\.?$")
_CELL_GAP = re.compile(r"\s{3,}")
# (rules53b) A business's text message opens with its name ("Lark Mills: Thanks for
# texting! …") and carries the opt-out line the rules for such programmes require.
_SENDER = re.compile(r"(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){1,5}):\s+\S")
_OPT_OUT = re.compile(r"(?i:\b(?:reply|text)\s+STOP\b)")
_HIRING = re.compile(r"(?i:\b(?:hiring|recruit\w*|careers?|jobs?|openings?|apply|applicants?)\b)")


def _organisation(value: str) -> str | None:
    """``value`` as an organisation's name, or None for a person or a phrase."""
    value = value.strip().rstrip(".,;")
    found = _ORG.fullmatch(value)
    if found is None or _PERSON.match(value) or len(value.split()) < _MIN_WORDS:
        return None
    return value


def _chart_owner(lines: Sequence[tuple[int, str]]) -> tuple[str, int] | None:
    """The organisation an org chart's breadcrumb names ("OrgView ▸ Kestrel Vale Borough
    Council ▸ Finance ▸ Payroll"), on a page with a position or role card; else None."""
    if not any(_CARD.search(text) for _, text in lines):
        return None
    for no, text in lines[:_CRUMB_LINES]:
        crumbs = [c.strip() for c in _CRUMB.split(text)] if _CRUMB.search(text) else []
        named = next((c for c in crumbs if organisation_name(c)), None)
        if named is not None:
            return named, no
    return None


# (rules53b) A form's party block: a line that is only "EMPLOYER" (or "Employer
# information"), then the firm's name as the next line's first cell.
_EMPLOYER_BLOCK = re.compile(r"\s*(?i:employer)(?:\s+(?i:information|details))?\s*:?\s*")
# A form's numbered column heads: "1. To (Name and address of employer)   2. From (Name and
# address of lender)"; the names stand under them on the next line.
_EMPLOYER_COLUMN = re.compile(r"(?i:\bname(?:\s+and\s+address)?\s+of\s+(?:the\s+)?employer\b)")

# Where a name's address starts after it: "Attn:", "c/o", a street's number.
_ADDRESS_START = re.compile(r"\s+(?:Attn\b|ATTN\b|c/o\b|\d)")


def _party_block(head: Sequence[tuple[int, str]]) -> tuple[str, int] | None:
    """The firm a form names under its "EMPLOYER" block heading ("EMPLOYER" / "Lark Mills,
    Inc.   DBA: Lark", a legal form or an organisation's word needed) or under a column
    head "Name and address of employer" (the cell starting where the head starts), with
    its line; None when the form has neither.

    >>> _party_block([(3, "EMPLOYER"), (4, "Tern Valley Haulage, Inc.      DBA: Tern"),
    ...               (5, "12 Mill Rd, Dayton, OH")])
    ('Tern Valley Haulage, Inc', 4)
    >>> _party_block([(1, "1. To (Name and address of employer)      2. From (Name of lender)"),
    ...               (2, "Harbor Point Medical Center              First Coast Mortgage")])
    ('Harbor Point Medical Center', 2)
    >>> _party_block([(7, "1. To (Name and address of employer) Harbor Point Medical Center "
    ...                   "Attn: HR 12 Bay Rd, Erie, PA")])
    ('Harbor Point Medical Center', 7)
    >>> _party_block([(3, "EMPLOYER"), (4, "Most employers want a licence.")]) is None
    True
    """
    for index, (no, text) in enumerate(head):
        after_no, after = head[index + 1] if index + 1 < len(head) else (no, "")
        if _EMPLOYER_BLOCK.fullmatch(text):
            first = _CELL_GAP.split(after.strip())[0]
            if (_LEGAL_END.search(first) or organisation_name(first)) and (
                    name := _organisation(first)) is not None:
                return name, after_no
        column = _EMPLOYER_COLUMN.search(text) if "mployer" in text else None
        if column is None:
            continue
        rest = text[column.end():]
        rest = rest[1:] if rest.startswith(")") else rest
        if rest.strip() and not rest.startswith("   "):
            # the columns already read apart: "… of employer) Lark Mills Attn: HR 12 …"
            first = _ADDRESS_START.split(_CELL_GAP.split(rest.strip())[0], maxsplit=1)[0]
            return None if (name := _organisation(first)) is None else (name, no)
        start = text.rfind("   ", 0, column.start()) + 3 if (
            "   " in text[:column.start()]) else len(text) - len(text.lstrip())
        cell = after[start:] if start == 0 or after[start - 1:start] == " " else ""
        first = _CELL_GAP.split(cell.strip())[0] if cell.strip() else ""
        if first and (name := _organisation(first)) is not None:
            return name, after_no
    return None


def _texting_sender(head: Sequence[tuple[int, str]]) -> tuple[str, int] | None:
    """The business a recruiting text thread's first message names as its sender, when the
    message carries the opt-out line and speaks of hiring; None otherwise.

    >>> _texting_sender([(3, "Harbor Dental Group: Thanks for texting! I'm the hiring "
    ...                      "assistant. Reply STOP to opt out.")])
    ('Harbor Dental Group', 3)
    >>> _texting_sender([(3, "Harbor Dental Group: Your cleaning is Tuesday. Reply STOP to "
    ...                      "opt out.")]) is None
    True
    """
    for no, text in head:
        sender = _SENDER.match(text.strip()) if ":" in text[:60] else None
        if sender is not None and _OPT_OUT.search(text) and _HIRING.search(text) and (
                name := _organisation(sender.group("org"))) is not None:
            return name, no
    return None


def form_employer(lines: Sequence[tuple[int, str]]) -> tuple[str, int] | None:
    """The organisation a form's or a decision's head names as its party, or an org chart's
    breadcrumb, with its line; None when the head names none (see the module)."""
    charted = _chart_owner(lines)
    if charted is not None:
        return charted
    head = [(no, text.rstrip()) for no, text in lines[:_HEAD_LINES] if text.strip()]
    if head and any(_REVIEW_FORM.search(text) for _, text in head[:_CRUMB_LINES]):
        # an appraisal form's letterhead: "Kaveri Mutual Insurance Ltd.      HRMS ▸ PMS"
        first = _CELL_GAP.split(head[0][1].strip())[0]
        if _LEGAL_END.search(first) and (name := _organisation(first)) is not None:
            return name, head[0][0]
    if head and any(_STARTER_FORM.search(text) for _, text in head[:_CRUMB_LINES]):
        # an induction checklist's or an onboarding portal's letterhead: "Ashby Hospitals
        # NHS Trust      Estates Directorate", "Harbourline Freight · People Portal"
        first = _LETTERHEAD_CELL.split(head[0][1].strip())[0]
        if organisation_name(first) and (name := _organisation(first)) is not None:
            return name, head[0][0]
    blocked = _party_block(head) or _texting_sender(head)
    if blocked is not None:
        return blocked
    for index, (no, text) in enumerate(head):
        field = _PARTY_FIELD.search(text) if ("Respondent" in text or "Company" in text) and (
            ":" in text) else None
        if field is not None and (name := _organisation(field.group("org"))) is not None:
            return name, no
        report = _REPORT_PARTY.match(text) if "mployer" in text[:10] or "MPLOYER" in text[:10] or (
            "repared for" in text[:12] or "REPARED FOR" in text[:12]) else None
        if report is not None:  # a demands analysis's "Prepared for: X Ltd. – Depot": the firm
            firm = _SITE_AFTER.split(report.group("org"), maxsplit=1)[0]
            if _LEGAL_END.search(firm) and (name := _organisation(firm)) is not None:
                return name, no
        if text.strip() == "v" and 0 < index < len(head) - 1 and any(
                _DECISION.search(later) for _, later in head[index:]):
            # "Jessica Tran / v / ClearSight Eyewear Pty Ltd": the party after "v" responds
            after_no, after = head[index + 1]
            if (name := _organisation(after)) is not None:
                return name, after_no
    return None


# A decision's respondent told by its business: "(the Respondent), an optical retailer with
# 46 stores", "The respondent supplies and operates cranes on construction sites".
_RESPONDENT_KIND = re.compile(
    r"\((?:the\s+)?[Rr]espondent\),\s+an?\s+(?P<kind>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}?\s"
    r"(?:retailer|wholesaler|manufacturer|contractor|builder|haulier|insurer|chain|"
    r"distributor|supplier))\b")
# (its verb in the present: "supplies", "erects", "operates and maintains")
_RESPONDENT_SITES = re.compile(r"\b[Tt]he\s+respondent\s+[a-z]+(?:es|s)\b[^.;]{0,60}?\bon\s+"
                               r"(?P<kind>[a-z]+)\s+sites\b")


def respondent_business(text: str) -> str | None:
    """The business a decision says its respondent is in, as a sector, or None.

    >>> respondent_business("… dismissed by Harbour Optics Pty Ltd (the Respondent), an "
    ...                     "optical retailer with 12 stores.")
    'Optical retailer'
    >>> respondent_business("The respondent supplies scaffolding on construction sites.")
    'Construction'
    >>> respondent_business("The respondent denies the claim.") is None
    True
    """
    found = _RESPONDENT_KIND.search(text) or _RESPONDENT_SITES.search(text)
    return None if found is None else found.group("kind").capitalize()


# A company's own line about itself: "About Harbourline: a regional freight forwarding company
# serving …" (what it does, before the noun "company").
_ABOUT_KIND = re.compile(r"^About\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}\s*:\s+an?\s+"
                         r"(?P<kind>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)\s+(?:company|business|"
                         r"firm|provider|operator)\b")
_NOT_KIND = frozenset({"leading", "growing", "family-owned", "family", "small", "large", "global",
                       "national", "local", "regional", "independent", "friendly", "new",
                       # (left56) its standing with a regulator, no business: "a licensed
                       # payment service company" is in payment services
                       "licensed", "registered", "accredited"})


def about_business(text: str) -> str | None:
    """The business a company's "About X:" line says it is in, as a sector, or None.

    >>> about_business("About Harbourline: a regional freight forwarding company serving ports.")
    'Freight forwarding'
    >>> about_business("About us: a friendly company") is None
    True
    """
    found = _ABOUT_KIND.match(text.strip())
    if found is None:
        return None
    words = found.group("kind").split()
    while words and words[0] in _NOT_KIND:
        words = words[1:]  # ("a regional …": where it works, no business)
    return " ".join(words).capitalize() or None



# (rules53b) A sentence saying what a firm is: "Lark Foods is a family-owned grocery chain with
# 40 stores", "Kell Civils are a groundworks and civil engineering contractor working for …".
# ((left56) or its label glued before it: "About the companyKorn Agro LLP is …")
_FIRM_IS_KIND = re.compile(r"(?:^|[.!?]\s+|(?<=[a-z]))"
                           r"(?P<firm>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
                           r"\s+(?:is|are)\s+an?\s+(?P<kind>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4}?)"
                           r"\s+(?:chain|company|business|firm|contractor|retailer|provider|"
                           r"operator|group|enterprise)\b")


# (left56) What a firm "is engaged in" after its kind, as translated postings put it ("X LLP is
# an agricultural enterprise engaged in the growing of sugar beet on 9 thousand hectares"): the
# activity is the business, up to a place, a size or the clause's end.  (lead, stop 67) So is
# the field a translator names after the kind ("X is a software company in the field of
# payment services", "… in the sphere of …"): the kind says what the firm makes, the field the
# industry it serves.
_ENGAGED_IN = re.compile(r"\s+(?:(?:engaged|speciali[sz]ing|speciali[sz]ed)\s+in|"
                         r"in\s+the\s+(?:field|sphere|area)\s+of)\s+(?:the\s+)?"
                         r"(?P<what>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,6}?)"
                         r"(?=\s+(?:on|in|with|at|across|for|since|throughout)\b|\s*[,.;(]|\s*$)")
# (left56) A firm that runs sites of a kind ("X Care Group operates residential and nursing care
# homes in Devon"): the kinds before the sites are its businesses.
_FIRM_OPERATES = re.compile(r"(?:^|[.!?]\s+)(?P<firm>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){1,4})"
                            r"\s+(?:operates|runs)\s+(?P<kind>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,5}?)"
                            r"\s+(?:communities|homes|hospitals|clinics|restaurants|hotels|stores|"
                            r"centres|centers|facilities)\b")
_STAFFING = re.compile(r"\b(?:recruitment|recruiting|staffing|employment|headhunting)\b")
# "… is a dairy products company in the dairy processing industry": the industry the sentence
# names after it is the sector (read by the industry rule), the firm's goods none
_NAMED_INDUSTRY = re.compile(r"[^.;!?]*?\bin\s+the\s+[a-z][a-z -]*?\s(?:industry|sector)\b")


def firm_business(text: str, firms: set[str], pairs: frozenset[str] = frozenset()) -> list[str]:
    """The businesses a sentence says a firm of ``firms`` (lower case) is in, as sectors; two
    parted by "and" are two (unless ``pairs`` keeps them one: "oil and gas").

    >>> firm_business("Lark Foods is a family-owned grocery chain with 40 stores.", {"lark foods"})
    ['Grocery']
    >>> firm_business("Kell Civils are a groundworks and civil engineering contractor.",
    ...               {"kell civils"})
    ['Groundworks', 'Civil engineering']
    >>> firm_business("Sari is a dairy products company in the dairy industry.", {"sari"})
    []
    >>> firm_business("Orvan Soft is a software company in the field of payment services.",
    ...               {"orvan soft"})
    ['Payment services']
    >>> firm_business("Kell Civils is a leading company.", {"kell civils"}), firm_business(
    ...     "Acme is a grocery chain.", {"lark foods"})
    ([], [])
    """
    found: list[str] = []
    for ran in _FIRM_OPERATES.finditer(text) if " operates " in text or " runs " in text else ():
        if not ran.group("firm").startswith("The "):
            found.extend(part.strip().capitalize() for part in ran.group("kind").split(" and ")
                         if part.strip())
    for said in _FIRM_IS_KIND.finditer(text):
        if said.group("firm").lower() not in firms or _NAMED_INDUSTRY.match(text, said.end()):
            continue
        if (engaged := _ENGAGED_IN.match(text, said.end())) is not None:
            found.append(engaged.group("what").capitalize())  # (left56, see _ENGAGED_IN)
            continue
        words = said.group("kind").split()
        while words and words[0] in _NOT_KIND:
            words = words[1:]
        kind = " ".join(words)
        if _STAFFING.search(kind):
            continue  # ("X Ltd is a recruitment business": an agency's trade, no sector of
            # the job it fills)
        parts = [kind] if kind in pairs or " and " not in kind else kind.split(" and ")
        found.extend(part.strip().capitalize() for part in parts if part.strip())
    return found
