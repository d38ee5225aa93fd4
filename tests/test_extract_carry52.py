"""Structures of set 52's generator families read at scale (helper carry52): an IR35 status
determination statement in a word processor (its capitals title a document's, its glued
"Role title:" field the post), a Bangladeshi company panel's "Business :" field, a state
form's row of fields naming its agency and a lettered pay step.  Every page here is
invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.notices import field_row_employer


def _names(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


_STATEMENT = """\
Ashby_SDS_REF-1101_v1.docx — Word   File  Home  Review
OFFICIAL — SENSITIVE (COMMERCIAL)
ASHBY HARBOUR BOARD
STATUS DETERMINATION STATEMENT (OFF-PAYROLL RULES, IR35)
Reference: REF-1101          Issued: 2 March 2027          Version 1
1. Parties
Client: Ashby Harbour Board (Quayside)
Worker: Tomas Ekk, via Ekk Data Ltd (PSC)
2. EngagementRole title: Data Architect (Cloud Move)     Start: 01/04/2027     End: 30/09/2027
Rate: £610 a day to the PSC (outside IR35).
3. Services
The contractor will design the harbour's data platform and hand it over.
"""


def test_a_status_statement_names_the_post_of_its_role_title_field() -> None:
    guide = parse_text(_STATEMENT, "statement.txt")
    assert guide.role is not None and guide.role.text == "Data Architect"


_PANEL = """\
Jobs BD — home | jobs | companies
Warehouse Clerk
Deadline: 30 Jan 2027
Job Responsibilities
Keeps the stock register of the yarn store and issues cones to the floor.
Salary
Tk. 18000 - 22000 (Monthly)
Company Information  Tarn Threads Ltd.  Address : Kalurghat  Business : Thread dyeing. Member.
"""


def test_a_company_panels_business_field_gives_the_sector() -> None:
    guide = parse_text(_PANEL, "panel.txt")
    assert "Thread dyeing" in _names(guide, "sectors")


_FORM = """\
PDQ_form_88.pdf                                  Page 1 of 2
STATE OF ELDON — PERSONNEL OFFICE
POSITION DESCRIPTION QUESTIONNAIRE
SECTION A — IDENTIFICATIONPost: 55   Agency: Department of Roads   Division: Bridges   Unit: N4
Current Class Title: Bridge Inspector 1   Class Code: 4410   Pay Range: 40
Requested Class Title: Bridge Inspector 2   Class Code: 4411   Pay Range: 43
SECTION B — DUTIES
Inspects the state's bridges and writes the inspection reports.
Outcome: Reallocate the position to Bridge Inspector 2, Range 43, placed at Step D ($4,210 monthly).
"""


def test_a_forms_field_row_names_its_agency_and_no_pay_step() -> None:
    guide = parse_text(_FORM, "bridge-inspector.txt")
    employers = _names(guide, "employers")
    assert "Department of Roads" in employers
    assert "Step D" not in employers


def test_a_field_row_needs_three_fields_and_a_public_body() -> None:
    row = "Ref: 7-1   Agency: Department of Roads   Unit: B"
    assert field_row_employer([(3, row)]) == ("Department of Roads", 3)
    assert field_row_employer([(3, "Agency: Department of Roads   Unit: B")]) is None
    assert field_row_employer([(3, "Ref: 7-1   Department: Finance   Unit: B")]) is None
