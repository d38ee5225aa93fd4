"""Structures of real public career pages (helper real34, 2026-12-05), on invented pages.

Job boards' hiring guides, Nigerian and South African career portals and salary articles, a
tutoring platform's blog, Indian career portals and a counselling Q&A, a US licensing guide,
an education company's knowledge base, a hotel group's job descriptions, a UK careers
service's profile, a college's careers pages, a youth careers site, a background-check firm's
blog, a local newspaper's jobs column, a Cambodian career site, a study site, a CV site's
job description and a résumé site's posting summary: "Who is an Accountant?" under a
"Pursuing a Career in X" title was the role whole; "A career as a police PCSO" and
"Starting a Career as a PCSO" (the frame after its article or verb, an acronym the page
spells out elsewhere) named none and the page was rejected; a careers service's title run
into its other names ("Police community support officer PCSO, community support officer,
CSO") named none, or took the aliases into the title ("Bus driver bus operator, …");
"Xs (XYZs) are trained …", "X State Licensing Requirements", "What is the Salary of X In Y"
and "The X is responsible for:" named none; "Unlike joining …" was read as a "like" list,
"However, …" and "…; Xs have to have …" gave their clause words, a lone "working", "be able"
and "individuals" were facts; "Written examination on …" was a skill; "considerable
heights", "cramped quarters", "near …", "outdoors on X" and "X of these Ys" were sectors;
"people of all ages, types and backgrounds" gave skills; a spaced " :" lead-in, a glued
first "-Item" and "involving … attention to detail" lost or cut a list's items.
"""

from __future__ import annotations

from collections.abc import Iterable

from careergraph.guides import parse_text
from careergraph.model import Fact, Guide


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _texts(facts: Iterable[Fact]) -> set[str]:
    return {fact.text for fact in facts}


def test_who_is_a_x_question_names_the_worker_not_the_question() -> None:
    guide = _parse(
        "Pursuing a Career in Welding\n\n"
        "Welding pays steadily across Kenya and the region.\n\n"
        "Who is a Welder?\n\n"
        "A welder is a tradesperson who joins metal parts using heat and filler rods.\n")
    assert guide.role.text == "Welder"


def test_a_career_as_a_x_frame_after_its_article_or_verb_names_the_role() -> None:
    assert _parse("A career as a bus driver\n\nIf you like people this job could suit you.\n"
                  ).role.text == "Bus Driver"
    assert _parse("Starting a Career as a Bus Driver\n\nIf you like people this job could "
                  "suit you.\n").role.text == "Bus Driver"


def test_a_framed_acronym_title_is_the_post_the_page_spells_out() -> None:
    guide = _parse(
        "A career as a council CSA\n\n"
        "If you enjoy helping callers, this could be the job for you.\n\n"
        "As a customer service advisor (CSA) you would answer questions about bins, parking "
        "and council tax.\n")
    assert guide.role.text == "Customer Service Advisor"
    other = _parse(
        "Starting a Career as a TA\n\n"
        "The role of a TA, or Teaching Assistant, is to support pupils in class.\n")
    assert other.role.text == "Teaching Assistant"


def test_a_title_run_into_its_other_names_keeps_the_title_and_the_aliases() -> None:
    guide = _parse(
        "Neighbourhood warden NW, street warden, community warden\n\n"
        "Neighbourhood wardens patrol estates and report damage to the council.\n\n"
        "Salary: £19,500 to £24,000 average per year\n")
    assert guide.role.text == "Neighbourhood Warden"
    assert {"NW", "Street Warden", "Community Warden"} <= _texts(guide.aliases)
    other = _parse("Tram driver tram operator, light rail driver\n\n"
                   "Tram drivers carry passengers through the city.\n")
    assert other.role.text == "Tram Driver"


def test_prose_under_a_qualities_heading_gives_no_clause_pieces() -> None:
    guide = _parse(
        "Starting a Career as a Bus Driver\n\n"
        "Depots across the region hire drivers of every age.\n\n"
        "Qualities Needed\n\n"
        "Unlike joining the railway, most depots do not ask for formal qualifications in "
        "order to apply as a driver. However, most will demand a good standard of written "
        "and spoken English, and basic skills in Maths might be useful too. Far more "
        "important are your personal qualities; drivers have to have a calm personality, "
        "the ability to deal with stressful situations, be a team player, be fit enough to "
        "spend their shifts on the road or working and have good attention to detail.\n")
    skills = _texts(guide.skills)
    assert "attention to detail" in skills
    assert not skills & {"joining the railway", "most depots do not ask", "However",
                         "skills", "drivers have", "working", "spoken English"}


