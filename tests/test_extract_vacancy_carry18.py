"""Set-18 readers carried over to their families' variants: an apprenticeship vacancy's
employers, duties, course and asks (the Australian portal's group training organisation and
host employer, "What you'll learn (Certificate IV)"), titles before their verb ("Many
welders … enter the profession this way", "applicants from … backgrounds") and a salary
portal's period grid copied with its cell borders.

Every page is invented here (roles, firms, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text

AU_PAGE = ("Apprenticeship Finder  Find a job  Save job  Share\n"
           "Back to results\n"
           "Apprentice Marine Electrician\n"
           "Harbourline Group Training (group training organisation) · Host employer: "
           "Tasman Yachts\n"
           "Job ID 402211 · Fremantle\n"
           "$18.10 – $29.40 per hour\n"
           "Award rates by year of apprenticeship\n"
           "1st year: $18.10 per hour\n"
           "4th year: $29.40 per hour\n"
           "Plus a tool allowance of $25 a week.\n"
           "Duties\n"
           "• cable pulling using Fluke\n"
           "• battery bank installation\n"
           "What you'll learn (Certificate IV)\n"
           "Shore Power Systems\n"
           "Marine WiringFault Finding\n"
           "We're looking for someone with:\n"
           "- Patience\n"
           "- Colour Vision\n"
           "We welcome applicants from boat builder backgrounds.\n"
           "Career pathway\n"
           "Qualified marine electricians earn $88,000 to $104,000 a year.\n"
           "Similar jobs near you\n"
           "Apprentice Plumber · Apprentice Chef\n")

UK_PAGE = ("Find an apprenticeship\n"
           "Sign in\n"
           "Back\n"
           "Apprentice Glazier\n"
           "Crownfield Glass Works Ltd\n"
           "Closes in 9 days (Friday 6 March 2026)\n"
           "Apply now\n"
           "Summary\n"
           "Learn to fit and repair windows on real sites.\n"
           "Wage\n"
           "£15,900 a year\n"
           "Check minimum wage rates (opens in new tab)\n"
           "Wage additional information: Rising to £18,400 in year 2.\n"
           "Work\n"
           "What you'll do at work:\n"
           "glass cutting\n"
           "sealant application\n"
           "Course contents\n"
           "Safe HandlingGlazing Bead Fitting\n"
           "After this apprenticeship\n"
           "Qualified glaziers with us earn £27,000–£31,000.\n"
           "Report a problem with this vacancy\n"
           "Similar vacancies\n")


def _names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text.lower() for f in facts}


def test_an_australian_vacancy_names_both_employers_and_its_skill_lists() -> None:
    guide = parse_text(AU_PAGE, "listing.txt")
    assert guide.role.text == "Marine Electrician"
    assert _names(guide.employers) == {"harbourline group training", "tasman yachts"}
    skills = _names(guide.skills)
    # the duties (a tool "using" named is a skill too), the course's contents (the last two
    # glued) and what the listing asks for
    assert {"cable pulling", "fluke", "battery bank installation", "shore power systems",
            "marine wiring", "fault finding", "patience", "colour vision"} <= skills
    assert "marine wiringfault finding" not in skills
    assert _names(guide.moves_in) == {"boat builder"}
    assert not any("job id" in name or "fremantle" in name for name in _names(guide.employers))


def test_a_uk_vacancy_titled_apprentice_x_is_about_x_with_its_employer_under_the_title() -> None:
    guide = parse_text(UK_PAGE, "vacancy-4417.txt")  # a file name naming no role
    assert guide.role.text == "Glazier"
    assert _names(guide.employers) == {"crownfield glass works ltd"}
    assert {"glass cutting", "sealant application", "safe handling",
            "glazing bead fitting"} <= _names(guide.skills)


def test_titles_before_their_verb_are_moves_in() -> None:
    page = ("Shipwright - Santa Catarina\n"
            "A Shipwright working in the state of Santa Catarina earns on average R$ 4.100,00.\n"
            "Career\n"
            "The career usually continues as master shipwright. Many boat carpenters who "
            "trained in joinery enter the profession this way.\n"
            "We welcome applicants from electrical or mechanical backgrounds.\n")
    guide = parse_text(page, "shipwright.txt")
    # (fields of work are no titles: "electrical or mechanical backgrounds" names none)
    assert _names(guide.moves_in) == {"boat carpenter"}


def test_a_period_grid_copied_with_its_cell_borders() -> None:
    page = ("Crane Operator - Bahia\n"
            "R$ 5.210,40/month\n"
            "A Crane Operator working in the state of Bahia earns on average R$ 5.210,40.\n"
            "Salary table of Crane Operator\n"
            " | Monthly Salary | Annual Salary | Salary Per Hour\n"
            "Salary Average | 5.210,40 | 62.524,80 | 25,42\n"
            "Salary Median | 4.600,00 | 55.200,00 | 22,44\n"
            "Salary ceiling | 9.880,00 | 118.560,00 | 48,20\n"
            "1st quartile | 3.900,00\n")
    pay = {(s.min, s.max, s.period, s.statistic) for s in parse_text(page, "c.txt").salaries
           if s.currency == "BRL"}
    assert {(62525, 62525, "year", "average"), (25.42, 25.42, "hour", "average"),
            (4600, 4600, "month", "median"), (55200, 55200, "year", "median"),
            (22.44, 22.44, "hour", "median")} <= pay
    # the ceiling and the quartile are no pay, and no hourly cell is read as a monthly figure
    assert not any(low in (9880, 118560, 48.2, 3900, 2542, 2244) for low, *_ in pay)


NEWSLETTER = ("View in browser | Forwarded this email? Subscribe to Trade Notes\n"
              "Trade Notes · Issue #77 · 5 min read\n"
              "SPONSORED · ToolBarn: a new drill for $59 a month. Try it →\n"
              "Hi friends,\n"
              "This week's job: survey drafter.\n"
              "What the day looks like\n"
              "Most days are boundary plans, title sketches and easement checks.\n"
              "The money\n"
              "Most survey drafters earn $58,000 to $71,000 a year; the minimum for a small "
              "job is $90.\n"
              "A Survey Manager like Tomas? \"Some years $118k.\"\n"
              "Getting in and moving on\n"
              "The work sits in Construction, Mining and Utilities.\n"
              "From the job board\n"
              "Survey Drafter · Kerrow Mapping · Ashby · $64,000\n"
              "Office Coordinator · Pell & Rusk · Ashby · pay not listed\n"
              "Unsubscribe · Update your preferences\n")


def test_a_newsletter_issues_day_list_board_sectors_and_asked_pay() -> None:
    guide = parse_text(NEWSLETTER, "survey-drafter.txt")
    assert guide.role.text.lower() == "survey drafter"
    assert {"boundary plans", "title sketches", "easement checks"} <= _names(guide.skills)
    # the board's row for the role (" · " between its cells) names its employer
    assert "kerrow mapping" in _names(guide.employers)
    assert "pell & rusk" not in _names(guide.employers)
    assert _names(guide.sectors) == {"construction", "mining", "utilities"}
    assert not _names(guide.leads_to) & {"construction", "mining", "utility"}
    pay = {(s.min, s.max, s.role) for s in guide.salaries}
    assert (58000, 71000, None) in pay and (64000, 64000, None) in pay
    # the quoted answer to "A Survey Manager like Tomas?" is the manager's; the sponsor's
    # price and a job's minimum are no pay
    assert (118000, 118000, "Survey Manager") in pay
    assert not any(low in (59, 90) for low, _, _ in pay)
