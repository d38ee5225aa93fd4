"""Fresh draws of the generator (helper fresh42): a sentence-case heading set apart by a blank
line directly over a pipe table or a rung chain ("Career pathway" over "A → B → C", "Pay
scale and rates (from 3 March 2027)" over "| Grade | Title | Annual |") closes the list
above it, so the table's header cells and the lines after it are not read as that list's
items.

Every page is invented here (roles, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text

PAGE = ("Dietitians (DTs)\n\n"
        "As a dietitian you plan menus and counsel patients in regional hospitals.\n\n"
        "Key skillsNutrition assessment\n"
        "Menu planning\n"
        "Patient counselling\n\n"
        "Registration: accreditation with the dietetics association is needed.\n\n"
        "Pay scale and rates (from 3 March 2027)\n"
        "| Band | Position | Step | Fortnightly | Yearly |\n"
        "| D2 | Dietitian | 2.1 | $2,802.10 | $73,110 |\n"
        "| D3 | Senior Dietitian | 3.1 | $3,220.40 | $84,020 |\n"
        "Rural incentive: up to $3,900 a year in remote towns.\n\n"
        "Career pathway\n"
        "Graduate Dietitian → Dietitian → Senior Dietitian → Dietetics Manager\n\n"
        "Lodge your application online today\n")


def test_a_heading_over_a_table_closes_the_skills_list() -> None:
    guide = parse_text(PAGE, "dietitian.txt")
    skills = {s.text for s in guide.skills}
    assert skills == {"Nutrition assessment", "Menu planning", "Patient counselling"}


def test_the_table_and_the_chain_below_their_headings_are_read() -> None:
    guide = parse_text(PAGE, "dietitian.txt")
    assert {s.min for s in guide.salaries} >= {73_110, 84_020}
    assert [[s.text for s in p] for p in guide.progressions] == [
        ["Graduate Dietitian", "Dietitian", "Senior Dietitian", "Dietetics Manager"]]


def test_a_list_item_over_a_table_without_a_blank_line_stays_an_item() -> None:
    page = ("Dietitian\n\nKey skills\nMenu planning\nCareer planning\n"
            "| Grade | Annual |\n| D2 | $73,110 |\n")
    skills = {s.text for s in parse_text(page, "dietitian.txt").skills}
    assert "Career planning" in skills


def test_a_dated_aside_counts_no_words_of_a_heading() -> None:
    from careergraph.guides.longform_headings import _noted
    assert _noted("Wage rates and steps (from 2 June 2027)") == "Wage rates and steps"
    assert _noted("Pay by stage (basic pay, steps)") == "Pay by stage"


WAGE_PAGE = ("Glazier\n\n"
             "Trainee pay scale (Glazier)\n"
             "| Stage | Hours worked | Share | Rate |\n"
             "| 1 | 0 - 1,500 | 55% | $21.10 |\n"
             "| 2 | 1,500 - 3,000 | 65% | $24.90 |\n"
             "| 3 | 3,000 - 4,500 | 75% | $28.75 |\n"
             "Hazard code: 7719      Print | Share\n")


def test_a_bare_range_beside_a_priced_cell_is_no_pay() -> None:
    pay = {(s.min, s.max) for s in parse_text(WAGE_PAGE, "glazier.txt").salaries}
    assert (21.10, 21.10) in pay and (28.75, 28.75) in pay
    assert not any(low >= 1_000 for low, _ in pay)  # neither the hours nor the code


CONTEST_PAGE = ("SkillsArena NZ   Events   Trades   Volunteer   Contact us\n\n"
                "GLAZING\n"
                "Regional heats · March 2028 · Pairs · Ages 17–23 · 10 hours over two days\n\n"
                "Occupation: Glazier\n\n"
                "Occupational standards (weighting)\n"
                "1. Glass cutting (scoring wheels, running pliers) — 40%\n"
                "2. Sealing (silicone guns) — 35%\n"
                "3. Client care — 25%\n")


def test_a_brand_at_the_start_of_a_menu_bar_heads_no_skills() -> None:
    skills = {s.text for s in parse_text(CONTEST_PAGE, "glazier.txt").skills}
    assert not skills & {"Regional heats", "March 2028", "Pairs", "Ages 17–23"}


def test_weighted_standards_after_a_dash_are_skills() -> None:
    skills = {s.text for s in parse_text(CONTEST_PAGE, "glazier.txt").skills}
    assert {"Glass cutting", "scoring wheels", "running pliers", "Sealing", "silicone guns",
            "Client care"} <= skills


EVAL_PAGE = ("BRANTLEY COUNTY — HUMAN RESOURCES DEPARTMENT\n"
             "CLASSIFICATION & COMPENSATION DIVISION\n\n"
             "MEMORANDUM\n"
             "RE:       Position Classification Review — PCN 55120, Payroll Officer I\n\n"
             "1. BACKGROUND\n"
             "The unit asked for a desk audit of the post.\n\n"
             "2. DUTIES OBSERVED (percent of time)\n"
             "45%  Handles Payroll Audits and Leave Accruals for the county offices\n"
             "30%  Maintains Kronos, Workday and Excel\n"
             "15%  Answers queries from other departments\n"
             "10%  Files paperwork for the section\n\n"
             "3. FACTOR EVALUATION (County Point-Factor Plan)\n"
             "Factor                          I class       This position  Points\n"
             "A. Knowledge & training         2             3              120\n\n"
             "4. FINDINGS\n"
             "The duties match the Payroll Officer II class (Grade 9).\n")


def test_a_duty_lines_verb_is_no_part_of_the_names_it_works_on() -> None:
    skills = {s.text for s in parse_text(EVAL_PAGE, "payroll-officer.txt").skills}
    assert {"Payroll Audits", "Leave Accruals", "Kronos", "Workday", "Excel"} <= skills
    assert not any(s.startswith(("Handles", "Maintains")) for s in skills)
    assert not any("queries" in s or "paperwork" in s for s in skills)  # duties naming nothing
