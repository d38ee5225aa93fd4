"""Structures of real public career pages (helper real45, 2026-12-06), on invented pages.

Locksmiths (a study community's profile), pest control (a college site's card with dash
fields, a "Career Information at a Glance" table under a teaser to the reader, a job
board's "Top 5 Skills"), opticians (a career-path guide with pay by level, a New Zealand
school portal, a state career zone's O*NET card titled "Opticians, Dispensing"), a stage
manager's guide, glaziers (a Scottish construction portal, a Scottish careers service),
auctioneers (a world-of-work map card, a study site's table, an encyclopedia), fishing
deckhands (a job-specification site's career progression, an Australian seafood careers
site, an ESCO-fed wiki with "Long term prospects"), a youth pastor's guide and two New
Zealand interpreter pages (the national careers portal under its notice banner, a
polytechnic's copy).  What was wrong: four pages were rejected (no role) — a teaser "Learn
the … of a vocation as a X. Research the …" used up the page's first sentence, a notice
banner ("Alert icon", "PLEASE NOTE: …") pushed the title line out of the page's head, the
inverted database title was never printed plainly, "A deckhand (or fishing hand) helps …"
named no known worker; "may", "willing", "able", "around water", "out", "often" as skills;
"combination of organizational", "technical" for "organizational, technical, and
interpersonal skills"; "expanding one’s path"; "optometry" from "move into optometry"; a
move to "Specialist" from "specialist work" and "Supervisor" lost before "overseeing a
team"; "between £15,000 to around £23,000" read as two points; "Skilled Te Reo Māori
Interpreter" as the role and "Government Agency Appointment" from "called in to interpret
at … appointments" as an alias; "contact lenses tailored"; "mackerels etc)" and "mainly
indoors" as sectors.
"""

from __future__ import annotations

from page_facts import parse_page as _parse
from page_facts import pay_pairs as _pay
from page_facts import texts as _texts


def test_a_teaser_to_the_reader_does_not_open_the_page() -> None:
    guide = _parse(
        "Discover the main facts of a trade as a drain inspector. Read about the duties, the "
        "pay and the outlook below.\n"
        "Trade Facts at a Glance\n"
        "Drain inspectors inspect pipes for signs of damage and report faults to the council.\n"
        "- Key Skills Patience, steady hands\n")
    assert guide.role.text == "Drain Inspector"
    # a subject that opens with the same word is no teaser
    research = _parse(
        "Research scientists study how materials age in damp buildings over decades.\n"
        "They publish reports.\n")
    assert research.role.text == "Research Scientist"


def test_a_site_notice_banner_is_chrome_above_the_title() -> None:
    guide = _parse(
        "Info icon\n\n"
        "Holiday opening hours: our phone line is closed until 6 January, email us instead.\n\n"
        "PLEASE NOTE: Job profiles may describe conditions before 2024.\n\n"
        "Farrier\n\n"
        "Kaihanga hū hōiho\n\n"
        "Farriers shoe what horses need on their hooves.\n\n"
        "Pay\n\nFarriers usually earn $25-$40 per hour.\n")
    assert guide.role.text == "Farrier"
    assert (25, 40) in _pay(guide)
    # a title with a notice word but no colon stays a title
    board = _parse("Notice Board Assistant\n\nNotice board assistants pin up adverts.\n")
    assert board.role.text == "Notice Board Assistant"


def test_an_inverted_database_title_names_the_page() -> None:
    guide = _parse(
        "Welders, Production\n\n"
        "Bookmark Print History\n\n"
        "About the Job\n\n"
        "Join metal parts on a production line using fixed welding machines. Check seams "
        "for defects.\n\n"
        "It is also Called\n\n"
        "  • Line Welder\n"
        "  • Robot Welding Operator\n")
    assert guide.role.text == "Production Welder"
    assert "Line Welder" in _texts(guide.aliases)
    # a residual group is no title of its own
    other = _parse("Engineers, Other\n\nAbout the Job\n\nAll engineers not listed "
                   "separately.\n\nA surveyor measures land for new roads.\n")
    assert other.role.text != "Other Engineer"


def test_a_crews_hand_is_a_worker_in_a_lower_case_definition() -> None:
    guide = _parse(
        "Overview\n\n"
        "What's involved\n\n"
        "A stagehand (or scene shifter) helps with the running of a theatre's stage, moving "
        "scenery and props between scenes.\n")
    assert guide.role.text == "Stagehand"
    # "shorthand" names no worker
    notes = _parse("Court Reporter\n\nShorthand notes help court reporters keep up.\n")
    assert notes.role.text == "Court Reporter"


def test_a_predicate_a_place_and_a_disposition_are_no_skill_items() -> None:
    guide = _parse(
        "Overview\n\n"
        "A deckhand helps on oyster boats.\n\n"
        "Skills you will use\n"
        "Knot tying\n"
        "Tractor driving\n"
        "Boat handling\n\n"
        "Boating licences, such as a Skipper or Outboard Handler ticket, may be required "
        "on larger leases.\n\n"
        "Likes working physically on and around tidal flats, willing to learn and able to "
        "take and follow instruction.\n")
    skills = _texts(guide.skills)
    assert {"Knot tying", "Tractor driving"} <= skills
    assert not {"may", "willing", "able", "around tidal flats"} & skills


