"""Structures added for issue 10's second pass: title grammar, FAQ questions, markdown
headings, moves in prose under move headings, numbered rungs and '>' ladders."""

from __future__ import annotations

import itertools

from careergraph.guides import parse_text
from careergraph.model import Guide


def texts(facts: list) -> list[str]:  # type: ignore[type-arg]
    return [f.text for f in facts]


def edges(guide: Guide) -> set[tuple[str, str]]:
    return {(a.text, b.text) for chain in guide.progressions for a, b in itertools.pairwise(chain)}


def test_title_suffixes_and_discipline_name_the_practitioner() -> None:
    guide = parse_text("Wind Engineering Career Path & Pay: Junior to Director\n"
                       "Wind Engineer\n0-2 years\n", "w.txt")
    assert (guide.role.text, guide.role_signal) == ("Wind Engineer", "page_title")
    guide = parse_text("Tax Controller Career Roadmap (2027)\nSome text.\n", "t.txt")
    assert guide.role.text == "Tax Controller"


def test_slug_line_and_file_name_tail() -> None:
    guide = parse_text("# quality-inspector.md\n\nNotes on the job.\n", "notes.md")
    assert (guide.role.text, guide.role_signal) == ("Quality Inspector", "slug")
    guide = parse_text("Pay runs weekly.\nA payroll clerk checks hours.\n",
                       "wiki-payroll-clerk.txt")
    assert (guide.role.text, guide.role_signal) == ("Payroll Clerk", "file_name")


def test_faq_questions_head_prose_moves() -> None:
    guide = parse_text(
        "Buyer — FAQ\n"
        "How do people get into the role?▼\n"
        "Most join as a Purchasing Assistant or Stock Controller.\n"
        "What comes after Senior Buyer?▼\n"
        "The usual steps are Category Manager, then Head of Procurement. "
        "Some move into Supplier Quality Lead roles instead.\n",
        "b.txt")
    assert texts(guide.moves_in) == ["Purchasing Assistant", "Stock Controller"]
    assert texts(guide.transitions_to) == ["Supplier Quality Lead"]  # "move into … instead"
    assert edges(guide) == {("Buyer", "Senior Buyer"), ("Senior Buyer", "Category Manager"),
                            ("Category Manager", "Head of Procurement")}


def test_then_or_forks_and_sentence_labels() -> None:
    guide = parse_text(
        "Geologist\n"
        "Career Path\n"
        "- Entry-level Jobs: many start as a Field Technician or a Lab Assistant.\n"
        "- Later Jobs: with experience they move on to Senior Geologist or Mine Planner roles.\n"
        "What are the next steps?\n"
        "Senior Geologist, then Chief Geologist or Exploration Manager.\n",
        "g.txt")
    assert texts(guide.moves_in) == ["Field Technician", "Lab Assistant"]
    assert {"Senior Geologist", "Mine Planner"} <= set(texts(guide.leads_to))
    assert {("Geologist", "Senior Geologist"), ("Senior Geologist", "Chief Geologist"),
            ("Senior Geologist", "Exploration Manager")} <= edges(guide)


def test_markdown_and_setext_headings_and_numbered_rungs() -> None:
    guide = parse_text(
        "Welder — career notes\n====================\n"
        "Ladder\n------\n"
        "1. Junior Welder\n2. Welder\n3. Senior Welder\n4. Welding Inspector *or* Weld Supervisor\n"
        "## Salary by level and region\n"
        "- Skills Gained: not read here\n",
        "w.md")
    assert guide.role.text == "Welder"
    assert edges(guide) == {("Junior Welder", "Welder"), ("Welder", "Senior Welder"),
                            ("Senior Welder", "Welding Inspector"),
                            ("Senior Welder", "Weld Supervisor")}


