"""Structures of real public career pages (helper real40, 2026-12-06), on invented pages.

Dental-practice pages (a US job board's dental-nurse card, a dental locum agency's blog),
waste and recycling pages (a UK jobs guide's refuse-collector path, a youth careers site's
recycling-operative card, a mirror of a national careers service's profile), estate-agency
and property-management pages (a South African college's estate-agent profile, a US job
board's property-manager description, a US education directory's career spotlight), school
support-staff pages (a teacher-recruitment agency's teaching-assistant page, a schools
skills body's caretaker profile, an education paper's premises-manager guide), film and TV
crew pages (a TV-careers site's camera assistant, a screen-skills body's first assistant
camera checklist), a postal-careers guide's postman page, sports-officiating pages (a UK
jobs guide's and a local newspaper's football referee, a state football federation's
referee pathways), a security-training firm's door-supervisor licensing page, railway and
tram pages (an Australian online university's and a STEM careers site's train and tram
driver profiles, a UK college's unit-group card), an agricultural careers guide's dairy
herdsman and a résumé site's bank-teller career path.  What was wrong: a "Related jobs and
job titles" list gave other jobs as the role's aliases; a title "Driver (Train and Tram)"
named the bare "Driver"; "Referee Pathways and Development" and "Only Premier League
officials are contracted …" named no worker of the page; a subtitle "X Career Path Guide:
From the Teller Line to …" and "Career Spotlight: X - Explore …" gave moves; "work in
positions of trust", "in all media formats", "a Level 2 Award in Support Work in Schools"
and "ideal for those … wanting to gain more experience" gave sectors; "…, etc." and "Learn
About the Salary, Required Skills, & More" gave the skills "etc" and "About", "the director
of photography" the skill "photography", "dealt with in a calm and reassuring manner" the
skill "reassuring manner".  Missed: a title line of names joined by spaced slashes
("Camera Assistant / Focus Puller", "Caretaker / site manager / janitor"), a page opening
"The basic role of a dental nurse is to …", "As a football referee, you are responsible …"
or "Reporting to the camera operator, the first assistant camera technician … is
responsible for …" (rejected), and a stat chip's "60,420" over "Average Yearly Salary".
"""

from __future__ import annotations

from careergraph.guides import parse_text
from page_facts import parse_page as _parse
from page_facts import pay_pairs as _pay
from page_facts import texts as _texts


def test_related_jobs_and_job_titles_are_other_jobs_not_aliases() -> None:
    guide = _parse(
        "Crane Operator (Tower)\n\n"
        "Tower crane operators lift steel and concrete on building sites.\n\n"
        "Related jobs and job titles\n\n"
        "  • Mobile Crane Operator\n"
        "  • Forklift Driver\n"
        "  • Rigger\n")
    assert not {"Mobile Crane Operator", "Forklift Driver", "Rigger"} & _texts(guide.aliases)
    assert "Forklift Driver" in _texts(guide.transitions_to)


def test_a_bare_head_with_its_kind_in_brackets_is_qualified() -> None:
    guide = _parse(
        "Inspector (Gas and Water)\n\n"
        "These inspectors check meters and pipework in homes and shops.\n")
    assert guide.role.text == "Gas and Water Inspector"
    shift = _parse(
        "Porter (Nights)\n\n"
        "Night porters move patients and supplies around the hospital.\n")
    assert shift.role.text == "Porter"


def test_a_pathways_title_names_its_worker() -> None:
    guide = _parse(
        "Umpire Pathways and Development\n\n"
        "Our cricket board keeps investing in umpiring so that more people can take part "
        "and grow their knowledge with the help of mentors.\n")
    assert guide.role.text == "Umpire"


def test_a_remark_on_some_of_them_and_the_reader_addressed_as_the_worker() -> None:
    guide = _parse(
        "Blow the whistle on a new career\n\n"
        "Fancy running the game instead of shouting at it?\n\n"
        "As a hockey umpire, you are responsible for the safety of the players.\n\n"
        "Only national league umpires are contracted and have a salary.\n")
    assert guide.role.text == "Hockey Umpire"


def test_a_career_path_subtitle_and_a_spotlight_label_are_no_moves() -> None:
    guide = _parse(
        "Loan Officer Career Path: From Entry-Level to Senior\n"
        "Loan Officer Career Path Guide: From the Lending Desk to Regional Leadership\n"
        "Loan officers review applications for credit.\n")
    assert not any("Guide" in move for move in _texts(guide.leads_to))
    spotlight = _parse(
        "Facilities Coordinator\n\n"
        "Facilities Coordinator Career: Education, Salary, Job Duties, and Growth "
        "Opportunities\n\n"
        "Career Spotlight: Facilities Coordinator - Explore skills, growth opportunities, "
        "and earning potential\n\n"
        "Facilities coordinators keep office buildings running.\n")
    assert not _texts(spotlight.leads_to)


