"""Set-17 structures of diaries, Q&A pages and volunteer listings (rules17d): a paid post's
figure in brackets after its title, a post that "pays", the asker's own job before his pay,
and perks beside pay that are no pay.

Every page is invented here (charities, firms, figures, people); file names are neutral so
the role must come from the text.
"""

from __future__ import annotations

from careergraph.guides import parse_text


def _pay(guide: object) -> set[tuple[str | None, float | None, float | None, str]]:
    return {(None if s.role is None else str(getattr(s.role, "text", s.role)), s.min, s.max,
             s.period) for s in guide.salaries}  # type: ignore[attr-defined]


def test_a_paid_posts_bracketed_and_stated_figures_are_that_posts() -> None:
    page = ("Volunteer Hub > Search > Garden Volunteer\nVolunteer Garden Helper\n"
            "About the role\nHelp our gardeners keep the community orchard in good shape.\n"
            "Where can this lead?\n"
            "Several helpers went on to paid work here as a Grounds Assistant (currently "
            "£12.10 to £12.80 an hour). Our Head Gardener post pays £31,200 a year.\n")
    pay = _pay(parse_text(page, "page.txt"))
    assert ("Grounds Assistant", 12.1, 12.8, "hour") in pay
    assert ("Head Gardener", 31200, 31200, "year") in pay
    assert not any(owner is None for owner, *_ in pay)


def test_the_askers_own_job_owns_his_pay() -> None:
    page = ("Q&A  Questions  Tags  Users\nHow do I move from payroll into tax advisory?\n"
            "I'm a CMA working as a Payroll Supervisor at a hospital in Leeds (about £41,000 "
            "plus overtime). What does the path look like?\n"
            "1 Answer\nA Tax Adviser reviews returns and plans for clients. Most start as trainees "
            "and sit the ATT exams first.\n")
    guide = parse_text(page, "page.txt")
    assert ("Payroll Supervisor", 41000, 41000, "year") in _pay(guide)


def test_staff_housing_and_rent_beside_pay_are_no_pay() -> None:
    page = ("Mountain Blog\nA day in the life of a lift operator\n"
            "Pay and perks\nLift operators start at $18.40 an hour. Everyone gets a free pass, "
            "staff housing from $520 a month and cheap meals.\n")
    pay = _pay(parse_text(page, "page.txt"))
    assert (None, 18.4, 18.4, "hour") in pay
    assert not any(low == 520 for _, low, _, _ in pay)


def test_a_diarys_how_i_got_here_and_a_listings_who_volunteers_give_moves_in() -> None:
    page = ("Harbour Jobs Blog\nA day in the life of a harbour pilot\n"
            "We followed Ana through a foggy morning.\n"
            "How I got here\nI was a deck officer for six years before the pilotage exams.\n"
            "The money\nThe Chief Pilot at a big port earns around $190,000.\n"
            "Who works with us?\nRetired firefighters, nurses and mechanics make up most of "
            "our crew.\n")
    guide = parse_text(page, "page.txt")
    moved_in = {m.text for m in guide.moves_in}
    assert "Chief Pilot" not in moved_in
    assert "Deck Officer" in moved_in
    assert {"Firefighter", "Nurse", "Mechanic"} <= moved_in
    assert any(owner and owner.endswith("Chief Pilot") for owner, *_ in _pay(guide))


def test_getting_in_and_moving_up_is_a_heading_and_no_skill() -> None:
    page = ("Resort Careers Blog\nA day in the life of a lift operator\n"
            "What it takes\nClear communication, first aid and calm under pressure.\n"
            "Getting in and moving up\nOperators progress to Lift Supervisor after two "
            "seasons.\n")
    guide = parse_text(page, "page.txt")
    skills = {s.text.lower() for s in guide.skills}
    assert not skills & {"getting in", "moving up"}
    assert "Lift Supervisor" in {m.text for m in guide.leads_to}


def test_a_statement_of_what_is_not_needed_is_no_skill() -> None:
    page = ("Volunteer Hub\nVolunteer Beach Warden\nWhat we're looking for\n"
            "Friendly manner\nNo experience is needed – full training is given.\n"
            "Map reading – OS Explorer maps.\n")
    skills = {s.text for s in parse_text(page, "page.txt").skills}
    assert "No experience is needed" not in skills
    assert "Map reading" in skills


def test_answers_name_employers_and_kinds_of_workplace() -> None:
    page = ("Q&A  Questions  Tags  Users\nWhat is the career path of a tax inspector?\n"
            "Answer\nI've been an inspector at the HMRC office in Leeds for nine years. You "
            "start as a trainee at TI-3 or TI-4 and move up each year.\n"
            "Outside government, tax inspectors work in banks' compliance teams, in "
            "accountancy firms' audit units and for insurers.\n"
            "Worth adding: the Corvane Group hires senior tax inspectors too.\n")
    guide = parse_text(page, "page.txt")
    employers = {e.text for e in guide.employers}
    assert {"HMRC", "Corvane Group"} <= employers
    assert not employers & {"TI-3", "TI-4"}
    assert {"banks", "accountancy firms"} <= {s.text for s in guide.sectors}


def test_a_volunteer_listings_organisation_names_its_kinds() -> None:
    # (a listing's title line is read with the file name's help, as the site's pages are)
    page = ("GiveTime   Search Opportunities   Virtual   For Nonprofits   Log In\n"
            "Home / Opportunities / Arts & Culture / Library Assistant\n"
            "Library Assistant (Volunteer)\nAshgrove Museum Trust\n"
            "★ I Want to Help      ♡ 12 people are interested\n"
            "CAUSE AREAS\nArts & Culture\nGOOD FOR\nSeniors\n"
            "Description\nHelp visitors find books! Volunteers shelve returns and answer "
            "questions at the desk.\nAbout Ashgrove Museum Trust\n"
            "Ashgrove Museum Trust is a nonprofit heritage education program founded in 1961.\n")
    guide = parse_text(page, "library-assistant.txt")
    assert "Ashgrove Museum Trust" in {e.text for e in guide.employers}
    assert {"nonprofit", "heritage education"} <= {s.text for s in guide.sectors}


def test_an_answer_naming_feeders_and_former_jobs_gives_moves_in() -> None:
    page = ("Q&A  Questions  Tags  Users\nHow do I become a claims investigator?\n"
            "Answer\nClaims investigators look into suspicious insurance claims for insurers.\n"
            "The usual feeders are firefighters from arson units and loss adjusters. On my "
            "team we have former paralegals, a couple of journalists and a nurse who used to "
            "be a paramedic.\n")
    moved_in = {m.text for m in parse_text(page, "page.txt").moves_in}
    assert {"Firefighter", "Loss Adjuster", "Paralegal", "Journalist", "Nurse",
            "Paramedic"} <= moved_in
    assert not any(t.lower().startswith(("couple", "firefighters from")) for t in moved_in)
