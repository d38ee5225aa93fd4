"""Structures of real public career pages (helper real20, 2026-12-05), on invented pages.

Maritime, aviation ground, heritage, social care, insurance, banking, telecoms, mining and
veterinary pages: "How to be a X" and "Complete X Career Guide" titles kept their frame
words; a ranked list printed a number a line ("Top Industries / 1 / A / 2 / B") was read as a
slide deck, losing the page's title; "Ability to work at heights, Colour vision, …" gave
employers; a fact sheet's markdown rows under its header rule were read as a new header
("Sector | …"), and its "Popular Roles | A, B, C" row as the page's role; "… don't want to
work in sales" and "a degree in business or finance" gave sectors.
"""

from __future__ import annotations

import pytest

from careergraph.errors import GuideError
from careergraph.guides import parse_text
from careergraph.model import Guide


def _parse(page: str, name: str = "page.txt") -> Guide:
    return parse_text(page, name)


def _sectors(guide: Guide) -> set[str]:
    return {s.text for s in guide.sectors}


def _employers(guide: Guide) -> set[str]:
    return {e.text for e in guide.employers}



@pytest.mark.parametrize(("title", "role"), [
    ("How to be a harbour pilot", "Harbour Pilot"),
    ("Complete Cable Splicer Career Guide", "Cable Splicer"),
    ("How To Be A Midwife In Ruritania", "Midwife"),  # (a title-case "In" place too)
    ("Requirements To Become A Midwife In Ruritania", "Midwife"),
])
def test_a_frame_title_names_the_worker(title: str, role: str) -> None:
    guide = _parse(f"{title}\nThey care for people and ships alike, on shifts of twelve hours.\n")
    assert guide.role.text == role



def test_a_ranked_list_a_number_a_line_is_no_slide_deck() -> None:
    guide = _parse("Complete Cable Splicer Career Guide\n\n"
                   "Cable splicers join and repair copper and fibre lines for network owners.\n\n"
                   "Key Facts\n\nMedian Salary\n\n$51,200 USD\n\nGrowth Outlook\n\n4%\n\n"
                   "Top Industries\n\n1\nFibre Network Builders\n2\nCable Television Operators\n"
                   "3\nRailway Signalling Firms\n\nTypical Education\n\n"
                   "A vocational certificate is usually enough.\n")
    assert guide.role.text == "Cable Splicer"


def test_work_at_heights_in_a_skills_sentence_names_no_employer() -> None:
    guide = _parse("Cable Splicer\n"
                   "Cable splicers join and repair copper and fibre lines.\n"
                   "Key skills include Ability to work at heights, Colour vision, Steady hands, "
                   "Patience, Fault finding skills.\n")
    assert not _employers(guide)
    assert "heights" not in {s.lower() for s in _sectors(guide)}


def test_a_fact_sheets_rows_under_its_header_rule_are_no_header() -> None:
    guide = _parse("Loan Processor\n"
                   "Loan processors check applications for credit before they are approved.\n"
                   "Quick Facts | Details |\n---|---|\n"
                   "Sector | Retail Lending |\n"
                   "Common Titles | Loan Processor, Credit Clerk |\n"
                   "Official Source | Banking council |\n")
    assert guide.role.text == "Loan Processor"
    assert {"Common Titles", "Official Source"}.isdisjoint(_sectors(guide))


def test_a_popular_roles_row_is_no_pages_role() -> None:
    with pytest.raises(GuideError):
        _parse("Careers in Lending\n"
               "Quick Facts | Details |\n---|---|\n"
               "Popular Roles | Loan Processor, Credit Clerk, Mortgage Broker, Risk Analyst |\n"
               "Pay Range | varies |\n")


def test_a_field_the_reader_avoids_is_no_sector() -> None:
    guide = _parse("Loss Assessor\n"
                   "Loss assessors value damage after fires and floods.\n"
                   "If you like detective work but would rather not work in retail, this job "
                   "may suit you.\n")
    assert "retail" not in _sectors(guide)


def test_a_degree_field_is_no_sector() -> None:
    guide = _parse("Loss Assessor\n"
                   "Loss assessors value damage after fires and floods.\n"
                   "Many employers prefer a bachelor's degree in business, finance, or law.\n"
                   "Some assessors come from an educational background in surveying, "
                   "construction or engineering.\n")
    assert {"finance", "construction", "engineering"}.isdisjoint(_sectors(guide))


def test_the_body_that_sets_an_exam_is_no_employer() -> None:
    guide = _parse("Lock Keeper\n"
                   "Lock keepers work the gates and sluices of a canal.\n"
                   "After a year-long training programme, prospective lock keepers sit an exam "
                   "at the Chamber of Crafts and Trades. The practical exam covers gates.\n")
    assert not _employers(guide)


def test_the_role_at_that_employer_is_no_move() -> None:
    guide = _parse("Herbarium Keeper\n"
                   "Herbarium keepers look after collections of pressed plants.\n"
                   "The larger the garden, the more study you will need in order to qualify as "
                   "that garden's keeper.\n")
    assert not guide.leads_to



def test_not_for_profit_organisations_are_no_negation() -> None:
    guide = _parse("Tenancy Officer\n"
                   "Tenancy officers manage the homes a landlord lets.\n"
                   "They work for councils, housing associations, not for profit businesses "
                   "and charities.\n")
    assert "charities" in _sectors(guide)