def test_roadmap_rungs_give_skills_and_rung_pay() -> None:
    guide = parse_text(
        "Audit Manager Career Roadmap\n"
        "The Roadmap: Key Stages\n"
        "1. Staff Auditor\n"
        "- Skills Gained: sampling, walkthroughs, workpaper review\n"
        "- Typical Pay: $58,000-$70,000\n"
        "2. Audit Manager\n"
        "- Typical Pay: $110,000-$140,000\n",
        "a.txt")
    assert {"sampling", "walkthroughs", "workpaper review"} <= set(texts(guide.skills))
    assert edges(guide) == {("Staff Auditor", "Audit Manager")}
    owners = {(s.min, s.role) for s in guide.salaries}
    assert owners == {(58000, "Staff Auditor"), (110000, None)}


def test_greater_than_ladder_in_prose() -> None:
    guide = parse_text("Surveyor\nMost surveyors follow Survey Technician > Surveyor > "
                       "Senior Surveyor > Survey Manager.\n", "s.txt")
    assert edges(guide) == {("Survey Technician", "Surveyor"), ("Surveyor", "Senior Surveyor"),
                            ("Senior Surveyor", "Survey Manager")}


def test_rung_blocks_branch_by_years_and_own_their_pay() -> None:
    guide = parse_text(
        "Pipeline Engineer Career Path & Pay\n"
        "Junior Pipeline Engineer\n0-2 years\nBASE\n$70K-$90K\n"
        "Key Skills\nSQL, Python\n"
        "Pipeline Engineer\n2-5 years\nBASE\n$95K-$120K\n"
        "Senior Pipeline Engineer\n5-8 years\nBASE\n$125K-$150K\n"
        "Staff Pipeline Engineer\n8+ years\nBASE\n$155K-$190K\n"
        "Pipeline Engineering Manager\n6+ years\nBASE\n$150K-$185K\n",
        "p.txt")
    assert edges(guide) == {
        ("Junior Pipeline Engineer", "Pipeline Engineer"),
        ("Pipeline Engineer", "Senior Pipeline Engineer"),
        ("Senior Pipeline Engineer", "Staff Pipeline Engineer"),
        ("Senior Pipeline Engineer", "Pipeline Engineering Manager")}
    assert set(texts(guide.skills)) == {"SQL", "Python"}  # rung titles are not skills
    owners = {(s.min, s.role) for s in guide.salaries}
    assert (150000, "Pipeline Engineering Manager") in owners
    assert (125000, None) in owners


def test_fork_line_resolves_bare_steps_to_rung_titles() -> None:
    guide = parse_text(
        "Fraud Analyst Career Path\n"
        "Associate → Fraud Analyst → Senior [fork] Staff | Manager → CFRO\n"
        "Associate Fraud Analyst\n0-2 years\n"
        "Fraud Analyst\n2-5 years\n"
        "Senior Fraud Analyst\n5-8 years\n"
        "Staff Fraud Analyst\n8+ years\n"
        "Fraud Operations Manager\nBASE\n$150K-$180K\n"
        "Chief Fraud Risk Officer\nBASE\n$250K-$320K\n",
        "f.txt")
    assert edges(guide) == {
        ("Associate Fraud Analyst", "Fraud Analyst"), ("Fraud Analyst", "Senior Fraud Analyst"),
        ("Senior Fraud Analyst", "Staff Fraud Analyst"),
        ("Senior Fraud Analyst", "Fraud Operations Manager"),
        ("Fraud Operations Manager", "Chief Fraud Risk Officer")}


def test_employers_and_sectors_in_sentences_under_their_heading() -> None:
    guide = parse_text(
        "Claims Adjuster\n"
        "Who hires\n"
        "Mutual insurers, loss-adjusting firms and government agencies all hire adjusters; "
        "names that come up often are Aviva, Crawford and Sedgwick.\n",
        "c.txt")
    assert texts(guide.employers) == ["Aviva", "Crawford", "Sedgwick"]
    assert {"Mutual insurers", "loss-adjusting", "government"} <= {
        t.removesuffix(" firms").removesuffix(" agencies") for t in texts(guide.sectors)}


def test_glued_skill_list_with_capital_runs_and_bracketed_tools() -> None:
    guide = parse_text(
        "Tax Accountant\nRequired Skills\n"
        "Corporate TaxIFRSLease AccountingExcelERP Platforms (SAP, Oracle NetSuite)Audit\n",
        "t.txt")
    assert {"Corporate Tax", "IFRS", "Lease Accounting", "Excel", "ERP Platforms", "SAP",
            "Oracle NetSuite", "Audit"} <= set(texts(guide.skills))