def test_posts_formats_awards_and_wishes_are_no_sectors() -> None:
    guide = _parse(
        "Lunchtime Supervisor\n\n"
        "Lunchtime supervisors look after pupils in the dining hall and the playground.\n\n"
        "Supervisors work in positions of responsibility and need to be calm.\n\n"
        "They should know how to work in all weather formats and seasons.\n\n"
        "Some schools ask for a Level 1 Award in Child Welfare in Schools.\n\n"
        "The job suits those who are raising a family and wanting to earn near home.\n")
    sectors = {s.lower() for s in _texts(guide.sectors)}
    assert not {"positions of responsibility", "weather", "schools"} & sectors
    assert not any(s.startswith("wanting") for s in sectors)


def test_a_list_closer_and_a_title_case_tagline_are_no_skills() -> None:
    guide = _parse(
        "Lighting Technician\n\n"
        "Lighting technicians rig and focus the lamps on a film set.\n\n"
        "What you need\n\n"
        "You need strength, a head for heights, rigging knowledge, etc.\n")
    assert "etc" not in {s.lower() for s in _texts(guide.skills)}
    tagline = _parse(
        "What Does a Farm Manager Do?\n\n"
        "Discover About the Pay, Key Duties, & More\n\n"
        "A farm manager runs the daily work of a mixed farm.\n")
    assert "About" not in _texts(tagline.skills)


def test_a_stat_chip_over_a_title_case_pay_caption() -> None:
    guide = _parse(
        "Leasing Consultant\n\n"
        "48,150\n"
        "Average Yearly Salary\n"
        "Projected 3% Growth Over the Next Decade.\n\n"
        "Leasing consultants show flats to people who want to rent them.\n")
    assert (48150, 48150) in _pay(guide)


def test_slash_joined_names_on_a_title_line() -> None:
    guide = _parse(
        "Sound Assistant / Boom Swinger\n\n"
        "What you do in the job?\n\n"
        "The assistant holds the boom microphone over the actors during each take.\n")
    assert guide.role.text == "Sound Assistant"
    caretaker = _parse(
        "banner image\n\n"
        "Groundskeeper / estate hand / gardener\n\n"
        "Groundskeepers keep the lawns, hedges and paths of a park tidy.\n")
    assert caretaker.role.text == "Groundskeeper"


def test_the_role_of_a_worker_is_to() -> None:
    guide = _parse(
        "The main role of a veterinary receptionist is to greet pet owners and book "
        "appointments.\n"
        "A typical day starts with checking the list of appointments.\n")
    assert guide.role.text == "Veterinary Receptionist"


def test_a_reporting_clause_before_the_definition() -> None:
    guide = _parse(
        "Overview of the role\n"
        "Reporting to the director, the second assistant director/floor runner in feature films "
        "is responsible for keeping the shooting day on schedule.\n"
        "They liaise with the director of photography and the make-up team.\n")
    assert guide.role.text == "Second Assistant Director"
    assert "photography" not in _texts(guide.skills)


def test_how_a_thing_is_done_is_no_skill() -> None:
    guide = _parse(
        "Pharmacy Dispenser\n\n"
        "Pharmacy dispensers prepare medicines for collection.\n\n"
        "Have you got what it takes?\n\n"
        "One of the key qualities of a pharmacy dispenser is patience. As a dispenser you "
        "must be able to keep calm when the shop is busy, yet customers must be served in a "
        "friendly and patient manner.\n")
    assert not any(s.endswith("manner") for s in _texts(guide.skills))


def test_a_course_route_named_by_its_field_is_no_worker() -> None:
    # (lead, stop 52) "THE X PATHWAY" over "Your route to working as a Y": a training
    # provider's route named by its field; the worker is the line below, not "THE X"
    page = ("NORTHFIELD COLLEGE\nCourses   Pathways   Log in\n\n"
            "THE HARBOUR LOGISTICS PATHWAY\n"
            "Your route to working as a Harbour Logistics Coordinator\n\n"
            "LEVEL 1 · FOUNDATIONS\nYou will learn: Berth planning · Customs paperwork\n")
    guide = parse_text(page, "harbour-logistics-coordinator.pathway.txt")
    assert guide.role is not None and guide.role.text == "Harbour Logistics Coordinator"
