"""Set-15 readers carried over to the generated families (carry15): a Québec sheet's bare
"$" is the Canadian dollar, a listicle's "Top 30 Common …" count is no part of the role, and
a programme's post keeps its title's own "of".

Every page is invented here (firms, figures, people); file names are neutral so the role must
come from the text.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.page_money import page_dollar


def _pay(guide: object) -> set[tuple[str, float | None, float | None, str]]:
    return {(s.currency, s.min, s.max, s.period)
            for s in guide.salaries}  # type: ignore[attr-defined]


def test_a_quebec_sheets_bare_dollar_is_canadian() -> None:
    page = ("Québec.ca\nExplore trades and professions\nHome > Explore trades > Masonry\n"
            "Bricklayer-Mason\nDescription\n"
            "Bricklayers lay bricks, blocks and stone to build walls and chimneys.\nSalary\n"
            "Median hourly wage (all sectors, 2023): 31,40 $\n"
            "Annual employment income, full time (average): 64 210 $\n")
    assert _pay(parse_text(page, "page.txt")) == {("CAD", 31.4, 31.4, "hour"),
                                                  ("CAD", 64210, 64210, "year")}
    assert page_dollar("Offres d'emploi à Montréal : 24,10 $/h") == "CAD"
    assert page_dollar("Quebecor's US plants pay $24 an hour in Ohio, United States") == "USD"


def test_a_listicles_count_and_adjective_are_no_part_of_the_role() -> None:
    page = ("quizhire.com › Interview Questions › Pastry Chef\n"
            "Top 30 Common Pastry Chef Interview Questions and Answers (2025)\n"
            "Written by Ana Ruiz | Last updated May 2025\nPastry Chef overview\n"
            "Pastry chefs bake breads, cakes and plated desserts for restaurants and hotels.\n"
            "Key skills\n- Laminated Doughs\n- Tempering Chocolate\n- Sugar Work\n")
    assert parse_text(page, "page.txt").role.text == "Pastry Chef"


def test_a_programmes_post_keeps_its_titles_of() -> None:
    page = ("HALBERD FOODS | Consumer goods\nCareers › Campus › Finance\n"
            "FUTURE LEADERS 2027 – Head of Treasury Graduate Programme\n"
            "Programme at a glance\nDuration: 24 months, then regular role as Head of Treasury\n"
            "Rotations: Cash management (6 m) · Tax (6 m)\n© 2027 Halberd Foods · Privacy\n")
    assert parse_text(page, "page.txt").role.text == "Head of Treasury"


def test_a_listed_employers_pay_is_no_part_of_its_name() -> None:
    page = ("Theatre Nurse Interview Questions\nTheatre Nurse overview\n"
            "Theatre nurses prepare operating rooms and support surgeons during procedures.\n"
            "Salary\nMost posts sit on Band 5. Private employers such as Quillon Health pay "
            "£41,000–£49,000. London posts add a weighting.\n")
    employers = [fact.text for fact in parse_text(page, "page.txt").employers]
    assert employers == ["Quillon Health"]


QUESTIONS = """PrepDesk
Find jobs   Salaries   Interview prep ▾   Sign in
Interview prep › Kitchens › Pastry Chef
18 Pastry Chef Interview Questions (With Example Answers)
What does a pastry chef do?
Pastry chefs bake breads, cakes and plated desserts for restaurants and hotels.
What interviewers want to see
Laminated Doughs · Sugar Work · Tempering Chocolate · Menu Costing
Role-specific questions
Q4. How have you used blast chillers in your kitchen?
What they're really asking: can you keep a station safe on a busy night?
Example answer: "At my last hotel I used Combi Oven Steam Programs daily and trained the commis."
Behavioural questions
Q9. Tell us about a service that went wrong.
"""


def test_a_question_guides_wanted_skills_and_answers_are_read() -> None:
    skills = {fact.text for fact in parse_text(QUESTIONS, "page.txt").skills}
    assert {"Laminated Doughs", "Sugar Work", "Tempering Chocolate", "Menu Costing"} <= skills
    # the example answer's four-word system, read on a page of numbered questions
    assert "Combi Oven Steam Programs" in skills


LOG_BOOK = """Apprenticeship Training Standard – 411T
Glazier
Log book edition 2024
Page 2 of 30
Scope of practice
A Glazier cuts, fits and seals glass in windows, shopfronts and curtain walls.
CORE SKILLS
S0101 Glass Cutting
Apprentice's initials ____  Supervisor's initials ____  Date ________
S0102 Edge Polishing
Apprentice's initials ____  Supervisor's initials ____  Date ________
S0103 Silicone Sealing
Apprentice's initials ____  Supervisor's initials ____  Date ________
Page 3 of 30
"""


def test_a_log_books_coded_skills_lose_their_codes_and_its_form_is_no_fact() -> None:
    skills = {fact.text for fact in parse_text(LOG_BOOK, "page.txt").skills}
    assert {"Glass Cutting", "Edge Polishing", "Silicone Sealing"} <= skills
    assert not any("initials" in name or name.startswith(("S01", "Page")) for name in skills)


def test_a_faq_ends_the_list_of_firms_above_it() -> None:
    page = ("Valmont Glazing Licensing Board\nBecoming a Glazier in Valmont\n"
            "Glaziers cut, fit and seal glass in windows and shopfronts.\n"
            "Registered sponsoring firms (Eastvale County)\nClearpane Glass\nHarbor Glazing Co\n"
            "Frequently asked questions\nHow long is my licence valid? Two years.\n"
            "Need help? Contact the Licensing Division · Site policies · Accessibility\n")
    employers = {fact.text for fact in parse_text(page, "page.txt").employers}
    assert "Clearpane Glass" in employers
    assert not any("Licensing Division" in name or name == "Accessibility"
                   for name in employers)


def test_a_programmes_semicolon_list_of_named_techniques_gives_skills() -> None:
    page = ("ORRIN & VALE LLP | Chartered Accountants\nCareers › Campus › Audit\n"
            "LAUNCHPAD 2027 – Audit Associate Graduate Programme\n"
            "Duration: 24 months, then regular role as Audit Associate\n"
            "Apply now\nAssessment centre dates: March\n"
            "What you will work on\n"
            "Revenue Testing; Audit Sampling; Controls Walkthroughs; CaseWare; "
            "preparing the audit file for the manager.\n"
            "Alumni stories\n\"Two years in audit, then I moved to industry.\"\n"
            "© 2027 Orrin & Vale LLP · Privacy\n")
    skills = {fact.text for fact in parse_text(page, "page.txt").skills}
    assert {"Revenue Testing", "Audit Sampling", "Controls Walkthroughs", "CaseWare"} <= skills
    assert not any(name.lower().startswith("preparing") for name in skills)


def test_a_boards_job_offer_rows_name_the_roles_employers() -> None:
    page = ("Québec.ca\nHome > Explore trades and professions > Glazing\nGlazier\n"
            "Description\nGlaziers cut, fit and seal glass in windows and shopfronts.\n"
            "Job offers near Laval (12)\n"
            "Glazier | Clearpane Vitrerie | Laval | 31,20 $/h | Permanent, full time\n"
            "Glazier | Maison Verre | Terrebonne | Per the collective agreement | Seasonal\n"
            "Window Cleaner | Brightpane Services | Laval | 19,00 $/h | Part time\n"
            "See all offers ›\n")
    employers = {fact.text for fact in parse_text(page, "page.txt").employers}
    assert {"Clearpane Vitrerie", "Maison Verre"} <= employers
    assert "Brightpane Services" not in employers  # another title's offer


def test_a_columns_industry_sentences_name_sectors() -> None:
    page = ("Ask the Careers Desk\nDear Careers Desk: should I become a Glazier?\n"
            "Glaziers cut, fit and seal glass in windows and shopfronts.\n"
            "The work is in Construction, Retail and Hospitality. Most posts are in Social Care.\n"
            "The work is in ports and harbours, oil and gas.\n")
    named = {fact.text for fact in parse_text(page, "page.txt").sectors}
    assert {"Construction", "Retail", "Hospitality", "Social Care"} <= named
    # lower-case pairs joined by "and" are left alone, not split into halves
    assert not {"ports", "harbours", "oil", "gas"} & named


def test_a_hiring_verb_after_listed_employers_is_no_part_of_a_name() -> None:
    page = ("Ask the Careers Desk\nDear Careers Desk: should I become a Glazier?\n"
            "Glaziers cut, fit and seal glass in windows and shopfronts.\n"
            "Large employers such as Tarn Glass, Brio Frames and Velo Glazing hire regularly.\n")
    employers = {fact.text for fact in parse_text(page, "page.txt").employers}
    assert {"Tarn Glass", "Brio Frames", "Velo Glazing"} <= employers
    assert not any("hire" in name for name in employers)
