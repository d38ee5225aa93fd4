"""Structures of leftovers of held-back set 57 (rules57c): a form's numbered block naming the
occupation and a portal's barred cells naming the job title (the role read from the text of a
neutrally named page), a ladder heading naming the firm glued to its first rung, and an
address after an employer's name or in an employer section's row of fields (no employer).
Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.mentions import arrow_chain


def _employers(guide: object) -> list[str]:
    return [fact.text for fact in guide.employers]  # type: ignore[attr-defined]


_RECORD = """\
Service Portal   Sign out
Record of Employment — Electronic   Serial No. Q55xxxx   Issued: 2026-03-02
Block 4 Employer: COUNTY OF ELMBRIDGE   Block 9 Employee: J. DOE
Block 12 Final pay period ending date: 2026-02-27   Block 13 Occupation: GRITTER DRIVER - \
WINTER SERVICE (SEASONAL)
Block 16 Reason for issuing this ROE: A — Shortage of work
"""


def test_numbered_block_occupation_is_the_role() -> None:
    guide = parse_text(_RECORD, "claim-record.txt")
    assert guide.role is not None
    assert guide.role.text == "Gritter Driver"


_PORTAL = """\
Claimant Portal   Home   My Claim   Log Off
Employment history (as reported by you)
• Employer 1: Elmbridge County Council | Job title: Gritter Driver | Rate of pay: $24.10 per \
hour | Reason: end of season
• Employer 2: Acme Gardens Ltd | Job title: Landscape Labourer | Rate of pay: $19.00 per hour
"""


def test_barred_job_title_cell_is_the_role() -> None:
    guide = parse_text(_PORTAL, "claim-record.txt")
    assert guide.role is not None
    assert guide.role.text == "Gritter Driver"


_CHECK = """\
Loan Officer
EMPLOYMENT HISTORY
Employer: Northfield Savings Bank, Ames, IA
Title: Teller   Dates: 2019 – 2021
Employer: Corner Pantry Market #214, 40 Elm St, Boone, IA 50036
Title: Cashier   Dates: 2017 – 2019
"""


def test_employer_field_place_and_store_number_cut() -> None:
    names = _employers(parse_text(_CHECK, "loan-officer.txt"))
    assert "Northfield Savings Bank" in names
    assert "Corner Pantry Market" in names
    assert not {"Ames", "IA", "Boone", "40 Elm St", "IA 50036"} & set(names)


_AGREEMENT = """\
Machine Setter
TRAINING AGREEMENT
SECTION A — EMPLOYER
Legal name: Brookvale Moulding, Inc.   DBA: Brookvale   Address: 18 Quarry Rd NE, Ames, IA 50010
SECTION B — TRAINEE
Name: A. Person
"""


def test_employer_section_address_field_names_no_firm() -> None:
    names = _employers(parse_text(_AGREEMENT, "machine-setter.txt"))
    assert "Brookvale Moulding, Inc." in names
    assert not any("Quarry" in name or "Ames" in name or "IA" in name for name in names)


def test_firm_path_heading_glued_to_first_rung() -> None:
    chain = arrow_chain("Career Growth at Golden Lotus BuildTrainee Mason → Mason → "
                        "Senior Mason → Site Supervisor")
    assert chain == ["Trainee Mason", "Mason", "Senior Mason", "Site Supervisor"]
    # (a firm's path heading with no glued rung keeps its chain as it was)
    assert arrow_chain("Trainee Mason → Mason → Senior Mason") == [
        "Trainee Mason", "Mason", "Senior Mason"]
