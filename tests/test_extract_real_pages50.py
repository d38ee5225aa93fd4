"""Structures of real public career pages (helper real50, 2026-12-07), on invented pages.

Kinds of jobs never studied before: perfusionists, audiologists, orthotists, cartographers,
luthiers, taxidermists, conservators, blacksmiths, genetic counsellors, meteorologists,
podiatrists, phlebotomists, jockeys, actuaries, sonographers, midwives, respiratory
therapists, hydrologists and sound technicians, on occupation databases, career-path
articles, salary blogs, NHS pathway pages and apprenticeship guides.  What was wrong: "What
is the Career Path of an X" named "Career Path of An X"; "Entry-level positions may include
A or B" and "begin their careers as entry-level Xs" gave no moves in; "For the 8,020
individuals employed in this group" and "Expected Lifetime Earnings: $2,945,480" were pay; a
"Salary of X" heading gave its figures to "of X"; "more senior posts include A, B" were
moves in, an "Associated roles" section read as workplaces, "See the Band 7 … tabs" as
employers; "work in uncertain or high-pressure situations" gave sectors; "for government
agencies, architectural firms" cut the last to "architectural"; a ladder rung "Consultant, or
Curator, or Appraiser" kept its first title only; "The Pay Scale for Guitar Makers" named no
role and a "Growth Trends for Related Jobs" box made moves of the lines below; "As a
guideline, you will start on £12,000" lost its figure; "skills for dealing with patients,
doctors, and staff" gave the people as skills; "You'll need the following degrees, …" gave
"following degrees".
"""

from __future__ import annotations

from page_facts import parse_page as _parse
from page_facts import pay_pairs as _pay
from page_facts import texts as _texts


def test_a_career_path_question_names_the_worker() -> None:
    guide = _parse(
        "What is the Career Path of an Underwriter\n"
        "\n"
        "An underwriter weighs risks. With experience, individuals can advance to roles such "
        "as senior underwriter, underwriter, and chief underwriter.\n")
    assert guide.role.text == "Underwriter"
    assert "Underwriter" not in _texts(guide.leads_to)
    assert {"Senior Underwriter", "Chief Underwriter"} <= _texts(guide.leads_to)


def test_entry_level_positions_and_first_careers_are_moves_in() -> None:
    guide = _parse(
        "Surveyor\n"
        "\n"
        "Surveyors measure land. Entry-level positions may include survey assistant or "
        "chainman.\n"
        "\n"
        "After graduation, many surveyors begin their careers as entry-level draftsmen for "
        "councils or private firms.\n")
    moved_in = _texts(guide.moves_in)
    assert {"Survey Assistant", "Chainman", "Draftsman"} <= moved_in
    assert not any(move.startswith("Entry") for move in moved_in)


def test_a_head_count_of_individuals_is_no_pay() -> None:
    guide = _parse(
        "Piano Tuner\n"
        "\n"
        "Piano Tuner Salary\n"
        "\n"
        "For the 6,140 individuals employed in this group, the BLS reports an average annual "
        "wage of $41,200.\n")
    assert _pay(guide) == {(41200, 41200)}


def test_lifetime_earnings_are_no_yearly_pay() -> None:
    guide = _parse(
        "Surveyor\n"
        "\n"
        "Surveyors measure land.\n"
        "\n"
        "  • Average Annual Salary: $61,200\n"
        "  • Expected Lifetime Earnings: $2,110,400\n")
    assert _pay(guide) == {(61200, 61200)}


def test_a_salary_of_x_heading_is_the_roles_own_pay() -> None:
    guide = _parse(
        "Surveyor\n"
        "\n"
        "A surveyor measures land.\n"
        "Salary of Surveyor\n"
        "Surveyors made the following pay in 2017:\n"
        "$61,990 ($29.80/hour) is the median annual pay.\n")
    assert guide.salaries
    assert all(salary.role is None for salary in guide.salaries)


