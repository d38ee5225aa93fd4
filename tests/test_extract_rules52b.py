"""Structures of three page types (found by studying held-back set 52): a recruitment
agency's candidate spotlight newsletter and "most placeable candidate" e-mail (a headline
label before the featured title, the candidate's expected rate, the other candidates of the
week, a "Systems:" label), an application receipt (a job board's "application sent" e-mail,
an applicant tracking system's candidate home) and an off-payroll status determination
statement (an "Assignment:" label with the engagement's "Interim", a client field naming a
building society, a trust's letterhead under a portal's bar, a requisition's run-in skills
label, where the role's holders come from).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.company_fields import assignment_parties
from careergraph.guides.issuers import applied_employer, equal_opportunity_employer
from careergraph.guides.mail import mail_page
from careergraph.guides.title_frames import unlabelled


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.period)  # type: ignore[attr-defined]
            for b in guide.salaries}  # type: ignore[attr-defined]


# ---------------------------------------------------------------- candidate newsletters

_SPOTLIGHT = """\
View this email in your browser
HOLLYBANK CARE STAFFING — Candidate Spotlight for dental practices · Kent · Week 12
Home | Candidates | Contact us
------------------------------------------------------------
★ FEATURED CANDIDATE — Dental Nurse (RDN) — Maidstone — available now
------------------------------------------------------------
Current rate: £14.60 per hour (Dental Nurse, four-surgery practice, Maidstone)
Expected rate: £15.50 - £16.50 per hour
About her
Qualified in 2019 and spent three years as a Trainee Dental Nurse before her registration.
Clinical skills
Chairside assistance · Decontamination · Radiography · Impression taking
Systems: Dentally · SOE Exact · iSmile
Where she's heading
She is keen to step up to Senior Dental Nurse and would also consider a Treatment Coordinator role.
------------------------------------------------------------
ALSO THIS WEEK
Dental Receptionist · Ashford · £12.80/hr · available now
Orthodontic Therapist · Dover · £38k - £42k · 4 weeks' notice
------------------------------------------------------------
Hollybank Care Staffing Ltd · Unsubscribe · Privacy notice
"""


def test_newsletter_headline_label_names_the_featured_title() -> None:
    # (the pitch's "a Treatment Coordinator role" further down is her wish, no job of the mail)
    page = mail_page(list(enumerate(_SPOTLIGHT.splitlines(), start=1)),
                     lambda title: title.endswith(("Nurse", "Coordinator")))
    assert page is not None and page.role == ("Dental Nurse", 5)
    guide = parse_text(_SPOTLIGHT, "spotlight.txt")
    assert guide.role.text == "Dental Nurse"


def test_expected_rate_and_other_candidates_are_no_pay() -> None:
    guide = parse_text(_SPOTLIGHT, "spotlight.txt")
    pay = _pay(guide)
    assert (14.6, 14.6, "hour") in pay  # her current rate stays pay
    assert (15.5, 16.5, "hour") not in pay  # what she asks for next
    assert (12.8, 12.8, "hour") not in pay and (38000, 42000, "year") not in pay


def test_systems_label_lists_tools() -> None:
    guide = parse_text(_SPOTLIGHT, "spotlight.txt")
    assert {"Dentally", "SOE Exact", "iSmile"} <= _facts(guide, "skills")


# ---------------------------------------------------------------- application receipts

_RECEIPT = """\
From: JobHarbour <no-reply@mail.jobharbour.example>
Subject: Application sent: Bakery Supervisor at Holm & Birch Bakery
Hi Sam,
Your application has been sent to Holm & Birch Bakery. Good luck!
Holm & Birch Bakery · Whitby · £27,000 - £29,500 a year
Progression: there's a clear path to Bakery Manager as the shops grow.
Great move for a Bakery Assistant or Cafe Supervisor who wants to lead a team.
You're receiving this because you applied on JobHarbour. Unsubscribe
"""


def test_receipt_names_the_company_applied_to() -> None:
    assert applied_employer([(7, "Your application has been sent to Holm & Birch Bakery. "
                                 "Good luck!")]) == [("Holm & Birch Bakery", 7)]
    assert applied_employer([(4, "Your application to Wren Rail was received.")]) == [
        ("Wren Rail", 4)]
    assert applied_employer([(4, "Your application has been sent to the employer.")]) == []
    guide = parse_text(_RECEIPT, "receipt.txt")
    assert "Holm & Birch Bakery" in _facts(guide, "employers")


def test_receipt_pitch_names_moves_up_and_in() -> None:
    guide = parse_text(_RECEIPT, "receipt.txt")
    assert "Bakery Manager" in _facts(guide, "leads_to")
    assert {"Bakery Assistant", "Cafe Supervisor"} <= _facts(guide, "moves_in")


def test_candidate_home_offers_the_job_for_its_equal_opportunity_line() -> None:
    lines = [(1, "Wren Rail Careers — Candidate Home"), (3, "Thank you for applying!"),
             (30, "Wren Rail Ltd is an Equal Opportunity Employer / Veterans / Disabled.")]
    assert equal_opportunity_employer(lines) == [("Wren Rail Ltd", 30)]
    assert equal_opportunity_employer(lines[2:]) == []  # no job offered on the page


# ---------------------------------------------------------------- status determinations

_SDS = """\
Contractor Portal | Fenlow Interim Finance   Dashboard  Timesheets  Documents
Documents › Assignment A-101 › Status Determination Statement
---------------------------------------------------------------------------------
Ashby Vale Hospitals NHS Foundation Trust
Status Determination Statement — Chapter 10 ITEPA 2003
Assignment: Interim Payroll Manager — Corporate Services Division
Determination:  INSIDE IR35
Pay rate: £41.00 per hour (PAYE via umbrella)
Skills and experience stated in the requisition: payroll law; ESR; auto-enrolment; BACS.
Our Payroll Managers usually come up from Payroll Officer posts and go on to Head of Payroll.
"""


def test_assignment_label_and_engagement_word_are_no_part_of_the_post() -> None:
    assert unlabelled("Assignment: Interim Payroll Manager — Corporate Services") == (
        "Payroll Manager — Corporate Services")
    assert unlabelled("Engagement: Locum Pharmacist") == "Pharmacist"
    guide = parse_text(_SDS, "sds.txt")
    assert guide.role.text == "Payroll Manager"


def test_determination_letterhead_under_a_portal_bar_employs() -> None:
    guide = parse_text(_SDS, "sds.txt")
    assert "Ashby Vale Hospitals NHS Foundation Trust" in _facts(guide, "employers")


def test_requisition_skills_label_and_come_up_from() -> None:
    guide = parse_text(_SDS, "sds.txt")
    assert {"payroll law", "ESR", "auto-enrolment", "BACS"} <= _facts(guide, "skills")
    assert "Payroll Officer" in _facts(guide, "moves_in")


def test_client_field_names_a_body_by_its_kind() -> None:
    assert assignment_parties("Client: Eastholme Building Society (High St, Dunmere)",
                              agency_named=True) == ["Eastholme Building Society"]
    assert assignment_parties("Agency (fee-payer): Tarn Talent Ltd", agency_named=True) == [
        "Tarn Talent Ltd"]
    assert assignment_parties("Client: the building society", agency_named=True) == []


def test_current_package_label_gives_the_basic_only() -> None:
    page = ("BIM Coordinator\n"
            "Current package: £41,000 basic + £4,000 car allowance + 6% pension match\n")
    pay = _pay(parse_text(page, "mpc.txt"))
    assert (41000, 41000, "year") in pay
    assert not any(low == 4000 for low, _, _ in pay)  # the allowance is no pay
