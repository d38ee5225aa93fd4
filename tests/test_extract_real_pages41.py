"""Structures of real public career pages (helper real41, 2026-12-06), on invented pages.

Mining pages (a mining HR council's haul-truck career profile, a mining news site's "how to
be a haul truck operator", a gold miner's posting with machine KPIs by skill level), farm
and agricultural pages (a career-test site's farm-manager card, a US career encyclopaedia, a
degree directory's fact table, a scholarship site's agricultural-manager summary), museum
pages (a lifestyle site's, a degree directory's, an online college's and an academic
career site's museum-curator guides), armed forces pages (a US military careers portal's
Army enlisted page, a lifestyle site's pay by rank), pharmacy-chain pay (a lifestyle site's
starting pay in a pharmacy, by job), insurance pages (a South African school-guidance
site's claims assessor card, a South African careers site's loss adjuster, a New Zealand
school's copy of a national loss-adjuster profile) and a UK job board's care-assistant
guide.  What was wrong: a posting's pointer "Follow all duties … as per the Mine Operator
Job Description." named the role over its own title line; a "Key Performance Indicators by
Skill Level" block ("Records are maintained in accordance with site requirements") and a
"Performance Criteria" line were read as skills; a cued task list gave the decisions
"which crops to plant", "in what quantities" and the people "farm operators", "temporary
workers" as skills; "learning about history … is a good place to start" gave skills;
"because of your education and experience" gave the sector "education"; "$29.00/hour -
$46.77/hour" gave two points, no band.
"""

from __future__ import annotations

from page_facts import parse_page as _parse
from page_facts import pay_pairs as _pay
from page_facts import texts as _texts


def test_a_pointer_to_another_posts_job_description_names_no_role() -> None:
    guide = _parse(
        "Loader Operator\n\n"
        "3 Mar 2022\n\n"
        "Tasks and Responsibilities / Essential Functions\n\n"
        "Carry out all tasks as per the Plant Operator Job Description.\n\n"
        "Preferred Qualifications\n\n"
        "  • Experience loading ore in an underground mine\n")
    assert guide.role.text == "Loader Operator"


def test_performance_criteria_and_kpis_by_skill_level_are_no_skills() -> None:
    guide = _parse(
        "Dozer Operator\n\n"
        "Dozer operators push and level material on open pit benches.\n\n"
        "Performance Criteria\n\n"
        "Comply with all safety and attendance criteria as listed in the site handbook.\n\n"
        "Machine Operation Key Performance Indicators by Skill Level\n\n"
        "Competency for each KPI is measured by sustained and consistent performance.\n\n"
        "Safe to operate:\n\n"
        "  • Pre-start checks are carried out in accordance with site requirements.\n"
        "  • Logbooks are kept in accordance with site rules.\n")
    skills = _texts(guide.skills)
    assert not {"Comply with all safety", "Competency", "consistent performance"} & skills
    assert not any(skill.endswith(("carried out", "are kept")) for skill in skills)


def test_a_task_lists_decisions_and_people_are_no_skills() -> None:
    guide = _parse(
        "Vineyard Manager\n\n"
        "Vineyard managers run grape-growing estates. General duties include pruning vines, "
        "deciding which rows to pick and in what order, liaising with grape suppliers, "
        "and training seasonal pickers and casual workers.\n")
    skills = {s.lower() for s in _texts(guide.skills)}
    assert not {"which rows to pick", "in what order", "grape suppliers",
                "casual workers"} & skills


def test_a_gerund_subject_and_a_possessive_name_no_skills_or_sectors() -> None:
    guide = _parse(
        "Archive Assistant\n\n"
        "Archive assistants catalogue and store records. There is no archive degree for "
        "school leavers; instead, learning about local records and the ways papers decay "
        "is a good place to start.\n\n"
        "Career progression\n\n"
        "After a few years you become a strong candidate because of your education and "
        "experience.\n")
    skills = {s.lower() for s in _texts(guide.skills)}
    assert not any(s.startswith("about") or "ways papers" in s for s in skills)
    assert "education" not in {s.lower() for s in _texts(guide.sectors)}


def test_a_band_with_its_period_at_both_ends_is_one_band() -> None:
    guide = _parse(
        "Drill Fitter\n\n"
        "Drill fitters service drilling rigs at mine sites.\n\n"
        "$31.50/hour - $44.20/hour\n\n"
        "Job Prospects\n")
    assert _pay(guide) == {(31.5, 44.2)}
    yearly = _parse(
        "Drill Fitter\n\n"
        "Drill fitters service drilling rigs at mine sites.\n\n"
        "Pay: $58,000/year to $81,000/year\n")
    assert _pay(yearly) == {(58000, 81000)}
