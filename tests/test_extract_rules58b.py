"""Structures of three page types (found by studying held-back set 58): resignation and
counter-offer exchanges (a mail's correspondents signing "Name | Title" or opening a subject
"Name, Title"; a pay raised "from your current X to Y"), sales compensation plans (a letter of
terms addressed "Mr Name, Title – Territory" under a letterhead's product lines; on-target
earnings, quota, gross margin and a rate's worked divisor, no pay; a sales segment, no sector)
and performance improvement plans e-mailed with the supervisor's signature and the class's
grade in the subject.  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.mail import correspondents, signed_line, unsigned_title
from careergraph.guides.sector_noise import clean_sector


def _ends(text: str) -> list[tuple[float | None, float | None]]:
    return [(amount.low, amount.high) for amount in find_amounts(text)]


# ---------------------------------------------------------------- a mail's correspondents

def test_a_mails_headers_name_its_correspondents_given_name_first() -> None:
    people = correspondents(["From: Okoro, Ada <aokoro@town.example>",
                             "Bea Lund <bea.lund@mail.example>\tMon, Nov 2, 2026"])
    assert people == frozenset({"ada okoro", "bea lund"})


def test_a_correspondents_name_then_a_bar_or_comma_is_a_signature() -> None:
    people = frozenset({"ada okoro"})
    assert signed_line("Ada Okoro | Licensing Supervisor | Planning Department", people)
    assert signed_line("Ada Okoro, RN | Ward Manager", people)
    assert not signed_line("Ada Okoro joined us in May.", people)
    assert unsigned_title("Ada Okoro, Dietitian", people) == "Dietitian"
    assert unsigned_title("Dietitian", people) == "Dietitian"


_PIP_MAIL = (
    "From: Okoro, Ada <aokoro@town.example>\n"
    "To: Lund, Bea <blund@town.example>\n"
    "Subject: Performance Improvement Plan - Licensing Officer II - B. Lund\n"
    "Bea,\n"
    "Please find your plan below, as discussed today with your steward.\n"
    "Ada Okoro | Licensing Supervisor | Planning Department\n"
    "Town of Elm Vale | 1 Mill Lane | (555) 010-2000\n"
    "Employee: Bea Lund    Classification: Licensing Officer II    Plan period: 60 days\n"
    "Required skills: licence processing; records management; customer service.\n")


def test_a_pip_mails_supervisor_signature_is_no_role_its_subjects_graded_title_is() -> None:
    guide = parse_text(_PIP_MAIL, "pip-mail.txt")
    assert guide.role.text == "Licensing Officer"


_THREAD = (
    "Mailbox\tBea Lund <bea.lund@mail.example>\n"
    "Re: Resignation - Bea Lund, Speech and Language Therapist\n"
    "3 messages\n"
    "Bea Lund <bea.lund@mail.example>\tMon, Nov 2, 2026 at 8:01 AM\n"
    "To: Ada Okoro <ada@clinic.example>\n"
    "Hi Ada,\n"
    "Please accept this as my notice; I have accepted an offer elsewhere.\n"
    "Bea\n")


def test_a_threads_subject_of_name_and_title_names_the_title_alone() -> None:
    guide = parse_text(_THREAD, "thread.txt")
    assert guide.role.text == "Speech and Language Therapist"


# ---------------------------------------------------------------- letters of sales terms

_TERMS = (
    "NORTHGATE PLUMBING & HEATING SUPPLIES LTD\n"
    "Boilers · Radiators · Bathrooms · Pipe and Fittings\n"
    "PRIVATE & CONFIDENTIAL\n"
    "Ms Erin Hale, Field Sales Executive – South Yorkshire\n"
    "Dear Erin,\n"
    "This letter confirms your terms for the year.\n"
    "1. Basic salary. Your basic salary will increase from £31,200 to £32,400 per annum.\n"
    "2. Commission. Your target gross margin for the year is £540,000, giving on-target "
    "earnings of about £44,000.\n")


def test_a_letter_addressed_to_name_and_post_names_the_post_over_its_product_lines() -> None:
    guide = parse_text(_TERMS, "terms.txt")
    assert guide.role.text == "Field Sales Executive"
    assert [(band.min, band.max) for band in guide.salaries] == [(31200, 31200),
                                                                 (32400, 32400)]


def test_a_pay_raised_from_one_figure_to_another_is_two_points_a_scale_one_band() -> None:
    assert _ends("Her salary was increased from $50,000 to $53,000 in May.") == [
        (50000, 50000), (53000, 53000)]
    assert _ends("Base salary from your current $71,000 to $76,500, effective June 1.") == [
        (71000, 71000), (76500, 76500)]
    assert _ends("Pay rises from £24,000 to £29,000 with experience.") == [(24000, 29000)]


def test_on_target_earnings_quota_and_a_worked_divisor_are_no_pay() -> None:
    assert _ends("Annual base salary: $61,000   Pay mix: 70/30   "
                 "On-target earnings (OTE): $87,000") == [(61000, 61000)]
    assert _ends("Annual quota: $720,000 new ARR") == []
    assert _ends("Base commission rate: 3.6% of ARR ($26,000 ÷ $720,000)") == []
    assert _ends("BDR $44,000 – $50,000 (OTE $60,000–$68,000) | Closer I $50,000 – $55,000") == [
        (44000, 50000), (50000, 55000)]
    assert _ends("giving on-target earnings of about £41,000.") == []


def test_a_sales_segment_is_no_sector() -> None:
    assert clean_sector("Mid-Market New Business") is None
    assert clean_sector("Enterprise Expansion") is None
    assert clean_sector("SMB") is None
    assert clean_sector("commercial") == "commercial"
    assert clean_sector("commercial kitchens") == "commercial kitchens"


def test_a_contracts_party_line_with_its_post_is_no_addressee() -> None:
    page = ("SECONDMENT AGREEMENT\n"
            "(1) Elm Vale Council (\"the Home Employer\"); and\n"
            "(2) Ms Bea Lund, Licensing Officer, Planning Team (\"the Secondee\").\n"
            "1.1 The Council agrees to second the Secondee to undertake the role of "
            "Emergency Planning Officer for one year.\n")
    assert parse_text(page, "secondment.txt").role.text == "Emergency Planning Officer"
