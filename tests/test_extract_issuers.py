"""The organisation whose own document a page is employs the role; a union, a job board, a
library or a careers service that issues a page about other employers' posts does not
(helper orgs10).  Invented organisations, roles and wording."""

from __future__ import annotations

from careergraph.guides.letterheads import (
    formed_company,
    letterhead_employer,
    staff_employer,
    union_counterpart,
)
from careergraph.guides.read import parse_text


def _employers(page: str) -> set[str]:
    guide = parse_text(page, "page.txt")
    return {fact.text for fact in guide.employers}


def test_an_induction_checklist_under_a_trusts_letterhead() -> None:
    page = ("Fernley Vale NHS Foundation Trust                Estates Directorate\n"
            "LOCAL INDUCTION CHECKLIST – CATERING ASSISTANT                 Form EST-04\n\n"
            "New starter: Priya Nandi        Start date: 03/03/2027\n"
            "Job title: Catering Assistant\n\n"
            "Skills covered\n- Food hygiene\n- Allergen labelling\n")
    assert "Fernley Vale NHS Foundation Trust" in _employers(page)


def test_an_onboarding_portal_names_its_company_in_the_header() -> None:
    page = ("Tarnwick Freight Services · People Portal           Help   Alex R.\n"
            "Onboarding  >  My Onboarding  >  Forklift Driver – Leeds Hub\n\n"
            "Position: Forklift Driver        Site: Leeds Hub\n"
            "Pay: £13.10/hour\n\n"
            "Training\n- Counterbalance forklift\n- Reach truck\n")
    assert "Tarnwick Freight Services" in _employers(page)


def test_a_hospital_residency_page_with_a_capitals_header() -> None:
    found = letterhead_employer([(1, "Find a Doctor   Locations   Careers"),
                                 (2, "ST. OSWIN'S REGIONAL MEDICAL CENTER"),
                                 (3, "Home / Education / Pharmacy Residency"),
                                 (5, "PGY1 Pharmacy Residency Program")])
    assert found == [("St. Oswin's Regional Medical Center", 2)]


def test_an_internal_notice_open_to_one_councils_employees() -> None:
    found = staff_employer([(3, "ACTING UP – PARKS OFFICER"),
                            (6, "Internal only: open to all current Brackmoor City Council "
                                "staff on Grade 5 or above")])
    assert found == [("Brackmoor City Council", 6)]


def test_a_posting_company_with_its_legal_form_under_the_title() -> None:
    found = formed_company([(4, "Dye house supervisor – day shift"),
                            (5, "Chonburi Textile Finishing Co., Ltd.   ✔ Verified company"),
                            (6, "Chonburi | Full time | Updated today")])
    assert found == [("Chonburi Textile Finishing Co., Ltd.", 5)]


def test_a_unions_circular_names_no_employer_by_its_letterhead() -> None:
    lines = [(1, "AMALGAMATED FERRY WORKERS UNION"),
             (2, "Branch circular 4/2027 – induction of new deckhands")]
    assert letterhead_employer(lines) == []


def test_a_job_boards_header_is_no_employer_but_the_posting_company_is() -> None:
    lines = [(1, "Kelpie Jobs Board · Find work fast"),
             (2, "Onboarding tips for new starters"),
             (4, "Warehouse Picker"),
             (5, "Ostler & Greave Ltd"),
             (6, "Hull | Part-time | Posted 3 days ago")]
    assert letterhead_employer(lines) == []
    assert formed_company(lines) == [("Ostler & Greave Ltd", 5)]


def test_a_government_careers_site_is_no_employer() -> None:
    lines = [(1, "Westmark Careers Service"), (2, "Explore careers: Graduate programmes"),
             (3, "Paramedic – what the job is like")]
    assert letterhead_employer(lines) == []


def test_a_letterhead_without_an_employers_document_names_no_employer() -> None:
    lines = [(1, "Harrowgate District Council"), (2, "Careers guide: becoming an electrician"),
             (3, "Electricians wire buildings.")]
    assert letterhead_employer(lines) == []


def test_a_company_line_without_posting_facts_names_no_employer() -> None:
    lines = [(1, "Salary guide: welders"), (2, "Brassmoor Fabrication Ltd"),
             (3, "Welders earn well in the north.")]
    assert formed_company(lines) == []


def test_a_citys_administrative_regulation_in_capitals() -> None:
    lines = [(1, "CITY OF ASHMOOR"), (2, "HIGHWAYS DEPARTMENT - STREET LIGHTING"),
             (4, "ADMINISTRATIVE REGULATION AR-7.3"),
             (5, "SUBJECT: Street Lighting Technician Progression")]
    assert letterhead_employer(lines) == [("City of Ashmoor", 1)]


def test_a_companys_appraisal_form_under_its_letterhead() -> None:
    lines = [(1, "Tamarind Leasing Pvt. Ltd.          HRMS > Performance > Appraisal 2026-27"),
             (2, "Employee: R. Iyer     Designation: Credit Officer")]
    assert letterhead_employer(lines) == [("Tamarind Leasing Pvt. Ltd.", 1)]


def test_a_notice_open_to_holders_of_a_grade_names_no_employer() -> None:
    assert staff_employer([(9, "Open to Parks Ranger II employees with a year in grade.")]) == []


def test_a_union_circular_names_the_employer_it_agreed_with_not_itself() -> None:
    lines = [(1, "FERRY AND DOCK WORKERS UNION  ·  Northgate Branch"),
             (2, "BRANCH CIRCULAR No. 3/2027"), (4, "PROMOTION TO DECK OFFICER"),
             (6, "The Branch has reached agreement with Northgate Ferries on promotion to "
                 "Deck Officer.")]
    assert letterhead_employer(lines) == []
    assert union_counterpart(lines) == [("Northgate Ferries", 6)]
