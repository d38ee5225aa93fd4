"""Job-family rows, class series, kinds of employer, euro notation, FAQ titles and the
page's dollar, noticed last stop (fixes57).

- A reward statement's job-family row "Title   Band D   £A – £B" (a letter grade after its
  word, or a three-digit county grade "grade 122 ... $A - $B") is that title's band; the
  role's own row and its Senior row stay the role's.
- A class series printed in bare numerals, "X I → II → III → Senior X", is the role at its
  classes: one rung, then Senior X (its table rows "X I", "X II" too); a numeral after the
  title's head ("Operator II" on the Water Plant Operator's page) is the role too.  A ladder
  printing each class in full ("X I > X II > Crew Leader", a vacancy feed's) keeps them as
  rungs, as the fixtures of those pages do.
- "Who hires? A firms, State DOTs and B companies.": a capitalised modifier before an
  acronym in the plural is a kind of body, a sector, no employer.
- "EUR 2.450" is two thousand four hundred and fifty euros (a point before three digits
  groups thousands), "EUR 14,60" fourteen euros sixty (a decimal comma).
- A title "X: common questions" / "x — frequently asked questions" names the role X.
- "AUDIOVISUAL" or "AUDIO" in capitals names no Australian dollar.

Every page is invented here (roles, bodies, figures).
"""

from __future__ import annotations

from tests.guide_facts import moves, pay

from careergraph.guides import parse_text
from careergraph.guides.page_money import page_dollar

_FAMILY = ("CALDER WATER                                  YOUR TOTAL REWARD STATEMENT 2027\n"
           "Prepared for: Ines Hart      Employee no. 88120      Date: 2 May 2027\n"
           "Job title: Pumping Station Technician      Band: C      Base: Rowford\n\n"
           "YOUR PAY\n"
           "  Basic salary ...................... £34,400\n"
           "  Band C range for your role ........ £30,200 – £38,800\n\n"
           "YOUR CAREER WITH US – the job family\n"
           "  Station Attendant                      Band B   £25,100 – £29,300\n"
           "  Pumping Station Technician             Band C   (your role)\n"
           "  Senior Pumping Station Technician      Band D   £37,500 – £44,100\n"
           "  Network Control Supervisor             Band E   £42,600 – £50,900\n"
           "Path: Station Attendant > Pumping Station Technician > Senior Pumping Station "
           "Technician > Network Control Supervisor\n")


def test_job_family_rows_with_letter_bands_belong_to_their_titles() -> None:
    found = pay(parse_text(_FAMILY, "page.txt"))
    assert (25100, 29300, "GBP", "year", "Station Attendant") in found
    assert (42600, 50900, "GBP", "year", "Network Control Supervisor") in found
    assert (37500, 44100, "GBP", "year", None) in found  # the role with Senior: its own
    assert (34400, 34400, "GBP", "year", None) in found


_SERIES = ("MORVEN COUNTY · Human Resources\nTOTAL COMPENSATION STATEMENT\n"
           "Employee: R. Lindqvist     Job class: Zoning Inspector II     Department: "
           "Planning\n\n"
           "SECTION 1 – YOUR PAY\n Hourly rate ...................... $27.40/hr\n\n"
           "SECTION 3 – YOUR CLASS SERIES (grade ranges, hourly, FY2028)\n"
           " Zoning Inspector I        grade 131 ... $20.10 - $30.15\n"
           " Zoning Inspector II       grade 135 ... $22.60 - $33.90   <- you\n"
           " Senior Zoning Inspector   grade 139 ... $25.05 - $37.60\n"
           " Zoning Program Manager    grade 143 ... $28.40 - $42.60\n"
           " Promotion route: Zoning Inspector I → Zoning Inspector II → Senior Zoning "
           "Inspector → Zoning Program Manager\n")


def test_a_three_digit_grade_cell_leaves_the_row_to_its_title() -> None:
    guide = parse_text(_SERIES, "page.txt")
    assert guide.role.text == "Zoning Inspector"
    found = pay(guide)
    assert (28.40, 42.60, "USD", "hour", "Zoning Program Manager") in found
    assert (25.05, 37.60, "USD", "hour", None) in found


def test_the_roles_classes_are_one_rung() -> None:
    page = _SERIES.replace("Zoning Inspector I → Zoning Inspector II →",
                           "Zoning Inspector I → II →")
    assert moves(parse_text(page, "page.txt")) == [
        ("@self", "Senior Zoning Inspector"),
        ("Senior Zoning Inspector", "Zoning Program Manager")]


