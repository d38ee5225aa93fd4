"""Structures of real public career pages (helper real49, 2026-12-07), on invented pages.

Kinds of jobs never studied before: crane operators, court reporters and stenographers, ski
and diving instructors, zookeepers, sommeliers, land surveyors, elevator mechanics,
translators, air traffic controllers, estheticians and bookbinders, on quick-facts boxes,
career-ladder blogs, job-board guides, occupation databases and how-to articles.  What was
wrong: "Occupation Profile for X" / "Job Description for X" titles named "Profile for X" or
a word of the body; "Finding work as a ski Instructor" named no role; "become a X, often
called a Y" moved to "Called A Y"; "Entry Level: A / B" … "Mid Level: X" gave a move "Mid
Level: X"; "Common Work Environments" over places gave skills; "What Elevator Mechanics Do"
named "Elevator Mechanics"; a numbered "1. Label: explaining sentence" was read as prose;
"Knowledge of … equipment:" was taken for a kind of tools; "X skills, as they …" and "First
and foremost, …" gave words of the reason as skills; "become an X installer and repairer" on
that worker's page gave two moves and another pay owner; "experience with the FAA or the
U.S. Armed Forces" gave skills "FAA", "U.S".
"""

from __future__ import annotations

from page_facts import parse_page as _parse
from page_facts import texts as _texts


def test_a_page_type_before_for_frames_the_role() -> None:
    profile = _parse(
        "Occupation Profile for Glaziers\n"
        "Cut and fit glass in windows and shopfronts.\n"
        "Glaziers work for building firms.\n")
    assert profile.role.text == "Glazier"
    described = _parse(
        "Job Description for Lock Keepers\n"
        "Written by a staff writer\n"
        "Virtually all lock keepers are employed by waterway trusts.\n")
    assert described.role.text == "Lock Keeper"


def test_finding_work_as_frames_a_headline_with_a_lower_case_first_word() -> None:
    guide = _parse(
        "Finding work as a surf Instructor\n"
        "\n"
        "The main requirement is a coaching award from the national body.\n")
    assert guide.role.text == "Surf Instructor"


def test_a_titles_other_name_after_a_comma_is_no_move() -> None:
    guide = _parse(
        "Proofreader\n"
        "\n"
        "Learn what it takes to become a proofreader, often called a copy editor. Most "
        "proofreaders work freelance.\n")
    moves = _texts(guide.leads_to) | _texts(guide.transitions_to)
    assert not any("Copy Editor" in move for move in moves)


def test_rungs_labelled_by_their_level_in_words_make_one_ladder() -> None:
    guide = _parse(
        "Barista\n"
        "\n"
        "The Career Ladder\n"
        "Entry Level: Trainee Barista / Coffee Runner\n"
        "Experience: 0-1 years | Salary: $25,000-30,000\n"
        "Your first coffee role, learning the grinder and the milk.\n"
        "Mid Level: Barista\n"
        "Experience: 1-3 years | Salary: $30,000-38,000\n"
        "Running the bar on your own.\n")
    chains = [[step.text for step in chain] for chain in guide.progressions]
    assert ["Trainee Barista", "Barista"] in chains
    moves = _texts(guide.leads_to) | _texts(guide.transitions_to)
    assert not any("Level" in move or move == "Coffee Runner" for move in moves)


def test_common_work_environments_heads_places_not_skills() -> None:
    guide = _parse(
        "Boiler Technician\n"
        "Boiler technicians service heating plant.\n"
        "Key Skills\n"
        "Fault finding\n"
        "Common Work Environments\n"
        "Hospitals and care homes\n"
        "Factories and warehouses\n")
    assert {"Hospitals", "care homes"} <= _texts(guide.sectors)
    assert not {"Hospitals", "care homes", "Common Work Environments"} & _texts(guide.skills)


def test_what_xs_do_with_an_ics_plural_names_one_worker() -> None:
    guide = _parse(
        "What Aircraft Mechanics Do\n"
        "They inspect and repair aircraft engines.\n")
    assert guide.role.text == "Aircraft Mechanic"


def test_a_numbered_label_and_its_explaining_sentence_is_the_label_skill() -> None:
    guide = _parse(
        "Quantity Surveyor\n"
        "\n"
        "TOP 3 SKILLS FOR A QUANTITY SURVEYOR POSITION:\n"
        "\n"
        "  1. Knowledge of costing methods and equipment: A quantity surveyor must be fluent "
        "in using estimating software and spreadsheets to price work.\n"
        "  2. Attention to detail: Precision matters, and surveyors need to check every "
        "figure in a bill.\n"
        "  3. Negotiation: Surveyors settle final accounts with contractors and agree "
        "variations.\n")
    skills = _texts(guide.skills)
    assert {"Knowledge of costing methods and equipment", "Attention to detail"} <= skills
    assert not {"estimating software", "spreadsheets", "costing methods"} & skills


def test_a_reason_after_the_skill_and_a_fronted_opener_give_no_skills() -> None:
    guide = _parse(
        "Site Planner\n"
        "\n"
        "Skills and relevant work experience\n"
        "Site planners will need skills such as:\n"
        "- Planning skills, as planners will juggle many jobs and need to order their days\n"
        "- Teamwork skills, as they work with engineers, buyers and site managers daily\n")
    skills = _texts(guide.skills)
    assert {"Planning skills", "Teamwork skills"} <= skills
    assert not {"need", "engineers", "buyers", "site managers"} & skills
    opened = _parse(
        "Cheesemonger\n"
        "\n"
        "Skills\n"
        "First and foremost, patience is crucial. Most shops train you.\n")
    assert "foremost" not in _texts(opened.skills)


def test_the_roles_own_two_part_title_is_no_move_nor_other_owner() -> None:
    guide = _parse(
        "What is a Gate and Barrier Installer and Repairer?\n"
        "A Gate and Barrier Installer and Repairer fits and mends powered gates.\n"
        "Salary Range\n"
        "The median annual salary for Gate and Barrier Installers and Repairers was "
        "$51,200 in May 2024.\n"
        "How to Become one\n"
        "To become a gate and barrier installer and repairer, you must complete an "
        "apprenticeship.\n")
    assert guide.role.text == "Gate and Barrier Installer and Repairer"
    assert not _texts(guide.leads_to)
    assert [s.min for s in guide.salaries] == [51200]
    assert all(getattr(s, "owner", None) is None for s in guide.salaries)


def test_experience_with_two_named_bodies_gives_no_skills() -> None:
    guide = _parse(
        "Harbour Pilot\n"
        "\n"
        "Education and Training\n"
        "  • Previous experience. Candidates with previous experience with the Coast Guard "
        "or the Royal Navy can apply directly.\n")
    assert not {"Coast Guard", "Royal Navy", "the Royal Navy"} & _texts(guide.skills)