def test_sentence_style_skills_under_skills_headings_and_rungs() -> None:
    guide = parse_text(
        "Optics Engineer\n"
        "Which tools should I learn?\n"
        "Zemax or CODE V for design, LightTools for stray light, and MATLAB for analysis.\n"
        "Career ladder\n"
        "Step 1 — Junior Optics Engineer (0–2 years)\n"
        "Focus on one discipline (lens design or metrology), tolerancing and test benches.\n"
        "You align benches, write test reports and learn interferometry, MTF testing and "
        "alignment.\n"
        "Set test plans for a product line and mentor others.\n",
        "o.txt")
    skills = set(texts(guide.skills))
    assert {"Zemax", "CODE V", "LightTools", "MATLAB", "lens design", "metrology",
            "tolerancing", "test benches", "interferometry", "MTF testing",
            "alignment"} <= skills
    assert not skills & {"Set test plans", "mentor others", "align benches"}


def test_pay_line_labelled_with_another_role_belongs_to_it() -> None:
    guide = parse_text(
        "Glass Technologist\nPay by level\nSenior: $90K-$110K\n"
        "Glass Technology Manager: $120K-$140K\n", "g.txt")
    assert {(s.min, s.role) for s in guide.salaries} == {
        (90000, None), (120000, "Glass Technology Manager")}


def test_head_of_discipline_title_keeps_its_discipline() -> None:
    guide = parse_text("Director of Cloud Architecture\nA Director of Cloud Architecture leads "
                       "the cloud architects.\n", "d.txt")
    assert guide.role.text == "Director of Cloud Architecture"


def test_next_steps_from_a_named_title() -> None:
    # "After X the usual steps are A and then B": the steps start at X, not at the role.
    guide = parse_text(
        "Payroll Officer\n"
        "Career progression\n"
        "Many begin as a Payroll Clerk. After Senior Payroll Officer the usual steps are "
        "Payroll Manager and then Head of Payroll or Finance Director.\n",
        "p.txt")
    assert {("Senior Payroll Officer", "Payroll Manager"), ("Payroll Manager", "Head of Payroll"),
            ("Payroll Manager", "Finance Director")} <= edges(guide)
    assert "Payroll Manager" not in texts(guide.leads_to)
    # a bare grade word is the title with that grade named before it on the line
    guide = parse_text(
        "Pharmacy Technician\n"
        "Progression\n"
        "In time, technicians can step up to Lead Technician. From lead, the next rungs are "
        "Pharmacy Operations Supervisor and then Pharmacy Services Manager.\n",
        "t.txt")
    assert {("Lead Technician", "Pharmacy Operations Supervisor"),
            ("Pharmacy Operations Supervisor", "Pharmacy Services Manager")} <= edges(guide)
    assert "Pharmacy Operations Supervisor" not in texts(guide.leads_to)
    # the role's own title, named by its last words, leads to the steps
    guide = parse_text(
        "Restaurant General Manager\n"
        "Where next?\n"
        "From general manager, the next moves are district manager over several sites, "
        "or director of franchise operations.\n",
        "r.txt")
    assert edges(guide) == {("Restaurant General Manager", "District Manager"),
                            ("Restaurant General Manager", "Director of Franchise Operations")}


def test_a_later_step_set_off_by_commas() -> None:
    # "A and, later, B" / "A and, after a course, B": B comes after A, not after the role
    guide = parse_text(
        "Kitchen Porter\n"
        "Progression\n"
        "Porters can step up to Commis Chef and, after a catering diploma, Sous Chef.\n",
        "k.txt")
    assert ("Commis Chef", "Sous Chef") in edges(guide)
    assert "Sous Chef" not in texts(guide.leads_to)