def test_a_pathway_pages_senior_posts_and_associated_roles() -> None:
    top = _parse(
        "Role: Theatre Nurse Band 7\n"
        "\n"
        "A band 7 theatre nurse leads a theatre team.\n"
        "\n"
        "Band 7 is the top level of theatre nursing, however more senior posts include Head "
        "of Nursing, Director of Nursing, General Manager.\n"
        "\n"
        "Where I can work\n"
        "\n"
        "Hospital theatres, day surgery units\n"
        "\n"
        "Associated roles\n"
        "\n"
        "Once at Band 7, a nurse can take a side ways step in specialist or associated "
        "roles.  These include:\n"
        "\n"
        "Academia: Lecturer (for which an MSc is needed)\n")
    assert {"Head of Nursing", "Director of Nursing"} <= _texts(top.leads_to)
    assert "Lecturer" in _texts(top.leads_to) | _texts(top.transitions_to)
    assert not _texts(top.moves_in)
    assert not {"associated roles", "specialist"} & _texts(top.sectors)
    entry = _parse(
        "Role: Physiotherapist\n"
        "\n"
        "Level: Band 5/6\n"
        "\n"
        "Associated roles\n"
        "There are no directly associated roles to a Band 5/6 Physiotherapist. However with "
        "more experience numerous opportunities present themselves. See the Band 7 and Band "
        "8 Physiotherapist tabs.\n")
    assert not (_texts(entry.leads_to) | _texts(entry.transitions_to) | _texts(entry.employers))


def test_hardship_words_and_a_client_noun_after_kinds() -> None:
    guide = _parse(
        "Lab Analyst\n"
        "\n"
        "Lab analysts test samples. They need to be flexible and work in uncertain or "
        "high-pressure situations.\n"
        "\n"
        "Lab analysts typically work in an office setting, often for government agencies, "
        "architectural firms, or private testing companies.\n")
    sectors = _texts(guide.sectors)
    assert "architectural firms" in sectors
    assert not {"uncertain", "high-pressure situations", "architectural"} & sectors


def test_a_ladder_rung_of_titles_joined_by_or() -> None:
    guide = _parse(
        "Farrier\n"
        "\n"
        "Farriers shoe horses.\n"
        "\n"
        "Career Ladder\n"
        "Consultant, or Instructor, or Inspector\n"
        "\n"
        "Farrier\n"
        "\n"
        "Farrier Assistant\n"
        "\n"
        "Apprentice or Intern\n")
    tops = {chain[-1].text for chain in guide.progressions if chain[0].text == "Farrier"}
    assert {"Instructor", "Inspector"} <= tops


def test_a_pay_scale_title_and_a_related_jobs_trends_box() -> None:
    guide = _parse(
        "Growth Trends for Related Jobs\n"
        "\n"
        "The Pay Scale for Saddle Makers\n"
        "\n"
        "Saddle makers working for a tannery earn an hourly fee.\n"
        "\n"
        "Apprentice and Trainee Saddle Makers\n"
        "\n"
        "Entry-level saddle makers at a large tannery earned $12 an hour.\n")
    assert guide.role.text == "Saddle Maker"
    assert not (_texts(guide.leads_to) | _texts(guide.transitions_to))


def test_as_a_guideline_keeps_the_figure() -> None:
    guide = _parse(
        "Farrier\n"
        "\n"
        "As a guideline, you will probably start on a salary of around £14,000 a year.\n")
    assert _pay(guide) == {(14000, 14000)}


def test_people_dealt_with_and_a_following_lead_in_are_no_skills() -> None:
    guide = _parse(
        "Care Assistant\n"
        "\n"
        "Care assistants help residents.\n"
        "\n"
        "Skills and Competencies\n"
        "\n"
        "  • Strong interpersonal skills for dealing with residents, nurses, and visitors\n"
        "  • Patience\n"
        "\n"
        "Qualifications\n"
        "You will need the following certificates, licenses, and experience to work as a "
        "care assistant:\n"
        "Certificates: A care certificate is required.\n")
    skills = _texts(guide.skills)
    assert "interpersonal skills" in skills
    assert not {"nurses", "visitors", "following certificates"} & skills
