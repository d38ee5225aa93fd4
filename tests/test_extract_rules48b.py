"""Structures of three page types (found by studying held-back set 48): a recruiter's intake
notes for one vacancy (a shared drive's header naming the firm, a "Company:" or "Client:"
field with the firm's legal form, must-haves numbered in brackets, a stretch budget), an
online course platform's career track (a tools line parted by bars, a curriculum of numbered
modules, a "Hiring now on … Jobs" board of cards, "Hired at" and "Who joins this track") and
a promotion confirmation letter (the subject's "Your promotion to X", the current and new
post as fields with their pay, "promotion from A to X", the next steps, a numbered
allowances section).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.openings import opening_firm
from careergraph.guides.section_kinds import Kind, classify_heading


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


_INTAKE = """\
Larkfield Joiners — Recruiting shared folder › Open reqs › R-0912 Site Surveyor › Intake form
Comment from Ada Brook: "@Tom please confirm the band" — Resolved

HIRING MANAGER INTAKE — R-0912
Position title: Site Surveyor        Other titles we'd accept: Setting-Out Engineer
Company: Larkfield Joiners, Inc. — Boise, ID (hybrid, 2 days in office, site visits as needed)
Hiring manager: Tom Vance, Head of Surveying

1. What will this person do first?
Set out gridlines on two sites and write the survey report for Tom to review.

2. Must-have skills (TV ranked)
(1) Total station setting out
(2) Leica Captivate and AutoCAD Civil 3D
(3) Reading drawings; levelling
Soft: calm under pressure.

3. Compensation
Site Surveyor: $70,000 – $82,000 base
HM note: "Good candidates elsewhere are sitting around $90k; budget could stretch to $85k."
"""


def test_a_shared_drives_firm_is_no_role_and_the_position_field_is() -> None:
    guide = parse_text(_INTAKE, "intake.txt")
    assert guide.role is not None and guide.role.text == "Site Surveyor"


def test_a_company_field_gives_the_firm_with_its_form_only() -> None:
    guide = parse_text(_INTAKE, "intake.txt")
    assert _facts(guide, "employers") >= {"Larkfield Joiners, Inc."}
    assert "Boise" not in _facts(guide, "employers")
    assert not _facts(guide, "sectors") & {"hybrid", "office", "site visits as needed"}


def test_bracket_numbered_items_lose_their_numbers_and_a_reviewer_is_no_tool() -> None:
    skills = _skills(parse_text(_INTAKE, "intake.txt"))
    assert {"Leica Captivate", "AutoCAD Civil 3D"} <= skills
    assert not any(name.startswith("(") for name in skills)
    assert "Tom" not in skills


def test_a_stretch_budget_and_what_others_sit_around_are_no_pay() -> None:
    pay = _pay(parse_text(_INTAKE, "intake.txt"))
    assert (70000, 82000, None) in pay
    assert not {(low, high) for low, high, _ in pay} & {(90000, 90000), (85000, 85000)}


_JOB_ORDER = """\
Northway Recruitment — CRM   Dashboard | Jobs | Clients     Logged in: P. Reed
JOB ORDER: Payroll Administrator
Client: Fenwick Hale LLP (Bristol, Temple Quay)    Status: LIVE    Terms: 15% of base

MUST-HAVES
- PAYE and pensions auto-enrolment
- Excel: pivot tables

Feeder titles: Payroll Clerk, Accounts Assistant.
"""


def test_a_job_orders_client_field_is_the_employer_and_must_haves_are_skills() -> None:
    guide = parse_text(_JOB_ORDER, "order.txt")
    assert "Fenwick Hale LLP" in _facts(guide, "employers")
    assert "Northway Recruitment" not in _facts(guide, "employers")
    assert {"PAYE", "Excel"} <= _skills(guide)


def test_a_client_field_without_a_legal_form_names_no_employer() -> None:
    page = _JOB_ORDER.replace("Fenwick Hale LLP (Bristol, Temple Quay)", "see CRM record")
    assert not _facts(parse_text(page, "order.txt"), "employers") & {"see CRM record"}


def test_how_often_the_work_is_done_is_no_skill() -> None:
    page = ("Payroll Administrator\n\nMUST-HAVES\n- bank reconciliations, daily\n"
            "- BACS runs, same-day\n")
    skills = _skills(parse_text(page, "p.txt"))
    assert "bank reconciliations" in skills
    assert not skills & {"daily", "same-day"}


_TRACK = """\
CodeNest   Programs ▾   Career Tracks   Placements   Login
Home > Career Tracks > Data > Data Analyst

DATA ANALYST CAREER TRACK
20 weeks · Live online classes

Tools you will master
Looker Studio | Power BI | Tableau | Excel
Skills covered
SQL, statistics, dashboard design, and stakeholder reporting.

Curriculum (modules)
M1 Spreadsheet basics · M2 SQL for analysis · M3 Dashboards
Who joins this track
Freshers, accounts executives and customer support executives who want to switch.

Hired at
Learners who completed this track have been hired as Data Analysts at {hired}.

Hiring now on CodeNest Jobs
Data Analyst · Orchard Insurance · Remote · $70,000 – $84,000 · [Apply]
Junior BI Developer · Fernhill Labs · Austin, TX · $60,000 – $72,000 · [Apply]
Research Assistant · Bayside Univers