def test_a_course_that_makes_you_a_title_starts_the_steps_from_there() -> None:
    guide = parse_text(
        "Rigger\n"
        "Progression\n"
        "The advanced ticket makes you an Advanced Rigger, and from there people step up "
        "to Rigging Supervisor and, later, Lifting Operations Manager.\n",
        "r.txt")
    assert {("Rigger", "Advanced Rigger"), ("Advanced Rigger", "Rigging Supervisor"),
            ("Rigging Supervisor", "Lifting Operations Manager")} <= edges(guide) | {
                ("Rigger", t) for t in texts(guide.leads_to)}
    assert "Rigging Supervisor" not in texts(guide.leads_to)


def test_a_lower_case_title_joined_by_and_stays_whole() -> None:
    # "health and safety manager": one title ("cashier and bartender" stays two)
    guide = parse_text(
        "Site Safety Adviser\n"
        "Progression\n"
        "With experience they move up to senior safety adviser and then health and safety "
        "manager.\n",
        "s.txt")
    assert ("Senior Safety Adviser", "Health and Safety Manager") in edges(guide)


def test_a_line_listing_titles_under_a_where_they_come_from_heading() -> None:
    guide = parse_text(
        "Game Animator\n"
        "What they do\n"
        "They bring characters to life.\n"
        "Where our animators come from\n"
        "Film compositors, stop-motion puppeteers, storyboard artists and a few graduates "
        "of our summer school.\n",
        "a.txt")
    assert texts(guide.moves_in) == ["Film Compositor", "Stop-motion Puppeteer",
                                     "Storyboard Artist"]


def test_who_becomes_the_role_question_lists_feeder_titles() -> None:
    guide = parse_text(
        "Claims Handler\n"
        "Career path\n"
        "Claims Handler → Senior Claims Handler → Claims Team Leader\n"
        "Who becomes a claims handler? Call centre agents, insurance clerks and school "
        "leavers with good GCSEs. Later some move into underwriting.\n",
        "c.txt")
    assert {"Call Centre Agent", "Insurance Clerk"} <= set(texts(guide.moves_in))
    # a question about another role lists nothing for this one
    guide = parse_text(
        "Claims Handler\n"
        "Career path\n"
        "Who becomes a loss adjuster? Surveyors, engineers and builders.\n",
        "c.txt")
    assert texts(guide.moves_in) == []


def test_title_case_titles_sharing_a_role_noun_after_a_known_title() -> None:
    guide = parse_text(
        "Optometrist\n"
        "Optometrists test eyes and fit lenses.\n"
        "Other options\n"
        "Optometrists can also move into Practice Manager, Vision Research Associate or "
        "Clinical Trials Coordinator roles in industry.\n",
        "o.txt")
    assert {"Practice Manager", "Vision Research Associate", "Clinical Trials Coordinator"} <= set(
        texts(guide.transitions_to) + texts(guide.leads_to))
    # no known title first: capitalised names before "roles" may be companies
    guide = parse_text(
        "Optometrist\n"
        "Optometrists test eyes and fit lenses.\n"
        "Other options\n"
        "Some move into Brightlens Group or Clearview Optics roles.\n",
        "o.txt")
    assert texts(guide.transitions_to) + texts(guide.leads_to) == []


def test_subjects_retraining_as_the_role_move_in() -> None:
    guide = parse_text(
        "Midwife\n"
        "Midwives care for women in pregnancy and birth.\n"
        "Routes in\n"
        "Adult nurses who retrain as midwives take a shortened 20-month course.\n",
        "m.txt")
    assert texts(guide.moves_in) == ["Adult Nurse"]
    # retraining as another role says nothing about this one
    guide = parse_text(
        "Midwife\n"
        "Midwives care for women in pregnancy and birth.\n"
        "Routes in\n"
        "Adult nurses who retrain as health visitors take a one-year course.\n",
        "m.txt")
    assert "Adult Nurse" not in texts(guide.moves_in)


def test_the_roles_entry_rung_that_becomes_the_role() -> None:
    guide = parse_text(
        "Glazier\n"
        "Glaziers cut and fit glass.\n"
        "Progression\n"
        "Trainee glaziers become fully qualified glaziers after three years; some move up "
        "to Glazing Supervisor.\n",
        "g.txt")
    assert ("Trainee Glazier", "Glazier") in edges(guide)
    assert "Trainee Glazier" not in texts(guide.leads_to)