def test_adjectives_closed_by_skills_each_name_a_skill() -> None:
    guide = _parse(
        "Festival Producer\n\n"
        "A festival producer plans outdoor music events.\n\n"
        "The job demands a mix of logistical, financial, and diplomatic skills.\n")
    skills = _texts(guide.skills)
    assert {"logistical skills", "financial skills", "diplomatic skills"} <= skills
    assert not {"mix of logistical", "financial", "logistical"} & skills


def test_a_clause_about_the_reader_is_no_skill() -> None:
    guide = _parse(
        "Festival Producer\n\n"
        "A festival producer plans outdoor music events.\n\n"
        "Career Path\n"
        "Gaining experience in many kinds of events – weddings, galas and fairs – adds to "
        "your skillset, broadening your options as a festival producer.\n")
    skills = _texts(guide.skills)
    assert not any(skill.startswith("broadening") for skill in skills)


def test_a_field_moved_into_is_no_technique() -> None:
    guide = _parse(
        "Audiology Assistant\n\n"
        "An audiology assistant helps audiologists in hearing clinics.\n\n"
        "Some assistants later move into audiometry or return to study.\n")
    assert "audiometry" not in _texts(guide.skills)
    used = _parse(
        "Audiology Assistant\n\n"
        "An audiology assistant helps audiologists in hearing clinics.\n\n"
        "Assistants carry out audiometry on adults.\n")
    assert "audiometry" in {skill.lower() for skill in _texts(used.skills)}


def test_bare_adverbs_split_from_their_clause_are_no_skills() -> None:
    guide = _parse(
        "Sign Fitter\n\n"
        "A sign fitter installs shop signs.\n\n"
        "Skills required\n\n"
        "Sign fitters work both indoors and out, often at considerable heights, so you'll "
        "need a head for heights and good balance.\n")
    assert not {"out", "often"} & _texts(guide.skills)


def test_a_list_closer_and_a_place_word_are_no_sectors() -> None:
    guide = _parse(
        "Sawmill Operative\n\n"
        "A sawmill operative cuts logs into boards.\n\n"
        "They work in sawmills or timber yards, mainly indoors.\n\n"
        "Sectors include softwoods (e.g. pine, spruce, larch etc), hardwoods and biomass.\n")
    sectors = _texts(guide.sectors)
    assert not {"mainly indoors", "indoors", "larch etc)"} & sectors
    assert "sawmills" in sectors


def test_a_kind_of_work_and_a_participle_end_a_move_list() -> None:
    guide = _parse(
        "Rigger\n\n"
        "A rigger moves heavy loads with cranes and slings.\n\n"
        "Progression routes\n\n"
        "With experience, you could progress to chargehand or supervisor level overseeing "
        "a crew of riggers, or move into specialist work.\n")
    assert {"Chargehand", "Supervisor"} <= _texts(guide.leads_to)
    assert "Specialist" not in _texts(guide.leads_to) | _texts(guide.transitions_to)
    titled = _parse("Rigger\n\nA rigger moves heavy loads.\n\n"
                    "You could become a Lifting Supervisor managing the site's lifts.\n")
    assert "Lifting Supervisor" in _texts(titled.leads_to)


def test_a_hedge_before_a_bands_second_end_joins_the_band() -> None:
    guide = _parse(
        "Sign Fitter\n\n"
        "A sign fitter installs shop signs.\n\n"
        "Pay\n\n"
        "A fully qualified sign fitter can expect to earn between £18,000 to around "
        "£26,000 a year.\n")
    assert (18000, 26000) in _pay(guide)
    assert (18000, 18000) not in _pay(guide)


def test_called_in_names_no_alias_and_a_skilled_few_no_role() -> None:
    guide = _parse(
        "Rare languages can boost your chances\n"
        "It can be hard for new interpreters to find steady work.\n"
        "Skilled Welsh interpreters are in shortage, so demand for them is high.\n"
        "Interpreters are sometimes called in to interpret at hospital and council "
        "appointments.\n"
        "Interpreters can work for:\n"
        "- courts\n"
        "- hospitals\n")
    assert guide.role.text == "Interpreter"
    assert not _texts(guide.aliases)
    named = _parse("Interpreter\n\nInterpreters are sometimes called linguists or "
                   "language specialists.\n")
    assert "Linguist" in _texts(named.aliases)


def test_a_participle_fitting_an_item_to_its_user_ends_the_item() -> None:
    guide = _parse(
        "Hearing Aid Dispenser Career Path Guide\n\n"
        "A hearing aid dispenser specializes in testing hearing and fitting hearing aids "
        "and ear moulds tailored to each client's needs.\n")
    skills = _texts(guide.skills)
    assert not any(skill.endswith("tailored") for skill in skills)


def test_long_term_prospects_lists_the_jobs_reached_later() -> None:
    guide = _parse(
        "Quarry operative\n\n"
        "Quarry operatives work in stone quarries.\n\n"
        "Long term prospects\n\n"
        "These occupations are open to a quarry operative with significant experience.\n\n"
        "quarry supervisor\n"
        "plant operator\n")
    assert {"Quarry Supervisor", "Plant Operator"} <= _texts(guide.leads_to)
    # "Similar occupations" stays no move (dev set convention)
    similar = _parse(
        "Quarry operative\n\n"
        "Quarry operatives work in stone quarries.\n\n"
        "Similar occupations\n\n"
        "mine operative\n"
        "road worker\n")
    assert not _texts(similar.leads_to) | _texts(similar.transitions_to)