def test_a_licensing_guide_title_names_the_role_and_its_tests_are_no_skills() -> None:
    guide = _parse(
        "Barber State Licensing Requirements\n\n"
        "Every state regulates barbering through a board, which issues the licence.\n\n"
        "Meeting the Minimum Requirements for a Barber Licence\n\n"
        "Examination requirements: Barber licence examinations may include one or more of "
        "the following:\n\n"
        "  • Written examination on sanitation and theory\n"
        "  • Practical exam on clipper work\n"
        "  • Oral test on state rules\n")
    assert guide.role.text == "Barber"
    assert not {s.lower() for s in _texts(guide.skills)} & {
        "written examination", "practical exam", "oral test"}


def test_conditions_of_the_work_and_pointing_tails_are_no_sectors() -> None:
    guide = _parse(
        "Riggers\n\n"
        "Riggers lift and secure heavy loads for cranes on building projects.\n\n"
        "Riggers work in yards near cranes, hoists and other lifting gear. They may also work "
        "at the erection site of these structures. Riggers work indoors in depots or "
        "warehouses, and outdoors on wind farms. Often they must work in cramped quarters "
        "inside towers. The work can be risky since they may have to work at dizzy heights "
        "and/or near live power lines.\n")
    sectors = {s.lower() for s in _texts(guide.sectors)}
    assert not sectors & {"dizzy heights", "cramped quarters", "outdoors on wind farms",
                          "erection site of these structures", "near live power lines"}


def test_an_ability_stub_clients_served_and_project_work_are_no_facts() -> None:
    guide = _parse(
        "Glazier\n\n"
        "A glazier is a tradesperson who cuts and fits glass in windows, doors and shopfronts. "
        "Glaziers give quotes for individuals and organizations.\n\n"
        "Skills\n\n"
        "Glaziers must be familiar with the tools and methods used in glazing, have "
        "knowledge of building regulations, and be able to read site drawings.\n\n"
        "How to Become a Glazier\n\n"
        "- Build a Portfolio: Collect photos of finished shopfronts.\n")
    assert not {s.lower() for s in _texts(guide.skills)} & {"be able", "able"}
    assert "individuals" not in {s.lower() for s in _texts(guide.sectors)}


def test_the_range_of_people_an_imperative_item_respects_gives_no_skills() -> None:
    guide = _parse(
        "Youth worker\n\n"
        "Youth workers run clubs and activities for young people.\n\n"
        "Personal qualities and skills\n\n"
        "As a youth worker, you'll need to be able to:\n\n"
        "  • Understand and respect young people of all faiths, moods and backgrounds.\n"
        "  • Stay patient when sessions get loud.\n")
    assert not {s.lower() for s in _texts(guide.skills)} & {"moods", "backgrounds"}


def test_an_acronym_after_the_plural_subject_and_a_spaced_colon_lead_in() -> None:
    guide = _parse(
        "Quantity surveyors (QSs) are trained to cost and control building projects.\n\n"
        "Along with the formal education you will need to have :\n"
        "-A sharp eye for cost\n"
        "- A methodical approach to the work, involving logical thinking and attention to "
        "detail\n"
        "- Good negotiation and organizational skills\n"
        "- Patience\n")
    assert guide.role.text == "Quantity Surveyor"
    skills = _texts(guide.skills)
    assert {"logical thinking", "attention to detail", "Patience"} <= skills
    assert not skills & {"attention", "involving logical thinking"}
    other = _parse("Neighbourhood wardens (NWs) work alongside the council and report damage "
                   "on estates.\n\nThey patrol on foot.\n")
    assert other.role.text == "Neighbourhood Warden"


def test_a_salary_question_title_names_the_worker_paid() -> None:
    guide = _parse(
        "What is the Salary of Welder In Ghana\n\n"
        "Welders in Ghana are paid according to their trade test grade and the sector.\n\n"
        "The average monthly salary of a welder in Ghana is GH₵ 2,400.\n")
    assert guide.role.text == "Welder"


def test_the_x_is_responsible_for_heading_names_the_role() -> None:
    guide = _parse("Job Descriptions\n"
                   "The Night Porter is responsible for:\n"
                   "- Securing the building at night\n"
                   "- Handling late arrivals and luggage\n")
    assert guide.role.text == "Night Porter"