def test_classes_printed_in_full_stay_rungs() -> None:
    # (a vacancy feed's or a scheme of service's "X I > X II > …": the fixtures' rungs)
    assert ("Zoning Inspector I", "Zoning Inspector II") in moves(
        parse_text(_SERIES, "page.txt"))


def test_bare_numerals_continue_the_roles_title() -> None:
    page = ("Job Evaluation Summary: Tender Analyst\n\n"
            "Position: Tender Analyst II\n\n"
            "Purpose of the job\nThe Tender Analyst II reviews supplier bids and prepares "
            "tender documents.\n\n"
            "Grade series\nTender Analyst I → II → III → Senior Tender Analyst\n")
    assert moves(parse_text(page, "page.txt")) == [("@self", "Senior Tender Analyst")]


def test_a_numeral_after_the_titles_head_is_the_role() -> None:
    page = ("Reservoir Plant Operator\n\n"
            "A reservoir plant operator runs the intake, dosing and filter beds of a "
            "drinking-water works.\n\n"
            "Career path\nOperator I → II → III → Works Manager\n")
    assert moves(parse_text(page, "page.txt")) == [("@self", "Works Manager")]


def test_another_titles_numerals_stay_rungs() -> None:
    page = ("Reservoir Plant Operator\n\n"
            "A reservoir plant operator runs the intake and filter beds of a works.\n\n"
            "Career path\nLab Analyst I → Lab Analyst II → Lab Supervisor\n")
    found = moves(parse_text(page, "page.txt"))
    assert ("Lab Analyst I", "Lab Analyst II") in found


_HIRES = ("Claims Coder\n\n"
          "A claims coder turns treatment notes into billing codes and checks them.\n\n"
          "Who hires? {}\n\n"
          "Pathway: Records Clerk -> Claims Coder -> Coding Auditor\n")


def test_a_plural_acronym_is_a_kind_of_body() -> None:
    guide = parse_text(_HIRES.format("Survey practices, Regional NGOs and Housing trusts."),
                       "page.txt")
    assert [f.text for f in guide.employers] == []
    assert {f.text for f in guide.sectors} == {"Survey practices", "Regional NGOs",
                                               "Housing trusts"}


def test_kinds_in_lower_case_stay_sectors() -> None:
    guide = parse_text(_HIRES.format("Surgeries, dental practices, insurers."), "page.txt")
    assert [f.text for f in guide.employers] == []
    assert len(guide.sectors) == 3


_EURO = ("Stock Controller\n\n"
         "A stock controller counts, books and reorders the goods of a distribution centre.\n\n"
         "Pay\n{}\n")


def test_a_euro_code_before_a_thousands_point() -> None:
    found = pay(parse_text(_EURO.format("Base pay ........ EUR 2.730\nPaid monthly."),
                           "page.txt"))
    assert found == {(2730, 2730, "EUR", "month", None)}


def test_a_euro_code_before_a_decimal_comma() -> None:
    found = pay(parse_text(_EURO.format("Base pay per hour ........ EUR 15,85"), "page.txt"))
    assert found == {(15.85, 15.85, "EUR", "hour", None)}


def test_a_euro_code_before_an_english_thousands_comma() -> None:
    found = pay(parse_text(_EURO.format("Base pay ........ EUR 41,300 a year"), "page.txt"))
    assert found == {(41300, 41300, "EUR", "year", None)}


_FAQ = ("{}\n\nWhat does the job involve?\nYou prune, fell and brace trees in parks and "
        "gardens.\n\nWhat skills do I need?\nClimbing, chainsaw handling and rigging.\n")


def test_a_common_questions_title_names_the_role() -> None:
    assert parse_text(_FAQ.format("Grounds maintenance worker: common questions"),
                      "page.txt").role.text == "Grounds Maintenance Worker"
    assert parse_text(_FAQ.format("Grounds maintenance worker: frequently asked questions"),
                      "page.txt").role.text == "Grounds Maintenance Worker"


def test_a_dashed_faq_title_names_the_role() -> None:
    assert parse_text(_FAQ.format("Line cook — frequently asked questions"),
                      "page.txt").role.text == "Line Cook"
    assert parse_text(_FAQ.format("Line cook - your common questions answered"),
                      "page.txt").role.text == "Line Cook"


def test_capitals_holding_aud_name_no_dollar() -> None:
    assert page_dollar("AUDIOVISUAL SUPPORT OFFICER   $23.10 an hour") == "USD"
    assert page_dollar("Rates in AUD: $1,320 per week") == "AUD"
