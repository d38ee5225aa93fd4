"""Held-back set 27 (rules27a): organisation charts exported as text, annual performance
appraisals and employment-tribunal findings of fact.

Every page is invented here (councils, firms, people, grades, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.form_parties import form_employer
from careergraph.guides.next_job import next_job
from careergraph.guides.panels import spaced_panels
from careergraph.guides.roles import choose_role
from careergraph.guides.text import number_lines
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

ORG_CARD = (
    "ChartDesk  ▸ Kestrel Vale Borough Council ▸ Finance ▸ Payroll\n"
    "Export: outline    Generated 02/03/2027 by t.hale    Zoom 90% | Expand all | Print\n"
    "\n"
    "Head of Payroll & Pensions — Imogen Flett (H)  [2 / 18]\n"
    "├── Payroll Manager — Dev Okoro (G)  [6 / 14]\n"
    "│   ├── Senior Payroll Officer — Ruth Amis (F)\n"
    "│   ├── Payroll Officer ×4 — (E)   ⚑ 1 vacant\n"
    "│   └── Payroll Assistant — Tom Reyes (C)\n"
    "└── Pensions Manager — Alba Quint (G)\n"
    "\n"
    "▼ POSITION CARD   Payroll Officer                               [Edit] [Share]\n"
    "Position ID        FN-PY-011            Cost centre   2210 Payroll\n"
    "Reports to         Payroll Manager\n"
    "Grade              Scale E\n"
    "Pay range          £28,300 – £31,150 per annum\n"
    "Also known as      Payroll Administrator ; Wages Officer\n"
    "Key skills (JD)    Gross-to-net calculations · Statutory sick pay ·\n"
    "                   iTrent · Month-end reconciliation\n"
    "Entry              Payroll Assistant (Scale C) after the payroll certificate ;\n"
    "                   internal applicants from Cashier posts\n"
    "Succession         Senior Payroll Officer — ready 6-12 months: 1\n"
    "                   Payroll Systems Analyst — ready 1-2 years: 1\n"
    "Lateral            Pensions Officer · Accounts Payable Officer\n"
    "Notes              Chartered status needed to move up to Scale F.\n"
    "Page 1 of 1   ·   ChartDesk 3.1   ·   Internal use\n")

OUTLINE = (
    "Leisure structure v3 — Fenmoor Lido (a Brightwater Leisure site)\n"
    "Exported from DiagramHub as outline · last edited by Rosa P. yesterday\n"
    "Industry: Sport & leisure        Shape data shown: Title | Name | Grade | Pay\n"
    "\n"
    "1        Centre Manager | Lena Voss | L7 |  |\n"
    "1.1      Duty Manager | Owen Marsh | L5 |  |\n"
    "1.1.1    Head Lifeguard | Nadia Farr | L4 | £29,400 |\n"
    "1.1.1.1  Lifeguard | Kit Lowe | L3 | £23,900 |\n"
    "1.1.1.2  Pool Attendant ×4 | — | L1 | £11.95/hr |\n"
    "\n"
    'Comment thread on shape 1.1.1.1 "Lifeguard"  (resolved ✓)\n'
    "  Rosa P.: Role card for the new Lifeguard req, please check it.\n"
    "  Owen M.: Competencies: pool rescue, spinal management, first aid. Route in: most\n"
    "    started as pool attendants. Route on: Lifeguard > Senior Lifeguard > Head\n"
    "    Lifeguard. Good sideways moves are Swim Teacher or Gym Instructor.\n"
    "Legend: L1–L7 leisure grades\n")


def _vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def _chains(guide: object) -> list[list[str]]:
    return [[f.text for f in chain] for chain in guide.progressions]  # type: ignore[attr-defined]


def test_an_org_charts_position_card_names_the_role_and_its_fields_give_the_facts() -> None:
    guide = parse_text(ORG_CARD, "chart.txt")
    assert guide.role.text == "Payroll Officer" and guide.role_signal == "position_card"
    assert {a.text for a in guide.aliases} == {"Payroll Administrator", "Wages Officer"}
    skills = {s.text for s in guide.skills}
    assert {"Gross-to-net calculations", "Statutory sick pay", "iTrent",
            "Month-end reconciliation"} <= skills
    assert {m.text for m in guide.leads_to} == {"Senior Payroll Officer",
                                                "Payroll Systems Analyst"}
    assert {m.text for m in guide.transitions_to} == {"Pensions Officer",
                                                      "Accounts Payable Officer"}
    assert "Payroll Assistant" in {m.text for m in guide.moves_in}
    assert (28_300, 31_150) in {(s.min, s.max) for s in guide.salaries}


def test_an_org_charts_breadcrumb_organisation_employs_the_carded_role() -> None:
    assert {e.text for e in parse_text(ORG_CARD, "chart.txt").employers} == {
        "Kestrel Vale Borough Council"}
    crumbs = "Home ▸ Kestrel Vale Borough Council ▸ Jobs\nPayroll Officer\nWe pay well."
    assert not parse_text(crumbs, "payroll-officer.txt").employers  # no chart: no party


def test_the_tree_around_a_card_names_no_move() -> None:
    guide = parse_text(ORG_CARD, "chart.txt")
    moves = {m.text for m in (*guide.leads_to, *guide.transitions_to, *guide.moves_in)}
    assert not moves & {"Payroll Manager", "Head of Payroll & Pensions", "Pensions Manager"}


def test_card_fields_need_known_labels_and_one_value_column() -> None:
    table = number_lines("Entry level     £21,000\nMid level       £26,000\n"
                         "Top level       £31,000")
    assert spaced_panels(table, lambda label: None) == ({}, set())
    ragged = number_lines("Lateral   Pensions Officer\nKey skills        iTrent\n"
                          "Also known as  Wages Officer")
    kinds = {"Lateral": "lateral", "Key skills": "skills", "Also known as": "aliases"}.get
    assert spaced_panels(ragged, kinds)[0] == {}


def test_a_postings_spaced_fields_are_no_position_card() -> None:
    from careergraph.guides.longform_rows import card_lines

    posting = number_lines("Business name      Orrin Joinery Ltd.\n"
                           "Industry           Joinery\n"
                           "Location           Kendal, Cumbria\n"
                           "Lateral            none")
    assert card_lines(posting, _vocab()) == frozenset()  # no "Entry" or "Succession"
    assert card_lines(number_lines(ORG_CARD), _vocab()) >= {13, 17, 18, 21, 22}


def test_an_outline_charts_role_card_comment_names_the_role_not_its_first_row() -> None:
    guide = parse_text(OUTLINE, "outline.txt")
    assert guide.role.text == "Lifeguard" and guide.role_signal == "position_card"


def test_a_numbered_outline_row_is_never_the_page_title() -> None:
    page = "\n".join(OUTLINE.splitlines()[:9])  # the tree alone, no card and no comment
    guide = parse_text(page, "lifeguard.txt")
    assert guide.role.text != "1 Centre Manager"


def test_an_outline_rows_pay_belongs_to_its_title() -> None:
    guide = parse_text(OUTLINE, "outline.txt")
    pay = {(s.min, s.period, s.role) for s in guide.salaries}
    assert {(29_400, "year", "Head Lifeguard"), (23_900, "year", None),
            (11.95, "hour", "Pool Attendant")} <= pay


def test_a_role_cards_comment_is_read_as_its_labelled_fields() -> None:
    guide = parse_text(OUTLINE, "outline.txt")
    assert {"pool rescue", "spinal management", "first aid"} <= {s.text for s in guide.skills}
    assert ["Lifeguard", "Senior Lifeguard", "Head Lifeguard"] in _chains(guide)
    assert {m.text for m in guide.transitions_to} == {"Swim Teacher", "Gym Instructor"}
    assert "Pool Attendant" in {m.text for m in guide.moves_in}
    assert "Rosa P." not in {s.text for s in guide.skills}


INDIAN_APPRAISAL = (
    "Kaveri Mutual Insurance Ltd.                                 HRMS ▸ PMS ▸ Appraisal 2026-27\n"
    "ANNUAL PERFORMANCE APPRAISAL FORM (FY 2026-27)             Form PA-2   Page 1/2\n"
    "\n"
    "PART A : EMPLOYEE DETAILS\n"
    "Emp. Code: KM2231      Name: Arjun Pillai          Designation: Payroll Analyst\n"
    "Band/Grade: B1         Department: Finance     Location: Kochi\n"
    "Reviewer: Ms. L. Menon (Controller)      Previous experience: 3 yrs as Accounts Assistant\n"
    "\n"
    "PART C : COMPETENCIES (1 = Basic, 5 = Expert)\n"
    "Tally - 4 | Excel macros - 3 | Statutory compliance - 4 |\n"
    "\n"
    "PART G : REVIEWER / HR\n"
    "Current CTC: ₹7.2 L p.a.     Increment: 9%     Revised CTC: ₹7,84,800 p.a.\n"
    "Normalisation bucket: 3 of 5\n")

US_APPRAISAL = (
    "FENWICK & SLATE  |  People Hub  >  Reviews  >  FY2027 Review  >  Marr, Jo\n"
    "\n"
    "FY2027 ANNUAL PERFORMANCE REVIEW\n"
    "Employee: Jo Marr          Employee ID: 30511        Title: Graphic Designer II\n"
    "Department: Studio      Location: Leeds\n"
    "Company: Fenwick & Slate Creative, LLC          Industry: Design services\n"
    "\n"
    "SECTION 1 – SELF-ASSESSMENT\n"
    " I design packaging and point-of-sale pieces. I moved over from the Production Artist\n"
    " role in May 2025.\n"
    "\n"
    "SECTION 3 – COMPETENCY EVALUATION  (1 Needs work · 2 Developing · 3 Proficient · 4 Expert)\n"
    " Packaging layout ......................... self 4 / mgr 4\n"
    " Colour management ........................ self 3 / mgr 4\n"
    " Typography ............................... self 4 / mgr 3\n"
    "\n"
    "SECTION 6 – COMPENSATION (HR USE ONLY)\n"
    " Current base salary ........... $58,200\n"
    " Range, Senior Graphic Designer ...... $70,000 – $88,000\n")


def test_an_appraisals_designation_or_title_field_names_the_role() -> None:
    indian = parse_text(INDIAN_APPRAISAL, "form.txt")
    assert indian.role.text == "Payroll Analyst" and indian.role_signal == "statement"
    us = parse_text(US_APPRAISAL, "form.txt")
    assert us.role.text == "Graphic Designer" and us.role_signal == "statement"


def test_a_bare_title_field_at_a_lines_start_names_no_role() -> None:
    found = choose_role([(1, "Title: Notes from the studio")], _vocab())
    assert found is None or found.signal != "statement"


def test_an_appraisals_earlier_job_is_a_move_in() -> None:
    assert {m.text for m in parse_text(INDIAN_APPRAISAL, "form.txt").moves_in} == {
        "Accounts Assistant"}
    assert {m.text for m in parse_text(US_APPRAISAL, "form.txt").moves_in} == {
        "Production Artist"}


def test_rated_competencies_are_skills_without_their_ratings() -> None:
    skills = {s.text for s in parse_text(INDIAN_APPRAISAL, "form.txt").skills}
    assert {"Tally", "Excel macros", "Statutory compliance"} <= skills
    skills = {s.text for s in parse_text(US_APPRAISAL, "form.txt").skills}
    assert {"Packaging layout", "Colour management", "Typography"} <= skills
    assert not any("self" in s or "Needs work" in s for s in skills)


def test_an_hr_blocks_ctc_and_ranges_are_the_roles_pay() -> None:
    pay = {(s.min, s.max, s.currency, s.role) for s in parse_text(INDIAN_APPRAISAL,
                                                                   "form.txt").salaries}
    assert {(720_000, 720_000, "INR", None), (784_800, 784_800, "INR", None)} <= pay
    us = parse_text(US_APPRAISAL, "form.txt")
    assert {(s.min, s.max, s.level, s.role) for s in us.salaries} >= {
        (58_200, 58_200, None, None), (70_000, 88_000, "senior", None)}


def test_an_increment_is_still_no_pay() -> None:
    assert find_amounts("an annual increment of Rs. 1,250") == []


def test_an_hr_forms_company_field_or_letterhead_employs_the_role() -> None:
    assert {e.text for e in parse_text(US_APPRAISAL, "form.txt").employers} == {
        "Fenwick & Slate Creative, LLC"}
    assert {e.text for e in parse_text(INDIAN_APPRAISAL, "form.txt").employers} == {
        "Kaveri Mutual Insurance Ltd"}
    letter = "Kaveri Mutual Insurance Ltd.      Careers\nPayroll Analyst\nWe are hiring."
    assert not parse_text(letter, "payroll-analyst.txt").employers  # no review form


CLAIM = (
    "GOV.UK  Home > Employment > Employment tribunal decisions\n"
    "Mr D Hollis v Northfold Access Ltd: 2204511/2025\n"
    "\n"
    "EMPLOYMENT TRIBUNALS\n"
    "Claimant: Mr D Hollis                Respondent: Northfold Access Ltd\n"
    "Heard at: Hull     On: 3 and 4 June 2026\n"
    "\n"
    "REASONS\n"
    "Findings of fact\n"
    "11. The respondent erects scaffolding for house builders.\n"
    "12. The claimant began work for the respondent on 4 May 2015 as a labourer. He\n"
    "held a site card for that role and was paid £11.20 per hour.\n"
    "13. From 2017 he worked as a Scaffolder, and on 2 June 2020 was appointed Advanced\n"
    "Scaffolder, the post he held until dismissal.\n"
    "14. Scaffolders usually progress from Scaffolder to Advanced Scaffolder and from there to\n"
    "Scaffolding Supervisor, and that Scaffolding Supervisors may go on to become the Contracts\n"
    "Manager (Access).\n"
    "15. At dismissal the claimant's basic rate was £19.10 per hour. His average gross weekly\n"
    "pay over the 13 weeks before dismissal was £980.50.\n"
    "16. Mr Pike's salary as Scaffolding Supervisor was £47,000 a year.\n"
    "Remedy\n"
    "40. For the compensatory award the tribunal takes the claimant's net weekly pay of £760.\n"
    "41. The claimant obtained work with Ridge Rope Ltd as a Rope Access Technician from 1 March\n"
    "2026 at £21.00 per hour.\n")


def test_a_decisions_latest_appointment_names_the_claimants_post() -> None:
    guide = parse_text(CLAIM, "decision.txt")
    assert guide.role.text == "Advanced Scaffolder"


def test_an_appointment_names_no_role_on_a_page_with_no_claimant() -> None:
    lines = [(1, "In 2019 she was appointed Chief Librarian of the county.")]
    assert choose_role(lines, _vocab()) is None


def test_the_claimants_posts_in_order_and_the_usual_progression_are_ladders() -> None:
    chains = _chains(parse_text(CLAIM, "decision.txt"))
    assert ["Labourer", "Scaffolder", "Advanced Scaffolder"] in chains
    assert ["Scaffolder", "Advanced Scaffolder", "Scaffolding Supervisor",
            "Contracts Manager (Access)"] in chains


def test_the_job_taken_after_dismissal_is_a_lateral_move_owning_its_pay() -> None:
    guide = parse_text(CLAIM, "decision.txt")
    assert {m.text for m in guide.transitions_to} == {"Rope Access Technician"}
    pay = {(s.min, s.period, s.role) for s in guide.salaries}
    assert {(19.1, "hour", None), (980.5, "week", None), (11.2, "hour", "Labourer"),
            (47_000, "year", "Scaffolding Supervisor"),
            (21, "hour", "Rope Access Technician")} <= pay
    assert 760 not in {s.min for s in guide.salaries}  # the award's net pay


def test_a_decisions_respondent_business_is_a_sector() -> None:
    assert "Construction" not in {s.text for s in parse_text(CLAIM, "decision.txt").sectors}
    told = CLAIM.replace("11. The respondent erects scaffolding for house builders.",
                         "11. The respondent erects scaffolding on construction sites.")
    assert "Construction" in {s.text for s in parse_text(told, "decision.txt").sectors}


def test_a_decisions_respondent_employs_the_role() -> None:
    assert {e.text for e in parse_text(CLAIM, "decision.txt").employers} == {
        "Northfold Access Ltd"}
    assert form_employer([(1, "Respondent: Mr T Royle (solicitor)")]) is None


COMMISSION = (
    "Fair Work Commission | Decisions                Home › Decisions › [2026] FWC 5120\n"
    "\n"
    "DECISION\n"
    "Sam Okafor\n"
    "v\n"
    "Brindle Kitchens Pty Ltd\n"
    "(U2026/7710)\n"
    "\n"
    "[4] Ms Sam Okafor (the Applicant) has applied for a remedy.\n"
    "[6] The Applicant commenced employment with the Respondent in March 2018 as a Kitchen Hand\n"
    "at its Carlton site. After a cookery course she was appointed Cook in May 2020.\n"
    "[7] In July 2023 she became Senior Cook and ran the lunch service.\n"
    "[30] Since her dismissal she has worked casually as a Catering Assistant at $27.10 an\n"
    "hour.\n"
    "[33] I order the Respondent to pay the Applicant $7,200 less tax within 14 days.\n")


def test_a_career_told_over_numbered_paragraphs_is_one_ladder() -> None:
    guide = parse_text(COMMISSION, "commission.txt")
    assert guide.role.text == "Cook"
    assert ["Kitchen Hand", "Cook", "Senior Cook"] in _chains(guide)
    assert {e.text for e in guide.employers} == {"Brindle Kitchens Pty Ltd"}


def test_an_order_to_pay_is_no_pay_and_a_later_casual_job_owns_its_rate() -> None:
    guide = parse_text(COMMISSION, "commission.txt")
    assert 7_200 not in {s.min for s in guide.salaries}
    assert (27.1, "Catering Assistant") in {(s.min, s.role) for s in guide.salaries}


def test_next_job_needs_a_dismissal_or_an_obtained_post() -> None:
    assert next_job("The claimant obtained work with Arden Lifts Ltd as a Lift Engineer.") == (
        "Lift Engineer")
    assert next_job("He worked as a Lift Engineer at Arden Lifts Ltd.") is None


def test_a_weekly_figure_after_a_counted_span_stays_weekly() -> None:
    found = find_amounts("his average weekly pay over the 12 weeks before the hearing was £640")
    assert [(m.low, m.period) for m in found] == [(640, "week")]


def test_aspirations_rotations_and_usual_offers_are_moves() -> None:
    from careergraph.guides.moves import prose_moves

    vocab = _vocab()
    assert prose_moves("I am open to a rotation to the Audit team as Audit Associate or to "
                       "Tax as Tax Associate.", vocab, "Payroll Analyst")["lateral"] == [
        "Audit Associate", "Tax Associate"]
    assert prose_moves("I'd like a rotation with the web squad to try the UX Writer track "
                       "first.", vocab, "Copywriter")["lateral"] == ["UX Writer"]
    assert prose_moves("Cooks who do well are usually offered a Kitchen Manager role.", vocab,
                       "Cook")["up"] == ["Kitchen Manager"]
    assert prose_moves("You should try the sample papers first.", vocab,
                       "Copywriter")["lateral"] == []