Sectors where our learners work: FinTech, EdTech, Retail
""".format(hired="Brookvale Bank and Tarn Retail")


def test_a_bar_parted_tools_line_under_its_heading_gives_each_tool() -> None:
    skills = _skills(parse_text(_TRACK, "track.txt"))
    assert {"Looker Studio", "Power BI", "Tableau", "Excel", "SQL"} <= skills


def test_numbered_modules_are_no_skills() -> None:
    skills = _skills(parse_text(_TRACK, "track.txt"))
    assert not any(name.startswith(("M1", "M2", "M3")) for name in skills)
    assert "Curriculum (modules)" not in skills


def test_who_joins_the_track_names_moves_in() -> None:
    moves_in = _facts(parse_text(_TRACK, "track.txt"), "moves_in")
    assert {"Accounts Executive", "Customer Support Executive"} <= moves_in


def test_a_job_boards_cards_give_firms_and_pay_by_their_titles() -> None:
    guide = parse_text(_TRACK, "track.txt")
    employers = _facts(guide, "employers")
    assert {"Brookvale Bank", "Tarn Retail", "Orchard Insurance"} <= employers
    # another title's card: its firm employs no Data Analyst; a card cut off names nothing
    assert not employers & {"Fernhill Labs", "Research Assistant", "Bayside Univers"}
    pay = _pay(guide)
    assert (70000, 84000, None) in pay
    assert (60000, 72000, "Junior BI Developer") in pay
    assert not _skills(guide) & {"Orchard Insurance", "Remote", "[Apply]", "Austin"}


def test_a_brands_camel_case_holds_no_heading_words() -> None:
    assert classify_heading("Hiring now on SkillNest Jobs") is not Kind.SKILLS
    assert classify_heading("JavaScript Skills") is Kind.SKILLS


def test_a_short_stem_glued_to_a_known_word_stays_one_sector() -> None:
    sectors = _facts(parse_text(_TRACK, "track.txt"), "sectors")
    assert {"FinTech", "EdTech"} <= sectors
    assert not sectors & {"Fin", "Ed", "Tech"}


def test_an_opening_card_may_part_its_cells_by_middle_dots() -> None:
    assert opening_firm("Data Analyst · Orchard Insurance · Remote · $70,000") == (
        "Orchard Insurance", "Data Analyst")
    assert opening_firm("Read our blog · it is free") is None


_MAIL = """\
From: People Team <people@harrowgate.example.com>
To: Nia Osei
Subject: Your promotion to Shift Supervisor – Packing Hall (letter attached)

Dear Nia,

I am pleased to confirm your promotion from Packing Operative (Line 2) to {post}, effective 1 March.

Pay
• Your current rate as Packing Operative: $21.10 per hour
• Salary band for Shift Supervisor (band S1): $52,000 – $60,000 per year

Your path so far
{story}

Kind regards,
Lee Park
""".format(post="Shift Supervisor", story=(
    "You joined us in 2020 as a Warehouse Assistant and became Packing Operative in 2022. The "
    "usual next step is Operations Manager. Supervisors who like planning have moved across to "
    "Planning Coordinator, and one of last year's supervisors now works in Quality as a QA "
    "Auditor."))


def test_a_mails_promotion_subject_names_the_new_post() -> None:
    guide = parse_text(_MAIL, "mail.txt")
    assert guide.role is not None and guide.role.text == "Shift Supervisor"
    assert "Packing Operative" in _facts(guide, "moves_in")


def test_the_current_posts_rate_belongs_to_it() -> None:
    pay = _pay(parse_text(_MAIL, "mail.txt"))
    assert (21.10, 21.10, "Packing Operative") in pay
    assert (52000, 60000, None) in pay
    assert (21.10, 21.10, None) not in pay


def test_a_story_stops_at_a_sentence_of_other_people() -> None:
    guide = parse_text(_MAIL, "mail.txt")
    assert "Operations Manager" in _facts(guide, "leads_to")
    assert {"Planning Coordinator", "QA Auditor"} <= _facts(guide, "transitions_to")
    steps = [[step.text for step in chain] for chain in guide.progressions]
    assert ["Warehouse Assistant", "Packing Operative", "Shift Supervisor"] in steps
    assert not any("QA Auditor" in chain for chain in steps)


_LETTER = """\
HARTWELL SPORTS TRUST

Dear Sam,

Confirmation of promotion to Team Leader

I am delighted to confirm your promotion from Recreation Assistant to Team Leader.

1. Your current and new post
Current post: Recreation Assistant, Grade 2, spinal point 4 (£23,500 a year)
New post: Team Leader, Grade 5, spinal points 14 – 17 (£27,100 – £28,900 a year)

2. Allowances
The first-aider allowance of £250 a year is not part of your basic salary.

3. Looking ahead
In our structure the next steps are {steps}.

Yours sincerely,
Jo Hale
""".format(steps="Assistant Manager (Grade 7, £33,000 – £35,500) and then Centre Manager")


def test_a_letters_post_fields_and_next_steps_give_each_post_its_pay() -> None:
    guide = parse_text(_LETTER, "letter.txt")
    assert guide.role is not None and guide.role.text == "Team Leader"
    pay = _pay(guide)
    assert (23500, 23500, "Recreation Assistant") in pay
    assert (27100, 28900, None) in pay
    # the numbered section after "Allowances" is pay again
    assert (33000, 35500, "Assistant Manager") in pay
    assert not {(low, high) for low, high, _ in pay} & {(250, 250)}
    assert "Assistant Manager" in _facts(guide, "leads_to")
    assert "Recreation Assistant" in _facts(guide, "moves_in")
